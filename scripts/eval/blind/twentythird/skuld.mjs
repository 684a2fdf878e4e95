// Twenty-third blind set — a municipal budget and debt counselling service (budget- och skuldrådgivning): case list,
// creditor lists and household members per case (.xlsx), journal notes, a Kronofogden register extract (PDF), a
// debt-relief application (.docx), clients' and creditors' mail, the appointment calendar, the e-service's
// submissions, a budget calculation (JSON), the phone system's call log, a referral form from social services (HTML)
// and an archive zip with a zip inside.
import { Rng, people, person, kin, pnr, phone, email, workEmail, T, TN, date, dotDate, hhmm, hms, isoTs, num, alnum, ipVal, ua, org, footer, role, server, nears,
  csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText, htmlEml, pdfLines, folded, jsonText, put, amount, svDate, LONE, LOOKALIKE, alt, ocr, zip, makeOrgnr, clearing, account } from './core.mjs';

const O = { name: 'Älvdala kommun, Budget- och skuldrådgivningen', domain: 'alvdala.se' };
const CREDITORS = ['Klarna Bank AB', 'Resurs Bank', 'Intrum Sverige AB', 'Lowell Sverige AB', 'CSN', 'Skatteverket', 'Hedlunds Åkeri AB', 'Telia Sverige AB', 'Svea Inkasso', 'Bostadsbolaget Älvstaden', 'Qliro AB', 'Santander Consumer Bank'];

