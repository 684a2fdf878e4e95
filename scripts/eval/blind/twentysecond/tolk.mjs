// Språkbron Översättning AB — a translation bureau for authorities: assignments from case officers, a Jira project,
// certified translations of civil-status documents (applicants, parents, spouses, witnesses), the translator
// register and fees, mail with authorities and private clients, notes, the customer portal's log and orders, an archive.
import { Rng, ctx, org, people, staff, person, kin, cp1252ok, csv, xlsx, docx, mbox, eml, zip, rfcDate, footer, pdfLines, jsonOut, textOut, ndjson,
  date, dotDate, slashDate, hhmm, hms, num, letters, alnum, amount, street, postcode, CITIES, LOOKALIKE, LONE, p2, svDate, uuid, UA, account, clearing, makeOrgnr } from './core.mjs';

const D = 'sprakbron.se';
const O = org(new Rng('tolk/org'), { name: 'Språkbron Översättning AB', domain: D, area: '8', roles: ['order', 'info', 'noreply', 'ekonomi', 'kvalitet'] });
const PM = staff(new Rng('tolk/pm'), 6, D, { minYear: 1965, maxYear: 1995 });
const TR = people(new Rng('tolk/translators'), 40, { minYear: 1950, maxYear: 1995 });
const OFFICERS = people(new Rng('tolk/officers'), 45, { minYear: 1960, maxYear: 1998 });
const APP = people(new Rng('tolk/applicants'), 220, { minYear: 1950, maxYear: 2012 });
const AUTH = [['Migrationsverket', 'migrationsverket.se'], ['Skatteverket', 'skatteverket.se'], ['Polismyndigheten', 'polisen.se'], ['Försäkringskassan', 'forsakringskassan.se'],
  ['Region Dalarna', 'regiondalarna.se'], ['Stockholms tingsrätt', 'dom.se'], ['Socialförvaltningen Järfälla', 'jarfalla.se'], ['Transportstyrelsen', 'transportstyrelsen.se']];
const offOf = (p, i) => { const [auth, dom] = AUTH[i % AUTH.length]; return { ...p, mail: `${p.first.toLowerCase().normalize('NFD').replace(/[^a-z-]/g, '')}.${p.last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}@${dom}`, auth, staff: false }; };
const OFF = OFFICERS.map(offOf);
const LANGS = ['arabiska', 'tigrinja', 'dari', 'persiska', 'somaliska', 'ukrainska', 'bosniska', 'turkiska', 'vietnamesiska', 'polska', 'spanska', 'kurdiska (sorani)', 'amhariska', 'thai'];
const DOCS = ['födelsebevis', 'vigselbevis', 'skilsmässodom', 'körkort', 'betyg', 'personbevis', 'dödsbevis', 'vårdnadsbeslut', 'läkarintyg'];
const dnr = (rng, auth) => (auth === 'Migrationsverket' ? `${rng.int(10, 26)}-${num(rng, 6)}` : auth === 'Polismyndigheten' ? `K${num(rng, 6)}-${rng.int(24, 26)}` : `${rng.pick(['Dnr', 'Mål nr', 'Ärende'])} ${rng.pick(['T', 'FT', 'SN', 'KS'])} ${num(rng, 4)}-${rng.int(24, 26)}`);
const passport = (rng) => `${letters(rng, rng.int(1, 2))}${num(rng, 7)}`;

function uppdrag(C) {
  const x = ctx(C, 'tolk/uppdrag/uppdrag_2026Q3.csv'); const { rng } = x;
  const rows = [['Uppdragsnr', 'Beställare', 'Handläggare', 'Handläggare e-post', 'Handläggare tel', 'Diarienr', 'Dokument', 'Språk', 'Sökande', 'Översättare', 'Leverans', 'Pris exkl moms']];
  for (let i = 0; i < 150; i++) {
    const o = rng.pick(OFF); const a = rng.pick(APP); const t = rng.pick(TR);
    rows.push([x.n.id('assignment-number', `SB-${num(rng, 6)}`), x.n.company(o.auth), x.nm(o, 'full', 'case-officer'), x.t('email', o.mail, 'official-work'), rng.chance(0.5) ? x.tel(o, undefined, 'official-direct') : '',
      x.n.id('case-number', dnr(rng, o.auth)), rng.pick(DOCS), `${rng.pick(LANGS)}–svenska`, rng.chance(0.8) ? x.nm(a, rng.pick(['full', 'surname-first', 'passport'])) : '', x.nm(t, 'short'),
      x.n.date(date(rng, '2026-07-01', '2026-09-30')), x.n.amount(`${rng.int(450, 6800)},00`)]);
  }
  x.put(csv(rows, { sep: ',', quoteAll: true, bom: true }));
}

