// Twenty-third blind set — a youth football cup organiser: team lists with players and leaders, referee rosters with
// payment details, accommodation lists (TSV), the registration API's JSON, incident reports (.docx), match reports
// (XML), leaders' mail, the volunteers' Slack export, the first-aid tent's log, the public results page, an
// accreditation list (PDF), Swish payments at the kiosk and the guest wifi portal's log.
import { Rng, people, person, kin, pnr, phone, email, workEmail, T, TN, date, dotDate, hhmm, hms, isoTs, num, alnum, mac, ipVal, privateIp, org, footer, role, server, nears,
  csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText, pdfLines, jsonText, put, amount, svDate, LONE, LOOKALIKE, alt, clearing, account, xmlEsc, ascii, cgnat } from './core.mjs';

const O = { name: 'Kustcupen Ideell Förening', domain: 'kustcupen.se' };
const CLUBS = ['IFK Sandvik', 'Strandby BK', 'Hamnens IF', 'FC Ålsjö', 'Västerby GoIF', 'Norrmarks FF', 'Kvarnbo IK', 'Team Hällnäs', 'Rödöns SK', 'Lillhamra United', 'Tampereen Pallo-Junnut', 'Oslo Øst FK', 'Storviks AIK', 'Bränna BoIS'];
const CLASSES = ['P12', 'F12', 'P14', 'F14', 'P16', 'F16'];
const SCHOOLS = ['Karl Gustavs skola', 'Sven Hedins sporthall', 'Ingrid Marie-hallen', 'Strandskolan', 'Hamnskolan'];

