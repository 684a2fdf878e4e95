import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFindings } from '../../src/policy/check.js';
import { formatCheckSarif, formatSarif, ruleId, SARIF_MAX_FINDING_RESULTS } from '../../src/report/sarif.js';
import type { ScanResult } from '../../src/scan-types.js';
import { sarifErrors } from '../helpers/sarif.js';
import { finding, inventory, SYSTEM_HEADER } from '../policy/helpers.js';

const SHARED_SCHEMA = fileURLToPath(new URL('../../../shared/testdata/sarif/sarif-schema-2.1.0.json', import.meta.url));

const RESULT = {
  tool: { name: 'gdpr-scan', version: '0.1.0' },
  scannedAt: '2024-01-01T00:00:00.000Z',
  roots: ['./exports'],
  minConfidence: 'low',
  systems: [
    {
      name: 'crm',
      filesScanned: 1,
      bytesScanned: 10,
      filesWithFindings: 1,
      categories: [
        {
          category: 'email',
          occurrences: 2,
          distinctValues: 2,
          files: 1,
          confidence: { low: 0, medium: 0, high: 2 },
          subtypes: {},
          places: [{ file: 'crm/kunder.csv', field: 'E-post', occurrences: 2 }],
          examples: ['an***@ex***.se'],
        },
      ],
      skipped: [],
    },
  ],
  skipped: [],
  stats: { files: 1, bytes: 10, findings: 2, skipped: 0, durationMs: 1, stages: { walk: 0, extract: 0, detect: 0 } },
} satisfies ScanResult;

const FINDINGS = [
  finding({ location: { kind: 'cell', row: 4, column: 'E-post' } }),
  finding({ category: 'personnummer', detector: 'personnummer', masked: '790415-****', confidence: 'medium', file: 'crm/notes å.txt', field: undefined, location: { kind: 'line', line: 12 } }),
  finding({ category: 'ip', confidence: 'low', file: 'crm/scan.pdf', field: undefined, location: { kind: 'page', page: 2 } }),
];

describe('SARIF 2.1.0', () => {
  const sarif = JSON.parse(formatSarif(RESULT, { root: './exports', persistentFingerprints: true }, FINDINGS));
  const run = sarif.runs[0];

  it('validates against the OASIS schema (local copy)', () => {
    expect(sarifErrors(sarif)).toEqual([]);
  });

  it('also validates against ../shared when present', (ctx) => {
    if (!existsSync(SHARED_SCHEMA)) {
      console.warn(`SKIPPED: ${SHARED_SCHEMA} not found; validated against the local copy only`);
      ctx.skip();
    }
    expect(sarifErrors(sarif, SHARED_SCHEMA)).toEqual([]);
  });

  it('has one rule per category with stable ids and points results at them', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'gdpr-scan/personnummer',
      'gdpr-scan/email',
      'gdpr-scan/phone',
      'gdpr-scan/ip',
      'gdpr-scan/name',
    ]);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(ruleId('email')).toBe('gdpr-scan/email');
  });

  it('locates results by relative POSIX path, a start line for rows and lines, and none for pages', () => {
    const [email, pnr, ip] = run.results;
    expect(email.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'exports/crm/kunder.csv', uriBaseId: '%SRCROOT%' }, region: { startLine: 4 } });
    expect(pnr.locations[0].physicalLocation.artifactLocation.uri).toBe('exports/crm/notes%20%C3%A5.txt');
    expect(pnr.locations[0].physicalLocation.region).toEqual({ startLine: 12 });
    expect(ip.locations[0].physicalLocation.region).toBeUndefined();
    expect([email.level, pnr.level, ip.level]).toEqual(['error', 'warning', 'note']);
  });

  it('carries masked values and keyed fingerprints only; value fingerprints only with a user key', () => {
    expect(run.results[1].message.text).toContain('790415-****');
    expect(run.results[0].partialFingerprints['gdprScanValue/v1']).toBe('fp-aaaaaaaaaaaa');
    const placeFp = run.results[0].partialFingerprints['gdprScanPlace/v1'];
    const moved = JSON.parse(formatSarif(RESULT, { root: './exports', persistentFingerprints: false }, [finding({ location: { kind: 'cell', row: 99, column: 'E-post' } })]));
    expect(moved.runs[0].results[0].partialFingerprints).toEqual({ 'gdprScanPlace/v1': placeFp });
  });

  it('falls back to one result per place without findings, and renders check violations', () => {
    const places = JSON.parse(formatSarif(RESULT, { root: 'exports', persistentFingerprints: false }));
    expect(sarifErrors(places)).toEqual([]);
    expect(places.runs[0].results).toHaveLength(1);
    const inv = inventory(`version: 1\nsystems:\n  - name: crm\n${SYSTEM_HEADER}    categories: [email]\n`);
    const policy = checkFindings(FINDINGS, inv, undefined, { minConfidence: 'low', keyId: undefined, complete: true });
    const check = JSON.parse(formatCheckSarif(RESULT, { root: '/abs/exports', persistentFingerprints: false }, policy, () => 'undeclared'));
    expect(sarifErrors(check)).toEqual([]);
    expect(check.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['gdpr-scan/personnummer', 'gdpr-scan/ip']);
    expect(check.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///abs/exports/crm/notes%20%C3%A5.txt' });
  });
});

describe('formatCheckSarif: more failures than code scanning shows', () => {
  const inv = inventory(`version: 1\nsystems:\n  - name: crm\n${SYSTEM_HEADER}    categories: [email]\n`);
  const ip = (file: string, row: number) =>
    finding({ category: 'ip', detector: 'ip', masked: '81.224.*.*', fingerprint: `fp-${row}`, file, field: 'IP', location: { kind: 'cell', row, column: 'IP' } });
  const sarifFor = (findings: ReturnType<typeof ip>[]) => {
    const policy = checkFindings(findings, inv, undefined, { minConfidence: 'low', keyId: undefined, complete: true });
    return JSON.parse(formatCheckSarif(RESULT, { root: 'exports', persistentFingerprints: true }, policy, (v, more) => `${v.finding.file} +${more}`));
  };

  it('writes one result per finding up to the limit', () => {
    const log = sarifFor(Array.from({ length: SARIF_MAX_FINDING_RESULTS }, (_, i) => ip('crm/a.csv', i + 2)));
    expect(log.runs[0].results).toHaveLength(SARIF_MAX_FINDING_RESULTS);
    expect(log.runs[0].invocations).toBeUndefined();
  });

  it('past it, one result per place at its first finding, with the count, and says so', () => {
    const findings = [...Array.from({ length: SARIF_MAX_FINDING_RESULTS }, (_, i) => ip('crm/a.csv', i + 2)), ip('crm/b.csv', 7)];
    const log = sarifFor(findings);
    expect(sarifErrors(log)).toEqual([]);
    const [a, b] = log.runs[0].results;
    expect(log.runs[0].results).toHaveLength(2);
    expect(a.message.text).toBe(`crm/a.csv +${SARIF_MAX_FINDING_RESULTS - 1}`);
    expect(a.properties.occurrences).toBe(SARIF_MAX_FINDING_RESULTS);
    expect(a.locations[0].physicalLocation.region).toEqual({ startLine: 2 });
    expect(b.properties.occurrences).toBe(1);
    // A place's result is no one value: no value fingerprint, even with a key.
    expect(Object.keys(a.partialFingerprints)).toEqual(['gdprScanPlace/v1']);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^5001 undeclared findings at 2 places: one result per place/);
  });
});

