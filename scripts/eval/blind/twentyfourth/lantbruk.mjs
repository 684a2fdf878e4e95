// Twenty-fourth blind set — an agricultural purchasing cooperative: Slättbygdens Lantbruksförening ek. för.
// Member register (cp1252), harvest deliveries (TSV), grain contracts (.docx), SMS order log, fields (JSON),
// settlement notes (PDF), member mail, weighing slips, field-walk calendar, board minutes (Markdown), customer ledger
// (.xlsx), web-shop orders (NDJSON), advisors' notes. Sole traders' organisation numbers are their personnummer
// (truth, subtype 'sole-trader'); limited companies' and the cooperative's own are near-misses.
import { Rng, person, people, kin, nameAs, nameStyle, NM, pnr, phone, email, workEmail, T, org, footer, role, server, nears, date, dotDate, slashDate, hhmm, hms, addDays,
  num, safe, alnum, kr, ocr, ipVal, csv, xlsx, docx, mbox, rfcDate, pdfLines, folded, jsonText, putW, postcode, LONE, p2, letters, makeOrgnr } from './core.mjs';

const O = { name: 'Slättbygdens Lantbruksförening ek. för.', domain: 'slattbygden-lf.se' };
const VILLAGES = ['Västra Karaby', 'Dösjebro', 'Löddeköpinge', 'Kävlinge', 'Marieholm', 'Teckomatorp', 'Billeberga', 'Svalöv', 'Stora Harrie'];
const FARMS = ['Norrgården', 'Ödegården', 'Lilla Hyllinge', 'Backagården', 'Björkhaga', 'Kvarngården', 'Sörgården', 'Ekelund', 'Ängsbo', 'Nils-Jöns gård', 'Per Ols gård', 'Anders Pers gård', 'Hans-Jönsgården'];
const CROPS = ['Höstvete', 'Vårkorn', 'Maltkorn', 'Havre', 'Höstraps', 'Rågvete', 'Sockerbetor', 'Ärter'];
const PRODUCTS = ['NPK 27-3-3', 'Axan NS 27-4', 'Kalkammonsalpeter', 'Utsäde höstvete Julius', 'Utsäde vårkorn Planet', 'Diesel MK1', 'Ensilageplast', 'Mineralfoder Kvigfor', 'Kraftfoder Solid 120'];

function world() {
  const rng = new Rng('lantbruk/world');
  const o = org(rng, { ...O, area: '46', roles: ['kundtjanst', 'info', 'noreply', 'spannmal', 'order'] });
  const staff = people(rng, 8, { cp1252: true, middle: 0, origins: [['swedish', 85], ['finnish', 5], ['bosnian', 5], ['polish', 5]] }).map((p) => ({ p, mob: phone(rng, 'mobile', 'grouped'), mail: workEmail(p, O.domain) }));
  return { o, staff };
}
const W = world();
const FARMER_ORIGINS = [['swedish', 78], ['finnish', 3], ['polish', 3], ['bosnian', 3], ['ukrainian', 3], ['hungarian', 3], ['english', 2], ['kurdish', 2], ['arabic', 3]];
/** A member: a person, farm, their id (pnr for a sole trader or an AB's orgnr), phone, e-mail. */
function member(rng, { cp = false } = {}) {
  const p = person(rng, { cp1252: cp, origins: FARMER_ORIGINS });
  const ab = rng.chance(0.25); const old = !ab && rng.chance(0.04);
  return { p, ab, farm: rng.pick(FARMS), id: ab ? makeOrgnr(rng) : old ? pnr(rng, { old: true }) : pnr(rng, { minYear: 1940, maxYear: 2000 }), ph: phone(rng, rng.chance(0.85) ? 'mobile' : 'landline'), em: email(rng, p), no: num(rng, 6) };
}
const idCell = (R, N, m) => (m.ab ? R.n('personnummer', 'organisationsnummer', m.id) : R.t('personnummer', m.id.value, m.id.subtype === 'centenarian-plus' ? 'centenarian-plus' : 'sole-trader'));
/** A Swedish number as an SMS gateway writes it: `46…` without the plus. */
const gw = (v) => { let d = v.replace(/\D/g, ''); if (d.startsWith('0046')) d = d.slice(2); if (d.startsWith('460')) return `46${d.slice(3)}`; if (d.startsWith('46')) return d; return `46${d.slice(1)}`; };
const farmNm = (R, m) => R.n('name', 'farm-name', m.farm);

