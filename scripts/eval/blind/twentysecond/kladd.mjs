// Klädloopen — an online second-hand clothing marketplace: sellers (handles, BankID-verified), account events,
// payouts, disputes in a Zendesk export, in-app chat flagged by trust & safety, Intercom conversations, courier
// tracking, shipping labels, support mail, an HTML-only return mail, a review page, a fraud investigation, the API log.
import { Rng, ctx, org, people, staff, kin, cp1252ok, csv, xlsx, docx, mbox, rfcDate, footer, pdfLines, jsonOut, textOut, ndjson, htmlEml, htmlEsc, htmlToText,
  date, hhmm, hms, num, letters, alnum, amount, CITIES, LONE, LOOKALIKE, p2, svDate, uuid, UA, ocr, ibanSE, clearing, account, mac, hex } from './core.mjs';

const D = 'kladloopen.se';
const O = org(new Rng('kladd/org'), { name: 'Klädloopen AB', domain: D, area: '8', roles: ['hjalp', 'info', 'noreply', 'trust', 'utbetalning'] });
const AG = staff(new Rng('kladd/agents'), 8, D, { minYear: 1985, maxYear: 2003 });
const U = people(new Rng('kladd/users'), 300, { minYear: 1960, maxYear: 2008 }).map((p, i) => {
  const r = new Rng(`kladd/handle/${i}`);
  const base = p.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') || 'user';
  return { ...p, handle: `${r.pick([base, `${base}s`, 'vintage', 'loppis', 'garderob', 'retro'])}${r.pick(['_', '.', ''])}${r.pick([p.last[0].toLowerCase().normalize('NFD').replace(/[^a-z]/g, 'x'), 'closet', 'fynd', 'sthlm', 'gbg', ''])}${r.int(1, 99)}` };
});
const byHandle = (rng) => rng.pick(U);
const cp = (arr) => arr.filter((p) => cp1252ok(p.full));
const orderNo = (rng) => `KL-${num(rng, 8)}`;
const track = (rng) => rng.pick([() => `00370${num(rng, 13)}`, () => `${letters(rng, 2)}${num(rng, 9)}SE`, () => `JJFI${num(rng, 14)}`])();
const ITEMS = ['Jeansjacka Levi\'s', 'Ullkappa Filippa K', 'Sneakers Nike Air Max 90', 'Klänning Acne Studios', 'Stickad tröja Hope', 'Boots Dr. Martens', 'Skjorta Our Legacy', 'Dunjacka Fjällräven', 'Handväska Marimekko'];

function saljare(C) {
  const x = ctx(C, 'kladd/anvandare/saljare_export.csv'); const { rng } = x;
  const rows = [['user_id', 'handle', 'first_name', 'last_name', 'email', 'phone', 'bankid_pnr', 'payout_iban', 'signup_ip', 'created_at', 'items_sold']];
  for (const u of U.slice(0, 170)) {
    const [f, l] = x.join(u.given, u.last);
    rows.push([x.n.id('user-id', String(rng.int(100000, 999999))), x.n.id('handle', u.handle), f, l, x.mail(u), rng.chance(0.8) ? x.tel(u) : '', rng.chance(0.85) ? x.pnr(u, rng.pick(['long', 'long', 'short'])) : rng.chance(0.6) ? x.n.masked() : '',
      rng.chance(0.7) ? x.n.id('iban', ibanSE(rng).replace(/ /g, '')) : '', x.ip(), `${date(rng, '2021-01-01', '2026-11-01')}T${hms(rng)}Z`, rng.int(0, 240)]);
  }
  x.put(csv(rows, { sep: ',', eol: '\n' }));
}

function konton(C) {
  const x = ctx(C, 'kladd/anvandare/kontohandelser.ndjson'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 150; i++) {
    const u = byHandle(rng); const d = date(rng, '2026-10-15', '2026-11-22');
    const ev = rng.pick(['login', 'login', 'password_reset', 'email_changed', 'phone_verified', 'bankid_verified', 'device_added', 'bankid_failed']);
    const o = { ts: `${d}T${hms(rng)}Z`, event: ev, user: x.n.id('handle', u.handle), ip: x.ip(), device: x.n.id('device-id', hex(rng, 16)) };
    if (ev === 'email_changed') { o.old = x.mail(u); o.new = x.t('email', `${u.handle.replace(/[^a-z0-9.]/g, '')}@${rng.pick(['gmail.com', 'hotmail.com', 'icloud.com'])}`, 'personal'); }
    if (ev === 'phone_verified') o.phone = x.tel(u, 'e164');
    if (ev === 'bankid_failed') { o.entered_pnr = rng.chance(0.5) ? x.n.badLuhn() : x.n.badDate(); o.reason = 'invalid_personal_number'; }
    if (ev === 'bankid_verified') { o.name = x.nm(u, 'caps', 'bankid-caps'); o.pnr = x.pnr(u, 'long'); }
    out.push(o);
  }
  x.put(ndjson(out));
}

