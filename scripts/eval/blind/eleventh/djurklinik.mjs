// Eleventh blind set — djurklinik/: an invented veterinary clinic, Djurkliniken Tassavtrycket. Owners and staff are
// people; pets (also those with human given names and pedigree names) are near-misses. A booking CSV with BOM, an
// XML journal export with numeric character references, referral letters (.docx, names split over runs), invoice
// PDF, an mbox (multipart with HTML alternative and a CSV attachment), vCards (3.0 and 2.1 quoted-printable), a
// Freshchat-like JSON with \u escapes and a TSV of insurance claims.
import { Rng, uid, ctx, org, orgNear, person, people, date, svDate, hhmm, clock, csv, docx, pdf, rfcDate, L, cp1252ok } from './core.mjs';
import { multi, single, mboxOf, stamp, quote, contentLines, vc21, jsonAscii, xmlNum, xmlDecode } from './kit.mjs';

export const O = org('djurklinik', { domain: 'tassavtrycket.se', roles: ['info', 'bokning', 'ekonomi', 'noreply'] });
const BRAND = 'Djurkliniken Tassavtrycket';
/** A pet: { name, species, breed, chip } — all near-misses of the file, recorded when written. */
const pet = (w, rng) => {
  const c = {}; const [species, breeds] = rng.pick(L.ANIMALS);
  return { get name() { return (c.n ??= w.nm(rng.chance(0.12) ? 'pedigree-name' : 'pet-name')); }, species, breed: rng.pick(breeds), get chip() { return (c.c ??= w.nm('chip-number')); } };
};
const REASONS = ['vaccination', 'hälta höger bak', 'klåda', 'tandsten', 'kastrering', 'kräks sedan igår', 'årlig kontroll', 'öroninflammation', 'avmaskning', 'vill ha ögondroppar'];

function bookings(C) {
  const file = 'djurklinik/bokningar-vecka-46.csv'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const vets = people(rng, 5); const rows = [['Tid', 'Rum', 'Djurägare', 'Telefon', 'Djur', 'Art', 'Ras', 'Chipnr', 'Besöksorsak', 'Veterinär']];
  for (let i = 0; i < 70; i++) {
    const p = person(rng); const a = pet(w, rng);
    rows.push([`${date(rng, '2026-11-09', '2026-11-15')} ${hhmm(rng)}`, `Rum ${rng.int(1, 6)}`, w.name(p, rng.pick(['full', 'full', 'reversed', 'caps-reversed', 'surname-first'])),
      w.phone(), a.name, a.species, a.breed, rng.chance(0.8) ? a.chip : '', rng.pick(REASONS), `leg. vet. ${w.name(rng.pick(vets))}`]);
  }
  const r = csv(rows, { bom: true });
  C.put(file, r.bytes, r.text);
}

function journal(C) {
  const file = 'djurklinik/journal-export.xml'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const vets = people(rng, 4); const out = ['<?xml version="1.0" encoding="US-ASCII"?>', `<journalexport system="VetJournal 7" klinik="${xmlNum(BRAND)}" exporterad="2026-11-20T06:00:00">`];
  for (let i = 0; i < 35; i++) {
    const o = w.joined(person(rng)); const a = pet(w, rng); const v = rng.pick(vets);
    out.push(`  <patient id="P${20400 + i}" namn="${xmlNum(a.name)}" art="${xmlNum(a.species)}" ras="${xmlNum(a.breed)}" chip="${a.chip}" fodd="${w.nm('date')}">`,
      `    <agare><fornamn>${xmlNum(o.first)}</fornamn><efternamn>${xmlNum(o.last)}</efternamn><personnummer>${w.pnr()}</personnummer>`,
      `      <telefon>${w.phone()}</telefon><epost>${w.mail(o)}</epost><adress>${xmlNum(`${rng.pick(L.STREETS)} ${rng.int(1, 50)}`)}</adress><postnr>${w.nm('postcode')}</postnr></agare>`);
    if (rng.chance(0.25)) out.push(`    <medagare namn="${xmlNum(w.name(person(rng)))}" telefon="${w.phone('mobile')}"/>`);
    for (let j = rng.int(1, 3); j > 0; j--) {
      const note = rng.pick([() => `Undersökt av ${w.name(v)}. ${rng.pick(REASONS)}. Ordinerat ${w.nm('medicine', () => rng.pick(L.VET_DRUGS))}.`,
        () => `Ägaren ${w.name(o, 'lower')} ringde, djuret äter bättre. Åter om 2 v.`, () => `Vikt ${rng.int(2, 45)},${rng.int(0, 9)} kg. Remiss till ${w.nm('place')} djursjukhus.`,
        () => `Försäkring ${w.pat('insurance-number', 'TF-########')} hos Tassen, skadenr ${w.pat('claim-number', 'S26-######')}.`])();
      out.push(`    <anteckning datum="${w.nm('date')}" sign="${v.first[0]}${v.last[0]}">${xmlNum(note)}</anteckning>`);
    }
    out.push('  </patient>');
  }
  out.push('</journalexport>', '');
  const raw = out.join('\n');
  C.put(file, Buffer.from(raw), xmlDecode(raw));
}

