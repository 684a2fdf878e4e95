// Seventh blind set — small helpers that write a value in some style AND record it in one step.
import { makePerson, makePnr, pnrStyle, makePhone, phoneStyle, makeEmail, badPnr, makeOrgnr, foreignPhone, serviceLine, publicIp, privateIp, docIp, ipv6 } from './lib.mjs';

/** A customer bundle: person, personnummer, phone, e-mail (not yet written anywhere). */
export function customer(rng, opts = {}) {
  const p = makePerson(rng, opts);
  const samord = opts.samord ?? rng.chance(0.08);
  const pnr = makePnr(rng, { samord, minYear: opts.minYear ?? 1932, maxYear: opts.maxYear ?? 2006 });
  const phone = makePhone(rng, { kind: rng.chance(0.8) ? 'mobile' : 'land' });
  const email = makeEmail(rng, p, opts.domain ? { domain: opts.domain } : {});
  return { ...p, pnr, phone, email };
}

/** Writes a name in a style and records it. styles: full | caps | lower | reversed | reversed-caps | initial */
export function nm(R, p, style = 'full', sub) {
  let v; let st = sub;
  switch (style) {
    case 'caps': v = `${p.first} ${p.last}`.toUpperCase(); st ??= 'caps'; break;
    case 'lower': v = `${p.first} ${p.last}`.toLowerCase(); st ??= 'lower'; break;
    case 'reversed': v = `${p.last}, ${p.first}`; st ??= 'reversed'; break;
    case 'reversed-caps': v = `${p.last}, ${p.first}`.toUpperCase(); st ??= 'reversed'; break;
    case 'initial': v = `${p.first[0]}. ${p.last}`; st ??= 'initial'; break;
    default: v = `${p.first} ${p.last}`;
  }
  return R.t('name', v, st);
}
export function pn(R, rng, c, style) {
  const s = style ?? pnrStyle(rng, c.pnr);
  const v = c.pnr.fmt(s);
  return R.t('personnummer', v, c.pnr.samord ? 'samordningsnummer' : c.pnr.age >= 100 ? 'centenarian-plus' : `pnr-${s}`);
}
export function ph(R, rng, c, style) {
  const s = style ?? phoneStyle(rng);
  return R.t('phone', c.phone.fmt(s), c.phone.kind === 'mobile' ? `mobile-${s}` : `landline-${s}`);
}
export function em(R, c, sub) { return R.t('email', c.email, sub); }
export function emUpper(R, c) { return R.t('email', c.email.toUpperCase(), 'upper'); }
export function fph(R, rng) { return R.t('phone', foreignPhone(rng), 'foreign-phone'); }
export function ip(R, rng, kind = rng.weighted([['public', 5], ['doc', 2], ['v6', 2], ['private', 2]])) {
  if (kind === 'private') return R.t('ip', privateIp(rng), 'private-ip');
  if (kind === 'v6') return R.t('ip', ipv6(rng), 'ipv6');
  if (kind === 'doc') return R.t('ip', docIp(rng), 'doc-range');
  return R.t('ip', publicIp(rng), 'public');
}
// near-miss makers
export const nBadPnr = (R, rng) => R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn'));
export const nBadDate = (R, rng) => R.n('personnummer', 'impossible-date', badPnr(rng, 'bad-date'));
export const nOrg = (R, rng) => R.n('personnummer', 'organisationsnummer', makeOrgnr(rng));
export const nService = (R, rng) => R.n('phone', 'service-line', serviceLine(rng));
export const nRole = (R, v) => R.n('email', 'role-email', v);
export const nCompany = (R, v) => R.n('name', 'company', v);
export const nLone = (R, v) => R.n('name', 'lone-first-name', v);
export const nPlace = (R, v) => R.n('name', 'place', v);
export const nStreet = (R, v) => R.n('name', 'street', v);
