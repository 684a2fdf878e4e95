import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parseDeclaredInventory } from '../../src/policy/declared.js';

const VALID = `version: 1
controller: Exempel AB
systems:
  - name: crm
    purpose: Customer service
    legalBasis: contract
    dataSubjects: [customers]
    retention: P3Y
    recipients: [Support team]
    processors: [Acme Hosting, { name: Mailer Inc, country: US, dpa: true }]
    transfersOutsideEEA:
      - { country: US, safeguard: standard-contractual-clauses, recipient: Mailer Inc }
    categories:
      - email
      - category: personnummer
        paths: ["crm/*.csv"]
        fields: [Personnummer]
`;

function errorOf(text: string): ConfigError {
  try {
    parseDeclaredInventory(text, '/repo/gdpr-inventory.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseDeclaredInventory', () => {
  it('reads a complete Article 30 record and normalises bare categories', () => {
    const inv = parseDeclaredInventory(VALID, '/repo/gdpr-inventory.yaml');
    expect(inv.controller).toBe('Exempel AB');
    const crm = inv.systems[0]!;
    expect(crm.legalBasis).toBe('contract');
    expect(crm.categories).toEqual([
      { category: 'email', line: 14 },
      { category: 'personnummer', paths: ['crm/*.csv'], fields: ['Personnummer'], line: 15 },
    ]);
    expect(crm.processors).toEqual([{ name: 'Acme Hosting' }, { name: 'Mailer Inc', country: 'US', dpa: true }]);
    expect(crm.transfersOutsideEEA[0]).toEqual({ country: 'US', safeguard: 'standard-contractual-clauses', recipient: 'Mailer Inc' });
    expect(crm.line).toBe(4);
    expect(inv.todos).toEqual([]);
  });

  it.each([
    ['an unknown key (typo)', VALID.replace('    retention: P3Y', '    retension: P3Y\n    retention: P3Y'), 8, 'systems.0.retension'],
    ['a legal basis outside Art. 6(1)', VALID.replace('legalBasis: contract', 'legalBasis: because'), 6, 'systems.0.legalBasis'],
    ['an unknown category', VALID.replace('      - email', '      - shoe-size'), 14, 'systems.0.categories.0'],
    ['an unknown transfer safeguard', VALID.replace('standard-contractual-clauses', 'trust-us'), 12, 'safeguard'],
    ['a malformed ISO duration', VALID.replace('retention: P3Y', 'retention: P3X'), 8, 'systems.0.retention'],
    ['a missing retention', VALID.replace('    retention: P3Y\n', ''), 4, 'retention'],
    ['an empty purpose', VALID.replace('purpose: Customer service', 'purpose: ""'), 5, 'systems.0.purpose'],
    ['a wrong version', VALID.replace('version: 1', 'version: 2'), 1, 'version'],
    ['a system declared twice', VALID + VALID.slice(VALID.indexOf('  - name: crm')), 18, 'declared twice'],
  ])('rejects %s with file, line and field', (_name, text, line, fragment) => {
    const error = errorOf(text);
    expect(error.file).toBe('/repo/gdpr-inventory.yaml');
    expect(error.line).toBe(line);
    expect(error.describe()).toContain(fragment);
  });

  it('accepts free-text retention and rejects YAML syntax errors with a position', () => {
    const inv = parseDeclaredInventory(VALID.replace('retention: P3Y', 'retention: until the contract ends, then 7 years'), 'x.yaml');
    expect(inv.systems[0]!.retention).toContain('7 years');
    const error = errorOf('version: 1\nsystems: [\n');
    expect(error.line).toBeGreaterThan(0);
    expect(error.message).toMatch(/^invalid YAML/);
  });

  it('lists the TODOs init leaves, with lines', () => {
    const text = VALID.replace('purpose: Customer service', 'purpose: "TODO: why"').replace('legalBasis: contract', 'legalBasis: TODO');
    expect(parseDeclaredInventory(text, 'x.yaml').todos).toEqual([
      { system: 'crm', field: 'purpose', line: 5 },
      { system: 'crm', field: 'legalBasis', line: 6 },
    ]);
  });
});
