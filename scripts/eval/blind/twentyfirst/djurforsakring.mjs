// Twentyfirst blind set — Nordtass Djurförsäkring: a pet insurer. Policies with pets and chip numbers, claim events,
// vets' invoices, claim mail with attachments, a Zendesk-shaped ticket export, call notes, statistics workbook, decision
// letters, Mina sidor log, a saved claim-form receipt page, an HTML-only mail, a zip of clinics' uploads, a payout file.
// Pets' names (also written with the owner's family name, as vet systems do), breeds named after people, chip numbers,
// policy and claim numbers, diagnosis codes and amounts are near-misses.
import { Rng, W, org, staffOf, person, people, kin, nameStyle, landline, ipVal, date, dotDate, hhmm, hms, addDays, apacheDate, kr, num, alnum, csv, cp1252, xlsx, docx,
  mbox, rfcDate, mboxDate, htmlEml, html, text, json, ndjson, pdfLines, zipOf, put, footer, LONE, LOOKALIKE, sv, xmlEsc, htmlEsc, clearing, account, ibanCompact } from './core.mjs';

const DIR = 'djurforsakring';
const PETS = ['Molly', 'Sixten', 'Ronja', 'Alfons', 'Selma', 'Otto', 'Doris', 'Elvis', 'Sigge', 'Bamse', 'Luna', 'Nala', 'Simba', 'Bella', 'Charlie', 'Ludde', 'Majken', 'Frasse', 'Tyson', 'Kajsa', 'Nils', 'Greta'];
const BREEDS = [['Cavalier King Charles spaniel', 1], ['Jack Russell terrier', 1], ['Parson Russell terrier', 1], ['Gordon setter', 1], ['Golden retriever', 0], ['Labrador retriever', 0], ['Tax', 0], ['Border collie', 0], ['Fransk bulldog', 0], ['Helig birma', 0], ['Maine coon', 0], ['Huskorsning', 0], ['Norsk skogkatt', 0], ['Shetland sheepdog', 0]];
const DIAG = [['K08.1', 'Tandfraktur'], ['H66.0', 'Öroninflammation'], ['M23.2', 'Korsbandsskada'], ['L30.9', 'Hudinflammation'], ['K59.1', 'Diarré'], ['S82.0', 'Fraktur'], ['N39.0', 'Urinvägsinfektion']];
const CLINICS = ['Smådjurskliniken Björkfors', 'Djursjukhuset Norrvik', 'Veterinärstationen Ljusdal', 'AniVet Tranås', 'Kattkliniken Falun'];

