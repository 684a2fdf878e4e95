// Thirteenth blind set — 3. Nordvik Logistik AB, HR/people service desk (hr/).
import { Rng, org, people, kin, T, N, nameAs, pnr, samPnr, phone, email, workEmail, date, svDate, hhmm, hms, num, kr, footer, role, server,
  nBadPnr, nOrg, csv, xlsx, docx, pdf, message, mboxRaw, rfcDate, xmlEsc, txt, json, folded, ipVal, STREETS, WORDS, COMPANIES, ascii } from './core.mjs';
import { sig, quote } from './kit.mjs';

const O = org(new Rng('hr/org'), { name: 'Nordvik Logistik AB', domain: 'nordviklogistik.se', area: '40' });
const DIR = 'hr';
const DEPTS = ['Lager Malmö', 'Lager Helsingborg', 'Transport', 'Ekonomi', 'Kundservice', 'IT', 'Inköp'];

export default function build(C) {
  const rng = new Rng('hr/people');
  const emps = people(rng, 170, { cp1252: true }).map((p) => ({ p, nr: `A${num(rng, 5)}`, pn: rng.chance(0.06) ? samPnr(rng) : pnr(rng, { minYear: 1958, maxYear: 2006 }),
    ph: phone(rng, 'mobile'), mail: workEmail(p, O.domain), priv: email(rng, p), dept: rng.pick(DEPTS), start: date(rng, '2008-01-01', '2026-10-01') }));
  const bosses = emps.slice(0, 12);
  for (const e of emps) e.boss = e === bosses[0] ? bosses[1] : rng.pick(bosses.filter((b) => b !== e));
  const hrStaff = emps.slice(12, 17);
  const W = (e) => ({ value: e.mail, subtype: 'work-personal' });

  // 1. Staff workbook, three sheets.
  {
    const f = `${DIR}/personallista_2026.xlsx`; const R = C.at(f); const r = new Rng(f);
    const s1 = [['Anst.nr', 'Förnamn', 'Efternamn', 'Personnummer', 'Avdelning', 'Chef', 'Mobil', 'E-post', 'Anställd från']];
    for (const e of emps.slice(0, 130)) {
      C.joined(f, e.p.first, e.p.last);
      s1.push([N(R, 'employee-number', e.nr, null), e.p.first, e.p.last, T(R, 'personnummer', e.pn), e.dept, T(R, 'name', nameAs(e.boss.p, 'full'), 'manager'), T(R, 'phone', e.ph), T(R, 'email', W(e)), N(R, 'date', e.start, null)]);
    }
    const s2 = [['Anställd', 'Närmast anhörig', 'Relation', 'Telefon']];
    for (const e of emps.slice(0, 90)) { const q = r.chance(0.6) ? kin(r, e.p) : people(r, 1)[0]; s2.push([T(R, 'name', nameAs(e.p, 'full')), T(R, 'name', nameAs(q, 'full'), 'next-of-kin'), r.pick(['Make/maka', 'Sambo', 'Förälder', 'Syskon', 'Vuxet barn']), T(R, 'phone', phone(r))]); }
    const s3 = [['Namn', 'Slutdatum', 'Orsak', 'Intyg skickat']];
    for (const e of emps.slice(130, 170)) s3.push([T(R, 'name', nameAs(e.p, 'reversed')), N(R, 'date', date(r), null), r.pick(['Egen uppsägning', 'Pension', 'Visstid upphör']), r.pick(['Ja', 'Nej'])]);
    const out = xlsx([{ name: 'Anställda', rows: s1 }, { name: 'Närmast anhörig', rows: s2 }, { name: 'Avslutade', rows: s3 }], { creator: 'HR Nordvik' });
    C.put(f, out.bytes, out.text);
  }

  // 2. Sick leave reports, tab-separated.
  {
    const f = `${DIR}/sjukanmalningar_2026.tsv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['Datum', 'Anst.nr', 'Namn', 'Anmäld av', 'Kanal', 'Omfattning', 'Kommentar']];
    for (let i = 0; i < 200; i++) {
      const e = r.pick(emps); const k = r.int(0, 3);
      let by; let com = '';
      if (k === 0) by = 'själv';
      else if (k === 1) { const q = kin(r, e.p); by = T(R, 'name', nameAs(q, 'full'), 'relative'); com = `${r.pick(['sambo', 'make', 'mamma'])} ringde, nås på ${T(R, 'phone', phone(r))}`; }
      else if (k === 2) { by = T(R, 'name', nameAs(e.boss.p, 'full'), 'manager'); com = 'chefen registrerade'; }
      else { by = 'själv'; com = `vabb för ${T(R, 'name', nameAs(kin(r, e.p), 'full'), 'child')} (${T(R, 'personnummer', pnr(r, { minYear: 2012, maxYear: 2023 }))})`; }
      rows.push([N(R, 'date', date(r), null), N(R, 'employee-number', e.nr, null), T(R, 'name', nameAs(e.p, r.pick(['full', 'full', 'reversed', 'lower']))), by, r.pick(['Telefon', 'App', 'SMS', 'Mejl']), `${r.pick([25, 50, 100])} %`, com]);
    }
    const out = csv(rows, { sep: '\t', eol: '\n' });
    C.put(f, out.bytes, out.text);
  }

  // 3. Service-desk tickets JSON with comments.
  {
    const f = `${DIR}/hr_servicedesk_arenden.json`; const R = C.at(f); const r = new Rng(f);
    const tickets = [];
    for (let i = 0; i < 50; i++) {
      const e = r.pick(emps); const hs = r.pick(hrStaff);
      const subj = r.pick(['Fel på lönen november', 'OB-tillägg saknas', 'Friskvårdsbidrag', 'Ändrat kontonummer', 'Föräldraledighet', 'Tjänstgöringsintyg']);
      tickets.push({ id: 4000 + i, key: N(R, 'ticket-number', `HR-${r.int(1000, 9999)}`, null), subject: subj, status: r.pick(['open', 'pending', 'solved']),
        requester: { name: T(R, 'name', nameAs(e.p, 'full'), 'requester'), email: T(R, 'email', W(e)), employeeNo: N(R, 'employee-number', e.nr, null) },
        assignee: T(R, 'name', nameAs(hs.p, 'full'), 'assignee'), created: `${date(r)}T${hms(r)}Z`, ip: T(R, 'ip', ipVal(r, [['priv', 70], ['pub', 30]])),
        comments: [
          { author: T(R, 'name', nameAs(e.p, 'full'), 'comment-author'), body: `Hej! ${subj}. ${r.chance(0.4) ? `Mitt nya konto: ${N(R, 'account-number', `${r.int(3000, 9999)}-${num(r, 8)}`, null)}. ` : ''}Nå mig privat på ${T(R, 'phone', e.ph)} eller ${T(R, 'email', e.priv)}.` },
          { author: T(R, 'name', nameAs(hs.p, 'full'), 'comment-author'), body: `Hej ${N(R, 'lone-first-name', e.p.call)}, jag har pratat med din chef ${T(R, 'name', nameAs(e.boss.p, 'full'), 'running-text')}. Korrigering ${N(R, 'amount', kr(r, 200, 6000), null)} kommer på decemberlönen.` },
        ] });
    }
    const out = json({ tickets, count: tickets.length, next_page: null });
    C.put(f, out.bytes, out.text);
  }

  // 4. Teams chat export, speaker labels and @mentions.
  {
    const f = `${DIR}/teams_hr_chatt_nov.txt`; const R = C.at(f); const r = new Rng(f);
    const out = ['Chatt: HR Lön & Förmåner', ''];
    for (let i = 0; i < 140; i++) {
      const s = r.pick([...hrStaff, ...bosses]); const e = r.pick(emps); const other = r.pick(hrStaff);
      const line = r.pick([
        () => `kan någon kolla semesterdagarna för ${T(R, 'name', nameAs(e.p, 'full'), 'running-text')}? det fattas 3 enligt henne`,
        () => `@${T(R, 'name', nameAs(other.p, 'full'), 'mention')} har du hunnit titta på ${N(R, 'ticket-number', `HR-${r.int(1000, 9999)}`, null)}?`,
        () => `ny i lagret från måndag: ${T(R, 'name', nameAs(e.p, 'lower'), 'lower')}, pnr ${T(R, 'personnummer', e.pn)} – kan ni lägga upp i lönesystemet`,
        () => `${N(R, 'lone-first-name', e.p.call)} ringde igen om OB`,
        () => `tack!`, () => `ok ${N(R, 'word-also-name', r.pick(WORDS))}, jag tar det`,
        () => `${T(R, 'name', nameAs(e.p, 'full'), 'running-text')} har nytt mobilnr ${T(R, 'phone', phone(r, 'mobile'))}`,
      ])();
      out.push(`[${date(r, '2026-11-02', '2026-11-20')} ${hhmm(r)}] ${T(R, 'name', nameAs(s.p, 'full'), 'chat-speaker')}: ${line}`);
    }
    const t = txt(out.join('\n'), '\r\n');
    C.put(f, t.bytes, t.text);
  }

  // 5. Slack-like export: users with real_name, messages.
  {
    const f = `${DIR}/slack_export_hr-fragor.json`; const R = C.at(f); const r = new Rng(f);
    const us = r.shuffle(emps).slice(0, 40).map((e, i) => ({ e, id: `U0${(0x4a1f + i * 37).toString(16).toUpperCase()}`.slice(0, 9) }));
    const users = us.map(({ e, id }) => ({ id, name: N(R, 'user-handle', ascii(e.p.call).replace(/ /g, '')), real_name: T(R, 'name', nameAs(e.p, 'full'), 'user-profile'),
      profile: { display_name: N(R, 'lone-first-name', e.p.call), title: e.dept, phone: r.chance(0.5) ? T(R, 'phone', e.ph) : '', email: T(R, 'email', W(e)) }, tz: 'Europe/Stockholm' }));
    const messages = [];
    for (let i = 0; i < 110; i++) {
      const a = r.pick(us); const b = r.pick(us);
      messages.push({ type: 'message', user: a.id, ts: `${1793000000 + i * 3571}.${r.digits(6)}`, user_profile: { real_name: T(R, 'name', nameAs(a.e.p, 'full'), 'user-profile') },
        text: r.pick([() => `<@${b.id}> vet du om ${T(R, 'name', nameAs(r.pick(emps).p, 'full'), 'running-text')} fått sitt tjänstgöringsintyg?`,
          () => `Lönespecar för november ligger ute nu :tada:`, () => `Någon som vet vem som ersätter ${T(R, 'name', nameAs(r.pick(bosses).p, 'full'), 'running-text')} som chef på ${r.pick(DEPTS)}?`,
          () => `skickade kontraktet till ${T(R, 'email', r.pick(emps).priv)} men det studsade`])() });
    }
    const out = json({ channel: { id: 'C04HRFRAG', name: 'hr-fragor' }, users, messages });
    C.put(f, out.bytes, out.text);
  }

  // 6. Payslip PDFs.
  for (const e of emps.slice(20, 22)) {
    const f = `${DIR}/lonespecifikation_2026-11_${e.nr}.pdf`; const R = C.at(f); const r = new Rng(f);
    const lines = [{ text: 'LÖNESPECIFIKATION', size: 14, bold: true }, `${O.name} · Org.nr ${N(R, 'organisationsnummer', O.orgnr, 'personnummer')}`, '',
      `Anställd: ${T(R, 'name', nameAs(e.p, r.pick(['full', 'caps'])))}`, `Personnummer: ${T(R, 'personnummer', e.pn)}`, `Anst.nr: ${N(R, 'employee-number', e.nr, null)}   Avdelning: ${e.dept}`,
      `Utbetalningsdag: 2026-11-25   Konto: ${N(R, 'account-number', `${r.int(3000, 9999)}-${num(r, 8)}`, null)}`, '',
      'Art   Benämning                 Antal   À-pris    Belopp'];
    for (const [c, t] of [['101', 'Månadslön'], ['310', 'OB-tillägg'], ['320', 'Övertid'], ['710', 'Friskvård'], ['900', 'Preliminärskatt']]) lines.push(`${c}   ${t.padEnd(26)} ${r.int(1, 40)}   ${N(R, 'amount', kr(r, 100, 38000), null)}`);
    lines.push('', `Attesterad av: ${T(R, 'name', nameAs(e.boss.p, 'full'), 'manager')}`, `Frågor: ${T(R, 'name', nameAs(hrStaff[0].p, 'full'), 'handler')}, ${role(R, O, 1)}, växel ${N(R, 'switchboard', O.switchboard, 'phone')}`);
    const out = pdf([lines], { title: `Lönespecifikation ${e.nr}` });
    C.put(f, out.bytes, out.text);
  }

  // 7. References from former managers (.docx).
  for (const [i, e] of emps.slice(140, 142).entries()) {
    const f = `${DIR}/referenser/referens_${ascii(e.p.last).replace(/ /g, '_')}_${i + 1}.docx`; const R = C.at(f); const r = new Rng(f);
    const ref = people(r, 1, { middle: 0 })[0]; const refPh = phone(r); const co = r.pick(COMPANIES);
    const out = docx([
      { h: 'Referenstagning – anteckningar' },
      { table: [['Kandidat', T(R, 'name', nameAs(e.p, 'full'), 'candidate')], ['Referens', T(R, 'name', nameAs(ref, 'full'), 'reference')], ['Roll', `Tidigare chef på ${N(R, 'company', co)}`], ['Telefon', T(R, 'phone', refPh)]] },
      `Samtal ${svDate(date(r))} med ${T(R, 'name', nameAs(ref, 'full'), 'reference')}. Hen beskriver ${N(R, 'lone-first-name', e.p.call)} som noggrann och social.`,
      `Arbetade tillsammans med ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'running-text')} i samma skiftlag i tre år.`,
      `Referensen föreslår även att vi ringer ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'reference')} på ${T(R, 'phone', phone(r))}.`,
      `Antecknat av ${T(R, 'name', nameAs(hrStaff[1].p, 'full'), 'handler')}, HR.`,
    ], { creator: `${hrStaff[1].p.first} ${hrStaff[1].p.last}` });
    C.put(f, out.bytes, out.text);
  }

  // 8. Onboarding calendar (.ics) with attendees.
  {
    const f = `${DIR}/onboarding_november.ics`; const R = C.at(f); const r = new Rng(f);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'METHOD:REQUEST'];
    for (const e of emps.slice(150, 166)) {
      const d = date(r, '2026-11-02', '2026-11-30').replace(/-/g, ''); const hs = r.pick(hrStaff);
      L.push('BEGIN:VEVENT', `UID:${num(r, 10)}-${num(r, 6)}@${O.domain}`, `DTSTART;TZID=W. Europe Standard Time:${d}T090000`, `DTEND;TZID=W. Europe Standard Time:${d}T120000`,
        `SUMMARY:Introduktion – ${T(R, 'name', nameAs(e.p, 'full'), 'ics-summary')}`,
        `ORGANIZER;CN=${T(R, 'name', nameAs(hs.p, 'full'), 'ics-cn')}:mailto:${T(R, 'email', W(hs))}`,
        `ATTENDEE;CN=${T(R, 'name', nameAs(e.p, 'full'), 'ics-cn')};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${T(R, 'email', W(e))}`,
        `ATTENDEE;CN=${T(R, 'name', nameAs(e.boss.p, 'full'), 'ics-cn')};ROLE=OPT-PARTICIPANT:mailto:${T(R, 'email', W(e.boss))}`,
        `DESCRIPTION:Välkommen! Ta med ID-handling. Fadder: ${T(R, 'name', nameAs(r.pick(emps).p, 'full'), 'running-text')}\\, nås på ${T(R, 'phone', phone(r, 'mobile'))}. Entré via ${N(R, 'street', r.pick(STREETS))}.`,
        `LOCATION:Nordvik Lager Malmö\\, Hus B`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    const out = folded(L);
    C.put(f, out.bytes, out.text);
  }

  // 9. HR inbox mbox.
  {
    const f = `${DIR}/hr_inkorg.mbox`; const R = C.at(f); const r = new Rng(f);
    const msgs = [];
    for (let i = 0; i < 14; i++) {
      const e = r.pick(emps); const hs = r.pick(hrStaff); const d = date(r, '2026-10-15', '2026-11-22');
      const k = i % 3;
      if (k === 0) {
        const text = [`Hej HR,`, '', `Jag är sjuk idag och imorgon. ${r.chance(0.5) ? `Min chef ${T(R, 'name', nameAs(e.boss.p, 'full'), 'running-text')} är informerad.` : 'Har meddelat min chef.'}`, '', sig(R, e.p, { greet: 'Mvh', title: e.dept, ph: e.ph })].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(e.p, 'full'), 'header-display'), T(R, 'email', e.priv)], to: [[N(R, 'org-display', 'HR Nordvik'), role(R, O, 3)]], subject: 'Sjukanmälan', date: rfcDate(d, `0${r.int(6, 8)}:${r.int(10, 59)}:00`), id: `${num(r, 9)}@${e.priv.value.split('@')[1]}`, text, enc: r.pick(['qp', '8bit']) });
        msgs.push({ ...m, sender: e.priv.value });
      } else if (k === 1) {
        const rec = people(r, 1, { middle: 0 })[0]; const recMail = `${ascii(rec.call)}@rekryteringspartner.se`;
        const text = [`Hej!`, '', `Jag söker referens på ${T(R, 'name', nameAs(e.p, 'full'), 'running-text')} (${T(R, 'personnummer', e.pn)}) som har sökt tjänst hos vår kund.`,
          'Kan ni bekräfta anställningstid?', '', sig(R, rec, { title: 'Senior Rekryteringskonsult', orgName: 'Rekryteringspartner i Skåne AB', ph: phone(r, 'mobile', 'intl'), em: { value: recMail, subtype: 'work-personal' }, greet: 'Vänligen' })].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(rec, 'full'), 'header-display'), recMail], to: [[T(R, 'name', nameAs(hs.p, 'full'), 'header-display'), T(R, 'email', W(hs))]], subject: `Referens ${e.p.call} ${e.p.last}`, date: rfcDate(d, '13:20:00'), id: `${num(r, 9)}@rekryteringspartner.se`, text, enc: 'qp', hdrMode: 'Q' });
        R.t('name', `${e.p.call} ${e.p.last}`, 'subject');
        msgs.push({ ...m, sender: recMail });
      } else {
        const orig = [`Hej,`, `Jag har fått fel skattetabell i november. Kan ni rätta?`, `/${T(R, 'name', nameAs(e.p, 'lower'), 'signature-lower')}`].join('\n');
        const text = [`Hej ${N(R, 'lone-first-name', e.p.call)},`, '', `Vi har rättat tabellen, ny spec kommer ${svDate('2026-11-25')}.`, '', sig(R, hs.p, { title: 'Löneadministratör', orgName: O.name, ph: hs.ph, extra: [`Växel ${N(R, 'switchboard', O.switchboard, 'phone')}`] }), '',
          `-----Ursprungligt meddelande-----`, `Från: ${T(R, 'name', nameAs(e.p, 'reversed'), 'forward-header')} <${T(R, 'email', W(e))}>`, `Skickat: den ${svDate(d)}`, '', quote(orig)].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(hs.p, 'full'), 'header-display'), W(hs).value], to: [[`${e.p.last}, ${e.p.first}`, W(e).value]], subject: 'SV: Skattetabell', date: rfcDate(d, '15:02:00'), id: `${num(r, 9)}@${O.domain}`, text, enc: 'b64', hdrMode: 'B' });
        R.t('email', W(hs).value, 'work-personal');
        msgs.push({ ...m, sender: W(hs).value });
      }
    }
    const out = mboxRaw(msgs);
    C.put(f, out.bytes, out.text);
  }

  // 10. Managers' vCards.
  {
    const f = `${DIR}/chefer_kontakter.vcf`; const R = C.at(f); const r = new Rng(f);
    const L = [];
    for (const b of bosses) {
      L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${b.p.last};${b.p.first};;;`, `FN:${T(R, 'name', nameAs(b.p, 'full'), 'vcard-fn')}`, `ORG:${O.name};${b.dept}`, `TITLE:Avdelningschef`,
        `TEL;TYPE=CELL:${T(R, 'phone', b.ph)}`, `TEL;TYPE=WORK:${N(R, 'switchboard', O.switchboard, 'phone')}`, `EMAIL;TYPE=INTERNET:${T(R, 'email', W(b))}`,
        `ADR;TYPE=WORK:;;${N(R, 'street', r.pick(STREETS))} ${r.int(1, 30)};Malmö;;${r.int(200, 239)} ${r.digits(2)};Sverige`, `NOTE:Ersättare: ${T(R, 'name', nameAs(r.pick(bosses.filter((x) => x !== b)).p, 'full'), 'running-text')}`, 'END:VCARD');
    }
    const out = folded(L);
    C.put(f, out.bytes, out.text);
  }
}
