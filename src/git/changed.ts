import { execFile } from 'node:child_process';
import { UsageError } from '../errors.js';

interface GitResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function git(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new UsageError('--changed-since needs git, and git was not found on the PATH'));
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** NUL-separated output of `git … -z`: safe for any file name (git quotes non-ASCII names otherwise). */
function splitZ(output: string): string[] {
  return output.split('\0').filter((name) => name.length > 0);
}

/**
 * Files under `root` changed since `ref` (committed, staged or not) plus untracked files not ignored by git,
 * as POSIX paths relative to `root`: the same names the walker gives. Deleted files are not listed.
 * A folder outside a git work tree or an unknown ref is a UsageError (exit 2).
 */
export async function changedFiles(root: string, ref: string): Promise<Set<string>> {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since "${ref}" is not a git ref`);
  const inside = await git(['rev-parse', '--is-inside-work-tree'], root);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    throw new UsageError(`--changed-since: "${root}" is not inside a git work tree`);
  }
  const verified = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  if (verified.code !== 0) throw new UsageError(`--changed-since: unknown git ref "${ref}" (fetch it first, e.g. git fetch origin main)`);
  const commit = verified.stdout.trim();
  const diff = await git(['diff', '--name-only', '--relative', '--diff-filter=d', '-z', commit, '--', '.'], root);
  if (diff.code !== 0) throw new UsageError(`--changed-since: git diff failed (exit ${diff.code})`);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z', '--', '.'], root);
  if (untracked.code !== 0) throw new UsageError(`--changed-since: git ls-files failed (exit ${untracked.code})`);
  return new Set([...splitZ(diff.stdout), ...splitZ(untracked.stdout)]);
}
