// Eleventh blind set — hemtjanst/: municipal home care in an invented municipality (Ålsta kommun, hemtjänstgrupp
// Norr). Care recipients (brukare, several over 100: `+` personnummer), relatives and staff are people; door codes,
// key numbers, alarm serials, decision numbers are near-misses. Care plans (.docx with tables and split runs), an
// NDJSON visit log, an mbox of relatives' mail (HTML-only, ISO-8859-1, forwards), a schedule .xlsx with samordnings-
// nummer for new staff, a cp1252 incident CSV, phone notes, an XML alarm register, decision letters (.pdf), a .vcf.
import { Rng, uid, ctx, org, orgNear, person, people, kin, date, svDate, hhmm, clock, csv, xlsx, docx, pdf, rfcDate, xmlEsc, L } from './core.mjs';
import { single, mboxOf, stamp, htmlDoc, contentLines, xmlDecode } from './kit.mjs';

export const O = org('hemtjanst', { domain: 'alsta.se', roles: ['hemtjanst.norr', 'kontaktcenter', 'noreply', 'registrator'] });
const UNIT = 'Hemtjänsten Norr, Ålsta kommun';
const old = (rng) => (rng.chance(0.12) ? { minYear: 1919, maxYear: 1925, style: rng.pick(['plus', 'plus', 'long']) } : { minYear: 1926, maxYear: 1952 });
const REL = ['dotter', 'son', 'barnbarn', 'svärdotter', 'granne', 'god man', 'make', 'maka', 'systerdotter'];
const TASKS = ['morgonhjälp', 'dusch', 'inköp', 'tillsyn natt', 'matdistribution', 'läkemedelsgivning', 'promenad', 'städning', 'kvällshjälp'];
const doorCode = (w) => w.pat('door-code', '####');
const keyNo = (w) => w.pat('key-number', 'N-###');
/** A care recipient with two relatives; names and numbers recorded when written. */
const client = (rng) => { const b = person(rng); return { b, rel: [kin(rng, rng.chance(0.6) ? b.last : person(rng).last), person(rng)].map((p) => ({ p, r: rng.pick(REL) })) }; };

