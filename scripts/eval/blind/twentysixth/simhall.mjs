// Twenty-sixth blind set — a public swimming hall (simhall/): Sjövikens badhus, run by Norrvik's leisure office.
// Season passes, turnstile logs, locker and incident logs, swimming-school lists (children and guardians), lifeguards.
import { Rng, file, person, people, kin, nm, nameAs, nameStyle, pnr, phone, email, workEmail, T, ipVal, org, footer, role, server, date, dotDate, hhmm, hms,
  num, alnum, letters, hex, csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText, htmlEml, pdfLines, folded, jsonText, txt, LONE, amount, p2, svDate, privateIp } from './core.mjs';

const DOM = 'sjovikensbadhus.se';
const GROUPS = ['Baddaren', 'Grodan', 'Pingvinen', 'Sköldpaddan', 'Sälen', 'Hajen', 'Crawlskola vuxen', 'Babysim'];
const CARDS = ['Årskort vuxen', 'Årskort pensionär', 'Årskort ungdom', 'Gymkort + bad', 'Familjekort', '10-kort'];
const FACILITY = ['Arne Borgs bassäng', 'Äventyrsbadet', 'Gunnar Larsson-hallen', 'Relaxavdelningen', 'Sara Sjöströms undervisningsbassäng'];

