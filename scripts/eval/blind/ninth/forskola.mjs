// Ninth set — municipal preschool "Förskolan Myrstacken" (Ådalens kommun): children register .xlsx (split names),
// pickup list .docx, allergy list (cp1252 `;`), a parents' Messenger group export (mojibake JSON), guardians .vcf,
// parents' meeting .ics, guardians' mail (mbox).
import { Rng, W, put, cust, person, childOf, pnr, email, foreignPhone } from './lib.mjs';
import { nm, near, isoDate, hhmmss } from './near.mjs';
import { csv, vcf, ics, messengerJson } from './fmt.mjs';
import { xlsx, docx, mbox, rfcDate } from '../seventh/formats.mjs';

const D = 'adalen.kommun.example';
const ALL = ['Nötter', 'Jordnötter', 'Laktos', 'Gluten', 'Ägg', 'Fisk', 'Kiwi', 'Selleri'];
const AVD = ['Humlan', 'Nyckelpigan', 'Myran'];
const moj = (s) => Buffer.from(s, 'utf8').toString('latin1');

export default function forskola(C) {
  const r = new Rng('forskola');
  const fams = Array.from({ length: 54 }, (_, i) => { const g1 = cust(r); const g2 = r.chance(0.7) ? cust(r, { origin: g1.p.origin }) : null;
    const kid = childOf(r, g1.p); return { g1, g2, kid, kpnr: pnr(r, { min: 2020, max: 2024, samord: i % 27 === 5 }), avd: AVD[i % 3], all: r.chance(0.3) ? r.pick(ALL) : '' }; });
  const staff = Array.from({ length: 8 }, () => cust(r, { cp1252: true }));

  // 1. children register
  { const w = W(C, 'forskola/barnregister-myrstacken.xlsx'); const rows = [['Avdelning', 'Förnamn', 'Efternamn', 'Personnummer', 'Vårdnadshavare 1', 'Telefon 1', 'Vårdnadshavare 2', 'Telefon 2', 'Schema']];
    for (const f of fams) { w.joined(f.kid.first, f.kid.last, 'split-joined'); rows.push([f.avd, f.kid.first, f.kid.last, w.pnr(f.kpnr, r.pick(['short', 'long', 'long-dash']), f.kpnr.samord ? 'samordningsnummer' : 'pnr-child'), w.name(f.g1.p, 'full', 'guardian'), w.phone(f.g1.ph, 'grouped'), f.g2 ? w.name(f.g2.p, 'full', 'guardian') : '', f.g2 ? w.phone(f.g2.ph, r.pick(['compact', 'grouped'])) : '', `${r.pick(['07:00', '07:30', '08:00'])}–${r.pick(['15:00', '16:00', '16:30'])}`]); }
    put(C, w.file, xlsx([{ name: 'Barn', rows }], { creator: w.name(staff[0].p, 'full', 'staff') })); }

  // 2. pickup list
  { const w = W(C, 'forskola/hamtlista-vecka-47.docx'); const rows = [['Barn', 'Får hämtas av', 'Relation', 'Telefon']];
    for (const f of fams.slice(0, 30)) { const extra = person(r, { origin: f.g1.p.origin }); rows.push([w.name(f.kid, 'full', 'child'), `${w.name(f.g1.p, 'full', 'guardian')}${r.chance(0.5) ? `, ${w.name(extra, 'full', 'relative')}` : ''}`, r.pick(['mamma/mormor', 'pappa/farfar', 'förälder, moster', 'vårdnadshavare']), w.phone(f.g1.ph, r.pick(['grouped', 'compact', 'spaced']))]); }
    put(C, w.file, docx([{ h: 'Hämtlista vecka 47 – Förskolan Myrstacken' }, 'OBS! Barnet lämnas endast ut till personer på listan. Visa legitimation.', { table: rows },
      `Ansvarig: ${w.name(staff[1].p, 'full', 'staff')}, ${w.phone(staff[1].ph, 'grouped', 'staff-phone')}. Frånvaro anmäls till ${near(w, 'role_email', `myrstacken@${D}`, 'email')}.`], { creator: w.name(staff[1].p, 'full', 'staff') })); }

  // 3. allergy list, cp1252
  { const w = W(C, 'forskola/allergier_kök.csv'); const rows = [['Barn', 'Avdelning', 'Allergi/specialkost', 'Intyg', 'Kontakt vårdnadshavare']];
    for (const f of fams.filter((x) => x.all && /^[\x20-\xff]*$/.test(x.kid.full + x.g1.p.full))) rows.push([r.chance(0.3) ? w.name(f.kid, 'reversed', 'child') : w.name(f.kid, 'full', 'child'), f.avd, f.all, (r.chance(0.6) ? `Läkarintyg ${nm(r, w, 'date')}` : 'Saknas'), `${w.name(f.g1.p, 'full', 'guardian')} ${w.phone(f.g1.ph, 'compact')}`]);
    put(C, w.file, csv(rows, { sep: ';', enc: 'cp1252' })); }

  // 4. parents' Messenger group (Facebook export; non-ASCII names only appear as mojibake after JSON parsing)
  { const w = W(C, 'forskola/messenger/inbox/humlanforaldrar_4471/message_1.json'); const members = fams.filter((f) => f.avd === 'Humlan').map((f) => f.g1);
    const who = (p) => (/[^\x20-\x7e]/.test(p.full) ? (/[\x80-\x9f]/.test(moj(p.full)) ? null : w.t('name', moj(p.full), 'mojibake')) : w.name(p, 'full', 'chat-speaker'));
    const active = members.filter((m) => who(m.p) !== null); const msgs = []; let t = 1790000000000;
    for (let i = 0; i < 80; i++) {
      const m = r.pick(active); t += r.int(60000, 5e6); const f = fams.find((x) => x.g1 === m); const other = r.pick(fams);
      const content = r.pick([
        () => `Hej alla! Kalas för ${f.kid.first} på lördag, svara till ${w.phone(m.ph, 'compact')}`,
        () => `Någon som kan hämta ${f.kid.first} idag? Jag sitter fast på jobbet`,
        () => `Har ${/[^\x20-\x7e]/.test(other.kid.full) ? 'någon' : w.name(other.kid, 'full', 'child')} fått hem fel mössa?`,
        () => `mejla mig på ${w.email(m.mail)} så skickar jag bilderna`,
        () => `Tack ${near(w, 'lone-first-name', r.pick(staff).p.first, 'name')} för utflykten!`,
        () => 'Glöm inte regnkläder på fredag ☔',
      ])();
      msgs.push({ sender_name: m.p.full, timestamp_ms: t, content, is_geoblocked_for_viewer: false });
    }
    msgs.reverse();
    put(C, w.file, messengerJson({ participants: active.map((m) => ({ name: m.p.full })), messages: msgs, title: 'Humlans föräldrar 🐝', is_still_participant: true, thread_path: 'inbox/humlanforaldrar_4471', magic_words: [], image: { uri: 'messages/photos/humlan.png', creation_timestamp: 1700000000 }, joinable_mode: { mode: 1, link: '' } })); }

  // 5. guardians vCards
  { const w = W(C, 'forskola/vardnadshavare-nyckelpigan.vcf'); const cards = [];
    for (const f of fams.filter((x) => x.avd === 'Nyckelpigan')) for (const g of [f.g1, f.g2].filter(Boolean)) cards.push({ fn: w.name(g.p, 'full', 'guardian'), n: [g.p.last, g.p.first], tel: [['CELL', r.chance(0.1) ? w.t('phone', foreignPhone(r), 'foreign-phone') : w.phone(g.ph, r.pick(['intl', 'grouped', 'e164']))]], email: [w.email(g.mail)], note: `Vårdnadshavare till ${w.name(f.kid, 'full', 'child')}` });
    put(C, w.file, vcf(cards)); }

  // 6. parents' meetings
  { const w = W(C, 'forskola/utvecklingssamtal-ht26.ics'); const ev = [];
    for (const f of fams.slice(0, 20)) { const s = r.pick(staff); const d = isoDate(r, 2026, 2026).replace(/-/g, '');
      ev.push({ uid: `${r.digits(10)}@${D}`, stamp: '20261020T070000Z', start: `${d}T${r.pick(['08', '09', '14', '15'])}0000`, end: `${d}T${r.pick(['10', '16'])}0000`, summary: `Utvecklingssamtal ${w.name(f.kid, 'full', 'child')}`, location: `Avd ${f.avd}`,
        organizer: [w.name(s.p, 'full', 'staff'), w.email(`${s.p.first.toLowerCase().replace(/[^a-z]/g, '')}.${s.p.last.toLowerCase().replace(/[^a-z]/g, '')}@${D}`, 'staff-work')], attendees: [[w.name(f.g1.p, 'full', 'guardian'), w.email(f.g1.mail)]] }); }
    put(C, w.file, ics(ev, { prodid: '-//Ådalens kommun//Tieto Edu//SV' })); }

  // 7. guardians' mail
  { const w = W(C, 'forskola/inkorg-myrstacken.mbox'); const msgs = [];
    for (let i = 0; i < 14; i++) {
      const f = r.pick(fams); const en = i % 4 === 1;
      const text = en ? `Hi,\n\n${w.name(f.kid, 'full', 'child')} is sick today (fever). Guardian: ${w.name(f.g1.p)}, ${w.phone(f.g1.ph, 'intl')}.\n\nThanks` :
        `Hej!\n\n${r.pick(['Vår dotter', 'Vår son', 'Min dotter', 'Min son'])} ${w.name(f.kid, r.pick(['full', 'lower']), 'child')} är hemma idag${r.chance(0.5) ? ', magsjuk' : ''}.\n${f.g2 ? `Vårdnadshavare: ${w.name(f.g2.p, 'full', 'guardian')}, ${w.phone(f.g2.ph, 'compact')}\n` : ''}${r.chance(0.3) ? `Barnets personnummer: ${w.pnr(f.kpnr, 'short', 'pnr-child')}\n` : ''}\nHälsningar ${w.name(f.g1.p, r.pick(['full', 'caps']))}`;
      msgs.push({ from: [f.g1.p.full, w.email(f.g1.mail)], to: [['Myrstacken', near(w, 'role_email', `myrstacken@${D}`, 'email')]], subject: en ? 'Sick today' : 'Frånvaro', date: rfcDate(isoDate(r, 2026, 2026), hhmmss(r)), id: `${r.digits(10)}@mail.example`, text, enc: r.pick(['qp', '8bit', 'b64']) });
      w.name(f.g1.p);
    }
    put(C, w.file, mbox(msgs)); }
}
