// Eighteenth blind set — a photo studio and print shop, "Ljusbild Ateljé & Tryck AB" (foto/): school photo lists with
// children and guardians (.xlsx, one sheet per class), guardians' web orders (CSV, quoted), an exiftool JSON dump of a
// wedding shoot (Artist, Copyright, Keywords with people's names), the print queue log (customers' names in file names),
// web-shop orders (Shopify-shaped NDJSON), the booking mailbox (mbox), proof approvals (HTML-only .eml), the studio
// calendar (.ics), invoices (.pdf), publication consents (.docx), an archive (.zip with a zip inside) and the
// business-customer register (cp1252 `;`).
import { Rng, person, crowd, people, kin, nameAs, NM, T, pnr, phone, email, workEmail, ipVal, org, footer, role, server, nears,
  csv, xlsx, zip, mbox, docx, pdfLines, jsonText, txt, xml, html, put, date, dotDate, hhmm, hms, isoTs, num, safe, alnum, hex, uuid, street, postcode, CITIES,
  rfcDate, mboxDate, hdr, quote, toHtml, htmlToText, htmlEml, folded, LONE, LOOKALIKE, p2, cp1252ok, X, compactDate, kr, ocr, makeOrgnr, letters, ascii } from './core.mjs';

const O = (rng) => org(rng, { name: 'Ljusbild Ateljé & Tryck AB', domain: 'ljusbild.se', area: '31', roles: ['bokning', 'info', 'noreply', 'skolfoto', 'order'] });
const SCHOOL = 'Ekbackeskolan';
const photoCode = (rng) => `EKB-${rng.int(1, 9)}${rng.pick(['A', 'B', 'C'])}-${String(rng.int(1, 9999)).padStart(4, '0')}-${letters(rng, 2)}`;
const PKG = ['Paket S (1 porträtt)', 'Paket M (porträtt + gruppbild)', 'Paket L (allt digitalt)', 'Syskonbild', 'Endast gruppbild'];
const plain = (p) => cp1252ok(p.full);

export default function build(C) {
  const g = new Rng('foto/org'); const o = O(g);
  const staff = people(g, 8, { middle: 0, cp1252: true });
  schoolList(C, o, staff); schoolOrders(C, o); exif(C, o, staff); printLog(C, o, staff); shopOrders(C, o); bookingMail(C, o, staff); proofs(C, o, staff);
  calendar(C, o, staff); invoices(C, o, staff); consents(C, o, staff); archive(C, o, staff); businessCustomers(C, o, staff);
}

function schoolList(C, o, staff) {
  const file = `foto/skolfoto/fotolista_${SCHOOL}_HT2026.xlsx`; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const sheets = [];
  for (const cls of ['1A', '3A', '4B', '6A']) {
    const rows = [[`${SCHOOL} – klass ${cls} – fotografering ${dotDate(date(rng, '2026-09-07', '2026-09-18'))}`], ['Förnamn', 'Efternamn', 'Fotokod', 'Vårdnadshavare 1', 'VH1 mobil', 'VH1 e-post', 'Vårdnadshavare 2', 'VH2 mobil', 'Publicering OK', 'Anm']];
    for (const c of people(rng, rng.int(20, 26), { middle: 0.05 })) {
      C.joined(file, c.given, c.last, 'split-joined');
      const g1 = kin(rng, c); const g2 = rng.chance(0.6) ? (rng.chance(0.7) ? kin(rng, c) : person(rng, { origin: c.origin, middle: 0 })) : null;
      rows.push([c.given, c.last, nm.id('photo-code', photoCode(rng)), NM(R, g1, rng.chance(0.2) ? 'surname-first' : 'full', 'guardian'), T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'dash']))),
        rng.chance(0.8) ? T(R, 'email', email(rng, g1)) : '', g2 ? NM(R, g2, 'full', 'guardian') : '', g2 && rng.chance(0.7) ? T(R, 'phone', phone(rng, 'mobile')) : '', rng.pick(['Ja', 'Ja', 'Nej', 'Ej svar']),
        rng.weighted([['', 12], ['skyddad id – ej i katalog', 1], ['syskon i 4B', 1], ['glasögon', 1]])]);
    }
    sheets.push({ name: `Klass ${cls}`, rows });
  }
  put(C, file, xlsx(sheets, { creator: NM(R, staff[0], 'full', 'xlsx-creator') }));
}

