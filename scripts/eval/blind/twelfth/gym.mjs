// Twelfth blind set — gym/: a gym chain (Kraftverket Träning AB): member export, check-in events, PT bookings,
// in-app chat, cancellation mails (HTML-only, base64, forwarded), trainers' vCards, a PDF of frozen memberships, call log.
import { Rng, ipVal, workEmail, org, footer, role, T, customers, people, nameAs, nameStyle, pnr, phone, date, svDate, hhmm, isoTs, num, safe, amount,
  csv, xlsx, pdf, eml, LONE, LOOKALIKE, publicIp, privateIp, cgnat, v6 } from './core.mjs';
import { htmlOnly, vcf, quote, greet, signoff, mailDate } from './kit.mjs';

const CLUBS = ['Kraftverket Linné', 'Kraftverket Majorna', 'Kraftverket Frölunda', 'Kraftverket Mölndal', 'Kraftverket Angered'];
const PLANS = ['Gold 12 mån', 'Bas autogiro', 'Student', 'Senior dagtid', 'Gruppträning+', 'Kort 10 ggr'];

export default function gym(C) {
  const rng = new Rng('gym');
  const o = org(rng, { name: 'Kraftverket Träning AB', domain: 'kraftverket-traning.se', area: '31' });
  const trainers = people(rng, 10, { cp1252: true });
  const memberId = () => `M${num(rng, 6)}`; const card = () => safe(() => `04${rng.digits(8)}`);
  const ipOf = (R) => { const k = rng.weighted([['pub', 60], ['cg', 20], ['v6', 15], ['priv', 5]]);
    return k === 'pub' ? R.t('ip', publicIp(rng), 'public') : k === 'cg' ? R.t('ip', cgnat(rng), 'private-ip') : k === 'v6' ? R.t('ip', v6(rng), 'ipv6') : R.t('ip', privateIp(rng), 'private-ip'); };

  // 1. Member export (UTF-8 with BOM, ',').
  {
    const R = C.at('gym/medlemmar_export.csv'); const rows = [['member_id', 'first_name', 'last_name', 'email', 'mobile', 'personal_number', 'card_no', 'home_club', 'plan', 'monthly_fee', 'created']];
    for (const c of customers(rng, 60)) {
      C.joined(R.file, c.p.first, c.p.last);
      rows.push([R.n(null, 'member-id', memberId()), c.p.first, c.p.last, T(R, 'email', c.em), T(R, 'phone', c.ph), rng.chance(0.8) ? T(R, 'personnummer', c.pn) : '',
        R.n(null, 'card-number', card()), R.n('name', 'company', rng.pick(CLUBS)), rng.pick(PLANS), R.n(null, 'amount', `${rng.int(199, 649)},00`), R.n(null, 'date', date(rng, '2023-01-01'))]);
    }
    C.put(R.file, ...Object.values(csv(rows, { bom: true })));
  }
  // 2. Check-in events (NDJSON): app check-ins carry the member's phone's address, kiosks are the club's own devices.
  {
    const R = C.at('gym/checkin_events.ndjson'); const out = []; const kiosks = CLUBS.map((_, i) => `10.40.${i + 1}.${rng.int(10, 40)}`);
    const ms = customers(rng, 45).map((c) => ({ ...c, id: memberId(), card: card(), ip: ipVal(rng, [['pub', 60], ['cg', 20], ['v6', 15], ['priv', 5]]) }));
    for (let i = 0; i < 380; i++) {
      const m = rng.pick(ms); const ci = rng.int(0, CLUBS.length - 1); const app = rng.chance(0.55);
      const ev = { ts: isoTs(rng, date(rng, '2026-11-01', '2026-11-22')), event: rng.pick(['checkin', 'checkin', 'checkin', 'denied', 'checkout']), member_id: R.n(null, 'member-id', m.id),
        member_name: R.t('name', m.p.full, 'full'), card_no: R.n(null, 'card-number', m.card), club: R.n('name', 'company', CLUBS[ci]), source: app ? 'app' : 'kiosk' };
      if (app) ev.client_ip = T(R, 'ip', m.ip); else ev.kiosk_ip = R.n('ip', 'server-ip', kiosks[ci]);
      if (ev.event === 'denied') ev.reason = rng.pick(['card_blocked', 'unpaid_invoice', 'frozen', 'outside_hours']);
      out.push(JSON.stringify(ev));
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 3. PT bookings and group classes (.xlsx).
  {
    const R = C.at('gym/pt_bokningar.xlsx'); const pt = [['Datum', 'Tid', 'Tränare', 'Medlem', 'Mobil', 'Pass', 'Kommentar']];
    for (const c of customers(rng, 34)) {
      const t = rng.pick(trainers); const st = rng.weighted([['full', 70], ['caps', 15], ['reversed', 15]]);
      pt.push([R.n(null, 'date', date(rng, '2026-11-01', '2026-12-10')), hhmm(rng), R.t('name', t.full, 'staff'), T(R, 'name', nameAs(c.p, st)), T(R, 'phone', c.ph), R.n('name', 'gym-class', rng.pick(LOOKALIKE.gymClass)),
        rng.pick([() => '', () => 'knäskada, ej hopp', () => `betalt ${R.n(null, 'amount', amount(rng, 450, 1200))}`, () => `byter med ${R.n('name', 'lone-first-name', rng.pick(LONE))}`, () => 'första passet'])()]);
    }
    const grp = [['Veckodag', 'Tid', 'Pass', 'Instruktör', 'Klubb', 'Platser']];
    for (let i = 0; i < 24; i++) grp.push([rng.pick(['Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lördag']), hhmm(rng), R.n('name', 'gym-class', rng.pick(LOOKALIKE.gymClass)), T(R, 'name', nameAs(rng.pick(trainers), rng.chance(0.7) ? 'full' : 'initial')), R.n('name', 'company', rng.pick(CLUBS)), rng.int(12, 40)]);
    C.put(R.file, ...Object.values(xlsx([{ name: 'PT-pass', rows: pt }, { name: 'Gruppass', rows: grp }], { creator: 'Kraftverket Schema' })));
  }
  // 4. In-app chat, written fast and in lower case.
  {
    const R = C.at('gym/appchatt_november.txt'); const out = [];
    for (const c of customers(rng, 22)) {
      const a = rng.pick(trainers.slice(0, 4)); const d = date(rng, '2026-11-01', '2026-11-22'); const ts = () => `[${d} ${hhmm(rng)}]`;
      out.push(`=== konversation ${R.n(null, 'ticket', `#${num(rng, 6)}`)} · ${d} · klient ${ipOf(R)} ===`);
      out.push(`${ts()} medlem: ${rng.pick([() => `hej jag heter ${T(R, 'name', nameAs(c.p, 'lower'))} och mitt kort funkar inte`, () => `hallå! ${T(R, 'name', nameAs(c.p, 'lower'))} här, kan ni frysa mitt medlemskap`, () => `hej, kortet nekas i dörren. medlemsnr ${R.n(null, 'member-id', memberId())}`])()}`);
      out.push(`${ts()} ${R.n('name', 'lone-first-name', a.first)} (Kraftverket): Hej! Vad tråkigt. Kan du skicka ditt personnummer eller din mejl så kollar jag?`);
      out.push(`${ts()} medlem: ${rng.chance(0.5) ? T(R, 'personnummer', c.pn) : T(R, 'email', c.em)} ${rng.pick([() => '', () => 'tack', () => 'asap tack, står i entrén', () => `mitt nr är ${T(R, 'phone', c.ph)}`])()}`);
      out.push(`${ts()} ${a.first} (Kraftverket): Tack. Det fanns en obetald faktura (${R.n(null, 'invoice', num(rng, 8))}). Nu är kortet ${R.n(null, 'card-number', card())} upplåst.`);
      out.push(`${ts()} medlem: ${rng.pick([() => 'toppen', () => 'ok', () => 'yes tack!!', () => `grymt, ses på ${R.n('name', 'gym-class', rng.pick(LOOKALIKE.gymClass).toLowerCase())}`])()}`, '');
    }
    out.push(`Chattagenter: ${trainers.slice(0, 4).map((t) => R.t('name', t.full, 'staff')).join(', ')}`);
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 5. Cancellation mails: HTML-only (qp), plain base64, and a forwarded reply chain.
  {
    const c = customers(rng, 3); const d = date(rng, '2026-10-01');
    { const R = C.at('gym/uppsagning_html.eml');
      C.put(R.file, ...Object.values(htmlOnly({ from: [R.t('name', c[0].p.full, 'full'), R.t('email', c[0].em.value, 'personal')], to: [['Kraftverket Medlemsservice', role(R, o)]], subject: 'Uppsägning av medlemskap', date: mailDate(rng, d), id: `${num(rng, 9)}.html@outlook.example`, enc: 'qp',
        paras: ['Hej,', `Jag vill säga upp mitt medlemskap (${R.n(null, 'member-id', memberId())}) från och med ${svDate(d)}. Personnummer ${T(R, 'personnummer', c[0].pn)}.`, `Ni når mig på ${T(R, 'phone', c[0].ph)}.`, 'Med vänlig hälsning', R.t('name', c[0].p.full, 'full')] })).slice(0, 2)); }
    { const R = C.at('gym/uppsagning_flytt.eml'); const t = rng.pick(trainers);
      C.put(R.file, ...Object.values(eml({ from: [T(R, 'name', nameAs(c[1].p, 'caps')), R.t('email', c[1].em.value, 'personal')], to: [['', role(R, o)]], cc: [[R.t('name', t.full, 'staff'), R.t('email', workEmail(t, o.domain), 'staff')]], subject: 'Flyttar till Luleå', date: mailDate(rng, d), id: `${num(rng, 9)}@gmail.example`, enc: 'b64',
        text: `${greet(rng, R.n('name', 'lone-first-name', t.first))}\nVi flyttar i december så jag måste säga upp kortet. Kan jag få tillbaka förskottet, ${R.n(null, 'amount', amount(rng, 400, 2400))}? Kontonummer ${R.n(null, 'bank-account', `8327-9, ${num(rng, 9)}`)}.\nPnr ${T(R, 'personnummer', c[1].pn)}, tel ${T(R, 'phone', c[1].ph)}\n\n${signoff(rng)}\n${R.t('name', c[1].p.full, 'full')}` }))); }
    { const R = C.at('gym/vidarebefordrat_klagomal.eml'); const t = rng.pick(trainers); const e1 = `Hej!\nJag blev debiterad två gånger i november. Medlemsnr ${R.n(null, 'member-id', memberId())}. Ring mig gärna: ${T(R, 'phone', c[2].ph)}\n\n/${T(R, 'name', nameAs(c[2].p, 'full'))}`;
      const fwd = `Hej ${R.n('name', 'lone-first-name', t.first)}, kan du kolla den här? Hon har ringt två gånger.\n\n${R.t('name', 'Ellinor Kihlberg', 'staff')}\nMedlemsservice · ${footer(R, o, ['switchboard'])}\n\n---------- Vidarebefordrat meddelande ----------\nFrån: ${c[2].p.full} <${R.t('email', c[2].em.value, 'personal')}>\nDatum: ${svDate(d)}\nÄmne: Dubbeldragning\nTill: ${role(R, o)}\n\n${e1}\n\n${quote(R.t('name', `${t.first} ${t.last}`, 'staff'), d, `Hej ${c[2].p.first}, vi tittar på det.\n${footer(R, o, ['service'])}`)}`;
      C.put(R.file, ...Object.values(eml({ from: ['Ellinor Kihlberg', R.t('email', 'ellinor.kihlberg@kraftverket-traning.se', 'staff')], to: [[t.full, workEmail(t, o.domain)]], subject: 'VB: Dubbeldragning', date: mailDate(rng, d), id: `${num(rng, 9)}.fwd@kraftverket-traning.se`, enc: 'qp', text: fwd }))); }
  }
  // 6. Trainers' contact cards.
  {
    const R = C.at('gym/personliga_tranare.vcf');
    C.put(R.file, ...Object.values(vcf(trainers.map((t) => { R.t('name', t.full, 'staff'); return { first: t.first, last: t.last, org: `${o.name};${rng.pick(CLUBS)}`, title: 'Personlig tränare',
      tel: [['CELL', T(R, 'phone', phone(rng, 'mobile'))], ['WORK', R.n('phone', 'switchboard', o.switchboard)]], email: [R.t('email', workEmail(t, o.domain), 'staff')], note: `Håller i ${R.n('name', 'gym-class', rng.pick(LOOKALIKE.gymClass))} och ${R.n('name', 'gym-class', rng.pick(LOOKALIKE.gymClass))}` }; }))));
  }
  // 7. Frozen memberships (PDF list).
  {
    const R = C.at('gym/frysningar_q4.pdf'); const pages = []; let lines = [{ text: 'Frysta medlemskap Q4 2026', size: 14, bold: true }, ''];
    for (const [i, c] of customers(rng, 36, { cp1252: true }).entries()) {
      if (i && i % 18 === 0) { pages.push(lines); lines = [{ text: 'Frysta medlemskap Q4 2026 (forts.)', bold: true }, '']; }
      lines.push(`${R.n(null, 'member-id', memberId())}   ${T(R, 'name', nameAs(c.p, rng.chance(0.6) ? 'reversed' : 'full'))}   ${T(R, 'personnummer', c.pn)}   ${R.n(null, 'date', date(rng, '2026-10-01', '2026-12-31'))}   ${rng.pick(['graviditet', 'skada', 'utlandsvistelse', 'sjukskrivning', 'militärtjänst'])}`);
    }
    lines.push('', footer(R, o, ['orgnr', 'bg', 'pg'])); pages.push(lines);
    C.put(R.file, ...Object.values(pdf(pages, { title: 'Frysningar Q4' })));
  }
  // 8. Member-service call log (JSON array).
  {
    const R = C.at('gym/medlemsservice_samtal.json'); const calls = [];
    for (const c of customers(rng, 28)) {
      const a = rng.pick(trainers.slice(4)); const nm = T(R, 'name', nameAs(c.p, nameStyle(rng)));
      calls.push({ call_id: R.n(null, 'call-id', `C-${num(rng, 8)}`), started: isoTs(rng, date(rng)), caller_number: T(R, 'phone', c.ph), dialled: R.n('phone', 'service-line', o.service), agent: R.t('name', a.full, 'staff'),
        wrap_up: rng.pick(['Frysning', 'Uppsägning', 'Faktura', 'Kort spärrat', 'PT-fråga']), note: `${nm} ringde. ${rng.pick([() => `Vill byta till ${rng.pick(PLANS)}.`, () => `Pnr ${T(R, 'personnummer', c.pn)} verifierat.`, () => `Skickar kvitto till ${T(R, 'email', c.em)}.`, () => `Klagar på ${R.n('name', 'gym-class', rng.pick(LOOKALIKE.gymClass))}-passet.`])()}` });
    }
    C.put(R.file, `${JSON.stringify({ export: 'telefoni', queue: 'Medlemsservice', server: R.n('ip', 'server-ip', o.servers[0]), calls }, null, 2)}\n`);
  }
}
