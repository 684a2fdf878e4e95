// Seventh blind set — apotek/: a pharmacy chain (prescription pick-ups, proxies, returns, customer mail, web chat,
// a complaint reply letter).
import { Rng, makePerson, sDate, sTime, sTimeS, safeDigits, amount, CITIES, street, postcode } from './lib.mjs';
import { N } from './lib.mjs';
import { csv, xlsx, docx, mbox, rfcDate } from './formats.mjs';
import { customer, nm, pn, ph, em, emUpper, ip, nBadPnr, nOrg, nService, nRole, nLone, nCompany, nPlace, nStreet } from './mk.mjs';

const DRUGS = ['Alvedon 500 mg', 'Omeprazol 20 mg', 'Levaxin 50 mikrog', 'Sertralin 50 mg', 'Metformin 500 mg', 'Ventoline 0,1 mg/dos', 'Elvanse 30 mg', 'Waran 2,5 mg'];
const BRANCHES = ['Apotek Eken Storgatan', 'Apotek Eken Gallerian', 'Apotek Eken Centrum', 'Apotek Eken Sjukhuset'];

export default function build(C) {
  const rng = new Rng('pharmacy');
  const staff = Array.from({ length: 5 }, () => makePerson(rng));

  // 1. old pick-up export: Windows-1252, semicolon, CRLF, names in capitals (LAST FIRST)
  {
    const R = C.at('apotek/uthamtningar_2025-06.csv');
    const rows = [['KUNDNR', 'NAMN', 'PERSONNR', 'TELEFON', 'RECEPT-ID', 'ARTIKEL', 'VARUNR', 'ANTAL', 'BELOPP', 'UTHAMTAD', 'FILIAL']];
    for (let i = 0; i < N(80); i++) {
      const c = customer(rng, { cp1252: true });
      const nameCell = rng.chance(0.6) ? R.t('name', `${c.last} ${c.first}`.toUpperCase(), 'caps-reversed') : nm(R, c, 'caps');
      rows.push([R.n(null, 'customer-number', safeDigits(rng, 8, '3')), nameCell, pn(R, rng, c, rng.pick(['short', 'compact', 'long'])),
        rng.chance(0.85) ? ph(R, rng, c, rng.pick(['compact', 'dash', 'grouped'])) : '', R.n(null, 'prescription-id', `R${safeDigits(rng, 11, '7')}`),
        rng.pick(DRUGS), R.n(null, 'article-number', safeDigits(rng, 6, '1')), rng.int(1, 3), R.n(null, 'amount', `${rng.int(20, 900)},${rng.pick(['00', '50', '25'])}`),
        R.n(null, 'date', sDate(rng, '2025-06-01', '2025-06-28')), rng.pick(BRANCHES)]);
    }
    const o = csv(rows, { sep: ';', enc: 'cp1252' });
    C.put(R.file, o.bytes, o.text);
  }

  // 2. returns JSON
  {
    const R = C.at('apotek/returer_2025-q2.json');
    const returns = [];
    for (let i = 0; i < N(40); i++) {
      const c = customer(rng);
      const r = { returnId: R.n(null, 'order-number', `RET-${safeDigits(rng, 7, '5')}`), orderNo: R.n(null, 'order-number', `W${safeDigits(rng, 9, '8')}`),
        created: `${sDate(rng, '2025-04-01', '2025-06-28')}T${sTimeS(rng)}+02:00`,
        customer: { firstName: c.first, lastName: c.last, email: em(R, c), phone: ph(R, rng, c, rng.pick(['e164', 'compact', 'intl'])) },
        items: [{ sku: R.n(null, 'article-number', safeDigits(rng, 7, '2')), name: rng.pick(DRUGS), qty: rng.int(1, 2), price: rng.int(29, 499) }],
        reason: rng.pick(['Fel vara levererad', 'Skadad förpackning', 'Ångerrätt', 'Dubbelbeställning']), refund: { method: 'card', amountSEK: rng.int(29, 999) } };
      C.joined(R.file, c.first, c.last);
      if (rng.chance(0.3)) r.note = `Kund ringde in från ${ph(R, rng, c, 'grouped')}, handläggare ${nm(R, rng.pick(staff), 'full', 'staff')}`;
      if (rng.chance(0.2)) r.deliveryAddress = { street: nStreet(R, street(rng)), postalCode: R.n(null, 'postal-code', postcode(rng)), city: nPlace(R, rng.pick(CITIES)) };
      returns.push(r);
    }
    const text = JSON.stringify({ exported: '2025-06-30T06:00:00Z', source: 'eken-webshop', returns }, null, 2);
    C.put(R.file, text + '\n');
  }

  // 3. customer mail, mbox with base64 / QP / 8bit and a CSV attachment
  {
    const R = C.at('apotek/kundmejl_juni.mbox');
    const msgs = [];
    const sig = (p) => `\n--\n${nm(R, p, 'full', 'staff')}\nFarmaceut, Apotek Eken\nKundtjänst ${nService(R, rng)}\n${nRole(R, 'kundtjanst@apotek-eken.example')}\n`;
    for (let i = 0; i < 7; i++) {
      const c = customer(rng); const s = rng.pick(staff);
      const date = sDate(rng, '2025-06-01', '2025-06-28');
      const kind = i % 3;
      let text; const attachments = [];
      if (kind === 0) {
        text = `Hej!\n\nMitt recept på ${rng.pick(DRUGS)} syns inte i appen. Mitt personnummer är ${pn(R, rng, c)}.\nRing gärna ${ph(R, rng, c)}.\n\nMvh ${nm(R, c)}\n`;
      } else if (kind === 1) {
        text = `Hej ${nLone(R, c.first)},\n\ntack för ditt mejl. Vi har kontrollerat receptet för ${nm(R, c)} och det är nu synligt.\nDitt ordernummer är ${R.n(null, 'order-number', `W${safeDigits(rng, 9, '8')}`)}.\n${sig(s)}\n> ${em(R, c)} skrev ${date}:\n> Receptet syns inte, har provat ${R.n(null, 'date', date)}.`;
      } else {
        const rows = [['Namn', 'Personnummer', 'Läkemedel']];
        const fam = Array.from({ length: 3 }, () => customer(rng, { origin: c.origin }));
        for (const f of fam) rows.push([`${f.first} ${f.last}`, f.pnr.fmt('short'), rng.pick(DRUGS)]);
        const a = csv(rows, { sep: ',' });
        for (const f of fam) { R.t('name', `${f.first} ${f.last}`, 'attachment'); R.t('personnummer', f.pnr.fmt('short'), 'attachment'); }
        text = `Hej,\nbifogar lista över familjens recept som ska hämtas ut av mig som ombud. Fel pnr i förra mejlet (${nBadPnr(R, rng)}), rätt är mitt ${pn(R, rng, c, 'long')}.\n/${nm(R, c, 'lower')}\n`;
        attachments.push({ name: 'recept_familjen.csv', type: 'text/csv; charset=utf-8', data: a.bytes, text: a.text });
      }
      const fromStaff = kind === 1;
      msgs.push({ from: fromStaff ? [`Apotek Eken Kundtjänst`, 'kundtjanst@apotek-eken.example'] : [`${c.first} ${c.last}`, em(R, c)],
        to: fromStaff ? [[`${c.first} ${c.last}`, em(R, c)]] : [['Apotek Eken', 'kundtjanst@apotek-eken.example']], subject: kind === 1 ? 'SV: Recept syns inte' : 'Recept',
        date: rfcDate(date, `${sTime(rng)}:00`), id: `apk${i}.${safeDigits(rng, 6, '4')}@mail.example`, text, enc: ['b64', 'qp', '8bit'][i % 3], hdrMode: i % 2 ? 'B' : 'Q', attachments });
      nm(R, c);
    }
    const o = mbox(msgs);
    C.put(R.file, o.bytes, o.text);
  }

  // 4. web chat NDJSON
  {
    const R = C.at('apotek/chatt_2025-06.ndjson');
    const lines = [];
    for (let k = 0; k < 14; k++) {
      const c = customer(rng); const s = rng.pick(staff); const conv = `c-${safeDigits(rng, 8, '6')}`; R.n(null, 'chat-id', conv);
      const vip = ip(R, rng);
      const ts = sDate(rng, '2025-06-01', '2025-06-28');
      const say = (who, text) => lines.push(JSON.stringify({ conversation: conv, at: `${ts}T${sTimeS(rng)}Z`, author: who, text }));
      lines.push(JSON.stringify({ conversation: conv, at: `${ts}T08:00:00Z`, type: 'visitor.joined', visitor: { ip: vip, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)', displayName: nm(R, c) } }));
      say('bot', 'Hej! Vad kan vi hjälpa till med?');
      const intro = rng.int(0, 2);
      say('visitor', intro === 0 ? `hej, ${nm(R, c, 'lower')} här. har en fråga om mitt recept` : intro === 1 ? `Hej jag heter ${nm(R, c)}` : `Hello, this is ${nm(R, c)}, I need help with a refund`);
      say('agent', `Hej! Du pratar med ${nm(R, s, 'full', 'staff')}. Kan du uppge ordernummer?`);
      say('visitor', `${R.n(null, 'order-number', `W${safeDigits(rng, 9, '8')}`)}. mejla gärna ${em(R, c)} eller sms ${ph(R, rng, c, 'compact')}`);
      if (rng.chance(0.4)) say('visitor', `mitt pnr ${pn(R, rng, c, 'short')}`);
      say('agent', `Tack ${nLone(R, c.first)}! Återbetalning ${R.n(null, 'amount', amount(rng, 50, 900))} görs inom 5 bankdagar.`);
    }
    C.put(R.file, lines.join('\n') + '\n');
  }

  // 5. complaint reply letter (.docx)
  {
    const R = C.at('apotek/reklamation_svar_RK-20931.docx');
    const c = customer(rng); const s = rng.pick(staff);
    const blocks = [{ h: 'Apotek Eken AB' }, `Org.nr ${nOrg(R, rng)} · Box 1234 · ${R.n(null, 'postal-code', '111 20')} Stockholm`, '',
      nm(R, c), nStreet(R, street(rng)), `${R.n(null, 'postal-code', postcode(rng))} ${nPlace(R, rng.pick(CITIES))}`, '',
      { runs: ['Ärende RK-20931 – ', 'reklamation av ', rng.pick(DRUGS)] },
      { runs: [`Hej ${nLone(R, c.first)}!`] },
      `Vi har tagit emot din reklamation ${R.n(null, 'date', '2025-06-03')}. Eftersom förpackningen var skadad återbetalar vi ${R.n(null, 'amount', '189,00 kr')} till ditt konto.`,
      { table: [['Kund', `${c.first} ${c.last}`], ['Personnummer', c.pnr.fmt('long-dash')], ['Telefon', c.phone.fmt('grouped')], ['E-post', c.email], ['Bankgiro (vårt)', R.n(null, 'bankgiro', '5050-1055')]] },
      'Vi ber om ursäkt för besväret.', '', 'Med vänlig hälsning', { runs: [s.first, ' ', s.last] }, 'Kvalitetsansvarig farmaceut'];
    R.t('name', `${c.first} ${c.last}`); R.t('personnummer', c.pnr.fmt('long-dash'), 'pnr-long-dash'); R.t('phone', c.phone.fmt('grouped'), 'table-cell'); R.t('email', c.email);
    R.t('name', `${s.first} ${s.last}`, 'staff-split-runs');
    const o = docx(blocks, { creator: `${s.first} ${s.last}` });
    C.put(R.file, o.bytes, o.text);
  }

  // 6. proxy register (.xlsx): who may pick up for whom
  {
    const R = C.at('apotek/ombud_fullmakter.xlsx');
    const rows = [['Fullmaktsgivare', 'Personnr givare', 'Ombud', 'Personnr ombud', 'Ombudets mobil', 'Giltig t.o.m.', 'Registrerad av']];
    for (let i = 0; i < N(35); i++) {
      const g = customer(rng, { minYear: 1930, maxYear: 1950 }); const o = customer(rng, { origin: rng.chance(0.6) ? g.origin : undefined });
      rows.push([nm(R, g, rng.pick(['reversed', 'full'])), pn(R, rng, g, 'long'), nm(R, o, rng.pick(['reversed', 'full'])), pn(R, rng, o), ph(R, rng, o, 'grouped'),
        R.n(null, 'date', sDate(rng, '2025-09-01', '2026-06-30')), nm(R, rng.pick(staff), 'initial', 'staff')]);
    }
    rows.push([], ['Företagsombud', nOrg(R, rng), nCompany(R, 'Hemtjänst Omsorg Nilsson & Co AB'), '', nService(R, rng), '', '']);
    const x = xlsx([{ name: 'Fullmakter', rows }], { creator: 'Apotek Eken' });
    C.put(R.file, x.bytes, x.text);
  }
  void emUpper;
}
