// Thirteenth blind set — small writing helpers shared by the organisation modules (signatures, quoting, households).
import { T, nameAs, phone, email, kin, pnr, childPnr, samPnr, oldPnr, people } from './core.mjs';

/** A signature block; records the name (subtype 'signature'), the phone and e-mail when given. */
export function sig(R, p, { title, orgName, ph, em, style = 'full', greet = 'Med vänliga hälsningar', extra = [] } = {}) {
  const lines = ['', greet];
  lines.push(T(R, 'name', nameAs(p, style), style === 'lower' ? 'signature-lower' : 'signature'));
  if (title) lines.push(title);
  if (orgName) lines.push(orgName);
  if (ph) lines.push(`${ph.label ?? 'Tel'}: ${T(R, 'phone', ph)}`);
  if (em) lines.push(`E-post: ${T(R, 'email', em)}`);
  lines.push(...extra);
  return lines.join('\n');
}
export const quote = (s) => s.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
/** A customer bundle: { p, pn, ph, em } with styled values (not yet recorded). */
export function customer(rng, opts = {}) {
  const [p] = people(rng, 1, opts);
  const r = rng.next();
  const pn = r < 0.05 ? samPnr(rng) : r < 0.065 ? oldPnr(rng) : pnr(rng, opts.pnr ?? {});
  return { p, pn, ph: phone(rng, opts.phoneKind), em: email(rng, p, opts.domain) };
}
export function customers(rng, n, opts = {}) {
  const ps = people(rng, n, opts);
  return ps.map((p) => { const r = rng.next(); const pn = r < 0.05 ? samPnr(rng) : r < 0.065 ? oldPnr(rng) : pnr(rng, opts.pnr ?? {}); return { p, pn, ph: phone(rng, opts.phoneKind), em: email(rng, p, opts.domain) }; });
}
/** A household: partner (maybe) and children with personnummer. */
export function household(rng, c, { maxKids = 3, partner = 0.45, cp1252 = false } = {}) {
  const kids = Array.from({ length: rng.int(0, maxKids) }, () => ({ p: kin(rng, c.p, { cp1252 }), pn: childPnr(rng) }));
  const seen = new Set([c.p.call]);
  const uniq = kids.filter((k) => (seen.has(k.p.call) ? false : seen.add(k.p.call)));
  const part = rng.chance(partner) ? { p: rng.chance(0.6) ? kin(rng, c.p, { cp1252 }) : people(rng, 1, { cp1252 })[0], pn: pnr(rng) } : null;
  if (part && seen.has(part.p.call)) return { kids: uniq, partner: null };
  return { kids: uniq, partner: part };
}
export const RELS = ['dotter', 'son', 'bror', 'syster', 'mamma', 'pappa', 'sambo', 'make', 'maka', 'granne', 'kusin'];
