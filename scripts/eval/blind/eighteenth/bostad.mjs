// Eighteenth blind set — a student housing foundation, "Stiftelsen Studenthemmen i Lundsberga" (bostad/): the tenant
// register (cp1252 `;`, one `Hyresgäst` column surname first), the queue with queue points (TSV), the door and key
// system's log, laundry bookings (CSV with a title line), a ServiceNow-shaped fault-report export (JSON), the letting
// office's mailbox (mbox, an English thread, a guarantor), lease contracts (.docx), notices to quit (.pdf), caretakers'
// vCards, board minutes (Markdown), a saved "Mina sidor" log-in page (HTML) and sublet applications (.xlsx).
import { Rng, person, crowd, people, kin, nameAs, NM, T, pnr, phone, email, workEmail, ipVal, org, footer, role, server, nears,
  csv, xlsx, zip, mbox, docx, pdfLines, jsonText, txt, xml, html, put, date, dotDate, hhmm, hms, isoTs, num, safe, alnum, hex, uuid, postcode, CITIES,
  rfcDate, mboxDate, hdr, quote, toHtml, htmlToText, folded, vcard, LONE, LOOKALIKE, p2, cp1252ok, X, compactDate, kr, ocr } from './core.mjs';

const O = (rng) => org(rng, { name: 'Stiftelsen Studenthemmen i Lundsberga', domain: 'studenthemmen.se', area: '46', roles: ['uthyrning', 'info', 'noreply', 'felanmalan', 'hyresavi'] });
const HOUSES = ['Kämnärsgården', 'Vildanden', 'Parentesen', 'Pålsjö Ängar', 'Nyponet', 'Sparta'];
const STREETS = ['Kämnärsvägen', 'Tunavägen', 'Spartagatan', 'Magistratsvägen', 'Pålsjövägen'];
const objNo = (rng) => `${rng.int(1, 6)}-${p2(rng.int(1, 40))}${p2(rng.int(1, 12))}-${rng.int(1000, 1999)}`;
const room = (rng) => `${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 5)}${p2(rng.int(1, 24))}`;
const SCHOOLS = ['Lundsberga universitet', 'LTH-filialen', 'Konsthögskolan', 'Musikhögskolan', 'Sjuksköterskeprogrammet'];

export default function build(C) {
  const g = new Rng('bostad/org'); const o = O(g);
  const staff = people(g, 10, { middle: 0, cp1252: true });
  tenants(C, o); queue(C, o); keys(C, o); laundry(C, o); faults(C, o, staff); lettingMail(C, o, staff); contracts(C, o, staff); notices(C, o, staff); caretakers(C, o, staff);
  minutes(C, o, staff); portal(C, o); sublets(C, o, staff);
}

function tenants(C, o) {
  const file = 'bostad/hyresgastregister_2026-11.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Objektnr', 'Hus', 'Rum', 'Hyresgäst', 'Personnr', 'Mobil', 'E-post', 'Lärosäte', 'Inflyttning', 'Kontrakt t.o.m.', 'Hyra/mån', 'Kontraktsnr', 'Anm']];
  for (const p of crowd(rng, 140, { cp1252: true })) {
    const foreign = p.origin !== 'swedish' && rng.chance(0.2);
    const anm = rng.weighted([['', 14], ['borgen', 1], ['skuld', 1], ['inter', 1]]);
    let a = '';
    if (anm === 'borgen') a = `borgensman ${NM(R, kin(rng, p, { cp1252: true }), 'full', 'guarantor')}`;
    if (anm === 'skuld') a = `skuld ${nm.amount(`${kr(rng, 800, 12000)} kr`)}, avbetalningsplan`;
    if (anm === 'inter') a = `utbytesstudent, hemadress utomlands, tel ${T(R, 'phone', phone(rng, 'foreign'))}`;
    rows.push([nm.id('object-number', objNo(rng)), rng.pick(HOUSES), nm.id('room-number', room(rng)), NM(R, p, rng.weighted([['surname-first', 5], ['surname-first-nocomma', 2], ['full', 2], ['surname-first-caps', 1]])),
      foreign ? T(R, 'personnummer', pnr(rng, { samord: true, minYear: 1996, maxYear: 2007 })) : T(R, 'personnummer', pnr(rng, { minYear: 1990, maxYear: 2007, style: rng.pick(['short', 'long', 'short', 'compact']) })),
      T(R, 'phone', phone(rng, 'mobile', rng.weighted([['compact', 4], ['grouped', 3], ['intl', 1], ['dash', 1]]))), rng.chance(0.85) ? T(R, 'email', email(rng, p, rng.chance(0.2) ? 'student.lundsberga.se' : undefined)) : '',
      rng.pick(SCHOOLS), nm.date(date(rng, '2022-08-01', '2026-09-01')), date(rng, '2026-12-31', '2028-06-30'), kr(rng, 3900, 6900), nm.id('contract-number', `K${num(rng, 7)}`), a]);
  }
  rows.push([], [`Utskrift ${dotDate('2026-11-21')} – ${o.name}, org.nr ${nm.orgnr()}`]);
  put(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}

