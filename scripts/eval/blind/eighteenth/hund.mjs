// Eighteenth blind set — a dog daycare and boarding kennel, "Tassarnas Hunddagis & Kennel" (hund/): owners and dogs
// (cp1252 `;`, chip numbers), pick-up authorisations (.xlsx), the daycare diary (Markdown), the owners' WhatsApp group
// export, vaccination records (JSON), kennel stays (.ics), the SMS log (CSV), invoices (.pdf), the mailbox (mbox),
// owners' vCards, a bite-incident report (.docx) and the booking site's access log.
import { Rng, person, crowd, people, kin, nameAs, NM, T, pnr, phone, email, workEmail, ipVal, org, footer, role, server, nears,
  csv, xlsx, zip, mbox, docx, pdfLines, jsonText, txt, xml, html, put, date, dotDate, hhmm, hms, isoTs, num, safe, alnum, hex, uuid, street, postcode, CITIES,
  rfcDate, mboxDate, hdr, quote, toHtml, htmlToText, folded, vcard, LONE, LOOKALIKE, p2, cp1252ok, X, compactDate, kr, ocr, slashDate } from './core.mjs';

const O = (rng) => org(rng, { name: 'Tassarnas Hunddagis & Kennel', domain: 'tassarna.se', area: '18', roles: ['info', 'bokning', 'noreply', 'faktura'] });
const DOGS = ['Sixten', 'Doris', 'Bamse', 'Luna', 'Milo', 'Selma', 'Ture', 'Hugo', 'Nala', 'Rufus', 'Greta', 'Otto', 'Molly', 'Frasse', 'Kaspian', 'Stina', 'Bosse', 'Zelda', 'Majken', 'Enzo', 'Alfons', 'Vilgot', 'Tindra', 'Kajsa'];
const BREEDS = ['labrador', 'golden retriever', 'tax', 'border collie', 'fransk bulldogg', 'cocker spaniel', 'jack russell', 'schäfer', 'chihuahua', 'blandras', 'lagotto', 'vizsla', 'shiba'];
const chip = (rng) => safe(() => `752098${rng.digits(9)}`);
const kennelName = (rng) => `${rng.pick(['Tassebo', 'Fjällglimtens', 'Skogsbrynets', 'Lerkrukans', 'Västanvinds'])} ${rng.pick(['Lilla My', 'Busige Bertil', 'Kung Oscar', 'Svarta Rosen', 'Glada Gunnar', 'Prinsessan Ronja'])}`;
const VETS = ['Djurkliniken Gränby', 'Evidensia Uppsala', 'AniCura Bagarmossen', 'Hundhälsan i Sävja'];

export default function build(C) {
  const g = new Rng('hund/org'); const o = O(g);
  const staff = people(g, 7, { middle: 0, cp1252: true });
  owners(C, o); pickups(C, o, staff); diary(C, o, staff); whatsapp(C, o, staff); vaccinations(C, o); stays(C, o, staff); smsLog(C, o); invoices(C, o, staff);
  mailbox(C, o, staff); cards(C, o); incident(C, o, staff); access(C, o);
}

/** A dog's name, recorded as a near-miss only when it is written (template or cell). */
function dog(rng, nm) { const n = rng.pick(DOGS); return { toString: () => nm.look('pet-name', n) }; }

