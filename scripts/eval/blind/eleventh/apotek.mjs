// Eleventh blind set — apotek/: customer service of an invented pharmacy chain, Apotek Vårdkasen. Zendesk JSON,
// a cp1252 `;` customer register, chat transcripts, an mbox of complaints (HTML-only web-form mail, ISO-8859-1,
// forwards and quoted replies), an NDJSON e-prescription log, call notes, an SMS TSV, power-of-attorney PDF, .xlsx.
import { Rng, ctx, org, orgNear, person, people, date, svDate, hhmm, clock, csv, xlsx, pdf, rfcDate, L, phoneV } from './core.mjs';
import { single, mboxOf, htmlDoc, quote, stamp } from './kit.mjs';

export const O = org('apotek', { domain: 'vardkasen.se', roles: ['kundservice', 'noreply', 'recept', 'dataskydd'] });
const BRAND = 'Apotek Vårdkasen';

// Customer texts: (w, p, x) → string; x = { med, order, other } with other a second person (a relative, a doctor).
const ASK = [
  (w, p, x) => `Hej, jag beställde ${x.med} (order ${x.order}) men paketet har inte kommit. Mitt personnummer är ${w.pnr()}. Nås på ${w.phone()}.\nMvh ${w.name(p)}`,
  (w, p, x) => `Min förälder ${w.name(x.other)} (${w.pnr({ minYear: 1931, maxYear: 1952 })}) fick fel styrka på ${x.med}. Jag är ombud, ring mig på ${w.phone()} /${w.name(p)}`,
  (w, p, x) => `Receptet (ATC ${w.nm('atc-code')}) syns inte i appen. Förskrivare var dr ${w.name(x.other)} på vårdcentralen vid ${w.nm('street')}. Hälsningar ${w.name(p, 'lower')}`,
  (w, p, x) => `Kan ni ändra leveransadress för ${x.order}? Fakturan med OCR ${w.nm('ocr')} på ${w.nm('amount')} är redan betald.\n\n${w.name(p)}\n${w.phone()}\n${w.mail(p)}`,
  (w, p, x) => `Hi, my name is ${w.name(p)}. I ordered ${x.med} on ${w.nm('date')} and need it before I travel. Please call me at ${w.phone('foreign')}.`,
  (w, p, x) => `Hej! Jag vill begära ut vilka uppgifter ni har om mig enligt GDPR. Personnr ${w.pnr()}, e-post ${w.mail(p)}. Vänliga hälsningar, ${w.name(p, 'reversed')}`,
  (w, p, x) => `Jag hämtade ut ${x.med} åt min granne ${w.name(x.other)} igår men fick med ${w.nm('product')} som inte var beställd. Order ${x.order}. Mvh ${w.name(p)} tel ${w.phone()}`,
  (w, p, x) => `Apoteket på ${w.nm('place')} hade inte ${x.med} hemma. Det står ${w.nm('pnr-bad-luhn')} på min lapp, stämmer det? Hälsar ${w.name(p)}`,
];
const REPLY = [
  (w, x) => `Tack för att du hörde av dig. Vi har skickat en ny leverans av ${x.med}, spårningsnummer ${w.pat('tracking-number', '00373##########SE')}.`,
  (w, x) => `Vi har kontaktat förskrivaren och återkommer senast ${w.nm('date')}. Ärendet har nummer ${w.pat('case-number', 'ÄR-2026-#####')}.`,
  (w, x) => `Beloppet ${w.nm('amount')} återbetalas till ditt konto inom 5 bankdagar. Vid frågor ring ${O.serviceLine}.`,
  (w, x) => `Du kan hämta ut ${x.med} på vårt apotek vid ${w.nm('street')}. Ta med legitimation.`,
];
/** Per-message values, recorded on first use only (a template that does not write one leaves it unrecorded). */
const ctxVals = (w, rng) => {
  const c = {};
  return { get med() { return (c.med ??= w.nm('medicine')); }, get order() { return (c.order ??= w.pat('order-number', 'VK-%######')); }, other: person(rng) };
};

