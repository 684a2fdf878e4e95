import type { Category } from '../detect/types.js';

/**
 * Display forms that let a reader recognise the kind and rough shape of a value without learning it.
 * They keep at most a few characters, never enough to enumerate the value back from the mask alone.
 */
export function mask(category: Category, value: string, subtype?: string): string {
  switch (category) {
    case 'email':
      return maskEmail(value);
    case 'personnummer':
      return maskPersonnummer(value, subtype);
    case 'phone':
      return maskPhone(value);
    case 'ip':
      return maskIp(value);
    case 'name':
      return maskName(value);
  }
}

function keep(word: string, visible: number): string {
  const chars = [...word];
  return chars.length <= visible ? `${chars[0] ?? ''}***` : `${chars.slice(0, visible).join('')}***`;
}

/** `anna.lindqvist@exempel.se` → `an***@ex***.se` */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return keep(value, 2);
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot >= 0 ? domain.slice(dot) : '';
  const host = dot >= 0 ? domain.slice(0, dot) : domain;
  return `${keep(value.slice(0, at), 2)}@${keep(host, 2)}${tld}`;
}

/** `850312-2384` → `850312-****`, `19850312-2384` → `19850312-****`; interim letters are masked too. */
export function maskPersonnummer(value: string, _subtype?: string): string {
  const digits = value.replace(/[^0-9A-Za-z]/g, '');
  const datePart = digits.slice(0, digits.length - 4);
  const separator = /[-+]/.exec(value)?.[0] ?? (value.includes(' ') ? ' ' : '');
  return `${datePart}${separator}****`;
}

/** Keeps the prefix (country/area code) and last two digits: `070-123 45 67` → `070-*** ** 67`. */
export function maskPhone(value: string): string {
  const digitPositions: number[] = [];
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) digitPositions.push(i);
  const visibleHead = value.startsWith('+') || value.startsWith('00') ? 4 : 3;
  const hide = new Set(digitPositions.slice(visibleHead, Math.max(visibleHead, digitPositions.length - 2)));
  let out = '';
  for (let i = 0; i < value.length; i++) out += hide.has(i) ? '*' : value[i];
  return out;
}

/** Keeps the network part: `81.224.10.7` → `81.224.*.*`, IPv6 keeps the first two groups. */
export function maskIp(value: string): string {
  if (value.includes(':')) {
    const groups = value.split(':');
    return `${groups.slice(0, 2).join(':')}:*:*`;
  }
  const octets = value.split('.');
  return `${octets.slice(0, 2).join('.')}.*.*`;
}

/** Initials only: `Anna-Karin Bergström` → `A*** B***`. */
export function maskName(value: string): string {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0] ?? ''}***`)
    .join(' ');
}
