// Eleventh blind set — bibliotek/: an invented public library, Norrvikens stadsbibliotek. Borrowers, guardians,
// librarians, invented authors (subtype 'author') and children named in full are people; book titles (some with
// names in them), ISBNs and library card numbers are near-misses. A cp1252 `;` borrower register, an XML holds export,
// an mbox of reminders (multipart, HTML alternative) and replies, a chat log, a .docx of inter-library loan orders,
// an event sign-up JSON, a guest Wi-Fi log, a fees PDF and a zip of loans, notes and a nested zip.
import { Rng, uid, ctx, org, orgNear, person, people, kin, date, svDate, hhmm, clock, csv, docx, pdf, zip, rfcDate, xmlEsc, L, nameAs } from './core.mjs';
import { single, multi, mboxOf, stamp, quote, xmlDecode } from './kit.mjs';

export const O = org('bibliotek', { domain: 'norrvikensbibliotek.se', roles: ['biblioteket', 'noreply', 'fjarrlan'], servers: 4 });
const BRAND = 'Norrvikens stadsbibliotek';
const card = (w) => w.pat('library-card', '4001 #### ####');
const child = { minYear: 2011, maxYear: 2020 };
/** A book: title (near-miss), ISBN (near-miss), author (a person: truth 'author'), recorded when written. */
const book = (w, rng, opts) => {
  const a = person(rng, opts); const c = {};
  return { get title() { return (c.t ??= w.nm('book-title')); }, get isbn() { return (c.i ??= w.nm('isbn')); }, author(style = 'reversed') { const [v] = nameAs(a, style); return w.R.t('name', v, 'author'); } };
};

function borrowers(C) {
  const file = 'bibliotek/lantagare.csv'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const rows = [['Lånekortsnr', 'Efternamn', 'Förnamn', 'Personnummer', 'E-post', 'Mobil', 'Målsman', 'Kategori', 'Skuld', 'Spärr']];
  for (let i = 0; i < 80; i++) {
    const kid = rng.chance(0.3); const p = w.joined(person(rng, { cp1252: true }));
    const g = kid ? kin(rng, rng.chance(0.7) ? p.last : person(rng, { cp1252: true }).last, { cp1252: true }) : null;
    rows.push([card(w), p.last, p.first, w.pnr(kid ? child : {}), kid ? '' : rng.chance(0.8) ? w.mail(p) : '', kid ? '' : w.phone('mobile'), g ? `${w.name(g, rng.pick(['full', 'reversed']))} ${w.phone('mobile')}` : '',
      kid ? 'Barn' : rng.pick(['Vuxen', 'Vuxen', 'Student', 'Pensionär']), rng.chance(0.2) ? w.nm('amount') : '0,00', rng.chance(0.08) ? 'Ja' : 'Nej']);
  }
  const r = csv(rows, { sep: ';', enc: 'cp1252' });
  C.put(file, r.bytes, r.text);
}

function holds(C) {
  const file = 'bibliotek/reservationer.xml'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const branches = ['Huvudbiblioteket', 'Filial Gustavsberg', 'Filial Sofielund', 'Bokbussen']; const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<holds exported="2026-11-23T05:00:00+01:00" system="Bibliotekssystem 9.4">'];
  for (const b of ['Filial Gustavsberg', 'Filial Sofielund']) w.fix('name', 'place', b.split(' ')[1]);
  for (let i = 0; i < 50; i++) {
    const p = person(rng); const bk = book(w, rng);
    out.push(`  <hold id="H${rng.digits(7)}" placed="${date(rng)}" status="${rng.pick(['waiting', 'in_transit', 'available'])}">`,
      `    <item isbn="${bk.isbn}"><title>${xmlEsc(bk.title)}</title><author>${xmlEsc(bk.author())}</author><barcode>${w.pat('item-barcode', '3019#######')}</barcode></item>`,
      `    <patron card="${card(w)}"><name>${xmlEsc(w.name(p, rng.pick(['reversed', 'reversed', 'full'])))}</name>${rng.chance(0.7) ? `<sms>${w.phone('mobile', 'e164')}</sms>` : `<email>${w.mail(p)}</email>`}</patron>`,
      `    <pickup branch="${rng.pick(branches)}" shelf="${rng.int(1, 40)}"/>${rng.chance(0.2) ? `<note>${xmlEsc(`Hämtas av ${w.name(person(rng))}`)}</note>` : ''}`, '  </hold>');
  }
  out.push('</holds>', '');
  const raw = out.join('\n');
  C.put(file, Buffer.from(raw), xmlDecode(raw));
}

