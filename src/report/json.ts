import type { ScanResult, Skipped } from '../scan-types.js';

/** Version of the JSON inventory layout (see README "JSON inventory"). Bump major on breaking changes. */
export const INVENTORY_SCHEMA_VERSION = '1.0';

function skippedEntry(entry: Skipped): Record<string, unknown> {
  return {
    file: entry.file,
    system: entry.system,
    reason: entry.reason,
    detail: entry.detail,
    ...(entry.partial ? { partial: true } : {}),
  };
}

/** The inventory as a plain object: counts, places and masked examples only, never raw values. */
export function inventoryObject(result: ScanResult): Record<string, unknown> {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    tool: result.tool,
    scannedAt: result.scannedAt,
    roots: result.roots,
    minConfidence: result.minConfidence,
    summary: {
      systems: result.systems.length,
      files: result.stats.files,
      bytes: result.stats.bytes,
      findings: result.stats.findings,
      skipped: result.stats.skipped,
      durationMs: Math.round(result.stats.durationMs),
    },
    systems: result.systems.map((system) => ({
      name: system.name,
      filesScanned: system.filesScanned,
      bytesScanned: system.bytesScanned,
      filesWithFindings: system.filesWithFindings,
      categories: system.categories.map((category) => ({
        category: category.category,
        occurrences: category.occurrences,
        distinctValues: category.distinctValues,
        ...(category.distinctApproximate ? { distinctApproximate: true } : {}),
        files: category.files,
        confidence: category.confidence,
        subtypes: category.subtypes,
        places: category.places.map((place) => ({
          file: place.file,
          ...(place.field === undefined ? {} : { field: place.field }),
          occurrences: place.occurrences,
        })),
        examples: category.examples,
      })),
      skipped: system.skipped.map(skippedEntry),
    })),
    skipped: result.skipped.map(skippedEntry),
  };
}

export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(inventoryObject(result), null, 2)}\n`;
}
