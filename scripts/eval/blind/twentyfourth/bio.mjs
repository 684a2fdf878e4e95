// Twenty-fourth blind set — a cinema chain's customer service: Salongen Bio AB. Member club export, Zendesk-shaped
// refund tickets, lost property, incident reports, ticket-scan log, refund mail, chat transcripts, HubSpot contacts,
// app log-ins, staff schedule, gift cards, a review page, an incident mail with an HTML alternative.
import { Rng, person, people, kin, nameAs, nameStyle, NM, pnr, phone, email, workEmail, T, org, footer, role, server, nears, date, dotDate, slashDate, hhmm, hms, addDays,
  num, safe, alnum, kr, ipVal, csv, xlsx, docx, eml, mbox, rfcDate, jsonText, putW, htmlPage, htmlToText, H, postcode, LONE, p2, letters } from './core.mjs';

const O = { name: 'Salongen Bio AB', domain: 'salongenbio.se' };
const CINEMAS = ['Salongen Centrum', 'Salongen Hamnen', 'Salongen Väst', 'Salongen Kungsporten', 'Salongen Ängby'];
export const FILMS = ['Annie Hall', 'Jerry Maguire', 'Billy Elliot', 'Erin Brockovich', 'Michael Clayton', 'Jackie Brown', 'Frances Ha', 'Donnie Darko', 'Forrest Gump',
  'Edward Scissorhands', 'Ronja Rövardotter', 'Pippi Långstrump', 'Emil i Lönneberga', 'Karl Bertil Jonssons julafton', 'Oppenheimer', 'Maestro', 'Priscilla', 'Lars and the Real Girl'];
const PLAIN = ['Dyn: del tre', 'Isvägen', 'Sommarnatt', 'Djupet', 'Mörkrets stad', 'Flykten', 'Pingvinerna 4'];

function world() {
  const rng = new Rng('bio/world');
  const o = org(rng, { ...O, area: '8', roles: ['kundservice', 'info', 'noreply', 'hittegods', 'presentkort'] });
  const agents = people(rng, 8, { cp1252: true, middle: 0 }).map((p) => ({ p, mail: workEmail(p, O.domain), mob: phone(rng, 'mobile', 'grouped') }));
  return { o, agents };
}
const W = world();
const guest = (rng, opts) => { const p = person(rng, opts); return { p, ph: phone(rng, rng.chance(0.94) ? 'mobile' : 'landline'), em: email(rng, p) }; };
const guests = (rng, n, opts) => people(rng, n, opts).map((p) => ({ p, ph: phone(rng, rng.chance(0.94) ? 'mobile' : 'landline'), em: email(rng, p) }));
const film = (R, rng) => (rng.chance(0.6) ? R.n('name', 'film-title', rng.pick(FILMS)) : rng.pick(PLAIN));

function medlemmar(C) {
  const file = 'bio/medlemsklubb_export.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Medlemsnr', 'Förnamn', 'Efternamn', 'Födelsedatum', 'Mobil', 'E-post', 'Postnr', 'Favoritbiograf', 'Poäng', 'Nivå']];
  for (const g of guests(rng, 150, { cp1252: true })) {
    C.joined(file, g.p.given, g.p.last);
    rows.push([N.id('member-number', `${num(rng, 8)}`), g.p.given, g.p.last, N.date(date(rng, '1950-01-01', '2010-12-31')), rng.chance(0.9) ? T(R, 'phone', g.ph) : '', T(R, 'email', g.em),
      N.postcode(postcode(rng)), R.n('name', 'cinema', rng.pick(CINEMAS)), String(rng.int(0, 9000)), rng.pick(['Brons', 'Silver', 'Guld'])]);
  }
  putW(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
}

