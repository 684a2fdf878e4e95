import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LONG_LINE } from '../../src/extract/lines.js';
import { textExtractor } from '../../src/extract/text.js';
import { detectSegment } from '../../src/detect/engine.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { personalDataCheck } from '../../src/engine/personal-data-check.js';
import { rules } from '../helpers/detector-cases.js';
import { extractBytes, extractError, extractFile, FORMATS, scratch, segments } from './collect.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

describe('text extractor', () => {
  it('reads the notes fixture as one segment starting at line 1', async () => {
    const items = segments(await extractFile(textExtractor, join(FORMATS, 'txt/notes.txt')));
    expect(items).toHaveLength(1);
    expect(items[0]?.location).toEqual({ kind: 'line', line: 1 });
    const lines = items[0]?.text.split('\n') ?? [];
    expect(lines[4]).toBe('Personnummer för kreditkontroll: 850312-2387');
    expect(lines[6]).toBe('Märta Öberg vill byta adress till Storgatan 12, 411 38 Göteborg.');
  });

  it('splits a large file into whole-line segments whose line numbers add up', async () => {
    const lines = Array.from({ length: 70_000 }, (_, i) => `rad ${i + 1}: kund ${i % 97} ringde om ärende ${i * 7}`);
    const text = lines.join('\n') + '\n';
    const items = segments(await extractFile(textExtractor, tmp.file('big.log', text)));
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.map((s) => s.text).join('')).toBe(text);
    let line = 1;
    for (const [index, segment] of items.entries()) {
      expect(segment.location).toEqual({ kind: 'line', line });
      expect(segment.text.endsWith('\n')).toBe(true);
      expect(segment.text.startsWith(`rad ${line}:`)).toBe(true);
      if (index < items.length - 1) expect(segment.text.length).toBeGreaterThanOrEqual(256 * 1024);
      expect(segment.text.length).toBeLessThanOrEqual(1024 * 1024);
      line += segment.text.split('\n').length - 1;
    }
  });

  it('cuts a line longer than the limit into pieces with the same line number', async () => {
    const long = 'x'.repeat(LONG_LINE * 2 + 10);
    const items = segments(await extractFile(textExtractor, tmp.file('long.txt', `första\n${long}\nsista`)));
    expect(items.map((s) => s.location)).toEqual([
      { kind: 'line', line: 1 },
      { kind: 'line', line: 2 },
      { kind: 'line', line: 2 },
      { kind: 'line', line: 2 },
    ]);
    expect(items[0]?.text.startsWith('första\n')).toBe(true);
    expect(items.map((s) => s.text).join('')).toBe(`första\n${long}\nsista`);
    expect(Math.max(...items.map((s) => s.text.length))).toBeLessThanOrEqual(LONG_LINE + 1024 * 1024);
  });

  it('reads in-memory bytes in Windows-1252 and UTF-16', async () => {
    const cp1252 = Buffer.from([0x48, 0xe4, 0x6c, 0x73, 0x61, 0x20, 0xc5, 0x73, 0x61, 0x0a]);
    expect(segments(await extractBytes(textExtractor, 'a.txt', cp1252))[0]?.text).toBe('Hälsa Åsa\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hej Åsa\r\nrad två\r\n', 'utf16le')]);
    expect(segments(await extractBytes(textExtractor, 'a.txt', utf16))[0]?.text).toBe('Hej Åsa\r\nrad två\r\n');
  });

  it('reads a table pasted into the text (tabs from Excel, Markdown pipes) cell by cell under its column names', async () => {
    const text = [
      'GDPR-begäranden 2024 (intern lista)',
      '',
      'Nr\tInkom\tNamn\tPnr\tHandläggare',
      'DSO-0006\t2024-01-07\tDahl, Melvin\t19650918-6596\tJan Ahlgren',
      'DSO-0007\t2024-02-26\tBjörklund, Siv\t871217-9806\tKent Isaksson',
      '',
      '## Att ringa upp',
      '| Kund | Kontakt | Status |',
      '|------|---------|--------|',
      '| Gülay Yilmaz | 0046 73 344 15 25 | ring upp efter 18 |',
      'Slut på listan.',
    ].join('\n');
    const items = segments(await extractBytes(textExtractor, 'lista.txt', Buffer.from(text)));
    // The rest of the text keeps its lines (data lines emptied, header lines kept), so line numbers stay right.
    expect(items[0]).toMatchObject({ location: { kind: 'line', line: 1 } });
    expect(items[0]!.text.split('\n')).toEqual(['GDPR-begäranden 2024 (intern lista)', '', 'Nr\tInkom\tNamn\tPnr\tHandläggare', '', '', '', '## Att ringa upp', '| Kund | Kontakt | Status |', '', '', 'Slut på listan.']);
    const cells = items.slice(1).map((s) => [s.location, s.hints?.field, s.text]);
    expect(cells).toContainEqual([{ kind: 'cell', row: 4, column: 'Namn' }, 'Namn', 'Dahl, Melvin']);
    expect(cells).toContainEqual([{ kind: 'cell', row: 5, column: 'Pnr' }, 'Pnr', '871217-9806']);
    expect(cells).toContainEqual([{ kind: 'cell', row: 10, column: 'Kund' }, 'Kund', 'Gülay Yilmaz']);
    expect(items.find((s) => s.text === 'Björklund, Siv')!.hints?.record).toEqual({ Nr: 'DSO-0007', Inkom: '2024-02-26', Namn: 'Björklund, Siv', Pnr: '871217-9806', Handläggare: 'Kent Isaksson' });
    const found = items.flatMap((segment) => detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low').map(({ detector, match }) => `${detector.category} ${match.value}`));
    // Read as running text (before), `Dahl, Melvin`, `Björklund, Siv` and `Gülay Yilmaz` were not found.
    expect(found.filter((f) => f.startsWith('name')).sort()).toEqual(['name Björklund, Siv', 'name Dahl, Melvin', 'name Gülay Yilmaz', 'name Jan Ahlgren', 'name Kent Isaksson']);
  });

  it('takes numbered column names (`Vakt 1`, `Vakt 2`) for a header, not for data', async () => {
    // A marina's night-watch rota (the nineteenth blind set's): half the header's names carry a number.
    const text = '# Nattvakt\n\n| Datum | Vakt 1 | Vakt 2 | Telefon |\n|---|---|---|---|\n| 2026-08-17 | Edvin Bergkvist | cawo samatar | 0792806548 |\n';
    const items = segments(await extractBytes(textExtractor, 'nattvakt.md', Buffer.from(text)));
    const cells = items.slice(1).map((s) => [s.hints?.field, s.text]);
    expect(cells).toEqual([['Datum', '2026-08-17'], ['Vakt 1', 'Edvin Bergkvist'], ['Vakt 2', 'cawo samatar'], ['Telefon', '0792806548']]);
    // Near miss: a row of data with numbers in most cells is no header.
    const data = '| 2026-08-17 | Rum 12 | 0792806548 |\n|---|---|---|\n| 2026-08-18 | Rum 14 | 0792806549 |\n';
    expect(segments(await extractBytes(textExtractor, 'rader.md', Buffer.from(data)))).toHaveLength(1);
  });

  it('leaves lines of tabs without a header row, tables whose rows do not line up, and a form\'s lines as text', async () => {
    // The form: `Namn<tab>Zofia Pawlak` is its first line, not a header (and must not be emptied).
    const form = 'Namn:\tZofia Pawlak\nPersonnummer:\t19600821-6449\nTelefon:\t079 254 94 04\n\n';
    const text = form + 'DSO-1\tDahl, Melvin\t19650918-6596\nDSO-2\tBjörklund, Siv\t871217-9806\n\nNamn\tTelefon\nAnna Berg\t070-123 45 67\textra\n';
    const items = segments(await extractBytes(textExtractor, 'rader.txt', Buffer.from(text)));
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toBe(text);
  });

  it('leaves lines under a first line with a person in it as text: a column is never named after a person', async () => {
    const holdsPersonalData = personalDataCheck(BUILTIN_DETECTORS, rules());
    const text = 'Kunder i mars:\nLisa Berg\tStockholm\tGuld\nOla Nilsson\tLund\tSilver\n';
    const items = segments(await extractBytes(textExtractor, 'lista.txt', Buffer.from(text), undefined, holdsPersonalData));
    expect(items.map((s) => [s.location, s.text])).toEqual([[{ kind: 'line', line: 1 }, text]]);
    const found = items.flatMap((segment) => detectSegment(segment, BUILTIN_DETECTORS, { rules: rules() }, 'low').map(({ detector, match }) => `${detector.category} ${match.value}`));
    expect(found).toEqual(['name Lisa Berg', 'name Ola Nilsson']);
    // Without the engine's check (the extractor alone), `Lisa Berg` passes for a header: the check is what decides.
    const alone = segments(await extractBytes(textExtractor, 'lista.txt', Buffer.from(text)));
    expect(alone.find((s) => s.text === 'Ola Nilsson')?.hints?.field).toBe('Lisa Berg');
  });

  it('reads a hostile run of form-like tab lines in linear time', async () => {
    // 20,000 distinct `label<tab>value` lines and a number at the end: a form, whose lines were read again from
    // each next line (quadratic: 3,000 lines took 1.5 s, 20,000 would take over a minute).
    const label = (i: number) => `Ab${String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + (Math.floor(i / 676) % 26))}`;
    const text = `${Array.from({ length: 17_000 }, (_, i) => `${label(i)}\tcc`).join('\n')}\nZz\t070-123 45 67\n`;
    const started = performance.now();
    const items = segments(await extractBytes(textExtractor, 'form.txt', Buffer.from(text)));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(items.map((s) => s.location.kind)).not.toContain('cell');
  });

  it('reads a table longer than a read block under its column names to its last row, and the text after it as text', async () => {
    // ~2.6 MB: the file is read in blocks of 0.25–1 MiB, so the table runs through three or more of them.
    const rows = Array.from({ length: 40_000 }, (_, i) => `Kund ${i + 1}\t070-${String(1_000_000 + i).slice(1, 4)} ${String(i % 100).padStart(2, '0')} 67\tLund`);
    const text = `Export 2024-05-01\n\nNamn\tTelefon\tOrt\n${rows.join('\n')}\n\nSlut på exporten, ring 070-123 45 67.\n`;
    const items = segments(await extractFile(textExtractor, tmp.file('lang-tabell.txt', text)));
    const cells = items.filter((s) => s.location.kind === 'cell');
    expect(cells).toHaveLength(40_000 * 3);
    expect(new Set(cells.map((s) => s.hints?.field))).toEqual(new Set(['Namn', 'Telefon', 'Ort']));
    // Every row's cells carry its own line, the last row's too, however many blocks came before it.
    expect(cells.at(-3)).toMatchObject({ text: 'Kund 40000', location: { kind: 'cell', row: 40_003, column: 'Namn' }, hints: { record: { Namn: 'Kund 40000', Ort: 'Lund' } } });
    const prose = items.filter((s) => s.location.kind === 'line').map((s) => s.text).join('');
    expect(prose).toContain('Slut på exporten, ring 070-123 45 67.');
    expect(prose).not.toContain('\tLund');
  });

  it('yields nothing for an empty file', async () => {
    expect(await extractBytes(textExtractor, 'empty.txt', new Uint8Array())).toEqual([]);
  });

  it('refuses binary content', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x10]);
    expect((await extractError(extractBytes(textExtractor, 'image.txt', png))).reason).toBe('binary');
  });

  it('sniffs text and rejects binary heads', () => {
    expect(textExtractor.sniff?.(Buffer.from('Hej!\nrad 2\n'))).toBe(true);
    expect(textExtractor.sniff?.(Buffer.from([0xff, 0xfe, 0x48, 0]))).toBe(true);
    expect(textExtractor.sniff?.(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBe(false);
    expect(textExtractor.sniff?.(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41]))).toBe(false);
  });
});
