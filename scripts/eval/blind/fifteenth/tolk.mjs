// Fifteenth blind set — Språkbron Tolkförmedling AB (tolk/): an interpreter booking agency. Bookings from
// municipalities and health care (cp1252 CSV with title lines), interpreter register (.xlsx, three sheets), booking
// confirmations (mbox: QP, base64, HTML alternative, quoted replies), invoices (.pdf), an interpreter's calendar (.ics),
// interpreter vCards, complaint notes (Markdown), the booking API's events (NDJSON), assignment reports (.docx), the
// telephone-interpreting platform's log, a quarterly export (.zip with a zip inside).
import { Rng, person, people, crowd, kin, nameAs, nameStyle, N, J, pnr, phone, foreign, email, workEmail, T, date, dotDate, hhmm, hms, ms, isoTs, alnum, hex, ocr, uuid, kr,
  ipVal, org, footer, role, server, nears, pdfLines, folded, htmlEml, jsonText, ndjson, putText, csv, zip, xlsx, docx, mbox, eml, rfcDate, htmlEsc, xmlEsc,
  num, safe, svDate, street, postcode, CITIES, LONE, LOOKALIKE, makeOrgnr, cp1252ok, ew } from './core.mjs';

const LANGS = ['arabiska', 'somaliska', 'tigrinja', 'dari', 'persiska', 'kurdiska (sorani)', 'kurdiska (kurmanji)', 'bosniska', 'polska', 'turkiska', 'vietnamesiska', 'mandarin', 'ukrainska', 'ryska', 'spanska', 'thai', 'amhariska', 'finska', 'nordsamiska', 'ungerska', 'pashto', 'teckenspråk'];
const LANG_ORIGIN = { arabiska: 'arabic', somaliska: 'somali', tigrinja: 'tigrinya', dari: 'dari', persiska: 'persian', 'kurdiska (sorani)': 'kurdish', 'kurdiska (kurmanji)': 'kurdish', bosniska: 'bosnian',
  polska: 'polish', turkiska: 'turkish', vietnamesiska: 'vietnamese', mandarin: 'chinese', ukrainska: 'ukrainian', ryska: 'russian', spanska: 'spanish', thai: 'thai', amhariska: 'amharic',
  finska: 'finnish', nordsamiska: 'sami', ungerska: 'hungarian', pashto: 'dari', teckenspråk: 'swedish' };
const CUSTOMERS = ['Norrfjärdens kommun, Socialtjänsten', 'Region Västermark, Vårdcentralen Ekbacken', 'Migrationsverket Mottagning Syd', 'Kriminalvården Frivård Tallby', 'Västermarks tingsrätt', 'Arbetsförmedlingen Lunden', 'Ekbackens skola, Elevhälsan', 'Region Västermark, BUP', 'Försäkringskassan LKC', 'Hyresgästföreningen Norra'];
const CUST_DOMAINS = ['norrfjarden.se', 'regionvastermark.se', 'migrationsverket.example', 'kriminalvarden.example', 'dom.example', 'arbetsformedlingen.example', 'norrfjarden.se', 'regionvastermark.se', 'forsakringskassan.example', 'hgf-norra.example'];

