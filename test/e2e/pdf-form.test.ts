import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/exec.js';

/** A filled-in PDF form through the built CLI: the values sit in form fields, not in the page's text. */
describe('gdpr-scan on a filled-in PDF form', () => {
  it('finds the form\'s values by their field names and the reviewer in the comment', async () => {
    const run = await runCli(['scan', 'fixtures/formats/pdf-form', '--format', 'ndjson', '--reveal', '--quiet']);
    expect(run.code).toBe(0);
    const found = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { category: string; value: string; where: string; reasons: string[] });
    const summary = found.map((f) => `${f.category} ${f.value} ${f.reasons.filter((r) => r.startsWith('column:')).join('')}`).sort();
    expect(summary).toEqual([
      'email ak.bergstrom@exempel.se column:email',
      'name Anna-Karin Bergström column:förnamn+efternamn',
      'name Björn Åkesson ',
      'name Björn Åkesson column:commentauthor',
      'personnummer 010203-7652 column:personnummer',
      'phone +46 73 555 01 02 ',
      'phone 701234568 column:phone',
    ]);
    expect(new Set(found.map((f) => f.where))).toEqual(new Set(['page 1']));
  });
});
