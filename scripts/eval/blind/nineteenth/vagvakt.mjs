// Nineteenth blind set — Vägvakt Besiktning & Däckhotell AB: vehicle inspection stations and a tyre hotel. Bookings by
// registration number (cp1252 CSV), SMS reminder gateway log, tyre-hotel workbook, inspection protocols (PDF), customer
// service mbox, a Freshdesk-shaped ticket export, station notes, web-booking access log, a vehicle-register XML
// extract, a chat widget NDJSON, the staff schedule (TSV) and an HTML-only complaint.
import { Rng, org, customers, people, nears, N, P_, T_, F_, M_, I_, phFmt, pnrFmt, mobile, landline, workEmail, footer, role, server, csv, xlsx, pdfLines, mbox, message, htmlEml, rfcDate, htmlEsc, xmlEsc, jsonText, date, hhmm, isoTs, dotDate, kr, ocr, num, alnum, regnr, vin, street, city, postcode, msgId, cp1252ok, nameStyle, makeOrgnr, CAR_MODELS, TYRES, LOOKALIKE, LOWER_WORDS, addDays, svDate, safe, letters } from './core.mjs';

const STATIONS = ['Vägvakt Kungsängen', 'Vägvakt Arlandastad', 'Vägvakt Täby Kyrkby', 'Vägvakt Märsta', 'Vägvakt Norrtälje', 'Vägvakt Sigtuna'];
const COMPANIES = ['Rörmokarna i Täby AB', 'Jensen Bygg & Plåt AB', 'Bröderna Lindqvist Åkeri', 'Norrgårdens Lantbruk HB', 'Sigtuna Städ & Fönster AB', 'Petterssons Bil & Däck', 'Märsta Taxi Ekonomisk förening', 'Ekholms Elservice AB'];
const REMARKS = ['Bromsverkan ojämn bak, anm. 2', 'Strålkastare vänster felriktad', 'Rost i bärande del, tröskel höger', 'Bromsslang fram sprucken', 'Avgasläckage ljuddämpare', 'Kulled höger fram glapp', 'Stötdämpare läckage bak', 'Registreringsskylt bak saknas', 'Fjäder bruten vänster bak', 'Vindruta sprickor i siktfält', 'Parkeringsbroms verkan låg', 'Däck mönsterdjup < 1,6 mm'];

