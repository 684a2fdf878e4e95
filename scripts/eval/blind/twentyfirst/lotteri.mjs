// Twentyfirst blind set — Vinstlotten: a lottery and association-fundraising platform. Ticket buyers, draws and winners,
// a payout bank file, Swish transactions, KYC mail for large prizes, support chat, associations and their contact
// persons, a public winners page, the app's event log, a licence report, winner letters, SMS notices, a treasurer's mail
// with the sellers' list attached. Ticket and draw numbers, licence ids, Swish references and numbers, bank details,
// passport numbers, associations named after people and abbreviated winner names (`Alva L.`) are near-misses.
import { Rng, W, org, staffOf, person, people, kin, nameStyle, landline, ipVal, date, dotDate, shortDate, hhmm, hms, addDays, kr, num, alnum, safe, swishNr, swishRef, makeOrgnr, bankgiro,
  csv, cp1252, xlsx, docx, mbox, eml, rfcDate, mboxDate, html, text, json, ndjson, pdfLines, put, footer, LONE, LOOKALIKE, sv, htmlEsc, clearing, account, ibanCompact, iban, letters } from './core.mjs';

const DIR = 'vinstlotten';
const ASSOC = [['IK Gustav Vasa', 1], ['Selma Lagerlöfs vänner', 1], ['Björkfors IF', 0], ['Norrviks Hembygdsförening', 0], ['Solhamra Ridklubb', 0], ['Tranås Innebandy', 0], ['Carl Larsson-sällskapet', 1], ['Ljusdals Scoutkår', 0], ['Föreningen Ystads Konsthall', 0], ['Härnösands Simsällskap', 0]];
const LOTTERIES = ['Julkalendern 2026', 'Höstlotten', 'Bingolotten Föreningsvinst', 'Skraplott Supporter', 'Vinterlotten'];

