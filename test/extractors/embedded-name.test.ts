import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { loadRules } from '../../src/detect/rules/load.js';
import { personalDataCheck } from '../../src/engine/personal-data-check.js';
import { embeddedFileName, fileNameSegment, fileNameText } from '../../src/extract/embedded-name.js';
import type { Location } from '../../src/extract/types.js';

const check = personalDataCheck(BUILTIN_DETECTORS, loadRules());

describe('fileNameText: a file name as the detectors read it', () => {
  it.each([
    ['Lönespec_Anna_Svensson.pdf', 'Lönespec Anna Svensson'],
    ['Anteckning Erik Holmberg.txt', 'Anteckning Erik Holmberg'],
    ['kunder/Märta Öberg/avtal.docx', 'kunder\nMärta Öberg\navtal'],
    ['C:\\Users\\kundtjanst\\lista.csv', 'C:\nUsers\nkundtjanst\nlista'],
    ['ansokan+bilaga_1.tar', 'ansokan bilaga 1'],
    // Only the last extension goes; a dotted date or version stays.
    ['rapport.2024-03-01.xlsx', 'rapport.2024-03-01'],
    ['README', 'README'],
    ['.htaccess', '.htaccess'],
    ['.pdf', ''],
  ])('%j → %j', (name, text) => {
    expect(fileNameText(name)).toBe(text);
  });
});

describe('embeddedFileName: what reports call a file inside a file', () => {
  it.each([
    // Named for a person, or holding a personnummer: its number and extension.
    ['Lönespec_Anna_Svensson.pdf', 2, '#2.pdf'],
    ['Utdrag 19860412-2385.PDF', 1, '#1.pdf'],
    ['kunder/Märta Öberg/avtal.docx', 7, '#7.docx'],
    ['anna.svensson@exempel.se.txt', 3, '#3.txt'],
    ['Kvitto 070-123 45 67', 4, '#4'],
    // Near misses: documents, dates, numbers and companies stay as written.
    ['faktura_4711.pdf', 1, 'faktura_4711.pdf'],
    ['Kundlista_Öberg.txt', 1, 'Kundlista_Öberg.txt'],
    ['Offert Lindqvist.pdf', 1, 'Offert Lindqvist.pdf'],
    ['IMG_20240312_101530.jpg', 1, 'IMG_20240312_101530.jpg'],
    ['Skärmbild 2024-03-12 101530.png', 1, 'Skärmbild 2024-03-12 101530.png'],
    ['Protokoll styrelsemöte 2024-03-01.docx', 1, 'Protokoll styrelsemöte 2024-03-01.docx'],
    ['Faktura Lindgren Bygg AB.pdf', 1, 'Faktura Lindgren Bygg AB.pdf'],
    ['export/zendesk/tickets.json', 1, 'export/zendesk/tickets.json'],
  ])('%j (number %i) → %j', (written, ordinal, shown) => {
    expect(embeddedFileName(written, ordinal, check).shown).toBe(shown);
  });

  it('shows every name as written without the scan\'s check (an extractor alone)', () => {
    expect(embeddedFileName('Lönespec_Anna_Svensson.pdf', 2, undefined)).toEqual({ shown: 'Lönespec_Anna_Svensson.pdf', text: 'Lönespec Anna Svensson' });
  });
});

describe('fileNameSegment', () => {
  const wrap = (inner: Location): Location => ({ kind: 'archive', entry: '#2.pdf', inner });

  it('places the name inside its file, as a field of no column', () => {
    const segment = fileNameSegment(embeddedFileName('Lönespec_Anna_Svensson.pdf', 2, check), wrap);
    expect(segment).toEqual({ text: 'Lönespec Anna Svensson', location: { kind: 'archive', entry: '#2.pdf', inner: { kind: 'file-name' } }, hints: { field: undefined, scope: 'field', record: undefined } });
  });

  it('makes none for a name with no text', () => {
    expect(fileNameSegment(embeddedFileName('.pdf', 1, check), wrap)).toBeUndefined();
  });
});
