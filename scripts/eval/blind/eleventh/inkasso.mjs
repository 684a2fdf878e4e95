// Eleventh blind set — inkasso/: an invented debt-collection agency, Nordmark Inkasso AB. Debtors, co-debtors,
// spouses, debtors' lawyers and the agency's staff are people; creditors (some named like people), case / OCR /
// invoice numbers, bankgiro and organisationsnummer of company debtors are near-misses. Case CSV (all quoted), demand
// letters (.pdf), payment-plan JSON, speech-to-text call transcripts (lower case, no punctuation, a personnummer read
// out in pairs), an mbox of disputes, a .docx memo, a BGMax-like fixed-width bank file (payer name and personnummer
// right after the record code), an SMS CSV and a UTF-16LE address-tracing TSV.
import { Rng, uid, ctx, org, orgNear, person, people, kin, date, svDate, hhmm, clock, csv, docx, pdf, rfcDate, L, pnrV, ocr, safe, p2 } from './core.mjs';
import { single, multi, mboxOf, stamp, quote, htmlDoc, utf16 } from './kit.mjs';

export const O = org('inkasso', { domain: 'nordmarkinkasso.se', roles: ['kundtjanst', 'noreply', 'bestridande', 'betalning'] });
const BRAND = 'Nordmark Inkasso AB';
const creditor = (w) => (w.rng.chance(0.35) ? w.nm('company') : w.R.n(null, 'creditor', w.rng.pick(L.COMPANIES)));
const caseNo = (w) => w.pat('case-number', 'NI-%######');

