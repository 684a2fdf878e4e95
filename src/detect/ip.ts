import { isIPv6 } from 'node:net';
import type { Segment } from '../extract/types.js';
import { codeAt, columnKind, isDigitCode, isWordCode, wordBefore } from './context.js';
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

const IPV4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g;
/** Words that make a dotted quad a version or an object identifier. */
const NOT_ADDRESS_WORDS = ['version', 'ver', 'build', 'firmware', 'release', 'v', 'oid'];
const MAX_IPV6 = 45; // "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255".length

type Subtype = 'public' | 'private' | 'shared' | 'link-local' | 'documentation';

const CONFIDENCE: Record<Subtype, Confidence> = {
  public: 'high',
  private: 'medium',
  shared: 'medium',
  'link-local': 'medium',
  documentation: 'low',
};

function parseOctets(text: string): number[] | undefined {
  const parts = text.split('.');
  const octets: number[] = [];
  for (const part of parts) {
    if (part.length > 1 && part.charCodeAt(0) === 48) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    octets.push(value);
  }
  return octets;
}

/** undefined = not personal data (loopback, unspecified, multicast, reserved); see the file comment. */
function classifyV4(o: readonly number[]): Subtype | undefined {
  const [a = 0, b = 0, c = 0] = o;
  if (a === 0 || a === 127 || a >= 224) return undefined;
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'shared'; // carrier-grade NAT, RFC 6598
  if (a === 169 && b === 254) return 'link-local';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
    return 'documentation';
  }
  return 'public';
}

/** Eight 16-bit groups of a syntactically valid IPv6 address (checked with node:net first). */
function groupsOf(address: string): number[] {
  let text = address.toLowerCase();
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    const [a = 0, b = 0, c = 0, d = 0] = text.slice(lastColon + 1).split('.').map(Number);
    tail.push((a << 8) | b, (c << 8) | d);
    text = text.slice(0, lastColon + 1);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const hexGroups = (part: string): number[] => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const gap = text.indexOf('::');
  if (gap < 0) return [...hexGroups(text), ...tail];
  const left = hexGroups(text.slice(0, gap));
  const right = hexGroups(text.slice(gap + 2));
  const zeros = new Array<number>(8 - left.length - right.length - tail.length).fill(0);
  return [...left, ...zeros, ...right, ...tail];
}

