// Eleventh blind set — trafikskola/: an invented driving school, Trafikskolan Bromsljuset. Pupils, their supervisors
// (handledare: parents and others), instructors and driving examiners are people; cars' plates, course codes and test
// places are near-misses. Pupil CSV (all fields quoted), an .ics of lessons with folded lines, an mbox of HTML-only
// booking confirmations and replies, an SMS gateway log, an .xlsx of test results (split names on one sheet), a PDF of
// course participants, a Freshdesk CSV export with multi-line descriptions, Markdown notes and an ISO-8859-1 .eml.
import { Rng, uid, ctx, org, orgNear, person, people, kin, date, svDate, hhmm, clock, csv, xlsx, pdf, rfcDate, L, p2 } from './core.mjs';
import { single, mboxOf, emlOf, stamp, quote, htmlDoc, contentLines, utf8 } from './kit.mjs';

export const O = org('trafikskola', { domain: 'bromsljuset.se', roles: ['info', 'bokning', 'noreply', 'kassa'] });
const BRAND = 'Trafikskolan Bromsljuset';
const TEST_SITES = ['Förarprov Sollentuna', 'Förarprov Järfälla', 'Förarprov Uppsala', 'Förarprov Västerås'];
const pupil = (rng, o) => person(rng, o);
const teen = { minYear: 2004, maxYear: 2010 };
const car = (w) => `${w.rng.pick(L.CAR_MODELS)} (${w.nm('plate')})`;

function pupils(C) {
  const file = 'trafikskola/elever.csv'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const instr = people(rng, 6); const rows = [['Elevnr', 'Namn', 'Personnummer', 'Mobil', 'E-post', 'Handledare', 'Handledarens mobil', 'Körkortstillstånd t.o.m.', 'Paket', 'Instruktör']];
  for (let i = 0; i < 55; i++) {
    const p = pupil(rng); const h = rng.chance(0.8) ? kin(rng, rng.chance(0.6) ? p.last : person(rng).last) : null;
    rows.push([w.pat('pupil-number', 'E26-####'), w.name(p, rng.pick(['full', 'full', 'reversed', 'caps'])), w.pnr(teen), w.phone('mobile'), rng.chance(0.8) ? w.mail(p) : '',
      h ? w.name(h) : w.nm('lower-words'), h ? w.phone('mobile') : '', w.nm('date'), rng.pick(['B-paket 10', 'Intensiv 20', 'Risk 1+2', 'Mopedkort AM', 'Uppkörning']), w.name(rng.pick(instr), 'initial')]);
  }
  const r = csv(rows, { bom: true, quoteAll: true });
  C.put(file, r.bytes, r.text);
}

function lessons(C) {
  const file = 'trafikskola/korlektioner.ics'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const instr = people(rng, 4, { origin: 'sv' }); const props = [['BEGIN', 'VCALENDAR', false], ['VERSION', '2.0', false], ['PRODID', '-//Bromsljuset//Bokning 3.2//SV', false], ['X-WR-CALNAME', 'Körlektioner vecka 45–48']];
  for (let i = 0; i < 45; i++) {
    const p = pupil(rng); const t = instr[i % 4]; const d = date(rng, '2026-11-02', '2026-11-28').replace(/-/g, ''); const h = rng.int(7, 18);
    props.push(['BEGIN', 'VEVENT', false], ['UID', w.fix('email', 'calendar-uid', `${uid(rng, 12)}@bromsljuset.se`), false], ['DTSTAMP', '20261101T060000Z', false],
      ['DTSTART;TZID=Europe/Stockholm', `${d}T${p2(h)}${rng.pick(['00', '30'])}00`, false], ['DTEND;TZID=Europe/Stockholm', `${d}T${p2(h + 1)}${rng.pick(['00', '20'])}00`, false],
      ['SUMMARY', `Körlektion – ${w.name(p)}`],
      ['DESCRIPTION', `Elev: ${w.name(p)}\nMobil: ${w.phone('mobile')}\nBil: ${car(w)}\nUpphämtning: ${rng.chance(0.4) ? w.nm('street') : rng.pick(L.STREETS)} ${rng.int(1, 40)}\n${rng.pick(['Motorväg', 'Halka', 'Stadskörning', 'Parkering', 'Landsväg', 'Provkörning'])}${rng.chance(0.3) ? `. Handledare ${w.name(person(rng))} följer med.` : ''}`],
      ['LOCATION', rng.chance(0.5) ? `${BRAND}, ${w.nm('street')} 3` : rng.pick(TEST_SITES)],
      [`ORGANIZER;CN="${w.name(t)}"`, `mailto:${w.work(t, O.domain)}`, false], [`ATTENDEE;CN="${w.name(p)}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED`, `mailto:${w.mail(p)}`, false],
      ['STATUS', rng.pick(['CONFIRMED', 'CONFIRMED', 'CANCELLED']), false], ['END', 'VEVENT', false]);
  }
  props.push(['END', 'VCALENDAR', false]);
  const r = contentLines(props);
  C.put(file, r.bytes, r.text);
}

