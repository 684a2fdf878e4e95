import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/policy/baseline.js';
import { checkCollected, checkFindings, PolicyCollector, type CheckedFinding } from '../../src/policy/check.js';
import { compileFieldGlobs } from '../../src/policy/match.js';
import { finding, inventory, SYSTEM_HEADER } from './helpers.js';

const INVENTORY = inventory(`version: 1
systems:
  - name: crm
${SYSTEM_HEADER}    categories:
      - email
      - category: personnummer
        fields: [Personnummer, "customers[].*.pnr"]
      - category: phone
        paths: ["crm/notes/**"]
  - name: helpdesk
${SYSTEM_HEADER}    categories: [name]
`);

const options = { minConfidence: 'low' as const, keyId: undefined, complete: true };
const pnr = (overrides: Partial<CheckedFinding>): CheckedFinding =>
  finding({ category: 'personnummer', detector: 'personnummer', masked: '790415-****', field: 'Personnummer', ...overrides });

describe('compileFieldGlobs', () => {
  it.each([
    ['E-post', 'e-post', true],
    ['E-post', 'E-post2', false],
    ['tickets[].requester.*', 'tickets[].requester.email', true],
    ['tickets[].requester.*', 'tickets[].requester.contact.email', false],
    ['tickets[].**', 'tickets[].requester.contact.email', true],
    ['header:*', 'header:From', true],
    ['tickets[].requester.*', 'ticketsX.requester.email', false],
  ])('%s vs %s → %s', (glob, field, expected) => {
    expect(compileFieldGlobs([glob]).test(field)).toBe(expected);
  });
});

describe('checkFindings: declared inventory', () => {
  it.each<[string, CheckedFinding, string | undefined]>([
    ['bare category anywhere in the system', finding({ file: 'crm/any/where.txt', field: undefined, location: { kind: 'line', line: 9 } }), undefined],
    ['category restricted to a field, right field', pnr({}), undefined],
    ['field glob over a JSON path', pnr({ field: 'customers[].contact.pnr', location: { kind: 'json', record: 0, path: 'customers[3].contact.pnr' } }), undefined],
    ['category restricted to a field, other field', pnr({ field: 'Anteckning' }), 'location-not-declared'],
    ['field restriction never covers free text', pnr({ field: undefined, location: { kind: 'line', line: 3 } }), 'location-not-declared'],
    ['category restricted to paths, inside', finding({ category: 'phone', file: 'crm/notes/2024/a.txt', field: undefined }), undefined],
    ['category restricted to paths, outside', finding({ category: 'phone', file: 'crm/kunder.csv' }), 'location-not-declared'],
    ['category not declared for the system', finding({ category: 'ip' }), 'category-not-declared'],
    ['system not declared', finding({ system: 'billing', file: 'billing/x.csv' }), 'system-not-declared'],
  ])('%s', (_name, input, reason) => {
    const result = checkFindings([input], INVENTORY, undefined, options);
    expect(result.violations.map((v) => v.reason)).toEqual(reason ? [reason] : []);
  });

  it('hints at a system whose name differs only in case', () => {
    const [violation] = checkFindings([finding({ system: 'CRM' })], INVENTORY, undefined, options).violations;
    expect(violation?.didYouMean).toBe('crm');
  });

  it('applies the minimum confidence', () => {
    const low = finding({ category: 'ip', confidence: 'low' });
    expect(checkFindings([low], INVENTORY, undefined, { ...options, minConfidence: 'medium' }).violations).toEqual([]);
    expect(checkFindings([low], INVENTORY, undefined, options).violations).toHaveLength(1);
  });

  it('reports declared-but-not-found only for complete scans', () => {
    const result = checkFindings([finding({})], INVENTORY, undefined, options);
    expect(result.declaredNotFound.map((d) => [d.system, d.category ?? null])).toEqual([
      ['crm', 'personnummer'],
      ['crm', 'phone'],
      ['helpdesk', null],
    ]);
    expect(checkFindings([finding({})], INVENTORY, undefined, { ...options, complete: false }).declaredNotFound).toEqual([]);
  });
});

describe('PolicyCollector (findings sorted as the scan runs)', () => {
  it('keeps only undeclared findings, and gives the same result as checking the whole list', () => {
    const findings = [
      ...Array.from({ length: 1000 }, (_, i) => finding({ location: { kind: 'cell', row: i + 2, column: 'E-post' } })),
      pnr({}),
      finding({ category: 'ip' }),
      finding({ system: 'billing', file: 'billing/x.csv' }),
    ];
    const collector = new PolicyCollector(INVENTORY, 'low');
    for (const f of findings) collector.add(f);
    expect(collector.checked).toBe(1003);
    expect(collector.undeclared!.map((v) => v.reason)).toEqual(['category-not-declared', 'system-not-declared']);
    expect(checkCollected(collector, undefined, options)).toEqual(checkFindings(findings, INVENTORY, undefined, options));
  });
});

