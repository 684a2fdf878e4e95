// Church of Sweden parish office (forsamling/): baptism, confirmation, wedding and funeral bookings, guardians,
// godparents, officiants, parish register extracts, web forms, the office mailbox, premises calendar, archive zip.
import { Rng, person, people, kin, nameStyle, pnr, phone, email, workEmail, date, dotDate, hhmm, isoTs, ipVal, org, at, nears, footer,
  csv, xlsx, docx, mbox, eml, htmlEml, rfcDate, mboxDate, pdfLines, folded, zip, jsonText, htmlEsc, svDate, num, safe, alnum, greetLone, LOOKALIKE, LONE, postcode, street, CITIES, amount, sloppy } from './core.mjs';

const DIR = 'forsamling';
const rng = new Rng('forsamling');
const O = org(rng, { name: 'Västra Roslags församling', domain: 'svenskakyrkan.se', area: '176', roles: ['vastraroslag.forsamling', 'vastraroslag.dop', 'noreply', 'vastraroslag.expedition', 'vastraroslag.vigsel'] });
const CHURCHES = ['Vätö kyrka', 'Frötuna kyrka', 'Söderbykarls kyrka', 'Roslagskapellet', ...LOOKALIKE.church.slice(0, 3)];
const STAFF = people(rng, 10, { origin: 'swedish', cp1252: true }).map((p, i) => ({ ...p, title: ['kyrkoherde', 'komminister', 'komminister', 'diakon', 'kantor', 'kantor', 'församlingsassistent', 'kyrkvaktmästare', 'pedagog', 'kanslist'][i], mail: workEmail(p, O.domain), direct: phone(rng, 'landline', 'grouped') }));
const PRIESTS = STAFF.slice(0, 3);
const psalm = () => `${rng.chance(0.8) ? 'Psalm' : 'Sv. ps'} ${rng.int(1, 325)}`;
const bookingId = () => `DOP-${rng.int(2025, 2026)}-${num(rng, 4)}`;

function staffName(R, s, style) { return R.nm(s, style ?? 'full', 'staff'); }

function dopCsv(C) {
  const R = at(C, `${DIR}/dopbokningar_2026.csv`); const N = nears(R, rng);
  const rows = [['Kyrkbokningen export - Dop 2026 - uttag ' + R.n(null, 'date', '2026-11-25 08:02')], [],
    ['Bokningsnr', 'Dopdatum', 'Tid', 'Kyrka', 'Barnets förnamn', 'Barnets efternamn', 'Personnummer', 'Vårdnadshavare 1', 'Telefon VH1', 'E-post VH1', 'Vårdnadshavare 2', 'Telefon VH2', 'Gudföräldrar', 'Präst', 'Psalmer', 'Anteckning']];
  for (let i = 0; i < 62; i++) {
    const child = person(rng, { cp1252: true, middle: 0.4 }); const p1 = kin(rng, child, { cp1252: true }); const p2 = rng.chance(0.75) ? person(rng, { cp1252: true }) : null;
    const gods = [person(rng, { cp1252: true }), person(rng, { cp1252: true })];
    const d = date(rng, '2026-01-10', '2026-12-20');
    R.j(child.given, child.last);
    const pn = rng.chance(0.9) ? R.pn(pnr(rng, { minYear: 2024, maxYear: 2025, style: rng.pick(['short', 'long', 'long-dash', 'short']) })) : N.masked();
    const ph1 = R.ph(phone(rng, 'mobile')); const ph2 = p2 ? R.ph(phone(rng, rng.chance(0.9) ? 'mobile' : 'foreign')) : '';
    const pr = rng.pick(PRIESTS);
    const note = rng.pick([
      () => '', () => '', () => `Dopljus beställt, ${N.amount(amount(rng, 100, 400))}`,
      () => `Faddrar även ${R.nm(person(rng, { cp1252: true }))}`,
      () => `Ring ${N.lone(rng.pick(LONE))} om tid ändras`,
      () => `Tolk behövs (arabiska)`, () => `Dopklänning lånas från församlingen`,
      () => `Ombokad från ${N.date(dotDate(date(rng, '2025-11-01', '2026-06-01')))}`,
      () => `Mormor ${R.nm(person(rng, { cp1252: true }))} läser bön`,
    ])();
    rows.push([N.id('booking-id', bookingId()), N.date(d), hhmm(rng, 10, 15), N.look('church', rng.pick(CHURCHES)), child.given, child.last, pn,
      R.nm(p1, rng.pick(['full', 'full', 'surname-first', 'caps'])), ph1, R.em(email(rng, p1)), p2 ? R.nm(p2, nameStyle(rng)) : '', ph2,
      `${R.nm(gods[0])}${rng.pick([', ', ' och ', ' & '])}${R.nm(gods[1])}`, R.nm(pr, 'short', 'staff'), `${N.id('hymn-number', psalm())}, ${N.id('hymn-number', psalm())}`, note]);
  }
  rows.push([], [footer(R, O, ['orgnr', 'switchboard'])]);
  const f = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(R.file, f.bytes, f.text);
}

