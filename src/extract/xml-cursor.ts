import { decodeEntities } from './xml-text.js';

/**
 * Walks the element tags of an XML text with indexOf, no DOM: what the spreadsheet parts need (a few element
 * names, two or three attributes, character data) at the speed of a scan. Namespace prefixes are dropped from
 * element names (`x:c` is `c`: the OpenXML SDK writes prefixed SpreadsheetML). Comments, processing
 * instructions and DOCTYPE declarations are stepped over; entities a DOCTYPE defines are never expanded.
 *
 * One cursor object is reused for every tag: a worksheet has several tags per cell.
 */
export class XmlCursor {
  /** Local name of the current tag (`c` for `<x:c r="A1">`). */
  name = '';
  closing = false;
  selfClosing = false;
  /** Index just past the current tag's `>`. */
  private end = 0;
  private attrsStart = 0;
  private attrsEnd = 0;

  constructor(private readonly xml: string) {}

  /** Moves to the next start, end or empty-element tag; false at the end of the text (or of a damaged tag). */
  next(): boolean {
    const xml = this.xml;
    let at = this.end;
    for (;;) {
      const lt = xml.indexOf('<', at);
      if (lt === -1 || lt + 1 >= xml.length) return this.stop();
      const first = xml.charCodeAt(lt + 1);
      if (first === 33 /* ! */ || first === 63 /* ? */) {
        at = skipMarkup(xml, lt);
        continue;
      }
      this.closing = first === 47; /* / */
      let i = this.closing ? lt + 2 : lt + 1;
      let localStart = i;
      for (; i < xml.length; i++) {
        const code = xml.charCodeAt(i);
        if (code === 62 /* > */ || code === 47 /* / */ || code <= 32) break;
        if (code === 58 /* : */) localStart = i + 1;
      }
      const gt = tagEnd(xml, i);
      if (gt === -1) return this.stop();
      if (xml.charCodeAt(gt) === 60) {
        at = gt; // a damaged tag: read on from the next one
        continue;
      }
      this.name = xml.slice(localStart, i);
      this.selfClosing = xml.charCodeAt(gt - 1) === 47;
      this.attrsStart = i;
      this.attrsEnd = this.selfClosing ? gt - 1 : gt;
      this.end = gt + 1;
      return true;
    }
  }

  /** An attribute of the current tag by its name as written (`r`, `t`, `name`), entities decoded. */
  attr(name: string): string | undefined {
    return this.findAttr(name, false);
  }

  /** An attribute by local name under any prefix (`r:id`, whatever the relationships prefix is). */
  prefixedAttr(local: string): string | undefined {
    return this.findAttr(local, true);
  }

  /** Character data after the current tag up to the next element tag: entities decoded, CDATA as written. */
  text(): string {
    const xml = this.xml;
    let at = this.end;
    let out = '';
    for (;;) {
      const lt = xml.indexOf('<', at);
      const stop = lt === -1 ? xml.length : lt;
      out += decodeEntities(xml.slice(at, stop));
      if (lt === -1 || xml.charCodeAt(lt + 1) !== 33 /* ! */) return out;
      if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close === -1) return out + xml.slice(lt + 9);
        out += xml.slice(lt + 9, close);
        at = close + 3;
      } else {
        at = skipMarkup(xml, lt);
      }
    }
  }

  private stop(): false {
    this.end = this.xml.length;
    return false;
  }

  private findAttr(wanted: string, anyPrefix: boolean): string | undefined {
    const xml = this.xml;
    let i = this.attrsStart;
    const end = this.attrsEnd;
    while (i < end) {
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      const nameStart = i;
      let localStart = i;
      while (i < end && xml.charCodeAt(i) !== 61 /* = */ && xml.charCodeAt(i) > 32) {
        if (xml.charCodeAt(i) === 58 /* : */) localStart = i + 1;
        i++;
      }
      const nameEnd = i;
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      if (i >= end || xml.charCodeAt(i) !== 61) return undefined;
      i++;
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return undefined;
      const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close === -1 || close >= end) return undefined;
      const matches = anyPrefix
        ? localStart > nameStart && nameEnd - localStart === wanted.length && xml.startsWith(wanted, localStart)
        : nameEnd - nameStart === wanted.length && xml.startsWith(wanted, nameStart);
      if (matches) return decodeEntities(xml.slice(i + 1, close));
      i = close + 1;
    }
    return undefined;
  }
}

/**
 * The `>` that ends a tag whose name ends at `from` (a `>` inside a quoted attribute value does not count), or
 * the `<` where a damaged tag breaks off (XML allows no `<` inside a tag), or -1 at the end of the text.
 */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (code === 60 /* < */) return i;
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

/** Index past a comment, CDATA section, processing instruction or declaration starting at `lt`. */
function skipMarkup(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) return pastNext(xml, '-->', lt + 4);
  if (xml.startsWith('<![CDATA[', lt)) return pastNext(xml, ']]>', lt + 9);
  if (xml.charCodeAt(lt + 1) === 63 /* ? */) return pastNext(xml, '?>', lt + 2);
  // <!DOCTYPE …>: an internal subset `[ … ]` holds declarations with `>` of their own.
  const gt = xml.indexOf('>', lt);
  if (gt === -1) return xml.length;
  for (let i = lt; i < gt; i++) if (xml.charCodeAt(i) === 91 /* [ */) return pastNext(xml, ']>', i);
  return gt + 1;
}

function pastNext(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at === -1 ? xml.length : at + close.length;
}
