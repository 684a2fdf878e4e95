/**
 * Rewrites the declared uncompressed size in the central directory, as a zip bomb would have it: of every
 * entry, or of the entry named `only`.
 */
export function withDeclaredSize(archive: Buffer, size: number, only?: string): Buffer {
  const copy = Buffer.from(archive);
  for (let at = copy.indexOf('PK\x01\x02'); at !== -1; at = copy.indexOf('PK\x01\x02', at + 4)) {
    const name = copy.toString('utf8', at + 46, at + 46 + copy.readUInt16LE(at + 28));
    if (only === undefined || name === only) copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}
