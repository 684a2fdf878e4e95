// Ski resort (skid/): lift-card sales, ski school groups with children and guardians, equipment rental, ski patrol
// incident reports in Swedish and English, patrol radio log, guest service mail, instructors' WhatsApp group, an
// HTML-only booking confirmation, web-shop orders, staff schedule (.pdf), lost and found.
import { Rng, person, people, kin, nameStyle, pnr, phone, email, workEmail, date, dotDate, slashDate, hhmm, hms, isoTs, ipVal, org, at, nears, footer,
  csv, xlsx, mbox, rfcDate, mboxDate, pdfLines, jsonText, htmlEsc, htmlEml, svDate, num, alnum, hex, ocr, greetLone, LONE, LOOKALIKE, amount, sloppy } from './core.mjs';

const DIR = 'skid';
const rng = new Rng('skid');
const O = org(rng, { name: 'Fjällbacken Skidanläggning AB', domain: 'fjallbacken.se', area: '647', roles: ['info', 'skidskola', 'noreply', 'bokning', 'hyra'] });
const STAFF = people(rng, 14, { cp1252: true, middle: 0 }).map((p, i) => ({ ...p, title: i < 6 ? 'skidlärare' : i < 10 ? 'pistpatrull' : i < 12 ? 'uthyrning' : 'gästservice', mail: workEmail(p, O.domain), mob: phone(rng, 'mobile', rng.pick(['grouped', 'compact', 'intl'])) }));
const TEACH = STAFF.slice(0, 6); const PATROL = STAFF.slice(6, 10);
const SLOPES = ['Stora Anna-liften', 'Per-Olofs backe', 'Svartberget', 'Tottliften', 'Familjebacken', 'Kung Oscars stuga', 'Lilla Fjällbacken', 'Barnområdet'];
const cardNo = () => `${rng.pick(['01', '02'])}-${rng.int(1600, 1699)} ${num(rng, 4)} ${num(rng, 4)}-${rng.int(1, 9)}`;
const gps = () => `${rng.int(61, 63)}.${num(rng, 5)}, ${rng.int(12, 14)}.${num(rng, 5)}`;

function liftCsv(C) {
  const R = at(C, `${DIR}/liftkort_forsaljning_v7.csv`); const N = nears(R, rng);
  const rows = [['Kvitto', 'Datum', 'Kassa', 'Kortnr', 'Produkt', 'Namn på kort', 'E-post', 'Mobil', 'Belopp', 'Betalsätt']];
  for (let i = 0; i < 110; i++) {
    const p = person(rng, { cp1252: true, middle: 0.1 }); const day = date(rng, '2026-02-09', '2026-02-15');
    const child = rng.chance(0.3);
    rows.push([N.id('receipt-no', num(rng, 8)), N.date(day), `KASSA ${rng.int(1, 6)}`, N.id('card-no', cardNo()), rng.pick(['6-dagars vuxen', '3-dagars ungdom', 'Dagkort barn 7-15', 'Säsongskort', 'Eftermiddag']),
      R.nm(p, rng.pick(['full', 'full', 'caps', 'surname-first'])), child ? '' : R.em(email(rng, p)), child ? '' : R.ph(phone(rng, rng.chance(0.85) ? 'mobile' : 'foreign')), N.amount(amount(rng, 250, 3900)), rng.pick(['Kort', 'Swish', 'Faktura'])]);
  }
  rows.push([], [footer(R, O, ['orgnr', 'switchboard'])]);
  const f = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(R.file, f.bytes, f.text);
}