function confirmations(C) {
  const file = 'trafikskola/bokningsbekraftelser.mbox'; const rng = new Rng(file); const w = ctx(C, file, rng); const msgs = []; const stamps = [];
  const staff = people(rng, 3);
  for (let i = 0; i < 26; i++) {
    const p = pupil(rng); const d = date(rng); const id = `bk${uid(rng, 9)}@mailer.bromsljuset.se`; stamps.push(stamp(d)); const when = `${svDate(date(rng))} kl. ${hhmm(rng)}`;
    if (i % 3 !== 2) {
      const em = w.mail(p);
      const doc = htmlDoc([[`Hej ${w.lone(p)}!`], ['Tack för din bokning hos ' + BRAND + '.'], [`Elev: ${w.name(p, rng.pick(['full', 'caps']))}`, `Personnummer: ${w.pnr(teen)}`, `Tid: ${when}`, `Bil: ${car(w)}`, `Instruktör: ${w.name(rng.pick(staff))}`, `Bokningsnr: ${w.pat('booking-number', 'BL-######')}`, `Pris: ${w.nm('amount')}`],
        [`Avbokning senast 24 timmar innan på ${O.serviceLine} eller ${O.role.bokning}.`], ['Detta mejl går inte att svara på.']], { title: 'Bokningsbekräftelse' });
      msgs.push(single({ from: [BRAND, O.role.noreply], to: [[w.name(p), em]], subject: `Bokningsbekräftelse ${when}`, date: rfcDate(d), id, enc: i % 2 ? 'b64' : 'qp', body: doc }));
    } else {
      const parent = kin(rng, p.last); const s = rng.pick(staff); const pm = w.mail(parent);
      const body = `${rng.pick(['Hej!', 'Hej,', 'Hejsan'])}\nJag är handledare för ${w.name(p)} och undrar om vi kan flytta lektionen ${when} till ${rng.pick(L.WEEKDAYS)} istället? ${w.lone(p)} har prov i skolan.\n\n${rng.pick(L.SIGN)}\n${w.name(parent)}\n${w.phone('mobile')}`;
      msgs.push(single({ from: [w.name(parent), pm], to: [['Bromsljuset Bokning', O.role.bokning]], subject: `Flytta lektion för ${w.lone(p)}`, date: rfcDate(d), id, body, hdrMode: 'B' }));
      const reply = `Hej ${w.lone(parent)},\n\nDet går bra, ny tid ${svDate(date(rng))} kl. ${hhmm(rng)}.\n\nMvh ${w.name(s)}\n${BRAND}, ${O.switchboard}\n\n${quote(body)}`;
      msgs.push(single({ from: [w.name(s), w.work(s, O.domain)], to: [[w.name(parent), pm]], subject: `SV: Flytta lektion för ${p.first}`, date: rfcDate(d, '14:02:11'), id: `re.${id}`, body: reply }));
      stamps.push(stamp(d, '14:02:11'));
    }
  }
  const r = mboxOf(msgs, stamps);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function smsLog(C) {
  const file = 'trafikskola/sms-logg.txt'; const rng = new Rng(file); const w = ctx(C, file, rng); const out = [];
  const k = clock(rng, '2026-11-02', 6, 8);
  for (let i = 0; i < 100; i++) {
    const p = pupil(rng); const to = w.phone('mobile', rng.pick(['e164', 'e164', 'intl']));
    const ts = `${k.next([60, 1500]).day()} ${k.hms()}`;
    if (rng.chance(0.7)) {
      const msg = rng.pick([() => `Hej ${w.lone(p)}! Påminnelse: körlektion imorgon ${hhmm(rng)}. Avbokning senast 24 h innan på ${O.serviceLine}. /${BRAND}`,
        () => `Hej ${w.name(p)}, din uppkörning på ${rng.pick(TEST_SITES)} är ${w.nm('date')} ${hhmm(rng)}. Ta med legitimation!`,
        () => `${BRAND}: Faktura ${w.pat('invoice-number', '9#####')} på ${w.nm('amount')} förfaller ${w.nm('date')}. Bg ${O.bankgiro}.`])();
      out.push(`${ts} OUT id=${uid(rng, 8)} to=${to} from=Bromsljuset status=${rng.pick(['DELIVRD', 'DELIVRD', 'UNDELIV'])} msg="${msg}"`);
    } else {
      const msg = rng.pick([() => 'ok tack', () => `kan inte komma ${rng.pick(L.WEEKDAYS)} sjuk /${w.fix('name', 'lone-first-name', p.first.toLowerCase())}`, () => `detta e mamma till ${w.lone(p)}, kan ni ringa mig på ${w.phone('mobile', 'compact')}`,
        () => `hej det är ${w.name(p, 'lower')} jag har bytt nummer till ${w.phone('mobile', 'compact')}`, () => 'STOPP'])();
      out.push(`${ts} IN  id=${uid(rng, 8)} from=${to} to=71${rng.digits(3)} msg="${msg}"`);
    }
  }
  const text = `${out.join('\n')}\n`;
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function results(C) {
  const file = 'trafikskola/provresultat.xlsx'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const examiners = people(rng, 5); const a = [['Elev', 'Personnummer', 'Datum', 'Provort', 'Resultat', 'Poäng']];
  for (let i = 0; i < 40; i++) a.push([w.name(pupil(rng), rng.pick(['full', 'reversed'])), w.pnr({ ...teen, style: rng.pick(['long', 'short']) }), w.nm('date'), rng.pick(TEST_SITES), rng.pick(['Godkänd', 'Underkänd']), rng.int(38, 65)]);
  const b = [['Förnamn', 'Efternamn', 'Bil', 'Förarprövare', 'Resultat', 'Kommentar']];
  for (let i = 0; i < 35; i++) {
    const p = w.joined(pupil(rng));
    b.push([p.first, p.last, w.nm('plate'), w.name(rng.pick(examiners)), rng.pick(['G', 'U', 'G']), rng.pick(['', 'Väjningsplikt', 'Hastighet', () => `Kör igen med ${w.lone(rng.pick(examiners))}`, 'Placering i rondell'].map((x) => (typeof x === 'function' ? x : () => x)))()]);
  }
  const r = xlsx([{ name: 'Kunskapsprov', rows: a }, { name: 'Körprov', rows: b }], { creator: BRAND });
  C.put(file, r.bytes, r.text);
}

function riskCourse(C) {
  const file = 'trafikskola/riskutbildning-deltagare.pdf'; const rng = new Rng(file); const w = ctx(C, file, rng); const pages = [];
  for (let c = 0; c < 3; c++) {
    const lead = person(rng, { cp1252: true });
    const lines = [{ text: `Riskutbildning del ${rng.int(1, 2)} – kurs ${w.pat('course-code', 'RISK-26-###')}`, size: 14, bold: true }, `Datum: ${w.nm('date')}  Plats: ${BRAND}, ${w.nm('street')} 3`, `Kursledare: ${w.name(lead)}`, '',
      'Nr   Namn                          Personnummer      Mobil'];
    for (let i = 1; i <= 14; i++) lines.push(`${String(i).padStart(2, ' ')}   ${w.name(person(rng, { cp1252: true }), rng.pick(['full', 'reversed']))}    ${w.pnr(teen)}    ${w.phone('mobile')}`);
    lines.push('', `Intygas: ${w.name(lead, 'initial')}`, { text: `${BRAND} · ${O.switchboard} · org.nr ${O.orgnr}`, size: 8 });
    pages.push(lines);
  }
  const r = pdf(pages, { title: 'Deltagarlistor riskutbildning' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function freshdesk(C) {
  const file = 'trafikskola/freshdesk-tickets.csv'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const agents = people(rng, 4); const rows = [['Ticket ID', 'Subject', 'Description', 'Status', 'Priority', 'Source', 'Type', 'Agent', 'Group', 'Created time', 'Full name', 'Contact ID', 'Email', 'Work phone', 'Mobile phone']];
  for (let i = 0; i < 45; i++) {
    const p = pupil(rng); const em = w.mail(p);
    const desc = rng.pick([() => `Hej!\nJag har betalat ${w.nm('amount')} men syns inte i systemet. Mitt personnummer ${w.pnr(teen)}.\n\n/${w.name(p)}`,
      () => `Hej, mitt barn ${w.name(person(rng))} har uppkörning ${w.nm('date')} men har inte fått kallelse.\nMvh ${w.name(p)}`,
      () => `Kan ni ändra min handledare till ${w.name(person(rng))}? Numret är ${w.phone('mobile')}.`,
      () => `Fick en p-bot när jag körde med er bil ${w.nm('plate')}?? Den ska väl inte gå på mig. ${w.name(p, 'lower')}`,
      () => `Hi, I'm an exchange student (${w.pnr({ ...teen, samord: true })}), can I take lessons in English? Call ${w.phone('foreign')}`])();
    rows.push([String(3100 + i), rng.pick(['Betalning', 'Uppkörning', 'Handledare', 'Kontrollavgift', 'Övrigt']), desc, rng.pick(['Open', 'Pending', 'Resolved', 'Closed']), rng.pick(['Low', 'Medium', 'High']),
      rng.pick(['Email', 'Portal', 'Phone']), rng.pick(['Question', 'Problem', 'Incident']), w.name(rng.pick(agents)), 'Kundtjänst', `${date(rng)} ${hhmm(rng)}:00`, w.name(p), String(7000000 + rng.int(0, 99999)),
      em, rng.chance(0.2) ? O.switchboard : '', rng.chance(0.7) ? w.phone('mobile') : '']);
  }
  const r = csv(rows);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function notes(C) {
  const file = 'trafikskola/instruktorsanteckningar.md'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const me = person(rng, { origin: 'sv' }); const out = [`# Anteckningar – ${w.name(me)}`, '', `_Instruktör, ${BRAND}. Privat mobil ${w.phone('mobile')}_`, ''];
  for (let i = 0; i < 50; i++) {
    const p = pupil(rng);
    out.push(`## ${w.nm('date')} – ${w.name(p)} (${rng.pick(['B', 'B', 'AM', 'BE'])})`, '');
    for (const f of rng.shuffle([() => `- körde bra i rondell, ${rng.pick(['glömmer blinka', 'för snabb i 30-zon', 'bra blickteknik', 'osäker vid vänstersväng'])}`,
      () => `- handledare: ${w.name(person(rng), rng.pick(['full', 'lower']))} (${rng.pick(['mamma', 'pappa', 'moster', 'farbror', 'granne'])}), ${w.phone('mobile')}`,
      () => `- bil ${w.nm('plate')}, hämtade vid ${w.nm('street')}`, () => `- **prov** ${w.nm('date')} på ${rng.pick(TEST_SITES)}`, () => `- ring ${w.lone(p)} ang. betalning (${w.nm('amount')})`]).slice(0, rng.int(2, 4))) out.push(f());
    out.push('');
  }
  const r = utf8(out.join('\n'));
  C.put(file, r.bytes, r.text);
}

function supervisorMail(C) {
  const file = 'trafikskola/handledarintyg.eml'; const rng = new Rng(file); const w = ctx(C, file, rng);
  let h; do h = person(rng, { origin: 'sv' }); while (/[^\x00-\xff]/.test(h.full));
  const p = kin(rng, h.last, { origin: 'sv' });
  const body = `Hej!\n\nJag heter ${w.name(h)} och är godkänd handledare för mitt barn ${w.name(p)} (${w.pnr(teen)}).\nHandledarintyget gäller t.o.m. ${w.nm('date')}, ärendenummer hos Transportstyrelsen ${w.pat('case-number', 'TSTRK ####-#####')}.\n\n`
    + `Körkortstillståndet är klart och vi vill boka intensivkurs. Ni når mig på ${w.phone('mobile')} eller ${w.phone('landline')}.\nElevens egen mejl: ${w.mail(p)}\n\nHälsningar\n${w.name(h)}\n${rng.pick(L.STREETS)} ${rng.int(1, 40)}, ${w.nm('postcode')} ${rng.pick(L.CITIES)}`;
  const r = single({ from: [w.name(h), w.mail(h)], to: [[BRAND, O.role.info]], subject: 'Handledarintyg och intensivkurs', date: rfcDate('2026-11-12', '21:44:03'), id: `${uid(rng, 14)}@hemma.example`, charset: 'iso-8859-1', body,
    extra: ['X-Mailer: Microsoft Outlook 16.0', 'Importance: normal'] });
  orgNear(w, O, r.text); const e = emlOf(r); C.put(file, e.bytes, e.text);
}

export default function build(C) {
  for (const f of [pupils, lessons, confirmations, smsLog, results, riskCourse, freshdesk, notes, supervisorMail]) f(C);
}
