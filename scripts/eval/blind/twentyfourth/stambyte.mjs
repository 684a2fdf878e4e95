// Twenty-fourth blind set — a plumbing company doing pipe renovation (stambyte) in rental blocks:
// Norrströms Rörrenovering AB. Work orders, access lists per staircase, tenant letters and replies, subcontractor
// diary, construction-site staff ledger (personalliggare), SMS notices, moisture readings, inspection protocol,
// tenant-portal access log, site manager's notes, tenant meeting invitations, fault reports after renovation.
import { Rng, person, people, kin, nameAs, nameStyle, NM, pnr, phone, email, workEmail, T, org, footer, role, server, nears, date, dotDate, slashDate, hhmm, hms, addDays,
  num, safe, alnum, kr, ipVal, csv, xlsx, docx, mbox, rfcDate, pdfLines, folded, jsonText, putW, postcode, makeOrgnr, LONE, LOOKALIKE, vcardEsc, p2, letters } from './core.mjs';

const O = { name: 'Norrströms Rörrenovering AB', domain: 'norrstromsror.se' };
const HOUSING = ['Bostads AB Mälarbyn', 'Fastighets AB Klövern Norr', 'HSB-föreningen Blåklinten'];
const STREETS = ['Blåklintsvägen', 'Prästkragens väg', 'Selma Lagerlöfs väg', 'Ängsklockegatan'];
const SUBS = ['Kakel & Klinker i Väst AB', 'Elbolaget Ström & Son AB', 'Rivningsteamet Norr AB', 'Bygg-Olles Montage AB', 'VVS-Partner Mälardalen AB'];

function world() {
  const rng = new Rng('stambyte/world');
  const o = org(rng, { ...O, area: '8', roles: ['kundservice', 'info', 'noreply', 'projekt', 'faktura'] });
  const staff = people(rng, 10, { cp1252: true, middle: 0 }).map((p) => ({ p, mob: phone(rng, 'mobile', 'grouped'), mail: workEmail(p, O.domain) }));
  const flats = [];
  for (const st of STREETS.slice(0, 3)) for (const nr of [2, 4, 6, 8]) for (let floor = 1; floor <= 5; floor++) for (let k = 1; k <= 4; k++) {
    flats.push({ street: `${st} ${nr}`, trapp: `${st.slice(0, 3).toUpperCase()}${nr}`, lgh: `1${floor}0${k}` });
  }
  return { o, staff, flats };
}
const W = world();

function tenant(rng, f, { cp = false } = {}) {
  const p = person(rng, { cp1252: cp });
  return { ...f, p, ph: phone(rng, rng.chance(0.9) ? 'mobile' : 'landline'), em: email(rng, p) };
}
function tenants(rng, n, opts) {
  const ps = people(rng, n, { cp1252: opts?.cp ?? false });
  const fl = rng.shuffle(W.flats);
  return ps.map((p, i) => ({ ...fl[i % fl.length], p, ph: phone(rng, rng.chance(0.9) ? 'mobile' : 'landline'), em: email(rng, p) }));
}
const staffBy = (rng) => rng.pick(W.staff);

