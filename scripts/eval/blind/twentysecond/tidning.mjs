// Dalälvsbladet — a regional newspaper's reader service (subscribers, delivery complaints, call notes, SMS, web
// log-ins), its family desk (paid death notices naming the deceased and relatives, the family page, order forms,
// invoices, funeral homes' mail) and letters to the editor.
import { Rng, ctx, org, people, staff, person, kin, cp1252ok, csv, xlsx, docx, mbox, rfcDate, footer, pdfLines, jsonOut, textOut, ndjson, htmlEsc, htmlToText, xmlEsc,
  date, dotDate, hhmm, hms, num, letters, alnum, amount, street, postcode, CITIES, LOOKALIKE, LONE, p2, svDate, uuid, UA, ocr } from './core.mjs';

const D = 'dalalvsbladet.se';
const O = org(new Rng('tidning/org'), { name: 'Dalälvsbladet AB', domain: D, area: '23', roles: ['kundservice', 'familj', 'insandare', 'noreply', 'annons'] });
const AG = staff(new Rng('tidning/agents'), 9, D, { minYear: 1965, maxYear: 2000 });
const FAM = staff(new Rng('tidning/familjedesk'), 3, D, { minYear: 1960, maxYear: 1990 });
const ED = staff(new Rng('tidning/editors'), 3, D, { minYear: 1960, maxYear: 1990 });
const SUB = people(new Rng('tidning/subscribers'), 330, { minYear: 1930, maxYear: 2000 });
const CAR = people(new Rng('tidning/carriers'), 60, { minYear: 1950, maxYear: 2008 });
const DIR = people(new Rng('tidning/funeral-directors'), 8, { minYear: 1960, maxYear: 1992, domain: 'begravning.example' });
const HOMES = ['Fonus Falun', 'Ljusnans Begravningsbyrå', 'Borlänge Begravningsbyrå', 'Rättviks Begravningstjänst', 'Siljans Begravningsbyrå'];
const CHURCH = ['Stora Kopparbergs kyrka', 'Gustav Vasa-kyrkan', 'Engelbrektskyrkan', 'Rättviks kyrka', 'Mora kyrka', 'Kristine kyrka'];
const TOWNS = ['Falun', 'Borlänge', 'Säter', 'Hedemora', 'Avesta', 'Rättvik', 'Leksand', 'Gagnef'];
const cp = (arr) => arr.filter((p) => cp1252ok(p.full + p.mail));
const custNo = (rng) => `${rng.int(1, 9)}${rng.digits(6)}`;

function prenumeranter(C) {
  const x = ctx(C, 'tidning/prenumeration/prenumeranter_export.csv'); const { rng } = x;
  const list = cp(SUB).slice(0, 170);
  const rows = [['Dalälvsbladet AB – Prenumerantregister'], [`Uttag ${x.n.date('2026-11-20')} 08:14, användare ${x.n.id('username', 'LSADM02')}`], [],
    ['Kundnr', 'Namn', 'c/o', 'Adress', 'Postnr', 'Ort', 'Telefon', 'Mobil', 'E-post', 'Produkt', 'Betalsätt', 'Startdatum']];
  for (const s of list) {
    const co = rng.chance(0.08) ? `c/o ${x.nm(rng.pick(list), 'surname-first-nocomma')}` : '';
    const land = s.ph.kind === 'land' || typeof s.ph === 'string';
    rows.push([x.n.id('customer-number', custNo(rng)), x.nm(s, rng.weighted([['surname-first-nocomma', 60], ['surname-first-caps', 10], ['surname-first', 15], ['full', 15]])), co, street(rng),
      x.n.postcode(postcode(rng)), rng.pick(TOWNS), land ? x.tel(s) : '', land ? '' : x.tel(s), rng.chance(0.6) ? x.mail(s) : '', rng.pick(['7-dag', 'Helg', 'E-tidning', 'Digital Plus', '7-dag + digital']),
      rng.pick(['Autogiro', 'Faktura', 'E-faktura', 'Kort']), x.n.date(date(rng, '1995-01-01', '2026-10-01'))]);
  }
  x.put(csv(rows, { sep: ';', enc: 'cp1252' }));
}

