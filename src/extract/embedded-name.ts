import { makeSegment, type Location, type PersonalDataCheck, type Segment } from './types.js';

const EXTENSION = /\.[A-Za-z0-9]{1,6}$/;
const WORD_JOINERS = /[_+]+/g;
const PATH_PARTS = /[\\/]+/g;

/**
 * An attachment's or archive entry's name as the detectors read it: `Lönespec_Anna_Svensson.pdf` →
 * `Lönespec Anna Svensson`. Underscores join words in file names; each folder of an entry's path goes on a line
 * of its own, so that `kunder/Anna Svensson/avtal.pdf` reads as three short lines, not one run-on word.
 */
export function fileNameText(name: string): string {
  return name.replace(EXTENSION, '').replace(PATH_PARTS, '\n').replace(WORD_JOINERS, ' ').trim();
}

/** A file inside a file (a mail attachment, an archive entry): what reports call it, and its name as text. */
export interface EmbeddedFileName {
  /** The name as written, or `#3.pdf` (its number and extension) when the name holds personal data. */
  readonly shown: string;
  /** The name as the detectors read it (fileNameText). */
  readonly text: string;
}

/**
 * Names an attachment or archive entry for reports. Its name is the sender's or packer's, not the user's, and
 * may be a person's (`CV_Anna_Svensson.pdf`, `kunder/19860412-2385/`): reports hold no raw personal data, so such a
 * name is shown by the file's number in its message or archive, as a column holding a name is. `check` is the
 * scan's (ExtractContext.holdsPersonalData); without one (an extractor alone, in tests) names are shown as written.
 */
export function embeddedFileName(written: string, ordinal: number, check: PersonalDataCheck | undefined): EmbeddedFileName {
  const text = fileNameText(written);
  if (check === undefined || text === '' || !check(text)) return { shown: written, text };
  const extension = EXTENSION.exec(written)?.[0].toLowerCase() ?? '';
  return { shown: `#${ordinal}${extension}`, text };
}

/** Where inside an attachment or entry its own name is (`message 3, attachment #2.pdf › its file name`). */
export const FILE_NAME: Location = { kind: 'file-name' };

/**
 * The name as a segment for the detectors: a name in a file name is personal data the system holds, whatever the
 * file holds. `wrap` places FILE_NAME in the attachment or entry, as the delegate's wrap does for its content.
 */
export function fileNameSegment(name: EmbeddedFileName, wrap: (inner: Location) => Location): Segment | undefined {
  return name.text === '' ? undefined : makeSegment(name.text, wrap(FILE_NAME), undefined, 'field');
}