function owners(C, o) {
  const file = 'hund/kundregister_hundar.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Kundnr', 'Förnamn', 'Efternamn', 'Personnr', 'Mobil', 'E-post', 'Hund', 'Kennelnamn', 'Ras', 'Chipnr', 'Född', 'Försäkring', 'Veterinär', 'Abonnemang']];
  for (const p of crowd(rng, 130, { cp1252: true })) {
    C.joined(file, p.given, p.last);
    rows.push([nm.id('customer-number', `T${num(rng, 5)}`), p.given, p.last, rng.chance(0.85) ? T(R, 'personnummer', pnr(rng, rng.chance(0.05) ? { old: true } : { minYear: 1950, maxYear: 2003 })) : nm.masked(),
      T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'dash', 'intl']))), rng.chance(0.85) ? T(R, 'email', email(rng, p)) : '', dog(rng, nm), rng.chance(0.3) ? nm.look('kennel-name', kennelName(rng)) : '',
      rng.pick(BREEDS), nm.id('chip-number', chip(rng)), nm.date(date(rng, '2012-01-01', '2026-05-01')), nm.id('insurance-number', `${rng.pick(['AGRIA', 'SVEDEA', 'IF'])}-${num(rng, 8)}`),
      nm.look('company', rng.pick(VETS)), rng.pick(['Heltid 5 d', '3 d/v', '2 d/v', 'Strö', 'Kennel'])]);
  }
  rows.push([], [footer(R, o, ['orgnr', 'bg', 'switchboard'])]);
  put(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}

function pickups(C, o, staff) {
  const file = 'hund/hamtning/hamtbehoriga_2026.xlsx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const a = [['Hund', 'Ägare', 'Ägare mobil', 'Hämtbehörig 1', 'Tel 1', 'Hämtbehörig 2', 'Tel 2', 'Lösenord vid hämtning', 'Uppdaterad']];
  for (const p of crowd(rng, 70)) {
    const h1 = rng.chance(0.6) ? kin(rng, p) : person(rng, { middle: 0 }); const h2 = rng.chance(0.4) ? person(rng, { middle: 0 }) : null;
    a.push([dog(rng, nm), NM(R, p, rng.chance(0.3) ? 'surname-first' : 'full', 'owner'), T(R, 'phone', phone(rng, 'mobile')), NM(R, h1, 'full', 'pick-up-person'), T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped']))),
      h2 ? NM(R, h2, 'full', 'pick-up-person') : '', h2 ? T(R, 'phone', phone(rng)) : '', nm.id('password', rng.pick(['köttbulle', 'vovve22', 'Bamse!', 'tassen'])), dotDate(date(rng))]);
  }
  const b = [['Spärrade – får EJ hämta', 'Gäller hund', 'Orsak']];
  for (const p of people(rng, 6)) b.push([NM(R, p, 'caps', 'caps'), dog(rng, nm), rng.pick(['vårdnadstvist, se beslut', 'ex-partner enl. ägaren', 'obetalda fakturor'])]);
  b.push([], [`Frågor: ${NM(R, staff[0], 'full', 'staff')}, ${R.n('phone', 'switchboard', o.switchboard)}`]);
  put(C, file, xlsx([{ name: 'Hämtbehöriga', rows: a }, { name: 'Spärrade', rows: b }], { creator: NM(R, staff[0], 'full', 'xlsx-creator') }));
}

function diary(C, o, staff) {
  const file = 'hund/dagbok/dagisdagbok_november.md'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const out = ['# Dagisdagbok – november', ''];
  const folk = crowd(rng, 110);
  let i = 0;
  for (const dd of ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17']) {
    out.push(`## ${dd}`, `Personal: ${staff.slice(0, 3).map((s) => NM(R, s, 'short', 'staff')).join(', ')}`, '');
    for (let k = 0; k < 9; k++) {
      const p = folk[i++ % folk.length];
      const d = dog(rng, nm);
      out.push(rng.pick([
        () => `- ${d} (${nm.surname(p.last)}) åt dåligt, meddelat matte`,
        () => `- ${d} hämtades ${hhmm(rng, 15, 18)} av ${NM(R, kin(rng, p), 'full', 'pick-up-person')} – står på listan ✔`,
        () => `- ${NM(R, p, 'lower', 'lower')} ringde, ${d} ska ha halsduk på sig ute (operation)`,
        () => `- ${d} & ${dog(rng, nm)} bråkade, separerade. ${NM(R, p, 'short', 'running-text')} informerad via sms ${T(R, 'phone', phone(rng, 'mobile', 'compact'))}`,
        () => `- ny hund på prov: ${d}, ägare ${NM(R, p, 'full', 'running-text')}. chip ${nm.id('chip-number', chip(rng))}`,
        () => `- ${nm.lone(rng.pick(LONE))} (praktikant) gick långpromenad med gröna gruppen till ${nm.lookalike('street')}`,
        () => `- husse till ${d} (${NM(R, p, 'surname-first', 'surname-first')}) vill byta till 3 d/v från dec`,
      ])());
    }
    out.push('');
  }
  put(C, file, txt(`${out.join('\n')}\n`));
}

