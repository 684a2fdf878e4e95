import { describe, expect, it } from 'vitest';
import type { Location } from '../../src/extract/types.js';
import { describeLocation, fieldOf, LineCounter, locateInSegment, withoutMessageIds } from '../../src/findings/location.js';

describe('locations', () => {
  it('counts lines inside a multi-line segment, in increasing offset order', () => {
    const text = 'a\nb\nc anna\nd\n';
    const counter = new LineCounter();
    const base = { kind: 'line', line: 10 } as const;
    expect(locateInSegment(base, text, 0, counter)).toEqual({ kind: 'line', line: 10 });
    expect(locateInSegment(base, text, text.indexOf('anna'), counter)).toEqual({ kind: 'line', line: 12 });
    expect(locateInSegment(base, text, text.indexOf('d'), counter)).toEqual({ kind: 'line', line: 13 });
  });

  it('restarts counting for a new segment', () => {
    const counter = new LineCounter();
    locateInSegment({ kind: 'line', line: 1 }, 'x\ny\nz', 4, counter);
    expect(locateInSegment({ kind: 'line', line: 5 }, 'p\nq', 2, counter)).toEqual({ kind: 'line', line: 6 });
  });

  it('describes and classifies every kind of location', () => {
    expect(describeLocation({ kind: 'cell', row: 4, column: 'E-post' })).toBe('row 4, column E-post');
    expect(fieldOf({ kind: 'cell', row: 4, column: 'E-post' })).toBe('E-post');
    expect(fieldOf({ kind: 'json', record: 13, path: 'tickets[12].comments[3].author.email' })).toBe('tickets[].comments[].author.email');
    const attachment = { kind: 'mail', message: 3, part: 'attachment', attachment: 'kunder.csv', inner: { kind: 'cell', row: 2, column: 'Personnummer' } } as const;
    expect(describeLocation(attachment)).toBe('message 3, attachment kunder.csv › row 2, column Personnummer');
    expect(fieldOf(attachment)).toBe('attachment:Personnummer');
    expect(fieldOf({ kind: 'mail', message: 1, part: 'header', header: 'From' })).toBe('header:From');
    expect(fieldOf({ kind: 'line', line: 3 })).toBeUndefined();
    expect(describeLocation({ kind: 'page', page: 2 })).toBe('page 2');
    expect(describeLocation({ kind: 'table', table: 1, row: 2, cell: 3 })).toBe('table 1, row 2, cell 3');
  });
});

describe('withoutMessageIds', () => {
  it('drops the Message-ID of a mail location and of mails attached to it, and leaves other locations alone', () => {
    const attached: Location = {
      kind: 'mail',
      message: 2,
      messageId: 'outer.4711@exempel.invalid',
      part: 'attachment',
      attachment: 'fwd.eml',
      inner: { kind: 'mail', message: 1, messageId: 'anna.svensson.1@exempel.invalid', part: 'body' },
    };
    expect(withoutMessageIds(attached)).toEqual({ kind: 'mail', message: 2, part: 'attachment', attachment: 'fwd.eml', inner: { kind: 'mail', message: 1, part: 'body' } });
    const plain: Location = { kind: 'mail', message: 1, part: 'header', header: 'From' };
    expect(withoutMessageIds(plain)).toBe(plain);
    const cell: Location = { kind: 'cell', row: 2, column: 'E-post' };
    expect(withoutMessageIds(cell)).toBe(cell);
  });
});
