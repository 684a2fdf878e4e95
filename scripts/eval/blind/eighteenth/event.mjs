// Eighteenth blind set — an event and conference organiser, "Mötesplats Öresund Konferens AB" (event/): attendee
// registrations (UTF-8 CSV, quoted multi-line dietary cells), badge print jobs (XML), speakers (JSON with bios and
// assistants), hotel rooming lists (.xlsx), a HubSpot contact export, the check-in app's log, a Slack channel export,
// invoice data (.pdf), speaker mail (mbox), the programme (.ics), speakers' vCards, the feedback survey (CSV, free text
// in Swedish and English) and the gala dinner seating (HTML).
import { Rng, person, crowd, people, kin, nameAs, NM, T, pnr, phone, email, workEmail, ipVal, org, footer, role, server, nears,
  csv, xlsx, zip, mbox, docx, pdfLines, jsonText, txt, xml, html, put, date, dotDate, hhmm, hms, isoTs, num, safe, alnum, hex, uuid, street, postcode, CITIES,
  rfcDate, mboxDate, hdr, quote, toHtml, htmlToText, folded, vcard, LONE, LOOKALIKE, p2, cp1252ok, X, compactDate, kr, ocr, ascii, makeOrgnr } from './core.mjs';

const O = (rng) => org(rng, { name: 'Mötesplats Öresund Konferens AB', domain: 'motesplatsoresund.se', area: '40', roles: ['registrering', 'info', 'noreply', 'faktura', 'talare'] });
const EVENT = 'Nordiska Vårddagarna 2026';
const ORGS = ['Region Skåne', 'Västra Götalandsregionen', 'Malmö stad', 'Lunds kommun', 'Vårdbolaget Norr AB', 'Helsingborgs lasarett', 'Karolinska', 'Rigshospitalet', 'Oslo universitetssykehus', 'Sveriges Kommuner och Regioner', 'Privat'];
const DIET = ['', '', '', 'Vegetarisk', 'Vegan', 'Glutenfri', 'Laktosfri', 'Nötallergi (svår!)', 'Halal', 'Ingen fläsk', 'Pescetarian'];
const regId = (rng) => `NVD26-${num(rng, 5)}`;
const orgDomain = (name) => `${ascii(name).replace(/[^a-z]/g, '').slice(0, 14) || 'org'}.example`;

export default function build(C) {
  const g = new Rng('event/org'); const o = O(g);
  const staff = people(g, 9, { middle: 0, cp1252: true });
  const speakers = people(g, 24, { middle: 0.1 });
  attendees(C, o); badges(C, o); speakerJson(C, o, speakers, staff); rooming(C, o); hubspot(C, o, staff); checkin(C, o, staff); slack(C, o, staff, speakers);
  invoiceData(C, o, staff); speakerMail(C, o, staff, speakers); programme(C, o, speakers, staff); speakerCards(C, o, speakers); survey(C, o); seating(C, o, speakers);
}

function attendees(C, o) {
  const file = 'event/registrering/deltagare_NVD2026.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Registration ID', 'First name', 'Last name', 'Organisation', 'Title', 'Email', 'Mobile', 'Badge name', 'Dietary requirements', 'Invoice reference', 'Days', 'Registered']];
  for (const p of crowd(rng, 130)) {
    C.joined(file, p.given, p.last);
    const org1 = rng.pick(ORGS);
    const diet = rng.pick(DIET);
    const dietCell = rng.chance(0.12) ? `${diet || 'Allergi'}\nOBS: ${rng.pick([() => 'epipen i väskan', () => 'även spår av nötter', () => 'ej rå lök', () => `ring mig vid frågor: ${T(R, 'phone', phone(rng, 'mobile'))}`])()}` : diet;
    const badge = rng.weighted([['full', 6], ['first', 2], ['nick', 1]]);
    rows.push([nm.id('registration-id', regId(rng)), p.given, p.last, org1, rng.pick(['Sjuksköterska', 'Enhetschef', 'Läkare', 'Utvecklare', 'Projektledare', 'Undersköterska', 'Forskare']),
      T(R, 'email', org1 === 'Privat' || rng.chance(0.3) ? email(rng, p) : { value: `${ascii(p.first).replace(/ /g, '')}.${ascii(p.last).replace(/ /g, '')}@${orgDomain(org1)}`, subtype: 'work' }),
      rng.chance(0.8) ? T(R, 'phone', phone(rng, rng.chance(0.12) ? 'foreign' : 'mobile')) : '', badge === 'full' ? NM(R, p, 'short', 'badge') : nm.lone(p.first),
      dietCell, rng.chance(0.5) ? nm.id('invoice-reference', `${rng.pick(['Ref', 'KST', 'Ansvar'])} ${num(rng, 5)}`) : '', rng.pick(['1+2', '1', '2', '1+2+middag']), `${date(rng, '2026-03-01', '2026-10-30')} ${hhmm(rng)}`]);
  }
  put(C, file, csv(rows, { sep: ',', bom: true }));
}