function plans(C) {
  const file = 'hemtjanst/genomforandeplaner.docx'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 6); const blocks = [{ h: `Genomförandeplaner – ${UNIT}` }];
  for (let i = 0; i < 9; i++) {
    const { b, rel } = client(rng); const kp = rng.pick(staff);
    blocks.push({ h: `Genomförandeplan ${w.pat('plan-number', 'GP-2026-###')}` }, { table: [['Brukare', w.name(b)], ['Personnummer', w.pnr(old(rng))], ['Adress', `${rng.chance(0.3) ? w.nm('street') : rng.pick(L.STREETS)} ${rng.int(1, 40)}, lgh ${rng.int(1001, 1304)}`],
      ['Portkod / nyckel', `${doorCode(w)} / ${keyNo(w)}`], ['Kontaktperson', `${w.name(kp)} (${w.phone('mobile')})`], ...rel.map(({ p, r }) => [`Anhörig (${r})`, `${w.name(p)}, ${w.phone()}`]),
      ['Insatser', rng.shuffle(TASKS).slice(0, 3).join(', ')]] },
    { runs: [`${b.first} `, 'vill ha hjälp ', `av samma personal. Önskar att ${rel[0].p.first} `, 'ringer innan besök. ', `Läkemedel: ${((m) => `${m[0]} (ATC ${m[1]})`)(w.med())} kl ${hhmm(rng)}.`] },
    `Planen är upprättad ${svDate(date(rng))} tillsammans med ${w.name(b, 'full')} och ${w.name(rel[0].p)}. Uppföljning ${w.nm('date')}.`, '');
    w.lone(b); w.lone(rel[0].p);
  }
  const r = docx(blocks, { creator: w.meta(staff[0]) });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function visitLog(C) {
  const file = 'hemtjanst/besokslogg.ndjson'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 10);
  const clients = Array.from({ length: 30 }, () => ({ b: person(rng), id: w.pat('client-id', 'BR-#####'), tag: w.fix(null, 'nfc-tag', ['04', ...Array.from({ length: 6 }, () => rng.int(0, 255).toString(16).padStart(2, '0').toUpperCase())].join(':')) }));
  const lines = []; const k = clock(rng, '2026-11-16', 6, 7);
  for (let i = 0; i < 110; i++) {
    const s = rng.pick(staff); const c = i < clients.length ? clients[i] : rng.pick(clients); const dev = `TCS-${rng.int(100, 140)}`; k.next([120, 1500]);
    const ev = (o) => lines.push(JSON.stringify({ ts: `${k.day()}T${k.hms()}+01:00`, ...o }));
    ev({ event: 'visit.start', staff: w.name(s), device: dev, client: c.id, tag: c.tag, ...(rng.chance(0.3) ? { client_name: w.name(c.b, rng.pick(['full', 'surname-first'])) } : {}) });
    k.next([600, 2700]);
    ev({ event: 'visit.end', staff: w.name(s, rng.pick(['full', 'initial'])), client: c.id, tasks: rng.shuffle(TASKS).slice(0, rng.int(1, 3)), note: rng.pick([() => '', () => 'allt ok', () => `${w.lone(c.b)} trött idag`, () => `ringt ${rng.pick(REL)} ${w.name(person(rng))} ${w.phone()}`, () => `sjuksköterska ${w.name(person(rng))} kontaktad`])() });
    if (rng.chance(0.05)) ev({ event: 'sync', device: dev, server: O.servers[rng.int(0, 1)], app: `Mobil omsorg ${w.nm('version')}` });
  }
  const text = `${lines.join('\n')}\n`;
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function relativesMail(C) {
  const file = 'hemtjanst/anhorigmejl.mbox'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 4); const msgs = []; const stamps = [];
  for (let i = 0; i < 27; i++) {
    const { b, rel } = client(rng); const a = rel[0].p; const s = rng.pick(staff); const d = date(rng); const id = `${uid(rng, 11)}@${rng.pick(['mail.gmail.com', 'outlook.com', 'telia.com'])}`; stamps.push(stamp(d));
    const kind = i % 3; const em = w.mail(a);
    const ask = rng.pick([() => `Hej!\nJag är ${rel[0].r} till ${w.name(b)} (${w.pnr(old(rng))}). Hen har inte fått sin ${w.nm('medicine')} på två dagar. Kan någon ringa mig på ${w.phone()}?\n\n${rng.pick(L.SIGN)}\n${w.name(a)}`,
      () => `Hej ${w.lone(s)}, tack för igår! ${w.lone(b)} var så glad. Vi åker bort ${w.nm('date')}, nyckeln (${keyNo(w)}) finns hos grannen ${w.name(person(rng))}.\n/${w.name(a, 'lower')}`,
      () => `Till ${UNIT}\n\nJag vill klaga på att ingen kom till ${w.name(b, 'reversed')} i morse. Portkoden ${doorCode(w)} fungerar.\n\n${w.name(a)}\n${w.phone('landline')}`])();
    const latin = kind === 2 && !/[^\x00-\xff]/.test(`${ask}${a.full}`);
    if (kind === 0 || (kind === 2 && !latin)) msgs.push(single({ from: [w.name(a), em], to: [['Hemtjänst Norr', O.role['hemtjanst.norr']]], subject: `Angående ${b.first}`, date: rfcDate(d), id, body: ask, hdrMode: rng.pick(['Q', 'B']) }));
    if (kind === 2 && latin) msgs.push(single({ from: [w.name(a), em], to: [['', O.role['hemtjanst.norr']]], subject: `Angående ${b.first}`, date: rfcDate(d), id, body: ask, charset: 'iso-8859-1', enc: rng.pick(['qp', '8bit']) }));
    if (kind !== 1) { w.lone(b); continue; }
    const fwdFrom = person(rng);
    const inner = `${rng.pick(L.GREET)}!\n\n${ask}`;
    const doc = htmlDoc([[`Hej ${w.lone(a)},`], [`Vi har tagit emot ditt meddelande om ${w.name(b)} och vidarebefordrat det till sjuksköterskan ${w.name(fwdFrom)}.`], [rng.pick(L.SIGN), w.name(s), 'Undersköterska, ' + UNIT, `Arbetsmobil ${w.phone('mobile')}`, O.switchboard],
      ['---- Ursprungligt meddelande ----', `Från: ${w.name(a)} <${em}>`, `Skickat: ${svDate(d)} ${hhmm(rng)}`], inner.split('\n').map((l) => `> ${l}`)]);
    msgs.push(single({ from: [w.name(s), w.work(s, O.domain)], to: [[w.name(a), em]], cc: [[w.name(fwdFrom), w.work(fwdFrom, O.domain)]], subject: `SV: Angående ${b.first}`, date: rfcDate(d, '16:40:00'), id: `sv.${id}`, enc: 'b64', body: doc }));
    w.lone(b);
  }
  const r = mboxOf(msgs, stamps);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function schedule(C) {
  const file = 'hemtjanst/schema-v47.xlsx'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 14);
  const a = [['Sign', 'Förnamn', 'Efternamn', 'Personnummer', 'Arbetsmobil', 'Anställning']];
  for (const s of staff) { w.joined(s); a.push([`${s.first[0]}${s.last.replace(/^(von|af|de|van der|van|al-|Al-) ?/, '')[0]}`.toUpperCase(), s.first, s.last, w.pnr(rng.chance(0.2) ? { samord: true, minYear: 1975, maxYear: 2003 } : { minYear: 1960, maxYear: 2004 }), w.phone('mobile'), rng.pick(['Tillsvidare', 'Timvikarie', 'Vikariat'])]); }
  const b = [['Dag', 'Tid', 'Brukare', 'Adress', 'Portkod', 'Insats', 'Personal']];
  const clients = Array.from({ length: 22 }, () => person(rng));
  for (let i = 0; i < 80; i++) {
    const c = rng.pick(clients);
    b.push([rng.pick(L.WEEKDAYS.slice(0, 5)), hhmm(rng), w.name(c, rng.pick(['reversed', 'full', 'surname-first'])), `${rng.pick(L.STREETS)} ${rng.int(1, 60)}`, doorCode(w), rng.pick(TASKS), w.name(rng.pick(staff))]);
  }
  const r = xlsx([{ name: 'Personal', rows: a }, { name: 'Turer v47', rows: b }], { creator: w.meta(staff[0]) });
  C.put(file, r.bytes, r.text);
}

