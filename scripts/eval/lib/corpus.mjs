// Ground truth is recorded by the writer, at the moment a value is put into a file — never re-detected.
// A file builder calls e.g. `f.email(text)`: it records `{ file, category, value: text }` and returns the text,
// so templates read naturally: `Mail: ${f.email(p.email)}`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class Corpus {
  constructor(outDir) {
    this.outDir = outDir;
    this.truth = [];
    this.nearMiss = [];
    this.files = [];
    this.bytes = 0;
  }

  /** Starts a file; its recordings are kept only once `write` is called with its content. */
  file(relPath) {
    return new FileRecorder(this, relPath);
  }
}

class FileRecorder {
  constructor(corpus, relPath) {
    this.corpus = corpus;
    this.path = relPath;
    this.truth = [];
    this.nearMiss = [];
  }

  #add(category, value, subtype, writtenAs = [value]) {
    const entry = { file: this.path, category, value };
    if (subtype) entry.subtype = subtype;
    this.truth.push({ entry, writtenAs });
    return value;
  }

  pnr(value, subtype = 'personnummer') { return this.#add('personnummer', value, subtype); }
  email(value, subtype) { return this.#add('email', value, subtype); }
  phone(value, subtype) { return this.#add('phone', value, subtype); }
  ip(value, subtype) { return this.#add('ip', value, subtype); }
  /** A full person name (first + last); `Hej Anna,` style lone first names go to `near('first_name_only')`. */
  name(value, subtype) { return this.#add('name', value, subtype); }
  /** First and last name in separate fields of one record count as ONE name `First Last`. */
  nameParts(first, last, subtype) {
    this.#add('name', `${first} ${last}`, subtype ?? 'split-fields', [first, last]);
    return [first, last];
  }

  /** Something that looks like personal data but is not; `category` is the detector it is meant to fool. */
  near(kind, value, category) {
    const entry = { file: this.path, kind, value };
    if (category) entry.category = category;
    this.nearMiss.push(entry);
    return value;
  }

  /** Writes the bytes and commits the recordings; a truth value that does not occur in text is a generator bug. */
  write(content, { textForCheck } = {}) {
    const target = join(this.corpus.outDir, this.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    const text = textForCheck ?? (typeof content === 'string' ? content : undefined);
    if (text !== undefined) {
      for (const { entry, writtenAs } of this.truth) {
        if (!writtenAs.every((w) => text.includes(w))) {
          throw new Error(`generator bug: ${entry.category} recorded but not written in ${this.path}${process.env.EVAL_DEBUG ? `: ${entry.value}` : ""}`);
        }
      }
    }
    this.corpus.truth.push(...this.truth.map((t) => t.entry));
    this.corpus.nearMiss.push(...this.nearMiss);
    this.corpus.files.push(this.path);
    this.corpus.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
}
