// Västanå Flygklubb & Flygskola — students and their guardians, instructors, medical certificates, logbooks, the
// booking system, visiting pilots' PPR requests, landing fees, the AFIS radio log, members, board minutes.
import { Rng, ctx, org, people, staff, kin, cp1252ok, csv, xlsx, docx, mbox, rfcDate, footer, pdfLines, folded, vcard, jsonOut, textOut, ndjson, htmlEml, htmlEsc, xmlEsc,
  date, dotDate, hhmm, hms, num, letters, alnum, amount, CITIES, LOOKALIKE, LONE, p2, svDate, uuid, UA, ocr } from './core.mjs';

const D = 'vastanaflyg.se';
const O = org(new Rng('flyg/org'), { name: 'Västanå Flygklubb', domain: D, area: '250', roles: ['info', 'skolchef', 'noreply', 'afis', 'kassor'] });
const INS = staff(new Rng('flyg/instructors'), 12, D, { minYear: 1955, maxYear: 1995 });
const OFF = staff(new Rng('flyg/office'), 4, D, { minYear: 1960, maxYear: 1990 });
const AFIS = staff(new Rng('flyg/afis'), 5, D, { minYear: 1958, maxYear: 1992 });
const AME = people(new Rng('flyg/ame'), 6, { minYear: 1950, maxYear: 1980 });
const STU = people(new Rng('flyg/students'), 150, { minYear: 1968, maxYear: 2010 });
const GUARD = new Map(STU.filter((s) => s.pnr.y >= 2008).map((s) => [s, kin(new Rng(`flyg/guard/${s.full}`), s, { minYear: 1968, maxYear: 1988 })]));
const MEM = people(new Rng('flyg/members'), 140, { minYear: 1940, maxYear: 2006 });
const VIS = people(new Rng('flyg/visitors'), 90, { minYear: 1950, maxYear: 2000, foreign: 0.3 });
const FLEET = [['SE-KXR', 'C172S'], ['SE-MKL', 'C172R'], ['SE-LNY', 'PA-28-181'], ['SE-ULT', 'Tecnam P2008'], ['SE-VAK', 'DA40 NG'], ['SE-GVB', 'PA-28-161']];
const AD = ['ESVA', 'ESSA', 'ESSB', 'ESOW', 'ESSU', 'ESKN', 'ESSP', 'ESGG', 'ESNX', 'ESSV'];
const FOREIGN_REG = ['D-EKMB', 'G-BXOA', 'LN-ACF', 'OY-JRT', 'OH-PNT', 'D-ELPA', 'SP-KTE', 'ES-CAW'];
const cp = (arr) => arr.filter((p) => cp1252ok(p.full));

function elevregister(C) {
  const x = ctx(C, 'flyg/elever/elevregister.csv'); const { rng } = x;
  const rows = [['Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Kurs', 'Start', 'Instruktör', 'Medicalklass', 'Medical giltig till', 'Målsman', 'Målsman tel']];
  for (const s of STU.slice(0, 115)) {
    const [f, l] = x.join(s.given, s.last); const g = GUARD.get(s);
    rows.push([f, l, x.pnr(s), x.tel(s), x.mail(s), rng.pick(['PPL(A)', 'LAPL(A)', 'PPL(A)', 'Mörkerbehörighet', 'Sjöflyg']), x.n.date(date(rng, '2025-08-01', '2026-10-01')),
      x.nm(rng.pick(INS), 'short'), rng.pick(['Klass 2', 'LAPL', 'Klass 1', '']), x.n.date(date(rng, '2026-12-01', '2031-06-30')), g ? x.nm(g) : '', g ? x.tel(g) : '']);
  }
  x.put(csv(rows, { sep: ';', bom: true }));
}

