// Sixteenth set — a municipal housing company's housing queue and tenant service (bostad/): queue export (cp1252),
// household JSON from the queue API, disturbance cases as .xlsx, key receipts as PDF, tenancy contracts as .docx,
// ServiceNow-shaped fault reports, tenant mail (mbox), viewings (.ics), sloppy call notes, Mina sidor access log,
// offer events (NDJSON), HTML-only notice mail, tenant-consultation minutes (Markdown).
import { pf, Rng, person, people, kin, nameAs, nameStyle, N, P, Ph, E, T, phone, pnr, email, workEmail, Ip, ipVal, org, footer, nears, role, server,
  date, dotDate, slashDate, hhmm, hms, isoTs, num, safe, ocr, uuid, money, postcode, street, CITIES, svDate, p2, alnum,
  csv, xlsx, docx, pdfLines, mbox, eml, htmlEml, rfcDate, folded, htmlEsc, xmlEsc, put, putText, J, LOOKALIKE, LONE } from './core.mjs';

const F = 'bostad';
export default function build(C) {
  const rng = new Rng('bostad');
  const o = org(rng, { name: 'Älvstadens Bostäder AB', domain: 'alvstadensbostader.se', area: '54', roles: ['kundcenter', 'bostadsko', 'noreply', 'felanmalan', 'info'] });
  const staff = people(rng, 10, { cp1252: true });
  const propNames = ['Lärkan', 'Svalan', 'Eken', 'Björken', 'Rönnen', 'Tranan', 'Vipan', 'Hägern', 'Kastanjen', 'Linden', 'Måsen', 'Orren'];
  const fastighet = () => `${rng.pick(propNames)} ${rng.int(1, 28)}${rng.chance(0.5) ? `:${rng.int(1, 240)}` : ''}`;
  const objnr = () => `${rng.int(100, 999)}-${rng.int(1000, 9999)}-${rng.int(1001, 1704)}`;
  const lgh = () => `${rng.int(10, 17)}${p2(rng.int(1, 6))}`;
  const STREETS = ['Sjöbacksgatan', 'Klarälvsvägen', 'Tingvallagatan', 'Rudsvägen', 'Hagalundsgatan', 'Orrholmsgatan', 'Våxnäsgatan', 'Kronoparksvägen'];
  const addr = () => `${rng.pick(STREETS)} ${rng.int(1, 64)}${rng.chance(0.2) ? rng.pick(['A', 'B']) : ''}`;

  // 1. queue export, cp1252 ; CRLF with title lines
  {
    const file = `${F}/bostadsko_export_20261124.csv`; const R = C.at(file); const n = nears(R, rng);
    const by = staff[0];
    const rows = [[`${o.name} - Bostadskö, samtliga aktiva sökande`], [`Uttag ${n.date('2026-11-24')} 07:12 av ${N(R, by, 'full', 'staff')}`], [],
      ['Kö-nr', 'Förnamn', 'Efternamn', 'Personnummer', 'Adress', 'Postnr', 'Ort', 'Mobil', 'Telefon hem', 'E-post', 'Ködagar', 'Reg.datum', 'Medsökande', 'Medsökande pnr', 'Status', 'Notering']];
    const ppl = people(rng, 150, { cp1252: true });
    for (const p of ppl) {
      const qn = n.id('queue-number', `K${num(rng, 6)}`);
      const prot = rng.chance(0.02);
      if (prot) { rows.push([qn, 'Skyddad', 'identitet', n.masked(), '', '', '', '', '', '', String(rng.int(30, 4000)), n.date(date(rng, '2015-01-01', '2026-11-20')), '', '', 'Aktiv', 'Post via Skatteverket']); continue; }
      J(C, file, p);
      const pn = pnr(rng, { samord: rng.chance(0.05), style: rng.weighted([['short', 55], ['long', 30], ['long-dash', 10], ['compact', 5]]) });
      const badP = rng.chance(0.04) ? rng.pick(['bad-luhn', 'bad-date']) : null;
      const co = rng.chance(0.22) ? (rng.chance(0.4) ? kin(rng, p, { cp1252: true }) : person(rng, { cp1252: true })) : null;
      const notes = rng.weighted([['', 70], ['Önskar 2 rok', 8], ['Vill ha hiss', 5], [`Tolk: ${rng.pick(['arabiska', 'somaliska', 'tigrinja', 'persiska'])}`, 5], ['Tackat nej 2 ggr', 6], ['Ringer ofta, ring upp efter 15', 3], ['Hyresskuld tidigare värd', 3]]);
      rows.push([qn, p.given, p.last, badP ? (badP === 'bad-luhn' ? n.badLuhn() : n.badDate()) : T(R, 'personnummer', pn), addr(), n.postcode(postcode(rng)), rng.pick(CITIES), rng.chance(0.93) ? Ph(R, rng, 'mobile', rng.pick(['grouped', 'compact', 'dash', 'grouped', 'intl'])) : '',
        rng.chance(0.25) ? Ph(R, rng, 'landline', rng.pick(['grouped', 'dash', 'compact'])) : '', rng.chance(0.85) ? E(R, rng, p) : '', String(rng.int(12, 5200)), n.date(date(rng, '2012-01-01', '2026-11-20')),
        co ? N(R, co) : '', co ? P(R, rng) : '', rng.pick(['Aktiv', 'Aktiv', 'Aktiv', 'Vilande', 'Erbjuden']), notes]);
    }
    rows.push([], [footer(R, o, ['orgnr', 'switchboard'])]);
    put(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. household JSON from the queue API
  {
    const file = `${F}/api/sokande_hushall.json`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 42; i++) {
      const p = person(rng); const pn = pnr(rng);
      J(C, file, p);
      const hh = [];
      for (let k = rng.int(0, 3); k > 0; k--) { const c = kin(rng, p); hh.push({ name: N(R, c), relation: rng.pick(['barn', 'barn', 'make/maka', 'sambo']), birthYear: rng.int(2008, 2024) }); }
      const refs = [];
      if (rng.chance(0.6)) { const r = person(rng); refs.push({ type: 'tidigare hyresvärd', company: rng.pick(['Hyresbostäder i Norr AB', 'Fastighets AB Kvarnen', 'Privat värd', 'HSB']), contact: N(R, r), phone: Ph(R, rng, rng.chance(0.5) ? 'landline' : 'mobile') }); }
      const co = rng.chance(0.3) ? person(rng) : null;
      out.push({ id: uuid(rng), queueNumber: n.id('queue-number', `K${num(rng, 6)}`), registered: n.date(date(rng, '2014-01-01', '2026-10-01')),
        applicant: { firstName: p.given, lastName: p.last, ssn: T(R, 'personnummer', pn), contact: { mobile: Ph(R, rng, 'mobile', rng.pick(['e164', 'intl', 'compact'])), email: E(R, rng, p), preferredLanguage: rng.pick(['sv', 'sv', 'en', 'ar', 'so']) },
          income: { monthly: Number(money(rng, 9000, 52000).replace(' ', '')), source: rng.pick(['lön', 'pension', 'studiemedel', 'aktivitetsstöd']) } },
        coApplicant: co ? { fullName: N(R, co), ssn: P(R, rng), email: rng.chance(0.6) ? E(R, rng, co) : null } : null,
        household: hh, references: refs,
        wishes: { areas: rng.shuffle(['Norr', 'Haga', 'Kronoparken', 'Rud', 'Våxnäs', 'Orrholmen']).slice(0, rng.int(1, 3)), rooms: rng.int(1, 4), maxRent: rng.int(5000, 11000) },
        lastLogin: { at: isoTs(rng, date(rng)), ip: Ip(R, rng) } });
    }
    putText(C, file, JSON.stringify({ generated: '2026-11-24T06:00:00+01:00', count: out.length, applicants: out }, null, 2));
  }

  // 3. disturbance cases .xlsx (three sheets)
  {
    const file = `${F}/storningsarenden_2026.xlsx`; const R = C.at(file); const n = nears(R, rng);
    const cases = [['Ärende', 'Inkommet', 'Objekt', 'Fastighet', 'Anmälare', 'Anmälarens tel', 'Beskrivning', 'Störande lgh', 'Kategori']];
    const acts = [['Ärende', 'Datum', 'Handläggare', 'Åtgärd']];
    const log = [['Ärende', 'Tid', 'Kontakt', 'Telefon', 'Anteckning']];
    for (let i = 0; i < 70; i++) {
      const id = n.id('case-number', `STÖ-2026-${p2(rng.int(0, 9))}${rng.digits(2)}${rng.digits(1)}`);
      const rep = person(rng); const nb = person(rng); const d = date(rng);
      const nbW = rng.weighted([['full', 60], ['surname', 20], ['lone', 20]]);
      let nbText;
      if (nbW === 'full') nbText = N(R, nb);
      else if (nbW === 'surname') nbText = `familjen ${n.surname(nb.last)}`;
      else nbText = `${n.lone(nb.first)} i lägenheten ovanför`;
      const desc = pf(rng, [
        () => `Hög musik nattetid från ${nbText}, ${n.time(hhmm(rng))}–03:00. Tredje gången denna månad.`,
        () => `Anmälaren uppger att ${nbText} röker på balkongen, röken går in i sovrummet.`,
        () => `Hund skäller hela dagarna hos ${nbText}. Anmälaren har pratat med dem utan resultat.`,
        () => `Bråk och skrik i trapphuset, ${nbText} inblandad enligt flera grannar. Polis tillkallad ${n.date(dotDate(d))}.`,
        () => `Cyklar och barnvagnar i trapphuset utanför ${nbText}, brandrisk.`]);
      cases.push([id, d, n.id('object-number', objnr()), n.id('property-designation', fastighet()), N(R, rep, nameStyle(rng)), Ph(R, rng), desc, `Lgh ${n.id('apartment-number', lgh())}`, rng.pick(['Störning', 'Rökning', 'Djur', 'Ordning'])]);
      for (let k = rng.int(1, 3); k > 0; k--) {
        const h = rng.pick(staff);
        acts.push([id, date(rng), N(R, h, rng.chance(0.8) ? 'full' : 'initial', rng.chance(0.8) ? 'staff' : 'initial'), rng.pick(['Brev 1 skickat', 'Hembesök', 'Samtal med störande part', 'Störningsjouren kontaktad', 'Ärendet avslutat', 'Rättelseanmaning skickad (kopia soc)'])]);
      }
      if (rng.chance(0.7)) {
        const who = rng.chance(0.6) ? rep : nb;
        log.push([id, `${date(rng)} ${hhmm(rng)}`, N(R, who, rng.pick(['full', 'surname-first', 'full'])), Ph(R, rng), rng.pick(['Ringde, ingen svarade', 'Pratat med hyresgästen', 'Lämnat meddelande', 'Hyresgästen bestrider uppgifterna'])]);
      }
    }
    put(C, file, xlsx([{ name: 'Ärenden', rows: cases }, { name: 'Åtgärder', rows: acts }, { name: 'Kontaktlogg', rows: log }], { creator: R.t('name', staff[1].full, 'xlsx-creator') }));
  }

  // 4. key receipts PDF
  {
    const file = `${F}/nyckelkvitton_nov2026.pdf`; const R = C.at(file); const n = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 46; i++) {
      const p = person(rng, { cp1252: true }); const h = rng.pick(staff);
      lines.push({ text: `NYCKELKVITTENS - ${o.name}`, bold: true, size: 12 }, `Kvittens nr ${n.id('receipt-number', num(rng, 7))}   Datum ${n.date(date(rng, '2026-11-01', '2026-11-24'))}`,
        `Hyresgäst: ${N(R, p, rng.pick(['full', 'caps', 'surname-first']))}   Personnr: ${P(R, rng, { style: rng.pick(['short', 'long-dash', 'long']) })}`,
        `Objekt: ${n.id('object-number', objnr())}   Adress: ${addr()}   Lgh ${n.id('apartment-number', lgh())}`,
        `Nycklar: ${rng.int(2, 4)} st lägenhet (nr ${n.id('key-number', `A-${rng.digits(4)}`)}), ${rng.int(1, 2)} st tvättstuga, tagg ${n.id('tag-number', `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`)}`,
        `Telefon: ${Ph(R, rng, 'mobile')}`,
        `Utlämnat av: ${N(R, h, 'full', 'staff')}`, `Namnförtydligande hyresgäst: ${N(R, p, 'caps')}`, '');
    }
    lines.push(footer(R, o, ['orgnr', 'bg', 'switchboard']));
    put(C, file, pdfLines(lines, { per: 45, title: 'Nyckelkvittenser' }));
  }

  // 5. tenancy contracts .docx
  for (let c = 1; c <= 2; c++) {
    const file = `${F}/kontrakt/hyreskontrakt_${n2(c)}.docx`; const R = C.at(file); const n = nears(R, rng);
    const t1 = person(rng); const t2 = rng.chance(0.6) ? (rng.chance(0.5) ? kin(rng, t1) : person(rng)) : null; const h = rng.pick(staff);
    const blocks = [{ h: 'HYRESAVTAL FÖR BOSTADSLÄGENHET' }, `Avtalsnummer ${n.id('contract-number', `HA-${num(rng, 8)}`)}`,
      { h: '§1 Parter' }, `Hyresvärd: ${o.name}, org.nr ${n.orgnr()}, ${n.look('street', rng.pick(LOOKALIKE.street))} 3, 652 21 Karlstad`,
      { table: [['Hyresgäst', 'Personnummer', 'Telefon', 'E-post'], [N(R, t1), P(R, rng), Ph(R, rng, 'mobile'), E(R, rng, t1)], ...(t2 ? [[N(R, t2), P(R, rng), Ph(R, rng), E(R, rng, t2)]] : [])] },
      { h: '§2 Lägenhet' }, { runs: ['Fastighetsbeteckning: ', n.id('property-designation', `Karlstad ${fastighet()}`), `, objektnummer ${n.id('object-number', objnr())}, ${rng.int(1, 5)} rum och kök, ${rng.int(28, 112)} kvm.`] },
      { h: '§3 Hyra' }, `Månadshyra ${n.amount(`${money(rng, 5200, 12900)} kr`)} betalas senast sista vardagen före varje månads början till bankgiro ${n.id('bankgiro', o.bg)}, OCR ${n.id('ocr', ocr(rng))}.`,
      { h: '§4 Tillträde' }, `Avtalet gäller från ${n.date(svDate(date(rng, '2026-12-01', '2027-03-01')))} tills vidare med tre månaders uppsägningstid.`,
      { h: 'Underskrifter' }, { runs: ['För hyresvärden: ', N(R, h, 'full', 'staff'), ', bostadssamordnare, direkt ', T(R, 'phone', { value: phone(rng, 'landline', 'grouped').value, subtype: 'staff-direct' })] },
      { runs: ['Hyresgäst: ', N(R, t1, 'caps')] }, ...(t2 ? [{ runs: ['Hyresgäst: ', N(R, t2, 'caps')] }] : []),
      footer(R, o, ['orgnr', 'bg', 'switchboard'])];
    put(C, file, docx(blocks, { creator: R.t('name', h.full, 'docx-creator') }));
  }

  // 6. ServiceNow-shaped fault reports, UTF-8 BOM, multi-line cells
  {
    const file = `${F}/felanmalan_servicenow_export.csv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['number', 'opened_at', 'caller_id', 'u_phone', 'u_email', 'location', 'short_description', 'description', 'work_notes', 'assigned_to', 'state']];
    for (let i = 0; i < 85; i++) {
      const p = person(rng); const h = rng.pick(staff); const h2 = rng.pick(staff); const d = date(rng);
      const cw = rng.weighted([['full', 70], ['sf', 20], ['lower', 10]]);
      const caller = N(R, p, cw === 'sf' ? 'surname-first' : cw);
      const ph = Ph(R, rng, 'mobile');
      const notes = [`${d} ${hms(rng)} - ${N(R, h2, 'full', 'staff')} (Arbetsanteckningar)`, pf(rng, [
        () => `ringt ${p.first.toLowerCase() === p.first ? p.first : n.lone(p.first)}, ingen svarar. skickat sms till ${ph}`,
        () => `pratat m hyresgästen, tekniker kommer ${n.date(slashDate(date(rng)))} fm. huvudnyckel ok`,
        () => `beställt del från ${n.look('company', rng.pick(LOOKALIKE.company))}, lev.tid 2v`,
        () => `hyresgästen ${N(R, p, 'lower', 'lower')} ringde igen, irriterad. eskalerat`])];
      const desc = pf(rng, [() => `Droppar från kranen i köket sedan ${rng.int(2, 9)} dagar.\nKontakta mig på ${ph} efter kl 16.`,
        () => `Element i sovrummet kallt.\nMvh\n${N(R, p, 'full', 'signature')}`,
        () => `Tvättstugebokningen fungerar inte, taggen ${n.id('tag-number', `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`)} nekas.`,
        () => `Fläkt i badrum låter. Går att komma in med huvudnyckel, hund finns (snäll).`]);
      rows.push([n.id('incident-number', `INC00${num(rng, 5)}`), `${d} ${hms(rng)}`, caller, ph, rng.chance(0.7) ? E(R, rng, p) : '', `${addr()}, lgh ${n.id('apartment-number', lgh())}`,
        rng.pick(['Vattenläcka', 'Värme', 'Tvättstuga', 'Ventilation', 'Lås/nyckel']), desc, notes.join('\n'), N(R, h, 'full', 'staff'), rng.pick(['New', 'In Progress', 'Resolved', 'Closed'])]);
    }
    put(C, file, csv(rows, { bom: true }));
  }

  // 7. tenant mail, mbox
  {
    const file = `${F}/kundcenter_inkorg.mbox`; const R = C.at(file); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const p = person(rng); const h = rng.pick(staff); const d = date(rng); const em = E(R, rng, p);
      R.t('name', p.full, 'header-display');
      const isReply = rng.chance(0.45);
      const sigF = () => `Med vänlig hälsning\n${N(R, h, 'full', 'signature')}\nBostadssamordnare\nDirekt: ${T(R, 'phone', { value: phone(rng, 'landline', rng.pick(['grouped', 'dash'])).value, subtype: 'staff-direct' })}\nVäxel: ${R.n('phone', 'switchboard', o.switchboard)}\n${R.t('email', workEmail(h, o.domain), 'staff-work')}`;
      const kind = rng.int(0, 3);
      let body;
      if (kind === 0) {
        const co = person(rng);
        body = `Hej!\n\nJag vill lägga till min sambo ${N(R, co, 'full', 'running-text')} (${P(R, rng)}) som medsökande i kön. Mitt kö-nr är ${n.id('queue-number', `K${num(rng, 6)}`)} och mitt personnummer ${P(R, rng)}.\n\nNås på ${Ph(R, rng, 'mobile')}.\n\nHälsningar\n${N(R, p, rng.pick(['full', 'lower']), 'signature')}`;
      } else if (kind === 1) {
        const nb = person(rng);
        body = `Hej,\nvill anmäla störning igen från grannen ${N(R, nb, 'full', 'running-text')} på ${rng.int(2, 6)} tr. Det är fest varje helg till ${n.time(`0${rng.int(1, 4)}:00`)}.\nJag har pratat med ${n.lone(rng.pick(LONE))} i styrelsen men inget händer.\n\n/${n.lone(p.first)}`;
      } else if (kind === 2) {
        body = `Hello,\nI got an offer for the apartment at ${addr()} but I am abroad until ${n.date(svDate(date(rng)))}. Can my brother ${N(R, kin(rng, p), 'full', 'running-text')} sign the contract for me? His number is ${Ph(R, rng, 'mobile', 'intl')}.\n\nBest regards,\n${N(R, p, 'full', 'signature')}`;
      } else {
        body = `Hej! har bytt nummer till ${Ph(R, rng, 'mobile', rng.pick(['compact', 'slash', 'dots', 'spaced']))}, gamla gäller inte. mvh ${N(R, p, 'lower', 'lower')}`;
      }
      const reply = () => `Hej ${n.lone(p.first)},\n\nTack för ditt mejl. ${rng.pick(['Vi har registrerat ändringen.', 'Vi återkommer inom fem arbetsdagar.', 'Ärendet är vidarebefordrat till förvaltaren.'])} Ärendenummer ${n.id('case-number', `KC-${num(rng, 6)}`)}.\n\n${sigF()}\n\n${rfcDate(d, `${hhmm(rng)}:00`).replace(/ \+0200$/, '')} skrev ${p.full} <${em}>:\n${body.split('\n').map((l) => `> ${l}`).join('\n')}`;
      msgs.push(isReply
        ? { from: [h.full, workEmail(h, o.domain)], to: [[p.full, em]], subject: 'SV: Ärende bostadskö', date: rfcDate(d, `${hms(rng)}`), id: `${uuid(rng)}@alvstadensbostader.se`, text: reply(), enc: rng.pick(['qp', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Nov 24 09:00:00 2026' }
        : { from: [p.full, em], to: [[null, role(R, o, 0)]], subject: rng.pick(['Bostadskön', 'Störning', 'Nytt telefonnummer', 'Erbjudande lägenhet', 'Medsökande']), date: rfcDate(d, `${hms(rng)}`), id: `${uuid(rng)}@mail.example`, text: body, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Nov 24 09:00:00 2026',
          ...(rng.chance(0.3) ? { html: `<p>${htmlEsc(body).replace(/\n/g, '<br>')}</p>`, htmlText: body } : {}) });
      if (isReply) R.t('name', h.full, 'header-display');
    }
    put(C, file, mbox(msgs));
  }

  // 8. viewings calendar .ics
  {
    const file = `${F}/visningar_december.ics`; const R = C.at(file); const n = nears(R, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Alvstaden//Visningar//SV', 'METHOD:PUBLISH'];
    for (let i = 0; i < 30; i++) {
      const h = rng.pick(staff); const d = date(rng, '2026-12-01', '2026-12-22').replace(/-/g, ''); const t = `${p2(rng.int(8, 17))}${rng.pick(['00', '30'])}00`;
      L.push('BEGIN:VEVENT', `UID:${uuid(rng)}@alvstaden`, `DTSTART;TZID=Europe/Stockholm:${d}T${t}`, `SUMMARY:Visning ${addr()} lgh ${n.id('apartment-number', lgh())}`,
        `ORGANIZER;CN=${R.t('name', h.full, 'ics-cn')}:mailto:${R.t('email', workEmail(h, o.domain), 'staff-work')}`);
      const vs = rng.int(1, 3); const descs = [];
      for (let k = 0; k < vs; k++) {
        const v = person(rng); const em = E(R, rng, v);
        L.push(`ATTENDEE;CN=${R.t('name', v.full, 'ics-cn')};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${em}`);
        descs.push(`${N(R, v, 'full', 'running-text')} tel ${Ph(R, rng, 'mobile')}`);
      }
      L.push(`DESCRIPTION:Sökande: ${descs.join('\\, ')}. Kod till porten ${n.id('door-code', rng.digits(4))}.`, `LOCATION:${addr()}\\, Karlstad`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, file, folded(L));
  }

  // 9. sloppy call notes
  {
    const file = `${F}/anteckningar_kundcenter.txt`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 120; i++) {
      const p = person(rng); const h = rng.pick(staff); const d = date(rng);
      const who = `${h.first[0]}${h.last[0]}`.toUpperCase();
      const W = () => n.id('staff-initials', who);
      const nm0 = () => N(R, p, rng.weighted([['full', 55], ['lower', 25], ['caps', 5], ['surname-first', 15]]));
      out.push(rng.pick([
        () => `${n.date(d.slice(5).replace('-', '/'))} ${W()}: ringde ${nm0()} ang kön, pnr ${P(R, rng, { style: rng.pick(['short', 'compact', 'long']) })}. vill ha 3rok, sa att det tar tid. ny tel ${Ph(R, rng)}`,
        () => `${d} ${hhmm(rng)} pratat m ${nm0()} (${Ph(R, rng, 'mobile', rng.pick(['compact', 'grouped']))}) - hyresskuld ${n.amount(`${money(rng, 800, 24000)} kr`)}, avbetalningsplan ok enl. ${N(R, rng.pick(staff), 'full', 'staff')}`,
        () => `${W()} ${n.date(dotDate(d))}: ${nm0()} klagar på grannen ${rng.chance(0.5) ? N(R, person(rng), 'full', 'running-text') : n.surnamePick()}, skickat info om störningsjouren ${n.service()}`,
        () => `${d}: mejl fr ${nm0()} <${E(R, rng, p)}> - vill säga upp lgh ${n.id('apartment-number', lgh())} fr.o.m. ${n.date(svDate(date(rng)))}. skickat blankett`,
        () => `${d.slice(5)} ${W()} - ${nm0()} ringde, dottern ${n.lone(rng.pick(LONE))} ska flytta in, andrahand? hänvisat till regler. pnr ${P(R, rng)}`,
        () => `${d} ${W()}: ${nm0()} uppgav pnr ${n.badLuhn()} men det blir fel i systemet, bad hen kolla leg. rätt är ${P(R, rng)}`,
        () => `${d} samtal fr ${Ph(R, rng)} - ville inte uppge namn, frågade om köplats. hänvisat till mina sidor`,
      ])());
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 10. Mina sidor access log
  {
    const file = `${F}/loggar/minasidor_access_2026-11.log`; const R = C.at(file); const n = nears(R, rng);
    const out = []; const users = people(rng, 60).map((p) => ({ p, em: email(rng, p).value, ip: ipVal(rng), pn: pnr(rng, { style: 'long' }) }));
    const mon = (d) => { const [y, m, dd] = d.split('-'); return `${dd}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}/${y}`; };
    for (let i = 0; i < 240; i++) {
      const u = rng.pick(users); const d = date(rng, '2026-11-01', '2026-11-24');
      const ua = rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0.0.0', 'Mozilla/5.0 (Linux; Android 14; SM-A546B) Chrome/129.0']);
      const k = rng.int(0, 4);
      if (k <= 2) out.push(`${T(R, 'ip', u.ip)} - ${k === 0 ? R.t('email', u.em, 'log-user') : '-'} [${mon(d)}:${hms(rng)} +0100] "${rng.pick(['GET /mina-sidor/ko', 'POST /mina-sidor/intresse', 'GET /mina-sidor/erbjudanden', 'GET /lediga-lagenheter?page=2'])} HTTP/1.1" ${rng.pick([200, 200, 302, 304])} ${rng.int(300, 40000)} "-" "${n.id('user-agent', ua, 'ip')}"`);
      else if (k === 3) out.push(`${d}T${hms(rng)}+01:00 app=minasidor level=INFO msg="bankid auth complete" pnr=${T(R, 'personnummer', u.pn)} ip=${T(R, 'ip', u.ip)} session=${n.id('session-id', hexs(rng, 24))}`);
      else out.push(`${d}T${hms(rng)}+01:00 app=minasidor level=DEBUG msg="healthcheck" upstream=${server(R, o, rng.int(0, 1))} latency_ms=${rng.int(3, 90)}`);
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 11. offer events NDJSON
  {
    const file = `${F}/api/erbjudanden_events.ndjson`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 110; i++) {
      const p = person(rng); const d = date(rng);
      const ch = rng.pick(['sms', 'sms', 'email', 'letter']);
      const ev = { ts: isoTs(rng, d), event: rng.pick(['offer.sent', 'offer.accepted', 'offer.declined', 'offer.expired']), offerId: n.id('offer-id', `OF-${num(rng, 7)}`),
        object: { number: n.id('object-number', objnr()), rooms: rng.int(1, 5), rent: rng.int(4800, 13000) },
        applicant: { name: N(R, p, rng.chance(0.85) ? 'full' : 'caps'), queueNumber: n.id('queue-number', `K${num(rng, 6)}`), queueDays: rng.int(40, 6000) } };
      if (ch === 'sms') ev.delivery = { channel: 'sms', to: Ph(R, rng, 'mobile', 'plain46'), status: rng.pick(['DELIVERED', 'DELIVERED', 'FAILED']) };
      else if (ch === 'email') ev.delivery = { channel: 'email', to: E(R, rng, p), from: role(R, o, 2) };
      else ev.delivery = { channel: 'letter', printRef: n.id('print-ref', `PR${num(rng, 8)}`) };
      out.push(JSON.stringify(ev));
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 12. HTML-only notice mails
  for (let k = 1; k <= 2; k++) {
    const file = `${F}/utskick/uppsagning_bekraftelse_${k}.eml`; const R = C.at(file); const n = nears(R, rng);
    const p = person(rng); const em = E(R, rng, p); const h = rng.pick(staff);
    const html = `<html><body style="font-family:Arial"><h2>Bekräftelse på uppsägning</h2><p>Hej ${htmlEsc(N(R, p, 'full', 'running-text'))}!</p><p>Vi bekräftar att din uppsägning av lägenhet ${n.id('object-number', objnr())} har registrerats. Sista dag för avflyttning är <b>${n.date(svDate(date(rng, '2027-01-01', '2027-03-31')))}</b>.</p>`
      + `<table border="1"><tr><th>Hyresgäst</th><td>${htmlEsc(N(R, p, 'caps'))}</td></tr><tr><th>Personnummer</th><td>${P(R, rng)}</td></tr><tr><th>Telefon</th><td>${Ph(R, rng, 'mobile')}</td></tr></table>`
      + `<p>Besiktning bokas av ${htmlEsc(N(R, h, 'full', 'staff'))}, ${R.t('email', workEmail(h, o.domain), 'staff-work')}.</p><p style="color:#888">${htmlEsc(footer(R, o, ['orgnr', 'switchboard']))}<br>Detta mejl kan inte besvaras. Avsändare ${role(R, o, 2)}</p></body></html>`;
    put(C, file, htmlEml({ from: ['Älvstadens Bostäder', o.roles[2]], to: [[p.full, em]], subject: 'Bekräftelse på uppsägning', date: rfcDate(date(rng), '07:30:00'), id: `${uuid(rng)}@alvstadensbostader.se`, html, enc: k === 1 ? 'b64' : 'qp' }));
    R.t('name', p.full, 'header-display');
  }

  // 13. tenant consultation minutes, Markdown
  {
    const file = `${F}/protokoll_boinflytande_${'2026-10-14'}.md`; const R = C.at(file); const n = nears(R, rng);
    const att = people(rng, 9); const h = staff[4];
    const L = ['# Boinflytandemöte Kronoparken', '', `**Datum:** ${n.date('2026-10-14')}  `, `**Plats:** Träffpunkten, ${n.look('street', 'Selma Lagerlöfs väg')} 12`, '', '## Närvarande', '',
      ...att.map((p, i) => `- ${N(R, p, 'full')}${i === 0 ? ' (ordförande, hyresgästföreningen)' : ''}${rng.chance(0.3) ? `, ${Ph(R, rng, 'mobile')}` : ''}`), `- ${N(R, h, 'full', 'staff')}, ${o.name}`, '',
      '## Punkter', '', `1. Trapphusbelysning ${n.look('street', 'Olof Palmes gata')} – ${n.lone(att[1].first)} påpekar att den varit trasig i två veckor.`,
      `2. Tvättstugan: ${N(R, att[2], 'full', 'running-text')} föreslår längre pass. Beslut: prova under januari.`,
      `3. Grillplatsen vid ${n.look('church', 'Sankt Olofs kyrka')} – städas av ${n.surname(att[3].last)}s bolag? Utreds.`,
      `4. Kontaktperson för nya hyresgäster: ${N(R, att[4], 'full', 'running-text')}, nås på ${Ph(R, rng, 'mobile')} eller ${E(R, rng, att[4])}.`, '',
      `Nästa möte ${n.date('2027-01-20')}. Protokollförare: ${N(R, att[5], 'full')}. Justeras av ${N(R, att[6], 'surname-first')}.`, '',
      `_Frågor: ${role(R, o, 4)} eller växeln ${R.n('phone', 'switchboard', o.switchboard)}_`];
    putText(C, file, L.join('\n') + '\n');
  }
}
function n2(c) { return String(c).padStart(2, '0'); }
function hexs(rng, n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; }
