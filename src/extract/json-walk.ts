import { decodeEntities } from './mime/entities.js';
import type { ExtractItem, PersonalDataCheck, Segment } from './types.js';
import { makeSegment } from './types.js';

/** Deeper nesting than this is skipped (reported once); real exports stay far below it. */
export const MAX_JSON_DEPTH = 200;
/** Numbers this long may be ids (customer numbers, personnummer without dash); shorter ones are noise. */
const ID_LIKE_MIN = 100_000;
const PLAIN_KEY = /^[\p{L}_$][\p{L}\p{N}_$-]*$/u;

/**
 * Keys that are themselves values: exports sometimes key objects by e-mail address or customer number
 * (`{"anna@exempel.se": {...}}`). Such a key never goes into a path (paths are written into reports); it is
 * scanned as text of its own instead.
 */
const VALUE_LIKE_KEY = /@|\d{6}/;

const KEY_PLAIN = 1;
const KEY_VALUE_LIKE = 2;
const KEY_QUOTED = 3;
/** Keys repeat record after record: their kind is worked out once (bounded, for files with endless keys). */
const keyKinds = new Map<string, number>();

function keyKind(key: string): number {
  let kind = keyKinds.get(key);
  if (kind === undefined) {
    kind = VALUE_LIKE_KEY.test(key) ? KEY_VALUE_LIKE : PLAIN_KEY.test(key) ? KEY_PLAIN : KEY_QUOTED;
    if (keyKinds.size >= 10_000) keyKinds.clear();
    keyKinds.set(key, kind);
  }
  return kind;
}

/**
 * A quoted key (`"Anna Svensson"`: spaces, capitals) the engine's detectors find personal data in is a value too
 * (see ExtractContext). Answers are kept per check (one per scan) and key, as keyKinds are.
 */
const personalKeys = new WeakMap<PersonalDataCheck, Map<string, boolean>>();

function isPersonalKey(key: string, check: PersonalDataCheck): boolean {
  let answers = personalKeys.get(check);
  if (answers === undefined) personalKeys.set(check, (answers = new Map()));
  let personal = answers.get(key);
  if (personal === undefined) {
    personal = check(key);
    if (answers.size >= 10_000) answers.clear();
    answers.set(key, personal);
  }
  return personal;
}

function kindOf(key: string, check: PersonalDataCheck | undefined): number {
  const kind = keyKind(key);
  return kind === KEY_QUOTED && check !== undefined && isPersonalKey(key, check) ? KEY_VALUE_LIKE : kind;
}

/**
 * `a.b`, `a["first name"]`, `a[3]`, `a[*]` for a key that is a value, and a bare key at the root.
 * `check`: a key with personal data in it is a value (ExtractContext.holdsPersonalData).
 */
export function childPath(parent: string, key: string | number, check?: PersonalDataCheck): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return keyPath(parent, key, kindOf(key, check));
}

/** childPath for a key whose kind is known. */
function keyPath(parent: string, key: string, kind: number): string {
  if (kind === KEY_VALUE_LIKE) return `${parent}[*]`;
  if (kind === KEY_PLAIN) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** An HTML entity (`&ouml;`, `&#246;`, `&nbsp;`): ticket and chat exports keep comment bodies as HTML. */
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});/;

function leafText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.length === 0) return undefined;
    const text = value.charCodeAt(0) === 60 && HTML_VALUE.test(value) ? withoutTags(value) : value;
    // `Joakim Hellstr&ouml;m` in an HTML body: decoded, or the detectors read `Hellstr` and stop.
    return text.indexOf('&') >= 0 && ENTITY.test(text) ? decodeEntities(text) : text;
  }
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= ID_LIKE_MIN) return String(value);
  return undefined;
}

/**
 * A message body kept as HTML in a JSON export (Teams' `"contentType": "html"`, a helpdesk's `html_body`): `<p>pratat
 * m jakub kowalski igen</p>`. Its tags are taken out, a block's as a line break, so its lines read as the text they
 * are (a line written in lower case starts at its `p`).
 */
const HTML_VALUE = /^<(?:p|div|span|br|b|i|strong|em|ul|ol|li|table|html|body|a|font|h[1-6])[\s/>]/i;
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,500}>/g;
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'th', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'P', 'DIV', 'BR', 'LI', 'TR', 'TD']);

function withoutTags(html: string): string {
  return html.replace(HTML_TAG, (_, name: string) => (BLOCK_TAGS.has(name) ? '\n' : ' ')).trim();
}

interface Pending {
  readonly value: unknown;
  readonly path: string;
  /** Nearest object key above, used as the field name for array items. */
  readonly field: string | undefined;
  readonly depth: number;
}

