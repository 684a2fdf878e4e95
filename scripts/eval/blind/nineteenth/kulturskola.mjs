// Nineteenth blind set — Kulturskolan i Hagby kommun: a municipal music and arts school. Pupil register (UTF-8 CSV,
// split child names, guardians in one column), waiting lists (.xlsx, a sheet an instrument), instrument loans (TSV),
// concert programme (PDF, composers as near-misses), guardians' mail (mbox), teachers' lesson calendar (.ics), a
// SchoolSoft-like JSON export, teachers' vCards, term fees (cp1252 `;` CSV with OCR numbers), staff meeting minutes
// (.docx), a Teams channel export (JSON) and the registration web form (NDJSON with IPs).
import { Rng, org, customers, people, kin, nears, N, P_, T_, F_, M_, I_, mobile, landline, workEmail, footer, role, server, csv, xlsx, docx, pdfLines, mbox, rfcDate, htmlEsc, jsonText, date, hhmm, isoTs, dotDate, kr, ocr, num, alnum, street, postcode, msgId, cp1252ok, folded, addDays, svDate, mailFor, COMPOSERS, PIECES, INSTRUMENTS, LOOKALIKE, LOWER_WORDS } from './core.mjs';

const SUBJECTS = ['Fiol', 'Cello', 'Piano', 'Gitarr', 'Trumpet', 'Tvärflöjt', 'Saxofon', 'Klarinett', 'Slagverk', 'Sång', 'Elbas', 'Dans', 'Teater', 'Bild'];