function medical(C) {
  const x = ctx(C, 'flyg/elever/medicinska_intyg.xlsx'); const { rng } = x;
  const sheet = (name, list) => {
    const rows = [['Namn', 'Personnummer', 'Flygläkare (AME)', 'AME-nr', 'Intygsnr', 'Utfärdat', 'Giltigt till', 'Begränsning']];
    for (const s of list) {
      const a = rng.pick(AME);
      rows.push([x.nm(s, rng.pick(['surname-first', 'surname-first', 'full', 'surname-first-caps'])), x.pnr(s), x.nm(a, 'full', 'physician'), x.n.id('ame-number', `SE.AME.${num(rng, 4)}`),
        x.n.id('certificate-number', `SE-MED-${rng.int(2020, 2026)}-${num(rng, 6)}`), x.n.date(date(rng, '2024-01-01', '2026-10-30')), x.n.date(date(rng, '2026-11-01', '2031-12-31')),
        rng.pick(['', '', 'VML', 'VNL', 'TML', 'SSL: se anm.'])]);
    }
    return { name, rows };
  };
  const ames = [['Flygläkare', 'Mottagning', 'Telefon', 'E-post']];
  for (const a of AME) ames.push([x.nm(a), `${rng.pick(['Flygmedicin', 'Läkarhuset', 'Aeromedicinskt centrum'])} ${rng.pick(CITIES)}`, x.tel(a), x.mail(a)]);
  x.put(xlsx([sheet('Klass 2', STU.slice(0, 60)), sheet('LAPL', STU.slice(60, 100)), sheet('Utgångna', STU.slice(100, 130)), { name: 'Flygläkare', rows: ames }], { creator: x.nm(OFF[0], 'full', 'xlsx-creator') }));
}

function loggbok(C) {
  const x = ctx(C, 'flyg/loggbok/flygloggbok_2026.tsv'); const { rng } = x;
  const rows = [['Datum', 'Reg', 'Typ', 'PIC', 'Elev/Pass', 'Från', 'Till', 'Off', 'On', 'Block', 'Ldg', 'Anm']];
  for (let i = 0; i < 260; i++) {
    const [reg, typ] = rng.pick(FLEET); const pic = rng.chance(0.6) ? rng.pick(INS) : rng.pick(MEM); const s = rng.pick(STU);
    const off = hhmm(rng, 7, 18); const [h, m] = off.split(':').map(Number); const dur = rng.int(25, 150); const on = `${p2((h + Math.floor((m + dur) / 60)) % 24)}:${p2((m + dur) % 60)}`;
    rows.push([x.n.date(date(rng, '2026-03-01', '2026-11-15')), x.n.id('aircraft-registration', reg), typ, x.nm(pic, rng.pick(['full', 'full', 'caps', 'surname-first-nocomma'])),
      rng.chance(0.7) ? x.nm(s, rng.pick(['full', 'full', 'short'])) : rng.pick(['-', 'solo', '2 pax']), x.n.id('icao', rng.pick(AD)), rng.pick(AD), off, on, `${Math.floor(dur / 60)}:${p2(dur % 60)}`, rng.int(1, 9),
      (rng.chance(0.1) ? `Skolflyg m ${x.n.lone(s.first)}` : rng.pick(['', '', 'Landningsvarv', 'Navigering ESVA-ESOW-ESVA', 'Nödlandningsövning', 'Avbrutet pga väder', `Tankat ${rng.int(40, 120)} l`]))]);
  }
  x.put(csv(rows, { sep: '\t', eol: '\n' }));
}

function bokningar(C) {
  const x = ctx(C, 'flyg/bokning/bokningar.ndjson'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 130; i++) {
    const s = rng.chance(0.6) ? rng.pick(STU) : rng.pick(MEM); const [reg] = rng.pick(FLEET); const d = date(rng, '2026-08-01', '2026-11-24');
    const ev = rng.pick(['booking.created', 'booking.cancelled', 'booking.updated', 'login', 'login.failed', 'booking.created']);
    const o = { ts: `${d}T${hms(rng)}.${rng.digits(3)}Z`, event: ev, user: { id: x.n.id('member-number', `M${num(rng, 5)}`), name: x.nm(s), email: x.mail(s) }, ip: x.ip() };
    if (ev.startsWith('booking')) Object.assign(o, { aircraft: x.n.id('aircraft-registration', reg), from: `${date(rng, '2026-11-25', '2027-01-31')}T${hhmm(rng, 8, 17)}`, instructor: rng.chance(0.6) ? x.nm(rng.pick(INS), 'short') : null });
    if (ev === 'login.failed') o.reason = 'bad_password';
    if (rng.chance(0.3)) o.ua = x.ua();
    out.push(o);
  }
  x.put(ndjson(out));
}