function badges(C, o) {
  const file = 'event/badges/badge_printjob_dag1.xml'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const out = ['<?xml version="1.0" encoding="utf-8"?>', `<PrintJob printer="Zebra ZC350" created="2026-11-17T06:45:00+01:00" event="${X(EVENT)}">`];
  for (const p of crowd(rng, 110)) {
    const org1 = rng.pick(ORGS);
    out.push(`  <Badge id="${nm.id('registration-id', regId(rng))}" type="${rng.pick(['DELTAGARE', 'DELTAGARE', 'TALARE', 'UTSTÄLLARE', 'PRESS'])}">`,
      `    <Line1>${X(NM(R, p, rng.chance(0.15) ? 'caps' : 'short', 'badge'))}</Line1>`, `    <Line2>${X(org1)}</Line2>`,
      `    <QR>${X(`BEGIN:VCARD\nFN:${R.t('name', p.short, 'qr-vcard')}\nEMAIL:${T(R, 'email', email(rng, p, orgDomain(org1)))}\nEND:VCARD`)}</QR>`, '  </Badge>');
  }
  out.push('</PrintJob>');
  put(C, file, xml(`${out.join('\n')}\n`));
}

function speakerJson(C, o, speakers, staff) {
  const file = 'event/talare/speakers_NVD2026.json'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const arr = speakers.map((p) => {
    const asst = rng.chance(0.4) ? person(rng, { middle: 0 }) : null; const org1 = rng.pick(ORGS);
    return { id: uuid(rng), name: NM(R, p, 'full', 'json'), title: rng.pick(['Docent', 'Överläkare', 'Verksamhetschef', 'Professor', 'Specialistsjuksköterska', 'Chief Nursing Officer']), organisation: org1,
      bio: rng.pick([
        () => `${p.full} har arbetat med patientsäkerhet i 20 år och leder i dag forskargruppen tillsammans med ${NM(R, person(rng), 'full', 'running-text')}.`,
        () => `${p.first} is a nurse and researcher. Before joining ${org1} she worked at ${nm.lookalike('place')}.`,
        () => `Disputerade 2014 vid Lunds universitet. Författare till boken "Vård i förändring" (med ${NM(R, person(rng), 'full', 'running-text')}).`,
      ])(),
      contact: { email: T(R, 'email', rng.chance(0.5) ? email(rng, p) : { value: workEmail(p, orgDomain(org1)), subtype: 'work' }), mobile: T(R, 'phone', phone(rng, rng.chance(0.2) ? 'foreign' : 'mobile')) },
      assistant: asst ? { name: NM(R, asst, 'full', 'assistant'), phone: T(R, 'phone', phone(rng, 'landline')), email: T(R, 'email', { value: workEmail(asst, orgDomain(org1)), subtype: 'work' }) } : null,
      fee: rng.chance(0.5) ? { amount: nm.amount(`${rng.int(5, 40)} 000 kr`), payee_orgnr: nm.orgnr() } : null,
      travel: rng.chance(0.4) ? { from: rng.pick(['Stockholm', 'Oslo', 'Helsinki', 'Umeå']), booking_ref: nm.id('booking-reference', `${'ABCDEFGHJKLMNPQRSTUVWXYZ'[rng.int(0, 23)]}${alnum(rng, 5)}`) } : null,
      sessions: [nm.id('session-id', `S${rng.int(1, 2)}-${rng.int(10, 48)}`)], host: NM(R, rng.pick(staff), 'full', 'staff') };
  });
  for (const [i, p] of speakers.entries()) if (arr[i].bio.startsWith(p.full)) R.t('name', p.full, 'running-text'); else if (arr[i].bio.startsWith(p.first)) nm.lone(p.first);
  put(C, file, txt(jsonText({ event: EVENT, speakers: arr }, 2)));
}

