import { describe, expect, it } from 'vitest';
import {
  normalizeEmail,
  normalizeIp,
  normalizeName,
  normalizePersonnummer,
  normalizePhone,
} from '../../scripts/eval/lib/normalize.mjs';
import {
  formatOf,
  indexTruth,
  nameMatches,
  parseFindings,
  scoreRun,
  systemOf,
  worst,
  type Finding,
  type TruthFile,
} from '../../scripts/eval/lib/match.mjs';
import { maskValue, renderRun } from '../../scripts/eval/lib/report.mjs';

const TODAY = new Date(2025, 5, 1); // 2025-06-01, fixed so century resolution is stable

describe('normalizePersonnummer', () => {
  it.each([
    ['850312-1234', '198503121234'],
    ['8503121234', '198503121234'],
    ['850312 1234', '198503121234'],
    ['19850312-1234', '198503121234'],
    ['198503121234', '198503121234'],
    ['1985-03-12-1234', '198503121234'],
    ['120515-1234', '201205151234'],
    ['250531-1234', '202505311234'], // yesterday: this century
    ['250701-1234', '192507011234'], // next month would be in the future: last century
    ['120515+1234', '191205151234'], // `+` = 100 or older
    ['850372-1234', '198503721234'], // samordningsnummer keeps day + 60
    ['250771-1234', '192507711234'], // samordningsnummer, date check on day − 60
  ])('%s → %s', (input, expected) => {
    expect(normalizePersonnummer(input, TODAY)).toBe(expected);
  });
});