export default function build(C) {
  const b = new Rng('vagvakt/base');
  const O = org(b, { name: 'Vägvakt Besiktning & Däckhotell AB', domain: 'vagvakt.se', area: '8', roles: ['kundservice', 'info', 'noreply', 'bokning', 'dackhotell'] });
  const custs = customers(b, 720);
  const cpCusts = custs.filter((c) => cp1252ok(c.full + c.mail));
  const staff = people(b, 26).map((p) => ({ ...p, direct: b.chance(0.5) ? mobile(b) : landline(b), mail: workEmail(p, O.domain), station: b.pick(STATIONS), tech: `T${num(b, 4)}` }));
  const cars = new Map(custs.map((c) => [c, { reg: regnr(b), vin: vin(b), model: b.pick(CAR_MODELS) }]));
  const car = (c) => cars.get(c);

  // 1. bookings: cp1252 ; CRLF, split given/family names
  {
    const F = 'vagvakt/bokningar_2026-11.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Bokningsnr', 'Bokad', 'Datum', 'Tid', 'Station', 'Regnr', 'Fordon', 'Tjänst', 'Förnamn', 'Efternamn', 'Pnr/Orgnr', 'Mobil', 'E-post', 'Kanal', 'Pris inkl moms']];
    for (const c of rng.shuffle(cpCusts).slice(0, 170)) {
      const v = car(c); const d = date(rng, '2026-11-02', '2026-11-30');
      const row = [nm.id('booking-number', `B${num(rng, 7)}`), date(rng, '2026-09-01', '2026-11-01'), d, hhmm(rng), rng.pick(STATIONS), nm.id('regnr', v.reg), nm.look('product', v.model),
        rng.pick(['Kontrollbesiktning', 'Kontrollbesiktning', 'Efterkontroll', 'Registreringsbesiktning', 'Däckskifte + förvaring', 'Däckskifte'])];
      if (rng.chance(0.07)) {
        const co = rng.pick(COMPANIES);
        row.push('', nm.look('company', co), nm.orgnr(), T_(R, rng, c.mob), nm.role(`fordon@${co.toLowerCase().replace(/[^a-z]/g, '').slice(0, 12)}.se`));
      } else {
        C.joined(F, c.given, c.last);
        row.push(c.given, c.last, rng.chance(0.85) ? P_(R, rng, c.pn) : '', T_(R, rng, c.mob, rng.pick(['compact', 'grouped', 'dash', 'intl', undefined])), rng.chance(0.8) ? M_(R, c) : '');
      }
      row.push(rng.pick(['Webb', 'Webb', 'App', 'Telefon', 'Station']), nm.amount(`${rng.pick(['495', '545', '595', '349', '790', '1 190'])},00`));
      rows.push(row);
    }
    for (let i = 0; i < 10; i++) rows.push([`B${num(rng, 7)}`, '', date(rng, '2026-11-02', '2026-11-30'), hhmm(rng), rng.pick(STATIONS), nm.id('regnr', regnr(rng)), '', 'Kontrollbesiktning', '', '', rng.chance(0.5) ? nm.badLuhn() : nm.badDate(), nm.service(), '', 'Telefon', '']);
    const w = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(F, w.bytes, w.text);
  }

  // 2. SMS gateway log: 46… numbers, lone first names in the text
  {
    const F = 'vagvakt/sms_gateway_2026-11.log'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (const c of rng.shuffle(custs).slice(0, 190)) {
      const v = car(c); const d = date(rng, '2026-11-01', '2026-11-24'); const id = alnum(rng, 10).toLowerCase();
      const to = T_(R, rng, c.mob, 'plain46');
      const tmpl = rng.pick(['KALLELSE', 'BEKRAFTELSE', 'PAMINNELSE_24H', 'DACKSKIFTE_KLAR']);
      const greet = rng.chance(0.7) ? `Hej ${nm.lone(c.first)}! ` : 'Hej! ';
      const body = tmpl === 'KALLELSE' ? `${greet}Dags att besiktiga ${nm.id('regnr', v.reg)}. Boka på vagvakt.se/boka eller ring ${R.n('phone', 'service-line', O.service)}.`
        : tmpl === 'BEKRAFTELSE' ? `${greet}Din tid ${nm.date(dotDate(d))} kl ${hhmm(rng)} på ${rng.pick(STATIONS)} är bokad. Bokningsnr ${nm.id('booking-number', `B${num(rng, 7)}`)}.`
          : tmpl === 'PAMINNELSE_24H' ? `${greet}Påminnelse: besiktning av ${v.reg} i morgon. Ta med körkort. Avboka: svara AVBOKA.`
            : `${greet}Dina däck (${nm.look('product', rng.pick(TYRES))}) är monterade på ${v.reg}. Välkommen åter!`;
      L.push(`${isoTs(rng, d)} INFO  sms-out  id=${id} to=${to} from=Vagvakt tmpl=${tmpl} parts=${body.length > 160 ? 2 : 1} status=QUEUED text="${body}"`);
      L.push(`${isoTs(rng, d)} INFO  sms-dlr  id=${id} to=${to} status=${rng.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'EXPIRED', 'UNDELIVERABLE'])} op=${rng.pick(['24001', '24002', '24005', '24007'])}`);
      if (rng.chance(0.16)) {
        const from = T_(R, rng, c.mob, 'plain46');
        const txt = rng.pick([() => 'AVBOKA', () => `Kan ni flytta till fredag? /${N(R, c, 'short', 'signature')}`, () => `ok tack. mvh ${N(R, c, 'lower', 'signature')}`,
          () => `Bilen är såld, ny ägare heter ${N(R, custs[rng.int(0, custs.length - 1)], 'full', 'running-text')}`, () => 'STOPP', () => `Ring mig på ${T_(R, rng, c.land ?? c.mob, 'grouped')} istället`])();
        L.push(`${isoTs(rng, d)} INFO  sms-in   from=${from} to=72550 keyword=${txt.split(' ')[0].toUpperCase().replace(/[^A-ZÅÄÖ]/g, '')} text="${txt}"`);
      }
    }
    for (let i = 0; i < 40; i++) L.push(`2026-11-${String(rng.int(1, 24)).padStart(2, '0')}T0${rng.int(0, 5)}:00:0${rng.int(0, 9)}Z WARN  sms-api  retry=${rng.int(1, 3)} upstream=${server(R, O, 1)}:8443 msisdn=${nm.id('id_46', `46${num(rng, 5)}`)} err=THROTTLED`);
    L.sort();
    C.put(F, `${L.join('\n')}\n`);
  }

  // 3. tyre hotel workbook: several sheets
  {
    const F = 'vagvakt/dackhotell_lager_2026.xlsx'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const creator = staff[3]; N(R, creator, 'full', 'xlsx-creator');
    const lager = [['Hylla', 'Regnr', 'Kund', 'Telefon', 'Däck', 'Dimension', 'DOT', 'Mönsterdjup mm', 'Fälg', 'Inlämnat', 'Anm']];
    const kund = [['Kundnr', 'Namn', 'Personnummer', 'E-post', 'Mobil', 'Adress', 'Postnr', 'Ort', 'Abonnemang']];
    for (const c of rng.shuffle(custs).slice(0, 110)) {
      const v = car(c);
      lager.push([nm.id('shelf', `${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 40)}-${rng.int(1, 6)}`), nm.id('regnr', v.reg), N(R, c, rng.pick(['surname-first', 'full', 'full', 'surname-first-caps'])),
        T_(R, rng, c.mob, rng.pick(['compact', 'grouped', 'dash'])), nm.look('product', rng.pick(TYRES)), `${rng.pick(['205/55', '225/45', '195/65', '215/60', '235/55'])} R${rng.int(15, 19)}`,
        nm.id('dot-code', `DOT ${alnum(rng, 4)} ${rng.int(10, 52)}${rng.int(19, 25)}`), Number(`${rng.int(2, 8)}.${rng.int(0, 9)}`), rng.pick(['Stål', 'Alu', 'Alu orig']), date(rng, '2025-10-01', '2026-05-15'),
        rng.pick(['', '', '', 'punktering HF lagad', 'byt nästa säsong', 'kund vill ha dubb', `hämtas av ${rng.pick(['sonen', 'dottern', 'grannen'])}`])]);
      if (rng.chance(0.55)) kund.push([nm.id('customer-number', `K${num(rng, 6)}`), N(R, c), P_(R, rng, c.pn), M_(R, c), T_(R, rng, c.mob, 'intl'), street(rng), postcode(rng), rng.pick(['Märsta', 'Sigtuna', 'Täby', 'Norrtälje', 'Upplands-Bro']), rng.pick(['Säsong', 'Säsong+tvätt', 'Premium'])]);
    }
    const avv = [['Datum', 'Regnr', 'Avvikelse', 'Tekniker', 'Åtgärd']];
    for (let i = 0; i < 45; i++) { const c = rng.pick(custs); const s = rng.pick(staff); avv.push([date(rng), car(c).reg, rng.pick([() => 'Fel däck utlämnat', () => 'Skadad fälg vid montering', () => 'Hjulbult saknas', () => 'Kund ej nöjd med balansering', () => `Kund ${N(R, c, 'full', 'running-text')} ringde, däcken borta?`])(), N(R, s, 'surname-first-nocomma', 'staff'), rng.pick(['Ersatt', 'Utreds', 'Kontaktat kund', 'Stängd'])]); }
    const w = xlsx([{ name: 'Lager', rows: lager }, { name: 'Kunder', rows: kund }, { name: 'Avvikelser', rows: avv }], { creator: creator.full }); C.put(F, w.bytes, w.text);
  }

  // 4. inspection protocols (PDF, one per page)
  {
    const F = 'vagvakt/besiktningsprotokoll_vecka47.pdf'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const lines = [];
    for (const c of rng.shuffle(cpCusts).slice(0, 22)) {
      const v = car(c); const ins = rng.pick(staff.filter((s) => cp1252ok(s.full))); const d = date(rng, '2026-11-16', '2026-11-22');
      const user = rng.chance(0.3) ? rng.pick(cpCusts) : null;
      lines.push({ text: 'BESIKTNINGSPROTOKOLL - Kontrollbesiktning', bold: true, size: 13 }, `${O.name}, ${rng.pick(STATIONS)}   Ackr.nr ${nm.id('accreditation', `${rng.int(1000, 9999)}`)}`,
        `Protokollnr: ${nm.id('protocol-number', `${num(rng, 9)}`)}   Datum: ${d}`, `Reg.nr: ${v.reg}   Fordon: ${v.model}   Mätarställning: ${nm.id('odometer', `${rng.int(12, 380)} ${rng.digits(3)} km`)}`,
        `Chassinr (VIN): ${nm.id('vin', v.vin)}`, `Ägare: ${N(R, c, rng.pick(['surname-first-caps', 'caps', 'full']))}`, `Personnr ägare: ${P_(R, rng, c.pn, rng.pick(['short', 'long-dash']))}`);
      if (user) lines.push(`Brukare: ${N(R, user, 'full', 'running-text')}`);
      lines.push(`Adress: ${street(rng)}, ${postcode(rng)} ${rng.pick(['MÄRSTA', 'SIGTUNA', 'ROSERSBERG', 'NORRTÄLJE'])}`, '', { text: 'Anmärkningar', bold: true });
      const n = rng.int(0, 3);
      if (!n) lines.push('Inga anmärkningar.');
      for (let i = 0; i < n; i++) lines.push(`  ${rng.pick(['2', '2', '1', 'S'])}  ${rng.pick(REMARKS)}`);
      lines.push('', `Resultat: ${n ? rng.pick(['Efterkontroll inom 2 månader', 'Godkänd med anmärkning', 'Körförbud']) : 'Godkänd'}`,
        `Besiktningstekniker: ${N(R, ins, rng.pick(['full', 'initial', 'full']), 'staff')} (${nm.id('technician-id', ins.tech)})`, `Frågor? ${R.n('phone', 'service-line', O.service)}`);
      while (lines.length % 26) lines.push('');
    }
    const w = pdfLines(lines, { per: 26, title: 'Protokoll v47' }); C.put(F, w.bytes, w.text);
  }

  // 5. customer service mbox
  {
    const F = 'vagvakt/kundservice.mbox'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const msgs = [];
    for (let i = 0; i < 34; i++) {
      const c = rng.pick(custs); const s = rng.pick(staff); const v = car(c); const d = date(rng, '2026-10-01', '2026-11-24');
      const sig = () => `Med vänliga hälsningar\n${N(R, s, 'full', 'staff')}\nKundservice, ${O.name}\nDirekt: ${T_(R, rng, s.direct, undefined, 'staff-direct')}\n${R.t('email', s.mail, 'staff-work')}\n${footer(R, O, ['switchboard', 'orgnr'])}`;
      const kind = rng.int(0, 4);
      let text; let subject; let enc = rng.pick(['qp', 'b64', '8bit']);
      if (kind === 0) {
        subject = `Ombokning ${v.reg}`;
        text = `Hej!\n\nJag behöver flytta min besiktning av ${nm.id('regnr', v.reg)} (bokning ${nm.id('booking-number', `B${num(rng, 7)}`)}). Går det att ta en tid nästa vecka i ${rng.pick(STATIONS)}?\nNås bäst på ${T_(R, rng, c.mob)}.\n\nMvh ${N(R, c, rng.chance(0.2) ? 'lower' : 'full', 'signature')}`;
      } else if (kind === 1) {
        const o = rng.pick(custs);
        subject = 'Fel ägare i kallelsen';
        text = `Hej,\nni har skickat kallelse till mig men bilen ${v.reg} såldes i augusti till ${N(R, o, 'full', 'running-text')}. Hans/hennes nummer är ${T_(R, rng, o.mob)} om ni vill kontakta.\nMitt personnummer ${P_(R, rng, c.pn)} för att ni ska hitta mig.\n/${N(R, c, 'full', 'signature')}`;
      } else if (kind === 2) {
        subject = 'Re: Däckhotell - hämtning';
        text = `Hej ${nm.lone(c.first)},\n\ndina däck ligger på hylla ${nm.id('shelf', `${rng.pick(['A', 'B', 'C'])}${rng.int(1, 40)}-${rng.int(1, 6)}`)} och kan hämtas vardagar 7-16.\n\n${sig()}\n\n> ${N(R, c, 'full', 'quoted')} skrev ${svDate(d)}:\n> Hej, kan min man ${N(R, custs[(custs.indexOf(c) + 1) % custs.length], 'full', 'running-text')} hämta däcken åt mig?\n> ${M_(R, c)}`;
        enc = 'qp';
      } else if (kind === 3) {
        subject = 'Reklamation efterkontroll'; enc = 'b64';
        text = `Hej!\nJag fick anmärkning för ${rng.pick(REMARKS).toLowerCase()} men verkstaden säger att allt är ok. Jag vill ha pengarna tillbaka för efterkontrollen (${nm.amount(`${rng.pick(['295', '345'])} kr`)}).\nKvitto nr ${nm.id('receipt', num(rng, 8))}.\n\n${N(R, c, 'full', 'signature')}\n${T_(R, rng, c.land ?? c.mob)}\n${street(rng)}`;
      } else {
        subject = 'Fw: Bokningsbekräftelse'; enc = 'qp';
        const o = rng.pick(custs);
        text = `Hej, se nedan, jag bokade åt min pappa ${N(R, o, 'full', 'running-text')} (${P_(R, rng, o.pn, 'long')}) men fel station blev vald.\n${N(R, c, 'short', 'signature')}\n\n---------- Vidarebefordrat meddelande ----------\nFrån: ${O.name} <${role(R, O, 2)}>\nDatum: ${svDate(d)}\nÄmne: Bokningsbekräftelse ${v.reg}\n\nTack för din bokning! Regnr ${v.reg}, ${rng.pick(STATIONS)}, ${dotDate(d)} ${hhmm(rng)}.\nVid frågor ring ${R.n('phone', 'service-line', O.service)}.`;
      }
      const out = kind === 2 || (kind === 0 && rng.chance(0.15));
      const html = rng.chance(0.3) && enc !== '8bit' ? `<div>${htmlEsc(text).replace(/\n/g, '<br>')}</div>` : null;
      msgs.push({ from: out ? [s.full, s.mail] : [c.full, c.mail], to: out ? [[c.full, c.mail]] : [['Vägvakt Kundservice', role(R, O, 0)]], subject, date: rfcDate(d, `${hhmm(rng)}:00`), id: msgId(rng, out ? O.domain : c.mail.split('@')[1]),
        text, enc, hdrMode: rng.pick(['Q', 'B']), ...(html ? { html, htmlText: text } : {}), mboxDate: 'Tue Nov 24 09:12:00 2026' });
      N(R, out ? s : c, 'full', out ? 'staff-header-display' : 'header-display'); N(R, c, 'full', 'header-display'); R.t('email', c.mail, 'personal'); if (out) R.t('email', s.mail, 'staff-work');
    }
    const w = mbox(msgs); C.put(F, w.bytes, w.text);
  }

  // 6. Freshdesk-shaped ticket export (JSON)
  {
    const F = 'vagvakt/freshdesk_tickets.json'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const tickets = [];
    for (let i = 0; i < 42; i++) {
      const c = rng.pick(custs); const s = rng.pick(staff); const d = date(rng); const v = car(c);
      const convs = [];
      for (let k = 0; k < rng.int(1, 4); k++) {
        const inc = k % 2 === 0;
        convs.push({ id: Number(num(rng, 11)), incoming: inc, private: !inc && rng.chance(0.3), user_id: Number(num(rng, 11)), created_at: isoTs(rng, d),
          body_text: inc ? rng.pick([() => `Hej, jag heter ${N(R, c, 'full', 'self-intro')} och har bil ${nm.id('regnr', v.reg)}. ${rng.pick(['Varför fick jag körförbud?', 'Kan jag besiktiga utan kallelse?', 'Tappat kvittot, kan ni maila?'])}`,
            () => `mitt nummer är ${T_(R, rng, c.mob)}, ring efter 16`, () => `personnummer ${P_(R, rng, c.pn)} om ni behöver`, () => 'Tack för hjälpen!'])()
            : rng.pick([() => `Hej ${nm.lone(c.first)}! Vi har bokat om dig. ${N(R, s, 'short', 'staff')}`, () => `Internt: kontrollera VIN ${nm.id('vin', v.vin)} mot registret`, () => `Återbetalning ${nm.amount(`${kr(rng, 200, 900)} kr`)} skickad. /${nm.lone(s.first)}`])() });
      }
      tickets.push({ id: Number(num(rng, 6)), subject: rng.pick(['Ombokning', 'Faktura', 'Däckhotell', 'Körförbud', 'Kallelse']) + ` ${v.reg}`, status: rng.pick([2, 3, 4, 5]), priority: rng.int(1, 3), source: rng.pick([1, 2, 3, 7]),
        requester: { name: N(R, c, rng.chance(0.1) ? 'lower' : 'full', 'json-field'), email: M_(R, c), phone: rng.chance(0.6) ? T_(R, rng, c.mob, rng.pick(['e164', 'intl', 'compact'])) : null, mobile: null },
        responder: { name: N(R, s, 'full', 'staff'), email: R.t('email', s.mail, 'staff-work') }, group: rng.pick(STATIONS), created_at: isoTs(rng, d),
        custom_fields: { cf_regnr: v.reg, cf_bokningsnr: nm.id('booking-number', `B${num(rng, 7)}`), cf_kundnr: nm.id('customer-number', `K${num(rng, 6)}`) }, conversations: convs });
    }
    C.put(F, `${jsonText({ export: { generated_at: '2026-11-25T06:00:00Z', domain: 'vagvakt.freshdesk.com' }, tickets }, 1)}\n`);
  }

  // 7. station notes (sloppy)
  {
    const F = 'vagvakt/anteckningar_stationer.txt'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (let i = 0; i < 95; i++) {
      const c = rng.pick(custs); const s = rng.pick(staff); const v = car(c); const d = date(rng, '2026-10-15', '2026-11-24');
      const who = rng.chance(0.3) ? `${nm.lone(s.first)}` : N(R, s, rng.pick(['short', 'lower']), 'staff');
      const t = rng.pick([
        () => `ringde ${N(R, c, rng.pick(['full', 'lower']), 'running-text')} ang ${v.reg}, vill ha tid innan jul. bokat ${rng.pick(STATIONS).split(' ')[1]} ${dotDate(addDays(d, 5))}`,
        () => `pratat m ${N(R, c, 'lower', 'running-text')} - säger att bilen e avställd sen juni. kolla m transportstyrelsen. tel ${T_(R, rng, c.mob, rng.pick(['compact', 'slash', 'dots', 'grouped']))}`,
        () => `kund ${N(R, c, 'full', 'running-text')} arg pga fel däck på ${v.reg}, enl. ${nm.lone(s.first)} lämnades ${nm.look('product', rng.pick(TYRES))} ut istället för sommardäck. återkom`,
        () => `${nm.id('regnr', v.reg)} ägare ${N(R, c, 'surname-first-nocomma', 'running-text')} pnr ${P_(R, rng, c.pn)} - efterkontroll gratis enl chef`,
        () => `lämnat nycklar i nyckelboxen fack ${rng.int(1, 60)}, kund ${N(R, c, 'full', 'running-text')} hämtar ikväll (${T_(R, rng, c.mob)})`,
        () => `${nm.lone(c.first)} från ${nm.look('company', rng.pick(COMPANIES))} ringer om flottan, 12 bilar, vill ha samlad faktura. orgnr ${nm.orgnr()}`,
        () => `obs ${v.reg}: skylten saknas, kund ska polisanmäla (anm.nr ${nm.id('police-report', `${rng.int(5000, 5999)}-K${num(rng, 6)}-26`)})`,
        () => `mail fr ${M_(R, c)} hamnade i skräp, svarat manuellt`,
      ])();
      L.push(`${d} ${hhmm(rng)} [${who}] ${t}`);
    }
    C.put(F, `# Stationsanteckningar - export ${'2026-11-25'}\n${L.join('\n')}\n`);
  }

  // 8. web booking access log
  {
    const F = 'vagvakt/webbokning_access.log'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (let i = 0; i < 240; i++) {
      const d = date(rng, '2026-11-18', '2026-11-24'); const [y, m, dd] = d.split('-');
      const ip = i % 11 === 0 ? server(R, O, 0) : I_(R, rng);
      const path = rng.pick([() => `/boka/station/${rng.int(1, 6)}`, () => `/api/v2/fordon?regnr=${nm.id('regnr', regnr(rng, false))}`, () => '/boka/bekrafta', () => `/minasidor/bokning/${nm.id('booking-number', `B${num(rng, 7)}`)}`, () => '/static/app.8f3c1.js', () => `/dackhotell/status?kund=${nm.id('customer-number', `K${num(rng, 6)}`)}`])();
      L.push(`${ip} - - [${dd}/${MON[Number(m) - 1]}/${y}:${hms(rng)} +0100] "${rng.pick(['GET', 'GET', 'POST'])} ${path} HTTP/1.1" ${rng.pick([200, 200, 200, 302, 304, 404, 500])} ${rng.int(200, 40000)} "-" "${rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0', 'Mozilla/5.0 (Linux; Android 14; SM-S918B)', 'okhttp/4.12.0'])}"`);
    }
    C.put(F, `${L.join('\n')}\n`);
  }

  // 9. vehicle register XML extract: owner + user (brukare), leasing companies
  {
    const F = 'vagvakt/fordonsregister_utdrag.xml'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<Fordonsutdrag skapad="2026-11-24T22:00:00" mottagare="${xmlEsc(O.name)}">`];
    for (const c of rng.shuffle(custs).slice(0, 60)) {
      const v = car(c);
      L.push(`  <Fordon regnr="${nm.id('regnr', v.reg)}">`, `    <Chassinummer>${nm.id('vin', v.vin)}</Chassinummer>`, `    <Modell>${xmlEsc(v.model)}</Modell>`, `    <SenastBesiktigad>${date(rng, '2024-06-01', '2025-11-30')}</SenastBesiktigad>`);
      if (rng.chance(0.12)) {
        L.push(`    <Agare typ="juridisk"><Namn>${xmlEsc(nm.look('company', rng.pick(['Volvofinans Leasing AB', 'Ayvens Sverige AB', 'Santander Consumer Bank AS'])))}</Namn><Orgnr>${nm.orgnr()}</Orgnr></Agare>`);
        L.push(`    <Brukare><Fornamn>${xmlEsc(c.given)}</Fornamn><Efternamn>${xmlEsc(c.last)}</Efternamn><Personnummer>${P_(R, rng, c.pn, 'long')}</Personnummer></Brukare>`);
        C.joined(F, c.given, c.last);
      } else {
        L.push(`    <Agare typ="fysisk"><Fornamn>${xmlEsc(c.given)}</Fornamn><Efternamn>${xmlEsc(c.last)}</Efternamn><Personnummer>${P_(R, rng, c.pn, 'long')}</Personnummer>`);
        C.joined(F, c.given, c.last);
        L.push(`      <Adress><Gata>${street(rng)}</Gata><Postnr>${postcode(rng)}</Postnr><Ort>${city(rng).toUpperCase()}</Ort></Adress></Agare>`);
      }
      L.push('  </Fordon>');
    }
    L.push('</Fordonsutdrag>');
    C.put(F, `${L.join('\n')}\n`);
  }

  // 10. chat widget NDJSON (Intercom-like events)
  {
    const F = 'vagvakt/chatt_widget_events.ndjson'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (let i = 0; i < 45; i++) {
      const c = rng.pick(custs); const s = rng.pick(staff); const d = date(rng); const conv = num(rng, 9);
      const ip = ipValLabel(R, rng);
      L.push(JSON.stringify({ type: 'conversation.created', conversation_id: conv, at: isoTs(rng, d), visitor: { name: rng.chance(0.7) ? N(R, c, rng.chance(0.2) ? 'lower' : 'full', 'json-field') : null, email: rng.chance(0.6) ? M_(R, c) : null, ip, city: rng.pick(['Märsta', 'Stockholm', 'Uppsala']) } }));
      L.push(JSON.stringify({ type: 'message', conversation_id: conv, at: isoTs(rng, d), author: 'visitor', body: rng.pick([() => `hej! ${car(c).reg} fick körförbud, kan jag köra till verkstan?`, () => `kan ni ringa mig ${T_(R, rng, c.mob)}`, () => `jag heter ${N(R, c, 'lower', 'self-intro')} och undrar om däckhotellet`, () => 'hur länge gäller en efterkontroll?'])() }));
      L.push(JSON.stringify({ type: 'message', conversation_id: conv, at: isoTs(rng, d), author: { type: 'admin', name: N(R, s, 'short', 'staff') }, body: rng.pick([() => `Hej ${nm.lone(c.first)}, ja du får köra direkt till verkstad.`, () => 'Vi ringer dig inom en timme.', () => `Kontakta ${R.n('email', 'role-email', O.roles[4])} för däckfrågor.`])() }));
    }
    C.put(F, `${L.join('\n')}\n`);
  }

  // 11. staff schedule TSV
  {
    const F = 'vagvakt/personal_schema_v48.tsv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Anst.nr', 'Namn', 'Station', 'Roll', 'Mobil', 'E-post', 'Mån', 'Tis', 'Ons', 'Tor', 'Fre']];
    for (const s of staff) rows.push([nm.id('employee-number', s.tech), N(R, s, 'surname-first', 'staff'), s.station, rng.pick(['Besiktningstekniker', 'Däcktekniker', 'Stationschef', 'Kundservice']), T_(R, rng, s.direct, rng.pick(['grouped', 'compact']), 'staff-direct'), R.t('email', s.mail, 'staff-work'), ...Array.from({ length: 5 }, () => rng.pick(['07-16', '09-18', 'Ledig', '07-16', 'Semester', '10-19']))]);
    rows.push(['', 'Växel', '', '', R.n('phone', 'switchboard', O.switchboard), role(R, O, 1), '', '', '', '', '']);
    const w = csv(rows, { sep: '\t', eol: '\n' }); C.put(F, w.bytes, w.text);
  }

  // 12. HTML-only complaint with a table
  {
    const F = 'vagvakt/reklamation_dackskifte.eml'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const c = custs[7]; const s = staff[5]; const w2 = custs[8]; const v = car(c);
    const html = `<html><body><p>Hej!</p><p>Jag, ${htmlEsc(N(R, c, 'full', 'running-text'))}, lämnade in ${htmlEsc(nm.id('regnr', v.reg))} för däckskifte den ${svDate('2026-11-12')}. Efter 40 km lossnade en hjulbult. Vittne: ${htmlEsc(N(R, w2, 'full', 'witness'))}, ${htmlEsc(T_(R, rng, w2.mob))}.</p>
<table border="1"><tr><th>Namn</th><th>Personnummer</th><th>Telefon</th><th>E-post</th></tr><tr><td>${htmlEsc(c.full)}</td><td>${P_(R, rng, c.pn)}</td><td>${T_(R, rng, c.mob, 'intl')}</td><td>${M_(R, c)}</td></tr></table>
<p>Jag kräver ersättning för bärgning (${htmlEsc(nm.amount('1 850 kr'))}), faktura från ${htmlEsc(nm.look('company', 'Assistancekåren'))} bifogas senare.</p><p>Handläggare enligt kvittot: ${htmlEsc(N(R, s, 'full', 'staff'))}</p><p>Mvh<br>${htmlEsc(c.full)}<br>${htmlEsc(LOOKALIKE[0][0])} ${rng.int(2, 30)}</p></body></html>`;
    nm.look(LOOKALIKE[0][1], LOOKALIKE[0][0]);
    const m = htmlEml({ from: [c.full, c.mail], to: [['Vägvakt Kundservice', role(R, O, 0)]], subject: `Reklamation däckskifte ${v.reg}`, date: rfcDate('2026-11-13', '21:44:10'), id: msgId(rng, 'hotmail.com'), html, enc: 'qp' });
    N(R, c, 'full', 'header-display');
    C.put(F, m.bytes, m.text);
  }
}

function ipValLabel(R, rng) { return I_(R, rng); }
function hms(rng) { return `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`; }
