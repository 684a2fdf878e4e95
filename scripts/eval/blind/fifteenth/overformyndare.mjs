// Fifteenth blind set — Överförmyndarnämnden i Norrfjärdens kommun (overformyndare/): a municipal guardianship office.
// Case list (UTF-8 CSV, quoted multi-line cells), annual accounts workbook (.xlsx, three sheets), letters (.docx),
// decisions (.pdf), the office mailbox (mbox with forwards, quoted replies and a CSV attachment), a bank's HTML-only
// mail (.eml), telephone notes (.txt), the case system's XML export, an HTML list of available gode män, a training
// calendar (.ics), the e-service's JSON submissions and its access log.
import { Rng, person, people, crowd, kin, nameAs, nameStyle, N, J, pnr, phone, foreign, email, workEmail, T, date, dotDate, hhmm, hms, ms, isoTs, alnum, hex, ocr, uuid, kr,
  ipVal, org, footer, role, server, nears, pdfLines, folded, htmlEml, jsonText, ndjson, putText, csv, zip, xlsx, docx, mbox, eml, rfcDate, htmlEsc, xmlEsc,
  num, safe, svDate, street, postcode, CITIES, LONE, LOOKALIKE, makeOrgnr, iban } from './core.mjs';

const TYPES = ['god man', 'förvaltare', 'god man', 'förmyndare', 'god man för ensamkommande', 'särskilt förordnad vårdnadshavare'];
const BANKS = ['Västermarks Sparbank', 'Nordea', 'Handelsbanken', 'Swedbank', 'SEB', 'Länsförsäkringar Bank'];

