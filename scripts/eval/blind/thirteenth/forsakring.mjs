// Thirteenth blind set — 2. Vega Försäkring, skadeavdelningen: hem, bil, djur (forsakring/).
import { Rng, org, people, kin, T, N, nameAs, nameStyle, pnr, phone, email, workEmail, date, svDate, dmy, hhmm, hms, num, kr, regPlate, footer, role, server,
  nBadPnr, nBadDate, nOrg, nDoc, csv, xlsx, docx, pdf, message, eml, htmlOnly, mboxRaw, rfcDate, xmlEsc, txt, json, ndjson, ipVal, iban, postcode,
  STREETS, COMPANIES, WORDS, publicIp } from './core.mjs';
import { sig, quote, customers, RELS } from './kit.mjs';

const O = org(new Rng('fors/org'), { name: 'Vega Försäkring AB', domain: 'vegaforsakring.se', area: '31' });
const DIR = 'forsakring';
const lazy = (fn) => { let v; let done = false; return () => { if (!done) { v = fn(); done = true; } return v; }; };
const WORKSHOPS = ['Karl Johans Bil AB', 'Hedlunds Plåt & Lack AB', 'Stina Holms Bilglas AB', 'Bilverkstaden i Kungälv AB', 'Mekonomen Partille', 'Lindholmens Bil & Däck'];
const PETS = [['Sixten', 'katt', 'Huskatt'], ['Molly', 'hund', 'Labrador'], ['Ludde', 'hund', 'Tax'], ['Nala', 'katt', 'Maine Coon'], ['Zorro', 'hund', 'Border collie'],
  ['Greta', 'hund', 'Mops'], ['Otto', 'katt', 'Ragdoll'], ['Bamse', 'hund', 'Berner sennen'], ['Selma', 'katt', 'Norsk skogkatt'], ['Kiwi', 'kanin', 'Dvärgvädur']];
const CLINICS = ['Djurkliniken Tassen', 'Smådjurskliniken Hisingen', 'Evidensia Djursjukhus', 'Veterinärkliniken Albin & Co'];

