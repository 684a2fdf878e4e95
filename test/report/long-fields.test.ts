import { describe, expect, it } from 'vitest';
import { describeLocation, shortened } from '../../src/findings/location.js';
import { inventoryObject } from '../../src/report/json.js';
import { formatTable } from '../../src/report/table.js';
import type { ScanResult } from '../../src/scan-types.js';
import { sampleResult } from './fixtures/scan-result.js';

// An XML file 500,000 elements deep makes a field (its path) of a megabyte. The terminal table word-wrapped
// that cell for minutes (the scan itself took under a second): scan and check appeared to hang.
const DEEP = Array.from({ length: 500_000 }, () => 'a').join('.');

function withDeepField(): ScanResult {
  const result = sampleResult();
  const [crm, ...rest] = result.systems;
  const [first, ...others] = crm!.categories;
  const places = [{ ...first!.places[0]!, field: DEEP }, ...first!.places.slice(1)];
  return { ...result, systems: [{ ...crm!, categories: [{ ...first!, places }, ...others] }, ...rest] };
}

describe('very long field names and paths', () => {
  it('are shown elided in the middle, at most 160 characters', () => {
    expect(shortened('kunder.kund.telefon')).toBe('kunder.kund.telefon');
    const short = shortened(DEEP);
    expect(short).toHaveLength(160);
    expect(short).toMatch(/^a\.a\..*…\.?a(\.a)*$/u);
    expect(describeLocation({ kind: 'xml', line: 1, path: DEEP })).toHaveLength('line 1, '.length + 160);
  });

  it('keep the terminal table short, and JSON keeps the field whole', () => {
    const result = withDeepField();
    const table = formatTable(result, { color: false });
    expect(Math.max(...table.split('\n').map((line) => line.length))).toBeLessThan(400);
    expect(table).toContain('…');
    expect(JSON.stringify(inventoryObject(result))).toContain(DEEP);
  });
});