function konfXlsx(C) {
  const R = at(C, `${DIR}/konfirmander_ht26.xlsx`); const N = nears(R, rng);
  const k = [['Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Grupp', 'Allergier/övrigt']];
  const g = [['Konfirmand', 'Vårdnadshavare', 'Relation', 'Telefon', 'E-post', 'Samtycke foto']];
  const l = [['Rum', 'Boende', 'Ledare', 'Ankomst']];
  const groups = ['Lägergruppen', 'Onsdag kväll', 'Hästkonfa', 'Seglarkonfa', 'Minikonfa'];
  const leaders = STAFF.slice(6, 9);
  for (let i = 0; i < 40; i++) {
    const c = person(rng, { middle: 0.2 }); const v = rng.chance(0.7) ? kin(rng, c) : person(rng);
    R.j(c.given, c.last);
    const gr = rng.pick(groups);
    k.push([c.given, c.last, R.pn(pnr(rng, { minYear: 2011, maxYear: 2012 })), R.ph(phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'dash']))), rng.chance(0.6) ? R.em(email(rng, c)) : '', gr,
      rng.pick([() => '', () => 'nötter', () => 'gluten', () => 'vegetarian', () => 'laktos', () => '', () => `diabetes typ 1 – kontakt ${R.nm(v)}`])()]);
    g.push([R.t('name', `${c.given} ${c.last}`, c.middle ? 'middle-name' : 'full'), R.nm(v, rng.pick(['full', 'full', 'surname-first'])), rng.pick(['mamma', 'pappa', 'förälder', 'god man', 'mormor']), R.ph(phone(rng)), R.em(email(rng, v)), rng.pick(['Ja', 'Nej', 'Ja'])]);
    if (gr === 'Lägergruppen') l.push([`Stuga ${rng.int(1, 9)}${rng.pick(['A', 'B'])}`, R.t('name', `${c.last} ${c.first}`, 'surname-first-nocomma'), R.nm(rng.pick(leaders), 'short', 'staff'), N.date(dotDate(date(rng, '2026-06-20', '2026-06-25')))]);
  }
  const f = xlsx([{ name: 'Konfirmander', rows: k }, { name: 'Vårdnadshavare', rows: g }, { name: 'Läger Vätö', rows: l }], { creator: R.nm(STAFF[8], 'full', 'xlsx-creator') });
  C.put(R.file, f.bytes, f.text);
}

