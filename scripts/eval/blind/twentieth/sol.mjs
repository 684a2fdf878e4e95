// Solar-panel installer with ROT deductions (sol/): HubSpot deals, ROT basis, installers' field reports, inverter
// monitoring events, customer portal log, customer mail with an attachment, quotes (.docx), grid notifications (XML),
// Freshdesk tickets, a project workbook, call notes, invoices (.pdf), the installers' WhatsApp group.
import { Rng, person, people, kin, nameStyle, pnr, phone, email, workEmail, date, dotDate, hhmm, hms, isoTs, ipVal, org, at, nears, footer, fastighet,
  csv, xlsx, docx, mbox, rfcDate, mboxDate, pdfLines, jsonText, xmlEsc, svDate, num, alnum, hex, ocr, greetLone, LONE, LOOKALIKE, postcode, street, CITIES, amount, sloppy, mac, makeOrgnr } from './core.mjs';

const DIR = 'sol';
const rng = new Rng('sol');
const O = org(rng, { name: 'Solkraft Mälardalen AB', domain: 'solkraftmalardalen.se', area: '16', roles: ['info', 'offert', 'no-reply', 'service', 'ekonomi'] });
const STAFF = people(rng, 12, { cp1252: true, middle: 0 }).map((p, i) => ({ ...p, title: i < 6 ? 'montör' : i < 8 ? 'elinstallatör' : i < 10 ? 'säljare' : i < 11 ? 'projektledare' : 'ekonomi', mail: workEmail(p, O.domain), mob: phone(rng, 'mobile', 'grouped') }));
const INSTALLERS = STAFF.slice(0, 8); const SALES = STAFF.slice(8, 10);
const INV = ['Huawei SUN2000-10KTL', 'Fronius Symo 8.2', 'SolarEdge SE10K', 'Growatt MOD 6000TL3', 'Sungrow SH8.0RT'];
const serial = () => rng.pick([() => `HV${rng.int(2100, 2499)}${alnum(rng, 8)}`, () => `${num(rng, 8)}`, () => `7E${hex(rng, 6).toUpperCase()}-${rng.int(10, 99)}`, () => `AHN${num(rng, 7)}`])();
const gsrn = () => `735999${num(rng, 12)}`;
const dealId = () => num(rng, 10);

/** A household: owner, co-owner, property, phones, e-mails (not recorded). */
function household(cp1252 = false) {
  const a = person(rng, { cp1252, middle: 0.15 }); const b = rng.chance(0.65) ? (rng.chance(0.6) ? kin(rng, a, { cp1252 }) : person(rng, { cp1252 })) : null;
  return { a, b, pa: pnr(rng, { minYear: 1945, maxYear: 1995 }), pb: pnr(rng, { minYear: 1945, maxYear: 1995 }), pha: phone(rng), phb: phone(rng, 'mobile'), ema: email(rng, a), emb: b ? email(rng, b) : null, fast: fastighet(rng), city: rng.pick(CITIES) };
}

function hubspotCsv(C) {
  const R = at(C, `${DIR}/hubspot_deals_export_2026-11-24.csv`); const N = nears(R, rng);
  const rows = [['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Deal Name', 'Amount', 'Deal Stage', 'Close Date', 'Deal owner', 'Fastighetsbeteckning', 'Co-owner', 'Co-owner phone', 'Notes']];
  for (let i = 0; i < 70; i++) {
    const h = household(); R.j(h.a.given, h.a.last);
    rows.push([N.id('deal-id', dealId()), h.a.given, h.a.last, R.em(h.ema), R.ph(h.pha), `${rng.int(6, 18)} kW ${N.look('place', h.city)}`, N.amount(String(rng.int(90, 320) * 1000)), rng.pick(['Offert skickad', 'Vunnen', 'Förlorad', 'Platsbesök bokat']),
      N.date(date(rng)), R.nm(rng.pick(SALES), 'full', 'staff'), N.id('property-designation', h.fast), h.b ? R.nm(h.b, rng.pick(['full', 'full', 'surname-first'])) : '', h.b ? R.ph(h.phb) : '',
      rng.pick([() => '', () => `Vill ha batteri. Granne ${R.nm(person(rng))} intresserad också`, () => `Tak: ${rng.pick(['betong', 'plåt', 'tegel'])}, ${rng.int(18, 45)} grader`, () => `Ring efter ${hhmm(rng, 16, 19)}`, () => `Ref. från ${N.look('company', rng.pick(LOOKALIKE.company))}`])()]);
  }
  const f = csv(rows, { sep: ',' }); C.put(R.file, f.bytes, f.text);
}

