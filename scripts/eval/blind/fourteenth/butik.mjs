// Fourteenth blind set — an electronics web shop's warranty and returns desk (butik/): RMA cases, couriers' delivery
// notes, payment references, reviews, chat with a bot and agents, warranty mail, return labels, notes.
import { Rng, person, people, kin, nameAs, nameStyle, pnr, phone, email, workEmail, T, date, svDate, dotDate, hhmm, hms, isoTs, num, safe, ocr, imei,
  ipVal, org, footer, role, server, nears, csv, xlsx, pdfLines, mbox, htmlEml, rfcDate, jsonText, htmlEsc, amount, postcode, street, CITIES,
  LONE, LOOKALIKE, letters, alnum } from './core.mjs';

const PRODUCTS = ['Bose QuietComfort', 'Marshall Emberton', 'Harman Kardon Onyx', 'Dyson Supersonic', 'Jabra Elite', 'Samsung Galaxy Tab', 'Sony Bravia', 'Philips Sonicare', 'Moccamaster KBG'];
const GENERIC = ['Laptop 15" Ryzen 7', 'Robotdammsugare X9', 'Hörlurar NC-700', 'Smart-TV 55"', 'Mobiltelefon S24', 'Surfplatta 11"', 'Kaffebryggare', 'Elcykelbatteri 36V', 'Router AX3000'];
const rma = (rng) => `RMA-${rng.int(24, 26)}-${num(rng, 6)}`;
const order = (rng) => `${rng.int(4, 9)}${num(rng, 6)}`;
const serial = (rng) => `${letters(rng, 2)}${alnum(rng, 9)}`;

