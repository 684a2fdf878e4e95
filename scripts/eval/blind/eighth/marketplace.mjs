// Eighth blind set — Säljtorget, marketplace trust & safety: disputes, reported ads, login IPs (marknadsplats/).
import { Rng, person, email, nm, ph, pnr, makePnr, makePhone, phoneStyle, foreignPhone, publicIp, privateIp, ipv6, safeDigits, isoDate, hhmm, hhmmss, up, ascii, one, UA } from './core.mjs';
import { N } from './near.mjs';
import { csv, json, jsonl, html, txt, zip, pdf, outlookEml, P, rfcDate, put } from './fmt.mjs';

const DOM = 'saljtorget.se';

export default function marketplace(C) {
  const rng = new Rng('marketplace'); const used = new Set();
  const staff = Array.from({ length: 6 }, () => person(rng, { used, cp1252: true }));
  const user = (o = {}) => { const p = person(rng, { used, ...o }); return { p, mail: email(rng, p), tel: makePhone(rng), ip: publicIp(rng), v6: ipv6(rng), uid: `u${safeDigits(rng, 7)}`, pn: makePnr(rng) }; };
  const users = Array.from({ length: 140 }, () => user());
  const ad = (R) => R.n(null, 'ad-id', `${rng.int(1000000, 9999999)}`);

  // 1. Buyer–seller disputes (nested JSON)
  { const R = C.at('marknadsplats/tvister_export.json'); const out = [];
    for (let i = 0; i < 45; i++) {
      const b = rng.pick(users); const s = rng.pick(users); if (b === s) continue; const st = rng.pick(staff);
      out.push({ dispute_id: `D-${rng.int(100000, 999999)}`, ad_id: ad(R), amount: N.amount(R, rng, 150, 12000), payment_ref: R.n(null, 'payment-ref', `SWP${safeDigits(rng, 10)}`),
        buyer: { id: b.uid, name: nm(R, b.p), email: R.t('email', b.mail), phone: ph(R, rng, b.tel, 'e164') }, seller: { id: s.uid, name: nm(R, s.p, rng.chance(0.2) ? 'lower' : 'plain'), email: R.t('email', s.mail) },
        thread: [{ from: 'buyer', at: `${isoDate(rng)}T${hhmm(rng)}`, text: one(rng, () => `Cykeln var trasig. Jag har swishat till ${ph(R, rng, s.tel, rng.pick(['grouped', 'compact']))} och vill ha pengarna tillbaka.`, () => 'Paketet var tomt!!!', () => `Säljaren ${nm(R, s.p)} svarar inte.`) },
          { from: 'seller', at: `${isoDate(rng)}T${hhmm(rng)}`, text: one(rng, () => 'Den var hel när jag skickade den.', () => `Det var min ${rng.pick(['sambo', 'granne'])} ${nm(R, person(rng, { used }), 'plain', 'relative')} som postade den, ${N.other(R, 'tracking', `00370${safeDigits(rng, 13)}`)}.`, () => 'ok jag återbetalar') },
          { from: 'trust_safety', agent: nm(R, st, 'plain', 'staff'), at: `${isoDate(rng)}T${hhmm(rng)}`, text: `Hej ${N.lone(R, b.p.first)} och ${N.lone(R, s.p.first)}. Vi har pausat utbetalningen.` }] });
    }
    put(C, R.file, json({ disputes: out }));
  }

  // 2. Reported ads (UTF-8 comma, multi-line ad text with phone numbers written by sellers)
  { const R = C.at('marknadsplats/anmalda_annonser.csv'); const rows = [['annons_id', 'rubrik', 'säljare', 'säljare_epost', 'anmäld_av', 'orsak', 'annonstext', 'pris', 'moderator', 'beslut']];
    for (let i = 0; i < 130; i++) {
      const s = rng.pick(users); const r = rng.pick(users);
      rows.push([ad(R), rng.pick(['iPhone 15 Pro', 'Barnvagn Emmaljunga', 'Soffa, nyskick', 'Hyr ut rum', 'Valpar säljes']), nm(R, s.p), R.t('email', s.mail), rng.chance(0.5) ? nm(R, r.p) : 'anonym',
        rng.pick(['Bedrägeri', 'Förbjuden vara', 'Dubblett', 'Kränkande']),
        one(rng, () => `Säljes pga flytt.\nRing ${ph(R, rng, s.tel, rng.pick(['spaced', 'grouped', 'dash', 'compact']))} efter 17.`, () => `Swish endast. Frakt via ${N.company(R, 'Anna Lindbergs Åkeri')}.`,
          () => `Kontakta mig på WhatsApp ${R.t('phone', foreignPhone(rng), 'foreign-phone')}`, () => `hämtas på ${N.street(R, 'Drottning Kristinas väg 14')}, fråga efter ${N.lone(R, s.p.first)}`, () => `Mejla ${R.t('email', s.mail, 'in-ad')} för fler bilder`),
        N.amount(R, rng, 100, 15000), nm(R, rng.pick(staff), 'plain', 'staff'), rng.pick(['Borttagen', 'Ok', 'Varning'])]);
    }
    put(C, R.file, csv(rows));
  }

  // 3. Login events (JSON Lines): IPv4 with port, bracketed IPv6, CGNAT/private addresses from the app
  { const R = C.at('marknadsplats/login_events.jsonl'); const objs = []; const srv = N.serverIp(R, rng, '192.0.2.80');
    for (let i = 0; i < 650; i++) {
      const u = rng.pick(users); const k = rng.int(0, 9);
      const remote = k < 5 ? R.t('ip', `${u.ip}:${rng.int(1024, 65535)}`, 'ipv4-port') : k < 8 ? R.t('ip', `[${u.v6}]:${rng.int(1024, 65535)}`, 'ipv6-port') : R.t('ip', u.ip);
      objs.push({ '@timestamp': `2026-11-${String(rng.int(1, 23)).padStart(2, '0')}T${hhmmss(rng)}Z`, user_id: u.uid, email: R.t('email', u.mail), result: rng.pick(['ok', 'ok', 'ok', 'bad_password', 'mfa_required']),
        remote, ...(rng.chance(0.1) ? { app_reported_ip: R.t('ip', privateIp(rng), 'private-ip') } : {}), bankid: rng.chance(0.1) ? pnr(R, u.pn, 'long') : undefined, gateway: srv });
    }
    put(C, R.file, jsonl(objs));
  }

  // 4. Apache access log behind a proxy (X-Forwarded-For: client, proxy)
  { const R = C.at('marknadsplats/apache_access_xff.log'); const out = []; const prox = N.serverIp(R, rng, '198.51.100.77');
    for (let i = 0; i < 600; i++) {
      const u = rng.pick(users); const v6 = rng.chance(0.2); const ip = v6 ? R.t('ip', u.v6, 'ipv6') : R.t('ip', u.ip); const ua = rng.pick(UA); if (i < 3) N.ua(R, ua);
      out.push(`${prox} - ${rng.chance(0.3) ? u.uid : '-'} [${String(rng.int(1, 23)).padStart(2, '0')}/Nov/2026:${hhmmss(rng)} +0100] "GET /annons/${rng.int(1000000, 9999999)} HTTP/1.1" 200 ${rng.int(2000, 90000)} "https://${DOM}/" "${ua}" xff="${ip}, ${prox}"`);
    }
    put(C, R.file, txt(out.join('\n') + '\n'));
  }

  // 5. In-app conversation export (.txt)
  { const R = C.at('marknadsplats/konversation_annons_export.txt'); const out = [];
    for (let k = 0; k < 16; k++) {
      const b = rng.pick(users); const s = rng.pick(users); const t = hhmm(rng);
      out.push(`--- Konversation om annons ${ad(R)} · ${R.t('name', b.p.full)} ↔ ${R.t('name', s.p.full)} ---`, `[${t}] ${b.p.first}: hej är den kvar?`,
        `[${t}] ${s.p.first}: ${one(rng, () => `ja! swisha till ${ph(R, rng, s.tel, 'compact')} så skickar jag`, () => `japp, mitt namn är ${nm(R, s.p, 'lower')} om du vill kolla mig`, () => 'ja')}`,
        `[${t}] ${b.p.first}: ${one(rng, () => `ok, adressen är ${N.street(R, 'Karl Gerhards väg 9')}, ${N.postcode(R, rng)}`, () => `kan du ringa ${ph(R, rng, b.tel, 'dash')}`, () => 'toppen')}`, '');
    }
    put(C, R.file, txt(out.join('\n')));
  }

  // 6. HTML print-out of a fraud case
  { const R = C.at('marknadsplats/bedrageriarende_utskrift.html'); const v = users[1]; const f = users[2]; const st = staff[1];
    put(C, R.file, html('Bedrägeriärende', `<h1>Ärende ${N.ticket(R, 'TS-2026-0913')}</h1>\n<h3>Målsägande</h3><p>${nm(R, v.p)}, ${R.t('email', v.mail)}, ${ph(R, rng, v.tel, 'intl')}</p>`
      + `<h3>Misstänkt konto</h3><p>${nm(R, f.p, 'caps')} (${f.uid}), senaste IP ${R.t('ip', f.ip)} och ${R.t('ip', f.v6, 'ipv6')}, BankID-pnr ${pnr(R, f.pn, 'long-dash')}</p>`
      + `<p>Polisanmälan ${R.n(null, 'police-ref', `K${rng.int(100000, 999999)}-26`)}. Handläggare ${nm(R, st, 'plain', 'staff')}, ${N.role(R, 'trust', DOM)}.</p>`));
  }

  // 7. Zip of exported moderator notes (inner .txt and .json)
  { const R = C.at('marknadsplats/moderatorsanteckningar.zip'); const entries = []; const texts = [];
    for (const st of staff.slice(0, 4)) {
      const ls = [`# ${nm(R, st, 'plain', 'staff')}`];
      for (let j = 0; j < 8; j++) { const u = rng.pick(users); ls.push(one(rng, () => `- ${nm(R, u.p)} (${u.uid}) varnad, loggade in från ${R.t('ip', u.ip)}`, () => `- konto ${u.uid} avstängt, ${nm(R, u.p, 'reversed')}, tel ${ph(R, rng, u.tel, 'grouped')}`, () => `- ${N.lone(R, u.p.first)}? fel person, stängt`)); }
      const t = ls.join('\n') + '\n'; texts.push(t); entries.push({ name: `${ascii(st.first).replace(/ /g, '-')}.txt`, data: t });
    }
    const j = JSON.stringify({ blocked: users.slice(20, 32).map((u) => ({ uid: u.uid, name: R.t('name', u.p.full), email: R.t('email', u.mail), ip: R.t('ip', u.ip) })) }, null, 1);
    entries.push({ name: 'blocklist.json', data: j }); texts.push(j);
    C.put(R.file, zip(entries), texts.join('\n'));
  }

  // 8. Suspension decisions (.pdf, cp1252)
  { const R = C.at('marknadsplats/beslut_avstangning.pdf'); const pages = []; const org = N.orgnr(R, rng);
    for (let i = 0; i < 12; i++) {
      const u = user({ cp1252: true }); const st = rng.pick(staff);
      pages.push([{ text: 'Säljtorget AB – Trust & Safety', size: 14, bold: true }, `Org.nr ${org}`, '', `Beslut ${N.ticket(R, `TS-${rng.int(1000, 9999)}`)}, ${N.date(R, isoDate(rng))}`, '',
        `Till: ${nm(R, u.p)} (${R.t('email', u.mail)})`, `Ditt konto har stängts av i ${rng.pick([7, 30, 90])} dagar på grund av upprepade överträdelser.`, `Inloggningar från ${R.t('ip', u.ip)} har kopplats till flera konton.`,
        `Överklaga till ${N.role(R, 'overklagan', DOM)}.`, '', nm(R, st, 'plain', 'staff')]);
    }
    put(C, R.file, pdf(pages, { title: 'Beslut' }));
  }

  // 9. Outlook HTML-only appeal
  { const R = C.at('marknadsplats/overklagan_avstangning.eml'); const u = users[5];
    put(C, R.file, outlookEml({ from: [R.t('name', u.p.full, 'display-name'), R.t('email', u.mail)], to: [['Säljtorget Trust & Safety', N.role(R, 'trust', DOM)]], subject: 'Överklagan – mitt konto är låst',
      date: rfcDate('2026-11-20', '22:41:09'), id: N.msgid(R, `HE1P${rng.digits(3)}MB${rng.digits(4)}${up(rng, 6)}@EURP${rng.int(10, 99)}.PROD.OUTLOOK.COM`),
      html: [P('Hej,'), P(`Ni har stängt mitt konto (${u.uid}) för att jag loggat in från samma nät som ${nm(R, person(rng, { used }), 'plain', 'roommate')}. Vi är inneboende och delar wifi, min IP är ${R.t('ip', u.ip)}.`),
        P(`Ring mig gärna: ${ph(R, rng, u.tel, rng.pick(['grouped', 'intl']))}`), P(`Hälsningar<br>${nm(R, u.p, 'plain', 'signature')}`)].join('\n') }));
  }
}
