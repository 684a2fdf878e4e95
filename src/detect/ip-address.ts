import { isDigitCode } from './context.js';

/**
 * The value side of the IP detector: octets and groups of an address already found in the text, its range
 * (public, private, documentation …) and its canonical text. Everything here runs only on candidates that
 * passed the detector's cheap shape checks.
 */

export type Subtype = 'public' | 'private' | 'shared' | 'link-local' | 'documentation';

/** The four octets of the dotted quad text[start, end) (shaped by the scanner); undefined for a leading zero or > 255. */
export function parseOctets(text: string, start: number, end: number): number[] | undefined {
  const octets: number[] = [];
  let value = 0;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 46;
    if (code !== 46) {
      if (digits === 1 && value === 0) return undefined; // leading zero
      value = value * 10 + code - 48;
      digits++;
      continue;
    }
    if (value > 255) return undefined;
    octets.push(value);
    value = 0;
    digits = 0;
  }
  return octets;
}

/** undefined = not personal data (loopback, unspecified, multicast, reserved); see the file comment. */
export function classifyV4(o: readonly number[]): Subtype | undefined {
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

function hexValue(code: number): number {
  return code <= 57 ? code - 48 : (code | 0x20) - 87;
}

/** Eight 16-bit groups of a syntactically valid IPv6 address (checked with node:net first). */
export function groupsOf(address: string): number[] {
  const lastColon = address.lastIndexOf(':');
  const dottedTail = address.indexOf('.', lastColon) >= 0;
  // Hex groups up to the last colon when a dotted IPv4 tail follows it; the tail is two more groups.
  const hexEnd = dottedTail ? lastColon + 1 : address.length;
  const groups: number[] = [];
  let gapAt = -1;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < hexEnd; i++) {
    const code = address.charCodeAt(i);
    if (code !== 58) {
      value = value * 16 + hexValue(code);
      digits++;
      continue;
    }
    if (digits > 0) groups.push(value);
    value = 0;
    digits = 0;
    if (i + 1 < hexEnd && address.charCodeAt(i + 1) === 58) {
      gapAt = groups.length;
      i++;
    }
  }
  if (digits > 0) groups.push(value);
  if (dottedTail) {
    const octets = address.slice(lastColon + 1).split('.');
    const [a = 0, b = 0, c = 0, d = 0] = octets.map(Number);
    groups.push((a << 8) | b, (c << 8) | d);
  }
  if (gapAt < 0) return groups;
  const zeros = 8 - groups.length;
  groups.splice(gapAt, 0, ...new Array<number>(zeros).fill(0));
  return groups;
}

/** RFC 5952 text: lower case, no leading zeros, the first longest run of two or more zero groups as `::`. */
export function formatV6(groups: readonly number[], mappedV4?: readonly number[]): string {
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
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  let text = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      text += '::';
      i += bestLength - 1;
      continue;
    }
    if (text !== '' && !text.endsWith(':')) text += ':';
    text += groups[i]!.toString(16);
  }
  return text;
}

export function classifyV6(groups: readonly number[]): { subtype: Subtype; mappedV4?: number[] } | undefined {
  const [g0 = 0, g1 = 0] = groups;
  const upperZero = groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0;
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

export function isHexCode(code: number): boolean {
  return isDigitCode(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}
