// Eighteenth blind set — an online grocery delivery service, "Skafferiet Hem AB" (mat/): orders (cp1252 `;`), picking
// substitutions (NDJSON), the drivers' app log, Zendesk-shaped complaints (JSON), complaint mail (mbox), web chat
// transcripts, the drivers' rota (.xlsx), the SMS gateway log, the web shop's access log, refunds (CSV), staff notes,
// credit notes (.pdf) and a zip of delivery-deviation reports.
import { Rng, person, crowd, people, kin, nameAs, nameStyle, NM, T, pnr, phone, email, workEmail, ipVal, org, footer, role, server, nears,
  csv, xlsx, zip, mbox, pdfLines, jsonText, txt, put, date, dotDate, hhmm, hms, isoTs, kr, num, safe, alnum, hex, uuid, street, postcode, CITIES,
  rfcDate, mboxDate, cp1252ok, hdr, quote, toHtml, htmlToText, LONE, LOOKALIKE, iban, p2, ocr, letters } from './core.mjs';

const O = (rng) => org(rng, { name: 'Skafferiet Hem AB', domain: 'skafferiet.se', area: '8', roles: ['kundservice', 'info', 'noreply', 'leverans', 'ekonomi'] });
const PRODUCTS = ['Mjölk 3% 1,5 l', 'Havredryck Barista', 'Bananer eko 1 kg', 'Kycklingfilé 900 g', 'Laxfilé 4-p', 'Ägg 12-p frigående', 'Smör normalsaltat 500 g', 'Kaffe mellanrost 450 g',
  'Gurka', 'Tomater på kvist', 'Pasta penne 1 kg', 'Riven ost 150 g', 'Fil 1 l', 'Blöjor strl 4', 'Tvättmedel color', 'Avokado 2-p', 'Falukorv 800 g', 'Knäckebröd råg', 'Yoghurt vanilj', 'Bröd limpa',
  'Kalle Anka-tårta', 'Prinsesstårta', 'Janssons frestelse fryst', 'Karl-Johan-svamp torkad', 'Oskars Smörbakelse'];
const EAN = (rng) => safe(() => `73${rng.digits(11)}`);
const doorCode = (rng) => rng.pick([() => `${rng.int(1000, 9999)}`, () => `#${rng.int(1000, 9999)}`, () => `${rng.int(1000, 9999)}*`, () => `${rng.int(10, 99)}-${rng.int(10, 99)}`, () => `Portkod ${rng.int(1000, 9999)}`])();
const orderNo = (rng) => `SK-${num(rng, 7)}`;
const reg = (rng) => `${letters(rng, 3)} ${rng.int(10, 99)}${rng.pick(['A', 'B', 'C', 'D', 'E', 'F', '0', '1', '5', '9'])}`;

export default function build(C) {
  const g = new Rng('mat/org'); const o = O(g);
  const staff = people(g, 14, { middle: 0 });
  const drivers = people(g, 22, { middle: 0 });
  orders(C, o); substitutions(C, o, staff); driverLog(C, o, drivers); complaints(C, o, staff); complaintMail(C, o, staff); chat(C, o, staff);
  rota(C, o, drivers); sms(C, o, drivers); access(C, o); refunds(C, o, staff); notes(C, o, staff, drivers); creditNotes(C, o, staff); deviations(C, o, drivers, staff);
}

function orders(C, o) {
  const file = 'mat/orderexport_2026-10.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [[`Skafferiet Hem AB - Orderexport 2026-10-01 -- 2026-10-31 (utskriven ${dotDate('2026-11-02')})`], [],
    ['Ordernr', 'Orderdatum', 'Kundnr', 'Förnamn', 'Efternamn', 'Mobil', 'E-post', 'Leveransadress', 'Postnr', 'Ort', 'Portkod', 'Leveransfönster', 'Belopp', 'Betalsätt', 'Meddelande till bud']];
  const folk = crowd(rng, 180, { cp1252: true });
  for (const p of folk) {
    const d = date(rng, '2026-10-01', '2026-10-31');
    C.joined(file, p.given, p.last);
    const ph = rng.chance(0.93) ? T(R, 'phone', phone(rng, 'mobile', rng.weighted([['compact', 40], ['grouped', 25], ['intl', 15], ['e164', 10], ['dash', 10]]))) : '';
    const em = rng.chance(0.9) ? T(R, 'email', email(rng, p)) : '';
    const pc = nm.postcode(postcode(rng));
    const code = rng.chance(0.55) ? nm.id('door-code', doorCode(rng)) : '';
    const msg = rng.weighted([['', 60], ['lämna vid dörren', 8], ['ring på, hunden skäller men är snäll', 3], ['ring när ni är utanför', 6], ['knacka, ringklockan trasig', 3], ['grannen tar emot', 4], ['OTHER', 6], ['PH', 4], ['LONE', 3]]);
    let m = msg;
    if (msg === 'OTHER') { const q = person(rng, { cp1252: true, middle: 0 }); m = `om ingen öppnar lämna till ${NM(R, q, 'full', 'running-text')} i lgh 1102`; }
    if (msg === 'PH') { m = `ring min man på ${T(R, 'phone', phone(rng, 'mobile'))} om jag inte svarar`; }
    if (msg === 'LONE') { m = `fråga efter ${nm.lone(rng.pick(LONE))} i receptionen`; }
    rows.push([nm.id('order-number', orderNo(rng)), d, nm.id('customer-number', num(rng, 6)), p.given, p.last, ph, em, street(rng), pc, rng.pick(CITIES), code,
      `${hhmm(rng, 8, 13)}-${hhmm(rng, 14, 21)}`, nm.amount(`${kr(rng, 290, 3400)}`), rng.pick(['Kort', 'Swish', 'Faktura', 'Kort', 'Klarna']), m]);
  }
  rows.push([], [footer(R, o, ['orgnr', 'switchboard', 'service'])]);
  put(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}

