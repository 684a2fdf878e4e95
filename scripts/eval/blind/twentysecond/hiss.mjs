// Lyftkraft Hiss & Fastighetsservice AB — lift alarm centre, tenants' fault reports, technicians' work orders and
// logs, inspections, key holders and caretakers, tenant mail, a monthly archive.
import { Rng, ctx, org, people, staff, person, kin, cp1252ok, csv, xlsx, docx, mbox, zip, rfcDate, footer, pdfLines, folded, vcard, jsonOut, textOut,
  date, dotDate, hhmm, hms, num, letters, alnum, street, postcode, amount, CITIES, LOOKALIKE, LONE, ipVal, p2, safe, svDate, ndjson, mac } from './core.mjs';

const D = 'lyftkraft-hiss.se';
const O = org(new Rng('hiss/org'), { name: 'Lyftkraft Hiss & Fastighetsservice AB', domain: D, area: '8', roles: ['larmcentral', 'info', 'noreply', 'felanmalan', 'faktura'] });
const S = staff(new Rng('hiss/staff'), 24, D, { minYear: 1962, maxYear: 2001 });
const TECH = S.slice(0, 14); const OPS = S.slice(14, 20); const OFFICE = S.slice(20);
const TEN = people(new Rng('hiss/tenants'), 520);
const CARE = people(new Rng('hiss/caretakers'), 40, { minYear: 1960, maxYear: 1998 });
const HOUSING = ['Bostads AB Ljusnan', 'Brf Tallkotten', 'Brf Kastanjen 3', 'Hyresbostäder i Norrtälje AB', 'Fastighets AB Kvarngården', 'Brf Sjöutsikten', 'Stiftelsen Seniorboende Väster', 'Brf Lärkan 12', 'HB Fastigheter Söder'];
const KV = ['Kvarnen', 'Sparven', 'Lärkan', 'Tallkotten', 'Granen', 'Hästskon', 'Ankaret', 'Vallmon', 'Bikupan', 'Trasten'];
const liftId = (rng) => `HS-${rng.int(100, 999)}-${rng.pick(['A', 'B', 'C', 'D'])}`;
const iccid = (rng) => `8946${rng.digits(15)}`;
const cpPeople = (arr) => arr.filter((p) => cp1252ok(p.full + p.mail));
const LIFTS = (() => { const rng = new Rng('hiss/lifts'); return Array.from({ length: 90 }, () => ({ id: liftId(rng), iccid: iccid(rng), addr: street(rng), city: rng.pick(CITIES.slice(0, 8)), owner: rng.pick(HOUSING), kv: `${rng.pick(KV)} ${rng.int(1, 30)}` })); })();

function larmlogg(C) {
  const x = ctx(C, 'hiss/larmcentral/larmlogg_2026-10.csv'); const { rng } = x;
  const ten = cpPeople(TEN); const tech = cpPeople(TECH); const ops = cpPeople(OPS); const care = cpPeople(CARE);
  const rows = [['Larm-ID', 'Datum', 'Tid', 'Anläggning', 'Adress', 'Ort', 'Larmtyp', 'Instängda', 'Inringare', 'Återuppringning', 'Operatör', 'Tekniker', 'Framme', 'Åtgärd']];
  for (let i = 0; i < 210; i++) {
    const L = rng.pick(LIFTS); const d = date(rng, '2026-10-01', '2026-10-31'); const p = rng.pick(ten); const tk = rng.pick(tech); const op = rng.pick(ops);
    const typ = rng.pick(['Nödsignal', 'Nödsignal', 'Fastkörning', 'Dörrfel', 'Testlarm', 'Linbrottsvakt', 'Brandlarm hisschakt']);
    const inst = typ === 'Testlarm' ? '0' : String(rng.int(0, 4));
    const who = rng.chance(0.72) ? x.nmr(p) : rng.pick(['Okänd', 'Hyresgäst', 'Ingen svarar', 'Vaktbolag']);
    const cb = rng.chance(0.82) ? x.tel(p) : '-';
    const other = rng.pick(ten);
    const act = rng.pick([
      () => `Frigjort ${inst} pers`, () => 'Dörrkontakt plan 3 justerad', () => `Väntar på reservdel art.nr ${x.n.id('article-number', `${rng.digits(4)}.${rng.digits(3)}.${rng.digits(3)}`)}`,
      () => `Hyresgäst ${x.nm(other)} var instängd ${rng.int(10, 55)} min`, () => `Ring ${x.nm(rng.pick(care))} (fastighetsskötare) innan besök`, () => 'Felaktigt larm, knapp fastnat',
      () => `Kontaktat jour ${x.nm(rng.pick(tech))}`, () => `Order ${x.n.id('work-order', `WO${num(rng, 7)}`)} skapad`, () => 'Återställd på distans', () => `Nyckel hos ${x.nm(rng.pick(care))}`,
    ])();
    rows.push([`L${num(rng, 7)}`, d, hhmm(rng, 0, 23), x.n.id('lift-id', L.id), L.addr, L.city, typ, inst, who, cb, x.nm(op, 'short'), x.nm(tk, 'short'), hhmm(rng, 0, 23), act]);
  }
  x.put(csv(rows, { sep: ';', enc: 'cp1252' }));
}

