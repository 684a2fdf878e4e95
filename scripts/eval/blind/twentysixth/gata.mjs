// Twenty-sixth blind set — a municipality's street and park maintenance complaints desk (gata/): Norrvik kommun,
// Gatu- och parkavdelningen. Reporters, photo metadata, contractor logs, claims for damage, winter-road drivers.
import { Rng, file, person, people, kin, nm, nameAs, nameStyle, pnr, phone, email, workEmail, T, ipVal, org, footer, role, server, date, dotDate, hhmm, hms,
  num, alnum, letters, regnr, hex, mac, csv, xlsx, docx, eml, mbox, zip, message, rfcDate, htmlEsc, xmlEsc, htmlToText, pdfLines, folded, jsonText, txt,
  STREETS, STREETS_P, PLACES, postcode, amount, p2, iban, svDate } from './core.mjs';

const DOM = 'norrvik.se';
const CATS = ['Potthål', 'Trasig gatubelysning', 'Klotter', 'Nedskräpning', 'Halka', 'Snöröjning', 'Trasig parkbänk', 'Fallen gren', 'Igensatt dagvattenbrunn', 'Skadad skylt', 'Övergiven cykel'];
const CONTRACTORS = ['Norrvik Mark & Väg AB', 'Lindqvists Schakt AB', 'Snötjänst i Norr AB', 'Parkservice Sjöviken HB', 'Gunnar Ekström Maskin AB'];

