// Eleventh blind set — maklare/: an invented real-estate broker, Mäklarhuset Ljusgården. Sellers, buyers, bidders,
// viewing visitors, their companions and the brokers are people; property designations (`Solna Råsunda 4:12`),
// housing cooperatives named like people (`Brf Karl Johan 12`), loan and bid numbers are near-misses. Viewing-list
// CSV, a bidding JSON with bidders' IPs, object descriptions (.pdf), a purchase contract (.docx, split runs), an mbox
// of portal leads (HTML-only) and replies, a CRM .xlsx (split names), an .ics of viewings, a call log and a .zip.
import { Rng, uid, ctx, org, orgNear, person, people, kin, date, svDate, hhmm, clock, csv, xlsx, docx, pdf, zip, rfcDate, L, p2 } from './core.mjs';
import { single, multi, emlOf, mboxOf, stamp, quote, htmlDoc, contentLines } from './kit.mjs';

export const O = org('maklare', { domain: 'ljusgarden.se', roles: ['info', 'noreply', 'visning'] });
const BRAND = 'Mäklarhuset Ljusgården';
const TRAKT = ['Råsunda', 'Kåbo', 'Vasastaden', 'Hagalund', 'Krokslätt', 'Majorna', 'Annedal', 'Eriksberg', 'Kristineberg', 'Luthagen', 'Berga', 'Tallbacken'];
const BRF = ['Brf Karl Johan 12', 'Brf Gustav Vasa', 'Brf Ekbacken 3', 'Brf Solgläntan', 'Brf Kung Oscar', 'Brf Hedvig Eleonora 4', 'Brf Tallkronan'];
/** An object for sale: property designation / brf and street address, recorded as near-misses when written. */
function object(w, rng) {
  const c = {}; const city = rng.pick(['Solna', 'Uppsala', 'Göteborg', 'Sundbyberg', 'Västerås', 'Lund']); const brf = rng.chance(0.6);
  return { get id() { return (c.i ??= w.pat('object-number', 'LJ-26-###')); }, city,
    get fastighet() { return (c.f ??= w.fix(null, 'property', `${city} ${rng.pick(TRAKT)} ${rng.int(1, 30)}:${rng.int(1, 400)}`)); },
    get brf() { return (c.b ??= brf ? w.fix('name', 'company', rng.pick(BRF)) : this.fastighet); },
    get address() { return (c.a ??= rng.chance(0.4) ? `${w.nm('street')} ${rng.int(1, 60)}` : `${rng.pick(L.STREETS)} ${rng.int(1, 60)}`); },
    price: rng.int(18, 120) * 100000 };
}
const kr = (n) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;

function viewings(C) {
  const file = 'maklare/visningslistor.csv'; const rng = new Rng(file); const w = ctx(C, file, rng); const rows = [['Objekt', 'Adress', 'Visning', 'Namn', 'Telefon', 'E-post', 'Sällskap', 'Intresse', 'Budgivarnr']];
  for (let o = 0; o < 5; o++) {
    const ob = object(w, rng); const when = `${date(rng, '2026-10-01', '2026-11-22')} ${hhmm(rng)}`;
    for (let i = rng.int(12, 24); i > 0; i--) {
      const p = person(rng); const comp = rng.pick([() => '', () => '', () => `+ ${w.lone(person(rng))}`, () => `med ${w.name(kin(rng, p.last))}`, () => `sambo ${w.name(person(rng), 'lower')}`])();
      rows.push([ob.id, ob.address, when, w.name(p, rng.pick(['full', 'full', 'reversed', 'lower'])), w.phone('mobile'), rng.chance(0.7) ? w.mail(p) : '', comp, rng.pick(['Hög', 'Medel', 'Låg', '']), rng.chance(0.3) ? w.pat('bidder-number', 'B##') : '']);
    }
  }
  const r = csv(rows, { sep: ';', bom: true });
  C.put(file, r.bytes, r.text);
}

