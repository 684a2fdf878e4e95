import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../errors.js';
import type { Skipped } from '../scan-types.js';
import type { SourceFile } from './types.js';

export const IGNORE_FILE_NAME = '.gdprscanignore';
export const DEFAULT_EXCLUDES: readonly string[] = ['**/.git/**', '**/node_modules/**', '**/.svn/**', '**/.hg/**'];

export interface WalkOptions {
  /** Extra globs to leave out, matched against paths relative to each root. */
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  /** Absolute paths never to scan: the tool's own output files and output folders. */
  readonly outputs?: readonly string[];
}

export type WalkItem =
  | { readonly kind: 'file'; readonly file: SourceFile }
  | { readonly kind: 'skip'; readonly skip: Skipped; readonly pathInRoot?: string };

/** A path the user named, resolved: a directory to walk, or a single file (its folder is the root). */
export interface ScanRoot {
  readonly root: string;
  readonly single?: string;
  /**
   * With several paths scanned: the path as the user gave it (POSIX, without `./` or a trailing slash), put
   * before every file's path in reports. Without it, `crm/kunder.csv` under two roots would count as one file.
   */
  readonly label?: string;
}

export async function resolveRoots(paths: readonly string[], cwd: string): Promise<ScanRoot[]> {
  const roots: ScanRoot[] = [];
  const labelled = paths.length > 1;
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new UsageError(`cannot scan "${given}": no such file or directory`);
    }
    const real = await realpath(absolute);
    const label = labelled ? rootLabel(given) : undefined;
    const named = label === undefined ? {} : { label };
    if (info.isDirectory()) roots.push({ root: real, ...named });
    else if (info.isFile()) roots.push({ root: dirname(real), single: real, ...named });
    else throw new UsageError(`cannot scan "${given}": not a regular file or directory`);
  }
  return roots;
}

/** `./exports/2023/` → `exports/2023`; `.` (the working directory) → `.`. */
function rootLabel(given: string): string {
  const posix = toPosix(given).replace(/\/+$/, '').replace(/^(\.\/)+/, '');
  return posix === '' ? (given.startsWith('/') ? '/' : '.') : posix;
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function loadIgnoreFile(root: string): Promise<Ignore | undefined> {
  try {
    return ignore().add(await readFile(resolve(root, IGNORE_FILE_NAME), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Every regular file under the roots, as a stream. Symbolic links are followed only when they point to a
 * regular file inside the same root (otherwise reported as skipped); directories behind links are never
 * entered, so link loops cannot hang the walk. FIFOs, sockets and devices are reported, never opened.
 */
export async function* walk(roots: readonly ScanRoot[], options: WalkOptions): AsyncGenerator<WalkItem> {
  const seen = new Set<string>();
  const outputs = new Set(options.outputs ?? []);
  for (const { root, single, label } of roots) {
    if (single) {
      yield* classify(root, single, options, seen, outputs, label === undefined ? undefined : { label, single: true });
      continue;
    }
    const ignoreFile = await loadIgnoreFile(root);
    const stream = fg.stream('**', {
      cwd: root,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      ignore: [...DEFAULT_EXCLUDES, ...options.exclude],
      suppressErrors: true,
      unique: true,
    });
    const labelled = label === undefined ? undefined : { label, single: false };
    // Symbolic links wait until the folder's own files are walked: a file and a link to it are then always scanned
    // under the file's name, whichever the (concurrent) walk meets first. Reports do not change from run to run.
    const links: string[] = [];
    for await (const entry of stream) {
      const rel = String(entry);
      if (rel === IGNORE_FILE_NAME) continue;
      if (ignoreFile?.ignores(rel)) continue;
      yield* classify(root, resolve(root, rel), options, seen, outputs, labelled, links);
    }
    for (const link of links.sort()) yield* classify(root, link, options, seen, outputs, labelled);
  }
}

async function* classify(
  root: string,
  absolutePath: string,
  options: WalkOptions,
  seen: Set<string>,
  outputs: ReadonlySet<string>,
  labelled: { readonly label: string; readonly single: boolean } | undefined,
  deferredLinks?: string[],
): AsyncGenerator<WalkItem> {
  const pathInRoot = toPosix(relative(root, absolutePath)) || basename(absolutePath);
  // Among several given paths, a given file is named as given, and a file in a given folder folder first.
  const relativePath = labelled === undefined ? pathInRoot : labelled.single ? labelled.label : `${labelled.label}/${pathInRoot}`;
  const inRoot = labelled === undefined ? {} : { pathInRoot };
  const skip = (reason: Skipped['reason'], detail: string): WalkItem => ({
    kind: 'skip',
    skip: { file: relativePath, root, reason, detail },
    ...inRoot,
  });
  let info;
  try {
    info = await lstat(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // vanished while walking
    yield skip(code === 'EACCES' || code === 'EPERM' ? 'permission-denied' : 'read-error', `cannot stat (${code ?? 'error'})`);
    return;
  }
  if (info.isDirectory()) return;
  let target = absolutePath;
  if (info.isSymbolicLink() && deferredLinks !== undefined) {
    deferredLinks.push(absolutePath);
    return;
  }
  if (info.isSymbolicLink()) {
    let real: string;
    try {
      real = await realpath(absolutePath);
      info = await stat(real);
    } catch (error) {
      const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
      yield skip('read-error', loop ? 'symbolic link loop (not followed)' : 'broken symbolic link');
      return;
    }
    if (!isInside(root, real)) {
      yield skip('outside-root', 'symbolic link to a place outside the scanned folder (not followed)');
      return;
    }
    if (info.isDirectory()) return; // its target is inside the root and walked there
    target = real;
  }
  if (!info.isFile()) {
    yield skip('not-regular', 'not a regular file (FIFO, socket or device)');
    return;
  }
  // The tool's own reports (a file, or everything under --out-dir) are never scanned.
  if (seen.has(target) || [...outputs].some((output) => isInside(output, target))) return;
  seen.add(target);
  if (info.size > options.maxFileSize) {
    yield skip('too-large', `too large (${formatBytes(info.size)}; limit ${formatBytes(options.maxFileSize)}, --max-file-size)`);
    return;
  }
  yield { kind: 'file', file: { absolutePath: target, relativePath, root, size: info.size, ...inRoot } };
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Parses `2GiB`, `500MB`, `1048576` into bytes (binary units; MB is read as MiB). */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text);
  if (!match) return undefined;
  const power = ['', 'k', 'm', 'g', 't'].indexOf((match[2] ?? '').toLowerCase());
  return Math.round(Number(match[1]) * 1024 ** power);
}
