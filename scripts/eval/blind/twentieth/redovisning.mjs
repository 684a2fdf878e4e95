// Accounting bureau doing private tax returns (redovisning/): client register with spouses, K4 basis workbook, two bank
// statements with Swish lines, client mail threads with attachments, powers of attorney (.docx), a return summary
// (.pdf), a Jira Service Management export, call notes, a K5 XML export, the client portal log, a nested archive zip.
import { Rng, person, people, kin, nameStyle, pnr, phone, email, workEmail, date, dotDate, hhmm, hms, isoTs, ipVal, org, at, nears, footer, fastighet, clearing, account,
  csv, xlsx, docx, mbox, rfcDate, mboxDate, pdfLines, jsonText, xmlEsc, svDate, num, alnum, hex, ocr, iban, greetLone, LONE, LOOKALIKE, amount, sloppy, zip, street, postcode, CITIES } from './core.mjs';

const DIR = 'redovisning';
const rng = new Rng('redovisning');
const O = org(rng, { name: 'Ekonomibyrån Siffran & Co AB', domain: 'siffranco.se', area: '31', roles: ['info', 'deklaration', 'noreply', 'klientportal', 'ekonomi'] });
const STAFF = people(rng, 7, { cp1252: true, middle: 0 }).map((p, i) => ({ ...p, title: i < 4 ? 'redovisningskonsult' : i < 6 ? 'skattekonsult' : 'byråchef', mail: workEmail(p, O.domain), direct: phone(rng, 'landline', rng.pick(['grouped', 'dash'])) }));
const SEC = ['Investor B', 'Volvo B', 'Ericsson B', 'SEB A', 'Avanza Zero', 'Länsförsäkringar Global Indexnära', 'Evolution', 'Hennes & Mauritz B', 'Axel Johnson AB pref', 'Bitcoin (BTC)'];
const clientNo = () => `K${num(rng, 5)}`;

const CLIENTS = Array.from({ length: 130 }, () => {
  const a = person(rng, { cp1252: true, middle: 0.15 }); const s = rng.chance(0.6) ? person(rng, { cp1252: true }) : null;
  return { a, s, no: clientNo(), pa: pnr(rng, { minYear: 1940, maxYear: 2001, samord: rng.chance(0.03) }), ps: pnr(rng, { minYear: 1940, maxYear: 2001 }), ph: phone(rng), em: email(rng, a), ems: s ? email(rng, s) : null, phs: phone(rng, 'mobile'), staff: rng.pick(STAFF) };
});

function klientCsv(C) {
  const R = at(C, `${DIR}/klientregister_2026.csv`); const N = nears(R, rng);
  const rows = [['Klientnr', 'Namn', 'Personnummer', 'Make/maka/sambo', 'Pnr make/maka', 'Telefon', 'E-post', 'Clearing', 'Konto', 'Uppdrag', 'Arvode', 'Handläggare']];
  for (const c of CLIENTS.slice(0, 90)) {
    rows.push([N.id('client-no', c.no), R.nm(c.a, rng.pick(['surname-first', 'surname-first', 'full', 'surname-first-caps'])), R.pn(c.pa), c.s ? R.nm(c.s, rng.pick(['full', 'surname-first'])) : '', c.s ? R.pn(c.ps) : '', R.ph(c.ph), R.em(c.em),
      N.id('clearing', clearing(rng)), N.id('account-no', account(rng)), rng.pick(['Dekl. privat', 'Dekl. + K4', 'Dekl. + K5 bostad', 'Dekl. + enskild firma', 'Dödsbo']), N.amount(amount(rng, 900, 6500)), R.nm(c.staff, 'short', 'staff')]);
  }
  const f = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(R.file, f.bytes, f.text);
}

function k4Xlsx(C) {
  const R = at(C, `${DIR}/K4_underlag_inkomstar_2025.xlsx`); const N = nears(R, rng);
  const sheet = (name, kind) => {
    const rows = [[`K4 avsnitt ${kind} – underlag`], ['Klient', 'Personnummer', 'Värdepapper', 'Antal', 'Försäljningspris', 'Omkostnadsbelopp', 'Vinst/förlust', 'Kommentar']];
    for (const c of rng.shuffle(CLIENTS).slice(0, 28)) {
      const sale = rng.int(5000, 400000); const cost = rng.int(3000, 380000);
      rows.push([R.nm(c.a, rng.pick(['full', 'surname-first'])), R.pn(c.pa), N.look('product', rng.pick(SEC)), rng.int(1, 900), sale, cost, sale - cost, rng.pick([() => '', () => 'Genomsnittsmetoden', () => `Ärvt efter ${R.nm(kin(rng, c.a), 'full', 'deceased')}`, () => `Schablon 20 % – ${N.lone(c.staff.first)} kollar`])()]);
    }
    return { name, rows };
  };
  const f = xlsx([sheet('A Aktier', 'A'), sheet('C Fonder', 'C'), sheet('D Krypto', 'D')], { creator: R.nm(STAFF[4], 'full', 'xlsx-creator') }); C.put(R.file, f.bytes, f.text);
}