function gateway(C) {
  const x = ctx(C, 'hiss/larmcentral/nodtelefon_gateway.log'); const { rng } = x;
  const lines = [`# Lyftkraft alarm gateway v4.12.3 trunk=${x.n.switchboard(O.switchboard)} node=${x.n.server(O.servers[0])}`];
  for (let i = 0; i < 200; i++) {
    const L = rng.pick(LIFTS); const d = date(rng, '2026-10-01', '2026-10-31');
    const ts = `${d}T${hms(rng)}.${rng.digits(3)}Z`;
    const k = rng.weighted([['in', 35], ['out', 30], ['sms', 20], ['test', 15]]);
    if (k === 'in') lines.push(`${ts} CALL-IN  unit=${x.n.id('lift-id', L.id)} iccid=${x.n.id('iccid', L.iccid)} cause=ALARM_BUTTON dur=${rng.int(12, 600)}s agent=${x.n.id('username', rng.pick(OPS).first.toLowerCase())}`);
    else if (k === 'out') { const p = rng.pick(TEN); lines.push(`${ts} CALL-OUT unit=${L.id} dial=${x.tel(p, typeof p.ph === 'string' ? undefined : 'plain46')} result=${rng.pick(['ANSWERED', 'NO_ANSWER', 'BUSY', 'ANSWERED'])} dur=${rng.int(0, 300)}s`); }
    else if (k === 'sms') { const t = rng.pick(TECH); lines.push(`${ts} SMS-OUT  to=${x.tel(t, 'plain46')} tmpl=JOUR_LARM ref=${L.id} status=DELIVRD`); }
    else lines.push(`${ts} TEST     unit=${L.id} iccid=${L.iccid} rssi=-${rng.int(60, 105)}dBm battery=${rng.int(60, 100)}% ok`);
  }
  x.put(textOut(`${lines.join('\n')}\n`));
}

