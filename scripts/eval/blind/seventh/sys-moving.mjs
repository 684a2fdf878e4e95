// Seventh blind set — flytt/: a moving company (quotes as PDF with RUT deduction, damage claims as .docx, a
// tab-separated job list, a damage mail with an inventory .txt attachment, web-form leads as JSON).
import { Rng, makePerson, sDate, sTime, sTimeS, safeDigits, street, postcode, CITIES, amount } from './lib.mjs';
import { N } from './lib.mjs';
import { csv, docx, eml, pdf, rfcDate } from './formats.mjs';
import { customer, nm, pn, ph, em, ip, nBadPnr, nOrg, nService, nRole, nLone, nCompany, nPlace, nStreet } from './mk.mjs';

const CO = 'Flyttfirman Bröderna Holmqvist AB';

export default function build(C) {
  const rng = new Rng('moving');
  const staff = Array.from({ length: 4 }, () => makePerson(rng, { cp1252: true }));

  // 1–4. quotes (PDF)
  for (let k = 0; k < 4; k++) {
    const no = `OF-${2025}${safeDigits(rng, 4, '3')}`;
    const R = C.at(`flytt/offert_${no}.pdf`);
    R.n(null, 'quote-number', no);
    const c = customer(rng, { cp1252: true }); const s = rng.pick(staff);
    const partner = rng.chance(0.5) ? customer(rng, { cp1252: true, origin: c.origin }) : null;
    const lines = [{ text: nCompany(R, CO), size: 15, bold: true }, `Org.nr ${nOrg(R, rng)} · Bankgiro ${R.n(null, 'bankgiro', `${rng.int(100, 999)}-${safeDigits(rng, 4, '4')}`)} · Kundtjänst ${nService(R, rng)}`, '',
      { text: `Offert ${no}`, size: 13, bold: true }, `Datum: ${R.n(null, 'date', sDate(rng, '2025-05-15', '2025-06-20'))}`, '',
      `Kund: ${nm(R, c)}`, `Personnummer (för RUT-avdrag): ${pn(R, rng, c, rng.pick(['short', 'long-dash']))}`, `Telefon: ${ph(R, rng, c)}`, `E-post: ${em(R, c)}`];
    if (partner) lines.push(`Medsökande RUT: ${nm(R, partner)}, ${pn(R, rng, partner, 'short')}`);
    lines.push('', `Från: ${nStreet(R, street(rng))}, ${R.n(null, 'postal-code', postcode(rng))} ${nPlace(R, rng.pick(CITIES))}`, `Till: ${nStreet(R, street(rng))}, ${R.n(null, 'postal-code', postcode(rng))} ${nPlace(R, rng.pick(CITIES))}`,
      `Bostadsyta: ${rng.int(35, 160)} kvm, våning ${rng.int(0, 6)}, hiss: ${rng.pick(['ja', 'nej'])}`, '',
      `Flytthjälp 3 personer, ${rng.int(5, 10)} tim              ${R.n(null, 'amount', amount(rng, 4000, 9000))}`, `Packmaterial                         ${R.n(null, 'amount', amount(rng, 300, 900))}`,
      `RUT-avdrag 50 %                     -${R.n(null, 'amount', amount(rng, 2000, 4500))}`, '', `Kontaktperson: ${nm(R, s, 'full', 'staff')}, ${R.t('phone', s.phone ?? (s.phone = (customer(rng).phone.fmt('grouped'))), 'staff')}`,
      `Vid frågor, mejla ${nRole(R, 'offert@holmqvistflytt.example')}.`);
    const o = pdf([lines], { title: `Offert ${no}` });
    C.put(R.file, o.bytes, o.text);
  }

  // 5–6. damage claims (.docx)
  for (let k = 0; k < 2; k++) {
    const no = `SK-${safeDigits(rng, 5, '2')}`;
    const R = C.at(`flytt/skadeanmalan_${no}.docx`);
    const c = customer(rng); const s = rng.pick(staff); const w = makePerson(rng);
    const blocks = [{ h: `Skadeanmälan ${R.n(null, 'claim-number', no)}` }, `${CO} – ${R.n(null, 'date', '2025-06-11')}`,
      { table: [['Uppdragsgivare', `${c.last}, ${c.first}`], ['Personnummer', c.pnr.fmt('short')], ['Mobil', c.phone.fmt('compact')], ['E-post', c.email], ['Uppdragsnr', R.n(null, 'order-number', `U${safeDigits(rng, 6, '4')}`)]] },
      { h: 'Beskrivning' },
      { runs: ['Vid bärning av byrå i trapphuset repades dörrkarmen. Flyttledare ', s.first, ' ', s.last, ' var på plats.'] },
      `Vittne: grannen ${nm(R, w)}, som kan nås på ${ph(R, rng, { phone: customer(rng).phone }, 'grouped')}.`,
      `Kunden har tidigare uppgett ${nBadPnr(R, rng)} vilket var fel.`,
      { h: 'Skadade föremål' }, { table: [['Föremål', 'Inköpt', 'Värde'], ['Byrå, ek', '2019', R.n(null, 'amount', '6 500 kr')], ['Spegel', '2021', R.n(null, 'amount', '1 200 kr')]] },
      '', `Handläggare: ${s.first[0]}. ${s.last}`, `Ärendet skickat till försäkringsbolaget, org.nr ${nOrg(R, rng)}.`];
    R.t('name', `${c.last}, ${c.first}`, 'reversed'); R.t('personnummer', c.pnr.fmt('short'), 'table-cell'); R.t('phone', c.phone.fmt('compact'), 'table-cell'); R.t('email', c.email);
    R.t('name', `${s.first} ${s.last}`, 'staff-split-runs'); R.t('name', `${s.first[0]}. ${s.last}`, 'initial');
    const o = docx(blocks, { creator: `${s.first} ${s.last}` });
    C.put(R.file, o.bytes, o.text);
  }

  // 7. job list: tab-separated, UTF-8
  {
    const R = C.at('flytt/uppdrag_juni_2025.csv');
    const rows = [['Uppdrag', 'Datum', 'Start', 'Kund', 'Telefon', 'Från', 'Till', 'Team', 'Pris']];
    for (let i = 0; i < N(45); i++) {
      const c = customer(rng);
      rows.push([R.n(null, 'order-number', `U${safeDigits(rng, 6, '4')}`), sDate(rng, '2025-06-02', '2025-06-30'), sTime(rng), rng.chance(0.5) ? nm(R, c) : nm(R, c, 'reversed'), ph(R, rng, c),
        `${street(rng)}, ${rng.pick(CITIES)}`, `${street(rng)}, ${rng.pick(CITIES)}`, rng.pick(staff).first + ' + ' + rng.pick(staff).first, rng.int(3000, 25000)]);
    }
    const o = csv(rows, { sep: '\t', eol: '\n' });
    C.put(R.file, o.bytes, o.text);
  }

  // 8. damage mail with inventory attachment
  {
    const R = C.at('flytt/mejl_skada_tavla.eml');
    const c = customer(rng, { origin: rng.pick(['persian', 'kurdish', 'somali']) });
    const att = `Inventarielista – ${c.first} ${c.last}\n1. Tavla 60x80 (glas krossat)\n2. Lampa\n3. Soffbord\nKontakt: ${c.phone.fmt('intl')}\n`;
    R.t('name', `${c.first} ${c.last}`, 'attachment'); R.t('phone', c.phone.fmt('intl'), 'attachment');
    const text = `Hej,\n\nEfter flytten igår (uppdrag ${R.n(null, 'order-number', `U${safeDigits(rng, 6, '4')}`)}) upptäckte vi att en tavla gått sönder. Bifogar lista.\nMitt personnummer ${pn(R, rng, c, 'space')} om ni behöver för ärendet.\n\nVänliga hälsningar,\n${nm(R, c)}\n`;
    const o = eml({ from: [`${c.first} ${c.last}`, em(R, c)], to: [['Holmqvist Flytt', 'kundservice@holmqvistflytt.example']], subject: 'Skada efter flytt',
      date: rfcDate('2025-06-12', '19:22:05'), id: `skada.${safeDigits(rng, 8, '3')}@mail.example`, text, enc: 'qp', attachments: [{ name: 'inventarielista.txt', type: 'text/plain; charset=utf-8', data: att }] });
    nRole(R, 'kundservice@holmqvistflytt.example'); nm(R, c);
    C.put(R.file, o.bytes, o.text);
  }

  // 9. web-form leads (JSON)
  {
    const R = C.at('flytt/webbformular_leads.json');
    const leads = [];
    for (let i = 0; i < N(35); i++) {
      const c = customer(rng);
      const l = { id: R.n(null, 'lead-id', `L-${safeDigits(rng, 6, '5')}`), submittedAt: `${sDate(rng, '2025-05-01', '2025-06-29')}T${sTimeS(rng)}Z`, form: 'offertforfragan',
        fields: { namn: nm(R, c, rng.chance(0.15) ? 'lower' : 'full'), telefon: ph(R, rng, c), epost: em(R, c), flyttdatum: sDate(rng, '2025-07-01', '2025-09-30'),
          meddelande: rng.chance(0.3) ? `Hej! ${nLone(R, c.first)} här, vi är två vuxna och en katt.` : 'Behöver hjälp med packning också.' },
        meta: { ip: ip(R, rng), referrer: 'https://www.holmqvistflytt.example/offert', utm: R.n(null, 'campaign', 'sommar2025') } };
      leads.push(l);
    }
    C.put(R.file, JSON.stringify(leads, null, 2) + '\n');
  }
  void em;
}
