import type MsgReaderModule from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { ExtractError } from '../errors.js';
import { compoundFileProblem } from './cfb-check.js';
import { baseName, planAttachment } from './mime/attachments.js';
import { decodeEncodedWords } from './mime/encoded-words.js';
import { parseHeaders } from './mime/headers.js';
import { MAX_SEGMENT_CHARS, personalHeaderName, splitLarge } from './mime/message.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './mbox.js';
import { isOle } from './ooxml.js';
import { readWhole } from './read-chunks.js';
import { outlookAddress, outlookBodyText, type RtfDecompressor } from './outlook-text.js';
import type { ExtractItem, Extractor, Location, PersonalDataCheck } from './types.js';
import { makeSegment } from './types.js';
import { embeddedFileName, fileNameSegment, type EmbeddedFileName } from './embedded-name.js';

type MsgReaderClass = typeof MsgReaderModule.default;

/** The Outlook reader (~0.7 MB of code with its own iconv-lite) is loaded on the first .msg, so start-up stays fast. */
let outlookLibraries: Promise<{ MsgReader: MsgReaderClass; decompressRTF: RtfDecompressor }> | undefined;
function loadOutlookLibraries(): Promise<{ MsgReader: MsgReaderClass; decompressRTF: RtfDecompressor }> {
  outlookLibraries ??= Promise.all([import('@kenjiuno/msgreader'), import('@kenjiuno/decompressrtf')]).then(([reader, rtf]) => {
    // CommonJS with the class on `default`: Node's ESM loader hands over the module object, a bundler the class.
    const module = reader as unknown as { default: MsgReaderClass | { default: MsgReaderClass } };
    const MsgReader = typeof module.default === 'function' ? module.default : module.default.default;
    return { MsgReader, decompressRTF: rtf.decompressRTF };
  });
  return outlookLibraries;
}

/** Headers the MAPI properties give (sender, recipients, subject): not taken again from the transport headers. */
const FROM_PROPERTIES = new Set(['from', 'to', 'cc', 'bcc', 'subject']);

/**
 * Outlook messages saved as `.msg` (drag-and-drop from Outlook, case systems that archive mail): sender,
 * recipients and subject from the message's properties, the other personal headers (Received, Reply-To …)
 * from the transport headers a received message keeps, the body (plain text, else HTML, else compressed RTF),
 * and every attachment handed back to the pipeline as mail attachments are (an attached `.msg` included).
 * Locations are those of a one-message mailbox, so reports read alike for `.eml` and `.msg`.
 *
 * The Compound File and property parsing is @kenjiuno/msgreader's.
 */
export const msgExtractor: Extractor = {
  id: 'msg',
  extensions: ['.msg'],
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    const bytes = await readWhole(source, Math.min(ctx.maxBytes, DEFAULT_MAX_MESSAGE_BYTES), 'Outlook message');
    if (!isOle(bytes)) throw new ExtractError('corrupt', 'no Compound File header (not an Outlook .msg file, or damaged)');
    // The parser trusts the file's sector chains; a damaged one made it allocate until the worker died.
    const problem = compoundFileProblem(bytes);
    if (problem !== undefined) throw new ExtractError('corrupt', `damaged Outlook message: ${problem}`);
    const { MsgReader, decompressRTF } = await loadOutlookLibraries();
    let reader: InstanceType<MsgReaderClass>;
    let fields: FieldsData;
    try {
      reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      fields = reader.getFileData();
    } catch (error) {
      // The parser's message may quote the file: only the exception's name goes into the report.
      throw new ExtractError('corrupt', `unreadable Outlook message (${(error as Error).name ?? 'error'})`);
    }
    if (fields.error !== undefined) throw new ExtractError('corrupt', 'unreadable Outlook message');
    // Every Outlook item has a message class; another Compound File (an old .doc or .xls renamed) has none.
    if (fields.dataType !== 'msg' || stringProperty(fields.messageClass) === undefined) {
      throw new ExtractError('corrupt', 'no Outlook message properties (another Compound File format, such as an old .doc, renamed?)');
    }
    yield* messageItems(reader, fields, decompressRTF, ctx.holdsPersonalData);
  },
};

