// Thirteenth blind set — 6. Bergslagens Auktionsverk: bidders, consignors, buyers, pick-up authorisations, estates (auktion/).
import { Rng, org, people, kin, T, N, nameAs, pnr, oldPnr, phone, email, workEmail, date, svDate, dmy, hhmm, hms, num, kr, footer, role, server,
  nBadPnr, nBadDate, nOrg, nDoc, csv, xlsx, docx, pdf, message, htmlOnly, mboxRaw, rfcDate, xmlEsc, txt, json, ndjson, folded, ipVal, postcode,
  STREETS, ARTISTS, SITTERS, COMPANIES, WORDS, ascii } from './core.mjs';
import { sig, quote, customers } from './kit.mjs';

const O = org(new Rng('auk/org'), { name: 'Bergslagens Auktionsverk AB', domain: 'bergslagensauktion.se', area: '19' });
const DIR = 'auktion';
const OBJECTS = ['Oljemålning', 'Akvarell', 'Skål', 'Vas', 'Fåtölj', 'Sidobord', 'Kaffeservis', 'Ljusstakar, ett par', 'Armbandsur', 'Litografi', 'Golvur', 'Byrå'];
const lotText = (R, r) => {
  const k = r.int(0, 9);
  if (k <= 5) return `${r.pick(OBJECTS)}, ${N(R, 'artist-or-brand', r.pick(ARTISTS))}, ${r.pick(['signerad', 'stämplad', 'osignerad, tillskriven', 'märkt'])}, ${r.int(190, 197)}0-tal`;
  if (k <= 7) return `${r.pick(['Oljemålning', 'Kopparstick', 'Miniatyr'])}, "${N(R, 'artwork-subject', r.pick(SITTERS))}", ${r.pick(['1700-tal', '1800-tal', 'efter förlaga'])}`;
  return `${r.pick(OBJECTS)}, ${r.pick(['mässing', 'ek', 'silver 830', 'glas', 'porslin'])}, ${r.pick(['1800-tal', '1900-talets mitt', 'Gustaviansk stil'])}`;
};