function substitutions(C, o, staff) {
  const file = 'mat/plock/substitutions_v46.ndjson'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const lines = [];
  const folk = crowd(rng, 30);
  for (const p of folk) {
    const d = date(rng, '2026-11-09', '2026-11-15');
    const picker = rng.pick(staff);
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) {
      const a = rng.pick(PRODUCTS); const b = rng.pick(PRODUCTS);
      if (/Kalle Anka|Karl-Johan|Oskars|Janssons/.test(a)) nm.look('product', a.replace(/ (fryst|torkad)$/, ''));
      if (/Kalle Anka|Karl-Johan|Oskars|Janssons/.test(b)) nm.look('product', b.replace(/ (fryst|torkad)$/, ''));
      const ev = { ts: isoTs(rng, d), event: 'substitution.proposed', order_id: nm.id('order-number', orderNo(rng)), store: 'DC Årsta',
        customer: i === 0 || rng.chance(0.5) ? { id: nm.id('customer-number', num(rng, 6)), display_name: NM(R, p, i === 0 ? 'full' : 'short'), msisdn: T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'plain46', 'e164']))) } : { id: num(rng, 6) },
        line: { ean: nm.id('ean', EAN(rng)), name: a, qty: rng.int(1, 4) }, replacement: { ean: EAN(rng), name: b, price_diff: kr(rng, -30, 45).replace(',', '.') },
        picker: { id: `P${rng.int(100, 999)}`, name: NM(R, picker, 'short', 'staff') },
        decision: rng.pick(['accepted', 'rejected', 'timeout', 'accepted']) };
      if (rng.chance(0.08)) ev.customer_comment = `nej tack, ${rng.pick(['vill inte ha', 'ta bort'])} ${b.toLowerCase()} /${p.first}`;
      if (ev.customer_comment) nm.lone(p.first);
      lines.push(JSON.stringify(ev));
    }
  }
  put(C, file, txt(`${lines.join('\n')}\n`));
}

function driverLog(C, o, drivers) {
  const file = 'mat/bud/driverapp_2026-11-18.log'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = [];
  const folk = crowd(rng, 150);
  let t = 6 * 3600;
  for (const p of folk) {
    t += rng.int(20, 140);
    const ts = `2026-11-18T${p2(Math.floor(t / 3600) % 24)}:${p2(Math.floor(t / 60) % 60)}:${p2(t % 60)}.${rng.digits(3)}+01:00`;
    const d = rng.pick(drivers);
    const route = `R-${rng.int(100, 180)}`;
    const lat = `59.${rng.digits(5)}`; const lon = `18.${rng.digits(5)}`;
    const k = rng.weighted([['deliv', 50], ['arrive', 18], ['fail', 8], ['sms', 14], ['login', 5], ['photo', 5]]);
    if (k === 'deliv') L.push(`${ts} INFO  [delivery] route=${route} stop=${rng.int(1, 24)} driver="${NM(R, d, 'full', 'staff')}" order=${nm.id('order-number', orderNo(rng))} status=DELIVERED recipient="${NM(R, p, rng.chance(0.2) ? 'lower' : 'full', 'log-user')}" gps=${lat},${lon} door=${nm.id('door-code', `${rng.int(1000, 9999)}`)}`);
    else if (k === 'arrive') L.push(`${ts} DEBUG [geofence] route=${route} vehicle=${nm.id('vehicle-reg', reg(rng))} enter stop=${rng.int(1, 24)} eta_delta=${rng.int(-9, 25)}m`);
    else if (k === 'fail') L.push(`${ts} WARN  [delivery] route=${route} order=${orderNo(rng)} status=NOT_HOME customer_phone=${T(R, 'phone', phone(rng, 'mobile', 'plain46'))} note="ringt 2 ggr, inget svar, lämnat lapp" driver_id=D${rng.int(10, 99)}`);
    else if (k === 'sms') L.push(`${ts} INFO  [notify] template=ETA_15 to=${T(R, 'phone', phone(rng, 'mobile', rng.pick(['plain46', 'e164'])))} vars={"fnamn":"${nm.lone(p.first)}","eta":"${hhmm(rng)}"} gw_ref=${hex(rng, 12)}`);
    else if (k === 'login') L.push(`${ts} INFO  [auth] driver login ok user=${workEmail(d, 'bud.skafferiet.se')} device=${nm.id('imei', safe(() => `35${rng.digits(13)}`))} ip=${T(R, 'ip', ipVal(rng, [['cg', 60], ['pub', 30], ['v6', 10]]))}`) && R.t('email', workEmail(d, 'bud.skafferiet.se'), 'staff-work');
    else L.push(`${ts} INFO  [pod] uploaded proof-of-delivery photo=IMG_${rng.digits(4)}.jpg size=${rng.int(200, 900)}kB order=${orderNo(rng)}`);
  }
  L.push(`2026-11-18T22:00:01.000+01:00 INFO  [sync] upload to ${server(R, o)} done, ${L.length} events`);
  put(C, file, txt(`${L.join('\n')}\n`));
}

