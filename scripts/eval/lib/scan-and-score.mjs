// Scans a labelled corpus with the built CLI (--reveal, NDJSON) and scores it against its truth.json: the last step
// of bench:accuracy:shared and bench:accuracy:blind. Returns the table's text, or undefined when the scan failed
// (reported through `step`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { scoreFiles } from '../score.mjs';

export function scanAndScore({ repo, corpus, truthPath, findingsPath, showValues, limit, step }) {
  step('scanning');
  const scan = spawnSync(process.execPath, [join(repo, 'bin', 'gdpr-scan'), 'scan', corpus, '--format', 'ndjson', '--reveal', '-o', findingsPath, '--quiet'], {
    cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  });
  if (scan.status !== 0) {
    step(`scan failed (${scan.status}): ${scan.stderr.slice(0, 500)}`);
    return undefined;
  }
  return scoreFiles({ truthPath, runs: [{ label: 'default', path: findingsPath }], showValues, limit }).text;
}
