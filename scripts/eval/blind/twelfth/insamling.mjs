// Twelfth blind set — insamling/: a charity's donor service (Insamlingsstiftelsen Ljusglimten): monthly givers,
// memorial gifts ("till minne av": the deceased, the givers and the relatives are people), memorial cards, mail,
// SMS gifts to a short code, telemarketing notes, the tax-deduction basis and newsletter unsubscribes.
import { Rng, badPnr, workEmail, org, footer, role, T, customers, people, kin, nameAs, nameStyle, pnr, phone, date, svDate, hhmm, isoTs, num, safe, postcode, street, amount,
  csv, xlsx, docx, pdf, mbox, LONE, LOOKALIKE, publicIp, cgnat, v6 } from './core.mjs';
import { quote, greet, signoff, mailDate } from './kit.mjs';

export default function insamling(C) {
  const rng = new Rng('insamling');
  const o = org(rng, { name: 'Insamlingsstiftelsen Ljusglimten', domain: 'ljusglimten.se', area: '18' });
  const staff = people(rng, 6, { cp1252: true });
  const givarnr = () => `G${num(rng, 7)}`; const ocr = () => safe(() => num(rng, 11));
  const shortCode = '72 980';

  // 1. Monthly givers (cp1252 ';', split names).
  {
    const R = C.at('insamling/manadsgivare.csv'); const rows = [['Givarnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'E-post', 'Belopp/mån', 'Start', 'Betalsätt', 'Kanal']];
    for (const c of customers(rng, 56, { cp1252: true, pnrOpts: { minYear: 1928 } })) {
      C.joined(R.file, c.p.first, c.p.last);
      rows.push([R.n(null, 'donor-id', givarnr()), c.p.first, c.p.last, rng.chance(0.75) ? T(R, 'personnummer', c.pn) : '', rng.chance(0.8) ? T(R, 'phone', c.ph) : '', rng.chance(0.5) ? T(R, 'email', c.em) : '',
        rng.pick([100, 150, 200, 250, 300, 500]), R.n(null, 'date', date(rng, '2019-01-01')), rng.pick(['Autogiro', 'Kort', 'Swish']), rng.pick(['Telefonvärvning', 'Face-to-face', 'Webb', 'SMS'])]);
    }
    C.put(R.file, ...Object.values(csv(rows, { sep: ';', enc: 'cp1252' })));
  }
  // 2. Memorial gifts list (PDF): the deceased, the giver, the relative who gets the card.
  {
    const R = C.at('insamling/minnesgavor_november.pdf'); const pages = []; let lines = [{ text: 'Minnesgåvor november 2026', size: 14, bold: true }, ''];
    for (let i = 0; i < 30; i++) {
      if (i && i % 10 === 0) { pages.push(lines); lines = [{ text: 'Minnesgåvor november 2026 (forts.)', bold: true }, '']; }
      const [dead, giver] = people(rng, 2, { cp1252: true }); const rel = kin(rng, dead, { cp1252: true });
      lines.push({ text: `Till minne av ${R.t('name', dead.full, 'deceased')}`, bold: true }, `   Givare: ${T(R, 'name', nameAs(giver, rng.chance(0.8) ? 'full' : 'reversed'))}   Belopp: ${R.n(null, 'amount', amount(rng, 100, 2000))}`,
        `   Minnesblad till: ${R.t('name', rel.full, 'relative')}, ${R.n('name', 'street', street(rng))}, ${R.n(null, 'postcode', postcode(rng))}   Begravning ${R.n(null, 'date', date(rng, '2026-11-01', '2026-12-15'))}`);
    }
    lines.push('', footer(R, o, ['orgnr', 'pg', 'bg'])); pages.push(lines);
    C.put(R.file, ...Object.values(pdf(pages, { title: 'Minnesgåvor' })));
  }
  // 3. Memorial cards (.docx), text split into runs.
  {
    const R = C.at('insamling/minnesblad.docx'); const blocks = [];
    for (let i = 0; i < 10; i++) {
      const [dead, giver] = people(rng, 2); const rel = kin(rng, dead); const giver2 = kin(rng, giver);
      blocks.push({ h: 'Minnesblad' }, { runs: ['Till ', R.t('name', rel.full, 'relative')] }, { runs: ['Till minne av ', R.t('name', dead.full, 'deceased'), ' har ', R.t('name', giver.full, 'full'), ' och ', R.t('name', giver2.full, 'full'), ' skänkt en gåva till Ljusglimtens arbete.'] },
        `"${rng.pick(['Saknad och älskad.', 'Du finns i våra hjärtan.', 'Vila i frid.'])}"`, `Gåvonummer ${R.n(null, 'gift-number', num(rng, 8))} · ${R.n(null, 'date', date(rng, '2026-11-01'))}`);
    }
    blocks.push(footer(R, o, ['orgnr', 'pg', 'swish']));
    C.put(R.file, ...Object.values(docx(blocks, { creator: staff[2].full })));
    R.t('name', staff[2].full, 'staff');
  }
  // 4. Donor service mailbox.
  {
    const R = C.at('insamling/givarservice.mbox'); const msgs = [];
    for (let i = 0; i < 12; i++) {
      const c = customers(rng, 1)[0]; const s = rng.pick(staff); const d = date(rng);
      const text = `${rng.pick(['Hej!', 'Hej,', 'Hej Ljusglimten'])}\n${rng.pick([() => `jag vill sänka mitt månadsgivande till 100 kr. Givarnr ${R.n(null, 'donor-id', givarnr())}.`, () => `kan ni skicka ett minnesblad till ${R.t('name', people(rng, 1)[0].full, 'relative')}? Gåvan är till minne av ${R.t('name', people(rng, 1)[0].full, 'deceased')}.`,
        () => `jag har fått skattereduktion fel, mitt personnummer är ${T(R, 'personnummer', c.pn)}.`, () => `sluta ringa mig på ${T(R, 'phone', c.ph)}, tack.`])()}\n\n${signoff(rng)}\n${T(R, 'name', nameAs(c.p, rng.chance(0.85) ? 'full' : 'lower'))}`;
      msgs.push({ from: [c.p.full, R.t('email', c.em.value, 'personal')], to: [['Givarservice', role(R, o)]], subject: rng.pick(['Ändring', 'Minnesgåva', 'Skattereduktion', 'Telefonsamtal']), date: mailDate(rng, d), id: `lg${i}.${num(rng, 8)}@mail.example`, enc: rng.pick(['qp', 'b64', '8bit']), text, mboxDate: 'Sun Nov 22 20:00:00 2026' });
      if (rng.chance(0.6)) msgs.push({ from: [s.full, R.t('email', workEmail(s, o.domain), 'staff')], to: [[c.p.full, c.em.value]], subject: 'SV: ditt ärende', date: mailDate(rng, d), id: `lg${i}r.${num(rng, 8)}@ljusglimten.se`, enc: 'qp', mboxDate: 'Sun Nov 22 20:05:00 2026',
        text: `${greet(rng, R.n('name', 'lone-first-name', c.p.first))}\nTack för att du hörde av dig – vi har ordnat det.\n\nVarma hälsningar\n${R.t('name', s.full, 'staff')}\nGivarservice, ${footer(R, o, ['service', 'swish'])}\n\n${quote(`${c.p.full} <${c.em.value}>`, d, text)}` });
    }
    C.put(R.file, ...Object.values(mbox(msgs)));
  }
  // 5. SMS gifts to the short code.
  {
    const R = C.at('insamling/sms_gavor.csv'); const rows = [['received', 'msisdn', 'short_code', 'keyword', 'amount_sek', 'operator', 'reply']];
    for (const c of customers(rng, 90)) {
      const n = rng.chance(0.5) ? T(R, 'phone', phone(rng, 'mobile', 'e164')) : T(R, 'phone', phone(rng, 'mobile', 'compact')).replace(/^0/, '46');
      if (!n.startsWith('+')) { C.truth.pop(); R.t('phone', n, 'e164-no-plus'); }
      rows.push([`${date(rng, '2026-11-01')} ${hhmm(rng)}`, n, R.n('phone', 'short-code', shortCode), R.n(null, 'sms-keyword', rng.pick(['GE 100', 'GE 50', 'LJUS 200', 'GE 250'])), rng.pick([50, 100, 200, 250]), rng.pick(['Telia', 'Tele2', 'Telenor', 'Tre']),
        rng.chance(0.2) ? T(R, 'name', nameAs(c.p, 'lower')) : '']);
    }
    C.put(R.file, ...Object.values(csv(rows)));
  }
  // 6. Telemarketing notes.
  {
    const R = C.at('insamling/telefonvarvning.txt'); const out = [`Ringlista vecka 46–47 · ${o.name}`, ''];
    for (const c of customers(rng, 36)) {
      const s = rng.pick(staff);
      out.push(`${date(rng, '2026-11-09', '2026-11-20')} ${hhmm(rng)} ${R.t('name', s.full, 'staff')} → ${T(R, 'name', nameAs(c.p, nameStyle(rng)))}, ${T(R, 'phone', c.ph)}: ${rng.pick([
        () => `ja till 150 kr/mån autogiro, pnr ${T(R, 'personnummer', c.pn)}`, () => 'nej tack, ring ej igen (spärrad)', () => `svarade ej, ring tillbaka, fråga efter ${R.n('name', 'lone-first-name', rng.pick(LONE))}`,
        () => `redan givare (${R.n(null, 'donor-id', givarnr())})`, () => `vill ha info via mejl: ${T(R, 'email', c.em)}`, () => `make ${R.t('name', kin(rng, c.p).full, 'relative')} bestämmer, återkom`])()}`);
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
  // 7. Tax deduction basis (.xlsx).
  {
    const R = C.at('insamling/skatteunderlag_2026.xlsx'); const rows = [['Underlag för skattereduktion 2026 – gåvor till godkänd gåvomottagare'], ['Givare', 'Personnummer', 'Antal gåvor', 'Summa', 'Gåvomottagare']];
    for (const c of customers(rng, 44)) rows.push([T(R, 'name', nameAs(c.p, rng.chance(0.5) ? 'reversed' : 'full')), T(R, 'personnummer', c.pn), rng.int(1, 12), rng.int(200, 6000), `${o.name} (${R.n('personnummer', 'orgnr', o.orgnr)})`]);
    rows.push([], ['Ej rapporterade (personnummer saknas eller ogiltigt)']);
    for (const p of people(rng, 8)) { const k = rng.pick(['bad-luhn', 'bad-date']); rows.push([R.t('name', p.full, 'full'), R.n('personnummer', k, badPnr(rng, k)), rng.int(1, 12), rng.int(200, 6000), 'Ej godkänt']); }
    C.put(R.file, ...Object.values(xlsx([{ name: 'Underlag', rows }], { creator: 'Ekonomi' })));
  }
  // 8. Newsletter unsubscribes (NDJSON) with the donor's address.
  {
    const R = C.at('insamling/nyhetsbrev_avregistrering.ndjson'); const out = [];
    for (const c of customers(rng, 60)) {
      const k = rng.weighted([['pub', 70], ['cg', 15], ['v6', 15]]);
      out.push(JSON.stringify({ ts: isoTs(rng, date(rng, '2026-10-01')), event: 'unsubscribe', email: T(R, 'email', c.em), list: rng.pick(['Nyhetsbrev', 'Julkampanj', 'Givarbrev']),
        ip: k === 'pub' ? R.t('ip', publicIp(rng), 'public') : k === 'cg' ? R.t('ip', cgnat(rng), 'private-ip') : R.t('ip', v6(rng), 'ipv6'), sender: R.n('email', 'role_email', o.roles[2]), mta: R.n('ip', 'server-ip', o.servers[1]) }));
    }
    C.put(R.file, `${out.join('\n')}\n`);
  }
}
