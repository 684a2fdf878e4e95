// Nineteenth blind set — Glänsa Hemservice i Mälardalen AB: home cleaning with RUT deductions. The RUT claim file to
// Skatteverket (XML, buyers' personnummer), the customer register (UTF-8 BOM CSV with multi-line notes and door codes),
// cleaners' schedules (.xlsx, a sheet a week), key handover receipts (PDF), complaints (mbox), the cleaners' WhatsApp
// group, a HubSpot contact export, invoice basis (TSV), Intercom conversations (JSON), employment contracts (.docx),
// call notes (Markdown) and Skatteverket's decision mail with a CSV attachment.
import { Rng, org, customers, people, kin, nears, N, P_, T_, F_, M_, I_, phFmt, pnrFmt, mobile, landline, workEmail, footer, role, server, csv, xlsx, docx, pdfLines, mbox, eml, rfcDate, htmlEsc, xmlEsc, jsonText, date, hhmm, isoTs, dotDate, kr, ocr, num, alnum, street, postcode, msgId, cp1252ok, iban, bankgiro, addDays, svDate, letters, LOOKALIKE, LOWER_WORDS, badPnr } from './core.mjs';

const AREAS = ['Västerås', 'Enköping', 'Bålsta', 'Köping', 'Sala', 'Hallstahammar'];
const TASKS = ['Veckostädning', 'Storstädning', 'Flyttstädning', 'Fönsterputs', 'Varannan vecka', 'Trappstädning'];

