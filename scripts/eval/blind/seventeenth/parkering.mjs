// Seventeenth set — a private parking-enforcement company (Kontrollparkering Mälardalen AB): control fees, owner
// look-ups, appeals by mail and web form, decisions, photo metadata, handheld logs, reminders, debt hand-over, resident
// permits, SMS reminders, chat and call notes.
import { Rng, person, people, kin, nameAs, nameStyle, N, pnr, PNR, phone, PH, email, EM, workEmail, T, date, dotDate, hhmm, hms, isoTs, ocr, alnum, regnr, imei,
  org, footer, role, server, nears, csv, xlsx, docx, mbox, eml, message, rfcDate, xmlEsc, pdfLines, jsonText, put, putText, p2s, num, safe, amount, postcode, street, CITIES,
  LONE, LOOKALIKE, makeOrgnr, IP, svDate, bankgiro, htmlEml, folded } from './core.mjs';

const DOM = 'kontrollparkering.se';
const AREAS = ['Kv. Ödmården P-hus', 'Västerås Resecentrum', 'Mälarsjukhuset P3', 'Erikslund Shopping', 'Brf Solgläntan', 'Köping Centrum', 'Enköping Stationsgatan', 'Sala Silvergruvan', 'Eskilstuna Kungsgatan', 'Strängnäs Hamnen'];
const BROTT = ['Parkering utan giltig biljett', 'Parkering utanför markerad plats', 'Parkering på plats för rörelsehindrad', 'Överskriden P-tid', 'Parkering på laddplats utan laddning', 'Ej synlig p-skiva', 'Parkering i förbjuden zon', 'Ej giltigt boendetillstånd'];
const COMPANIES = ['Nordleasing Fordon AB', 'Mälardalens Bilpool ek. för.', 'Autofinans Sverige AB', 'Hyrbilen i Västerås AB', 'Lindqvist & Dotter Fastigheter AB', 'Bröderna Holm Åkeri AB'];

