// Twenty-fifth blind set — a regional assistive-devices centre (hjalpmedel/): technicians' work orders, prescriptions
// (XML), delivery lists, technicians' notes, the customer-service mailbox, HTML-only delivery notices, loan
// agreements, a service report, a ServiceNow-shaped incident export, a call log, home-stock inventory workbook and the
// prescriber portal's log.
import { Rng, F, org, mkPerson, person, people, kin, nameStyle, pnrFmt, phoneFmt, phoneObj, phone, email, address, signature, footer,
  csv, xlsx, docx, mbox, pdfLines, htmlEml, htmlEsc, xmlEsc, jsonText, put, putText, date, dotDate, hhmm, hms, isoTs, rfcDate, num, safe, alnum, svDate, amount, p2, ipVal } from './core.mjs';

const DEVICES = [['Rollator Smidig L', '12 06 06'], ['Manuell rullstol Vindra 45', '12 22 03'], ['Elrullstol Terra 4', '12 23 06'], ['Duschstol Bris', '09 33 03'], ['Toalettförhöjning Lyft 10', '09 12 15'],
  ['Vårdsäng Ro 90', '18 12 10'], ['Taklyft Höjd 200', '12 36 12'], ['Gånghjälpmedel Stöd 2', '12 06 03'], ['Sittdyna Mjuk Air', '04 33 06'], ['Hygienstol Nimbus', '09 33 12'], ['Elmoped Nordvind 3', '12 23 03']];
const UNITS = ['Vårdcentralen Norrmalm', 'Hälsocentralen Åsen', 'Rehab Öst', 'Vårdcentralen Fredrika Bremer', 'Kommunens hemsjukvård Västra', 'Geriatriska kliniken', 'Hälsocentralen Strömsund', 'Neurorehab Sörgården'];

