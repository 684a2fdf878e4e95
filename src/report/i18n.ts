import type { Category, Confidence } from '../detect/types.js';
import type { SkipReason } from '../errors.js';

/** Languages of human-readable reports (HTML, register, CSV headers). JSON and SARIF stay language-neutral. */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The report language: the flag wins, else the POSIX locale variables in their precedence order
 * (LC_ALL overrides LC_MESSAGES overrides LANG). `sv`, `sv_SE.UTF-8`, `sv-FI` → Swedish; anything else English.
 */
export function resolveLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag !== undefined) return flag.toLowerCase().startsWith('sv') ? 'sv' : 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^sv(?:[_.@-]|$)/i.test(locale) ? 'sv' : 'en';
}

/** Categories that need extra care: the personnummer (Dataskyddslag 2018:218, 3 kap. 10 §). */
export const SENSITIVE_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['personnummer']);

const EN = {
  categoryName: {
    personnummer: 'Personnummer',
    email: 'E-mail address',
    phone: 'Phone number',
    ip: 'IP address',
    name: 'Person name',
  } satisfies Record<Category, string>,
  reasonName: {
    encrypted: 'encrypted',
    corrupt: 'corrupt',
    'too-large': 'too large',
    unsupported: 'unsupported type',
    binary: 'binary',
    'permission-denied': 'permission denied',
    'not-regular': 'not a regular file',
    'outside-root': 'link outside the scanned folder',
    timeout: 'timed out',
    'read-error': 'read error',
    limit: 'limit reached',
  } satisfies Record<SkipReason, string>,
  title: 'Personal-data inventory',
  overview: 'Overview',
  contents: 'Contents',
  system: 'System',
  systems: 'Systems',
  category: 'Category',
  categories: 'Categories',
  file: 'File',
  field: 'Field',
  files: 'Files',
  occurrences: 'Occurrences',
  distinctValues: 'Distinct values',
  distinctEstimated: 'Distinct values estimated',
  confidence: 'Confidence',
  confidenceHigh: 'Confidence high',
  confidenceMedium: 'Confidence medium',
  confidenceLow: 'Confidence low',
  confidenceLevels: 'high / medium / low',
  confidenceName: { low: 'low', medium: 'medium', high: 'high' } satisfies Record<Confidence, string>,
  examples: 'Examples (masked)',
  whereItOccurs: 'Where it occurs',
  reason: 'Reason',
  detail: 'Detail',
  partlyScanned: 'partly scanned',
  skippedFiles: 'Skipped files',
  noneSkipped: 'No files were skipped.',
  noFindings: 'No personal data found.',
  sensitive: 'sensitive',
  sensitiveNote: 'Highlighted categories need extra care (personnummer: Dataskyddslagen 3 kap. 10 §).',
  matrixNote: 'Occurrences / distinct values per system and category.',
  chartTitle: (system: string) => `Occurrences per category in ${system}`,
  chartDesc: (parts: string) => `Bar chart: ${parts}.`,
  morePlaces: (n: number) => `… ${n} more places (see the JSON or CSV report)`,
  scannedLine: (when: string, version: string, minConfidence: string) =>
    `Scanned ${when} by gdpr-scan ${version} (minimum confidence: ${minConfidence}).`,
  summaryLine: (files: string, bytes: string, systems: string, findings: string, skipped: string) =>
    `${files} files (${bytes}) in ${systems} systems, ${findings} findings, ${skipped} skipped.`,
  systemLine: (files: string, bytes: string, withData: string, skipped: string) =>
    `${files} files scanned (${bytes}), ${withData} with personal data, ${skipped} skipped.`,
  maskedNote: 'Examples are masked; the report contains no raw values. It is still an inventory of personal data: store it accordingly.',
  sortHint: 'Click a column heading to sort.',
  // Article 30 register
  register: 'Record of processing (Article 30)',
  registerNote: 'The declared inventory (gdpr-inventory.yaml) compared with what the scan found.',
  noDeclaredInventory: 'No declared inventory (gdpr-inventory.yaml) was given.',
  purpose: 'Purpose',
  legalBasis: 'Legal basis',
  retention: 'Retention',
  recipients: 'Recipients',
  dataSubjects: 'Data subjects',
  processors: 'Processors',
  transfersOutsideEEA: 'Transfers outside the EEA',
  notDeclared: 'not declared',
  declared: 'Declared',
  found: 'Found',
  status: 'Status',
  statusOk: 'declared and found',
  statusMissing: 'declared, not found',
  statusUndeclared: 'found, NOT declared',
  outsideDeclaredPlaces: (n: string) => `${n} outside the declared files/fields`,
  legalBasisName: {
    consent: 'consent (Art. 6(1)(a))',
    contract: 'contract (Art. 6(1)(b))',
    'legal-obligation': 'legal obligation (Art. 6(1)(c))',
    'vital-interests': 'vital interests (Art. 6(1)(d))',
    'public-task': 'public task (Art. 6(1)(e))',
    'legitimate-interests': 'legitimate interests (Art. 6(1)(f))',
  } as Readonly<Record<string, string>>,
  systemNotDeclared: 'This system is not in the declared inventory.',
  systemNotScanned: 'Declared, but no files of this system were scanned.',
  yes: 'yes',
  no: 'no',
  generatedBy: (version: string) => `Generated by gdpr-scan ${version}.`,
};