function handelser(C) {
  const x = ctx(C, 'tidning/prenumeration/handelser.ndjson'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 85; i++) {
    const s = rng.pick(SUB); const d = date(rng, '2026-09-01', '2026-11-22');
    const type = rng.pick(['subscription.paused', 'address.temporary', 'address.changed', 'payment.failed', 'subscription.cancelled', 'account.login']);
    const o = { id: uuid(rng), type, at: `${d}T${hms(rng)}Z`, customer: { number: x.n.id('customer-number', custNo(rng)), name: x.nm(s), email: x.mail(s) } };
    if (type.startsWith('address')) o.data = { street: street(rng), zip: x.n.postcode(postcode(rng)), city: rng.pick(CITIES), from: x.n.date(date(rng, '2026-11-25', '2027-02-01')), careOf: rng.chance(0.2) ? x.nm(kin(rng, s)) : null };
    if (type === 'payment.failed') o.data = { invoice: x.n.id('invoice-number', num(rng, 9)), amount: x.n.amount(`${rng.int(189, 699)}.00`), ocr: x.n.id('ocr', ocr(rng, 12)) };
    if (type === 'subscription.paused') o.data = { reason: rng.pick(['resa', 'sjukhusvistelse', 'sommarstuga']), phone: x.tel(s) };
    o.source = rng.chance(0.6) ? { channel: 'web', ip: x.ip(), ua: x.ua() } : { channel: 'kundtjänst', agent: x.nm(rng.pick(AG), 'short') };
    out.push(o);
  }
  x.put(ndjson(out));
}

function freshdesk(C) {
  const x = ctx(C, 'tidning/prenumeration/reklamationer_freshdesk.json'); const { rng } = x;
  const tickets = [];
  for (let i = 0; i < 28; i++) {
    const s = rng.pick(SUB); const a = rng.pick(AG); const car = rng.pick(CAR); const d = date(rng, '2026-10-01', '2026-11-22');
    const conv = [{ id: Number(num(rng, 11)), incoming: true, from_email: x.mail(s), created_at: `${d}T${hms(rng)}Z`, body_text: rng.pick([
      () => `Tidningen har inte kommit på tre dagar. Det är fjärde gången i månaden! ${x.nm(s, 'short', 'signature')}, ${x.tel(s)}`,
      () => `Budet slänger tidningen i rabatten. Jag tror det är ${x.nm(car)} som har vår runda.`,
      () => `Hej! Min mor ${x.nm(kin(rng, s, { minYear: 1925, maxYear: 1940 }))} har gått bort, jag vill säga upp hennes prenumeration. Kundnr ${x.n.id('customer-number', custNo(rng))}. Mvh ${x.nm(s)}`,
      () => `fick ingen tidning idag heller. /${x.nm(s, 'lower', 'signature')}`,
    ])() }];
    conv.push({ id: Number(num(rng, 11)), incoming: false, from_email: x.n.role(O.roles[0]), created_at: `${d}T${hms(rng)}Z`,
      body_text: `Hej ${x.n.lone(s.first)}! Vi beklagar. Vi har pratat med distributören och krediterar ${rng.int(1, 4)} dagar.\n\nVänliga hälsningar\n${x.nm(a, 'short', 'signature')}\nLäsarservice ${x.n.service(O.service)}` });
    tickets.push({ id: 81000 + i, subject: rng.pick(['Utebliven tidning', 'Försenad leverans', 'Uppsägning', 'Blöt tidning', 'Fel adress']), status: rng.pick([2, 3, 4, 5]), priority: rng.int(1, 3),
      requester: { name: x.nm(s), email: x.mail(s), phone: rng.chance(0.6) ? x.tel(s) : null }, responder: { name: x.nm(a, 'short'), email: x.mail(a) },
      custom_fields: { cf_kundnummer: x.n.id('customer-number', custNo(rng)), cf_rutt: x.n.id('route-code', `R${rng.int(100, 480)}-${letters(rng, 1)}`), cf_bud: rng.chance(0.5) ? x.nm(car) : null },
      created_at: `${d}T${hms(rng)}Z`, conversations: conv });
  }
  x.put(jsonOut(tickets));
}

