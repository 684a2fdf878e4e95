import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDeclaredInventory } from '../../src/policy/declared.js';
import { escapeHtml, html, SafeHtml } from '../../src/report/html/escape.js';
import { formatHtml } from '../../src/report/html.js';
import type { ScanResult } from '../../src/scan-types.js';
import { HOSTILE_FIELD, HOSTILE_FILE, SAMPLE_INVENTORY_YAML, sampleResult } from './fixtures/scan-result.js';

const declared = parseDeclaredInventory(SAMPLE_INVENTORY_YAML, 'gdpr-inventory.yaml');
const en = formatHtml(sampleResult(), { lang: 'en' });
const sv = formatHtml(sampleResult(), { lang: 'sv', declared });

function between(text: string, open: string, close: string): string {
  const start = text.indexOf(open);
  const end = text.indexOf(close, start + open.length);
  expect(start, `missing ${open}`).toBeGreaterThanOrEqual(0);
  return text.slice(start + open.length, end);
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function section(doc: string, system: string): string {
  const start = doc.search(new RegExp(`<section class="system" id="system-\\d+" data-system="${system}">`));
  expect(start, `no section for ${system}`).toBeGreaterThanOrEqual(0);
  return doc.slice(start, doc.indexOf('</section>', start));
}

describe('escaping', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['"><img src=x>', '&quot;&gt;&lt;img src=x&gt;'],
    ["it's & more", 'it&#39;s &amp; more'],
    ['plain åäö', 'plain åäö'],
  ])('escapeHtml(%j)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('escapes interpolations unless they are SafeHtml, including inside arrays', () => {
    expect(html`<p title="${'"x"'}">${['<a>', new SafeHtml('<b>ok</b>')]}${undefined}${0}</p>`.html).toBe('<p title="&quot;x&quot;">&lt;a&gt;<b>ok</b>0</p>');
  });
});