export default function gata(C) {
  const g = new Rng('gata/world');
  const O = org(g, { name: 'Norrvik kommun, Gatu- och parkavdelningen', domain: DOM, area: '31', roles: ['felanmalan', 'kontaktcenter', 'noreply', 'gatuparken', 'registrator'] });
  const reps = people(g, 190, { middle: 0.08 }).map((p) => ({ ...p, tel: phone(g), mail: email(g, p), ip: ipVal(g) }));
  const staff = people(g, 14).map((p) => ({ ...p, mail: workEmail(p, DOM), tel: phone(g, 'mobile') }));
  const drivers = people(g, 26).map((p) => ({ ...p, tel: phone(g, 'mobile'), ini: `${p.first[0]}${p.last[0]}` }));
  const place = (rng) => (rng.chance(0.35) ? `${rng.pick(STREETS_P)} ${rng.int(1, 60)}` : `${rng.pick(STREETS)} ${rng.int(1, 90)}`);
  const placeNear = (N, rng) => { const v = place(rng); return N.look('street', v); };
  const caseNo = (N, rng) => N.id('case-id', `FA-${rng.pick(['2026', '2026', '2025'])}-${num(rng, 5)}`);

  // 1. Complaints register — Windows-1252 `;` CRLF.
  {
    const F = file(C, 'gata/felanmalningar_2026.csv'); const { R, rng, N } = F;
    const rows = [['Ärendenr', 'Inkom', 'Kanal', 'Kategori', 'Plats', 'Beskrivning', 'Anmälare', 'Telefon', 'E-post', 'Återkoppling', 'Handläggare']];
    for (let i = 0; i < 200; i++) {
      const r = rng.pick(reps); const s = rng.pick(staff); const anon = rng.chance(0.12);
      const cp = /^[\x20-\xff]*$/.test(r.full + s.full);
      const desc = rng.pick([() => 'Stort hål i körbanan, farligt för cyklister.', () => `Lampan vid busshållplatsen ${N.look('stop', `${rng.pick(['Selma Lagerlöfs väg', 'Karin Boyes gata', 'Kyrkbacken'])}`)} har varit släckt i en vecka.`,
        () => `Grannen ${cp ? nm(R, person(rng, { cp1252: true })) : 'på nr 4'} har också ringt om detta.`, () => 'Snövall blockerar infarten, kan inte ta ut bilen.',
        () => `Bil med reg.nr ${N.id('vehicle-reg', regnr(rng))} står på gångbanan.`, () => 'Klotter på transformatorskåpet.', () => `Ring mig på ${cp ? T(R, 'phone', r.tel) : 'numret ovan'}.`])();
      rows.push([caseNo(N, rng), `${date(rng)} ${hhmm(rng)}`, rng.pick(['App', 'Webb', 'Telefon', 'E-post']), rng.pick(CATS), placeNear(N, rng), desc,
        anon || !cp ? 'Anonym' : nm(R, r, rng.chance(0.15) ? 'surname-first' : 'full'), anon || !cp ? '' : T(R, 'phone', r.tel), anon || !cp ? '' : T(R, 'email', r.mail),
        rng.chance(0.6) ? 'Ja' : 'Nej', cp ? nm(R, s, 'full', 'staff') : N.id('initials', `${s.first[0]}${s.last[0]}`)]);
    }
    F.put(csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. Case API dump — nested JSON with photos and EXIF.
  {
    const F = file(C, 'gata/felanmalan_api_export.json'); const { R, rng, N } = F;
    const cases = [];
    for (let i = 0; i < 52; i++) {
      const r = rng.pick(reps); const s = rng.pick(staff);
      const photos = Array.from({ length: rng.int(0, 3) }, (_, j) => ({
        filename: `IMG_${num(rng, 4)}.HEIC`, exif: { Make: rng.pick(['Apple', 'samsung', 'Google']), Model: rng.pick(['iPhone 14', 'SM-S911B', 'Pixel 8']),
          ...(rng.chance(0.3) ? { Artist: nm(R, r, 'full', 'exif-artist') } : {}), BodySerialNumber: N.id('serial', num(rng, 11)),
          GPSLatitude: `${rng.int(57, 64)}.${rng.digits(6)}`, GPSLongitude: `${rng.int(11, 20)}.${rng.digits(6)}`, DateTimeOriginal: `${date(rng).replace(/-/g, ':')} ${hms(rng)}` },
      }));
      const c = {
        id: caseNo(N, rng), category: rng.pick(CATS), status: rng.pick(['new', 'assigned', 'in_progress', 'resolved', 'closed']),
        location: { address: placeNear(N, rng), district: N.look('place', rng.pick(PLACES)), lat: Number(`${rng.int(57, 64)}.${rng.digits(5)}`), lon: Number(`${rng.int(11, 20)}.${rng.digits(5)}`) },
        reporter: rng.chance(0.1) ? null : { name: nm(R, r), phone: T(R, 'phone', r.tel), email: T(R, 'email', r.mail), client: { ip: T(R, 'ip', r.ip), app: `Felanmälan/${rng.int(3, 5)}.${rng.int(0, 9)}.${rng.int(0, 9)}` } },
        photos,
        assignee: { name: nm(R, s, 'full', 'staff'), email: R.t('email', s.mail, 'staff-work') },
        comments: Array.from({ length: rng.int(0, 3) }, () => { const a = rng.pick(staff); return { author: nm(R, a, 'full', 'staff'), at: `${date(rng)}T${hms(rng)}+01:00`,
          text: rng.pick([() => `Skickat till ${N.look('company', rng.pick(CONTRACTORS))}.`, () => `Pratat med ${nm(R, r, 'lower')}, åtgärdas v.${rng.int(40, 48)}.`, () => `Dubblett av ${caseNo(N, rng)}.`, () => `${N.lone(r.first)} ringde igen.`])() }; }),
      };
      cases.push(c);
    }
    F.put(txt(jsonText({ meta: { source: 'felanmalan-api', version: '2.4.1', exported: '2026-11-24T05:00:00Z', host: server(R, O, 0) }, cases }, 1)));
  }

  // 3. Contractor log.
  {
    const F = file(C, 'gata/entreprenor_logg.log'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 330; i++) {
      const d = drivers[rng.int(0, drivers.length - 1)]; const day = date(rng, '2026-10-20', '2026-11-23');
      const t = rng.pick([
        () => `START fordon=${N.id('vehicle-reg', regnr(rng))} förare="${nm(R, d, rng.chance(0.2) ? 'caps' : 'full', 'log-user')}" tel=${T(R, 'phone', d.tel)}`,
        () => `ORDER ${N.id('work-order', `AO-${num(rng, 6)}`)} plats="${placeNear(N, rng)}" åtgärd=${rng.pick(['lagning', 'saltning', 'plogning', 'sopning', 'lampbyte'])} klar=${rng.chance(0.7) ? 'ja' : 'nej'}`,
        () => `GPS unit=${N.id('mac', mac(rng))} pos=${rng.int(57, 64)}.${rng.digits(5)},${rng.int(11, 20)}.${rng.digits(5)} v=${rng.int(0, 60)}km/h`,
        () => `NOTE förare=${N.id('initials', d.ini)} "boende ${nm(R, rng.pick(reps), 'lower')} kom ut och klagade på snövallen, lovat återkomma"`,
        () => `NOTE "kontakt på plats: ${nm(R, rng.pick(reps))} ${T(R, 'phone', rng.pick(reps).tel)}"`,
        () => `SYNC server=${server(R, O, 1)} ok=${rng.int(1, 40)} fel=0`,
        () => `STOP förare=${N.lone(d.first)} km=${rng.int(12, 240)}`,
      ])();
      L.push(`${day} ${hms(rng)} [${N.look('company', rng.pick(CONTRACTORS))}] ${t}`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 4. App events — NDJSON.
  {
    const F = file(C, 'gata/app_events.ndjson'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 200; i++) {
      const r = rng.pick(reps); const ev = rng.pick(['app_open', 'report_submit', 'photo_upload', 'push_register', 'profile_save']);
      const o = { t: `${date(rng, '2026-11-01', '2026-11-23')}T${hms(rng)}Z`, ev, device: N.id('device-id', `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}`), ip: T(R, 'ip', r.ip) };
      if (ev === 'report_submit') Object.assign(o, { case: caseNo(N, rng), reporter_name: nm(R, r, rng.chance(0.1) ? 'lower' : 'full'), reporter_phone: T(R, 'phone', r.tel) });
      if (ev === 'profile_save') Object.assign(o, { email: T(R, 'email', r.mail), name: nm(R, r) });
      if (ev === 'push_register') o.token = alnum(rng, 40);
      L.push(JSON.stringify(o));
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 5. Citizens' mail — mbox.
  {
    const F = file(C, 'gata/medborgarmail.mbox'); const { R, rng, N } = F;
    const msgs = [];
    for (let i = 0; i < 36; i++) {
      const r = rng.pick(reps); const s = rng.pick(staff); const d = date(rng);
      nm(R, r, 'full', 'header-display'); R.t('email', r.mail.value, 'header');
      let pl0; const pl = () => (pl0 ??= placeNear(N, rng));
      const body = rng.pick([
        () => `Hej!\n\nUtanför ${pl()} har det varit ett stort hål i vägen i tre veckor. Min bil fick en skada på fälgen. Hur gör jag för att söka ersättning?\n\nMvh ${nm(R, r, 'full', 'signature')}\n${T(R, 'phone', r.tel)}`,
        () => `Hej,\n\nträdet i ${N.look('park', rng.pick(['Ellen Keys park', 'Harry Martinsons park', 'Anna Whitlocks park']))} ser ut att kunna falla. Min granne ${nm(R, person(rng))} håller med.\n\n/${nm(R, r, rng.chance(0.4) ? 'lower' : 'full', 'signature')}`,
        () => `Hello, I am a visitor from Germany. The street light at ${pl()} is broken. You can reach me at ${T(R, 'phone', phone(rng, 'foreign'))}.\nRegards, ${nm(R, r, 'full', 'signature')}`,
        () => `Hej igen,\n\när det någon som läser dessa? Jag anmälde samma sak ${N.date(dotDate(d))} (ärende ${caseNo(N, rng)}).\n\n${nm(R, r, 'full', 'signature')}, ${pl()}`,
      ])();
      const reply = rng.chance(0.45) ? `\n\nDen ${svDate(d)} skrev ${nm(R, s, 'full', 'staff')} <${R.t('email', s.mail, 'staff-work')}>:\n> Tack för din felanmälan. Ärendet har nummer ${caseNo(N, rng)}.\n> Kontaktcenter: ${R.n('phone', 'switchboard', O.switchboard)}\n> ${footer(R, O, ['orgnr', 'switchboard'])}` : '';
      const html = rng.chance(0.35) ? `<div dir="ltr">${htmlEsc(body).replace(/\n/g, '<br>')}</div>` : null;
      msgs.push({ from: [r.full, r.mail.value], to: [['Felanmälan Norrvik', O.roles[0]]], subject: rng.pick(['Potthål', 'Felanmälan', 'Re: Ärende', 'Gatlampa släckt', `Skada på bil – ${r.last}`]),
        date: rfcDate(d, `${hhmm(rng)}:00`), id: `${alnum(rng, 14)}@mail.example`, text: body + reply, html, htmlText: html ? htmlToText(html) : undefined, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
    }
    role(R, O, 0);
    F.put(mbox(msgs));
  }

  // 6. Claims for damage — two .docx.
  for (const n of [1]) {
    const F = file(C, `gata/skadeanmalan_${n === 1 ? 'fordon' : 'cykelolycka'}.docx`); const { R, rng, N } = F;
    const r = reps[n * 7]; const s = staff[n]; const w = person(rng);
    F.put(docx([{ h: 'Skadeanmälan – ersättningsanspråk mot kommunen' }, `Diarienummer: ${N.id('case-id', `GPA 2026/${num(rng, 4)}`)}`,
      { table: [['Sökande', nm(R, r)], ['Personnummer', T(R, 'personnummer', pnr(rng))], ['Adress', `${placeNear(N, rng)}, ${N.id('postcode', postcode(rng))} Norrvik`], ['Telefon', T(R, 'phone', r.tel)], ['E-post', T(R, 'email', r.mail)],
        ['Bankkonto för utbetalning', N.id('iban', iban(rng))], ['Försäkringsbolag', N.look('company', rng.pick(['Trygg-Hansa', 'Länsförsäkringar', 'Folksam']))]] },
      { h: 'Beskrivning' },
      { runs: [n === 1 ? `Körde på ${placeNear(N, rng)} i mörker och körde ner i ett potthål. Däck och fälg förstörda. Reg.nr ${N.id('vehicle-reg', regnr(rng))}. ` : 'Cyklade på gång- och cykelbanan och föll på grund av is. ', 'Vittne: ', nm(R, w), `, tel ${T(R, 'phone', phone(rng))}.`] },
      `Kostnad enligt kvitto: ${N.amount(amount(rng, 1800, 14000))}.`, { h: 'Handläggning' }, `Handläggare: ${nm(R, s, 'full', 'staff')}, ${R.t('email', s.mail, 'staff-work')}`, footer(R, O, ['orgnr', 'switchboard', 'service'])],
    { creator: nm(R, s, 'full', 'docx-creator') }));
  }

  // 7. Work orders — PDF.
  {
    const F = file(C, 'gata/arbetsordrar_v47.pdf'); const { R, rng, N } = F;
    const lines = [{ text: 'Arbetsordrar vecka 47 – Gatu- och parkavdelningen', bold: true, size: 13 }, ''];
    for (let i = 0; i < 40; i++) {
      const r = rng.pick(reps.filter((x) => /^[\x20-\xff]*$/.test(x.full))); const d = rng.pick(drivers.filter((x) => /^[\x20-\xff]*$/.test(x.full)));
      lines.push(`${N.id('work-order', `AO-${num(rng, 6)}`)}  ${rng.pick(CATS)}  ${placeNear(N, rng)}`, `   Utförare: ${N.look('company', rng.pick(CONTRACTORS))}, arbetsledare ${nm(R, d, 'full', 'staff')} ${T(R, 'phone', d.tel)}`,
        `   Anmälare: ${rng.chance(0.7) ? `${nm(R, r)}, ${T(R, 'phone', r.tel)}` : 'anonym'}   Klart senast: ${N.date(date(rng, '2026-11-16', '2026-11-30'))}`, '');
    }
    lines.push(footer(R, O, ['orgnr', 'switchboard']));
    F.put(pdfLines(lines, { per: 48, title: 'Arbetsordrar v47' }));
  }

  // 8. Winter maintenance — .xlsx with drivers, routes and on-call list.
  {
    const F = file(C, 'gata/vinterunderhall_2026-27.xlsx'); const { R, rng, N } = F;
    const s1 = [['Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'Fordon', 'Entreprenör']];
    for (const d of drivers) { F.joined(d.given, d.last); s1.push([d.given, d.last, T(R, 'personnummer', pnr(rng, { minYear: 1960, maxYear: 2003 })), T(R, 'phone', d.tel), N.id('vehicle-reg', regnr(rng)), N.look('company', rng.pick(CONTRACTORS))]); }
    const s2 = [['Rutt', 'Gata', 'Prioritet', 'Förare']];
    for (let i = 0; i < 60; i++) s2.push([`R${p2(i % 20 + 1)}`, placeNear(N, rng), rng.pick(['1', '2', '3']), N.lone(rng.pick(drivers).first)]);
    const s3 = [['Vecka', 'Jour', 'Telefon', 'Reserv']];
    for (let w = 44; w <= 60; w++) { const a = rng.pick(staff); const b = rng.pick(staff); s3.push([`v${w > 52 ? w - 52 : w}`, nm(R, a, 'surname-first', 'staff'), T(R, 'phone', { value: a.tel.value, subtype: 'staff-direct' }), nm(R, b, 'full', 'staff')]); }
    s3.push(['', 'Kontaktcenter', R.n('phone', 'switchboard', O.switchboard), '']);
    F.put(xlsx([{ name: 'Förare', rows: s1 }, { name: 'Rutter', rows: s2 }, { name: 'Jourlista', rows: s3 }], { creator: nm(R, staff[5], 'full', 'xlsx-creator') }));
  }

  // 9. Photo metadata — XMP-like XML export.
  {
    const F = file(C, 'gata/foto_metadata.xml'); const { R, rng, N } = F;
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', '<photos xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/">'];
    for (let i = 0; i < 80; i++) {
      const r = rng.pick(reps); const who = rng.chance(0.5);
      L.push(`  <photo case="${caseNo(N, rng)}" file="${rng.chance(0.5) ? `IMG_${num(rng, 4)}.jpg` : `PXL_2026${num(rng, 4)}_${num(rng, 9)}.jpg`}">`,
        `    <dc:creator>${who ? xmlEsc(nm(R, r, 'full', 'exif-artist')) : 'Felanmälan-appen'}</dc:creator>`, `    <exif:Model>${rng.pick(['iPhone 15 Pro', 'SM-A556B', 'Pixel 7a'])}</exif:Model>`,
        `    <exif:BodySerialNumber>${N.id('serial', num(rng, 12))}</exif:BodySerialNumber>`, `    <exif:GPSLatitude>${rng.int(57, 64)},${rng.digits(4)}N</exif:GPSLatitude>`,
        `    <dc:description>${xmlEsc(rng.pick([() => `Foto taget vid ${placeNear(N, rng)}`, () => `Uppladdad från ${T(R, 'ip', r.ip)}`, () => `Kontakt ${T(R, 'email', r.mail)}`])())}</dc:description>`, '  </photo>');
    }
    L.push('</photos>');
    F.put(txt(L.join('\n') + '\n'));
  }

  // 10. Contact-centre call notes.
  {
    const F = file(C, 'gata/kontaktcenter_samtal.txt'); const { R, rng, N } = F;
    const L = [];
    for (let i = 0; i < 150; i++) {
      const r = rng.pick(reps); const s = rng.pick(staff);
      const t = rng.pick([
        () => `ringde ${nm(R, r, rng.chance(0.5) ? 'lower' : 'full')} ${T(R, 'phone', r.tel)} om gatlampa ${placeNear(N, rng)}, skapat ${caseNo(N, rng)}`,
        () => `${N.lone(r.first)} ringde igen om snöröjningen, arg. hänvisat till ${nm(R, s, 'full', 'staff')}`,
        () => `samtal fr ${T(R, 'phone', r.tel)}, ville vara anonym. potthål ${placeNear(N, rng)}`,
        () => `pratat m ${nm(R, r)} – bilskada, skickat blankett till ${T(R, 'email', r.mail)}`,
        () => `ärende ${caseNo(N, rng)} – enl. ${nm(R, s, 'lower')} klart, ${r.first} meddelad via sms`,
        () => `fel nr i ärendet (${N.service()}), rätt nr ${T(R, 'phone', r.tel)}`,
      ])();
      L.push(`${date(rng, '2026-11-02', '2026-11-23')} ${hhmm(rng)}  ${N.id('initials', `${s.first[0]}${s.last[0]}`.toUpperCase())}  ${t}`);
    }
    F.put(txt(L.join('\r\n') + '\r\n'));
  }

  // 11. Public map page — HTML.
  {
    const F = file(C, 'gata/felanmalan_karta.html'); const { R, rng, N } = F;
    const items = Array.from({ length: 50 }, () => `<li>${caseNo(N, rng)}: ${rng.pick(CATS)} – ${htmlEsc(placeNear(N, rng))} <span class="status">${rng.pick(['Mottagen', 'Åtgärdas', 'Klar'])}</span></li>`);
    const contacts = staff.slice(0, 7).map((s) => `<div class="vcard"><span class="fn">${htmlEsc(nm(R, s, 'full', 'staff'))}</span>, ${rng.pick(['gatuingenjör', 'parkingenjör', 'trafikhandläggare'])}, <a href="mailto:${R.t('email', s.mail, 'staff-work')}">${s.mail}</a>, <span class="tel">${T(R, 'phone', { value: s.tel.value, subtype: 'staff-direct' })}</span></div>`);
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Felanmälningar på karta – Norrvik</title></head><body>
<h1>Aktuella felanmälningar</h1><p>Senast uppdaterad ${N.date('2026-11-24')}. Ring ${R.n('phone', 'switchboard', O.switchboard)} vid akuta fel.</p>
<ul>\n${items.join('\n')}\n</ul>
<h2>Kontaktpersoner</h2>\n${contacts.join('\n')}
<footer>${htmlEsc(footer(R, O, ['orgnr', 'switchboard', 'service']))} · ${role(R, O, 1)}</footer></body></html>\n`;
    F.put({ bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
  }

  // 12. Archive — zip with notes, a CSV and a nested zip holding a mail.
  {
    const F = file(C, 'gata/arkiv_2025.zip'); const { R, rng, N } = F;
    const notes = Array.from({ length: 40 }, () => { const r = rng.pick(reps); return `${date(rng, '2025-01-05', '2025-12-20')} ${rng.pick([() => `${nm(R, r)} anmälde ${rng.pick(CATS).toLowerCase()} vid ${placeNear(N, rng)}`, () => `återkoppling till ${T(R, 'phone', r.tel)} gjord`, () => `mejl fr ${T(R, 'email', r.mail)} besvarat av ${nm(R, rng.pick(staff), 'full', 'staff')}`])()}`; }).join('\n') + '\n';
    const rows = [['arende', 'anmalare', 'telefon']];
    for (let i = 0; i < 45; i++) { const r = rng.pick(reps); rows.push([caseNo(N, rng), nm(R, r, 'caps'), T(R, 'phone', r.tel)]); }
    const c = csv(rows);
    const r0 = reps[100]; const s0 = staff[2];
    const m = message({ from: [r0.full, r0.mail.value], to: [[s0.full, s0.mail]], subject: 'Klagomål parkering', date: rfcDate('2025-03-12', '08:10:00'), id: `${num(rng, 8)}@mail.example`,
      text: `Hej ${N.lone(s0.first)}, jag vill klaga på snöröjningen. Ring ${T(R, 'phone', r0.tel)}.\n/${nm(R, r0, 'full', 'signature')}`, enc: 'qp' });
    nm(R, r0, 'full', 'header-display'); R.t('email', r0.mail.value, 'header'); nm(R, s0, 'full', 'header-display'); R.t('email', s0.mail, 'staff-work');
    const inner = zip([{ name: 'mail/klagomal_2025-03-12.eml', data: m.raw }]);
    F.put({ bytes: zip([{ name: 'anteckningar_2025.txt', data: notes }, { name: 'arenden_2025.csv', data: c.bytes }, { name: 'mail_2025.zip', data: inner }]), text: `${notes}\n${c.text}\n${m.text}` });
  }
}
