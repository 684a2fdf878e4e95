// Contracts as .docx: paragraphs + a table of authorised persons. Values are sometimes split over several
// text runs, as Word does after spell-check or editing, so an extractor must join runs.
import { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel } from 'docx';
import { nameText, slotNameText, pnrText, phoneText, labelledPhoneText, emailText } from '../prose.mjs';
import { distractor } from '../nearmiss.mjs';
import { COMPANIES, STREETS, PLACES, PRODUCTS } from '../pools.mjs';
import { makeOrgNumber, makeDate, makeAmount } from '../values.mjs';

/** Splits text into runs at random points (sometimes inside a value). */
function runs(rng, text, bold = false) {
  if (!rng.chance(0.35) || text.length < 6) return [new TextRun({ text, bold })];
  const cut = rng.int(1, text.length - 1);
  return [new TextRun({ text: text.slice(0, cut), bold }), new TextRun({ text: text.slice(cut), bold })];
}

function para(rng, text, opts = {}) {
  return new Paragraph({ children: runs(rng, text, opts.bold), ...(opts.heading ? { heading: opts.heading } : {}) });
}

/**
 * docx and its zip writer stamp `new Date()` into core properties and zip entries; freezing the clock while
 * packing keeps the corpus byte-identical for a seed.
 */
async function packDeterministic(makeDoc) {
  const RealDate = globalThis.Date;
  const fixed = RealDate.UTC(2024, 0, 1);
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      super(...(args.length === 0 ? [fixed] : args));
    }
    static now() {
      return fixed;
    }
  };
  try {
    return await Packer.toBuffer(makeDoc());
  } finally {
    globalThis.Date = RealDate;
  }
}

function cell(rng, text) {
  return new TableCell({ children: [para(rng, text)], width: { size: 25, type: WidthType.PERCENTAGE } });
}

export async function writeDocxFiles(corpus, rng, ctx, { count }) {
  for (let n = 0; n < count; n++) {
    const f = corpus.file(`avtal/${rng.pick(['avtal', 'kontrakt', 'agreement'])}-${String(n + 1).padStart(3, '0')}.docx`);
    const texts = [];
    const add = (t) => (texts.push(t), t);
    const p = rng.pick(ctx.population.all);
    const agent = rng.pick(ctx.agents);
    const [zip, city] = rng.pick(PLACES);
    const company = f.near('company', rng.pick(COMPANIES), 'name');
    const start = makeDate(rng);
    const children = [
      para(rng, add(`AVTAL OM ${rng.pick(PRODUCTS).toUpperCase()}`), { heading: HeadingLevel.HEADING_1 }),
      para(rng, add('1. Parter'), { bold: true }),
      para(rng, add(`Leverantör: ${company}, org.nr ${f.near('org_number', makeOrgNumber(rng), 'personnummer')}, nedan kallad Leverantören.`)),
      para(rng, add(`Kund: ${slotNameText(f, rng, p)}, personnummer ${pnrText(f, rng, p)}, ${f.near('street', `${rng.pick(STREETS)} ${rng.int(1, 90)}`, 'name')}, ${zip} ${city}, nedan kallad Kunden.`)),
      para(rng, add(`Kontaktuppgifter till Kunden: telefon ${labelledPhoneText(f, rng, p)}, e-post ${emailText(f, rng, p)}.`)),
      para(rng, add('2. Avtalstid'), { bold: true }),
      para(rng, add(`Avtalet gäller från ${f.near('date', start.iso, 'personnummer')} och löper tills vidare med tre (3) månaders uppsägningstid. Avgiften är ${f.near('amount', makeAmount(rng), 'phone')} Per månad.`)),
      para(rng, add(distractor(f, rng))),
      para(rng, add('3. Behöriga personer'), { bold: true }),
    ];
    const header = new TableRow({ children: ['Namn', 'Personnummer', 'Telefon', 'E-post'].map((h) => cell(rng, add(h))) });
    const rows = [header];
    for (let i = 0, k = rng.int(1, 4); i < k; i++) {
      const q = rng.pick(ctx.population.all);
      rows.push(new TableRow({ children: [nameText(f, rng, q), rng.chance(0.8) ? pnrText(f, rng, q) : '',
        phoneText(f, rng, q), rng.chance(0.7) ? emailText(f, rng, q) : ''].map((t) => cell(rng, add(t))) }));
    }
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    children.push(
      para(rng, add('4. Personuppgifter'), { bold: true }),
      para(rng, add(`Leverantören behandlar Kundens personuppgifter enligt dataskyddsförordningen. Frågor besvaras av ${nameText(f, rng, agent)}, ${emailText(f, rng, agent)}.`)),
      para(rng, add(`Ort och datum: ${f.near('place', city, 'name')} ${f.near('date', makeDate(rng).iso, 'phone')}`)),
      para(rng, add(`Namnförtydligande: ${nameText(f, rng, p)}`)),
      para(rng, add(`För ${company}: ${nameText(f, rng, agent)}`)),
    );
    const makeDoc = () => new Document({ creator: 'Exempel', title: 'Avtal', sections: [{ children }] });
    f.write(await packDeterministic(makeDoc), { textForCheck: texts.join('\n') });
  }
}