/**
 * Walks a parsed JSON value without recursion and yields one segment per string (or id-like number) leaf,
 * in document order. Every leaf of an object carries its sibling string fields as `hints.record`.
 */
export function* walkJson(root: unknown, record: number, rootPath: string, check?: PersonalDataCheck): Generator<ExtractItem> {
  yield* walkJsonInto(root, record, rootPath, [], check);
}

/**
 * `walkJson` into an array: no generator step per leaf, for extractors that batch anyway. Returns `out`.
 * `check`: keys with personal data in them are values (ExtractContext.holdsPersonalData).
 */
export function walkJsonInto(root: unknown, record: number, rootPath: string, out: ExtractItem[], check?: PersonalDataCheck): ExtractItem[] {
  const stack: Pending[] = [{ value: root, path: rootPath, field: undefined, depth: 0 }];
  let reportedDepth = false;
  while (stack.length > 0) {
    const { value, path, field, depth } = stack.pop() as Pending;
    const text = leafText(value);
    if (text !== undefined) {
      out.push(segment(text, record, path, field, undefined));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      if (!reportedDepth) {
        reportedDepth = true;
        out.push({ kind: 'partial-skip', reason: 'limit', detail: `record ${record}: JSON nested deeper than ${MAX_JSON_DEPTH} levels at ${truncate(path)}` });
      }
      continue;
    }
    const children: Pending[] = [];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) children.push({ value: value[i], path: childPath(path, i), field, depth: depth + 1 });
    } else {
      const entries = Object.entries(value as Record<string, unknown>);
      const siblings = siblingStrings(entries);
      for (const [key, child] of entries) {
        const kind = kindOf(key, check);
        const childAt = keyPath(path, key, kind);
        // A key that is a value names no field: it is scanned as text of its own.
        const name = kind === KEY_VALUE_LIKE ? undefined : key;
        if (name === undefined) out.push(segment(key, record, childAt, undefined, undefined));
        const leaf = leafText(child);
        if (leaf === undefined) {
          children.push({ value: child, path: childAt, field: name, depth: depth + 1 });
          continue;
        }
        // Every leaf sees its sibling strings, so first_name/last_name join wherever they stand.
        // A generic key with nothing to describe it (`{"to": "46737600511", "body": …}` at a record's top) keeps its own name.
        out.push(segment(leaf, record, childAt, GENERIC_VALUE_KEYS.has(key) ? (describedField(entries, field) ?? name) : name, siblings));
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Pending);
  }
  return out;
}

/**
 * Keys that name no kind of value: an audit event's change (`"phone": {"from": …, "to": …}`) or a custom field
 * (`{"label": "Personnummer", "value": …}`, `{"id": 360001, "value": …}`). Their values are described by a
 * label beside them, else by the key above.
 */
const GENERIC_VALUE_KEYS = new Set(['value', 'from', 'to', 'old', 'new', 'previous', 'current', 'before', 'after', 'old_value', 'new_value', 'oldValue', 'newValue', 'previous_value', 'previousValue', 'Value', 'From', 'To', 'OldValue', 'NewValue']);
const LABEL_KEYS = new Set(['label', 'name', 'field', 'field_name', 'fieldName', 'title', 'key', 'property', 'attribute', 'Label', 'Name', 'Field', 'FieldName', 'Title', 'Key']);
/** Longer than any column name: a sibling `name` that holds a sentence or a person is no label. */
const MAX_LABEL_LENGTH = 40;

/** The field name for a generic key's value: a short label string beside it, else the nearest key above. */
function describedField(entries: readonly [string, unknown][], above: string | undefined): string | undefined {
  for (const [key, value] of entries) {
    if (LABEL_KEYS.has(key) && typeof value === 'string' && value.length > 0 && value.length <= MAX_LABEL_LENGTH) return value;
  }
  return above;
}

function segment(text: string, record: number, path: string, field: string | undefined, siblings: Record<string, string> | undefined): Segment {
  const location = { kind: 'json', record, path } as const;
  return makeSegment(text, location, field, 'field', field === undefined ? undefined : siblings);
}

/** The object's string fields, when there are at least two to relate (e.g. firstName + lastName). */
function siblingStrings(entries: readonly [string, unknown][]): Record<string, string> | undefined {
  let found: Record<string, string> | undefined;
  let count = 0;
  for (const [key, value] of entries) {
    if (typeof value === 'string' && value.length > 0) {
      (found ??= {})[key] = value;
      count++;
    }
  }
  return count >= 2 ? found : undefined;
}

/** Paths are built from keys (field names, not values), but a runaway one is cut for the report. */
function truncate(path: string): string {
  return path.length > 120 ? `${path.slice(0, 120)}…` : path;
}
