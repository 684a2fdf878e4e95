// Fifteenth blind set — Nordlys Handel AB (norden/): a Swedish web shop's Nordic cross-border customer service.
// CRM export of Norwegian, Danish, Finnish and Swedish customers (UTF-8 CSV: national IDs of the neighbours are
// near-misses, Swedish personnummer truth), Zendesk-shaped tickets in five languages (JSON), a WhatsApp chat export,
// the service mailbox (mbox), Danish returns (TSV with a CPR column), credit-check answers (XML), deliveries per
// country (.xlsx, four sheets), partner vCards, a team leader's notes (Markdown), the SMS notification log.
import { Rng, person, people, crowd, kin, nameAs, N, J, pnr, phone, foreign, email, workEmail, T, date, dotDate, hhmm, hms, ms, isoTs, hex, ocr, uuid, kr,
  ipVal, org, footer, role, server, nears, folded, jsonText, ndjson, putText, csv, xlsx, mbox, rfcDate, htmlEsc, xmlEsc,
  num, safe, svDate, street, postcode, NORDIC, fnrNO, cprDK, hetuFI, cvrDK, orgNO, ytunnus, alnum, cp1252ok, makeOrgnr } from './core.mjs';

const CC = { norwegian: 'NO', danish: 'DK', finnish: 'FI', icelandic: 'IS', swedish: 'SE', sami: 'NO' };
const TOWNS = { NO: ['Oslo', 'Bergen', 'Trondheim', 'Tromsø', 'Drammen'], DK: ['København', 'Aarhus', 'Odense', 'Aalborg', 'Esbjerg'], FI: ['Helsinki', 'Tampere', 'Turku', 'Oulu', 'Vaasa'], IS: ['Reykjavík'], SE: ['Haparanda', 'Strömstad', 'Malmö', 'Kiruna'] };
const PICKUP = { NO: ['Kiwi Majorstuen', 'Posten Grünerløkka', 'Narvesen Oslo S'], DK: ['Netto Vesterbro', 'Døgnnetto Aarhus C', 'Pakkeshop Føtex Odense'], FI: ['K-Market Kallio', 'R-kioski Tampere', 'Posti Turku'], IS: ['Pósturinn Reykjavík'], SE: ['ICA Nära Haparanda', 'Coop Strömstad'] };

