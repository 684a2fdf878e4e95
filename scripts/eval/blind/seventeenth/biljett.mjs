// Seventeenth set — a concert and sports ticketing service (Arenabiljetten Norden AB): order export, ticket holders,
// resale and transfers, Intercom conversations, guest lists and accreditation, e-tickets, refund mail for a cancelled
// show, companion (ledsagare) requests, fraud-engine log, HTML-only order confirmations, staff shift calendar, notes.
import { Rng, person, people, kin, nameAs, nameStyle, N, PNR, phone, PH, EM, workEmail, T, date, dotDate, hhmm, hms, isoTs, alnum, ean13, cardNo,
  org, footer, role, server, nears, csv, xlsx, mbox, eml, rfcDate, pdfLines, jsonText, put, putText, p2s, num, amount, street, CITIES, LONE, LOOKALIKE, IP, svDate,
  htmlEml, htmlEsc, folded } from './core.mjs';

const DOM = 'arenabiljetten.se';
const EVENTS = ['Nattfjärilarna — Höstturné 2026', 'IFK Norrtull – Vasalunds BK', 'Kvällsljus Orkester: Julkonsert', 'Stadsderbyt i handboll', 'Ishockey: Björnarna – Lodjuren', 'Standup-galan 2026', 'Musikalen Polstjärnan', 'Elektrafestivalen dag 2'];

