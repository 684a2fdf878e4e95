import iconv from 'iconv-lite';

/**
 * Plain text of an RTF document, one string per paragraph (`\par`, a table row, a header or an `\info` field).
 * A single forward scan with no recursion, linear in the input however deep or broken the groups are.
 *
 * Read: the text of the body, headers, footers, footnotes, field results and the document's `\info` fields
 * (author, operator, company: people's names live there). Skipped: font, colour, style and list tables, pictures,
 * embedded objects' data, `\*` destinations (HTML tags that Outlook keeps in RTF mail included) and binary runs.
 * Bytes written as `\'hh` are decoded with the document's code page (`\ansicpg`, Windows-1252 by default),
 * `\uN` as Unicode with its `\ucN` fallback characters dropped.
 */

/** Destinations whose content is no text for a reader. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator', 'pict',
  'objdata', 'objclass', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'xmlnstbl', 'mmathPr',
  'filetbl', 'pgdsctbl', 'shppict', 'nonshppict', 'blipuid', 'fldtype', 'datafield', 'formfield', 'passwordhash',
  'creatim', 'revtim', 'printim', 'buptim', 'private', 'userprops', 'wgrffmtfilter', 'xmlopen', 'xmlattrname',
  'xmlattrvalue', 'bkmkstart', 'bkmkend', 'protusertbl', 'docvar', 'template', 'falt', 'panose', 'tc', 'tcn', 'txe',
  'xe',
]);

/** `\info` fields that hold text; each ends its own paragraph. */
const INFO_TEXT = new Set(['title', 'subject', 'author', 'operator', 'manager', 'company', 'keywords', 'comment', 'doccomm', 'category', 'hlinkbase']);

/** Groups that are paragraphs of their own: notes, headers and footers stand apart from the body around them. */
const OWN_PARAGRAPH_GROUPS = new Set(['footnote', 'header', 'footer', 'headerl', 'headerr', 'headerf', 'footerl', 'footerr', 'footerf', 'annotation']);
const PARAGRAPH_WORDS = new Set(['par', 'sect', 'page', 'row', 'line']);
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['tab', '\t'], ['cell', '\t'], ['nestcell', '\t'], ['emdash', '\u2014'], ['endash', '\u2013'], ['bullet', '\u2022'],
  ['lquote', '\u2018'], ['rquote', '\u2019'], ['ldblquote', '\u201c'], ['rdblquote', '\u201d'], ['emspace', ' '],
  ['enspace', ' '], ['qmspace', ' '], ['zwj', ''], ['zwnj', ''],
]);

/** Deeper nesting than this is no document Word or Outlook writes; past it, groups are counted but not kept. */
const MAX_DEPTH = 1024;

interface GroupState {
  skip: boolean;
  /** Fallback characters to drop after `\uN`. */
  uc: number;
  /** Inside `\htmlrtf`: RTF that Outlook added to render HTML, not part of the message's text. */
  htmlRtf: boolean;
  /** An `\info` text field: a paragraph ends with the group. */
  paragraphAtEnd: boolean;
  /** A field instruction: a space keeps it apart from the field's result. */
  spaceAtEnd: boolean;
}

