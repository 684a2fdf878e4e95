// Solgläntans barnhemsjukvård — a home-health nursing service for children: enrolled children and guardians,
// medication lists, nurses' visit notes written fast, visit calendar, drive log, SMS reminders, a Teams chat export,
// guardians' mail, referrals, care plans, staff vCards, a journal print-out, an archive of closed cases.
import { Rng, ctx, org, people, staff, person, kin, cp1252ok, csv, xlsx, docx, mbox, zip, rfcDate, footer, pdfLines, folded, vcard, jsonOut, textOut, htmlEsc, htmlToText,
  date, dotDate, hhmm, hms, num, letters, alnum, street, postcode, CITIES, LONE, p2, svDate, uuid, regnr } from './core.mjs';

const D = 'solglantan-bhv.se';
const O = org(new Rng('barnhv/org'), { name: 'Solgläntans barnhemsjukvård', domain: D, area: '31', roles: ['kansli', 'info', 'noreply', 'samordning', 'lakemedel'] });
const NUR = staff(new Rng('barnhv/nurses'), 14, D, { minYear: 1960, maxYear: 1996 });
const DOC = staff(new Rng('barnhv/doctors'), 4, D, { minYear: 1958, maxYear: 1988 });
const REF = people(new Rng('barnhv/referrers'), 8, { minYear: 1955, maxYear: 1990, domain: 'vgregion.example' });
const KIDS = people(new Rng('barnhv/children'), 95, { minYear: 2009, maxYear: 2025 }).map((c) => ({ ...c, ph: null, mail: null }));
const FAM = new Map(KIDS.map((c) => { const r = new Rng(`barnhv/fam/${c.full}`); const g1 = kin(r, c, { minYear: 1975, maxYear: 2002 }); const g2 = r.chance(0.75) ? (r.chance(0.6) ? kin(r, c, { minYear: 1972, maxYear: 2002 }) : person(r, { minYear: 1972, maxYear: 2002 })) : null; return [c, [g1, g2].filter(Boolean)]; }));
const DX = ['E84.0 Cystisk fibros', 'G80.0 CP', 'Q90.9 Downs syndrom', 'P07.3 Prematur', 'C91.0 ALL', 'E10.9 Diabetes typ 1', 'G40.9 Epilepsi', 'K90.0 Celiaki', 'Q21.1 ASD'];
const DRUGS = ['Kreon 10 000 E', 'Salbutamol 0,1 mg/dos', 'Levetiracetam 100 mg/ml', 'Insulin aspart', 'Omeprazol 2 mg/ml', 'Paracetamol 24 mg/ml', 'Flutide 50 mikrog', 'Melatonin 1 mg/ml', 'Ondansetron 4 mg'];
const cpk = (arr) => arr.filter((c) => cp1252ok(c.full) && (FAM.get(c) ?? []).every((g) => cp1252ok(g.full + g.mail)));

function inskrivna(C) {
  const x = ctx(C, 'barnhv/patienter/inskrivna_barn.csv'); const { rng } = x;
  const rows = [['Efternamn', 'Förnamn', 'Personnummer', 'Vårdnadshavare 1', 'Tel VH1', 'Vårdnadshavare 2', 'Tel VH2', 'E-post', 'Diagnosgrupp', 'Ansv. ssk', 'Inskriven']];
  for (const c of cpk(KIDS).slice(0, 80)) {
    const [g1, g2] = FAM.get(c); const n = rng.pick(NUR.filter((p) => cp1252ok(p.full)));
    x.join(c.given, c.last);
    rows.push([c.last, c.given, x.pnr(c), x.nm(g1, rng.pick(['full', 'full', 'surname-first'])), x.tel(g1), g2 ? x.nm(g2) : '', g2 ? x.tel(g2) : '', x.mail(g1), x.n.id('icd-code', rng.pick(DX)), x.nm(n, 'short'), x.n.date(date(rng, '2023-01-01', '2026-11-01'))]);
  }
  x.put(csv(rows, { sep: ';', enc: 'cp1252' }));
}

