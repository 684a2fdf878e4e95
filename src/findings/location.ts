import type { Location } from '../extract/types.js';

/** Longest field name or path a report shows whole; JSON keeps the field whole. */
const MAX_SHOWN_FIELD = 160;

/**
 * A field name or path of at most MAX_SHOWN_FIELD characters, its middle elided. A file can make one as long as
 * it likes (an XML path 500,000 elements deep, a megabyte-long JSON key), and the terminal table's word wrapping
 * took minutes over a megabyte of cell.
 */
export function shortened(field: string): string {
  if (field.length <= MAX_SHOWN_FIELD) return field;
  const half = (MAX_SHOWN_FIELD - 1) / 2;
  return `${field.slice(0, Math.floor(half))}…${field.slice(field.length - Math.ceil(half))}`;
}

/** A short human description: `line 12`, `row 4, column E-post`, `message 3 (From header)`, … */
export function describeLocation(location: Location): string {
  switch (location.kind) {
    case 'line':
      return `line ${location.line}`;
    case 'page':
      return location.line === undefined ? `page ${location.page}` : `page ${location.page}, line ${location.line}`;
    case 'cell':
      return `row ${location.row}, column ${shortened(location.column)}`;
    case 'json':
      return `record ${location.record}, ${shortened(location.path)}`;
    case 'xml':
      return `line ${location.line}, ${shortened(location.path)}`;
    case 'paragraph':
      return `paragraph ${location.paragraph}`;
    case 'file-name':
      return 'its file name';
    case 'table':
      return `table ${location.table}, row ${location.row}, cell ${location.cell}`;
    case 'archive': {
      const inner = location.inner ? ` › ${describeLocation(location.inner)}` : '';
      return `entry ${shortened(location.entry)}${inner}`;
    }
    case 'mail': {
      const message = `message ${location.message}`;
      if (location.part === 'header') return `${message}, ${location.header ?? 'header'} header`;
      if (location.part === 'attachment') {
        const inner = location.inner ? ` › ${describeLocation(location.inner)}` : '';
        return `${message}, attachment ${location.attachment ?? '(unnamed)'}${inner}`;
      }
      return `${message}, body`;
    }
  }
}

/**
 * The structural place a value sits in, independent of row or line: a CSV column, a JSON path with array
 * indexes removed (`tickets[].requester.email`), a mail header or part. Undefined for free text.
 */
export function fieldOf(location: Location): string | undefined {
  switch (location.kind) {
    case 'cell':
      return location.column;
    case 'json':
      return jsonField(location.path);
    case 'xml':
      // A repeated element is indexed from its second one on (`kund`, `kund[1]`): the field drops the index.
      return location.path.indexOf('[') < 0 ? location.path : location.path.replace(/\[\d+\]/g, '');
    case 'table':
      return `table ${location.table}`;
    case 'file-name':
      return 'file name';
    case 'archive': {
      // The entry is a file of its own: its path is part of the place (`crm/kunder.csv › Personnummer`).
      const inner = location.inner ? fieldOf(location.inner) : undefined;
      return inner ? `${location.entry} › ${inner}` : location.entry;
    }
    case 'mail':
      if (location.part === 'header') return `header:${location.header ?? ''}`;
      if (location.part === 'attachment') {
        const inner = location.inner ? fieldOf(location.inner) : undefined;
        return inner ? `attachment:${inner}` : 'attachment';
      }
      return 'body';
    default:
      return undefined;
  }
}

const jsonFields = new Map<string, string>();

/** `comments[3].author` → `comments[].author`; memoised, since a file's paths repeat record after record. */
function jsonField(path: string): string {
  let field = jsonFields.get(path);
  if (field === undefined) {
    field = path.indexOf('[') < 0 ? path : path.replace(/\[\d+\]/g, '[]');
    // Bounded: paths with ever-new indexes (one array of a million entries) must not grow it without end.
    if (jsonFields.size >= 10_000) jsonFields.clear();
    jsonFields.set(path, field);
  }
  return field;
}

/** For multi-line text segments: the location of an offset, counting newlines before it. */
export function locateInSegment(location: Location, text: string, offset: number, counter: LineCounter): Location {
  if (location.kind === 'line') return { kind: 'line', line: location.line + counter.linesBefore(text, offset) };
  return location;
}

/**
 * The location without Message-IDs, which reports show only with --reveal: a Message-ID may carry the
 * sender's address or name (`<anna.svensson.4711@exempel.se>`), and the message number locates the message.
 */
export function withoutMessageIds(location: Location): Location {
  if (location.kind === 'archive') {
    if (location.inner === undefined) return location;
    const inner = withoutMessageIds(location.inner);
    return inner === location.inner ? location : { ...location, inner };
  }
  if (location.kind !== 'mail') return location;
  const inner = location.inner ? withoutMessageIds(location.inner) : undefined;
  if (location.messageId === undefined && inner === location.inner) return location;
  const { messageId: _messageId, inner: _inner, ...rest } = location;
  return inner ? { ...rest, inner } : rest;
}

/** Counts newlines incrementally: matches arrive in increasing offset order, so each byte is read once. */
export class LineCounter {
  private text = '';
  private offset = 0;
  private lines = 0;

  linesBefore(text: string, offset: number): number {
    if (text !== this.text || offset < this.offset) {
      this.text = text;
      this.offset = 0;
      this.lines = 0;
    }
    let index = this.text.indexOf('\n', this.offset);
    while (index !== -1 && index < offset) {
      this.lines++;
      index = this.text.indexOf('\n', index + 1);
    }
    this.offset = offset;
    return this.lines;
  }
}