function* messageItems(reader: InstanceType<MsgReaderClass>, fields: FieldsData, decompressRTF: RtfDecompressor, holdsPersonalData: PersonalDataCheck | undefined): Generator<ExtractItem> {
  const messageId = stringProperty(fields.messageId)?.trim().replace(/^<|>$/g, '') || undefined;
  const at = (part: 'header' | 'body', header?: string): Location =>
    header === undefined ? withId({ kind: 'mail', message: 1, part }, messageId) : withId({ kind: 'mail', message: 1, part, header }, messageId);

  const sender = outlookAddress(stringProperty(fields.senderName), stringProperty(fields.senderSmtpAddress) ?? stringProperty(fields.senderEmail));
  if (sender !== undefined) yield makeSegment(sender, at('header', 'From'), 'From', 'header');
  for (const [type, header] of [['to', 'To'], ['cc', 'Cc'], ['bcc', 'Bcc']] as const) {
    const list = (fields.recipients ?? [])
      .filter((recipient) => (recipient.recipType ?? 'to') === type)
      .map((recipient) => outlookAddress(stringProperty(recipient.name), stringProperty(recipient.smtpAddress) ?? stringProperty(recipient.email)))
      .filter((text): text is string => text !== undefined);
    if (list.length > 0) yield makeSegment(list.join(', '), at('header', header), header, 'header');
  }
  const subject = stringProperty(fields.subject);
  if (subject) yield makeSegment(subject, at('header', 'Subject'), 'Subject', 'header');
  const headers = stringProperty(fields.headers);
  if (headers) {
    for (const field of parseHeaders(Buffer.from(headers, 'utf8'))) {
      const header = personalHeaderName(field.key);
      if (header === undefined || FROM_PROPERTIES.has(field.key) || field.value === '') continue;
      yield makeSegment(decodeEncodedWords(field.value), at('header', header), header, 'header');
    }
  }

  yield* contactItems(fields, messageId);

  const body = outlookBodyText(
    {
      plain: stringProperty(fields.body),
      html: stringProperty(fields.bodyHtml) ?? (fields.html instanceof Uint8Array ? fields.html : undefined),
      compressedRtf: fields.compressedRtf instanceof Uint8Array ? fields.compressedRtf : undefined,
    },
    decompressRTF,
  );
  if (typeof body === 'string') {
    const location = at('body');
    for (const text of splitLarge(body, MAX_SEGMENT_CHARS)) if (text.trim() !== '') yield makeSegment(text, location, undefined, 'body');
  } else if (body !== undefined) {
    yield body;
  }

  const encrypted = isEncrypted(fields.messageClass);
  let ordinal = 0;
  for (const attachment of fields.attachments ?? []) {
    const name = embeddedFileName(writtenName(attachment), ++ordinal, holdsPersonalData);
    yield* attachmentItems(reader, attachment, messageId, encrypted, name);
  }
}

/**
 * The properties of an Outlook contact (`IPM.Contact`) that name or reach the person, by their MAPI names, which
 * rules/columns.yaml knows (givenName + surname join into one person, as Förnamn + Efternamn do).
 */
const CONTACT_PROPERTIES = [
  'givenName', 'middleName', 'surname', 'fileUnder', 'email1DisplayName', 'email1EmailAddress',
  'mobileTelephoneNumber', 'homeTelephoneNumber', 'businessTelephoneNumber', 'businessFaxNumber', 'companyName',
] as const;

function* contactItems(fields: FieldsData, messageId: string | undefined): Generator<ExtractItem> {
  let record: Record<string, string> | undefined;
  for (const name of CONTACT_PROPERTIES) {
    const value = stringProperty(fields[name]);
    if (value !== undefined && value.trim() !== '') (record ??= {})[name] = value;
  }
  if (record === undefined) return;
  for (const [name, value] of Object.entries(record)) {
    yield makeSegment(value, withId({ kind: 'mail', message: 1, part: 'header', header: name }, messageId), name, 'field', record);
  }
}

