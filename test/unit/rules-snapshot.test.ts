import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_RULES_DIR, foldWord, parseRules } from '../../src/detect/rules/load.js';
import { readRulesSnapshot, writeRulesSnapshot } from '../../src/detect/rules/snapshot.js';
import type { RuleSet } from '../../src/detect/rules/types.js';

const work = mkdtempSync(join(tmpdir(), 'gdpr-scan-rules-snapshot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A private copy of the shipped rules, so a test can edit it. */
function rulesCopy(name: string): string {
  const dir = join(work, name);
  cpSync(BUNDLED_RULES_DIR, dir, { recursive: true });
  return dir;
}

/** Everything a RuleSet holds, in order, as plain JSON (Sets and Maps compare by their entries). */
function plain(rules: RuleSet): string {
  return JSON.stringify({
    names: Object.fromEntries(Object.entries(rules.names).map(([kind, words]) => [kind, [...words]])),
    keywords: rules.keywords,
    columns: [...rules.columns.byCategory],
  });
}

describe('the parsed rules snapshot', () => {
  it('gives back exactly the RuleSet parsed from the folder', () => {
    const dir = rulesCopy('same');
    const file = join(work, 'same.snapshot');
    const parsed = parseRules(dir);
    writeRulesSnapshot(file, dir, parsed);
    const read = readRulesSnapshot(file, dir);
    expect(read).toBeDefined();
    expect(plain(read!)).toBe(plain(parsed));
    expect(read!.names.first.has('anna')).toBe(true);
  });

  it('is stale once a rules file changes, even by one name', () => {
    const dir = rulesCopy('edited');
    const file = join(work, 'edited.snapshot');
    writeRulesSnapshot(file, dir, parseRules(dir));
    appendFileSync(join(dir, 'names', 'first-swedish.txt'), 'zzyxilia\n');
    expect(readRulesSnapshot(file, dir)).toBeUndefined();
    expect(parseRules(dir).names.first.has('zzyxilia')).toBe(true);
  });

  it('is stale when a rules file is added', () => {
    const dir = rulesCopy('added');
    const file = join(work, 'added.snapshot');
    writeRulesSnapshot(file, dir, parseRules(dir));
    writeFileSync(join(dir, 'names', 'last-extra.txt'), 'zzyxsson\n');
    expect(readRulesSnapshot(file, dir)).toBeUndefined();
  });

  it('is ignored when missing or damaged', () => {
    const dir = rulesCopy('damaged');
    expect(readRulesSnapshot(join(work, 'missing.snapshot'), dir)).toBeUndefined();
    const file = join(work, 'damaged.snapshot');
    writeRulesSnapshot(file, dir, parseRules(dir));
    writeFileSync(file, readFileSync(file).subarray(0, 1000));
    expect(readRulesSnapshot(file, dir)).toBeUndefined();
    writeFileSync(file, 'not a snapshot');
    expect(readRulesSnapshot(file, dir)).toBeUndefined();
  });
});

describe('the gazetteer word lists', () => {
  it('hold each line folded on its own (foldWord), without comments or blank lines', () => {
    // The lists are folded as whole texts for speed; that must equal folding line by line.
    const namesDir = join(BUNDLED_RULES_DIR, 'names');
    const expected = (prefix: string): string[] => {
      const words = new Set<string>();
      for (const entry of readdirSync(namesDir).sort()) {
        if (!entry.startsWith(prefix) || !entry.endsWith('.txt')) continue;
        for (const raw of readFileSync(join(namesDir, entry), 'utf8').split(/\r?\n/)) {
          const line = raw.replace(/#.*$/, '').trim();
          if (line) words.add(foldWord(line));
        }
      }
      return [...words];
    };
    const { names } = parseRules(BUNDLED_RULES_DIR);
    expect([...names.first]).toEqual(expected('first-'));
    expect([...names.last]).toEqual(expected('last-'));
    expect([...names.ambiguous]).toEqual(expected('ambiguous'));
    expect([...names.stop]).toEqual(expected('stop-'));
    expect(names.first.size).toBeGreaterThan(1000);
  });

  it('fold case and Unicode form, drop comments and CRLF', () => {
    const dir = rulesCopy('folding');
    // Made-up names: "Zzåsa" written decomposed (a + combining ring) must become composed and lower-case.
    writeFileSync(join(dir, 'names', 'first-test.txt'), '# a comment line\r\nZza\u030asa  # trailing comment\r\n\r\n  ZZBJÖRNQ \r\n');
    const { names } = parseRules(dir);
    expect(names.first.has('zz\u00e5sa')).toBe(true);
    expect(names.first.has('zzbjörnq')).toBe(true);
    expect([...names.first].some((word) => word.includes('#') || word.includes('\r') || word !== word.trim())).toBe(false);
  });
});
