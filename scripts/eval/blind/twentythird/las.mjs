// Twenty-third blind set — a locksmith company (låsservice): work orders with tenants and landlords, door openings
// with ID checks on the on-call log, key orders and receipts, landlords' contact cards, customer mail, an HTML-only
// order from a landlord, the on-call calendar, invoices, a HubSpot contact export, a smart-lock app's events, an ID
// check checklist in Markdown and an archive zip with a zip inside.
import { Rng, people, person, kin, nameAs, pnr, phone, email, workEmail, T, TN, date, dotDate, hhmm, hms, isoTs, num, safe, alnum, mac, ipVal, ua, org, footer, role, server, nears,
  csv, xlsx, mbox, rfcDate, htmlEsc, htmlToText, htmlEml, pdfLines, folded, jsonText, put, postcode, street, amount, svDate, LONE, LOOKALIKE, ocr, alt, zip, ascii } from './core.mjs';

const O = { name: 'Nyckelhuset Låsservice AB', domain: 'nyckelhuset.se' };
const LANDLORDS = ['Lindahl & Strand Fastigheter AB', 'Bostadsbolaget Älvstaden', 'HSB brf Kastanjen', 'Riksbyggen brf Måsen', 'Stena Fastigheter', 'Sjölander Bygg AB', 'Göta Hem AB'];
const JOBS = ['Dörröppning', 'Låsbyte', 'Nyckelkopia', 'Kodlås montering', 'Cylinderbyte', 'Brevlådelås', 'Säkerhetsdörr service'];
const IDS = ['Körkort', 'Pass', 'Nationellt ID-kort', 'BankID (mobilt)', 'ID-kort Skatteverket', 'LMA-kort'];
const idNo = (rng, t) => (t === 'Pass' ? `${rng.digits(8)}` : t === 'LMA-kort' ? `${rng.digits(2)}${rng.digits(4)}${rng.digits(2)}` : t.startsWith('BankID') ? 'ok' : `${num(rng, 8)}`);