function arbetsordrar(C) {
  const file = 'stambyte/arbetsordrar_kv_blaklinten.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [[`Arbetsordrar – export ${N.date('2026-11-20')} – Projekt Kv. Blåklinten (${HOUSING[0]})`], [],
    ['Ordernr', 'Adress', 'Postnr', 'Trapphus', 'Lgh nr', 'Förnamn', 'Efternamn', 'Telefon', 'E-post', 'Status', 'Planerad start', 'Anteckning']];
  const list = tenants(rng, 220, { cp: true });
  for (const t of list) {
    const style = rng.weighted([['split', 80], ['caps', 8], ['lower', 6], ['first-only', 6]]);
    let f = t.p.given; let l = t.p.last;
    if (style === 'caps') { f = f.toUpperCase(); l = l.toUpperCase(); }
    if (style === 'lower') { f = f.toLowerCase(); l = l.toLowerCase(); }
    if (style === 'first-only') { f = ''; }
    if (f) C.joined(file, f, l, style === 'split' ? 'split-joined' : `split-joined-${style}`);
    else N.surname(l);
    const tel = rng.chance(0.85) ? T(R, 'phone', t.ph) : '';
    const em = rng.chance(0.4) ? T(R, 'email', t.em) : '';
    const start = date(rng, '2026-02-02', '2026-12-18');
    let note = rng.pick(['', '', '', 'Nyckel i kodlåda', 'Ej svar x2', 'Hund i lgh, kopplad', 'Vill ha sms dagen innan', 'Rullstol – behöver ramp', 'Tolk behövs (arabiska)']);
    if (rng.chance(0.12)) { const k = kin(rng, t.p, { cp1252: true }); note = `Kontakt via ${rng.pick(['dotter', 'son', 'god man', 'bror'])} ${NM(R, k, 'full', 'running-text')} ${T(R, 'phone', phone(rng, 'mobile'))}`; }
    else if (rng.chance(0.08)) { const ln = rng.pick(LONE.filter((x) => /^[\x20-\xff]+$/.test(x))); note = `Hemma: ${N.lone(ln)} (barnet)`; }
    rows.push([N.id('work-order', `AO-26-${num(rng, 5)}`), t.street, N.postcode(postcode(rng)), t.trapp, N.id('flat-number', t.lgh), f, l, tel, em,
      rng.pick(['Planerad', 'Pågår', 'Klar', 'Avbokad', 'Väntar på UE']), N.date(start), note]);
  }
  rows.push([], [footer(R, W.o)]);
  putW(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}

function atkomst(C) {
  const file = 'stambyte/atkomstlistor_trapphus.xlsx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const s = staffBy(rng); const creator = NM(R, s.p, 'full', 'xlsx-creator');
  const sheets = [];
  for (const tr of ['A', 'B', 'C', 'D', 'E']) {
    const rows = [[`Åtkomstlista uppgång ${tr} – ${rng.pick(STREETS)} – stambyte v.${rng.int(6, 47)}`], ['Lgh', 'Namn', 'Telefon', 'Nyckel nr', 'Kvitterad', 'Hemma vid start', 'Husdjur', 'Övrigt']];
    for (const t of tenants(rng, 34, {})) {
      const nm = nameAs(t.p, rng.weighted([['surname-first', 55], ['full', 25], ['surname-first-caps', 10], ['caps', 10]]));
      const pet = rng.chance(0.2) ? `${rng.pick(['katt', 'hund', 'kanin'])} (${N.look('pet-name', rng.pick(['Sigge', 'Molly', 'Doris', 'Tage', 'Kajsa', 'Bamse', 'Nisse', 'Greta']))})` : '';
      rows.push([N.id('flat-number', t.lgh), R.t('name', nm.value, nm.subtype), rng.chance(0.8) ? T(R, 'phone', t.ph) : '', N.id('key-tag', `N-${tr}${num(rng, 3)}`),
        N.date(dotDate(date(rng))), rng.pick(['Ja', 'Nej', 'Ja', 'Vet ej']), pet,
        rng.chance(0.1) ? `Bor ihop med ${NM(R, kin(rng, t.p), 'full', 'running-text')}` : rng.pick(['', '', 'Larm – kod lämnad till platschef', 'Ej nyckel, öppnar själv'])]);
    }
    sheets.push({ name: `Uppgång ${tr}`, rows });
  }
  sheets.push({ name: 'Kontakter', rows: [['Roll', 'Namn', 'Mobil', 'E-post'], ...W.staff.slice(0, 5).map((x) => [rng.pick(['Platschef', 'Projektledare', 'Boendesamordnare', 'Arbetsledare']),
    NM(R, x.p, 'full', 'staff'), T(R, 'phone', { value: x.mob.value, subtype: 'staff-mobile' }), R.t('email', x.mail, 'staff-work')]),
  ['Växel', W.o.name, R.n('phone', 'switchboard', W.o.switchboard), role(R, W.o, 3)]] });
  putW(C, file, xlsx(sheets, { creator }));
}