export default function hjalpmedel(C) {
  const rng = new Rng('hjalpmedel');
  const o = org(rng, { name: 'Hjälpmedelscentralen Region Norrmark', domain: 'regionnorrmark.se', area: '63', roles: ['hjalpmedel', 'hmc.kundtjanst', 'noreply', 'registrator'] });
  const techs = people(rng, 6, { cp1252: true }); const agents = people(rng, 5, { cp1252: true }); const drivers = people(rng, 4, { cp1252: true });
  const prescribers = people(rng, 22).map((p) => ({ ...p, unit: rng.pick(UNITS), title: rng.pick(['Arbetsterapeut', 'Fysioterapeut', 'Distriktssköterska', 'Leg. arbetsterapeut']),
    hsa: `SE2321000${rng.digits(3)}-${rng.pick(['E', 'T', 'H'])}${alnum(rng, 4)}`, direct: phoneObj(rng, 'landline') }));
  const patients = [];
  for (let i = 0; i < 240; i++) {
    const old = rng.chance(0.04);
    const m = mkPerson(rng, { minYear: old ? 1918 : 1926, maxYear: old ? 1925 : 1995, samord: 0.02, landline: 0.45 });
    m.rel = rng.chance(0.55) ? (rng.chance(0.6) ? kin(rng, m) : person(rng)) : null;
    if (m.rel) m.rel.mob = phoneObj(rng, 'mobile');
    m.a = null; patients.push(m);
  }
  const indiv = () => `HMC-${num(rng, 7)}`;
  const dev = () => rng.pick(DEVICES);
  const cpok = (s) => /^[\x20-\xff]*$/.test(s);

  // 1. work orders: UTF-8 CSV with quoted multi-line cells.
  {
    const f = 'hjalpmedel/arbetsordrar_2026Q3.csv'; const w = F(C, f, rng);
    const rows = [['Arbetsorder', 'Skapad', 'Status', 'Patient', 'Personnummer', 'Adress', 'Telefon', 'Kontaktperson', 'Kontakt tfn', 'Hjälpmedel', 'Individnr', 'ISO-kod', 'Felbeskrivning', 'Tekniker']];
    for (let i = 0; i < 105; i++) {
      const m = rng.pick(patients); const a = address(w); const [d, iso] = dev(); const tech = rng.pick(techs);
      const desc = rng.pick([
        () => `Broms lossnar på vänster sida.\nPatienten har ramlat en gång, enl. dottern.\nPrio 2`,
        () => `Laddare trasig. ${w.nm(m.rel ?? person(rng))} ringde och anmälde.\nBeställ ny laddare art.nr ${w.n.id('article-number', num(rng, 6))}`,
        () => `Batteriet håller bara 2 km.\nTidigare byte ${w.n.date(date(rng, '2025-01-01', '2026-05-01'))}.`,
        () => `Sits behöver justeras, patienten sjunker ner.\nKontakta förskrivare ${w.nm(rng.pick(prescribers))} innan åtgärd.`,
        () => `Portkod ${w.n.id('door-code', String(rng.int(1000, 9999)))}. Nyckel i nyckelgömma.\nHund i lägenheten!`,
      ])();
      rows.push([w.n.id('work-order', `AO-${num(rng, 6)}`), `${date(rng, '2026-07-01', '2026-09-30')} ${hhmm(rng)}`, rng.pick(['Ny', 'Planerad', 'Pågår', 'Klar', 'Väntar på del']),
        w.nm(m, nameStyle(rng, [['full', 60], ['surname-first', 30], ['caps', 10]])), w.pnOf(m), `${a.street}, ${a.postcode} ${a.city}`, m.land && rng.chance(0.5) ? w.phOf(m.land) : w.phOf(m.mob),
        m.rel ? w.nm(m.rel, 'full', 'relative') : '', m.rel ? w.phOf(m.rel.mob) : '', d, w.n.id('individ-number', indiv()), w.n.id('iso9999-code', iso, 'phone'), desc, w.nm(tech, 'full', 'staff')]);
    }
    put(C, f, csv(rows));
  }

  // 2. prescriptions (XML).
  {
    const f = 'hjalpmedel/forskrivningar_export.xml'; const w = F(C, f, rng);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<Forskrivningar export="2026-11-20T02:00:00" system="Sesam-HM 7.1">`];
    for (let i = 0; i < 62; i++) {
      const m = rng.pick(patients); const pr = rng.pick(prescribers); const [d, iso] = dev(); const a = address(w);
      out.push(`  <Forskrivning id="${w.n.id('prescription-id', `F${num(rng, 8)}`)}" datum="${date(rng)}">`,
        `    <Patient personnummer="${w.pnOf(m, rng.pick(['long', 'long', 'long-dash']))}">`, `      <Fornamn>${xmlEsc(m.given)}</Fornamn>`, `      <Efternamn>${xmlEsc(m.last)}</Efternamn>`,
        `      <Adress>${xmlEsc(a.street)}</Adress><Postnummer>${a.postcode}</Postnummer><Ort>${a.city}</Ort>`, `      <Telefon typ="mobil">${w.phOf(m.mob, rng.pick(['compact', 'e164', 'grouped']))}</Telefon>`,
        ...(m.rel ? [`      <Kontaktperson relation="${rng.pick(['dotter', 'son', 'make', 'maka', 'god man', 'granne'])}">${xmlEsc(w.nm(m.rel, 'full', 'relative'))}</Kontaktperson>`] : []),
        '    </Patient>',
        `    <Forskrivare hsaId="${w.n.id('hsa-id', pr.hsa)}" titel="${pr.title}">`, `      <Namn>${xmlEsc(w.nm(pr, 'full', 'prescriber'))}</Namn>`, `      <Enhet>${xmlEsc(pr.unit)}</Enhet>`,
        `      <Telefon>${w.phOf(pr.direct, 'dash', 'staff-direct')}</Telefon>`, '    </Forskrivare>',
        `    <Artikel benamning="${xmlEsc(d)}" isokod="${w.n.id('iso9999-code', iso, 'phone')}" artikelnr="${w.n.id('article-number', num(rng, 6))}" leverantorOrgnr="${w.n.orgnr()}" individnr="${w.n.id('individ-number', indiv())}"/>`,
        `    <Motivering>${xmlEsc(rng.pick(['Nedsatt gångförmåga efter stroke.', 'Fallrisk, bor ensam.', 'Progressiv MS, behöver eldrift.', 'Postoperativt, höftprotes.', 'Palliativ vård i hemmet.']))}</Motivering>`,
        '  </Forskrivning>');
      w.join(m);
    }
    out.push('</Forskrivningar>');
    putText(C, f, `${out.join('\n')}\n`);
  }

  // 3. delivery list (TSV) for the drivers.
  {
    const f = 'hjalpmedel/leveranser_v46.tsv'; const w = F(C, f, rng);
    const lines = [['Tur', 'Datum', 'Tid', 'Mottagare', 'Adress', 'Postnr', 'Ort', 'Telefon', 'Kontakt', 'Leverans', 'Hämtning', 'Chaufför', 'Kvittens'].join('\t')];
    for (let i = 0; i < 95; i++) {
      const m = rng.pick(patients); const a = address(w); const drv = rng.pick(drivers);
      lines.push([`Tur ${rng.int(1, 9)}`, date(rng, '2026-11-09', '2026-11-13'), `${hhmm(rng, 8, 15)}-${hhmm(rng, 9, 16)}`, w.nm(m, rng.chance(0.7) ? 'surname-first' : 'full'), a.street, a.postcode, a.city,
        w.phOf(m.land && rng.chance(0.5) ? m.land : m.mob, rng.pick(['grouped', 'compact', 'dash', 'slash'])), m.rel ? `${w.nm(m.rel, 'full', 'relative')} ${w.phOf(m.rel.mob, 'compact')}` : '',
        dev()[0], rng.chance(0.3) ? dev()[0] : '', w.nm(drv, 'short', 'staff'), rng.pick(['', 'Signerad', 'Ej hemma', 'Lämnad hos granne'])].join('\t'));
    }
    putText(C, f, `${lines.join('\r\n')}\r\n`);
  }

  // 4. technicians' notes (Markdown, sloppy).
  {
    const f = 'hjalpmedel/tekniker_anteckningar.md'; const w = F(C, f, rng);
    const out = ['# Anteckningar tekniker – Östra distriktet', ''];
    for (let i = 0; i < 70; i++) {
      const m = rng.pick(patients); const t = rng.pick(techs); const N = () => w.nm(m, rng.weighted([['full', 45], ['lower', 30], ['surname-first', 15], ['caps', 10]]));
      out.push(`### ${date(rng, '2026-08-01', '2026-11-20')} ${w.nm(t, 'short', 'staff')}`, rng.pick([
        () => `- bytt bromsvajer hos ${N()}, ${w.phOf(m.mob, 'compact')}. pat. nöjd.`,
        () => `- ${N()} ej hemma, ringde ${m.rel ? `dottern/sonen ${w.nm(m.rel, 'lower', 'relative')}` : 'grannen'} på ${w.ph()}, ny tid tors`,
        () => `- hämtat rollator från dödsbo efter ${N()} (${w.pnOf(m, 'short')}), kontakt ${m.rel ? w.nm(m.rel, 'full', 'relative') : w.nm(person(rng))}`,
        () => `- elrullstol laddar ej. pratat m ${w.nm(rng.pick(prescribers), 'full', 'prescriber')} på ${rng.pick(UNITS)}, hon/han skriver ny förskrivning`,
        () => `- ${N()}: taklyft besiktad, OK. nästa besiktning ${w.n.date(dotDate(date(rng, '2027-01-01', '2027-10-30')))}`,
        () => `- hej ${w.n.lone()}, kan du ta ${N()} imorgon? jag är på kurs. /${w.n.lone(t.first)}`,
      ])(), '');
    }
    putText(C, f, out.join('\n'));
  }

  // 5. customer-service mailbox.
  {
    const f = 'hjalpmedel/kundtjanst_2026.mbox'; const w = F(C, f, rng);
    const msgs = [];
    for (let i = 0; i < 24; i++) {
      const m = rng.pick(patients.filter((x) => x.rel)); const rel = m.rel; const d = date(rng, '2026-02-01', '2026-11-20');
      const relEmail = w.em(rel);
      const body = rng.pick([
        () => `Hej,\n\nJag skriver för min mamma/pappa ${w.nm(m)}, personnummer ${w.pnOf(m)}. Rollatorn har gått sönder och hen kommer inte ut. Kan ni komma och titta? Hen nås på ${w.phOf(m.land ?? m.mob)}, men hör helst av er till mig.\n\n`,
        () => `Hej!\n\n${w.nm(m)} har flyttat till ${w.n.look('street')} 4 (särskilt boende) och behöver inte vårdsängen längre. När kan ni hämta den? Individnummer ${w.n.id('individ-number', indiv())}.\n\n`,
        () => `Hej,\n\nMin far ${w.nm(m)} gick bort ${svDate(date(rng, '2026-06-01', '2026-11-01'))}. Vi tömmer lägenheten och undrar hur vi lämnar tillbaka hjälpmedlen. Han hade personnummer ${w.pnOf(m)}.\n\n`,
      ])();
      const from = w.nm(rel, 'full', 'header-display');
      msgs.push({ from: [from, relEmail], to: [['Hjälpmedelscentralen', w.n.role(o.roles[1])]], subject: rng.pick(['Trasig rollator', 'Hämtning av hjälpmedel', 'Återlämning', 'Fråga om hjälpmedel']), date: rfcDate(d, hms(rng)),
        id: `${alnum(rng, 12)}@${relEmail.split('@')[1]}`, text: `${body}${rng.pick(['Mvh', 'Tack', 'Hälsningar'])}\n${w.nm(rel, rng.chance(0.2) ? 'lower' : 'full', 'signature')}\n${w.phOf(rel.mob)}`,
        enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Fri Nov 20 10:00:00 2026' });
      if (rng.chance(0.6)) {
        const ag = rng.pick(agents);
        const text = `Hej ${w.n.lone(rel.first)},\n\nTack för att du hörde av dig. Vi har skapat arbetsorder ${w.n.id('work-order', `AO-${num(rng, 6)}`)} och en tekniker kontaktar ${w.nm(m, 'short')} inom fem arbetsdagar.\n\n${signature(w, ag, o, 'Kundtjänst')}\n\nFrån: ${from} <${relEmail}>\nSkickat: ${d}\n> ${body.trim().split('\n').join('\n> ')}`;
        msgs.push({ from: [w.nm(ag, 'full', 'staff'), w.work(ag, o.domain)], to: [[from, relEmail]], cc: [['', w.n.role(o.roles[1])]], subject: 'SV: Ärende registrerat', date: rfcDate(d, hms(rng)),
          id: `${alnum(rng, 14)}@regionnorrmark.se`, text, enc: 'qp', mboxDate: 'Fri Nov 20 10:00:00 2026' });
      }
    }
    for (let i = 0; i < 8; i++) {
      const pr = rng.pick(prescribers); const m = rng.pick(patients); const prMail = w.work(pr, 'regionnorrmark.se');
      const text = `Hej!\n\nBrådskande: ${w.nm(m)} (${w.pnOf(m, 'long')}) skrivs ut från ${rng.pick(UNITS)} på fredag och behöver ${dev()[0].toLowerCase()} och vårdsäng levererat innan dess. Adress: ${((a) => `${a.street}, ${a.postcode} ${a.city}`)(address(w))}. Kontaktperson ${m.rel ? `${w.nm(m.rel, 'full', 'relative')} ${w.phOf(m.rel.mob)}` : 'saknas'}.\n\n${w.nm(pr, 'full', 'prescriber')}\n${pr.title}, ${pr.unit}\nTel ${w.phOf(pr.direct, 'grouped', 'staff-direct')}\nHSA-id ${w.n.id('hsa-id', pr.hsa)}`;
      msgs.push({ from: [w.nm(pr, 'full', 'header-display'), prMail], to: [['', w.n.role(o.roles[0])]], subject: `Brådskande leverans – utskrivning`, date: rfcDate(date(rng), hms(rng)),
        id: `${alnum(rng, 12)}@regionnorrmark.se`, text, enc: 'qp', mboxDate: 'Fri Nov 20 10:00:00 2026' });
    }
    put(C, f, mbox(msgs));
  }

  // 6. HTML-only delivery notices (.eml).
  for (let k = 1; k <= 2; k++) {
    const f = `hjalpmedel/leveransavisering_${k}.eml`; const w = F(C, f, rng);
    const m = rng.pick(patients); const to = m.rel ?? m; const toMail = m.rel ? w.em(m.rel) : w.emOf(m); const d = date(rng, '2026-10-01', '2026-11-20');
    const html = `<html><body style="font-family:Arial"><h2>Leveransavisering</h2><p>Hej ${htmlEsc(w.nm(to))}!</p><p>Vi levererar hjälpmedel till <b>${htmlEsc(w.nm(m))}</b> den ${d} mellan ${hhmm(rng, 8, 11)} och ${hhmm(rng, 12, 15)}.</p>
<table><tr><td>Hjälpmedel</td><td>${htmlEsc(dev()[0])}</td></tr><tr><td>Individnr</td><td>${w.n.id('individ-number', indiv())}</td></tr><tr><td>Chaufför</td><td>${htmlEsc(w.nm(rng.pick(drivers), 'full', 'staff'))}, ${w.ph('mobile', undefined, 'staff-mobile')}</td></tr></table>
<p>Kan ni inte ta emot leveransen? Ring kundtjänst ${w.n.service(o.service)} eller svara på detta mejl.</p><p style="color:#888">${htmlEsc(footer(w, o, ['orgnr', 'switchboard']))}</p></body></html>`;
    put(C, f, htmlEml({ from: ['Hjälpmedelscentralen', w.n.role(o.roles[2])], to: [[w.nm(to, 'full', 'header-display'), toMail]], subject: 'Leveransavisering hjälpmedel', date: rfcDate(d, hms(rng)), id: `${alnum(rng, 16)}@regionnorrmark.se`, html, enc: k === 2 ? 'qp' : 'b64' }));
  }

  // 7. loan agreements (.docx).
  for (let k = 0; k < 1; k++) {
    const m = patients[k * 7 + 3]; const id = indiv(); const f = `hjalpmedel/utlaningsavtal_${id}.docx`; const w = F(C, f, rng);
    w.n.id('individ-number', id); const a = address(w); const pr = rng.pick(prescribers);
    const blocks = [{ h: 'Avtal om lån av hjälpmedel' }, 'Region Norrmark, Hjälpmedelscentralen', { table: [['Låntagare', w.nm(m)], ['Personnummer', w.pnOf(m, 'long-dash')], ['Adress', `${a.street}, ${a.postcode} ${a.city}`], ['Telefon', w.phOf(m.land ?? m.mob)],
      ['Förskrivare', `${w.nm(pr, 'full', 'prescriber')}, ${pr.unit}`], ['Hjälpmedel', `${dev()[0]} (${id})`]] },
      'Hjälpmedlet är ett lån och ägs av Region Norrmark. Låntagaren ansvarar för att hjälpmedlet används på avsett sätt och återlämnas när det inte längre behövs.',
      { runs: ['Företrädare för låntagaren: ', m.rel ? w.nm(m.rel, 'full', 'relative') : w.nm(person(rng), 'full', 'god-man'), ', tel ', m.rel ? w.phOf(m.rel.mob) : w.ph()] },
      `Ort och datum: ${a.city} ${date(rng)}`, 'Underskrift låntagare: ____________________', `Utlämnat av: ${w.nm(rng.pick(techs), 'full', 'staff')}`, footer(w, o, ['orgnr', 'switchboard', 'service'])];
    put(C, f, docx(blocks, { creator: w.nm(rng.pick(agents), 'full', 'docx-creator') }));
  }

  // 8. monthly service report (PDF).
  {
    const f = 'hjalpmedel/servicerapport_oktober_2026.pdf'; const w = F(C, f, rng);
    const lines = [{ text: 'Servicerapport oktober 2026', size: 14, bold: true }, `Hjälpmedelscentralen Region Norrmark – sammanställd av ${w.nm(techs[0], 'full', 'staff')}`, '',
      'Datum       Order      Patient                       Åtgärd                      Tekniker'];
    for (let i = 0; i < 110; i++) {
      let m = rng.pick(patients); while (!cpok(m.full)) m = rng.pick(patients);
      lines.push(`${date(rng, '2026-10-01', '2026-10-31')}  ${w.n.id('work-order', `AO-${num(rng, 6)}`)}  ${w.nm(m, rng.chance(0.5) ? 'surname-first' : 'full').padEnd(30)}${rng.pick(['Byte av hjul', 'Batteribyte', 'Besiktning', 'Justering sits', 'Hämtning', 'Reparation broms']).padEnd(28)}${w.nm(rng.pick(techs), 'short', 'staff')}`);
    }
    lines.push('', `Avvikelser rapporterade till ${w.nm(agents[0], 'full', 'staff')}. Frågor: ${w.n.role(o.roles[0])}`, footer(w, o, ['orgnr', 'switchboard']));
    put(C, f, pdfLines(lines, { title: 'Servicerapport' }));
  }

  // 9. ServiceNow-shaped incidents (JSON).
  {
    const f = 'hjalpmedel/servicenow_incidents.json'; const w = F(C, f, rng);
    const records = [];
    for (let i = 0; i < 50; i++) {
      const m = rng.pick(patients); const ag = rng.pick(agents); const pr = rng.pick(prescribers); const d = date(rng);
      const caller = rng.chance(0.5) ? pr : (m.rel ?? m);
      records.push({ number: w.n.id('incident-number', `INC00${num(rng, 5)}`), opened_at: `${d} ${hms(rng)}`, state: rng.pick(['New', 'In Progress', 'On Hold', 'Resolved']),
        caller_id: { display_value: w.nm(caller, 'full', caller === pr ? 'prescriber' : undefined), link: `https://regionnorrmark.service-now.com/api/now/table/sys_user/${alnum(rng, 32).toLowerCase()}` },
        u_patient: { display_value: w.nm(m, rng.chance(0.3) ? 'caps' : 'full'), u_personnummer: w.pnOf(m, rng.pick(['long', 'short'])) }, u_patient_phone: w.phOf(m.mob, rng.pick(['e164', 'compact', 'intl'])),
        assigned_to: { display_value: w.nm(rng.pick(techs), 'full', 'staff') }, short_description: rng.pick(['Trasig rullstol', 'Hämtning dödsbo', 'Akut leverans', 'Laddare saknas', 'Byte av madrass']),
        work_notes: `${d} ${hhmm(rng)} - ${w.nm(ag, 'full', 'staff')} (Work notes)\n${rng.pick([() => `Ringt ${w.nm(m.rel ?? m)} på ${w.ph()}, ingen svarar.`, () => `Pat. vill ha leverans efter kl 10. Portkod ${w.n.id('door-code', String(rng.int(1000, 9999)))}.`, () => `Förskrivare ${w.nm(pr, 'full', 'prescriber')} meddelad.`])()}`,
        sys_id: alnum(rng, 32).toLowerCase() });
    }
    putText(C, f, jsonText({ records }, 1));
  }

  // 10. call log (cp1252 ;).
  {
    const f = 'hjalpmedel/samtalslogg_kundtjanst.csv'; const w = F(C, f, rng);
    const rows = [['Datum', 'Tid', 'A-nummer', 'Kö', 'Handläggare', 'Väntetid', 'Samtalstid', 'Anteckning']];
    for (let i = 0; i < 100; i++) {
      const m = rng.pick(patients); const ag = rng.pick(agents); const via = m.rel && rng.chance(0.5);
      const caller = via ? m.rel : m;
      const anum = rng.chance(0.08) ? w.n.id('hidden-number', 'Dolt nummer') : w.phOf(via ? m.rel.mob : (m.land && rng.chance(0.5) ? m.land : m.mob), rng.pick(['compact', 'e164', 'plain46']));
      const note = cpok(m.full) && cpok(caller.full) ? rng.pick([
        () => `${w.nm(caller, 'full')} ringde ang ${w.nm(m, 'short')} - ${rng.pick(['trasig broms', 'hämtning', 'ny tid', 'fakturafråga'])}`,
        () => `pnr ${w.pnOf(m, 'short')} - vill ha leveransbesked`,
        () => `felringt, sökte ${w.n.look('place')}`,
        () => `uppgav pnr ${w.n.badLuhn()}, fel kontrollsiffra - ring tillbaka`,
        () => `${rng.pick(['återkoppling', 'ärende'])} ${w.n.id('work-order', `AO-${num(rng, 6)}`)}`,
      ])() : `ärende ${w.n.id('work-order', `AO-${num(rng, 6)}`)}`;
      rows.push([date(rng, '2026-10-01', '2026-11-20'), hms(rng), anum, rng.pick(['Kundtjänst', 'Förskrivarlinjen', 'Akut']), w.nm(ag, 'short', 'staff'), `${rng.int(0, 14)}:${p2(rng.int(0, 59))}`, `${rng.int(0, 9)}:${p2(rng.int(0, 59))}`, note]);
    }
    rows.push([], ['Förskrivarlinjen', w.n.service(o.service), 'Växel', w.n.switchboard(o.switchboard)]);
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 11. home-stock inventory per municipality (.xlsx, several sheets).
  {
    const f = 'hjalpmedel/inventering_hemmalager.xlsx'; const w = F(C, f, rng);
    const sheets = [];
    for (const kommun of ['Storsjö', 'Åsele älv', 'Norrbacka']) {
      const rows = [[`Hjälpmedel utlånade i ${kommun} kommun per 2026-11-01`], ['Individnr', 'Benämning', 'Utlämnat', 'Brukare', 'Personnr', 'Telefon', 'Förskrivare']];
      for (let i = 0; i < 45; i++) {
        const m = rng.pick(patients); const pr = rng.pick(prescribers);
        rows.push([w.n.id('individ-number', indiv()), dev()[0], date(rng, '2019-01-01', '2026-10-30'), w.nm(m, rng.chance(0.6) ? 'surname-first' : 'full'), w.pnOf(m), w.phOf(m.mob, 'compact'), w.nm(pr, rng.chance(0.5) ? 'surname-first' : 'full', 'prescriber')]);
      }
      sheets.push({ name: kommun, rows });
    }
    sheets.push({ name: 'Kontakter', rows: [['Roll', 'Namn', 'Telefon'], ...techs.map((t) => ['Tekniker', w.nm(t, 'full', 'staff'), w.ph('mobile', undefined, 'staff-mobile')]), ['Växel', '', w.n.switchboard(o.switchboard)]] });
    put(C, f, xlsx(sheets, { creator: w.nm(agents[1], 'full', 'xlsx-creator') }));
  }

  // 12. prescriber portal log (JSON lines in a .log).
  {
    const f = 'hjalpmedel/forskrivarportal_access.log'; const w = F(C, f, rng);
    const lines = [];
    for (let i = 0; i < 170; i++) {
      const d = date(rng, '2026-11-01', '2026-11-20');
      if (rng.chance(0.07)) { lines.push(`${d}T${hms(rng)}.${rng.digits(3)}Z INFO  [healthcheck] src=${w.n.server(rng.pick(o.servers))} status=UP`); continue; }
      const pr = rng.pick(prescribers); const m = rng.pick(patients);
      const ip = w.ip([['priv', 60], ['pub', 30], ['v6', 10]]);
      const act = rng.pick([() => `action=search query="${w.pnOf(m, 'compact')}"`, () => `action=view patient="${w.nm(m)}"`, () => `action=order article=${w.n.id('article-number', num(rng, 6))}`, () => 'action=login result=OK', () => 'action=login result=FAIL reason=SITHS-card'])();
      lines.push(`${d}T${hms(rng)}.${rng.digits(3)}Z INFO  [portal] user=${w.n.id('hsa-id', pr.hsa)} name="${w.nm(pr, 'full', 'log-user')}" ip=${ip} ${act}`);
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }
}
