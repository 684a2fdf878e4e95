// Twenty-third blind set — a regional patient-transport booking centre (sjukresor): bookings by phone, escorts,
// driver logs, call notes written fast, IVR call-backs, the web booking's access log, SMS reminders, complaints,
// reimbursement decisions, escort permits, a nested JSON API dump, a contractors' workbook, ServiceNow deviations.
import { Rng, people, person, kin, nameAs, nameStyle, pnr, phone, email, workEmail, T, TN, date, dotDate, slashDate, hhmm, hms, isoTs, num, safe, alnum, regnr,
  ipVal, ua, org, footer, role, server, nears, csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText, pdfLines, jsonText, put, postcode, street, amount,
  svDate, LONE, LOOKALIKE, ocr, alt, badPnr } from './core.mjs';

const O = { name: 'Region Norrmark Sjukresor', domain: 'sjukresor.regionnorrmark.se' };
const CLINICS = ['Akutmottagningen Norrmarks lasarett', 'Ortopedmottagningen', 'Dialysen plan 3', 'Onkologen dagvård', 'Ögonmottagningen Storvik', 'Hjärtmottagningen', 'Rehab Västerby vårdcentral', 'Kvinnokliniken', 'Barnmottagningen', 'Sankt Görans sjukhus', 'Astrid Lindgrens barnsjukhus'];
const TOWNS = ['Storvik', 'Västerby', 'Ålsjö', 'Nedre Norrmark', 'Bränna', 'Lillhamra', 'Kvarnbo', 'Östansjö', 'Hällnäs', 'Rödön'];
const VEH = ['Taxi', 'Rullstolstaxi', 'Liggande transport', 'Sjukresebuss', 'Egen bil', 'Tåg + taxi'];

