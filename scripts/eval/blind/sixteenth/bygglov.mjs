// Sixteenth set — a municipal building-permit office (bygglov/): case list (cp1252 `;`), neighbour consultation
// letters and decisions (PDF), a property-owner list (.xlsx, owners written SURNAME, GIVEN), e-service submissions
// (JSON), the registry (XML), neighbours' objections (mbox), case officers' notes, control supervisors' vCards,
// site visits (.ics), an archive .zip with a zip inside, a public notice page (HTML).
import { pf, Rng, person, people, kin, nameAs, nameStyle, N, P, Ph, E, T, phone, pnr, email, workEmail, Ip, org, footer, nears, role, server,
  date, dotDate, hhmm, hms, isoTs, num, safe, uuid, money, postcode, svDate, p2, hex, makeOrgnr,
  csv, xlsx, zip, pdfLines, mbox, rfcDate, folded, htmlEsc, htmlToText, xmlEsc, put, putText, J, LONE, LOOKALIKE } from './core.mjs';

const F = 'bygglov';
const BLOCKS = ['Eken', 'Ljusnan', 'Tallen', 'Hästhagen', 'Mården', 'Skogsby', 'Bäverbäcken', 'Näktergalen', 'Ugglan', 'Vitsippan', 'Rönnbäret', 'Kvarnbacken'];
export default function build(C) {
  const rng = new Rng('bygglov');
  const o = org(rng, { name: 'Norrsjö kommun, Bygg- och miljönämnden', domain: 'norrsjo.se', area: '920', roles: ['bygglov', 'kommun', 'noreply', 'registrator', 'kundtjanst'] });
  const staff = people(rng, 8, { cp1252: true });
  const kas = people(rng, 10, { cp1252: true }).map((p) => ({ p, cert: `SC${num(rng, 4)}-${rng.int(10, 26)}`, ph: phone(rng, 'mobile'), em: email(rng, p, rng.pick(['kontrollbyran.se', 'byggkontroll-norr.se', 'gmail.com'])) }));
  const fast = () => `${rng.pick(BLOCKS)} ${rng.int(1, 12)}:${rng.int(1, 340)}`;
  const dnr = () => `BN ${rng.pick(['2025', '2026', '2026'])}-${String(rng.int(1, 1800)).padStart(6, '0')}`;
  const STREETS = ['Björkvägen', 'Kvarnbacksvägen', 'Sjövägen', 'Tallstigen', 'Bäckgatan', 'Ängsvägen', 'Skolvägen', 'Myrvägen'];
  const addr = () => `${rng.pick(STREETS)} ${rng.int(1, 48)}`;
  const ATG = ['Nybyggnad enbostadshus', 'Tillbyggnad uterum', 'Garage/carport', 'Attefallshus 30 kvm', 'Rivning av förråd', 'Fasadändring', 'Installation eldstad', 'Marklov', 'Solceller på tak', 'Strandskyddsdispens'];

  // 1. case list cp1252
  {
    const file = `${F}/arendelista_2026.csv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['Ärendelista bygglov 2026 (utdrag ur ärendesystemet)'], ['Diarienr', 'Inkom', 'Fastighet', 'Åtgärd', 'Sökande', 'Pnr/Orgnr', 'Telefon', 'E-post', 'Ombud', 'Kontrollansvarig', 'Handläggare', 'Avgift', 'Status']];
    for (let i = 0; i < 140; i++) {
      const company = rng.chance(0.12);
      const p = person(rng, { cp1252: true });
      const ka = rng.chance(0.5) ? rng.pick(kas) : null; const omb = rng.chance(0.15) ? person(rng, { cp1252: true }) : null;
      rows.push([n.id('case-number', dnr()), n.date(date(rng, '2026-01-02', '2026-11-20')), n.id('property-designation', fast()), rng.pick(ATG),
        company ? n.look('company', rng.pick(LOOKALIKE.company)) : N(R, p, rng.weighted([['full', 60], ['surname-first', 25], ['caps', 15]])), company ? n.orgnr() : rng.chance(0.04) ? n.badLuhn() : P(R, rng, { style: rng.pick(['short', 'long', 'long-dash']) }),
        Ph(R, rng), rng.chance(0.75) ? (company ? R.n('email', 'role-email', `info@${rng.pick(['byggab.se', 'husfabriken.se', 'tak-norr.se'])}`) : E(R, rng, p)) : '',
        omb ? N(R, omb) : '', ka ? N(R, ka.p, 'full') : '', N(R, rng.pick(staff), 'full', 'staff'), n.amount(`${money(rng, 1800, 48000)} kr`), rng.pick(['Inkommen', 'Komplettering begärd', 'Grannehörande', 'Beviljad', 'Avslag', 'Startbesked'])]);
    }
    rows.push([], [footer(R, o, ['orgnr', 'switchboard'])]);
    put(C, file, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. neighbour consultation letters (PDF)
  for (let k = 0; k < 3; k++) {
    const d = dnr(); const file = `${F}/grannehorande/underrattelse_${d.replace(/ /g, '-')}.pdf`; const R = C.at(file); const n = nears(R, rng);
    const app = person(rng, { cp1252: true }); const h = rng.pick(staff); const f = fast();
    const lines = [{ text: 'UNDERRÄTTELSE OM ANSÖKAN OM BYGGLOV', bold: true, size: 13 }, `Ärende: ${n.id('case-number', d)}`, `Fastighet: ${n.id('property-designation', f)}`,
      `Sökande: ${N(R, app, 'full')}`, `Åtgärd: ${rng.pick(ATG)} som avviker från detaljplanen (placering ${rng.int(1, 3)},${rng.int(0, 9)} m från tomtgräns).`, '',
      'Ni får detta brev eftersom ni är sakägare. Lämna eventuella synpunkter senast', `${n.date(svDate(date(rng, '2026-12-01', '2026-12-20')))} till ${role(R, o, 0)} eller per post.`, '', { text: 'Sändlista sakägare', bold: true }];
    for (let i = 0; i < 14; i++) {
      const s = person(rng, { cp1252: true }); const co = rng.chance(0.35) ? kin(rng, s, { cp1252: true }) : null;
      lines.push(`${n.id('property-designation', fast())}   ${N(R, s, rng.pick(['surname-first-caps', 'full', 'surname-first']))}${co ? ` och ${N(R, co, 'full')}` : ''}, ${addr()}, ${n.postcode(postcode(rng))} NORRSJÖ`);
    }
    lines.push('', `Handläggare: ${N(R, h, 'full', 'staff')}, ${R.t('email', workEmail(h, o.domain), 'staff-work')}, ${T(R, 'phone', { value: phone(rng, 'landline', 'grouped').value, subtype: 'staff-direct' })}`, footer(R, o, ['orgnr', 'switchboard']));
    put(C, file, pdfLines(lines, { title: `Underrättelse ${d}` }));
  }

  // 3. decisions (PDF)
  for (let k = 0; k < 2; k++) {
    const d = dnr(); const file = `${F}/beslut/beslut_${d.replace(/ /g, '_')}.pdf`; const R = C.at(file); const n = nears(R, rng);
    const app = person(rng, { cp1252: true }); const co = kin(rng, app, { cp1252: true }); const ka = rng.pick(kas); const h = rng.pick(staff); const h2 = rng.pick(staff.filter((x) => x !== h));
    const objector = person(rng, { cp1252: true });
    const lines = [{ text: 'BESLUT', bold: true, size: 14 }, `Datum ${n.date(date(rng, '2026-10-01', '2026-11-24'))}   Dnr ${n.id('case-number', d)}`, '',
      `${N(R, app, 'caps')}`, `${N(R, co, 'caps')}`, `${addr()}`, `${n.postcode(postcode(rng))} NORRSJÖ`, '',
      `Bygglov för ${rng.pick(ATG).toLowerCase()} på fastigheten ${n.id('property-designation', fast())}`, '', { text: 'Beslut', bold: true },
      'Bygg- och miljönämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen (2010:900).', `Kontrollansvarig: ${N(R, ka.p, 'full')}, certifikat ${n.id('certificate-number', ka.cert)}, tel ${T(R, 'phone', ka.ph)}.`, '',
      { text: 'Skäl för beslutet', bold: true }, `Under grannehörandet inkom synpunkter från ${N(R, objector, 'full', 'running-text')} (${n.id('property-designation', fast())}) som anser att byggnaden skymmer utsikten mot sjön.`,
      'Nämnden bedömer att åtgärden utgör en liten avvikelse som är förenlig med planens syfte.', '', { text: 'Avgift', bold: true },
      `Avgift ${n.amount(`${money(rng, 8000, 42000)} kronor`)}. Faktura skickas separat, bankgiro ${n.id('bankgiro', o.bg)}.`, '',
      `${N(R, h, 'full', 'staff')}, bygglovshandläggare        ${N(R, h2, 'full', 'staff')}, byggnadsinspektör`, '', 'Beslutet har skickats till sökanden med delgivningskvitto och kungjorts i Post- och Inrikes Tidningar.', footer(R, o, ['orgnr', 'switchboard', 'bg'])];
    put(C, file, pdfLines(lines, { title: `Beslut ${d}` }));
  }

  // 4. property-owner list .xlsx
  {
    const file = `${F}/sakagarforteckning_Eken_Tallen.xlsx`; const R = C.at(file); const n = nears(R, rng);
    const s1 = [['Fastighet', 'Andel', 'Lagfaren ägare', 'Personnr/Orgnr', 'Adress', 'Postadress']];
    const s2 = [['Fastighet', 'Ägare', 'Brev skickat', 'Svar inkommet', 'Synpunkt']];
    for (let i = 0; i < 110; i++) {
      const f = n.id('property-designation', `${rng.pick(['Eken', 'Tallen'])} ${rng.int(1, 9)}:${rng.int(1, 200)}`);
      const owners = rng.chance(0.45) ? 2 : 1; const p = person(rng);
      for (let j = 0; j < owners; j++) {
        const q = j === 0 ? p : (rng.chance(0.6) ? kin(rng, p) : person(rng));
        const v = N(R, q, rng.chance(0.8) ? 'surname-first-caps' : 'surname-first');
        s1.push([f, owners === 2 ? '1/2' : '1/1', v, rng.chance(0.03) ? n.badDate() : rng.chance(0.03) ? n.masked() : P(R, rng, { minYear: 1935, maxYear: 1998, style: rng.pick(['long', 'short']) }), addr(), `${n.postcode(postcode(rng))} ${rng.pick(['NORRSJÖ', 'UMEÅ', 'SKELLEFTEÅ', 'STOCKHOLM'])}`]);
        if (j === 0) s2.push([f, v, date(rng, '2026-10-01', '2026-11-01'), rng.chance(0.3) ? date(rng, '2026-11-02', '2026-11-20') : '', rng.chance(0.15) ? pf(rng, [() => 'Motsätter sig', () => 'Inget att erinra', () => `Ringer, nås på ${Ph(R, rng)}`]) : '']);
      }
      if (rng.chance(0.05)) s1.push([n.id('property-designation', `Tallen ${rng.int(1, 9)}:${rng.int(1, 200)}`), '1/1', n.look('company', 'Norrsjö Kommunfastigheter AB'), n.orgnr(), 'Box 12', `${n.postcode(postcode(rng))} NORRSJÖ`]);
    }
    put(C, file, xlsx([{ name: 'Sakägare', rows: s1 }, { name: 'Utskick', rows: s2 }], { creator: R.t('name', staff[0].full, 'xlsx-creator') }));
  }

  // 5. e-service submissions JSON
  {
    const file = `${F}/etjanst/ansokningar_export.json`; const R = C.at(file); const n = nears(R, rng);
    const subs = [];
    for (let i = 0; i < 48; i++) {
      const p = person(rng); const inv = rng.chance(0.3) ? person(rng) : null; const ka = rng.chance(0.6) ? rng.pick(kas) : null;
      subs.push({ submissionId: uuid(rng), formId: 'bygglov-v3', submitted: isoTs(rng, date(rng)), authenticatedWith: 'BankID',
        applicant: { personalNumber: P(R, rng, { style: 'long' }), givenName: p.given, surname: p.last, address: { street: addr(), zip: n.postcode(postcode(rng).replace(' ', '')), city: 'Norrsjö' }, phone: Ph(R, rng, undefined, rng.pick(['e164', 'compact', 'grouped'])), email: E(R, rng, p) },
        invoiceRecipient: inv ? { name: N(R, inv), personalNumber: P(R, rng), email: E(R, rng, inv) } : 'same-as-applicant',
        property: { designation: n.id('property-designation', `Norrsjö ${fast()}`), owners: rng.chance(0.5) ? [N(R, kin(rng, p))] : [] },
        controlSupervisor: ka ? { name: N(R, ka.p), certification: n.id('certificate-number', ka.cert), phone: T(R, 'phone', ka.ph), email: T(R, 'email', ka.em) } : null,
        attachments: [`situationsplan_${n.id('file-name', `${hex(rng, 6)}.pdf`)}`, 'fasadritning.pdf', 'planritning_rev2.pdf'],
        client: { ip: Ip(R, rng), userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15' } });
      J(C, file, p);
    }
    putText(C, file, JSON.stringify({ exportedBy: R.t('name', staff[1].full, 'staff'), count: subs.length, submissions: subs }, null, 2));
  }

  // 6. registry XML
  {
    const file = `${F}/diarium_export_nov.xml`; const R = C.at(file); const n = nears(R, rng);
    const X = ['<?xml version="1.0" encoding="UTF-8"?>', '<Diarium enhet="Bygglov" xmlns="urn:norrsjo:diarium:2">'];
    for (let i = 0; i < 70; i++) {
      X.push(`  <Arende dnr="${n.id('case-number', dnr())}">`, `    <Mening>${rng.pick(ATG)}, ${xmlEsc(n.id('property-designation', fast()))}</Mening>`);
      for (let j = rng.int(1, 4); j > 0; j--) {
        const p = person(rng); const typ = rng.pick(['Inkommande', 'Utgående', 'Upprättad']);
        X.push(`    <Handling nr="${rng.int(1, 30)}" typ="${typ}" datum="${date(rng)}">`, `      <Motpart>${xmlEsc(N(R, p, rng.pick(['full', 'surname-first'])))}</Motpart>`,
          typ === 'Inkommande' && rng.chance(0.5) ? `      <Epost>${E(R, rng, p)}</Epost>` : '', `      <Rubrik>${pf(rng, [() => 'Ansökan om bygglov', () => 'Komplettering ritningar', () => `Synpunkt från granne ${xmlEsc(N(R, person(rng), 'full', 'running-text'))}`, () => 'Delgivningskvitto', () => 'Underrättelse sakägare'])}</Rubrik>`,
          `      <Handlaggare>${xmlEsc(n.id('staff-signature', rng.pick(staff).last.slice(0, 3).toUpperCase() + rng.digits(2)))}</Handlaggare>`, '    </Handling>');
      }
      X.push('  </Arende>');
    }
    X.push('</Diarium>');
    putText(C, file, X.filter(Boolean).join('\n') + '\n');
  }

  // 7. neighbours' objections mbox
  {
    const file = `${F}/inkorg_bygglov.mbox`; const R = C.at(file); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 22; i++) {
      const p = person(rng); const em = E(R, rng, p); const d = date(rng); const appl = person(rng);
      R.t('name', p.full, 'header-display');
      const text = pf(rng, [
        () => `Hej,\n\nJag äger ${n.id('property-designation', fast())} och har fått underrättelse om ${n.id('case-number', dnr())}. Vi motsätter oss bygget eftersom ${N(R, appl, 'full', 'running-text')}s garage hamnar 1 meter från vår tomtgräns.\n\nMed vänliga hälsningar\n${N(R, p, 'full', 'signature')}\n${addr()}\n${Ph(R, rng)}`,
        () => `hej! undrar hur det går med vår ansökan om attefallshus, dnr ${n.id('case-number', dnr())}. min fru ${N(R, kin(rng, p), 'full', 'running-text')} ringde förra veckan men ingen återkom.\n/${N(R, p, 'lower', 'lower')}\nmobil ${Ph(R, rng, 'mobile', rng.pick(['compact', 'slash']))}`,
        () => `Hello,\nI am the new owner of ${n.id('property-designation', fast())} (bought from ${N(R, person(rng), 'full', 'running-text')} in March). Please send future letters to ${em}.\nKind regards, ${N(R, p, 'full', 'signature')}\n${Ph(R, rng, 'foreign')}`,
        () => `Hej ${n.lone(rng.pick(staff).first)}!\nHär kommer kompletteringen. Mitt personnummer är ${P(R, rng)}.\nHälsningar ${n.lone(p.first)}`]);
      msgs.push({ from: [p.full, em], to: [[null, role(R, o, 0)]], subject: rng.pick(['Synpunkter på bygglov', 'Angående ert ärende', 'Komplettering', 'Fråga om ansökan', 'Grannehörande – invändning']), date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@mail.example`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Wed Nov 25 08:00:00 2026',
        ...(rng.chance(0.25) ? { html: `<div>${htmlEsc(text).replace(/\n/g, '<br>')}</div>`, htmlText: text } : {}) });
    }
    put(C, file, mbox(msgs));
  }

  // 8. case officers' notes
  {
    const file = `${F}/handlaggaranteckningar.txt`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 95; i++) {
      const p = person(rng); const d = date(rng); const nm = () => N(R, p, rng.weighted([['full', 55], ['lower', 25], ['surname-first', 10], ['caps', 10]]));
      out.push(pf(rng, [
        () => `${d} ${n.id('case-number', dnr())} - ringt sökande ${nm()} ${Ph(R, rng)}, saknas fasadritning. lovade skicka i veckan`,
        () => `${n.date(dotDate(d))}: platsbesök ${n.id('property-designation', fast())} m ${N(R, rng.pick(kas).p, 'full')} (KA). grunden ok, ${n.lone(p.first)} (sökande) närvarande`,
        () => `${d} granne ${nm()} ringde upprörd ang ${n.id('property-designation', fast())}, vill överklaga. förklarat processen. tel ${Ph(R, rng, 'mobile', 'compact')}`,
        () => `${d.slice(5)} mejl från ${nm()} <${E(R, rng, p)}> - återkallar ansökan ${n.id('case-number', dnr())}`,
        () => `${d} pratat m ${n.surname(p.last)} (äg. ${n.id('property-designation', fast())}), ej hemma vid besök. lapp i brevlådan`,
        () => `${d}: ${nm()} pnr ${P(R, rng, { style: rng.pick(['short', 'compact']) })} vill ha beslutet på engelska. skickat till ${n.look('street', rng.pick(LOOKALIKE.street))} 4`]));
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 9. control supervisors' vCards
  {
    const file = `${F}/kontrollansvariga.vcf`; const R = C.at(file); const n = nears(R, rng);
    const L = [];
    for (const k of kas) L.push('BEGIN:VCARD', 'VERSION:4.0', `FN:${R.t('name', k.p.full, 'vcard-fn')}`, `N:${k.p.last};${k.p.given};;;`, `TEL;TYPE=cell:${T(R, 'phone', k.ph)}`, `EMAIL:${T(R, 'email', k.em)}`,
      `TITLE:Kontrollansvarig enligt PBL\\, behörighet ${rng.pick(['N', 'K'])}`, `NOTE:Certifikat ${n.id('certificate-number', k.cert)} giltigt t.o.m. ${n.date(date(rng, '2027-01-01', '2030-12-31'))}`, 'END:VCARD');
    put(C, file, folded(L));
  }

  // 10. site visits .ics
  {
    const file = `${F}/platsbesok_dec.ics`; const R = C.at(file); const n = nears(R, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Norrsjo kommun//Bygglov//SV'];
    for (let i = 0; i < 24; i++) {
      const h = rng.pick(staff); const p = person(rng); const ka = rng.pick(kas);
      L.push('BEGIN:VEVENT', `UID:${n.id('uid', `${hex(rng, 16)}@norrsjo.se`, 'email')}`, `DTSTART:${date(rng, '2026-12-01', '2026-12-18').replace(/-/g, '')}T${p2(rng.int(8, 15))}0000`,
        `SUMMARY:${rng.pick(['Platsbesök', 'Slutsamråd', 'Tekniskt samråd'])} ${n.id('property-designation', fast())}`,
        `ORGANIZER;CN="${R.t('name', h.full, 'ics-cn')}":mailto:${R.t('email', workEmail(h, o.domain), 'staff-work')}`,
        `ATTENDEE;CN="${R.t('name', ka.p.full, 'ics-cn')}":mailto:${T(R, 'email', ka.em)}`,
        `DESCRIPTION:Byggherre ${N(R, p, 'full', 'running-text')}\\, tel ${Ph(R, rng)}. Ärende ${n.id('case-number', dnr())}.`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, file, folded(L));
  }

  // 11. archive zip with a zip inside
  {
    const file = `${F}/arkiv_2025.zip`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['dnr', 'fastighet', 'sokande', 'telefon', 'beslut']];
    for (let i = 0; i < 60; i++) { const p = person(rng); rows.push([n.id('case-number', `BN 2025-${String(rng.int(1, 1800)).padStart(6, '0')}`), n.id('property-designation', fast()), N(R, p, rng.pick(['full', 'surname-first'])), Ph(R, rng), rng.pick(['Beviljat', 'Avslag', 'Avskrivet'])]); }
    const c1 = csv(rows, { sep: ',' });
    const letters = [];
    for (let i = 0; i < 6; i++) { const p = person(rng); letters.push(`SKANNAT BREV ${n.id('scan-id', `S${num(rng, 6)}`)}\nTill Bygglovsenheten\n\nJag ${N(R, p, 'full', 'running-text')}, ${P(R, rng)}, ${addr()}, överklagar beslutet om grannens carport.\nTelefon ${Ph(R, rng)}\n\n${N(R, p, 'caps')}\n`); }
    const minutes = `PROTOKOLL Bygg- och miljönämnden ${n.date('2025-11-19')}\nNärvarande: ${people(rng, 5).map((p) => N(R, p, 'full')).join(', ')}\n§ 112 ${n.id('case-number', 'BN 2025-000877')} - bygglov ${n.id('property-designation', 'Gustav Adolf 14:2', 'name')}, sökande ${N(R, person(rng), 'full', 'running-text')}. Beviljas.\n§ 113 Sammanträdesdagar 2026.\nJusteras: ${N(R, person(rng), 'full')}\n`;
    const inner = zip([{ name: 'namnd/protokoll_2025-11-19.txt', data: minutes }]);
    const bytes = zip([{ name: 'arkiv_2025/arendelista_2025.csv', data: c1.bytes }, ...letters.map((t, i) => ({ name: `arkiv_2025/skannat/brev_${p2(i + 1)}.txt`, data: t })), { name: 'arkiv_2025/namnd.zip', data: inner }]);
    C.put(file, bytes, [c1.text, ...letters, minutes].join('\n'));
  }

  // 12. public notice page (HTML)
  {
    const file = `${F}/anslagstavla_kungorelser.html`; const R = C.at(file); const n = nears(R, rng);
    let h = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Anslagstavla – bygglov</title></head><body><h1>Kungörelser om beviljade bygglov</h1><p>Kontakt: ${role(R, o, 0)}, växel ${R.n('phone', 'switchboard', o.switchboard)}</p><table><tr><th>Datum</th><th>Fastighet</th><th>Åtgärd</th><th>Sökande</th><th>Dnr</th></tr>`;
    for (let i = 0; i < 60; i++) {
      const p = person(rng);
      h += `<tr><td>${n.date(date(rng, '2026-09-01', '2026-11-24'))}</td><td>${htmlEsc(n.id('property-designation', fast()))}</td><td>${rng.pick(ATG)}</td><td>${rng.chance(0.85) ? htmlEsc(N(R, p, rng.pick(['full', 'full', 'surname-first']))) : htmlEsc(n.look('company', rng.pick(LOOKALIKE.company)))}</td><td>${n.id('case-number', dnr())}</td></tr>`;
    }
    h += `</table><p>Beslut kan överklagas inom tre veckor från kungörelsen i Post- och Inrikes Tidningar. Läs mer på ${n.look('street', 'Karl Johans torg')} 1 eller ring ${R.n('phone', 'service-line', o.service)}.</p></body></html>`;
    C.put(file, Buffer.from(h, 'utf8'), htmlToText(h));
  }
}
