// Fourteenth blind set — a folk high school and study association (kurs/): course registrations, participants and
// parents of under-18s, course leaders, attendance lists (.xlsx, .pdf), certificate letters, calendars, contacts.
import { Rng, person, people, kin, nameAs, pnr, phone, email, workEmail, T, date, svDate, dotDate, hhmm, isoTs, num, safe, ipVal, org, footer, role, nears,
  csv, xlsx, docx, pdfLines, mbox, eml, rfcDate, jsonText, xmlEsc, folded, amount, postcode, street, CITIES, LONE, LOOKALIKE, letters } from './core.mjs';

const COURSES = [['FHS-MUS-26H', 'Musiklinjen'], ['FHS-ALL-26H', 'Allmän kurs'], ['SC-KER-2611', 'Keramik för nybörjare'], ['SC-SPR-2604', 'Svenska som andraspråk'], ['FHS-FOTO-26H', 'Dokumentärfoto'],
  ['SC-SNI-2609', 'Snickeri'], ['FHS-SKR-26H', 'Skrivarlinjen'], ['SC-GIT-2612', 'Gitarr fortsättning']];
const youth = { minYear: 2009, maxYear: 2011 };

export default function kurs(C) {
  const rng0 = new Rng('kurs');
  const O = org(rng0, { name: 'Björkvikens folkhögskola', domain: 'bjorkvikensfhs.se', area: '19', roles: ['expedition', 'info', 'noreply', 'kurs', 'studerandeservice'] });
  const leaders = people(rng0, 10, { middle: 0, cp1252: true });
  const leaderPh = leaders.map(() => phone(rng0, 'mobile'));
  const course = (rng) => rng.pick(COURSES);

  // 1. Registrations — UTF-8 with BOM, `;`, guardians for under-18s.
  {
    const f = 'kurs/kursanmalningar_ht26.csv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [['Anmälnings-ID', 'Kurskod', 'Kurs', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Målsman', 'Målsmans telefon', 'Anmäld', 'Avgift']];
    for (const p of people(rng, 160)) {
      const [code, cname] = course(rng); const young = rng.chance(0.2);
      C.joined(f, p.given, p.last);
      const g = young ? kin(rng, p) : null;
      rows.push([N.id('registration-id', `A${num(rng, 6)}`), N.id('course-code', code), cname, p.given, p.last,
        rng.chance(0.05) ? N.badDate() : T(R, 'personnummer', pnr(rng, young ? youth : { samord: rng.chance(0.08), minYear: 1950, maxYear: 2006 })),
        T(R, 'phone', phone(rng, 'mobile')), rng.chance(0.85) ? T(R, 'email', email(rng, p)) : '', g ? T(R, 'name', { value: g.full, subtype: 'guardian' }) : '', g ? T(R, 'phone', phone(rng)) : '',
        `${date(rng, '2026-04-01', '2026-08-15')} ${hhmm(rng)}`, N.amount(amount(rng, 300, 2500))]);
    }
    const o = csv(rows, { sep: ';', bom: true }); C.put(f, o.bytes, o.text);
  }

  // 2. Participants API dump — nested JSON, guardians array.
  {
    const f = 'kurs/deltagare_api.json'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const data = COURSES.map(([code, cname], ci) => ({ courseCode: N.id('course-code', code), title: cname, leader: { name: T(R, 'name', { value: leaders[ci].short, subtype: 'staff' }), phone: T(R, 'phone', leaderPh[ci]) },
      period: { start: N.date(date(rng, '2026-08-17', '2026-09-07')), weeks: rng.int(4, 34) }, room: `Sal ${rng.pick(['A', 'B', 'C'])}${rng.int(1, 12)}`,
      participants: people(rng, rng.int(10, 18)).map((p) => {
        const young = rng.chance(0.25);
        return { id: N.id('participant-id', num(rng, 6)), name: T(R, 'name', nameAs(p, rng.weighted([['full', 6], ['surname-first', 3], ['caps', 1]]))),
          birthNo: T(R, 'personnummer', pnr(rng, young ? { ...youth, style: 'long-dash' } : { style: rng.pick(['long', 'long-dash', 'short']) })),
          contact: { email: rng.chance(0.8) ? T(R, 'email', email(rng, p)) : null, mobile: rng.chance(0.7) ? T(R, 'phone', phone(rng, 'mobile', 'e164')) : null },
          guardians: young ? [kin(rng, p), ...(rng.chance(0.5) ? [person(rng, { middle: 0 })] : [])].map((g) => ({ name: T(R, 'name', { value: g.full, subtype: 'guardian' }), phone: T(R, 'phone', phone(rng)), email: rng.chance(0.5) ? T(R, 'email', email(rng, g)) : null })) : [],
          csnEligible: !young && rng.chance(0.6), lastLoginIp: rng.chance(0.4) ? T(R, 'ip', ipVal(rng)) : null };
      }) }));
    C.put(f, jsonText({ school: 'Björkvikens folkhögskola', schoolOrgNo: N.id('organisationsnummer', O.orgnr, 'personnummer'), exported: '2026-11-20T05:00:00+01:00', courses: data }));
  }

  // 3. Attendance lists — .xlsx, a sheet per course, names surname first.
  {
    const f = 'kurs/narvarolistor_ht26.xlsx'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const sheets = COURSES.slice(0, 6).map(([code, cname], ci) => {
      const days = Array.from({ length: 8 }, () => N.date(dotDate(date(rng, '2026-09-01', '2026-11-20')).slice(0, 5)));
      const rows = [[`${cname} (${N.id('course-code', code)})`, '', `Kursledare: ${R.t('name', leaders[ci].short, 'staff')}`], [], ['Namn', 'Födelsedatum', ...days, 'Summa']];
      for (const p of people(rng, rng.int(10, 16))) {
        const born = date(rng, '1950-01-01', '2006-12-31');
        rows.push([T(R, 'name', nameAs(p, rng.pick(['surname-first-nocomma', 'surname-first-nocomma', 'surname-first']))), N.date(born), ...days.map(() => (rng.chance(0.85) ? 'X' : '')), rng.int(3, 8)]);
      }
      return { name: code, rows };
    });
    const o = xlsx(sheets, { creator: R.t('name', leaders[0].short, 'xlsx-creator') }); C.put(f, o.bytes, o.text);
  }

  // 4. Attendance list — PDF (cp1252).
  {
    const f = 'kurs/narvarolista_keramik.pdf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [{ text: 'Studieförbundet Lärkan - Närvarolista', size: 14, bold: true }, `Cirkel: Keramik för nybörjare (${N.id('course-code', 'SC-KER-2611')})  Lokal: ${N.look('street', 'Selma Lagerlöfs väg')} 4`,
      `Cirkelledare: ${R.t('name', leaders[2].short, 'staff')}  tel ${T(R, 'phone', leaderPh[2])}`, ''];
    for (const p of people(rng, 28, { cp1252: true })) lines.push(`${T(R, 'name', nameAs(p, rng.pick(['full', 'caps', 'surname-first'])))}    ${T(R, 'personnummer', pnr(rng, { style: 'short', minYear: 1940 }))}    X  X  -  X  X`);
    lines.push('', `Rapporteras senast ${N.date('2026-12-10')} till ${role(R, O, 3)}`, `Studieförbundet Lärkan, org.nr ${N.orgnr()}`);
    const o = pdfLines(lines, { title: 'Närvarolista' }); C.put(f, o.bytes, o.text);
  }

  // 5. Certificate letters for the student-aid authority — .docx.
  {
    const f = 'kurs/studieintyg_csn.docx'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rector = leaders[9];
    const blocks = [];
    for (const p of people(rng, 14)) {
      const [code, cname] = course(rng);
      blocks.push({ h: 'STUDIEINTYG' }, `Härmed intygas att`, { runs: [T(R, 'name', nameAs(p, 'full')), ', ', T(R, 'personnummer', pnr(rng, { style: rng.pick(['long-dash', 'short']), minYear: 1960, maxYear: 2006 }))] },
        `är antagen till ${cname} (${N.id('course-code', code)}) på heltid, 100 %, under perioden ${N.date(svDate('2026-08-17'))} – ${N.date(svDate('2027-06-04'))}.`,
        { table: [['Kurs', 'Omfattning', 'Veckor'], [cname, '100 %', String(rng.int(20, 40))]] },
        `${rng.pick(CITIES)} den ${N.date(svDate(date(rng)))}`, { runs: [R.t('name', rector.short, 'signature'), ', rektor'] }, footer(R, O, ['orgnr', 'switchboard']), '');
    }
    const o = docx(blocks, { creator: R.t('name', rector.short, 'docx-creator') }); C.put(f, o.bytes, o.text);
  }

  // 6. Course leaders — vCard 3.0, folded.
  {
    const f = 'kurs/kursledare.vcf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [];
    leaders.forEach((l, i) => {
      lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${l.last};${l.first};;;`, `FN:${R.t('name', l.short, 'vcard-fn')}`, `ORG:Björkvikens folkhögskola;${COURSES[i % COURSES.length][1]}`, 'TITLE:Kursledare',
        `TEL;TYPE=CELL:${T(R, 'phone', leaderPh[i])}`, `TEL;TYPE=WORK:${N.id('switchboard', O.switchboard, 'phone')}`, `EMAIL;TYPE=INTERNET:${R.t('email', workEmail(l, O.domain), 'staff-work')}`,
        ...(rng.chance(0.5) ? [`EMAIL;TYPE=HOME:${T(R, 'email', email(rng, l))}`] : []), `NOTE:Vikarie vid frånvaro: ${R.t('name', leaders[(i + 3) % leaders.length].short, 'running-text')}. Nås helst mellan ${hhmm(rng)} och ${hhmm(rng)}.`, 'END:VCARD');
    });
    const o = folded(lines); C.put(f, o.bytes, o.text);
  }

  // 7. Course calendar — .ics with organizers and attendees.
  {
    const f = 'kurs/kursschema_ht26.ics'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bjorkviken//Schema 4.2//SV', 'X-WR-CALNAME:Kursschema HT26'];
    for (let i = 0; i < 40; i++) {
      const ci = rng.int(0, COURSES.length - 1); const l = leaders[ci]; const d = date(rng, '2026-08-24', '2026-12-18').replace(/-/g, '');
      lines.push('BEGIN:VEVENT', `UID:${N.id('uid', `${num(rng, 10)}-${letters(rng, 6)}`)}@bjorkvikensfhs.se`, `DTSTART;TZID=Europe/Stockholm:${d}T${rng.pick(['0900', '1300', '1830'])}00`,
        `SUMMARY:${COURSES[ci][1]} – ${rng.pick(['lektion', 'workshop', 'handledning', 'konsert'])}`, `LOCATION:${rng.pick(['Aulan', 'Sal B4', N.look('church', 'Sankt Olofs kyrka'), 'Ateljén'])}`,
        `ORGANIZER;CN=${R.t('name', l.short, 'ics-cn')}:mailto:${R.t('email', workEmail(l, O.domain), 'staff-work')}`);
      for (const p of people(rng, rng.int(1, 4))) lines.push(`ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=${rng.pick(['ACCEPTED', 'NEEDS-ACTION', 'DECLINED'])};CN=${R.t('name', p.full, 'ics-cn')}:mailto:${T(R, 'email', email(rng, p))}`);
      if (rng.chance(0.3)) lines.push(`DESCRIPTION:Ta med instrument. Frågor till ${R.t('name', l.short, 'running-text')}\\, ${T(R, 'phone', leaderPh[ci])}.`);
      lines.push('END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    const o = folded(lines); C.put(f, o.bytes, o.text);
  }

  // 8. Web form notifications — .eml (quoted-printable).
  for (const k of [1, 2, 3]) {
    const f = `kurs/webbanmalan_${k}.eml`; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const p = person(rng); const young = k === 2; const g = young ? kin(rng, p) : null; const [code, cname] = course(rng); const ip = ipVal(rng);
    const text = `Ny anmälan via webbformulär\n\nKurs: ${cname} (${N.id('course-code', code)})\nFörnamn: ${p.given}\nEfternamn: ${p.last}\nPersonnummer: ${T(R, 'personnummer', pnr(rng, young ? youth : {}))}\nE-post: ${T(R, 'email', email(rng, p))}\nTelefon: ${T(R, 'phone', phone(rng))}\n`
      + (g ? `Vårdnadshavare: ${T(R, 'name', { value: g.full, subtype: 'guardian' })}\nVårdnadshavares telefon: ${T(R, 'phone', phone(rng))}\n` : '')
      + `Meddelande: ${k === 3 ? `jag heter ${R.t('name', p.short.toLowerCase(), 'lower')} och vill gärna gå med min kompis ${R.t('name', person(rng, { middle: 0 }).short, 'running-text')}` : 'Har dyslexi, behöver anpassning.'}\nGDPR-samtycke: ja\nIP: ${T(R, 'ip', ip)}\nSkickat: ${isoTs(rng, date(rng))}\n`;
    C.joined(f, p.given, p.last);
    const o = eml({ from: ['Björkviken webb', role(R, O, 2)], to: [['Expedition', role(R, O, 0)]], subject: `Anmälan ${cname}`, date: rfcDate(date(rng)), id: `form-${num(rng, 9)}@bjorkvikensfhs.se`, enc: 'qp', text });
    C.put(f, o.bytes, o.text);
  }

  // 9. Contact with parents — mbox, replies quoted.
  {
    const f = 'kurs/foraldrakontakt.mbox'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 14; i++) {
      const child = person(rng, { middle: 0 }); const par = kin(rng, child); const l = rng.pick(leaders); const pe = email(rng, par); const d = date(rng);
      R.t('name', par.full, 'header-display'); T(R, 'email', pe);
      const q = `Hej!\n\n${R.t('name', child.short, 'running-text')} är sjuk idag och kommer inte till ${rng.pick(['musiklektionen', 'snickeriet', 'kursen'])}. ${rng.chance(0.5) ? `Ring mig på ${T(R, 'phone', phone(rng))} om något.` : ''}\n\nHälsningar\n${R.t('name', par.full, 'signature')}\n`;
      msgs.push({ from: [par.full, pe.value], to: [[R.t('name', l.short, 'header-display'), R.t('email', workEmail(l, O.domain), 'staff-work')]], subject: `Frånvaro ${child.first}`, date: rfcDate(d, `0${rng.int(6, 8)}:${rng.int(10, 59)}:00`), id: `${num(rng, 12)}@${pe.value.split('@')[1]}`, enc: rng.pick(['qp', '8bit']), hdrMode: 'Q', text: q });
      R.n('name', 'lone-first-name', child.first);
      msgs.push({ from: [l.short, workEmail(l, O.domain)], to: [[par.full, pe.value]], subject: `SV: Frånvaro ${child.first}`, date: rfcDate(d, '12:00:00'), id: `${num(rng, 12)}@bjorkvikensfhs.se`, enc: 'qp',
        text: `Tack för beskedet, krya på ${N.lone(child.first)}!\n\n/${R.t('name', l.short, 'signature')}\nKursledare, Björkvikens folkhögskola\nMobil ${T(R, 'phone', leaderPh[leaders.indexOf(l)])}\n\n${q.split('\n').map((x) => `> ${x}`).join('\n')}` });
    }
    const o = mbox(msgs); C.put(f, o.bytes, o.text);
  }

  // 10. Study circle report — XML.
  {
    const f = 'kurs/studiecirkel_rapport.xml'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const x = ['<?xml version="1.0" encoding="UTF-8"?>', `<Rapport xmlns="urn:example:studieforbund:2.1" period="2026H" forbund="Studieförbundet Lärkan" orgnr="${N.orgnr()}">`];
    for (let c = 0; c < 12; c++) {
      const l = person(rng, { middle: 0 });
      x.push(`  <Arrangemang nr="${N.id('arrangement-id', num(rng, 7))}" typ="Studiecirkel" amne="${rng.pick(['Keramik', 'Gitarr', 'Svenska', 'Släktforskning', 'Stickning'])}" timmar="${rng.int(10, 40)}">`,
        `    <Ledare><Fornamn>${xmlEsc(l.first)}</Fornamn><Efternamn>${xmlEsc(l.last)}</Efternamn><Personnummer>${T(R, 'personnummer', pnr(rng, { style: 'compact' }))}</Personnummer></Ledare>`);
      C.joined(f, l.first, l.last);
      for (const p of people(rng, rng.int(3, 9))) {
        C.joined(f, p.given, p.last);
        x.push(`    <Deltagare kon="${rng.pick(['K', 'M', 'X'])}"><Fornamn>${xmlEsc(p.given)}</Fornamn><Efternamn>${xmlEsc(p.last)}</Efternamn><Fodd>${T(R, 'personnummer', pnr(rng, { style: 'long' }))}</Fodd><Narvaro>${rng.int(3, 10)}</Narvaro></Deltagare>`);
      }
      x.push('  </Arrangemang>');
    }
    x.push('</Rapport>');
    C.put(f, `${x.join('\n')}\n`);
  }

  // 11. Admission notes — sloppy text.
  {
    const f = 'kurs/antagning_anteckningar.txt'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = ['antagningsmöte musiklinjen 2026-05-12', `närv: ${leaders.slice(0, 3).map((l) => R.t('name', l.short.toLowerCase(), 'lower')).join(', ')}`, ''];
    for (let i = 0; i < 70; i++) {
      const p = person(rng); const low = rng.chance(0.5);
      const nm = () => (low ? R.t('name', p.full.toLowerCase(), 'lower') : R.t('name', p.full, 'full'));
      out.push(rng.pick([() => `- ${nm()}: antas. sång+piano. ${rng.chance(0.5) ? `tel ${T(R, 'phone', phone(rng))}` : ''}`, () => `- ${nm()} reserv ${rng.int(1, 12)}. mamma ${R.t('name', kin(rng, p).short.toLowerCase(), 'lower')} ringt 2 ggr`,
        () => `- ${nm()} (${T(R, 'personnummer', pnr(rng, { style: 'compact' }))}) ej behörig, saknar ${rng.pick(['intyg', 'arbetsprover', 'betyg'])}`, () => `- ${nm()} - intervju ${N.date(dotDate(date(rng, '2026-05-13', '2026-06-10')))} kl ${hhmm(rng)}, mejl ${T(R, 'email', email(rng, p))}`,
        () => `- provspelning ${N.id('time', hhmm(rng))} inställd (sjuk lärare). ${N.lower('ny tid')} bokas`, () => `- ${N.lone(rng.pick(LONE))} fr kommunen ringer om ${nm()}`])());
    }
    out.push('', `nästa möte: ${N.date('2026-06-02')}. protokoll till ${role(R, O, 4)}`);
    C.put(f, `${out.join('\n')}\n`);
  }

  // 12. Participant list — tab-separated, title line, names in caps surname first.
  {
    const f = 'kurs/deltagarlista_vt27.txt'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [`DELTAGARLISTA VT27 – utskrift ${N.date('2026-11-19')} – ${rng.pick(['preliminär', 'ej fastställd'])}`, 'NAMN\tPNR\tKURS\tORT\tTEL'];
    for (const p of people(rng, 90)) out.push([T(R, 'name', nameAs(p, 'surname-first-caps')), T(R, 'personnummer', pnr(rng, { style: 'short', samord: rng.chance(0.1) })), N.id('course-code', rng.pick(COURSES)[0]), rng.pick(CITIES).toUpperCase(), T(R, 'phone', phone(rng, undefined, rng.pick(['compact', 'dash', 'slash'])))].join('\t'));
    C.put(f, `${out.join('\r\n')}\r\n`);
  }
}
