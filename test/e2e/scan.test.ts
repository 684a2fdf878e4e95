import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type ExecResult } from '../helpers/exec.js';
import { tempDir } from '../helpers/temp-dir.js';

const EXPORTS = 'fixtures/exports';

interface Place { file: string; field?: string; occurrences: number }
interface CategoryEntry { category: string; occurrences: number; distinctValues: number; places: Place[]; examples: string[] }
interface SystemEntry { name: string; filesScanned: number; categories: CategoryEntry[] }
interface Inventory { schemaVersion: string; tool: { name: string }; systems: SystemEntry[]; skipped: unknown[]; summary: { files: number } }
interface FindingLine { system: string; file: string; location: Record<string, unknown>; where: string; category: string; confidence: string; masked: string; fingerprint: string; value?: string }

let out: string;
let jsonRun: ExecResult;
let inventory: Inventory;
let revealed: FindingLine[];
let masked: FindingLine[];

function category(system: string, name: string): CategoryEntry | undefined {
  return inventory.systems.find((s) => s.name === system)?.categories.find((c) => c.category === name);
}

function parseLines(text: string): FindingLine[] {
  return text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as FindingLine);
}

beforeAll(async () => {
  out = tempDir('gdpr-scan-e2e-');
  jsonRun = await runCli(['scan', EXPORTS, '--format', 'json', '-o', join(out, 'inventory.json')]);
  inventory = JSON.parse(readFileSync(join(out, 'inventory.json'), 'utf8')) as Inventory;
  const reveal = await runCli(['scan', EXPORTS, '--format', 'ndjson', '--reveal', '--quiet']);
  revealed = parseLines(reveal.stdout);
  masked = parseLines((await runCli(['scan', EXPORTS, '--format', 'ndjson', '--quiet'])).stdout);
});