function queue(C, o) {
  const file = 'bostad/ko/bostadsko_kopoang.tsv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['KöID', 'Förnamn', 'Efternamn', 'Födelsedatum', 'E-post', 'Mobil', 'Köpoäng', 'Registrerad', 'Senast aktiv', 'Önskemål']];
  for (const p of crowd(rng, 110)) {
    C.joined(file, p.given, p.last);
    rows.push([nm.id('queue-id', `Q${num(rng, 6)}`), p.given, p.last, nm.date(`${rng.int(1996, 2008)}-${p2(rng.int(1, 12))}-${p2(rng.int(1, 28))}`), T(R, 'email', email(rng, p)),
      rng.chance(0.7) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'e164', 'intl', 'grouped']))) : '', nm.id('queue-points', String(rng.int(10, 1460))), nm.date(date(rng, '2022-01-10', '2026-11-01')), date(rng, '2026-09-01', '2026-11-24'),
      rng.pick(['korridorsrum', '1:a', 'korridor/1:a', 'ej Sparta', 'nära LTH', ''])]);
  }
  put(C, file, txt(`${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`));
}

function keys(C, o) {
  const file = 'bostad/nycklar/passagesystem_2026-11-15.log'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const ctrls = Array.from({ length: 6 }, (_, i) => ({ name: `${HOUSES[i]}-entre`, ip: `10.40.${i + 1}.${rng.int(10, 99)}` }));
  const L = ['; RCO R-CARD M5 export  site=Lundsberga  tz=Europe/Stockholm'];
  const folk = crowd(rng, 170);
  for (let i = 0; i < 300; i++) {
    const c = rng.pick(ctrls); const p = rng.pick(folk);
    const t = `2026-11-15 ${hms(rng)}`;
    const k = rng.weighted([['ok', 70], ['deny', 10], ['pin', 8], ['alarm', 4], ['admin', 3]]);
    if (k === 'ok') L.push(`${t};${nm.id('device-ip', c.ip, 'ip')};${c.name};CARD ${nm.id('card-id', hex(rng, 10).toUpperCase())};"${NM(R, p, rng.chance(0.5) ? 'surname-first' : 'full', 'log-user')}";ACCESS GRANTED`);
    else if (k === 'deny') L.push(`${t};${c.ip};${c.name};CARD ${hex(rng, 10).toUpperCase()};"${NM(R, p, 'caps', 'log-user')}";ACCESS DENIED (spärrat kort)`);
    else if (k === 'pin') L.push(`${t};${c.ip};${c.name};PIN ${nm.id('pin', `${rng.int(1000, 9999)}`)} fel 3 ggr;-;LOCKOUT 300s`);
    else if (k === 'alarm') L.push(`${t};${c.ip};${c.name};DOOR FORCED;-;larm till jour ${R.n('phone', 'switchboard', o.switchboard)}`);
    else { const s = person(rng, { middle: 0 }); L.push(`${t};${c.ip};${c.name};ADMIN ${NM(R, s, 'full', 'staff')} spärrade kort för ${NM(R, p, 'full', 'log-user')} (förlustanmälan);-;OK`); }
  }
  put(C, file, txt(`${[L[0], ...L.slice(1).sort()].join('\r\n')}\r\n`));
}