const COMPLAINTS = ['fick fel vara, beställde {a} men fick {b}', 'mjölken var sur och datumet passerat', 'budet kom 2 timmar sent och ringde inte', 'kassen med frysvaror saknades helt',
  'äggen var krossade, hela kassen kladdig', 'ni har dragit pengar två gånger', 'budet parkerade på gräsmattan och körde sönder den', 'fick någon annans kasse', 'rabattkoden funkade inte'];

function complaints(C, o, staff) {
  const file = 'mat/zendesk/tickets_export_2026-11.json'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const tickets = [];
  const folk = crowd(rng, 16);
  let id = 81230;
  for (const p of folk) {
    id += rng.int(1, 9);
    const agent = rng.pick(staff);
    const d = date(rng, '2026-10-20', '2026-11-22');
    const em = T(R, 'email', email(rng, p));
    const what = rng.pick(COMPLAINTS).replace('{a}', rng.pick(PRODUCTS).toLowerCase()).replace('{b}', rng.pick(PRODUCTS).toLowerCase());
    const ord = nm.id('order-number', orderNo(rng));
    const sloppy = rng.chance(0.4);
    const body = sloppy ? `hej ${what}!! order ${ord}\n${rng.chance(0.5) ? `ring mig ${T(R, 'phone', phone(rng, 'mobile'))}` : ''}\n/${nm.lone(p.first)}`
      : `Hej,\n\nJag vill reklamera min leverans (order ${ord}). ${what[0].toUpperCase()}${what.slice(1)}.\n\nMed vänlig hälsning\n${NM(R, p, 'full', 'signature')}\n${rng.chance(0.6) ? T(R, 'phone', phone(rng)) : ''}`;
    const comments = [{ id: Number(num(rng, 11)), type: 'Comment', author_id: Number(num(rng, 12)), public: true, body, created_at: isoTs(rng, d), via: { channel: 'email', source: { from: { address: em, name: NM(R, p, 'full', 'header-display') } } } }];
    const reply = `Hej ${nm.lone(p.first)}!\n\nTack för att du hörde av dig och förlåt för strulet. Vi har krediterat ${nm.amount(`${kr(rng, 29, 450)} kr`)} till ditt konto, återbetalningen syns inom 3-5 bankdagar.\n\nVänliga hälsningar\n${NM(R, agent, 'short', 'staff')}\nKundservice, Skafferiet Hem\n${role(R, o)} | ${R.n('phone', 'switchboard', o.switchboard)}`;
    comments.push({ id: Number(num(rng, 11)), type: 'Comment', author_id: Number(num(rng, 12)), public: true, body: reply, created_at: isoTs(rng, d) });
    if (rng.chance(0.35)) {
      const inner = rng.pick([
        () => `ringde kund, ${NM(R, p, 'lower', 'lower')} bekräftar att hen var hemma. budet ${NM(R, rng.pick(staff), 'short', 'staff')} säger annat. eskalerar till TL`,
        () => `kund vill ha faktura, pnr ${T(R, 'personnummer', pnr(rng, { old: rng.chance(0.25) }))} enl. kund. skickat till ekonomi`,
        () => `kolla ${nm.id('customer-number', `kundnr ${num(rng, 6)}`)} - dubbeldebitering? ref ${nm.id('payment-ref', alnum(rng, 14))}`,
        () => `obs grannen ${NM(R, person(rng, { middle: 0 }), 'full', 'running-text')} tog emot kassen enl budet`,
      ])();
      comments.push({ id: Number(num(rng, 11)), type: 'Comment', public: false, body: inner, created_at: isoTs(rng, d) });
    }
    tickets.push({ id, url: `https://skafferiet.zendesk.com/api/v2/tickets/${id}.json`, created_at: isoTs(rng, d), subject: `Reklamation order ${ord}`, status: rng.pick(['solved', 'closed', 'pending', 'open']),
      requester: { name: NM(R, p, rng.chance(0.1) ? 'caps' : 'full', 'requester'), email: em }, assignee: { name: NM(R, agent, 'full', 'staff'), email: R.t('email', workEmail(agent, 'skafferiet.se'), 'staff-work') },
      tags: ['reklamation', rng.pick(['fel_vara', 'sen_leverans', 'kvalitet', 'betalning'])], custom_fields: [{ id: 360011223344, value: ord }, { id: 360011223345, value: rng.pick(['Årsta', 'Mölndal', 'Malmö Syd']) }],
      satisfaction_rating: { score: rng.pick(['good', 'bad', 'offered', 'unoffered']) }, comments });
  }
  put(C, file, txt(jsonText({ tickets, count: tickets.length, next_page: null }, 1)));
}

