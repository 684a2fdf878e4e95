// Twelfth blind set — resebyra/: a travel agency (Resfeber Resor AB): bookings in passport name order (SURNAME/GIVEN),
// a charter passenger list, booking API JSON with co-travellers, mail, itineraries, complaints, the emergency line's SMS
// log and GDS (Amadeus-style) PNR print-outs with booking references, flight numbers and passport numbers as near-misses.
import { Rng, org, footer, role, T, customers, people, kin, nameAs, nameStyle, pnr, phone, email, date, svDate, hhmm, isoTs, num, amount, locator, letters, ascii,
  csv, docx, pdf, mbox, LONE, LOOKALIKE, workEmail } from './core.mjs';
import { ics, quote, greet, signoff, mailDate } from './kit.mjs';

const DEST = ['Alicante', 'Chania', 'Phuket', 'Gran Canaria', 'Antalya', 'Split', 'Hurghada', 'Funchal'];
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const flight = (rng) => `${rng.pick(['SK', 'DY', 'D8', 'TB', 'LH', 'TK', 'HV'])}${rng.int(100, 9899)}`;
const gds = (p) => `${ascii(p.last).toUpperCase().replace(/[ -]/g, '')}/${ascii(p.first).toUpperCase().replace(/[ -]/g, '')}`;
const ddmon = (iso) => { const [y, m, d] = iso.split('-'); return `${d}${MON[Number(m) - 1]}${y.slice(2)}`; };

