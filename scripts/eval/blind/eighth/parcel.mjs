// Eighth blind set — Paketpilen AB, parcel carrier: SMS notices, delivery and driver notes, calls, tracking audit (paket/).
import { Rng, person, email, nm, ph, makePhone, phoneStyle, foreignPhone, publicIp, ipv6, safeDigits, isoDate, hhmm, hhmmss, up, ascii, one, relative, REL_F, REL_M, UA } from './core.mjs';
import { N } from './near.mjs';
import { csv, zip, jsonl, html, htmlEsc, outlookEml, P, rfcDate, txt, put } from './fmt.mjs';

const DOM = 'paketpilen.se';
const CITIES = ['Borås', 'Eskilstuna', 'Gävle', 'Skellefteå', 'Trollhättan', 'Kalmar', 'Nyköping', 'Visby'];

export default function parcel(C) {
  const rng = new Rng('parcel'); const used = new Set();
  const staff = Array.from({ length: 8 }, () => person(rng, { used, cp1252: true }));
  const drivers = Array.from({ length: 6 }, () => person(rng, { used, cp1252: true }));
  const sscc = (R) => R.n(null, 'sscc', `0037${safeDigits(rng, 14)}`);
  const track = (R) => R.n(null, 'tracking', `PP${safeDigits(rng, 9)}SE`);
  const cust = (o = {}) => { const p = person(rng, { used, ...o }); return { p, mail: email(rng, p), tel: makePhone(rng) }; };

  // 1. SMS gateway log
  { const R = C.at('paket/sms-gateway-2026-11.log'); const out = []; const gw = N.serverIp(R, rng, '198.51.100.23');
    for (let i = 0; i < 520; i++) {
      const c = cust(); const t = `2026-11-${String(rng.int(1, 22)).padStart(2, '0')}T${hhmmss(rng)}.${rng.digits(3)}+01:00`;
      const to = one(rng, () => R.t('phone', c.tel.fmt('e164'), 'mobile-e164'), () => R.t('phone', c.tel.fmt('e164').slice(1), 'mobile-e164-noplus'), () => R.t('phone', foreignPhone(rng).replace(/ /g, ''), 'foreign-phone'));
      const body = one(rng, () => `Hej! Ditt paket ${track(R)} levereras idag ${rng.int(8, 16)}-${rng.int(17, 21)}. Följ: https://spara.${DOM}/t/${up(rng, 8)}`,
        () => `Ditt paket finns att hämta hos ${N.company(R, rng.pick(['Ica Nära Linnéa', 'Hemköp Olle Karlsson', 'Tobakshandel Stig Berg']))}. Kod ${rng.digits(4)}. Sista dag ${N.date(R, isoDate(rng))}.`,
        () => `Hej ${c.p.first}! Föraren ${rng.pick(drivers).first} är ca ${rng.int(5, 40)} min bort.`, () => `Leveransen av ${sscc(R)} kunde inte genomföras. Boka ny tid: ${DOM}/ny`);
      out.push(`${t} INFO  sms-gw[${rng.int(2000, 2400)}]: smsc=${gw}:2775 id=${up(rng, 16, '0123456789abcdef')} to=${to} from=Paketpilen status=${rng.pick(['DELIVRD', 'DELIVRD', 'ENROUTE', 'UNDELIV'])} parts=1 text="${body}"`);
    }
    put(C, R.file, txt(out.join('\n') + '\n'));
  }

  // 2. Delivery notes (Windows-1252, ;)
  { const R = C.at('paket/leveransnoteringar_v46.csv'); const rows = [['Sändningsnr', 'Förnamn', 'Efternamn', 'Adress', 'Postnr', 'Ort', 'Telefon', 'Förarkommentar', 'Leveransdatum', 'Förare']];
    for (let i = 0; i < 160; i++) {
      const c = cust({ cp1252: true }); const dr = rng.pick(drivers); const caps = rng.chance(0.1);
      const f = caps ? c.p.first.toUpperCase() : c.p.first; const l = caps ? c.p.last.toUpperCase() : c.p.last; C.joined(R.file, f, l, 'split-joined');
      const note = one(rng, () => `Lämnat hos granne ${nm(R, person(rng, { used, cp1252: true }), rng.chance(0.3) ? 'initial' : 'plain', 'neighbour')}, ${rng.pick(['nr 4', 'vån 2', 'gula huset'])}`, () => `Portkod ${rng.digits(4)}, ring ${ph(R, rng, c.tel, rng.pick(['grouped', 'dash', 'compact']))} vid ankomst`,
        () => 'Ställt vid dörren enl. önskemål', () => `Kunden ej hemma. Avi lämnad. Hämtas ${N.company(R, 'Systembolaget Åhléns')}`, () => `Mottaget av ${rng.pick(REL_F)} ${nm(R, relative(rng, 'f', { used, cp1252: true }), 'plain', 'relative')}`, () => '');
      rows.push([sscc(R), f, l, N.street(R, `${rng.pick(['Gustav Adolfs torg', 'Karl XI:s gata', 'Drottning Kristinas väg', 'Ekvägen'])} ${rng.int(1, 60)}`), N.postcode(R, rng), rng.pick(CITIES),
        rng.chance(0.8) ? ph(R, rng, c.tel, phoneStyle(rng)) : '', note, isoDate(rng), nm(R, dr, 'plain', 'staff')]);
    }
    put(C, R.file, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 3. Driver-app notes, zipped (labels under the zip's own path)
  { const R = C.at('paket/forarappen_export_2026-11-20.zip'); const entries = []; const texts = [];
    for (const dr of drivers) {
      const ls = [`Rutt ${up(rng, 2)}-${rng.int(10, 99)} · förare ${nm(R, dr, 'plain', 'staff')} · ${isoDate(rng)}`];
      for (let j = 0; j < 14; j++) {
        const c = cust();
        ls.push(one(rng, () => `${hhmm(rng)} ${track(R)} ${nm(R, c.p, rng.pick(['caps', 'plain', 'lower']))} – hund i trädgården, ring först ${ph(R, rng, c.tel, 'spaced')}`,
          () => `${hhmm(rng)} ${sscc(R)} leverans till ${nm(R, c.p)} godkänd med BankID`, () => `${hhmm(rng)} ${track(R)} lämnad i ${N.company(R, 'Brf Anna Lindhs Park')} cykelrum`,
          () => `${hhmm(rng)} ${track(R)} kund sur, vill prata med chef. Sa att kunden heter ${nm(R, c.p)}. nr ${ph(R, rng, c.tel, 'grouped')}`));
      }
      const t = ls.join('\r\n') + '\r\n'; texts.push(t); entries.push({ name: `anteckningar/${ascii(dr.first)}_${ascii(dr.last).replace(/ /g, '')}.txt`, data: t });
    }
    const inner = csv([['stopp', 'mottagare', 'tel', 'kommentar'], ...Array.from({ length: 30 }, (_, j) => { const c = cust(); return [String(j + 1), nm(R, c.p), ph(R, rng, c.tel, 'compact'), rng.pick(['', 'ej hemma', 'ok'])]; })]);
    entries.push({ name: 'stopplista.csv', data: inner.bytes }); texts.push(inner.text);
    C.put(R.file, zip(entries), texts.join('\n'));
  }

  // 4. Telephony call log (tab-separated, UTF-8)
  { const R = C.at('paket/samtalslogg_puzzel_nov.tsv'); const sl = N.service(R, rng);
    const rows = [['CallId', 'Start', 'Slut', 'Riktning', 'ANI', 'DNIS', 'Kö', 'Agent', 'Avslutskod', 'Anteckning']];
    for (let i = 0; i < 260; i++) {
      const c = cust(); const st = rng.pick(staff); const d = isoDate(rng);
      const ani = one(rng, () => ph(R, rng, c.tel, rng.pick(['e164', 'e164', 'compact', 'intl'])), () => R.t('phone', foreignPhone(rng), 'foreign-phone'), () => 'Anonymous', () => ph(R, rng, makePhone(rng, { kind: 'landline' }), 'e164'));
      const note = one(rng, () => '', () => `Kund ${nm(R, c.p)} undrar var ${track(R)} är`, () => `ringde åt sin ${rng.pick(REL_M)} ${nm(R, relative(rng, 'm', { used }), 'plain', 'relative')}, adressändring`, () => `ny leveranstid bokad, ${N.date(R, isoDate(rng))}`,
        () => `Hej ${N.lone(R, c.p.first)} – ringer tillbaka`);
      rows.push([`${rng.int(1000000, 9999999)}`, `${d} ${hhmmss(rng)}`, `${d} ${hhmmss(rng)}`, rng.pick(['in', 'in', 'in', 'ut']), ani, sl, rng.pick(['Privat', 'Företag', 'Reklamation']), nm(R, st, 'plain', 'staff'), rng.pick(['LEV-INFO', 'ADR', 'REKL', 'ÖVR']), note]);
    }
    put(C, R.file, csv(rows, { sep: '\t', eol: '\n' }));
  }

  // 5. Tracking-site audit log (JSON Lines, customer IPv4/IPv6)
  { const R = C.at('paket/tracking_audit.jsonl'); const objs = []; const srv = ['10.40.2.11', '10.40.2.12'].map((x) => N.serverIp(R, rng, x));
    for (let i = 0; i < 300; i++) {
      const c = cust(); const ip = rng.chance(0.3) ? R.t('ip', ipv6(rng), 'ipv6') : R.t('ip', publicIp(rng)); const ua = rng.pick(UA); if (i < 5) N.ua(R, ua);
      objs.push({ ts: `2026-11-${String(rng.int(1, 22)).padStart(2, '0')}T${hhmmss(rng)}Z`, event: rng.pick(['delivery.redirect', 'delivery.reschedule', 'pickup.point.changed', 'notification.optout']),
        parcel: track(R), actor: { type: 'customer', email: R.t('email', c.mail), ...(rng.chance(0.3) ? { phone: ph(R, rng, c.tel, 'e164') } : {}) }, client_ip: ip, user_agent: ua, node: rng.pick(srv), app_version: '4.12.0' });
    }
    put(C, R.file, jsonl(objs));
  }

  // 6. HTML ticket print-out
  { const R = C.at('paket/arende_48213_utskrift.html'); const c = cust(); const st = staff[0]; const st2 = staff[1]; const rel = relative(rng, 'f', { used });
    const row = (k, v) => `<tr><th align="left">${k}</th><td>${v}</td></tr>`;
    const body = `<h1>Ärende #${N.ticket(R, '48213')}</h1>\n<table>${row('Beställare', `${nm(R, c.p)} &lt;${R.t('email', c.mail)}&gt;`)}${row('Telefon', ph(R, rng, c.tel, 'grouped'))}${row('Sändning', sscc(R))}`
      + `${row('Tilldelad', nm(R, st, 'plain', 'staff'))}${row('Organisation', N.orgnr(R, rng))}</table>\n<div class="c"><p><b>${htmlEsc(c.p.full)}</b> ${N.date(R, isoDate(rng))} ${hhmm(rng)}</p><p>Paketet är borta. Det skulle lämnas till min ${rng.pick(REL_F)} ${nm(R, rel, 'plain', 'relative')} på ${N.street(R, 'Hjalmar Brantingsgatan 7')}.</p></div>`
      + `\n<div class="c"><p><b>${htmlEsc(st2.full)}</b> (intern anteckning)</p><p>Föraren ${nm(R, drivers[0], 'plain', 'staff')} säger att det lämnades. Kontrollera GPS. ${R.t('name', st2.full, 'staff')}</p></div>`
      + `\n<p class="footer">Paketpilen AB · ${N.role(R, 'kundservice', DOM)} · ${N.service(R, rng)}</p>`;
    put(C, R.file, html('Ärende 48213', body));
  }

  // 7. Outlook HTML-only complaint
  { const R = C.at('paket/reklamation_skadat_paket.eml'); const c = cust(); const st = staff[2];
    put(C, R.file, outlookEml({ from: [R.t('name', c.p.full, 'display-name'), R.t('email', c.mail)], to: [['Paketpilen Kundservice', N.role(R, 'kundservice', DOM)]],
      subject: `Reklamation ${track(R)}`, date: rfcDate(isoDate(rng), '21:40:03'), id: N.msgid(R, `AM0PR${rng.int(10, 99)}MB${rng.digits(4)}${up(rng, 6)}@EURPRD${rng.int(10, 99)}.PROD.OUTLOOK.COM`),
      html: [P('Hej,'), P(`Paketet (${sscc(R)}) kom fram krossat. Det innehöll en lampa från ${N.company(R, 'Gunnar Nilssons Belysning AB')}, kvitto ${N.order(R, rng, 'ORD-')}.`),
        P(`Jag vill ha ${N.amount(R, rng, 300, 2500)} tillbaka. Ni når mig på ${ph(R, rng, c.tel, rng.pick(['intl', 'grouped', 'dash']))} eller på jobbet ${ph(R, rng, makePhone(rng, { kind: 'landline' }), 'grouped')}.`),
        P(`Cc till er handläggare ${nm(R, st, 'plain', 'staff')} som jag pratade med i fredags.`), P(`Mvh<br>${nm(R, c.p, 'plain', 'signature')}<br>${N.street(R, 'Sankt Eriksgatan 40')}`)].join('\n') }));
  }
}
