// Twenty-fourth blind set — an electronics web shop's warranty and repair desk: Kretsbutiken Nordic AB.
// Jira Service Management RMA export (UTF-8, quoted multi-line cells), courier events (NDJSON), Intercom
// conversations (JSON), warranty mail (mbox), workshop reports (PDF), a ServiceNow XML export, HTML-only return
// labels, complaint decisions (.docx), a Freshdesk export (cp1252), the admin portal's access log, spare parts and
// technicians (.xlsx), a Teams channel export (HTML) and a zip of workshop notes with a zip inside.
import { Rng, person, people, kin, nameAs, nameStyle, NM, pnr, phone, email, workEmail, T, org, footer, role, server, nears, date, dotDate, slashDate, hhmm, hms, addDays,
  num, safe, alnum, kr, ocr, imei, ipVal, csv, xlsx, docx, eml, mbox, zip, rfcDate, pdfLines, jsonText, putW, htmlEml, htmlPage, H, xmlEsc, LONE, p2, letters, postcode } from './core.mjs';

const O = { name: 'Kretsbutiken Nordic AB', domain: 'kretsbutiken.se' };
const PRODUCTS = ['Samsung Galaxy S24', 'iPhone 15 Pro', 'Lenovo ThinkPad E14', 'Dell Latitude 5440', 'Sony WH-1000XM5', 'Nintendo Switch OLED', 'LG OLED55C3', 'Garmin Forerunner 265', 'Dyson V15', 'iPad Air 11'];
const LOOK = ['Marshall Emberton', 'Marshall Major IV', 'Jamie Oliver Tefal', 'Victor Hasselblad X2D', 'Sonos Ray', 'Philips Hue', 'Jabra Elite 8', 'Bose QuietComfort'];
const COURIERS = ['PostNord', 'DHL Freight', 'Budbee', 'Instabox', 'Schenker'];

function world() {
  const rng = new Rng('reparation/world');
  const o = org(rng, { ...O, area: '8', roles: ['service', 'info', 'noreply', 'rma', 'reklamation'] });
  const techs = people(rng, 10, { cp1252: true, middle: 0 }).map((p) => ({ p, mail: workEmail(p, O.domain), user: `${p.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${p.last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}`, direct: phone(rng, 'landline', 'grouped') }));
  return { o, techs, office: `${rng.pick(['81.170', '213.66'])}.${rng.int(1, 250)}.${rng.int(2, 250)}` };
}
const W = world();
const cust = (rng, opts) => { const p = person(rng, opts); return { p, ph: phone(rng, rng.chance(0.93) ? 'mobile' : rng.chance(0.5) ? 'landline' : 'foreign'), em: email(rng, p) }; };
const custs = (rng, n, opts) => people(rng, n, opts).map((p) => ({ p, ph: phone(rng, rng.chance(0.93) ? 'mobile' : 'landline'), em: email(rng, p) }));
const prod = (R, rng) => (rng.chance(0.2) ? R.n('name', 'product-name', rng.pick(LOOK)) : rng.pick(PRODUCTS));
const serial = (R, rng) => R.n(null, 'serial-number', rng.pick([() => `SN${alnum(rng, 10)}`, () => `${letters(rng, 2)}${num(rng, 8)}`, () => `R58${alnum(rng, 8)}`])());
const imeiN = (R, rng) => R.n(null, 'imei', imei(rng));
const rmaNo = (R, rng) => R.n(null, 'rma-number', `RMA-${num(rng, 6)}`);