function register(C) {
  const file = 'lantbruk/medlemsregister_2026.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [[`Medlemsregister ${O.name} – utdrag ${N.date('2026-11-15')}`], ['Medlemsnr', 'Namn', 'Företagsform', 'Org.nr/Pnr', 'Gård', 'Ort', 'Postnr', 'Mobil', 'E-post', 'Insatskapital']];
  const seen = new Set();
  for (let i = 0; i < 175; i++) {
    const m = member(rng, { cp: true }); if (seen.has(m.p.full)) continue; seen.add(m.p.full);
    const nm = m.ab ? `${m.p.last}s Lantbruk AB` : null;
    rows.push([N.id('member-number', m.no), nm ? R.n('name', 'company', nm) : NM(R, m.p, rng.pick(['surname-first', 'surname-first', 'full', 'surname-first-caps'])), m.ab ? 'AB' : 'Enskild firma', idCell(R, N, m),
      farmNm(R, m), rng.pick(VILLAGES), N.postcode(`2${rng.int(40, 68)} ${rng.digits(2)}`), rng.chance(0.9) ? T(R, 'phone', m.ph) : '', rng.chance(0.6) ? T(R, 'email', m.em) : '', N.amount(kr(rng, 2000, 90000))]);
    if (nm) { rows[rows.length - 1].push(`Firmatecknare: ${NM(R, m.p, 'full', 'signatory')}`); }
  }
  putW(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}

function leveranser(C) {
  const file = 'lantbruk/leveranser_skord2026.tsv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const members = Array.from({ length: 90 }, () => member(rng)); const drivers = people(rng, 12, { origins: [['swedish', 60], ['polish', 15], ['ukrainian', 15], ['bosnian', 10]] });
  const rows = [['Vägningsnr', 'Datum', 'Tid', 'Medlemsnr', 'Leverantör', 'Gröda', 'Brutto kg', 'Netto kg', 'Vattenhalt', 'Protein', 'Chaufför', 'Reg.nr']];
  for (let i = 0; i < 300; i++) {
    const m = rng.pick(members); const dr = rng.pick(drivers);
    rows.push([N.id('weighing-number', num(rng, 7)), date(rng, '2026-07-20', '2026-10-10'), hhmm(rng), N.id('member-number', m.no), NM(R, m.p, 'surname-first'), rng.pick(CROPS), String(rng.int(12000, 38000)), String(rng.int(11000, 36000)),
      `${rng.int(12, 22)},${rng.int(0, 9)}`, `${rng.int(9, 14)},${rng.int(0, 9)}`, NM(R, dr, rng.pick(['full', 'full', 'initial']), 'driver'), N.id('vehicle-registration', `${letters(rng, 3)}${rng.digits(2)}${rng.chance(0.5) ? letters(rng, 1) : rng.digits(1)}`)]);
  }
  C.put(file, rows.map((r) => r.join('\t')).join('\n') + '\n');
}

function kontrakt(C) {
  const file = 'lantbruk/spannmalskontrakt_2026.docx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const s = W.staff[0]; const creator = NM(R, s.p, 'full', 'docx-creator');
  const blocks = [{ h: 'Spannmålskontrakt skörd 2026 – sammanställning' }, `Handläggare: ${NM(R, s.p, 'full', 'staff')}, ${T(R, 'phone', { value: s.mob.value, subtype: 'staff-mobile' })}, ${R.t('email', s.mail, 'staff-work')}`];
  for (let i = 0; i < 26; i++) {
    const m = member(rng);
    blocks.push({ h: `Kontrakt ${N.id('contract-number', `SK26-${num(rng, 5)}`)}` }, { table: [['Säljare', m.ab ? R.n('name', 'company', `${m.p.last}s Lantbruk AB`) : NM(R, m.p, 'full')], ['Org.nr/Personnr', idCell(R, N, m)],
      ['Gård', farmNm(R, m)], ['Gröda', rng.pick(CROPS)], ['Kvantitet', `${rng.int(20, 400)} ton`], ['Pris', N.amount(`${rng.int(190, 260)},${rng.digits(2)} kr/dt`)], ['Utbetalning till', N.id('bank-account', `Clearing ${rng.int(3000, 3399)} konto ${safe(() => rng.digits(10))}`)]] },
    { runs: ['Underskrift säljare: ', NM(R, m.p, rng.pick(['full', 'caps']), 'signature'), '   Ort/datum: ', `${rng.pick(VILLAGES)} ${N.date(dotDate(date(rng, '2026-02-01', '2026-06-30')))}`] });
  }
  blocks.push(footer(R, W.o, ['orgnr', 'bg', 'switchboard']));
  putW(C, file, docx(blocks, { creator }));
}

function sms(C) {
  const file = 'lantbruk/sms_bestallningar.log'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = []; const members = Array.from({ length: 150 }, () => member(rng));
  for (let i = 0; i < 220; i++) {
    const m = rng.pick(members); const d = date(rng, '2026-03-01', '2026-11-20');
    const from = T(R, 'phone', { value: gw(m.ph.value), subtype: m.ph.subtype.replace(/-.*$/, '-e164-no-plus') });
    const txt = rng.pick([() => `${rng.int(2, 30)} ton ${rng.pick(PRODUCTS)} till ${farmNm(R, m)} /${N.lone(m.p.first)}`, () => `hej det är ${NM(R, m.p, rng.pick(['full', 'lower']), 'self-intro')}, kan ni ringa mig`,
      () => `beställ ${rng.int(1, 12)} pall ${rng.pick(PRODUCTS)}. lev ${rng.pick(['måndag', 'tisdag', 'asap', 'v.' + rng.int(10, 45)])}`, () => `ring ${T(R, 'phone', phone(rng, 'mobile', 'compact'))} istället, min son ${NM(R, kin(rng, m.p), 'full', 'running-text')} tar emot`, () => 'OK', () => `medlemsnr ${N.id('member-number', m.no)} diesel ${rng.int(1, 5)} m3`])();
    lines.push(`${d} ${hms(rng)}|IN|${from}|${N.id('short-code', '72999')}|${txt}`);
    if (rng.chance(0.5)) lines.push(`${d} ${hms(rng)}|OUT|${N.id('short-code', '72999')}|${from}|Tack! Order ${N.id('order-number', `WO${num(rng, 7)}`)} registrerad. /${O.name}`);
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function skiften(C) {
  const file = 'lantbruk/skiften_och_brukare.json'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 45; i++) {
    const m = member(rng);
    const e = { brukare: { fornamn: m.p.given, efternamn: m.p.last, mobil: T(R, 'phone', m.ph) }, gard: farmNm(R, m), skiften: [] };
    C.joined(file, m.p.given, m.p.last);
    if (rng.chance(0.3)) e.brukare.epost = T(R, 'email', m.em);
    if (rng.chance(0.15)) e.arrendator = { namn: NM(R, person(rng, { origins: FARMER_ORIGINS }), 'full', 'tenant-farmer'), telefon: T(R, 'phone', phone(rng, 'mobile')) };
    for (let k = 0; k < rng.int(1, 4); k++) e.skiften.push({ blockId: N.id('field-block-id', `${rng.int(1000, 9999)}${rng.digits(2)}-${rng.int(10, 99)}`), fastighet: N.id('property-designation', `${rng.pick(VILLAGES)} ${rng.int(1, 40)}:${rng.int(1, 90)}`),
      areal_ha: Number(`${rng.int(1, 60)}.${rng.digits(2)}`), grida: rng.pick(CROPS), centroid: N.id('coordinates', `${rng.int(55, 56)}.${rng.digits(5)},${rng.int(12, 13)}.${rng.digits(5)}`) });
    out.push(e);
  }
  C.put(file, jsonText({ version: 2, export: '2026-11-10', poster: out }, 1));
}

function avrakning(C) {
  const file = 'lantbruk/avrakningar_oktober.pdf'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 48; i++) {
    const m = member(rng, { cp: true });
    lines.push({ text: `AVRÄKNINGSNOTA ${N.id('settlement-number', num(rng, 8))}`, bold: true }, `${m.ab ? R.n('name', 'company', `${m.p.last}s Lantbruk AB`) : NM(R, m.p, rng.pick(['full', 'caps']))}, ${farmNm(R, m)}, ${rng.pick(VILLAGES)}`,
      `Org.nr/pnr: ${idCell(R, N, m)}   Medlemsnr: ${N.id('member-number', m.no)}`, `${rng.pick(CROPS)} ${rng.int(20, 300)} ton à ${N.amount(`${rng.int(190, 260)},00 kr/dt`)}   Att utbetala: ${N.amount(`${kr(rng, 20000, 900000)} kr`)}`,
      `Utbetalning via ${R.n(null, 'bankgiro', W.o.bg)} den ${N.date(date(rng, '2026-10-25', '2026-10-31'))}`, '');
  }
  lines.push(footer(R, W.o, ['orgnr', 'bg', 'switchboard']));
  putW(C, file, pdfLines(lines, { per: 49, title: 'Avräkningar oktober' }));
}

function utskick(C) {
  const file = 'lantbruk/medlemspost.mbox'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 34; i++) {
    const m = member(rng); const s = rng.pick(W.staff); const d = date(rng);
    const inb = rng.chance(0.7);
    const sName = R.t('name', s.p.full, 'header-display'); R.t('email', s.mail, 'staff-work');
    const mem = [inb && rng.chance(0.3) ? '' : R.t('name', m.p.full, 'header-display'), T(R, 'email', m.em)];
    const text = inb ? rng.pick([() => `Hej ${N.lone(s.p.first)}!\n\nKan ni hämta vetet på ${farmNm(R, m)} nästa vecka? Vi har ca ${rng.int(40, 300)} ton, vattenhalt runt ${rng.int(13, 19)}%.\n\nMvh ${NM(R, m.p, 'full', 'signature')}\n${T(R, 'phone', m.ph)}`,
      () => `hej\nfakturan ${N.id('invoice-number', num(rng, 8))} stämmer inte, vi fick bara ${rng.int(2, 20)} ton. ring mig ${T(R, 'phone', m.ph)}\n/${NM(R, m.p, 'lower', 'lower')}`,
      () => `Hej,\nJag tar över gården efter min far ${NM(R, kin(rng, m.p), 'full', 'relative')} som gick bort i somras. Medlemskapet ska skrivas över på mig, personnummer ${T(R, 'personnummer', pnr(rng, { minYear: 1960, maxYear: 1995 }))}.\n\n${NM(R, m.p, 'full', 'signature')}`])()
      : `Hej ${N.lone(m.p.first)},\n\nTack för beställningen. Leverans ${N.date(dotDate(addDays(d, 3)))}.\n\nVänliga hälsningar\n${NM(R, s.p, 'full', 'signature')}\n${T(R, 'phone', { value: s.mob.value, subtype: 'staff-mobile' })}\n${footer(R, W.o, ['switchboard'])}`;
    msgs.push({ from: inb ? mem : [sName, s.mail], to: inb ? [[sName, s.mail]] : [mem], subject: inb ? rng.pick(['Hämtning vete', 'Faktura fel', 'Ägarbyte medlemskap']) : 'Sv: Beställning', date: rfcDate(d, hms(rng)), id: `${alnum(rng, 16)}@${inb ? 'mail.example' : O.domain}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
  }
  putW(C, file, mbox(msgs));
}

function vagning(C) {
  const file = 'lantbruk/vagningssedlar_export.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['slip_no', 'date', 'supplier_first', 'supplier_last', 'supplier_mobile', 'crop', 'net_kg', 'sample_id', 'operator']];
  for (let i = 0; i < 150; i++) {
    const m = member(rng); const op = rng.pick(W.staff);
    C.joined(file, m.p.given, m.p.last);
    rows.push([N.id('weighing-number', num(rng, 7)), date(rng, '2026-07-20', '2026-10-10'), m.p.given, m.p.last, rng.chance(0.7) ? T(R, 'phone', m.ph) : '', rng.pick(CROPS), String(rng.int(9000, 36000)), N.id('sample-id', `P${num(rng, 6)}`), op.p.first.toLowerCase()]);
    N.lower(op.p.first.toLowerCase());
  }
  putW(C, file, csv(rows, { sep: ',', eol: '\n' }));
}

function ics(C) {
  const file = 'lantbruk/faltvandringar_2026.ics'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:Fältvandringar'];
  for (let i = 0; i < 12; i++) {
    const d = date(rng, '2026-04-20', '2026-08-30').replace(/-/g, ''); const s = rng.pick(W.staff); const host = member(rng);
    lines.push('BEGIN:VEVENT', `DTSTART:${d}T160000Z`, `DTEND:${d}T190000Z`, `UID:${N.id('uid', `${alnum(rng, 24).toLowerCase()}@google.com`)}`, `SUMMARY:Fältvandring hos ${NM(R, host.p, 'full', 'ics-summary')} – ${rng.pick(CROPS)}`,
      `LOCATION:${farmNm(R, host)}\\, ${rng.pick(VILLAGES)}`, `ORGANIZER;CN=${R.t('name', s.p.full, 'ics-cn')}:mailto:${R.t('email', s.mail, 'staff-work')}`);
    for (let k = 0; k < rng.int(5, 12); k++) { const m = member(rng); lines.push(`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${rng.pick(['ACCEPTED', 'TENTATIVE', 'NEEDS-ACTION'])};CN=${R.t('name', m.p.full, 'ics-cn')};X-NUM-GUESTS=0:mailto:${T(R, 'email', m.em)}`); }
    lines.push(`DESCRIPTION:Värd: ${host.p.full}\\, tel ${T(R, 'phone', host.ph)}. Anmälan till ${role(R, W.o, 0)}.`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  putW(C, file, folded(lines));
}

function protokoll(C) {
  const file = 'lantbruk/styrelseprotokoll_2026-09-17.md'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const board = Array.from({ length: 7 }, () => member(rng));
  const md = [`# Protokoll styrelsemöte ${N.date('2026-09-17')}`, '', `Plats: föreningens kontor, ${rng.pick(VILLAGES)}`, '', '## Närvarande', '', ...board.map((b, i) => `- ${NM(R, b.p, 'full', 'board-member')}${i === 0 ? ' (ordf.)' : i === 1 ? ' (sekr.)' : ''}`),
    `- ${NM(R, W.staff[0].p, 'full', 'staff')}, VD (adjungerad)`, '', '## §1 Mötets öppnande', '', `Ordförande ${board[0].p.last} öppnade mötet.`, '', '## §2 Medlemsärenden', ''];
  N.surname(board[0].p.last);
  for (let i = 0; i < 22; i++) {
    const m = member(rng);
    md.push(rng.pick([() => `- Ansökan om medlemskap från ${NM(R, m.p, 'full', 'running-text')}, ${farmNm(R, m)} (${idCell(R, N, m)}) – **beviljas**.`,
      () => `- Utträde: ${NM(R, m.p, 'surname-first')} (medlemsnr ${N.id('member-number', m.no)}), insats ${N.amount(`${kr(rng, 5000, 60000)} kr`)} återbetalas ${rng.int(2027, 2031)}.`,
      () => `- Dödsbo efter ${NM(R, m.p, 'full', 'deceased')}: medlemskapet övergår till ${NM(R, kin(rng, m.p), 'full', 'heir')}.`])());
  }
  md.push('', '## §3 Ekonomi', '', `Resultat jan–aug ${N.amount('4,2 mkr')}. Föreningens org.nr ${R.n('personnummer', 'organisationsnummer', W.o.orgnr)}.`, '', `Vid protokollet: ${board[1].p.full}`, `Justeras: ${board[2].p.full}`);
  C.put(file, md.join('\n'));
}

function reskontra(C) {
  const file = 'lantbruk/kundreskontra_nov.xlsx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const creator = NM(R, W.staff[1].p, 'full', 'xlsx-creator');
  const open = [['Kundnr', 'Kund', 'Org.nr/Pnr', 'Faktura', 'OCR', 'Förfaller', 'Belopp', 'Kontakt']];
  for (let i = 0; i < 120; i++) {
    const m = member(rng);
    open.push([N.id('customer-number', m.no), m.ab ? R.n('name', 'company', `${m.p.last}s Lantbruk AB`) : NM(R, m.p, rng.pick(['surname-first', 'surname-first-caps', 'full'])), idCell(R, N, m), N.id('invoice-number', num(rng, 8)), N.id('ocr', ocr(rng, 14)),
      N.date(date(rng, '2026-10-01', '2026-12-31')), Number(`${rng.int(500, 250000)}.${rng.digits(2)}`), rng.chance(0.5) ? T(R, 'phone', m.ph) : '']);
  }
  const ink = [['Kund', 'Skuld', 'Inkassobolag', 'Ärende', 'Handläggare']];
  for (let i = 0; i < 20; i++) { const m = member(rng); ink.push([NM(R, m.p, 'full'), N.amount(kr(rng, 3000, 90000)), R.n('name', 'company', rng.pick(['Intrum', 'Lowell', 'Svea Inkasso'])), N.id('case-number', num(rng, 9)), NM(R, rng.pick(W.staff).p, 'full', 'staff')]); }
  putW(C, file, xlsx([{ name: 'Öppna poster', rows: open }, { name: 'Inkasso', rows: ink }], { creator }));
}

function webshop(C) {
  const file = 'lantbruk/webbshop_ordrar.ndjson'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 90; i++) {
    const m = member(rng);
    const o = { orderId: N.id('order-number', `WO${num(rng, 7)}`), placed: `${date(rng)}T${hms(rng)}+01:00`, customer: { memberNo: N.id('member-number', m.no), name: NM(R, m.p, rng.pick(['full', 'full', 'lower'])), email: T(R, 'email', m.em) },
      delivery: { farm: farmNm(R, m), village: rng.pick(VILLAGES), contactPhone: T(R, 'phone', m.ph), note: rng.pick(['', 'Ring innan', 'Lossa vid ladan', 'Grind kod ' + rng.digits(4)]) },
      lines: [{ sku: N.id('article-number', `${num(rng, 6)}`), name: rng.pick(PRODUCTS), qty: rng.int(1, 40) }], clientIp: T(R, 'ip', ipVal(rng)) };
    lines.push(JSON.stringify(o));
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function radgivning(C) {
  const file = 'lantbruk/radgivare_anteckningar.txt'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const adv = W.staff[3]; const out = [`rådgivning växtodling – ${NM(R, adv.p, 'lower', 'lower')} – anteckningar 2026`, ''];
  for (let i = 0; i < 130; i++) {
    const m = member(rng); const d = date(rng, '2026-03-01', '2026-11-20');
    out.push(`${N.date(slashDate(d))} ${rng.pick([() => `besök ${farmNm(R, m)}, ${NM(R, m.p, 'lower', 'lower')}. svartrost i höstvetet, rek. fungicid. ring tillbaka ${T(R, 'phone', m.ph)}`,
      () => `tel m ${NM(R, m.p, 'full', 'running-text')} ang kvävegiva, ${rng.int(120, 200)} kg N/ha`, () => `pratat m ${N.lone(m.p.first)} på ${farmNm(R, m)} – vill ha markkartering, skickar offert ${N.id('quote-number', `OF-${num(rng, 5)}`)}`,
      () => `${NM(R, m.p, 'surname-first-nocomma')} har fått ny mejl: ${T(R, 'email', m.em)}`, () => `enl. sonen ${NM(R, kin(rng, m.p), 'full', 'running-text')} är fadern sjuk, ta kontakt efter jul`])()}`);
  }
  C.put(file, out.join('\n'));
}

export default function build(C) {
  register(C); leveranser(C); kontrakt(C); sms(C); skiften(C); avrakning(C); utskick(C); vagning(C); ics(C); protokoll(C); reskontra(C); webshop(C); radgivning(C);
}