function skolaXlsx(C) {
  const R = at(C, `${DIR}/skidskola_grupper_v7.xlsx`); const N = nears(R, rng);
  const groups = ['Knattarna 4-6 år', 'Blå grupp', 'Röd grupp', 'Svart grupp', 'Snowboard 8-12'];
  const sheets = groups.map((g) => {
    const t = rng.pick(TEACH);
    const rows = [[`${g} – instruktör ${R.nm(t, 'full', 'staff')} (${R.t('phone', t.mob.value, 'staff-mobile')})`], ['Förnamn', 'Efternamn', 'Ålder', 'Personnr', 'Vårdnadshavare', 'Mobil VH', 'Allergi / övrigt', 'Hämtas av']];
    for (let i = 0; i < 11; i++) {
      const c = person(rng, { middle: 0.15 }); const v = kin(rng, c); R.j(c.given, c.last);
      rows.push([c.given, c.last, rng.int(4, 12), rng.chance(0.5) ? R.pn(pnr(rng, { minYear: 2014, maxYear: 2021 })) : '', R.nm(v, rng.pick(['full', 'surname-first'])), R.ph(phone(rng, rng.chance(0.9) ? 'mobile' : 'foreign')),
        rng.pick([() => '', () => 'Nötallergi – EpiPen i ryggsäck', () => 'Astma', () => `Ring pappa ${R.nm(person(rng))} om mamma ej svarar`, () => 'Rädd för liften'])(),
        rng.pick([() => 'VH', () => `Mormor ${R.nm(person(rng))}`, () => `${N.lone(rng.pick(LONE))}`])()]);
    }
    return { name: g, rows };
  });
  const ins = [['Namn', 'Roll', 'Mobil', 'E-post']];
  for (const s of STAFF) ins.push([R.nm(s, 'full', 'staff'), s.title, R.t('phone', s.mob.value, 'staff-mobile'), R.t('email', s.mail, 'staff-work')]);
  sheets.push({ name: 'Personal', rows: ins });
  const f = xlsx(sheets, { creator: R.nm(STAFF[12], 'full', 'xlsx-creator') }); C.put(R.file, f.bytes, f.text);
}

function hyraTsv(C) {
  const R = at(C, `${DIR}/uthyrning_kontrakt.tsv`); const N = nears(R, rng);
  const rows = [['Kontrakt', 'Kund', 'Mobil', 'Vikt', 'Längd', 'Sko', 'DIN', 'Skidor', 'Serienr', 'Hjälm', 'Ut', 'Åter', 'Expedit']];
  for (let i = 0; i < 100; i++) {
    const p = person(rng); const day = date(rng, '2026-02-01', '2026-03-31');
    rows.push([N.id('contract-no', `H${num(rng, 6)}`), R.nm(p, rng.pick(['full', 'surname-first', 'surname-first-caps', 'caps'])), R.ph(phone(rng, rng.chance(0.85) ? 'mobile' : 'foreign')), `${rng.int(20, 110)} kg`, `${rng.int(110, 195)} cm`, String(rng.int(28, 47)),
      N.id('din-value', `${rng.int(2, 10)},${rng.pick(['0', '5'])}`), N.look('product', rng.pick(['Atomic Redster', 'Salomon Brigade', 'Rossignol Experience', 'Head Kore', 'Elan Wingman'])), N.id('serial-no', `${alnum(rng, 3)}${num(rng, 7)}`), rng.chance(0.7) ? N.look('product', 'Elsa 2 hjälm') : '-',
      `${day} ${hhmm(rng, 8, 11)}`, rng.chance(0.85) ? `${day} ${hhmm(rng, 14, 17)}` : 'EJ ÅTER', rng.pick(STAFF.slice(10, 12)).first.toLowerCase()]);
  }
  for (const s of STAFF.slice(10, 12)) N.lone(s.first.toLowerCase());
  const t = `${rows.map((r) => r.join('\t')).join('\n')}\n`; C.put(R.file, t, t);
}