export type Labels = typeof EN;

const SV: Labels = {
  categoryName: {
    personnummer: 'Personnummer',
    email: 'E-postadress',
    phone: 'Telefonnummer',
    ip: 'IP-adress',
    name: 'Personnamn',
  },
  reasonName: {
    encrypted: 'krypterad',
    corrupt: 'skadad',
    'too-large': 'för stor',
    unsupported: 'filtypen stöds inte',
    binary: 'binär',
    'permission-denied': 'åtkomst nekad',
    'not-regular': 'inte en vanlig fil',
    'outside-root': 'länk utanför den skannade mappen',
    timeout: 'tidsgränsen nåddes',
    'read-error': 'läsfel',
    limit: 'gräns nådd',
  },
  title: 'Förteckning över personuppgifter',
  overview: 'Översikt',
  contents: 'Innehåll',
  system: 'System',
  systems: 'System',
  category: 'Kategori',
  categories: 'Kategorier',
  file: 'Fil',
  field: 'Fält',
  files: 'Filer',
  occurrences: 'Förekomster',
  distinctValues: 'Unika värden',
  distinctEstimated: 'Unika värden uppskattade',
  confidence: 'Säkerhet',
  confidenceHigh: 'Säkerhet hög',
  confidenceMedium: 'Säkerhet medel',
  confidenceLow: 'Säkerhet låg',
  confidenceLevels: 'hög / medel / låg',
  confidenceName: { low: 'låg', medium: 'medel', high: 'hög' },
  examples: 'Exempel (maskerade)',
  whereItOccurs: 'Var de förekommer',
  reason: 'Orsak',
  detail: 'Detalj',
  partlyScanned: 'delvis skannad',
  skippedFiles: 'Överhoppade filer',
  noneSkipped: 'Inga filer hoppades över.',
  noFindings: 'Inga personuppgifter hittades.',
  sensitive: 'känslig',
  sensitiveNote: 'Markerade kategorier kräver särskild försiktighet (personnummer: dataskyddslagen 3 kap. 10 §).',
  matrixNote: 'Förekomster / unika värden per system och kategori.',
  chartTitle: (system) => `Förekomster per kategori i ${system}`,
  chartDesc: (parts) => `Stapeldiagram: ${parts}.`,
  morePlaces: (n) => `… ytterligare ${n} platser (se JSON- eller CSV-rapporten)`,
  scannedLine: (when, version, minConfidence) => `Skannad ${when} med gdpr-scan ${version} (lägsta säkerhet: ${minConfidence}).`,
  summaryLine: (files, bytes, systems, findings, skipped) =>
    `${files} filer (${bytes}) i ${systems} system, ${findings} träffar, ${skipped} överhoppade.`,
  systemLine: (files, bytes, withData, skipped) =>
    `${files} filer skannade (${bytes}), ${withData} med personuppgifter, ${skipped} överhoppade.`,
  maskedNote: 'Exemplen är maskerade; rapporten innehåller inga råa värden. Den är ändå en förteckning över personuppgifter: förvara den därefter.',
  sortHint: 'Klicka på en kolumnrubrik för att sortera.',
  register: 'Register över behandlingar (artikel 30)',
  registerNote: 'Den deklarerade förteckningen (gdpr-inventory.yaml) jämförd med vad skanningen hittade.',
  noDeclaredInventory: 'Ingen deklarerad förteckning (gdpr-inventory.yaml) angavs.',
  purpose: 'Ändamål',
  legalBasis: 'Rättslig grund',
  retention: 'Lagringstid',
  recipients: 'Mottagare',
  dataSubjects: 'Registrerade',
  processors: 'Personuppgiftsbiträden',
  transfersOutsideEEA: 'Överföring utanför EES',
  notDeclared: 'ej angivet',
  declared: 'Deklarerad',
  found: 'Hittad',
  status: 'Status',
  statusOk: 'deklarerad och hittad',
  statusMissing: 'deklarerad, inte hittad',
  statusUndeclared: 'hittad, INTE deklarerad',
  outsideDeclaredPlaces: (n) => `${n} utanför deklarerade filer/fält`,
  legalBasisName: {
    consent: 'samtycke (art. 6.1 a)',
    contract: 'avtal (art. 6.1 b)',
    'legal-obligation': 'rättslig förpliktelse (art. 6.1 c)',
    'vital-interests': 'grundläggande intressen (art. 6.1 d)',
    'public-task': 'uppgift av allmänt intresse (art. 6.1 e)',
    'legitimate-interests': 'berättigat intresse (art. 6.1 f)',
  },
  systemNotDeclared: 'Systemet finns inte i den deklarerade förteckningen.',
  systemNotScanned: 'Deklarerat, men inga filer från systemet skannades.',
  yes: 'ja',
  no: 'nej',
  generatedBy: (version) => `Skapad av gdpr-scan ${version}.`,
};

const LABELS: Readonly<Record<Lang, Labels>> = { en: EN, sv: SV };

export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}

/** Numbers as the language writes them (12 345 in Swedish, 12,345 in English). */
export function numberFormatter(lang: Lang): (n: number) => string {
  const format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB');
  return (n) => format.format(n);
}
