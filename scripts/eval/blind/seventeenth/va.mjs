// Seventeenth set — a municipal water and waste billing office (Ljusnedals kommun, VA och avfall): VA subscribers
// with property designations, meter readings, moving notices from estate agents, invoices, sludge-emptying schedule,
// the on-call engineers' leak notes, billing XML, outage SMS, connection decisions, e-service orders, contractor
// vCards, Freshdesk tickets.
import { Rng, person, people, kin, nameAs, nameStyle, N, PNR, phone, PH, EM, workEmail, T, date, dotDate, hhmm, hms, isoTs, ocr, alnum,
  org, footer, role, server, nears, csv, xlsx, docx, mbox, rfcDate, pdfLines, jsonText, asciiJson, put, putText, p2s, num, amount, postcode, street, LONE, LOOKALIKE, IP, svDate,
  folded, xmlEsc, ascii, makeOrgnr } from './core.mjs';

const DOM = 'ljusnedal.se';
const TRAKT = ['Ljusnedal Björken', 'Ljusnedal Gärdet', 'Funäsdalen Anna', 'Tänndalen Karl', 'Ljusnedal Kyrkbyn', 'Bruksvallarna Lena', 'Hede Sven', 'Vemdalen Strand'];
const ORTER = ['Ljusnedal', 'Funäsdalen', 'Tänndalen', 'Bruksvallarna', 'Hede', 'Vemdalen'];