function utbetalningarCsv(C) {
  const x = ctx(C, 'kladd/utbetalningar/utbetalningar_2026-10.csv'); const { rng } = x;
  const rows = [['Klädloopen AB – utbetalningsfil oktober'], [`Avsändare org.nr ${x.n.orgnr(O.orgnr)}, bankgiro ${x.n.id('bankgiro', O.bg)}`],
    ['Betalningsdatum', 'Mottagare', 'Clearing', 'Konto', 'Belopp', 'Referens', 'Status']];
  for (const u of cp(U).slice(0, 120)) rows.push([x.n.date(date(rng, '2026-10-01', '2026-10-31')), x.nm(u, rng.pick(['caps', 'full', 'surname-first-caps'])), x.n.id('clearing', clearing(rng)), x.n.id('account-number', account(rng)),
    x.n.amount(`${rng.int(40, 4800)},${p2(rng.int(0, 99))}`), x.n.id('ocr', ocr(rng, 12)), rng.pick(['OK', 'OK', 'OK', 'AVVISAD'])]);
  x.put(csv(rows, { sep: ';', enc: 'cp1252' }));
}

function utbetalningarXlsx(C) {
  const x = ctx(C, 'kladd/utbetalningar/utbetalningar_avvikelser.xlsx'); const { rng } = x;
  const av = [['Handle', 'Namn', 'IBAN', 'Belopp', 'Fel', 'Handläggare']];
  for (const u of U.slice(170, 215)) av.push([x.n.id('handle', u.handle), x.nm(u), x.n.id('iban', ibanSE(rng)), rng.int(80, 3000), rng.pick(['Namn matchar ej kontohavare', 'Konto stängt', 'Misstänkt bedrägeri']), x.nm(rng.pick(AG), 'short')]);
  const man = [['Datum', 'Mottagare', 'Personnummer', 'Telefon', 'Belopp', 'Attest']];
  for (const u of U.slice(215, 245)) man.push([date(rng, '2026-10-01', '2026-11-20'), x.nm(u, 'surname-first'), x.pnr(u), x.tel(u), rng.int(100, 5000), x.nm(rng.pick(AG), 'short')]);
  x.put(xlsx([{ name: 'Avvisade', rows: av }, { name: 'Manuella', rows: man }], { creator: x.nm(AG[0], 'full', 'xlsx-creator') }));
}

function zendesk(C) {
  const x = ctx(C, 'kladd/tvister/tvister_zendesk.json'); const { rng } = x;
  const tickets = [];
  for (let i = 0; i < 30; i++) {
    const b = byHandle(rng); const s = byHandle(rng); const a = rng.pick(AG); const d = date(rng, '2026-10-01', '2026-11-22'); const on = orderNo(rng);
    const comments = [
      { author: x.nm(b), public: true, body: rng.pick([() => `Jag köpte ${rng.pick(ITEMS)} av ${x.n.id('handle', s.handle)} men fick fel storlek. Säljaren svarar inte. /${x.nm(b, 'short', 'signature')}`,
        () => `Paketet har aldrig kommit, spårning ${x.n.id('tracking-number', track(rng))} står still sedan ${x.n.date(svDate(d))}.`, () => 'Plagget hade fläckar som inte syntes på bilderna!!'])() },
      { author: x.nm(s), public: true, body: rng.pick([() => `Jag skickade paketet i tid. Mitt namn är ${x.nm(s)} och ni kan nå mig på ${x.tel(s)}.`, () => 'Det stod tydligt i annonsen att det var använt.'])() },
      { author: x.nm(a, 'short'), public: false, body: `Intern: kollat IP ${x.ip()} – samma som konto ${x.n.id('handle', byHandle(rng).handle)}. ${rng.pick([() => 'Ingen koppling.', () => `Eskalerat till ${x.nm(rng.pick(AG), 'short')}.`])()}` },
    ];
    tickets.push({ id: 310000 + i, subject: `Tvist order ${x.n.id('order-number', on)}`, status: rng.pick(['open', 'pending', 'solved']), requester: { name: x.nm(b), email: x.mail(b) },
      assignee: { name: x.nm(a, 'short'), email: x.mail(a) }, custom_fields: [{ id: 36011, value: on }, { id: 36012, value: x.n.amount(`${rng.int(90, 2500)}.00`) }], via: { channel: rng.pick(['web', 'email', 'mobile_sdk']) },
      created_at: `${d}T${hms(rng)}Z`, comments });
  }
  x.put(jsonOut({ tickets, count: tickets.length, next_page: null }));
}