export default function norden(C) {
  const rng = new Rng('norden');
  const O = org(rng, { name: 'Nordlys Handel AB', domain: 'nordlyshandel.se', area: '31', roles: ['kundeservice', 'asiakaspalvelu', 'noreply', 'kundservice', 'returns'] });
  const agents = people(rng, 9, { origins: [['swedish', 40], ['norwegian', 20], ['danish', 20], ['finnish', 20]] });
  agents.forEach((a) => { a.mail = workEmail(a, O.domain); });
  const cust = crowd(rng, 170, { origins: NORDIC, middle: 0.15 }).map((p) => {
    const cc = CC[p.origin];
    const nat = cc === 'NO' ? { kind: 'fnr' } : cc === 'DK' ? { kind: 'cpr' } : cc === 'FI' ? { kind: 'hetu' } : cc === 'SE' ? { kind: 'pnr' } : { kind: 'kt' };
    const mob = cc === 'SE' ? phone(rng, 'mobile') : cc === 'IS' ? { value: `+354 ${rng.pick(['6', '7', '8'])}${rng.digits(2)} ${rng.digits(4)}`, subtype: 'foreign-is' } : foreign(rng, cc);
    return { p, cc, nat, mob, mail: email(rng, p, rng.pick(cc === 'NO' ? ['online.no', 'gmail.com', 'hotmail.no'] : cc === 'DK' ? ['mail.dk', 'gmail.com', 'hotmail.dk'] : cc === 'FI' ? ['kolumbus.fi', 'gmail.com', 'luukku.com'] : ['gmail.com', 'hotmail.com'])),
      no: `NL${num(rng, 7)}`, town: rng.pick(TOWNS[cc]), pnr: cc === 'SE' ? pnr(rng, { minYear: 1945, maxYear: 2006 }) : null };
  });
  const natId = (R, nm, c) => (c.nat.kind === 'fnr' ? nm.fnr() : c.nat.kind === 'cpr' ? nm.cpr() : c.nat.kind === 'hetu' ? nm.hetu() : c.nat.kind === 'pnr' ? T(R, 'personnummer', c.pnr) : R.n('personnummer', 'icelandic-kennitala', `${rng.int(10, 28)}${String(rng.int(1, 12)).padStart(2, '0')}${rng.int(60, 99)}-${rng.digits(4)}`));

  // 1. CRM export
  {
    const file = 'norden/crm/accounts_nordics.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['Customer No', 'FirstName', 'LastName', 'Country', 'City', 'MobilePhone', 'Email', 'National ID', 'Company VAT', 'Owner', 'Notes']];
    for (const c of cust.slice(0, 140)) {
      J(C, file, c.p);
      const vat = rng.chance(0.12) ? (c.cc === 'DK' ? R.n(null, 'vat-number', cvrDK(rng)) : c.cc === 'NO' ? R.n('personnummer', 'norwegian-orgnr', orgNO(rng)) : c.cc === 'FI' ? R.n(null, 'finnish-business-id', ytunnus(rng)) : nm.orgnr()) : '';
      const note = rng.pick([() => '', () => '', () => `Prefers ${rng.pick(['norsk', 'dansk', 'suomi', 'English'])}`, () => `Alt. contact ${N(R, kin(rng, c.p), 'full', 'running-text')} ${T(R, 'phone', rng.chance(0.7) ? foreign(rng, c.cc === 'SE' || c.cc === 'IS' ? 'NO' : c.cc) : phone(rng))}`,
        () => `Blocked ${nm.date(date(rng))}: chargeback`, () => `Sami: ${R.n('name', 'lower-words', 'ingen')}`])();
      rows.push([R.n(null, 'customer-number', c.no), c.p.given, c.p.last, c.cc, c.town, T(R, 'phone', c.mob), T(R, 'email', c.mail), rng.chance(0.65) ? natId(R, nm, c) : '', vat, N(R, rng.pick(agents), 'full', 'staff'), note]);
    }
    const r = csv(rows, { sep: ',', eol: '\r\n' }); C.put(file, r.bytes, r.text);
  }

  // 2. multilingual tickets
  {
    const file = 'norden/support/tickets_export.json'; const R = C.at(file); const nm = nears(R, rng);
    const tickets = [];
    for (let i = 0; i < 55; i++) {
      const c = rng.pick(cust); const a = rng.pick(agents);
      const body = {
        NO: () => `Hei! Pakken min har ikke kommet. Ordrenummer ${R.n(null, 'order-number', `NH-${num(rng, 8)}`)}. Mitt fødselsnummer er ${nm.fnr()} hvis dere trenger det. Ring meg på ${T(R, 'phone', c.mob)}.\nHilsen ${N(R, c.p, 'full', 'signature')}`,
        DK: () => `Hej. Jeg vil gerne returnere varen. Mit CPR-nr. er ${nm.cpr()}. Min mand ${N(R, kin(rng, c.p), 'full', 'running-text')} henter pakken. Tlf. ${T(R, 'phone', c.mob)}\nMvh ${N(R, c.p, 'full', 'signature')}`,
        FI: () => `Hei, tilaukseni ${R.n(null, 'order-number', `NH-${num(rng, 8)}`)} on myöhässä. Henkilötunnus ${nm.hetu()}. Puhelin ${T(R, 'phone', c.mob)}.\nTerveisin ${N(R, c.p, 'full', 'signature')}`,
        SE: () => `Hej, jag har fått fel storlek. Mitt personnummer är ${T(R, 'personnummer', c.pnr)}. /${N(R, c.p, 'full', 'signature')}`,
        IS: () => `Hello, I live in Iceland, can you ship to ${c.town}? My phone ${T(R, 'phone', c.mob)}. Regards, ${N(R, c.p, 'full', 'signature')}`,
      }[c.cc]();
      tickets.push({ ticket: { id: rng.int(200000, 299999), subject: rng.pick(['Levering', 'Retur', 'Toimitus', 'Wrong size', 'Faktura']), created_at: isoTs(rng, date(rng)), locale: { NO: 'nb', DK: 'da', FI: 'fi', SE: 'sv', IS: 'en' }[c.cc],
        requester: { name: N(R, c.p, rng.pick(['full', 'full', 'caps', 'lower'])), email: T(R, 'email', c.mail) }, assignee: { name: N(R, a, 'full', 'staff'), email: R.t('email', a.mail, 'staff-work') },
        comments: [{ author: 'end-user', public: true, body }, { author: 'agent', public: true, body: `Hei ${R.n('name', 'lone-first-name', c.p.first)}, takk for henvendelsen. Vi har sendt en ny pakke. Mvh ${N(R, a, 'full', 'signature')}, ${O.name}` }],
        via: { channel: 'web', source: { from: { ip: T(R, 'ip', ipVal(rng)) } } } } });
    }
    putText(C, file, jsonText({ tickets, count: tickets.length, next_page: null }));
  }

  // 3. WhatsApp chat export
  {
    const file = 'norden/whatsapp/WhatsApp Chat med Nordlys Kundeservice NO.txt'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 30; i++) {
      const c = cust.filter((x) => x.cc === 'NO')[i % 20]; const a = rng.pick(agents); const d = dotDate(date(rng, '2026-11-01', '2026-11-24')).replace(/\.20/, '.');
      const [dd, mm, yy] = d.split('.');
      const t = (s) => `[${dd}.${mm}.${yy}, ${hhmm(rng)}:${String(rng.int(0, 59)).padStart(2, '0')}] ${s}`;
      const cn = N(R, c.p, 'full', 'chat-speaker'); const an = N(R, a, 'full', 'chat-speaker');
      out.push(t(`${cn}: Hei, hvor er pakken min? ${R.n(null, 'tracking-number', `00370${num(rng, 13)}`)}`));
      out.push(t(`${an}: Hei ${c.p.first}! Den ligger klar på ${R.n('name', 'pickup-point', rng.pick(PICKUP.NO))}.`));
      R.n('name', 'lone-first-name', c.p.first);
      if (rng.chance(0.5)) out.push(t(`${cn}: Kan min datter ${N(R, kin(rng, c.p), 'full', 'running-text')} hente den? Hun har nummer ${T(R, 'phone', foreign(rng, 'NO'))}`));
      out.push(t(`${an}: Ja, hun må vise legitimasjon og hentekode ${R.n(null, 'pickup-code', String(rng.int(1000, 9999)))}.`));
      if (rng.chance(0.2)) out.push(t(`${cn}: <Media utelatt>`));
    }
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 4. service mailbox
  {
    const file = 'norden/support/kundeservice.mbox'; const R = C.at(file); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 40; i++) {
      const c = rng.pick(cust); const a = rng.pick(agents); const d = date(rng);
      const sig = { NO: 'Med vennlig hilsen', DK: 'Venlig hilsen', FI: 'Ystävällisin terveisin', SE: 'Med vänliga hälsningar', IS: 'Kind regards' }[c.cc];
      const inbound = rng.chance(0.6);
      const m = inbound ? { from: [N(R, c.p, 'full', 'header-display'), T(R, 'email', c.mail)], to: [['Nordlys', role(R, O, c.cc === 'FI' ? 1 : 0)]], subject: rng.pick(['Reklamasjon', 'Reklamation', 'Palautus', 'Faktura', 'Delivery']),
        text: `${rng.pick(['Hei', 'Hej', 'Hello'])},\n\n${rng.pick([() => `Jeg har betalt to ganger for ordre ${R.n(null, 'order-number', `NH-${num(rng, 8)}`)}.`, () => `Varen er i stykker. Se vedlagte bilder.`, () => `Laskussa on väärä summa ${nm.amount(`${rng.int(20, 400)},${rng.int(10, 99)} €`)}.`])()}\n\n${sig}\n${N(R, c.p, rng.pick(['full', 'full', 'caps']), 'signature')}\n${street(rng)}, ${R.n(null, 'postcode', c.cc === 'FI' ? `${rng.digits(5)}` : `${rng.digits(4)}`)} ${c.town}\n${rng.pick(['Tlf', 'Mob', 'Puh.'])} ${T(R, 'phone', c.mob)}` }
        : { from: [N(R, a, 'full', 'header-display'), R.t('email', a.mail, 'staff-work')], to: [[N(R, c.p, 'full', 'header-display'), T(R, 'email', c.mail)]], subject: `Re: Sak ${R.n(null, 'case-number', `#${num(rng, 6)}`)}`,
          text: `Hei ${R.n('name', 'lone-first-name', c.p.first)},\n\nVi har refundert beløpet til kortet ditt.\n\n${sig}\n${N(R, a, 'full', 'signature')}\n${O.name} · ${R.n('phone', 'switchboard', O.switchboard)} · ${role(R, O, 0)}\n\n> ${c.p.first} skrev ${nm.date(d)}:\n> Hvor er pengene mine?`,
          html: `<p>Hei ${htmlEsc(c.p.first)},</p><p>Vi har refundert beløpet.</p><p>${htmlEsc(a.full)}<br>${htmlEsc(O.name)}</p>`, htmlText: `Hei ${c.p.first},\nVi har refundert beløpet.\n${a.full}\n${O.name}` };
      msgs.push({ ...m, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${hex(rng, 18)}@nordlyshandel.se`, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
    }
    const r = mbox(msgs); C.put(file, r.bytes, r.text);
  }

  // 5. Danish returns TSV with CPR column
  {
    const file = 'norden/returer/returer_DK_uge46.tsv'; const R = C.at(file); const nm = nears(R, rng);
    const dk = cust.filter((c) => c.cc === 'DK');
    const out = [['Returnr', 'Dato', 'Kunde', 'Telefon', 'E-mail', 'CPR (kun kreditvurdering)', 'Pakkeshop', 'Beløb DKK', 'Årsag'].join('\t')];
    for (let i = 0; i < 90; i++) {
      const c = rng.pick(dk);
      out.push([R.n(null, 'return-number', `RMA-DK-${num(rng, 6)}`), nm.date(dotDate(date(rng, '2026-11-09', '2026-11-15'))), N(R, c.p, rng.pick(['full', 'surname-first'])), T(R, 'phone', c.mob), T(R, 'email', c.mail),
        rng.chance(0.5) ? nm.cpr() : '', R.n('name', 'pickup-point', rng.pick(PICKUP.DK)), nm.amount(`${rng.int(99, 2999)},${rng.pick(['00', '95'])}`), rng.pick(['For lille', 'Defekt', 'Fortrudt', 'Forkert vare'])].join('\t'));
    }
    putText(C, file, `${out.join('\r\n')}\r\n`);
  }

  // 6. credit-check XML
  {
    const file = 'norden/kredit/kreditupplysningar.xml'; const R = C.at(file); const nm = nears(R, rng);
    const out = ['<?xml version="1.0" encoding="utf-8"?>', '<CreditResponses xmlns="urn:example:nordcredit:v2">'];
    for (const c of rng.shuffle(cust).slice(0, 90)) {
      J(C, file, c.p);
      out.push(`  <Response country="${c.cc}" ref="${R.n(null, 'credit-ref', `CR${num(rng, 9)}`)}">`, `    <Subject><GivenName>${xmlEsc(c.p.given)}</GivenName><FamilyName>${xmlEsc(c.p.last)}</FamilyName><NationalId>${natId(R, nm, c)}</NationalId></Subject>`,
        `    <Address><Street>${xmlEsc(street(rng))}</Street><City>${xmlEsc(c.town)}</City></Address>`, `    <Decision score="${rng.int(1, 99)}">${rng.pick(['APPROVED', 'APPROVED', 'REJECTED', 'MANUAL'])}</Decision>`,
        `    <RequestedBy ip="${server(R, O, 0)}">${xmlEsc(N(R, rng.pick(agents), 'full', 'staff'))}</RequestedBy>`, '  </Response>');
    }
    out.push('</CreditResponses>');
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 7. deliveries workbook
  {
    const file = 'norden/logistik/leveranser_nov.xlsx'; const R = C.at(file); const nm = nears(R, rng);
    const sheets = ['NO', 'DK', 'FI', 'SE'].map((cc) => {
      const rows = [['Sendingsnr', 'Mottaker', 'Mobil', 'Utleveringssted', 'Postnr', 'Status']];
      for (const c of cust.filter((x) => x.cc === cc).slice(0, 30)) rows.push([R.n(null, 'tracking-number', `${alnum(rng, 2)}${num(rng, 9)}${cc}`), N(R, c.p, rng.pick(['full', 'caps', 'surname-first'])), T(R, 'phone', c.mob), R.n('name', 'pickup-point', rng.pick(PICKUP[cc])), R.n(null, 'postcode', cc === 'FI' ? rng.digits(5) : cc === 'SE' ? postcode(rng) : rng.digits(4)), rng.pick(['Levert', 'Underveis', 'Returnert'])]);
      return { name: cc, rows };
    });
    const r = xlsx(sheets, { creator: agents[2].full }); R.t('name', agents[2].full, 'xlsx-creator'); C.put(file, r.bytes, r.text);
  }

  // 8. partner vCards
  {
    const file = 'norden/partnere.vcf'; const R = C.at(file); const nm = nears(R, rng);
    const L = [];
    const companies = ['Nordfrakt AS', 'Pakkeservice ApS', 'Kuljetus Oy', 'Lager Syd AB', 'Tulli-agentti Oy'];
    for (let i = 0; i < 40; i++) {
      const cc = rng.pick(['NO', 'DK', 'FI', 'SE']);
      const p = person(rng, { origin: { NO: 'norwegian', DK: 'danish', FI: 'finnish', SE: 'swedish' }[cc] });
      const co = companies[i % companies.length];
      L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${p.last};${p.given};;;`, `FN:${N(R, p, 'full', 'vcard-fn')}`, `ORG:${co}`, `TEL;TYPE=WORK:${T(R, 'phone', cc === 'SE' ? phone(rng) : foreign(rng, cc))}`,
        `EMAIL;TYPE=WORK:${R.t('email', workEmail(p, `${co.split(' ')[0].toLowerCase()}.example`), 'work')}`, ...(i % 8 === 0 ? [`TEL;TYPE=MAIN:${R.n('phone', 'switchboard', cc === 'SE' ? `031-${rng.digits(2)} ${rng.digits(2)} 00` : `+${{ NO: '47', DK: '45', FI: '358' }[cc]} ${rng.digits(2)} ${rng.digits(2)} 00 00`)}`] : []), 'END:VCARD');
    }
    const r = folded(L); C.put(file, r.bytes, r.text);
  }

  // 9. team leader's notes
  {
    const file = 'norden/teamleder_notater.md'; const R = C.at(file); const nm = nears(R, rng);
    const out = ['# Teamleder – notater uke 45–47', ''];
    for (let i = 0; i < 50; i++) {
      const c = rng.pick(cust); const a = rng.pick(agents);
      out.push(`* ${nm.date(dotDate(date(rng, '2026-11-02', '2026-11-22')))} – ` + rng.pick([
        () => `${a.first} har hatt samtale med ${N(R, c.p, 'lower')}, truet med Forbrukerrådet. ring tilbake ${T(R, 'phone', c.mob)}`,
        () => `kunde ${N(R, c.p)} sendte fødselsnr ${nm.fnr()} på mail – slettet, påminn om GDPR`,
        () => `${N(R, a, 'full', 'staff')} syk, ${N(R, rng.pick(agents), 'full', 'staff')} tar finsk kø`,
        () => `dansk kunde oppga CPR ${nm.cpr()} i chatten, maskert`,
        () => `finsk hetu ${nm.hetu()} i ticket ${R.n(null, 'case-number', `#${num(rng, 6)}`)}, fjernet`,
        () => `møte med ${R.n('name', 'company', 'Nordfrakt AS')} om ${R.n('name', 'street', 'Karl Johans gate')}-butikken`,
        () => `svensk kund ${N(R, c.p, 'surname-first')} (${c.pnr ? T(R, 'personnummer', c.pnr) : natId(R, nm, c)}) vill ha faktura på papper`,
      ])());
      if (out[out.length - 1].includes('har hatt samtale')) R.n('name', 'lone-first-name', a.first);
    }
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 10. SMS notification log
  {
    const file = 'norden/sms/varsler-2026-11.log'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 220; i++) {
      const c = rng.pick(cust);
      const digits = c.mob.value.replace(/\(0\)/, '').replace(/\D/g, '').replace(/^00/, '').replace(/^0(?=7)/, '46');
      out.push(`${date(rng, '2026-11-01', '2026-11-24')}T${hms(rng)}Z sms.out to=+${R.t('phone', `+${digits}`, `${c.cc === 'SE' ? 'mobile' : `foreign-${c.cc.toLowerCase()}`}-e164`).slice(1)} sender=Nordlys tmpl=${rng.pick(['pickup_ready', 'delayed', 'return_received'])} ref=${R.n(null, 'tracking-number', `00370${num(rng, 13)}`)} status=${rng.pick(['sent', 'delivered', 'failed'])}`);
    }
    putText(C, file, `${out.join('\n')}\n`);
  }
}
