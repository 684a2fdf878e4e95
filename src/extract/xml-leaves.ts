import { decodeEntities } from './mime/entities.js';
import type { Segment } from './types.js';
import { makeSegment } from './types.js';

/**
 * XML exports read as JSON ones are: every element that holds only text (`<telefon>070-123 45 67</telefon>`) and
 * every attribute value (`epost="…"`) is a value of its own, with the element's or attribute's name as its field
 * (so `<personnummer>`, `<telefon>`, `<namn>` work as CSV columns do) and the element's siblings as its record
 * (so `<fornamn>` and `<efternamn>` join into one person). Located by the line the value starts on and its path
 * (`kunder.kund[1].telefon`). Text beside child elements and comments are read as values of their element.
 *
 * Fed the file a block at a time; a tag, comment or CDATA section open at the end of a block carries on.
 */

/** Leaves kept per element until it closes (for the record); past this they are handed on without one. */
const MAX_HELD_LEAVES = 256;
/** An element's text is handed on in pieces of about this size (a base64 blob, a long note), never held whole. */
const MAX_TEXT_CHARS = 1024 * 1024;
/** A tag longer than this is no tag (a file that is not really XML): it is dropped. */
const MAX_TAG_CHARS = 64 * 1024;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Elements whose own name says nothing of their value, in form and settings exports (`<field label="Telefon">`,
 * `<property name="email">`, `<param key="personnummer">`): an attribute of NAMING_ATTRIBUTES names it instead.
 */
const GENERIC_ELEMENTS = new Set(['field', 'property', 'prop', 'attribute', 'attr', 'param', 'parameter', 'item', 'value', 'entry', 'data', 'input', 'answer', 'column', 'col', 'cell', 'var', 'variable', 'setting', 'element']);
const NAMING_ATTRIBUTES = ['label', 'name', 'key', 'field', 'fieldname', 'title', 'caption', 'property', 'id'];
/** A name is a short label: no digits (`1.3`, a numeric id), no `@`, no markup (it goes into paths in reports). */
const LABEL = /^[^\d@<>\[\]=]{1,40}$/u;
/**
 * Two capitalised words in a row (`Anna Svensson`): what a person's name looks like. A label goes into paths in
 * reports, which hold no raw personal data: such a value names no field (`<entry key="Anna Svensson">`).
 */
const LOOKS_LIKE_A_NAME = /\p{Lu}\p{Ll}+[\s-]+\p{Lu}/u;

function namingAttribute(attributes: ReadonlyArray<{ readonly attribute: string; readonly value: string }>): { readonly attribute: string; readonly value: string } | undefined {
  for (const wanted of NAMING_ATTRIBUTES) {
    const found = attributes.find(({ attribute }) => attribute.toLowerCase() === wanted);
    if (found && LABEL.test(found.value) && !LOOKS_LIKE_A_NAME.test(found.value)) return found;
  }
  return undefined;
}

interface Leaf {
  readonly field: string;
  readonly text: string;
  readonly line: number;
  readonly path: string;
}

interface Frame {
  readonly name: string;
  readonly path: string;
  /** How many children of each name it has had, for the `[n]` of the next one. */
  readonly seen: Map<string, number>;
  readonly leaves: Leaf[];
  readonly record: Record<string, string>;
  text: string[];
  textChars: number;
  textLine: number;
  hasChildren: boolean;
}

type State = 'text' | 'tag' | 'comment' | 'cdata';

export class XmlLeafReader {
  private readonly stack: Frame[] = [];
  private state: State = 'text';
  private pending = '';
  private pendingLine = 0;
  private line: number;
  /** Values completed while reading text (pieces of a very long one), returned by the current `feed`. */
  private emitted: Segment[] = [];

  /** `firstLine`: the line the first block starts on. */
  constructor(firstLine = 1) {
    this.line = firstLine;
  }