function chatt(C) {
  const x = ctx(C, 'kladd/chatt/meddelanden_flaggade.json'); const { rng } = x;
  const threads = [];
  for (let i = 0; i < 30; i++) {
    const b = byHandle(rng); const s = byHandle(rng); const msgs = [];
    const d = date(rng, '2026-10-20', '2026-11-22');
    for (let k = 0; k < rng.int(3, 7); k++) {
      const me = k % 2 ? s : b;
      msgs.push({ from: x.n.id('handle', me.handle), at: `${d}T${hms(rng)}Z`, text: rng.pick([
        () => 'hej! finns den kvar?', () => 'ja den finns', () => `kan vi köra utanför appen? swisha mig på ${x.tel(me, rng.pick(['compact', 'grouped', 'spaced']))}`,
        () => `jag heter ${x.nm(me, rng.pick(['full', 'lower']), 'self-intro')} btw`, () => `maila ${x.mail(me)} så skickar jag fler bilder`, () => 'ok 👍', () => `kan ${x.n.lone(rng.pick(LONE))} hämta den?`,
        () => 'sänker till 250?', () => `skicka till ${x.nm(kin(rng, me))} istället, min syster`,
      ])() });
    }
    threads.push({ threadId: uuid(rng), listing: x.n.id('listing-id', `L${num(rng, 9)}`), flagged: { rule: rng.pick(['off_platform_payment', 'contact_info', 'contact_info']), by: 'auto', reviewer: x.nm(rng.pick(AG), 'short') }, messages: msgs });
  }
  x.put(jsonOut(threads, 1));
}

function intercom(C) {
  const x = ctx(C, 'kladd/chatt/intercom_konversationer.csv'); const { rng } = x;
  const rows = [['Conversation ID', 'Created at', 'User name', 'User email', 'Assignee', 'Tags', 'Transcript']];
  for (let i = 0; i < 70; i++) {
    const u = byHandle(rng); const a = rng.pick(AG); const d = date(rng, '2026-10-01', '2026-11-22');
    const t = [`[${hhmm(rng)}] ${x.nm(u, 'full', 'chat-speaker')}: ${rng.pick([() => 'Hej, min utbetalning har inte kommit', () => `Jag kan inte logga in, mitt telefonnummer är ${x.tel(u)}`, () => 'hur returnerar jag?'])()}`,
      `[${hhmm(rng)}] ${x.nm(a, 'short', 'chat-speaker')}: Hej ${x.n.lone(u.first)}! Jag kollar det åt dig.`,
      `[${hhmm(rng)}] ${x.nm(a, 'short', 'chat-speaker')}: ${rng.pick([() => 'Utbetalningen är på väg, 1–3 bankdagar.', () => `Jag har skickat en länk till ${x.mail(u)}.`])()}`];
    rows.push([num(rng, 12), `${d} ${hms(rng)}`, x.nm(u), x.mail(u), x.nm(a, 'short'), rng.pick(['utbetalning', 'inloggning', 'retur']), t.join('\n')]);
  }
  x.put(csv(rows, { sep: ',' }));
}

function sparning(C) {
  const x = ctx(C, 'kladd/frakt/sparning_handelser.csv'); const { rng } = x;
  const rows = [['tracking_id', 'event_time', 'event', 'location', 'recipient', 'notify_sms', 'service_point']];
  const SP = ['ICA Nära Lisas Livs', 'Coop Konsum Eriksberg', 'Pressbyrån Centralen', `${LOOKALIKE.firm[5]}`, 'Hemköp Jakobsberg', 'Ombud: Tobakshörnan'];
  for (let i = 0; i < 80; i++) {
    const u = byHandle(rng); const tid = track(rng);
    const sp = rng.pick(SP);
    for (const ev of ['Mottagen', 'Sorterad', rng.pick(['Ankommen till ombud', 'Utkörd', 'Försenad'])]) rows.push([x.n.id('tracking-number', tid), `${date(rng, '2026-11-01', '2026-11-22')}T${hms(rng)}`, ev, rng.pick(CITIES), x.nm(u, rng.pick(['full', 'caps'])), typeof u.ph === 'string' ? '' : x.tel(u, 'e164'), sp === LOOKALIKE.firm[5] ? x.n.look('firm', sp) : x.n.company(sp)]);
  }
  x.put(csv(rows));
}