function jira(C) {
  const x = ctx(C, 'tolk/uppdrag/jira_export.json'); const { rng } = x;
  const issues = [];
  for (let i = 0; i < 26; i++) {
    const o = rng.pick(OFF); const a = rng.pick(APP); const pm = rng.pick(PM); const t = rng.pick(TR); const d = date(rng, '2026-08-01', '2026-11-20');
    const comments = [];
    for (let k = 0; k < rng.int(1, 4); k++) {
      const au = rng.pick([pm, pm, t]);
      comments.push({ author: { displayName: x.nm(au, 'short'), emailAddress: x.mail(au) }, created: `${d}T${hms(rng)}.000+0100`, body: rng.pick([
        () => `Källdokumentet är svårläst, namnet på fadern kan vara ${x.nm(kin(rng, a))} eller liknande. Frågar ${x.nm(o)}.`, () => `Levererat till ${x.t('email', o.mail, 'official-work')}.`,
        () => `Sökandens personnummer enl. beställning: ${x.pnr(a)}`, () => `Beställningen anger ${x.n.badLuhn()} – fel kontrollsiffra. Rätt enligt personbevis: ${x.pnr(a)}`, () => `Ringde sökanden ${x.tel(a)}, bekräftade stavningen ${x.nm(a, 'caps')}.`,
        () => 'Stämpel på sida 2 oläslig, noterat i översättningen.', () => `@${x.n.id('handle', `${t.first.toLowerCase().replace(/[^a-z]/g, '')}.${t.last[0].toLowerCase()}`)} kan du ta korrläsningen?`,
      ])() });
    }
    issues.push({ key: x.n.id('issue-key', `OVS-${1200 + i}`), fields: { summary: `${rng.pick(DOCS)} ${rng.pick(LANGS)} – ${x.n.id('case-number', dnr(rng, o.auth))}`, issuetype: { name: 'Auktoriserad översättning' },
      status: { name: rng.pick(['Att göra', 'Pågår', 'Granskning', 'Klar']) }, reporter: { displayName: x.nm(pm, 'short'), emailAddress: x.mail(pm) },
      assignee: { displayName: x.nm(t, 'short'), emailAddress: x.mail(t) }, customfield_10031: x.nm(a), customfield_10032: x.n.company(o.auth), created: `${d}T${hms(rng)}.000+0100`,
      comment: { comments } } });
  }
  x.put(jsonOut({ expand: 'schema,names', startAt: 0, maxResults: 100, total: issues.length, issues }));
}

