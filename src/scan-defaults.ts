/** Scan limits shared by the library and the CLI's flag handling; a module of its own so that reading them loads nothing. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 ** 3;
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;
/** Large mailboxes and logs are cut into parts of about this size for the worker threads (engine/split.ts). */
export const PART_BYTES = 32 * 1024 * 1024;