function rotCsv(C) {
  const R = at(C, `${DIR}/rot_underlag_begaran_2026-10.csv`); const N = nears(R, rng);
  const rows = [[`${O.name};Org.nr ${N.id('organisationsnummer', O.orgnr, 'personnummer')}`], ['Underlag för begäran om utbetalning – ROT (grön teknik)'], ['Skapad ' + N.date('2026-11-02')], [],
    ['Fakturanr', 'Köpare personnr', 'Köpare namn', 'Andel %', 'Fastighet/BRF', 'BRF org.nr', 'Arbetskostnad', 'Begärt belopp', 'Betaldatum']];
  for (let i = 0; i < 65; i++) {
    const h = household(true); const brf = rng.chance(0.15);
    const inv = N.id('invoice-no', `F${num(rng, 6)}`); const day = N.date(date(rng, '2026-09-01', '2026-10-31'));
    const owners = h.b ? [[h.a, h.pa, 50], [h.b, h.pb, 50]] : [[h.a, h.pa, 100]];
    for (const [p, pn, share] of owners) {
      rows.push([inv, R.pn(pn), R.nm(p, rng.pick(['surname-first', 'surname-first', 'full', 'surname-first-caps'])), share, brf ? `${N.look('company', `Brf ${rng.pick(['Solrosen', 'Tallmon', 'Kvarnen'])} ${rng.int(1, 9)}`)}` : N.id('property-designation', h.fast), brf ? N.orgnr() : '',
        N.amount(`${rng.int(20, 90)} ${num(rng, 3)}`), N.amount(`${rng.int(4, 25)} ${num(rng, 3)}`), day]);
    }
  }
  rows.push([], ['Kontrollsumma', N.amount(`${rng.int(900, 1900)} ${num(rng, 3)}`)], [`Kontakt: ${R.nm(STAFF[11], 'full', 'staff')}, ${R.t('phone', STAFF[11].mob.value, 'staff-mobile')}`]);
  const f = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(R.file, f.bytes, f.text);
}

function montorMd(C) {
  const R = at(C, `${DIR}/montorsrapporter_v44-47.md`); const N = nears(R, rng);
  const out = ['# Montörsrapporter v44–47', '', '_Exporterat från fältappen. Rättas inte._', ''];
  for (let i = 0; i < 40; i++) {
    const h = household(); const nb = person(rng, { middle: 0 }); const m = rng.pick(INSTALLERS); const m2 = rng.pick(INSTALLERS); const day = date(rng, '2026-10-26', '2026-11-22');
    out.push(`## ${N.id('project-no', `P-${num(rng, 5)}`)} – ${R.nm(h.a, rng.pick(['full', 'surname-first', 'caps']))}, ${N.look('place', h.city)}`, '',
      `| Fält | Värde |`, `|---|---|`, `| Datum | ${day} |`, `| Montör | ${R.nm(m, 'full', 'staff')}${m2 !== m ? `, ${R.nm(m2, 'short', 'staff')}` : ''} |`, `| Kund tel | ${R.ph(h.pha)} |`, `| Växelriktare | ${N.look('product', rng.pick(INV))} SN ${N.id('serial-no', serial())} |`,
      `| Paneler | ${rng.int(14, 44)} st, ${rng.pick(['Longi', 'JA Solar', 'REC Alpha'])} |`, '', sloppy(rng, rng.pick([() => `kund ${h.a.first} ${h.a.last} hemma hela dagen. ${h.b ? `frun ${h.b.first} ${h.b.last} ville ha panelerna på garaget` : 'inga synpunkter'}. takfot rötskadad, fotat.`,
        () => `grannen ${nb.first} ${nb.last} klagade på ställningen mot tomtgränsen. pratade m honom, ok nu`, () => `elcentral gammal, behöver bytas. sagt till ${h.a.first}. mätar-id ${gsrn()}`, () => `regn, avbrutet ${hhmm(rng, 11, 14)}. forts ${dotDate(date(rng))}`])()), '');
    const last = out[out.length - 2];
    for (const p of [h.a, h.b, nb]) if (p && last.includes(`${p.first} ${p.last}`.toLowerCase())) R.t('name', `${p.first} ${p.last}`.toLowerCase(), 'lower'); else if (p && last.includes(`${p.first} ${p.last}`)) R.t('name', `${p.first} ${p.last}`, 'running-text');
    const mm = /mätar-id (\d+)/.exec(last); if (mm) N.id('meter-id', mm[1]);
    if (last.includes(`sagt till ${h.a.first}`) || last.includes(`sagt till ${h.a.first.toLowerCase()}`)) N.lone(last.includes(h.a.first) ? h.a.first : h.a.first.toLowerCase());
  }
  const t = out.join('\n'); C.put(R.file, t, t);
}

