// Twenty-fourth blind set — a municipal rescue service (räddningstjänst): Räddningstjänsten Mälardalen Väst.
// Incident reports (XML and PDF), alarm log with radio lines, one large incident's radio log, fire-safety
// inspections, SOS call export (cp1252), witness statements (.docx), insurers' and owners' mail, an accident
// investigation (Markdown), automatic fire alarm events (NDJSON), on-call roster (.xlsx), property owners' vCards and
// an archive .zip with a zip inside.
import { Rng, person, people, kin, nameAs, nameStyle, NM, pnr, phone, email, workEmail, T, org, footer, role, server, nears, date, dotDate, slashDate, hhmm, hms, addDays,
  num, safe, alnum, kr, ipVal, csv, xlsx, docx, eml, mbox, zip, rfcDate, pdfLines, folded, jsonText, putW, xmlEsc, LONE, LOOKALIKE, vcardEsc, p2, letters, makeOrgnr, cp1252 } from './core.mjs';

const O = { name: 'Räddningstjänsten Mälardalen Väst', domain: 'rtmv.se' };
const AREAS = ['Västerby', 'Kolbäck', 'Hallstahammar', 'Surahammar', 'Ramnäs', 'Virsbo', 'Strömsholm'];
const TYPES = ['Brand i byggnad', 'Brand i lägenhet', 'Trafikolycka', 'Automatlarm ej brand', 'Drunkning/tillbud', 'Brand ej i byggnad', 'Utsläpp farligt ämne', 'Nödställd person', 'Soteld'];
const STREETS = ['Storgatan', 'Kvarnvägen', 'Björkallén', 'Industrivägen', 'Bruksgatan', 'Lindvägen', 'Skolgatan', 'Åsvägen', 'Dag Hammarskjölds väg'];

function world() {
  const rng = new Rng('raddning/world');
  const o = org(rng, { ...O, area: '21', roles: ['registrator', 'info', 'noreply', 'tillsyn', 'larmcentral'] });
  const crew = people(rng, 16, { cp1252: true, middle: 0, origins: [['swedish', 80], ['finnish', 8], ['bosnian', 4], ['arabic', 4], ['polish', 4]] })
    .map((p, i) => ({ p, mob: phone(rng, 'mobile', rng.pick(['grouped', 'compact'])), mail: workEmail(p, O.domain), issi: `${rng.int(2400, 2499)}${rng.digits(4)}`, unit: `${rng.pick(['21', '22', '23'])}${rng.int(10, 99)}`, role: i < 4 ? 'Insatsledare' : i < 9 ? 'Styrkeledare' : 'Brandman' }));
  return { o, crew };
}
const W = world();
const addr = (rng) => `${rng.pick(STREETS)} ${rng.int(1, 60)}, ${rng.pick(AREAS)}`;
const fbet = (rng) => `${rng.pick(AREAS)} ${rng.int(1, 30)}:${rng.int(1, 250)}`;
const sweref = (rng) => `N ${rng.int(6570000, 6620000)} E ${rng.int(540000, 600000)}`;
const wgs = (rng) => `${rng.int(59, 59)}.${rng.digits(5)}, ${rng.int(15, 16)}.${rng.digits(5)}`;
const party = (rng, opts = {}) => { const p = person(rng, opts); const old = rng.chance(0.04); return { p, id: old ? pnr(rng, { old: true }) : pnr(rng, { minYear: 1930, maxYear: 2012, samord: rng.chance(0.03) }), ph: phone(rng, rng.chance(0.88) ? 'mobile' : rng.chance(0.7) ? 'landline' : 'foreign'), em: email(rng, p) }; };