function olyckorTxt(C) {
  const R = at(C, `${DIR}/olycksrapporter_pistpatrull.txt`); const N = nears(R, rng);
  const out = ['PISTPATRULLEN FJÄLLBACKEN – OLYCKSRAPPORTER SÄSONG 25/26', '================================================', ''];
  for (let i = 0; i < 45; i++) {
    const p = person(rng, { middle: 0.2 }); const pat = rng.pick(PATROL); const w = person(rng); const day = date(rng, '2025-12-10', '2026-04-12');
    const en = rng.chance(0.3);
    out.push(`Rapport ${N.id('report-no', `OR-${num(rng, 4)}`)}   ${day} ${hhmm(rng, 9, 16)}   Patrull: ${R.nm(pat, 'full', 'staff')}`,
      en ? `Injured: ${R.nm(p, rng.pick(['full', 'caps']))}, DOB ${N.date(slashDate(date(rng, '1960-01-01', '2015-12-31')))}, phone ${R.ph(phone(rng, 'foreign'))}` : `Skadad: ${R.nm(p, rng.pick(['full', 'surname-first', 'caps']))}, pnr ${R.pn(pnr(rng, { minYear: 1950, maxYear: 2018 }))}, tel ${R.ph(phone(rng))}`,
      `Plats: ${N.look('place', rng.pick(SLOPES))} (${N.id('gps', gps())})`,
      en ? `Description: fell at the lower part of the slope, suspected ${rng.pick(['wrist fracture', 'knee injury', 'concussion'])}. Witness ${R.nm(w)} (${R.ph(phone(rng, rng.chance(0.5) ? 'foreign' : 'mobile'))}). Transported by snowmobile.`
        : sloppy(rng, `Förlopp: kört in i ${rng.pick(['nät', 'snökanon', 'annan åkare', 'liftstolpe'])}, misstänkt ${rng.pick(['knäskada', 'handledsfraktur', 'hjärnskakning', 'axelluxation'])}. skoter ner till dalstationen. `) + `Vittne ${R.nm(w)} ${R.ph(phone(rng))}.`,
      rng.chance(0.4) ? `Anhörig: ${R.nm(kin(rng, p))}, ${R.ph(phone(rng))}` : `Ambulans ${rng.chance(0.5) ? 'ja' : 'nej'}. Ärende SOS ${N.id('sos-case', num(rng, 7))}`, '');
  }
  const t = out.join('\r\n'); C.put(R.file, t, t);
}

function incidentJson(C) {
  const R = at(C, `${DIR}/incident_reports_en.json`); const N = nears(R, rng);
  const reps = [];
  for (let i = 0; i < 32; i++) {
    const origin = rng.pick(['english', 'polish', 'ukrainian', 'hungarian', 'greek', 'estonian', 'lithuanian', 'icelandic', 'swedish']);
    const p = person(rng, { origin }); const comp = people(rng, rng.int(1, 2), { origin }); const day = date(rng, '2026-01-02', '2026-04-10');
    reps.push({ reportId: N.id('report-no', `IR-26-${num(rng, 4)}`), occurredAt: isoTs(rng, day, 9, 16), location: { slope: N.look('place', rng.pick(SLOPES)), coordinates: N.id('gps', gps()) },
      injured: { name: R.nm(p), nationality: origin, passportNo: N.id('passport-no', `${alnum(rng, 2)}${num(rng, 7)}`), phone: R.ph(phone(rng, 'foreign')), email: R.em(email(rng, p)), insurer: rng.pick(['Allianz Travel', 'Europ Assistance', 'If Skadeförsäkring']), policyNo: N.id('policy-no', num(rng, 9)) },
      companions: comp.map((c) => ({ name: R.nm(c), relation: rng.pick(['spouse', 'friend', 'child', 'colleague']) })),
      handledBy: [R.nm(rng.pick(PATROL), 'full', 'staff')], narrative: `Guest ${p.first} lost control near the ${rng.pick(['jump', 'lift exit', 'tree line'])}. ${rng.pick(['Splint applied.', 'Walked down with patrol.', 'Helicopter requested.'])} Contact at hotel room ${rng.int(100, 420)}.` });
    N.lone(p.first);
  }
  const t = jsonText({ season: '2025/26', resort: O.name, reports: reps }); C.put(R.file, t, t);
}