function monitoringNdjson(C) {
  const R = at(C, `${DIR}/monitoring_inverter_events.ndjson`); const N = nears(R, rng);
  const sites = Array.from({ length: 70 }, () => { const h = household(); return { h, sn: serial(), site: `site-${num(rng, 6)}`, ip: rng.chance(0.9) ? ipVal(rng, [['pub', 70], ['cg', 15], ['v6', 15]]) : null, lan: `192.168.${rng.int(0, 2)}.${rng.int(20, 250)}`, mac: mac(rng) }; });
  const out = [];
  for (let i = 0; i < 240; i++) {
    const s = rng.pick(sites); const day = date(rng, '2026-11-01', '2026-11-24');
    const ev = { ts: isoTs(rng, day), site_id: N.id('site-id', s.site), inverter_sn: N.id('serial-no', s.sn), model: s.h.a ? rng.pick(INV) : '', event: rng.pick(['heartbeat', 'heartbeat', 'heartbeat', 'fault', 'offline', 'fw_update', 'owner_login']) };
    if (ev.event === 'heartbeat') Object.assign(ev, { power_w: rng.int(0, 9800), e_today_kwh: Number((rng.int(0, 400) / 10).toFixed(1)), wan_ip: s.ip ? R.ip(s.ip) : null, lan_ip: R.t('ip', s.lan, 'private-ip'), mac: N.mac(s.mac), cloud: N.server(O.servers[rng.int(0, 1)]) });
    else if (ev.event === 'fault') Object.assign(ev, { code: N.id('fault-code', `${rng.pick(['E', 'F', 'W'])}${rng.int(100, 999)}`), message: rng.pick(['Grid overvoltage', 'Isolation fault', 'Fan locked', 'Arc detected']), notify: [R.em(s.h.ema)] });
    else if (ev.event === 'owner_login') Object.assign(ev, { user: { name: R.nm(s.h.a, 'full'), email: R.em(s.h.ema) }, client_ip: R.ip(ipVal(rng)) });
    else if (ev.event === 'fw_update') Object.assign(ev, { from: `V${rng.int(100, 300)}R${rng.int(1, 9)}C${rng.int(10, 99)}`, to: N.id('firmware', `V${rng.int(300, 400)}R001C10SPC${rng.int(100, 199)}`) });
    out.push(JSON.stringify(ev));
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function portalLog(C) {
  const R = at(C, `${DIR}/kundportal_app.log`); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 200; i++) {
    const h = household(); const day = date(rng, '2026-10-01', '2026-11-24'); const ip = R.ip(ipVal(rng));
    out.push(rng.pick([() => `${day} ${hms(rng)},${rng.int(100, 999)} INFO  [auth] login success user=${R.em(h.ema)} ip=${ip} method=${rng.pick(['bankid', 'password', 'magic-link'])}`,
      () => `${day} ${hms(rng)},${rng.int(100, 999)} WARN  [auth] login failed user=${R.em(h.ema)} ip=${ip} reason=bad_password attempts=${rng.int(2, 5)}`,
      () => `${day} ${hms(rng)},${rng.int(100, 999)} INFO  [profile] update name="${R.nm(h.a)}" phone=${R.ph(h.pha)} by=${ip}`,
      () => `${day} ${hms(rng)},${rng.int(100, 999)} INFO  [api] GET /v1/sites/${N.id('site-id', `site-${num(rng, 6)}`)}/production 200 ${rng.int(8, 400)}ms ip=${ip}`,
      () => `${day} ${hms(rng)},${rng.int(100, 999)} ERROR [rot] personnummer ${N.badDate()} avvisat från ${ip}`])());
  }
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function kundMbox(C) {
  const R = at(C, `${DIR}/kundmejl_offert_och_service.mbox`); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 30; i++) {
    const h = household(); const s = rng.pick([...SALES, STAFF[10]]); const day = date(rng);
    const em = R.em(h.ema); R.t('name', h.a.full, 'header-display');
    const body = rng.pick([() => `Hej ${N.lone(s.first)}!\n\nVi har pratat ihop oss och vill gå vidare med offerten (${N.id('quote-no', `OFF-${num(rng, 5)}`)}). Fastigheten ${N.id('property-designation', h.fast)} ägs av mig och ${h.b ? R.nm(h.b) : 'min bror'}.\n${h.b ? `Personnummer för ${R.nm(h.b, 'short')}` : 'Mitt personnummer'} för ROT: ${R.pn(h.b ? h.pb : h.pa)}\n\nHälsningar\n${R.nm(h.a, 'full', 'signature')}\n${R.ph(h.pha)}`,
      () => `Hej,\n\nAppen visar "offline" sedan ${N.date(dotDate(day))}. Växelriktare ${N.id('serial-no', serial())}. Vår router bytte IP till ${R.ip(ipVal(rng, [['pub', 1]]))} om det spelar roll.\n\n//${R.nm(h.a, 'lower', 'lower')}`,
      () => `Hello, I'm ${R.nm(h.a)} and I just bought the house at ${N.street(street(rng))} which has your panels. Who do I contact about the warranty? My number is ${R.ph(phone(rng, 'foreign'))}.\nThanks!`])();
    const att = rng.chance(0.3) ? [{ name: 'produktion_okt.csv', type: 'text/csv', data: (() => { const r = [['Datum', 'kWh', 'Ägare']]; for (let k = 0; k < 10; k++) r.push([N.date(`2026-10-${String(k + 10)}`), String(rng.int(2, 40)), R.nm(h.a)]); return csv(r).text; })() }] : [];
    const m = { from: [h.a.full, em], to: [[s.full, s.mail]], cc: h.b && h.emb ? [[h.b.full, R.em(h.emb)]] : [], subject: rng.pick(['Offert solceller', 'Fråga', 'Appen fungerar inte', 'Garanti']), date: rfcDate(day, `${hhmm(rng)}:00`), id: `${alnum(rng, 18)}@mail.example`, text: body, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: mboxDate(day), attachments: att };
    R.t('name', s.full, 'header-display'); R.t('email', s.mail, 'staff-work');
    if (h.b && h.emb) R.t('name', h.b.full, 'header-display');
    msgs.push(m);
    if (rng.chance(0.5)) msgs.push({ from: [s.full, s.mail], to: [[h.a.full, em]], subject: `SV: ${m.subject}`, date: rfcDate(day, '16:02:00'), id: `${alnum(rng, 18)}@${O.domain}`, mboxDate: mboxDate(day, '16:02:00'), enc: 'qp',
      text: `${greetLone(R, rng, N, h.a.first)}\n\nTack! Jag återkommer med tid för platsbesök.\n\nMed vänliga hälsningar\n${R.nm(s, 'full', 'staff')}\n${s.title}, ${O.name}\nMobil ${R.t('phone', s.mob.value, 'staff-mobile')}\n${footer(R, O, ['orgnr', 'switchboard'])}\n\nFrån: ${h.a.full} <${em}>\n${body.split('\n').map((l) => `> ${l}`).join('\n')}` });
  }
  const f = mbox(msgs); C.put(R.file, f.bytes, f.text);
}

function offertDocx(C) {
  for (let k = 1; k <= 2; k++) {
    const R = at(C, `${DIR}/offert_OFF-${num(rng, 5)}.docx`); const N = nears(R, rng);
    const h = household(); const s = rng.pick(SALES); const b = h.b ?? kin(rng, h.a);
    const b1 = [{ h: `Offert – solcellsanläggning ${rng.int(6, 16)} kW` }, `Datum: ${N.date(svDate(date(rng)))}`,
      { table: [['Beställare', R.nm(h.a)], ['Personnummer', R.pn(h.pa)], ['Medägare', R.nm(b)], ['Personnummer medägare', R.pn(h.pb)], ['Fastighet', N.id('property-designation', h.fast)], ['Telefon', R.ph(h.pha)], ['E-post', R.em(h.ema)]] },
      { runs: ['Anläggningen består av ', `${rng.int(16, 40)} paneler och en `, N.look('product', rng.pick(INV)), '. Skattereduktion för grön teknik (', '20 %', ') dras direkt på fakturan för ', R.nm(h.a, 'short'), ' och ', R.nm(b, 'short'), '.'] },
      { table: [['Post', 'Belopp'], ['Material', N.amount(amount(rng, 60000, 150000))], ['Arbete', N.amount(amount(rng, 20000, 60000))], ['Grön teknik-avdrag', N.amount(`-${amount(rng, 10000, 40000)}`)]] },
      `Offerten gäller 30 dagar. Vår säljare ${R.nm(s, 'full', 'staff')} nås på ${R.t('phone', s.mob.value, 'staff-mobile')} eller ${R.t('email', s.mail, 'staff-work')}.`,
      footer(R, O, ['orgnr', 'bg', 'switchboard'])];
    const f = docx(b1, { creator: R.nm(s, 'full', 'docx-creator') }); C.put(R.file, f.bytes, f.text);
  }
}

function natXml(C) {
  const R = at(C, `${DIR}/natanmalan_export.xml`); const N = nears(R, rng);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<Anmalningar natbolag="Mälarenergi Elnät AB" skapad="${N.date('2026-11-20')}T08:00:00">`];
  for (let i = 0; i < 45; i++) {
    const h = household(); const el = rng.pick(STAFF.slice(6, 8));
    out.push(`  <Anmalan typ="${rng.pick(['Föranmälan', 'Färdiganmälan'])}" id="${N.id('notification-id', `FA-${num(rng, 7)}`)}">`,
      `    <Anlaggning id="${N.id('meter-id', gsrn())}" fastighet="${xmlEsc(N.id('property-designation', h.fast))}" effekt_kw="${rng.int(5, 20)}"/>`,
      `    <Kund><Fornamn>${xmlEsc(h.a.given)}</Fornamn><Efternamn>${xmlEsc(h.a.last)}</Efternamn><Personnummer>${R.pn(h.pa)}</Personnummer><Telefon>${R.ph(h.pha)}</Telefon><Epost>${R.em(h.ema)}</Epost></Kund>`,
      `    <Installator foretag="${xmlEsc(O.name)}" orgnr="${N.id('organisationsnummer', O.orgnr, 'personnummer')}" auktorisation="${N.id('authorisation-no', `AL-${num(rng, 6)}`)}"><Namn>${xmlEsc(R.nm(el, 'full', 'staff'))}</Namn><Mobil>${R.t('phone', el.mob.value, 'staff-mobile')}</Mobil></Installator>`,
      `    <Vaxelriktare tillverkare="${xmlEsc(N.look('product', rng.pick(INV)))}" serienr="${N.id('serial-no', serial())}"/>`, '  </Anmalan>');
    R.j(h.a.given, h.a.last);
  }
  out.push('</Anmalningar>');
  const t = `${out.join('\n')}\n`; C.put(R.file, t, t);
}

function freshdeskJson(C) {
  const R = at(C, `${DIR}/freshdesk_tickets.json`); const N = nears(R, rng);
  const tickets = [];
  for (let i = 0; i < 34; i++) {
    const h = household(); const a = rng.pick(STAFF.slice(8, 12)); const day = date(rng);
    tickets.push({ id: rng.int(20000, 39999), subject: rng.pick(['Produktionen låg', 'Fakturafråga ROT', 'Läckage vid genomföring', 'Byte av ägare']), status: rng.int(2, 5), priority: rng.int(1, 4), created_at: isoTs(rng, day),
      requester: { name: R.nm(h.a, rng.pick(['full', 'full', 'lower', 'caps'])), email: R.em(h.ema), mobile: R.ph(h.pha) }, responder_name: R.nm(a, 'full', 'staff'),
      custom_fields: { cf_fastighet: N.id('property-designation', h.fast), cf_serienummer: N.id('serial-no', serial()), cf_personnummer: rng.chance(0.4) ? R.pn(h.pa) : N.masked() },
      conversations: [{ incoming: true, body_text: rng.pick([() => `Hej, ${h.b ? `min sambo ${R.nm(h.b)} och jag` : 'vi'} undrar varför ROT-avdraget blev ${N.amount(amount(rng, 5000, 30000))}?`, () => `Det droppar vatten från taket vid fästet. Ring ${R.ph(phone(rng))}`, () => `Vi har sålt huset till ${R.nm(person(rng))} (${R.em(email(rng, person(rng)))}) från ${N.date(dotDate(date(rng)))}.`])() },
        { incoming: false, body_text: `Hej ${N.lone(h.a.first)}, tack för ditt ärende (#${N.id('ticket-no', String(rng.int(20000, 39999)))}). /${a.first}` }] });
    N.lone(a.first);
  }
  const t = jsonText(tickets); C.put(R.file, t, t);
}

function projXlsx(C) {
  const R = at(C, `${DIR}/installationer_2026.xlsx`); const N = nears(R, rng);
  const p = [['Projekt', 'Kund', 'Ort', 'Tel', 'Start', 'Montörlag', 'Växelriktare SN', 'Status']];
  for (let i = 0; i < 60; i++) {
    const h = household();
    p.push([N.id('project-no', `P-${num(rng, 5)}`), R.nm(h.a, rng.pick(['full', 'surname-first'])), N.look('place', h.city), R.ph(h.pha), N.date(dotDate(date(rng))), `${rng.pick(INSTALLERS).first}/${rng.pick(INSTALLERS).first}`, N.id('serial-no', serial()), rng.pick(['Klar', 'Pågår', 'Väntar material', 'Väntar nätbolag'])]);
  }
  const m = [['Namn', 'Roll', 'Mobil', 'E-post', 'Certifikat']];
  for (const s of STAFF) m.push([R.nm(s, 'full', 'staff'), s.title, R.t('phone', s.mob.value, 'staff-mobile'), R.t('email', s.mail, 'staff-work'), N.id('certificate-no', `SC-${num(rng, 5)}`)]);
  const mat = [['Artikel', 'Art.nr', 'Serie', 'Lager']];
  for (let i = 0; i < 40; i++) mat.push([N.look('product', rng.pick(INV)), N.id('article-number', `${rng.int(100, 999)}.${rng.int(100, 999)}.${rng.int(10, 99)}`), N.id('serial-no', serial()), rng.pick(['Västerås', 'Eskilstuna', 'Bil 3'])]);
  for (const s of INSTALLERS) N.lone(s.first);
  const f = xlsx([{ name: 'Projekt', rows: p }, { name: 'Personal', rows: m }, { name: 'Material', rows: mat }], { creator: R.nm(STAFF[10], 'full', 'xlsx-creator') }); C.put(R.file, f.bytes, f.text);
}

function samtalTxt(C) {
  const R = at(C, `${DIR}/samtalsanteckningar_kundtjanst.txt`); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 75; i++) {
    const h = household(); const day = date(rng);
    out.push(`${dotDate(day)} ${hhmm(rng)} ` + rng.pick([
      () => `ringde ${R.nm(h.a, rng.pick(['lower', 'full']), 'running-text')} ${R.ph(h.pha)} - vill ha offert, villa ${rng.int(90, 220)} kvm, söderläge. bokat platsbesök m ${N.lone(rng.pick(SALES).first)}`,
      () => `${R.nm(h.a, 'caps')} ringde arg, appen visar 0 kWh sen ${dotDate(date(rng))}. SN ${N.id('serial-no', serial())}. skickat till service`,
      () => `pratat m ${R.nm(h.a)} o ${h.b ? R.nm(h.b) : 'hennes son'} ang ROT, båda står på fakturan. pnr ${R.pn(h.pa)}${h.b ? ` resp ${R.pn(h.pb)}` : ''}`,
      () => `mejl fr ${R.em(h.ema)}: vill avboka. återbetalning till ${N.id('clearing', `${rng.int(3000, 3399)}`)}-${N.id('account-no', num(rng, 8))}`,
      () => `Kund: ${N.lower('ny kund')}, ringde utan att lämna nummer. Namn: ${N.lower('ej angivet')}. bo i villa? ${N.look('name-word', 'Bo i')} radhus enl henne`,
      () => `enl. ${R.nm(h.a, 'surname-first')} har grannen ${R.nm(person(rng))} klagat på reflexer. ringa tbx ${R.ph(phone(rng, 'landline'))}`,
    ])());
  }
  const t = out.join('\n'); C.put(R.file, t, t);
}