export default function build(C) {
  const rng = new Rng('fors/people');
  const handlers = people(rng, 9, { cp1252: true, middle: 0 }).map((p) => ({ p, ph: phone(rng, 'landline', rng.pick(['grouped', 'spaced', 'intl'])), mail: workEmail(p, O.domain) }));
  const cust = customers(rng, 240, { cp1252: true });
  for (const c of cust) { c.policy = `${rng.pick(['HEM', 'VIL', 'BIL', 'DJR'])}-${num(rng, 7)}`; c.claim = `S${num(rng, 8)}`; c.h = rng.pick(handlers); }

  // 1. Home claims CSV, one Namn column, quoted multi-line descriptions.
  {
    const f = `${DIR}/skadeanmalan_hem_2026.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['Skadenummer', 'Försäkringsnummer', 'Namn', 'Personnummer', 'Telefon', 'E-post', 'Skadedatum', 'Skadetyp', 'Beskrivning', 'Reserv', 'Handläggare']];
    for (const c of cust.slice(0, 150)) {
      const st = r.weighted([['full', 60], ['reversed', 25], ['caps', 10], ['lower', 5]]);
      const desc = [];
      const typ = r.pick(['Vattenskada', 'Inbrott', 'Brand', 'Stöld cykel', 'Glasskada', 'Allrisk mobil']);
      if (typ === 'Vattenskada') desc.push(`Läckage från grannen ovanför, ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'neighbour')}, lgh ${r.int(1001, 1304)}.`, `Rörmokare från ${N(R, 'company', r.pick(COMPANIES))} har varit på plats.`);
      else if (typ === 'Inbrott') desc.push(`Inbrott i källarförråd, polisanmälan ${N(R, 'police-report', `5000-K${num(r, 6)}-26`, null)}.`, `Vittne: ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'witness')} tel ${T(R, 'phone', phone(r))}`);
      else if (typ === 'Stöld cykel') desc.push(`Cykeln stals utanför ${N(R, 'street', r.pick(STREETS))}.`, `Ramnummer ${N(R, 'frame-number', `WBK${num(r, 7)}`, null)}`);
      else desc.push(`${typ} ${svDate(date(r))}.`, r.chance(0.5) ? `Kontakta hellre min ${r.pick(RELS)} ${T(R, 'name', nameAs(kin(r, c.p), 'full'), 'relative')} på ${T(R, 'phone', phone(r))}` : 'Inga vittnen.');
      rows.push([N(R, 'claim-number', c.claim, null), N(R, 'policy-number', c.policy, null), T(R, 'name', nameAs(c.p, st)), r.chance(0.04) ? nBadDate(R, r) : T(R, 'personnummer', c.pn),
        T(R, 'phone', c.ph), r.chance(0.75) ? T(R, 'email', c.em) : '', N(R, 'date', date(r), null), typ, desc.join('\n'), N(R, 'amount', kr(r, 1500, 120000), null), T(R, 'name', nameAs(c.h.p, 'full'), 'handler')]);
    }
    const out = csv(rows, { sep: ',', eol: '\n' });
    C.put(f, out.bytes, out.text);
  }

  // 2. Motor claims NDJSON: driver, counterparty, witnesses, workshop, web IP.
  {
    const f = `${DIR}/motor_skador_export.ndjson`; const R = C.at(f); const r = new Rng(f);
    const list = [];
    for (const c of cust.slice(80, 155)) {
      const cp = people(r, 1)[0]; const wit = people(r, r.int(0, 2));
      const driver = r.chance(0.3) ? kin(r, c.p) : null;
      const ip = ipVal(r);
      const ev = {
        type: 'claim.created', ts: `${date(r)}T${hms(r)}.${r.int(100, 999)}Z`, claimId: N(R, 'claim-number', c.claim, null), policyNo: N(R, 'policy-number', c.policy, null),
        policyholder: { firstName: c.p.first, lastName: c.p.last, ssn: T(R, 'personnummer', c.pn), phone: T(R, 'phone', c.ph) },
        vehicle: { reg: N(R, 'reg-plate', regPlate(r), null), make: r.pick(['Volvo V60', 'Volvo XC40', 'VW Golf', 'Tesla Model Y', 'Toyota RAV4', 'Kia Niro']) },
        driver: driver ? { name: T(R, 'name', nameAs(driver, 'full'), 'driver'), licence: N(R, 'licence-number', num(r, 8), null) } : 'policyholder',
        counterparty: r.chance(0.7) ? { name: T(R, 'name', nameAs(cp, r.chance(0.2) ? 'caps' : 'full'), 'counterparty'), phone: T(R, 'phone', phone(r, r.chance(0.1) ? 'foreign' : undefined)), insurer: r.pick(['Trygg-Hansa', 'If', 'Folksam', 'Länsförsäkringar']), reg: N(R, 'reg-plate', regPlate(r), null) } : null,
        witnesses: wit.map((w) => ({ name: T(R, 'name', nameAs(w, 'full'), 'witness'), contact: r.chance(0.5) ? T(R, 'phone', phone(r)) : T(R, 'email', email(r, w)) })),
        workshop: { name: N(R, 'company', r.pick(WORKSHOPS)), orgNo: nOrg(R, r) },
        channel: { source: 'web', clientIp: T(R, 'ip', ip), userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)' },
      };
      C.joined(f, c.p.first, c.p.last);
      list.push(ev);
      if (r.chance(0.5)) list.push({ type: 'claim.assigned', ts: `${date(r)}T${hms(r)}Z`, claimId: c.claim, assignee: T(R, 'name', nameAs(c.h.p, 'full'), 'log-user'), by: 'auto-router' });
      if (r.chance(0.3)) list.push({ type: 'claim.note', ts: `${date(r)}T${hms(r)}Z`, claimId: c.claim, author: T(R, 'email', { value: c.h.mail, subtype: 'work-personal' }), text: `motparten ${T(R, 'name', nameAs(cp, 'lower'), 'lower')} nekar ansvar. ringt ${T(R, 'phone', phone(r, 'mobile', 'compact'))}` });
    }
    const out = ndjson(list);
    C.put(f, out.bytes, out.text);
  }

  // 3. Pet claims JSON.
  {
    const f = `${DIR}/djurforsakring_skador.json`; const R = C.at(f); const r = new Rng(f);
    const vets = people(r, 8, { middle: 0 });
    const claims = cust.slice(150, 195).map((c) => {
      const [pet, sp, breed] = r.pick(PETS);
      return { skadenummer: N(R, 'claim-number', c.claim, null), agare: { namn: T(R, 'name', nameAs(c.p, 'full'), 'pet-owner'), personnummer: T(R, 'personnummer', c.pn), mobil: T(R, 'phone', c.ph), epost: T(R, 'email', c.em) },
        djur: { namn: N(R, 'pet-name', pet), art: sp, ras: breed, chipnummer: N(R, 'chip-number', `752${r.digits(12)}`, null), fodd: N(R, 'date', date(r, '2012-01-01', '2025-06-01'), null) },
        besok: Array.from({ length: r.int(1, 3) }, () => ({ klinik: N(R, 'company', r.pick(CLINICS)), veterinar: T(R, 'name', nameAs(r.pick(vets), r.chance(0.3) ? 'initial' : 'full'), 'vet'), datum: date(r), diagnos: r.pick(['Otit', 'Korsbandsskada', 'Tandsten', 'Urinsten', 'Magsjuka']), belopp: r.int(800, 24000) })),
        kommentar: r.chance(0.3) ? `${N(R, 'pet-name', pet)} hämtades av ${T(R, 'name', nameAs(kin(r, c.p), 'full'), 'relative')}.` : '' };
    });
    const out = json({ export: 'djurskador', count: claims.length, claims }, 1);
    C.put(f, out.bytes, out.text);
  }

  // 4. Mail threads: forwards, quoted replies, signatures with titles.
  {
    const f = `${DIR}/skadehandlaggning.mbox`; const R = C.at(f); const r = new Rng(f);
    const msgs = [];
    for (let i = 0; i < 18; i++) {
      const c = cust[r.int(0, cust.length - 1)]; const h = c.h; const d = date(r, '2026-09-01', '2026-11-22');
      const k = i % 3;
      const first = lazy(() => [`Hej,`, '', `Jag vill anmäla en skada på min bil ${N(R, 'reg-plate', regPlate(r), null)}. Försäkringsnummer ${N(R, 'policy-number', c.policy, null)}.`,
        `Det var ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'counterparty')} som backade in i mig på parkeringen vid ${N(R, 'street', r.pick(STREETS))}.`,
        '', sig(R, c.p, { greet: r.pick(['Mvh', 'Hälsningar', 'Vänliga hälsningar']), ph: c.ph })].join('\n'));
      const cfrom = lazy(() => [T(R, 'name', nameAs(c.p, 'full'), 'header-display'), T(R, 'email', c.em)]);
      const hfrom = lazy(() => [T(R, 'name', nameAs(h.p, 'full'), 'header-display'), T(R, 'email', { value: h.mail, subtype: 'work-personal' })]);
      const hsig = lazy(() => sig(R, h.p, { title: 'Skadereglerare, Motor', orgName: 'Vega Försäkring AB', ph: { ...h.ph, label: 'Direkt' }, extra: [`Skadeservice ${N(R, 'service-line', O.service, 'phone')} · ${role(R, O, 0)}`] }));
      if (k === 0) {
        const m = message({ from: cfrom(), to: [[N(R, 'org-display', 'Vega Skadeservice'), role(R, O, 3)]], subject: 'Skadeanmälan bil', date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 10)}@${c.em.value.split('@')[1]}`, text: first(), enc: 'qp' });
        msgs.push({ ...m, sender: c.em.value });
      } else if (k === 1) {
        const text = [`Hej ${N(R, 'lone-first-name', c.p.call)},`, '', `Tack för ditt mejl. Skadan är registrerad under ${N(R, 'claim-number', c.claim, null)}. Lämna bilen hos ${N(R, 'company', r.pick(WORKSHOPS))}.`, hsig(), '',
          `${svDate(d)} kl. ${hhmm(r)} skrev ${cfrom()[0]} <${cfrom()[1]}>:`, quote(first())].join('\n');
        const m = message({ from: hfrom(), to: [cfrom()], subject: `SV: Skadeanmälan bil [${c.claim}]`, date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 10)}@${O.domain}`, text, enc: r.pick(['qp', 'b64']), hdrMode: 'B' });
        msgs.push({ ...m, sender: h.mail });
      } else {
        const ws = r.pick(WORKSHOPS); const mech = people(r, 1, { middle: 0 })[0]; const mem = email(r, mech, 'verkstadsmail.se');
        const text = [`Hej,`, '', `Kalkyl för ${N(R, 'reg-plate', regPlate(r), null)} bifogas. Kunden ${T(R, 'name', nameAs(c.p, 'full'), 'running-text')} har godkänt.`, '',
          sig(R, mech, { title: `Verkmästare, ${ws}`, ph: phone(r, 'mobile'), em: mem, greet: 'Mvh' }), '', '-----Ursprungligt meddelande-----', `Från: ${hfrom()[0]} <${hfrom()[1]}>`, `Skickat: ${svDate(d)}`,
          `Till: ${mem.value}`, `Ämne: Kalkyl ${c.claim}`, '', `Hej! Kan ni skicka kalkyl för kundens bil? Kontaktperson hos kund: ${T(R, 'name', nameAs(c.p, 'caps'), 'caps')} ${T(R, 'phone', c.ph)}`, hsig()].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(mech, 'full'), 'header-display'), mem.value], to: [hfrom()], cc: [[N(R, 'org-display', ws), N(R, 'role-email', `verkstad@${ws.toLowerCase().replace(/[^a-z]/g, '')}.se`, 'email')]],
          subject: `SV: Kalkyl ${c.claim}`, date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 10)}@verkstadsmail.se`, text, enc: '8bit' });
        msgs.push({ ...m, sender: mem.value });
      }
    }
    const out = mboxRaw(msgs);
    C.put(f, out.bytes, out.text);
  }

  // 5. Witness statements (.docx).
  for (let i = 0; i < 2; i++) {
    const c = cust[210 + i];
    const f = `${DIR}/vittnesintyg_${c.claim}.docx`; const R = C.at(f); const r = new Rng(f);
    const w = people(r, 1)[0]; const wpn = pnr(r); const wph = phone(r);
    const out = docx([
      { h: 'Vittnesintyg' }, { runs: ['Skadenummer: ', N(R, 'claim-number', c.claim, null)] },
      { table: [['Vittnets namn', T(R, 'name', nameAs(w, 'full'), 'witness')], ['Personnummer', T(R, 'personnummer', wpn)], ['Telefon', T(R, 'phone', wph)], ['Adress', `${N(R, 'street', `${r.pick(STREETS)} ${r.int(2, 40)}`)}, ${N(R, 'postcode', postcode(r), null)} Göteborg`]] },
      `Jag såg hur den blå bilen, förd av ${T(R, 'name', nameAs(c.p, 'full'), 'running-text')}, stod stilla vid rödljuset när ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'counterparty')} körde in bakifrån.`,
      `Min fru ${T(R, 'name', nameAs(kin(r, w), 'full'), 'relative')} satt bredvid mig och kan bekräfta detta.`,
      `Ort och datum: Göteborg ${svDate(date(r))}`, { runs: ['Underskrift: ', w.first, ' ', w.last] },
      `Intyget mottaget av ${T(R, 'name', nameAs(c.h.p, 'full'), 'handler')}, ${footer(R, O, ['orgnr', 'service'])}`,
    ], { creator: 'Vega Skadeservice' });
    C.put(f, out.bytes, out.text);
  }

  // 6. Claim form PDFs.
  for (let i = 0; i < 2; i++) {
    const c = cust[220 + i];
    const f = `${DIR}/skadeanmalan_${c.claim}.pdf`; const R = C.at(f); const r = new Rng(f);
    const co = r.chance(0.5) ? kin(r, c.p, { cp1252: true }) : null;
    const lines = [{ text: 'SKADEANMÄLAN – HEMFÖRSÄKRING', size: 14, bold: true }, `Vega Försäkring AB · ${N(R, 'organisationsnummer', O.orgnr, 'personnummer')}`, '',
      `Försäkringstagare: ${T(R, 'name', nameAs(c.p, 'caps-reversed'))}`, `Personnummer: ${T(R, 'personnummer', c.pn)}`, `Telefon dagtid: ${T(R, 'phone', c.ph)}`,
      `E-post: ${T(R, 'email', c.em)}`, `Adress: ${N(R, 'street', `${r.pick(STREETS)} ${r.int(1, 50)}`)}, ${N(R, 'postcode', postcode(r), null)}`,
      co ? `Medförsäkrad: ${T(R, 'name', nameAs(co, 'full'), 'co-insured')} (${T(R, 'personnummer', pnr(r))})` : 'Medförsäkrad: –', '',
      `Skadedatum: ${dmy(date(r))}   Försäkringsnummer: ${N(R, 'policy-number', c.policy, null)}`, 'Händelseförlopp:',
      `Vi kom hem från ${N(R, 'place', r.pick(['Gustavsberg', 'Mariefred', 'Kristinehamn']))} och upptäckte att ytterdörren var uppbruten.`,
      `Grannen ${T(R, 'name', nameAs(people(r, 1, { cp1252: true })[0], 'full'), 'neighbour')} hade hört ljud vid 14-tiden.`,
      '', 'Stulet gods:', ...Array.from({ length: r.int(3, 8) }, () => `  ${r.pick(['Bärbar dator', 'Smycken', 'Kamera', 'Cykel', 'Klocka', 'Surfplatta'])}  ${N(R, 'amount', kr(r, 500, 30000), null)}`),
      '', `Utbetalning till konto: ${N(R, 'iban', O.iban.replace(/^SE\d\d/, `SE${r.int(10, 99)}`), null)}`, `Handläggare: ${T(R, 'name', nameAs(c.h.p, 'full'), 'handler')}`];
    const out = pdf([lines], { title: `Skadeanmälan ${c.claim}` });
    C.put(f, out.bytes, out.text);
  }

  // 7. Claims handler notes, sloppy.
  {
    const f = `${DIR}/handlaggaranteckningar_motor.txt`; const R = C.at(f); const r = new Rng(f);
    const out = [];
    for (const c of cust.slice(30, 140)) {
      const h = c.h; const tag = `[${date(r, '2026-10-01', '2026-11-22')} ${hhmm(r)} ${T(R, 'name', { value: `${h.p.first.toLowerCase()}.${h.p.last.toLowerCase()}` }, 'log-user-dotted')}]`;
      const k = r.int(0, 4);
      if (k === 0) out.push(`${tag} ${N(R, 'claim-number', c.claim, null)} pratat m ${T(R, 'name', nameAs(c.p, 'lower'), 'lower')}, ${T(R, 'phone', c.ph)}. bilen står hos ${N(R, 'company', r.pick(WORKSHOPS))}. ${N(R, 'word-also-name', r.pick(WORDS))} – inväntar kalkyl`);
      else if (k === 1) out.push(`${tag} ${c.claim} motpart ${T(R, 'name', nameAs(people(r, 1)[0], r.pick(['lower', 'full', 'caps'])))} erkänner. hans försäkringsbolag If, ref ${N(R, 'claim-number', `IF-${num(r, 9)}`, null)}`);
      else if (k === 2) out.push(`${tag} ${c.claim} kund ringde, vill att sonen ${T(R, 'name', nameAs(kin(r, c.p), 'full'), 'relative')} ska få info. fullmakt finns. pnr kund ${T(R, 'personnummer', c.pn)}`);
      else if (k === 3) out.push(`${tag} ${c.claim} ${N(R, 'reg-plate', regPlate(r), null)} totalskadad, värdering ${N(R, 'amount', kr(r, 40000, 380000), null)}. utbet till ${T(R, 'name', nameAs(c.p, 'reversed'))}`);
      else out.push(`${tag} ${c.claim} assigned to ${T(R, 'name', nameAs(r.pick(handlers).p, 'full'), 'assigned-to')} (semester)`);
    }
    const t = txt(out.join('\n'));
    C.put(f, t.bytes, t.text);
  }

  // 8. Workbook: workshops and counterparties, several sheets.
  {
    const f = `${DIR}/verkstader_motparter.xlsx`; const R = C.at(f); const r = new Rng(f);
    const s1 = [['Verkstad', 'Orgnr', 'Kontaktperson', 'Telefon', 'E-post']];
    for (const w of WORKSHOPS) { const p = people(r, 1, { middle: 0 })[0]; s1.push([N(R, 'company', w), nOrg(R, r), T(R, 'name', nameAs(p, 'full'), 'contact-person'), T(R, 'phone', phone(r)), T(R, 'email', { value: `${p.call.toLowerCase().replace(/[^a-z]/g, '')}@${w.toLowerCase().replace(/[^a-z]/g, '').slice(0, 12)}.se`, subtype: 'work-personal' })]); }
    const s2 = [['Skadenr', 'Motpart', 'Motpartens bolag', 'Regnr', 'Telefon']];
    for (const c of cust.slice(0, 70)) { const p = people(r, 1)[0]; s2.push([N(R, 'claim-number', c.claim, null), T(R, 'name', nameAs(p, r.pick(['full', 'reversed', 'caps'])), 'counterparty'), r.pick(['If', 'Folksam', 'Dina', 'Moderna']), N(R, 'reg-plate', regPlate(r), null), T(R, 'phone', phone(r))]); }
    const s3 = [['Handläggare', 'Anknytning', 'Team']];
    for (const h of handlers) s3.push([T(R, 'name', nameAs(h.p, 'full'), 'handler'), T(R, 'phone', h.ph), r.pick(['Motor', 'Hem', 'Djur'])]);
    const out = xlsx([{ name: 'Verkstäder', rows: s1 }, { name: 'Motparter', rows: s2 }, { name: 'Handläggare', rows: s3 }], { creator: 'Vega Skadeservice' });
    C.put(f, out.bytes, out.text);
  }

  // 9. Web form access log (combined log format), customers' IPs.
  {
    const f = `${DIR}/webbformular_access.log`; const R = C.at(f); const r = new Rng(f);
    const out = [];
    const M = ['Nov'];
    for (let i = 0; i < 200; i++) {
      const ip = r.chance(0.06) ? N(R, 'server-ip', O.servers[0], 'ip') : r.chance(0.04) ? nDoc(R, r) : T(R, 'ip', ipVal(r));
      const path = r.pick(['/skadeanmalan/hem', '/skadeanmalan/bil/steg2', '/mina-sidor/skador', '/api/v2/claims', '/static/app.4f3a.js', '/skadeanmalan/kvitto']);
      out.push(`${ip} - - [${String(r.int(1, 22)).padStart(2, '0')}/${M[0]}/2026:${hms(r)} +0100] "${r.pick(['GET', 'GET', 'POST'])} ${path} HTTP/1.1" ${r.pick([200, 200, 302, 404])} ${r.int(200, 90000)} "https://www.vegaforsakring.se/" "${r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)', 'okhttp/4.12.0'])}"`);
    }
    const t = txt(out.join('\n'));
    C.put(f, t.bytes, t.text);
  }

  // 10. HTML-only forwarded mail (.eml), encoded-word headers.
  {
    const f = `${DIR}/fwd_skada_${cust[230].claim}.eml`; const R = C.at(f); const r = new Rng(f);
    const c = cust[230]; const h = c.h;
    const html = `<div style="font-family:Calibri">Hej ${xmlEsc(N(R, 'lone-first-name', h.p.call))}!<br>Kan du ta denna? Kunden ringde igen.<br><br>/${xmlEsc(T(R, 'name', nameAs(handlers[0].p, 'full'), 'signature'))}<br>Skadeservice</div>`
      + `<hr><div><b>Från:</b> ${xmlEsc(T(R, 'name', nameAs(c.p, 'full'), 'forward-header'))} &lt;${T(R, 'email', c.em)}&gt;<br><b>Skickat:</b> ${svDate(date(r))}<br><b>Ämne:</b> Vattenskada</div>`
      + `<p>Hej, det läcker från diskmaskinen. Min telefon är ${T(R, 'phone', c.ph)} och personnummer ${T(R, 'personnummer', c.pn)}.</p><p>Hälsningar<br>${xmlEsc(T(R, 'name', nameAs(c.p, 'full'), 'signature'))}</p>`
      + `<table><tr><td>Försäkring</td><td>${N(R, 'policy-number', c.policy, null)}</td></tr><tr><td>Adress</td><td>${xmlEsc(N(R, 'street', 'Anna Lindhs plats 3'))}</td></tr></table>`;
    const m = htmlOnly({ from: [T(R, 'name', nameAs(handlers[0].p, 'full'), 'header-display'), T(R, 'email', { value: handlers[0].mail, subtype: 'work-personal' })], to: [[T(R, 'name', nameAs(h.p, 'full'), 'header-display'), T(R, 'email', { value: h.mail, subtype: 'work-personal' })]],
      subject: `VB: Vattenskada – ${c.p.call} ${c.p.last}`, date: rfcDate('2026-11-18', '09:12:44'), id: `${num(r, 12)}@${O.domain}`, html, enc: 'qp', hdrMode: 'Q' });
    R.t('name', `${c.p.call} ${c.p.last}`, 'subject');
    C.put(f, Buffer.from(m.raw, 'utf8'), m.text);
  }
}
