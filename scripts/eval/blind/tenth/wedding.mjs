// Tenth set — brollop/: the invented wedding and event planner Ljuvliga Dagar Event AB. Guest lists (.xlsx with
// several sheets), a seating plan (HTML print), a planning calendar (.ics), the planner's mbox, RSVP form
// submissions (NDJSON with guests' IPs), quotes/invoices (.pdf) and a programme (.docx). Venues named after
// people, table names, invoice numbers and the suppliers' switchboards are near-misses.
import { Rng, person, people, nameAs, phone, email, workEmail, date, hhmm, num, serviceLine, makeOrgnr, amount, publicIp, privateIp, v6, isoTs, xlsx, pdf, docx, mbox, rfcDate, withIds, htmlEsc, bankgiro } from './core.mjs';

const DOM = 'ljuvligadagar.example';
const VENUES = ['Villa Sofiero-Lund', 'Gustav Adolfs Gästgivaregård', 'Anna-Lisas Lada', 'Fredrika Bremers Salong', 'Hotell Carl von Linné'];
const DIETS = ['Vegetarisk', 'Vegan', 'Glutenfri', 'Laktosfri', 'Nötallergi', 'Halal', 'Ingen fisk', '', '', ''];

export default function wedding(C) {
  const rng = new Rng('wedding');
  const staff = people(rng, 4, { cp1252: true });
  const couples = [0, 1, 2].map((i) => {
    const a = person(rng, i === 1 ? { intl: true, cp1252: true } : { cp1252: true }); const b = person(rng, { cp1252: true });
    const guests = people(rng, 90 + i * 20).map((p) => ({ p, mail: email(rng, p).value, tel: phone(rng, rng.chance(i === 1 ? 0.4 : 0.1) ? 'foreign' : 'mobile'), diet: rng.pick(DIETS), plus: rng.chance(0.15) ? person(rng) : null, ip: rng.chance(0.2) ? v6(rng) : publicIp(rng) }));
    return { a, b, guests, venue: VENUES[i], day: date(rng, '2027-05-01', '2027-09-30') };
  });

  // 1. Guest lists (.xlsx): Gäster / Bordsplacering / Kost / Leverantörer
  couples.slice(0, 2).forEach((c, ci) => {
    const f = `brollop/gastlista-${ci + 1}.xlsx`; const R = C.at(f); const en = ci === 1;
    const g = [[en ? 'First name' : 'Förnamn', en ? 'Last name' : 'Efternamn', en ? 'Side' : 'Sida', 'E-post', 'Mobil', 'OSA', en ? 'Plus one' : 'Respektive']];
    for (const x of c.guests) {
      C.joined(f, x.p.first, x.p.last); R.t('email', x.mail, 'guest'); R.t('phone', x.tel.value, x.tel.subtype); if (x.plus) R.t('name', x.plus.full, 'plus-one');
      g.push([x.p.first, x.p.last, rng.pick(en ? ['Bride', 'Groom', 'Both'] : ['Brud', 'Brudgum', 'Båda']), x.mail, x.tel.value, rng.pick(['Ja', 'Ja', 'Nej', '']), x.plus?.full ?? '']);
    }
    const seats = [['Bord', 'Plats', 'Gäst']]; const tables = ['Bord Kärleken', 'Bord 2', 'Bord 3', 'Bord Rosen', 'Bord 5', 'Bord Vänskap', 'Bord 7', 'Bord 8'];
    c.guests.forEach((x, i) => seats.push([R.n(null, 'table-name', tables[i % tables.length]), i % 10 + 1, R.t('name', nameAs(x.p, i % 9 === 0 ? 'caps' : 'full').value, i % 9 === 0 ? 'caps' : 'guest')]));
    seats.push(['Brudbord', 1, R.t('name', c.a.full, 'couple')], ['Brudbord', 2, R.t('name', c.b.full, 'couple')]);
    const diet = [['Gäst', 'Kost', 'Kommentar']];
    for (const x of c.guests.filter((y) => y.diet)) diet.push([R.t('name', nameAs(x.p, 'reversed').value, 'reversed'), x.diet, rng.pick(['', 'Allvarlig allergi – EpiPen', 'Gravid', 'Ammar'])]);
    const sup = [['Leverantör', 'Org.nr', 'Växel', 'Kontakt', 'Kontakt mobil']];
    for (const s of ['Blomsterhandel Elin & Co', 'Catering Hasse Andersson AB', 'DJ Erik Lindgren Events', 'Fotograf Maja Berg AB']) {
      const ct = person(rng); const m = phone(rng, 'mobile', 'grouped');
      sup.push([R.n('name', 'company', s), R.n('personnummer', 'orgnr', makeOrgnr(rng)), R.n('phone', 'switchboard', `0${rng.pick(['8', '31', '40'])}-${rng.int(100, 999)} ${rng.int(10, 99)} 00`), R.t('name', ct.full, 'supplier-contact'), R.t('phone', m.value, m.subtype)]);
    }
    const o = xlsx([{ name: en ? 'Guests' : 'Gäster', rows: g }, { name: 'Bordsplacering', rows: seats }, { name: 'Kost', rows: diet }, { name: 'Leverantörer', rows: sup }], { creator: staff[ci].full });
    R.t('name', staff[ci].full, 'staff'); C.put(f, o.bytes, o.text);
  });

  // 2. Seating plan print (HTML) for the third couple
  {
    const f = 'brollop/bordsplacering-utskrift.html'; const R = C.at(f); const c = couples[2]; const parts = []; const plain = [];
    for (let t = 0; t < 10; t++) {
      const names = c.guests.slice(t * 10, t * 10 + 10).map((x) => R.t('name', x.p.full, 'guest'));
      parts.push(`<div class="bord"><h3>Bord ${t + 1}</h3><ul>${names.map((n) => `<li>${htmlEsc(n)}</li>`).join('')}</ul></div>`); plain.push(`Bord ${t + 1}`, ...names);
    }
    const head = `Bröllop ${R.t('name', c.a.full, 'couple')} &amp; ${R.t('name', c.b.full, 'couple')} – ${R.n(null, 'place', c.venue)} ${R.n(null, 'date', c.day)}`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Bordsplacering</title></head><body><h1>${head}</h1>${parts.join('\n')}<footer>Ljuvliga Dagar – ${R.n('phone', 'service-line', serviceLine(rng))}</footer></body></html>\n`;
    C.put(f, html, `${html}\n${head.replace('&amp;', '&')}\n${plain.join('\n')}`);
  }

  // 3. Planning calendar (.ics)
  {
    const f = 'brollop/planering.ics'; const R = C.at(f); const ev = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ljuvliga Dagar//Planering//SV'];
    for (let i = 0; i < 30; i++) {
      const c = couples[i % 3]; const s = staff[i % staff.length]; const d = date(rng, '2026-11-25', '2027-04-30').replace(/-/g, ''); const m = phone(rng, 'mobile', 'e164');
      R.t('name', c.a.full, 'couple'); R.t('name', s.full, 'staff'); R.t('email', workEmail(s, DOM), 'staff'); R.t('phone', m.value, m.subtype); const ae = R.t('email', email(rng, c.a).value, 'couple');
      ev.push('BEGIN:VEVENT', `UID:${R.n(null, 'uid', `${num(rng, 8)}-${i}@${DOM}`)}`, `DTSTART:${d}T${String(rng.int(9, 18)).padStart(2, '0')}0000`, `SUMMARY:${rng.pick(['Provsmakning', 'Visning lokal', 'Planeringsmöte', 'Genrep'])} – ${c.a.full}`,
        `LOCATION:${R.n(null, 'place', c.venue)}`, `DESCRIPTION:Kontakt ${m.value}`, `ORGANIZER;CN=${s.full}:mailto:${workEmail(s, DOM)}`, `ATTENDEE;CN=${c.a.full}:mailto:${ae}`, 'END:VEVENT');
    }
    ev.push('END:VCALENDAR'); C.put(f, `${ev.join('\r\n')}\r\n`);
  }

  // 4. Planner's mbox (couples, guests, caterer; Swedish and English)
  {
    const f = 'brollop/inkorg.mbox'; const R = C.at(f); const msgs = [];
    for (let i = 0; i < 18; i++) {
      const c = couples[i % 3]; const x = rng.pick(c.guests); const s = rng.pick(staff); const d = date(rng);
      R.t('name', x.p.full, 'display-name'); R.t('email', x.mail, 'guest');
      const text = rng.pick([() => `Hi!\n\nI'm so sorry but ${R.t('name', x.plus?.full ?? person(rng, { intl: true }).full, 'plus-one')} and I can't make it to ${c.a.first} & ${c.b.first}'s wedding after all.\nCall me: ${R.t('phone', x.tel.value, x.tel.subtype)}\n\nxx ${x.p.first}\n`,
        () => `Hej!\nJag är ${R.t('name', nameAs(x.p, 'lower').value, 'lower')}, kusin till ${R.t('name', c.b.full, 'couple')}. Jag har svår nötallergi, kan köket ordna det? Barnen ${R.t('name', person(rng, { origin: x.p.origin }).first + ' ' + x.p.last, 'child')} och ${R.t('name', person(rng, { origin: x.p.origin }).first + ' ' + x.p.last, 'child')} äter vegetariskt.\nTel ${R.t('phone', x.tel.value, x.tel.subtype)}\n`,
        () => `Hej ${R.n('name', 'lone-first-name', s.first)},\nKan vi byta bord för ${R.t('name', rng.pick(c.guests).p.full, 'guest')}? Hon ska inte sitta nära sin ex.\nMvh ${x.p.full}\n`]);
      msgs.push({ from: [x.p.full, x.mail], to: [[R.t('name', s.full, 'staff'), R.t('email', workEmail(s, DOM), 'staff')]], subject: rng.pick(['OSA', 'Allergi', 'Bordsplacering', 'RSVP']), date: rfcDate(d, `${hhmm(rng)}:00`),
        id: R.n('email', 'message-id', `${num(rng, 12)}@${x.mail.split('@')[1]}`), text: text(), enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Sat Oct 10 12:00:00 2026' });
    }
    const o = withIds(mbox(msgs), msgs); C.put(f, o.bytes, o.text);
  }

  // 5. RSVP form submissions (NDJSON)
  {
    const f = 'brollop/osa-formular.ndjson'; const R = C.at(f); const lines = [];
    for (const c of couples) for (const x of c.guests) {
      if (rng.chance(0.2)) continue;
      const wifi = rng.chance(0.1) ? privateIp(rng) : null;
      lines.push(JSON.stringify({ submitted: R.n(null, 'timestamp', isoTs(rng, date(rng, '2026-09-01', '2026-11-20'))), wedding: `${c.a.first} & ${c.b.first}`, name: R.t('name', x.p.full, 'guest'), email: R.t('email', x.mail, 'guest'),
        phone: R.t('phone', x.tel.value, x.tel.subtype), attending: rng.chance(0.8), diet: x.diet || null, plusOne: x.plus ? R.t('name', x.plus.full, 'plus-one') : null,
        clientIp: wifi ? R.t('ip', wifi, 'private-ip') : R.t('ip', x.ip, x.ip.includes(':') ? 'ipv6' : 'public'), ua: R.n(null, 'user-agent', rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Mobile/15E148', 'Mozilla/5.0 (Linux; Android 15) Chrome/131.0 Mobile'])), formVersion: R.n(null, 'version', '2.4.1') }));
    }
    C.put(f, `${lines.join('\n')}\n`);
  }

  // 6. Quotes / invoices (.pdf, two pages) and 7. programme (.docx)
  couples.forEach((c, ci) => {
    if (!/^[\x20-\xff]*$/.test(c.a.full + c.b.full)) return;
    const f = `brollop/faktura-${ci + 1}.pdf`; const R = C.at(f); const s = staff[ci];
    const p1 = [{ text: 'Ljuvliga Dagar Event AB', size: 14, bold: true }, `Org.nr ${R.n('personnummer', 'orgnr', '559234-1187')}   Bankgiro ${R.n(null, 'bankgiro', bankgiro(rng))}`, '', `Faktura ${R.n(null, 'invoice', `LD-${num(rng, 6)}`)}`,
      `Kund: ${R.t('name', c.a.full, 'couple')} och ${R.t('name', c.b.full, 'couple')}`, `Bröllopsdatum: ${R.n(null, 'date', c.day)}   Lokal: ${R.n(null, 'place', c.venue)}`, '',
      `Planering, paket Guld           ${R.n(null, 'amount', amount(rng, 30000, 60000))}`, `Dukning ${c.guests.length} kuvert          ${R.n(null, 'amount', amount(rng, 8000, 20000))}`, `Moms 25 %                        ${R.n(null, 'amount', amount(rng, 9000, 20000))}`];
    const p2 = ['Sida 2 av 2', `Er kontakt: ${R.t('name', s.full, 'staff')}, ${R.t('email', workEmail(s, DOM), 'staff')}`, `Betalningsvillkor 30 dagar. OCR ${R.n(null, 'ocr', num(rng, 10).replace(/^./, '9'))}`, `Frågor: ${R.n('email', 'role-email', `faktura@${DOM}`)}`];
    const o = pdf([p1, p2], { title: 'Faktura' }); C.put(f, o.bytes, o.text);
  });
  {
    const f = 'brollop/program-och-tal.docx'; const R = C.at(f); const c = couples[0]; const tm = person(rng); const sp = people(rng, 4);
    const blocks = [{ h: `Program – ${c.a.first} & ${c.b.first}` }, { runs: ['Toastmaster: ', R.t('name', tm.full, 'guest'), ' (', R.t('phone', phone(rng, 'mobile', 'grouped').value, 'mobile-grouped'), ')'] },
      { table: [['Tid', 'Punkt', 'Vem'], ...sp.map((p, i) => [R.n(null, 'time', `${18 + Math.floor(i / 2)}:${i % 2 ? '30' : '00'}`), rng.pick(['Tal', 'Sång', 'Spex', 'Bildspel']), R.t('name', i === 2 ? nameAs(p, 'reversed').value : p.full, i === 2 ? 'reversed' : 'guest')])] },
      `Brudparet: ${R.t('name', c.a.full, 'couple')} och ${R.t('name', c.b.full, 'couple')}. Lokal: ${R.n(null, 'place', c.venue)}.`, `Kontakt under kvällen: ${R.t('name', staff[0].full, 'staff')}`];
    const o = docx(blocks, { creator: staff[0].full }); C.put(f, o.bytes, o.text);
  }
}