export default function build(C) {
  const rng = new Rng('auk/people');
  const staff = people(rng, 9, { cp1252: true, middle: 0 }).map((p) => ({ p, ph: phone(rng, 'mobile'), mail: workEmail(p, O.domain) }));
  const bidders = customers(rng, 220, { cp1252: true });
  for (const b of bidders) { b.paddle = `${rng.int(100, 999)}`; b.cust = `K${num(rng, 6)}`; b.ip = ipVal(rng); }
  const lots = Array.from({ length: 160 }, (_, i) => ({ nr: `${2611}${String(i + 1).padStart(4, '0')}` }));

  // 1. Bid log CSV with IPs.
  {
    const f = `${DIR}/budlogg_auktion_2026-11-26.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['tid', 'utrop', 'budgivare', 'namn', 'bud_sek', 'kanal', 'ip']];
    for (let i = 0; i < 320; i++) {
      const b = r.pick(bidders.slice(0, 140)); const lot = r.pick(lots); const online = r.chance(0.75);
      rows.push([`2026-11-26T${String(r.int(10, 17)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.int(100, 999)}+01:00`,
        N(R, 'lot-number', lot.nr, null), N(R, 'paddle-number', `#${b.paddle}`, null), T(R, 'name', nameAs(b.p, r.chance(0.15) ? 'caps' : 'full'), 'bidder'), String(r.int(3, 400) * 100),
        online ? 'online' : r.pick(['telefon', 'sal', 'förhandsbud']), online ? T(R, 'ip', b.ip) : '']);
    }
    const out = csv(rows, { sep: ',', eol: '\n' });
    C.put(f, out.bytes, out.text);
  }

  // 2. Consignors CSV with quoted multi-line descriptions.
  {
    const f = `${DIR}/inlamnare_2026.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['Inlämningsnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'E-post', 'Bankkonto', 'Objekt', 'Utropspris', 'Mottaget av']];
    for (const c of bidders.slice(120, 210)) {
      C.joined(f, c.p.first, c.p.last);
      const items = Array.from({ length: r.int(1, 3) }, () => lotText(R, r));
      rows.push([N(R, 'consignment-number', `IN-${num(r, 6)}`, null), c.p.first, c.p.last, r.chance(0.04) ? nBadPnr(R, r) : T(R, 'personnummer', c.pn), T(R, 'phone', c.ph), r.chance(0.7) ? T(R, 'email', c.em) : '',
        N(R, 'account-number', `${r.int(3000, 9999)}-${num(r, 7)}`, null), items.join('\n'), N(R, 'amount', kr(r, 500, 80000), null), T(R, 'name', nameAs(r.pick(staff).p, 'full'), 'staff')]);
    }
    const out = csv(rows, { sep: ',', eol: '\r\n', bom: true });
    C.put(f, out.bytes, out.text);
  }

  // 3. Catalogue JSON: artists and sitters are near-misses, provenance names the deceased.
  {
    const f = `${DIR}/katalog_hostauktion.json`; const R = C.at(f); const r = new Rng(f);
    const items = lots.slice(0, 110).map((l) => {
      const it = { lot: N(R, 'lot-number', l.nr, null), title: lotText(R, r), estimate: { low: r.int(1, 40) * 500, high: r.int(41, 90) * 500, currency: 'SEK' }, images: [`https://img.${O.domain}/2611/${l.nr}_1.jpg`], consignorRef: N(R, 'consignment-number', `IN-${num(r, 6)}`, null) };
      const k = r.int(0, 5);
      if (k === 0) it.provenance = `Dödsboet efter ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'deceased')}, ${r.pick(['Lindesberg', 'Nora', 'Kopparberg'])}.`;
      else if (k === 1) it.provenance = `Förvärvad av nuvarande ägares morfar, direktör ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'running-text')}, på ${N(R, 'company', r.pick(['Bukowskis', 'Stockholms Auktionsverk', 'Uppsala Auktionskammare']))} 1962.`;
      else if (k === 2) it.provenance = `Gåva från konstnären ${N(R, 'artist-or-brand', r.pick(ARTISTS))} till familjen.`;
      if (r.chance(0.15)) it.condition = `Konditionsrapport skickad till ${T(R, 'email', r.pick(bidders).em)}`;
      return it;
    });
    const out = json({ auction: { id: 'HA-2611', title: 'Höstauktion 26 november 2026', venue: N(R, 'street', 'Gustav Adolfs torg 2') }, items }, 1);
    C.put(f, out.bytes, out.text);
  }

  // 4. Invoice PDFs.
  for (const b of bidders.slice(210, 213)) {
    const f = `${DIR}/fakturor/faktura_${num(new Rng(b.cust), 6)}.pdf`; const R = C.at(f); const r = new Rng(f);
    const lines = [{ text: 'FAKTURA', size: 16, bold: true }, `${O.name} · ${N(R, 'street', 'Karl Johans gata 14')} · 702 10 Örebro`, '',
      `Köpare: ${T(R, 'name', nameAs(b.p, 'full'))}`, `${r.pick(['Ringvägen', 'Bergsgatan', 'Kyrkogatan'])} ${r.int(1, 50)}`, `${N(R, 'postcode', postcode(r), null)} ${r.pick(['Örebro', 'Karlskoga', 'Lindesberg'])}`,
      `Kundnr: ${N(R, 'customer-number', b.cust, null)}   Budgivarnr: ${N(R, 'paddle-number', b.paddle, null)}`, `Telefon: ${T(R, 'phone', b.ph)}`, '', 'Utrop     Beskrivning                                      Klubbat    Avgift'];
    let sum = 0;
    for (let i = 0; i < r.int(2, 5); i++) { const a = r.int(5, 300) * 100; sum += a; lines.push(`${N(R, 'lot-number', r.pick(lots).nr, null)}  ${lotText(R, r)}  ${a} kr  ${Math.round(a * 0.25)} kr`); }
    lines.push('', `Att betala: ${N(R, 'amount', `${Math.round(sum * 1.25)} kr`, null)}`, `OCR: ${N(R, 'ocr', num(r, 14), null)}   Bankgiro: ${N(R, 'bankgiro', O.bg, null)}`, `Förfallodatum: ${dmy('2026-12-10')}`,
      `Handläggare: ${T(R, 'name', nameAs(r.pick(staff).p, 'full'), 'staff')}`, `${O.name} · Org.nr ${N(R, 'organisationsnummer', O.orgnr, 'personnummer')} · Växel ${N(R, 'switchboard', O.switchboard, 'phone')}`);
    const out = pdf([lines], { title: 'Faktura' });
    C.put(f, out.bytes, out.text);
  }

  // 5. Pick-up authorisations (.docx).
  for (const b of bidders.slice(214, 216)) {
    const f = `${DIR}/fullmakt_avhamtning_${b.cust}.docx`; const R = C.at(f); const r = new Rng(f);
    const ag = r.chance(0.5) ? kin(r, b.p) : people(r, 1)[0]; const agPn = pnr(r);
    const out = docx([
      { h: 'FULLMAKT – avhämtning av inropat gods' },
      { runs: ['Härmed ger jag, ', T(R, 'name', nameAs(b.p, 'full'), 'principal'), ', personnummer ', T(R, 'personnummer', b.pn), ','] },
      { runs: [T(R, 'name', nameAs(ag, 'full'), 'authorised'), ' (', T(R, 'personnummer', agPn), ') fullmakt att hämta ut utrop ', N(R, 'lot-number', r.pick(lots).nr, null), ' och ', N(R, 'lot-number', r.pick(lots).nr, null), '.'] },
      `Ombudet nås på ${T(R, 'phone', phone(r))}.`,
      { table: [['Ort/datum', `Örebro ${svDate(date(r, '2026-11-26', '2026-11-30'))}`], ['Underskrift', ''], ['Namnförtydligande', T(R, 'name', nameAs(b.p, 'caps'), 'caps')]] },
      `Legitimation kontrollerad av: ${T(R, 'name', nameAs(r.pick(staff).p, 'initial'), 'initial')}`,
    ], { creator: T(R, 'name', nameAs(b.p, 'full'), 'docx-creator') });
    C.put(f, out.bytes, out.text);
  }

  // 6. Estate inventories (dödsbo) with heirs.
  for (let i = 0; i < 2; i++) {
    const r0 = new Rng(`${DIR}/dodsbo/${i}`);
    const dec = people(r0, 1, { middle: 0.5 })[0];
    const f = `${DIR}/dodsbo/dodsbo_${ascii(dec.last).replace(/ /g, '_')}_${i + 1}.docx`; const R = C.at(f); const r = new Rng(f);
    const heirs = [kin(r, dec), kin(r, dec), people(r, 1)[0]]; const lawyer = people(r, 1, { middle: 0 })[0];
    const blocks = [{ h: `Uppdrag dödsbo – ${T(R, 'name', nameAs(dec, 'full'), 'deceased')}` },
      { runs: ['Den avlidne: ', T(R, 'name', nameAs(dec, 'reversed'), 'deceased'), ', ', T(R, 'personnummer', i === 0 ? oldPnr(r) : pnr(r, { minYear: 1930, maxYear: 1945 })), `, avled ${svDate(date(r, '2026-05-01', '2026-10-01'))}.`] },
      { h: 'Dödsbodelägare' },
      { table: [['Namn', 'Personnummer', 'Telefon', 'E-post'], ...heirs.map((h) => [T(R, 'name', nameAs(h, 'full'), 'heir'), T(R, 'personnummer', pnr(r)), T(R, 'phone', phone(r)), T(R, 'email', email(r, h))])] },
      `Boutredningsman: advokat ${T(R, 'name', nameAs(lawyer, 'full'), 'executor')}, ${N(R, 'company', r.pick(['Advokatfirman Lindqvist & Söner', 'Familjen Ekströms Stiftelse', 'Advokatbyrån Nord']))}, tel ${T(R, 'phone', phone(r, 'landline'))}.`,
      `Kontaktperson för tömning av bostaden är ${T(R, 'name', nameAs(heirs[0], 'full'), 'heir')}. Nycklar hos grannen ${T(R, 'name', nameAs(people(r, 1)[0], 'full'), 'neighbour')}.`,
      { h: 'Förteckning' }, { table: [['Nr', 'Föremål', 'Bedömning'], ...Array.from({ length: 14 }, (_, j) => [String(j + 1), lotText(R, r), N(R, 'amount', kr(r, 200, 60000), null)])] },
      `Värderat av ${T(R, 'name', nameAs(staff[i].p, 'full'), 'staff')}, ${T(R, 'phone', staff[i].ph)}. ${footer(R, O, ['orgnr', 'bg'])}`];
    const out = docx(blocks, { creator: 'Bergslagens Auktionsverk' });
    C.put(f, out.bytes, out.text);
  }

  // 7. Mail: bidders, condition reports, consignors, forwards.
  {
    const f = `${DIR}/auktion_mejl.mbox`; const R = C.at(f); const r = new Rng(f);
    const msgs = [];
    for (let i = 0; i < 14; i++) {
      const b = r.pick(bidders); const s = r.pick(staff); const d = date(r, '2026-11-01', '2026-11-25'); const lot = r.pick(lots).nr;
      const k = i % 3;
      if (k === 0) {
        const text = [`Hej!`, `Jag vill lämna förhandsbud på utrop ${N(R, 'lot-number', lot, null)}: max ${r.int(5, 90) * 100} kr.`, `Mitt budgivarnummer är ${N(R, 'paddle-number', b.paddle, null)}.`, '', sig(R, b.p, { greet: 'Vänligen', ph: b.ph })].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(b.p, 'full'), 'header-display'), T(R, 'email', b.em)], to: [['Bergslagens Auktionsverk', role(R, O, 1)]], subject: `Förhandsbud ${lot}`, date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 10)}@${b.em.value.split('@')[1]}`, text, enc: r.pick(['qp', '8bit']), hdrMode: 'B' });
        msgs.push({ ...m, sender: b.em.value });
      } else if (k === 1) {
        const orig = [`Hej, kan ni skicka fler bilder på ${N(R, 'lot-number', lot, null)}? Är ${N(R, 'artist-or-brand', r.pick(ARTISTS))}-signaturen äkta?`, `/${T(R, 'name', nameAs(b.p, 'full'), 'signature')}`].join('\n');
        const text = [`Hej ${N(R, 'lone-first-name', b.p.call)},`, '', 'Konditionsrapport: mindre nagg i glasyren, i övrigt gott skick. Signaturen är bedömd som äkta av vår specialist.', '',
          sig(R, s.p, { title: 'Intendent, Konst & Design', orgName: O.name, ph: s.ph, em: { value: s.mail, subtype: 'work-personal' } }), '', `Den ${svDate(d)} skrev ${T(R, 'name', nameAs(b.p, 'full'), 'quote-attribution')} <${T(R, 'email', b.em)}>:`, quote(orig)].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(s.p, 'full'), 'header-display'), s.mail], to: [[T(R, 'name', nameAs(b.p, 'full'), 'header-display'), b.em.value]], subject: `SV: Utrop ${lot}`, date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 10)}@${O.domain}`, text, enc: 'b64' });
        msgs.push({ ...m, sender: s.mail });
      } else {
        const heir = people(r, 1)[0]; const hem = email(r, heir); const dec = kin(r, heir);
        const html = `<p>Hej!</p><p>Jag är dödsbodelägare efter min far <b>${xmlEsc(T(R, 'name', nameAs(dec, 'full'), 'deceased'))}</b> och undrar om ni kan värdera hans samling av ${xmlEsc(N(R, 'artist-or-brand', r.pick(ARTISTS)))}.</p>`
          + `<p>Min syster ${xmlEsc(T(R, 'name', nameAs(kin(r, heir), 'full'), 'heir'))} har fullmakt från övriga.</p><p>Hälsningar<br>${xmlEsc(T(R, 'name', nameAs(heir, 'full'), 'signature'))}<br>${T(R, 'phone', phone(r))}</p>`;
        const m = htmlOnly({ from: [T(R, 'name', nameAs(heir, 'full'), 'header-display'), T(R, 'email', hem)], to: [['', role(R, O, 1)]], subject: `Värdering dödsbo ${dec.call} ${dec.last}`, date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 10)}@mail.example`, html, enc: 'qp' });
        R.t('name', `${dec.call} ${dec.last}`, 'subject');
        msgs.push({ ...m, sender: hem.value });
      }
    }
    const out = mboxRaw(msgs);
    C.put(f, out.bytes, out.text);
  }

  // 8. Buyers workbook.
  {
    const f = `${DIR}/kopare_obetalda.xlsx`; const R = C.at(f); const r = new Rng(f);
    const s1 = [['Kundnr', 'Efternamn', 'Förnamn', 'Personnr', 'Mobil', 'E-post', 'Budgivarnr']];
    const s2 = [['Kundnr', 'Namn', 'Utrop', 'Belopp', 'Påminnelse', 'Handläggare']];
    const s3 = [['Utrop', 'Hämtas av', 'Fullmakt', 'Tid']];
    for (const b of bidders.slice(0, 110)) {
      C.joined(f, b.p.first, b.p.last);
      s1.push([N(R, 'customer-number', b.cust, null), b.p.last, b.p.first, T(R, 'personnummer', b.pn), T(R, 'phone', b.ph), T(R, 'email', b.em), Number(b.paddle)]);
    }
    for (const b of bidders.slice(0, 40)) s2.push([b.cust, T(R, 'name', nameAs(b.p, r.pick(['reversed', 'caps-reversed']))), r.pick(lots).nr, r.int(200, 60000), r.pick(['1', '2', 'Inkasso']), T(R, 'name', nameAs(r.pick(staff).p, 'full'), 'staff')]);
    for (const b of bidders.slice(40, 70)) { const ag = r.chance(0.4) ? kin(r, b.p) : null; s3.push([r.pick(lots).nr, ag ? T(R, 'name', nameAs(ag, 'full'), 'authorised') : T(R, 'name', nameAs(b.p, 'full')), ag ? 'Ja' : 'Nej', `${date(r, '2026-11-27', '2026-12-05')} ${hhmm(r)}`]); }
    const out = xlsx([{ name: 'Köpare', rows: s1 }, { name: 'Obetalt', rows: s2 }, { name: 'Avhämtning', rows: s3 }], { creator: 'Auktionsverket' });
    C.put(f, out.bytes, out.text);
  }

  // 9. vCards of regular clients.
  {
    const f = `${DIR}/stamkunder.vcf`; const R = C.at(f); const r = new Rng(f);
    const L = [];
    for (const b of bidders.slice(140, 170)) {
      L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${b.p.last};${b.p.first};;;`, `FN:${T(R, 'name', nameAs(b.p, 'full'), 'vcard-fn')}`, `TEL;TYPE=CELL:${T(R, 'phone', b.ph)}`, `EMAIL:${T(R, 'email', b.em)}`,
        `NOTE:Samlar på ${N(R, 'artist-or-brand', r.pick(ARTISTS))}. ${r.chance(0.3) ? `Fru: ${T(R, 'name', nameAs(kin(r, b.p), 'full'), 'relative')}` : ''}`, `CATEGORIES:Stamkund`, 'END:VCARD');
    }
    const out = folded(L);
    C.put(f, out.bytes, out.text);
  }

  // 10. Viewing calendar (.ics).
  {
    const f = `${DIR}/visning_hostauktion.ics`; const R = C.at(f); const r = new Rng(f);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:Visningar'];
    for (const b of bidders.slice(170, 195)) {
      const d = date(r, '2026-11-20', '2026-11-25').replace(/-/g, ''); const s = r.pick(staff);
      L.push('BEGIN:VEVENT', `DTSTART:${d}T${String(r.int(9, 16)).padStart(2, '0')}0000Z`, `SUMMARY:Privat visning ${T(R, 'name', nameAs(b.p, 'full'), 'ics-summary')}`,
        `DESCRIPTION:Vill se utrop ${N(R, 'lot-number', r.pick(lots).nr, null)}. Tel ${T(R, 'phone', b.ph)}`, `ORGANIZER;CN=${T(R, 'name', nameAs(s.p, 'full'), 'ics-cn')}:mailto:${T(R, 'email', { value: s.mail, subtype: 'work-personal' })}`,
        `LOCATION:${N(R, 'street', 'Karl Johans gata 14')}\\, Örebro`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    const out = folded(L);
    C.put(f, out.bytes, out.text);
  }

  // 11. Live chat during the auction.
  {
    const f = `${DIR}/livechatt_auktion.txt`; const R = C.at(f); const r = new Rng(f);
    const out = [`Livechatt – Höstauktion 26/11 – export ${N(R, 'date', '2026-11-26', null)}`];
    for (let i = 0; i < 120; i++) {
      const b = r.pick(bidders); const s = r.pick(staff); const fromStaff = r.chance(0.4);
      const speaker = fromStaff ? T(R, 'name', nameAs(s.p, 'full'), 'chat-speaker') : T(R, 'name', nameAs(b.p, r.chance(0.2) ? 'lower' : 'full'), 'chat-speaker');
      const line = fromStaff ? r.pick([() => `Hej ${N(R, 'lone-first-name', b.p.call)}, budet är registrerat.`, () => `Utrop ${N(R, 'lot-number', r.pick(lots).nr, null)} klubbas om ca 5 min.`, () => 'Tack, vi återkommer.'])()
        : r.pick([() => `hej mitt bud på ${r.pick(lots).nr} syns inte`, () => `kan min bror ${T(R, 'name', nameAs(kin(r, b.p), 'full'), 'relative')} hämta åt mig?`, () => `ring mig på ${T(R, 'phone', b.ph)}`, () => `är ${N(R, 'artist-or-brand', r.pick(ARTISTS))} vasen hel?`, () => `${N(R, 'word-also-name', r.pick(WORDS))}`])();
      out.push(`${String(r.int(10, 17)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} ${speaker}: ${line}`);
    }
    const t = txt(out.join('\n'));
    C.put(f, t.bytes, t.text);
  }

  // 12. Online bidder registrations NDJSON (BankID-verified).
  {
    const f = `${DIR}/budgivare_registrering.ndjson`; const R = C.at(f); const r = new Rng(f);
    const list = bidders.slice(0, 140).map((b) => ({ ts: `${date(r, '2026-10-01', '2026-11-25')}T${hms(r)}Z`, event: 'bidder.registered', customerNo: N(R, 'customer-number', b.cust, null),
      bankid: { personalNumber: T(R, 'personnummer', { value: b.pn.value.replace(/[-+ ]/g, '').length === 10 ? (b.pn.value.includes('+') ? `19${b.pn.value.replace(/\D/g, '')}` : `${Number(b.pn.value.slice(0, 2)) > 10 ? 19 : 20}${b.pn.value.replace(/\D/g, '')}`) : b.pn.value.replace(/\D/g, ''), subtype: 'pnr-bankid-12' }),
        name: T(R, 'name', nameAs(b.p, 'full'), 'bankid'), givenName: b.p.first, surname: b.p.last }, contact: { email: T(R, 'email', b.em), phone: T(R, 'phone', b.ph) }, ip: T(R, 'ip', b.ip), paddle: Number(b.paddle) }));
    const out = ndjson(list);
    C.put(f, out.bytes, out.text);
  }
}
