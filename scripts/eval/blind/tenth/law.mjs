// Tenth set — advokat/: client intake at the invented law firm Ekholm & Wästberg Advokatbyrå KB.
// Outlook contacts CSV, conflict-check JSON, engagement letters (.docx), a demand letter (.pdf), an intake mbox
// and the reception's phone log. Court case numbers, orgnr, bankgiro and the firm's own lines are near-misses.
import { Rng, person, people, nameAs, nameStyle, pnr, phone, email, workEmail, date, svDate, hhmm, num, badPnr, makeOrgnr, serviceLine,
  bankgiro, iban, amount, postcode, street, csv, docx, pdf, mbox, rfcDate, withIds } from './core.mjs';

const DOM = 'ekholmwastberg.example';
const court = (rng) => `${rng.pick(['T', 'T', 'FT', 'B', 'Ä', 'Ö'])} ${rng.int(100, 9999)}-${rng.pick(['25', '26'])}`;
const COURTS = ['Stockholms tingsrätt', 'Göteborgs tingsrätt', 'Malmö tingsrätt', 'Uppsala tingsrätt', 'Solna tingsrätt', 'Svea hovrätt'];

export default function law(C) {
  const rng = new Rng('law');
  const staff = people(rng, 6, { cp1252: true });
  const lawyers = staff.slice(0, 4); const reception = staff.slice(4);

  // 1. Outlook contacts export (English headers, one row per contact; first/last in separate columns)
  {
    const f = 'advokat/outlook-contacts.csv'; const R = C.at(f);
    const rows = [['First Name', 'Middle Name', 'Last Name', 'Title', 'Company', 'E-mail Address', 'E-mail Display Name', 'Mobile Phone', 'Business Phone', 'Home Phone', 'Categories', 'Notes']];
    for (const p of people(rng, 140, { intl: false })) {
      const intl = rng.chance(0.2); const q = intl ? person(rng, { intl: true }) : p;
      const e = email(rng, q); const mob = phone(rng, intl ? 'foreign' : 'mobile'); const biz = rng.chance(0.4) ? phone(rng, 'landline') : null;
      C.joined(f, q.first, q.last); R.t('email', e.value, e.subtype); R.t('phone', mob.value, mob.subtype); if (biz) R.t('phone', biz.value, biz.subtype);
      const company = rng.chance(0.3) ? R.n('name', 'company', `${q.last} ${rng.pick(['Bygg', 'Fastigheter', 'Consulting', 'Transport'])} AB`) : '';
      const cat = rng.pick(['Klient', 'Motpart', 'Klient;VIP', 'Motpart ombud', 'Client (intl)']);
      let note = '';
      if (rng.chance(0.4)) note = `Mål ${R.n(null, 'court-case', court(rng))}, ${rng.pick(COURTS)}`;
      else if (rng.chance(0.3)) note = `Konfliktkontroll OK ${R.n(null, 'date', date(rng))}`;
      rows.push([q.first, rng.chance(0.1) ? 'M.' : '', q.last, rng.chance(0.1) ? 'Dr.' : '', company, e.value, `${q.full} (${e.value})`, mob.value, biz?.value ?? '', '', cat, note]);
    }
    for (const [co, mail] of [['Stockholms tingsrätt', 'stockholms.tingsratt@domstol.example'], ['Kronofogden', 'kronofogden@kronofogden.example'], ['Ekholm & Wästberg', `reception@${DOM}`]]) {
      rows.push(['', '', '', '', R.n('name', 'company', co), R.n('email', 'role-email', mail), co, '', R.n('phone', 'switchboard', `08-${rng.int(500, 599)} ${rng.digits(3)} 00`), '', 'Myndighet', '']);
    }
    const o = csv(rows, { quoteAll: true }); C.put(f, o.bytes, o.text);
  }

  // 2. Conflict-check JSON from the case management system
  {
    const f = 'advokat/konfliktkontroll.json'; const R = C.at(f); const matters = [];
    for (let i = 0; i < 70; i++) {
      const cl = person(rng); const cp = people(rng, rng.int(1, 3)); const isCo = rng.chance(0.3);
      const clientPnr = pnr(rng, rng.chance(0.08) ? { samord: true } : {});
      matters.push({
        matterId: R.n(null, 'matter-number', `EW-${2026}-${String(i + 101).padStart(4, '0')}`),
        opened: R.n(null, 'timestamp', `${date(rng)}T${hhmm(rng)}:00+01:00`),
        client: { name: R.t('name', cl.full, 'client'), idNumber: R.t('personnummer', clientPnr.value, clientPnr.subtype), email: R.t('email', email(rng, cl).value, 'personal') },
        counterparties: cp.map((p) => {
          const nm = nameAs(p, rng.pick(['full', 'full', 'reversed', 'caps']));
          return { name: R.t('name', nm.value, `counterparty-${nm.subtype}`), role: rng.pick(['motpart', 'motpartens ombud', 'borgensman', 'make/maka']),
            ...(rng.chance(0.5) ? { idNumber: R.t('personnummer', ...Object.values(pnr(rng))) } : {}) };
        }),
        ...(isCo ? { counterpartyCompany: { name: R.n('name', 'company', `${rng.pick(['Bröderna', 'Familjen'])} ${person(rng, { origin: 'swedish' }).last} Bygg AB`), orgnr: R.n('personnummer', 'orgnr', makeOrgnr(rng)) } } : {}),
        court: rng.pick(COURTS), caseNo: R.n(null, 'court-case', court(rng)),
        responsible: R.t('name', rng.pick(lawyers).full, 'staff'),
        result: rng.pick(['Ingen konflikt', 'Ingen konflikt', 'Möjlig konflikt – eskalerad', 'Avböjt']),
        ...(rng.chance(0.1) ? { rejectedId: R.n('personnummer', 'bad-luhn-pnr', badPnr(rng, 'bad-luhn')) } : {}),
      });
    }
    C.put(f, `${JSON.stringify({ exported: '2026-11-20T08:00:00+01:00', system: 'CaseBase 4.2.1', matters }, null, 2)}\n`);
  }

  // 3. Engagement letters (.docx): Swedish and English
  for (let k = 0; k < 3; k++) {
    const f = `advokat/uppdragsbekraftelse-${k + 1}.docx`; const R = C.at(f);
    const en = k === 2; const cl = person(rng, { intl: en }); const lw = rng.pick(lawyers); const asst = reception[k % 2];
    const cp = person(rng); const cpn = pnr(rng); const cln = pnr(rng, { style: 'long-dash' }); const tel = phone(rng, en ? 'foreign' : 'mobile');
    const cs = R.n(null, 'court-case', court(rng)); const d = R.n(null, 'date', svDate(date(rng)));
    const blocks = [{ h: en ? 'ENGAGEMENT LETTER' : 'UPPDRAGSBEKRÄFTELSE' }, `Stockholm den ${d}`,
      { runs: [en ? 'To: ' : 'Till: ', R.t('name', cl.full, 'client'), ', ', R.n(null, 'street', street(rng)), ', ', R.n(null, 'postcode', postcode(rng)), ' Stockholm'] },
      en ? `Dear ${R.n('name', 'lone-first-name', cl.first)},` : `Hej ${R.n('name', 'lone-first-name', cl.first)},`,
      en ? `Thank you for instructing us in the dispute with ${R.t('name', cp.full, 'counterparty')} (case ${cs}). Responsible partner is Adv. ${R.t('name', lw.full, 'staff')}, assisted by ${R.t('name', asst.full, 'staff')}.`
        : `Tack för att du har gett oss i uppdrag att företräda dig i tvisten mot ${R.t('name', cp.full, 'counterparty')}, pnr ${R.t('personnummer', cpn.value, cpn.subtype)}, mål ${cs}. Ansvarig advokat är Adv. ${R.t('name', lw.full, 'staff')} och biträdande jurist ${R.t('name', asst.full, 'staff')}.`,
      { table: [[en ? 'Client' : 'Klient', cl.full], [en ? 'Personal identity no.' : 'Personnummer', R.t('personnummer', cln.value, cln.subtype)], [en ? 'Phone' : 'Telefon', R.t('phone', tel.value, tel.subtype)],
        ['E-post', R.t('email', email(rng, cl).value, 'personal')], [en ? 'Hourly rate' : 'Timarvode', R.n(null, 'amount', amount(rng, 2400, 4200))], [en ? 'Advance' : 'Förskott', R.n(null, 'amount', amount(rng, 10000, 50000))],
        ['Bankgiro', R.n(null, 'bankgiro', bankgiro(rng))], ['Org.nr', R.n('personnummer', 'orgnr', '969712-4410')]] },
      en ? 'The firm’s general terms (version 2026:1) apply. Our switchboard:' : 'Byråns allmänna villkor (version 2026:1) gäller. Växel:',
      R.n('phone', 'switchboard', '08-545 120 00'), `${en ? 'Kind regards' : 'Med vänlig hälsning'}`, `${lw.full}, advokat`, R.t('email', workEmail(lw, DOM), 'staff')];
    const o = docx(blocks, { creator: lw.full }); C.put(f, o.bytes, o.text);
  }

  // 4. Demand letter to a counterparty (.pdf, 2 pages)
  {
    const f = 'advokat/kravbrev-motpart.pdf'; const R = C.at(f); const cp = person(rng, { cp1252: true }); const cl = person(rng, { cp1252: true }); const lw = lawyers[1];
    const p1 = [{ text: 'Ekholm & Wästberg Advokatbyrå KB', size: 14, bold: true }, `Org.nr ${R.n('personnummer', 'orgnr', '969712-4410')}  Bankgiro ${R.n(null, 'bankgiro', bankgiro(rng))}`, '',
      R.t('name', nameAs(cp, 'caps').value, 'caps'), R.n(null, 'street', street(rng)), `${R.n(null, 'postcode', postcode(rng))} Huddinge`, '',
      `Ert personnummer: ${R.t('personnummer', ...Object.values(pnr(rng)))}`, `Vår referens: ${R.n(null, 'matter-number', `EW-2026-${num(rng, 4)}`)}`, '', 'KRAV',
      `Vi företräder ${R.t('name', cl.full, 'client')} i anledning av obetald fordran om ${R.n(null, 'amount', amount(rng, 20000, 90000))}.`,
      `Beloppet ska betalas till IBAN ${R.n(null, 'iban', iban(rng))} senast ${R.n(null, 'date', svDate(date(rng)))}.`, 'Om betalning uteblir kommer vi att ansöka om stämning vid tingsrätten.'];
    const p2 = ['Sida 2 av 2', `Frågor besvaras av ${R.t('name', lw.full, 'staff')}, direkt ${R.t('phone', phone(rng, 'landline', 'grouped').value, 'staff-landline')}.`,
      `Du kan även ringa vår kundtjänst ${R.n('phone', 'service-line', serviceLine(rng))}.`, 'Med vänlig hälsning', `Adv. ${lw.full}`];
    const o = pdf([p1, p2], { title: 'Kravbrev' }); C.put(f, o.bytes, o.text);
  }

  // 5. Intake mailbox (Thunderbird mbox)
  {
    const f = 'advokat/intake.mbox'; const R = C.at(f); const msgs = [];
    for (let i = 0; i < 18; i++) {
      const cl = person(rng, { intl: rng.chance(0.3) }); const e = email(rng, cl); const tel = phone(rng, cl.origin === 'swedish' ? undefined : 'foreign'); const lw = rng.pick(lawyers);
      const id = R.n('email', 'message-id', `${num(rng, 8)}.${num(rng, 5)}@mail.${DOM}`); const en = !['swedish', 'finnish'].includes(cl.origin) && rng.chance(0.6);
      const other = person(rng); const d = date(rng);
      const sloppy = rng.chance(0.4);
      const body = en ? `Hello,\n\nMy name is ${R.t('name', cl.full, 'self-intro')} and I need advice regarding my divorce from ${R.t('name', other.full, 'counterparty')}.\nPlease call me on ${R.t('phone', tel.value, tel.subtype)}.\n\nBest regards\n${cl.first}\n`
        : sloppy ? `hej\njag heter ${R.t('name', nameAs(cl, 'lower').value, 'lower')} o behöver hjälp med ett arv, min bror ${R.t('name', other.full, 'relative')} har tagit allt. ring ${R.t('phone', tel.value, tel.subtype)}\n\nSkickat från min iPhone\n`
          : `Hej,\n\nJag vill boka ett första möte angående en tvist med min hyresvärd. Motpart är ${R.t('name', other.full, 'counterparty')}.\nMitt personnummer är ${R.t('personnummer', ...Object.values(pnr(rng)))}.\n\nMed vänlig hälsning\n${cl.full}\n${tel.value}\n`;
      const reply = `\n\n-----Ursprungligt meddelande-----\nFrån: ${R.t('name', lw.full, 'staff')} <${R.t('email', workEmail(lw, DOM), 'staff')}>\nSkickat: ${d}\nTack för ditt mejl. Vi återkommer. /${lw.first}\n`;
      R.t('name', cl.full, 'display-name'); R.t('email', e.value, e.subtype);
      msgs.push({ from: [cl.full, e.value], to: [['Ekholm & Wästberg Intake', R.n('email', 'role-email', `intake@${DOM}`)]], subject: en ? 'Request for advice' : rng.pick(['Ärende', 'Fråga om arv', 'Behöver hjälp!!', 'Tvist']),
        date: rfcDate(d, `${hhmm(rng)}:00`), id, text: body + (rng.chance(0.5) ? reply : ''), enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']) });
    }
    const o = withIds(mbox(msgs), msgs); C.put(f, o.bytes, o.text);
  }

  // 6. Reception phone log (plain text)
  {
    const f = 'advokat/telefonlogg-reception.txt'; const R = C.at(f); const lines = ['TELEFONLOGG RECEPTION – Ekholm & Wästberg', `Växel ${R.n('phone', 'switchboard', '08-545 120 00')}`, ''];
    for (let i = 0; i < 260; i++) {
      const p = person(rng); const tel = phone(rng, rng.chance(0.1) ? 'foreign' : undefined); const st = nameStyle(rng); const nm = nameAs(p, st); const lw = rng.pick(lawyers);
      const at = rng.pick(reception);
      const what = rng.pick([() => `ang. mål ${R.n(null, 'court-case', court(rng))}`, () => 'vill boka möte', () => `faktura ${R.n(null, 'invoice', num(rng, 7))}`, () => 'ring tillbaka efter lunch', () => `ombud för ${R.t('name', person(rng).full, 'counterparty')}`]);
      lines.push(`${R.n(null, 'date', date(rng))} ${hhmm(rng)}  ${at.first.slice(0, 1)}${at.last.slice(0, 1)}  Ringde: ${R.t('name', nm.value, nm.subtype)}, tel ${R.t('phone', tel.value, tel.subtype)} – ${what()} – till ${R.t('name', `${lw.first[0]}. ${lw.last}`, 'initial')}`);
    }
    C.put(f, `${lines.join('\n')}\n`);
  }
}
