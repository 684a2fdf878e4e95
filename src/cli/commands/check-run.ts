import { existsSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { BASELINE_FILE_NAME, loadBaseline, type Baseline } from '../../policy/baseline.js';
import { checkCollected, PolicyCollector } from '../../policy/check.js';
import { formatCheckJson, formatCheckTable, describeViolation, type CheckReportContext } from '../../report/check.js';
import { formatCheckJunit } from '../../report/junit.js';
import { formatCheckSarif } from '../../report/sarif.js';
import { EXIT_OK, EXIT_POLICY, type CliIo } from '../io.js';
import { findInventory, runCiScan } from '../ci-scan.js';
import { STDOUT_PATH } from '../options.js';
import { writeReportFile } from '../output.js';
import type { CheckFlags, CheckFormat } from './check.js';
import { useColor } from './scan.js';

const FORMAT_BY_EXTENSION: Readonly<Record<string, CheckFormat>> = { '.json': 'json', '.sarif': 'sarif', '.xml': 'junit', '.txt': 'table' };

/** `gdpr-scan check`: scans, compares with the inventory and baseline, reports; returns the exit code. */
export async function runCheck(path: string, flags: CheckFlags, io: CliIo): Promise<number> {
  // commander gives a string here: check's --format takes one value, unlike scan's.
  // `-o -`: the report on standard output, JSON unless --format says otherwise (as for scan).
  const toStdout = flags.output === STDOUT_PATH;
  const format =
    (flags.format as unknown as CheckFormat | undefined) ??
    (toStdout ? 'json' : flags.output ? FORMAT_BY_EXTENSION[extname(flags.output).toLowerCase()] : undefined) ??
    'table';
  const outputFile = flags.output && !toStdout ? resolve(io.cwd, flags.output) : undefined;
  const found = await findInventory(flags.inventory, io);
  const baselinePath = flags.baseline === false ? undefined : resolve(io.cwd, flags.baseline ?? BASELINE_FILE_NAME);
  const baseline: Baseline | undefined = baselinePath ? await loadBaseline(baselinePath, flags.baseline === undefined) : undefined;
  if (!found && !baseline) {
    throw new UsageError('no gdpr-inventory.yaml in the working directory: run "gdpr-scan init <path>" first, or pass --inventory FILE');
  }
  const show = (file: string): string => relative(io.cwd, file) || file;
  const inventoryName = found ? show(found.path) : undefined;
  const baselineName = baseline && baselinePath ? show(baselinePath) : undefined;
  if (!found) io.stderr.write('gdpr-scan: warning: no inventory; every finding must be accepted by the baseline\n');

  const outputs = [outputFile, found?.path, baselinePath].filter((p): p is string => p !== undefined);
  // The scan drops findings under its minimum confidence itself: the collector takes all it is given.
  // Findings per value are counted only where a keyed baseline may compare them.
  const collected = new PolicyCollector(found?.inventory, 'low', baseline?.keyId !== undefined);
  const run = await runCiScan(path, flags, io, outputs, collected);
  const policy = checkCollected(collected, baseline, { minConfidence: run.result.minConfidence, keyId: run.keyId, complete: run.complete });
  if (baseline?.keyId !== undefined && !policy.comparedValues) {
    io.stderr.write('gdpr-scan: warning: the baseline holds value fingerprints from another key (or no GDPR_SCAN_KEY/--key-file was given); comparing counts only\n');
  }
  const todos = found?.inventory.todos ?? [];
  const ctx: CheckReportContext = {
    color: useColor(flags, io),
    inventory: inventoryName,
    baseline: baselineName,
    todos,
    partial: !run.complete,
    toolVersion: run.result.tool.version,
  };
  const report = (which: CheckFormat, color: boolean): string => {
    switch (which) {
      case 'table':
        return formatCheckTable(policy, { ...ctx, color });
      case 'json':
        return formatCheckJson(policy, ctx);
      case 'junit':
        return formatCheckJunit(policy, run.result.systems.map((s) => s.name), inventoryName);
      case 'sarif':
        return formatCheckSarif(run.result, { root: run.root, persistentFingerprints: run.keyId !== undefined }, policy, (v, more) => describeViolation(v, inventoryName, more));
    }
  };
  if (outputFile) {
    writeReportFile(outputFile, report(format, false));
    if (!flags.quiet) io.stdout.write(formatCheckTable(policy, ctx));
  } else if (!(flags.quiet && format === 'table' && policy.violationCount === 0)) {
    io.stdout.write(report(format, ctx.color));
    if (format !== 'table' && !flags.quiet) io.stderr.write(policy.violationCount > 0 ? `gdpr-scan check: FAILED (${policy.violationCount} undeclared)\n` : 'gdpr-scan check: passed\n');
  }
  if (format !== 'table' && todos.length > 0 && !flags.quiet) {
    io.stderr.write(`gdpr-scan: warning: ${inventoryName} still has ${todos.length} TODO(s)\n`);
  }
  if (baselinePath && flags.baseline === undefined && !existsSync(baselinePath) && !flags.quiet && policy.violationCount > 0) {
    io.stderr.write(`gdpr-scan: hint: accept today's findings with "gdpr-scan baseline update ${path}" (writes ${BASELINE_FILE_NAME})\n`);
  }
  if (policy.violationCount > 0) return EXIT_POLICY;
  if (flags.requireComplete && todos.length > 0) {
    io.stderr.write(`gdpr-scan check: FAILED (--require-complete): ${todos.map((t) => `${t.system}.${t.field} (line ${t.line})`).join(', ')} still TODO\n`);
    return EXIT_POLICY;
  }
  return EXIT_OK;
}
