// Seventh blind set — a second round of files for the same eight organisations: hotel reviews (NDJSON), a ticket
// system XML export, a Windows-1252 tab-separated call-back export, payment-plan letters (.docx), an English moving
// chat (.txt), MFA registrations (CSV), a pharmacy mail with an HTML alternative.
import { Rng, makePerson, sDate, sTime, sTimeS, safeDigits, amount, ascii, makePhone, N } from './lib.mjs';
import { csv, docx, eml, rfcDate, xmlEsc, htmlEsc } from './formats.mjs';
import { customer, nm, pn, ph, em, fph, ip, nBadPnr, nOrg, nService, nRole, nLone, nCompany, nPlace } from './mk.mjs';

export default function build(C) {
  const rng = new Rng('more');

  // 1. hotel reviews
  {
    const R = C.at('hotell/recensioner_2025-q2.ndjson');
    const lines = [];
    for (let i = 0; i < N(40); i++) {
      const c = customer(rng);
      const hotel = rng.pick(['Villa Margareta', 'Hotel Carl Fredrik', 'Pensionat Anna Lisa']);
      const staffName = makePerson(rng, { origin: 'swedish' });
      const o = { reviewId: R.n(null, 'review-id', `RV${safeDigits(rng, 8, '3')}`), hotel: nCompany(R, hotel), stars: rng.int(1, 5), date: sDate(rng, '2025-04-01', '2025-06-29'),
        author: rng.chance(0.5) ? nm(R, c) : nm(R, c, 'initial'), text: '' };
      const form = rng.int(0, 4);
      o.text = form === 0 ? `Fantastiskt bemötande av ${nm(R, staffName, 'full', 'staff')} i receptionen!` : form === 1 ? 'Rent och fint men lyhört.'
        : form === 2 ? `Frukosten var kall. Ring mig gärna: ${ph(R, rng, c)}` : form === 3 ? `Great stay. Ask for ${nLone(R, staffName.first)} at the bar.`
          : `Bodde här med ${nm(R, makePerson(rng))} – rekommenderas.`;
      if (rng.chance(0.3)) o.reviewerEmail = em(R, c);
      if (rng.chance(0.4)) o.submittedFrom = ip(R, rng);
      lines.push(JSON.stringify(o));
    }
    const text = lines.join('\n') + '\n';
    C.put(R.file, text);
  }

  // 2. ticket-system XML export (customer service cases)
  {
    const R = C.at('biljett/kundarenden_export.xml');
    const cases = [];
    for (let i = 0; i < N(25); i++) {
      const c = customer(rng); const a = makePerson(rng);
      cases.push(`  <case id="${R.n(null, 'case-number', `CS-${safeDigits(rng, 6, '4')}`)}" created="${sDate(rng, '2025-05-01', '2025-06-29')}T${sTimeS(rng)}">
    <requester name="${xmlEsc(nm(R, c))}" email="${em(R, c)}" phone="${ph(R, rng, c, 'e164')}"/>
    <subject>${xmlEsc(rng.pick(['Biljetter ej mottagna', 'Återbetalning', 'Fel namn på biljett', 'Rullstolsplats']))}</subject>
    <comment author="${xmlEsc(nm(R, a, 'full', 'staff'))}">${xmlEsc(rng.chance(0.5) ? `Namnbyte på biljett från ${c.first} ${c.last} till ${nm(R, makePerson(rng))}.` : `Återbetalt ${amount(rng, 100, 900)}.`)}</comment>
  </case>`);
    }
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<cases system="Biljettkassan CRM" version="${R.n(null, 'version', '4.2.1')}">\n${cases.join('\n')}\n</cases>\n`;
    C.put(R.file, text, text.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
  }

  // 3. call-back export: Windows-1252, tab, old system
  {
    const R = C.at('vardkontakt/aterringning_gamla_systemet.csv');
    const rows = [['Datum', 'Tid', 'Namn', 'Pnr', 'Tel', 'Anteckning']];
    for (let i = 0; i < N(50); i++) {
      const c = customer(rng, { cp1252: true });
      rows.push([sDate(rng, '2025-06-01', '2025-06-27'), sTime(rng), rng.chance(0.5) ? nm(R, c, 'reversed-caps') : nm(R, c, 'caps'), pn(R, rng, c, rng.pick(['short', 'compact'])),
        ph(R, rng, c, rng.pick(['compact', 'dash'])), rng.chance(0.2) ? `FEL PNR TIDIGARE ${nBadPnr(R, rng)}` : rng.pick(['RING FM', 'RING EM', 'PROVSVAR', 'RECEPT'])]);
    }
    const o = csv(rows, { sep: '\t', enc: 'cp1252' });
    C.put(R.file, o.bytes, o.text);
  }

  // 4–5. payment-plan letters (.docx)
  for (let k = 0; k < 2; k++) {
    const R = C.at(`inkasso/brev_betalningsplan_${k + 1}.docx`);
    const d = customer(rng); const a = makePerson(rng);
    const blocks = [{ h: 'Inkassobyrån Nordkredit AB' }, `Org.nr ${nOrg(R, rng)}`, '', nm(R, d), `Personnummer ${pn(R, rng, d, 'long-dash')}`, '',
      { h: 'Bekräftelse av betalningsplan' }, `Hej ${nLone(R, d.first)},`,
      `Vi bekräftar att du ska betala ${R.n(null, 'amount', amount(rng, 300, 2000))} per månad med start ${R.n(null, 'date', '2025-07-28')}.`,
      { table: [['Månad', 'Belopp', 'OCR'], ...Array.from({ length: 4 }, (_, m) => [`2025-${String(7 + m).padStart(2, '0')}`, R.n(null, 'amount', amount(rng, 300, 2000)), R.n('personnummer', 'ocr', safeDigits(rng, 14, '7'))])] },
      { runs: ['Frågor? Ring din handläggare ', a.first, ' ', a.last, ' på ', nService(R, rng), '.'] }];
    R.t('name', `${a.first} ${a.last}`, 'staff-split-runs');
    const o = docx(blocks, { creator: 'Nordkredit Brevmall' });
    C.put(R.file, o.bytes, o.text);
  }

  // 6. English moving chat (.txt)
  {
    const R = C.at('flytt/chat_english_customers.txt');
    const out = [];
    for (let i = 0; i < N(10); i++) {
      const c = customer(rng, { origin: rng.pick(['english', 'spanish', 'polish', 'thai', 'chinese']) }); const a = makePerson(rng, { origin: 'swedish' });
      out.push(`=== Conversation ${R.n(null, 'chat-id', safeDigits(rng, 7, '6'))} ${sDate(rng, '2025-06-01', '2025-06-28')} ===`);
      out.push(`[${sTime(rng)}] Visitor (${ip(R, rng)}): Hi, this is ${nm(R, c)}, we are relocating from ${nPlace(R, rng.pick(['Madrid', 'Kraków', 'Bangkok', 'Leeds', 'Shenzhen']))} to Stockholm.`);
      out.push(`[${sTime(rng)}] ${a.first}: Welcome! I'm ${nm(R, a, 'full', 'staff')}. What's the best number to reach you?`);
      out.push(`[${sTime(rng)}] Visitor: ${rng.chance(0.5) ? fph(R, rng) : ph(R, rng, c, 'intl')}, or email ${em(R, c)}`);
      out.push(`[${sTime(rng)}] ${a.first}: Thanks ${nLone(R, c.first)}. Our quote line is ${nService(R, rng)}.`, '');
    }
    C.put(R.file, out.join('\n'));
  }

  // 7. MFA registrations (CSV, comma, quoted)
  {
    const R = C.at('it-helpdesk/mfa_registreringar.csv');
    const rows = [['upn', 'displayName', 'method', 'phoneNumber', 'registeredFrom', 'registeredAt']];
    for (let i = 0; i < N(40); i++) {
      const p = makePerson(rng); const mob = makePhone(rng);
      const upn = `${ascii(p.first).replace(/ /g, '-')}.${ascii(p.last).replace(/ /g, '')}@kommun.example`;
      rows.push([R.t('email', upn, 'staff'), nm(R, p, 'full', 'staff'), rng.pick(['sms', 'authenticator', 'voice']), R.t('phone', mob.fmt(rng.pick(['intl', 'e164'])), 'staff'),
        rng.chance(0.6) ? R.t('ip', `10.${rng.int(20, 40)}.${rng.int(0, 255)}.${rng.int(2, 254)}`, 'private-ip') : ip(R, rng, 'public'), `${sDate(rng, '2025-03-01', '2025-06-29')}T${sTimeS(rng)}Z`]);
    }
    const o = csv(rows, { sep: ',', quoteAll: true, eol: '\n' });
    C.put(R.file, o.bytes, o.text);
  }

  // 8. pharmacy mail with HTML alternative (entities in the HTML part)
  {
    const R = C.at('apotek/fraga_om_ombud.eml');
    const c = customer(rng, { origin: 'swedish' }); const mom = customer(rng, { origin: 'swedish', minYear: 1935, maxYear: 1945 });
    const text = `Hej!\n\nJag vill hämta ut läkemedel åt min mamma ${nm(R, mom)}, ${pn(R, rng, mom, 'short')}. Hon bor på ${nCompany(R, 'Äldreboendet Solveigs Hus')}.\nMitt nummer är ${ph(R, rng, c, '0046')}.\n\nTack på förhand,\n${nm(R, c)}\n`;
    const html = `<html><body><p>Hej!</p><p>Jag vill h&auml;mta ut l&auml;kemedel &aring;t min mamma ${htmlEsc(`${mom.first} ${mom.last}`).replace(/ö/g, '&ouml;').replace(/å/g, '&aring;').replace(/ä/g, '&auml;')}.</p><p>${htmlEsc(`${c.first} ${c.last}`)}</p></body></html>`;
    const o = eml({ from: [`${c.first} ${c.last}`, em(R, c)], to: [['Apotek Eken', 'kundtjanst@apotek-eken.example']], subject: `Ombud för ${mom.first} ${mom.last}`,
      date: rfcDate('2025-06-19', '07:45:10'), id: `ombud.${safeDigits(rng, 8, '3')}@mail.example`, text, html, htmlText: '', enc: 'b64', hdrMode: 'Q' });
    nRole(R, 'kundtjanst@apotek-eken.example');
    C.put(R.file, o.bytes, o.text);
  }
}