function lakemedel(C) {
  const x = ctx(C, 'barnhv/patienter/lakemedelslistor.xlsx'); const { rng } = x;
  const lm = [['Barn', 'Personnummer', 'Läkemedel', 'Dos', 'Tider', 'Ordinerat av', 'Ordinationsdatum']];
  for (const c of KIDS.slice(0, 60)) for (let k = 0; k < rng.int(1, 3); k++) {
    lm.push([x.nm(c, rng.pick(['full', 'surname-first'])), x.pnr(c), rng.pick(DRUGS), x.n.id('dose', `${rng.int(1, 10)},${rng.pick(['0', '5'])} ${rng.pick(['ml', 'mg', 'E', 'doser'])}`), rng.pick(['08-14-20', '08-20', 'vb', '07-12-17-22']), x.nm(rng.pick(DOC), 'short'), x.n.date(date(rng, '2026-01-01', '2026-11-20'))]);
  }
  const sig = [['Datum', 'Barn', 'Givet av', 'Kontroll']];
  for (let i = 0; i < 70; i++) { const c = rng.pick(KIDS); sig.push([x.n.date(date(rng, '2026-11-01', '2026-11-20')), x.nm(c), x.nm(rng.pick(NUR), 'short'), rng.chance(0.5) ? x.nm(FAM.get(c)[0]) : 'ej']); }
  x.put(xlsx([{ name: 'Läkemedel', rows: lm }, { name: 'Signeringar', rows: sig }, { name: 'Läkare', rows: [['Läkare', 'Tel', 'E-post'], ...DOC.map((d) => [x.nm(d), x.tel(d), x.mail(d)])] }],
    { creator: x.nm(DOC[0], 'full', 'xlsx-creator') }));
}

function besok(C) {
  const x = ctx(C, 'barnhv/besok/besoksanteckningar_v45.txt'); const { rng } = x;
  const out = ['besöksanteckn v45 – skrivs in i journal sen!!', ''];
  for (let d = 2; d <= 8; d++) {
    const n = rng.pick(NUR);
    out.push(`-- ${d}/11 ${x.n.id('staff-initials', `${n.first[0]}${n.last[0]}`.toUpperCase())} --`);
    for (let i = 0; i < 9; i++) {
      const c = rng.pick(KIDS); const [g1, g2] = FAM.get(c);
      out.push(`${hhmm(rng, 7, 18)} ${rng.pick([
        () => `${x.nm(c, 'lower')} (${x.pnr(c)}) sat 9${rng.int(2, 9)}%, vikt ${rng.int(3, 30)},${rng.int(0, 9)} kg. mamma ${x.nm(g1)} hemma, oroliga för hosta`,
        () => `besök hos ${x.nm(c)}, ${x.n.lone(c.first)} sov hela besöket. pappa ${x.nm(g2 ?? g1, 'lower')} frågar om avlastning`,
        () => `bytt PEG, ok. vh ${x.nm(g1, 'short')} ${x.tel(g1)} vill ha ring innan nästa besök`, () => `ringde ${x.nm(g1, rng.pick(['lower', 'full']))} – ${x.n.lone(c.first)} feber 38,9, kontakt m ${x.nm(rng.pick(DOC), 'short')}`,
        () => `lilla ${x.nm(c)} ${x.n.id('age', `${rng.int(2, 11)} mån`)}, matning via sond ${rng.int(20, 90)} ml x ${rng.int(6, 8)}`, () => `${x.n.lone(rng.pick(LONE))} från kommunen med på besöket (LSS)`, () => `pnr på remissen ${x.n.badLuhn()} stämmer inte, ska vara ${x.pnr(c)}`,
        () => `insulin justerat enl. ${x.nm(rng.pick(DOC))}. mormor ${x.nm(kin(rng, c, { minYear: 1945, maxYear: 1965 }))} sköter kvällsdos`,
      ])()}`);
    }
    out.push('');
  }
  x.put(textOut(out.join('\n')));
}

