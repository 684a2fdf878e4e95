import { describe, expect, it } from 'vitest';
import { parseDeclaredInventory } from '../../src/policy/declared.js';
import { buildRegister, formatRegisterMarkdown } from '../../src/report/register.js';
import { SAMPLE_INVENTORY_YAML, sampleResult } from './fixtures/scan-result.js';

const declared = parseDeclaredInventory(SAMPLE_INVENTORY_YAML, 'gdpr-inventory.yaml');

function statuses(name: string, yaml = SAMPLE_INVENTORY_YAML): Record<string, string> {
  const register = buildRegister(sampleResult(), parseDeclaredInventory(yaml, 'gdpr-inventory.yaml'));
  const system = register.find((s) => s.name === name);
  if (!system) throw new Error(`no register entry for ${name}`);
  return Object.fromEntries(system.rows.map((r) => [r.category, r.status]));
}

describe('buildRegister', () => {
  it('lists declared systems first, then scanned systems that were not declared', () => {
    expect(buildRegister(sampleResult(), declared).map((s) => s.name)).toEqual(['crm', 'ekonomi', 'helpdesk', 'arkiv']);
  });

  it.each([
    ['crm', { personnummer: 'ok', email: 'ok', phone: 'undeclared', name: 'missing' }],
    ['ekonomi', { personnummer: 'missing' }],
    ['helpdesk', { email: 'undeclared', ip: 'undeclared' }],
    ['arkiv', {}],
  ])('marks each category of %s as declared+found, missing or undeclared', (name, expected) => {
    expect(statuses(name)).toEqual(expected);
  });

  it('carries found counts and the declared record', () => {
    const crm = buildRegister(sampleResult(), declared)[0]!;
    expect(crm.declared?.purpose).toBe('Kundregister för avtal och fakturering');
    expect(crm.rows.find((r) => r.category === 'personnummer')).toMatchObject({ occurrences: 12345, distinctValues: 4321, declared: true });
    expect(crm.rows.find((r) => r.category === 'name')).toMatchObject({ occurrences: 0, declared: true });
    const ekonomi = buildRegister(sampleResult(), declared)[1]!;
    expect(ekonomi.found).toBeUndefined();
  });

  it('counts occurrences outside the declared paths of a declared category', () => {
    const crm = buildRegister(sampleResult(), declared)[0]!;
    expect(crm.rows.find((r) => r.category === 'email')?.outsideDeclaredPlaces).toBe(0);
    const narrowed = parseDeclaredInventory(SAMPLE_INVENTORY_YAML.replace('"crm/kunder.csv"', '"crm/annat.csv"'), 'x.yaml');
    const moved = buildRegister(sampleResult(), narrowed)[0]!;
    expect(moved.rows.find((r) => r.category === 'email')).toMatchObject({ status: 'ok', outsideDeclaredPlaces: 40 });
  });

  it('matches system names exactly, as check does', () => {
    const renamed = parseDeclaredInventory(SAMPLE_INVENTORY_YAML.replace('name: crm', 'name: CRM'), 'x.yaml');
    const names = buildRegister(sampleResult(), renamed).map((s) => s.name);
    expect(names).toContain('CRM');
    expect(names).toContain('crm');
  });
});

describe('formatRegisterMarkdown', () => {
  it('renders the register in English with the undeclared category in bold', () => {
    const md = formatRegisterMarkdown(sampleResult(), declared, 'en');
    expect(md).toMatch(/^# Record of processing \(Article 30\)/);
    expect(md).toContain('## crm');
    expect(md).toContain('- **Legal basis:** contract (Art. 6(1)(b))');
    expect(md).toContain('- **Retention:** P7Y');
    expect(md).toContain('- **Processors:** Moln AB (SE)');
    expect(md).toContain('| Phone number | no | 7 | 7 | **found, NOT declared** |');
    expect(md).toContain('| Personnummer (sensitive) | yes | 12,345 | 4,321 | declared and found |');
    expect(md).toContain('| Person name | yes | 0 | 0 | declared, not found |');
    expect(md).toContain('**This system is not in the declared inventory.**');
    expect(md).toContain('*Declared, but no files of this system were scanned.*');
  });

  it('renders Swedish labels and numbers', () => {
    const md = formatRegisterMarkdown(sampleResult(), declared, 'sv');
    expect(md).toMatch(/^# Register över behandlingar \(artikel 30\)/);
    expect(md).toContain('- **Rättslig grund:** avtal (art. 6.1 b)');
    expect(md).toContain('| Telefonnummer | nej | 7 | 7 | **hittad, INTE deklarerad** |');
    expect(md).toContain('12\u00a0345');
  });

  it('says so when there is no declared inventory', () => {
    expect(formatRegisterMarkdown(sampleResult(), undefined, 'en')).toContain('No declared inventory (gdpr-inventory.yaml) was given.');
  });

  it('keeps pipes and markup in system names from breaking the table', () => {
    const yaml = SAMPLE_INVENTORY_YAML.replace('name: ekonomi', 'name: "eko|<b>nomi"');
    const md = formatRegisterMarkdown(sampleResult(), parseDeclaredInventory(yaml, 'x.yaml'), 'en');
    expect(md).toContain('## eko\\|&lt;b&gt;nomi');
    expect(md).not.toContain('<b>');
  });
});