function complaintMail(C, o, staff) {
  const file = 'mat/mail/kundservice_inkorg.mbox'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const msgs = [];
  const folk = people(rng, 30);
  for (const p of folk) {
    const d = date(rng, '2026-10-01', '2026-11-22'); const time = `${hhmm(rng)}:${p2(rng.int(0, 59))}`;
    const addr = email(rng, p).value;
    const agent = rng.pick(staff);
    const ord = nm.id('order-number', orderNo(rng));
    const kind = rng.weighted([['plain', 4], ['reply', 3], ['fwd', 2], ['en', 1]]);
    let text; let subject; let from; let to;
    if (kind === 'en') {
      from = hdr(R, p, addr); to = [['', role(R, o)]];
      subject = `Missing items in order ${ord}`;
      text = `Hi,\n\nI'm writing about my delivery yesterday. Two bags were missing (frozen goods). The driver said they were "on the way" but nobody came.\nPlease call me on ${T(R, 'phone', phone(rng, rng.chance(0.5) ? 'foreign' : 'mobile'))} or reply here.\n\nKind regards,\n${NM(R, p, 'full', 'signature')}`;
    } else if (kind === 'fwd') {
      const partner = kin(rng, p);
      const paddr = email(rng, partner).value;
      from = hdr(R, partner, paddr); to = [['', role(R, o)]];
      subject = `VB: Orderbekräftelse ${ord}`;
      text = `Hej! Skickar vidare, det är min sambo ${NM(R, p, 'full', 'running-text')} som beställde men jag som tar emot. Vi fick fel kasse.\n${NM(R, partner, 'short', 'signature')}\n\n-------- Vidarebefordrat meddelande --------\nFrån: Skafferiet Hem <${role(R, o, 2)}>\nDatum: ${dotDate(d)} ${hhmm(rng)}\nTill: ${NM(R, p, 'full', 'header-display')} <${R.t('email', addr, 'forwarded')}>\nÄmne: Orderbekräftelse ${ord}\n\nHej ${nm.lone(p.first)}!\nTack för din beställning. Leverans ${dotDate(d)} mellan ${hhmm(rng, 8, 12)} och ${hhmm(rng, 13, 20)}.\nPortkod: ${nm.id('door-code', doorCode(rng))}\nTelefon: ${T(R, 'phone', phone(rng, 'mobile'))}\nAtt betala: ${nm.amount(`${kr(rng, 300, 2500)} kr`)}\n`;
    } else if (kind === 'reply') {
      from = hdr(R, p, addr, { style: rng.chance(0.2) ? 'surname-first' : 'full' }); to = [[`Skafferiet Kundservice`, role(R, o)]];
      subject = `SV: Ärende #${nm.id('case-number', num(rng, 5))} - ${rng.pick(['reklamation', 'återbetalning', 'sen leverans'])}`;
      const prev = `Hej ${nm.lone(p.first)},\n\nVi beklagar! Kan du skicka en bild på varorna?\n\nMvh ${agent.first}\nSkafferiet Hem Kundservice\n${footer(R, o, ['switchboard', 'service'])}`;
      nm.lone(agent.first);
      text = `Här kommer bilderna för ${ord}. Och nej, jag vill inte ha ett presentkort, jag vill ha pengarna tillbaka till kontot.\n\n${rng.chance(0.5) ? `${NM(R, p, 'full', 'signature')}\n${T(R, 'phone', phone(rng))}` : `/${nm.lone(p.first)}`}\n\nDen ${dotDate(d)} skrev ${NM(R, agent, 'full', 'staff')} <${R.t('email', workEmail(agent, 'skafferiet.se'), 'staff-work')}>:\n${quote(prev)}`;
    } else {
      from = hdr(R, p, addr, { style: rng.chance(0.15) ? 'caps' : 'full' }); to = [['', role(R, o)]];
      subject = rng.pick(['Reklamation', 'Fel vara!!', 'Dubbeldragning', 'Klagomål på bud', `Order ${ord}`]);
      text = `Hej\n\n${rng.pick(COMPLAINTS).replace('{a}', 'mellanmjölk').replace('{b}', 'lättmjölk')}. Ordernummer ${ord}.\nMitt namn är ${NM(R, p, 'full', 'running-text')} och jag bor på ${street(rng)}, portkod ${nm.id('door-code', doorCode(rng))}.\n${rng.chance(0.4) ? `Ni kan nå mig på ${T(R, 'phone', phone(rng))}.\n` : ''}${rng.chance(0.15) ? `Fakturan ska gå på mitt personnummer ${T(R, 'personnummer', pnr(rng, { old: rng.chance(0.3) }))}.\n` : ''}\nHälsningar\n${NM(R, p, rng.chance(0.2) ? 'lower' : 'short', 'signature')}`;
    }
    const m = { from, to, subject, date: rfcDate(d, time), mboxDate: mboxDate(d, time), id: `${hex(rng, 16)}@${rng.pick(['mail.gmail.com', 'outlook.com', 'icloud.com'])}`, text,
      enc: rng.pick(['qp', 'b64', '8bit', 'qp']), hdrMode: rng.pick(['Q', 'B']) };
    if (rng.chance(0.35)) { m.html = toHtml(text); m.htmlText = htmlToText(m.html); }
    msgs.push(m);
  }
  put(C, file, mbox(msgs));
}

