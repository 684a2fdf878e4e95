import iconv from 'iconv-lite';
import { ExtractError } from '../errors.js';
import { baseName, planAttachment } from './mime/attachments.js';
import { MAX_SEGMENT_CHARS, splitLarge } from './mime/message.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './mbox.js';
import { readWhole } from './read-chunks.js';
import { outlookAddress, outlookBodyText, type RtfDecompressor } from './outlook-text.js';
import type { ExtractItem, Extractor, Location, PersonalDataCheck } from './types.js';
import { makeSegment } from './types.js';
import { embeddedFileName, fileNameSegment } from './embedded-name.js';

/**
 * Outlook's TNEF container ([MS-OXTNEF]): the `winmail.dat` (application/ms-tnef) that Outlook and Exchange attach
 * to mail sent in Outlook's rich-text format. It holds the message's real body and attachments, so a mail that
 * carries one says little without it. Read here: the sender, recipients and subject, the body (plain text, else
 * HTML, else compressed RTF), and the attachments, handed back to the pipeline as mail attachments are.
 *
 * A TNEF stream is a signature and a run of attributes (level, id, length, data, checksum); message and
 * attachment properties sit in MAPI property lists inside some of them. Every length is checked against what is
 * left before it is read: a damaged stream is read up to the damage, and the rest is reported.
 */

const SIGNATURE = 0x223e9f78;
/** Property lists longer than this are damaged or hostile. */
const MAX_PROPERTIES = 10_000;

// Attribute ids (low 16 bits of the attribute's id).
const ATT_FROM = 0x8000;
const ATT_SUBJECT = 0x8004;
const ATT_BODY = 0x800c;
const ATT_MESSAGE_PROPS = 0x9003;
const ATT_RECIPIENT_TABLE = 0x9004;
const ATT_ATTACH_START = 0x9002;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACHMENT_PROPS = 0x9005;
const ATT_OEM_CODEPAGE = 0x9007;

// MAPI property types.
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;
const PT_OBJECT = 0x000d;
const MV_FLAG = 0x1000;
const FIXED_SIZE: ReadonlyMap<number, number> = new Map([
  [0x0001, 4], [0x0002, 4], [0x0003, 4], [0x0004, 4], [0x0005, 8], [0x0006, 8], [0x0007, 8], [0x000a, 4],
  [0x000b, 4], [0x0014, 8], [0x0040, 8], [0x0048, 16],
]);

// MAPI property ids read.
const PR_SUBJECT = 0x0037;
const PR_BODY = 0x1000;
const PR_RTF_COMPRESSED = 0x1009;
const PR_BODY_HTML = 0x1013;
const PR_SENDER_NAME = 0x0c1a;
const PR_SENDER_EMAIL = 0x0c1f;
const PR_SENDER_SMTP = 0x5d01;
const PR_RECIPIENT_TYPE = 0x0c15;
const PR_DISPLAY_NAME = 0x3001;
const PR_EMAIL_ADDRESS = 0x3003;
const PR_SMTP_ADDRESS = 0x39fe;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_MIME_TAG = 0x370e;
const PR_ATTACH_DATA = 0x3701;

type Value = string | Uint8Array | number;
type Properties = Map<number, Value>;

interface Attachment {
  title?: string;
  data?: Uint8Array;
  props?: Properties;
}

interface Message {
  from?: string | undefined;
  subject?: string;
  body?: string;
  props?: Properties;
  recipients: Properties[];
  attachments: Attachment[];
  /** Why reading stopped early, when it did. */
  damage?: string;
}


class Reader {
  private at = 0;
  constructor(readonly bytes: Uint8Array, private readonly view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)) {}
  get left(): number {
    return this.bytes.length - this.at;
  }
  need(count: number): void {
    if (count < 0 || count > this.left) throw new RangeError('TNEF data cut short');
  }
  u8(): number {
    this.need(1);
    return this.view.getUint8(this.at++);
  }
  u16(): number {
    this.need(2);
    const value = this.view.getUint16(this.at, true);
    this.at += 2;
    return value;
  }
  u32(): number {
    this.need(4);
    const value = this.view.getUint32(this.at, true);
    this.at += 4;
    return value;
  }
  take(count: number): Uint8Array {
    this.need(count);
    const out = this.bytes.subarray(this.at, this.at + count);
    this.at += count;
    return out;
  }
  skip(count: number): void {
    this.need(count);
    this.at += count;
  }
}