/** `IPM.Note.SMIME` is encrypted; `IPM.Note.SMIME.MultipartSigned` only signed, its MIME body an attachment. */
function isEncrypted(messageClass: string | undefined): boolean {
  const lower = (stringProperty(messageClass) ?? '').toLowerCase();
  return lower.startsWith('ipm.note.smime') && !lower.startsWith('ipm.note.smime.multipartsigned');
}

/**
 * One attachment's items: its name as a segment (embedded-name.ts), then the attachment handed on or reported; for
 * a logo in the signature or a signature file, nothing.
 */
function* attachmentItems(reader: InstanceType<MsgReaderClass>, attachment: FieldsData, messageId: string | undefined, encrypted: boolean, name: EmbeddedFileName): Generator<ExtractItem> {
  const item = attachmentItem(reader, attachment, messageId, encrypted, name);
  if (item === undefined) return;
  const segment = fileNameSegment(name, (inner) => withId({ kind: 'mail', message: 1, part: 'attachment', attachment: name.shown, inner }, messageId));
  if (segment !== undefined) yield segment;
  yield item;
}

/** What to do with one attachment: hand it on, report it, or (a logo in the signature, a signature file) nothing. */
function attachmentItem(reader: InstanceType<MsgReaderClass>, attachment: FieldsData, messageId: string | undefined, encrypted: boolean, name: EmbeddedFileName): ExtractItem | undefined {
  const written = writtenName(attachment);
  const shown = name.shown;
  const type = (stringProperty(attachment.attachMimeTag) ?? '').toLowerCase().trim();
  if (encrypted) return { kind: 'partial-skip', reason: 'encrypted', detail: `message 1: encrypted content (${shown}) not scanned` };
  let scanAs: string | undefined;
  if (attachment.innerMsgContent) scanAs = written.toLowerCase().endsWith('.msg') ? written : `${written}.msg`;
  // A signed message keeps its whole MIME body (text and attachments) in one `multipart/signed` attachment.
  else if (type === 'multipart/signed') scanAs = `${written}.eml`;
  else {
    const plan = planAttachment(written, type, stringProperty(attachment.pidContentId) !== undefined || attachment.attachmentHidden === true);
    if (plan.action === 'silent') return undefined;
    if (plan.action === 'delegate') scanAs = plan.scanAs;
  }
  if (scanAs === undefined) {
    return { kind: 'partial-skip', reason: 'unsupported', detail: `message 1: attachment "${shown}" (${type || 'no type'}) not scanned` };
  }
  let bytes: Uint8Array;
  try {
    bytes = reader.getAttachment(attachment).content;
  } catch (error) {
    return { kind: 'partial-skip', reason: 'corrupt', detail: `message 1: attachment "${shown}" unreadable (${(error as Error).name ?? 'error'})` };
  }
  if (!(bytes instanceof Uint8Array)) return { kind: 'partial-skip', reason: 'corrupt', detail: `message 1: attachment "${shown}" unreadable` };
  return {
    kind: 'delegate',
    name: scanAs,
    shownName: shown,
    bytes,
    wrap: (inner: Location): Location => withId({ kind: 'mail', message: 1, part: 'attachment', attachment: shown, inner }, messageId),
  };
}

function writtenName(attachment: FieldsData): string {
  return baseName(stringProperty(attachment.fileName) ?? stringProperty(attachment.fileNameShort) ?? stringProperty(attachment.name) ?? '') || 'attachment';
}

/** A string property, or undefined: in a damaged file a property's type bits may say number or binary. */
function stringProperty(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function withId(location: Extract<Location, { kind: 'mail' }>, messageId: string | undefined): Location {
  return messageId === undefined ? location : { ...location, messageId };
}
