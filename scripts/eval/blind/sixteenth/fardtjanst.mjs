// Sixteenth set — a regional färdtjänst / sjukresor booking centre (fardtjanst/): trip bookings (TSV), travel permits
// (UTF-8 BOM `;`, family name before given name), the switchboard's call log with `46…` A-numbers, drivers' schedule
// (.xlsx), dispatch events (NDJSON), SMS gateway log, complaint mail with forwards, decision letters (PDF), deviation
// reports (Markdown), the taxi settlement (XML), a Teams chat export (JSON), drivers' vCards.
import { pf, Rng, person, people, kin, nameAs, nameStyle, N, P, Ph, E, T, phone, pnr, email, workEmail, Ip, org, footer, nears, role, server,
  date, dotDate, hhmm, hms, isoTs, num, safe, uuid, money, postcode, CITIES, svDate, p2, regnr, hex, alnum,
  csv, xlsx, pdfLines, eml, rfcDate, folded, htmlEsc, xmlEsc, put, putText, J, LONE, LOOKALIKE } from './core.mjs';

const F = 'fardtjanst';
export default function build(C) {
  const rng = new Rng('fardtjanst');
  const o = org(rng, { name: 'Resecentrum Mellersta Norrland', domain: 'resecentrum-mn.se', area: '60', roles: ['bokning', 'fardtjanst', 'noreply', 'synpunkter', 'trafikledning'] });
  const staff = people(rng, 9);
  const drivers = people(rng, 22, { cp1252: true }).map((p) => ({ p, id: `F${num(rng, 4)}`, mob: phone(rng, 'mobile', rng.pick(['grouped', 'compact'])), car: regnr(rng) }));
  const STREETS = ['Storgatan', 'Esplanaden', 'Bergsgatan', 'Skolhusallén', 'Köpmangatan', 'Nybrogatan', 'Västra vägen', 'Rådhusgatan'];
  const PLACES = ['Sundsvalls sjukhus, huvudentrén', 'Vårdcentralen Haga', 'Tandvårdskliniken Centrum', 'Dagverksamheten Solrosen', 'Hörselvården, plan 3', 'Ortopedmottagningen', 'Resecentrum', 'Birsta handelsområde', 'Njurmedicin dialysen'];
  const addr = () => `${rng.pick(STREETS)} ${rng.int(1, 80)}, ${rng.pick(['Sundsvall', 'Timrå', 'Härnösand', 'Kramfors', 'Ånge'])}`;
  const trip = () => `R${num(rng, 7)}`;

  // 1. bookings TSV (name written family name first, no comma)
  {
    const file = `${F}/bokningar_v47.tsv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['BokningsID', 'Resedatum', 'Hämttid', 'KundID', 'Namn', 'Personnr', 'Telefon', 'Från', 'Till', 'Ledsagare', 'Hjälpmedel', 'Fordon', 'FörarID', 'Anteckning']];
    for (let i = 0; i < 120; i++) {
      const p = person(rng); const d = date(rng, '2026-11-16', '2026-11-22'); const drv = rng.pick(drivers);
      const led = rng.chance(0.25) ? (rng.chance(0.5) ? kin(rng, p) : person(rng)) : null;
      const note = pf(rng, [() => '', () => '', () => 'Ring 10 min innan', () => `Ring dottern ${N(R, kin(rng, p), 'full', 'running-text')} ${Ph(R, rng, 'mobile')} vid ankomst`, () => 'Portkod finns i kundkortet', () => `Kund hörselskadad, sms till ${Ph(R, rng, 'mobile', 'compact')}`, () => 'Samåkning ej ok', () => `Hämtas av ${n.lone(rng.pick(LONE))} från hemtjänsten`]);
      rows.push([n.id('trip-number', trip()), d, n.time(hhmm(rng)), n.id('customer-number', `K${num(rng, 6)}`), N(R, p, rng.weighted([['surname-first-nocomma', 65], ['surname-first-caps', 10], ['surname-first', 25]])),
        rng.chance(0.03) ? P(R, rng, { old: true }) : rng.chance(0.03) ? n.badDate() : P(R, rng, { minYear: 1926, maxYear: 1990 }), Ph(R, rng), addr(), rng.pick(PLACES), led ? N(R, led, 'full') : '', rng.pick(['Rullstol', 'Rollator', '-', '-', 'Ledarhund', 'Bår']), n.id('vehicle-reg', drv.car), n.id('driver-id', drv.id), note]);
    }
    put(C, file, csv(rows, { sep: '\t', eol: '\n' }));
  }

  // 2. travel permits, UTF-8 BOM ;  (Efternamn before Förnamn)
  {
    const file = `${F}/tillstand_fardtjanst_aktiva.csv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['Tillståndsnr', 'Efternamn', 'Förnamn', 'Personnummer', 'Giltigt fr.o.m.', 'Giltigt t.o.m.', 'Telefon', 'E-post', 'Ledsagare', 'God man/förvaltare', 'God man tel', 'Handläggare']];
    for (let i = 0; i < 110; i++) {
      const p = person(rng); const h = rng.pick(staff);
      J(C, file, p);
      const gm = rng.chance(0.18) ? person(rng) : null;
      rows.push([n.id('permit-number', `FT-${rng.int(2019, 2026)}-${num(rng, 5)}`), p.last, p.given, rng.chance(0.03) ? n.badLuhn() : P(R, rng, rng.chance(0.07) ? { samord: true } : rng.chance(0.04) ? { old: true } : { minYear: 1925, maxYear: 2012 }), n.date(date(rng, '2022-01-01', '2026-06-30')), rng.chance(0.2) ? 'Tillsvidare' : n.date(date(rng, '2027-01-01', '2029-12-31')),
        Ph(R, rng), rng.chance(0.4) ? E(R, rng, p) : '', rng.pick(['Ja', 'Nej', 'Nej']), gm ? N(R, gm, rng.pick(['full', 'surname-first'])) : '', gm ? Ph(R, rng) : '', N(R, h, 'full', 'staff')]);
    }
    put(C, file, csv(rows, { sep: ';', bom: true }));
  }

  // 3. switchboard call log, A-numbers as 46…
  {
    const file = `${F}/samtalslogg_bokning_nov.csv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['call_id', 'start_time', 'a_number', 'b_number', 'queue', 'agent', 'talk_time_s', 'wrapup', 'comment']];
    for (let i = 0; i < 260; i++) {
      const d = date(rng, '2026-11-01', '2026-11-24'); const h = rng.pick(staff); const hidden = rng.chance(0.06);
      const a = hidden ? n.id('hidden-number', rng.pick(['anonymous', 'Okänt nummer', 'restricted'])) : Ph(R, rng, rng.chance(0.85) ? 'mobile' : 'landline', 'plain46');
      const cm = pf(rng, [() => '', () => '', () => 'bokat', () => `avbokat resa ${n.id('trip-number', trip())}`, () => `kund ${N(R, person(rng), rng.pick(['full', 'lower']))} undrar var bilen är`, () => `anhörig ringde för ${N(R, person(rng), 'full')}`, () => 'felringt']);
      rows.push([n.id('call-id', `${num(rng, 9)}`), `${d} ${hms(rng)}`, a, R.n('phone', 'service-line', o.service), rng.pick(['Färdtjänst', 'Sjukresor', 'Förseningar', 'Tillstånd']), N(R, h, 'full', 'staff'), String(rng.int(12, 900)), rng.pick(['Bokning', 'Avbokning', 'Klagomål', 'Info', 'Förseningsärende']), cm]);
    }
    put(C, file, csv(rows));
  }

  // 4. drivers' schedule .xlsx
  {
    const file = `${F}/forare_schema_dec.xlsx`; const R = C.at(file); const n = nears(R, rng);
    const s1 = [['Förar-ID', 'Förnamn', 'Efternamn', 'Mobil', 'Taxiförarlegitimation', 'Åkeri']];
    for (const d of drivers) { J(C, file, d.p); s1.push([n.id('driver-id', d.id), d.p.given, d.p.last, T(R, 'phone', d.mob), n.id('taxi-licence', `TFL ${num(rng, 6)}`), n.look('company', rng.pick(LOOKALIKE.company))]); }
    const s2 = [['Datum', 'Pass', 'Förare', 'Fordon', 'Zon']];
    for (let i = 0; i < 120; i++) { const d = rng.pick(drivers); s2.push([date(rng, '2026-12-01', '2026-12-31'), rng.pick(['06-14', '14-22', '22-06']), N(R, d.p, rng.chance(0.7) ? 'surname-first' : 'full'), n.id('vehicle-reg', d.car), rng.pick(['Nord', 'Syd', 'City', 'Timrå'])]); }
    const s3 = [['Regnr', 'Modell', 'Platser', 'Rullstolsplatser']];
    for (const d of drivers.slice(0, 14)) s3.push([d.car, rng.pick(['VW Caddy Maxi', 'Toyota Proace', 'Mercedes Vito', 'Volvo V90']), rng.int(4, 8), rng.int(0, 2)]);
    put(C, file, xlsx([{ name: 'Förare', rows: s1 }, { name: 'Pass december', rows: s2 }, { name: 'Fordon', rows: s3 }], { creator: R.t('name', staff[2].full, 'xlsx-creator') }));
  }

  // 5. dispatch events NDJSON
  {
    const file = `${F}/trafiklogg_dispatch.ndjson`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 200; i++) {
      const d = date(rng, '2026-11-16', '2026-11-22'); const drv = rng.pick(drivers); const p = person(rng);
      const k = rng.pick(['trip.assigned', 'trip.pickup', 'trip.noshow', 'trip.dropoff', 'driver.login']);
      const ev = { ts: isoTs(rng, d), type: k, trip: k === 'driver.login' ? null : n.id('trip-number', trip()), vehicle: n.id('vehicle-reg', drv.car), driver: { id: n.id('driver-id', drv.id), name: N(R, drv.p, 'full') } };
      if (k === 'driver.login') ev.device = { imei: n.id('imei', `35${num(rng, 13)}`), appVersion: n.id('version', `4.${rng.int(1, 9)}.${rng.int(0, 30)}`), ip: Ip(R, rng, [['pub', 60], ['cg', 40]]) };
      else ev.passenger = { name: N(R, p, rng.chance(0.8) ? 'full' : 'caps'), phone: rng.chance(0.5) ? Ph(R, rng, 'mobile', rng.pick(['e164', 'compact'])) : null, pos: { lat: Number(`62.${rng.digits(5)}`), lon: Number(`17.${rng.digits(5)}`) } };
      if (k === 'trip.noshow') ev.note = `Kunden kom inte ut, ringt ${rng.int(2, 3)} ggr. ${drv.p.first === '' ? '' : `/${n.lone(drv.p.first)}`}`;
      out.push(JSON.stringify(ev));
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 6. SMS gateway log
  {
    const file = `${F}/sms_gateway_2026-11-20.log`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 230; i++) {
      const drv = rng.pick(drivers); const t = hms(rng); const to = Ph(R, rng, 'mobile', 'plain46');
      const msg = pf(rng, [() => `Din resa ${n.id('trip-number', trip())} hämtar ${n.time(hhmm(rng))}. Bil ${n.id('vehicle-reg', drv.car)}, förare ${n.lone(drv.p.first)}.`,
        () => `Bilen är försenad ca ${rng.int(10, 30)} min. Vi ber om ursäkt. /Resecentrum`, () => `Påminnelse: resa i morgon ${n.time(hhmm(rng))}. Avboka på ${R.n('phone', 'service-line', o.service)}`,
        () => `Din bil står utanför. Förare ${N(R, drv.p, 'full')} tel ${T(R, 'phone', drv.mob)}`]);
      out.push(`2026-11-20 ${t} [smsgw-02] OUT id=${n.id('message-id', hex(rng, 12))} from=RESECENTR to=${to} parts=${rng.int(1, 2)} status=${rng.pick(['ACCEPTED', 'DELIVERED', 'DELIVERED', 'UNDELIVERABLE'])} text="${msg}"`);
      if (rng.chance(0.12)) out.push(`2026-11-20 ${hms(rng)} [smsgw-02] IN from=${to} to=${n.id('short-code', '71120')} text="${pf(rng, [() => 'AVBOKA', () => 'ok tack', () => `det är ${N(R, person(rng), 'lower', 'lower')}, kan ni ringa mig`, () => 'STOPP'])}"`);
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 7. complaint mail with forwards
  for (let k = 1; k <= 4; k++) {
    const file = `${F}/synpunkter/klagomal_${k}.eml`; const R = C.at(file); const n = nears(R, rng);
    const rel = person(rng); const tr = kin(rng, rel); const drv = rng.pick(drivers); const h = rng.pick(staff); const d = date(rng, '2026-10-01', '2026-11-20');
    const em = E(R, rng, rel); const em2 = E(R, rng, tr);
    const fw = `---------- Vidarebefordrat meddelande ---------\nFrån: ${N(R, tr, 'full', 'header-display')} <${em2}>\nDatum: ${n.date(svDate(d))} ${n.time(hhmm(rng))}\nÄmne: resan i tisdags\nTill: ${N(R, rel, 'full')} <${em}>\n\nHej ${n.lone(rel.first)}, kan du skriva till dom? Chauffören ${rng.chance(0.5) ? `hette ${N(R, drv.p, 'full', 'running-text')}` : `hette ${n.lone(drv.p.first)} tror jag`} och körde ifrån mig vid dialysen. Jag fick vänta 40 min i kylan.\nMitt personnummer är ${P(R, rng, { minYear: 1930, maxYear: 1950 })} om de behöver.\n\nKram ${n.lone(tr.first)}`;
    const text = `Hej,\n\njag skriver för min ${rng.pick(['mamma', 'pappa', 'moster', 'farbror'])} ${N(R, tr, 'full', 'running-text')} som inte har e-post själv. Se nedan.\nResan gällde ${n.id('trip-number', trip())} den ${n.date(dotDate(d))}.\nRing mig gärna på ${Ph(R, rng, 'mobile')}.\n\n${N(R, rel, 'full', 'signature')}\n\n${fw}`;
    const msg = { from: [rel.full, em], to: [[null, R.n('email', 'role-email', o.roles[3])]], cc: rng.chance(0.5) ? [[h.full, R.t('email', workEmail(h, o.domain), 'staff-work')]] : [], subject: `Fwd: resan i tisdags – ${tr.full}`, date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@mail.example`, text, enc: ['qp', 'b64', '8bit', 'qp'][k - 1], hdrMode: k % 2 ? 'Q' : 'B' };
    R.t('name', rel.full, 'header-display'); if (msg.cc.length) R.t('name', h.full, 'header-display');
    put(C, file, eml(msg));
  }

  // 8. decision letters PDF
  {
    const file = `${F}/beslut/beslut_fardtjanst_nov2026.pdf`; const R = C.at(file); const n = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 14; i++) {
      const p = person(rng, { cp1252: true }); const h = rng.pick(staff.filter((s) => /^[\x20-\xff]*$/.test(s.full)));
      const yes = rng.chance(0.7);
      lines.push({ text: 'BESLUT OM FÄRDTJÄNST', bold: true, size: 13 }, `Diarienummer ${n.id('case-number', `RMN ${rng.int(2026, 2026)}/${num(rng, 4)}`)}   Datum ${n.date(date(rng, '2026-11-01', '2026-11-24'))}`,
        `Sökande: ${N(R, p, rng.pick(['full', 'caps']))}`, `Personnummer: ${P(R, rng, { minYear: 1928, maxYear: 2010 })}`, `Adress: ${addr()}`, '',
        yes ? `Beslut: Ni beviljas färdtjänst t.o.m. ${n.date(svDate(date(rng, '2027-06-01', '2029-12-31')))} med ${rng.pick(['ledsagare', 'rätt till framsätesplats', 'rullstolstaxi'])}.` : 'Beslut: Er ansökan avslås.',
        yes ? 'Motivering: Funktionsnedsättningen bedöms vara varaktig och väsentligt försvåra resor.' : `Motivering: Läkarintyget från ${rng.pick(['Vårdcentralen Haga', 'Ortopedmottagningen'])} visar inte väsentliga svårigheter.`,
        'Hur man överklagar: skriv till förvaltningsrätten via oss inom tre veckor.', `Handläggare: ${N(R, h, 'full', 'staff')}, tel ${T(R, 'phone', { value: phone(rng, 'landline', 'dash').value, subtype: 'staff-direct' })}`,
        footer(R, o, ['orgnr', 'switchboard']), '');
    }
    put(C, file, pdfLines(lines, { per: 40, title: 'Beslut färdtjänst' }));
  }

  // 9. deviations, Markdown
  {
    const file = `${F}/avvikelser_q3_2026.md`; const R = C.at(file); const n = nears(R, rng);
    const L = ['# Avvikelserapport Q3 2026', '', `Sammanställd av ${N(R, staff[3], 'full', 'staff')} (${R.t('email', workEmail(staff[3], o.domain), 'staff-work')})`, '', '| Nr | Datum | Resenär | Förare | Typ | Beskrivning |', '|---|---|---|---|---|---|'];
    for (let i = 0; i < 55; i++) {
      const p = person(rng); const drv = rng.pick(drivers); const d = date(rng, '2026-07-01', '2026-09-30');
      const desc = pf(rng, [() => `Resenären glömd vid ${rng.pick(PLACES)}`, () => `Förseningen ${rng.int(25, 90)} min, resenären missade sin tid`, () => `Bältet ej fastsatt på rullstol, anmält av ${N(R, person(rng), 'full', 'running-text')} (personal)`, () => `Fel adress i bokningen, ${n.look('street', rng.pick(LOOKALIKE.street))}`, () => `Otrevligt bemötande enl. anhörig, tel ${Ph(R, rng)}`]);
      L.push(`| ${n.id('deviation-number', `AV-${num(rng, 5)}`)} | ${d} | ${N(R, p, rng.pick(['full', 'full', 'surname-first', 'caps']))} | ${rng.chance(0.6) ? N(R, drv.p, 'full') : n.id('driver-id', drv.id)} | ${rng.pick(['Försening', 'Bemötande', 'Säkerhet', 'Felkörning'])} | ${desc} |`);
    }
    L.push('', `Åtgärdas i samråd med ${n.look('company', 'Westerbergs Taxi')} och trafikledningen.`);
    putText(C, file, L.join('\n') + '\n');
  }

  // 10. taxi settlement XML
  {
    const file = `${F}/avrakning_taxi_okt2026.xml`; const R = C.at(file); const n = nears(R, rng);
    const X = ['<?xml version="1.0" encoding="UTF-8"?>', `<Avrakning period="2026-10" leverantor="${xmlEsc(n.look('company', 'Westerbergs Taxi'))}" orgnr="${n.orgnr()}">`];
    for (let i = 0; i < 90; i++) {
      const p = person(rng); const drv = rng.pick(drivers);
      X.push(`  <Resa id="${n.id('trip-number', trip())}" datum="${date(rng, '2026-10-01', '2026-10-31')}">`, `    <Resenar pnr="${P(R, rng, { minYear: 1925, maxYear: 1995, style: rng.pick(['long', 'short']) })}">`,
        `      <Namn>${xmlEsc(N(R, p, rng.chance(0.7) ? 'surname-first' : 'full'))}</Namn>`, rng.chance(0.2) ? `      <Ledsagare>${xmlEsc(N(R, person(rng)))}</Ledsagare>` : '      <Ledsagare/>', '    </Resenar>',
        `    <Forare id="${n.id('driver-id', drv.id)}">${xmlEsc(N(R, drv.p))}</Forare>`, `    <Km>${rng.int(2, 140)}</Km><Belopp valuta="SEK">${n.amount(`${rng.int(90, 2400)}.${rng.pick(['00', '50'])}`)}</Belopp><Egenavgift>${rng.pick(['60.00', '90.00', '0.00'])}</Egenavgift>`, '  </Resa>');
    }
    X.push('</Avrakning>');
    putText(C, file, X.filter(Boolean).join('\n') + '\n');
  }

  // 11. Teams chat export JSON
  {
    const file = `${F}/teams_trafikledning_export.json`; const R = C.at(file); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 90; i++) {
      const h = rng.pick(staff); const p = person(rng); const drv = rng.pick(drivers);
      const body = pf(rng, [() => `<p>kan någon ringa ${htmlEsc(N(R, p, 'full', 'running-text'))}? hen står vid ${htmlEsc(rng.pick(PLACES))} o fryser, nr ${Ph(R, rng)}</p>`,
        () => `<p>${htmlEsc(n.lone(drv.p.first))} har punktering, ${n.id('vehicle-reg', drv.car)} ur drift resten av passet</p>`,
        () => `<p>@${htmlEsc(N(R, rng.pick(staff), 'full', 'chat-mention'))} bokningen för ${htmlEsc(N(R, p, 'lower', 'lower'))} ligger dubbelt, tar bort ${n.id('trip-number', trip())}</p>`,
        () => `<p>dialysen ringer om ${htmlEsc(N(R, p, 'full', 'running-text'))} igen, pnr ${P(R, rng)} - bil senast ${n.time(hhmm(rng))}</p>`,
        () => '<p>lunch 👍</p>']);
      msgs.push({ id: String(1763000000000 + i * rng.int(1000, 99999)), messageType: 'message', createdDateTime: isoTs(rng, date(rng, '2026-11-16', '2026-11-22')),
        from: { user: { id: uuid(rng), displayName: R.t('name', h.full, 'chat-speaker'), userIdentityType: 'aadUser' } }, body: { contentType: 'html', content: body } });
    }
    const text = JSON.stringify({ '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Atrafikledning')/messages", value: msgs }, null, 1);
    C.put(file, Buffer.from(text, 'utf8'), text.replace(/<\/?p>/g, ''));
  }

  // 12. drivers' vCards
  {
    const file = `${F}/kontakter_forare.vcf`; const R = C.at(file); const n = nears(R, rng);
    const L = [];
    for (const d of drivers.slice(0, 16)) {
      L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${d.p.last};${d.p.given};;;`, `FN:${R.t('name', d.p.full, 'vcard-fn')}`, `ORG:${n.look('company', rng.pick(LOOKALIKE.company))}`, `TEL;TYPE=CELL:${T(R, 'phone', d.mob)}`,
        ...(rng.chance(0.5) ? [`EMAIL;TYPE=HOME:${E(R, rng, d.p)}`] : []), `NOTE:Förar-ID ${n.id('driver-id', d.id)}\\, bil ${n.id('vehicle-reg', d.car)}`, 'END:VCARD');
    }
    put(C, file, folded(L));
  }
}
