// Regional blood donation centre (blod/): donor register, SMS gateway log, bookings, donation records per site,
// deferral notes written fast, donor portal access log, customer-service mail, Intercom export, thank-you letters,
// a recruitment event page, Jira Service Management export, staff Teams chat, an adverse-reaction report.
import { Rng, person, people, kin, nameStyle, pnr, phone, email, workEmail, date, dotDate, hhmm, hms, isoTs, ipVal, org, at, nears, footer,
  csv, xlsx, docx, mbox, rfcDate, mboxDate, pdfLines, jsonText, htmlEsc, htmlToText, svDate, num, alnum, hex, greetLone, LONE, LOOKALIKE, postcode, street, CITIES, publicIp, sloppy } from './core.mjs';

const DIR = 'blod';
const rng = new Rng('blod');
const O = org(rng, { name: 'Blodcentralen Region Mälarbygd', domain: 'regionmalarbygd.se', area: '21', roles: ['blodcentralen', 'givarservice', 'no-reply', 'blodbussen', 'kallelse'] });
const SITES = ['Blodcentralen Centrum', 'Blodbussen', 'Sjukhuset plan 2', 'Köping tappställe', 'Sala tappställe'];
const STAFF = people(rng, 12, { cp1252: true, middle: 0 }).map((p, i) => ({ ...p, title: i < 6 ? 'sjuksköterska' : i < 9 ? 'biomedicinsk analytiker' : i < 11 ? 'givarservice' : 'enhetschef', mail: workEmail(p, O.domain), direct: phone(rng, 'landline', 'dash') }));
const GROUPS = ['0 Rh+', '0 Rh-', 'A Rh+', 'A Rh-', 'B Rh+', 'AB Rh+', 'O pos', 'A neg'];
const donorId = () => `${rng.pick(['G', 'BG', ''])}${num(rng, 6)}`;
const din = () => `W${rng.int(1000, 9999)} 26 ${num(rng, 6)}`;
const hb = () => `${rng.int(118, 168)}`;
const DEFER = ['tatuering', 'resa till Thailand', 'malariaområde (Kenya)', 'förkylning', 'tandläkarbesök', 'antibiotika', 'lågt Hb', 'ny partner', 'graviditet', 'endoskopi', 'piercing', 'borrelia'];

/** Donors: person, donor id, pnr, phone, e-mail (values not yet recorded). */
function donors(n) { return Array.from({ length: n }, () => { const p = person(rng, { cp1252: true, middle: 0.15 }); return { p, id: donorId(), pn: pnr(rng, { minYear: 1958, maxYear: 2007, samord: rng.chance(0.02) }), ph: phone(rng, 'mobile'), em: email(rng, p), grp: rng.pick(GROUPS) }; }); }

function registerCsv(C) {
  const R = at(C, `${DIR}/givarregister_export.csv`); const N = nears(R, rng);
  const rows = [['GivarID', 'Namn', 'Personnummer', 'Blodgrupp', 'Mobil', 'E-post', 'Senaste tappning', 'Hb (g/L)', 'Antal tappningar', 'Kommentar']];
  for (const d of donors(75)) {
    const last = date(rng, '2025-06-01', '2026-11-20');
    const kom = rng.pick([() => '', () => '', () => `Karens ${N.id('deferral-days', `${rng.int(2, 26)} v`)} pga ${rng.pick(DEFER)}\nÅter ${N.date(dotDate(date(rng, '2026-12-01', '2027-05-01')))}`,
      () => `Vill bli kallad via sms\nAnhörig vid svimning: ${R.nm(kin(rng, d.p))} ${R.ph(phone(rng))}`, () => `Stickrädd – ta god tid. Sign ${N.id('staff-initials', `${rng.pick(STAFF).first[0]}${rng.pick(STAFF).last[0]}`.toUpperCase())}`,
      () => `Flyttat från ${rng.pick(CITIES)}, gamla nr ${R.ph(phone(rng))}`, () => `Personnr ${N.badLuhn()} felregistrerat, rättat`])();
    rows.push([N.id('donor-id', d.id), R.nm(d.p, nameStyle(rng)), R.pn(d.pn), N.id('blood-group', d.grp), R.ph(d.ph), R.em(d.em), N.date(last), N.id('hb-value', hb()), String(rng.int(1, 88)), kom]);
  }
  const f = csv(rows, { sep: ',', bom: true }); C.put(R.file, f.bytes, f.text);
}

