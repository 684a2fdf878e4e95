// Sixteenth set — a recruitment agency (rekrytering/): candidate CRM (cp1252 `;`), CVs as .docx and .pdf, interview
// notes (Markdown), reference checks naming referees (.docx), candidate mail (mbox), an ATS export (JSON, nested
// applications), assignment shortlists (.xlsx, several sheets), interview calendar (.ics), an archive .zip of CVs
// (a .docx and text files inside).
import { pf, Rng, person, people, kin, N, P, Ph, E, T, phone, pnr, email, workEmail, Ip, org, footer, nears, role, server,
  date, dotDate, hhmm, hms, isoTs, num, uuid, money, postcode, svDate, p2, hex, CITIES,
  csv, xlsx, docx, zip, pdfLines, mbox, rfcDate, folded, htmlEsc, put, putText, J, LONE, LOOKALIKE } from './core.mjs';

const F = 'rekrytering';
const CLIENTS = ['Norrsken Logistik AB', 'Vasslebo Energi AB', 'Kvarnfors Mekaniska AB', 'Sjöbris Vård & Omsorg AB', 'Gränsö Data AB', 'Lingonfjäll Bygg AB'];
const ROLES = ['Lagerchef', 'Redovisningsekonom', 'Servicetekniker', 'Sjuksköterska', 'Systemutvecklare', 'Projektledare bygg', 'Inköpare', 'HR-generalist', 'Ekonomiassistent', 'Elektriker'];
export default function build(C) {
  const rng = new Rng('rekrytering');
  const o = org(rng, { name: 'Nordkompetens Rekrytering AB', domain: 'nordkompetens.se', area: '31', roles: ['jobb', 'info', 'noreply', 'ansokan'] });
  const recruiters = people(rng, 8, { cp1252: true });
  const cands = people(rng, 230).map((p) => ({ p, pn: pnr(rng, { minYear: 1962, maxYear: 2004, samord: rng.chance(0.04) }), ph: phone(rng, 'mobile'), em: email(rng, p).value, id: `C-${num(rng, 6)}` }));
  const assign = () => `UPP-${rng.int(2025, 2026)}-${num(rng, 4)}`;

  // 1. candidate CRM cp1252
  {
    const file = `${F}/kandidatregister_export.csv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['KandidatID', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Ort', 'Yrkesroll', 'Lönekrav', 'Tillgänglig från', 'Rekryterare', 'GDPR-samtycke t.o.m.', 'Källa']];
    for (const c of cands.filter((x) => /^[\x20-\xff]*$/.test(x.p.full.replace(/[ŠšŽžŒœŸ]/g, ''))).slice(0, 175)) {
      J(C, file, c.p);
      rows.push([n.id('candidate-id', c.id), c.p.given, c.p.last, rng.chance(0.7) ? T(R, 'personnummer', c.pn) : rng.chance(0.1) ? n.badLuhn() : rng.chance(0.1) ? n.badDate() : '', T(R, 'phone', c.ph), R.t('email', c.em, 'personal'), rng.pick(CITIES), rng.pick(ROLES), n.amount(`${money(rng, 28000, 72000)} kr`), n.date(date(rng, '2026-12-01', '2027-04-01')),
        N(R, rng.pick(recruiters), 'full', 'staff'), n.date(date(rng, '2027-01-01', '2028-12-31')), rng.pick(['LinkedIn', 'Platsbanken', 'Tips', 'Webb', 'Mässa'])]);
    }
    rows.push([], [footer(R, o, ['orgnr', 'switchboard'])]);
    put(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. CVs .docx
  for (let k = 0; k < 3; k++) {
    const c = cands[k * 7 + 3]; const file = `${F}/cv/CV_${c.p.last.replace(/[^A-Za-zÅÄÖåäö]/g, '')}_${k + 1}.docx`; const R = C.at(file); const n = nears(R, rng);
    const ref1 = person(rng); const ref2 = person(rng);
    const blocks = [{ h: N(R, c.p, rng.pick(['caps', 'full'])) }, { runs: ['Telefon: ', T(R, 'phone', c.ph), ' | E-post: ', R.t('email', c.em, 'personal')] }, `Adress: ${rng.pick(['Vasagatan', 'Linnégatan', 'Kungsladugårdsgatan'])} ${rng.int(1, 70)}, ${n.postcode(postcode(rng))} ${rng.pick(CITIES)}`, `Född: ${n.date(svDate(date(rng, '1970-01-01', '2000-12-31')))}`,
      { h: 'Profil' }, `${rng.pick(ROLES)} med ${rng.int(3, 22)} års erfarenhet. Van att leda team och driva förbättringsarbete.`, { h: 'Erfarenhet' },
      { table: [['Period', 'Arbetsgivare', 'Roll'], ...Array.from({ length: 3 }, () => [`${rng.int(2008, 2020)}–${rng.int(2021, 2026)}`, pf(rng, [() => rng.pick(CLIENTS), () => n.look('company', rng.pick(LOOKALIKE.company))]), rng.pick(ROLES)])] },
      { h: 'Utbildning' }, `${rng.pick(['Chalmers', 'Högskolan i Borås', 'Yrkeshögskolan Göteborg', 'Karlstads universitet'])}, ${rng.int(1995, 2018)}`, { h: 'Referenser' },
      { runs: [N(R, ref1, 'full', 'referee'), `, ${rng.pick(['f.d. chef', 'kollega', 'kund'])}, `, T(R, 'phone', phone(rng))] }, { runs: [N(R, ref2, 'full', 'referee'), ', ', R.t('email', email(rng, ref2, rng.pick(['norrsken.se', 'vasslebo.se', 'gmail.com'])).value, 'personal')] }];
    put(C, file, docx(blocks, { creator: R.t('name', c.p.full, 'docx-creator') }));
  }

  // 3. CV PDF
  {
    const c = cands.find((x) => /^[\x20-\xff]*$/.test(x.p.full)); const file = `${F}/cv/cv_${c.id}.pdf`; const R = C.at(file); const n = nears(R, rng);
    const ref = person(rng, { cp1252: true });
    const lines = [{ text: N(R, c.p, 'full'), bold: true, size: 16 }, `${T(R, 'phone', c.ph)}  ·  ${R.t('email', c.em, 'personal')}  ·  ${rng.pick(CITIES)}`, `Personnummer: ${T(R, 'personnummer', c.pn)}`, '',
      { text: 'ARBETSLIVSERFARENHET', bold: true }, ...Array.from({ length: 4 }, () => `${rng.int(2005, 2021)}–${rng.int(2022, 2026)}  ${rng.pick(ROLES)}, ${rng.pick(CLIENTS)}`), '',
      { text: 'SPRÅK', bold: true }, 'Svenska (modersmål), engelska (flytande), arabiska (grundläggande)', '', { text: 'REFERENSER', bold: true }, `${N(R, ref, 'full', 'referee')}, avdelningschef, ${T(R, 'phone', phone(rng, 'landline'))}`, 'Fler referenser lämnas på begäran.'];
    put(C, file, pdfLines(lines, { title: `CV ${c.p.full}` }));
  }

  // 4. interview notes Markdown
  {
    const file = `${F}/intervjuanteckningar_nov.md`; const R = C.at(file); const n = nears(R, rng);
    const L = ['# Intervjuanteckningar november', ''];
    for (let i = 0; i < 48; i++) {
      const c = rng.pick(cands); const r = rng.pick(recruiters); const cl = person(rng);
      L.push(`## ${n.id('assignment-number', assign())} – ${rng.pick(ROLES)}, ${rng.pick(CLIENTS)}`, '', `**Kandidat:** ${N(R, c.p, rng.pick(['full', 'full', 'surname-first']))}  `, `**Intervjuare:** ${N(R, r, 'full', 'staff')}${rng.chance(0.5) ? ` och ${N(R, cl, 'full', 'client-contact')} (kund)` : ''}  `, `**Datum:** ${n.date(date(rng, '2026-11-01', '2026-11-24'))}`, '',
        pf(rng, [() => `- trevlig, strukturerad. lönekrav ${n.amount(`${rng.int(35, 70)}k`)}. uppsägning 3 mån\n- pratar om ${n.lone(rng.pick(LONE))} (gamla chefen) som svår\n- ring ${T(R, 'phone', c.ph)} fre em`,
          () => `- lite nervös i början. jobbade m ${N(R, person(rng), 'full', 'running-text')} på förra stället, kolla ref\n- körkort B ok\n- vill inte ha skift`,
          () => `- stark tekniskt, svag svenska. tolk behövs ej.\n- ${n.lone(c.p.first)} nämnde att hen söker via ${n.look('company', rng.pick(LOOKALIKE.company))} också`,
          () => `- no-show. mejlat ${R.t('email', c.em, 'personal')}`]), '');
    }
    putText(C, file, L.join('\n'));
  }

  // 5. reference checks .docx
  {
    const file = `${F}/referenstagning_${'UPP-2026-0417'}.docx`; const R = C.at(file); const n = nears(R, rng);
    const blocks = [{ h: 'Referenstagning' }, `Uppdrag ${n.id('assignment-number', 'UPP-2026-0417')} – ${ROLES[4]}, ${CLIENTS[4]}`];
    for (let i = 0; i < 6; i++) {
      const c = rng.pick(cands); const ref = person(rng); const r = rng.pick(recruiters);
      blocks.push({ h: `Kandidat: ${N(R, c.p, 'full')}` }, { table: [['Referent', 'Relation', 'Telefon', 'Tagen av', 'Datum'], [N(R, ref, rng.pick(['full', 'surname-first']), 'referee'), rng.pick(['Närmaste chef 2019–2024', 'Kollega', 'Projektledare']), T(R, 'phone', phone(rng)), N(R, r, 'full', 'staff'), n.date(date(rng, '2026-10-15', '2026-11-20'))]] },
        { runs: [`${n.lone(ref.first)} beskriver ${n.lone(c.p.first)} som `, rng.pick(['mycket pålitlig och noggrann', 'social men ibland stressad', 'drivande, tar stort ansvar']), `. Skulle anställa igen: ${rng.pick(['ja', 'ja, absolut', 'tveksam'])}. `, pf(rng, [() => '', () => `Nämner att ${N(R, person(rng), 'full', 'running-text')} också kan lämna referens.`])] });
    }
    blocks.push(footer(R, o, ['orgnr', 'switchboard']));
    put(C, file, docx(blocks, { creator: R.t('name', recruiters[2].full, 'docx-creator') }));
  }

  // 6. candidate mail mbox
  {
    const file = `${F}/kandidatmail.mbox`; const R = C.at(file); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 28; i++) {
      const c = rng.pick(cands); const r = rng.pick(recruiters); const d = date(rng, '2026-09-01', '2026-11-24');
      const rEm = R.t('email', workEmail(r, o.domain), 'staff-work');
      R.t('name', c.p.full, 'header-display'); R.t('email', c.em, 'personal');
      if (rng.chance(0.5)) {
        const text = pf(rng, [() => `Hej ${n.lone(r.first)}!\n\nTack för samtalet. Bifogar mitt CV. Jag nås bäst på ${T(R, 'phone', c.ph)} efter 17.\n\nVänliga hälsningar\n${N(R, c.p, 'full', 'signature')}`,
          () => `Hi,\nI'm ${N(R, c.p, 'full', 'self-intro')} and I'm interested in the ${rng.pick(ROLES)} role. My former manager ${N(R, person(rng), 'full', 'running-text')} can be reached at ${T(R, 'phone', phone(rng, 'foreign'))}.\nBest,\n${n.lone(c.p.first)}`,
          () => `hej, drar tillbaka min ansökan till ${n.id('assignment-number', assign())}. har fått annat jobb. mvh ${N(R, c.p, 'lower', 'lower')}`]);
        msgs.push({ from: [c.p.full, c.em], to: [[r.full, rEm]], subject: rng.pick(['Ansökan', 'CV', 'Application', 'Återkallar ansökan']), date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@mail.example`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Wed Nov 25 08:00:00 2026' });
      } else {
        const text = `Hej ${n.lone(c.p.first)},\n\nVi vill gärna träffa dig för en intervju hos ${rng.pick(CLIENTS)} den ${n.date(svDate(date(rng, '2026-11-25', '2026-12-18')))} kl ${n.time(hhmm(rng))}. Du träffar ${N(R, person(rng), 'full', 'client-contact')} (rekryterande chef) och mig.\n\nMed vänlig hälsning\n${N(R, r, 'full', 'signature')}\nRekryteringskonsult\nMobil ${T(R, 'phone', { value: phone(rng, 'mobile', 'grouped').value, subtype: 'staff-mobile' })}\nVäxel ${R.n('phone', 'switchboard', o.switchboard)}`;
        msgs.push({ from: [r.full, rEm], to: [[c.p.full, c.em]], subject: 'Inbjudan till intervju', date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@nordkompetens.se`, text, enc: 'qp', hdrMode: 'Q', mboxDate: 'Wed Nov 25 08:00:00 2026', html: `<p>${htmlEsc(text).replace(/\n/g, '<br>')}</p>`, htmlText: text });
      }
      R.t('name', r.full, 'header-display');
    }
    put(C, file, mbox(msgs));
  }

  // 7. ATS export JSON
  {
    const file = `${F}/ats_export_applications.json`; const R = C.at(file); const n = nears(R, rng);
    const jobs = [];
    for (let j = 0; j < 9; j++) {
      const apps = [];
      for (let i = rng.int(6, 14); i > 0; i--) {
        const c = rng.pick(cands);
        J(C, file, c.p);
        apps.push({ id: n.id('application-id', num(rng, 8)), candidate: { first_name: c.p.given, last_name: c.p.last, email: R.t('email', c.em, 'personal'), phone: T(R, 'phone', c.ph), linkedin: `https://www.linkedin.com/in/${n.handle(`${c.p.first.toLowerCase().replace(/[^a-z]/g, '')}-${hex(rng, 6)}`)}` },
          stage: rng.pick(['applied', 'screening', 'interview', 'offer', 'rejected']), rating: rng.int(1, 5), source_ip: Ip(R, rng),
          notes: rng.chance(0.3) ? pf(rng, [() => `Tipsad av ${N(R, person(rng), 'full', 'running-text')}`, () => 'Saknar körkort', () => `Ring ${T(R, 'phone', c.ph)}`]) : null });
      }
      jobs.push({ job_id: n.id('assignment-number', assign()), title: rng.pick(ROLES), client: rng.pick(CLIENTS), recruiter: { name: R.t('name', rng.pick(recruiters).full, 'staff') }, applications: apps });
    }
    putText(C, file, JSON.stringify({ data: jobs, meta: { exported_at: '2026-11-24T18:00:00Z' } }, null, 2));
  }

  // 8. shortlists .xlsx
  {
    const file = `${F}/uppdrag_shortlists.xlsx`; const R = C.at(file); const n = nears(R, rng);
    const sheets = [];
    for (let s = 0; s < 4; s++) {
      const rows = [[`Uppdrag ${n.id('assignment-number', assign())} – ${rng.pick(ROLES)}`], [`Kund: ${CLIENTS[s]}, kontakt ${N(R, person(rng), 'full', 'client-contact')}`], ['Kandidat', 'Telefon', 'E-post', 'Status', 'Kommentar']];
      for (let i = 0; i < 32; i++) { const c = rng.pick(cands); rows.push([N(R, c.p, rng.pick(['surname-first', 'full', 'full'])), T(R, 'phone', c.ph), R.t('email', c.em, 'personal'), rng.pick(['Intervju 1', 'Intervju 2', 'Test', 'Referens', 'Nej']), rng.pick(['', '', 'Stark', 'Lönekrav högt', 'Flytt krävs'])]); }
      sheets.push({ name: `Uppdrag ${s + 1}`, rows });
    }
    put(C, file, xlsx(sheets, { creator: R.t('name', recruiters[3].full, 'xlsx-creator') }));
  }

  // 9. interview calendar .ics
  {
    const file = `${F}/intervjuer_dec.ics`; const R = C.at(file); const n = nears(R, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'];
    for (let i = 0; i < 30; i++) {
      const c = rng.pick(cands); const r = rng.pick(recruiters);
      L.push('BEGIN:VEVENT', `UID:${hex(rng, 32)}`, `DTSTART;TZID=W. Europe Standard Time:${date(rng, '2026-12-01', '2026-12-18').replace(/-/g, '')}T${p2(rng.int(8, 16))}${rng.pick(['00', '30'])}00`,
        `SUMMARY:Intervju ${N(R, c.p, 'full', 'ics-summary')} – ${rng.pick(ROLES)}`, `ORGANIZER;CN=${R.t('name', r.full, 'ics-cn')}:mailto:${R.t('email', workEmail(r, o.domain), 'staff-work')}`,
        `ATTENDEE;CN=${R.t('name', c.p.full, 'ics-cn')};RSVP=TRUE:mailto:${R.t('email', c.em, 'personal')}`, `LOCATION:Teams / ${n.look('street', rng.pick(LOOKALIKE.street))} 7`, `DESCRIPTION:Kandidatens mobil ${T(R, 'phone', c.ph)}. Uppdrag ${n.id('assignment-number', assign())}.`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, file, folded(L));
  }

  // 10. CV archive zip
  {
    const file = `${F}/cv_arkiv_2025.zip`; const R = C.at(file); const n = nears(R, rng);
    const entries = []; const texts = []; const pickd = rng.shuffle(cands).slice(0, 9);
    for (let i = 0; i < 8; i++) {
      const c = pickd[i];
      const t = `${N(R, c.p, rng.pick(['caps', 'full']))}\n${T(R, 'phone', c.ph)} | ${R.t('email', c.em, 'personal')}\nPersonnummer ${T(R, 'personnummer', c.pn)}\n\nERFARENHET\n${rng.pick(ROLES)}, ${rng.pick(CLIENTS)} ${rng.int(2012, 2020)}–${rng.int(2021, 2025)}\n\nREFERENS\n${N(R, person(rng), 'full', 'referee')}, ${T(R, 'phone', phone(rng))}\n`;
      entries.push({ name: `cv_arkiv/${c.id}.txt`, data: t }); texts.push(t);
    }
    const c = pickd[8];
    const d = docx([{ h: N(R, c.p, 'full') }, { runs: ['Mobil ', T(R, 'phone', c.ph)] }, 'Erfarenhet: lager, truckkort A+B', `Referens: ${N(R, person(rng), 'full', 'referee')}`], { creator: R.t('name', c.p.full, 'docx-creator') });
    entries.push({ name: `cv_arkiv/${c.id}_original.docx`, data: d.bytes }); texts.push(d.text);
    C.put(file, zip(entries), texts.join('\n'));
  }
}
