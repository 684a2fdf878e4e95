// Twenty-fifth blind set — a bicycle repair and rental shop (cykel/): repair tickets from the till system, rental
// contracts with ID checks (JSON), the SMS gateway's pick-up notices, a till export with Swish payers, customer mail,
// a stolen-bike register, rental receipts (PDF), workshop notes, a booking calendar, the staff's WhatsApp chat, a
// review page, and last year's archive as a zip with a zip inside.
import { Rng, F, org, mkPerson, person, people, kin, nameStyle, pnrFmt, phoneFmt, phoneObj, phone, email, address, signature, footer,
  csv, xlsx, zip, mbox, pdfLines, folded, htmlEsc, jsonText, put, putText, date, dotDate, slashDate, hhmm, hms, isoTs, rfcDate, num, safe, alnum, svDate, amount, p2, letters, LONE } from './core.mjs';

const BIKES = ['Kronan 3-vxl', 'Crescent Elis 7', 'Monark Karin', 'Skeppshult Natur', 'Bianchi Via Nirone', 'Trek FX 2', 'Specialized Sirrus', 'Cannondale Quick', 'Babboe Curve (lådcykel)', 'Riese & Müller Load', 'Ecoride Ambassador', 'Batavus Finez'];
const JOBS = [['Laga punktering', 189], ['Byte av kedja', 449], ['Service bas', 695], ['Service stor', 1295], ['Byte bromsklossar', 349], ['Justering växlar', 295], ['Byte innerslang + däck', 649], ['Felsökning elcykel', 595], ['Ekerbyte', 395]];

