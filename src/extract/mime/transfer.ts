const EQ = 0x3d;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/** Hex digit value of a byte, or -1. A table beats parseInt by an order of magnitude in this loop. */
const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[0x41 + i] = 10 + i;
  HEX[0x61 + i] = 10 + i;
}

/** Hex digit value of a character code, or -1. */
export function hexValue(code: number): number {
  return code < 256 ? HEX[code]! : -1;
}

/**
 * Decodes quoted-printable (RFC 2045 §6.7). Soft line breaks (`=` at the end of a line, possibly followed
 * by trailing blanks) are removed, so a value split across lines is joined again. A malformed `=` is kept
 * as a literal character instead of failing the part.
 */
export function decodeQuotedPrintable(input: Buffer): Buffer {
  let i = input.indexOf(EQ);
  if (i === -1) return input;
  const out = Buffer.allocUnsafe(input.length);
  input.copy(out, 0, 0, i);
  let o = i;
  const n = input.length;
  while (i < n) {
    const c = input[i]!;
    if (c !== EQ) {
      out[o++] = c;
      i++;
      continue;
    }
    const hi = i + 1 < n ? HEX[input[i + 1]!]! : -1;
    const lo = i + 2 < n ? HEX[input[i + 2]!]! : -1;
    if (hi >= 0 && lo >= 0) {
      out[o++] = (hi << 4) | lo;
      i += 3;
      continue;
    }
    // Soft line break: "=" then optional blanks then CRLF/LF (or the end of the part).
    let j = i + 1;
    while (j < n && (input[j] === SPACE || input[j] === TAB)) j++;
    if (j === n) break;
    if (input[j] === LF) {
      i = j + 1;
      continue;
    }
    if (input[j] === CR && input[j + 1] === LF) {
      i = j + 2;
      continue;
    }
    out[o++] = c;
    i++;
  }
  return out.subarray(0, o);
}

/** Decodes base64, skipping line breaks; a truncated tail decodes as far as it goes. */
export function decodeBase64(input: Buffer): Buffer {
  return Buffer.from(input.toString('latin1'), 'base64');
}

/** Decodes a part body by its Content-Transfer-Encoding; 7bit, 8bit, binary and unknown values pass through. */
export function decodeTransfer(body: Buffer, encoding: string | undefined): Buffer {
  switch (encoding) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return decodeBase64(body);
    default:
      return body;
  }
}