function laundry(C, o) {
  const file = 'bostad/tvatt/tvattstuga_bokningar_v46.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Bokningar tvättstugor vecka 46 – export från Aptus'], ['Datum', 'Pass', 'Tvättstuga', 'Lägenhet', 'Namn', 'Telefon', 'Bokad via']];
  const folk = crowd(rng, 160);
  for (let i = 0; i < 220; i++) {
    const p = rng.pick(folk);
    rows.push([date(rng, '2026-11-09', '2026-11-15'), rng.pick(['07-10', '10-13', '13-16', '16-19', '19-22']), `${rng.pick(HOUSES)} TS${rng.int(1, 3)}`, nm.id('apartment-number', `${rng.pick(['11', '12', '13', '14'])}${p2(rng.int(1, 20))}`),
      rng.chance(0.75) ? NM(R, p, rng.chance(0.3) ? 'surname-first-nocomma' : 'full') : nm.lone(p.first), rng.chance(0.5) ? T(R, 'phone', phone(rng, 'mobile', 'compact')) : '', rng.pick(['app', 'app', 'bokningstavla', 'webb'])]);
  }
  put(C, file, csv(rows, { sep: ',', bom: true }));
}

function faults(C, o, staff) {
  const file = 'bostad/felanmalan/incident_export_2026-11.json'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const recs = [];
  for (const p of crowd(rng, 45)) {
    const s = rng.pick(staff); const d = date(rng, '2026-10-15', '2026-11-24');
    const prob = rng.pick(['Element kallt i rummet', 'Diskmaskinen läcker', 'Fönster går inte att stänga', 'Mögel i duschen', 'Brandvarnaren piper', 'Kylskåpet i korridorsköket trasigt', 'Nyckeln passar inte', 'Grannen spelar musik hela nätterna']);
    const desc = rng.pick([
      () => `${prob}. Ni får gå in med huvudnyckel om jag inte är hemma. /${nm.lone(p.first)}`,
      () => `${prob}!!! Ring mig på ${T(R, 'phone', phone(rng, 'mobile'))} innan ni kommer, jag har katt.`,
      () => `${prob}. Det är inte första gången. Anmält av ${NM(R, p, 'full', 'running-text')} rum ${nm.id('room-number', room(rng))}`,
      () => `${prob}. I live in room ${room(rng)}, please contact me by email ${T(R, 'email', email(rng, p))} (I don't speak Swedish)`,
    ])();
    const notes = [];
    if (rng.chance(0.6)) notes.push(`${dotDate(d)} ${hhmm(rng)} - ${NM(R, s, 'full', 'staff')} (Work notes)\n${rng.pick([() => `bytt termostat, kund ${NM(R, p, 'lower', 'lower')} informerad`, () => 'beställt reservdel, lev v48', () => `hantverkare ${NM(R, person(rng, { middle: 0 }), 'full', 'contractor')} från ${nm.lookalike('company')} bokad`, () => 'ingen hemma, lämnat lapp'])()}`);
    recs.push({ number: nm.id('incident-number', `INC${num(rng, 7)}`), sys_created_on: `${d} ${hms(rng)}`, state: rng.pick(['New', 'In Progress', 'On Hold', 'Resolved', 'Closed']),
      caller_id: { display_value: NM(R, p, rng.chance(0.1) ? 'caps' : 'full', 'caller'), link: `https://studenthemmen.service-now.com/api/now/table/sys_user/${hex(rng, 32)}` },
      u_contact_phone: rng.chance(0.6) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'intl', 'slash']))) : '', u_contact_email: rng.chance(0.5) ? T(R, 'email', email(rng, p)) : '',
      location: { display_value: `${rng.pick(HOUSES)} ${room(rng)}` }, short_description: prob, description: desc,
      assigned_to: { display_value: NM(R, s, 'full', 'staff') }, assignment_group: { display_value: 'Fastighetsskötsel Nord' }, work_notes: notes.join('\n\n'), u_key_permission: rng.pick(['true', 'false']) });
  }
  put(C, file, txt(jsonText({ records: recs }, 2)));
}