function felanmalanJson(C) {
  const x = ctx(C, 'hiss/felanmalan/felanmalningar.json'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 38; i++) {
    const p = rng.pick(TEN); const L = rng.pick(LIFTS); const d = date(rng, '2026-09-01', '2026-11-20'); const nb = rng.pick(TEN);
    const [fn, ln] = x.join(p.given, p.last);
    const desc = rng.pick([
      () => `Hissen i trapphus B står still mellan plan 2 och 3. ${rng.pick(['Grannen', 'Min granne'])} ${x.nm(nb)} sa att den låtit konstigt sedan i söndags.`,
      () => 'Lampan i hisskorgen blinkar och dörren stänger inte helt.', () => `Tvättstugan: maskin 2 läcker. Nyckeln finns hos ${x.nm(rng.pick(CARE))}.`,
      () => `Porttelefonen fungerar inte, ring mig på ${x.tel(p)} istället för att ringa på.`, () => 'Det luktar bränt i maskinrummet!!', () => `Hej ${x.n.lone(rng.pick(LONE))}, samma fel som förra veckan.`,
      () => `Barnvagnsrummet olåst. /${x.nm(p, 'short')}`,
    ])();
    out.push({ id: 240000 + i, created: `${d}T${hms(rng)}+02:00`, channel: rng.pick(['web', 'app', 'telefon']),
      property: { beteckning: x.n.id('property-designation', L.kv), adress: L.addr, ort: L.city, agare: x.n.company(L.owner) },
      reporter: { fornamn: fn, efternamn: ln, telefon: x.tel(p), epost: rng.chance(0.8) ? x.mail(p) : null, lagenhet: x.n.id('apartment-number', `${rng.int(10, 16)}${rng.int(0, 9)}${rng.int(1, 4)}`) },
      category: rng.pick(['Hiss', 'Hiss', 'Port/dörr', 'Tvättstuga', 'Belysning', 'Värme']), description: desc,
      meta: { ip: rng.chance(0.7) ? x.ip() : null, userAgent: rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'LyftkraftApp/3.2.1 (Android 14)']) },
      assigned: rng.chance(0.7) ? { name: x.nm(rng.pick(TECH)), team: 'Service Norr' } : null, status: rng.pick(['Ny', 'Pågår', 'Åtgärdad', 'Stängd']) });
  }
  x.put(jsonOut({ export: 'Felanmälan', generated: '2026-11-21T06:00:00+01:00', count: out.length, items: out }));
}

function felanmalanCsv(C) {
  const x = ctx(C, 'hiss/felanmalan/felanmalan_momentum_export.csv'); const { rng } = x;
  const rows = [['Ärendenr', 'Registrerad', 'Hyresgäst', 'Telefon', 'E-post', 'Objekt', 'Beskrivning', 'Handläggare', 'Status']];
  for (let i = 0; i < 110; i++) {
    const p = rng.pick(TEN); const L = rng.pick(LIFTS);
    const lines = [rng.pick(['Hissen går inte.', 'Hissdörren slår igen för snabbt, min mamma blev klämd.', 'Knappen till plan 5 lyser inte.', 'Det låter metalliskt när hissen startar.'])];
    if (rng.chance(0.5)) lines.push(`Kontakt: ${x.nm(p)}, ${x.tel(p)}`);
    if (rng.chance(0.3)) lines.push(`Kan nås efter kl ${x.n.time(`${rng.int(15, 18)}:00`)} på vardagar.`);
    if (rng.chance(0.25)) lines.push(`Hälsningar\n${x.nm(p, 'short')}`);
    rows.push([x.n.id('case-number', `FA-${rng.int(2026, 2026)}-${num(rng, 5)}`), `${date(rng, '2026-08-01', '2026-11-20')} ${hhmm(rng)}`, x.nm(p, rng.pick(['surname-first', 'surname-first', 'full', 'caps'])),
      x.tel(p), rng.chance(0.75) ? x.mail(p) : '', `${L.addr}, ${L.city}`, lines.join('\n'), x.nm(rng.pick(OFFICE)), rng.pick(['Registrerad', 'Beställd', 'Utförd', 'Avslutad'])]);
  }
  x.put(csv(rows, { sep: ',', eol: '\n' }));
}

