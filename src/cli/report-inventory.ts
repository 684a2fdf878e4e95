import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INVENTORY_FILE_NAME, loadDeclaredInventory, type DeclaredInventory } from '../policy/declared.js';
import type { ReportFormat } from '../report/registry.js';

/** Formats that show the declared inventory. */
const USES_INVENTORY: ReadonlySet<ReportFormat> = new Set<ReportFormat>(['html', 'markdown', 'register']);

/**
 * The declared inventory for the reports: `--inventory FILE` always (a broken file is a ConfigError, exit 2),
 * else `gdpr-inventory.yaml` in the working directory when it exists and a requested format shows it.
 */
export async function loadReportInventory(flag: string | undefined, cwd: string, formats: readonly ReportFormat[]): Promise<DeclaredInventory | undefined> {
  if (flag !== undefined) return loadDeclaredInventory(resolve(cwd, flag));
  if (!formats.some((format) => USES_INVENTORY.has(format))) return undefined;
  const fallback = resolve(cwd, INVENTORY_FILE_NAME);
  return existsSync(fallback) ? loadDeclaredInventory(fallback) : undefined;
}
