import { closeSync, fchmodSync, fstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';

/** Report files hold (masked) personal-data inventories: only their owner may read them. */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

export function writeReportFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
  const fd = openReportFile(path);
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

export function openReportFile(path: string): number {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
    const fd = openSync(path, 'w', FILE_MODE);
    // The mode applies only when the file is created: an older, world-readable report is tightened. Only
    // regular files: `-o /dev/null` or a FIFO must keep their mode.
    const info = fstatSync(fd);
    if (info.isFile() && (info.mode & 0o077) !== 0) fchmodSync(fd, FILE_MODE);
    return fd;
  } catch (error) {
    throw new UsageError(`cannot write "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** File-system-safe name for a system's report, so a system called `../x` cannot write outside --out-dir. */
export function reportFileName(system: string, used: Set<string>): string {
  const base =
    system
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .toLowerCase() || 'system';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

/**
 * Streams NDJSON lines to a file descriptor with synchronous, batched writes: memory stays bounded however
 * many findings there are, and nothing is lost if the process ends right after the scan.
 */
export class LineSink {
  private buffer = '';
  constructor(
    private readonly write: (chunk: string) => void,
    private readonly flushAt = 64 * 1024,
  ) {}

  static toFile(path: string): { sink: LineSink; close: () => void } {
    const fd = openReportFile(path);
    const sink = new LineSink((chunk) => writeSync(fd, chunk));
    return { sink, close: () => { sink.flush(); closeSync(fd); } };
  }

  push(line: string): void {
    this.buffer += line;
    if (this.buffer.length >= this.flushAt) this.flush();
  }

  flush(): void {
    if (this.buffer.length > 0) {
      this.write(this.buffer);
      this.buffer = '';
    }
  }
}

