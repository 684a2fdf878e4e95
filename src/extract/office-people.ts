import { decodeEntities } from './mime/entities.js';
import type { Segment } from './types.js';
import { makeSegment } from './types.js';
import { readZipEntry, type ZipEntry } from './zip.js';

/**
 * The people an Office file names outside its text: the author and last editor in `docProps/core.xml`, the
 * authors of comments and of tracked changes (`w:author`), and the co-authors a file lists for its comments. They are the organisation's staff, or the customer
 * who filled in a form: personal data all the same, and an Article 30 record must list them. Each person is read
 * once per file, under a field that says what they are (`author`, `comment author` …, name columns in
 * rules/columns.yaml), located as the document's properties (paragraph 0), as for OpenDocument files.
 */

const CORE_PEOPLE = /<(dc:creator|cp:lastModifiedBy)>([^<]{1,200})<\//g;
const AUTHOR_ATTRIBUTE = /\bw:author="([^"]{1,200})"/g;
const FIELD_OF_CORE: Readonly<Record<string, string>> = { 'dc:creator': 'author', 'cp:lastModifiedBy': 'last modified by' };
const MAX_PEOPLE = 1000;
/**
 * The people lists of co-authoring (Word's `word/people.xml`, Excel's `xl/persons/person.xml` for threaded
 * comments): a display name and a user id, which for Microsoft 365 accounts holds the person's address.
 */
const PEOPLE_PART = /^(?:word\/people\.xml|xl\/persons\/person\d*\.xml)$/;
const PERSON_NAME = /\b(?:w15:author|displayName)="([^"]{1,200})"/g;
const PERSON_ID = /\b(?:w15:userId|userId)="([^"]{1,200})"/g;

/** The distinct `w:author` attributes of a part's XML (comments, tracked changes), as written. */
export function authorsIn(xml: string): string[] {
  return [...new Set(Array.from(xml.matchAll(AUTHOR_ATTRIBUTE), (match) => match[1]!))];
}

/** `authors`: people the caller read from the parts it read (authorsIn), each with the field it is read under. */
export function* officePeople(bytes: Uint8Array, entries: readonly ZipEntry[], authors: ReadonlyArray<{ readonly name: string; readonly field: string }>): Generator<Segment> {
  const seen = new Set<string>();
  const person = (name: string, field: string): Segment | undefined => {
    const text = decodeEntities(name).trim();
    const key = `${field}\u0000${text}`;
    if (text === '' || seen.has(key) || seen.size >= MAX_PEOPLE) return undefined;
    seen.add(key);
    return makeSegment(text, { kind: 'paragraph', paragraph: 0 }, field, 'field');
  };
  const core = entries.find((entry) => entry.name === 'docProps/core.xml');
  if (core) {
    for (const [, tag, name] of readZipEntry(bytes, core).toString('utf8').matchAll(CORE_PEOPLE)) {
      const segment = person(name!, FIELD_OF_CORE[tag!]!);
      if (segment) yield segment;
    }
  }
  for (const entry of entries) {
    if (!PEOPLE_PART.test(entry.name)) continue;
    const xml = readZipEntry(bytes, entry).toString('utf8');
    for (const [pattern, field] of [[PERSON_NAME, 'person'], [PERSON_ID, 'person id']] as const) {
      for (const [, value] of xml.matchAll(pattern)) {
        const segment = person(value!, field);
        if (segment) yield segment;
      }
    }
  }
  for (const { name, field } of authors) {
    const segment = person(name, field);
    if (segment) yield segment;
  }
}