function zendesk(C) {
  const file = 'bio/zendesk_aterbetalningar.json'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const tickets = [];
  for (let i = 0; i < 24; i++) {
    const g = guest(rng); const a = rng.pick(W.agents); const d = date(rng);
    const order = N.id('order-number', `SB-${num(rng, 9)}`);
    const t = { id: Number(num(rng, 6)), created_at: `${d}T${hms(rng)}Z`, subject: rng.pick(['Återbetalning', 'Dubbeldragning', 'Inställd visning', 'Fel salong']), status: rng.pick(['open', 'pending', 'solved']),
      requester: { name: NM(R, g.p, rng.pick(['full', 'full', 'lower'])), email: T(R, 'email', g.em) }, assignee: { name: NM(R, a.p, 'full', 'staff'), email: R.t('email', a.mail, 'staff-work') },
      custom_fields: [{ id: 360001, value: order }, { id: 360002, value: N.id('card-mask', `**** **** **** ${rng.digits(4)}`) }, { id: 360003, value: film(R, rng) }], comments: [] };
    t.comments.push({ author: 'requester', body: rng.pick([() => `Hej! Jag blev dragen två gånger för ordern ${order}. Ring mig gärna på ${T(R, 'phone', g.ph)}. /${g.p.first}`,
      () => `Visningen ställdes in pga strömavbrott. Vi var fyra: jag, ${NM(R, kin(rng, g.p), 'full', 'running-text')} och två barn. Vill ha pengarna tillbaka.`,
      () => `Hi, I bought tickets for the wrong cinema (${rng.pick(CINEMAS)}). Can you refund? Thanks, ${NM(R, g.p, 'full', 'signature')}`])() });
    t.comments.push({ author: a.p.full, body: rng.pick([() => `Hej ${g.p.first}! Vi har återbetalat ${N.amount(`${rng.int(1, 4) * 139} kr`)} till ditt kort. Det tar 3–5 bankdagar.`, () => 'Vi behöver ditt ordernummer.', () => `Återbetalning via Swish till ${T(R, 'phone', g.ph)} gjord.`])() });
    tickets.push(t);
  }
  C.put(file, jsonText({ tickets, count: tickets.length, next_page: null }));
}

function hittegods(C) {
  const file = 'bio/hittegods_register.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Ärende', 'Hittat', 'Biograf', 'Salong', 'Föremål', 'Beskrivning', 'Ägare', 'Telefon', 'Utlämnat']];
  for (let i = 0; i < 110; i++) {
    const g = guest(rng); const known = rng.chance(0.6);
    const item = rng.pick(['Plånbok', 'Mobiltelefon', 'Jacka', 'Nycklar', 'Mössa', 'Glasögon', 'Gosedjur', 'Paraply', 'Körkort']);
    let desc = rng.pick(['svart', 'röd, märkt med namnlapp', 'iPhone med sprucken skärm', 'med nyckelring "Ullared"']);
    if (item === 'Plånbok' || item === 'Körkort') desc = `Innehåller ID-kort: ${NM(R, g.p, 'caps', 'caps')}\npersonnr ${T(R, 'personnummer', pnr(rng))}`;
    if (item === 'Mobiltelefon' && rng.chance(0.5)) desc = `Låsskärm visar "${N.lone(rng.pick(LONE))}" – IMEI ${N.id('imei', `35${num(rng, 13)}`)}`;
    rows.push([N.id('case-number', `HG-${num(rng, 5)}`), N.date(dotDate(date(rng))), R.n('name', 'cinema', rng.pick(CINEMAS)), `Salong ${rng.int(1, 9)}, rad ${rng.int(1, 14)}`, item, desc,
      known ? NM(R, g.p, rng.pick(['full', 'surname-first', 'lower'])) : '', known ? T(R, 'phone', g.ph) : '', known && rng.chance(0.6) ? N.date(date(rng)) : '']);
  }
  putW(C, file, csv(rows, { sep: ';' }));
}

function incident(C) {
  const file = 'bio/incidentrapporter_q3.docx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const a = W.agents[0]; const creator = NM(R, a.p, 'full', 'docx-creator');
  const blocks = [{ h: 'Incidentrapporter kvartal 3 – Salongen Bio' }];
  for (let i = 0; i < 20; i++) {
    const g = guest(rng, { cp1252: false }); const w1 = guest(rng); const st = rng.pick(W.agents); const d = date(rng, '2026-07-01', '2026-09-30');
    blocks.push({ h: `Incident ${N.id('incident-number', `IR-2026-${num(rng, 4)}`)} – ${R.n('name', 'cinema', rng.pick(CINEMAS))}` },
      `Datum/tid: ${N.date(dotDate(d))} ${N.time(hhmm(rng))}. Film: ${film(R, rng)}.`,
      rng.pick([() => `Gäst ${NM(R, g.p, 'full', 'running-text')} snubblade i trappan vid rad ${rng.int(3, 12)} och slog i knät. Ambulans ej tillkallad.`,
        () => `Allergisk reaktion (nötter) hos barn, förälder ${NM(R, g.p, 'full', 'running-text')} gav adrenalinpenna. 112 ringdes av personal.`,
        () => `Störande gäst, ${NM(R, g.p, 'full', 'running-text')} (enl. legitimation), avvisades efter upprepade tillsägelser. Polis ej tillkallad.`])(),
      { table: [['Roll', 'Namn', 'Telefon'], ['Drabbad', NM(R, g.p, 'full'), T(R, 'phone', g.ph)], ['Vittne', NM(R, w1.p, rng.pick(['full', 'surname-first'])), T(R, 'phone', w1.ph)], ['Personal', NM(R, st.p, 'full', 'staff'), T(R, 'phone', { value: st.mob.value, subtype: 'staff-mobile' })]] },
      `Rapporterad av ${st.p.full}. Försäkringsärende ${N.id('claim-number', `${letters(rng, 3)}-${num(rng, 7)}`)}.`);
  }
  blocks.push(footer(R, W.o));
  putW(C, file, docx(blocks, { creator }));
}

