// Eleventh blind set — itsupport/: the IT helpdesk of an invented logistics company, Ferrovia Logistik AB, using
// ServiceNow and Jira. Employees, consultants and agents are people; their workstations' and VPN sessions' addresses
// are truth ('private-ip' for RFC 1918 / CGNAT), the company's servers, VPN concentrators and printers are
// near-misses ('server-ip'), as are hostnames, asset tags, MAC addresses, versions and ticket numbers. A ServiceNow
// CSV with multi-line work notes, Jira JSON and Jira RSS XML (HTML-escaped descriptions), a VPN log, an mbox
// (ServiceNow HTML notifications, onboarding mail with personnummer), a Teams-like chat, an asset .xlsx, an SLA PDF
// and an Active Directory CSV export (BOM, `;`, given name and surname in separate columns).
import { Rng, uid, ctx, org, orgNear, person, people, date, hhmm, clock, csv, xlsx, pdf, rfcDate, xmlEsc, L, workEmail, p2 } from './core.mjs';
import { single, multi, mboxOf, stamp, quote, htmlDoc, xmlDecode } from './kit.mjs';

export const O = org('itsupport', { domain: 'ferrovialogistik.se', roles: ['servicedesk', 'noreply', 'hr', 'it-security'], servers: 6 });
const BRAND = 'Ferrovia Logistik AB';
const DEPTS = ['Lager Eskilstuna', 'Transport', 'Ekonomi', 'Kundservice', 'Inköp', 'HR', 'Terminal Hallsberg', 'IT'];
const host = (w) => w.pat('hostname', `FL-${w.rng.pick(['LT', 'WS', 'TC'])}-####`);
const inc = (w) => w.pat('ticket-number', 'INC00#####');
const PROBLEMS = [(w) => `${w.rng.pick(L.APPS)} startar inte efter uppdatering till ${w.nm('version')}`, (w) => `kan inte skriva ut till skrivaren på ${w.fix('ip', 'server-ip', w.rng.pick(O.servers))}`,
  () => 'låst konto efter tre felaktiga inloggningar', (w) => `VPN kopplar ner var femte minut, klient-IP ${w.ip('private')}`, (w) => `ny mobil behöver BankID och Outlook, IMEI ${w.pat('imei', '35#############')}`,
  (w) => `delad mapp \\\\${w.rng.pick(['fs01', 'fs02'])}.ferrovia.local\\${w.rng.pick(DEPTS).split(' ')[0]} saknas`, () => 'skärmen flimrar i dockningsstationen', (w) => `får phishingmejl från ${w.nm('company', (v) => v.replace(' & ', ' och '))}`];