function chat(C, o, staff) {
  const file = 'mat/chatt/webchat_transcripts_nov.txt'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const out = [];
  const folk = crowd(rng, 45);
  for (const p of folk) {
    const d = date(rng, '2026-11-01', '2026-11-23'); let t = rng.int(8 * 60, 21 * 60);
    const ts = () => { t += rng.int(0, 3); return `${p2(Math.floor(t / 60))}:${p2(t % 60)}`; };
    const agent = rng.pick(staff);
    const ip = T(R, 'ip', ipVal(rng));
    out.push(`==== Konversation ${nm.id('conversation-id', hex(rng, 24))} | ${d} | besökare ${ip} | ${rng.pick(['Chrome 131 / Windows', 'Safari iOS 18.1', 'Skafferiet-app 4.12.0 (Android 15)'])} ====`);
    const sp = rng.chance(0.7) ? NM(R, p, rng.chance(0.15) ? 'lower' : 'full', 'chat-speaker') : 'Besökare';
    out.push(`[${ts()}] Bot: Hej! Vad kan jag hjälpa dig med? Skriv ditt ordernummer så tittar jag.`);
    out.push(`[${ts()}] ${sp}: ${nm.id('order-number', orderNo(rng))} ${rng.pick(['var är budet??', 'fick inte mina varor', 'kan jag ändra leveranstid', 'vill lägga till en sak'])}`);
    out.push(`[${ts()}] Bot: Jag kopplar dig till en medarbetare.`);
    out.push(`[${ts()}] ${NM(R, agent, 'short', 'chat-speaker')} (Skafferiet): Hej${rng.chance(0.5) ? ` ${nm.lone(p.first)}` : ''}! Jag heter ${nm.lone(agent.first)}, ska kolla direkt.`);
    const x = rng.weighted([['ph', 4], ['em', 3], ['pnr', 1], ['none', 3], ['other', 1]]);
    if (x === 'ph') out.push(`[${ts()}] ${sp}: budet kan ringa ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'spaced', 'slash', 'dots'])))}`);
    if (x === 'em') out.push(`[${ts()}] ${sp}: skicka kvittot till ${T(R, 'email', email(rng, p))} tack`);
    if (x === 'pnr') out.push(`[${ts()}] ${sp}: mitt personnr är ${T(R, 'personnummer', pnr(rng, { style: rng.pick(['short', 'compact', 'long']) }))} om ni behöver för fakturan`);
    if (x === 'other') { const q = person(rng, { middle: 0 }); out.push(`[${ts()}] ${sp}: det är min mamma ${NM(R, q, 'full', 'running-text')} som står på ordern, hon har ${T(R, 'phone', phone(rng, 'landline'))}`); }
    out.push(`[${ts()}] ${agent.first} (Skafferiet): ${rng.pick(['Budet är ca 20 min sent, ber om ursäkt!', 'Jag har lagt till det på ordern.', 'Ändrat till kvällsfönstret 18-20.', 'Krediterar de saknade varorna.'])}`);
    out.push(`[${ts()}] ${sp}: ${rng.pick(['ok tack', 'tack!', 'super', 'ok men detta händer varje gång', 'thanks'])}`, '');
  }
  put(C, file, txt(out.join('\n'), { crlf: true }));
}