function kontoutdrag(C) {
  const specs = [{ file: 'kontoutdrag_sparkonto_2025_klient_K-A.csv', sep: ';', enc: 'cp1252', title: true }, { file: 'transaktioner_2025-01-01_2025-12-31.csv', sep: ',', enc: 'utf8', title: false }];
  for (const sp of specs) {
    const R = at(C, `${DIR}/${sp.file}`); const N = nears(R, rng); const c = rng.pick(CLIENTS);
    const rows = sp.title ? [[`Kontoutdrag – ${R.nm(c.a)}`], [`Clearingnr ${N.id('clearing', clearing(rng))} Kontonr ${N.id('account-no', account(rng))}`], [`IBAN ${N.id('iban', iban(rng))}  BIC ${N.id('bic', rng.pick(['SWEDSESS', 'ESSESESS', 'HANDSESS', 'NDEASESS']))}`], [], ['Bokföringsdag', 'Transaktionsdag', 'Text', 'Belopp', 'Saldo']]
      : [['Datum', 'Kategori', 'Beskrivning', 'Belopp', 'Saldo', 'Referens']];
    let bal = rng.int(5000, 90000);
    for (let i = 0; i < 120; i++) {
      const day = date(rng, '2025-01-01', '2025-12-31'); const amt = rng.int(-9000, 9000); bal += amt;
      const p = person(rng, { cp1252: sp.enc === 'cp1252' });
      const text = rng.pick([
        () => `Swish ${amt > 0 ? 'från' : 'till'} ${R.nm(p, 'caps')} ${R.ph(phone(rng, 'mobile', 'compact'))}`, () => `Swish ${amt > 0 ? 'från' : 'till'} ${R.nm(p, rng.pick(['full', 'caps']))}`,
        () => `Lön ${N.look('company', rng.pick(LOOKALIKE.company))}`, () => `BG ${N.id('bankgiro', `${rng.int(100, 9999)}-${num(rng, 4)}`)} OCR ${N.id('ocr', ocr(rng))}`, () => `Kortköp ${rng.pick(['ICA Kvantum', 'Systembolaget', 'SJ', 'Clas Ohlson'])}`,
        () => `Överföring ${N.id('account-no', account(rng))}`, () => `Utdelning ${N.look('product', rng.pick(SEC))}`, () => `Hyra ${R.nm(p, 'surname-first-caps')}`])();
      const a = `${amt},${rng.pick(['00', '50', String(rng.int(10, 99))])}`; const b = `${bal},00`;
      rows.push(sp.title ? [day, day, text, a, b] : [day, rng.pick(['Överföring', 'Swish', 'Kort', 'Inkomst']), text, a, b, N.id('transaction-ref', `TX${hex(rng, 10).toUpperCase()}`)]);
    }
    const f = csv(rows, { sep: sp.sep, enc: sp.enc, bom: !sp.title }); C.put(R.file, f.bytes, f.text);
  }
}

