// Ninth set — "Norrströms Sparbank", fraud desk (bedrägeri): reported transactions (UTF-16LE `;`), BankID log JSON Lines
// (12-digit personnummer, IPv4/IPv6, order refs), call log .xlsx, the desk's Teams chat saved as HTML, customers'
// reports (mbox, one HTML-only .eml), a police-report basis .pdf, the e-bank's access log.
import { Rng, W, put, cust, person, pnr, ts, publicIp, privateIp, ipv6, foreignPhone } from './lib.mjs';
import { nm, near, uuid, isoDate, hhmmss } from './near.mjs';
import { csv16, jsonl, html, txt, htmlMail, xmlEsc } from './fmt.mjs';
import { xlsx, mbox, pdf, rfcDate } from '../seventh/formats.mjs';

const D = 'norrstromssparbank.example';
const cip = (r, w) => { const k = r.weighted([['v4', 65], ['priv', 10], ['v6', 25]]); return k === 'v4' ? w.ip(publicIp(r)) : k === 'priv' ? w.ip(privateIp(r), 'private-ip') : w.ip(ipv6(r), 'ipv6'); };

export default function bank(C) {
  const r = new Rng('bank');
  const agents = Array.from({ length: 7 }, () => cust(r));
  const victims = Array.from({ length: 90 }, () => cust(r, { pnr: { min: 1934, max: 2004 } }));

  // 1. reported transactions, UTF-16LE `;`
  { const w = W(C, 'bank/bedrageri_anmalda_transaktioner.csv'); const rows = [['Ärende', 'Kund', 'Personnummer', 'Konto', 'Kort', 'Transaktions-ID', 'Belopp', 'Mottagare', 'Mottagarkonto', 'BankID-ref', 'IP vid inloggning', 'Handläggare']];
    for (let i = 0; i < 150; i++) {
      const v = r.pick(victims); const mule = r.chance(0.5);
      rows.push([nm(r, w, 'case-number'), r.chance(0.1) ? w.name(v.p, 'caps') : w.name(v.p), i % 11 === 4 ? nm(r, w, i % 2 ? 'bad-date' : 'bad-luhn') : w.pnr(v.pnr, r.pick(['long', 'long-dash', 'short'])), nm(r, w, 'account'), nm(r, w, 'card-masked'), nm(r, w, 'transaction-id'), nm(r, w, 'amount'),
        mule ? w.name(person(r), 'full', 'counterparty') : near(w, 'company', `${person(r).last} Trading Ltd`, 'name'), r.chance(0.5) ? nm(r, w, 'iban') : nm(r, w, 'bankgiro'), nm(r, w, 'bankid-ref'), cip(r, w), w.name(r.pick(agents).p, 'initial', 'staff')]);
    }
    put(C, w.file, csv16(rows, { sep: ';' })); }

  // 2. BankID log (JSON Lines)
  { const w = W(C, 'bank/bankid/auth-2026-10.jsonl'); const rp = Array.from({ length: 2 }, () => nm(r, w, 'server-ip')); const out = [];
    for (let i = 0; i < 380; i++) {
      const v = r.pick(victims); const st = r.pick(['complete', 'complete', 'failed', 'pending', 'userCancel']);
      out.push({ time: `${isoDate(r, 2026, 2026)}T${hhmmss(r)}.${r.digits(3)}Z`, orderRef: nm(r, w, 'bankid-ref'), status: st, hintCode: st === 'pending' ? 'outstandingTransaction' : null,
        personalNumber: st === 'complete' ? w.pnr(v.pnr, 'long', 'pnr-bankid') : null, endUserIp: cip(r, w), rpServer: r.pick(rp), device: { uhi: uuid(r).replace(/-/g, '').slice(0, 22), ipAddress: null }, appVersion: nm(r, w, 'version') });
      if (st === 'complete' && r.chance(0.3)) out[out.length - 1].device.ipAddress = cip(r, w);
    }
    put(C, w.file, jsonl(out)); }

  // 3. call log
  { const w = W(C, 'bank/utgaende-samtal-v43.xlsx'); const rows = [['Tid', 'Handläggare', 'Kund', 'Nummer', 'Utfall', 'Anteckning']];
    for (let i = 0; i < 110; i++) {
      const v = r.pick(victims); const a = r.pick(agents);
      const num = i % 11 === 0 ? w.t('phone', foreignPhone(r), 'foreign-phone') : w.phone(v.ph, r.pick(['compact', 'grouped', 'e164', 'intl']));
      rows.push([`${isoDate(r, 2026, 2026)} ${hhmmss(r)}`, w.name(a.p, 'full', 'staff'), w.name(v.p, r.chance(0.25) ? 'reversed' : 'full'), num, r.pick(['Nådd', 'Ej svar', 'Röstbrevlåda', 'Fel nummer']),
        r.pick([() => 'Kunden bekräftar att hen inte gjort köpet', () => `Kort ${nm(r, w, 'card-masked')} spärrat`, () => `Dottern ${w.name(person(r, { last: v.p.last }), 'full', 'relative')} hjälper kunden`, () => ''])()]);
    }
    put(C, w.file, xlsx([{ name: 'Samtal', rows }], { creator: 'Norrströms Sparbank CTI' })); }

  // 4. Teams chat saved as HTML
  { const w = W(C, 'bank/teams/Bedrägerijouren-chatt.html'); const parts = [];
    for (let i = 0; i < 70; i++) {
      const a = r.pick(agents); const v = r.pick(victims);
      const body = r.pick([
        () => `Kund ${w.name(v.p)} (${w.pnr(v.pnr, 'short')}) ringer om swish-bedrägeri, ${nm(r, w, 'amount')} till ${nm(r, w, 'bankgiro')}`,
        () => `Kan nån spärra ${nm(r, w, 'card-masked')}? Kunden ${w.name(v.p, 'lower')} är i telefon`,
        () => `Inloggning från ${cip(r, w)} kl ${hhmmss(r)} – kunden säger att det inte var hon`,
        () => `@${near(w, 'lone-first-name', r.pick(agents).p.first, 'name')} tar du ${nm(r, w, 'case-number')}?`,
        () => `Ring upp på ${w.phone(v.ph, 'grouped')}, hon har bytt nummer`,
        () => `Fejkad BankID-signering, orderRef ${nm(r, w, 'bankid-ref')}`,
        () => `Kunden uppgav pnr ${nm(r, w, 'bad-luhn')} men det går inte igenom, fel kontrollsiffra? Postnr ${nm(r, w, 'postcode')}`,
      ])();
      parts.push(`<div class="message" data-mid="${r.digits(13)}"><div class="header"><span class="author">${xmlEsc(w.name(a.p, 'full', 'staff'))}</span> <span class="time">${isoDate(r, 2026, 2026)} ${hhmmss(r).slice(0, 5)}</span></div><div class="body"><p>${xmlEsc(body)}</p></div></div>`);
    }
    put(C, w.file, html(`<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Bedrägerijouren | Microsoft Teams</title><style>.message{margin:8px 0}.author{font-weight:600}</style></head>\n<body><h1>Bedrägerijouren</h1>\n${parts.join('\n')}\n</body></html>\n`)); }

  // 5. customers' reports
  { const w = W(C, 'bank/inkorg-bedrageri.mbox'); const msgs = [];
    for (let i = 0; i < 12; i++) {
      const v = r.pick(victims); const a = r.pick(agents);
      const text = `${r.pick(['Hej', 'Hejsan', 'Till banken'])},\n\nJag har blivit lurad. En man ringde och sa att han var från banken och bad mig signera med BankID. Nu är ${nm(r, w, 'amount')} borta från konto ${nm(r, w, 'account')}.\n${r.chance(0.4) ? `Min son ${w.name(person(r, { last: v.p.last }), 'full', 'relative')} kan också nås på ${w.phone(cust(r).ph, 'grouped', 'relative-phone')}.\n` : ''}\nPersonnummer ${w.pnr(v.pnr, r.pick(['short', 'space', 'compact', 'long-dash']))}\n\nMvh ${w.name(v.p, r.pick(['full', 'caps']))}\nTel ${w.phone(v.ph, r.pick(['grouped', '0046', 'intl0', 'dash']))}\n\n-- \nSvar från ${w.name(a.p, 'full', 'staff')}, Bedrägeriavdelningen, ${near(w, 'service-line', `0771-${r.digits(3)} ${r.digits(3)}`, 'phone')}\n`;
      msgs.push({ from: [v.p.full, w.email(v.mail)], to: [['Norrströms Sparbank', near(w, 'role_email', `bedrageri@${D}`, 'email')]], subject: r.pick(['Bedrägeri!!!', 'Obehörig transaktion', 'Lurad via telefon']), date: rfcDate(isoDate(r, 2026, 2026), hhmmss(r)), id: `${r.digits(10)}@${v.mail.split('@')[1]}`, text, enc: r.pick(['qp', 'b64']), hdrMode: r.pick(['Q', 'B']) });
      w.name(v.p);
    }
    put(C, w.file, mbox(msgs)); }
  { const w = W(C, 'bank/kundmejl-html.eml'); const v = victims[3];
    put(C, w.file, htmlMail({ from: [v.p.full, w.email(v.mail)], to: [['Bedrägeri', near(w, 'role_email', `bedrageri@${D}`, 'email')]], subject: 'Kortet används i Spanien', date: rfcDate('2026-10-19', '23:40:10'), id: `${r.digits(12)}@${v.mail.split('@')[1]}`, enc: 'qp',
      html: `<div style="font-family:Calibri">Hej,<br><br>Mitt kort ${xmlEsc(nm(r, w, 'card-masked'))} har använts i Madrid i natt, ${xmlEsc(nm(r, w, 'amount'))}. Jag är hemma i Sverige!<br><br>Vänliga hälsningar<br><b>${w.name(v.p)}</b><br>${w.phone(v.ph, 'grouped')}<br>${w.pnr(v.pnr, 'long-dash')}</div>` })); }

  // 6. police report basis (pdf)
  { const w = W(C, 'bank/underlag-polisanmalan.pdf'); const list = victims.filter((v) => /^[\x20-\xff]*$/.test(v.p.full)).slice(0, 40); const a = agents.find((x) => /^[\x20-\xff]*$/.test(x.p.full)) ?? agents[0];
    const row = (v) => `${w.name(v.p)}  ${w.pnr(v.pnr, 'long-dash')}  ${nm(r, w, 'amount')}  ${nm(r, w, 'transaction-id')}`;
    put(C, w.file, pdf([[{ text: 'Underlag till polisanmälan – telefonbedrägerier', size: 14, bold: true }, `Norrströms Sparbank AB, org.nr ${nm(r, w, 'orgnr')}`, `Kontaktperson: ${w.name(a.p, 'full', 'staff')}, ${w.phone(a.ph, 'grouped', 'staff-phone')}`, '', ...list.slice(0, 20).map(row)],
      list.slice(20).map(row), ['Gärningspersonernas mottagarkonton:', ...Array.from({ length: 6 }, () => nm(r, w, 'iban')), '', `Upprättad ${nm(r, w, 'date')}`]], { title: 'Underlag' })); }

  // 7. e-bank access log (plain)
  { const w = W(C, 'bank/logs/ebank-access.log'); const fe = nm(r, w, 'server-ip'); const L = [];
    for (let i = 0; i < 700; i++) L.push(`${isoDate(r, 2026, 2026)}T${hhmmss(r)}+01:00 fe=${fe} client=${cip(r, w)} "${r.pick(['GET /internetbank/oversikt', 'POST /internetbank/betala', 'GET /bankid/collect', 'POST /login/bankid'])}" ${r.pick([200, 200, 302, 401])} rt=${r.int(3, 900)}ms`);
    put(C, w.file, txt(L.join('\n') + '\n')); }
}
