// Ninth set — "Kustlinjens Taxi AB": trip log (cp1252 `;`), drivers' WhatsApp group, lost property .xlsx, the dispatch
// phone's SMS backup XML, complaints mbox, driver register (UTF-16LE tab, split names), company-account invoice .pdf,
// a .tar.gz of drivers' exported notes.
import { Rng, W, put, cust, person, pnr, ts, makePhone, foreignPhone, email } from './lib.mjs';
import { nm, near, hhmmss, isoDate } from './near.mjs';
import { csv, csv16, txt, whatsapp, smsXml, tarGz } from './fmt.mjs';
import { xlsx, mbox, pdf, rfcDate } from '../seventh/formats.mjs';

const D = 'kustlinjentaxi.example';
const PSTREETS = ['Evert Taubes gata', 'Selma Lagerlöfs väg', 'Dag Hammarskjölds väg', 'Greta Garbos väg', 'Karl Johansgatan', 'Birger Jarlsgatan', 'Nils Ericsons plats', 'Vilhelm Mobergs gata'];
const STREETS = ['Hamngatan', 'Strandvägen', 'Sjöbotorget', 'Norra Kustvägen', 'Fyrvaktarvägen', 'Stationsgatan', 'Tullgatan'];
const PLACES = ['Centralstationen', 'Länssjukhuset entré B', 'Flygplatsen terminal 2', 'Kustlinjens resecentrum', 'Ica Maxi Norrhamn'];