  /** The values the block completes. */
  feed(text: string): Segment[] {
    const out = this.emitted;
    this.emitted = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      switch (this.state) {
        case 'text': {
          const lt = text.indexOf('<', i);
          const end = lt === -1 ? n : lt;
          this.addText(text.slice(i, end));
          i = end;
          if (lt !== -1) {
            this.state = text.startsWith('<!--', lt) ? 'comment' : text.startsWith('<![CDATA[', lt) ? 'cdata' : 'tag';
            this.pending = '';
            this.pendingLine = this.line;
            i = lt + (this.state === 'comment' ? 4 : this.state === 'cdata' ? 9 : 1);
          }
          break;
        }
        case 'comment':
        case 'cdata': {
          const close = this.state === 'comment' ? '-->' : ']]>';
          const end = text.indexOf(close, i);
          const part = text.slice(i, end === -1 ? n : end);
          if (this.state === 'cdata') {
            this.addRaw(part);
          } else {
            this.pending += part;
            // A comment of many megabytes is handed on in pieces, as an element's text is.
            if (this.pending.length >= MAX_TEXT_CHARS) {
              this.comment(out);
              this.pending = '';
              this.pendingLine = this.line + 1;
            }
          }
          this.countLines(part);
          if (end === -1) {
            i = n;
          } else {
            if (this.state === 'comment') this.comment(out);
            this.state = 'text';
            i = end + 3;
          }
          break;
        }
        case 'tag': {
          const end = tagEnd(text, i, this.pending);
          const part = text.slice(i, end === -1 ? n : end);
          this.countLines(part);
          this.pending = this.pending.length + part.length > MAX_TAG_CHARS ? '' : this.pending + part;
          if (end === -1) {
            i = n;
          } else {
            this.tag(this.pending, out);
            this.state = 'text';
            i = end + 1;
          }
          break;
        }
      }
    }
    return out;
  }

  /** The values of elements left open at the end of the file. */
  finish(): Segment[] {
    const out = this.emitted;
    this.emitted = [];
    while (this.stack.length > 0) this.close(out);
    return out;
  }

  private addText(part: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame && part.trim() !== '') this.keep(frame, decodeEntities(part), this.line + leadingLines(part));
    this.countLines(part);
  }

  private addRaw(part: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame && part.trim() !== '') this.keep(frame, part, this.line);
  }

  /** Adds text to the element's; a very long text is handed on in pieces as it grows. */
  private keep(frame: Frame, text: string, line: number): void {
    if (frame.text.length === 0) frame.textLine = line;
    frame.text.push(text);
    frame.textChars += text.length;
    if (frame.textChars < MAX_TEXT_CHARS) return;
    this.emitted.push(makeSegment(frame.text.join(''), { kind: 'xml', line: frame.textLine, path: frame.path }, frame.name, 'text'));
    frame.text = [];
    frame.textChars = 0;
  }

  private comment(out: Segment[]): void {
    const text = this.pending.trim();
    if (text === '') return;
    const frame = this.stack[this.stack.length - 1];
    out.push(makeSegment(text, { kind: 'xml', line: this.pendingLine, path: frame ? `${frame.path} (comment)` : '(comment)' }, undefined, 'text'));
  }

  private countLines(part: string): void {
    for (let at = part.indexOf('\n'); at !== -1; at = part.indexOf('\n', at + 1)) this.line++;
  }

  /** A whole tag's text between `<` and `>`. */
  private tag(tag: string, out: Segment[]): void {
    const first = tag.charCodeAt(0);
    if (first === 63 /* ? */ || first === 33 /* ! */) return; // declaration, DOCTYPE
    if (first === 47 /* / */) {
      if (this.stack.length > 0) this.close(out);
      return;
    }
    const nameEnd = tag.search(/[\s/]|$/);
    const qualified = tag.slice(0, nameEnd);
    if (qualified === '') return;
    const element = qualified.slice(qualified.lastIndexOf(':') + 1);
    const parent = this.stack[this.stack.length - 1];
    const attributes: Array<{ readonly attribute: string; readonly value: string }> = [];
    for (const match of tag.slice(nameEnd).matchAll(ATTRIBUTE)) {
      const value = decodeEntities(match[2] ?? match[3] ?? '').trim();
      if (value !== '' && !match[1]!.startsWith('xmlns')) attributes.push({ attribute: match[1]!.slice(match[1]!.lastIndexOf(':') + 1), value });
    }
    // `<field label="Förnamn">Olof</field>`: the attribute names the value, as an element's own name does.
    const label = GENERIC_ELEMENTS.has(element.toLowerCase()) ? namingAttribute(attributes) : undefined;
    const name = label?.value ?? element;
    let path = label === undefined ? element : `${element}[${label.attribute}=${label.value}]`;
    if (parent) {
      parent.hasChildren = true;
      const count = parent.seen.get(path) ?? 0;
      parent.seen.set(path, count + 1);
      path = `${parent.path}.${path}${count > 0 ? `[${count}]` : ''}`;
    }
    for (const { attribute, value } of attributes) out.push(makeSegment(value, { kind: 'xml', line: this.pendingLine, path: `${path}@${attribute}` }, attribute, 'field'));
    this.stack.push({ name, path, seen: new Map(), leaves: [], record: {}, text: [], textChars: 0, textLine: this.pendingLine, hasChildren: false });
    if (tag.charCodeAt(tag.length - 1) === 47 /* / */) this.close(out);
  }

  /** Closes the innermost element: a leaf goes to its parent's record; anything else hands on its leaves. */
  private close(out: Segment[]): void {
    const frame = this.stack.pop()!;
    const text = frame.text.join('').trim();
    const parent = this.stack[this.stack.length - 1];
    if (!frame.hasChildren) {
      if (text === '') return;
      const leaf = { field: frame.name, text, line: frame.textLine, path: frame.path };
      if (!parent) {
        out.push(leafSegment(leaf, undefined));
        return;
      }
      parent.leaves.push(leaf);
      parent.record[frame.name] ??= text;
      if (parent.leaves.length >= MAX_HELD_LEAVES) flush(parent, out, undefined);
      return;
    }
    if (text !== '') out.push(makeSegment(text, { kind: 'xml', line: frame.textLine, path: frame.path }, frame.name, 'text'));
    flush(frame, out, frame.record);
  }
}

function flush(frame: Frame, out: Segment[], record: Readonly<Record<string, string>> | undefined): void {
  for (const leaf of frame.leaves) out.push(leafSegment(leaf, record));
  frame.leaves.length = 0;
}

function leafSegment(leaf: Leaf, record: Readonly<Record<string, string>> | undefined): Segment {
  return makeSegment(leaf.text, { kind: 'xml', line: leaf.line, path: leaf.path }, leaf.field, 'field', record);
}

/** Where the `>` that ends a tag is, at or after `from`, not inside a quoted attribute value; -1 if not here. */
function tagEnd(text: string, from: number, before: string): number {
  // The quote state of the tag's part in earlier blocks.
  let quote = 0;
  for (let i = 0; i < before.length; i++) {
    const code = before.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    }
  }
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62 /* > */) {
      return i;
    }
  }
  return -1;
}

/** Line breaks before the first visible character of `text`. */
function leadingLines(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) lines++;
    else if (code !== 32 && code !== 9 && code !== 13) break;
  }
  return lines;
}
