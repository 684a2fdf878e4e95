import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/exec.js';

/** The CLI wiring of csv, register, --lang and --inventory, run on the bundled exports (built CLI). */
const EXPORTS = join(REPO_ROOT, 'fixtures', 'exports');
const work = mkdtempSync(join(tmpdir(), 'gdpr-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const INVENTORY = `version: 1
systems:
  - name: crm
    purpose: Kundregister
    legalBasis: contract
    dataSubjects: [kunder]
    categories: [personnummer, email]
    retention: P3Y
`;

describe('report formats through the CLI', () => {
  it('writes CSV with BOM and CRLF, Swedish from LANG', async () => {
    const out = join(work, 'inventory.csv');
    const run = await runCli(['scan', EXPORTS, '-o', out, '--quiet'], { env: { LANG: 'sv_SE.UTF-8' } });
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFSystem;Kategori;Fil;Fält;Förekomster;')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    expect(text).toMatch(/\r\ncrm;Personnummer;crm\/kunder_2024\.csv;Personnummer;\d+;/);
  });

  it('--lang en overrides a Swedish environment', async () => {
    const run = await runCli(['scan', EXPORTS, '--format', 'register', '--lang', 'en'], { cwd: work, env: { LC_ALL: 'sv_SE.UTF-8' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No declared inventory (gdpr-inventory.yaml) was given.');
  });

  it('reads gdpr-inventory.yaml from the working directory for the register', async () => {
    writeFileSync(join(work, 'gdpr-inventory.yaml'), INVENTORY);
    const run = await runCli(['scan', EXPORTS, '--format', 'register', '--lang', 'en'], { cwd: work });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## crm');
    expect(run.stdout).toContain('- **Purpose:** Kundregister');
    expect(run.stdout).toMatch(/\| Phone number \| no \| \d+ \| \d+ \| \*\*found, NOT declared\*\* \|/);
    expect(run.stdout).toContain('## helpdesk');
    rmSync(join(work, 'gdpr-inventory.yaml'));
  });

  it('fails with exit code 2 on a broken --inventory before scanning', async () => {
    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, 'version: 2\nsystems: []\n');
    const run = await runCli(['scan', EXPORTS, '--format', 'html', '-o', join(work, 'x.html'), '--inventory', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.yaml');
  });

  it('rejects an unknown --lang', async () => {
    const run = await runCli(['scan', EXPORTS, '--lang', 'de']);
    expect(run.code).toBe(2);
  });

  it('prints no progress line when stderr is not a terminal', async () => {
    const run = await runCli(['scan', EXPORTS, '--format', 'json', '-o', join(work, 'i.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('\x1b[K');
  });
});
