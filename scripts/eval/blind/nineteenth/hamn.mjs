// Nineteenth blind set — Båtsällskapet Norra Viken, a marina / harbour association. Berth queue (UTF-8 `;` CSV with
// title lines), member register (.xlsx: members split into given/family name, boats with names, models, hull ids and
// MMSI as near-misses, berths), electricity meter readings (cp1252 CSV), board minutes (.docx ×2), members' mail
// (mbox), the night-watch roster (Markdown), the launch schedule (.ics), a members' forum page (HTML), the harbour
// office log (sloppy text), a Bankgirot BgMax file of membership fees (names in record 26, personnummer in 29), an
// archive .zip with a zip inside, and guest-harbour bookings from an app (JSON, foreign boaters).
import { Rng, org, customers, people, kin, nears, N, P_, T_, F_, M_, I_, pnrFmt, mobile, landline, workEmail, footer, role, server, csv, cp1252, xlsx, docx, mbox, zip, rfcDate, htmlEsc, jsonText, date, hhmm, isoTs, dotDate, kr, ocr, num, alnum, street, postcode, msgId, cp1252ok, folded, addDays, svDate, hasPnrShape, safe, BOATS, BOAT_MODELS, LOOKALIKE, LOWER_WORDS, FERRY_ORIGINS } from './core.mjs';
import { foreignPhone } from '../seventh/lib.mjs';

