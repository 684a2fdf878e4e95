// Fifteenth blind set — Valv Finans AB (valv/): a crypto and payments app's KYC and AML desk. KYC review queue
// (cp1252 CSV), the ID-check vendor's results (JSON with MRZ lines and extracted fields), login log, on-chain
// transaction export (wallet addresses and hashes), a report to the financial intelligence unit (.docx), the
// #aml-alerts Slack export, the support mailbox (mbox, a forwarded bank letter, an attachment), a Zendesk CSV export
// with multi-line descriptions, source-of-funds declarations (.pdf), the high-risk workbook (.xlsx), payment
// webhooks (NDJSON), call transcripts from speech-to-text (lower case, no punctuation).
import { Rng, person, people, crowd, kin, nameAs, N, J, pnr, phone, foreign, email, workEmail, T, date, dotDate, hhmm, hms, ms, isoTs, hex, ocr, uuid, kr,
  ipVal, org, footer, role, server, nears, pdfLines, jsonText, ndjson, putText, csv, xlsx, docx, mbox, rfcDate, htmlEsc,
  num, safe, svDate, street, postcode, CITIES, LONE, alnum, cp1252ok, btcAddr, ethAddr, txHash, iban, ascii, makeOrgnr } from './core.mjs';

const CITIZEN = ['SE', 'SE', 'SE', 'SE', 'FI', 'IQ', 'SO', 'IR', 'BA', 'PL', 'ER', 'TR', 'UA', 'VN', 'DE'];
const mrzName = (p) => `${ascii(p.last).toUpperCase().replace(/[ -]/g, '<')}<<${ascii(p.given).toUpperCase().replace(/[ -]/g, '<')}`;