function lettingMail(C, o, staff) {
  const file = 'bostad/uthyrning/uthyrning_inkorg.mbox'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const msgs = [];
  for (const p of people(rng, 30)) {
    const s = rng.pick(staff); const sAddr = workEmail(s, 'studenthemmen.se');
    const d = date(rng, '2026-09-15', '2026-11-24'); const time = `${hhmm(rng)}:${p2(rng.int(0, 59))}`;
    const addr = email(rng, p).value; const k = rng.weighted([['en', 2], ['borgen', 2], ['swap', 2], ['reply', 3]]);
    let from; let to; let subject; let text; let cc = [];
    if (k === 'en') {
      from = hdr(R, p, addr); to = [['Uthyrning', role(R, o)]]; subject = `Room offer ${nm.id('object-number', objNo(rng))} - accept`;
      text = `Hello,\n\nI accept the room offer. I arrive on ${rng.pick(['14 January', '2 February', '20 August'])} from ${rng.pick(['Lyon', 'Hanoi', 'Accra', 'Bogotá', 'Kraków'])}. My parents will pay the deposit; my father ${NM(R, kin(rng, p), 'full', 'relative')} can be reached at ${T(R, 'phone', phone(rng, 'foreign'))}.\n\nPassport no. ${nm.id('passport-number', `${letters2(rng)}${num(rng, 7)}`)}\n\nThanks!\n${NM(R, p, 'full', 'signature')}`;
    } else if (k === 'borgen') {
      const g = kin(rng, p); const gAddr = email(rng, g).value;
      from = hdr(R, g, gAddr); to = [['', role(R, o)]]; cc = [hdr(R, p, addr)]; subject = 'Borgensförbindelse';
      text = `Hej!\n\nJag går i borgen för min ${rng.pick(['dotter', 'son'])} ${NM(R, p, 'full', 'genitive')}s hyreskontrakt. Mitt personnummer är ${T(R, 'personnummer', pnr(rng, { minYear: 1958, maxYear: 1982 }))} och jag nås på ${T(R, 'phone', phone(rng))}.\nUnderskriven blankett bifogas (inskannad).\n\nMvh\n${NM(R, g, 'full', 'signature')}`;
    } else if (k === 'swap') {
      const q = person(rng); from = hdr(R, p, addr); to = [['', role(R, o)]]; subject = 'Byte av rum';
      text = `hej, jag och ${NM(R, q, 'full', 'running-text')} vill byta rum med varandra (${room(rng)} <-> ${room(rng)}). hennes mejl är ${T(R, 'email', email(rng, q))}\n\nmvh ${NM(R, p, 'lower', 'lower')}`;
    } else {
      from = hdr(R, p, addr); to = [hdr(R, s, sAddr, { addrSub: 'staff-work' })]; subject = `Sv: Ditt hyreskontrakt ${nm.id('contract-number', `K${num(rng, 7)}`)}`;
      const prev = `Hej!\nVi har inte fått din signatur på kontraktet. Signera via BankID senast ${dotDate(date(rng))}.\n\n${s.full}\nUthyrningen\n${footer(R, o, ['switchboard', 'orgnr'])}`;
      R.t('name', s.full, 'signature');
      text = `Jag har inget BankID än (väntar på personnummer). Kan jag skriva på papper? Mitt samordningsnummer är ${T(R, 'personnummer', pnr(rng, { samord: true, minYear: 1998, maxYear: 2007 }))}.\n\n${NM(R, p, 'short', 'signature')}\n\nFrån: ${s.full} <${sAddr}>\nSkickat: ${dotDate(d)}\n${quote(prev)}`;
    }
    const m = { from, to, cc, subject, date: rfcDate(d, time), mboxDate: mboxDate(d, time), id: `${hex(rng, 20)}@studenthemmen.se`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) };
    if (rng.chance(0.3)) { m.html = toHtml(text); m.htmlText = htmlToText(m.html); }
    msgs.push(m);
  }
  put(C, file, mbox(msgs));
}
const letters2 = (rng) => 'ABCDEFGHJKLMNPRSTUVWXYZ'[rng.int(0, 22)] + 'ABCDEFGHJKLMNPRSTUVWXYZ'[rng.int(0, 22)];

function contracts(C, o, staff) {
  const file = 'bostad/kontrakt/hyreskontrakt_ht2026.docx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const blocks = [];
  for (const p of people(rng, 22)) {
    const s = rng.pick(staff);
    blocks.push({ h: 'HYRESKONTRAKT FÖR STUDENTBOSTAD' }, `Kontraktsnummer ${nm.id('contract-number', `K${num(rng, 7)}`)} · Objekt ${nm.id('object-number', objNo(rng))}`,
      { table: [['Hyresvärd', `${o.name}, org.nr ${nm.orgnr()}`], ['Hyresgäst', NM(R, p, 'full', 'docx-table')], ['Personnummer', T(R, 'personnummer', pnr(rng, { minYear: 1995, maxYear: 2007 }))],
        ['Telefon', T(R, 'phone', phone(rng, 'mobile'))], ['E-post', T(R, 'email', email(rng, p))], ['Lägenhet', `${rng.pick(STREETS)} ${rng.int(1, 40)}, rum ${room(rng)}`], ['Hyra', `${kr(rng, 3900, 6900)} kr/mån`]] },
      { runs: ['Hyresgästen ', NM(R, p, 'caps', 'caps'), ' intygar att hen är antagen till studier vid ', rng.pick(SCHOOLS), '.'] },
      `Hyran betalas till bankgiro ${nm.id('bankgiro', o.bg)} med OCR ${nm.id('ocr', ocr(rng, 10))}.`, `För hyresvärden: ${NM(R, s, 'full', 'staff')}`, '');
  }
  put(C, file, docx(blocks, { creator: NM(R, staff[0], 'full', 'docx-creator') }));
}

