import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSize, resolveRoots, walk, type WalkItem } from '../../src/walk/walk.js';
import { tempDir } from '../helpers/temp-dir.js';

let root: string;
let outside: string;

beforeAll(() => {
  const base = tempDir('gdpr-scan-walk-');
  root = join(base, 'exports');
  outside = join(base, 'secret');
  mkdirSync(join(root, 'crm', 'deep'), { recursive: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  mkdirSync(join(root, 'tmp'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(root, 'crm', 'a.csv'), 'x');
  writeFileSync(join(root, 'crm', 'deep', 'b.txt'), 'x');
  writeFileSync(join(root, 'crm', 'big.log'), 'x'.repeat(2000));
  writeFileSync(join(root, '.git', 'config'), 'x');
  writeFileSync(join(root, 'node_modules', 'x', 'index.js'), 'x');
  writeFileSync(join(root, 'tmp', 'ignored.txt'), 'x');
  writeFileSync(join(root, 'crm', 'skip.bak'), 'x');
  writeFileSync(join(root, '.gdprscanignore'), '# scratch files\ntmp/\n');
  writeFileSync(join(outside, 'passwords.txt'), 'x');
  symlinkSync(join(outside, 'passwords.txt'), join(root, 'crm', 'link-out.txt'));
  symlinkSync(outside, join(root, 'crm', 'dir-out'));
  symlinkSync(join(root, 'crm', 'a.csv'), join(root, 'crm', 'link-in.csv'));
  symlinkSync(join(root, 'crm'), join(root, 'crm', 'deep', 'loop'));
  execFileSync('mkfifo', [join(root, 'crm', 'pipe')]);
});

async function collect(options: Partial<Parameters<typeof walk>[1]> = {}): Promise<WalkItem[]> {
  const items: WalkItem[] = [];
  for await (const item of walk(await resolveRoots([root], '/'), { exclude: [], maxFileSize: 1000, ...options })) items.push(item);
  return items;
}

describe('walk', () => {
  it('yields regular files with POSIX paths relative to the root, and reports everything it passes over', async () => {
    const items = await collect({ exclude: ['**/*.bak'] });
    const files = items.flatMap((i) => (i.kind === 'file' ? [i.file.relativePath] : [])).sort();
    const skips = Object.fromEntries(items.flatMap((i) => (i.kind === 'skip' ? [[i.skip.file, i.skip.reason]] : [])));
    // link-in.csv points at a.csv inside the root: scanned once, under the file's own name.
    expect(files).toEqual(['crm/a.csv', 'crm/deep/b.txt']);
    expect(skips).toEqual({
      'crm/link-out.txt': 'outside-root',
      'crm/dir-out': 'outside-root',
      'crm/pipe': 'not-regular',
      'crm/big.log': 'too-large',
    });
  });

  it('names a file and a link to it by the file, whichever the walk meets first, on every run', async () => {
    const base = tempDir('gdpr-scan-walk-links-');
    mkdirSync(join(base, 'arkiv', '2019', 'kunder'), { recursive: true });
    writeFileSync(join(base, 'arkiv', '2019', 'kunder', 'lista.csv'), 'x');
    // The link sits at the top and sorts first: a walk meets it before the file three folders down.
    symlinkSync(join(base, 'arkiv', '2019', 'kunder', 'lista.csv'), join(base, 'a-genväg.csv'));
    symlinkSync(join(base, 'arkiv', '2019', 'kunder', 'lista.csv'), join(base, 'b-genväg.csv'));
    for (let run = 0; run < 5; run++) {
      const items: WalkItem[] = [];
      for await (const item of walk(await resolveRoots([base], '/'), { exclude: [], maxFileSize: 1000 })) items.push(item);
      expect(items.map((i) => (i.kind === 'file' ? i.file.relativePath : i.skip.file))).toEqual(['arkiv/2019/kunder/lista.csv']);
    }
    // With the file itself left out, the link is scanned in its place: the first link by name.
    const items: WalkItem[] = [];
    for await (const item of walk(await resolveRoots([base], '/'), { exclude: ['arkiv/**'], maxFileSize: 1000 })) items.push(item);
    expect(items.map((i) => (i.kind === 'file' ? i.file.relativePath : i.skip.file))).toEqual(['a-genväg.csv']);
  });

  it('never descends into .git, node_modules or paths in .gdprscanignore', async () => {
    const names = (await collect()).map((i) => (i.kind === 'file' ? i.file.relativePath : i.skip.file));
    expect(names.some((n) => n.startsWith('.git/') || n.startsWith('node_modules/') || n.startsWith('tmp/'))).toBe(false);
    expect(names).toContain('crm/skip.bak');
  });

  it('treats a file argument as a one-file scan rooted at its folder', async () => {
    const roots = await resolveRoots([join(root, 'crm', 'a.csv')], '/');
    const items: WalkItem[] = [];
    for await (const item of walk(roots, { exclude: [], maxFileSize: 1000 })) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'file', file: { relativePath: 'a.csv' } });
  });

  it('names files under several given paths with the path as given first, so equal paths stay apart', async () => {
    const base = tempDir('gdpr-scan-walk-roots-');
    for (const year of ['2023', '2024']) {
      mkdirSync(join(base, `export-${year}`, 'crm'), { recursive: true });
      writeFileSync(join(base, `export-${year}`, 'crm', 'kunder.csv'), 'x');
    }
    writeFileSync(join(base, 'export-2024', 'crm', 'huge.csv'), 'x'.repeat(2000));
    const roots = await resolveRoots(['./export-2023/', 'export-2024', 'export-2023/crm/kunder.csv'], base);
    expect(roots.map((r) => r.label)).toEqual(['export-2023', 'export-2024', 'export-2023/crm/kunder.csv']);
    const items: WalkItem[] = [];
    for await (const item of walk(roots, { exclude: [], maxFileSize: 1000 })) items.push(item);
    const files = items.flatMap((i) => (i.kind === 'file' ? [[i.file.relativePath, i.file.pathInRoot]] : []));
    // The third path is the first one's file again: scanned once, under the first name.
    expect(files.sort()).toEqual([
      ['export-2023/crm/kunder.csv', 'crm/kunder.csv'],
      ['export-2024/crm/kunder.csv', 'crm/kunder.csv'],
    ]);
    expect(items.filter((i) => i.kind === 'skip')).toEqual([
      expect.objectContaining({ skip: expect.objectContaining({ file: 'export-2024/crm/huge.csv', reason: 'too-large' }), pathInRoot: 'crm/huge.csv' }),
    ]);
  });

  it('names a given file among several paths as given', async () => {
    const base = tempDir('gdpr-scan-walk-files-');
    mkdirSync(join(base, 'a'));
    mkdirSync(join(base, 'b'));
    writeFileSync(join(base, 'a', 'x.csv'), 'x');
    writeFileSync(join(base, 'b', 'x.csv'), 'x');
    const items: WalkItem[] = [];
    for await (const item of walk(await resolveRoots(['a/x.csv', 'b/x.csv'], base), { exclude: [], maxFileSize: 1000 })) items.push(item);
    expect(items.map((i) => (i.kind === 'file' ? [i.file.relativePath, i.file.pathInRoot] : []))).toEqual([
      ['a/x.csv', 'x.csv'],
      ['b/x.csv', 'x.csv'],
    ]);
  });

  it('keeps root-relative names (no label) when one path is scanned', async () => {
    const roots = await resolveRoots([root], '/');
    expect(roots[0]?.label).toBeUndefined();
    expect((await collect()).every((i) => i.kind === 'skip' || i.file.pathInRoot === undefined)).toBe(true);
  });

  it('rejects a missing path with a usage error', async () => {
    await expect(resolveRoots(['/nonexistent/exports'], '/')).rejects.toThrow(/no such file or directory/);
  });

  it.each([
    ['2GiB', 2 * 1024 ** 3],
    ['500MB', 500 * 1024 ** 2],
    ['1048576', 1048576],
    ['1.5k', 1536],
    ['lots', undefined],
  ])('parseSize(%s) = %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
});