function bokIcs(C) {
  const x = ctx(C, 'flyg/bokning/flygplansbokning.ics'); const { rng } = x;
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//MyWebLog//Bokning 5.1//SV', 'X-WR-CALNAME:Västanå – flygplan'];
  for (let i = 0; i < 45; i++) {
    const s = rng.pick(STU); const ins = rng.pick(INS); const [reg] = rng.pick(FLEET); const d = date(rng, '2026-11-25', '2027-01-20').replace(/-/g, '');
    const h = rng.int(8, 16);
    L.push('BEGIN:VEVENT', `UID:${uuid(rng)}`, `DTSTART;TZID=Europe/Stockholm:${d}T${p2(h)}0000`, `DTEND;TZID=Europe/Stockholm:${d}T${p2(h + 2)}0000`,
      `SUMMARY:${x.n.id('aircraft-registration', reg)} – ${x.nm(s, 'short')} (skolflyg)`, `ORGANIZER;CN=${x.nm(ins, 'short', 'ics-cn')}:mailto:${x.mail(ins)}`,
      `ATTENDEE;CN=${x.nm(s, 'short', 'ics-cn')};PARTSTAT=ACCEPTED:mailto:${x.mail(s)}`, `LOCATION:Västanå flygfält (${x.n.id('icao', 'ESVA')})`,
      `DESCRIPTION:Lektion ${rng.int(1, 40)}. Elev mobil ${x.tel(s)}. Vid förhinder kontakta ${x.nm(ins, 'short')} ${x.tel(ins)}.`, 'END:VEVENT');
  }
  L.push('END:VCALENDAR');
  x.put(folded(L));
}

function ppr(C) {
  const x = ctx(C, 'flyg/flygfalt/ppr_begaran.json'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 55; i++) {
    const v = VIS[i % VIS.length]; const d = date(rng, '2026-05-01', '2026-10-15');
    const reg = rng.chance(0.45) ? rng.pick(FOREIGN_REG) : `SE-${letters(rng, 3)}`;
    const pob = rng.int(1, 4); const pax = [];
    for (let k = 1; k < pob; k++) pax.push(rng.chance(0.6) ? x.nm(kin(rng, v)) : x.nm(rng.pick(MEM)));
    out.push({ pprNumber: x.n.id('ppr-number', `PPR${d.replace(/-/g, '').slice(2)}-${rng.int(10, 99)}`), received: `${d}T${hms(rng)}Z`, aircraft: { registration: x.n.id('aircraft-registration', reg), type: rng.pick(['C182', 'SR22', 'PA-32', 'RV-7', 'Bristell NG5', 'C152']) },
      pilot: { name: x.nm(v, rng.pick(['full', 'full', 'caps'])), licence: x.n.id('licence-number', `${rng.pick(['SE', 'DE', 'NO', 'GB', 'DK'])}.FCL.${rng.pick(['PPL', 'LAPL', 'CPL'])}.${num(rng, 5)}`), phone: x.tel(v), email: x.mail(v) },
      passengers: pax, eta: `${d}T${hhmm(rng, 9, 17)}Z`, from: x.n.id('icao', rng.pick(['EKRK', 'ENTO', 'EFHK', 'EDHL', ...AD])), fuel: rng.pick(['AVGAS 100LL', 'MOGAS', 'ingen']),
      handledBy: x.nm(rng.pick(AFIS), 'short'), status: rng.pick(['APPROVED', 'APPROVED', 'DENIED', 'CANCELLED']) });
  }
  x.put(jsonOut({ airfield: 'ESVA', requests: out }));
}

function landningsavgifter(C) {
  const x = ctx(C, 'flyg/flygfalt/landningsavgifter_okt.pdf'); const { rng } = x;
  const lines = [{ text: 'Västanå flygfält – Landningsavgifter oktober 2026', size: 13, bold: true }, footer(x, O, ['orgnr', 'bg', 'switchboard']), ''];
  for (let i = 0; i < 75; i++) {
    const v = rng.pick(cp(VIS)); const reg = rng.chance(0.5) ? rng.pick(FOREIGN_REG) : `SE-${letters(rng, 3)}`;
    lines.push(`Faktura ${x.n.id('invoice-number', String(26000 + i))}  ${x.n.id('aircraft-registration', reg)}  MTOW ${rng.int(650, 1600)} kg  Ldg ${rng.int(1, 4)}`);
    lines.push(`  Betalare: ${x.nm(v, rng.pick(['full', 'caps', 'surname-first']))}, ${x.mail(v)}  OCR ${x.n.id('ocr', ocr(rng, 10))}  Belopp ${x.n.amount(amount(rng, 150, 1800))}`);
  }
  x.put(pdfLines(lines, { title: 'Landningsavgifter' }));
}

