// Just enough MIME encoding to write realistic mail: encoded-words, quoted-printable with soft line breaks,
// base64 bodies, HTML with entities.
import iconv from 'iconv-lite';

const NON_ASCII = /[^\x00-\x7f]/;

export function hasNonAscii(s) {
  return NON_ASCII.test(s);
}

/** RFC 2047 encoded-word; `charset` utf-8 or iso-8859-1, `mode` B or Q. */
export function encodedWord(text, { charset = 'UTF-8', mode = 'B' } = {}) {
  const bytes = charset === 'UTF-8' ? Buffer.from(text) : iconv.encode(text, 'latin1');
  if (mode === 'B') return `=?${charset}?B?${bytes.toString('base64')}?=`;
  let out = '';
  for (const b of bytes) {
    if (b === 0x20) out += '_';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) out += String.fromCharCode(b);
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `=?${charset}?Q?${out}?=`;
}

/** Quoted-printable (UTF-8), lines ≤ 76 with `=` soft breaks that may fall inside a value. */
export function quotedPrintable(text, eol) {
  const out = [];
  for (const line of text.split('\n')) {
    let cur = '';
    const bytes = Buffer.from(line);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      let enc;
      if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last)) enc = String.fromCharCode(b);
      else enc = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + enc.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += enc;
    }
    out.push(cur);
  }
  return out.join(eol);
}

export function base64Body(bytes, eol) {
  const b64 = Buffer.from(bytes).toString('base64');
  return (b64.match(/.{1,76}/g) ?? []).join(eol);
}

const ENTITIES = { å: '&aring;', ä: '&auml;', ö: '&ouml;', Å: '&Aring;', Ä: '&Auml;', Ö: '&Ouml;', é: '&eacute;' };

export function toHtml(text, { entities = false } = {}) {
  let s = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  if (entities) s = s.replace(/[åäöÅÄÖé]/g, (c) => ENTITIES[c] ?? c);
  const paras = s.split(/\n{2,}/).map((p) => `<p>${p.replaceAll('\n', '<br>\n')}</p>`);
  return `<html><head><meta charset="utf-8"><style>p{margin:0}</style></head><body>\n`
    + `<div class="WordSection1">${paras.join('\n')}</div>\n</body></html>`;
}