function rapporterXml(C) {
  const file = 'raddning/insatsrapporter_2026.xml'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<insatsrapporter system="DaedalosExport" version="7.3">'];
  for (let i = 0; i < 50; i++) {
    const d = date(rng); const il = rng.pick(W.crew.slice(0, 4)); const typ = rng.pick(TYPES);
    out.push(`  <insatsrapport nr="${N.id('incident-number', `RS-2026-${num(rng, 6)}`)}" datum="${d}" larmtid="${hms(rng)}">`, `    <handelse typ="${typ}"><adress>${xmlEsc(addr(rng))}</adress><fastighet>${N.id('property-designation', fbet(rng))}</fastighet><koordinat>${N.id('coordinates', sweref(rng))}</koordinat></handelse>`,
      `    <raddningsledare>${xmlEsc(NM(R, il.p, 'full', 'staff'))}</raddningsledare>`, '    <inblandade>');
    for (let k = 0; k < rng.int(1, 4); k++) {
      const x = party(rng); const roll = rng.pick(['agare', 'boende', 'forare', 'passagerare', 'skadad', 'vittne', 'inringare']);
      out.push(`      <person roll="${roll}"><namn>${xmlEsc(NM(R, x.p, rng.weighted([['full', 60], ['surname-first', 25], ['caps', 15]])))}</namn>${rng.chance(0.7) ? `<personnummer>${T(R, 'personnummer', x.id)}</personnummer>` : ''}<telefon>${T(R, 'phone', x.ph)}</telefon></person>`);
    }
    if (rng.chance(0.3)) { const co = `${rng.pick(['Bostadsrättsföreningen', 'Fastighets AB', 'Brf'])} ${rng.pick(['Eken', 'Kvarnen', 'Bruket', 'Tallen'])}`; out.push(`      <agare typ="juridisk"><namn>${xmlEsc(R.n('name', 'company', co))}</namn><orgnr>${N.orgnr()}</orgnr></agare>`); }
    out.push('    </inblandade>', `    <fordon>${N.id('vehicle-registration', `${letters(rng, 3)} ${rng.digits(2)}${rng.chance(0.5) ? letters(rng, 1) : rng.digits(1)}`)}</fordon>`,
      `    <beskrivning>${xmlEsc(rng.pick(['Vid framkomst rökutveckling från fönster plan 2.', 'Två fordon, en person fastklämd.', 'Larm från brandlarmsanläggning, ingen brand.', 'Gräsbrand ca 200 kvm.']))}</beskrivning>`, '  </insatsrapport>');
  }
  out.push('</insatsrapporter>');
  C.put(file, `${out.join('\n')}\n`);
}

