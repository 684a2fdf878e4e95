// Twenty-sixth blind set — a riding school and its club (ridskola/): Hästhagens ridskola. Riders (many children),
// parents, horse owners boarding at the stable, riding instructors, farriers and vets. Horses are near-misses.
import { Rng, file, person, people, kin, nm, nameAs, nameStyle, pnr, phone, email, workEmail, T, ipVal, org, footer, role, server, date, dotDate, hhmm, hms,
  num, alnum, letters, hex, csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText, pdfLines, folded, jsonText, txt, HORSES, LONE, STREETS, postcode, amount, ocr, p2, svDate, waStyle, gw46 } from './core.mjs';

const DOM = 'hasthagen-ridskola.se';
const LEVELS = ['Ponnyskutt', 'Nybörjare', 'Lätt fortsättning', 'Fortsättning', 'Medel', 'Avancerad', 'Hoppgrupp', 'Vuxen nybörjare'];
const DAYS = ['Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Lördag'];

export default function ridskola(C) {
  const g = new Rng('ridskola/world');
  const O = org(g, { name: 'Hästhagens ridskola', domain: DOM, area: '19', roles: ['info', 'kansliet', 'noreply', 'lager', 'faktura'] });
  const swish = `123 ${g.int(100, 999)} ${g.digits(2)} ${g.digits(2)}`;
  const riders = people(g, 150, { middle: 0.15 }).map((p) => {
    const child = g.chance(0.75);
    const par = child ? (g.chance(0.8) ? kin(g, p) : person(g)) : null;
    return { ...p, child, pnr: pnr(g, child ? { minYear: 2010, maxYear: 2020 } : { minYear: 1965, maxYear: 2006 }), par,
      tel: phone(g, 'mobile'), mail: email(g, par ?? p), ip: ipVal(g), level: g.pick(LEVELS), horse: g.pick(HORSES) };
  });
  const teachers = people(g, 8).map((p) => ({ ...p, tel: phone(g, 'mobile'), mail: workEmail(p, DOM) }));
  const owners = people(g, 22).map((p) => ({ ...p, tel: phone(g), mail: email(g, p) }));
  const contact = (r) => r.par ?? r;

  // 1. Rider register — UTF-8 `,`, quoted cells.
  {
    const F = file(C, 'ridskola/elevregister.csv'); const { R, rng, N } = F;
    const rows = [['ElevNr', 'Elev', 'Personnummer', 'Målsman', 'Telefon', 'E-post', 'Nivå', 'Dag', 'Favorithäst', 'Allergier/övrigt']];
    for (const r of riders) {
      const c = contact(r);
      rows.push([N.id('member-id', `E${num(rng, 4)}`), nm(R, r, rng.chance(0.2) ? 'surname-first' : 'full'), T(R, 'personnummer', r.pnr), r.par ? nm(R, r.par, rng.chance(0.2) ? 'surname-first' : 'full', 'guardian') : '',
        T(R, 'phone', r.tel), T(R, 'email', r.mail), r.level, rng.pick(DAYS), N.look('horse', r.horse),
        rng.pick([() => '', () => '', () => 'Pälsdjursallergi', () => 'Epilepsi – se ansökan', () => `Hämtas av ${c === r ? 'själv' : 'mormor'}`, () => `Får ej ridas av annan än ${N.lone(r.first)}`, () => `Syskon: ${nm(R, kin(rng, r))}`])()]);
    }
    F.put(csv(rows, { bom: false }));
  }

  // 2. Lesson lists — .xlsx, a sheet per weekday.
  {
    const F = file(C, 'ridskola/lektionslistor_ht26.xlsx'); const { R, rng, N } = F;
    const sheets = DAYS.map((day) => {
      const rows = [[`${day} – ${O.name}`], ['Tid', 'Grupp', 'Ridlärare', 'Ryttare', 'Häst', 'Tel målsman']];
      for (let l = 0; l < 4; l++) {
        const t = rng.pick(teachers); const lvl = rng.pick(LEVELS); const time = `${16 + l}:${rng.pick(['00', '30'])}`;
        for (const r of rng.shuffle(riders).slice(0, rng.int(5, 8))) rows.push([time, lvl, nm(R, t, 'short', 'staff'), nm(R, r, rng.chance(0.5) ? 'surname-first-nocomma' : 'full'), N.look('horse', rng.pick(HORSES)), T(R, 'phone', r.tel)]);
      }
      return { name: day, rows };
    });
    F.put(xlsx(sheets, { creator: nm(R, teachers[0], 'full', 'xlsx-creator') }));
  }

  // 3. Horses — JSON with owners, farriers and vets.
  {
    const F = file(C, 'ridskola/hastar.json'); const { R, rng, N } = F;
    const horses = HORSES.map((h, i) => {
      const own = i % 3 === 0 ? owners[i % owners.length] : null;
      return { namn: N.look('horse', h), ras: rng.pick(['Gotlandsruss', 'Nordsvensk', 'Welsh B', 'Svenskt halvblod', 'Connemara', 'Shetlandsponny', 'Islandshäst']),
        ueln: N.id('ueln', `752004${num(rng, 9)}`), chip: N.id('chip', `752098${num(rng, 9)}`), fodd: rng.int(2004, 2019),
        agare: own ? { namn: nm(R, own), telefon: T(R, 'phone', own.tel), epost: T(R, 'email', own.mail), typ: 'inackordering', hyra: N.amount(amount(rng, 3500, 6500)) } : { namn: O.name, typ: 'skolhäst' },
        hovslagare: rng.chance(0.6) ? { namn: nm(R, owners[(i + 5) % owners.length]), tel: T(R, 'phone', owners[(i + 5) % owners.length].tel) } : null,
        veterinar: rng.chance(0.4) ? `${N.look('company', rng.pick(['Distriktsveterinärerna', 'Hästkliniken Sjöviken', 'Djursjukhuset Norr']))}, ${nm(R, person(rng))}` : null,
        anteckning: rng.pick([() => '', () => `Bytt sko ${N.date(dotDate(date(rng)))}`, () => `Rids av ${nm(R, rng.pick(riders))} på tisdagar`, () => 'Halt vä fram, vila 2 v', () => `Foderhäst till ${nm(R, rng.pick(riders))}`])() };
    });
    F.put(txt(jsonText({ stall: O.name, uppdaterad: '2026-11-22', hastar: horses })));
  }

  // 4. Parents' WhatsApp group export.
  {
    const F = file(C, 'ridskola/whatsapp_foraldrar_onsdag.txt'); const { R, rng, N } = F;
    const members = riders.filter((r) => r.par).slice(0, 18);
    const L = [`[${dotDate('2026-08-20')} 19:02:11] ${nm(R, teachers[1], 'full', 'chat-speaker')}: ‎${teachers[1].first} skapade gruppen "Onsdag 17.00 föräldrar"`];
    for (let i = 0; i < 220; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-08-21', '2026-11-23');
      const who = rng.chance(0.2) ? T(R, 'phone', { value: waStyle(m.tel.value), subtype: 'chat-speaker-number' }) : nm(R, m.par, 'full', 'chat-speaker');
      const t = rng.pick([() => `Kan någon skjutsa ${m.first} på onsdag? 🙏`, () => `${N.lone(rng.pick(LONE))} är sjuk idag`, () => 'Tack för idag!', () => `Hittade en ridhjälm, tillhör den ${nm(R, rng.pick(members))}?`,
        () => `mitt nya nr är ${T(R, 'phone', phone(rng, 'mobile'))}`, () => `Swisha till ${R.n('phone', 'swish-number', swish)} för julshowen`, () => '<Media utelämnad>', () => `@${nm(R, rng.pick(members).par, 'full', 'chat-mention')} ja vi kan ta dem`,
        () => `Glöm inte att ${N.look('horse', rng.pick(HORSES))} har ny sadel`])();
      L.push(`[${dotDate(d)} ${hms(rng)}] ${who}: ${t}`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 5. Invoices — Windows-1252 `;`, payer name split.
  {
    const F = file(C, 'ridskola/fakturor_ht26.csv'); const { R, rng, N } = F;
    const rows = [['Fakturanr', 'OCR', 'Förnamn', 'Efternamn', 'Personnummer', 'Avser', 'Belopp', 'Förfallodatum', 'Bankgiro', 'Betald']];
    for (const r of riders) {
      const c = contact(r);
      if (!/^[\x20-\xff]*$/.test(c.full + r.full)) continue;
      F.joined(c.given, c.last);
      rows.push([N.id('invoice-id', `${num(rng, 6)}`), N.id('ocr', ocr(rng, 12)), c.given, c.last, c === r ? T(R, 'personnummer', r.pnr) : '', `Ridavgift HT26 ${r.first === c.first ? '' : `(${nm(R, r)})`}`.trim(),
        N.amount(amount(rng, 2400, 5200)), N.date('2026-09-30'), R.n(null, 'bankgiro', O.bg), rng.chance(0.85) ? 'J' : 'N']);
    }
    F.put(csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 6. Camp registrations — mbox from the web form.
  {
    const F = file(C, 'ridskola/ridlager_anmalningar.mbox'); const { R, rng, N } = F;
    const msgs = [];
    for (const r of riders.slice(40, 68)) {
      const c = contact(r); const d = date(rng, '2026-03-01', '2026-05-15');
      const text = `Ny anmälan till sommarlägret (vecka ${rng.int(26, 32)})\n\nDeltagare: ${nm(R, r)}\nPersonnummer: ${T(R, 'personnummer', r.pnr)}\nNivå: ${r.level}\nMålsman: ${nm(R, c, 'full', c === r ? 'full' : 'guardian')}\nTelefon: ${T(R, 'phone', r.tel)}\nE-post: ${T(R, 'email', r.mail)}\nÖnskar rida: ${N.look('horse', r.horse)}\nÖvrigt: ${rng.pick([() => '', () => 'vegetarian', () => `vill bo med ${nm(R, rng.pick(riders))}`, () => 'nötallergi!'])()}\nIP: ${T(R, 'ip', r.ip)}\n`;
      msgs.push({ from: ['Hästhagen webbformulär', O.roles[2]], to: [['', O.roles[3]]], subject: `Lägeranmälan: ${r.full}`, date: rfcDate(d, `${hhmm(rng)}:00`), id: `form-${num(rng, 9)}@${DOM}`, text, enc: rng.pick(['qp', '8bit']), extraHeaders: [`Reply-To: ${c.full} <${r.mail.value}>`] });
      if (rng.chance(0.3)) {
        const t = rng.pick(teachers);
        nm(R, t, 'full', 'header-display'); R.t('email', t.mail, 'staff-work');
        msgs.push({ from: [t.full, t.mail], to: [[c.full, r.mail.value]], subject: `Sv: Lägeranmälan: ${r.full}`, date: rfcDate(d, '20:15:00'), id: `re-${num(rng, 9)}@${DOM}`,
          text: `Hej ${N.lone(c.first)}!\n\nVälkommen ${r.first}! Betala ${N.amount('1 950 kr')} till bankgiro ${R.n(null, 'bankgiro', O.bg)} eller Swish ${R.n('phone', 'swish-number', swish)}.\n\nHälsningar ${nm(R, t, 'full', 'signature')}\n${footer(R, O, ['orgnr', 'switchboard'])}`, enc: 'qp' });
      }
    }
    role(R, O, 2); role(R, O, 3);
    F.put(mbox(msgs));
  }

  // 7. Accident report — .docx.
  {
    const F = file(C, 'ridskola/olycksrapport_2026-10-14.docx'); const { R, rng, N } = F;
    const r = riders.find((x) => x.child); const t = teachers[2]; const w = owners[3];
    F.put(docx([{ h: 'Olycks- och tillbudsrapport' }, `Rapport-ID: ${N.id('case-id', `OT-${num(rng, 5)}`)}`,
      { table: [['Ryttare', nm(R, r)], ['Personnummer', T(R, 'personnummer', r.pnr)], ['Målsman', `${nm(R, r.par, 'full', 'guardian')}, ${T(R, 'phone', r.tel)}`], ['Häst', N.look('horse', 'Sir Oliver')], ['Ridlärare', nm(R, t, 'full', 'staff')], ['Vittne', `${nm(R, w)} (inackordering)`]] },
      { h: 'Händelse' }, { runs: [`Under hopplektionen ${N.date(svDate('2026-10-14'))} vägrade `, N.look('horse', 'Sir Oliver'), ' vid hinder 4 och ', nm(R, r, 'short'), ' föll av. ', `Ambulans tillkallades av ${nm(R, t, 'full', 'staff')}.`] },
      `Förälder ${nm(R, r.par, 'full', 'guardian')} mötte upp på akuten. Försäkring: ${N.look('company', 'Folksam')}, skadenr ${N.id('claim-id', `${num(rng, 8)}`)}.`,
      `Rapporterat till ${N.look('company', 'Svenska Ridsportförbundet')} ${N.date(dotDate('2026-10-15'))}.`, footer(R, O, ['orgnr', 'switchboard'])], { creator: nm(R, t, 'full', 'docx-creator') }));
  }

  // 8. Members — .vcf (version 2.1 and 3.0 mixed).
  {
    const F = file(C, 'ridskola/medlemmar.vcf'); const { R, rng, N } = F;
    const L = [];
    for (const r of riders.slice(0, 70)) {
      const c = contact(r);
      const v21 = rng.chance(0.3);
      L.push('BEGIN:VCARD', v21 ? 'VERSION:2.1' : 'VERSION:3.0', `N:${c.last};${c.given}`, `FN:${nm(R, c, 'full', 'vcard-fn')}`, `${v21 ? 'TEL;CELL' : 'TEL;TYPE=CELL'}:${T(R, 'phone', r.tel)}`,
        `EMAIL:${T(R, 'email', r.mail)}`, `NOTE:${c === r ? 'Vuxenryttare' : `Förälder till ${nm(R, r)}`}`, 'END:VCARD');
    }
    F.put(folded(L));
  }

  // 9. Competition results — HTML.
  {
    const F = file(C, 'ridskola/klubbtavling_resultat.html'); const { R, rng, N } = F;
    const classes = ['LC:1 Ponny', 'LB:1 Häst', 'Clear round', 'Dressyr LC:1'];
    const body = classes.map((cl) => {
      const tr = rng.shuffle(riders).slice(0, 12).map((r, i) => `<tr><td>${i + 1}</td><td>${htmlEsc(nm(R, r, rng.chance(0.15) ? 'caps' : 'full'))}</td><td>${htmlEsc(N.look('horse', rng.pick(HORSES)))}</td><td>${rng.chance(0.7) ? 'Hästhagens RK' : N.look('club', rng.pick(['Ryttarföreningen Vidar', 'Torpa Ridklubb', 'Björkdalens RS']))}</td><td>${rng.int(0, 12)} fel</td></tr>`);
      return `<h2>${cl}</h2>\n<table><tr><th>Plac</th><th>Ryttare</th><th>Häst</th><th>Klubb</th><th>Resultat</th></tr>\n${tr.join('\n')}\n</table>`;
    }).join('\n');
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Klubbtävling ${dotDate('2026-11-08')}</title></head><body><h1>Resultat klubbhoppning</h1>
<p>Domare: ${htmlEsc(nm(R, person(rng)))}. Banbyggare: ${htmlEsc(nm(R, teachers[3], 'full', 'staff'))}.</p>\n${body}\n<p>Frågor: <a href="mailto:${role(R, O, 1)}">${O.roles[1]}</a></p></body></html>\n`;
    F.put({ bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
  }

  // 10. SMS gateway — gateway numbers without plus.
  {
    const F = file(C, 'ridskola/sms_utskick.log'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 200; i++) {
      const r = rng.pick(riders); const ph = phone(rng, 'mobile', 'plain46'); const d = date(rng, '2026-09-01', '2026-11-23');
      L.push(`${d};${hms(rng)};${T(R, 'phone', ph)};${rng.pick(['OK', 'OK', 'OK', 'FAIL'])};${rng.pick([() => `Inställd lektion idag kl ${hhmm(rng)}. /${O.name}`, () => `Hej! ${r.first} har fått ${N.look('horse', rng.pick(HORSES))} på lördag.`,
        () => `Påminnelse: faktura ${N.id('invoice-id', num(rng, 6))} förfaller ${N.date(dotDate(d))}.`, () => `Hej ${nm(R, contact(r))}, lägerplatsen är bekräftad.`])()}`);
    }
    F.put(txt(`datum;tid;mottagare;status;text\n${L.join('\n')}\n`));
  }

  // 11. Part-lease agreements — PDF.
  {
    const F = file(C, 'ridskola/foderavtal_2026.pdf'); const { R, rng, N } = F;
    const lines = [];
    const ok = (p) => /^[\x20-\xff]*$/.test(p.full);
    for (const own of owners.filter(ok).slice(0, 12)) {
      const r = rng.pick(riders.filter((x) => ok(x) && (!x.par || ok(x.par))));
      lines.push({ text: 'FODERVÄRDSAVTAL', bold: true, size: 13 }, `Häst: ${N.look('horse', rng.pick(HORSES))}, UELN ${N.id('ueln', `752004${num(rng, 9)}`)}`,
        `Ägare: ${nm(R, own)}, tel ${T(R, 'phone', own.tel)}, ${T(R, 'email', own.mail)}`, `Fodervärd: ${nm(R, r)}, pnr ${T(R, 'personnummer', r.pnr)}`,
        r.par ? `Målsman: ${nm(R, r.par, 'full', 'guardian')}` : 'Myndig fodervärd', `Ersättning: ${N.amount(amount(rng, 800, 2500))}/mån`, `Sjöviken ${N.date(dotDate(date(rng)))}`, '', nm(R, own, 'caps'), '');
    }
    F.put(pdfLines(lines, { per: 22, title: 'Foderavtal' }));
  }

  // 12. Lessons calendar — .ics.
  {
    const F = file(C, 'ridskola/lektioner_vt27.ics'); const { R, rng, N } = F;
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hasthagen//Ridskolan//SV', 'X-WR-CALNAME:Lektioner VT27'];
    for (let i = 0; i < 40; i++) {
      const t = rng.pick(teachers); const d = date(rng, '2027-01-11', '2027-05-30').replace(/-/g, '');
      L.push('BEGIN:VEVENT', `UID:${N.id('ics-uid', `${hex(rng, 16)}@${DOM}`, 'email')}`, `DTSTART:${d}T${p2(rng.int(15, 19))}0000`, `SUMMARY:${rng.pick(LEVELS)} – ${nm(R, t, 'short', 'ics-cn')}`,
        `ORGANIZER;CN=${nm(R, t, 'full', 'ics-cn')}:mailto:${R.t('email', t.mail, 'staff-work')}`,
        ...rng.shuffle(riders).slice(0, 3).map((r) => `ATTENDEE;CN=${nm(R, r, 'full', 'ics-cn')}:mailto:${T(R, 'email', r.mail)}`), `DESCRIPTION:Häst: ${N.look('horse', rng.pick(HORSES))}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    F.put(folded(L));
  }

  // 13. Swish payments — bank export (payer names as the bank writes them, caps).
  {
    const F = file(C, 'ridskola/swish_betalningar_nov.csv'); const { R, rng, N } = F;
    const rows = [['Bokföringsdag', 'Transaktionsdag', 'Betalningsreferens', 'Avsändare', 'Avsändarens nummer', 'Meddelande', 'Belopp', 'Mottagarnummer']];
    for (let i = 0; i < 90; i++) {
      const r = rng.pick(riders); const c = contact(r); const d = date(rng, '2026-11-01', '2026-11-23');
      rows.push([d, d, N.id('swish-ref', alnum(rng, 32)), nm(R, c, rng.chance(0.7) ? 'caps' : 'full'), T(R, 'phone', { value: gw46(r.tel.value), subtype: 'mobile-e164-no-plus' }),
        rng.pick([`${r.first} julshow`, 'ridlektion', `läger ${r.first}`, `${r.last} nov`, 'Lektion']), N.amount(`${rng.int(150, 1950)},00`), R.n('phone', 'swish-number', swish)]);
    }
    F.put(csv(rows, { sep: ';', bom: true }));
  }
}
