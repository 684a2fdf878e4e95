/**
 * Character data of Office XML parts. Only the five predefined entities and numeric references are decoded:
 * entities a DOCTYPE defines are never expanded (billion laughs), they stay as written.
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(ENTITY, (_, name: string) => {
    if (name.startsWith('#x')) return fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED[name] ?? '';
  });
}

/** A reference beyond Unicode (`&#99999999;`, only in damaged files) becomes U+FFFD instead of a RangeError. */
function fromCodePoint(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}
