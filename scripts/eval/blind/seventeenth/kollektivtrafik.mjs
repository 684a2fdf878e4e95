// Seventeenth set — a regional public-transport company's customer service (Regiontrafiken Norrsken): registered
// travel cards, delay-compensation claims, lost and found, call logs, app events, complaints, school cards with
// guardians, SMS tickets, traffic controllers' incident notes, decision letters, a Teams export, operator vCards.
import { Rng, person, people, kin, nameAs, nameStyle, N, PNR, phone, PH, EM, workEmail, T, date, dotDate, hhmm, hms, isoTs, ocr, alnum, cardNo, v6,
  org, footer, role, server, nears, csv, xlsx, mbox, rfcDate, pdfLines, jsonText, put, putText, p2s, num, amount, postcode, street, CITIES, LONE, LOOKALIKE, IP, svDate,
  folded, htmlEsc, ascii } from './core.mjs';

const DOM = 'norrskentrafiken.se';
const LINES = ['1', '2', '8', '9', '20', '100', '110', '120', '31', '46', '62'];
const STOPS = ['Vasaplan', 'Umeå Östra', 'Skellefteå busstation', 'Lycksele resecentrum', 'Holmsund centrum', 'Ersboda torg', 'Mariehem C', 'Vännäs station', 'Robertsfors', 'Nydalahallen'];