export default function va(C) {
  const rng = new Rng('va');
  const o = org(rng, { name: 'Ljusnedals kommun, VA och avfall', domain: DOM, area: '684', roles: ['va', 'avfall', 'kommunen', 'noreply', 'faktura'] });
  const staff = people(new Rng('va/staff'), 10, {});
  const fastbet = (nm) => nm.id('property-designation', `${rng.pick(TRAKT)} ${rng.int(1, 40)}:${rng.int(1, 180)}`, 'name');
  const meter = (nm) => nm.id('meter-number', `${rng.pick(['VM', '', 'M'])}${num(rng, 8)}`);
  const bin = (nm) => nm.id('bin-number', `${rng.pick(['K', 'KRL-', ''])}${num(rng, 6)}`);
  const anl = (nm) => nm.id('facility-id', `${rng.int(10, 99)}${num(rng, 5)}`);

  // 1. VA subscribers, cp1252
  {
    const f = 'va/va_abonnenter_2026.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Anläggningsid', 'Fastighetsbeteckning', 'Abonnent', 'Person-/orgnr', 'Medabonnent', 'Mätarnr', 'Kärlnr', 'Kärltyp', 'Telefon', 'Taxa']];
    for (let i = 0; i < 160; i++) {
      const p = person(rng, { cp1252: true }); const comp = rng.chance(0.08);
      const co = rng.pick(['Brf Fjällsippan', 'Funäsdalens Stugby AB', 'Lindqvist & Dotter Fastigheter AB']);
      rows.push([anl(nm), fastbet(nm), comp ? nm.id('company', co, 'name') : N(R, p, rng.pick(['surname-first', 'surname-first', 'surname-first-caps', 'full'])), comp ? nm.orgnr() : PNR(R, rng, { old: rng.chance(0.02) }),
        !comp && rng.chance(0.35) ? N(R, kin(rng, p, { cp1252: true }), 'surname-first', 'co-owner') : '', meter(nm), bin(nm), rng.pick(['190 l grön', '370 l fyrfack', '140 l mat', 'Container 8 m3']), rng.chance(0.7) ? PH(R, rng) : '', rng.pick(['Permanent', 'Fritidshus', 'Verksamhet'])]);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. meter readings, TSV with title lines
  {
    const f = 'va/matarstallningar_okt.tsv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Mätaravläsningar oktober 2026'], [`Uttag ${nm.date('2026-11-02')} av ${R.t('name', staff[2].full, 'staff')}`], [], ['Mätarnr', 'Anläggning', 'Avläst', 'Ställning m3', 'Förbrukning', 'Källa', 'Inrapporterad av', 'Kontakt']];
    for (let i = 0; i < 190; i++) {
      const p = person(rng); const src = rng.pick(['SMS', 'Webb', 'Kort', 'Fjärravläst']);
      rows.push([meter(nm), anl(nm), date(rng, '2026-10-01', '2026-10-31'), `${rng.int(10, 4000)},${rng.int(0, 9)}`, rng.int(0, 300), src, src === 'Fjärravläst' ? '' : N(R, p, rng.pick(['full', 'lower', 'caps'])), src === 'SMS' ? PH(R, rng, 'mobile', 'plain46') : src === 'Webb' ? EM(R, rng, p) : '']);
    }
    putText(C, f, rows.map((r) => r.join('\t')).join('\n') + '\n');
  }

  // 3. moving notices (mbox)
  {
    const f = 'va/flyttanmalningar.mbox'; const R = C.at(f); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const m = person(rng); const s = person(rng); const b = person(rng); const b2 = rng.chance(0.5) ? kin(rng, b) : null; const d = date(rng, '2026-08-01', '2026-11-20');
      const firm = rng.pick(['Fjällmäklarna', 'Härjedalens Fastighetsbyrå', 'Mäklarhuset Funäsdalen']); const mdom = `${ascii(firm.split(' ')[0])}.se`;
      const me = R.t('email', workEmail(m, mdom), 'work'); R.t('name', m.full, 'header-display');
      const text = `Hej,\n\nHärmed anmäls ägarbyte för ${fastbet(nm)}.\n\nSäljare: ${N(R, s, 'full', 'seller')}, ${PNR(R, rng)}\nKöpare: ${N(R, b, 'full', 'buyer')}, ${PNR(R, rng)}${b2 ? `\nKöpare 2: ${N(R, b2, 'full', 'buyer')}, ${PNR(R, rng)}` : ''}\nTillträde: ${nm.date(svDate(d))}\nMätarställning vid tillträde: ${rng.int(100, 3000)} m3 (mätare ${meter(nm)})\nNy faktureringsadress: ${street(rng)}, ${nm.id('postcode', postcode(rng))} ${rng.pick(ORTER)}\nKöparens telefon: ${PH(R, rng)}\n\nVänliga hälsningar\n${m.full}\nReg. fastighetsmäklare, ${firm}\n${PH(R, rng, 'mobile')}\n${me}`;
      msgs.push({ from: [m.full, me], to: [['VA Ljusnedal', role(R, o, 0)]], subject: `Ägarbyte ${rng.pick(TRAKT)}`, date: rfcDate(d, `${p2s(rng.int(8, 17))}:${p2s(rng.int(0, 59))}:00`), id: `${alnum(rng, 12)}@${mdom}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Mon Nov 09 09:00:00 2026' });
    }
    put(C, f, mbox(msgs));
  }

  // 4. invoices PDF
  {
    const f = 'va/fakturor_kvartal3.pdf'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 40; i++) {
      const p = person(rng, { cp1252: true });
      lines.push({ text: 'FAKTURA — Vatten, avlopp och avfall', size: 13, bold: true }, N(R, p, rng.pick(['full', 'caps', 'surname-first'])), `${street(rng)}, ${nm.id('postcode', postcode(rng))} ${rng.pick(ORTER)}`,
        `Fastighet: ${fastbet(nm)}   Anläggning ${anl(nm)}`, `Fakturanr ${nm.id('invoice-number', num(rng, 8))}   OCR ${nm.id('ocr', ocr(rng))}`, `Vatten ${rng.int(10, 90)} m3   Avfall ${rng.pick(['190 l', '370 l'])}   Summa ${nm.amount(amount(rng, 900, 7000))}`,
        `Förfallodag ${nm.date(dotDate(date(rng, '2026-10-01', '2026-12-30')))}   Bankgiro ${R.n(null, 'bankgiro', o.bg)}`, '');
    }
    lines.push(footer(R, o, ['orgnr', 'switchboard', 'bg']));
    put(C, f, pdfLines(lines, { per: 45, title: 'Fakturor' }));
  }

  // 5. sludge emptying schedule
  {
    const f = 'va/slamtomning_2026.xlsx'; const R = C.at(f); const nm = nears(R, rng);
    const sheets = [];
    for (const area of ['Vecka 36–38', 'Vecka 39–41']) {
      const rows = [['Fastighet', 'Förnamn', 'Efternamn', 'Mobil', 'Anläggning', 'Volym m3', 'Tömd', 'Entreprenör', 'Notering']];
      for (let i = 0; i < 55; i++) { const p = person(rng); C.joined(f, p.given, p.last); rows.push([fastbet(nm), p.given, p.last, PH(R, rng, 'mobile'), rng.pick(['Trekammarbrunn', 'Sluten tank', 'BDT']), rng.pick([1, 2, 3, 4]), date(rng, '2026-09-01', '2026-10-10'), nm.id('company', 'Bröderna Holm Åkeri AB', 'name'), rng.chance(0.15) ? `Nyckel hos grannen ${N(R, person(rng), 'full', 'neighbour')}` : rng.chance(0.1) ? `Lås, ring ${nm.lone(p.first)} innan` : '']); }
      sheets.push({ name: area, rows });
    }
    sheets.push({ name: 'Kontakt', rows: [['Slamansvarig', R.t('name', staff[4].full, 'staff')], ['Telefon', R.t('phone', phone(rng, 'landline', 'grouped').value, 'staff-direct')], ['Växel', R.n('phone', 'switchboard', o.switchboard)]] });
    put(C, f, xlsx(sheets, { creator: R.t('name', staff[4].full, 'xlsx-creator') }));
  }

  // 6. on-call leak notes
  {
    const f = 'va/va-jour_anteckningar.txt'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 110; i++) {
      const p = person(rng); const h = rng.pick(staff); const d = date(rng, '2026-09-01', '2026-11-22');
      out.push(`${dotDate(d)} ${hhmm(rng)} [${h.first[0]}${h.last[0]}] ` + rng.pick([
        () => `ringde ${N(R, p, rng.pick(['full', 'lower']))} ${fastbet(nm)}, vattenläcka i källaren, stängt ventil. tel ${PH(R, rng)}`,
        () => `larm tryckstegring ${rng.pick(ORTER)}, inga kunder påverkade. ${R.t('name', h.full, 'staff')} åkte ut`,
        () => `${N(R, p, 'full')} klagar på brunt vatten, spolat brandpost. återkoppla på ${PH(R, rng)}`,
        () => `granne till ${N(R, p, 'surname-first')} rapporterar läckage i gatan vid ${nm.look('street', rng.pick(LOOKALIKE.street))}`,
        () => `enl. ${nm.lone(rng.pick(LONE))} på avfall är kärl ${bin(nm)} trasigt, beställt nytt`,
        () => `pratat m ${N(R, p, 'full')} (${PNR(R, rng)}) om avstängning pga obetald faktura ${nm.id('invoice-number', num(rng, 8))}, avbetalningsplan ok`,
      ])());
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 7. billing XML
  {
    const f = 'va/debitering_export.xml'; const R = C.at(f); const nm = nears(R, rng);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<Debiteringsunderlag period="2026-09" kommun="Ljusnedal" orgnr="${R.n('personnummer', 'organisationsnummer', o.orgnr)}">`];
    for (let i = 0; i < 70; i++) {
      const p = person(rng);
      out.push('  <Kund>', `    <Kundnummer>${nm.id('customer-number', num(rng, 7))}</Kundnummer>`, `    <Namn>${xmlEsc(N(R, p, rng.pick(['full', 'surname-first-nocomma'])))}</Namn>`, `    <Personnummer>${PNR(R, rng, { style: 'long' })}</Personnummer>`,
        ...(rng.chance(0.3) ? [`    <Medbetalare><Namn>${xmlEsc(N(R, kin(rng, p), 'full', 'co-payer'))}</Namn><Epost>${EM(R, rng, p)}</Epost></Medbetalare>`] : []),
        `    <Fastighet>${fastbet(nm)}</Fastighet>`, `    <Rad tjanst="VA-fast" belopp="${rng.int(900, 2400)}.00"/>`, `    <Rad tjanst="Vatten" m3="${rng.int(5, 90)}" belopp="${rng.int(200, 2000)}.50"/>`, `    <Rad tjanst="Avfall" karl="${bin(nm)}" belopp="${rng.int(300, 1600)}.00"/>`, '  </Kund>');
    }
    out.push('</Debiteringsunderlag>', '');
    putText(C, f, out.join('\n'));
  }

  // 8. outage SMS log
  {
    const f = 'va/sms_driftinfo.log'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 150; i++) out.push(`${date(rng, '2026-10-01', '2026-11-22')} ${hms(rng)} OUT to:${PH(R, rng, 'mobile', 'plain46')} from:LjusnedalVA ref:${nm.id('message-id', alnum(rng, 9))} "Vattenavstängning ${rng.pick(ORTER)} i dag kl ${nm.id('time', hhmm(rng))}. Info: ${R.n('phone', 'switchboard', o.switchboard)}"`);
    putText(C, f, out.join('\n') + '\n');
  }

  // 9–10. connection decisions (.docx)
  for (let k = 0; k < 1; k++) {
    const f = `va/beslut_anslutning_${k + 1}.docx`; const R = C.at(f); const nm = nears(R, rng); const h = staff[k + 5];
    const blocks = [{ h: 'Beslut om anslutning till allmän VA-anläggning' }];
    for (let i = 0; i < 5; i++) { const p = person(rng);
      blocks.push({ runs: ['Sökande: ', N(R, p, 'full'), ', ', PNR(R, rng)] }, { table: [['Fastighet', fastbet(nm)], ['Diarienummer', nm.id('case-number', `VA ${num(rng, 4)}/2026`)], ['Anläggningsavgift', nm.amount(amount(rng, 40000, 190000))]] },
        `Beslutet har fattats efter samråd med ${N(R, person(rng), 'full', 'running-text')}, ${nm.id('company', 'Lindqvist & Dotter Fastigheter AB', 'name')}. Förbindelsepunkt vid ${nm.look('street', rng.pick(LOOKALIKE.street))}.`); }
    blocks.push(`Handläggare ${R.t('name', h.full, 'staff')}, ${R.t('email', workEmail(h, DOM), 'staff-work')}, ${R.t('phone', phone(rng, 'landline', 'dash').value, 'staff-direct')}`, footer(R, o, ['orgnr', 'switchboard']));
    put(C, f, docx(blocks, { creator: R.t('name', h.full, 'docx-creator') }));
  }

  // 11. e-service orders (NDJSON, BankID)
  {
    const f = 'va/e-tjanst_avfall.ndjson'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 95; i++) {
      const p = person(rng);
      out.push(JSON.stringify({ id: nm.id('uuid', `${alnum(rng, 8).toLowerCase()}-${alnum(rng, 4).toLowerCase()}`), submitted: isoTs(rng, date(rng)), form: rng.pick(['byte-karl', 'hamtning-grovavfall', 'uppehall-hamtning', 'delat-karl']),
        signer: { bankid: { personalNumber: PNR(R, rng, { style: 'long' }), name: N(R, p, 'full', 'bankid-name'), givenName: p.given, surname: p.last }, ip: IP(R, rng) },
        contact: { email: EM(R, rng, p), phone: PH(R, rng) }, property: fastbet(nm), bin: bin(nm), ...(rng.chance(0.2) ? { sharedWith: { name: N(R, person(rng), 'full', 'neighbour'), property: fastbet(nm) } } : {}) }));
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 12. contractor vCards (vCard 4.0)
  {
    const f = 'va/entreprenorer.vcf'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 26; i++) { const p = person(rng); const co = rng.pick(['Fjällgräv AB', 'Härjeslam HB', 'Rörjouren Jämtland AB']); const dom = `${ascii(co.split(' ')[0])}.se`;
      lines.push('BEGIN:VCARD', 'VERSION:4.0', `FN:${R.t('name', p.full, 'vcard-fn')}`, `N:${p.last};${p.given};;;`, `ORG:${nm.id('company', co)}`, `TEL;TYPE=cell;VALUE=uri:tel:${PH(R, rng, 'mobile', 'e164')}`, `EMAIL:${R.t('email', workEmail(p, dom), 'work')}`, `NOTE:Org.nr ${nm.orgnr()}\\, jour ${rng.pick(['udda', 'jämna'])} veckor`, 'END:VCARD'); }
    put(C, f, folded(lines));
  }

  // 13. Freshdesk tickets (\u-escaped JSON)
  {
    const f = 'va/freshdesk_fakturafragor.json'; const R = C.at(f); const nm = nears(R, rng);
    const arr = [];
    for (let i = 0; i < 40; i++) { const p = person(rng); const a = rng.pick(staff);
      arr.push({ id: Number(num(rng, 5)), subject: rng.pick(['Fråga om faktura', 'För hög förbrukning?', 'Ändra fakturaadress', 'Dödsbo']), requester: { name: N(R, p, 'full'), email: EM(R, rng, p), phone: rng.chance(0.5) ? PH(R, rng) : null },
        responder: { name: R.t('name', a.full, 'staff'), email: R.t('email', workEmail(a, DOM), 'staff-work') }, custom_fields: { cf_fastighet: fastbet(nm), cf_personnummer: rng.chance(0.6) ? PNR(R, rng) : null },
        description_text: rng.pick([() => `Hej, fakturan ${nm.id('invoice-number', num(rng, 8))} verkar fel, vi har inte varit i stugan sedan mars. /${p.full}`, () => `Min far ${N(R, kin(rng, p), 'full', 'deceased')} har avlidit, fakturorna ska till dödsboet c/o mig.`, () => `Please send invoices in English to ${EM(R, rng, p)}`])() }); }
    put(C, f, asciiJson(arr));
  }
}