export default function cykel(C) {
  const rng = new Rng('cykel');
  const o = org(rng, { name: 'Cykelverkstan Söder AB', domain: 'cykelverkstan.se', area: '8', roles: ['info', 'verkstad', 'uthyrning', 'noreply'] });
  const staff = people(rng, 5, { cp1252: true }); const [agare, mek1, mek2, uthyr, extra] = staff;
  const cust = []; for (let i = 0; i < 260; i++) { const m = mkPerson(rng, { minYear: 1950, maxYear: 2007, landline: 0.05 }); m.bike = rng.pick(BIKES); m.frame = `${letters(rng, rng.int(2, 3))}${num(rng, rng.int(6, 8))}`; cust.push(m); }
  const cp = cust.filter((m) => /^[\x20-\xff]*$/.test(m.full));
  const ticket = () => `R${num(rng, 5)}`;
  const frame = (w, m) => w.n.id('frame-number', m.frame);

  // 1. repair tickets (cp1252 ; CRLF) from the till system.
  {
    const f = 'cykel/reparationer_2026.csv'; const w = F(C, f, rng);
    const rows = [['Ärendenr', 'Inlämnad', 'Kund', 'Telefon', 'E-post', 'Cykel', 'Ramnr', 'Åtgärd', 'Pris', 'Mekaniker', 'Klar', 'SMS skickat', 'Kommentar']];
    for (let i = 0; i < 130; i++) {
      const m = rng.pick(cp); const [job, price] = rng.pick(JOBS); const d = date(rng, '2026-03-01', '2026-11-20');
      rows.push([w.n.id('repair-ticket', ticket()), d, w.nm(m, nameStyle(rng, [['full', 70], ['surname-first', 15], ['lower', 10], ['caps', 5]])), w.phOf(m.mob, rng.pick(['compact', 'compact', 'grouped', 'dash'])),
        rng.chance(0.6) ? w.emOf(m) : '', m.bike, frame(w, m), job, `${price},00`, w.nm(rng.pick([mek1, mek2, agare]), 'short', 'staff'), rng.chance(0.8) ? date(rng, d, '2026-11-24') : '', rng.pick(['Ja', 'Ja', 'Nej']),
        rng.pick([() => '', () => '', () => 'Kund hämtar själv', () => `Hämtas av ${w.n.lone()}`, () => 'Ring innan', () => 'Reservdel beställd', () => `Barncykel till dottern, se ${w.n.id('repair-ticket', ticket())}`])()]);
    }
    rows.push([], [footer(w, o, ['orgnr', 'switchboard', 'swish'])]);
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. rental contracts with ID checks (JSON).
  {
    const f = 'cykel/hyresavtal_2026.json'; const w = F(C, f, rng);
    const contracts = [];
    for (let i = 0; i < 65; i++) {
      const foreign = rng.chance(0.18);
      const m = rng.pick(cust); const d = date(rng, '2026-04-15', '2026-09-30'); const days = rng.int(1, 14);
      const doc = foreign ? { type: 'Pass', number: w.n.id('passport-number', `${letters(rng, 2)}${num(rng, 7)}`), country: rng.pick(['DE', 'NL', 'PL', 'FI', 'NO', 'US', 'GB']) }
        : { type: rng.pick(['Körkort', 'ID-kort', 'Pass']), number: w.n.id('id-document-number', num(rng, 8)), country: 'SE' };
      const renter = foreign ? person(rng, { origin: rng.pick(['english', 'polish', 'finnish', 'greek', 'hungarian', 'estonian']) }) : m;
      const r = { contractNo: w.n.id('contract-number', `HY-2026-${num(rng, 4)}`), created: isoTs(rng, d), renter: { firstName: renter.given, lastName: renter.last,
        personalNumber: foreign ? null : rng.chance(0.1) ? w.n.masked() : w.pnOf(m, rng.pick(['long', 'short', 'long-dash'])), birthDate: foreign ? w.n.date(date(rng, '1960-01-01', '2004-12-31')) : null,
        phone: foreign ? w.ph('foreign') : w.phOf(m.mob, rng.pick(['e164', 'intl', 'compact'])), email: foreign ? w.em(renter) : w.emOf(m), idDocument: { ...doc, checkedBy: w.nm(rng.pick([uthyr, extra, agare]), 'full', 'staff') } },
      bikes: Array.from({ length: rng.int(1, 3) }, () => ({ type: rng.pick(['Hybrid', 'Elcykel', 'Lådcykel', 'Barncykel', 'Tandem']), fleetNo: w.n.id('fleet-number', `F-${rng.int(100, 399)}`), frameNo: w.n.id('frame-number', `${letters(rng, 2)}${num(rng, 7)}`) })),
      period: { from: d, days }, deposit: { amount: rng.pick([500, 1000, 2000]), card: `**** ${rng.digits(4)}`, authCode: alnum(rng, 6) }, returned: rng.chance(0.9) };
      w.join(renter);
      if (rng.chance(0.2)) r.coRenters = [{ name: w.nm(kin(rng, renter)), age: rng.int(8, 70) }];
      if (rng.chance(0.1)) r.note = `Kund ${w.nm(renter, 'lower')} lämnade tillbaka cykeln med punktering, avdrag 150 kr.`;
      contracts.push(r);
    }
    putText(C, f, jsonText({ shop: o.name, orgNo: w.n.orgnr(o.orgnr), contracts }, 1));
  }

  // 3. SMS gateway log: pick-up notices.
  {
    const f = 'cykel/sms_gateway.log'; const w = F(C, f, rng);
    const lines = [];
    for (let i = 0; i < 150; i++) {
      const m = rng.pick(cust); const d = date(rng, '2026-03-01', '2026-11-20'); const id = alnum(rng, 12);
      const txt = rng.pick([
        () => `Hej ${w.n.lone(m.first)}! Din cykel (${m.bike}) är klar att hämtas. Att betala: ${rng.pick(JOBS)[1]} kr. Öppet 10-18. /Cykelverkstan`,
        () => `Hej! Vi behöver byta fler delar än vi trodde på din cykel. Ring oss på ${w.n.switchboard(o.switchboard)} innan vi fortsätter.`,
        () => `Påminnelse: hyrcykeln ska lämnas tillbaka idag senast kl 18. Avtal ${w.n.id('contract-number', `HY-2026-${num(rng, 4)}`)}.`,
        () => `Din kod till cykelboxen är ${w.n.id('pickup-code', String(rng.int(1000, 9999)))}. Giltig till ${dotDate(d)}.`,
      ])();
      lines.push(`${d} ${hms(rng)} [smsgw] OUT id=${id} from=Cykelverkst to=${w.phOf(m.mob, 'plain46')} len=${txt.length} text="${txt}"`);
      if (rng.chance(0.35)) lines.push(`${d} ${hms(rng)} [smsgw] DLR id=${id} to=${w.phOf(m.mob, 'plain46')} status=${rng.pick(['DELIVRD', 'DELIVRD', 'UNDELIV'])}`);
      if (rng.chance(0.12)) lines.push(`${d} ${hms(rng)} [smsgw] IN from=${w.phOf(m.mob, 'plain46')} text="${rng.pick(['Ok tack!', 'Kan jag hämta imorgon istället?', 'Vem är detta?', 'Stopp'])}"`);
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 4. till export with Swish payers (TSV).
  {
    const f = 'cykel/kassa_export_oktober.tsv'; const w = F(C, f, rng);
    const L = [`Kassarapport oktober 2026 – ${o.name}`, `Swish-nummer: ${w.n.swish(o.swish)}`, '', ['Kvitto', 'Datum', 'Tid', 'Belopp', 'Betalsätt', 'Betalare', 'Betalarens nr', 'Referens', 'Artikel', 'Kassör'].join('\t')];
    for (let i = 0; i < 170; i++) {
      const m = rng.pick(cust); const swish = rng.chance(0.55);
      L.push([w.n.id('receipt-number', `${rng.int(20000, 29999)}`), date(rng, '2026-10-01', '2026-10-31'), hhmm(rng, 10, 18), `${rng.pick(JOBS)[1]},00`, swish ? 'Swish' : rng.pick(['Kort', 'Kort', 'Kontant', 'Faktura']),
        swish ? w.nm(m, rng.chance(0.5) ? 'caps' : 'full') : '', swish ? w.phOf(m.mob, rng.pick(['compact', 'plain46', 'e164'])) : '', swish ? w.n.id('swish-reference', alnum(rng, 32)) : '',
        rng.pick(JOBS)[0], w.nm(rng.pick(staff), 'short', 'staff')].join('\t'));
    }
    putText(C, f, `${L.join('\n')}\n`);
  }

  // 5. customer mail.
  {
    const f = 'cykel/kundmejl.mbox'; const w = F(C, f, rng);
    const msgs = [];
    for (let i = 0; i < 22; i++) {
      const m = rng.pick(cust); const d = date(rng, '2026-03-01', '2026-11-20');
      const t = rng.pick([
        () => ['Offert på service', `Hej!\nVad kostar en stor service på en ${m.bike}? Ramnummer ${frame(w, m)} om det behövs.\n`],
        () => ['Stulen cykel – intyg till försäkringen', `Hej,\nmin cykel blev stulen utanför ${w.n.look('place')} i helgen. Polisanmälan ${w.n.id('police-report', `5000-K${num(rng, 6)}-26`)}. Kan ni skicka ett intyg på att ni servat den (kvitto ${w.n.id('receipt-number', `${rng.int(20000, 29999)}`)})? Mitt personnummer är ${w.pnOf(m)}.\n`],
        () => ['Klagomål', `Hej. Jag hämtade min cykel i tisdags och redan på hemvägen lossnade kedjan igen. Den som tog emot den hette ${w.n.lone()} tror jag. Jag vill ha pengarna tillbaka.\nRing mig: ${w.phOf(m.mob)}\n`],
        () => ['Hyra lådcykel', `Hej!\nJag och min sambo ${w.nm(kin(rng, m))} vill hyra en lådcykel 12-14 juni. Går det?\n`],
        () => ['Borttappad nyckel till ramlåset', `Hej, jag har tappat nyckeln till AXA-låset. Nyckelnummer ${w.n.id('key-number', `${rng.int(100, 999)}${letters(rng, 1)}`)}. Kan ni beställa en ny?\n`],
      ])();
      const fromName = w.nm(m, 'full', 'header-display');
      msgs.push({ from: [fromName, w.emOf(m)], to: [['Cykelverkstan', w.n.role(o.roles[0])]], subject: t[0], date: rfcDate(d, hms(rng)), id: `${alnum(rng, 12)}@mail.${m.email.split('@')[1]}`,
        text: `${t[1]}\n${rng.pick(['/', 'Mvh ', 'Hälsningar\n', '//'])}${w.nm(m, rng.chance(0.3) ? 'short' : rng.chance(0.3) ? 'lower' : 'full', 'signature')}`, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Sat Nov 21 08:00:00 2026' });
      if (rng.chance(0.5)) {
        const st = rng.pick([agare, uthyr]);
        const reply = `Hej ${w.n.lone(m.first)}!\n\n${rng.pick(['Absolut, välkommen in.', 'Vi har skickat intyget som PDF.', 'Det beklagar vi! Kom in så tittar vi på det utan kostnad.', 'Vi har en ledig lådcykel de datumen.'])}\n\n${signature(w, st, o, st === agare ? 'Butiksansvarig' : 'Uthyrning', { direct: false, mobile: true })}\n\n${fromName} skrev ${svDate(d)}:\n> ${t[1].trim().split('\n').join('\n> ')}`;
        msgs.push({ from: [w.nm(st, 'full', 'staff'), w.work(st, o.domain)], to: [[fromName, m.email]], subject: `Re: ${t[0]}`, date: rfcDate(d, hms(rng)), id: `${alnum(rng, 14)}@cykelverkstan.se`, text: reply,
          html: `<div>${htmlEsc(reply).replace(/\n/g, '<br/>')}</div>`, htmlText: reply, enc: 'qp', mboxDate: 'Sat Nov 21 08:00:00 2026' });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 6. stolen-bike register (.xlsx).
  {
    const f = 'cykel/stulna_cyklar_2026.xlsx'; const w = F(C, f, rng);
    const head = ['Anmäld', 'Ramnummer', 'Märke/modell', 'Färg', 'Ägare', 'Telefon', 'E-post', 'Polisanmälan', 'Försäkringsbolag', 'Skadenr'];
    const mk = (n) => { const rows = [head]; for (let i = 0; i < n; i++) { const m = rng.pick(cust); rows.push([date(rng, '2026-01-10', '2026-11-20'), frame(w, m), m.bike, rng.pick(['Svart', 'Vit', 'Mörkgrön', 'Röd', 'Blå']), w.nm(m, rng.chance(0.3) ? 'surname-first' : 'full'), w.phOf(m.mob), rng.chance(0.5) ? w.emOf(m) : '', w.n.id('police-report', `5000-K${num(rng, 6)}-26`), rng.pick(['If', 'Folksam', 'Länsförsäkringar', 'Trygg-Hansa']), w.n.id('claim-number', `${num(rng, 8)}`)]); } return rows; };
    const found = [['Återfunnen', 'Ramnummer', 'Var', 'Ägare kontaktad', 'Hämtad av']];
    for (let i = 0; i < 25; i++) { const m = rng.pick(cust); found.push([date(rng, '2026-02-01', '2026-11-20'), frame(w, m), rng.pick([() => `Vid ${w.n.look('street')}`, () => 'Polisens hittegods', () => 'Bakgård Ringvägen'])(), w.nm(m), rng.chance(0.4) ? w.nm(kin(rng, m)) : '']); }
    put(C, f, xlsx([{ name: 'Anmälda', rows: mk(70) }, { name: 'Återfunna', rows: found }, { name: 'Info', rows: [['Registret förs av'], [w.nm(agare, 'full', 'staff')], [w.n.role(o.roles[1])]] }], { creator: w.nm(agare, 'full', 'xlsx-creator') }));
  }

  // 7. rental receipts (PDF).
  for (let k = 0; k < 2; k++) {
    const m = cp[k * 11 + 2]; const no = `HY-2026-${num(rng, 4)}`; const f = `cykel/kvitto_${no}.pdf`; const w = F(C, f, rng);
    const a = address(w); const days = rng.int(2, 7);
    const lines = [{ text: 'KVITTO – CYKELUTHYRNING', size: 14, bold: true }, `${o.name}, Hornsgatan 112, 118 26 Stockholm`, '', `Avtal: ${w.n.id('contract-number', no)}`, `Datum: ${svDate(date(rng, '2026-05-01', '2026-09-01'))}`,
      `Hyrestagare: ${w.nm(m)}`, `Personnummer: ${w.pnOf(m, 'long-dash')}`, `Adress: ${a.street}, ${a.postcode} ${a.city}`, `Telefon: ${w.phOf(m.mob)}`, `E-post: ${w.emOf(m)}`, '',
      'Artikel                                  Antal   Pris', `Elcykel dagshyra                          ${days}      ${days * 350},00`, `Hjälm                                     ${days}      ${days * 30},00`, `Deposition (återbetald)                   1      0,00`, '',
      `Moms 25%: ${w.n.amount(`${(days * 380 * 0.2).toFixed(2).replace('.', ',')} kr`)}`, `Betalt med kort **** ${rng.digits(4)}`, `Expedierad av ${w.nm(uthyr, 'full', 'staff')}`, '', footer(w, o, ['orgnr', 'switchboard', 'swish'])];
    put(C, f, pdfLines(lines, { title: `Kvitto ${no}` }));
  }

  // 8. workshop notes.
  {
    const f = 'cykel/verkstadsanteckningar.txt'; const w = F(C, f, rng);
    const out = [];
    for (let i = 0; i < 90; i++) {
      const m = rng.pick(cust); const who = rng.pick([mek1, mek2, agare]);
      const N = () => w.nm(m, rng.weighted([['full', 40], ['lower', 35], ['caps', 5], ['short', 20]]));
      out.push(`${dotDate(date(rng, '2026-03-01', '2026-11-24')).slice(0, 5)} ${w.n.lone(who.first)}: ${rng.pick([
        () => `${N()} ${w.phOf(m.mob, rng.pick(['compact', 'dash', 'slash', 'dots']))} – ${m.bike.toLowerCase()}, ${rng.pick(['vill ha ny sadel', 'skramlar fram', 'bakhjul slagit', 'elmotor felkod E07'])}`,
        () => `ringde ${N()} 2ggr ingen svar. cykeln står kvar sen 3 v. lagerhyra?`,
        () => `pratat m ${N()}, ok på offert ${rng.pick(JOBS)[1]}:-`,
        () => `${N()} hämtar åt ${w.nm(person(rng), 'lower')} – hon har fullmakt, kolla leg`,
        () => `lånecykel F-${rng.int(100, 399)} till ${N()} tills hennes/hans är klar. pnr ${w.pnOf(m, rng.pick(['short', 'compact']))}`,
        () => `${w.n.surname()} ringde om lådcykeln, sa att hon ringer tillbaka`,
        () => `glöm inte beställa däck till ${N()}! 47-622`,
      ])()}`);
    }
    putText(C, f, `${out.join('\r\n')}\r\n`);
  }

  // 9. workshop booking calendar (.ics).
  {
    const f = 'cykel/verkstadsbokningar.ics'; const w = F(C, f, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bokamera//Cykelverkstan//SV', 'METHOD:PUBLISH'];
    for (let i = 0; i < 55; i++) {
      const m = rng.pick(cust); const d = date(rng, '2026-04-01', '2026-11-30').replace(/-/g, ''); const h = rng.int(10, 17);
      L.push('BEGIN:VEVENT', `UID:bk-${alnum(rng, 20).toLowerCase()}`, `DTSTAMP:${d}T080000Z`, `DTSTART:${d}T${p2(h - 1)}0000Z`, `DTEND:${d}T${p2(h)}0000Z`,
        `SUMMARY:${rng.pick(JOBS)[0]} – ${w.nm(m)}`, `DESCRIPTION:Kund: ${w.nm(m)}\\nTelefon: ${w.phOf(m.mob)}\\nE-post: ${w.emOf(m)}\\nCykel: ${m.bike}\\nBokad via webben från ${w.ip()}`,
        `ORGANIZER;CN=Cykelverkstan Söder:mailto:${w.n.role(o.roles[1])}`, `ATTENDEE;CN=${w.nm(m, 'full', 'ics-cn')};RSVP=TRUE:mailto:${w.emOf(m)}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, f, folded(L));
  }

  // 10. the staff's WhatsApp group export.
  {
    const f = 'cykel/WhatsApp-chatt med Verkstan personal.txt'; const w = F(C, f, rng);
    const out = [];
    for (let i = 0; i < 170; i++) {
      const sp = rng.pick(staff); const m = rng.pick(cust); const d = date(rng, '2026-05-01', '2026-11-20');
      const [y, mo, dd] = d.split('-');
      const who = rng.chance(0.1) ? w.phOf(m.mob, 'intl') : w.nm(sp, 'full', 'chat-speaker');
      const msg = who.startsWith('+') ? rng.pick(['Hej är min cykel klar?', 'Hej, fick ert nummer av en vän. Lagar ni elcyklar?', 'Tack för hjälpen idag!'])
        : rng.pick([
          () => `${w.nm(m, rng.chance(0.5) ? 'lower' : 'full')} kommer kl ${hhmm(rng, 10, 17)} och hämtar`,
          () => `kan nån ringa ${w.nm(m, 'short')}? ${w.phOf(m.mob, 'compact')}`,
          () => `Jag är sjuk imorgon, ${w.n.lone()} kan du öppna?`,
          () => `Ramnr ${frame(w, m)} är spärrat i polisens register!! ring inte kunden, vänta på ${w.n.lone()}`,
          () => '<Media utelämnades>',
          () => `${w.n.lone()} glömde larmkoden igen 😅`,
        ])();
      out.push(`${dd}/${mo}/${y}, ${hhmm(rng, 7, 22)} - ${who}: ${msg}`);
    }
    putText(C, f, `${out.join('\n')}\n`);
  }

  // 11. review page (HTML).
  {
    const f = 'cykel/recensioner.html'; const w = F(C, f, rng);
    const items = [];
    for (let i = 0; i < 60; i++) {
      const m = rng.pick(cust); const full = rng.chance(0.55);
      const who = full ? w.nm(m, rng.chance(0.15) ? 'lower' : 'full', 'reviewer') : w.n.initial(`${m.first} ${m.last[0]}.`);
      const reply = rng.chance(0.4) ? `<div class="reply"><b>Svar från ägaren:</b> Tack ${htmlEsc(w.n.lone(m.first))}! /${htmlEsc(w.n.lone(agare.first))}</div>` : '';
      items.push(`<article class="review"><header><span class="author">${htmlEsc(who)}</span> <span class="stars">${'★'.repeat(rng.int(1, 5))}</span> <time>${date(rng, '2025-06-01', '2026-11-20')}</time></header><p>${htmlEsc(rng.pick([() => 'Snabb och trevlig service!', () => 'Dyrt men bra.', () => 'Fick vänta två veckor på en enkel punktering.', () => 'Hyrde elcyklar för hela familjen, toppen.', () => `Mekanikern ${w.nm(rng.pick([mek1, mek2]), 'short', 'staff')} var superkunnig.`])())}</p>${reply}</article>`);
    }
    putText(C, f, `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Omdömen – Cykelverkstan Söder</title></head><body><h1>Vad kunderna säger</h1>\n${items.join('\n')}\n<footer>${htmlEsc(footer(w, o, ['orgnr', 'switchboard']))}</footer></body></html>\n`);
  }

  // 12. archive of 2025 (zip with a zip inside).
  {
    const f = 'cykel/arkiv_2025.zip'; const w = F(C, f, rng);
    const rows = [['ticket', 'date', 'name', 'phone', 'bike', 'job', 'price']];
    for (let i = 0; i < 80; i++) { const m = rng.pick(cust); const [job, price] = rng.pick(JOBS); rows.push([w.n.id('repair-ticket', ticket()), date(rng, '2025-03-01', '2025-11-30'), w.nm(m), w.phOf(m.mob, 'compact'), m.bike, job, price]); }
    const a = csv(rows);
    const notes = [];
    for (let i = 0; i < 30; i++) { const m = rng.pick(cust); notes.push(`${date(rng, '2025-03-01', '2025-11-30')} ${rng.pick(['ringt', 'sms:at', 'mejlat'])} ${w.nm(m, rng.chance(0.5) ? 'lower' : 'full')} om ${rng.pick(['faktura', 'hämtning', 'garanti'])}, ${w.phOf(m.mob)}`); }
    const nt = `${notes.join('\n')}\n`;
    const meta = [];
    for (let i = 0; i < 25; i++) { const m = rng.pick(cust); meta.push({ file: `IMG_${rng.int(1000, 9999)}.jpg`, customer: w.nm(m), frameNo: frame(w, m), uploadedFrom: w.ip() }); }
    const mt = jsonText(meta);
    const inner = zip([{ name: 'foton_metadata.json', data: mt }]);
    const outer = zip([{ name: 'reparationer_2025.csv', data: a.bytes }, { name: 'anteckningar_2025.txt', data: nt }, { name: 'foton/foton_2025.zip', data: inner }]);
    C.put(f, outer, `${a.text}\n${nt}\n${mt}`);
  }
}