function bidding(C) {
  const file = 'maklare/budgivning.json'; const rng = new Rng(file); const w = ctx(C, file, rng); const brokers = people(rng, 4); const objs = [];
  for (let o = 0; o < 8; o++) {
    const ob = object(w, rng); const bidders = Array.from({ length: rng.int(2, 5) }, (_, i) => ({ p: person(rng), no: `B${p2(i + 1)}` })); let amt = ob.price; const k = clock(rng, date(rng), 9, 18);
    const bids = Array.from({ length: rng.int(4, 14) }, () => { const b = rng.pick(bidders); amt += rng.pick([25000, 50000, 100000]); return { bidder: b.no, name: w.name(b.p), amount: amt, currency: 'SEK', time: k.next([300, 20000]).iso(), channel: rng.pick(['web', 'sms', 'telefon']), ip: w.ip(rng.chance(0.15) ? 'v6' : 'public') }; });
    objs.push({ object: ob.id, designation: ob.fastighet, association: ob.brf, address: ob.address, asking_price: ob.price, broker: { name: w.name(rng.pick(brokers)), email: O.role.info },
      bidders: bidders.map((b) => ({ no: b.no, name: w.name(b.p), phone: w.phone('mobile'), id_checked: rng.chance(0.8), ssn: rng.chance(0.5) ? w.pnr() : null })), bids, accepted: rng.chance(0.6) ? bids[bids.length - 1].bidder : null });
  }
  const text = JSON.stringify({ generated: '2026-11-23T07:00:00+01:00', source: 'Ljusgården Budgivning 2.1', objects: objs }, null, 2);
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function descriptions(C) {
  const file = 'maklare/objektbeskrivningar.pdf'; const rng = new Rng(file); const w = ctx(C, file, rng); const pages = [];
  for (let i = 0; i < 6; i++) {
    const ob = object(w, rng); const sellers = [person(rng, { cp1252: true })]; if (rng.chance(0.5)) sellers.push(kin(rng, sellers[0].last, { cp1252: true })); const b = person(rng, { cp1252: true });
    pages.push([{ text: `${ob.address}, ${ob.city}`, size: 16, bold: true }, `Objektnummer ${ob.id} · Utgångspris ${kr(ob.price)}`, '', `Fastighetsbeteckning: ${ob.fastighet}`, `Förening: ${ob.brf}, org.nr ${w.nm('orgnr')}`,
      `Boarea ${rng.int(28, 160)} kvm · ${rng.int(1, 6)} rum · avgift ${w.nm('amount')}/mån`, '', `Säljare: ${sellers.map((s) => w.name(s)).join(' och ')}`, '',
      'Ljus lägenhet med balkong i söderläge, nära skola och kommunikationer. Renoverat kök 2021.', `Visning ${svDate(date(rng, '2026-11-25', '2026-12-15'))} kl ${hhmm(rng)}, anmälan till ${O.role.visning}.`, '',
      `Ansvarig mäklare: ${w.name(b)}, reg. fastighetsmäklare`, `Mobil ${w.phone('mobile')} · ${w.work(b, O.domain)}`, { text: `${BRAND} · ${O.switchboard}`, size: 8 }]);
  }
  const r = pdf(pages, { title: 'Objektbeskrivningar' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function contract(C) {
  const file = 'maklare/kopekontrakt-LJ-26.docx'; const rng = new Rng(file); const w = ctx(C, file, rng); const blocks = [];
  for (let c = 0; c < 3; c++) {
    const ob = object(w, rng); const s = [person(rng), person(rng)]; const b = [person(rng)]; if (rng.chance(0.6)) b.push(kin(rng, b[0].last)); const price = ob.price + rng.int(1, 12) * 50000; const br = person(rng);
    const party = (p) => [w.name(p), w.pnr(), `${rng.pick(L.STREETS)} ${rng.int(1, 70)}, ${w.nm('postcode')} ${rng.pick(L.CITIES)}`, w.phone()];
    const cut = rng.int(1, s[0].full.length - 1); w.as(s[0].full, 'full');
    blocks.push({ h: `KÖPEKONTRAKT – ${ob.fastighet}` }, { table: [['Part', 'Namn', 'Personnummer', 'Adress', 'Telefon'], ...s.map((p) => ['Säljare', ...party(p)]), ...b.map((p) => ['Köpare', ...party(p)])] },
      `§ 1 Säljaren överlåter härmed fastigheten ${ob.fastighet}, ${ob.address}, till köparen.`, `§ 2 Köpeskillingen är ${kr(price)}. Handpenning om 10 % erläggs till mäklarens klientmedelskonto ${w.nm('iban')} senast ${w.nm('date')}.`,
      `§ 3 Köparen finansierar köpet med lån hos ${rng.pick(['Fjällbanken AB', 'Kreditkassan Nord AB'])}, lånenummer ${w.pat('loan-number', '9###-## ###-##')}. Pantbrev ${w.pat('mortgage-deed', 'PB ####/##')}.`,
      `§ 4 Tillträdesdag ${svDate(date(rng, '2027-01-01', '2027-04-30'))}.`, { runs: ['Underskrifter: ', s[0].full.slice(0, cut), s[0].full.slice(cut), `, ${w.name(s[1])}, ${b.map((p) => w.name(p)).join(', ')}`] },
      `Bevittnas av ${w.name(br)}, ${BRAND}.`, '');
  }
  const r = docx(blocks, { creator: 'Ljusgården Avtal' });
  C.put(file, r.bytes, r.text);
}

function leads(C) {
  const file = 'maklare/intresseanmalningar.mbox'; const rng = new Rng(file); const w = ctx(C, file, rng); const brokers = people(rng, 3); const msgs = []; const stamps = [];
  for (let i = 0; i < 26; i++) {
    const p = person(rng); const d = date(rng); const ob = object(w, rng); const b = rng.pick(brokers); const em = w.mail(p); stamps.push(stamp(d));
    if (i % 2 === 0) {
      const doc = htmlDoc([[`Nytt intresse för ${ob.address} (${ob.id})`], [`Namn: ${w.name(p)}`, `Telefon: ${w.phone()}`, `E-post: ${em}`, `Meddelande: ${rng.pick(['Vill boka visning', 'Finns det förråd?', `Kan ni ringa mig efter ${hhmm(rng)}?`, 'Har ni fler objekt i området?'])}`],
        ['Skickat via Boportalen. Svara inte på detta mejl.']], { title: 'Nytt intresse' });
      msgs.push(single({ from: ['Boportalen', 'noreply@boportalen.example'], to: [[w.name(b), w.work(b, O.domain)]], subject: `Nytt intresse: ${ob.address}`, date: rfcDate(d), id: `lead-${uid(rng, 9)}@boportalen.example`, body: doc, enc: 'b64' }));
      w.fix('email', 'role-email', 'noreply@boportalen.example');
    } else {
      const q = `Hej ${w.lone(b)}!\nVi var på visningen i söndags på ${ob.address}. Vad är lägsta bud säljaren accepterar? Vi har lånelöfte på ${w.nm('amount')}.\n\n${rng.pick(L.SIGN)}\n${w.name(p)} & ${w.name(kin(rng, p.last))}\n${w.phone('mobile')}`;
      msgs.push(single({ from: [w.name(p), em], to: [[w.name(b), w.work(b, O.domain)]], subject: `Fråga om ${ob.address}`, date: rfcDate(d), id: `${uid(rng, 13)}@mail.gmail.com`, body: q, hdrMode: 'Q' }));
      const rep = `Hej ${w.lone(p)},\n\nSäljarna har inte satt något lägsta pris. Budgivningen pågår, nuvarande bud ${kr(ob.price)}. Registrera dig som budgivare på ${O.role.info} med personnummer.\n\nVänliga hälsningar\n${w.name(b)}\nFastighetsmäklare, ${BRAND}\n${w.phone('mobile')} | ${O.switchboard}\n\n${quote(q)}`;
      msgs.push(single({ from: [w.name(b), w.work(b, O.domain)], to: [[w.name(p), em]], subject: `SV: Fråga om ${ob.address}`, date: rfcDate(d, '18:12:00'), id: `${uid(rng, 13)}@${O.domain}`, body: rep, enc: 'qp' }));
      stamps.push(stamp(d, '18:12:00'));
    }
  }
  const r = mboxOf(msgs, stamps);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function crm(C) {
  const file = 'maklare/kundregister.xlsx'; const rng = new Rng(file); const w = ctx(C, file, rng); const brokers = people(rng, 4);
  const a = [['Kund-id', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Objekt', 'Mäklare']];
  for (let i = 0; i < 30; i++) { const p = w.joined(person(rng)); const ob = object(w, rng); a.push([Number(w.pat('customer-number', '3####')), p.first, p.last, w.pnr(), w.phone('mobile'), w.mail(p), ob.id, w.name(rng.pick(brokers), 'initial')]); }
  const b = [['Köpare', 'Medköpare', 'Telefon', 'Fastighet', 'Köpeskilling', 'Tillträde']];
  for (let i = 0; i < 20; i++) { const p = person(rng); const ob = object(w, rng); b.push([w.name(p, rng.pick(['full', 'reversed'])), rng.chance(0.5) ? w.name(kin(rng, p.last)) : '', w.phone(), ob.fastighet, ob.price, w.nm('date')]); }
  const c = [['Spekulant', 'Söker', 'Max pris', 'Kontakt']];
  for (let i = 0; i < 25; i++) { const p = person(rng); c.push([w.name(p), rng.pick(['2:a Solna', 'villa Uppsala', 'radhus Lund', '3:a Göteborg']), rng.int(20, 90) * 100000, rng.chance(0.5) ? w.mail(p) : w.phone('mobile')]); }
  const r = xlsx([{ name: 'Säljare', rows: a }, { name: 'Köpare', rows: b }, { name: 'Spekulanter', rows: c }], { creator: w.meta(brokers[0]) });
  C.put(file, r.bytes, r.text);
}

function showings(C) {
  const file = 'maklare/visningar.ics'; const rng = new Rng(file); const w = ctx(C, file, rng); const brokers = people(rng, 3);
  const props = [['BEGIN', 'VCALENDAR', false], ['VERSION', '2.0', false], ['PRODID', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', false], ['METHOD', 'PUBLISH', false]];
  for (let i = 0; i < 16; i++) {
    const ob = object(w, rng); const b = rng.pick(brokers); const d = date(rng, '2026-11-20', '2026-12-20').replace(/-/g, ''); const h = rng.int(10, 18);
    props.push(['BEGIN', 'VEVENT', false], ['UID', w.fix('phone', 'calendar-uid', `040000008200E00074C5B7101A82E008${uid(rng, 16)}`), false], ['DTSTART;TZID=W. Europe Standard Time', `${d}T${p2(h)}0000`, false], ['DTEND;TZID=W. Europe Standard Time', `${d}T${p2(h + 1)}0000`, false],
      ['SUMMARY', `Visning ${ob.address} (${ob.id})`], ['LOCATION', `${ob.address}, ${ob.city}`], [`ORGANIZER;CN=${w.name(b)}`, `mailto:${w.work(b, O.domain)}`, false],
      ['DESCRIPTION', `Säljare: ${w.name(person(rng))}, ${w.phone('mobile')}. Portkod ${w.pat('door-code', '####')}. Anmälda: ${Array.from({ length: rng.int(2, 6) }, () => w.name(person(rng))).join(', ')}.`]);
    for (let j = rng.int(0, 2); j > 0; j--) { const p = person(rng); props.push([`ATTENDEE;CN="${w.name(p)}";RSVP=TRUE`, `mailto:${w.mail(p)}`, false]); }
    props.push(['END', 'VEVENT', false]);
  }
  props.push(['END', 'VCALENDAR', false]);
  const r = contentLines(props);
  C.put(file, r.bytes, r.text);
}

function callLog(C) {
  const file = 'maklare/samtalslogg.txt'; const rng = new Rng(file); const w = ctx(C, file, rng); const me = person(rng, { origin: 'sv' }); const out = [`Samtalslogg ${w.name(me)} – ${BRAND}`, ''];
  for (let i = 0; i < 75; i++) {
    const p = person(rng); const ob = object(w, rng);
    out.push(`${w.nm('date')} ${hhmm(rng)}  ${rng.pick([() => `${w.phone()} ${w.name(p)} - spekulant ${ob.address}, vill lägga bud ${w.nm('amount')}, ringer tillbaka`, () => `säljare ${w.name(p, 'lower')} ang. värdering, nytt möte ${rng.pick(L.WEEKDAYS)}`,
      () => `missat samtal från ${w.phone('mobile', 'compact')}`, () => `banken (${w.name(person(rng))}) ang. lånelöfte för ${w.name(p)}, lån ${w.pat('loan-number', '9###-## ###-##')}`, () => `${w.lone(p)} från visningen igår ringde, hör av sig`,
      () => `pratat m ${w.name(p, 'initial')} om tillträde ${ob.fastighet}`])()}`);
  }
  const text = out.join('\n');
  C.put(file, Buffer.from(text), text);
}

function closingZip(C) {
  const file = 'maklare/tilltrade-underlag.zip'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const rows = [['Part', 'Namn', 'Personnummer', 'Konto', 'Belopp']];
  for (let i = 0; i < 12; i++) for (const part of ['Säljare', 'Köpare']) rows.push([part, w.name(person(rng)), w.pnr(), w.nm('iban'), w.nm('amount')]);
  const a = csv(rows, { sep: ';' }); const b = person(rng);
  const md = [`# Tillträde ${w.nm('date')}`, '', `- Mäklare: ${w.name(b)}`, `- Säljarnas ombud: ${w.name(person(rng))}, ${w.phone()}`, `- Köparens bank: handläggare ${w.name(person(rng))} (${w.mail(person(rng))})`, `- Fastighet: ${object(w, rng).fastighet}`, '- Nycklar: 3 st + tagg', ''].join('\n');
  const keys = Array.from({ length: 10 }, () => `${w.pat('key-number', 'NYC-###')}\t${w.name(person(rng))}\t${w.nm('date')}`).join('\n');
  C.put(file, zip([{ name: 'likvidavrakning.csv', data: a.bytes }, { name: 'anteckningar.md', data: md }, { name: 'nycklar.txt', data: keys }]), [a.text, md, keys].join('\n'));
}

function bidderMail(C) {
  const file = 'maklare/budgivarregistrering.eml'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const p = person(rng, { cp1252: true }); const co = kin(rng, p.last, { cp1252: true }); const b = person(rng); const ob = object(w, rng); const em = w.mail(p);
  const att = pdf([[{ text: 'Fjällbanken AB – Lånelöfte', size: 14, bold: true }, '', `Låntagare: ${w.name(p)}, ${w.pnr()}`, `Medlåntagare: ${w.name(co)}, ${w.pnr()}`,
    `Beviljat belopp: ${w.nm('amount')}, giltigt t.o.m. ${w.nm('date')}`, `Referens ${w.pat('loan-number', '9###-## ###-##')}`, `Handläggare ${w.name(person(rng, { cp1252: true }))}, ${w.phone('landline')}`]], { title: 'Lånelöfte' });
  const text = `Hej ${w.lone(b)}!\n\nVi vill registrera oss som budgivare på ${ob.address} (${ob.id}).\n\n${w.name(p)}, ${w.pnr()}\n${w.name(co)}, ${w.pnr()}\nTelefon ${w.phone('mobile')}\n\nLånelöftet bifogas.\n\nMvh ${w.name(p)}`;
  const r = multi({ from: [w.name(p), em], to: [[w.name(b), w.work(b, O.domain)]], subject: `Budgivarregistrering ${ob.id}`, date: rfcDate('2026-11-21', '22:14:09'), id: `${uid(rng, 13)}@mail.gmail.com`, text, enc: 'qp',
    attachments: [{ name: 'lanelofte.pdf', type: 'application/pdf', data: att.bytes, text: att.text }] });
  orgNear(w, O, r.text); const e = emlOf(r); C.put(file, e.bytes, e.text);
}

export default function build(C) {
  for (const f of [viewings, bidding, descriptions, contract, leads, crm, showings, callLog, closingZip, bidderMail]) f(C);
}
