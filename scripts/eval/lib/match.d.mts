// Types for match.mjs (the eval scripts are plain ESM so they run without a build).
export type EvalCategory = 'personnummer' | 'email' | 'phone' | 'ip' | 'name';
export declare const CATEGORIES: readonly EvalCategory[];
export declare const TARGETS: Record<EvalCategory, { precision: number; recall: number }>;

export interface TruthFile {
  truth: { file: string; category: string; value: string; subtype?: string }[];
  nearMiss?: { file: string; kind: string; value: string; category?: string }[];
  fileList?: string[];
}
export interface Finding { file: string; category: string; value?: string; masked?: string; confidence?: string }
export interface Counts { tp: number; fp: number; fn: number }
export interface CategoryScore extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  target: { precision: number; recall: number };
  pass: boolean;
}
export interface Miss { file: string; value: string; norm: string; masked?: string; subtype?: string; nearMiss?: string }
export interface RunResult {
  outsideCorpus: number;
  categories: Record<EvalCategory, CategoryScore>;
  byFormat: Record<string, Partial<Record<EvalCategory, Counts>>>;
  bySystem: Record<string, Partial<Record<EvalCategory, Counts>>>;
  subtypes: Record<EvalCategory, Record<string, { tp: number; total: number }>>;
  falsePositives: Record<EvalCategory, Miss[]>;
  falseNegatives: Record<EvalCategory, Miss[]>;
  nearMissHits: Record<string, { count: number; categories: Record<string, number> }>;
}
export interface TruthIndex { readonly __brand: 'TruthIndex' }

export declare function systemOf(file: string): string;
export declare function formatOf(file: string): string;
export declare function indexTruth(truthFile: TruthFile, today?: Date): TruthIndex;
export declare function looseKey(value: string): string;
export declare function nameMatches(foundNorm: string, truthNorm: string): boolean;
export declare function ratio(num: number, den: number): number | null;
export declare function f1(precision: number | null, recall: number | null): number | null;
export declare function scoreRun(index: TruthIndex, findings: readonly Finding[], opts?: { today?: Date }): RunResult;
export declare function worst<T extends { norm: string; file: string }>(entries: readonly T[], limit?: number):
  (T & { count: number; files: string[] })[];
export declare function parseFindings(text: string): { findings: Finding[]; missingValue: number };
