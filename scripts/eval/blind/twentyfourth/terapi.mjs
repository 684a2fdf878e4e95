// Twenty-fourth blind set — a psychology and therapy practice: Psykologmottagningen Ekhagen AB. Bookings, incoming
// referrals (XML), journal excerpts written fast, invoice workbook, secure-message export, booking confirmations
// (HTML-only), a forwarded referral with a CSV attachment, the reception's mailbox, receipts (PDF), waiting list
// (TSV), clinicians' vCards, video-session log, web intake form, consent forms (.docx).
import { Rng, person, people, kin, nameAs, nameStyle, NM, pnr, phone, email, workEmail, T, org, footer, role, server, nears, date, dotDate, slashDate, hhmm, hms, addDays,
  num, safe, alnum, kr, ocr, ipVal, csv, xlsx, docx, eml, mbox, rfcDate, pdfLines, folded, jsonText, putW, htmlEml, H, xmlEsc, LONE, LOOKALIKE, vcardEsc, p2, letters } from './core.mjs';

const O = { name: 'Psykologmottagningen Ekhagen AB', domain: 'ekhagenpsykologi.se' };
const CLINICS = ['Vårdcentralen Tallbacken', 'Vårdcentralen Norra Station', 'Studenthälsan', 'Företagshälsan Previa Väst', 'BUP Mottagning Syd', 'Ungdomsmottagningen Centrum'];
const TYPES = ['Första besök', 'KBT', 'Uppföljning', 'Videosamtal', 'Parsamtal', 'Neuropsykiatrisk utredning', 'EMDR'];

function world() {
  const rng = new Rng('terapi/world');
  const o = org(rng, { ...O, area: '31', roles: ['reception', 'info', 'noreply', 'faktura', 'remiss'] });
  const staff = people(rng, 9, { cp1252: true }).map((p) => ({ p, direct: phone(rng, 'landline', 'grouped'), mail: workEmail(p, O.domain), leg: num(rng, 6) }));
  return { o, staff };
}
const W = world();
const patient = (rng, opts = {}) => { const p = person(rng, opts); return { p, id: pnr(rng, { minYear: opts.minYear ?? 1950, maxYear: opts.maxYear ?? 2008, samord: rng.chance(0.03) }), ph: phone(rng, rng.chance(0.92) ? 'mobile' : 'landline'), em: email(rng, p) }; };
const patients = (rng, n, opts = {}) => people(rng, n, opts).map((p) => ({ p, id: pnr(rng, { minYear: 1950, maxYear: 2008, samord: rng.chance(0.03) }), ph: phone(rng, rng.chance(0.92) ? 'mobile' : 'landline'), em: email(rng, p) }));
const clin = (rng) => rng.pick(W.staff);

function bokningar(C) {
  const file = 'terapi/bokningar_2026.csv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Boknings-ID', 'Datum', 'Tid', 'Behandlare', 'Patient', 'Personnummer', 'Mobil', 'E-post', 'Typ', 'Betalt', 'Anteckning']];
  for (const x of patients(rng, 150)) {
    const c = clin(rng); const d = date(rng);
    const nm = nameAs(x.p, nameStyle(rng));
    let note = rng.pick(['', '', '', 'Frikort', 'Vill ha sms-påminnelse', 'Remiss saknas']);
    if (rng.chance(0.15)) note = `Avbokad av patienten.\nNy tid önskas v.${rng.int(2, 50)}. Ring ${T(R, 'phone', x.ph)}`;
    if (rng.chance(0.08)) note = `Förälder/vårdnadshavare:\n${NM(R, kin(rng, x.p), 'full', 'guardian')}, ${T(R, 'phone', phone(rng, 'mobile'))}`;
    rows.push([N.id('booking-id', `BK${num(rng, 7)}`), N.date(d), N.time(hhmm(rng)), NM(R, c.p, 'full', 'staff'), R.t('name', nm.value, nm.subtype), T(R, 'personnummer', x.id),
      rng.chance(0.9) ? T(R, 'phone', x.ph) : '', rng.chance(0.5) ? T(R, 'email', x.em) : '', rng.pick(TYPES), rng.pick(['Ja', 'Nej', 'Frikort', 'Faktura']), note]);
  }
  putW(C, file, csv(rows, { sep: ',', bom: true }));
}