function reminders(C) {
  const file = 'bibliotek/paminnelser.mbox'; const rng = new Rng(file); const w = ctx(C, file, rng); const msgs = []; const stamps = [];
  const staff = people(rng, 3);
  for (let i = 0; i < 24; i++) {
    const p = person(rng); const d = date(rng); const em = w.mail(p); const id = `rem-${uid(rng, 10)}@${O.domain}`; stamps.push(stamp(d));
    const items = Array.from({ length: rng.int(1, 3) }, () => { const bk = book(w, rng); return `${bk.title} / ${bk.author('full')} (ISBN ${bk.isbn}) – åter senast ${w.nm('date')}`; });
    const text = `Hej ${w.name(p)}!\n\nFöljande lån är försenade:\n${items.map((x) => `• ${x}`).join('\n')}\n\nLånekort: ${card(w)}\nFörseningsavgift hittills: ${w.nm('amount')}\n\nVänliga hälsningar\n${BRAND}\n${O.switchboard}`;
    msgs.push(multi({ from: [BRAND, O.role.noreply], to: [[w.name(p), em]], subject: 'Påminnelse: försenade lån', date: rfcDate(d, '06:00:00'), id, text, enc: i % 3 ? 'qp' : 'b64',
      html: `<html><body><p>${xmlEsc(text).replace(/\n/g, '<br>\n')}</p></body></html>`, htmlText: text }));
    if (i % 3 === 0) {
      const s = rng.pick(staff); stamps.push(stamp(d, '10:31:00'));
      const rep = `${rng.pick(['Hej', 'Hallå', 'Hej!'])}\n${rng.pick([() => 'Boken är redan återlämnad i bokinkastet!', () => 'Jag har varit sjuk, kan ni ta bort avgiften?', () => `Det är mitt barn ${w.name(kin(rng, p.last))} som har lånat den.`])()}\n\n${rng.pick(L.SIGN)} ${w.name(p, rng.pick(['full', 'lower']))}\n\n${rng.pick(['Från:', '-----Original Message-----\nFrom:'])} ${BRAND} <${O.role.noreply}>\n${quote(text)}`;
      msgs.push(single({ from: [w.name(p), em], to: [['Biblioteket', O.role.biblioteket]], subject: 'SV: Påminnelse: försenade lån', date: rfcDate(d, '10:31:00'), id: `${uid(rng, 12)}@mail.example`, body: rep }));
      if (rng.chance(0.6)) {
        stamps.push(stamp(d, '13:05:00'));
        msgs.push(single({ from: [w.name(s), w.work(s, O.domain)], to: [[w.name(p), em]], subject: 'SV: SV: Påminnelse: försenade lån', date: rfcDate(d, '13:05:00'), id: `${uid(rng, 12)}@${O.domain}`, enc: 'b64',
          body: `Hej ${w.lone(p)},\nvi har tagit bort avgiften.\n\nMvh ${w.name(s)}, bibliotekarie\n\n${quote(rep)}` }));
      }
    }
  }
  const r = mboxOf(msgs, stamps);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function chat(C) {
  const file = 'bibliotek/chatt-fraga-bibliotekarien.txt'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const libs = people(rng, 4, { origin: 'sv' }); const out = [];
  for (let i = 0; i < 45; i++) {
    const p = person(rng); const l = rng.pick(libs); const k = clock(rng, date(rng), 9, 19); const v = `Besökare ${rng.digits(4)}`;
    const say = (who, s) => out.push(`${k.next([10, 200]).day()} ${k.hm()} <${who}> ${s}`);
    out.push(`--- session ${rng.digits(6)} ip=${w.ip(rng.chance(0.15) ? 'v6' : 'public')} bibliotekarie=${w.name(l)} ---`);
    say(v, rng.pick(['hej', 'hej! en fråga', 'hallå?', 'Hej, finns det någon där?']));
    say(`${l.first} (bibliotekarie)`, 'Hej! Vad kan jag hjälpa dig med?'); w.lone(l);
    const bk = book(w, rng);
    rng.pick([() => { say(v, `har ni ${w.nm('book-title', (t) => t.toLowerCase())} av ${bk.author('lower')}`); say(`${l.first} (bibliotekarie)`, `Ja, den finns på Huvudbiblioteket. Vill du reservera? Då behöver jag ditt lånekort.`); say(v, `${card(w)} ${w.name(p, 'lower')}`); },
      () => { say(v, `jag har glömt min pinkod, mitt kortnr e ${card(w)}`); say(`${l.first} (bibliotekarie)`, 'Jag kan skicka en ny kod via sms. Vilket nummer?'); say(v, w.phone('mobile', rng.pick(['compact', 'grouped']))); },
      () => { say(v, `varför har jag en skuld på ${w.nm('amount')}?? jag heter ${w.name(p, rng.pick(['lower', 'full']))}`); say(`${l.first} (bibliotekarie)`, `Det gäller ${bk.title} (ISBN ${bk.isbn}). Kontakta ${O.role.biblioteket} så hjälper vi dig.`); },
      () => { say(v, `kan min sambo ${w.name(person(rng))} hämta ut min reservation`); say(`${l.first} (bibliotekarie)`, 'Ja, om hen har ditt lånekort med sig.'); },
      () => { say(v, 'när har ni öppet på söndag'); say(`${l.first} (bibliotekarie)`, `12–16. Välkommen till ${w.nm('place')}-filialen också!`); }])();
    say(v, rng.pick(['tack!', 'ok tack', 'tack så mycket', 'toppen']));
    out.push('');
  }
  const text = out.join('\n');
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function interLibrary(C) {
  const file = 'bibliotek/fjarrlan-bestallningar.docx'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const staff = people(rng, 3); const blocks = [{ h: `Fjärrlånebeställningar november 2026 – ${BRAND}` }, `Sammanställt av ${w.name(staff[0])}, ${w.work(staff[0], O.domain)}`];
  const table = [['Låntagare', 'Lånekort', 'Telefon', 'E-post', 'Titel', 'Författare', 'ISBN', 'Beställd av']];
  for (let i = 0; i < 16; i++) {
    const p = person(rng); const bk = book(w, rng);
    table.push([w.name(p, rng.pick(['full', 'reversed'])), card(w), w.phone(), w.mail(p), bk.title, bk.author(), bk.isbn, w.name(rng.pick(staff), 'initial')]);
  }
  blocks.push({ table });
  for (let i = 0; i < 5; i++) {
    const p = person(rng); const cut = rng.int(1, p.last.length - 1); w.as(p.full, 'full');
    blocks.push({ runs: [`Ärende ${w.pat('ill-number', 'FJL-26-###')}: `, `${p.first} ${p.last.slice(0, cut)}`, p.last.slice(cut), ` vill låna från ${rng.pick(['Uppsala universitetsbibliotek', 'Kungliga biblioteket', 'Umeå stadsbibliotek'])}. Avgift ${w.nm('amount')} betalas vid avhämtning. Ring ${w.phone('mobile')}.`] });
  }
  blocks.push(`Frågor: ${O.role.fjarrlan}`);
  const r = docx(blocks, { creator: w.meta(staff[1]) });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function events(C) {
  const file = 'bibliotek/evenemang-anmalningar.json'; const rng = new Rng(file); const w = ctx(C, file, rng); const evs = [];
  for (let e = 0; e < 6; e++) {
    const kind = rng.pick(['Sagostund', 'Språkcafé', 'Författarbesök', 'Läxhjälp', 'Digitalhjälp för seniorer']); const host = person(rng);
    const title = kind === 'Författarbesök' ? `Författarbesök: ${w.R.t('name', host.full, 'author')} om ${w.nm('book-title')}` : `${kind} med ${w.name(host)}`;
    evs.push({ id: `ev-${2600 + e}`, title, date: date(rng, '2026-11-25', '2026-12-20'), time: hhmm(rng), room: rng.pick(['Hörsalen', 'Sagorummet', 'Studio 2']), participants: Array.from({ length: rng.int(8, 16) }, () => {
      const p = person(rng); const kids = kind === 'Sagostund' ? Array.from({ length: rng.int(1, 2) }, () => (rng.chance(0.5) ? { namn: w.fix('name', 'lone-first-name', person(rng).first), alder: rng.int(3, 7) } : { namn: w.name(kin(rng, p.last)), alder: rng.int(3, 7) })) : undefined;
      return { namn: w.name(p, rng.pick(['full', 'full', 'lower'])), telefon: rng.chance(0.8) ? w.phone('mobile') : '', epost: rng.chance(0.6) ? w.mail(p) : '', ...(kids ? { barn: kids } : {}), kommentar: rng.pick(['', '', 'Behöver hörslinga', 'Kommer med rullator', `Anhörig: ${w.nm('lower-words')}`]) };
    }) });
  }
  const text = JSON.stringify({ events: evs }, null, 1);
  C.put(file, Buffer.from(text), text);
}

function wifi(C) {
  const file = 'bibliotek/wifi-gast.log'; const rng = new Rng(file); const w = ctx(C, file, rng); const out = []; const k = clock(rng, '2026-11-16', 9, 10);
  for (let i = 0; i < 130; i++) {
    const mac = w.nm('mac'); const ip = w.ip('private'); const t = `${k.next([10, 500]).day()}T${k.hms()}+01:00`;
    out.push(`${t} dhcpd[${rng.int(800, 999)}]: DHCPACK on ${ip} to ${mac} via ${O.servers[0]} lease 3600`);
    if (rng.chance(0.5)) out.push(`${t} portal[${rng.int(2000, 2999)}]: login ok client=${ip} method=${rng.pick([() => `card:${card(w)}`, () => `sms:${w.phone('mobile', 'e164')}`, () => `sms:${w.phone('mobile', 'compact')}`, () => 'voucher:GAST-2026'])()} ap=ap-${rng.pick(['hall', 'barn', 'studio', 'kafe'])}-0${rng.int(1, 4)}`);
    if (rng.chance(0.1)) out.push(`${t} portal[${rng.int(2000, 2999)}]: blocked client=${ip} url=http://${rng.pick(['ads', 'tracker', 'cdn'])}.example.net/ rule=${rng.int(10, 99)} upstream=${O.servers[1]}`);
  }
  const text = `${out.join('\n')}\n`;
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function fees(C) {
  const file = 'bibliotek/avgifter-2026.pdf'; const rng = new Rng(file); const w = ctx(C, file, rng); const pages = [];
  for (let i = 0; i < 8; i++) {
    const p = person(rng, { cp1252: true }); const lines = [{ text: `${BRAND} – Ersättningskrav`, size: 15, bold: true }, '', w.name(p, 'caps'), `${rng.pick(L.STREETS)} ${rng.int(1, 70)}`, `${w.nm('postcode')} ${rng.pick(L.CITIES)}`, '',
      `Lånekort: ${card(w)}    Datum: ${w.nm('date')}`, 'Följande medier har inte återlämnats och debiteras:'];
    for (let j = rng.int(1, 3); j > 0; j--) { const bk = book(w, rng, { cp1252: true }); lines.push(`  ${bk.title}, ${bk.author('full')}, ISBN ${bk.isbn}    ${w.nm('amount')}`); }
    lines.push('', `Totalt att betala: ${w.nm('amount')}`, `Betala till bankgiro ${O.bankgiro}, ange OCR ${w.nm('ocr')}.`, `Har du frågor? Ring ${O.switchboard} eller mejla ${O.role.biblioteket}.`,
      ...(rng.chance(0.4) ? [`Kravet avser barnets lån; betalningsansvarig vårdnadshavare: ${w.name(person(rng, { cp1252: true }))}`] : []));
    pages.push(lines);
  }
  const r = pdf(pages, { title: 'Ersättningskrav' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function exportZip(C) {
  const file = 'bibliotek/export-2026-11.zip'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const loans = [['kort', 'namn', 'isbn', 'titel', 'forfallo']];
  for (let i = 0; i < 40; i++) { const bk = book(w, rng); loans.push([card(w), w.name(person(rng), rng.pick(['reversed', 'full'])), bk.isbn, bk.title, w.nm('date')]); }
  const a = csv(loans); const staff = people(rng, 3, { origin: 'sv' });
  const notes = Array.from({ length: 25 }, () => rng.pick([() => `${w.nm('date')} ${staff[0].first[0]}${staff[0].last[0]}: ${w.name(person(rng))} vill bli volontär i läxhjälpen, nås på ${w.phone('mobile')}.`,
    () => `${w.nm('date')}: låntagare ${w.name(person(rng), 'lower')} hotfull i disken, polisanmälan ${w.pat('police-report', '5000-K######-26')}. Ansvarig ${w.name(rng.pick(staff))}.`,
    () => `${w.nm('date')}: hittegods – plånbok med leg. för ${w.name(person(rng), 'caps')} (${w.pnr()}), lämnad till polisen.`])()).join('\n');
  const circle = JSON.stringify({ cirkel: 'Läsecirkeln Torsdagar', ledare: w.name(staff[1]), medlemmar: Array.from({ length: 9 }, () => { const p = person(rng); return { namn: w.name(p), mejl: w.mail(p) }; }) }, null, 2);
  const olds = [['kort', 'namn', 'personnummer']];
  for (let i = 0; i < 20; i++) olds.push([card(w), w.name(person(rng)), w.pnr()]);
  const old = csv(olds, { sep: ';' }); const inner = zip([{ name: 'gallrade-2025.csv', data: old.bytes }]);
  const bytes = zip([{ name: 'utlan.csv', data: a.bytes }, { name: 'anteckningar.txt', data: notes }, { name: 'lasecirkel.json', data: circle }, { name: 'arkiv/2025.zip', data: inner }]);
  C.put(file, bytes, [a.text, notes, circle, old.text].join('\n'));
}

export default function build(C) {
  for (const f of [borrowers, holds, reminders, chat, interLibrary, events, wifi, fees, exportZip]) f(C);
}