export default function build(C) {
  const b = new Rng('hemstad/base');
  const O = org(b, { name: 'Glänsa Hemservice i Mälardalen AB', domain: 'glansahem.se', area: '21', roles: ['kundtjanst', 'info', 'noreply', 'rut', 'jobb'] });
  const custs = customers(b, 420, { minYear: 1930, maxYear: 2000 });
  for (const c of custs) if (b.chance(0.3)) { const k = kin(b, c); c.partner = { ...k, pn: (customers(b, 1, { origin: c.origin, minYear: 1935, maxYear: 2000 })[0]).pn }; }
  const cleaners = people(b, 24, { middle: 0.05 }).map((p) => ({ ...p, mob: mobile(b), mail: workEmail(p, 'glansahem.se'), pn: customers(b, 1, { minYear: 1965, maxYear: 2004, origin: p.origin })[0].pn }));
  const office = people(b, 6).map((p) => ({ ...p, direct: landline(b), mail: workEmail(p, O.domain) }));
  const door = (rng) => `${rng.int(1000, 9999)}`;
  const keyNo = (rng) => `N-${num(rng, 4)}`;

  // 1. RUT claim XML
  {
    const F = 'hemstad/rut_begaran_2026-10.xml'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', '<htko:Begaran xmlns:htko="http://xmls.skatteverket.se/se/skatteverket/ht/komponent/begaran/6.0" xmlns:htbg="http://xmls.skatteverket.se/se/skatteverket/ht/begaran/6.0">',
      `  <htko:NamnPaBegaran>RUT okt 2026 nr ${num(rng, 3)}</htko:NamnPaBegaran>`, `  <htko:Utforare>${nm.orgnr(O.orgnr.replace('-', ''))}</htko:Utforare>`, '  <htko:RutBegaran>'];
    for (const c of rng.shuffle(custs).slice(0, 80)) {
      const pay = date(rng, '2026-10-01', '2026-10-31'); const price = rng.int(8, 60) * 100; const paid = price / 2;
      const buyers = [c, ...(c.partner ? [c.partner] : [])];
      for (const [i, k] of buyers.entries()) {
        L.push('    <htko:Arenden>', `      <htko:Kopare>${P_(R, rng, k.pn, 'long')}</htko:Kopare>`, `      <htko:BetalningsDatum>${nm.date(pay)}</htko:BetalningsDatum>`,
          `      <htko:PrisForArbete>${buyers.length === 2 ? price / 2 : price}</htko:PrisForArbete>`, `      <htko:BetaltBelopp>${buyers.length === 2 ? paid / 2 : paid}</htko:BetaltBelopp>`, `      <htko:BegartBelopp>${buyers.length === 2 ? paid / 2 : paid}</htko:BegartBelopp>`,
          `      <htko:FakturaNr>${nm.id('invoice-number', `${i ? '' : ''}${num(rng, 6)}`)}</htko:FakturaNr>`, '      <htko:Ovrigkostnad>0</htko:Ovrigkostnad>',
          `      <htko:UtfortArbete><htko:Stadning><htko:AntalTimmar>${rng.int(2, 12)}</htko:AntalTimmar><htko:Materialkostnad>0</htko:Materialkostnad></htko:Stadning></htko:UtfortArbete>`, '    </htko:Arenden>');
      }
    }
    L.push('  </htko:RutBegaran>', '</htko:Begaran>');
    C.put(F, `${L.join('\n')}\n`);
  }

  // 2. customer register: UTF-8 BOM, `,`, one name column "Efternamn, Förnamn", multi-line notes
  {
    const F = 'hemstad/kundregister_export.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Kundnr', 'Namn', 'Personnummer', 'Medsökande', 'Pnr medsökande', 'Adress', 'Postort', 'Telefon', 'E-post', 'Tjänst', 'Portkod', 'Nyckel', 'Anteckning']];
    for (const c of rng.shuffle(custs).slice(0, 130)) {
      const note = rng.pick([() => '', () => '', () => `Katt - stäng dörren!\nNyckel under blomkrukan ej ok enl. ${N(R, rng.pick(office), 'full', 'staff')}`,
        () => `Ring innan: ${T_(R, rng, c.mob)}\nBor på 3 tr, ingen hiss`, () => `Anhörig ${N(R, kin(rng, c), 'full', 'relative')} har nyckel,\nnås på ${T_(R, rng, mobile(rng))}`,
        () => `Allergi mot parfym\n"Använd bara Ajax Parfymfri"`, () => `Fakturan skickas till ${N(R, kin(rng, c), 'full', 'relative')}`, () => `Portkod ändrad ${dotDate(date(rng))}`])();
      rows.push([nm.id('customer-number', `GH-${num(rng, 5)}`), N(R, c, 'surname-first'), P_(R, rng, c.pn), c.partner ? N(R, c.partner, 'full', 'co-applicant') : '', c.partner ? P_(R, rng, c.partner.pn) : '',
        street(rng), `${postcode(rng)} ${rng.pick(AREAS).toUpperCase()}`, T_(R, rng, c.land ?? c.mob), rng.chance(0.75) ? M_(R, c) : '', rng.pick(TASKS),
        rng.chance(0.5) ? nm.id('door-code', door(rng)) : '', rng.chance(0.6) ? nm.id('key-number', keyNo(rng)) : '', note]);
    }
    const w = csv(rows, { sep: ',', bom: true, eol: '\r\n' }); C.put(F, w.bytes, w.text);
  }

  // 3. cleaners' schedules: one sheet per week
  {
    const F = 'hemstad/stadscheman_v46-48.xlsx'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const creator = office[1]; N(R, creator, 'full', 'xlsx-creator');
    const sheets = [46, 47, 48].map((w) => {
      const rows = [[`Schema vecka ${w}`, '', '', '', '', '', ''], ['Städare', 'Dag', 'Tid', 'Kund', 'Adress', 'Nyckel/kod', 'Kommentar']];
      for (let i = 0; i < 44; i++) {
        const cl = rng.pick(cleaners); const c = rng.pick(custs);
        rows.push([N(R, cl, rng.pick(['short', 'surname-first']), 'staff'), rng.pick(['Mån', 'Tis', 'Ons', 'Tor', 'Fre']), `${hhmm(rng, 7, 15)}-${hhmm(rng, 10, 18)}`, N(R, c, rng.pick(['full', 'surname-first-nocomma', 'full'])),
          `${street(rng)}, ${rng.pick(AREAS)}`, rng.chance(0.5) ? nm.id('key-number', keyNo(rng)) : nm.id('door-code', `kod ${door(rng)}`),
          rng.pick([() => '', () => '', () => `hämta nyckel hos ${N(R, rng.pick(custs), 'full', 'neighbour')}`, () => 'ny kund - introduktion', () => `ring ${T_(R, rng, c.mob)} vid ankomst`, () => `byte från ${nm.lone(rng.pick(cleaners).first)}`])()]);
      }
      return { name: `v${w}`, rows };
    });
    sheets.push({ name: 'Kontakter', rows: [['Namn', 'Mobil', 'E-post'], ...cleaners.map((cl) => [N(R, cl, 'full', 'staff'), T_(R, rng, cl.mob, 'grouped', 'staff-mobile'), R.t('email', cl.mail, 'staff-work')])] });
    const w = xlsx(sheets, { creator: creator.full }); C.put(F, w.bytes, w.text);
  }

  // 4. key handover receipts (PDF)
  {
    const F = 'hemstad/nyckelkvitton_november.pdf'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const lines = [];
    const cp = custs.filter((c) => cp1252ok(c.full)); const cpl = cleaners.filter((c) => cp1252ok(c.full));
    for (let i = 0; i < 28; i++) {
      const c = rng.pick(cp); const cl = rng.pick(cpl); const d = date(rng, '2026-11-01', '2026-11-24');
      lines.push({ text: 'KVITTENS - NYCKELÖVERLÄMNING', bold: true, size: 12 }, `${O.name}  Org.nr ${nm.orgnr(O.orgnr)}`, '',
        `Kund: ${N(R, c, rng.pick(['full', 'caps']))}`, `Personnr: ${P_(R, rng, c.pn, 'short')}`, `Adress: ${street(rng)}, ${rng.pick(AREAS)}`, `Telefon: ${T_(R, rng, c.mob, rng.pick(['grouped', 'dash']))}`,
        `Antal nycklar: ${rng.int(1, 3)}   Nyckelbricka: ${nm.id('key-number', keyNo(rng))}   Larmkod lämnad: ${rng.pick(['Ja', 'Nej'])}`,
        `Mottagen av: ${N(R, cl, 'full', 'staff')}`, `Datum: ${nm.date(dotDate(d))}`, '', 'Underskrift kund: ____________________', `Namnförtydligande: ${N(R, c, 'lower', 'signature')}`, '');
      while (lines.length % 16) lines.push('');
    }
    const w = pdfLines(lines, { per: 32, title: 'Nyckelkvitton' }); C.put(F, w.bytes, w.text);
  }

  // 5. complaints mbox: written fast, replies and forwards
  {
    const F = 'hemstad/reklamationer.mbox'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const msgs = [];
    for (let i = 0; i < 30; i++) {
      const c = rng.pick(custs); const s = rng.pick(office); const cl = rng.pick(cleaners); const d = date(rng, '2026-09-01', '2026-11-24');
      const body = rng.pick([
        () => `hej\nstädaren ${N(R, cl, 'full', 'staff')} kom inte idag heller!! vi väntade till 11. vill ha rutavdrag tillbaka för denna gång. ${N(R, c, 'short', 'signature')}`,
        () => `Hej, det saknas ett armband efter städningen i tisdags. Jag vill inte anklaga någon men ${nm.lone(cl.first)} var ensam i lägenheten. Ring mig ${T_(R, rng, c.mob)}.\nHälsningar\n${N(R, c, 'full', 'signature')}`,
        () => `Till Glänsa\nNi har dragit rut på fel person, det är min man ${N(R, c.partner ?? kin(rng, c), 'full', 'relative')} som ska ha avdraget, inte jag (${P_(R, rng, c.pn)}).\n/${N(R, c, 'full', 'signature')}`,
        () => `Fönstren randiga, inte godkänt. Bifogar bild. Faktura ${nm.id('invoice-number', num(rng, 6))}.\n\nSkickat från min iPhone`,
        () => `hej, kan ni byta städare? vi vill ha ${nm.lone(rng.pick(cleaners).first)} igen istället. mvh ${N(R, c, 'lower', 'signature')}`,
      ])();
      const reply = rng.chance(0.5);
      const text = reply ? `Hej ${nm.lone(c.first)}!\n\nTack för att du hör av dig. Vi har pratat med ${N(R, cl, 'short', 'staff')} och kommer att ${rng.pick(['kreditera besöket', 'skicka ut en annan städare', 'utreda saken'])}.\n\nVänliga hälsningar\n${N(R, s, 'full', 'staff')}\nKundtjänst\n${T_(R, rng, s.direct, 'dash', 'staff-direct')}\n${R.t('email', s.mail, 'staff-work')}\n${footer(R, O, ['orgnr', 'switchboard'])}\n\n-----Ursprungligt meddelande-----\nFrån: ${c.full} <${c.mail}>\nSkickat: ${svDate(d)}\nTill: ${role(R, O, 0)}\n\n${body}` : body;
      const from = reply ? [s.full, s.mail] : [c.full, c.mail]; const to = reply ? [[c.full, c.mail]] : [['', O.roles[0]]];
      if (reply) { N(R, s, 'full', 'staff-header-display'); R.t('email', s.mail, 'staff-work'); } else role(R, O, 0);
      N(R, c, 'full', 'header-display'); M_(R, c);
      msgs.push({ from, to, subject: reply ? 'SV: Reklamation' : rng.pick(['Reklamation', 'klagomål!!', 'Städningen idag', 'RUT fel']), date: rfcDate(d, `${hhmm(rng)}:00`), id: msgId(rng, reply ? O.domain : c.mail.split('@')[1]),
        text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Wed Nov 25 07:00:00 2026' });
    }
    const w = mbox(msgs); C.put(F, w.bytes, w.text);
  }

  // 6. WhatsApp export of the cleaners' group
  {
    const F = 'hemstad/WhatsApp Chat med Städteam Västerås.txt'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    const lead = office[2];
    L.push(`[2026-11-02 06:58:01] ${N(R, lead, 'full', 'chat-speaker')}: ‎Meddelanden och samtal är end-to-end-krypterade.`);
    for (let i = 0; i < 160; i++) {
      const cl = rng.pick(cleaners); const c = rng.pick(custs); const d = date(rng, '2026-11-02', '2026-11-24');
      const speaker = rng.chance(0.2) ? lead : cl;
      const t = rng.pick([
        () => `kommer 10 min sent till ${N(R, c, 'short', 'running-text')}`, () => `vem har nyckel ${nm.id('key-number', keyNo(rng))}?`, () => `${nm.lone(c.first)} på ${street(rng)} vill ha fönster också idag`,
        () => `kan nån ta mitt pass tor, ring ${T_(R, rng, cl.mob, rng.pick(['compact', 'grouped']))}`, () => 'bilen är tom på dammsugarpåsar', () => `kunden ${N(R, c, 'lower', 'running-text')} öppnar inte, ringt 3 ggr`,
        () => `portkoden till ${N(R, c, 'full', 'running-text')} funkar inte, ny kod ${nm.id('door-code', door(rng))}`, () => '‎<Media utelämnad>', () => '👍', () => `ok ${nm.lone(rng.pick(cleaners).first)}`,
        () => `sjuk idag, sorry. ${rng.pick(['mvh', '/'])} ${nm.lone(cl.first)}`, () => `nytt nummer till ${N(R, c, 'full', 'running-text')}: ${T_(R, rng, mobile(rng))}`,
      ])();
      L.push(`[${d} ${hhmm(rng, 6, 20)}:${String(rng.int(0, 59)).padStart(2, '0')}] ${N(R, speaker, speaker === lead ? 'full' : 'short', 'chat-speaker')}: ${t}`);
    }
    const head = L.shift(); L.sort(); L.unshift(head);
    C.put(F, `${L.join('\n')}\n`);
  }

  // 7. HubSpot contacts export
  {
    const F = 'hemstad/hubspot-crm-exports-all-contacts-2026-11-24.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Lifecycle Stage', 'Contact owner', 'Create Date', 'Last Activity Date', 'IP Address', 'Lead Status']];
    for (const c of rng.shuffle(custs).slice(0, 140)) {
      C.joined(F, c.given, c.last); const own = rng.pick(office);
      rows.push([nm.id('record-id', num(rng, 11)), c.given, c.last, M_(R, c), c.land ? T_(R, rng, c.land, rng.pick(['intl', 'e164'])) : '', T_(R, rng, c.mob, rng.pick(['e164', 'intl', 'compact'])), rng.pick(['customer', 'lead', 'opportunity', 'subscriber']),
        N(R, own, 'full', 'staff'), `${date(rng, '2024-01-01', '2026-06-30')} ${hhmm(rng)}`, date(rng), rng.chance(0.6) ? I_(R, rng) : '', rng.pick(['Connected', 'New', 'Attempted to contact', 'Bad timing', ''])]);
    }
    const w = csv(rows, { sep: ',', eol: '\n', quoteAll: true }); C.put(F, w.bytes, w.text);
  }

  // 8. invoice basis TSV
  {
    const F = 'hemstad/fakturaunderlag_oktober.tsv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Fakturanr', 'Kund', 'Pnr', 'Utfört', 'Timmar', 'Arbetskostnad', 'RUT-avdrag', 'Att betala', 'OCR', 'Bankgiro']];
    for (const c of rng.shuffle(custs).slice(0, 120)) {
      const h = rng.int(2, 10); const cost = h * 540;
      rows.push([nm.id('invoice-number', num(rng, 6)), N(R, c, rng.pick(['full', 'surname-first'])), P_(R, rng, c.pn, rng.pick(['long', 'short', 'compact'])), nm.date(date(rng, '2026-10-01', '2026-10-31')), h, nm.amount(`${cost},00`), nm.amount(`${cost / 2},00`), `${cost / 2},00`,
        nm.id('ocr', ocr(rng)), R.n(null, 'bankgiro', O.bg)]);
    }
    rows.push(['', 'Felaktiga pnr (stoppade)', nm.badLuhn(), '', '', '', '', '', '', ''], ['', '', nm.badDate(), '', '', '', '', '', '', '']);
    const w = csv(rows, { sep: '\t', eol: '\n' }); C.put(F, w.bytes, w.text);
  }

  // 9. Intercom conversations (nested JSON)
  {
    const F = 'hemstad/intercom_conversations_export.json'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const convs = [];
    for (let i = 0; i < 40; i++) {
      const c = rng.pick(custs); const s = rng.pick(office); const d = date(rng);
      convs.push({ type: 'conversation', id: num(rng, 12), created_at: isoTs(rng, d), source: { type: 'conversation', delivered_as: 'customer_initiated', author: { type: 'user', name: N(R, c, rng.chance(0.15) ? 'lower' : 'full', 'json-field'), email: M_(R, c) },
        body: `<p>${htmlEsc(rng.pick([() => 'Hej, vad kostar flyttstädning för 3 rok?', () => `Jag vill säga upp abonnemanget. Mvh ${N(R, c, 'full', 'signature')}`, () => `Kan ni komma på fredag istället? Ring ${T_(R, rng, c.mob)}`])())}</p>` },
        contacts: [{ type: 'contact', id: alnum(rng, 24).toLowerCase(), external_id: nm.id('customer-number', `GH-${num(rng, 5)}`) }],
        conversation_parts: { total_count: 2, conversation_parts: [
          { part_type: 'comment', author: { type: 'admin', name: N(R, s, 'full', 'staff'), email: R.t('email', s.mail, 'staff-work') }, body: `<p>Hej ${htmlEsc(nm.lone(c.first))}! Det ordnar vi.</p>` },
          { part_type: 'note', author: { type: 'admin', name: N(R, s, 'short', 'staff') }, body: rng.pick([() => `<p>Kund har pnr ${P_(R, rng, c.pn)} - kolla RUT-utrymme</p>`, () => '<p>Skickat offert</p>', () => `<p>Kontaktad från ${I_(R, rng)}</p>`])() }] },
        statistics: { first_contact_reply_at: isoTs(rng, d) } });
    }
    C.put(F, `${jsonText({ type: 'conversation.list', conversations: convs }, 1)}\n`);
  }

  // 10. employment contracts (.docx)
  for (const [k, cl] of cleaners.slice(0, 3).entries()) {
    const F = `hemstad/anstallningsavtal_${k + 1}.docx`; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const hr = office[0];
    const blocks = [{ h: 'ANSTÄLLNINGSAVTAL - Tidsbegränsad anställning' }, { table: [['Arbetsgivare', O.name], ['Org.nr', nm.orgnr(O.orgnr)], ['Arbetstagare', N(R, cl, 'full', 'staff')], ['Personnummer', P_(R, rng, cl.pn, 'long-dash')], ['Mobil', T_(R, rng, cl.mob, 'grouped', 'staff-mobile')], ['E-post', R.t('email', mailForRng(rng, cl), 'personal')]] },
      { runs: ['Anställningen avser befattning som ', 'lokalvårdare', ` med start ${svDate(date(rng, '2026-08-01', '2026-11-01'))}. Lön utbetalas till konto `, nm.id('bank-account', `${rng.int(8000, 8499)}-${rng.int(1, 9)}, ${num(rng, 3)} ${num(rng, 3)} ${num(rng, 3)}-${rng.int(0, 9)}`), '.'] },
      'Kollektivavtal: Serviceentreprenadavtalet. Provanställning sex månader.',
      `Närmaste chef: ${N(R, office[2], 'full', 'staff')}`, `Anhörig vid nödfall: ${N(R, kin(rng, cl), 'full', 'relative')}, ${T_(R, rng, mobile(rng))}`,
      { table: [['Ort och datum', 'Ort och datum'], [`Västerås ${dotDate(date(rng))}`, `Västerås ${dotDate(date(rng))}`], [N(R, hr, 'full', 'staff'), cl.full]] }];
    const w = docx(blocks, { creator: N(R, hr, 'full', 'docx-creator') }); C.put(F, w.bytes, w.text);
  }

  // 11. call notes (Markdown)
  {
    const F = 'hemstad/samtalslogg_kundtjanst.md'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = ['# Samtalslogg kundtjänst', '', `Växel ${R.n('phone', 'switchboard', O.switchboard)} · RUT-frågor ${role(R, O, 3)}`, ''];
    for (let i = 0; i < 70; i++) {
      const c = rng.pick(custs); const s = rng.pick(office); const d = date(rng, '2026-10-01', '2026-11-24');
      if (i % 12 === 0) L.push('', `## Vecka ${44 + i / 12}`, '', '| Datum | Handläggare | Kund | Ärende |', '|---|---|---|---|');
      L.push(`| ${d} ${hhmm(rng)} | ${N(R, s, rng.pick(['initial', 'short']), 'staff')} | ${rng.chance(0.85) ? N(R, c, rng.pick(['full', 'lower', 'surname-first'])) : nm.lower(rng.pick(LOWER_WORDS))} | ${rng.pick([
        () => `vill pausa städ över jul, ring tillbaka ${T_(R, rng, c.mob, rng.pick(['compact', 'slash', 'dots', 'grouped']))}`, () => `rut-taket nått (${nm.amount('75 000 kr')}), pratat m ${N(R, c.partner ?? kin(rng, c), 'full', 'relative')} om att dela`,
        () => `flyttstäd ${nm.date(dotDate(addDays(d, 14)))}, pnr ${P_(R, rng, c.pn)}`, () => `klagomål på ${nm.lone(rng.pick(cleaners).first)}, vidarebefordrat`, () => `ny e-post ${M_(R, c)}`, () => `dödsbo - ${N(R, kin(rng, c), 'full', 'relative')} tar över avtalet`,
      ])()} |`);
    }
    C.put(F, `${L.join('\n')}\n`);
  }

  // 12. Skatteverket decision mail with CSV attachment
  {
    const F = 'hemstad/skatteverket_beslut_2026-11-20.eml'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Kopare', 'FakturaNr', 'BegartBelopp', 'GodkantBelopp', 'Orsak']];
    for (const c of rng.shuffle(custs).slice(0, 30)) rows.push([P_(R, rng, c.pn, 'compact'), nm.id('invoice-number', num(rng, 6)), `${rng.int(4, 30) * 100}`, rng.pick(['0', '0', `${rng.int(1, 10) * 100}`]), rng.pick(['Köparen har inte betalat', 'Takbelopp överskridet', 'Köparen avliden', 'Ej skattskyldig i Sverige'])]);
    rows.push([R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn').replace('-', '')), nm.id('invoice-number', num(rng, 6)), '1200', '0', 'Personnummer saknas']);
    const a = csv(rows, { sep: ';', eol: '\r\n' });
    const hr = office[3];
    const m = eml({ from: ['Skatteverket', nm.role('noreply@skatteverket.se')], to: [[hr.full, hr.mail]], subject: 'Beslut om utbetalning - husavdrag (RUT)', date: rfcDate('2026-11-20', '06:12:44'), id: msgId(rng, 'skatteverket.se'),
      text: `Beslut har fattats för begäran "RUT okt 2026".\nUtförare: ${O.name} (${nm.orgnr(O.orgnr)})\nBeviljat belopp: ${nm.amount('184 350 kr')}\nAvslagna ärenden finns i bifogad fil.\n\nFrågor: ${nm.service()}\n`, enc: 'qp',
      attachments: [{ name: 'avslag_rut_okt2026.csv', type: 'text/csv', data: a.bytes, text: a.text }] });
    N(R, hr, 'full', 'staff-header-display'); R.t('email', hr.mail, 'staff-work');
    C.put(F, m.bytes, m.text);
  }
}

function mailForRng(rng, p) { return `${p.first.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')}${rng.int(70, 99)}@${rng.pick(['gmail.com', 'hotmail.com', 'outlook.com'])}`; }