function whatsapp(C, o, staff) {
  const file = 'hund/whatsapp/WhatsApp-chatt med Tassarna ägare.txt'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const out = [`2026-08-15 08:01 - Meddelanden och samtal är totalsträckskrypterade. Ingen utanför den här chatten kan läsa eller lyssna på dem.`];
  const members = people(rng, 40);
  const unsaved = members.slice(30).map((p) => ({ p, num: phone(rng, 'mobile', 'intl') }));
  const s = staff[1];
  out.push(`2026-08-15 08:02 - ${NM(R, s, 'full', 'chat-speaker')} skapade gruppen "Tassarna ägare 🐾"`);
  for (let i = 0; i < 260; i++) {
    const d = date(rng, '2026-08-16', '2026-11-24'); const t = hhmm(rng, 6, 22);
    const useUnsaved = rng.chance(0.2);
    let speaker;
    if (useUnsaved) { const u = rng.pick(unsaved); speaker = T(R, 'phone', u.num); } else { const m = rng.pick(members.slice(0, 30)); speaker = NM(R, m, rng.chance(0.1) ? 'short' : 'full', 'chat-speaker'); }
    if (rng.chance(0.08)) speaker = NM(R, s, 'full', 'chat-speaker');
    const d2 = dog(rng, nm);
    const msg = rng.pick([
      () => `${d2} är sjuk idag, kommer inte`,
      () => `Någon som kan ta ${d2} på lördag? Swisha gärna, mitt nr är ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'spaced'])))}`,
      () => `<Media utelämnad>`,
      () => `haha ${d2} 😂`,
      () => `Påminnelse: fakturan för november ska betalas till bg ${nm.id('bankgiro', o.bg)} senast den 30:e`,
      () => `Har någon sett ${nm.lone(rng.pick(LONE))}s koppel? Blått, låg kvar i hallen`,
      () => `Välkommen ${NM(R, rng.pick(members), 'full', 'running-text')} och ${d2}! 🐶`,
      () => `ok`,
    ])();
    out.push(`${d} ${t} - ${speaker}: ${msg}`);
  }
  out.splice(2, out.length - 2, ...out.slice(2).sort());
  for (const u of unsaved.slice(0, 3)) out.push(`2026-11-20 10:0${rng.int(0, 9)} - ${NM(R, s, 'full', 'chat-speaker')} lade till ${T(R, 'phone', u.num)}`);
  put(C, file, txt(`${out.join('\n')}\n`));
}

function vaccinations(C, o) {
  const file = 'hund/halsa/vaccinationer_export.json'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const vets = people(rng, 6);
  const recs = [];
  for (const p of crowd(rng, 70)) {
    const v = rng.pick(vets);
    recs.push({ dog: { name: String(dog(rng, nm)), chip: nm.id('chip-number', chip(rng)), breed: rng.pick(BREEDS), born: `${rng.int(2012, 2025)}-${p2(rng.int(1, 12))}-${p2(rng.int(1, 28))}` },
      owner: { name: NM(R, p, 'full', 'json'), phone: rng.chance(0.6) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'compact']))) : null },
      vaccinations: Array.from({ length: rng.int(1, 3) }, () => ({ type: rng.pick(['DHP', 'Pi', 'Rabies', 'Kennelhosta (Pi+Bb)']), date: nm.date(date(rng, '2024-01-01', '2026-11-01')), batch: nm.id('batch-number', `${letters3(rng)}${num(rng, 5)}`), vet: NM(R, v, rng.chance(0.3) ? 'surname-first' : 'full', 'vet'), clinic: rng.pick(VETS) })),
      notes: rng.chance(0.2) ? `Allergisk mot kyckling. Kontakta ${nm.surname(p.last)} vid frågor.` : '' });
  }
  put(C, file, txt(jsonText({ exported: '2026-11-23T06:00:00Z', source: 'Tassarna Admin v2', records: recs }, 2)));
}
const letters3 = (rng) => Array.from({ length: 3 }, () => 'ABCDEFGHKLMNPRSTUVXZ'[rng.int(0, 19)]).join('');