function cases(C) {
  const file = 'inkasso/arenden.csv'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 6);
  const rows = [['Ärendenr', 'Gäldenär', 'Personnr/Orgnr', 'Adress', 'Postnr', 'Ort', 'Telefon', 'E-post', 'Fordringsägare', 'Ursprunglig faktura', 'Kapital', 'Ränta', 'Avgifter', 'OCR', 'Status', 'Handläggare']];
  for (let i = 0; i < 70; i++) {
    const co = rng.chance(0.1); const p = person(rng);
    rows.push([caseNo(w), co ? w.nm('company') : w.name(p, rng.pick(['full', 'full', 'reversed', 'caps'])), co ? w.nm('orgnr') : rng.chance(0.05) ? w.nm('pnr-bad-date') : w.pnr(),
      `${rng.pick(L.STREETS)} ${rng.int(1, 90)}`, w.nm('postcode'), rng.pick(L.CITIES), co ? O.switchboard : w.phone(), co || rng.chance(0.3) ? '' : w.mail(p), creditor(w), w.pat('invoice-number', '%#######'),
      w.nm('amount'), w.nm('amount'), '180,00 kr', w.nm('ocr'), rng.pick(['Krav skickat', 'Påminnelse', 'Avbetalning', 'Bestridd', 'Kronofogden', 'Avslutad']), w.name(rng.pick(staff))]);
  }
  const r = csv(rows, { quoteAll: true });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function demands(C) {
  const file = 'inkasso/inkassokrav.pdf'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 3, { cp1252: true }); const pages = [];
  for (let i = 0; i < 11; i++) {
    const p = person(rng, { cp1252: true }); const s = rng.pick(staff); const spouse = rng.chance(0.3) ? kin(rng, p.last, { cp1252: true }) : null;
    pages.push([{ text: BRAND, size: 16, bold: true }, `Box ${rng.int(100, 999)}, ${w.nm('postcode')} Sundsvall · ${O.serviceLine} · ${O.role.kundtjanst}`, '',
      { text: w.name(p, rng.pick(['caps', 'full'])), x: 320 }, ...(spouse ? [{ text: `c/o ${w.name(spouse, 'caps')}`, x: 320 }] : []), { text: `${rng.pick(L.STREETS)} ${rng.int(1, 70)}`, x: 320 }, { text: `${w.nm('postcode')} ${rng.pick(L.CITIES)}`, x: 320 }, '',
      { text: 'INKASSOKRAV', size: 14, bold: true }, `Ärendenummer: ${caseNo(w)}    Datum: ${w.nm('date')}`, `Personnummer: ${w.pnr()}`, `Fordringsägare: ${creditor(w)}, faktura ${w.pat('invoice-number', '%#######')}`, '',
      `Kapitalbelopp            ${w.nm('amount')}`, `Ränta                    ${w.nm('amount')}`, 'Inkassoavgift            180,00 kr', `Att betala senast ${w.nm('date')}: ${w.nm('amount')}`, '',
      `Betala till bankgiro ${O.bankgiro} och ange OCR ${w.nm('ocr')}.`, 'Om du anser att kravet är felaktigt ska du meddela oss skriftligen, ange ärendenummer.', '',
      `Handläggare: ${w.name(s)}, direkt ${w.phone('mobile')}`, { text: `${BRAND} · org.nr ${O.orgnr} · innehar tillstånd från IMY`, size: 8 }]);
  }
  const r = pdf(pages, { title: 'Inkassokrav' });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function plans(C) {
  const file = 'inkasso/betalningsplaner.json'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 5);
  const plans = Array.from({ length: 30 }, () => {
    const p = person(rng); const co = rng.chance(0.2) ? person(rng) : null; const n = rng.int(3, 8); const start = date(rng, '2026-09-01', '2026-12-01');
    return { plan_id: w.pat('plan-number', 'AP-26-#####'), case: caseNo(w), debtor: { name: w.name(p), ssn: w.pnr({ style: rng.pick(['long', 'long-dash', 'short']) }), phone: w.phone(), email: rng.chance(0.7) ? w.mail(p) : null, address: { street: `${rng.pick(L.STREETS)} ${rng.int(1, 50)}`, zip: w.nm('postcode'), city: rng.pick(L.CITIES) } },
      ...(co ? { co_debtor: { name: w.name(co), ssn: w.pnr() } } : {}), creditor: creditor(w), total: w.nm('amount'),
      installments: Array.from({ length: n }, (_, j) => ({ no: j + 1, due: `${start.slice(0, 5)}${p2(((Number(start.slice(5, 7)) + j - 1) % 12) + 1)}-28`, amount: w.nm('amount'), ocr: w.nm('ocr') })),
      agent: w.name(rng.pick(staff)), note: rng.pick([() => '', () => `Gäldenären ringde ${w.nm('date')}, arbetslös sedan våren.`, () => `Ombud: ${w.name(person(rng))}, advokat, ${w.phone('landline')}`, () => `Betalar via sin ${rng.pick(['sambo', 'förälder', 'syster'])} ${w.name(person(rng))}`])() };
  });
  const text = JSON.stringify({ exported: '2026-11-20T04:00:00Z', system: 'Nordmark Collect 4', plans }, null, 2);
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function transcripts(C) {
  const file = 'inkasso/samtal-transkript.txt'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 5, { origin: 'sv' }); const out = [];
  for (let i = 0; i < 40; i++) {
    const p = person(rng); const s = rng.pick(staff); const k = clock(rng, date(rng), 8, 17);
    out.push(`### samtal ${uid(rng, 8)} | ${k.day()} ${k.hm()} | från ${w.phone(undefined, rng.pick(['e164', 'compact']))} | agent ${w.name(s)} | längd ${rng.int(1, 14)}:${p2(rng.int(0, 59))}`);
    const A = (t) => out.push(`[${k.next([3, 25]).hms()}] agent: ${t}`); const K = (t) => out.push(`[${k.next([3, 25]).hms()}] kund: ${t}`);
    A(`nordmark inkasso du pratar med ${w.fix('name', 'lone-first-name', s.first.toLowerCase())} vad gäller saken`);
    K(`ja hej de e ${w.name(p, 'lower')} jag fick ett brev från er om ${rng.pick(['en faktura', 'nån skuld', 'ett krav'])}`);
    A('okej kan jag få ditt personnummer');
    if (rng.chance(0.3)) { const [v] = pnrV(rng, { style: 'compact' }); K(`ja de e ${w.R.t('personnummer', v.replace(/(\d\d)(?=\d)/g, '$1 '), 'pnr-spoken')}`); } else K(`${w.pnr({ style: rng.pick(['short', 'long']) })}`);
    A(`tack jag ser ett ärende från ${w.R.n(null, 'creditor', rng.pick(L.COMPANIES).toLowerCase())} på ${w.nm('amount')}`);
    K(rng.pick([() => 'men den har jag ju betalat', () => 'kan jag dela upp det', () => `de e min ${rng.pick(['exsambo', 'kompis', 'gamla sambo'])} ${w.name(person(rng), 'lower')} som har beställt`, () => 'jag har inga pengar just nu'])());
    A(rng.pick([() => `vi kan lägga upp en avbetalningsplan jag skickar den till din mejl vilken adress`, () => `då behöver vi ett skriftligt bestridande till ${O.role.bestridande}`, () => 'jag noterar det och pausar ärendet i trettio dagar'])());
    if (rng.chance(0.5)) K(`${w.mail(p)}`);
    if (rng.chance(0.3)) K(`ni kan ringa mig på ${w.phone('mobile', 'compact')} efter fem`);
    A('tack för samtalet hej då'); out.push('');
  }
  const text = out.join('\n').replace(/\r/g, '');
  orgNear(w, O, text); C.put(file, Buffer.from(text), text);
}

