// Seventh blind set — hotell/: a hotel chain (booking export with multi-line requests, guest register with foreign
// guests, complaint mails, booking confirmations as PDF, an OTA-style XML reservation feed, guest Wi-Fi log).
import { Rng, makePerson, sDate, sTime, sTimeS, safeDigits, street, postcode, CITIES } from './lib.mjs';
import { N } from './lib.mjs';
import { csv, xlsx, eml, pdf, rfcDate, xmlEsc } from './formats.mjs';
import { customer, nm, pn, ph, em, fph, ip, nBadDate, nOrg, nService, nRole, nLone, nCompany, nPlace } from './mk.mjs';

const HOTELS = ['Hotell Gustaf Lindqvist', 'Villa Margareta', 'Hotel Carl Fredrik', 'Stadshotellet Norra', 'Pensionat Anna Lisa'];
const NAT = [['FI', 'finnish'], ['PL', 'polish'], ['ES', 'spanish'], ['GB', 'english'], ['TR', 'turkish'], ['CN', 'chinese'], ['VN', 'vietnamese'], ['TH', 'thai'], ['BA', 'bcs'], ['NO', 'sami']];

export default function build(C) {
  const rng = new Rng('hotel');
  const staff = Array.from({ length: 5 }, () => makePerson(rng, { origin: 'swedish' }));
  const hotelsNear = (R) => { for (const h of HOTELS) R.n('name', 'hotel-named-after-person', h); };

  // 1. booking export: comma, UTF-8, multi-line quoted requests
  {
    const R = C.at('hotell/bokningar_export_2025-06.csv');
    const rows = [['booking_ref', 'hotel', 'arrival', 'nights', 'guest_name', 'guest_email', 'guest_phone', 'adults', 'total_sek', 'special_requests']];
    for (let i = 0; i < N(60); i++) {
      const c = customer(rng);
      const h = rng.pick(HOTELS);
      let req = rng.pick(['', 'Sen ankomst', 'Allergi: nötter', 'Extrasäng', 'Rum med utsikt mot sjön']);
      if (rng.chance(0.25)) { const co = makePerson(rng); req += `\nMedresenär: ${nm(R, co)}`; }
      if (rng.chance(0.15)) req += `\nNås på ${ph(R, rng, c, 'intl')} efter 18`;
      rows.push([R.n(null, 'booking-number', `HB${safeDigits(rng, 7, '4')}`), h, R.n(null, 'date', sDate(rng, '2025-06-01', '2025-08-31')), rng.int(1, 6),
        nm(R, c), em(R, c), c.origin === 'swedish' ? ph(R, rng, c) : fph(R, rng), rng.int(1, 3), rng.int(900, 14000), req]);
    }
    hotelsNear(R);
    const o = csv(rows, { sep: ',' });
    C.put(R.file, o.bytes, o.text);
  }

  // 2. guest register with foreign guests
  {
    const R = C.at('hotell/gastregister_2025-06.xlsx');
    const rows = [['Ankomst', 'Efternamn', 'Förnamn', 'Nationalitet', 'Passnr', 'Födelsedatum', 'Telefon', 'E-post', 'Rum']];
    for (let i = 0; i < N(50); i++) {
      const [nat, origin] = rng.pick(NAT);
      const g = customer(rng, { origin });
      C.joined(R.file, g.first, g.last);
      rows.push([sDate(rng, '2025-06-01', '2025-06-29'), g.last, g.first, nat, R.n(null, 'passport-number', `${nat}${safeDigits(rng, 7, '5')}`),
        R.n(null, 'date', `${g.pnr.y}-${String(g.pnr.m).padStart(2, '0')}-${String(g.pnr.d).padStart(2, '0')}`), fph(R, rng), em(R, g), rng.int(101, 540)]);
    }
    for (let i = 0; i < 12; i++) {
      const g = customer(rng, { origin: 'swedish' });
      C.joined(R.file, g.first, g.last);
      rows.push([sDate(rng, '2025-06-01', '2025-06-29'), g.last, g.first, 'SE', '', pn(R, rng, g, 'long'), ph(R, rng, g), em(R, g), rng.int(101, 540)]);
    }
    const x = xlsx([{ name: 'Gäster', rows }, { name: 'Info', rows: [['Hotell', 'Växel', 'Reception'], ...HOTELS.map((h, i) => [nCompany(R, h), nService(R, rng), nRole(R, `reception${i + 1}@hotellkedjan.example`)])] }], { creator: 'PMS export' });
    C.put(R.file, x.bytes, x.text);
  }

  // 3–4. complaint mails
  for (const [fname, enc, mode] of [['klagomal_rum412.eml', 'qp', 'Q'], ['complaint_breakfast.eml', 'b64', 'B']]) {
    const R = C.at(`hotell/${fname}`);
    const english = enc === 'b64';
    const c = customer(rng, { origin: english ? 'english' : 'swedish' }); const s = rng.pick(staff);
    const hotel = rng.pick(HOTELS); nCompany(R, hotel);
    const text = english
      ? `Dear Sir or Madam,\n\nMy wife and I stayed at ${hotel} on ${R.n(null, 'date', '14 June 2025')} (booking ${R.n(null, 'booking-number', `HB${safeDigits(rng, 7, '4')}`)}). Breakfast was cold and the staff member, ${nm(R, s, 'full', 'staff')}, was rude.\nPlease call me on ${fph(R, rng)} or reply to this address.\n\nKind regards,\n${nm(R, c)}\n`
      : `Hej!\n\nVi bodde i rum 412 på ${hotel} ${R.n(null, 'date', '2025-06-07')}–${R.n(null, 'date', '2025-06-09')}. AC:n fungerade inte och ingen kom trots att vi ringde receptionen tre gånger.\nJag vill ha tillbaka ${R.n(null, 'amount', '1 450 kr')}.\n\nHälsningar\n${nm(R, c)}\n${ph(R, rng, c)}\n${street(rng)}, ${R.n(null, 'postal-code', postcode(rng))} ${nPlace(R, rng.pick(CITIES))}\n`;
    const reply = english ? '' : `\n\nHej ${nLone(R, c.first)},\nvi beklagar. /${nm(R, s, 'full', 'staff')}, Guest Relations, ${nRole(R, 'guestrelations@hotellkedjan.example')}\n`;
    const html = `<p>${xmlEsc(text).replace(/\n/g, '<br>')}</p>`;
    const o = eml({ from: [`${c.first} ${c.last}`, em(R, c)], to: [['Hotellkedjan Guest Relations', 'guestrelations@hotellkedjan.example']], subject: english ? 'Complaint – breakfast' : 'Klagomål rum 412',
      date: rfcDate('2025-06-16', '21:03:11'), id: `${fname}.${safeDigits(rng, 6, '3')}@mail.example`, text: text + reply, html, htmlText: html, enc, hdrMode: mode });
    nm(R, c); nRole(R, 'guestrelations@hotellkedjan.example');
    C.put(R.file, o.bytes, o.text);
  }

  // 5–6. booking confirmations (PDF)
  for (let k = 0; k < 3; k++) {
    const ref = `HB${safeDigits(rng, 7, '4')}`;
    const R = C.at(`hotell/bekraftelse_${ref}.pdf`);
    R.n(null, 'booking-number', ref);
    const c = customer(rng, { cp1252: true }); const hotel = rng.pick(HOTELS);
    const lines = [{ text: nCompany(R, hotel), size: 16, bold: true }, `Org.nr ${nOrg(R, rng)}  ·  Växel ${nService(R, rng)}`, '', { text: 'Bokningsbekräftelse', size: 13, bold: true },
      `Bokningsnummer: ${ref}`, `Gäst: ${nm(R, c)}`, `E-post: ${em(R, c)}`, `Mobil: ${ph(R, rng, c, 'grouped')}`,
      `Ankomst: ${R.n(null, 'date', sDate(rng, '2025-07-01', '2025-08-31'))}   Nätter: ${rng.int(1, 5)}`, `Rumstyp: Dubbelrum Superior`,
      `Att betala: ${R.n(null, 'amount', `${rng.int(1, 9)} ${rng.int(100, 999)},00 SEK`)}`, '', `Välkommen, ${nLone(R, c.first)}!`,
      `Avbokning senast 24 h före ankomst på ${nRole(R, 'bokning@hotellkedjan.example')}.`, `IBAN ${R.n(null, 'iban', 'SE45 5000 0000 0583 9825 7466')}`];
    if (k === 1) lines.push('', `Medresenär: ${nm(R, makePerson(rng, { cp1252: true }))}`, `Faktureras: ${nCompany(R, 'Johansson & Ek Bygg AB')}, ref ${nm(R, makePerson(rng, { cp1252: true }), 'reversed')}`);
    const o = pdf([lines], { title: `Bokningsbekräftelse ${ref}` });
    C.put(R.file, o.bytes, o.text);
  }

  // 7. OTA-style XML reservations
  {
    const R = C.at('hotell/reservationer_ota_2025-06-30.xml');
    const res = [];
    for (let i = 0; i < N(30); i++) {
      const c = customer(rng); const ref = R.n(null, 'booking-number', `OTA-${safeDigits(rng, 9, '7')}`);
      C.joined(R.file, c.first, c.last);
      const tel = c.origin === 'swedish' ? ph(R, rng, c, 'e164') : fph(R, rng);
      res.push(`  <HotelReservation ResID="${ref}" CreateDateTime="${sDate(rng, '2025-05-01', '2025-06-29')}T${sTimeS(rng)}">
    <Profile><Customer><PersonName><GivenName>${xmlEsc(c.first)}</GivenName><Surname>${xmlEsc(c.last)}</Surname></PersonName>
      <Telephone PhoneNumber="${tel}"/><Email>${em(R, c)}</Email></Customer></Profile>
    <RoomStay Hotel="${xmlEsc(rng.pick(HOTELS))}" Start="${sDate(rng, '2025-07-01', '2025-09-30')}" Nights="${rng.int(1, 7)}" AmountAfterTax="${rng.int(900, 12000)}.00" Currency="SEK"/>
    <Comments>${rng.chance(0.3) ? `Booked from ${ip(R, rng)}` : 'Non-smoking'}</Comments>
  </HotelReservation>`);
    }
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<OTA_ResRetrieveRS Version="${R.n(null, 'version', '2019.1')}" xmlns="http://www.opentravel.org/OTA/2003/05">\n<ReservationsList>\n${res.join('\n')}\n</ReservationsList>\n</OTA_ResRetrieveRS>\n`;
    hotelsNear(R);
    C.put(R.file, text, text.replace(/&amp;/g, '&').replace(/&apos;/g, "'"));
  }

  // 8. guest Wi-Fi captive portal log
  {
    const R = C.at('hotell/wifi_portal_2025-06-28.log');
    const lines = [];
    for (let i = 0; i < N(60); i++) {
      const g = customer(rng);
      const mac = Array.from({ length: 6 }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join(':');
      const dev = rng.chance(0.7) ? ip(R, rng, 'private') : ip(R, rng, 'v6');
      lines.push(`2025-06-28T${sTimeS(rng)}+02:00 portal[${rng.int(1000, 9999)}]: accept room=${rng.int(101, 540)} lastname="${xmlEsc(g.last)}" mac=${R.n(null, 'mac-address', mac)} ip=${dev} gw=${R.n('ip', 'server-ip', '192.168.0.1')}`);
      if (rng.chance(0.2)) lines.push(`2025-06-28T${sTimeS(rng)}+02:00 portal[${rng.int(1000, 9999)}]: voucher sms sent to ${ph(R, rng, g, 'e164')}`);
    }
    C.put(R.file, lines.join('\n') + '\n');
  }
  void sTime; void pn; void nBadDate;
}