function vigslarJson(C) {
  const R = at(C, `${DIR}/vigslar_2026.json`); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 30; i++) {
    const a = person(rng); const b = person(rng); const d = date(rng, '2026-04-01', '2026-10-31');
    const party = (p) => ({ fornamn: p.given, efternamn: p.last, personnummer: R.pn(pnr(rng, { minYear: 1975, maxYear: 2001, samord: rng.chance(0.04) })),
      telefon: R.ph(phone(rng, rng.chance(0.93) ? 'mobile' : 'foreign')), epost: R.em(email(rng, p)), folkbokford: `${N.street(street(rng))}, ${N.postcode(postcode(rng))} ${rng.pick(CITIES)}` });
    R.j(a.given, a.last); R.j(b.given, b.last);
    const w = [person(rng), person(rng)];
    const pr = rng.pick(PRIESTS);
    out.push({ id: N.id('booking-id', `VIG-${num(rng, 5)}`), datum: N.date(d), tid: hhmm(rng, 11, 17), kyrka: N.look('church', rng.pick(CHURCHES)),
      parter: [party(a), party(b)], vittnen: w.map((p) => R.nm(p, rng.pick(['full', 'full', 'caps']))),
      hindersprovning: { intyg: N.id('certificate-no', `HP ${num(rng, 6)}`), utfardat: N.date(date(rng, '2026-01-01', '2026-04-01')), giltigt_till: N.date(date(rng, '2026-05-01', '2026-12-31')) },
      officiant: { namn: R.nm(pr, 'full', 'staff'), epost: R.t('email', pr.mail, 'staff-work') },
      musik: { kantor: R.nm(rng.pick([STAFF[4], STAFF[5]]), 'full', 'staff'), psalmer: [N.id('hymn-number', psalm()), N.id('hymn-number', psalm())] },
      avgift: N.amount(rng.chance(0.5) ? '0 kr' : amount(rng, 1500, 4500)),
      anteckning: rng.pick([() => '', () => `Samtal med ${R.nm(a, 'short')} o ${R.nm(b, 'lower')} ${dotDate(date(rng))}`, () => `Paret önskar ${N.look('street', LOOKALIKE.street[rng.int(0, 3)])} som samlingsplats`, () => `Bröllopskoordinator ${R.nm(person(rng))}, ${R.ph(phone(rng))}`, () => 'Vigsel på engelska'])() });
  }
  const text = jsonText({ export: 'vigselbokningar', forsamling: O.name, skapad: isoTs(rng, '2026-11-25', 6, 7), poster: out });
  C.put(R.file, text, text);
}

function personbevisPdf(C) {
  const R = at(C, `${DIR}/kyrkobok_utdrag_2026.pdf`); const N = nears(R, rng);
  const lines = [{ text: 'Utdrag ur kyrkboken – dop och medlemskap', size: 14, bold: true }, `${O.name}, ${footer(R, O, ['orgnr'])}`, ''];
  for (let i = 0; i < 30; i++) {
    const p = person(rng, { cp1252: true, middle: 0.3 }); const m = kin(rng, p, { cp1252: true }); const f = person(rng, { cp1252: true });
    const old = rng.chance(0.06);
    lines.push({ text: `Utdrag nr ${N.id('extract-no', `${num(rng, 4)}/${rng.int(2025, 2026)}`)}`, bold: true },
      `Namn: ${R.nm(p, rng.pick(['full', 'caps', 'surname-first']))}`, `Personnummer: ${R.pn(pnr(rng, old ? { old: true } : { minYear: 1940, maxYear: 2008 }))}`,
      `Döpt: ${N.date(svDate(date(rng, '1990-01-01', '2025-12-31')))} i ${N.look('church', rng.pick(CHURCHES))}`,
      `Föräldrar: ${R.nm(m)} och ${R.nm(f)}`, `Medlem sedan: ${N.date(dotDate(date(rng, '1990-01-01', '2025-12-31')))}`,
      `Utfärdat av: ${R.nm(STAFF[9], 'full', 'staff')}, kanslist`, '');
  }
  const f = pdfLines(lines, { per: 48, title: 'Kyrkboksutdrag' }); C.put(R.file, f.bytes, f.text);
}

