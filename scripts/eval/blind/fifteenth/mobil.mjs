// Fifteenth blind set — Norrsken Mobil AB (mobil/): a mobile operator's customer service. Number porting requests
// (cp1252 CSV), call detail records (CSV with gateway `46…` numbers, IMSI/IMEI/cell ids), a SIM-swap log, the SMS
// gateway's log (short codes, PUK codes), Freshdesk-shaped ticket JSON, web chat transcripts, the service mailbox
// (mbox), the shops' SIM-swap workbook (.xlsx), a corporate agreement (.docx), an invoice specification (.pdf), a
// customer's contact backup (.vcf), a Teams escalation channel export (JSON), an NPS survey (TSV).
import { Rng, person, people, crowd, kin, nameAs, N, J, pnr, phone, foreign, email, workEmail, T, date, dotDate, hhmm, hms, ms, isoTs, hex, ocr, uuid, kr,
  ipVal, org, footer, role, server, nears, pdfLines, folded, jsonText, ndjson, putText, csv, xlsx, docx, mbox, rfcDate, htmlEsc,
  num, safe, svDate, street, postcode, CITIES, LONE, makeOrgnr, imei, iccid, imsi, puk, alnum, cp1252ok } from './core.mjs';

const OPS = ['Telia', 'Tele2', 'Telenor', 'Tre', 'Comviq', 'Hallon', 'Vimla', 'Fello'];

