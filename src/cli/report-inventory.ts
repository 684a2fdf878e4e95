import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INVENTORY_FILE_NAME } from '../file-names.js';
import type { DeclaredInventory } from '../policy/declared.js';
import type { ReportFormat } from '../report/registry.js';

/** Formats that show the declared inventory. */
const USES_INVENTORY: ReadonlySet<ReportFormat> = new Set<ReportFormat>(['html', 'markdown', 'register']);

/**
 * The declared inventory for the reports: `--inventory FILE` always (a broken file is a ConfigError, exit 2),
 * else `gdpr-inventory.yaml` in the working directory when it exists and a requested format shows it.
 */
export async function loadReportInventory(flag: string | undefined, cwd: string, formats: readonly ReportFormat[]): Promise<DeclaredInventory | undefined> {
  const path = flag !== undefined ? resolve(cwd, flag) : resolve(cwd, INVENTORY_FILE_NAME);
  if (flag === undefined && !(formats.some((format) => USES_INVENTORY.has(format)) && existsSync(path))) return undefined;
  // Its parser (YAML, zod) is loaded only when there is an inventory to read.
  const { loadDeclaredInventory } = await import('../policy/declared.js');
  return loadDeclaredInventory(path);
}