function klientMbox(C) {
  const R = at(C, `${DIR}/deklarationsmejl_2026.mbox`); const N = nears(R, rng);
  const msgs = [];
  for (const c of CLIENTS.slice(40, 74)) {
    const s = c.staff; const day = date(rng, '2026-02-15', '2026-05-02'); const em = R.em(c.em); R.t('name', c.a.full, 'header-display');
    const att = [];
    if (rng.chance(0.35)) { const rows = [['Datum', 'Värdepapper', 'Antal', 'Belopp']]; for (let k = 0; k < 8; k++) rows.push([N.date(date(rng, '2025-01-01', '2025-12-31')), N.look('product', rng.pick(SEC)), String(rng.int(1, 300)), N.amount(amount(rng, 1000, 90000))]); att.push({ name: 'avanza_transaktioner_2025.csv', type: 'text/csv', data: csv(rows, { sep: ';' }).text }); }
    const body = rng.pick([() => `Hej ${N.lone(s.first)}!\n\nHär kommer underlagen för i år. Vi sålde lägenheten (${N.id('property-designation', fastighet(rng))}) i augusti, köpare var ${R.nm(person(rng))}.\n${c.s ? `${R.nm(c.s)} (${R.pn(c.ps)}) ägde hälften.` : ''}\n\nHälsningar\n${R.nm(c.a, 'full', 'signature')}\n${R.ph(c.ph)}`,
      () => `Hej,\n\nSkatteverket skriver att jag ska betala ${N.amount(amount(rng, 2000, 40000))} i kvarskatt?? Mitt pnr ${R.pn(c.pa)}. Kan ni titta på det.\n\n/${R.nm(c.a, 'lower', 'lower')}`,
      () => `Hello ${N.lone(s.first)},\n\nI moved to Sweden in ${rng.int(2019, 2024)} and my samordningsnummer is ${R.pn(pnr(rng, { samord: true, minYear: 1970, maxYear: 1998 }))}. Do I need to declare my flat in ${rng.pick(['Warsaw', 'Kyiv', 'Athens'])}?\n\nBest,\n${R.nm(c.a, 'full', 'signature')}\n${R.ph(phone(rng, 'foreign'))}`])();
    msgs.push({ from: [c.a.full, em], to: [[s.full, s.mail]], cc: c.s && c.ems ? [[c.s.full, R.em(c.ems)]] : [], subject: rng.pick(['Deklaration 2026', 'Underlag', 'Kvarskatt?', 'Question about tax return']), date: rfcDate(day, `${hhmm(rng)}:00`), id: `${alnum(rng, 18)}@${c.em.value.split('@')[1]}`, text: body, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: mboxDate(day), attachments: att });
    R.t('name', s.full, 'header-display'); R.t('email', s.mail, 'staff-work'); if (c.s && c.ems) R.t('name', c.s.full, 'header-display');
    if (rng.chance(0.55)) msgs.push({ from: [s.full, s.mail], to: [[c.a.full, em]], subject: 'SV: deklaration', date: rfcDate(day, '11:20:00'), id: `${alnum(rng, 18)}@${O.domain}`, mboxDate: mboxDate(day, '11:20:00'), enc: 'qp',
      text: `${greetLone(R, rng, N, c.a.first)}\n\nTack, jag har fått underlagen. Klientnummer ${N.id('client-no', c.no)}. Jag skickar fullmakt för signering med BankID.\n\nVänliga hälsningar\n${R.nm(s, 'full', 'staff')}, ${s.title}\nDirekt ${R.t('phone', s.direct.value, 'staff-direct')}\n${footer(R, O, ['orgnr', 'switchboard'])}\n\n${c.a.full} skrev:\n${body.split('\n').map((l) => `> ${l}`).join('\n')}` });
  }
  const f = mbox(msgs); C.put(R.file, f.bytes, f.text);
}

function fullmaktDocx(C) {
  for (const c of CLIENTS.slice(100, 102)) {
    const R = at(C, `${DIR}/fullmakt_deklarationsombud_${c.no}.docx`); const N = nears(R, rng);
    const w = person(rng);
    const b = [{ h: 'Fullmakt – deklarationsombud' }, { runs: ['Härmed ger jag, ', R.nm(c.a), ', personnummer ', R.pn(c.pa), ', ', R.nm(c.staff, 'full', 'staff'), ' vid ', O.name, ' (org.nr ', N.id('organisationsnummer', O.orgnr, 'personnummer'), ') rätt att företräda mig i deklarationsärenden.'] },
      `Fullmakten gäller från ${N.date(svDate('2026-02-01'))} och tills vidare.`, { table: [['Fullmaktsgivare', R.nm(c.a, 'caps')], ['Adress', `${N.street(street(rng))}, ${N.postcode(postcode(rng))} ${rng.pick(CITIES)}`], ['Telefon', R.ph(c.ph)], ['Bevittnas av', R.nm(w)]] },
      `Ort och datum: ${rng.pick(CITIES)}, ${N.date('2026-02-03')}`, `Underskrift: ____________________  ${R.nm(c.a, 'surname-first')}`];
    const f = docx(b, { creator: R.nm(c.staff, 'full', 'docx-creator') }); C.put(R.file, f.bytes, f.text);
  }
}