export default function las(C) {
  const g = new Rng('las/org');
  const o = org(g, { ...O, area: '31', roles: ['order', 'info', 'noreply', 'jour', 'faktura'] });
  const techs = people(g, 10, { cp1252: true, middle: 0 }).map((p) => ({ ...p, mob: phone(g, 'mobile', 'grouped'), mail: workEmail(p, O.domain) }));
  const office = people(g, 4, { cp1252: true, middle: 0 }).map((p) => ({ ...p, direct: phone(g, 'landline', 'dash'), mail: workEmail(p, O.domain) }));
  const contacts = people(g, 16, { cp1252: true }).map((p, i) => ({ ...p, company: LANDLORDS[i % LANDLORDS.length], tel: phone(g, i % 3 ? 'mobile' : 'landline'), mail: workEmail(p, `${ascii(LANDLORDS[i % LANDLORDS.length]).replace(/[^a-z]/g, '').slice(0, 12)}.se`) }));

  // 1. Work orders, UTF-8 BOM, quote-all.
  {
    const f = 'las/arbetsordrar_2026H2.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Ordernr', 'Skapad', 'Typ', 'Kund', 'Personnr', 'Telefon', 'E-post', 'Adress', 'Lgh', 'Hyresvärd', 'Kontakt hyresvärd', 'Tekniker', 'Legitimation', 'Belopp inkl moms', 'Status']];
    for (let i = 0; i < 120; i++) {
      const p = person(rng); const t = rng.pick(techs); const c = rng.pick(contacts); const idt = rng.pick(IDS);
      const own = rng.chance(0.35);
      rows.push([n.id('order-number', `AO-${num(rng, 6)}`), `${date(rng, '2026-07-01', '2026-11-22')} ${hhmm(rng)}`, rng.pick(JOBS), TN(R, p, rng.pick(['full', 'full', 'full', 'surname-first', 'caps'])),
        rng.chance(0.75) ? T(R, 'personnummer', pnr(rng, { minYear: 1940 })) : '', T(R, 'phone', phone(rng)), rng.chance(0.6) ? T(R, 'email', email(rng, p)) : '',
        street(rng), n.id('apartment-number', `${rng.int(10, 16)}${rng.digits(2)}`), own ? 'Egen villa' : n.look('lookalike-company', c.company), own ? '' : TN(R, c, 'full'), TN(R, t, 'full', 'staff'),
        idt.startsWith('BankID') ? idt : `${idt} ${n.id('id-document-number', idNo(rng, idt))}`, n.amount(amount(rng, 450, 14000)), rng.pick(['Utförd', 'Fakturerad', 'Bokad', 'Avbruten – ej legitimation'])]);
    }
    put(C, f, csv(rows, { quoteAll: true, bom: true }));
  }

  // 2. On-call log, fast notes.
  {
    const f = 'las/jourlogg_dorroppningar.txt'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const out = ['JOURLOGG - dörröppningar nattetid (jourtelefon)', `jourtel vidarekopplad från ${R.n('phone', 'switchboard', o.switchboard)}`, ''];
    for (let i = 0; i < 95; i++) {
      const t = rng.pick(techs); const p = person(rng); const d = date(rng, '2026-09-01', '2026-11-22');
      const nm = () => TN(R, p, rng.weighted([['full', 55], ['lower', 25], ['caps', 8], ['surname-first-nocomma', 12]]));
      const line = alt(rng,
        () => `${hhmm(rng)} jour: dörröppning ${n.id('street', street(rng))}, kund ${nm()} ${T(R, 'phone', phone(rng, 'mobile'))}, leg ${rng.pick(['körkort', 'pass', 'id-kort'])} kontr ok, pnr ${T(R, 'personnummer', pnr(rng, { minYear: 1945 }))}`,
        () => `${hhmm(rng)} utelåst, ${nm()} står i trapphuset m barn. mobil död, ringde fr grannens ${T(R, 'phone', phone(rng))}. hyresvärd ${n.look('lookalike-company', rng.pick(LANDLORDS))} godkänt via ${TN(R, rng.pick(contacts), 'full')}`,
        () => `${hhmm(rng)} EJ ÖPPNAT - ${nm()} kunde ej visa leg, namn ej på kontraktet. hänvisat till polisen/hyresvärden. ${rng.pick(['Kunden arg.', 'lugnt.', ''])}`,
        () => `${hhmm(rng)} ${nm()} (${T(R, 'personnummer', pnr(rng, { samord: rng.chance(0.3), minYear: 1960 }))}) låst ute, LMA-kort ${n.id('id-document-number', idNo(rng, 'LMA-kort'))}. öppnat, debiterat ${n.amount(amount(rng, 1200, 3500))}`,
        () => `${hhmm(rng)} ringde ${n.lone(rng.pick(LONE))} igen (samma som i tisdags?) - ingen adress, avslutat samtalet`,
        () => `${hhmm(rng)} ${nm()} bor hos sambon ${TN(R, person(rng), 'full')}, sambon visade leg + kontrakt. ok`,
        () => `${hhmm(rng)} bil-öppning ${n.id('vehicle-registration', `${alnum(rng, 3).replace(/[0-9]/g, 'K')} ${rng.digits(3)}`)} åt ${nm()}, körkort ${n.id('id-document-number', num(rng, 8))}. tel ${T(R, 'phone', phone(rng, 'mobile', 'compact'))}`,
        () => `${hhmm(rng)} felringning fr ${n.service()}-nummer, inget uppdrag`);
      out.push(`${dotDate(d)} ${t.first[0]}${t.last[0]} ${line}`);
      if (rng.chance(0.12)) out.push(`   tekniker: ${TN(R, t, 'full', 'staff')} ${T(R, 'phone', { ...t.mob, subtype: 'staff-mobile' })}`);
    }
    put(C, f, `${out.join('\n')}\n`);
  }

  // 3. Key orders workbook.
  {
    const f = 'las/nyckelbestallningar.xlsx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const s1 = [['Best.nr', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'Låssystem', 'Nyckelnr', 'Antal', 'Beställd av (hyresvärd)']];
    for (let i = 0; i < 90; i++) {
      const p = person(rng); C.joined(f, p.given, p.last);
      s1.push([n.id('order-number', `NB${num(rng, 6)}`), p.given, p.last, T(R, 'personnummer', pnr(rng, { style: rng.pick(['short', 'long']) })), T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'intl']))),
        rng.pick(['ASSA d12', 'ASSA Twin Exclusive', 'Dorma Kaba', 'iLOQ S50', 'Abloy Protec2']), n.id('key-number', `${letters3(rng)}-${num(rng, 4)}-${rng.digits(2)}`), rng.int(1, 4), rng.chance(0.6) ? TN(R, rng.pick(contacts), 'full') : 'privat']);
    }
    const s2 = [['Kvittens', 'Namn', 'Datum', 'Nycklar', 'Legitimation kontrollerad av']];
    for (let i = 0; i < 50; i++) s2.push([n.id('receipt-number', `KV${num(rng, 5)}`), TN(R, person(rng), rng.pick(['caps', 'full', 'surname-first'])), n.date(date(rng)), `${rng.int(1, 3)} st`, TN(R, rng.pick(techs), 'full', 'staff')]);
    const s3 = [['Spärrad nyckel', 'Anledning', 'Anmäld av', 'Telefon']];
    for (let i = 0; i < 25; i++) s3.push([n.id('key-number', `${letters3(rng)}-${num(rng, 4)}-${rng.digits(2)}`), rng.pick(['borttappad', 'stulen', 'avflyttad hyresgäst']), TN(R, person(rng), 'full'), T(R, 'phone', phone(rng))]);
    put(C, f, xlsx([{ name: 'Beställningar', rows: s1 }, { name: 'Kvitteringar', rows: s2 }, { name: 'Spärrar', rows: s3 }], { creator: R.t('name', office[0].full, 'xlsx-creator') }));
  }

  // 4. Landlords' contact cards (.vcf, folded).
  {
    const f = 'las/hyresvardar_kontakter.vcf'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const lines = [];
    for (const c of contacts) {
      lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${c.last};${c.given};;;`, `FN:${R.t('name', c.full, 'vcard-fn')}`, `ORG:${n.look('lookalike-company', c.company)}`, `TITLE:${rng.pick(['Förvaltare', 'Bovärd', 'Fastighetstekniker', 'Uthyrare'])}`,
        `TEL;TYPE=WORK,VOICE:${T(R, 'phone', c.tel)}`, `EMAIL;TYPE=INTERNET,WORK:${R.t('email', c.mail, 'work')}`, `NOTE:Godkänner dörröppningar vardagar. Felanmälan: ${n.role(`felanmalan@${c.mail.split('@')[1]}`)}`, 'END:VCARD');
    }
    for (const t of techs) lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${t.last};${t.given};;;`, `FN:${R.t('name', t.full, 'staff')}`, `ORG:${O.name}`, `TEL;TYPE=CELL:${T(R, 'phone', { ...t.mob, subtype: 'staff-mobile' })}`, `EMAIL:${R.t('email', t.mail, 'staff-work')}`, 'END:VCARD');
    put(C, f, folded(lines));
  }

  // 5. Customer mail (mbox, HTML alternatives, forwards).
  {
    const f = 'las/kundmejl_order.mbox'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 24; i++) {
      const p = person(rng); const pe = email(rng, p); const d = date(rng, '2026-08-01', '2026-11-22'); const s = rng.pick(office);
      R.t('name', p.full, 'header-display'); T(R, 'email', pe);
      const kind = rng.int(0, 2);
      let text;
      if (kind === 0) text = [`Hej!`, `Jag behöver byta lås efter inbrott i förrådet. Adress ${n.id('street', street(rng))}, lgh ${n.id('apartment-number', `1${rng.digits(3)}`)}.`, `Polisanmälan ${n.id('police-report-number', `5000-K${num(rng, 6)}-26`)}.`, `Ring gärna ${T(R, 'phone', phone(rng))}.`, '', `/${TN(R, p, rng.pick(['full', 'lower', 'short']), 'signature')}`].join('\n');
      else if (kind === 1) { const c = rng.pick(contacts); text = [`Hej,`, `Vidarebefordrar godkännande från hyresvärden.`, '', '---------- Vidarebefordrat meddelande ----------', `Från: ${R.t('name', c.full, 'forward-header')} <${R.t('email', c.mail, 'work')}>`, `Datum: ${svDate(d)}`, `Ämne: Godkännande låsbyte`, '',
        `Härmed godkänns låsbyte för hyresgästen ${TN(R, p, 'full')}, ${T(R, 'personnummer', pnr(rng))}. Kostnaden faktureras ${n.look('lookalike-company', c.company)}.`, `Mvh ${c.full}`, `${T(R, 'phone', c.tel)}`].join('\n'); }
      else text = [`Hello,`, `I'm locked out of my flat since this morning, my name is ${TN(R, p, 'full', 'self-intro')}. My Swedish number is ${T(R, 'phone', phone(rng, 'mobile'))} and my Finnish one ${T(R, 'phone', phone(rng, 'foreign'))}.`, `Thanks, ${n.lone(p.first)}`].join('\n');
      msgs.push({ from: [p.full, pe.value], to: [['Nyckelhuset order', role(R, o, 0)]], subject: rng.pick(['Låsbyte', 'Utelåst!!', 'Nyckelbeställning', 'Fwd: Godkännande']), date: rfcDate(d, hms(rng)), id: `${alnum(rng, 10)}@${pe.value.split('@')[1]}`, text, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']) });
      if (rng.chance(0.6)) {
        const reply = [`Hej ${n.lone(p.first)}!`, '', `Tekniker ${TN(R, rng.pick(techs), 'full', 'staff')} kommer ${svDate(date(rng, '2026-11-24', '2026-12-10'))} mellan ${hhmm(rng)} och ${hhmm(rng)}. Ta fram legitimation.`, `Ordernummer ${n.id('order-number', `AO-${num(rng, 6)}`)}.`, '', 'Med vänlig hälsning', TN(R, s, 'full', 'staff'), `Kundservice ${O.name}`, `Direkt ${T(R, 'phone', { ...s.direct, subtype: 'staff-direct' })} · Växel ${R.n('phone', 'switchboard', o.switchboard)}`, footer(R, o, ['orgnr', 'bg'])].join('\n');
        const html = `<div style="font-family:Calibri">${reply.split('\n').map((l) => `<p>${htmlEsc(l)}</p>`).join('')}</div>`;
        msgs.push({ from: [s.full, s.mail], to: [[p.full, pe.value]], subject: 'SV: Er förfrågan', date: rfcDate(d, '16:40:00'), id: `${alnum(rng, 12)}@nyckelhuset.se`, text: reply, html, htmlText: htmlToText(html), enc: 'qp' });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 6. HTML-only order from a landlord (.eml).
  {
    const f = 'las/bestallning_fran_hyresvard.eml'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const c = contacts[2];
    const rowsH = [];
    for (let i = 0; i < 22; i++) {
      const p = person(rng);
      rowsH.push(`<tr><td>${htmlEsc(n.id('apartment-number', `${rng.int(10, 15)}${rng.digits(2)}`))}</td><td>${htmlEsc(TN(R, p, rng.pick(['full', 'surname-first'])))}</td><td>${htmlEsc(T(R, 'phone', phone(rng)))}</td><td>${rng.chance(0.5) ? htmlEsc(T(R, 'email', email(rng, p))) : '&nbsp;'}</td><td>${rng.pick(['byte cylinder', '3 nycklar', 'kodlås'])}</td></tr>`);
    }
    const html = `<html><body><p>Hej!</p><p>Bifogar lista över hyresgäster på ${htmlEsc(n.look('lookalike-street', rng.pick(LOOKALIKE.street)))} 4 som ska få nya lås vecka 49. Kontakta dem direkt för tid.</p><table border="1"><tr><th>Lgh</th><th>Hyresgäst</th><th>Telefon</th><th>E-post</th><th>Åtgärd</th></tr>${rowsH.join('')}</table><p>Med vänliga hälsningar<br>${htmlEsc(R.t('name', c.full, 'signature'))}<br>${htmlEsc(n.look('lookalike-company', c.company))}<br>${htmlEsc(T(R, 'phone', c.tel))}</p></body></html>`;
    put(C, f, htmlEml({ from: [R.t('name', c.full, 'header-display'), R.t('email', c.mail, 'work')], to: [['Order', role(R, o, 0)]], subject: 'Låsbyte vecka 49 – lista hyresgäster', date: rfcDate('2026-11-18', '09:14:22'), id: `${alnum(rng, 16)}@mail.example`, html }));
  }

  // 7. On-call calendar (.ics).
  {
    const f = 'las/jourschema_v47-52.ics'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Nyckelhuset//Jour//SV', 'X-WR-CALNAME:Jour och bokade uppdrag'];
    for (let i = 0; i < 45; i++) {
      const t = rng.pick(techs); const d = date(rng, '2026-11-16', '2026-12-27').replace(/-/g, '');
      L.push('BEGIN:VEVENT', `UID:${alnum(rng, 20).toLowerCase()}@nyckelhuset.se`, `DTSTART:${d}T${rng.pick(['07', '08', '13', '17'])}0000`, `DTEND:${d}T${rng.pick(['09', '12', '16', '23'])}0000`);
      if (rng.chance(0.4)) L.push(`SUMMARY:Jour ${t.first}`, `ATTENDEE;CN=${R.t('name', t.full, 'ics-cn')};ROLE=REQ-PARTICIPANT:mailto:${R.t('email', t.mail, 'staff-work')}`);
      else { const p = person(rng); L.push(`SUMMARY:${rng.pick(JOBS)} - ${TN(R, p, 'full')}`, `LOCATION:${street(rng)}\\, ${n.id('postcode', postcode(rng))} Göteborg`, `DESCRIPTION:Kund ${p.full} tel ${T(R, 'phone', phone(rng))}. Portkod ${n.id('door-code', rng.digits(4))}. Order ${n.id('order-number', `AO-${num(rng, 6)}`)}`, `ATTENDEE;CN=${R.t('name', t.full, 'ics-cn')}:mailto:${R.t('email', t.mail, 'staff-work')}`); }
      L.push('END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, f, folded(L));
  }

  // 8. Invoices (PDF).
  {
    const f = 'las/fakturor_november.pdf'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 30; i++) {
      const p = person(rng, { cp1252: true });
      lines.push({ text: `FAKTURA ${n.id('invoice-number', num(rng, 6))}`, size: 13, bold: true }, `Fakturadatum ${n.date(date(rng, '2026-11-01', '2026-11-22'))}   Förfallodatum 30 dagar`,
        TN(R, p, rng.pick(['full', 'caps'])), `${street(rng)}, ${n.id('postcode', postcode(rng))} ${rng.pick(['GÖTEBORG', 'MÖLNDAL', 'KUNGÄLV', 'PARTILLE'])}`,
        rng.chance(0.5) ? `Personnummer (ROT): ${T(R, 'personnummer', pnr(rng, { minYear: 1940, maxYear: 1998 }))}` : `Kundnr ${n.id('customer-number', num(rng, 7))}`,
        `${rng.pick(JOBS)} ${rng.int(1, 3)} st ${n.amount(amount(rng, 600, 9000))}`, `OCR ${n.id('ocr', ocr(rng, 12))}   Bankgiro ${R.n(null, 'bankgiro', o.bg)}`, footer(R, o, ['orgnr', 'switchboard']), '');
    }
    put(C, f, pdfLines(lines, { per: 36, title: 'Fakturor november' }));
  }

  // 9. HubSpot contacts export.
  {
    const f = 'las/hubspot-crm-exports-all-contacts-2026-11-23.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Street Address', 'Postal Code', 'City', 'Lifecycle Stage', 'Contact owner', 'IP Address', 'Create Date', 'Associated Company']];
    for (let i = 0; i < 130; i++) {
      const p = person(rng); C.joined(f, p.given, p.last);
      const comp = rng.chance(0.3);
      rows.push([n.id('record-id', num(rng, 11)), p.given, p.last, rng.chance(0.85) ? T(R, 'email', email(rng, p)) : '', rng.chance(0.4) ? T(R, 'phone', phone(rng, 'landline', rng.pick(['grouped', 'e164', 'dash']))) : '',
        rng.chance(0.7) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'intl', 'compact', 'grouped']))) : '', street(rng), postcode(rng), rng.pick(['Göteborg', 'Mölndal', 'Kungälv', 'Lerum']),
        rng.pick(['customer', 'lead', 'opportunity']), TN(R, rng.pick(office), 'full', 'staff'), rng.chance(0.45) ? T(R, 'ip', ipVal(rng)) : '', `${date(rng, '2024-01-01', '2026-11-20')} ${hhmm(rng)}`,
        comp ? n.look('lookalike-company', rng.pick(LANDLORDS)) : '']);
    }
    put(C, f, csv(rows));
  }

  // 10. Smart-lock app events (NDJSON).
  {
    const f = 'las/kodlas_app_events.ndjson'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const users = Array.from({ length: 40 }, () => { const p = person(rng); return { p, mail: email(rng, p), lock: `LK-${alnum(rng, 8)}`, mac: mac(rng) }; });
    const lines = [];
    for (let i = 0; i < 180; i++) {
      const u = rng.pick(users); const d = date(rng, '2026-11-01', '2026-11-22');
      const ev = rng.pick(['unlock', 'unlock', 'lock', 'invite_sent', 'pin_changed', 'battery_low', 'login']);
      const rec = { '@timestamp': isoTs(rng, d), event: ev, lock_id: n.id('device-id', u.lock), lock_mac: n.id('mac-address', u.mac), user: T(R, 'email', u.mail) };
      if (ev === 'invite_sent') { const q = person(rng); rec.invitee = { name: TN(R, q, 'full'), email: T(R, 'email', email(rng, q)), phone: T(R, 'phone', phone(rng, 'mobile', 'e164')) }; }
      if (ev === 'login') { rec.client_ip = T(R, 'ip', ipVal(rng)); rec.user_agent = 'NyckelhusetApp/4.12.1 (iOS 18.1)'; rec.app_version = n.id('version', '4.12.1'); }
      if (ev === 'unlock' && rng.chance(0.3)) rec.display_name = TN(R, u.p, 'full');
      if (ev === 'battery_low') rec.gateway = { ip: n.id('private-device-ip', `192.168.${rng.int(0, 3)}.${rng.int(2, 250)}`, null), fw: '2.8.14' };
      lines.push(JSON.stringify(rec));
    }
    put(C, f, `${lines.join('\n')}\n`);
  }

  // 11. ID check checklist (Markdown).
  {
    const f = 'las/legitimationskontroll.md'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = ['# Legitimationskontroll vid dörröppning', '', 'Rutin: öppna **aldrig** utan att namnet på legitimationen stämmer med kontraktet eller folkbokföringen.', `Vid tveksamhet ring jourhavande förman ${TN(R, office[1], 'full', 'staff')} på ${T(R, 'phone', { ...office[1].direct, subtype: 'staff-direct' })}.`, '',
      `> Exempel från utbildningen: "${n.look('lookalike-street', rng.pick(LOOKALIKE.street))} 12, lgh 1201" - hyresgästen hette något annat än på dörren.`, '', '| Datum | Kund | Personnummer | Leg.typ | Kontrollerat mot | Tekniker |', '|---|---|---|---|---|---|'];
    for (let i = 0; i < 42; i++) {
      const p = person(rng); const idt = rng.pick(IDS);
      L.push(`| ${n.date(date(rng, '2026-10-01', '2026-11-22'))} | ${TN(R, p, rng.pick(['full', 'surname-first']))} | ${rng.chance(0.2) ? n.masked() : T(R, 'personnummer', pnr(rng))} | ${idt} | ${rng.pick(['hyreskontrakt', 'folkbokföring', 'hyresvärd per telefon', 'grannintyg'])} | ${TN(R, rng.pick(techs), 'initial', 'initial')} |`);
    }
    L.push('', '## Avvikelser', '', `- ${dotDate(date(rng))}: kund uppgav pnr ${n.badDate()} - ej giltigt, öppnade ej.`, `- ${dotDate(date(rng))}: ${n.lone(rng.pick(LONE))} från hyresvärden ringde och godkände, men ingen skriftlig bekräftelse.`);
    put(C, f, `${L.join('\n')}\n`);
  }

  // 12. Archive zip with a zip inside.
  {
    const f = 'las/arkiv_2025.zip'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const notes = ['Anteckningar 2025 (flyttade från gamla ordersystemet)', ''];
    for (let i = 0; i < 40; i++) { const p = person(rng); notes.push(`${dotDate(date(rng, '2025-01-02', '2025-12-20'))} ${TN(R, p, rng.pick(['full', 'lower']))} ${T(R, 'phone', phone(rng))} - ${rng.pick(['låsbyte ok', 'nycklar hämtade', 'reklamation cylinder', 'betalat kontant'])}${rng.chance(0.3) ? ` pnr ${T(R, 'personnummer', pnr(rng))}` : ''}`); }
    const old = [['ordernr', 'kund', 'telefon', 'epost']];
    for (let i = 0; i < 40; i++) { const p = person(rng); old.push([n.id('order-number', `AO-${num(rng, 6)}`), TN(R, p, 'surname-first'), T(R, 'phone', phone(rng)), T(R, 'email', email(rng, p))]); }
    const oldCsv = csv(old, { sep: ';' });
    const inner = [`Serviceavtal brf - kontaktpersoner`, ''];
    for (let i = 0; i < 15; i++) { const p = person(rng); inner.push(`${n.look('lookalike-company', rng.pick(LANDLORDS))}: ${TN(R, p, 'full')}, ${T(R, 'phone', phone(rng))}`); }
    const innerZip = zip([{ name: 'avtal/kontaktpersoner.txt', data: inner.join('\n') }]);
    const bytes = zip([{ name: 'anteckningar_2025.txt', data: notes.join('\n') }, { name: 'gamla_ordrar.csv', data: oldCsv.bytes }, { name: 'avtal_2025.zip', data: innerZip }]);
    C.put(f, bytes, [notes.join('\n'), oldCsv.text, inner.join('\n')].join('\n'));
  }
}
const letters3 = (rng) => { const A = 'ABCDEFGHKLMNPRSTUVZ'; return A[rng.int(0, A.length - 1)] + A[rng.int(0, A.length - 1)]; };