function rooming(C, o) {
  const file = 'event/hotell/rooming_list_NVD2026.xlsx'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const sheets = [];
  for (const hotel of ['Hotel Kungsparken', 'Scandic Triangeln', 'Clarion Hotel Malmö Live']) {
    const rows = [[`Rooming list – ${hotel} – ${EVENT}`], ['Guest', 'Arrival', 'Departure', 'Room type', 'Sharing with', 'Confirmation', 'Mobile', 'Remarks']];
    for (const p of crowd(rng, 45)) {
      const share = rng.chance(0.15) ? person(rng) : null;
      rows.push([NM(R, p, rng.weighted([['surname-first', 5], ['surname-first-caps', 2], ['full', 3]]), 'rooming'), '2026-11-16', rng.pick(['2026-11-18', '2026-11-19']), rng.pick(['Single', 'Double', 'Twin']),
        share ? NM(R, share, 'surname-first', 'rooming') : '', nm.id('hotel-confirmation', `${rng.int(10000000, 99999999)}`), rng.chance(0.5) ? T(R, 'phone', phone(rng, 'mobile', 'intl')) : '', rng.pick(['', '', 'late arrival', 'allergy room', 'invoice to company'])]);
    }
    sheets.push({ name: hotel.slice(0, 31), rows });
  }
  put(C, file, xlsx(sheets, { creator: 'Mötesplats Öresund' }));
}

function hubspot(C, o, staff) {
  const file = 'event/crm/hubspot-crm-exports-all-contacts-2026-11-20.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Company Name', 'Lifecycle Stage', 'Contact owner', 'IP Address', 'Create Date', 'Last Activity Date']];
  for (const p of crowd(rng, 110)) {
    C.joined(file, p.given, p.last);
    const org1 = rng.pick(ORGS); const s = rng.pick(staff);
    rows.push([nm.id('record-id', num(rng, 11)), p.given, p.last, T(R, 'email', rng.chance(0.6) ? { value: workEmail(p, orgDomain(org1)), subtype: 'work' } : email(rng, p)),
      rng.chance(0.3) ? (rng.chance(0.4) ? R.n('phone', 'switchboard', `0${rng.pick(['40', '46', '42'])}-${rng.int(10, 99)} ${rng.digits(2)} 00`) : T(R, 'phone', phone(rng, 'landline'))) : '',
      rng.chance(0.6) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'intl', 'compact']))) : '', org1, rng.pick(['Lead', 'Subscriber', 'Customer', 'Marketing Qualified Lead']), NM(R, s, 'short', 'staff'),
      rng.chance(0.5) ? T(R, 'ip', ipVal(rng)) : '', `${date(rng, '2024-01-01', '2026-11-01')} ${hhmm(rng)}`, date(rng, '2026-06-01', '2026-11-20')]);
  }
  put(C, file, csv(rows, { sep: ',', quoteAll: true }));
}

