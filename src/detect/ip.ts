import { isIPv6 } from 'node:net';
import type { Segment } from '../extract/types.js';
import { codeAt, columnKind, isDigitCode, isWordCode, wordBefore } from './context.js';
import { classifyV4, classifyV6, formatV6, groupsOf, isHexCode, parseOctets, type Subtype } from './ip-address.js';
import type { Confidence, DetectContext, Detector, Match } from './types.js';

/**
 * IPv4 and IPv6 addresses. An address identifies a customer's connection or device, so it is personal data in
 * the hands of a service that can link it to an account.
 *
 * Not reported: loopback (127.0.0.0/8, ::1), unspecified (0.0.0.0, ::), multicast, broadcast and other reserved
 * ranges (netmasks such as 255.255.255.0 live there) — they never point at a person's device. IPv4 octets with
 * leading zeros (`010.001.002.003`) are rejected: software never prints addresses that way, serials and versions
 * do. Version strings (`v2.14.3.1`, `Chrome/120.0.6099.109`, `version 1.2.3.4`), OIDs (`1.3.6.1.4.1`) and
 * anything inside a longer dotted run are not addresses.
 *
 * Private and link-local ranges ARE reported (medium): they identify devices on a customer's network.
 * Documentation ranges (RFC 5737, 2001:db8::/32) are reported as low: they appear in examples, not in traffic.
 */

/** Words that make a dotted quad a version or an object identifier. */
const NOT_ADDRESS_WORDS = ['version', 'versionen', 'versioner', 'versionerna', 'versionsnummer', 'appversion', 'appversionen', 'ver', 'build', 'firmware', 'release', 'v', 'oid'];
/** `running firmware 5.20.9.100, latest 1.10.3.28`: the newest version, right before the quad (not `senaste IP: …`). */
const LATEST_WORDS = ['latest', 'senaste', 'newest', 'nyaste'];
const MAX_IPV6 = 45; // "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255".length

const CONFIDENCE: Record<Subtype, Confidence> = {
  public: 'high',
  private: 'medium',
  shared: 'medium',
  'link-local': 'medium',
  documentation: 'low',
};

/** Longest key read before `=` or `:` for isVersionKey (`firmware_version`). */
const MAX_VERSION_KEY = 24;
// `"app": "3.1.2.141"`, `os=10.0.19045.3570`: an app's, SDK's, OS's or firmware's short key holds its version.
const VERSION_KEY = /(?:version|build|release|firmware|(?:^|[_.-])(?:ver|app|sdk|os|fw))$/i;

/**
 * `app_version=5.10.0.183`, `build: 7.3.1.2207`, `"appVersion": "4.12.3.1"`: a key=value or JSON field whose key
 * ends in a version word (NOT_ADDRESS_WORDS reads whole words only, and `_` or a capital joins these into one).
 */
function isVersionKey(text: string, start: number): boolean {
  let i = start - 1;
  let code = codeAt(text, i);
  if (code === 34 || code === 39) code = codeAt(text, --i);
  while (code === 32) code = codeAt(text, --i);
  if (code !== 61 && code !== 58) return false;
  let keyEnd = i;
  code = codeAt(text, keyEnd - 1);
  if (code === 34 || code === 39) keyEnd--;
  let from = keyEnd;
  while (from > 0 && keyEnd - from < MAX_VERSION_KEY && isWordCode(codeAt(text, from - 1))) from--;
  return from < keyEnd && VERSION_KEY.test(text.slice(from, keyEnd));
}

/** Field names repeat cell after cell: the answer is kept per name (bounded, as fieldKind's cache is). */
const versionFields = new Map<string, boolean>();

function isVersionField(segment: Segment): boolean {
  const field = segment.hints?.field;
  if (field === undefined || field.length > MAX_VERSION_KEY) return false;
  let version = versionFields.get(field);
  if (version === undefined) {
    version = VERSION_KEY.test(field.replace(/[\s_.-]+/g, '_'));
    if (versionFields.size >= 10_000) versionFields.clear();
    versionFields.set(field, version);
  }
  return version;
}

/*
 * Scanning is split into small hot loops (nextQuadDot, nextV6Seed) that only look at a few characters per dot or
 * colon, and per-candidate functions that run rarely. Small loops are optimised by V8 within the first few
 * kilobytes; one big function took ~100 ms to compile on a busy machine and ran interpreted meanwhile.
 */

/**
 * End of a dotted quad whose first dot is at `dot`: `.d{1,3}.d{1,3}.` and one to three digits (as many as there
 * are), or -1. This is all of the quad but its first octet, checked before anything else is looked at.
 */
