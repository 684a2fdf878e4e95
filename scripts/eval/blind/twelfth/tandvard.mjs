// Twelfth blind set — tandvard/: a dental clinic chain (Tandhälsan Norrsken AB): patient register, recall lists,
// cost estimates, customer-service mail, SMS reminders, bookings, call notes, the web booking's access log.
import { Rng, badPnr, ipPool, workEmail, org, footer, role, T, customers, people, kin, nameAs, nameStyle, pnr, phone, email, date, svDate, hhmm, num, safe, postcode, street, amount,
  csv, xlsx, docx, mbox, rfcDate, LONE, LOOKALIKE, publicIp, privateIp, cgnat, v6 } from './core.mjs';
import { ics, accessLine, quote, greet, signoff, mailDate } from './kit.mjs';

const CODES = ['101', '103', '111', '112', '113', '301', '302', '311', '321', '341', '401', '402', '501', '701', '800', '801'];
const KLINIK = ['Haga', 'Teg', 'Ersboda', 'Holmsund', 'Ålidhem', 'Sankt Olof'];
const tooth = (rng) => `${rng.int(1, 4)}${rng.int(1, 8)}`;

export default function tandvard(C) {
  const rng = new Rng('tandvard');
  const o = org(rng, { name: 'Tandhälsan Norrsken AB', domain: 'tandhalsan-norrsken.se', area: '90' });
  const staff = people(rng, 8).map((p, i) => ({ ...p, title: i < 5 ? 'Tandläkare' : 'Tandhygienist' }));

  // 1. Patient register, cp1252 ';' with split name columns; children have a guardian.
  {
    const R = C.at('tandvard/patientregister_2026-11.csv'); const rows = [['Patientnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Klinik', 'Behandlare', 'Senaste besök', 'Åtgärd', 'Tand', 'Vårdnadshavare', 'VH telefon', 'Fakturanr']];
    for (const c of customers(rng, 55, { cp1252: true })) {
      const child = rng.chance(0.3); const pn = child ? pnr(rng, { minYear: 2010, maxYear: 2023, style: 'short' }) : c.pn;
      const s = rng.pick(staff); const g = child ? kin(rng, c.p, { cp1252: true }) : null; const gph = child ? phone(rng, 'mobile') : null;
      C.joined(R.file, c.p.first, c.p.last);
      rows.push([R.n(null, 'patient-id', num(rng, 7)), c.p.first, c.p.last, T(R, 'personnummer', pn), child ? '' : T(R, 'phone', c.ph), !child && rng.chance(0.6) ? T(R, 'email', c.em) : '',
        R.n('name', 'place', rng.pick(KLINIK)), R.t('name', s.full, 'staff'), R.n(null, 'date', date(rng)), R.n(null, 'treatment-code', rng.pick(CODES)), R.n(null, 'tooth-number', tooth(rng)),
        g ? R.t('name', g.full, 'guardian') : '', g ? T(R, 'phone', gph) : '', R.n(null, 'invoice', num(rng, 9))]);
    }
    C.put(R.file, ...Object.values(csv(rows, { sep: ';', enc: 'cp1252' })));
  }
  // 2. Recall lists per clinic, "Efternamn, Förnamn".
  {
    const R = C.at('tandvard/kallelser_v48.xlsx'); const sheets = [];
    for (const k of KLINIK.slice(0, 4)) {
      const rows = [[`Kallelser vecka 48 – Klinik ${k}`], ['Patient', 'Personnummer', 'Mobil', 'Kallas', 'Behandlare', 'Notering']];
      for (const c of customers(rng, 9)) {
        const st = rng.chance(0.8) ? 'reversed' : 'caps-reversed'; const s = rng.pick(staff);
        rows.push([T(R, 'name', nameAs(c.p, st)), T(R, 'personnummer', c.pn), T(R, 'phone', c.ph), `${R.n(null, 'date', date(rng, '2026-11-23', '2026-11-29'))} ${hhmm(rng)}`,
          T(R, 'name', nameAs(s, 'initial')), rng.pick([() => '', () => '', () => `Åtg ${R.n(null, 'treatment-code', rng.pick(CODES))}`, () => `ring först, fråga efter ${R.n('name', 'lone-first-name', rng.pick(LONE))}`, () => 'tandvårdsrädd', () => `karies ${R.n(null, 'tooth-number', tooth(rng))}`])()]);
      }
      sheets.push({ name: `Klinik ${k}`, rows });
    }
    C.put(R.file, ...Object.values(xlsx(sheets, { creator: 'Kallelsemodul' })));
  }
  // 3. Cost estimates as a Word letter (one letter per patient).
  {
    const R = C.at('tandvard/kostnadsforslag_november.docx'); const blocks = [];
    for (const c of customers(rng, 7)) {
      const s = rng.pick(staff.slice(0, 5));
      blocks.push({ h: 'Kostnadsförslag' }, { runs: ['Patient: ', R.t('name', c.p.full, 'full')] }, { runs: ['Personnummer: ', T(R, 'personnummer', c.pn)] },
        `${R.n(null, 'street', street(rng))}, ${R.n(null, 'postcode', postcode(rng))} Umeå`, `${greet(rng, R.n('name', 'lone-first-name', c.p.first))} här kommer förslaget vi pratade om vid besöket ${svDate(date(rng))}.`);
      const tbl = [['Åtgärd', 'Tand', 'Pris']];
      for (let i = 0; i < rng.int(2, 4); i++) tbl.push([R.n(null, 'treatment-code', rng.pick(CODES)), R.n(null, 'tooth-number', tooth(rng)), R.n(null, 'amount', amount(rng, 300, 9000))]);
      blocks.push({ table: tbl }, `Frågor? Ring oss på ${R.n('phone', 'switchboard', o.switchboard)} eller mejla ${role(R, o, 3)}.`, `Med vänlig hälsning`, `${s.title} ${R.t('name', s.full, 'staff')}`, footer(R, o, ['orgnr', 'bg']));
    }
    C.put(R.file, ...Object.values(docx(blocks, { creator: 'Tandhälsan Norrsken' })));
  }
  // 4. Customer-service mailbox: patients, guardians writing for a child, replies quoting the patient.
  {
    const R = C.at('tandvard/kundtjanst.mbox'); const msgs = [];
    for (let i = 0; i < 14; i++) {
      const c = customers(rng, 1)[0]; const d = date(rng); const s = rng.pick(staff); const kid = rng.chance(0.4) ? kin(rng, c.p) : null;
      const sig = rng.chance(0.2) ? T(R, 'name', nameAs(c.p, 'lower')) : R.t('name', c.p.full, 'full');
      const about = kid ? `min ${rng.pick(['son', 'dotter'])} ${R.t('name', kid.full, 'child')} (${T(R, 'personnummer', pnr(rng, { minYear: 2012, maxYear: 2022 }))}) har en tid ${svDate(d)} kl ${hhmm(rng)} som vi behöver flytta`
        : `jag har en tid ${svDate(d)} men behöver boka om. Mitt personnummer är ${T(R, 'personnummer', c.pn)}`;
      const body = `${rng.pick(['Hej!', 'Hej,', 'Hejsan', 'Hej Tandhälsan,'])}\n${about}. Det går bra att ringa ${T(R, 'phone', c.ph)} efter kl 16.\n\n${signoff(rng)}\n${sig}`;
      const from = [c.p.full, R.t('email', c.em.value, 'personal')];
      msgs.push({ from, to: [['Tandhälsan Norrsken', role(R, o)]], subject: kid ? `Ombokning för ${kid.first}` : 'Ombokning', date: mailDate(rng, d), id: `tn${i}a.${num(rng, 8)}@mail.example`, enc: rng.pick(['qp', 'b64', '8bit']), text: body });
      if (rng.chance(0.6)) {
        const reply = `${greet(rng, R.n('name', 'lone-first-name', c.p.first))}\nTack för ditt mejl. Vi har flyttat tiden till ${R.n(null, 'date', date(rng, '2026-11-25'))} kl ${hhmm(rng)} på klinik ${R.n('name', 'place', rng.pick(KLINIK))}.\n\nVänliga hälsningar\n${R.t('name', s.full, 'staff')}\n${s.title}, Tandhälsan Norrsken\n${footer(R, o, ['switchboard', 'service'])}\n\n${quote(`${c.p.full} <${c.em.value}>`, d, body)}`;
        msgs.push({ from: [s.full, R.t('email', workEmail(s, o.domain), 'staff')], to: [[c.p.full, c.em.value]], subject: 'SV: Ombokning', date: mailDate(rng, d), id: `tn${i}b.${num(rng, 8)}@tandhalsan-norrsken.se`, enc: 'qp', text: reply });
      }
    }
    C.put(R.file, ...Object.values(mbox(msgs)));
  }
  // 5. SMS reminders and replies (UTF-8 ',').
  {
    const R = C.at('tandvard/sms_paminnelser.csv'); const rows = [['timestamp', 'direction', 'number', 'message']];
    for (const c of customers(rng, 45)) {
      const d = date(rng, '2026-10-01'); const n = T(R, 'phone', c.ph);
      rows.push([`${d} ${hhmm(rng)}`, 'out', n, `Påminnelse: tid hos Tandhälsan Norrsken ${R.n(null, 'date', d)} kl ${hhmm(rng)}. Avboka senast 24 h innan på ${R.n('phone', 'switchboard', o.switchboard)}. Svara ej på detta sms.`]);
      if (rng.chance(0.6)) rows.push([`${d} ${hhmm(rng)}`, 'in', n, rng.pick([() => `kan inte komma, sjuk. /${T(R, 'name', nameAs(c.p, 'lower'))}`, () => 'ok tack', () => `hej det är ${T(R, 'name', nameAs(c.p, 'lower'))}, kan jag flytta till nästa vecka?`, () => `ring mig på ${T(R, 'phone', phone(rng, 'mobile', 'compact'))} istället`, () => 'STOPP'])()]);
    }
    C.put(R.file, ...Object.values(csv(rows)));
  }
  // 6. Week's bookings as iCalendar.
  {
    const R = C.at('tandvard/bokningar_vecka48.ics'); const ev = [];
    for (const [i, c] of customers(rng, 26).entries()) {
      const d = date(rng, '2026-11-23', '2026-11-27').replace(/-/g, ''); const h = rng.int(8, 16); const s = rng.pick(staff);
      ev.push({ uid: `bok-${num(rng, 8)}-${i}@tandhalsan-norrsken.se`, start: `${d}T${String(h).padStart(2, '0')}0000`, end: `${d}T${String(h).padStart(2, '0')}4500`,
        summary: `${rng.pick(['Undersökning', 'Tandhygienist', 'Lagning', 'Akut'])} – ${R.t('name', c.p.full, 'full')}`, location: `Klinik ${R.n('name', 'place', rng.pick(KLINIK))}`,
        description: `Pnr ${T(R, 'personnummer', c.pn)}. Mobil ${T(R, 'phone', c.ph)}. Tand ${R.n(null, 'tooth-number', tooth(rng))}, åtg ${R.n(null, 'treatment-code', rng.pick(CODES))}.`,
        organizer: [R.t('name', s.full, 'staff'), role(R, o, 3)], attendees: rng.chance(0.7) ? [[c.p.full, R.t('email', c.em.value, 'personal')]] : [] });
    }
    C.put(R.file, ...Object.values(ics(ev, { prodid: '-//Norrsken Bokning 4.2//SV' })));
  }
  // 7. Call notes (free text).
  {
    const R = C.at('tandvard/telefonanteckningar.txt'); const out = [`Telefonanteckningar kundtjänst – ${o.name}`, ''];
    for (const c of customers(rng, 32)) {
      const d = date(rng); const nm = T(R, 'name', nameAs(c.p, nameStyle(rng)));
      out.push(`${d} ${hhmm(rng)}  ${rng.pick(['Ringde', 'Samtal från', 'Inkommande:'])} ${nm}, pnr ${T(R, 'personnummer', c.pn)}. ${rng.pick([
        () => `Ont i ${R.n(null, 'tooth-number', tooth(rng))}, fick akuttid.`, () => `Vill ha kopia på faktura ${R.n(null, 'invoice', num(rng, 9))}.`, () => `Frågar om högkostnadsskyddet, belopp ${R.n(null, 'amount', amount(rng))}.`,
        () => `Bad att få prata med ${R.n('name', 'lone-first-name', rng.pick(LONE))} på Haga.`, () => `Ny adress ${R.n('name', 'street', rng.pick(LOOKALIKE.street))} ${rng.int(2, 40)}.`])()} Nås på ${T(R, 'phone', c.ph)}.`);
      if (rng.chance(0.25)) { const k = rng.pick(['bad-luhn', 'bad-date']); out.push(`   Uppgav först ${R.n('personnummer', k, badPnr(rng, k))} – felskrivet, rättat ovan.`); }
      if (rng.chance(0.25)) out.push(`   Vårdnadshavare ${R.t('name', kin(rng, c.p).full, 'guardian')} ringer tillbaka från ${T(R, 'phone', phone(rng))}.`);
    }
    out.push('', footer(R, o));
    C.put(R.file, out.join('\n'));
  }
  // 8. Web booking access log: patients' addresses (public, CGNAT, IPv6), the clinic's own servers' health checks.
  {
    const R = C.at('tandvard/webbokning_access.log'); const out = []; const pool = ipPool(rng, 110);
    for (let i = 0; i < 460; i++) {
      const d = date(rng, '2026-11-18', '2026-11-23');
      if (rng.chance(0.12)) { out.push(accessLine(rng, R.n('ip', 'server-ip', rng.pick(o.servers)), d, '/healthz', { ua: 'kube-probe/1.31' })); continue; }
      out.push(accessLine(rng, T(R, 'ip', rng.pick(pool)), d, rng.pick(['/boka', `/boka/klinik/${rng.pick(KLINIK).toLowerCase().replace(/ /g, '-')}`, `/api/tider?datum=${d}`, '/mina-sidor', '/avboka', '/static/app.3f9c.js'])));
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
}