function jira(C) {
  const file = 'reparation/jira_rma_export.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Issue key', 'Summary', 'Status', 'Reporter', 'Customer name', 'Customer email', 'Customer phone', 'Product', 'Serial number', 'IMEI', 'Description', 'Created', 'Assignee']];
  for (const c of custs(rng, 115)) {
    const t = rng.pick(W.techs); const p = prod(R, rng); const phoneish = /Galaxy|iPhone/.test(p);
    const desc = rng.pick([() => `Kunden uppger att skärmen flimrar.\nRingt ${T(R, 'phone', c.ph)} ${N.date(dotDate(date(rng)))}, ej svar.`, () => 'Laddar inte. Testat annan kabel.\n\nKund har kvitto.',
      () => `Enheten lämnades in av ${rng.pick(['sambon', 'dottern', 'grannen'])} ${NM(R, kin(rng, c.p), 'full', 'running-text')}.\nÅterlämnas till kund.`, () => `Fuktskada? Indikator röd.\nKontakta kund: ${T(R, 'email', c.em)}`])();
    rows.push([N.id('ticket-number', `RMA-${rng.int(1000, 9999)}`), `${rng.pick(['Garanti', 'Reparation', 'DOA', 'Reklamation'])}: ${p}`, rng.pick(['Waiting for customer', 'In progress', 'Resolved', 'Closed']), NM(R, t.p, 'full', 'staff'),
      NM(R, c.p, rng.pick(['full', 'full', 'lower', 'caps'])), T(R, 'email', c.em), rng.chance(0.8) ? T(R, 'phone', c.ph) : '', p, serial(R, rng), phoneish ? imeiN(R, rng) : '', desc, `${date(rng)} ${hhmm(rng)}`, t.user]);
    N.id('username', t.user, 'name');
  }
  putW(C, file, csv(rows, { sep: ',' }));
}

