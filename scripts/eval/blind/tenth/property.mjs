// Tenth set — fastighet/: the invented property manager Kvarnbackens Fastighetsförvaltning AB. A key log (.tsv),
// web-form fault reports (CSV, given/family name columns), a tenant workbook (.xlsx, one sheet per property),
// rent notices (.pdf), a management meeting's minutes (.docx), tenants' mail (mbox) and an HTML case print.
// Key numbers, apartment numbers, entry codes, OCR numbers and streets named after people are near-misses.
import { Rng, person, people, nameAs, nameStyle, pnr, phone, email, workEmail, date, hhmm, num, luhn, badPnr, serviceLine, postcode, amount, csv, xlsx, pdf, docx, mbox, rfcDate, withIds, htmlEsc } from './core.mjs';

const DOM = 'kvarnbacken.example';
const PROPS = [['Kvarnbacken 4', 'Selma Lagerlöfs väg'], ['Lärkan 12', 'Karl Johans gata'], ['Humlan 3', 'Birger Jarlsgatan'], ['Svalan 7', 'Nils Ferlins gränd']];
const key = (rng) => `K${rng.int(100, 999)}-${rng.int(1, 6)}`;
const apt = (rng) => `${rng.int(10, 16)}${String(rng.int(1, 4)).padStart(2, '0')}`;
const code = (rng) => `${rng.pick(['', 'A', '*'])}${rng.int(1000, 9999)}`;
const ocr = (rng) => { const d = num(rng, 11); let s = 0; [...d].reverse().forEach((c, i) => { let n = Number(c) * (i % 2 === 0 ? 2 : 1); if (n > 9) n -= 9; s += n; }); return `${d}${(10 - (s % 10)) % 10}`; };