/** Reads the attributes; stops (keeping what it has) at the first damaged one. */
function readMessage(bytes: Uint8Array): Message {
  const reader = new Reader(bytes);
  if (reader.left < 6 || reader.u32() !== SIGNATURE) throw new ExtractError('corrupt', 'no TNEF signature (not a winmail.dat, or damaged)');
  reader.u16(); // legacy key
  const message: Message = { recipients: [], attachments: [] };
  let codePage = 'windows-1252';
  let attachment: Attachment | undefined;
  try {
    while (reader.left > 0) {
      const level = reader.u8();
      const id = reader.u32() & 0xffff;
      const length = reader.u32();
      const data = reader.take(length);
      reader.u16(); // checksum: a wrong one is no reason to throw the text away
      if (level === 1) {
        if (id === ATT_SUBJECT) message.subject = string8(data, codePage);
        else if (id === ATT_BODY) message.body = string8(data, codePage);
        else if (id === ATT_FROM) message.from = tripleAddress(data, codePage);
        else if (id === ATT_MESSAGE_PROPS) message.props = properties(new Reader(data), codePage);
        else if (id === ATT_RECIPIENT_TABLE) message.recipients = recipientTable(data, codePage);
        else if (id === ATT_OEM_CODEPAGE && data.length >= 4) codePage = codePageName(new DataView(data.buffer, data.byteOffset, 4).getUint32(0, true));
      } else if (level === 2) {
        if (id === ATT_ATTACH_START) message.attachments.push((attachment = {}));
        else if (attachment === undefined) continue;
        else if (id === ATT_ATTACH_TITLE) attachment.title = string8(data, codePage);
        else if (id === ATT_ATTACH_DATA) attachment.data = data;
        else if (id === ATT_ATTACHMENT_PROPS) attachment.props = properties(new Reader(data), codePage);
      }
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    message.damage = 'damaged after its first attributes (the rest not scanned)';
  }
  return message;
}

function codePageName(codePage: number): string {
  const name = codePage === 65001 ? 'utf8' : `cp${codePage}`;
  return iconv.encodingExists(name) ? name : 'windows-1252';
}

/** A NUL-terminated 8-bit string in the message's code page. */
function string8(data: Uint8Array, codePage: string): string {
  const end = data.indexOf(0);
  return iconv.decode(Buffer.from(data.subarray(0, end < 0 ? data.length : end)), codePage);
}

/** attFrom: a TRP header, then the display name and the address (`SMTP:anna@…`), NUL-terminated. */
function tripleAddress(data: Uint8Array, codePage: string): string | undefined {
  const reader = new Reader(data);
  reader.u16(); // trpid
  reader.u16(); // cbgrtrp
  const nameLength = reader.u16();
  const addressLength = reader.u16();
  const name = string8(reader.take(nameLength), codePage);
  const address = string8(reader.take(Math.min(addressLength, reader.left)), codePage).replace(/^SMTP:/i, '');
  return outlookAddress(name, address);
}

/** A MAPI property list: count, then each property's tag, a name for named ones, and its value(s). */
function properties(reader: Reader, codePage: string): Properties {
  const out: Properties = new Map();
  const count = reader.u32();
  if (count > MAX_PROPERTIES) throw new RangeError('TNEF property list too long');
  for (let p = 0; p < count; p++) {
    const type = reader.u16();
    const id = reader.u16();
    if (id >= 0x8000) {
      reader.skip(16); // property set GUID
      const kind = reader.u32();
      if (kind === 0) reader.skip(4);
      else {
        const nameLength = reader.u32();
        reader.skip(nameLength + pad(nameLength));
      }
    }
    const baseType = type & ~MV_FLAG;
    const variable = baseType === PT_STRING8 || baseType === PT_UNICODE || baseType === PT_BINARY || baseType === PT_OBJECT;
    const values = (type & MV_FLAG) !== 0 || variable ? reader.u32() : 1;
    if (values > MAX_PROPERTIES) throw new RangeError('TNEF value list too long');
    for (let v = 0; v < values; v++) {
      if (variable) {
        const length = reader.u32();
        const data = reader.take(length);
        reader.skip(Math.min(pad(length), reader.left));
        if (v > 0 || id >= 0x8000) continue;
        if (baseType === PT_UNICODE) out.set(id, Buffer.from(data).toString('utf16le').replace(/\0+$/, ''));
        else if (baseType === PT_STRING8) out.set(id, string8(data, codePage));
        else out.set(id, baseType === PT_OBJECT && data.length > 16 ? data.subarray(16) : data);
      } else {
        const size = FIXED_SIZE.get(baseType);
        if (size === undefined) throw new RangeError(`unknown TNEF property type ${baseType}`);
        const data = reader.take(size);
        if (v === 0 && size === 4 && id < 0x8000) out.set(id, new DataView(data.buffer, data.byteOffset, 4).getUint32(0, true));
      }
    }
  }
  return out;
}

function pad(length: number): number {
  return (4 - (length % 4)) % 4;
}

function recipientTable(data: Uint8Array, codePage: string): Properties[] {
  const reader = new Reader(data);
  const rows = reader.u32();
  if (rows > MAX_PROPERTIES) throw new RangeError('TNEF recipient table too long');
  const out: Properties[] = [];
  for (let r = 0; r < rows; r++) out.push(properties(reader, codePage));
  return out;
}

function text(props: Properties | undefined, id: number): string | undefined {
  const value = props?.get(id);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function binary(props: Properties | undefined, id: number): Uint8Array | undefined {
  const value = props?.get(id);
  return value instanceof Uint8Array && value.length > 0 ? value : undefined;
}

/** Items of the TNEF stream `bytes`, located as parts of mail message 1 (as .msg files are). */
function tnefItems(bytes: Uint8Array, decompressRtf: RtfDecompressor, holdsPersonalData: PersonalDataCheck | undefined): ExtractItem[] {
  const message = readMessage(bytes);
  const out: ExtractItem[] = [];
  const header = (name: string, value: string | undefined): void => {
    if (value) out.push(makeSegment(value, { kind: 'mail', message: 1, part: 'header', header: name }, name, 'header'));
  };
  const props = message.props;
  header('From', outlookAddress(text(props, PR_SENDER_NAME), text(props, PR_SENDER_SMTP) ?? text(props, PR_SENDER_EMAIL)) ?? message.from);
  const byType = new Map<number, string[]>();
  for (const recipient of message.recipients) {
    const address = outlookAddress(text(recipient, PR_DISPLAY_NAME), text(recipient, PR_SMTP_ADDRESS) ?? text(recipient, PR_EMAIL_ADDRESS));
    if (!address) continue;
    const type = recipient.get(PR_RECIPIENT_TYPE);
    const key = typeof type === 'number' ? type : 1;
    byType.set(key, [...(byType.get(key) ?? []), address]);
  }
  for (const [type, name] of [[1, 'To'], [2, 'Cc'], [3, 'Bcc']] as const) header(name, byType.get(type)?.join(', '));
  header('Subject', text(props, PR_SUBJECT) ?? message.subject);

  const html = props?.get(PR_BODY_HTML);
  const body = outlookBodyText(
    {
      plain: text(props, PR_BODY) ?? message.body,
      html: typeof html === 'string' || html instanceof Uint8Array ? html : undefined,
      compressedRtf: binary(props, PR_RTF_COMPRESSED),
    },
    decompressRtf,
  );
  if (typeof body === 'string') {
    for (const piece of splitLarge(body, MAX_SEGMENT_CHARS)) if (piece.trim() !== '') out.push(makeSegment(piece, { kind: 'mail', message: 1, part: 'body' }, undefined, 'body'));
  } else if (body !== undefined) {
    out.push(body);
  }

  let ordinal = 0;
  for (const attachment of message.attachments) {
    const written = baseName(text(attachment.props, PR_ATTACH_LONG_FILENAME) ?? text(attachment.props, PR_ATTACH_FILENAME) ?? attachment.title ?? '') || 'attachment';
    const type = (text(attachment.props, PR_ATTACH_MIME_TAG) ?? '').toLowerCase();
    const data = attachment.data ?? binary(attachment.props, PR_ATTACH_DATA);
    if (data === undefined) continue;
    const name = embeddedFileName(written, ++ordinal, holdsPersonalData);
    const attachmentAt = (inner: Location): Location => ({ kind: 'mail', message: 1, part: 'attachment', attachment: name.shown, inner });
    const plan = planAttachment(written, type, false);
    if (plan.action === 'silent') continue;
    const segment = fileNameSegment(name, attachmentAt);
    if (segment !== undefined) out.push(segment);
    if (plan.action === 'report') {
      out.push({ kind: 'partial-skip', reason: 'unsupported', detail: `message 1: attachment "${name.shown}" (${type || 'no type'}) not scanned` });
      continue;
    }
    out.push({ kind: 'delegate', name: plan.scanAs, shownName: name.shown, bytes: data, wrap: attachmentAt });
  }
  if (message.damage) out.push({ kind: 'partial-skip', reason: 'corrupt', detail: `winmail.dat ${message.damage}` });
  return out;
}

/** Whether the bytes start with the TNEF signature. */
function looksLikeTnef(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x78 && head[1] === 0x9f && head[2] === 0x3e && head[3] === 0x22;
}

/** Loads the RTF decompressor (the .msg reader's) on the first TNEF stream. */
let rtfDecompressor: Promise<RtfDecompressor> | undefined;
function loadRtfDecompressor(): Promise<RtfDecompressor> {
  rtfDecompressor ??= import('@kenjiuno/decompressrtf').then((module) => module.decompressRTF);
  return rtfDecompressor;
}

/** `winmail.dat` files and attachments (handed on by the mail readers as `.tnef`). */
export const tnefExtractor: Extractor = {
  id: 'tnef',
  extensions: ['.tnef'],
  sniff: looksLikeTnef,
  async *extract(source, ctx): AsyncGenerator<ExtractItem> {
    const bytes = await readWhole(source, Math.min(ctx.maxBytes, DEFAULT_MAX_MESSAGE_BYTES), 'TNEF stream');
    yield* tnefItems(bytes, await loadRtfDecompressor(), ctx.holdsPersonalData);
  },
};
