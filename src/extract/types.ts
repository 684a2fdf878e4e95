import type { SourceFile } from '../walk/types.js';

/**
 * Where a piece of text came from inside a file. Line numbers, rows, pages and paragraphs are 1-based;
 * indexes into arrays (JSON paths, table cells) are 0-based as in the source format.
 */
export type Location =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'page'; readonly page: number; readonly line?: number }
  | { readonly kind: 'cell'; readonly row: number; readonly column: string }
  | { readonly kind: 'json'; readonly record: number; readonly path: string }
  /** An XML element's value or attribute: the line it starts on and its path (`kunder.kund[1].telefon`, `…@epost`). */
  | { readonly kind: 'xml'; readonly line: number; readonly path: string }
  | { readonly kind: 'paragraph'; readonly paragraph: number }
  | { readonly kind: 'table'; readonly table: number; readonly row: number; readonly cell: number }
  /** The own name of a file inside a file (an attachment, an archive entry), always inside such a location. */
  | { readonly kind: 'file-name' }
  /** An entry of a ZIP archive (its path inside the archive) and the location inside that entry. */
  | { readonly kind: 'archive'; readonly entry: string; readonly inner?: Location }
  | {
      readonly kind: 'mail';
      readonly message: number;
      readonly messageId?: string;
      /** `header` with `header` set, `body`, or `attachment` with `attachment` and the location inside it. */
      readonly part: 'header' | 'body' | 'attachment';
      readonly header?: string;
      readonly attachment?: string;
      readonly inner?: Location;
    };

/**
 * What the extractor knows about a segment that helps detectors: the column/field name it came from
 * (CSV header, JSON key, mail header) and the kind of place it is.
 */
export interface SegmentHints {
  /** Column header, JSON key (last path element) or mail header name, as written in the source. */
  readonly field?: string | undefined;
  readonly scope?: SegmentScope | undefined;
  /**
   * Other fields of the same record (CSV row, JSON object), by field name. Lets the name detector join
   * Förnamn + Efternamn into one person. Set on every field of the record (one shared object).
   */
  readonly record?: Readonly<Record<string, string>> | undefined;
}

export type SegmentScope = 'header' | 'body' | 'cell' | 'field' | 'text';

/**
 * A piece of text to run detectors over. When `location.kind` is `line`, the text may span many lines:
 * `location.line` is the line of its first character and the engine counts newlines to place a match.
 */
export interface Segment {
  readonly text: string;
  readonly location: Location;
  readonly hints?: SegmentHints | undefined;
}

/**
 * Every extractor makes its segments here, so that all segments share one object shape, and all hints
 * another. The detectors run on millions of segments: when a worker thread moved on to a format whose
 * segments were shaped differently (no hints, hints without a field), V8 threw away the detectors'
 * optimised code ("wrong map") and compiled it again.
 */
export function makeSegment(
  text: string,
  location: Location,
  field: string | undefined,
  scope: SegmentScope | undefined,
  record?: Readonly<Record<string, string>>,
): Segment {
  return { text, location, hints: { field, scope, record } };
}

/** An embedded file (a mail attachment) handed back to the pipeline to extract with its own extractor. */
export interface Delegate {
  readonly kind: 'delegate';
  /** The name the pipeline picks its extractor by (`CV_Anna_Svensson.pdf`, `bilaga.msg`). */
  readonly name: string;
  /** What reports call it (embedded-name.ts): its name, or its number when the name holds personal data. */
  readonly shownName: string;
  readonly bytes: Uint8Array;
  /** Wraps a location inside the embedded file into a location in the outer file. */
  readonly wrap: (inner: Location) => Location;
  /** What the embedded file is called in skip reports: `attachment` (the default) or `archive entry`. */
  readonly describedAs?: string;
}

/** A part of the file that was passed over (e.g. an attachment of an unsupported type), for the report. */
export interface PartialSkip {
  readonly kind: 'partial-skip';
  readonly reason: import('../errors.js').SkipReason;
  readonly detail: string;
}

export type ExtractItem = Segment | Delegate | PartialSkip;

export interface ExtractContext {
  /** Bytes of a file that is not read as a stream; undefined when the extractor should stream `file.absolutePath`. */
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
  /**
   * Whether a text holds personal data, by the engine's detectors. Column names go into reports, which hold no
   * raw personal data: a first row with such a cell (`Anna Svensson;Göteborg`) is data, not a header, and a sheet
   * named for a person is named by its number. Absent (extractors alone, in tests): only the extractor's own checks.
   */
  readonly holdsPersonalData?: PersonalDataCheck | undefined;
  /**
   * Whether the scan's rules know a column name (`Förnamn`, `E-post`): a one-cell row above a row of such names
   * is the table's title (`Lönelista`), not its header. Absent: a first row is always the header.
   */
  readonly knownColumn?: ColumnNameCheck | undefined;
}

export type PersonalDataCheck = (text: string) => boolean;
export type ColumnNameCheck = (name: string) => boolean;

/** Reads one format. Extractors do no detection and never write anything. */
export interface Extractor {
  readonly id: string;
  /** Lower-case extensions with the dot, e.g. `.csv`. */
  readonly extensions: readonly string[];
  /** Content check for files whose extension is missing or lies. */
  sniff?(head: Uint8Array): boolean;
  /**
   * Streams items from a file on disk (`source.bytes` undefined) or from bytes in memory (attachments).
   * Throw ExtractError for unscannable input.
   */
  extract(source: ExtractSource, ctx: ExtractContext): AsyncIterable<ExtractItem>;
  /**
   * The same items in batches, for formats that make millions of small segments (CSV cells, JSON leaves):
   * one await per batch instead of one per item. The scanner prefers it when present.
   */
  extractBatches?(source: ExtractSource, ctx: ExtractContext): AsyncIterable<readonly ExtractItem[]>;
}

/**
 * A byte range of a large file on disk, scanned on its own so that both cores work on one big mailbox or log
 * (see engine/split.ts). It starts and ends on record boundaries (a line, an mbox envelope line) and knows
 * the numbers its first line and message have in the whole file, so locations are those of the whole file.
 */
export interface FilePart {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** 1-based number of the part's first line in the file. */
  readonly line: number;
  /** 1-based number of the part's first mbox message in the file. */
  readonly message: number;
  /** The file's encoding, detected from its head (a part's own first bytes may not show it). */
  readonly encoding: import('./encoding.js').EncodingGuess;
  /** For a CSV part after the first: what the file's first record and delimiter say, and its first row. */
  readonly table?: CsvPartTable;
}

export interface CsvPartTable {
  readonly delimiter: string;
  /**
   * The file's first record. The part's worker decides from it, as the first part's worker does, whether it is a
   * header: the main thread that cuts the file has no detectors.
   */
  readonly first: readonly string[];
  /** Spreadsheet row number of the part's first record (the header is row 1). */
  readonly row: number;
}

/** Either a file on disk (whole, or a part of it) or an in-memory embedded file. */
export interface ExtractSource {
  readonly name: string;
  readonly path?: string;
  readonly bytes?: Uint8Array;
  readonly size: number;
  readonly part?: FilePart;
}

export type { SourceFile };