function schoolOrders(C, o) {
  const file = 'foto/skolfoto/bestallningar_webb_2026-10.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Order', 'Skapad', 'Fotokod', 'Elev', 'Beställare', 'E-post', 'Telefon', 'Paket', 'Belopp', 'Betalreferens', 'Leveransadress', 'Meddelande']];
  for (const c of crowd(rng, 90)) {
    const g1 = kin(rng, c);
    const msg = rng.weighted([['', 8], ['ML', 1], ['LONE', 1], ['SIB', 1]]);
    let m = '';
    if (msg === 'ML') m = `Hej!\nKan ni retuschera bort plåstret i pannan?\nTack, ${g1.first}`;
    if (msg === 'LONE') m = `Samma paket som ${nm.lone(rng.pick(LONE))}s syskon`;
    if (msg === 'SIB') m = `Syskon: ${NM(R, kin(rng, c), 'full', 'running-text')} klass ${rng.int(1, 6)}${rng.pick(['A', 'B'])}`;
    if (msg === 'ML') nm.lone(g1.first);
    rows.push([nm.id('order-number', `LB${num(rng, 6)}`), `${date(rng, '2026-10-01', '2026-10-31')}T${hms(rng)}`, nm.id('photo-code', photoCode(rng)), NM(R, c, 'full', 'child'), NM(R, g1, 'full', 'guardian'),
      T(R, 'email', email(rng, g1)), rng.chance(0.6) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'e164', 'intl']))) : '', rng.pick(PKG), nm.amount(`${kr(rng, 149, 699)} SEK`), nm.id('payment-ref', `pi_${alnum(rng, 20)}`),
      `${street(rng)}, ${postcode(rng)} ${rng.pick(CITIES)}`, m]);
  }
  put(C, file, csv(rows, { sep: ',', quoteAll: true }));
}

function exif(C, o, staff) {
  const file = 'foto/exif/exiftool_brollop_2026-08-22.json'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const [a, b] = people(rng, 2); const guests = people(rng, 45);
  const ph = staff[1]; const ph2 = staff[4];
  const folder = `Bröllop ${a.last}-${b.last}`;
  nm.surname(a.last); nm.surname(b.last);
  const arr = [];
  for (let i = 0; i < 50; i++) {
    const who = rng.pick([ph, ph2]);
    const inPic = rng.chance(0.5) ? [a, b] : [rng.pick(guests), ...(rng.chance(0.5) ? [rng.pick(guests)] : [])];
    const e = { SourceFile: `D:/Jobb/2026/${folder}/${rng.pick(['IMG', 'LB2'])}_${4000 + i}.CR3`, ExifToolVersion: 12.76, FileSize: `${rng.int(22, 38)} MB`, Make: 'Canon', Model: rng.pick(['Canon EOS R5', 'Canon EOS R6m2']),
      SerialNumber: nm.id('serial-number', num(rng, 12)), LensModel: rng.pick(['RF24-70mm F2.8 L IS USM', 'RF85mm F1.2 L USM']), DateTimeOriginal: `2026:08:22 ${hms(rng)}`,
      Artist: NM(R, who, 'full', 'exif-artist'), Copyright: `© 2026 ${NM(R, who, 'full', 'exif-copyright')} / Ljusbild Ateljé`, OwnerName: NM(R, who, 'full', 'exif-owner'),
      Keywords: inPic.map((p) => NM(R, p, 'full', 'exif-keyword')).concat(rng.pick([['vigsel'], ['mingel'], ['porträtt', 'brudpar'], ['middag']])),
      GPSPosition: `${57 + rng.int(0, 1)} deg ${rng.int(0, 59)}' ${rng.int(0, 59)}.${rng.digits(2)}" N, ${11 + rng.int(0, 1)} deg ${rng.int(0, 59)}' ${rng.int(0, 59)}.${rng.digits(2)}" E`,
      ImageUniqueID: hex(rng, 32) };
    if (rng.chance(0.15)) e.ImageDescription = `${inPic.map((p) => NM(R, p, 'short', 'exif-description')).join(' och ')} vid ${nm.lookalike('place')}`;
    arr.push(e);
  }
  put(C, file, txt(jsonText(arr, 2)));
}