function fakturaPdf(C) {
  const R = at(C, `${DIR}/fakturor_oktober_2026.pdf`); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 22; i++) {
    const h = household(true); const day = date(rng, '2026-10-01', '2026-10-31');
    lines.push({ text: `${O.name} – FAKTURA`, bold: true, size: 13 }, `Fakturanr ${N.id('invoice-no', `F${num(rng, 6)}`)}     Fakturadatum ${N.date(day)}     OCR ${N.id('ocr', ocr(rng))}`, '',
      `Kund: ${R.nm(h.a, rng.pick(['full', 'caps']))}`, ...(h.b ? [`Medbeställare: ${R.nm(h.b)}`] : []), `${N.street(street(rng))}, ${N.postcode(postcode(rng))} ${h.city}`, `Fastighet: ${N.id('property-designation', h.fast)}`,
      `Personnummer (skattereduktion): ${R.pn(h.pa)}${h.b ? `, ${R.pn(h.pb)}` : ''}`, '',
      `Solcellsanläggning enl. offert        ${N.amount(amount(rng, 80000, 200000))}`, `Avgår skattereduktion grön teknik     ${N.amount(`-${amount(rng, 15000, 45000)}`)}`, '',
      `Betala till bankgiro ${N.id('bankgiro', O.bg)}. ${footer(R, O, ['orgnr', 'switchboard'])}`, '', '');
  }
  const f = pdfLines(lines, { per: 40, title: 'Fakturor' }); C.put(R.file, f.bytes, f.text);
}