export default function simhall(C) {
  const g = new Rng('simhall/world');
  const O = org(g, { name: 'Sjövikens badhus', domain: DOM, area: '31', roles: ['info', 'simskola', 'noreply', 'kassa', 'hittegods'] });
  const guests = people(g, 170, { middle: 0.1 }).map((p) => ({ ...p, pnr: pnr(g, { minYear: 1935, maxYear: 2008 }), tel: phone(g), mail: email(g, p), ip: ipVal(g), card: `${num(g, 10)}` }));
  const kids = people(g, 110, { middle: 0.2 }).map((p) => { const gd = g.chance(0.75) ? kin(g, p) : person(g); return { ...p, pnr: pnr(g, { minYear: 2016, maxYear: 2024 }), gd, tel: phone(g, 'mobile'), mail: email(g, gd), ip: ipVal(g), group: g.pick(GROUPS.slice(0, 6)) }; });
  const staff = people(g, 20).map((p) => ({ ...p, tel: phone(g, 'mobile'), mail: workEmail(p, DOM), ini: `${p.first[0]}${p.last[0]}`.toUpperCase() }));
  const ctl = [privateIp(g), privateIp(g), privateIp(g)];

  // 1. Season passes — Windows-1252 `;` CRLF, split names.
  {
    const F = file(C, 'simhall/arskort_2026.csv'); const { R, rng, N } = F;
    const rows = [['Kortnummer', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Korttyp', 'Giltigt från', 'Giltigt till', 'Betalt']];
    for (const p of guests) {
      if (!/^[\x20-\xff]*$/.test(p.full)) continue;
      F.joined(p.given, p.last);
      rows.push([N.id('card-id', p.card), p.given, p.last, rng.chance(0.9) ? T(R, 'personnummer', p.pnr) : '', T(R, 'phone', p.tel), rng.chance(0.85) ? T(R, 'email', p.mail) : '', rng.pick(CARDS),
        N.date(date(rng, '2025-12-01', '2026-11-20')), N.date(date(rng, '2026-12-01', '2027-11-30')), N.amount(amount(rng, 450, 4900))]);
    }
    F.put(csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. Turnstile log — card numbers, some holder names, door controllers (private addresses of the hall's own devices).
  {
    const F = file(C, 'simhall/passage_logg.log'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 520; i++) {
      const p = rng.pick(guests); const d = date(rng, '2026-11-16', '2026-11-23');
      const dev = R.n('ip', 'own-device-ip', ctl[i % 3]);
      const t = rng.pick([() => `ACCESS_GRANTED card=${N.id('card-id', p.card)} gate=${rng.int(1, 4)}`, () => `ACCESS_GRANTED card=${N.id('card-id', p.card)} holder="${nm(R, p, rng.chance(0.3) ? 'surname-first-caps' : 'full', 'log-user')}" gate=${rng.int(1, 4)}`,
        () => `ACCESS_DENIED card=${N.id('card-id', p.card)} reason=EXPIRED`, () => `MANUAL_OPEN by=${N.id('initials', rng.pick(staff).ini)}`, () => `HEARTBEAT ok`]);
      L.push(`${d} ${hms(rng)} ctl=${dev} ${t()}`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 3. Locker and incident log — Markdown table and notes.
  {
    const F = file(C, 'simhall/skap_och_incidenter.md'); const { R, rng, N } = F;
    const L = ['# Skåp- och incidentlogg november', '', '| Datum | Tid | Skåp | Händelse | Gäst | Kontakt | Sign |', '|---|---|---|---|---|---|---|'];
    for (let i = 0; i < 120; i++) {
      const p = rng.pick(guests); const s = rng.pick(staff);
      const ev = rng.pick([() => ['Glömd kod, öppnat', nm(R, p), T(R, 'phone', p.tel)], () => ['Skåp uppbrutet', nm(R, p, 'lower'), T(R, 'email', p.mail)], () => ['Nyckelband borttappat', N.lone(p.first), ''],
        () => ['Halkade i duschen, plåster', nm(R, p), T(R, 'phone', p.tel)], () => [`Barn tappat bort förälder, ${N.lone(rng.pick(LONE))} (6 år)`, 'okänd', ''], () => ['Klagomål vattentemperatur', nm(R, p, 'surname-first'), '']])();
      L.push(`| ${N.date(date(rng, '2026-11-01', '2026-11-23'))} | ${hhmm(rng)} | ${N.id('locker', `${rng.pick(['H', 'D', 'F'])}${rng.int(1, 240)}`)} | ${ev[0]} | ${ev[1]} | ${ev[2]} | ${N.id('initials', s.ini)} |`);
    }
    L.push('', '## Noteringar', '');
    for (let i = 0; i < 30; i++) {
      const p = rng.pick(guests); const s = rng.pick(staff);
      L.push(`- ${rng.pick([() => `${nm(R, s, 'full', 'staff')} bytte kodlås på ${N.id('locker', `H${rng.int(1, 240)}`)}`, () => `${nm(R, p)} ringde om plånbok, hänvisad till ${role(R, O, 4)}`,
        () => `badvärd ${nm(R, s, 'lower')} gav HLR-instruktion, ambulans ej behövd`, () => `larm från ${N.look('facility', rng.pick(FACILITY))}, falsklarm`, () => `gäst med kort ${N.id('card-id', p.card)} avstängd 1 mån (bråk), pratat m ${nm(R, p)}`])()}`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 4. Swimming-school lists — .xlsx, a sheet per group.
  {
    const F = file(C, 'simhall/simskola_vt27.xlsx'); const { R, rng, N } = F;
    const sheets = GROUPS.slice(0, 6).map((gr) => {
      const t = rng.pick(staff);
      const rows = [[`Simskola ${gr} – instruktör ${nm(R, t, 'full', 'staff')}`], ['Barn', 'Personnummer', 'Vårdnadshavare', 'Mobil', 'E-post', 'Märke', 'Anm.']];
      for (const k of kids.filter((x) => x.group === gr)) rows.push([nm(R, k, rng.chance(0.4) ? 'surname-first' : 'full'), T(R, 'personnummer', k.pnr), nm(R, k.gd, 'full', 'guardian'), T(R, 'phone', k.tel), T(R, 'email', k.mail), rng.pick(['Baddaren', 'Grodan', 'Pingvinen', '-']), rng.pick(['', '', 'astma', 'rädd för vatten', 'hämtas av mormor'])]);
      return { name: gr, rows };
    });
    F.put(xlsx(sheets, { creator: nm(R, staff[1], 'full', 'xlsx-creator') }));
  }

  // 5. Swimming-school registrations — NDJSON from the booking site.
  {
    const F = file(C, 'simhall/simskola_anmalningar.ndjson'); const { R, rng, N } = F;
    const L = [];
    for (const k of kids) {
      const o = { ts: `${date(rng, '2026-10-15', '2026-11-23')}T${hms(rng)}Z`, type: 'registration', group: k.group, child: { firstName: k.given, lastName: k.last, personalNumber: T(R, 'personnummer', k.pnr) },
        guardian: { name: nm(R, k.gd, rng.chance(0.1) ? 'lower' : 'full', 'guardian'), phone: T(R, 'phone', k.tel), email: T(R, 'email', k.mail) }, payment: { method: rng.pick(['swish', 'card', 'invoice']), ref: N.id('payment-ref', alnum(rng, 12)) },
        meta: { ip: T(R, 'ip', k.ip), ua: rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1)', 'Mozilla/5.0 (Linux; Android 15)']) } };
      F.joined(k.given, k.last);
      L.push(JSON.stringify(o));
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 6. Incident reports — two .docx.
  for (const n of [1]) {
    const F = file(C, `simhall/incidentrapport_${n === 1 ? 'drunkningstillbud' : 'halkolycka'}.docx`); const { R, rng, N } = F;
    const vic = n === 1 ? kids[n * 9] : guests[n * 13]; const s1 = staff[n]; const s2 = staff[n + 5]; const wit = person(rng);
    F.put(docx([{ h: `Incidentrapport ${N.id('case-id', `INC-2026-${num(rng, 4)}`)}` }, { table: [['Drabbad', nm(R, vic)], ['Personnummer', T(R, 'personnummer', vic.pnr)], ['Plats', N.look('facility', rng.pick(FACILITY))],
      ['Tid', `${N.date(svDate(date(rng)))} kl ${hhmm(rng)}`], ['Badvärd', nm(R, s1, 'full', 'staff')], ['Vittne', `${nm(R, wit)}, ${T(R, 'phone', phone(rng))}`]] },
    { runs: [n === 1 ? 'Barnet ' : 'Gästen ', nm(R, vic, 'short'), n === 1 ? ' hittades vid botten och lyftes upp av ' : ' halkade på kaklet vid duschen och hjälptes av ', nm(R, s2, 'full', 'staff'), '.'] },
    n === 1 ? `Vårdnadshavare ${nm(R, vic.gd, 'full', 'guardian')} kontaktades på ${T(R, 'phone', vic.tel)}.` : `Gästen nås på ${T(R, 'phone', vic.tel)}.`,
    'Ambulans: ' + rng.pick(['ja', 'nej']), footer(R, O, ['orgnr', 'switchboard'])], { creator: nm(R, s1, 'full', 'docx-creator') }));
  }

  // 7. Customer mail — mbox.
  {
    const F = file(C, 'simhall/kundmail.mbox'); const { R, rng, N } = F;
    const msgs = [];
    for (let i = 0; i < 34; i++) {
      const p = rng.pick(guests); const s = rng.pick(staff); const d = date(rng);
      nm(R, p, 'full', 'header-display'); R.t('email', p.mail.value, 'header');
      const body = rng.pick([
        () => `Hej,\n\njag glömde min jacka i skåp ${N.id('locker', `D${rng.int(1, 240)}`)} igår. Den är blå med namnlapp ${nm(R, kin(rng, p))}. Kan ni ringa ${T(R, 'phone', p.tel)}?\n\n/${nm(R, p, 'full', 'signature')}`,
        () => `Hej!\n\nMitt årskort (${N.id('card-id', p.card)}) fungerar inte i spärren. Personnummer ${T(R, 'personnummer', p.pnr)}.\n\nMvh ${nm(R, p, 'full', 'signature')}`,
        () => `Hello, we are visiting from Finland. Is the ${N.look('facility', 'Äventyrsbadet')} open on Sunday? Call me: ${T(R, 'phone', phone(rng, 'foreign'))}\n${nm(R, p, 'full', 'signature')}`,
        () => `Hej ${N.lone(s.first)}!\n\nTack för bra simskola. Min dotter ${nm(R, rng.pick(kids))} vill fortsätta i nästa grupp.\n\n${nm(R, p, 'lower', 'signature')}`,
      ])();
      const reply = () => `\n\n${dotDate(d)} kl. ${hhmm(rng)} skrev ${nm(R, s, 'full', 'staff')} <${R.t('email', s.mail, 'staff-work')}>:\n> Hej! Vi har tagit emot ditt ärende.\n> ${footer(R, O, ['switchboard', 'orgnr'])}`;
      msgs.push({ from: [p.full, p.mail.value], to: [['Sjövikens badhus', O.roles[0]]], subject: rng.pick(['Borttappad jacka', 'Årskort', 'Fråga', 'Simskola', 'Re: Ditt ärende']), date: rfcDate(d, `${hhmm(rng)}:00`),
        id: `${hex(rng, 16)}@mail.example`, text: body + (rng.chance(0.4) ? reply() : ''), enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
    }
    role(R, O, 0);
    F.put(mbox(msgs));
  }

  // 8. Lifeguards' shifts — .ics.
  {
    const F = file(C, 'simhall/badvakter_schema.ics'); const { R, rng, N } = F;
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Quinyx-export//SV', 'X-WR-CALNAME:Badvärdar v48-50'];
    for (let i = 0; i < 70; i++) {
      const s = rng.pick(staff); const d = date(rng, '2026-11-23', '2026-12-13').replace(/-/g, '');
      L.push('BEGIN:VEVENT', `UID:${hex(rng, 20)}`, `DTSTART:${d}T${p2(rng.int(6, 14))}0000`, `DTEND:${d}T${p2(rng.int(15, 22))}0000`, `SUMMARY:Pass ${rng.pick(['Stora bassängen', 'Kassa', 'Äventyrsbad', 'Simskola'])} – ${nm(R, s, 'short', 'ics-cn')}`,
        `ATTENDEE;CN=${nm(R, s, 'full', 'ics-cn')}:mailto:${R.t('email', s.mail, 'staff-work')}`, `DESCRIPTION:Byte? Ring ${T(R, 'phone', { value: s.tel.value, subtype: 'staff-direct' })}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    F.put(folded(L));
  }

  // 9. Lost property — TSV with title line.
  {
    const F = file(C, 'simhall/hittegods_2026.tsv'); const { R, rng, N } = F;
    const L = [`Hittegods ${O.name} – utdrag ${N.date('2026-11-23')}`, '', ['Nr', 'Hittat', 'Föremål', 'Namnlapp / märkning', 'Plats', 'Utlämnat till', 'Tel'].join('\t')];
    for (let i = 0; i < 110; i++) {
      const p = rng.pick([...guests, ...kids]); const out = rng.chance(0.4);
      L.push([N.id('lost-id', `HG${num(rng, 4)}`), N.date(date(rng)), rng.pick(['Handduk', 'Simglasögon', 'Badrock', 'Mobiltelefon', 'Plånbok', 'Nyckelknippa', 'Vattenflaska', 'Keps']),
        rng.pick([() => nm(R, p, 'caps', 'name-tag'), () => nm(R, p, 'full', 'name-tag'), () => N.lone(p.first.toUpperCase()), () => '', () => N.id('imei', `35${num(rng, 13)}`)])(),
        N.look('facility', rng.pick(FACILITY)), out ? nm(R, p) : '', out && p.tel ? T(R, 'phone', p.tel) : ''].join('\t'));
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 10. Newsletter — HTML-only mail.
  {
    const F = file(C, 'simhall/nyhetsbrev_december.eml'); const { R, rng, N } = F;
    const winners = guests.slice(0, 8).map((p) => `<li>${htmlEsc(nm(R, p))}, ${rng.pick(['Sjöviken', 'Norrvik', 'Torpa', 'Ekeby'])}</li>`).join('');
    const html = `<html><body><h1>Nyheter från ${O.name}</h1><p>Nu öppnar ${N.look('facility', 'Sara Sjöströms undervisningsbassäng')} efter renoveringen!</p><p>Grattis till vinnarna i höstens simutmaning:</p><ul>${winners}</ul>
<p>Nya badvärdar: ${staff.slice(10, 14).map((s) => htmlEsc(nm(R, s, 'full', 'staff'))).join(', ')}.</p><p>${htmlEsc(footer(R, O, ['orgnr', 'switchboard']))}</p><p><a href="https://${DOM}/avregistrera?u=${alnum(rng, 24)}">Avregistrera</a></p></body></html>`;
    F.put(htmlEml({ from: [O.name, role(R, O, 2)], to: [['Prenumeranter', `nyhetsbrev@${DOM}`]], subject: 'Nyhetsbrev december – Sjövikens badhus', date: rfcDate('2026-11-24', '07:00:00'), id: `nl-${num(rng, 9)}@${DOM}`, html }));
    R.n('email', 'role-email', `nyhetsbrev@${DOM}`);
  }

  // 11. Lifeguards — .vcf.
  {
    const F = file(C, 'simhall/personal.vcf'); const { R, rng, N } = F;
    const L = [];
    for (const s of staff) L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${s.last};${s.given};;;`, `FN:${nm(R, s, 'full', 'vcard-fn')}`, `ORG:${O.name}`, `TITLE:${rng.pick(['Badvärd', 'Simlärare', 'Driftstekniker', 'Receptionist', 'Badchef'])}`,
      `TEL;TYPE=CELL:${T(R, 'phone', { value: s.tel.value, subtype: 'staff-direct' })}`, `TEL;TYPE=WORK:${R.n('phone', 'switchboard', O.switchboard)}`, `EMAIL;TYPE=WORK:${R.t('email', s.mail, 'staff-work')}`, 'END:VCARD');
    F.put(folded(L));
  }

  // 12. Daily cash report — PDF.
  {
    const F = file(C, 'simhall/kassarapport_v47.pdf'); const { R, rng, N } = F;
    const lines = [{ text: `Kassarapport vecka 47 – ${O.name}`, bold: true, size: 13 }, ''];
    const cp = staff.filter((s) => /^[\x20-\xff]*$/.test(s.full));
    for (let d = 16; d <= 22; d++) {
      const s = rng.pick(cp);
      lines.push({ text: `2026-11-${d}  Kassör: ${nm(R, s, 'full', 'staff')}`, bold: true });
      for (let i = 0; i < 6; i++) {
        const p = rng.pick(guests.filter((x) => /^[\x20-\xff]*$/.test(x.full)));
        lines.push(`  ${hhmm(rng)}  ${rng.pick(CARDS)}  ${N.amount(amount(rng, 80, 4900))}  ${rng.chance(0.5) ? `kort ${N.id('masked-pan', `**** **** **** ${rng.digits(4)}`)}` : `Swish ${T(R, 'phone', p.tel)}`}  ${rng.chance(0.4) ? nm(R, p) : ''}`);
      }
      lines.push('');
    }
    lines.push(footer(R, O, ['orgnr', 'bg']));
    F.put(pdfLines(lines, { per: 50, title: 'Kassarapport' }));
  }

  // 13. Lane bookings for clubs — JSON.
  {
    const F = file(C, 'simhall/banbokningar.json'); const { R, rng, N } = F;
    const clubs = ['Sjövikens Simsällskap', 'Norrvik Triathlon', 'Torpa Livräddningsklubb', 'Ekeby Undervattensrugby', 'Pensionärsgympan PRO'];
    const out = clubs.map((cl) => { const c = person(rng); const c2 = person(rng); return { forening: N.look('company', cl), orgnr: N.orgnr(), kontakt: { namn: nm(R, c), mobil: T(R, 'phone', phone(rng, 'mobile')), epost: T(R, 'email', email(rng, c)) },
      ersattare: { namn: nm(R, c2, 'surname-first'), mobil: T(R, 'phone', phone(rng, 'mobile')) },
      pass: Array.from({ length: 6 }, () => ({ dag: rng.pick(['mån', 'tis', 'ons', 'tor', 'fre', 'lör']), tid: `${hhmm(rng)}-${hhmm(rng)}`, banor: rng.int(1, 6), bassang: N.look('facility', rng.pick(FACILITY)) })) }; });
    F.put(txt(jsonText({ badhus: O.name, period: 'VT 2027', bokningar: out })));
  }
}
