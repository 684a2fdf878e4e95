// Seventeenth set — a private security company's incident reporting (Nordvakt Säkerhet AB): incident register with
// multi-line narratives, guard reports (.docx) naming suspects, witnesses, injured parties and police officers, CCTV
// export log, access-control log, alarm events with key holders, client mail, guard roster, trespass bans, a Teams
// night-shift export, an archive .zip with a zip inside, LOB custody records, reception visitor log.
import { Rng, person, people, kin, nameAs, nameStyle, N, PNR, phone, PH, EM, workEmail, T, date, dotDate, hhmm, hms, isoTs, alnum, policeNo,
  org, footer, role, server, nears, csv, xlsx, docx, mbox, zip, rfcDate, pdfLines, jsonText, put, putText, p2s, num, street, LONE, LOOKALIKE, IP, svDate,
  xmlEsc, ascii } from './core.mjs';

const DOM = 'nordvakt.se';
const SITES = ['Köpcentrum Frölunda Torg', 'Nordstans P-hus', 'Centralstationen Göteborg', 'Lindholmen Science Park', 'Sahlgrenska entré 3', 'Bergsjöns bibliotek', 'Hamnterminalen Skandia'];

export default function vakt(C) {
  const rng = new Rng('vakt');
  const o = org(rng, { name: 'Nordvakt Säkerhet AB', domain: DOM, area: '31', roles: ['larmcentral', 'info', 'noreply', 'rapport', 'hr'] });
  const guards = people(new Rng('vakt/staff'), 18, {}).map((p) => ({ ...p, id: `V${num(rng, 4)}` }));
  const site = (nm) => (rng.chance(0.18) ? nm.look('venue', rng.pick([...LOOKALIKE.venue, ...LOOKALIKE.garage])) : rng.pick(SITES));
  const pol = (nm) => nm.id('police-report-no', policeNo(rng));
  const officer = () => { const p = person(rng, { origin: rng.pick(['swedish', 'swedish', 'finnish', 'bosnian', 'arabic', 'persian']) }); return p; };

  // 1. incident register, CSV with multi-line cells
  {
    const f = 'vakt/incidentregister_2026.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Rapportnr', 'Datum', 'Tid', 'Objekt', 'Väktare', 'Kategori', 'Händelseförlopp', 'Polisanmälan']];
    for (let i = 0; i < 115; i++) {
      const g = rng.pick(guards); const p = person(rng); const w = person(rng);
      const story = rng.pick([
        () => `Snatteri. Gripen person uppgav namn ${N(R, p, 'full', 'suspect')}, ${PNR(R, rng, { minYear: 1970, maxYear: 2010 })}.\nVittne: butikschef ${N(R, w, 'full', 'witness')}, tel ${PH(R, rng)}.\nÖverlämnad till polispatrull ${nm.id('patrol-id', `${rng.int(2, 9)}${num(rng, 4)}`)}.`,
        () => `Berusad person, ${nm.lone(rng.pick(LONE))} enl egen uppgift, avvisad från området.\nIngen skadad.`,
        () => `Skadegörelse på bil ${nm.reg()} i garaget. Ägaren ${N(R, p, 'full', 'victim')} kontaktad på ${PH(R, rng)}.`,
        () => `Hot mot personal. Misstänkt: ${N(R, p, 'caps', 'caps')} (${PNR(R, rng)}). Målsägande ${N(R, w, 'full', 'victim')}.\nBWC-film sparad.`,
        () => `Larm kl ${nm.id('time', hhmm(rng))}, inget inbrott. Nyckelhållare ${N(R, p, 'surname-first')} informerad.`,
      ])();
      rows.push([nm.id('report-number', `NV-${num(rng, 6)}`), date(rng), nm.id('time', hhmm(rng)), site(nm), `${g.id} ${R.t('name', g.full, 'staff')}`, rng.pick(['Brott', 'Ordningsstörning', 'Larm', 'Skada']), story, rng.chance(0.5) ? pol(nm) : '']);
    }
    put(C, f, csv(rows));
  }

  // 2–5. guard reports (.docx)
  for (let k = 0; k < 3; k++) {
    const f = `vakt/vaktrapport_${['frolunda', 'nordstan', 'centralen', 'lindholmen'][k]}.docx`; const R = C.at(f); const nm = nears(R, rng);
    const g = guards[k]; const d = date(rng);
    const inv = Array.from({ length: rng.int(3, 6) }, () => { const p = person(rng); return [rng.pick(['Misstänkt', 'Vittne', 'Målsägande', 'Anhörig']), N(R, p, rng.pick(['full', 'surname-first'])), rng.chance(0.7) ? PNR(R, rng) : 'uppgift saknas', PH(R, rng)]; });
    const off = officer();
    put(C, f, docx([{ h: `Vaktrapport ${nm.id('report-number', `NV-${num(rng, 6)}`)}` }, { table: [['Objekt', site(nm)], ['Datum', nm.date(svDate(d))], ['Väktare', `${g.id} ${R.t('name', g.full, 'staff')}`], ['Polisanmälan', pol(nm)]] },
      { h: 'Inblandade' }, { table: [['Roll', 'Namn', 'Personnummer', 'Telefon'], ...inv] },
      { h: 'Händelseförlopp' }, { runs: ['Kl ', nm.id('time', hhmm(rng)), ' larmades undertecknad till ', rng.pick(SITES), '. På plats fanns ', inv[0][1], ' som ', rng.pick(['uppträdde hotfullt', 'hade tagit varor utan att betala', 'låg på marken']), '. '] },
      { runs: ['Polis anlände kl ', hhmm(rng), ' (inspektör ', N(R, off, 'full', 'police-officer'), ', ', nm.id('patrol-id', `patrull ${rng.int(2, 9)}${num(rng, 4)}`), ') och tog över ärendet.'] },
      `Undertecknad: ${g.full}, ${R.t('email', workEmail(g, DOM), 'staff-work')}`, footer(R, o, ['orgnr', 'switchboard'])], { creator: R.t('name', g.full, 'docx-creator') }));
  }

  // 6. CCTV export log
  {
    const f = 'vakt/cctv_export.log'; const R = C.at(f); const nm = nears(R, rng);
    const ops = guards.slice(12);
    const out = [];
    for (let i = 0; i < 170; i++) {
      const op = rng.pick(ops); const t = `${date(rng, '2026-10-01', '2026-11-22')} ${hms(rng)}`;
      out.push(rng.pick([
        () => `${t} [VMS] user=${nm.id('username', `${ascii(op.first)[0]}${ascii(op.last).replace(/ /g, '')}`)} (${R.t('name', op.full, 'log-user')}) login from ${R.t('ip', `10.${rng.int(20, 30)}.${rng.int(0, 9)}.${rng.int(2, 250)}`, 'private-ip')}`,
        () => `${t} [VMS] export cam=${nm.id('camera-id', `CAM-${rng.int(1, 64)}`)} range=${hhmm(rng)}-${hhmm(rng)} requested_by="insp. ${N(R, officer(), 'full', 'police-officer')}" ref=${pol(nm)}`,
        () => `${t} [VMS] bookmark cam=CAM-${rng.int(1, 64)} note="person i grön jacka, troligen ${N(R, person(rng), 'full', 'running-text')} (känd sedan tidigare)"`,
        () => `${t} [NVR] disk health ok node=${server(R, o, rng.int(0, 1))}`,
        () => `${t} [VMS] view cam=CAM-${rng.int(1, 64)} by ${op.full}`,
      ])());
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 7. access-control log
  {
    const f = 'vakt/passagesystem_export.csv'; const R = C.at(f); const nm = nears(R, rng);
    const holders = Array.from({ length: 70 }, () => ({ p: person(rng, { cp1252: true }), card: num(rng, 8), co: rng.pick(['Hyresgäst AB Nova', 'Städbolaget Ren', 'Kontorshotell Lindholmen', 'Nordvakt']) }));
    const rows = [['Tid', 'Kortnummer', 'Kortinnehavare', 'Företag', 'Dörr', 'Resultat']];
    for (let i = 0; i < 280; i++) { const h = rng.pick(holders); rows.push([`${date(rng, '2026-11-01', '2026-11-22')} ${hms(rng)}`, nm.id('access-card', h.card), N(R, h.p, 'surname-first'), h.co, rng.pick(['Entré A', 'Garage', 'Serverrum', 'Plan 4 kontor', 'Lastkaj']), rng.pick(['Godkänd', 'Godkänd', 'Godkänd', 'Nekad - fel tid', 'Nekad - spärrat'])]); }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 8. alarm events with key holders, NDJSON
  {
    const f = 'vakt/larmhandelser.ndjson'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 110; i++) {
      const k1 = person(rng); const g = rng.pick(guards);
      out.push(JSON.stringify({ ts: isoTs(rng, date(rng, '2026-10-01', '2026-11-22')), alarmId: nm.id('alarm-id', num(rng, 9)), object: nm.id('object-number', `OBJ-${num(rng, 5)}`), type: rng.pick(['inbrott', 'brand', 'sabotage', 'överfall', 'tekniskt']),
        keyholders: [{ name: N(R, k1, 'full', 'keyholder'), phone: PH(R, rng), order: 1 }, ...(rng.chance(0.5) ? [{ name: N(R, person(rng), 'full', 'keyholder'), phone: PH(R, rng), order: 2 }] : [])],
        dispatched: { guard: R.t('name', g.full, 'staff'), unit: g.id, eta: rng.int(5, 40) }, outcome: rng.pick(['falsklarm', 'åtgärdat', 'polis tillkallad']) }));
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 9. client mail
  {
    const f = 'vakt/kundkontakt_inkorg.mbox'; const R = C.at(f); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 24; i++) {
      const c = person(rng); const cdom = rng.pick(['frolundatorg.example', 'lindholmen-fastighet.example', 'hamnen-gbg.example']); const ce = R.t('email', workEmail(c, cdom), 'work'); R.t('name', c.full, 'header-display');
      const g = rng.pick(guards); const sus = person(rng); const d = date(rng);
      const text = rng.pick([
        () => `Hej,\n\nKan ni skicka rapporten för händelsen ${nm.date(dotDate(d))}? Polisen (${pol(nm)}) har bett om den. Det gällde ${N(R, sus, 'full', 'suspect')} som vi gett tillträdesförbud.\n\nHälsningar\n${c.full}\nCenterchef\n${PH(R, rng, 'mobile')}`,
        () => `Hi, our employee ${N(R, sus, 'full', 'running-text')} lost her access card yesterday, please block it (card ${nm.id('access-card', num(rng, 8))}).\nBest, ${c.full}`,
        () => `Hej! Väktaren ${R.t('name', g.full, 'staff')} gjorde ett fantastiskt jobb i lördags. Vill bara tacka!\n/${c.full}, ${PH(R, rng)}`,
      ])();
      msgs.push({ from: [c.full, ce], to: [['Nordvakt Rapport', role(R, o, 3)]], cc: rng.chance(0.3) ? [[g.full, R.t('email', workEmail(g, DOM), 'staff-work')]] : [], subject: rng.pick(['Rapport begärs', 'Spärra kort', 'Tack!', 'Händelse i helgen']), date: rfcDate(d, `${p2s(rng.int(7, 20))}:${p2s(rng.int(0, 59))}:00`), id: `${alnum(rng, 12)}@${cdom}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Nov 10 09:00:00 2026' });
    }
    put(C, f, mbox(msgs));
  }

  // 10. guard roster
  {
    const f = 'vakt/personalschema_v47-48.xlsx'; const R = C.at(f); const nm = nears(R, rng);
    const roster = [['Anst.nr', 'Namn', 'Personnummer', 'Mobil', 'Väktarlegitimation', 'Giltig t.o.m.']];
    for (const g of guards) roster.push([g.id, N(R, g, 'surname-first', 'staff'), PNR(R, rng, { minYear: 1965, maxYear: 2004 }), PH(R, rng, 'mobile'), nm.id('certificate-number', `VL ${num(rng, 6)}`), date(rng, '2027-01-01', '2029-12-31')]);
    const weeks = ['v47', 'v48'].map((w) => ({ name: w, rows: [['Dag', 'Objekt', 'Pass', 'Väktare', 'Ersättare'], ...Array.from({ length: 28 }, () => [rng.pick(['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön']), rng.pick(SITES), rng.pick(['06–14', '14–22', '22–06']), R.t('name', rng.pick(guards).full, 'staff'), rng.chance(0.3) ? R.t('name', rng.pick(guards).full, 'staff') : ''])] }));
    put(C, f, xlsx([{ name: 'Personal', rows: roster }, ...weeks], { creator: R.t('name', guards[17].full, 'xlsx-creator') }));
  }

  // 11. trespass bans (PDF)
  {
    const f = 'vakt/tilltradesforbud.pdf'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 30; i++) {
      const p = person(rng, { cp1252: true }); const g = guards.find((x) => /^[\x00-\xff]*$/.test(x.full));
      lines.push({ text: 'TILLTRÄDESFÖRBUD', size: 13, bold: true }, `Namn: ${N(R, p, rng.pick(['full', 'caps']))}`, `Personnummer: ${PNR(R, rng, { minYear: 1975, maxYear: 2010 })}`, `Område: ${rng.pick(SITES)}   Giltigt till ${nm.date(dotDate(date(rng, '2027-01-01', '2027-11-30')))}`,
        `Grund: ${rng.pick(['upprepade snatterier', 'hot mot personal', 'skadegörelse'])}, se polisanmälan ${pol(nm)}`, `Utfärdat av ${R.t('name', g.full, 'staff')} på uppdrag av fastighetsägaren`, '');
    }
    lines.push(footer(R, o, ['orgnr', 'switchboard']));
    put(C, f, pdfLines(lines, { per: 42, title: 'Tillträdesförbud' }));
  }

  // 12. Teams night-shift export (plain text)
  {
    const f = 'vakt/teams_nattskift.txt'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 90; i++) {
      const g = rng.pick(guards); const p = person(rng);
      out.push(`[${date(rng, '2026-11-15', '2026-11-22')} ${hhmm(rng)}] ${R.t('name', g.full, 'chat-speaker')}: ${rng.pick([() => `${N(R, p, 'lower')} är tillbaka på Nordstan trots förbud`, () => `behöver förstärkning ${rng.pick(SITES)}`, () => `polisen ringde om ${pol(nm)}, de vill ha filmen`, () => `nyckelhållaren svarar inte, ringer ${PH(R, rng)} igen`, () => `@${nm.lone(rng.pick(guards).first)} kan du ta rond 3?`, () => 'kaffe slut i bilen', () => `id-kontroll: ${N(R, p, 'caps', 'caps')} ${PNR(R, rng)}`])()}`);
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 13. archive zip (with a nested zip)
  {
    const f = 'vakt/rapportarkiv_oktober.zip'; const R = C.at(f); const nm = nears(R, rng);
    const mk = (n) => Array.from({ length: n }, () => { const p = person(rng); const g = rng.pick(guards); return `${date(rng, '2026-10-01', '2026-10-31')} ${R.t('name', g.full, 'staff')}: ${rng.pick([() => `avvisat ${N(R, p, 'full')} (${PNR(R, rng)})`, () => `pratat m ${N(R, p, 'full')}, tel ${PH(R, rng)}`, () => `omhändertagit ${N(R, p, 'surname-first')} enl LOB, överlämnad polis ${pol(nm)}`])()}`; }).join('\n');
    const a = mk(30); const b = mk(30); const c = mk(20);
    const inner = zip([{ name: 'natt/rapporter_v43.txt', data: c }]);
    put(C, f, { bytes: zip([{ name: 'frolunda/oktober.txt', data: a }, { name: 'nordstan/oktober.txt', data: b }, { name: 'natt_v43.zip', data: inner }]), text: `${a}\n${b}\n${c}` });
  }

  // 14. LOB custody records XML
  {
    const f = 'vakt/omhandertaganden_lob.xml'; const R = C.at(f); const nm = nears(R, rng);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Omhandertaganden>'];
    for (let i = 0; i < 55; i++) {
      const p = person(rng); const g = rng.pick(guards); const known = rng.chance(0.75);
      out.push(`  <Arende nr="${nm.id('report-number', `LOB-${num(rng, 5)}`)}" datum="${date(rng)}">`, `    <Person kand="${known ? 'ja' : 'nej'}">`, known ? `      <Namn>${xmlEsc(N(R, p, rng.pick(['full', 'caps'])))}</Namn>\n      <Pnr>${PNR(R, rng)}</Pnr>` : '      <Beskrivning>Man ca 30 år, mörk jacka</Beskrivning>', '    </Person>',
        `    <Vaktare id="${g.id}">${R.t('name', g.full, 'staff')}</Vaktare>`, `    <Overlamnad patrull="${nm.id('patrol-id', `${rng.int(2, 9)}${num(rng, 4)}`)}" anmalan="${pol(nm)}"/>`, '  </Arende>');
    }
    out.push('</Omhandertaganden>', '');
    putText(C, f, out.join('\n'));
  }

  // 15. reception visitor log, TSV
  {
    const f = 'vakt/besokslogg_reception.tsv'; const R = C.at(f); const nm = nears(R, rng);
    const hosts = Array.from({ length: 20 }, () => person(rng));
    const rows = [['Datum', 'In', 'Ut', 'Besökare', 'Företag', 'Värd', 'Bricka', 'Mobil']];
    for (let i = 0; i < 150; i++) { const v = person(rng); rows.push([date(rng, '2026-11-01', '2026-11-22'), hhmm(rng), hhmm(rng), N(R, v, rng.pick(['full', 'full', 'lower', 'caps'])), rng.pick(['Konsult', 'Ericsson', 'Privat', 'Leverans', nm.id('company', 'Lindqvist & Dotter Fastigheter AB', 'name')]), N(R, rng.pick(hosts), 'full', 'host'), nm.id('badge-number', `B${num(rng, 3)}`), rng.chance(0.6) ? PH(R, rng, 'mobile') : '']); }
    putText(C, f, rows.map((r) => r.join('\t')).join('\n') + '\n');
  }
}
