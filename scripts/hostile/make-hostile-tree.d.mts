export interface PlantedValues {
  readonly personnummer: string;
  readonly email: string;
  readonly phone: string;
}

export interface ExpectedSkip {
  readonly file: string;
  readonly reason: string;
  readonly partial: boolean;
  readonly detail: RegExp;
}

export interface HostileTree {
  /** The folder to scan. */
  readonly root: string;
  /** A sibling folder that links in the root point to; never scanned. */
  readonly outside: string;
  /** Files whose planted values must all be found. */
  readonly good: ReadonlyArray<{ readonly file: string; readonly values: PlantedValues }>;
  /** Every entry the report's `skipped` list must hold, and nothing else. */
  readonly skipped: readonly ExpectedSkip[];
  /** Files that must be scanned without a skip entry (empty files). */
  readonly clean: readonly string[];
  /** Values that must never be found (they sit behind links out of the root). */
  readonly forbidden: readonly PlantedValues[];
  /** What differs on this machine (e.g. running as root). */
  readonly notes: readonly string[];
  /** A big file that takes well over 50 ms to scan, for the per-file time limit. */
  readonly timeoutFile: string;
}

export function person(i: number): PlantedValues;
export function makeHostileTree(dir: string): Promise<HostileTree>;

/** A deflated ZIP; `packed` gives pre-compressed bytes, `declared` the uncompressed size written in the headers. */
export function zip(entries: ReadonlyArray<{ name: string; data?: Uint8Array; packed?: Uint8Array; declared?: number }>): Buffer;
/** A minimal .docx with one paragraph per string (strings are inserted as XML, unescaped). */
export function docx(paragraphs: readonly string[], doctype?: string): Buffer;
/** An OLE2 compound file header with the given stream names in a directory sector (as Office writes them). */
export function oleFile(streams: readonly string[]): Buffer;
/** A minimal one-sheet .xlsx; `rows` are arrays of cell texts (inserted as XML, unescaped), as inline strings. */
export function xlsx(rows: ReadonlyArray<readonly string[]>, doctype?: string): Buffer;
/** A CSV and an mbox of about `bytes` each, full of fabricated personal data (for memory measurements). */
export function makeBigFiles(dir: string, bytes: number, distinct: number): Promise<void>;
