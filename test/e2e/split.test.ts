import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The built library: worker threads run dist/engine/worker.js.
import { scan } from '../../dist/scan.js';
import { FileCache } from '../../dist/cache/file-cache.js';
import type { Finding, ScanResult } from '../../src/scan-types.js';

/**
 * A big mailbox, chat log, NDJSON or CSV file is cut into parts that the worker threads scan side by side. The
 * report and every finding, with its location (line, message), must be exactly those of scanning it whole.
 */
const work = mkdtempSync(join(tmpdir(), 'gdpr-scan-split-e2e-'));
const root = join(work, 'exports');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function repeat(file: string, times: number, vary: (text: string, i: number) => string): string {
  const text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');
  return Array.from({ length: times }, (_, i) => vary(text, i)).join('');
}

beforeAll(() => {
  mkdirSync(join(root, 'mail'), { recursive: true });
  mkdirSync(join(root, 'chatt'), { recursive: true });
  mkdirSync(join(root, 'tickets'), { recursive: true });
  // Fabricated fixtures, repeated with the numbers varied so that messages and lines differ.
  writeFileSync(join(root, 'mail', 'support.mbox'), repeat('formats/mbox/support.mbox', 60, (text, i) => text.replaceAll('2024', String(1990 + (i % 30)))));
  // Named for a person: the name is scanned once per file, not once per part.
  writeFileSync(join(root, 'chatt', 'chatt_Anna_Svensson.log'), repeat('exports/helpdesk/chatt/chatt_2024-03-01.log', 300, (text, i) => text.replaceAll('03-01', `03-${String((i % 28) + 1).padStart(2, '0')}`)));
  // cp1252, `;`, quoted cells with line breaks and "" quotes: the header once, then the data rows repeated.
  const crm = readFileSync(new URL('../../fixtures/formats/csv-cp1252/kunder.csv', import.meta.url));
  const headerEnd = crm.indexOf(0x0a) + 1;
  mkdirSync(join(root, 'crm'), { recursive: true });
  writeFileSync(join(root, 'crm', 'kunder.csv'), Buffer.concat([crm.subarray(0, headerEnd), ...Array.from({ length: 150 }, () => crm.subarray(headerEnd))]));
  // No header: the first row is a customer, so every part's columns are `column N` (decided in each part's worker).
  const people = ['Anna Svensson', 'Maria Lindqvist', 'Fatima Hassan', 'Björn Åkesson'];
  writeFileSync(join(root, 'crm', 'utan-rubrik.csv'), Array.from({ length: 400 }, (_, i) => `${people[i % 4]};Göteborg;${i === 0 ? 'Guldkund' : `070-123 45 ${String(i % 100).padStart(2, '0')}`}\n`).join(''));
  const events = repeat('formats/ndjson/events.ndjson', 300, (text) => text);
  const lines = events.split('\n');
  lines.splice(400, 0, '{"broken": "line, not JSON');
  writeFileSync(join(root, 'tickets', 'events.ndjson'), lines.join('\n'));
});

async function run(jobs: number, partBytes?: number, cache?: FileCache): Promise<{ result: ScanResult; findings: string[] }> {
  const findings: Finding[] = [];
  const result = await scan(
    { paths: [root], cwd: work, jobs, fingerprintKey: 'split-test-key-fabricated-0123456789', ...(partBytes ? { partBytes } : {}), ...(cache ? { cache } : {}) },
    { onFinding: (finding) => findings.push(finding) },
  );
  return { result, findings: findings.map((finding) => JSON.stringify(finding)).sort() };
}

function comparable(result: ScanResult): unknown {
  return { systems: result.systems, skipped: result.skipped, files: result.stats.files, bytes: result.stats.bytes, findings: result.stats.findings };
}

describe('scanning large files in parts', () => {
  it('gives the report and findings of scanning each file whole', async () => {
    const whole = await run(1);
    const parts = await run(2, 4096);
    expect(whole.findings.length).toBeGreaterThan(1000);
    expect(parts.findings).toEqual(whole.findings);
    expect(comparable(parts.result)).toEqual(comparable(whole.result));
    // The broken NDJSON line is reported with its line number in the whole file.
    expect(parts.result.skipped.map((entry) => entry.detail)).toContain('NDJSON line 401 is not valid JSON; skipped');
    const inNames = parts.findings.map((line) => JSON.parse(line) as Finding).filter((finding) => finding.location.kind === 'file-name');
    expect(inNames.map((finding) => `${finding.file} › ${finding.field} › ${finding.category}`)).toEqual(['chatt/chatt_Anna_Svensson.log › file name › name']);
    const headerless = parts.findings.map((line) => JSON.parse(line) as Finding).filter((finding) => finding.file.endsWith('utan-rubrik.csv'));
    expect(headerless.length).toBe(799);
    expect(new Set(headerless.map((finding) => finding.field))).toEqual(new Set(['column 1', 'column 3']));
  }, 60_000);

  it('with a cache: parts stored as one entry per file, replayed whole with the same report and findings', async () => {
    const whole = await run(1);
    const cachePath = join(work, 'cache');
    const salt = { toolVersion: 'test', rulesHash: 'r', codeHash: 'c', detectorOptions: {}, keyId: 'split-test' };
    const first = FileCache.open(cachePath, salt, () => {});
    const cold = await run(2, 4096, first);
    first.save(true);
    expect(first.misses).toBe(5);
    const second = FileCache.open(cachePath, salt, () => {});
    const warm = await run(2, 4096, second);
    expect(second.hits).toBe(5);
    for (const { result, findings } of [cold, warm]) {
      expect(findings).toEqual(whole.findings);
      expect(comparable(result)).toEqual(comparable(whole.result));
    }
  }, 60_000);

  it('cuts every file of this test into several parts', async () => {
    const { fileParts } = await import('../../src/engine/split.js');
    for (const [file, kind] of [['mail/support.mbox', 'mbox'], ['chatt/chatt_Anna_Svensson.log', 'lines'], ['tickets/events.ndjson', 'lines'], ['crm/kunder.csv', 'csv'], ['crm/utan-rubrik.csv', 'csv']] as const) {
      let count = 0;
      for await (const part of fileParts(join(root, file), kind, 4096)) count += part.end > part.start ? 1 : 0;
      expect(count, file).toBeGreaterThan(3);
    }
  });
});
