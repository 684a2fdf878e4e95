// Eighteenth blind set — a municipal adult-education language school, "Vuxenutbildningen Norrvik, SFI-centrum" (sfi/):
// the student register (UTF-8 BOM CSV, surname first in split fields), attendance per class (.xlsx, several sheets),
// a grade list (.pdf), teachers' Markdown notes, a Teams chat export (JSON with HTML bodies), the study counsellor's
// mailbox (mbox, encoded-word headers, a CSV attachment), a calendar of progress talks (.ics), study plans (XML),
// e-service applications (NDJSON), absence notices (.zip with a zip inside), certificates (.docx) and SMS reminders (TSV).
import { Rng, person, crowd, people, kin, nameAs, NM, T, pnr, phone, email, workEmail, ipVal, org, footer, role, server, nears,
  csv, xlsx, zip, mbox, docx, pdfLines, jsonText, txt, xml, put, date, dotDate, hhmm, hms, isoTs, num, safe, alnum, hex, uuid, street, postcode, CITIES,
  rfcDate, mboxDate, hdr, quote, toHtml, htmlToText, folded, LONE, LOOKALIKE, SFI_ORIGINS, p2, cp1252ok, X, compactDate } from './core.mjs';

const O = (rng) => org(rng, { name: 'Vuxenutbildningen Norrvik', domain: 'norrvik.se', area: '60', roles: ['sfi', 'vuxenutbildning', 'noreply', 'studievagledning', 'kommun'] });
const ORIG = { origins: SFI_ORIGINS, middle: 0.12 };
const sid = (rng) => `E${rng.pick(['2025', '2026'])}-${String(rng.int(1, 9999)).padStart(5, '0')}`;
const CLASSES = ['SFI 1B Mån-Ons', 'SFI 2C Fm', 'SFI 2C Em', 'SFI 3D Distans', 'SFI 3D Kväll', 'SFI 2B Yrkes-SFI vård', 'SFI 3C Intensiv', 'SFI 1A Alfa'];
const LANGS = ['arabiska', 'somaliska', 'tigrinja', 'dari', 'persiska', 'ukrainska', 'thailändska', 'polska', 'kurdiska (sorani)', 'turkiska', 'vietnamesiska', 'spanska', 'engelska', 'mandarin'];
const samordOrPnr = (rng) => (rng.chance(0.3) ? pnr(rng, { samord: true, minYear: 1960, maxYear: 2006 }) : pnr(rng, { minYear: 1955, maxYear: 2007 }));

export default function build(C) {
  const g = new Rng('sfi/org'); const o = O(g);
  const teachers = people(g, 12, { middle: 0.1 });
  const students = crowd(g, 520, ORIG);
  register(C, o, students); attendance(C, o, teachers); grades(C, o, teachers); teacherNotes(C, o, teachers); teams(C, o, teachers); counsellorMail(C, o, teachers);
  talks(C, o, teachers); plans(C, o, teachers); applications(C, o); absences(C, o, teachers); certificates(C, o, teachers); smsReminders(C, o);
}