function certDocx(C, n) {
  const x = ctx(C, `tolk/oversattningar/auktoriserad_oversattning_${n}.docx`); const { rng } = x;
  const t = rng.pick(TR); const lang = rng.pick(LANGS);
  const b = [{ h: `Auktoriserad översättning från ${lang}` }, `Översättarens anteckning: Dokumentet är en ${rng.pick(DOCS)} utfärdad av ${rng.pick(['civilregistret i Kabul', 'folkbokföringsmyndigheten i Asmara', 'kommunen i Mostar', 'registreringskontoret i Kyiv', 'folkbokföringen i Mogadishu'])}.`];
  for (let k = 0; k < 5; k++) {
    const c = person(rng, { minYear: 1995, maxYear: 2020 }); const f = kin(rng, c, { minYear: 1960, maxYear: 1990 }); const m = person(rng, { origin: c.origin, minYear: 1962, maxYear: 1992 });
    const w1 = person(rng, { origin: c.origin }); const w2 = person(rng, { origin: c.origin });
    b.push({ h: `Handling ${k + 1} – ${x.n.id('document-number', `${rng.int(100, 999)}/${rng.int(1995, 2020)}`)}` });
    b.push({ table: [['Efternamn', c.last], ['Förnamn', c.given], ['Födelsedatum', x.n.date(dotDate(`${c.pnr.y}-${p2(c.pnr.m)}-${p2(c.pnr.d)}`))], ['Födelseort', rng.pick(['Herat', 'Keren', 'Tuzla', 'Hargeisa', 'Lviv', 'Mosul', 'Shiraz'])],
      ['Fadern', x.nm(f, rng.pick(['full', 'passport']), 'parent')], ['Modern', x.nm(m, rng.pick(['full', 'passport']), 'parent')], ['Pass nr', x.n.id('passport-number', passport(rng))]] });
    x.join(c.given, c.last, 'split-joined');
    b.push({ runs: ['Vittnen: ', x.nm(w1, 'full', 'witness'), ' och ', x.nm(w2, 'full', 'witness'), '. Svenskt personnummer/samordningsnummer enligt beställaren: ', x.pnr(c), '.'] });
  }
  b.push(`Jag intygar att detta är en trogen översättning. ${x.nm(t, 'full', 'signature')}, auktoriserad translator nr ${x.n.id('translator-authorisation', String(rng.int(300, 2400)))}, ${x.n.date(svDate(date(rng, '2026-09-01', '2026-11-20')))}.`);
  b.push(footer(x, O, ['orgnr', 'switchboard']));
  x.put(docx(b, { creator: x.nm(t, 'full', 'docx-creator') }));
}

function vigselPdf(C) {
  const x = ctx(C, 'tolk/oversattningar/auktoriserade_oversattningar_vigselbevis.pdf'); const { rng } = x;
  const lines = [{ text: 'Auktoriserade översättningar – vigselbevis (samlad utskrift för arkiv)', size: 12, bold: true }, ''];
  for (let k = 0; k < 24; k++) {
    const h = person(rng, { cp1252: true, minYear: 1965, maxYear: 2000 }); const w = person(rng, { cp1252: true, origin: h.origin, minYear: 1965, maxYear: 2002 });
    const w1 = person(rng, { cp1252: true }); const t = rng.pick(TR.filter((p) => cp1252ok(p.full)));
    lines.push({ text: `Vigselbevis nr ${x.n.id('document-number', `${rng.int(10, 999)}-${rng.int(1990, 2024)}`)}`, bold: true });
    lines.push(`Mannen: ${x.nm(h, rng.pick(['passport', 'full']))}, född ${x.n.date(dotDate(`${h.pnr.y}-${p2(h.pnr.m)}-${p2(h.pnr.d)}`))}, svenskt pnr ${x.pnr(h)}`);
    lines.push(`Kvinnan: ${x.nm(w, rng.pick(['passport', 'full']))}, född ${x.n.date(dotDate(`${w.pnr.y}-${p2(w.pnr.m)}-${p2(w.pnr.d)}`))}`);
    lines.push(`Vigselförrättare: ${x.nm(w1)}   Översatt av: ${x.nm(t, 'short')}   Beställare: ${rng.pick(AUTH)[0]}`);
    lines.push('');
  }
  x.put(pdfLines(lines, { title: 'Vigselbevis' }));
}

function register(C) {
  const x = ctx(C, 'tolk/oversattare/oversattarregister.xlsx'); const { rng } = x;
  const act = [['Namn', 'Språk', 'Auktorisation', 'Personnummer', 'Mobil', 'E-post', 'F-skatt org.nr', 'Clearing', 'Konto']];
  for (const t of TR.slice(0, 30)) act.push([x.nm(t, rng.pick(['full', 'surname-first'])), rng.pick(LANGS), x.n.id('translator-authorisation', `Kammarkollegiet nr ${rng.int(300, 2400)}`), x.pnr(t), x.tel(t), x.mail(t),
    rng.chance(0.4) ? x.n.orgnr() : '', x.n.id('clearing', clearing(rng)), x.n.id('account-number', account(rng))]);
  const vil = [['Namn', 'Språk', 'Orsak', 'Telefon']];
  for (const t of TR.slice(30)) vil.push([x.nm(t), rng.pick(LANGS), rng.pick(['föräldraledig', 'flyttat utomlands', 'tjänstledig']), x.tel(t)]);
  const pmS = [['Projektledare', 'Direkt', 'E-post']];
  for (const p of PM) pmS.push([x.nm(p), x.tel(p), x.mail(p)]);
  x.put(xlsx([{ name: 'Aktiva', rows: act }, { name: 'Vilande', rows: vil }, { name: 'Projektledare', rows: pmS }, { name: 'Info', rows: [['Växel', x.n.switchboard(O.switchboard)], ['Order', x.n.role(O.roles[0])]] }],
    { creator: x.nm(PM[0], 'full', 'xlsx-creator') }));
}