export default function valv(C) {
  const rng = new Rng('valv');
  const O = org(rng, { name: 'Valv Finans AB', domain: 'valvfinans.se', area: '8', roles: ['support', 'compliance', 'noreply', 'kyc', 'dpo'] });
  const staff = people(rng, 8, { origins: [['swedish', 50], ['persian', 10], ['english', 10], ['finnish', 10], ['polish', 10], ['chinese', 10]], cp1252: true });
  staff.forEach((s) => { s.mail = workEmail(s, O.domain); s.handle = `${ascii(s.first)}.${ascii(s.last[0])}`; });
  const cust = crowd(rng, 150, { middle: 0.15 }).map((p, i) => ({ p, id: `VF${num(rng, 7)}`, pnr: pnr(rng, i % 11 === 0 ? { samord: true, minYear: 1970, maxYear: 2004 } : { minYear: 1950, maxYear: 2007 }), mob: rng.chance(0.9) ? phone(rng, 'mobile') : foreign(rng),
    mail: email(rng, p), btc: btcAddr(rng), eth: ethAddr(rng), cit: CITIZEN[i % CITIZEN.length], passport: `${alnum(rng, 2)}${num(rng, 7)}` }));
  const custCp = cust.filter((c) => cp1252ok(c.p.full));

  // 1. KYC review queue, cp1252
  {
    const file = 'valv/kyc/granskningskö_2026-11.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['Kund-ID', 'Förnamn', 'Efternamn', 'Personnummer', 'Medborgarskap', 'ID-handling', 'Handlingsnr', 'PEP', 'Riskklass', 'Handläggare', 'Kommentar']];
    for (const c of custCp.slice(0, 110)) {
      J(C, file, c.p);
      const com = rng.pick([() => '', () => '', () => `Ombud: ${N(R, kin(rng, c.p, { cp1252: true }), 'full', 'running-text')} har fullmakt`, () => `Insättning ${nm.amount(`${kr(rng, 50000, 900000)} kr`)} från ${R.n(null, 'iban', iban(rng))}`,
        () => `Samma enhet som kund ${R.n(null, 'customer-number', rng.pick(cust).id)}`, () => `Tel.kontakt ${T(R, 'phone', c.mob)}`, () => `PEP-träff: falsk, namne till ${N(R, person(rng, { cp1252: true }), 'full', 'running-text')}`])();
      rows.push([R.n(null, 'customer-number', c.id), c.p.given, c.p.last, rng.chance(0.85) ? T(R, 'personnummer', c.pnr) : nm.masked(), c.cit, rng.pick(['Pass', 'ID-kort', 'Körkort', 'Uppehållstillstånd']),
        R.n(null, 'document-number', c.passport), rng.pick(['Nej', 'Nej', 'Nej', 'Ja', 'RCA']), rng.pick(['Låg', 'Medel', 'Hög']), N(R, rng.pick(staff), rng.chance(0.7) ? 'full' : 'surname-first', 'staff'), com]);
    }
    rows.push([], [`Export ${nm.date('2026-11-24')} – ${O.name} ${R.n('personnummer', 'organisationsnummer', O.orgnr)}`]);
    const r = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(file, r.bytes, r.text);
  }

  // 2. ID-check vendor results
  {
    const file = 'valv/kyc/idcheck_results.json'; const R = C.at(file); const nm = nears(R, rng);
    const items = cust.slice(20, 85).map((c) => {
      J(C, file, c.p);
      const mrz1 = `P<${c.cit === 'SE' ? 'SWE' : 'UTO'}${mrzName(c.p)}`.padEnd(44, '<').slice(0, 44);
      R.n(null, 'mrz', mrz1);
      return { checkId: uuid(rng), status: rng.pick(['approved', 'approved', 'review', 'declined']), createdAt: isoTs(rng, date(rng)),
        document: { type: 'passport', country: c.cit, number: R.n(null, 'document-number', c.passport), expiry: nm.date(date(rng, '2027-01-01', '2035-12-31')), mrz: [mrz1, `${c.passport}<${rng.int(0, 9)}${c.cit === 'SE' ? 'SWE' : 'UTO'}${alnum(rng, 20)}`.slice(0, 44)] },
        extracted: { firstName: c.p.given, lastName: c.p.last, dateOfBirth: nm.date(date(rng, '1950-01-01', '2007-12-31')), personalNumber: c.cit === 'SE' ? T(R, 'personnummer', c.pnr) : null },
        selfie: { livenessScore: Number((0.5 + rng.next() / 2).toFixed(3)), faceMatch: Number((0.4 + rng.next() * 0.6).toFixed(3)) }, ip: T(R, 'ip', ipVal(rng)), device: `${rng.pick(['iOS', 'Android'])} ${rng.int(13, 18)}` };
    });
    putText(C, file, jsonText({ provider: 'IdVerify', exported: '2026-11-24T02:00:00Z', results: items }, 1));
  }

  // 3. login log
  {
    const file = 'valv/logs/auth-2026-11-22.log'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 240; i++) {
      const c = rng.pick(cust); const t = `2026-11-22T${ms(rng)}Z`;
      const k = rng.int(0, 4);
      if (k === 0) out.push(`${t} INFO auth.login.success user=${T(R, 'email', c.mail)} ip=${T(R, 'ip', ipVal(rng))} device=${hex(rng, 16)} mfa=totp`);
      else if (k === 1) out.push(`${t} WARN auth.login.failed user=${T(R, 'email', c.mail)} ip=${T(R, 'ip', ipVal(rng, [['pub', 90], ['v6', 10]]))} reason=bad_password attempts=${rng.int(2, 9)}`);
      else if (k === 2) out.push(`${t} INFO auth.bankid.complete pnr=${T(R, 'personnummer', { value: c.pnr.value.replace(/\D/g, '').length === 10 ? `${c.pnr.value.replace(/\D/g, '').startsWith('0') || c.pnr.value.replace(/\D/g, '').startsWith('1') || c.pnr.value.replace(/\D/g, '').startsWith('2') ? '20' : '19'}${c.pnr.value.replace(/\D/g, '')}` : c.pnr.value.replace(/\D/g, ''), subtype: 'pnr-long' })} customer=${R.n(null, 'customer-number', c.id)}`);
      else if (k === 3) out.push(`${t} INFO api.request GET /v1/wallets ip=${server(R, O, 1)} user_agent="ValvApp/${nm.version(`3.${rng.int(0, 20)}.${rng.int(0, 9)}.${rng.int(1000, 9999)}`)}" latency=${rng.int(5, 400)}ms`);
      else out.push(`${t} INFO auth.sms.sent to=${T(R, 'phone', c.mob)} template=login_otp code_len=6`);
    }
    out.sort();
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 4. on-chain export
  {
    const file = 'valv/transaktioner/onchain_uttag_okt.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['tx_time', 'customer_id', 'customer_name', 'asset', 'amount', 'to_address', 'tx_hash', 'risk_score', 'flag']];
    for (let i = 0; i < 170; i++) {
      const c = rng.pick(cust); const btc = rng.chance(0.55);
      rows.push([`${date(rng, '2026-10-01', '2026-10-31')} ${hms(rng)}`, R.n(null, 'customer-number', c.id), N(R, c.p, rng.pick(['full', 'caps', 'surname-first'])), btc ? 'BTC' : 'ETH', (rng.next() * (btc ? 0.8 : 9)).toFixed(btc ? 8 : 6),
        R.n(null, btc ? 'btc-address' : 'eth-address', rng.chance(0.7) ? (btc ? c.btc : c.eth) : (btc ? btcAddr(rng) : ethAddr(rng))), R.n(null, 'tx-hash', txHash(rng, !btc)), rng.int(0, 100), rng.pick(['', '', '', 'mixer', 'high_value', 'sanctioned_cluster?'])]);
    }
    const r = csv(rows, { sep: ',', eol: '\n' }); C.put(file, r.bytes, r.text);
  }

  // 5. FIU report .docx
  for (let f = 0; f < 2; f++) {
    const c = custCp[f * 13 + 5]; const assoc = [person(rng, { cp1252: true }), kin(rng, c.p, { cp1252: true })]; const a = staff[f + 1];
    const file = `valv/aml/rapport_fipo_${num(rng, 6)}.docx`; const R = C.at(file); const nm = nears(R, rng);
    const blocks = [{ h: 'Rapport om misstänkt penningtvätt – internt underlag' }, `Upprättad ${nm.date(date(rng))} av ${N(R, a, 'full', 'staff')}`,
      { table: [['Rapporterad person', N(R, c.p, 'caps')], ['Personnummer', T(R, 'personnummer', c.pnr)], ['Kund-ID', R.n(null, 'customer-number', c.id)], ['Telefon', T(R, 'phone', c.mob)], ['E-post', T(R, 'email', c.mail)], ['Passnr', R.n(null, 'document-number', c.passport)]] },
      { h: 'Beskrivning' }, { runs: ['Kunden har under oktober tagit emot ', nm.amount(`${kr(rng, 200000, 2000000)} kr`), ' från ', N(R, assoc[0], 'full', 'running-text'), ' och ', N(R, assoc[1], 'full', 'running-text'), ' och direkt tagit ut allt till ', R.n(null, 'btc-address', c.btc), '.'] },
      'Inloggningar har skett från följande adresser:', { table: [['Tid', 'IP', 'Land'], ...Array.from({ length: 8 }, () => [`${nm.date(date(rng))} ${hhmm(rng)}`, T(R, 'ip', ipVal(rng, [['pub', 70], ['v6', 30]])), rng.pick(['SE', 'SE', 'NL', 'AE', 'TR'])])] },
      `Transaktion ${R.n(null, 'tx-hash', txHash(rng, false))}`, `Kontakt compliance: ${role(R, O, 1)}, ${R.n('phone', 'switchboard', O.switchboard)}`];
    const r = docx(blocks, { creator: a.full }); R.t('name', a.full, 'docx-creator'); C.put(file, r.bytes, r.text);
  }

  // 6. Slack export
  {
    const file = 'valv/aml/slack_aml-alerts_2026-11.json'; const R = C.at(file); const nm = nears(R, rng);
    const uid = new Map(staff.map((s) => [s, `U0${alnum(rng, 8)}`]));
    const msgs = [];
    for (let i = 0; i < 80; i++) {
      const s = rng.pick(staff); const c = rng.pick(cust);
      const text = rng.pick([
        () => `Alert: ${R.n(null, 'customer-number', c.id)} (${N(R, c.p, 'full', 'running-text')}) withdrew to flagged address ${R.n(null, 'btc-address', c.btc)}`,
        () => `<@${uid.get(rng.pick(staff))}> kan du ta ${c.p.first}? KYC gick igenom men pnr ${T(R, 'personnummer', c.pnr)} matchar inte SPAR`,
        () => `Ny inloggning från ${T(R, 'ip', ipVal(rng))} för ${T(R, 'email', c.mail)} – olika land på 10 min`,
        () => `Ringt kunden på ${T(R, 'phone', c.mob)}, ingen svarar. Fryser kontot.`,
        () => `FP, stängs :white_check_mark:`,
        () => `pratade med ${N(R, c.p, 'lower')} nyss, säger att hans bror ${N(R, kin(rng, c.p), 'lower', 'lower')} använt kontot`,
      ])();
      if (text.includes('kan du ta')) R.n('name', 'lone-first-name', c.p.first);
      msgs.push({ type: 'message', user: uid.get(s), text, ts: `${1763500000 + i * rng.int(100, 9000)}.${String(rng.int(0, 999999)).padStart(6, '0')}`,
        user_profile: { real_name: N(R, s, 'full', 'chat-speaker'), display_name: R.n('name', 'username', s.handle), name: s.handle } });
    }
    putText(C, file, jsonText(msgs, 4));
  }

  // 7. support mailbox
  {
    const file = 'valv/support/inkorg.mbox'; const R = C.at(file); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 36; i++) {
      const c = rng.pick(cust); const a = rng.pick(staff); const d = date(rng); const k = rng.int(0, 3); let m;
      if (k === 0) m = { from: [N(R, c.p, 'full', 'header-display'), T(R, 'email', c.mail)], to: [['Valv Support', role(R, O, 0)]], subject: 'Varför är mitt konto fryst???',
        text: `Jag har försökt ta ut mina pengar i en vecka. Kund-ID ${R.n(null, 'customer-number', c.id)}. Ring mig ${T(R, 'phone', c.mob)} NU.\n\n${N(R, c.p, rng.pick(['full', 'caps']), 'signature')}` };
      else if (k === 1) m = { from: [N(R, a, 'full', 'header-display'), R.t('email', a.mail, 'staff-work')], to: [[N(R, c.p, 'full', 'header-display'), T(R, 'email', c.mail)]], subject: 'Komplettering – kännedom om kund',
        text: `Hej ${R.n('name', 'lone-first-name', c.p.first)},\n\nFör att kunna godkänna uttaget behöver vi underlag för varifrån pengarna kommer (lönespecifikation, köpekontrakt eller liknande).\nLadda upp i appen eller svara på detta mejl.\n\nVänliga hälsningar\n${N(R, a, 'full', 'signature')}\nCompliance, ${O.name}\n${footer(R, O, ['orgnr', 'switchboard'])}` };
      else if (k === 2) {
        const rows = [['Datum', 'Motpart', 'Belopp']];
        for (let j = 0; j < 8; j++) rows.push([nm.date(date(rng)), N(R, person(rng), rng.pick(['caps', 'full']), 'bank-text'), `${rng.int(500, 90000)},00`]);
        const att = csv(rows, { sep: ';' });
        m = { from: [N(R, c.p, 'full', 'header-display'), T(R, 'email', c.mail)], to: [['Valv Compliance', role(R, O, 1)]], subject: `SV: Komplettering ${c.id}`, text: `Här är kontoutdraget. /${c.p.first}`, attachments: [{ name: 'kontoutdrag.csv', type: 'text/csv; charset=utf-8', data: att.bytes, text: att.text }] };
        R.n('name', 'lone-first-name', c.p.first);
      } else m = { from: [N(R, a, 'full', 'header-display'), R.t('email', a.mail, 'staff-work')], to: [[null, role(R, O, 1)]], subject: 'Fwd: Återkrav från banken',
        text: `FYI\n\n---------- Forwarded message ---------\nFrom: Bedrägeriavdelningen <${nm.role('bedrageri@bank.example')}>\nDate: ${nm.date(d)}\nSubject: Återkrav\n\nVår kund ${N(R, person(rng), 'full', 'forwarded')} (${T(R, 'personnummer', pnr(rng))}) har blivit lurad att föra över ${nm.amount(`${kr(rng, 10000, 300000)} kr`)} till er kund ${N(R, c.p, 'full', 'forwarded')}, konto ${R.n(null, 'iban', iban(rng))}. Vi begär återbetalning.\nHandläggare ${N(R, person(rng), 'full', 'forwarded')}, tel ${T(R, 'phone', phone(rng, 'landline'))}` };
      msgs.push({ ...m, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${hex(rng, 20)}@valvfinans.se`, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
    }
    const r = mbox(msgs); C.put(file, r.bytes, r.text);
  }

  // 8. Zendesk CSV export
  {
    const file = 'valv/support/zendesk_export.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['Id', 'Requester', 'Requester email', 'Assignee', 'Subject', 'Description', 'Created at', 'Tags']];
    for (let i = 0; i < 90; i++) {
      const c = rng.pick(cust); const a = rng.pick(staff);
      rows.push([rng.int(10000, 99999), N(R, c.p, rng.pick(['full', 'full', 'lower'])), T(R, 'email', c.mail), N(R, a, 'full', 'staff'), rng.pick(['Uttag', 'Verifiering', 'Bedrägeri?', 'Skatterapport', 'Close account']),
        rng.pick([() => `Hej\nmitt BankID funkar inte i appen.\nPersonnr ${T(R, 'personnummer', c.pnr)}\nTel ${T(R, 'phone', c.mob)}`, () => `Jag behöver K4-underlag för 2025.\n/${N(R, c.p, 'full', 'signature')}`,
          () => `Someone logged in from ${T(R, 'ip', ipVal(rng))}, not me!!\n${N(R, c.p, 'full', 'signature')}`, () => `Please close my account, transfer remaining to ${R.n(null, 'eth-address', c.eth)}`])(),
        `${date(rng)} ${hms(rng)}`, rng.pick(['uttag kyc', 'bankid', 'fraud', 'k4', 'close'])]);
    }
    const r = csv(rows, { quoteAll: true }); C.put(file, r.bytes, r.text);
  }

  // 9. source-of-funds declarations
  for (let f = 0; f < 2; f++) {
    const c = custCp[f * 17 + 30]; const emp = person(rng, { cp1252: true });
    const file = `valv/kyc/kallor_till_medel_${c.id}.pdf`; const R = C.at(file); const nm = nears(R, rng);
    const lines = [{ text: 'Deklaration om medlens ursprung', size: 14, bold: true }, `Kund: ${N(R, c.p)}   Kund-ID: ${R.n(null, 'customer-number', c.id)}`, `Personnummer: ${T(R, 'personnummer', c.pnr)}`,
      `Adress: ${street(rng)}, ${R.n(null, 'postcode', postcode(rng))} ${rng.pick(CITIES)}`, `Telefon: ${T(R, 'phone', c.mob)}`, `E-post: ${T(R, 'email', c.mail)}`, '',
      `Huvudsaklig inkomst: Lön, arbetsgivare Lindqvist Bygg AB (${nm.orgnr()})`, `Chef/referens: ${N(R, emp)}, ${T(R, 'phone', phone(rng, 'landline'))}`,
      `Förväntad insättning per månad: ${nm.amount(`${kr(rng, 5000, 80000)} kr`)}`, `Arv efter ${N(R, kin(rng, c.p, { cp1252: true }), 'full', 'running-text')} (${nm.date(date(rng, '2024-01-01', '2026-06-30'))}), bouppteckning bifogad`, '',
      `Jag intygar att uppgifterna är riktiga.   ${N(R, c.p, 'full', 'signature')}   ${nm.date(dotDate(date(rng)))}`, '', `Granskad av ${N(R, staff[f + 3], 'full', 'staff')}`];
    const r = pdfLines(lines, { title: 'Medlens ursprung' }); C.put(file, r.bytes, r.text);
  }

  // 10. high-risk workbook
  {
    const file = 'valv/aml/hogrisk_kunder.xlsx'; const R = C.at(file); const nm = nears(R, rng);
    const s1 = [['Kund-ID', 'Namn', 'Personnummer', 'Orsak', 'Beslut', 'Nästa översyn']];
    for (const c of rng.shuffle(cust).slice(0, 60)) s1.push([R.n(null, 'customer-number', c.id), N(R, c.p, rng.pick(['full', 'surname-first'])), T(R, 'personnummer', c.pnr), rng.pick(['PEP', 'Högriskland', 'Stora kontantinsättningar', 'Mixer-exponering', 'Negativ media']), rng.pick(['Behåll', 'Avsluta', 'Skärpt bevakning']), nm.date(date(rng, '2027-01-01', '2027-06-30'))]);
    const s2 = [['Kund', 'Träff mot lista', 'Matchpoäng', 'Bedömning']];
    for (let i = 0; i < 30; i++) { const c = rng.pick(cust); s2.push([N(R, c.p, 'caps'), N(R, { ...person(rng, { origin: c.p.origin }), last: c.p.last, full: `${person(rng, { origin: c.p.origin }).first} ${c.p.last}` }, 'full', 'list-match'), rng.int(60, 99), rng.pick(['Falsk träff', 'Falsk träff', 'Utreds'])]); }
    const r = xlsx([{ name: 'Högrisk', rows: s1 }, { name: 'PEP-träffar', rows: s2 }], { creator: staff[0].full }); R.t('name', staff[0].full, 'xlsx-creator'); C.put(file, r.bytes, r.text);
  }

  // 11. payment webhooks
  {
    const file = 'valv/api/deposit_webhooks.ndjson'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 120; i++) {
      const c = rng.pick(cust); const third = rng.chance(0.12);
      const payer = third ? person(rng) : c.p;
      out.push({ event: rng.pick(['deposit.settled', 'deposit.pending', 'deposit.rejected']), id: uuid(rng), created: isoTs(rng, date(rng)), data: { merchantRef: R.n(null, 'customer-number', c.id), amount: nm.amount(`${rng.int(100, 50000)}.00`), currency: 'SEK',
        payer: { name: N(R, payer, rng.pick(['full', 'caps'])), ...(rng.chance(0.5) ? { personalNumber: T(R, 'personnummer', third ? pnr(rng, { style: 'long' }) : c.pnr) } : {}), bank: rng.pick(['SWEDSE', 'NDEASESS', 'HANDSESS', 'ESSESESS']), iban: R.n(null, 'iban', iban(rng).replace(/ /g, '')) },
        mismatch: third, clientIp: T(R, 'ip', ipVal(rng)) } });
    }
    putText(C, file, ndjson(out));
  }

  // 12. call transcripts, speech-to-text
  {
    const file = 'valv/support/samtal_transkript_v47.txt'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 40; i++) {
      const c = rng.pick(cust); const a = rng.pick(staff);
      const sp = c.pnr.value.replace(/\D/g, '').slice(-10);
      out.push(`--- samtal ${R.n(null, 'call-id', `CALL-${num(rng, 8)}`)} ${nm.date(date(rng, '2026-11-16', '2026-11-22'))} agent ${N(R, a, 'full', 'log-user')} ---`);
      out.push(`agent: valv finans du pratar med ${a.first.toLowerCase()} vad gäller saken`);
      out.push(`kund: ja hej ${rng.pick([() => `det är ${N(R, c.p, 'lower')} här`, () => `mitt namn är ${N(R, c.p, 'lower')}`, () => `jag heter ${N(R, c.p, 'lower')}`])()} jag har problem med uttag`);
      out.push(`agent: okej kan jag få ditt personnummer`);
      out.push(`kund: ${rng.chance(0.5) ? T(R, 'personnummer', { value: `${sp.slice(0, 6)} ${sp.slice(6)}`, subtype: 'pnr-space' }) : T(R, 'personnummer', { value: sp, subtype: 'pnr-compact' })}`);
      out.push(`agent: tack och ett nummer vi kan nå dig på`);
      out.push(`kund: ${T(R, 'phone', c.mob)}`);
      if (rng.chance(0.4)) out.push(`kund: eller ring min fru ${N(R, kin(rng, c.p), 'lower')} hon har ${T(R, 'phone', phone(rng, 'mobile', 'compact'))}`);
      out.push(`agent: ${rng.pick(['jag har skickat det vidare till compliance', 'uttaget är godkänt nu', 'du behöver ladda upp ett kontoutdrag'])}`, '');
      R.n('name', 'lone-first-name', a.first.toLowerCase());
    }
    putText(C, file, `${out.join('\n')}\n`);
  }
}