export default function skuld(C) {
  const g = new Rng('skuld/org');
  const o = org(g, { ...O, area: '570', roles: ['budgetochskuld', 'kommunen', 'noreply', 'registrator', 'socialtjansten'] });
  const staff = people(g, 6, { cp1252: true, middle: 0 }).map((p) => ({ ...p, direct: phone(g, 'landline', 'dash'), mail: workEmail(p, O.domain), sign: `${p.first.slice(0, 2)}${p.last.slice(0, 2)}`.toUpperCase() }));
  const creditorNo = new Map(CREDITORS.map((c) => [c, makeOrgnr(g)]));
  const clients = Array.from({ length: 70 }, () => { const p = person(g, { cp1252: true }); return { ...p, pn: pnr(g, { minYear: 1945, maxYear: 2003 }), tel: phone(g), mail: email(g, p), caseNo: `BSR-${g.int(2023, 2026)}-${num(g, 4)}`, co: g.chance(0.35) ? kin(g, p, { cp1252: true }) : null, h: g.pick(staff) }; });

  // 1. Case list (cp1252 `;` CRLF, title lines).
  {
    const f = 'skuld/arendelista.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Ärendelista Budget- och skuldrådgivning'], [`Utskriven ${R.n(null, 'date', '2026-11-23')} av ${TN(R, staff[0], 'full', 'staff')}`], [],
      ['Ärendenr', 'Personnummer', 'Namn', 'Medsökande', 'Medsökandes pnr', 'Telefon', 'E-post', 'Handläggare', 'Status', 'Skuld totalt', 'Antal borgenärer', 'Öppnat']];
    for (const c of clients) {
      rows.push([n.id('case-number', c.caseNo), T(R, 'personnummer', c.pn), TN(R, c, rng.pick(['surname-first', 'surname-first', 'surname-first-caps', 'full'])), c.co ? TN(R, c.co, 'full') : '', c.co ? T(R, 'personnummer', pnr(rng, { minYear: 1945, maxYear: 2003 })) : '',
        T(R, 'phone', c.tel), rng.chance(0.7) ? T(R, 'email', c.mail) : '', c.h.sign, rng.pick(['Pågående', 'Väntar underlag', 'Ansökan skuldsanering inskickad', 'Avslutat']), n.amount(amount(rng, 20000, 900000)), String(rng.int(1, 19)), n.date(date(rng, '2023-01-01', '2026-11-20'))]);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. Creditors and household per case (.xlsx).
  {
    const f = 'skuld/borgenarer_och_hushall.xlsx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const s1 = [['Ärende', 'Gäldenär', 'Borgenär', 'Org.nr', 'Referens/fordringsnr', 'Kapital', 'Ränta', 'Kontaktperson borgenär', 'Tel borgenär']];
    const s2 = [['Ärende', 'Förnamn', 'Efternamn', 'Personnummer', 'Relation', 'Inkomst/mån']];
    for (const c of clients.slice(0, 45)) {
      for (let k = 0; k < rng.int(2, 5); k++) {
        const cr = rng.pick(CREDITORS);
        s1.push([c.caseNo, TN(R, c, 'full'), n.look('lookalike-company', cr), n.id('organisationsnummer', creditorNo.get(cr), 'personnummer'), n.id('creditor-reference', `${alnum(rng, 2)}${num(rng, 9)}`), n.amount(amount(rng, 1500, 250000)), `${rng.int(0, 24)},${rng.digits(2)} %`,
          rng.chance(0.3) ? TN(R, person(rng), 'full') : '', rng.chance(0.3) ? n.service() : '']);
      }
      C.joined(f, c.given, c.last);
      s2.push([c.caseNo, c.given, c.last, T(R, 'personnummer', c.pn), 'sökande', n.amount(amount(rng, 8000, 32000))]);
      for (let k = 0; k < rng.int(0, 3); k++) { const m = kin(rng, c); C.joined(f, m.given, m.last); s2.push([c.caseNo, m.given, m.last, T(R, 'personnummer', pnr(rng, { minYear: 2008, maxYear: 2024 })), rng.pick(['barn', 'barn', 'make/maka', 'sambo']), '0']); }
    }
    s1.forEach((r, i) => { if (i > 0) r[0] = n.id('case-number', r[0]); });
    s2.forEach((r, i) => { if (i > 0) r[0] = n.id('case-number', r[0]); });
    put(C, f, xlsx([{ name: 'Borgenärer', rows: s1 }, { name: 'Hushåll', rows: s2 }], { creator: R.t('name', staff[2].full, 'xlsx-creator') }));
  }

  // 3. Journal notes (fast, abbreviated).
  {
    const f = 'skuld/journalanteckningar_2026.txt'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = ['JOURNAL - budget- och skuldrådgivning (export ur verksamhetssystemet, fritext)', ''];
    for (let i = 0; i < 140; i++) {
      const c = rng.pick(clients); const s = rng.pick(staff);
      const nm = () => TN(R, c, rng.weighted([['full', 55], ['lower', 20], ['surname-first', 15], ['caps', 10]]));
      L.push(`${date(rng, '2026-01-05', '2026-11-22')} ${s.sign} ${n.id('case-number', c.caseNo)}: ${alt(rng,
        () => `tel.samtal m ${nm()}, går igenom budget. hyresskuld ${n.amount(amount(rng, 5000, 60000))} till ${n.look('lookalike-company', 'Bostadsbolaget Älvstaden')}. avbetalningsplan?`,
        () => `besök ${nm()} + ${c.co ? TN(R, c.co, 'full') : 'ensam'}. med: lönespec, kontoutdrag ${n.id('bank-account', `${clearing(rng)}, ${account(rng)}`)}`,
        () => `ringde ${T(R, 'phone', c.tel)}, inget svar. skickat brev.`,
        () => `${nm()} ${T(R, 'personnummer', c.pn)} har fått utmätning i lön, kontakt KFM mål ${n.id('kfm-case-number', `${rng.int(10, 99)}-${num(rng, 6)}-${rng.int(20, 26)}`)}`,
        () => `pratat m ${n.lone(rng.pick(LONE))} på ${n.look('lookalike-company', rng.pick(CREDITORS))} - fryser ränta 3 mån`,
        () => `socialsekreterare ${TN(R, person(rng, { cp1252: true }), 'full')} (${T(R, 'phone', phone(rng, 'landline'))}) ringde ang ${nm()}, nödprövning`,
        () => `${nm()} mejlar fr ny adress ${T(R, 'email', email(rng, c))}, vill ha kopia på ansökan`,
        () => `dottern ${TN(R, kin(rng, c), 'full')} tolkar (${rng.pick(['arabiska', 'somaliska', 'persiska', 'bosniska', 'ukrainska'])}). ${nm()} förstår ej inkassokrav ${n.id('ocr', ocr(rng, 14))}`,
        () => `felaktigt pnr i ansökan ${n.badLuhn()} rättat till ${T(R, 'personnummer', c.pn)} (${nm()})`)}`);
    }
    L.push('', `Registrator: ${role(R, o, 3)} · Växel ${R.n('phone', 'switchboard', o.switchboard)}`);
    put(C, f, `${L.join('\n')}\n`);
  }

  // 4. Kronofogden register extract (PDF).
  {
    const f = 'skuld/kfm_registerutdrag.pdf'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (const c of clients.slice(20, 44)) {
      L.push({ text: 'Kronofogden – Utdrag ur utsökningsregistret', size: 12, bold: true }, `Gäldenär: ${TN(R, c, rng.pick(['caps', 'full']))}   ${T(R, 'personnummer', { ...c.pn, value: c.pn.value })}`, `Utskriftsdatum: ${n.date(date(rng, '2026-09-01', '2026-11-20'))}`);
      for (let k = 0; k < rng.int(2, 4); k++) L.push(`Mål ${n.id('kfm-case-number', `${rng.int(10, 99)}-${num(rng, 6)}-${rng.int(20, 26)}`)}  ${n.look('lookalike-company', rng.pick(CREDITORS))}  ${n.amount(amount(rng, 900, 180000))}`);
      L.push(`Beställt av: ${TN(R, c.h, 'full', 'staff')}, ${O.name}`, '');
    }
    put(C, f, pdfLines(L, { per: 40, title: 'Registerutdrag' }));
  }

  // 5. Debt-relief application (.docx).
  {
    const f = 'skuld/ansokan_skuldsanering_utkast.docx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const blocks = [{ h: 'Ansökan om skuldsanering – underlag (utkast)' }];
    for (const c of clients.slice(44, 56)) {
      blocks.push({ h: `Sökande: ${TN(R, c, 'full')}` });
      blocks.push({ table: [['Personnummer', T(R, 'personnummer', c.pn)], ['Telefon', T(R, 'phone', c.tel)], ['E-post', T(R, 'email', c.mail)], ['Medsökande', c.co ? TN(R, c.co, 'full') : '–'], ['Barn i hushållet', String(rng.int(0, 3))], ['Förbehållsbelopp', n.amount(amount(rng, 6000, 14000))]] });
      blocks.push({ runs: ['Sökanden har varit skuldsatt sedan ', String(rng.int(2008, 2022)), '. Ombud: ', TN(R, c.h, 'full', 'staff'), ', ', T(R, 'phone', { ...c.h.direct, subtype: 'staff-direct' }), '.'] });
    }
    blocks.push(footer(R, o, ['orgnr', 'switchboard']));
    put(C, f, docx(blocks, { creator: R.t('name', staff[1].full, 'docx-creator') }));
  }

  // 6. Clients' and creditors' mail (mbox).
  {
    const f = 'skuld/funktionsbrevlada.mbox'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const c = rng.pick(clients); const d = date(rng, '2026-06-01', '2026-11-22'); const cred = rng.chance(0.3);
      if (cred) {
        const cr = rng.pick(CREDITORS.slice(0, 5)); const agent = person(rng); const ae = workEmail(agent, 'inkasso.example');
        const text = [`Hej,`, `Vi har tagit emot er begäran gällande ${TN(R, c, 'full')}, ${T(R, 'personnummer', c.pn)}.`, `Ärendet ${n.id('creditor-reference', `${alnum(rng, 2)}${num(rng, 9)}`)} är vilande i 60 dagar.`, '', 'Med vänlig hälsning', TN(R, agent, 'full', 'signature'), `${n.look('lookalike-company', cr)} · ${n.service()}`].join('\n');
        msgs.push({ from: [R.t('name', agent.full, 'header-display'), R.t('email', ae, 'work')], to: [['Budget och skuld', role(R, o, 0)]], subject: `Ang. ${c.caseNo}`, date: rfcDate(d, hms(rng)), id: `${alnum(rng, 14)}@inkasso.example`, text, enc: rng.pick(['qp', 'b64']) });
      } else {
        R.t('name', c.full, 'header-display'); T(R, 'email', c.mail);
        const text = [`Hej ${n.lone(c.h.first)}`, alt(rng, () => `Jag har fått ett nytt brev från ${n.look('lookalike-company', rng.pick(CREDITORS))}, vad ska jag göra? Fakturanr ${n.id('invoice-number', num(rng, 9))}.`, () => `Kan vi flytta mötet? Jag jobbar på ${rng.pick(['tisdag', 'onsdag'])}. Ring ${T(R, 'phone', c.tel)}.`, () => `Bifogar lönespecen. Min sambo ${c.co ? TN(R, c.co, 'full') : TN(R, person(rng), 'full')} skickar sin separat.`), '', `mvh ${TN(R, c, rng.pick(['full', 'lower', 'short']), 'signature')}`].join('\n');
        msgs.push({ from: [c.full, c.mail.value], to: [[c.h.full, c.h.mail]], subject: rng.pick(['Fråga', 'mötet', 'brev från inkasso', 'lönespec']), date: rfcDate(d, hms(rng)), id: `${alnum(rng, 11)}@${c.mail.value.split('@')[1]}`, text, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']) });
        R.t('name', c.h.full, 'header-display'); R.t('email', c.h.mail, 'staff-work');
        if (rng.chance(0.6)) {
          const reply = [`Hej ${n.lone(c.first)}!`, 'Tack, jag har tagit emot det. Vi ses som planerat.', '', TN(R, c.h, 'full', 'staff'), 'Budget- och skuldrådgivare', `${T(R, 'phone', { ...c.h.direct, subtype: 'staff-direct' })}`, footer(R, o, ['switchboard']), '', `${c.full} skrev:`, `> ${text.split('\n').join('\n> ')}`].join('\n');
          msgs.push({ from: [c.h.full, c.h.mail], to: [[c.full, c.mail.value]], subject: 'SV: ' + 'ditt mejl', date: rfcDate(d, '16:30:00'), id: `${alnum(rng, 12)}@alvdala.se`, text: reply, enc: 'qp', html: `<div>${reply.split('\n').map(htmlEsc).join('<br>')}</div>`, htmlText: htmlToText(`<div>${reply.split('\n').map(htmlEsc).join('<br>')}</div>`) });
        }
      }
    }
    put(C, f, mbox(msgs));
  }

  // 7. Appointment calendar (.ics).
  {
    const f = 'skuld/tidbok_radgivare.ics'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'METHOD:PUBLISH'];
    for (let i = 0; i < 50; i++) {
      const c = rng.pick(clients); const d = date(rng, '2026-11-24', '2027-01-29').replace(/-/g, '');
      L.push('BEGIN:VEVENT', `UID:040000008200E00074C5B7101A82E008${alnum(rng, 24)}`, `DTSTART;TZID=W. Europe Standard Time:${d}T${rng.pick(['09', '10', '13', '14'])}0000`, `SUMMARY:${rng.pick(['Budgetsamtal', 'Uppföljning', 'Skuldsanering genomgång'])} – ${TN(R, c, rng.pick(['full', 'surname-first']))}`,
        `DESCRIPTION:Ärende ${n.id('case-number', c.caseNo)}. Tel ${T(R, 'phone', c.tel)}. ${rng.chance(0.3) ? `Tolk beställd (${TN(R, person(rng), 'full')}).` : ''}`,
        `ORGANIZER;CN=${R.t('name', c.h.full, 'ics-cn')}:mailto:${R.t('email', c.h.mail, 'staff-work')}`, `LOCATION:${alt(rng, () => 'Medborgarhuset rum 3', () => 'Teams', () => n.look('lookalike-street', 'Fredrika Bremers gata 4'))}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, f, folded(L));
  }

  // 8. E-service submissions (NDJSON, BankID-signed).
  {
    const f = 'skuld/etjanst_ansokningar.ndjson'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (let i = 0; i < 110; i++) {
      const p = person(rng); const ss = pnr(rng, { minYear: 1950, maxYear: 2005, style: 'long' });
      const rec = { id: n.id('form-id', `e-${num(rng, 9)}`), type: 'kontakt_budget_skuld', signed: { method: 'BankID', personalNumber: T(R, 'personnummer', ss), name: TN(R, p, rng.pick(['full', 'caps'])), ip: T(R, 'ip', ipVal(rng)) },
        answers: { telefon: T(R, 'phone', phone(rng)), epost: rng.chance(0.8) ? T(R, 'email', email(rng, p)) : '', skulder_ungefar: n.amount(`${rng.int(1, 90) * 10000} kr`), hushall: rng.int(1, 6), fritext: alt(rng, () => '', () => 'har betalningsanmärkningar', () => `min man ${TN(R, kin(rng, p), 'full')} vet inte om detta`, () => `hänvisad av ${n.lone(rng.pick(LONE))} på soc`) }, userAgent: ua(rng), receivedAt: isoTs(rng, date(rng)) };
      L.push(JSON.stringify(rec));
    }
    put(C, f, `${L.join('\n')}\n`);
  }

  // 9. Budget calculation (JSON).
  {
    const f = 'skuld/budgetberakningar.json'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const out = clients.slice(0, 30).map((c) => {
      C.joined(f, c.given, c.last);
      return { arende: n.id('case-number', c.caseNo), sokande: { fornamn: c.given, efternamn: c.last, personnummer: T(R, 'personnummer', c.pn) },
        hushall: Array.from({ length: rng.int(0, 3) }, () => { const m = kin(rng, c); return { namn: TN(R, m, 'full'), fodelsear: rng.int(2008, 2024), roll: 'barn' }; }),
        inkomster: { lon: rng.int(0, 35000), barnbidrag: rng.pick([0, 1250, 2650]), bostadsbidrag: rng.int(0, 4000) }, utgifter: { hyra: rng.int(4000, 11000), el: rng.int(300, 1200), forsakring: rng.int(150, 500) },
        konto: { clearing: n.id('clearing-number', clearing(rng)), nummer: n.id('bank-account', account(rng)) }, handlaggare: TN(R, c.h, 'full', 'staff') };
    });
    put(C, f, jsonText({ version: n.id('version', '3.4.1'), berakningar: out }));
  }

  // 10. Phone system call log (CSV).
  {
    const f = 'skuld/telefoni_samtalslogg.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['CallId', 'Start', 'Riktning', 'A-nummer', 'B-nummer', 'Anknytning', 'Användare', 'Längd (s)', 'Kö', 'Resultat']];
    const ext = new Map(staff.map((s) => [s.full, String(g.int(4100, 4199))]));
    for (let i = 0; i < 200; i++) {
      const s = rng.pick(staff); const inbound = rng.chance(0.7);
      const cust = T(R, 'phone', phone(rng, rng.chance(0.05) ? 'foreign' : rng.chance(0.8) ? 'mobile' : 'landline', rng.pick(['e164', 'e164', 'compact', 'plain46'])));
      const sw = R.n('phone', 'switchboard', o.switchboard.replace(/[ -]/g, ''));
      rows.push([n.id('call-id', alnum(rng, 12)), `${date(rng, '2026-10-01', '2026-11-22')} ${hms(rng)}`, inbound ? 'In' : 'Ut', inbound ? cust : sw, inbound ? sw : cust, n.id('extension', ext.get(s.full)), TN(R, s, 'full', 'staff'), String(rng.int(0, 1800)), 'Budget och skuld', rng.pick(['Besvarat', 'Besvarat', 'Ej besvarat', 'Röstbrevlåda'])]);
    }
    put(C, f, csv(rows, { sep: ';' }));
  }

  // 11. Referral from social services (HTML-only .eml).
  {
    const f = 'skuld/remiss_fran_socialtjansten.eml'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const sender = person(rng, { cp1252: true }); const se = workEmail(sender, 'alvdala.se');
    const rowsH = [];
    for (let i = 0; i < 16; i++) { const p = person(rng); rowsH.push(`<tr><td>${htmlEsc(TN(R, p, 'full'))}</td><td>${htmlEsc(T(R, 'personnummer', pnr(rng, { minYear: 1960, maxYear: 2004 })))}</td><td>${htmlEsc(T(R, 'phone', phone(rng)))}</td><td>${rng.pick(['hyresskuld', 'vräkningshot', 'spelskulder', 'sms-lån'])}</td></tr>`); }
    const html = `<html><body><p>Hej!</p><p>Här kommer veckans remisser från försörjningsstöd. Samtycke finns för samtliga.</p><table border="1" cellpadding="3"><tr><th>Namn</th><th>Personnummer</th><th>Telefon</th><th>Orsak</th></tr>${rowsH.join('')}</table><p>Hälsningar<br>${htmlEsc(R.t('name', sender.full, 'signature'))}<br>Socialsekreterare<br>${htmlEsc(T(R, 'phone', phone(rng, 'landline', 'dash')))}</p><p style="font-size:8pt">${htmlEsc(footer(R, o, ['orgnr', 'switchboard']))}</p></body></html>`;
    put(C, f, htmlEml({ from: [R.t('name', sender.full, 'header-display'), R.t('email', se, 'staff-work')], to: [['Budget och skuld', role(R, o, 0)]], cc: [['Socialtjänsten', role(R, o, 4)]], subject: 'Remisser v. 47', date: rfcDate('2026-11-20', '08:02:11'), id: `${alnum(rng, 20)}@alvdala.se`, html, enc: 'qp' }));
  }

  // 12. Archive zip with a zip inside.
  {
    const f = 'skuld/arkiv_avslutade_2024.zip'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const a = [['arende;namn;personnummer;telefon;avslutsorsak']];
    for (let i = 0; i < 60; i++) { const p = person(rng); a.push([`${n.id('case-number', `BSR-2024-${num(rng, 4)}`)};${TN(R, p, 'surname-first')};${T(R, 'personnummer', pnr(rng))};${T(R, 'phone', phone(rng))};${rng.pick(['skuldsanering beviljad', 'avbrutet', 'avbetalningsplan klar', 'flyttat'])}`]); }
    const t1 = a.map((r) => r[0]).join('\r\n');
    const notes = ['gallringsnoteringar 2024', ''];
    for (let i = 0; i < 25; i++) { const p = person(rng); notes.push(`${dotDate(date(rng, '2024-01-01', '2024-12-20'))} ${TN(R, p, rng.pick(['full', 'lower']))} - akt gallrad, ${rng.chance(0.5) ? `kopia till ${T(R, 'email', email(rng, p))}` : 'ingen kopia'}`); }
    const t2 = notes.join('\n');
    const innerZip = zip([{ name: 'gallring/anteckningar.txt', data: t2 }]);
    C.put(f, zip([{ name: 'avslutade_2024.csv', data: t1 }, { name: 'gallring.zip', data: innerZip }]), `${t1}\n${t2}`);
  }
}
