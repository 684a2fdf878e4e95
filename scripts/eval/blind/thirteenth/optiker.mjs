// Thirteenth blind set — 4. Synvida Optik, optician chain: bookings, prescriptions, SMS, customer club (optiker/).
import { Rng, org, people, kin, T, N, nameAs, pnr, oldPnr, phone, email, workEmail, date, svDate, dmy, hhmm, hms, num, kr, footer, role, server,
  nBadPnr, nBadDate, nOrg, nDoc, csv, xlsx, pdf, message, htmlOnly, mboxRaw, rfcDate, xmlEsc, txt, json, ndjson, folded, ipVal, id46, postcode,
  STREETS, FRAME_BRANDS, WORDS, ascii } from './core.mjs';
import { sig, quote, customers } from './kit.mjs';

const O = org(new Rng('opt/org'), { name: 'Synvida Optik AB', domain: 'synvida.se', area: '18' });
const DIR = 'optiker';
const STORES = ['Synvida Uppsala Forumgallerian', 'Synvida Gävle Nian', 'Synvida Enköping', 'Synvida Västerås Kopparlunden', 'Synvida Stockholm Fridhemsplan'];
const sph = (r) => `${r.pick(['+', '-'])}${r.int(0, 8)}.${r.pick(['00', '25', '50', '75'])}`;