function whatsappTxt(C) {
  const R = at(C, `${DIR}/WhatsApp-chatt med Montörer Solkraft.txt`); const N = nears(R, rng);
  const out = [];
  const members = INSTALLERS.map((s) => ({ s, label: rng.chance(0.7) ? R.t('name', s.short, 'chat-speaker') : R.t('phone', phone(rng, 'mobile', 'intl').value, 'chat-speaker-number') }));
  for (let i = 0; i < 110; i++) {
    const m = rng.pick(members); const day = date(rng, '2026-10-01', '2026-11-24'); const [y, mo, d] = day.split('-'); const h = household();
    const txt = rng.pick([() => 'Kör till grossisten först', () => `${h.a.first} ${h.a.last} vill att vi ringer innan, ${R.ph(h.pha)}`, () => `Glömde stegen hos ${R.nm(h.a)}`, () => `Adress: ${N.street(street(rng))}, koden till grinden ${N.id('door-code', String(rng.int(1000, 9999)))}`, () => 'Regnar här, vi tar inne-jobbet', () => `${N.lone(rng.pick(INSTALLERS).first)} har nycklarna`, () => '<Media utelämnad>'])();
    if (txt.includes(`${h.a.first} ${h.a.last} vill`)) R.t('name', `${h.a.first} ${h.a.last}`, 'running-text');
    out.push(`${d}/${mo}/${y} ${hhmm(rng, 6, 19)} - ${m.label}: ${txt}`);
  }
  const t = out.join('\n'); C.put(R.file, t, t);
}

export default function build(C) {
  hubspotCsv(C); rotCsv(C); montorMd(C); monitoringNdjson(C); portalLog(C); kundMbox(C); offertDocx(C); natXml(C); freshdeskJson(C); projXlsx(C); samtalTxt(C); fakturaPdf(C); whatsappTxt(C);
}