function expeditionMbox(C) {
  const R = at(C, `${DIR}/expeditionen_2026.mbox`); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 32; i++) {
    const c = person(rng); const s = rng.pick(STAFF); const cm = R.em(email(rng, c)); const d = date(rng, '2026-02-01', '2026-11-20');
    R.t('name', c.full, 'header-display');
    const inbound = rng.chance(0.5);
    const child = kin(rng, c); const kind = rng.pick(['dop', 'vigsel', 'begravning', 'intyg']);
    const ph = R.ph(phone(rng)); const intro = rng.pick([() => `Hej! Jag heter ${R.nm(c)} och`, () => `Hej, det är ${R.nm(c, 'lower', 'lower')} som skriver,`, () => `Hejsan,`, () => `Good afternoon, my name is ${R.nm(c)} and`])();
    let body;
    if (kind === 'dop') body = `${intro} vi vill boka dop för vår son ${R.nm(child)} (${R.pn(pnr(rng, { minYear: 2025, maxYear: 2025 }))}) i ${N.look('church', rng.pick(CHURCHES))}.\nGudföräldrar blir ${R.nm(person(rng))} och ${R.nm(person(rng))}.\nNå mig på ${ph}.\n\nMvh\n${R.nm(c, 'short', 'signature')}`;
    else if (kind === 'vigsel') { const b = person(rng); body = `${intro} min sambo ${R.nm(b)} och jag vill gifta oss ${N.date(svDate(date(rng, '2027-05-01', '2027-09-30')))}. Hindersprövningen är klar (${N.id('certificate-no', `HP ${num(rng, 6)}`)}).\nTelefon ${ph}, ${R.nm(b, 'short')} nås på ${R.ph(phone(rng))}.\n\n/${R.nm(c, 'short', 'signature')}`; }
    else if (kind === 'begravning') { const dec = kin(rng, c, { }); body = `${intro} pappa ${R.nm(dec, 'full', 'deceased')} har somnat in. Begravningsbyrån (${N.look('company', rng.pick(['Fonus Norrtälje', 'Roslagens Begravningsbyrå', 'Waldemar Nilssons Begravningsbyrå']))}) sa att vi skulle höra av oss. Han hade personnummer ${R.pn(pnr(rng, { minYear: 1930, maxYear: 1950 }))}.\nNi når mig på ${ph}.\nTack\n${R.nm(c, 'short', 'signature')}`; }
    else body = `${intro} jag behöver ett dopbevis/utdrag ur kyrkboken för ${R.nm(child)}, född ${N.date(dotDate(date(rng, '2000-01-01', '2015-12-31')))}. Adress: ${N.street(street(rng))}, ${N.postcode(postcode(rng))}.\n\nHälsningar ${R.nm(c, 'short', 'signature')}\n${ph}`;
    if (inbound) { msgs.push({ from: [c.full, cm], to: [[null, role(O, 3)]], subject: `${kind === 'dop' ? 'Dopbokning' : kind === 'vigsel' ? 'Vigsel nästa år?' : kind === 'begravning' ? 'Begravning – pappa' : 'Utdrag ur kyrkboken'}`, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${alnum(rng, 12)}@mail.gmail.com`, text: body, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: mboxDate(d) }); continue; }
    R.t('name', s.full, 'header-display'); R.t('email', s.mail, 'staff-work');
    const reply = `${greetLone(R, rng, N, c.first)}\n\nTack för ditt mejl. Jag har noterat ${kind} och återkommer inom två arbetsdagar. Ärendenummer ${N.id('case-no', `EXP-${num(rng, 6)}`)}.\n\nVänliga hälsningar\n${R.nm(s, 'full', 'staff')}\n${s.title}, ${O.name}\nDirekt ${R.t('phone', s.direct.value, 'staff-direct')} | Växel ${N.id('switchboard', O.switchboard, 'phone')}\n\n-----Ursprungligt meddelande-----\nFrån: ${c.full} <${cm}>\nSkickat: ${N.date(dotDate(d))}\n\n${body.split('\n').map((l) => `> ${l}`).join('\n')}`;
    msgs.push({ from: [s.full, s.mail], to: [[c.full, cm]], cc: rng.chance(0.3) ? [[null, role(O, 0)]] : [], subject: `SV: ${kind === 'dop' ? 'Dopbokning' : 'Ert ärende'}`, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${alnum(rng, 16)}@svenskakyrkan.se`, text: reply, enc: rng.pick(['qp', 'b64']), hdrMode: 'Q', mboxDate: mboxDate(d) });
  }
  const f = mbox(msgs); C.put(R.file, f.bytes, f.text);
  function role(o, i) { return R.n('email', 'role-email', o.roles[i]); }
}