function register(C, o, students) {
  const file = 'sfi/elevregister_HT2026.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Elev-ID', 'Personnummer/Samordningsnr', 'Efternamn', 'Förnamn', 'Kurs', 'Studieväg', 'Modersmål', 'Mobil', 'E-post', 'Folkbokföringsort', 'Startdatum', 'Status', 'Kommentar']];
  for (const p of students.slice(0, 170)) {
    C.joined(file, p.given, p.last);
    const id = rng.chance(0.9) ? T(R, 'personnummer', samordOrPnr(rng)) : rng.pick([() => nm.masked(), () => 'saknas – väntar på SKV', () => nm.badDate()])();
    const c = rng.weighted([['', 12], ['tolk', 1], ['ref', 1], ['rel', 1], ['dnr', 1]]);
    let com = '';
    if (c === 'tolk') com = `behöver tolk (${rng.pick(LANGS)}) vid samtal`;
    if (c === 'ref') com = `anvisad via AF, handläggare ${NM(R, person(rng, { middle: 0 }), 'full', 'running-text')}`;
    if (c === 'rel') com = `kontaktperson: ${NM(R, kin(rng, p), 'full', 'relative')} ${T(R, 'phone', phone(rng))}`;
    if (c === 'dnr') com = `LMA-kort ${nm.id('lma-number', `${rng.int(10, 99)}-${num(rng, 6)}-${rng.int(1, 9)}`)}`;
    rows.push([nm.id('student-id', sid(rng)), id, p.last, p.given, rng.pick(['SFI A', 'SFI B', 'SFI C', 'SFI D']), rng.pick(['1', '2', '3']), rng.pick(LANGS),
      rng.chance(0.92) ? T(R, 'phone', phone(rng, rng.chance(0.95) ? 'mobile' : 'foreign', rng.weighted([['compact', 50], ['grouped', 20], ['intl', 10], ['dash', 10], ['e164', 10]]))) : '',
      rng.chance(0.8) ? T(R, 'email', email(rng, p)) : '', rng.pick(['Norrvik', 'Norrvik', 'Sandvall', 'Bergsjö', 'Östanå']), nm.date(date(rng, '2025-08-18', '2026-11-02')), rng.pick(['Aktiv', 'Aktiv', 'Aktiv', 'Uppehåll', 'Avbrott', 'Klar']), com]);
  }
  put(C, file, csv(rows, { sep: ';', bom: true }));
}

function attendance(C, o, teachers) {
  const file = 'sfi/narvaro/narvaro_v44-v47.xlsx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const sheets = [];
  for (const cls of CLASSES) {
    const t = rng.pick(teachers);
    const rows = [[`${cls} – lärare ${NM(R, t, 'full', 'staff')}`], [], ['Elev', 'Elev-ID', 'v44 mån', 'v44 tis', 'v44 ons', 'v45 mån', 'v45 tis', 'v45 ons', 'v46 mån', 'v46 tis', 'v46 ons', 'v47 mån', 'v47 tis', 'v47 ons', 'Närvaro %', 'Notering']];
    const kids = people(rng, rng.int(16, 22), ORIG);
    for (const p of kids) {
      const marks = Array.from({ length: 12 }, () => rng.weighted([['N', 80], ['F', 8], ['G', 5], ['S', 4], ['', 3]]));
      const pct = Math.round((marks.filter((m) => m === 'N').length / 12) * 100);
      const note = rng.weighted([['', 10], ['sjuk', 1], ['praktik', 1], ['LONE', 1], ['PH', 1]]);
      rows.push([NM(R, p, rng.weighted([['surname-first', 6], ['surname-first-caps', 1], ['full', 2]])), nm.id('student-id', sid(rng)), ...marks, pct,
        note === 'LONE' ? `samma som ${nm.lone(rng.pick(LONE))}?` : note === 'PH' ? `ny tel ${T(R, 'phone', phone(rng, 'mobile'))}` : note]);
    }
    rows.push([], ['N = närvarande, F = frånvarande, G = giltig frånvaro, S = sen ankomst']);
    sheets.push({ name: cls.slice(0, 31), rows });
  }
  put(C, file, xlsx(sheets, { creator: NM(R, teachers[0], 'full', 'xlsx-creator') }));
}

function grades(C, o, teachers) {
  const file = 'sfi/betyg/betygskatalog_SFI_D_HT2026.pdf'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const t = teachers.find((x) => cp1252ok(x.full)) ?? teachers[0];
  const lines = [{ text: 'BETYGSKATALOG – Kommunal vuxenutbildning i svenska för invandrare', size: 13, bold: true }, `Kurs: SFI kurs D (SFIKURSD)   Period: 2026-08-17 – 2026-12-18`,
    `Skolenhet: ${o.name}, SFI-centrum   Skolenhetskod ${nm.id('school-unit-code', num(rng, 8))}`, `Betygssättande lärare: ${NM(R, t, 'full', 'staff')}`, '', 'Namn                                  Person-/samordningsnr      Betyg   Datum'];
  const kids = crowd(rng, 150, { ...ORIG, cp1252: true });
  for (const p of kids) {
    lines.push(`${NM(R, p, rng.chance(0.8) ? 'surname-first' : 'full', 'pdf-row')}   ${T(R, 'personnummer', samordOrPnr(rng))}   ${rng.pick(['A', 'B', 'C', 'C', 'D', 'E', 'E', 'F', '-'])}   ${nm.date(date(rng, '2026-11-02', '2026-11-20'))}`);
  }
  lines.push('', `Underskrift rektor: ${NM(R, teachers[teachers.length - 1].full && cp1252ok(teachers[teachers.length - 1].full) ? teachers[teachers.length - 1] : t, 'full', 'signature')}`, `${o.name} | Org.nr ${nm.orgnr()} | Växel ${R.n('phone', 'switchboard', o.switchboard)}`);
  put(C, file, pdfLines(lines, { per: 55, title: 'Betygskatalog SFI D' }));
}

