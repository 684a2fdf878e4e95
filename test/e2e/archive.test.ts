import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/exec.js';

/** A zipped export through the built CLI: findings inside entries, nested zips, skips, places in the inventory. */
interface Line { category: string; where: string; field?: string; value?: string }
interface Inventory { systems: Array<{ categories: Array<{ category: string; places: Array<{ file: string; field?: string; occurrences: number }> }> }>; skipped: Array<{ file: string; reason: string; detail: string }> }

const ZIP = 'fixtures/formats/zip/export.zip';
let revealed: Line[];
let inventory: Inventory;
let code: number | null;

beforeAll(async () => {
  const run = await runCli(['scan', ZIP, '--format', 'ndjson', '--reveal', '--quiet']);
  code = run.code;
  revealed = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
  inventory = JSON.parse((await runCli(['scan', ZIP, '-o', '-'])).stdout) as Inventory;
});

describe('gdpr-scan on a zipped export', () => {
  it('finds what every entry holds, the zip inside the zip included', () => {
    expect(code).toBe(0);
    expect(revealed.filter((l) => l.category === 'personnummer').map((l) => `${l.value} @ ${l.where}`)).toEqual([
      '790101-1127 @ entry export/crm/kunder.csv › row 2, column Personnummer',
      '451224-5582 @ entry export/Kundlista_Öberg.txt › line 1',
    ]);
    expect(revealed.filter((l) => l.category === 'email').map((l) => l.where)).toEqual([
      'entry export/zendesk/tickets.json › record 1, tickets[0].requester.email',
      'entry export/mail/fraga.eml › message 1, From header',
      'entry export/bilagor/arkiv.zip › entry anteckning.txt › line 1',
    ]);
  });

  it('lists each entry and field as its own place in the inventory', () => {
    const pnr = inventory.systems.flatMap((s) => s.categories).find((c) => c.category === 'personnummer')!;
    expect(pnr.places.map((p) => `${p.file} | ${p.field ?? ''}`).sort()).toEqual([
      'export.zip | export/Kundlista_Öberg.txt',
      'export.zip | export/crm/kunder.csv › Personnummer',
    ]);
  });

  it('reports the image and the encrypted entry, and nothing else', () => {
    expect(inventory.skipped.map((s) => `${s.reason}: ${s.detail}`)).toEqual([
      'unsupported: archive entry "export/bilagor/id-kort.jpg": unsupported type .jpg (no text to scan)',
      'encrypted: archive entry "export/hemligt.txt" is encrypted',
    ]);
  });
});