export default function butik(C) {
  const rng0 = new Rng('butik');
  const O = org(rng0, { name: 'Voltbutiken Sverige AB', domain: 'voltbutiken.se', area: '31', roles: ['kundservice', 'garanti', 'noreply', 'retur', 'faktura'] });
  const staff = people(rng0, 9, { middle: 0, cp1252: true });
  const product = (R, rng) => (rng.chance(0.4) ? R.n('name', 'product', rng.pick(PRODUCTS)) : rng.pick(GENERIC));

  // 1. RMA cases — UTF-8 `,` with quoted multi-line cells.
  {
    const f = 'butik/rma_arenden.csv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [['RMA', 'Order', 'Skapad', 'Namn', 'E-post', 'Telefon', 'Produkt', 'Serienr', 'IMEI', 'Felbeskrivning', 'Handläggare', 'Status']];
    for (const p of people(rng, 140)) {
      const st = rng.pick(staff);
      const desc = rng.pick([
        () => `Startar inte efter uppdatering.\nKunden har testat annan laddare.\nRing helst efter 17: ${T(R, 'phone', phone(rng))}`,
        () => `Sprucken skärm vid leverans. Bild bifogad.\n"${rng.pick(['Förpackningen var intryckt', 'Budet slängde paketet'])}" enl. kund`,
        () => `Köpt som present till ${R.t('name', kin(rng, p).short, 'running-text')}, som vill ha bytt.`,
        () => 'Brummar, byte enligt reklamationsrätten.',
        () => `Garantiärende via tillverkare, ärende ${N.id('case-number', `TS${num(rng, 8)}`)}.\nSkickat till ${N.look('company', 'Bergmans Elektronik AB')} för service.`,
      ])();
      rows.push([N.id('rma-number', rma(rng)), N.id('order-number', order(rng), 'phone'), `${date(rng)} ${hhmm(rng)}`, T(R, 'name', nameAs(p, rng.weighted([['full', 80], ['caps', 8], ['lower', 6], ['surname-first', 6]]))),
        rng.chance(0.9) ? T(R, 'email', email(rng, p)) : '', rng.chance(0.6) ? T(R, 'phone', phone(rng)) : '', product(R, rng), N.id('serial-number', serial(rng)),
        rng.chance(0.35) ? N.id('imei', imei(rng), 'phone') : '', desc, T(R, 'name', { value: st.short, subtype: 'staff' }), rng.pick(['Öppen', 'Väntar på kund', 'Skickad till verkstad', 'Avslutad', 'Kreditera'])]);
    }
    const o = csv(rows); C.put(f, o.bytes, o.text);
  }

  // 2. Courier delivery notes — tab-separated, recipients in caps, neighbours in running text.
  {
    const f = 'butik/bud_leveransnoteringar.tsv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = ['Kolli-ID\tMottagare\tMottagarens mobil\tLeveransadress\tPostnr\tStatus\tFörarnotering\tFörare'];
    for (const p of people(rng, 150)) {
      const nb = person(rng, { middle: 0 });
      const note = rng.weighted([[() => '', 4], [() => `Lämnat hos granne ${R.t('name', nb.short, 'running-text')}, nr ${rng.int(1, 40)}`, 2], [() => `kvitterat av ${R.t('name', nb.short.toLowerCase(), 'lower')}`, 1],
        [() => `Ingen hemma, ringt ${N.lone(p.first)} x2`, 1], [() => 'Ställt vid dörren enl. överenskommelse', 1], [() => `Portkod ${N.id('door-code', String(rng.int(1000, 9999)))}`, 1]])();
      lines.push([N.id('tracking-number', `${letters(rng, 2)}${num(rng, 9)}SE`), T(R, 'name', nameAs(p, rng.pick(['caps', 'caps', 'full']))), T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'compact', 'intl']))),
        street(rng).toUpperCase(), N.id('postcode', postcode(rng).replace(' ', '')), rng.pick(['LEVERERAD', 'LEVERERAD', 'EJ HEMMA', 'RETUR']), note, N.id('driver-id', `D${num(rng, 5)}`)].join('\t'));
    }
    C.put(f, `${lines.join('\n')}\n`);
  }

  // 3. Payment references (pay-later provider) — JSON with given/family names.
  {
    const f = 'butik/betalningar_export.json'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const orders = people(rng, 60).map((p) => {
      C.joined(f, p.given, p.last);
      const gift = rng.chance(0.2) ? person(rng, { middle: 0 }) : null;
      return { order_id: N.id('order-number', order(rng), 'phone'), psp_reference: N.id('payment-reference', `${alnum(rng, 8).toLowerCase()}-${alnum(rng, 4).toLowerCase()}-${alnum(rng, 12).toLowerCase()}`),
        purchase_country: 'SE', order_amount: rng.int(9900, 1999900), payment_method: rng.pick(['invoice', 'pay_over_time', 'card', 'swish']),
        billing_address: { given_name: p.given, family_name: p.last, email: T(R, 'email', email(rng, p)), phone: T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'compact', 'intl']))),
          street_address: street(rng), postal_code: N.id('postcode', postcode(rng).replace(' ', '')), city: rng.pick(CITIES) },
        ...(gift ? { shipping_address: { name: T(R, 'name', { value: gift.full, subtype: 'json-value' }), care_of: null } } : {}),
        customer: { national_identification_number: rng.chance(0.1) ? N.badLuhn() : T(R, 'personnummer', pnr(rng, { style: rng.pick(['long', 'compact']) })), type: 'person' },
        captures: [{ capture_id: N.id('capture-id', alnum(rng, 10)), captured_amount: rng.int(9900, 999900), captured_at: isoTs(rng, date(rng)) }],
        client_ip: T(R, 'ip', ipVal(rng)) };
    });
    C.put(f, jsonText({ merchant: { name: 'Voltbutiken Sverige AB', org: N.id('organisationsnummer', O.orgnr, 'personnummer') }, orders }));
  }

  // 4. Review export (review site) — `,` CSV; reviewers with full names, some with a first name only.
  {
    const f = 'butik/recensioner_export.csv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [['review_id', 'created_at', 'stars', 'title', 'text', 'reviewer_name', 'reviewer_country', 'reply_text', 'reply_by']];
    for (const p of people(rng, 120)) {
      const st = rng.pick(staff);
      const reviewer = rng.chance(0.7) ? T(R, 'name', nameAs(p, rng.pick(['full', 'full', 'lower', 'caps']))) : N.lone(p.first);
      const helper = rng.pick(LONE);
      const text = rng.pick([() => `Snabb leverans, ${N.look('product', rng.pick(PRODUCTS))} funkar perfekt.`, () => `Tack till ${N.lone(helper)} i kundtjänst som löste min retur!`,
        () => `Tog 3 veckor att få tillbaka pengarna för RMA ${N.id('rma-number', rma(rng))}. Dåligt.`, () => 'Great service, will buy again.', () => `Min sambo ${R.t('name', kin(rng, p).short, 'running-text')} beställde, allt gick smidigt.`])();
      const reply = rng.chance(0.5) ? `Hej! Tack för din recension. /${R.t('name', st.short, 'signature')}, Voltbutiken` : '';
      rows.push([N.id('review-id', alnum(rng, 24).toLowerCase()), isoTs(rng, date(rng)), String(rng.int(1, 5)), rng.pick(['Bra', 'Sådär', 'Toppen!', 'Aldrig igen', 'Ok']), text, reviewer, rng.pick(['SE', 'SE', 'SE', 'FI', 'NO']), reply, reply ? 'Voltbutiken' : '']);
    }
    const o = csv(rows, { quoteAll: true }); C.put(f, o.bytes, o.text);
  }

  // 5. Chat transcripts — bot and agents, speaker labels with names.
  {
    const f = 'butik/chatt_transkript_v46.txt'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [];
    for (let i = 0; i < 45; i++) {
      const p = person(rng); const st = rng.pick(staff); const d = date(rng, '2026-11-09', '2026-11-15');
      const who = T(R, 'name', { value: p.full, subtype: 'chat-speaker' });
      const ag = T(R, 'name', { value: st.short, subtype: 'chat-speaker' });
      out.push(`=== Konversation ${N.id('chat-id', `c_${alnum(rng, 12).toLowerCase()}`)} | ${d} | kanal: webbchatt | besökare-IP ${T(R, 'ip', ipVal(rng))} ===`,
        `[${hhmm(rng)}] VoltBot: Hej! Jag är Voltbutikens digitala assistent. Vad gäller det?`, `[${hhmm(rng)}] ${who}: ${rng.pick(['retur', 'reklamation', 'var är mitt paket', 'garanti'])}`,
        `[${hhmm(rng)}] VoltBot: Ange ditt ordernummer så hjälper jag dig.`, `[${hhmm(rng)}] ${who}: ${N.id('order-number', order(rng), 'phone')}`,
        `[${hhmm(rng)}] VoltBot: Jag kopplar dig till en medarbetare.`, `[${hhmm(rng)}] ${ag}: Hej ${N.lone(p.first)}, jag heter ${N.lone(st.first)}. Jag ser din order.`,
        rng.pick([() => `[${hhmm(rng)}] ${who}: ni kan nå mig på ${T(R, 'phone', phone(rng, 'mobile'))} om det behövs`, () => `[${hhmm(rng)}] ${who}: min mejl är ${T(R, 'email', email(rng, p))}`,
          () => `[${hhmm(rng)}] ${who}: beställningen står på min man ${R.t('name', kin(rng, p).short, 'running-text')}`, () => `[${hhmm(rng)}] ${who}: serienumret är ${N.id('serial-number', serial(rng))}`])(),
        `[${hhmm(rng)}] ${ag}: Tack! Jag har skapat ${N.id('rma-number', rma(rng))}, returetikett kommer från ${role(R, O, 3)}.`, `[${hhmm(rng)}] ${who}: tack!`, `[${hhmm(rng)}] System: ${ag} avslutade konversationen.`, '');
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 6. Chat sessions — NDJSON from the chat platform's API.
  {
    const f = 'butik/chatt_sessions.ndjson'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [];
    for (let i = 0; i < 80; i++) {
      const p = person(rng); const st = rng.pick(staff); const d = date(rng);
      const named = rng.chance(0.7);
      out.push(JSON.stringify({ id: N.id('chat-id', alnum(rng, 16).toLowerCase()), started: isoTs(rng, d), visitor: { ip: T(R, 'ip', ipVal(rng)), name: named ? T(R, 'name', { value: p.full, subtype: 'json-value' }) : `Besökare ${num(rng, 5)}`,
        email: named && rng.chance(0.7) ? T(R, 'email', email(rng, p)) : null, userAgent: 'Mozilla/5.0', geo: { city: rng.pick(CITIES), country: 'SE' } },
      agents: rng.chance(0.75) ? [{ id: `ag-${rng.int(10, 99)}`, name: T(R, 'name', { value: st.short, subtype: 'json-value' }), email: R.t('email', workEmail(st, O.domain), 'staff-work') }] : [],
      messages: [{ from: 'bot', text: 'Hej! Vad kan jag hjälpa till med?' }, { from: 'visitor', text: rng.pick([() => `Mitt nummer ${T(R, 'phone', phone(rng))}`, () => `order ${N.id('order-number', order(rng), 'phone')}`, () => 'vill returnera', () => `IMEI ${N.id('imei', imei(rng), 'phone')}`])() }],
      rating: rng.pick([null, 1, 2, 3, 4, 5]), tags: ['retur', 'garanti'].slice(0, rng.int(0, 2)) }));
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 7. Warranty inbox — mbox with forwards, HTML alternatives, signatures.
  {
    const f = 'butik/garanti_inkorg.mbox'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 18; i++) {
      const p = person(rng); const st = rng.pick(staff); const d = date(rng); const e = email(rng, p); const ph = phone(rng);
      const tech = person(rng, { middle: 0 });
      R.t('name', p.full, 'header-display'); T(R, 'email', e);
      const r = N.id('rma-number', rma(rng));
      const text = rng.chance(0.5)
        ? `Hej,\n\nmin ${N.look('product', rng.pick(PRODUCTS))} (serienr ${N.id('serial-number', serial(rng))}) har slutat fungera efter ${rng.int(3, 22)} månader. Kvitto bifogat, order ${N.id('order-number', order(rng), 'phone')}.\n\nMvh\n${R.t('name', p.full, 'signature')}\n${T(R, 'phone', ph)}\n`
        : `Hi,\n\nI bought a ${rng.pick(GENERIC)} from you in ${rng.pick(['March', 'May', 'August'])}. It no longer charges. Could you help? My phone: ${T(R, 'phone', phone(rng, 'foreign'))}\n\nBest,\n${R.t('name', p.full, 'signature')}\n`;
      msgs.push({ from: [p.full, e.value], to: [['Voltbutiken Garanti', role(R, O, 1)]], subject: rng.pick(['Garantiärende', 'Reklamation', 'Warranty claim', `Trasig ${rng.pick(GENERIC)}`]), date: rfcDate(d, `${hhmm(rng)}:00`),
        id: `${alnum(rng, 12)}@${e.value.split('@')[1]}`, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), text });
      const fwd = `Hej ${N.lone(tech.first)},\n\nkan ni ta detta? ${r}.\n\n${R.t('name', st.short, 'signature')}\nGarantihandläggare | Voltbutiken Sverige AB\nDirekt ${R.t('phone', phone(rng, 'landline', 'grouped').value, 'staff-direct')}\n\n---------- Vidarebefordrat meddelande ----------\nFrån: ${p.full} <${e.value}>\nDatum: ${svDate(d)}\nÄmne: Garantiärende\n\n${text}`;
      const html = `<div>Hej ${htmlEsc(tech.first)},<br><br>kan ni ta detta? ${r}.<br><br><b>${htmlEsc(st.short)}</b><br>Garantihandläggare</div><blockquote>${htmlEsc(text).replace(/\n/g, '<br>')}</blockquote>`;
      msgs.push({ from: [st.short, R.t('email', workEmail(st, O.domain), 'staff-work')], to: [[R.t('name', tech.full, 'header-display'), R.t('email', workEmail(tech, 'nordicrepair.se'), 'work')]],
        cc: [['', role(R, O, 1)]], subject: `VB: Garantiärende ${r}`, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${alnum(rng, 14)}@voltbutiken.se`, enc: 'qp', text: fwd, html, htmlText: fwd });
    }
    const o = mbox(msgs); C.put(f, o.bytes, o.text);
  }

  // 8. Return labels — HTML-only mail (two files).
  for (const k of [1, 2]) {
    const f = `butik/returetikett_${k}.eml`; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const p = person(rng); const e = email(rng, p); const d = date(rng);
    const rows = Array.from({ length: 6 }, () => `<tr><td>${N.id('article-number', `${num(rng, 3)}.${num(rng, 3)}.${num(rng, 2)}`)}</td><td>${htmlEsc(rng.pick(GENERIC))}</td><td>${N.amount(amount(rng, 199, 9990))}</td></tr>`).join('');
    const html = `<!DOCTYPE html><html><head><style>td{padding:4px}</style></head><body><p>Hej ${htmlEsc(N.lone(p.first))}!</p><p>Här är din returetikett för <b>${N.id('rma-number', rma(rng))}</b>.</p>`
      + `<table><tr><th>Art.nr</th><th>Produkt</th><th>Pris</th></tr>${rows}</table><p>Avsändare:<br>${htmlEsc(T(R, 'name', nameAs(p, 'caps')))}<br>${htmlEsc(street(rng))}<br>${N.id('postcode', postcode(rng))} ${rng.pick(CITIES)}<br>Mobil: ${T(R, 'phone', phone(rng, 'mobile'))}</p>`
      + `<p>Kolli-ID: ${N.id('tracking-number', `${letters(rng, 2)}${num(rng, 9)}SE`)}</p><p style="color:#888">Voltbutiken Sverige AB · Org.nr ${N.id('organisationsnummer', O.orgnr, 'personnummer')} · ${N.id('service-line', O.service, 'phone')}</p></body></html>`;
    const o = htmlEml({ from: ['Voltbutiken', role(R, O, 2)], to: [[R.t('name', p.full, 'header-display'), T(R, 'email', e)]], subject: 'Din returetikett', date: rfcDate(d), id: `${alnum(rng, 20)}@mailer.voltbutiken.se`, html, enc: k === 1 ? 'b64' : 'qp' });
    C.put(f, o.bytes, o.text);
  }

  // 9. RMA workbook — several sheets.
  {
    const f = 'butik/rma_sammanstallning.xlsx'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const cases = [['RMA', 'Kund förnamn', 'Kund efternamn', 'Mobil', 'Produkt', 'IMEI/serienr', 'Belopp']];
    for (const p of people(rng, 80)) { C.joined(f, p.given, p.last); cases.push([N.id('rma-number', rma(rng)), p.given, p.last, T(R, 'phone', phone(rng, 'mobile')), product(R, rng), rng.chance(0.5) ? N.id('imei', imei(rng), 'phone') : N.id('serial-number', serial(rng)), rng.int(199, 19990)]); }
    const units = [['Serienr', 'Verkstad', 'Tekniker', 'Inlämnad', 'Åter']];
    for (let i = 0; i < 40; i++) units.push([N.id('serial-number', serial(rng)), N.look('company', rng.pick(['Bergmans Elektronik AB', 'Nordic Repair AB', 'Petterssons Rör AB'])), T(R, 'name', nameAs(person(rng, { middle: 0 }), rng.pick(['full', 'surname-first']))), N.date(date(rng)), N.date(date(rng))]);
    const hand = [['Handläggare', 'E-post', 'Antal ärenden']];
    for (const s of staff) hand.push([R.t('name', s.short, 'staff'), R.t('email', workEmail(s, O.domain), 'staff-work'), rng.int(10, 200)]);
    const o = xlsx([{ name: 'Ärenden', rows: cases }, { name: 'Verkstad', rows: units }, { name: 'Handläggare', rows: hand }], { creator: R.t('name', staff[0].short, 'xlsx-creator') }); C.put(f, o.bytes, o.text);
  }

  // 10. Review page — HTML.
  {
    const f = 'butik/recensioner_sida.html'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const items = people(rng, 40).map((p) => `<article class="review"><header><span class="author">${htmlEsc(T(R, 'name', nameAs(p, rng.pick(['full', 'full', 'caps']))))}</span> <time>${N.date(date(rng))}</time> <span class="stars">${'★'.repeat(rng.int(1, 5))}</span></header>`
      + `<p>${htmlEsc(rng.pick([() => `Köpte ${N.look('product', rng.pick(PRODUCTS))}. Nöjd!`, () => `${N.lone(rng.pick(LONE))} på support var jättebra.`, () => 'Lång leveranstid men bra pris.', () => `Jag och ${R.t('name', kin(rng, p).short, 'running-text')} handlar här ofta.`])())}</p></article>`);
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Omdömen – Voltbutiken</title></head><body><h1>Vad våra kunder säger</h1>${items.join('\n')}<footer>Kontakt: ${role(R, O, 0)} · ${N.id('service-line', O.service, 'phone')}</footer></body></html>`;
    C.put(f, html);
  }

  // 11. Agent notes — Markdown.
  {
    const f = 'butik/agent_anteckningar.md'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = ['# Överlämning garantidesken', '', `_Senast uppdaterad ${N.date(date(rng))} av ${R.t('name', staff[1].short, 'signature')}_`, ''];
    for (let i = 0; i < 30; i++) {
      const p = person(rng);
      out.push(`## ${N.id('rma-number', rma(rng))} – ${T(R, 'name', nameAs(p, rng.pick(['full', 'surname-first'])))}`, '',
        `- Kontakt: ${T(R, 'phone', phone(rng))}${rng.chance(0.5) ? `, ${T(R, 'email', email(rng, p))}` : ''}`,
        `- ${rng.pick([() => `**Obs:** kunden vill bara prata med ${R.t('name', rng.pick(staff).short, 'running-text')}`, () => `Pnr för kreditkoll: \`${T(R, 'personnummer', pnr(rng))}\``, () => `Tillverkarens ärende ${N.id('case-number', `TS${num(rng, 8)}`)}`, () => 'Väntar på reservdel'])()}`,
        `- Nästa steg: ${rng.pick(['ring kund', 'skicka ny enhet', 'kreditera', 'avvakta verkstad'])}`, '');
    }
    out.push('---', `Frågor till ${role(R, O, 1)}`);
    C.put(f, `${out.join('\n')}\n`);
  }

  // 12. Credit notes — PDF.
  {
    const f = 'butik/kreditnotor_okt.pdf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [];
    for (const p of people(rng, 14, { cp1252: true })) {
      lines.push({ text: 'KREDITNOTA', size: 14, bold: true }, `Voltbutiken Sverige AB, Org.nr ${N.id('organisationsnummer', O.orgnr, 'personnummer')}`, `Kund: ${T(R, 'name', nameAs(p, 'full'))}`,
        `Order ${N.id('order-number', order(rng), 'phone')}  RMA ${N.id('rma-number', rma(rng))}`, `Krediterat belopp: ${N.amount(amount(rng, 199, 15000))}`,
        `Återbetalas till konto med clearing ${N.id('clearing', String(rng.int(3000, 3399)))}`, `Handläggare: ${R.t('name', rng.pick(staff).short, 'staff')}`, '');
    }
    const o = pdfLines(lines, { per: 40, title: 'Kreditnotor' }); C.put(f, o.bytes, o.text);
  }
}
