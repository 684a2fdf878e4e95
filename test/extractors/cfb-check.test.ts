import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { compoundFileProblem } from '../../src/extract/cfb-check.js';
import { msgExtractor } from '../../src/extract/msg.js';
import { extractBytes, FORMATS } from './collect.js';

// Damaged and hostile Compound Files, made from the .msg fixture: every one must be refused by the check (or read
// whole), never send the parser around a loop or out of memory.
const ORIGINAL = readFileSync(join(FORMATS, 'msg/reklamation.msg'));

function layout(bytes: Buffer): { sectorBytes: number; fatAt: number; directoryAt: number; directorySector: number } {
  const sectorBytes = 1 << bytes.readUInt16LE(30);
  const fatSector = bytes.readUInt32LE(76);
  const directorySector = bytes.readUInt32LE(48);
  return { sectorBytes, fatAt: (fatSector + 1) * sectorBytes, directoryAt: (directorySector + 1) * sectorBytes, directorySector };
}

function mutated(change: (bytes: Buffer, at: ReturnType<typeof layout>) => void): Buffer {
  const bytes = Buffer.from(ORIGINAL);
  change(bytes, layout(bytes));
  return bytes;
}

describe('compoundFileProblem', () => {
  it('passes the fixture and every .msg the generator writes', () => {
    expect(compoundFileProblem(ORIGINAL)).toBeUndefined();
    expect(compoundFileProblem(readFileSync(join(FORMATS, 'msg/adressandring.msg')))).toBeUndefined();
  });

  it.each([
    ['a directory chain that loops', (b: Buffer, at: ReturnType<typeof layout>) => b.writeUInt32LE(at.directorySector, at.fatAt + 4 * at.directorySector), /directory chain/],
    ['a FAT sector outside the file', (b: Buffer) => b.writeUInt32LE(0x00ffffff, 76), /FAT points outside/],
    ['no FAT at all', (b: Buffer) => b.writeUInt32LE(0, 44), /FAT size/],
    ['a child link back to the root', (b: Buffer, at: ReturnType<typeof layout>) => {
      const child = b.readUInt32LE(at.directoryAt + 76);
      b.writeUInt32LE(0, at.directoryAt + child * 128 + 76);
    }, /directory links/],
    ['a stream larger than the file', (b: Buffer, at: ReturnType<typeof layout>) => {
      for (let i = 1; i < 16; i++) {
        const entry = at.directoryAt + i * 128;
        if (b[entry + 66] === 2) return b.writeUInt32LE(0x7fffffff, entry + 120);
      }
    }, /larger than the file/],
    ['a big sector size', (b: Buffer) => b.writeUInt16LE(20, 30), /sector size/],
    ['a wrong byte order mark', (b: Buffer) => b.writeUInt16LE(0xfeff, 28), /byte order/],
  ])('refuses %s', (_name, change, problem) => {
    expect(compoundFileProblem(mutated(change))).toMatch(problem);
  });

  it('refuses a file cut short', () => {
    expect(compoundFileProblem(ORIGINAL.subarray(0, 300))).toMatch(/shorter than/);
    expect(compoundFileProblem(ORIGINAL.subarray(0, Math.floor(ORIGINAL.length / 2)))).toBeDefined();
  });
});

describe('the msg extractor on 400 randomly damaged copies of the fixture', () => {
  it('reads each one or refuses it as corrupt, quickly, and never fails otherwise', async () => {
    let seed = 20261124;
    const random = (below: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % below;
    };
    const outcomes = { read: 0, corrupt: 0 };
    for (let round = 0; round < 400; round++) {
      const bytes = Buffer.from(ORIGINAL);
      // Headers, FAT and directory live in the first sectors; the rest is stream data.
      const region = round % 4 === 0 ? bytes.length : 4096;
      for (let k = 0, n = 1 + random(4); k < n; k++) bytes[random(region)] = random(256);
      const started = performance.now();
      try {
        await extractBytes(msgExtractor, 'x.msg', bytes);
        outcomes.read++;
      } catch (error) {
        expect(error, `round ${round}`).toBeInstanceOf(ExtractError);
        expect((error as ExtractError).reason).toBe('corrupt');
        outcomes.corrupt++;
      }
      expect(performance.now() - started, `round ${round}`).toBeLessThan(1000);
    }
    expect(outcomes.read + outcomes.corrupt).toBe(400);
    expect(outcomes.corrupt).toBeGreaterThan(0);
  });
});
