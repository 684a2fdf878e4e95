// Thirteenth blind set — 5. Nordljus Säkerhet, larmcentral: alarm logs, key holders, guard reports, access control (larm/).
import { Rng, org, people, kin, T, N, nameAs, pnr, oldPnr, phone, email, workEmail, date, svDate, hhmm, hms, num, kr, safe, footer, role, server,
  nBadPnr, nOrg, nDoc, csv, xlsx, docx, pdf, message, eml, mboxRaw, rfcDate, xmlEsc, txt, json, ndjson, zip, ipVal, postcode, publicIp,
  STREETS, PLACES, COMPANIES, WORDS, ascii, cp1252 } from './core.mjs';
import { sig, quote, customers } from './kit.mjs';

const O = org(new Rng('larm/org'), { name: 'Nordljus Säkerhet AB', domain: 'nordljussakerhet.se', area: '90' });
const DIR = 'larm';
const CODEWORDS = ['Blåbär', 'Sommarstuga', 'Fyrtorn', 'Kanelbulle', 'Älgjakt', 'Midnattssol', 'Snöboll', 'Trädgård', 'Hjortron', 'Fiskebåt'];
const ZONES = ['Entré', 'Vardagsrum PIR', 'Källare PIR', 'Garage', 'Brandlarm kök', 'Altandörr mag.', 'Lager öst', 'Serverrum'];
const ROADS = ['Björkvägen', 'Tallstigen', 'Granvägen', 'Norra Strandgatan', 'Rönnbärsvägen', 'Hagavägen', 'Skogsbrynet'];