export default function parkering(C) {
  const rng = new Rng('parkering');
  const o = org(rng, { name: 'Kontrollparkering Mälardalen AB', domain: DOM, area: '21', roles: ['kundservice', 'overklagan', 'noreply', 'info', 'ekonomi'] });
  const staff = people(new Rng('parkering/staff'), 14, {});
  const pv = staff.map((p, i) => ({ ...p, code: `PV ${200 + i * 7}`, user: `${p.first[0].toLowerCase()}${p.last.toLowerCase().replace(/[^a-zåäö]/g, '')}`.normalize('NFC') }));
  const handlers = pv.slice(10);
  const direct = handlers.map(() => phone(rng, 'landline', 'grouped'));

  // 1. control fees, cp1252 `;` CRLF
  {
    const f = 'parkering/kontrollavgifter_2026-10.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Avgiftsnr', 'Utfärdad', 'Tid', 'Regnr', 'Område', 'Överträdelse', 'Belopp', 'Vakt', 'Ägare', 'Personnr/Orgnr', 'Adress', 'Postnr', 'Ort', 'Status']];
    for (let i = 0; i < 220; i++) {
      const d = date(rng, '2026-10-01', '2026-10-31');
      const company = rng.chance(0.16);
      const p = person(rng, { cp1252: true });
      const st = nameStyle(rng, [['surname-first-caps', 30], ['surname-first', 40], ['caps', 15], ['full', 15]]);
      const owner = company ? nm.id('company', rng.pick(COMPANIES), 'name') : T(R, 'name', nameAs(p, st));
      const id = company ? nm.orgnr() : PNR(R, rng, { style: rng.pick(['short', 'long', 'compact']) });
      rows.push([nm.id('fee-number', num(rng, 9)), d, nm.id('time', hhmm(rng)), nm.reg(), rng.pick(AREAS), rng.pick(BROTT), rng.pick(['300', '500', '750', '1 000']), pv[rng.int(0, 9)].code,
        owner, id, street(rng), nm.id('postcode', postcode(rng)), rng.pick(CITIES), rng.pick(['Obetald', 'Betald', 'Överklagad', 'Påminnelse 1', 'Inkasso', 'Makulerad'])]);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. owner look-ups from the vehicle register, XML
  {
    const f = 'parkering/agarforfragan_fordonsregister.xml'; const R = C.at(f); const nm = nears(R, rng);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<Agarforfragningar avsandare="${o.name}" kundnummer="${nm.id('customer-number', num(rng, 7))}" skapad="2026-11-02T06:10:00">`];
    for (let i = 0; i < 75; i++) {
      const reg = regnr(rng); nm.id('vehicle-reg', reg);
      out.push(`  <Fraga id="${nm.id('request-id', `F-${num(rng, 8)}`)}">`, `    <Registreringsnummer>${reg}</Registreringsnummer>`, `    <Fabrikat>${rng.pick(['VOLVO V60', 'TOYOTA RAV4', 'VOLKSWAGEN GOLF', 'TESLA MODEL Y', 'KIA NIRO', 'SKODA OCTAVIA', 'BMW 320D'])}</Fabrikat>`,
        `    <Chassinummer>${nm.id('vin', `${rng.pick(['YV1', 'WVW', 'JTM', 'TMB', 'KNA'])}${alnum(rng, 14)}`)}</Chassinummer>`);
      if (rng.chance(0.14)) {
        out.push(`    <Agare typ="juridisk"><Namn>${xmlEsc(nm.id('company', rng.pick(COMPANIES), 'name'))}</Namn><Organisationsnummer>${nm.orgnr()}</Organisationsnummer></Agare>`);
        const b = person(rng);
        out.push(`    <Brukare><Fornamn>${b.given}</Fornamn><Efternamn>${b.last}</Efternamn><Personnummer>${PNR(R, rng, { style: 'long' })}</Personnummer></Brukare>`);
        C.joined(f, b.given, b.last);
      } else {
        const p = person(rng);
        out.push(`    <Agare typ="fysisk">`, `      <Fornamn>${p.given}</Fornamn>`, `      <Efternamn>${p.last}</Efternamn>`, `      <Personnummer>${PNR(R, rng, { style: rng.pick(['long', 'long', 'long-dash']), samord: rng.chance(0.04) })}</Personnummer>`,
          `      <Adress><Gatuadress>${street(rng)}</Gatuadress><Postnummer>${nm.id('postcode', postcode(rng).replace(' ', ''))}</Postnummer><Postort>${rng.pick(CITIES).toUpperCase()}</Postort></Adress>`,
          `      <Skyddadidentitet>${rng.chance(0.02) ? 'J' : 'N'}</Skyddadidentitet>`, '    </Agare>');
        C.joined(f, p.given, p.last);
      }
      out.push(`    <Svarstid>${nm.id('timestamp', `2026-11-02T06:${p2s(rng.int(10, 59))}:${p2s(rng.int(0, 59))}`)}</Svarstid>`, '  </Fraga>');
    }
    out.push('</Agarforfragningar>', '');
    const xml = out.join('\n'); C.put(f, Buffer.from(xml, 'utf8'), xml.replace(/&amp;/g, '&'));
  }

  // 3. appeals by mail (mbox)
  {
    const f = 'parkering/overklaganden_inkorg.mbox'; const R = C.at(f); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const p = person(rng); const h = rng.pick(handlers); const d = date(rng, '2026-09-01', '2026-11-20');
      const em = EM(R, rng, p); const fee = nm.id('fee-number', num(rng, 9)); const reg = nm.reg();
      R.t('name', p.full, 'header-display');
      const tel = PH(R, rng, rng.chance(0.9) ? 'mobile' : 'foreign');
      const other = kin(rng, p);
      const body = rng.pick([
        () => `Hej!\n\nJag vill överklaga kontrollavgift ${fee} för bil ${reg}. Det var min ${rng.pick(['sambo', 'man', 'fru', 'dotter', 'son'])} ${N(R, other, 'full', 'running-text')} som körde bilen den dagen och hon/han hade betalat via appen, se bifogad skärmdump.\n\nMvh\n${p.full}\n${tel}`,
        () => `Hej,\njag har fått en p-bot (${fee}) men jag har ett giltigt boendetillstånd för området. Reg.nr ${reg}. Personnummer ${PNR(R, rng)}.\nVänligen makulera avgiften.\n\n/${p.first}\n\n--\n${p.full}\nTel: ${tel}`,
        () => `Good afternoon,\n\nI received a control fee (no. ${fee}) on my rental car ${reg}. I am a tourist and the sign was only in Swedish. My name is ${p.full}, reachable on ${tel}.\n\nKind regards\n${p.full}`,
        () => `hej jag heter ${N(R, p, 'lower', 'lower')} och vill bestrida avgift ${fee}, bilen ${reg} stod på min egen tomt!! ring mig ${tel}`,
      ])();
      const hN = R.t('name', h.full, 'staff'); const hm = R.t('email', workEmail(h, DOM), 'staff-work');
      const reply = `Hej ${nm.lone(p.first)},\n\nTack för ditt meddelande. Vi har registrerat din överklagan under ärendenummer ${nm.id('case-number', `ÖK-2026-${num(rng, 5)}`)} och återkommer inom 30 dagar.\n\nMed vänlig hälsning\n${hN}\nHandläggare, ${o.name}\nDirekt: ${R.t('phone', direct[handlers.indexOf(h)].value, 'staff-direct')}\nVäxel: ${R.n('phone', 'switchboard', o.switchboard)}\n${hm}\n\n> ${body.split('\n').join('\n> ')}`;
      msgs.push({ from: [p.full, em], to: [['Kontrollparkering Överklagan', role(R, o, 1)]], subject: rng.pick(['Överklagan kontrollavgift', `Bestrider avgift ${fee}`, 'Appeal parking fine', 'p-bot fel!!']), date: rfcDate(d, `${p2s(rng.int(7, 22))}:${p2s(rng.int(0, 59))}:00`), id: `${num(rng, 10)}.${i}@mail.${rng.pick(['gmail.com', 'outlook.com'])}`, text: body, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Nov 03 09:12:00 2026' });
      msgs.push({ from: [h.full, hm], to: [[p.full, em]], subject: 'SV: Överklagan kontrollavgift', date: rfcDate(d, '15:40:00'), id: `kpm-${num(rng, 9)}@${DOM}`, text: reply, enc: 'qp', mboxDate: 'Tue Nov 03 15:40:00 2026' });
    }
    put(C, f, mbox(msgs));
  }

  // 4. photo metadata, NDJSON
  {
    const f = 'parkering/foton_exif.ndjson'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 70; i++) {
      const a = rng.pick(pv.slice(0, 10)); const d = date(rng, '2026-10-01', '2026-10-31');
      const aName = R.t('name', a.full, 'exif-artist');
      lines.push(JSON.stringify({ file: `IMG_${num(rng, 4)}.jpg`, feeNo: nm.id('fee-number', num(rng, 9)), exif: { Make: 'Zebra', Model: rng.pick(['TC26', 'TC52', 'EC50']), BodySerialNumber: nm.id('serial', `${num(rng, 5)}${alnum(rng, 4)}${num(rng, 4)}`), Artist: `${a.code} ${aName}`,
        DateTimeOriginal: `${d.replace(/-/g, ':')} ${hms(rng)}`, GPSLatitude: nm.id('gps', `59.${num(rng, 6)}`), GPSLongitude: nm.id('gps', `16.${num(rng, 6)}`), Software: nm.id('version', `ParkCtrl ${rng.int(4, 6)}.${rng.int(0, 12)}.${rng.int(0, 30)}`) },
        plate: nm.reg(), ocrConfidence: Number((0.8 + rng.next() * 0.2).toFixed(3)), device: { imei: nm.id('imei', imei(rng)) }, uploadedTo: server(R, o, rng.int(0, 1)) }));
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 5. handheld log
  {
    const f = 'parkering/handdator_2026-11-04.log'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (const a of pv.slice(0, 10)) {
      let t = rng.int(6, 9) * 3600;
      const ts = () => { t += rng.int(20, 900); return `2026-11-04 ${p2s(Math.floor(t / 3600) % 24)}:${p2s(Math.floor(t / 60) % 60)}:${p2s(t % 60)}`; };
      lines.push(`${ts()} INFO  auth: login user=${nm.id('username', a.user)} name="${R.t('name', a.full, 'log-user')}" badge=${a.code} device=${nm.id('imei', imei(rng))}`);
      for (let k = 0; k < 26; k++) {
        const ev = rng.weighted([['scan', 50], ['fee', 20], ['chalk', 15], ['sync', 10], ['gps', 5]]);
        if (ev === 'scan') lines.push(`${ts()} DEBUG lpr: plate=${nm.reg()} conf=0.${rng.int(70, 99)} zone=${rng.int(100, 180)} permit=${rng.pick(['NONE', 'VALID', 'EXPIRED'])}`);
        else if (ev === 'fee') lines.push(`${ts()} INFO  fee: issued no=${nm.id('fee-number', num(rng, 9))} plate=${nm.reg()} amount=${rng.pick([300, 500, 750])} by=${a.code}`);
        else if (ev === 'chalk') lines.push(`${ts()} INFO  chalk: plate=${nm.reg()} marked tyre=${rng.pick(['VF', 'HF', 'VB'])} revisit=+${rng.pick([30, 60, 120])}min`);
        else if (ev === 'sync') lines.push(`${ts()} INFO  sync: uploaded ${rng.int(1, 14)} items to ${server(R, o, 0)}:443 rtt=${rng.int(20, 400)}ms`);
        else lines.push(`${ts()} DEBUG gps: ${nm.id('gps', `59.${num(rng, 5)},16.${num(rng, 5)}`)} acc=${rng.int(3, 20)}m`);
        if (rng.chance(0.06)) { const q = person(rng); lines.push(`${ts()} WARN  note: "förare ${N(R, q, 'full', 'running-text')} kom fram och var upprörd, tel ${PH(R, rng, 'mobile')}"`); }
      }
      lines.push(`${ts()} INFO  auth: logout user=${a.user}`);
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 6. decision letters (.docx)
  for (let k = 0; k < 2; k++) {
    const f = `parkering/beslut_overklagan_${k + 1}.docx`; const R = C.at(f); const nm = nears(R, rng);
    const h = handlers[k]; const blocks = [];
    blocks.push({ h: `${o.name} — Beslut i överklagandeärenden` });
    for (let i = 0; i < 6; i++) {
      const p = person(rng); const d = date(rng, '2026-10-01', '2026-11-20');
      blocks.push({ h: `Ärende ${nm.id('case-number', `ÖK-2026-${num(rng, 5)}`)}` });
      blocks.push({ runs: [N(R, p, rng.pick(['full', 'caps'])), '\n', street(rng), ', ', nm.id('postcode', postcode(rng)), ' ', rng.pick(CITIES)] });
      blocks.push({ table: [['Personnummer', PNR(R, rng)], ['Kontrollavgift', nm.id('fee-number', num(rng, 9))], ['Fordon', nm.reg()], ['Datum', nm.date(svDate(d))], ['Belopp', nm.amount(amount(rng, 300, 1000))]] });
      const wit = person(rng);
      blocks.push(rng.pick([
        () => `Du har i din överklagan anfört att bilen fördes av ${N(R, wit, 'full', 'running-text')}. Av foto framgår dock att ingen giltig biljett fanns i vindrutan. Överklagan avslås.`,
        () => `Vi har tagit del av intyg från ${N(R, wit, 'full', 'running-text')} (tel. ${PH(R, rng)}) som styrker att p-tillstånd fanns. Avgiften makuleras.`,
        () => `Parkeringsvakten (${pv[rng.int(0, 9)].code}) har noterat att fordonet stod på laddplats utan att ladda. Överklagan avslås. Du kan vända dig till Kronofogden om du vill pröva saken vidare.`,
      ])());
    }
    blocks.push(`Handläggare: ${R.t('name', h.full, 'staff')}, ${R.t('email', workEmail(h, DOM), 'staff-work')}`);
    blocks.push(footer(R, o));
    put(C, f, docx(blocks, { creator: R.t('name', h.full, 'docx-creator') }));
  }

  // 7. payment reminders (PDF)
  {
    const f = 'parkering/betalningspaminnelser_v45.pdf'; const R = C.at(f); const nm = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 52; i++) {
      const p = person(rng, { cp1252: true });
      lines.push({ text: 'BETALNINGSPÅMINNELSE', size: 13, bold: true }, N(R, p, rng.pick(['full', 'caps'])), street(rng), `${nm.id('postcode', postcode(rng))} ${rng.pick(CITIES).toUpperCase()}`,
        `Kontrollavgift ${nm.id('fee-number', num(rng, 9))} avseende fordon ${nm.reg()}`, `Att betala: ${nm.amount(amount(rng, 360, 1100))} senast ${nm.date(dotDate(date(rng, '2026-11-25', '2026-12-31')))}`,
        `Bankgiro ${R.n(null, 'bankgiro', o.bg)}  OCR ${nm.id('ocr', ocr(rng))}`, `Frågor? Ring ${R.n('phone', 'service-line', o.service)} eller mejla ${role(R, o, 0)}`, '');
    }
    lines.push(footer(R, o));
    put(C, f, pdfLines(lines, { per: 45, title: 'Påminnelser vecka 45' }));
  }

  // 8. web chat transcripts
  {
    const f = 'parkering/webbchatt_export.txt'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 40; i++) {
      const p = person(rng); const h = rng.pick(handlers); const d = date(rng, '2026-10-01', '2026-11-20');
      const sp = N(R, p, rng.weighted([['full', 70], ['lower', 20], ['caps', 10]]), 'chat-speaker');
      out.push(`=== Konversation #${nm.id('chat-id', num(rng, 7))} | ${d} | Besökare: ${sp} | IP ${IP(R, rng)} ===`);
      out.push(`[${hhmm(rng)}] ${R.t('name', h.full, 'chat-speaker')}: Hej och välkommen till ${o.name}! Vad gäller det?`);
      out.push(`[${hhmm(rng)}] ${sp}: ${rng.pick([() => `hej, fick en kontrollavgift på ${nm.reg()} igår`, () => `har en fråga om avgift ${nm.id('fee-number', num(rng, 9))}`, () => 'varför har jag fått en påminnelse när jag redan betalat?'])()}`);
      out.push(`[${hhmm(rng)}] ${h.first}: Kan du ge mig ditt personnummer eller avgiftsnumret?`);
      out.push(`[${hhmm(rng)}] ${sp}: ${rng.pick([() => PNR(R, rng), () => `${PNR(R, rng, { style: 'long' })} och mejl ${EM(R, rng, p)}`])()}`);
      if (rng.chance(0.5)) out.push(`[${hhmm(rng)}] ${sp}: ni kan ringa mig på ${PH(R, rng, 'mobile')} om ni behöver`);
      out.push(`[${hhmm(rng)}] ${h.first}: Tack ${nm.lone(p.first)}, jag ser att betalningen kom in ${nm.date(dotDate(d))}. Avgiften är avslutad.`);
      out.push('');
    }
    putText(C, f, out.join('\n'));
  }

  // 9. call notes, sloppy
  {
    const f = 'parkering/samtalsanteckningar_kundtjanst.txt'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 120; i++) {
      const p = person(rng); const h = rng.pick(handlers); const d = date(rng, '2026-10-01', '2026-11-20');
      const init = `${h.first[0]}.${h.last[0]}`;
      const nmv = () => N(R, p, rng.weighted([['full', 55], ['lower', 20], ['surname-first', 10], ['caps', 15]]));
      out.push(`${d} ${hhmm(rng)} ${init}: ` + rng.pick([
        () => `ringde ${nmv()} ang avg ${nm.id('fee-number', num(rng, 9))}, säger att skylten var skymd. bett henne mejla bild till ${role(R, o, 1)}. tel ${PH(R, rng)}`,
        () => `pratat m ${nmv()} (${PNR(R, rng)}), vill dela upp betalningen. ok 3 mån, ocr ${nm.id('ocr', ocr(rng))}`,
        () => `${nmv()} ringde arg, bil ${nm.reg()} bortbogserad?? vi bogserar inte, hänvisat till polisen ${nm.id('police-number', '114 14', 'phone')}`,
        () => `enl. ${nmv()} har hon sålt bilen ${nm.reg()} innan avgiften, ny ägare enl kund: ${N(R, person(rng), 'full', 'running-text')}. beg. ägarbyte från Transportstyrelsen`,
        () => `samtal m ${nmv()} — ${rng.pick(['ville prata med chef', 'ändrat adress', 'dödsbo, sonen ringer'])}. återkommer. nr ${PH(R, rng)} mejl ${EM(R, rng, p)}`,
        () => `${nm.lone(rng.pick(LONE))} på Mälarsjukhuset ringde om personal-p, hänvisar till fastighetsägaren ${nm.id('company', 'Lindqvist & Dotter Fastigheter AB', 'name')}`,
        () => `missat samtal från ${PH(R, rng)}, ringt tillbaka 2 ggr ingen svarar`,
      ])());
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 10. debt hand-over workbook
  {
    const f = 'parkering/inkasso_overlamning_2026Q3.xlsx'; const R = C.at(f); const nm = nears(R, rng);
    const s1 = [['Ärende', 'Avgiftsnr', 'Efternamn', 'Förnamn', 'Personnummer', 'Belopp', 'Avgifter', 'Överlämnad']];
    for (let i = 0; i < 110; i++) { const p = person(rng); C.joined(f, p.given, p.last); s1.push([nm.id('case-number', `INK${num(rng, 7)}`), nm.id('fee-number', num(rng, 9)), p.last, p.given, PNR(R, rng, { style: rng.pick(['long', 'long-dash']) }), rng.int(300, 1200), 60, date(rng, '2026-07-01', '2026-09-30')]); }
    const s2 = [['Avgiftsnr', 'Namn', 'Orsak']];
    for (let i = 0; i < 40; i++) { const p = person(rng); s2.push([nm.id('fee-number', num(rng, 9)), N(R, p, 'surname-first'), rng.pick(['Betald efter överlämnande', 'Felaktig ägare', 'Dödsbo', 'Skyddad identitet'])]); }
    const s3 = [['Summering', ''], ['Antal ärenden', 150], ['Bankgiro', R.n(null, 'bankgiro', o.bg)], ['Org.nr', R.n('personnummer', 'organisationsnummer', o.orgnr)], ['Kontakt inkassobolag', nm.role('uppdrag@inkassopartner.se')]];
    const h = handlers[1];
    put(C, f, xlsx([{ name: 'Överlämnade', rows: s1 }, { name: 'Återkallade', rows: s2 }, { name: 'Summering', rows: s3 }], { creator: R.t('name', h.full, 'xlsx-creator') }));
  }

  // 11. web appeal forms, JSON
  {
    const f = 'parkering/webbformular_overklagan.json'; const R = C.at(f); const nm = nears(R, rng);
    const arr = [];
    for (let i = 0; i < 70; i++) {
      const p = person(rng); C.joined(f, p.given, p.last);
      const entry = { submissionId: nm.id('uuid', `${alnum(rng, 8).toLowerCase()}-${alnum(rng, 4).toLowerCase()}-4${alnum(rng, 3).toLowerCase()}`), submittedAt: isoTs(rng, date(rng, '2026-09-01', '2026-11-22')),
        appellant: { fornamn: p.given, efternamn: p.last, personnummer: rng.chance(0.7) ? PNR(R, rng) : nm.masked(), epost: EM(R, rng, p), telefon: PH(R, rng) },
        fee: { number: nm.id('fee-number', num(rng, 9)), plate: nm.reg(), area: rng.pick(AREAS) },
        reason: rng.pick(['Jag hade betalat i appen', 'Skylten saknades', 'Bilen var stulen', 'Nödsituation', 'Annat']), meta: { ip: IP(R, rng), userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)' } };
      if (rng.chance(0.3)) { const dr = person(rng); C.joined(f, dr.given, dr.last); entry.driver = { fornamn: dr.given, efternamn: dr.last, telefon: PH(R, rng) }; }
      if (rng.chance(0.15)) entry.reason = `Bilen lånades ut till ${N(R, person(rng), 'full', 'running-text')} som inte visste om reglerna`;
      arr.push(entry);
    }
    putText(C, f, jsonText({ form: 'overklagan-v3', exported: '2026-11-23', items: arr }));
  }

  // 12. SMS gateway log
  {
    const f = 'parkering/sms_utskick.log'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 140; i++) {
      const d = date(rng, '2026-10-15', '2026-11-22');
      out.push(`${d} ${hms(rng)} | id=${nm.id('message-id', alnum(rng, 12))} | from=${nm.id('short-code', rng.pick(['72456', 'KPMalardal']), 'phone')} | to=${PH(R, rng, 'mobile', 'plain46')} | status=${rng.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'EXPIRED', 'REJECTED'])} | text="Påminnelse kontrollavgift ${nm.id('fee-number', num(rng, 9))} ${nm.reg()}. Betala till bg ${o.bg}"`);
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 13. resident permits, TSV with title lines
  {
    const f = 'parkering/boendetillstand_brf.tsv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [[`Boendeparkering — aktiva tillstånd ${nm.date('2026-11-01')}`], [`Uttag av ${R.t('name', handlers[2].full, 'staff')}`], [], ['Tillstånd', 'Förnamn', 'Efternamn', 'Lgh', 'Regnr', 'Mobil', 'E-post', 'Giltigt t.o.m.', 'Område']];
    for (let i = 0; i < 120; i++) {
      const p = person(rng); C.joined(f, p.given, p.last);
      rows.push([nm.id('permit-number', `BP-${num(rng, 6)}`), p.given, p.last, nm.id('apartment-number', String(rng.int(1001, 1404))), nm.reg(), PH(R, rng, 'mobile'), rng.chance(0.8) ? EM(R, rng, p) : '', date(rng, '2026-12-01', '2027-11-30'), (rng.chance(0.25) ? nm.look('street', rng.pick(LOOKALIKE.street)) : rng.pick(['Brf Solgläntan', 'Brf Ekbacken 3', 'Kv. Ödmården']))]);
    }
    putText(C, f, rows.map((r) => r.join('\t')).join('\n') + '\n');
  }
}
