/** Library entry: scan programmatically and render reports. */
export { scan, type ScanOptions, type ScanEvents } from './scan.js';
export type { ScanResult, SystemInventory, CategoryInventory, Finding, Skipped } from './scan-types.js';
export type { Detector, Match, Category, Confidence } from './detect/types.js';
export type { Extractor, Segment, Location } from './extract/types.js';
export { formatJson, inventoryObject, INVENTORY_SCHEMA_VERSION } from './report/json.js';
export { formatMarkdown, formatSystemMarkdown } from './report/markdown.js';
export { formatTable } from './report/table.js';
export { loadRules } from './detect/rules/load.js';
