import { extname } from 'node:path';
import { HtmlFormCollector } from './html-forms.js';
import { HtmlTableCollector } from './html-tables.js';
import { lineBlocks } from './lines.js';
import { decodeEntities } from './mime/entities.js';
import { readText } from './read-chunks.js';
import type { ExtractItem, Extractor } from './types.js';
import { XmlLeafReader } from './xml-leaves.js';
import { makeSegment } from './types.js';

/**
 * XML exports value by value, with element names as fields (xml-leaves.ts). HTML pages (saved chat transcripts,
 * ticket and mail exports, knowledge-base articles) read as text with the markup taken out: element names and `<script>` and `<style>` code become blanks, while text,
 * attribute values and comments stay, and entities are decoded (`Bj&ouml;rk` is Björk). Every line break of the file is kept, so findings are located by the line of the file
 * they stand on. The file is streamed in line blocks; a tag or comment open at the end of one block carries on
 * into the next.
 */
export const markupExtractor: Extractor = {
  id: 'markup',
  extensions: ['.html', '.htm', '.xhtml', '.xml'],
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    if (extname(source.name).toLowerCase() === '.xml') {
      const reader = new XmlLeafReader(source.part?.line);
      for await (const block of lineBlocks(readText(source, ctx.signal), undefined, source.part?.line)) yield* reader.feed(block.text);
      yield* reader.finish();
      return;
    }
    const tables = new HtmlTableCollector('html', ctx.holdsPersonalData);
    const forms = new HtmlFormCollector(ctx.holdsPersonalData);
    const stripper = new MarkupStripper(true, tables, forms);
    for await (const block of lineBlocks(readText(source, ctx.signal), undefined, source.part?.line)) {
      const text = decodeEntities(stripper.strip(block.text, block.line));
      if (text.trim() !== '') yield makeSegment(text, { kind: 'line', line: block.line }, undefined, undefined);
      yield* tables.drain();
      yield* forms.drain();
    }
    yield* tables.finish();
    yield* forms.finish();
  },
};

/** MarkupStripper.nextBreak before the text being stripped has been searched for one. */
const UNSEARCHED = -2;

/** Elements whose content is code, not text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style']);
/** Elements after which text belongs to another cell or paragraph: a tab, so `<td>Anna</td><td>Berg</td>` are two. */
const BREAKING_ELEMENTS = new Set([
  'td', 'th', 'tr', 'p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dd', 'dt',
  // OpenDocument's (text:h, table:table-cell …; local names)
  'h', 'table-cell', 'list-item', 'line-break', 'tab',
]);

type State = 'text' | 'tag' | 'comment' | 'hidden';

/**
 * Replaces markup with blanks, keeping line breaks, one block at a time. A linear scan with `indexOf`: no
 * backtracking on broken markup.
 */
export class MarkupStripper {
  private state: State = 'text';
  /** The element whose content is hidden (`script`), while in state `hidden`; the tag's name while in `tag`. */
  private element = '';
  private closingTag = false;
  /** The quote of the attribute value being read, or ''. */
  private quote = '';
  /** Where the open tag's attributes start in the text being stripped (0 when the tag began in an earlier block). */
  private tagFrom = 0;
  /** Where the open tag's `<` is, and how much output there was before it (-1: the tag began in an earlier block). */
  private tagStart = 0;
  private tagOut = -1;
  /** The file's line of the text being stripped, the line breaks counted so far and the next one (lineOf). */
  private firstLine = 1;
  private nextBreak = UNSEARCHED;
  private linesCounted = 0;

  /**
   * `attributes`: read attribute values as text (HTML's links and titles); off for office XML's style names.
   * `tables`: takes the text of table cells (HTML), which then leaves only its line breaks in the page's text.
   * `forms`: takes filled-in `<input>` fields (HTML), which then leave only their line breaks too.
   */
  constructor(
    private readonly attributes = true,
    private readonly tables?: HtmlTableCollector,
    private readonly forms?: HtmlFormCollector,
  ) {}