function radioLog(C) {
  const R = at(C, `${DIR}/pistpatrull_radiologg.log`); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 230; i++) {
    const pat = rng.pick(PATROL); const day = date(rng, '2026-02-01', '2026-03-15');
    const callsign = `P${rng.int(1, 6)}`;
    out.push(`${day} ${hms(rng, 8, 17)} [KANAL ${rng.int(1, 4)}] ${N.id('callsign', callsign)} ` + rng.pick([
      () => `${R.nm(pat, rng.pick(['short', 'caps']), 'staff')}: på väg till ${N.look('place', rng.pick(SLOPES))}, pos ${N.id('gps', gps())}`,
      () => `ledning: ${R.nm(pat, 'short', 'staff')} ta ${N.look('place', rng.pick(SLOPES))}, skadad ${rng.pick(['kvinna', 'man', 'barn'])} ca ${rng.int(6, 70)} år`,
      () => `${pat.first}: klart, lämnat över till ambulans ${N.id('vehicle-reg', `${['ABC', 'KLM', 'RTX', 'YHG'][rng.int(0, 3)]} ${rng.int(100, 999)}`)}`,
      () => `ledning: efterlysning – ${R.nm(person(rng))} ${rng.int(6, 14)} år, röd jacka, förälder ${R.nm(person(rng))} nås på ${R.ph(phone(rng))}`,
      () => `${pat.first}: vindstyrka ${rng.int(8, 22)} m/s vid toppen, stänger ${N.look('place', 'Tottliften')}`,
      () => 'ledning: radiokontroll, svara med anropssignal',
    ])());
    if (out[out.length - 1].includes(`${pat.first}:`)) N.lone(pat.first);
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function gastMbox(C) {
  const R = at(C, `${DIR}/gastservice_inkorg.mbox`); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 30; i++) {
    const en = rng.chance(0.35); const p = person(rng, en ? { origin: rng.pick(['english', 'polish', 'estonian', 'swedish']) } : {}); const s = STAFF[rng.int(12, 13)]; const day = date(rng, '2025-12-01', '2026-04-15');
    const em = R.em(email(rng, p)); R.t('name', p.full, 'header-display');
    const body = en ? `Hello,\n\nWe booked ski school for our children ${R.nm(kin(rng, p))} and ${R.nm(kin(rng, p))} (booking ${N.id('booking-id', `FJ${num(rng, 7)}`)}) but our flight is delayed. Can they start on Tuesday instead?\nMy mobile: ${R.ph(phone(rng, 'foreign'))}\n\nKind regards,\n${R.nm(p, 'full', 'signature')}`
      : `Hej!\n\n${rng.pick([() => `Min son glömde sin mössa i ${N.look('place', rng.pick(SLOPES))} i går.`, () => `Liftkortet ${N.id('card-no', cardNo())} slutade fungera efter två dagar.`, () => `Kan jag få kvitto på hyran (kontrakt ${N.id('contract-no', `H${num(rng, 6)}`)})?`])()}\n\nMvh ${R.nm(p, rng.pick(['full', 'lower']), 'signature')}\n${R.ph(phone(rng))}`;
    msgs.push({ from: [p.full, em], to: [[null, R.n('email', 'role-email', O.roles[rng.pick([0, 1, 3])])]], subject: en ? 'Ski school – change of date' : rng.pick(['Borttappad mössa', 'Liftkort', 'Kvitto']), date: rfcDate(day, `${hhmm(rng)}:00`), id: `${alnum(rng, 16)}@gmail.com`, text: body, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: mboxDate(day) });
    if (rng.chance(0.5)) {
      R.t('name', s.full, 'header-display'); R.t('email', s.mail, 'staff-work');
      msgs.push({ from: [s.full, s.mail], to: [[p.full, em]], subject: 'Re: din förfrågan', date: rfcDate(day, '17:40:00'), id: `${alnum(rng, 16)}@${O.domain}`, mboxDate: mboxDate(day, '17:40:00'), enc: 'qp',
        text: `${en ? `Hi ${N.lone(p.first)},` : greetLone(R, rng, N, p.first)}\n\n${en ? 'No problem, we have moved the start.' : 'Vi har kollat hittegodset.'}\n\n${R.nm(s, 'full', 'staff')}\nGästservice ${O.name} | ${N.id('switchboard', O.switchboard, 'phone')}` });
    }
  }
  const f = mbox(msgs); C.put(R.file, f.bytes, f.text);
}