function brev(C) {
  const file = 'stambyte/informationsbrev_uppgang_B.docx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const pl = W.staff[0]; const bs = W.staff[1];
  const creator = NM(R, pl.p, 'full', 'docx-creator');
  const lk = rng.pick(LOOKALIKE);
  const blocks = [{ h: 'Information om stambyte i ert trapphus' }, `Till hyresgästerna på ${STREETS[1]} 4, uppgång B`, `Datum: ${N.date(svDateLocal('2026-02-10'))}`,
    `Nu är det dags för stambyte i er uppgång. Arbetet utförs av ${W.o.name} på uppdrag av ${R.n('name', 'company', HOUSING[0])}. Under ca ${rng.int(4, 6)} veckor kommer badrum och kök att vara avstängda.`,
    `Under renoveringen finns en servicebod med dusch och toalett på gården vid ${R.n('name', 'street-named-like-person', lk)}.`,
    { table: [['Vecka', 'Moment', 'Lägenheter'], ...Array.from({ length: 6 }, (_, i) => [`v.${8 + i}`, rng.pick(['Rivning', 'Håltagning', 'Rörläggning', 'Tätskikt', 'Kakel', 'Slutbesiktning']), `${1101 + i * 100}–${1104 + i * 100}`])] },
    'Om du har frågor, kontakta gärna vår boendesamordnare:',
    { runs: [NM(R, bs.p, 'full', 'staff'), ', tel ', T(R, 'phone', { value: bs.mob.value, subtype: 'staff-mobile' }), ', ', R.t('email', bs.mail, 'staff-work')] },
    'Med vänlig hälsning', { runs: [NM(R, pl.p, 'full', 'signature'), ', projektledare'] }, footer(R, W.o)];
  // Personal letters appended (one page each in the print-out).
  for (const t of tenants(rng, 22, {})) {
    blocks.push({ h: `Bokad tid – lgh ${N.id('flat-number', t.lgh)}` }, { runs: [NM(R, t.p, rng.pick(['full', 'full', 'caps'])), `, ${t.street}`] },
      `Hej ${N.lone(t.p.first)}! Vi har bokat in rivning i din lägenhet den ${N.date(svDateLocal(date(rng, '2026-02-16', '2026-04-30')))} kl ${N.time(hhmm(rng))}. Vi har noterat telefonnummer ${T(R, 'phone', t.ph)} för sms-avisering.`);
  }
  putW(C, file, docx(blocks, { creator }));
}
const svDateLocal = (iso) => { const M = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']; const [y, m, d] = iso.split('-'); return `${Number(d)} ${M[Number(m) - 1]} ${y}`; };

function ersattning(C) {
  const file = 'stambyte/hyresreduktion_beslut.docx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const f = person(rng); const creator = NM(R, f, 'full', 'docx-creator');
  const rows = [['Lgh', 'Hyresgäst', 'Personnummer', 'Period', 'Reduktion', 'Utbetalas till konto']];
  for (const t of tenants(rng, 60, {})) {
    rows.push([N.id('flat-number', t.lgh), NM(R, t.p, rng.pick(['surname-first', 'full'])), T(R, 'personnummer', pnr(rng)), `v.${rng.int(6, 20)}–v.${rng.int(21, 30)}`,
      N.amount(`${kr(rng, 800, 6000)} kr`), N.id('bank-account', `${rng.int(3000, 3399)}, ${safe(() => `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}-${rng.digits(1)}`)}`)]);
  }
  putW(C, file, docx([{ h: `Beslut om hyresreduktion under stambyte – ${HOUSING[0]}` }, `Handläggare: ${NM(R, f, 'full', 'staff')} (${R.t('email', workEmail(f, 'malarbyn.se'), 'staff-work')})`,
    `Enligt överenskommelse med ${R.n('name', 'company', 'Hyresgästföreningen Region Mälardalen')} gäller reduktion med ${rng.int(20, 40)} % av månadshyran.`, { table: rows },
    `Frågor: ${R.n('phone', 'switchboard', W.o.switchboard)} eller ${role(R, W.o, 1)}. Ärende ${N.id('case-number', `HR-${num(rng, 6)}`)}.`], { creator }));
}

