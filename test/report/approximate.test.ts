import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { inventoryObject } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatTable } from '../../src/report/table.js';
import type { ScanResult } from '../../src/scan-types.js';
import { sampleResult } from './fixtures/scan-result.js';

/** The sample inventory with its CRM personnummer count (4321) marked as an estimate. */
function withEstimate(): ScanResult {
  const result = sampleResult();
  const [crm, ...rest] = result.systems;
  const [personnummer, ...others] = crm!.categories;
  return { ...result, systems: [{ ...crm!, categories: [{ ...personnummer!, distinctApproximate: true }, ...others] }, ...rest] };
}

describe('estimated distinct counts', () => {
  it('are flagged in JSON and only where estimated', () => {
    const json = inventoryObject(withEstimate()) as { systems: Array<{ categories: Array<Record<string, unknown>> }> };
    const [personnummer, email] = json.systems[0]!.categories;
    expect(personnummer).toMatchObject({ distinctValues: 4321, distinctApproximate: true });
    expect(email).not.toHaveProperty('distinctApproximate');
    expect(JSON.stringify(inventoryObject(sampleResult()))).not.toContain('distinctApproximate');
  });

  it('carry ≈ in the table, Markdown and HTML, and exact counts do not', () => {
    const estimated = withEstimate();
    expect(formatTable(estimated, { color: false })).toContain('≈4321');
    expect(formatMarkdown(estimated)).toContain('| ≈4321 |');
    const html = formatHtml(estimated, { lang: 'en' });
    expect(html).toContain('≈4,321');
    for (const text of [formatTable(sampleResult(), { color: false }), formatMarkdown(sampleResult()), formatHtml(sampleResult(), { lang: 'en' })]) {
      expect(text).not.toContain('≈');
    }
  });
});
