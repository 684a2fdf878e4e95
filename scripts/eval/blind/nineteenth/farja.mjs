// Nineteenth blind set — Östersjölinjen AB's booking centre: a ferry line Kapellskär–Mariehamn–Nådendal. Passenger
// manifests (CSV, birth dates and nationalities), the booking system's JSON export (nested passengers, vehicles,
// cabins), a sports club's group booking (.xlsx), customer service mail in Swedish and English (mbox), a Salesforce
// case export, saved chat transcripts (HTML), the check-in gate log, boarding cards (PDF), cancellations (TSV), a
// booking confirmation with an HTML alternative (.eml), lost-and-found notes (Markdown) and the on-board Wi-Fi portal log.
import { Rng, org, customers, people, kin, nears, N, P_, T_, F_, M_, I_, phFmt, mobile, landline, workEmail, footer, role, server, csv, xlsx, pdfLines, mbox, eml, rfcDate, htmlEsc, jsonText, date, hhmm, isoTs, dotDate, slashDate, kr, num, alnum, regnr, msgId, cp1252ok, addDays, svDate, birthDate, privateIp, iban, FERRY_ORIGINS, SHIPS, CAR_MODELS, LOWER_WORDS, makePnr } from './core.mjs';
import { foreignPhone } from '../seventh/lib.mjs';

const NAT = { swedish: 'SWE', finnish: 'FIN', german: 'DEU', english: 'GBR', polish: 'POL', lithuanian: 'LTU', ukrainian: 'UKR', hungarian: 'HUN', greek: 'GRC', chinese: 'CHN', thai: 'THA', spanish: 'ESP' };
const ROUTES = ['KPS-MHQ', 'MHQ-NLI', 'KPS-NLI', 'NLI-KPS', 'MHQ-KPS'];

