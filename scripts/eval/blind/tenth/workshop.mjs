// Tenth set — verkstad/: the invented car workshop Kolbäcksåns Bilverkstad AB. Job cards (CSV), invoices (.pdf),
// the SMS gateway's log, an HTML customer card, online bookings (JSON with customers' IPs), customers' mail (.eml)
// and the workshop's Outlook contacts. Plates, VINs, job-card and invoice numbers, mileage and parts numbers are
// near-misses; customers, their family members who collect cars and mechanics are people.
import { Rng, person, people, nameAs, nameStyle, pnr, phone, email, workEmail, date, hhmm, num, serviceLine, amount, plate, vin, publicIp, privateIp, v6, isoTs, csv, pdf, eml, rfcDate, withIds, htmlEsc, bankgiro, badPnr } from './core.mjs';

const DOM = 'kolbacksan-bil.example';
const CARS = ['Volvo V60', 'Volvo XC60', 'VW Golf', 'Toyota RAV4', 'Kia Niro', 'Škoda Octavia', 'Tesla Model Y', 'Renault Clio', 'BMW 320d', 'Saab 9-3'];
const JOBS = ['Service 30 000 km', 'Byte bromsbelägg fram', 'Däckbyte + förvaring', 'Felsökning motorlampa', 'Kamremsbyte', 'AC-service', 'Besiktningsåtgärd: strålkastare'];