function deviations(C) {
  const file = 'hemtjanst/avvikelser.csv'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 8, { cp1252: true });
  const rows = [['Avvikelsenr', 'Datum', 'Typ', 'Brukare', 'Personnummer', 'Beskrivning', 'Rapporterad av', 'Åtgärd', 'Lex Sarah']];
  for (let i = 0; i < 45; i++) {
    const b = person(rng, { cp1252: true }); const s = rng.pick(staff);
    const desc = rng.pick([() => `${w.name(b)} hittades på golvet kl ${hhmm(rng)}. Larmade ${O.serviceLine}. ${w.name(rng.pick(staff))} kom som stöd.`,
      () => `Fel läkemedel: ${w.nm('medicine')} istället för ${w.nm('medicine')}. Sjuksköterska ${w.name(person(rng, { cp1252: true }))} informerad.`,
      () => `Missat besök, ingen personal kom. Anhörig ${w.name(person(rng, { cp1252: true }))} ringde ${w.phone()}.`,
      () => `Nyckel ${keyNo(w)} saknas i nyckelskåpet. Senast kvitterad av ${w.name(rng.pick(staff), 'initial')}.`])();
    rows.push([w.pat('deviation-number', 'AV-26-####'), w.nm('date'), rng.pick(['Fall', 'Läkemedel', 'Missat besök', 'Nyckel']), w.name(b, rng.pick(['full', 'reversed'])), w.pnr(old(rng)), desc, w.name(s), rng.pick(['Åtgärdad', 'Utreds', 'Ej påbörjad']), rng.chance(0.1) ? w.pat('case-number', 'LS-2026-##') : 'Nej']);
  }
  const r = csv(rows, { sep: ';', enc: 'cp1252' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function phoneNotes(C) {
  const file = 'hemtjanst/telefonanteckningar.txt'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 5); const out = [];
  for (let i = 0; i < 90; i++) {
    const { b, rel } = client(rng); const s = rng.pick(staff); w.name(s, 'initial');
    out.push(`${w.nm('date')} ${hhmm(rng)} /${s.first[0]}. ${s.last}`);
    out.push(rng.pick([() => `ringde ${rel[0].r} till ${w.lone(b)} (${w.name(rel[0].p)}) ang. matlådor, åter\u00ADkommer`, () => `${w.name(b, 'lower')} ringer själv, vill ha tid för dusch tors`, () => `sökt ${w.name(rel[1].p)} ${w.phone()} x3, ej svar`,
      () => `biståndshandläggare ${w.name(person(rng))} ringde, nytt beslut för ${w.name(b)} pnr ${w.pnr(old(rng))}`, () => `larm från ${w.name(b, 'caps')}, ${w.lone(s)} åkte dit 10 min`, () => `fel i pnr på ${w.lone(b)}: ${w.nm('pnr-bad-luhn')}, rättas av adm.`])(), '');
  }
  const text = out.join('\n');
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function alarms(C) {
  const file = 'hemtjanst/trygghetslarm.xml'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 6);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<larmregister enhet="${xmlEsc(UNIT)}" larmcentral="${O.serviceLine}">`];
  for (let i = 0; i < 25; i++) {
    const { b, rel } = client(rng); w.joined(b);
    out.push(`  <larm serienr="${w.pat('device-serial', 'NEAT-##@##-####')}" installerat="${w.nm('date')}">`, `    <brukare><fornamn>${xmlEsc(b.first)}</fornamn><efternamn>${xmlEsc(b.last)}</efternamn><pnr>${w.pnr(old(rng))}</pnr><tel>${w.phone('landline')}</tel></brukare>`);
    rel.forEach(({ p, r }, j) => out.push(`    <kontakt prio="${j + 1}" namn="${xmlEsc(w.name(p))}" relation="${r}" tel="${w.phone()}"/>`));
    for (let j = rng.int(0, 3); j > 0; j--) out.push(`    <handelse tid="${w.nm('date')} ${hhmm(rng)}" typ="${rng.pick(['larm', 'test', 'batteri'])}" atgard="${xmlEsc(rng.pick([() => `besök av ${w.name(rng.pick(staff))}`, () => 'ingen åtgärd', () => `ringt ${w.name(rel[0].p)}`])())}"/>`);
    out.push('  </larm>');
  }
  out.push('</larmregister>', '');
  const raw = out.join('\n');
  const text = xmlDecode(raw); orgNear(w, O, text); C.put(file, Buffer.from(raw), text);
}

function decisions(C) {
  const file = 'hemtjanst/bistandsbeslut.pdf'; const rng = new Rng(file); const w = ctx(C, file, rng); const pages = [];
  for (let i = 0; i < 7; i++) {
    const b = person(rng, { cp1252: true }); const h = person(rng, { cp1252: true }); const g = rng.chance(0.4) ? person(rng, { cp1252: true }) : null;
    pages.push([{ text: 'Ålsta kommun – Vård- och omsorgsförvaltningen', size: 12, bold: true }, '', { text: w.name(b, 'caps'), x: 330 }, { text: `${rng.pick(L.STREETS)} ${rng.int(1, 40)}`, x: 330 }, { text: `${w.nm('postcode')} ÅLSTA`, x: 330 }, '',
      { text: 'BESLUT om bistånd enligt 4 kap. 1 § socialtjänstlagen', bold: true }, `Diarienummer: ${w.pat('case-number', 'SN 2026/####')}`, `Sökande: ${w.name(b)}, ${w.pnr(old(rng))}`, ...(g ? [`God man: ${w.name(g)}, tel ${w.phone()}`] : []), '',
      `Du beviljas hemtjänst i form av ${rng.shuffle(TASKS).slice(0, 3).join(', ')} från ${w.nm('date')}.`, `Beslutet gäller t.o.m. ${w.nm('date')}. Avgift enligt taxa, högst ${w.nm('amount')} per månad.`, '',
      'Hur man överklagar: se bilaga.', '', `Biståndshandläggare ${w.name(h)}`, `Telefon ${w.phone('landline')} (direkt), växel ${O.switchboard}`, `${O.role.registrator}`]);
  }
  const r = pdf(pages, { title: 'Biståndsbeslut' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function staffCards(C) {
  const file = 'hemtjanst/personal.vcf'; const rng = new Rng(file); const w = ctx(C, file, rng); const bytes = []; const texts = [];
  for (const s of people(rng, 30)) {
    const r = contentLines([['BEGIN', 'VCARD', false], ['VERSION', '3.0', false], ['N', `${s.last};${s.first};;;`, false], ['FN', w.name(s)], ['ORG', `Ålsta kommun;${UNIT.split(',')[0]}`, false],
      ['TITLE', rng.pick(['Undersköterska', 'Vårdbiträde', 'Enhetschef', 'Samordnare', 'Sjuksköterska'])], ['TEL;TYPE=WORK,CELL', w.phone('mobile')], ['EMAIL;TYPE=WORK', w.work(s, O.domain)],
      ...(rng.chance(0.3) ? [['TEL;TYPE=HOME', w.phone()], ['NOTE', `Nyckelansvar ${keyNo(w)}. Närmast anhörig: ${w.name(person(rng))}, ${w.phone()}`]] : []), ['END', 'VCARD', false]]);
    bytes.push(r.bytes); texts.push(r.text);
  }
  C.put(file, Buffer.concat(bytes), texts.join('\n'));
}

export default function build(C) {
  for (const f of [plans, visitLog, relativesMail, schedule, deviations, phoneNotes, alarms, decisions, staffCards]) f(C);
}
