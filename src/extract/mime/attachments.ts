/** Extensions another extractor can read when a mail hands an attachment back to the pipeline. */
const SUPPORTED_EXTENSIONS = new Set([
  '.csv', '.tsv', '.txt', '.log', '.md', '.text', '.json', '.ndjson', '.jsonl', '.docx', '.docm', '.xlsx', '.xlsm', '.pdf',
  '.eml', '.msg', '.rtf', '.odt', '.ods', '.xml', '.html', '.htm', '.xhtml', '.zip', '.tnef', '.vcf', '.vcard', '.ics', '.ical',
  '.gz', '.tgz', '.tar', '.bgmax', '.bgm',
]);

/** Content types that name a supported format when the file name does not. */
const EXTENSION_BY_TYPE = new Map<string, string>([
  ['text/csv', '.csv'],
  ['text/comma-separated-values', '.csv'],
  ['application/csv', '.csv'],
  ['text/tab-separated-values', '.tsv'],
  ['text/plain', '.txt'],
  ['text/markdown', '.md'],
  ['application/json', '.json'],
  ['application/x-ndjson', '.ndjson'],
  ['application/ndjson', '.ndjson'],
  ['application/pdf', '.pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.xlsx'],
  ['application/rtf', '.rtf'],
  ['text/rtf', '.rtf'],
  ['application/xml', '.xml'],
  ['text/xml', '.xml'],
  ['text/html', '.html'],
  ['application/xhtml+xml', '.xhtml'],
  ['application/vnd.oasis.opendocument.text', '.odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', '.ods'],
  ['application/vnd.ms-outlook', '.msg'],
  ['application/ms-tnef', '.tnef'],
  ['application/vnd.ms-tnef', '.tnef'],
  ['application/zip', '.zip'],
  ['text/calendar', '.ics'],
  ['text/vcard', '.vcf'],
  ['text/x-vcard', '.vcf'],
  ['text/directory', '.vcf'],
  ['application/x-zip-compressed', '.zip'],
  ['application/gzip', '.gz'],
  ['application/x-gzip', '.gz'],
  ['application/x-tar', '.tar'],
  ['application/x-gtar', '.tar'],
  ['message/rfc822', '.eml'],
  ['message/global', '.eml'],
]);

/**
 * Parts passed over without a PartialSkip: detached signatures and keys carry no customer text. Inline
 * images (logos, signature pictures referenced from the HTML) are handled by the caller.
 */
const SILENT_TYPES = new Set([
  'application/pgp-signature',
  'application/pkcs7-signature',
  'application/x-pkcs7-signature',
  'application/pgp-keys',
]);

const PATH_SEPARATORS = /^.*[\\/]/;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** The file name without any directory part a mailer left in it ("C:\\Users\\x\\lista.csv"). */
export function baseName(name: string): string {
  return name.replace(PATH_SEPARATORS, '').trim();
}

/** How an attachment is handled: handed to the pipeline under `scanAs`, skipped quietly, or reported. */
export type AttachmentPlan =
  | { readonly action: 'delegate'; readonly scanAs: string; readonly asText: boolean }
  | { readonly action: 'silent' }
  | { readonly action: 'report' };

/**
 * Decides what to do with an attachment named `name` (already defaulted) of content type `type`.
 * The extension decides first (mailers often send CSV as application/octet-stream), then the type.
 * Other text/* types (vCard, iCalendar) are scanned as plain text: they are full of names and addresses.
 */
export function planAttachment(name: string, type: string, inline: boolean): AttachmentPlan {
  const ext = extensionOf(name);
  if (type === 'message/rfc822' || type === 'message/global') {
    return { action: 'delegate', scanAs: ext === '.eml' ? name : `${name}.eml`, asText: false };
  }
  if (SUPPORTED_EXTENSIONS.has(ext)) return { action: 'delegate', scanAs: name, asText: false };
  const byType = EXTENSION_BY_TYPE.get(type);
  if (byType !== undefined) return { action: 'delegate', scanAs: `${name}${byType}`, asText: false };
  if (type.startsWith('text/')) return { action: 'delegate', scanAs: `${name}.txt`, asText: true };
  if (SILENT_TYPES.has(type)) return { action: 'silent' };
  if (inline && (type.startsWith('image/') || type.startsWith('audio/') || type.startsWith('video/'))) {
    return { action: 'silent' };
  }
  return { action: 'report' };
}
