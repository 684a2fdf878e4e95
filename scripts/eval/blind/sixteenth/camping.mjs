// Sixteenth set — a camping and holiday-village booking desk (camping/): booking export (UTF-8, multi-line notes),
// guest register (.xlsx, pets and vehicles), reviews (JSON), channel-manager reservations (OTA-like XML), the guest
// Wi-Fi portal log, guest mail in English, German and Swedish (mbox), a WhatsApp export of the reception's phone,
// HTML-only cancellation mail, an arrivals list (PDF), the cleaning schedule (Markdown), staff vCards, POS
// transactions (TSV). Guests from Germany, the Netherlands, Norway and Denmark with their own phone styles.
import { pf, Rng, person, people, kin, N, P, Ph, E, T, phone, pnr, email, workEmail, Ip, ipVal, org, footer, nears, role, server, guestPhone,
  date, dotDate, hhmm, hms, isoTs, num, uuid, money, postcode, svDate, p2, hex, mac, alnum, GUEST_ORIGINS,
  csv, xlsx, pdfLines, mbox, rfcDate, folded, htmlEsc, htmlToText, xmlEsc, htmlEml, put, putText, J, LONE, LOOKALIKE } from './core.mjs';

const F = 'camping';
const COUNTRY = { swedish: 'SE', german: 'DE', dutch: 'NL', norwegian: 'NO', danish: 'DK', finnish: 'FI', polish: 'PL', english: 'GB', arabic: 'SE' };
export default function build(C) {
  const rng = new Rng('camping');
  const o = org(rng, { name: 'Havsbadens Camping & Stugby AB', domain: 'havsbadenscamping.se', area: '430', roles: ['reception', 'info', 'bokning', 'noreply'] });
  const staff = people(rng, 8, { cp1252: true });
  const guest = () => person(rng, { origins: GUEST_ORIGINS, middle: 0.05 });
  const gphone = (p) => (COUNTRY[p.origin] === 'SE' ? phone(rng, 'mobile') : { value: guestPhone(rng, p.origin), subtype: `foreign-${COUNTRY[p.origin].toLowerCase()}` });
  const unit = () => rng.pick([`Stuga ${rng.int(1, 42)}`, `Tomt ${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 60)}`, `Tält ${rng.int(1, 30)}`, `Glamping ${rng.int(1, 8)}`]);
  const plate = (p) => ({ DE: () => `${rng.pick(['HH', 'B', 'M', 'K', 'HB', 'OL'])}-${alnum(rng, 2).replace(/\d/g, 'X')} ${rng.int(10, 9999)}`, NL: () => `${rng.int(10, 99)}-${alnum(rng, 3).replace(/\d/g, 'K')}-${rng.int(1, 9)}`, NO: () => `${alnum(rng, 2).replace(/\d/g, 'E')} ${rng.int(10000, 99999)}`, DK: () => `${alnum(rng, 2).replace(/\d/g, 'A')} ${rng.int(10, 99)} ${rng.int(100, 999)}` }[COUNTRY[p.origin]] ?? (() => `${alnum(rng, 3).replace(/\d/g, 'M')} ${rng.int(10, 99)}${rng.int(0, 9)}`))();
  const bref = () => `HB-${rng.int(26, 26)}${num(rng, 5)}`;

  // 1. booking export, UTF-8 with multi-line notes
  {
    const file = `${F}/bokningar_sasong2026.csv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['Booking ref', 'Arrival', 'Departure', 'Unit', 'Guest first name', 'Guest last name', 'Country', 'Phone', 'Email', 'Adults', 'Children', 'Vehicle', 'Channel', 'Total SEK', 'Notes']];
    for (let i = 0; i < 130; i++) {
      const p = guest(); const a = date(rng, '2026-05-01', '2026-09-10');
      J(C, file, p);
      const note = pf(rng, [() => '', () => '', () => 'Late arrival, key in box', () => `Anreise mit Hund.\nBitte ruhiger Platz.`, () => `Travelling with ${N(R, guest(), 'full', 'running-text')} (second tent)`,
        () => `Ring vid ankomst: ${T(R, 'phone', phone(rng, 'mobile'))}\nBetalar på plats`, () => `Stammgast seit 2019 – grüße von ${n.lone(rng.pick(staff).first)}`, () => 'Rullstolsanpassad stuga önskas']);
      rows.push([n.id('booking-ref', bref()), n.date(a), date(rng, a, '2026-09-20'), unit(), p.given, p.last, COUNTRY[p.origin], T(R, 'phone', gphone(p)), rng.chance(0.9) ? E(R, rng, p) : '', rng.int(1, 4), rng.int(0, 3), n.id('vehicle-reg', plate(p)), rng.pick(['Website', 'Booking.com', 'ACSI', 'Pincamp', 'Phone', 'Walk-in']), n.amount(money(rng, 900, 24000)), note]);
    }
    put(C, file, csv(rows));
  }

  // 2. guest register .xlsx (guests, vehicles, pets)
  {
    const file = `${F}/gastregister_2026.xlsx`; const R = C.at(file); const n = nears(R, rng);
    const s1 = [['Gästnr', 'Namn', 'Land', 'Telefon', 'E-post', 'Födelsedatum/pnr', 'Senaste vistelse']];
    const s2 = [['Gästnr', 'Regnr', 'Typ', 'Längd (m)']]; const s3 = [['Gästnr', 'Djur', 'Namn', 'Vaccinationsintyg']];
    for (let i = 0; i < 120; i++) {
      const p = guest(); const g = n.id('guest-number', `G${num(rng, 6)}`);
      const se = COUNTRY[p.origin] === 'SE';
      s1.push([g, N(R, p, rng.pick(['surname-first', 'full', 'full', 'caps'])), COUNTRY[p.origin], T(R, 'phone', gphone(p)), rng.chance(0.7) ? E(R, rng, p) : '', se && rng.chance(0.5) ? P(R, rng) : n.date(date(rng, '1940-01-01', '2004-12-31')), date(rng, '2024-06-01', '2026-09-10')]);
      if (rng.chance(0.6)) s2.push([g, n.id('vehicle-reg', plate(p)), rng.pick(['Husvagn', 'Husbil', 'Bil', 'Bil + släp']), rng.chance(0.5) ? Number(`${rng.int(5, 9)}.${rng.int(0, 9)}`) : '']);
      if (rng.chance(0.25)) s3.push([g, rng.pick(['Hund', 'Hund', 'Katt']), R.n('name', 'pet-name', rng.pick(['Bella', 'Max', 'Sixten', 'Luna', 'Molly', 'Charlie', 'Ronja', 'Balder'])), rng.pick(['Ja', 'Nej'])]);
    }
    put(C, file, xlsx([{ name: 'Gäster', rows: s1 }, { name: 'Fordon', rows: s2 }, { name: 'Husdjur', rows: s3 }], { creator: R.t('name', staff[0].full, 'xlsx-creator') }));
  }

  // 3. reviews JSON
  {
    const file = `${F}/recensioner_export.json`; const R = C.at(file); const n = nears(R, rng);
    const reviews = [];
    for (let i = 0; i < 80; i++) {
      const p = guest(); const s = rng.pick(staff);
      const dn = rng.weighted([['full', 45], ['initial', 25], ['family', 15], ['first', 15]]);
      const display = dn === 'full' ? N(R, p, 'full', 'review-author') : dn === 'initial' ? n.id('initial-name', `${p.first} ${p.last[0]}.`, 'name') : dn === 'family' ? R.n('name', 'surname-alone', `${rng.pick(['Familie', 'Familjen', 'Family', 'Fam.'])} ${p.last}`) : n.lone(p.first);
      const text = pf(rng, [() => 'Schöner Platz direkt am Meer, saubere Sanitäranlagen. Gerne wieder!', () => `Toppen! ${n.lone(s.first)} i receptionen var jättehjälpsam.`, () => `Fantastische camping, ${N(R, s, 'full', 'staff')} heeft ons geweldig geholpen met de stroomaansluiting.`,
        () => 'Too noisy at night near the playground. Staff did nothing.', () => `Mycket trevligt, men stugan luktade rök. Ring mig gärna: ${T(R, 'phone', gphone(p))}`, () => `Vi ble godt tatt imot. Hilsen ${N(R, p, 'full', 'signature')}`]);
      reviews.push({ id: hex(rng, 10), source: rng.pick(['google', 'booking', 'pincamp', 'tripadvisor']), rating: rng.int(1, 5), author: { displayName: display, locale: { SE: 'sv', DE: 'de', NL: 'nl', NO: 'nb', DK: 'da', FI: 'fi', PL: 'pl', GB: 'en' }[COUNTRY[p.origin]] }, created: isoTs(rng, date(rng, '2026-05-01', '2026-10-15')), text,
        reply: rng.chance(0.4) ? { by: R.t('name', s.full, 'staff'), text: `Tack för din recension! Hälsningar ${n.lone(s.first)} och hela teamet` } : null });
    }
    putText(C, file, JSON.stringify({ place: o.name, reviews }, null, 2));
  }

  // 4. channel manager XML
  {
    const file = `${F}/channel/OTA_reservations_2026-07.xml`; const R = C.at(file); const n = nears(R, rng);
    const X = ['<?xml version="1.0" encoding="UTF-8"?>', '<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" TimeStamp="2026-07-31T23:59:00+02:00">', '  <HotelReservations>'];
    for (let i = 0; i < 55; i++) {
      const p = guest(); J(C, file, p);
      X.push(`    <HotelReservation ResStatus="${rng.pick(['Book', 'Modify', 'Cancel'])}">`, `      <UniqueID Type="14" ID="${n.id('channel-ref', num(rng, 10))}"/>`,
        '      <ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer>', `        <PersonName><GivenName>${xmlEsc(p.given)}</GivenName><Surname>${xmlEsc(p.last)}</Surname></PersonName>`,
        `        <Telephone PhoneNumber="${xmlEsc(T(R, 'phone', gphone(p)))}"/>`, `        <Email>${E(R, rng, p)}</Email>`,
        `        <Address><AddressLine>${rng.pick(['Hauptstraße', 'Dorpsstraat', 'Storgata', 'Vestergade', 'Storgatan'])} ${rng.int(1, 120)}</AddressLine><PostalCode>${n.postcode(String(rng.int(10000, 99999)))}</PostalCode><CountryName Code="${COUNTRY[p.origin]}"/></Address>`,
        '      </Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests>',
        `      <RoomStays><RoomStay><TimeSpan Start="${date(rng, '2026-07-01', '2026-07-31')}" Duration="P${rng.int(1, 14)}N"/><Total AmountAfterTax="${rng.int(900, 18000)}" CurrencyCode="SEK"/></RoomStay></RoomStays>`,
        rng.chance(0.3) ? `      <Comments><Comment><Text>${xmlEsc(pf(rng, [() => 'Early check-in requested', () => `Booked by ${N(R, guest(), 'full', 'running-text')} for the family`, () => 'Baby cot please']))}</Text></Comment></Comments>` : '',
        '    </HotelReservation>');
    }
    X.push('  </HotelReservations>', '</OTA_HotelResNotifRQ>');
    putText(C, file, X.filter(Boolean).join('\n') + '\n');
  }

  // 5. guest Wi-Fi portal log
  {
    const file = `${F}/loggar/wifi_portal_juli.log`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 260; i++) {
      const d = date(rng, '2026-07-01', '2026-07-31'); const mv = mac(rng); const m = () => n.id('mac-address', mv);
      const lv = `10.40.${rng.int(0, 15)}.${rng.int(2, 254)}`; const lease = () => T(R, 'ip', { value: lv, subtype: 'private-ip' });
      const k = rng.int(0, 3);
      if (k === 0) out.push(`${d} ${hms(rng)} dhcpd: DHCPACK on ${lease()} to ${m()} via vlan40`);
      else if (k === 1) { const p = guest(); out.push(`${d} ${hms(rng)} portal[2231]: login ok user=${E(R, rng, p)} unit="${unit()}" client=${lease()} mac=${m()} nat=${server(R, o, 0)}`); }
      else if (k === 2) out.push(`${d} ${hms(rng)} portal[2231]: voucher ${n.id('voucher-code', alnum(rng, 8))} redeemed client=${lease()}`);
      else out.push(`${d} ${hms(rng)} portal[2231]: admin login from ${Ip(R, rng, [['pub', 100]])} user=${R.t('email', workEmail(rng.pick(staff), o.domain), 'staff-work')}`);
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 6. guest mail mbox (EN/DE/SV)
  {
    const file = `${F}/reception_inbox.mbox`; const R = C.at(file); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const p = guest(); const em = E(R, rng, p); const s = rng.pick(staff); const d = date(rng, '2026-03-01', '2026-09-01');
      R.t('name', p.full, 'header-display');
      const refv = bref(); const ref = () => n.id('booking-ref', refv);
      const text = pf(rng, [
        () => `Sehr geehrte Damen und Herren,\n\nwir haben die Buchung ${ref()} für ${unit()}. Wir kommen mit meinem Schwager ${N(R, guest(), 'full', 'running-text')} und einem zweiten Wohnmobil. Ist das möglich?\nMobil: ${T(R, 'phone', gphone(p))}\n\nMit freundlichen Grüßen\n${N(R, p, 'full', 'signature')}`,
        () => `Hi,\nwe need to cancel ${ref()} because my wife is ill. Could you refund to the card? Our friends ${N(R, guest(), 'full', 'running-text')} and ${N(R, guest(), 'full', 'running-text')} will keep their booking.\n\nRegards,\n${N(R, p, 'full', 'signature')}\n${T(R, 'phone', gphone(p))}`,
        () => `Hej!\nVi var hos er v. 29 och glömde en jacka i ${unit()}. Kan ni skicka den till ${rng.pick(['Storgatan', 'Ringvägen'])} ${rng.int(1, 60)}, ${n.postcode(postcode(rng))}? Swisha portot till ${Ph(R, rng, 'mobile')}.\nMvh ${N(R, p, 'lower', 'lower')}`,
        () => `Goedemiddag,\nkunnen wij een plaats dichter bij het strand krijgen? Boeking ${ref()}.\nGroeten, ${n.lone(p.first)}`]);
      if (rng.chance(0.45)) {
        const rep = `Hi ${n.lone(p.first)},\n\nthank you for your message – all sorted.\n\nBest regards / Med vänliga hälsningar\n${N(R, s, 'full', 'signature')}\nReception\n${footer(R, o, ['switchboard'])}\n\nOn ${rfcDate(d)}, ${p.full} <${em}> wrote:\n${text.split('\n').map((l) => `> ${l}`).join('\n')}`;
        msgs.push({ from: [s.full, role(R, o, 0)], to: [[p.full, em]], subject: 'Re: Booking', date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@havsbadenscamping.se`, text: rep, enc: 'qp', hdrMode: 'Q', mboxDate: 'Wed Nov 25 08:00:00 2026' });
        R.t('name', s.full, 'header-display');
      } else msgs.push({ from: [p.full, em], to: [[null, role(R, o, 0)]], subject: rng.pick(['Buchung', 'Booking question', 'Bortglömd jacka', 'Reservering', 'Cancellation']), date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@mail.example`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Wed Nov 25 08:00:00 2026' });
    }
    put(C, file, mbox(msgs));
  }

  // 7. WhatsApp export of the reception phone
  {
    const file = `${F}/whatsapp_reception_juli.txt`; const R = C.at(file); const n = nears(R, rng);
    const out = []; const me = 'Reception Havsbaden';
    for (let c = 0; c < 40; c++) {
      const p = guest(); const saved = rng.chance(0.5); const d = date(rng, '2026-07-01', '2026-07-31'); const [y, m, dd] = d.split('-');
      const who = saved ? R.t('name', p.full, 'chat-speaker') : T(R, 'phone', gphone(p));
      const stamp = () => `${dd}.${m}.${y.slice(2)}, ${hhmm(rng)}`;
      out.push(`${stamp()} - ${who}: ${pf(rng, [() => 'Hallo, wo können wir den Strom bezahlen?', () => 'Hi! Is the sauna open tonight?', () => `hej det är ${N(R, p, rng.pick(['full', 'lower']), rng.pick(['self-intro', 'lower']))} i ${unit()}, toaletten är stopp`, () => 'Kunnen we morgen later uitchecken?'])}`);
      out.push(`${stamp()} - ${me}: ${pf(rng, [() => 'Hej! Vi kommer om 10 min 👍', () => `Yes, open 18–21. /${n.lone(rng.pick(staff).first)}`, () => 'Sure, until 14:00 is fine', () => `Ring ${R.n('phone', 'switchboard', o.switchboard)} så hjälper vi dig`])}`);
      if (rng.chance(0.3)) out.push(`${stamp()} - ${who}: <Media omitted>`);
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 8. HTML-only cancellation confirmations
  for (let k = 1; k <= 2; k++) {
    const file = `${F}/utskick/cancellation_${k}.eml`; const R = C.at(file); const n = nears(R, rng);
    const p = guest(); const em = E(R, rng, p);
    const html = `<html><body><p>Dear ${htmlEsc(N(R, p, 'full', 'running-text'))},</p><p>Your booking <b>${n.id('booking-ref', bref())}</b> (${unit()}) has been cancelled. ${n.amount(`${money(rng, 500, 9000)} SEK`)} will be refunded to card ${n.id('card-mask', `**** **** **** ${rng.digits(4)}`)}.</p><p>Phone on file: ${T(R, 'phone', gphone(p))}</p><hr><p style="font-size:11px">${htmlEsc(footer(R, o, ['orgnr', 'switchboard']))}<br>${role(R, o, 3)}</p></body></html>`;
    put(C, file, htmlEml({ from: ['Havsbadens Camping', o.roles[3]], to: [[p.full, em]], subject: `Cancellation – ${p.full}`, date: rfcDate(date(rng, '2026-04-01', '2026-08-30'), '09:12:00'), id: `${uuid(rng)}@havsbadenscamping.se`, html, enc: k === 1 ? 'qp' : 'b64', hdrMode: 'B' }));
    R.t('name', p.full, 'header-display');
  }

  // 9. arrivals list PDF
  {
    const file = `${F}/ankomstlista_v29.pdf`; const R = C.at(file); const n = nears(R, rng);
    const lines = [{ text: 'ANKOMSTLISTA vecka 29 – Havsbaden', bold: true, size: 13 }, `Utskriven av ${N(R, staff[1], 'full', 'staff')} ${n.date('2026-07-12')}`, ''];
    for (let i = 0; i < 70; i++) {
      const p = person(rng, { origins: GUEST_ORIGINS, cp1252: true, middle: 0.05 });
      lines.push(`${n.date(date(rng, '2026-07-13', '2026-07-19'))}  ${unit().padEnd(10)}  ${N(R, p, rng.pick(['surname-first', 'surname-first-caps', 'full']))}  ${T(R, 'phone', gphone(p))}  ${rng.int(1, 5)} pers  ${n.id('booking-ref', bref())}`);
    }
    put(C, file, pdfLines(lines, { per: 48, title: 'Ankomstlista v29' }));
  }

  // 10. cleaning schedule Markdown
  {
    const file = `${F}/stadschema_stugor.md`; const R = C.at(file); const n = nears(R, rng);
    const L = ['# Städschema stugor – högsäsong', '', '| Datum | Stuga | Städare | Avresande gäst | Anmärkning |', '|---|---|---|---|---|'];
    for (let i = 0; i < 60; i++) {
      const s = rng.pick(staff); const p = guest();
      L.push(`| ${date(rng, '2026-07-01', '2026-08-15')} | ${rng.int(1, 42)} | ${rng.chance(0.6) ? N(R, s, 'full', 'staff') : n.lone(s.first)} | ${N(R, p, rng.pick(['full', 'surname-first']))} | ${pf(rng, [() => '', () => 'Djur – extra städ', () => `Kvarglömd laddare, gästens tel ${T(R, 'phone', gphone(p))}`, () => 'Trasig brödrost'])} |`);
    }
    L.push('', `Frågor till ${N(R, staff[2], 'full', 'staff')} (${T(R, 'phone', { value: phone(rng, 'mobile').value, subtype: 'staff-mobile' })}).`);
    putText(C, file, L.join('\n') + '\n');
  }

  // 11. staff vCards
  {
    const file = `${F}/personal_reception.vcf`; const R = C.at(file);
    const L = [];
    for (const s of staff) L.push('BEGIN:VCARD', 'VERSION:3.0', `FN:${R.t('name', s.full, 'vcard-fn')}`, `N:${s.last};${s.given};;;`, `ORG:${o.name}`, `TEL;TYPE=CELL:${T(R, 'phone', { value: phone(rng, 'mobile').value, subtype: 'staff-mobile' })}`, `EMAIL;TYPE=WORK:${R.t('email', workEmail(s, o.domain), 'staff-work')}`, 'END:VCARD');
    put(C, file, folded(L));
  }

  // 12. POS transactions TSV
  {
    const file = `${F}/kassa_transaktioner_aug.tsv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['Tid', 'Kvitto', 'Kassör', 'Artikel', 'Belopp', 'Betalsätt', 'Kort', 'Debiteras', 'Kommentar']];
    for (let i = 0; i < 210; i++) {
      const s = rng.pick(staff); const p = guest(); const onUnit = rng.chance(0.35);
      rows.push([`${date(rng, '2026-08-01', '2026-08-31')} ${hms(rng)}`, n.id('receipt-number', num(rng, 8)), `${n.lone(s.first)} ${s.last[0]}`, rng.pick(['Dusch-token', 'Glass', 'El 24h', 'Tvättmaskin', 'Kanot 2h', 'Bastu', 'Gasol 5 kg', 'Frukostbuffé']),
        n.amount(`${rng.int(10, 600)},00`), onUnit ? 'På rum' : rng.pick(['Kort', 'Swish', 'Kontant']), onUnit ? '' : rng.chance(0.5) ? n.id('card-mask', `${rng.pick(['4', '5'])}${rng.digits(5)}******${rng.digits(4)}`) : '',
        onUnit ? `${unit()} / ${N(R, p, rng.pick(['full', 'surname-first-caps']))}` : '', rng.chance(0.06) ? `Swish från ${Ph(R, rng, 'mobile', 'compact')}` : '']);
    }
    put(C, file, csv(rows, { sep: '\t', eol: '\n' }));
  }
}