function rota(C, o, drivers) {
  const file = 'mat/bud/forarschema_v47-48.xlsx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const extra = people(rng, 25, { middle: 0.05 });
  const all = [...drivers, ...extra];
  const contact = [['Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post privat', 'Anhörig', 'Anhörig tel', 'Körkortsbehörighet', 'Bil']];
  for (const d of all) {
    C.joined(file, d.given, d.last, 'split-joined');
    const rel = kin(rng, d);
    contact.push([d.given, d.last, T(R, 'personnummer', pnr(rng, { minYear: 1960, maxYear: 2004, samord: rng.chance(0.08) })), T(R, 'phone', phone(rng, 'mobile')), T(R, 'email', email(rng, d)),
      NM(R, rel, 'full', 'relative'), T(R, 'phone', phone(rng)), rng.pick(['B', 'B, C1', 'B, BE', 'C']), nm.id('vehicle-reg', reg(rng))]);
  }
  const week = (w) => {
    const rows = [[`Vecka ${w}`, 'Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön']];
    for (const d of all) rows.push([NM(R, d, rng.chance(0.5) ? 'surname-first' : 'short', 'staff'), ...Array.from({ length: 7 }, () => rng.pick(['06-14', '14-22', 'L', 'L', '10-18', 'SJ', 'SEM', '']))]);
    rows.push([], ['L = ledig, SJ = sjuk, SEM = semester'], [`Frågor: ${R.n('phone', 'switchboard', o.switchboard)} eller ${role(R, o, 3)}`]);
    return rows;
  };
  put(C, file, xlsx([{ name: 'Vecka 47', rows: week(47) }, { name: 'Vecka 48', rows: week(48) }, { name: 'Kontaktlista', rows: contact }], { creator: NM(R, drivers[0], 'full', 'xlsx-creator') }));
}

function sms(C, o, drivers) {
  const file = 'mat/sms/gateway_outbound_2026-11.log'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = ['# provider=LinkMobility-like account=skafferiet sender=Skafferiet short=72160', '# ts\tmsisdn\tstatus\tparts\ttext'];
  nm.id('short-code', '72160');
  const folk = crowd(rng, 200);
  for (const p of folk) {
    const d = date(rng, '2026-11-01', '2026-11-23');
    const t = rng.weighted([['eta', 5], ['conf', 4], ['code', 2], ['sub', 2], ['late', 1]]);
    let text;
    if (t === 'eta') text = `Hej ${nm.lone(p.first)}! Ditt bud ${nm.lone(rng.pick(drivers).first)} är framme ca ${hhmm(rng)}. Följ leveransen: https://skaf.se/t/${alnum(rng, 8)}`;
    else if (t === 'conf') text = `Tack för din order ${nm.id('order-number', orderNo(rng))}! Leverans ${dotDate(d)} ${hhmm(rng, 8, 12)}-${hhmm(rng, 14, 21)}. Mvh Skafferiet`;
    else if (t === 'code') text = `Din engångskod är ${nm.id('otp', String(rng.int(100000, 999999)))}. Dela den inte med någon.`;
    else if (t === 'sub') text = `Vi saknar ${rng.pick(PRODUCTS)}. Svara JA för ersättningsvara eller NEJ.`;
    else text = `Hej ${NM(R, p, 'short', 'sms-text')}, vi är tyvärr försenade ca 30 min. Ring ${R.n('phone', 'service-line', o.service)} vid frågor.`;
    L.push(`${d} ${hms(rng)}\t${T(R, 'phone', phone(rng, 'mobile', rng.chance(0.8) ? 'plain46' : 'e164'))}\t${rng.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'FAILED', 'EXPIRED'])}\t1\t${text}`);
  }
  put(C, file, txt(`${[...L.slice(0, 2), ...L.slice(2).sort()].join('\n')}\n`));
}

function access(C, o) {
  const file = 'mat/web/access_shop_2026-11-20.log'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = [];
  const folk = crowd(rng, 90);
  const UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Skafferiet/4.12.0 (Android 15; SM-S921B)', 'okhttp/4.12.0'];
  for (let i = 0; i < 170; i++) {
    const ip = rng.chance(0.06) ? server(R, o, 1) : T(R, 'ip', ipVal(rng, [['pub', 72], ['v6', 18], ['cg', 10]]));
    const t = `20/Nov/2026:${hms(rng)} +0100`;
    const path = rng.weighted([['/api/v3/cart', 20], ['/api/v3/slots?zip=' + rng.int(10000, 98499), 10], ['/produkter/mejeri', 10], ['/api/v3/orders/' + num(rng, 7), 8], ['LOGIN', 4], ['/static/app.' + hex(rng, 8) + '.js', 10], ['/kassa', 6]]);
    let p = path;
    if (path === 'LOGIN') { const q = rng.pick(folk); p = `/api/v3/login?user=${T(R, 'email', email(rng, q))}`; }
    L.push(`${ip} - - [${t}] "${rng.pick(['GET', 'GET', 'POST'])} ${p} HTTP/2.0" ${rng.pick([200, 200, 200, 204, 302, 401, 404])} ${rng.int(120, 48000)} "https://www.skafferiet.se/" "${rng.pick(UA)}" rt=${(rng.int(3, 900) / 1000).toFixed(3)}`);
  }
  put(C, file, txt(`${L.join('\n')}\n`));
}

