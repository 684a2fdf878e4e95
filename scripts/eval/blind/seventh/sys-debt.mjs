// Seventh blind set — inkasso/: a debt-collection agency (demand letters as PDF, payment plans .xlsx, call notes,
// a debtor export in Windows-1252, a dispute inbox mbox with a payment-history CSV attachment).
import { Rng, makePerson, sDate, sTime, safeDigits, street, postcode, CITIES, amount, luhn } from './lib.mjs';
import { N } from './lib.mjs';
import { csv, xlsx, pdf, mbox, rfcDate } from './formats.mjs';
import { customer, nm, pn, ph, em, ip, nBadPnr, nBadDate, nOrg, nService, nRole, nLone, nCompany, nPlace, nStreet } from './mk.mjs';

const CREDITORS = ['Elbolaget Norr AB', 'Telia-Exempel Mobil AB', 'Hyresvärden Kjell Berg Fastigheter AB', 'Gym & Hälsa Sverige AB', 'Nätbutiken Linnea Design AB'];
const AGENCY = 'Inkassobyrån Nordkredit AB';

export default function build(C) {
  const rng = new Rng('debt');
  const agents = Array.from({ length: 5 }, () => makePerson(rng, { cp1252: true }));
  const ocr = () => { for (;;) { const b = safeDigits(rng, 13, '8'); const s = b + luhn(b); return s; } };

  // 1–4. demand letters (PDF)
  for (let k = 0; k < 4; k++) {
    const caseNo = `NK-${safeDigits(rng, 7, '2')}`;
    const R = C.at(`inkasso/inkassokrav_${caseNo}.pdf`);
    const d = customer(rng, { cp1252: true }); const a = rng.pick(agents); const cred = rng.pick(CREDITORS);
    const style = k % 2 ? 'caps' : 'full';
    const page1 = [{ text: nCompany(R, AGENCY), size: 15, bold: true }, `Box 4711, ${R.n(null, 'postal-code', '403 15')} Göteborg · Org.nr ${nOrg(R, rng)} · Tel ${nService(R, rng)}`, '',
      nm(R, d, style), nStreet(R, street(rng)), `${R.n(null, 'postal-code', postcode(rng))} ${nPlace(R, rng.pick(CITIES).toUpperCase())}`, '',
      { text: 'INKASSOKRAV', size: 14, bold: true }, `Ärendenummer: ${R.n(null, 'case-number', caseNo)}`, `Personnummer: ${pn(R, rng, d, k === 2 ? 'long' : 'short')}`,
      `Borgenär: ${nCompany(R, cred)}`, `Fakturanummer: ${R.n(null, 'invoice-number', safeDigits(rng, 8, '4'))}`, '',
      `Kapitalbelopp                    ${R.n(null, 'amount', amount(rng, 300, 12000))}`, `Påminnelseavgift                 ${R.n(null, 'amount', '60,00 kr')}`,
      `Inkassoavgift                    ${R.n(null, 'amount', '180,00 kr')}`, `Ränta t.o.m. ${R.n(null, 'date', '2025-06-30')}       ${R.n(null, 'amount', amount(rng, 10, 400))}`, '',
      `Betala senast ${R.n(null, 'date', '2025-07-10')} till bankgiro ${R.n(null, 'bankgiro', `${rng.int(5000, 5999)}-${safeDigits(rng, 4, '1')}`)}`, `OCR-nummer: ${R.n('personnummer', 'ocr', ocr())}`, '',
      `Har du frågor, kontakta din handläggare ${nm(R, a, 'full', 'staff')} på ${R.t('phone', (a.dl ??= customer(rng).phone.fmt('dash')), 'staff')}`];
    const pages = [page1];
    if (k === 3) pages.push([{ text: 'Bilaga – kontoutdrag', size: 12, bold: true }, ...Array.from({ length: 8 }, () => `${sDate(rng, '2024-09-01', '2025-05-30')}  Faktura ${R.n(null, 'invoice-number', safeDigits(rng, 8, '4'))}  ${R.n(null, 'amount', amount(rng, 100, 900))}`), '', `Gäldenär: ${nm(R, d, 'reversed')}`]);
    const o = pdf(pages, { title: `Inkassokrav ${caseNo}` });
    C.put(R.file, o.bytes, o.text);
  }

  // 5. payment plans (.xlsx)
  {
    const R = C.at('inkasso/betalningsplaner_2025-06.xlsx');
    const rows = [['Ärende', 'Gäldenär', 'Personnr', 'Telefon', 'E-post', 'Skuld', 'Månadsbelopp', 'Första betalning', 'OCR', 'Handläggare']];
    const sheet2 = [['Ärende', 'Förnamn', 'Efternamn', 'Medgäldenär personnr']];
    for (let i = 0; i < N(45); i++) {
      const d = customer(rng); const a = rng.pick(agents);
      const caseNo = R.n(null, 'case-number', `NK-${safeDigits(rng, 7, '2')}`);
      rows.push([caseNo, nm(R, d, rng.chance(0.6) ? 'reversed' : 'full'), pn(R, rng, d, rng.pick(['long', 'short'])), ph(R, rng, d), rng.chance(0.7) ? em(R, d) : '',
        rng.int(900, 60000), rng.int(200, 2500), R.n(null, 'date', sDate(rng, '2025-07-01', '2025-08-31')), R.n('personnummer', 'ocr', ocr()), nm(R, a, 'initial', 'staff')]);
      if (rng.chance(0.25)) { const m = customer(rng); C.joined(R.file, m.first, m.last); sheet2.push([caseNo, m.first, m.last, pn(R, rng, m, 'long')]); }
    }
    const x = xlsx([{ name: 'Planer', rows }, { name: 'Medgäldenärer', rows: sheet2 }], { creator: AGENCY });
    C.put(R.file, x.bytes, x.text);
  }

  // 6. call notes
  {
    const R = C.at('inkasso/samtalsanteckningar_juni.txt');
    const out = [];
    for (let i = 0; i < N(35); i++) {
      const d = customer(rng); const a = rng.pick(agents);
      const form = rng.int(0, 4);
      out.push(`--- ${sDate(rng, '2025-06-02', '2025-06-27')} ${sTime(rng)} | ärende ${R.n(null, 'case-number', `NK-${safeDigits(rng, 7, '2')}`)} | handl. ${nm(R, a, 'initial', 'staff')}`);
      if (form === 0) out.push(`Inkommande från ${ph(R, rng, d)}. Gäldenären ${nm(R, d)} bestrider skulden, säger att hen aldrig haft avtal med ${nCompany(R, rng.pick(CREDITORS))}. Skickar underlag till ${em(R, d)}.`);
      else if (form === 1) out.push(`Ringde ${nm(R, d, 'caps')} på ${ph(R, rng, d, 'compact')}. Överenskommen avbetalning ${R.n(null, 'amount', amount(rng, 300, 2000))}/mån. Kontrollerat pnr ${pn(R, rng, d)}.`);
      else if (form === 2) out.push(`Samtal från advokat ${nm(R, makePerson(rng))} som företräder ${nm(R, d)} (${pn(R, rng, d, 'long')}). Uppgett felaktigt nr ${nBadPnr(R, rng)} i fullmakten.`);
      else if (form === 3) out.push(`Röstbrevlåda. Lämnat meddelande. Nummer ${ph(R, rng, d, 'intl')} tillhör enligt svar ${nm(R, d)}. Hänvisat till ${nRole(R, 'kundservice@nordkredit.example')}.`);
      else out.push(`Gäldenär (${nm(R, d, 'reversed')}) loggade in på Mina sidor från ${ip(R, rng)} och begärde betalplan. Hej ${nLone(R, d.first)}-mejl skickat.`);
    }
    out.push('', `Exporterat ur Kredithanteraren ${R.n(null, 'version', '12.3.0.41')} av ${nm(R, agents[0], 'full', 'staff')}`);
    C.put(R.file, out.join('\n') + '\n');
  }

  // 7. debtor export: Windows-1252, comma, quoted everything, old system in capitals
  {
    const R = C.at('inkasso/galdenarer_export_1998format.csv');
    const rows = [['ARENDENR', 'EFTERNAMN', 'FORNAMN', 'PERSNR', 'TELEFON', 'ADRESS', 'POSTNR', 'ORT', 'SALDO']];
    for (let i = 0; i < N(60); i++) {
      const d = customer(rng, { cp1252: true });
      const L = d.last.toUpperCase(); const F = d.first.toUpperCase();
      C.joined(R.file, F, L, 'split-joined-caps');
      rows.push([R.n(null, 'case-number', safeDigits(rng, 9, '6')), L, F, pn(R, rng, d, rng.pick(['compact', 'short', 'plus-safe'].slice(0, 2))), rng.chance(0.8) ? ph(R, rng, d, rng.pick(['compact', 'dash'])) : '',
        street(rng).toUpperCase(), R.n(null, 'postal-code', postcode(rng).replace(' ', '')), rng.pick(CITIES).toUpperCase(), R.n(null, 'amount', `${rng.int(100, 90000)},${rng.int(10, 99)}`)]);
    }
    rows.push(['', '', '', nBadDate(R, rng), '', 'TESTPOST', '', '', '0,00']);
    const o = csv(rows, { sep: ',', enc: 'cp1252', quoteAll: true });
    C.put(R.file, o.bytes, o.text);
  }

  // 8. dispute inbox with a payment-history CSV attachment
  {
    const R = C.at('inkasso/inkorg_tvister.mbox');
    const msgs = [];
    for (let i = 0; i < 5; i++) {
      const d = customer(rng); const a = rng.pick(agents);
      const caseNo = R.n(null, 'case-number', `NK-${safeDigits(rng, 7, '2')}`);
      const attachments = [];
      if (i === 2) {
        const hist = [['datum', 'belopp', 'referens'], ...Array.from({ length: 5 }, () => [sDate(rng, '2025-01-01', '2025-06-01'), `${rng.int(100, 900)},00`, ocr()])];
        hist.push(['', '', `betalare: ${d.first} ${d.last}`]);
        const att = csv(hist, { sep: ';' });
        for (const h of hist.slice(1, 6)) R.n('personnummer', 'ocr', h[2]);
        R.t('name', `${d.first} ${d.last}`, 'attachment');
        attachments.push({ name: 'betalningar.csv', type: 'text/csv; charset=utf-8', data: att.bytes, text: att.text });
      }
      const text = `Hej!\n\nJag bestrider ert krav i ärende ${caseNo}. Jag har redan betalat, se ${i === 2 ? 'bifogad fil' : 'kontoutdrag'}.\nPersonnummer: ${pn(R, rng, d)}\nTelefon: ${ph(R, rng, d)}\n\n${nm(R, d)}\n`
        + (i % 2 ? `\n> ${nRole(R, 'noreply@nordkredit.example')} skrev:\n> Detta är ett automatiskt meddelande. Handläggare: ${nm(R, a, 'full', 'staff')}\n` : '');
      msgs.push({ from: [`${d.first} ${d.last}`, em(R, d)], to: [['Nordkredit Kundservice', 'kundservice@nordkredit.example']], subject: `Tvist ${caseNo}`,
        date: rfcDate(sDate(rng, '2025-06-01', '2025-06-28'), `${sTime(rng)}:00`), id: `tv${i}.${safeDigits(rng, 7, '2')}@mail.example`, text, enc: ['qp', 'b64', 'qp', '8bit', 'b64'][i], hdrMode: 'Q', attachments });
      nRole(R, 'kundservice@nordkredit.example');
    }
    const o = mbox(msgs);
    C.put(R.file, o.bytes, o.text);
  }
}