export default function build(C) {
  const rng = new Rng('larm/people');
  const ops = people(rng, 10, { cp1252: true, middle: 0 }).map((p) => ({ p, user: `${ascii(p.call).slice(0, 1)}${ascii(p.last).replace(/[ -]/g, '').slice(0, 6)}`, ph: phone(rng, 'mobile') }));
  const guards = people(rng, 8, { cp1252: true, middle: 0 }).map((p) => ({ p, id: `V${num(rng, 4)}`, ph: phone(rng, 'mobile') }));
  const owners = customers(rng, 150, { cp1252: true });
  const objs = owners.map((c) => {
    const keys = [c.p, ...(rng.chance(0.6) ? [kin(rng, c.p, { cp1252: true })] : []), ...people(rng, rng.int(1, 2), { cp1252: true })].map((p, i) => ({ p, prio: i + 1, ph: i === 0 ? c.ph : phone(rng), home: rng.chance(0.3) ? phone(rng, 'landline') : null }));
    return { c, nr: `OBJ-${num(rng, 6)}`, addr: rng.chance(0.15) ? `${rng.pick(STREETS)} ${rng.int(1, 40)}` : `${rng.pick(ROADS)} ${rng.int(1, 60)}`, lookalike: false, keys, code: rng.pick(CODEWORDS), panel: `${rng.int(100000, 999999)}` };
  });
  for (const o of objs) o.lookalike = STREETS.some((s) => o.addr.startsWith(s));
  const addr = (R, o) => (o.lookalike ? N(R, 'street', o.addr) : o.addr);

  // 1. Alarm log.
  {
    const f = `${DIR}/larmlogg_2026-11.log`; const R = C.at(f); const r = new Rng(f);
    const out = [];
    for (let i = 0; i < 260; i++) {
      const o = r.pick(objs); const op = r.pick(ops); const d = date(r, '2026-11-01', '2026-11-22');
      const alarm = N(R, 'alarm-number', `A${num(r, 7)}`, null);
      const head = `${d} ${hms(r)} [${alarm}] obj=${N(R, 'object-number', o.nr, null)} zon="${r.pick(ZONES)}" op=${N(R, 'user-handle', op.user)}`;
      const k = r.int(0, 4);
      const k1 = o.keys[0]; const k2 = o.keys[1] ?? o.keys[0];
      if (k === 0) out.push(`${head} INBROTTSLARM -> ring NI1 ${T(R, 'name', nameAs(k1.p, 'caps-reversed'))} ${T(R, 'phone', k1.ph)}: ej svar; NI2 ${T(R, 'name', nameAs(k2.p, 'caps-reversed'))} ${T(R, 'phone', k2.ph)}: svar, kodord OK (${N(R, 'code-word', o.code)})`);
      else if (k === 1) out.push(`${head} BRANDLARM -> RDT larmad, väktare ${N(R, 'guard-id', r.pick(guards).id, null)} utlarmad, åtgärd av ${T(R, 'name', nameAs(op.p, 'full'), 'log-user')}`);
      else if (k === 2) out.push(`${head} FELKOD 44 kommunikationsfel, panel ${N(R, 'panel-id', o.panel, null)} via ${server(R, O, r.int(0, 1))}`);
      else if (k === 3) out.push(`${head} FRÅNKOPPLING utan kod, kontakt med ${T(R, 'name', nameAs(k1.p, 'full'), 'key-holder')} som uppger att ${r.pick(['städaren', 'hantverkaren', 'barnvakten'])} ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'running-text')} glömt koden`);
      else out.push(`${head} ÖVERFALLSLARM ${r.pick(['skarpt', 'obefogat'])}, polis ej larmad. assigned to ${T(R, 'name', nameAs(r.pick(ops).p, 'full'), 'assigned-to')}`);
    }
    const t = txt(out.join('\n'));
    C.put(f, t.bytes, t.text);
  }

  // 2. Key holders CSV, cp1252 ';' CRLF, phone tree.
  {
    const f = `${DIR}/nyckelinnehavare_export.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['Objektnr', 'Objekt', 'Adress', 'Prio', 'Namn', 'Mobil', 'Hem', 'Kodord', 'Notering']];
    for (const o of objs.slice(0, 120)) for (const k of o.keys) {
      rows.push([N(R, 'object-number', o.nr, null), N(R, 'family-label', `Villa ${o.c.p.last}`), addr(R, o), String(k.prio), T(R, 'name', nameAs(k.p, k.prio === 1 ? 'reversed' : r.pick(['full', 'reversed'])), k.prio === 1 ? 'surname-first' : 'key-holder'), T(R, 'phone', k.ph), k.home ? T(R, 'phone', k.home) : '', N(R, 'code-word', o.code),
        k.prio === 1 ? '' : r.pick([() => 'Har nyckel', () => 'Granne', () => 'Ring ej efter 22', () => `Nås även via ${T(R, 'email', email(r, k.p))}`])()]);
    }
    const out = csv(rows, { sep: ';', eol: '\r\n', enc: 'cp1252' });
    C.put(f, out.bytes, out.text);
  }

  // 3. Object register XML.
  {
    const f = `${DIR}/objektregister.xml`; const R = C.at(f); const r = new Rng(f);
    const x = ['<?xml version="1.0" encoding="UTF-8"?>', '<Objektregister xmlns="urn:nordljus:larm:1" exporterad="2026-11-23T03:00:00">'];
    for (const o of objs.slice(40, 100)) {
      const inst = r.pick(ops);
      x.push(`  <Objekt nr="${N(R, 'object-number', o.nr, null)}" typ="${r.pick(['Villa', 'Radhus', 'Lägenhet', 'Fritidshus'])}">`,
        `    <Kund kundnr="${N(R, 'customer-number', `K${num(r, 6)}`, null)}">`, `      <Fornamn>${xmlEsc(o.c.p.first)}</Fornamn>`, `      <Efternamn>${xmlEsc(o.c.p.last)}</Efternamn>`,
        `      <Personnummer>${T(R, 'personnummer', o.c.pn)}</Personnummer>`, `      <Epost>${T(R, 'email', o.c.em)}</Epost>`, '    </Kund>',
        `    <Adress gata="${xmlEsc(addr(R, o))}" postnr="${N(R, 'postcode', postcode(r), null)}" ort="${r.pick(['Umeå', 'Holmsund', 'Sävar', 'Vännäs'])}"/>`,
        '    <Kontakter>', ...o.keys.map((k) => `      <Kontakt prio="${k.prio}" namn="${xmlEsc(T(R, 'name', nameAs(k.p, 'full'), 'key-holder'))}" tel="${T(R, 'phone', k.ph)}"/>`), '    </Kontakter>',
        `    <Installation datum="${date(r, '2015-01-01', '2026-10-01')}" tekniker="${xmlEsc(T(R, 'name', nameAs(inst.p, 'full'), 'technician'))}" panel="${N(R, 'panel-id', o.panel, null)}"/>`, '  </Objekt>');
      C.joined(f, o.c.p.first, o.c.p.last);
    }
    x.push('</Objektregister>');
    const t = txt(x.join('\n'));
    C.put(f, t.bytes, t.text);
  }

  // 4. Guard reports (.docx).
  {
    const f = `${DIR}/vaktrapporter_v47.docx`; const R = C.at(f); const r = new Rng(f);
    const blocks = [{ h: 'Väktarrapporter vecka 47 – Nordljus Säkerhet' }];
    for (let i = 0; i < 22; i++) {
      const o = r.pick(objs); const g = r.pick(guards);
      blocks.push({ h: `Rapport ${N(R, 'report-number', `R-${num(r, 6)}`, null)} · ${svDate(date(r, '2026-11-16', '2026-11-22'))} ${hhmm(r)}` });
      blocks.push({ table: [['Väktare', T(R, 'name', nameAs(g.p, 'full'), 'guard')], ['Objekt', `${N(R, 'object-number', o.nr, null)}, ${addr(R, o)}`], ['Ankomst', hhmm(r)], ['Kontaktad', T(R, 'name', nameAs(o.keys[0].p, 'full'), 'key-holder')]] });
      blocks.push(r.pick([() => `Inget onormalt. Altandörren var olåst, låste och meddelade ${T(R, 'name', nameAs(o.keys[0].p, 'full'), 'key-holder')} på ${T(R, 'phone', o.keys[0].ph)}.`,
        () => `Mötte en person på tomten som uppgav sig vara ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'running-text')}, snickare. Identitet kontrollerad mot körkort.`,
        () => `Brandlarm orsakat av matos. Boende ${T(R, 'name', nameAs(o.c.p, 'full'), 'running-text')} på plats. ${N(R, 'word-also-name', r.pick(WORDS))}.`,
        () => `Fönster krossat mot ${N(R, 'street', r.pick(STREETS))}. Polis på plats, anmälan ${N(R, 'police-report', `2500-K${num(r, 6)}-26`, null)}.`])());
      if (r.chance(0.3)) blocks.push({ runs: ['Signerat: ', g.p.first, ' ', g.p.last, ` (${g.id})`] });
    }
    blocks.push(footer(R, O, ['orgnr', 'switchboard']));
    const out = docx(blocks, { creator: 'Larmcentral Umeå' });
    C.put(f, out.bytes, out.text);
  }

  // 5. Call transcripts (speech-to-text, lower case).
  {
    const f = `${DIR}/samtalstranskript_larmcentral.txt`; const R = C.at(f); const r = new Rng(f);
    const out = [];
    for (let i = 0; i < 30; i++) {
      const o = r.pick(objs); const op = r.pick(ops); const k = o.keys[r.int(0, o.keys.length - 1)];
      out.push(`=== Samtal ${N(R, 'call-id', `C${num(r, 9)}`, null)} · ${date(r, '2026-11-01', '2026-11-22')} ${hms(r)} · ${T(R, 'phone', k.ph)} · längd ${r.int(1, 6)}:${String(r.int(0, 59)).padStart(2, '0')} ===`);
      out.push(`Operatör (${T(R, 'name', nameAs(op.p, 'full'), 'chat-speaker')}): nordljus larmcentral ${N(R, 'lone-first-name', op.p.call.toLowerCase())} här vi har fått ett larm från ${o.lookalike ? N(R, 'street', o.addr.toLowerCase()) : o.addr.toLowerCase()}`);
      out.push(`Kund: ja hej det är ${T(R, 'name', nameAs(k.p, 'lower'), 'self-intro-lower')} jag är ${k.prio === 1 ? 'ägare' : 'nyckelinnehavare'}`);
      out.push(`Operatör (${op.p.first} ${op.p.last}): kan du uppge kodordet`);
      out.push(`Kund: ${N(R, 'code-word', o.code.toLowerCase())}`);
      out.push(r.pick([() => `Operatör (${op.p.first} ${op.p.last}): tack det stämmer vi avbryter utlarmningen`,
        () => `Kund: det var nog min ${r.pick(['granne', 'svärson', 'systerdotter'])} ${T(R, 'name', nameAs(people(r, 1)[0], 'lower'), 'lower')} som skulle vattna blommorna`,
        () => `Kund: ring gärna min man också han heter ${T(R, 'name', nameAs(kin(r, k.p), 'lower'), 'lower')}`])());
      out.push('');
    }
    const t = txt(out.join('\n'));
    C.put(f, t.bytes, t.text);
  }

  // 6. Access-control log CSV: card ids, doors, holders, controller and remote IPs.
  {
    const f = `${DIR}/passagelogg_2026-11.csv`; const R = C.at(f); const r = new Rng(f);
    const staffCards = people(r, 60).map((p) => ({ p, card: safe(() => `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`), company: r.pick(['Kvarnens Fastighet', 'Stensjöhem AB', 'Umeå Kontorshotell']) }));
    const rows = [['Tid', 'Dörr', 'Kort-id', 'Korthavare', 'Företag', 'Resultat', 'Styrenhet', 'Klient-IP']];
    for (let i = 0; i < 300; i++) {
      const s = r.pick(staffCards); const remote = r.chance(0.15);
      rows.push([`${date(r, '2026-11-01', '2026-11-22')} ${hms(r)}`, r.pick(['D01 Huvudentré', 'D02 Garage', 'D07 Lager', 'D12 Serverrum', 'D03 Personalingång']), N(R, 'card-id', s.card, null),
        T(R, 'name', nameAs(s.p, r.chance(0.2) ? 'caps-reversed' : 'full'), 'card-holder'), s.company, r.pick(['Beviljad', 'Beviljad', 'Beviljad', 'Nekad – fel PIN', 'Nekad – spärrat kort']),
        N(R, 'controller-ip', `10.20.${r.int(1, 9)}.${r.int(2, 40)}`, 'ip'), remote ? T(R, 'ip', ipVal(r, [['pub', 70], ['v6', 30]]), 'remote-client') : '']);
    }
    const out = csv(rows, { sep: ',', eol: '\n' });
    C.put(f, out.bytes, out.text);
  }

  // 7. Customer app logins NDJSON.
  {
    const f = `${DIR}/app_inloggningar.ndjson`; const R = C.at(f); const r = new Rng(f);
    const list = [];
    for (let i = 0; i < 140; i++) {
      const o = r.pick(objs);
      const e = { '@timestamp': `${date(r, '2026-11-01', '2026-11-22')}T${hms(r)}.${r.int(100, 999)}Z`, service: 'nordljus-app-api', action: r.pick(['login', 'arm', 'disarm', 'login_failed', 'add_user']),
        user: { email: T(R, 'email', o.c.em), object: N(R, 'object-number', o.nr, null) }, source: { ip: T(R, 'ip', ipVal(r)), geo: r.pick(['SE', 'SE', 'SE', 'ES', 'TH']) }, device: r.pick(['iPhone15,2', 'SM-A546B', 'Pixel 8']) };
      if (e.action === 'add_user') { const q = kin(r, o.c.p); e.added = { name: T(R, 'name', nameAs(q, 'full'), 'app-user'), phone: T(R, 'phone', phone(r, 'mobile', 'e164')) }; }
      if (r.chance(0.05)) e.upstream = server(R, O, 0);
      if (r.chance(0.04)) e.healthcheck = nDoc(R, r);
      list.push(e);
    }
    const out = ndjson(list);
    C.put(f, out.bytes, out.text);
  }

  // 8. Alarm centre mbox: key-holder changes, forwards.
  {
    const f = `${DIR}/larmcentral_mejl.mbox`; const R = C.at(f); const r = new Rng(f);
    const msgs = [];
    for (let i = 0; i < 12; i++) {
      const o = r.pick(objs); const op = r.pick(ops); const d = date(r, '2026-10-01', '2026-11-22');
      const nk = people(r, 1)[0]; const nkph = phone(r);
      const text = [`Hej,`, '', `Vi vill byta nyckelinnehavare för ${addr(R, o)} (${N(R, 'object-number', o.nr, null)}).`,
        `Ta bort ${T(R, 'name', nameAs(o.keys[o.keys.length - 1].p, 'full'), 'key-holder')} och lägg till ${T(R, 'name', nameAs(nk, 'full'), 'key-holder')}, mobil ${T(R, 'phone', nkph)}.`,
        `Nytt kodord: ${N(R, 'code-word', r.pick(CODEWORDS))}`, '', sig(R, o.c.p, { greet: 'Hälsningar', ph: o.c.ph })].join('\n');
      if (i % 2 === 0) {
        const m = message({ from: [T(R, 'name', nameAs(o.c.p, 'full'), 'header-display'), T(R, 'email', o.c.em)], to: [['Nordljus Larmcentral', N(R, 'role-email', `larm@${O.domain}`, 'email')]], subject: 'Ändring nyckelinnehavare', date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 11)}@${o.c.em.value.split('@')[1]}`, text, enc: r.pick(['qp', '8bit', 'b64']), hdrMode: 'Q' });
        msgs.push({ ...m, sender: o.c.em.value });
      } else {
        const t2 = [`Klart, uppdaterat i systemet.`, '', sig(R, op.p, { greet: '/', title: 'Larmoperatör', orgName: O.name, extra: [`Larmcentral dygnet runt: ${N(R, 'service-line', O.service, 'phone')}`] }), '', `Från: ${T(R, 'name', nameAs(o.c.p, 'full'), 'forward-header')} <${T(R, 'email', o.c.em)}>`, `Skickat: ${svDate(d)}`, '', quote(text)].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(op.p, 'full'), 'header-display'), T(R, 'email', { value: workEmail(op.p, O.domain), subtype: 'work-personal' })], to: [[T(R, 'name', nameAs(o.c.p, 'full'), 'header-display'), o.c.em.value]], cc: [['', N(R, 'role-email', `larm@${O.domain}`, 'email')]], subject: 'SV: Ändring nyckelinnehavare', date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 11)}@${O.domain}`, text: t2, enc: 'qp' });
        msgs.push({ ...m, sender: workEmail(op.p, O.domain) });
      }
    }
    const out = mboxRaw(msgs);
    C.put(f, out.bytes, out.text);
  }

  // 9. Incident report PDFs.
  for (const o of objs.slice(140, 142)) {
    const f = `${DIR}/incidentrapport_${o.nr}.pdf`; const R = C.at(f); const r = new Rng(f);
    const g = r.pick(guards); const op = r.pick(ops);
    const lines = [{ text: 'INCIDENTRAPPORT', size: 14, bold: true }, `${O.name} · Org.nr ${N(R, 'organisationsnummer', O.orgnr, 'personnummer')}`, '',
      `Objekt: ${N(R, 'object-number', o.nr, null)} – ${addr(R, o)}`, `Kund: ${T(R, 'name', nameAs(o.c.p, 'caps'))}  (${T(R, 'personnummer', o.c.pn)})`,
      `Larm mottaget: ${date(r, '2026-11-10', '2026-11-22')} ${hms(r)} av operatör ${T(R, 'name', nameAs(op.p, 'full'), 'operator')}`, `Väktare på plats: ${T(R, 'name', nameAs(g.p, 'full'), 'guard')} (${N(R, 'guard-id', g.id, null)}), mobil ${T(R, 'phone', g.ph)}`, '',
      'Händelseförlopp:', `Väktaren fann bakdörren uppbruten. Grannen ${T(R, 'name', nameAs(people(r, 1, { cp1252: true })[0], 'full'), 'neighbour')} hade sett en mörk skåpbil.`,
      `Nyckelinnehavare ${T(R, 'name', nameAs(o.keys[0].p, 'full'), 'key-holder')} kontaktad ${hhmm(r)}, tel ${T(R, 'phone', o.keys[0].ph)}.`,
      `Polisanmälan: ${N(R, 'police-report', `2500-K${num(r, 6)}-26`, null)}`, '', `Fakturerat utryckning: ${N(R, 'amount', kr(r, 900, 3500), null)}`];
    const out = pdf([lines], { title: `Incidentrapport ${o.nr}` });
    C.put(f, out.bytes, out.text);
  }

  // 10. A zip of the week's reports: notes, a CSV, an .eml.
  {
    const f = `${DIR}/rapporter_vecka47.zip`; const R = C.at(f); const r = new Rng(f);
    const notes = [];
    for (let i = 0; i < 40; i++) {
      const o = r.pick(objs); const g = r.pick(guards);
      notes.push(`${date(r, '2026-11-16', '2026-11-22')} ${hhmm(r)} ${g.id} ${T(R, 'name', nameAs(g.p, 'lower'), 'lower')}: rond ${addr(R, o)} ok. ${r.chance(0.3) ? `pratade med ${T(R, 'name', nameAs(o.c.p, 'lower'), 'lower')}, allt lugnt.` : ''}`);
    }
    const rows = [['Objekt', 'Ägare', 'Mobil', 'Senaste test']];
    for (const o of objs.slice(0, 50)) rows.push([N(R, 'object-number', o.nr, null), T(R, 'name', nameAs(o.c.p, 'full')), T(R, 'phone', o.c.ph), date(r)]);
    const table = csv(rows, { sep: ';', eol: '\r\n' });
    const o = objs[145];
    const m = eml({ from: [T(R, 'name', nameAs(o.c.p, 'full'), 'header-display'), T(R, 'email', o.c.em)], to: [['', N(R, 'role-email', `larm@${O.domain}`, 'email')]], subject: 'Semester v48', date: rfcDate('2026-11-19', '20:14:00'), id: `${num(r, 10)}@mail.example`,
      text: [`Hej! Vi är bortresta ${svDate('2026-11-23')}–${svDate('2026-11-30')}. Vår granne ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'neighbour')} (${T(R, 'phone', phone(r))}) har nyckel.`, '', `/${T(R, 'name', nameAs(o.c.p, 'full'), 'signature')}`].join('\n'), enc: 'qp' });
    const bytes = zip([{ name: 'anteckningar_vaktare.txt', data: notes.join('\n') }, { name: 'objekt_testlista.csv', data: table.bytes }, { name: 'inkommet/semester_v48.eml', data: m.bytes }]);
    C.put(f, bytes, [notes.join('\n'), table.text, m.text].join('\n'));
  }
}
