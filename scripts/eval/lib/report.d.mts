// Types for report.mjs (the eval scripts are plain ESM so they run without a build).
import type { RunResult } from './match.mjs';
export declare function maskValue(category: string, value: string): string;
export declare function renderRun(label: string, result: RunResult, opts?: { showValues?: boolean; limit?: number }): string;
export declare function runSummary(result: RunResult): object;
