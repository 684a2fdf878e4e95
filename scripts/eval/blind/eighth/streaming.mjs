// Eighth blind set — Flimmer Play, streaming subscription desk: subscriptions, account sharing, IP logs (streaming/).
import { Rng, person, email, nm, ph, makePhone, phoneStyle, foreignPhone, publicIp, privateIp, ipv6, safeDigits, isoDate, hhmm, hhmmss, up, ascii, one, relative, UA } from './core.mjs';
import { N } from './near.mjs';
import { csv, json, jsonl, html, htmlEsc, eml, rfcDate, txt, put } from './fmt.mjs';

const DOM = 'flimmerplay.se';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export default function streaming(C) {
  const rng = new Rng('streaming'); const used = new Set();
  const staff = Array.from({ length: 6 }, () => person(rng, { used }));
  const cust = () => { const p = person(rng, { used }); return { p, mail: email(rng, p), tel: makePhone(rng), ip: publicIp(rng), v6: ipv6(rng), acct: `FP${safeDigits(rng, 8)}` }; };
  const custs = Array.from({ length: 160 }, cust);

  // 1. nginx access log: customers' IPs (some IPv6), our CDN/LB addresses as server-ip
  { const R = C.at('streaming/nginx_access_2026-11-21.log'); const out = []; const lb = ['203.0.113.40', '203.0.113.41'].map((x) => N.serverIp(R, rng, x));
    for (let i = 0; i < 1400; i++) {
      const c = rng.pick(custs); const v6 = rng.chance(0.25); const ip = v6 ? R.t('ip', c.v6, 'ipv6') : R.t('ip', c.ip); const ua = rng.pick(UA); if (i < 4) N.ua(R, ua);
      const path = rng.pick([`/api/v3/profiles?account=${c.acct}`, '/api/v3/playback/start', '/account/login', '/browse/series/tystnaden-s02', '/api/v3/heartbeat']);
      out.push(`${ip} - - [21/Nov/2026:${hhmmss(rng)} +0100] "${rng.pick(['GET', 'GET', 'POST'])} ${path} HTTP/2.0" ${rng.pick([200, 200, 200, 204, 302, 401, 403])} ${rng.int(120, 48000)} "-" "${ua}" upstream=${rng.pick(lb)}:8080 rt=0.${rng.digits(3)}`);
    }
    put(C, R.file, txt(out.join('\n') + '\n'));
  }

  // 2. Login/audit events (JSON Lines): IPv4/IPv6, private addresses from the customer's own LAN (smart-TV app reports it)
  { const R = C.at('streaming/auth_audit_events.jsonl'); const objs = []; const node = N.serverIp(R, rng, '10.200.0.15');
    for (let i = 0; i < 700; i++) {
      const c = rng.pick(custs); const ev = rng.pick(['login.success', 'login.failed', 'device.added', 'password.reset', 'profile.transfer']);
      const o = { time: `2026-11-${String(rng.int(1, 22)).padStart(2, '0')}T${hhmmss(rng)}.${rng.digits(3)}Z`, event: ev, account: R.n(null, 'customer-no', c.acct), user: R.t('email', c.mail),
        src_ip: rng.chance(0.3) ? R.t('ip', c.v6, 'ipv6') : R.t('ip', c.ip), auth_node: node };
      if (ev === 'device.added') Object.assign(o, { device: rng.pick(['Samsung TV', 'Apple TV 4K', 'Chromecast', 'PlayStation 5']), lan_ip: R.t('ip', privateIp(rng), 'private-ip'), app_version: N.version(R, `5.${rng.int(0, 9)}.${rng.int(0, 30)}`) });
      if (ev === 'password.reset' && rng.chance(0.5)) o.sms_to = ph(R, rng, c.tel, 'e164');
      objs.push(o);
    }
    put(C, R.file, jsonl(objs));
  }

  // 3. Pipedrive-style subscription export (semicolon, UTF-8 BOM)
  { const R = C.at('streaming/pipedrive_persons_export.csv'); const rows = [['Person - Namn', 'Person - E-post - Arbete', 'Person - E-post - Privat', 'Person - Telefon - Mobil', 'Person - Organisation', 'Affär - Titel', 'Affär - Värde', 'Person - Ägare', 'Person - Anteckning']];
    for (let i = 0; i < 110; i++) {
      const c = custs[i];
      rows.push([nm(R, c.p, rng.weighted([['plain', 7], ['caps', 1], ['lower', 1]])), rng.chance(0.2) ? R.t('email', `${ascii(c.p.first).replace(/ /g, '')}.${ascii(c.p.last).replace(/ /g, '')}@${rng.pick(['bolaget.example', 'firman.example'])}`) : '',
        R.t('email', c.mail), rng.chance(0.1) ? R.t('phone', foreignPhone(rng), 'foreign-phone') : ph(R, rng, c.tel, phoneStyle(rng)), rng.chance(0.3) ? N.company(R, rng.pick(['Britt Sjöbergs Frisör', 'Lars Erikssons Rör AB', 'Café Selma'])) : '',
        `Familj Premium – ${R.n(null, 'customer-no', c.acct)}`, N.amount(R, rng, 99, 299), nm(R, rng.pick(staff), 'plain', 'staff'),
        one(rng, () => '', () => `Delar konto med ${rng.pick(['sin sambo', 'sitt barn', 'grannen'])} ${nm(R, person(rng, { used }), 'plain', 'relative')}`, () => `Kampanjkod ${R.n(null, 'campaign-code', `VINTER${rng.int(10, 99)}`)}`)]);
    }
    put(C, R.file, csv(rows, { sep: ';', bom: true }));
  }

  // 4. Account-sharing cases (Zendesk-like JSON, nested comments, IP evidence)
  { const R = C.at('streaming/account_sharing_cases.json'); const cases = [];
    for (let i = 0; i < 40; i++) {
      const c = custs[110 + (i % 50)]; const st = rng.pick(staff); const other = person(rng, { used });
      const ipsSeen = [R.t('ip', c.ip), R.t('ip', publicIp(rng)), ...(rng.chance(0.4) ? [R.t('ip', c.v6, 'ipv6')] : [])];
      cases.push({ id: `SHR-${rng.int(10000, 99999)}`, requester: { name: nm(R, c.p), email: R.t('email', c.mail) }, household_ips: ipsSeen, flagged_city: rng.pick(['Tallinn', 'Malmö', 'Oslo', 'Kiruna']),
        comments: [{ author: R.t('name', c.p.full), body: one(rng, () => `Det är min ${rng.pick(['sambo', 'partner'])} ${nm(R, other, 'plain', 'relative')} som tittar från sin lägenhet, ip ${ipsSeen[1]}. Är det inte okej?`,
          () => `Someone in another country is using my account!! I never shared my password. Call me ${ph(R, rng, c.tel, 'intl')}`, () => 'Varför blockerar ni min TV? Vi har betalt varje månad.') },
        { author: nm(R, st, 'plain', 'staff'), body: `Hej ${N.lone(R, c.p.first)}! Vi har sett inloggningar från två hushåll. Läs mer på ${DOM}/hushall. Vänligen, ${st.first}` }] });
    }
    put(C, R.file, json({ export: 'sharing-desk', generated: '2026-11-22T06:00:00Z', cases }));
  }

  // 5. Chat transcripts (.txt)
  { const R = C.at('streaming/chatt_prenumeration_vecka47.txt'); const out = [];
    for (let k = 0; k < 18; k++) {
      const c = rng.pick(custs); const st = rng.pick(staff); const t = hhmm(rng);
      out.push(`Chatt-ID ${up(rng, 10)} | Start ${N.date(R, isoDate(rng, '2026-11-16', '2026-11-22'))} ${t} | Kund: ${R.t('name', c.p.full)} <${R.t('email', c.mail)}> | IP ${R.t('ip', c.ip)} | Agent: ${nm(R, st, 'plain', 'staff')}`,
        `${t} Kund: ${one(rng, () => `hej det är ${nm(R, c.p, 'lower')} här, jag vill säga upp`, () => 'hur byter jag kort?', () => `jag blev dubbeldragen ${N.amount(R, rng, 99, 299)}`, () => `mitt barn ${nm(R, person(rng, { used }), 'plain', 'relative')} har köpt en film utan lov`)}`,
        `${t} ${st.first}: Hej! Jag hjälper dig gärna. Vilket konto gäller det?`, `${t} Kund: ${one(rng, () => c.mail, () => `${R.n(null, 'customer-no', c.acct)}`, () => `nr ${ph(R, rng, c.tel, 'compact')}`)}`, '---');
    }
    put(C, R.file, txt(out.join('\n') + '\n'));
  }

  // 6. HTML print-out of a cancellation case
  { const R = C.at('streaming/arende_uppsagning_77120.html'); const c = custs[3]; const st = staff[2];
    const body = `<h2>Ärende ${N.ticket(R, 'FP-77120')} – Uppsägning</h2>\n<dl><dt>Kund</dt><dd>${nm(R, c.p, 'caps')}</dd><dt>E-post</dt><dd>${R.t('email', c.mail)}</dd><dt>Mobil</dt><dd>${ph(R, rng, c.tel, 'grouped')}</dd>`
      + `<dt>Senaste IP</dt><dd>${R.t('ip', c.ip)}</dd><dt>Kortnummer</dt><dd>${R.n(null, 'card-mask', `**** **** **** ${rng.digits(4)}`)}</dd></dl>\n<p>Kunden vill säga upp och få tillbaka ${N.amount(R, rng, 99, 299)}.</p>`
      + `<p>Handläggare: ${nm(R, st, 'plain', 'staff')} · Flimmer Play AB · ${N.orgnr(R, rng)} · ${N.role(R, 'noreply', DOM)}</p>`;
    put(C, R.file, html('Ärende FP-77120', body));
  }

  // 7. Mail from a customer (.eml, base64 plain text)
  { const R = C.at('streaming/mejl_kontokapning.eml'); const c = custs[7]; const st = staff[0];
    const body = `Hi,\n\nMy account was hijacked on ${N.date(R, '2026-11-18')}. The log shows logins from ${R.t('ip', '91.214.137.52')} which is not me, my own address is ${R.t('ip', c.ip)}.\nMy phone: ${ph(R, rng, c.tel, '0046')}\n\nThanks,\n${nm(R, c.p, 'plain', 'signature')}`;
    const r = eml({ from: [R.t('name', c.p.full, 'display-name'), R.t('email', c.mail)], to: [['Flimmer Support', N.role(R, 'support', DOM)]], cc: [[nm(R, st, 'plain', 'staff'), R.t('email', `${ascii(st.first).replace(/ /g, '')}.${ascii(st.last).replace(/ /g, '')}@${DOM}`, 'staff')]],
      subject: 'Account hacked', date: rfcDate('2026-11-18', '23:05:44'), id: `${up(rng, 12)}@mail.example`, enc: 'b64', hdrMode: 'B', text: body });
    put(C, R.file, r);
  }
}
