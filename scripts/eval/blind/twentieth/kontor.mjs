// Coworking / office-hotel operator (kontor/): member export, door access log, visitor sign-in, wifi captive portal log,
// meeting-room calendar, Slack community channel, ServiceNow incidents, reception mailbox, membership agreements,
// billing workbook, member vCards, member directory page, parcel reception log.
import { Rng, person, people, kin, nameStyle, pnr, phone, email, workEmail, date, dotDate, hhmm, hms, isoTs, ipVal, org, at, nears, footer,
  csv, xlsx, docx, mbox, rfcDate, mboxDate, folded, jsonText, htmlEsc, htmlToText, svDate, num, alnum, hex, mac, ocr, greetLone, LONE, LOOKALIKE, amount, makeOrgnr, ascii, street, postcode, CITIES } from './core.mjs';

const DIR = 'kontor';
const rng = new Rng('kontor');
const O = org(rng, { name: 'Hubben Arbetsplatser AB', domain: 'hubbenarbetsplatser.se', area: '8', roles: ['reception', 'hello', 'noreply', 'community', 'faktura'] });
const STAFF = people(rng, 8, { middle: 0 }).map((p, i) => ({ ...p, title: i < 3 ? 'receptionist' : i < 5 ? 'community manager' : i < 7 ? 'fastighetstekniker' : 'ekonomi', mail: workEmail(p, O.domain), mob: phone(rng, 'mobile', rng.pick(['grouped', 'intl'])) }));
const FIRMS = ['Nordlys Analytics AB', 'Kodkollektivet HB', 'Blåklint Design AB', 'Fjällräven Legal KB', 'Pixelbruket AB', 'Granit Invest AB', 'Studio Sjutton', 'Växthus Ventures AB', LOOKALIKE.company[4], LOOKALIKE.company[7], LOOKALIKE.company[5]];
const ROOMS = ['Rum Greta', 'Rum Alfred Nobel', 'Sal Kristina', 'Mötesrum Selma', 'Booth Hedda', 'Styrelserummet', 'Rum 4B'];
const DOORS = ['Entré Plan 1', 'Plan 3 Öst', 'Plan 3 Väst', 'Garage', 'Takterrass', 'Förråd B'];
const CONTROLLERS = DOORS.map(() => `10.40.${rng.int(1, 9)}.${rng.int(2, 250)}`);
const APS = Array.from({ length: 6 }, () => ({ ip: `10.40.100.${rng.int(2, 60)}`, mac: mac(rng), name: `AP-${rng.pick(['P1', 'P3', 'P4'])}-${rng.int(1, 9)}` }));
const card = () => rng.pick([() => `${hex(rng, 8).toUpperCase()}`, () => mac(rng).slice(0, 11), () => num(rng, 10)])();

const MEMBERS = Array.from({ length: 150 }, () => { const p = person(rng, { middle: 0.12 }); const firm = rng.pick(FIRMS); const dom = `${ascii(firm.split(' ')[0])}.se`; return { p, firm, work: { value: workEmail(p, dom), subtype: 'work' }, priv: email(rng, p), ph: phone(rng), card: card(), ip: `10.44.${rng.int(0, 7)}.${rng.int(10, 250)}`, dev: mac(rng), id: `M${num(rng, 5)}` }; });

function medlemmarCsv(C) {
  const R = at(C, `${DIR}/medlemmar_export.csv`); const N = nears(R, rng);
  const rows = [['Medlems-ID', 'Förnamn', 'Efternamn', 'Företag', 'Org.nr', 'Medlemskap', 'Kort-ID', 'Mobil', 'E-post', 'Fakturamejl', 'Startdatum', 'Anteckning']];
  for (const m of MEMBERS.slice(0, 110)) {
    R.j(m.p.given, m.p.last);
    rows.push([N.id('member-id', m.id), m.p.given, m.p.last, N.look('company', m.firm), N.orgnr(), rng.pick(['Flex', 'Fast plats', 'Kontorsrum 4p', 'Virtual office']), N.id('card-id', m.card), R.ph(m.ph), R.em(rng.chance(0.7) ? m.work : m.priv), N.role(`${rng.pick(['ekonomi', 'faktura', 'invoice'])}@${ascii(m.firm.split(' ')[0])}.se`), N.date(date(rng, '2023-01-01', '2026-11-01')),
      rng.pick([() => '', () => '', () => `Hund på kontoret OK\n(allergi i rum 4B?)`, () => `Kontaktperson vid nödläge: ${R.nm(kin(rng, m.p))}\n${R.ph(phone(rng))}`, () => `Faktureras via ${N.look('company', rng.pick(FIRMS))}`, () => `Extra kort till ${R.nm(person(rng))} (${N.id('card-id', card())})`])()]);
  }
  const f = csv(rows, { sep: ',', bom: true }); C.put(R.file, f.bytes, f.text);
}