function samtal(C) {
  const x = ctx(C, 'tidning/prenumeration/samtalsanteckningar.txt'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 75; i++) {
    const s = rng.pick(SUB); const a = rng.pick(AG); const d = date(rng, '2026-10-15', '2026-11-22');
    out.push(`${d} ${hhmm(rng, 8, 17)} [${x.n.id('agent-initials', `${a.first[0]}${a.last[0]}`.toUpperCase())}] ${rng.pick([
      () => `ringde ${x.nm(s, rng.pick(['lower', 'full']))}, tidn. ej kommit 3 dgr. kred. 3 dgr. bud ${x.nm(rng.pick(CAR), 'short')} kontaktad`,
      () => `${x.nm(s)} vill pausa v.${rng.int(48, 52)}-v.2, ny tel ${x.tel(s)}`, () => `dotter ${x.nm(kin(rng, s))} ringde för sin pappa ${x.nm(s)} (${x.pnr(s)}), säger upp pga flytt till boende`,
      () => `pratat m ${x.n.lone(s.first)}, hon ringer tillbaka`, () => `kund ${x.nm(s, 'caps')} arg över prishöjning, erbjöd ${x.n.amount('99 kr')}/mån i 3 mån`,
      () => `adressändr. för ${x.nm(s)}, c/o ${x.nm(rng.pick(SUB))}, enl. samtal`, () => `mejlade ${x.mail(s)} ang. e-tidningen, lösenord återställt`, () => `${x.nm(s)} uppgav pnr ${x.n.masked()} i webbformuläret, hittar ej kund`, () => `hänvisat till ${x.n.service(O.service)} för annonsbokning`,
      () => `${x.nm(s, 'surname-first')} – dubbelfakturerad, fakt ${x.n.id('invoice-number', num(rng, 9))} makulerad`,
    ])()}`);
  }
  x.put(textOut(`${out.join('\n')}\n`, { crlf: true }));
}

function obituary(rng, x, dec, { html = false } = {}) {
  const e = html ? htmlEsc : (s) => s;
  const kids = Array.from({ length: rng.int(1, 3) }, () => kin(rng, dec));
  const lines = [rng.pick(['Vår älskade', 'Min käre make', 'Vår kära', 'Min älskade hustru']), rng.pick(['Mamma, Mormor och Gammelmormor', 'Pappa, Morfar', 'Make, Pappa och Farfar', 'Syster och Moster'])];
  lines.push(e(x.nm(dec, rng.pick(['full', 'full', 'caps']), 'deceased')));
  lines.push(`* ${x.n.date(svDate(`${dec.pnr.y}-${p2(dec.pnr.m)}-${p2(dec.pnr.d)}`))}`, `† ${x.n.date(svDate(date(rng, '2026-10-20', '2026-11-18')))}`, rng.pick(TOWNS), '');
  for (const k of kids) {
    if (rng.chance(0.5)) { const sp = rng.pick(LONE); lines.push(`${x.n.lone(k.first)} och ${x.n.lone(sp)}`); }
    else lines.push(e(x.nm(k, 'full', 'relative')));
  }
  lines.push(rng.pick(['Barnbarn och barnbarnsbarn', 'Barnbarnen', 'Släkt och vänner']));
  if (rng.chance(0.5)) lines.push(`Syskonen ${e(x.nm(kin(rng, dec), 'full', 'relative'))} med familj`);
  lines.push('', `Begravningen äger rum i ${x.n.look('church', rng.pick(CHURCH))} ${x.n.date(svDate(date(rng, '2026-11-26', '2026-12-18')))} kl ${rng.pick(['11.00', '13.00', '14.00'])}.`);
  if (rng.chance(0.6)) lines.push(`Tänk gärna på ${rng.pick(['Cancerfonden', 'Hjärt-Lungfonden', 'Läkare Utan Gränser'])}, ${x.n.id('plusgiro', `${rng.int(90, 99)} 00 ${rng.int(10, 99)}-${rng.int(1, 9)}`)}.`);
  return lines;
}