function skanning(C) {
  const file = 'bio/biljettskanning.log'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 200; i++) {
    const d = date(rng); const ord = N.id('order-number', `SB-${num(rng, 9)}`);
    const mem = rng.chance(0.55) ? ` member=${T(R, 'phone', phone(rng, 'mobile', rng.pick(['plain46', 'plain46', 'e164', 'compact'])))}` : rng.chance(0.3) ? ` member=${N.id('member-number', num(rng, 8))}` : '';
    lines.push(`${d} ${hms(rng)} gate${rng.int(1, 6)} SCAN cinema=${rng.int(101, 105)} screen=${rng.int(1, 9)} title="${film(R, rng)}" order=${ord} seat=${letters(rng, 1)}${rng.int(1, 22)}${mem} result=${rng.pick(['OK', 'OK', 'OK', 'ALREADY_USED', 'WRONG_SHOW'])}`);
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function mail(C) {
  const file = 'bio/kundservice_aterbetalning.mbox'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 36; i++) {
    const g = guest(rng); const a = rng.pick(W.agents); const d = date(rng);
    const inbound = rng.chance(0.6);
    const sig = () => `${NM(R, a.p, 'full', 'signature')}\nKundservice, ${O.name}\n${R.n('phone', 'service-line', W.o.service)}`;
    const text = inbound ? rng.pick([() => `Hej,\nJag köpte biljetter till ${film(R, rng)} men blev sjuk. Kan jag få pengarna tillbaka? Order ${N.id('order-number', `SB-${num(rng, 9)}`)}.\n\nHälsningar\n${NM(R, g.p, 'full', 'signature')}\n${T(R, 'phone', g.ph)}`,
      () => `hej! min dotter ${NM(R, kin(rng, g.p), 'lower', 'lower')} glömde sin jacka i salong 4 igår, har ni hittat den? ring ${T(R, 'phone', g.ph)}`,
      () => `Good evening,\nMy name is ${NM(R, g.p, 'full', 'self-intro')} and I was charged twice. My bank is ${R.n('name', 'company', 'Handelsbanken')}, IBAN ${R.n(null, 'iban', `SE${rng.int(10, 99)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`)}.`])()
      : `Hej ${N.lone(g.p.first)},\n\nTack för ditt mejl. Vi har nu återbetalat ${N.amount(`${rng.int(1, 5) * 145} kr`)}.\n\nVänliga hälsningar\n${sig()}\n\n> ${g.p.full} <${g.em.value}> skrev:\n> Jag vill ha pengarna tillbaka för ${film(R, rng)}.`;
    if (!inbound) { R.t('name', g.p.full, 'quoted-header'); }
    const gem = T(R, 'email', g.em);
    const from = inbound ? [rng.chance(0.8) ? R.t('name', g.p.full, 'header-display') : '', gem] : [R.t('name', a.p.full, 'header-display'), R.t('email', a.mail, 'staff-work')];
    const to = inbound ? [['Salongen Bio Kundservice', W.o.roles[0]]] : [[R.t('name', g.p.full, 'header-display'), gem]];
    if (inbound) R.n('email', 'role-email', W.o.roles[0]);
    msgs.push({ from, to, subject: inbound ? rng.pick(['Återbetalning', 'Glömd jacka', 'Charged twice']) : 'Sv: Återbetalning', date: rfcDate(d, hms(rng)), id: `${alnum(rng, 18)}@${inbound ? 'mail.example' : O.domain}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
  }
  putW(C, file, mbox(msgs));
}

function chatt(C) {
  const file = 'bio/chatt_transkript_november.txt'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const out = [];
  for (let i = 0; i < 45; i++) {
    const g = guest(rng); const a = rng.pick(W.agents); const d = date(rng, '2026-11-01', '2026-11-24');
    const gname = NM(R, g.p, rng.pick(['full', 'full', 'lower', 'short']), 'chat-speaker'); const aname = R.t('name', a.p.full, 'chat-speaker');
    out.push(`=== Konversation ${N.id('conversation-id', num(rng, 12))} | ${d} | Besökare: ${gname} (${T(R, 'email', g.em)}) | IP ${T(R, 'ip', ipVal(rng))} ===`);
    out.push(`[${hhmm(rng)}] ${gname}: ${rng.pick(['hej, kan jag byta tid på mina biljetter?', 'Hej! Appen kraschar när jag ska betala', 'finns det hörslinga i salong 2?', 'jag vill avsluta mitt medlemskap'])}`);
    out.push(`[${hhmm(rng)}] ${aname}: Hej! Jag heter ${N.lone(a.p.first)} och hjälper dig gärna. Vad har du för ordernummer eller telefonnummer?`);
    out.push(`[${hhmm(rng)}] ${gname}: ${rng.pick([() => `${T(R, 'phone', g.ph)}`, () => `det är ${N.id('order-number', `SB-${num(rng, 9)}`)}`, () => `nummer ${T(R, 'phone', g.ph)}, medlem sen länge`])()}`);
    if (rng.chance(0.3)) out.push(`[${hhmm(rng)}] ${gname}: biljetterna står på min man ${NM(R, kin(rng, g.p), 'full', 'running-text')}`);
    out.push(`[${hhmm(rng)}] ${aname}: Tack, nu är det fixat. Ha en fin kväll!`, '');
  }
  C.put(file, out.join('\n'));
}

function hubspot(C) {
  const file = 'bio/hubspot_contacts_export.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Lifecycle Stage', 'Create Date', 'IP Address', 'Contact owner']];
  for (const g of guests(rng, 110)) {
    const a = rng.pick(W.agents);
    C.joined(file, g.p.given, g.p.last);
    rows.push([N.id('record-id', num(rng, 11)), g.p.given, g.p.last, T(R, 'email', g.em), rng.chance(0.7) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'intl', 'compact']))) : '',
      rng.pick(['subscriber', 'lead', 'customer']), `${date(rng)} ${hhmm(rng)}`, rng.chance(0.6) ? T(R, 'ip', ipVal(rng)) : '', NM(R, a.p, 'full', 'staff')]);
  }
  putW(C, file, csv(rows, { sep: ',', quoteAll: true }));
}

function app(C) {
  const file = 'bio/app_inloggningar.ndjson'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 100; i++) {
    const g = guest(rng);
    lines.push(JSON.stringify({ ts: `${date(rng)}T${hms(rng)}.${rng.digits(3)}Z`, event: rng.pick(['login', 'login', 'token_refresh', 'login_failed', 'password_reset']), user: T(R, 'email', g.em),
      memberNo: N.id('member-number', num(rng, 8)), device: N.id('device-id', `${alnum(rng, 8)}-${alnum(rng, 4)}-${alnum(rng, 4)}`.toLowerCase()), ip: T(R, 'ip', ipVal(rng)), app: `SalongenBio/${rng.int(3, 5)}.${rng.int(0, 20)}.${rng.int(0, 9)}`, edge: server(R, W.o, rng.int(0, 1)) }));
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function schema(C) {
  const file = 'bio/personalschema_v47.xlsx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const creator = NM(R, W.agents[1].p, 'full', 'xlsx-creator');
  const sheets = CINEMAS.map((c) => {
    const rows = [[`${c} – vecka 47`], ['Namn', 'Mobil', 'Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön']];
    for (const p of people(rng, 10, { origins: [['swedish', 60], ['arabic', 8], ['somali', 6], ['persian', 6], ['bosnian', 5], ['tigrinya', 5], ['ukrainian', 5], ['spanish', 5]] })) {
      rows.push([NM(R, p, rng.pick(['full', 'full', 'surname-first']), 'staff'), T(R, 'phone', phone(rng, 'mobile', rng.pick(['grouped', 'compact']))), ...Array.from({ length: 7 }, () => rng.pick(['', '16-23', '17-00', '12-20', 'LEDIG', 'Kassa 15-22']))]);
    }
    rows.push([], ['Biografchef jour', R.n('phone', 'switchboard', W.o.switchboard)]);
    return { name: c.replace('Salongen ', ''), rows };
  });
  putW(C, file, xlsx(sheets, { creator }));
}

function presentkort(C) {
  const file = 'bio/presentkort_inlosen.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Kortnummer', 'PIN', 'Köpt', 'Köpare', 'Köparens e-post', 'Mottagare', 'Belopp', 'Saldo', 'Inlöst på']];
  for (let i = 0; i < 100; i++) {
    const b = guest(rng); const m = rng.chance(0.6) ? person(rng) : null;
    rows.push([N.id('gift-card', `6036 ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`), N.id('pin', rng.digits(4)), N.date(date(rng)), NM(R, b.p, nameStyle(rng)), T(R, 'email', b.em), m ? NM(R, m, 'full', 'recipient') : '',
      N.amount(`${rng.pick([200, 300, 500, 1000])},00`), `${rng.int(0, 500)},00`, R.n('name', 'cinema', rng.pick(CINEMAS))]);
  }
  putW(C, file, csv(rows, { sep: ';', eol: '\n' }));
}

function recensioner(C) {
  const file = 'bio/recensioner_salongen.html'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const items = [];
  for (let i = 0; i < 70; i++) {
    const g = guest(rng); const d = date(rng);
    const who = rng.chance(0.5) ? H(NM(R, g.p, 'full', 'reviewer')) : H(N.look('first-name-initial', `${g.p.first} ${g.p.last[0]}.`));
    items.push(`<div class="review"><span class="author">${who}</span> <span class="date">${N.date(d)}</span> <span class="stars">${'★'.repeat(rng.int(1, 5))}</span><p>${H(rng.pick([() => `Såg ${film(R, rng)} i ${rng.pick(CINEMAS)}, bra ljud men kladdiga stolar.`, () => 'Personalen var supertrevlig!', () => 'För dyrt popcorn.', () => `Tack till ${N.lone(rng.pick(LONE))} i kassan som hjälpte oss.`])())}</p>${rng.chance(0.15) ? `<p class="reply">Svar från ${H(NM(R, rng.pick(W.agents).p, 'full', 'staff'))}: Tack för din feedback!</p>` : ''}</div>`);
  }
  putW(C, file, htmlPage(`<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Omdömen – Salongen Bio</title></head><body><h1>Vad våra gäster tycker</h1>\n${items.join('\n')}\n<footer>${H(footer(R, W.o, ['orgnr', 'service']))}</footer></body></html>`));
}

function akut(C) {
  const file = 'bio/incident_utrymning_hamnen.eml'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const a = W.agents[2]; const boss = person(rng, { middle: 0 });
  const wit = guests(rng, 9);
  const lines = [`Hej ${N.lone(boss.first)},`, '', `Igår kväll utrymdes salong 5 på ${R.n('name', 'cinema', 'Salongen Hamnen')} efter brandlarm (visning av ${film(R, rng)}). Räddningstjänsten kom ${N.time('21:14')}.`, 'Vittnen som lämnat uppgifter:'];
  for (const w of wit) lines.push(`- ${NM(R, w.p, 'full')}, ${T(R, 'phone', w.ph)}${rng.chance(0.4) ? `, ${T(R, 'email', w.em)}` : ''}`);
  lines.push('', 'Mvh', NM(R, a.p, 'full', 'signature'), `${T(R, 'phone', { value: a.mob.value, subtype: 'staff-mobile' })}`);
  const text = lines.join('\n');
  const html = `<html><body>\n${lines.map((l) => `<p>${H(l)}</p>`).join('\n')}\n</body></html>`;
  putW(C, file, eml({ from: [R.t('name', a.p.full, 'header-display'), R.t('email', a.mail, 'staff-work')], to: [[R.t('name', boss.full, 'header-display'), R.t('email', workEmail(boss, O.domain), 'staff-work')]],
    subject: 'Incident: utrymning salong 5', date: rfcDate('2026-10-18', '08:41:00'), id: `${alnum(rng, 16)}@${O.domain}`, text, html, htmlText: htmlToText(html), enc: 'qp' }));
}

export default function build(C) {
  medlemmar(C); zendesk(C); hittegods(C); incident(C); skanning(C); mail(C); chatt(C); hubspot(C); app(C); schema(C); presentkort(C); recensioner(C); akut(C);
}