function larmlogg(C) {
  const file = 'raddning/larmlogg_oktober.log'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 70; i++) {
    const d = date(rng, '2026-10-01', '2026-10-31'); const h = rng.int(0, 23); const id = N.id('alarm-id', safe(() => `${d.replace(/-/g, '').slice(2)}${p2(h)}${p2(rng.int(0, 59))}-${p2(rng.int(1, 40))}`));
    const x = party(rng); const u = rng.pick(W.crew);
    const t = (m) => `${d} ${p2(h)}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`;
    lines.push(`${t()} LARM  ${id} Typ: ${rng.pick(TYPES)}. Adr: ${addr(rng)}. Inringare: ${NM(R, x.p, rng.pick(['full', 'caps', 'surname-first']))} tel ${T(R, 'phone', x.ph)}`);
    lines.push(`${t()} RAKEL ${N.id('unit-id', `RS ${u.unit}`)} ISSI ${N.id('issi', u.issi)} -> LC: kvittens, på väg`);
    if (rng.chance(0.6)) lines.push(`${t()} RAKEL ${u.unit} -> LC: framme. ${rng.pick(['rökutveckling', 'ingen brand synlig', 'en skadad', 'polis på plats'])}${rng.chance(0.3) ? `, boende ${NM(R, party(rng).p, rng.pick(['full', 'lower']), 'running-text')} evakuerad` : ''}`);
    if (rng.chance(0.25)) lines.push(`${t()} NOTE  ${id} enl. ${NM(R, u.p, 'initial', 'initial')}: ägare ${NM(R, party(rng).p, 'full', 'running-text')} nås på ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'dash', 'slash'])))}`);
    if (rng.chance(0.1)) lines.push(`${t()} NOTE  ${id} polisen kontaktad via ${R.n('phone', 'service-line', '114 14')}`);
    lines.push(`${t()} AVSL  ${id} pos ${N.id('coordinates', wgs(rng))}`);
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function radiologg(C) {
  const file = 'raddning/radiologg_storbrand_RS-2026-004417.txt'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const il = W.crew[0]; const out = [`RADIOLOGG – Brand i flerbostadshus, ${N.id('property-designation', fbet(rng))}, ${addr(rng)}`, `Insatsledare: ${NM(R, il.p, 'full', 'staff')} (${N.id('unit-id', `RS ${il.unit}`)})`, `Loggförare: ${NM(R, W.crew[5].p, 'full', 'staff')}`, ''];
  let m = 12 * 60 + 3;
  for (let i = 0; i < 150; i++) {
    m += rng.int(0, 3); const ts = `${p2(Math.floor(m / 60) % 24)}:${p2(m % 60)}`; const u = rng.pick(W.crew);
    const x = party(rng);
    out.push(`${ts}  ${u.unit}  ${rng.pick([() => `rökdykare in trapphus B, lgh ${rng.int(1101, 1404)}`, () => `evakuerat ${NM(R, x.p, rng.pick(['full', 'lower', 'surname-first-nocomma']), 'running-text')} från plan ${rng.int(2, 5)}, till ambulans`,
      () => `uppsamlingsplats: ${NM(R, x.p, 'full', 'running-text')} saknar sin sambo ${N.lone(kin(rng, x.p).first)}, kontroll pågår`, () => `anhörig ${NM(R, x.p, 'full', 'relative')} ringer ${T(R, 'phone', x.ph)}, vill ha besked`,
      () => `fastighetsägarens jour ${NM(R, x.p, 'full', 'running-text')} ${T(R, 'phone', phone(rng, 'mobile'))} på väg med nycklar`, () => 'vatten på, andra rökdykarpar in', () => `ambulans ${N.id('unit-id', `AMB ${rng.int(3100, 3199)}`)} lämnar med en patient`,
      () => `id-kontroll boende: ${NM(R, x.p, 'caps', 'caps')} ${T(R, 'personnummer', x.id)}`])()}`);
  }
  C.put(file, `${out.join('\n')}\n`);
}

function rapportPdf(C) {
  for (const n of [1]) {
    const file = `raddning/insatsrapport_${n === 1 ? 'trafikolycka_rv66' : 'brand_villa_kolback'}.pdf`; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
    const il = W.crew[n]; const d = date(rng);
    const lines = [{ text: `INSATSRAPPORT ${N.id('incident-number', `RS-2026-${num(rng, 6)}`)}`, size: 14, bold: true }, `${O.name} | ${N.date(d)} | Larm ${N.time(hhmm(rng))}`, `Räddningsledare: ${NM(R, il.p, 'full', 'staff')}, ${R.t('email', il.mail, 'staff-work')}`, ''];
    lines.push({ text: 'Berörda personer', bold: true });
    for (let k = 0; k < 24; k++) {
      const x = party(rng, { cp1252: true }); const roll = rng.pick(['Förare', 'Passagerare', 'Ägare', 'Vittne', 'Granne', 'Skadad']);
      lines.push(`${roll}: ${NM(R, x.p, rng.pick(['full', 'surname-first']))}, pnr ${T(R, 'personnummer', x.id)}, tel ${T(R, 'phone', x.ph)}`);
      if (rng.chance(0.3)) lines.push(`   Adress: ${addr(rng)} (fastighet ${N.id('property-designation', fbet(rng))})`);
    }
    lines.push('', { text: 'Förlopp', bold: true }, 'Vid framkomst konstaterades ...', `Polisens ärende: ${N.id('police-report', `5000-K${num(rng, 6)}-26`)}`, footer(R, W.o, ['orgnr', 'switchboard']));
    putW(C, file, pdfLines(lines, { title: `Insatsrapport ${n}` }));
  }
}

function tillsyn(C) {
  const file = 'raddning/tillsyn_brandskydd_2026.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Tillsyn brandskydd LSO 2026 – utdrag'], ['Objekt-ID', 'Objekt', 'Fastighet', 'Ägare', 'Org/Pnr', 'Kontaktperson', 'Telefon', 'E-post', 'Besök', 'Brister', 'Handläggare']];
  for (let i = 0; i < 75; i++) {
    const h = rng.pick(W.crew.slice(0, 9)); const c = party(rng); const priv = rng.chance(0.35);
    let owner; let idv;
    if (priv) { const o = party(rng); owner = NM(R, o.p, rng.pick(['full', 'surname-first'])); idv = T(R, 'personnummer', o.id); }
    else { owner = R.n('name', 'company', `${rng.pick(['Fastighets AB', 'Brf', 'Stiftelsen'])} ${rng.pick(['Bruksgården', 'Eken', 'Ringvägen', 'Strömsholm', 'Kolbäcksån'])}`); idv = N.orgnr(); }
    rows.push([N.id('object-id', `T-${num(rng, 5)}`), rng.pick(['Flerbostadshus', 'Skola', 'Restaurang', 'Hotell', 'Vårdboende', 'Industri']), N.id('property-designation', fbet(rng)), owner, idv,
      NM(R, c.p, 'full'), T(R, 'phone', c.ph), rng.chance(0.6) ? T(R, 'email', c.em) : '', N.date(date(rng)), rng.pick(['Inga', 'Nödutgång blockerad', 'SBA-dokumentation saknas', 'Brandcellsgräns bruten', 'Utrymningsskylt ur funktion']), NM(R, h.p, 'full', 'staff')]);
  }
  putW(C, file, csv(rows, { sep: ',' }));
}