export default function tolk(C) {
  const rng = new Rng('tolk');
  const O = org(rng, { name: 'Språkbron Tolkförmedling AB', domain: 'sprakbron.se', area: '19', roles: ['bokning', 'info', 'noreply', 'ekonomi', 'kvalitet'] });
  // interpreters: origin follows language
  const tolkar = [];
  for (let i = 0; i < 140; i++) {
    const lang = LANGS[i % LANGS.length];
    const p = person(rng, { origin: LANG_ORIGIN[lang], cp1252: i % 3 !== 0, middle: 0.08 });
    if (tolkar.some((t) => t.p.short === p.short)) { i--; continue; }
    tolkar.push({ p, lang, nr: String(rng.int(10000, 99999)), mob: phone(rng, 'mobile'), mail: email(rng, p), pnr: pnr(rng, { minYear: 1955, maxYear: 1999 }), auth: rng.pick(['AT', 'ST', 'RT', 'MT', 'utbildad', 'övrig']) });
  }
  const tolkCp = tolkar.filter((t) => cp1252ok(t.p.full));
  const staff = people(rng, 8, { origins: [['swedish', 80], ['finnish', 5], ['persian', 5], ['bosnian', 5], ['somali', 5]], cp1252: true });
  const handl = crowd(rng, 90, { cp1252: true, origins: [['swedish', 70], ['finnish', 6], ['arabic', 5], ['bosnian', 5], ['persian', 4], ['polish', 4], ['english', 3], ['kurdish', 3]] })
    .map((p, i) => ({ p, cust: i % CUSTOMERS.length, tel: phone(rng, rng.chance(0.5) ? 'landline' : 'mobile'), mail: workEmail(p, CUST_DOMAINS[i % CUSTOMERS.length]) }));
  const clientOf = (lang, cp = true) => person(rng, { origin: LANG_ORIGIN[lang] === 'swedish' ? undefined : LANG_ORIGIN[lang], cp1252: cp, middle: 0.15 });

  // 1. bookings CSV, cp1252 ; CRLF, title lines
  {
    const file = 'tolk/bokningar_2026-10.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['Språkbron Tolkförmedling AB - Bokningsexport'], [`Period: 2026-10-01 -- 2026-10-31;Utskriven ${R.n(null, 'date', '2026-11-02')} av ${N(R, staff[0], 'full', 'staff')}`], [],
      ['Bokningsnr', 'Datum', 'Tid', 'Språk', 'Typ', 'Beställare', 'Handläggare', 'Handläggare tel', 'Tolk förnamn', 'Tolk efternamn', 'Tolknr', 'Tolk mobil', 'Klient', 'Klient pnr', 'Adress', 'Pris', 'Kommentar']];
    for (let i = 0; i < 190; i++) {
      const t = rng.pick(tolkCp); const h = rng.pick(handl); const c = clientOf(t.lang);
      const d = date(rng, '2026-10-01', '2026-10-31');
      const bnr = R.n(null, 'booking-number', `SB-${num(rng, 7)}`);
      const cs = rng.weighted([['full', 50], ['surname-first', 25], ['caps', 10], ['init', 15]]);
      let klient = '';
      if (cs === 'init') klient = R.n('name', 'initials', `${c.first[0]}.${c.last[0]}.`);
      else klient = T(R, 'name', nameAs(c, cs));
      let kp = '';
      const k = rng.weighted([['pnr', 30], ['samord', 10], ['masked', 20], ['year', 15], ['none', 25]]);
      if (k === 'pnr') kp = T(R, 'personnummer', pnr(rng, { minYear: 1940, maxYear: 2016 }));
      else if (k === 'samord') kp = T(R, 'personnummer', pnr(rng, { samord: true, minYear: 1960, maxYear: 2015 }));
      else if (k === 'masked') kp = nm.masked();
      else if (k === 'year') kp = String(rng.int(1940, 2016));
      J(C, file, t.p);
      const typ = rng.pick(['Platstolkning', 'Telefontolkning', 'Distanstolkning (video)', 'Platstolkning']);
      let comment = '';
      const ck = rng.int(0, 9);
      if (ck === 0) comment = `Klienten hörselskadad, tala tydligt. Kontakt anhörig ${N(R, kin(rng, c, { cp1252: true }))} ${T(R, 'phone', phone(rng))}`;
      else if (ck === 1) comment = `Avbokad ${nm.date(dotDate(date(rng)))} av beställaren, debiteras enl. avtal`;
      else if (ck === 2) comment = `Önskar kvinnlig tolk. Ring ${h.p.first} vid förhinder`;
      else if (ck === 3) comment = `Ersättare för ${N(R, rng.pick(tolkCp).p)} (sjuk)`;
      else if (ck === 4) comment = `Ring ${T(R, 'phone', h.tel)} när du är på plats, porten är låst`;
      else if (ck === 5) comment = `Sal 3, ${R.n('name', 'street', rng.pick(['Anna Lindhs plats 4', 'Olof Palmes gata 12', 'Selma Lagerlöfs väg 7']))}`;
      if (ck === 2) R.n('name', 'lone-first-name', h.p.first);
      rows.push([bnr, d, hhmm(rng), t.lang, typ, CUSTOMERS[h.cust], N(R, h.p, rng.chance(0.8) ? 'full' : 'surname-first'), T(R, 'phone', h.tel), t.p.given, t.p.last, R.n(null, 'interpreter-number', t.nr),
        T(R, 'phone', t.mob), klient, kp, typ === 'Platstolkning' ? `${street(rng)}, ${rng.pick(CITIES)}` : '', R.n(null, 'amount', `${kr(rng, 450, 3200)}`), comment]);
    }
    rows.push([], [`Summa uppdrag: 190;${footer(R, O, ['orgnr', 'bg', 'switchboard'])}`]);
    const r = csv(rows, { sep: ';', eol: '\r\n', enc: 'cp1252' }); C.put(file, r.bytes, r.text);
  }

  // 2. interpreter register .xlsx
  {
    const file = 'tolk/tolkregister.xlsx'; const R = C.at(file); const nm = nears(R, rng);
    const s1 = [['Tolknr', 'Förnamn', 'Efternamn', 'Språk', 'Auktorisation', 'Mobil', 'E-post', 'Personnummer', 'Clearing', 'Konto', 'Senast uppdrag']];
    for (const t of tolkar) {
      J(C, file, t.p);
      s1.push([R.n(null, 'interpreter-number', t.nr), t.p.given, t.p.last, t.lang, t.auth, T(R, 'phone', t.mob), T(R, 'email', t.mail), T(R, 'personnummer', t.pnr),
        R.n(null, 'clearing', `${rng.int(3000, 8999)}`), R.n(null, 'account', safe(() => rng.digits(rng.int(7, 10)))), R.n(null, 'date', date(rng))]);
    }
    const s2 = [['Språk', 'Antal tolkar', 'Timpris vardag', 'Timpris kväll', 'Anm.']];
    for (const l of LANGS) s2.push([l, tolkar.filter((t) => t.lang === l).length, rng.int(420, 690), rng.int(600, 990), rng.pick(['', 'brist', 'brist på auktoriserade', 'ok'])]);
    const s3 = [['Tolknr', 'Namn', 'Spärrad från', 'Orsak', 'Beslut av']];
    for (let i = 0; i < 14; i++) {
      const t = rng.pick(tolkar); const by = rng.pick(staff);
      s3.push([t.nr, T(R, 'name', nameAs(t.p, rng.pick(['full', 'surname-first']))), R.n(null, 'date', date(rng)), rng.pick(['upprepade sena ankomster', 'jäv, släkt med klient', 'klagomål från beställare', 'ej förnyad auktorisation', 'på egen begäran']), N(R, by, 'full', 'staff')]);
    }
    s3.push([], [`Kontakt tolksamordning: ${R.n('email', 'role-email', O.roles[0])}, ${R.n('phone', 'switchboard', O.switchboard)}; fråga ${R.n('name', 'lone-first-name', 'Hanna')}`]);
    const r = xlsx([{ name: 'Tolkar', rows: s1 }, { name: 'Språk', rows: s2 }, { name: 'Spärrade', rows: s3 }], { creator: staff[1].full });
    R.t('name', staff[1].full, 'xlsx-creator');
    C.put(file, r.bytes, r.text);
  }

  // 3. booking confirmations mbox
  {
    const file = 'tolk/bekraftelser.mbox'; const R = C.at(file); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 42; i++) {
      const t = rng.pick(tolkar); const h = rng.pick(handl); const c = clientOf(t.lang, false); const s = rng.pick(staff);
      const d = date(rng); const bnr = R.n(null, 'booking-number', `SB-${num(rng, 7)}`);
      const kind = rng.int(0, 3);
      const to = [];
      const toH = () => to.push([N(R, h.p, 'full', 'header-display'), R.t('email', h.mail, 'work')]);
      let text; let subject; let from = [O.name, role(R, O, 0)]; let html;
      if (kind === 0 || kind === 2) toH();
      if (kind === 0) {
        subject = `Bokningsbekräftelse ${bnr} – ${t.lang}`;
        text = `Hej ${R.n('name', 'lone-first-name', h.p.first)},\n\nTack för din bokning. Vi bekräftar följande uppdrag:\n\nBokningsnummer: ${bnr}\nDatum: ${nm.date(svDate(d))} kl. ${hhmm(rng)}\nSpråk: ${t.lang}\nTolk: ${N(R, t.p)} (tolknr ${R.n(null, 'interpreter-number', t.nr)})\nTolkens mobil: ${T(R, 'phone', t.mob)}\nKlient: ${T(R, 'name', nameAs(c, rng.pick(['full', 'surname-first'])))}\n\nAvbokning senast 24 timmar innan via ${role(R, O, 0)} eller ${R.n('phone', 'switchboard', O.switchboard)}.\n\nMed vänliga hälsningar\n${N(R, s, 'full', 'signature')}\nBokningen, ${O.name}\n${footer(R, O, ['orgnr', 'switchboard'])}`;
        if (rng.chance(0.4)) { html = `<html><body><p>Hej ${htmlEsc(h.p.first)},</p><p>Tolk: <b>${htmlEsc(t.p.full)}</b>, mobil ${htmlEsc(t.mob.value)}</p><p>Klient: ${htmlEsc(c.full)}</p><p>Bokningsnummer ${bnr}</p></body></html>`; R.t('name', c.full, 'html-part'); }
      } else if (kind === 1) {
        from = [N(R, h.p, 'full', 'header-display'), R.t('email', h.mail, 'work')]; to.push([O.name, role(R, O, 0)]);
        subject = `SV: Bokningsbekräftelse ${bnr}`;
        const alt = rng.pick(tolkar);
        text = `Hej!\n\nKan vi byta till en manlig tolk? Klienten ${N(R, c, rng.pick(['full', 'caps']))} har önskat det. Han nås på ${T(R, 'phone', phone(rng, 'mobile'))} om ni behöver bekräfta direkt.\nOm möjligt ${N(R, alt.p, 'full', 'running-text')} som vi haft tidigare.\n\nHälsningar\n${h.p.full}\n${CUSTOMERS[h.cust]}\nTel ${T(R, 'phone', h.tel)}\n\n-----Ursprungligt meddelande-----\nFrån: ${O.name} <${O.roles[0]}>\nSkickat: ${nm.date(d)} ${hms(rng)}\nÄmne: Bokningsbekräftelse ${bnr}\n\n> Tolk: ${N(R, t.p)}\n> Tolkens mobil: ${T(R, 'phone', t.mob)}\n> Med vänliga hälsningar\n> ${s.full}`;
      } else if (kind === 2) {
        subject = `Ändrad tid – uppdrag ${bnr}`;
        const ic = T(R, 'personnummer', pnr(rng, { minYear: 1950, maxYear: 2012 }));
        text = `Hej,\n\nUppdraget för klient ${N(R, c)} (${ic}) är flyttat till ${nm.date(dotDate(date(rng)))} ${hhmm(rng)}. Tolk ${N(R, t.p, 'full')} är informerad.\nAdress: ${street(rng)}, ${R.n(null, 'postcode', postcode(rng))} ${rng.pick(CITIES)}\n\nObs: skicka inte personnummer i e-post i fortsättningen, använd säkra formuläret.\n\n/${N(R, s, rng.chance(0.5) ? 'full' : 'caps', 'signature')}\nSpråkbron`;
      } else {
        from = [N(R, t.p, 'full', 'header-display'), T(R, 'email', t.mail)]; to.push([O.name, role(R, O, 0)]);
        subject = `Sjukanmälan ${nm.date(d)}`;
        text = `hej jag är sjuk idag kan inte ta uppdrag ${bnr}. har ringt ${R.n('name', 'lone-first-name', h.p.first)} på ${h.cust % 2 ? 'vårdcentralen' : 'soc'}. mvh ${T(R, 'name', nameAs(t.p, rng.pick(['lower', 'full'])))}\n\nSkickat från min iPhone`;
      }
      msgs.push({ from, to, subject, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${hex(rng, 12)}@sprakbron.se`, text, html, htmlText: html ? `Hej ${h.p.first},\nTolk: ${t.p.full}, mobil ${t.mob.value}\nKlient: ${c.full}\nBokningsnummer ${bnr}` : undefined,
        enc: rng.pick(['qp', 'b64', '8bit', 'qp']), hdrMode: rng.pick(['Q', 'B']), mboxDate: `Mon Nov  3 09:${String(i % 60).padStart(2, '0')}:00 2026` });
    }
    const r = mbox(msgs); C.put(file, r.bytes, r.text);
  }

  // 4. invoices (.pdf)
  for (let f = 0; f < 2; f++) {
    const h = handl[f * 7]; const fnr = num(rng, 6);
    const file = `tolk/fakturor/faktura_${fnr}.pdf`; const R = C.at(file); const nm = nears(R, rng);
    R.n(null, 'invoice-number', fnr);
    const lines = [{ text: 'Språkbron Tolkförmedling AB', size: 16, bold: true }, `FAKTURA ${fnr}`, `Fakturadatum: ${nm.date(date(rng, '2026-11-01', '2026-11-20'))}   Förfallodatum: ${nm.date('2026-12-20')}`,
      `Kund: ${CUSTOMERS[h.cust]}`, `Er referens: ${N(R, h.p)}`, `Vår referens: ${N(R, rng.pick(staff), 'full', 'staff')}`, `OCR: ${R.n(null, 'ocr', ocr(rng, 12))}`, '',
      'Datum       Bokningsnr     Språk           Tolk                          Tid     Belopp'];
    for (let i = 0; i < 34; i++) {
      const t = rng.pick(tolkCp);
      lines.push(`${nm.date(date(rng, '2026-10-01', '2026-10-31'))}  ${R.n(null, 'booking-number', `SB-${num(rng, 7)}`)}   ${t.lang.padEnd(14)}  ${N(R, t.p).padEnd(28)}  ${rng.int(1, 4)} h   ${nm.amount(kr(rng, 500, 4000))} kr`);
    }
    lines.push('', `Att betala: ${nm.amount(kr(rng, 20000, 90000))} kr`, `Bankgiro ${R.n(null, 'bankgiro', O.bg)}  Org.nr ${R.n('personnummer', 'organisationsnummer', O.orgnr)}  Momsreg.nr ${R.n(null, 'vat-number', `SE${O.orgnr.replace('-', '')}01`)}`,
      `Frågor om fakturan: ${R.n('email', 'role-email', O.roles[3])}, ${R.n('phone', 'switchboard', O.switchboard)}`);
    const r = pdfLines(lines, { title: `Faktura ${fnr}` }); C.put(file, r.bytes, r.text);
  }

  // 5. interpreter calendar .ics
  {
    const file = 'tolk/kalender_tolkar.ics'; const R = C.at(file); const nm = nears(R, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sprakbron//Bokning 4.2//SV', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Tolkuppdrag november'];
    for (let i = 0; i < 45; i++) {
      const t = rng.pick(tolkar); const h = rng.pick(handl); const c = clientOf(t.lang, false); const d = date(rng, '2026-11-01', '2026-11-30').replace(/-/g, '');
      const hh = String(rng.int(8, 16)).padStart(2, '0');
      L.push('BEGIN:VEVENT', `UID:${uuid(rng)}@sprakbron.se`, `DTSTAMP:20261101T080000Z`, `DTSTART;TZID=Europe/Stockholm:${d}T${hh}0000`, `DTEND;TZID=Europe/Stockholm:${d}T${hh}4500`,
        `SUMMARY:Tolkning ${t.lang} – ${R.n(null, 'booking-number', `SB-${num(rng, 7)}`)}`,
        `LOCATION:${CUSTOMERS[h.cust]}\\, ${street(rng)}`,
        `DESCRIPTION:Klient: ${N(R, c)}\\nHandläggare: ${N(R, h.p)} tel ${T(R, 'phone', h.tel)}\\nMöt upp i receptionen.`,
        `ORGANIZER;CN=${N(R, rng.pick(staff), 'full', 'ics-cn')}:mailto:${role(R, O, 0)}`,
        `ATTENDEE;ROLE=REQ-PARTICIPANT;CN=${N(R, t.p, 'full', 'ics-cn')}:mailto:${T(R, 'email', t.mail)}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    const r = folded(L); C.put(file, r.bytes, r.text);
  }

  // 6. interpreter vCards
  {
    const file = 'tolk/tolkar_kontakter.vcf'; const R = C.at(file);
    const L = [];
    for (const t of tolkar.slice(0, 45)) {
      const v3 = rng.chance(0.6);
      L.push('BEGIN:VCARD', `VERSION:${v3 ? '3.0' : '4.0'}`, `N:${t.p.last};${t.p.given};;;`, `FN:${N(R, t.p, 'full', 'vcard-fn')}`, `ORG:Språkbron frilans`, `TITLE:Tolk ${t.lang}`,
        `TEL;TYPE=CELL:${T(R, 'phone', t.mob)}`, `EMAIL;TYPE=HOME:${T(R, 'email', t.mail)}`, ...(rng.chance(0.2) ? [`TEL;TYPE=HOME:${T(R, 'phone', rng.chance(0.5) ? phone(rng, 'landline') : foreign(rng))}`] : []),
        `NOTE:Tolknr ${R.n(null, 'interpreter-number', t.nr)}. ${t.auth}`, 'END:VCARD');
    }
    const r = folded(L); C.put(file, r.bytes, r.text);
  }

  // 7. complaints, Markdown
  {
    const file = 'tolk/reklamationer_2026.md'; const R = C.at(file); const nm = nears(R, rng);
    const out = ['# Reklamationer och avvikelser 2026', '', `Ansvarig: ${N(R, staff[2], 'full', 'staff')} (${R.t('email', workEmail(staff[2], O.domain), 'staff-work')})`, ''];
    for (let i = 0; i < 45; i++) {
      const t = rng.pick(tolkar); const h = rng.pick(handl); const c = clientOf(t.lang, false); const s = rng.pick(staff);
      const d = date(rng); const id = R.n(null, 'case-number', `AVV-2026-${String(i + 1).padStart(3, '0')}`);
      out.push(`## ${id} – ${rng.pick(['Tolk uteblev', 'Sen ankomst', 'Bristande neutralitet', 'Fel språk/dialekt', 'Sekretessbrott?', 'Faktureringsfel'])}`, '',
        `- **Inkom:** ${nm.date(d)} via ${rng.pick(['telefon', 'e-post', 'webbformulär'])}`,
        `- **Anmälare:** ${N(R, h.p)}, ${CUSTOMERS[h.cust]} (${T(R, 'phone', h.tel)})`,
        `- **Tolk:** ${N(R, t.p, rng.pick(['full', 'surname-first']))}, tolknr ${R.n(null, 'interpreter-number', t.nr)}`, '');
      const v = rng.int(0, 4);
      if (v === 0) out.push(`pratat m ${t.p.first.toLowerCase()} ${nm.date(dotDate(d))}, hon menar att klienten (${N(R, c, 'lower')}) sa nej till tolkning. enl. ${h.p.first} stämmer det inte. ${s.first} följer upp.`);
      else if (v === 1) out.push(`Ringde ${N(R, h.p, 'full', 'running-text')} tillbaka, lovade kreditering av ${nm.amount(`${kr(rng, 400, 2500)} kr`)}. Kreditnota ${R.n(null, 'invoice-number', num(rng, 6))}.`);
      else if (v === 2) out.push(`Klienten ${N(R, c)} har själv hört av sig på ${T(R, 'phone', rng.chance(0.6) ? phone(rng) : foreign(rng))}, vill inte ha samma tolk igen. Noterat i profilen.`);
      else if (v === 3) out.push(`Tolken säger att hon kände klientens bror ${N(R, kin(rng, c), 'full', 'running-text')} — jäv. Ny tolk ${N(R, rng.pick(tolkar).p)} bokad.`);
      else out.push(`Ingen åtgärd, beställaren hade angett fel språk (${t.lang} i st f ${rng.pick(LANGS)}). /${s.first}`);
      if (v === 0 || v === 4) R.n('name', 'lone-first-name', s.first);
      out.push('');
    }
    out.push('---', `Rutin: se ${R.n('name', 'street', 'Selma Lagerlöfs väg')}-kontorets pärm, eller maila ${R.n('email', 'role-email', O.roles[4])}.`);
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 8. booking API events NDJSON
  {
    const file = 'tolk/api/booking_events.ndjson'; const R = C.at(file); const nm = nears(R, rng);
    const ev = [];
    for (let i = 0; i < 95; i++) {
      const t = rng.pick(tolkar); const h = rng.pick(handl); const d = date(rng); const c = clientOf(t.lang, false);
      const type = rng.pick(['booking.created', 'booking.assigned', 'booking.cancelled', 'booking.completed', 'booking.updated']);
      const o = { id: uuid(rng), type, ts: isoTs(rng, d), booking: { ref: R.n(null, 'booking-number', `SB-${num(rng, 7)}`), language: t.lang, mode: rng.pick(['onsite', 'phone', 'video']) },
        requester: { name: N(R, h.p), email: R.t('email', h.mail, 'work'), phone: T(R, 'phone', h.tel), org: CUSTOMERS[h.cust], orgNo: nm.orgnr() },
        source: { ip: T(R, 'ip', ipVal(rng, [['pub', 80], ['v6', 20]])), userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${rng.int(118, 131)}.0.${rng.int(1000, 6999)}.${rng.int(10, 200)}` } };
      if (type !== 'booking.created') o.interpreter = { id: R.n(null, 'interpreter-number', t.nr), firstName: t.p.given, lastName: t.p.last, mobile: T(R, 'phone', t.mob) };
      if (o.interpreter) J(C, file, t.p);
      if (rng.chance(0.35)) o.booking.patient = { name: N(R, c, rng.pick(['full', 'caps'])), ...(rng.chance(0.5) ? { personalNumber: T(R, 'personnummer', pnr(rng, { style: 'long', minYear: 1945, maxYear: 2015 })) } : { birthYear: rng.int(1940, 2016) }) };
      if (rng.chance(0.1)) o.booking.note = `app version ${nm.version(`4.${rng.int(10, 19)}.${rng.int(0, 9)}.${rng.int(10, 99)}`)}`;
      ev.push(o);
    }
    putText(C, file, ndjson(ev));
  }

  // 9. assignment reports .docx
  for (let f = 0; f < 2; f++) {
    const t = tolkCp[f * 11]; const h = handl[f * 5 + 3]; const c = clientOf(t.lang); const d = date(rng);
    const file = `tolk/rapporter/uppdragsrapport_${f + 1}.docx`; const R = C.at(file); const nm = nears(R, rng);
    const blocks = [{ h: 'Uppdragsrapport – tolkning' }, { table: [['Bokningsnr', R.n(null, 'booking-number', `SB-${num(rng, 7)}`)], ['Datum', nm.date(d)], ['Tolk', N(R, t.p)], ['Tolknr', R.n(null, 'interpreter-number', t.nr)],
      ['Språk', t.lang], ['Beställare', CUSTOMERS[h.cust]], ['Handläggare', N(R, h.p)], ['Klient', N(R, c, 'surname-first')], ['Klientens personnummer', T(R, 'personnummer', pnr(rng, { minYear: 1950, maxYear: 2010 }))]] },
    { runs: ['Tolkningen genomfördes ', 'enligt god tolksed. Närvarande var även ', N(R, kin(rng, c, { cp1252: true }), 'full', 'running-text'), ' (make/maka) samt ', N(R, rng.pick(handl).p, 'full', 'running-text'), '.'] },
    `Restid: ${rng.int(20, 90)} min. Reseersättning ${nm.amount(`${kr(rng, 80, 600)} kr`)}. Tolkens kontonummer ${R.n(null, 'account', `${rng.int(3000, 8999)}-${safe(() => rng.digits(8))}`)}`,
    `Underskrift: ${N(R, t.p, 'full', 'signature')}   ${nm.date(dotDate(d))}`];
    const r = docx(blocks, { creator: t.p.full }); C.put(file, r.bytes, r.text);
  }

  // 10. telephone interpreting platform log
  {
    const file = 'tolk/telefontolk/platform-2026-11-12.log'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    server(R, O, 0); server(R, O, 1);
    for (let i = 0; i < 230; i++) {
      const t = rng.pick(tolkar); const h = rng.pick(handl); const ts = `2026-11-12 ${ms(rng)}`;
      const k = rng.int(0, 5);
      if (k === 0) out.push(`${ts} INFO  [sip] INVITE from=sip:${T(R, 'phone', phone(rng, 'mobile', 'plain46'))}@${O.servers[0]} to=sip:${R.n('phone', 'service-line', O.service.replace(/\D/g, ''))}@${O.servers[1]} call-id=${hex(rng, 16)}`);
      else if (k === 1) out.push(`${ts} INFO  [queue] call ${hex(rng, 8)} lang=${t.lang} requester="${N(R, h.p, 'full', 'log-user')}" cli=${T(R, 'phone', h.tel)}`);
      else if (k === 2) out.push(`${ts} INFO  [route] offered to interpreter id=${R.n(null, 'interpreter-number', t.nr)} name="${N(R, t.p, 'full', 'log-user')}" dev=${T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'plain46'])))}`);
      else if (k === 3) out.push(`${ts} WARN  [route] no answer from ${t.nr} after 30s, retry (${R.n(null, 'duration', `${rng.int(1, 59)}s`)})`);
      else if (k === 4) out.push(`${ts} INFO  [cdr] call ${hex(rng, 8)} duration=${rng.int(60, 5400)} billed_to=${R.n('personnummer', 'organisationsnummer', makeOrgnr(rng))} ref=${R.n(null, 'booking-number', `SB-${num(rng, 7)}`)}`);
      else out.push(`${ts} DEBUG [web] login ok user=${R.t('email', h.mail, 'work')} from ${T(R, 'ip', ipVal(rng))} build ${nm.version(`2.${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(100, 999)}`)}`);
    }
    out.sort();
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 11. quarterly export .zip with a zip inside
  {
    const file = 'tolk/export_2026Q3.zip'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['bokningsnr', 'datum', 'språk', 'tolk', 'tolk_epost', 'beställare_kontakt', 'beställare_epost', 'klient_fodd']];
    for (let i = 0; i < 90; i++) {
      const t = rng.pick(tolkar); const h = rng.pick(handl);
      rows.push([R.n(null, 'booking-number', `SB-${num(rng, 7)}`), nm.date(date(rng, '2026-07-01', '2026-09-30')), t.lang, N(R, t.p), T(R, 'email', t.mail), N(R, h.p, rng.pick(['full', 'lower', 'caps'])), R.t('email', h.mail, 'work'),
        rng.chance(0.3) ? T(R, 'personnummer', pnr(rng, { style: 'long-dash' })) : rng.chance(0.5) ? nm.badLuhn() : String(rng.int(1940, 2015))]);
    }
    const c1 = csv(rows, { sep: ',', bom: true });
    const notes = [];
    for (let i = 0; i < 30; i++) {
      const t = rng.pick(tolkar); const c = clientOf(t.lang, false);
      notes.push(rng.pick([
        () => `${nm.date(dotDate(date(rng, '2026-07-01', '2026-09-30')))} ringde ${N(R, c, 'lower')} ang. tolk till ${rng.pick(['BVC', 'tandläkaren', 'socialkontoret'])}, hänvisad till beställaren. nr ${T(R, 'phone', phone(rng))}`,
        () => `tolk ${N(R, t.p)} byter nummer till ${T(R, 'phone', t.mob)} fr o m ${nm.date(date(rng, '2026-07-01', '2026-09-30'))}`,
        () => `Mail från ${T(R, 'email', email(rng, c))} – vill ha kopia på rapport. Svarat nej, hänvisat till beställare.`,
      ])());
    }
    const tsv = [['namn', 'telefon', 'spark'].join('\t')];
    for (let i = 0; i < 40; i++) { const t = rng.pick(tolkar); tsv.push([N(R, t.p, 'surname-first'), T(R, 'phone', t.mob), rng.pick(['ja', 'nej'])].join('\t')); }
    const inner = zip([{ name: 'arkiv/tolkar_2025.tsv', data: `${tsv.join('\n')}\n` }]);
    const bytes = zip([{ name: 'bokningar_Q3.csv', data: c1.bytes }, { name: 'anteckningar.txt', data: `${notes.join('\n')}\n` }, { name: 'arkiv_2025.zip', data: inner }]);
    C.put(file, bytes, `${c1.text}\n${notes.join('\n')}\n${tsv.join('\n')}\n`);
  }
}