function dopBekraftelser(C) {
  for (let k = 1; k <= 2; k++) {
    const R = at(C, `${DIR}/dopbekraftelse_${k}.eml`); const N = nears(R, rng);
    const c = person(rng); const child = kin(rng, c); const s = PRIESTS[k]; const d = date(rng, '2026-09-01', '2026-12-15'); const cm = R.em(email(rng, c));
    R.t('name', c.full, 'header-display');
    const rows = [['Barn', R.nm(child, 'full')], ['Personnummer', R.pn(pnr(rng, { minYear: 2025, maxYear: 2026 - 1 }))], ['Datum', N.date(svDate(d))], ['Kyrka', N.look('church', rng.pick(CHURCHES))],
      ['Präst', R.nm(s, 'full', 'staff')], ['Gudföräldrar', `${R.nm(person(rng))}, ${R.nm(person(rng))}`], ['Bokningsnr', N.id('booking-id', bookingId())]];
    const html = `<!DOCTYPE html><html><body style="font-family:Arial"><p>${htmlEsc(greetLone(R, rng, N, c.first))}</p><p>Välkommen till dopet! Här är en sammanfattning:</p><table>${rows.map(([a, b]) => `<tr><td><b>${a}</b></td><td>${htmlEsc(b)}</td></tr>`).join('')}</table><p>Frågor? Ring ${R.t('phone', s.direct.value, 'staff-direct')} eller svara på detta mejl.</p><p style="color:#777">${htmlEsc(footer(R, O, ['orgnr', 'switchboard']))}<br>Detta mejl skickades från ${R.n('email', 'role-email', O.roles[2])}</p></body></html>`;
    const f = htmlEml({ from: ['Västra Roslags församling', O.roles[2]], to: [[c.full, cm]], subject: 'Bekräftelse: dop i Västra Roslags församling', date: rfcDate(d, '07:30:00'), id: `${alnum(rng, 20)}@svenskakyrkan.se`, html, enc: k === 1 ? 'b64' : 'qp' });
    C.put(R.file, f.bytes, f.text);
  }
}

function begravningTxt(C) {
  const R = at(C, `${DIR}/begravningssamtal_anteckningar.txt`); const N = nears(R, rng);
  const out = ['BEGRAVNINGSSAMTAL / TELEFONANTECKNINGAR – expeditionen', '(kopierat från Outlook-anteckningar, ej rättat)', ''];
  for (let i = 0; i < 55; i++) {
    const dec = person(rng, { middle: 0.3 }); const rel = kin(rng, dec); const s = rng.pick(STAFF.slice(0, 4)); const d = date(rng);
    const ph = R.ph(phone(rng));
    const sig = rng.chance(0.5) ? N.lone(s.first.toLowerCase()) : N.id('staff-initials', `${s.first[0]}${s.last[0]}`.toUpperCase());
    out.push(`${d} ${hhmm(rng)} ${rng.pick(['/', '-', '–'])} ${sig}`);
    out.push(rng.pick([
      () => `ringde ${R.nm(rel, rng.pick(['full', 'lower']))} (${rng.pick(['dotter', 'son', 'make', 'hustru', 'barnbarn', 'sambo'])}) ang begravn av ${R.nm(dec, rng.pick(['full', 'caps', 'surname-first']), 'deceased')} ${R.pn(pnr(rng, { minYear: 1926, maxYear: 1960 }))}. önskar ${N.id('hymn-number', psalm())} o ${N.id('hymn-number', psalm())}. tel ${ph}`,
      () => `pratat m ${R.nm(rel)} – mamma ${R.nm(dec, 'full', 'deceased')} dog ${N.date(dotDate(d))}. jordbegr ${N.look('church', rng.pick(CHURCHES))}, minnesstund i församlingshemmet. ring tbx ${ph}`,
      () => `${R.nm(rel, 'lower', 'lower')} ringde, vill ha ${R.nm(rng.pick(PRIESTS), 'short', 'staff')} som officiant för ${R.nm(dec, 'short', 'deceased')} (f ${R.pn(pnr(rng, { old: rng.chance(0.3), minYear: 1930, maxYear: 1945 }))}). nås på ${ph} el ${R.ph(phone(rng, 'landline'))}`,
      () => `Enl. begr.byrån (${N.look('company', rng.pick(['Fonus', 'Roslagens Begravningsbyrå', 'Memento']))}) avliden ${R.nm(dec, 'full', 'deceased')}, anhörig ${R.nm(rel)} ${ph}. Bokn ${N.id('booking-id', `BEG-${num(rng, 5)}`)}`,
      () => `samtal: ${rel.first.toLowerCase()} ${rel.last.toLowerCase()} (barnbarn) ${ph} – frågar om gravsättning, hänvisad till kyrkogårdsförv ${N.service()}`,
    ])());
    if (/samtal: /.test(out[out.length - 1])) R.t('name', `${rel.first.toLowerCase()} ${rel.last.toLowerCase()}`, 'lower');
    if (rng.chance(0.15)) out.push(`  obs: ${N.badLuhn()} stämmer ej enl ${N.surname(dec.last)}-familjen, kolla m skatteverket`);
    out.push('');
  }
  const t = out.join('\n'); C.put(R.file, t, t);
}