export default function workshop(C) {
  const rng = new Rng('workshop');
  const mech = people(rng, 6, { cp1252: true });
  const custs = people(rng, 160).map((p) => ({ p, tel: phone(rng, rng.chance(0.85) ? 'mobile' : 'landline'), mail: email(rng, p).value, plate: plate(rng), vin: vin(rng), car: rng.pick(CARS) }));

  // 1. Job cards (CSV)
  {
    const f = 'verkstad/arbetsorder-2026.csv'; const R = C.at(f); const rows = [['Arbetsorder', 'Datum', 'Regnr', 'VIN', 'Modell', 'Mätarställning', 'Kund förnamn', 'Kund efternamn', 'Mobil', 'E-post', 'Mekaniker', 'Åtgärd', 'Belopp']];
    for (let i = 0; i < 280; i++) {
      const c = rng.pick(custs); const m = rng.pick(mech); C.joined(f, c.p.first, c.p.last); R.t('phone', c.tel.value, c.tel.subtype); R.t('email', c.mail, 'personal');
      rows.push([R.n(null, 'job-card', `AO${num(rng, 6)}`), R.n(null, 'date', date(rng)), R.n(null, 'plate', c.plate), R.n(null, 'vin', c.vin), c.car, R.n(null, 'mileage', `${rng.int(5, 380)} ${rng.digits(3)} km`),
        c.p.first, c.p.last, c.tel.value, c.mail, R.t('name', m.full, 'staff'), rng.pick(JOBS), R.n(null, 'amount', amount(rng, 800, 24000))]);
    }
    const o = csv(rows, { sep: ';', bom: true }); C.put(f, o.bytes, o.text);
  }

  // 2. Invoices (.pdf, two pages)
  for (let k = 0; k < 2; k++) {
    const f = `verkstad/faktura-${k + 1}.pdf`; const R = C.at(f); const c = custs.find((x, i) => i >= k * 11 && /^[\x20-\xff]*$/.test(x.p.full)); const m = mech[k];
    const id = pnr(rng, { style: k === 1 ? 'long' : 'short' });
    const p1 = [{ text: 'Kolbäcksåns Bilverkstad AB', size: 14, bold: true }, `Org.nr ${R.n('personnummer', 'orgnr', '556402-3318')}   Bankgiro ${R.n(null, 'bankgiro', bankgiro(rng))}`, '',
      `FAKTURA ${R.n(null, 'invoice', num(rng, 7))}`, `Kund: ${R.t('name', k === 2 ? nameAs(c.p, 'caps').value : c.p.full, k === 2 ? 'caps' : 'customer')}`, `Personnummer (för ROT/garanti): ${R.t('personnummer', id.value, id.subtype)}`,
      `Fordon: ${R.n(null, 'plate', c.plate)}  ${c.car}  VIN ${R.n(null, 'vin', c.vin)}`, `Arbetsorder: ${R.n(null, 'job-card', `AO${num(rng, 6)}`)}`, '',
      ...Array.from({ length: 6 }, () => `${R.n(null, 'part-number', `${rng.int(10, 99)}-${num(rng, 5)}`)}  ${rng.pick(['Bromsbelägg', 'Oljefilter', 'Motorolja 5W-30', 'Torkarblad', 'Luftfilter', 'Arbete'])}   ${R.n(null, 'amount', amount(rng, 90, 4000))}`)];
    const p2 = ['Sida 2', `Att betala: ${R.n(null, 'amount', amount(rng, 2000, 20000))}   Förfallodatum ${R.n(null, 'date', date(rng, '2026-12-01', '2026-12-31'))}`, `OCR: ${R.n(null, 'ocr', `7${num(rng, 11)}`)}`,
      `Ansvarig mekaniker: ${R.t('name', m.full, 'staff')}`, `Verkstadens växel ${R.n('phone', 'switchboard', '0220-123 40')}, Assistans dygnet runt ${R.n('phone', 'service-line', '020-91 91 91')}`];
    const o = pdf([p1, p2], { title: 'Faktura' }); C.put(f, o.bytes, o.text);
  }

  // 3. SMS gateway log
  {
    const f = 'verkstad/sms-utskick.log'; const R = C.at(f); const out = [];
    for (let i = 0; i < 300; i++) {
      const c = rng.pick(custs); const e164 = `+46${c.tel.value.replace(/\D/g, '').replace(/^(46|0046|0)/, '').replace(/^0/, '')}`;
      const text = rng.pick([() => `Hej ${R.n('name', 'lone-first-name', c.p.first)}! Din bil ${R.n(null, 'plate', c.plate)} är klar att hämtas. Välkommen! /Kolbäcksåns Bil`,
        () => `Påminnelse: bokad tid ${R.n(null, 'time', `${date(rng)} ${hhmm(rng)}`)} för ${c.plate}. Avboka på ${R.n('phone', 'switchboard', '0220-123 40')}.`,
        () => `Hej! Vi behöver byta ${rng.pick(['bromsskivor', 'kamrem', 'batteri'])}, ca ${R.n(null, 'amount', amount(rng, 1500, 9000))}. Svara JA för att godkänna.`]);
      const viaSender = rng.chance(0.5);
      out.push(`${R.n(null, 'timestamp', isoTs(rng, date(rng)))} msgid=${R.n(null, 'sms-id', `sm${num(rng, 10)}`)} from=KolbackBil to=${R.t('phone', e164, 'e164-gateway')} status=${rng.pick(['DELIVERED', 'DELIVERED', 'FAILED', 'QUEUED'])} ${viaSender ? `user=${R.t('email', workEmail(rng.pick(mech), DOM), 'staff')} ` : ''}text="${text()}"`);
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 4. HTML customer card
  {
    const f = 'verkstad/kundkort-utskrift.html'; const R = C.at(f); const c = custs[7]; const son = person(rng, { origin: c.p.origin }); const st = phone(rng, 'mobile', 'grouped');
    const hist = Array.from({ length: 8 }, () => [R.n(null, 'date', date(rng, '2022-01-01', '2026-11-20')), R.n(null, 'job-card', `AO${num(rng, 6)}`), rng.pick(JOBS), R.t('name', rng.pick(mech).full, 'staff')]);
    const head = [['Kund', R.t('name', c.p.full, 'customer')], ['Mobil', R.t('phone', c.tel.value, c.tel.subtype)], ['E-post', R.t('email', c.mail, 'personal')], ['Regnr', R.n(null, 'plate', c.plate)], ['VIN', R.n(null, 'vin', c.vin)],
      ['Får hämta bilen', `${R.t('name', `${son.first} ${c.p.last}`, 'relative')} (son), ${R.t('phone', st.value, st.subtype)}`]];
    const html = `<html><head><meta charset="utf-8"><title>Kundkort</title></head><body><h1>Kundkort</h1><table>${head.map(([k, v]) => `<tr><td>${k}</td><td>${htmlEsc(v)}</td></tr>`).join('')}</table><h2>Historik</h2><table>${hist.map((r) => `<tr>${r.map((v) => `<td>${htmlEsc(v)}</td>`).join('')}</tr>`).join('')}</table></body></html>\n`;
    C.put(f, html, `${html}\n${head.map(([k, v]) => `${k} ${v}`).join('\n')}\n${hist.map((r) => r.join(' ')).join('\n')}`);
  }

  // 5. Online bookings (JSON, with the customer's IP)
  {
    const f = 'verkstad/onlinebokningar.json'; const R = C.at(f); const items = [];
    for (let i = 0; i < 110; i++) {
      const c = rng.pick(custs); const ip = rng.chance(0.15) ? v6(rng) : rng.chance(0.08) ? privateIp(rng) : publicIp(rng);
      const ipSub = ip.includes(':') ? 'ipv6' : /^(10|192\.168|172\.(1[6-9]|2\d|3[01])|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7]))\./.test(ip) ? 'private-ip' : 'public';
      items.push({ id: R.n(null, 'booking-number', `WB-${num(rng, 7)}`), created: R.n(null, 'timestamp', isoTs(rng, date(rng))), service: rng.pick(JOBS), slot: R.n(null, 'time', `${date(rng, '2026-11-25', '2027-01-31')}T${hhmm(rng)}`),
        customer: { name: R.t('name', c.p.full, 'customer'), phone: R.t('phone', c.tel.value, c.tel.subtype), email: R.t('email', c.mail, 'personal') }, vehicle: { regNo: R.n(null, 'plate', c.plate), model: c.car },
        meta: { ip: R.t('ip', ip, ipSub), userAgent: R.n(null, 'user-agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0'), widget: R.n(null, 'version', 'bokning-widget 1.9.3'), server: R.n('ip', 'server-ip', '185.92.41.7') } });
    }
    C.put(f, `${JSON.stringify({ items }, null, 1)}\n`);
  }

  // 6. Customers' mail (.eml)
  for (let k = 0; k < 2; k++) {
    const f = `verkstad/reklamation-${k + 1}.eml`; const R = C.at(f); const c = custs[40 + k]; const m = mech[k + 2]; const d = date(rng); const en = k === 1; const wife = person(rng);
    R.t('name', c.p.full, 'display-name'); R.t('email', c.mail, 'personal'); R.n('email', 'role-email', `verkstad@${DOM}`);
    const text = en ? `Hello,\n\nAfter the service on ${R.n(null, 'date', d)} (job card ${R.n(null, 'job-card', `AO${num(rng, 6)}`)}) the engine light is on again. ${R.t('name', m.full, 'staff')} did the work.\nMy partner ${R.t('name', wife.full, 'relative')} will drop the car off, their number is ${R.t('phone', phone(rng, 'foreign').value, 'foreign-phone')}.\n\nRegards\n${c.p.full}\n${R.t('phone', c.tel.value, c.tel.subtype)}\n`
      : `Hej,\nJag vill reklamera arbetet på ${R.n(null, 'plate', c.plate)}. Det låter fortfarande från bromsarna. Mitt pnr om ni behöver: ${R.t('personnummer', ...Object.values(pnr(rng, { style: 'space' })))} (det gamla ${R.n('personnummer', 'bad-date-pnr', badPnr(rng, 'bad-date'))} i ert system är fel).\n\n/${R.t('name', nameAs(c.p, nameStyle(rng)).value, 'signature')}\n`;
    const msg = { from: [c.p.full, c.mail], to: [['Kolbäcksåns Bilverkstad', `verkstad@${DOM}`]], subject: en ? 'Complaint – engine light' : 'Reklamation', date: rfcDate(d, '18:02:00'), id: R.n('email', 'message-id', `${num(rng, 11)}@${c.mail.split('@')[1]}`), text, enc: 'qp' };
    const o = withIds(eml(msg), [msg]); C.put(f, o.bytes, o.text);
  }

  // 7. Outlook contacts (English headers)
  {
    const f = 'verkstad/outlook-kontakter.csv'; const R = C.at(f); const rows = [['First Name', 'Last Name', 'Company', 'Job Title', 'E-mail Address', 'E-mail 2 Address', 'Mobile Phone', 'Business Phone', 'Home Phone']];
    for (const c of custs.slice(0, 90)) {
      C.joined(f, c.p.first, c.p.last); R.t('email', c.mail, 'personal'); R.t(c.tel.kind === 'mobile' ? 'phone' : 'phone', c.tel.value, c.tel.subtype);
      const home = rng.chance(0.2) ? phone(rng, 'landline', 'dash') : null; if (home) R.t('phone', home.value, home.subtype);
      rows.push([c.p.first, c.p.last, '', '', c.mail, '', c.tel.kind === 'mobile' ? c.tel.value : '', c.tel.kind === 'mobile' ? '' : c.tel.value, home?.value ?? '']);
    }
    for (const [co, mail, sw] of [['Bildelsgrossisten Mekonomen-Lik', 'order@bildelar.example', '08-464 00 00'], ['Däckmagasinet Per Larsson AB', 'info@dackmagasinet.example', '0220-350 00']]) {
      const ct = person(rng); C.joined(f, ct.first, ct.last, 'split-joined');
      rows.push([ct.first, ct.last, R.n('name', 'company', co), 'Säljare', R.n('email', 'role-email', mail), '', '', R.n('phone', 'switchboard', sw), '']);
    }
    const o = csv(rows, { quoteAll: true }); C.put(f, o.bytes, o.text);
  }
}
