// Twentyfirst blind set — Bilcentrum Björkfors: a used-car dealer with a workshop. Trade-ins, financing applications with
// employers and co-applicants, work orders, purchase contracts, invoices, CRM deals, marketplace leads, workshop SMS,
// stock workbook with previous owners, web chat, test drives, salespeople's vCards, credit-check responses.
// VINs, registration numbers, mileage, prices, employers' organisationsnummer and car brands are near-misses.
import { Rng, W, org, staffOf, person, people, kin, nameStyle, landline, ipVal, date, dotDate, shortDate, hhmm, hms, addDays, kr, num, alnum, safe, regnr, makeOrgnr, csv, xlsx, docx,
  mbox, rfcDate, mboxDate, htmlEml, text, json, folded, pdfLines, put, footer, LONE, LOOKALIKE, sv, xmlEsc, htmlEsc, clearing, account } from './core.mjs';

const DIR = 'bilhandel';
const CARS = [['YV1', 'Volvo', ['V60 D4', 'XC60 T6', 'V90 B4', 'XC40 Recharge', 'V70 D3']], ['WVW', 'Volkswagen', ['Golf 1.5 TSI', 'Passat GTE', 'ID.4 Pro']], ['WBA', 'BMW', ['320d Touring', 'X3 xDrive30e']],
  ['TMB', 'Škoda', ['Octavia Kombi', 'Superb iV', 'Enyaq 80']], ['JTD', 'Toyota', ['Corolla Hybrid', 'RAV4 PHEV']], ['WDD', 'Mercedes-Benz', ['C 220 d', 'GLC 300e']],
  ['ZAR', 'Alfa Romeo', ['Giulia Veloce', 'Tonale']], ['SCF', 'Aston Martin', ['DB11']], ['VF1', 'Renault', ['Zoe R135', 'Clio TCe']]];
const LIKE = ['Mercedes-Benz', 'Alfa Romeo', 'Aston Martin'];
const VINC = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const EMPLOYERS = ['Norrviks kommun', 'Region Västerbotten', 'Skanska Sverige AB', 'ICA Kvantum Björkfors', 'Sandvik Coromant', 'Björkfors Åkeri AB', 'PostNord Sverige AB', 'Samhall AB', 'Boliden Mineral AB', 'Alfa Laval Tumba AB', 'Försäkringskassan', 'Egen firma'];