function arvoden(C) {
  const x = ctx(C, 'tolk/oversattare/arvoden_2026-10.tsv'); const { rng } = x;
  const rows = [['Period', 'Mottagare', 'Personnummer', 'Antal ord', 'Arvode', 'Skatteavdrag', 'Utbetalt', 'Konto']];
  for (const t of TR.slice(0, 34)) {
    const a = rng.int(2000, 48000);
    rows.push(['2026-10', x.nm(t, 'surname-first-nocomma'), x.pnr(t), a, x.n.amount(`${(a * 1.3).toFixed(2)}`), x.n.amount(`${(a * 0.39).toFixed(2)}`), x.n.amount(`${(a * 0.91).toFixed(2)}`), x.n.id('account-number', `${clearing(rng)} ${account(rng)}`)]);
  }
  x.put(csv(rows, { sep: '\t', eol: '\r\n' }));
}

function myndighetMail(C) {
  const x = ctx(C, 'tolk/mail/myndigheter.mbox'); const { rng } = x;
  const msgs = [];
  for (let i = 0; i < 20; i++) {
    const o = rng.pick(OFF); const pm = rng.pick(PM); const a = rng.pick(APP); const d = date(rng, '2026-08-15', '2026-11-20');
    const case_ = x.n.id('case-number', dnr(rng, o.auth));
    const body = `Hej,\n\nVi behöver en auktoriserad översättning av bifogade ${rng.pick(DOCS)} (${rng.pick(LANGS)}) i ärende ${case_} gällande ${x.nm(a)}, ${x.pnr(a)}.\nLeverans senast ${x.n.date(svDate(date(rng, '2026-11-25', '2026-12-20')))}.\n\nMed vänlig hälsning\n${x.nm(o, 'full', 'signature')}\nHandläggare, ${x.n.company(o.auth)}\n${x.tel(o, undefined, 'official-direct')}`;
    const m = { from: [x.nm(o, 'full', 'header-display'), x.t('email', o.mail, 'official-work')], to: [['Språkbron order', x.n.role(O.roles[0])]], subject: `Beställning översättning ${case_}`, date: rfcDate(d, hms(rng)),
      id: `${uuid(rng)}@${o.mail.split('@')[1]}`, text: body, enc: rng.pick(['qp', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Fri Nov 20 17:00:00 2026' };
    if (rng.chance(0.4)) {
      const rows = [['Namn', 'Födelsedatum', 'Relation']]; const fam = [a, kin(rng, a), kin(rng, a)];
      for (const f of fam) rows.push([x.nm(f), x.n.date(`${f.pnr.y}-${p2(f.pnr.m)}-${p2(f.pnr.d)}`), rng.pick(['sökande', 'barn', 'make/maka'])]);
      const att = csv(rows, { sep: ';' });
      m.attachments = [{ name: 'familjemedlemmar.csv', type: 'text/csv; charset=utf-8', data: att.bytes, text: att.text }];
    }
    msgs.push(m);
    if (rng.chance(0.5)) msgs.push({ from: [x.nm(pm, 'short', 'header-display'), x.mail(pm)], to: [[x.nm(o, 'full', 'header-display'), x.t('email', o.mail, 'official-work')]], subject: `SV: Beställning översättning ${case_}`,
      date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@${D}`, enc: 'qp', mboxDate: 'Fri Nov 20 17:05:00 2026',
      text: `Hej ${x.n.lone(o.first)},\n\nTack, uppdraget är registrerat som ${x.n.id('assignment-number', `SB-${num(rng, 6)}`)} och tilldelat ${x.nm(rng.pick(TR), 'short')}.\n\nVänliga hälsningar\n${x.nm(pm, 'short', 'signature')}\nProjektledare | Språkbron | ${x.tel(pm)}\n\n${body.split('\n').map((l) => `> ${l}`).join('\n')}` });
  }
  x.put(mbox(msgs));
}

function privatEml(C, n) {
  const x = ctx(C, `tolk/mail/privatkund_${n}.eml`); const { rng } = x;
  const p = rng.pick(APP); const pm = rng.pick(PM); const sp = kin(rng, p);
  const text = `Hej ${x.n.lone(pm.first)}!\n\nTack för offerten. Jag vill beställa översättning av mitt körkort och min frus körkort från ${rng.pick(LANGS)} till svenska.\nMitt namn: ${x.nm(p)}\nPersonnummer: ${x.pnr(p)}\nMin fru: ${x.nm(sp)}, ${x.pnr(sp)}\nTelefon: ${x.tel(p)}\n\nKan jag betala med Swish till ${x.n.id('swish-number', `123 ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`)}?\n\nMvh\n${x.nm(p, rng.pick(['full', 'lower']), 'signature')}\n\n--- Ursprungligt meddelande ---\nFrån: ${x.nm(pm, 'short')} <${x.mail(pm)}>\n> Hej! Priset blir ${x.n.amount('1 450 kr')} per handling inkl. moms.\n> ${x.nm(pm, 'short', 'signature')}, ${x.tel(pm)}`;
  x.put(eml({ from: [x.nm(p, 'full', 'header-display'), x.mail(p)], to: [[x.nm(pm, 'short', 'header-display'), x.mail(pm)]], subject: 'Re: Offert översättning körkort', date: rfcDate(date(rng, '2026-10-01', '2026-11-20'), hms(rng)),
    id: `${uuid(rng)}@${p.mail.split('@')[1]}`, text, enc: 'b64', hdrMode: 'B' }));
}

function notes(C) {
  const x = ctx(C, 'tolk/anteckningar/projektanteckningar.md'); const { rng } = x;
  const out = ['# Projektanteckningar – Språkbron', '', '_Delad anteckning i Teams, exporterad_', ''];
  for (let w = 40; w <= 47; w++) {
    out.push(`## Vecka ${w}`, '');
    for (let i = 0; i < 7; i++) {
      const a = rng.pick(APP); const t = rng.pick(TR); const o = rng.pick(OFF);
      out.push(`- ${rng.pick([
        () => `${x.nm(t, 'short')} sjuk, ${x.n.id('assignment-number', `SB-${num(rng, 6)}`)} flyttas till ${x.nm(rng.pick(TR), 'short')}`,
        () => `**Brådskande:** ${x.n.company(o.auth)} (${x.nm(o)}) vill ha dokumenten för ${x.nm(a)} idag`,
        () => `namnet stavas \`${x.nm(a, 'passport')}\` i passet men \`${x.nm(a)}\` i beställningen – kolla m ${x.n.lone(o.first)}`,
        () => `ring ${x.nm(a, 'lower')} på ${x.tel(a)} om hämtning av original`, () => `kvalitetsgranskning: ${x.nm(t, 'short')} – 2 anm.`,
        () => `faktura ${x.n.id('invoice-number', `F${num(rng, 6)}`)} till ${x.n.company(rng.pick(AUTH)[0])} krediterad`,
      ])()}`);
    }
    out.push('');
  }
  x.put(textOut(out.join('\n')));
}

function telefonlogg(C) {
  const x = ctx(C, 'tolk/anteckningar/telefonlogg.txt'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 90; i++) {
    const a = rng.pick(APP); const pm = rng.pick(PM); const d = date(rng, '2026-10-01', '2026-11-20');
    out.push(`${slashDate(d).slice(0, 5)} ${hhmm(rng, 8, 16)} ${x.n.id('staff-initials', `${pm.first[0]}${pm.last[0]}`)} in ${rng.chance(0.8) ? x.tel(a) : 'dolt nr'} – ${rng.pick([
      () => `${x.nm(a, rng.pick(['full', 'lower']))} frågar om status, lovat svar imorgon`, () => `${x.nm(a)} vill ha expressleverans`, () => `fel nummer`,
      () => `sökandens bror ${x.nm(kin(rng, a))} ringer för ${x.n.lone(a.first)}`, () => `vill hämta original, pnr ${x.pnr(a)}`, () => `uppgav pnr ${x.n.badDate()}?? omöjligt datum, ber om kopia på pass`,
    ])()}`);
  }
  x.put(textOut(`${out.join('\n')}\n`));
}

function portalLog(C) {
  const x = ctx(C, 'tolk/portal/kundportal_access.log'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 110; i++) {
    const a = rng.pick(APP); const d = date(rng, '2026-11-01', '2026-11-20'); const [y, m, dd] = d.split('-');
    const path = rng.pick(['/login', '/bestall', '/mina-uppdrag', `/uppdrag/SB-${num(rng, 6)}/ladda-ner`, '/static/app.js', '/api/quote']);
    const user = rng.chance(0.5) ? x.mail(a) : '-';
    out.push(`${x.ip()} - ${user} [${dd}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}/${y}:${hms(rng)} +0100] "${rng.pick(['GET', 'GET', 'POST'])} ${path} HTTP/1.1" ${rng.pick([200, 200, 302, 404, 200])} ${rng.int(200, 90000)} "-" "${x.ua()}"`);
  }
  out.push(`${x.n.server(O.servers[0])} - - [20/Nov/2026:23:59:59 +0100] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`);
  x.put(textOut(`${out.join('\n')}\n`));
}

function orders(C) {
  const x = ctx(C, 'tolk/portal/bestallningar.ndjson'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 75; i++) {
    const a = rng.pick(APP); const d = date(rng, '2026-09-01', '2026-11-20');
    out.push({ orderId: x.n.id('order-number', `WEB-${num(rng, 7)}`), createdAt: `${d}T${hms(rng)}Z`, customer: { firstName: a.given, lastName: a.last, email: x.mail(a), phone: x.tel(a),
      personalNumber: rng.chance(0.6) ? x.pnr(a) : null }, documents: Array.from({ length: rng.int(1, 3) }, () => ({ type: rng.pick(DOCS), from: rng.pick(LANGS), pages: rng.int(1, 6) })),
      price: { amount: rng.int(450, 4800), currency: 'SEK' }, clientIp: x.ip(), consent: true });
    x.join(a.given, a.last);
  }
  x.put(ndjson(out));
}

function arkiv(C) {
  const x = ctx(C, 'tolk/arkiv/leveranser_september.zip'); const { rng } = x;
  const entries = []; const texts = [];
  for (let i = 0; i < 8; i++) {
    const a = rng.pick(APP); const f = kin(rng, a); const t = rng.pick(TR);
    const s = `AUKTORISERAD ÖVERSÄTTNING\nNamn: ${x.nm(a, 'passport')}\nFader: ${x.nm(f)}\nSamordningsnummer/personnummer: ${x.pnr(a)}\nÖversättare: ${x.nm(t)}\n`;
    entries.push({ name: `SB-${num(rng, 6)}.txt`, data: s }); texts.push(s);
  }
  const innerE = []; const innerT = [];
  const rows = [['uppdrag', 'sökande', 'handläggare', 'e-post']];
  for (let i = 0; i < 25; i++) { const a = rng.pick(APP); const o = rng.pick(OFF); rows.push([`SB-${num(rng, 6)}`, x.nm(a), x.nm(o), x.t('email', o.mail, 'official-work')]); }
  const c = csv(rows); innerE.push({ name: 'leveranslista.csv', data: c.bytes }); innerT.push(c.text);
  entries.push({ name: 'listor/leveranslista.zip', data: zip(innerE) }); texts.push(...innerT);
  x.put({ bytes: zip(entries), text: texts.join('\n') });
}

export default function build(C) {
  uppdrag(C); jira(C); certDocx(C, 'SB-2026-0912'); certDocx(C, 'SB-2026-1030'); vigselPdf(C); register(C); arvoden(C); myndighetMail(C); privatEml(C, 'korkort');
  notes(C); telefonlogg(C); portalLog(C); orders(C); arkiv(C);
}
