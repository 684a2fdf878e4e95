import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../src/cache/file-cache.js';
import { checkCollected, PolicyCollector, withoutRawValue } from '../../src/policy/check.js';
import { CoveredTally, declaredEntries, DeclaredCoverage } from '../../src/policy/coverage.js';
import { buildBaseline } from '../../src/policy/baseline.js';
import { scan } from '../../src/scan.js';
import { inventory, SYSTEM_HEADER } from './helpers.js';
import { tempDir } from '../helpers/temp-dir.js';

const EXPORTS = join(import.meta.dirname, '..', '..', 'fixtures', 'exports');

/** Covers part of what the bundled example exports hold: some categories anywhere, some only in some fields or files. */
const PARTIAL = inventory(`version: 1
systems:
  - name: crm
${SYSTEM_HEADER}    categories:
      - email
      - category: personnummer
        fields: [Personnummer]
      - category: name
        paths: ["crm/**/*.xlsx"]
  - name: helpdesk
${SYSTEM_HEADER}    categories:
      - category: email
        fields: ["header:From", "body"]
      - phone
  - name: avtal
${SYSTEM_HEADER}    categories: [name]
`);

describe('declaredEntries and DeclaredCoverage', () => {
  it('numbers the entries in file order and finds the entry that covers a place, or -1', () => {
    const entries = declaredEntries(PARTIAL);
    expect(entries.map((e) => e.category)).toEqual(['email', 'personnummer', 'name', 'email', 'phone', 'name']);
    const coverage = new DeclaredCoverage(PARTIAL);
    expect(entries[coverage.entryFor('crm', 'crm/kunder.csv', 'E-post', 'email')]?.category).toBe('email');
    expect(entries[coverage.entryFor('crm', 'crm/kunder.csv', 'Personnummer', 'personnummer')]?.fields).toEqual(['Personnummer']);
    expect(coverage.entryFor('crm', 'crm/kunder.csv', 'Anteckningar', 'personnummer')).toBe(-1);
    expect(coverage.entryFor('crm', 'crm/kunder.csv', 'Namn', 'name')).toBe(-1);
    expect(entries[coverage.entryFor('crm', 'crm/sub/kunder.xlsx', 'Namn', 'name')]?.paths).toEqual(['crm/**/*.xlsx']);
    expect(coverage.entryFor('okänt', 'okänt/a.txt', undefined, 'email')).toBe(-1);
    expect(coverage.entryFor('crm', 'crm/a.txt', undefined, 'ip')).toBe(-1);
  });

  it('CoveredTally counts per entry', () => {
    const tally = new CoveredTally();
    for (const entry of [2, 0, 2, 2]) tally.add(entry);
    expect(new Map(tally.toData())).toEqual(new Map([[2, 3], [0, 1]]));
  });
});

describe('sorting findings in the scan (ScanOptions.declared)', () => {
  async function collect(declared: boolean, cache?: FileCache) {
    const collector = new PolicyCollector(PARTIAL, 'low');
    let handedOver = 0;
    const result = await scan(
      { paths: [EXPORTS], cwd: EXPORTS, ...(declared ? { declared: collector.coveredBy! } : {}), ...(cache ? { cache, fingerprintKey: cache.key } : {}) },
      {
        onFinding: (finding) => {
          handedOver++;
          collector.add(withoutRawValue(finding));
        },
        onCovered: (system, counts) => collector.addCovered(system, counts),
      },
    );
    return { collector, handedOver, result };
  }

  it('gives the same check, baseline and inventory as sorting every finding afterwards, handing over only the undeclared', async () => {
    const sortedAfter = await collect(false);
    const sortedIn = await collect(true);
    expect(sortedAfter.handedOver).toBe(sortedAfter.collector.checked);
    // The fixture holds both covered and uncovered findings, so both paths are exercised.
    expect(sortedIn.handedOver).toBeGreaterThan(0);
    expect(sortedIn.handedOver).toBeLessThan(sortedAfter.handedOver);
    expect(sortedIn.handedOver).toBe(sortedAfter.collector.undeclared!.length);

    const options = { minConfidence: 'low' as const, keyId: undefined, complete: true };
    const strip = (result: ReturnType<typeof checkCollected>) => ({
      ...result,
      // Fingerprints differ between runs (a random key per scan without GDPR_SCAN_KEY).
      violations: result.violations.map(({ finding: { fingerprint: _f, ...finding }, ...rest }) => ({ ...rest, finding })),
      places: result.places.map(({ first: { finding: { fingerprint: _f, ...finding }, ...rest }, count }) => ({ first: { ...rest, finding }, count })),
    });
    expect(strip(checkCollected(sortedIn.collector, undefined, options))).toEqual(strip(checkCollected(sortedAfter.collector, undefined, options)));
    expect(sortedIn.collector.checked).toBe(sortedAfter.collector.checked);
    expect([...sortedIn.collector.usedEntries]).toEqual(expect.arrayContaining([...sortedAfter.collector.usedEntries]));
    expect(sortedIn.collector.usedEntries.size).toBe(sortedAfter.collector.usedEntries.size);
    expect([...sortedIn.collector.systems].sort()).toEqual([...sortedAfter.collector.systems].sort());

    // A baseline accepts exactly the undeclared findings either way.
    const countsOf = (collected: PolicyCollector) => {
      const { entries } = buildBaseline(collected.undeclared!.map((v) => v.finding), undefined);
      return JSON.stringify(entries, (_key, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
      );
    };
    expect(countsOf(sortedIn.collector)).toBe(countsOf(sortedAfter.collector));
    // The inventory report does not depend on it.
    expect(sortedIn.result.systems.map((s) => [s.name, s.categories.map((c) => [c.category, c.occurrences])])).toEqual(
      sortedAfter.result.systems.map((s) => [s.name, s.categories.map((c) => [c.category, c.occurrences])]),
    );
  });

  it('with a cache: the same check on the first run (sorted as found) and the next (sorted by stored places)', async () => {
    const cachePath = join(tempDir('gdpr-coverage-'), 'cache');
    const salt = { toolVersion: 'test', rulesHash: 'r', codeHash: 'c', detectorOptions: {}, keyId: undefined };
    const options = { minConfidence: 'low' as const, keyId: undefined, complete: true };
    const withoutFingerprints = (result: ReturnType<typeof checkCollected>) => ({
      ...result,
      violations: result.violations.map(({ finding: { fingerprint: _f, ...finding }, ...rest }) => ({ ...rest, finding })),
      places: result.places.map(({ first: { finding: { fingerprint: _f, ...finding }, ...rest }, count }) => ({ first: { ...rest, finding }, count })),
    });
    const expected = withoutFingerprints(checkCollected((await collect(false)).collector, undefined, options));
    const first = FileCache.open(cachePath, salt, () => {});
    const cold = await collect(true, first);
    first.save(true);
    expect(first.misses).toBeGreaterThan(0);
    const second = FileCache.open(cachePath, salt, () => {});
    const warm = await collect(true, second);
    expect(second.misses).toBe(0);
    for (const run of [cold, warm]) {
      expect(withoutFingerprints(checkCollected(run.collector, undefined, options))).toEqual(expected);
      expect(run.handedOver).toBe(run.collector.undeclared!.length);
    }
  });

  it('is not offered by a collector that filters by confidence itself (the scan could not apply its filter)', () => {
    expect(new PolicyCollector(PARTIAL, 'medium').coveredBy).toBeUndefined();
    expect(new PolicyCollector(PARTIAL, 'low').coveredBy).toBe(PARTIAL);
    expect(new PolicyCollector(undefined, 'low').coveredBy).toBeUndefined();
  });
});
