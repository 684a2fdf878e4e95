// Twentyfirst blind set — Hörselhuset Norr: a hearing-aid and audiology clinic. Patient register, audiograms (dB values
// and frequencies as near-misses), device loans with serials, SMS reminders, audiologists' calendars, referrals PDF,
// journal notes, booking events, patient mail, letters, a warranty case with the manufacturer, an archive zip, web chat.
import { Rng, W, org, staffOf, person, people, kin, nameStyle, landline, ipVal, date, dotDate, shortDate, hhmm, hms, addDays, kr, num, alnum, csv, xlsx, docx,
  mbox, eml, rfcDate, mboxDate, htmlEml, text, json, ndjson, folded, pdfLines, zipOf, put, footer, LONE, LOOKALIKE, sv, xmlEsc, htmlEsc } from './core.mjs';

const DIR = 'horselkliniken';
const FREQ = [125, 250, 500, 1000, 2000, 3000, 4000, 6000, 8000];
const MODELS = ['Aurivo Nova 312', 'Aurivo Nova R', 'Klangwerk Luma 5', 'Klangwerk Luma 7 CROS', 'Sonaris Edge BTE', 'Sonaris Mini RIC'];

export default function build(C) {
  const rng = new Rng('hh/main');
  const o = org(rng, { name: 'Hörselhuset Norr AB', domain: 'horselhuset.se', area: '90', roles: ['info', 'bokning', 'noreply', 'journal', 'garanti'] });
  const staff = staffOf(rng, 10, o.domain, { cp: true });
  const doctors = people(rng, 10, { cp: true, minYear: 1955, maxYear: 1990 });
  const patId = (r) => `P-${String(r.int(1, 99999)).padStart(6, '0')}`;
  const serial = (r) => `${r.pick(['AN', 'KW', 'SO'])}${r.int(20, 26)}${alnum(r, 2)}${num(r, 5)}`;
  const remissId = (r) => `REM-${r.int(2025, 2026)}-${num(r, 5)}`;
  const db = (r) => `${r.int(0, 22) * 5} dB HL`;

  // 1. Patient register (UTF-8 BOM, `,`, quoted multi-line notes, journal-style "Efternamn, Förnamn").
  {
    const r = new Rng('hh/patienter'); const f = `${DIR}/patientregister_export.csv`; const w = W(C, f, r);
    const rows = [['PatientId', 'Namn', 'Personnummer', 'Mobil', 'E-post', 'Adress', 'Postnr', 'Ort', 'Remittent', 'Audionom', 'Anteckning']];
    for (let i = 0; i < 130; i++) {
      const old = r.chance(0.06); const p = person(r, { minYear: old ? 1921 : 1928, maxYear: old ? 1925 : 1995 }); const d = doctors[i % doctors.length]; const s = r.pick(staff);
      const note = r.pick([
        () => `Bilateral sensorineural nedsättning.\nPTA höger ${w.id('db-value', db(r))}, vänster ${w.id('db-value', db(r))}.`,
        () => `Tinnitus sedan ${w.date(sv(date(r, '2024-01-01', '2026-06-30')))}.\nHustrun ${w.name(kin(r, p))} följer med på besök.`,
        () => `Utprovning ${w.id('product', r.pick(MODELS))}, serienr ${w.id('serial', serial(r))}.`,
        () => `Ring hellre dottern ${w.name(kin(r, p))} på ${w.phone(kin(r, p).mob)}.`,
        () => '', () => `Remiss ${w.id('referral-id', remissId(r))} från ${w.look('place-like-person', r.pick(LOOKALIKE.place))}.`,
        () => `Uteblev ${w.date(dotDate(date(r)))}. Faktureras enl. avgiftsregler.`,
      ])();
      rows.push([w.id('patient-id', patId(r)), w.name(p, r.weighted([['surname-first', 70], ['surname-first-caps', 10], ['full', 20]])), r.chance(0.03) ? w.badDate() : r.chance(0.03) ? w.id('reservnummer', `${p.pn.century}${p.pn.yy}-R${num(r, 3)}`, 'personnummer') : w.pnr(p), r.chance(0.85) ? w.mob(p) : '',
        r.chance(0.5) ? w.email(p.email) : '', p.street, w.zip(p.zip), p.city, `Dr ${w.name(d, 'full', 'referrer')}`, w.name(s, 'full', 'staff'), note]);
    }
    put(C, f, csv(rows, { bom: true }));
  }

  // 2. Audiograms (XML): patient, tester, thresholds per frequency, device.
  {
    const r = new Rng('hh/audiogram'); const f = `${DIR}/audiogram_export.xml`; const w = W(C, f, r);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<AudiogramExport system="AudioLog 4.2" exported="${w.date('2026-11-21')}T06:30:00">`];
    for (let i = 0; i < 60; i++) {
      const p = person(r, { minYear: 1928, maxYear: 1990 }); const s = r.pick(staff); const d = date(r);
      out.push(`  <Session id="${w.id('session-id', num(r, 8))}" date="${w.date(d)}">`,
        `    <Patient><FirstName>${xmlEsc(p.given)}</FirstName><LastName>${xmlEsc(p.last)}</LastName><PersonalId>${w.pnr(p, r.pick(['long', 'long', 'compact']))}</PersonalId></Patient>`,
        `    <Tester>${xmlEsc(w.name(s, 'full', 'staff'))}</Tester>`);
      C.joined(f, p.given, p.last);
      for (const ear of ['Right', 'Left']) {
        out.push(`    <Ear side="${ear}">${FREQ.map((hz) => `<T hz="${hz}" db="${r.int(0, 18) * 5}"/>`).join('')}</Ear>`);
      }
      out.push(`    <PTA4 right="${r.int(10, 80)}" left="${r.int(10, 80)}" unit="dB HL"/>`, `    <Device model="${w.id('product', r.pick(MODELS))}" serial="${w.id('serial', serial(r))}"/>`,
        `    <Comment>${xmlEsc(r.pick([() => 'Normal tympanometri.', () => `Kontroll om ${r.int(3, 12)} mån.`, () => `Anhörig ${w.name(kin(r, p))} närvarande.`, () => `Patienten önskar kontakt via ${w.mob(p)}.`])())}</Comment>`, '  </Session>');
    }
    out.push('</AudiogramExport>');
    put(C, f, text(`${out.join('\n')}\n`));
  }

  // 3. Device loans workbook (several sheets).
  {
    const r = new Rng('hh/utlan'); const f = `${DIR}/hjalpmedel_utlan.xlsx`; const w = W(C, f, r);
    const s1 = [['Serienummer', 'Modell', 'Patient', 'Personnummer', 'Utlånad', 'Åter senast', 'Audionom']];
    for (let i = 0; i < 80; i++) {
      const p = person(r, { minYear: 1930, maxYear: 1998 }); const d = date(r);
      s1.push([w.id('serial', serial(r)), w.id('product', r.pick(MODELS)), w.name(p, nameStyle(r)), w.pnr(p), d, addDays(d, 30), w.name(r.pick(staff), 'full', 'staff')]);
    }
    const s2 = [['Serienummer', 'Fel', 'Skickad', 'Ärende tillverkare', 'Kontakt']];
    for (let i = 0; i < 40; i++) {
      const p = person(r);
      s2.push([w.id('serial', serial(r)), r.pick(['Brum', 'Ingen ljudnivå', 'Fuktskada', 'Trasig slang', 'Laddar ej']), w.date(date(r)), w.id('rma', `RMA${num(r, 7)}`), `${w.name(p)} ${w.mob(p)}`]);
    }
    const s3 = [['Batteristorlek', 'Antal förp.', 'Pris']];
    for (const b of ['10', '13', '312', '675']) s3.push([b, r.int(10, 400), w.amount(kr(r, 20, 90))]);
    put(C, f, xlsx([{ name: 'Utlånade', rows: s1 }, { name: 'Reparationer', rows: s2 }, { name: 'Batterier', rows: s3 }], { creator: w.name(staff[1], 'full', 'xlsx-creator') }));
  }

  // 4. SMS reminders (cp1252 `;` CRLF, gateway numbers).
  {
    const r = new Rng('hh/sms'); const f = `${DIR}/sms_paminnelser_2026-11.csv`; const w = W(C, f, r);
    const rows = [['Skickat', 'Mottagare', 'Namn', 'Besökstid', 'Mottagning', 'Status', 'Meddelande']];
    for (let i = 0; i < 120; i++) {
      const p = person(r, { cp: true, minYear: 1930, maxYear: 1999 }); const d = date(r, '2026-11-01', '2026-11-24'); const t = hhmm(r);
      rows.push([`${d} ${hms(r)}`, w.mob(p, r.weighted([['plain46', 70], ['e164', 20], ['compact', 10]])), w.name(p, r.pick(['full', 'full', 'short'])), `${w.date(addDays(d, 2))} ${w.time(t)}`,
        r.pick(['Umeå Centrum', 'Skellefteå', 'Lycksele']), r.pick(['Levererat', 'Levererat', 'Ej levererat', 'Väntar']),
        `Hej ${p.first}! Påminnelse om din tid ${shortDate(addDays(d, 2))} kl ${t}. Avboka senast 24 h innan på ${o.service}. /Hörselhuset`]);
      w.lone(p.first); w.svc(o);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 5. Audiologists' calendar (.ics, folded).
  {
    const r = new Rng('hh/ics'); const f = `${DIR}/bokningar_audionomer.ics`; const w = W(C, f, r);
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hörselhuset//Bokning 3.1//SV', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Audionomer Umeå'];
    for (let i = 0; i < 60; i++) {
      const p = person(r, { minYear: 1930, maxYear: 2000 }); const s = r.pick(staff); const d = date(r, '2026-11-23', '2026-12-18').replace(/-/g, ''); const h = r.int(8, 15);
      lines.push('BEGIN:VEVENT', `UID:${w.id('uid', `${alnum(r, 12).toLowerCase()}@horselhuset.se`, 'email')}`, `DTSTAMP:20261120T080000Z`, `DTSTART;TZID=Europe/Stockholm:${d}T${String(h).padStart(2, '0')}0000`,
        `DTEND;TZID=Europe/Stockholm:${d}T${String(h).padStart(2, '0')}4500`, `SUMMARY:${r.pick(['Hörseltest', 'Utprovning', 'Efterkontroll', 'Tinnitussamtal'])} – ${w.name(p)}`,
        `DESCRIPTION:Pnr ${w.pnr(p)}. Tel ${w.mob(p)}. ${r.pick([() => 'Tolk arabiska bokad.', () => 'Rullstol.', () => `Följs av ${w.name(kin(r, p))}.`, () => `Remiss ${w.id('referral-id', remissId(r))}.`])()}`,
        `ORGANIZER;CN=${w.name(s, 'full', 'ics-cn')}:mailto:${w.email(s.work, 'staff-work')}`, `LOCATION:Mottagning ${r.int(1, 6)}, ${w.look('street-like-person', r.pick(LOOKALIKE.street))} ${r.int(1, 30)}`, 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    put(C, f, folded(lines));
  }

  // 6. Referrals (PDF, cp1252 only).
  {
    const r = new Rng('hh/remisser'); const f = `${DIR}/remisser_inkomna_v46.pdf`; const w = W(C, f, r);
    const L = [{ text: 'Inkomna remisser vecka 46 – Hörselhuset Norr', bold: true, size: 13 }, ''];
    for (let i = 0; i < 45; i++) {
      const p = person(r, { cp: true, minYear: 1928, maxYear: 2010 }); const d = r.pick(doctors);
      L.push(`${w.id('referral-id', remissId(r))}   ${w.date(date(r, '2026-11-09', '2026-11-15'))}`, `Patient: ${w.name(p, r.pick(['surname-first', 'full']))}   Pnr: ${w.pnr(p)}`,
        `Remittent: ${w.name(d, 'full', 'referrer')}, ${w.look('place-like-person', r.pick(LOOKALIKE.place))}`, `Frågeställning: ${r.pick(['hörselnedsättning?', 'tinnitus', 'yrsel + hörsel', 'barn, språkförsening', 'ny utprovning'])}. Tel pat: ${w.phone(r.chance(0.5) ? p.mob : landline(r))}`, '');
    }
    L.push(footer(w, o, ['orgnr', 'switchboard', 'bg']));
    put(C, f, pdfLines(L, { title: 'Remisser v46' }));
  }

  // 7. Journal notes (sloppy, txt).
  {
    const r = new Rng('hh/journal'); const f = `${DIR}/journalanteckningar_snabb.txt`; const w = W(C, f, r);
    const out = [];
    for (let i = 0; i < 70; i++) {
      const p = person(r, { minYear: 1930, maxYear: 2000 }); const s = r.pick(staff);
      out.push(`${w.date(dotDate(date(r)))} ${w.id('staff-initials', `${s.first[0]}${s.last[0]}`.toUpperCase())}: ${r.pick([
        () => `${w.name(p)} ${w.pnr(p)} – ny apparat ${w.id('product', r.pick(MODELS))}, nöjd. uppf ${r.int(4, 8)} v`,
        () => `ringt ${w.name(p, 'lower')} ang batterier, skickar ${r.pick(['312', '13', '10'])}:or`,
        () => `pat ${w.name(p, 'surname-first-short')} klagar på vissling, justerat gain ${w.id('db-value', `${r.int(2, 8)} dB`)} vid ${w.id('frequency', `${r.pick([2000, 3000, 4000])} Hz`)}`,
        () => `${w.lone(r.pick(LONE))} ringde fr ${w.look('place-like-person', r.pick(LOOKALIKE.place))} om ${w.name(p)}, remiss saknas`,
        () => `${w.name(p, 'caps')} – make ${w.name(kin(r, p))} tel ${w.phone(landline(r))} vill boka om`,
        () => `uteblev. sms till ${w.mob(p, 'plain46')}`,
        () => `intern: ${w.name(r.pick(staff), 'short', 'staff')} tar över pat ${w.id('patient-id', patId(r))}`,
      ])()}`);
    }
    put(C, f, text(`${out.join('\n')}\n`));
  }

  // 8. Booking system events (NDJSON).
  {
    const r = new Rng('hh/events'); const f = `${DIR}/bokning_events.ndjson`; const w = W(C, f, r);
    const ev = [];
    for (let i = 0; i < 140; i++) {
      const p = person(r, { minYear: 1930, maxYear: 2000 }); const d = date(r, '2026-11-01', '2026-11-24');
      const type = r.pick(['booking.created', 'booking.cancelled', 'booking.rescheduled', 'reminder.sent', 'login']);
      const e = { ts: `${d}T${hms(r)}.${r.int(100, 999)}Z`, type, bookingId: w.id('booking-id', `B${num(r, 8)}`) };
      if (type === 'login') Object.assign(e, { subject: { pnr: w.pnr(p, 'long') }, ip: w.ip(ipVal(r)), method: 'bankid' });
      else Object.assign(e, { patient: { id: w.id('patient-id', patId(r)), displayName: w.name(p, r.pick(['full', 'surname-first'])), phone: r.chance(0.8) ? w.mob(p, r.pick(['e164', 'e164', 'compact'])) : null },
        channel: r.pick(['web', 'phone', 'app']), clinic: r.pick(['UME01', 'SKE02', 'LYC03']), ...(r.chance(0.3) ? { clientIp: w.ip(ipVal(r)) } : {}),
        ...(type === 'booking.created' && r.chance(0.3) ? { bookedBy: { name: w.name(r.pick(staff), 'full', 'staff') } } : {}) });
      ev.push(e);
    }
    put(C, f, ndjson(ev));
  }

  // 9. Patient mail (mbox; a battery order CSV attached to some).
  {
    const r = new Rng('hh/mail'); const f = `${DIR}/info_inkorg.mbox`; const w = W(C, f, r);
    const msgs = [];
    for (let i = 0; i < 24; i++) {
      const p = person(r, { minYear: 1935, maxYear: 1995 }); const s = r.pick(staff); const d = date(r);
      const eng = r.chance(0.15);
      const body = eng
        ? `Hi,\n\nMy father ${w.name(kin(r, p))} has an appointment on ${w.date(sv(d))} but cannot come. Could you call me on ${w.foreign()} or ${w.mob(p, 'intl')}?\n\nThanks,\n${w.name(p)}`
        : r.pick([
          () => `Hej,\nJag behöver nya batterier till min ${w.id('product', r.pick(MODELS))}. Mitt personnummer är ${w.pnr(p)}.\n\nMvh ${w.name(p)}\n${w.mob(p)}`,
          () => `Hejsan! apparaten piper hela tiden. serienr ${w.id('serial', serial(r))}. ring mig ${w.mob(p)}\n/${w.lone(p.first)}`,
          () => `Hej!\nMin mamma ${w.name(kin(r, p))} (${w.pnr(kin(r, p, { minYear: 1928, maxYear: 1940 }))}) har fått en kallelse men är på ${w.look('place-like-person', r.pick(LOOKALIKE.place))}. Kan vi flytta tiden?\nHälsningar ${w.name(p)}`,
        ])();
      const att = r.chance(0.25) ? (() => {
        const rows = [['Namn', 'Personnummer', 'Storlek', 'Antal']];
        for (let j = 0; j < 8; j++) { const q = person(r); rows.push([w.name(q), w.pnr(q), r.pick(['312', '13', '10']), r.int(1, 6)]); }
        const c = csv(rows, { sep: ';' }); return [{ name: 'batteribestallning.csv', type: 'text/csv; charset=utf-8', data: c.bytes, text: c.text }];
      })() : [];
      msgs.push({ from: [w.name(p, 'full', 'header-display'), w.email(p.email)], to: [['Hörselhuset Info', w.role(o.roles[0])]], subject: eng ? 'Appointment' : r.pick(['Batterier', 'Fråga', 'Ombokning', 'Hörapparat trasig']),
        date: rfcDate(d, hms(r)), mboxDate: mboxDate(d, '09:12:44'), id: `hh${i}.${r.int(1000, 9999)}@mail.example`, text: body, enc: r.pick(['qp', 'b64', '8bit']), hdrMode: r.pick(['Q', 'B']), attachments: att });
      if (r.chance(0.5)) {
        msgs.push({ from: [w.name(s, 'full', 'header-display'), w.email(s.work, 'staff-work')], to: [[p.full, p.email]], subject: 'SV: Ditt meddelande', date: rfcDate(addDays(d, 1), hms(r)),
          id: `hh${i}r.${r.int(1000, 9999)}@horselhuset.se`, enc: 'qp',
          text: `Hej ${p.first}!\n\nTack, vi har noterat detta i journalen.\n\nVänliga hälsningar\n${w.name(s, 'full', 'signature')}, leg. audionom\n${w.phone(s.direct, undefined, 'staff-direct')}\n${footer(w, o, ['switchboard', 'service'])}\n\n> ${body.split('\n').join('\n> ')}`,
          html: `<p>Hej ${htmlEsc(p.first)}!</p><p>Tack, vi har noterat detta i journalen.</p><p>${htmlEsc(s.full)}, leg. audionom</p>`, htmlText: `Hej ${p.first}!\nTack, vi har noterat detta i journalen.\n${s.full}, leg. audionom` });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 10. Mail-merge letters (.docx): several call-in letters in one document.
  {
    const r = new Rng('hh/kallelse'); const f = `${DIR}/kallelser_dec_utskrift.docx`; const w = W(C, f, r);
    const blocks = [];
    for (let i = 0; i < 20; i++) {
      const p = person(r, { minYear: 1930, maxYear: 1990 }); const s = r.pick(staff); const d = date(r, '2026-12-01', '2026-12-18');
      blocks.push({ h: 'KALLELSE' }, w.name(p), p.street, `${w.zip(p.zip)} ${p.city}`, `Personnummer: ${w.pnr(p)}`,
        { runs: [`Hej ${p.first}! Du är välkommen på `, 'hörselkontroll ', `${w.date(sv(d))} kl ${w.time(hhmm(r))}.`] },
        `Ta med dina hörapparater (${w.id('product', r.pick(MODELS))}). Vid förhinder, ring ${w.svc(o)} eller mejla ${w.role(o.roles[1])}.`, `Din audionom: ${w.name(s, 'full', 'staff')}`, '');
      w.lone(p.first);
    }
    put(C, f, docx(blocks, { creator: w.name(staff[3], 'full', 'docx-creator') }));
  }

  // 11. Warranty case with the manufacturer (English, HTML alternative).
  {
    const r = new Rng('hh/garanti'); const f = `${DIR}/garanti_klangwerk.eml`; const w = W(C, f, r);
    const s = staff[4]; const rep = person(r, { origin: 'english' }); const lines = [];
    for (let i = 0; i < 14; i++) { const p = person(r); lines.push(`${w.id('serial', serial(r))} | ${w.name(p)} | DOB ${w.id('date-of-birth', `${p.pn.y}-${String(p.pn.m).padStart(2, '0')}-${String(p.pn.d).padStart(2, '0')}`)} | ${r.pick(['no sound', 'feedback', 'battery door'])}`); }
    const txt = `Dear ${w.name(rep)},\n\nPlease find the warranty claims for November below (serial | patient | fault):\n\n${lines.join('\n')}\n\nOur reference: ${w.id('rma', `RMA${num(r, 7)}`)}.\n\nKind regards,\n${w.name(s, 'full', 'signature')}\nHörselhuset Norr AB\n${w.phone(s.direct, 'intl', 'staff-direct')}\n${w.role(o.roles[4])}`;
    put(C, f, eml({ from: [w.name(s, 'full', 'header-display'), w.email(s.work, 'staff-work')], to: [[w.name(rep, 'full', 'header-display'), w.email(`${rep.first.toLowerCase()}.${rep.last.toLowerCase()}@klangwerk.example`, 'work')]], cc: [['Garanti', o.roles[4]]],
      subject: 'Warranty claims November', date: rfcDate('2026-11-19', '14:22:10'), id: `gar.${r.int(1000, 9999)}@horselhuset.se`, text: txt, enc: 'qp',
      html: `<html><body>${htmlEsc(txt).replace(/\n/g, '<br>')}</body></html>`, htmlText: txt }));
  }

  // 12. Archive zip: notes and a nested zip of audiogram CSVs.
  {
    const r = new Rng('hh/arkiv'); const f = `${DIR}/arkiv_2025.zip`; const w = W(C, f, r);
    const inner = [];
    for (let k = 0; k < 3; k++) {
      const rows = [['patient', 'pnr', ...FREQ.map((hz) => `R${hz}`), 'tested_by']];
      for (let i = 0; i < 18; i++) { const p = person(r, { minYear: 1930, maxYear: 1995 }); rows.push([w.name(p, 'surname-first-nocomma'), w.pnr(p, 'compact'), ...FREQ.map(() => r.int(0, 18) * 5), w.name(r.pick(staff), 'full', 'staff')]); }
      const c = csv(rows); inner.push({ name: `audiogram_2025_q${k + 1}.csv`, bytes: c.bytes, text: c.text });
    }
    const nz = zipOf(inner);
    const notes = [];
    for (let i = 0; i < 30; i++) { const p = person(r); notes.push(`${w.date(dotDate(date(r, '2025-01-01', '2025-12-20')))} ${w.name(p)} ${w.mob(p)} ${r.pick(['avslutad', 'flyttat', 'avliden – anhörig informerad', 'ny apparat'])}`); }
    const nt = text(`${notes.join('\n')}\n`);
    put(C, f, zipOf([{ name: 'anteckningar_2025.txt', ...nt }, { name: 'audiogram_2025.zip', ...nz }]));
  }

  // 13. Web chat (Intercom-like JSON).
  {
    const r = new Rng('hh/chat'); const f = `${DIR}/webbchatt_export.json`; const w = W(C, f, r);
    const convs = [];
    for (let i = 0; i < 40; i++) {
      const p = person(r); const s = r.pick(staff);
      const parts = [
        { author: { type: 'user', name: r.chance(0.7) ? w.name(p) : null, email: r.chance(0.6) ? w.email(p.email) : null }, body: r.pick([() => `hej, jag heter ${w.name(p, r.pick(['full', 'lower']))} och vill boka hörseltest`, () => 'hej! har ni drop-in?', () => `min apparat ${w.id('product', r.pick(MODELS))} har slutat fungera`])() },
        { author: { type: 'admin', name: w.name(s, 'short', 'chat-speaker') }, body: `Hej! Jag heter ${w.lone(s.first)}. Vad är ditt personnummer så kollar jag?` },
        { author: { type: 'user' }, body: r.pick([() => w.pnr(p), () => `det är ${w.pnr(p)}`, () => `${w.pnr(p)} och nås på ${w.mob(p)}`])() },
        { author: { type: 'admin', name: s.short }, body: `Tack! Du har en tid ${w.date(sv(date(r, '2026-11-25', '2026-12-20')))}. Något mer?` },
      ];
      convs.push({ id: w.id('conversation-id', num(r, 11)), created_at: 1763000000 + r.int(0, 900000), source: { ip: w.ip(ipVal(r)), url: 'https://horselhuset.se/boka' }, conversation_parts: parts });
    }
    put(C, f, json({ type: 'conversation.list', conversations: convs }));
  }
}