function servicenow(C) {
  const file = 'itsupport/servicenow-incidents.csv'; const rng = new Rng(file); const w = ctx(C, file, rng); const agents = people(rng, 6);
  const rows = [['number', 'opened_at', 'caller_id', 'u_caller_phone', 'category', 'short_description', 'description', 'cmdb_ci', 'assignment_group', 'assigned_to', 'state', 'work_notes']];
  for (let i = 0; i < 40; i++) {
    const p = person(rng); const a = rng.pick(agents); const k = clock(rng, date(rng)); const problem = rng.pick(PROBLEMS)(w); const opened = `${k.day()} ${k.hms()}`; const pc = host(w);
    const desc = `Användare: ${w.name(p)} (${w.work(p, O.domain)})\nAvdelning: ${rng.pick(DEPTS)}\nDator: ${pc}, IP ${w.ip('private')}\n\n${problem}.\n${rng.chance(0.3) ? `Chef ${w.name(person(rng))} har godkänt.` : ''}`;
    const notes = [`${k.next([600, 7200]).day()} ${k.hms()} - ${w.name(a)} (Work notes)\nRingt ${w.lone(p)} på ${w.phone('mobile')}, ${rng.pick(['fjärrstyrning via TeamViewer', 'ombokat till imorgon', 'ingen svarar', 'löst, stänger'])}.`];
    if (rng.chance(0.4)) notes.push(`${k.next([600, 7200]).day()} ${k.hms()} - ${w.name(rng.pick(agents))} (Work notes)\nEskalerat till nätverk. Server ${w.fix('ip', 'server-ip', rng.pick(O.servers))} svarar inte på ping.`);
    rows.push([inc(w), opened, w.name(p, rng.pick(['full', 'full', 'surname-first'])), rng.chance(0.6) ? w.phone() : '', rng.pick(['Software', 'Hardware', 'Network', 'Access']), problem, desc, pc, 'Servicedesk L1', w.name(a), rng.pick(['New', 'In Progress', 'Resolved', 'Closed']), notes.reverse().join('\n\n')]);
  }
  const r = csv(rows, { bom: true });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function jiraJson(C) {
  const file = 'itsupport/jira-export.json'; const rng = new Rng(file); const w = ctx(C, file, rng); const agents = people(rng, 5);
  const user = (p) => ({ accountId: `5f${rng.digits(6)}c${rng.int(1000, 9999).toString(16)}`, displayName: w.name(p), emailAddress: w.work(p, O.domain), active: true, timeZone: 'Europe/Stockholm' });
  const issues = Array.from({ length: 30 }, (_, i) => {
    const p = person(rng); const a = rng.pick(agents); const k = clock(rng, date(rng));
    return { key: `ITS-${1800 + i * 3}`, fields: { summary: rng.pick(['Behörighet till SAP', 'Ny användare', 'Laptop trasig', 'MFA fungerar inte', 'Avslut anställning']), issuetype: { name: rng.pick(['Service Request', 'Incident']) },
      reporter: user(p), assignee: user(a), created: `${k.iso().slice(0, 19)}.000+0100`, priority: { name: rng.pick(['Low', 'Medium', 'High']) }, customfield_10045: rng.chance(0.5) ? w.phone('mobile') : null,
      description: rng.pick([() => `Hej!\nJag behöver behörighet för ${w.name(person(rng))} som börjar ${w.nm('date')}. Personnummer ${w.pnr({ minYear: 1965, maxYear: 2004 })} (behövs för passerkort).\n/${w.name(p)}`,
        () => `Min dator ${host(w)} startar inte. Jag jobbar hemifrån, min IP är ${w.ip(rng.chance(0.3) ? 'v6' : 'public')}.`, () => `${rng.pick(PROBLEMS)(w)}. Ring mig på ${w.phone()}.`,
        () => `Konsulten ${w.name(person(rng))} (${w.mail(person(rng))}) behöver gästkonto t.o.m. ${w.nm('date')}.`])(),
      comment: { comments: Array.from({ length: rng.int(1, 3) }, () => ({ author: { displayName: w.name(a) }, created: `${k.next([300, 9000]).iso().slice(0, 19)}.000+0100`, body: rng.pick([() => `Hej ${w.lone(p)}, fixat!`, () => 'Väntar på godkännande från chef.', () => `Se även ${w.pat('ticket-number', 'ITS-####')}.`, () => `Tilldelat ${w.name(rng.pick(agents))}.`])() })) } } };
  });
  const text = JSON.stringify({ expand: 'schema,names', startAt: 0, maxResults: 50, total: issues.length, issues }, null, 2);
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function jiraRss(C) {
  const file = 'itsupport/jira-rss.xml'; const rng = new Rng(file); const w = ctx(C, file, rng); const agents = people(rng, 4);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="0.92"><channel><title>Jira - ITS</title><link>https://jira.ferrovia.local</link><build-info><version>9.12.4</version></build-info>'];
  w.fix('ip', 'version', '9.12.4');
  for (let i = 0; i < 30; i++) {
    const p = person(rng); const a = rng.pick(agents); const key = `ITS-${2100 + i}`; const uname = workEmail(p, O.domain).split('@')[0];
    const desc = `<p>Hej!</p><p>${xmlEsc(rng.pick(PROBLEMS)(w))}. Nås på <b>${w.phone()}</b>.</p><p>Mvh<br/>${w.name(p)}</p>`;
    out.push(`<item><title>[${key}] ${xmlEsc(rng.pick(['Skrivare', 'Konto', 'VPN', 'Telefon']))}</title><key id="${rng.digits(5)}">${key}</key>`, `<description>${xmlEsc(desc)}</description>`,
      `<reporter username="${uname}">${xmlEsc(w.name(p))}</reporter><assignee username="${workEmail(a, O.domain).split('@')[0]}">${xmlEsc(w.name(a))}</assignee>`,
      `<comments><comment author="${workEmail(a, O.domain).split('@')[0]}" created="${date(rng)} ${hhmm(rng)}">${xmlEsc(`<p>${rng.pick([() => `Pratat med ${w.name(p, 'lower')}, löst.`, () => `${w.lone(p)} återkommer.`, () => `Kopplat upp mot ${host(w)}.`])()}</p>`)}</comment></comments></item>`);
  }
  out.push('</channel></rss>', '');
  const raw = out.join('\n'); const text = xmlDecode(raw);
  orgNear(w, O, text); C.put(file, Buffer.from(raw), text);
}

function vpn(C) {
  const file = 'itsupport/vpn-auth.log'; const rng = new Rng(file); const w = ctx(C, file, rng); const users = people(rng, 25); const out = []; const k = clock(rng, '2026-11-16', 5, 6);
  const gw = O.servers[4];
  for (let i = 0; i < 110; i++) {
    const p = rng.pick(users); k.next([5, 600]); const ts = `Nov ${k.day().slice(8)} ${k.hms()}`; const pid = rng.int(1000, 9999);
    const who = w.work(p, O.domain); const ext = w.ip(rng.chance(0.12) ? 'v6' : 'public'); const port = rng.int(1024, 65535);
    if (rng.chance(0.85)) out.push(`${ts} vpn01 ocserv[${pid}]: main[${who}]:${ext}:${port} user logged in`, `${ts} vpn01 ocserv[${pid}]: worker[${who}]: ${ext} assigned IPv4 ${w.ip('private')} via ${gw}`);
    else out.push(`${ts} vpn01 ocserv[${pid}]: main:${ext}:${port} failed authentication for '${who}' (MFA timeout)`);
    if (rng.chance(0.05)) out.push(`${ts} vpn01 radiusd[${rng.int(300, 400)}]: Login OK: [${who}] (from client ${O.servers[5]} port 0 cli ${ext})`);
  }
  const text = `${out.join('\n')}\n`;
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function mail(C) {
  const file = 'itsupport/servicedesk.mbox'; const rng = new Rng(file); const w = ctx(C, file, rng); const agents = people(rng, 3); const msgs = []; const stamps = [];
  for (let i = 0; i < 24; i++) {
    const p = person(rng); const a = rng.pick(agents); const d = date(rng); stamps.push(stamp(d)); const k = i % 4;
    if (k === 0) {
      const n = inc(w);
      const doc = htmlDoc([[`Incident ${n} har tilldelats dig`], [`Anmälare: ${w.name(p)}`, `Telefon: ${w.phone()}`, `Kort beskrivning: ${rng.pick(PROBLEMS)(w)}`, `Konfigurationsobjekt: ${host(w)}`], ['Detta är ett automatiskt meddelande från ServiceNow.']], { title: n });
      const mid = w.fix('email', 'message-id', `SN.${uid(rng, 12)}@ferrovia.service-now.com`);
      msgs.push(single({ from: ['ServiceNow', O.role.noreply], to: [[w.name(a), w.work(a, O.domain)]], subject: `Incident ${n} tilldelad`, date: rfcDate(d), id: mid, body: doc, enc: 'qp' }));
    } else if (k === 1) {
      const mgr = person(rng); const hr = person(rng);
      const body = `Hej Servicedesk!\n\nVi har en nyanställd som börjar ${w.nm('date')}:\n\nNamn: ${w.name(p)}\nPersonnummer: ${w.pnr({ minYear: 1968, maxYear: 2005 })}\nPrivat mejl (för välkomstbrev): ${w.mail(p)}\nMobil: ${w.phone('mobile')}\nAvdelning: ${rng.pick(DEPTS)}\nChef: ${w.name(mgr)}\n\nBehöver dator, passerkort och konto i Visma Lön.\n\nHälsningar\n${w.name(hr)}\nHR, ${BRAND}`;
      msgs.push(multi({ from: [w.name(hr), w.work(hr, O.domain)], to: [['Servicedesk', O.role.servicedesk]], cc: [[w.name(mgr), w.work(mgr, O.domain)]], subject: `Nyanställd ${p.first}`, date: rfcDate(d), id: `${uid(rng, 16)}@${O.domain}`, text: body, enc: 'b64' }));
      w.lone(p);
    } else if (k === 2) {
      const body = `Hej,\nmitt lösenord har gått ut och jag kommer inte in från hemmet. Min privata IP verkar vara ${w.ip()}.\n\n${rng.pick(L.SIGN)}\n${w.name(p)}\n${w.phone('mobile')}`;
      const rep = `Hej ${w.lone(p)}!\nJag har återställt lösenordet, du får ett sms med engångskod.\n\nMvh\n${w.name(a)}\nServicedesk ${BRAND} | ${O.switchboard}\n\n${quote(body)}`;
      msgs.push(single({ from: [w.name(p), w.mail(p)], to: [['', O.role.servicedesk]], subject: 'Lösenord', date: rfcDate(d), id: `${uid(rng, 12)}@mail.gmail.com`, body, hdrMode: 'B' }), single({ from: [w.name(a), w.work(a, O.domain)], to: [[w.name(p), w.work(p, O.domain)]], subject: 'SV: Lösenord', date: rfcDate(d, '11:00:00'), id: `${uid(rng, 12)}@${O.domain}`, body: rep, enc: 'b64' }));
      stamps.push(stamp(d, '11:00:00'));
    } else {
      const sec = person(rng);
      const body = `FYI – se nedan, blockerat avsändaren.\n/${w.name(sec)}, IT-säkerhet\n\n-------- Vidarebefordrat meddelande --------\nÄmne: Brådskande faktura\nDatum: ${rfcDate(d)}\nFrån: "${w.nm('company')}" <${w.fix('email', 'role-email', `faktura@${rng.pick(['secure-pay', 'inv0ice'])}.example.net`)}>\nTill: ${w.name(p)} <${w.work(p, O.domain)}>\n\nHej ${w.lone(p)}, betala bifogad faktura till ${w.nm('iban')} idag.`;
      msgs.push(single({ from: [w.name(sec), w.work(sec, O.domain)], to: [['IT-säkerhet', O.role['it-security']]], subject: 'VB: Brådskande faktura', date: rfcDate(d), id: `${uid(rng, 12)}@${O.domain}`, body }));
    }
  }
  const r = mboxOf(msgs, stamps);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function chat(C) {
  const file = 'itsupport/chatt-servicedesk.txt'; const rng = new Rng(file); const w = ctx(C, file, rng); const agents = people(rng, 3, { origin: 'sv' }); const out = [];
  for (let i = 0; i < 40; i++) {
    const p = person(rng); const a = rng.pick(agents); const k = clock(rng, date(rng), 7, 17); const me = w.name(p, rng.pick(['full', 'lower']));
    const say = (who, t) => out.push(`[${k.next([5, 120]).day()} ${k.hm()}] ${who}: ${t}`);
    out.push(`--- Teams-chatt med ${me} ---`);
    say(me, rng.pick(['hej', 'hej hej', 'hallå e ni där', 'tjena']));
    say(`${w.name(a)} (Servicedesk)`, 'Hej! Vad gäller det?');
    rng.pick([() => { say(me, `${rng.pick(PROBLEMS)(w)}`); say(`${w.name(a)} (Servicedesk)`, `Okej, vilken dator? Står på en lapp under, typ ${host(w)}`); say(me, `${host(w)} tror jag`); },
      () => { say(me, `kan du ge ${w.name(person(rng), 'lower')} access till lagerappen hen e ny`); say(`${w.name(a)} (Servicedesk)`, 'Jag behöver ett godkännande från chefen i en ticket.'); },
      () => { say(me, `mobilen e trasig nås på privata ${w.phone('mobile', 'compact')} så länge`); say(`${w.name(a)} (Servicedesk)`, 'Noterat!'); },
      () => { say(me, `min ip e ${w.ip('private')} om du behöver fjärrstyra`); say(`${w.name(a)} (Servicedesk)`, `Tack ${w.lone(p)}, kopplar upp nu.`); }])();
    say(me, rng.pick(['tack!!', 'toppen tack', 'ok', 'tack']));
    out.push('');
  }
  const text = out.join('\n');
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function assets(C) {
  const file = 'itsupport/tillgangar.xlsx'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const rows = [['Asset tag', 'Serienummer', 'Modell', 'MAC', 'Hostname', 'IP', 'Tilldelad', 'E-post', 'Plats', 'Inköpt']];
  for (let i = 0; i < 45; i++) {
    const p = person(rng); const spare = rng.chance(0.12);
    rows.push([w.pat('asset-tag', 'FL-######'), w.pat('serial-number', '@@#@###@#'), rng.pick(['Lenovo T14 Gen 4', 'Dell Latitude 5440', 'HP EliteBook 840', 'iPhone 15', 'Zebra TC52']), w.nm('mac'), host(w),
      spare ? '' : w.ip('private'), spare ? 'Lager' : w.name(p, rng.pick(['full', 'reversed'])), spare ? '' : w.work(p, O.domain), rng.pick(DEPTS), w.nm('date')]);
  }
  const srv = [['Server', 'IP', 'Roll']]; O.servers.forEach((ip, j) => srv.push([`fl-srv-${p2(j + 1)}`, w.fix('ip', 'server-ip', ip), rng.pick(['Filserver', 'Skrivarserver', 'VPN', 'RADIUS', 'Webb', 'Backup'])]));
  const r = xlsx([{ name: 'Klienter', rows }, { name: 'Servrar', rows: srv }], { creator: 'Ferrovia IT' });
  C.put(file, r.bytes, r.text);
}

function slaReport(C) {
  const file = 'itsupport/sla-rapport-oktober.pdf'; const rng = new Rng(file); const w = ctx(C, file, rng); const agents = people(rng, 7, { cp1252: true });
  const lines = [{ text: `SLA-rapport oktober 2026 – Servicedesk ${BRAND}`, size: 14, bold: true }, '', 'Handläggare            Ärenden   Inom SLA   Snittid'];
  for (const a of agents) lines.push(`${w.name(a, rng.pick(['full', 'full', 'reversed']))}    ${rng.int(40, 260)}    ${rng.int(80, 99)} %    ${rng.int(1, 9)} h ${rng.int(0, 59)} min`);
  lines.push('', 'Flest ärenden per anmälare:');
  for (let i = 0; i < 10; i++) { const p = person(rng, { cp1252: true }); lines.push(`  ${w.name(p)} (${rng.pick(DEPTS)}) – ${rng.int(5, 30)} ärenden, senast ${inc(w)}`); }
  lines.push('', `Största störning: ${w.fix('ip', 'server-ip', O.servers[2])} otillgänglig ${w.nm('date')}, ${rng.int(2, 9)} h. Ansvarig: ${w.name(agents[0])}.`, `Rapporten sammanställd av ${w.name(person(rng, { cp1252: true }))}.`);
  const r = pdf([lines], { title: 'SLA-rapport' });
  C.put(file, r.bytes, r.text);
}

function adExport(C) {
  const file = 'itsupport/ad-export.csv'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const rows = [['sAMAccountName', 'givenName', 'sn', 'displayName', 'mail', 'telephoneNumber', 'mobile', 'department', 'manager', 'lastLogon']]; const staff = people(rng, 50);
  for (const p of staff) {
    w.joined(p); const m = rng.pick(staff);
    rows.push([`${p.first.slice(0, 3)}${p.last.replace(/[^A-Za-zÅÄÖåäö]/g, '').slice(0, 3)}`.toLowerCase(), p.first, p.last, w.name(p, rng.pick(['surname-first', 'full'])), w.work(p, O.domain), rng.chance(0.3) ? O.switchboard : '', rng.chance(0.7) ? w.phone('mobile', 'intl') : '',
      rng.pick(DEPTS), `CN=${w.name(m)},OU=Users,OU=Ferrovia,DC=ferrovia,DC=local`, `${date(rng)} ${hhmm(rng)}`]);
  }
  const r = csv(rows, { sep: ';', bom: true });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

export default function build(C) {
  for (const f of [servicenow, jiraJson, jiraRss, vpn, mail, chat, assets, slaReport, adExport]) f(C);
}