function zendesk(C) {
  const file = 'apotek/zendesk-tickets.json'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const agents = people(rng, 7);
  const tickets = Array.from({ length: 36 }, (_, i) => {
    const p = person(rng); const ag = rng.pick(agents); const x = ctxVals(w, rng); const k = clock(rng, date(rng)); const tid = 41200 + i * 3 + rng.int(0, 2);
    const web = rng.chance(0.6); const em = w.mail(p);
    return {
      id: tid, url: `https://vardkasen.zendesk.com/api/v2/tickets/${tid}.json`, created_at: k.iso(),
      subject: rng.pick(['Leverans', 'Fel läkemedel', 'Recept', 'Faktura', 'GDPR-begäran', 'Ombud/fullmakt']), status: rng.pick(['open', 'pending', 'solved', 'closed']),
      requester: { name: w.nameAny(p), email: em }, assignee: { name: w.name(ag), email: w.work(ag, O.domain) },
      tags: ['apotek', rng.pick(['leverans', 'recept', 'faktura'])],
      custom_fields: [{ id: 360011, value: rng.chance(0.7) ? w.pnr() : null }, { id: 360012, value: w.phone() }, { id: 360013, value: x.order }],
      via: { channel: web ? 'web' : 'email', source: { from: web ? {} : { address: em, name: w.name(p) }, to: { address: O.role.kundservice } } },
      comments: [
        { author_name: w.name(p), public: true, body: rng.pick(ASK)(w, p, x), created_at: k.next([0, 30]).iso(),
          metadata: { system: { client: w.nm('user-agent'), ip_address: w.ip(rng.chance(0.15) ? 'v6' : 'public'), location: `${rng.pick(L.CITIES)}, Sweden` } } },
        { author_name: w.name(ag), public: true, created_at: k.next([600, 40000]).iso(), metadata: { system: { ip_address: O.servers[0] } },
          body: `${rng.pick(L.GREET)} ${w.lone(p)}!\n\n${rng.pick(REPLY)(w, x)}\n\n${rng.pick(L.SIGN)}\n${w.name(ag)}\n${BRAND} Kundservice\n${O.switchboard}` },
      ],
    };
  });
  const text = JSON.stringify({ tickets, count: tickets.length, next_page: null }, null, 2);
  C.put(file, Buffer.from(orgNear(w, O, text)), text);
}

function register(C) {
  const file = 'apotek/kundregister-export.csv'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const rows = [['Kundnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Gatuadress', 'Postnr', 'Ort', 'Senaste order', 'Kundklubb', 'Anteckning']];
  for (let i = 0; i < 75; i++) {
    const kn = w.pat('customer-number', '7######');
    if (rng.chance(0.05)) { rows.push([kn, '', w.nm('company'), w.nm('orgnr'), '', O.role.kundservice, rng.pick(L.STREETS) + ' 4', w.nm('postcode'), rng.pick(L.CITIES), '', 'Nej', 'Företagskund']); continue; }
    const p = w.joined(person(rng, { cp1252: true }));
    const note = rng.pick([() => '', () => '', () => `Ombud: ${w.name(person(rng, { cp1252: true }))}`, () => `Fullmakt t.o.m. ${w.nm('date')}`,
      () => `Kontrollera pnr, ev. ${w.nm('pnr-bad-date')}`, () => `Hämtas av ${w.nm('lower-words')}`, () => `Allergi mot ${w.nm('medicine')}`])();
    rows.push([kn, p.first, p.last, rng.chance(0.9) ? w.pnr() : '', rng.chance(0.85) ? w.phone('mobile') : '', rng.chance(0.75) ? w.mail(p) : '',
      `${rng.pick(L.STREETS)} ${rng.int(1, 60)}`, w.nm('postcode'), rng.pick(L.CITIES), w.pat('order-number', 'VK-%######'), rng.pick(['Ja', 'Nej']), note]);
  }
  const r = csv(rows, { sep: ';', enc: 'cp1252' });
  C.put(file, r.bytes, r.text);
}

