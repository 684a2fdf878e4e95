// Twentyfirst blind set — Norrvikens scoutdistrikt: a scouting organisation's groups. Member register with children and
// guardians, summer camp workbook, medical notes, leaders' vCards, camp calendar, hike registrations, parents' mail,
// a Slack leaders' channel, participant list PDF, camp letter, attendance notes, an archive zip with a zip inside,
// Swish payments for camp fees. Groups named after people, patrols, camp sites, member numbers, medicines, the
// groups' Swish numbers and birth dates are near-misses.
import { Rng, W, org, staffOf, person, people, kin, nameStyle, landline, ipVal, date, dotDate, shortDate, hhmm, hms, addDays, kr, num, alnum, swishNr, swishRef, csv, xlsx, docx,
  mbox, rfcDate, mboxDate, text, json, folded, pdfLines, zipOf, put, footer, LONE, LOOKALIKE, sv, htmlEsc } from './core.mjs';

const DIR = 'scouterna';
const KARER = [['Sankt Görans scoutkår', 1], ['Gustav Vasa scoutkår', 1], ['Tallbackens scoutkår', 0], ['Björkfors sjöscoutkår', 0], ['Solhamra scoutkår', 0]];
const AVD = [['Spårare', 2016, 2018], ['Upptäckare', 2014, 2016], ['Äventyrare', 2011, 2013], ['Utmanare', 2008, 2010]];
const PATRULL = ['Örnen', 'Vargen', 'Lodjuret', 'Järven', 'Falken', 'Bävern', 'Räven', 'Uttern'];
const ALLERGY = ['nötter (EpiPen)', 'laktos', 'gluten', 'pälsdjur', 'pollen', 'ägg', 'inga', 'inga', 'inga'];
const MEDS = ['Alvedon 500 mg', 'Desloratadin 5 mg', 'Ventoline', 'EpiPen Jr', 'Atarax 25 mg', 'Melatonin 1 mg'];

