import { filledInField } from '../html-forms.js';
import { decodeEntities } from './entities.js';

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'title',
]);
/** Table cells: a tab keeps "Namn<td>Anna" from running together. */
const CELL = new Set(['td', 'th']);
/** Row elements: one line break between two rows, not one for the closing and one for the opening tag. */
const TABLE_ROWS = new Set(['tr', 'tbody', 'thead', 'tfoot', 'table']);
/** Elements whose content is not text for a reader. */
const HIDDEN = new Map<string, RegExp>([
  ['style', /<\/style\s*>/gi],
  ['script', /<\/script\s*>/gi],
]);

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) return false;
  }
  return true;
}
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isLetterOrDigit = (c: number): boolean => isLetter(c) || (c >= 0x30 && c <= 0x39);
// Block and cell breaks are marked with control characters while scanning, so that whitespace can be
// collapsed once over the whole text (HTML rules) instead of once per text node, then turned into \n and \t.
const LINE_MARK = '\u0001';
const CELL_MARK = '\u0002';
const MARKS = /[\u0001\u0002]/g;
// Only runs that change: a lone space (most of them) is left alone, which saves one allocation each.
const BLANKS = /[\t\r\n\f][ \t\r\n\f]*| [ \t\r\n\f]+/g;
const LINE_BREAK = / ?\u0001 ?/g;
const CELL_BREAK = / ?\u0002 ?/g;
const NEWLINE_RUN = /\n{3,}/g;

/**
 * Converts HTML to plain text for scanning: drops tags, comments, `<style>` and `<script>`,
 * decodes entities and turns block elements into line breaks. A single forward scan with indexOf: no DOM,
 * no backtracking regexes, linear in the input even for broken markup.
 */
export function htmlToText(html: string): string {
  if (html.includes(LINE_MARK) || html.includes(CELL_MARK)) html = html.replace(MARKS, ' ');
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  // Whether only blanks were written since the last line break (or the start): a row's first cell then needs no
  // tab and a closing block after an opening one no second break, so that a table's rows come out as lines of
  // tab-separated cells, one line each, as a range pasted from Excel does (text-tables.ts reads those).
  let atLineStart = true;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) {
      const piece = html.slice(i, lt);
      out.push(piece);
      if (atLineStart && !isBlank(piece)) atLineStart = false;
    }
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    if (isLetter(html.charCodeAt(nameStart))) {
      nameEnd++;
      while (nameEnd < n && isLetterOrDigit(html.charCodeAt(nameEnd))) nameEnd++;
    }
    if (nameEnd === nameStart) {
      // `<!DOCTYPE`, `<?xml` or a literal "<" in text.
      const c = html.charCodeAt(lt + 1);
      if (c === 0x21 || c === 0x3f) {
        const close = html.indexOf('>', lt);
        i = close === -1 ? n : close + 1;
      } else {
        out.push('<');
        i = lt + 1;
      }
      continue;
    }
    const close = html.indexOf('>', lt);
    if (close === -1) break;
    const tag = html.slice(nameStart, nameEnd).toLowerCase();
    i = close + 1;
    const hidden = closing ? undefined : HIDDEN.get(tag);
    if (hidden !== undefined) {
      hidden.lastIndex = i;
      const end = hidden.exec(html);
      i = end === null ? n : end.index + end[0].length;
    } else if (BLOCK.has(tag)) {
      if (!atLineStart || !TABLE_ROWS.has(tag)) out.push(LINE_MARK);
      atLineStart = true;
    } else if (CELL.has(tag) && !closing) {
      if (!atLineStart) out.push(CELL_MARK);
      else out.push(' ');
    } else if (tag === 'input' && !closing) {
      // A form tool's mail with the form filled in (`<input name="pnr" value="…">`): what was filled in is text.
      const filled = filledInField(html.slice(nameEnd, close));
      if (filled !== undefined && filled.text !== '') {
        // Entities are decoded over the whole text below: the decoded value's own `&` must stay one.
        out.push(` ${filled.text.replaceAll('&', '&amp;')} `);
        atLineStart = false;
      }
    }
  }
  const text = out
    .join('')
    .replace(BLANKS, ' ')
    .replace(LINE_BREAK, '\n')
    .replace(CELL_BREAK, '\t')
    .replace(NEWLINE_RUN, '\n\n');
  return decodeEntities(text).trim();
}
