import { decodeEntities } from './mime/entities.js';
import { makeSegment, type PersonalDataCheck, type Segment } from './types.js';

/**
 * Filled-in HTML forms (a web-form tool's export of submissions, a saved case page): `<input name="fornamn"
 * value="Merve">`. Each input's value is read under its input's name, and the inputs of one `<form>` are a record,
 * as a CSV row is, so that `fornamn` + `efternamn` join into one person and `pnr` or `tel` decide for bare numbers.
 * Read as loose attribute text (before), `Merve` and `Öztürk` were two lone words.
 *
 * Locations are `{ kind: 'xml', line, path: 'form.fornamn' }`: the input's line in the file and its name, which is
 * what reports show as the field (form ids and indexes are left out: one export repeats the same form).
 */

/** Inputs whose value is the form's own (a button's caption, an option's code), not what someone filled in. */
const NOT_FILLED_IN = new Set(['submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file', 'color', 'range', 'password']);
/** An input's name goes into reports: a developer's identifier (`fornamn`, `input_4_1`, `contact[phone]`). */
const FIELD_NAME = /^[\p{L}_][\p{L}\p{N}_.\-[\]]{0,39}$/u;
const ATTRIBUTE = /([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
/** A form with more inputs than this is read as it stands (markup that never closes a form must not pile up). */
const MAX_FIELDS = 1024;

interface Field {
  readonly name: string;
  readonly value: string;
  readonly line: number;
}

/**
 * An `<input>` tag's name and what was filled in (entities decoded, trimmed), from the text between the tag's name
 * and `>`; undefined for a button, a checkbox, or an input without a name or a value. Mail bodies read the value
 * as text (mime/html.ts).
 */
export function filledInField(attributes: string): { readonly name: string; readonly text: string } | undefined {
  let name: string | undefined;
  let value: string | undefined;
  let type = 'text';
  for (const [, key, double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
    const raw = double ?? single ?? bare ?? '';
    const lower = key!.toLowerCase();
    if (lower === 'name') name = raw;
    else if (lower === 'value') value = raw;
    else if (lower === 'type') type = raw.toLowerCase();
  }
  if (name === undefined || value === undefined || NOT_FILLED_IN.has(type)) return undefined;
  return { name, text: decodeEntities(value).trim() };
}

export class HtmlFormCollector {
  private fields: Field[] | undefined;
  private pending: Segment[] = [];

  /** `holdsPersonalData`: an input named with personal data (see ExtractContext) is read as loose text instead. */
  constructor(private readonly holdsPersonalData?: PersonalDataCheck) {}

  openForm(): void {
    this.closeForm();
    this.fields = [];
  }

  closeForm(): void {
    const fields = this.fields;
    if (fields === undefined) return;
    this.fields = undefined;
    const record: Record<string, string> = {};
    for (const { name, value } of fields) if (!(name in record)) record[name] = value;
    for (const { name, value, line } of fields) this.pending.push(makeSegment(value, { kind: 'xml', line, path: `form.${name}` }, name, 'field', record));
  }

  /**
   * An `<input>` tag's attributes (the text between its name and `>`), at `line`. True when it was taken as a
   * filled-in field; false leaves its attribute values to be read as text.
   */
  input(attributes: string, line: number): boolean {
    const filled = filledInField(attributes);
    if (filled === undefined || !FIELD_NAME.test(filled.name) || this.holdsPersonalData?.(filled.name)) return false;
    const { name, text } = filled;
    if (text === '') return true;
    const field = { name, value: text, line };
    if (this.fields === undefined) {
      this.pending.push(makeSegment(text, { kind: 'xml', line, path: `form.${name}` }, name, 'field'));
    } else {
      this.fields.push(field);
      if (this.fields.length >= MAX_FIELDS) this.openForm();
    }
    return true;
  }

  /** The fields of forms closed so far. */
  *drain(): Generator<Segment> {
    if (this.pending.length === 0) return;
    const out = this.pending;
    this.pending = [];
    yield* out;
  }

  /** At the end of the file: a form never closed is read as it stands. */
  *finish(): Generator<Segment> {
    this.closeForm();
    yield* this.drain();
  }
}
