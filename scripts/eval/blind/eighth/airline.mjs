// Eighth blind set — Nordvinge Airlines, customer relations: baggage claims and refunds (flyg/).
import { Rng, person, email, nm, ph, pnr, makePnr, makePhone, phoneStyle, foreignPhone, safeDigits, isoDate, hhmm, up, ascii, lines } from './core.mjs';
import { N } from './near.mjs';
import { csv, pdf, docx, mbox, rfcDate, outlookEml, P, json, put } from './fmt.mjs';

const DOM = 'nordvinge.se';
const hex = (rng, n) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
const guid = (rng) => `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}`;
const ROUTES = ['ARN–LLA', 'GOT–UME', 'ARN–KRN', 'MMX–ARN', 'ARN–HEL', 'GOT–CPH', 'ARN–OSL', 'LLA–ARN', 'UME–ARN', 'ARN–AGP'];

export default function airline(C) {
  const rng = new Rng('airline'); const used = new Set();
  const staff = Array.from({ length: 7 }, () => person(rng, { used, cp1252: true }));
  const smail = (s) => `${ascii(s.first).replace(/ /g, '')}.${ascii(s.last).replace(/ /g, '')}@${DOM}`;
  const cust = (o = {}) => { const p = person(rng, { used, ...o }); return { p, mail: email(rng, p), tel: makePhone(rng), pn: makePnr(rng, { samord: rng.chance(0.08) }) }; };
  const pnrRef = () => up(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
  const flight = () => `NV ${rng.int(101, 1999)}`;

  // 1. Dynamics 365 case export (UTF-8 BOM, comma, multi-line Description)
  { const R = C.at('flyg/dynamics365_arenden_bagage.csv');
    const rows = [['(Do Not Modify) Case', '(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On', 'Case Number', 'Case Title', 'Customer', 'Contact Email', 'Mobile Phone', 'Booking Reference', 'Flight', 'Description', 'Owner', 'Status Reason', 'Created On']];
    for (let i = 0; i < 110; i++) {
      const c = cust(); const st = rng.pick(staff); const ref = N.booking(R, pnrRef()); const fl = R.n(null, 'flight-no', flight());
      const cas = N.ticket(R, `CAS-${rng.int(10000, 99999)}-${up(rng, 6)}`); const d = isoDate(rng);
      const name = nm(R, c.p, rng.weighted([['plain', 8], ['caps', 1], ['reversed', 1], ['lower', 1]]));
      const tel = rng.chance(0.12) ? R.t('phone', foreignPhone(rng), 'foreign-phone') : ph(R, rng, c.tel, phoneStyle(rng));
      const desc = [rng.pick([() => `Väska ej ankommen ${ROUTES[i % 10]}, PIR ${R.n(null, 'pir-ref', `${rng.pick(['ARN', 'GOT', 'LLA'])}NV${rng.int(10000, 99999)}`)}.`,
        () => `Resväska skadad (hjul avbrutet). Bagagetagg ${R.n(null, 'bag-tag', `0${rng.int(100, 999)}NV${rng.int(100000, 999999)}`)}.`,
        () => `Kunden begär återbetalning av inställd resa, ${N.amount(R, rng, 900, 6000)}.`, () => 'Försenad väska levererad hem efter 3 dygn, kunden vill ha ersättning för hygienartiklar.'])()];
      if (rng.chance(0.3)) { const r = person(rng, { used }); desc.push(`Reste med ${rng.pick(['sin sambo', 'sin partner', 'barnet', 'medresenären'])} ${nm(R, r, 'plain', 'relative')}.`); }
      if (rng.chance(0.2)) desc.push(`Nås även på ${ph(R, rng, makePhone(rng, { kind: 'landline' }), rng.pick(['grouped', 'dash', 'spaced']))} dagtid.`);
      if (rng.chance(0.15)) desc.push(`Pnr för utbetalning: ${pnr(R, c.pn, rng.pick(['short', 'long', 'long-dash']))}`);
      if (rng.chance(0.1)) desc.push(`Pnr angivet ${N.pnrBad(R, rng)} stämmer inte, bett kunden kontrollera.`);
      if (rng.chance(0.2)) desc.push(`Hej ${N.lone(R, c.p.first)}, se mejl.`);
      rows.push([guid(rng), `${up(rng, 12)}==`, `${d} ${hhmm(rng)}`, cas, `${rng.pick(['Bagage', 'Återbetalning', 'Skadad väska', 'EU261'])} – ${ref}`, name,
        R.t('email', c.mail), tel, ref, fl, desc.join('\n'), nm(R, st, 'plain', 'staff'), rng.pick(['Aktiv', 'Löst', 'Väntar på kund']), `${d} ${hhmm(rng)}`]);
    }
    put(C, R.file, csv(rows, { bom: true }));
  }

  // 2. Zendesk-like JSON with nested comments (web form → customer IP)
  { const R = C.at('flyg/zendesk_baggage_export.json'); const tickets = [];
    for (let i = 0; i < 45; i++) {
      const c = cust(); const st = rng.pick(staff); const ip = rng.chance(0.85) ? R.t('ip', rng.chance(0.2) ? `2a02:aa1:${hex(rng, 4)}:${hex(rng, 3)}::${hex(rng, 3)}` : `${rng.pick([81, 83, 90, 94, 155, 185, 213])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`) : R.t('ip', `192.168.${rng.int(0, 2)}.${rng.int(2, 254)}`, 'private-ip');
      const ref = N.booking(R, pnrRef());
      const body1 = rng.pick([() => `Hej! Min väska kom aldrig fram på ${R.n(null, 'flight-no', flight())}. Bokning ${ref}. Ring mig på ${ph(R, rng, c.tel, phoneStyle(rng))}. /${c.p.first}`,
        () => `Hello, I travelled with my ${rng.pick(['partner', 'spouse', 'travel companion'])} ${nm(R, person(rng, { used }), 'plain', 'relative')} on booking ${ref}. The stroller was destroyed. Best regards, ${nm(R, c.p, 'plain', 'signature')}`,
        () => `hej jag heter ${nm(R, c.p, 'lower')} och vill ha pengarna tillbaka för ${ref}!!! inställt två gånger. mitt nr ${ph(R, rng, c.tel, 'compact')}`])();
      const comments = [{ id: Number(safeDigits(rng, 11)), author: { name: R.t('name', c.p.full), role: 'end-user' }, body: body1, public: true, created_at: `${isoDate(rng)}T${hhmm(rng)}:00Z`,
        via: { channel: 'web', source: { from: { address: R.t('email', c.mail) } } }, metadata: { system: { ip_address: ip, client: rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)']) } } }];
      comments.push({ id: Number(safeDigits(rng, 11)), author: { name: nm(R, st, 'plain', 'staff'), role: 'agent' }, public: true, created_at: `${isoDate(rng)}T${hhmm(rng)}:00Z`, via: { channel: 'api' },
        body: `Hej ${N.lone(R, c.p.first)},\n\ntack för ditt meddelande. Vi behöver kvitton och ${rng.pick(['ditt kontonummer', 'en bild på väskan', 'bagagetaggen'])}.\n\nMed vänliga hälsningar\n${st.first}\nNordvinge Kundrelationer`, metadata: { system: {} } });
      if (rng.chance(0.3)) comments.push({ id: Number(safeDigits(rng, 11)), author: { name: R.t('name', c.p.full), role: 'end-user' }, public: true, created_at: `${isoDate(rng)}T${hhmm(rng)}:00Z`, via: { channel: 'email' },
        body: `Här är mitt personnummer ${pnr(R, c.pn, rng.pick(['short', 'long', 'space']))} och IBAN ${N.iban(R, rng)}.`, metadata: { system: { ip_address: null } } });
      tickets.push({ id: 70000 + i * 7, subject: `Bagage ${ref}`, status: rng.pick(['open', 'pending', 'solved']), requester: { name: c.p.full, email: c.mail },
        custom_fields: [{ id: 360011, value: ref }, { id: 360012, value: R.n(null, 'flight-no', flight()) }], comments });
    }
    put(C, R.file, json({ tickets, count: tickets.length, next_page: null }));
  }

  // 3. Refund decisions (PDF, cp1252 names)
  { const R = C.at('flyg/beslut_aterbetalning_v47.pdf'); const pages = []; const org = N.orgnr(R, rng); const sl = N.service(R, rng);
    for (let i = 0; i < 22; i++) {
      const c = cust({ cp1252: true }); const st = rng.pick(staff); const ref = N.booking(R, pnrRef());
      pages.push([{ text: 'Nordvinge Airlines AB – Kundrelationer', size: 14, bold: true }, `Box 118, ${N.postcode(R, rng)} Stockholm-Arlanda · Org.nr ${org}`, '',
        `Ärende: ${N.ticket(R, `CAS-${rng.int(10000, 99999)}-${up(rng, 6)}`)}      Datum: ${N.date(R, isoDate(rng))}`, '',
        nm(R, c.p, rng.chance(0.2) ? 'caps' : 'plain'), N.street(R, `${rng.pick(['Selma Lagerlöfs väg', 'Fredrika Bremers gata', 'Birger Jarlsgatan', 'Storgatan'])} ${rng.int(2, 80)}`), `${N.postcode(R, rng)} ${rng.pick(['Kiruna', 'Luleå', 'Umeå', 'Sollentuna'])}`, '',
        { text: 'Beslut om ersättning enligt förordning (EG) nr 261/2004', bold: true }, `Bokning ${ref}, flyg ${R.n(null, 'flight-no', flight())} ${rng.pick(ROUTES)} den ${isoDate(rng)}.`,
        `Vi beviljar ${N.amount(R, rng, 1500, 6500)}. Utbetalning till konto ${N.iban(R, rng)}.`, rng.chance(0.4) ? `Personnummer: ${pnr(R, c.pn, 'long-dash')}` : `Kundnummer: ${R.n(null, 'customer-no', `NV-${safeDigits(rng, 7)}`)}`,
        '', 'Med vänlig hälsning', nm(R, st, 'plain', 'staff'), 'Handläggare, Kundrelationer', `Frågor? Ring ${sl} (vardagar 8–17)`]);
    }
    put(C, R.file, pdf(pages, { title: 'Beslut återbetalning' }));
  }

  // 4. Google Takeout mbox of the shared mailbox
  { const R = C.at('flyg/takeout_kundrelationer.mbox'); const msgs = []; const ids = [];
    const role = N.role(R, 'kundrelationer', DOM); const sw = N.switchboard(R, rng);
    for (let i = 0; i < 26; i++) {
      const c = cust(); const st = rng.pick(staff); const d = isoDate(rng); const id = `CA+${up(rng, 20)}@mail.gmail.com`; ids.push(N.msgid(R, id));
      const ref = N.booking(R, pnrRef()); const sig = rng.chance(0.5) ? `\n\n${nm(R, c.p, 'plain', 'signature')}\n${ph(R, rng, c.tel, phoneStyle(rng))}` : `\n\n/${c.p.first}`;
      const disp = R.t('name', c.p.full, 'display-name');
      msgs.push({ from: [disp, R.t('email', c.mail)], to: [['Nordvinge Kundrelationer', role]], subject: `Re: Ärende ${ref}`, date: rfcDate(d, `${hhmm(rng)}:00`), id, enc: rng.pick(['qp', '8bit', 'b64']),
        mboxDate: 'Tue Nov 18 09:30:00 2026', extraHeaders: [`X-GM-THRID: ${safeDigits(rng, 19)}`, `X-Gmail-Labels: ${rng.pick(['Inkorgen,Bagage', 'Arkiverade,Återbetalning', 'Öppnad,Viktigt,EU261'])}`],
        text: lines(`Hej!`, '', rng.pick([() => `Jag väntar fortfarande på svar om min väska (${ref}).`, () => `Min ${rng.pick(['sambo', 'partner', 'svärförälder'])} ${nm(R, person(rng, { used }), 'plain', 'relative')} reste på min bokning och fick ingen mat trots 5 h försening.`, () => 'Bifogar kvitton på kläder jag fick köpa.'])(), sig,
          '', `Den ${d} kl. 10:14 skrev ${nm(R, st, 'plain', 'staff')} <${R.t('email', smail(st), 'staff')}>:`, `> Hej ${c.p.first}, vi behöver ditt bokningsnummer.`, `> Växel ${sw}`) });
    }
    const r = mbox(msgs); C.put(R.file, r.bytes, `${r.text}\n${ids.map((x) => `Message-ID: <${x}>`).join('\n')}`);
  }

  // 5. Typeform response export
  { const R = C.at('flyg/typeform_eu261_responses.csv');
    const rows = [['#', 'Vad heter du?', 'Din e-postadress', 'Telefonnummer (valfritt)', 'Bokningsnummer', 'Flightnummer', 'Berätta vad som hände', 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID']];
    for (let i = 0; i < 70; i++) {
      const c = cust(); const d = isoDate(rng);
      rows.push([up(rng, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), nm(R, c.p, rng.weighted([['plain', 6], ['lower', 2], ['caps', 1]])), R.t('email', rng.chance(0.2) ? c.mail.toUpperCase() : c.mail),
        rng.chance(0.25) ? '' : rng.chance(0.1) ? R.t('phone', foreignPhone(rng), 'foreign-phone') : ph(R, rng, c.tel, phoneStyle(rng)), N.booking(R, pnrRef()), R.n(null, 'flight-no', flight().replace(' ', '')),
        rng.pick([() => 'Inställt, ombokade själv', () => 'försenat 4h. missade anslutning', () => `Nekad ombordstigning.\nVi var två: jag och ${nm(R, person(rng, { used }), 'plain', 'relative')}`, () => 'Väska borta'])(),
        `${d} ${hhmm(rng)}:12`, `${d} ${hhmm(rng)}:48`, up(rng, 10, '0123456789abcdef')]);
    }
    put(C, R.file, csv(rows));
  }

  // 6–7. Outlook-saved HTML-only e-mails (forwarded complaint; baggage letter as .docx)
  for (let k = 0; k < 2; k++) {
    const R = C.at(`flyg/outlook_fwd_klagomal_${k + 1}.eml`); const c = cust(); const a = staff[k]; const b = staff[k + 3]; const rel = person(rng, { used });
    put(C, R.file, outlookEml({ from: [R.t('name', a.full, 'staff'), R.t('email', smail(a), 'staff')], to: [[R.t('name', b.full, 'staff'), R.t('email', smail(b), 'staff')]], cc: [['Kundrelationer', N.role(R, 'kundrelationer', DOM)]],
      subject: `VB: Klagomål – ${c.p.full}`, date: rfcDate(isoDate(rng), '14:02:11'), id: N.msgid(R, `DB9PR0${rng.int(1, 9)}MB${rng.digits(4)}${up(rng, 8)}@eurprd0${rng.int(1, 9)}.prod.outlook.com`),
      html: [P(`Hej ${b.first}, kan du ta denna? Kunden har ringt tre gånger.`), P('&nbsp;'), P(`<b>Från:</b> ${nm(R, c.p, 'plain', 'display-name')} &lt;${R.t('email', c.mail)}&gt;`),
        P(`<b>Skickat:</b> ${N.date(R, isoDate(rng))}`), P(`Jag och min ${rng.pick(['sambo', 'partner', 'reskamrat'])} ${nm(R, rel, 'plain', 'relative')} blev strandsatta i ${N.place(R, 'Kristinehamn')} efter flyg ${R.n(null, 'flight-no', flight())}.`),
        P(`Mitt personnummer är ${pnr(R, c.pn, 'short')}, ring ${ph(R, rng, c.tel, rng.pick(['grouped', 'intl']))}.`), P(`Vänliga hälsningar<br>${nm(R, c.p, 'plain', 'signature')}`),
        P(`<span style="color:#1F3864">${a.full}<br>Nordvinge Airlines | Kundrelationer<br>Växel ${N.switchboard(R, rng)}</span>`)].join('\n') }));
  }
  { const R = C.at('flyg/brev_bagageersattning_8841.docx'); const c = cust({ cp1252: false }); const st = staff[6];
    put(C, R.file, docx([{ h: 'Nordvinge Airlines AB' }, `Org.nr ${N.orgnr(R, rng)}`, N.date(R, isoDate(rng)), '', nm(R, c.p), N.street(R, `${rng.pick(['Karl Johans väg', 'Norra Vallgatan'])} ${rng.int(1, 40)}`),
      { runs: ['Angående er anmälan om skadat bagage, bokning ', N.booking(R, pnrRef()), '.'] }, { runs: [`Hej ${N.lone(R, c.p.first)}, `, 'vi ersätter nedanstående enligt vår värderingstabell.'] },
      { table: [['Föremål', 'Inköpt', 'Belopp'], ['Resväska Samsonite', '2022', N.amount(R, rng, 1200, 3000)], ['Barnvagn', '2024', N.amount(R, rng, 2000, 6000)]] },
      { runs: ['Kontakta oss på ', N.service(R, rng), ' om något är oklart. Din kontaktperson är ', nm(R, st, 'plain', 'staff'), ', ', R.t('email', smail(st), 'staff'), '.'] },
      'Med vänlig hälsning', `${st.first} / Kundrelationer`], { creator: 'Nordvinge Kundrelationer' }));
  }
}