/** RFC 5952 text: lower case, no leading zeros, the first longest run of two or more zero groups as `::`. */
function formatV6(groups: readonly number[], mappedV4?: readonly number[]): string {
  if (mappedV4) return `::ffff:${mappedV4.join('.')}`;
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function classifyV6(groups: readonly number[]): { subtype: Subtype; mappedV4?: number[] } | undefined {
  const [g0 = 0, g1 = 0] = groups;
  const upperZero = groups.slice(0, 5).every((g) => g === 0);
  if (upperZero && groups[5] === 0xffff) {
    const v4 = [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff];
    const subtype = classifyV4(v4);
    return subtype ? { subtype, mappedV4: v4 } : undefined;
  }
  if (upperZero && groups[5] === 0 && groups[6] === 0 && (groups[7] === 0 || groups[7] === 1)) return undefined; // :: and ::1
  if ((g0 & 0xff00) === 0xff00) return undefined; // multicast
  if ((g0 & 0xffc0) === 0xfe80) return { subtype: 'link-local' };
  if ((g0 & 0xfe00) === 0xfc00) return { subtype: 'private' }; // unique local fc00::/7
  if (g0 === 0x2001 && g1 === 0x0db8) return { subtype: 'documentation' };
  return { subtype: 'public' };
}

function isHexCode(code: number): boolean {
  return isDigitCode(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

/** Appends the IPv4 addresses in `text` to `out`; dotted quads inside IPv6, versions and OIDs are skipped. */
function findV4(text: string, out: Match[], reason: string | undefined): void {
  IPV4.lastIndex = 0;
  for (let found = IPV4.exec(text); found; found = IPV4.exec(text)) {
    const start = found.index;
    const end = start + found[0].length;
    const before = codeAt(text, start - 1);
    const after = codeAt(text, end);
    if (isWordCode(after) || (after === 46 && isDigitCode(codeAt(text, end + 1)))) {
      // Part of a longer dotted run (an OID, a four-part version with a long part): skip the whole run.
      IPV4.lastIndex = skipDotted(text, end);
      continue;
    }
    if (isWordCode(before) || before === 46) continue; // v1.2.3.4, x.1.2.3.4
    if (before === 45 && isWordCode(codeAt(text, start - 2)) && !isDigitCode(codeAt(text, start - 2))) continue; // app-1.2.3.4
    if (before === 47 && codeAt(text, start - 2) !== 47) continue; // Chrome/120.0.1.2 (but http://1.2.3.4)
    if (before === 58 && insideIPv6(text, start)) continue; // ::ffff:1.2.3.4 is reported as IPv6
    const octets = parseOctets(found[0]);
    if (!octets) continue;
    const subtype = classifyV4(octets);
    if (!subtype || wordBefore(text, start, NOT_ADDRESS_WORDS, 12)) continue;
    out.push(matchOf(start, end, found[0], octets.join('.'), subtype, 'ipv4', reason));
  }
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

/** Finds IPv6 addresses from each `::` or `hex:hex` and grows over hex digits, colons and a dotted IPv4 tail. */
function findV6(text: string, out: Match[], reason: string | undefined): void {
  let colon = text.indexOf(':');
  while (colon >= 0) {
    const next = codeAt(text, colon + 1);
    if (!(next === 58 || isHexCode(next)) || !(codeAt(text, colon - 1) === 58 || isHexCode(codeAt(text, colon - 1)))) {
      colon = text.indexOf(':', colon + 1);
      continue;
    }
    let start = colon;
    while (start > 0 && colon - start < MAX_IPV6 && (isHexCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 58)) start--;
    // `Remote:2001:db8::1`: the hex tail of a word glued on by a colon is not the first group.
    if (isWordCode(codeAt(text, start - 1))) start = text.indexOf(':', start) + 1;
    // `address:fe80::1`: a single leading colon is the label's.
    if (text.charCodeAt(start) === 58 && text.charCodeAt(start + 1) !== 58) start++;
    let end = colon + 1;
    while (end < text.length && end - start < MAX_IPV6 + 1) {
      const code = text.charCodeAt(end);
      if (!(isHexCode(code) || code === 58 || code === 46)) break;
      end++;
    }
    // A sentence-ending dot or colon after the address ("från 2001:db8::1." / "adress fe80::1:") is not part of it.
    while (end > colon + 1 && text.charCodeAt(end - 1) === 46) end--;
    if (text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--;
    const resume = text.indexOf(':', end + 1);
    const candidate = text.slice(start, end);
    if (!isWordCode(codeAt(text, start - 1)) && !isWordCode(codeAt(text, end)) && plausibleV6(candidate) && isIPv6(candidate)) {
      const groups = groupsOf(candidate);
      const kind = classifyV6(groups);
      if (kind) {
        out.push(matchOf(start, end, candidate, formatV6(groups, kind.mappedV4), kind.subtype, 'ipv6', reason));
      }
    }
    colon = resume;
  }
}

/**
 * Full eight-group form, or `::` compression with a digit somewhere: `std::vector`-like words and `dead::beef`
 * pass node's syntax check but are not addresses; times (10:15:30) and MAC addresses lack `::` and eight groups.
 */
function plausibleV6(candidate: string): boolean {
  if (candidate.includes('::')) return /\d/.test(candidate) && candidate.length > 2;
  let colons = 0;
  for (let i = 0; i < candidate.length; i++) if (candidate.charCodeAt(i) === 58) colons++;
  return colons === 7 || (colons === 6 && candidate.includes('.'));
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

export const ipDetector: Detector = {
  id: 'ip',
  category: 'ip',
  description: 'IPv4 and IPv6 addresses (not loopback, unspecified, multicast or reserved ranges)',
  detect(segment: Segment, ctx: DetectContext): Match[] {
    const text = segment.text;
    const hasDot = text.indexOf('.') >= 0;
    const hasColon = text.indexOf(':') >= 0;
    if (!hasDot && !hasColon) return [];
    const reason = columnKind(segment, ctx.rules) === 'ip' ? 'column:ip' : undefined;
    const matches: Match[] = [];
    if (hasDot) findV4(text, matches, reason);
    if (hasColon) findV6(text, matches, reason);
    return matches.length > 1 ? matches.sort((a, b) => a.start - b.start) : matches;
  },
};