function refunds(C, o, staff) {
  const file = 'mat/ekonomi/aterbetalningar_okt-nov.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['refund_id', 'created', 'order_no', 'customer_name', 'method', 'swish_number', 'clearing', 'account', 'iban', 'amount_sek', 'reason', 'approved_by', 'comment']];
  const folk = crowd(rng, 170);
  for (const p of folk) {
    const m = rng.weighted([['swish', 5], ['card', 4], ['bank', 2], ['iban', 1]]);
    const by = rng.pick(staff);
    const comment = rng.weighted([['', 6], ['LINE', 2], ['PNR', 1], ['COID', 1]]);
    let c = '';
    if (comment === 'LINE') c = `Kunden ringde igen ${dotDate(date(rng))}.\nVill ha pengarna till sin ${rng.pick(['sambo', 'son', 'dotter'])}s konto istället - nej, policy.`;
    if (comment === 'PNR') c = `ID-kontroll: pnr ${T(R, 'personnummer', pnr(rng))} stämmer med BankID`;
    if (comment === 'COID') c = `Företagskund, org.nr ${nm.orgnr()}`;
    rows.push([nm.id('refund-id', `RF${num(rng, 6)}`), `${date(rng, '2026-10-01', '2026-11-23')} ${hhmm(rng)}`, nm.id('order-number', orderNo(rng)), NM(R, p, rng.chance(0.25) ? 'surname-first' : 'full'), m,
      m === 'swish' ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'e164']))) : '',
      m === 'bank' ? nm.id('clearing', `${rng.int(3000, 8499)}`) : '', m === 'bank' ? nm.id('account-number', safe(() => `${rng.int(1, 9)}${rng.digits(rng.int(6, 9))}`)) : '',
      m === 'iban' ? nm.id('iban', iban(rng)) : '', kr(rng, 19, 1600).replace(',', '.'), rng.pick(['saknad vara', 'kvalitet', 'sen leverans', 'dubbeldragning', 'goodwill']), workEmail(by, 'skafferiet.se'), c]);
    R.t('email', workEmail(by, 'skafferiet.se'), 'staff-work');
  }
  rows.push(['', '', '', '', '', R.n('phone', 'swish-merchant', `123${rng.digits(7)}`), '', '', '', '', 'Skafferiets Swish Företag', '', '']);
  put(C, file, csv(rows, { sep: ',' }));
}

function notes(C, o, staff, drivers) {
  const file = 'mat/kundservice/anteckningar_tl.txt'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const out = ['ANTECKNINGAR TEAMLEDARE KUNDSERVICE – intern, ej till kund', ''];
  const folk = crowd(rng, 170);
  for (const p of folk) {
    const d = date(rng, '2026-10-15', '2026-11-23');
    const who = rng.pick(staff);
    const n = rng.pick([
      () => `${dotDate(d)} ${who.first.slice(0, 1).toLowerCase()}${who.last.slice(0, 1).toLowerCase()}: ringde ${NM(R, p, rng.chance(0.3) ? 'lower' : 'short', 'running-text')} ang ${nm.id('order-number', orderNo(rng))}, portkod ${nm.id('door-code', `${rng.int(1000, 9999)}`)} funkar ej, ny kod enl. kund ${nm.id('door-code', `${rng.int(1000, 9999)}`)}. uppdaterat.`,
      () => `${dotDate(d)} pratat m ${NM(R, rng.pick(drivers), 'short', 'staff')} (bud) - säger att ${NM(R, p, 'full', 'running-text')} inte öppnade. kund säger motsatsen. kollat gps, budet var där ${hhmm(rng)}.`,
      () => `${d}: ${NM(R, p, 'surname-first', 'surname-first')} tel ${T(R, 'phone', phone(rng))} - vill avsluta konto + radera uppgifter (GDPR). skickat till DPO.`,
      () => `${d} kund ${NM(R, p, 'caps', 'caps')} hotfull i telefon, spärrad för leverans. ${rng.chance(0.5) ? `mejl ${T(R, 'email', email(rng, p))}` : ''}`,
      () => `${dotDate(d)} ${nm.lone(who.first)}: återbetalt ${nm.amount(`${kr(rng, 40, 900)} kr`)} till ${NM(R, p, 'short', 'running-text')}, swish ${T(R, 'phone', phone(rng, 'mobile', 'compact'))}`,
      () => `${dotDate(d)} obs! leveransadress ${nm.look('street', rng.pick(LOOKALIKE.street))} ${rng.int(1, 40)} - inte samma som ${p.last} tror. ${nm.surname(p.last)}`,
      () => `${dotDate(d)} ${nm.lone(p.first)} ringde igen (3:e ggn), vill prata med chef. hänvisat till ${NM(R, who, 'full', 'staff')}.`,
      () => `${dotDate(d)} åldersktrl misslyckades för ${NM(R, p, 'short', 'running-text')} (${T(R, 'personnummer', pnr(rng, { minYear: 2007, maxYear: 2010 }))}) - nikotinprod. borttagna från order.`,
      () => `${dotDate(d)} bud hittade ej adressen, ${nm.lookalike('place')} är inte ${nm.lookalike('street')}. kund ${NM(R, p, 'lower', 'lower')} meddelad.`,
    ])();
    out.push(n);
  }
  put(C, file, txt(`${out.join('\n')}\n`));
}

