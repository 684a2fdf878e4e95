// Fourteenth blind set — a hair salon and beauty chain's booking system (salong/): bookings, stylists' calendars,
// SMS reminders, no-show lists, gift cards, an Instagram DM export (Latin-1 mojibake as its data download writes it).
import { Rng, person, people, kin, nameAs, pnr, phone, email, workEmail, T, date, svDate, dotDate, hhmm, hms, isoTs, num, safe, ipVal, org, footer, role, nears,
  csv, xlsx, pdfLines, mbox, htmlEml, rfcDate, jsonText, htmlEsc, folded, amount, CITIES, LONE, LOOKALIKE, letters, alnum } from './core.mjs';

const SALONS = ['Lockverket Drottninggatan', 'Lockverket Väven', 'Lockverket Kvarnen', 'Lockverket Sofielund'];
const TREAT = ['Klippning kort hår', 'Klippning långt hår', 'Färg + klipp', 'Slingor', 'Skäggtrim', 'Barnklippning', 'Fransförlängning', 'Ansiktsbehandling', 'Brynplock', 'Balayage'];
const bookingNo = (rng) => `B${num(rng, 7)}`;
const moji = (s) => Buffer.from(s, 'utf8').toString('latin1');

export default function salong(C) {
  const rng0 = new Rng('salong');
  const O = org(rng0, { name: 'Lockverket Frisör & Skönhet AB', domain: 'lockverket.se', area: '90', roles: ['bokning', 'info', 'noreply', 'presentkort', 'jobb'] });
  const stylists = people(rng0, 10, { middle: 0, cp1252: true });

  // 1. Bookings — UTF-8 `,`.
  {
    const f = 'salong/bokningar_okt.csv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [['Bokningsnr', 'Datum', 'Tid', 'Salong', 'Kund', 'Mobil', 'E-post', 'Behandling', 'Stylist', 'Pris', 'Status', 'Kommentar']];
    for (const p of people(rng, 200)) {
      const st = rng.pick(stylists);
      rows.push([N.id('booking-number', bookingNo(rng)), N.date(date(rng, '2026-10-01', '2026-10-31')), N.id('time', hhmm(rng)), rng.pick(SALONS), T(R, 'name', nameAs(p, rng.weighted([['full', 80], ['lower', 8], ['caps', 5], ['surname-first', 7]]))),
        T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'e164', 'dash', 'spaced']))), rng.chance(0.6) ? T(R, 'email', email(rng, p)) : '', rng.pick(TREAT), T(R, 'name', { value: st.short, subtype: 'stylist' }),
        N.amount(`${rng.int(2, 18) * 50} kr`), rng.pick(['Genomförd', 'Genomförd', 'Avbokad', 'Uteblev']),
        rng.pick([() => '', () => '', () => `bokad av ${R.t('name', kin(rng, p).short, 'running-text')}`, () => 'allergisk mot PPD!', () => `vill ha ${N.lone(st.first)} igen`, () => `Presentkort ${N.id('gift-card', `PK-${alnum(rng, 8)}`)}`])()]);
    }
    const o = csv(rows); C.put(f, o.bytes, o.text);
  }

  // 2. Stylists' calendars — .ics, one per stylist.
  for (const k of [0, 1]) {
    const st = stylists[k];
    const f = `salong/kalender_${st.first.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}.ics`; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lockverket//Bokning 7//SV', `X-WR-CALNAME:${R.t('name', st.short, 'ics-calname')} – bokningar`];
    for (let i = 0; i < 60; i++) {
      const p = person(rng); const d = date(rng, '2026-11-16', '2026-12-23').replace(/-/g, '');
      const h = String(rng.int(9, 18)).padStart(2, '0');
      lines.push('BEGIN:VEVENT', `UID:${N.id('booking-number', bookingNo(rng))}@lockverket.se`, `DTSTART:${d}T${h}0000`, `DTEND:${d}T${h}4500`,
        `SUMMARY:${rng.pick(TREAT)} – ${R.t('name', p.full, 'ics-summary')}`, `DESCRIPTION:Mobil: ${T(R, 'phone', phone(rng, 'mobile'))}\\n${rng.pick([() => 'Ny kund', () => 'Stamkund', () => `Betalt med presentkort ${N.id('gift-card', `PK-${alnum(rng, 8)}`)}`, () => `Syster till ${R.t('name', kin(rng, p).short, 'running-text')}`])()}`,
        `LOCATION:${rng.pick(SALONS)}`, `ATTENDEE;CN=${R.t('name', p.full, 'ics-cn')}:mailto:${T(R, 'email', email(rng, p))}`, 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    const o = folded(lines); C.put(f, o.bytes, o.text);
  }

  // 3. SMS reminders — gateway log with `46…` numbers.
  {
    const f = 'salong/sms_paminnelser.log'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [];
    for (let i = 0; i < 220; i++) {
      const p = person(rng, { middle: 0 }); const st = rng.pick(stylists); const d = date(rng, '2026-11-01', '2026-11-20');
      const to = T(R, 'phone', phone(rng, 'mobile', rng.chance(0.8) ? 'plain46' : 'e164'));
      const txt = rng.pick([() => `Hej ${N.lone(p.first)}! Påminnelse: ${rng.pick(TREAT)} hos ${N.lone(st.first)} ${N.date(dotDate(d))} kl ${hhmm(rng)}. Avboka senast 24h innan. /Lockverket`,
        () => `Tack för besöket! Betygsätt oss: https://lockverket.se/r/${alnum(rng, 6)}`, () => `Din kod för ombokning: ${N.id('sms-code', String(rng.int(100000, 999999)))}`])();
      out.push(`${d} ${hms(rng)} OUT ${to} sender=Lockverket ref=${N.id('sms-ref', alnum(rng, 10))} parts=${rng.int(1, 2)} "${txt}" -> ${rng.pick(['DELIVRD', 'DELIVRD', 'UNDELIV'])}`);
      if (rng.chance(0.08)) out.push(`${d} ${hms(rng)} IN  ${to} "${rng.pick([() => 'AVBOKA', () => 'ok tack', () => 'kan jag komma 15 istället?', () => `det är ${R.t('name', p.short.toLowerCase(), 'lower')} som ska klippas inte min son`])()}"`);
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 4. No-show list — .xlsx, a sheet per salon.
  {
    const f = 'salong/noshow_lista_q3.xlsx'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const sheets = SALONS.map((s) => {
      const rows = [[`Uteblivna besök Q3 – ${s}`], ['Efternamn', 'Förnamn', 'Mobil', 'Datum', 'Behandling', 'Avgift', 'Antal ggr']];
      for (const p of people(rng, rng.int(18, 30))) { C.joined(f, p.given, p.last); rows.push([p.last, p.given, T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped']))), N.date(date(rng, '2026-07-01', '2026-09-30')), rng.pick(TREAT), 250, rng.int(1, 4)]); }
      return { name: s.replace('Lockverket ', ''), rows };
    });
    const o = xlsx(sheets, { creator: R.t('name', stylists[4].short, 'xlsx-creator') }); C.put(f, o.bytes, o.text);
  }

  // 5. Gift cards — JSON.
  {
    const f = 'salong/presentkort.json'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const cards = [];
    for (let i = 0; i < 60; i++) {
      const b = person(rng); const r = rng.chance(0.7) ? person(rng) : null;
      cards.push({ code: N.id('gift-card', `PK-${alnum(rng, 8)}`), pin: N.id('pin', String(rng.int(1000, 9999))), value: rng.pick([300, 500, 800, 1000, 1500]), issued: N.date(date(rng, '2025-11-01', '2026-10-31')), expires: N.date(date(rng, '2027-11-01', '2027-12-31')),
        buyer: { name: T(R, 'name', { value: b.full, subtype: 'json-value' }), email: T(R, 'email', email(rng, b)), phone: rng.chance(0.5) ? T(R, 'phone', phone(rng, 'mobile', 'e164')) : null },
        recipient: r ? { name: T(R, 'name', { value: r.full, subtype: 'json-value' }), greeting: rng.pick([() => `Grattis ${N.lone(r.first)}!`, () => 'God jul!', () => `Till världens bästa ${rng.pick(['mamma', 'syster', 'kollega'])}`])() } : null,
        redemptions: rng.chance(0.4) ? [{ at: rng.pick(SALONS), date: N.date(date(rng)), amount: rng.int(100, 800), stylist: T(R, 'name', { value: rng.pick(stylists).short, subtype: 'stylist' }) }] : [],
        order: { ip: T(R, 'ip', ipVal(rng)), paymentRef: N.id('payment-reference', num(rng, 12), 'phone') } });
    }
    C.put(f, jsonText({ giftCards: cards }));
  }

  // 6. Instagram DM export — JSON, non-ASCII written as Latin-1 mojibake and \u-escaped.
  {
    const f = 'salong/instagram_dm_export.json'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const convs = [];
    for (let i = 0; i < 30; i++) {
      const p = person(rng); const shop = moji('Lockverket Frisör');
      const nmv = moji(p.full); R.t('name', nmv, nmv === p.full ? 'chat-speaker' : 'mojibake');
      const msgs = [{ sender_name: nmv, timestamp_ms: 1760000000000 + rng.int(0, 5e9), content: rng.pick([() => moji('Hej! Har ni någon tid på lördag?'), () => `${moji('hej, kan jag boka åt mitt barn ')}${R.t('name', moji(kin(rng, p).short), 'mojibake-running')}?`, () => 'Vad kostar balayage?'])() },
        { sender_name: shop, timestamp_ms: 1760000000000 + rng.int(0, 5e9), content: `Hej ${N.lone(moji(p.first))}! Ring ${N.id('switchboard', O.switchboard, 'phone')} eller boka ${moji('på')} lockverket.se` }];
      if (rng.chance(0.5)) msgs.push({ sender_name: nmv, timestamp_ms: 1760000000000 + rng.int(0, 5e9), content: moji(rng.pick([() => `mitt nummer är ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped'])))}`, () => `maila mig på ${T(R, 'email', email(rng, p))}`])()) });
      convs.push({ participants: [{ name: nmv }, { name: shop }], messages: msgs, title: nmv, is_still_participant: true, thread_path: `inbox/${p.first.toLowerCase().replace(/[^a-z]/g, '')}_${num(rng, 10)}` });
    }
    const text = JSON.stringify(convs, null, 2);
    C.put(f, Buffer.from(text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'utf8'), text);
  }

  // 7. Customer cards — vCard.
  {
    const f = 'salong/kundkort.vcf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [];
    for (const p of people(rng, 60)) {
      lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${p.last};${p.given};;;`, `FN:${R.t('name', p.full, 'vcard-fn')}`, `TEL;TYPE=CELL:${T(R, 'phone', phone(rng, 'mobile'))}`,
        ...(rng.chance(0.5) ? [`EMAIL:${T(R, 'email', email(rng, p))}`] : []), `NOTE:Kund sedan ${rng.int(2012, 2026)}. ${rng.pick([() => 'Känslig hårbotten.', () => `Stylist: ${R.t('name', rng.pick(stylists).short, 'running-text')}`, () => `Kundnr ${N.id('customer-number', num(rng, 6))}`])()}`, `CATEGORIES:Kund,${rng.pick(SALONS)}`, 'END:VCARD');
    }
    const o = folded(lines); C.put(f, o.bytes, o.text);
  }

  // 8. Salon notes — sloppy text.
  {
    const f = 'salong/salong_anteckningar.txt'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = ['anteckningar kassan väven – läs innan passet!!', ''];
    for (let i = 0; i < 110; i++) {
      const p = person(rng, { middle: 0 }); const st = rng.pick(stylists); const low = rng.chance(0.6);
      const nm = () => (low ? R.t('name', p.short.toLowerCase(), 'lower') : R.t('name', p.short, 'full'));
      out.push(rng.pick([() => `${nm()} ringde, flyttar sin tid till ${N.date(dotDate(date(rng)).slice(0, 5))}. ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'spaced', 'slash', 'dots'])))}`,
        () => `${nm()} klagade på färgen, ${R.t('name', st.short.toLowerCase(), 'lower')} bjuder på toning`, () => `uteblev igen: ${nm()} - ta avgift`, () => `${N.lone(st.first)} sjuk tis, ring av hennes kunder`,
        () => `${nm()} vill ha kvitto mejlat till ${T(R, 'email', email(rng, p))}`, () => `leverans fr ${N.look('company', rng.pick(['Salong Annika', 'Frisör Lisa & Co']))} kommer ons`, () => `ny kund ${nm()} - mamma ${R.t('name', kin(rng, p).short.toLowerCase(), 'lower')} följer med (barnklipp)`])());
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 9. Booking confirmations — HTML-only mail.
  for (const k of [1, 2]) {
    const f = `salong/bokningsbekraftelse_${k}.eml`; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const p = person(rng); const e = email(rng, p); const st = rng.pick(stylists); const d = date(rng, '2026-11-20', '2026-12-20');
    const html = `<html><body style="font-family:Arial"><h2>Välkommen ${htmlEsc(N.lone(p.first))}!</h2><p>Din bokning <b>${N.id('booking-number', bookingNo(rng))}</b> är bekräftad.</p><table><tr><td>Behandling</td><td>${htmlEsc(rng.pick(TREAT))}</td></tr><tr><td>Stylist</td><td>${htmlEsc(R.t('name', st.short, 'stylist'))}</td></tr><tr><td>Tid</td><td>${N.date(svDate(d))} kl ${hhmm(rng)}</td></tr><tr><td>Salong</td><td>${htmlEsc(rng.pick(SALONS))}, ${htmlEsc(N.look('street', rng.pick(LOOKALIKE.street)))} ${rng.int(1, 40)}</td></tr><tr><td>Bokad av</td><td>${htmlEsc(T(R, 'name', nameAs(p, 'full')))}, ${T(R, 'phone', phone(rng, 'mobile'))}</td></tr></table><p>Avboka senast 24 timmar innan på ${N.id('switchboard', O.switchboard, 'phone')}.</p><p style="font-size:10px">${htmlEsc(footer(R, O, ['orgnr']))}</p></body></html>`;
    const o = htmlEml({ from: ['Lockverket', role(R, O, 2)], to: [[p.full, T(R, 'email', e)]], subject: 'Bokningsbekräftelse', date: rfcDate(date(rng)), id: `${alnum(rng, 18)}@lockverket.se`, html, enc: k === 1 ? 'qp' : 'b64', hdrMode: 'B' });
    R.t('name', p.full, 'header-display');
    C.put(f, o.bytes, o.text);
  }

  // 10. Complaints — mbox.
  {
    const f = 'salong/klagomal.mbox'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 12; i++) {
      const p = person(rng); const e = email(rng, p); const st = rng.pick(stylists); const mgr = stylists[9];
      R.t('name', p.full, 'header-display'); T(R, 'email', e);
      const text = `Hej,\n\njag var hos ${R.t('name', st.short, 'running-text')} på ${rng.pick(SALONS)} i ${rng.pick(['lördags', 'tisdags', 'förra veckan'])} och är inte nöjd med ${rng.pick(['slingorna', 'klippningen', 'fransarna'])}. Jag vill ha pengarna tillbaka (${N.amount(amount(rng, 400, 2400))}).\nBokningsnr ${N.id('booking-number', bookingNo(rng))}.\n\n${R.t('name', p.full, 'signature')}\n${T(R, 'phone', phone(rng))}\n`;
      msgs.push({ from: [p.full, e.value], to: [['Lockverket', role(R, O, 1)]], subject: 'Klagomål', date: rfcDate(date(rng), `${hhmm(rng)}:00`), id: `${alnum(rng, 12)}@${e.value.split('@')[1]}`, enc: rng.pick(['8bit', 'qp']), text });
      msgs.push({ from: [R.t('name', mgr.short, 'header-display'), R.t('email', workEmail(mgr, O.domain), 'staff-work')], to: [[p.full, e.value]], cc: [[R.t('name', st.short, 'header-display'), R.t('email', workEmail(st, O.domain), 'staff-work')]], subject: 'SV: Klagomål', date: rfcDate(date(rng), '09:00:00'), id: `${alnum(rng, 12)}@lockverket.se`, enc: 'qp',
        text: `Hej ${N.lone(p.first)},\n\nVad tråkigt att höra. Välkommen tillbaka för en kostnadsfri korrigering.\n\nVänliga hälsningar\n${R.t('name', mgr.short, 'signature')}\nSalongschef\nMobil ${R.t('phone', phone(rng, 'mobile', 'grouped').value, 'staff-direct')}\n\n${text.split('\n').map((l) => `> ${l}`).join('\n')}` });
    }
    const o = mbox(msgs); C.put(f, o.bytes, o.text);
  }

  // 11. Staff schedule — PDF.
  {
    const f = 'salong/personalschema_v47.pdf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [{ text: 'Personalschema vecka 47 - Lockverket', size: 14, bold: true }, ''];
    for (const s of SALONS) {
      lines.push({ text: s, bold: true });
      for (const st of rng.shuffle(stylists).slice(0, 5)) lines.push(`${R.t('name', st.short, 'staff')}   mån ${hhmm(rng)}-${hhmm(rng)}  tis ${hhmm(rng)}-${hhmm(rng)}  ons ledig  tors ${hhmm(rng)}-${hhmm(rng)}   mobil ${R.t('phone', phone(rng, 'mobile', 'grouped').value, 'staff-mobile')}`);
      lines.push('');
    }
    lines.push(`Frågor om schemat: ${role(R, O, 4)}  Org.nr ${N.id('organisationsnummer', O.orgnr, 'personnummer')}`);
    const o = pdfLines(lines, { title: 'Schema v47' }); C.put(f, o.bytes, o.text);
  }
}