export default function mobil(C) {
  const rng = new Rng('mobil');
  const O = org(rng, { name: 'Norrsken Mobil AB', domain: 'norrskenmobil.se', area: '8', roles: ['kundservice', 'info', 'noreply', 'foretag', 'sms'] });
  const agents = people(rng, 10, { origins: [['swedish', 60], ['arabic', 8], ['persian', 8], ['finnish', 6], ['somali', 6], ['bosnian', 6], ['turkish', 6]], cp1252: true });
  agents.forEach((a) => { a.id = `ag${rng.int(1000, 9999)}`; a.mail = workEmail(a, O.domain); });
  const subs = crowd(rng, 160, { middle: 0.12 }).map((p) => {
    const m = phone(rng, 'mobile', 'compact');
    const d = m.value.replace(/\D/g, '').slice(1);
    return { p, msisdn: m, gw: `46${d}`, grouped: `0${d.slice(0, 2)}-${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, pnr: pnr(rng, { minYear: 1940, maxYear: 2008 }), mail: email(rng, p), cust: num(rng, 8), imei: imei(rng), iccid: iccid(rng), imsi: imsi(rng) };
  });
  const subsCp = subs.filter((s) => cp1252ok(s.p.full));

  // 1. number porting, cp1252
  {
    const file = 'mobil/nummerflytt_2026-11.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['Ärende', 'Nummer', 'Från operatör', 'Förnamn', 'Efternamn', 'Pnr/Orgnr', 'ICCID', 'Önskat datum', 'Status', 'Handläggare', 'Kommentar']];
    for (const s of subsCp.slice(0, 120)) {
      const company = rng.chance(0.15);
      J(C, file, s.p);
      let com = '';
      const k = rng.int(0, 6);
      if (k === 0) com = `Avlämnande op. nekar, fel innehavare. Abonnemanget står på ${N(R, kin(rng, s.p, { cp1252: true }), 'full', 'running-text')}`;
      else if (k === 1) com = `Kund nås på alt nr ${T(R, 'phone', phone(rng))}`;
      else if (k === 2) com = `Fullmakt saknas, mailat ${T(R, 'email', s.mail)}`;
      rows.push([R.n(null, 'case-number', `NP${num(rng, 8)}`), T(R, 'phone', rng.chance(0.5) ? s.msisdn : { value: s.grouped, subtype: 'mobile-grouped' }), rng.pick(OPS), s.p.given, s.p.last,
        company ? nm.orgnr() : T(R, 'personnummer', s.pnr), R.n(null, 'iccid', s.iccid), nm.date(date(rng, '2026-11-01', '2026-12-15')), rng.pick(['Skickad', 'Bekräftad', 'Nekad', 'Klar', 'Väntar fullmakt']),
        rng.chance(0.7) ? N(R, rng.pick(agents), 'full', 'staff') : rng.pick(agents).id, com]);
    }
    const r = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(file, r.bytes, r.text);
  }

  // 2. CDR
  {
    const file = 'mobil/cdr/cdr_export_202610.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['record_id', 'a_number', 'b_number', 'start', 'duration_s', 'type', 'cell_id', 'imsi', 'imei', 'charge_sek']];
    for (const s of subs.slice(0, 26)) {
      const contacts = Array.from({ length: rng.int(5, 10) }, () => (rng.chance(0.12) ? foreign(rng) : phone(rng, undefined, rng.pick(['plain46', 'compact', 'plain46']))));
      for (let i = 0; i < rng.int(10, 18); i++) {
        const b = rng.chance(0.06) ? { near: rng.pick(['112', '11414', '118118', '72456', '1177']) } : rng.pick(contacts);
        const d = date(rng, '2026-10-01', '2026-10-31');
        rows.push([num(rng, 12), R.t('phone', s.gw, 'mobile-e164-no-plus'), b.near ? R.n('phone', 'short-number', b.near) : T(R, 'phone', b), `${d}T${hms(rng)}`, rng.int(0, 3600), rng.pick(['MOC', 'MOC', 'SMS-MO', 'MTC']),
          R.n(null, 'cell-id', `240-0${rng.int(1, 8)}-${rng.int(1000, 65000)}-${rng.int(10, 99999)}`), R.n(null, 'imsi', s.imsi), R.n(null, 'imei', s.imei), `${rng.int(0, 9)}.${rng.int(10, 99)}`]);
      }
    }
    const r = csv(rows, { sep: ',', eol: '\n' }); C.put(file, r.bytes, r.text);
  }

  // 3. SIM-swap log
  {
    const file = 'mobil/simbyte_audit.log'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 160; i++) {
      const s = rng.pick(subs); const a = rng.pick(agents); const ts = `2026-11-${String(rng.int(1, 24)).padStart(2, '0')}T${ms(rng)}+01:00`;
      const k = rng.int(0, 4);
      if (k === 0) out.push(`${ts} level=info evt=sim_swap.requested channel=${rng.pick(['shop', 'phone', 'web'])} msisdn=${R.t('phone', s.gw, 'mobile-e164-no-plus')} agent=${a.id} agent_name="${N(R, a, 'full', 'log-user')}"`);
      else if (k === 1) out.push(`${ts} level=info evt=sim_swap.verified method=bankid subject="${T(R, 'personnummer', s.pnr)}" name="${N(R, s.p, 'caps', 'log-user')}"`);
      else if (k === 2) out.push(`${ts} level=info evt=sim_swap.done msisdn=${T(R, 'phone', s.msisdn)} old_iccid=${R.n(null, 'iccid', s.iccid)} new_iccid=${R.n(null, 'iccid', iccid(rng))} puk_sent=true`);
      else if (k === 3) out.push(`${ts} level=warn evt=sim_swap.blocked reason=recent_port msisdn=${R.t('phone', s.gw, 'mobile-e164-no-plus')} src_ip=${T(R, 'ip', ipVal(rng, [['pub', 70], ['v6', 30]]))} fraud_score=${rng.int(60, 99)}`);
      else out.push(`${ts} level=debug evt=http.request path=/api/v2/sim client=${server(R, O, rng.int(0, 1))} ver=${nm.version(`5.${rng.int(0, 9)}.${rng.int(0, 20)}.${rng.int(0, 300)}`)} took_ms=${rng.int(3, 900)}`);
    }
    out.sort();
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 4. SMS gateway
  {
    const file = 'mobil/sms/gateway-2026-11-20.log'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 180; i++) {
      const s = rng.pick(subs); const t = `2026-11-20 ${ms(rng)}`;
      const txt = rng.pick([
        () => `Hej ${R.n('name', 'lone-first-name', s.p.first)}! Din nummerflytt är klar ${nm.date(dotDate(date(rng, '2026-11-20', '2026-12-10')))}. /Norrsken`,
        () => `Din PUK-kod är ${R.n(null, 'puk', puk(rng))}. Dela aldrig koden.`,
        () => `Engångskod: ${R.n(null, 'otp', String(rng.int(100000, 999999)))}`,
        () => `Du har använt 80% av din surf (${rng.int(8, 40)} GB). Köp extra: svara EXTRA till ${R.n('phone', 'short-number', '72456')}`,
        () => `Fakturan ${R.n(null, 'invoice-number', num(rng, 9))} på ${nm.amount(`${kr(rng, 99, 900)} kr`)} förfaller ${nm.date(date(rng, '2026-11-25', '2026-12-30'))}`,
      ])();
      out.push(`${t} MT id=${hex(rng, 10)} src=${R.n('phone', 'short-number', rng.pick(['72456', 'Norrsken', '71120']))} dst=${R.t('phone', s.gw, 'mobile-e164-no-plus')} dcs=0 status=${rng.pick(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])} text="${txt}"`);
      if (rng.chance(0.12)) out.push(`${t} MO id=${hex(rng, 10)} src=${R.t('phone', s.gw, 'mobile-e164-no-plus')} dst=72456 text="${rng.pick(['EXTRA', 'STOPP', 'ja tack', 'vem är detta'])}"`);
    }
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 5. Freshdesk-shaped tickets
  {
    const file = 'mobil/helpdesk/tickets_export.json'; const R = C.at(file); const nm = nears(R, rng);
    const tickets = [];
    for (let i = 0; i < 50; i++) {
      const s = rng.pick(subs); const a = rng.pick(agents); const d = date(rng);
      const conv = [
        { from_email: T(R, 'email', s.mail), incoming: true, body_text: rng.pick([
          () => `Hej, min telefon blev stulen igår. IMEI ${R.n(null, 'imei', s.imei)}. Spärra SIM-kortet på ${T(R, 'phone', s.msisdn)}. Mvh ${N(R, s.p, rng.pick(['full', 'lower']), 'signature')}`,
          () => `Jag har fått en faktura på ${nm.amount(`${kr(rng, 300, 4000)} kr`)} för samtal till ${T(R, 'phone', foreign(rng))} som jag aldrig ringt!! ${N(R, s.p)}`,
          () => `Flytten från ${rng.pick(OPS)} har inte gått igenom. Mitt personnummer ${T(R, 'personnummer', s.pnr)}, nummer ${T(R, 'phone', s.msisdn)}.`,
          () => `My name is ${N(R, s.p, 'full', 'running-text')}, I need an English invoice. Call me at ${T(R, 'phone', rng.chance(0.5) ? phone(rng) : foreign(rng))}.`,
        ])() },
        { from_email: R.t('email', a.mail, 'staff-work'), incoming: false, body_text: `Hej ${R.n('name', 'lone-first-name', s.p.first)}!\n\nTack för ditt meddelande. Jag har ${rng.pick(['spärrat kortet', 'krediterat fakturan', 'eskalerat till portering'])}. Ärendenr ${R.n(null, 'case-number', `#${num(rng, 6)}`)}.\n\nVänliga hälsningar\n${N(R, a, 'full', 'signature')}\nNorrsken Mobil Kundservice ${R.n('phone', 'service-line', O.service)}` },
      ];
      tickets.push({ id: rng.int(100000, 999999), subject: rng.pick(['Stulen telefon', 'Felaktig faktura', 'Nummerflytt', 'Invoice in English', 'Ingen täckning']), status: rng.int(2, 5), priority: rng.int(1, 4), created_at: isoTs(rng, d),
        requester: { name: N(R, s.p, rng.pick(['full', 'full', 'caps'])), email: T(R, 'email', s.mail), phone: T(R, 'phone', s.msisdn), mobile: null },
        responder: { id: rng.int(1000, 9999), name: N(R, a, 'full', 'staff') },
        custom_fields: { cf_kundnummer: R.n(null, 'customer-number', s.cust), cf_iccid: R.n(null, 'iccid', s.iccid), cf_imei: rng.chance(0.4) ? R.n(null, 'imei', imei(rng)) : null },
        conversations: conv, tags: ['mobil', rng.pick(['faktura', 'portering', 'spärr'])] });
    }
    putText(C, file, jsonText(tickets));
  }

  // 6. chat transcripts
  {
    const file = 'mobil/chatt/transkript_2026-11-18.txt'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 38; i++) {
      const s = rng.pick(subs); const a = rng.pick(agents); const t0 = `${String(rng.int(8, 20)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
      out.push(`=== Konversation ${R.n(null, 'chat-id', `C-${num(rng, 9)}`)} · 2026-11-18 ${t0} · besökare ${T(R, 'ip', ipVal(rng))} ===`);
      const vn = rng.chance(0.5) ? N(R, s.p, 'full', 'chat-speaker') : 'Besökare';
      out.push(`[${t0}] ${vn}: hej, ${rng.pick(['mitt mobilnät funkar inte', 'har inte fått min nya sim', 'vill säga upp mitt abonnemang', 'fått sms om puk-kod?'])}`);
      out.push(`[${t0}] ${N(R, a, 'full', 'chat-speaker')}: Hej! Vad heter du och vilket nummer gäller det?`);
      out.push(`[${t0}] ${vn}: ${rng.pick([() => `${N(R, s.p, 'lower')} ${T(R, 'phone', s.msisdn)}`, () => `det är ${T(R, 'phone', { value: s.grouped, subtype: 'mobile-grouped' })}, ${N(R, s.p, 'full', 'running-text')}`, () => `mitt namn är ${N(R, s.p, 'lower')}, nr ${R.t('phone', `+${s.gw}`, 'mobile-e164')}`])()}`);
      out.push(`[${t0}] ${a.first}: Tack! Kan du bekräfta ditt personnummer?`);
      out.push(`[${t0}] ${vn}: ${rng.chance(0.6) ? T(R, 'personnummer', s.pnr) : `${nm.badLuhn()} nej vänta fel`}`);
      R.n('name', 'lone-first-name', a.first);
      if (rng.chance(0.3)) out.push(`[${t0}] ${vn}: det är min pappa ${N(R, kin(rng, s.p), 'full', 'running-text')} som står på abonnemanget egentligen`);
      out.push(`[${t0}] ${a.first}: ${rng.pick([() => 'Jag har skickat ett nytt SIM till folkbokföringsadressen.', () => `Vi har en störning i ditt område, ärende ${R.n(null, 'case-number', `INC${num(rng, 7)}`)}`, () => 'Uppsägningen är registrerad, 1 månads uppsägningstid.'])()}`, '');
    }
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 7. mailbox
  {
    const file = 'mobil/kundservice_inkorg.mbox'; const R = C.at(file); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 40; i++) {
      const s = rng.pick(subs); const a = rng.pick(agents); const d = date(rng); const k = rng.int(0, 3);
      let m;
      if (k === 0) m = { from: [N(R, s.p, 'full', 'header-display'), T(R, 'email', s.mail)], to: [['Norrsken Kundservice', role(R, O, 0)]], subject: 'Uppsägning',
        text: `Hej\nJag vill säga upp abonnemanget på nummer ${T(R, 'phone', s.msisdn)}.\nKundnummer ${R.n(null, 'customer-number', s.cust)}\n\n${N(R, s.p, 'full', 'signature')}\n${street(rng)}\n${R.n(null, 'postcode', postcode(rng))} ${rng.pick(CITIES)}` };
      else if (k === 1) {
        const heir = kin(rng, s.p);
        m = { from: [N(R, heir, 'full', 'header-display'), T(R, 'email', email(rng, heir))], to: [['Norrsken Kundservice', role(R, O, 0)]], subject: 'Dödsbo – avsluta abonnemang',
          text: `Hej,\n\nMin far ${N(R, s.p, 'full', 'running-text')} (${T(R, 'personnummer', s.pnr)}) gick bort ${nm.date(svDate(date(rng)))}. Jag är dödsbodelägare och vill avsluta hans abonnemang ${T(R, 'phone', s.msisdn)} och behålla numret själv.\nMitt nummer: ${T(R, 'phone', phone(rng))}\n\nMvh ${N(R, heir, 'full', 'signature')}`,
          html: `<p>Hej,</p><p>Min far ${htmlEsc(s.p.full)} gick bort. Jag vill avsluta hans abonnemang ${htmlEsc(s.msisdn.value)}.</p><p>Mvh ${htmlEsc(heir.full)}</p>`, htmlText: `Hej,\nMin far ${s.p.full} gick bort. Jag vill avsluta hans abonnemang ${s.msisdn.value}.\nMvh ${heir.full}` };
      } else if (k === 2) m = { from: [N(R, a, 'full', 'header-display'), R.t('email', a.mail, 'staff-work')], to: [[N(R, s.p, 'full', 'header-display'), T(R, 'email', s.mail)]], subject: 'Angående din faktura',
        text: `Hej ${R.n('name', 'lone-first-name', s.p.first)},\n\nVi har krediterat ${nm.amount(`${kr(rng, 50, 900)} kr`)} på faktura ${R.n(null, 'invoice-number', num(rng, 9))}. OCR ${R.n(null, 'ocr', ocr(rng, 14))}.\n\n${N(R, a, 'full', 'signature')}\n${footer(R, O, ['orgnr', 'service'])}\n\n> ${nm.date(d)} skrev ${N(R, s.p, 'full', 'quoted')} <${s.mail.value}>:\n> Varför kostar det så mycket att ringa till ${T(R, 'phone', foreign(rng))}?` };
      else m = { from: [null, nm.role(`no-reply@${rng.pick(['tele2', 'telia', 'tre'])}.example`)], to: [[null, role(R, O, 3)]], subject: `Porting reject ${R.n(null, 'case-number', `NP${num(rng, 8)}`)}`,
        text: `PORTING REJECT\nMSISDN: ${R.t('phone', s.gw, 'mobile-e164-no-plus')}\nReason: 04 ID mismatch (${T(R, 'personnummer', s.pnr)} != registered owner)\nRegistered: ${N(R, kin(rng, s.p), 'caps', 'caps')}\nRecipient: ${O.name} ${R.n('personnummer', 'organisationsnummer', O.orgnr)}` };
      msgs.push({ ...m, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${hex(rng, 16)}@norrskenmobil.se`, enc: rng.pick(['qp', 'b64', '8bit', 'qp']), hdrMode: rng.pick(['Q', 'B']) });
    }
    const r = mbox(msgs); C.put(file, r.bytes, r.text);
  }

  // 8. shops' SIM-swap workbook
  {
    const file = 'mobil/butiker/simbyten_q4.xlsx'; const R = C.at(file); const nm = nears(R, rng);
    const shops = ['Norrsken Butik Gallerian', 'Norrsken Butik Kungsgatan', 'Återförsäljare Mobilfixarn', 'Norrsken Butik Gustav Adolfs torg'];
    R.n('name', 'place', 'Gustav Adolfs torg');
    const sheets = shops.map((shop) => {
      const rows = [[shop], ['Datum', 'Kund', 'Legitimation', 'Leg.nr', 'Nummer', 'Nytt ICCID', 'Säljare']];
      for (let i = 0; i < 26; i++) {
        const s = rng.pick(subs); const a = rng.pick(agents);
        rows.push([nm.date(date(rng, '2026-10-01', '2026-11-24')), N(R, s.p, rng.pick(['full', 'surname-first', 'caps'])), rng.pick(['Körkort', 'Pass', 'ID-kort', 'BankID']),
          rng.chance(0.5) ? T(R, 'personnummer', s.pnr) : R.n(null, 'id-document-number', `${alnum(rng, 2)}${num(rng, 7)}`), T(R, 'phone', s.msisdn), R.n(null, 'iccid', iccid(rng)), N(R, a, 'full', 'staff')]);
      }
      return { name: shop.split(' ').slice(-1)[0], rows };
    });
    const r = xlsx(sheets, { creator: agents[3].full }); R.t('name', agents[3].full, 'xlsx-creator'); C.put(file, r.bytes, r.text);
  }

  // 9. corporate agreement .docx
  {
    const file = 'mobil/foretag/avtal_Lindqvist_Bygg.docx'; const R = C.at(file); const nm = nears(R, rng);
    const contact = person(rng, { cp1252: true }); const a = agents[5];
    const users = crowd(rng, 40);
    R.n('name', 'company', 'Lindqvist Bygg AB');
    const blocks = [{ h: 'Företagsavtal – Mobiltelefoni' }, `Avtalsnummer ${R.n(null, 'contract-number', `FA-${num(rng, 6)}`)}`, `Kund: Lindqvist Bygg AB, org.nr ${nm.orgnr()}`,
      { runs: ['Kontaktperson: ', N(R, contact), ', tel ', T(R, 'phone', phone(rng, 'mobile')), ', ', T(R, 'email', { value: workEmail(contact, 'lindqvistbygg.se'), subtype: 'work' })] },
      { runs: ['Säljare Norrsken: ', N(R, a, 'full', 'staff'), ' ', R.t('email', a.mail, 'staff-work')] }, { h: 'Bilaga 1 – Användare' },
      { table: [['Användare', 'Nummer', 'Abonnemang', 'Kostnadsställe'], ...users.map((u) => [N(R, u, rng.pick(['full', 'full', 'surname-first'])), T(R, 'phone', phone(rng, 'mobile', rng.pick(['grouped', 'compact', 'intl']))), rng.pick(['Företag 20 GB', 'Företag Obegränsad', 'Datakort 50 GB']), R.n(null, 'cost-centre', `KS${rng.int(100, 999)}`)])] },
      `Avtalstid 24 månader från ${nm.date(svDate('2026-12-01'))}. Månadsavgift totalt ${nm.amount(`${kr(rng, 6000, 18000)} kr`)} exkl. moms.`, `${footer(R, O, ['orgnr', 'bg', 'switchboard'])}`];
    const r = docx(blocks, { creator: a.full }); R.t('name', a.full, 'docx-creator'); C.put(file, r.bytes, r.text);
  }

  // 10. invoice specification .pdf
  for (let f = 0; f < 1; f++) {
    const s = subsCp[f * 9 + 4];
    const file = `mobil/faktura/specifikation_${s.cust}.pdf`; const R = C.at(file); const nm = nears(R, rng);
    const lines = [{ text: 'Norrsken Mobil – Specifikation', size: 14, bold: true }, `${N(R, s.p, 'caps')}`, `${street(rng)}`, `${R.n(null, 'postcode', postcode(rng))} ${rng.pick(CITIES)}`, '',
      `Kundnummer ${R.n(null, 'customer-number', s.cust)}   Fakturanr ${R.n(null, 'invoice-number', num(rng, 9))}   OCR ${R.n(null, 'ocr', ocr(rng, 15))}`, `Abonnemang ${T(R, 'phone', { value: s.grouped, subtype: 'mobile-grouped' })}`, '', 'Datum       Tid       Till nummer            Längd   Belopp'];
    const contacts = Array.from({ length: 12 }, () => (rng.chance(0.2) ? foreign(rng) : phone(rng, undefined, rng.pick(['compact', 'grouped']))));
    for (let i = 0; i < 70; i++) lines.push(`${nm.date(date(rng, '2026-10-01', '2026-10-31'))}  ${hms(rng)}  ${T(R, 'phone', rng.pick(contacts)).padEnd(22)} ${rng.int(0, 59)}:${String(rng.int(0, 59)).padStart(2, '0')}   ${nm.amount(`${rng.int(0, 40)},${String(rng.int(0, 99)).padStart(2, '0')}`)}`);
    lines.push('', `Totalt att betala ${nm.amount(`${kr(rng, 200, 1500)} kr`)}`, `Bankgiro ${R.n(null, 'bankgiro', O.bg)}`, footer(R, O, ['orgnr', 'service']));
    const r = pdfLines(lines, { title: 'Specifikation' }); C.put(file, r.bytes, r.text);
  }

  // 11. a customer's contact backup (restore case)
  {
    const file = 'mobil/arende_816203/kontakter_backup.vcf'; const R = C.at(file);
    const L = [];
    for (const p of crowd(rng, 90)) {
      const v21 = rng.chance(0.3);
      L.push('BEGIN:VCARD', `VERSION:${v21 ? '2.1' : '3.0'}`, `N${v21 ? ';CHARSET=UTF-8' : ''}:${p.last};${p.given};;;`, `FN${v21 ? ';CHARSET=UTF-8' : ''}:${N(R, p, 'full', 'vcard-fn')}`,
        `TEL;${v21 ? 'CELL' : 'TYPE=CELL'}:${T(R, 'phone', rng.chance(0.85) ? phone(rng, 'mobile', rng.pick(['compact', 'intl', 'e164', 'grouped'])) : foreign(rng))}`,
        ...(rng.chance(0.3) ? [`EMAIL:${T(R, 'email', email(rng, p))}`] : []), ...(rng.chance(0.1) ? [`BDAY:${rng.int(1950, 2005)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`] : []), 'END:VCARD');
    }
    for (const [n, t] of [['Mamma', '070-'], ['Vårdcentralen', '0771-'], ['Pizzeria Roma', '08-']]) L.push('BEGIN:VCARD', 'VERSION:3.0', `FN:${R.n('name', 'nickname', n)}`, `TEL:${t === '0771-' ? R.n('phone', 'service-line', `0771-${num(rng, 3)} ${num(rng, 3)}`) : T(R, 'phone', t === '070-' ? phone(rng, 'mobile') : phone(rng, 'landline'))}`, 'END:VCARD');
    const r = folded(L); C.put(file, r.bytes, r.text);
  }

  // 12. Teams escalation export
  {
    const file = 'mobil/teams/eskalering_portering.json'; const R = C.at(file); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 70; i++) {
      const a = rng.pick(agents); const s = rng.pick(subs);
      const body = rng.pick([
        () => `<p>Kan någon kolla porteringen för ${htmlEsc(T(R, 'phone', s.msisdn))}? Kunden ${htmlEsc(N(R, s.p, 'full', 'running-text'))} har ringt tre gånger.</p>`,
        () => `<p>@${htmlEsc(N(R, rng.pick(agents), 'full', 'mention'))} ärende ${R.n(null, 'case-number', `NP${num(rng, 8)}`)} fastnat hos ${rng.pick(OPS)}</p>`,
        () => `<p>Fraud-flagg på ${R.t('phone', s.gw, 'mobile-e164-no-plus')}, simbyte från IP ${htmlEsc(T(R, 'ip', ipVal(rng)))} – spärrat</p>`,
        () => `<p>Lunch? 🙂</p>`,
        () => `<p>${htmlEsc(s.p.first)} ${htmlEsc(s.p.last)} vill ha samtal från chef, ring ${htmlEsc(T(R, 'phone', phone(rng)))}</p>`,
      ])();
      if (body.includes(' vill ha samtal från chef')) R.t('name', `${s.p.first} ${s.p.last}`, 'running-text');
      msgs.push({ id: String(1700000000000 + i * rng.int(1000, 90000)), messageType: 'message', createdDateTime: isoTs(rng, date(rng)), from: { user: { id: uuid(rng), displayName: N(R, a, 'full', 'chat-speaker'), userIdentityType: 'aadUser' } }, body: { contentType: 'html', content: body } });
    }
    putText(C, file, jsonText({ '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#teams('x')/channels('y')/messages", value: msgs }));
  }

  // 13. NPS survey TSV
  {
    const file = 'mobil/nps_oktober.tsv'; const R = C.at(file); const nm = nears(R, rng);
    const out = [['svar_id', 'datum', 'msisdn', 'kundnr', 'betyg', 'kommentar', 'agent'].join('\t')];
    for (let i = 0; i < 150; i++) {
      const s = rng.pick(subs); const a = rng.pick(agents);
      const c = rng.pick([
        () => `${a.first} var jättetrevlig!`, () => `usel täckning i ${rng.pick(CITIES)}`, () => `kontakta mig ${T(R, 'phone', phone(rng))}`, () => '',
        () => `tack ${N(R, a, 'full', 'running-text')} för hjälpen`, () => `/${N(R, s.p, 'lower', 'signature')}`, () => `bäst i test`, () => `Ring ${R.n('phone', 'service-line', O.service)} tar 40 min kö`,
      ])();
      if (c.endsWith('jättetrevlig!')) R.n('name', 'lone-first-name', a.first);
      out.push([num(rng, 7), nm.date(date(rng, '2026-10-01', '2026-10-31')), R.t('phone', s.gw, 'mobile-e164-no-plus'), R.n(null, 'customer-number', s.cust), rng.int(0, 10), c, a.id].join('\t'));
    }
    putText(C, file, `${out.join('\n')}\n`);
  }
}