function stays(C, o, staff) {
  const file = 'hund/kennel/kennelvistelser_jul.ics'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tassarna//Kennelbokning 1.4//SV', 'CALSCALE:GREGORIAN'];
  for (const p of people(rng, 55)) {
    const a = compactDate(date(rng, '2026-12-18', '2026-12-27')); const b = compactDate(date(rng, '2026-12-28', '2027-01-06'));
    L.push('BEGIN:VEVENT', `UID:${uuid(rng)}`, `DTSTART;VALUE=DATE:${a}`, `DTEND;VALUE=DATE:${b}`, `SUMMARY:Kennel: ${dog(rng, nm)} (${NM(R, p, 'full', 'ics-summary')})`,
      `DESCRIPTION:Ägare nås på ${T(R, 'phone', phone(rng, rng.chance(0.2) ? 'foreign' : 'mobile'))} under resan. Reservkontakt ${NM(R, person(rng, { middle: 0 }), 'full', 'running-text')} ${T(R, 'phone', phone(rng))}. Bur ${nm.id('kennel-box', `K${rng.int(1, 24)}`)}.`,
      `ATTENDEE;CN=${NM(R, p, 'full', 'ics-cn')}:mailto:${T(R, 'email', email(rng, p))}`, `ORGANIZER;CN=${NM(R, rng.pick(staff), 'full', 'ics-cn')}:mailto:${role(R, o, 1)}`, 'END:VEVENT');
  }
  L.push('END:VCALENDAR');
  put(C, file, folded(L));
}

function smsLog(C, o) {
  const file = 'hund/sms/sms_utskick_2026-11.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['id', 'sent_at', 'to', 'from', 'body', 'status']];
  for (const p of crowd(rng, 150)) {
    const d = dog(rng, nm);
    rows.push([nm.id('message-id', `SM${hex(rng, 16)}`), `${date(rng, '2026-11-01', '2026-11-24')}T${hms(rng)}Z`, T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'e164', 'plain46']))), 'Tassarna',
      rng.pick([() => `Hej ${nm.lone(p.first)}! ${d} har haft en toppendag 🐾`, () => `Påminnelse: ${d} är bokad på kennel ${dotDate(date(rng, '2026-12-01', '2026-12-31'))}. Svara STOP för att avregistrera.`, () => `Faktura ${nm.id('invoice-number', num(rng, 6))} förfaller ${dotDate(date(rng))}. Mvh Tassarna`, () => `Hej ${NM(R, p, 'short', 'sms-text')}, ${d} behöver hämtas tidigare idag (${hhmm(rng, 14, 16)}). Ring ${R.n('phone', 'switchboard', o.switchboard)}`])(),
      rng.pick(['delivered', 'delivered', 'undelivered', 'queued'])]);
  }
  put(C, file, csv([rows[0], ...rows.slice(1).sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))], { sep: ',' }));
}

