// Invoices as .pdf (pdfkit, standard Helvetica = WinAnsi, so only cp1252-safe people are used). Each line is
// drawn without wrapping so a value never breaks across lines.
import PDFDocument from 'pdfkit';
import { nameText, pnrText, phoneText, labelledPhoneText, emailText } from '../prose.mjs';
import { distractor } from '../nearmiss.mjs';
import { STREETS, PLACES, PRODUCTS, OWN_DOMAIN } from '../pools.mjs';
import { makeOrgNumber, makeDate, makeAmount, luhnDigit } from '../values.mjs';

function render(lines) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Faktura', CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    let y = 50;
    for (const { text, size = 10, x = 50, bold = false } of lines) {
      if (text === '\f') {
        doc.addPage();
        y = 50;
        continue;
      }
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).text(text, x, y, { lineBreak: false });
      y += size + 6;
    }
    doc.end();
  });
}

export async function writePdfFiles(corpus, rng, ctx, { count }) {
  for (let n = 0; n < count; n++) {
    const f = corpus.file(`fakturor/${rng.int(2019, 2025)}/faktura-${rng.digits(6)}.pdf`);
    const p = rng.pick(ctx.population.cp1252);
    const ref = rng.pick(ctx.population.cp1252);
    const agent = rng.pick(ctx.agentsCp1252);
    const [zip, city] = rng.pick(PLACES);
    const ocrBody = rng.digits(10);
    const lines = [
      { text: 'FAKTURA', size: 20, bold: true },
      { text: `Fakturanummer: ${f.near('invoice_number', String(rng.int(100000, 999999)), 'phone')}` },
      { text: `Fakturadatum: ${f.near('date', makeDate(rng).iso, 'personnummer')}   Förfallodatum: ${f.near('date', makeDate(rng).iso, 'personnummer')}` },
      { text: `OCR: ${f.near('ocr', ocrBody + luhnDigit(ocrBody.slice(-9)), 'phone')}` },
      { text: `Kundnummer: ${f.near('customer_number', rng.digits(7), 'phone')}` },
      { text: '' },
      { text: 'Faktureringsadress', bold: true },
      { text: nameText(f, rng, p, { forms: ['plain', 'plain', 'upper'] }) },
      { text: `${f.near('street', `${rng.pick(STREETS)} ${rng.int(1, 80)}`, 'name')}` },
      { text: `${f.near('postal_code', zip, 'phone')} ${f.near('place', city, 'name')}` },
      { text: '' },
      { text: `Er referens: ${rng.chance(0.5) ? nameText(f, rng, ref) : nameText(f, rng, p)}` },
      { text: `Vår referens: ${nameText(f, rng, agent)}` },
    ];
    if (rng.chance(0.5)) lines.push({ text: `Personnummer: ${pnrText(f, rng, p)}` });
    if (rng.chance(0.6)) lines.push({ text: `Telefon: ${labelledPhoneText(f, rng, p)}` });
    if (rng.chance(0.5)) lines.push({ text: `E-post: ${emailText(f, rng, p)}` });
    lines.push({ text: '' }, { text: 'Specifikation', bold: true });
    for (let i = 0, k = rng.int(1, 6); i < k; i++) {
      lines.push({ text: `${rng.pick(PRODUCTS)}   ${rng.int(1, 4)} st   ${f.near('amount', makeAmount(rng), 'phone')}` });
    }
    lines.push({ text: `Att betala: ${f.near('amount', makeAmount(rng), 'phone')}`, bold: true });
    if (rng.chance(0.5)) lines.push({ text: distractor(f, rng) });
    if (rng.chance(0.3)) lines.push({ text: '\f' }, { text: 'Villkor', bold: true }, { text: distractor(f, rng) });
    lines.push(
      { text: '' },
      { text: `Kundservice Exempel AB  Org.nr ${f.near('org_number', makeOrgNumber(rng), 'personnummer')}  Bankgiro ${f.near('bankgiro', `${rng.int(100, 999)}-${rng.digits(4)}`, 'phone')}`, size: 8 },
      { text: `${f.near('role_email', `faktura@${OWN_DOMAIN}`, 'email')}  Växel ${f.phone(`08-${rng.int(100, 999)} ${rng.digits(3)} 00`, 'landline')}`, size: 8 },
    );
    f.write(await render(lines), { textForCheck: lines.map((l) => l.text).join('\n') });
  }
}
