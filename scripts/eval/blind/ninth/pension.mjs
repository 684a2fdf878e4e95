// Ninth set — "Trygghetspension Liv AB": beneficiaries .xlsx, estate cases (cp1252 `,`), payment letters .pdf, heirs'
// and lawyers' mail (mbox), web-chat JSON Lines with visitor IPs, payouts CSV (split names), a GDPR extract .docx.
import { Rng, W, put, cust, person, pnr, publicIp, privateIp, ipv6, foreignPhone } from './lib.mjs';
import { nm, near, isoDate, hhmmss } from './near.mjs';
import { csv, jsonl } from './fmt.mjs';
import { xlsx, docx, mbox, pdf, rfcDate } from '../seventh/formats.mjs';

const D = 'trygghetspension.example';
const REL = ['make', 'maka', 'sambo', 'barn', 'barnbarn', 'syster', 'bror'];
const latin = (p) => /^[\x20-\xff]*$/.test(p.full);

export default function pension(C) {
  const r = new Rng('pension');
  const holders = Array.from({ length: 70 }, () => ({ ...cust(r, { pnr: { min: 1938, max: 1975 } }), bens: Array.from({ length: r.int(1, 3) }, () => ({ ...cust(r, { pnr: { min: 1960, max: 2012 } }), rel: r.pick(REL) })) }));
  holders.forEach((h) => h.bens.forEach((b) => { if (['barn', 'barnbarn', 'syster', 'bror'].includes(b.rel) && r.chance(0.7)) b.p = person(r, { origin: h.p.origin, last: h.p.last }); }));
  const staff = Array.from({ length: 5 }, () => person(r, { cp1252: true }));
  const firm = (w) => near(w, 'company', `Advokatfirman ${person(r, { origin: 'swedish' }).last} & ${person(r, { origin: 'swedish' }).last} KB`, 'name');

  // 1. beneficiaries
  { const w = W(C, 'pension/formanstagarforordnanden.xlsx'); const rows = [['Försäkringsnr', 'Försäkringstagare', 'Personnummer', 'Förmånstagare', 'Relation', 'Pnr förmånstagare', 'Andel', 'Registrerad']];
    for (const h of holders) for (const b of h.bens) rows.push([nm(r, w, 'policy-number'), w.name(h.p, r.chance(0.2) ? 'caps-reversed' : 'reversed'), w.pnr(h.pnr, 'long'), w.name(b.p, 'full', 'beneficiary'), b.rel, w.pnr(b.pnr, r.pick(['long', 'short', 'long-dash'])), `${Math.floor(100 / h.bens.length)} %`, isoDate(r, 2005, 2026)]);
    put(C, w.file, xlsx([{ name: 'Förordnanden', rows }], { creator: w.name(staff[0], 'full', 'staff') })); }

  // 2. estate cases, cp1252 comma
  { const w = W(C, 'pension/dodsbo_arenden_2026.csv'); const rows = [['Ärende', 'Avliden', 'Personnummer', 'Dödsdatum', 'Dödsbodelägare', 'Telefon', 'E-post', 'Ombud', 'Handläggare']];
    for (const h of holders.filter((x) => latin(x.p)).slice(0, 40)) {
      const heir = h.bens.find((b) => latin(b.p)) ?? { p: person(r, { cp1252: true }), ph: cust(r).ph, mail: null };
      rows.push([nm(r, w, 'case-number'), w.name(h.p, 'full', 'deceased'), w.pnr(h.pnr, r.pick(['short', 'long-dash'])), nm(r, w, 'date'), w.name(heir.p, 'full', 'heir'), w.phone(heir.ph, r.pick(['grouped', 'compact', 'intl'])), heir.mail ? w.email(heir.mail) : '', r.chance(0.3) ? firm(w) : '', w.name(r.pick(staff), 'full', 'staff')]);
    }
    put(C, w.file, csv(rows, { sep: ',', enc: 'cp1252' })); }

  // 3. payment letters (multi-page pdf)
  holders.filter((h) => latin(h.p) && h.bens.every((b) => latin(b.p))).slice(0, 3).forEach((h, k) => {
    const w = W(C, `pension/brev/utbetalningsbesked-${k + 1}.pdf`); const b = h.bens[0];
    const rowsP = Array.from({ length: 48 }, () => `${nm(r, w, 'date')}   Utbetalning   ${nm(r, w, 'amount')}   Skatt ${nm(r, w, 'amount')}`);
    put(C, w.file, pdf([[{ text: 'Trygghetspension Liv AB', size: 16, bold: true }, '', w.name(b.p, 'full', 'beneficiary'), `c/o ${w.name(person(r, { cp1252: true }), 'full', 'relative')}`, `${nm(r, w, 'postcode')} Norrby`, '', `Personnummer: ${w.pnr(b.pnr, 'long-dash')}`, `Försäkring: ${nm(r, w, 'policy-number')}`,
      `Avliden försäkringstagare: ${w.name(h.p, 'full', 'deceased')} (${w.pnr(h.pnr, 'short')})`, '', 'Du är förmånstagare och får utbetalning enligt nedan.', ...rowsP.slice(0, 22)],
    [...rowsP.slice(22), '', `Utbetalas till konto ${nm(r, w, 'account')}.`], ['Har du frågor? Ring kundservice ' + near(w, 'service-line', `0771-${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, 'phone') + ' eller mejla', near(w, 'role_email', `kundservice@${D}`, 'email'), '', 'Med vänlig hälsning', w.name(staff[k], 'full', 'staff'), 'Handläggare, Efterlevandeskydd']], { title: 'Utbetalningsbesked' }));
  });

  // 4. heirs' and lawyers' mail
  { const w = W(C, 'pension/efterlevande-inkorg.mbox'); const msgs = [];
    for (let i = 0; i < 12; i++) {
      const h = r.pick(holders); const b = r.pick(h.bens); const lawyer = i % 3 === 0; const lp = person(r, { origin: 'swedish' });
      const text = lawyer ? `Hej,\n\nJag företräder dödsboet efter ${w.name(h.p, 'full', 'deceased')}, ${w.pnr(h.pnr, 'long-dash')}. Bifogar bouppteckning. Förmånstagare enligt förordnande: ${w.name(b.p, 'full', 'beneficiary')}.\n\nMed vänlig hälsning\n${w.name(lp, 'full', 'lawyer')}\n${firm(w)}\nTel ${w.phone(cust(r).ph, 'grouped', 'lawyer-phone')}`
        : `Hej!\n\n${r.pick([`Min ${r.pick(['pappa', 'mamma', 'morfar'])}`, 'Min make', 'Min sambo'])} ${w.name(h.p, r.pick(['full', 'lower']), 'deceased')} har gått bort. Vad behöver ni från mig?\nMitt personnummer är ${w.pnr(b.pnr, r.pick(['short', 'compact', 'long']))}${r.chance(0.3) ? `, jag bor utomlands, ring ${w.t('phone', foreignPhone(r), 'foreign-phone')}` : ''}.\n\n${w.name(b.p)}\n`;
      msgs.push({ from: [lawyer ? lp.full : b.p.full, lawyer ? w.email(`${lp.last.toLowerCase().replace(/[^a-z]/g, '')}@advokat.example`) : w.email(b.mail)], to: [['Efterlevandeskydd', near(w, 'role_email', `efterlevande@${D}`, 'email')]], subject: lawyer ? 'Dödsbo – förfrågan' : 'Dödsfall', date: rfcDate(isoDate(r, 2026, 2026), hhmmss(r)), id: `${r.digits(12)}@mail.example`, text, enc: r.pick(['qp', 'b64', '8bit']) });
      if (lawyer) w.name(lp, 'full', 'lawyer');
    }
    put(C, w.file, mbox(msgs)); }

  // 5. web chat (JSON Lines)
  { const w = W(C, 'pension/webbchatt-export.jsonl'); const out = []; const srv = nm(r, w, 'server-ip');
    for (let i = 0; i < 60; i++) {
      const h = r.pick(holders); const chat = `c${r.digits(8)}`; const k = r.weighted([['v4', 60], ['priv', 15], ['v6', 25]]);
      const ip = k === 'v4' ? w.ip(publicIp(r)) : k === 'priv' ? w.ip(privateIp(r), 'private-ip') : w.ip(ipv6(r), 'ipv6');
      out.push({ chat, t: `${isoDate(r, 2026, 2026)}T${hhmmss(r)}Z`, type: 'start', visitor: { ip, ua: nm(r, w, 'user-agent'), name: w.name(h.p, r.pick(['full', 'lower'])) }, node: srv });
      out.push({ chat, type: 'msg', from: 'visitor', text: r.pick([() => `hej, jag undrar över min pension, pnr ${w.pnr(h.pnr, 'short')}`, () => `when will the payment arrive? my number is ${w.phone(h.ph, 'intl')}`, () => `kan ni mejla till ${w.email(h.mail)} istället`])() });
      out.push({ chat, type: 'msg', from: 'agent', agent: w.name(r.pick(staff), 'full', 'staff'), text: `Hej ${near(w, 'lone-first-name', h.p.first, 'name')}! Jag kollar det åt dig. Ärende ${nm(r, w, 'ticket')}.` });
    }
    put(C, w.file, jsonl(out)); }

  // 6. payouts CSV (UTF-8, comma, split names)
  { const w = W(C, 'pension/utbetalningsfil_2026-11.csv'); const rows = [['payee_first_name', 'payee_last_name', 'personal_id', 'clearing_account', 'ocr', 'amount_sek', 'pay_date']];
    for (const h of holders) for (const b of h.bens) { w.joined(b.p.first, b.p.last); rows.push([b.p.first, b.p.last, rows.length % 19 === 0 ? nm(r, w, 'bad-luhn') : w.pnr(b.pnr, 'long'), nm(r, w, 'account'), nm(r, w, 'ocr-pension'), `${r.int(800, 42000)}.00`, '2026-11-25']); }
    put(C, w.file, csv(rows, { sep: ',' })); }

  // 7. GDPR register extract
  { const w = W(C, 'pension/registerutdrag-art15.docx'); const h = holders[5];
    put(C, w.file, docx([{ h: 'Registerutdrag enligt artikel 15 GDPR' }, `Diarienummer: ${nm(r, w, 'case-number')}`,
      { table: [['Uppgift', 'Värde'], ['Namn', w.name(h.p)], ['Personnummer', w.pnr(h.pnr, 'long-dash')], ['Telefon', w.phone(h.ph, 'grouped')], ['E-post', w.email(h.mail)], ['Försäkringsnummer', nm(r, w, 'policy-number')], ['Senaste inloggning från IP', w.ip(publicIp(r))]] },
      { h: 'Förmånstagare' }, { table: h.bens.map((b) => [w.name(b.p, 'full', 'beneficiary'), b.rel, w.pnr(b.pnr, 'short')]) },
      `Uppgifterna lämnas ut av ${w.name(staff[1], 'full', 'staff')}, dataskyddsombud ${near(w, 'role_email', `dataskydd@${D}`, 'email')}.`], { creator: w.name(staff[1], 'full', 'staff') })); }
}