function invoices(C, o, staff) {
  const file = 'hund/faktura/fakturor_november.pdf'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const lines = [];
  for (const p of crowd(rng, 26, { cp1252: true })) {
    lines.push({ text: 'FAKTURA – Tassarnas Hunddagis & Kennel', size: 13, bold: true }, `Org.nr ${nm.orgnr()}   Bankgiro ${nm.id('bankgiro', o.bg)}   F-skatt`, `Fakturanr ${nm.id('invoice-number', num(rng, 6))}   Datum ${nm.date(date(rng, '2026-11-01', '2026-11-05'))}`,
      `${NM(R, p, rng.chance(0.2) ? 'caps' : 'full', 'pdf')}`, `${street(rng)}`, `${nm.postcode(postcode(rng))} Uppsala`, `Avser: ${dog(rng, nm)}, ${rng.pick(['dagis heltid november', 'dagis 3 d/v november', 'kennel 4 nätter', 'klippning + klor'])}   ${nm.amount(`${kr(rng, 450, 4900)} kr`)}`,
      `OCR ${nm.id('ocr', ocr(rng, 10))}   Förfallodag ${date(rng, '2026-11-25', '2026-11-30')}`, `Frågor: ${role(R, o, 3)}`, '', '');
  }
  put(C, file, pdfLines(lines, { per: 50, title: 'Fakturor november' }));
}