export default function build(C) {
  const rng = new Rng('lot/main');
  const o = org(rng, { name: 'Vinstlotten Sverige AB', domain: 'vinstlotten.se', area: '8', roles: ['kundservice', 'vinst', 'noreply', 'kyc', 'forening'] });
  const staff = staffOf(rng, 9, o.domain, { cp: true });
  const assocs = ASSOC.map(([n, like]) => ({ name: n, like, orgnr: safe(() => `802${rng.digits(3)}-${rng.digits(4)}`), bg: bankgiro(rng), swish: swishNr(rng), treasurer: person(rng, { minYear: 1950, maxYear: 1995 }), chair: person(rng, { minYear: 1950, maxYear: 1995 }) }));
  const assocW = (w, a) => (a.like ? w.look('association-like-person', a.name) : w.id('association', a.name));
  const ticket = (r) => `${r.int(100, 999)}-${num(r, 6)}`;
  const draw = (r) => `DR-${r.int(2026, 2026)}-${String(r.int(1, 48)).padStart(3, '0')}`;
  const licence = (r) => `${r.pick(['LS', 'SPI'])} ${r.int(2025, 2026)}/${num(r, 4)}`;

  // 1. Ticket buyers (cp1252 `;` CRLF).
  {
    const r = new Rng('lot/buyers'); const f = `${DIR}/lottkopare_export.csv`; const w = W(C, f, r);
    const rows = [['Lottnr', 'Lotteri', 'Förening', 'Köpare', 'Personnummer', 'Mobil', 'E-post', 'Betalsätt', 'Betalref', 'Belopp', 'Köpt']];
    for (let i = 0; i < 110; i++) {
      const p = person(r, { cp: true, minYear: 1938, maxYear: 2007 }); const a = r.pick(assocs); const pay = r.pick(['Swish', 'Swish', 'Kort', 'Faktura']);
      rows.push([w.id('ticket-number', ticket(r)), r.pick(LOTTERIES), assocW(w, a), w.name(p, nameStyle(r)), r.chance(0.04) ? w.badLuhn() : r.chance(0.03) ? w.masked(p) : w.pnr(p), w.mob(p, pay === 'Swish' ? r.pick(['compact', 'grouped', 'e164']) : undefined), r.chance(0.75) ? w.email(p.email) : '', pay,
        pay === 'Swish' ? w.id('swish-reference', swishRef(r)) : w.id('payment-reference', alnum(r, 12)), w.amount(`${r.pick([50, 100, 100, 200, 500])},00`), `${date(r)} ${hhmm(r)}`]);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. Draws and winners (xlsx, several sheets; the published list abbreviates names).
  {
    const r = new Rng('lot/winners'); const f = `${DIR}/dragningar_vinnare.xlsx`; const w = W(C, f, r);
    const sheets = [];
    for (const k of [1, 2]) {
      const rows = [['Dragning', 'Lottnr', 'Vinst', 'Vinnare', 'Personnummer', 'Telefon', 'Adress', 'Postnr', 'Ort']];
      for (let i = 0; i < 45; i++) { const p = person(r); rows.push([w.id('draw-id', draw(r)), w.id('ticket-number', ticket(r)), w.amount(kr(r, 100, 25000)), w.name(p, nameStyle(r)), w.pnr(p), w.mob(p), p.street, w.zip(p.zip), p.city]); }
      sheets.push({ name: `Dragning ${k}`, rows });
    }
    const hv = [['Vinst', 'Vinnare', 'Personnummer', 'E-post', 'KYC klar', 'Handläggare']];
    for (let i = 0; i < 20; i++) { const p = person(r, { minYear: 1940, maxYear: 2000 }); hv.push([w.amount(`${r.pick([100, 250, 500, 1000])} 000 kr`), w.name(p), w.pnr(p, 'long'), w.email(p.email), r.pick(['Ja', 'Nej', 'Pågår']), w.name(r.pick(staff), 'full', 'staff')]); }
    sheets.push({ name: 'Högvinster', rows: hv });
    const pub = [['Vinnare (publicerad)', 'Födelsedatum', 'Ort', 'Vinst']];
    for (let i = 0; i < 40; i++) { const p = person(r); pub.push([w.id('abbreviated-name', `${p.first} ${p.last[0]}.`, 'name'), w.masked(p), p.city, w.amount(kr(r, 100, 5000))]); }
    sheets.push({ name: 'Publicerad lista', rows: pub });
    put(C, f, xlsx(sheets, { creator: w.name(staff[2], 'full', 'xlsx-creator') }));
  }

  // 3. Payout bank file (fixed width, cp1252; a header and a trailer record).
  {
    const r = new Rng('lot/bankfil'); const f = `${DIR}/utbetalning_bankfil_20261120.txt`; const w = W(C, f, r);
    const lines = [`01${w.date('20261120')}${w.id('bankgiro', o.bg).padEnd(12)}VINSTLOTTEN SVERIGE AB`.padEnd(80)];
    let sum = 0;
    for (let i = 0; i < 85; i++) {
      let p = person(r, { cp: true }); while (p.last.length + p.given.length + 2 > 34) p = person(r, { cp: true });
      const amt = r.int(100, 50000); sum += amt;
      lines.push(`14${w.id('clearing', clearing(r)).padEnd(6)}${w.id('account-number', account(r)).padEnd(16)}${String(amt).padStart(10, '0')}00${w.name(p, 'surname-first-caps').padEnd(34).slice(0, 34)}${w.pnr(p, 'long')}`);
    }
    lines.push(`09${String(lines.length - 1).padStart(8, '0')}${String(sum).padStart(14, '0')}00`);
    put(C, f, { bytes: cp1252(`${lines.join('\r\n')}\r\n`), text: `${lines.join('\n')}\n` });
  }

  // 4. Swish transactions (bank's report; payer number 46…).
  {
    const r = new Rng('lot/swish'); const f = `${DIR}/swish_transaktioner_nov.csv`; const w = W(C, f, r);
    const rows = [['Swishnummer', 'Datum', 'Tid', 'Avsändare nummer', 'Avsändare namn', 'Meddelande', 'Belopp', 'Swish-referens', 'Betalningsreferens']];
    for (let i = 0; i < 115; i++) {
      const p = person(r); const a = r.pick(assocs); const d = date(r, '2026-11-01', '2026-11-24');
      rows.push([w.swish(a), d, hms(r), w.mob(p, 'plain46'), w.name(p, r.pick(['caps', 'caps', 'full']), 'payer'), r.pick([() => r.pick(LOTTERIES), () => `lott ${w.name(p, 'short')}`, () => `${w.lone(r.pick(LONE))} säljer`, () => '', () => `${w.id('ticket-number', ticket(r))}`])(),
        `${r.pick([50, 100, 200])}.00`, w.id('swish-reference', swishRef(r)), w.id('payment-reference', num(r, 10).slice(0, 9))]);
    }
    put(C, f, csv(rows));
  }

  // 5. KYC mail for large prizes (mbox; ID copy described, passport numbers; attachments).
  {
    const r = new Rng('lot/kyc'); const f = `${DIR}/kyc_hogvinster.mbox`; const w = W(C, f, r);
    const msgs = [];
    for (let i = 0; i < 22; i++) {
      const p = person(r, { minYear: 1940, maxYear: 2002 }); const s = r.pick(staff); const d = date(r);
      const ask = `Hej ${p.first}!\n\nGrattis till vinsten på ${w.amount(`${r.pick([100, 250, 500, 1000])} 000 kr`)} i ${r.pick(LOTTERIES)} (lott ${w.id('ticket-number', ticket(r))}).\nInnan utbetalning behöver vi enligt penningtvättslagen kontrollera din identitet. Svara på detta mejl med:\n- namn och personnummer\n- kopia på pass eller id-kort\n- kontonummer (clearing + konto)\n\nVänliga hälsningar\n${w.name(s, 'full', 'signature')}\nKYC, Vinstlotten\n${w.phone(s.direct, undefined, 'staff-direct')} / växel ${w.sw(o)}`;
      msgs.push({ from: [w.name(s, 'full', 'header-display'), w.email(s.work, 'staff-work')], to: [[w.name(p, 'full', 'header-display'), w.email(p.email)]], subject: 'Din vinst – identitetskontroll', date: rfcDate(d, hms(r)), mboxDate: mboxDate(d, '10:00:00'),
        id: `kyc${i}.${num(r, 6)}@vinstlotten.se`, text: ask, enc: 'qp', html: `<p>${htmlEsc(ask).replace(/\n/g, '<br>')}</p>`, htmlText: ask });
      const reply = r.pick([
        () => `Hej!\n\nJag heter ${w.name(p)} och mitt personnummer är ${w.pnr(p)}.\nPassnummer ${w.id('passport-number', `${letters(r, 2)}${num(r, 7)}`)}.\nKonto: ${w.id('clearing', clearing(r))} ${w.id('account-number', account(r))} (${w.id('bank', r.pick(['Swedbank', 'Handelsbanken', 'Nordea', 'SEB']))}).\n\nTack!\n${w.mob(p)}`,
        () => `hej, här kommer uppgifterna\n${w.name(p, 'lower')}\n${w.pnr(p)}\nIBAN ${w.id('iban', iban(r))}\n/${w.lone(p.first)}`,
        () => `Hello, I am ${w.name(p)}, I live in ${r.pick(['Oslo', 'Helsinki', 'Berlin'])} now. My Swedish personal number: ${w.pnr(p)}. Phone ${w.foreign()}. IBAN ${w.id('iban', ibanCompact(r))}.`,
      ])();
      const atts = r.chance(0.5) ? [{ name: 'id_uppgifter.txt', type: 'text/plain; charset=utf-8', data: Buffer.from(`Namn: ${p.full}\nPersonnummer: ${pnrLong(p)}\nGiltig t.o.m.: ${addDays(d, 900)}\n`, 'utf8'), text: `Namn: ${w.name(p)}\nPersonnummer: ${w.pnr(p, 'long')}\nGiltig t.o.m.: ${w.date(addDays(d, 900))}\n` }] : [];
      if (atts.length && atts[0].data.toString('utf8') !== atts[0].text) throw new Error('kyc attachment text mismatch');
      msgs.push({ from: [w.name(p, 'full', 'header-display'), p.email], to: [[s.full, s.work]], subject: 'SV: Din vinst – identitetskontroll', date: rfcDate(addDays(d, r.int(1, 4)), hms(r)), id: `kyc${i}r.${num(r, 6)}@mail.example`, text: reply, enc: r.pick(['b64', '8bit', 'qp']), hdrMode: 'B', attachments: atts });
    }
    put(C, f, mbox(msgs));
  }

  // 6. Support chat (NDJSON messages, Intercom-like).
  {
    const r = new Rng('lot/chat'); const f = `${DIR}/supportchatt_meddelanden.ndjson`; const w = W(C, f, r);
    const out = [];
    for (let i = 0; i < 55; i++) {
      const p = person(r); const s = r.pick(staff); const conv = num(r, 10).slice(0, 9); const d = date(r);
      const user = { type: 'user', name: r.chance(0.6) ? w.name(p, 'full', 'chat-speaker') : null, email: w.email(p.email), location_ip: w.ip(ipVal(r)) };
      out.push({ conversation_id: w.id('conversation-id', conv), at: `${d}T${hms(r)}Z`, author: user, body: r.pick([() => `Hej! Jag har vunnit men inte fått pengarna. Lott ${w.id('ticket-number', ticket(r))}`, () => 'hur drar man av skatt på vinster?', () => `Jag heter ${w.name(p, r.pick(['full', 'lower']))} och vill sluta få sms`, () => `min son ${w.name(kin(r, p, { minYear: 2008, maxYear: 2012 }))} köpte lotter på mitt kort utan lov`])() });
      out.push({ conversation_id: conv, at: `${d}T${hms(r)}Z`, author: { type: 'admin', name: w.name(s, 'short', 'chat-speaker') }, body: `Hej! Jag heter ${w.lone(s.first)}. Kan du skriva ditt personnummer så kollar jag?` });
      out.push({ conversation_id: conv, at: `${d}T${hms(r)}Z`, author: { type: 'user', email: p.email }, body: r.pick([() => w.pnr(p), () => `${w.pnr(p)} och tel ${w.mob(p)}`, () => `vill helst inte, ring mig på ${w.mob(p)} istället`])() });
    }
    put(C, f, ndjson(out));
  }

  // 7. Associations with contact persons (JSON).
  {
    const r = new Rng('lot/assoc'); const f = `${DIR}/foreningar_kontaktpersoner.json`; const w = W(C, f, r);
    const list = assocs.map((a) => {
      const extra = people(r, r.int(2, 4), { minYear: 1950, maxYear: 2000 });
      return { association: assocW(w, a), orgNo: w.orgnr(a.orgnr), bankgiro: w.id('bankgiro', a.bg), swish: w.swish(a), licence: w.id('licence', licence(r)),
        chair: { name: w.name(a.chair, 'full', 'officer'), phone: w.mob(a.chair), email: w.email(a.chair.email) },
        treasurer: { firstName: a.treasurer.given, lastName: a.treasurer.last, personalNumber: w.pnr(a.treasurer, 'long'), phone: w.mob(a.treasurer, 'e164'), email: w.email(a.treasurer.email) },
        sellers: extra.map((x) => ({ name: w.name(x, 'full', 'officer'), role: r.pick(['Lottansvarig', 'Ledamot', 'Revisor']), mobile: w.mob(x) })),
        sellersLastSeason: Array.from({ length: r.int(8, 14) }, () => { const c = person(r, { minYear: 2008, maxYear: 2015 }); return { name: w.name(c, 'full', 'child'), sold: r.int(0, 60) }; }),
        payoutAccount: { clearing: w.id('clearing', clearing(r)), account: w.id('account-number', account(r)) } };
    });
    for (const a of assocs) C.joined(f, a.treasurer.given, a.treasurer.last);
    put(C, f, json({ platform: 'Vinstlotten', exported: '2026-11-22', associations: list }));
  }

  // 8. Public winners page (HTML): abbreviated names, some full names with consent.
  {
    const r = new Rng('lot/page'); const f = `${DIR}/vinnare_publik_sida.html`; const w = W(C, f, r);
    const items = [];
    for (let i = 0; i < 60; i++) {
      const p = person(r);
      const nm = r.chance(0.7) ? w.id('abbreviated-name', `${p.first} ${p.last[0]}.`, 'name') : w.name(p, 'full', 'consented-winner');
      items.push(`<li><strong>${htmlEsc(nm)}</strong>, ${htmlEsc(p.city)} – ${htmlEsc(w.amount(kr(r, 500, 100000)))} (${htmlEsc(r.pick(LOTTERIES))})</li>`);
    }
    put(C, f, html(`<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Vinnare – Vinstlotten</title></head><body>\n<h1>Senaste vinnarna</h1>\n<p>Grattis till alla vinnare! Stödet går till bl.a. ${htmlEsc(w.look('association-like-person', 'IK Gustav Vasa'))} och ${htmlEsc(w.look('association-like-person', 'Selma Lagerlöfs vänner'))}.</p>\n<ul>\n${items.join('\n')}\n</ul>\n<p>Kundtjänst ${w.svc(o)} · ${w.role(o.roles[0])}</p>\n</body></html>\n`));
  }

  // 9. App event log (key=value).
  {
    const r = new Rng('lot/applog'); const f = `${DIR}/app_handelselogg.log`; const w = W(C, f, r);
    const lines = [];
    for (let i = 0; i < 190; i++) {
      const d = date(r, '2026-11-18', '2026-11-24'); const p = person(r);
      const ev = r.weighted([['purchase', 40], ['login', 25], ['payout', 10], ['health', 10], ['fail', 15]]);
      if (ev === 'health') { lines.push(`ts=${d}T${hms(r)}Z level=debug msg="health ok" upstream=${w.server(o, r.int(0, 1))}`); continue; }
      if (ev === 'login') { lines.push(`ts=${d}T${hms(r)}Z level=info msg="login" method=bankid ssn=${w.pnr(p, 'long')} ip=${w.ip(ipVal(r))} device=${r.pick(['ios', 'android', 'web'])}`); continue; }
      if (ev === 'payout') { lines.push(`ts=${d}T${hms(r)}Z level=info msg="payout queued" user_email=${w.email(p.email)} amount=${r.int(100, 90000)} clearing=${w.id('clearing', clearing(r))}`); continue; }
      if (ev === 'fail') { lines.push(`ts=${d}T${hms(r)}Z level=warn msg="swish payment declined" payer=${w.mob(p, 'plain46')} ref=${w.id('swish-reference', swishRef(r))} code=RF07`); continue; }
      lines.push(`ts=${d}T${hms(r)}Z level=info msg="ticket purchased" ticket=${w.id('ticket-number', ticket(r))} user="${w.name(p)}" ip=${w.ip(ipVal(r))} amount=${r.pick([50, 100, 200])}`);
    }
    put(C, f, text(`${lines.join('\n')}\n`));
  }

  // 10. Licence report (.docx).
  {
    const r = new Rng('lot/rapport'); const f = `${DIR}/redovisning_lotteritillstand.docx`; const w = W(C, f, r);
    const tbl = [['Förening', 'Org.nr', 'Tillstånd', 'Kontaktperson', 'Telefon', 'Omsättning']];
    for (const a of assocs) tbl.push([assocW(w, a), w.orgnr(a.orgnr), w.id('licence', licence(r)), w.name(a.chair, 'full', 'officer'), w.mob(a.chair), w.amount(kr(r, 20000, 900000))]);
    const s = staff[1];
    const blocks = [{ h: 'Redovisning av lotterier 2026' }, `Till: ${w.id('authority', 'Spelinspektionen')}`, `Ombud: ${o.name}, org.nr ${w.orgnr(o.orgnr)}`, { table: tbl },
      `Kontrollant: ${w.name(person(r, { minYear: 1950, maxYear: 1980 }), 'full', 'controller')}`, { runs: ['Upprättad av ', s.given, ' ', s.last, ', ', w.email(s.work, 'staff-work')] }];
    w.nameStr(`${s.given} ${s.last}`, 'staff');
    put(C, f, docx(blocks, { creator: w.name(s, 'full', 'docx-creator') }));
  }

  // 11. Winner letters (PDF, cp1252).
  {
    const r = new Rng('lot/letters'); const f = `${DIR}/vinstbesked_utskick.pdf`; const w = W(C, f, r);
    const pages = [];
    for (let i = 0; i < 40; i++) {
      const p = person(r, { cp: true });
      pages.push(w.name(p, r.pick(['full', 'caps'])), p.street, `${w.zip(p.zip)} ${p.city}`, '', { text: 'VINSTBESKED', bold: true, size: 12 }, `Din lott ${w.id('ticket-number', ticket(r))} i dragning ${w.id('draw-id', draw(r))} har vunnit ${w.amount(kr(r, 500, 20000))}.`,
        `Vinsten betalas till ditt registrerade konto. Personnummer: ${w.pnr(p)}.`, `Frågor: ${w.svc(o)}`, '');
    }
    put(C, f, pdfLines(pages, { per: 45, title: 'Vinstbesked' }));
  }

  // 12. SMS notices.
  {
    const r = new Rng('lot/sms'); const f = `${DIR}/sms_vinstavisering.log`; const w = W(C, f, r);
    const lines = [];
    for (let i = 0; i < 130; i++) {
      const p = person(r); const d = date(r, '2026-11-01', '2026-11-24');
      lines.push(`${d};${hms(r)};OUT;${w.mob(p, r.pick(['plain46', 'plain46', 'e164']))};VINSTLOTT;${r.pick([() => `Grattis! Din lott ${w.id('ticket-number', ticket(r))} har vunnit ${w.amount(kr(r, 50, 2000))}.`, () => `Din kod: ${w.id('otp', num(r, 6))}`, () => `Tack för ditt stöd till ${assocW(w, r.pick(assocs))}!`, () => `Hej ${w.lone(p.first)}, dragningen sker ${w.date(shortDate(addDays(d, 3)))}.`])()};${r.pick(['DELIVRD', 'DELIVRD', 'UNDELIV'])}`);
    }
    put(C, f, text(`datum;tid;riktning;nummer;avsändare;text;status\n${lines.join('\n')}\n`));
  }

  // 13. A treasurer's mail with the sellers' settlement attached (CSV).
  {
    const r = new Rng('lot/kassor'); const f = `${DIR}/kassor_redovisning.eml`; const w = W(C, f, r);
    const a = assocs[2]; const t = a.treasurer; const s = staff[4];
    const rows = [['Säljare', 'Förälder', 'Förälder mobil', 'Sålda lotter', 'Att redovisa']];
    for (let i = 0; i < 28; i++) { const c = person(r, { minYear: 2008, maxYear: 2015 }); const g = kin(r, c, { minYear: 1970, maxYear: 1990 }); rows.push([w.name(c, 'full', 'child'), w.name(g, 'full', 'guardian'), w.mob(g), r.int(0, 40), r.int(0, 40) * 50]); }
    const c = csv(rows, { sep: ';' });
    const body = `Hej ${s.first}!\n\nHär kommer ${w.id('association', a.name)}s redovisning för ${LOTTERIES[1]}. Pengarna är insatta på ert bankgiro ${w.bg(o)}.\n\nHälsningar\n${w.name(t, 'full', 'signature')}\nKassör\n${w.mob(t)}`;
    w.lone(s.first);
    put(C, f, eml({ from: [w.name(t, 'full', 'header-display'), w.email(t.email)], to: [[w.name(s, 'full', 'header-display'), w.email(s.work, 'staff-work')]], cc: [['Föreningsservice', w.role(o.roles[4])]], subject: `Redovisning ${a.name}`, date: rfcDate('2026-11-12', '21:40:00'), id: `kassor.${num(r, 6)}@mail.example`, text: body, enc: 'qp', hdrMode: 'Q',
      attachments: [{ name: 'saljare_hostlotten.csv', type: 'text/csv; charset=utf-8', data: c.bytes, text: c.text }] }));
  }
}

function pnrLong(p) { return p.pn.fmt('long'); }
