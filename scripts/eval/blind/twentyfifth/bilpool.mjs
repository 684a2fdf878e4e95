// Twenty-fifth blind set — a car-sharing app's support desk (bilpool/): member export with English headers, driving-
// licence checks (NDJSON), damage reports (JSON), the app's GPS / event log, Zendesk-shaped tickets, the support
// mailbox with a CSV attachment and a forwarded parking fine, Intercom conversations, unpaid invoices workbook,
// damage-report PDFs, parking fines passed on to drivers, the support team's Slack export and call transcripts.
import { Rng, F, org, mkPerson, person, people, kin, nameStyle, phoneFmt, phoneObj, phone, email, address, signature, footer,
  csv, xlsx, mbox, pdfLines, htmlEsc, jsonText, put, putText, date, dotDate, hhmm, hms, isoTs, rfcDate, num, safe, alnum, svDate, amount, p2, regnr, gps, ipVal, UAS, ocr } from './core.mjs';

const CARS = ['VW ID.3', 'Toyota Corolla Touring', 'Kia Niro', 'Tesla Model 3', 'Renault Zoe', 'Volvo XC40 Recharge', 'VW Caddy', 'Skoda Enyaq'];

export default function bilpool(C) {
  const rng = new Rng('bilpool');
  const o = org(rng, { name: 'Delbil Sverige AB', domain: 'delbil.se', area: '8', roles: ['support', 'skador', 'faktura', 'noreply', 'dataskydd'] });
  const staff = people(rng, 7, { cp1252: true });
  const members = []; for (let i = 0; i < 240; i++) { const m = mkPerson(rng, { minYear: 1950, maxYear: 2006, landline: 0.03 }); m.id = `M-${num(rng, 6)}`; members.push(m); }
  const fleet = Array.from({ length: 40 }, () => ({ reg: regnr(rng), model: rng.pick(CARS) }));
  const V = (w, v) => w.n.id('vehicle-reg', v.reg);
  const MID = (w, m) => w.n.id('member-id', m.id);
  const cpok = (s) => /^[\x20-\xff]*$/.test(s);

  // 1. member export (UTF-8 BOM, English headers, split names).
  {
    const f = 'bilpool/members_export_2026-11-15.csv'; const w = F(C, f, rng);
    const rows = [['member_id', 'first_name', 'last_name', 'email', 'phone', 'personal_number', 'licence_verified', 'licence_valid_to', 'signup_ip', 'created_at', 'status']];
    for (const m of members.slice(0, 130)) {
      rows.push([MID(w, m), ...w.join(m), w.emOf(m), w.phOf(m.mob, rng.pick(['e164', 'e164', 'compact'])), w.pnOf(m, rng.pick(['long', 'long', 'short'])), rng.pick(['true', 'true', 'false']),
        date(rng, '2027-01-01', '2036-12-31'), w.ip(), `${date(rng, '2021-01-01', '2026-11-10')}T${hms(rng)}Z`, rng.pick(['active', 'active', 'active', 'suspended', 'closed'])]);
    }
    put(C, f, csv(rows, { bom: true }));
  }

  // 2. licence checks (NDJSON).
  {
    const f = 'bilpool/korkortskontroll.ndjson'; const w = F(C, f, rng);
    const lines = [];
    for (let i = 0; i < 110; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-06-01', '2026-11-20'); const manual = rng.chance(0.2);
      const ev = { ts: isoTs(rng, d), event: 'licence.check', member_id: MID(w, m), subject: { ssn: w.pnOf(m, 'long'), name: rng.chance(0.5) ? w.nm(m, 'caps') : undefined },
        provider: 'transportstyrelsen-api', result: rng.pick(['VALID', 'VALID', 'VALID', 'NOT_FOUND', 'REVOKED', 'EXPIRED']), categories: ['B'], reference: w.n.id('check-reference', alnum(rng, 20)),
        checked_by: manual ? w.nm(rng.pick(staff), 'full', 'staff') : 'system', source_ip: manual ? w.n.server(o.servers[0]) : w.ip() };
      lines.push(JSON.stringify(ev));
      if (rng.chance(0.12)) lines.push(JSON.stringify({ ts: isoTs(rng, d), event: 'licence.check', member_id: MID(w, rng.pick(members)), subject: { ssn: rng.chance(0.6) ? w.n.badLuhn() : w.n.badDate() }, provider: 'transportstyrelsen-api', result: 'INVALID_SSN', source_ip: w.ip() }));
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 3. damage reports (JSON).
  {
    const f = 'bilpool/skaderapporter.json'; const w = F(C, f, rng);
    const reports = [];
    for (let i = 0; i < 55; i++) {
      const m = rng.pick(members); const v = rng.pick(fleet); const d = date(rng, '2026-03-01', '2026-11-20'); const other = rng.chance(0.5) ? person(rng) : null;
      reports.push({ reportId: w.n.id('damage-report', `DR-${num(rng, 6)}`), createdAt: isoTs(rng, d), vehicle: { reg: V(w, v), model: v.model, odometerKm: rng.int(3000, 90000) },
        reporter: { memberId: MID(w, m), name: w.nm(m), phone: w.phOf(m.mob, 'e164') }, position: w.n.id('gps-position', gps(rng)),
        description: rng.pick([() => 'Repa på bakre stötfångaren, fanns redan vid upphämtning.', () => `Backade på en stolpe vid ${w.n.look('street')}.`, () => `Krock i korsning. Andra föraren ${other ? w.nm(other) : 'okänd'} erkände.`, () => 'Stenskott i vindrutan på E4.'])(),
        otherParty: other ? { name: w.nm(other), phone: w.ph(), insurer: rng.pick(['If', 'Folksam', 'Trygg-Hansa', 'Länsförsäkringar']), vehicle: w.n.id('vehicle-reg', regnr(rng)) } : null,
        witnesses: rng.chance(0.25) ? [(() => { const p = person(rng); return { name: w.nm(p), phone: w.ph() }; })()] : [],
        photos: Array.from({ length: rng.int(1, 4) }, () => `https://cdn.delbil.se/damage/${alnum(rng, 24).toLowerCase()}.jpg`), handler: w.nm(rng.pick(staff), 'full', 'staff'), status: rng.pick(['open', 'waiting_insurer', 'closed']) });
    }
    putText(C, f, jsonText(reports, '\t'));
  }

  // 4. app event log with GPS positions.
  {
    const f = 'bilpool/app_events_2026-11.log'; const w = F(C, f, rng);
    const lines = [];
    for (let i = 0; i < 250; i++) {
      const m = rng.pick(members); const v = rng.pick(fleet); const d = date(rng, '2026-11-01', '2026-11-22'); const ts = `${d}T${hms(rng)}.${rng.digits(3)}Z`;
      const kind = rng.weighted([['trip', 40], ['login', 20], ['unlock', 20], ['health', 6], ['err', 6], ['profile', 8]]);
      if (kind === 'health') { lines.push(`${ts} level=debug svc=api msg="health ok" src=${w.n.server(rng.pick(o.servers))}`); continue; }
      if (kind === 'login') { lines.push(`${ts} level=info svc=auth msg="login" user=${rng.chance(0.6) ? w.emOf(m, 'log-user') : MID(w, m)} ip=${w.ip()} ua="${rng.pick(UAS)}" mfa=bankid`); continue; }
      if (kind === 'profile') { lines.push(`${ts} level=info svc=profile msg="phone changed" member=${MID(w, m)} old=${w.phOf(m.mob, 'e164')} new=${w.ph('mobile', 'e164')}`); continue; }
      const pos = w.n.id('gps-position', gps(rng).replace(', ', ','));
      if (kind === 'err') { lines.push(`${ts} level=error svc=telematics msg="unlock timeout" vehicle=${V(w, v)} member=${MID(w, m)} pos=${pos} box_imei=${w.n.id('imei', `35${num(rng, 13)}`)}`); continue; }
      lines.push(`${ts} level=info svc=${kind === 'trip' ? 'trips' : 'telematics'} msg="${kind === 'trip' ? rng.pick(['trip.start', 'trip.end']) : 'unlock.ok'}" vehicle=${V(w, v)} member=${MID(w, m)} pos=${pos} ip=${w.ip([['pub', 50], ['cg', 20], ['v6', 30]])}`);
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 5. Zendesk-shaped ticket export (CSV, multi-line descriptions).
  {
    const f = 'bilpool/zendesk_tickets_export.csv'; const w = F(C, f, rng);
    const rows = [['Id', 'Subject', 'Requester', 'Requester email', 'Assignee', 'Created at', 'Status', 'Tags', 'Description']];
    for (let i = 0; i < 90; i++) {
      const m = rng.pick(members); const ag = rng.pick(staff); const v = rng.pick(fleet);
      const [subj, desc] = rng.pick([
        () => ['Debiterad för tankning', `Hej,\nJag blev debiterad 450 kr för att bilen inte var laddad, men den var på 80 % när jag lämnade den.\nBil ${V(w, v)}, resa ${date(rng)}.\n/${w.nm(m, 'short', 'signature')}`],
        () => ['Kan inte låsa upp bilen', `Appen säger "unlock timeout". Jag står vid bilen nu!! ring ${w.phOf(m.mob)}`],
        () => ['Ändra betalkort', `Hej, jag vill byta kort. Mitt medlemsnummer är ${MID(w, m)}.\n\nMvh\n${w.nm(m, 'full', 'signature')}`],
        () => ['Körkort kan inte verifieras', `Hej!\nJag har förnyat körkortet men ni säger att det är ogiltigt. Personnummer ${w.pnOf(m)}.\n`],
        () => ['Hittegods', `Glömde en barnstol i ${V(w, v)} igår. Min sambo ${w.nm(kin(rng, m))} kan hämta den.`],
      ])();
      rows.push([String(40000 + i * 7 + rng.int(0, 6)), subj, w.nm(m, rng.chance(0.1) ? 'lower' : 'full'), w.emOf(m), w.nm(ag, 'full', 'staff'), `${date(rng)} ${hms(rng)}`, rng.pick(['open', 'pending', 'solved', 'closed']),
        rng.pick(['billing', 'unlock app', 'licence', 'lost_item', 'payment']), desc]);
    }
    put(C, f, csv(rows, { quoteAll: true }));
  }

  // 6. support mailbox: CSV attachment, forwarded parking fine.
  {
    const f = 'bilpool/support_inbox.mbox'; const w = F(C, f, rng);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-05-01', '2026-11-20'); const v = rng.pick(fleet);
      const fromName = w.nm(m, rng.chance(0.85) ? 'full' : 'caps', 'header-display');
      const text = rng.pick([
        () => `Hej,\n\nJag bestrider skadan på ${V(w, v)}. Repan fanns redan när jag hämtade bilen, se bifogade bilder. Ring mig på ${w.phOf(m.mob)} om ni har frågor.\n\n`,
        () => `Hej! Jag vill avsluta mitt medlemskap (${MID(w, m)}). Radera gärna mina uppgifter enligt GDPR.\n\n`,
        () => `Hello, I'm visiting from abroad and my Swedish friend ${w.nm(person(rng))} told me to write here. Can I use my UK licence? My number here is ${w.ph('foreign')}.\n\n`,
      ])();
      msgs.push({ from: [fromName, w.emOf(m)], to: [['Delbil Support', w.n.role(o.roles[0])]], subject: rng.pick(['Skada', 'Avsluta konto', 'Question about licence', 'Faktura']), date: rfcDate(d, hms(rng)),
        id: `${alnum(rng, 12)}@${m.email.split('@')[1]}`, text: `${text}${w.nm(m, rng.chance(0.2) ? 'lower' : 'full', 'signature')}`, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Sun Nov 22 11:00:00 2026' });
      if (rng.chance(0.5)) {
        const ag = rng.pick(staff);
        const rows = [['datum', 'bil', 'start', 'slut', 'km', 'belopp']];
        for (let k = 0; k < rng.int(3, 8); k++) rows.push([date(rng, '2026-09-01', '2026-10-31'), V(w, rng.pick(fleet)), hhmm(rng), hhmm(rng), rng.int(3, 120), rng.int(49, 900)]);
        const att = csv(rows, { sep: ';' });
        const reply = `Hej ${w.n.lone(m.first)}!\n\nHär kommer en sammanställning av dina resor. ${rng.pick(['Vi har krediterat avgiften.', 'Skadeärendet är skickat till vår skadehandläggare.', 'Ditt konto avslutas inom 30 dagar.'])}\n\n${signature(w, ag, o, 'Kundsupport', { direct: false })}`;
        msgs.push({ from: [w.nm(ag, 'full', 'staff'), w.work(ag, o.domain)], to: [[fromName, m.email]], subject: 'Re: Ditt ärende', date: rfcDate(d, hms(rng)), id: `${alnum(rng, 14)}@delbil.se`, text: reply, enc: 'qp',
          attachments: [{ name: `resor_${m.id}.csv`, type: 'text/csv', data: att.bytes, text: att.text }], mboxDate: 'Sun Nov 22 11:00:00 2026' });
      }
    }
    for (let i = 0; i < 4; i++) {
      const m = rng.pick(members); const v = rng.pick(fleet); const ag = rng.pick(staff);
      const fwd = `Hej ${w.n.lone(m.first)},\n\nVi har fått en kontrollavgift för ${V(w, v)} under din bokning. Den vidarefakturas till dig enligt villkoren.\n\n${w.nm(ag, 'short', 'staff')}\nDelbil Support\n\n---------- Forwarded message ---------\nFrom: Parkeringsbolaget Norr <${w.n.role('kontrollavgift@pnorr.se')}>\nDate: ${svDate(date(rng, '2026-08-01', '2026-11-01'))}\nSubject: Kontrollavgift ${w.n.id('fine-number', `${num(rng, 9)}`)}\n\nParkeringsbolaget Norr AB, org.nr ${w.n.orgnr()}\nKontrollavgift utfärdad ${date(rng)} kl ${hhmm(rng)} på ${w.n.look('street')}.\nBelopp: ${w.n.amount(amount(rng, 400, 1200))}. Bankgiro ${w.n.bg()} OCR ${w.n.ocr()}.\nParkeringsvakt nr ${rng.int(100, 999)}.`;
      msgs.push({ from: [w.nm(ag, 'full', 'staff'), w.work(ag, o.domain)], to: [[w.nm(m, 'full', 'header-display'), w.emOf(m)]], subject: 'Fwd: Kontrollavgift', date: rfcDate(date(rng), hms(rng)), id: `${alnum(rng, 14)}@delbil.se`, text: fwd, enc: 'b64', mboxDate: 'Sun Nov 22 11:00:00 2026' });
    }
    put(C, f, mbox(msgs));
  }

  // 7. Intercom conversations (JSON).
  {
    const f = 'bilpool/intercom_conversations.json'; const w = F(C, f, rng);
    const convs = [];
    for (let i = 0; i < 35; i++) {
      const m = rng.pick(members); const ag = rng.pick(staff); const d = date(rng, '2026-08-01', '2026-11-20');
      const user = { type: 'user', id: alnum(rng, 24).toLowerCase(), name: w.nm(m), email: w.emOf(m) };
      const admin = { type: 'admin', id: String(rng.int(100000, 999999)), name: w.nm(ag, 'full', 'staff') };
      const parts = [{ author: user, body: `<p>${htmlEsc(rng.pick([() => 'Hej, bilen startar inte', () => `Jag har bokat ${V(w, rng.pick(fleet))} men den står inte där`, () => 'Varför har jag fått en faktura på 1200 kr?', () => `hej det är ${w.nm(m, 'lower', 'self-intro')} här, kan ni ringa mig?`])())}</p>` },
        { author: admin, body: `<p>Hej ${htmlEsc(w.n.lone(m.first))}! ${htmlEsc(rng.pick(['Vi tittar på det direkt.', 'Kan du ge mig ditt medlemsnummer?', 'Jag ringer dig nu.']))}</p>` }];
      if (rng.chance(0.5)) parts.push({ author: user, body: `<p>${htmlEsc(rng.pick([() => `Det är ${MID(w, m)}`, () => `Mitt nummer är ${w.phOf(m.mob)}`, () => 'Tack!'])())}</p>` });
      convs.push({ id: String(rng.int(10000000, 99999999)), created_at: Math.floor(Date.parse(`${d}T12:00:00Z`) / 1000) + rng.int(0, 40000), source: { author: user, delivered_as: 'customer_initiated' },
        conversation_parts: parts, tags: [rng.pick(['start-problem', 'billing', 'booking'])], custom_attributes: { Vehicle: V(w, rng.pick(fleet)), 'Last IP': w.ip() } });
    }
    putText(C, f, jsonText({ type: 'conversation.list', conversations: convs }, 0));
  }

  // 8. unpaid invoices (.xlsx).
  {
    const f = 'bilpool/obetalda_fakturor_2026Q3.xlsx'; const w = F(C, f, rng);
    const sheets = [];
    for (const nm of ['Juli', 'Augusti', 'September']) {
      const rows = [['Fakturanr', 'OCR', 'Medlem', 'Namn', 'Personnr', 'Belopp', 'Förfallen', 'Påminnelse', 'Telefon']];
      for (let k = 0; k < 45; k++) { const m = rng.pick(members); rows.push([w.n.id('invoice-number', `F${num(rng, 7)}`), w.n.ocr(), MID(w, m), w.nm(m, rng.chance(0.4) ? 'surname-first' : 'full'), w.pnOf(m), rng.int(59, 4500), date(rng, '2026-07-01', '2026-09-30'), rng.pick(['1', '2', 'Inkasso']), w.phOf(m.mob)]); }
      sheets.push({ name: nm, rows });
    }
    sheets.push({ name: 'Instruktion', rows: [['Frågor om listan: ' + w.nm(staff[6], 'full', 'staff')], [`Betalning till bankgiro ${w.n.bg(o.bg)}`], [`IBAN ${w.n.iban(o.iban)}`]] });
    put(C, f, xlsx(sheets, { creator: w.nm(staff[6], 'full', 'xlsx-creator') }));
  }

  // 9. damage-report PDFs.
  for (let k = 0; k < 2; k++) {
    const no = `DR-${num(rng, 6)}`; const f = `bilpool/skadeanmalan_${no}.pdf`; const w = F(C, f, rng);
    let m = rng.pick(members); while (!cpok(m.full)) m = rng.pick(members);
    const other = person(rng, { cp1252: true }); const v = rng.pick(fleet); const a = address(w);
    const lines = [{ text: 'SKADEANMÄLAN – DELBIL', size: 14, bold: true }, `Ärende: ${w.n.id('damage-report', no)}`, `Datum för skadan: ${svDate(date(rng, '2026-06-01', '2026-11-01'))} kl ${hhmm(rng)}`, '',
      { text: 'Förare', bold: true }, `Namn: ${w.nm(m)}`, `Personnummer: ${w.pnOf(m, 'long-dash')}`, `Adress: ${a.street}, ${a.postcode} ${a.city}`, `Mobil: ${w.phOf(m.mob)}`, `E-post: ${w.emOf(m)}`, `Medlemsnr: ${MID(w, m)}`, '',
      { text: 'Fordon', bold: true }, `Reg.nr: ${V(w, v)}  Modell: ${v.model}`, `Position: ${w.n.id('gps-position', gps(rng))}`, '',
      { text: 'Motpart', bold: true }, `Namn: ${w.nm(other)}`, `Telefon: ${w.ph()}`, `Reg.nr: ${w.n.id('vehicle-reg', regnr(rng))}`, '',
      'Händelseförlopp:', 'Motparten körde ut från parkeringen utan att se sig för och träffade', 'vänster framskärm. Båda förarna har skrivit under.', '',
      `Handläggare: ${w.nm(rng.pick(staff), 'full', 'staff')}`, footer(w, o, ['orgnr', 'service'])];
    put(C, f, pdfLines(lines, { title: `Skadeanmälan ${no}` }));
  }

  // 10. parking fines passed on (TSV).
  {
    const f = 'bilpool/parkeringsboter_vidarefakturering.tsv'; const w = F(C, f, rng);
    const L = [['Avgiftsnr', 'Utfärdad', 'Regnr', 'Plats', 'Belopp', 'Förare vid tillfället', 'Personnummer', 'Medlem', 'Adress', 'Vidarefakturerad'].join('\t')];
    for (let i = 0; i < 80; i++) {
      const m = rng.pick(members); const a = address(w);
      L.push([w.n.id('fine-number', num(rng, 9)), `${date(rng, '2026-05-01', '2026-11-15')} ${hhmm(rng)}`, V(w, rng.pick(fleet)), rng.pick(['Götgatan 44', 'Hornsgatan 3', 'P-hus Centrum', 'Odenplan', 'Sveavägen 60']), rng.pick([500, 700, 900, 1000]),
        w.nm(m, rng.chance(0.5) ? 'surname-first' : 'full'), w.pnOf(m, rng.pick(['short', 'compact', 'long'])), MID(w, m), `${a.street}, ${a.postcode} ${a.city}`, rng.pick(['ja', 'ja', 'nej – bestritt'])].join('\t'));
    }
    putText(C, f, `${L.join('\r\n')}\r\n`);
  }

  // 11. support team's Slack export.
  {
    const f = 'bilpool/slack_export_support-desk.json'; const w = F(C, f, rng);
    const msgs = [];
    for (let i = 0; i < 115; i++) {
      const ag = rng.pick(staff); const m = rng.pick(members); const v = rng.pick(fleet);
      const text = rng.pick([
        () => `kan någon kolla ${w.nm(m, rng.chance(0.5) ? 'lower' : 'full')}? hon/han har ringt tre gånger om ${V(w, v)}`,
        () => `<@U0${alnum(rng, 8)}> körkortskollen failar för ${w.pnOf(m, 'long')}, manuellt?`,
        () => `${w.n.lone()} tar lunch 12-13, jag tar chatten`,
        () => `spärrat ${MID(w, m)} pga obetalda fakturor, kund meddelad via ${w.emOf(m)}`,
        () => `bilen ${V(w, v)} står på ${w.n.id('gps-position', gps(rng))} enligt telematiken, kunden säger annat`,
        () => `ring tillbaka ${w.phOf(m.mob, rng.pick(['compact', 'intl']))} (${w.nm(m, 'short')})`,
      ])();
      msgs.push({ type: 'message', user: `U0${alnum(rng, 8)}`, user_profile: { real_name: w.nm(ag, 'full', 'chat-speaker'), display_name: w.n.lone(ag.first) }, text, ts: `${1780000000 + i * 3571 + rng.int(0, 3000)}.${rng.digits(6)}` });
    }
    putText(C, f, jsonText(msgs));
  }

  // 12. call transcripts (speech-to-text).
  {
    const f = 'bilpool/samtal_transkript_v47.txt'; const w = F(C, f, rng);
    const out = [];
    for (let i = 0; i < 40; i++) {
      const m = rng.pick(members); const ag = rng.pick(staff); const v = rng.pick(fleet);
      out.push(`=== Samtal ${w.n.id('call-id', `C${num(rng, 8)}`)} ${date(rng, '2026-11-16', '2026-11-22')} ${hms(rng)} från ${w.phOf(m.mob, rng.pick(['e164', 'compact']))} ===`,
        `AGENT (${w.nm(ag, 'full', 'staff')}): delbil support det är ${w.n.lone(ag.first.toLowerCase())} hur kan jag hjälpa dig`,
        `KUND: ja hej det är ${w.nm(m, 'lower', 'self-intro')} jag ${rng.pick(['har bokat en bil men den går inte att låsa upp', 'fick en faktura som jag inte förstår', 'har råkat repa en bil'])}`,
        `AGENT: okej vad är ditt personnummer`, `KUND: ${rng.pick([() => w.pnOf(m, 'short'), () => w.pnOf(m, 'long')])()}`,
        `AGENT: tack ${w.n.lone(m.first.toLowerCase())} jag ser bokningen på ${V(w, v)}`, `KUND: ${rng.pick(['mm precis', 'ja just det', 'okej bra'])}`, '');
    }
    putText(C, f, out.join('\n'));
  }
}