function lokalIcs(C) {
  const R = at(C, `${DIR}/lokalbokning_forsamlingshemmet.ics`); const N = nears(R, rng);
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kyrkbokningen//Lokaler 4.2//SV', 'X-WR-CALNAME:Församlingshemmet – lokaler', 'CALSCALE:GREGORIAN'];
  for (let i = 0; i < 36; i++) {
    const s = rng.pick(STAFF); const c = person(rng); const d = date(rng).replace(/-/g, '');
    const ph = R.ph(phone(rng));
    L.push('BEGIN:VEVENT', `UID:${N.id('ics-uid', `${hexId()}@kyrkbokningen.se`, 'email')}`, `DTSTAMP:${d}T070000Z`, `DTSTART;TZID=Europe/Stockholm:${d}T${rng.pick(['10', '13', '17', '18'])}0000`, `DTEND;TZID=Europe/Stockholm:${d}T${rng.pick(['12', '15', '20', '21'])}0000`,
      `SUMMARY:${rng.pick(['Minnesstund', 'Dopkaffe', 'Hyra stora salen', 'Körövning', 'Babyrytmik', 'Årsmöte syföreningen'])} – ${R.nm(c, rng.pick(['full', 'full', 'caps']))}`,
      `ORGANIZER;CN=${R.nm(s, 'full', 'staff')}:mailto:${R.t('email', s.mail, 'staff-work')}`,
      `ATTENDEE;CN=${R.t('name', c.full, 'ics-cn')};ROLE=REQ-PARTICIPANT:mailto:${R.em(email(rng, c))}`,
      `LOCATION:${N.look('room', rng.pick(['Sal Kristina', 'Lilla salen', 'Köket', 'Sal Astrid']))}\\, Församlingshemmet`,
      `DESCRIPTION:Kontakt ${c.first} ${ph}. Nyckel kvitteras i expeditionen. Bokningsnr ${N.id('booking-id', `LOK-${num(rng, 5)}`)}. Pris ${N.amount(amount(rng, 300, 2500))}`, 'END:VEVENT');
    N.lone(c.first);
  }
  L.push('END:VCALENDAR');
  const f = folded(L); C.put(R.file, f.bytes, f.text);
  function hexId() { return `${alnum(rng, 8)}-${alnum(rng, 4)}-${alnum(rng, 12)}`.toLowerCase(); }
}

