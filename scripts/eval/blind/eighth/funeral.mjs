// Eighth blind set — Edvin Lindqvists Begravningsbyrå: deceased, relatives, ceremonies, invoices (begravning/).
import { Rng, person, email, nm, ph, pnr, makePnr, makePhone, phoneStyle, foreignPhone, publicIp, ipv6, isoDate, hhmm, up, ascii, one, relative, REL_F, REL_M, lines, safeDigits } from './core.mjs';
import { N } from './near.mjs';
import { csv, docx, pdf, vcf, ics, json, eml, rfcDate, txt, put } from './fmt.mjs';

const DOM = 'lindqvistsbegravning.se';
const CHURCH = ['Sankta Birgittas kyrka', 'Gustav Vasa kyrka', 'Sofia kyrka', 'Olaus Petri kyrka', 'Adolf Fredriks kyrka', 'Skogskyrkogårdens kapell'];

export default function funeral(C) {
  const rng = new Rng('funeral'); const used = new Set();
  const staff = Array.from({ length: 5 }, () => person(rng, { used, cp1252: true }));
  const smail = (s) => `${ascii(s.first).replace(/ /g, '')}@${DOM}`;
  const COMPANY = 'Edvin Lindqvists Begravningsbyrå';
  const dead = (o = {}) => { const old = rng.chance(0.15); const p = person(rng, { used, ...o }); const pn = makePnr(rng, old ? { minYear: 1919, maxYear: 1925 } : { minYear: 1931, maxYear: 1975 }); return { p, pn, old }; };
  const dpnr = (R, d, forms = ['short', 'long', 'long-dash']) => pnr(R, d.pn, d.old ? rng.pick(['plus', 'plus', 'long']) : rng.pick(forms), d.old ? (undefined) : 'deceased');
  const kin = (sex, o = {}) => { const p = relative(rng, sex, { used, ...o }); return { p, mail: email(rng, p), tel: makePhone(rng), pn: makePnr(rng, { minYear: 1950, maxYear: 1995 }) }; };

  // 1. SugarCRM export (UTF-8, everything quoted)
  { const R = C.at('begravning/sugarcrm_uppdrag_2026.csv'); N.company(R, COMPANY);
    const rows = [['ID', 'Name', 'Avliden', 'Personnummer avliden', 'Dödsdatum', 'Kontakt förnamn', 'Kontakt efternamn', 'Relation', 'Mobil', 'E-post', 'Assigned User Name', 'Account Name', 'Description', 'Date Created']];
    for (let i = 0; i < 85; i++) {
      const d = dead(); const sex = rng.chance(0.5) ? 'f' : 'm'; const k = kin(sex); C.joined(R.file, k.p.first, k.p.last);
      rows.push([`${up(rng, 8, '0123456789abcdef')}-${up(rng, 4, '0123456789abcdef')}-${up(rng, 4, '0123456789abcdef')}`, `Uppdrag ${R.n(null, 'ticket-no', `BU-2026-${rng.int(100, 999)}`)}`,
        nm(R, d.p, rng.pick(['plain', 'plain', 'caps', 'reversed']), 'deceased'), dpnr(R, d), N.date(R, isoDate(rng)), k.p.first, k.p.last, rng.pick(sex === 'f' ? ['dotter', 'maka', 'syster', 'svärdotter'] : ['son', 'make', 'bror', 'barnbarn']),
        rng.chance(0.1) ? R.t('phone', foreignPhone(rng), 'foreign-phone') : ph(R, rng, k.tel, phoneStyle(rng)), R.t('email', k.mail), nm(R, rng.pick(staff), 'plain', 'staff'), COMPANY,
        one(rng, () => `Jordbegravning i ${N.place(R, rng.pick(CHURCH))}. Önskar psalm 249.`, () => `Kremering. Askan hämtas av ${nm(R, kin(rng.chance(0.5) ? 'f' : 'm').p, 'plain', 'relative')}.`,
          () => `Dödsbodelägare:\n${lines(Array.from({ length: rng.int(2, 3) }, () => `- ${nm(R, person(rng, { used }), 'plain', 'relative')}`))}`, () => 'Minnesstund på Grand, 40 pers.'), `${isoDate(rng)} ${hhmm(rng)}`]);
    }
    put(C, R.file, csv(rows, { quoteAll: true }));
  }

  // 2. Order confirmations (.docx)
  for (let k = 0; k < 2; k++) {
    const R = C.at(`begravning/uppdragsbekraftelse_BU-2026-${610 + k}.docx`); const d = dead(); const st = staff[k]; const heirs = [kin('f'), kin('m'), kin('f')];
    put(C, R.file, docx([{ h: COMPANY }, `${N.company(R, COMPANY)} · Org.nr ${N.orgnr(R, rng)} · ${N.street(R, 'Hantverkargatan 12')}`, '',
      { h: 'Uppdragsbekräftelse' }, { runs: ['Avliden: ', nm(R, d.p, 'plain', 'deceased'), ', ', dpnr(R, d, ['long-dash', 'short'])] },
      `Ceremoni: ${N.place(R, rng.pick(CHURCH))}, ${N.date(R, isoDate(rng, '2026-12-01', '2026-12-20'))} kl. ${hhmm(rng)}`,
      { table: [['Dödsbodelägare', 'Relation', 'Personnummer', 'Telefon'], ...heirs.map((h, j) => [nm(R, h.p, 'plain', 'relative'), ['dotter', 'son', 'barnbarn'][j], pnr(R, h.pn, 'short'), ph(R, rng, h.tel, 'grouped')])] },
      { runs: ['Kontaktperson hos oss: ', nm(R, st, 'plain', 'staff'), ', ', R.t('email', smail(st), 'staff'), ', direkt ', ph(R, rng, makePhone(rng, { kind: 'landline' }), 'dash', 'staff-landline')] },
      `Jourtelefon dygnet runt: ${N.switchboard(R, rng)}`], { creator: 'Begravningsbyrån' }));
  }

  // 3. Invoices to the estate (.pdf, cp1252)
  { const R = C.at('begravning/fakturor_dodsbon_nov.pdf'); const pages = []; const bg = N.bankgiro(R, rng); const org = N.orgnr(R, rng);
    for (let i = 0; i < 16; i++) {
      const d = dead({ cp1252: true }); const k = kin(rng.chance(0.5) ? 'f' : 'm', { cp1252: true });
      pages.push([{ text: COMPANY, size: 14, bold: true }, `Org.nr ${org} · Bankgiro ${bg} · Momsreg.nr SE${org.replace('-', '')}01`, '', { text: 'FAKTURA', bold: true },
        `Fakturanr ${N.invoice(R, rng, '2026')}     Fakturadatum ${N.date(R, isoDate(rng))}     OCR ${N.ocr(R, rng, 12)}`, '',
        `Dödsbo efter ${nm(R, d.p, rng.chance(0.3) ? 'caps' : 'plain', 'deceased')} (${dpnr(R, d)})`, `c/o ${nm(R, k.p, 'plain', 'relative')}`, `${N.street(R, `${rng.pick(['Carl Larssons väg', 'Astrid Lindgrens gata', 'Vasagatan'])} ${rng.int(1, 50)}`)}`, N.postcode(R, rng), '',
        `Kista ${rng.pick(['furu', 'vit ek', 'björk'])}          ${N.amount(R, rng, 6000, 14000)}`, `Transport                ${N.amount(R, rng, 1200, 3000)}`, `Minnesstund              ${N.amount(R, rng, 4000, 22000)}`,
        `Att betala               ${N.amount(R, rng, 15000, 40000)}`, '', `Frågor: ${N.role(R, 'faktura', DOM)} eller ${N.service(R, rng)}`]);
    }
    put(C, R.file, pdf(pages, { title: 'Fakturor' }));
  }

  // 4. Relatives' contacts (.vcf)
  { const R = C.at('begravning/anhoriga_kontakter.vcf'); const cards = [];
    for (let i = 0; i < 40; i++) {
      const k = kin(rng.chance(0.5) ? 'f' : 'm'); const d = dead();
      cards.push([`N:${k.p.last};${k.p.first};;;`, `FN:${R.t('name', k.p.full, 'relative')}`, `TEL;TYPE=CELL:${ph(R, rng, k.tel, rng.pick(['intl', 'grouped', 'e164']))}`,
        ...(rng.chance(0.3) ? [`TEL;TYPE=HOME:${ph(R, rng, makePhone(rng, { kind: 'landline' }), 'dash')}`] : []), `EMAIL;TYPE=INTERNET:${R.t('email', k.mail)}`,
        `NOTE:Anhörig till ${nm(R, d.p, 'plain', 'deceased')}\\, uppdrag BU-2026-${rng.int(100, 999)}`, 'CATEGORIES:Anhöriga']);
    }
    put(C, R.file, vcf(cards));
  }

  // 5. Ceremonies (.ics)
  { const R = C.at('begravning/ceremonier_december.ics'); const evs = [];
    for (let i = 0; i < 14; i++) {
      const d = dead(); const st = rng.pick(staff); const day = isoDate(rng, '2026-12-01', '2026-12-22').replace(/-/g, '');
      evs.push([`UID:${up(rng, 20, '0123456789abcdef')}@${DOM}`, `DTSTART:${day}T${String(rng.int(10, 15)).padStart(2, '0')}0000`, `SUMMARY:Begravning ${nm(R, d.p, 'plain', 'deceased')}`,
        `LOCATION:${N.place(R, rng.pick(CHURCH))}`, `ORGANIZER;CN=${nm(R, st, 'plain', 'staff')}:mailto:${R.t('email', smail(st), 'staff')}`, `DESCRIPTION:Officiant ${nm(R, person(rng, { used }), 'plain', 'officiant')}`]);
    }
    put(C, R.file, ics(evs, { prodid: '-//Lindqvists//Planering 2.3//SV' }));
  }

  // 6. Memorial pages: condolence book with visitors' IPs (JSON)
  { const R = C.at('begravning/minnessidor_export.json'); const pagesOut = []; const srv = N.serverIp(R, rng, '185.212.44.10');
    for (let i = 0; i < 18; i++) {
      const d = dead();
      const entries = Array.from({ length: rng.int(3, 8) }, () => { const w = person(rng, { used }); const ip = rng.chance(0.25) ? R.t('ip', ipv6(rng), 'ipv6') : R.t('ip', publicIp(rng));
        return { author: one(rng, () => nm(R, w), () => `${nm(R, w)} med familj`, () => nm(R, w, 'lower'), () => `Familjen ${N.lone(R, w.last)}`), text: rng.pick(['Vila i frid.', 'Tänker på er alla.', 'Saknad för alltid ❤', 'Minns alla somrar på landet.']), ip, posted: `${isoDate(rng)}T${hhmm(rng)}:00` }; });
      pagesOut.push({ slug: `${ascii(d.p.first)}-${ascii(d.p.last).replace(/ /g, '-')}-${rng.int(1, 99)}`, title: `Till minne av ${nm(R, d.p, 'plain', 'deceased')}`, born: N.date(R, `${d.pn.y}-${String(d.pn.m).padStart(2, '0')}-${String(d.pn.d).padStart(2, '0')}`), entries, served_by: srv });
    }
    put(C, R.file, json({ site: `minnen.${DOM}`, pages: pagesOut }));
  }

  // 7. Mail about the estate (.eml, text + HTML alternative)
  { const R = C.at('begravning/mejl_bouppteckning.eml'); const k = kin('f'); const d = dead(); const st = staff[3]; const mid = `${up(rng, 16)}@mail.example`;
    const body = lines(`Hej ${st.first},`, '', `Tack för hjälpen med pappas begravning. Bouppteckningen efter ${nm(R, d.p, 'plain', 'deceased')} (${dpnr(R, d, ['long-dash'])}) ska göras av ${nm(R, person(rng, { used }), 'plain', 'bouppteckningsforrattare')} och ${nm(R, person(rng, { used }), 'plain', 'bouppteckningsforrattare')}.`,
      `Min bror ${nm(R, relative(rng, 'm', { used }), 'plain', 'relative')} bor i Oslo, hans nummer är ${R.t('phone', '+47 928 44 513', 'foreign-phone')}.`, '', 'Vänliga hälsningar', nm(R, k.p, 'plain', 'signature'), ph(R, rng, k.tel, 'grouped'));
    put(C, R.file, eml({ from: [R.t('name', k.p.full, 'display-name'), R.t('email', k.mail)], to: [[nm(R, st, 'plain', 'staff'), R.t('email', smail(st), 'staff')]], subject: 'Bouppteckning', date: rfcDate('2026-11-12', '19:22:10'),
      id: N.msgid(R, mid), enc: 'qp', text: body, html: `<div>${body.replace(/\n/g, '<br>')}</div>`, htmlText: body }));
    C.files.get(R.file).text += `\nMessage-ID: <${mid}>`;
  }

  // 8. Phone notes (.txt, sloppy)
  { const R = C.at('begravning/telefonanteckningar_jour.txt'); const out = [];
    for (let i = 0; i < 30; i++) {
      const d = dead(); const sex = rng.chance(0.5) ? 'f' : 'm'; const k = kin(sex); const st = rng.pick(staff);
      out.push(`${N.date(R, isoDate(rng))} ${hhmm(rng)} /${st.first.toLowerCase()}`, one(rng,
        () => `${nm(R, k.p, 'lower', 'relative')} ringde om ${nm(R, d.p, 'plain', 'deceased')} som somnade in i natt på ${N.place(R, 'Danderyds sjukhus')}. ring tbx ${ph(R, rng, k.tel, 'compact')}`,
        () => `Hämtning ${nm(R, d.p, 'caps', 'deceased')} ${dpnr(R, d, ['short', 'compact'])}, kontakt ${nm(R, k.p, 'initial', 'relative')} ${ph(R, rng, k.tel, 'dash')}`,
        () => `samtal från ${rng.pick(['dottern', 'sonen', 'barnbarnet'])} ${nm(R, k.p, 'plain', 'relative')} om blommor till ${N.place(R, rng.pick(CHURCH))}, vill ha faktura på mejl ${R.t('email', k.mail)}`), '');
    }
    put(C, R.file, txt(out.join('\n')));
  }
}
