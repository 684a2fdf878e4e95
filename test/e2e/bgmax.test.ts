import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/exec.js';

/**
 * A BgMax payment file through the built CLI (round 12: read as plain text before, where the record type glued to
 * the payer's name and personnummer hid both).
 */
interface Line { category: string; where: string; field?: string; value?: string }
interface Inventory { systems: Array<{ categories: Array<{ category: string; places: Array<{ file: string; field?: string }> }> }> }

const FIXTURE = 'fixtures/formats/bgmax/inbetalningar.txt';
let revealed: Line[];
let code: number | null;

beforeAll(async () => {
  const run = await runCli(['scan', FIXTURE, '--format', 'ndjson', '--reveal', '--quiet']);
  code = run.code;
  revealed = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
});

describe('gdpr-scan on a BgMax payment file', () => {
  it('finds the private payers\' personnummer and names in their fields, and no company as a person', () => {
    expect(code).toBe(0);
    expect(revealed.filter((l) => l.category === 'personnummer').map((l) => `${l.value} @ ${l.where}`)).toEqual([
      '198503122387 @ row 7, column Betalarens identitetsnummer',
      '199202293446 @ row 12, column Betalarens identitetsnummer',
    ]);
    expect(revealed.filter((l) => l.category === 'name').map((l) => l.value)).toEqual(['ANNA LINDQVIST', 'Fatima Hassan']);
  });

  it('lists the fields in the inventory without their values', async () => {
    const run = await runCli(['scan', FIXTURE, '-o', '-']);
    expect(run.code).toBe(0);
    const inventory = JSON.parse(run.stdout) as Inventory;
    const places = inventory.systems.flatMap((s) => s.categories).flatMap((c) => c.places.map((p) => `${c.category}: ${p.field}`));
    expect(places).toEqual(expect.arrayContaining(['personnummer: Betalarens identitetsnummer', 'name: Betalarens namn']));
    expect(run.stdout).not.toContain('LINDQVIST');
    expect(run.stdout).not.toContain('198503122387');
  });
});