function remisser(C) {
  const file = 'terapi/remisser_inkomna.xml'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<remisser exporterad="${N.date('2026-11-21')}" mottagare="${xmlEsc(O.name)}">`];
  for (let i = 0; i < 60; i++) {
    const x = patient(rng); const doc = person(rng); const cl = rng.pick(CLINICS);
    out.push(`  <remiss id="${N.id('referral-id', `REM-${num(rng, 6)}`)}" inkom="${date(rng)}">`,
      `    <avsandare><lakare>${xmlEsc(NM(R, doc, rng.pick(['full', 'full', 'surname-first'])))}</lakare><enhet>${xmlEsc(R.n('name', 'clinic', cl))}</enhet><hsaId>${N.id('hsa-id', `SE2321000131-E${num(rng, 9)}`)}</hsaId><telefon>${R.n('phone', 'switchboard', safe(() => `031-${rng.digits(3)} ${rng.digits(2)} 00`))}</telefon></avsandare>`,
      `    <patient><fornamn>${xmlEsc(x.p.given)}</fornamn><efternamn>${xmlEsc(x.p.last)}</efternamn><personnummer>${T(R, 'personnummer', x.id)}</personnummer><telefon>${T(R, 'phone', x.ph)}</telefon>${rng.chance(0.4) ? `<epost>${T(R, 'email', x.em)}</epost>` : ''}</patient>`);
    C.joined(file, x.p.given, x.p.last);
    if (rng.chance(0.25)) { const k = kin(rng, x.p); out.push(`    <narstaende relation="${rng.pick(['make', 'maka', 'mor', 'far', 'sambo'])}"><namn>${xmlEsc(NM(R, k, 'full', 'relative'))}</namn><telefon>${T(R, 'phone', phone(rng, 'mobile'))}</telefon></narstaende>`); }
    out.push(`    <fragestallning>${xmlEsc(rng.pick(['Utredning av ADHD. ', 'Ångest och sömnproblem sedan 6 mån. ', 'Depression, behov av KBT. ', 'Krisreaktion efter trafikolycka. ']))}${xmlEsc(rng.chance(0.3) ? `Pat önskar kvinnlig behandlare. ${N.lone(x.p.first)} har tidigare träffat kurator.` : '')}</fragestallning>`,
      `    <diagnos>${N.id('icd10', rng.pick(['F41.1', 'F32.1', 'F43.1', 'F90.0', 'F51.0', 'Z73.0']))}</diagnos>`, '  </remiss>');
  }
  out.push('</remisser>');
  C.put(file, `${out.join('\n')}\n`);
}

function journal(C) {
  const file = 'terapi/journalutdrag_snabbanteckningar.txt'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const out = [`Journalutdrag – export för tillsyn ${N.date('2026-11-02')} – ${O.name}`, `Exporterad av: ${NM(R, W.staff[0].p, 'full', 'staff')}`, ''];
  for (let i = 0; i < 90; i++) {
    const x = patient(rng); const c = clin(rng); const d = date(rng);
    const yymmdd = d.slice(2).replace(/-/g, '');
    out.push(`--- ${N.id('date-compact', yymmdd)} ${c.p.first[0]}${c.p.last[0]} / ${NM(R, x.p, rng.pick(['surname-first-caps', 'caps', 'surname-first']))} ${T(R, 'personnummer', x.id)}`);
    R.n('name', 'initials', `${c.p.first[0]}${c.p.last[0]}`);
    const k = kin(rng, x.p); const v = rng.int(0, 5);
    if (v === 0) out.push(`sess ${rng.int(1, 12)} kbt. pat uppger sömn ca 4h/natt, oro ++. sambo ${NM(R, k, 'lower', 'lower')} följde med, satt i väntrum. hemuppg: sömndagbok.`);
    else if (v === 1) out.push(`tel.samtal m pat ${T(R, 'phone', x.ph)}. mår sämre sen förra v. ingen suicidrisk enl pat. ny tid ${N.date(slashDate(addDays(d, 7)))}.`);
    else if (v === 2) out.push(`pratat m mamma ${N.lone(k.first)} (ej närvarande vid sess). pat vill att ${NM(R, k, 'full', 'running-text')} ${T(R, 'phone', phone(rng, 'mobile'))} kontaktas vid uteblivet besök.`);
    else if (v === 3) out.push(`enl. remiss fr ${R.n('name', 'clinic', rng.pick(CLINICS))} (dr ${NM(R, person(rng), 'full', 'running-text')}) – utredn påbörjad. WAIS-IV adm. resultat ${rng.int(80, 125)}.`);
    else if (v === 4) out.push(`uteblev. skickat sms till ${T(R, 'phone', x.ph)} + mejl ${T(R, 'email', x.em)}. debiteras enl regler ${N.amount(`${rng.int(3, 9)}00 kr`)}.`);
    else out.push(`avslut. pat nöjd, PHQ-9 ${rng.int(2, 9)} (fr ${rng.int(14, 24)}). brev t remittent ${R.n('name', 'clinic', rng.pick(CLINICS))}. /${c.p.first.toLowerCase()}`), N.lower(`/${c.p.first.toLowerCase()}`);
  }
  C.put(file, `${out.join('\n')}\n`);
}

function fakturor(C) {
  const file = 'terapi/fakturalista_2026.xlsx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const creator = NM(R, W.staff[1].p, 'full', 'xlsx-creator');
  const f = [['Fakturanr', 'Patient', 'Personnummer', 'Belopp', 'OCR', 'Förfallodatum', 'Status']];
  const list = patients(rng, 140);
  for (const x of list.slice(0, 95)) f.push([N.id('invoice-number', num(rng, 7)), NM(R, x.p, rng.pick(['surname-first', 'surname-first', 'full', 'surname-first-caps'])), T(R, 'personnummer', x.id),
    N.amount(kr(rng, 200, 2400)), N.id('ocr', ocr(rng, 12)), N.date(date(rng)), rng.pick(['Betald', 'Obetald', 'Påminnelse 1', 'Inkasso'])]);
  const r = [['Fakturanr', 'Namn', 'Adress', 'Telefon', 'Påminnelse skickad']];
  for (const x of list.slice(95, 120)) r.push([N.id('invoice-number', num(rng, 7)), NM(R, x.p, 'full'), `${rng.pick(['Övre Husargatan', 'Linnégatan', 'Aschebergsgatan'])} ${rng.int(1, 60)}`, T(R, 'phone', x.ph), N.date(date(rng))]);
  const fk = [['Frikortsnummer', 'Namn', 'Personnummer', 'Giltigt fr.o.m.', 'Giltigt t.o.m.']];
  for (const x of list.slice(120)) { const d = date(rng); fk.push([N.id('frikort-number', `FK${num(rng, 8)}`), NM(R, x.p, 'caps'), T(R, 'personnummer', x.id), N.date(d), N.date(addDays(d, 364))]); }
  putW(C, file, xlsx([{ name: 'Fakturor', rows: f }, { name: 'Påminnelser', rows: r }, { name: 'Frikort', rows: fk },
    { name: 'Info', rows: [['Bankgiro', R.n(null, 'bankgiro', W.o.bg)], ['Org.nr', R.n('personnummer', 'organisationsnummer', W.o.orgnr)], ['Kontakt', role(R, W.o, 3)]] }], { creator }));
}

function sakra(C) {
  const file = 'terapi/sakra_meddelanden_export.json'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const threads = [];
  for (let i = 0; i < 35; i++) {
    const x = patient(rng); const c = clin(rng);
    const th = { threadId: N.id('thread-id', `${alnum(rng, 8)}-${alnum(rng, 4)}`.toLowerCase()), subject: rng.pick(['Ombokning', 'Fråga om intyg', 'Kvitto', 'Hur mår du?', 'Hemuppgift']),
      patient: { displayName: NM(R, x.p, 'full'), personalIdentityNumber: T(R, 'personnummer', ((v) => ({ value: v, subtype: x.id.subtype === 'samordningsnummer' ? x.id.subtype : v.length === 12 ? 'pnr-long' : 'pnr-compact' }))(x.id.value.replace(/[- ]/g, ''))) },
      caregiver: { name: NM(R, c.p, 'full', 'staff'), title: 'Leg. psykolog', hsaId: N.id('hsa-id', `SE2321000131-P${num(rng, 9)}`) }, messages: [] };
    for (let k = 0; k < rng.int(1, 4); k++) {
      const fromPat = k % 2 === 0;
      const body = fromPat ? rng.pick([() => `Hej! Kan vi flytta tiden på torsdag? Nås på ${T(R, 'phone', x.ph)}. /${x.p.first}`, () => 'Tack för senast.', () => `Jag behöver ett intyg till min arbetsgivare, min chef heter ${NM(R, person(rng), 'full', 'running-text')}.`, () => `Min man ${NM(R, kin(rng, x.p), 'full', 'relative')} kan följa med nästa gång?`])()
        : rng.pick([() => `Hej ${x.p.first}, det går bra. Ny tid ${N.date(date(rng))} kl ${N.time(hhmm(rng))}. Hälsningar ${c.p.full}`, () => 'Intyget är skickat via 1177.', () => `Ring mottagningen ${R.n('phone', 'switchboard', W.o.switchboard)} om du behöver akut hjälp.`])();
      th.messages.push({ sender: fromPat ? 'PATIENT' : 'CAREGIVER', sentAt: `${date(rng)}T${hms(rng)}+01:00`, body, read: rng.chance(0.8) });
    }
    threads.push(th);
  }
  C.put(file, jsonText({ exportedAt: '2026-11-20T08:00:00+01:00', unit: O.name, threads }));
}

function bekraftelser(C) {
  for (const n of [3]) {
    const file = `terapi/bokningsbekraftelse_${n}.eml`; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
    const x = patient(rng); const c = clin(rng); const d = date(rng);
    const html = `<html><body style="font-family:Arial"><p>Hej ${H(N.lone(x.p.first))}!</p><p>Du har en bokad tid hos <b>${H(NM(R, c.p, 'full', 'staff'))}</b>, leg. psykolog, den ${H(N.date(d))} kl ${N.time(hhmm(rng))}.</p>
<table border="1"><tr><th>Namn</th><td>${H(NM(R, x.p, 'full'))}</td></tr><tr><th>Personnummer</th><td>${H(T(R, 'personnummer', x.id))}</td></tr><tr><th>Mobil</th><td>${H(T(R, 'phone', x.ph))}</td></tr><tr><th>Bokningsnr</th><td>${N.id('booking-id', `BK${num(rng, 7)}`)}</td></tr></table>
<p>Adress: ${H(R.n('name', 'street-named-like-person', rng.pick(LOOKALIKE)))} ${rng.int(2, 40)}, Göteborg. Avbokning senast 24 timmar innan på ${H(R.n('phone', 'switchboard', W.o.switchboard))} eller <a href="mailto:${role(R, W.o, 0)}">${W.o.roles[0]}</a>.</p>
<p style="color:#888">${H(footer(R, W.o, ['orgnr', 'bg']))}</p></body></html>`;
    const to = [[n === 2 ? '' : R.t('name', x.p.full, 'header-display'), T(R, 'email', x.em)]];
    R.n('email', 'role-email', W.o.roles[2]);
    putW(C, file, htmlEml({ from: [O.name, W.o.roles[2]], to, subject: `Bokningsbekräftelse ${d}`, date: rfcDate(d, '07:30:00'), id: `${alnum(rng, 16)}@mail.${O.domain}`, html, enc: n === 3 ? 'qp' : 'b64' }));
  }
}

function vidarebefordrad(C) {
  const file = 'terapi/fwd_remiss_med_bilaga.eml'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const s = W.staff[2]; const doc = person(rng); const sec = person(rng);
  const rows = [['Namn', 'Personnummer', 'Telefon', 'Önskad start']];
  for (const x of patients(rng, 18)) rows.push([NM(R, x.p, 'surname-first'), T(R, 'personnummer', x.id), T(R, 'phone', x.ph), N.date(date(rng))]);
  const att = csv(rows, { sep: ';' });
  const docMail = R.t('email', `${doc.first.toLowerCase().replace(/[^a-z]/g, '')}.${doc.last.toLowerCase().replace(/[^a-z]/g, '')}@vgregion.se`, 'work');
  const text = [`Hej ${N.lone(s.p.first)},`, '', 'Vidarebefordrar listan från vårdcentralen, se bilaga. Kan du prioritera?', '', `/${NM(R, sec, 'full', 'signature')}`, `Medicinsk sekreterare, ${O.name}`,
    '', '---------- Vidarebefordrat meddelande ----------', `Från: ${NM(R, doc, 'full', 'header-display')} <${docMail}>`, `Datum: ${N.date('2026-10-14')}`, 'Ämne: Patienter för KBT-behandling',
    '', 'Hej,', `Bifogar ${rows.length - 1} patienter som vi vill remittera. Ring mig på ${T(R, 'phone', phone(rng, 'landline'))} vid frågor.`, '', 'Mvh', doc.full, R.n('name', 'clinic', CLINICS[0])].join('\n');
  putW(C, file, eml({ from: [R.t('name', sec.full, 'header-display'), R.t('email', workEmail(sec, O.domain), 'staff-work')], to: [[R.t('name', s.p.full, 'header-display'), R.t('email', s.mail, 'staff-work')]],
    subject: 'VB: Patienter för KBT-behandling', date: rfcDate('2026-10-14', '11:02:00'), id: `${alnum(rng, 12)}@${O.domain}`, text, enc: 'qp', hdrMode: 'B',
    attachments: [{ name: 'remisslista_vc.csv', type: 'text/csv; charset=utf-8', data: att.bytes, text: att.text }] }));
}

function inkorg(C) {
  const file = 'terapi/inkorg_reception.mbox'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const msgs = [];
  for (let i = 0; i < 40; i++) {
    const x = patient(rng); const d = date(rng); const v = rng.int(0, 4);
    let from; let body; let subject;
    if (v === 0) { from = [R.t('name', x.p.full, 'header-display'), T(R, 'email', x.em)]; subject = 'Avbokning'; body = `Hej,\nJag måste tyvärr avboka min tid ${N.date(dotDate(d))}. Mitt personnummer ${T(R, 'personnummer', x.id)}.\n\nMvh\n${NM(R, x.p, 'full', 'signature')}\n${T(R, 'phone', x.ph)}`; }
    else if (v === 1) { const ins = person(rng); from = [R.t('name', ins.full, 'header-display'), R.t('email', workEmail(ins, rng.pick(['skandia.se', 'euroaccident.se', 'if.se'])), 'work')]; subject = `Sjukvårdsförsäkring skadenr ${N.id('claim-number', `${letters(rng, 2)}${num(rng, 8)}`)}`;
      body = `Hej,\nVi har beviljat ${rng.int(5, 10)} samtal för vår kund ${NM(R, x.p, 'full', 'running-text')} (${T(R, 'personnummer', x.id)}). Faktura skickas till ${R.n('email', 'role-email', 'fakturor@forsakring.example')}.\n\nMed vänlig hälsning\n${ins.full}\nSkadereglerare`; }
    else if (v === 2) { from = ['', T(R, 'email', x.em)]; subject = 'appointment'; body = `Hi, this is ${NM(R, x.p, rng.pick(['full', 'lower']), 'self-intro')}. I was referred by my GP and would like to book an appointment in English. You can reach me at ${T(R, 'phone', rng.chance(0.4) ? phone(rng, 'foreign') : x.ph)}.\nThanks!`; }
    else if (v === 3) { const par = kin(rng, x.p); from = [R.t('name', par.full, 'header-display'), T(R, 'email', email(rng, par))]; subject = 'Angående min son/dotter';
      body = `Hej!\nJag är vårdnadshavare till ${NM(R, x.p, 'full', 'running-text')} (personnummer ${T(R, 'personnummer', x.id)}). Hen står i kö sedan i våras. Finns det någon tid?\n\n${NM(R, par, 'full', 'signature')}\n${T(R, 'phone', phone(rng, 'mobile'))}`; }
    else { from = [R.t('name', x.p.full, 'header-display'), T(R, 'email', x.em)]; subject = 'Sv: Kallelse';
      body = `ok tack, jag kommer.\n\n/${N.lone(x.p.first)}\n\n> ${W.o.roles[0]} skrev ${N.date(dotDate(addDays(d, -3)))}:\n> Välkommen till ${O.name}. Ta med legitimation.`; R.n('email', 'role-email', W.o.roles[0]); }
    R.n('email', 'role-email', W.o.roles[0]);
    msgs.push({ from, to: [[O.name, W.o.roles[0]]], subject, date: rfcDate(d, hms(rng)), id: `${alnum(rng, 20)}@mx.example`, text: body, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
  }
  putW(C, file, mbox(msgs));
}

function kvitton(C) {
  const file = 'terapi/kvitton_oktober.pdf'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (const x of patients(rng, 60, { cp1252: true })) {
    const c = clin(rng);
    lines.push({ text: `KVITTO ${N.id('receipt-number', `K-${num(rng, 6)}`)}`, bold: true }, `${O.name}, org.nr ${R.n('personnummer', 'organisationsnummer', W.o.orgnr)}`,
      `Patient: ${NM(R, x.p, rng.pick(['full', 'caps']))}   Pnr: ${T(R, 'personnummer', x.id)}`, `Behandlare: ${NM(R, c.p, 'full', 'staff')}, leg.nr ${N.id('license-number', c.leg)}`,
      `Besök ${N.date(date(rng))}  ${rng.pick(TYPES)}  ${N.amount(`${rng.pick(['250', '400', '0', '1 200'])},00 kr`)}  Betalt med ${rng.pick(['kort', 'Swish', 'faktura'])}`, '');
  }
  putW(C, file, pdfLines(lines, { per: 48, title: 'Kvitton oktober' }));
}

function vantelista(C) {
  const file = 'terapi/vantelista.tsv'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const rows = [['Väntelista KBT – utskriven ' + N.date('2026-11-23')], ['Prio', 'Anmäld', 'Efternamn', 'Förnamn', 'Personnr', 'Telefon', 'Önskemål']];
  for (const x of patients(rng, 100)) {
    C.joined(file, x.p.given, x.p.last);
    rows.push([String(rng.int(1, 3)), N.date(date(rng, '2025-09-01', '2026-11-20')), x.p.last, x.p.given, T(R, 'personnummer', x.id), T(R, 'phone', x.ph),
      rng.pick(['', 'Förmiddag', 'Ej måndagar', 'Video', 'Kvinnlig behandlare', 'Tolk: dari', 'Tolk: tigrinja'])]);
  }
  C.put(file, rows.map((r) => r.join('\t')).join('\r\n') + '\r\n');
}

function vcf(C) {
  const file = 'terapi/behandlare_och_kontakter.vcf'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (const s of W.staff) lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${vcardEsc(s.p.last)};${vcardEsc(s.p.given)};;;`, `FN:${R.t('name', s.p.full, 'vcard-fn')}`, `ORG:${vcardEsc(O.name)}`, 'TITLE:Leg. psykolog',
    `TEL;TYPE=WORK,VOICE:${T(R, 'phone', { value: s.direct.value, subtype: 'staff-direct' })}`, `EMAIL;TYPE=INTERNET:${R.t('email', s.mail, 'staff-work')}`, `NOTE:Leg.nr ${N.id('license-number', s.leg)}`, 'END:VCARD');
  for (let i = 0; i < 30; i++) {
    const p = person(rng); const cl = rng.pick(CLINICS);
    lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${vcardEsc(p.last)};${vcardEsc(p.given)};;;`, `FN:${R.t('name', p.full, 'vcard-fn')}`, `ORG:${R.n('name', 'clinic', cl)}`, `TITLE:${rng.pick(['Distriktsläkare', 'Kurator', 'Skolsköterska', 'Handläggare Försäkringskassan'])}`,
      `TEL;TYPE=CELL:${T(R, 'phone', phone(rng, 'mobile'))}`, `TEL;TYPE=WORK:${R.n('phone', 'switchboard', safe(() => `031-${rng.digits(3)} ${rng.digits(2)} 00`))}`, `EMAIL:${T(R, 'email', { value: workEmail(p, rng.pick(['vgregion.se', 'goteborg.se', 'forsakringskassan.se'])), subtype: 'work' })}`, 'END:VCARD');
  }
  putW(C, file, folded(lines));
}

function video(C) {
  const file = 'terapi/videosamtal_sessions.log'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 110; i++) {
    const x = patient(rng); const c = clin(rng); const d = date(rng); const sid = N.id('session-id', `vs-${alnum(rng, 10).toLowerCase()}`);
    const ip = T(R, 'ip', ipVal(rng));
    lines.push(`${d} ${hms(rng)} INFO  room=${sid} join role=host name="${R.t('name', c.p.full, 'log-user')}" ip=${server(R, W.o, 0)}`);
    lines.push(`${d} ${hms(rng)} INFO  room=${sid} join role=guest name="${NM(R, x.p, rng.pick(['full', 'full', 'lower', 'short']), 'log-user')}" ip=${ip} ua=${rng.pick(['Safari/17', 'Chrome/124', 'Firefox/126'])}`);
    if (rng.chance(0.2)) lines.push(`${d} ${hms(rng)} WARN  room=${sid} ice-restart peer=${ip} relay=${server(R, W.o, 1)}`);
    if (rng.chance(0.15)) lines.push(`${d} ${hms(rng)} INFO  room=${sid} sms-link sent to=${T(R, 'phone', { value: x.ph.value.startsWith('+') ? x.ph.value : x.ph.value, subtype: x.ph.subtype })}`);
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function intag(C) {
  const file = 'terapi/intag_webbformular.ndjson'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const lines = [];
  for (let i = 0; i < 70; i++) {
    const x = patient(rng, { maxYear: 2010, minYear: 1955 });
    const e = { form: 'intag-v3', submitted: `${date(rng)}T${hms(rng)}Z`, id: N.id('form-id', `${num(rng, 9)}`), ip: T(R, 'ip', ipVal(rng)),
      fields: { fornamn: x.p.given, efternamn: x.p.last, personnummer: T(R, 'personnummer', x.id), mobil: T(R, 'phone', x.ph), epost: T(R, 'email', x.em),
        orsak: rng.pick(['Ångest', 'Nedstämdhet', 'Stress/utmattning', 'Relationsproblem', 'Sömn']), remiss: rng.chance(0.4) ? 'ja' : 'nej' }, consent: true };
    C.joined(file, x.p.given, x.p.last);
    if (rng.chance(0.3)) { const k = kin(rng, x.p); e.fields.narmaste_anhorig = `${NM(R, k, rng.pick(['full', 'lower']), 'relative')} ${T(R, 'phone', phone(rng, 'mobile'))}`; }
    if (rng.chance(0.1)) e.fields.ovrigt = `Ring inte till jobbet (${R.n('phone', 'switchboard', safe(() => `08-${rng.digits(3)} ${rng.digits(2)} 00`))}).`;
    lines.push(JSON.stringify(e));
  }
  C.put(file, `${lines.join('\n')}\n`);
}

function samtycke(C) {
  const file = 'terapi/samtycken_ungdomar.docx'; const rng = new Rng(file); const R = C.at(file); const N = nears(R, rng);
  const creator = NM(R, W.staff[3].p, 'full', 'docx-creator');
  const blocks = [{ h: `Samtycke till behandling – ungdomar 15–17 år` }, `${O.name}, ${R.n('name', 'street-named-like-person', rng.pick(LOOKALIKE))} 7, Göteborg`];
  for (let i = 0; i < 24; i++) {
    const x = patient(rng, { minYear: 2009, maxYear: 2011 }); const g1 = kin(rng, x.p); const g2 = person(rng, { origin: x.p.origin });
    blocks.push({ h: `Patient: ${NM(R, x.p, 'full')}` }, { table: [['Personnummer', T(R, 'personnummer', x.id)], ['Vårdnadshavare 1', NM(R, g1, 'full', 'guardian')], ['Telefon', T(R, 'phone', phone(rng, 'mobile'))],
      ['Vårdnadshavare 2', NM(R, g2, rng.pick(['full', 'surname-first']), 'guardian')], ['E-post', T(R, 'email', email(rng, g2))]] },
    `Underskrift: ____________  Datum: ${N.date(dotDate(date(rng)))}`, `Behandlare: ${NM(R, clin(rng).p, 'full', 'staff')}`);
  }
  putW(C, file, docx(blocks, { creator }));
}

export default function build(C) {
  bokningar(C); remisser(C); journal(C); fakturor(C); sakra(C); bekraftelser(C); vidarebefordrad(C); inkorg(C); kvitton(C); vantelista(C); vcf(C); video(C); intag(C); samtycke(C);
}
