// Twenty-sixth blind set — a municipal adult-education centre's study guidance (komvux/): Vuxenutbildningen Norrvik.
// Applicants (many with samordningsnummer), grade transfers, course lists, counsellors' notes, web chat, decisions.
import { Rng, file, person, people, kin, nm, nameAs, nameStyle, pnr, phone, email, workEmail, T, ipVal, org, footer, role, server, date, dotDate, hhmm, hms,
  num, alnum, letters, csv, xlsx, docx, eml, message, rfcDate, htmlEsc, htmlToText, htmlEml, pdfLines, folded, jsonText, txt, STREETS, postcode, p2, svDate } from './core.mjs';

const DOM = 'vux.norrvik.se';
const COURSES = [['SVASVA01', 'Svenska som andraspråk 1'], ['SVASVA02', 'Svenska som andraspråk 2'], ['MATMAT01a', 'Matematik 1a'], ['MATMAT02b', 'Matematik 2b'],
  ['ENGENG05', 'Engelska 5'], ['ENGENG06', 'Engelska 6'], ['SAMSAM01b', 'Samhällskunskap 1b'], ['VÅRVÅR0', 'Vård- och omsorgsarbete 1'], ['HISHIS01a1', 'Historia 1a1'],
  ['NAKNAK01a1', 'Naturkunskap 1a1'], ['GRNSVA2', 'Svenska som andraspråk grund'], ['BIOBIO01', 'Biologi 1']];
const SCHOOLS = ['Anna Whitlock-gymnasiet', 'Polhemsskolan', 'Katedralskolan', 'Lycée Victor Hugo', 'Al-Mustansiriya Secondary School', 'Hvitfeldtska gymnasiet',
  'Rudbeckianska gymnasiet', 'Jenny Nyströmsskolan', 'Kyiv Lyceum No. 142', 'Tensta gymnasium'];