describe('normalizePhone', () => {
  it.each([
    '070-123 45 67', '0701234567', '070 123 45 67', '+46 70 123 45 67', '+46701234567', '+46 (0)70-123 45 67',
    '0046 70 123 45 67', '+46-70-1234567', '070.123.45.67', '(070) 123 45 67', '070-123\u00a045\u00a067', '+46 070 123 45 67',
    '070/1234567', '070/123 45 67', '46701234567', '46 70 123 45 67',
  ])('%s → +46701234567', (input) => {
    expect(normalizePhone(input)).toBe('+46701234567');
  });

  it.each([
    ['08-123 456 78', '+46812345678'],
    ['031-12 34 56', '+4631123456'],
    ['0771-123 456', '+46771123456'],
    ['08/123 45 67', '+4681234567'],
    ['0771/12 34 56', '+46771123456'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['+358 40 123 4567', '+358401234567'],
    ['+47 912 34 567', '+4791234567'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it('keeps different numbers apart', () => {
    expect(normalizePhone('070-123 45 67')).not.toBe(normalizePhone('070-123 45 68'));
    expect(normalizePhone('+47 912 34 567')).not.toBe(normalizePhone('0912 34 567'));
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['anna.svensson@example.se', 'anna.svensson@example.se'],
    ['ANNA.SVENSSON@EXAMPLE.SE', 'anna.svensson@example.se'],
    ['mailto:anna.svensson@example.se', 'anna.svensson@example.se'],
    ['Anna Svensson <anna.svensson@example.se>', 'anna.svensson@example.se'],
    ['"Svensson, Anna" <Anna.Svensson@Example.se>', 'anna.svensson@example.se'],
    ['anna.svensson@example.se.', 'anna.svensson@example.se'],
    ['anna+news@example.se', 'anna+news@example.se'],
    ['kund@räksmörgås.se', 'kund@xn--rksmrgs-5wao1o.se'],
    ['kund@xn--rksmrgs-5wao1o.se', 'kund@xn--rksmrgs-5wao1o.se'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});

describe('normalizeIp', () => {
  it.each([
    ['2a02:aa1:1020::3f', '2a02:aa1:1020::3f'],
    ['2A02:AA1:1020::3F', '2a02:aa1:1020::3f'],
    ['2a02:0aa1:1020:0000:0000:0000:0000:003f', '2a02:aa1:1020::3f'],
    ['[2a02:aa1:1020::3f]:443', '2a02:aa1:1020::3f'],
    ['2001:6b0:0:0:1:0:0:1', '2001:6b0::1:0:0:1'], // first of two equal zero runs is compressed
    ['2001:6b0:1:2:3:4:5:6', '2001:6b0:1:2:3:4:5:6'],
    ['fe80::1%eth0', 'fe80::1'],
    ['83.250.12.7', '83.250.12.7'],
    ['83.250.12.7:51234', '83.250.12.7'],
    ['083.250.012.007', '83.250.12.7'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeIp(input)).toBe(expected);
  });
});

describe('normalizeName', () => {
  it.each([
    ['Anna Svensson', 'anna svensson'],
    ['ANNA  SVENSSON', 'anna svensson'],
    ['Svensson, Anna', 'anna svensson'],
    ['Anna\u00a0Svensson,', 'anna svensson'],
    ['Bjo\u0308rn La\u030ang', 'björn lång'], // NFD input
    ['Johan af Ekström', 'johan af ekström'],
    // Double-encoded as Messenger writes it: the same name as the repaired one gdpr-scan reports.
    ['Oskari Hyv\u00c3\u00b6nen', 'oskari hyvönen'],
    ['B\u00e1\u00ba\u00a3o Ho\u00c3\u00a0ng', 'bảo hoàng'],
    ['Ålands Ö', 'ålands ö'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('nameMatches', () => {
  it.each([
    ['anna svensson', 'anna maria svensson', true], // found without the middle name
    ['anna maria svensson', 'anna svensson', true], // found with a middle name the truth lacks
    ['anna svensson tel', 'anna svensson', true], // over-long span still covers the person
    ['anna', 'anna svensson', false], // lone first name never counts
    ['anna svensson', 'anna karlsson', false],
    ['svensson anna', 'anna svensson', true],
  ])('%s ~ %s = %s', (found, truth, expected) => {
    expect(nameMatches(found, truth)).toBe(expected);
  });
});

describe('systemOf / formatOf', () => {
  it('takes the first folder and the lower-case extension', () => {
    expect(systemOf('crm/2024/export.CSV')).toBe('crm');
    expect(formatOf('crm/2024/export.CSV')).toBe('.csv');
    expect(formatOf('mailbox/inbox')).toBe('(none)');
  });
});

const TRUTH: TruthFile = {
  fileList: ['crm/a.csv', 'mail/b.eml', 'notes/c.txt'],
  truth: [
    { file: 'crm/a.csv', category: 'phone', value: '070-123 45 67', subtype: 'mobile' },
    { file: 'crm/a.csv', category: 'phone', value: '+46701234567', subtype: 'mobile' }, // same value, other form
    { file: 'crm/a.csv', category: 'personnummer', value: '850312-1234' },
    { file: 'crm/a.csv', category: 'name', value: 'Anna Maria Svensson' },
    { file: 'mail/b.eml', category: 'phone', value: '070-123 45 67', subtype: 'mobile' }, // same value, other file
    { file: 'mail/b.eml', category: 'email', value: 'mailto:Erik@Example.se' },
    { file: 'mail/b.eml', category: 'ip', value: '2A02:AA1::1' },
  ],
  nearMiss: [
    { file: 'crm/a.csv', kind: 'org_number', value: '556677-8899', category: 'personnummer' },
    { file: 'notes/c.txt', kind: 'common_word', value: 'Per månad', category: 'name' },
  ],
};

const finding = (file: string, category: string, value: string): Finding => ({ file, category, value, masked: 'x' });

describe('scoreRun', () => {
  const index = indexTruth(TRUTH, TODAY);

  it('counts unique (file, normalised value) pairs', () => {
    const result = scoreRun(index, [
      finding('crm/a.csv', 'phone', '0701234567'),
      finding('crm/a.csv', 'phone', '+46 70 123 45 67'), // duplicate of the same value: not an extra TP or FP
      finding('crm/a.csv', 'personnummer', '19850312-1234'),
      finding('crm/a.csv', 'personnummer', '556677-8899'), // near-miss reported
      finding('crm/a.csv', 'name', 'Anna Svensson'), // matches via the middle-name rule
      finding('mail/b.eml', 'email', 'erik@example.se'),
      finding('mail/b.eml', 'ip', '2a02:aa1:0:0:0:0:0:1'),
      finding('notes/c.txt', 'name', 'Per Månad'),
    ]);
    expect(result.categories.phone).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(result.categories.personnummer).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(result.categories.name).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(result.categories.email).toMatchObject({ tp: 1, fp: 0, fn: 0, pass: true });
    expect(result.categories.ip).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(result.nearMissHits).toEqual({
      org_number: { count: 1, categories: { personnummer: 1 } },
      common_word: { count: 1, categories: { name: 1 } },
    });
    expect(result.falseNegatives.phone).toEqual([
      { file: 'mail/b.eml', value: '070-123 45 67', norm: '+46701234567', subtype: 'mobile' },
    ]);
    expect(result.byFormat['.eml']?.phone).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(result.bySystem['crm']?.personnummer).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(result.subtypes.phone['mobile']).toEqual({ tp: 1, total: 2 });
  });

  it('fails a category whose precision or recall is under target, and has no precision when nothing is found', () => {
    const result = scoreRun(index, []);
    expect(result.categories.phone).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: null, recall: 0, pass: false });
  });

  it('matches a value only within its own file', () => {
    const result = scoreRun(index, [finding('notes/c.txt', 'phone', '070-123 45 67')]);
    expect(result.categories.phone).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('ignores findings outside the corpus file list and maps attachment paths to their container', () => {
    const result = scoreRun(index, [
      finding('truth.json', 'phone', '070-123 45 67'),
      finding('other/x.txt', 'phone', '070-123 45 67'),
      finding('mail/b.eml!kunduppgifter.csv', 'phone', '070 123 45 67'),
    ]);
    expect(result.outsideCorpus).toBe(2);
    expect(result.categories.phone).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('does not let a lone first name match a full name', () => {
    const result = scoreRun(index, [finding('crm/a.csv', 'name', 'Anna')]);
    expect(result.categories.name).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('worst', () => {
  it('groups by normalised value, most frequent first', () => {
    const entries = [
      { file: 'a', norm: 'x' }, { file: 'b', norm: 'y' }, { file: 'c', norm: 'y' }, { file: 'd', norm: 'z' },
    ];
    const top = worst(entries, 2);
    expect(top.map((e) => [e.norm, e.count, e.files])).toEqual([['y', 2, ['b', 'c']], ['x', 1, ['a']]]);
  });
});

describe('parseFindings', () => {
  it('keeps finding lines with a category and counts those without a revealed value', () => {
    const text = [
      JSON.stringify({ file: 'a.txt', category: 'email', value: 'a@b.se', masked: 'a***' }),
      JSON.stringify({ file: 'a.txt', category: 'email', masked: 'a***' }),
      JSON.stringify({ type: 'summary', files: 3 }),
      '',
    ].join('\n');
    const { findings, missingValue } = parseFindings(text);
    expect(findings).toHaveLength(1);
    expect(missingValue).toBe(1);
  });
});

describe('report masking', () => {
  it.each([
    ['phone', '070-123 45 67'],
    ['personnummer', '850312-1234'],
    ['email', 'anna.svensson@example.se'],
    ['name', 'Anna Svensson'],
  ])('masks %s without showing the value', (category, value) => {
    const masked = maskValue(category, value);
    expect(masked).not.toBe(value);
    expect(masked).toHaveLength(value.length);
  });

  it('prints masked values by default and raw values only with showValues', () => {
    const index = indexTruth(TRUTH, TODAY);
    const result = scoreRun(index, [finding('notes/c.txt', 'phone', '070-999 88 77')]);
    const masked = renderRun('t', result);
    expect(masked).not.toContain('070-999 88 77');
    expect(masked).not.toContain('850312-1234');
    expect(masked).toMatch(/phone\s+0\s+1\s+2/);
    expect(renderRun('t', result, { showValues: true })).toContain('070-123 45 67');
  });
});
