// Eighth blind set — near-miss makers: each returns the written value and records it as a near-miss of R's file.
import { badPnr, makeOrgnr, serviceLine, safeDigits, postcode, amount, makePhone, docIp, hasPnrShape } from './core.mjs';

const p2 = (n) => String(n).padStart(2, '0');
export const N = {
  pnrBad: (R, rng) => { const k = rng.pick(['bad-luhn', 'bad-date']); return R.n('personnummer', `pnr-${k}`, badPnr(rng, k)); },
  orgnr: (R, rng) => R.n('personnummer', 'orgnr', makeOrgnr(rng)),
  service: (R, rng) => R.n('phone', 'service-line', serviceLine(rng)),
  /** A company switchboard (landline shape, written after "Växel"/"vxl"). */
  switchboard: (R, rng, area = '8') => {
    for (;;) {
      const tail = area === '8' ? `${rng.int(40, 79)}${rng.digits(1)} ${rng.digits(2)} 00` : `${rng.int(20, 69)} ${rng.digits(2)} 00`;
      const v = `0${area}-${tail}`;
      if (!hasPnrShape(v)) return R.n('phone', 'service-line', v);
    }
  },
  role: (R, local, domain) => R.n('email', 'role_email', `${local}@${domain}`),
  serverIp: (R, rng, ip) => R.n('ip', 'server-ip', ip ?? docIp(rng)),
  ocr: (R, rng, n = 14) => R.n('personnummer', 'ocr', safeDigits(rng, n)),
  invoice: (R, rng, prefix = '') => R.n(null, 'invoice-no', `${prefix}${safeDigits(rng, 8)}`),
  order: (R, rng, prefix = '') => R.n(null, 'order-no', `${prefix}${safeDigits(rng, 9)}`),
  ticket: (R, v) => R.n(null, 'ticket-no', v),
  booking: (R, v) => R.n(null, 'booking-ref', v),
  postcode: (R, rng) => R.n(null, 'postcode', postcode(rng)),
  amount: (R, rng, lo, hi) => R.n(null, 'amount', amount(rng, lo, hi)),
  date: (R, v) => R.n(null, 'date', v),
  bankgiro: (R, rng) => R.n('phone', 'bankgiro', `${rng.int(100, 999)}-${rng.digits(4)}`),
  plusgiro: (R, rng) => R.n('phone', 'plusgiro', `${rng.int(10, 99)} ${rng.digits(2)} ${rng.digits(2)}-${rng.digits(1)}`),
  iban: (R, rng) => {
    const bban = `${rng.pick(['5000', '8327', '6000', '3000', '9500'])}${rng.digits(16)}`;
    const chk = 98 - Number(BigInt(`${bban}281400`) % 97n);
    const s = `SE${p2(chk)}${bban}`;
    return R.n('personnummer', 'iban', s.replace(/(.{4})/g, '$1 ').trim());
  },
  company: (R, v) => R.n('name', 'company', v),
  street: (R, v) => R.n('name', 'street', v),
  place: (R, v) => R.n('name', 'place', v),
  lone: (R, v) => R.n('name', 'lone-first-name', v),
  ua: (R, v) => R.n(null, 'user-agent', v),
  msgid: (R, v) => R.n('email', 'message-id', v),
  version: (R, v) => R.n('ip', 'version', v),
  plate: (R, v) => R.n(null, 'plate', v),
  other: (R, kind, v, cat = null) => R.n(cat, kind, v),
};
/** A landline number that is NOT a person's: used for switchboards where the area is known. */
export const landline = (rng) => makePhone(rng, { kind: 'landline' });