function quadEnd(text: string, dot: number): number {
  let i = dot + 1;
  for (let part = 0; part < 3; part++) {
    const first = i;
    while (i < first + 3 && isDigitCode(codeAt(text, i))) i++;
    if (i === first) return -1;
    if (part === 2) return i;
    if (text.charCodeAt(i) !== 46) return -1;
    i++;
  }
  return -1;
}

/**
 * The next dot at or after `from` that can be a quad's first dot: a digit (at or after `resume`, where the
 * previous candidate ended) before it and the rest of a quad after it. Sentence dots, prices, dates and two- or
 * three-part versions (`Firefox/120.0`) fail at once, before any slicing.
 */
function nextQuadDot(text: string, from: number, resume: number): number {
  for (let dot = text.indexOf('.', from); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot - 1 >= resume && isDigitCode(text.charCodeAt(dot - 1)) && quadEnd(text, dot) >= 0) return dot;
  }
  return -1;
}

/**
 * Appends the IPv4 addresses in `text` to `out`; dotted quads inside IPv6, versions and OIDs are skipped.
 * Candidates are found as a regex `\d{1,3}(\.\d{1,3}){3}` scanning from `resume` would find them: a quad starts
 * at most three digits before its first dot, and the first such dot gives the leftmost quad.
 */
function findV4(text: string, out: Match[], reason: string | undefined): void {
  let resume = 0;
  for (let dot = nextQuadDot(text, 0, 0); dot >= 0; dot = nextQuadDot(text, Math.max(dot + 1, resume), resume)) {
    resume = examineV4(text, dot, resume, out, reason);
  }
}

/** Checks the quad whose first dot is at `dot`; returns where the search resumes. */
function examineV4(text: string, dot: number, resume: number, out: Match[], reason: string | undefined): number {
  const end = quadEnd(text, dot);
  let start = dot - 1;
  while (start > dot - 3 && start > resume && isDigitCode(text.charCodeAt(start - 1))) start--;
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  // Part of a longer dotted run (an OID, a four-part version with a long part): skip the whole run.
  if (isWordCode(after) || (after === 46 && isDigitCode(codeAt(text, end + 1)))) return skipDotted(text, end);
  if (isWordCode(before) || before === 46) return end; // v1.2.3.4, x.1.2.3.4
  if (before === 45 && isWordCode(codeAt(text, start - 2)) && !isDigitCode(codeAt(text, start - 2))) return end; // app-1.2.3.4
  if (before === 47 && codeAt(text, start - 2) !== 47) return end; // Chrome/120.0.1.2 (but http://1.2.3.4)
  if (before === 58 && insideIPv6(text, start)) return end; // ::ffff:1.2.3.4 is reported as IPv6
  const octets = parseOctets(text, start, end);
  if (!octets) return end;
  const subtype = classifyV4(octets);
  if (!subtype || isNetworkAddress(text, end, octets) || wordBefore(text, start, NOT_ADDRESS_WORDS, 12) || wordBefore(text, start, LATEST_WORDS, 8) || isVersionKey(text, start)) return end;
  out.push(matchOf(start, end, text.slice(start, end), octets.join('.'), subtype, 'ipv4', reason));
  return end;
}

/**
 * `10.30.16.0` (a subnet column of a call-quality export), `192.168.12.128/25`: a network, not a device's address.
 * A host address ending in `.0` exists only in networks larger than /24, and is rare.
 */
function isNetworkAddress(text: string, end: number, octets: readonly number[]): boolean {
  if (octets[3] === 0) return true;
  // A block of one address (`/32`) is that address.
  return text.charCodeAt(end) === 47 /* / */ && isDigitCode(text.charCodeAt(end + 1)) && !text.startsWith('32', end + 1);
}