function radiologg(C) {
  const x = ctx(C, 'flyg/flygfalt/radiologg_oktober.txt'); const { rng } = x;
  const out = ['AFIS VÄSTANÅ – DAGLIG LOGG (renskriven)', `Frekvens 123.455  Tel tornet ${x.n.switchboard(O.switchboard)}`, ''];
  for (let d = 1; d <= 31; d += rng.int(1, 2)) {
    const op = rng.pick(AFIS);
    out.push(`--- 2026-10-${p2(d)}  AFIS: ${x.nm(op, rng.pick(['short', 'caps']))} ---`);
    for (let i = 0; i < rng.int(4, 9); i++) {
      const v = rng.pick([...VIS, ...MEM]); const [reg] = rng.pick(FLEET);
      out.push(`${hhmm(rng, 7, 19)}Z ${rng.pick([
        () => `${x.n.id('aircraft-registration', reg)} avg. bana 21, ${x.nm(rng.pick(INS), 'short')} + elev ${x.nm(rng.pick(STU), rng.pick(['short', 'lower']))}`,
        () => `${x.n.id('aircraft-registration', rng.pick(FOREIGN_REG))} inb. från ${rng.pick(AD)}, pilot ${x.nm(v)}, ${rng.int(1, 4)} POB, ppr ok`,
        () => `ringde ${x.nm(v, 'lower')} ${x.tel(v)} ang. sen ankomst`, () => `fåglar bana 03, meddelat ${x.n.lone(rng.pick(LONE))}`,
        () => `QNH ${rng.int(990, 1030)} vind ${p2(rng.int(0, 35))}0/${rng.int(2, 18)}KT`, () => `bränsle: ${x.nm(v)} tankade ${rng.int(30, 140)} l, betalt kort`,
        () => `${x.nm(rng.pick(MEM), 'caps')} ringde från ${x.tel(rng.pick(MEM))}, tappat headset i hangar 2`,
      ])()}`);
    }
    out.push('');
  }
  x.put(textOut(out.join('\n')));
}

function insVcf(C) {
  const x = ctx(C, 'flyg/instruktorer/instruktorer.vcf'); const { rng } = x;
  x.put(vcard(INS.map((p) => [`N:${p.last};${p.given};;;`, `FN:${x.nm(p, 'full', 'vcard-fn')}`, 'ORG:Västanå Flygklubb;Flygskolan', `TITLE:${rng.pick(['FI(A)', 'CRI', 'FI(A) / skolchef', 'FE(A)'])}`,
    `TEL;TYPE=CELL:${x.tel(p)}`, `EMAIL:${x.mail(p)}`, `NOTE:Behörighet ${x.n.id('licence-number', `SE.FCL.FI.${num(rng, 5)}`)}\\, född ${x.n.date(dotDate(`${p.pnr.y}-${p2(p.pnr.m)}-${p2(p.pnr.d)}`))}`])));
}