function servicenow(C) {
  const x = ctx(C, 'hiss/tekniker/arbetsordrar_servicenow.csv'); const { rng } = x;
  const rows = [['number', 'short_description', 'caller_id', 'u_contact_phone', 'assigned_to', 'sys_created_by', 'location', 'cmdb_ci', 'opened_at', 'state', 'work_notes']];
  for (let i = 0; i < 75; i++) {
    const p = rng.pick(TEN); const t = rng.pick(TECH); const L = rng.pick(LIFTS); const d = date(rng, '2026-09-01', '2026-11-20'); const c = rng.pick(CARE);
    const notes = [];
    for (let k = 0; k < rng.int(1, 4); k++) {
      const a = rng.pick([t, rng.pick(OPS), rng.pick(TECH)]);
      notes.push(`${d} ${hms(rng)} - ${x.nm(a, 'short')} (Arbetsanteckningar)\n${rng.pick([
        () => `Pratat med ${x.nm(c)} på plats, hen öppnar maskinrummet.`, () => `Bytt dörrlås, serienr ${x.n.id('serial', `KL${alnum(rng, 8)}`)}.`, () => `Hyresgästen ${x.nm(p)} nås på ${x.tel(p)}.`,
        () => 'Behöver komma tillbaka med frekvensomriktare.', () => `Beställt del från Kone, ordernr ${x.n.id('order-number', `PO-${num(rng, 6)}`)}`, () => 'Provkört 20 turer ok.',
      ])()}`);
    }
    rows.push([x.n.id('work-order', `WO${num(rng, 7)}`), rng.pick(['Hiss stannar mellan plan', 'Dörr stänger ej', 'Service kvartal', 'Nödtelefon ur funktion', 'Ljud från linskiva']),
      x.nm(p), x.tel(p), x.nm(t, 'short'), x.n.id('username', `${t.first.toLowerCase().slice(0, 3)}${t.last.toLowerCase().replace(/[^a-z]/g, '').slice(0, 3)}`), `${L.addr} ${L.city}`, L.id,
      `${d} ${hms(rng)}`, rng.pick(['New', 'In Progress', 'On Hold', 'Resolved', 'Closed']), notes.join('\n\n')]);
  }
  x.put(csv(rows, { sep: ',', quoteAll: true }));
}

function teknikerlogg(C) {
  const x = ctx(C, 'hiss/tekniker/teknikerlogg_vecka43.txt'); const { rng } = x;
  const out = ['TEKNIKERLOGG v.43 — delad anteckning (OneNote-export)', ''];
  for (let day = 20; day <= 26; day++) {
    out.push(`== ${day}/10 ==`);
    for (let i = 0; i < 22; i++) {
      const t = rng.pick(TECH); const p = rng.pick(TEN); const c = rng.pick(CARE); const L = rng.pick(LIFTS);
      out.push(`${hhmm(rng)} ${x.n.id('staff-tag', `${t.first.toLowerCase().slice(0, 2)}${t.last.toLowerCase().slice(0, 2)}`)}: ${rng.pick([
        () => `ringde ${x.nm(p, 'lower')} ang hissen på ${L.addr}, sa att den står igen. åker dit efter lunch`,
        () => `pratat m ${x.nm(c)} (fast.sk.) – nyckel i nyckelskåp kod ${x.n.id('door-code', String(rng.int(1000, 9999)))}`,
        () => `${L.id} frigjort 1 pers, ${x.nm(p)}, ok. tel ${x.tel(p)}`,
        () => `enl. ${x.nm(rng.pick(OPS))} på larmc. ska vi ta ${L.id} först`, () => `kund ${x.nm(p, 'caps')} klagar på ljud, inget fel hittat`,
        () => `bytt styrkort, gammalt sn ${x.n.id('serial', `SC-${alnum(rng, 6)}`)}`, () => `${x.n.lone(rng.pick(LONE))} ringde, sa att han löst det själv???`,
        () => `lämnat lapp till hyresg. ${x.nm(p, rng.pick(['full', 'lower', 'surname-first']))} om avstängning tors 07-12`,
        () => `besiktning ${L.kv} klar, anm. 2 st. ${x.n.look('street', rng.pick(LOOKALIKE.street))} nästa`,
        () => `mejla ${x.mail(p)} om ny tid`,
      ])()}`);
    }
    out.push('');
  }
  x.put(textOut(out.join('\n')));
}