export default function build(C) {
  const b = new Rng('kulturskola/base');
  const O = org(b, { name: 'Kulturskolan i Hagby kommun', domain: 'hagby.se', area: '18', roles: ['kulturskolan', 'info', 'noreply', 'kulturskolan.avgifter', 'registrator'] });
  const kids = customers(b, 360, { minYear: 2009, maxYear: 2019 });
  for (const k of kids) {
    const g1 = kin(b, k); g1.mob = mobile(b); g1.mail = mailFor(b, g1); k.g = [g1];
    if (b.chance(0.6)) { const g2 = b.chance(0.75) ? kin(b, k) : customers(b, 1)[0]; g2.mob = g2.mob ?? mobile(b); g2.mail = g2.mail ?? mailFor(b, g2); k.g.push(g2); }
    k.subject = b.pick(SUBJECTS); k.g[0].pn = customers(b, 1, { minYear: 1970, maxYear: 1992 })[0].pn;
  }
  const teachers = people(b, 18).map((p) => ({ ...p, mob: mobile(b), mail: workEmail(p, O.domain), subj: b.pick(SUBJECTS) }));
  for (const k of kids) k.teacher = b.pick(teachers);

  // 1. pupil register
  {
    const F = 'kulturskola/elevregister_ht2026.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Elev-ID', 'Elev förnamn', 'Elev efternamn', 'Personnummer', 'Skola', 'Ämne', 'Lärare', 'Vårdnadshavare 1', 'VH1 mobil', 'VH1 e-post', 'Vårdnadshavare 2', 'VH2 mobil', 'VH2 e-post', 'Fotografering OK']];
    for (const k of rng.shuffle(kids).slice(0, 110)) {
      C.joined(F, k.given, k.last);
      const [g1, g2] = k.g;
      rows.push([nm.id('pupil-id', `E${num(rng, 6)}`), k.given, k.last, P_(R, rng, k.pn, rng.pick(['long', 'long-dash', 'short'])), rng.pick(['Hagbyskolan', 'Ängsskolan', 'Kvarnbackens skola', 'Evert Taubeskolan']), k.subject, N(R, k.teacher, 'full', 'staff'),
        N(R, g1, rng.pick(['full', 'surname-first']), 'guardian'), T_(R, rng, g1.mob, rng.pick(['grouped', 'compact', 'dash'])), M_(R, g1), g2 ? N(R, g2, 'full', 'guardian') : '', g2 ? T_(R, rng, g2.mob) : '', g2 && rng.chance(0.7) ? M_(R, g2) : '', rng.pick(['Ja', 'Nej', 'Ja'])]);
    }
    nm.look('school-name', 'Evert Taubeskolan');
    const w = csv(rows, { sep: ',', eol: '\r\n' }); C.put(F, w.bytes, w.text);
  }

  // 2. waiting lists (.xlsx, one sheet per instrument)
  {
    const F = 'kulturskola/kolista_2026-11.xlsx'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const creator = teachers[0]; N(R, creator, 'full', 'xlsx-creator');
    const sheets = ['Fiol', 'Piano', 'Gitarr', 'Slagverk', 'Sång'].map((sub) => {
      const rows = [[`Kö ${sub}`, '', '', '', '', ''], ['Köplats', 'Anmäld', 'Barn', 'Född', 'Vårdnadshavare', 'Telefon']];
      for (let i = 1; i <= 22; i++) { const k = rng.pick(kids); rows.push([i, date(rng, '2024-01-01', '2026-11-20'), N(R, k, rng.pick(['full', 'surname-first'])), nm.id('birth-year', `${k.pn.y}`), N(R, k.g[0], 'full', 'guardian'), T_(R, rng, k.g[0].mob, rng.pick(['compact', 'grouped', 'intl']))]); }
      return { name: sub, rows };
    });
    const w = xlsx(sheets, { creator: creator.full }); C.put(F, w.bytes, w.text);
  }

  // 3. instrument loans TSV
  {
    const F = 'kulturskola/instrumentlan.tsv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Inventarienr', 'Instrument', 'Serienummer', 'Elev', 'Målsman', 'Målsman pnr', 'Utlånat', 'Åter senast', 'Skick']];
    for (const k of rng.shuffle(kids).slice(0, 90)) rows.push([nm.id('inventory-number', `KS-${num(rng, 4)}`), nm.look('product', rng.pick(INSTRUMENTS)), nm.id('serial', `${alnum(rng, 2)}${num(rng, 6)}`), N(R, k, 'full'), N(R, k.g[0], rng.pick(['full', 'surname-first-nocomma']), 'guardian'), P_(R, rng, k.g[0].pn), date(rng, '2026-08-15', '2026-09-30'), '2027-06-10', rng.pick(['Bra', 'Repa på locket', 'Ny stråle', 'Saknar munstycke'])]);
    const w = csv(rows, { sep: '\t', eol: '\n' }); C.put(F, w.bytes, w.text);
  }

  // 4. concert programme PDF
  {
    const F = 'kulturskola/luciakonsert_program.pdf'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const lines = [{ text: 'Kulturskolans Luciakonsert', bold: true, size: 16 }, `${svDate('2026-12-12')} kl 15.00 i ${nm.look(LOOKALIKE[1][1], LOOKALIKE[1][0])}`, ''];
    const cp = kids.filter((k) => cp1252ok(k.full));
    for (let i = 0; i < 36; i++) {
      const comp = rng.pick(COMPOSERS); const piece = rng.pick(PIECES);
      const perf = rng.shuffle(cp).slice(0, rng.int(1, 4));
      lines.push({ text: `${i + 1}. ${nm.look('composer', comp)}: ${nm.look('work-title', piece)}`, bold: true }, `   ${perf.map((k) => `${N(R, k, 'short')} (${k.subject.toLowerCase()})`).join(', ')}`);
      if (rng.chance(0.3)) { const t = teachers.filter((x) => cp1252ok(x.full)); lines.push(`   Ackompanjemang: ${N(R, rng.pick(t), 'full', 'staff')}`); }
    }
    lines.push('', 'Fri entré. Kollekt till Musikhjälpen.', `Programmet sammanställt av ${N(R, teachers.find((x) => cp1252ok(x.full)), 'full', 'staff')}`);
    const w = pdfLines(lines, { per: 50, title: 'Luciakonsert' }); C.put(F, w.bytes, w.text);
  }

  // 5. guardians' mail
  {
    const F = 'kulturskola/vardnadshavare_inkorg.mbox'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const msgs = [];
    for (let i = 0; i < 32; i++) {
      const k = rng.pick(kids); const g = k.g[0]; const t = k.teacher; const d = date(rng, '2026-08-20', '2026-11-24');
      const body = rng.pick([
        () => `Hej ${nm.lone(t.first)}!\n${N(R, k, 'short', 'child')} är sjuk idag och kommer inte på lektionen kl ${hhmm(rng, 14, 18)}.\nMvh ${N(R, g, 'full', 'signature')}`,
        () => `Hej,\nvi vill säga upp platsen i ${k.subject.toLowerCase()} för ${N(R, k, 'full', 'child')} (${P_(R, rng, k.pn)}). Hen har tappat intresset.\n\nHälsningar\n${N(R, g, 'full', 'signature')}\n${T_(R, rng, g.mob)}`,
        () => `Hej! Fakturan ${nm.id('invoice-number', num(rng, 7))} ska delas med barnets pappa ${N(R, k.g[1] ?? kin(rng, k), 'full', 'guardian')}, vi har gemensam vårdnad. Hans mejl: ${k.g[1] ? M_(R, k.g[1]) : R.t('email', mailFor(rng, kin(rng, k)), 'personal')}\n/${N(R, g, 'lower', 'signature')}`,
        () => `Hej, cellon som ${nm.lone(k.first)} lånat har fått en spricka. Vad gör vi? Inventarienr ${nm.id('inventory-number', `KS-${num(rng, 4)}`)}.\n\n${N(R, g, 'full', 'signature')}`,
      ])();
      const reply = rng.chance(0.45);
      const text = reply ? `Hej ${nm.lone(g.first)},\ntack för beskedet!\n\n${N(R, t, 'full', 'staff')}\n${t.subj}lärare, Kulturskolan\n${T_(R, rng, t.mob, 'grouped', 'staff-mobile')}\n\nDen ${svDate(d)} skrev ${g.full} <${g.mail}>:\n> ${body.replace(/\n/g, '\n> ')}` : body;
      if (reply) { N(R, t, 'full', 'staff-header-display'); R.t('email', t.mail, 'staff-work'); } else R.t('email', t.mail, 'staff-work');
      N(R, g, 'full', 'header-display'); M_(R, g);
      msgs.push({ from: reply ? [t.full, t.mail] : [g.full, g.mail], to: reply ? [[g.full, g.mail]] : [[t.full, t.mail]], ...(reply ? {} : { cc: [['', O.roles[0]]] }), subject: reply ? 'SV: Lektion' : rng.pick(['Sjuk idag', 'Uppsägning', 'Faktura', 'Instrumentet', 'Lektion']),
        date: rfcDate(d, `${hhmm(rng)}:00`), id: msgId(rng, reply ? O.domain : g.mail.split('@')[1]), text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Nov 24 20:00:00 2026' });
      if (!reply) { N(R, t, 'full', 'staff-header-display'); role(R, O, 0); }
    }
    const w = mbox(msgs); C.put(F, w.bytes, w.text);
  }

  // 6. teachers' lesson calendar (.ics)
  {
    const F = 'kulturskola/lektioner_ht2026.ics'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const t = teachers[2];
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hagby kommun//Schemaläggning 4.2//SV', `X-WR-CALNAME:${N(R, t, 'full', 'ics-cn')} – lektioner`, 'CALSCALE:GREGORIAN'];
    for (let i = 0; i < 60; i++) {
      const k = rng.pick(kids); const d = date(rng, '2026-08-24', '2026-12-18').replace(/-/g, ''); const h = rng.int(13, 18);
      L.push('BEGIN:VEVENT', `UID:${alnum(rng, 16).toLowerCase()}@hagby.se`, `DTSTART;TZID=Europe/Stockholm:${d}T${h}0000`, `DTEND;TZID=Europe/Stockholm:${d}T${h}3000`, `SUMMARY:${t.subj} – ${N(R, k, 'short', 'ics-summary')}`,
        `ORGANIZER;CN=${N(R, t, 'full', 'ics-cn')}:mailto:${R.t('email', t.mail, 'staff-work')}`, `ATTENDEE;CN=${N(R, k.g[0], 'full', 'ics-cn')};ROLE=OPT-PARTICIPANT:mailto:${M_(R, k.g[0])}`,
        `DESCRIPTION:${rng.pick([() => 'Ordinarie lektion', () => `Ring vh vid frånvaro: ${T_(R, rng, k.g[0].mob)}`, () => `Ersätter lektion ${dotDate(date(rng))}`, () => `Övar ${nm.look('work-title', rng.pick(PIECES))}`])()}`, `LOCATION:Sal ${rng.int(1, 12)}\\, Kulturhuset`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    const w = folded(L); C.put(F, w.bytes, w.text);
  }

  // 7. SchoolSoft-like JSON export
  {
    const F = 'kulturskola/schoolsoft_grupper_export.json'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const groups = teachers.slice(0, 7).map((t) => ({ groupId: nm.id('group-id', `G${num(rng, 5)}`), name: `${t.subj} ${rng.pick(['nybörjare', 'fortsättning', 'orkester', 'ensemble'])}`, teacher: { firstName: t.first, lastName: t.last, email: R.t('email', t.mail, 'staff-work'), mobile: T_(R, rng, t.mob, 'e164', 'staff-mobile') },
      students: rng.shuffle(kids).slice(0, 9).map((k) => { C.joined(F, k.given, k.last); return { firstName: k.given, lastName: k.last, socialSecurityNumber: P_(R, rng, k.pn, 'long'), guardians: k.g.map((g) => { C.joined(F, g.given, g.last); return { firstName: g.given, lastName: g.last, email: M_(R, g), phone: T_(R, rng, g.mob, rng.pick(['e164', 'compact'])) }; }) }; }) }));
    for (const t of teachers.slice(0, 7)) C.joined(F, t.first, t.last, 'split-joined-staff');
    C.put(F, `${jsonText({ schoolId: 'HAGBY-KS', exported: '2026-11-24T05:00:00Z', groups }, 1)}\n`);
  }

  // 8. teachers' vCards
  {
    const F = 'kulturskola/larare_kontakter.vcf'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (const t of teachers) L.push('BEGIN:VCARD', 'VERSION:4.0', `N:${t.last};${t.given};;;`, `FN:${N(R, t, 'full', 'vcard-fn')}`, `ORG:${O.name};${t.subj}`, `TEL;TYPE=cell,voice;VALUE=uri:tel:${T_(R, rng, t.mob, 'e164', 'staff-mobile')}`, `TEL;TYPE=work:${R.n('phone', 'switchboard', O.switchboard)}`, `EMAIL:${R.t('email', t.mail, 'staff-work')}`, 'END:VCARD');
    const w = folded(L); C.put(F, w.bytes, w.text);
  }

  // 9. term fees (cp1252 ; CSV)
  {
    const F = 'kulturskola/terminsavgifter_ht2026.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Fakturanr', 'Betalare', 'Betalare pnr', 'Elev', 'Ämne', 'Avgift', 'Syskonrabatt', 'OCR', 'Förfallodag', 'Status']];
    for (const k of rng.shuffle(kids.filter((x) => cp1252ok(x.full + x.g[0].full))).slice(0, 110)) rows.push([nm.id('invoice-number', num(rng, 7)), N(R, k.g[0], rng.pick(['surname-first', 'surname-first-caps', 'full']), 'guardian'), P_(R, rng, k.g[0].pn, rng.pick(['short', 'compact', 'long'])), N(R, k, 'full'), k.subject, nm.amount(rng.pick(['650,00', '900,00', '450,00'])), rng.pick(['', '-25%']), nm.id('ocr', ocr(rng)), '2026-10-31', rng.pick(['Betald', 'Betald', 'Påminnelse', 'Inkasso'])]);
    rows.push(['', 'Fel pnr', nm.badDate(), '', '', '', '', '', '', 'Returnerad'], ['', 'Bankgiro', R.n(null, 'bankgiro', O.bg), '', '', '', '', '', '', '']);
    const w = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(F, w.bytes, w.text);
  }

  // 10. staff meeting minutes (.docx)
  {
    const F = 'kulturskola/protokoll_lararmote_2026-11-10.docx'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const chair = teachers[4]; const sec = teachers[5];
    const blocks = [{ h: 'Protokoll lärarmöte 10 november 2026' }, `Närvarande: ${teachers.slice(3, 11).map((t) => N(R, t, 'full', 'staff')).join(', ')}`, `Ordförande: ${N(R, chair, 'full', 'staff')}  Sekreterare: ${N(R, sec, 'full', 'staff')}`,
      { h: '§ 1 Kösituation' }, `Kön till fiol är nu 48 barn. ${nm.lone(teachers[6].first)} tar två extra elever från januari.`,
      { h: '§ 2 Elevärenden' }, ...rng.shuffle(kids).slice(0, 8).map((k) => rng.pick([() => `${N(R, k, 'full', 'child')}: vårdnadshavare ${N(R, k.g[0], 'full', 'guardian')} har begärt byte av lärare.`, () => `${N(R, k, 'full', 'child')} har hög frånvaro – kontakta hemmet (${T_(R, rng, k.g[0].mob)}).`, () => `Skyddad identitet: elev ${nm.id('pupil-id', `E${num(rng, 6)}`)} får inte fotograferas.`])()),
      { h: '§ 3 Luciakonserten' }, { table: [['Uppgift', 'Ansvarig'], ['Ljud', N(R, teachers[7], 'short', 'staff')], ['Programblad', N(R, teachers[8], 'short', 'staff')], ['Kollekt', nm.look('organisation', 'Musikhjälpen')]] },
      `Nästa möte ${svDate('2026-12-08')}. Vid protokollet: ${sec.full}`];
    const w = docx(blocks, { creator: N(R, sec, 'full', 'docx-creator') }); C.put(F, w.bytes, w.text);
  }

  // 11. Teams channel export
  {
    const F = 'kulturskola/teams_kanal_personal.json'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const msgs = [];
    for (let i = 0; i < 70; i++) {
      const t = rng.pick(teachers); const k = rng.pick(kids); const d = date(rng, '2026-09-01', '2026-11-24');
      msgs.push({ id: num(rng, 13), createdDateTime: `${d}T${hhmm(rng)}:00.000Z`, from: { user: { displayName: N(R, t, 'full', 'staff'), userIdentityType: 'aadUser', id: `${alnum(rng, 8).toLowerCase()}-${alnum(rng, 4).toLowerCase()}` } },
        body: { contentType: 'html', content: `<p>${htmlEsc(rng.pick([() => `Kan någon ta ${N(R, k, 'short', 'child')} på torsdag? jag är på fortbildning`, () => `${nm.lone(rng.pick(teachers).first)} har du nyckeln till sal 4?`, () => `Pappan till ${N(R, k, 'full', 'child')} ringde, ${N(R, k.g[0], 'lower', 'guardian')} vill prata om placering. nr ${T_(R, rng, k.g[0].mob)}`, () => 'Kaffe i lärarrummet 15.30 🎉', () => `Ny elev i kön: ${N(R, k, 'full', 'child')}, f. ${nm.id('birth-year', String(k.pn.y))}`])())}</p>` },
        mentions: rng.chance(0.2) ? [{ mentionText: N(R, t, 'short', 'staff') }] : [] });
    }
    C.put(F, `${jsonText({ channel: 'Personal – Kulturskolan', messages: msgs }, 1)}\n`);
  }

  // 12. registration web form (NDJSON)
  {
    const F = 'kulturskola/anmalan_webbformular.ndjson'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (const k of rng.shuffle(kids).slice(0, 70)) {
      const g = k.g[0];
      L.push(JSON.stringify({ submitted_at: isoTs(rng, date(rng, '2026-08-01', '2026-11-24')), remote_addr: I_(R, rng), form_id: 'ks-anmalan-2026', answers: { barnets_namn: N(R, k, rng.pick(['full', 'full', 'lower', 'caps'])), barnets_personnummer: P_(R, rng, k.pn, rng.pick(['short', 'long', 'compact', 'long-dash'])), onskat_amne: k.subject,
        vardnadshavare: N(R, g, 'full', 'guardian'), telefon: T_(R, rng, g.mob, rng.pick(['compact', 'grouped', 'intl', 'slash', 'dots'])), epost: M_(R, g), ovrigt: rng.pick([() => '', () => 'har spelat 1 år på egen hand', () => `syskon till ${N(R, kin(rng, k), 'full', 'child')}`, () => nm.lower(rng.pick(LOWER_WORDS))])() } }));
    }
    C.put(F, `${L.join('\n')}\n`);
  }
}
