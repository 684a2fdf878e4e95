import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { changedFiles } from '../../src/git/changed.js';
import { tempDir } from '../helpers/temp-dir.js';

function repo(): string {
  const dir = tempDir('gdpr-git-');
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.invalid');
  git('config', 'user.name', 'Test');
  mkdirSync(join(dir, 'exports/crm'), { recursive: true });
  writeFileSync(join(dir, 'exports/crm/old.csv'), 'a\n');
  writeFileSync(join(dir, 'exports/crm/same.csv'), 'b\n');
  writeFileSync(join(dir, '.gitignore'), 'ignored.txt\n');
  git('add', '.');
  git('commit', '-qm', 'base');
  writeFileSync(join(dir, 'exports/crm/old.csv'), 'a changed\n');
  writeFileSync(join(dir, 'exports/crm/ny fil å.txt'), 'new\n');
  writeFileSync(join(dir, 'exports/ignored.txt'), 'x\n');
  return dir;
}

describe('changedFiles', () => {
  it('lists modified and untracked files relative to the scanned folder, not ignored or unchanged ones', async () => {
    const dir = repo();
    expect([...(await changedFiles(join(dir, 'exports'), 'HEAD'))].sort()).toEqual(['crm/ny fil å.txt', 'crm/old.csv']);
  });

  it('names an unknown ref and a folder outside git as usage errors', async () => {
    const dir = repo();
    await expect(changedFiles(join(dir, 'exports'), 'no-such-branch')).rejects.toThrow(/unknown git ref "no-such-branch"/);
    await expect(changedFiles(join(dir, 'exports'), '--output=x')).rejects.toBeInstanceOf(UsageError);
    await expect(changedFiles(tempDir('gdpr-nogit-'), 'HEAD')).rejects.toThrow(/not inside a git work tree/);
  });
});