export default function sjukresor(C) {
  const g = new Rng('sjukresor/org');
  const o = org(g, { ...O, area: '63', roles: ['sjukresor', 'info', 'noreply', 'bestallning', 'reklamation'] });
  const staff = people(g, 14, { cp1252: true, middle: 0 }).map((p) => ({ ...p, direct: phone(g, 'landline', 'grouped'), mail: workEmail(p, 'regionnorrmark.se'), init: `${p.first[0]}${p.last[0]}` }));
  const drivers = people(g, 22, { cp1252: true, middle: 0.05 }).map((p) => ({ ...p, mob: phone(g, 'mobile', 'compact'), car: regnr(g) }));

  // 1. Bookings, cp1252 `;` CRLF, title line above header.
  {
    const f = 'sjukresor/bokningar_2026-10.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [[`Export Sjukreseportalen ${R.n(null, 'date', '2026-11-02')} 07:12 - Beställningscentralen`], [],
      ['Bokningsnr', 'Personnr', 'Efternamn', 'Förnamn', 'Telefon', 'Hämtadress', 'Postnr', 'Ort', 'Mottagning', 'Datum', 'Tid', 'Ledsagare', 'Ledsagare tfn', 'Fordon', 'Egenavgift', 'Anteckning']];
    for (let i = 0; i < 140; i++) {
      const p = person(rng, { cp1252: true });
      const bn = n.id('booking-number', `SR${num(rng, 7)}`);
      const pn = T(R, 'personnummer', pnr(rng, { minYear: 1928, samord: rng.chance(0.04), style: rng.pick(['short', 'short', 'long', 'long-dash', 'compact']) }));
      C.joined(f, p.given, p.last);
      const tel = rng.chance(0.08) ? '' : T(R, 'phone', phone(rng));
      const adr = rng.chance(0.2) ? n.id('street', street(rng)) : street(rng);
      const pc = rng.chance(0.2) ? n.id('postcode', postcode(rng)) : postcode(rng);
      let esc = ''; let escTel = '';
      if (rng.chance(0.3)) { const e = rng.chance(0.5) ? kin(rng, p, { cp1252: true }) : person(rng, { cp1252: true }); esc = TN(R, e, rng.pick(['full', 'full', 'surname-first'])); if (rng.chance(0.8)) escTel = T(R, 'phone', phone(rng)); }
      const d = date(rng, '2026-10-01', '2026-10-31');
      let note = rng.pick(['', '', '', 'rullator', 'syrgas', 'hämtas vid baksidan', 'ring 30 min innan', 'portkod ' + rng.digits(4), 'hund i bostaden', 'hiss ur funktion', 'ledsagare åker med', 'behöver hjälp i trappan']);
      if (rng.chance(0.05)) note = `enl. ${n.lone(rng.pick(LONE))} i bokningen ok`;
      if (rng.chance(0.04)) note = `dubbelbokning? se ${n.id('booking-number', `SR${num(rng, 7)}`)}`;
      if (rng.chance(0.03)) note = `fel pnr i journalen ${n.badLuhn()}`;
      rows.push([bn, pn, p.last, p.given, tel, adr, pc, rng.pick(TOWNS), rng.chance(0.08) ? n.look('lookalike-building', rng.pick(CLINICS.slice(-2))) : rng.pick(CLINICS.slice(0, -2)),
        rng.chance(0.3) ? n.date(d) : d, hhmm(rng), esc, escTel, rng.pick(VEH), rng.chance(0.3) ? n.amount(amount(rng, 50, 350)) : amount(rng, 50, 350), note]);
    }
    rows.push([], [`Antal rader: 140`, '', '', '', '', '', '', '', '', '', '', '', '', '', '', footer(R, o, ['orgnr', 'switchboard'])]);
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. Call notes written fast.
  {
    const f = 'sjukresor/samtalsanteckningar_v43-45.txt'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const out = ['SAMTALSANTECKNINGAR BESTÄLLNINGSCENTRALEN v43-45 (kopierat ur Cosmic-fliken, ej rättat)', ''];
    for (let i = 0; i < 130; i++) {
      const s = rng.pick(staff); const p = person(rng); const d = date(rng, '2026-10-19', '2026-11-08');
      const head = `${d} ${hhmm(rng)} [${s.init}]`;
      const nm = () => TN(R, p, rng.weighted([['full', 60], ['lower', 20], ['short', 10], ['surname-first', 10]]));
      const t = rng.int(0, 11);
      let line;
      if (t === 0) line = `ringde ${nm()} ang hemresa fr ${rng.pick(CLINICS)} kl ${hhmm(rng)}. pnr ${T(R, 'personnummer', pnr(rng, { minYear: 1930 }))}. bokat ${rng.pick(VEH).toLowerCase()}`;
      else if (t === 1) { const k = kin(rng, p); line = `dottern/sonen ${TN(R, k, rng.pick(['full', 'lower']))} ringde för ${nm()}, vill ha ledsagare. nås på ${T(R, 'phone', phone(rng))}`; }
      else if (t === 2) line = `pratat m ${nm()} - glömt legitimation på mottagningen, chauffören väntar. tel ${T(R, 'phone', phone(rng, 'mobile'))}`;
      else if (t === 3) line = `${nm()} ${T(R, 'personnummer', pnr(rng, { minYear: 1925, style: 'long' }))} avbokar resa ${n.id('booking-number', `SR${num(rng, 7)}`)} pga sjuk. ${rng.pick(['ok', 'klart', 'avbokat i systemet'])}`;
      else if (t === 4) line = `missad hämtning! ${nm()} stod ute ${rng.int(20, 75)} min i ${rng.pick(['regnet', 'kylan', 'snön'])}. förare ${TN(R, rng.pick(drivers), rng.pick(['full', 'short']), 'staff')} bil ${n.id('vehicle-registration', rng.pick(drivers).car)}. reklamation skickad`;
      else if (t === 5) line = `Hej ${n.lone(rng.pick(LONE))} på mottagningen ringde, pat ${nm()} klar tidigare, flyttar hämtning till ${hhmm(rng)}`;
      else if (t === 6) line = `samordningsnr ${T(R, 'personnummer', pnr(rng, { samord: true, minYear: 1960 }))} - ${nm()}, asylsökande, tolk behövs (${rng.pick(['arabiska', 'tigrinja', 'dari', 'somaliska', 'ukrainska'])})`;
      else if (t === 7) line = `kontroll pnr: ${n.badDate()} finns ej - rätt enl patienten ${T(R, 'personnummer', pnr(rng))}, ${nm()}`;
      else if (t === 8) line = `ringde upp ${T(R, 'phone', phone(rng))} (${nm()}) - ingen svarar. lämnat msg. ${rng.pick(['försök igen em', 'sms skickat', ''])}`;
      else if (t === 9) line = `${nm()} undrar om egenavgift ${n.amount(amount(rng, 50, 400))}, hänvisat till ${n.service()} / ${role(R, o, 4)}`;
      else if (t === 10) line = `ny adress: ${n.id('street', street(rng))}, ${n.id('postcode', postcode(rng))} ${rng.pick(TOWNS)}. ${nm()} mail ${T(R, 'email', email(rng, p))}`;
      else line = `maskat i gamla systemet ${n.masked()}, ${nm()} fick nytt kort. kundnr ${n.id('customer-number', num(rng, 8))}`;
      out.push(`${head} ${line}`);
      if (rng.chance(0.1)) out.push(`    /${TN(R, s, 'short', 'staff')}`);
    }
    out.push('', `Frågor om anteckningarna: ${role(R, o, 1)} · växel ${R.n('phone', 'switchboard', o.switchboard)}`);
    put(C, f, `${out.join('\n')}\n`);
  }

  // 3. Driver log, TSV.
  {
    const f = 'sjukresor/forarlogg_vecka44.tsv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Datum', 'Pass', 'Förare', 'Förare mobil', 'Bil', 'Uppdrag', 'Patient', 'Tel', 'Från', 'Till', 'Km', 'Väntetid', 'Kommentar']];
    for (let i = 0; i < 130; i++) {
      const dr = rng.pick(drivers); const p = person(rng);
      const pst = rng.pick(['surname-first-caps', 'surname-first-caps', 'surname-first', 'caps', 'full', 'slash']);
      rows.push([n.date(date(rng, '2026-10-26', '2026-11-01')), rng.pick(['FM', 'EM', 'Kväll', 'Natt']), TN(R, dr, rng.pick(['full', 'surname-first']), 'staff'), T(R, 'phone', dr.mob),
        n.id('vehicle-registration', dr.car), n.id('booking-number', `SR${num(rng, 7)}`), TN(R, p, pst), rng.chance(0.85) ? T(R, 'phone', phone(rng)) : '',
        street(rng), rng.pick(CLINICS.slice(0, -2)), String(rng.int(3, 140)), `${rng.int(0, 45)} min`, rng.pick(['', '', 'ok', 'pat ej hemma', 'väntade', 'bytt bil', 'rullstol i bagage', `kvitto ${ocr(rng, 8)}`])]);
    }
    put(C, f, `${rows.map((r) => r.join('\t')).join('\n')}\n`);
  }

  // 4. IVR call-back queue, NDJSON.
  {
    const f = 'sjukresor/ivr_callback_2026-11.ndjson'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const lines = [];
    const dnis = safe(() => `4663${rng.digits(6)}`); R.n('phone', 'switchboard', dnis);
    for (let i = 0; i < 170; i++) {
      const p = phone(rng, 'mobile', rng.chance(0.8) ? 'plain46' : 'e164');
      const d = date(rng, '2026-11-01', '2026-11-20'); const ev = rng.pick(['call_in', 'callback_requested', 'callback_done', 'abandoned', 'callback_failed']);
      const rec = { ts: isoTs(rng, d), event: ev, call_id: `${alnum(rng, 8).toLowerCase()}-${rng.digits(4)}`, ani: T(R, 'phone', p), dnis, queue: rng.pick(['sjukresor_bokning', 'sjukresor_avbokning', 'sjukresor_vardgivare']) };
      if (ev === 'callback_done' || ev === 'callback_failed') { const s = rng.pick(staff); rec.agent = { id: `ag-${rng.int(100, 199)}`, name: TN(R, s, 'full', 'staff') }; }
      if (ev === 'callback_requested' && rng.chance(0.4)) rec.callback_number = T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'plain46'])));
      if (rng.chance(0.1)) rec.ivr_input = { pnr_entered: T(R, 'personnummer', pnr(rng, { style: 'compact', minYear: 1935 })), pnr_valid: true };
      else if (rng.chance(0.05)) rec.ivr_input = { pnr_entered: R.n('personnummer', 'bad-luhn', badPnr(rng, 'bad-luhn').replace('-', '')), pnr_valid: false };
      rec.wait_s = rng.int(3, 1900);
      lines.push(JSON.stringify(rec));
    }
    put(C, f, `${lines.join('\n')}\n`);
  }

  // 5. Web booking access log.
  {
    const f = 'sjukresor/webbokning_access.log'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 170; i++) {
      const d = date(rng, '2026-11-10', '2026-11-16'); const [y, m, dd] = d.split('-');
      const ts = `[${dd}/${['Nov'][0]}/${y}:${hms(rng)} +0100]`;
      if (rng.chance(0.07)) { lines.push(`${server(R, o, rng.int(0, 1))} - - ${ts} "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"`); continue; }
      const ip = T(R, 'ip', ipVal(rng));
      const user = rng.chance(0.25) ? T(R, 'email', email(rng, person(rng))) : '-';
      const path = rng.chance(0.2) ? `/mina-resor/${n.id('booking-number', `SR${num(rng, 7)}`)}` : rng.pick(['/mina-resor', '/boka/steg2', '/login/bankid/collect', '/api/v2/resor?status=kommande', '/static/app.8f3c1e.js', '/avboka']);
      lines.push(`${ip} - ${user} ${ts} "${rng.pick(['GET', 'GET', 'POST'])} ${path} HTTP/1.1" ${rng.pick([200, 200, 200, 302, 304, 401, 404])} ${rng.int(120, 48000)} "https://${O.domain}/" "${ua(rng)}"`);
    }
    put(C, f, `${lines.join('\n')}\n`);
  }

  // 6. Complaints mailbox (mbox).
  {
    const f = 'sjukresor/reklamationer.mbox'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 26; i++) {
      const p = person(rng); const s = rng.pick(staff); const d = date(rng, '2026-09-01', '2026-11-20'); const pe = email(rng, p);
      const dr = rng.pick(drivers); const bn = `SR${num(rng, 7)}`;
      R.t('name', p.full, p.middle ? 'middle-name' : 'header-display'); T(R, 'email', pe);
      const body = [`Hej,`, '', `Jag vill klaga på resan ${n.id('booking-number', bn)} den ${svDate(d)}. Chauffören (${rng.chance(0.5) ? `${n.lone(dr.first)} tror jag` : 'vet inte namnet'}) kom ${rng.int(25, 90)} minuter för sent och jag missade min tid på ${rng.pick(CLINICS.slice(0, -2))}.`,
        rng.chance(0.5) ? `Min man ${TN(R, kin(rng, p), 'full')} fick ringa er flera gånger på ${n.service()}.` : `Jag har personnummer ${T(R, 'personnummer', pnr(rng, { minYear: 1932 }))} om ni behöver det.`,
        `Ni når mig på ${T(R, 'phone', phone(rng))}.`, '', 'Mvh', TN(R, p, rng.pick(['full', 'full', 'lower']), 'signature')].join('\n');
      const quoted = body.split('\n').map((l) => `> ${l}`).join('\n');
      msgs.push({ from: [p.full, pe.value], to: [['Sjukresor reklamation', role(R, o, 4)]], subject: `Klagomål resa ${bn}`, date: rfcDate(d, `${hms(rng)}`), id: `${alnum(rng, 12)}@${pe.value.split('@')[1]}`, text: body, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']) });
      if (rng.chance(0.7)) {
        const reply = [`Hej ${n.lone(p.first)},`, '', `Tack för att du hörde av dig. Vi har pratat med transportören och föraren ${TN(R, dr, 'full', 'staff')} och ${rng.pick(['beklagar förseningen', 'återbetalar egenavgiften', 'ser över rutinerna'])}.`,
          `Ärendet har nummer ${n.id('case-number', `REK-2026-${num(rng, 4)}`)}.`, '', 'Vänliga hälsningar', TN(R, s, 'full', 'staff'), `Handläggare, ${O.name}`, `Direkt: ${T(R, 'phone', { ...s.direct, subtype: 'staff-direct' })}`, `${R.t('email', s.mail, 'staff-work')}`,
          `Växel ${R.n('phone', 'switchboard', o.switchboard)}`, '', `${rfcDate(d)} skrev ${p.full} <${pe.value}>:`, quoted].join('\n');
        msgs.push({ from: [s.full, s.mail], to: [[p.full, pe.value]], subject: `SV: Klagomål resa ${bn}`, date: rfcDate(d, '15:12:00'), id: `${alnum(rng, 14)}@regionnorrmark.se`, text: reply, enc: rng.pick(['qp', 'b64']),
          ...(rng.chance(0.5) ? { html: `<p>${htmlEsc(reply).replace(/\n/g, '<br>')}</p>`, htmlText: htmlToText(`<p>${htmlEsc(reply).replace(/\n/g, '<br>')}</p>`) } : {}) });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 7. Reimbursement decisions, PDF (one letter a page).
  {
    const f = 'sjukresor/ersattningsbeslut_okt.pdf'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const pages = [];
    for (let i = 0; i < 36; i++) {
      const p = person(rng, { cp1252: true }); const s = rng.pick(staff); const d = date(rng, '2026-10-01', '2026-10-31');
      pages.push([{ text: O.name, size: 14, bold: true }, `Beslut om ersättning för sjukresa   Dnr ${n.id('case-number', `SJR ${num(rng, 4)}-26`)}`, '',
        TN(R, p, rng.pick(['full', 'caps'])), n.id('street', street(rng)), `${n.id('postcode', postcode(rng))} ${rng.pick(TOWNS).toUpperCase()}`, '',
        `Personnummer: ${T(R, 'personnummer', pnr(rng, { minYear: 1930 }))}`, `Resdatum: ${n.date(dotDate(d))}`, `Ansökt belopp: ${n.amount(amount(rng, 80, 2400))}`,
        `Beviljat belopp: ${amount(rng, 50, 2000)}   Egenavgift: 140,00 kr`, `Utbetalning till konto ${n.id('bank-account', `${rng.int(3000, 3399)}-${num(rng, 9)}`)}`, '',
        rng.chance(0.4) ? `Ombud: ${TN(R, kin(rng, p, { cp1252: true }), 'full')}, tel ${T(R, 'phone', phone(rng))}` : 'Ombud: -', '',
        'Beslutet kan överklagas inom tre veckor.', `Handläggare: ${TN(R, s, 'full', 'staff')}, ${T(R, 'phone', { ...s.direct, subtype: 'staff-direct' })}`, '', footer(R, o, ['orgnr', 'bg', 'switchboard'])]);
    }
    put(C, f, pdfLines(pages.flat(), { per: 19, title: 'Ersättningsbeslut oktober' }));
  }

  // 8. Escort permits, .docx.
  {
    const f = 'sjukresor/ledsagartillstand_2026.docx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const lead = rng.pick(staff);
    const table = [['Patient', 'Personnummer', 'Ledsagare', 'Relation', 'Giltigt t.o.m.', 'Beslut av']];
    for (let i = 0; i < 45; i++) {
      const p = person(rng); const e = rng.chance(0.6) ? kin(rng, p) : person(rng);
      table.push([TN(R, p, rng.pick(['full', 'surname-first'])), T(R, 'personnummer', pnr(rng, { minYear: rng.chance(0.3) ? 2010 : 1930, maxYear: 2020 })), TN(R, e, 'full'),
        rng.pick(['förälder', 'make/maka', 'barn', 'personlig assistent', 'god man', 'granne']), n.date(date(rng, '2026-12-01', '2027-12-31')), TN(R, rng.pick(staff), 'initial', 'initial')]);
    }
    put(C, f, docx([{ h: 'Beviljade ledsagartillstånd 2026' }, { runs: ['Sammanställning: ', TN(R, lead, 'full', 'staff'), ', beställningscentralen'] },
      'Tillstånd gäller endast resor till och från vårdgivare inom regionen. Barn under 18 år har alltid rätt till ledsagare.', { table },
      `Kontakt: ${role(R, o, 0)}, ${R.n('phone', 'switchboard', o.switchboard)}`], { creator: R.t('name', lead.full, 'docx-creator') }));
  }

  // 9. SMS gateway log.
  {
    const f = 'sjukresor/sms_gateway.log'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const lines = [];
    for (let i = 0; i < 150; i++) {
      const d = date(rng, '2026-11-01', '2026-11-22');
      const to = T(R, 'phone', phone(rng, 'mobile', rng.chance(0.85) ? 'plain46' : 'e164'));
      const msg = rng.pick([`Påminnelse: din sjukresa ${svDate(d)} hämtas kl ${hhmm(rng)}. Avboka på ${o.service}`, `Bilen är på väg, ca ${rng.int(3, 20)} min. Bil ${rng.pick(drivers).car}`, 'Din resa är avbokad.', `Kod för Mina resor: ${rng.digits(6)}`]);
      if (msg.includes(o.service)) R.n('phone', 'service-line', o.service);
      lines.push(`${isoTs(rng, d)} INFO  smsgw[${rng.int(1000, 9999)}]: SEND id=${alnum(rng, 16).toLowerCase()} from=Sjukresor to=${to} parts=${rng.int(1, 2)} msg="${msg}" status=${rng.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'EXPIRED', 'REJECTED'])}`);
    }
    put(C, f, `${lines.join('\n')}\n`);
  }

  // 10. Bookings API dump, nested JSON.
  {
    const f = 'sjukresor/api_resor_dump.json'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const trips = [];
    for (let i = 0; i < 60; i++) {
      const p = person(rng); const d = date(rng, '2026-11-01', '2026-11-30');
      const pax = [{ role: 'patient', firstName: p.given, lastName: p.last, ssn: T(R, 'personnummer', pnr(rng, { style: rng.pick(['long', 'long-dash']), minYear: 1930 })), mobile: T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'intl', 'compact']))), aids: rng.pick([[], ['rullator'], ['rullstol'], ['syrgas', 'rullator']]) }];
      C.joined(f, p.given, p.last);
      if (rng.chance(0.35)) { const e = kin(rng, p); C.joined(f, e.given, e.last); pax.push({ role: 'escort', firstName: e.given, lastName: e.last, ssn: null, mobile: rng.chance(0.6) ? T(R, 'phone', phone(rng, 'mobile', 'e164')) : null }); }
      const trip = { id: n.id('booking-number', `SR${num(rng, 7)}`), externalRef: n.id('order-number', `${num(rng, 10)}`), date: d, pickup: { time: hhmm(rng), address: street(rng), postalCode: postcode(rng), city: rng.pick(TOWNS) },
        destination: rng.pick(CLINICS.slice(0, -2)), passengers: pax, createdBy: rng.chance(0.5) ? { type: 'agent', name: TN(R, rng.pick(staff), 'full', 'staff') } : { type: 'web', ip: T(R, 'ip', ipVal(rng)) },
        carrier: { name: rng.pick(LOOKALIKE.company.slice(3)), orgNo: n.orgnr() } };
      if (rng.chance(0.2)) trip.contactPerson = { name: TN(R, person(rng), 'full'), phone: T(R, 'phone', phone(rng, 'landline')), relation: rng.pick(['boendestöd', 'hemtjänst', 'god man']) };
      trips.push(trip);
    }
    put(C, f, jsonText({ exportedAt: '2026-11-24T05:00:00Z', source: 'sjukreseportal-api/v2', count: trips.length, trips }));
  }

  // 11. Contractors' workbook (.xlsx, three sheets).
  {
    const f = 'sjukresor/transportorer_uppfoljning.xlsx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const s1 = [['Förnamn', 'Efternamn', 'Mobil', 'Bolag', 'Taxiförarlegitimation', 'Bil']];
    for (const d of drivers) { C.joined(f, d.given, d.last); s1.push([d.given, d.last, T(R, 'phone', d.mob), n.look('lookalike-company', rng.pick(LOOKALIKE.company.slice(3))), n.id('licence-number', `TL${num(rng, 6)}`), n.id('vehicle-registration', d.car)]); }
    const s2 = [['Regnr', 'Modell', 'Platser', 'Rullstolsplatser', 'Besiktigad']];
    for (let i = 0; i < 30; i++) s2.push([n.id('vehicle-registration', regnr(rng)), rng.pick(['VW Caddy Maxi', 'Mercedes Sprinter', 'Toyota Proace', 'Volvo V90']), rng.int(3, 8), rng.int(0, 2), n.date(date(rng, '2025-06-01', '2026-10-31'))]);
    const s3 = [['Datum', 'Avvikelse', 'Patient', 'Förare', 'Åtgärd', 'Rapporterad av']];
    for (let i = 0; i < 60; i++) {
      const p = person(rng); const dr = rng.pick(drivers);
      s3.push([n.date(date(rng, '2026-08-01', '2026-11-20')), rng.pick(['sen hämtning', 'fel adress', 'otrevligt bemötande', 'ej fastspänd rullstol', 'samåkning ej godkänd', 'glömt väska i bilen']),
        TN(R, p, rng.pick(['full', 'surname-first', 'caps'])), TN(R, dr, 'full', 'staff'), rng.pick(['vite', 'samtal med förare', 'ingen', 'utredning']), TN(R, rng.pick(staff), 'full', 'staff')]);
    }
    put(C, f, xlsx([{ name: 'Förare', rows: s1 }, { name: 'Fordon', rows: s2 }, { name: 'Avvikelser', rows: s3 }], { creator: R.t('name', staff[0].full, 'xlsx-creator') }));
  }

  // 12. ServiceNow deviations export (UTF-8, quoted multi-line cells).
  {
    const f = 'sjukresor/servicenow_avvikelser.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['number', 'opened_at', 'caller_id', 'u_patient', 'short_description', 'description', 'assignment_group', 'sys_created_by', 'state']];
    for (let i = 0; i < 45; i++) {
      const s = rng.pick(staff); const p = person(rng); const d = date(rng, '2026-09-01', '2026-11-20');
      const desc = [`Patient ${TN(R, p, 'full')} (${T(R, 'personnummer', pnr(rng, { minYear: 1930 }))}) skulle hämtas ${hhmm(rng)}.`,
        alt(rng, () => `Ringde ${T(R, 'phone', phone(rng))} utan svar.`, () => `Anhörig ${TN(R, kin(rng, p), 'full')} meddelade att resan inte behövs.`, () => `Föraren ${TN(R, rng.pick(drivers), 'full', 'staff')} hittade inte porten.`, () => `Dubbelbokning mot ${n.id('booking-number', `SR${num(rng, 7)}`)}.`),
        `Ref: ${n.id('case-number', `INC${num(rng, 7)}`)}`].join('\n');
      rows.push([n.id('case-number', `DEV${num(rng, 7)}`), `${d} ${hms(rng)}`, TN(R, s, 'full', 'staff'), TN(R, p, 'surname-first'), rng.pick(['Sen hämtning', 'Missad resa', 'Fel fordonstyp', 'Klagomål bemötande']), desc,
        'Sjukresor Beställning', n.lower(`${s.first.toLowerCase().slice(0, 3)}${s.last.toLowerCase().replace(/[^a-z]/g, '').slice(0, 3)}`), rng.pick(['New', 'In Progress', 'Resolved', 'Closed'])]);
    }
    put(C, f, csv(rows, { quoteAll: true, eol: '\n' }));
  }
}
