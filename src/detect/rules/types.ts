import type { Category } from '../types.js';

/**
 * Compiled data from `rules/`: name gazetteers, keyword lists and column-header hints. Built once per scan by
 * `loadRules()`; detectors only read it. All lookups are on lower-cased, NFC-normalised strings.
 */
export interface RuleSet {
  readonly names: {
    /** First names, lower-case (e.g. `anna`, `anna-karin`, `björn`). */
    readonly first: ReadonlySet<string>;
    /** Surnames, lower-case (e.g. `andersson`, `af klinteberg` is stored as both words). */
    readonly last: ReadonlySet<string>;
    /** Capitalised words that are names but far more often ordinary words ("Per", "Bo", "Stig", "Dag", "Liv"). */
    readonly ambiguous: ReadonlySet<string>;
    /** Words that are never part of a person's name (months, weekdays, places, company suffixes, common words). */
    readonly stop: ReadonlySet<string>;
    /**
     * Names that are everyday words when written in lower case ("inga", "ville", "penna"): a name written in lower
     * case (`Namn: anna andersson`) is read only from listed names that are neither these nor ambiguous.
     */
    readonly everyday: ReadonlySet<string>;
  };
  readonly keywords: {
    /** Words near a number that mark it as a personnummer (personnummer, pnr, personnr, ssn, födelsedatum …). */
    readonly personnummer: readonly string[];
    /** Words near a number that mark it as a phone number (tel, telefon, mobil, ring …). */
    readonly phone: readonly string[];
    /** Words near a number that mark it as something else (order, faktura, ocr, org.nr, kundnr …). */
    readonly notPersonal: readonly string[];
    /** Greetings that precede a name (hej, hejsan, hi, dear …). */
    readonly greetings: readonly string[];
    /** Sign-offs after which a name line follows (mvh, med vänliga hälsningar, best regards …). */
    readonly signOffs: readonly string[];
    /** Labels followed by a name (namn:, kontaktperson:, kund:, handläggare: …). */
    readonly nameLabels: readonly string[];
  };
  /**
   * Column / field names (lower-case, normalised: spaces, `_` and `-` removed) that say what a value is.
   * `nameFirst`/`nameLast` join into one person; `name` holds a full name; `animal` an animal's name (a horse's, a
   * dog's), which is no person's however much it looks like one.
   */
  readonly columns: {
    readonly byCategory: ReadonlyMap<string, Category | 'nameFirst' | 'nameLast' | 'notPersonal' | 'animal'>;
  };
}