function notices(C, o, staff) {
  const file = 'bostad/uppsagning/uppsagningsbekraftelser_okt.pdf'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const lines = [];
  for (const p of crowd(rng, 24, { cp1252: true })) {
    const s = rng.pick(staff);
    lines.push({ text: 'Bekräftelse på uppsägning', size: 13, bold: true }, `${o.name}   ${nm.date(date(rng, '2026-10-01', '2026-10-31'))}`, `Till: ${NM(R, p, rng.chance(0.3) ? 'caps' : 'full', 'pdf')}`,
      `${rng.pick(STREETS)} ${rng.int(1, 40)}, ${nm.postcode(`22${rng.int(2, 9)} ${rng.digits(2)}`)} Lundsberga`, `Personnummer: ${T(R, 'personnummer', pnr(rng, { minYear: 1994, maxYear: 2006 }))}`,
      `Kontrakt ${nm.id('contract-number', `K${num(rng, 7)}`)} upphör ${date(rng, '2026-12-31', '2027-01-31')}. Flyttbesiktning bokas med ${NM(R, s, 'short', 'staff')}, ${T(R, 'phone', phone(rng, 'landline', 'dash'))}.`,
      `Deposition ${nm.amount(`${kr(rng, 2000, 6000)} kr`)} återbetalas till konto ${nm.id('account-number', `${rng.int(3000, 8499)}-${num(rng, 8)}`)}.`, '', '');
  }
  put(C, file, pdfLines(lines, { per: 50, title: 'Uppsägningar oktober 2026' }));
}

function caretakers(C, o, staff) {
  const file = 'bostad/personal/fastighetsskotare.vcf'; const R = C.at(file); const rng = new Rng(file);
  const L = [];
  for (const s of staff) L.push(...vcard(R, C, s, { tel: [['WORK', phone(rng, 'mobile', rng.pick(['grouped', 'intl']))], ['HOME', phone(rng, 'landline')]], mail: [{ value: workEmail(s, 'studenthemmen.se'), subtype: 'staff-work' }], org: o.name, title: rng.pick(['Fastighetsskötare', 'Uthyrare', 'Förvaltare', 'Jour']) }));
  const extra = people(rng, 18);
  for (const s of extra) L.push(...vcard(R, C, s, { tel: [['CELL', phone(rng, 'mobile')]], mail: [email(rng, s)], org: rng.pick(['Elfirma Syd AB', 'Lås & Larm i Lundsberga', 'Studentkåren']), note: rng.chance(0.3) ? 'kontaktperson vid jour' : undefined }));
  put(C, file, folded(L));
}

