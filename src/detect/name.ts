import type { Segment } from '../extract/types.js';
import { columnKind } from './context.js';
import { findNames, normalizeName, toMatch } from './name-spans.js';
import { normalizeColumn } from './rules/load.js';
import type { RuleSet } from './rules/types.js';
import type { DetectContext, Detector, Match } from './types.js';

/**
 * Person names: first name + surname in free text (gazetteers, surname endings, greetings, signatures, labels,
 * e-mail display names), whole cells of name columns, and Förnamn + Efternamn columns of one record joined into
 * one person. Lone first names are not reported: they rarely identify anyone, and the inventory counts people.
 */

const HAS_UPPER = /\p{Lu}/u;
const NONE: Match[] = [];

function columnOf(record: Readonly<Record<string, string>>, rules: RuleSet, kind: 'nameFirst' | 'nameLast'): string | undefined {
  for (const field of Object.keys(record)) {
    if (rules.columns.byCategory.get(normalizeColumn(field)) === kind && record[field]?.trim()) return field;
  }
  return undefined;
}

function trimmedRange(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A Förnamn cell: joined with the record's Efternamn into one person, else reported as the person's cell. */
function* firstNameCell(segment: Segment, rules: RuleSet): Generator<Match> {
  const { text, hints } = segment;
  const { start, end } = trimmedRange(text);
  if (end === start || !HAS_UPPER.test(text)) return;
  const field = normalizeColumn(hints?.field ?? '');
  const record = hints?.record;
  const lastField = record ? columnOf(record, rules, 'nameLast') : undefined;
  const given = text.slice(start, end);
  if (record && lastField) {
    const surname = record[lastField]!.trim();
    // The finding is the person: its value is the joined name, its offsets the first-name cell it is read from.
    yield {
      start,
      end,
      value: `${given} ${surname}`,
      normalized: normalizeName([...given.split(/\s+/), ...surname.split(/\s+/)].map((w) => w.normalize('NFC'))),
      confidence: 'high',
      reasons: [`column:${field}+${normalizeColumn(lastField)}`],
    };
    return;
  }
  // Without the record (it sits on another cell of the row) this is a lone first name: not reported.
}

/** A cell of a name column: the whole value is a name (`Anna Svensson`, `Svensson, Anna`, `Ngozi Okonkwo`). */
function* nameCell(segment: Segment, rules: RuleSet): Generator<Match> {
  const text = segment.text;
  const reason = `column:${normalizeColumn(segment.hints?.field ?? '')}`;
  const found = findNames(text, rules, { reason });
  if (found.length > 0) {
    for (const item of found) yield toMatch(text, item);
    return;
  }
  // A single word (`Mattias`, an agent; `Svensson`) names nobody on its own: not reported.
}

export const nameDetector: Detector = {
  id: 'name',
  category: 'name',
  description: 'Person names: first name + surname in text, signatures, labels, display names and name columns.',
  // An array, not a generator: this runs once per CSV cell, and a generator object per call adds up.
  detect(segment: Segment, ctx: DetectContext): Match[] {
    const text = segment.text;
    const kind = columnKind(segment, ctx.rules);
    // The person is reported once, from the Förnamn cell; a surname alone names nobody.
    if (kind === 'nameLast') return [];
    if (kind === 'nameFirst') return [...firstNameCell(segment, ctx.rules)];
    if (kind === 'name') return [...nameCell(segment, ctx.rules)];
    const found = findNames(text, ctx.rules);
    return found.length === 0 ? NONE : found.map((item) => toMatch(text, item));
  },
};
