const FROM_ESCAPED = Buffer.from('>From ', 'latin1');
const GT = 0x3e;
const LF = 0x0a;

/**
 * Undoes mboxrd quoting: a body line `>From ` (or `>>From `, …) loses one `>`. Only touches the buffer
 * when such a line exists, which is rare, so the common path costs one indexOf.
 */
export function unescapeFromLines(buf: Buffer): Buffer {
  let at = buf.indexOf(FROM_ESCAPED);
  if (at === -1) return buf;
  const drop: number[] = [];
  while (at !== -1) {
    let lineStart = at;
    while (lineStart > 0 && buf[lineStart - 1] === GT) lineStart--;
    if (lineStart === 0 || buf[lineStart - 1] === LF) drop.push(lineStart);
    at = buf.indexOf(FROM_ESCAPED, at + FROM_ESCAPED.length);
  }
  if (drop.length === 0) return buf;
  const out = Buffer.allocUnsafe(buf.length - drop.length);
  let o = 0;
  let from = 0;
  for (const d of drop) {
    o += buf.copy(out, o, from, d);
    from = d + 1;
  }
  buf.copy(out, o, from);
  return out;
}