function chats(C) {
  const file = 'apotek/chatt-2026-10.txt'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const agents = people(rng, 5, { origin: 'sv' }); const out = [];
  for (let i = 0; i < 46; i++) {
    const p = person(rng); const ag = rng.pick(agents); const d = date(rng, '2026-10-01', '2026-10-31'); const k0 = clock(rng, d, 8, 20);
    const ts = () => k0.next([6, 150]).hms();
    const me = rng.chance(0.5) ? w.name(p, 'lower') : w.fix('name', 'lone-first-name', p.first.toLowerCase());
    out.push(`=== Chatt #${88000 + i * 7} | ${d} | Besökare: ${me} | IP: ${w.ip(rng.chance(0.1) ? 'v6' : 'public')} | Handläggare: ${w.name(ag)} ===`);
    const c = (s) => out.push(`[${ts()}] ${me}: ${s}`); const a = (s) => out.push(`[${ts()}] ${ag.first} (${BRAND}): ${s}`);
    c(rng.pick(['hej', 'hallå', 'hej har en fråga', 'hejsan!!']));
    a(`Hej! Välkommen till ${BRAND}s chatt, vad kan jag hjälpa till med?`);
    const k = rng.int(0, 4);
    if (k === 0) { c(`mitt recept på ${w.nm('medicine', (v) => v.toLowerCase())} har försvunnit ur appen`); a('Jag behöver ditt personnummer för att kolla'); c(`${w.pnr()}`); }
    if (k === 1) { c(`hej det är ${w.name(p, 'lower')} jag har inte fått min order ${w.pat('order-number', 'VK-%######')}`); a('Vilket nummer kan vi nå dig på?'); c(`${w.phone('mobile', rng.pick(['compact', 'grouped', 'spaced']))} funkar`); }
    if (k === 2) { c(`ja de e min granne som ska hämta ut åt mig, ${w.name(person(rng), 'lower')} heter granen`); a(`Då behöver grannen en fullmakt, den finns på vår webb. Ring ${O.serviceLine} om du vill ha den per post.`); }
    if (k === 3) { c(`kan ni mejla kvittot till ${w.mail(p)} tack`); a('Absolut, det är skickat!'); c('tack sååå mycket'); }
    if (k === 4) { c(`jag betalade ${w.nm('amount')} men fick en ny faktura ocr ${w.nm('ocr')} vad gör jag`); a(`Jag ser att betalningen kom in ${w.nm('date')}, du kan bortse från den nya.`); }
    if (rng.chance(0.3)) c(`mitt nya nr e ${w.phone('mobile', 'compact')} btw`);
    a(`Tack för att du chattade med oss, ha en fin dag! /${ag.first}`); w.lone(ag);
    out.push('');
  }
  const text = out.join('\n');
  C.put(file, Buffer.from(orgNear(w, O, text)), text);
}