function passageLog(C) {
  const R = at(C, `${DIR}/passagelogg_2026-11.log`); const N = nears(R, rng);
  const out = ['# export ur passersystem ACS-4 (semikolonseparerad), tidszon CET'];
  for (let i = 0; i < 360; i++) {
    const m = rng.pick(MEMBERS); const d = rng.int(0, DOORS.length - 1); const day = date(rng, '2026-11-01', '2026-11-24');
    const ok = rng.chance(0.92);
    out.push([`${day} ${hms(rng, 6, 22)}`, DOORS[d], N.device(CONTROLLERS[d]), `kort=${N.id('card-id', m.card)}`, ok ? R.nm(m.p, rng.pick(['full', 'full', 'surname-first-caps', 'caps'])) : 'OKÄNT KORT', ok ? 'BEVILJAD' : rng.pick(['NEKAD', 'NEKAD (tidsschema)', 'PIN FEL'])].join(';'));
  }
  const t = out.join('\r\n'); C.put(R.file, t, t);
}

function gastNdjson(C) {
  const R = at(C, `${DIR}/gastregistrering_ipad.ndjson`); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 160; i++) {
    const g = person(rng); const host = rng.pick(MEMBERS); const day = date(rng);
    const ph = rng.chance(0.85) ? phone(rng, rng.chance(0.9) ? 'mobile' : 'foreign') : null;
    const rec = { visit_id: N.id('visit-id', `v_${alnum(rng, 12).toLowerCase()}`), signed_in_at: isoTs(rng, day, 7, 17), visitor: rng.chance(0.5) ? { first_name: g.given, last_name: g.last } : { full_name: R.nm(g, rng.pick(['full', 'full', 'lower', 'caps'])) },
      visitor_company: rng.pick(['', N.look('company', rng.pick(FIRMS)), 'Privat']), visitor_phone: ph ? R.ph(ph) : '', visitor_email: rng.chance(0.6) ? R.em(email(rng, g)) : '',
      host: { name: R.nm(host.p), notified_via: rng.chance(0.5) ? { sms: R.ph(phone(rng, 'mobile', 'plain46')) } : { email: R.em(host.work) } }, badge_printed: rng.chance(0.8), nda_signed: rng.chance(0.3) };
    if (rec.visitor.first_name) R.j(g.given, g.last);
    out.push(JSON.stringify(rec));
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function wifiLog(C) {
  const R = at(C, `${DIR}/wifi_captive_portal.log`); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 330; i++) {
    const m = rng.pick(MEMBERS); const ap = rng.pick(APS); const day = date(rng, '2026-11-10', '2026-11-24');
    const ts = `${day}T${hms(rng, 7, 20)}+01:00`;
    out.push(rng.pick([
      () => `${ts} portal[2211]: AUTH ok user=${R.em(m.work)} client_mac=${N.mac(m.dev)} client_ip=${R.t('ip', m.ip, 'private-ip')} ap=${ap.name} ap_ip=${N.device(ap.ip)} ssid=Hubben-Member`,
      () => `${ts} dhcpd: DHCPACK on ${R.t('ip', m.ip, 'private-ip')} to ${N.mac(m.dev.toLowerCase())} (${N.id('hostname', `${rng.pick(['iPhone', 'MacBook-Pro', 'DESKTOP', 'Galaxy-S24'])}-${alnum(rng, 4)}`)}) via eth1`,
      () => `${ts} portal[2211]: GUEST voucher=${N.id('voucher', alnum(rng, 6))} name="${R.nm(person(rng))}" phone=${R.ph(phone(rng, 'mobile', rng.pick(['e164', 'compact'])))} client_ip=${R.t('ip', `10.45.${rng.int(0, 3)}.${rng.int(10, 250)}`, 'private-ip')} ssid=Hubben-Guest`,
      () => `${ts} radius: Access-Reject for ${R.em(m.priv)} from ${N.device(ap.ip)} reason=bad-password`,
      () => `${ts} fw: NAT ${R.t('ip', m.ip, 'private-ip')}:${rng.int(40000, 65000)} -> ${N.server(O.servers[0])}:${rng.int(40000, 65000)} dst=${rng.chance(0.5) ? 'api.openai.com' : 'teams.microsoft.com'}`,
    ])());
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function motesIcs(C) {
  const R = at(C, `${DIR}/motesrum_bokningar.ics`); const N = nears(R, rng);
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Nexudus//Room Bookings//EN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Hubben – mötesrum'];
  for (let i = 0; i < 60; i++) {
    const m = rng.pick(MEMBERS); const day = date(rng).replace(/-/g, ''); const h = rng.int(8, 16);
    const att = Array.from({ length: rng.int(1, 3) }, () => person(rng));
    L.push('BEGIN:VEVENT', `UID:${N.id('ics-uid', `${hex(rng, 16)}@nexudus.com`, 'email')}`, `DTSTAMP:${day}T060000Z`, `DTSTART:${day}T${String(h).padStart(2, '0')}0000`, `DTEND:${day}T${String(h + rng.int(1, 3)).padStart(2, '0')}0000`,
      `SUMMARY:${rng.pick(['Styrelsemöte', 'Kundmöte', 'Intervju', 'Workshop', 'Sprint review'])} (${N.look('company', m.firm)})`, `LOCATION:${N.look('room', rng.pick(ROOMS))}`,
      `ORGANIZER;CN="${R.t('name', m.p.full, 'ics-cn')}":mailto:${R.em(m.work)}`,
      ...att.map((a) => `ATTENDEE;CN=${R.t('name', a.full, 'ics-cn')};PARTSTAT=NEEDS-ACTION:mailto:${R.em(email(rng, a))}`),
      `DESCRIPTION:Bokad av ${m.p.first}. Fika beställt. Pris ${N.amount(amount(rng, 300, 2400))}. Bokningsref ${N.id('booking-id', `B-${num(rng, 6)}`)}`, 'END:VEVENT');
    N.lone(m.p.first);
  }
  L.push('END:VCALENDAR');
  const f = folded(L); C.put(R.file, f.bytes, f.text);
}

function slackJson(C) {
  const R = at(C, `${DIR}/slack_export_community/general/2026-11-12.json`); const N = nears(R, rng);
  const users = MEMBERS.slice(0, 40).map((m) => ({ m, uid: `U0${alnum(rng, 8)}`, display: rng.chance(0.5) ? m.p.first.toLowerCase() : `${m.p.first} ${m.p.last[0]}.` }));
  const msgs = [];
  for (let i = 0; i < 100; i++) {
    const u = rng.pick(users); const other = rng.pick(users);
    const text = rng.pick([() => `Någon som har en laddare till ${rng.pick(['MacBook', 'Dell', 'Lenovo'])}? Sitter i ${N.look('room', rng.pick(ROOMS))}`, () => `<@${other.uid}> din lunch står i kylen :)`, () => `Tack ${R.nm(other.m.p)} för tipset!`,
      () => `Vi söker en frontend-utvecklare, hör av er till ${R.em(u.m.work)} eller ${R.ph(u.m.ph)}`, () => `Kaffemaskinen på plan 3 är trasig igen, ringt ${N.id('service-line', O.service, 'phone')}`, () => `Välkommen ${R.nm(person(rng))} från ${N.look('company', rng.pick(FIRMS))}! :wave:`])();
    msgs.push({ client_msg_id: `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}`, type: 'message', text, user: u.uid, ts: `${1762900000 + i * 137}.${num(rng, 6)}`,
      user_profile: { real_name: R.nm(u.m.p, 'full', 'chat-speaker'), display_name: N.id(u.display.includes(' ') ? 'display-initial' : 'lone-first-name', u.display, 'name'), first_name: N.lone(u.m.p.first), team: 'T01HUBBEN' } });
  }
  const t = jsonText(msgs, 4); C.put(R.file, t, t);
}

function servicenowCsv(C) {
  const R = at(C, `${DIR}/servicenow_incident_export.csv`); const N = nears(R, rng);
  const rows = [['number', 'opened_at', 'caller_id', 'short_description', 'description', 'assigned_to', 'location', 'state', 'close_notes']];
  for (let i = 0; i < 60; i++) {
    const m = rng.pick(MEMBERS); const a = rng.pick(STAFF.slice(5, 7)); const day = date(rng);
    rows.push([N.id('ticket-no', `INC00${num(rng, 5)}`), `${day} ${hms(rng, 7, 18)}`, R.nm(m.p, rng.pick(['full', 'full', 'surname-first'])), rng.pick(['Kortet fungerar inte', 'Wifi nere', 'Element kallt', 'Lampa trasig', 'Skrivaren']),
      rng.pick([() => `Kort ${N.id('card-id', m.card)} nekas vid ${rng.pick(DOORS)}. Medlem nås på ${R.ph(m.ph)}.`, () => `Får ingen IP, MAC ${N.mac(m.dev)}. Portal ${N.device(rng.pick(APS).ip)} svarar inte.`, () => `Kallt i ${N.look('room', rng.pick(ROOMS))}, anmält av ${R.nm(person(rng))}`, () => `Skrivaren ${N.device(`10.40.50.${rng.int(2, 40)}`)} skriver ut jobb från ${R.nm(m.p)}? nej – fel kö`])(),
      R.nm(a, 'full', 'staff'), rng.pick(DOORS), rng.pick(['Closed', 'Resolved', 'In Progress']), rng.chance(0.4) ? `Åtgärdat av ${a.first}` : '']);
  }
  for (const s of STAFF.slice(5, 7)) N.lone(s.first);
  const f = csv(rows, { sep: ',' }); C.put(R.file, f.bytes, f.text);
}

function receptionMbox(C) {
  const R = at(C, `${DIR}/reception_inkorg.mbox`); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 30; i++) {
    const m = rng.pick(MEMBERS); const s = rng.pick(STAFF.slice(0, 5)); const day = date(rng);
    R.t('name', m.p.full, 'header-display'); const em = R.em(m.work);
    const kind = rng.pick(['guest', 'invoice', 'key', 'fwd']);
    let body;
    if (kind === 'guest') { const g = person(rng); body = `Hej!\n\nJag får besök av ${R.nm(g)} (${N.look('company', rng.pick(FIRMS))}) ${N.date(svDate(day))} kl ${hhmm(rng)}. Hennes nummer om hon inte hittar: ${R.ph(phone(rng))}.\n\nTack!\n${R.nm(m.p, 'short', 'signature')}\n${N.look('company', m.firm)}`; }
    else if (kind === 'invoice') body = `Hej,\n\nFaktura ${N.id('invoice-no', `${num(rng, 7)}`)} (OCR ${N.id('ocr', ocr(rng))}) gäller fel bolag. Vi är ${N.look('company', m.firm)}, org.nr ${N.orgnr()}.\nSkicka till ${N.role(`ekonomi@${ascii(m.firm.split(' ')[0])}.se`)}.\n\nMvh ${R.nm(m.p, 'full', 'signature')}`;
    else if (kind === 'key') body = `hej, tappat mitt kort igen (${N.id('card-id', m.card)}) – kan ni spärra? /${R.nm(m.p, 'lower', 'lower')} ${R.ph(m.ph)}`;
    else { const g = person(rng); const ge = R.em(email(rng, g)); body = `FYI nedan.\n\n---------- Forwarded message ---------\nFrån: ${R.nm(g)} <${ge}>\nDate: ${N.date(dotDate(day))}\nSubject: Hyra eventyta\nTo: ${m.p.full} <${m.work.value}>\n\nHej ${N.lone(m.p.first)}, vi vill hyra takterrassen för 40 pers. Ring mig på ${R.ph(phone(rng, 'foreign'))}.\n/${g.first}`; N.lone(g.first); }
    msgs.push({ from: [m.p.full, em], to: [[null, R.n('email', 'role-email', O.roles[0])]], subject: { guest: 'Besök imorgon', invoice: 'Fel på faktura', key: 'Kort', fwd: 'Fwd: Hyra eventyta' }[kind], date: rfcDate(day, `${hhmm(rng)}:00`), id: `${alnum(rng, 20)}@outlook.com`, text: body, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: mboxDate(day),
      html: rng.chance(0.3) ? `<div>${htmlEsc(body).replace(/\n/g, '<br>')}</div>` : undefined, htmlText: body });
    if (rng.chance(0.45)) {
      R.t('name', s.full, 'header-display'); R.t('email', s.mail, 'staff-work');
      msgs.push({ from: [s.full, s.mail], to: [[m.p.full, m.work.value]], subject: 'Re: ärende', date: rfcDate(day, '14:12:00'), id: `${alnum(rng, 20)}@${O.domain}`, mboxDate: mboxDate(day, '14:12:00'), enc: 'qp',
        text: `${greetLone(R, rng, N, m.p.first)}\n\nFixat!\n\n${R.nm(s, 'full', 'staff')} | Reception\n${O.name} | ${R.t('phone', s.mob.value, 'staff-mobile')} | Växel ${N.id('switchboard', O.switchboard, 'phone')}` });
    }
  }
  const f = mbox(msgs); C.put(R.file, f.bytes, f.text);
}

function avtalDocx(C) {
  for (let k = 1; k <= 1; k++) {
    const m = MEMBERS[120 + k]; const R = at(C, `${DIR}/medlemsavtal_${m.id}.docx`); const N = nears(R, rng);
    const sig = rng.pick(STAFF.slice(3, 5)); const extra = people(rng, 3);
    const b = [{ h: 'Medlemsavtal – kontorsrum' }, `Avtalsnummer ${N.id('contract-no', `AVT-${num(rng, 6)}`)}`,
      { table: [['Hyresgäst', N.look('company', m.firm)], ['Org.nr', N.orgnr()], ['Kontaktperson', R.nm(m.p)], ['Personnummer (borgen)', R.pn(pnr(rng, { minYear: 1965, maxYear: 1998 }))], ['Telefon', R.ph(m.ph)], ['E-post', R.em(m.work)]] },
      `Utrymme: ${N.look('room', rng.pick(ROOMS))}, ${rng.int(2, 8)} arbetsplatser. Hyra ${N.amount(amount(rng, 6000, 40000))} per månad exkl. moms.`,
      { runs: ['Accesskort utfärdas till: ', extra.map((p) => R.nm(p)).join(', '), '.'] },
      `Personlig borgen tecknas av ${R.nm(m.p, 'caps')}.`, `För Hubben: ${R.nm(sig, 'full', 'staff')}, ${R.t('email', sig.mail, 'staff-work')}`, footer(R, O, ['orgnr', 'bg', 'switchboard'])];
    const f = docx(b, { creator: R.nm(sig, 'full', 'docx-creator') }); C.put(R.file, f.bytes, f.text);
  }
}

function faktXlsx(C) {
  const R = at(C, `${DIR}/fakturering_november.xlsx`); const N = nears(R, rng);
  const a = [['Fakturanr', 'Kund', 'Referens', 'Belopp', 'Förfallodag', 'OCR']];
  for (const m of MEMBERS.slice(20, 90)) a.push([N.id('invoice-no', num(rng, 7)), N.look('company', m.firm), R.nm(m.p, rng.pick(['full', 'surname-first'])), Number(`${rng.int(2, 45)}${num(rng, 3)}`), N.date(date(rng, '2026-11-25', '2026-12-31')), N.id('ocr', ocr(rng))]);
  const b = [['Medlem', 'Mobil', 'Skuld', 'Påminnelse', 'Kommentar']];
  for (const m of MEMBERS.slice(90, 120)) b.push([R.nm(m.p), R.ph(m.ph), N.amount(amount(rng, 1000, 30000)), N.date(date(rng)), rng.pick([() => '', () => `Avbetalning enl ${N.lone(STAFF[7].first)}`, () => `Betalar via ${N.id('iban', O.iban)}`])()]);
  const c = [['Datum', 'Rum', 'Bokad av', 'Timmar', 'Debiteras']];
  for (let i = 0; i < 50; i++) { const m = rng.pick(MEMBERS); c.push([N.date(date(rng)), N.look('room', rng.pick(ROOMS)), R.nm(m.p), rng.int(1, 8), N.look('company', m.firm)]); }
  const f = xlsx([{ name: 'Fakturor', rows: a }, { name: 'Kreditkontroll', rows: b }, { name: 'Mötesrum', rows: c }], { creator: R.nm(STAFF[7], 'full', 'xlsx-creator') }); C.put(R.file, f.bytes, f.text);
}

function vcf(C) {
  const R = at(C, `${DIR}/medlemskontakter.vcf`); const N = nears(R, rng);
  const L = [];
  for (const m of MEMBERS.slice(60, 100)) {
    L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${m.p.last};${m.p.given};;;`, `FN:${R.t('name', m.p.full, 'vcard-fn')}`, `ORG:${N.look('company', m.firm)}`, `TEL;type=CELL;type=VOICE;type=pref:${R.ph(m.ph)}`, `EMAIL;type=INTERNET;type=WORK:${R.em(m.work)}`,
      ...(rng.chance(0.4) ? [`EMAIL;type=INTERNET;type=HOME:${R.em(m.priv)}`] : []), `NOTE:Medlem ${N.id('member-id', m.id)}\\, kort ${N.id('card-id', m.card)}`, 'END:VCARD');
  }
  const f = folded(L); C.put(R.file, f.bytes, f.text);
}

function katalogHtml(C) {
  const R = at(C, `${DIR}/medlemskatalog.html`); const N = nears(R, rng);
  const cards = MEMBERS.slice(0, 55).map((m) => `<div class="member"><h3>${htmlEsc(R.nm(m.p))}</h3><p class="firm">${htmlEsc(N.look('company', m.firm))}</p><p>${htmlEsc(rng.pick(['UX', 'Jurist', 'Utvecklare', 'Konsult', 'Grundare', 'Illustratör']))}</p>${rng.chance(0.6) ? `<a href="mailto:${R.em(m.work)}">Mejla</a>` : ''}${rng.chance(0.3) ? ` <a href="tel:${R.ph(phone(rng, 'mobile', 'e164'))}">Ring</a>` : ''}</div>`);
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Hubben – medlemmar</title></head><body><header><h1>Våra medlemmar</h1><p>Kontakta ${htmlEsc(R.nm(STAFF[3], 'full', 'staff'))} (community) på <a href="mailto:${R.n('email', 'role-email', O.roles[3])}">${O.roles[3]}</a></p></header><main>\n${cards.join('\n')}\n</main><footer>${htmlEsc(footer(R, O, ['orgnr', 'switchboard']))} · ${N.look('street', 'Birger Jarlsgatan')} 57</footer></body></html>\n`;
  C.put(R.file, html, `${html}\n${htmlToText(html)}`);
}

function paketTsv(C) {
  const R = at(C, `${DIR}/paketlogg_reception.tsv`); const N = nears(R, rng);
  const rows = [['Ankom', 'Mottagare', 'Företag', 'Transportör', 'Kollinr', 'Kvitterat av', 'Utlämnat']];
  for (let i = 0; i < 110; i++) {
    const m = rng.pick(MEMBERS); const day = date(rng);
    rows.push([`${day} ${hhmm(rng, 8, 16)}`, R.nm(m.p, rng.pick(['full', 'surname-first', 'caps'])), N.look('company', m.firm), rng.pick(['PostNord', 'DHL', 'Budbee', 'Instabox', 'UPS']), N.id('tracking-no', rng.pick([() => `00${num(rng, 16)}`, () => `1Z${alnum(rng, 16)}`, () => `JJD${num(rng, 12)}`])()),
      R.nm(rng.pick(STAFF.slice(0, 3)), 'short', 'staff'), rng.chance(0.8) ? `${day} ${hhmm(rng, 9, 18)}` : '']);
  }
  const t = `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`; C.put(R.file, t, t);
}

export default function build(C) {
  medlemmarCsv(C); passageLog(C); gastNdjson(C); wifiLog(C); motesIcs(C); slackJson(C); servicenowCsv(C); receptionMbox(C); avtalDocx(C); faktXlsx(C); vcf(C); katalogHtml(C); paketTsv(C);
}