function whatsapp(C) {
  const R = at(C, `${DIR}/WhatsApp Chat with Skidlärare 25-26.txt`); const N = nears(R, rng);
  const members = TEACH.map((s) => ({ s, label: rng.chance(0.5) ? R.t('name', s.short, 'chat-speaker') : R.t('phone', phone(rng, 'mobile', 'intl').value, 'chat-speaker-number') }));
  const out = [`[${'2025-12-01'.split('-').reverse().join('/')}, 08:00:00] Skidlärare 25-26: Meddelanden och samtal är end-to-end-krypterade.`];
  for (let i = 0; i < 120; i++) {
    const m = rng.pick(members); const day = date(rng, '2025-12-10', '2026-04-10'); const [y, mo, d] = day.split('-');
    const c = person(rng); const v = person(rng);
    const txt = rng.pick([() => `${R.nm(c, rng.pick(['full', 'lower']))} i blå grupp hämtas av ${R.nm(v)} idag, ${R.ph(phone(rng))}`, () => 'Vem tar knattarna kl 10?', () => `${N.lone(c.first)} grät hela lektionen, ring mamma?`, () => `Byter pass med ${N.lone(rng.pick(TEACH).first)} på lördag`, () => 'bild utelämnad', () => `Privatlektion bokad: ${R.nm(c)} ${hhmm(rng, 9, 15)}, betalt via Swish`])();
    out.push(`[${d}/${mo}/${y}, ${hms(rng, 7, 20)}] ${m.label}: ${txt}`);
  }
  const t = out.join('\n'); C.put(R.file, t, t);
}

function bekraftelseEml(C) {
  const R = at(C, `${DIR}/bokningsbekraftelse_FJ-paket.eml`); const N = nears(R, rng);
  const p = person(rng); const fam = [kin(rng, p), kin(rng, p), kin(rng, p)]; const em = R.em(email(rng, p)); R.t('name', p.full, 'header-display');
  const rows = [p, ...fam].map((q) => `<tr><td>${htmlEsc(R.nm(q))}</td><td>${rng.pick(['Vuxen', 'Barn 7-15', 'Ungdom'])}</td><td>${N.id('card-no', cardNo())}</td></tr>`).join('');
  const html = `<html><body><h2>Tack för din bokning!</h2><p>${htmlEsc(greetLone(R, rng, N, p.first))}</p><p>Bokningsnummer <b>${N.id('booking-id', `FJ${num(rng, 7)}`)}</b>, ankomst ${N.date(svDate('2026-02-14'))}.</p><table>${rows}</table><p>Stuga: ${N.look('place', 'Lisas fäbod')}. Nyckelkod ${N.id('door-code', String(rng.int(1000, 9999)))}.</p><p>Frågor? Ring ${N.id('switchboard', O.switchboard, 'phone')} eller mejla ${R.n('email', 'role-email', O.roles[3])}. Svara inte till ${R.n('email', 'role-email', O.roles[2])}.</p><p>${htmlEsc(footer(R, O, ['orgnr', 'bg']))}</p></body></html>`;
  const f = htmlEml({ from: ['Fjällbacken', O.roles[2]], to: [[p.full, em]], subject: 'Bokningsbekräftelse – Fjällbacken vinterpaket', date: rfcDate('2026-01-20', '06:15:00'), id: `${alnum(rng, 22)}@fjallbacken.se`, html, enc: 'qp' });
  C.put(R.file, f.bytes, f.text);
}