function creditNotes(C, o, staff) {
  const file = 'mat/ekonomi/kreditnotor_nov.pdf'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const lines = [];
  const folk = crowd(rng, 18, { cp1252: true });
  for (const p of folk) {
    const d = date(rng, '2026-11-01', '2026-11-23');
    lines.push({ text: 'KREDITNOTA', size: 14, bold: true }, `Skafferiet Hem AB   Org.nr ${nm.orgnr()}`, `Kreditnota nr ${nm.id('invoice-number', `K${num(rng, 6)}`)}   Datum ${nm.date(d)}`,
      `Kund: ${NM(R, p, rng.chance(0.2) ? 'caps' : 'full', 'pdf')}`, `${street(rng)}, ${nm.postcode(postcode(rng))} ${rng.pick(CITIES)}`,
      `Kundnummer ${nm.id('customer-number', num(rng, 6))}   Avser order ${nm.id('order-number', orderNo(rng))}`);
    for (let i = 0; i < rng.int(1, 4); i++) lines.push(`  ${rng.pick(PRODUCTS).replace(/[^\x20-\xff]/g, '')}   -${kr(rng, 15, 120)} kr`);
    lines.push(`Att återfå: ${nm.amount(`${kr(rng, 30, 700)} kr`)}   OCR ${nm.id('ocr', ocr(rng, 12))}`, `Handläggare: ${NM(R, rng.pick(staff.filter((x) => cp1252ok(x.full))), 'short', 'staff')}`, `Frågor? ${R.n('phone', 'service-line', o.service)}  ${role(R, o, 4)}`, '', '');
  }
  put(C, file, pdfLines(lines, { per: 48, title: 'Kreditnotor november 2026' }));
}

function deviations(C, o, drivers, staff) {
  const file = 'mat/bud/avvikelser_export.zip'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const entries = []; const texts = [];
  for (let k = 0; k < 6; k++) {
    const d = date(rng, '2026-11-01', '2026-11-23');
    const lines = [`AVVIKELSERAPPORT ${d} – Hub ${rng.pick(['Årsta', 'Bromma', 'Mölndal'])}`, ''];
    for (let i = 0; i < 14; i++) {
      const dr = rng.pick(drivers); const p = person(rng, { middle: 0 });
      lines.push(rng.pick([
        () => `- ${NM(R, dr, 'full', 'staff')}: kund ${NM(R, p, 'full', 'running-text')} ej hemma, kasse åter till hub. Kyl ok.`,
        () => `- Bil ${nm.id('vehicle-reg', reg(rng))} (${NM(R, dr, 'short', 'staff')}) punktering ${hhmm(rng)}, ${rng.int(3, 9)} leveranser omfördelade.`,
        () => `- Fel kasse levererad till ${NM(R, p, 'surname-first', 'surname-first')}, rätt mottagare ${NM(R, person(rng, { middle: 0 }), 'full', 'running-text')} tel ${T(R, 'phone', phone(rng, 'mobile'))}.`,
        () => `- Hund bet budet i byxbenet hos ${NM(R, p, 'short', 'running-text')}, ingen skada. Anmält till ${NM(R, rng.pick(staff), 'short', 'staff')}.`,
        () => `- Portkod ${nm.id('door-code', doorCode(rng))} fel i systemet, kund ${nm.lone(p.first)} ringd.`,
      ])());
    }
    const s = lines.join('\n'); texts.push(s);
    entries.push({ name: `avvikelser/${d}_${k}.txt`, data: s });
  }
  const readme = `Export från TMS ${hex(rng, 6)}. Kontakt: ${role(R, o, 3)}`; texts.push(readme);
  entries.push({ name: 'LASMIG.txt', data: readme });
  C.put(file, zip(entries), texts.join('\n'));
}