function schema(C) {
  const x = ctx(C, 'barnhv/besok/besoksschema_nov.ics'); const { rng } = x;
  const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:Hembesök november'];
  for (let i = 0; i < 50; i++) {
    const c = rng.pick(KIDS); const [g1] = FAM.get(c); const n = rng.pick(NUR); const d = date(rng, '2026-11-23', '2026-12-18').replace(/-/g, ''); const h = rng.int(8, 16);
    L.push('BEGIN:VEVENT', `UID:${x.n.id('ics-uid', `${uuid(rng)}@google.com`, 'email')}`, `DTSTART:${d}T${p2(h - 1)}0000Z`, `DTEND:${d}T${p2(h)}0000Z`, `SUMMARY:Hembesök ${x.nm(c, 'short')}`,
      `LOCATION:${street(rng)}\\, ${x.n.postcode(postcode(rng))} ${rng.pick(['Göteborg', 'Mölndal', 'Partille', 'Kungälv'])}`,
      `DESCRIPTION:Vårdnadshavare ${x.nm(g1)} ${x.tel(g1)}. Portkod ${x.n.id('door-code', String(rng.int(1000, 9999)))}. ${rng.pick(['Provtagning', 'Läkemedelsgenomgång', 'Sondbyte', 'Viktkontroll'])}.`,
      `ATTENDEE;CN=${x.nm(n, 'short', 'ics-cn')}:mailto:${x.mail(n)}`, 'END:VEVENT');
  }
  L.push('END:VCALENDAR');
  x.put(folded(L));
}

function korjournal(C) {
  const x = ctx(C, 'barnhv/besok/korjournal_oktober.csv'); const { rng } = x;
  const rows = [['Datum', 'Förare', 'Bil', 'Från', 'Till', 'Ärende', 'Km start', 'Km slut']];
  let km = 41230;
  for (let i = 0; i < 110; i++) { const n = rng.pick(NUR); const c = rng.pick(KIDS); const k = rng.int(4, 60); rows.push([x.n.date(date(rng, '2026-10-01', '2026-10-31')), x.nm(n, 'short'), x.n.id('vehicle-registration', regnr(rng)), 'Kontoret', street(rng), rng.chance(0.6) ? `Besök ${x.nm(c, 'short')}` : 'Apoteket', km, km + k]); km += k; }
  x.put(csv(rows, { sep: ',', eol: '\n' }));
}

function sms(C) {
  const x = ctx(C, 'barnhv/kommunikation/sms_paminnelser.log'); const { rng } = x;
  const out = [`# smsgw export sender=${x.n.id('sms-sender', 'Solglantan')} account=${x.n.id('account-id', `acc_${alnum(rng, 10).toLowerCase()}`)}`];
  for (let i = 0; i < 150; i++) {
    const c = rng.pick(KIDS); const g = rng.pick(FAM.get(c));
    if (typeof g.ph === 'string' || g.ph.kind !== 'mobile') continue;
    const d = date(rng, '2026-11-01', '2026-11-24');
    out.push(`${d}T${hms(rng)}+01:00|OUT|${x.tel(g, 'plain46')}|${rng.pick(['DELIVERED', 'DELIVERED', 'FAILED'])}|"Påminnelse: hembesök för ${x.n.lone(c.first)} ${x.n.date(dotDate(date(rng, '2026-11-25', '2026-12-15')).slice(0, 5))} kl ${rng.int(8, 16)}. Svara NEJ för att avboka. /Solgläntan"`);
    if (rng.chance(0.2)) out.push(`${d}T${hms(rng)}+01:00|IN|${x.tel(g, 'plain46')}|RECEIVED|"${(rng.chance(0.25) ? `kan ni komma senare? /${x.nm(g, 'short', 'signature')}` : rng.pick(['NEJ', 'Ok tack', 'nej hon är sjuk']))}"`);
  }
  x.put(textOut(`${out.join('\n')}\n`));
}

function teams(C) {
  const x = ctx(C, 'barnhv/kommunikation/teams_sjukskoterskor.json'); const { rng } = x;
  const msgs = [];
  for (let i = 0; i < 45; i++) {
    const n = rng.pick(NUR); const c = rng.pick(KIDS); const [g1] = FAM.get(c); const d = date(rng, '2026-11-01', '2026-11-22');
    const body = rng.pick([
      () => `<p>Kan någon ta ${x.nm(c)} imorgon fm? Jag är hos ${x.nm(rng.pick(KIDS))}.</p>`, () => `<p>${x.nm(g1)} ringde, de vill flytta till 14.</p>`,
      () => `<p>OBS ny dos för <b>${x.nm(c, 'short')}</b> enl ${x.nm(rng.pick(DOC), 'short')}</p>`, () => '<p>👍</p>', () => `<p>${x.n.lone(rng.pick(NUR).first)} har nyckeln till bil ${x.n.id('vehicle-registration', regnr(rng))}</p>`,
      () => `<p>vh nr: ${x.tel(g1)}</p>`,
    ])();
    msgs.push({ id: num(rng, 13), createdDateTime: `${d}T${hms(rng)}.${rng.digits(3)}Z`, from: { user: { id: uuid(rng), displayName: x.nm(n, 'short', 'chat-speaker'), userIdentityType: 'aadUser' } },
      body: { contentType: 'html', content: body }, mentions: [] });
  }
  const o = { '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Ameeting')/messages", value: msgs };
  const s = JSON.stringify(o, null, 2);
  x.put({ bytes: Buffer.from(s, 'utf8'), text: s });
}

