import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSegment } from '../../src/detect/engine.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { calendarCardExtractor } from '../../src/extract/calendar-card.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import type { Segment } from '../../src/extract/types.js';
import { rules } from '../helpers/detector-cases.js';
import { extractBytes, extractFile, FORMATS, segments } from './collect.js';

const found = (items: readonly Segment[]): string[] =>
  items.flatMap((segment) => detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low').map(({ detector, match }) => `${detector.category} ${match.value} line ${segment.location.kind === 'line' ? segment.location.line : '?'}`));

describe('vCard and iCalendar extractor', () => {
  it('reads a contact list: names (FN, or the N parts of a 2.1 card in Latin-1 quoted-printable), addresses, numbers, notes', async () => {
    const items = segments(await extractFile(calendarCardExtractor, join(FORMATS, 'vcf/kontakter.vcf')));
    expect(items.map((s) => [s.hints?.field, s.text])).toEqual([
      ['name', 'Anna Lindqvist'],
      ['email', 'anna.lindqvist@exempel.se'],
      ['tel', '070-123 45 67'],
      ['address', 'Storgatan 12, Göteborg, 411 38, Sverige'],
      ['note', 'Personnummer 850312-2387, ring efter 17'],
      ['name', 'Märta Öberg'],
      ['tel', '031-12 34 56'],
      ['email', 'marta.oberg@exempel.se'],
    ]);
    expect(found(items)).toEqual([
      'name Anna Lindqvist line 4',
      'email anna.lindqvist@exempel.se line 5',
      'phone 070-123 45 67 line 6',
      'personnummer 850312-2387 line 8',
      'name Märta Öberg line 12',
      'phone 031-12 34 56 line 13',
      'email marta.oberg@exempel.se line 14',
    ]);
  });

  it('reads an invitation: organiser and attendees by CN and mailto (a folded line unfolded), summary and description; not the UID', async () => {
    const items = segments(await extractFile(calendarCardExtractor, join(FORMATS, 'ics/mote.ics')));
    expect(items.map((s) => [s.hints?.field, s.text])).toEqual([
      ['summary', 'Genomgång av ärende 4711'],
      ['name', 'Björn Åkesson'],
      ['email', 'bjorn.akesson@example.com'],
      ['name', 'Hassan, Fatima'],
      ['email', 'fatima.hassan@posten-exempel.se'],
      ['description', 'Kunden nås på 08-123 456 78.\nMvh Björn'],
    ]);
    // Read as plain text before, the fold cut the attendee's address in two and `CN=` hid both names.
    expect(found(items)).toEqual([
      'name Björn Åkesson line 9',
      'email bjorn.akesson@example.com line 9',
      'name Hassan, Fatima line 10',
      'email fatima.hassan@posten-exempel.se line 10',
      'phone 08-123 456 78 line 12',
    ]);
  });

  it('is chosen for .vcf and .ics, and by content for a file without such a name', () => {
    for (const name of ['a.vcf', 'b.ICS', 'c.vcard']) {
      const choice = chooseExtractor(name, Buffer.from('BEGIN:VCARD'));
      expect(choice.kind === 'extractor' ? choice.extractor.id : choice.kind).toBe('calendar-card');
    }
    const sniffed = chooseExtractor('invite', Buffer.from('\uFEFFBEGIN:VCALENDAR\r\nVERSION:2.0'));
    expect(sniffed.kind === 'extractor' ? sniffed.extractor.id : sniffed.kind).toBe('calendar-card');
  });

  it('reads a hostile quoted-printable value of 200,000 soft breaks in linear time', async () => {
    const value = `${'=41'.repeat(1)}=\r\n`.repeat(200_000);
    const text = `BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:${value}x\r\nFN:Saga Lind\r\nEND:VCARD\r\n`;
    const started = performance.now();
    const items = segments(await extractBytes(calendarCardExtractor, 'x.vcf', Buffer.from(text)));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(items.at(-1)?.text).toBe('Saga Lind');
    expect(items[0]!.text).toBe(`${'A'.repeat(200_000)}x`);
  });

  it('passes lines that are no properties and a card left open at the end of the file', async () => {
    const text = 'BEGIN:VCARD\r\nnot a property\r\nFN:Saga Lind\r\nTEL:0701234567';
    const items = segments(await extractBytes(calendarCardExtractor, 'x.vcf', Buffer.from(text)));
    expect(items.map((s) => [s.hints?.field, s.text])).toEqual([['name', 'Saga Lind'], ['tel', '0701234567']]);
  });
});