function checkin(C, o, staff) {
  const file = 'event/checkin/checkin_app_2026-11-17.log'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = [];
  const devices = staff.slice(0, 4).map((s, i) => ({ s, dev: `ipad-entre-${i + 1}`, ip: `192.168.50.${rng.int(10, 60)}` }));
  let t = 7 * 3600 + 1800;
  for (const p of crowd(rng, 150)) {
    t += rng.int(5, 60);
    const d = rng.pick(devices);
    const ts = `2026-11-17T${p2(Math.floor(t / 3600))}:${p2(Math.floor(t / 60) % 60)}:${p2(t % 60)}+01:00`;
    const k = rng.weighted([['scan', 8], ['manual', 2], ['walkin', 1]]);
    if (k === 'scan') L.push(`${ts} ${d.dev} CHECKIN ok reg=${nm.id('registration-id', regId(rng))} name="${NM(R, p, 'full', 'log-user')}" badge=printed`);
    else if (k === 'manual') L.push(`${ts} ${d.dev} CHECKIN manual by=${NM(R, d.s, 'short', 'staff')} name="${NM(R, p, 'full', 'log-user')}" reason="QR saknas" note="sökte på ${T(R, 'email', email(rng, p))}"`);
    else L.push(`${ts} ${d.dev} WALKIN created name="${NM(R, p, 'caps', 'log-user')}" mobile=${T(R, 'phone', phone(rng, 'mobile', 'compact'))} pay=card`);
  }
  L.push(`2026-11-17T18:02:11+01:00 sync ${devices.map((d) => `${d.dev}@${nm.id('device-ip', d.ip, 'ip')}`).join(' ')} -> ${server(R, o)} ok`);
  put(C, file, txt(`${L.join('\n')}\n`));
}

function slack(C, o, staff, speakers) {
  const file = 'event/slack/event-drift/2026-11-17.json'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const users = staff.map((s) => ({ s, id: `U0${alnum(rng, 8)}` }));
  const msgs = [];
  for (let i = 0; i < 90; i++) {
    const u = rng.pick(users);
    const p = person(rng);
    const text = rng.pick([
      () => `${NM(R, rng.pick(speakers), 'full', 'running-text')} har inte checkat in än, någon som har hennes nummer?`,
      () => `${NM(R, p, 'full', 'running-text')} ringde – tappat sin badge, skriver ut ny i disken`,
      () => `talarens taxi bokad: ${NM(R, rng.pick(speakers), 'short', 'running-text')}, upphämtning ${hhmm(rng)} centralen, chaufför ${T(R, 'phone', phone(rng, 'mobile'))}`,
      () => `mikrofon 3 trasig i sal ${nm.id('room', `${rng.pick(['Kongresshallen', 'Sal B', 'Studion'])}`)}`,
      () => `<@${rng.pick(users).id}> kan du ta ${nm.lone(rng.pick(LONE))} från AV-firman vid lastkajen?`,
      () => `gäst med nötallergi: ${NM(R, p, 'full', 'running-text')}, bord ${rng.int(1, 40)}. köket informerat`,
      () => `lunch slut på veg 😬`,
    ])();
    msgs.push({ type: 'message', user: u.id, text, ts: `${1794898800 + i * rng.int(60, 300)}.${rng.digits(6)}`, user_profile: { real_name: NM(R, u.s, 'full', 'chat-speaker'), display_name: nm.lone(u.s.first), first_name: u.s.first, name: ascii(u.s.first) } });
  }
  put(C, file, txt(jsonText(msgs, 4)));
}

function invoiceData(C, o, staff) {
  const file = 'event/faktura/fakturaunderlag_NVD2026.pdf'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const lines = [{ text: `Fakturaunderlag – ${EVENT}`, size: 14, bold: true }, `Mötesplats Öresund Konferens AB · org.nr ${nm.orgnr()} · bankgiro ${nm.id('bankgiro', o.bg)}`, ''];
  for (const p of crowd(rng, 95, { cp1252: true })) {
    const org1 = rng.pick(ORGS);
    lines.push(`${nm.id('registration-id', regId(rng))}  ${NM(R, p, rng.chance(0.5) ? 'surname-first' : 'full', 'pdf-row')}  ${org1}  ${rng.chance(0.4) ? `ref ${NM(R, person(rng, { cp1252: true, middle: 0 }), 'full', 'invoice-reference')}` : ''}  ${nm.amount(`${kr(rng, 2900, 8900)} kr`)}`);
  }
  lines.push('', `Attesterat: ${NM(R, staff[0], 'full', 'signature')}  ${role(R, o, 3)}`);
  put(C, file, pdfLines(lines, { per: 55, title: 'Fakturaunderlag' }));
}