export default function build(C) {
  const rng = new Rng('bil/main');
  const o = org(rng, { name: 'Bilcentrum Björkfors AB', domain: 'bilcentrum-bjorkfors.se', area: '910', roles: ['info', 'verkstad', 'noreply', 'finans', 'leads'] });
  const staff = staffOf(rng, 9, o.domain, { cp: true });
  const car = (r) => { const c = r.pick(CARS); const vin = safe(() => { let s = c[0]; for (let i = 0; i < 14; i++) s += VINC[r.int(0, VINC.length - 1)]; return s; }); return { brand: c[1], model: r.pick(c[2]), vin, reg: regnr(r), year: r.int(2008, 2024), mil: r.int(800, 32000) }; };
  const carName = (w, c) => `${LIKE.includes(c.brand) ? w.look('car-brand-like-person', c.brand) : w.id('car-brand', c.brand)} ${c.model}`;
  const employer = (w, r) => { const e = r.pick(EMPLOYERS); return e === 'Alfa Laval Tumba AB' ? w.look('company', e) : w.id('company', e); };
  const mil = (c) => `${String(c.mil).replace(/\B(?=(\d{3})+$)/g, ' ')} mil`;

  // 1. Trade-ins (cp1252 `;` CRLF), seller's given and family name in separate columns.
  {
    const r = new Rng('bil/inbyten'); const f = `${DIR}/inbyten_2026.csv`; const w = W(C, f, r);
    const rows = [['Inbytesnr', 'Datum', 'Regnr', 'Chassinr', 'Bil', 'Årsmodell', 'Miltal', 'Förnamn', 'Efternamn', 'Personnr', 'Telefon', 'E-post', 'Värdering', 'Säljare', 'Kommentar']];
    for (let i = 0; i < 105; i++) {
      const p = person(r, { cp: true, minYear: 1945, maxYear: 2003 }); const c = car(r); const s = r.pick(staff);
      rows.push([w.id('tradein-id', `INB-${num(r, 5)}`), w.date(date(r)), w.id('regnr', c.reg), w.id('vin', c.vin), carName(w, c), c.year, w.id('mileage', mil(c)), p.given, p.last, w.pnr(p),
        w.phone(r.chance(0.9) ? p.mob : landline(r)), r.chance(0.55) ? w.email(p.email) : '', w.amount(kr(r, 20000, 390000)), w.name(s, 'full', 'staff'),
        r.pick([() => '', () => 'Servicebok finns', () => `Lån hos ${w.id('company', 'Santander Consumer')}, lösen ${w.amount(kr(r, 5000, 90000))}`, () => `Ägs av ${w.name(kin(r, p, { cp: true }))} enl. reg.bevis`, () => 'Stenskott vindruta', () => `Ring frun ${w.name(kin(r, p, { cp: true }))} ${w.phone(kin(r, p, { cp: true }).mob)}`])()]);
      C.joined(f, p.given, p.last);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. Financing applications (JSON): applicant, co-applicant, employer, vehicle.
  {
    const r = new Rng('bil/finans'); const f = `${DIR}/finansieringsansokningar.json`; const w = W(C, f, r);
    const apps = [];
    for (let i = 0; i < 55; i++) {
      const p = person(r, { minYear: 1960, maxYear: 2004 }); const c = car(r); const co = r.chance(0.4) ? person(r, { minYear: 1960, maxYear: 2004 }) : null;
      const applicant = (q) => ({ name: w.name(q, r.pick(['full', 'full', 'caps'])), personalIdentityNumber: w.pnr(q, r.pick(['long', 'compact', 'long-dash'])), phone: w.mob(q, r.pick(['e164', 'intl', 'compact'])), email: w.email(q.email),
        address: { street: q.street, zip: w.zip(q.zip), city: q.city }, employment: { employer: employer(w, r), employerOrgNo: w.orgnr(), since: `${r.int(1995, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}`, type: r.pick(['Tillsvidare', 'Visstid', 'Egen företagare']) },
        monthlyIncomeSek: r.int(18, 75) * 1000, housing: r.pick(['Bostadsrätt', 'Hyresrätt', 'Villa']) });
      apps.push({ applicationId: w.id('application-id', `FA-${r.int(2026, 2026)}-${num(r, 6)}`), created: `${date(r)}T${hms(r)}+01:00`, channel: r.pick(['dealer', 'web']),
        applicant: applicant(p), coApplicant: co ? { relation: r.pick(['Sambo', 'Make/maka', 'Förälder']), ...applicant(co) } : null,
        vehicle: { regNo: w.id('regnr', c.reg), vin: w.id('vin', c.vin), make: LIKE.includes(c.brand) ? w.look('car-brand-like-person', c.brand) : w.id('car-brand', c.brand), model: c.model, price: r.int(60, 650) * 1000, downPayment: r.int(0, 100) * 1000 },
        decision: { status: r.pick(['APPROVED', 'REJECTED', 'MANUAL_REVIEW']), reference: w.id('credit-reference', `UC${num(r, 9)}`) },
        payoutAccount: r.chance(0.3) ? { clearing: w.id('clearing', clearing(r)), account: w.id('account-number', account(r)) } : null,
        handledBy: w.name(r.pick(staff), 'full', 'staff'), clientIp: w.ip(ipVal(r)) });
    }
    put(C, f, json({ dealer: o.name, dealerOrgNo: w0(C, f).orgnr(o.orgnr), applications: apps }, 1));
  }

  // 3. Workshop work orders (printed text blocks).
  {
    const r = new Rng('bil/arbetsorder'); const f = `${DIR}/arbetsordrar_verkstad_nov.txt`; const w = W(C, f, r);
    const out = [];
    for (let i = 0; i < 45; i++) {
      const p = person(r, { minYear: 1945, maxYear: 2002 }); const c = car(r); const mech = r.pick(staff);
      out.push('='.repeat(60), `ARBETSORDER ${w.id('workorder-id', `AO${num(r, 6)}`)}          ${w.date(dotDate(date(r, '2026-11-01', '2026-11-24')))}`, '-'.repeat(60),
        `Kund:     ${w.name(p, r.pick(['caps', 'full', 'surname-first']))}`, `Telefon:  ${w.phone(r.chance(0.8) ? p.mob : landline(r))}`, `Fordon:   ${w.id('regnr', c.reg)}  ${carName(w, c)}  ${w.id('mileage', mil(c))}`,
        `Åtgärd:   ${r.pick(['Service B', 'Byte bromsbelägg fram', 'Felsökning motorlampa', 'Däckskifte + förvaring', 'AC-service', 'Byte kamrem'])}`,
        `Mekaniker: ${w.name(mech, 'full', 'staff')}`, `Notering:  ${r.pick([() => 'kund väntar', () => `hämtas av ${w.name(kin(r, p))}`, () => `ring innan extraarbete > ${w.amount('2 000 kr')}`, () => `lånebil ${w.id('regnr', regnr(r))}`, () => `${w.lone(r.pick(LONE))} tar den`])()}`, '');
    }
    put(C, f, text(`${out.join('\n')}\n`, { crlf: true }));
  }

  // 4–5. Purchase contracts (.docx): buyer, seller, co-buyer, vehicle.
  for (const k of [1, 2]) {
    const r = new Rng(`bil/avtal${k}`); const f = `${DIR}/kopeavtal_${k === 1 ? 'privat' : 'foretag'}_${k}.docx`; const w = W(C, f, r);
    const s = r.pick(staff); const blocks = [{ h: 'KÖPEAVTAL – BEGAGNAT FORDON' }, `Säljare: ${o.name}, org.nr ${w.orgnr(o.orgnr)}`];
    const tbl = [['Köpare', 'Personnummer', 'Regnr', 'Chassinummer', 'Pris', 'Telefon']];
    for (let i = 0; i < 16; i++) {
      const p = person(r); const c = car(r);
      tbl.push([w.name(p, r.pick(['full', 'surname-first'])), w.pnr(p), w.id('regnr', c.reg), w.id('vin', c.vin), w.amount(kr(r, 50000, 450000)), w.mob(p)]);
    }
    const b = person(r);
    blocks.push({ runs: ['Köpare: ', b.given, ' ', b.last, ', personnummer ', w.pnr(b)] }, `Bilen säljs i befintligt skick. Garanti enligt ${w.id('product', 'Bilcentrum Trygg 12 mån')}.`,
      'Sammanställning av avtal tecknade under perioden:', { table: tbl }, `Säljare: ${w.name(s, 'full', 'staff')}  |  ${w.phone(s.direct, undefined, 'staff-direct')}  |  ${w.email(s.work, 'staff-work')}`, footer(w, o, ['orgnr', 'bg', 'switchboard']));
    w.nameStr(`${b.given} ${b.last}`, b.middle ? 'middle-name' : 'full');
    put(C, f, docx(blocks, { creator: w.name(s, 'full', 'docx-creator') }));
  }

  // 6. Workshop invoices (PDF, cp1252).
  {
    const r = new Rng('bil/fakturor'); const f = `${DIR}/fakturor_verkstad_okt.pdf`; const w = W(C, f, r);
    const L = [];
    for (let i = 0; i < 28; i++) {
      const p = person(r, { cp: true }); const c = car(r);
      L.push({ text: `FAKTURA ${w.id('invoice-number', num(r, 7))}`, bold: true, size: 12 }, `Fakturadatum ${w.date(date(r, '2026-10-01', '2026-10-31'))}   OCR ${w.id('ocr', num(r, 12))}`, `${w.name(p)}`, `${p.street}, ${w.zip(p.zip)} ${p.city}`,
        `Fordon ${w.id('regnr', c.reg)}  ${c.model}  Mätarställning ${w.id('mileage', mil(c))}`, `Arbete ${r.int(1, 8)} h   Delar ${w.amount(kr(r, 300, 9000))}   Att betala ${w.amount(kr(r, 900, 19000))}`,
        `Kundens tel: ${w.phone(p.mob)}   Er referens: ${w.name(p, 'short')}`, footer(w, o, ['orgnr', 'bg', 'switchboard']), '');
    }
    put(C, f, pdfLines(L, { per: 45, title: 'Fakturor oktober' }));
  }

  // 7. CRM deals (UTF-8, quote-all).
  {
    const r = new Rng('bil/hubspot'); const f = `${DIR}/crm_deals_export.csv`; const w = W(C, f, r);
    const rows = [['Deal ID', 'Deal Name', 'Deal Stage', 'Amount', 'Contact First Name', 'Contact Last Name', 'Contact Email', 'Contact Phone', 'Deal Owner', 'Create Date', 'Notes']];
    for (let i = 0; i < 100; i++) {
      const p = person(r); const c = car(r); const s = r.pick(staff);
      rows.push([w.id('deal-id', num(r, 10).slice(0, 9)), `${c.model} – ${w.name(p, 'short')}`, r.pick(['Lead', 'Provkörning', 'Offert', 'Vunnen', 'Förlorad']), r.int(40, 600) * 1000, p.first, p.last,
        r.chance(0.8) ? (r.chance(0.15) ? w.email(p.email.toUpperCase(), 'upper') : w.email(p.email)) : '', w.mob(p, r.pick(['e164', 'intl', 'grouped', 'compact'])), w.name(s, 'full', 'staff'), `${date(r)} ${hhmm(r)}`,
        r.pick([() => '', () => `Vill byta in ${w.id('regnr', regnr(r))}`, () => `Finansiering via ${w.role(o.roles[3])}`, () => `Pratat med ${w.lone(p.first)}, återkommer v.${r.int(45, 50)}`, () => `Intresserad av ${w.look('car-brand-like-person', 'Aston Martin')} i showroom`])()]);
      C.joined(f, p.first, p.last);
    }
    put(C, f, csv(rows, { quoteAll: true }));
  }

  // 8. Marketplace leads (mbox): notification mails, buyer questions, replies.
  {
    const r = new Rng('bil/leads'); const f = `${DIR}/leads_marknadsplats.mbox`; const w = W(C, f, r);
    const msgs = [];
    for (let i = 0; i < 30; i++) {
      const p = person(r); const c = car(r); const s = r.pick(staff); const d = date(r);
      const q = r.pick([() => `Hej! Finns ${c.model} kvar? Kan jag provköra på lördag?`, () => `Vad är lägsta pris på ${w.id('regnr', c.reg)}? Har en ${w.look('car-brand-like-person', 'Alfa Romeo')} att byta in.`, () => `is the car still available? I can pay cash. call me ${w.foreign()}`, () => `hej, kan ni skicka servicehistorik? mvh ${w.name(p, 'lower')}`])();
      const txt = `Ny förfrågan via marknadsplatsen\n\nAnnons: ${carName(w, c)} (${w.id('ad-id', num(r, 9))})\nNamn: ${w.name(p, r.pick(['full', 'full', 'lower']))}\nTelefon: ${w.mob(p)}\nE-post: ${w.email(p.email)}\n\nMeddelande:\n${q}\n\n-- \nDetta meddelande skickades till ${w.role(o.roles[4])}`;
      msgs.push({ from: ['Marknadsplatsen', w.role('noreply@marknadsplatsen.example')], to: [[o.name, o.roles[4]]], subject: `Ny förfrågan: ${c.model}`, date: rfcDate(d, hms(r)), mboxDate: mboxDate(d, '11:20:00'), id: `lead${i}.${num(r, 6)}@marknadsplatsen.example`, text: txt, enc: r.pick(['qp', '8bit', 'b64']) });
      if (r.chance(0.55)) {
        msgs.push({ from: [w.name(s, 'full', 'header-display'), w.email(s.work, 'staff-work')], to: [[w.name(p, 'full', 'header-display'), p.email]], subject: `SV: ${c.model}`, date: rfcDate(addDays(d, 1), hms(r)), id: `lead${i}r.${num(r, 6)}@bilcentrum-bjorkfors.se`, enc: 'qp', hdrMode: 'B',
          text: `Hej ${p.first}!\n\nBilen finns kvar. Välkommen på provkörning ${w.date(sv(addDays(d, 3)))} kl ${w.time(hhmm(r))}.\n\n/${w.name(s, 'full', 'signature')}\nBilförsäljare\nMobil ${w.phone(s.mob, undefined, 'staff-mobile')}\nVäxel ${w.sw(o)}` });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 9. Workshop SMS log.
  {
    const r = new Rng('bil/sms'); const f = `${DIR}/sms_verkstad.log`; const w = W(C, f, r);
    const lines = [];
    for (let i = 0; i < 160; i++) {
      const p = person(r); const c = car(r); const d = date(r, '2026-10-15', '2026-11-24');
      lines.push(`${d}T${hms(r)}+01:00 sms.send msisdn=${w.mob(p, 'plain46')} sender=BILCENTRUM ref=${w.id('workorder-id', `AO${num(r, 6)}`)} body="${r.pick([() => `Hej! Din bil ${w.id('regnr', c.reg)} är klar för hämtning. Att betala ${w.amount(kr(r, 900, 12000))}.`, () => `Påminnelse: däckbyte ${w.date(shortDate(addDays(d, 2)))} kl ${w.time(hhmm(r))}.`, () => `Vi har hittat ett fel på ${w.id('regnr', c.reg)}. Ring ${w.sw(o)}.`])()}" status=${r.pick(['ok', 'ok', 'ok', 'undeliverable'])}`);
    }
    put(C, f, text(`${lines.join('\n')}\n`));
  }

  // 10. Stock workbook: previous owners, sold cars, test drives.
  {
    const r = new Rng('bil/lager'); const f = `${DIR}/lager_och_forsaljning.xlsx`; const w = W(C, f, r);
    const s1 = [['Regnr', 'Bil', 'Miltal', 'Förre ägare', 'Pnr förre ägare', 'Inköpspris', 'Utpris']];
    for (let i = 0; i < 70; i++) { const c = car(r); const p = person(r); s1.push([w.id('regnr', c.reg), carName(w, c), w.id('mileage', mil(c)), w.name(p, nameStyle(r)), w.pnr(p), r.int(30, 400) * 1000, r.int(40, 500) * 1000]); }
    const s2 = [['Regnr', 'Köpare', 'Telefon', 'E-post', 'Leveransdatum', 'Säljare']];
    for (let i = 0; i < 55; i++) { const c = car(r); const p = person(r); s2.push([w.id('regnr', c.reg), w.name(p), w.mob(p), w.email(p.email), date(r), w.name(r.pick(staff), 'full', 'staff')]); }
    const s3 = [['Datum', 'Regnr', 'Förare', 'Körkort kontrollerat', 'Mobil']];
    for (let i = 0; i < 40; i++) { const c = car(r); const p = person(r, { minYear: 1950, maxYear: 2006 }); s3.push([date(r), w.id('regnr', c.reg), w.name(p, r.pick(['full', 'surname-first'])), r.pick(['Ja', 'Ja', 'Nej']), w.mob(p)]); }
    put(C, f, xlsx([{ name: 'I lager', rows: s1 }, { name: 'Sålda', rows: s2 }, { name: 'Provkörningar', rows: s3 }], { creator: w.name(staff[0], 'full', 'xlsx-creator') }));
  }

  // 11. Web chat transcripts (text, speaker names).
  {
    const r = new Rng('bil/chatt'); const f = `${DIR}/webbchatt_transkript.txt`; const w = W(C, f, r);
    const out = [];
    for (let i = 0; i < 30; i++) {
      const p = person(r); const s = r.pick(staff); const d = date(r); let t = r.int(8 * 60, 19 * 60);
      const ts = () => { t += r.int(0, 3); return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`; };
      const vis = r.chance(0.6) ? w.name(p, 'full', 'chat-speaker') : 'Besökare';
      out.push(`--- Chatt ${w.id('chat-id', num(r, 8))} ${w.date(d)} --- IP ${w.ip(ipVal(r))}`, `[${ts()}] ${vis}: ${r.pick([() => 'hej har ni några elbilar under 200k?', () => `Hej! Jag heter ${w.name(p, r.pick(['full', 'lower']))}, har ett inbyte`, () => `hallo, my name is ${w.name(p)}, do you speak english?`])()}`,
        `[${ts()}] ${w.name(s, 'short', 'chat-speaker')}: Hej! ${r.pick(['Absolut', 'Javisst', 'Självklart'])}. Vilket nummer når jag dig på?`, `[${ts()}] ${vis}: ${w.mob(p, r.pick(['compact', 'grouped', 'spaced', 'slash', 'dots']))}`,
        `[${ts()}] ${s.short}: Tack, jag ringer inom en timme. Regnr på inbytet?`, `[${ts()}] ${vis}: ${w.id('regnr', regnr(r))}`, '');
    }
    put(C, f, text(out.join('\n')));
  }

  // 12. Test drives (.ics).
  {
    const r = new Rng('bil/ics'); const f = `${DIR}/provkorningar.ics`; const w = W(C, f, r);
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bilcentrum//Provkörning//SV'];
    for (let i = 0; i < 45; i++) {
      const p = person(r); const s = r.pick(staff); const c = car(r); const d = date(r, '2026-11-20', '2026-12-20').replace(/-/g, '');
      lines.push('BEGIN:VEVENT', `UID:${w.id('uid', `pk-${num(r, 8)}@bilcentrum-bjorkfors.se`, 'email')}`, `DTSTART:${d}T${String(r.int(9, 17)).padStart(2, '0')}0000`, `SUMMARY:Provkörning ${c.model} – ${w.name(p)}`,
        `DESCRIPTION:${w.id('regnr', c.reg)}. Kund ${w.mob(p)}\\, ${w.email(p.email)}. Körkort ska visas.`, `ATTENDEE;CN=${w.name(p, 'full', 'ics-cn')};ROLE=REQ-PARTICIPANT:mailto:${p.email}`,
        `ORGANIZER;CN=${w.name(s, 'full', 'ics-cn')}:mailto:${w.email(s.work, 'staff-work')}`, 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    put(C, f, folded(lines));
  }

  // 13. Salespeople (.vcf).
  {
    const r = new Rng('bil/vcf'); const f = `${DIR}/saljare.vcf`; const w = W(C, f, r);
    const lines = [];
    for (const s of staff) lines.push('BEGIN:VCARD', 'VERSION:4.0', `FN:${w.name(s, 'full', 'vcard-fn')}`, `N:${s.last};${s.given};;;`, `ORG:${o.name}`, `TEL;TYPE=cell:${w.phone(s.mob, 'intl', 'staff-mobile')}`, `TEL;TYPE=work:${w.phone(s.direct, undefined, 'staff-direct')}`, `EMAIL:${w.email(s.work, 'staff-work')}`, 'END:VCARD');
    lines.push('BEGIN:VCARD', 'VERSION:4.0', `FN:${o.name}`, `TEL;TYPE=work:${w.sw(o)}`, `EMAIL:${w.role(o.roles[0])}`, 'END:VCARD');
    put(C, f, folded(lines));
  }

  // 14. Credit-check responses (XML).
  {
    const r = new Rng('bil/kredit'); const f = `${DIR}/kreditupplysning_svar.xml`; const w = W(C, f, r);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<CreditResponses>'];
    for (let i = 0; i < 50; i++) {
      const p = person(r, { minYear: 1955, maxYear: 2004 });
      out.push(`  <Response ref="${w.id('credit-reference', `UC${num(r, 9)}`)}">`, `    <Subject><Id>${r.chance(0.06) ? `${w.badLuhn()}</Id><Error>Ogiltigt personnummer` : w.pnr(p, 'long')}</Id><Name>${xmlEsc(w.name(p, 'surname-first-caps'))}</Name><Address>${xmlEsc(p.street)}, ${w.zip(p.zip)} ${p.city}</Address></Subject>`,
        `    <Score>${r.int(1, 99)}</Score><Risk>${(r.int(1, 900) / 100).toFixed(2)}</Risk><Income year="2025">${r.int(180, 900) * 1000}</Income><PaymentRemarks>${r.int(0, 3)}</PaymentRemarks>`,
        `    <RequestedBy>${xmlEsc(w.name(r.pick(staff), 'full', 'staff'))}</RequestedBy><Requester orgNo="${w.orgnr(o.orgnr)}"/>`, '  </Response>');
    }
    out.push('</CreditResponses>');
    put(C, f, text(`${out.join('\n')}\n`));
  }
}

/** A second W for the same file (the dealer's own number, recorded after the applications). */
function w0(C, f) { return W(C, f, new Rng('bil/w0')); }