function skipDotted(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isDigitCode(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
  return i;
}

/** `…:1.2.3.4` where the colon belongs to an IPv6 address (two or more colons in the hex run before it). */
function insideIPv6(text: string, start: number): boolean {
  let colons = 0;
  for (let i = start - 1; i >= 0 && start - i <= MAX_IPV6; i--) {
    const code = text.charCodeAt(i);
    if (code === 58) colons++;
    else if (!isHexCode(code)) break;
  }
  return colons >= 2;
}

/** The next colon at or after `from` with a hex digit or colon on both sides: where an IPv6 address may sit. */
function nextV6Seed(text: string, from: number): number {
  for (let colon = text.indexOf(':', from); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const next = codeAt(text, colon + 1);
    const previous = codeAt(text, colon - 1);
    if ((next === 58 || isHexCode(next)) && (previous === 58 || isHexCode(previous))) return colon;
  }
  return -1;
}

/** Finds IPv6 addresses from each `::` or `hex:hex` and grows over hex digits, colons and a dotted IPv4 tail. */
function findV6(text: string, out: Match[], reason: string | undefined): void {
  for (let colon = nextV6Seed(text, 0); colon >= 0; ) colon = nextV6Seed(text, examineV6(text, colon, out, reason));
}

/** Grows the candidate around the seed colon and reports it if it is an address; returns where the search resumes. */
function examineV6(text: string, colon: number, out: Match[], reason: string | undefined): number {
  // Colons seen while growing, and whether two stood together: without `::` or six colons the run cannot be
  // an address (plausibleV6), so times (10:15:30) and `Label:value` pairs are dropped without another pass.
  let colons = 1;
  let pair = codeAt(text, colon + 1) === 58 || codeAt(text, colon - 1) === 58;
  let start = colon;
  while (start > 0 && colon - start < MAX_IPV6) {
    const code = text.charCodeAt(start - 1);
    if (code === 58) {
      colons++;
      if (codeAt(text, start - 2) === 58) pair = true;
    } else if (!isHexCode(code)) {
      break;
    }
    start--;
  }
  // `Remote:2001:db8::1`: the hex tail of a word glued on by a colon is not the first group.
  if (isWordCode(codeAt(text, start - 1))) start = text.indexOf(':', start) + 1;
  // `address:fe80::1`: a single leading colon is the label's.
  if (text.charCodeAt(start) === 58 && text.charCodeAt(start + 1) !== 58) start++;
  let end = colon + 1;
  while (end < text.length && end - start < MAX_IPV6 + 1) {
    const code = text.charCodeAt(end);
    if (code === 58) {
      colons++;
      if (codeAt(text, end + 1) === 58) pair = true;
    } else if (!(isHexCode(code) || code === 46)) {
      break;
    }
    end++;
  }
  // A sentence-ending dot or colon after the address ("från 2001:db8::1." / "adress fe80::1:") is not part of it.
  while (end > colon + 1 && text.charCodeAt(end - 1) === 46) end--;
  if (text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--;
  if ((pair || colons >= 6) && !isWordCode(codeAt(text, start - 1)) && !isWordCode(codeAt(text, end)) && plausibleV6(text, start, end)) {
    reportV6(text, start, end, out, reason);
  }
  return end + 1;
}

function reportV6(text: string, start: number, end: number, out: Match[], reason: string | undefined): void {
  const candidate = text.slice(start, end);
  if (!isIPv6(candidate)) return;
  const groups = groupsOf(candidate);
  const kind = classifyV6(groups);
  if (kind) out.push(matchOf(start, end, candidate, formatV6(groups, kind.mappedV4), kind.subtype, 'ipv6', reason));
}

/**
 * Full eight-group form, or `::` compression with a digit somewhere: `std::vector`-like words and `dead::beef`
 * pass node's syntax check but are not addresses; times (10:15:30) and MAC addresses lack `::` and eight groups.
 */
function plausibleV6(text: string, start: number, end: number): boolean {
  let colons = 0;
  let doubleColon = false;
  let digit = false;
  let dot = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 58) {
      colons++;
      if (i + 1 < end && text.charCodeAt(i + 1) === 58) doubleColon = true;
    } else if (code === 46) {
      dot = true;
    } else if (isDigitCode(code)) {
      digit = true;
    }
  }
  if (doubleColon) return digit && end - start > 2;
  return colons === 7 || (colons === 6 && dot);
}

function matchOf(
  start: number,
  end: number,
  value: string,
  normalized: string,
  subtype: Subtype,
  family: 'ipv4' | 'ipv6',
  reason: string | undefined,
): Match {
  const reasons = [family, `range:${subtype}`];
  let confidence = CONFIDENCE[subtype];
  if (reason) {
    reasons.push(reason);
    if (confidence === 'medium') confidence = 'high';
  }
  return { start, end, value, normalized, confidence, reasons, subtype };
}

const NONE: Match[] = [];

export const ipDetector: Detector = {
  id: 'ip',
  category: 'ip',
  description: 'IPv4 and IPv6 addresses (not loopback, unspecified, multicast or reserved ranges)',
  detect(segment: Segment, ctx: DetectContext): Match[] {
    const text = segment.text;
    const hasDot = text.indexOf('.') >= 0;
    const hasColon = text.indexOf(':') >= 0;
    if (!hasDot && !hasColon) return NONE;
    const reason = columnKind(segment, ctx.rules) === 'ip' ? 'column:ip' : undefined;
    const matches: Match[] = [];
    // `"appVersion": "5.11.0.171"` as a JSON or XML field, `App version` as a column: a version's dotted quad.
    if (hasDot && !(reason === undefined && isVersionField(segment))) findV4(text, matches, reason);
    if (hasColon) findV6(text, matches, reason);
    return matches.length > 1 ? matches.sort((a, b) => a.start - b.start) : matches;
  },
};
