// Twelfth blind set — prenumeration/: a newspaper's subscription desk (Nordkustens Tidning AB): subscriber register
// (payer ≠ reader), direct-debit mandates, carriers' delivery notes, mail, call notes, the paywall's access log,
// payment reminders (PDF) and gift subscriptions (.docx).
import { Rng, badPnr, ipPool, workEmail, org, footer, role, T, customers, people, kin, nameAs, nameStyle, pnr, phone, email, date, svDate, hhmm, isoTs, num, safe, postcode, street, amount,
  csv, xlsx, docx, pdf, mbox, htmlEsc, LONE, LOOKALIKE, publicIp, privateIp, cgnat, v6 } from './core.mjs';
import { accessLine, quote, greet, signoff, mailDate } from './kit.mjs';

const PROD = ['7-dagars papper+digital', 'Helg', 'Digital Plus', 'E-tidning', 'Student digital', 'Lördag–söndag'];
const ORTER = ['Sundsvall', 'Härnösand', 'Timrå', 'Kramfors', 'Ånge', 'Sollefteå'];

export default function prenumeration(C) {
  const rng = new Rng('prenumeration');
  const o = org(rng, { name: 'Nordkustens Tidning AB', domain: 'nordkustens-tidning.se', area: '60' });
  const staff = people(rng, 6, { cp1252: true });
  const kundnr = () => num(rng, 7); const ocr = () => safe(() => num(rng, rng.pick([10, 12, 14])));
  const addr = (R) => `${R.n('name', 'street', rng.chance(0.25) ? `${rng.pick(LOOKALIKE.street)} ${rng.int(1, 60)}` : street(rng))}`;

  // 1. Subscriber register (cp1252 ';'), sometimes someone else pays.
  {
    const R = C.at('prenumeration/prenumeranter.csv'); const rows = [['Kundnr', 'Namn', 'c/o', 'Gatuadress', 'Postnr', 'Ort', 'Telefon', 'E-post', 'Produkt', 'Betalare', 'OCR']];
    for (const c of customers(rng, 55, { cp1252: true })) {
      const payer = rng.chance(0.25) ? kin(rng, c.p, { cp1252: true }) : null; const co = rng.chance(0.1) ? kin(rng, c.p, { cp1252: true }) : null;
      rows.push([R.n(null, 'customer-number', kundnr()), T(R, 'name', nameAs(c.p, rng.chance(0.55) ? 'reversed' : rng.chance(0.2) ? 'caps-reversed' : 'full')), co ? `c/o ${R.t('name', co.full, 'co')}` : '', addr(R),
        R.n(null, 'postcode', postcode(rng)), R.n('name', 'place', rng.pick(ORTER)), rng.chance(0.8) ? T(R, 'phone', c.ph) : '', rng.chance(0.6) ? T(R, 'email', c.em) : '', rng.pick(PROD),
        payer ? T(R, 'name', nameAs(payer, 'reversed')) : '', R.n(null, 'ocr', ocr())]);
    }
    C.put(R.file, ...Object.values(csv(rows, { sep: ';', enc: 'cp1252' })));
  }
  // 2. Direct-debit mandates (.xlsx): payer, personnummer, bank account (near-miss).
  {
    const R = C.at('prenumeration/autogiro_medgivanden.xlsx'); const rows = [['Medgivande-ID', 'Betalare', 'Personnummer', 'Clearing', 'Kontonummer', 'Belopp/mån', 'Status', 'Betalningsmottagare']];
    for (const c of customers(rng, 40)) rows.push([R.n(null, 'mandate-id', `AG${num(rng, 8)}`), R.t('name', c.p.full, 'full'), T(R, 'personnummer', c.pn), R.n(null, 'clearing', `${rng.pick(['8327', '6000', '3300', '5000', '9150'])}${rng.chance(0.4) ? `-${rng.int(0, 9)}` : ''}`),
      R.n(null, 'bank-account', safe(() => `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`)), rng.int(139, 449), rng.pick(['Aktiv', 'Aktiv', 'Makulerad', 'Ny']), `Bankgiro ${R.n(null, 'bankgiro', o.bg)}`]);
    for (const p of people(rng, 10)) { const k = rng.pick(['bad-luhn', 'bad-date']); rows.push([R.n(null, 'mandate-id', `AG${num(rng, 8)}`), R.t('name', p.full, 'full'), R.n('personnummer', k, badPnr(rng, k)), '', '', '', 'Avvisad – ogiltigt personnummer', '']); }
    C.put(R.file, ...Object.values(xlsx([{ name: 'Medgivanden', rows }], { creator: 'Autogiro-export' })));
  }
  // 3. Carriers' delivery notes (NDJSON).
  {
    const R = C.at('prenumeration/leveransavvikelser.ndjson'); const out = [];
    for (const c of customers(rng, 60)) {
      const nb = kin(rng, c.p); const note = rng.pick([() => `lämna hos granne ${R.t('name', people(rng, 1)[0].full, 'neighbour')}, 2 tr`, () => `portkod ${R.n(null, 'door-code', String(rng.int(1000, 9999)))}, tidningen i brevlådan`,
        () => `${T(R, 'name', nameAs(c.p, 'lower'))} klagar, ingen tidning tre dagar`, () => `ring ${T(R, 'phone', c.ph)} om porten är låst`, () => `hund på gården, lämna vid grind (${R.n('name', 'lone-first-name', rng.pick(LONE))} på distrikt 4 vet)`,
        () => `flyttat, ny adress hos ${R.t('name', nb.full, 'relative')}`])();
      out.push(JSON.stringify({ ts: isoTs(rng, date(rng, '2026-10-01')), route: `R${rng.int(100, 499)}`, stop: rng.int(1, 180), customer_no: R.n(null, 'customer-number', kundnr()), subscriber: rng.chance(0.5) ? R.t('name', c.p.full, 'full') : null,
        address: `${addr(R)}, ${R.n(null, 'postcode', postcode(rng))} ${R.n('name', 'place', rng.pick(ORTER))}`, type: rng.pick(['utebliven', 'skadad', 'fel adress', 'notering']), note, carrier_device: R.n('ip', 'server-ip', o.servers[1]) }));
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 4. Subscription desk mailbox (some with an HTML alternative).
  {
    const R = C.at('prenumeration/kundtjanst.mbox'); const msgs = [];
    for (let i = 0; i < 12; i++) {
      const c = customers(rng, 1)[0]; const s = rng.pick(staff); const d = date(rng); const kv = kundnr(); const kn = () => R.n(null, 'customer-number', kv);
      const text = `${rng.pick(['Hej,', 'Hej!', 'Till prenumerationsavdelningen'])}\n${rng.pick([() => `jag vill göra uppehåll ${svDate(d)}–${svDate(date(rng, d))}, kundnr ${kn()}.`, () => `vi har inte fått tidningen sedan i måndags. Kundnummer ${kn()}, adress ${addr(R)}.`,
        () => `jag vill säga upp prenumerationen, min pappa ${R.t('name', kin(rng, c.p).full, 'relative')} har gått bort. Kundnr ${kn()}.`, () => `fakturan med OCR ${R.n(null, 'ocr', ocr())} är redan betald.`])()}\n\n${signoff(rng)}\n${T(R, 'name', nameAs(c.p, rng.chance(0.85) ? 'full' : 'lower'))}\n${rng.chance(0.6) ? `Tel: ${T(R, 'phone', c.ph)}` : ''}`;
      const m = { from: [c.p.full, R.t('email', c.em.value, 'personal')], to: [['Nordkustens Tidning Kundservice', role(R, o)]], subject: rng.pick(['Uppehåll', 'Ingen tidning', 'Uppsägning', 'Faktura']), date: mailDate(rng, d), id: `nk${i}.${num(rng, 8)}@mail.example`, enc: rng.pick(['qp', 'b64', '8bit']), text, mboxDate: 'Mon Nov 23 18:00:00 2026' };
      if (rng.chance(0.3)) { m.html = `<div>${htmlEsc(text).replace(/\n/g, '<br>')}</div>`; m.htmlText = text; }
      msgs.push(m);
      if (rng.chance(0.6)) msgs.push({ from: [s.full, R.t('email', workEmail(s, o.domain), 'staff')], to: [[c.p.full, c.em.value]], subject: `SV: ${m.subject}`, date: mailDate(rng, d), id: `nk${i}r.${num(rng, 8)}@nordkustens-tidning.se`, enc: 'qp', mboxDate: 'Mon Nov 23 18:10:00 2026',
        text: `${greet(rng, R.n('name', 'lone-first-name', c.p.first))}\nTack, det är ordnat. Bekräftelse skickas till ${c.em.value}.\n\n${R.t('name', s.full, 'staff')}\nKundservice\n${footer(R, o, ['service', 'switchboard'])}\n\n${quote(c.p.full, d, text)}` });
    }
    C.put(R.file, ...Object.values(mbox(msgs)));
  }
  // 5. Call notes.
  {
    const R = C.at('prenumeration/samtal_2026-11.txt'); const out = ['SAMTALSANTECKNINGAR NOVEMBER', ''];
    for (const c of customers(rng, 34)) {
      const s = rng.pick(staff);
      out.push(`${date(rng, '2026-11-01', '2026-11-23')} ${hhmm(rng)} [${s.first[0]}${s.last[0]}] ${T(R, 'name', nameAs(c.p, nameStyle(rng)))} (${rng.chance(0.6) ? T(R, 'phone', c.ph) : 'dolt nr'}) – ${rng.pick([
        () => `ringde ang. uppehåll, kundnr ${R.n(null, 'customer-number', kundnr())}`, () => `vill betala via autogiro, pnr ${T(R, 'personnummer', c.pn)}`, () => `ny betalare: ${T(R, 'name', nameAs(kin(rng, c.p), 'full'))}`,
        () => `klagar på budet på ${R.n('name', 'street', rng.pick(LOOKALIKE.street))}`, () => `fick fel faktura ${R.n(null, 'invoice', num(rng, 9))}, belopp ${R.n(null, 'amount', amount(rng, 99, 2500))}`, () => `bytt mejl till ${T(R, 'email', c.em)}`])()}`);
    }
    out.push('', `Signaturer: ${staff.map((s) => `${s.first[0]}${s.last[0]} = ${R.t('name', s.full, 'staff')}`).join('; ')}`);
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 6. Paywall access log: readers' addresses; logged-in users' e-mail in the user field; the CDN's own servers.
  {
    const R = C.at('prenumeration/paywall_access.log'); const out = []; const users = customers(rng, 30); const pool = ipPool(rng, 100, [['pub', 70], ['cg', 12], ['v6', 12], ['priv', 6]]);
    for (let i = 0; i < 440; i++) {
      const d = date(rng, '2026-11-20', '2026-11-23');
      if (rng.chance(0.1)) { out.push(accessLine(rng, R.n('ip', 'server-ip', rng.pick(o.servers)), d, '/internal/purge', { ua: 'varnish-purge/2.1' })); continue; }
      const ip = T(R, 'ip', rng.pick(pool));
      const u = rng.chance(0.35) ? T(R, 'email', rng.pick(users).em) : '-';
      out.push(accessLine(rng, ip, d, rng.pick([`/nyheter/${num(rng, 6)}`, '/e-tidning', '/mitt-konto', '/logga-in', `/sport/${num(rng, 6)}-slutsignal`, '/api/paywall/check']), { user: u, status: rng.pick([200, 200, 200, 302, 403]) }));
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 7. Payment reminders (PDF, one page per letter).
  {
    const R = C.at('prenumeration/betalningspaminnelser.pdf'); const pages = [];
    for (const c of customers(rng, 12, { cp1252: true })) {
      pages.push([{ text: 'Nordkustens Tidning', size: 16, bold: true }, '', R.t('name', c.p.full, 'full'), addr(R), `${R.n(null, 'postcode', postcode(rng))} ${R.n('name', 'place', rng.pick(ORTER))}`, '',
        { text: 'Påminnelse', size: 13, bold: true }, `Hej ${R.n('name', 'lone-first-name', c.p.first)}! Vi har inte fått betalt för din prenumeration (${rng.pick(PROD)}).`,
        `Kundnummer: ${R.n(null, 'customer-number', kundnr())}   OCR: ${R.n(null, 'ocr', ocr())}   Att betala: ${R.n(null, 'amount', amount(rng, 149, 2990))}`,
        `Förfallodag: ${R.n(null, 'date', date(rng, '2026-12-01', '2026-12-31'))}. Betala till bankgiro ${R.n(null, 'bankgiro', o.bg)} eller Swish ${R.n('phone', 'swish-org', o.swish)}.`,
        '', footer(R, o, ['orgnr', 'pg', 'service'])]);
    }
    C.put(R.file, ...Object.values(pdf(pages, { title: 'Påminnelser' })));
  }
  // 8. Gift subscriptions (.docx): giver and recipient.
  {
    const R = C.at('prenumeration/gavoprenumerationer.docx'); const blocks = [{ h: 'Gåvoprenumerationer jul 2026' }];
    const tbl = [['Givare', 'Mottagare', 'Mottagarens telefon', 'Produkt', 'Start', 'Hälsning']];
    for (const c of customers(rng, 24)) {
      const rec = rng.chance(0.5) ? kin(rng, c.p) : people(rng, 1)[0];
      tbl.push([T(R, 'name', nameAs(c.p, rng.chance(0.8) ? 'full' : 'reversed')), R.t('name', rec.full, 'recipient'), rng.chance(0.6) ? T(R, 'phone', phone(rng)) : '', rng.pick(PROD), R.n(null, 'date', date(rng, '2026-12-20', '2027-01-10')),
        rng.pick([() => `God jul ${R.n('name', 'lone-first-name', rec.first)}!`, () => 'Från oss alla', () => `Kram från ${R.n('name', 'lone-first-name', c.p.first)}`, () => ''])()]);
    }
    blocks.push({ table: tbl }, { runs: ['Sammanställt av ', R.t('name', staff[0].full, 'staff'), ', kundservice.'] }, footer(R, o, ['orgnr', 'bg']));
    C.put(R.file, ...Object.values(docx(blocks, { creator: 'Kundservice' })));
  }
}
