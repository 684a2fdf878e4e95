/** Delimiter sniffing and header naming for CSV/TSV files. */
import type { PersonalDataCheck } from './types.js';

const CANDIDATES = [';', '\t', ',', '|'] as const;
export type Delimiter = (typeof CANDIDATES)[number];

/**
 * Picks the delimiter that occurs most often outside quotes in the first record (the header line).
 * Ties go to the order `;` tab `,` `|`: Swedish Excel writes `;` and uses `,` as the decimal mark.
 */
/** Lines read before the one that decides: title lines (none or one prose comma each), blank lines between. */
const MAX_TITLE_LINES = 6;

export function sniffDelimiter(head: string, fallback: Delimiter = ','): Delimiter {
  let counts = new Map<string, number>();
  // The first line whose one delimiter-like character is a comma in prose, kept in case no later line has more.
  let prose: Map<string, number> | undefined;
  let proseComma = false;
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i] as string;
    if (ch === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes) {
      if (ch === '\n') {
        // A title line without delimiters (`Lönelista`) above the header: the header's line decides. So does a
        // title whose only such character is a comma in its prose (`Bostadskö, samtliga aktiva sökande`) above a
        // `;` header; a table of two columns written `Namn, Telefon` keeps its comma when no line has more.
        if (++lines >= MAX_TITLE_LINES) break;
        if (counts.size === 0) continue;
        if (prose !== undefined || !proseComma || isWiderLine(counts)) break;
        prose = counts;
        counts = new Map();
      } else if (ch === ';' || ch === '\t' || ch === ',' || ch === '|') {
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
        proseComma = ch === ',' && head[i + 1] === ' ';
      }
    }
  }
  if (prose !== undefined && !isWiderLine(counts)) counts = prose;
  let best: Delimiter = fallback;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** A line with more than one delimiter-like character. */
function isWiderLine(counts: ReadonlyMap<string, number>): boolean {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total > 1;
}

/**
 * Cells a header never has: an e-mail address, or only digits (with phone/ID punctuation). A guest list's `+1` (the
 * guest someone brings) is a header's, not a number.
 */
const DATA_LIKE = /@|^\s*(?!\+\d\s*$)\+?\d[\d\s\-+]*$/;

/**
 * A first row with an e-mail address or a number in it is data, not a header; so is one with a cell the engine's
 * detectors find personal data in (a person's name), since column names go into reports.
 */
export function looksLikeData(row: readonly string[], holdsPersonalData?: PersonalDataCheck): boolean {
  return row.some((cell) => DATA_LIKE.test(cell)) || (holdsPersonalData !== undefined && row.some((cell) => cell !== '' && holdsPersonalData(cell)));
}

/** Trimmed header names; empty ones become `column N`, repeats `Name (2)`, so every cell has a unique key. */
export function headerNames(row: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return row.map((raw, index) => {
    const base = raw.trim() || `column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export function genericNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column ${i + 1}`);
}

/** The column names a table's first row gives: its cells as a header, or `column N` when it is data. */
export function columnNames(first: readonly string[], holdsPersonalData?: PersonalDataCheck): { names: string[]; header: boolean } {
  return looksLikeData(first, holdsPersonalData) ? { names: genericNames(first.length), header: false } : { names: headerNames(first), header: true };
}
