// Twenty-fifth blind set — a municipality's summer-job programme for youths (feriejobb/): applications with guardians
// (cp1252 CSV and the e-service's XML), placements workbook with supervisors, time reports, the coordinators' mailbox,
// guardian consent forms (.docx), a fixed-width payroll file, employment certificates (PDF), intro-meeting calendar,
// caseworker notes, SMS reminders, the e-service's access log and last year's archive (.zip).
import { Rng, F, org, mkPerson, person, people, kin, nameStyle, phoneFmt, phoneObj, phone, email, address, signature, footer,
  csv, xlsx, docx, zip, mbox, pdfLines, folded, htmlEsc, xmlEsc, jsonText, put, putText, date, dotDate, hhmm, hms, isoTs, rfcDate, num, safe, alnum, svDate, amount, p2, clfDate, UAS, clearing, account, pnrFmt } from './core.mjs';

const SCHOOLS = ['Solviks gymnasium', 'Hagaskolan', 'Ebba Brahe-skolan', 'Norra skolan', 'Johannes Kyrkskola', 'Solviks Tekniska Gymnasium', 'Strandskolan'];
const PLACES = [['Förskolan Lärkan', 'förskola'], ['Äldreboendet Solgården', 'äldreomsorg'], ['Parkförvaltningen Väst', 'park'], ['Solviks bibliotek', 'bibliotek'], ['Fritidsgården Ungdomens hus', 'fritid'],
  ['Kristina Nilsson-salen (kulturhuset)', 'kultur'], ['Sankt Eriks ishall', 'idrott'], ['Kostenheten Centralköket', 'kök'], ['Hemtjänst Norr', 'äldreomsorg'], ['Anna Lindhs plats – torgvärdar', 'park']];

