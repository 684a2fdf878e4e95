// Ninth set — trade union "Servicefacket", medlemsservice: Slack export (users.json, channels.json, day files), member
// register (UTF-8 BOM `;`, split names), salary-dispute memo .docx, inquiries mbox, negotiation .ics, letter .pdf.
// Employers are companies, many named after people (near-misses).
import { Rng, W, put, cust, person, pnr, ts, email, ascii } from './lib.mjs';
import { nm, near, uuid, isoDate, hhmmss } from './near.mjs';
import { csv, json, ics } from './fmt.mjs';
import { docx, mbox, pdf, rfcDate } from '../seventh/formats.mjs';

const D = 'servicefacket.example';
const SUF = ['Städ AB', 'Bygg & Montage AB', 'Restaurang AB', 'Lager & Logistik AB', 'Vård & Omsorg AB', 'Bemanning AB'];
const staffMail = (p) => `${ascii(p.first).replace(/ /g, '')}.${ascii(p.last).replace(/ /g, '')}@${D}`;

export default function fack(C) {
  const r = new Rng('fack');
  const staff = Array.from({ length: 6 }, () => ({ ...cust(r), uid: `U0${r.digits(2)}${'ABCDEFGHJK'[r.int(0, 9)]}${r.digits(5)}` }));
  const employer = (w) => near(w, 'company', r.chance(0.5) ? `${person(r, { origin: 'swedish' }).last}s ${r.pick(SUF)}` : `${person(r).full}s ${r.pick(SUF)}`, 'name');

  // 1. Slack export: users.json, channels.json, day files
  { const w = W(C, 'fack/slack/users.json');
    put(C, w.file, json(staff.map((s) => ({ id: s.uid, team_id: 'T02SFACK01', name: ascii(s.p.first).replace(/ /g, ''), deleted: false, real_name: w.name(s.p, 'full', 'staff'), tz: 'Europe/Stockholm',
      profile: { title: r.pick(['Ombudsman', 'Medlemsrådgivare', 'Förhandlare', 'Jurist']), phone: w.phone(s.ph, 'intl', 'staff-phone'), real_name: s.p.full, real_name_normalized: w.t('name', s.p.full.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), 'ascii-normalized'),
        display_name: s.p.first, email: w.email(staffMail(s.p), 'staff-work'), first_name: s.p.first, last_name: s.p.last } })))); }
  { const w = W(C, 'fack/slack/channels.json');
    put(C, w.file, json([{ id: 'C03MEDLEM', name: 'medlemsservice', created: 1700000000, creator: staff[0].uid, members: staff.map((s) => s.uid), purpose: { value: 'Frågor från medlemmar. Skriv inte ut hela personnummer!' } },
      { id: 'C03LONTV', name: 'lonetvister', created: 1700000400, creator: staff[1].uid, members: staff.slice(0, 4).map((s) => s.uid), purpose: { value: 'Lönetvister och förhandlingar' } }])); }
  for (const [ch, day, n] of [['medlemsservice', '2026-10-14', 34], ['medlemsservice', '2026-10-15', 30], ['lonetvister', '2026-10-20', 26]]) {
    const w = W(C, `fack/slack/${ch}/${day}.json`); const out = []; let t = Date.UTC(2026, 9, Number(day.slice(8)), 6) / 1000;
    for (let i = 0; i < n; i++) {
      const s = r.pick(staff); const m = cust(r); t += r.int(30, 1500);
      const text = r.pick([
        () => `Medlem ${w.name(m.p)} (${w.pnr(m.pnr, r.pick(['short', 'long-dash']))}) ringde om utebliven OB-ersättning hos ${employer(w)}. Återkommer på ${w.phone(m.ph, 'grouped')}`,
        () => `har nån koll på ${w.name(m.p, 'lower')}? säger att hon betalat avgiften men står som utträdd. medlemsnr ${nm(r, w, 'member-number')}`,
        () => `<@${r.pick(staff).uid}> kan du ta lönetvisten för ${w.name(m.p, 'reversed')}? Arbetsgivare ${employer(w)}, org.nr ${nm(r, w, 'orgnr')}, krav ${nm(r, w, 'amount')}`,
        () => `Mejl från ${w.email(m.mail)} hamnade i skräpposten, svarat nu.`,
        () => `Påminnelse: avgift via bankgiro ${nm(r, w, 'bankgiro')}, OCR ${nm(r, w, 'ocr')}`,
        () => `${m.p.first} ${r.pick(['ringer igen', 'vill prata med jurist'])} — någon ledig?`,
      ])();
      out.push({ client_msg_id: uuid(r), type: 'message', text, user: s.uid, ts: `${t}.${r.digits(6)}`, team: 'T02SFACK01',
        user_profile: { avatar_hash: r.digits(6), first_name: s.p.first, real_name: w.name(s.p, 'full', 'staff'), display_name: s.p.first, team: 'T02SFACK01', name: ascii(s.p.first).replace(/ /g, ''), is_restricted: false, is_ultra_restricted: false } });
    }
    put(C, w.file, json(out, 4));
  }

  // 2. member register, UTF-8 with BOM, `;`, split names
  { const w = W(C, 'fack/medlemsregister_avd7.csv'); const rows = [['Medlemsnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Arbetsgivare', 'Avdelning', 'Mobil', 'E-post', 'Inträdesdatum', 'Avgiftsklass']];
    for (let i = 0; i < 260; i++) {
      const m = cust(r, { pnr: { samord: i % 23 === 0, min: 1958, max: 2006 } }); w.joined(m.p.first, m.p.last);
      rows.push([nm(r, w, 'member-number'), m.p.first, m.p.last, i % 13 === 7 ? nm(r, w, i % 2 ? 'bad-luhn' : 'bad-date') : w.pnr(m.pnr, r.pick(['long', 'long', 'short', 'long-dash'])), employer(w), `Avd ${r.int(1, 12)}`, i % 5 === 4 ? '' : w.phone(m.ph, r.pick(['compact', 'grouped', 'e164'])), r.chance(0.7) ? w.email(m.mail) : '', isoDate(r, 1990, 2026), r.pick(['A', 'B', 'C', 'Student'])]);
    }
    put(C, w.file, csv(rows, { sep: ';', bom: true })); }

  // 3. salary dispute memo, .docx with a table
  for (let k = 0; k < 3; k++) {
    const w = W(C, `fack/lonetvister/PM-lonetvist-2026-0${k + 1}.docx`); const m = cust(r); const s = staff[k]; const emp = employer(w);
    const colleagues = Array.from({ length: 6 }, () => cust(r));
    const blocks = [{ h: 'PM – Lönetvist' }, `Ärende: ${nm(r, w, 'case-number')}`, `Medlem: ${w.name(m.p)}, ${w.pnr(m.pnr, 'long-dash')}`, `Arbetsgivare: ${emp}, org.nr ${nm(r, w, 'orgnr')}`,
      { runs: ['Handläggare: ', w.name(s.p, 'full', 'staff'), ', tel ', w.phone(s.ph, 'dash', 'staff-phone')] },
      `Medlemmen uppger att arbetsgivaren sedan ${nm(r, w, 'date')} betalat ${nm(r, w, 'amount')} för lite per månad. Även följande kollegor berörs:`,
      { table: [['Namn', 'Personnummer', 'Krav', 'Kontakt'], ...colleagues.map((c) => [w.name(c.p, r.chance(0.3) ? 'reversed' : 'full'), w.pnr(c.pnr, r.pick(['short', 'long'])), nm(r, w, 'amount'), w.phone(c.ph, 'grouped')])] },
      `Förhandling begärd enligt MBL § 10. Motpart: ${w.name(person(r), 'full', 'employer-rep')} (HR, ${emp}).`, `Kontakt: ${near(w, 'role_email', `medlemsservice@${D}`, 'email')}, ${near(w, 'service-line', `020-${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, 'phone')}`];
    put(C, w.file, docx(blocks, { creator: w.name(s.p, 'full', 'staff') }));
  }

  // 4. inquiries (mbox)
  { const w = W(C, 'fack/medlemsservice-inkorg.mbox'); const msgs = [];
    for (let i = 0; i < 14; i++) {
      const m = cust(r); const s = r.pick(staff); const en = i % 5 === 0;
      const text = en ? `Hello,\n\nI work at ${employer(w)} and have not been paid overtime since ${nm(r, w, 'date')}. My personal number is ${w.pnr(m.pnr, 'long')}.\nPlease call me: ${w.phone(m.ph, 'intl')}\n\nKind regards,\n${w.name(m.p)}\n`
        : `Hej!\n\n${r.pick(['Jag vill gå ur facket', 'Min chef vägrar betala ut semesterersättning', 'Har jag rätt till inkomstförsäkring?'])}.\nMedlemsnummer ${nm(r, w, 'member-number')}, pnr ${w.pnr(m.pnr, r.pick(['short', 'compact', 'space']))}.\n\n${r.pick(['Mvh', 'Hälsningar', '//'])} ${w.name(m.p, r.pick(['full', 'lower', 'caps']))}\n${w.phone(m.ph, r.pick(['grouped', 'compact', '0046']))}\n\n> ${r.pick(['Tack för ditt mejl', 'Hej'])} ${near(w, 'lone-first-name', m.p.first, 'name')}, ${w.name(s.p, 'full', 'staff')} på medlemsservice`;
      msgs.push({ from: [m.p.full, w.email(m.mail)], to: [['Servicefacket Medlemsservice', near(w, 'role_email', `medlemsservice@${D}`, 'email')]], subject: en ? 'Unpaid overtime' : 'Fråga', date: rfcDate(isoDate(r, 2026, 2026), hhmmss(r)), id: `${r.digits(11)}@${m.mail.split('@')[1]}`, text, enc: r.pick(['qp', 'b64', '8bit']) });
      w.name(m.p);
    }
    put(C, w.file, mbox(msgs)); }

  // 5. negotiation calendar
  { const w = W(C, 'fack/forhandlingar.ics'); const ev = [];
    for (let i = 0; i < 12; i++) {
      const s = r.pick(staff); const m = cust(r); const d = isoDate(r, 2026, 2026).replace(/-/g, '');
      ev.push({ uid: `${uuid(r)}@${D}`, stamp: '20261101T080000Z', start: `${d}T090000`, end: `${d}T100000`, summary: `Förhandling ${employer(w)}`, location: r.pick(['Kansliet rum 3', 'Teams']),
        organizer: [w.name(s.p, 'full', 'staff'), w.email(staffMail(s.p), 'staff-work')], attendees: [[w.name(m.p), w.email(m.mail)]], description: `Medlem ${w.name(m.p)} tel ${w.phone(m.ph, 'compact')}. Ärende ${nm(r, w, 'case-number')}` });
    }
    put(C, w.file, ics(ev)); }

  // 6. letter (pdf, two pages)
  { const w = W(C, 'fack/brev-uteslutning.pdf'); const m = cust(r, { cp1252: true }); const s = person(r, { cp1252: true });
    put(C, w.file, pdf([[{ text: 'Servicefacket', size: 16, bold: true }, `${nm(r, w, 'date')}`, '', w.name(m.p), `${r.pick(['Tallvägen', 'Backgränd'])} ${r.int(1, 40)}`, `${nm(r, w, 'postcode')} Kustby`, '', `Personnummer: ${w.pnr(m.pnr, 'long-dash')}`, `Medlemsnummer: ${nm(r, w, 'member-number')}`, '',
      'Ditt medlemskap avslutas på grund av obetalda avgifter.', `Obetalt belopp: ${nm(r, w, 'amount')}. Betala till bankgiro ${nm(r, w, 'bankgiro')} med OCR ${nm(r, w, 'ocr')}.`],
    ['Har du frågor, kontakta oss.', '', 'Med vänlig hälsning', w.name(s, 'full', 'staff'), 'Medlemsservice', `Växel ${near(w, 'switchboard', `08-${r.digits(3)} ${r.digits(2)} 00`, 'phone')}`]], { title: 'Brev' })); }
}
