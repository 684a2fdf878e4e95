import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zip } from '../../scripts/fixtures/_zip.mjs';
import { msgFile, tnefFile } from '../../scripts/fixtures/outlook.mjs';
import { runCli } from '../helpers/exec.js';

/**
 * An attachment's or archive entry's name is the sender's or packer's, and often a person's (`Lönespec_Anna_Svensson`,
 * `kunder/Märta Öberg/avtal.txt`). Reports hold no raw personal data: such a name is shown by its number, and it is
 * scanned, as the personal data it is. (Before: `attachment "Lönespec_Anna_Svensson_19860412-2385.bin" not
 * scanned` was in the report, and the name and the personnummer in it were never found.)
 */
const work = mkdtempSync(join(tmpdir(), 'gdpr-scan-attachment-names-'));
const exports = join(work, 'exports');
const reports = join(work, 'reports');
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Skipped { file: string; detail: string }
interface Inventory { skipped: Skipped[] }
interface FindingLine { file: string; where: string; field?: string; category: string; value?: string; location: { kind: string } }

/** What only the names of files inside files hold: none of it may appear in a report. */
const IN_NAMES_ONLY = ['Anna Svensson', 'Svensson', '19860412-2385', 'Erik Holmberg', 'Märta Öberg', 'Björn Åkesson', 'Karin Dahl'];

function mail(attachments: Array<{ name: string; type: string; body: string }>): string {
  const parts = attachments.map(
    ({ name, type, body }) =>
      `--XX\r\nContent-Type: ${type}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(body).toString('base64')}\r\n`,
  );
  return [
    'From: Kundtjänst <support@nordhandel.invalid>',
    'To: kundregister@nordhandel.invalid',
    'Subject: Underlag',
    'Message-ID: <underlag-1@nordhandel.invalid>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="XX"',
    '',
    '--XX',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Se bifogade filer.',
    ...parts,
    '--XX--',
    '',
  ].join('\r\n');
}

let inventory: Inventory;
let findings: FindingLine[];
const written: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(join(exports, 'mail'), { recursive: true });
  writeFileSync(
    join(exports, 'mail', 'underlag.eml'),
    mail([
      { name: 'Lönespec_Anna_Svensson_19860412-2385.bin', type: 'application/octet-stream', body: '\u0000\u0001' },
      { name: 'Anteckning Erik Holmberg.txt', type: 'text/plain', body: 'Ring tillbaka om fakturan.' },
      // The control: a name without personal data stays as written, and what the file holds is found in it.
      { name: 'faktura_4711.txt', type: 'text/plain', body: 'Fatima Hassan ringde om fakturan.' },
    ]),
  );
  writeFileSync(
    join(exports, 'mail', 'intyg.msg'),
    msgFile({ subject: 'Intyg', sender: { name: 'Kundtjänst', email: 'support@nordhandel.invalid' }, recipients: [], body: 'Se bilaga.', attachments: [{ name: 'Intyg Björn Åkesson.txt', mime: 'text/plain', data: 'Intyget gäller i ett år.' }] }),
  );
  writeFileSync(
    join(exports, 'mail', 'winmail.dat'),
    tnefFile({ subject: 'Ansökan', sender: { name: 'Kundtjänst', email: 'support@nordhandel.invalid' }, recipients: [], body: 'Se bilaga.', attachments: [{ name: 'Karin_Dahl_CV.txt', mime: 'text/plain', data: 'Erfarenhet: kundtjänst.' }] }),
  );
  writeFileSync(
    join(exports, 'arkiv.zip'),
    zip([
      { name: 'kunder/Märta Öberg/avtal.txt', data: Buffer.from('Avtalet gäller tills vidare.\n') },
      { name: 'export/lista.txt', data: Buffer.from('Johan Ek, 070-123 45 67\n') },
    ]),
  );

  const json = await runCli(['scan', 'exports', '--format', 'json', '--quiet'], { cwd: work });
  expect(json.code).toBe(0);
  inventory = JSON.parse(json.stdout) as Inventory;
  written.json = json.stdout;
  const ndjson = await runCli(['scan', 'exports', '--format', 'ndjson', '--quiet'], { cwd: work });
  expect(ndjson.code).toBe(0);
  written.ndjson = ndjson.stdout;
  const table = await runCli(['scan', 'exports'], { cwd: work });
  expect(table.code).toBe(0);
  written.table = table.stdout + table.stderr;
  const files = await runCli(['scan', 'exports', '--format', 'markdown', '--format', 'html', '--format', 'csv', '--format', 'sarif', '--out-dir', reports, '--quiet'], { cwd: work });
  expect(files.code).toBe(0);
  for (const name of readdirSync(reports)) written[name] = readFileSync(join(reports, name), 'utf8');
  const revealed = await runCli(['scan', 'exports', '--format', 'ndjson', '--reveal', '--quiet'], { cwd: work });
  expect(revealed.code).toBe(0);
  findings = revealed.stdout.trim().split('\n').map((line) => JSON.parse(line) as FindingLine);
});

describe('names of attachments and archive entries', () => {
  it('never appear in a report when they hold personal data, in any format', () => {
    expect(Object.keys(written).length).toBeGreaterThanOrEqual(7);
    for (const [format, text] of Object.entries(written)) {
      for (const secret of IN_NAMES_ONLY) expect(text.includes(secret), `${secret} in the ${format} report`).toBe(false);
    }
  });

  it('are shown by their number and extension instead, in findings and in the list of what was not scanned', () => {
    expect(inventory.skipped.map((s) => `${s.file}: ${s.detail}`)).toEqual(['mail/underlag.eml: message 1: attachment "#1.bin" (application/octet-stream) not scanned']);
    const where = (value: string) => findings.filter((f) => f.value === value).map((f) => `${f.file} | ${f.where}`);
    expect(where('Anna Svensson')).toEqual(['mail/underlag.eml | message 1, attachment #1.bin › its file name']);
    expect(where('Erik Holmberg')).toEqual(['mail/underlag.eml | message 1, attachment #2.txt › its file name']);
    expect(where('Björn Åkesson')).toEqual(['mail/intyg.msg | message 1, attachment #1.txt › its file name']);
    expect(where('Karin Dahl')).toEqual(['mail/winmail.dat | message 1, attachment #1.txt › its file name']);
    expect(where('Märta Öberg')).toEqual(['arkiv.zip | entry #1.txt › its file name']);
  });

  it('are scanned as text: the people and the personnummer in them are found', () => {
    const inNames = findings.filter((f) => f.location.kind !== 'line' && f.where.endsWith('› its file name'));
    expect(inNames.map((f) => `${f.category}:${f.value}`).sort()).toEqual([
      'name:Anna Svensson',
      'name:Björn Åkesson',
      'name:Erik Holmberg',
      'name:Karin Dahl',
      'name:Märta Öberg',
      'personnummer:19860412-2385',
    ]);
    expect(new Set(inNames.map((f) => f.field))).toEqual(new Set(['attachment:file name', '#1.txt › file name']));
  });

  it('stay as written when they hold none, and what the files hold is found under them', () => {
    const where = (value: string) => findings.filter((f) => f.value === value).map((f) => `${f.file} | ${f.where}`);
    expect(where('Fatima Hassan')).toEqual(['mail/underlag.eml | message 1, attachment faktura_4711.txt › line 1']);
    expect(where('Johan Ek')).toEqual(['arkiv.zip | entry export/lista.txt › line 1']);
    expect(where('070-123 45 67')).toEqual(['arkiv.zip | entry export/lista.txt › line 1']);
  });
});
