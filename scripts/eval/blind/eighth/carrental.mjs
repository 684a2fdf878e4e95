// Eighth blind set — Vägvalet Biluthyrning: bookings, damage reports, traffic fines, calls (biluthyrning/).
import { Rng, person, email, nm, ph, pnr, makePnr, makePhone, phoneStyle, foreignPhone, safeDigits, isoDate, hhmm, hhmmss, up, ascii, one, plate, lines } from './core.mjs';
import { N } from './near.mjs';
import { csv, docx, pdf, html, outlookEml, P, rfcDate, put } from './fmt.mjs';

const DOM = 'vagvalet.se';
const STATIONS = ['Arlanda T5', 'Landvetter', 'Luleå C', 'Malmö Hyllie', 'Umeå Flygplats', 'Visby hamn'];

export default function carrental(C) {
  const rng = new Rng('carrental'); const used = new Set();
  const staff = Array.from({ length: 6 }, () => person(rng, { used, cp1252: true }));
  const cust = (o = {}) => { const p = person(rng, { used, ...o }); return { p, mail: email(rng, p), tel: makePhone(rng), pn: makePnr(rng, { minYear: 1945, maxYear: 2004, samord: rng.chance(0.06) }) }; };
  const bk = (R) => N.booking(R, `RA-${rng.int(100000, 999999)}`);
  const reg = (R) => N.plate(R, plate(rng));

  // 1. Bookings (Windows-1252, ;, CRLF, multi-line notes)
  { const R = C.at('biluthyrning/bokningar_okt-nov.csv'); const rows = [['Bokningsnr', 'Förare', 'Personnr', 'Mobil', 'E-post', 'Regnr', 'Station', 'Upphämtning', 'Återlämning', 'Belopp', 'Anteckning']];
    for (let i = 0; i < 150; i++) {
      const c = cust({ cp1252: true }); const d = isoDate(rng, '2026-10-01', '2026-11-30');
      rows.push([bk(R), nm(R, c.p, rng.weighted([['reversed', 5], ['caps-reversed', 2], ['plain', 2]])), rng.chance(0.85) ? pnr(R, c.pn, rng.pick(['short', 'long', 'compact'])) : N.pnrBad(R, rng),
        rng.chance(0.12) ? R.t('phone', foreignPhone(rng), 'foreign-phone') : ph(R, rng, c.tel, phoneStyle(rng)), R.t('email', c.mail), reg(R), rng.pick(STATIONS), `${d} ${hhmm(rng)}`, `${d} ${hhmm(rng)}`, N.amount(R, rng, 450, 9800),
        one(rng, () => '', () => `Extra förare: ${nm(R, person(rng, { used, cp1252: true }), 'plain', 'extra-driver')}`, () => `Kunden ringde från ${ph(R, rng, makePhone(rng, { kind: 'landline' }), 'dash')}\nvill ha barnstol`,
          () => `Företagskund ${N.company(R, 'Bengt Larssons Måleri AB')}, ${N.orgnr(R, rng)}`, () => `Depositionen återbetald ${N.date(R, isoDate(rng))}`)]);
    }
    put(C, R.file, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2–3. Damage reports (.docx)
  for (let k = 0; k < 3; k++) {
    const R = C.at(`biluthyrning/skaderapport_${k + 1}_${rng.int(1000, 9999)}.docx`); const c = cust(); const w = cust(); const st = staff[k];
    put(C, R.file, docx([{ h: 'Vägvalet Biluthyrning AB – Skaderapport' }, { table: [['Bokning', bk(R)], ['Fordon', `${reg(R)} Volvo XC40`], ['Mätarställning', `${rng.int(10000, 90000)} km`],
      ['Hyrestagare', nm(R, c.p)], ['Personnummer', pnr(R, c.pn, 'long-dash')], ['Telefon', ph(R, rng, c.tel, 'grouped')], ['E-post', R.t('email', c.mail)]] },
      { runs: ['Händelse: ', `Backade in i en stolpe vid ${N.street(R, 'Olof Palmes gata 3')} den ${N.date(R, isoDate(rng))}. `, 'Vittne: ', nm(R, w.p, 'plain', 'witness'), ', tel ', ph(R, rng, w.tel, rng.pick(['compact', 'intl'])), '.'] },
      `Skadan besiktigad av ${nm(R, st, 'plain', 'staff')} på station ${rng.pick(STATIONS)}. Självrisk ${N.amount(R, rng, 5000, 15000)}.`,
      `Frågor: ${N.role(R, 'skador', DOM)}, ${N.service(R, rng)}`], { creator: 'Vägvalet Skadeavdelning' }));
  }

  // 4. Traffic fines passed on to renters (.pdf, cp1252)
  { const R = C.at('biluthyrning/trafikforseelser_vidarefakturering.pdf'); const pages = []; const org = N.orgnr(R, rng); const bg = N.bankgiro(R, rng);
    for (let i = 0; i < 20; i++) {
      const c = cust({ cp1252: true }); const st = rng.pick(staff);
      pages.push([{ text: 'Vägvalet Biluthyrning AB', size: 14, bold: true }, `Org.nr ${org} · Bankgiro ${bg} · ${N.role(R, 'trafik', DOM)}`, '',
        nm(R, c.p, rng.chance(0.3) ? 'caps' : 'plain'), `${N.street(R, `${rng.pick(['Per Albin Hanssons väg', 'Järnvägsgatan', 'Kungsgatan'])} ${rng.int(1, 90)}`)}`, `${N.postcode(R, rng)} ${rng.pick(['Solna', 'Luleå', 'Lund'])}`, '',
        { text: rng.pick(['Vidarefakturering av parkeringsanmärkning', 'Vidarefakturering av trängselskatt', 'Hastighetsöverträdelse – förarförfrågan']), bold: true },
        `Fordon ${reg(R)}, bokning ${bk(R)}, händelsedatum ${N.date(R, isoDate(rng))} kl. ${hhmm(rng)}.`,
        `Enligt vårt hyresavtal var föraren ${R.t('name', c.p.full)}, personnummer ${pnr(R, c.pn, rng.pick(['short', 'long']))}.`,
        `Avgift ${N.amount(R, rng, 300, 1300)} + administrationsavgift ${N.amount(R, rng, 150, 400)}.`, `Betala till bankgiro ${bg} med OCR ${N.ocr(R, rng, 16)}.`, '',
        `Handläggare: ${nm(R, st, 'plain', 'staff')}`]);
    }
    put(C, R.file, pdf(pages, { title: 'Vidarefakturering' }));
  }

  // 5. Call log (comma, UTF-8)
  { const R = C.at('biluthyrning/samtalslogg_telavox.csv'); const sl = N.service(R, rng); const rows = [['call_id', 'start_time', 'duration_s', 'direction', 'from', 'to', 'agent', 'result']];
    for (let i = 0; i < 220; i++) {
      const c = cust(); const inbound = rng.chance(0.8); const num = one(rng, () => ph(R, rng, c.tel, rng.pick(['e164', 'compact', 'intl'])), () => R.t('phone', foreignPhone(rng).replace(/ /g, ''), 'foreign-phone'), () => 'hidden');
      rows.push([up(rng, 12, '0123456789abcdef'), `${isoDate(rng)}T${hhmmss(rng)}+01:00`, String(rng.int(8, 1500)), inbound ? 'inbound' : 'outbound', inbound ? num : sl, inbound ? sl : num, nm(R, rng.pick(staff), 'plain', 'staff'), rng.pick(['answered', 'answered', 'missed', 'voicemail'])]);
    }
    put(C, R.file, csv(rows, { eol: '\n' }));
  }

  // 6. Rental agreement print-out (.html)
  { const R = C.at('biluthyrning/hyresavtal_utskrift.html'); const c = cust(); const x = cust(); const st = staff[4];
    const tr = (a, b) => `<tr><td>${a}</td><td>${b}</td></tr>`;
    put(C, R.file, html('Hyresavtal', `<h1>Hyresavtal ${bk(R)}</h1>\n<table>${tr('Hyrestagare', nm(R, c.p))}${tr('Födelsedata / personnr', pnr(R, c.pn, 'short'))}${tr('Mobil', ph(R, rng, c.tel, 'intl0'))}`
      + `${tr('Extra förare', `${nm(R, x.p, 'initial', 'extra-driver')} (${pnr(R, x.pn, 'long')})`)}${tr('Fordon', reg(R))}${tr('Station', 'Arlanda T5')}${tr('Pris', N.amount(R, rng, 900, 5000))}</table>\n`
      + `<p>Utlämnat av ${nm(R, st, 'plain', 'staff')}. Kundtjänst ${N.switchboard(R, rng)}, ${N.role(R, 'bokning', DOM)}.</p>`));
  }

  // 7. Outlook HTML-only mail: renter disputes a toll charge
  { const R = C.at('biluthyrning/bestrider_trangselskatt.eml'); const c = cust(); const st = staff[5];
    put(C, R.file, outlookEml({ from: [R.t('name', `${c.p.last}, ${c.p.first}`, 'reversed'), R.t('email', c.mail)], to: [['Vägvalet Trafik', N.role(R, 'trafik', DOM)]],
      subject: `Bestrider avgift ${bk(R)}`, date: rfcDate('2026-11-09', '08:12:40'), id: N.msgid(R, `GV1P${rng.digits(3)}MB${rng.digits(4)}.${up(rng, 6)}@SWEP${rng.int(10, 99)}.PROD.OUTLOOK.COM`),
      html: [P(`Hej!`), P(`Jag lämnade tillbaka bilen ${reg(R)} redan ${N.date(R, '2026-10-30')}, så passagen kl. ${hhmm(rng)} kan inte vara jag.`), P(`Det var troligen nästa kund. Min svåger ${nm(R, person(rng, { used }), 'plain', 'relative')} var med vid återlämningen och kan intyga, ${ph(R, rng, makePhone(rng), 'dash')}.`),
        P(`Personnummer ${pnr(R, c.pn, 'long-dash')}.`), P(`/${c.p.first}<br>${ph(R, rng, c.tel, 'grouped')}`), P(`<i>Skickat från Outlook för iOS</i>`), P(`Kopia: ${nm(R, st, 'plain', 'staff')}`)].join('\n') }));
  }
}