function kurir(C) {
  const file = 'reparation/kurirhandelser.ndjson'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 50; i++) {
    const c = cust(rng); const tr = N.id('tracking-number', rng.pick([() => `00370${num(rng, 13)}`, () => `JJSE${num(rng, 12)}`, () => `BB${alnum(rng, 10)}`])());
    const carrier = rng.pick(COURIERS);
    for (const ev of rng.pick([['CREATED', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED'], ['CREATED', 'IN_TRANSIT', 'NOTIFIED', 'COLLECTED'], ['CREATED', 'FAILED_DELIVERY']])) {
      const o = { ts: `${date(rng)}T${hms(rng)}Z`, carrier, tracking: tr, event: ev, rma: rmaNo(R, rng) };
      if (ev === 'CREATED') o.recipient = { name: NM(R, c.p, rng.pick(['full', 'caps'])), phone: T(R, 'phone', c.ph), email: T(R, 'email', c.em), postalCode: N.postcode(postcode(rng)) };
      if (ev === 'NOTIFIED') o.sms = { to: T(R, 'phone', { value: c.ph.value, subtype: c.ph.subtype }), pickupCode: N.id('pickup-code', rng.digits(6)) };
      if (ev === 'COLLECTED' && rng.chance(0.3)) o.collectedBy = NM(R, kin(rng, c.p), 'full', 'proxy');
      if (ev === 'FAILED_DELIVERY') o.note = 'Ingen hemma, avi lämnad';
      lines.push(JSON.stringify(o));
    }
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function intercom(C) {
  const file = 'reparation/intercom_conversations.json'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const convs = [];
  for (let i = 0; i < 25; i++) {
    const c = cust(rng); const t = rng.pick(W.techs);
    const cv = { id: num(rng, 12), created_at: Number(N.id('unix-timestamp', safe(() => `17${rng.digits(8)}`))), source: { author: { type: 'user', name: NM(R, c.p, rng.pick(['full', 'full', 'lower'])), email: T(R, 'email', c.em) } },
      contacts: [{ location: { city_name: rng.pick(['Stockholm', 'Göteborg', 'Malmö', 'Umeå']) }, last_seen_ip: T(R, 'ip', ipVal(rng)) }], conversation_parts: [] };
    cv.conversation_parts.push({ author: { type: 'user', name: c.p.full }, body: `<p>${H(rng.pick([() => `Hej! Min ${prod(R, rng)} har gått sönder efter 3 månader. Serienummer ${serial(R, rng)}.`, () => `hallå? väntat 2 veckor på min reparation ${rmaNo(R, rng)}`, () => `Hi, I'm ${NM(R, c.p, 'full', 'self-intro')} – can I get a replacement instead of repair?`])())}</p>` });
    cv.conversation_parts.push({ author: { type: 'admin', name: R.t('name', t.p.full, 'chat-speaker') }, body: `<p>${H(rng.pick([() => `Hej ${N.lone(c.p.first)}! Jag kollar upp det direkt.`, () => `Tack! Vi ringer dig på ${T(R, 'phone', c.ph)} inom en timme.`, () => 'Reservdelen är beställd.'])())}</p>` });
    if (rng.chance(0.4)) cv.conversation_parts.push({ author: { type: 'user', name: c.p.full }, body: `<p>${H(`Mitt nummer är ${T(R, 'phone', c.ph)}`)}</p>` });
    convs.push(cv);
  }
  C.put(file, jsonText({ type: 'conversation.list', conversations: convs }));
}

function garanti(C) {
  const file = 'reparation/garantiarenden.mbox'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 36; i++) {
    const c = cust(rng); const t = rng.pick(W.techs); const d = date(rng); const inb = rng.chance(0.65);
    const cem = T(R, 'email', c.em);
    let text;
    if (inb) text = rng.pick([() => `Hej,\n\nJag köpte en ${prod(R, rng)} (order ${N.id('order-number', `KB${num(rng, 8)}`)}) och den startar inte längre. Vill reklamera.\n\nMvh\n${NM(R, c.p, 'full', 'signature')}\n${T(R, 'phone', c.ph)}`,
      () => `hej. skickade in min telefon för 3 veckor sen, IMEI ${imeiN(R, rng)}. vad händer?? /${NM(R, c.p, 'lower', 'lower')}`,
      () => `Hello,\nI am writing on behalf of my father ${NM(R, kin(rng, c.p), 'full', 'running-text')}, who does not use e-mail. His laptop was repaired under ${rmaNo(R, rng)} but the keyboard still fails.\n\nKind regards,\n${NM(R, c.p, 'full', 'signature')}\n${T(R, 'phone', rng.chance(0.4) ? phone(rng, 'foreign') : c.ph)}`])();
    else text = `Hej ${N.lone(c.p.first)},\n\nVi har tagit emot din produkt och felsökt den. Ärendet ${rmaNo(R, rng)} hanteras som garanti.\n\nMed vänlig hälsning\n${NM(R, t.p, 'full', 'signature')}\nTekniker, ${O.name}\nDirekt: ${T(R, 'phone', { value: t.direct.value, subtype: 'staff-direct' })}\n${footer(R, W.o, ['orgnr', 'service'])}\n\n-----Ursprungligt meddelande-----\nFrån: ${c.p.full} <${c.em.value}>\nSkickat: ${N.date(dotDate(addDays(d, -2)))}\nÄmne: Reklamation\n\nDen funkar inte.`;
    const cName = !inb || rng.chance(0.8) ? R.t('name', c.p.full, 'header-display') : ''; if (!inb) { R.t('email', t.mail, 'staff-work'); R.t('name', t.p.full, 'header-display'); }
    msgs.push({ from: inb ? [cName, cem] : [t.p.full, t.mail], to: inb ? [['RMA', W.o.roles[3]]] : [[cName, cem]], subject: inb ? rng.pick(['Reklamation', 'Var är min telefon?', 'Repair not working']) : 'SV: Reklamation',
      date: rfcDate(d, hms(rng)), id: `${alnum(rng, 20)}@${inb ? 'mail.example' : O.domain}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
    if (inb) R.n('email', 'role-email', W.o.roles[3]);
  }
  putW(C, file, mbox(msgs));
}

function verkstad(C) {
  const file = 'reparation/verkstadsrapporter_v46.pdf'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [{ text: `Verkstadsrapporter vecka 46 – ${O.name}`, bold: true, size: 13 }, ''];
  for (let i = 0; i < 55; i++) {
    const c = cust(rng, { cp1252: true }); const t = rng.pick(W.techs);
    lines.push(`${rmaNo(R, rng)}  ${rng.pick(PRODUCTS)}  S/N ${serial(R, rng)}`, `Kund: ${NM(R, c.p, rng.pick(['full', 'surname-first', 'caps']))}  Tel: ${T(R, 'phone', c.ph)}`,
      `Åtgärd: ${rng.pick(['Byte av skärm', 'Byte av batteri', 'Moderkort bytt', 'Ingen åtgärd – kundorsakat fel', 'Rengöring + uppdatering'])}  Kostnad: ${N.amount(`${kr(rng, 0, 6000)} kr`)}  Tekniker: ${NM(R, t.p, 'initial', 'initial')}`, '');
  }
  putW(C, file, pdfLines(lines, { per: 50, title: 'Verkstadsrapporter v46' }));
}

function servicenow(C) {
  const file = 'reparation/servicenow_incidents.xml'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<xml>'];
  for (let i = 0; i < 55; i++) {
    const c = cust(rng); const t = rng.pick(W.techs);
    out.push('  <incident action="INSERT_OR_UPDATE">', `    <number>${N.id('ticket-number', `INC00${num(rng, 5)}`)}</number>`, `    <caller_id display_value="${xmlEsc(NM(R, c.p, rng.pick(['full', 'surname-first'])))}">${alnum(rng, 32).toLowerCase()}</caller_id>`,
      `    <u_email>${T(R, 'email', c.em)}</u_email>`, `    <u_phone>${T(R, 'phone', c.ph)}</u_phone>`, `    <cmdb_ci>${xmlEsc(prod(R, rng))}</cmdb_ci>`, `    <u_serial>${serial(R, rng)}</u_serial>`,
      `    <assigned_to display_value="${xmlEsc(NM(R, t.p, 'full', 'staff'))}">${t.user}</assigned_to>`,
      `    <comments>${xmlEsc(rng.pick([() => `${N.date(date(rng))} ${hms(rng)} - ${t.p.full} (Additional comments)\nKund ringde från ${T(R, 'phone', phone(rng, 'mobile'))}, vill ha status.`, () => 'Väntar på reservdel.', () => `Kunden ${NM(R, c.p, 'short', 'running-text')} godkände offert.`])())}</comments>`, '  </incident>');
    N.id('username', t.user, 'name');
  }
  out.push('</xml>');
  C.put(file, `${out.join('\n')}\n`);
}

function etiketter(C) {
  for (const n of [1]) {
    const file = `reparation/returetikett_${n === 1 ? 'postnord' : 'budbee'}.eml`; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
    const c = cust(rng);
    const html = `<html><body><table width="600"><tr><td><h2>Din returetikett</h2><p>Hej ${H(N.lone(c.p.first))},</p><p>Här är fraktsedeln för ditt ärende <b>${rmaNo(R, rng)}</b>.</p>
<table border="1" cellpadding="4"><tr><td>Avsändare</td><td>${H(NM(R, c.p, 'full'))}<br>${H(`${rng.pick(['Storgatan', 'Vasavägen', 'Kungsgatan'])} ${rng.int(1, 80)}`)}<br>${N.postcode(postcode(rng))} ${rng.pick(['Uppsala', 'Västerås', 'Örebro'])}<br>Tel ${H(T(R, 'phone', c.ph))}</td></tr>
<tr><td>Mottagare</td><td>${H(O.name)}<br>Verkstaden, Port 4<br>Tel ${H(R.n('phone', 'switchboard', W.o.switchboard))}</td></tr><tr><td>Kolli-ID</td><td>${N.id('tracking-number', `00370${num(rng, 13)}`)}</td></tr></table>
<p style="font-size:11px">${H(footer(R, W.o, ['orgnr']))}</p></td></tr></table></body></html>`;
    putW(C, file, htmlEml({ from: ['Kretsbutiken Service', W.o.roles[2]], to: [[R.t('name', c.p.full, 'header-display'), T(R, 'email', c.em)]], subject: 'Din returetikett', date: rfcDate(date(rng), '09:14:00'), id: `${alnum(rng, 20)}@${O.domain}`, html, enc: n === 1 ? 'b64' : 'qp' }));
    R.n('email', 'role-email', W.o.roles[2]);
  }
}

function reklamation(C) {
  const file = 'reparation/reklamationsbeslut_arn.docx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const jur = person(rng, { middle: 0 }); const creator = NM(R, jur, 'full', 'docx-creator');
  const blocks = [{ h: 'Reklamationsbeslut och yttranden till ARN' }, `Sammanställt av ${NM(R, jur, 'full', 'staff')}, bolagsjurist.`];
  for (let i = 0; i < 18; i++) {
    const c = cust(rng);
    blocks.push({ h: `ARN-ärende ${N.id('arn-number', `${rng.int(2025, 2026)}-${num(rng, 5)}`)}` }, { table: [['Anmälare', NM(R, c.p, rng.pick(['full', 'surname-first']))], ['Personnummer', T(R, 'personnummer', pnr(rng, { minYear: 1945, maxYear: 2004 }))], ['Telefon', T(R, 'phone', c.ph)], ['Vara', prod(R, rng)], ['Köpt', N.date(date(rng, '2024-01-01', '2026-06-30'))]] },
      rng.pick([() => `Bolaget bestrider kravet. Felet är orsakat av vätska, se rapport ${rmaNo(R, rng)}.`, () => `Bolaget medger kravet och återbetalar ${N.amount(`${kr(rng, 500, 15000)} kr`)} till ${NM(R, c.p, 'full', 'running-text')}.`, () => `Anmälarens ombud ${NM(R, person(rng), 'full', 'attorney')} har begärt anstånd.`])());
  }
  putW(C, file, docx(blocks, { creator }));
}

function freshdesk(C) {
  const file = 'reparation/freshdesk_tickets.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Type', 'Agent', 'Group', 'Created time', 'Full name', 'Email', 'Work phone', 'Mobile phone']];
  for (const c of custs(rng, 95, { cp1252: true })) {
    const t = rng.pick(W.techs);
    rows.push([num(rng, 6), rng.pick(['Trasig laddare', 'Retur ångerrätt', 'Garanti – ljud', 'Fel vara levererad']), rng.pick(['Open', 'Pending', 'Resolved', 'Closed']), rng.pick(['Low', 'Medium', 'High']), rng.pick(['Email', 'Phone', 'Portal', 'Chat']),
      'Problem', NM(R, t.p, 'full', 'staff'), rng.pick(['Verkstad', 'Kundservice', 'Retur']), `${dotDate(date(rng))} ${hhmm(rng)}`, NM(R, c.p, rng.pick(['full', 'full', 'caps'])), T(R, 'email', c.em),
      rng.chance(0.15) ? T(R, 'phone', phone(rng, 'landline')) : '', rng.chance(0.75) ? T(R, 'phone', c.ph) : '']);
  }
  putW(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}

function access(C) {
  const file = 'reparation/orderstatus_access.log'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 260; i++) {
    const staff = rng.chance(0.25);
    const ip = staff ? R.n('ip', 'server-ip', W.office) : T(R, 'ip', ipVal(rng));
    const who = staff ? rng.pick(W.techs).user : '-';
    if (staff) N.id('username', who, 'name');
    lines.push(`${date(rng)}T${hms(rng)}+01:00 ${ip} ${who} ${rng.pick(['GET /status/', 'GET /rma/', 'POST /rma/'])}${num(rng, 6)} ${rng.pick([200, 200, 304, 404])} ${rng.int(200, 9000)}ms=${rng.int(3, 900)}${!staff && rng.chance(0.3) ? ` email=${T(R, 'email', email(rng, person(rng)))}` : ''}`);
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function reservdelar(C) {
  const file = 'reparation/reservdelar_och_tekniker.xlsx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const creator = NM(R, W.techs[0].p, 'full', 'xlsx-creator');
  const parts = [['Artikelnr', 'Benämning', 'Lager', 'Reserverad för', 'RMA', 'Tekniker']];
  for (let i = 0; i < 110; i++) {
    const c = cust(rng);
    parts.push([N.id('article-number', `${num(rng, 3)}-${num(rng, 5)}`), `${rng.pick(['Skärm', 'Batteri', 'Laddport', 'Högtalare', 'Moderkort'])} ${rng.pick(PRODUCTS)}`, String(rng.int(0, 40)),
      rng.chance(0.6) ? NM(R, c.p, rng.pick(['surname-first', 'full'])) : '', rmaNo(R, rng), NM(R, rng.pick(W.techs).p, 'initial', 'initial')]);
  }
  const techs = [['Namn', 'Användare', 'Direkt', 'E-post', 'Certifiering']];
  for (const t of W.techs) { techs.push([NM(R, t.p, 'full', 'staff'), N.id('username', t.user, 'name'), T(R, 'phone', { value: t.direct.value, subtype: 'staff-direct' }), R.t('email', t.mail, 'staff-work'), rng.pick(['Apple ACiT', 'Samsung Level 2', 'Dell Certified', '-'])]); }
  putW(C, file, xlsx([{ name: 'Reservdelar', rows: parts }, { name: 'Tekniker', rows: techs }], { creator }));
}

function teams(C) {
  const file = 'reparation/teams_kanal_verkstaden.html'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const items = [];
  for (let i = 0; i < 110; i++) {
    const t = rng.pick(W.techs); const c = cust(rng);
    const msg = rng.pick([() => `kan nån ringa ${NM(R, c.p, 'full', 'running-text')}? ${T(R, 'phone', c.ph)} – hen har ringt 4 ggr om ${rmaNo(R, rng)}`, () => `@${N.lone(rng.pick(W.techs).p.first)} batterierna till ${prod(R, rng)} har kommit`,
      () => `kund ${NM(R, c.p, 'lower', 'lower')} står i butiken och är arg, någon?`, () => 'lunch 12?', () => `mejla ${T(R, 'email', c.em)} offerten, jag har inte tid`])();
    items.push(`<div class="message"><span class="sender">${H(R.t('name', t.p.full, 'chat-speaker'))}</span> <span class="time">${N.date(date(rng))} ${hhmm(rng)}</span><div class="body">${H(msg)}</div></div>`);
  }
  putW(C, file, htmlPage(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Verkstaden – Teams-export</title></head><body><h1>Kanal: Verkstaden</h1>\n${items.join('\n')}\n</body></html>`));
}

function zipNotes(C) {
  const file = 'reparation/verkstad_anteckningar.zip'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const texts = [];
  const notes = [];
  for (let i = 0; i < 70; i++) { const c = cust(rng); notes.push(`${rmaNo(R, rng)} ${NM(R, c.p, rng.pick(['full', 'lower', 'surname-first']))} ${T(R, 'phone', c.ph)} – ${rng.pick(['klar för hämtning', 'väntar del', 'ej lönsam, skrotas enl kund', 'data raderad'])}`); }
  const notesT = notes.join('\n'); texts.push(notesT);
  const rows = [['namn', 'pnr', 'lånetelefon imei']];
  for (let i = 0; i < 30; i++) { const c = cust(rng); rows.push([NM(R, c.p, 'full'), T(R, 'personnummer', pnr(rng)), imeiN(R, rng)]); }
  const inner = csv(rows, { sep: ',' }); texts.push(inner.text);
  C.put(file, zip([{ name: 'anteckningar_nov.txt', data: notesT }, { name: 'lanetelefoner.zip', data: zip([{ name: 'lanetelefoner.csv', data: inner.bytes }]) }]), texts.join('\n'));
}

export default function build(C) {
  jira(C); kurir(C); intercom(C); garanti(C); verkstad(C); servicenow(C); etiketter(C); reklamation(C); freshdesk(C); access(C); reservdelar(C); teams(C); zipNotes(C);
}