function besiktning(C) {
  const x = ctx(C, 'hiss/besiktning/besiktningsprotokoll_hyllie.docx'); const { rng } = x;
  const blocks = [{ h: 'Besiktningsprotokoll – periodisk besiktning av hissar' }, `Utfärdat av ${x.n.company('Kontrollbolaget Norden AB')}, ackrediteringsnr ${x.n.id('accreditation', `${rng.int(1000, 9999)}`)}`];
  for (let k = 0; k < 14; k++) {
    const L = rng.pick(LIFTS); const insp = rng.pick(CARE); const c = rng.pick(CARE); const owner = rng.pick(TEN);
    blocks.push({ h: `Anläggning ${x.n.id('lift-id', L.id)} – ${L.addr}, ${L.city}` });
    blocks.push({ runs: ['Besiktningsman: ', x.nm(insp), `, tel ${x.tel(insp)}`] });
    blocks.push(`Fastighetsägare: ${x.n.company(L.owner)} (org.nr ${x.n.orgnr()}), kontaktperson ${x.nm(owner)}, ${x.mail(owner)}`);
    blocks.push(`Fastighetsbeteckning ${x.n.id('property-designation', L.kv)}. Närvarande fastighetsskötare: ${x.nm(c)}.`);
    blocks.push({ table: [['Punkt', 'Anmärkning', 'Åtgärd senast'], ...Array.from({ length: rng.int(2, 5) }, () => [`${rng.int(1, 9)}.${rng.int(1, 20)}`,
      rng.pick(['Nödbelysning otillräcklig', 'Skylt om max last saknas', 'Spalt dörr > 6 mm', 'Larmknapp ej ljudkvittens', 'Smörjning linskiva']), x.n.date(date(rng, '2026-12-01', '2027-03-30'))])] });
  }
  blocks.push(footer(x, O, ['orgnr', 'switchboard', 'bg']));
  x.put(docx(blocks, { creator: x.nm(rng.pick(OFFICE), 'full', 'docx-creator') }));
}

function servicerapporter(C) {
  const x = ctx(C, 'hiss/besiktning/servicerapporter_oktober.pdf'); const { rng } = x;
  const lines = [{ text: 'Lyftkraft Hiss & Fastighetsservice AB — Servicerapporter oktober 2026', size: 13, bold: true }, ''];
  for (let k = 0; k < 70; k++) {
    const L = rng.pick(LIFTS); const t = rng.pick(TECH); const p = rng.pick(cpPeople(TEN)); const d = date(rng, '2026-10-01', '2026-10-31');
    lines.push({ text: `Rapport ${x.n.id('report-number', `SR-${num(rng, 6)}`)}  ${L.id}  ${L.addr}, ${L.city}`, bold: true });
    lines.push(`Datum ${x.n.date(dotDate(d))}  Tekniker ${x.nm(t, 'full', 'staff')}  Arbetstid ${rng.int(1, 6)},${rng.pick(['0', '5'])} h`);
    lines.push(`Beställare ${rng.chance(0.5) ? x.nm(p) : x.n.company(L.owner)}  Kontakt ${x.tel(p)}`);
    lines.push(`Åtgärd: ${rng.pick(['Justerat dörroperatör', 'Bytt knappsats', 'Rengjort tröskel', 'Bytt LED-panel', 'Provat nödtelefon'])}. Material ${x.n.amount(amount(rng, 200, 8000))}`);
    lines.push('');
  }
  lines.push(footer(x, O, ['orgnr', 'bg', 'switchboard']));
  x.put(pdfLines(lines, { title: 'Servicerapporter' }));
}

function nyckel(C) {
  const x = ctx(C, 'hiss/kontakter/nyckelinnehavare.xlsx'); const { rng } = x;
  const sheets = [];
  for (const area of ['Norr', 'Söder', 'Väster']) {
    const rows = [['Fastighet', 'Adress', 'Nyckelinnehavare', 'Telefon', 'E-post', 'Portkod', 'Nyckelnr']];
    for (let i = 0; i < 45; i++) {
      const L = rng.pick(LIFTS); const c = rng.pick(CARE);
      rows.push([L.kv, L.addr, x.nm(c, rng.pick(['full', 'surname-first'])), x.tel(c), x.mail(c), x.n.id('door-code', `${rng.int(1000, 9999)}`), x.n.id('key-number', `N${num(rng, 5)}`)]);
    }
    sheets.push({ name: area, rows });
  }
  const jour = [['Vecka', 'Primär', 'Mobil', 'Backup', 'Mobil backup']];
  for (let w = 40; w <= 52; w++) { const a = rng.pick(TECH); const b = rng.pick(TECH); jour.push([w, x.nm(a, 'short'), x.tel(a), x.nm(b, 'short'), x.tel(b)]); }
  sheets.push({ name: 'Jourlista', rows: jour });
  sheets.push({ name: 'Info', rows: [['Larmcentral växel', x.n.switchboard(O.switchboard)], ['Kundtjänst', x.n.service(O.service)], ['Felanmälan', x.n.role(O.roles[3])]] });
  x.put(xlsx(sheets, { creator: x.nm(OFFICE[0], 'full', 'xlsx-creator') }));
}

