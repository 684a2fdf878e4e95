// Twelfth blind set — uthyrning/: a bike and e-scooter rental app (Svepa Mobilitet AB): app users, trips with GPS and
// client addresses, the API's access log, support chat, parking fees, a forwarded damage report, a zip of a monthly
// export and fraud flags. Coordinates, vehicle ids, trip ids and card endings are near-misses.
import { Rng, ipPool, workEmail, org, footer, role, T, customers, people, nameAs, nameStyle, pnr, phone, date, svDate, hhmm, isoTs, num, safe, amount, letters,
  csv, xlsx, eml, zip, LONE, LOOKALIKE, publicIp, privateIp, cgnat, v6, docIp } from './core.mjs';
import { accessLine, quote, greet, signoff, mailDate } from './kit.mjs';

export default function uthyrning(C) {
  const rng = new Rng('uthyrning');
  const o = org(rng, { name: 'Svepa Mobilitet AB', domain: 'svepa-mobilitet.se', area: '8' });
  const agents = people(rng, 5);
  const uid = () => `u_${rng.int(0x10000000, 0xffffffff).toString(16)}${rng.int(0x1000, 0xffff).toString(16)}`;
  const vehicle = () => `SV-${letters(rng, 1)}${num(rng, 4)}`;
  const gps = () => `${(59.28 + rng.next() * 0.1).toFixed(6)},${(17.95 + rng.next() * 0.15).toFixed(6)}`;
  const ipOf = (R) => { const k = rng.weighted([['pub', 55], ['cg', 25], ['v6', 15], ['priv', 5]]);
    return k === 'pub' ? R.t('ip', publicIp(rng), 'public') : k === 'cg' ? R.t('ip', cgnat(rng), 'private-ip') : k === 'v6' ? R.t('ip', v6(rng), 'ipv6') : R.t('ip', privateIp(rng), 'private-ip'); };

  // 1. App users (JSON).
  {
    const R = C.at('uthyrning/app_users.json');
    const users = customers(rng, 42).map((c) => ({ user_id: uid(), display_name: T(R, 'name', nameAs(c.p, rng.weighted([['full', 75], ['lower', 20], ['caps', 5]]))), email: T(R, 'email', c.em),
      phone: T(R, 'phone', phone(rng, 'mobile', 'e164')), verified_id: rng.chance(0.3) ? T(R, 'personnummer', c.pn) : null, signup_ip: ipOf(R), last_login_ip: ipOf(R),
      device: rng.pick(['iPhone15,3', 'SM-S921B', 'Pixel 8', 'iPhone13,2']), app_version: R.n(null, 'version', `5.${rng.int(10, 40)}.${rng.int(0, 9)}`), payment: { brand: rng.pick(['visa', 'mastercard']), last4: R.n(null, 'card-last4', num(rng, 4)) } }));
    C.put(R.file, `${JSON.stringify({ exported_at: '2026-11-24T05:00:00Z', api_host: R.n('ip', 'server-ip', o.servers[0]), users }, null, 2)}\n`);
  }
  // 2. Trips (NDJSON): no names, but client addresses are the riders'.
  {
    const R = C.at('uthyrning/trips.ndjson'); const out = []; const pool = ipPool(rng, 120, [['pub', 55], ['cg', 25], ['v6', 15], ['priv', 5]]);
    for (let i = 0; i < 330; i++) out.push(JSON.stringify({ trip_id: R.n(null, 'trip-id', `T${num(rng, 9)}`), user_id: uid(), vehicle: R.n(null, 'vehicle-id', vehicle()), type: rng.pick(['scooter', 'ebike', 'bike']),
      start: { ts: isoTs(rng, date(rng, '2026-11-01', '2026-11-22')), gps: R.n(null, 'gps', gps()) }, end: { gps: R.n(null, 'gps', gps()) }, fare_sek: Number((rng.int(1200, 9900) / 100).toFixed(2)), client_ip: T(R, 'ip', rng.pick(pool)) }));
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 3. API access log.
  {
    const R = C.at('uthyrning/api_access.log'); const out = []; const pool = ipPool(rng, 110, [['pub', 55], ['cg', 25], ['v6', 15], ['priv', 5]]);
    for (let i = 0; i < 480; i++) {
      const d = date(rng, '2026-11-20', '2026-11-23');
      if (rng.chance(0.1)) { out.push(accessLine(rng, R.n('ip', 'server-ip', rng.pick(o.servers)), d, '/internal/metrics', { ua: 'Prometheus/2.54' })); continue; }
      if (rng.chance(0.03)) { out.push(accessLine(rng, R.n('ip', 'documentation-ip', docIp(rng)), d, '/v2/health', { ua: 'curl/8.5.0' })); continue; }
      out.push(accessLine(rng, T(R, 'ip', rng.pick(pool)), d, rng.pick(['/v2/vehicles/nearby', `/v2/trips/${num(rng, 9)}/end`, '/v2/unlock', '/v2/me', '/v2/payments/methods', `/v2/zones?lat=59.3${rng.digits(3)}`]), { ua: rng.pick(['Svepa/5.31.0 (iOS 18.1)', 'Svepa/5.30.2 (Android 15)']) }));
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 4. Support chat (NDJSON, hasty lower case).
  {
    const R = C.at('uthyrning/supportchatt.ndjson'); const out = [];
    for (const c of customers(rng, 20)) {
      const a = rng.pick(agents); const conv = `chat_${num(rng, 7)}`; const d = date(rng, '2026-11-01'); const m = (from, text) => out.push(JSON.stringify({ conv, ts: isoTs(rng, d), from, text }));
      m(T(R, 'name', nameAs(c.p, 'lower')), rng.pick([() => `scootern låser inte, kör runt på ${R.n('name', 'street', rng.pick(LOOKALIKE.street).toLowerCase())}`, () => 'fick betala 2 ggr??', () => `hej ${T(R, 'name', nameAs(c.p, 'lower'))} här, kontot är spärrat`])());
      m(R.t('name', a.full, 'staff'), `Hej! ${R.n('name', 'lone-first-name', a.first)} här. Vilket fordon gäller det? Står på styret, typ ${R.n(null, 'vehicle-id', vehicle())}.`);
      m(T(R, 'name', nameAs(c.p, 'lower')), rng.pick([() => `${R.n(null, 'vehicle-id', vehicle().toLowerCase())}`, () => `vet ej. min mejl är ${T(R, 'email', c.em)}`, () => `ring ${T(R, 'phone', phone(rng, 'mobile', 'compact'))}`])());
      m(R.t('name', a.full, 'staff'), `Tack, jag har avslutat resan ${R.n(null, 'trip-id', `T${num(rng, 9)}`)} och återbetalat ${R.n(null, 'amount', amount(rng, 15, 90))}.`);
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 5. Parking fees (UTF-8 ',').
  {
    const R = C.at('uthyrning/parkeringsavgifter.csv'); const rows = [['case_no', 'rider_name', 'rider_phone', 'vehicle', 'zone', 'issued', 'amount_sek', 'status']];
    for (const c of customers(rng, 45)) rows.push([R.n(null, 'case-number', `PA-${num(rng, 6)}`), T(R, 'name', nameAs(c.p, rng.chance(0.85) ? 'full' : 'caps')), T(R, 'phone', c.ph), R.n(null, 'vehicle-id', vehicle()),
      R.n('name', 'street', rng.chance(0.5) ? rng.pick(LOOKALIKE.street) : rng.pick(['Odenplan', 'Slussen', 'Fridhemsplan', 'Medborgarplatsen'])), R.n(null, 'date', date(rng, '2026-10-01')), rng.pick([150, 250, 500]), rng.pick(['debiterad', 'bestriden', 'avskriven'])]);
    C.put(R.file, ...Object.values(csv(rows)));
  }
  // 6. A damage report forwarded from the field team, with a witness.
  {
    const R = C.at('uthyrning/skaderapport_vb.eml'); const c = customers(rng, 2); const a = agents[0]; const d = date(rng, '2026-11-01');
    const orig = `Skada på ${R.n(null, 'vehicle-id', vehicle())} vid ${R.n('name', 'street', rng.pick(LOOKALIKE.street))}, ${svDate(d)} ${hhmm(rng)}.\nFörare enligt appen: ${R.t('name', c[0].p.full, 'full')} (${T(R, 'phone', c[0].ph)}).\nVittne: ${R.t('name', c[1].p.full, 'witness')}, ${T(R, 'phone', c[1].ph)}.\nPolisanmälan ${R.n(null, 'police-report', `5000-K${num(rng, 6)}-26`)}. Position ${R.n(null, 'gps', gps())}.\n\n/Fältteamet Söder`;
    const text = `${greet(rng, R.n('name', 'lone-first-name', agents[1].first))}\nKan du kontakta föraren? Pnr enligt BankID-verifiering: ${T(R, 'personnummer', c[0].pn)}.\n\n${R.t('name', a.full, 'staff')}\nSvepa Mobilitet\n${footer(R, o, ['switchboard'])}\n\n-------- Ursprungligt meddelande --------\nFrån: ${R.n('email', 'role_email', `falt@${o.domain}`)}\nSkickat: ${svDate(d)}\n\n${quote('Fältteamet', d, orig)}`;
    C.put(R.file, ...Object.values(eml({ from: [a.full, R.t('email', workEmail(a, o.domain), 'staff')], to: [[R.t('name', agents[1].full, 'staff'), R.t('email', workEmail(agents[1], o.domain), 'staff')]], subject: 'VB: Skada – vittne finns', date: mailDate(rng, d), id: `${num(rng, 9)}@svepa-mobilitet.se`, enc: 'b64', text })));
  }
  // 7. Monthly export zip: blocked users CSV, ops notes, and a rider's mail.
  {
    const R = C.at('uthyrning/export_2026-11.zip'); const entries = [];
    const rows = [['user_id', 'name', 'email', 'reason', 'last_ip']];
    for (const c of customers(rng, 26)) rows.push([uid(), R.t('name', c.p.full, 'full'), T(R, 'email', c.em), rng.pick(['chargeback', 'tandem riding', 'underage', 'unpaid']), ipOf(R)]);
    const a = csv(rows); entries.push({ name: 'blocked_users.csv', data: a.bytes, text: a.text });
    const notes = customers(rng, 14).map((c) => `- ${date(rng, '2026-11-01')}: ${T(R, 'name', nameAs(c.p, nameStyle(rng)))} ${rng.pick([() => `ringde från ${T(R, 'phone', c.ph)}, vill ha kvitto`, () => `pnr ${T(R, 'personnummer', c.pn)} matchar inte BankID`, () => `hjälm glömd i ${R.n(null, 'vehicle-id', vehicle())}`])()}`).join('\n');
    entries.push({ name: 'ops_notes.txt', data: Buffer.from(`Driftanteckningar november\n${notes}\n`), text: `Driftanteckningar november\n${notes}\n` });
    const c = customers(rng, 1)[0]; const m = eml({ from: [c.p.full, R.t('email', c.em.value, 'personal')], to: [['Svepa', role(R, o)]], subject: 'Felaktig debitering', date: mailDate(rng, '2026-11-12'), id: `${num(rng, 9)}@mail.example`, enc: 'qp',
      text: `Hej,\nJag har debiterats för en resa jag inte gjorde. Ring mig på ${T(R, 'phone', c.ph)}.\n${signoff(rng)}\n${R.t('name', c.p.full, 'full')}` });
    entries.push({ name: 'mail/felaktig_debitering.eml', data: m.bytes, text: m.text });
    C.put(R.file, zip(entries.map(({ name, data }) => ({ name, data }))), entries.map((e) => e.text).join('\n'));
  }
  // 8. Fraud flags (.xlsx).
  {
    const R = C.at('uthyrning/bedrageriflaggor.xlsx'); const rows = [['Flagga', 'Användare', 'E-post', 'Telefon', 'IP', 'Kort (sista 4)', 'Enhets-ID', 'Handläggare']];
    for (const c of customers(rng, 32)) rows.push([rng.pick(['flera konton', 'stulet kort', 'VPN', 'delad enhet']), T(R, 'name', nameAs(c.p, rng.chance(0.7) ? 'full' : 'reversed')), T(R, 'email', c.em), T(R, 'phone', c.ph), ipOf(R),
      R.n(null, 'card-last4', num(rng, 4)), R.n(null, 'device-id', `${letters(rng, 4)}-${num(rng, 6)}`), R.t('name', rng.pick(agents).full, 'staff')]);
    C.put(R.file, ...Object.values(xlsx([{ name: 'Flaggor', rows }], { creator: 'Trust & Safety' })));
  }
}