export default function komvux(C) {
  const g = new Rng('komvux/world');
  const O = org(g, { name: 'Vuxenutbildningen Norrvik', domain: DOM, area: '31', roles: ['komvux', 'studievagledning', 'noreply', 'antagning', 'csn-handlaggare'] });
  const studs = people(g, 200, { middle: 0.12 }).map((p) => {
    const sam = g.chance(0.18);
    return { ...p, pnr: pnr(g, { minYear: 1962, maxYear: 2006, samord: sam }), tel: phone(g, g.chance(0.93) ? 'mobile' : 'landline'), mail: email(g, p), ip: ipVal(g) };
  });
  const svl = people(g, 9).map((p) => ({ ...p, mail: workEmail(p, DOM), tel: phone(g, 'landline'), roll: 'studie- och yrkesvägledare' }));
  const tch = people(g, 16).map((p) => ({ ...p, mail: workEmail(p, DOM), roll: 'lärare' }));
  const staff = [...svl, ...tch];
  const grade = (rng) => rng.pick(['A', 'B', 'C', 'C', 'D', 'E', 'E', 'F', '-']);

  // 1. Applications export — UTF-8 BOM, `,`, quoted multi-line cells.
  {
    const F = file(C, 'komvux/ansokningar_vt27.csv'); const { R, rng, N } = F;
    const rows = [['Ansökan-ID', 'Namn', 'Personnummer', 'E-post', 'Mobil', 'Sökta kurser', 'Motivering', 'Inkommen', 'IP-adress', 'Status']];
    for (const s of studs.slice(0, 125)) {
      const cs = rng.shuffle(COURSES).slice(0, rng.int(1, 3));
      const mot = rng.pick([() => `Jag vill läsa vidare till undersköterska.\nJag jobbar natt på ${N.look('company', 'Hemtjänst Norrvik Syd')} och kan bara läsa på distans.`,
        () => `Behöver behörighet för sjuksköterskeprogrammet.\nHar betyg från ${N.look('school', rng.pick(SCHOOLS))} som ska överföras.`,
        () => `Min handläggare på arbetsförmedlingen ${nm(R, person(rng))} sa att jag ska söka.`, () => 'Vill förbättra min svenska.\n\nTack!',
        () => `Jag heter ${nm(R, s, 'full', 'self-intro')} och bor i ${N.look('place', 'Västra Berga')}.\nRing gärna ${T(R, 'phone', s.tel)} efter kl 16.`])();
      const hasPnr = rng.chance(0.9);
      rows.push([N.id('application-id', `ANS-${num(rng, 7)}`), nm(R, s, rng.chance(0.75) ? 'surname-first' : nameStyle(rng)),
        hasPnr ? T(R, 'personnummer', s.pnr) : N.id('reserve-number', `${s.pnr.value.replace(/\D/g, '').slice(-10, -4)}-T${rng.digits(3)}`),
        T(R, 'email', s.mail), T(R, 'phone', s.tel), cs.map((c) => N.id('course-code', c[0])).join(' | '), mot, `${date(rng, '2026-09-15', '2026-11-15')} ${hhmm(rng)}`,
        T(R, 'ip', s.ip), rng.pick(['Inkommen', 'Under handläggning', 'Behörig', 'Ej behörig', 'Komplettering begärd'])]);
    }
    F.put(csv(rows, { bom: true }));
  }

  // 2. Grade transfers — XML with given and family name in separate elements.
  {
    const F = file(C, 'komvux/betygsoverforing.xml'); const { R, rng, N } = F;
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<Betygsoverforing xmlns="urn:se:norrvik:vux:betyg:2" skapad="2026-11-20T08:14:02" avsandare="${O.name}">`];
    for (const s of studs.slice(100, 160)) {
      F.joined(s.given, s.last);
      L.push('  <Elev>', `    <Fornamn>${s.given}</Fornamn>`, `    <Efternamn>${s.last}</Efternamn>`, `    <Personnummer>${T(R, 'personnummer', s.pnr)}</Personnummer>`,
        `    <TidigareSkola orgnr="${N.orgnr()}">${N.look('school', rng.pick(SCHOOLS))}</TidigareSkola>`);
      for (const c of rng.shuffle(COURSES).slice(0, rng.int(2, 5))) L.push(`    <Kurs kod="${N.id('course-code', c[0])}" poang="${rng.pick([50, 100, 100, 150])}" betyg="${grade(rng)}" datum="${N.date(date(rng, '2019-06-01', '2026-06-12'))}"/>`);
      const t = rng.pick(tch);
      L.push(`    <Betygssattare>${nm(R, t, 'full', 'staff')}</Betygssattare>`, '  </Elev>');
    }
    L.push('</Betygsoverforing>');
    F.put(txt(L.join('\n') + '\n'));
  }

  // 3. Counsellors' notes — Markdown.
  {
    const F = file(C, 'komvux/vagledningsanteckningar.md'); const { R, rng, N } = F;
    const L = ['# Studievägledning – anteckningar HT 2026', '', `> Intern dokumentation. Frågor till ${role(R, O, 1)}.`, ''];
    for (const s of studs.slice(20, 95)) {
      const v = rng.pick(svl); const d = date(rng, '2026-08-15', '2026-11-23');
      L.push(`## ${nm(R, s, rng.chance(0.3) ? 'surname-first' : 'full')} – ${N.date(d)}`, '');
      L.push(`- **Vägledare:** ${nm(R, v, 'full', 'staff')}`);
      L.push(`- **Pnr:** ${T(R, 'personnummer', s.pnr)}`);
      if (rng.chance(0.6)) L.push(`- **Tel:** ${T(R, 'phone', s.tel)}`);
      L.push(`- ${rng.pick([() => `vill bli ${rng.pick(['undersköterska', 'elektriker', 'barnskötare', 'lastbilsförare'])}, saknar ${N.id('course-code', rng.pick(COURSES)[0])}. pratat m ${nm(R, rng.pick(tch), 'lower')} om plats`,
        () => `betyg fr ${N.look('school', rng.pick(SCHOOLS))} ej inkomna. ${s.first} mejlar dem själv`, () => `tolk behövs (${rng.pick(['arabiska', 'tigrinja', 'dari', 'somaliska', 'ukrainska'])}), bokad via ${N.look('company', 'Tolkcentralen Norr')}`,
        () => `studieplan klar. CSN-ansökan: se ${N.id('csn-ref', `CSN-${num(rng, 8)}`)}`, () => `anhörig ${nm(R, kin(rng, s))} följde med, hjälpte till att översätta`,
        () => `har barn på förskolan, kan bara fm. ${N.lone(s.first)} återkommer ${N.date(dotDate(date(rng)))}`])()}`);
      if (rng.chance(0.25)) L.push(`- fel pnr i Alvis (${N.badLuhn()}), rättat till ovan`);
      L.push('');
    }
    F.put(txt(L.join('\n')));
  }

  // 4. Course participants — .xlsx, a sheet per course.
  {
    const F = file(C, 'komvux/kursdeltagare_ht26.xlsx'); const { R, rng, N } = F;
    const sheets = [];
    for (const c of COURSES.slice(0, 4)) {
      const t = rng.pick(tch);
      const rows = [[`${c[1]} (${N.id('course-code', c[0])}) – lärare ${nm(R, t, 'full', 'staff')}`], [], ['Efternamn', 'Förnamn', 'Personnummer', 'E-post', 'Närvaro %', 'Omdöme']];
      for (const s of rng.shuffle(studs).slice(0, 26)) {
        F.joined(s.given, s.last);
        rows.push([s.last, s.given, T(R, 'personnummer', s.pnr), T(R, 'email', s.mail), rng.int(35, 100), rng.pick(['', 'ok', 'behöver stöd', 'riskerar F', 'mycket bra'])]);
      }
      sheets.push({ name: c[0], rows });
    }
    F.put(xlsx(sheets, { creator: nm(R, svl[0], 'full', 'xlsx-creator') }));
  }

  // 5. Counsellors' mail — four .eml: plain with quoted reply, HTML-only, forward, with a CSV attachment.
  {
    const mk = (n) => file(C, `komvux/mail_${n}.eml`);
    { // plain + reply
      const F = mk('fraga_behorighet'); const { R, rng, N } = F; const s = studs[3]; const v = svl[1];
      const text = `Hej ${N.lone(v.first)}!\n\nJag undrar om mina betyg från Irak räknas. Jag har skickat dem till ${N.look('company', 'Universitets- och högskolerådet')}.\nMitt personnummer är ${T(R, 'personnummer', s.pnr)}.\n\nMed vänliga hälsningar\n${nm(R, s, 'full', 'signature')}\n${T(R, 'phone', s.tel)}\n\n-----Ursprungligt meddelande-----\nFrån: ${nm(R, v, 'full', 'staff')} <${R.t('email', v.mail, 'staff-work')}>\nSkickat: den ${svDate(date(rng))}\n\nHej! Skicka gärna kopior på betygen. /${v.first}\n${footer(R, O, ['orgnr', 'switchboard'])}`;
      nm(R, s, 'full', 'header-display'); R.t('email', s.mail.value, 'header');
      F.put(eml({ from: [s.full, s.mail.value], to: [[v.full, v.mail]], subject: 'Sv: Behörighet sjuksköterska', date: rfcDate('2026-10-14', '19:02:11'), id: `${num(rng, 12)}@mail.example`, text, enc: 'qp' }));
    }
    { // HTML-only
      const F = mk('kallelse_html'); const { R, rng, N } = F; const v = svl[2];
      const ppl = studs.slice(40, 52);
      const rowsH = ppl.map((s) => `<tr><td>${htmlEsc(nm(R, s))}</td><td>${T(R, 'personnummer', s.pnr)}</td><td>${hhmm(rng)}</td></tr>`).join('\n');
      const html = `<html><body><p>Hej alla vägledare,</p><p>här är kallelselistan för nivåtestet ${N.date('2026-12-03')}:</p><table>\n${rowsH}\n</table><p>Hälsningar<br>${htmlEsc(nm(R, v, 'full', 'signature'))}<br>Studie- och yrkesvägledare<br>${R.n('phone', 'switchboard', O.switchboard)}</p></body></html>`;
      nm(R, v, 'full', 'header-display'); R.t('email', v.mail, 'staff-work');
      F.put(htmlEml({ from: [v.full, v.mail], to: [['', role(R, O, 1)]], subject: 'Kallelse nivåtest SVA', date: rfcDate('2026-11-19', '08:40:00'), id: `${num(rng, 10)}@${DOM}`, html, enc: 'qp' }));
    }
    { // forward from the employment service
      const F = mk('fwd_arbetsformedlingen'); const { R, rng, N } = F; const v = svl[3]; const s = studs[61]; const af = person(rng);
      const text = `Vidarebefordrar, ${N.lone(s.first)} hör av sig.\n\n/${nm(R, v, 'full', 'signature')}\n\n---------- Vidarebefordrat meddelande ---------\nFrån: ${nm(R, af)} <${R.t('email', workEmail(af, 'arbetsformedlingen.example'), 'work')}>\nDatum: ${N.date(dotDate('2026-11-02'))}\nÄmne: Anvisning till komvux\n\nHej!\nJag anvisar ${nm(R, s)} (${T(R, 'personnummer', s.pnr)}) till yrkessvenska. Kontakt: ${T(R, 'phone', s.tel)}, ${T(R, 'email', s.mail)}.\nMvh ${nm(R, af, 'full', 'signature')}, arbetsförmedlare\nTel ${T(R, 'phone', phone(rng, 'landline'))}`;
      nm(R, v, 'full', 'header-display'); R.t('email', v.mail, 'staff-work');
      F.put(eml({ from: [v.full, v.mail], to: [['', O.roles[3]]], subject: 'VB: Anvisning till komvux', date: rfcDate('2026-11-03', '10:11:45'), id: `${num(rng, 11)}@${DOM}`, text, enc: 'b64', hdrMode: 'B' }));
      role(R, O, 3);
    }
    { // CSV attachment
      const F = mk('csn_underlag'); const { R, rng, N } = F; const v = svl[4];
      const rows = [['Namn', 'Personnummer', 'Kurs', 'Omfattning']];
      for (const s of studs.slice(120, 150)) rows.push([nm(R, s), T(R, 'personnummer', s.pnr), N.id('course-code', rng.pick(COURSES)[0]), `${rng.pick([50, 75, 100])} %`]);
      const att = csv(rows, { sep: ';' });
      const text = `Hej,\n\nbifogar underlag för CSN-rapporteringen v.47. Avvikelser hanteras av ${nm(R, svl[5], 'full', 'staff')}.\n\n${nm(R, v, 'full', 'signature')}\n${footer(R, O, ['orgnr', 'service'])}`;
      nm(R, v, 'full', 'header-display'); R.t('email', v.mail, 'staff-work');
      F.put(eml({ from: [v.full, v.mail], to: [['CSN-handläggare', role(R, O, 4)]], subject: 'Underlag CSN v.47', date: rfcDate('2026-11-20', '15:30:00'), id: `${num(rng, 9)}@${DOM}`, text, enc: '8bit',
        attachments: [{ name: 'csn_v47.csv', type: 'text/csv', data: att.bytes, text: att.text }] }));
    }
  }

  // 6. Web application events — NDJSON.
  {
    const F = file(C, 'komvux/webbansokan_events.ndjson'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 170; i++) {
      const s = rng.pick(studs); const ev = rng.pick(['login', 'application.created', 'application.submitted', 'document.uploaded', 'profile.updated']);
      const o = { ts: isoT(rng), event: ev, session: alnum(rng, 16).toLowerCase(), ip: T(R, 'ip', s.ip), ua: rng.pick(['Mozilla/5.0 (Android 13)', 'Mozilla/5.0 (iPhone)', 'Mozilla/5.0 (Windows NT 10.0)']) };
      if (ev === 'login') o.user = { method: 'bankid', pnr: rng.chance(0.85) ? T(R, 'personnummer', s.pnr) : N.masked() };
      if (ev === 'application.created' || ev === 'application.submitted') o.applicant = { name: nm(R, s), email: T(R, 'email', s.mail), courses: [N.id('course-code', rng.pick(COURSES)[0])] };
      if (ev === 'document.uploaded') o.document = { filename: `betyg_${s.last.toLowerCase().replace(/[^a-z]/g, '')}.pdf`, bytes: rng.int(40000, 2400000), sha1: alnum(rng, 20).toLowerCase() };
      if (ev === 'profile.updated') o.changes = { mobile: { old: N.service(), new: T(R, 'phone', s.tel) } };
      if (rng.chance(0.05)) o.upstream = server(R, O, 0);
      L.push(JSON.stringify(o));
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 7. Study certificates — PDF.
  {
    const F = file(C, 'komvux/studieintyg_nov.pdf'); const { R, rng, N } = F;
    const lines = [];
    for (const s of studs.filter((x) => /^[\x20-\xff]*$/.test(x.full)).slice(0, 22)) {
      const v = rng.pick(svl.filter((x) => /^[\x20-\xff]*$/.test(x.full)));
      lines.push({ text: 'STUDIEINTYG', bold: true, size: 14 }, '', `Härmed intygas att ${nm(R, s)}, personnummer ${T(R, 'personnummer', s.pnr)},`,
        `är antagen till studier vid ${O.name} under perioden ${N.date(dotDate('2026-08-17'))} – ${N.date(dotDate('2027-01-15'))}.`, `Studietakt: ${rng.pick([50, 75, 100])} %`, '',
        `Norrvik ${N.date(svDate(date(rng, '2026-11-01', '2026-11-23')))}`, nm(R, v, 'full', 'signature'), 'Studie- och yrkesvägledare', footer(R, O, ['orgnr', 'switchboard']), '');
    }
    F.put(pdfLines(lines, { per: 22, title: 'Studieintyg' }));
  }

  // 8. Admission decisions — .docx.
  {
    const F = file(C, 'komvux/beslut_antagning_vt27.docx'); const { R, rng, N } = F;
    const blocks = [{ h: 'Beslut om antagning – vuxenutbildning VT 2027' }];
    for (const s of studs.slice(150, 172)) {
      const c = rng.pick(COURSES); const yes = rng.chance(0.75);
      blocks.push({ h: `Dnr ${N.id('case-id', `VUX 2026/${num(rng, 4)}`)}` },
        { table: [['Sökande', nm(R, s, rng.chance(0.3) ? 'caps' : 'full')], ['Personnummer', T(R, 'personnummer', s.pnr)], ['Adress', `${N.look('street', `${rng.pick(STREETS)} ${rng.int(1, 70)}`)}, ${N.id('postcode', postcode(rng))} Norrvik`], ['Kurs', `${c[1]} (${N.id('course-code', c[0])})`], ['Beslut', yes ? 'Antagen' : 'Ej antagen']] },
        { runs: ['Beslutet är fattat av ', nm(R, rng.pick(svl), 'full', 'staff'), ' på delegation. ', yes ? 'Välkommen!' : 'Beslutet kan inte överklagas.'] });
    }
    blocks.push(footer(R, O, ['orgnr', 'bg', 'switchboard']));
    F.put(docx(blocks, { creator: nm(R, svl[6], 'full', 'docx-creator') }));
  }

  // 9. Web chat transcripts.
  {
    const F = file(C, 'komvux/chatt_transkript.txt'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 28; i++) {
      const s = rng.pick(studs); const v = rng.pick(svl); const d = date(rng, '2026-10-01', '2026-11-23');
      L.push(`=== Chatt ${N.id('chat-id', `#${num(rng, 6)}`)} · ${d} · besökare ${T(R, 'ip', s.ip)} ===`);
      const who = nm(R, s, rng.chance(0.2) ? 'lower' : 'full', 'chat-speaker'); const vw = nm(R, v, 'short', 'chat-speaker');
      L.push(`[${hhmm(rng)}] ${vw}: Hej och välkommen till Komvux Norrvik! Vad gäller det?`);
      L.push(`[${hhmm(rng)}] ${who}: ${rng.pick([() => `hej jag har sökt matte 2b men inte fått svar. mitt pnr ${T(R, 'personnummer', s.pnr)}`, () => `hi, i want to study swedish. my number is ${T(R, 'phone', s.tel)}`,
        () => `min mejl är ${T(R, 'email', s.mail)} jag fick inget mejl`, () => `kan jag läsa på kvällen? jobbar dagtid`])()}`);
      L.push(`[${hhmm(rng)}] ${vw}: ${rng.pick([() => `Jag ser din ansökan ${N.id('application-id', `ANS-${num(rng, 7)}`)}. Den handläggs nu.`, () => `Ring gärna ${R.n('phone', 'switchboard', O.switchboard)} mån–tors.`, () => `Jag skickar det till min kollega ${nm(R, rng.pick(svl), 'full', 'staff')}.`])()}`);
      if (rng.chance(0.4)) L.push(`[${hhmm(rng)}] ${who}: tack!`);
      L.push('');
    }
    F.put(txt(L.join('\n')));
  }

  // 10. Attendance — TSV with a title line above the header.
  {
    const F = file(C, 'komvux/narvaro_v46.tsv'); const { R, rng, N } = F;
    const L = [`Närvarorapport vecka 46 – ${O.name} – utskriven ${N.date('2026-11-16')}`, ['Elev', 'Pnr', 'Kurs', 'Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lärare'].join('\t')];
    for (const s of rng.shuffle(studs).slice(0, 110)) {
      const t = rng.pick(tch);
      L.push([nm(R, s, rng.chance(0.7) ? 'surname-first' : 'full'), T(R, 'personnummer', s.pnr), N.id('course-code', rng.pick(COURSES)[0]), ...Array.from({ length: 5 }, () => rng.pick(['N', 'N', 'N', 'F', 'G', '-'])), N.id('initials', `${t.first[0]}${t.last[0]}`)].join('\t'));
    }
    F.put(txt(L.join('\r\n') + '\r\n'));
  }

  // 11. CSN reporting — Windows-1252 `;`.
  {
    const F = file(C, 'komvux/csn_rapport_2026-11.csv'); const { R, rng, N } = F;
    const rows = [['Personnummer', 'Efternamn', 'Förnamn', 'Kurskod', 'Startdatum', 'Slutdatum', 'Studietakt', 'Avbrott']];
    for (const s of studs.filter((x) => /^[\x20-\xff]*$/.test(x.full)).slice(30, 140)) {
      F.joined(s.given, s.last);
      rows.push([T(R, 'personnummer', s.pnr), s.last, s.given, N.id('course-code', rng.pick(COURSES)[0]), N.date(date(rng, '2026-08-17', '2026-09-30')), '2027-01-15', rng.pick(['50', '75', '100']), rng.chance(0.1) ? 'J' : 'N']);
    }
    rows.push([N.orgnr(), 'SUMMA', '', '', '', '', '', '']);
    F.put(csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 12. Guidance bookings — .ics.
  {
    const F = file(C, 'komvux/vagledning_bokningar.ics'); const { R, rng, N } = F;
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Norrvik//Bokningsappen//SV'];
    for (let i = 0; i < 45; i++) {
      const s = rng.pick(studs); const v = rng.pick(svl); const d = date(rng, '2026-11-24', '2026-12-22').replace(/-/g, '');
      L.push('BEGIN:VEVENT', `UID:${N.id('ics-uid', `vux-${num(rng, 8)}@${DOM}`, 'email')}`, `DTSTART;TZID=Europe/Stockholm:${d}T${p2(rng.int(8, 15))}${rng.pick(['00', '30'])}00`, `SUMMARY:Vägledningssamtal ${nm(R, s)}`,
        `ORGANIZER;CN="${nm(R, v, 'full', 'ics-cn')}":mailto:${R.t('email', v.mail, 'staff-work')}`, `ATTENDEE;CN="${nm(R, s, 'full', 'ics-cn')}":mailto:${T(R, 'email', s.mail)}`,
        `DESCRIPTION:Tel ${T(R, 'phone', s.tel)}. ${rng.chance(0.3) ? 'Tolk behövs.' : 'Via Teams.'}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    F.put(folded(L));
  }
}
function isoT(rng) { return `${date(rng, '2026-10-01', '2026-11-23')}T${hms(rng)}.${rng.digits(3)}Z`; }