  private pushText(out: string[], text: string): void {
    if (this.tables?.inCell) {
      this.tables.addText(text);
      const breaks = newlinesIn(text, 0, text.length);
      if (breaks !== '') out.push(breaks);
    } else {
      out.push(text);
    }
  }

  /** `firstLine`: the file's line of the text's first character (for the locations of form fields). */
  strip(text: string, firstLine = 1): string {
    this.tagFrom = 0;
    this.tagOut = -1;
    this.firstLine = firstLine;
    this.nextBreak = UNSEARCHED;
    this.linesCounted = 0;
    const out: string[] = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      switch (this.state) {
        case 'text': {
          const lt = text.indexOf('<', i);
          if (lt === -1) {
            this.pushText(out, text.slice(i));
            i = n;
            break;
          }
          this.pushText(out, text.slice(i, lt));
          i = this.openMarkup(text, lt, out);
          break;
        }
        case 'comment': {
          // A comment's words are still in the file (`<!-- kund: 850312-2387 -->`): kept as text.
          const end = text.indexOf('-->', i);
          out.push(text.slice(i, end === -1 ? n : end));
          if (end === -1) i = n;
          else {
            out.push(' ');
            i = end + 3;
            this.state = 'text';
          }
          break;
        }
        case 'tag':
          i = this.inTag(text, i, out);
          break;
        case 'hidden': {
          const end = indexOfClosing(text, i, this.element);
          out.push(newlinesIn(text, i, end === -1 ? n : end));
          if (end === -1) i = n;
          else {
            i = end;
            this.state = 'text';
          }
          break;
        }
      }
    }
    return out.join('');
  }

  /** At `<`: a comment, a tag (or a `<!DOCTYPE` / `<?xml` declaration), or a literal `<` in text. */
  private openMarkup(text: string, lt: number, out: string[]): number {
    if (text.startsWith('<!--', lt)) {
      this.state = 'comment';
      return lt + 4;
    }
    const next = text.charCodeAt(lt + 1);
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    // A name starts with a letter (`<3`, `< 5` are text).
    if (isNameStart(text.charCodeAt(nameStart))) while (nameEnd < text.length && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart && next !== 33 /* ! */ && next !== 63 /* ? */) {
      // `a < b`, `<3`: text.
      this.pushText(out, '<');
      return lt + 1;
    }
    this.state = 'tag';
    this.tagFrom = nameEnd;
    this.tagStart = lt;
    this.tagOut = out.length;
    this.closingTag = closing;
    // `x:td` and `td` alike: the local name decides.
    const name = text.slice(nameStart, nameEnd).toLowerCase();
    this.element = name.slice(name.lastIndexOf(':') + 1);
    return nameEnd;
  }

  /**
   * Inside a tag: attribute values are text (`href="mailto:anna@exempel.se"`, a `title`, an XML attribute), the
   * rest is markup. Returns where the scan goes on.
   */
  private inTag(text: string, from: number, out: string[]): number {
    const n = text.length;
    let j = from;
    while (j < n) {
      if (this.quote !== '') {
        // Inside an attribute value, maybe one that began in the previous block.
        const close = text.indexOf(this.quote, j);
        if (this.attributes) out.push(text.slice(j, close === -1 ? n : close));
        else out.push(newlinesIn(text, j, close === -1 ? n : close));
        if (close === -1) return n;
        if (this.attributes) out.push(' ');
        this.quote = '';
        j = close + 1;
        continue;
      }
      const code = text.charCodeAt(j);
      if (code === 62 /* > */) {
        this.endTag(text, j, out);
        return j + 1;
      }
      if (code === 34 || code === 39) {
        this.quote = text[j]!;
        if (this.attributes) out.push(' ');
      } else if (code === 10) {
        out.push('\n');
      }
      j++;
    }
    return n;
  }

  private endTag(text: string, gt: number, out: string[]): void {
    const selfClosing = text.charCodeAt(gt - 1) === 47;
    // An inline element adds no space of its own (`Fatima <span>Hassan</span>` is one name), as in a browser;
    // OpenDocument's `<text:s/>` stands for spaces.
    if (BREAKING_ELEMENTS.has(this.element)) out.push('\t');
    else if (selfClosing && this.element === 's') out.push(' ');
    if (this.tables) {
      const cell = !this.closingTag && (this.element === 'td' || this.element === 'th' || this.element.endsWith('table-cell'));
      const opensTable = !this.closingTag && this.element === 'table';
      this.tables.onTag(this.element, this.closingTag, cell ? cellWidth(text.slice(this.tagFrom, gt)) : ONE_COLUMN, opensTable ? tableName(text.slice(this.tagFrom, gt)) : undefined);
    }
    if (this.forms) this.formTag(text, gt, out);
    if (!this.closingTag && !selfClosing && HIDDEN_ELEMENTS.has(this.element)) this.state = 'hidden';
    else this.state = 'text';
  }

  private formTag(text: string, gt: number, out: string[]): void {
    const forms = this.forms!;
    if (this.element === 'form') {
      if (this.closingTag) forms.closeForm();
      else forms.openForm();
    } else if (this.element === 'input' && !this.closingTag && this.tagOut >= 0 && forms.input(text.slice(this.tagFrom, gt), this.lineOf(text, this.tagStart))) {
      // The field is read under its name: its attribute values are no longer text of the page.
      out.length = this.tagOut;
      out.push(newlinesIn(text, this.tagStart, gt));
    }
  }

  /**
   * The file's line at `at` in the text being stripped; called with growing offsets. The next line break is kept
   * (`nextBreak`), so that a long line with many inputs is searched once, not once per input.
   */
  private lineOf(text: string, at: number): number {
    if (this.nextBreak === UNSEARCHED) this.nextBreak = text.indexOf('\n');
    while (this.nextBreak !== -1 && this.nextBreak < at) {
      this.linesCounted++;
      this.nextBreak = text.indexOf('\n', this.nextBreak + 1);
    }
    return this.firstLine + this.linesCounted;
  }
}