describe('formatHtml: a self-contained, locked-down page', () => {
  it('allows exactly its own script and stylesheet by hash in the CSP', () => {
    // Attribute values are entity-decoded by the browser; the quotes of 'none' are written as &#39;.
    const csp = between(en, '<meta http-equiv="Content-Security-Policy" content="', '"').replaceAll('&#39;', "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha256(between(en, '<script>', '</script>'))}`);
    expect(csp).toContain(`style-src ${sha256(between(en, '<style>', '</style>'))}`);
    expect(csp).not.toContain('unsafe');
    // The policy must come before anything it is meant to govern.
    expect(en.indexOf('Content-Security-Policy')).toBeLessThan(en.indexOf('<title>'));
  });

  it('loads nothing from anywhere: no src attributes, only in-page links, no CSS imports or URLs', () => {
    expect(en).not.toMatch(/<[a-z][^>]*\ssrc=/i);
    const hrefs = [...en.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^#/);
    expect(en).not.toMatch(/@import|url\(/i);
    expect(en.match(/<script/g)).toHaveLength(1);
  });

  it('renders hostile file names, fields and examples as text', () => {
    expect(en).not.toContain(HOSTILE_FILE);
    expect(en).not.toContain(HOSTILE_FIELD);
    expect(en).not.toMatch(/<img|<b>x/i);
    expect(en).toContain('helpdesk/&lt;script&gt;alert(1)&lt;/script&gt;.csv');
    expect(en).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(en).toContain('&lt;b&gt;x***@ex***.se&lt;/b&gt;');
  });
});

describe('formatHtml: content', () => {
  it('has an overview matrix with occurrences and distinct values per system and category', () => {
    const matrix = between(en, '<table class="sortable matrix">', '</table>');
    expect(matrix).toContain('data-category="personnummer" data-occurrences="12345" data-distinct="4321">12,345 <span class="distinct">/ 4,321</span>');
    expect(matrix).toMatch(/<th class="num sensitive" data-category="personnummer">Personnummer<span class="badge">sensitive<\/span><\/th>/);
    // A category a system lacks shows a dash, not a zero count that could be mistaken for a finding.
    expect(matrix).toMatch(/<tr data-system="arkiv">.*data-category="email" data-occurrences="0">–<\/td>/);
    expect(matrix).not.toContain('data-category="name"');
  });

  it('has one section per system with a labelled chart for systems with findings', () => {
    for (const [index, name] of ['crm', 'helpdesk', 'arkiv'].entries()) {
      expect(en).toContain(`<section class="system" id="system-${index + 1}" data-system="${name}">`);
    }
    const crm = section(en, 'crm');
    expect(crm).toContain('<svg class="chart" id="system-1-chart" role="img" aria-labelledby="system-1-chart-title system-1-chart-desc"');
    expect(crm).toContain('<title id="system-1-chart-title">Occurrences per category in crm</title>');
    expect(crm.match(/<g class="bar/g)).toHaveLength(3);
    expect(crm).toContain('<g class="bar sensitive" data-label="Personnummer" data-value="12345">');
    expect(section(en, 'arkiv')).not.toContain('<svg');
    expect(section(en, 'arkiv')).toContain('No personal data found.');
  });

  it('lists categories and places in sortable tables with masked examples', () => {
    const crm = section(en, 'crm');
    expect(crm).toMatch(/<tr data-category="email">\s*<td data-sort="E-mail address">E-mail address<\/td><td class="num" data-sort="40" data-field="occurrences">40<\/td><td class="num" data-sort="38" data-field="distinct">38<\/td>/);
    expect(crm).toContain('<span class="masked">850312-****</span>');
    expect(crm).toContain('<td class="path">crm/anteckningar.txt</td><td>–</td><td class="num" data-sort="345">345</td>');
  });

  it('lists skipped files with their reason', () => {
    const skipped = between(en, '<section id="skipped">', '</section>');
    expect(skipped).toContain('<td class="path">arkiv/lösenord.pdf</td><td>arkiv</td><td>encrypted</td><td>the PDF is password-protected</td>');
  });

  it('caps long place lists and says how many more there are', () => {
    const result = sampleResult();
    const crm = result.systems[0]!;
    const many: ScanResult = {
      ...result,
      systems: [{ ...crm, categories: [{ ...crm.categories[0]!, places: Array.from({ length: 60 }, (_, i) => ({ file: `crm/del-${i}.csv`, field: 'Pnr', occurrences: 1 })) }] }],
    };
    const doc = formatHtml(many, { lang: 'en' });
    expect(between(doc, '<table class="sortable places">', '</table>').match(/<tr data-category/g)).toHaveLength(50);
    expect(doc).toContain('… 10 more places (see the JSON or CSV report)');
  });

  it('has no register section without a declared inventory', () => {
    expect(en).not.toContain('id="register"');
  });
});

describe('formatHtml: Swedish with a declared inventory', () => {
  it('uses Swedish labels, numbers and the lang attribute', () => {
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain('<title>Förteckning över personuppgifter</title>');
    expect(sv).toContain('12\u00a0345 <span class="distinct">/ 4\u00a0321</span>');
    expect(sv).toContain('<th>Kategori</th><th class="num">Förekomster</th><th class="num">Unika värden</th>');
    expect(sv).toContain('<td>krypterad</td>');
  });

  it('shows purpose, legal basis and retention in the system section', () => {
    const crm = section(sv, 'crm');
    expect(crm).toContain('<dt>Ändamål</dt><dd>Kundregister för avtal och fakturering</dd>');
    expect(crm).toContain('<dt>Rättslig grund</dt><dd>avtal (art. 6.1 b)</dd>');
    expect(crm).toContain('<dt>Lagringstid</dt><dd>P7Y</dd>');
    expect(section(sv, 'helpdesk')).not.toContain('<dl class="declared">');
  });

  it('has a register section marking undeclared, missing and unscanned', () => {
    const register = between(sv, '<section id="register">', '</section>');
    expect(register).toContain('<h2>Register över behandlingar (artikel 30)</h2>');
    expect(register).toMatch(/<tr class="status-undeclared" data-category="phone" data-status="undeclared">/);
    expect(register).toMatch(/<tr class="status-missing" data-category="name" data-status="missing">/);
    expect(register).toContain('Deklarerat, men inga filer från systemet skannades.');
    expect(register).toContain('Systemet finns inte i den deklarerade förteckningen.');
    expect(register).toContain('<dt>Mottagare</dt><dd>Ekonomiavdelningen</dd>');
  });
});