function svar(C) {
  const file = 'stambyte/hyresgastsvar.mbox'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 46; i++) {
    const t = tenant(rng, rng.pick(W.flats)); const s = W.staff[rng.int(0, 4)]; const d = date(rng, '2026-02-01', '2026-06-30');
    const fromName = rng.chance(0.7) ? R.t('name', t.p.full, 'header-display') : '';
    const em = T(R, 'email', t.em);
    const sName = R.t('name', s.p.full, 'header-display'); R.t('email', s.mail, 'staff-work');
    const body = [];
    const tpl = rng.int(0, 4);
    if (tpl === 0) body.push(`Hej ${N.lone(s.p.first)}!`, '', `Jag bor i lgh ${N.id('flat-number', t.lgh)} på ${t.street} och kan inte vara hemma den ${N.date(slashDate(d))}. Min ${rng.pick(['sambo', 'man', 'fru', 'mamma'])} ${NM(R, kin(rng, t.p), 'full', 'running-text')} kan öppna, hon/han nås på ${T(R, 'phone', phone(rng, 'mobile'))}.`);
    else if (tpl === 1) body.push('hej', `vattnet har varit avstängt sen i morse och ingen har sagt nåt. ring mig på ${T(R, 'phone', t.ph)}`, '', `mvh ${NM(R, t.p, 'lower', 'lower')}`);
    else if (tpl === 2) body.push('Hello,', `I live at ${t.street}, apartment ${N.id('flat-number', t.lgh)}. I do not speak Swedish well. Can you send the information in English? My phone is ${T(R, 'phone', rng.chance(0.3) ? phone(rng, 'foreign') : t.ph)}.`, '', 'Best regards', NM(R, t.p, 'full', 'signature'));
    else if (tpl === 3) body.push('Hej,', `Jag undrar om ersättning för hyresreduktion. Mitt personnummer är ${T(R, 'personnummer', pnr(rng))} och kontraktsnummer ${N.id('contract-number', `${num(rng, 7)}`)}.`, '', 'Vänliga hälsningar', NM(R, t.p, rng.pick(['full', 'full', 'caps']), 'signature'), T(R, 'phone', t.ph));
    else body.push('Hej!', `Badrummet i ${N.id('flat-number', t.lgh)} läcker fortfarande vid golvbrunnen efter att ni var här ${N.date(dotDate(d))}. Kakelsättaren ${N.lone(rng.pick(['Janne', 'Micke', 'Peppe', 'Kenta']))} sa att någon skulle komma.`, '', '/', NM(R, t.p, 'short', 'signature'));
    if (rng.chance(0.5)) body.push('', `Den ${rfcDate(addDays(d, -2), '08:12:00')} skrev ${s.p.full} <${s.mail}>:`, `> Hej! Vi behöver komma in i er lägenhet vecka ${rng.int(8, 20)}.`, `> Ring ${R.n('phone', 'switchboard', W.o.switchboard)} eller svara på detta mejl.`, `> ${W.o.name}`);
    msgs.push({ from: [fromName, em], to: [[sName, s.mail]], subject: rng.pick(['Sv: Stambyte – tillträde till lägenhet', 'Angående stambytet', 'Sv: Bokad tid för rivning', 'Läckage efter stambyte!!', 'Fråga om hyresreduktion']),
      date: rfcDate(d, `${hms(rng)}`), id: `${alnum(rng, 14).toLowerCase()}.${i}@mail.gmail.com`, text: body.join('\n'), enc: rng.pick(['qp', 'qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
  }
  putW(C, file, mbox(msgs));
}

function ueDagbok(C) {
  const file = 'stambyte/ue_dagbok_2026.txt'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const workers = SUBS.map((co) => ({ co, orgnr: makeOrgnr(rng), ws: people(rng, 4, { origins: [['swedish', 40], ['polish', 20], ['bosnian', 15], ['ukrainian', 15], ['finnish', 10]] }) }));
  const lines = [`# Dagbok underentreprenörer – Kv. Blåklinten – förd av ${NM(R, W.staff[2].p, 'full', 'staff')}`, ''];
  for (const w of workers) lines.push(`# ${R.n('name', 'company', w.co)} org.nr ${R.n('personnummer', 'organisationsnummer', w.orgnr)}`);
  for (let i = 0; i < 240; i++) {
    const d = date(rng, '2026-02-02', '2026-10-30'); const w = rng.pick(workers); const x = rng.pick(w.ws); const f = rng.pick(W.flats);
    const wn = rng.chance(0.15) ? NM(R, x, 'initial', 'initial') : NM(R, x, rng.pick(['full', 'full', 'lower', 'surname-first-nocomma']));
    const t = tenant(rng, f);
    const v = rng.int(0, 6);
    let txt;
    if (v === 0) txt = `${wn} (${w.co}) in 07:0${rng.int(0, 9)}, lgh ${N.id('flat-number', f.lgh)} rivning klar`;
    else if (v === 1) txt = `ringde ${NM(R, t.p, rng.pick(['full', 'lower', 'short']), 'running-text')} ${T(R, 'phone', t.ph)} ang nyckel, ej svar. ${wn} väntar i trapphus ${f.trapp}`;
    else if (v === 2) txt = `pratat m ${NM(R, t.p, rng.pick(['full', 'lower']), 'running-text')} – vill ha sms istället. ${wn} noterar`;
    else if (v === 3) txt = `håltagning bjälklag ${f.street} lgh ${N.id('flat-number', f.lgh)}, asbest-prov ${N.id('sample-id', `AP-${num(rng, 5)}`)} skickat. ansv ${wn}`;
    else if (v === 4) txt = `enl. ${wn}: läckage i ${N.id('flat-number', f.lgh)}, hyresgäst ${NM(R, t.p, 'full', 'running-text')} informerad, tel ${T(R, 'phone', t.ph)}`;
    else if (v === 5) txt = `${wn} sjuk, ersätts av ${N.lone(rng.pick(['Darek', 'Mirek', 'Zlatko', 'Jocke', 'Sami']))} från ${w.co}`;
    else txt = `material lev. ${N.id('delivery-note', `FS${num(rng, 8)}`)} (${rng.int(2, 40)} st WC-stol ${N.id('article-number', `${num(rng, 3)}-${num(rng, 4)}`)}), kvitterat ${wn}`;
    lines.push(`${d} ${N.time(hhmm(rng))}  ${txt}`);
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function personalliggare(C) {
  const file = 'stambyte/personalliggare_PL4411.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const wid = N.id('workplace-id', `PL4411-${num(rng, 6)}`);
  const crew = [];
  for (const co of [W.o.name, ...SUBS]) {
    const orgnr = co === W.o.name ? W.o.orgnr : makeOrgnr(rng);
    for (const p of people(rng, 7, { origins: [['swedish', 45], ['polish', 15], ['bosnian', 10], ['ukrainian', 12], ['finnish', 6], ['turkish', 6], ['kurdish', 6]] })) {
      const samord = ['polish', 'ukrainian'].includes(p.origin) && rng.chance(0.6);
      crew.push({ co, orgnr, p, id: pnr(rng, { samord, minYear: 1962, maxYear: 2005 }) });
    }
  }
  const rows = [['Arbetsplats-ID', 'Datum', 'In', 'Ut', 'Personnummer/Samordningsnr', 'Namn', 'Arbetsgivare', 'Org.nr', 'Registrerad av']];
  for (let i = 0; i < 180; i++) {
    const c = rng.pick(crew); const d = date(rng, '2026-02-02', '2026-10-30');
    rows.push([wid, d, N.time(`0${rng.int(6, 7)}:${p2(rng.int(0, 59))}`), `${rng.int(15, 17)}:${p2(rng.int(0, 59))}`, T(R, 'personnummer', c.id), NM(R, c.p, rng.chance(0.8) ? 'full' : 'caps'),
      c.co, R.n('personnummer', 'organisationsnummer', c.orgnr), rng.pick(['ID06-kort', 'App', 'Manuellt'])]);
  }
  putW(C, file, csv(rows, { sep: ',' }));
}

function sms(C) {
  const file = 'stambyte/sms_avisering_gateway.log'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 170; i++) {
    const d = date(rng, '2026-02-01', '2026-11-15'); const f = rng.pick(W.flats);
    const to = T(R, 'phone', phone(rng, rng.chance(0.93) ? 'mobile' : 'landline', 'plain46'));
    const id = N.id('message-id', `${alnum(rng, 10)}`);
    const txt = rng.pick([`Vattnet stängs av ${f.street} kl 08-16 imorgon`, `Rivning lgh ${f.lgh} startar ${d}. Svara NEJ om tiden ej passar`, `Din nyckel är återlämnad till nyckelskåpet. Kod ${rng.digits(4)}.`, 'Besiktning klar. Tack för ditt tålamod!']);
    lines.push(`${d}T${hms(rng)}.${rng.digits(3)}Z INFO smsgw[${rng.int(1000, 9999)}] out id=${id} from=${N.id('short-code', rng.pick(['71122', 'NORRSTROM', '72550']))} to=${to} parts=${rng.int(1, 2)} status=${rng.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'FAILED', 'EXPIRED'])} text="${txt}"`);
    if (rng.chance(0.15)) {
      const t = tenant(rng, f);
      lines.push(`${d}T${hms(rng)}.${rng.digits(3)}Z INFO smsgw[${rng.int(1000, 9999)}] in from=${T(R, 'phone', { value: to, subtype: 'mobile-e164-no-plus' })} text="${rng.pick([() => 'NEJ', () => 'ok', () => `Hej det är ${NM(R, t.p, rng.pick(['full', 'lower']), 'self-intro')}, kan ni ringa?`, () => `ring ${T(R, 'phone', t.ph)} istället`])()}"`);
    }
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function fukt(C) {
  const file = 'stambyte/fuktmatningar_export.json'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const out = { export: { system: 'FuktLogg 4.2', generated: N.date('2026-11-19T14:02:11Z'), project: 'Kv. Blåklinten' }, inspector: null, measurements: [] };
  const insp = W.staff[3]; out.inspector = { name: NM(R, insp.p, 'full', 'staff'), cert: N.id('certificate-number', `RBK-${num(rng, 5)}`), mobile: T(R, 'phone', { value: insp.mob.value, subtype: 'staff-mobile' }) };
  for (const t of tenants(rng, 50, {})) {
    const m = { flat: N.id('flat-number', t.lgh), address: t.street, sensor: N.id('serial-number', `HMP-${alnum(rng, 8)}`), readings: [] };
    for (let k = 0; k < rng.int(1, 3); k++) m.readings.push({ at: `${date(rng)}T${hms(rng)}`, rf: Number(`${rng.int(40, 96)}.${rng.int(0, 9)}`), tempC: Number(`${rng.int(17, 24)}.${rng.int(0, 9)}`) });
    if (rng.chance(0.75)) { m.tenant = { firstName: t.p.given, lastName: t.p.last, phone: T(R, 'phone', t.ph) }; C.joined(file, t.p.given, t.p.last); }
    else m.tenant = { name: NM(R, t.p, nameStyle(rng)), email: T(R, 'email', t.em) };
    m.comment = rng.pick([() => '', () => 'OK', () => 'Förhöjd RF vid brunn', () => `åter ${N.date(date(rng))}`])();
    out.measurements.push(m);
  }
  C.put(file, jsonText(out));
}

function besiktning(C) {
  const file = 'stambyte/slutbesiktning_protokoll.pdf'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const b = person(rng, { cp1252: true }); const pl = W.staff[0];
  const lines = [{ text: 'SLUTBESIKTNINGSPROTOKOLL – STAMBYTE', size: 14, bold: true }, `Entreprenad: Kv. Blåklinten, ${STREETS[0]} 2–8`, `Beställare: ${R.n('name', 'company', HOUSING[0])}, org.nr ${N.orgnr()}`,
    `Entreprenör: ${W.o.name}, org.nr ${R.n('personnummer', 'organisationsnummer', W.o.orgnr)}`, `Besiktningsman: ${NM(R, b, 'full')}, certifierad ${N.id('certificate-number', `SP-${num(rng, 6)}`)}`,
    `Närvarande: ${NM(R, pl.p, 'full', 'staff')} (projektledare), ${NM(R, W.staff[4].p, 'full', 'staff')} (arbetsledare)`, `Datum: ${N.date('2026-10-29')}`, ''];
  for (const t of tenants(rng, 110, { cp: true })) {
    const fel = rng.pick(['Inga anmärkningar', 'Fog saknas vid badkar', 'Golvbrunn lutning fel', 'Skadad dörrkarm', 'Kakel sprucket', 'Ventil saknar lock']);
    lines.push(`Lgh ${N.id('flat-number', t.lgh)}  ${NM(R, t.p, rng.pick(['full', 'surname-first', 'full']))}  ${fel}${rng.chance(0.3) ? ` – åtgärd senast ${N.date(dotDate(date(rng, '2026-11-01', '2026-12-20')))}` : ''}`);
    if (rng.chance(0.2)) lines.push(`      Hyresgästen nås på ${T(R, 'phone', t.ph)}`);
  }
  lines.push('', `Besiktningsman: ${b.full}`, footer(R, W.o, ['orgnr', 'switchboard']));
  putW(C, file, pdfLines(lines, { title: 'Slutbesiktning Kv. Blåklinten' }));
}

function access(C) {
  const file = 'stambyte/hyresgastportal_access.log'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 180; i++) {
    const d = date(rng, '2026-03-01', '2026-11-20'); const [y, m, dd] = d.split('-');
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1];
    const ip = T(R, 'ip', ipVal(rng));
    const path = rng.pick(['/mina-sidor/bokning', '/mina-sidor/felanmalan', '/login', '/api/v1/tider?lgh=' + num(rng, 4), '/static/app.js', '/mina-sidor/meddelanden']);
    let user = '-';
    if (path === '/login' || rng.chance(0.25)) { const p = person(rng); user = T(R, 'email', email(rng, p)); }
    lines.push(`${ip} - ${user} [${dd}/${mon}/${y}:${hms(rng)} +0100] "${rng.pick(['GET', 'GET', 'POST'])} ${path} HTTP/1.1" ${rng.pick([200, 200, 200, 302, 304, 401, 404])} ${rng.int(120, 48000)} "-" up=${server(R, W.o, rng.int(0, 1))}:8080`);
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function anteckningar(C) {
  const file = 'stambyte/platschef_anteckningar.md'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const me = W.staff[2];
  const out = [`# Anteckningar platschef – ${NM(R, me.p, 'full', 'staff')}`, '', `_Senast ändrad ${N.date('2026-11-18')}_`, ''];
  for (let w = 6; w <= 46; w += 1) {
    out.push(`## v.${w}`, '');
    for (let k = 0; k < rng.int(2, 5); k++) {
      const t = tenant(rng, rng.pick(W.flats)); const f = t;
      const n = rng.int(0, 7);
      if (n === 0) out.push(`- ringde ${NM(R, t.p, 'lower', 'lower')} ${T(R, 'phone', t.ph)} – vill flytta tiden, ok till v.${w + 2}`);
      else if (n === 1) out.push(`- ${f.trapp} lgh ${N.id('flat-number', f.lgh)}: hg ${NM(R, t.p, 'full', 'running-text')} klagar på damm, lovat städning fre`);
      else if (n === 2) out.push(`- möte m förvaltare ${NM(R, person(rng), 'full', 'running-text')} (${R.n('name', 'company', HOUSING[0])}) om tidplan, tel ${T(R, 'phone', phone(rng, 'landline'))}`);
      else if (n === 3) out.push(`- **OBS** ${NM(R, t.p, 'surname-first-nocomma')} ${f.street} – äldre, hemtjänst kommer kl 9, ring dottern ${NM(R, kin(rng, t.p), 'short', 'running-text')} ${T(R, 'phone', phone(rng, 'mobile'))} innan`);
      else if (n === 4) out.push(`- ${N.lone(t.p.first)} i ${N.id('flat-number', f.lgh)} har inte lämnat nyckel, lapp i brevlåda`);
      else if (n === 5) out.push(`- fakturera ÄTA ${N.id('change-order', `ÄTA-${num(rng, 3)}`)} ${N.amount(`${kr(rng, 3000, 90000)} kr`)}, ref ${N.id('invoice-number', num(rng, 8))}`);
      else if (n === 6) out.push(`- mejl från ${T(R, 'email', t.em)} om parkering, svarat`);
      else out.push(`- boendemöte i ${R.n('name', 'street-named-like-person', rng.pick(LOOKALIKE))}-lokalen, kaffe beställt`);
    }
    out.push('');
  }
  C.put(file, out.join('\n'));
}

function ics(C) {
  const file = 'stambyte/boendemoten.ics'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'METHOD:REQUEST'];
  for (let i = 0; i < 14; i++) {
    const d = date(rng, '2026-01-20', '2026-10-20').replace(/-/g, ''); const s = W.staff[rng.int(0, 3)];
    lines.push('BEGIN:VEVENT', `UID:${N.id('uid', `${alnum(rng, 20)}@${O.domain}`)}`, `DTSTART;TZID=Europe/Stockholm:${d}T180000`, `DTEND;TZID=Europe/Stockholm:${d}T193000`,
      `SUMMARY:Boendemöte stambyte ${rng.pick(STREETS)}`, `LOCATION:Samlingslokalen\\, ${rng.pick(STREETS)} ${rng.int(2, 8)}`,
      `ORGANIZER;CN=${R.t('name', s.p.full, 'ics-cn')}:mailto:${R.t('email', s.mail, 'staff-work')}`);
    for (const t of tenants(rng, rng.int(4, 9), {})) {
      lines.push(`ATTENDEE;CN=${R.t('name', t.p.full, 'ics-cn')};ROLE=REQ-PARTICIPANT;PARTSTAT=${rng.pick(['ACCEPTED', 'NEEDS-ACTION', 'DECLINED'])};RSVP=TRUE:mailto:${T(R, 'email', t.em)}`);
    }
    lines.push(`DESCRIPTION:Välkommen på informationsmöte. Frågor till ${role(R, W.o, 3)} eller ${R.n('phone', 'switchboard', W.o.switchboard)}.`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  putW(C, file, folded(lines));
}

function felanmalan(C) {
  const file = 'stambyte/felanmalningar_efter_stambyte.ndjson'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 80; i++) {
    const t = tenant(rng, rng.pick(W.flats)); const s = rng.pick(W.staff);
    const ev = { number: N.id('ticket-number', `INC${num(rng, 7)}`), opened_at: `${date(rng)} ${hms(rng)}`, state: rng.pick(['New', 'In Progress', 'Resolved', 'Closed']),
      caller_id: { display_value: NM(R, t.p, rng.pick(['full', 'full', 'surname-first'])), link: `sys_user/${alnum(rng, 32).toLowerCase()}` },
      u_contact_phone: rng.chance(0.8) ? T(R, 'phone', t.ph) : '', u_location: `${t.street}, lgh ${N.id('flat-number', t.lgh)}`,
      short_description: rng.pick(['Läckage under diskbänk', 'Golvbrunn luktar', 'Varmvatten tar lång tid', 'Spricka i kakel', 'Toalett rinner']),
      assigned_to: { display_value: NM(R, s.p, 'full', 'staff') },
      work_notes: rng.pick([() => `ringde kund, bokat ${N.date(date(rng))}`, () => 'skickat UE', () => '', () => `kund ${N.lone(t.p.first)} ej hemma`, () => `${N.lower(s.p.first.toLowerCase())} åker dit imorgon`])() };
    if (rng.chance(0.2)) ev.u_alt_contact = { name: NM(R, kin(rng, t.p), 'full'), email: T(R, 'email', email(rng, t.p)) };
    lines.push(JSON.stringify(ev));
  }
  C.put(file, `${lines.join('\n')}\n`);
}

export default function build(C) {
  arbetsordrar(C); atkomst(C); brev(C); ersattning(C); svar(C); ueDagbok(C); personalliggare(C); sms(C); fukt(C); besiktning(C); access(C); anteckningar(C); ics(C); felanmalan(C);
}