export default function taxi(C) {
  const r = new Rng('taxi');
  const drivers = Array.from({ length: 14 }, () => ({ ...cust(r, { cp1252: true }), plate: null }));
  const dispatch = Array.from({ length: 3 }, () => cust(r, { origin: 'swedish' }));
  const addr = (w) => (r.chance(0.35) ? `${near(w, 'street', r.pick(PSTREETS), 'name')} ${r.int(1, 60)}` : r.chance(0.5) ? `${r.pick(STREETS)} ${r.int(1, 90)}` : r.pick(PLACES));

  // 1. trip log, Windows-1252, `;`
  { const w = W(C, 'taxi/resor_2026-10.csv'); const rows = [['Resa-ID', 'Datum', 'Tid', 'Upphämtning', 'Avlämning', 'Kund', 'Telefon', 'Förare', 'Bil', 'Belopp', 'Betalsätt', 'Anteckning']];
    for (let i = 0; i < 320; i++) {
      const c = cust(r, { cp1252: true }); const d = r.pick(drivers); const corp = r.chance(0.12);
      const kund = corp ? near(w, 'company', `${person(r, { origin: 'swedish' }).full}s ${r.pick(['Åkeri AB', 'Bygg AB', 'Rör AB', 'Måleri HB'])}`, 'name') : w.name(c.p, r.chance(0.15) ? 'caps' : 'full');
      rows.push([`R${r.digits(8)}`, isoDate(r, 2026, 2026), hhmmss(r).slice(0, 5), addr(w), addr(w), kund, corp ? near(w, 'switchboard', `0${r.pick(['31', '40', '8'])}-${r.digits(3)} ${r.digits(2)} 00`, 'phone') : w.phone(c.ph, r.pick(['grouped', 'compact', 'dash', 'spaced'])),
        w.name(d.p, 'full', 'staff'), nm(r, w, 'plate'), nm(r, w, 'amount'), r.pick(['Kort', 'Faktura', 'Swish', 'Färdtjänst']), r.pick(['', '', 'Rullstol', 'Två resväskor', `Ring vid framkomst`, `Portkod ${r.digits(4)}`])]);
    }
    put(C, w.file, csv(rows, { sep: ';', enc: 'cp1252' })); }

  // 2. drivers' WhatsApp group (iOS export)
  { const w = W(C, 'taxi/WhatsApp Chat - Förare Kustlinjen.txt'); const L = [];
    const who = [...drivers.slice(0, 8), ...dispatch];
    for (let i = 0; i < 160; i++) {
      const s = r.pick(who); const c = cust(r); const t = `2026-10-${String(r.int(1, 28)).padStart(2, '0')} ${hhmmss(r)}`;
      const msg = r.pick([
        () => `körning från ${r.pick(PLACES)} till ${r.pick(STREETS)} ${r.int(1, 40)}, kund heter ${w.name(c.p)} ${w.phone(c.ph, 'compact')}`,
        () => `nån som har plats? ${r.pick(PLACES)} väntar sen 10 min`,
        () => `kunden ${w.name(c.p, 'lower')} glömde en mobil i ${nm(r, w, 'plate')}, lämnar på kontoret`,
        () => `${near(w, 'lone-first-name', r.pick(drivers).p.first, 'name')} kan du ta flyget kl ${hhmmss(r).slice(0, 5)}?`,
        () => `OK`, () => `👍`, () => `<Media utelämnad>`,
        () => `färdtjänst ${w.name(c.p, 'reversed')}, pnr ${w.pnr(pnr(r, { min: 1936, max: 1960 }))} ska till ${r.pick(PLACES)}`,
      ])();
      L.push([t, w.name(s.p, 'full', 'chat-speaker'), msg]);
    }
    put(C, w.file, whatsapp(L.sort((a, b) => (a[0] < b[0] ? -1 : 1)), 'ios')); }

  // 3. lost property workbook
  { const w = W(C, 'taxi/hittegods.xlsx'); const rows = [['Nr', 'Hittat', 'Föremål', 'Bil', 'Förare', 'Ägare', 'Kontakt', 'E-post', 'Status']];
    for (let i = 0; i < 55; i++) {
      const c = cust(r); const ph = i % 8 === 0 ? w.t('phone', foreignPhone(r), 'foreign-phone') : w.phone(c.ph, r.pick(['grouped', 'intl', 'compact']));
      rows.push([`HG-${r.digits(5)}`, isoDate(r, 2026, 2026), r.pick(['Mobiltelefon', 'Plånbok', 'Barnvagn', 'Nycklar', 'Paraply', 'Dator', 'Gosedjur']), nm(r, w, 'plate'), w.name(r.pick(drivers).p, 'full', 'staff'), r.chance(0.2) ? w.name(c.p, 'reversed') : w.name(c.p), ph, r.chance(0.6) ? w.email(c.mail) : '', r.pick(['Hämtad', 'Väntar', 'Skickad med post', 'Polisen'])]);
    }
    put(C, w.file, xlsx([{ name: 'Hittegods', rows }], { creator: w.name(dispatch[0].p, 'full', 'staff') })); }

  // 4. dispatch phone SMS backup
  { const w = W(C, 'taxi/sms-20261101091240.xml'); const msgs = []; let t = 1788000000000;
    for (let i = 0; i < 90; i++) {
      const c = cust(r); t += r.int(60000, 9e6); const known = r.chance(0.6);
      const addrS = w.phone(c.ph, 'e164', 'sms-address');
      const body = r.pick([
        () => `Hej, det är ${w.name(c.p)}, jag glömde min väska i bilen igår kväll. Kan ni ringa ${w.phone(c.ph, 'grouped')}?`,
        () => `Bekräftelse: bil ${nm(r, w, 'plate')} hämtar dig ${hhmmss(r).slice(0, 5)}. Avboka: svara NEJ. /Kustlinjens Taxi`,
        () => `taxi till ${r.pick(PLACES)} för ${w.name(c.p, 'lower')} tack`,
        () => `Kvitto resa ${nm(r, w, 'order')}: ${nm(r, w, 'amount')}. Org.nr ${nm(r, w, 'orgnr')}`,
      ])();
      msgs.push({ address: addrS, name: known ? w.name(c.p, 'full', 'contact-name') : '(Unknown)', body, date: t, type: r.pick([1, 2]), readable: `${r.int(1, 28)} okt. 2026 ${hhmmss(r)}` });
    }
    put(C, w.file, smsXml(msgs)); }

  // 5. complaints (mbox)
  { const w = W(C, 'taxi/klagomal.mbox'); const msgs = [];
    for (let i = 0; i < 10; i++) {
      const c = cust(r); const d = r.pick(drivers);
      const text = `${r.pick(['Hej!', 'Hej Kustlinjen,', 'Till kundtjänst'])}\n\nJag åkte med er ${nm(r, w, 'date')} från ${addr(w)}. Föraren (${w.name(d.p, r.chance(0.5) ? 'full' : 'initial', 'staff')}, bil ${nm(r, w, 'plate')}) tog en omväg och jag debiterades ${nm(r, w, 'amount')}.\n${r.chance(0.5) ? `Min sambo ${w.name(person(r), 'full', 'relative')} satt också i bilen.\n` : ''}\nMvh\n${w.name(c.p)}\n${w.phone(c.ph, r.pick(['grouped', 'intl0', '0046']))}\n`;
      msgs.push({ from: [c.p.full, w.email(c.mail)], to: [['Kundtjänst', near(w, 'role_email', `kundtjanst@${D}`, 'email')]], subject: r.pick(['Klagomål på resa', 'Fel pris!!', 'Omväg']), date: rfcDate(isoDate(r, 2026, 2026), hhmmss(r)), id: `${r.digits(10)}@mail.example`, text, enc: r.pick(['qp', '8bit', 'b64']) });
      w.name(c.p); w.email(c.mail);
    }
    put(C, w.file, mbox(msgs)); }

  // 6. driver register, UTF-16LE tab, split names
  { const w = W(C, 'taxi/forarregister.txt'); const rows = [['Förnamn', 'Efternamn', 'Personnummer', 'Taxilegitimation', 'Mobil', 'E-post', 'Anställd sedan']];
    for (const d of drivers) { w.joined(d.p.first, d.p.last); rows.push([d.p.first, d.p.last, w.pnr(d.pnr, r.pick(['short', 'long', 'long-dash'])), `TL ${r.digits(6)}`, w.phone(d.ph, 'grouped'), w.email(email(r, d.p)), isoDate(r, 2010, 2025)]); }
    for (let i = 0; i < 4; i++) { const d = cust(r); w.joined(d.p.first, d.p.last); rows.push([d.p.first, d.p.last, w.pnr(pnr(r, { samord: true, min: 1975, max: 2000 }), 'long-dash'), '', w.phone(d.ph, 'e164'), '', isoDate(r, 2025, 2026)]); }
    put(C, w.file, csv16(rows, { sep: '\t' })); }

  // 7. invoice to a company account (multi-page pdf)
  { const w = W(C, 'taxi/faktura-foretagskonto-2026-10.pdf'); const pages = []; let page = [];
    const buyer = near(w, 'company', `${person(r, { origin: 'swedish', cp1252: true }).full}s Fastighetsservice AB`, 'name');
    page.push({ text: 'Kustlinjens Taxi AB', size: 16, bold: true }, `Faktura ${nm(r, w, 'invoice')}   OCR ${nm(r, w, 'ocr')}`, `Kund: ${buyer}`, `Bankgiro ${nm(r, w, 'bankgiro')}   Org.nr ${nm(r, w, 'orgnr')}`, '');
    for (let i = 0; i < 60; i++) {
      if (page.length > 44) { pages.push(page); page = []; }
      const c = cust(r, { cp1252: true });
      page.push(`${isoDate(r, 2026, 2026)}  ${nm(r, w, 'order')}  Resenär: ${w.name(c.p, r.chance(0.2) ? 'caps' : 'full')}  ${nm(r, w, 'amount')}`);
    }
    page.push('', `Frågor? Ring ${near(w, 'service-line', `0771-${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, 'phone')}`); pages.push(page);
    put(C, w.file, pdf(pages, { title: 'Faktura' })); }

  // 8. exported driver notes, tar.gz
  { const w = W(C, 'taxi/export/forarnoteringar.tar.gz'); const entries = [];
    for (const d of drivers.slice(0, 6)) {
      const L = [`Förare: ${w.name(d.p, 'full', 'staff')}`, `Mobil: ${w.phone(d.ph, 'compact')}`, ''];
      for (let i = 0; i < 12; i++) { const c = cust(r); L.push(`${nm(r, w, 'datetime')} ${r.pick([() => `stammis ${w.name(c.p)} vill alltid sitta fram`, () => `kund ${w.name(c.p, 'lower')} betalade inte, nr ${w.phone(c.ph, 'spaced')}`, () => `skåpbil ${nm(r, w, 'plate')} på verkstad`, () => `hämta ${w.name(c.p, 'reversed')} vid ${r.pick(PLACES)}`])()}`); }
      entries.push({ name: `noteringar/${d.p.last.toLowerCase().replace(/[^a-z]/g, '')}-${r.digits(4)}.txt`, data: L.join('\n') + '\n' });
    }
    put(C, w.file, tarGz(entries)); }
}
