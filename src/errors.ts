/** A problem with how the tool was called (bad flag, bad path). Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A problem in a configuration or inventory file, with the place it was found. Exit code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }

  /** `file:line:col: message`, the form editors and CI logs turn into links. */
  describe(): string {
    const where = [this.file, this.line, this.line !== undefined ? this.column : undefined]
      .filter((part) => part !== undefined)
      .join(':');
    return `${where}: ${this.message}`;
  }
}

/** Why a file (or part of one) could not be scanned. Stable codes; used in reports and by --fail-on-skipped. */
export type SkipReason =
  | 'encrypted'
  | 'corrupt'
  | 'too-large'
  | 'unsupported'
  | 'binary'
  | 'permission-denied'
  | 'not-regular'
  | 'outside-root'
  | 'timeout'
  | 'read-error'
  | 'limit';

/**
 * Thrown by extractors for input they understand to be unscannable. The per-file boundary in the
 * scanner turns it into a Skipped entry. `detail` must never contain file content.
 */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(
    readonly reason: SkipReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}