export default function build(C) {
  const rng = new Rng('opt/people');
  const staff = people(rng, 14, { cp1252: true, middle: 0 }).map((p) => ({ p, leg: `${num(rng, 6)}`, ph: phone(rng, 'mobile'), mail: workEmail(p, O.domain), store: rng.pick(STORES) }));
  const cust = customers(rng, 260, { cp1252: true });
  for (const c of cust) { c.member = `SV${num(rng, 7)}`; c.store = rng.pick(STORES); c.opt = rng.pick(staff); }

  // 1. Web booking JSON.
  {
    const f = `${DIR}/webbokningar_export.json`; const R = C.at(f); const r = new Rng(f);
    const bookings = cust.slice(0, 55).map((c) => {
      const b = { bookingId: N(R, 'booking-id', `BK-${num(r, 8)}`, null), createdAt: `${date(r)}T${hms(r)}+01:00`, store: c.store, service: r.pick(['Synundersökning', 'Linsundersökning', 'Körkortsintyg', 'Barnsyn']),
        slot: { date: date(r, '2026-11-20', '2026-12-20'), time: hhmm(r), optician: { id: N(R, 'staff-id', `OPT${r.int(100, 999)}`, null), name: T(R, 'name', nameAs(c.opt.p, 'full'), 'optician') } },
        customer: { name: T(R, 'name', nameAs(c.p, r.chance(0.1) ? 'lower' : 'full')), email: T(R, 'email', c.em), phone: T(R, 'phone', c.ph), birthYear: Number(c.pn.value.length > 11 ? c.pn.value.slice(0, 4) : 1900 + Number(c.pn.value.slice(0, 2))), memberNo: r.chance(0.5) ? N(R, 'member-number', c.member, null) : null },
        meta: { ip: T(R, 'ip', ipVal(r)), userAgent: r.pick(['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)', 'Mozilla/5.0 (Linux; Android 14; SM-S921B)']), consent: { sms: r.chance(0.7), email: r.chance(0.5) } },
        notes: '' };
      if (r.chance(0.2)) { const k = kin(r, c.p, { middle: 0 }); b.notes = `Bokar även för ${r.pick(['min son', 'min dotter', 'min man'])} ${T(R, 'name', nameAs(k, 'full'), 'companion')}, samma tid om möjligt`; }
      else if (r.chance(0.1)) b.notes = `Hej ${N(R, 'lone-first-name', c.opt.p.call)}! Tack för sist`;
      return b;
    });
    const out = json({ source: 'booking-widget', api: 'v3', bookings });
    C.put(f, out.bytes, out.text);
  }

  // 2. Customer club CSV, UTF-8 with BOM, ';'.
  {
    const f = `${DIR}/kundklubb_medlemmar.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['Medlemsnr', 'Förnamn', 'Efternamn', 'Mobil', 'E-post', 'Poäng', 'Hembutik', 'Samtycke SMS', 'Registrerad']];
    for (const c of cust.slice(40, 200)) {
      const fn = r.chance(0.08) ? c.p.first.toUpperCase() : c.p.first; const ln = r.chance(0.08) ? c.p.last.toUpperCase() : c.p.last;
      C.joined(f, fn, ln, fn === c.p.first && ln === c.p.last ? 'split-joined' : 'split-joined-caps');
      rows.push([N(R, 'member-number', c.member, null), fn, ln, T(R, 'phone', c.ph), r.chance(0.8) ? T(R, 'email', c.em) : '', String(r.int(0, 4800)), c.store, r.pick(['J', 'N']), N(R, 'date', dmy(date(r, '2019-01-01', '2026-11-01')), null)]);
    }
    const out = csv(rows, { sep: ';', bom: true, eol: '\r\n' });
    C.put(f, out.bytes, out.text);
  }

  // 3. Prescriptions CSV, all fields quoted; customer written surname first.
  {
    const f = `${DIR}/recept_export_2026.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['Kund', 'Personnummer', 'Datum', 'H SPH', 'H CYL', 'H AX', 'V SPH', 'V CYL', 'V AX', 'ADD', 'PD', 'Optiker', 'Leg.nr', 'Anmärkning']];
    for (const c of cust.slice(100, 240)) {
      const note = r.pick([() => '', () => 'Remiss ögonläkare', () => `Körkortsintyg utfärdat`, () => `Mamma ${T(R, 'name', nameAs(kin(r, c.p), 'full'), 'guardian')} närvarande`, () => `Ring ${T(R, 'phone', phone(r))} när glasen är klara`])();
      rows.push([T(R, 'name', nameAs(c.p, r.pick(['reversed', 'reversed', 'caps-reversed', 'full']))), r.chance(0.03) ? nBadPnr(R, r) : T(R, 'personnummer', c.pn), N(R, 'date', date(r), null),
        N(R, 'prescription-value', sph(r), null), N(R, 'prescription-value', `-${r.int(0, 3)}.${r.pick(['25', '50', '75'])}`, null), String(r.int(0, 180)), sph(r), `-0.${r.pick(['25', '50', '75'])}`, String(r.int(0, 180)),
        `+${r.int(0, 3)}.${r.pick(['00', '25', '50'])}`, String(r.int(55, 70)), T(R, 'name', nameAs(c.opt.p, 'full'), 'optician'), N(R, 'licence-number', c.opt.leg, null), note]);
    }
    const out = csv(rows, { sep: ',', eol: '\r\n', quoteAll: true });
    C.put(f, out.bytes, out.text);
  }

  // 4. SMS reminders log CSV (gateway numbers without +).
  {
    const f = `${DIR}/sms_paminnelser_nov.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['sent_at', 'msisdn', 'sender', 'message', 'status', 'ref']];
    for (let i = 0; i < 220; i++) {
      const c = r.pick(cust);
      const msisdn = T(R, 'phone', r.chance(0.9) ? phone(r, 'mobile', 'e164-no-plus') : phone(r, 'mobile', 'e164'));
      const msg = r.pick([() => `Hej ${N(R, 'lone-first-name', c.p.call)}! Välkommen till ${c.store} ${date(r, '2026-11-20', '2026-12-20')} kl ${hhmm(r)}. Avboka: ${N(R, 'service-line', O.service, 'phone')}`,
        () => `Dina glasögon är klara att hämtas hos ${c.store}. /Synvida`, () => `Hej! Det är 2 år sedan din senaste synundersökning. Boka på synvida.se`,
        () => `Påminnelse: ${T(R, 'name', nameAs(c.p, 'full'), 'sms-text')} har tid hos ${T(R, 'name', nameAs(c.opt.p, 'full'), 'sms-text')} imorgon kl ${hhmm(r)}.`])();
      rows.push([`${date(r, '2026-11-01', '2026-11-22')} ${hms(r)}`, msisdn, 'SYNVIDA', msg, r.pick(['delivered', 'delivered', 'failed', 'queued']), N(R, 'id-46', id46(r), null)]);
    }
    const out = csv(rows, { sep: ',', eol: '\n' });
    C.put(f, out.bytes, out.text);
  }

  // 5. Customer service mbox.
  {
    const f = `${DIR}/kundtjanst.mbox`; const R = C.at(f); const r = new Rng(f);
    const msgs = [];
    for (let i = 0; i < 12; i++) {
      const c = r.pick(cust); const ag = r.pick(staff); const d = date(r, '2026-10-01', '2026-11-22');
      const k = i % 3;
      const orig = k === 2 ? '' : [`Hej!`, `Mina progressiva glas från ${r.pick(FRAME_BRANDS.slice(0, 4))} känns fel, jag ser suddigt på nära håll.`, `Jag var hos ${T(R, 'name', nameAs(c.opt.p, 'full'), 'running-text')} i ${c.store.replace('Synvida ', '')}.`, '', `/${T(R, 'name', nameAs(c.p, r.chance(0.5) ? 'full' : 'lower'), 'signature')}`, T(R, 'phone', c.ph)].join('\n');
      if (k === 0 || k === 1) {
        const brand = r.pick(FRAME_BRANDS); if (k === 1) N(R, 'artist-or-brand', brand);
        const text = k === 0 ? orig : [`Hej ${N(R, 'lone-first-name', c.p.call)},`, '', `Vi bjuder på en omprovning. Din nya båge (${brand}) finns också i butik.`, sig(R, ag.p, { title: 'Legitimerad optiker', orgName: ag.store, ph: ag.ph }), '', `${svDate(d)} skrev ${T(R, 'name', nameAs(c.p, 'full'), 'quote-attribution')} <${T(R, 'email', c.em)}>:`, quote(orig)].join('\n');
        const m = message({ from: k === 0 ? [T(R, 'name', nameAs(c.p, 'full'), 'header-display'), T(R, 'email', c.em)] : [T(R, 'name', nameAs(ag.p, 'full'), 'header-display'), T(R, 'email', { value: ag.mail, subtype: 'work-personal' })],
          to: k === 0 ? [['Synvida Kundtjänst', role(R, O, 0)]] : [[T(R, 'name', nameAs(c.p, 'full'), 'header-display'), T(R, 'email', c.em)]],
          subject: k === 0 ? 'Reklamation glasögon' : 'SV: Reklamation glasögon', date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 10)}@${k === 0 ? c.em.value.split('@')[1] : O.domain}`,
          text: k === 0 ? text : `${text}\n\n${N(R, 'brand-line', brand)}`, enc: r.pick(['qp', 'b64', '8bit']), hdrMode: r.pick(['Q', 'B']) });
        msgs.push({ ...m, sender: k === 0 ? c.em.value : ag.mail });
      } else {
        const html = `<table width="600"><tr><td><h2>Bokningsbekräftelse</h2><p>Hej ${xmlEsc(T(R, 'name', nameAs(c.p, 'full'), 'greeting-full'))}!</p><p>Välkommen till <b>${c.store}</b> ${svDate(date(r, '2026-11-23', '2026-12-20'))} kl ${hhmm(r)}.</p>`
          + `<p>Din optiker: ${xmlEsc(T(R, 'name', nameAs(c.opt.p, 'full'), 'optician'))}</p><p style="color:#888">Frågor? Ring ${N(R, 'service-line', O.service, 'phone')} eller svara på detta mejl.<br>${xmlEsc(O.name)} · ${N(R, 'organisationsnummer', O.orgnr, 'personnummer')}</p></td></tr></table>`;
        const m = htmlOnly({ from: ['Synvida', role(R, O, 2)], to: [[T(R, 'name', nameAs(c.p, 'full'), 'header-display'), T(R, 'email', c.em)]], subject: 'Bokningsbekräftelse Synvida', date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 12)}@mailer.synvida.se`, html, enc: 'b64', extraHeaders: [`X-Originating-IP: [${server(R, O, 0)}]`] });
        msgs.push({ ...m, text: `${m.text}\nX-Originating-IP: [${O.servers[0]}]`, sender: O.roles[2] });
      }
    }
    const out = mboxRaw(msgs);
    C.put(f, out.bytes, out.text);
  }

  // 6. Receipt PDFs with frame brands named like people.
  for (const c of cust.slice(240, 242)) {
    const f = `${DIR}/kvitton/kvitto_${num(new Rng(c.member), 7)}.pdf`; const R = C.at(f); const r = new Rng(f);
    const lines = [{ text: c.store.toUpperCase(), size: 13, bold: true }, `${O.name} · Org.nr ${N(R, 'organisationsnummer', O.orgnr, 'personnummer')} · Tel ${N(R, 'switchboard', O.switchboard, 'phone')}`, '',
      `Kvitto nr ${N(R, 'receipt-number', num(r, 7), null)}   ${date(r)} ${hhmm(r)}`, `Kund: ${T(R, 'name', nameAs(c.p, 'full'))}   Medlem ${N(R, 'member-number', c.member, null)}`, ''];
    for (let i = 0; i < r.int(2, 4); i++) {
      const b = N(R, 'artist-or-brand', r.pick(FRAME_BRANDS));
      lines.push(`Båge ${b} ${r.pick(['TF5634', 'RB2140', 'BOSS 1542', 'RL6201', 'MJ 1095'])}   ${N(R, 'amount', kr(r, 900, 4500), null)}`);
    }
    lines.push(`Glas Synvida Progressiv 1.6   ${kr(r, 1500, 6000)}`, '', `Betalt med kort ****${r.digits(4)}`, `Betjänad av: ${T(R, 'name', nameAs(c.opt.p, 'initial'), 'initial')}`, 'Öppet köp 30 dagar. Spara kvittot.');
    const out = pdf([lines], { title: 'Kvitto' });
    C.put(f, out.bytes, out.text);
  }

  // 7. Stores and staff workbook.
  {
    const f = `${DIR}/butiker_personal.xlsx`; const R = C.at(f); const r = new Rng(f);
    const s1 = [['Butik', 'Adress', 'Postnr', 'Telefon', 'Butikschef']];
    for (const s of STORES) s1.push([s, N(R, 'street', `${r.pick(STREETS)} ${r.int(1, 40)}`), N(R, 'postcode', postcode(r), null), N(R, 'store-phone', `018-${num(r, 2)} ${r.digits(2)} 00`, 'phone'), T(R, 'name', nameAs(r.pick(staff).p, 'full'), 'manager')]);
    const s2 = [['Namn', 'Roll', 'Leg.nr', 'Mobil', 'E-post', 'Butik']];
    for (const s of staff) s2.push([T(R, 'name', nameAs(s.p, 'reversed')), r.pick(['Leg. optiker', 'Optikerassistent', 'Butikssäljare']), N(R, 'licence-number', s.leg, null), T(R, 'phone', s.ph), T(R, 'email', { value: s.mail, subtype: 'work-personal' }), s.store]);
    const s3 = [['Vecka', 'Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag']];
    for (let w = 44; w <= 52; w++) s3.push([`v${w}`, ...Array.from({ length: 5 }, () => T(R, 'name', nameAs(r.pick(staff).p, 'call'), 'schedule'))]);
    const out = xlsx([{ name: 'Butiker', rows: s1 }, { name: 'Personal', rows: s2 }, { name: 'Schema', rows: s3 }], { creator: 'Synvida HQ' });
    C.put(f, out.bytes, out.text);
  }

  // 8. Store calendar (.ics), customers in SUMMARY.
  {
    const f = `${DIR}/bokningar_uppsala_v48.ics`; const R = C.at(f); const r = new Rng(f);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Synvida//Booking 3.2//SV', 'X-WR-CALNAME:Uppsala Forumgallerian'];
    for (const c of cust.slice(200, 240)) {
      const d = date(r, '2026-11-23', '2026-11-28').replace(/-/g, ''); const h = String(r.int(9, 17)).padStart(2, '0');
      L.push('BEGIN:VEVENT', `UID:${N(R, 'booking-id', `BK-${num(r, 8)}`, null)}@synvida.se`, `DTSTART:${d}T${h}0000`, `DTEND:${d}T${h}4500`,
        `SUMMARY:${r.pick(['Synundersökning', 'Linskontroll', 'Utlämning'])} – ${T(R, 'name', nameAs(c.p, r.pick(['full', 'reversed'])), 'ics-summary')}`,
        `DESCRIPTION:Tel ${T(R, 'phone', c.ph)}\\nFödd ${c.pn.value.replace(/[-+ ]\d{4}$/, '').replace(/\d{4}$/, '')}\\nOptiker: ${T(R, 'name', nameAs(c.opt.p, 'full'), 'optician')}`,
        `ATTENDEE;CN=${T(R, 'name', nameAs(c.p, 'full'), 'ics-cn')}:mailto:${T(R, 'email', c.em)}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    const out = folded(L);
    C.put(f, out.bytes, out.text);
  }

  // 9. Eye-exam journal notes, sloppy.
  {
    const f = `${DIR}/synundersokning_anteckningar.txt`; const R = C.at(f); const r = new Rng(f);
    const out = [];
    for (const c of cust.slice(0, 120)) {
      const s = c.opt;
      const who = T(R, 'name', nameAs(c.p, r.pick(['full', 'lower', 'reversed', 'caps'])));
      const k = r.int(0, 3);
      if (r.chance(0.08)) out.push(`${date(r)} Kund: ${N(R, 'lower-words', r.pick(['ny kund', 'drop-in', 'ej registrerad']))} – enbart bågjustering`);
      if (k === 0) out.push(`${date(r)} ${N(R, 'signature-code', ascii(s.p.call).slice(0, 3).toUpperCase() + ascii(s.p.last).slice(0, 1).toUpperCase())}: ${who} klagar på huvudvärk vid skärmarbete. visus H 1.0 V 0.8. ny us om 1 år`);
      else if (k === 1) out.push(`${date(r)} pt ${who} (${T(R, 'personnummer', c.pn)}) – tryck ${r.int(12, 24)}/${r.int(12, 24)} mmHg, remiss till ögonmott. ${N(R, 'word-also-name', r.pick(WORDS))}`);
      else if (k === 2) out.push(`${date(r)} barnsyn ${T(R, 'name', nameAs(kin(r, c.p), 'lower'), 'child-lower')} följd av förälder ${who}. skelning? åter om 6 mån. /${T(R, 'name', nameAs(s.p, 'full'), 'optician')}`);
      else out.push(`${date(r)} ${who} hämtat glas, ${N(R, 'artist-or-brand', r.pick(FRAME_BRANDS))}-båge justerad. nöjd. ring ${T(R, 'phone', c.ph)} om problem`);
    }
    const t = txt(out.join('\n'));
    C.put(f, t.bytes, t.text);
  }

  // 10. Booking widget events NDJSON with visitor IPs.
  {
    const f = `${DIR}/bokning_events.ndjson`; const R = C.at(f); const r = new Rng(f);
    const list = [];
    for (let i = 0; i < 180; i++) {
      const c = r.pick(cust); const ev = r.pick(['page_view', 'slot_selected', 'form_submitted', 'booking_confirmed', 'sms_optin']);
      const o = { ts: `${date(r, '2026-11-01', '2026-11-22')}T${hms(r)}.${r.int(100, 999)}Z`, event: ev, session: N(R, 'session-id', `s_${num(r, 10)}`, null), ip: T(R, 'ip', ipVal(r)) };
      if (ev === 'form_submitted' || ev === 'booking_confirmed') o.form = { namn: T(R, 'name', nameAs(c.p, 'full')), telefon: T(R, 'phone', c.ph), epost: T(R, 'email', c.em) };
      if (ev === 'sms_optin') o.msisdn = T(R, 'phone', phone(r, 'mobile', 'e164-no-plus'));
      if (r.chance(0.03)) o.proxy = N(R, 'server-ip', O.servers[1], 'ip');
      list.push(o);
    }
    const out = ndjson(list);
    C.put(f, out.bytes, out.text);
  }
}