function teacherNotes(C, o, teachers) {
  const file = 'sfi/lararlag/anteckningar_elevhalsa.md'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const out = ['# Elevärenden SFI – lärarlaget (intern)', '', '> Skriv inte känsliga uppgifter här!! (ja vi vet...)', ''];
  const kids = crowd(rng, 130, ORIG);
  let d = '2026-08-20';
  for (const p of kids) {
    if (rng.chance(0.12)) { d = date(rng, '2026-08-20', '2026-11-24'); out.push('', `## Möte ${d}`, `Närvarande: ${teachers.slice(0, rng.int(3, 6)).map((t) => NM(R, t, 'short', 'staff')).join(', ')}`, ''); }
    const t = rng.pick(teachers);
    out.push(rng.pick([
      () => `- **${NM(R, p, 'full', 'markdown-bold')}** (${nm.id('student-id', sid(rng))}) – hög frånvaro v45-46, ${nm.lone(t.first.toLowerCase())} ringer. tel ${T(R, 'phone', phone(rng, 'mobile'))}`,
      () => `- ${NM(R, p, 'lower', 'lower')} vill byta till kvällskurs pga jobb (städ), ok enl rektor`,
      () => `- pratat m ${NM(R, p, 'short', 'running-text')} om praktik på ${nm.lookalike('company')} — vill ha intyg till AF`,
      () => `- ${NM(R, p, 'surname-first', 'surname-first')}: nytt samordningsnr ${T(R, 'personnummer', pnr(rng, { samord: true, minYear: 1970, maxYear: 2005 }))} → uppdatera i Procapita`,
      () => `- ${nm.lone(p.first)} (2C fm) gråter ofta, hänvisat till kurator ${NM(R, rng.pick(teachers), 'full', 'staff')}`,
      () => `- Mamman till ${NM(R, p, 'full', 'running-text')} ringde, hon heter ${NM(R, kin(rng, p), 'full', 'relative')}, vill vara med på samtal. Tolk ${rng.pick(LANGS)}.`,
      () => `- ${NM(R, p, 'full', 'running-text')} klar med D, betyg C. Grattis! 🎉`,
      () => `- dubbelregistrerad? ${nm.id('student-id', sid(rng))} och ${nm.id('student-id', sid(rng))} samma person (${NM(R, p, 'caps', 'caps')})`,
      () => `- ${nm.lone(t.first)}: lånat ut dator S/N ${nm.id('serial-number', alnum(rng, 10))} till ${NM(R, p, 'short', 'running-text')}, ska tillbaka ${dotDate(date(rng))}`,
    ])());
  }
  put(C, file, txt(`${out.join('\n')}\n`));
}

