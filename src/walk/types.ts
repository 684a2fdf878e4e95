/** A regular file found under a scanned root. */
export interface SourceFile {
  /** Absolute, real path on disk. */
  readonly absolutePath: string;
  /**
   * POSIX path relative to the scanned root, the name used in every report. When several paths are scanned
   * at once it starts with the path as the user gave it (`export-2023/crm/kunder.csv`), so that equal paths
   * under different roots stay different files.
   */
  readonly relativePath: string;
  /** The path relative to the root without that prefix, when there is one: what system rules are matched to. */
  readonly pathInRoot?: string;
  /** The root it was found under (absolute). */
  readonly root: string;
  readonly size: number;
}
