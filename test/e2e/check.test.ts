import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, type ExecResult } from '../helpers/exec.js';
import { sarifErrors } from '../helpers/sarif.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * The CI gate end to end on a throw-away git repository: init → check passes → an undeclared personnummer
 * fails with a masked message → the baseline accepts it → SARIF validates; and no raw value ever leaks.
 */
const FIXTURE = join(REPO_ROOT, 'fixtures/e2e/check/exports');
const NEW_PNR = '680909-1355';
const KEY_ENV = { GDPR_SCAN_KEY: 'e2e-test-key-not-a-secret-0123456789' };
const outputs: string[] = [];
let dir: string;

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ExecResult> {
  const result = await runCli([...args, '-j', '1'], { cwd: dir, env });
  outputs.push(result.stdout, result.stderr);
  return result;
}

function git(...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
}

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist/cli/main.js'))) throw new Error('run "npm run build" first');
  dir = tempDir('gdpr-check-e2e-');
  cpSync(FIXTURE, join(dir, 'exports'), { recursive: true });
  git('init', '-q');
  git('config', 'user.email', 'e2e@example.invalid');
  git('config', 'user.name', 'e2e');
  git('add', '.');
  git('commit', '-qm', 'exports');
});

describe('gdpr-scan check (CI gate)', () => {
  it('init writes a starter inventory and refuses to overwrite it', async () => {
    const init = await cli(['init', 'exports']);
    expect(init.code).toBe(0);
    const yaml = readFileSync(join(dir, 'gdpr-inventory.yaml'), 'utf8');
    expect(yaml).toContain('name: "crm"');
    expect(yaml).toContain('fields: ["Personnummer"]');
    expect(yaml).toContain('legalBasis: TODO');
    const again = await cli(['init', 'exports']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    git('add', 'gdpr-inventory.yaml');
    git('commit', '-qm', 'inventory');
  });

  it('passes (exit 0) when everything found is declared, warning about TODOs', async () => {
    const check = await cli(['check', 'exports']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('gdpr-scan check: passed');
    expect(check.stdout).toMatch(/TODOs? left/);
    expect((await cli(['check', 'exports', '--require-complete'])).code).toBe(1);
  });

  it('-o - prints the check report as JSON on standard output; init and baseline refuse it', async () => {
    const check = await cli(['check', 'exports', '-o', '-']);
    expect(check.code, check.stderr).toBe(0);
    expect((JSON.parse(check.stdout) as { passed: boolean }).passed).toBe(true);
    for (const args of [['init', 'exports', '--force', '-o', '-'], ['baseline', 'update', 'exports', '-o', '-']]) {
      const run = await cli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('-o - (standard output) is not supported here');
    }
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('fails (exit 1) on a new file with an undeclared personnummer, masked', async () => {
    writeFileSync(join(dir, 'exports/crm/ny-anteckning.txt'), `Samtal 2024-03-02.\nKunden uppgav personnummer ${NEW_PNR}.\n`);
    const check = await cli(['check', 'exports']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('FAILED. 1 of');
    expect(check.stdout).toMatch(/Personnummer 680909-\*{4} \(high confidence\) at crm\/ny-anteckning\.txt, line 2: personnummer is declared for system "crm" but not for this file/);
    expect(check.stdout).not.toContain(NEW_PNR);
  });

  it('writes SARIF that validates and points at the line; JSON and JUnit too', async () => {
    const sarif = await cli(['check', 'exports', '--format', 'sarif', '-o', 'check.sarif']);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(readFileSync(join(dir, 'check.sarif'), 'utf8'));
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'gdpr-scan/personnummer',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'exports/crm/ny-anteckning.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } } }],
    });
    const scanSarif = await cli(['scan', 'exports', '--format', 'sarif', '-o', 'scan.sarif']);
    expect(scanSarif.code).toBe(0);
    expect(sarifErrors(JSON.parse(readFileSync(join(dir, 'scan.sarif'), 'utf8')))).toEqual([]);

    const json = await cli(['check', 'exports', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: false, summary: { violations: 1 }, violations: [{ system: 'crm', category: 'personnummer', masked: '680909-****' }] });
    const junit = await cli(['check', 'exports', '--format', 'junit', '-o', 'check.xml']);
    expect(junit.code).toBe(1);
    expect(readFileSync(join(dir, 'check.xml'), 'utf8')).toMatch(/<testcase classname="gdpr-scan.crm" name="crm\/ny-anteckning.txt">\s*<failure/);
  });

  it('--changed-since scans only changed files; bad refs and folders are usage errors', async () => {
    const changed = await cli(['check', 'exports', '--changed-since', 'HEAD', '--format', 'json']);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout)).toMatchObject({ partial: true, summary: { checked: 1, violations: 1 } });
    const badRef = await cli(['check', 'exports', '--changed-since', 'no-such-ref']);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('unknown git ref "no-such-ref"');
  });

  it('baseline update accepts today\'s findings; a swapped value at the same place fails again', async () => {
    const update = await cli(['baseline', 'update', 'exports'], KEY_ENV);
    expect(update.code, update.stderr).toBe(0);
    const baselineText = readFileSync(join(dir, 'gdpr-baseline.json'), 'utf8');
    expect(baselineText).not.toMatch(/"line"|"row"|scannedAt/);
    expect((await cli(['check', 'exports', '--baseline', 'gdpr-baseline.json'], KEY_ENV)).code).toBe(0);
    // A line shift elsewhere in the file does not matter…
    writeFileSync(join(dir, 'exports/crm/ny-anteckning.txt'), `Inledning.\n\nSamtal 2024-03-02.\nKunden uppgav personnummer ${NEW_PNR}.\n`);
    expect((await cli(['check', 'exports'], KEY_ENV)).code).toBe(0);
    // …but another person's number in the same place does (keyed value fingerprints).
    writeFileSync(join(dir, 'exports/crm/ny-anteckning.txt'), 'Kunden uppgav personnummer 751130-2460.\n');
    const swapped = await cli(['check', 'exports'], KEY_ENV);
    expect(swapped.code).toBe(1);
    expect(swapped.stdout).toContain('a value not in the baseline');
    writeFileSync(join(dir, 'exports/crm/ny-anteckning.txt'), `Kunden uppgav personnummer ${NEW_PNR}.\n`);
  });

  it('--cache reuses unchanged files, is private (0600) and holds no raw values', async () => {
    const first = await cli(['check', 'exports', '--cache', '--format', 'json']);
    const second = await cli(['check', 'exports', '--cache', '--format', 'json', '-v']);
    expect(second.stderr).toMatch(/cache: 3 unchanged files reused, 0 scanned/);
    expect(JSON.parse(second.stdout).violations).toEqual(JSON.parse(first.stdout).violations);
    expect(statSync(join(dir, '.gdpr-scan-cache')).mode & 0o777).toBe(0o600);
    writeFileSync(join(dir, '.gdpr-scan-cache'), '{broken');
    const corrupt = await cli(['check', 'exports', '--cache']);
    expect(corrupt.code).toBe(0);
    expect(corrupt.stderr).toContain('cache');
  });

  it('reports configuration errors with file:line (exit 2)', async () => {
    writeFileSync(join(dir, 'broken-inventory.yaml'), 'version: 1\nsystems:\n  - name: crm\n    purpose: x\n    legalBasis: because\n');
    const broken = await cli(['check', 'exports', '--inventory', 'broken-inventory.yaml']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken-inventory\.yaml:5:\d+: systems\.0\.legalBasis/);
    const outside = tempDir('gdpr-nogit-');
    cpSync(FIXTURE, join(outside, 'exports'), { recursive: true });
    const notGit = await runCli(['check', join(outside, 'exports'), '--changed-since', 'HEAD', '--no-baseline', '--inventory', join(dir, 'gdpr-inventory.yaml')], { cwd: outside });
    expect(notGit.code).toBe(2);
    expect(notGit.stderr).toContain('not inside a git work tree');
  });

  it('never prints or writes a raw value (checked against scan --reveal)', async () => {
    const reveal = await runCli(['scan', 'exports', '--format', 'ndjson', '--reveal', '-j', '1'], { cwd: dir });
    const raw = reveal.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { value: string }).value);
    expect(raw).toContain(NEW_PNR);
    expect(raw.length).toBeGreaterThanOrEqual(6);
    const files = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile()).map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const text of [...outputs, ...files]) {
      for (const value of raw) expect(text.includes(value), `raw value leaked into: ${text.slice(0, 80)}`).toBe(false);
    }
  });
});