const ONE_COLUMN = { repeat: 1, span: 1 } as const;

/**
 * How many columns a cell's tag says it takes: OpenDocument's `number-columns-repeated` (the same cell, so many
 * times) and HTML's `colspan` (one cell over so many columns).
 */
function cellWidth(attributes: string): { readonly repeat: number; readonly span: number } {
  const repeated = /number-columns-repeated\s*=\s*["'](\d{1,6})["']/.exec(attributes);
  const spanned = /colspan\s*=\s*["']?(\d{1,4})/i.exec(attributes);
  if (!repeated && !spanned) return ONE_COLUMN;
  return { repeat: repeated ? Number(repeated[1]) : 1, span: spanned ? Number(spanned[1]) : 1 };
}

/** An OpenDocument table's `table:name` (a sheet's name), entities decoded. */
function tableName(attributes: string): string | undefined {
  const named = /\btable:name\s*=\s*(?:"([^"]{1,100})"|'([^']{1,100})')/.exec(attributes);
  const name = named ? decodeEntities(named[1] ?? named[2]!).trim() : '';
  return name === '' ? undefined : name;
}

function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58;
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 58 || code === 45 || code === 95 || code === 46;
}

/** The line breaks of `text[from, to)`, to keep the file's line numbers where markup is dropped. */
function newlinesIn(text: string, from: number, to: number): string {
  // Read from `from` to `to` only: a search for `\n` would run on to the end of a long line (a one-line
  // content.xml, a form of many inputs) once per call.
  let breaks = '';
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) breaks += '\n';
  return breaks;
}

/** Where `</element` starts at or after `from` (any case), or -1. */
function indexOfClosing(text: string, from: number, element: string): number {
  for (let at = text.indexOf('</', from); at !== -1; at = text.indexOf('</', at + 2)) {
    if (text.slice(at + 2, at + 2 + element.length).toLowerCase() === element) return at;
  }
  return -1;
}