function ordrarNdjson(C) {
  const R = at(C, `${DIR}/webbshop_ordrar.ndjson`); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 120; i++) {
    const p = person(rng); const day = date(rng, '2025-11-01', '2026-03-31'); const n = rng.int(0, 3);
    const guests = [p, ...Array.from({ length: n }, () => (rng.chance(0.7) ? kin(rng, p) : person(rng)))];
    out.push(JSON.stringify({ orderId: N.id('order-no', `WS-${num(rng, 7)}`), createdAt: isoTs(rng, day), buyer: { firstName: p.given, lastName: p.last, email: R.em(email(rng, p)), phone: R.ph(phone(rng, rng.chance(0.85) ? 'mobile' : 'foreign', rng.pick(['e164', 'intl', 'compact']))) },
      guests: guests.map((g) => ({ name: R.nm(g), birthDate: N.date(date(rng, '1955-01-01', '2022-12-31')), product: rng.pick(['SKIPASS_6D_ADULT', 'SKIPASS_3D_CHILD', 'SKISCHOOL_KIDS_5D', 'RENTAL_PKG']), keycard: N.id('card-no', cardNo()) })),
      payment: { method: rng.pick(['card', 'swish', 'klarna']), amountSek: rng.int(600, 18000), ref: N.id('payment-ref', hex(rng, 16)) }, client: { ip: R.ip(ipVal(rng)), ua: rng.pick(['iOS/17 FjallbackenApp/3.2', 'Mozilla/5.0 (Macintosh)', 'Mozilla/5.0 (Windows NT 10.0)']) } }));
    R.j(p.given, p.last);
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function schemaPdf(C) {
  const R = at(C, `${DIR}/personalschema_v7.pdf`); const N = nears(R, rng);
  const lines = [{ text: 'Personalschema vecka 7 – Fjällbacken', bold: true, size: 14 }, ''];
  for (const d of ['Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lördag', 'Söndag']) {
    lines.push({ text: d, bold: true });
    for (const s of rng.shuffle(STAFF).slice(0, 7)) lines.push(`  ${hhmm(rng, 7, 9)}–${hhmm(rng, 15, 18)}  ${R.nm(s, rng.pick(['full', 'surname-first']), 'staff')}  ${s.title}  ${R.t('phone', s.mob.value, 'staff-mobile')}`);
  }
  lines.push('', `Ansvarig: ${R.nm(STAFF[13], 'full', 'staff')}. Sjukanmälan till ${N.id('switchboard', O.switchboard, 'phone')}.`);
  const f = pdfLines(lines, { per: 45, title: 'Personalschema' }); C.put(R.file, f.bytes, f.text);
}

function hittegodsMd(C) {
  const R = at(C, `${DIR}/hittegods.md`); const N = nears(R, rng);
  const out = ['# Hittegods säsong 25/26', '', '| Nr | Hittat | Sak | Var | Ägare | Kontakt | Status |', '|---|---|---|---|---|---|---|'];
  for (let i = 0; i < 70; i++) {
    const p = person(rng); const known = rng.chance(0.6);
    out.push(`| ${N.id('lost-item-no', String(i + 101))} | ${N.date(dotDate(date(rng, '2025-12-10', '2026-04-12')))} | ${rng.pick(['Mobil iPhone', 'Handske svart', 'Hjälm', 'Plånbok', 'Nyckelknippa', 'Liftkort'])} | ${N.look('place', rng.pick(SLOPES))} | ${known ? R.nm(p, rng.pick(['full', 'lower', 'caps'])) : 'okänd'} | ${known ? (rng.chance(0.6) ? R.ph(phone(rng)) : R.em(email(rng, p))) : '-'} | ${rng.pick(['Hämtad', 'Skickad', 'Kvar', 'Skänkt'])} |`);
  }
  out.push('', `Plånbok nr 117 innehöll körkort – se ${N.masked()}. Kontakta ${R.nm(STAFF[12], 'full', 'staff')}.`);
  const t = out.join('\n'); C.put(R.file, t, t);
}

export default function build(C) {
  liftCsv(C); skolaXlsx(C); hyraTsv(C); olyckorTxt(C); incidentJson(C); radioLog(C); gastMbox(C); whatsapp(C); bekraftelseEml(C); ordrarNdjson(C); schemaPdf(C); hittegodsMd(C);
}