export default function resebyra(C) {
  const rng = new Rng('resebyra');
  const o = org(rng, { name: 'Resfeber Resor AB', domain: 'resfeber-resor.se', area: '8' });
  const agents = people(rng, 6, { cp1252: true });
  const passport = () => `${letters(rng, 2)}${num(rng, 7)}`;

  // 1. Booking list, cp1252 ';', travellers as SURNAME/GIVEN.
  {
    const R = C.at('resebyra/bokningar_2026.csv'); const rows = [['Bokningsref', 'Resenär', 'Personnummer', 'Mobil', 'E-post', 'Destination', 'Avresa', 'Flyg', 'Hotell', 'Pris', 'Handläggare']];
    for (const c of customers(rng, 48, { cp1252: true })) {
      rows.push([R.n(null, 'booking-ref', locator(rng)), T(R, 'name', nameAs(c.p, 'passport')), T(R, 'personnummer', c.pn), T(R, 'phone', c.ph), rng.chance(0.7) ? T(R, 'email', c.em) : '',
        R.n('name', 'place', rng.chance(0.3) ? rng.pick(LOOKALIKE.place) : rng.pick(DEST)), R.n(null, 'date', date(rng, '2026-12-01', '2027-04-30')), R.n(null, 'flight-number', flight(rng)),
        R.n('name', 'hotel', rng.pick(LOOKALIKE.hotel)), R.n(null, 'amount', amount(rng, 4000, 60000)), R.t('name', rng.pick(agents).full, 'staff')]);
    }
    C.put(R.file, ...Object.values(csv(rows, { sep: ';', enc: 'cp1252' })));
  }
  // 2. Charter passenger list (PDF): GDS name order with titles, seats, flights.
  {
    const R = C.at('resebyra/passagerarlista_charter.pdf'); const pages = []; const fl = R.n(null, 'flight-number', flight(rng));
    let lines = [{ text: `Passagerarlista ${fl} ARN–${R.n('name', 'place', rng.pick(DEST))}`, size: 13, bold: true }, `Avgång ${R.n(null, 'date', date(rng, '2026-12-01'))} · Rapport skapad av ${R.t('name', agents[0].full, 'staff')}`, ''];
    for (const [i, c] of customers(rng, 44, { cp1252: true }).entries()) {
      if (i && i % 22 === 0) { pages.push(lines); lines = [{ text: `Passagerarlista ${fl} (forts.)`, bold: true }, '']; }
      lines.push(`${String(i + 1).padStart(3)}  ${R.t('name', gds(c.p), 'passport-ascii')} ${rng.pick(['MR', 'MRS', 'MS', 'MSTR', 'MISS'])}   ${rng.int(1, 33)}${'ABCDEF'[rng.int(0, 5)]}   ${R.n(null, 'booking-ref', locator(rng))}   ${rng.chance(0.5) ? T(R, 'phone', c.ph) : ''}`);
    }
    lines.push('', footer(R, o, ['orgnr', 'switchboard'])); pages.push(lines);
    C.put(R.file, ...Object.values(pdf(pages, { title: 'Passagerarlista' })));
  }
  // 3. Booking API export: lead booker + co-travellers with split name fields.
  {
    const R = C.at('resebyra/bokningar_api.json'); const bookings = [];
    for (const c of customers(rng, 20)) {
      const co = rng.chance(0.7) ? [kin(rng, c.p), ...(rng.chance(0.5) ? [kin(rng, c.p)] : [])] : [];
      const pax = [c.p, ...co].map((p, i) => { C.joined(R.file, p.first, p.last); return { paxId: i + 1, givenName: p.first, surname: p.last, title: rng.pick(['MR', 'MRS', 'MS']),
        dateOfBirth: R.n(null, 'date', date(rng, '1950-01-01', '2019-12-31')), passportNo: R.n(null, 'passport-number', passport()), ...(i === 0 ? { nationalId: T(R, 'personnummer', c.pn) } : {}) }; });
      bookings.push({ bookingRef: R.n(null, 'booking-ref', locator(rng)), created: isoTs(rng, date(rng)), contact: { phone: T(R, 'phone', c.ph), email: T(R, 'email', c.em) },
        travellers: pax, segments: [{ flight: R.n(null, 'flight-number', flight(rng)), from: 'ARN', to: rng.pick(['ALC', 'CHQ', 'HKT', 'LPA', 'AYT', 'SPU']), date: date(rng, '2026-12-01', '2027-04-01') }],
        hotel: { name: R.n('name', 'hotel', rng.pick(LOOKALIKE.hotel)), confirmation: R.n(null, 'hotel-confirmation', num(rng, 8)) }, total: { amount: rng.int(5000, 70000), currency: 'SEK' } });
    }
    C.put(R.file, `${JSON.stringify({ source: 'tripcore-api', exported: '2026-11-24T06:00:00Z', bookings }, null, 2)}\n`);
  }
  // 4. Customer mail: co-travellers added, English-speaking travellers, agents' replies quoting.
  {
    const R = C.at('resebyra/kundmejl.mbox'); const msgs = [];
    for (let i = 0; i < 12; i++) {
      const intl = rng.chance(0.3); const c = customers(rng, 1, { intl, ...(intl ? { phoneKind: 'foreign' } : {}) })[0]; const a = rng.pick(agents); const d = date(rng); const ref = R.n(null, 'booking-ref', locator(rng));
      const co = kin(rng, c.p); const coPn = pnr(rng);
      const text = intl ? `Hello,\nI booked trip ${ref} to ${R.n('name', 'place', rng.pick(LOOKALIKE.place))} and would like to add my partner ${R.t('name', co.full, 'full')}. My number is ${T(R, 'phone', c.ph)}.\n\nKind regards,\n${R.t('name', c.p.full, 'full')}`
        : `${rng.pick(['Hej!', 'Hej,', 'Hejsan'])}\nVi har bokning ${ref}. Kan ni lägga till ${rng.pick(['min sambo', 'min man', 'min fru', 'vår son'])} ${T(R, 'name', nameAs(co, rng.chance(0.8) ? 'full' : 'lower'))}, pnr ${T(R, 'personnummer', coPn)}? Hotellet ${R.n('name', 'hotel', rng.pick(LOOKALIKE.hotel))} har plats enligt deras sajt.\n\n${signoff(rng)}\n${R.t('name', c.p.full, 'full')}\n${T(R, 'phone', c.ph)}`;
      msgs.push({ from: [c.p.full, R.t('email', c.em.value, 'personal')], to: [['Resfeber Resor', role(R, o, 3)]], subject: `${intl ? 'Add traveller' : 'Lägga till resenär'} ${ref}`, date: mailDate(rng, d), id: `rr${i}.${num(rng, 8)}@mail.example`, enc: rng.pick(['qp', 'b64', '8bit']), text, mboxDate: 'Tue Nov 24 09:00:00 2026' });
      if (rng.chance(0.7)) {
        const reply = `${greet(rng, R.n('name', 'lone-first-name', c.p.first))}\n${intl ? 'Done! Your booking now lists:' : 'Klart! Bokningen omfattar nu:'}\n  1. ${R.t('name', gds(c.p), 'passport-ascii')}\n  2. ${R.t('name', gds(co), 'passport-ascii')}\nFlyg ${R.n(null, 'flight-number', flight(rng))}, avresa ${R.n(null, 'date', date(rng, '2026-12-01'))}. Tillägg ${R.n(null, 'amount', amount(rng, 2000, 15000))} betalas till bankgiro ${R.n(null, 'bankgiro', o.bg)} med OCR ${R.n(null, 'ocr', num(rng, 12))}.\n\n${R.t('name', a.full, 'staff')}\nResfeber Resor · ${R.t('email', workEmail(a, o.domain), 'staff')}\nJour dygnet runt: ${R.n('phone', 'service-line', o.service)}\n\n${quote(c.p.full, d, text)}`;
        msgs.push({ from: [a.full, workEmail(a, o.domain)], to: [[c.p.full, c.em.value]], subject: `SV: ${ref}`, date: mailDate(rng, d), id: `rr${i}r.${num(rng, 8)}@resfeber-resor.se`, enc: 'qp', text: reply, mboxDate: 'Tue Nov 24 09:05:00 2026' });
      }
    }
    C.put(R.file, ...Object.values(mbox(msgs)));
  }
  // 5. Itineraries as iCalendar: flights and hotel nights with travellers as attendees.
  {
    const R = C.at('resebyra/reseplaner.ics'); const ev = [];
    for (const [i, c] of customers(rng, 16).entries()) {
      const d = date(rng, '2026-12-01', '2027-03-31').replace(/-/g, ''); const f = R.n(null, 'flight-number', flight(rng)); const co = kin(rng, c.p);
      ev.push({ uid: `itin-${i}-${num(rng, 7)}@resfeber-resor.se`, start: `${d}T0705${'00'}`, end: `${d}T1140${'00'}`, summary: `Flyg ${f} ARN–${rng.pick(['ALC', 'CHQ', 'HKT'])} (${R.t('name', c.p.full, 'full')} m.fl.)`,
        description: `Bokning ${R.n(null, 'booking-ref', locator(rng))}\nResenärer: ${R.t('name', gds(c.p), 'passport-ascii')}\, ${R.t('name', gds(co), 'passport-ascii')}\nKontakt: ${T(R, 'phone', c.ph)}`, location: `Terminal 5, Arlanda`,
        organizer: ['Resfeber Resor', role(R, o, 3)], attendees: [[c.p.full, T(R, 'email', c.em)], ...(rng.chance(0.5) ? [[R.t('name', co.full, 'full'), R.t('email', email(rng, co).value, 'personal')]] : [])] });
      ev.push({ uid: `hotel-${i}-${num(rng, 7)}@resfeber-resor.se`, start: `${d}T1500${'00'}`, end: `${d}T2300${'00'}`, summary: `Incheckning ${R.n('name', 'hotel', rng.pick(LOOKALIKE.hotel))}`, location: R.n('name', 'place', rng.pick(LOOKALIKE.place)) });
    }
    C.put(R.file, ...Object.values(ics(ev, { prodid: '-//Resfeber//Reseplan 2.0//SV' })));
  }
  // 6. Complaints and the agency's answers (.docx).
  {
    const R = C.at('resebyra/reklamationer_2026.docx'); const blocks = [{ h: 'Reklamationer – sammanställning' }];
    for (const c of customers(rng, 6)) {
      const a = rng.pick(agents); const ref = R.n(null, 'booking-ref', locator(rng));
      blocks.push({ h: `Ärende ${R.n(null, 'case-number', `REK-2026-${num(rng, 4)}`)}` }, { table: [['Resenär', R.t('name', c.p.full, 'full')], ['Personnummer', T(R, 'personnummer', c.pn)], ['Telefon', T(R, 'phone', c.ph)], ['Bokning', ref], ['Hotell', R.n('name', 'hotel', rng.pick(LOOKALIKE.hotel))]] },
        `Resenären uppger att ${rng.pick(['poolen var stängd hela veckan', 'transfern aldrig kom', 'rummet inte motsvarade beskrivningen', 'flyget försenades elva timmar'])}. Medresenär ${R.t('name', kin(rng, c.p).full, 'co-traveller')} bekräftar.`,
        { runs: ['Beslut: ersättning ', R.n(null, 'amount', amount(rng, 500, 8000)), ' betalas ut. Handläggare ', R.t('name', a.full, 'staff'), '.'] });
    }
    blocks.push(footer(R, o, ['orgnr', 'bg', 'iban']));
    C.put(R.file, ...Object.values(docx(blocks, { creator: agents[1].full })));
    R.t('name', agents[1].full, 'staff');
  }
  // 7. Emergency line SMS log (travellers abroad write fast, lower case).
  {
    const R = C.at('resebyra/jourtelefon_sms.txt'); const out = [`# SMS-logg jourtelefon ${o.service} – export ${'2026-11-24'}`];
    R.n('phone', 'service-line', o.service);
    for (const c of customers(rng, 34, { phoneKind: 'mobile' })) {
      const ts = `${date(rng, '2026-10-01')} ${hhmm(rng)}`; const n = T(R, 'phone', rng.chance(0.5) ? phone(rng, 'foreign') : c.ph);
      out.push(`${ts} IN  ${n}: ${rng.pick([() => `hej vi har missat flyget i ${R.n('name', 'place', rng.pick(DEST).toLowerCase())}`, () => `det är ${T(R, 'name', nameAs(c.p, 'lower'))}, bokning ${R.n(null, 'booking-ref', locator(rng))}, transfern kom aldrig`, () => `min mamma ${T(R, 'name', nameAs(kin(rng, c.p), 'lower'))} har tappat passet, vad gör vi`, () => `ring ${T(R, 'phone', phone(rng, 'foreign'))} asap`])()}`);
      out.push(`${ts} UT  ${n}: Hej! Jouren här, ${R.n('name', 'lone-first-name', rng.pick(LONE))}. Vi ringer dig inom 15 min. /Resfeber`);
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 8. GDS print-outs (Amadeus-style PNR displays).
  {
    const R = C.at('resebyra/gds_utskrift.txt'); const out = [];
    for (const c of customers(rng, 18)) {
      const co = rng.chance(0.6) ? kin(rng, c.p) : null; const d = date(rng, '2026-12-01', '2027-03-31'); const f = flight(rng);
      out.push(`RP/STOS2${num(rng, 4)}/STOS2${num(rng, 4)}            AA/SU  ${ddmon(date(rng)).slice(0, 5)}/${hhmm(rng).replace(':', '')}Z   ${R.n(null, 'booking-ref', locator(rng))}`,
        `  1.${R.t('name', gds(c.p), 'passport-ascii')} ${rng.pick(['MR', 'MRS', 'MS'])}${co ? `   2.${R.t('name', gds(co), 'passport-ascii')} ${rng.pick(['MR', 'MRS', 'MSTR'])}` : ''}`,
        `  3  ${R.n(null, 'flight-number', f).padEnd(7)} Y ${ddmon(d).slice(0, 5)} ${rng.int(1, 7)} ARN${rng.pick(['ALC', 'CHQ', 'HKT', 'LPA'])} HK${co ? 2 : 1}  0705 1140   *1A/E*`,
        `  4 AP STO ${R.n('phone', 'switchboard', o.switchboard)} - RESFEBER RESOR - A`,
        `  5 APM ${T(R, 'phone', phone(rng, 'mobile', 'e164'))}/P1`,
        `  6 APE ${R.t('email', c.em.value.toUpperCase(), 'caps')}/P1`,
        `  7 SSR DOCS ${f.slice(0, 2)} HK1 P/SWE/${R.n(null, 'passport-number', passport())}/SWE/${ddmon(date(rng, '1950-01-01', '2005-12-31'))}/${rng.pick(['F', 'M'])}/${ddmon(date(rng, '2028-01-01', '2035-12-31'))}/${gds(c.p)}/P1`,
        `  8 TKOK ${ddmon(date(rng)).slice(0, 5)}/STOS2${num(rng, 4)}`, `  9 FE PAX NONREF/ ${R.n(null, 'amount', `SEK${rng.int(3000, 40000)}`)}`, '');
    }
    C.put(R.file, out.join('\n'));
  }
}
