import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileTree } from '../../scripts/hostile/make-hostile-tree.mjs';

/** Removes a hostile tree's work folder; the unreadable file gets its permissions back first (for non-root runs). */
export function removeHostileWork(work: string | undefined, tree: HostileTree | undefined): void {
  if (!work) return;
  if (tree) {
    try {
      chmodSync(join(tree.root, 'bad/unreadable.txt'), 0o600);
    } catch {
      // already gone: nothing to give back
    }
  }
  rmSync(work, { recursive: true, force: true });
}