function referrals(C) {
  const file = 'djurklinik/remisser-november.docx'; const rng = new Rng(file); const w = ctx(C, file, rng); const blocks = [];
  for (let i = 0; i < 7; i++) {
    const o = person(rng); const v = person(rng); const a = pet(w, rng); const pn = a.name; const cut = rng.int(2, o.first.length);
    blocks.push({ h: `Remiss ${w.pat('referral-number', 'REM-26-####')} – ${BRAND}` },
      { table: [['Patient', pn], ['Art / ras', `${a.species} / ${a.breed}`], ['Chipnummer', a.chip], ['Djurägare', w.name(o)], ['Personnummer', w.pnr()], ['Telefon', w.phone()], ['E-post', w.mail(o)]] },
      { runs: ['Ägaren ', w.as(o.full, 'full').slice(0, cut), o.full.slice(cut), ` ger samtycke till att journalen skickas till ${w.nm('place')} djursjukhus.`] },
      `Anamnes: ${pn} har ${rng.pick(REASONS)} sedan ${w.nm('date')}. Behandlad med ${w.nm('medicine', () => rng.pick(L.VET_DRUGS))} utan effekt.`,
      { runs: ['Remitterande veterinär: ', 'leg. vet. ', w.name(v), `, direkt ${w.phone('mobile')}`] },
      `Kopia till djurägarens försäkringsbolag. Vid frågor: ${O.switchboard}.`, '');
  }
  const r = docx(blocks, { creator: w.meta(person(rng)) });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function invoices(C) {
  const file = 'djurklinik/fakturor-2026-11.pdf'; const rng = new Rng(file); const w = ctx(C, file, rng); const pages = [];
  for (let i = 0; i < 12; i++) {
    const o = person(rng, { cp1252: true }); let a = pet(w, rng); const d = date(rng, '2026-11-01', '2026-11-20');
    const lines = [{ text: BRAND, size: 16, bold: true }, `${rng.pick(L.STREETS)} 12, ${w.nm('postcode')} Västerås · ${O.switchboard} · ${O.role.ekonomi}`, '',
      { text: w.name(o, 'caps'), x: 330 }, { text: `${rng.pick(L.STREETS).toUpperCase()} ${rng.int(1, 60)}`, x: 330 }, { text: `${w.nm('postcode')} ${rng.pick(L.CITIES).toUpperCase()}`, x: 330 }, '',
      { text: `FAKTURA ${w.pat('invoice-number', '26####')}`, bold: true, size: 12 }, `Fakturadatum: ${d}    Förfallodatum: ${w.nm('date')}`, `Kundnummer: ${w.pat('customer-number', '5####')}    Er referens: ${w.name(o)}`,
      `Patient: ${a.name} (${a.species}), chip ${a.chip}`, ''];
    for (let j = rng.int(2, 5); j > 0; j--) lines.push(`${rng.pick(['Undersökning', 'Vaccination', 'Röntgen', 'Blodprov', 'Läkemedel', 'Tandrengöring', 'Journalkopia'])}    ${w.nm('amount')}`);
    lines.push('', `Att betala: ${w.nm('amount')}`, `Bankgiro: ${O.bankgiro}    OCR: ${w.nm('ocr')}`, `Momsreg.nr ${w.fix(null, 'vat-number', `SE${O.orgnr.replace('-', '')}01`)}`, '', `Ansvarig veterinär: ${w.name(person(rng, { cp1252: true }))}`);
    if (i % 4 === 0) lines.push(`Betalningsansvarig enligt avtal: ${w.name(person(rng, { cp1252: true }))}, pnr ${w.pnr()}`);
    pages.push(lines);
  }
  const r = pdf(pages, { title: 'Fakturor november' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function inbox(C) {
  const file = 'djurklinik/inkorg.mbox'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const staff = people(rng, 4); const msgs = []; const stamps = [];
  for (let i = 0; i < 26; i++) {
    const o = person(rng); const s = rng.pick(staff); const d = date(rng); const a = pet(w, rng); const k = i % 4;
    const id = `${uid(rng, 10)}.${i}@${rng.pick(['mail.gmail.com', 'eur.prod.outlook.com', O.domain])}`; stamps.push(stamp(d));
    if (k === 2) {
      const rows = [['Djur', 'Ägare', 'Telefon', 'Vaccin', 'Datum']];
      for (let j = 0; j < 6; j++) { const oo = person(rng); rows.push([w.nm('pet-name'), w.name(oo), w.phone('mobile'), rng.pick(['DHPPi', 'Kattvaccin', 'Rabies']), w.nm('date')]); }
      const att = csv(rows, { sep: ';' });
      msgs.push(multi({ from: [w.name(s), w.work(s, O.domain)], to: [['', O.role.info]], subject: 'Påminnelselista vaccin', date: rfcDate(d), id, text: `Hej!\nHär är listan för utskick.\n/${w.name(s)}`,
        attachments: [{ name: 'vaccin-paminnelser.csv', type: 'text/csv; charset=utf-8', data: att.bytes, text: att.text }] }));
      continue;
    }
    const em = w.mail(o); const pn = a.name;
    const ask = rng.pick([() => `Hej! Vår ${a.species} ${pn} behöver en tid för ${rng.pick(REASONS)}. Går det bra ${rng.pick(L.WEEKDAYS)}? /${w.name(o)} ${w.phone()}`,
      () => `Hej, jag ringer er hela tiden men kommer inte fram. ${pn} (chip ${a.chip}) har ${rng.pick(REASONS)}.\n\nMvh\n${w.name(o)}\n${w.phone('landline')}`,
      () => `Hej ${w.lone(s)}! Tack för hjälpen med ${pn} igår. Fakturan ${w.pat('invoice-number', '26####')} är betald.\nHälsningar ${w.name(o, 'lower')}`,
      () => `Kan ni skicka journalen till försäkringsbolaget? Skadenummer ${w.pat('claim-number', 'S26-######')}. Min sambo ${w.name(person(rng))} är medägare.\n${w.name(o)}`])();
    if (k === 0) msgs.push(single({ from: [w.name(o), em], to: [['Tassavtrycket Bokning', O.role.bokning]], subject: `Bokning ${pn}`, date: rfcDate(d), id, body: ask, hdrMode: 'B' }));
    if (k === 1) {
      const body = `${rng.pick(L.GREET)} ${w.lone(o)},\n\nVi har bokat ${pn} ${svDate(date(rng))} kl ${hhmm(rng)} hos ${w.name(person(rng))}.\n\nVänliga hälsningar\n${w.name(s)}\nDjursjukskötare, ${BRAND}\n${O.switchboard}\n\n-----Ursprungligt meddelande-----\nFrån: ${w.name(o)} <${em}>\nSkickat: ${svDate(d)}\nTill: ${O.role.bokning}\n\n${quote(ask)}`;
      msgs.push(multi({ from: [w.name(s), w.work(s, O.domain)], to: [[w.name(o), em]], subject: `SV: Bokning ${pn}`, date: rfcDate(d, '11:20:00'), id, text: body,
        html: `<div>${body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</div>`, htmlText: body, enc: 'qp' }));
    }
    if (k === 3) msgs.push(single({ from: [w.name(o), em], to: [['', O.role.info]], cc: [((q) => [w.name(q), w.mail(q)])(person(rng))], subject: `Fråga om ${pn}`, date: rfcDate(d), id, enc: 'b64', body: ask }));
  }
  const r = mboxOf(msgs, stamps);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function contacts(C) {
  const file = 'djurklinik/agarkontakter.vcf'; const rng = new Rng(file); const w = ctx(C, file, rng); const bytes = []; const texts = [];
  for (let i = 0; i < 35; i++) {
    const o = person(rng); const a = pet(w, rng); const cardId = `${uid(rng, 8)}-${rng.digits(4)}`;
    if (i % 6 === 5) {
      const fn = vc21('FN', w.name(o)); const n = vc21('N', `${o.last};${o.first};;;`);
      const lines = ['BEGIN:VCARD', 'VERSION:2.1', n.raw, fn.raw, `TEL;CELL:${w.phone('mobile', 'compact')}`, `NOTE:Djur: ${a.name}`, 'END:VCARD'];
      bytes.push(Buffer.from(`${lines.join('\r\n')}\r\n`)); texts.push([...lines.slice(0, 2), n.text, fn.text, ...lines.slice(4)].join('\n'));
      continue;
    }
    const r = contentLines([['BEGIN', 'VCARD', false], ['VERSION', '3.0', false], ['N', `${o.last};${o.first};;;`, false], ['FN', w.name(o)], ['ORG', BRAND],
      ['TEL;TYPE=CELL', w.phone('mobile')], ...(rng.chance(0.4) ? [['TEL;TYPE=HOME', w.phone('landline')]] : []), ['EMAIL;TYPE=INTERNET', w.mail(o)],
      ['ADR;TYPE=HOME', `;;${rng.pick(L.STREETS)} ${rng.int(1, 70)};${rng.pick(L.CITIES)};;${w.nm('postcode')};Sverige`, false],
      ['NOTE', `Djur: ${a.name} (${a.species}, ${a.breed}), chip ${a.chip}. Ägarens pnr ${w.pnr()}. Kund sedan ${w.nm('date')}.`], ['UID', cardId], ['END', 'VCARD', false]]);
    bytes.push(r.bytes); texts.push(r.text);
  }
  C.put(file, Buffer.concat(bytes), texts.join('\n'));
}

function chat(C) {
  const file = 'djurklinik/chatt-djurakuten.json'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const staff = people(rng, 4); const conversations = [];
  for (let i = 0; i < 28; i++) {
    const o = person(rng); const s = rng.pick(staff); const a = pet(w, rng); const pn = a.name; const k = clock(rng, date(rng), 0, 23);
    const user = { id: `u-${rng.digits(7)}`, first_name: o.first, last_name: o.last, email: w.mail(o), phone: rng.chance(0.7) ? w.phone('mobile') : null, properties: { ip: w.ip(rng.chance(0.2) ? 'v6' : 'public') } };
    w.joined(o);
    const m = (actor, text) => ({ actor_type: actor === 'user' ? 'user' : 'agent', actor_name: actor === 'user' ? null : w.name(s), created_time: k.next([20, 400]).iso(), text });
    const lp = () => w.fix('name', 'pet-name', pn.toLowerCase());
    const msgs = [m('user', rng.pick([() => `hej ${lp()} har ätit choklad vad gör jag`, () => `min ${a.species} haltar sen imorse`, () => `akut!! ${lp()} andas konstigt`, () => 'hej behöver omnbokning av tid'])())];
    msgs.push(m('agent', `Hej ${w.lone(o)}! Jag heter ${w.lone(s)} och är djursjukskötare. Hur mycket väger ${pn}?`));
    msgs.push(m('user', rng.pick([`ca ${rng.int(3, 40)} kg`, 'vet ej exakt, kanske 8 kilo', `${rng.int(3, 40)} kg tror jag`])));
    msgs.push(m('agent', rng.pick([() => `Kom in direkt till akuten, ${w.nm('street')} ${rng.int(1, 30)}. Ring ${O.switchboard} när ni är på väg.`, () => `Det låter inte akut. Jag bokar en tid åt dig, bekräftelse skickas till ${user.email}.`])()));
    if (rng.chance(0.3)) msgs.push(m('user', `mitt nr e ${w.phone('mobile', 'compact')} om ni behöver ringa, jag heter ${w.name(o, 'lower')}`));
    conversations.push({ conversation_id: `c${uid(rng, 9)}`, channel: 'Djurakuten webbchatt', status: rng.pick(['resolved', 'resolved', 'new']), user, messages: msgs });
  }
  const r = jsonAscii({ export: { app: 'freshchat', generated: '2026-11-21T03:00:00Z' }, conversations });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function claims(C) {
  const file = 'djurklinik/forsakringsarenden.tsv'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const rows = [['Skadenummer', 'Försäkringsnummer', 'Bolag', 'Djur', 'Chipnr', 'Försäkringstagare', 'Personnummer', 'Behandlingsdatum', 'Belopp', 'Status']];
  for (let i = 0; i < 50; i++) {
    const o = person(rng); const a = pet(w, rng);
    rows.push([w.pat('claim-number', 'S26-######'), w.pat('insurance-number', 'TF-########'), rng.pick(['Tassen Försäkring', 'Djurskydd Mutual', 'Lantförsäkringen Djur']), a.name, a.chip,
      w.name(o, rng.pick(['surname-first', 'reversed', 'full', 'caps'])), rng.chance(0.85) ? w.pnr() : w.nm('pnr-bad-luhn'), w.nm('date'), w.nm('amount'), rng.pick(['Inskickad', 'Godkänd', 'Avslag', 'Komplettering'])]);
  }
  const r = csv(rows, { sep: '\t', eol: '\n' });
  C.put(file, r.bytes, r.text);
}

export default function build(C) {
  for (const f of [bookings, journal, referrals, invoices, inbox, contacts, chat, claims]) f(C);
}