function dodsannonserXml(C) {
  const x = ctx(C, 'tidning/familj/dodsannonser_2026-11.xml'); const { rng } = x;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<AnnonsExport system="AdPoint 9.4" publikation="DB">'];
  for (let i = 0; i < 38; i++) {
    const dec = person(rng, rng.chance(0.15) ? { old: true } : { minYear: 1930, maxYear: 1965 }); const ord = kin(rng, dec, { minYear: 1955, maxYear: 1990 }); const dir = rng.pick(DIR);
    out.push(`  <Annons id="${x.n.id('ad-number', `FA${num(rng, 7)}`)}" typ="Dödsannons" publ="${x.n.date(date(rng, '2026-11-01', '2026-11-24'))}">`,
      `    <Avliden><Namn>${xmlEsc(x.nm(dec, 'full', 'deceased'))}</Namn><Personnummer>${x.pnr(dec)}</Personnummer><Hemort>${rng.pick(TOWNS)}</Hemort></Avliden>`,
      `    <Bestallare><Namn>${xmlEsc(x.nm(ord))}</Namn><Relation>${rng.pick(['dotter', 'son', 'make', 'maka', 'syster'])}</Relation><Telefon>${x.tel(ord)}</Telefon><Epost>${x.mail(ord)}</Epost></Bestallare>`,
      `    <Byra namn="${x.n.company(rng.pick(HOMES))}" kontakt="${xmlEsc(x.nm(dir))}" tel="${x.tel(dir)}"/>`,
      `    <Text><![CDATA[${obituary(rng, x, dec).join('\n')}]]></Text>`,
      `    <Pris>${x.n.amount(`${rng.int(1800, 5600)}.00`)}</Pris>`, '  </Annons>');
  }
  out.push('</AnnonsExport>');
  x.put(textOut(`${out.join('\n')}\n`));
}