export default function cup(C) {
  const g = new Rng('cup/org');
  const o = org(g, { ...O, area: '35', roles: ['info', 'lag', 'noreply', 'domare', 'kansli'] });
  const office = people(g, 6, { cp1252: true, middle: 0 }).map((p) => ({ ...p, mob: phone(g, 'mobile', 'grouped'), mail: workEmail(p, O.domain), uid: `U0${alnum(g, 8)}` }));
  const teams = CLUBS.flatMap((club) => [g.pick(CLASSES), g.pick(CLASSES)].filter((v, i, a) => a.indexOf(v) === i).map((cls) => ({ club, cls })));
  for (const t of teams) { t.leaders = [person(g), person(g)].map((p) => ({ ...p, tel: phone(g, 'mobile'), mail: email(g, p) })); }

  // 1. Team lists (UTF-8 `,`, one row per player).
  {
    const f = 'cup/laguppstallningar_2026.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Klass', 'Förening', 'Tröja', 'Förnamn', 'Efternamn', 'Födelsedatum', 'Ledare', 'Ledare mobil', 'Ledare e-post', 'Allergier']];
    for (const t of teams.slice(0, 18)) {
      const yr = 2026 - Number(t.cls.slice(1));
      for (let i = 0; i < 13; i++) {
        const p = person(rng, { middle: 0.05 }); C.joined(f, p.given, p.last);
        const ld = t.leaders[i % 2];
        rows.push([t.cls, t.club, String(rng.int(1, 99)), p.given, p.last, n.date(`${yr}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`), i < 2 ? TN(R, ld, 'full', 'leader') : '', i < 2 ? T(R, 'phone', ld.tel) : '', i < 2 ? T(R, 'email', ld.mail) : '',
          rng.pick(['', '', '', 'nötter', 'laktos', 'gluten', 'pälsdjur'])]);
      }
    }
    put(C, f, csv(rows));
  }

  // 2. Referee roster with payment details (.xlsx, one sheet a day).
  {
    const f = 'cup/domarschema_och_arvoden.xlsx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const refs = people(rng, 34).map((p) => ({ ...p, pn: pnr(rng, { minYear: 1970, maxYear: 2009 }), tel: phone(rng, 'mobile'), mail: email(rng, p) }));
    const sheets = [];
    for (const day of ['Fre 3 juli', 'Lör 4 juli', 'Sön 5 juli']) {
      const rows = [[`Domarschema ${day}`], ['Match', 'Plan', 'Tid', 'Domare', 'Ass 1', 'Ass 2', 'Domarens mobil']];
      for (let i = 0; i < 24; i++) {
        const [a, b, c] = rng.shuffle(refs).slice(0, 3);
        rows.push([n.id('match-number', `M${rng.int(100, 999)}`), `Plan ${rng.int(1, 8)}`, hhmm(rng), TN(R, a, rng.pick(['full', 'surname-first'])), TN(R, b, 'full'), rng.chance(0.6) ? TN(R, c, 'full') : '', T(R, 'phone', a.tel)]);
      }
      sheets.push({ name: day, rows });
    }
    const pay = [['Domare', 'Personnummer', 'E-post', 'Clearing', 'Konto', 'Matcher', 'Arvode']];
    for (const r of refs) pay.push([TN(R, r, 'full'), T(R, 'personnummer', r.pn), T(R, 'email', r.mail), n.id('clearing-number', clearing(rng)), n.id('bank-account', account(rng)), rng.int(2, 9), n.amount(amount(rng, 400, 2400))]);
    sheets.push({ name: 'Arvoden', rows: pay });
    put(C, f, xlsx(sheets, { creator: R.t('name', office[1].full, 'xlsx-creator') }));
  }

  // 3. Accommodation lists (TSV).
  {
    const f = 'cup/boende_skolor.tsv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Skola', 'Sal', 'Lag', 'Antal', 'Ansvarig ledare', 'Mobil', 'Nattvakt', 'Nattvakt tel', 'Incheckning']];
    for (let i = 0; i < 60; i++) {
      const t = rng.pick(teams); const l = rng.pick(t.leaders); const nv = person(rng);
      rows.push([n.look('lookalike-building', rng.pick(SCHOOLS)), `Sal ${rng.int(1, 30)}`, `${t.club} ${t.cls}`, String(rng.int(10, 22)), TN(R, l, rng.pick(['full', 'caps']), 'leader'), T(R, 'phone', l.tel), TN(R, nv, 'full'), T(R, 'phone', phone(rng)), `${rng.pick(['3/7', '2/7'])} ${hhmm(rng)}`]);
    }
    put(C, f, `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`);
  }

  // 4. Registration API (nested JSON).
  {
    const f = 'cup/anmalningar_api.json'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const out = [];
    for (const t of teams.slice(8)) {
      const players = Array.from({ length: rng.int(9, 13) }, () => { const p = person(rng); C.joined(f, p.given, p.last); return { givenName: p.given, familyName: p.last, shirt: rng.int(1, 99), birthYear: 2026 - Number(t.cls.slice(1)), photoConsent: rng.chance(0.8) }; });
      const guardians = Array.from({ length: rng.int(1, 3) }, () => { const p = person(rng); return { name: TN(R, p, 'full', 'guardian'), phone: T(R, 'phone', phone(rng, rng.chance(0.15) ? 'foreign' : 'mobile')), email: T(R, 'email', email(rng, p)) }; });
      out.push({ registrationId: n.id('registration-id', `REG-${num(rng, 6)}`), club: { name: t.club, orgNo: n.orgnr(), invoiceEmail: n.role(`kassor@${ascii(t.club).replace(/[^a-z]/g, '')}.se`) }, class: t.cls,
        contact: { name: TN(R, t.leaders[0], 'full', 'leader'), phone: T(R, 'phone', t.leaders[0].tel), email: T(R, 'email', t.leaders[0].mail), ip: T(R, 'ip', ipVal(rng)) }, players, guardians,
        payment: { amount: n.amount(`${rng.pick([3900, 4500, 5200])} SEK`), ocr: n.id('ocr', num(rng, 10)), paid: rng.chance(0.8) } });
    }
    put(C, f, jsonText({ event: 'Kustcupen 2026', generated: '2026-06-28T22:00:00+02:00', registrations: out }));
  }

  // 5. Incident reports (.docx).
  {
    const f = 'cup/incidentrapporter.docx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const blocks = [{ h: 'Incidentrapporter Kustcupen 2026' }, `Sammanställd av ${TN(R, office[0], 'full', 'staff')}, säkerhetsansvarig.`];
    for (let i = 0; i < 22; i++) {
      const t = rng.pick(teams); const p = person(rng); const l = rng.pick(t.leaders);
      blocks.push({ h: `Incident ${n.id('case-number', `IR-${num(rng, 4)}`)} – ${rng.pick(['skada', 'hot mot domare', 'försvunnen spelare', 'stöld på skolan', 'rasistiskt tillmäle'])}` });
      blocks.push(`${svDate(date(rng, '2026-07-03', '2026-07-05'))} kl ${hhmm(rng)}, ${alt(rng, () => 'plan 3', () => 'plan 7', () => 'matsalen', () => n.look('lookalike-building', rng.pick(SCHOOLS)))}. Inblandad spelare ${TN(R, p, 'full')} (${t.club} ${t.cls}).`);
      blocks.push({ runs: ['Ledare på plats: ', TN(R, l, 'full', 'leader'), ', ', T(R, 'phone', l.tel), '. ', alt(rng, () => `Förälder ${TN(R, kin(rng, p), 'full', 'guardian')} kontaktad.`, () => `Domare ${TN(R, person(rng), 'full')} skrev rapport.`, () => `Polisanmälan ${n.id('police-report-number', `5000-K${num(rng, 6)}-26`)}.`)] });
    }
    blocks.push(footer(R, o, ['orgnr', 'switchboard']));
    put(C, f, docx(blocks, { creator: R.t('name', office[0].full, 'docx-creator') }));
  }

  // 6. Match reports (XML).
  {
    const f = 'cup/matchrapporter.xml'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const X = ['<?xml version="1.0" encoding="UTF-8"?>', '<matchrapporter turnering="Kustcupen 2026">'];
    for (let i = 0; i < 55; i++) {
      const [a, b] = rng.shuffle(teams).slice(0, 2); const ref = person(rng);
      X.push(`  <match id="${n.id('match-number', `M${rng.int(100, 999)}`)}" klass="${a.cls}" datum="${n.date(date(rng, '2026-07-03', '2026-07-05'))}">`, `    <hemma>${xmlEsc(a.club)}</hemma><borta>${xmlEsc(b.club)}</borta><resultat>${rng.int(0, 6)}-${rng.int(0, 6)}</resultat>`,
        `    <domare namn="${xmlEsc(TN(R, ref, 'full'))}" mobil="${xmlEsc(T(R, 'phone', phone(rng, 'mobile', 'compact')))}"/>`);
      for (let k = 0; k < rng.int(0, 4); k++) { const s = person(rng); X.push(`    <mal minut="${rng.int(1, 50)}" lag="${rng.pick(['hemma', 'borta'])}">${xmlEsc(TN(R, s, rng.pick(['full', 'caps'])))}</mal>`); }
      if (rng.chance(0.3)) { const s = person(rng); X.push(`    <kort typ="${rng.pick(['gult', 'rött'])}"><spelare>${xmlEsc(TN(R, s, 'surname-first'))}</spelare><kommentar>${rng.pick(['protester', 'fult spel', 'osportsligt'])}</kommentar></kort>`); }
      X.push('  </match>');
    }
    X.push('</matchrapporter>');
    put(C, f, `${X.join('\n')}\n`);
  }

  // 7. Leaders' mail (mbox).
  {
    const f = 'cup/ledarmejl.mbox'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 24; i++) {
      const t = rng.pick(teams); const l = rng.pick(t.leaders); const s = rng.pick(office); const d = date(rng, '2026-04-01', '2026-07-10');
      R.t('name', l.full, 'header-display'); T(R, 'email', l.mail);
      const text = alt(rng,
        () => [`Hej!`, `Vi i ${t.club} ${t.cls} har fått en ny spelare: ${TN(R, person(rng), 'full')}, född ${2026 - Number(t.cls.slice(1))}. Kan hon läggas till?`, `Och ${n.lone(rng.pick(LONE))} kan inte komma, ta bort henne.`, '', `Mvh ${TN(R, l, 'full', 'signature')}`, `${T(R, 'phone', l.tel)}`].join('\n'),
        () => [`Hej,`, `Vår nattvakt blir ${TN(R, person(rng), 'full')} (${T(R, 'phone', phone(rng))}) istället för mig fredag natt.`, `/${TN(R, l, 'short', 'signature')}`].join('\n'),
        () => [`Hei!`, `We are ${TN(R, l, 'full', 'self-intro')} from ${t.club}. Our second leader ${TN(R, person(rng), 'full')} can be reached at ${T(R, 'phone', phone(rng, 'foreign'))}.`, 'Best regards'].join('\n'));
      msgs.push({ from: [l.full, l.mail.value], to: [['Kustcupen lag', role(R, o, 1)]], subject: `${t.club} ${t.cls}`, date: rfcDate(d, hms(rng)), id: `${alnum(rng, 12)}@${l.mail.value.split('@')[1]}`, text, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']) });
      if (rng.chance(0.5)) {
        const reply = [`Hej ${n.lone(l.first)}!`, 'Det är fixat.', '', TN(R, s, 'full', 'staff'), `Kansliet Kustcupen, ${T(R, 'phone', { ...s.mob, subtype: 'staff-mobile' })}`, footer(R, o, ['orgnr', 'service'])].join('\n');
        const html = `<p>${reply.split('\n').map(htmlEsc).join('<br>')}</p>`;
        msgs.push({ from: [s.full, s.mail], to: [[l.full, l.mail.value]], subject: `SV: ${t.club} ${t.cls}`, date: rfcDate(d, '20:00:00'), id: `${alnum(rng, 12)}@kustcupen.se`, text: reply, html, htmlText: htmlToText(html), enc: 'qp' });
        R.t('email', s.mail, 'staff-work');
      }
    }
    put(C, f, mbox(msgs));
  }

  // 8. Volunteers' Slack export (JSON: users + one channel's messages).
  {
    const f = 'cup/slack_funktionarer_export.json'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const vols = people(rng, 18).map((p) => ({ p, id: `U0${alnum(rng, 8)}`, mail: email(rng, p), tel: phone(rng, 'mobile', 'intl') }));
    const users = vols.map((v) => ({ id: v.id, name: n.lower(`${ascii(v.p.first).replace(/ /g, '')}.${ascii(v.p.last).replace(/ /g, '')[0]}`), real_name: TN(R, v.p, 'full', 'chat-speaker'), profile: { email: T(R, 'email', v.mail), phone: T(R, 'phone', v.tel), title: rng.pick(['Kiosk', 'Planvärd', 'Sjukvård', 'Nattvakt', '']) } }));
    const messages = [];
    for (let i = 0; i < 110; i++) {
      const v = rng.pick(vols);
      const text = alt(rng, () => 'någon som kan ta kiosken 14-16?', () => `plan 4 behöver fler bollar`, () => `förälder ${TN(R, person(rng), 'full')} letar efter sin son, ring ${T(R, 'phone', phone(rng))}`, () => `<@${rng.pick(vols).id}> kan du hämta domaren ${TN(R, person(rng), 'full')} vid stationen?`, () => `${n.lone(rng.pick(LONE))} har nycklarna till förrådet`, () => 'regn kl 15 enligt SMHI');
      messages.push({ type: 'message', user: v.id, user_profile: { real_name: v.p.full }, text, ts: `${1783000000 + i * 600 + rng.int(0, 500)}.${rng.digits(6)}` });
    }
    put(C, f, jsonText({ users, channels: [{ id: 'C07KUST', name: 'funktionarer-2026' }], messages }));
  }

  // 9. First-aid tent log (fast notes).
  {
    const f = 'cup/sjukvardstalt_logg.txt'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = ['sjukvårdstältet plan 1-4  /  loggbok  (skriv alltid tid + namn + lag)', ''];
    for (let i = 0; i < 85; i++) {
      const t = rng.pick(teams); const p = person(rng);
      const nm = TN(R, p, rng.weighted([['full', 50], ['lower', 30], ['caps', 10], ['surname-first-nocomma', 10]]));
      L.push(`${rng.pick(['fre', 'lör', 'sön'])} ${hhmm(rng)} ${nm} ${t.club.toLowerCase()} ${t.cls} - ${alt(rng, () => 'stukad fot, is + tejp', () => 'näsblod', () => 'yr, fått vatten o banan', () => `getingstick, allergisk!! förälder ${TN(R, kin(rng, p), 'lower', 'guardian')} ringd ${T(R, 'phone', phone(rng))}`, () => `huvudskada, skickad till akuten m ledare ${TN(R, rng.pick(t.leaders), 'full', 'leader')}`, () => `pnr enl ledaren ${T(R, 'personnummer', pnr(rng, { minYear: 2010, maxYear: 2014 }))}, ambulans`)}`);
      if (rng.chance(0.1)) L.push(`   sign ${n.lone(rng.pick(LONE))}`);
    }
    put(C, f, `${L.join('\n')}\n`);
  }

  // 10. Public results page (HTML).
  {
    const f = 'cup/resultat_och_skytteliga.html'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rowsH = teams.map((t) => `<tr><td>${htmlEsc(t.club)}</td><td>${t.cls}</td><td>${rng.int(0, 5)}</td><td>${rng.int(0, 5)}</td><td>${rng.int(0, 15)}</td></tr>`).join('\n');
    const scorers = Array.from({ length: 40 }, () => { const p = person(rng); const t = rng.pick(teams); return `<li>${htmlEsc(TN(R, p, 'full'))} (${htmlEsc(t.club)}) – ${rng.int(2, 11)} mål</li>`; }).join('\n');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kustcupen 2026 – resultat</title></head><body><h1>Kustcupen 2026</h1><p>Spelas på ${htmlEsc(n.look('lookalike-street', rng.pick(LOOKALIKE.street)))} och ${htmlEsc(n.look('lookalike-building', rng.pick(SCHOOLS)))}. Vandringspris: ${htmlEsc(n.look('lookalike-trophy', rng.pick(LOOKALIKE.trophy)))}.</p>
<table><tr><th>Lag</th><th>Klass</th><th>V</th><th>F</th><th>Mål</th></tr>
${rowsH}
</table><h2>Skytteliga</h2><ol>
${scorers}
</ol><p>Frågor: <a href="mailto:${role(R, o, 0)}">${o.roles[0]}</a> · ${htmlEsc(R.n('phone', 'switchboard', o.switchboard))}</p></body></html>`;
    put(C, f, { bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
  }

  // 11. Accreditation list (PDF).
  {
    const f = 'cup/ackreditering_funktionarer.pdf'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [{ text: 'Ackrediterade funktionärer och ledare – Kustcupen 2026', size: 13, bold: true }, ''];
    for (let i = 0; i < 110; i++) {
      const p = person(rng, { cp1252: true });
      L.push(`${n.id('accreditation-number', `A${num(rng, 5)}`)}  ${TN(R, p, rng.pick(['surname-first-caps', 'surname-first', 'full']))}  ${rng.pick(['Ledare', 'Funktionär', 'Domare', 'Sjukvård', 'Press'])}  ${rng.chance(0.5) ? T(R, 'phone', phone(rng)) : ''}  ${rng.chance(0.3) ? `Utdrag belastningsreg. kontrollerat ${n.date(dotDate(date(rng, '2026-03-01', '2026-06-30')))}` : ''}`);
    }
    L.push('', footer(R, o, ['orgnr', 'bg']));
    put(C, f, pdfLines(L, { per: 48, title: 'Ackreditering' }));
  }

  // 12. Kiosk Swish payments (CSV, bank export style).
  {
    const f = 'cup/swish_kiosk_juli.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Swish-nummer mottagare', R.n('phone', 'swish-number', `123 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`)], [], ['Datum', 'Tid', 'Avsändare', 'Avsändarens nummer', 'Meddelande', 'Belopp', 'Referens']];
    for (let i = 0; i < 160; i++) {
      const p = person(rng);
      rows.push([n.date(date(rng, '2026-07-03', '2026-07-05')), hms(rng), TN(R, p, rng.pick(['caps', 'caps', 'full'])), T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'plain46', 'grouped']))), rng.pick(['korv', 'kaffe + bulle', 'lottrad', 'fika', '', 'hamburgare x2']), n.amount(`${rng.int(10, 180)},00`), n.id('payment-reference', `${alnum(rng, 32)}`)]);
    }
    put(C, f, csv(rows, { sep: ';', bom: true }));
  }

  // 13. Guest wifi captive portal log.
  {
    const f = 'cup/gastwifi_portal.log'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (let i = 0; i < 160; i++) {
      const d = date(rng, '2026-07-03', '2026-07-05'); const cli = rng.chance(0.8) ? `10.44.${rng.int(0, 15)}.${rng.int(2, 254)}` : cgnat(rng);
      L.push(`${d}T${hms(rng)}+02:00 portal[${rng.int(200, 900)}]: ${alt(rng,
        () => `login ok client=${R.t('ip', cli, 'private-ip')} mac=${n.id('mac-address', mac(rng))} user=${T(R, 'email', email(rng, person(rng)))} via=email`,
        () => `login ok client=${R.t('ip', cli, 'private-ip')} mac=${n.id('mac-address', mac(rng))} sms=${T(R, 'phone', phone(rng, 'mobile', 'plain46'))} via=sms`,
        () => `dhcp lease ${R.t('ip', cli, 'private-ip')} to ${n.id('mac-address', mac(rng))}`,
        () => `radius accounting from ${n.id('server-ip', `10.44.255.${rng.int(1, 5)}`, 'ip')} nas=ap-plan${rng.int(1, 8)}`)}`);
    }
    put(C, f, `${L.join('\n')}\n`);
  }
}