export default function build(C) {
  const b = new Rng('farja/base');
  const O = org(b, { name: 'Östersjölinjen AB', domain: 'ostersjolinjen.se', area: '176', roles: ['booking', 'info', 'noreply', 'customerservice', 'grupp'] });
  const pax = customers(b, 520, { origins: FERRY_ORIGINS, minYear: 1936, maxYear: 2019 });
  for (const p of pax) { p.nat = NAT[p.origin] ?? (b.chance(0.7) ? 'SWE' : b.pick(['SOM', 'IRN', 'IRQ', 'ERI', 'BIH', 'TUR', 'SYR'])); p.foreign = !['SWE'].includes(p.nat) && b.chance(0.75); p.fph = foreignPhone(b); p.ref = `${b.pick(['OS', 'OL', 'OX'])}${alnum(b, 6)}`; p.passport = `${b.pick(['AA', 'XP', 'C0', 'PA', 'FN'])}${num(b, 7)}`; }
  const agents = people(b, 12).map((p) => ({ ...p, direct: landline(b), mail: workEmail(p, O.domain) }));
  const ph = (R, rng, p, style) => (p.foreign ? R.t('phone', p.fph, 'foreign') : T_(R, rng, p.mob, style));
  const dep = (rng) => `${rng.pick(['OL', 'OS'])}${rng.int(100, 999)}`;

  // 1. passenger manifest (UTF-8 ; CSV, split names, DOB)
  for (const [k, ship] of [SHIPS[0], SHIPS[1]].entries()) {
    const F = `farja/passagerarlista_${k ? 'MS-Karin-Boye' : 'MS-Ebba-Brahe'}_2026-11-2${3 + k}.csv`; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [[`Passenger manifest ${nm.look('ship-name', ship)} ${rng.pick(ROUTES)} dep. 2026-11-2${3 + k} 09:45`], ['Ref', 'Surname', 'Given names', 'Gender', 'Date of birth', 'Nationality', 'Cabin', 'Vehicle', 'Remarks']];
    for (const p of rng.shuffle(pax).slice(0, 150)) {
      C.joined(F, p.given.toUpperCase(), p.last.toUpperCase(), 'split-joined-caps');
      rows.push([nm.id('booking-ref', p.ref), p.last.toUpperCase(), p.given.toUpperCase(), rng.pick(['M', 'F', 'F', 'M', 'X']), nm.id('birth-date', birthDate(p.pn)), p.nat, rng.chance(0.6) ? nm.id('cabin', `${rng.int(4, 9)}${rng.digits(3)}`) : 'DECK', rng.chance(0.3) ? nm.id('regnr', regnr(rng, false)) : '',
        rng.pick([() => '', () => '', () => '', () => 'WCHR', () => 'Allergi nötter', () => 'Husdjur (hund)', () => 'Infant', () => `Travelling with ${N(R, kin(rng, p), 'full', 'running-text')}`])()]);
    }
    const w = csv(rows, { sep: ';', eol: '\r\n' }); C.put(F, w.bytes, w.text);
  }

  // 2. booking system export (nested JSON)
  {
    const F = 'farja/bokningar_export_2026-11.json'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const bookings = [];
    for (let i = 0; i < 60; i++) {
      const c = rng.pick(pax); const comp = [kin(rng, c), ...(rng.chance(0.4) ? [kin(rng, c)] : [])];
      const d = date(rng, '2026-11-20', '2027-02-28');
      const passengers = [c, ...comp].map((p, j) => { C.joined(F, p.given, p.last); return { firstName: p.given, lastName: p.last, dateOfBirth: nm.id('birth-date', j === 0 ? birthDate(c.pn) : `${rng.int(1950, 2020)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`), nationality: c.nat, category: j && rng.chance(0.3) ? 'CHILD' : 'ADULT' }; });
      bookings.push({ bookingReference: nm.id('booking-ref', c.ref), status: rng.pick(['CONFIRMED', 'CONFIRMED', 'CANCELLED', 'PAID']), createdAt: isoTs(rng, date(rng, '2026-06-01', '2026-11-20')), channel: rng.pick(['WEB', 'APP', 'CALLCENTER', 'AGENT']),
        contact: { firstName: c.given, lastName: c.last, email: M_(R, c), phone: ph(R, rng, c, rng.pick(['e164', 'intl'])), address: { street: `${rng.pick(['Sjögatan', 'Rantakatu', 'Hafenstraße', 'Mill Lane'])} ${rng.int(1, 80)}`, country: c.nat } },
        legs: [{ route: rng.pick(ROUTES), departure: `${d}T${hhmm(rng)}:00+01:00`, ship: rng.pick(SHIPS) }], passengers,
        vehicles: rng.chance(0.45) ? [{ registration: nm.id('regnr', regnr(rng, false)), type: rng.pick(['CAR', 'CAR', 'CARAVAN', 'MOTORCYCLE']), lengthCm: rng.int(380, 1200), model: rng.pick(CAR_MODELS) }] : [],
        cabins: rng.chance(0.6) ? [{ number: nm.id('cabin', `${rng.int(4, 9)}${rng.digits(3)}`), category: rng.pick(['A2', 'B4', 'C4', 'DELUXE', 'E4 inside']) }] : [],
        payment: { amount: nm.amount(`${kr(rng, 400, 9000)}`), currency: 'SEK', method: rng.pick(['CARD', 'INVOICE', 'SWISH']), cardLast4: rng.digits(4) }, note: rng.pick([() => null, () => `Customer ${N(R, c, 'full', 'running-text')} requested window cabin`, () => 'Dog in car'])() });
    }
    C.put(F, `${jsonText({ exportedAt: '2026-11-24T23:00:00Z', system: 'Seaware-like', bookings }, 1)}\n`);
  }

  // 3. group booking workbook (sports club)
  {
    const F = 'farja/gruppbokning_IK_Roslagen_U15.xlsx'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const leader = pax.find((p) => p.nat === 'SWE' && !p.foreign); N(R, leader, 'full', 'xlsx-creator');
    const kids = customers(rng, 32, { minYear: 2011, maxYear: 2012 });
    const dl = [['Gruppbokning ' + nm.id('group-ref', `GRP-${num(rng, 5)}`), '', '', '', ''], ['Förnamn', 'Efternamn', 'Personnummer', 'Vårdnadshavare', 'Vh mobil']];
    for (const k of kids) { C.joined(F, k.given, k.last); const g = kin(rng, k); dl.push([k.given, k.last, P_(R, rng, k.pn, rng.pick(['short', 'long'])), N(R, g, 'full', 'guardian'), T_(R, rng, mobile(rng), rng.pick(['compact', 'grouped']))]); }
    const lead = [['Ledare', 'Mobil', 'E-post'], [N(R, leader, 'full', 'group-leader'), T_(R, rng, leader.mob), M_(R, leader)], ...pax.slice(200, 203).map((p) => [N(R, p, 'full', 'group-leader'), ph(R, rng, p), M_(R, p)])];
    const hy = [['Hytt', 'Belagd av']]; for (let i = 0; i < 9; i++) hy.push([nm.id('cabin', `${rng.int(4, 9)}${rng.digits(3)}`), kids.slice(i * 4, i * 4 + 4).map((k) => N(R, k, 'short')).join(', ')]);
    const w = xlsx([{ name: 'Deltagare', rows: dl }, { name: 'Ledare', rows: lead }, { name: 'Hytter', rows: hy }], { creator: leader.full }); C.put(F, w.bytes, w.text);
  }

  // 4. customer service mbox (Swedish and English)
  {
    const F = 'farja/customerservice.mbox'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const msgs = [];
    for (let i = 0; i < 34; i++) {
      const c = rng.pick(pax); const a = rng.pick(agents); const d = date(rng, '2026-09-01', '2026-11-24'); const en = c.foreign && rng.chance(0.7);
      const body = en ? rng.pick([
        () => `Dear Sir/Madam,\n\nMy name is ${N(R, c, 'full', 'self-intro')} and I booked ${nm.id('booking-ref', c.ref)} for 2 adults and a car. Unfortunately my wife ${N(R, kin(rng, c), 'full', 'relative')} is ill and we need to move the trip.\nYou can reach me at ${R.t('phone', c.fph, 'foreign')}.\n\nKind regards,\n${N(R, c, 'full', 'signature')}`,
        () => `Hello, I left my jacket in cabin ${nm.id('cabin', `${rng.int(4, 9)}${rng.digits(3)}`)} on ${rng.pick(SHIPS)}. Passport number ${nm.id('passport', c.passport)} in the pocket!! Please call ${R.t('phone', c.fph, 'foreign')}\n${N(R, c, 'short', 'signature')}`,
        () => `Hi,\nThis is ${N(R, c, 'full', 'self-intro')}. Why was I charged twice for booking ${c.ref}? Refund to IBAN ${nm.id('iban', `${rng.pick(['FI', 'DE', 'GB'])}${rng.int(10, 99)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`)} please.\nThanks`])()
        : rng.pick([
          () => `Hej!\nVi är en familj på fyra, ${N(R, c, 'full', 'running-text')}, ${N(R, kin(rng, c), 'full', 'relative')} och två barn. Kan vi byta till hytt med fönster? Bokning ${nm.id('booking-ref', c.ref)}.\nMvh ${nm.lone(c.first)}\n${T_(R, rng, c.mob)}`,
          () => `Hej, jag behöver ändra födelsedatum på min son i bokningen, det står fel. Han heter ${N(R, kin(rng, c), 'full', 'relative')}, pnr ${P_(R, rng, makePnr(rng, { minYear: 2010, maxYear: 2020 }))}.\n/${N(R, c, 'full', 'signature')}`,
          () => `hej varför kostar det ${nm.amount(`${kr(rng, 100, 900)} kr`)} att ändra?? det är ju ert fel att avgången ställdes in. ${N(R, c, 'lower', 'signature')}`])();
      const reply = rng.chance(0.4);
      const text = reply ? `${en ? `Dear ${nm.lone(c.first)},\n\nThank you for contacting us. We have updated your booking.` : `Hej ${nm.lone(c.first)},\n\ntack för ditt mejl, vi har ändrat bokningen.`}\n\n${en ? 'Best regards' : 'Vänliga hälsningar'}\n${N(R, a, 'full', 'staff')}\n${O.name} Customer Service\n${R.n('phone', 'switchboard', O.switchboard)}\n\nOn ${slashDate(d)}, ${c.full} <${c.mail}> wrote:\n> ${body.replace(/\n/g, '\n> ')}` : body;
      if (reply) { N(R, a, 'full', 'staff-header-display'); R.t('email', a.mail, 'staff-work'); } else role(R, O, 3);
      N(R, c, 'full', 'header-display'); M_(R, c);
      const html = rng.chance(0.3) ? `<html><body><div style="font-family:Calibri">${htmlEsc(text).replace(/\n/g, '<br>\n')}</div></body></html>` : null;
      msgs.push({ from: reply ? [a.full, a.mail] : [c.full, c.mail], to: reply ? [[c.full, c.mail]] : [['Östersjölinjen', O.roles[3]]], subject: reply ? `RE: ${c.ref}` : rng.pick(['Booking change', 'Lost item', 'Refund', 'Ändring bokning', 'Fråga']), date: rfcDate(d, `${hhmm(rng)}:00`),
        id: msgId(rng, reply ? O.domain : c.mail.split('@')[1]), text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), ...(html ? { html, htmlText: text } : {}), mboxDate: 'Tue Nov 24 18:00:00 2026' });
    }
    const w = mbox(msgs); C.put(F, w.bytes, w.text);
  }

  // 5. Salesforce case export
  {
    const F = 'farja/salesforce_cases_report.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Case Number', 'Contact Name', 'Account Name', 'Subject', 'Description', 'Web Email', 'Web Phone', 'Case Owner', 'Date/Time Opened', 'Status']];
    for (let i = 0; i < 75; i++) {
      const c = rng.pick(pax); const a = rng.pick(agents);
      rows.push([nm.id('case-number', `0${num(rng, 7)}`), N(R, c, rng.pick(['full', 'full', 'caps'])), rng.chance(0.1) ? nm.look('company', rng.pick(['Ålands Resebyrå Ab', 'Nordic Coach Tours Oy', 'Vasa Pensionärsförening'])) : N(R, c, 'full', 'account-name'),
        rng.pick(['Refund', 'Cancellation', 'Complaint - cabin', 'Lost property', 'Invoice']), rng.pick([() => `Pax ${nm.id('booking-ref', c.ref)} wants refund, see mail`, () => `Ringde från ${ph(R, rng, c)} om ${rng.pick(SHIPS)}`, () => `Kund ${N(R, c, 'surname-first', 'running-text')} missade avgång pga kö i Kapellskär`, () => ''])(),
        M_(R, c), rng.chance(0.6) ? ph(R, rng, c, 'e164') : '', N(R, a, 'full', 'staff'), `${slashDate(date(rng))} ${hhmm(rng)}`, rng.pick(['Closed', 'New', 'Escalated', 'Waiting on Customer'])]);
    }
    const w = csv(rows, { sep: ',', eol: '\r\n', quoteAll: true }); C.put(F, w.bytes, w.text);
  }

  // 6. saved chat transcripts (HTML)
  {
    const F = 'farja/chat_transcripts_2026-11.html'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const H = ['<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Chat transcripts</title></head><body>'];
    for (let i = 0; i < 40; i++) {
      const c = rng.pick(pax); const a = rng.pick(agents); const d = date(rng);
      H.push(`<section class="chat"><h3>Chat #${nm.id('chat-id', num(rng, 7))} – ${d}</h3><p class="meta">Visitor: ${htmlEsc(N(R, c, rng.pick(['full', 'lower']), 'chat-speaker'))} · ${htmlEsc(M_(R, c))} · IP ${I_(R, rng)}</p><table>`);
      N(R, c, 'full', 'chat-speaker');
      const lines = [[c.full, rng.pick([() => `hej, bokning ${nm.id('booking-ref', c.ref)}, kan jag ta med husbil?`, () => 'hi, is the 09:45 departure on time?', () => `mitt nummer ${ph(R, rng, c)}`])()], [nm.lone(a.first), rng.pick([() => `Hej ${nm.lone(c.first)}! Ja det går bra.`, () => 'Yes, it is on schedule.', () => 'Ett ögonblick så kollar jag.'])()], [c.full, 'tack!']];
      for (const [who, msg] of lines) H.push(`<tr><td class="ts">${hhmm(rng)}</td><td class="who">${htmlEsc(who)}</td><td>${htmlEsc(msg)}</td></tr>`);
      H.push(`</table><p class="agent">Agent: ${htmlEsc(N(R, a, 'full', 'staff'))}</p></section>`);
    }
    H.push('</body></html>');
    C.put(F, H.join('\n'), H.join('\n').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'));
  }

  // 7. check-in gate log: SURNAME/GIVEN
  {
    const F = 'farja/checkin_gate_KPS_2026-11-23.log'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (const p of rng.shuffle(pax).slice(0, 160)) {
      const g = p.given.toUpperCase().split(' ')[0]; const sl = `${p.last.toUpperCase()}/${g}`;
      const styl = rng.int(0, 2);
      const nameTxt = styl === 0 ? R.t('name', sl, 'surname-slash-caps') : styl === 1 ? N(R, { ...p, given: g.charAt(0) + g.slice(1).toLowerCase(), full: `${p.first} ${p.last}`, middle: '' }, 'surname-first-nocomma-caps') : N(R, p, 'short');
      L.push(`2026-11-23 ${hms2(rng)} GATE${rng.int(1, 4)} ${rng.pick(['SCAN_OK', 'SCAN_OK', 'SCAN_OK', 'MANUAL', 'DENIED'])} ref=${nm.id('booking-ref', p.ref)} pax="${nameTxt}" lane=${rng.int(1, 8)} veh=${rng.chance(0.4) ? nm.id('regnr', regnr(rng, false)) : '-'} ${rng.chance(0.1) ? `note="id checked ${nm.id('passport', p.passport)}"` : ''}`.trimEnd());
    }
    L.push(`2026-11-23 09:31:02 GATE1 SYNC host=${server(R, O, 0)} ok`);
    C.put(F, `${L.join('\n')}\n`);
  }

  // 8. boarding cards (PDF)
  {
    const F = 'farja/boardingkort_OS-batch.pdf'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const lines = [];
    for (const p of rng.shuffle(pax.filter((x) => cp1252ok(x.full))).slice(0, 30)) {
      lines.push({ text: `${O.name.toUpperCase()} - BOARDING CARD`, bold: true, size: 12 }, `Passenger: ${N(R, p, rng.pick(['caps', 'surname-first-caps']))}`, `Booking: ${nm.id('booking-ref', p.ref)}   Ship: ${nm.look('ship-name', rng.pick(SHIPS))}`,
        `Route: ${rng.pick(ROUTES)}   Departure: ${dotDate(date(rng, '2026-11-25', '2026-12-20'))} ${hhmm(rng)}`, `Cabin: ${rng.chance(0.6) ? nm.id('cabin', `${rng.int(4, 9)}${rng.digits(3)}`) : 'Deck'}   Meal: ${rng.pick(['Buffet 18:30', 'None', 'Breakfast'])}`, `Barcode: ${nm.id('barcode', `OL${num(rng, 12)}`)}`, '');
    }
    const w = pdfLines(lines, { per: 42, title: 'Boarding cards' }); C.put(F, w.bytes, w.text);
  }

  // 9. cancellations TSV
  {
    const F = 'farja/avbokningar_november.tsv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Bokningsref', 'Namn', 'Telefon', 'E-post', 'Orsak', 'Återbetalning', 'Konto', 'Handläggare']];
    for (const p of rng.shuffle(pax).slice(0, 80)) rows.push([nm.id('booking-ref', p.ref), N(R, p, rng.pick(['full', 'surname-first'])), ph(R, rng, p, rng.pick(['compact', 'intl', 'grouped'])), M_(R, p), rng.pick(['Sjukdom', 'Inställd avgång', 'Ångerrätt', 'Dödsfall i familjen', 'Dubbelbokning']), nm.amount(`${kr(rng, 200, 6000)}`),
      rng.chance(0.3) ? nm.id('iban', iban(rng)) : rng.chance(0.5) ? nm.id('bank-account', `${rng.int(3000, 3399)}-${num(rng, 8)}`) : 'Kort', N(R, rng.pick(agents), 'initial', 'staff')]);
    const w = csv(rows, { sep: '\t', eol: '\n' }); C.put(F, w.bytes, w.text);
  }

  // 10. booking confirmation (text + HTML alternative)
  {
    const F = 'farja/bokningsbekraftelse_OSK7Q2MX.eml'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const c = pax.find((p) => !p.foreign); const co = kin(rng, c); const kid = kin(rng, c);
    const text = `Tack för din bokning, ${nm.lone(c.first)}!\n\nBokningsnummer: ${nm.id('booking-ref', 'OSK7Q2MX')}\nResenärer: ${N(R, c, 'full')}, ${N(R, co, 'full')}, ${N(R, kid, 'full')} (barn)\nFordon: ${nm.id('regnr', regnr(rng, true))}\nHytt: ${nm.id('cabin', '7214')}\nAvgång: ${rng.pick(ROUTES)} ${svDate('2026-12-19')} 09:45\n\nKontakt: ${T_(R, rng, c.mob, 'intl')}\n\nÄndra din bokning på ostersjolinjen.se eller ring ${R.n('phone', 'service-line', O.service)}.\n${footer(R, O, ['orgnr', 'switchboard'])}`;
    const html = `<html><body><h2>Tack för din bokning!</h2><table><tr><td>Resenärer</td><td>${htmlEsc(c.full)}<br>${htmlEsc(co.full)}<br>${htmlEsc(kid.full)}</td></tr><tr><td>Kontakt</td><td>${htmlEsc(c.mail)}</td></tr></table></body></html>`;
    M_(R, c); N(R, c, 'full', 'header-display'); role(R, O, 2);
    const m = eml({ from: ['Östersjölinjen', O.roles[2]], to: [[c.full, c.mail]], subject: `Bokningsbekräftelse ${'OSK7Q2MX'}`, date: rfcDate('2026-11-21', '19:02:33'), id: msgId(rng, O.domain), text, html, htmlText: `Tack för din bokning!\nResenärer\t${c.full}\n${co.full}\n${kid.full}\nKontakt\t${c.mail}`, enc: 'qp' });
    C.put(F, m.bytes, m.text);
  }

  // 11. lost-and-found notes
  {
    const F = 'farja/hittegods_logg.md'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = ['# Hittegods – informationsdisken', ''];
    for (let i = 0; i < 45; i++) {
      const p = rng.pick(pax); const a = rng.pick(agents); const d = date(rng, '2026-10-01', '2026-11-24');
      L.push(`* **${d}** ${nm.look('ship-name', rng.pick(SHIPS))} – ${rng.pick(['plånbok', 'mobil', 'barnvagn', 'glasögon', 'nallebjörn', 'pass', 'laptop'])} hittad i ${rng.pick([`hytt ${rng.int(4000, 9999)}`, 'buffén', 'taxfree', 'bildäck 3', 'barnlekrummet'])}. ${rng.pick([
        () => `Ägare: ${N(R, p, 'full', 'running-text')}, kontaktad på ${ph(R, rng, p)}.`, () => `Körkort i plånboken: ${N(R, p, 'caps', 'running-text')}, ${P_(R, rng, p.pn)}.`, () => `Pass nr ${nm.id('passport', p.passport)}, utfärdat ${p.nat}. Lämnat till polisen.`,
        () => `Hämtas av ${N(R, kin(rng, p), 'full', 'relative')} på lördag.`, () => `Skickat med post till ${N(R, p, 'full', 'running-text')}, ${p.mail ? M_(R, p) : ''}`, () => 'Ingen ägare hittad.'])()} /${nm.lone(a.first)}`);
    }
    C.put(F, `${L.join('\n')}\n`);
  }

  // 12. on-board Wi-Fi portal
  {
    const F = 'farja/wifi_portal_ombord.log'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (let i = 0; i < 200; i++) {
      const p = rng.pick(pax); const d = date(rng, '2026-11-20', '2026-11-24');
      const mac = Array.from({ length: 6 }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join(':');
      const ip = R.t('ip', `10.${rng.pick([20, 21, 40])}.${rng.int(0, 15)}.${rng.int(2, 254)}`, 'private-ip');
      L.push(`${isoTs(rng, d)} captive[${rng.int(1000, 9999)}]: ${rng.pick([() => `login ok user=${M_(R, p)} mac=${nm.id('mac', mac)} ip=${ip} plan=FREE`, () => `login ok room=${nm.id('cabin', `${rng.int(4, 9)}${rng.digits(3)}`)} lastname="${nm.surname(p.last.toUpperCase())}" ip=${ip} plan=PREMIUM`, () => `session end ip=${ip} bytes=${rng.int(1000, 99999999)}`, () => `dhcp ack ${ip} to ${nm.id('mac', mac)}`])()}`);
    }
    L.push(`${isoTs(rng, '2026-11-24')} captive[1]: upstream sat-link gw ${server(R, O, 1)} rtt=${rng.int(500, 900)}ms`);
    L.sort();
    C.put(F, `${L.join('\n')}\n`);
  }
}

function hms2(rng) { return `${String(rng.int(7, 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`; }
