// CRM exports: Excel-style cp1252 `;` CRLF, UTF-8 `,`, UTF-16 tab, B2B contact lists — split or single name
// columns, Swedish or English headers, empty cells and multi-line notes.
import iconv from 'iconv-lite';
import { formatSwedishPhone, makeIpv4, makeDate, formatDateVariant } from '../values.mjs';
import { nameText, slotNameText, pnrText, labelledPhoneText, emailText, agentNote } from '../prose.mjs';
import { distractor } from '../nearmiss.mjs';
import { COMPANIES, STREETS, PLACES } from '../pools.mjs';
import { makeOrgNumber } from '../values.mjs';

function quote(value, sep) {
  const s = String(value ?? '');
  return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replaceAll('"', '""')}"` : s;
}

function toCsv(header, rows, sep, eol) {
  return [header, ...rows].map((r) => r.map((v) => quote(v, sep)).join(sep)).join(eol) + eol;
}

const LAYOUTS = {
  crmSplit: {
    header: ['Kundnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'Mobil', 'E-post', 'Adress', 'Postnr', 'Ort',
      'Anteckning', 'Skapad'],
    row(f, rng, p, ctx) {
      const given = p.middle ? `${p.first} ${p.middle}` : p.first;
      // Now and then a record typed all in lower case.
      const [first, last] = rng.styles.chance(0.03) ? f.nameParts(given.toLowerCase(), p.last.toLowerCase(), 'lower')
        : f.nameParts(given, p.last, p.subtype);
      const [zip, city] = rng.pick(PLACES);
      return [f.near('customer_number', String(10000 + ctx.i), 'phone'), first, last, rng.chance(0.9) ? pnrText(f, rng, p) : '',
        rng.chance(0.3) ? labelledPhoneText(f, rng, p) : '', rng.chance(0.7) ? labelledPhoneText(f, rng, p) : '',
        rng.chance(0.85) ? emailText(f, rng, p) : '', `${rng.pick(STREETS)} ${rng.int(1, 120)}`, zip, city,
        rng.chance(0.3) ? agentNote(f, rng, p, ctx.other()) : '', f.near('date', formatDateVariant(rng, makeDate(rng)), 'personnummer')];
    },
  },
  crmSingle: {
    header: ['Namn', 'Personnr', 'Tel', 'E-postadress', 'Kundkategori', 'Senaste kontakt', 'Kommentar'],
    row(f, rng, p, ctx) {
      return [slotNameText(f, rng, p, { forms: ['plain', 'plain', 'plain', 'reversed', 'upper'] }), pnrText(f, rng, p),
        rng.chance(0.8) ? labelledPhoneText(f, rng, p) : '', rng.chance(0.8) ? emailText(f, rng, p) : '',
        rng.pick(['Privat', 'Guld', 'Ny', 'Företag']), f.near('date', formatDateVariant(rng, makeDate(rng)), 'phone'),
        rng.chance(0.35) ? agentNote(f, rng, p, ctx.other()) : rng.chance(0.2) ? distractor(f, rng) : ''];
    },
  },
  english: {
    header: ['Customer ID', 'First name', 'Last name', 'Email', 'Phone', 'SSN', 'Last login IP', 'Signup date', 'Notes'],
    row(f, rng, p) {
      const [first, last] = f.nameParts(p.first, p.last, p.subtype);
      return [f.near('customer_number', `C-${rng.digits(6)}`, 'phone'), first, last, emailText(f, rng, p),
        rng.chance(0.8) ? labelledPhoneText(f, rng, p) : '', rng.chance(0.5) ? pnrText(f, rng, p, 'YYYYMMDD-NNNN') : '',
        rng.chance(0.7) ? f.ip(makeIpv4(rng), 'ipv4') : '', f.near('date', formatDateVariant(rng, makeDate(rng)), 'phone'),
        rng.chance(0.2) ? distractor(f, rng) : ''];
    },
  },
  b2b: {
    header: ['Företag', 'Org.nr', 'Kontaktperson', 'Telefon', 'E-post', 'Fakturaadress', 'Växel'],
    row(f, rng, p) {
      const [zip, city] = rng.pick(PLACES);
      return [f.near('company', rng.pick(COMPANIES), 'name'), f.near('org_number', makeOrgNumber(rng), 'personnummer'),
        slotNameText(f, rng, p), labelledPhoneText(f, rng, p), emailText(f, rng, p),
        `${f.near('street', `${rng.pick(STREETS)} ${rng.int(1, 60)}`, 'name')}, ${zip} ${city}`,
        // The switchboard is a company number, not a person's; still a phone number, so it is planted as one.
        f.phone(formatSwedishPhone(rng, { area: rng.pick(['8', '31', '40']), local: `${rng.int(1, 9)}${rng.digits(6)}` }), 'landline')];
    },
  },
};

const ENCODINGS = [
  { id: 'cp1252', sep: ';', eol: '\r\n', layouts: ['crmSplit', 'crmSingle', 'b2b'] },
  { id: 'utf8', sep: ',', eol: '\n', layouts: ['crmSplit', 'crmSingle', 'english', 'b2b'] },
  { id: 'utf8bom', sep: ';', eol: '\r\n', layouts: ['crmSplit', 'crmSingle'] },
  { id: 'utf16', sep: '\t', eol: '\r\n', layouts: ['english', 'crmSingle'] },
];

function encode(text, id) {
  if (id === 'cp1252') return iconv.encode(text, 'win1252');
  if (id === 'utf8bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  if (id === 'utf16') return iconv.encode(text, 'utf16-le', { addBOM: true });
  return Buffer.from(text);
}

export function writeCsvFiles(corpus, rng, population, { count }) {
  for (let n = 0; n < count; n++) {
    const enc = ENCODINGS[n % ENCODINGS.length];
    const layoutId = enc.layouts[Math.floor(n / ENCODINGS.length) % enc.layouts.length];
    const layout = LAYOUTS[layoutId];
    const f = corpus.file(`crm/${rng.pick(['export', 'kunder', 'contacts', 'kundregister'])}-${String(n + 1).padStart(3, '0')}.${enc.id === 'utf16' ? rng.pick(['csv', 'tsv']) : 'csv'}`);
    const pool = enc.id === 'cp1252' ? population.cp1252 : population.all;
    const rows = [];
    const nRows = rng.int(30, 140);
    for (let i = 0; i < nRows; i++) {
      rows.push(layout.row(f, rng, rng.pick(pool), { i, other: () => rng.pick(pool) }));
    }
    const text = toCsv(layout.header, rows, enc.sep, enc.eol);
    const bytes = encode(text, enc.id);
    const roundTrip = enc.id === 'cp1252' ? iconv.decode(bytes, 'win1252') : text;
    f.write(bytes, { textForCheck: roundTrip });
  }
}