function teams(C, o, teachers) {
  const file = 'sfi/lararlag/teams_chatt_SFI-lararlaget.json'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const msgs = [];
  const kids = crowd(rng, 50, ORIG);
  const ids = new Map(teachers.map((t) => [t.full, uuid(rng)]));
  for (const p of kids) {
    const t = rng.pick(teachers);
    const d = date(rng, '2026-09-01', '2026-11-24');
    const body = rng.pick([
      () => `<p>Har någon sett <b>${NM(R, p, 'full', 'html')}</b> idag? Hon/han skulle ha prov.</p>`,
      () => `<p>${NM(R, p, 'short', 'html')} ringde från ${T(R, 'phone', phone(rng, 'mobile'))}, sjuk resten av veckan</p>`,
      () => `<div>Kan någon ta ${nm.lone(p.first)} på eftermiddagen? Jag har utvecklingssamtal med ${NM(R, person(rng, ORIG), 'full', 'html')} 13.30</div>`,
      () => `<p>Mejlet från ${NM(R, p, 'full', 'html')} &lt;${T(R, 'email', email(rng, p))}&gt; hamnade i skräpposten, vidarebefordrar</p>`,
      () => `<p>påminnelse: betyg i ${nm.id('system-name', 'Alvis')} senast fredag</p>`,
    ])();
    msgs.push({ id: String(Date.UTC(2026, 8, 1) + rng.int(0, 8e9)), messageType: 'message', createdDateTime: isoTs(rng, d),
      from: { user: { id: ids.get(t.full), displayName: NM(R, t, 'full', 'chat-speaker'), userIdentityType: 'aadUser' } }, body: { contentType: 'html', content: body },
      mentions: rng.chance(0.2) ? [{ id: 0, mentionText: NM(R, rng.pick(teachers), 'short', 'staff') }] : [], reactions: [] });
  }
  // JSON text: HTML bodies keep their tags; decoded text = JSON with entities as written (`&lt;` around addresses)
  put(C, file, txt(jsonText({ '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19:meeting')/messages", value: msgs }, 1)));
}

function counsellorMail(C, o, teachers) {
  const file = 'sfi/studievagledning/inkorg_2026-11.mbox'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const sv = teachers[2];
  const svAddr = workEmail(sv, 'norrvik.se');
  const msgs = [];
  const kids = people(rng, 34, ORIG);
  for (const p of kids) {
    const d = date(rng, '2026-10-01', '2026-11-24'); const time = `${hhmm(rng)}:${p2(rng.int(10, 59))}`;
    const addr = email(rng, p).value;
    const kind = rng.weighted([['broken', 4], ['en', 2], ['reply', 2], ['af', 1]]);
    let text; let subject; let from; const to = [hdr(R, sv, svAddr, { sub: 'header-display', addrSub: 'staff-work' })];
    const att = [];
    if (kind === 'broken') {
      from = hdr(R, p, addr); subject = rng.pick(['fråga', 'Hej lärare', 'intyg', 'jag kan inte komma', 'Byta kurs']);
      text = `hej\njag heter ${NM(R, p, rng.chance(0.3) ? 'lower' : 'full', 'self-intro')} jag läser sfi ${rng.pick(['c', 'D', '2C'])}. jag behöver intyg for arbetsformedlingen. mitt personnummer ${T(R, 'personnummer', samordOrPnr(rng))}\ntack\n${rng.chance(0.5) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'spaced', 'slash']))) : ''}`;
    } else if (kind === 'en') {
      from = hdr(R, p, addr); subject = 'Question about SFI course';
      text = `Dear Sir/Madam,\n\nMy name is ${NM(R, p, 'full', 'self-intro')} and I moved to Norrvik in ${rng.pick(['August', 'September', 'October'])}. I would like to start SFI as soon as possible. I have a coordination number ${T(R, 'personnummer', pnr(rng, { samord: true, minYear: 1975, maxYear: 2004 }))}.\nMy phone: ${T(R, 'phone', phone(rng, rng.chance(0.5) ? 'foreign' : 'mobile'))}\n\nBest regards,\n${NM(R, p, 'full', 'signature')}`;
    } else if (kind === 'reply') {
      from = hdr(R, p, addr); subject = `Sv: Ang. studieplan ${nm.id('student-id', sid(rng))}`;
      const prev = `Hej ${p.first}!\n\nDu behöver boka ett möte med mig. Ring ${R.n('phone', 'switchboard', o.switchboard)} och fråga efter mig.\n\nVänliga hälsningar\n${sv.full}\nStudie- och yrkesvägledare\n${o.name}`;
      nm.lone(p.first); R.t('name', sv.full, 'signature');
      text = `ok jag kommer tisdag.\n${nm.lone(p.first)}\n\n${rng.chance(0.5) ? `Den ${dotDate(d)} kl. ${hhmm(rng)} skrev ${sv.full} <${svAddr}>:` : '-----Ursprungligt meddelande-----'}\n${quote(prev)}`;
    } else {
      const af = person(rng, { middle: 0 });
      const afAddr = workEmail(af, 'arbetsformedlingen.example');
      from = hdr(R, af, afAddr, { addrSub: 'staff-work' }); subject = `Deltagarlista - anvisade till SFI, ${rng.pick(['november', 'december'])}`;
      const list = people(rng, 8, ORIG);
      const rows = [['Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'Handläggare']];
      for (const q of list) { C.joined(file, q.given, q.last); rows.push([q.given, q.last, T(R, 'personnummer', samordOrPnr(rng)), T(R, 'phone', phone(rng, 'mobile', 'compact')), af.full]); }
      const c = csv(rows, { sep: ';' });
      att.push({ name: 'anvisade_sfi.csv', type: 'text/csv; charset=utf-8', data: c.bytes, text: c.text });
      text = `Hej ${nm.lone(sv.first)},\n\nBifogar listan på deltagare som anvisats till SFI. ${NM(R, list[0], 'full', 'running-text')} har förtur (etableringsprogrammet).\n\nMed vänlig hälsning\n${NM(R, af, 'full', 'signature')}\nArbetsförmedlingen\n${T(R, 'phone', phone(rng, 'landline'))}`;
    }
    const m = { from, to, subject, date: rfcDate(d, time), mboxDate: mboxDate(d, time), id: `${uuid(rng)}@${rng.pick(['gmail.com', 'eur.prod.outlook.com', 'mail.yahoo.com'])}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), attachments: att };
    if (rng.chance(0.3)) { m.html = toHtml(text); m.htmlText = htmlToText(m.html); }
    msgs.push(m);
  }
  put(C, file, mbox(msgs));
}

function talks(C, o, teachers) {
  const file = 'sfi/kalender/utvecklingssamtal_nov.ics'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Utvecklingssamtal SFI'];
  const kids = people(rng, 70, ORIG);
  for (const p of kids) {
    const t = rng.pick(teachers); const d = compactDate(date(rng, '2026-11-02', '2026-12-11'));
    const h = rng.int(8, 15);
    const tol = rng.chance(0.3) ? person(rng, { origins: SFI_ORIGINS, middle: 0 }) : null;
    L.push('BEGIN:VEVENT', `UID:${uuid(rng)}`, `DTSTAMP:20261101T080000Z`, `DTSTART;TZID=W. Europe Standard Time:${d}T${p2(h)}0000`, `DTEND;TZID=W. Europe Standard Time:${d}T${p2(h)}3000`,
      `SUMMARY:Utv.samtal ${NM(R, p, 'full', 'ics-summary')}${tol ? ' (tolk)' : ''}`, `LOCATION:Sal ${nm.id('room', `${rng.pick(['A', 'B', 'C'])}${rng.int(101, 320)}`)}`,
      `ORGANIZER;CN=${NM(R, t, 'full', 'ics-cn')}:mailto:${R.t('email', workEmail(t, 'norrvik.se'), 'staff-work')}`,
      `ATTENDEE;CN=${NM(R, p, 'full', 'ics-cn')};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${T(R, 'email', email(rng, p))}`);
    if (tol) L.push(`ATTENDEE;CN=${NM(R, tol, 'full', 'ics-cn')} (tolk);ROLE=OPT-PARTICIPANT:mailto:${R.t('email', workEmail(tol, 'tolkcentralen.example'), 'work')}`);
    L.push(`DESCRIPTION:Elev-ID ${nm.id('student-id', sid(rng))}. Tel elev ${T(R, 'phone', phone(rng, 'mobile'))}. Ta med ID-handling.`, 'END:VEVENT');
  }
  L.push('END:VCALENDAR');
  put(C, file, folded(L));
}

function plans(C, o, teachers) {
  const file = 'sfi/studieplaner/ips_export.xml'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<StudyPlans exported="2026-11-20T07:12:44" system="Alvis" unit="${X(o.name)}">`];
  const kids = crowd(rng, 80, ORIG);
  for (const p of kids) {
    const t = rng.pick(teachers);
    C.joined(file, p.given, p.last);
    out.push(`  <StudyPlan id="${nm.id('plan-id', `IUP-${num(rng, 6)}`)}" status="${rng.pick(['active', 'signed', 'draft'])}">`,
      `    <Student><GivenName>${X(p.given)}</GivenName><FamilyName>${X(p.last)}</FamilyName><CivicNo>${T(R, 'personnummer', samordOrPnr(rng))}</CivicNo><StudentId>${nm.id('student-id', sid(rng))}</StudentId>`,
      `      <Contact phone="${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'e164', 'intl'])))}" email="${rng.chance(0.7) ? T(R, 'email', email(rng, p)) : ''}"/></Student>`,
      `    <Mentor>${X(NM(R, t, 'full', 'staff'))}</Mentor>`,
      `    <Goal>${X(rng.pick(['Undersköterskeutbildning', 'Körkortsteori', 'Gymnasiebehörighet', 'Jobb inom restaurang', 'Validering som lärare', 'Busskort C/D']))}</Goal>`,
      `    <Courses>${['SFI C', 'SFI D', 'SVA grund'].slice(0, rng.int(1, 3)).map((c) => `<Course code="${nm.id('course-code', `SFIKUR${c.slice(-1)}${rng.int(1, 9)}`)}" start="${date(rng, '2026-01-07', '2026-08-17')}" points="${rng.pick([100, 150, 200])}"/>`).join('')}</Courses>`,
      `    <Note>${X(rng.chance(0.3) ? `Samtal ${dotDate(date(rng))}, ${NM(R, p, 'short', 'running-text')} vill ${rng.pick(['läsa snabbare', 'ha distans', 'ha barnomsorg först'])}.` : '')}</Note>`,
      '  </StudyPlan>');
  }
  out.push('</StudyPlans>');
  put(C, file, xml(`${out.join('\n')}\n`));
}

function applications(C, o) {
  const file = 'sfi/etjanst/ansokningar_sfi_2026-10_11.ndjson'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = [];
  const kids = crowd(rng, 65, ORIG);
  for (const p of kids) {
    const d = date(rng, '2026-10-01', '2026-11-24');
    const sam = rng.chance(0.35);
    const obj = { caseId: nm.id('case-number', `VUX-2026-${num(rng, 5)}`), submitted: isoTs(rng, d), form: 'Ansökan SFI', channel: rng.pick(['e-tjanst', 'e-tjanst', 'pappersblankett']),
      applicant: { firstName: p.given, lastName: p.last, civicNumber: T(R, 'personnummer', sam ? pnr(rng, { samord: true, minYear: 1965, maxYear: 2006 }) : pnr(rng, { minYear: 1960, maxYear: 2007 })),
        address: { street: street(rng), zip: nm.postcode(`${rng.int(850, 880)} ${rng.digits(2)}`), city: 'Norrvik' }, phone: T(R, 'phone', phone(rng, 'mobile')), email: rng.chance(0.85) ? T(R, 'email', email(rng, p)) : null,
        nativeLanguage: rng.pick(LANGS), yearsOfSchooling: rng.int(0, 16), interpreterNeeded: rng.chance(0.3) },
      consent: { gdpr: true, bankId: rng.chance(0.6) }, meta: { ip: T(R, 'ip', ipVal(rng)), userAgent: rng.pick(['Mozilla/5.0 (Linux; Android 14)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)']) } };
    C.joined(file, p.given, p.last);
    if (rng.chance(0.1)) obj.helper = { name: NM(R, person(rng, { middle: 0 }), 'full', 'helper'), relation: rng.pick(['god man', 'kontaktperson', 'vän']), phone: T(R, 'phone', phone(rng)) };
    L.push(JSON.stringify(obj));
  }
  put(C, file, txt(`${L.join('\n')}\n`));
}

function absences(C, o, teachers) {
  const file = 'sfi/franvaro/franvaroanmalningar_okt.zip'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const texts = []; const entries = [];
  for (let k = 0; k < 5; k++) {
    const lines = [`Frånvaroanmälningar telefonsvarare ${rng.pick(['A', 'B'])} – vecka ${40 + k}`, ''];
    for (const p of people(rng, 14, ORIG)) {
      lines.push(rng.pick([
        () => `${hhmm(rng)} ${NM(R, p, 'full', 'voicemail')} ringde från ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'intl'])))}, sjuk idag`,
        () => `${hhmm(rng)} nummer ${T(R, 'phone', phone(rng, 'mobile', 'compact'))}, sa bara "${nm.lone(p.first)} sjuk" – oklart vilken klass`,
        () => `${hhmm(rng)} ${NM(R, p, 'lower', 'lower')} – barnet sjukt, VAB, tillbaka ${dotDate(date(rng, '2026-10-01', '2026-10-31'))}`,
      ])());
    }
    const s = lines.join('\r\n'); texts.push(s.replace(/\r\n/g, '\n')); entries.push({ name: `v${40 + k}.txt`, data: s });
  }
  const rows = [['namn', 'pnr', 'datum', 'orsak']];
  for (const p of people(rng, 25, ORIG)) rows.push([NM(R, p, 'surname-first', 'surname-first'), T(R, 'personnummer', samordOrPnr(rng)), nm.date(date(rng, '2026-10-01', '2026-10-31')), rng.pick(['sjuk', 'läkare', 'Migrationsverket', 'arbete'])]);
  const inner = csv(rows, { sep: ';' });
  texts.push(inner.text);
  entries.push({ name: 'sammanstallning.zip', data: zip([{ name: 'franvaro_okt_sammanstallning.csv', data: inner.bytes }]) });
  const t = teachers[5]; const rd = `Sammanställt av ${t.full}, ${role(R, o)}`; R.t('name', t.full, 'staff'); texts.push(rd);
  entries.push({ name: 'README.txt', data: rd });
  C.put(file, zip(entries), texts.join('\n'));
}

function certificates(C, o, teachers) {
  const file = 'sfi/intyg/studieintyg_nov_batch.docx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const blocks = [];
  const kids = people(rng, 26, ORIG);
  for (const p of kids) {
    const t = rng.pick(teachers);
    blocks.push({ h: 'STUDIEINTYG' }, `${o.name}, SFI-centrum   Dnr ${nm.id('case-number', `UN 2026/${rng.int(100, 999)}`)}`,
      { runs: ['Härmed intygas att ', NM(R, p, 'full', 'docx'), ', ', T(R, 'personnummer', samordOrPnr(rng)), `, studerar på SFI kurs ${rng.pick(['B', 'C', 'D'])} sedan ${svDateShort(date(rng, '2025-08-18', '2026-08-17'))}.`] },
      `Studietakt: ${rng.pick(['100 %', '75 %', '50 %'])}. Närvaro senaste månaden: ${rng.int(60, 100)} %.`,
      { table: [['Utfärdat', nm.date(date(rng, '2026-11-01', '2026-11-24'))], ['Lärare', NM(R, t, 'full', 'staff')], ['Kontakt', `${R.t('email', workEmail(t, 'norrvik.se'), 'staff-work')}, ${T(R, 'phone', phone(rng, 'landline', 'dash'))}`]] },
      `Växel ${R.n('phone', 'switchboard', o.switchboard)} · ${o.domain}`, '');
  }
  put(C, file, docx(blocks, { creator: NM(R, teachers[7], 'full', 'docx-creator') }));
}
const svDateShort = (iso) => { const [y, m, d] = iso.split('-'); return `${Number(d)}/${Number(m)} ${y}`; };

function smsReminders(C, o) {
  const file = 'sfi/sms/paminnelser_utskick.tsv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['skickat', 'mottagare', 'namn', 'mall', 'status', 'kostnad']];
  for (const p of crowd(rng, 130, ORIG)) {
    rows.push([`${date(rng, '2026-10-01', '2026-11-24')} ${hhmm(rng)}`, T(R, 'phone', phone(rng, 'mobile', rng.pick(['plain46', 'plain46', 'e164']))), rng.chance(0.7) ? NM(R, p, 'full', 'tsv') : nm.lone(p.first),
      rng.pick(['PAMINN_SAMTAL', 'FRANVARO_3DGR', 'NATIONELLT_PROV', 'KURSSTART']), rng.pick(['levererat', 'levererat', 'ej levererat']), '0,45']);
  }
  put(C, file, txt(`${[rows[0], ...rows.slice(1).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))].map((r) => r.join('\t')).join('\n')}\n`));
}