function complaints(C) {
  const file = 'apotek/reklamationer.mbox'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const agents = people(rng, 4, { cp1252: true }); const msgs = []; const stamps = [];
  for (let i = 0; i < 34; i++) {
    let p = person(rng); while (i % 5 === 4 && /[^\x00-\xff]/.test(p.full)) p = person(rng);
    const ag = rng.pick(agents); const x = ctxVals(w, rng); const d = date(rng);
    const id = `${d.replace(/-/g, '')}.${rng.digits(6)}@${rng.pick(['mail.gmail.com', 'outlook.com', O.domain])}`; const kind = i % 5;
    stamps.push(stamp(d, `${hhmm(rng)}:00`));
    const em = w.mail(p); const cust = () => [w.name(p), em];
    if (kind === 0) msgs.push(single({ from: cust(), to: [['Kundservice', O.role.kundservice]], subject: `Reklamation ${x.order}`, date: rfcDate(d), id, hdrMode: rng.pick(['Q', 'B']), body: rng.pick(ASK)(w, p, x) }));
    if (kind === 1) {
      const orig = rng.pick(ASK)(w, p, x);
      const body = `${rng.pick(L.GREET)} ${w.lone(p)},\n\n${rng.pick(REPLY)(w, x)}\n\nVänliga hälsningar\n${w.name(ag)}\nKundservice, ${BRAND}\nTel ${O.switchboard}\n\nDen ${svDate(d)} kl. ${hhmm(rng)} skrev ${w.name(p)} <${em}>:\n${quote(orig)}`;
      msgs.push(single({ from: [w.name(ag), w.work(ag, O.domain)], to: [cust()], subject: `SV: Reklamation ${x.order}`, date: rfcDate(d, '15:10:00'), id, enc: 'b64', body }));
    }
    if (kind === 2) {
      const br = person(rng); const fwd = `${rng.pick(ASK)(w, p, x)}`;
      const body = `Hej kundservice, kan ni ta detta? Kunden var inne hos oss på ${w.nm('street')}.\n/${w.name(br)}, apotekare\n\n---------- Vidarebefordrat meddelande ---------\nFrån: ${w.name(p)} <${em}>\nDatum: ${svDate(d)} ${hhmm(rng)}\nÄmne: ${x.med}\nTill: <filial12@${O.domain}>\n\n${fwd}`;
      msgs.push(single({ from: [w.name(br), w.work(br, O.domain)], to: [['Kundservice', O.role.kundservice]], cc: [[w.name(ag), w.work(ag, O.domain)]], subject: `VB: ${x.med}`, date: rfcDate(d), id, body }));
      w.fix('email', 'role-email', `filial12@${O.domain}`);
    }
    if (kind === 3) {
      const doc = htmlDoc([[`Nytt ärende från webbformuläret på vardkasen.se`], [`Namn: ${w.nameAny(p)}`, `Personnummer: ${w.pnr()}`, `Telefon: ${w.phone()}`, `E-post: ${em}`, `Ordernummer: ${x.order}`],
        [`Meddelande: ${rng.pick(ASK)(w, p, x)}`], ['Detta meddelande kan inte besvaras.']], { title: 'Webbformulär' });
      msgs.push(single({ from: ['Vårdkasen Webb', O.role.noreply], to: [['Kundservice', O.role.kundservice]], subject: 'Nytt ärende: Reklamation', date: rfcDate(d), id, enc: 'b64', body: doc }));
    }
    if (kind === 4) msgs.push(single({ from: cust(), to: [['', O.role.kundservice]], subject: `Klagomål på leverans ${x.order}`, date: rfcDate(d), id, charset: 'iso-8859-1',
      body: `Hej!\n\nJag är mycket missnöjd. Min beställning av ${x.med} kom en vecka för sent.\nJag vill ha tillbaka ${w.nm('amount')}.\n\nMed vänlig hälsning\n${w.name(p)}\n${w.nm('street')} ${rng.int(2, 40)}\n${w.nm('postcode')} ${rng.pick(L.CITIES)}\nTel: ${w.phone('landline')}` }));
  }
  const r = mboxOf(msgs, stamps);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function eventLog(C) {
  const file = 'apotek/receptfragor.ndjson'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const agents = people(rng, 4); const lines = [];
  for (let i = 0; i < 55; i++) {
    const s = `s-${rng.digits(4)}${fillHex(rng)}`; const k = clock(rng, date(rng)); const p = person(rng);
    const ev = (o) => lines.push(JSON.stringify({ ts: k.next([2, 240]).iso(), session: s, ...o }));
    ev({ event: 'session.start', ip: w.ip(rng.chance(0.2) ? 'v6' : 'public'), ua: w.nm('user-agent'), server: O.servers[1] });
    if (rng.chance(0.6)) ev({ event: 'identify', method: 'BankID', personnummer: w.pnr({ style: 'long' }), name: w.name(p) });
    else ev({ event: 'identify', method: 'none', pnr_masked: w.nm('masked-pnr') });
    ev({ event: 'question', atc: w.nm('atc-code'), text: rng.pick([() => `kan jag ta ${w.nm('medicine')} med alkohol`, () => `när går receptet ut, nr ${w.pat('prescription-id', 'RX-@@##-####')}`, () => `min läkare ${w.name(person(rng))} har skickat ett nytt recept`])() });
    if (rng.chance(0.4)) ev({ event: 'handover', agent: w.name(rng.pick(agents)), queue: 'farmaceut' });
    if (rng.chance(0.2)) ev({ event: 'callback.requested', phone: w.phone(), note: `ring efter ${hhmm(rng)}` });
    ev({ event: 'session.end', reason: rng.pick(['timeout', 'closed', 'handled']) });
  }
  const text = `${lines.join('\n')}\n`;
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}
const fillHex = (rng) => rng.int(0x1000, 0xffff).toString(16);

function callNotes(C) {
  const file = 'apotek/samtalsanteckningar.txt'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const staff = people(rng, 5, { origin: 'sv' }); const out = [`Samtalsanteckningar ${BRAND} kundservice — export ${date(rng)}`, ''];
  const NOTES = [
    (p) => `ringde kund ang faktura, åter\u00ADkommer. ${w.name(p)} ${w.phone()}`,
    (p) => `kund ${w.name(p, rng.pick(['full', 'lower', 'caps']))} pnr ${w.pnr()} undrar om ${w.nm('medicine')} - skickat till farmaceut`,
    (p) => `${w.name(p, 'reversed')} ringer för sin mamma ${w.name(person(rng))}, vill ha utskrift av uttag. hänv. till ${O.role.dataskydd}`,
    (p) => `sökte ${w.lone(p)} x2 ingen svarar, lämnat msg på ${w.phone('landline')}`,
    (p) => `order ${w.pat('order-number', 'VK-%######')} retur, kund ${w.name(p)} får kreditering ${w.nm('amount')} ocr ${w.nm('ocr')}`,
    (p) => `fel pnr i systemet (${w.nm('pnr-bad-luhn')}) rättat till ${w.pnr()} efter samtal m ${w.name(p)}`,
    (p) => `kunden vill byta mejl till ${w.mail(p)} - klart. ${w.name(p, 'initial')}`,
  ];
  for (let i = 0; i < 80; i++) {
    const s = rng.pick(staff); w.name(s);
    out.push(`${date(rng)} ${hhmm(rng)} ${s.first[0]}${s.last[0]} (${s.full})`, rng.pick(NOTES)(person(rng)), '');
  }
  const text = out.join('\n');
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function sms(C) {
  const file = 'apotek/sms-utskick.tsv'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const rows = [['Tid', 'Till', 'Avsändare', 'Meddelande', 'Status', 'Kostnad']];
  for (let i = 0; i < 70; i++) {
    const p = person(rng); let to;
    if (rng.chance(0.5)) { const [v] = phoneV(rng, 'mobile', 'e164'); to = w.R.t('phone', v.slice(1), 'mobile-e164-noplus'); } else to = w.phone('mobile', rng.pick(['e164', 'compact']));
    const msg = rng.pick([() => `Hej ${w.lone(p)}! Din order ${w.pat('order-number', 'VK-%######')} finns att hämta på ${BRAND} ${w.nm('street')} t.o.m. ${w.nm('date')}. Hämtkod ${w.pat('pickup-code', '####')}.`,
      () => `${BRAND}: Ditt recept ${w.pat('prescription-id', 'RX-@@##-####')} går ut ${w.nm('date')}. Svara inte på detta sms.`,
      () => `Hej ${w.name(p)}, vi har försökt nå dig ang. ${w.nm('medicine')}. Ring ${O.serviceLine}. /${BRAND}`])();
    rows.push([`${date(rng)} ${hhmm(rng)}`, to, 'Vardkasen', msg, rng.pick(['DELIVERED', 'DELIVERED', 'FAILED', 'EXPIRED']), '0,45']);
  }
  const r = csv(rows, { sep: '\t', eol: '\n' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function proxyPdf(C) {
  const file = 'apotek/fullmakter-ombud.pdf'; const rng = new Rng(file); const w = ctx(C, file, rng); const pages = [];
  for (let i = 0; i < 9; i++) {
    const giver = person(rng, { cp1252: true }); const agent = person(rng, { cp1252: true });
    pages.push([{ text: `Fullmakt för uthämtning av läkemedel – ${BRAND}`, size: 14, bold: true }, '',
      'Fullmaktsgivare', `Namn: ${w.name(giver, rng.pick(['full', 'caps']))}`, `Personnummer: ${w.pnr({ minYear: 1930, maxYear: 1960 })}`, `Adress: ${rng.pick(L.STREETS)} ${rng.int(1, 40)}, ${w.nm('postcode')} ${rng.pick(L.CITIES)}`, '',
      'Ombud', `Namn: ${w.name(agent)}`, `Personnummer: ${w.pnr()}`, `Telefon: ${w.phone()}`, '',
      `Fullmakten gäller t.o.m. ${w.nm('date')} och avser recept hos ${BRAND}.`, `Ort och datum: ${rng.pick(L.CITIES)} ${svDate(date(rng))}`, '',
      `Underskrift: ${w.name(giver)}`, `Registrerad av ${w.name(person(rng, { cp1252: true, origin: 'sv' }))}, kundservice. Ärende ${w.pat('case-number', 'ÄR-2026-#####')}`,
      { text: `${BRAND} AB · org.nr ${O.orgnr} · ${O.switchboard}`, size: 8 }]);
  }
  const r = pdf(pages, { title: 'Fullmakter' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function deviations(C) {
  const file = 'apotek/leveransavvikelser.xlsx'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const staff = people(rng, 6); const a = [['Datum', 'Ordernr', 'Kund', 'Telefon', 'Läkemedel', 'ATC', 'Avvikelse', 'Handläggare']];
  for (let i = 0; i < 50; i++) {
    const p = person(rng);
    a.push([date(rng), w.pat('order-number', 'VK-%######'), w.name(p, rng.pick(['full', 'reversed', 'caps'])), w.phone(), ...w.med(),
      rng.pick(['Försenad', 'Fel styrka', 'Kylkedja bruten', 'Saknas i paket', 'Skadad förpackning']), w.name(rng.pick(staff), 'initial')]);
  }
  const b = [['Kundnr', 'Ombud förnamn', 'Ombud efternamn', 'Mobil', 'Giltig t.o.m.']];
  for (let i = 0; i < 25; i++) { const p = w.joined(person(rng)); b.push([Number(w.pat('customer-number', '7######')), p.first, p.last, w.phone('mobile'), w.nm('date')]); }
  const r = xlsx([{ name: 'Avvikelser', rows: a }, { name: 'Ombud', rows: b }], { creator: w.meta(staff[0]) });
  C.put(file, r.bytes, r.text);
}

export default function build(C) {
  for (const f of [zendesk, register, chats, complaints, eventLog, callNotes, sms, proxyPdf, deviations]) f(C);
}
