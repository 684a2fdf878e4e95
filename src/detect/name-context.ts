import type { RuleSet } from './rules/types.js';

/**
 * What the text around a candidate name says about it. Run only on candidates (a few per segment), so plain
 * slices are fine here.
 */

export interface NameContext {
  /** Reason codes (`greeting`, `signoff`, `label:namn`, `display-name`, `title`). Never contain the value. */
  readonly reasons: string[];
  /** A label, display name or signature line: the slot holds a name even if no list knows it. */
  readonly strong: boolean;
  /** A greeting or a title (Herr, Mr, Dr): a name is likely but the words may still be ordinary ones. */
  readonly weak: boolean;
}

const TITLES = new Set(['herr', 'fru', 'fröken', 'mr', 'mrs', 'ms', 'miss', 'dr', 'doktor', 'prof', 'professor', 'sir']);
const SIGNATURE_MARKS = /^[\s/\-–—]*$/;
const TRAILING_PUNCTUATION = /[\s,.!:;]+$/;

interface CompiledKeywords {
  readonly greetings: readonly string[];
  readonly signOffs: ReadonlySet<string>;
  readonly signOffList: readonly string[];
  readonly labels: readonly string[];
}

const compiledCache = new WeakMap<RuleSet, CompiledKeywords>();

function compiled(rules: RuleSet): CompiledKeywords {
  let entry = compiledCache.get(rules);
  if (!entry) {
    const strip = (word: string): string => word.replace(TRAILING_PUNCTUATION, '');
    entry = {
      greetings: rules.keywords.greetings.map(strip),
      signOffs: new Set(rules.keywords.signOffs.map(strip)),
      signOffList: rules.keywords.signOffs.map(strip),
      labels: rules.keywords.nameLabels.map(strip),
    };
    compiledCache.set(rules, entry);
  }
  return entry;
}

function lineStart(text: string, index: number): number {
  const at = text.lastIndexOf('\n', index - 1);
  return at + 1;
}

/** `phrase` ends `haystack` at a word boundary. */
function endsWithWord(haystack: string, phrase: string): boolean {
  if (!phrase || !haystack.endsWith(phrase)) return false;
  const at = haystack.length - phrase.length;
  return at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1]!);
}

/** The previous non-blank line before `lineFrom` (at most one blank line between), trimmed and lower-cased. */
function previousLine(text: string, lineFrom: number): string | undefined {
  let end = lineFrom - 1;
  for (let blank = 0; blank < 2 && end > 0; blank++) {
    const from = lineStart(text, end);
    const line = text.slice(from, end).replace(/\r$/, '').trim();
    if (line) return line.toLowerCase();
    end = from - 1;
  }
  return undefined;
}

/** `… <addr@host>` or `" <addr@host>` right after the candidate: an e-mail display name. */
function isDisplayName(text: string, end: number): boolean {
  let i = end;
  if (text[i] === '"' || text[i] === "'") i++;
  while (text[i] === ' ' && i < end + 4) i++;
  if (text[i] !== '<' && text[i] !== '(') return false;
  const close = text.indexOf(text[i] === '<' ? '>' : ')', i);
  const at = text.indexOf('@', i);
  return at > i && close > at && close - i < 120;
}

export function nameContext(text: string, start: number, end: number, rules: RuleSet): NameContext {
  const keywords = compiled(rules);
  const reasons: string[] = [];
  let strong = false;
  let weak = false;

  if (isDisplayName(text, end)) {
    reasons.push('display-name');
    strong = true;
  }

  const from = lineStart(text, start);
  const rawBefore = text.slice(Math.max(from, start - 60), start);
  const before = rawBefore.toLowerCase().replace(/["'(]$/, '').trimEnd();

  if (before.endsWith(':') || rawBefore.endsWith('\t')) {
    const label = before.replace(TRAILING_PUNCTUATION, '');
    for (const candidate of keywords.labels) {
      if (endsWithWord(label, candidate)) {
        reasons.push(`label:${candidate}`);
        strong = true;
        break;
      }
    }
  }

  if (SIGNATURE_MARKS.test(text.slice(from, start))) {
    const previous = previousLine(text, from);
    if (previous !== undefined && keywords.signOffs.has(previous.replace(TRAILING_PUNCTUATION, ''))) {
      reasons.push('signoff');
      strong = true;
    } else if (text.slice(from, start).includes('/')) {
      reasons.push('signoff');
      strong = true;
    }
  } else {
    const phrase = before.replace(TRAILING_PUNCTUATION, '');
    if (keywords.signOffList.some((signOff) => endsWithWord(phrase, signOff)) && phrase.length < 40) {
      reasons.push('signoff');
      strong = true;
    } else if (keywords.greetings.some((greeting) => endsWithWord(phrase, greeting))) {
      reasons.push('greeting');
      weak = true;
    } else {
      const lastWord = lastWordOf(before);
      if (lastWord && TITLES.has(lastWord)) {
        reasons.push('title');
        weak = true;
      }
    }
  }
  return { reasons, strong, weak };
}

/** The last word of `text` (a trailing dot allowed), scanning back from the end: `Herr` of `… herr`, `dr` of `dr.`. */
function lastWordOf(text: string): string | undefined {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end) : undefined;
}