function kyrkvardVcf(C) {
  const R = at(C, `${DIR}/kyrkvardar_och_frivilliga.vcf`); const N = nears(R, rng);
  const L = [];
  for (let i = 0; i < 24; i++) {
    const p = person(rng); const mob = phone(rng, 'mobile', rng.pick(['intl', 'e164', 'grouped'])); const home = rng.chance(0.4) ? phone(rng, 'landline') : null;
    L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${p.last};${p.given};;;`, `FN:${R.t('name', p.full, 'vcard-fn')}`, `ORG:${O.name};${rng.pick(['Kyrkvärdar', 'Frivilliga', 'Kyrkofullmäktige', 'Besöksgruppen'])}`,
      `TEL;TYPE=CELL:${R.ph(mob)}`, ...(home ? [`TEL;TYPE=HOME:${R.ph(home)}`] : []), `EMAIL;TYPE=INTERNET:${R.em(email(rng, p))}`,
      `ADR;TYPE=HOME:;;${N.street(street(rng))};${rng.pick(CITIES)};;${N.postcode(postcode(rng))};Sverige`, `NOTE:Medlem sedan ${N.date(String(rng.int(1985, 2024)))}. ${rng.pick(['Kyrkkaffe', 'Läsare', 'Dörrvärd', 'Körsångare'])}.`, 'END:VCARD');
  }
  const f = folded(L); C.put(R.file, f.bytes, f.text);
}

function webbNdjson(C) {
  const R = at(C, `${DIR}/webbformular_kontakt.ndjson`); const N = nears(R, rng);
  const out = [];
  const forms = ['dopanmalan', 'vigselforfragan', 'samtal_med_prast', 'bokning_lokal', 'kyrkans_familjeradgivning'];
  for (let i = 0; i < 85; i++) {
    const p = person(rng); const d = date(rng); const form = rng.pick(forms);
    const ip = R.ip(ipVal(rng)); const ph = rng.chance(0.8) ? R.ph(phone(rng)) : '';
    const fields = rng.chance(0.5) ? { fornamn: p.given, efternamn: p.last } : { namn: R.nm(p, rng.pick(['full', 'full', 'lower', 'caps'])) };
    if (fields.fornamn) R.j(p.given, p.last);
    const msg = rng.pick([
      () => `Vill boka ${form === 'dopanmalan' ? 'dop' : 'tid'}${rng.chance(0.4) ? ` för ${R.nm(kin(rng, p))}` : ''}.`,
      () => `Ring mig hellre än mejl, ${ph || 'tack'}.`,
      () => `Vi bor på ${N.look('street', rng.pick(LOOKALIKE.street))} ${rng.int(1, 40)}.`,
      () => 'Finns det tider i december?', () => `Min man ${R.nm(person(rng))} är inte medlem, går det ändå?`,
      () => `Personnummer ${R.pn(pnr(rng, { minYear: 1960, maxYear: 2004 }))}`,
    ])();
    out.push(JSON.stringify({ id: N.id('submission-id', `sub_${alnum(rng, 10)}`), form, submitted_at: isoTs(rng, d), client: { ip, ua: rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (Linux; Android 14)']) },
      fields: { ...fields, epost: R.em(email(rng, p)), telefon: ph, meddelande: msg }, routed_to: R.n('email', 'role-email', rng.pick(O.roles)) }));
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function protokollDocx(C) {
  const R = at(C, `${DIR}/kyrkoradet_protokoll_2026-10.docx`); const N = nears(R, rng);
  const members = people(rng, 9); const chair = members[0]; const sec = members[1];
  const b = [{ h: `Protokoll – kyrkorådet, ${O.name}` }, `Sammanträde ${N.date(svDate('2026-10-14'))}, ${N.look('church', 'Frötuna kyrka')} församlingssal.`,
    { runs: ['Närvarande: ', members.map((m) => R.nm(m)).join(', '), ', samt ', R.nm(STAFF[0], 'full', 'staff'), ' (kyrkoherde).'] },
    `§ 1 Mötets öppnande. Ordförande ${chair.full} förklarade mötet öppnat.`,
    `§ 2 Val av justerare: ${R.nm(members[2])} och ${R.nm(members[3], 'surname-first')}.`,
    `§ 3 Ekonomi. Budget 2027 ${N.amount('14 250 000 kr')}. Bankgiro ${N.id('bankgiro', O.bg)}.`,
    `§ 4 Personal. Anmäldes att ${R.nm(STAFF[4], 'full', 'staff')} går ned till 75 %. Vikarie: ${R.nm(person(rng))}, ${R.ph(phone(rng, 'mobile'))}.`,
    `§ 5 Fastighet. Offert från ${N.look('company', LOOKALIKE.company[2])} (org.nr ${N.orgnr()}) avseende solceller på församlingshemmet.`,
    `§ 6 Skrivelse från ${R.nm(person(rng))} angående ${N.look('place', 'Lisas fäbod')}. Bordlades.`,
    { table: [['Ärende', 'Ansvarig', 'Klart'], ...Array.from({ length: 12 }, () => [rng.pick(['Takomläggning', 'Konfirmandläger', 'Julkonsert', 'Minnesbok', 'Sorgegrupp', 'Ny orgel']), R.nm(rng.pick([...members, ...STAFF.slice(0, 6)]), 'full'), N.date(dotDate(date(rng, '2026-11-01', '2027-06-30')))])] },
    `Vid protokollet: ${R.nm(sec)}`, `Justeras: ${R.nm(members[2], 'caps')}   ${R.nm(members[3])}`];
  const f = docx(b, { creator: R.nm(sec, 'full', 'docx-creator') }); C.put(R.file, f.bytes, f.text);
}

function diakoniMd(C) {
  const R = at(C, `${DIR}/diakoni_hembesok.md`); const N = nears(R, rng);
  const out = ['# Diakoni – hembesök och samtal (internt)', '', '> Tystnadsplikt. Skriv kort.', ''];
  for (let i = 0; i < 36; i++) {
    const p = person(rng, { middle: 0.2 }); const s = rng.pick([STAFF[3], STAFF[6]]); const d = date(rng);
    out.push(`## ${d} – ${R.nm(p, rng.pick(['full', 'surname-first', 'caps']))}`, '',
      `- **Diakon:** ${R.nm(s, 'short', 'staff')}`, `- **Tel:** ${R.ph(phone(rng))}`,
      `- ${sloppy(rng, rng.pick(['Besök i hemmet, ensam sedan maken dog', 'Samtal om ekonomi, hänvisad till budgetrådgivning', 'Önskar följa med på syföreningens resa', 'Behöver hjälp med matkasse', 'Sorgegrupp HT']))}${rng.chance(0.4) ? `, dotter ${R.nm(kin(rng, p))} ${R.ph(phone(rng))}` : ''}.`,
      `- Nästa: ${N.date(dotDate(date(rng, '2026-11-26', '2027-02-28')))} ${rng.chance(0.3) ? `(ref ${N.id('case-no', `DK-${num(rng, 4)}`)})` : ''}`, '');
  }
  const t = out.join('\n'); C.put(R.file, t, t);
}

