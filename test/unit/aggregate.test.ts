import { describe, expect, it } from 'vitest';
import { InventoryBuilder } from '../../src/inventory/aggregate.js';
import { createSystemResolver } from '../../src/inventory/systems.js';
import type { Finding } from '../../src/scan-types.js';

function finding(overrides: Partial<Finding>): Finding {
  return {
    system: 'crm',
    file: 'crm/kunder.csv',
    location: { kind: 'cell', row: 2, column: 'E-post' },
    field: 'E-post',
    category: 'email',
    detector: 'email',
    confidence: 'high',
    reasons: [],
    masked: 'an***@ex***.se',
    fingerprint: 'fp-anna',
    value: 'anna@exempel.se',
    normalized: 'anna@exempel.se',
    ...overrides,
  };
}

describe('InventoryBuilder', () => {
  it('counts occurrences, distinct values, files and places per system and category', () => {
    const builder = new InventoryBuilder();
    builder.addFile('crm', 100);
    builder.addFile('crm', 50);
    builder.addFinding(finding({}));
    builder.addFinding(finding({ location: { kind: 'cell', row: 3, column: 'E-post' } }));
    builder.addFinding(finding({ fingerprint: 'fp-bjorn', masked: 'bj***@ex***.com', file: 'crm/old.csv' }));
    builder.addFinding(finding({ category: 'phone', detector: 'phone', confidence: 'medium', subtype: 'mobile', fingerprint: 'p1', masked: '070-*** ** 67', field: 'Telefon' }));
    builder.addFinding(finding({ system: 'helpdesk', file: 'helpdesk/a.log', field: undefined, location: { kind: 'line', line: 4 } }));
    const [crm, helpdesk] = builder.build();
    expect(crm!.name).toBe('crm');
    expect(crm!.filesScanned).toBe(2);
    expect(crm!.bytesScanned).toBe(150);
    expect(crm!.filesWithFindings).toBe(2);
    expect(crm!.categories.map((c) => c.category)).toEqual(['email', 'phone']);
    const email = crm!.categories[0]!;
    expect(email).toMatchObject({ occurrences: 3, distinctValues: 2, files: 2, confidence: { high: 3, medium: 0, low: 0 } });
    expect(email.places).toEqual([
      { file: 'crm/kunder.csv', field: 'E-post', occurrences: 2 },
      { file: 'crm/old.csv', field: 'E-post', occurrences: 1 },
    ]);
    expect(email.examples).toEqual(['an***@ex***.se', 'bj***@ex***.com']);
    expect(crm!.categories[1]!.subtypes).toEqual({ mobile: 1 });
    expect(helpdesk!.categories[0]!.places).toEqual([{ file: 'helpdesk/a.log', field: undefined, occurrences: 1 }]);
  });

  it('never keeps raw values in the built inventory', () => {
    const builder = new InventoryBuilder();
    builder.addFinding(finding({}));
    expect(JSON.stringify(builder.build())).not.toContain('anna@exempel.se');
  });
});

describe('createSystemResolver', () => {
  const resolve = createSystemResolver([{ name: 'Zendesk', paths: ['zd/**', 'support/tickets/**'] }]);
  it.each([
    ['zd/a/b.json', 'Zendesk'],
    ['support/tickets/1.json', 'Zendesk'],
    ['support/mail/x.mbox', 'support'],
    ['crm/kunder.csv', 'crm'],
    ['notes.txt', 'exports'],
  ])('%s → %s', (path, system) => {
    expect(resolve(path, '/data/exports')).toBe(system);
  });

  it('shows the same examples whatever order the files finish in (first distinct values in path order)', () => {
    const files = [
      { file: 'crm/c.csv', examples: ['cc***@ex***.se', 'aa***@ex***.se'] },
      { file: 'crm/a.csv', examples: ['aa***@ex***.se'] },
      { file: 'crm/b.csv', examples: ['bb***@ex***.se', 'b2***@ex***.se', 'b3***@ex***.se'] },
    ];
    const examplesWhen = (order: number[]): readonly string[] => {
      const builder = new InventoryBuilder();
      for (const index of order) {
        const { file, examples } = files[index]!;
        for (const masked of examples) builder.addFinding(finding({ file, masked, fingerprint: masked }));
      }
      return builder.build()[0]!.categories[0]!.examples;
    };
    const expected = ['aa***@ex***.se', 'bb***@ex***.se', 'b2***@ex***.se'];
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1]]) expect(examplesWhen(order)).toEqual(expected);
  });
});
