// Seventh blind set — biljett/: an event-ticketing platform (orders CSV in English, refunds JSON, saved chat
// transcripts as HTML, webhook events NDJSON with buyer IPs, a support inbox mbox, a gate-scanner log).
import { Rng, makePerson, sDate, sTime, sTimeS, safeDigits, amount } from './lib.mjs';
import { N } from './lib.mjs';
import { csv, mbox, rfcDate, htmlEsc } from './formats.mjs';
import { customer, nm, pn, ph, em, emUpper, fph, ip, nOrg, nService, nRole, nLone, nCompany } from './mk.mjs';

const EVENTS = ['Sommarkväll med Stråkkvartetten', 'Malmöfestivalen – Stora scenen', 'Allsång i parken', 'Stand-up: Nya rösterna', 'Elitserien: final', 'Barnteater – Pippi på scen'];

export default function build(C) {
  const rng = new Rng('tickets');
  const agents = Array.from({ length: 5 }, () => makePerson(rng));

  // 1. orders CSV (UTF-8 with BOM, comma, English headers, split names)
  {
    const R = C.at('biljett/orders_2025-06.csv');
    const rows = [['order_id', 'created_at', 'event', 'first_name', 'last_name', 'email', 'mobile', 'qty', 'total', 'currency', 'payment_ref', 'ip']];
    for (let i = 0; i < N(90); i++) {
      const c = customer(rng);
      C.joined(R.file, c.first, c.last);
      rows.push([R.n(null, 'order-number', `T${safeDigits(rng, 9, '5')}`), `${sDate(rng, '2025-05-01', '2025-06-29')} ${sTimeS(rng)}`, rng.pick(EVENTS), c.first, c.last,
        rng.chance(0.1) ? emUpper(R, c) : em(R, c), rng.chance(0.8) ? ph(R, rng, c, rng.pick(['e164', 'compact'])) : '', rng.int(1, 6), `${rng.int(150, 3200)}.00`, 'SEK',
        R.n(null, 'payment-ref', `pi_${safeDigits(rng, 14, '3')}`), ip(R, rng)]);
    }
    const o = csv(rows, { sep: ',', bom: true, eol: '\n' });
    C.put(R.file, o.bytes, o.text);
  }

  // 2. refunds JSON
  {
    const R = C.at('biljett/refunds_2025-06.json');
    const list = [];
    for (let i = 0; i < N(30); i++) {
      const c = customer(rng); const a = rng.pick(agents);
      list.push({ refundId: R.n(null, 'refund-id', `RF${safeDigits(rng, 7, '6')}`), orderId: R.n(null, 'order-number', `T${safeDigits(rng, 9, '5')}`),
        buyer: { name: nm(R, c, rng.chance(0.2) ? 'reversed' : 'full'), email: em(R, c), phone: rng.chance(0.5) ? ph(R, rng, c) : null },
        reason: rng.pick(['event_cancelled', 'duplicate', 'customer_request', 'wrong_date']), amount: { value: rng.int(150, 2500), currency: 'SEK' },
        handledBy: nm(R, a, 'full', 'staff'), ticketNumbers: [R.n(null, 'ticket-number', safeDigits(rng, 12, '7')), R.n(null, 'ticket-number', safeDigits(rng, 12, '7'))],
        comment: rng.chance(0.3) ? `Kunden ringde från ${ph(R, rng, c, 'grouped')}, verifierad med pnr ${pn(R, rng, c)}` : '' });
    }
    C.put(R.file, JSON.stringify({ refunds: list, generatedAt: '2025-06-30T05:00:00Z' }, null, 2) + '\n');
  }

  // 3–4. saved chat transcripts (HTML)
  for (let k = 0; k < 3; k++) {
    const id = safeDigits(rng, 8, '8');
    const R = C.at(`biljett/chat_transcript_${id}.html`);
    R.n(null, 'chat-id', id);
    const c = customer(rng); const a = rng.pick(agents);
    const eng = k === 2;
    const rows = [];
    const msg = (who, t) => rows.push(`<tr><td class="t">${sTime(rng)}</td><td class="who">${htmlEsc(who)}</td><td>${htmlEsc(t)}</td></tr>`);
    msg('System', `Besökare ansluten (IP ${ip(R, rng)})`);
    msg(c.first, eng ? `Hi, my name is ${nm(R, c)}. I bought tickets for the wrong date.` : `hej! jag heter ${nm(R, c, 'lower')} och köpte biljetter till fel datum`);
    msg(`${a.first} (kundtjänst)`, eng ? `Hi ${nLone(R, c.first)}, I'm ${nm(R, a, 'full', 'staff')}. Could you give me your order number?` : `Hej ${nLone(R, c.first)}! ${nm(R, a, 'full', 'staff')} här. Vad har du för ordernummer?`);
    msg(c.first, `${R.n(null, 'order-number', `T${safeDigits(rng, 9, '5')}`)} – ${eng ? 'email is' : 'mejlen är'} ${em(R, c)}`);
    msg(`${a.first} (kundtjänst)`, eng ? `Thanks. We will refund ${R.n(null, 'amount', amount(rng, 200, 1500))} within 5 days.` : `Tack! Vi bokar om till ${R.n(null, 'date', sDate(rng, '2025-07-01', '2025-08-30'))}. Ring ${nService(R, rng)} om något strular.`);
    if (k === 1) msg(c.first, `ok, ring mig på ${ph(R, rng, c, 'spaced')} om det behövs. /${c.first[0].toLowerCase()}${c.last[0].toLowerCase()}`);
    const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>Chat ${id}</title></head><body>\n<h2>Chat ${id} – ${htmlEsc(rng.pick(EVENTS))}</h2>\n<table>\n${rows.join('\n')}\n</table>\n<p class="footer">Biljettkassan Norden AB · org.nr ${nOrg(R, rng)} · ${nRole(R, 'support@biljettkassan.example')}</p>\n</body></html>\n`;
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    C.put(R.file, html, text);
  }

  // 5. webhook events
  {
    const R = C.at('biljett/webhook_events.ndjson');
    const lines = [];
    for (let i = 0; i < N(110); i++) {
      const c = customer(rng);
      const type = rng.pick(['checkout.completed', 'checkout.abandoned', 'ticket.transferred', 'account.login']);
      const e = { id: R.n(null, 'event-id', `evt_${safeDigits(rng, 16, '1')}`), type, created: `${sDate(rng, '2025-06-01', '2025-06-29')}T${sTimeS(rng)}.000Z`, data: {} };
      if (type === 'ticket.transferred') {
        const to = customer(rng);
        e.data = { from: { email: em(R, c), name: nm(R, c) }, to: { email: em(R, to), name: nm(R, to), phone: ph(R, rng, to, 'e164') }, ticket: R.n(null, 'ticket-number', safeDigits(rng, 12, '7')) };
      } else if (type === 'account.login') {
        e.data = { user: em(R, c), ip: ip(R, rng), device: rng.pick(['iOS 18.5', 'Android 15', 'Windows 11 Chrome 137']) };
      } else {
        e.data = { customer: { email: em(R, c), phone: rng.chance(0.6) ? ph(R, rng, c, 'e164') : null }, amount: rng.int(15000, 320000), currency: 'sek', client_ip: ip(R, rng) };
      }
      lines.push(JSON.stringify(e));
    }
    C.put(R.file, lines.join('\n') + '\n');
  }

  // 6. support inbox mbox
  {
    const R = C.at('biljett/support_inbox_2025-06.mbox');
    const msgs = [];
    for (let i = 0; i < 8; i++) {
      const c = customer(rng, { origin: i % 4 === 0 ? 'english' : undefined }); const a = rng.pick(agents);
      const date = sDate(rng, '2025-06-01', '2025-06-28');
      const english = c.origin === 'english';
      const body = english
        ? `Hello,\n\nI bought ${rng.int(2, 4)} tickets for ${rng.pick(EVENTS)} but never got them. Order ${R.n(null, 'order-number', `T${safeDigits(rng, 9, '5')}`)}.\nYou can reach me on ${fph(R, rng)}.\n\nBest,\n${nm(R, c)}\n`
        : `Hej,\n\nJag har inte fått mina biljetter. Ordern gjordes ${R.n(null, 'date', date)} med kortet som slutar på ${R.n(null, 'card-tail', String(rng.int(1000, 9999)))}.\n\nMvh\n${nm(R, c)}\nTel: ${ph(R, rng, c)}\n`;
      const reply = i % 2 === 0 ? '' : `\n\n--- Svar från ${nm(R, a, 'full', 'staff')} (${nRole(R, 'support@biljettkassan.example')}) ---\nVi har skickat biljetterna igen till ${em(R, c)}.\n`;
      msgs.push({ from: [`${c.first} ${c.last}`, em(R, c)], to: [['Biljettkassan Support', 'support@biljettkassan.example']], subject: english ? 'Missing tickets' : `Biljetter saknas – ${c.first} ${c.last}`,
        date: rfcDate(date, `${sTime(rng)}:00`), id: `bk${i}.${safeDigits(rng, 7, '2')}@mail.example`, text: body + reply, enc: ['qp', 'b64', '8bit'][i % 3], hdrMode: i % 2 ? 'B' : 'Q' });
      nm(R, c);
    }
    const o = mbox(msgs);
    C.put(R.file, o.bytes, o.text);
  }

  // 7. gate scanner log (mostly ticket numbers; names on named tickets)
  {
    const R = C.at('biljett/gate_scanner_A_2025-06-21.log');
    const lines = [`# scanner fw ${R.n(null, 'version', '3.18.2')} venue=${nCompany(R, 'Arena Karl Johan')} gate=A host=${R.n('ip', 'server-ip', '10.40.1.15')}`];
    for (let i = 0; i < N(120); i++) {
      const named = rng.chance(0.2);
      const tn = R.n(null, 'ticket-number', safeDigits(rng, 12, '7'));
      lines.push(`2025-06-21 ${sTimeS(rng)} SCAN ${tn} ${rng.pick(['OK', 'OK', 'OK', 'DUPLICATE', 'INVALID'])}${named ? ` holder="${nm(R, makePerson(rng), 'caps')}"` : ''}`);
    }
    C.put(R.file, lines.join('\n') + '\n');
  }
}