function skotareVcf(C) {
  const x = ctx(C, 'hiss/kontakter/fastighetsskotare.vcf'); const { rng } = x;
  const cards = CARE.map((c) => {
    const L = rng.pick(LIFTS);
    return [`N:${c.last};${c.given};;;`, `FN:${x.nm(c, 'full', 'vcard-fn')}`, `ORG:${x.n.company(L.owner)}`, 'TITLE:Fastighetsskötare',
      `TEL;TYPE=CELL:${x.tel(c)}`, `EMAIL;TYPE=INTERNET:${x.mail(c)}`, `NOTE:Ansvarar för ${L.kv}\\, ${L.addr}. Nyckelnr ${x.n.id('key-number', `N${num(rng, 5)}`)}`];
  });
  x.put(vcard(cards));
}

function jourIcs(C) {
  const x = ctx(C, 'hiss/kontakter/jourschema_nov.ics'); const { rng } = x;
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'X-WR-CALNAME:Jour hiss november'];
  for (let d = 1; d <= 30; d++) {
    const t = rng.pick(TECH); const b = rng.pick(OPS); const ds = `202611${p2(d)}`;
    L.push('BEGIN:VEVENT', `UID:${x.n.id('uid', `jour-${ds}-${num(rng, 6)}`)}@${D}`, `DTSTART:${ds}T160000`, `DTEND:${ds}T235900`,
      `SUMMARY:Jour ${x.nm(t, 'short')}`, `ORGANIZER;CN=${x.nm(OFFICE[1], 'short', 'ics-cn')}:mailto:${x.mail(OFFICE[1])}`,
      `ATTENDEE;CN=${x.nm(t, 'short', 'ics-cn')};ROLE=REQ-PARTICIPANT:mailto:${x.mail(t)}`, `ATTENDEE;CN=${x.nm(b, 'short', 'ics-cn')};ROLE=OPT-PARTICIPANT:mailto:${x.mail(b)}`,
      `DESCRIPTION:Jourmobil ${x.tel(t)}. Larmcentral ${x.n.switchboard(O.switchboard)}. Vid hinder ring ${x.nm(b, 'short')} ${x.tel(b)}.`, 'END:VEVENT');
  }
  L.push('END:VCALENDAR');
  x.put(folded(L));
}