function fraktsedlar(C) {
  const x = ctx(C, 'kladd/frakt/fraktsedlar_2026-11-18.pdf'); const { rng } = x;
  const lines = [];
  for (let i = 0; i < 40; i++) {
    const s = rng.pick(cp(U)); const b = rng.pick(cp(U));
    lines.push({ text: `FRAKTSEDEL ${x.n.id('tracking-number', track(rng))}`, bold: true, size: 11 }, `Från: ${x.nm(s, 'caps')}, via Klädloopen`, `Till: ${x.nm(b, 'caps')}`,
      `Avisering SMS: ${typeof b.ph === 'string' ? x.tel(b) : x.tel(b, 'intl')}   Vikt ${rng.int(1, 4)},${rng.int(0, 9)} kg   Order ${x.n.id('order-number', orderNo(rng))}`, '');
  }
  x.put(pdfLines(lines, { title: 'Fraktsedlar', per: 45 }));
}

function supportMbox(C) {
  const x = ctx(C, 'kladd/support/kundtjanst.mbox'); const { rng } = x;
  const msgs = [];
  for (let i = 0; i < 30; i++) {
    const u = byHandle(rng); const a = rng.pick(AG); const d = date(rng, '2026-10-01', '2026-11-22');
    const text = rng.pick([
      () => `Hej!\nMitt konto ${x.n.id('handle', u.handle)} har blivit spärrat utan anledning. Jag har sålt över 100 plagg. Ring mig på ${x.tel(u)}.\n\n${x.nm(u, 'full', 'signature')}`,
      () => `Hej,\nJag har fått ett mejl från någon som kallar sig ${x.nm(byHandle(rng))} och vill att jag betalar utanför appen. Är det bedrägeri?\n\nMvh ${x.nm(u, 'short', 'signature')}`,
      () => `Hello, I bought a jacket from a seller in Malmö but it never arrived. My name is ${x.nm(u, 'full', 'self-intro')}, order ${x.n.id('order-number', orderNo(rng))}.\nThanks, ${x.n.lone(u.first)}`,
    ])();
    msgs.push({ from: [x.nm(u, 'full', 'header-display'), x.mail(u)], to: [['Klädloopen hjälp', x.n.role(O.roles[0])]], subject: rng.pick(['Spärrat konto', 'Bedrägeri?', 'Order not received', 'Utbetalning']),
      date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@${u.mail.split('@')[1]}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Sun Nov 22 21:00:00 2026' });
    if (rng.chance(0.5)) msgs.push({ from: [x.nm(a, 'short', 'header-display'), x.mail(a)], to: [[x.nm(u, 'full', 'header-display'), x.mail(u)]], subject: 'Re: ärende hos Klädloopen', date: rfcDate(d, hms(rng)),
      id: `${uuid(rng)}@${D}`, enc: 'qp', mboxDate: 'Sun Nov 22 21:05:00 2026',
      text: `Hej ${x.n.lone(u.first)},\n\ntack för att du hörde av dig. Vi har tittat på ditt ärende.\n\nVänliga hälsningar\n${x.nm(a, 'short', 'signature')}\nKlädloopen Trust & Safety\n${footer(x, O, ['orgnr', 'service'])}` });
  }
  x.put(mbox(msgs));
}

function returEml(C) {
  const x = ctx(C, 'kladd/support/returbekraftelse.eml'); const { rng } = x;
  const u = byHandle(rng); const s = byHandle(rng);
  const html = `<html><body><table width="600"><tr><td><img src="https://cdn.${D}/logo@2x.png" alt="Klädloopen"></td></tr><tr><td><h2>Din retur är registrerad</h2>
<p>Hej ${htmlEsc(x.nm(u, 'full'))}!</p><p>Returen av <b>${htmlEsc(rng.pick(ITEMS))}</b> till säljaren ${htmlEsc(x.nm(s))} (${x.n.id('handle', s.handle)}) är registrerad.</p>
<p>Returnummer: ${x.n.id('return-number', `RT-${num(rng, 7)}`)}<br>Spårning: ${x.n.id('tracking-number', track(rng))}<br>Återbetalning: ${x.n.amount('349,00 kr')}</p>
<p>Frågor? Svara inte på detta mejl, skriv till ${x.n.role(O.roles[0])}.</p><p style="font-size:10px">${htmlEsc(footer(x, O, ['orgnr']))}</p></td></tr></table></body></html>`;
  x.put(htmlEml({ from: ['Klädloopen', x.n.role(O.roles[2])], to: [[x.nm(u, 'full', 'header-display'), x.mail(u)]], subject: 'Din retur är registrerad', date: rfcDate('2026-11-19', '08:12:44'), id: `${uuid(rng)}@mail.${D}`, html, enc: 'qp' }));
}

function omdomen(C) {
  const x = ctx(C, 'kladd/recensioner/omdomen_saljare.html'); const { rng } = x;
  const items = [];
  for (let i = 0; i < 45; i++) {
    const u = byHandle(rng); const s = byHandle(rng);
    const who = rng.pick([() => htmlEsc(x.nm(u)), () => x.n.id('initial-name', `${u.first} ${u.last[0]}.`), () => x.n.id('handle', u.handle)])();
    items.push(`<div class="review"><span class="stars">${'★'.repeat(rng.int(1, 5))}</span> <span class="author">${who}</span> om <a href="/u/${s.handle}">${x.n.id('handle', s.handle)}</a><p>${htmlEsc(rng.pick([() => 'Snabb leverans, som beskrivet!', () => `Tack ${s.first}! Perfekt skick.`, () => 'Plagget luktade rök.', () => `Rekommenderar ${x.nm(s)} varmt.`])())}</p><time>${x.n.date(date(rng, '2026-09-01', '2026-11-22'))}</time></div>`);
    if (items[items.length - 1].includes(`Tack ${s.first}!`)) x.n.lone(s.first);
  }
  const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Omdömen – Klädloopen</title></head><body><h1>Senaste omdömen</h1>\n${items.join('\n')}\n</body></html>`;
  x.put({ bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
}

function utredning(C) {
  const x = ctx(C, 'kladd/sakerhet/bedrageriutredning_2026-114.docx'); const { rng } = x;
  const main = byHandle(rng); const mules = [byHandle(rng), byHandle(rng), byHandle(rng), byHandle(rng)]; const a = AG[2];
  const sharedIp = x.ip([['pub', 1]]);
  const b = [{ h: 'Utredning 2026-114 – misstänkt kontoring' }, `Utredare: ${x.nm(a)}, Trust & Safety. Sekretess: intern.`,
    { runs: ['Huvudkonto ', x.n.id('handle', main.handle), ' registrerat på ', x.nm(main), ' (', x.pnr(main), '), telefon ', x.tel(main), '.'] },
    `Samtliga konton nedan har loggat in från ${sharedIp} och enheten ${x.n.id('mac-address', mac(rng))} under oktober.`,
    { table: [['Handle', 'Namn', 'Personnummer', 'E-post', 'Telefon', 'Utbetalt'], ...mules.map((m) => [x.n.id('handle', m.handle), x.nm(m), x.pnr(m), x.mail(m), x.tel(m), x.n.amount(amount(rng, 2000, 30000))])] },
    `Polisanmälan ${x.n.id('police-report', `${rng.int(5000, 5999)}-K${num(rng, 6)}-26`)} upprättad ${x.n.date('2026-11-12')}. Kontakt hos polisen: ${x.nm(kin(rng, a))}.`,
    `Köpare som drabbats: ${Array.from({ length: 6 }, () => x.nm(byHandle(rng))).join(', ')}.`, footer(x, O, ['orgnr', 'switchboard'])];
  x.put(docx(b, { creator: x.nm(a, 'full', 'docx-creator') }));
}

function apiLog(C) {
  const x = ctx(C, 'kladd/logg/api_access.log'); const { rng } = x;
  const out = [];
  for (let i = 0; i < 170; i++) {
    const d = date(rng, '2026-11-20', '2026-11-22');
    out.push(`${x.ip()} - - [${d}T${hms(rng)}+01:00] "${rng.pick(['GET', 'POST', 'GET'])} ${rng.pick(['/api/v3/listings?q=jacka', '/api/v3/me', '/api/v3/payouts', `/api/v3/orders/${orderNo(rng)}`, '/api/v3/messages'])} HTTP/2.0" ${rng.pick([200, 200, 201, 401, 429])} ${rng.int(120, 40000)} rt=${rng.int(5, 900)}ms upstream=${x.n.server(rng.pick(O.servers))}:8080`);
  }
  x.put(textOut(`${out.join('\n')}\n`));
}

export default function build(C) {
  saljare(C); konton(C); utbetalningarCsv(C); utbetalningarXlsx(C); zendesk(C); chatt(C); intercom(C); sparning(C); fraktsedlar(C); supportMbox(C); returEml(C); omdomen(C); utredning(C); apiLog(C);
}