function printLog(C, o, staff) {
  const file = 'foto/tryck/printko_2026-11.log'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = [];
  const printers = [['EPSON-SC-P9500', o.servers[0]], ['Noritsu-QSS', o.servers[1]]];
  for (const p of crowd(rng, 260)) {
    const s = rng.pick(staff); const [pr, ip] = rng.pick(printers);
    const k = rng.weighted([['file', 6], ['cust', 3], ['err', 1]]);
    const ts = `${date(rng, '2026-11-01', '2026-11-24')} ${hms(rng)}`;
    const job = nm.id('job-id', `J${num(rng, 6)}`);
    if (k === 'file') L.push(`${ts} [${pr}@${R.n('ip', 'server-ip', ip)}] job=${job} user=${ascii(s.first).slice(0, 3)}${ascii(s.last).replace(/[^a-z]/g, '').slice(0, 3)} file="${rng.pick(['Porträtt', 'Passfoto', 'Student', 'Familj'])} - ${NM(R, p, 'full', 'file-name')} - ${p2(rng.int(1, 40))}.jpg" media=${rng.pick(['13x18 glansig', '20x30 matt', 'A3 fine art', '10x15'])} copies=${rng.int(1, 6)}`);
    else if (k === 'cust') L.push(`${ts} [${pr}] job=${job} customer="${NM(R, p, rng.chance(0.4) ? 'surname-first' : 'full', 'log-user')}" order=${nm.id('order-number', `LB${num(rng, 6)}`)} tel=${T(R, 'phone', phone(rng, 'mobile', 'compact'))} status=PRINTED`);
    else L.push(`${ts} [${pr}] job=${job} ERROR paper jam tray 2, operator ${NM(R, s, 'short', 'staff')} notified`);
  }
  put(C, file, txt(`${L.sort().join('\n')}\n`));
}

function shopOrders(C, o) {
  const file = 'foto/webshop/orders_2026-11.ndjson'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = [];
  for (const p of crowd(rng, 80)) {
    const em = T(R, 'email', email(rng, p));
    const ph = phone(rng, 'mobile', rng.pick(['e164', 'e164', 'intl', 'compact']));
    C.joined(file, p.given, p.last);
    const gift = rng.chance(0.3) ? person(rng, { middle: 0 }) : null;
    const props = rng.weighted([['none', 5], ['text', 2], ['lone', 2]]);
    const item = { id: Number(num(rng, 13)), title: rng.pick(['Fotokalender 2027', 'Canvastavla 40x60', 'Fotobok A4 liggande', 'Mugg med foto', 'Pussel 500 bitar']), quantity: rng.int(1, 3), price: kr(rng, 99, 899).replace(',', '.'), sku: nm.id('sku', `LB-${alnum(rng, 6)}`), properties: [] };
    if (props === 'text') item.properties.push({ name: 'Text', value: `Till ${nm.lone(rng.pick(LONE))} från oss alla ❤` });
    if (props === 'lone') { const a = rng.pick(LONE); const b = rng.pick(LONE); nm.lone(a); nm.lone(b); item.properties.push({ name: 'Text på tavlan', value: `${a} & ${b} ${rng.int(2019, 2026)}` }); }
    const obj = { id: Number(num(rng, 13)), name: nm.id('order-number', `#${rng.int(10000, 39999)}`), created_at: `${date(rng, '2026-11-01', '2026-11-24')}T${hms(rng)}+01:00`, email: em, phone: T(R, 'phone', ph),
      customer: { id: Number(num(rng, 13)), first_name: p.given, last_name: p.last, email: em, orders_count: rng.int(1, 9) },
      shipping_address: gift ? { name: NM(R, gift, 'full', 'shipping-name'), address1: street(rng), zip: nm.postcode(postcode(rng)), city: rng.pick(CITIES), phone: T(R, 'phone', phone(rng)) } : { name: NM(R, p, 'full', 'shipping-name'), address1: street(rng), zip: postcode(rng), city: rng.pick(CITIES), phone: ph.value },
      client_details: { browser_ip: T(R, 'ip', ipVal(rng)), user_agent: rng.pick(['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)', 'Mozilla/5.0 (Linux; Android 14; Pixel 8)']) },
      line_items: [item], total_price: kr(rng, 99, 1800).replace(',', '.'), gateway: rng.pick(['klarna', 'swish', 'stripe']) };
    if (gift && rng.chance(0.5)) obj.note = `Present till ${gift.first}, skicka utan prislapp`;
    if (obj.note) nm.lone(gift.first);
    L.push(JSON.stringify(obj));
  }
  put(C, file, txt(`${L.join('\n')}\n`));
}