describe('gdpr-scan scan on the bundled exports', () => {
  it('exits 0 and writes a versioned JSON inventory with one entry per system', () => {
    expect(jsonRun.code).toBe(0);
    expect(inventory.schemaVersion).toBe('1.0');
    expect(inventory.tool.name).toBe('gdpr-scan');
    expect(inventory.systems.map((s) => s.name)).toEqual(['avtal', 'crm', 'helpdesk']);
    expect(inventory.summary.files).toBeGreaterThanOrEqual(9);
  });

  it('finds every category where the exports hold it', () => {
    for (const name of ['personnummer', 'email', 'phone', 'name']) expect(category('crm', name), `crm ${name}`).toBeDefined();
    for (const name of ['personnummer', 'email', 'phone', 'ip', 'name']) expect(category('helpdesk', name), `helpdesk ${name}`).toBeDefined();
    expect(category('avtal', 'personnummer')).toBeDefined();
  });

  it('says where: CSV columns, JSON paths, mail headers, chat lines', () => {
    const places = (system: string, name: string): string[] => (category(system, name)?.places ?? []).map((p) => `${p.file}#${p.field ?? ''}`);
    expect(places('crm', 'personnummer')).toContain('crm/kunder_2024.csv#Personnummer');
    expect(places('crm', 'email')).toContain('crm/kunder_2024.csv#E-post');
    expect(places('helpdesk', 'email')).toContain('helpdesk/tickets/tickets.json#tickets[].requester.email');
    expect(places('helpdesk', 'ip')).toContain('helpdesk/chatt/chatt_2024-03-01.log#');
    expect(places('helpdesk', 'email').some((p) => p.startsWith('helpdesk/mail/inbox.mbox#header:'))).toBe(true);
  });

  it('joins Förnamn and Efternamn of one CSV row into one person', () => {
    const csvNames = revealed.filter((f) => f.file === 'crm/kunder_2024.csv' && f.category === 'name').map((f) => f.value);
    expect(csvNames).toContain('Björn Åkesson');
    expect(csvNames).not.toContain('Björn');
    expect(csvNames).not.toContain('Åkesson');
  });

  it('streams NDJSON findings with precise locations and masked values only', () => {
    expect(masked.length).toBe(revealed.length);
    expect(masked.length).toBeGreaterThan(30);
    for (const finding of masked) {
      expect(finding).not.toHaveProperty('value');
      expect(finding.masked).toBeTruthy();
      expect(finding.fingerprint).toMatch(/^[A-Za-z0-9_-]{16}$/);
    }
    const cell = masked.find((f) => f.file === 'crm/kunder_2024.csv' && f.category === 'personnummer');
    expect(cell?.location).toMatchObject({ kind: 'cell', column: 'Personnummer' });
    expect(Number(cell?.location.row)).toBeGreaterThanOrEqual(2);
    const chat = masked.find((f) => f.file.endsWith('.log') && f.category === 'ip');
    expect(chat?.location).toEqual({ kind: 'line', line: 1 });
    const mail = masked.find((f) => f.file === 'helpdesk/mail/inbox.mbox');
    expect(mail?.location).toMatchObject({ kind: 'mail', message: expect.any(Number) });
    // A Message-ID may carry a sender's address or name: only --reveal shows it; the message number locates.
    expect(revealed.some((f) => f.location.messageId !== undefined)).toBe(true);
    expect(masked.some((f) => f.location.messageId !== undefined)).toBe(false);
  });

  it('never writes a raw value into JSON, Markdown, table or masked NDJSON output', async () => {
    const values = [...new Set(revealed.map((f) => f.value!).filter((v) => v.length >= 6))];
    expect(values.length).toBeGreaterThan(20);
    const dir = join(out, 'all');
    const multi = await runCli(['scan', EXPORTS, '--format', 'json', '--format', 'markdown', '--format', 'ndjson', '--out-dir', dir]);
    expect(multi.code).toBe(0);
    const outputs = [multi.stdout, multi.stderr, JSON.stringify(masked), ...readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))];
    for (const text of outputs) for (const value of values) expect(text.includes(value), `leaked a ${value.length}-char value`).toBe(false);
  });

  it('writes one Markdown report per system into --out-dir, readable by the owner only', async () => {
    const dir = join(out, 'md');
    const run = await runCli(['scan', EXPORTS, '--format', 'markdown', '--out-dir', dir]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['avtal.md', 'crm.md', 'helpdesk.md']);
    expect(readFileSync(join(dir, 'crm.md'), 'utf8')).toMatch(/^# Personal-data inventory: crm/);
    expect(statSync(join(dir, 'crm.md')).mode & 0o777).toBe(0o600);
  });

  it('prints a terminal summary by default (scan is the default command)', async () => {
    const run = await runCli([EXPORTS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('System: crm');
    expect(run.stdout).toContain('Personnummer');
    expect(run.stdout).not.toMatch(/\u001b\[/); // NO_COLOR / not a TTY: plain text
  });

  it('-o - writes the report to standard output (JSON unless --format says otherwise), and no file named "-"', async () => {
    const dir = tempDir('gdpr-scan-dash-');
    const json = await runCli(['scan', join(process.cwd(), EXPORTS), '-o', '-'], { cwd: dir });
    expect(json.code).toBe(0);
    const counts = (inv: Inventory): string[] => inv.systems.flatMap((s) => s.categories.map((c) => `${s.name}/${c.category}=${c.occurrences}`));
    expect(counts(JSON.parse(json.stdout) as Inventory)).toEqual(counts(inventory));
    const ndjson = await runCli(['scan', join(process.cwd(), EXPORTS), '-o', '-', '--format', 'ndjson'], { cwd: dir });
    expect(parseLines(ndjson.stdout).length).toBe(masked.length);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives the same inventory in a single thread as with worker threads', async () => {
    const single = await runCli(['scan', EXPORTS, '--format', 'json', '--jobs', '1']);
    const counts = (inv: Inventory): string[] => inv.systems.flatMap((s) => s.categories.map((c) => `${s.name}/${c.category}=${c.occurrences}/${c.distinctValues}`));
    expect(counts(JSON.parse(single.stdout) as Inventory)).toEqual(counts(inventory));
  });
});

describe('systems from gdpr-scan.config.yaml', () => {
  it('maps paths to named systems, first match wins, the rest by first folder', async () => {
    const dir = tempDir('gdpr-scan-cfg-');
    const file = join(dir, 'gdpr-scan.config.yaml');
    writeFileSync(file, 'systems:\n  - name: Mail\n    paths: ["helpdesk/mail/**"]\n  - name: Zendesk\n    paths: ["helpdesk/**"]\nexclude: ["avtal/**"]\n');
    const run = await runCli(['scan', EXPORTS, '--config', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const mapped = JSON.parse(run.stdout) as Inventory;
    expect(mapped.systems.map((s) => s.name)).toEqual(['crm', 'Mail', 'Zendesk']);
    const mail = mapped.systems.find((s) => s.name === 'Mail')!;
    expect(mail.categories.flatMap((c) => c.places.map((p) => p.file)).every((f) => f.startsWith('helpdesk/mail/'))).toBe(true);
  });
});

describe('several folders in one scan', () => {
  it('keeps equal paths under different folders apart, names them folder first, and matches systems inside each folder', async () => {
    const dir = tempDir('gdpr-scan-roots-');
    for (const [year, person] of [['2023', 'Anna Svensson,anna.svensson@example.se'], ['2024', 'Erik Berg,erik.berg@example.se']] as const) {
      mkdirSync(join(dir, `export-${year}`, 'crm'), { recursive: true });
      writeFileSync(join(dir, `export-${year}`, 'crm', 'kunder.csv'), `Namn,E-post\n${person}\n`);
    }
    execFileSync('mkfifo', [join(dir, 'export-2024', 'crm', 'pipe')]);
    const config = join(dir, 'gdpr-scan.config.yaml');
    writeFileSync(config, 'systems:\n  - name: CRM\n    paths: ["crm/**"]\n');
    const run = await runCli(['scan', 'export-2023', `${join(dir, 'export-2024')}/`, '--config', config, '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Inventory & { skipped: Array<{ file: string; system: string; reason: string }> };
    expect(result.systems.map((s) => [s.name, s.filesScanned])).toEqual([['CRM', 2]]);
    const email = result.systems[0]!.categories.find((c) => c.category === 'email')!;
    expect(email.places.map((p) => p.file).sort()).toEqual([`${join(dir, 'export-2024')}/crm/kunder.csv`, 'export-2023/crm/kunder.csv'].sort());
    expect(email.occurrences).toBe(2);
    expect(result.skipped).toEqual([expect.objectContaining({ file: `${join(dir, 'export-2024')}/crm/pipe`, reason: 'not-regular', system: 'CRM' })]);

    const sarif = JSON.parse((await runCli(['scan', 'export-2023', join(dir, 'export-2024'), '--config', config, '--format', 'sarif'], { cwd: dir })).stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }> }>;
    };
    const uris = new Set(sarif.runs[0]!.results.map((r) => JSON.stringify(r.locations[0]!.physicalLocation.artifactLocation)));
    expect([...uris].sort()).toEqual([
      JSON.stringify({ uri: 'export-2023/crm/kunder.csv', uriBaseId: '%SRCROOT%' }),
      JSON.stringify({ uri: pathToFileURL(join(dir, 'export-2024', 'crm', 'kunder.csv')).href }),
    ]);
  });
});

describe('usage and configuration errors exit with 2 and say what is wrong', () => {
  it.each([
    [['scan', EXPORTS, '--format', 'xml'], /unknown --format "xml"/],
    [['scan', 'no/such/folder'], /cannot scan "no\/such\/folder": no such file or directory/],
    [['scan', EXPORTS, '--format', 'json', '--format', 'markdown'], /need --out-dir/],
    [['scan', EXPORTS, '--min-confidence', 'sure'], /Allowed choices are low, medium, high/],
    [['scan', EXPORTS, '--max-file-size', 'big'], /--max-file-size "big"/],
    [['scan', EXPORTS, '--jobs', '0'], /--jobs "0"/],
    [['scan', EXPORTS, '--bogus'], /unknown option '--bogus'/],
  ])('%j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('names the config file and line', async () => {
    const dir = tempDir('gdpr-scan-badcfg-');
    const file = join(dir, 'gdpr-scan.config.yaml');
    writeFileSync(file, 'systems:\n  - name: CRM\n    path: ["crm/**"]\n');
    const run = await runCli(['scan', EXPORTS, '--config', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}:3:`);
  });

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: gdpr-scan');
    const scanHelp = await runCli(['scan', '--help']);
    expect(scanHelp.stdout).toContain('--min-confidence');
    expect(scanHelp.stdout).toContain('Exit status');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