function mailbox(C, o, staff) {
  const file = 'hund/mail/info_inkorg.mbox'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const msgs = [];
  for (const p of people(rng, 26)) {
    const s = rng.pick(staff); const d = date(rng, '2026-09-01', '2026-11-24'); const time = `${hhmm(rng)}:${p2(rng.int(0, 59))}`;
    const addr = email(rng, p).value; const dg = dog(rng, nm);
    const k = rng.weighted([['intr', 3], ['pick', 2], ['reply', 2], ['en', 1]]);
    let from = hdr(R, p, addr, { style: rng.chance(0.15) ? 'caps' : 'full' }); let to = [['Tassarna', role(R, o)]]; let subject; let text;
    if (k === 'intr') {
      subject = `Intresseanmälan dagisplats – ${dg}`;
      text = `Hej!\n\nVi söker dagisplats för vår ${rng.pick(BREEDS)} ${dg}, ${rng.int(1, 8)} år, från januari. Chipnummer ${nm.id('chip-number', chip(rng))}.\n\n${NM(R, p, 'full', 'signature')}\n${T(R, 'phone', phone(rng))}\n${street(rng)}, ${nm.postcode(postcode(rng))} Uppsala`;
    } else if (k === 'pick') {
      const q = person(rng, { middle: 0 });
      subject = 'Hämtning fredag';
      text = `Hej, på fredag hämtar min granne ${NM(R, q, 'full', 'pick-up-person')} ${dg}. Hon har legitimation. Hennes nummer ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['slash', 'dots', 'compact'])))}.\n/${nm.lone(p.first)}`;
    } else if (k === 'en') {
      subject = 'Boarding over Christmas';
      text = `Hi there,\n\nWe are visiting family in ${rng.pick(['Leeds', 'Cork', 'Edinburgh'])} over Christmas and need boarding for ${dg}. We land back on 3 Jan. Contact me on ${T(R, 'phone', phone(rng, 'foreign'))} while abroad.\n\nCheers,\n${NM(R, p, 'full', 'signature')}`;
    } else {
      to = [hdr(R, s, workEmail(s, 'tassarna.se'), { addrSub: 'staff-work' })]; subject = `SV: Faktura ${nm.id('invoice-number', num(rng, 6))}`;
      const prev = `Hej!\nVi har inte fått betalt för oktober. Vänligen betala till bankgiro ${o.bg}.\n\nMvh ${s.full}\n${footer(R, o, ['switchboard'])}`;
      R.t('name', s.full, 'signature');
      text = `Betalt nu, sorry! Det blev fel OCR. Skickar kvitto.\n\n${NM(R, p, 'short', 'signature')}\n\n${rng.chance(0.5) ? `Den ${dotDate(d)} skrev ${s.full} <${workEmail(s, 'tassarna.se')}>:` : '----- Original Message -----'}\n${quote(prev)}`;
    }
    const m = { from, to, subject, date: rfcDate(d, time), mboxDate: mboxDate(d, time), id: `${hex(rng, 18)}@${rng.pick(['mail.gmail.com', 'hotmail.com'])}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) };
    if (rng.chance(0.3)) { m.html = toHtml(text); m.htmlText = htmlToText(m.html); }
    msgs.push(m);
  }
  put(C, file, mbox(msgs));
}

function cards(C, o) {
  const file = 'hund/kontakter/agare_kontakter.vcf'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = [];
  for (const p of people(rng, 45)) {
    const d = rng.pick(DOGS); nm.look('pet-name', d);
    L.push(...vcard(R, C, p, { tel: [['CELL', phone(rng, 'mobile', rng.pick(['intl', 'compact', 'grouped']))]], mail: rng.chance(0.7) ? [email(rng, p)] : [], note: `Hund: ${d}`, rev: `2026${p2(rng.int(1, 11))}${p2(rng.int(1, 28))}T120000Z` }));
  }
  put(C, file, folded(L));
}

function incident(C, o, staff) {
  const file = 'hund/incident/incidentrapport_2026-10-14.docx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const [a, b, w] = people(rng, 3); const s = staff[2]; const d1 = dog(rng, nm); const d2 = dog(rng, nm);
  const blocks = [{ h: 'INCIDENTRAPPORT – bitskada' }, `Datum: ${nm.date('2026-10-14')}  Tid: ${nm.time('15:40')}  Plats: rastgården, ${nm.look('street', 'Selma Lagerlöfs väg')} 12`,
    { table: [['Roll', 'Namn', 'Telefon', 'Personnummer'], ['Ägare hund 1', NM(R, a, 'full', 'docx-table'), T(R, 'phone', phone(rng, 'mobile')), T(R, 'personnummer', pnr(rng))],
      ['Ägare hund 2', NM(R, b, 'full', 'docx-table'), T(R, 'phone', phone(rng, 'mobile')), T(R, 'personnummer', pnr(rng, { style: 'long-dash' }))], ['Vittne', NM(R, w, 'full', 'witness'), T(R, 'phone', phone(rng)), '']] },
    { runs: [`${d1} (chip ${nm.id('chip-number', chip(rng))}) bet ${d2} i örat. Personal `, NM(R, s, 'full', 'staff'), ' separerade hundarna. Ägaren ', NM(R, b, 'short', 'running-text'), ' kontaktades kl 15.52.'] },
    `Veterinärbesök ${nm.look('company', rng.pick(VETS))}, journalnr ${nm.id('record-number', num(rng, 7))}. Försäkringsärende ${nm.id('claim-number', `AGRIA-${num(rng, 9)}`)}.`,
    `Rapporten upprättad av ${NM(R, staff[0], 'full', 'signature')}.`];
  put(C, file, docx(blocks, { creator: NM(R, staff[0], 'full', 'docx-creator') }));
}

function access(C, o) {
  const file = 'hund/webb/bokning_access.log'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = [];
  const folk = crowd(rng, 50);
  for (let i = 0; i < 260; i++) {
    const ip = T(R, 'ip', ipVal(rng));
    const t = `${p2(rng.int(1, 24))}/Nov/2026:${hms(rng)} +0100`;
    const p = rng.chance(0.15) ? `/boka/bekrafta?email=${T(R, 'email', email(rng, rng.pick(folk)))}&hund=${dog(rng, nm)}` : rng.pick(['/', '/priser', '/boka', '/boka/kennel', '/kontakt', '/wp-login.php', '/assets/tass.svg', '/api/slots?d=2026-12-2' + rng.int(0, 9)]);
    L.push(`${ip} - - [${t}] "GET ${p} HTTP/1.1" ${rng.pick([200, 200, 200, 301, 404, 403])} ${rng.int(200, 30000)} "-" "${rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/132.0', 'curl/8.5.0', 'Googlebot/2.1'])}"`);
  }
  L.push(`${server(R, o)} - - [24/Nov/2026:03:00:00 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "uptime-monitor"`);
  put(C, file, txt(`${L.join('\n')}\n`));
}