function sos(C) {
  const file = 'raddning/sos_samtal_export.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Händelsenr', 'Tid', 'Inringare', 'Telefon', 'Position', 'Ärendetyp', 'Prio', 'Operatör']];
  for (let i = 0; i < 120; i++) {
    const x = party(rng, { cp1252: true }); const op = person(rng, { cp1252: true, middle: 0 });
    rows.push([N.id('incident-number', `${num(rng, 7)}`), `${date(rng)} ${hms(rng)}`, rng.chance(0.85) ? NM(R, x.p, rng.pick(['full', 'surname-first', 'caps'])) : 'Okänd', T(R, 'phone', { value: x.ph.value, subtype: x.ph.subtype }),
      rng.chance(0.5) ? N.id('coordinates', sweref(rng)) : addr(rng), rng.pick(TYPES), String(rng.int(1, 3)), NM(R, op, 'initial', 'initial')]);
  }
  putW(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}

function vittnen(C) {
  const file = 'raddning/vittnesuppgifter_RS-2026-002981.docx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const h = W.crew[1]; const creator = NM(R, h.p, 'full', 'docx-creator');
  const blocks = [{ h: 'Vittnesuppgifter – brand i radhus, Lindvägen' }, `Ärende ${N.id('incident-number', 'RS-2026-002981')}. Upptagna av ${NM(R, h.p, 'full', 'staff')} på plats.`];
  for (let i = 0; i < 18; i++) {
    const x = party(rng);
    blocks.push({ runs: [`Vittne ${i + 1}: `, NM(R, x.p, rng.pick(['full', 'full', 'caps'])), `, född `, T(R, 'personnummer', x.id), `, tel `, T(R, 'phone', x.ph)] },
      rng.pick([() => `Såg rök från köksfönstret ca ${N.time(hhmm(rng))}. Grannen ${NM(R, party(rng).p, 'full', 'running-text')} sprang in och hämtade barnen.`, () => 'Hörde en smäll, sedan brandvarnare.', () => `Ringde 112. Ägaren ${N.lone(rng.pick(LONE))} var inte hemma.`])());
  }
  blocks.push(`Fotografier lagrade under ${N.id('archive-ref', `FOTO-${num(rng, 6)}`)}.`);
  putW(C, file, docx(blocks, { creator }));
}

