/** A regular file found under a scanned root. */
export interface SourceFile {
  /** Absolute, real path on disk. */
  readonly absolutePath: string;
  /** POSIX path relative to the scanned root, the name used in every report. */
  readonly relativePath: string;
  /** The root it was found under (absolute). */
  readonly root: string;
  readonly size: number;
}