function minutes(C, o, staff) {
  const file = 'bostad/styrelse/protokoll_hyresgastrad_2026-10-28.md'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const board = people(rng, 7);
  const out = ['# Protokoll – Hyresgästrådet Studenthemmen', '', `**Datum:** 2026-10-28  **Plats:** Gemensamhetslokalen, ${nm.look('street', 'Anna Lindhs plats')} 4`, '',
    '## Närvarande', '', ...board.map((b, i) => `- ${NM(R, b, 'full', 'markdown-list')}${i === 0 ? ' (ordf.)' : i === 1 ? ' (sekr.)' : ''}`), `- ${NM(R, staff[1], 'full', 'staff')} (förvaltare, adjungerad)`, '', '## Ärenden', ''];
  for (const p of crowd(rng, 45)) {
    out.push(rng.pick([
      () => `- Klagomål på störande grannar i ${rng.pick(HOUSES)}, rum ${nm.id('room-number', room(rng))}: hyresgästen (${NM(R, p, 'full', 'running-text')}) har fått två varningar.`,
      () => `- ${NM(R, p, 'short', 'running-text')} föreslår cykelrum vid ${nm.lookalike('street')}. Beslut: utreds.`,
      () => `- Kontaktperson för festlokalen: ${NM(R, p, 'full', 'running-text')}, ${T(R, 'phone', phone(rng, 'mobile'))}.`,
      () => `- Tvättstugan i ${rng.pick(HOUSES)}: ${nm.lone(p.first)} har bokat alla pass i veckan igen.`,
      () => `- Insamling till ${nm.lookalike('place')}: ${nm.amount(`${rng.int(200, 3000)} kr`)} insamlat.`,
      () => `- Inkommen skrivelse från ${NM(R, p, 'surname-first', 'surname-first')} om mögel, vidarebefordras till ${role(R, o, 3)}.`,
    ])());
  }
  out.push('', `Vid protokollet: ${NM(R, board[1], 'full', 'signature')}  Justeras: ${NM(R, board[0], 'full', 'signature')}`);
  put(C, file, txt(`${out.join('\n')}\n`));
}

function portal(C, o) {
  const file = 'bostad/portal/minasidor_inloggningar.html'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [];
  for (const p of crowd(rng, 100)) {
    const e = email(rng, p);
    rows.push(`<tr><td>${isoTs(rng, date(rng, '2026-11-10', '2026-11-24')).replace('T', ' ').replace('Z', '')}</td><td>${X(NM(R, p, 'full', 'html-table'))}</td><td>${T(R, 'email', e)}</td><td>${T(R, 'ip', ipVal(rng))}</td><td>${rng.pick(['BankID', 'Lösenord', 'Lösenord', 'Freja eID'])}</td><td>${rng.pick(['OK', 'OK', 'OK', 'Fel lösenord'])}</td></tr>`);
  }
  const h = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Admin – inloggningar</title><style>td{padding:2px 6px}</style></head><body>\n<h1>Inloggningar Mina sidor</h1>\n<p>Server ${server(R, o)} · ${role(R, o, 1)}</p>\n<table>\n<tr><th>Tid</th><th>Namn</th><th>E-post</th><th>IP</th><th>Metod</th><th>Resultat</th></tr>\n${rows.join('\n')}\n</table>\n</body></html>\n`;
  put(C, file, html(h));
}

function sublets(C, o, staff) {
  const file = 'bostad/andrahand/andrahandsuthyrning_2026.xlsx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const a = [['Ärende', 'Hyresgäst', 'Pnr hyresgäst', 'Andrahandshyresgäst', 'Pnr/samordningsnr', 'Tel andrahand', 'Period', 'Skäl', 'Beslut', 'Handläggare']];
  for (const p of crowd(rng, 50)) {
    const q = person(rng);
    a.push([nm.id('case-number', `AH-2026-${num(rng, 4)}`), NM(R, p, 'full'), T(R, 'personnummer', pnr(rng, { minYear: 1995, maxYear: 2006 })), NM(R, q, rng.chance(0.3) ? 'surname-first' : 'full'),
      T(R, 'personnummer', pnr(rng, { samord: rng.chance(0.4), minYear: 1996, maxYear: 2007 })), T(R, 'phone', phone(rng, rng.chance(0.2) ? 'foreign' : 'mobile')), `${date(rng, '2026-01-01', '2026-06-30')} – ${date(rng, '2026-07-01', '2027-06-30')}`,
      rng.pick(['utbytesstudier', 'praktik i annan stad', 'sjukdom', 'militärtjänst']), rng.pick(['Beviljad', 'Avslag', 'Beviljad', 'Under utredning']), NM(R, rng.pick(staff), 'short', 'staff')]);
  }
  const b = [['Stickprov adresskontroll', '', ''], ['Rum', 'Folkbokförd enl SPAR', 'Kommentar']];
  for (const p of crowd(rng, 40)) b.push([nm.id('room-number', room(rng)), NM(R, p, 'surname-first-caps', 'surname-first-caps'), rng.pick(['stämmer', 'annan person folkbokförd', 'ej folkbokförd'])]);
  put(C, file, xlsx([{ name: 'Ansökningar', rows: a }, { name: 'Adresskontroll', rows: b }], { creator: NM(R, staff[3], 'full', 'xlsx-creator') }));
}