function bookingMail(C, o, staff) {
  const file = 'foto/mail/bokning_inkorg.mbox'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const msgs = [];
  for (const p of people(rng, 28)) {
    const s = rng.pick(staff);
    const d = date(rng, '2026-08-01', '2026-11-24'); const time = `${hhmm(rng)}:${p2(rng.int(0, 59))}`;
    const addr = email(rng, p).value;
    const k = rng.weighted([['wed', 2], ['pass', 2], ['corp', 2], ['reply', 2]]);
    let from; let to = [['Ljusbild bokning', role(R, o)]]; let subject; let text; const att = [];
    if (k === 'wed') {
      const q = person(rng); from = hdr(R, p, addr); subject = 'Bröllopsfotografering sommaren 2027';
      text = `Hej!\n\nJag och min blivande man ${NM(R, q, 'full', 'running-text')} ska gifta oss ${rng.int(1, 28)} ${rng.pick(['juni', 'juli', 'augusti'])} 2027 i ${nm.lookalike('place')}. Har ni möjlighet? Vi vill ha fotograf från förberedelser till första dansen.\n\nRing gärna: ${T(R, 'phone', phone(rng, 'mobile'))}\n\n/${NM(R, p, 'short', 'signature')}`;
    } else if (k === 'pass') {
      from = hdr(R, p, addr, { style: rng.chance(0.3) ? 'lower' : 'full' }); subject = 'passfoto barn';
      const c = kin(rng, p);
      text = `hej kan jag boka passfoto för min son ${NM(R, c, 'full', 'child')} (${rng.int(1, 9)} år) på lördag? pnr ${T(R, 'personnummer', pnr(rng, { minYear: 2017, maxYear: 2024 }))} om ni behöver det\n${p.first}`;
      nm.lone(p.first);
    } else if (k === 'corp') {
      const firm = rng.pick(['Norrkust Revision AB', 'Västkustens Fastighetsförvaltning', 'Kobbe Advokatbyrå', 'Brännö Tandvård']);
      const list = people(rng, 6);
      from = hdr(R, p, `${addr.split('@')[0]}@${firm.split(' ')[0].toLowerCase()}.example`, { addrSub: 'work' }); subject = `Porträtt personal – ${firm}`;
      const rows = [['Namn', 'Titel', 'Mobil']];
      for (const q of list) rows.push([NM(R, q, 'full', 'csv-attachment'), rng.pick(['VD', 'Redovisningskonsult', 'Jurist', 'Tandhygienist']), T(R, 'phone', phone(rng, 'mobile', 'grouped'))]);
      const c = csv(rows, { sep: ';' });
      att.push({ name: 'personal_portratt.csv', type: 'text/csv; charset=utf-8', data: c.bytes, text: c.text });
      text = `Hej,\n\nVi vill boka porträttfotografering för sex medarbetare, se bifogad lista. Faktura till org.nr ${nm.orgnr()}, ref ${NM(R, p, 'full', 'running-text')}.\n\nMed vänlig hälsning\n${NM(R, p, 'full', 'signature')}\n${firm}\nTel ${T(R, 'phone', phone(rng, 'landline', 'dash'))} | Växel ${R.n('phone', 'switchboard', `031-${rng.int(60, 79)} ${rng.digits(2)} 00`)}`;
    } else {
      from = hdr(R, p, addr); to = [hdr(R, s, workEmail(s, 'ljusbild.se'), { addrSub: 'staff-work' })]; subject = `Re: Korrektur bröllop ${nm.id('order-number', `LB${num(rng, 6)}`)}`;
      const prev = `Hej ${p.first}!\nNu finns korrekturbilderna i galleriet: https://galleri.ljusbild.se/g/${alnum(rng, 10)} (lösen ${nm.id('password', alnum(rng, 8))})\n\nHälsningar\n${s.full}, fotograf\n${footer(R, o, ['switchboard', 'orgnr'])}`;
      nm.lone(p.first); R.t('name', s.full, 'signature');
      text = `Åh vad fina! Vi vill ha nr 12, 45 och 77 som canvas. Kan ni ta bort ${NM(R, person(rng, { middle: 0 }), 'full', 'running-text')} från bild 45 (ex-svåger...)?\n\n${NM(R, p, 'full', 'signature')}\n\n${s.full} <${workEmail(s, 'ljusbild.se')}> skrev ${dotDate(d)}:\n${quote(prev)}`;
    }
    const m = { from, to, subject, date: rfcDate(d, time), mboxDate: mboxDate(d, time), id: `${hex(rng, 24)}@${rng.pick(['mail.gmail.com', 'outlook.com'])}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), attachments: att };
    if (rng.chance(0.35)) { m.html = toHtml(text); m.htmlText = htmlToText(m.html); }
    msgs.push(m);
  }
  put(C, file, mbox(msgs));
}

function proofs(C, o, staff) {
  for (let k = 1; k <= 3; k++) {
    const file = `foto/mail/korrekturgodkannande_${k}.eml`; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
    const p = person(rng); const s = rng.pick(staff); const addr = email(rng, p).value; const d = date(rng, '2026-10-01', '2026-11-24');
    const kids = people(rng, rng.int(2, 4));
    const body = `<html><body><p>Hej ${X(nm.lone(p.first))},</p><p>Tack för ditt godkännande av korrekturen för order <b>${nm.id('order-number', `LB${num(rng, 6)}`)}</b>.</p><table border="1"><tr><th>Bild</th><th>Person</th><th>Format</th></tr>${kids.map((c, i) => `<tr><td>${i + 1}</td><td>${X(NM(R, c, 'full', 'html-table'))}</td><td>${rng.pick(['13x18', '20x30', 'digital'])}</td></tr>`).join('')}</table><p>Leverans till: ${X(NM(R, p, 'full', 'html'))}, ${X(street(rng))}, telefon ${T(R, 'phone', phone(rng))}</p><p>Vänliga hälsningar<br>${X(NM(R, s, 'full', 'signature'))}<br>Ljusbild Ateljé &amp; Tryck<br>${R.n('phone', 'switchboard', o.switchboard)}</p></body></html>`;
    R.t('name', p.full, 'header-display'); R.t('email', addr, 'header');
    put(C, file, htmlEml({ from: ['Ljusbild Ateljé', role(R, o, 2)], to: [[p.full, addr]], subject: 'Korrektur godkänd – tack!', date: rfcDate(d, `${hhmm(rng)}:00`), id: `${uuid(rng)}@ljusbild.se`, html: body, enc: k === 2 ? 'qp' : 'b64', hdrMode: k === 3 ? 'B' : 'Q' }));
  }
}

function calendar(C, o, staff) {
  const file = 'foto/bokningar/studiokalender_nov-dec.ics'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:Studio Ljusbild', 'X-WR-TIMEZONE:Europe/Stockholm'];
  for (const p of people(rng, 60)) {
    const s = rng.pick(staff); const d = compactDate(date(rng, '2026-11-01', '2026-12-20')); const h = rng.int(9, 17);
    L.push('BEGIN:VEVENT', `DTSTART:${d}T${p2(h - 1)}0000Z`, `DTEND:${d}T${p2(h)}0000Z`, `UID:${hex(rng, 26)}@google.com`,
      `SUMMARY:${rng.pick(['Familjefoto', 'Passfoto', 'Gravidfoto', 'Studentfoto', 'Företagsporträtt'])} – ${NM(R, p, rng.chance(0.3) ? 'surname-first-nocomma' : 'full', 'ics-summary')}`,
      `DESCRIPTION:Tel ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'spaced'])))}\\n${rng.chance(0.5) ? `Mejl ${T(R, 'email', email(rng, p))}\\n` : ''}Betalt ${nm.amount(`${kr(rng, 450, 3500)} kr`)} via Swish`,
      `ORGANIZER;CN=${NM(R, s, 'full', 'ics-cn')}:mailto:${R.t('email', workEmail(s, 'ljusbild.se'), 'staff-work')}`, `LOCATION:Studio 1\\, ${nm.look('street', 'Karl Johans torg')} 3`, 'STATUS:CONFIRMED', 'END:VEVENT');
  }
  L.push('END:VCALENDAR');
  // text: the unfolded lines with `\n` / `\,` as the file writes them
  put(C, file, folded(L));
}

function invoices(C, o, staff) {
  const file = 'foto/faktura/fakturor_2026-10.pdf'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const lines = [];
  for (const p of crowd(rng, 30, { cp1252: true })) {
    lines.push({ text: 'FAKTURA', size: 14, bold: true }, `Ljusbild Ateljé & Tryck AB · Org.nr ${nm.orgnr()} · Bankgiro ${nm.id('bankgiro', o.bg)}`, `Fakturanr ${nm.id('invoice-number', num(rng, 7))}   Fakturadatum ${nm.date(date(rng, '2026-10-01', '2026-10-31'))}   Förfallodag 30 dagar`,
      `Kund: ${NM(R, p, 'full', 'pdf')}`, `${street(rng)}   ${nm.postcode(postcode(rng))} ${rng.pick(CITIES)}`, `Er referens: ${rng.chance(0.5) ? NM(R, p, 'short', 'pdf') : '-'}   Vår referens: ${NM(R, rng.pick(staff), 'full', 'staff')}`,
      `${rng.pick(['Fotografering 2 h', 'Bröllopspaket Guld', 'Canvastavla 60x90', 'Retusch 10 bilder'])}   ${nm.amount(`${kr(rng, 500, 24000)} kr`)}`, `OCR ${nm.id('ocr', ocr(rng, 14))}`, '', '');
  }
  put(C, file, pdfLines(lines, { per: 50, title: 'Fakturor oktober' }));
}

function consents(C, o, staff) {
  const file = 'foto/samtycke/samtycke_publicering_2026.docx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const blocks = [{ h: 'Samtycke till publicering av bilder' }, `${o.name} vill använda bilder från fotograferingen på vår webbplats och i sociala medier. Samtycket kan återkallas via ${role(R, o, 1)}.`];
  const table = [['Barnets namn', 'Född', 'Vårdnadshavare', 'Personnummer VH', 'Samtycke', 'Datum']];
  for (const c of people(rng, 40)) {
    const g = kin(rng, c);
    table.push([NM(R, c, 'full', 'child'), nm.date(`${rng.int(2012, 2021)}-${p2(rng.int(1, 12))}-${p2(rng.int(1, 28))}`), NM(R, g, rng.chance(0.3) ? 'surname-first' : 'full', 'guardian'), T(R, 'personnummer', pnr(rng, { minYear: 1975, maxYear: 1995 })), rng.pick(['Ja', 'Ja', 'Nej', 'Endast intern']), dotDate(date(rng))]);
  }
  blocks.push({ table }, { runs: ['Ansvarig fotograf: ', NM(R, staff[2], 'full', 'staff'), ', ', T(R, 'phone', phone(rng, 'mobile', 'intl'))] });
  put(C, file, docx(blocks, { creator: NM(R, staff[2], 'full', 'docx-creator') }));
}

function archive(C, o, staff) {
  const file = 'foto/arkiv/kundmappar_2025.zip'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const idx = ['Kundmappar 2025 – index', ''];
  for (const p of people(rng, 60)) {
    const d = date(rng, '2025-01-10', '2025-12-20');
    const k = rng.pick([
      () => `${d} Bröllop ${NM(R, p, 'full', 'folder-name')} & ${NM(R, person(rng), 'full', 'folder-name')}/`,
      () => `${d} Familj ${nm.surname(p.last)}/`,
      () => `${d} Porträtt ${NM(R, p, 'full', 'folder-name')}/   (raderas ${d.slice(0, 4) === '2025' ? '2027' : '2028'}-01-01)`,
      () => `${d} Student ${NM(R, p, 'full', 'folder-name')} – ${nm.lookalike('place')}/`,
    ])();
    idx.push(k);
  }
  const notes = [['kund', 'telefon', 'e-post', 'anteckning']];
  for (const p of people(rng, 40)) notes.push([NM(R, p, 'full'), T(R, 'phone', phone(rng)), T(R, 'email', email(rng, p)), rng.pick(['vill ha råfiler', 'betalt', 'reklamation färger', 'hämtar själv'])]);
  const inner = csv(notes, { sep: ',' });
  const innerZip = zip([{ name: 'kundnoteringar_2025.csv', data: inner.bytes }]);
  const readme = `Arkiverat av ${NM(R, staff[3], 'full', 'staff')} ${dotDate('2026-01-15')}. Gallras enligt policy efter 24 månader.`;
  C.put(file, zip([{ name: 'INDEX.txt', data: idx.join('\r\n') }, { name: 'noteringar/noteringar.zip', data: innerZip }, { name: 'LASMIG.txt', data: readme }]), [idx.join('\n'), inner.text, readme].join('\n'));
}

function businessCustomers(C, o, staff) {
  const file = 'foto/kunder/foretagskunder_export.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Kundnr', 'Företag', 'Org.nr', 'Kontaktperson', 'Telefon', 'Mobil', 'E-post', 'Fakturaadress', 'Kundansvarig', 'Senaste order']];
  for (const p of crowd(rng, 100, { cp1252: true })) {
    const firm = `${rng.pick(['Nordkap', 'Saltholmen', 'Vinga', 'Hisingen', 'Kvarnby', 'Lilla Torg', 'Brunnsparken', 'Stigberget'])} ${rng.pick(['Bygg AB', 'Tandvård', 'Redovisning AB', 'Fastigheter', 'Event AB', 'Förskola', 'Konsult AB'])}`;
    const dom = firm.split(' ')[0].toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o');
    rows.push([nm.id('customer-number', `F${num(rng, 5)}`), firm, nm.orgnr(), NM(R, p, rng.chance(0.3) ? 'surname-first' : 'full', 'contact-person'), rng.chance(0.5) ? R.n('phone', 'switchboard', `0${rng.pick(['31', '8', '40'])}-${rng.int(10, 99)} ${rng.digits(2)} 00`) : T(R, 'phone', phone(rng, 'landline', 'dash')),
      rng.chance(0.7) ? T(R, 'phone', phone(rng, 'mobile', 'grouped')) : '', rng.chance(0.8) ? R.t('email', `${ascii(p.first).replace(/[^a-z]/g, '')}.${ascii(p.last).replace(/[^a-z]/g, '')}@${dom}.example`, 'work') : R.n('email', 'role-email', `info@${dom}.example`),
      `Box ${rng.int(100, 9999)}, ${nm.postcode(postcode(rng))} ${rng.pick(CITIES)}`, NM(R, rng.pick(staff), 'short', 'staff'), date(rng, '2025-01-01', '2026-11-20')]);
  }
  put(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}