export default function build(C) {
  const b = new Rng('hamn/base');
  const O = org(b, { name: 'Båtsällskapet Norra Viken', domain: 'bsnorravik.se', area: '8', roles: ['styrelsen', 'info', 'noreply', 'hamnkapten', 'kassor'] });
  const members = customers(b, 330, { minYear: 1934, maxYear: 1996 });
  for (const m of members) { m.no = `${b.int(100, 999)}`; m.boat = b.pick(BOATS); m.model = b.pick(BOAT_MODELS); m.hull = `SE-${alnum(b, 3)}${num(b, 5)}${b.pick(['A', 'B', 'C', 'D'])}${b.int(0, 9)}${b.digits(2)}`; m.mmsi = `265${num(b, 6)}`; m.berth = `${b.pick(['A', 'B', 'C', 'D', 'E'])}${b.int(1, 48)}`; m.meter = `EM-${num(b, 5)}`; }
  const board = members.filter((m) => cp1252ok(m.full)).slice(0, 7); const chair = board[0]; const sec = board[1]; const treas = board[2]; const harbour = board[3];
  const pos = new Map([[chair, 'ordförande'], [sec, 'sekreterare'], [treas, 'kassör'], [harbour, 'hamnkapten']]);

  // 1. berth queue
  {
    const F = 'hamn/batplatsko_2026-11-01.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Båtsällskapet Norra Viken – båtplatskö'], [`Uttag ${'2026-11-01'}, ${N(R, harbour, 'full', 'board')}`], ['Könr', 'Anmäld', 'Namn', 'Personnummer', 'Adress', 'Telefon', 'E-post', 'Önskad bredd (m)', 'Båttyp', 'Betalt köavgift']];
    const queue = customers(rng, 110, { minYear: 1950, maxYear: 2002 });
    queue.forEach((q, i) => rows.push([i + 1, date(rng, '2015-01-01', '2026-10-30'), N(R, q, rng.pick(['full', 'full', 'surname-first', 'caps'])), P_(R, rng, q.pn), `${street(rng)}, ${postcode(rng)} ${rng.pick(['Täby', 'Vallentuna', 'Danderyd', 'Åkersberga'])}`, T_(R, rng, q.mob),
      rng.chance(0.85) ? M_(R, q) : '', rng.pick(['2,5', '3,0', '3,5', '4,0']), nm.look('boat-model', rng.pick(BOAT_MODELS)), rng.pick(['2026', '2026', '2025', 'Nej'])]));
    const w = csv(rows, { sep: ';', eol: '\r\n', bom: true }); C.put(F, w.bytes, w.text);
  }

  // 2. member register workbook
  {
    const F = 'hamn/medlemsregister_2026.xlsx'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); N(R, treas, 'full', 'xlsx-creator');
    const mem = [['Medlemsnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Gatuadress', 'Postnr', 'Ort', 'Mobil', 'E-post', 'Inträde', 'Funktion']];
    const boats = [['Medlemsnr', 'Båtnamn', 'Modell', 'Skrov-ID', 'MMSI', 'Försäkring', 'Längd', 'Bredd']];
    const berths = [['Plats', 'Medlemsnr', 'Innehavare', 'Elmätare', 'Y-bom']];
    for (const m of members.slice(0, 150)) {
      C.joined(F, m.given, m.last);
      mem.push([nm.id('member-number', m.no), m.given, m.last, P_(R, rng, m.pn, rng.pick(['long', 'short'])), street(rng), postcode(rng), rng.pick(['TÄBY', 'VALLENTUNA', 'DANDERYD', 'ÅKERSBERGA']), T_(R, rng, m.mob, rng.pick(['compact', 'grouped'])), rng.chance(0.8) ? M_(R, m) : '', String(rng.int(1978, 2026)), pos.get(m) ?? '']);
      boats.push([m.no, nm.look('boat-name', m.boat), nm.look('boat-model', m.model), nm.id('hull-id', m.hull), nm.id('mmsi', m.mmsi), nm.id('policy-number', `${rng.pick(['SJ', 'BF', 'ALN'])}-${num(rng, 8)}`), `${rng.int(5, 12)},${rng.int(0, 9)}`, `${rng.int(2, 4)},${rng.int(0, 9)}`]);
      berths.push([nm.id('berth', m.berth), m.no, N(R, m, 'surname-first-nocomma'), nm.id('meter-id', m.meter), rng.pick(['Ja', 'Nej'])]);
    }
    const w = xlsx([{ name: 'Medlemmar', rows: mem }, { name: 'Båtar', rows: boats }, { name: 'Platser', rows: berths }], { creator: treas.full }); C.put(F, w.bytes, w.text);
  }

  // 3. meter readings (cp1252 ;)
  {
    const F = 'hamn/elmatare_avlasning_okt2026.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Mätare', 'Plats', 'Medlem', 'Föreg. kWh', 'Aktuell kWh', 'Förbrukning', 'Belopp', 'Avläst av', 'Datum']];
    for (const m of rng.shuffle(members.filter((x) => cp1252ok(x.full))).slice(0, 130)) {
      const a = rng.int(100, 9000); const u = rng.int(0, 400);
      rows.push([nm.id('meter-id', m.meter), nm.id('berth', m.berth), N(R, m, rng.pick(['surname-first', 'full', 'surname-first-caps'])), a, a + u, u, nm.amount(`${(u * 2.35).toFixed(2).replace('.', ',')}`), N(R, harbour, rng.pick(['initial', 'short']), 'board'), nm.date(dotDate(date(rng, '2026-10-25', '2026-10-31')))]);
    }
    const w = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(F, w.bytes, w.text);
  }

  // 4. board minutes (.docx ×2)
  for (const [k, dt] of ['2026-10-14', '2026-11-11'].entries()) {
    const F = `hamn/styrelseprotokoll_${dt}.docx`; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const cases = rng.shuffle(members.slice(8)).slice(0, 7);
    const blocks = [{ h: `Protokoll styrelsemöte ${svDate(dt)}` }, `Plats: klubbstugan, ${nm.look(LOOKALIKE[5][1], LOOKALIKE[5][0])} 4`,
      `Närvarande: ${board.map((m) => `${N(R, m, 'full', 'board')}${pos.has(m) ? ` (${pos.get(m)})` : ''}`).join(', ')}`,
      { h: '§ 1 Mötets öppnande' }, `Ordföranden ${N(R, chair, 'full', 'board')} öppnade mötet kl 19.00.`,
      { h: '§ 2 Medlemsärenden' },
      ...cases.map((m) => rng.pick([
        () => `${N(R, m, 'full', 'running-text')} (medlem ${nm.id('member-number', m.no)}) ansöker om byte från plats ${nm.id('berth', m.berth)} till större plats. Bordläggs.`,
        () => ({ runs: ['Styrelsen beslutade att säga upp ', N(R, m, 'full', 'running-text'), ` för obetald avgift (${nm.amount(`${kr(rng, 1500, 6000)} kr`)}). Båten `, nm.look('boat-name', m.boat), ' ska flyttas senast ', svDate(addDays(dt, 30)), '.'] }),
        () => `Klagomål från ${N(R, m, 'full', 'running-text')} om att ${nm.look('boat-name', m.boat)} på grannplatsen skavt mot bryggan.`,
        () => `Dödsbo: ${N(R, m, 'full', 'deceased')} har avlidit; dottern ${N(R, kin(rng, m), 'full', 'relative')} (${T_(R, rng, mobile(rng))}) önskar överta platsen.`,
      ])()),
      { h: '§ 3 Ekonomi' }, `Kassören ${N(R, treas, 'short', 'board')} rapporterade saldo ${nm.amount(`${kr(rng, 80000, 300000)} kr`)} på bankgiro ${R.n(null, 'bankgiro', O.bg)}.`,
      { table: [['Ansvarig', 'Uppgift', 'Klart'], [N(R, harbour, 'short', 'board'), 'Byta Y-bommar brygga C', '2027-04-30'], [N(R, board[4], 'short', 'board'), 'Offert elcentral', '2026-12-15'], [nm.lone(board[5].first), 'Städdag', dotDate(addDays(dt, 20))]] },
      `Vid protokollet: ${N(R, sec, 'full', 'board')}`, `Justeras: ${N(R, chair, 'full', 'board')}`];
    const w = docx(blocks, { creator: N(R, sec, 'full', 'docx-creator') }); C.put(F, w.bytes, w.text);
  }

  // 5. members' mail
  {
    const F = 'hamn/styrelsen_inkorg.mbox'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const msgs = [];
    for (let i = 0; i < 30; i++) {
      const m = rng.pick(members.slice(8)); const bm = rng.pick([chair, sec, harbour, treas]); const d = date(rng, '2026-08-01', '2026-11-24');
      const body = rng.pick([
        () => `Hej!\nKan jag få ha ${nm.look('boat-name', m.boat)} kvar i sjön till mitten av november? Plats ${nm.id('berth', m.berth)}.\nMvh ${N(R, m, 'full', 'signature')}\nmedlem ${nm.id('member-number', m.no)}`,
        () => `Hej styrelsen,\nmin elmätare ${nm.id('meter-id', m.meter)} visar konstigt, ${rng.int(2000, 5000)} kWh på en månad? Jag har bara en kyl ombord.\n/${N(R, m, 'short', 'signature')} ${T_(R, rng, m.mob)}`,
        () => `Hej, jag har sålt båten till ${N(R, rng.pick(members.slice(200)), 'full', 'running-text')}. Kan platsen följa med? Mitt pnr ${P_(R, rng, m.pn)}.\n${N(R, m, 'lower', 'signature')}`,
        () => `Hej\nnågon har lånat min jolle igen. Vi som har ${nm.look('boat-model', m.model)} på brygga ${m.berth[0]} måste få bättre lås.\n${N(R, m, 'full', 'signature')}`,
      ])();
      const reply = rng.chance(0.4);
      const text = reply ? `Hej ${nm.lone(m.first)},\n\nStyrelsen tar upp det på nästa möte.\n\nHälsningar\n${N(R, bm, 'full', 'board')}, ${pos.get(bm)}\n${T_(R, rng, bm.mob, 'grouped', 'board-mobile')}\n\n${m.full} skrev ${dotDate(d)}:\n> ${body.replace(/\n/g, '\n> ')}` : body;
      if (reply) { N(R, bm, 'full', 'board-header-display'); M_(R, bm, 'board-personal'); } else role(R, O, 0);
      N(R, m, 'full', 'header-display'); M_(R, m);
      msgs.push({ from: reply ? [bm.full, bm.mail] : [m.full, m.mail], to: reply ? [[m.full, m.mail]] : [['Styrelsen BS Norra Viken', O.roles[0]]], subject: reply ? 'Sv: Fråga' : rng.pick(['Fråga', 'Elmätare', 'Båtplats', 'Försäljning', 'Jollen']),
        date: rfcDate(d, `${hhmm(rng)}:00`), id: msgId(rng, (reply ? bm : m).mail.split('@')[1]), text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Nov 24 21:00:00 2026' });
    }
    const w = mbox(msgs); C.put(F, w.bytes, w.text);
  }

  // 6. night-watch roster (Markdown)
  {
    const F = 'hamn/nattvakt_hosten2026.md'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const L = ['# Nattvakt hösten 2026', '', `Ansvarig: ${N(R, harbour, 'full', 'board')}, ${T_(R, rng, harbour.mob, 'grouped', 'board-mobile')}`, '', 'Vid inbrott: ring 112, sedan hamnkaptenen. Nyckel till bommen: kod ändras varje månad.', '', '| Datum | Vakt 1 | Vakt 2 | Telefon |', '|---|---|---|---|'];
    for (let i = 0; i < 60; i++) { const [a, c] = rng.shuffle(members.slice(8)).slice(0, 2); L.push(`| ${date(rng, '2026-08-15', '2026-11-30')} | ${N(R, a, rng.pick(['full', 'short']))} | ${N(R, c, rng.pick(['full', 'lower']))} | ${T_(R, rng, a.mob, rng.pick(['compact', 'grouped', 'dash']))} |`); }
    L.push('', `Byten meddelas till ${role(R, O, 3)}. Missad vakt = ${nm.amount('500 kr')}.`);
    C.put(F, `${L.join('\n')}\n`);
  }

  // 7. launch schedule (.ics)
  {
    const F = 'hamn/sjosattning_var2027.ics'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//BS Norra Viken//Kranlista//SV', 'X-WR-CALNAME:Sjösättning 2027'];
    for (const m of rng.shuffle(members).slice(0, 55)) {
      const d = date(rng, '2027-04-17', '2027-05-09').replace(/-/g, ''); const h = rng.int(8, 16);
      L.push('BEGIN:VEVENT', `UID:kran-${alnum(rng, 10).toLowerCase()}@bsnorravik.se`, `DTSTART:${d}T${String(h).padStart(2, '0')}0000`, `DTEND:${d}T${String(h).padStart(2, '0')}3000`, `SUMMARY:Kran: ${nm.look('boat-name', m.boat)} (${nm.look('boat-model', m.model)})`,
        `ATTENDEE;CN=${N(R, m, 'full', 'ics-cn')};RSVP=TRUE:mailto:${M_(R, m)}`, `DESCRIPTION:Ägare ${N(R, m, rng.pick(['full', 'surname-first']), 'ics-description')}\\, mobil ${T_(R, rng, m.mob)}. Kranförare: ${N(R, board[4], 'full', 'board')}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    const w = folded(L); C.put(F, w.bytes, w.text);
  }

  // 8. members' forum page (HTML)
  {
    const F = 'hamn/forum_trad_vinterforvaring.html'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const H = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Forum – Vinterförvaring</title></head><body><h1>Vinterförvaring på land – vem har plats?</h1>'];
    for (let i = 0; i < 40; i++) {
      const m = rng.pick(members); const o = rng.pick(members);
      H.push(`<div class="post"><div class="author">${htmlEsc(N(R, m, rng.pick(['full', 'full', 'lower']), 'forum-author'))}</div><div class="date">${date(rng, '2026-09-01', '2026-11-24')} ${hhmm(rng)}</div><div class="body">${htmlEsc(rng.pick([
        () => `Jag har plats för en ${nm.look('boat-model', o.model)} i ladan. Ring ${T_(R, rng, m.mob)}.`, () => `Fråga ${N(R, o, 'full', 'running-text')}, han har en vagn till salu.`, () => `@${nm.lone(o.first)} är ${nm.look('boat-name', o.boat)} din? Presenningen har blåst av.`,
        () => 'Tack alla!', () => `Maila mig på ${M_(R, m)} så skickar jag bilder.`, () => `Styrelsen: kontakta ${role(R, O, 0)}`])())}</div></div>`);
    }
    H.push('<footer>Båtsällskapet Norra Viken · ' + htmlEsc(R.n('phone', 'switchboard', O.switchboard)) + '</footer></body></html>');
    const html = H.join('\n');
    C.put(F, html, html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  }

  // 9. harbour office log (sloppy)
  {
    const F = 'hamn/hamnkontor_logg.txt'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (let i = 0; i < 90; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-05-01', '2026-11-24');
      L.push(`${dotDate(d)} ${hhmm(rng)} ${rng.pick([
        () => `${nm.look('boat-name', m.boat)} på ${m.berth} har slitit förtöjning, ringt ägaren ${N(R, m, 'lower', 'running-text')} ${T_(R, rng, m.mob, rng.pick(['compact', 'slash', 'dots', 'grouped']))}`,
        () => `gästbåt fr Åland, ${N(R, rng.pick(members), 'full', 'running-text')} betalade kontant ${nm.amount(`${rng.int(2, 4)}00 kr`)}`, () => `el bruten brygga ${rng.pick(['A', 'B', 'C'])}, ${nm.lone(harbour.first)} fixar`,
        () => `pratat m ${N(R, m, 'full', 'running-text')} om vakten, bytt m ${N(R, rng.pick(members), 'short', 'running-text')}`, () => `mätare ${nm.id('meter-id', m.meter)} nollställd, ${N(R, m, 'surname-first', 'running-text')} informerad`,
        () => `okänd båt utan namn på gästbryggan, MMSI ${nm.id('mmsi', `265${num(rng, 6)}`)}`, () => `${nm.surname(m.last)} vill ha faktura på mejl: ${M_(R, m)}`,
      ])()}`);
    }
    C.put(F, `${L.join('\r\n')}\r\n`);
  }

  // 10. BgMax file of membership fees
  {
    const F = 'hamn/BgMax_medlemsavgift_20261124.txt'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const pad = (s, n) => String(s).padEnd(n, ' ').slice(0, n); const zp = (s, n) => String(s).padStart(n, '0');
    const ownBg = O.bg.replace('-', '');
    const L = [`01BGMAX               0120261124063012345678P${' '.repeat(34)}`, `05${zp(ownBg, 10)}${' '.repeat(10)}SEK${' '.repeat(63)}`];
    let n = 0;
    for (const m of rng.shuffle(members.filter((x) => cp1252ok(x.full) && /^[\x20-\x7eÅÄÖåäöÉéÜü]+$/.test(x.full))).slice(0, 70)) {
      n++;
      const ref = nm.id('ocr', ocr(rng, 10)); const amt = rng.pick(['000000000000150000', '000000000000225000', '000000000000075000']);
      const sender = safe(() => zp(num(rng, rng.int(7, 8)), 10));
      const r20 = `20${sender}${pad(ref, 25)}${amt}21${num(rng, 12)}0`;
      L.push(`${r20}${' '.repeat(Math.max(0, 80 - r20.length))}`);
      L.push(`26${pad(N(R, m, rng.pick(['surname-first-nocomma-caps', 'caps'])), 35)}${' '.repeat(35)}`.padEnd(80));
      L.push(`27${pad(street(rng).toUpperCase(), 35)}${pad(postcode(rng).replace(' ', ''), 9)}`.padEnd(80));
      if (rng.chance(0.45)) L.push(`29${P_(R, rng, m.pn, 'long')}`.padEnd(80));
    }
    L.push(`15${zp(num(rng, 9), 35)}20261124${num(rng, 5)}${zp(n * 150000, 18)}SEK${zp(n, 8)} `.padEnd(80), `70${zp(n, 8)}${zp(0, 8)}${zp(0, 8)}${zp(1, 8)}`.padEnd(80));
    const txt = `${L.join('\r\n')}\r\n`; C.put(F, cp1252(txt), txt);
  }

  // 11. archive zip with a zip inside
  {
    const F = 'hamn/arkiv_2019-2022.zip'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const old = rng.shuffle(members).slice(0, 40);
    const listRows = [['Medlemsnr', 'Namn', 'Telefon', 'Båt'], ...old.map((m) => [m.no, N(R, m, 'full'), T_(R, rng, m.land ?? m.mob, rng.pick(['dash', 'compact', 'grouped'])), nm.look('boat-name', m.boat)])];
    const list = csv(listRows, { sep: ',', eol: '\n' });
    const notes = `Årsmöte 2021-03-20\nOrdförande: ${N(R, old[0], 'full', 'board')}\nSekreterare: ${N(R, old[1], 'full', 'board')}\nRevisor: ${N(R, old[2], 'full', 'board')}, ${P_(R, rng, old[2].pn)}\nAvtackades: ${N(R, old[3], 'full', 'running-text')} efter 25 år som hamnkapten.\n`;
    const letter = `Till ${N(R, old[4], 'caps')}\n${street(rng)}\n\nPåminnelse: obetald båtplatsavgift 2020 (${nm.amount('1 850 kr')}), OCR ${nm.id('ocr', ocr(rng))}.\nKontakta kassören ${N(R, old[5], 'full', 'board')} ${T_(R, rng, old[5].mob)}.\n`;
    const inner = zip([{ name: '2021/arsmote_2021.txt', data: notes }, { name: '2020/paminnelse_2020.txt', data: letter }]);
    const data = zip([{ name: 'medlemmar_2019.csv', data: list.bytes }, { name: 'protokoll_2020-2021.zip', data: inner }]);
    C.put(F, data, `${list.text}\n${notes}\n${letter}`);
  }

  // 12. guest harbour app bookings (JSON, foreign boaters)
  {
    const F = 'hamn/gasthamn_bokningar_sasong2026.json'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const guests = customers(rng, 70, { origins: FERRY_ORIGINS });
    const items = guests.map((g) => {
      const foreign = ['finnish', 'german', 'english', 'polish', 'lithuanian'].includes(g.origin);
      return { bookingId: nm.id('booking-ref', `GH${num(rng, 7)}`), arrival: date(rng, '2026-05-15', '2026-09-15'), nights: rng.int(1, 5), boat: { name: nm.look('boat-name', rng.pick(BOATS)), lengthM: rng.int(6, 15), flag: foreign ? rng.pick(['FI', 'DE', 'GB', 'PL', 'LT']) : 'SE' },
        skipper: { name: N(R, g, rng.pick(['full', 'full', 'caps'])), phone: foreign ? R.t('phone', foreignPhone(rng), 'foreign') : T_(R, rng, g.mob, rng.pick(['e164', 'intl'])), email: M_(R, g) }, paid: nm.amount(`${rng.int(250, 1400)}.00`), device: { ip: I_(R, rng), app: rng.pick(['Dockspot 3.4.1 (iOS)', 'Dockspot 3.4.0 (Android)']) } };
    });
    C.put(F, `${jsonText({ harbour: 'Norra Viken gästhamn', season: 2026, items })}\n`);
  }
}