function mail(C) {
  const x = ctx(C, 'flyg/mail/flygskolan.mbox'); const { rng } = x;
  const msgs = [];
  for (let i = 0; i < 40; i++) {
    const s = rng.pick(STU); const ins = rng.pick(INS); const g = GUARD.get(s); const d = date(rng, '2026-08-01', '2026-11-20');
    const k = rng.pick(['guard', 'student', 'ts', 'ins']);
    let m;
    if (k === 'guard' && g) {
      m = { from: [x.nm(g, 'full', 'header-display'), x.mail(g)], to: [[x.nm(ins, 'short', 'header-display'), x.mail(ins)]], subject: `Angående ${s.first}s flygträning`,
        text: `Hej ${x.n.lone(ins.first)}!\n\nJag är vårdnadshavare till ${x.nm(s)} (${x.pnr(s)}) som går PPL-kursen. Hen har prov på lördag men är förkyld, kan ni flytta lektionen?\nNå mig på ${x.tel(g)}.\n\nHälsningar\n${x.nm(g, 'full', 'signature')}` };
      x.n.id('genitive-first-name', `${s.first}s`);
    } else if (k === 'ts') {
      m = { from: [x.nm(s, 'full', 'header-display'), x.mail(s)], to: [['Skolchef', x.n.role(O.roles[1])]], subject: 'Fråga om teoriprov hos Transportstyrelsen',
        text: `Hej,\nJag har fått ärendenummer ${x.n.id('case-number', `TSL ${rng.int(2025, 2026)}-${num(rng, 5)}`)} från ${x.n.company('Transportstyrelsen')} men inget datum för teoriprovet. Mitt personnummer är ${x.pnr(s)}.\n\n/${x.nm(s, 'short', 'signature')}\n${x.tel(s)}` };
    } else if (k === 'ins') {
      const o = rng.pick(INS);
      m = { from: [x.nm(ins, 'short', 'header-display'), x.mail(ins)], to: [[x.nm(o, 'short', 'header-display'), x.mail(o)]], cc: [['', x.n.role(O.roles[0])]], subject: `Elev ${s.first} ${s.last[0]}.`,
        text: `Tjena,\nkan du ta ${x.nm(s)} på tisdag? Hen behöver 3 landningsvarv till före solo. ${x.n.id('aircraft-registration', rng.pick(FLEET)[0])} är bokad 10-12.\nRing ${x.tel(ins)} om nåt.\n/${x.n.lone(ins.first)}` };
      x.n.id('initial-name', `${s.first} ${s.last[0]}.`);
    } else {
      m = { from: [x.nm(s, 'full', 'header-display'), x.mail(s)], to: [[x.nm(ins, 'full', 'header-display'), x.mail(ins)]], subject: 'Ombokning',
        text: `Hej ${x.n.lone(ins.first)},\nkan vi flytta torsdagens pass till ${x.n.date(svDate(date(rng, '2026-11-26', '2026-12-20')))}? Jobbet krånglar.\n\nMvh ${x.nm(s, rng.pick(['full', 'lower']), 'signature')}\nTel: ${x.tel(s)}` };
    }
    Object.assign(m, { date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@${m.from[1].split('@')[1]}`, enc: rng.pick(['qp', 'b64', '8bit', 'qp']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Sat Nov 21 07:00:00 2026' });
    msgs.push(m);
  }
  x.put(mbox(msgs));
}

function inbjudan(C) {
  const x = ctx(C, 'flyg/mail/teorikurs_inbjudan.eml'); const { rng } = x;
  const list = STU.slice(115, 150);
  const chef = INS[0];
  const rowsH = list.map((s) => `<tr><td>${htmlEsc(x.nm(s))}</td><td>${htmlEsc(x.mail(s))}</td><td>${htmlEsc(x.tel(s))}</td></tr>`).join('\n');
  const html = `<html><body style="font-family:Calibri"><p>Hej alla blivande piloter!</p><p>Välkomna till teorikursen PPL(A) vinter 2026/27 som startar ${x.n.date('7 januari 2027')} kl 18.30 i klubbstugan.</p>
<p>Deltagarlista (kontrollera att era uppgifter stämmer):</p><table border="1"><tr><th>Namn</th><th>E-post</th><th>Mobil</th></tr>
${rowsH}
</table><p>Kurskostnad ${x.n.amount('6 900 kr')} betalas till bankgiro ${x.n.id('bankgiro', O.bg)}.</p>
<p>Vänliga hälsningar<br>${htmlEsc(x.nm(chef, 'full', 'signature'))}<br>Skolchef, Västanå Flygklubb<br>${htmlEsc(x.tel(chef))}</p></body></html>`;
  x.put(htmlEml({ from: [x.nm(chef, 'full', 'header-display'), x.mail(chef)], to: [['Teorikurs vinter', x.n.role(O.roles[0])]], subject: 'Välkommen till teorikursen – deltagarlista', date: rfcDate('2026-11-18', '19:40:12'), id: `${uuid(rng)}@${D}`, html, enc: 'qp' }));
}

function medlemXml(C) {
  const x = ctx(C, 'flyg/medlem/medlemsregister.xml'); const { rng } = x;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<Medlemsregister forening="Västanå Flygklubb" orgnr="${x.n.orgnr(O.orgnr)}" uttag="2026-11-20">`];
  for (const m of MEM.slice(0, 90)) {
    out.push(`  <Medlem nr="${x.n.id('member-number', String(rng.int(1000, 4999)))}" typ="${rng.pick(['Aktiv', 'Passiv', 'Junior', 'Hedersmedlem'])}">`,
      `    <Fornamn>${xmlEsc(m.given)}</Fornamn>`, `    <Efternamn>${xmlEsc(m.last)}</Efternamn>`, `    <Personnummer>${x.pnr(m)}</Personnummer>`);
    x.join(m.given, m.last);
    if (rng.chance(0.85)) out.push(`    <Telefon typ="mobil">${xmlEsc(x.tel(m))}</Telefon>`);
    out.push(`    <Epost>${x.mail(m)}</Epost>`, `    <Avgift ar="2026" betald="${rng.pick(['ja', 'ja', 'nej'])}">${x.n.amount(`${rng.pick([1200, 1850, 600, 2400])}.00`)}</Avgift>`);
    if (rng.chance(0.08)) out.push(`    <Foretag orgnr="${x.n.orgnr()}">Företagsmedlemskap</Foretag>`, `    <ReferensPnr>${rng.chance(0.5) ? x.n.badLuhn() : x.n.badDate()}</ReferensPnr>`);
    if (rng.chance(0.15)) out.push(`    <Anteckning>Anhörig: ${xmlEsc(x.nm(kin(rng, m)))}</Anteckning>`);
    out.push('  </Medlem>');
  }
  out.push('</Medlemsregister>');
  x.put(textOut(`${out.join('\n')}\n`));
}

function protokoll(C) {
  const x = ctx(C, 'flyg/klubb/styrelseprotokoll_2026-09.docx'); const { rng } = x;
  const board = MEM.slice(0, 7);
  const b = [{ h: 'Protokoll fört vid styrelsemöte i Västanå Flygklubb 2026-09-17' }, `Närvarande: ${board.map((p) => x.nm(p)).join(', ')}`,
    `Adjungerad: ${x.nm(INS[0])} (skolchef)`, { h: '§ 1 Mötets öppnande' }, `Ordförande ${x.nm(board[0])} öppnade mötet.`, { h: '§ 2 Val av justerare' }, `${x.nm(board[3])} valdes att justera protokollet.`,
    { h: '§ 3 Flygsäkerhet' }, { runs: ['Händelserapport ', x.n.id('occurrence-number', `TS-${num(rng, 6)}`), ' (propellerskada ', x.n.id('aircraft-registration', 'SE-LNY'), '): piloten ', x.nm(rng.pick(MEM)), ' har intervjuats av ', x.nm(INS[2]), '.'] },
    { h: '§ 4 Medlemsärenden' }];
  for (let i = 0; i < 8; i++) { const m = rng.pick(MEM); b.push(`Ansökan om ${rng.pick(['medlemskap', 'uppehåll', 'utträde', 'juniorstipendium'])} från ${x.nm(m)}, född ${x.n.date(String(m.pnr.y))}: ${rng.pick(['beviljas', 'bordläggs', 'avslås'])}.`); }
  b.push({ table: [['Uppdrag', 'Ansvarig', 'Telefon'], ...board.slice(1, 6).map((p) => [rng.pick(['Kassör', 'Hangarfogde', 'Klubbstugan', 'Ungdomsverksamhet', 'Säkerhetsansvarig']), x.nm(p), x.tel(p)])] });
  b.push({ h: '§ 5 Övrigt' }, `Nästa möte hålls i klubbstugan, ${x.n.look('street', 'Selma Lagerlöfs torg')} 2, ${x.n.date('2026-10-15')}.`, `Vid protokollet: ${x.nm(board[1])}`, `Justeras: ${x.nm(board[0])}    ${x.nm(board[3])}`);
  x.put(docx(b, { creator: x.nm(board[1], 'full', 'docx-creator') }));
}

export default function build(C) {
  elevregister(C); medical(C); loggbok(C); bokningar(C); bokIcs(C); ppr(C); landningsavgifter(C); radiologg(C); insVcf(C); mail(C); inbjudan(C); medlemXml(C); protokoll(C);
}