function foraldrarMbox(C) {
  const x = ctx(C, 'barnhv/kommunikation/foraldrar.mbox'); const { rng } = x;
  const msgs = [];
  for (let i = 0; i < 26; i++) {
    const c = rng.pick(KIDS); const [g1] = FAM.get(c); const n = rng.pick(NUR); const d = date(rng, '2026-10-01', '2026-11-22');
    const text = `Hej ${x.n.lone(n.first)}!\n\n${rng.pick([
      () => `${x.n.lone(c.first)} har haft feber sedan i natt, 39,2. Ska vi ge extra Alvedon? Hans personnummer om ni behöver: ${x.pnr(c)}`,
      () => `Vi är bortresta v.49, kan besöket flyttas? Hälsningar från ${x.nm(c, 'short')}s familj`.replace(/s familj$/, ' och familjen'), () => `Tack för igår! Min sambo ${x.nm(FAM.get(c)[1] ?? g1)} hade några frågor om sonden, kan hen ringa på ${x.tel(FAM.get(c)[1] ?? g1)}?`,
    ])()}\n\nMvh ${x.nm(g1, rng.pick(['full', 'short', 'lower']), 'signature')}\n${x.tel(g1)}`;
    const html = `<div>${htmlEsc(text).replace(/\n/g, '<br>')}</div>`;
    msgs.push({ from: [x.nm(g1, 'full', 'header-display'), x.mail(g1)], to: [[x.nm(n, 'short', 'header-display'), x.mail(n)]], subject: rng.pick(['Feber', 'Flytta besök', 'Fråga', 'Sonden']),
      date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@${g1.mail.split('@')[1]}`, text, html, htmlText: htmlToText(html), enc: rng.pick(['qp', '8bit']), hdrMode: 'Q', mboxDate: 'Sun Nov 22 20:00:00 2026' });
  }
  x.put(mbox(msgs));
}

function remisser(C) {
  const x = ctx(C, 'barnhv/remisser/remisser_inkomna_nov.pdf'); const { rng } = x;
  const lines = [{ text: 'Inkomna remisser november 2026 – utskrift från remisshanteringen', size: 12, bold: true }, ''];
  for (const c of cpk(KIDS).slice(0, 28)) {
    const [g1, g2] = FAM.get(c); const r = rng.pick(REF.filter((p) => cp1252ok(p.full)));
    lines.push({ text: `Remiss ${x.n.id('referral-number', `RM${num(rng, 8)}`)}  inkom ${x.n.date(date(rng, '2026-11-01', '2026-11-22'))}`, bold: true });
    lines.push(`Patient: ${x.nm(c, rng.pick(['surname-first', 'full', 'surname-first-caps']))}  Pnr: ${x.pnr(c)}`);
    lines.push(`Vårdnadshavare: ${x.nm(g1)} ${x.tel(g1)}${g2 ? `; ${x.nm(g2)} ${x.tel(g2)}` : ''}`);
    lines.push(`Remittent: ${x.nm(r)}, ${rng.pick(['Barnkliniken', 'Neonatal', 'Barnonkologen'])}, ${x.mail(r)}  Diagnos ${x.n.id('icd-code', rng.pick(DX))}`);
    lines.push('');
  }
  lines.push(footer(x, O, ['orgnr', 'switchboard']));
  x.put(pdfLines(lines, { title: 'Remisser' }));
}

function vardplan(C) {
  const x = ctx(C, 'barnhv/remisser/vardplaner.docx'); const { rng } = x;
  const b = [{ h: 'Samordnade individuella planer (SIP) – utdrag' }];
  for (const c of KIDS.slice(30, 42)) {
    const [g1, g2] = FAM.get(c); const n = rng.pick(NUR);
    b.push({ h: `SIP för ${x.nm(c)}, ${x.pnr(c)}` });
    b.push({ table: [['Roll', 'Namn', 'Kontakt'], ['Vårdnadshavare', x.nm(g1), x.tel(g1)], ...(g2 ? [['Vårdnadshavare', x.nm(g2), x.mail(g2)]] : []), ['Fast vårdkontakt', x.nm(n), x.tel(n)], ['Läkare', x.nm(rng.pick(DOC)), x.n.switchboard(O.switchboard)]] });
    b.push({ runs: ['Mål: ', rng.pick(['viktuppgång', 'färre inläggningar', 'trygg nattsömn']), '. Nästa uppföljning ', x.n.date(date(rng, '2026-12-01', '2027-02-28')), '.'] });
  }
  x.put(docx(b, { creator: x.nm(NUR[0], 'full', 'docx-creator') }));
}

function personalVcf(C) {
  const x = ctx(C, 'barnhv/personal/personal.vcf'); const { rng } = x;
  x.put(vcard([...NUR, ...DOC].map((p) => [`N:${p.last};${p.given};;;`, `FN:${x.nm(p, 'full', 'vcard-fn')}`, `ORG:${O.name}`, `TITLE:${DOC.includes(p) ? 'Barnläkare' : rng.pick(['Barnsjuksköterska', 'Specialistsjuksköterska', 'Samordnare'])}`,
    `TEL;TYPE=WORK,CELL:${x.tel(p)}`, `TEL;TYPE=WORK:${x.n.switchboard(O.switchboard)}`, `EMAIL;TYPE=WORK:${x.mail(p)}`])));
}

function journal(C) {
  const x = ctx(C, 'barnhv/journal/journalutdrag.html'); const { rng } = x;
  const rows = [];
  for (let i = 0; i < 70; i++) {
    const c = rng.pick(KIDS); const n = rng.pick(NUR);
    rows.push(`<tr><td>${x.n.date(date(rng, '2026-10-01', '2026-11-22'))}</td><td>${htmlEsc(x.nm(c, rng.pick(['full', 'surname-first'])))}</td><td>${x.pnr(c)}</td><td>${htmlEsc(rng.pick(['Hembesök', 'Telefonkontakt', 'Läkemedel']))}: ${htmlEsc(rng.pick([() => 'Allmäntillstånd gott.', () => `Samtal med ${x.nm(FAM.get(c)[0])}.`, () => 'Sövd för provtagning, ok.', () => `Ordination ändrad av ${x.nm(rng.pick(DOC), 'short')}.`])())}</td><td>${htmlEsc(x.nm(n, 'short', 'signature'))}</td></tr>`);
  }
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Journalutdrag</title></head><body><h1>Journalutdrag – Solgläntan</h1><p>Utskrivet av ${htmlEsc(x.nm(NUR[1], 'full', 'staff'))}</p><table><tr><th>Datum</th><th>Patient</th><th>Pnr</th><th>Anteckning</th><th>Sign</th></tr>\n${rows.join('\n')}\n</table></body></html>`;
  x.put({ bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
}

function arkiv(C) {
  const x = ctx(C, 'barnhv/arkiv/avslutade_2025.zip'); const { rng } = x;
  const rows = [['barn', 'personnummer', 'vårdnadshavare', 'telefon', 'avslutad', 'orsak']];
  for (const c of KIDS.slice(60, 95)) { const [g1] = FAM.get(c); rows.push([x.nm(c), x.pnr(c), x.nm(g1), x.tel(g1), x.n.date(date(rng, '2025-01-01', '2025-12-31')), rng.pick(['frisk', 'flytt', 'till vuxenvården', 'avliden'])]); }
  const c1 = csv(rows, { sep: ';' });
  const note = `Överlämning 2025\n${KIDS.slice(60, 70).map((c) => `- ${x.nm(c)}: överlämnad till ${x.nm(rng.pick(REF))}`).join('\n')}\n`;
  x.put({ bytes: zip([{ name: 'avslutade_2025.csv', data: c1.bytes }, { name: 'overlamning.txt', data: note }]), text: `${c1.text}\n${note}` });
}

export default function build(C) {
  inskrivna(C); lakemedel(C); besok(C); schema(C); korjournal(C); sms(C); teams(C); foraldrarMbox(C); remisser(C); vardplan(C); personalVcf(C); journal(C); arkiv(C);
}
