import type { MessagePort } from 'node:worker_threads';
import { BUILTIN_DETECTORS } from '../detect/registry.js';
import { loadRules } from '../detect/rules/load.js';
import { Fingerprinter } from '../findings/fingerprint.js';
import type { FilePart } from '../extract/types.js';
import type { DeclaredInventory } from '../policy/declared.js';
import type { Finding, Skipped } from '../scan-types.js';
import type { SourceFile } from '../walk/types.js';
import { FileScanner, type FileOutcome } from './file-scanner.js';

/** The scan's settings; every task of a pool carries the same (see ScanPool). */
export interface WorkerSettings {
  readonly key: Uint8Array;
  readonly persistentKey: boolean;
  readonly minConfidence: 'low' | 'medium' | 'high';
  readonly maxFileSize: number;
  readonly fileTimeoutMs: number;
  readonly keepValues: boolean;
  readonly wantFindings: boolean;
  readonly timeStages?: boolean;
  readonly distinctSeed: number | undefined;
  /** See FileScannerDeps.declared. */
  readonly declared?: DeclaredInventory | undefined;
  /** See FileScannerDeps.packFindings. */
  readonly packFindings?: boolean;
}

export interface WorkerTask {
  readonly file: SourceFile;
  /** A part of the file only (see split.ts). */
  readonly part?: FilePart;
  readonly system: string;
  readonly port: MessagePort;
  readonly settings: WorkerSettings;
}

/** Messages a worker posts on a task's port; `end` is always last. */
export type WorkerMessage =
  | { readonly type: 'batch'; readonly findings: Finding[]; readonly skipped: Skipped[] }
  | { readonly type: 'end'; readonly outcome: FileOutcome };

const BATCH_SIZE = 512;
// Loaded as the thread starts, before the first task brings the settings: with this module's own loading,
// that is most of a thread's start-up, and it is the same for every scan.
const rules = loadRules();
let scanner: FileScanner | undefined;

/** Built once per thread, at its first task: rule lists and compiled detectors are reused for every file. */
function scannerFor(settings: WorkerSettings): FileScanner {
  scanner ??= new FileScanner({
    rules,
    detectors: BUILTIN_DETECTORS,
    minConfidence: settings.minConfidence,
    fingerprinter: new Fingerprinter(settings.key, settings.persistentKey),
    maxFileSize: settings.maxFileSize,
    fileTimeoutMs: settings.fileTimeoutMs,
    keepValues: settings.keepValues,
    wantFindings: settings.wantFindings,
    timeStages: settings.timeStages === true,
    distinctSeed: settings.distinctSeed,
    declared: settings.declared,
    packFindings: settings.packFindings === true,
  });
  return scanner;
}

/** Scans one file and streams its findings back in batches, so a huge file never piles up in memory. */
export default async function scanInWorker(task: WorkerTask): Promise<FileOutcome> {
  let findings: Finding[] = [];
  let skipped: Skipped[] = [];
  const flush = (): void => {
    if (findings.length === 0 && skipped.length === 0) return;
    task.port.postMessage({ type: 'batch', findings, skipped } satisfies WorkerMessage);
    findings = [];
    skipped = [];
  };
  try {
    const outcome = await scannerFor(task.settings).scan(task.file, task.system, {
      finding(finding) {
        findings.push(finding);
        if (findings.length >= BATCH_SIZE) flush();
      },
      skipped(entry) {
        skipped.push(entry);
      },
    }, task.part);
    flush();
    task.port.postMessage({ type: 'end', outcome } satisfies WorkerMessage);
    return outcome;
  } finally {
    task.port.close();
  }
}