export default function build(C) {
  const rng = new Rng('sc/main');
  const o = org(rng, { name: 'Norrvikens scoutdistrikt', domain: 'norrvikscout.se', area: '611', roles: ['info', 'lager', 'noreply', 'kassor'], orgnr: '802456-1180' });
  const leaders = staffOf(rng, 14, o.domain, { minYear: 1965, maxYear: 2006 });
  const kar = (w, r) => { const [k, like] = r.pick(KARER); return like ? w.look('group-like-person', k) : w.id('group', k); };
  const memNo = (r) => `${r.int(3000000, 3999999)}`;
  const child = (r, opts = {}) => { const [avd, a, b] = r.pick(AVD); const c = person(r, { minYear: a, maxYear: b, middle: 0.1, ...opts }); return { ...c, avd }; };
  const birth = (c) => `${c.pn.y}-${String(c.pn.m).padStart(2, '0')}-${String(c.pn.d).padStart(2, '0')}`;

  // 1. Member register (Scoutnet-like CSV, UTF-8): split names, guardians in columns.
  {
    const r = new Rng('sc/register'); const f = `${DIR}/medlemsregister_export.csv`; const w = W(C, f, r);
    const rows = [['Medlemsnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Födelsedatum', 'Kår', 'Avdelning', 'Patrull', 'Anhörig 1 namn', 'Anhörig 1 mobil', 'Anhörig 1 e-post', 'Anhörig 2 namn', 'Anhörig 2 mobil', 'Primär e-post', 'Adress', 'Postnummer', 'Ort']];
    for (let i = 0; i < 85; i++) {
      const c = child(r); const g1 = kin(r, c, { minYear: 1972, maxYear: 1992 }); const g2 = r.chance(0.6) ? (r.chance(0.7) ? kin(r, c, { minYear: 1972, maxYear: 1992 }) : person(r, { minYear: 1972, maxYear: 1992 })) : null;
      C.joined(f, c.given, c.last);
      rows.push([w.id('member-number', memNo(r)), c.given, c.last, r.chance(0.04) ? w.badDate() : r.chance(0.85) ? w.pnr(c, r.pick(['long', 'long-dash', 'short'])) : '', w.date(birth(c)), kar(w, r), c.avd, w.id('patrol', r.pick(PATRULL)),
        w.name(g1, 'full', 'guardian'), w.mob(g1), r.chance(0.9) ? w.email(g1.email) : '', g2 ? w.name(g2, 'full', 'guardian') : '', g2 ? w.mob(g2) : '', w.email(g1.email), c.street, w.zip(c.zip), c.city]);
    }
    put(C, f, csv(rows));
  }

  // 2. Summer camp workbook: a sheet per section plus leaders.
  {
    const r = new Rng('sc/lager'); const f = `${DIR}/sommarlager_2026_deltagare.xlsx`; const w = W(C, f, r);
    const sheets = [];
    for (const [avd, a, b] of AVD) {
      const rows = [['Namn', 'Född', 'Patrull', 'Allergi/kost', 'Vårdnadshavare', 'Telefon VH', 'Simborgarmärke']];
      for (let i = 0; i < 20; i++) {
        const c = person(r, { minYear: a, maxYear: b }); const g = kin(r, c, { minYear: 1972, maxYear: 1992 });
        rows.push([w.name(c, r.pick(['full', 'full', 'surname-first']), 'child'), c.pn.y, w.id('patrol', r.pick(PATRULL)), r.pick(ALLERGY), w.name(g, 'full', 'guardian'), w.mob(g), r.pick(['Ja', 'Nej', '?'])]);
      }
      sheets.push({ name: avd, rows });
    }
    const lr = [['Ledare', 'Roll', 'Mobil', 'E-post', 'Utdrag belastningsregister']];
    for (const l of leaders) lr.push([w.name(l, 'full', 'leader'), r.pick(['Lagerchef', 'Avdelningsledare', 'Kock', 'Sjukvårdare', 'Ledare']), w.mob(l), w.email(l.work, 'staff-work'), r.pick(['Uppvisat', 'Uppvisat', 'Saknas'])]);
    sheets.push({ name: 'Ledare', rows: lr });
    put(C, f, xlsx(sheets, { creator: w.name(leaders[0], 'full', 'xlsx-creator') }));
  }

  // 3. Medical notes for camp (Markdown).
  {
    const r = new Rng('sc/medical'); const f = `${DIR}/medicinska_anteckningar_lager.md`; const w = W(C, f, r);
    const out = ['# Medicinsk info – sommarlager 2026', '', `Ansvarig sjukvårdare: ${w.name(leaders[3], 'full', 'leader')} (${w.mob(leaders[3])})`, `Närmaste akut: ${w.look('place-like-person', 'Sankt Eriks sjukhus')}, vårdguiden ${w.id('short-number', '1177')}`, ''];
    for (let i = 0; i < 45; i++) {
      const c = child(r); const g = kin(r, c, { minYear: 1972, maxYear: 1992 });
      out.push(`- **${w.name(c, r.pick(['full', 'full', 'caps']), 'child')}** (${w.pnr(c)}), ${c.avd}: ${r.pick([
        () => `allergi ${r.pick(ALLERGY)}, medicin ${w.id('medicine', r.pick(MEDS))} morgon och kväll`,
        () => `diabetes typ 1, sensor i telefonen – VH ${w.name(g, 'full', 'guardian')} vill bli ringd vid värden < ${w.id('measure', `${r.int(3, 4)},${r.int(0, 9)} mmol/l`)}: ${w.mob(g)}`,
        () => `sängvätare, diskret hantering. kontakt ${w.name(g, 'lower', 'guardian')} ${w.mob(g, 'compact')}`,
        () => `ADHD, tar ${w.id('medicine', r.pick(MEDS))}. ${w.lone(r.pick(LONE))} har koll`,
        () => `inga kända. VH: ${w.name(g, 'surname-first', 'guardian')}, ${w.phone(landline(r))}`,
        () => `astma, ${w.id('medicine', 'Ventoline')} vid behov. pappa ${w.name(g, 'full', 'guardian')} hämtar ${w.date(sv('2026-07-11'))}`,
      ])()}`);
    }
    put(C, f, text(`${out.join('\n')}\n`));
  }

  // 4. Leaders (vCard 2.1 style with charset parameters).
  {
    const r = new Rng('sc/vcf'); const f = `${DIR}/ledare_kontakter.vcf`; const w = W(C, f, r);
    const lines = [];
    for (const l of leaders) {
      lines.push('BEGIN:VCARD', 'VERSION:2.1', `N;CHARSET=UTF-8:${l.last};${l.given}`, `FN;CHARSET=UTF-8:${w.name(l, 'full', 'vcard-fn')}`, `TEL;CELL:${w.mob(l, r.pick(['compact', 'intl', 'grouped']), 'leader-mobile')}`, `EMAIL;INTERNET:${w.email(l.work, 'staff-work')}`,
        `EMAIL;INTERNET;HOME:${w.email(l.email)}`, `NOTE;CHARSET=UTF-8:${r.pick([() => 'Lagerchef', () => `Avdelningsledare ${r.pick(AVD)[0]}`, () => `Kassör, Swish ${w.swish(o)}`, () => `Ersättare ${w.name(r.pick(leaders), 'full', 'leader')}`])()}`, 'END:VCARD');
    }
    put(C, f, folded(lines));
  }

  // 5. Camp calendar (.ics).
  {
    const r = new Rng('sc/ics'); const f = `${DIR}/terminsprogram_ht26.ics`; const w = W(C, f, r);
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Scoutnet//Kalender//SV', 'X-WR-CALNAME:Tallbacken HT26'];
    for (let i = 0; i < 50; i++) {
      const l = r.pick(leaders); const d = date(r, '2026-08-20', '2026-12-15').replace(/-/g, '');
      lines.push('BEGIN:VEVENT', `UID:${w.id('uid', `${alnum(r, 10).toLowerCase()}@scoutnet.example`, 'email')}`, `DTSTART:${d}T180000`, `DTEND:${d}T193000`, `SUMMARY:${r.pick(['Möte', 'Hajk', 'Föräldramöte', 'Kanothajk', 'Övernattning'])} – ${r.pick(AVD)[0]}`,
        `DESCRIPTION:${r.pick([() => `Samling vid ${w.look('place-like-person', r.pick(['Baden-Powell-stugan', ...LOOKALIKE.place]))}. Ansvarig ${w.name(l, 'full', 'leader')} ${w.mob(l)}.`, () => `Ta med sovsäck. Frågor till ${w.email(l.work, 'staff-work')}.`, () => `Avgift via Swish ${w.swish(o)}\\, märk med barnets namn.`])()}`,
        `ORGANIZER;CN=${w.name(l, 'full', 'ics-cn')}:mailto:${w.email(l.work, 'staff-work')}`, 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    put(C, f, folded(lines));
  }

  // 6. Hike registrations (JSON: participant, guardians array, consents).
  {
    const r = new Rng('sc/hajk'); const f = `${DIR}/anmalningar_vinterhajk.json`; const w = W(C, f, r);
    const regs = [];
    for (let i = 0; i < 45; i++) {
      const c = child(r); const gs = Array.from({ length: r.int(1, 2) }, () => (r.chance(0.8) ? kin(r, c, { minYear: 1972, maxYear: 1992 }) : person(r, { minYear: 1972, maxYear: 1992 })));
      C.joined(f, c.given, c.last, 'split-joined');
      regs.push({ registration_id: Number(num(r, 7)), member_no: w.id('member-number', memNo(r)), participant: { first_name: c.given, last_name: c.last, ssno: w.pnr(c, 'long'), section: c.avd, diet: r.pick(ALLERGY) },
        contacts: gs.map((g, j) => ({ type: j === 0 ? 'primary' : 'secondary', name: w.name(g, 'full', 'guardian'), mobile: w.mob(g, r.pick(['e164', 'compact', 'intl'])), email: r.chance(0.8) ? w.email(g.email) : null })),
        consents: { photo: r.chance(0.7), swim: r.chance(0.8) }, registered_at: `${date(r, '2026-10-01', '2026-11-20')} ${hms(r)}`, registered_from: w.ip(ipVal(r)),
        comment: r.pick([() => '', () => `Åker med ${w.name(child(r), 'full', 'child')} i samma bil`, () => `Kompis med ${w.lone(r.pick(LONE))}`, () => 'Vill sova i tält'])() });
    }
    put(C, f, json({ event: { id: w.id('event-id', num(r, 6)), name: 'Vinterhajk 2027', organizer: kar(w, r) }, registrations: regs }));
  }

  // 7. Parents' mail (mbox).
  {
    const r = new Rng('sc/mail'); const f = `${DIR}/lager_inkorg.mbox`; const w = W(C, f, r);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const c = child(r); const g = kin(r, c, { minYear: 1972, maxYear: 1992 }); const l = r.pick(leaders); const d = date(r, '2026-05-01', '2026-08-10');
      const body = r.pick([
        () => `Hej!\n\n${w.name(c, 'full', 'child')} kan tyvärr inte komma på lägret pga sjukdom. Kan vi få tillbaka lageravgiften? Swishade från ${w.mob(g)}.\n\nMvh ${w.name(g, 'full', 'guardian')}`,
        () => `Hej ledare,\n${w.lone(c.first)} är allergisk mot ${r.pick(['nötter', 'ägg', 'laktos'])}, har ${w.id('medicine', 'EpiPen Jr')} i ryggsäcken. Personnummer ${w.pnr(c)}.\n\n/${w.name(g, 'full', 'guardian')}, ${w.mob(g)}`,
        () => `Hi, this is ${w.name(g, 'full', 'guardian')}, mother of ${w.name(c, 'full', 'child')}. We are new in Sweden, what should ${c.first} bring to the camp? My number is ${w.foreign()}.`,
        () => `hej vem hämtar vid ${w.look('place-like-person', 'Baden-Powell-stugan')} på söndag? ${w.name(c, 'lower', 'child')} har inget busskort\n${w.name(g, 'full', 'guardian')}`,
      ])();
      msgs.push({ from: [w.name(g, 'full', 'header-display'), w.email(g.email)], to: [['Lagerledningen', w.role(o.roles[1])]], subject: r.pick(['Lägret', 'Allergi', 'Återbetalning', 'Hämtning', 'Camp']), date: rfcDate(d, hms(r)), mboxDate: mboxDate(d, '20:10:00'),
        id: `sc${i}.${num(r, 6)}@mail.example`, text: body, enc: r.pick(['qp', 'b64', '8bit']), hdrMode: r.pick(['Q', 'B']) });
      if (r.chance(0.5)) {
        msgs.push({ from: [w.name(l, 'full', 'header-display'), w.email(l.work, 'staff-work')], to: [[g.full, g.email]], cc: [['Lager', o.roles[1]]], subject: 'Re: Lägret', date: rfcDate(addDays(d, 1), hms(r)), id: `sc${i}r.${num(r, 6)}@norrvikscout.se`, enc: 'qp',
          text: `Hej!\n\nTack för infon, vi har noterat det.\n\nScouthälsningar\n${w.name(l, 'full', 'signature')}\nLagerchef\n${w.mob(l)}\nSwish lageravgift: ${w.swish(o)}\n\n${body.split('\n').map((x) => `> ${x}`).join('\n')}` });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 8. Slack leaders' channel export.
  {
    const r = new Rng('sc/slack'); const f = `${DIR}/slack_ledare_export.json`; const w = W(C, f, r);
    const users = leaders.map((l) => ({ id: `U0${alnum(r, 8)}`, name: w.id('username', l.user), real_name: w.name(l, 'full', 'chat-speaker') }));
    const msgs = [];
    for (let i = 0; i < 90; i++) {
      const u = r.pick(users); const c = child(r); const g = kin(r, c, { minYear: 1972, maxYear: 1992 });
      msgs.push({ type: 'message', user: u.id, user_profile: { real_name: u.real_name }, ts: `${1780000000 + r.int(0, 9000000)}.${num(r, 6)}`, text: r.pick([
        () => `${w.name(c, 'short', 'child')} har feber, ringde ${w.name(g, 'full', 'guardian')} ${w.mob(g)} som hämtar`,
        () => `vem har nyckeln till ${w.look('place-like-person', 'Baden-Powell-stugan')}? <@${r.pick(users).id}>`,
        () => `${w.lone(r.pick(LONE))} glömde sin väska, den ligger i förrådet`,
        () => `nya medlemmar: ${w.name(c, 'full', 'child')} (${w.pnr(c)}), förälder ${w.email(g.email)}`,
        () => `glöm inte utdrag ur belastningsregistret till ${w.role(o.roles[0])}`,
        () => `${w.name(c, 'lower', 'child')} och ${w.name(child(r), 'lower', 'child')} bråkade igen i ${w.id('patrol', r.pick(PATRULL))}, pratat m föräldrarna`,
      ])() });
    }
    put(C, f, json({ channel: 'ledare-tallbacken', users, messages: msgs }));
  }

  // 9. Participant list (PDF, cp1252).
  {
    const r = new Rng('sc/pdf'); const f = `${DIR}/deltagarlista_sommarlager.pdf`; const w = W(C, f, r);
    const L = [{ text: 'Deltagarlista Sommarlager 2026 – Tallbacken', bold: true, size: 13 }, `Utskriven ${w.date('2026-07-01')}`, ''];
    for (let i = 0; i < 60; i++) {
      const c = child(r, { cp: true }); const g = kin(r, c, { minYear: 1972, maxYear: 1992, cp: true });
      L.push(`${String(i + 1).padStart(3, ' ')}. ${w.name(c, r.pick(['surname-first', 'full']), 'child')}  ${w.pnr(c, 'short')}  ${c.avd}  VH ${w.name(g, 'full', 'guardian')} ${w.mob(g)}`);
    }
    L.push('', footer(w, o, ['orgnr', 'swish']));
    put(C, f, pdfLines(L, { title: 'Deltagarlista' }));
  }

  // 10. Camp letter (.docx) with bus groups table.
  {
    const r = new Rng('sc/brev'); const f = `${DIR}/lagerbrev_2026.docx`; const w = W(C, f, r);
    const tbl = [['Buss', 'Barn', 'Avdelning', 'Ledare']];
    for (let i = 0; i < 40; i++) { const c = child(r); tbl.push([`Buss ${r.int(1, 3)}`, w.name(c, 'full', 'child'), c.avd, w.name(r.pick(leaders), 'full', 'leader')]); }
    const l0 = leaders[0];
    const blocks = [{ h: 'Välkommen till sommarlägret!' }, `Lägret hålls ${w.date(sv('2026-07-05'))}–${w.date(sv('2026-07-11'))} vid ${w.look('place-like-person', 'Baden-Powell-stugan')}.`,
      `Lageravgiften ${w.amount('1 450 kr')} swishas till ${w.swish(o)}, märk med barnets namn och ${w.id('member-number', memNo(r))}.`, 'Bussindelning:', { table: tbl },
      { runs: ['Lagerchef: ', l0.given, ' ', l0.last, ', ', w.mob(l0)] }, `Frågor: ${w.role(o.roles[1])}`];
    w.nameStr(`${l0.given} ${l0.last}`, 'leader');
    put(C, f, docx(blocks, { creator: w.name(l0, 'full', 'docx-creator') }));
  }

  // 11. Attendance notes (sloppy text).
  {
    const r = new Rng('sc/narvaro'); const f = `${DIR}/narvaro_ht26_anteckningar.txt`; const w = W(C, f, r);
    const out = [];
    for (let i = 0; i < 26; i++) {
      const d = date(r, '2026-08-20', '2026-11-24'); const l = r.pick(leaders);
      const kids = Array.from({ length: r.int(3, 7) }, () => child(r));
      out.push(`${w.date(dotDate(d))} ${r.pick(AVD)[0].toLowerCase()} (${w.name(l, 'short', 'leader')}):`, `närv: ${kids.map((k) => w.name(k, r.pick(['short', 'short', 'lower']), 'child')).join(', ')}`,
        `frånv: ${w.lone(r.pick(LONE))}, ${w.name(child(r), 'short', 'child')} (sjuk, mamma ${w.mob(kin(r, kids[0], { minYear: 1975, maxYear: 1990 }))} sms:ade)`, '');
    }
    put(C, f, text(out.join('\n')));
  }

  // 12. Archive zip with a zip inside: photo consents and patrol lists.
  {
    const r = new Rng('sc/arkiv'); const f = `${DIR}/arkiv_lager_2025.zip`; const w = W(C, f, r);
    const cons = [['barn', 'personnummer', 'vardnadshavare', 'samtycke_foto', 'datum']];
    for (let i = 0; i < 45; i++) { const c = child(r); const g = kin(r, c, { minYear: 1972, maxYear: 1992 }); cons.push([w.name(c, 'full', 'child'), w.pnr(c), w.name(g, 'full', 'guardian'), r.pick(['ja', 'nej']), date(r, '2025-05-01', '2025-06-30')]); }
    const inner = [];
    for (const p of PATRULL.slice(0, 4)) {
      const lines = [`Patrull ${p} 2025`];
      for (let i = 0; i < 7; i++) { const c = child(r); lines.push(`${w.name(c, 'full', 'child')}\t${w.mob(kin(r, c, { minYear: 1972, maxYear: 1992 }))}`); }
      inner.push({ name: `patrull_${p.toLowerCase()}.txt`, ...text(`${lines.join('\n')}\n`) });
    }
    put(C, f, zipOf([{ name: 'fotosamtycke_2025.csv', ...csv(cons) }, { name: 'patruller_2025.zip', ...zipOf(inner) }]));
  }

  // 13. Swish payments report for camp fees.
  {
    const r = new Rng('sc/swish'); const f = `${DIR}/swish_lageravgifter.csv`; const w = W(C, f, r);
    const rows = [['Swish-nummer mottagare', 'Bokföringsdatum', 'Transaktionsdatum', 'Betalarens nummer', 'Betalarens namn', 'Meddelande', 'Belopp', 'Referens']];
    for (let i = 0; i < 70; i++) {
      const c = child(r); const g = kin(r, c, { minYear: 1972, maxYear: 1992 }); const d = date(r, '2026-05-01', '2026-07-01');
      rows.push([w.swish(o), d, `${d} ${hms(r)}`, w.mob(g, 'plain46'), w.name(g, r.pick(['caps', 'full']), 'payer'), r.pick([() => `lageravgift ${w.lone(c.first)}`, () => `${w.name(c, 'short', 'child')} sommarläger`, () => `Lager ${w.id('member-number', memNo(r))}`, () => 'lager'])(), '1450.00', w.id('swish-reference', swishRef(r))]);
    }
    put(C, f, csv(rows, { sep: ';', bom: true }));
  }
}
