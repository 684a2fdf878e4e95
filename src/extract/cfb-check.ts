/**
 * Structural check of a Compound File ([MS-CFB], the container of Outlook .msg files) before a parser that trusts
 * it reads it. A damaged or hostile file can send a reader around a sector chain or a directory tree in a circle,
 * or far past the end of the file: @kenjiuno/msgreader then allocated until the worker ran out of memory. Every
 * chain and link is followed here once, with a bound, and the file is refused when one loops, leaves the file
 * or is shorter than the stream it carries.
 *
 * Returns undefined for a sound file, else what is wrong (for the skip report; never file content).
 */

const HEADER_BYTES = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_STREAM = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const DIRECTORY_ENTRY_BYTES = 128;
const HEADER_DIFAT_ENTRIES = 109;
const MINI_SECTOR_BYTES = 64;

export function compoundFileProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length < HEADER_BYTES) return 'shorter than a Compound File header';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  if (u32(0) !== 0xe011cfd0 || u32(4) !== 0xe11ab1a1) return 'no Compound File signature';
  if (u16(28) !== 0xfffe) return 'Compound File header damaged (byte order)';
  const shift = u16(30);
  if (shift !== 9 && shift !== 12) return 'Compound File header damaged (sector size)';
  if (u16(32) !== 6) return 'Compound File header damaged (mini sector size)';
  const sectorBytes = 1 << shift;
  const sectorCount = Math.ceil((bytes.length - sectorBytes) / sectorBytes);
  if (sectorCount <= 0) return 'Compound File without sectors';
  const sectorAt = (sector: number): number => (sector + 1) * sectorBytes;
  const idsPerSector = sectorBytes / 4;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatCount = u32(44);
  if (fatCount === 0 || fatCount > sectorCount) return 'Compound File header damaged (FAT size)';
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatCount; i++) fatSectors.push(u32(76 + i * 4));
  let difat = u32(68);
  for (let steps = 0; fatSectors.length < fatCount; steps++) {
    if (difat >= sectorCount || steps > sectorCount) return 'Compound File DIFAT chain damaged';
    const base = sectorAt(difat);
    for (let i = 0; i < idsPerSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(readId(view, base + i * 4));
    difat = readId(view, base + (idsPerSector - 1) * 4);
  }
  const fat = new Uint32Array(fatCount * idsPerSector);
  for (let k = 0; k < fatSectors.length; k++) {
    const sector = fatSectors[k]!;
    if (sector >= sectorCount) return 'Compound File FAT points outside the file';
    const base = sectorAt(sector);
    for (let i = 0; i < idsPerSector; i++) fat[k * idsPerSector + i] = readId(view, base + i * 4);
  }

  /** Sectors of the chain at `start`, or -1 when it loops or leaves the file. */
  const chainLength = (table: Uint32Array, start: number, limit: number): number => {
    let length = 0;
    for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector]!) {
      if (sector > MAX_REGULAR_SECTOR || sector >= table.length || sector >= limit || length >= limit) return -1;
      length++;
    }
    return length;
  };

  const directorySectors = chainLength(fat, u32(48), sectorCount);
  if (directorySectors <= 0) return 'Compound File directory chain damaged';
  const entryCount = (directorySectors * sectorBytes) / DIRECTORY_ENTRY_BYTES;
  const directory: number[] = [];
  for (let sector = u32(48); sector !== END_OF_CHAIN; sector = fat[sector]!) directory.push(sectorAt(sector));
  const entryAt = (index: number): number => directory[Math.floor((index * DIRECTORY_ENTRY_BYTES) / sectorBytes)]! + ((index * DIRECTORY_ENTRY_BYTES) % sectorBytes);
  const root = entryAt(0);
  if (root + DIRECTORY_ENTRY_BYTES > bytes.length || bytes[root + 66] !== 5) return 'Compound File has no root entry';

  const miniFatCount = u32(64);
  let miniFat = new Uint32Array(0);
  if (miniFatCount > 0) {
    const start = u32(60);
    if (chainLength(fat, start, sectorCount) !== miniFatCount) return 'Compound File mini FAT chain damaged';
    miniFat = new Uint32Array(miniFatCount * idsPerSector);
    let k = 0;
    for (let sector = start; sector !== END_OF_CHAIN; sector = fat[sector]!) {
      const base = sectorAt(sector);
      for (let i = 0; i < idsPerSector; i++) miniFat[k++] = readId(view, base + i * 4);
    }
  }
  const miniStreamSize = u32(root + 120);
  const miniStreamSectors = chainLength(fat, miniStreamSize === 0 ? END_OF_CHAIN : u32(root + 116), sectorCount);
  if (miniStreamSectors < 0 || miniStreamSectors * sectorBytes < miniStreamSize) return 'Compound File mini stream damaged';
  const miniSectorCount = Math.floor(miniStreamSize / MINI_SECTOR_BYTES);
  const cutoff = u32(56);

  // The directory is a tree of left/right siblings and children: each entry reached once, from the root.
  const seen = new Uint8Array(entryCount);
  const pending = [0];
  seen[0] = 1;
  while (pending.length > 0) {
    const entry = entryAt(pending.pop()!);
    if (entry + DIRECTORY_ENTRY_BYTES > bytes.length) return 'Compound File directory cut short';
    for (const link of [u32(entry + 68), u32(entry + 72), u32(entry + 76)]) {
      if (link === NO_STREAM) continue;
      if (link >= entryCount || seen[link] === 1) return 'Compound File directory links damaged';
      seen[link] = 1;
      pending.push(link);
    }
    if (bytes[entry + 66] !== 2) continue;
    const size = u32(entry + 120);
    if (size > bytes.length) return 'Compound File stream larger than the file';
    if (size === 0) continue;
    const mini = size < cutoff;
    const sectors = mini ? chainLength(miniFat, u32(entry + 116), miniSectorCount) : chainLength(fat, u32(entry + 116), sectorCount);
    if (sectors < 0 || sectors * (mini ? MINI_SECTOR_BYTES : sectorBytes) < size) return 'Compound File stream chain damaged';
  }
  return undefined;
}

/** A sector id from the file; past its end (a truncated last sector) it reads as free. */
function readId(view: DataView, at: number): number {
  return at + 4 <= view.byteLength ? view.getUint32(at, true) : FREE_SECTOR;
}
