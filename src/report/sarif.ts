import { createHash } from 'node:crypto';
import { isAbsolute, posix, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORIES, type Category, type Confidence } from '../detect/types.js';
import type { Location } from '../extract/types.js';
import { describeLocation } from '../findings/location.js';
import type { CheckedFinding, PolicyResult, Violation } from '../policy/check.js';
import type { ScanResult } from '../scan-types.js';
import { CATEGORY_LABELS, placeLabel } from './labels.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/gdpr-scan/gdpr-scan';
/** Base id of relative artifact URIs: the working directory, i.e. the repository root in CI. */
const SRCROOT = '%SRCROOT%';

const RULE_HELP: Readonly<Record<Category, string>> = {
  personnummer: 'A Swedish personal identity number (personnummer or samordningsnummer): identifies a person directly.',
  email: 'An e-mail address: usually identifies a person.',
  phone: 'A phone number: usually identifies a person.',
  ip: 'An IP address: personal data when it can be linked to a person (CJEU C-582/14 Breyer).',
  name: 'A person name.',
};

const RULE_NAMES: Readonly<Record<Category, string>> = {
  personnummer: 'Personnummer',
  email: 'EmailAddress',
  phone: 'PhoneNumber',
  ip: 'IpAddress',
  name: 'PersonName',
};

/** Stable rule id per category: `gdpr-scan/personnummer`. */
export function ruleId(category: Category): string {
  return `gdpr-scan/${category}`;
}

/** high → error, medium → warning, low → note: how sure the detector is decides how loudly viewers show it. */
export function sarifLevel(confidence: Confidence): 'error' | 'warning' | 'note' {
  return confidence === 'high' ? 'error' : confidence === 'medium' ? 'warning' : 'note';
}

export interface SarifContext {
  /**
   * The scanned folder that finding paths are relative to, as the user named it: relative to the working
   * directory (the repository root in CI) or absolute. Undefined when several folders were scanned.
   */
  readonly root: string | undefined;
  /** True when fingerprints come from a user-held key and so stay the same across runs. */
  readonly persistentFingerprints: boolean;
}

type Json = Record<string, unknown>;

/**
 * Artifact URIs are relative POSIX paths from the working directory under `%SRCROOT%` (what GitHub code
 * scanning resolves against the checkout), or absolute file URLs when the scanned folder was given absolute.
 */
function artifactLocation(ctx: SarifContext, file: string): Json {
  const root = ctx.root;
  if (root !== undefined && isAbsolute(root)) return { uri: pathToFileURL(resolve(root, file)).href };
  // Several folders scanned: paths start with each folder as given, which may be absolute.
  if (root === undefined && isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const base = root === undefined ? '' : root.split(sep).join('/');
  // A single scanned file: paths are its own name, the root is the file itself.
  const joined = base === '' ? file : posix.basename(base) === file ? base : posix.join(base, file);
  const uri = posix.normalize(joined).replace(/^\.\//, '');
  return { uri: encodeURI(uri), uriBaseId: SRCROOT };
}

/** A line in the file when the location has one a viewer can jump to (text line, CSV row). */
function regionOf(location: Location): Json | undefined {
  if (location.kind === 'line' || location.kind === 'xml') return { startLine: location.line };
  if (location.kind === 'cell') return { startLine: location.row };
  return undefined;
}

/** Location-only fingerprint: stable across line shifts, reveals nothing (paths, fields and categories only). */
export function placeFingerprint(system: string, file: string, field: string | undefined, category: Category): string {
  return createHash('sha256').update(JSON.stringify([system, file, field ?? null, category])).digest('base64url').slice(0, 22);
}

function physicalLocation(ctx: SarifContext, file: string, location: Location | undefined): Json {
  const region = location ? regionOf(location) : undefined;
  return { physicalLocation: { artifactLocation: artifactLocation(ctx, file), ...(region ? { region } : {}) } };
}

function findingResult(ctx: SarifContext, finding: CheckedFinding, text: string): Json {
  return {
    ruleId: ruleId(finding.category),
    ruleIndex: CATEGORIES.indexOf(finding.category),
    level: sarifLevel(finding.confidence),
    message: { text },
    locations: [physicalLocation(ctx, finding.file, finding.location)],
    partialFingerprints: {
      'gdprScanPlace/v1': placeFingerprint(finding.system, finding.file, finding.field, finding.category),
      ...(ctx.persistentFingerprints ? { 'gdprScanValue/v1': finding.fingerprint } : {}),
    },
    properties: {
      system: finding.system,
      category: finding.category,
      confidence: finding.confidence,
      where: describeLocation(finding.location),
      ...(finding.field === undefined ? {} : { field: finding.field }),
      masked: finding.masked,
    },
  };
}

function rules(): Json[] {
  return CATEGORIES.map((category) => ({
    id: ruleId(category),
    name: RULE_NAMES[category],
    shortDescription: { text: `${CATEGORY_LABELS[category]} (personal data)` },
    fullDescription: { text: RULE_HELP[category] },
    help: { text: `${RULE_HELP[category]} Declare it for the system in gdpr-inventory.yaml, remove it, or accept it with gdpr-scan baseline update.` },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['privacy', 'gdpr', 'personal-data'] },
  }));
}

/** `notes`: what a reader of the log must know about how it was written (shown as tool notifications). */
function sarifLog(result: Pick<ScanResult, 'tool'>, ctx: SarifContext, results: Json[], notes: readonly string[] = []): string {
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gdpr-scan', version: result.tool.version, semanticVersion: result.tool.version, informationUri: INFORMATION_URI, rules: rules() } },
        ...(notes.length > 0
          ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notes.map((text) => ({ level: 'note', message: { text } })) }] }
          : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * SARIF for a scan: one result per finding when the findings are at hand, else one per place (file ×
 * field) from the inventory. Messages carry masked values only.
 */