function smsLog(C) {
  const R = at(C, `${DIR}/sms_gateway_2026-10.log`); const N = nears(R, rng);
  const out = [];
  const ds = donors(80);
  for (let i = 0; i < 190; i++) {
    const d = rng.pick(ds); const day = date(rng, '2026-10-01', '2026-10-31'); const ts = `${day} ${hms(rng, 6, 21)}.${rng.int(100, 999)}`;
    const to = R.ph(phone(rng, 'mobile', 'plain46')); const mid = N.id('message-id', `${hex(rng, 8)}-${hex(rng, 4)}`);
    if (rng.chance(0.8)) {
      const text = rng.pick([() => `Hej ${d.p.first}! Det behövs blod av din grupp. Boka tid: blodcentralen.se/boka eller ring ${N.id('service-line', O.service, 'phone')}.`,
        () => `Hej ${d.p.first}, påminnelse om din tid ${N.date(dotDate(day))} kl ${hhmm(rng)} på ${rng.pick(SITES)}. Svara NEJ för att avboka.`,
        () => `Tack ${d.p.first}! Ditt blod (${N.id('donation-no', din())}) har nu kommit till nytta på sjukhuset.`,
        () => `Din kod: ${N.id('sms-code', String(rng.int(100000, 999999)))}`])();
      if (text.includes(d.p.first)) N.lone(d.p.first);
      out.push(`${ts} INFO  [sms-out] id=${mid} to=${to} sender=Blodcentr campaign=${rng.pick(['KALLELSE', 'PAMINNELSE', 'TACK', 'OTP'])} parts=${rng.int(1, 2)} status=${rng.pick(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])} text="${text}"`);
    } else {
      const sig = rng.chance(0.6) ? ` /${R.nm(d.p, rng.pick(['full', 'lower', 'short']))}` : '';
      out.push(`${ts} INFO  [sms-in]  id=${mid} from=${to} to=${N.id('short-code', '72150')} text="${rng.pick(['NEJ', 'Kan inte komma, sjuk', 'Ja tack', 'Stopp', 'kan jag komma på fredag istället?'])}${sig}"`);
    }
    if (rng.chance(0.05)) out.push(`${ts} WARN  [smpp] bind lost to ${N.server(O.servers[rng.int(0, 2)])}:2775, retrying`);
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function bookingsTsv(C) {
  const R = at(C, `${DIR}/bokningar_vecka46.tsv`); const N = nears(R, rng);
  const rows = [['Tid', 'Lokal', 'Givare', 'GivarID', 'Telefon', 'Typ', 'Status', 'Bokad av']];
  for (const d of donors(80)) {
    const day = date(rng, '2026-11-09', '2026-11-15');
    rows.push([`${day} ${hhmm(rng)}`, rng.pick(SITES), R.nm(d.p, rng.pick(['surname-first', 'surname-first', 'surname-first-caps', 'full'])), N.id('donor-id', d.id), R.ph(d.ph), rng.pick(['Helblod', 'Plasma', 'Trombocyter', 'Nygivare']),
      rng.pick(['Bokad', 'Avbokad', 'Ej kommit', 'Genomförd']), rng.chance(0.6) ? 'webb' : R.nm(rng.pick(STAFF.slice(9, 11)), 'short', 'staff')]);
  }
  const t = `${rows.map((r) => r.join('\t')).join('\n')}\n`; C.put(R.file, t, t);
}

function protokollXlsx(C) {
  const R = at(C, `${DIR}/tappningsprotokoll_oktober.xlsx`); const N = nears(R, rng);
  const sheets = SITES.slice(0, 4).map((site) => {
    const rows = [[`${site} – tappningar oktober 2026`], ['Datum', 'Tid', 'Givar-ID', 'Givare', 'Hb', 'BT', 'Puls', 'Tappningsnr', 'Volym ml', 'Ssk', 'Avvikelse']];
    for (const d of donors(20)) {
      rows.push([N.date(date(rng, '2026-10-01', '2026-10-31')), hhmm(rng), N.id('donor-id', d.id), R.nm(d.p, rng.pick(['full', 'surname-first'])), Number(hb()), N.id('blood-pressure', `${rng.int(105, 150)}/${rng.int(60, 95)}`), rng.int(52, 96),
        N.id('donation-no', din()), rng.int(440, 480), R.nm(rng.pick(STAFF.slice(0, 6)), 'short', 'staff'), rng.pick([() => '', () => '', () => 'Vasovagal reaktion, lätt', () => `Avbruten, ${rng.int(120, 300)} ml`, () => `Ring anhörig ${R.ph(phone(rng))}`])()]);
    }
    return { name: site.slice(0, 28), rows };
  });
  const f = xlsx(sheets, { creator: R.nm(STAFF[11], 'full', 'xlsx-creator') }); C.put(R.file, f.bytes, f.text);
}

function karensTxt(C) {
  const R = at(C, `${DIR}/karensnoteringar_2026.txt`); const N = nears(R, rng);
  const out = [];
  for (const d of donors(70)) {
    const s = rng.pick(STAFF.slice(0, 6)); const day = date(rng);
    const who = rng.pick([() => R.nm(d.p, 'lower', 'lower'), () => R.nm(d.p), () => R.nm(d.p, 'caps'), () => R.nm(d.p, 'surname-first')])();
    out.push(sloppy(rng, `${dotDate(day)} ${s.first.slice(0, 1)}${s.last.slice(0, 1)}: `) + rng.pick([
      () => `ringde ${who} ${R.ph(d.ph)} ang karens ${rng.pick(DEFER)}, ${N.id('deferral-days', `${rng.int(1, 6)} mån`)}. hb ${N.id('hb-value', hb())}. ok`,
      () => `${who} (${R.pn(d.pn)}) - ${rng.pick(DEFER)} -> karens t.o.m ${N.date(date(rng, '2026-12-01', '2027-06-30'))}. meddelat via sms`,
      () => `pratat m ${who}, lågt hb ${N.id('hb-value', `${rng.int(105, 124)}`)} igen. remiss vc? givarID ${N.id('donor-id', d.id)}`,
      () => `enl. ${who} har hen rest i ${rng.pick(['Brasilien', 'Indien', 'Tanzania', 'Mexiko'])}, åter ${N.date(dotDate(date(rng)))}. karens 6 mån. mail ${R.em(d.em)}`,
      () => `${who} svimmade lätt efter tappn ${N.id('donation-no', din())}, sambo ${R.nm(kin(rng, d.p))} hämtade. tel ${R.ph(phone(rng))}`,
    ])());
    out.push(`   /${N.lone(s.first)}`);
  }
  const t = out.join('\r\n'); C.put(R.file, t, t);
}

function accessLog(C) {
  const R = at(C, `${DIR}/givarportal_access.log`); const N = nears(R, rng);
  const out = [];
  const ips = Array.from({ length: 120 }, () => rng.chance(0.85) ? ipVal(rng) : null);
  for (let i = 0; i < 250; i++) {
    const ipv = rng.pick(ips); const day = date(rng, '2026-11-01', '2026-11-24'); const [y, m, dd] = day.split('-');
    const ip = ipv ? R.ip(ipv) : N.server(O.servers[2]);
    const path = rng.pick([() => '/mina-sidor/', () => `/mina-sidor/bokning/${N.id('booking-id', num(rng, 7))}`, () => '/api/v2/hb-historik', () => `/login/bankid/collect?orderRef=${hex(rng, 8)}-${hex(rng, 4)}`,
      () => `/nyhetsbrev/avregistrera?email=${R.em(email(rng, person(rng)))}`, () => '/static/js/app.9f3c2.js', () => `/mina-sidor/givare/${N.id('donor-id', donorId())}`])();
    out.push(`${ip} - - [${dd}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}/${y}:${hms(rng)} +0100] "GET ${path} HTTP/1.1" ${rng.pick([200, 200, 200, 302, 304, 404])} ${rng.int(200, 48000)} "-" "${rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0', 'BankID/10.2 Android'])}"`);
    if (rng.chance(0.04)) out.push(`# app: login ok subject=${N.masked()} via BankID from ${ip}`);
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function kundMbox(C) {
  const R = at(C, `${DIR}/givarservice_inkorg.mbox`); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 34; i++) {
    const d = donors(1)[0]; const s = rng.pick(STAFF.slice(9, 11)); const day = date(rng, '2026-03-01', '2026-11-22');
    const em = R.em(d.em); R.t('name', d.p.full, 'header-display');
    const english = rng.chance(0.25);
    const body = english
      ? `Hi,\n\nI'm ${R.nm(d.p)} (donor id ${N.id('donor-id', d.id)}). I just came back from ${rng.pick(['Nairobi', 'Bangkok', 'Lima'])} and wonder how long I have to wait before donating again?\nMy phone: ${R.ph(phone(rng, rng.chance(0.5) ? 'foreign' : 'mobile'))}\n\nBest regards,\n${R.nm(d.p, 'short', 'signature')}`
      : `Hej!\n\n${rng.pick([() => `Jag fick sms om att komma men har ${rng.pick(DEFER)}. Kan ni flytta min tid ${N.date(dotDate(day))}?`, () => `Min dotter ${R.nm(kin(rng, d.p))} (${R.pn(pnr(rng, { minYear: 2007, maxYear: 2008 }))}) vill bli blodgivare, hon fyller 18 snart.`, () => `Varför var mitt Hb ${N.id('hb-value', `${rng.int(110, 125)}`)} förra gången?`])()}\n\nMvh ${R.nm(d.p, rng.pick(['full', 'full', 'lower']), 'signature')}\n${R.ph(d.ph)}\nPnr ${R.pn(d.pn)}`;
    const first = { from: [d.p.full, em], to: [[null, R.n('email', 'role-email', O.roles[1])]], subject: english ? 'Question about deferral' : rng.pick(['Ombokning', 'Fråga om Hb', 'Ny givare?', 'Karens']), date: rfcDate(day, `${hhmm(rng)}:00`), id: `${alnum(rng, 14)}@${d.em.value.split('@')[1]}`, text: body, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: mboxDate(day) };
    msgs.push(first);
    if (rng.chance(0.6)) {
      R.t('name', s.full, 'header-display'); R.t('email', s.mail, 'staff-work');
      msgs.push({ from: [s.full, s.mail], to: [[d.p.full, em]], subject: `Re: ${first.subject}`, date: rfcDate(day, '15:42:10'), id: `${alnum(rng, 14)}@regionmalarbygd.se`, mboxDate: mboxDate(day, '15:42:10'), enc: 'qp',
        text: `${english ? `Hi ${N.lone(d.p.first)},` : greetLone(R, rng, N, d.p.first)}\n\n${english ? 'The deferral after travel to a malaria area is 6 months.' : 'Tack för att du hör av dig. Jag har flyttat din tid.'}\n\n${R.nm(s, 'full', 'staff')}\nGivarservice, ${O.name}\n${R.t('phone', s.direct.value, 'staff-direct')}\n\nDen ${day} skrev ${d.p.full} <${em}>:\n${body.split('\n').map((l) => `> ${l}`).join('\n')}` });
    }
  }
  const f = mbox(msgs); C.put(R.file, f.bytes, f.text);
}

function intercomJson(C) {
  const R = at(C, `${DIR}/intercom_conversations_export.json`); const N = nears(R, rng);
  const convs = [];
  for (let i = 0; i < 30; i++) {
    const d = donors(1)[0]; const s = rng.pick(STAFF.slice(9, 12)); const day = date(rng);
    const ip = R.ip(ipVal(rng));
    const parts = [{ part_type: 'comment', author: { type: 'user', name: R.t('name', d.p.full, 'chat-speaker') }, body: `<p>${htmlEsc(rng.pick([() => 'hej kan jag ge blod om jag tar järntabletter?', () => `Mitt nummer har ändrats till ${R.ph(phone(rng))}`, () => `jag heter ${R.nm(d.p, 'lower', 'lower')} och vill avboka`, () => 'Hur länge efter covid-vaccin?'])())}</p>`, created_at: Date.parse(`${day}T10:00:00Z`) / 1000 + rng.int(0, 30000) },
      { part_type: 'comment', author: { type: 'admin', name: R.nm(s, 'full', 'staff'), email: R.t('email', s.mail, 'staff-work') }, body: `<p>${htmlEsc(`Hej ${N.lone(d.p.first)}! ${rng.pick([() => 'Det går bra.', () => 'Jag har noterat det.', () => 'Vänta 14 dagar.', () => `Ring oss på ${N.id('service-line', O.service, 'phone')}.`])()}`)}</p>`, created_at: Date.parse(`${day}T11:00:00Z`) / 1000 }];
    if (rng.chance(0.3)) parts.push({ part_type: 'note', author: { type: 'admin', name: s.full }, body: `<p>${htmlEsc(`Kollat i ProSang: givare ${d.id}, senaste Hb ${hb()}`)}</p>` });
    N.id('donor-id', d.id);
    convs.push({ type: 'conversation', id: N.id('conversation-id', num(rng, 12)), created_at: Date.parse(`${day}T09:58:00Z`) / 1000, state: rng.pick(['closed', 'open', 'snoozed']),
      source: { delivered_as: 'customer_initiated', author: { type: 'user', name: d.p.full, email: R.em(d.em) } },
      contacts: { contacts: [{ type: 'contact', id: hex(rng, 24), external_id: d.id, name: d.p.full, email: d.em.value, phone: rng.chance(0.6) ? R.ph(phone(rng, 'mobile', 'e164')) : null, location: { city_name: rng.pick(CITIES), country: 'Sweden' }, last_seen_ip: ip }] },
      conversation_parts: { total_count: parts.length, conversation_parts: parts }, tags: { tags: [{ name: rng.pick(['karens', 'bokning', 'hb', 'nygivare']) }] } });
  }
  const t = jsonText({ type: 'conversation.list', app_id: 'blodc_mlb', conversations: convs }, 1); C.put(R.file, t, t);
}

function tackPdf(C) {
  const R = at(C, `${DIR}/tackbrev_jubileumsgivare_2026.pdf`); const N = nears(R, rng);
  const lines = [];
  for (const d of donors(24)) {
    lines.push({ text: O.name, bold: true, size: 12 }, `${R.nm(d.p, rng.pick(['full', 'caps']))}`, N.street(street(rng)), `${N.postcode(postcode(rng))} ${rng.pick(CITIES).toUpperCase()}`, '',
      `Givar-ID ${N.id('donor-id', d.id)}                ${N.date(svDate(date(rng, '2026-10-01', '2026-11-20')))}`, '',
      `Hej ${N.lone(d.p.first)}!`, `Du har nu lämnat blod ${rng.pick([25, 50, 75, 100])} gånger. Som tack får du en medalj vid nästa besök.`, `Frågor? Ring givarservice ${N.id('switchboard', O.switchboard, 'phone')}.`, '',
      `Med vänlig hälsning`, `${R.nm(STAFF[11], 'full', 'staff')}, enhetschef`, footer(R, O, ['orgnr']), '', '');
  }
  const f = pdfLines(lines, { per: 34, title: 'Tackbrev' }); C.put(R.file, f.bytes, f.text);
}

function eventHtml(C) {
  const R = at(C, `${DIR}/rekrytering_foretagsevent.html`); const N = nears(R, rng);
  const rows = donors(45).map((d) => `<tr><td>${htmlEsc(R.nm(d.p))}</td><td>${htmlEsc(N.look('company', rng.pick(['Volvo CE Eskilstuna', 'ABB Västerås', 'Westinghouse Electric Sweden', LOOKALIKE.company[0], LOOKALIKE.company[4]])))}</td><td><a href="mailto:${R.em(d.em)}">${d.em.value}</a></td><td>${R.ph(d.ph)}</td><td>${rng.pick(['Ja', 'Nej', 'Vet ej'])}</td></tr>`);
  const html = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Anmälningar – Blodbussen på företag</title><style>td{padding:2px 6px}</style></head><body>\n<h1>Blodbussen besöker företag – anmälda</h1>\n<p>Kontaktperson: ${htmlEsc(R.nm(STAFF[10], 'full', 'staff'))}, ${R.t('phone', STAFF[10].direct.value, 'staff-direct')}. Frågor till <a href="mailto:${R.n('email', 'role-email', O.roles[3])}">${O.roles[3]}</a>.</p>\n<table border="1"><thead><tr><th>Namn</th><th>Arbetsgivare</th><th>E-post</th><th>Mobil</th><th>Givit förut</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>\n<p><small>${htmlEsc(footer(R, O, ['orgnr', 'service']))}</small></p></body></html>\n`;
  C.put(R.file, html, `${html}\n${htmlToText(html)}`);
}

function jiraCsv(C) {
  const R = at(C, `${DIR}/jira_servicedesk_BLOD.csv`); const N = nears(R, rng);
  const rows = [['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Created', 'Description', 'Custom field (Givare)']];
  for (let i = 0; i < 36; i++) {
    const d = donors(1)[0]; const a = rng.pick(STAFF); const r = rng.pick(STAFF); const day = date(rng);
    const desc = rng.pick([() => `Givaren ${R.nm(d.p)} (${R.pn(d.pn)}) fick fel kallelse.\nMobil ${R.ph(d.ph)}\n\nSteg: kolla ProSang-koppling`, () => `Dubbletter i registret: ${R.nm(d.p, 'caps')} / ${R.nm(d.p, 'surname-first')}.\nGivarID ${N.id('donor-id', d.id)} och ${N.id('donor-id', donorId())}`,
      () => `SMS-gateway returnerar UNDELIV för ${R.ph(phone(rng, 'mobile', 'plain46'))}.\nLogg: ${N.server(O.servers[0])}`, () => `Etikettskrivaren i bussen skriver ut ${N.id('donation-no', din())} två gånger. Rapporterat av ${R.nm(r, 'full', 'staff')}.`])();
    rows.push([rng.pick(['Fel i kallelse', 'Dubblett givare', 'SMS ej levererat', 'Etikettskrivare', 'Behörighet ProSang']), N.id('ticket-no', `BLOD-${rng.int(100, 2400)}`), num(rng, 5), rng.pick(['Incident', 'Service request']), rng.pick(['Open', 'Done', 'In Progress']), rng.pick(['Medium', 'High']),
      R.nm(a, 'full', 'staff'), R.nm(r, 'full', 'staff'), `${dotDate(day).replace(/\./g, '/')} ${hhmm(rng)}`, desc, R.nm(d.p, 'full')]);
  }
  const f = csv(rows, { sep: ',', quoteAll: true }); C.put(R.file, f.bytes, f.text);
}

function teamsJson(C) {
  const R = at(C, `${DIR}/teams_chat_tappningsteamet.json`); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 70; i++) {
    const s = rng.pick(STAFF); const d = donors(1)[0]; const day = date(rng, '2026-09-01', '2026-11-24');
    const content = rng.pick([() => `${R.nm(d.p, rng.pick(['full', 'lower']))} står i kö men har karens, kan någon ringa ${R.ph(d.ph)}?`, () => `Bussen står vid ${N.look('street', rng.pick(LOOKALIKE.street))} idag`, () => `Hb-maskinen på plan 2 visar fel igen (${N.id('serial-no', `HB201-${alnum(rng, 6)}`)})`,
      () => `Kan du ta ${R.nm(d.p, 'short')} kl ${hhmm(rng)}? ${N.lone(rng.pick(LONE))} är sjuk`, () => 'Fika i personalrummet 15.00', () => `Ny givare ${R.nm(d.p)}, ${R.pn(d.pn)} – ID-kontroll ej gjord`])();
    msgs.push({ id: num(rng, 13), messageType: 'message', createdDateTime: isoTs(rng, day, 6, 18), from: { user: { displayName: R.nm(s, 'full', 'staff'), userIdentityType: 'aadUser', id: `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}` } }, body: { contentType: 'html', content: `<div>${htmlEsc(content)}</div>` } });
  }
  const t = jsonText({ '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A...')/messages", value: msgs }); C.put(R.file, t, t);
}

function reaktionDocx(C) {
  const R = at(C, `${DIR}/hemovigilans_givarreaktion_2026-11.docx`); const N = nears(R, rng);
  const b = [{ h: 'Rapport – givarreaktion (hemovigilans)' }];
  for (let i = 0; i < 8; i++) {
    const d = donors(1)[0]; const s = rng.pick(STAFF.slice(0, 6)); const w = person(rng);
    b.push({ h: `Händelse ${N.id('deviation-no', `AV-2026-${num(rng, 4)}`)}` },
      { table: [['Givare', R.nm(d.p)], ['Personnummer', R.pn(d.pn)], ['Tappningsnr', N.id('donation-no', din())], ['Tappställe', rng.pick(SITES)], ['Ansvarig ssk', R.nm(s, 'full', 'staff')]] },
      { runs: ['Förlopp: givaren blev blek efter ', `${rng.int(200, 450)} ml`, '. Lades ned, benen högt. ', `Vittne: ${R.nm(w)}`, ` (${R.ph(phone(rng))}). `, rng.chance(0.5) ? `Make ${R.nm(kin(rng, d.p))} kontaktad.` : 'Ingen anhörig kontaktad.'] },
      `Hb före: ${N.id('hb-value', hb())} g/L. Åtgärd: karens ${rng.int(3, 12)} mån.`);
  }
  b.push(`Granskad av ${R.nm(STAFF[11], 'full', 'staff')}, ${N.date('2026-11-23')}`);
  const f = docx(b, { creator: R.nm(STAFF[0], 'full', 'docx-creator') }); C.put(R.file, f.bytes, f.text);
}

export default function build(C) {
  registerCsv(C); smsLog(C); bookingsTsv(C); protokollXlsx(C); karensTxt(C); accessLog(C); kundMbox(C); intercomJson(C); tackPdf(C); eventHtml(C); jiraCsv(C); teamsJson(C); reaktionDocx(C);
}
