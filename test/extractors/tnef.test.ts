import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { emlExtractor } from '../../src/extract/eml.js';
import { tnefExtractor } from '../../src/extract/tnef.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import type { Delegate, ExtractItem, Segment } from '../../src/extract/types.js';
import { tnefFile } from '../../scripts/fixtures/outlook.mjs';
import { extractBytes, extractError, extractFile, FORMATS, segments, skips } from './collect.js';

const delegates = (items: readonly ExtractItem[]): Delegate[] => items.filter((i): i is Delegate => 'kind' in i && i.kind === 'delegate');
const rows = (items: readonly ExtractItem[]): [string, string][] =>
  segments(items).map((s: Segment) => [s.location.kind === 'mail' ? (s.location.header ?? s.location.part) : '?', s.text]);

const MESSAGE = {
  subject: 'Sv: Faktura',
  sender: { name: 'Saga Lind', email: 'saga.lind@exempel.se' },
  recipients: [
    { type: 1, name: 'Per Holm', email: 'per.holm@exempel.se' },
    { type: 2, name: 'Bo Ek', email: 'bo.ek@exempel.se' },
  ],
  body: 'Hej Per! Ring 070-765 43 21 om fakturan.',
  attachments: [{ name: 'lista.csv', mime: 'text/csv', data: 'Namn;Personnummer\nEva Lind;850312-2387\n' }],
};

describe('tnef extractor (winmail.dat)', () => {
  it('is what a mail hands its winmail.dat attachment to (fixtures/formats/tnef/svar.eml)', async () => {
    const mail = await extractFile(emlExtractor, join(FORMATS, 'tnef/svar.eml'));
    const [winmail] = delegates(mail);
    expect(winmail?.name).toBe('winmail.dat.tnef');
    const choice = chooseExtractor(winmail!.name, winmail!.bytes.subarray(0, 16));
    expect(choice.kind === 'extractor' ? choice.extractor.id : choice.kind).toBe('tnef');
    const inner = await extractBytes(tnefExtractor, winmail!.name, winmail!.bytes);
    // The RTF-only body, decompressed and read as text.
    expect(rows(inner).at(-2)).toEqual(['body', 'Hej Märta! Ring mig på 070-123 45 67.\nPersonnummer 451224-5582 är noterat.']);
    expect(delegates(inner).map((d) => d.name)).toEqual(['kvitto.txt']);
  });

  it('reads sender, recipients by type, subject and the plain body, and hands attachments on', async () => {
    const items = await extractBytes(tnefExtractor, 'winmail.dat', tnefFile(MESSAGE));
    expect(rows(items)).toEqual([
      ['From', 'Saga Lind <saga.lind@exempel.se>'],
      ['To', 'Per Holm <per.holm@exempel.se>'],
      ['Cc', 'Bo Ek <bo.ek@exempel.se>'],
      ['Subject', 'Sv: Faktura'],
      ['body', 'Hej Per! Ring 070-765 43 21 om fakturan.'],
      ['attachment', 'lista'],
    ]);
    const [csv] = delegates(items);
    expect(csv?.name).toBe('lista.csv');
    expect(Buffer.from(csv!.bytes).toString('utf8')).toContain('Eva Lind;850312-2387');
    expect(csv!.wrap({ kind: 'cell', row: 2, column: 'Namn' })).toEqual({ kind: 'mail', message: 1, part: 'attachment', attachment: 'lista.csv', inner: { kind: 'cell', row: 2, column: 'Namn' } });
    // A file named winmail.dat on disk is recognised by its signature.
    const choice = chooseExtractor('winmail.dat', tnefFile(MESSAGE).subarray(0, 16));
    expect(choice.kind === 'extractor' ? choice.extractor.id : choice.kind).toBe('tnef');
  });

  it('reads a stream cut short up to the cut, and reports the rest', async () => {
    const whole = tnefFile(MESSAGE);
    const items = await extractBytes(tnefExtractor, 'winmail.dat', whole.subarray(0, whole.length - 30));
    expect(rows(items).slice(0, 2)).toEqual([['From', 'Saga Lind <saga.lind@exempel.se>'], ['To', 'Per Holm <per.holm@exempel.se>']]);
    expect(skips(items)).toEqual([{ kind: 'partial-skip', reason: 'corrupt', detail: 'winmail.dat damaged after its first attributes (the rest not scanned)' }]);
  });

  it('refuses bytes without the TNEF signature as corrupt', async () => {
    expect((await extractError(extractBytes(tnefExtractor, 'winmail.dat', Buffer.from('not a tnef stream')))).reason).toBe('corrupt');
  });

  it('reads 1,000 randomly damaged copies or refuses them as corrupt, quickly, and never fails otherwise', async () => {
    const original = tnefFile(MESSAGE);
    let seed = 7;
    const random = (below: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % below;
    };
    for (let round = 0; round < 1000; round++) {
      const bytes = Buffer.from(original);
      for (let k = 0, n = 1 + random(6); k < n; k++) bytes[random(bytes.length)] = random(256);
      const started = performance.now();
      try {
        await extractBytes(tnefExtractor, 'winmail.dat', bytes);
      } catch (error) {
        expect(error, `round ${round}`).toBeInstanceOf(ExtractError);
      }
      expect(performance.now() - started, `round ${round}`).toBeLessThan(500);
    }
  });
});