export default function overformyndare(C) {
  const rng = new Rng('overformyndare');
  const O = org(rng, { name: 'Överförmyndarnämnden, Norrfjärdens kommun', domain: 'norrfjarden.se', area: '611', roles: ['overformyndaren', 'kommunen', 'noreply', 'e-tjanst', 'registrator'] });
  const staff = people(rng, 7, { origins: [['swedish', 85], ['finnish', 5], ['bosnian', 5], ['persian', 5]], cp1252: true });
  staff.forEach((s) => { s.mail = workEmail(s, O.domain); s.direct = phone(rng, 'landline', 'dash'); });
  const hm = crowd(rng, 190, { middle: 0.2 }).map((p, i) => ({ p, pnr: pnr(rng, i % 17 === 0 ? { old: true } : i % 9 === 0 ? { minYear: 2007, maxYear: 2023 } : { minYear: 1930, maxYear: 2006 }),
    case: `ÖFN ${rng.pick(['2019', '2021', '2023', '2024', '2025', '2026'])}/${String(rng.int(1, 1999)).padStart(4, '0')}` }));
  const sf = crowd(rng, 75, { origins: [['swedish', 75], ['finnish', 5], ['arabic', 4], ['persian', 4], ['bosnian', 4], ['polish', 3], ['somali', 3], ['english', 2]] })
    .map((p) => ({ p, mob: phone(rng, 'mobile'), mail: email(rng, p), pnr: pnr(rng, { minYear: 1945, maxYear: 1995 }), addr: `${street(rng)}, ${postcode(rng)} ${rng.pick(CITIES)}` }));
  const sfOf = (i) => sf[i % sf.length];

  // 1. case list CSV (UTF-8, quoted multi-line)
  {
    const file = 'overformyndare/arendelista_2026-11.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['Ärendenr', 'Huvudman', 'Personnummer', 'Typ', 'Ställföreträdare', 'Telefon', 'E-post', 'Adress', 'Handläggare', 'Senaste årsräkning', 'Anteckning']];
    hm.slice(0, 150).forEach((h, i) => {
      const s = sfOf(i * 3 + 1); const st = staff[i % staff.length];
      let note = '';
      const k = rng.int(0, 6);
      if (k === 0) note = `Anhörig: ${N(R, kin(rng, h.p), 'full', 'running-text')} (dotter)\nTel ${T(R, 'phone', phone(rng))}`;
      else if (k === 1) note = `Årsräkning kompletterad ${nm.date(date(rng))}.\nKontoutdrag saknas för konto ${R.n(null, 'account', `${rng.int(3000, 8999)}-${safe(() => rng.digits(rng.int(7, 10)))}`)}`;
      else if (k === 2) note = `Byte av ställföreträdare begärt av huvudmannen.\nFörslag: ${N(R, sfOf(i + 40).p)}`;
      else if (k === 3) note = `Fastighet ${R.n(null, 'property-designation', `${rng.pick(['Tallby', 'Ekbacken', 'Norrby', 'Lunden'])} ${rng.int(1, 30)}:${rng.int(1, 200)}`)} ska säljas, samtycke krävs`;
      else if (k === 4) note = `Mål ${R.n(null, 'court-case', `Ä ${rng.int(100, 9999)}-${rng.pick(['24', '25', '26'])}`)} vid tingsrätten`;
      rows.push([R.n(null, 'case-number', h.case), T(R, 'name', nameAs(h.p, rng.pick(['full', 'full', 'surname-first', 'caps']))), T(R, 'personnummer', h.pnr), TYPES[i % TYPES.length],
        N(R, s.p, rng.chance(0.8) ? 'full' : 'surname-first'), T(R, 'phone', s.mob), T(R, 'email', s.mail), s.addr, N(R, st, 'full', 'staff'), rng.chance(0.8) ? nm.date(date(rng, '2026-02-01', '2026-06-30')) : 'ej inkommen', note]);
    });
    const r = csv(rows, { sep: ',', eol: '\n' }); C.put(file, r.bytes, r.text);
  }

  // 2. annual accounts workbook
  {
    const file = 'overformyndare/arsrakningar_2025.xlsx'; const R = C.at(file); const nm = nears(R, rng);
    const s1 = [['Ärendenr', 'Huvudman', 'Pnr', 'Ställf. förnamn', 'Ställf. efternamn', 'Inkom', 'Status', 'Granskare']];
    hm.slice(20, 150).forEach((h, i) => { const s = sfOf(i * 7); J(C, file, s.p);
      s1.push([R.n(null, 'case-number', h.case), N(R, h.p), T(R, 'personnummer', h.pnr), s.p.given, s.p.last, nm.date(date(rng, '2026-01-15', '2026-05-30')), rng.pick(['Granskad', 'Under granskning', 'Komplettering begärd', 'Granskad med anm.']), N(R, staff[i % staff.length], 'full', 'staff')]); });
    const s2 = [['Ställföreträdare', 'Personnummer', 'Antal uppdrag', 'Arvode (kr)', 'Kostnadsersättning', 'Clearing', 'Konto', 'Betalas från']];
    sf.slice(0, 60).forEach((s) => s2.push([N(R, s.p, 'surname-first'), T(R, 'personnummer', s.pnr), rng.int(1, 6), rng.int(4000, 48000), rng.int(0, 3000), R.n(null, 'clearing', String(rng.int(3000, 8999))), R.n(null, 'account', safe(() => rng.digits(10))), rng.pick(['huvudmannen', 'kommunen'])]));
    const s3 = [['Påminnelse skickad', 'Till', 'Huvudman', 'Svar']];
    for (let i = 0; i < 30; i++) { const s = rng.pick(sf); const h = rng.pick(hm); s3.push([nm.date(date(rng, '2026-03-01', '2026-04-30')), N(R, s.p, 'caps'), N(R, h.p, 'surname-first'), rng.pick(['', 'ringt', 'mail', 'vite föreslås'])]); }
    s3.push([], [`Frågor: ${R.n('email', 'role-email', O.roles[0])}`, R.n('phone', 'switchboard', O.switchboard)]);
    const r = xlsx([{ name: 'Inkomna', rows: s1 }, { name: 'Arvoden', rows: s2 }, { name: 'Påminnelser', rows: s3 }], { creator: staff[0].full });
    R.t('name', staff[0].full, 'xlsx-creator'); C.put(file, r.bytes, r.text);
  }

  // 3. letters .docx
  const letterKinds = ['Beslut om arvode', 'Begäran om komplettering av årsräkning', 'Underrättelse till närmaste släktingar'];
  letterKinds.forEach((kind, f) => {
    const h = hm[f * 13 + 2]; const s = sfOf(f * 5 + 2); const st = staff[f + 1]; const d = date(rng);
    const file = `overformyndare/brev/brev_${f + 1}_${h.case.replace(/\D/g, '')}.docx`; const R = C.at(file); const nm = nears(R, rng);
    const blocks = [{ h: O.name }, `${nm.date(svDate(d))}`, `Dnr ${R.n(null, 'case-number', h.case)}`, '',
      N(R, s.p, 'full', 'letter-address'), street(rng), `${R.n(null, 'postcode', postcode(rng))} ${rng.pick(CITIES)}`, '', { h: kind },
      { runs: ['Huvudman: ', N(R, h.p), ', ', T(R, 'personnummer', h.pnr)] }];
    if (f === 0) blocks.push(`Överförmyndarnämnden beslutar att arvode för perioden 2025-01-01 – 2025-12-31 ska utgå till ${N(R, s.p, 'full', 'running-text')} med ${nm.amount(`${kr(rng, 6000, 30000)} kr`)}. Arvodet betalas av huvudmannen.`);
    else if (f === 1) blocks.push(`Vi saknar kontoutdrag från ${rng.pick(BANKS)} (konto ${R.n(null, 'account', safe(() => `${rng.int(3000, 8999)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`))}) samt underlag för uttaget den ${nm.date(date(rng, '2025-03-01', '2025-11-30'))}. Komplettera senast ${nm.date(svDate(date(rng, '2026-12-01', '2026-12-20')))}.`);
    else {
      const rel = [kin(rng, h.p), kin(rng, h.p), person(rng)];
      blocks.push('Enligt 11 kap. 16 § föräldrabalken underrättas följande närmaste släktingar:', { table: [['Namn', 'Relation', 'Telefon'], ...rel.map((q, i) => [N(R, q), ['son', 'dotter', 'sambo'][i], T(R, 'phone', rng.chance(0.8) ? phone(rng) : foreign(rng))])] });
    }
    blocks.push('', 'Med vänlig hälsning', { runs: [N(R, st, 'full', 'signature'), ', handläggare'] }, `Direkt: ${T(R, 'phone', { value: st.direct.value, subtype: 'staff-direct' })}  E-post: ${R.t('email', st.mail, 'staff-work')}`,
      footer(R, O, ['orgnr', 'switchboard']), `Besöksadress: ${R.n('name', 'street', 'Anna Lindhs plats 1')}, Norrfjärden`);
    const r = docx(blocks, { creator: st.full }); R.t('name', st.full, 'docx-creator'); C.put(file, r.bytes, r.text);
  });

  // 4. decisions .pdf
  for (let f = 0; f < 2; f++) {
    const cand = hm.filter((h) => /^[\x20-\xff]*$/.test(h.p.full));
    const h = cand[f * 5 + 1]; const s = sf.filter((x) => /^[\x20-\xff]*$/.test(x.p.full))[f * 3]; const st = staff[(f + 3) % staff.length];
    const file = `overformyndare/beslut/beslut_${h.case.replace(/\D/g, '')}.pdf`; const R = C.at(file); const nm = nears(R, rng);
    const lines = [{ text: 'BESLUT', size: 16, bold: true }, `${O.name}`, `Datum ${nm.date(date(rng))}   Dnr ${R.n(null, 'case-number', h.case)}`, '',
      `Huvudman: ${N(R, h.p, 'caps')}  Personnummer: ${T(R, 'personnummer', h.pnr)}`, `Ställföreträdare: ${N(R, s.p)}  (${T(R, 'personnummer', s.pnr)})`, `Adress: ${s.addr}`, `Telefon: ${T(R, 'phone', s.mob)}`, '',
      'Beslut', `Nämnden samtycker till försäljning av fastigheten ${R.n(null, 'property-designation', `Ekbacken ${rng.int(1, 20)}:${rng.int(1, 99)}`)} för ${nm.amount(`${kr(rng, 900000, 3500000)} kr`)}.`,
      'Skäl', 'Huvudmannen har flyttat till särskilt boende och fastigheten står tom. Yttrande har inhämtats från', `${N(R, kin(rng, h.p, { cp1252: true }), 'full', 'running-text')} (bror) som inte har något att invända.`, '',
      'Hur man överklagar: se bilaga. Överklagandet ställs till Västermarks tingsrätt.', '', `${N(R, st, 'full', 'signature')}`, 'Handläggare', `Tel ${T(R, 'phone', { value: st.direct.value, subtype: 'staff-direct' })}`,
      `${footer(R, O, ['orgnr', 'switchboard'])}`];
    for (let i = 0; i < 30; i++) lines.push(`Bilaga förteckning rad ${i + 1}: ${rng.pick(['Bankmedel', 'Fonder', 'Bil', 'Bostadsrätt', 'Skuld'])} ${nm.amount(`${kr(rng, 1000, 400000)} kr`)}  ${R.n(null, 'account', safe(() => `${rng.int(3000, 8999)}-${rng.digits(9)}`))}`);
    const r = pdfLines(lines, { title: 'Beslut' }); C.put(file, r.bytes, r.text);
  }

  // 5. office mailbox
  {
    const file = 'overformyndare/inkorg_overformyndaren.mbox'; const R = C.at(file); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 48; i++) {
      const s = rng.pick(sf); const h = rng.pick(hm); const st = rng.pick(staff); const d = date(rng);
      const k = rng.int(0, 4); let m;
      if (k === 0) m = { from: [N(R, s.p, 'full', 'header-display'), T(R, 'email', s.mail)], to: [['Överförmyndaren', role(R, O, 0)]], subject: `Årsräkning ${h.p.first} ${h.p.last}`,
        text: `Hej!\nBifogar årsräkning för ${N(R, h.p)}, ${T(R, 'personnummer', h.pnr)}. Kontoutdragen skickas per post.\nJag nås på ${T(R, 'phone', s.mob)}.\n\nVänliga hälsningar\n${N(R, s.p, 'full', 'signature')}\ngod man` };
      else if (k === 1) {
        const rel = kin(rng, h.p);
        m = { from: [N(R, rel, 'full', 'header-display'), T(R, 'email', email(rng, rel))], to: [['Överförmyndaren', role(R, O, 0)]], subject: 'Klagomål på god man',
          text: `Till överförmyndaren\n\nJag är ${rng.pick(['son', 'dotter', 'syster'])} till ${N(R, h.p, 'full', 'running-text')} och vill klaga på hennes gode man ${N(R, s.p, 'full', 'running-text')}. Han svarar inte i telefon (${T(R, 'phone', s.mob)}) och mamma har inte fått sina fickpengar sedan ${nm.date(svDate(date(rng)))}.\n\nRing mig på ${T(R, 'phone', rng.chance(0.7) ? phone(rng) : foreign(rng))}.\n\n${N(R, rel, rng.pick(['full', 'lower']), 'signature')}` };
      } else if (k === 2) m = { from: [N(R, st, 'full', 'header-display'), R.t('email', st.mail, 'staff-work')], to: [[N(R, s.p, 'full', 'header-display'), T(R, 'email', s.mail)]], subject: `SV: Årsräkning ${h.case}`,
        text: `Hej ${R.n('name', 'lone-first-name', s.p.first)},\n\nTack, årsräkningen är granskad utan anmärkning.\n\nMvh ${N(R, st, 'full', 'signature')}\nÖverförmyndarenheten, ${T(R, 'phone', { value: st.direct.value, subtype: 'staff-direct' })}\n\n-----Ursprungligt meddelande-----\nFrån: ${s.p.full} <${s.mail.value}>\nSkickat: ${nm.date(d)}\n> Hej! Här kommer årsräkningen för ${N(R, h.p, 'full', 'quoted')}.\n> /${s.p.first}` };
      else if (k === 3) {
        const rows = [['Datum', 'Text', 'Belopp', 'Saldo']];
        for (let j = 0; j < 12; j++) rows.push([nm.date(date(rng, '2025-01-01', '2025-12-31')), rng.pick(['Swish till', 'Överföring', 'Kortköp', 'Autogiro']) + (rng.chance(0.4) ? ` ${N(R, person(rng), 'caps', 'bank-text')}` : ' ICA NÄRA'), `-${rng.int(50, 4000)},00`, `${rng.int(1000, 90000)},${rng.int(10, 99)}`]);
        const att = csv(rows, { sep: ';' });
        m = { from: [N(R, s.p, 'full', 'header-display'), T(R, 'email', s.mail)], to: [['Överförmyndaren', role(R, O, 0)]], subject: `Transaktioner ${h.case}`,
          text: `Se bifogad fil för ${N(R, h.p)}. Saldo vid årets slut ${nm.amount(`${kr(rng, 2000, 300000)} kr`)}.\n/${s.p.first}`, attachments: [{ name: 'transaktioner_2025.csv', type: 'text/csv; charset=utf-8', data: att.bytes, text: att.text }] };
        R.n('name', 'lone-first-name', s.p.first);
      } else m = { from: [N(R, st, 'full', 'header-display'), R.t('email', st.mail, 'staff-work')], to: [[null, role(R, O, 4)]], subject: `VB: Anmälan om behov av god man – ${h.p.last}`,
        text: `Diarieför, tack.\n\n---------- Vidarebefordrat meddelande ----------\nFrån: ${N(R, person(rng), 'full', 'forwarded')} <${T(R, 'email', { value: `kurator.${rng.int(1, 9)}@regionvastermark.se`, subtype: 'work' })}>\nDatum: ${nm.date(d)}\n\nPatienten ${N(R, h.p, 'full', 'forwarded')} (${T(R, 'personnummer', h.pnr)}) vårdas på avd 14 och bedöms behöva god man. Anhörig ${N(R, kin(rng, h.p), 'full', 'forwarded')} tel ${T(R, 'phone', phone(rng))} är informerad.` };
      msgs.push({ ...m, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${hex(rng, 14)}@mail.norrfjarden.se`, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Nov 24 08:00:00 2026' });
    }
    const r = mbox(msgs); C.put(file, r.bytes, r.text);
  }

  // 6. bank's HTML-only mail
  for (let f = 0; f < 1; f++) {
    const s = sfOf(f * 11 + 5); const h = hm[f * 17 + 9];
    const file = `overformyndare/bankbesked_${f + 1}.eml`; const R = C.at(file); const nm = nears(R, rng);
    const bank = BANKS[f];
    const html = `<html><body><table width="600"><tr><td><h2>${htmlEsc(bank)}</h2><p>Till: ${htmlEsc(N(R, s.p))}, ställföreträdare</p><p>Avser: ${htmlEsc(N(R, h.p, 'caps'))} (${htmlEsc(T(R, 'personnummer', h.pnr))})</p>`
      + `<p>Kontot ${htmlEsc(R.n(null, 'account', safe(() => `${rng.int(3000, 8999)}-${rng.digits(10)}`)))} har spärrats för uttag utan överförmyndarens samtycke.</p><p>IBAN ${htmlEsc(R.n(null, 'iban', iban(rng)))}</p><p>Med vänlig hälsning<br>${htmlEsc(N(R, person(rng), 'full', 'signature'))}<br>Dödsbo- och ställföreträdarservice<br>${htmlEsc(nm.service())}</p></td></tr></table></body></html>`;
    const r = htmlEml({ from: [bank, nm.role(`ingen-svar@${['sparbank', 'nordea'][f]}.example`)], to: [[s.p.full, s.mail.value]], subject: `Besked om spärr – ${h.case}`, date: rfcDate(date(rng)), id: `${hex(rng, 10)}@bank.example`, html, enc: f ? 'qp' : 'b64' });
    R.t('email', s.mail.value, 'personal'); R.t('name', s.p.full, 'header-display'); R.n(null, 'case-number', h.case);
    C.put(file, r.bytes, r.text);
  }

  // 7. telephone notes
  {
    const file = 'overformyndare/telefonanteckningar_nov.txt'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 110; i++) {
      const s = rng.pick(sf); const h = rng.pick(hm); const st = rng.pick(staff); const d = date(rng, '2026-11-01', '2026-11-24');
      const init = `${st.first[0]}${st.last[0]}`.toUpperCase();
      const k = rng.int(0, 7);
      const lines = [
        () => `${nm.date(d)} ${hhmm(rng)} ${init}: ringde ${N(R, s.p, rng.pick(['full', 'lower']))} (gm för ${N(R, h.p, rng.pick(['full', 'lower']))}), undrar över arvodet. återkommer.`,
        () => `${nm.date(d)} ${init}: pratat m ${h.p.first.toLowerCase()}s dotter ${N(R, kin(rng, h.p), 'full', 'running-text')} ${T(R, 'phone', phone(rng))} - vill bli god man själv. skickat blankett.`,
        () => `${nm.date(d)} ${init} samtal fr bank ang ${T(R, 'personnummer', h.pnr)}, uttag 25 000 kr. sagt nej utan samtycke`,
        () => `${nm.date(d)}: ${R.t('name', `${s.p.first} ${s.p.last}`, 'running-text')} har bytt nr -> ${T(R, 'phone', phone(rng, 'mobile'))}. uppdaterat i systemet /${init}`,
        () => `${nm.date(d)} ${init} - hm ${N(R, h.p, 'surname-first-nocomma')} avliden ${nm.date(dotDate(date(rng, '2026-10-01', '2026-11-20')))} enl. ${rng.pick(['begravningsbyrån', 'sjukhuset', 'gm'])}. avsluta ärende ${R.n(null, 'case-number', h.case)}`,
        () => `${nm.date(d)} Ring tillbaka ${T(R, 'phone', s.mob)} (${s.p.first}) – frågar om ${R.n('name', 'lower-words', 'god man')}-utbildningen`,
        () => `${nm.date(d)} ${init}: tolk behövs vid möte m ${N(R, h.p)}, arabiska. bokat via Språkbron ${R.n(null, 'booking-number', `SB-${num(rng, 7)}`)}`,
        () => `${nm.date(d)} ${init} samtal med familjen ${R.n('name', 'surname-alone', h.p.last)} - oklart vem som ska ha bouppteckningen.`,
      ];
      out.push(lines[k]());
      if (k === 5) R.n('name', 'lone-first-name', s.p.first);
    }
    out.push('', `Växel ${R.n('phone', 'switchboard', O.switchboard)} · Kontaktcenter ${R.n('phone', 'service-line', O.service)}`);
    putText(C, file, `${out.join('\r\n')}\r\n`);
  }

  // 8. case system XML export
  {
    const file = 'overformyndare/export/arenden.xml'; const R = C.at(file); const nm = nears(R, rng);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<Export system="Wärna ÖF" skapad="${nm.date('2026-11-23')}T06:00:00" av="${xmlEsc(N(R, staff[4], 'full', 'staff'))}">`];
    hm.slice(60, 150).forEach((h, i) => {
      const s = sfOf(i * 5 + 3); J(C, file, h.p);
      out.push(`  <Arende nr="${R.n(null, 'case-number', h.case)}" typ="${xmlEsc(TYPES[i % TYPES.length])}">`,
        `    <Huvudman><Fornamn>${xmlEsc(h.p.given)}</Fornamn><Efternamn>${xmlEsc(h.p.last)}</Efternamn><Personnummer>${T(R, 'personnummer', h.pnr)}</Personnummer></Huvudman>`,
        `    <Stallforetradare><Namn>${xmlEsc(N(R, s.p))}</Namn><Telefon>${T(R, 'phone', s.mob)}</Telefon><Epost>${T(R, 'email', s.mail)}</Epost>${rng.chance(0.3) ? `<Personnummer>${T(R, 'personnummer', s.pnr)}</Personnummer>` : ''}</Stallforetradare>`,
        `    <Tillgangar belopp="${rng.int(0, 2000000)}" valuta="SEK"/>`, '  </Arende>');
    });
    out.push('</Export>');
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 9. HTML list of available gode män
  {
    const file = 'overformyndare/lediga_gode_man.html'; const R = C.at(file); const nm = nears(R, rng);
    const rows = sf.slice(0, 45).map((s) => `<tr><td>${htmlEsc(N(R, s.p, rng.chance(0.85) ? 'full' : 'surname-first'))}</td><td>${htmlEsc(rng.pick(['Norrfjärden', 'Tallby', 'Lunden', 'Ekbacken']))}</td><td>${htmlEsc(T(R, 'phone', s.mob))}</td><td><a href="mailto:${htmlEsc(s.mail.value)}">${htmlEsc(T(R, 'email', s.mail))}</a></td><td>${rng.int(0, 4)}</td></tr>`);
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Tillgängliga ställföreträdare</title></head><body><h1>Tillgängliga gode män och förvaltare</h1><p>Uppdaterad ${nm.date('2026-11-20')}. Intern lista &ndash; sprid ej.</p><table><thead><tr><th>Namn</th><th>Område</th><th>Mobil</th><th>E-post</th><th>Lediga uppdrag</th></tr></thead><tbody>${rows.join('')}</tbody></table><footer>Kontakt: <a href="mailto:${O.roles[0]}">${role(R, O, 0)}</a> &middot; ${R.n('phone', 'switchboard', O.switchboard)} &middot; ${R.n('name', 'street', 'Olof Palmes gata 3')}</footer></body></html>`;
    putText(C, file, html);
    C.files.get(file).text = htmlToTextLocal(html);
  }

  // 10. training calendar
  {
    const file = 'overformyndare/utbildning_godman.ics'; const R = C.at(file);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Norrfjarden//Outlook 16.0//SV', 'METHOD:REQUEST'];
    for (let e = 0; e < 6; e++) {
      const st = staff[e % staff.length];
      L.push('BEGIN:VEVENT', `UID:${uuid(rng)}`, `DTSTART:202612${String(e * 3 + 1).padStart(2, '0')}T170000Z`, `DTEND:202612${String(e * 3 + 1).padStart(2, '0')}T190000Z`, `SUMMARY:Grundutbildning gode män, del ${e + 1}`,
        `LOCATION:Kommunhuset\\, sal Selma Lagerlöf`, `ORGANIZER;CN=${N(R, st, 'full', 'ics-cn')}:mailto:${R.t('email', st.mail, 'staff-work')}`);
      for (const s of rng.shuffle(sf).slice(0, 12)) L.push(`ATTENDEE;CN=${N(R, s.p, 'full', 'ics-cn')};RSVP=TRUE:mailto:${T(R, 'email', s.mail)}`);
      L.push('END:VEVENT');
    }
    L.push('END:VCALENDAR');
    R.n('name', 'lookalike-room', 'Selma Lagerlöf');
    const r = folded(L); C.put(file, r.bytes, r.text);
  }

  // 11. e-service JSON submissions
  {
    const file = 'overformyndare/etjanst/ansokningar.json'; const R = C.at(file); const nm = nears(R, rng);
    const subs = [];
    for (let i = 0; i < 40; i++) {
      const h = rng.pick(hm); const app = kin(rng, h.p); const d = date(rng);
      const rel = [person(rng), kin(rng, h.p)];
      subs.push({ submissionId: uuid(rng), form: 'ansokan-godman-v3', submitted: isoTs(rng, d), auth: { method: 'BankID', personalNumber: T(R, 'personnummer', pnr(rng, { style: 'long' })), ip: T(R, 'ip', ipVal(rng)) },
        applicant: { givenName: app.given, surname: app.last, phone: T(R, 'phone', phone(rng)), email: T(R, 'email', email(rng, app)), relation: 'barn' },
        principal: { name: N(R, h.p), personalNumber: T(R, 'personnummer', h.pnr), address: { street: street(rng), postalCode: R.n(null, 'postcode', postcode(rng)), city: rng.pick(CITIES) } },
        relatives: rel.map((q) => ({ name: N(R, q, rng.pick(['full', 'surname-first'])), phone: rng.chance(0.5) ? T(R, 'phone', rng.chance(0.8) ? phone(rng) : foreign(rng)) : null })),
        proposedGuardian: rng.chance(0.4) ? { name: N(R, rng.pick(sf).p) } : null, attachments: [{ name: `lakarintyg_${num(rng, 6)}.pdf`, size: rng.int(80000, 900000) }], caseNumber: R.n(null, 'case-number', h.case) });
      J(C, file, app);
    }
    putText(C, file, jsonText({ exportedAt: '2026-11-23T05:00:00Z', count: subs.length, items: subs }));
  }

  // 12. e-service access log
  {
    const file = 'overformyndare/etjanst/access.log'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 170; i++) {
      const ip = T(R, 'ip', ipVal(rng)); const d = rng.int(1, 23);
      const path = rng.pick(['/etjanst/arsrakning', '/etjanst/ansokan', '/api/session', '/static/app.js', '/etjanst/inloggad/mina-arenden']);
      const q = rng.chance(0.08) ? `?pnr=${T(R, 'personnummer', pnr(rng, { style: 'compact' }))}` : rng.chance(0.1) ? `?ref=${R.n(null, 'case-number', rng.pick(hm).case.replace(' ', '%20'))}` : '';
      out.push(`${ip} - - [${String(d).padStart(2, '0')}/Nov/2026:${hms(rng)} +0100] "GET ${path}${q} HTTP/1.1" ${rng.pick([200, 200, 200, 302, 304, 404])} ${rng.int(200, 90000)} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_${rng.int(0, 6)} like Mac OS X) Version/${nm.version(`17.${rng.int(0, 6)}.${rng.int(0, 3)}`)}"`);
    }
    out.push(`${server(R, O, 0)} - - [23/Nov/2026:03:00:00 +0100] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`);
    putText(C, file, `${out.join('\n')}\n`);
  }
}

function htmlToTextLocal(html) {
  return html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d|table)>/gi, '\n').replace(/<\/t[dh]>/gi, '\t').replace(/<[^>]+>/g, '').replace(/&ndash;/g, '–').replace(/&middot;/g, '·').replace(/&amp;/g, '&');
}