function speakerMail(C, o, staff, speakers) {
  const file = 'event/mail/talare_korrespondens.mbox'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const msgs = [];
  for (const p of speakers) {
    const s = rng.pick(staff); const sAddr = workEmail(s, 'motesplatsoresund.se'); const addr = email(rng, p).value;
    const d = date(rng, '2026-09-01', '2026-11-15'); const time = `${hhmm(rng)}:${p2(rng.int(0, 59))}`;
    const k = rng.weighted([['travel', 2], ['slides', 2], ['en', 1]]);
    let subject; let text;
    const from = hdr(R, p, addr); const to = [hdr(R, s, sAddr, { addrSub: 'staff-work' })];
    if (k === 'travel') {
      subject = 'Resa och hotell';
      text = `Hej ${nm.lone(s.first)}!\n\nJag tar tåget ${rng.pick(['08.05', '10.12', '06.21'])} från Stockholm. Min kollega ${NM(R, person(rng), 'full', 'running-text')} följer med, kan hon få rum på samma hotell? Hennes mobil ${T(R, 'phone', phone(rng, 'mobile'))}.\n\nFör arvodet: mitt personnummer ${T(R, 'personnummer', pnr(rng, { minYear: 1955, maxYear: 1990 }))}, konto ${nm.id('account-number', `${rng.int(3000, 8499)}-${num(rng, 9)}`)}.\n\n${NM(R, p, 'full', 'signature')}`;
    } else if (k === 'slides') {
      subject = `SV: Presentation session ${nm.id('session-id', `S1-${rng.int(10, 48)}`)}`;
      const prev = `Hej!\nVi behöver dina bilder senast ${dotDate(date(rng, '2026-11-05', '2026-11-12'))}.\nHälsningar\n${s.full}\nMötesplats Öresund\n${footer(R, o, ['switchboard'])}`;
      R.t('name', s.full, 'signature');
      text = `Bifogar – ursäkta förseningen!\n\n/${NM(R, p, 'short', 'signature')}\n\nFrån: ${s.full} <${sAddr}>\nSkickat: ${dotDate(d)}\nÄmne: Presentation\n\n${quote(prev)}`;
    } else {
      subject = 'Dietary + AV needs'; const asst = person(rng);
      text = `Hi,\n\nJust a quick note: I'm vegan and I will need an HDMI adapter for my Mac. My assistant ${NM(R, asst, 'full', 'running-text')} (${T(R, 'email', email(rng, asst, 'nhs.example'))}) will send the slides.\n\nBest,\n${NM(R, p, 'full', 'signature')}\n${T(R, 'phone', phone(rng, 'foreign'))}`;
    }
    const m = { from, to, subject, date: rfcDate(d, time), mboxDate: mboxDate(d, time), id: `${hex(rng, 22)}@${rng.pick(['outlook.com', 'mail.gmail.com', 'regionskane.se'])}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) };
    if (rng.chance(0.4)) { m.html = toHtml(text); m.htmlText = htmlToText(m.html); }
    msgs.push(m);
  }
  put(C, file, mbox(msgs));
}

function programme(C, o, speakers, staff) {
  const file = 'event/program/NVD2026_program.ics'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Motesplats Oresund//Program//SV', 'X-WR-CALNAME:Nordiska Vårddagarna 2026'];
  for (const [i, p] of speakers.entries()) {
    const day = i % 2 ? '20261117' : '20261118'; const h = 9 + (i % 8);
    const mod = rng.pick(staff);
    L.push('BEGIN:VEVENT', `UID:nvd26-${i}-${hex(rng, 8)}`, `DTSTART;TZID=Europe/Stockholm:${day}T${p2(h)}0000`, `DTEND;TZID=Europe/Stockholm:${day}T${p2(h)}4500`,
      `SUMMARY:${rng.pick(['Keynote', 'Seminarium', 'Panel', 'Workshop'])}: ${rng.pick(['Framtidens primärvård', 'AI i journalen', 'Kompetensförsörjning', 'Patientens röst', 'Vård i glesbygd'])} – ${NM(R, p, 'full', 'ics-summary')}`,
      `LOCATION:${rng.pick([() => 'Kongresshallen', () => 'Sal B', () => 'Studion', () => nm.look('place', 'Gustav Vasa-salen')])()}`,
      `ATTENDEE;CN=${NM(R, p, 'full', 'ics-cn')};ROLE=CHAIR:mailto:${T(R, 'email', email(rng, p))}`, `ORGANIZER;CN=${NM(R, mod, 'full', 'ics-cn')}:mailto:${role(R, o, 4)}`, 'END:VEVENT');
  }
  L.push('END:VCALENDAR');
  put(C, file, folded(L));
}

function speakerCards(C, o, speakers) {
  const file = 'event/talare/talare_kontakter.vcf'; const R = C.at(file); const rng = new Rng(file);
  const L = [];
  for (const p of speakers) L.push(...vcard(R, C, p, { tel: [['CELL', phone(rng, rng.chance(0.2) ? 'foreign' : 'mobile', rng.pick(['intl', 'e164', 'grouped']))], ...(rng.chance(0.4) ? [['WORK', phone(rng, 'landline')]] : [])], mail: [email(rng, p)], org: rng.pick(ORGS), title: 'Talare NVD2026' }));
  put(C, file, folded(L));
}

function survey(C, o) {
  const file = 'event/utvardering/enkat_svar_NVD2026.csv'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const rows = [['Tidstämpel', 'Helhetsbetyg (1-5)', 'Bästa talare?', 'Vad kan bli bättre?', 'Får vi kontakta dig? Ange e-post', 'Övrigt']];
  const pool = people(rng, 20);
  for (let i = 0; i < 170; i++) {
    const sp = rng.pick(pool);
    const best = rng.weighted([['full', 4], ['first', 2], ['lower', 1], ['none', 2]]);
    const p = person(rng);
    rows.push([`${date(rng, '2026-11-18', '2026-11-24')} ${hms(rng)}`, String(rng.int(1, 5)), best === 'full' ? NM(R, sp, 'full', 'survey') : best === 'first' ? nm.lone(sp.first) : best === 'lower' ? NM(R, sp, 'lower', 'lower') : 'vet ej',
      rng.pick(['Längre pauser', 'Kaffet tog slut', 'Better English subtitles please', 'Fler sittplatser i Sal B', 'Wifi funkade inte', '']),
      rng.chance(0.3) ? T(R, 'email', email(rng, p)) : '', rng.pick([() => '', () => '', () => `Tack! /${NM(R, p, 'full', 'signature')}`, () => `ring mig gärna ${T(R, 'phone', phone(rng, 'mobile'))}`, () => 'The panel was great!'])()]);
  }
  put(C, file, csv(rows, { sep: ',' }));
}

function seating(C, o, speakers) {
  const file = 'event/middag/bordsplacering_galamiddag.html'; const R = C.at(file); const rng = new Rng(file); const nm = nears(R, rng);
  const guests = crowd(rng, 120);
  const tables = [];
  for (let t = 1; t <= 12; t++) {
    const at = guests.slice((t - 1) * 10, t * 10);
    if (t <= 3) at[0] = speakers[t];
    tables.push(`<div class="table"><h3>Bord ${t}${t <= 3 ? ` – värd: ${X(NM(R, at[0], 'full', 'html'))}` : ''}</h3><ul>${at.map((p) => `<li>${X(NM(R, p, rng.chance(0.1) ? 'caps' : 'full', 'html-list'))}${rng.chance(0.1) ? ` <small>(${X(rng.pick(DIET.filter(Boolean)))})</small>` : ''}</li>`).join('')}</ul></div>`);
  }
  const h = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Bordsplacering – galamiddag</title></head><body>\n<h1>Galamiddag ${X(EVENT)} – ${X(nm.look('place', 'Carl Larsson-gården'))}-salongen</h1>\n<p>Frågor: ${role(R, o, 1)} · ${R.n('phone', 'switchboard', o.switchboard)}</p>\n${tables.join('\n')}\n</body></html>\n`;
  put(C, file, html(h));
}