function arkivZip(C) {
  const file = `${DIR}/arkiv_dop_vigsel_2019.zip`; const R = at(C, file); const N = nears(R, rng);
  const rows = [['Datum', 'Namn', 'Personnummer', 'Förälder', 'Telefon', 'Präst']];
  for (let i = 0; i < 26; i++) {
    const c = person(rng); const v = kin(rng, c);
    rows.push([N.date(date(rng, '2019-01-01', '2019-12-31')), R.nm(c), R.pn(pnr(rng, { minYear: 2018, maxYear: 2019 })), R.nm(v, rng.pick(['full', 'surname-first'])), R.ph(phone(rng, 'mobile', rng.pick(['dash', 'compact', 'grouped']))), R.nm(rng.pick(PRIESTS), 'short', 'staff')]);
  }
  const inner = csv(rows, { sep: ',' });
  const notes = [];
  for (let i = 0; i < 12; i++) { const a = person(rng); const b = person(rng); notes.push(`${N.date(date(rng, '2019-04-01', '2019-09-30'))}: vigsel ${R.nm(a)} & ${R.nm(b)}, vittne ${R.nm(person(rng))} tel ${R.ph(phone(rng))}`); }
  const innerZip = zip([{ name: 'vigslar_2019/anteckningar.txt', data: notes.join('\r\n') }]);
  const outer = zip([{ name: 'dop_2019.csv', data: inner.bytes }, { name: 'vigslar_2019.zip', data: innerZip }, { name: 'LASMIG.txt', data: `Arkiverat av ${R.nm(STAFF[9], 'full', 'staff')} ${N.date('2020-02-03')}` }]);
  C.put(file, outer, `${inner.text}\n${notes.join('\n')}\nArkiverat av ${STAFF[9].full} 2020-02-03`);
}

export default function build(C) {
  dopCsv(C); konfXlsx(C); vigslarJson(C); personbevisPdf(C); expeditionMbox(C); dopBekraftelser(C); begravningTxt(C); lokalIcs(C); kyrkvardVcf(C); webbNdjson(C); protokollDocx(C); diakoniMd(C); arkivZip(C);
}
