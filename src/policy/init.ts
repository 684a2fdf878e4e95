import { dirname, posix } from 'node:path';
import { CATEGORIES, type Category } from '../detect/types.js';
import type { FileTallyData } from '../inventory/file-tally.js';
import type { ScanResult } from '../scan-types.js';
import { fieldKey, NO_FIELD } from './baseline.js';
import type { CheckedFinding } from './check.js';
import { LEGAL_BASES, TRANSFER_SAFEGUARDS } from './declared-schema.js';

/** More distinct fields or folders than this, and the starter entry allows the category anywhere instead. */
const MAX_LISTED = 25;

const HEADER = `# gdpr-inventory.yaml: the declared record of processing (GDPR Article 30) that \`gdpr-scan check\` enforces.
#
# Written by \`gdpr-scan init\` from what a scan FOUND, which is not the same as what is ALLOWED: review every
# entry, remove what should not be there (and delete that data), and replace each TODO. \`gdpr-scan check\`
# warns while TODOs remain and fails on them with --require-complete.
#
# Per system:
#   name                 the system as gdpr-scan names it: the first folder under the scanned folder, or a
#                        name mapped in gdpr-scan.config.yaml
#   purpose              why the personal data is processed (Art. 30(1)(b))
#   legalBasis           Art. 6(1): ${LEGAL_BASES.join(' | ')}
#   dataSubjects         categories of people (Art. 30(1)(c)), e.g. customers, employees
#   categories           personal data the system may hold (${CATEGORIES.join(', ')}). A bare category
#                        allows it anywhere in the system; { category, paths, fields } only in files matching
#                        \`paths\` (globs relative to the scanned folder) and/or fields matching \`fields\` (CSV
#                        column, JSON path such as tickets[].requester.email, header:From; * = any run without
#                        a dot, ** = anything, case ignored). Anything found elsewhere fails \`gdpr-scan check\`.
#   retention            how long it is kept (Art. 30(1)(f)): an ISO-8601 duration such as P3Y or P18M, or a
#                        sentence ("until the contract ends, then 7 years for bookkeeping")
#   recipients           who the data is disclosed to (Art. 30(1)(d))
#   processors           processors acting for you (Art. 28): a name, or { name, country, dpa: true }
#   transfersOutsideEEA  { country, safeguard, recipient } with safeguard one of
#                        ${TRANSFER_SAFEGUARDS.join(', ')}
version: 1
# controller: your organisation (name and contact details, Art. 30(1)(a))
systems:`;

interface Usage {
  occurrences: number;
  readonly files: Set<string>;
  readonly fields: Set<string>;
  /** Folders of files where the category appears in free text (no field). */
  readonly folders: Set<string>;
}

const q = (text: string): string => JSON.stringify(text);
const list = (items: Iterable<string>): string => `[${[...items].sort().map(q).join(', ')}]`;

/**
 * What was found per system and category (occurrences, files, fields, free-text folders), counted as the
 * findings arrive: a starter inventory needs these sets, not the findings themselves.
 */
export class FoundUsage {
  readonly usage = new Map<string, Map<Category, Usage>>();
  findings = 0;

  add(finding: CheckedFinding): void {
    this.findings++;
    const use = this.useOf(finding.system, finding.category);
    use.occurrences++;
    this.place(use, finding.file, finding.field);
  }

  /**
   * A file's (or part's) tally: the same counts without a record per finding, so `init` scans as fast as
   * `scan` (the 200 MB bench corpus: 10.3 s with 1.4 million findings passed on, as long as a scan with this).
   */
  addTally(system: string, file: string, tally: FileTallyData): void {
    for (const category of CATEGORIES) {
      const counted = tally[category];
      if (!counted || counted.occurrences === 0) continue;
      this.findings += counted.occurrences;
      const use = this.useOf(system, category);
      use.occurrences += counted.occurrences;
      // FileTally counts free text (no field) under ''.
      for (const field of Object.keys(counted.fields)) this.place(use, file, field === '' ? undefined : field);
    }
  }

  private useOf(system: string, category: Category): Usage {
    let byCategory = this.usage.get(system);
    if (!byCategory) this.usage.set(system, (byCategory = new Map()));
    let use = byCategory.get(category);
    if (!use) byCategory.set(category, (use = { occurrences: 0, files: new Set(), fields: new Set(), folders: new Set() }));
    return use;
  }

  private place(use: Usage, file: string, rawField: string | undefined): void {
    use.files.add(file);
    const field = fieldKey(rawField);
    if (field === NO_FIELD) use.folders.add(folderGlob(file));
    else use.fields.add(field);
  }

  /** System × category pairs found. */
  get entries(): number {
    let count = 0;
    for (const byCategory of this.usage.values()) count += byCategory.size;
    return count;
  }
}

/**
 * A starter inventory declaring what was found today, per system and category, restricted to the fields
 * (and, for free text, the folders) it was found in, with TODOs for what only a person can say.
 */
export function starterInventory(result: ScanResult, found: FoundUsage | readonly CheckedFinding[]): string {
  const usage = new Map<string, Map<Category, Usage>>();
  for (const system of result.systems) usage.set(system.name, new Map());
  const counted = found instanceof FoundUsage ? found : countUsage(found);
  for (const [system, byCategory] of counted.usage) usage.set(system, byCategory);
  const lines = [HEADER];
  if (usage.size === 0) lines.push('  []  # nothing was scanned; add systems by hand');
  for (const [system, byCategory] of [...usage].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `  - name: ${q(system)}`,
      `    purpose: "TODO: why ${system.replace(/["\\]/g, '')} holds personal data"`,
      '    legalBasis: TODO',
      '    dataSubjects: ["TODO: e.g. customers"]',
      '    retention: "TODO: e.g. P3Y"',
      '    recipients: []',
      '    processors: []',
      '    transfersOutsideEEA: []',
    );
    if (byCategory.size === 0) {
      lines.push('    categories: []  # no personal data found');
      continue;
    }
    lines.push('    categories:');
    for (const category of CATEGORIES) {
      const use = byCategory.get(category);
      if (!use) continue;
      lines.push(`      # found ${use.occurrences} times in ${use.files.size} file${use.files.size === 1 ? '' : 's'}`);
      if (use.fields.size > MAX_LISTED || use.folders.size > MAX_LISTED) {
        lines.push(`      - ${category}  # in too many places to list: allowed anywhere in this system`);
        continue;
      }
      if (use.fields.size > 0) lines.push(`      - category: ${category}`, `        fields: ${list(use.fields)}`);
      if (use.folders.size > 0) lines.push(`      - category: ${category}  # in free text`, `        paths: ${list(use.folders)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function countUsage(findings: readonly CheckedFinding[]): FoundUsage {
  const usage = new FoundUsage();
  for (const finding of findings) usage.add(finding);
  return usage;
}

/** `zendesk/notes/2024.txt` → `zendesk/notes/**`: new files in the same folder are covered too. */
function folderGlob(file: string): string {
  const dir = dirname(file);
  return dir === '.' ? file : posix.join(dir, '**');
}
