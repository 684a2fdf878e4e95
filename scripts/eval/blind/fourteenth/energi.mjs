// Fourteenth blind set — an electricity and district-heating utility (energi/): moving notices, meter readings,
// payment plans, estates of deceased customers, outage call logs, Mina sidor web logs, SMS, CRM events, XML contracts.
import { Rng, person, people, kin, nameAs, nameStyle, pnr, phone, email, workEmail, T, date, svDate, dotDate, hhmm, hms, isoTs, num, safe, ocr,
  bankgiro, iban, ipVal, org, footer, role, server, nears, csv, docx, pdfLines, mbox, rfcDate, jsonText, xmlEsc, amount, postcode, street, CITIES,
  LONE, LOOKALIKE, letters, cgnat, publicIp } from './core.mjs';

const anl = (rng) => `735999${rng.digits(12)}`;
const mnr = (rng) => num(rng, 8);
const staffOf = (rng, n) => people(rng, n, { middle: 0, cp1252: true });

export default function energi(C) {
  const rng0 = new Rng('energi');
  const O = org(rng0, { name: 'Älvdala Energi AB', domain: 'alvdalaenergi.se', area: '23', roles: ['kundservice', 'flytt', 'noreply', 'dodsbo', 'faktura', 'driftinfo'] });
  const staff = staffOf(rng0, 8);

  // 1. Moving notices — cp1252, `;`, CRLF, split given/family names.
  {
    const f = 'energi/flyttanmalningar_2026.csv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [['Ärendenr', 'Inkommet', 'Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'E-post', 'Anläggnings-ID', 'Adress', 'Postnr', 'Ort', 'Flyttdatum', 'Typ', 'Handläggare']];
    for (const p of people(rng, 150, { cp1252: true })) {
      const d = date(rng);
      const company = rng.chance(0.07);
      const staffer = rng.pick(staff);
      const hand = rng.chance(0.2) ? N.lower(rng.pick(['webb', 'autoflytt', 'system'])) : T(R, 'name', { value: staffer.short, subtype: 'staff' });
      if (company) {
        const co = N.look('company', `${p.last}s ${rng.pick(['Bygg', 'Städ', 'Frisör', 'Måleri'])} AB`);
        rows.push([N.id('case-number', `FL-${num(rng, 6)}`), d, '', co, N.orgnr(), T(R, 'phone', phone(rng, 'landline')), N.role(`info@${letters(rng, 5).toLowerCase()}bygg.se`), N.id('meter-id', anl(rng), 'phone'), street(rng), N.id('postcode', postcode(rng)), rng.pick(CITIES), N.date(date(rng)), 'Företag', hand]);
        continue;
      }
      C.joined(f, p.given, p.last);
      const pn = pnr(rng, { samord: rng.chance(0.05), minYear: 1940 });
      rows.push([N.id('case-number', `FL-${num(rng, 6)}`), d, p.given, p.last, rng.chance(0.04) ? N.badLuhn() : T(R, 'personnummer', pn),
        rng.chance(0.85) ? T(R, 'phone', phone(rng)) : '', rng.chance(0.8) ? T(R, 'email', email(rng, p)) : '', N.id('meter-id', anl(rng), 'phone'),
        street(rng), N.id('postcode', postcode(rng)), rng.pick(CITIES), N.date(date(rng)), rng.pick(['Inflytt', 'Utflytt', 'Utflytt', 'Inflytt', 'Byte']), hand]);
    }
    const o = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(f, o.bytes, o.text);
  }

  // 2. Meter readings — tab-separated, reporter sometimes the customer, sometimes a neighbour in running text.
  {
    const f = 'energi/matarstallningar_okt.tsv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = ['Kundnr\tAnläggnings-ID\tMätarnr\tAvläst\tStällning (kWh)\tKälla\tRapporterad av\tKommentar'];
    for (const p of people(rng, 170)) {
      const src = rng.weighted([['fjärravläst', 5], ['app', 3], ['telefon', 2], ['kort', 1]]);
      let by = ''; let note = '';
      if (src === 'telefon' || src === 'kort') by = T(R, 'name', nameAs(p, rng.pick(['full', 'full', 'surname-first', 'caps'])));
      else if (src === 'app') by = T(R, 'email', email(rng, p));
      if (rng.chance(0.15)) {
        const nb = person(rng, { middle: 0 });
        note = rng.pick([() => `grannen ${R.t('name', nb.short, 'running-text')} läste av åt kunden`, () => `avläst av hyresvärdens ${R.t('name', nb.short, 'running-text')}`,
          () => `kund bortrest, dotter ${R.t('name', kin(rng, p).short, 'running-text')} ringde in ställningen`])();
      } else if (rng.chance(0.1)) note = `orimlig förbrukning? jmf ${N.id('meter-reading', String(rng.int(10000, 99999)))} kWh fg år`;
      lines.push([N.id('customer-number', num(rng, 7), 'phone'), N.id('meter-id', anl(rng), 'phone'), N.id('meter-number', mnr(rng), 'phone'), N.date(date(rng, '2026-10-01', '2026-10-31')),
        String(rng.int(1000, 99999)), src, by, note].join('\t'));
    }
    C.put(f, `${lines.join('\n')}\n`);
  }

  // 3. Payment plans — nested JSON.
  {
    const f = 'energi/avbetalningsplaner.json'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const plans = people(rng, 45).map((p) => {
      C.joined(f, p.given, p.last, 'split-joined');
      const st = rng.pick(staff);
      const co = rng.chance(0.25) ? person(rng, { middle: 0 }) : null;
      const inst = Array.from({ length: rng.int(3, 6) }, (_, i) => ({ no: i + 1, due: N.date(date(rng, '2026-12-01', '2027-06-30')), amount: Number(rng.int(300, 4000)), ocr: N.id('ocr', ocr(rng, 12)) }));
      return {
        planId: N.id('plan-id', `AP-${rng.int(2025, 2026)}-${num(rng, 5)}`), created: isoTs(rng, date(rng)), status: rng.pick(['active', 'active', 'completed', 'defaulted']),
        customer: { customerNo: N.id('customer-number', num(rng, 7), 'phone'), name: { given: p.given, family: p.last }, ssn: T(R, 'personnummer', pnr(rng, { style: rng.pick(['long', 'compact', 'long-dash', 'short']) })),
          contact: { mobile: rng.chance(0.9) ? T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'compact', 'grouped']))) : null, email: rng.chance(0.7) ? T(R, 'email', email(rng, p)) : null },
          installation: { gsrn: N.id('meter-id', anl(rng), 'phone'), address: street(rng), zip: N.id('postcode', postcode(rng).replace(' ', '')) } },
        ...(co ? { coDebtor: { fullName: T(R, 'name', { value: co.full, subtype: 'json-value' }), relation: rng.pick(['sambo', 'make', 'maka', 'son', 'dotter']), phone: T(R, 'phone', phone(rng)) } } : {}),
        debt: { total: Number(rng.int(2000, 25000)), currency: 'SEK', invoices: Array.from({ length: rng.int(1, 3) }, () => N.id('invoice-number', num(rng, 9), 'phone')) },
        installments: inst,
        notes: [{ by: T(R, 'name', { value: st.short, subtype: 'staff' }), at: isoTs(rng, date(rng)), text: rng.pick(['Kunden ringde, godkänd plan.', 'Skickat avtal för signering via BankID.', `Betalar via bankgiro ${N.id('bankgiro', O.bg)}.`, 'Påminnelse skickad.']) }],
      };
    });
    C.put(f, jsonText({ exportedAt: '2026-11-20T06:00:00Z', source: 'Kundsystem/Inkasso', plans }));
  }

  // 4. Estates of deceased customers — mbox.
  {
    const f = 'energi/dodsbon_inkorg.mbox'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 16; i++) {
      const dec = person(rng, { middle: 0.25 }); const rel = kin(rng, dec); const st = rng.pick(staff);
      const lawyer = rng.chance(0.35) ? person(rng, { middle: 0 }) : null;
      const sender = lawyer ?? rel;
      const sEmail = lawyer ? `${lawyer.first.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')}@${rng.pick(['advokathuset-norr.se', 'bouppteckning24.se', 'juristbyranvast.se'])}` : email(rng, rel).value;
      R.t('email', sEmail, lawyer ? 'work' : 'personal');
      R.t('name', sender.full, 'header-display');
      const dpn = pnr(rng, { minYear: 1930, maxYear: 1960, style: rng.pick(['short', 'long-dash', 'long']) });
      const dd = date(rng);
      const eng = rng.chance(0.2);
      const dname = rng.chance(0.3) ? T(R, 'name', nameAs(dec, 'caps')) : T(R, 'name', { value: dec.full, subtype: 'running-text' });
      const relPh = phone(rng);
      let body = eng
        ? `Hello,\n\nI am writing on behalf of the estate of my late ${rng.pick(['father', 'mother', 'uncle', 'aunt'])} ${dname} (personal identity number ${T(R, 'personnummer', dpn)}), who passed away on ${N.date(dd)}.\nPlease close the electricity contract for installation ${N.id('meter-id', anl(rng), 'phone')} and send the final invoice to me.\n\nKind regards\n${R.t('name', rel.full, 'signature')}\n${T(R, 'phone', relPh)}\n`
        : `Hej,\n\n${lawyer ? `Jag företräder dödsboet efter ${dname}, ${T(R, 'personnummer', dpn)}.` : `Min ${rng.pick(['pappa', 'mamma', 'morbror', 'faster'])} ${dname} (${T(R, 'personnummer', dpn)}) gick bort ${N.date(svDate(dd))}.`}\nVi önskar säga upp elavtalet på ${street(rng)} och få slutfaktura till dödsboet. ${lawyer ? `Kontaktperson för boet är ${R.t('name', rel.full, 'running-text')}, tel ${T(R, 'phone', relPh)}.` : `Min bror ${R.t('name', kin(rng, dec).full, 'running-text')} är också delägare.`}\nAnläggnings-ID: ${N.id('meter-id', anl(rng), 'phone')}\n\nMed vänlig hälsning\n${R.t('name', sender.full, 'signature')}\n${lawyer ? `Jurist, ${N.look('company', rng.pick(['Eriksson & Holm Advokatbyrå', 'Advokathuset Norr AB']))}\nDirekt: ${T(R, 'phone', phone(rng, 'landline'))}` : T(R, 'phone', phone(rng))}\n`;
      const msg = { from: [sender.full, sEmail], to: [['Älvdala Energi Dödsbo', role(R, O, 3)]], subject: rng.pick([`Dödsbo ${dec.last}`, 'Uppsägning pga dödsfall', 'Estate – final invoice', 'Angående dödsbo']),
        date: rfcDate(dd, `${hhmm(rng)}:00`), id: `${num(rng, 8)}.${letters(rng, 4)}@mail.example`, enc: rng.pick(['qp', 'qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), text: body };
      if (!/ /.test(dec.last)) R.n('name', 'surname-only', dec.last);
      msgs.push(msg);
      if (rng.chance(0.6)) {
        const reply = `Hej ${N.lone(sender.first)},\n\nTack för ditt meddelande. Vi har registrerat dödsfallet och avslutar avtalet per ${N.date(dotDate(dd))}. Slutfaktura skickas till dödsboet.\nVi behöver en kopia av bouppteckningen eller dödsfallsintyg.\n\nVänliga hälsningar\n${R.t('name', st.short, 'signature')}\nKundservice, Älvdala Energi\n${N.id('switchboard', O.switchboard, 'phone')}\n\n${body.split('\n').map((l) => `> ${l}`).join('\n')}`;
        msgs.push({ from: [`${st.short} (Älvdala Energi)`, R.t('email', workEmail(st, O.domain), 'staff-work')], to: [[sender.full, sEmail]], subject: `SV: ${msg.subject}`,
          date: rfcDate(dd, `${hhmm(rng)}:00`), id: `${num(rng, 9)}@alvdalaenergi.se`, enc: 'qp', text: reply });
      }
    }
    const o = mbox(msgs); C.put(f, o.bytes, o.text);
  }

  // 5. Outage call log — fast lower-case notes.
  {
    const f = 'energi/avbrott_samtalslogg_feb.txt'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [`AVBROTTSLOGG storm "${N.id('storm-name', 'Ylva', 'name')}" 2026-02-14 -- 2026-02-16 (kundservice, delad fil)`, ''];
    const initials = staff.map((s) => `${s.first[0]}${s.last[0]}`.toUpperCase());
    for (let i = 0; i < 160; i++) {
      const p = person(rng, { middle: 0 });
      const ph = phone(rng, 'mobile', rng.pick(['compact', 'compact', 'grouped', 'spaced', 'dash']));
      const area = rng.pick(['Björkå', 'Nedre Älvdala', 'Sörbyn', 'Kvarnåsen', 'Lillmon', 'Tjärnberget']);
      const t = `${rng.pick(['14', '15', '16'])}/2 ${hhmm(rng)}`;
      const low = rng.chance(0.6); const nmv = () => (low ? R.t('name', p.short.toLowerCase(), 'lower') : R.t('name', p.short, 'full'));
      out.push(rng.pick([
        () => `${t} ${nmv()} ${T(R, 'phone', ph)} strömlöst sen ${rng.int(1, 30)}h, ${area}. ${rng.pick(['grannen också', 'har elpatron', 'äldre kund ensam', 'frys tinar'])}. /${rng.pick(initials)}`,
        () => `${t} ringde ${nmv()}, anl ${N.id('meter-id', anl(rng), 'phone')} - ingen ström. lovat återkoppling på ${T(R, 'phone', ph)} /${rng.pick(initials)}`,
        () => `${t} ${area}: ${nmv()} (${T(R, 'phone', ph)}) säger ledning nere vid ${N.look('street', rng.pick(LOOKALIKE.street))}. skickat till drift. ärende ${N.id('case-number', `AV-${num(rng, 5)}`)}`,
        () => `${t} ${rng.pick(['hennes man', 'hans fru', 'sonen', 'dottern', 'maken'])} ${R.t('name', kin(rng, p).short.toLowerCase(), 'lower')} ringde för ${nmv()}, pnr ${T(R, 'personnummer', pnr(rng, { minYear: 1935, maxYear: 1950, style: 'short' }))}, syrgasapparat!! prio. mob ${T(R, 'phone', ph)}`,
        () => `${t} kund ville ha ersättning avbrottsers. hänv till webben. ${nmv()} ${T(R, 'email', email(rng, p))}`,
        () => `${t} samtal bröts. ring tillbaka ${T(R, 'phone', ph)} (ej namn)`,
        () => `${t} driften (${N.id('switchboard', O.switchboard, 'phone')}) säger ${area} åter kl ${hhmm(rng)}. info lagd på sms.`,
      ])());
    }
    out.push('', `Felanmälan dygnet runt: ${N.service()}  |  driftinfo: ${role(R, O, 5)}`);
    C.put(f, `${out.join('\n')}\n`);
  }

  // 6. Mina sidor access log — customer IPs, user= e-mail or personnummer (BankID), own servers as upstream.
  {
    const f = 'energi/minasidor_access.log'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const cust = people(rng, 60).map((p) => ({ p, em: email(rng, p), pn: pnr(rng, { style: 'long' }), ips: [ipVal(rng), ipVal(rng)] }));
    const out = [];
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (let i = 0; i < 300; i++) {
      const c = rng.pick(cust); const ip = rng.pick(c.ips);
      const d = date(rng, '2026-11-01', '2026-11-19'); const [y, m, dd] = d.split('-');
      const ts = `[${dd}/${mon[Number(m) - 1]}/${y}:${hms(rng)} +0100]`;
      if (rng.chance(0.06)) { out.push(`${N.id('server-ip', O.servers[1], 'ip')} - - ${ts} "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`); continue; }
      if (rng.chance(0.04)) { out.push(`${N.docIp()} - - ${ts} "GET /minasidor/ HTTP/1.1" 301 0 "-" "Pingdom.com_bot_version_1.4"`); continue; }
      const path = rng.pick(['/minasidor/forbrukning', '/minasidor/fakturor', '/minasidor/flytt', '/api/v2/meter-readings', '/minasidor/avtal', '/api/v2/invoices/' + num(rng, 9)]);
      const user = rng.chance(0.55) ? `user=${T(R, 'email', c.em)}` : rng.chance(0.5) ? `bankid_pnr=${T(R, 'personnummer', c.pn)}` : 'user=-';
      out.push(`${T(R, 'ip', ip)} - - ${ts} "${rng.pick(['GET', 'GET', 'POST'])} ${path} HTTP/2.0" ${rng.pick([200, 200, 200, 302, 401, 404])} ${rng.int(200, 90000)} "https://www.alvdalaenergi.se/" "Mozilla/5.0 (${rng.pick(['iPhone; CPU iPhone OS 18_1 like Mac OS X', 'Windows NT 10.0; Win64; x64', 'Linux; Android 15; SM-S921B'])})" rt=0.${rng.int(10, 999)} upstream=${server(R, O, 0)}:8443 ${user}`);
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 7. Letters to estates — .docx.
  for (const k of [1, 2]) {
    const f = `energi/brev_dodsbo_${k}.docx`; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const st = rng.pick(staff);
    const blocks = [{ h: 'Älvdala Energi AB' }, `${N.date(svDate(date(rng)))}`];
    for (let i = 0; i < 4; i++) {
      const dec = person(rng); const heir = kin(rng, dec);
      const dpn = pnr(rng, { minYear: 1928, maxYear: 1955, style: 'long-dash' });
      blocks.push({ h: `Dödsboet efter ${R.t('name', dec.full, 'running-text')}` },
        { runs: ['c/o ', R.t('name', heir.full, 'full'), `, ${street(rng)}, `, N.id('postcode', postcode(rng)), ` ${rng.pick(CITIES)}`] },
        `Vi har fått besked om att ${T(R, 'name', { value: dec.full, subtype: 'running-text' })} (${T(R, 'personnummer', dpn)}) har avlidit och beklagar sorgen.`,
        `Elavtalet för anläggning ${N.id('meter-id', anl(rng), 'phone')} avslutas per ${N.date(dotDate(date(rng)))}. Slutfakturan (${N.amount(amount(rng, 300, 5000))}) betalas till bankgiro ${N.id('bankgiro', O.bg)} med OCR ${N.id('ocr', ocr(rng, 14))}.`,
        { table: [['Anläggning', 'Mätarnr', 'Slutavläsning'], [N.id('meter-id', anl(rng), 'phone'), N.id('meter-number', mnr(rng), 'phone'), `${rng.int(1000, 60000)} kWh`]] },
        `Frågor? Kontakta ${R.t('name', st.short, 'signature')}, ${R.t('phone', phone(rng, 'landline', 'grouped').value, 'staff-direct')} eller ${role(R, O, 3)}.`, footer(R, O));
    }
    const o = docx(blocks, { creator: R.t('name', st.short, 'docx-creator') }); C.put(f, o.bytes, o.text);
  }

  // 8. Invoices — PDF (cp1252).
  {
    const f = 'energi/fakturor_nov.pdf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [];
    for (const p of people(rng, 12, { cp1252: true })) {
      lines.push({ text: 'Älvdala Energi AB - Faktura', size: 14, bold: true }, `Fakturanr ${N.id('invoice-number', num(rng, 9), 'phone')}   Fakturadatum ${N.date(date(rng, '2026-11-01', '2026-11-05'))}`,
        T(R, 'name', nameAs(p, rng.pick(['caps', 'full']))), `${street(rng)}`, `${N.id('postcode', postcode(rng))} ${rng.pick(CITIES).toUpperCase()}`,
        `Kundnummer: ${N.id('customer-number', num(rng, 7), 'phone')}   Personnr: ${T(R, 'personnummer', pnr(rng, { style: 'short' }))}`,
        `Anläggnings-ID: ${N.id('meter-id', anl(rng), 'phone')}   Mätarnr: ${N.id('meter-number', mnr(rng), 'phone')}`,
        `Elnät ${rng.int(200, 2400)} kWh   ${N.amount(amount(rng, 200, 3000))}`, `Energiskatt   ${N.amount(amount(rng, 100, 900))}`, `Moms 25 %   ${N.amount(amount(rng, 50, 900))}`,
        { text: `Att betala: ${N.amount(amount(rng, 400, 5000))}  senast ${N.date(date(rng, '2026-11-25', '2026-12-31'))}`, bold: true },
        `Bankgiro ${N.id('bankgiro', O.bg)}  OCR ${N.id('ocr', ocr(rng, 16))}`, `Org.nr ${N.id('organisationsnummer', O.orgnr, 'personnummer')}  Kundservice ${N.id('service-line', O.service, 'phone')}`, '');
    }
    const o = pdfLines(lines, { per: 42, title: 'Fakturor november' }); C.put(f, o.bytes, o.text);
  }

  // 9. Customer register — UTF-8 BOM, `,`, a title line above the header, "Efternamn, Förnamn" in one column.
  {
    const f = 'energi/kundregister_export.csv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [['Kundregister – export 2026-11-20 07:00 (Älvdala Energi, urval: aktiva elhandelskunder)'], [], ['Kundnr', 'Namn', 'Personnr/Orgnr', 'Mobil', 'Hemtelefon', 'E-post', 'Avtal', 'Anläggning', 'Senast inloggad från']];
    for (const p of people(rng, 180)) {
      if (rng.chance(0.06)) { rows.push([N.id('customer-number', num(rng, 7), 'phone'), N.look('company', `${p.last} ${rng.pick(['Fastigheter', 'Lantbruk', 'Förvaltning'])} AB`), N.orgnr(), '', N.id('switchboard', safe(() => `0${rng.pick(['23', '26', '240'])}-${rng.digits(2)} ${rng.digits(2)} 00`), 'phone'), N.role(`ekonomi@${p.last.toLowerCase().replace(/[^a-z]/g, '')}fast.se`), 'Företag Fast', N.id('meter-id', anl(rng), 'phone'), '']); continue; }
      rows.push([N.id('customer-number', num(rng, 7), 'phone'), T(R, 'name', nameAs(p, rng.weighted([['surname-first', 80], ['surname-first-caps', 10], ['full', 10]]))),
        rng.chance(0.04) ? N.badDate() : T(R, 'personnummer', pnr(rng, { samord: rng.chance(0.04) })), rng.chance(0.8) ? T(R, 'phone', phone(rng, 'mobile')) : '',
        rng.chance(0.25) ? T(R, 'phone', phone(rng, 'landline')) : '', rng.chance(0.75) ? T(R, 'email', email(rng, p)) : '',
        rng.pick(['Rörligt', 'Fast 1 år', 'Fast 3 år', 'Timpris']), N.id('meter-id', anl(rng), 'phone'), rng.chance(0.5) ? T(R, 'ip', ipVal(rng)) : '']);
    }
    const o = csv(rows, { bom: true }); C.put(f, o.bytes, o.text);
  }

  // 10. SMS gateway log — `46…` numbers without `+`.
  {
    const f = 'energi/sms_gateway_2026-11.log'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [];
    for (let i = 0; i < 200; i++) {
      const p = person(rng, { middle: 0 }); const d = date(rng, '2026-11-01', '2026-11-19');
      const to = T(R, 'phone', phone(rng, 'mobile', 'plain46'));
      const kind = rng.pick(['avbrott', 'faktura', 'matare', 'flytt']);
      const txt = kind === 'avbrott' ? `Planerat avbrott ${N.date(d)} kl ${hhmm(rng)}-${hhmm(rng)} i ditt område. /Älvdala Energi`
        : kind === 'faktura' ? `Hej ${N.lone(p.first)}! Din faktura ${N.id('invoice-number', num(rng, 9), 'phone')} på ${N.amount(amount(rng, 200, 4000))} förfaller ${N.date(d)}.`
          : kind === 'matare' ? `Dags att läsa av mätare ${N.id('meter-number', mnr(rng), 'phone')}. Svara med ställningen.` : `Välkommen till ${rng.pick(CITIES)}! Ditt elavtal startar ${N.date(d)}.`;
      out.push(`${d}T${hms(rng)}Z gw=${N.id('server-ip', O.servers[0], 'ip')} SEND id=${letters(rng, 3)}${num(rng, 8)} from=AlvdalaEl to=${to} status=${rng.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'FAILED', 'EXPIRED'])} text="${txt}"`);
      if (rng.chance(0.12)) out.push(`${d}T${hms(rng)}Z gw=${O.servers[0]} RECV from=${to} to=${N.id('short-code', `72${rng.int(100, 999)}`)} text="${rng.int(1000, 90000)}"`);
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 11. CRM events — NDJSON.
  {
    const f = 'energi/crm_handelser.ndjson'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [];
    for (let i = 0; i < 150; i++) {
      const p = person(rng); const st = rng.pick(staff); const d = date(rng);
      const type = rng.pick(['case.created', 'case.note', 'customer.updated', 'contract.signed', 'call.logged']);
      const e = { ts: isoTs(rng, d), type, actor: rng.chance(0.85) ? { id: `u${rng.int(100, 999)}`, displayName: T(R, 'name', { value: st.short, subtype: 'log-user' }) } : { id: 'system', displayName: 'Automation' },
        case: N.id('case-number', `CS-${num(rng, 7)}`) };
      if (type === 'customer.updated') e.changes = [{ field: 'mobile', old: T(R, 'phone', phone(rng, 'mobile', 'e164')), new: T(R, 'phone', phone(rng, 'mobile', 'e164')) }, { field: 'email', new: T(R, 'email', email(rng, p)) }];
      else if (type === 'contract.signed') e.signer = { name: T(R, 'name', { value: p.full, subtype: 'json-value' }), pnr: T(R, 'personnummer', pnr(rng, { style: 'long' })), method: 'BankID', ip: T(R, 'ip', ipVal(rng)) };
      else if (type === 'call.logged') e.call = { ani: T(R, 'phone', phone(rng, undefined, rng.pick(['e164', 'compact']))), queue: 'Kundservice', dnis: N.id('service-line', O.service, 'phone'), durationSec: rng.int(20, 900) };
      else e.text = rng.pick([() => `Kund ${R.t('name', p.full, 'running-text')} vill byta till fast pris.`, () => `Anläggning ${N.id('meter-id', anl(rng), 'phone')} flyttad.`, () => `Enl. ${R.t('name', p.short, 'running-text')} stämmer inte avläsningen.`, () => 'Kund nöjd, inget mer.'])();
      out.push(JSON.stringify(e));
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 12. District-heating contracts — XML.
  {
    const f = 'energi/fjarrvarme_avtal.xml'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const x = ['<?xml version="1.0" encoding="UTF-8"?>', '<fjarrvarmeavtal export="2026-11-20" leverantor="Älvdala Energi AB">'];
    for (const p of people(rng, 60)) {
      C.joined(f, p.given, p.last);
      const c = rng.chance(0.3) ? person(rng, { middle: 0 }) : null;
      x.push(`  <avtal id="${N.id('contract-number', `FV${num(rng, 6)}`)}" start="${N.date(date(rng, '2020-01-01', '2026-10-01'))}">`,
        `    <kund typ="privat"><fornamn>${xmlEsc(p.given)}</fornamn><efternamn>${xmlEsc(p.last)}</efternamn><personnummer>${T(R, 'personnummer', pnr(rng, { style: rng.pick(['long', 'compact']) }))}</personnummer>`,
        `      <kontakt><mobil>${T(R, 'phone', phone(rng, 'mobile'))}</mobil>${rng.chance(0.6) ? `<epost>${T(R, 'email', email(rng, p))}</epost>` : ''}</kontakt></kund>`,
        ...(c ? [`    <kontaktperson roll="${rng.pick(['god man', 'fullmaktshavare', 'sambo'])}">${xmlEsc(T(R, 'name', { value: c.full, subtype: 'xml-text' }))}</kontaktperson>`] : []),
        `    <anlaggning gsrn="${N.id('meter-id', anl(rng), 'phone')}" effekt="${rng.int(8, 40)}" fastighet="${xmlEsc(`${rng.pick(['Björkå', 'Sörbyn', 'Kvarnåsen'])} ${rng.int(1, 30)}:${rng.int(1, 200)}`)}"/>`,
        '  </avtal>');
    }
    x.push('</fjarrvarmeavtal>');
    C.put(f, `${x.join('\n')}\n`);
  }
}
