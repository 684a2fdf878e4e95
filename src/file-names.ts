/** Files the tool looks for by name; a module of its own so that command definitions (help texts) load nothing else. */
export const INVENTORY_FILE_NAME = 'gdpr-inventory.yaml';
export const BASELINE_FILE_NAME = 'gdpr-baseline.json';
export const DEFAULT_CACHE_FILE = '.gdpr-scan-cache';
