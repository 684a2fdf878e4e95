// Ninth blind set — look-alikes that must not be reported. nm(rng, w, kind, arg) makes one, records it as a near-miss
// of w's file and returns the text to write.
import { badPnr, makeOrgnr, safeDigits, hasPnrShape, serviceLine, publicIp } from './lib.mjs';

const p2 = (n) => String(n).padStart(2, '0');
const hex = (rng, n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; };
export const uuid = (rng) => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
export const isoDate = (rng, y0 = 2024, y1 = 2026) => { const y = rng.int(y0, y1); const m = rng.int(1, y === 2026 ? 10 : 12); return `${y}-${p2(m)}-${p2(rng.int(1, 28))}`; };
export const hhmm = (rng) => `${p2(rng.int(6, 22))}:${p2(rng.int(0, 59))}`;
export const hhmmss = (rng) => `${hhmm(rng)}:${p2(rng.int(0, 59))}`;
const amt = (rng, lo, hi) => { const n = rng.int(lo, hi); return `${n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : n},${rng.pick(['00', '50', String(rng.int(10, 99))])} kr`; };
const PLATE_L = 'ABCDEFGHJKLMNPRSTUWXYZ';
const UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'NordrikeLauncher/3.14.2 (Windows 11; x64) UnityPlayer/2022.3.21f1'];
export const COMPANY_SUFFIX = ['Åkeri AB', 'Bygg & Måleri AB', 'Rör AB', 'Städ HB', 'Bil AB', 'Elektriska AB', 'Fastighetsservice AB', 'Bageri'];

const GEN = {
  'bad-luhn': ['personnummer', (r) => badPnr(r, 'bad-luhn')],
  'bad-date': ['personnummer', (r) => badPnr(r, 'bad-date')],
  orgnr: [null, (r) => makeOrgnr(r)],
  account: [null, (r) => `${r.pick(['8327-9', '6112', '3300', '5201', '8214-9', '9150'])}, ${safeDigits(r, 3)} ${safeDigits(r, 3)} ${safeDigits(r, 3)}-${r.int(0, 9)}`],
  'card-masked': [null, (r) => r.pick([`**** **** **** ${r.digits(4)}`, `4571 ${r.digits(2)}** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `5213 ${r.digits(2)}xx xxxx ${r.digits(4)}`])],
  'transaction-id': [null, (r) => r.pick([`TX${safeDigits(r, 14)}`, `TRX-${r.int(2024, 2026)}-${safeDigits(r, 8)}`, `${hex(r, 8).toUpperCase()}${hex(r, 8).toUpperCase()}`])],
  'bankid-ref': [null, (r) => uuid(r)],
  ocr: [null, (r) => safeDigits(r, r.pick([11, 13, 15, 17]))],
  invoice: [null, (r) => r.pick([`F${safeDigits(r, 7)}`, `${r.int(2024, 2026)}-${safeDigits(r, 5)}`, `INV-${safeDigits(r, 6)}`])],
  order: [null, (r) => r.pick([`ORD-${safeDigits(r, 7)}`, `#${safeDigits(r, 6)}`, `A${safeDigits(r, 9)}`])],
  ticket: [null, (r) => r.pick([`#${safeDigits(r, 5)}`, `ÄR-${safeDigits(r, 6)}`, `CASE-${safeDigits(r, 7)}`, `SR${safeDigits(r, 8)}`])],
  iban: [null, (r) => { for (;;) { const s = `SE${r.int(10, 99)} ${safeDigits(r, 4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`; if (!hasPnrShape(s.replace(/ /g, ''))) return s; } }],
  bankgiro: [null, (r) => `${r.int(100, 999)}-${safeDigits(r, 4)}`],
  plusgiro: [null, (r) => `${safeDigits(r, 6)}-${r.int(0, 9)}`],
  plate: [null, (r) => `${r.pick([...PLATE_L])}${r.pick([...PLATE_L])}${r.pick([...PLATE_L])} ${r.digits(2)}${r.chance(0.4) ? r.pick([...PLATE_L]) : r.digits(1)}`],
  date: [null, (r) => r.pick([isoDate(r), `${r.int(1, 28)}/${r.int(1, 12)} ${r.int(2024, 2026)}`, `${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.${r.int(2024, 2026)}`])],
  datetime: [null, (r) => `${isoDate(r)} ${hhmmss(r)}`],
  amount: [null, (r) => amt(r, 49, 48000)],
  postcode: [null, (r) => `${r.int(111, 984)} ${r.digits(2)}`],
  version: [null, (r) => r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(1, 20)}.${r.int(0, 12)}.${r.int(100, 9999)}`, `build ${r.int(2024, 2026)}.${r.int(1, 52)}.${r.int(1, 9)}`])],
  'item-id': [null, (r) => r.pick([`itm_${hex(r, 10)}`, `ITEM-${safeDigits(r, 7)}`, `sku:${r.int(10000, 99999)}-${r.pick(['EPIC', 'RARE', 'LGD'])}`])],
  'user-agent': [null, (r) => r.pick(UAS)],
  'message-id': [null, (r, dom) => `<${hex(r, 12)}.${safeDigits(r, 6)}@${dom ?? 'mail.example'}>`],
  'service-line': ['phone', (r) => serviceLine(r)],
  'server-ip': ['ip', (r) => publicIp(r)],
  'case-number': [null, (r) => `${r.pick(['Dnr', 'Ärende', 'Ref'])} ${r.int(2024, 2026)}/${safeDigits(r, 4)}`],
  'member-number': [null, (r) => `${r.pick(['M', 'MNR-', ''])}${safeDigits(r, 7)}`],
  'policy-number': [null, (r) => `${r.pick(['PF', 'TP', 'LIV'])}-${safeDigits(r, 9)}`],
  'ocr-pension': [null, (r) => safeDigits(r, 16)],
};
/** Makes and records one near-miss of `kind` (arg passes e.g. a mail domain). */
export function nm(rng, w, kind, arg) {
  const g = GEN[kind];
  if (!g) throw new Error(`unknown near-miss kind ${kind}`);
  return w.n(kind, g[1](rng, arg), g[0] ?? undefined);
}
/** Record an already-written look-alike (role mailbox, company, street, lone first name, switchboard, team, place). */
export const near = (w, kind, value, category) => w.n(kind, value, category);