describe('gdpr-scan check on an export that is mostly undeclared', () => {
  // 150,000 failing findings in one CSV column: more than a function call takes arguments, which stopped check
  // with "internal error: Maximum call stack size exceeded" before; the terminal lists the column once.
  const ROWS = 150_000;
  // Fabricated personnummer with a valid check digit; the same one in every row.
  const PNR = '811218-9876';

  it('fails with one line per place, and a baseline then accepts them all', async () => {
    const root = tempDir('gdpr-check-many-');
    const lines = ['Kundnr;Personnummer', ...Array.from({ length: ROWS }, (_, i) => `K${i};${PNR}`)];
    cpSync(FIXTURE, join(root, 'exports'), { recursive: true });
    writeFileSync(join(root, 'exports/crm/many.csv'), `${lines.join('\n')}\n`);
    writeFileSync(join(root, 'inventory.yaml'), 'version: 1\nsystems:\n  - name: crm\n    purpose: Customer service\n    legalBasis: contract\n    dataSubjects: [customers]\n    retention: P3Y\n    categories: [email, phone, name]\n');
    const args = ['exports', '--inventory', 'inventory.yaml', '-j', '1'];
    // More undeclared findings than are listed one by one: JUnit lists the place once with its count.
    const failed = await runCli(['check', ...args, '-o', 'check.xml'], { cwd: root });
    expect(failed.stderr).not.toContain('internal error');
    expect(failed.code).toBe(1);
    const junit = readFileSync(join(root, 'check.xml'), 'utf8');
    expect(junit).toContain(`<testcase classname="gdpr-scan.crm" name="crm/many.csv">\n      <failure type="undeclared-personal-data" message="${ROWS} undeclared findings">`);
    expect(junit).toContain(`at crm/many.csv, row 2, column Personnummer, and ${ROWS - 1} more in this field: personnummer is not declared`);
    const json = await runCli(['check', ...args, '--format', 'json'], { cwd: root });
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ passed: false, violationsListed: false });
    expect(report.summary.violations).toBeGreaterThanOrEqual(ROWS);
    expect(report.places).toContainEqual(expect.objectContaining({ count: ROWS, file: 'crm/many.csv', field: 'Personnummer' }));
    expect(failed.stdout).toMatch(new RegExp(`Personnummer 811218-\\*{4} \\(high confidence\\) at crm/many\\.csv, row 2, column Personnummer, and ${ROWS - 1} more in this field: personnummer is not declared`));
    expect(failed.stdout.split('\n').length).toBeLessThan(80);
    expect(failed.stdout).not.toContain(PNR);
    // Code scanning refuses a run with more than 25,000 results: past 5,000 a result per place.
    const sarif = await runCli(['check', ...args, '--format', 'sarif', '-o', 'check.sarif'], { cwd: root });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(readFileSync(join(root, 'check.sarif'), 'utf8'));
    expect(sarifErrors(log)).toEqual([]);
    const many = log.runs[0].results.filter((r: { properties: { occurrences?: number } }) => r.properties.occurrences === ROWS);
    expect(many).toHaveLength(1);
    expect(log.runs[0].results.length).toBeLessThan(20);
    const accepted = await runCli(['baseline', 'update', ...args], { cwd: root });
    expect(accepted.code).toBe(0);
    const passed = await runCli(['check', ...args], { cwd: root });
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain('gdpr-scan check: passed');
  });
});