function disputes(C) {
  const file = 'inkasso/bestridanden.mbox'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 3); const msgs = []; const stamps = [];
  for (let i = 0; i < 25; i++) {
    const p = person(rng); const s = rng.pick(staff); const d = date(rng); const em = w.mail(p); const cn = caseNo(w); const k = i % 4; stamps.push(stamp(d));
    const text = k === 1 ? '' : `Hej,\n\nJag bestrider kravet i ärende ${cn}. Fakturan från ${creditor(w)} avser en tjänst jag sagt upp ${w.nm('date')}.\nMitt personnummer är ${w.pnr()}.\n\n${rng.pick(L.SIGN)}\n${w.name(p)}\n${w.phone()}`;
    if (k === 0) msgs.push(single({ from: [w.name(p), em], to: [['Bestridande', O.role.bestridande]], subject: `Bestridande ${cn}`, date: rfcDate(d), id: `${uid(rng, 12)}@mail.gmail.com`, body: text, hdrMode: 'B', enc: rng.pick(['qp', '8bit']) }));
    if (k === 1) {
      const law = person(rng); const body = `Till ${BRAND}\n\nJag företräder ${w.name(p)} (${w.pnr()}) i ärende ${cn}. Min klient bestrider kravet i sin helhet. Fullmakt bifogas.\n\nMed vänlig hälsning\n\n${w.name(law)}\nAdvokat\n${w.fix('name', 'company', rng.pick(['Advokatfirman Carl Ekman', 'Advokatbyrån Lena Ståhl AB', 'Juridikbyrån Norr', 'Advokatfirman Wiklund & Partners']))}\nDirekt: ${w.phone('landline')} | Mobil: ${w.phone('mobile')}\n${w.mail(law)}`;
      msgs.push(multi({ from: [w.name(law), w.mail(law)], to: [['', O.role.bestridande]], cc: [[w.name(p), em]], subject: `Ärende ${cn} – bestridande`, date: rfcDate(d), id: `${uid(rng, 12)}@byra.example`, text: body, enc: 'b64' }));
    }
    if (k === 2) {
      const doc = htmlDoc([[`Hej ${w.lone(p)},`], [`Vi har pausat ärende ${cn} i väntan på underlag från ${creditor(w)}.`], [rng.pick(L.SIGN), w.name(s), BRAND, O.serviceLine], [`Den ${svDate(d)} skrev ${w.name(p)} <${em}>:`], quote(text).split('\n')]);
      msgs.push(single({ from: [w.name(s), w.work(s, O.domain)], to: [[w.name(p), em]], subject: `SV: Bestridande ${cn}`, date: rfcDate(d, '13:37:00'), id: `${uid(rng, 12)}@${O.domain}`, enc: 'qp', body: doc }));
    }
    if (k === 3) {
      const cr = person(rng); const body = `Hej ${w.lone(s)},\n\nHär kommer kundens mejl, vi har krediterat ${w.nm('amount')}. Avsluta gärna ärendet.\n\n/${w.name(cr)}, kreditkontroll\n\n---------- Forwarded message ---------\nFrom: ${w.name(p)} <${em}>\nDate: ${rfcDate(d)}\nSubject: Faktura\n\n${text}`;
      msgs.push(single({ from: [w.name(cr), w.mail(cr)], to: [[w.name(s), w.work(s, O.domain)]], subject: `Fwd: Faktura – ${cn}`, date: rfcDate(d, '09:03:00'), id: `${uid(rng, 12)}@kredit.example`, body, enc: 'b64' }));
    }
  }
  const r = mboxOf(msgs, stamps);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function memo(C) {
  const file = 'inkasso/skuldsanering-pm.docx'; const rng = new Rng(file); const w = ctx(C, file, rng); const s = person(rng); const blocks = [{ h: `PM skuldsanering – ${BRAND}` }, `Upprättat av ${w.name(s)} ${w.nm('date')}`];
  for (let i = 0; i < 4; i++) {
    const p = person(rng); const sp = kin(rng, p.last);
    blocks.push({ h: `Gäldenär: ${w.name(p)}` }, { runs: ['Personnummer ', w.pnr(), '. Make/maka/sambo: ', w.name(sp), `, ${w.pnr()}. `, `Kronofogdens målnummer ${w.pat('enforcement-number', 'KFM-26-######')}.`] },
      { table: [['Borgenär', 'Belopp', 'Ärende'], ...Array.from({ length: rng.int(3, 6) }, () => [creditor(w), w.nm('amount'), caseNo(w)])] },
      `Kontakt: ${w.phone()} / ${w.mail(p)}. Skuldrådgivare i kommunen: ${w.name(person(rng))}.`);
  }
  const r = docx(blocks, { creator: w.meta(s) });
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function bgmax(C) {
  const file = 'inkasso/bgmax-2026-11-20.txt'; const rng = new Rng(file); const w = ctx(C, file, rng);
  const pad = (s, n) => String(s).padEnd(n, ' ').slice(0, n); const num = (s, n) => String(s).padStart(n, '0');
  const bg = O.bankgiro.replace('-', ''); const out = [`01BGMAX               0120261120064512345678P${' '.repeat(34)}`, `05${num(bg, 10)}${' '.repeat(10)}SEK${' '.repeat(55)}`];
  let sum = 0;
  for (let i = 0; i < 45; i++) {
    const p = person(rng, { cp1252: true }); const ore = rng.int(10000, 2500000); sum += ore; const ref = w.fix(null, 'ocr', safe(() => ocr(rng, rng.int(10, 14))));
    out.push(`20${num(safe(() => uid(rng, 8)), 10)}${pad(ref, 25)}${num(ore, 18)}23${rng.int(1, 3)}${num(rng.int(1, 99999), 12)}0${' '.repeat(7)}`);
    const nm = w.R.t('name', rng.chance(0.7) ? p.full.toUpperCase() : p.full, 'fixed-width');
    out.push(`26${pad(nm, 35)}${' '.repeat(35)}`, `27${pad(`${rng.pick(L.STREETS)} ${rng.int(1, 60)}`.toUpperCase(), 35)}${pad(w.nm('postcode', (v) => v.replace(' ', '')), 9)}`, `28${pad(rng.pick(L.CITIES).toUpperCase(), 35)}`);
    if (rng.chance(0.6)) { const [v] = pnrV(rng, { style: 'long' }); out.push(`29${w.R.t('personnummer', v, 'pnr-fixed-width')}${' '.repeat(64)}`); }
  }
  out.push(`15${num(bg, 10)}${' '.repeat(25)}${num(sum, 18)}SEK${num(45, 8)}`, `7000000045000000000000000000000001${' '.repeat(46)}`);
  const text = `${out.join('\r\n')}\r\n`;
  w.fix(null, 'bankgiro-fixed', num(bg, 10));
  const bytes = Buffer.from(text, 'latin1'); if (/[^\x00-\xff]/.test(text)) throw new Error('bgmax not latin1');
  C.put(file, bytes, text);
}

function smsOut(C) {
  const file = 'inkasso/sms-utskick.csv'; const rng = new Rng(file); const w = ctx(C, file, rng); const rows = [['mottagare', 'meddelande', 'skickad', 'status']];
  for (let i = 0; i < 60; i++) {
    const p = person(rng);
    rows.push([w.phone('mobile', rng.pick(['e164', 'compact', 'intl'])), rng.pick([() => `${BRAND}: Ärende ${caseNo(w)}, ${w.nm('amount')} förfaller ${w.nm('date')}. Bg ${O.bankgiro} OCR ${w.nm('ocr')}`,
      () => `Hej ${w.name(p)}! Din avbetalning är mottagen. Mvh ${BRAND}`, () => `Hej ${w.lone(p)}, ring oss på ${O.serviceLine} ang. ärende ${caseNo(w)}.`])(), `${date(rng)} ${hhmm(rng)}`, rng.pick(['levererat', 'levererat', 'misslyckat'])]);
  }
  const r = csv(rows);
  orgNear(w, O, r.text); C.put(file, r.bytes, r.text);
}

function tracing(C) {
  const file = 'inkasso/adressutredning.tsv'; const rng = new Rng(file); const w = ctx(C, file, rng); const staff = people(rng, 3);
  const rows = [['Ärende', 'Namn', 'Personnummer', 'Gammal adress', 'Ny adress', 'Källa', 'Telefon', 'Utredare', 'Kommentar']];
  for (let i = 0; i < 40; i++) {
    const p = person(rng);
    rows.push([caseNo(w), w.name(p, rng.pick(['surname-first', 'caps', 'full'])), w.pnr(rng.chance(0.1) ? { samord: true } : {}), `${rng.pick(L.STREETS)} ${rng.int(1, 60)}, ${rng.pick(L.CITIES)}`, rng.chance(0.6) ? `${w.nm('street')} ${rng.int(1, 60)}, ${rng.pick(L.CITIES)}` : 'okänd',
      rng.pick(['SPAR', 'Ratsit', 'Kronofogden', 'Gäldenären själv']), rng.chance(0.5) ? w.phone() : '', w.name(rng.pick(staff), 'initial'), rng.pick([() => '', () => `Utflyttad till Norge, tel ${w.phone('foreign')}`, () => `c/o ${w.name(person(rng))}`])()]);
  }
  const r = csv(rows, { sep: '\t' }); const u = utf16(r.text);
  C.put(file, u.bytes, u.text);
}

export default function build(C) {
  for (const f of [cases, demands, plans, transcripts, disputes, memo, bgmax, smsOut, tracing]) f(C);
}