export default function feriejobb(C) {
  const rng = new Rng('feriejobb');
  const o = org(rng, { name: 'Solviks kommun', domain: 'solvik.se', area: '26', roles: ['feriearbete', 'kontaktcenter', 'noreply', 'lon', 'registrator'] });
  const coords = people(rng, 4, { cp1252: true }); const [samord, handl1, handl2, lonadm] = coords;
  const youths = [];
  for (let i = 0; i < 230; i++) {
    const y = mkPerson(rng, { minYear: 2008, maxYear: 2010, landline: 0, middle: 0.1, samord: 0.04 });
    y.g1 = kin(rng, y); y.g1.mob = phoneObj(rng, 'mobile'); y.g1.email = email(rng, y.g1).value;
    y.g2 = rng.chance(0.55) ? (rng.chance(0.7) ? kin(rng, y) : person(rng)) : null; if (y.g2) y.g2.mob = phoneObj(rng, 'mobile');
    y.school = rng.pick(SCHOOLS); y.appl = `FA-2026-${num(rng, 4)}`; y.place = rng.pick(PLACES); y.period = rng.pick(['P1 (15/6–3/7)', 'P2 (6/7–24/7)', 'P3 (27/7–14/8)']);
    youths.push(y);
  }
  const sups = people(rng, 16).map((p) => ({ ...p, place: rng.pick(PLACES), ph: phoneObj(rng, rng.chance(0.6) ? 'mobile' : 'landline') }));
  const cpok = (s) => /^[\x20-\xff]*$/.test(s);
  const cpY = youths.filter((y) => cpok(y.full) && cpok(y.g1.full) && (!y.g2 || cpok(y.g2.full)));
  const PLACE = (w, pl) => (/Anna Lindh|Kristina Nilsson|Sankt Erik/.test(pl[0]) ? w.n.id('place-lookalike', pl[0], 'name') : pl[0]);
  const APPL = (w, y) => w.n.id('application-number', y.appl);

  // 1. applications (cp1252 ; CRLF, split names).
  {
    const f = 'feriejobb/ansokningar_feriearbete_2026.csv'; const w = F(C, f, rng);
    const rows = [['Feriearbete 2026 – inkomna ansökningar'], [`Export ${svDate('2026-04-02')}, ${w.nm(samord, 'full', 'staff')}`],
      ['Ansökningsnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Skola', 'Åk', 'Mobil', 'E-post', 'Vårdnadshavare 1', 'VH1 telefon', 'VH1 e-post', 'Vårdnadshavare 2', 'VH2 telefon', 'Önskemål 1', 'Önskemål 2', 'Språk']];
    for (const y of cpY.slice(0, 115)) {
      rows.push([APPL(w, y), ...w.join(y), w.pnOf(y, rng.pick(['long', 'short', 'long-dash'])), y.school.includes('Ebba Brahe') || y.school.includes('Johannes') ? w.n.id('place-lookalike', y.school, 'name') : y.school, rng.pick(['9', '1', '2']),
        w.phOf(y.mob, rng.pick(['compact', 'grouped', 'dash'])), rng.chance(0.7) ? w.emOf(y) : '', w.nm(y.g1, 'full', 'guardian'), w.phOf(y.g1.mob, rng.pick(['compact', 'grouped'])), w.raw('email', y.g1.email, 'personal'),
        y.g2 ? w.nm(y.g2, 'full', 'guardian') : '', y.g2 ? w.phOf(y.g2.mob) : '', rng.pick(PLACES)[1], rng.pick(PLACES)[1], rng.pick(['', '', 'arabiska', 'somaliska', 'engelska', 'dari'])]);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. placements workbook with supervisors.
  {
    const f = 'feriejobb/placeringar_2026.xlsx'; const w = F(C, f, rng);
    const sheets = [];
    for (const per of ['P1', 'P2', 'P3']) {
      const rows = [[`Placeringar period ${per}`], ['Ungdom', 'Personnummer', 'Mobil', 'Arbetsplats', 'Handledare', 'Handledarens telefon', 'Start', 'Kommentar']];
      for (let k = 0; k < 35; k++) {
        const y = rng.pick(youths); const s = rng.pick(sups);
        rows.push([w.nm(y, rng.chance(0.35) ? 'surname-first' : 'full'), w.pnOf(y), w.phOf(y.mob, 'compact'), PLACE(w, s.place), w.nm(s, 'full', 'supervisor'), w.phOf(s.ph, 'grouped', 'supervisor'), '08:00',
          rng.pick([() => '', () => '', () => 'Behöver skyddsskor str 41', () => `Syskon till ${w.nm(kin(rng, y))}`, () => 'Allergi: pälsdjur', () => `Kontakta ${w.n.lone()} på enheten först`])()]);
      }
      sheets.push({ name: per, rows });
    }
    sheets.push({ name: 'Handledare', rows: [['Namn', 'Arbetsplats', 'Telefon', 'E-post'], ...sups.map((s) => [w.nm(s, 'full', 'supervisor'), PLACE(w, s.place), w.phOf(s.ph, 'dash', 'supervisor'), w.work(s, o.domain)])] });
    put(C, f, xlsx(sheets, { creator: w.nm(handl1, 'full', 'xlsx-creator') }));
  }

  // 3. time reports (TSV).
  {
    const f = 'feriejobb/tidrapporter_juli_2026.tsv'; const w = F(C, f, rng);
    const L = [['Personnr', 'Namn', 'Arbetsplats', 'Vecka', 'Timmar', 'Frånvaro', 'Attesterad av', 'Attestdatum'].join('\t')];
    for (let i = 0; i < 100; i++) {
      const y = rng.pick(youths); const s = rng.pick(sups);
      L.push([w.pnOf(y, rng.pick(['long', 'compact', 'short'])), w.nm(y, rng.chance(0.5) ? 'surname-first-nocomma' : 'full'), PLACE(w, y.place), `v.${rng.int(27, 30)}`, rng.pick(['30,0', '30,0', '24,0', '18,5', '27,5']),
        rng.pick(['', '', 'sjuk 1 dag', 'ledig (VAB syskon)']), w.nm(s, 'short', 'supervisor'), date(rng, '2026-07-06', '2026-08-10')].join('\t'));
    }
    putText(C, f, `${L.join('\n')}\n`);
  }

  // 4. coordinators' mailbox.
  {
    const f = 'feriejobb/feriearbete_inkorg.mbox'; const w = F(C, f, rng);
    const msgs = [];
    for (let i = 0; i < 30; i++) {
      const y = rng.pick(youths); const d = date(rng, '2026-03-15', '2026-08-20'); const fromSup = rng.chance(0.3);
      const s = rng.pick(sups);
      const [from, fromMail] = fromSup ? [w.nm(s, 'full', 'header-display'), w.work(s, o.domain)] : [w.nm(y.g1, 'full', 'header-display'), w.raw('email', y.g1.email, 'personal')];
      const body = fromSup ? rng.pick([
        () => `Hej!\n\n${w.nm(y)} har inte dykt upp på tre dagar och svarar inte på ${w.phOf(y.mob)}. Kan ni kontakta vårdnadshavare?\n\n`,
        () => `Hej,\n\nVi kan ta emot två ungdomar till under P2. Gärna ${w.nm(y)} igen, hen var jättebra förra året.\n\n`,
      ])() : rng.pick([
        () => `Hej,\n\nMitt barn ${w.nm(y)} (${w.pnOf(y)}) har sökt feriearbete men inte fått något besked. Ansökningsnummer ${APPL(w, y)}.\n\n`,
        () => `Hej!\nVi har flyttat och vår son/dotter ${w.nm(y)} kan inte ta platsen på ${PLACE(w, y.place)}. Kan hen byta?\nNå mig på ${w.phOf(y.g1.mob)}.\n\n`,
        () => `Hej. ${w.nm(y)} har inte fått lön för juli. Kontonummer ${w.n.id('bank-account', `${clearing(rng)}-${account(rng)}`)} i ${rng.pick(['Swedbank', 'Handelsbanken', 'Nordea', 'SEB'])}.\n\n`,
      ])();
      msgs.push({ from: [from, fromMail], to: [['Feriearbete Solvik', w.n.role(o.roles[0])]], subject: rng.pick(['Feriearbete', 'Fråga om placering', 'Lön', 'Frånvaro']), date: rfcDate(d, hms(rng)),
        id: `${alnum(rng, 12)}@${fromMail.split('@')[1]}`, text: `${body}${rng.pick(['Mvh', 'Hälsningar'])}\n${fromSup ? `${w.nm(s, 'full', 'supervisor')}\n${PLACE(w, s.place)}\n${w.phOf(s.ph, 'grouped', 'supervisor')}` : w.nm(y.g1, rng.chance(0.2) ? 'lower' : 'full', 'signature')}`,
        enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Aug 25 09:00:00 2026' });
      if (rng.chance(0.55)) {
        const st = rng.pick([handl1, handl2, samord]);
        const reply = `Hej!\n\nTack för ditt meddelande. ${rng.pick(['Vi har noterat det.', 'Jag har pratat med handledaren.', 'Lönen betalas ut den 25 augusti.', 'Vi återkommer med besked inom en vecka.'])}\n\n${signature(w, st, o, 'Handläggare feriearbete')}\n\n> ${body.trim().split('\n').join('\n> ')}`;
        msgs.push({ from: [w.nm(st, 'full', 'staff'), w.work(st, o.domain)], to: [[from, fromMail]], subject: 'SV: Feriearbete', date: rfcDate(d, hms(rng)), id: `${alnum(rng, 14)}@solvik.se`, text: reply,
          html: `<p>${htmlEsc(reply).replace(/\n/g, '<br>')}</p>`, htmlText: reply, enc: 'qp', mboxDate: 'Tue Aug 25 09:00:00 2026' });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 5. guardian consent forms (.docx).
  for (let k = 0; k < 2; k++) {
    const y = youths[k * 13 + 5]; const f = `feriejobb/samtycke_vardnadshavare_${y.appl}.docx`; const w = F(C, f, rng);
    const a = address(w);
    const blocks = [{ h: 'Samtycke från vårdnadshavare – feriearbete 2026' }, { table: [['Ungdomens namn', w.nm(y)], ['Personnummer', w.pnOf(y, 'long-dash')], ['Adress', `${a.street}, ${a.postcode} ${a.city}`], ['Ansökningsnummer', APPL(w, y)], ['Arbetsplats', PLACE(w, y.place)], ['Period', y.period]] },
      'Jag/vi samtycker till att ovanstående ungdom arbetar inom kommunens feriearbete och att kommunen behandlar personuppgifter för detta ändamål.',
      { runs: ['Vårdnadshavare 1: ', w.nm(y.g1, 'full', 'guardian'), ', tel ', w.phOf(y.g1.mob), ', ', w.raw('email', y.g1.email, 'personal')] },
      ...(y.g2 ? [{ runs: ['Vårdnadshavare 2: ', w.nm(y.g2, 'full', 'guardian'), ', tel ', w.phOf(y.g2.mob)] }] : ['Vårdnadshavare 2: –']),
      `Underskrift: ____________________   Datum: ${date(rng, '2026-04-01', '2026-05-15')}`, `Handläggare: ${w.nm(rng.pick([handl1, handl2]), 'full', 'staff')}`, footer(w, o, ['orgnr', 'switchboard'])];
    put(C, f, docx(blocks, { creator: w.nm(samord, 'full', 'docx-creator') }));
  }

  // 6. fixed-width payroll file.
  {
    const f = 'feriejobb/lonefil_feriearbete_2026-08.txt'; const w = F(C, f, rng);
    const L = [`00${'SOLVIKS KOMMUN'.padEnd(30)}${w.n.orgnr(o.orgnr.replace('-', ''))}20260825LÖN FERIEARBETE`];
    let tot = 0;
    for (const y of cpY.slice(0, 70)) {
      const amt = rng.pick([3480, 3480, 2784, 2146, 3190]); tot += amt;
      const pn = w.pnOf(y, 'long');
      const acct = w.n.id('bank-account', `${rng.int(3000, 8499)}${num(rng, 10)}`);
      L.push(`20 ${pn} ${w.raw('name', `${y.last} ${y.given}`.toUpperCase(), 'surname-first-nocomma-caps').padEnd(40)} ${acct} ${String(amt * 100).padStart(11, '0')}`);
    }
    L.push(`90${String(L.length - 1).padStart(6, '0')}${String(tot * 100).padStart(13, '0')}`);
    putText(C, f, `${L.join('\r\n')}\r\n`);
  }

  // 7. employment certificates (PDF).
  for (let k = 0; k < 1; k++) {
    const y = cpY[k * 17 + 4]; const f = `feriejobb/anstallningsbevis_${y.appl}.pdf`; const w = F(C, f, rng);
    let s = rng.pick(sups); while (!cpok(s.full)) s = rng.pick(sups);
    const lines = [{ text: 'ANSTÄLLNINGSBEVIS – FERIEARBETE', size: 14, bold: true }, 'Solviks kommun, Arbetsmarknadsenheten', '', `Namn: ${w.nm(y)}`, `Personnummer: ${w.pnOf(y, 'short')}`, `Ansökningsnr: ${APPL(w, y)}`,
      `Arbetsplats: ${PLACE(w, y.place)}`, `Period: ${y.period}, 6 timmar/dag`, `Lön: 116 kr/timme (inkl. semesterersättning)`, `Handledare: ${w.nm(s, 'full', 'supervisor')}, tel ${w.phOf(s.ph, 'dash', 'supervisor')}`, '',
      'Anställningen är en visstidsanställning enligt AB § 5.', '', `Solvik ${svDate('2026-05-20')}`, w.nm(samord, 'full', 'staff'), 'Samordnare feriearbete', '', footer(w, o, ['orgnr', 'switchboard'])];
    put(C, f, pdfLines(lines, { title: `Anställningsbevis ${y.appl}` }));
  }

  // 8. e-service applications (XML).
  {
    const f = 'feriejobb/e-tjanst_ansokningar.xml'; const w = F(C, f, rng);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<submissions form="feriearbete-2026" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'];
    for (const y of youths.slice(60, 120)) {
      out.push(`  <submission id="${APPL(w, y)}" submitted="${isoTs(rng, date(rng, '2026-02-01', '2026-03-31'))}" ip="${w.ip([['pub', 70], ['cg', 15], ['v6', 15]])}">`,
        `    <field name="applicant.name">${xmlEsc(w.nm(y))}</field>`, (rng.chance(0.1) ? `    <field name="applicant.ssn" validation="error">${rng.chance(0.5) ? w.n.badLuhn() : w.n.badDate()}</field>` : `    <field name="applicant.ssn">${w.pnOf(y, 'long')}</field>`), `    <field name="applicant.phone">${w.phOf(y.mob, rng.pick(['compact', 'e164']))}</field>`,
        `    <field name="applicant.email">${w.emOf(y)}</field>`, `    <field name="guardian.name">${xmlEsc(w.nm(y.g1, 'full', 'guardian'))}</field>`, `    <field name="guardian.phone">${w.phOf(y.g1.mob)}</field>`,
        `    <field name="motivation">${xmlEsc(rng.pick(['Jag vill jobba med barn.', 'Jag gillar att vara ute.', 'Vill prova på vården', 'jag vill tjäna pengar till körkort', 'Min kompis jobbade på biblioteket förra året']))}</field>`,
        '    <field name="signedWith">BankID (vårdnadshavare)</field>', '  </submission>');
    }
    out.push('</submissions>');
    putText(C, f, `${out.join('\n')}\n`);
  }

  // 9. intro meetings (.ics).
  {
    const f = 'feriejobb/introduktion_2026.ics'; const w = F(C, f, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'METHOD:REQUEST'];
    for (let i = 0; i < 14; i++) {
      const d = date(rng, '2026-06-01', '2026-08-01').replace(/-/g, ''); const org2 = rng.pick(coords);
      L.push('BEGIN:VEVENT', `UID:040000008200E00074C5B7101A82E008${alnum(rng, 24)}`, `DTSTART;TZID=W. Europe Standard Time:${d}T090000`, `DTEND;TZID=W. Europe Standard Time:${d}T103000`,
        `SUMMARY:Introduktion feriearbetare – grupp ${i + 1}`, `LOCATION:Kommunhuset\\, sal ${w.n.look('place')}`, `ORGANIZER;CN=${w.nm(org2, 'full', 'staff')}:mailto:${w.work(org2, o.domain)}`);
      for (let k = 0; k < rng.int(4, 8); k++) { const y = rng.pick(youths); L.push(`ATTENDEE;CN=${w.nm(y, 'full', 'ics-cn')};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${w.emOf(y)}`); }
      L.push('END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, f, folded(L));
  }

  // 10. caseworker notes (Markdown).
  {
    const f = 'feriejobb/handlaggare_anteckningar.md'; const w = F(C, f, rng);
    const out = ['# Anteckningar feriearbete 2026', '', '| Datum | Handl. | Anteckning |', '|---|---|---|'];
    for (let i = 0; i < 85; i++) {
      const y = rng.pick(youths); const st = rng.pick([handl1, handl2]);
      const N = () => w.nm(y, rng.weighted([['full', 45], ['lower', 30], ['surname-first', 15], ['caps', 10]]));
      out.push(`| ${date(rng, '2026-03-01', '2026-09-10')} | ${w.n.lone(st.first)} | ${rng.pick([
        () => `ringde vh ${w.nm(y.g1, rng.chance(0.5) ? 'lower' : 'full', 'guardian')} ang ${N()}, ${w.phOf(y.g1.mob, rng.pick(['compact', 'slash', 'dots']))}`,
        () => `${N()} (${w.pnOf(y, 'short')}) – skyddad id? kolla m ${w.nm(samord, 'short', 'staff')}`,
        () => `pratat m ${N()} om byte till ${PLACE(w, rng.pick(PLACES))}`,
        () => `${N()} saknar bankkonto, lön via utbetalningskort`,
        () => `hej ${w.n.lone()}! kan du ringa ${N()} imorgon, hen har frågor om arbetstider`,
        () => `handledare ${w.nm(rng.pick(sups), 'full', 'supervisor')} rapporterar att ${N()} gör ett toppenjobb`,
        () => `${w.n.surname()} (skolkurator) ringde, ingen åtgärd`,
      ])()} |`);
    }
    putText(C, f, `${out.join('\n')}\n`);
  }

  // 11. SMS reminders.
  {
    const f = 'feriejobb/sms_paminnelser.csv'; const w = F(C, f, rng);
    const rows = [['skickat', 'mottagare', 'namn', 'meddelande', 'status']];
    for (let i = 0; i < 110; i++) {
      const y = rng.pick(youths); const toG = rng.chance(0.3);
      rows.push([`${date(rng, '2026-05-01', '2026-08-14')} ${hhmm(rng)}`, w.phOf(toG ? y.g1.mob : y.mob, rng.pick(['plain46', 'plain46', 'e164'])), toG ? w.nm(y.g1, 'full', 'guardian') : w.nm(y),
        rng.pick([() => `Hej ${w.n.lone(y.first)}! Välkommen till feriearbetet. Du börjar ${y.period.slice(4, 8)} kl 08.00 på ${PLACE(w, y.place)}. /Solviks kommun`, () => 'Glöm inte att lämna in tidrapporten senast fredag!', () => `Påminnelse: introduktion imorgon kl 09 i kommunhuset. Frågor? Ring ${w.n.switchboard(o.switchboard)}.`])(),
        rng.pick(['levererat', 'levererat', 'misslyckat'])]);
    }
    put(C, f, csv(rows));
  }

  // 12. e-service access log.
  {
    const f = 'feriejobb/e-tjanst_access.log'; const w = F(C, f, rng);
    const lines = [];
    for (let i = 0; i < 130; i++) {
      const d = date(rng, '2026-02-01', '2026-04-15'); const t = hms(rng);
      if (rng.chance(0.06)) { lines.push(`${w.n.server(rng.pick(o.servers))} - - [${clfDate(d, t)}] "GET /status HTTP/1.1" 200 12 "-" "zabbix-agent"`); continue; }
      const y = rng.pick(youths);
      const path = rng.pick([() => '/e-tjanst/feriearbete/start', () => `/e-tjanst/feriearbete/steg/${rng.int(1, 5)}`, () => `/e-tjanst/feriearbete/kvitto?ansokan=${APPL(w, y)}`, () => '/login/bankid/collect']);
      lines.push(`${w.ip([['pub', 65], ['cg', 15], ['v6', 20]])} - ${rng.chance(0.3) ? w.pnOf(y, 'long') : '-'} [${clfDate(d, t)}] "GET ${path()} HTTP/1.1" ${rng.pick([200, 200, 302, 304])} ${rng.int(300, 40000)} "-" "${rng.pick(UAS)}"`);
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 13. last year's archive (.zip).
  {
    const f = 'feriejobb/arkiv_feriearbete_2025.zip'; const w = F(C, f, rng);
    const rows = [['Namn', 'Personnummer', 'Arbetsplats', 'Handledare', 'Omdöme']];
    for (let i = 0; i < 60; i++) { const y = rng.pick(youths); rows.push([w.nm(y), w.pnOf(y), rng.pick(PLACES)[0].replace(/Anna Lindhs plats – torgvärdar|Kristina Nilsson-salen \(kulturhuset\)|Sankt Eriks ishall/, 'Centrumvärdar'), w.nm(rng.pick(sups), 'full', 'supervisor'), rng.pick(['Mycket bra', 'Bra', 'Godkänd', 'Avbröt'])]); }
    const a = csv(rows, { sep: ';' });
    const notes = [];
    for (let i = 0; i < 25; i++) { const y = rng.pick(youths); notes.push(`${date(rng, '2025-06-01', '2025-08-20')}: ${w.nm(y, rng.chance(0.5) ? 'lower' : 'full')} – ${rng.pick(['sjukanmälan via mamma', 'sen till jobbet 3 ggr', 'vill jobba igen 2026'])}, tel ${w.phOf(y.mob)}`); }
    const nt = `${notes.join('\n')}\n`;
    C.put(f, zip([{ name: 'utvardering_2025.csv', data: a.bytes }, { name: 'anteckningar_2025.txt', data: nt }]), `${a.text}\n${nt}`);
  }
}
