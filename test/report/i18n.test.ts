import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/detect/types.js';
import { labelsFor, numberFormatter, resolveLang, type Labels } from '../../src/report/i18n.js';
import { CATEGORY_LABELS, REASON_LABELS } from '../../src/report/labels.js';

describe('resolveLang', () => {
  it.each([
    ['flag sv wins over an English locale', 'sv', { LANG: 'en_US.UTF-8' }, 'sv'],
    ['flag en wins over a Swedish locale', 'en', { LC_ALL: 'sv_SE.UTF-8' }, 'en'],
    ['LC_ALL Swedish', undefined, { LC_ALL: 'sv_SE.UTF-8', LANG: 'en_US.UTF-8' }, 'sv'],
    ['LC_ALL overrides LANG', undefined, { LC_ALL: 'C', LANG: 'sv_SE.UTF-8' }, 'en'],
    ['empty LC_ALL is ignored', undefined, { LC_ALL: '', LC_MESSAGES: 'sv_SE', LANG: 'en_GB' }, 'sv'],
    ['LC_MESSAGES overrides LANG', undefined, { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'sv_SE.UTF-8' }, 'en'],
    ['LANG Swedish', undefined, { LANG: 'sv_SE.UTF-8' }, 'sv'],
    ['Finland-Swedish', undefined, { LANG: 'sv_FI' }, 'sv'],
    ['bare sv', undefined, { LANG: 'sv' }, 'sv'],
    ['sv with modifier', undefined, { LANG: 'sv@euro' }, 'sv'],
    ['no locale at all', undefined, {}, 'en'],
    ['Spanish in El Salvador is not Swedish', undefined, { LANG: 'es_SV.UTF-8' }, 'en'],
    ['"swe" is not a POSIX sv locale', undefined, { LANG: 'swe' }, 'en'],
    ['"svx" is not Swedish', undefined, { LANG: 'svx_XX' }, 'en'],
    ['POSIX', undefined, { LANG: 'POSIX' }, 'en'],
  ] as const)('%s', (_name, flag, env, expected) => {
    expect(resolveLang(flag, env)).toBe(expected);
  });
});

describe('labels', () => {
  const en = labelsFor('en');
  const sv = labelsFor('sv');

  it('has every key in both languages, none empty', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const labels of [en, sv]) {
      for (const [key, value] of Object.entries(labels) as Array<[keyof Labels, unknown]>) {
        if (typeof value === 'string') expect(value, key).not.toBe('');
        else if (typeof value === 'function') expect((value as (...a: string[]) => string)('1', '2', '3', '4', '5'), key).not.toBe('');
        else for (const [inner, text] of Object.entries(value as object)) expect(text, `${key}.${inner}`).not.toBe('');
      }
    }
  });

  it('names every category in Swedish and English', () => {
    for (const category of CATEGORIES) {
      expect(en.categoryName[category]).toBeTruthy();
      expect(sv.categoryName[category]).toBeTruthy();
    }
    expect(sv.categoryName.email).toBe('E-postadress');
    expect(en.categoryName.email).toBe('E-mail address');
  });

  it('translates the report headings', () => {
    expect([sv.title, sv.occurrences, sv.distinctValues, sv.skippedFiles]).toEqual([
      'Förteckning över personuppgifter', 'Förekomster', 'Unika värden', 'Överhoppade filer',
    ]);
    expect(sv.reasonName.encrypted).toBe('krypterad');
  });

  it('keeps the terminal labels (labels.ts) in English', () => {
    expect(CATEGORY_LABELS).toEqual(en.categoryName);
    expect(REASON_LABELS).toEqual(en.reasonName);
  });
});

describe('numberFormatter', () => {
  it.each([
    ['sv', 12345, '12\u00a0345'],
    ['en', 12345, '12,345'],
    ['sv', 7, '7'],
  ] as const)('%s %d → %j', (lang, value, expected) => {
    expect(numberFormatter(lang)(value)).toBe(expected);
  });
});