function familjesidan(C) {
  const x = ctx(C, 'tidning/familj/familjesidan_2026-11-14.html'); const { rng } = x;
  const parts = ['<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Familj – Dalälvsbladet</title><style>.notice{border:1px solid #333;margin:8px;padding:8px}</style></head><body>',
    '<header><h1>Familj</h1><nav><a href="/familj/dodsfall">Dödsfall</a> | <a href="/familj/fodelsedagar">Födelsedagar</a></nav></header><main>', '<h2>Dödsfall</h2>'];
  for (let i = 0; i < 22; i++) {
    const dec = person(rng, rng.chance(0.2) ? { old: true } : { minYear: 1932, maxYear: 1962 });
    parts.push(`<article class="notice">${obituary(rng, x, dec, { html: true }).map((l) => `<p>${l}</p>`).join('')}</article>`);
  }
  parts.push('<h2>Födelsedagar</h2><ul>');
  for (let i = 0; i < 20; i++) {
    const p = rng.pick(SUB); const age = rng.pick([50, 60, 70, 75, 80, 85, 90]);
    parts.push(`<li><strong>${htmlEsc(x.nm(p))}</strong>, ${rng.pick(TOWNS)}, fyller ${age} år ${x.n.date(svDate(date(rng, '2026-11-14', '2026-11-21')))}. ${rng.chance(0.4) ? `Firas med familjen. Grattis önskar ${htmlEsc(x.nm(kin(rng, p)))}!` : 'Bortrest.'}</li>`);
  }
  parts.push('</ul><h2>Vigda</h2>');
  for (let i = 0; i < 6; i++) { const a = rng.pick(SUB); const b = rng.pick(SUB); parts.push(`<p>${htmlEsc(x.nm(a))} och ${htmlEsc(x.nm(b))} vigdes i ${x.n.look('church', rng.pick(CHURCH))}. Vigselförrättare: ${htmlEsc(x.nm(rng.pick(SUB)))}.</p>`); }
  parts.push(`</main><footer>${htmlEsc(footer(x, O, ['orgnr', 'switchboard']))} · Familjeredaktionen: <a href="mailto:${O.roles[1]}">${x.n.role(O.roles[1])}</a></footer></body></html>`);
  const html = parts.join('\n');
  x.put({ bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
}

function bestallningar(C) {
  const x = ctx(C, 'tidning/familj/annonsbestallningar.docx'); const { rng } = x;
  const b = [{ h: 'Beställning av familjeannons – inkomna blanketter v. 46' }];
  for (let i = 0; i < 12; i++) {
    const dec = person(rng, { minYear: 1930, maxYear: 1960, cp1252: true }); const ord = kin(rng, dec, { minYear: 1955, maxYear: 1990 });
    b.push({ h: `Blankett ${x.n.id('ad-number', `FA${num(rng, 7)}`)}` });
    b.push({ table: [['Avliden', x.nm(dec, 'full', 'deceased')], ['Personnummer', x.pnr(dec)], ['Beställare', x.nm(ord, rng.pick(['full', 'surname-first']))], ['Personnummer beställare', x.pnr(ord)],
      ['Telefon', x.tel(ord)], ['E-post', x.mail(ord)], ['Fakturaadress', `${street(rng)}, ${x.n.postcode(postcode(rng))} ${rng.pick(TOWNS)}`], ['Införande', x.n.date(date(rng, '2026-11-14', '2026-11-28'))]] });
    b.push({ runs: ['Handläggare: ', x.nm(rng.pick(FAM), 'short'), '. Symbol: kors. Vers nr ', x.n.id('verse-number', String(rng.int(1, 140))), '.'] });
  }
  x.put(docx(b, { creator: x.nm(FAM[0], 'full', 'docx-creator') }));
}

function fakturor(C) {
  const x = ctx(C, 'tidning/familj/faktura_familjeannonser.pdf'); const { rng } = x;
  const lines = [{ text: 'Dalälvsbladet AB – Fakturajournal familjeannonser november 2026', size: 12, bold: true }, footer(x, O, ['orgnr', 'bg', 'service']), ''];
  for (let i = 0; i < 45; i++) {
    const ord = person(rng, { cp1252: true, minYear: 1950, maxYear: 1990 }); const dec = kin(rng, ord, { minYear: 1930, maxYear: 1955 });
    lines.push({ text: `Faktura ${x.n.id('invoice-number', String(7700000 + i * 7))}   OCR ${x.n.id('ocr', ocr(rng, 11))}   Förfaller ${x.n.date(date(rng, '2026-12-01', '2026-12-31'))}`, bold: true });
    lines.push(`  Kund: ${x.nm(ord, rng.pick(['full', 'caps', 'surname-first']))}  ${x.tel(ord)}   Avser: dödsannons ${x.nm(dec, 'full', 'deceased')}   Belopp ${x.n.amount(amount(rng, 1500, 6000))}`);
  }
  x.put(pdfLines(lines, { title: 'Fakturajournal' }));
}

function byraMail(C) {
  const x = ctx(C, 'tidning/familj/begravningsbyraer.mbox'); const { rng } = x;
  const msgs = [];
  for (let i = 0; i < 15; i++) {
    const dir = rng.pick(DIR); const f = rng.pick(FAM); const dec = person(rng, { minYear: 1930, maxYear: 1962 }); const d = date(rng, '2026-10-25', '2026-11-22');
    const ad = obituary(rng, x, dec).join('\n');
    const text = `Hej!\n\nBifogar annonstext för ${x.nm(dec, 'full', 'deceased')} att införas ${x.n.date(svDate(date(rng, '2026-11-25', '2026-12-05')))}. Beställare är ${x.nm(kin(rng, dec))}, faktura till dödsboet.\n\nVänliga hälsningar\n${x.nm(dir, 'full', 'signature')}\n${x.n.company(rng.pick(HOMES))}\n${x.tel(dir)}`;
    msgs.push({ from: [x.nm(dir, 'full', 'header-display'), x.mail(dir)], to: [[x.nm(f, 'short', 'header-display'), x.mail(f)]], cc: [['Familjeredaktionen', x.n.role(O.roles[1])]], subject: `Dödsannons ${dec.full}`,
      date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@begravning.example`, text, enc: rng.pick(['qp', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Mon Nov 23 08:00:00 2026',
      attachments: [{ name: `annons_${i + 1}.txt`, type: 'text/plain; charset=utf-8', data: ad, text: ad }] });
  }
  x.put(mbox(msgs));
}

function insandareMbox(C) {
  const x = ctx(C, 'tidning/redaktion/insandare.mbox'); const { rng } = x;
  const msgs = [];
  for (let i = 0; i < 28; i++) {
    const p = rng.pick(SUB); const d = date(rng, '2026-09-15', '2026-11-22'); const pol = rng.pick(SUB);
    const anon = rng.chance(0.4);
    const sig = anon ? x.n.id('pseudonym', rng.pick(['Orolig förälder', 'Trött pendlare i Säter', 'Pensionär i Gagnef', 'Förbannad cyklist', 'En som bor här'])) : x.nm(p, 'full', 'signature');
    const text = `${rng.pick(['Till insändarredaktionen', 'Hej!', 'Insändare:'])}\n\n${rng.pick([
      () => `Kommunalrådet ${x.nm(pol)} lovade nya gatlyktor på ${x.n.look('street', rng.pick(LOOKALIKE.street))} redan 2024. Ingenting har hänt.`,
      () => 'Bussen till Borlänge är alltid sen. Varför gör ingen något?', () => `Tack till ${x.nm(rng.pick(SUB))} som hittade min plånbok vid ${x.n.look('place', rng.pick(LOOKALIKE.place))}!`,
      () => `Svar till ${x.nm(pol)}: du har fel om skolnedläggningen.`,
    ])()}\n\n${sig}\n${anon ? `(Namn och telefon till redaktionen: ${x.nm(p)}, ${x.tel(p)})` : rng.pick(TOWNS)}`;
    msgs.push({ from: [rng.chance(0.7) ? x.nm(p, 'full', 'header-display') : '', x.mail(p)], to: [['Insändare', x.n.role(O.roles[2])]], subject: rng.pick(['Insändare', 'Insändare om gatlyktor', 'Till redaktionen', 'Ett tack']),
      date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@${p.mail.split('@')[1]}`, text, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: 'Q', mboxDate: 'Mon Nov 23 08:00:00 2026' });
  }
  x.put(mbox(msgs));
}

function insandareMd(C) {
  const x = ctx(C, 'tidning/redaktion/insandare_publicerade.md'); const { rng } = x;
  const out = ['# Publicerade insändare, november', '', `Ansvarig: ${x.nm(ED[0])}`, ''];
  for (let i = 0; i < 22; i++) {
    const p = rng.pick(SUB);
    out.push(`## ${rng.pick(['Låt biblioteket vara kvar', 'Skotern på sjön är livsfarlig', 'Tack hemtjänsten!', 'Snöröjningen fungerar inte', 'Varför höjs taxan?'])}`, '',
      rng.pick(['Jag har bott i kommunen i fyrtio år och aldrig sett något liknande.', 'Det är dags att politikerna lyssnar.', 'Ett stort tack till personalen.']), '',
      rng.chance(0.7) ? `*${x.nm(p)}, ${rng.pick(TOWNS)}*` : `*${x.n.id('pseudonym', rng.pick(['Arg granne', 'Mamma till tre', 'Gammal Dalkarl']))}*`, '',
      `<!-- kontrollringt ${x.tel(p)} av ${x.nm(rng.pick(ED), 'short')} -->`, '');
  }
  x.put(textOut(out.join('\n')));
}

function budlista(C) {
  const x = ctx(C, 'tidning/distribution/budlista.xlsx'); const { rng } = x;
  const bud = [['Rutt', 'Bud', 'Personnummer', 'Mobil', 'E-post', 'Anställd sedan']];
  for (const c of CAR.slice(0, 45)) bud.push([x.n.id('route-code', `R${rng.int(100, 480)}-${letters(rng, 1)}`), x.nm(c, rng.pick(['full', 'surname-first'])), x.pnr(c), x.tel(c), rng.chance(0.7) ? x.mail(c) : '', x.n.date(date(rng, '2015-01-01', '2026-09-01'))]);
  const res = [['Reservbud', 'Telefon', 'Kan köra']];
  for (const c of CAR.slice(45)) res.push([x.nm(c), x.tel(c), rng.pick(['mån-fre', 'helg', 'alla dagar'])]);
  const rutter = [['Rutt', 'Ex', 'Distrikt']];
  for (let i = 0; i < 30; i++) rutter.push([`R${rng.int(100, 480)}-${letters(rng, 1)}`, rng.int(80, 400), rng.pick(TOWNS)]);
  x.put(xlsx([{ name: 'Bud', rows: bud }, { name: 'Reserver', rows: res }, { name: 'Rutter', rows: rutter }], { creator: x.nm(AG[0], 'full', 'xlsx-creator') }));
}

function smsLog(C) {
  const x = ctx(C, 'tidning/distribution/sms_utskick.log'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 260; i++) {
    const s = rng.pick(SUB); const d = date(rng, '2026-11-01', '2026-11-22');
    if (typeof s.ph === 'string' || s.ph.kind !== 'mobile') continue;
    out.push(`${d} ${hms(rng)} SMSOUT id=${x.n.id('sms-id', hexId(rng))} from=Dalabladet to=${x.tel(s, 'plain46')} tmpl=${rng.pick(['FORSENAD', 'FORSENAD', 'PAUS_BEKR', 'BETAL_PAMIN'])} parts=1 status=${rng.pick(['DELIVERED', 'DELIVERED', 'EXPIRED', 'DELIVERED'])}`);
  }
  x.put(textOut(`${out.join('\n')}\n`));
}
const hexId = (rng) => alnum(rng, 12).toLowerCase();

export default function build(C) {
  prenumeranter(C); handelser(C); freshdesk(C); samtal(C); dodsannonserXml(C); familjesidan(C); bestallningar(C); fakturor(C); byraMail(C); insandareMbox(C); insandareMd(C); budlista(C); smsLog(C);
}