export default function kollektivtrafik(C) {
  const rng = new Rng('kollektivtrafik');
  const o = org(rng, { name: 'Regiontrafiken Norrsken AB', domain: DOM, area: '90', roles: ['kundservice', 'ersattning', 'noreply', 'hittegods', 'trafikledning'] });
  const staff = people(new Rng('kollektivtrafik/staff'), 12, {});
  const stop = (nm) => (rng.chance(0.2) ? nm.look('bus-stop', rng.pick(LOOKALIKE.stop)) : rng.pick(STOPS));

  // 1. registered travel cards, UTF-8 BOM
  {
    const f = 'kollektivtrafik/resekort_registrerade.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Kortnummer', 'Kortnamn', 'Innehavare', 'Personnummer', 'E-post', 'Mobil', 'Registrerad', 'Saldo', 'Anteckning']];
    for (let i = 0; i < 130; i++) {
      const p = person(rng);
      rows.push([nm.id('card-number', cardNo(rng)), (rng.chance(0.2) ? `${nm.lone(p.first)}s kort` : rng.pick(['Mitt kort', 'Jobbkortet', 'Barnens', 'Reserv'])), N(R, p, nameStyle(rng)), rng.chance(0.8) ? PNR(R, rng, { samord: rng.chance(0.05) }) : '',
        EM(R, rng, p), PH(R, rng, 'mobile'), date(rng, '2022-01-01', '2026-11-20'), nm.amount(`${rng.int(0, 900)},${p2s(rng.int(0, 99))}`),
        rng.chance(0.1) ? `Spärrat ${dotDate(date(rng))}, nytt kort ${nm.id('card-number', cardNo(rng))}` : rng.chance(0.08) ? `Överfört till ${N(R, kin(rng, p), 'full', 'running-text')}` : '']);
    }
    put(C, f, csv(rows, { bom: true }));
  }

  // 2. delay compensation claims (JSON, ticket-system shaped)
  {
    const f = 'kollektivtrafik/forseningsersattning_arenden.json'; const R = C.at(f); const nm = nears(R, rng);
    const tickets = [];
    for (let i = 0; i < 50; i++) {
      const p = person(rng); const h = rng.pick(staff); const d = date(rng, '2026-08-01', '2026-11-20');
      tickets.push({ id: Number(num(rng, 6)), subject: `Förseningsersättning ${rng.pick(LINES)} ${d}`, status: rng.pick(['solved', 'open', 'pending']),
        requester: { name: N(R, p, rng.weighted([['full', 80], ['lower', 10], ['caps', 10]])), email: EM(R, rng, p), phone: rng.chance(0.6) ? PH(R, rng) : null },
        custom_fields: [{ id: 3600011, value: rng.chance(0.7) ? PNR(R, rng) : null }, { id: 3600012, value: nm.id('clearing', String(rng.int(3000, 8999))) }, { id: 3600013, value: nm.id('account-number', num(rng, 10)) },
          { id: 3600014, value: nm.id('card-number', cardNo(rng)) }],
        trips: [{ line: rng.pick(LINES), from: stop(nm), to: stop(nm), planned: `${d}T${nm.id('time', hhmm(rng))}`, delayMinutes: rng.int(20, 140), taxiReceipt: rng.chance(0.2) ? nm.amount(amount(rng, 150, 1400)) : null }],
        comments: [{ author: 'end-user', body: rng.pick([() => `Bussen kom aldrig, fick ta taxi. Mvh ${p.full}`, () => `hej! tåget till ${rng.pick(CITIES)} var ${rng.int(20, 90)} min sent, jag vill ha ersättning. ${p.first}`, () => `Ansöker för min mamma ${N(R, kin(rng, p), 'full', 'running-text')} som inte har mejl.`])() },
          { author: R.t('name', h.full, 'staff'), body: `Hej ${nm.lone(p.first)}! Vi har beviljat ${nm.amount(amount(rng, 40, 900))} som betalas ut inom 10 bankdagar. /${h.first}, Kundservice` }] });
    }
    putText(C, f, jsonText({ tickets, count: tickets.length, next_page: null }));
  }

  // 3. lost and found workbook
  {
    const f = 'kollektivtrafik/hittegods_2026.xlsx'; const R = C.at(f); const nm = nears(R, rng);
    const s1 = [['Id', 'Inlämnat', 'Linje', 'Hållplats/Fordon', 'Föremål', 'Beskrivning', 'Upphittare']];
    for (let i = 0; i < 120; i++) {
      const w = person(rng);
      const desc = rng.pick([() => `Plånbok, innehåller ID-kort för ${N(R, person(rng), rng.pick(['caps', 'full']), 'id-card')} (${PNR(R, rng)})`, () => `Mobiltelefon, skal med namn ${nm.lone(rng.pick(LONE))}`, () => 'Svart ryggsäck med gympapåse',
        () => `Körkort utfärdat på ${N(R, person(rng), 'surname-first-caps')}`, () => `Nyckelknippa, bricka "${nm.look('street', rng.pick(LOOKALIKE.street))} 4"`, () => 'Barnvagnsfilt, grå', () => `Resekort ${nm.id('card-number', cardNo(rng))}`])();
      s1.push([nm.id('lost-item-id', `HG-${num(rng, 5)}`), date(rng), rng.pick(LINES), stop(nm), rng.pick(['Plånbok', 'Mobil', 'Väska', 'Nycklar', 'Kort', 'Kläder']), desc, rng.chance(0.4) ? N(R, w, 'full', 'finder') : 'Förare']);
    }
    const s2 = [['Id', 'Utlämnat till', 'Legitimation', 'Telefon', 'Datum', 'Handläggare']];
    for (let i = 0; i < 60; i++) { const p = person(rng); s2.push([nm.id('lost-item-id', `HG-${num(rng, 5)}`), N(R, p, 'surname-first'), PNR(R, rng), PH(R, rng), date(rng), R.t('name', rng.pick(staff).full, 'staff')]); }
    put(C, f, xlsx([{ name: 'Inlämnat', rows: s1 }, { name: 'Utlämnat', rows: s2 }, { name: 'Info', rows: [['Hittegods', o.name], ['Kontakt', role(R, o, 3)], ['Växel', R.n('phone', 'switchboard', o.switchboard)]] }], { creator: R.t('name', staff[3].full, 'xlsx-creator') }));
  }

  // 4. call log, TSV
  {
    const f = 'kollektivtrafik/samtalslogg_kundservice.tsv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['CallId', 'Start', 'ANI', 'DNIS', 'Kö', 'Agent', 'Väntetid', 'Samtalstid', 'Kod', 'Notering']];
    for (let i = 0; i < 180; i++) {
      const a = rng.pick(staff); const hidden = rng.chance(0.07);
      const ani = hidden ? 'Anonymous' : PH(R, rng, rng.weighted([['mobile', 80], ['landline', 15], ['foreign', 5]]));
      const note = rng.chance(0.3) ? rng.pick([() => `kund ${N(R, person(rng), rng.pick(['full', 'lower']))} vill ha ersättning`, () => `ang kort ${nm.id('card-number', cardNo(rng, { grouped: false }))}`, () => 'fråga om skolkort', () => `återring ${PH(R, rng, 'mobile')}`])() : '';
      rows.push([nm.id('call-id', alnum(rng, 10)), `2026-11-${p2s(rng.int(2, 20))} ${hms(rng)}`, ani, R.n('phone', 'service-line', o.service), rng.pick(['Reseinfo', 'Ersättning', 'Hittegods', 'Färdtjänst-hänv']),
        R.t('name', a.full, 'staff'), rng.int(5, 900), rng.int(30, 1500), rng.pick(['LÖST', 'ÅTERKOM', 'HÄNV', 'TAPPAT']), note]);
    }
    putText(C, f, rows.map((r) => r.join('\t')).join('\n') + '\n');
  }

  // 5. app events, NDJSON
  {
    const f = 'kollektivtrafik/app_handelser_2026-11.ndjson'; const R = C.at(f); const nm = nears(R, rng);
    const users = Array.from({ length: 70 }, () => { const p = person(rng); return { p, id: `u_${alnum(rng, 10).toLowerCase()}`, email: null }; });
    const lines = [];
    for (let i = 0; i < 170; i++) {
      const u = rng.pick(users); u.email ??= EM(R, rng, u.p); R.t('email', u.email, 'personal');
      const ev = rng.pick(['login', 'purchase', 'activate', 'refund_request', 'profile_update']);
      const o2 = { ts: isoTs(rng, date(rng, '2026-11-01', '2026-11-22')), event: ev, user: nm.id('user-id', u.id), email: u.email, ip: IP(R, rng), app: nm.id('version', `${rng.int(5, 7)}.${rng.int(0, 20)}.${rng.int(0, 9)}`), platform: rng.pick(['ios', 'android']) };
      if (ev === 'purchase') Object.assign(o2, { ticketId: nm.id('ticket-id', `NT${num(rng, 10)}`), product: rng.pick(['Enkelbiljett vuxen', '30-dagars', 'Student 90']), price: rng.int(30, 990) });
      if (ev === 'profile_update') Object.assign(o2, { changes: { name: N(R, u.p, 'full', 'profile'), phone: PH(R, rng, 'mobile', rng.pick(['e164', 'intl', 'compact'])) } });
      lines.push(JSON.stringify(o2));
    }
    putText(C, f, lines.join('\n') + '\n');
  }

  // 6. complaints mailbox
  {
    const f = 'kollektivtrafik/synpunkter_inkorg.mbox'; const R = C.at(f); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 24; i++) {
      const p = person(rng); const h = rng.pick(staff); const d = date(rng, '2026-09-01', '2026-11-20'); const em = EM(R, rng, p); R.t('name', p.full, 'header-display');
      const tel = PH(R, rng);
      const text = rng.pick([
        () => `Hej,\n\nFöraren på linje ${rng.pick(LINES)} (buss ${nm.id('vehicle-number', num(rng, 4))}) körde förbi mig vid ${stop(nm)} ${nm.date(dotDate(d))} kl ${nm.id('time', hhmm(rng))} trots att jag vinkade. Jag kom för sent till jobbet.\n\nMed vänlig hälsning\n${p.full}\n${tel}`,
        () => `Hej! Min son ${N(R, kin(rng, p), 'full', 'running-text')} (elevkort ${nm.id('card-number', cardNo(rng))}) blev avvisad av föraren. Kortet var laddat. Ring mig gärna på ${tel}.\n// ${p.first}`,
        () => `Dear customer service, I was charged twice for my ticket (${nm.id('ticket-id', `NT${num(rng, 10)}`)}). Please refund. Regards, ${p.full}, ${tel}`,
      ])();
      msgs.push({ from: [p.full, em], to: [['Regiontrafiken Kundservice', role(R, o, 0)]], subject: rng.pick(['Klagomål', 'Synpunkt på förare', 'Dubbeldragning', 'Skolkort fungerar inte']), date: rfcDate(d, `${p2s(rng.int(6, 23))}:${p2s(rng.int(0, 59))}:00`),
        id: `${alnum(rng, 12)}@${rng.pick(['mail.gmail.com', 'outlook.com', 'icloud.com'])}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Wed Nov 04 08:00:00 2026' });
      if (rng.chance(0.6)) {
        const hn = R.t('name', h.full, 'staff'); const hm = R.t('email', workEmail(h, DOM), 'staff-work');
        const html = `<p>Hej ${htmlEsc(p.first)},</p><p>Tack för att du hörde av dig. Vi har skickat synpunkten till trafikföretaget och återkommer.</p><p>Vänliga hälsningar<br>${htmlEsc(hn)}<br>Kundservice ${htmlEsc(o.name)}<br>${hm}</p>`;
        nm.lone(p.first);
        msgs.push({ from: [h.full, hm], to: [[p.full, em]], cc: [['Trafikledningen', role(R, o, 4)]], subject: 'SV: Synpunkt', date: rfcDate(d, '16:00:00'), id: `nt-${num(rng, 9)}@${DOM}`,
          text: `Hej ${p.first},\n\nTack för att du hörde av dig. Vi har skickat synpunkten till trafikföretaget och återkommer.\n\nVänliga hälsningar\n${hn}\nKundservice ${o.name}\n${hm}\n\n> ${text.split('\n').join('\n> ')}`, html, htmlText: `Hej ${p.first},\nTack för att du hörde av dig.\nVänliga hälsningar\n${hn}\nKundservice ${o.name}\n${hm}`, enc: 'qp', mboxDate: 'Wed Nov 04 16:00:00 2026' });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 7. school cards with guardians, cp1252
  {
    const f = 'kollektivtrafik/elevkort_ht2026.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Skola', 'Klass', 'Elev förnamn', 'Elev efternamn', 'Personnr', 'Kortnr', 'Vårdnadshavare', 'VH mobil', 'VH e-post', 'Zon']];
    for (let i = 0; i < 110; i++) {
      const kid = person(rng, { cp1252: true, middle: 0.2 }); const g = kin(rng, kid, { cp1252: true });
      C.joined(f, kid.given, kid.last);
      rows.push([rng.pick(['Dragonskolan', 'Ersängsskolan', 'Midgårdsskolan', 'Anna Lindhs skola', 'Hedlundaskolan']), `${rng.int(6, 9)}${rng.pick(['A', 'B', 'C'])}`, kid.given, kid.last,
        PNR(R, rng, { minYear: 2010, maxYear: 2020, style: rng.pick(['short', 'long']) }), nm.id('card-number', cardNo(rng, { grouped: false })), N(R, g, rng.pick(['full', 'surname-first']), 'guardian'), PH(R, rng, 'mobile'), EM(R, rng, g), rng.pick(['A', 'AB', 'ABC'])]);
    }
    nm.look('school', 'Anna Lindhs skola');
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 8. SMS ticket gateway
  {
    const f = 'kollektivtrafik/smsbiljett_gateway.log'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 120; i++) {
      const t = `2026-11-${p2s(rng.int(1, 22))}T${hms(rng)}+01:00`; const msisdn = PH(R, rng, 'mobile', 'plain46');
      out.push(`${t} MO  msisdn=${msisdn} sc=${nm.id('short-code', '0700')} body="${rng.pick(['U', 'UV', 'S', 'UR'])}"`);
      out.push(`${t} MT  msisdn=${msisdn} ticket=${nm.id('ticket-id', `SMS${alnum(rng, 8)}`)} price=${rng.pick(['32', '40', '26'])}SEK charged=OK op=${rng.pick(['TELIA', 'TELE2', 'TELENOR', 'TRE'])}`);
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 9. traffic control incident notes, Markdown
  {
    const f = 'kollektivtrafik/trafikledning_handelser.md'; const R = C.at(f); const nm = nears(R, rng);
    const out = ['# Händelselogg trafikledningen, november 2026', ''];
    for (let i = 0; i < 28; i++) {
      const d = date(rng, '2026-11-01', '2026-11-22'); const h = rng.pick(staff); const p = person(rng); const w = person(rng);
      out.push(`## ${d} ${nm.id('time', hhmm(rng))} — linje ${rng.pick(LINES)}`, '',
        `- **Rapporterat av:** ${R.t('name', h.full, 'staff')}`,
        `- **Plats:** ${stop(nm)}`,
        rng.pick([() => `- **Händelse:** Resenär ${N(R, p, 'full', 'running-text')} föll i bussen vid inbromsning, ambulans tillkallad. Vittne: ${N(R, w, 'full', 'witness')}, tel ${PH(R, rng)}.`,
          () => `- **Händelse:** Hot mot förare. Polisanmälan ${nm.police()}. Gärningsperson uppgav namnet ${N(R, p, 'caps', 'caps')}, född ${nm.date(String(rng.int(1970, 2006)))}.`,
          () => `- **Händelse:** Kvarglömt barn, ${nm.lone(rng.pick(LONE))} 6 år, hämtat av pappa ${N(R, p, 'full', 'running-text')} (${PNR(R, rng)}).`,
          () => `- **Händelse:** Plankning, kontrollavgift utfärdad till ${N(R, p, 'surname-first')} ${PNR(R, rng, { style: 'long' })}.`])(), '');
    }
    putText(C, f, out.join('\n'));
  }

  // 10. decision letters (PDF)
  {
    const f = 'kollektivtrafik/beslut_forseningsersattning.pdf'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 36; i++) {
      const p = person(rng, { cp1252: true }); const h = rng.pick(staff.filter((s) => /^[\x00-\xff]*$/.test(s.full)));
      lines.push({ text: 'Beslut om förseningsersättning', size: 13, bold: true }, N(R, p, rng.pick(['full', 'caps'])), `${street(rng)}, ${nm.id('postcode', postcode(rng))} ${rng.pick(CITIES)}`,
        `Ärende ${nm.id('case-number', num(rng, 6))}  Personnummer: ${PNR(R, rng)}`, `Resa ${nm.date(svDate(date(rng)))} linje ${rng.pick(LINES)}: ersättning ${nm.amount(amount(rng, 40, 900))}`,
        `Handläggare ${R.t('name', h.full, 'staff')}`, '');
    }
    lines.push(footer(R, o, ['orgnr', 'switchboard', 'service']));
    put(C, f, pdfLines(lines, { per: 42, title: 'Beslut' }));
  }

  // 11. Teams export
  {
    const f = 'kollektivtrafik/teams_kundservice_export.json'; const R = C.at(f); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 60; i++) {
      const a = rng.pick(staff); const p = person(rng);
      msgs.push({ id: num(rng, 13), createdDateTime: isoTs(rng, date(rng, '2026-11-01', '2026-11-22')), from: { user: { displayName: R.t('name', a.full, 'chat-speaker'), userPrincipalName: R.t('email', workEmail(a, DOM), 'staff-work') } },
        body: { contentType: 'text', content: rng.pick([() => `nån som vet om ${N(R, p, rng.pick(['full', 'lower']))} fått sin ersättning? hon ringer igen`, () => `@${nm.lone(rng.pick(staff).first)} kan du ta hittegods idag?`, () => `kund ${PH(R, rng)} vill bli uppringd ang ${nm.id('card-number', cardNo(rng))}`, () => 'lunch 12?', () => `spärrat kort åt ${N(R, p, 'full')}, nytt skickat till ${street(rng)}`])() } });
    }
    putText(C, f, jsonText({ chatId: `19:${alnum(rng, 24).toLowerCase()}@thread.v2`, topic: 'Kundservice Norrsken', messages: msgs }));
  }

  // 12. operator contacts, vCard 3.0
  {
    const f = 'kollektivtrafik/kontakter_trafikforetag.vcf'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 34; i++) {
      const p = person(rng); const co = rng.pick(['Norrlandsbuss AB', 'Kustexpressen AB', 'Inlandstrafik i Lappland AB', 'Bussbolaget Vindeln AB']);
      const dom = ascii(co.split(' ')[0]) + '.se';
      lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${p.last};${p.given};;;`, `FN:${R.t('name', p.full, 'vcard-fn')}`, `ORG:${nm.id('company', co)}`, `TITLE:${rng.pick(['Trafikchef', 'Depåansvarig', 'Driftledare', 'Kundansvarig'])}`,
        `TEL;TYPE=CELL:${PH(R, rng, 'mobile', rng.pick(['intl', 'grouped', 'e164']))}`, `TEL;TYPE=WORK:${PH(R, rng, 'landline')}`, `EMAIL;TYPE=INTERNET:${R.t('email', workEmail(p, dom), 'work')}`,
        `NOTE:Jour vardagar. Ersättare ${N(R, person(rng), 'full', 'running-text')}. Växel ${nm.id('switchboard', `0${rng.pick(['90', '910', '950'])}-${num(rng, 2)} ${num(rng, 2)} 00`, 'phone')}`, 'END:VCARD');
    }
    put(C, f, folded(lines));
  }
}
