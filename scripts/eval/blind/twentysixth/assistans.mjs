// Twenty-sixth blind set — a travel insurer's emergency assistance desk (assistans/): Nordstjärnan Reseassistans.
// Policyholders calling from abroad, relatives at home, foreign hospitals and their doctors, repatriation, claims.
import { Rng, file, person, people, kin, nm, nameAs, nameStyle, pnr, phone, foreign, email, workEmail, T, ipVal, org, footer, role, server, date, dotDate, hhmm, hms,
  num, alnum, letters, hex, csv, xlsx, docx, eml, mbox, message, zip, rfcDate, htmlEsc, xmlEsc, htmlToText, pdfLines, jsonText, txt, HOSPITALS, LONE, amount, iban, p2, svDate, gw46, waStyle, hasPnrShape } from './core.mjs';

const DOM = 'nordstjarnan-assistans.se';
const PLACES = [['Spanien', 'Málaga'], ['Spanien', 'Benidorm'], ['Thailand', 'Phuket'], ['Thailand', 'Krabi'], ['Grekland', 'Chania'], ['Turkiet', 'Alanya'], ['Portugal', 'Albufeira'],
  ['Italien', 'Rom'], ['Kroatien', 'Split'], ['USA', 'New York'], ['Vietnam', 'Hanoi'], ['Egypten', 'Hurghada'], ['Österrike', 'Ischgl']];
const DIAG = ['misstänkt blindtarmsinflammation', 'fraktur handled', 'höftfraktur', 'njursten', 'lunginflammation', 'hjärtinfarkt', 'skallskada efter fall', 'allergisk reaktion', 'magsjuka/uttorkning', 'knäskada (skidor)'];
const hospDom = (h) => `${h.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, '').split(' ').filter((w) => w.length > 2).slice(0, 2).join('-')}.example`;