describe('checkFindings: baseline', () => {
  const undeclared = (n: number, fp = (i: number) => `fp-value-${i}xx`): CheckedFinding[] =>
    Array.from({ length: n }, (_, i) => finding({ category: 'ip', masked: '81.224.*.*', fingerprint: fp(i), location: { kind: 'cell', row: i + 2, column: 'IP' }, field: 'IP' }));

  it('accepts baselined findings even after they moved to other rows', () => {
    const baseline = buildBaseline(undeclared(2), undefined);
    const moved = undeclared(2).map((f, i) => ({ ...f, location: { kind: 'cell' as const, row: 40 + i, column: 'IP' } }));
    const result = checkFindings(moved, INVENTORY, baseline, options);
    expect(result.violations).toEqual([]);
    expect(result.baselined).toBe(2);
  });

  it('fails every finding of a place whose count grew (counts only)', () => {
    const result = checkFindings(undeclared(3), INVENTORY, buildBaseline(undeclared(2), undefined), options);
    expect(result.violations).toHaveLength(3);
    expect(result.violations[0]?.baselineNote).toBe('baseline accepts 2 here, found 3');
  });

  it('with a key: catches a value swapped for another at the same place, and only that one', () => {
    const baseline = buildBaseline(undeclared(2), 'key-1');
    const swapped = undeclared(2, (i) => (i === 1 ? 'fp-new-valuexx' : `fp-value-${i}xx`));
    const result = checkFindings(swapped, INVENTORY, baseline, { ...options, keyId: 'key-1' });
    expect(result.violations.map((v) => v.finding.fingerprint)).toEqual(['fp-new-valuexx']);
    expect(result.comparedValues).toBe(true);
    // With another key the values cannot be compared: counts decide, and the count did not grow.
    expect(checkFindings(swapped, INVENTORY, baseline, { ...options, keyId: 'key-2' })).toMatchObject({ violations: [], comparedValues: false });
  });

  it('fails a new place and reports stale entries on complete scans only', () => {
    const baseline = buildBaseline([...undeclared(2), finding({ category: 'ip', file: 'crm/old.csv', field: 'IP' })], undefined);
    const fresh = finding({ category: 'ip', file: 'crm/new.csv', field: 'IP' });
    const result = checkFindings([undeclared(1)[0]!, fresh], INVENTORY, baseline, options);
    expect(result.violations.map((v) => v.finding.file)).toEqual(['crm/new.csv']);
    expect(result.staleBaseline.map((s) => [s.key.file, s.accepted, s.found])).toEqual([
      ['crm/kunder.csv', 2, 1],
      ['crm/old.csv', 1, 0],
    ]);
    expect(checkFindings([fresh], INVENTORY, baseline, { ...options, complete: false }).staleBaseline).toEqual([]);
  });

  // More findings at one place than a function call takes arguments (~125,000 here): push(...items) threw
  // "Maximum call stack size exceeded" and check stopped with an internal error. Past LISTED_UNDECLARED they are
  // counted per place, not kept: the first of the place stands for them.
  it.each([
    ['no baseline entry', undefined],
    ['a count that grew', 1],
  ])('fails 200,000 findings at one place (%s), counted, not kept one by one', (_name, baselined) => {
    const many = undeclared(200_000, () => 'fp-same-valuex');
    const baseline = baselined === undefined ? undefined : buildBaseline(undeclared(baselined), undefined);
    const result = checkFindings(many, INVENTORY, baseline, options);
    expect(result).toMatchObject({ violationCount: 200_000, listed: false });
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]!.finding.location).toEqual({ kind: 'cell', row: 2, column: 'IP' });
    expect(result.places.map((p) => p.count)).toEqual([200_000]);
    expect(result.violations[0]?.baselineNote).toBe(baselined === undefined ? undefined : 'baseline accepts 1 here, found 200000');
  });

  it('counts per place exactly as it lists, with and without a keyed baseline', () => {
    const findings = [
      ...undeclared(5, (i) => `fp-value-${i % 3}xx`),
      finding({ category: 'ip', file: 'crm/other.csv', field: 'IP', fingerprint: 'fp-other-valx' }),
      finding({ category: 'ip', file: 'crm/third.csv', field: 'IP', fingerprint: 'fp-third-valx' }),
    ];
    const keyed = buildBaseline([...undeclared(2, (i) => `fp-value-${i}xx`), finding({ category: 'ip', file: 'crm/third.csv', field: 'IP', fingerprint: 'fp-third-valx' })], 'key-1');
    for (const [baseline, keyId] of [[undefined, undefined], [buildBaseline(undeclared(4), undefined), undefined], [keyed, 'key-1']] as const) {
      const run = (limit: number) => {
        const collector = new PolicyCollector(INVENTORY, 'low', true, limit);
        for (const f of findings) collector.add(f);
        return checkCollected(collector, baseline, { ...options, keyId });
      };
      const listed = run(1000);
      const counted = run(2);
      expect(listed.listed).toBe(true);
      expect(counted.listed).toBe(false);
      expect(counted.violationCount).toBe(listed.violationCount);
      expect(counted.violationCount).toBe(listed.violations.length);
      expect(counted.baselined).toBe(listed.baselined);
      expect(counted.places.map((p) => [p.first.finding.file, p.count])).toEqual(listed.places.map((p) => [p.first.finding.file, p.count]));
    }
  });

  it('without an inventory every finding must be in the baseline', () => {
    const result = checkFindings([finding({})], undefined, buildBaseline([], undefined), options);
    expect(result.violations.map((v) => v.reason)).toEqual(['system-not-declared']);
  });
});
