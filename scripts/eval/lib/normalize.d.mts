// Types for normalize.mjs (the eval scripts are plain ESM so they run without a build).
export declare function normalizePersonnummer(value: string, today?: Date): string;
export declare function normalizePhone(value: string): string;
export declare function normalizeEmail(value: string): string;
export declare function normalizeIp(value: string): string;
export declare function normalizeName(value: string): string;
export declare function normalize(category: string, value: string, today?: Date): string;