function sammanPdf(C) {
  const R = at(C, `${DIR}/deklarationer_sammanstallning_inkomstar_2025.pdf`); const N = nears(R, rng);
  const lines = [{ text: 'Sammanställning inlämnade deklarationer – inkomstår 2025', bold: true, size: 13 }, footer(R, O, ['orgnr']), ''];
  for (const c of CLIENTS.slice(74, 100)) {
    lines.push({ text: `${R.nm(c.a, rng.pick(['surname-first', 'caps', 'full']))}  ${R.pn(c.pa)}`, bold: true }, `  Klient ${N.id('client-no', c.no)}   Handläggare ${R.nm(c.staff, 'full', 'staff')}   Inlämnad ${N.date(dotDate(date(rng, '2026-03-01', '2026-05-04')))}`,
      `  Överskott tjänst ${N.amount(amount(rng, 200000, 900000))}  Kapital ${N.amount(amount(rng, 0, 80000))}  Beräknad skatt ${N.amount(amount(rng, 50000, 300000))}`, ...(c.s ? [`  Make/maka: ${R.nm(c.s)} ${R.pn(c.ps)}`] : []), '');
  }
  const f = pdfLines(lines, { per: 46, title: 'Sammanställning' }); C.put(R.file, f.bytes, f.text);
}

function jiraJson(C) {
  const R = at(C, `${DIR}/jira_servicemanagement_DEKL.json`); const N = nears(R, rng);
  const issues = [];
  for (const c of CLIENTS.slice(0, 45)) {
    const day = date(rng, '2026-01-20', '2026-06-15'); const a = c.staff;
    issues.push({ key: N.id('ticket-no', `DEKL-${rng.int(10, 900)}`), fields: { summary: `${rng.pick(['Deklaration', 'K4', 'K5 bostad', 'Rot/rut', 'Dödsbo'])} – ${R.nm(c.a, rng.pick(['full', 'surname-first']))}`, created: `${day}T${hms(rng, 8, 17)}.000+0100`,
      reporter: { displayName: R.nm(c.a), emailAddress: R.em(c.em) }, assignee: { displayName: R.nm(a, 'full', 'staff'), emailAddress: R.t('email', a.mail, 'staff-work') }, status: { name: rng.pick(['Väntar på kund', 'Pågår', 'Klar']) },
      customfield_10050: R.pn(c.pa), customfield_10051: c.s ? R.nm(c.s) : null,
      comment: { comments: Array.from({ length: rng.int(1, 3) }, () => ({ author: { displayName: a.full }, created: `${day}T${hms(rng, 8, 17)}.000+0100`, body: rng.pick([() => `Ringde ${c.a.first}, saknar årsbesked från ${N.look('company', rng.pick(['Avanza', 'Nordnet', 'Swedbank']))}.`, () => `Kund vill ha återbetalning till ${N.id('clearing', clearing(rng))} ${N.id('account-no', account(rng))}.`, () => `Maken ${c.s ? R.nm(c.s) : R.nm(person(rng))} ringde, tel ${R.ph(c.phs)}`, () => `Uppgifter från förra året: ${N.badLuhn()} fel pnr i gamla systemet`])() })) } } });
    N.lone(c.a.first);
  }
  const t = jsonText({ expand: 'schema,names', startAt: 0, maxResults: 50, total: issues.length, issues }); C.put(R.file, t, t);
}

function telefonTxt(C) {
  const R = at(C, `${DIR}/telefonanteckningar_mars-april.txt`); const N = nears(R, rng);
  const out = [];
  for (const c of rng.shuffle(CLIENTS).slice(0, 70)) {
    const day = date(rng, '2026-03-01', '2026-04-30'); const s = c.staff;
    out.push(`${dotDate(day).slice(0, 5)} ${hhmm(rng)} ${s.first[0]}${s.last[0]}: ` + rng.pick([
      () => `ringde ${R.nm(c.a, rng.pick(['lower', 'full', 'caps']))} ${R.ph(c.ph)} ang k4, skickar avräkningsnotor`,
      () => `${R.nm(c.a, 'surname-first')} (${R.pn(c.pa)}) - fråga om ränteavdrag, ${c.s ? `delas m ${R.nm(c.s)}` : 'ensam'}`,
      () => `pratat m ${R.nm(c.a)}, dödsbo efter ${R.nm(kin(rng, c.a), 'full', 'deceased')} ${R.pn(pnr(rng, { minYear: 1930, maxYear: 1950 }))}. bouppteckning ej klar`,
      () => `mejl fr ${R.em(c.em)} – vill byta konto till ${N.id('iban', iban(rng))}`,
      () => `enl. ${R.nm(c.a)} har hen fått fel kontrolluppgift fr ${N.look('company', LOOKALIKE.company[6])} org ${N.orgnr()}. ring tbx ${R.ph(phone(rng, 'mobile'))}`,
      () => `hej, ${N.id('lower-intro', 'kundtjänst här', 'name')} – fel nummer, hänvisad. arvode 450 kr ${N.look('name-word', 'Per månad')} för bokföring enl. ${N.lower('mvh ekonomi')}`,
      () => `${c.a.first} ringde (hade inte klientnr), bad om ny tid. obs personnr ${N.badDate()} stämmer inte`,
    ])());
    if (out[out.length - 1].includes(`${c.a.first} ringde (`)) N.lone(c.a.first);
  }
  const t = out.join('\n'); C.put(R.file, t, t);
}