function mailbox(C) {
  const file = 'raddning/registrator_inkorg.mbox'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 34; i++) {
    const d = date(rng); const v = rng.int(0, 2); const x = party(rng);
    let from; let text; let subject;
    if (v === 0) { const h = person(rng); from = [R.t('name', h.full, 'header-display'), R.t('email', workEmail(h, rng.pick(['lansforsakringar.se', 'folksam.se', 'trygghansa.se', 'if.se'])), 'work')];
      subject = `Begäran om insatsrapport, skadenr ${N.id('claim-number', `${num(rng, 9)}`)}`;
      text = `Hej,\nVi handlägger en brandskada för vår försäkringstagare ${NM(R, x.p, 'full', 'running-text')}, ${T(R, 'personnummer', x.id)}, på adressen ${addr(rng)}. Vi ber om kopia på insatsrapporten.\n\nMed vänliga hälsningar\n${h.full}\nSkadereglerare\n${T(R, 'phone', phone(rng, 'landline'))}`; }
    else if (v === 1) { from = [rng.chance(0.6) ? R.t('name', x.p.full, 'header-display') : '', T(R, 'email', x.em)]; subject = 'Fråga om brandskyddskontroll';
      text = `hej, jag äger ${N.id('property-designation', fbet(rng))} och undrar när sotare/brandskyddskontroll kommer. mitt nr ${T(R, 'phone', x.ph)}\n/${NM(R, x.p, rng.pick(['lower', 'full']), 'signature')}`; }
    else { const po = person(rng); from = [R.t('name', po.full, 'header-display'), R.t('email', workEmail(po, 'polisen.se'), 'work')]; subject = `Begäran om uppgifter ${N.id('police-report', `5000-K${num(rng, 6)}-26`)}`;
      text = `Hej!\nPolisen utreder misstänkt anlagd brand. Vi önskar uppgifter om vittnen, bl.a. ${NM(R, x.p, 'full', 'witness')} (${T(R, 'phone', x.ph)}).\n\n${po.full}\nKriminalinspektör`; }
    msgs.push({ from, to: [['Registrator', W.o.roles[0]]], subject, date: rfcDate(d, hms(rng)), id: `${alnum(rng, 18)}@mail.example`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
    R.n('email', 'role-email', W.o.roles[0]);
  }
  putW(C, file, mbox(msgs));
}

function utredning(C) {
  const file = 'raddning/olycksutredning_drunkningstillbud_juli.md'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const u = W.crew[2]; const x = party(rng, { minYear: 2012 }); const m = kin(rng, x.p); const w = party(rng); const w2 = party(rng);
  const md = [`# Olycksutredning – drunkningstillbud ${R.n('name', 'place', 'Strömsholms kanal')} ${N.date('2026-07-14')}`, '', `**Utredare:** ${NM(R, u.p, 'full', 'staff')} (${R.t('email', u.mail, 'staff-work')})`, '',
    '## Händelseförlopp', '', `Ett barn, ${NM(R, x.p, 'full', 'running-text')} (${T(R, 'personnummer', x.id)}), föll i vattnet vid slussen. Modern ${NM(R, m, 'full', 'relative')} larmade ${N.time('15:42')}.`,
    `Förbipasserande ${NM(R, w.p, 'full', 'witness')} (tel ${T(R, 'phone', w.ph)}) och ${NM(R, w2.p, 'lower', 'lower')} drog upp barnet innan räddningstjänsten var framme.`, '',
    '## Intervjuer', '', '| Namn | Roll | Telefon |', '|---|---|---|'];
  for (let i = 0; i < 16; i++) { const y = party(rng); md.push(`| ${NM(R, y.p, rng.pick(['full', 'surname-first']))} | ${rng.pick(['vittne', 'badvakt', 'kanalvakt', 'granne'])} | ${T(R, 'phone', y.ph)} |`); }
  md.push('', '## Åtgärder', '', `- Livboj saknades vid ${R.n('name', 'street-named-like-person', 'Karl Johans väg')}-bryggan`, `- Kontakt med ${R.n('name', 'company', 'Kanalbolaget')} (${N.orgnr()})`, '');
  C.put(file, md.join('\n'));
}

function automatlarm(C) {
  const file = 'raddning/automatlarm_handelser.ndjson'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 75; i++) {
    const contacts = [];
    for (let k = 0; k < rng.int(1, 3); k++) { const x = party(rng); contacts.push({ namn: NM(R, x.p, rng.pick(['full', 'full', 'surname-first']), 'key-holder'), roll: rng.pick(['nyckelbärare', 'fastighetsskötare', 'verksamhetsansvarig']), mobil: T(R, 'phone', phone(rng, 'mobile', rng.pick(['grouped', 'e164', 'compact']))) }); }
    lines.push(JSON.stringify({ ts: `${date(rng)}T${hms(rng)}+02:00`, objekt: N.id('object-id', `AL-${num(rng, 6)}`), anlaggning: rng.pick(['Skola', 'Vårdboende', 'Industri', 'Kontor']), sektion: `S${rng.int(1, 40)}`,
      orsak: rng.pick(['matos', 'rökdetektor', 'damm', 'okänd', 'brand']), larmcentral: R.n('phone', 'switchboard', W.o.switchboard), kontakter: contacts, gateway: server(R, W.o, 0) }));
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function beredskap(C) {
  const file = 'raddning/beredskapslista_nov.xlsx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const creator = NM(R, W.crew[3].p, 'full', 'xlsx-creator');
  const roster = [['Namn', 'Funktion', 'Mobil', 'RAKEL ISSI', 'E-post', 'Station']];
  for (const c of W.crew) roster.push([NM(R, c.p, rng.pick(['full', 'surname-first']), 'staff'), c.role, T(R, 'phone', { value: c.mob.value, subtype: 'staff-mobile' }), N.id('issi', c.issi), R.t('email', c.mail, 'staff-work'), rng.pick(AREAS)]);
  const weeks = [['Vecka', 'IL', 'SL', 'BM1', 'BM2']];
  for (let w = 44; w <= 48; w++) weeks.push([`v.${w}`, ...[0, 4, 9, 10].map((o) => NM(R, W.crew[(o + w) % 16].p, 'surname-first-nocomma', 'staff'))]);
  putW(C, file, xlsx([{ name: 'Personal', rows: roster }, { name: 'Schema', rows: weeks }, { name: 'Telefoner', rows: [['Larmcentral', R.n('phone', 'switchboard', W.o.switchboard)], ['Växel', R.n('phone', 'service-line', W.o.service)]] }], { creator }));
}

function vcf(C) {
  const file = 'raddning/fastighetsagare_kontakter.vcf'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 40; i++) {
    const x = party(rng);
    lines.push('BEGIN:VCARD', 'VERSION:4.0', `FN:${R.t('name', x.p.full, 'vcard-fn')}`, `N:${vcardEsc(x.p.last)};${vcardEsc(x.p.given)};;;`, `TEL;TYPE=cell:${T(R, 'phone', x.ph)}`,
      ...(rng.chance(0.6) ? [`EMAIL:${T(R, 'email', x.em)}`] : []), `NOTE:Ägare ${N.id('property-designation', fbet(rng))}. Nyckelbärare automatlarm.`, 'END:VCARD');
  }
  putW(C, file, folded(lines));
}

function arkiv(C) {
  const file = 'raddning/arkiv_2025.zip'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const texts = [];
  const mk = (name, n) => {
    const lines = [`Arkiverade insatser ${name}`];
    for (let i = 0; i < n; i++) { const x = party(rng); lines.push(`${N.id('incident-number', `RS-2025-${num(rng, 6)}`)};${date(rng, '2025-01-01', '2025-12-31')};${NM(R, x.p, 'full')};${T(R, 'personnummer', x.id)};${T(R, 'phone', x.ph)}`); }
    const t = lines.join('\n'); texts.push(t); return t;
  };
  const inner = zip([{ name: 'q4/insatser_q4.csv', data: mk('Q4', 30) }]);
  const t2 = mk('Q1-Q3', 40);
  const notes = `Anteckning: arkivet sammanställt av ${NM(R, W.crew[6].p, 'full', 'staff')}.\n`; texts.push(notes);
  C.put(file, zip([{ name: 'insatser_q1_q3.csv', data: t2 }, { name: 'LASMIG.txt', data: notes }, { name: 'q4.zip', data: inner }]), texts.join('\n'));
}

export default function build(C) {
  rapporterXml(C); larmlogg(C); radiologg(C); rapportPdf(C); tillsyn(C); sos(C); vittnen(C); mailbox(C); utredning(C); automatlarm(C); beredskap(C); vcf(C); arkiv(C);
}