export default function property(C) {
  const rng = new Rng('property');
  const staff = people(rng, 6, { cp1252: true }); const tenants = people(rng, 180).map((p) => ({ p, apt: apt(rng), prop: rng.pick(PROPS), tel: phone(rng), mail: email(rng, p).value }));
  const addr = (t) => `${t.prop[1]} ${rng.int(1, 40)}`;

  // 1. Key log (.tsv)
  {
    const f = 'fastighet/nyckellogg.tsv'; const R = C.at(f); const out = [['Datum', 'Tid', 'Nyckelnr', 'Fastighet', 'Lgh', 'Hyresgäst', 'Utlämnad till', 'Telefon', 'Kvitterad av', 'Åter'].join('\t')];
    for (let i = 0; i < 320; i++) {
      const t = rng.pick(tenants); const s = rng.pick(staff); const nm = nameAs(t.p, rng.pick(['full', 'reversed', 'caps', 'full']));
      const to = rng.chance(0.5) ? R.n(null, 'company', rng.pick(['Rörläggar-Lasse AB', 'Elektriska Nilsson & Son', 'Hissgruppen Norr AB', 'Låssmeden Jan Ek AB'])) : R.t('name', t.p.full, 'tenant');
      out.push([R.n(null, 'date', date(rng)), R.n(null, 'time', hhmm(rng)), R.n(null, 'key-number', key(rng)), t.prop[0], R.n(null, 'apartment-number', t.apt), R.t('name', nm.value, nm.subtype), to,
        R.t('phone', t.tel.value, t.tel.subtype), R.t('name', `${s.first[0]}. ${s.last}`, 'initial'), rng.chance(0.7) ? date(rng) : ''].join('\t'));
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 2. Fault reports from the web form (CSV)
  {
    const f = 'fastighet/felanmalningar.csv'; const R = C.at(f); const rows = [['Ärendenr', 'Inkommet', 'Förnamn', 'Efternamn', 'Lägenhet', 'Adress', 'Telefon', 'E-post', 'Beskrivning', 'Portkod', 'Huvudnyckel OK']];
    for (let i = 0; i < 200; i++) {
      const t = rng.pick(tenants); const nb = person(rng); C.joined(f, t.p.first, t.p.last); R.t('phone', t.tel.value, t.tel.subtype); R.t('email', t.mail, 'personal');
      const desc = rng.pick([() => 'Droppande kran i köket', () => 'Element kallt i sovrummet', () => `Grannen ${R.t('name', nb.full, 'neighbour')} i ${R.n(null, 'apartment-number', apt(rng))} spelar hög musik efter 22`,
        () => 'Tvättstugan bokningstavla trasig', () => `Kontakta min sambo ${R.t('name', nb.full, 'relative')} på ${R.t('phone', phone(rng, 'mobile').value, 'mobile')} om jag inte svarar`, () => `Stig på och kolla fläkten, hunden heter ${R.n('name', 'pet-name', rng.pick(['Pelle', 'Sixten', 'Lova']))}`]);
      rows.push([R.n(null, 'case-number', `FA-${num(rng, 6)}`), R.n(null, 'timestamp', `${date(rng)} ${hhmm(rng)}`), t.p.first, t.p.last, t.apt, R.n(null, 'street', addr(t)), t.tel.value, t.mail, desc(), R.n(null, 'entry-code', code(rng)), rng.pick(['Ja', 'Nej'])]);
    }
    const o = csv(rows, { bom: true }); C.put(f, o.bytes, o.text);
  }

  // 3. Tenant workbook (.xlsx): one sheet per property
  {
    const f = 'fastighet/hyresgaster.xlsx'; const R = C.at(f); const sheets = [];
    for (const pr of PROPS) {
      const rows = [['Kontraktsnr', 'Lgh', 'Hyresgäst', 'Personnummer', 'Medhyresgäst', 'Inflytt', 'Månadshyra', 'Mobil']];
      for (const t of tenants.filter((x) => x.prop === pr)) {
        const id = pnr(rng, rng.chance(0.05) ? { samord: true } : {}); const co = rng.chance(0.3) ? person(rng) : null;
        rows.push([R.n(null, 'contract-number', `HK-${num(rng, 7)}`), t.apt, R.t('name', t.p.full, 'tenant'), R.t('personnummer', id.value, id.subtype), co ? R.t('name', co.full, 'co-tenant') : '',
          R.n(null, 'date', date(rng, '2005-01-01', '2026-10-01')), Number(rng.int(5200, 14800)), R.t('phone', t.tel.value, t.tel.subtype)]);
      }
      rows.push(['', '', `Ogiltigt pnr i import: ${R.n('personnummer', 'bad-date-pnr', badPnr(rng, 'bad-date'))}`]);
      sheets.push({ name: pr[0], rows });
    }
    const o = xlsx(sheets, { creator: staff[0].full }); R.t('name', staff[0].full, 'staff'); C.put(f, o.bytes, o.text);
  }

  // 4. Rent notices (.pdf, one page per tenant)
  {
    const f = 'fastighet/hyresavier-december.pdf'; const R = C.at(f); const pages = [];
    for (const t of tenants.filter((x) => /^[\x20-\xff]*$/.test(x.p.full)).slice(0, 12)) {
      pages.push([{ text: 'HYRESAVI december 2026', size: 14, bold: true }, 'Kvarnbackens Fastighetsförvaltning AB', `Org.nr ${R.n('personnummer', 'orgnr', '556677-8891')}`, '',
        R.t('name', t.p.full, 'tenant'), R.n(null, 'street', addr(t)), `${R.n(null, 'postcode', postcode(rng))} Falun`, '', `Lägenhet ${R.n(null, 'apartment-number', t.apt)}  Objekt ${t.prop[0]}`,
        `Hyra: ${R.n(null, 'amount', amount(rng, 5200, 14800))}   Förfallodag: ${R.n(null, 'date', '2026-11-30')}`, `OCR-nummer: ${R.n(null, 'ocr', ocr(rng))}`, `Bankgiro: ${R.n(null, 'bankgiro', '5566-7788')}`, '',
        `Frågor om hyran: ${R.n('phone', 'service-line', serviceLine(rng))} eller ${R.n('email', 'role-email', `hyra@${DOM}`)}`]);
    }
    const o = pdf(pages, { title: 'Hyresavier' }); C.put(f, o.bytes, o.text);
  }

  // 5. Management meeting minutes (.docx with a table)
  {
    const f = 'fastighet/forvaltningsmote-protokoll.docx'; const R = C.at(f); const [a, b, c2] = staff; const t1 = tenants[3]; const t2 = tenants[7]; const hg = person(rng);
    const blocks = [{ h: 'Protokoll förvaltningsmöte 2026-11-18' }, { runs: ['Närvarande: ', R.t('name', a.full, 'staff'), ', ', R.t('name', b.full, 'staff'), ', ', R.t('name', c2.full, 'staff')] },
      `§1 Störningsärende ${R.n(null, 'case-number', `ST-${num(rng, 5)}`)}: klagomål från ${R.t('name', t1.p.full, 'tenant')} (lgh ${t1.apt}) mot ${R.t('name', t2.p.full, 'tenant')}. Varningsbrev skickas.`,
      `§2 Portkoden i ${R.n(null, 'street', `${PROPS[0][1]} 12`)} byts till ${R.n(null, 'entry-code', '4471')} från 1 december.`, `§3 Hyresgästföreningens kontaktperson ${R.t('name', hg.full, 'contact')} nås på ${R.t('phone', phone(rng, 'mobile', 'grouped').value, 'mobile-grouped')}.`,
      { table: [['Åtgärd', 'Ansvarig', 'Klart'], ['Byte av låscylinder, nyckel ' + R.n(null, 'key-number', 'K412-3'), R.t('name', nameAs(b, 'initial').value, 'initial'), R.n(null, 'date', '2026-12-05')], ['Besiktning hiss', c2.full, 'v. 50'], ['Kontakt med hyresgäst', t1.p.full, '']] },
      `Justeras: ${a.full}`];
    const o = docx(blocks, { creator: a.full }); C.put(f, o.bytes, o.text);
  }

  // 6. Tenants' mail (Thunderbird mbox) and 7. HTML print of a disturbance case
  {
    const f = 'fastighet/hyresgaster-mejl.mbox'; const R = C.at(f); const msgs = [];
    for (let i = 0; i < 16; i++) {
      const t = tenants[20 + i]; const s = rng.pick(staff); const d = date(rng); const st = nameStyle(rng);
      R.t('name', t.p.full, 'display-name'); R.t('email', t.mail, 'personal');
      const text = rng.pick([() => `Hej ${R.n('name', 'lone-first-name', s.first)}!\n\nNyckeln ${R.n(null, 'key-number', key(rng))} fungerar inte längre i porten. Kan ni ringa mig på ${R.t('phone', t.tel.value, t.tel.subtype)}?\n\nMvh ${R.t('name', nameAs(t.p, st).value, nameAs(t.p, st).subtype)}\nLgh ${t.apt}\n`,
        () => `Hello,\nI am subletting to ${R.t('name', person(rng, { intl: true }).full, 'subtenant')} from January, is that ok? My number abroad is ${R.t('phone', phone(rng, 'foreign').value, 'foreign-phone')}.\nThanks, ${t.p.first}\n`,
        () => `hej\nvattenläcka i badrummet!!! kom fort, portkod ${R.n(null, 'entry-code', code(rng))}\n${R.t('name', nameAs(t.p, 'lower').value, 'lower')}\n`])();
      msgs.push({ from: [t.p.full, t.mail], to: [['Kvarnbacken Kundtjänst', R.n('email', 'role-email', `kundtjanst@${DOM}`)]], cc: rng.chance(0.3) ? [[R.t('name', s.full, 'staff'), R.t('email', workEmail(s, DOM), 'staff')]] : [], subject: rng.pick(['Nyckel', 'Fråga', 'AKUT', 'Andrahandsuthyrning']),
        date: rfcDate(d, `${hhmm(rng)}:00`), id: R.n('email', 'message-id', `${num(rng, 9)}.${rng.int(1000, 9999)}@${t.mail.split('@')[1]}`), text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: 'Q' });
    }
    const o = withIds(mbox(msgs), msgs); C.put(f, o.bytes, o.text);
    const h = 'fastighet/storningsarende-utskrift.html'; const H = C.at(h); const t = tenants[50]; const w = tenants[51]; const s = staff[3];
    const items = [['Anmälare', H.t('name', t.p.full, 'tenant')], ['Telefon', H.t('phone', t.tel.value, t.tel.subtype)], ['E-post', H.t('email', t.mail, 'personal')], ['Anmäld', H.t('name', w.p.full, 'tenant')],
      ['Lägenhet', H.n(null, 'apartment-number', w.apt)], ['Handläggare', H.t('name', s.full, 'staff')], ['Jourtelefon', H.n('phone', 'switchboard', '023-70 50 00')]];
    const html = `<html><head><meta charset="utf-8"><title>Störningsärende</title><style>td{padding:2px}</style></head><body><h2>Störningsärende ${H.n(null, 'case-number', 'ST-20931')}</h2><dl>${items.map(([k, v]) => `<dt>${k}</dt><dd>${htmlEsc(v)}</dd>`).join('')}</dl><p>${htmlEsc(`${t.p.first} uppger att det spelats hög musik natten till ${H.n(null, 'date', '2026-11-08')}. Vittne: ${H.t('name', tenants[52].p.full, 'witness')}.`)}</p></body></html>\n`;
    C.put(h, html, `${html}\n${items.map(([k, v]) => `${k} ${v}`).join('\n')}\n${t.p.first} uppger att det spelats hög musik natten till 2026-11-08. Vittne: ${tenants[52].p.full}.`);
  }
}
