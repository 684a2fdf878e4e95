// Tenth set — sjukresor/: the invented Region Västerdal's patient-transport booking centre. A booking-API JSON
// export (given/family name fields), the booking desk's phone log, a dispatch .ics, confirmation letters (.pdf),
// a deviation-report CSV and drivers' vCards. Entry codes, booking numbers, plates and clinics are near-misses.
import { Rng, person, people, nameAs, nameStyle, pnr, phone, email, workEmail, date, hhmm, num, badPnr, serviceLine, postcode, street, plate, csv, pdf, amount, safe } from './core.mjs';

const DOM = 'vasterdal-sjukresor.example';
const CLINICS = ['Västerdals sjukhus, Ortopeden', 'Vårdcentralen Björkhagen', 'Dialysen plan 3', 'Ögonmottagningen Centrallasarettet', 'Onkologen, Hus 12', 'Röntgen, Ingång B'];
const CITIES = ['Mora', 'Orsa', 'Älvdalen', 'Rättvik', 'Leksand', 'Vansbro'];
const code = (rng) => `${rng.int(1000, 9999)}${rng.chance(0.3) ? '#' : ''}`;
const rid = (rng) => safe(() => `SR-${rng.int(26000, 26999)}-${num(rng, 5)}`);

export default function transport(C) {
  const rng = new Rng('transport');
  const desk = people(rng, 5, { cp1252: true }); const drivers = people(rng, 8, { cp1252: false });
  const patientId = (rng) => pnr(rng, rng.chance(0.08) ? { samord: true, minYear: 1950, maxYear: 1990 } : rng.chance(0.07) ? { minYear: 1918, maxYear: 1925, style: 'plus' } : { minYear: 1930, maxYear: 2003 });

  // 1. Booking API export (JSON)
  {
    const f = 'sjukresor/bokningar-api.json'; const R = C.at(f); const bookings = [];
    for (let i = 0; i < 160; i++) {
      const p = person(rng); const id = patientId(rng); const tel = phone(rng); const comp = rng.chance(0.35) ? person(rng) : null; const ct = comp ? phone(rng, 'mobile', 'compact') : null;
      C.joined(f, p.first, p.last); R.t('personnummer', id.value, id.subtype); R.t('phone', tel.value, tel.subtype);
      if (comp) { R.t('name', comp.full, 'companion'); R.t('phone', ct.value, ct.subtype); }
      bookings.push({ bookingId: R.n(null, 'booking-number', rid(rng)), createdAt: R.n(null, 'timestamp', `${date(rng)}T${hhmm(rng)}:00+01:00`),
        patient: { firstName: p.first, lastName: p.last, personalIdentityNumber: id.value, phone: tel.value, needsWheelchair: rng.chance(0.3) },
        pickup: { street: R.n(null, 'street', street(rng)), postalCode: R.n(null, 'postcode', postcode(rng)), city: rng.pick(CITIES), entryCode: R.n(null, 'entry-code', code(rng)), floor: rng.int(0, 6) },
        destination: rng.pick(CLINICS), appointment: R.n(null, 'time', `${date(rng)} ${hhmm(rng)}`),
        companion: comp ? { name: comp.full, relation: rng.pick(['dotter', 'son', 'make', 'maka', 'granne', 'god man']), phone: ct.value } : null,
        vehicle: { type: rng.pick(['taxi', 'rullstolstaxi', 'liggande']), plate: R.n(null, 'plate', plate(rng)) }, fee: R.n(null, 'amount', `${rng.pick([100, 120, 150])} kr`) });
    }
    C.put(f, `${JSON.stringify({ apiVersion: R.n(null, 'version', '3.2.0'), generated: '2026-11-21T06:00:00+01:00', bookings }, null, 2)}\n`);
  }

  // 2. Booking desk phone log (sloppy plain text)
  {
    const f = 'sjukresor/telefonlogg-bestallning.txt'; const R = C.at(f); const out = [`Beställningscentralen ${R.n('phone', 'service-line', '0771-11 00 22')} – logg vecka 44–47`, ''];
    for (let i = 0; i < 220; i++) {
      const p = person(rng); const id = patientId(rng); const tel = phone(rng); const d = desk[i % desk.length]; const st = nameStyle(rng); const nm = nameAs(p, st);
      const rel = person(rng, { origin: p.origin }); const rt = phone(rng, 'mobile');
      const t = rng.pick([
        () => `${R.t('name', nm.value, nm.subtype)} ${R.t('personnummer', id.value, id.subtype)} bokar resa till ${rng.pick(CLINICS)} ${R.n(null, 'time', hhmm(rng))}, tel ${R.t('phone', tel.value, tel.subtype)}`,
        () => `dottern ${R.t('name', rel.full, 'relative')} ringde (${R.t('phone', rt.value, rt.subtype)}) ang pappa ${R.t('name', p.full, 'patient')}, pnr ${R.t('personnummer', id.value, id.subtype)} – avbokar ${R.n(null, 'booking-number', rid(rng))}`,
        () => `följeslagare: ${R.t('name', rel.full, 'companion')} åker med ${R.t('name', p.full, 'patient')}. portkod ${R.n(null, 'entry-code', code(rng))}, hiss finns`,
        () => `${R.t('name', nameAs(p, 'lower').value, 'lower')} klagar på sen bil ${R.n(null, 'plate', plate(rng))}, vill ha återkoppling på ${R.t('phone', tel.value, tel.subtype)}`,
        () => `pat. uppgav pnr ${R.n('personnummer', 'bad-luhn-pnr', badPnr(rng, 'bad-luhn'))} – stämmer ej, bad om nytt. Ring ${R.t('name', p.full, 'patient')} ${R.t('phone', tel.value, tel.subtype)}`,
      ])();
      out.push(`${R.n(null, 'date', date(rng, '2026-10-26', '2026-11-20'))} ${hhmm(rng)} [${d.first.toLowerCase()}] ${t}`);
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 3. Dispatch calendar (.ics)
  {
    const f = 'sjukresor/trafikledning.ics'; const R = C.at(f); const ev = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Vasterdal//Trafikledning 5.1//SV', 'CALSCALE:GREGORIAN'];
    for (let i = 0; i < 60; i++) {
      const p = person(rng); const dr = rng.pick(drivers); const d = date(rng, '2026-11-23', '2026-12-18').replace(/-/g, ''); const h = String(rng.int(6, 17)).padStart(2, '0'); const tel = phone(rng, 'mobile', 'intl');
      const comp = rng.chance(0.3) ? person(rng) : null; const de = workEmail(dr, DOM);
      R.t('name', p.full, 'patient'); R.t('phone', tel.value, tel.subtype); R.t('name', dr.full, 'staff'); R.t('email', de, 'staff');
      const desc = `Patient: ${p.full}\\, tel ${tel.value}\\nHämtas: ${R.n(null, 'street', street(rng))}\\, portkod ${R.n(null, 'entry-code', code(rng))}${comp ? `\\nFöljeslagare: ${R.t('name', comp.full, 'companion')}` : ''}\\nMål: ${rng.pick(CLINICS).replace(/,/g, '\\,')}`;
      ev.push('BEGIN:VEVENT', `UID:${R.n(null, 'uid', `${rid(rng)}@${DOM}`)}`, `DTSTAMP:20261120T060000Z`, `DTSTART:${d}T${h}1500`, `DTEND:${d}T${h}5500`,
        `SUMMARY:Sjukresa – ${p.full}`, `DESCRIPTION:${desc}`, `ORGANIZER;CN=Trafikledningen:mailto:${R.n('email', 'role-email', `trafikledning@${DOM}`)}`, `ATTENDEE;CN=${dr.full};ROLE=REQ-PARTICIPANT:mailto:${de}`, 'END:VEVENT');
    }
    ev.push('END:VCALENDAR');
    C.put(f, `${ev.join('\r\n')}\r\n`, ev.join('\n').replace(/\\,/g, ',').replace(/\\n/g, '\n'));
  }

  // 4. Confirmation letters (.pdf, two pages each)
  for (let k = 0; k < 3; k++) {
    const f = `sjukresor/bekraftelse-${k + 1}.pdf`; const R = C.at(f); const p = person(rng, { cp1252: true }); const id = patientId(rng); const g = person(rng, { cp1252: true }); const gt = phone(rng, 'mobile', 'grouped'); const s = desk[k];
    const p1 = [{ text: 'Region Västerdal – Sjukresor', size: 14, bold: true }, '', R.t('name', k === 2 ? nameAs(p, 'caps').value : p.full, k === 2 ? 'caps' : 'patient'), R.n(null, 'street', street(rng)), `${R.n(null, 'postcode', postcode(rng))} ${rng.pick(CITIES)}`, '',
      'BEKRÄFTELSE AV SJUKRESA', `Personnummer: ${R.t('personnummer', id.value, id.subtype)}`, `Bokningsnummer: ${R.n(null, 'booking-number', rid(rng))}`, `Hämtning: ${R.n(null, 'time', `${date(rng)} kl. ${hhmm(rng)}`)}`,
      `Resmål: ${rng.pick(CLINICS)}`, `Följeslagare: ${R.t('name', g.full, 'companion')} (${R.t('phone', gt.value, gt.subtype)})`, `Egenavgift: ${R.n(null, 'amount', amount(rng, 100, 300))}`];
    const p2 = ['Sida 2', 'Avbokning senast två timmar före hämtning, annars debiteras avgift.', `Beställningscentralen: ${R.n('phone', 'service-line', '0771-11 00 22')}`, `Handläggare: ${R.t('name', s.full, 'staff')}`, `Bankgiro för avgifter: ${R.n(null, 'bankgiro', '5050-1055')}`];
    const o = pdf([p1, p2], { title: 'Bekräftelse sjukresa' }); C.put(f, o.bytes, o.text);
  }

  // 5. Deviation reports (CSV, UTF-8 BOM, `;`) and 6. drivers' vCards
  {
    const f = 'sjukresor/avvikelser-2026.csv'; const R = C.at(f); const rows = [['Datum', 'Resa', 'Patient', 'Förare', 'Fordon', 'Beskrivning', 'Kontakt']];
    for (let i = 0; i < 120; i++) {
      const p = person(rng); const dr = rng.pick(drivers); const tel = phone(rng); const nm = nameAs(p, rng.pick(['full', 'reversed', 'caps-reversed']));
      rows.push([R.n(null, 'date', date(rng)), R.n(null, 'booking-number', rid(rng)), R.t('name', nm.value, nm.subtype), R.t('name', dr.full, 'staff'), R.n(null, 'plate', plate(rng)),
        rng.pick([() => 'Bilen kom 40 min sent', () => 'Patienten ej hemma', () => 'Rullstol fick ej plats', () => `Fel portkod angiven (${R.n(null, 'entry-code', code(rng))})`, () => 'Föraren hjälpte inte med väskan', () => `Svar: Hej ${R.n('name', 'lone-first-name', p.first)}, vi beklagar`])(),
        R.t('phone', tel.value, tel.subtype)]);
    }
    const o = csv(rows, { sep: ';', bom: true }); C.put(f, o.bytes, o.text);
    const g = 'sjukresor/forare.vcf'; const G = C.at(g); const cards = [];
    for (const dr of drivers) {
      const m = phone(rng, 'mobile', rng.pick(['e164', 'intl', 'dash'])); const pe = email(rng, dr);
      G.t('name', dr.full, 'staff'); G.t('phone', m.value, m.subtype); G.t('email', pe.value, pe.subtype); G.t('email', workEmail(dr, DOM), 'staff');
      cards.push(['BEGIN:VCARD', 'VERSION:3.0', `N:${dr.last};${dr.first};;;`, `FN:${dr.full}`, `ORG:${G.n(null, 'company', rng.pick(['Dalataxi AB', 'Siljans Färdtjänst AB', 'Orsa Buss & Taxi AB']))}`, `TEL;TYPE=CELL:${m.value}`,
        `TEL;TYPE=WORK:${G.n('phone', 'switchboard', '0250-55 20 00')}`, `EMAIL;TYPE=HOME:${pe.value}`, `EMAIL;TYPE=WORK:${workEmail(dr, DOM)}`, `NOTE:Förarlegitimation ${G.n(null, 'licence-number', `TL-${num(rng, 6)}`)}`, 'END:VCARD'].join('\r\n'));
    }
    C.put(g, `${cards.join('\r\n')}\r\n`);
  }
}