const LOCAL = { Spanien: (r) => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, Thailand: (r) => `+66 8${r.int(1, 9)} ${r.digits(3)} ${r.digits(4)}`,
  Grekland: (r) => `+30 69${r.int(0, 9)} ${r.digits(3)} ${r.digits(4)}`, Turkiet: (r) => `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  Portugal: (r) => `+351 9${r.int(1, 6)}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, Italien: (r) => `+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`,
  Kroatien: (r) => `+385 9${r.int(1, 9)} ${r.digits(3)} ${r.digits(4)}`, USA: (r) => `+1 (${r.int(201, 989)}) 555-01${r.digits(2)}`,
  Vietnam: (r) => `+84 9${r.int(0, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, Egypten: (r) => `+20 10 ${r.digits(4)} ${r.digits(4)}`,
  'Österrike': (r) => `+43 664 ${r.digits(7)}` };
function localNo(rng, land) { for (;;) { const v = LOCAL[land](rng); if (!hasPnrShape(v)) return { value: v, subtype: 'foreign' }; } }

export default function assistans(C) {
  const g = new Rng('assistans/world');
  const O = org(g, { name: 'Nordstjärnan Reseassistans AB', domain: DOM, area: '8', roles: ['jour', 'medical', 'noreply', 'claims', 'guarantee'] });
  const alarm = `+46 8 ${g.int(500, 599)} ${g.digits(3)} ${g.digits(2)}`;
  const hospitals = HOSPITALS.map((h) => ({ name: h, tel: foreign(g).value, dom: hospDom(h) }));
  const cases = people(g, 120, { middle: 0.1 }).map((p) => {
    const [land, city] = g.pick(PLACES); const hosp = g.pick(hospitals);
    return { ...p, pnr: pnr(g, { minYear: 1940, maxYear: 2008 }), abroad: g.chance(0.55) ? phone(g, 'mobile', g.pick(['intl', 'e164', 'intl', '0046'])) : localNo(g, land), home: phone(g), mail: email(g, p), ip: ipVal(g), land, city, hosp,
      rel: g.chance(0.6) ? kin(g, p) : person(g), relTel: phone(g, 'mobile'), doc: person(g, { origin: g.pick(['spanish', 'thai', 'greek', 'turkish', 'english', 'vietnamese', 'hungarian']) }),
      policy: `NS-${g.int(100, 999)}-${num(g, 7)}`, caseNo: `ASS-26-${num(g, 6)}`, diag: g.pick(DIAG) };
  });
  const staff = people(g, 16).map((p) => ({ ...p, mail: workEmail(p, DOM), ini: `${p.first[0]}${p.last[0]}`.toUpperCase() }));
  const doctors = staff.slice(0, 4);
  const own = (R) => R.n('phone', 'alarm-line', alarm);
  const hospTel = (R, h) => R.n('phone', 'hospital-switchboard', h.tel);

  // 1. Case export — nested JSON.
  {
    const F = file(C, 'assistans/arenden_export.json'); const { R, rng, N } = F;
    const out = cases.slice(0, 62).map((c) => ({
      arende: N.id('case-id', c.caseNo), oppnat: `${date(rng)}T${hms(rng)}+01:00`, forsakring: { nummer: N.id('policy-id', c.policy), typ: rng.pick(['Hemförsäkring Reseskydd', 'Kortförsäkring Premium', 'Separat reseförsäkring']) },
      forsakringstagare: { namn: nm(R, c, rng.chance(0.2) ? 'caps' : 'full'), personnummer: T(R, 'personnummer', c.pnr), telefon_utomlands: T(R, 'phone', c.abroad), telefon_hem: T(R, 'phone', c.home), epost: T(R, 'email', c.mail), pass: N.id('passport', `${letters(rng, 2)}${num(rng, 7)}`) },
      plats: { land: c.land, ort: c.city }, sjukhus: { namn: N.look('hospital', c.hosp.name), vaxel: hospTel(R, c.hosp), behandlande_lakare: `Dr. ${nm(R, c.doc)}` },
      anhoriga: [{ namn: nm(R, c.rel), relation: rng.pick(['make/maka', 'sambo', 'dotter', 'son', 'förälder', 'resesällskap']), telefon: T(R, 'phone', c.relTel) }],
      diagnos_prel: c.diag, ansvarig: nm(R, rng.pick(staff), 'full', 'staff'), medicinsk_radgivare: nm(R, rng.pick(doctors), 'full', 'staff'),
      logg: Array.from({ length: rng.int(1, 4) }, () => ({ tid: `${date(rng)} ${hhmm(rng)}`, av: N.id('initials', rng.pick(staff).ini), text: rng.pick([
        () => `Ringt ${c.first} på ${T(R, 'phone', c.abroad)}, mår bättre`, () => `GOP skickad till ${N.look('hospital', c.hosp.name)}`, () => `${nm(R, c.rel)} ringde från Sverige`,
        () => `Väntar på medicinsk rapport från Dr. ${nm(R, c.doc, 'short')}`, () => `Kund nåbar via hotellet ${N.look('hotel', rng.pick(['Hotel Don Pepe', 'Sol Príncipe', 'Villa Maria Suites', 'Hotel Alexander']))}`])() })),
    }));
    F.put(txt(jsonText({ system: 'AssistPro', export_id: alnum(rng, 10), arenden: out }, 1)));
  }

  // 2. Call log — UTF-8 `;` with foreign numbers, the desk's own lines as near-misses.
  {
    const F = file(C, 'assistans/samtalslogg_nov.csv'); const { R, rng, N } = F;
    const rows = [['Starttid', 'Riktning', 'A-nummer', 'B-nummer', 'Agent', 'Kö', 'Samtalstid', 'Ärende']];
    for (let i = 0; i < 260; i++) {
      const c = rng.pick(cases); const s = rng.pick(staff); const inbound = rng.chance(0.6);
      const other = rng.weighted([['abroad', 50], ['home', 15], ['rel', 20], ['hosp', 15]]);
      const num2 = other === 'hosp' ? hospTel(R, c.hosp) : T(R, 'phone', other === 'abroad' ? c.abroad : other === 'home' ? c.home : c.relTel);
      rows.push([`${date(rng, '2026-11-01', '2026-11-23')} ${hms(rng)}`, inbound ? 'IN' : 'UT', inbound ? num2 : own(R), inbound ? own(R) : num2, nm(R, s, rng.chance(0.5) ? 'surname-first' : 'full', 'staff'),
        rng.pick(['Akut', 'Medicinsk', 'Hemtransport', 'Skadereglering']), `${rng.int(0, 48)}:${p2(rng.int(0, 59))}`, rng.chance(0.8) ? N.id('case-id', c.caseNo) : '']);
    }
    F.put(csv(rows, { sep: ';' }));
  }

  // 3. Duty notes — fast, Swedish and English mixed.
  {
    const F = file(C, 'assistans/jourantekningar.txt'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 190; i++) {
      const c = rng.pick(cases); const s = rng.pick(staff);
      const t = rng.pick([
        () => `${nm(R, c, 'lower')} ringer fr ${c.city}, ${c.diag}. nr ${T(R, 'phone', c.abroad)}. pol ${N.id('policy-id', c.policy)}`,
        () => `pratat m ${c.rel.first} (${nm(R, c.rel, 'lower')}) hemma i sverige ${T(R, 'phone', c.relTel)} – orolig, lovat ringa ikv`,
        () => `called ${N.look('hospital', c.hosp.name)} ${hospTel(R, c.hosp)}, spoke to dr ${nm(R, c.doc, 'lower')}, pt stable, CT tomorrow`,
        () => `GOP ${N.amount(`EUR ${rng.int(800, 25000)}`)} godkänd av ${nm(R, rng.pick(doctors), 'full', 'staff')}`,
        () => `kund ${nm(R, c)} pnr ${T(R, 'personnummer', c.pnr)} – kollat försäkring ok`,
        () => `${N.lone(c.first)} fått flyg hem ${N.id('flight', `${rng.pick(['SK', 'DY', 'LH', 'TK', 'TP'])}${rng.int(100, 2999)}`)} ${N.date(dotDate(date(rng)))}`,
        () => `mejl fr ${T(R, 'email', c.mail)} m kvitton, skickat vidare till ${role(R, O, 3)}`,
        () => `fel pnr angivet (${N.badDate()}), rätt pnr ${T(R, 'personnummer', c.pnr)}`,
        () => `sms till ${T(R, 'phone', c.abroad)} m ${own(R)}`,
      ])();
      L.push(`${date(rng, '2026-11-01', '2026-11-23')} ${hhmm(rng)} ${N.id('initials', s.ini)}  ${t}`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 4. Repatriation — .xlsx.
  {
    const F = file(C, 'assistans/hemtransporter_2026.xlsx'); const { R, rng, N } = F;
    const s1 = [['Ärende', 'Patient', 'Personnummer', 'Från', 'Transport', 'Flyg', 'Datum', 'Medföljande', 'Anhörig', 'Tel anhörig']];
    for (const c of cases.slice(20, 80)) {
      const nurse = person(rng);
      s1.push([N.id('case-id', c.caseNo), nm(R, c, 'surname-first'), T(R, 'personnummer', c.pnr), N.look('hospital', c.hosp.name), rng.pick(['Ambulansflyg', 'Reguljärt flyg, bår', 'Reguljärt flyg, sittande', 'Liggande tåg']),
        N.id('flight', `${rng.pick(['SK', 'DY', 'LH', 'TK'])}${rng.int(100, 2999)}`), N.date(date(rng)), rng.chance(0.6) ? `ssk ${nm(R, nurse)}` : '', nm(R, c.rel), T(R, 'phone', c.relTel)]);
    }
    const s2 = [['Leverantör', 'Kontakt', 'Telefon', 'E-post']];
    for (const v of ['Scandinavian Air Ambulance', 'Euro Medical Escort', 'Mobile Nurses AB']) { const p = person(rng); s2.push([N.look('company', v), nm(R, p), T(R, 'phone', phone(rng, 'landline')), R.t('email', workEmail(p, `${v.split(' ')[0].toLowerCase()}.example`), 'work')]); }
    F.put(xlsx([{ name: 'Hemtransporter', rows: s1 }, { name: 'Leverantörer', rows: s2 }], { creator: nm(R, staff[4], 'full', 'xlsx-creator') }));
  }

  // 5. Hospital mail — mbox in English, guarantees of payment, medical reports.
  {
    const F = file(C, 'assistans/sjukhus_korrespondens.mbox'); const { R, rng, N } = F;
    const msgs = [];
    for (const c of cases.slice(0, 40)) {
      const h = c.hosp; const coord = person(rng, { origin: rng.pick(['spanish', 'thai', 'greek', 'english', 'turkish']) }); const s = rng.pick(staff); const d = date(rng);
      const cmail = workEmail(coord, h.dom);
      nm(R, coord, 'full', 'header-display'); R.t('email', cmail, 'work'); nm(R, s, 'full', 'header-display'); R.t('email', s.mail, 'staff-work');
      const text = rng.pick([
        () => `Dear ${N.lone(s.first)},\n\nWe confirm admission of your client ${nm(R, c, rng.chance(0.3) ? 'caps' : 'full')}, DOB ${N.date(`${c.pnr.value.replace(/\D/g, '').slice(-10, -4)}`)}, passport ${N.id('passport', `${letters(rng, 2)}${num(rng, 7)}`)}.\nDiagnosis: ${c.diag}. Attending physician: Dr ${nm(R, c.doc)}.\nPlease send a guarantee of payment.\n\nKind regards,\n${nm(R, coord, 'full', 'signature')}\nInternational Patient Office, ${N.look('hospital', h.name)}\nTel ${hospTel(R, h)}`,
        () => `Hello,\n\nthe patient ${nm(R, c, 'surname-first-caps')} is fit to fly with escort. Relative ${nm(R, c.rel)} is at the hospital, mobile ${T(R, 'phone', c.abroad)}.\n\nBest,\n${nm(R, coord, 'full', 'signature')}`,
      ])();
      const reply = () => `\n\nOn ${rfcDate(d, '11:00:00')}, ${s.full} <${s.mail}> wrote:\n> Please find attached our GOP for case ${N.id('case-id', c.caseNo)}, limit ${N.amount(`EUR ${rng.int(2000, 30000)}`)}.\n> 24h: ${own(R)}\n> ${footer(R, O, ['orgnr', 'switchboard'])}`;
      msgs.push({ from: [coord.full, cmail], to: [[s.full, s.mail]], cc: [['Medical team', O.roles[1]]], subject: `RE: GOP ${c.caseNo} / ${c.last.toUpperCase()}`, date: rfcDate(d, `${hhmm(rng)}:00`),
        id: `${alnum(rng, 12)}@${h.dom}`, text: text + (rng.chance(0.6) ? reply() : ''), enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
    }
    role(R, O, 1);
    F.put(mbox(msgs));
  }

  // 6. Guarantees of payment — PDF (one page each).
  {
    const F = file(C, 'assistans/betalningsgarantier_v47.pdf'); const { R, rng, N } = F;
    const lines = [];
    const ok = (p) => /^[\x20-\xff]*$/.test(p.full);
    for (const c of cases.filter((x) => ok(x) && ok(x.doc) && /^[\x20-\xff]*$/.test(x.hosp.name)).slice(0, 18)) {
      const s = rng.pick(doctors.filter(ok));
      lines.push({ text: 'GUARANTEE OF PAYMENT', bold: true, size: 14 }, `To: ${N.look('hospital', c.hosp.name)}, fax/tel ${hospTel(R, c.hosp)}`, `Our ref: ${N.id('case-id', c.caseNo)}   Policy: ${N.id('policy-id', c.policy)}`, '',
        `Patient: ${nm(R, c, 'surname-first-caps')}`, `Swedish ID no: ${T(R, 'personnummer', c.pnr)}`, `Treating physician: Dr ${nm(R, c.doc)}`,
        `We guarantee payment of medically necessary treatment up to ${N.amount(`EUR ${rng.int(2000, 40000)}`)}.`, '', `Stockholm ${N.date(dotDate(date(rng)))}`, `${nm(R, s, 'full', 'signature')}, MD, Medical Advisor`,
        `${O.name} · 24h ${own(R)} · ${role(R, O, 4)}`, '');
    }
    F.put(pdfLines(lines, { per: 26, title: 'GOP v47' }));
  }

  // 7. Medical reports — two .docx.
  for (const n of [1]) {
    const F = file(C, `assistans/medicinsk_bedomning_${n}.docx`); const { R, rng, N } = F;
    const c = cases[n * 11]; const d = doctors[n];
    F.put(docx([{ h: 'Medicinsk bedömning – hemtransport' }, { table: [['Ärende', N.id('case-id', c.caseNo)], ['Patient', nm(R, c)], ['Personnummer', T(R, 'personnummer', c.pnr)], ['Vistelseort', `${c.city}, ${c.land}`],
      ['Sjukhus', N.look('hospital', c.hosp.name)], ['Behandlande läkare', nm(R, c.doc)]] },
    { runs: ['Efter samtal med ', nm(R, c.doc, 'short'), ` bedöms patienten (${c.diag}) vara transportabel med `, rng.pick(['sjuksköterska', 'läkare']), ' som eskort.'] },
    `Anhörig ${nm(R, c.rel)} (${T(R, 'phone', c.relTel)}) har informerats.`, `Bedömning: ${nm(R, d, 'full', 'staff')}, leg. läkare`, footer(R, O, ['orgnr', 'switchboard'])], { creator: nm(R, d, 'full', 'docx-creator') }));
  }

  // 8. SMS gateway — Swedish numbers as 46…, foreign as + numbers.
  {
    const F = file(C, 'assistans/sms_gateway.log'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 230; i++) {
      const c = rng.pick(cases); const sw = rng.chance(0.4);
      const to = sw ? T(R, 'phone', { value: gw46(c.relTel.value), subtype: 'mobile-e164-no-plus' }) : T(R, 'phone', c.abroad);
      L.push(`${date(rng, '2026-11-01', '2026-11-23')}T${hms(rng)}Z sms.out dst=${to} src=NORDSTJARN ref=${N.id('msg-id', hex(rng, 12))} body="${rng.pick([() => `Ditt ärende ${c.caseNo} är registrerat. Ring ${alarm} dygnet runt.`, () => `Hi ${c.first}, your taxi to ${c.hosp.name} is booked.`, () => `Flyg hem bokat ${dotDate(date(rng))}. /${staff[i % staff.length].first}`])()}" dlr=${rng.pick(['delivered', 'delivered', 'undeliverable'])}`);
    }
    own(R); N.id('case-id', cases[0].caseNo);
    const text = L.join('\n') + '\n';
    F.put(txt(text));
  }

  // 9. Claims — NDJSON from the web claims form.
  {
    const F = file(C, 'assistans/ersattningskrav.ndjson'); const { R, rng, N } = F;
    const L = [];
    for (const c of cases.slice(30, 115)) {
      const o = { received: `${date(rng)}T${hms(rng)}Z`, claim: N.id('claim-id', `CL-${num(rng, 8)}`), case: N.id('case-id', c.caseNo), claimant: { name: nm(R, c), pnr: T(R, 'personnummer', c.pnr), email: T(R, 'email', c.mail), phone: T(R, 'phone', c.home) },
        payout: { iban: N.id('iban', iban(rng)), clearing: N.id('clearing', `${rng.int(3000, 8999)}`), account: N.id('account', num(rng, 10)) },
        receipts: Array.from({ length: rng.int(1, 4) }, () => ({ what: rng.pick(['taxi', 'apotek', 'läkarbesök', 'hotellnatt', 'ombokning flyg']), amount: N.amount(`${rng.int(15, 900)}.${rng.digits(2)}`), currency: rng.pick(['EUR', 'THB', 'USD', 'TRY']) })),
        client_ip: T(R, 'ip', c.ip) };
      if (rng.chance(0.2)) o.co_traveller = nm(R, c.rel);
      L.push(JSON.stringify(o));
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 10. Policy lookup — SOAP-like XML response.
  {
    const F = file(C, 'assistans/policy_lookup_response.xml'); const { R, rng, N } = F;
    const items = cases.slice(60, 110).map((c) => `      <Policy>\n        <PolicyNumber>${N.id('policy-id', c.policy)}</PolicyNumber>\n        <Holder>\n          <GivenName>${xmlEsc(c.given)}</GivenName>\n          <FamilyName>${xmlEsc(c.last)}</FamilyName>\n          <NationalId>${T(R, 'personnummer', c.pnr)}</NationalId>\n          <Email>${T(R, 'email', c.mail)}</Email>\n        </Holder>\n        <Insurer orgNo="${N.orgnr()}">${rng.pick(['Trygg Hem Försäkring', 'Folkets Sak', 'Kortförsäkring Nord'])}</Insurer>\n        <ValidTo>${N.date(date(rng, '2027-01-01', '2027-12-31'))}</ValidTo>\n      </Policy>`);
    for (const c of cases.slice(60, 110)) F.joined(xmlEsc(c.given), xmlEsc(c.last));
    const x = `<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n  <soap:Body>\n    <LookupResponse xmlns="urn:nordstjarnan:policy:v3">\n${items.join('\n')}\n    </LookupResponse>\n  </soap:Body>\n</soap:Envelope>\n`;
    F.put(txt(x));
  }

  // 11. WhatsApp chat with a customer abroad.
  {
    const F = file(C, 'assistans/whatsapp_kundchatt.txt'); const { R, rng, N } = F;
    const L = [];
    for (const c of cases.slice(85, 105)) {
      const s = rng.pick(staff); const d = date(rng);
      const cust = rng.chance(0.5) ? nm(R, c, 'full', 'chat-speaker') : T(R, 'phone', { value: c.abroad.value, subtype: 'chat-speaker-number' });
      const ag = `Nordstjärnan Assistans (${N.lone(s.first)})`;
      L.push(`${dotDate(d)}, ${hhmm(rng)} - ${cust}: Hej, jag är i ${c.city} och min ${rng.pick(['fru', 'man', 'son', 'dotter'])} har blivit sjuk`);
      L.push(`${dotDate(d)}, ${hhmm(rng)} - ${ag}: Hej! Vilket personnummer har försäkringstagaren?`);
      L.push(`${dotDate(d)}, ${hhmm(rng)} - ${cust}: ${T(R, 'personnummer', c.pnr)}`);
      L.push(`${dotDate(d)}, ${hhmm(rng)} - ${ag}: Tack. Åk till ${N.look('hospital', c.hosp.name)}. Vi ringer dig på ${T(R, 'phone', c.abroad)}.`);
      if (rng.chance(0.5)) L.push(`${dotDate(d)}, ${hhmm(rng)} - ${cust}: min brors nummer hemma är ${T(R, 'phone', c.relTel)}, han heter ${nm(R, c.rel)}`);
      L.push(`${dotDate(d)}, ${hhmm(rng)} - ${cust}: <Media omitted>`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 12. October archive — zip with notes and a forwarded mail.
  {
    const F = file(C, 'assistans/arkiv_2026-10.zip'); const { R, rng, N } = F;
    const notes = cases.slice(0, 50).map((c) => `${N.id('case-id', c.caseNo)}\t${nm(R, c)}\t${T(R, 'personnummer', c.pnr)}\t${T(R, 'phone', c.abroad)}\t${c.land}\tstängt`).join('\n') + '\n';
    const c = cases[7]; const s = staff[6];
    const m = message({ from: [s.full, s.mail], to: [['Claims', O.roles[3]]], subject: `FW: kvitton ${c.caseNo}`, date: rfcDate('2026-10-21', '14:02:00'), id: `${num(rng, 9)}@${DOM}`, enc: 'qp',
      text: `Vidarebefordrar.\n\n-----Original Message-----\nFrom: ${nm(R, c)} <${T(R, 'email', c.mail)}>\nSent: ${svDate('2026-10-20')}\nSubject: kvitton\n\nHej, här är kvittona från ${c.city}. Mitt kontonummer är ${N.id('account', `${rng.int(3000, 8999)}-${num(rng, 9)}`)}.\n/${nm(R, c, 'full', 'signature')} ${T(R, 'phone', c.home)}` });
    nm(R, s, 'full', 'header-display'); R.t('email', s.mail, 'staff-work'); role(R, O, 3);
    F.put({ bytes: zip([{ name: 'stangda_arenden.tsv', data: notes }, { name: 'mail/fw_kvitton.eml', data: m.raw }]), text: `${notes}\n${m.text}` });
  }
}