export default function build(C) {
  const rng = new Rng('pet/main');
  const o = org(rng, { name: 'Nordtass Djurförsäkring AB', domain: 'nordtass.se', area: '8', roles: ['skador', 'kundservice', 'noreply', 'utbetalning', 'veterinar'] });
  const staff = staffOf(rng, 10, o.domain, { cp: true });
  const vets = people(rng, 12, { cp: true, minYear: 1960, maxYear: 1995 });
  const chip = (r) => `752${r.pick(['098', '093', '094'])}${num(r, 9)}`;
  const pol = (r) => `NT-${r.int(100, 999)}-${num(r, 6)}`;
  const claim = (r) => `SK${r.int(2026, 2026)}${num(r, 6)}`;
  const pet = (w, r, owner) => {
    const nm = r.pick(PETS); const [br, like] = r.pick(BREEDS);
    return { name: nm, breed: br, like, chip: chip(r), owner,
      nameW: () => w.lone(nm), breedW: () => (like ? w.look('breed-like-person', br) : w.id('breed', br)), chipW: function () { return w.id('chip-number', this.chip); } };
  };

  // 1. Policies (UTF-8 `;`).
  {
    const r = new Rng('pet/policies'); const f = `${DIR}/forsakringar_export.csv`; const w = W(C, f, r);
    const rows = [['Försäkringsnr', 'Startdatum', 'Försäkringstagare', 'Personnummer', 'Mobil', 'E-post', 'Djurnamn', 'Art', 'Ras', 'Chipnr', 'Född', 'Premie/mån', 'Självrisk']];
    for (let i = 0; i < 130; i++) {
      const p = person(r); const a = pet(w, r, p);
      rows.push([w.id('policy-number', pol(r)), date(r, '2020-01-01', '2026-11-01'), w.name(p, nameStyle(r)), r.chance(0.04) ? w.badLuhn() : w.pnr(p), r.chance(0.9) ? w.mob(p) : '', r.chance(0.8) ? w.email(p.email) : '', a.nameW(), r.pick(['Hund', 'Katt']), a.breedW(), a.chipW(),
        w.date(date(r, '2012-01-01', '2026-06-01')), w.amount(`${r.int(129, 689)} kr`), w.amount(`${r.pick([1500, 2000, 2500, 3500])} kr`)]);
    }
    put(C, f, csv(rows, { sep: ';' }));
  }

  // 2. Claim events (NDJSON): holder's given and family name in separate fields, vet, payout.
  {
    const r = new Rng('pet/claims'); const f = `${DIR}/skadehandelser.ndjson`; const w = W(C, f, r);
    const ev = [];
    for (let i = 0; i < 120; i++) {
      const p = person(r); const a = pet(w, r, p); const v = r.pick(vets); const dg = r.pick(DIAG); const d = date(r);
      C.joined(f, p.given, p.last);
      ev.push({ eventId: `${alnum(r, 8).toLowerCase()}-${alnum(r, 4).toLowerCase()}`, ts: `${d}T${hms(r)}Z`, type: r.pick(['claim.submitted', 'claim.assessed', 'claim.paid', 'claim.rejected']),
        claimNo: w.id('claim-number', claim(r)), policyNo: w.id('policy-number', pol(r)), holder: { firstName: p.given, lastName: p.last, ssn: w.pnr(p, r.pick(['long', 'compact', 'short'])), phone: r.chance(0.5) ? w.mob(p, 'e164') : undefined },
        animal: { name: a.nameW(), breed: a.breedW(), chip: a.chipW() }, clinic: { name: w.id('company', r.pick(CLINICS)), vet: w.name(v, 'full', 'vet') },
        diagnosis: { code: w.id('diagnosis-code', dg[0]), text: dg[1] }, invoiced: Number((r.int(800, 48000)).toFixed(0)), deductible: r.pick([1500, 2000, 2500]),
        payout: r.chance(0.4) ? { clearing: w.id('clearing', clearing(r)), account: w.id('account-number', account(r)) } : undefined,
        handler: r.chance(0.6) ? w.name(r.pick(staff), 'full', 'staff') : undefined });
    }
    put(C, f, ndjson(ev));
  }

  // 3. Vets' invoices (PDF, cp1252).
  {
    const r = new Rng('pet/invoices'); const f = `${DIR}/veterinarfakturor_nov.pdf`; const w = W(C, f, r);
    const L = [];
    for (let i = 0; i < 26; i++) {
      const p = person(r, { cp: true }); const a = pet(w, r, p); const v = r.pick(vets); const cl = r.pick(CLINICS);
      const petLine = r.chance(0.4) ? w.look('pet-with-owner-surname', `${a.name} ${p.last}`) : a.nameW();
      L.push({ text: `${w.id('company', cl)} – Faktura ${w.id('invoice-number', num(r, 8))}`, bold: true }, `Djurägare: ${w.name(p, r.pick(['full', 'surname-first']))}, ${p.street}, ${w.zip(p.zip)} ${p.city}`,
        `Patient: ${petLine} (${a.breed}), chip ${a.chipW()}`, `Behandlande veterinär: leg. vet. ${w.name(v, 'full', 'vet')}`,
        `Undersökning ${w.amount(kr(r, 400, 900))}  Läkemedel ${w.amount(kr(r, 100, 2000))}  Totalt ${w.amount(kr(r, 900, 25000))}`, `Direktreglering Nordtass, skadenr ${w.id('claim-number', claim(r))}`, '');
      if (a.like) w.look('breed-like-person', a.breed);
    }
    L.push(footer(w, o, ['orgnr', 'switchboard']));
    put(C, f, pdfLines(L, { title: 'Veterinärfakturor' }));
  }

  // 4. Claim mail (mbox; some with an invoice CSV or a journal text attached; HTML alternatives).
  {
    const r = new Rng('pet/mail'); const f = `${DIR}/skador_inkorg.mbox`; const w = W(C, f, r);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const p = person(r); const a = pet(w, r, p); const s = r.pick(staff); const d = date(r); const eng = r.chance(0.15);
      const body = eng
        ? `Hello,\n\nOur dog ${a.nameW()} (${a.breedW()}) was treated at ${w.id('company', r.pick(CLINICS))} on ${w.date(sv(d))}. Policy ${w.id('policy-number', pol(r))}. Please call me at ${w.foreign()}.\n\nRegards,\n${w.name(p)}`
        : r.pick([
          () => `Hej!\n\nVår katt ${a.nameW()} har varit hos veterinären (${w.name(r.pick(vets), 'full', 'vet')}) och vi vill anmäla skada. Försäkringsnr ${w.id('policy-number', pol(r))}.\nKvitto bifogas.\n\nMvh ${w.name(p)}\n${w.mob(p)}`,
          () => `hej\n${a.nameW()} åt en strumpa igen... faktura bifogad. chip ${a.chipW()}\npnr ${w.pnr(p)}\n/${w.lone(p.first)}`,
          () => `Hej,\nJag skriver för min mamma ${w.name(kin(r, p))} som äger hunden ${a.nameW()}. Hon har svårt med datorn. Ersättningen kan sättas in på clearing ${w.id('clearing', clearing(r))} konto ${w.id('account-number', account(r))}.\nHälsningar ${w.name(p)}, ${w.mob(p)}`,
        ])();
      const atts = [];
      if (r.chance(0.45)) {
        const rows = [['Datum', 'Åtgärd', 'Belopp', 'Veterinär', 'Djurägare']];
        for (let j = 0; j < 4; j++) rows.push([date(r), r.pick(['Undersökning', 'Röntgen', 'Läkemedel', 'Operation']), r.int(200, 9000), w.name(r.pick(vets), 'full', 'vet'), w.name(p)]);
        const c = csv(rows, { sep: ';' }); atts.push({ name: 'kvitto_veterinar.csv', type: 'text/csv; charset=utf-8', data: c.bytes, text: c.text });
      }
      if (r.chance(0.25)) {
        const t = `Journalutdrag ${w.id('company', r.pick(CLINICS))}\nPatient: ${w.look('pet-with-owner-surname', `${a.name} ${p.last}`)}\nÄgare: ${w.name(p, 'surname-first')} ${w.pnr(p, 'long')}\nAnamnes: hälta vä bak sedan ${w.date(dotDate(d))}.\nSign: ${w.name(r.pick(vets), 'full', 'vet')}`;
        atts.push({ name: 'journal.txt', type: 'text/plain; charset=utf-8', data: Buffer.from(t, 'utf8'), text: t });
      }
      msgs.push({ from: [w.name(p, 'full', 'header-display'), w.email(p.email)], to: [['Nordtass Skador', w.role(o.roles[0])]], subject: eng ? 'Claim for my dog' : r.pick(['Skadeanmälan', 'Skada ' + a.name, 'Faktura veterinär', 'Ersättning?']),
        date: rfcDate(d, hms(r)), mboxDate: mboxDate(d, '08:01:12'), id: `pet${i}.${num(r, 6)}@mail.example`, text: body, enc: r.pick(['qp', 'b64', '8bit']), hdrMode: r.pick(['Q', 'B']), attachments: atts });
      if (r.chance(0.5)) {
        const rt = `Hej ${p.first},\n\nVi har registrerat skadan under nummer ${w.id('claim-number', claim(r))}. Handläggningstiden är ca ${r.int(3, 10)} dagar.\n\nVänliga hälsningar\n${w.name(s, 'full', 'signature')}\nSkadereglerare, Nordtass\n${w.phone(s.direct, undefined, 'staff-direct')}`;
        msgs.push({ from: [w.name(s, 'full', 'header-display'), w.email(s.work, 'staff-work')], to: [[p.full, p.email]], subject: 'SV: Skadeanmälan', date: rfcDate(addDays(d, 2), hms(r)), id: `pet${i}r.${num(r, 6)}@nordtass.se`, enc: 'qp',
          text: rt, html: `<div>${htmlEsc(rt).replace(/\n/g, '<br>')}</div>`, htmlText: rt });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 5. Zendesk-shaped ticket export (JSON).
  {
    const r = new Rng('pet/zendesk'); const f = `${DIR}/zendesk_tickets.json`; const w = W(C, f, r);
    const tickets = [];
    for (let i = 0; i < 60; i++) {
      const p = person(r); const a = pet(w, r, p); const s = r.pick(staff);
      const comments = [{ author: w.name(p, 'full', 'requester'), public: true, body: r.pick([() => `Hej, ${a.nameW()} har fått diagnos ${w.id('diagnosis-code', r.pick(DIAG)[0])}. Täcks det?`, () => `Varför höjs premien för ${a.nameW()}? Mitt nr är ${w.mob(p)}.`, () => `jag vill säga upp försäkringen, pnr ${w.pnr(p)}`, () => `Byte av bankkonto till ${w.id('iban', ibanCompact(r))}`])() },
        { author: w.name(s, 'full', 'staff'), public: true, body: `Hej ${p.first}! ${r.pick(['Vi tittar på det.', 'Det täcks enligt villkoren.', 'Uppsägningen är registrerad.'])} /${s.first}` }];
      if (r.chance(0.3)) comments.push({ author: s.full, public: false, body: `intern: ${r.pick([() => `kolla m ${w.name(r.pick(vets), 'full', 'vet')} på kliniken`, () => `samtal med ${w.name(kin(r, p))}, make`, () => `${w.lone(r.pick(LONE))} godkänner`])()}` });
      tickets.push({ id: 48000 + i, subject: r.pick(['Fråga om ersättning', 'Premie', 'Uppsägning', 'Kontoändring']), status: r.pick(['open', 'pending', 'solved', 'closed']), tags: ['hund', 'skada'],
        requester: { name: p.full, email: w.email(p.email), phone: r.chance(0.4) ? w.mob(p, 'e164') : null }, assignee: { name: s.full, email: w.email(s.work, 'staff-work') },
        via: { channel: r.pick(['email', 'web', 'voice']), source: { from: { ip: r.chance(0.5) ? w.ip(ipVal(r)) : null } } },
        custom_fields: [{ id: 360001, value: w.id('policy-number', pol(r)) }, { id: 360002, value: a.chipW() }], comments });
    }
    put(C, f, json({ tickets, count: tickets.length, next_page: null }));
  }

  // 6. Call notes (sloppy text).
  {
    const r = new Rng('pet/calls'); const f = `${DIR}/samtalsanteckningar.txt`; const w = W(C, f, r);
    const out = [];
    for (let i = 0; i < 90; i++) {
      const p = person(r); const a = pet(w, r, p); const s = r.pick(staff);
      out.push(`${w.date(date(r, '2026-10-01', '2026-11-24'))} ${w.time(hhmm(r))} [${w.id('username', s.user)}] ${r.pick([
        () => `ringde ${w.name(p)} ang ${a.nameW()}, ${a.breedW()}, korsband. skickar blankett till ${w.email(p.email)}`,
        () => `${w.name(p, 'lower')} – ${a.nameW()} avliden, säger upp. kondoleans. pnr ${w.pnr(p)}`,
        () => `pratat m vet ${w.name(r.pick(vets), 'full', 'vet')} ${w.phone(landline(r))} om journal för ${a.nameW()}`,
        () => `kund arg, ${w.name(p, 'surname-first-short')}, vill ha ${w.amount(kr(r, 1000, 20000))} mer. eskalerat till ${w.name(r.pick(staff), 'short', 'staff')}`,
        () => `chip ${a.chipW()} matchar ej försäkring ${w.id('policy-number', pol(r))}, ${w.name(p, 'caps')} skickar foto`,
        () => `nummer ${w.mob(p, r.pick(['compact', 'slash', 'dots', 'spaced']))} – ${w.lone(p.first)} ringer tbx`,
      ])()}`);
    }
    put(C, f, text(`${out.join('\n')}\n`));
  }

  // 7. Statistics workbook: breeds, payouts, declined claims.
  {
    const r = new Rng('pet/stat'); const f = `${DIR}/skadestatistik_2026.xlsx`; const w = W(C, f, r);
    const s1 = [['Ras', 'Antal skador', 'Snittbelopp']];
    for (const [b, like] of BREEDS) s1.push([like ? w.look('breed-like-person', b) : b, r.int(3, 200), r.int(1500, 22000)]);
    const s2 = [['Skadenr', 'Mottagare', 'Personnummer', 'Clearing', 'Konto', 'Belopp', 'Utbetald']];
    for (let i = 0; i < 65; i++) { const p = person(r); s2.push([w.id('claim-number', claim(r)), w.name(p, nameStyle(r)), w.pnr(p), w.id('clearing', clearing(r)), w.id('account-number', account(r)), r.int(300, 40000), date(r)]); }
    const s3 = [['Skadenr', 'Djurägare', 'Djur', 'Orsak', 'Handläggare']];
    for (let i = 0; i < 45; i++) { const p = person(r); const a = pet(w, r, p); s3.push([w.id('claim-number', claim(r)), w.name(p), a.nameW(), r.pick(['Karens', 'Tidigare känd skada', 'Ej försäkrat moment', 'Självrisk ej uppnådd']), w.name(r.pick(staff), 'full', 'staff')]); }
    put(C, f, xlsx([{ name: 'Per ras', rows: s1 }, { name: 'Utbetalningar', rows: s2 }, { name: 'Avslag', rows: s3 }], { creator: w.name(staff[6], 'full', 'xlsx-creator') }));
  }

  // 8. Decision letter (.docx).
  {
    const r = new Rng('pet/beslut'); const f = `${DIR}/beslut_ersattning_sk.docx`; const w = W(C, f, r);
    const p = person(r); const a = pet(w, r, p); const s = staff[7]; const v = r.pick(vets);
    const hist = [['Skadenr', 'Datum', 'Djur', 'Veterinär', 'Ersatt']];
    for (let i = 0; i < 14; i++) hist.push([w.id('claim-number', claim(r)), date(r, '2022-01-01', '2026-10-01'), a.name, w.name(r.pick(vets), 'full', 'vet'), w.amount(kr(r, 500, 15000))]);
    const blocks = [{ h: 'Beslut om ersättning' }, w.name(p), p.street, `${w.zip(p.zip)} ${p.city}`, `Personnummer ${w.pnr(p)}`,
      `Skadan för ${a.nameW()} (${a.breedW()}, chip ${a.chipW()}) behandlad av ${w.name(v, 'full', 'vet')} ersätts med ${w.amount(kr(r, 2000, 30000))} efter avdrag för självrisk.`,
      'Tidigare skador på försäkringen:', { table: hist }, { runs: ['Med vänlig hälsning ', s.given, ' ', s.last] }, footer(w, o, ['orgnr', 'bg', 'switchboard', 'service'])];
    w.nameStr(`${s.given} ${s.last}`, 'staff');
    put(C, f, docx(blocks, { creator: w.name(s, 'full', 'docx-creator') }));
  }

  // 9. Mina sidor access log.
  {
    const r = new Rng('pet/access'); const f = `${DIR}/minasidor_access.log`; const w = W(C, f, r);
    const lines = [];
    for (let i = 0; i < 220; i++) {
      const d = date(r, '2026-11-15', '2026-11-24'); const ip = ipVal(r);
      if (r.chance(0.2)) { const p = person(r); lines.push(`[${d} ${hms(r)}] auth.INFO: BankID login ok {"personalNumber":"${w.pnr(p, 'long')}","ip":"${w.ip(ip)}","session":"${alnum(r, 16).toLowerCase()}"}`); continue; }
      if (r.chance(0.08)) { lines.push(`[${d} ${hms(r)}] app.WARNING: slow query 1.${r.int(2, 9)}s on ${w.server(o, r.int(0, 1))}`); continue; }
      lines.push(`${w.ip(ip)} - - [${apacheDate(d, hms(r))}] "${r.pick(['GET /mina-sidor/forsakringar', 'GET /mina-sidor/skador', 'POST /api/skadeanmalan', 'GET /mina-sidor/dokument/' + num(r, 6)])} HTTP/2" ${r.pick([200, 200, 201, 302, 403])} ${r.int(300, 60000)}`);
    }
    put(C, f, text(`${lines.join('\n')}\n`));
  }

  // 10. Saved claim-form receipt page (HTML).
  {
    const r = new Rng('pet/kvittens'); const f = `${DIR}/skadeanmalan_kvittenser.html`; const w = W(C, f, r);
    const items = [];
    for (let i = 0; i < 35; i++) {
      const p = person(r); const a = pet(w, r, p);
      items.push(`<section class="receipt"><h2>Kvittens ${w.id('claim-number', claim(r))}</h2><dl><dt>Namn</dt><dd>${htmlEsc(w.name(p))}</dd><dt>Personnummer</dt><dd>${w.pnr(p)}</dd><dt>Telefon</dt><dd>${w.mob(p)}</dd><dt>E-post</dt><dd><a href="mailto:${p.email}">${w.email(p.email)}</a></dd><dt>Djur</dt><dd>${htmlEsc(a.nameW())} – ${htmlEsc(a.breedW())}</dd><dt>Klinik</dt><dd>${htmlEsc(w.id('company', r.pick(CLINICS)))}</dd></dl></section>`);
    }
    put(C, f, html(`<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Kvittenser – Nordtass</title></head><body>\n<h1>Skickade skadeanmälningar</h1>\n${items.join('\n')}\n<footer>${htmlEsc(footer(w, o, ['orgnr', 'service']))}</footer></body></html>\n`));
  }

  // 11. HTML-only mail: payout confirmation.
  {
    const r = new Rng('pet/htmlmail'); const f = `${DIR}/utbetalning_bekraftelse.eml`; const w = W(C, f, r);
    const p = person(r); const a = pet(w, r, p);
    const h = `<html><body><p>Hej ${htmlEsc(w.name(p))}!</p><p>Vi har betalat ut <b>${w.amount(kr(r, 1000, 20000))}</b> för ${htmlEsc(a.nameW())} till konto ${w.id('account-number', account(r))}.</p><p>Skadenummer: ${w.id('claim-number', claim(r))}</p><p>Frågor? Svara inte på detta mejl, skriv till ${w.role(o.roles[1])} eller ring ${w.svc(o)}.</p></body></html>`;
    put(C, f, htmlEml({ from: ['Nordtass', w.role(o.roles[2])], to: [[w.name(p, 'full', 'header-display'), w.email(p.email)]], subject: 'Utbetalning från Nordtass', date: rfcDate('2026-11-18', '06:00:00'), id: `pay.${num(r, 8)}@nordtass.se`, html: h, enc: 'b64' }));
  }

  // 12. Clinics' uploads (zip: journal extracts and a CSV).
  {
    const r = new Rng('pet/uploads'); const f = `${DIR}/klinik_uppladdningar.zip`; const w = W(C, f, r);
    const entries = [];
    for (let k = 0; k < 4; k++) {
      const p = person(r); const a = pet(w, r, p); const v = r.pick(vets);
      const t = `${w.id('company', r.pick(CLINICS))}\nJournalkopia\n\nDjur: ${w.look('pet-with-owner-surname', `${a.name} ${p.last}`)}, ${a.breedW()}, chip ${a.chipW()}\nÄgare: ${w.name(p)} tel ${w.phone(r.chance(0.5) ? p.mob : landline(r))}\n\n${w.date(dotDate(date(r)))} Besök. Status: ${r.pick(['piggt', 'nedsatt allmäntillstånd', 'hälta'])}.\nSign. ${w.name(v, 'full', 'vet')}\n`;
      entries.push({ name: `journal_${k + 1}.txt`, ...text(t) });
    }
    const rows = [['agare', 'personnummer', 'djur', 'chip', 'belopp']];
    for (let i = 0; i < 30; i++) { const p = person(r); const a = pet(w, r, p); rows.push([w.name(p, 'surname-first'), w.pnr(p, 'compact'), a.nameW(), a.chipW(), r.int(300, 9000)]); }
    entries.push({ name: 'direktreglering.csv', ...csv(rows) });
    put(C, f, zipOf(entries));
  }

  // 13. Payout file (cp1252 fixed-width-ish, title line).
  {
    const r = new Rng('pet/payout'); const f = `${DIR}/utbetalningsfil_2026-11-20.txt`; const w = W(C, f, r);
    const lines = [`UTBETALNINGAR NORDTASS ${w.date('2026-11-20')} BG ${w.bg(o)}`];
    for (let i = 0; i < 90; i++) {
      const p = person(r, { cp: true });
      lines.push(`${w.id('claim-number', claim(r)).padEnd(14)}${w.name(p, 'surname-first-caps').padEnd(34)}${w.pnr(p, 'long')} ${w.id('clearing', clearing(r)).padEnd(8)}${w.id('account-number', account(r)).padEnd(16)}${String(r.int(300, 40000)).padStart(8)}00`);
    }
    lines.push(`SUMMA ${lines.length - 1} POSTER`);
    put(C, f, { bytes: cp1252(`${lines.join('\r\n')}\r\n`), text: `${lines.join('\n')}\n` });
  }
}