function k5Xml(C) {
  const R = at(C, `${DIR}/K5_bostadsforsaljning_export.xml`); const N = nears(R, rng);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Blanketter xmlns="http://example.siffranco.se/k5" inkomstar="2025">'];
  for (const c of CLIENTS.slice(102, 130)) {
    const buyer = person(rng);
    out.push(`  <Blankett typ="K5" id="${N.id('form-id', num(rng, 8))}">`, `    <Saljare><Namn>${xmlEsc(R.nm(c.a))}</Namn><Personnummer>${R.pn(c.pa)}</Personnummer><Andel>${c.s ? '50' : '100'}</Andel></Saljare>`,
      ...(c.s ? [`    <Saljare><Fornamn>${xmlEsc(c.s.given)}</Fornamn><Efternamn>${xmlEsc(c.s.last)}</Efternamn><Personnummer>${R.pn(c.ps)}</Personnummer><Andel>50</Andel></Saljare>`] : []),
      `    <Bostad brf="${xmlEsc(N.look('company', `Brf ${rng.pick(['Lärkan', 'Hästhoven', 'Gläntan'])} ${rng.int(1, 12)}`))}" orgnr="${N.orgnr()}" lgh="${N.id('apartment-no', String(rng.int(1001, 1404)))}"/>`,
      `    <Forsaljningspris>${rng.int(900000, 6500000)}</Forsaljningspris><Inkopspris>${rng.int(500000, 4000000)}</Inkopspris><Kopare>${xmlEsc(R.nm(buyer))}</Kopare>`, '  </Blankett>');
    if (c.s) R.j(c.s.given, c.s.last);
  }
  out.push('</Blanketter>');
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function portalLog(C) {
  const R = at(C, `${DIR}/klientportal_inloggning.log`); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 240; i++) {
    const c = rng.pick(CLIENTS); const day = date(rng, '2026-02-01', '2026-05-10');
    const ip = R.ip(ipVal(rng));
    out.push(`${JSON.stringify({ '@timestamp': isoTs(rng, day), level: rng.pick(['info', 'info', 'warn']), event: rng.pick(['login', 'upload', 'download', 'sign']), user: R.em(c.em), ip, doc: rng.chance(0.4) ? `${N.id('document-id', `D-${num(rng, 7)}`)}.pdf` : undefined, server: N.server(O.servers[rng.int(0, 1)]) })}`);
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function arkivZip(C) {
  const file = `${DIR}/klientarkiv_2024.zip`; const R = at(C, file); const N = nears(R, rng);
  const notes = [];
  for (const c of CLIENTS.slice(90, 110)) notes.push(`${N.date(date(rng, '2024-02-01', '2024-05-02'))} ${R.nm(c.a)} ${R.pn(c.pa)} – ${rng.pick(['klar', 'väntar K4', 'anstånd beviljat'])}; tel ${R.ph(c.ph)}`);
  const rows = [['Klientnr', 'Förnamn', 'Efternamn', 'E-post']];
  for (const c of CLIENTS.slice(110, 130)) { rows.push([N.id('client-no', c.no), c.a.given, c.a.last, R.em(c.em)]); R.j(c.a.given, c.a.last); }
  const inner = csv(rows, { sep: ',' });
  const innerZip = zip([{ name: 'klienter_2024.csv', data: inner.bytes }]);
  const outer = zip([{ name: 'anteckningar_2024.txt', data: notes.join('\r\n') }, { name: 'export/klienter_2024.zip', data: innerZip }]);
  C.put(file, outer, `${notes.join('\n')}\n${inner.text}`);
}

export default function build(C) {
  klientCsv(C); k4Xlsx(C); kontoutdrag(C); klientMbox(C); fullmaktDocx(C); sammanPdf(C); jiraJson(C); telefonTxt(C); k5Xml(C); portalLog(C); arkivZip(C);
}
