// Eighth blind set — Västerbro universitet, studentexpeditionen: forms, CSN questions, Kundo, advising invites (universitet/).
import { Rng, person, email, nm, ph, pnr, makePnr, makePhone, phoneStyle, foreignPhone, safeDigits, isoDate, hhmm, up, ascii, one, relative, lines } from './core.mjs';
import { N } from './near.mjs';
import { csv, json, mbox, rfcDate, ics, docx, xlsx, txt, put } from './fmt.mjs';

const DOM = 'vasterbro.se';
const COURSES = ['MA1021', 'DA2004', 'SO1101', 'JU3045', 'EK2210', 'KE1250', 'PS1009', 'HI2032'];

export default function university(C) {
  const rng = new Rng('university'); const used = new Set();
  const staff = Array.from({ length: 6 }, () => person(rng, { used, cp1252: true }));
  const smail = (s) => `${ascii(s.first)[0]}${ascii(s.last).replace(/[ -]/g, '').slice(0, 6)}@${DOM}`;
  const stu = (o = {}) => { const p = person(rng, { used, ...o }); const samord = rng.chance(0.12);
    return { p, mail: email(rng, p), smail: `${ascii(p.first).replace(/ /g, '').slice(0, 4)}${rng.int(10, 99)}${ascii(p.last).replace(/[ -]/g, '').slice(0, 3)}@student.${DOM}`, tel: makePhone(rng), pn: makePnr(rng, { minYear: 1975, maxYear: 2006, samord }) }; };
  const course = (R) => R.n(null, 'course-code', rng.pick(COURSES));

  // 1. Google Forms responses: "Anmälan till studievägledning" (UTF-8, comma)
  { const R = C.at('universitet/google_forms_studievagledning.csv');
    const rows = [['Tidstämpel', 'E-postadress', 'Förnamn', 'Efternamn', 'Personnummer (ÅÅMMDD-XXXX)', 'Mobilnummer', 'Program/kurs', 'Vad vill du ha hjälp med?', 'Jag godkänner att mina uppgifter behandlas']];
    for (let i = 0; i < 90; i++) {
      const s = stu(); const low = rng.chance(0.12); const f = low ? s.p.first.toLowerCase() : s.p.first; const l = low ? s.p.last.toLowerCase() : s.p.last;
      C.joined(R.file, f, l, 'split-joined');
      const pnv = one(rng, () => pnr(R, s.pn, s.pn.samord ? 'short' : rng.pick(['short', 'compact', 'long'])), () => N.pnrBad(R, rng), () => pnr(R, s.pn, 'space'));
      rows.push([`${isoDate(rng).replace(/-/g, '/')} ${hhmm(rng)}:${rng.digits(2)}`, R.t('email', rng.chance(0.5) ? s.smail : s.mail), f, l, pnv,
        rng.chance(0.1) ? R.t('phone', foreignPhone(rng), 'foreign-phone') : ph(R, rng, s.tel, phoneStyle(rng)), course(R),
        one(rng, () => 'Byta inriktning', () => `Jag har fått studieuppehåll men CSN säger att jag inte är registrerad.\nKan ni skicka intyg?`, () => 'tillgodoräknande av kurser från Polen',
          () => `Min kontaktperson var ${nm(R, rng.pick(staff), 'plain', 'staff')} men hen har slutat?`), 'Ja']);
    }
    put(C, R.file, csv(rows, { bom: rng.chance(0.5) }));
  }

  // 2. Studentexpeditionen mailbox (Takeout mbox), CSN questions
  { const R = C.at('universitet/takeout_studentexpeditionen.mbox'); const msgs = []; const ids = []; const role = N.role(R, 'studentexpeditionen', DOM); const sw = N.switchboard(R, rng, '21');
    for (let i = 0; i < 24; i++) {
      const s = stu(); const st = rng.pick(staff); const id = `${up(rng, 12)}.${rng.digits(6)}@${DOM}`; ids.push(N.msgid(R, id)); const d = isoDate(rng);
      const from = rng.chance(0.6) ? s.smail : s.mail;
      msgs.push({ from: [R.t('name', s.p.full, 'display-name'), R.t('email', from)], to: [['Studentexpeditionen', role]], subject: rng.pick(['CSN-intyg', 'Frågor om studieresultat', 'Re: registrering ht', 'Studieintyg till CSN']),
        date: rfcDate(d, `${hhmm(rng)}:00`), id, enc: rng.pick(['qp', '8bit']), mboxDate: 'Mon Nov 23 08:00:00 2026', extraHeaders: [`X-GM-THRID: ${safeDigits(rng, 19)}`, `X-Gmail-Labels: ${rng.pick(['CSN', 'Inkorgen,CSN', 'Arkiverade,Intyg'])}`],
        text: lines('Hej!', '', one(rng, () => `CSN har stoppat mina pengar. Mitt personnummer är ${pnr(R, s.pn, rng.pick(['short', 'long-dash']))}. Kan ni rapportera in mina ${rng.pick(['7,5', '15', '22,5'])} hp på ${course(R)}?`,
          () => `Jag behöver ett studieintyg på engelska. Min ${rng.pick(['mamma', 'mormor'])} ${nm(R, relative(rng, 'f', { used }), 'plain', 'relative')} hjälper mig med ansökan, hon kan nås på ${ph(R, rng, makePhone(rng), 'grouped')}.`,
          () => `I am an exchange student (samordningsnummer ${pnr(R, makePnr(rng, { minYear: 1996, maxYear: 2004, samord: true }), 'short', 'samordningsnummer')}). CSN asks for a certificate.`),
          '', rng.chance(0.5) ? `/ ${s.p.first}` : `Mvh ${nm(R, s.p, rng.chance(0.2) ? 'lower' : 'plain', 'signature')}`, '',
          `${d} skrev ${nm(R, st, 'plain', 'staff')} <${R.t('email', smail(st), 'staff')}>:`, '> Hej och tack för ditt mejl. Ange alltid personnummer.', `> Studentexpeditionen, tel ${sw}`) });
    }
    const r = mbox(msgs); C.put(R.file, r.bytes, `${r.text}\n${ids.map((x) => `Message-ID: <${x}>`).join('\n')}`);
  }

  // 3. Kundo-like JSON (questions with nested answers and comments)
  { const R = C.at('universitet/kundo_forum_export.json'); const items = [];
    for (let i = 0; i < 40; i++) {
      const s = stu(); const st = rng.pick(staff);
      items.push({ id: 9100 + i, title: rng.pick(['Hur får jag ut CSN-intyg?', 'Tentaanmälan stängd', 'Registreringsintyg', 'Lånekort och LADOK']), topic: 'QUESTION',
        user_name: rng.chance(0.3) ? nm(R, s.p, 'lower') : nm(R, s.p), user_email: R.t('email', s.mail), created: `${isoDate(rng)}T${hhmm(rng)}:00+01:00`,
        text: one(rng, () => `Hej, jag (${nm(R, s.p, 'plain')}) kommer inte in på ${course(R)}. Kan någon ringa ${ph(R, rng, s.tel, phoneStyle(rng))}?`, () => 'Varför tar det så lång tid att få intyg???', () => `Anmälningskod ${R.n(null, 'anmalningskod', `VBU-${rng.int(10000, 99999)}`)} fungerar inte.`),
        answers: [{ user_name: nm(R, st, 'plain', 'staff'), is_staff: true, text: `Hej ${N.lone(R, s.p.first)}! Mejla ${N.role(R, 'ladok', DOM)} så hjälper vi dig. /${st.first}`,
          comments: rng.chance(0.4) ? [{ user_name: R.t('name', s.p.full), text: 'Tack!' }] : [] }] });
    }
    put(C, R.file, json({ forum: 'studentservice', exported: '2026-11-20', items }));
  }

  // 4. Advising invites (.ics)
  for (let k = 0; k < 3; k++) {
    const R = C.at(`universitet/studievagledning_${k + 1}.ics`); const st = staff[k]; const evs = [];
    for (let j = 0; j < 6; j++) {
      const s = stu(); const d = isoDate(rng, '2026-11-25', '2026-12-18').replace(/-/g, '');
      evs.push([`UID:${up(rng, 24, '0123456789ABCDEF')}`, `DTSTAMP:20261120T081500Z`, `DTSTART;TZID=W. Europe Standard Time:${d}T${String(rng.int(9, 15)).padStart(2, '0')}0000`,
        `SUMMARY:Studievägledning – ${nm(R, s.p)}`, `ORGANIZER;CN=${nm(R, st, 'plain', 'staff')}:mailto:${R.t('email', smail(st), 'staff')}`,
        `ATTENDEE;CN=${R.t('name', s.p.full)};RSVP=TRUE:mailto:${R.t('email', s.smail)}`, `LOCATION:Hus ${rng.pick(['B', 'C', 'Ångström'])}\\, rum ${rng.int(100, 450)}`,
        `DESCRIPTION:Tel ${ph(R, rng, s.tel, 'compact')}. Gäller ${course(R)}.`]);
    }
    put(C, R.file, ics(evs));
  }

  // 5. CSN decision letter (.docx)
  { const R = C.at('universitet/beslut_studieuppehall_2026-0412.docx'); const s = stu({ cp1252: false }); const st = staff[4];
    put(C, R.file, docx([{ h: 'Västerbro universitet – Beslut om studieuppehåll' }, `Dnr ${R.n(null, 'diarienummer', `VBU 2026/${rng.int(1000, 4999)}`)}`, '',
      { table: [['Student', nm(R, s.p)], ['Personnummer', pnr(R, s.pn, 'long-dash')], ['Program', 'Socionomprogrammet'], ['Period', `${N.date(R, '2026-01-19')} – ${N.date(R, '2026-06-07')}`]] },
      { runs: ['Studenten har ansökt om studieuppehåll med hänvisning till vård av ', 'anhörig (', nm(R, relative(rng, 'm', { used }), 'plain', 'relative'), ').'] },
      'Beslutet kan överklagas till Överklagandenämnden för högskolan.', { runs: ['Beslut fattat av ', nm(R, st, 'plain', 'staff'), ', studieadministratör.'] },
      `Kopia: CSN, ${N.role(R, 'registrator', DOM)}`], { creator: 'Västerbro universitet' }));
  }

  // 6. Re-registration list (.xlsx)
  { const R = C.at('universitet/omregistrering_ht26.xlsx'); const rows = [['Personnummer', 'Efternamn', 'Förnamn', 'E-post', 'Kurskod', 'Poäng', 'Status']];
    for (let i = 0; i < 120; i++) {
      const s = stu(); C.joined(R.file, s.p.first, s.p.last);
      rows.push([pnr(R, s.pn, rng.pick(['long', 'long-dash', 'short'])), s.p.last, s.p.first, R.t('email', s.smail), course(R), rng.pick([7.5, 15, 30]), rng.pick(['Omreg', 'Avbrott', 'Uppehåll'])]);
    }
    put(C, R.file, xlsx([{ name: 'HT26', rows }], { creator: 'LADOK-export' }));
  }

  // 7. Chat transcript (.txt)
  { const R = C.at('universitet/chatt_studentservice_2026-11-19.txt'); const out = [];
    for (let k = 0; k < 12; k++) {
      const s = stu(); const st = rng.pick(staff); const t = hhmm(rng);
      out.push(`=== Chatt ${up(rng, 8)} · ${N.date(R, '2026-11-19')} ${t} · besökare ${R.t('name', s.p.full)} (${R.t('email', s.mail)}) · agent ${nm(R, st, 'plain', 'staff')} ===`,
        `[${t}] ${s.p.first}: hej! ${one(rng, () => `jag heter ${nm(R, s.p, 'lower')} och har inte fått mitt csn`, () => 'hur gör jag för att byta grupp?', () => `mitt pnr är ${pnr(R, s.pn, 'compact')}`)}`,
        `[${t}] ${st.first}: Hej ${N.lone(R, s.p.first)}! Jag kollar i Ladok.`, `[${t}] ${s.p.first}: ${one(rng, () => `ok ring mig ${ph(R, rng, s.tel, 'dash')}`, () => 'tack', () => 'ok')}`, '');
    }
    put(C, R.file, txt(out.join('\n')));
  }
}