export function formatSarif(result: ScanResult, ctx: SarifContext, findings?: readonly CheckedFinding[]): string {
  if (findings) {
    return sarifLog(result, ctx, findings.map((f) => findingResult(ctx, f, `${CATEGORY_LABELS[f.category]} ${f.masked} in system ${f.system} (${describeLocation(f.location)}).`)));
  }
  const results: Json[] = [];
  for (const system of result.systems) {
    for (const category of system.categories) {
      const level: Confidence = category.confidence.high > 0 ? 'high' : category.confidence.medium > 0 ? 'medium' : 'low';
      for (const place of category.places) {
        results.push({
          ruleId: ruleId(category.category),
          ruleIndex: CATEGORIES.indexOf(category.category),
          level: sarifLevel(level),
          message: { text: `${place.occurrences} × ${CATEGORY_LABELS[category.category]} in system ${system.name} at ${placeLabel(place.file, place.field)}.` },
          locations: [physicalLocation(ctx, place.file, undefined)],
          partialFingerprints: { 'gdprScanPlace/v1': placeFingerprint(system.name, place.file, place.field, category.category) },
          properties: { system: system.name, category: category.category, occurrences: place.occurrences, ...(place.field === undefined ? {} : { field: place.field }) },
        });
      }
    }
  }
  return sarifLog(result, ctx, results);
}

/**
 * GitHub code scanning shows at most 5,000 results of a run and rejects a run with more than 25,000
 * (docs.github.com, "SARIF results exceed limit"): past the first, `check` writes a result per place.
 */
export const SARIF_MAX_FINDING_RESULTS = 5_000;
export const SARIF_MAX_RESULTS = 25_000;

/**
 * SARIF for `check`: one result per violation (undeclared, not baselined finding); when there are more than
 * code scanning shows, one per place (file, field, category, reason) at its first finding, with the count in
 * `properties.occurrences` and the message. `describe(v, more)`: the message, `more` other findings there.
 */
export function formatCheckSarif(
  result: Pick<ScanResult, 'tool'>,
  ctx: SarifContext,
  policy: Pick<PolicyResult, 'violations' | 'violationCount' | 'listed' | 'places'>,
  describe: (v: Violation, more: number) => string,
): string {
  const { violations, places } = policy;
  if (policy.listed && violations.length <= SARIF_MAX_FINDING_RESULTS) return sarifLog(result, ctx, violations.map((v) => findingResult(ctx, v.finding, describe(v, 0))));
  const listed = places.slice(0, SARIF_MAX_RESULTS);
  const results = listed.map(({ first, count }) => {
    const base = findingResult({ ...ctx, persistentFingerprints: false }, first.finding, describe(first, count - 1));
    return { ...base, properties: { ...(base.properties as Json), occurrences: count } };
  });
  const notes = [
    `${policy.violationCount} undeclared findings at ${places.length} places: one result per place, located at its first finding, ` +
      `with the count in properties.occurrences (code scanning shows ${SARIF_MAX_FINDING_RESULTS.toLocaleString('en')} results at most). ` +
      'gdpr-scan check --format json lists every finding.',
  ];
  if (places.length > listed.length) {
    notes.push(`${places.length - listed.length} more places are left out (code scanning refuses more than ${SARIF_MAX_RESULTS.toLocaleString('en')} results).`);
  }
  return sarifLog(result, ctx, results, notes);
}

/** The folder findings are relative to, from the roots as named: a single scanned file's own folder. */
export function sarifRoot(roots: readonly string[]): string | undefined {
  if (roots.length !== 1) return undefined;
  return roots[0];
}