function tenantMail(C) {
  const x = ctx(C, 'hiss/mail/hyresgaster.mbox'); const { rng } = x;
  const msgs = [];
  for (let i = 0; i < 48; i++) {
    const p = rng.pick(TEN); const s = rng.pick(OFFICE); const d = date(rng, '2026-09-01', '2026-11-20'); const L = rng.pick(LIFTS); const nb = rng.pick(TEN);
    const body = [(rng.chance(0.25) ? `Hej ${x.n.lone(s.first)},` : rng.pick(['Hej!', 'Till Lyftkraft', 'Hej igen']))];
    body.push(rng.pick([
      () => `Hissen på ${L.addr} har stått still i tre dagar nu. Min pappa ${x.nm(kin(rng, p))} är 91 år och kommer inte ut. Ring mig på ${x.tel(p)}.`,
      () => `Jag blev instängd i hissen igår kväll i 40 minuter tillsammans med ${x.nm(nb)} från femte våningen. Larmet svarade inte direkt!`,
      () => `Vill klaga på att teknikern ${x.nm(rng.pick(TECH))} inte dök upp på avtalad tid ${x.n.date(svDate(d))}.`,
      () => `Jag heter ${x.nm(p)} och bor i lgh ${x.n.id('apartment-number', `${rng.int(10, 16)}0${rng.int(1, 4)}`)}. Kan ni skicka kvitto på ärendet?`,
    ])());
    body.push('', rng.pick(['Mvh', 'Med vänliga hälsningar', 'Hälsningar', '//']), x.nm(p, rng.pick(['full', 'full', 'lower', 'short']), 'signature'));
    if (rng.chance(0.35)) body.push(x.tel(p));
    let text = body.join('\n');
    const subj = rng.pick(['Hissen står still', 'Instängd i hiss', 'Klagomål', `Ärende ${L.id}`, 'Fråga om felanmälan']);
    if (rng.chance(0.4)) {
      text = `${(rng.chance(0.5) ? 'Hej' : `Hej ${x.n.lone(p.first)}`)},\n\nTack för ditt mejl. Tekniker ${x.nm(rng.pick(TECH), 'short')} är bokad ${x.n.date(svDate(date(rng, '2026-11-21', '2026-12-10')))}.\n\nVänliga hälsningar\n${x.nm(s, 'short', 'signature')}\nKundservice, ${O.name}\nVäxel ${x.n.switchboard(O.switchboard)}\n\n-----Ursprungligt meddelande-----\nFrån: ${x.nm(p)} <${x.mail(p)}>\nSkickat: ${x.n.date(d)}\n\n${text.split('\n').map((l) => `> ${l}`).join('\n')}`;
      msgs.push({ from: [x.nm(s, 'short', 'header-display'), x.mail(s)], to: [[x.nm(p, 'full', 'header-display'), x.mail(p)]], subject: `SV: ${subj}`, date: rfcDate(d, `${hms(rng)}`), id: `${num(rng, 9)}.${rng.digits(4)}@${D}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Fri Nov 20 18:02:11 2026' });
    } else {
      msgs.push({ from: [x.nm(p, 'full', 'header-display'), x.mail(p)], to: [['Lyftkraft Felanmälan', x.n.role(O.roles[3])]], subject: subj, date: rfcDate(d, `${hms(rng)}`), id: `${uuid8(rng)}@${p.mail.split('@')[1]}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']),
        mboxDate: 'Sat Nov 21 06:00:00 2026' });
    }
  }
  x.put(mbox(msgs));
}
const uuid8 = (rng) => `${alnum(rng, 8)}-${alnum(rng, 4)}`;

function arkiv(C) {
  const x = ctx(C, 'hiss/arkiv/manadsrapporter_2026.zip'); const { rng } = x;
  const texts = []; const entries = [];
  for (const m of ['07', '08', '09']) {
    const rows = [['Datum', 'Anläggning', 'Larmtyp', 'Inringare', 'Telefon', 'Tekniker']];
    for (let i = 0; i < 28; i++) { const p = rng.pick(TEN); const L = rng.pick(LIFTS); rows.push([`2026-${m}-${p2(rng.int(1, 30))}`, L.id, rng.pick(['Nödsignal', 'Dörrfel', 'Fastkörning']), x.nm(p), x.tel(p), x.nm(rng.pick(TECH), 'short')]); }
    const c = csv(rows, { sep: ';' }); entries.push({ name: `larm_2026-${m}.csv`, data: c.bytes }); texts.push(c.text);
  }
  const inner = []; const innerTexts = [];
  for (const q of ['Q1', 'Q2']) {
    const lines = [`Kvartalsrapport ${q} 2026 – avvikelser`];
    for (let i = 0; i < 18; i++) { const p = rng.pick(TEN); lines.push(`- ${x.n.id('work-order', `WO${num(rng, 7)}`)}: ${x.nm(p)} (${x.mail(p)}) klagade på väntetid ${rng.int(20, 90)} min.`); }
    inner.push({ name: `kvartal_${q}.txt`, data: lines.join('\n') }); innerTexts.push(lines.join('\n'));
  }
  entries.push({ name: 'aldre/kvartal.zip', data: zip(inner) }); texts.push(...innerTexts);
  x.put({ bytes: zip(entries), text: texts.join('\n') });
}

export default function build(C) {
  larmlogg(C); gateway(C); felanmalanJson(C); felanmalanCsv(C); servicenow(C); teknikerlogg(C); besiktning(C); servicerapporter(C);
  nyckel(C); skotareVcf(C); jourIcs(C); tenantMail(C); arkiv(C);
}