export default function biljett(C) {
  const rng = new Rng('biljett');
  const o = org(rng, { name: 'Arenabiljetten Norden AB', domain: DOM, area: '8', roles: ['kundservice', 'info', 'noreply', 'aterbetalning', 'press'] });
  const staff = people(new Rng('biljett/staff'), 12, {});
  const venue = (nm) => (rng.chance(0.3) ? nm.look('venue', rng.pick(LOOKALIKE.venue)) : rng.pick(['Arena Norrtull', 'Konserthuset Väst', 'Hallen i Solna', 'Sportcentrum Öst']));
  const ev = (nm) => nm.id('event-name', rng.pick(EVENTS), 'name');
  const seat = (nm) => nm.id('seat-id', rng.pick([() => `Sektion ${rng.int(101, 130)}, rad ${rng.int(1, 30)}, plats ${rng.int(1, 40)}`, () => `${rng.pick(['A', 'B', 'C'])}${rng.int(1, 30)}-${rng.int(1, 40)}`, () => `Parkett V${rng.int(1, 25)}:${rng.int(1, 30)}`])());
  const orderNo = (nm) => nm.id('order-number', `AB${num(rng, 8)}`);

  // 1. orders, UTF-8 quote-all
  {
    const f = 'biljett/ordrar_export_2026-11.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['order_id', 'created_at', 'buyer_name', 'buyer_email', 'buyer_phone', 'event', 'venue', 'qty', 'total_sek', 'payment_ref', 'ip']];
    for (let i = 0; i < 150; i++) {
      const p = person(rng);
      rows.push([orderNo(nm), isoTs(rng, date(rng, '2026-09-01', '2026-11-22')), N(R, p, nameStyle(rng, [['full', 80], ['lower', 10], ['caps', 10]])), EM(R, rng, p), rng.chance(0.8) ? PH(R, rng, rng.chance(0.94) ? 'mobile' : 'foreign') : '', ev(nm), venue(nm), rng.int(1, 6),
        rng.int(250, 4800), nm.id('payment-ref', `pi_${alnum(rng, 18).toLowerCase()}`), IP(R, rng)]);
    }
    put(C, f, csv(rows, { quoteAll: true, eol: '\n' }));
  }

  // 2. ticket holders, nested JSON
  {
    const f = 'biljett/biljettinnehavare.json'; const R = C.at(f); const nm = nears(R, rng);
    const orders = [];
    for (let i = 0; i < 40; i++) {
      const b = person(rng); C.joined(f, b.given, b.last);
      const n = rng.int(1, 5); const holders = [];
      for (let k = 0; k < n; k++) {
        const h = k === 0 ? b : rng.chance(0.5) ? kin(rng, b) : person(rng);
        if (k > 0) C.joined(f, h.given, h.last);
        holders.push({ firstName: h.given, lastName: h.last, seat: seat(nm), barcode: nm.id('barcode', ean13(rng)), category: rng.pick(['Vuxen', 'Barn', 'Pensionär', 'Ledsagare']) });
      }
      orders.push({ orderId: orderNo(nm), event: { name: ev(nm), venue: venue(nm), date: date(rng, '2026-11-25', '2027-03-30') }, buyer: { firstName: b.given, lastName: b.last, email: EM(R, rng, b), mobile: PH(R, rng, 'mobile', rng.pick(['e164', 'compact', 'grouped'])) }, tickets: holders });
    }
    putText(C, f, jsonText({ page: 1, pageSize: 70, orders }));
  }

  // 3. resale and transfers, NDJSON
  {
    const f = 'biljett/andrahand_overlatelser.ndjson'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 105; i++) {
      const a = person(rng); const b = person(rng);
      out.push(JSON.stringify({ ts: isoTs(rng, date(rng, '2026-10-01', '2026-11-22')), type: rng.pick(['transfer', 'resale', 'resale']), barcode: nm.id('barcode', ean13(rng)), event: ev(nm),
        from: { name: N(R, a, 'full'), email: EM(R, rng, a) }, to: { name: N(R, b, rng.pick(['full', 'full', 'lower'])), email: EM(R, rng, b), ip: IP(R, rng) }, price: rng.int(200, 3000), fee: rng.int(20, 150), risk: Number(rng.next().toFixed(2)) }));
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 4. Intercom conversations
  {
    const f = 'biljett/intercom_konversationer.json'; const R = C.at(f); const nm = nears(R, rng);
    const convs = [];
    for (let i = 0; i < 24; i++) {
      const p = person(rng); const a = rng.pick(staff); const em = EM(R, rng, p);
      const parts = [
        { author: { type: 'user', name: N(R, p, 'full', 'chat-speaker'), email: em }, body: `<p>${htmlEsc(rng.pick([() => `Hej! Jag har köpt biljetter (order ${orderNo(nm)}) men fått fel namn på dem. De ska stå på ${N(R, kin(rng, p), 'full', 'running-text')}.`, () => 'Biljetterna har inte kommit till min mejl', () => `Can I change seats? Booking ${orderNo(nm)}. Phone ${PH(R, rng, 'foreign')}`])())}</p>` },
        { author: { type: 'admin', name: R.t('name', a.full, 'chat-speaker'), email: R.t('email', workEmail(a, DOM), 'staff-work') }, body: `<p>Hej ${htmlEsc(nm.lone(p.first))}! Jag hjälper dig. Kan du bekräfta ditt mobilnummer?</p>` },
        { author: { type: 'user', name: p.full, email: em }, body: `<p>${htmlEsc(PH(R, rng, 'mobile'))}</p>` },
      ];
      convs.push({ id: num(rng, 12), created_at: 1762000000 + rng.int(0, 1900000), source: { delivered_as: 'customer_initiated', url: `https://www.${DOM}/event/${num(rng, 5)}` }, contacts: [{ id: alnum(rng, 24).toLowerCase(), location: { city: rng.pick(CITIES) }, last_seen_ip: IP(R, rng) }], conversation_parts: parts });
    }
    putText(C, f, jsonText({ type: 'conversation.list', conversations: convs }));
  }

  // 5. guest lists and accreditation
  {
    const f = 'biljett/gastlistor_ackreditering.xlsx'; const R = C.at(f); const nm = nears(R, rng);
    const sheets = [];
    for (const name of ['Nattfjärilarna', 'Julkonsert', 'Derby']) {
      const rows = [[`Gästlista — ${nm.id('event-name', name, 'name')}`], ['Namn', '+1', 'Kategori', 'Mobil', 'Kommentar']];
      for (let i = 0; i < 36; i++) { const p = person(rng); rows.push([N(R, p, rng.pick(['surname-first', 'full', 'caps'])), rng.chance(0.3) ? N(R, person(rng), 'full', 'plus-one') : '', rng.pick(['Press', 'Artistgäst', 'Sponsor', 'VIP']), rng.chance(0.6) ? PH(R, rng, 'mobile') : '', rng.chance(0.1) ? `fråga efter ${nm.lone(rng.pick(LONE))} i entrén` : '']); }
      sheets.push({ name, rows });
    }
    const acc = [['Ackreditering personal/funktionärer'], ['Förnamn', 'Efternamn', 'Personnummer', 'Företag', 'Zon', 'Kortnr']];
    for (let i = 0; i < 45; i++) { const p = person(rng); C.joined(f, p.given, p.last); acc.push([p.given, p.last, PNR(R, rng, { minYear: 1960, maxYear: 2007 }), rng.pick(['Vaktbolaget Nord', 'Arenastäd AB', 'Catering Syd', 'Ljudteknik HB']), rng.pick(['Backstage', 'Plan', 'Press', 'Alla']), nm.id('access-card', `AC-${num(rng, 6)}`)]); }
    sheets.push({ name: 'Ackreditering', rows: acc });
    put(C, f, xlsx(sheets, { creator: R.t('name', staff[5].full, 'xlsx-creator') }));
  }

  // 6. e-tickets PDF
  {
    const f = 'biljett/e-biljetter_order.pdf'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 34; i++) {
      const p = person(rng, { cp1252: true });
      lines.push({ text: 'E-BILJETT', size: 14, bold: true }, rng.pick(EVENTS).replace('–', '-'), `Innehavare: ${N(R, p, rng.pick(['full', 'caps']))}`, `Plats: ${seat(nm)}`, `Streckkod: ${nm.id('barcode', ean13(rng))}`, `Order ${orderNo(nm)}  Pris ${nm.amount(amount(rng, 250, 1500))}`, 'Biljetten är personlig. Legitimation kan krävas.', '');
    }
    lines.push(footer(R, o, ['orgnr', 'service']));
    put(C, f, pdfLines(lines, { per: 48, title: 'E-biljetter' }));
  }

  // 7. refunds mailbox (cancelled show)
  {
    const f = 'biljett/aterbetalning_inkorg.mbox'; const R = C.at(f); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 22; i++) {
      const p = person(rng); const em = EM(R, rng, p); R.t('name', p.full, 'header-display'); const d = date(rng, '2026-10-10', '2026-11-22');
      const text = rng.pick([
        () => `Hej,\n\nKonserten med Nattfjärilarna ställdes in. Jag vill ha pengarna tillbaka för order ${orderNo(nm)}. Betalade med kort som slutar på ${nm.id('card-last4', num(rng, 4))}.\nClearing ${nm.id('clearing', String(rng.int(3000, 8999)))}, konto ${nm.id('account-number', num(rng, 10))}.\n\nMvh ${p.full}\n${PH(R, rng)}`,
        () => `Hej! Jag köpte biljetter åt min pappa ${N(R, kin(rng, p), 'full', 'running-text')} (han har inget mejl). Återbetalning till mig istället, tack.\n${p.first}`,
        () => `hej var är mina pengar?? 3 veckor nu. ${p.full.toLowerCase()}, ${PNR(R, rng)}`,
      ])();
      if (/ställdes in|pappa|veckor/.test(text) && text.includes(p.full.toLowerCase())) R.t('name', p.full.toLowerCase(), 'lower');
      msgs.push({ from: [p.full, em], to: [['Arenabiljetten', role(R, o, 3)]], subject: rng.pick(['Återbetalning', 'Inställd konsert', 'Refund please', 'VAR ÄR PENGARNA']), date: rfcDate(d, `${p2s(rng.int(6, 23))}:${p2s(rng.int(0, 59))}:00`), id: `${alnum(rng, 14)}@mail.example`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Fri Nov 06 09:00:00 2026' });
      if (rng.chance(0.5)) { const a = rng.pick(staff); const an = R.t('name', a.full, 'staff'); const ae = R.t('email', workEmail(a, DOM), 'staff-work');
        msgs.push({ from: [a.full, ae], to: [[p.full, em]], subject: 'SV: Återbetalning', date: rfcDate(d, '15:30:00'), id: `ab-${num(rng, 9)}@${DOM}`, text: `Hej!\n\nÅterbetalningen är registrerad och syns på ditt konto inom 5–10 bankdagar.\n\nHälsningar\n${an}\nArenabiljetten Kundservice\n\n> ${text.split('\n').join('\n> ')}`, html: `<p>Hej!</p><p>Återbetalningen är registrerad.</p><p>Hälsningar<br>${htmlEsc(an)}</p>`, htmlText: `Hej!\nÅterbetalningen är registrerad.\nHälsningar\n${an}`, enc: 'qp', mboxDate: 'Fri Nov 06 15:30:00 2026' }); }
    }
    put(C, f, mbox(msgs));
  }

  // 8. companion requests, cp1252
  {
    const f = 'biljett/ledsagarbevis_ansokningar.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Ansökan', 'Datum', 'Sökande', 'Personnummer', 'Ledsagare', 'Telefon', 'Intyg', 'Beslut']];
    for (let i = 0; i < 110; i++) {
      const p = person(rng, { cp1252: true }); const l = person(rng, { cp1252: true });
      rows.push([nm.id('application-number', `LB${num(rng, 5)}`), date(rng), N(R, p, rng.pick(['surname-first', 'full', 'surname-first-caps'])), PNR(R, rng, { old: rng.chance(0.03) }), N(R, l, 'full', 'companion'), PH(R, rng), rng.pick(['Läkarintyg', 'Ledsagarkort kommun', 'Saknas']), rng.pick(['Beviljad', 'Avslag', 'Komplettering'])]);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 9. fraud-engine log
  {
    const f = 'biljett/bedrageri_kontroll.log'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 140; i++) {
      const p = person(rng);
      out.push(`${isoTs(rng, date(rng, '2026-11-01', '2026-11-22'))} fraud-svc[${rng.int(100, 999)}] order=${orderNo(nm)} email=${EM(R, rng, p)} ip=${IP(R, rng)} bin=${nm.id('card-bin', `${rng.pick(['4571', '5269', '4917'])}${num(rng, 2)}`)} device=${nm.id('device-fingerprint', alnum(rng, 20).toLowerCase())} score=${rng.int(0, 99)} decision=${rng.pick(['ALLOW', 'ALLOW', 'REVIEW', 'DENY'])}${rng.chance(0.1) ? ` note="namn matchar inte kort: ${N(R, p, 'caps', 'caps')}"` : ''}`);
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 10–11. HTML-only order confirmations (.eml)
  for (let k = 0; k < 2; k++) {
    const f = `biljett/orderbekraftelse_${k + 1}.eml`; const R = C.at(f); const nm = nears(R, rng);
    const p = person(rng); const em = EM(R, rng, p); R.t('name', p.full, 'header-display');
    const rows = Array.from({ length: rng.int(2, 5) }, () => { const h = rng.chance(0.5) ? kin(rng, p) : person(rng); return `<tr><td>${htmlEsc(N(R, h, 'full', 'ticket-holder'))}</td><td>${htmlEsc(seat(nm))}</td><td>${nm.id('barcode', ean13(rng))}</td></tr>`; }).join('');
    const html = `<html><body><h1>Tack för din bokning, ${htmlEsc(nm.lone(p.first))}!</h1><p>Order ${orderNo(nm)} — ${htmlEsc(rng.pick(EVENTS))}</p><table><tr><th>Namn</th><th>Plats</th><th>Streckkod</th></tr>${rows}</table><p>Köpare: ${htmlEsc(p.full)}, ${em}, ${htmlEsc(PH(R, rng, 'mobile'))}</p><p>${htmlEsc(footer(R, o, ['orgnr', 'service']))}</p></body></html>`;
    put(C, f, htmlEml({ from: ['Arenabiljetten', role(R, o, 2)], to: [[p.full, em]], subject: `Orderbekräftelse ${k + 1}`, date: rfcDate(date(rng), '12:00:00'), id: `conf-${num(rng, 10)}@${DOM}`, html, enc: k ? 'qp' : 'b64', hdrMode: 'B' }));
  }

  // 12. staff shift calendar
  {
    const f = 'biljett/arbetspass_evenemang.ics'; const R = C.at(f); const nm = nears(R, rng);
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Arenabiljetten//Schema//SV', 'METHOD:PUBLISH'];
    for (let i = 0; i < 26; i++) {
      const d = date(rng, '2026-11-25', '2027-01-31').replace(/-/g, ''); const org2 = staff[0]; const att = rng.shuffle(staff.slice(1)).slice(0, 3);
      lines.push('BEGIN:VEVENT', `UID:${alnum(rng, 20).toLowerCase()}@${DOM}`, `DTSTART:${d}T${p2s(rng.int(15, 18))}0000`, `DTEND:${d}T${p2s(rng.int(21, 23))}3000`, `SUMMARY:Biljettkontroll ${rng.pick(EVENTS)}`, `LOCATION:${venue(nm)}`,
        `ORGANIZER;CN=${R.t('name', org2.full, 'ics-cn')}:mailto:${R.t('email', workEmail(org2, DOM), 'staff-work')}`, ...att.map((a) => `ATTENDEE;CN=${R.t('name', a.full, 'ics-cn')};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${R.t('email', workEmail(a, DOM), 'staff-work')}`),
        `DESCRIPTION:Ansvarig vakt: ${N(R, person(rng), 'full', 'running-text')}\\, tel ${PH(R, rng, 'mobile')}. Entré ${rng.pick(['A', 'B', 'C'])}.`, 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    put(C, f, folded(lines));
  }

  // 13. support notes, Markdown
  {
    const f = 'biljett/supportanteckningar.md'; const R = C.at(f); const nm = nears(R, rng);
    const out = ['# Anteckningar kundservice v.46', ''];
    for (let i = 0; i < 90; i++) {
      const p = person(rng);
      out.push(`- ${rng.pick([() => `${N(R, p, rng.pick(['full', 'lower']))} ringde: biljetter ej mottagna, skickat om till ${EM(R, rng, p)}`, () => `bytt namn på biljett ${nm.id('barcode', ean13(rng))} till ${N(R, p, 'full', 'running-text')} enl. köparen`,
        () => `pratat m ${N(R, p, 'full')} ang ledsagare, ${PNR(R, rng)}, skickat blankett`, () => `${nm.lone(rng.pick(LONE))} från ${nm.id('company', 'Bröderna Holm Åkeri AB', 'name')} vill boka företagsloge, ring ${nm.service()}`, () => `misstänkt svart handel: ${N(R, p, 'caps', 'caps')} säljer ${rng.int(6, 20)} biljetter, ip ${IP(R, rng)}`, () => `återring ${PH(R, rng)} (${nm.lone(p.first)}) efter kl 16`])()}`);
    }
    putText(C, f, out.join('\n') + '\n');
  }
}