export function rtfParagraphs(rtf: string): string[] {
  const paragraphs: string[] = [];
  let text = '';
  let bytes: number[] = [];
  // The document's code page, resolved once (`\ansicpg`): an unknown one reads as Latin-1.
  let codePage: string | undefined = 'windows-1252';
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1, htmlRtf: false, paragraphAtEnd: false, spaceAtEnd: false };
  let depthBeyond = 0;
  /** Fallback characters still to drop after a `\uN`. */
  let dropping = 0;
  /** The next control word names the group's destination (right after `{` or `{\*`). */
  let destinationNext = false;
  let ignorableNext = false;

  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    const buffer = Buffer.from(bytes);
    text += codePage !== undefined ? iconv.decode(buffer, codePage) : buffer.toString('latin1');
    bytes = [];
  };
  const emit = (chunk: string): void => {
    if (state.skip || state.htmlRtf) return;
    flushBytes();
    text += chunk;
  };
  const endParagraph = (): void => {
    flushBytes();
    if (text.trim() !== '') paragraphs.push(text.replace(/[ \t]+$/, ''));
    text = '';
  };

  const n = rtf.length;
  let i = 0;
  while (i < n) {
    const c = rtf.charCodeAt(i);
    if (c === 0x7b /* { */) {
      i++;
      if (stack.length >= MAX_DEPTH) {
        depthBeyond++;
        continue;
      }
      stack.push(state);
      state = { skip: state.skip, uc: state.uc, htmlRtf: state.htmlRtf, paragraphAtEnd: false, spaceAtEnd: false };
      destinationNext = true;
      ignorableNext = false;
      continue;
    }
    if (c === 0x7d /* } */) {
      i++;
      if (depthBeyond > 0) {
        depthBeyond--;
        continue;
      }
      if (state.paragraphAtEnd && !state.skip) endParagraph();
      else if (state.spaceAtEnd) emit(' ');
      else flushBytes();
      state = stack.pop() ?? state;
      destinationNext = false;
      dropping = 0;
      continue;
    }
    if (c === 0x5c /* \ */) {
      const next = rtf.charCodeAt(i + 1);
      if (isAsciiLetter(next)) {
        let j = i + 1;
        while (j < n && j - i <= 32 && isAsciiLetter(rtf.charCodeAt(j))) j++;
        const word = rtf.slice(i + 1, j);
        let paramStart = j;
        if (rtf.charCodeAt(j) === 0x2d /* - */) j++;
        while (j < n && j - paramStart <= 10 && isDigit(rtf.charCodeAt(j))) j++;
        const hasParam = j > paramStart && !(j === paramStart + 1 && rtf.charCodeAt(paramStart) === 0x2d);
        const param = hasParam ? Number(rtf.slice(paramStart, j)) : undefined;
        if (!hasParam) j = paramStart;
        if (rtf.charCodeAt(j) === 0x20) j++;
        i = j;
        const isDestination = destinationNext;
        destinationNext = false;
        if (word === 'bin') {
          // Binary data of the given length follows: never text, and it may hold any byte.
          i += Math.max(0, param ?? 0);
          continue;
        }
        if (dropping > 0) {
          dropping--;
          continue;
        }
        // A field's instruction is read although Word marks it ignorable: a link's target (`HYPERLINK
        // "mailto:anna@…"`) may name someone its display text does not.
        if (isDestination && word === 'fldinst') {
          state.spaceAtEnd = true;
          continue;
        }
        if (isDestination && (ignorableNext || SKIPPED_DESTINATIONS.has(word))) {
          state.skip = true;
          continue;
        }
        if (isDestination && (INFO_TEXT.has(word) || OWN_PARAGRAPH_GROUPS.has(word))) {
          endParagraph();
          state.paragraphAtEnd = true;
          continue;
        }
        controlWord(word, param);
        continue;
      }
      i += 2;
      if (next === 0x27 /* ' */) {
        const hex = Number.parseInt(rtf.slice(i, i + 2), 16);
        i += 2;
        if (dropping > 0) {
          dropping--;
          continue;
        }
        if (!Number.isNaN(hex) && !state.skip && !state.htmlRtf) bytes.push(hex);
        continue;
      }
      if (next === 0x2a /* * */) {
        ignorableNext = true;
        destinationNext = true;
        continue;
      }
      destinationNext = false;
      if (dropping > 0) {
        dropping--;
        continue;
      }
      if (next === 0x7b || next === 0x7d || next === 0x5c) emit(String.fromCharCode(next));
      else if (next === 0x7e /* ~ */) emit('\u00a0');
      else if (next === 0x5f /* _ */) emit('-');
      else if (next === 0x0a || next === 0x0d) {
        if (!state.skip && !state.htmlRtf) endParagraph();
      }
      // `\-` (optional hyphen), `\:` and the rest: nothing to read.
      continue;
    }
    destinationNext = false;
    // Line breaks in RTF source are not text.
    if (c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    if (dropping > 0) {
      dropping--;
      i++;
      continue;
    }
    // A run of plain characters up to the next brace, backslash or line break, taken (or passed over) at once.
    let end = i + 1;
    while (end < n && !isSpecial(rtf.charCodeAt(end))) end++;
    if (!state.skip && !state.htmlRtf) {
      if (bytes.length > 0) flushBytes();
      text += rtf.slice(i, end);
    }
    i = end;
  }
  endParagraph();
  return paragraphs;

  function controlWord(word: string, param: number | undefined): void {
    if (word === 'ansicpg' && param !== undefined && param > 0) {
      const name = param === 65001 ? 'utf8' : `cp${param}`;
      codePage = iconv.encodingExists(name) ? name : undefined;
      return;
    }
    if (word === 'uc') {
      state.uc = Math.max(0, Math.min(param ?? 1, 8));
      return;
    }
    if (word === 'u' && param !== undefined) {
      emit(String.fromCharCode(param < 0 ? param + 65536 : param));
      dropping = state.uc;
      return;
    }
    if (word === 'htmlrtf') {
      flushBytes();
      state.htmlRtf = param !== 0;
      return;
    }
    if (PARAGRAPH_WORDS.has(word)) {
      if (!state.skip && !state.htmlRtf) endParagraph();
      return;
    }
    const symbol = SYMBOLS.get(word);
    if (symbol !== undefined) emit(symbol);
  }
}

function isSpecial(code: number): boolean {
  return code === 0x7b || code === 0x7d || code === 0x5c || code === 0x0a || code === 0x0d;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether the bytes start like an RTF document (`{\rtf`). */
export function looksLikeRtf(head: Uint8Array): boolean {
  return head.length >= 5 && head[0] === 0x7b && head[1] === 0x5c && head[2] === 0x72 && head[3] === 0x74 && head[4] === 0x66;
}
