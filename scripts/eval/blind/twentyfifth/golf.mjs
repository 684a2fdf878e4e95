// Twenty-fifth blind set — a golf club (golf/): member register, tee-time bookings, guest players, competition
// results, the office's mailbox, web log, notes, board minutes, a member-system API dump, SMS gateway log, the pro's
// lesson calendar, the junior camp's sign-up page and the greenkeepers' incident notes.
import { Rng, F, org, mkPerson, person, people, kin, nameAs, nameStyle, pnrFmt, phoneFmt, phoneObj, phone, email, address, signature, footer,
  csv, xlsx, docx, mbox, eml, pdfLines, folded, htmlEml, htmlEsc, xmlEsc, jsonText, put, putText, date, dateBetween, dotDate, hhmm, hms, isoTs, clfDate, UAS,
  rfcDate, num, safe, ocr, alnum, birthOf, svDate, amount, LONE, regnr, p2, pickS, ipVal, publicIp } from './core.mjs';

const CLUBS = ['Norrvikens GK', 'Hagabergs GK', 'Sjöängens Golfklubb', 'Tallåsens GK', 'Västerfjärdens GK', 'Kvarnbäckens Golf', 'Lerviks GK', 'Björkhagens Golfsällskap'];
const CATS = ['Senior', 'Senior', 'Senior', 'Vardagsmedlem', 'Junior', 'Familj', 'Greenfeemedlem', 'Hedersmedlem', 'Studerande'];

export default function golf(C) {
  const rng = new Rng('golf');
  const o = org(rng, { name: 'Ekebacka Golfklubb', domain: 'ekebackagk.se', area: '19', roles: ['kansli', 'info', 'noreply', 'tavling', 'shop'] });
  const staff = people(rng, 7, { cp1252: true });
  const [kanslist, pro, banchef, tavlingsledare, shopare, ordforande, kassor] = staff;
  const hcp = () => `${rng.int(0, 36)},${rng.int(0, 9)}`;
  const golfId = (m) => `${birthOf(m.pnr)}-${safe(() => rng.digits(3))}`;
  // members
  const members = [];
  for (let i = 0; i < 330; i++) {
    const junior = rng.chance(0.16);
    const m = mkPerson(rng, junior ? { minYear: 2009, maxYear: 2018, middle: 0.15 } : { minYear: 1938, maxYear: 2003, middle: 0.15 });
    m.junior = junior; m.gid = golfId(m); m.hcp = hcp(); m.cat = junior ? 'Junior' : rng.pick(CATS.filter((c) => c !== 'Junior'));
    m.nr = 1000 + i * 3 + rng.int(0, 2);
    if (junior) { m.guardian = kin(rng, m); m.guardian.mob = phoneObj(rng, 'mobile'); m.guardian.email = email(rng, m.guardian).value; }
    members.push(m);
  }
  const cpMembers = members.filter((m) => /^[\x20-\xff]*$/.test(m.full) && !/[łŁıİğĞșțćĆđĐ]/.test(m.full));

  // 1. member register: cp1252 ; CRLF with title lines; split first/last names.
  {
    const f = 'golf/Medlemsregister_EkebackaGK_2026-11-01.csv'; const w = F(C, f, rng);
    const rows = [['Ekebacka Golfklubb - Medlemsförteckning'], [`Utskriven 2026-11-01 08:14 av ${w.nm(kanslist, 'full', 'staff')}`], [],
      ['Medlemsnr', 'Golf-ID', 'Förnamn', 'Efternamn', 'Personnummer', 'Utdelningsadress', 'Postnr', 'Ort', 'Mobil', 'Telefon bostad', 'E-post', 'Kategori', 'Exakt HCP', 'Inträde', 'Vårdnadshavare']];
    for (const m of cpMembers.slice(0, 130)) {
      const a = address(w);
      const gid = w.n.id('golf-id', m.gid, 'personnummer');
      const row = [String(m.nr), gid, ...w.join(m), w.pnOf(m, rng.pick(['short', 'short', 'long', 'long-dash'])), a.street, a.postcode, a.city,
        w.phOf(m.mob, rng.pick(['grouped', 'compact', 'dash', 'spaced'])), m.land ? w.phOf(m.land, rng.pick(['grouped', 'dash'])) : '',
        rng.chance(0.9) ? w.emOf(m) : '', m.cat, m.hcp, w.n.date(date(rng, '1994-03-01', '2026-10-01')), ''];
      if (m.junior && /^[\x20-\xff]*$/.test(m.guardian.full)) row[14] = `${w.nm(m.guardian, 'full', 'guardian')} ${w.phOf(m.guardian.mob, 'compact')}`;
      rows.push(row);
    }
    rows.push([], [`Antal: ${rows.length - 5}`], [footer(w, o, ['orgnr', 'bg', 'switchboard'])]);
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. tee-time bookings: NDJSON with arrays of players.
  {
    const f = 'golf/tidbokning_export_2026-07.ndjson'; const w = F(C, f, rng);
    const lines = [];
    for (let i = 0; i < 85; i++) {
      const d = date(rng, '2026-07-01', '2026-07-31');
      const n = rng.int(1, 4); const players = [];
      const booker = rng.pick(members);
      for (let k = 0; k < n; k++) {
        if (k > 0 && rng.chance(0.3)) {
          const g = person(rng); const gid = `${safe(() => `${p2(rng.int(40, 99))}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}`)}-${safe(() => rng.digits(3))}`;
          players.push({ name: w.nm(g, rng.chance(0.1) ? 'caps' : 'full', 'guest'), golfId: w.n.id('golf-id', gid, 'personnummer'), hcp: Number(hcp().replace(',', '.')), homeClub: w.n.id('club-name', rng.pick(CLUBS), 'name'), guest: true });
        } else {
          const m = k === 0 ? booker : rng.pick(members);
          players.push({ name: w.nm(m), golfId: w.n.id('golf-id', m.gid, 'personnummer'), hcp: Number(m.hcp.replace(',', '.')), homeClub: 'Ekebacka GK', guest: false });
        }
      }
      const ev = { bookingId: w.n.id('booking-id', `TB-${num(rng, 7)}`), course: rng.pick(['Ekebacka 18', 'Ekebacka 18', 'Skogsslingan 9']), date: d, teeTime: hhmm(rng, 6, 18),
        players, bookedBy: { memberNo: booker.nr, email: w.emOf(booker), phone: rng.chance(0.5) ? w.phOf(booker.mob, rng.pick(['e164', 'intl', 'compact'])) : null },
        channel: rng.pick(['app', 'web', 'web', 'kansli']), clientIp: null, createdAt: isoTs(rng, d) };
      if (ev.channel !== 'kansli') ev.clientIp = w.ip();
      else ev.handledBy = w.nm(rng.pick([kanslist, kassor, shopare]), 'full', 'staff');
      if (rng.chance(0.08)) ev.note = `Ändrad av kansliet, ${w.nm(booker, 'lower')} ringde och flyttade`;
      lines.push(JSON.stringify(ev));
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 3. competition results list (PDF), some classes surname-first without comma.
  {
    const f = 'golf/Klubbmasterskap_2026_resultat.pdf'; const w = F(C, f, rng);
    const lines = [{ text: 'KLUBBMÄSTERSKAP 2026 — EKEBACKA GOLFKLUBB', size: 14, bold: true }, `Spelat ${svDate('2026-08-15')} – ${svDate('2026-08-16')}, Ekebacka 18`,
      `Tävlingsledare: ${w.nm(tavlingsledare, 'full', 'staff')}   Domare: ${w.nm(person(rng, { cp1252: true }), 'full', 'referee')}`, ''];
    for (const klass of ['Herrar A', 'Herrar B', 'Damer', 'Seniorer 65+', 'Juniorer']) {
      const sf = rng.chance(0.5);
      lines.push({ text: `Klass: ${klass}`, bold: true }, 'Plac  Namn                          Klubb                 HCP   Brutto  Netto');
      const pool = members.filter((m) => (klass === 'Juniorer' ? m.junior : !m.junior));
      const used = new Set();
      for (let pl = 1; pl <= 26; pl++) {
        let m = rng.pick(pool); let guard = 0; while (used.has(m) && guard++ < 50) m = rng.pick(pool); used.add(m);
        const guest = rng.chance(0.12);
        const p = guest ? person(rng, { cp1252: true }) : m;
        if (!guest && !/^[\x20-\xff]*$/.test(p.full)) continue;
        const nm = w.nm(p, sf ? 'surname-first-nocomma' : 'full');
        const club = guest ? w.n.id('club-name', rng.pick(CLUBS), 'name') : 'Ekebacka GK';
        const br = rng.int(68, 105);
        lines.push(`${String(pl).padStart(3)}.  ${nm.padEnd(30)}${club.padEnd(22)}${hcp().padStart(5)}  ${br}     ${br - rng.int(0, 30)}`);
      }
      lines.push('');
    }
    lines.push(footer(w, o, ['orgnr', 'switchboard']));
    put(C, f, pdfLines(lines, { title: 'Resultatlista KM 2026' }));
  }

  // 4. guest players / green fee workbook, several sheets.
  {
    const f = 'golf/gastspelare_greenfee_2026.xlsx'; const w = F(C, f, rng);
    const sheets = [];
    for (const [name, from, to] of [['Greenfee juni', '2026-06-01', '2026-06-30'], ['Greenfee juli', '2026-07-01', '2026-07-31'], ['Greenfee aug', '2026-08-01', '2026-08-31']]) {
      const rows = [['Datum', 'Tid', 'Namn', 'Hemmaklubb', 'Golf-ID', 'Mobil', 'Belopp', 'Kvittonr', 'Kassa']];
      for (let i = 0; i < 55; i++) {
        const g = person(rng); const ph = phone(rng, rng.chance(0.1) ? 'foreign' : 'mobile');
        rows.push([date(rng, from, to), hhmm(rng, 6, 17), w.nm(g, nameStyle(rng, [['full', 80], ['surname-first', 14], ['caps', 6]])), w.n.id('club-name', rng.pick(CLUBS), 'name'),
          w.n.id('golf-id', `${safe(() => `${p2(rng.int(45, 99))}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}`)}-${safe(() => rng.digits(3))}`, 'personnummer'),
          rng.chance(0.8) ? w.raw('phone', ph.value, ph.subtype) : '', rng.pick([450, 550, 650, 325]), w.n.id('receipt-number', `K${num(rng, 6)}`), w.nm(rng.pick([kassor, shopare]), 'short', 'staff')]);
      }
      sheets.push({ name, rows });
    }
    const gk = [['Gästkortsnr', 'Namn', 'E-post', 'Telefon', 'Giltigt t.o.m.', 'Introducerad av (medlem)']];
    for (let i = 0; i < 40; i++) {
      const g = person(rng); const intro = rng.pick(members);
      gk.push([w.n.id('guest-card', `GK-${num(rng, 5)}`), w.nm(g), w.em(g), w.ph('mobile'), '2026-12-31', `${w.nm(intro)} (${intro.nr})`]);
    }
    sheets.push({ name: 'Gästkort', rows: gk });
    put(C, f, xlsx(sheets, { creator: w.nm(kassor, 'full', 'xlsx-creator') }));
  }

  // 5. the office's mailbox.
  {
    const f = 'golf/kansliet_inkorg.mbox'; const w = F(C, f, rng);
    const msgs = [];
    const topics = [
      (m) => ({ subject: 'Fråga om årsavgiften', body: `Hej!\n\nJag har fått fakturan för årsavgiften 2027 men vi har ju bytt till vardagsmedlemskap. OCR ${w.n.ocr()} på fakturan.\nKan ni skicka en ny?\n\n` }),
      (m) => ({ subject: 'Handicaprevision', body: `Hej kansliet,\n\nmitt handicap har inte uppdaterats efter sällskapsspelet den ${w.n.date(dotDate(date(rng, '2026-05-01', '2026-09-30')))}. Mitt golf-ID är ${w.n.id('golf-id', m.gid, 'personnummer')}.\n\n` }),
      (m) => ({ subject: 'Borttappat nyckelkort till bagförrådet', body: `Hej,\nJag har tappat mitt nyckelkort (nr ${w.n.id('key-card', num(rng, 8))}). Kan ni spärra det och ställa ut ett nytt? Ni når mig på ${w.phOf(m.mob)}.\n\n` }),
      (m) => ({ subject: 'Vilande medlemskap', body: `Hej!\n\nJag ska jobba utomlands nästa säsong och vill ansöka om vilande medlemskap. Mitt personnummer är ${w.pnOf(m)}.\n\n` }),
      (m) => ({ subject: 'Anmälan till Vårtävlingen', body: `Hej,\n\nJag vill anmäla mig och min fru ${w.nm(kin(rng, m))} till vårtävlingen. Kan vi få spela i samma boll?\n\n` }),
      (m) => ({ subject: 'Juniorträning för mitt barnbarn', body: `Hej!\n\nVårt barnbarn ${w.nm(kin(rng, m))} är 11 år och vill börja på juniorträningen, har ingen grön licens än. Mitt nummer är ${w.phOf(m.mob)}.\n\n` }),
    ];
    for (let i = 0; i < 26; i++) {
      const m = rng.pick(members.filter((x) => !x.junior));
      const t = rng.pick(topics)(m);
      const d = date(rng, '2026-03-01', '2026-11-20');
      const fromName = w.nm(m, rng.chance(0.85) ? 'full' : 'surname-first', 'header-display');
      const signOff = `${rng.pick(['Mvh', 'Hälsningar', 'Tack på förhand!', 'Vänliga hälsningar'])}\n${w.nm(m, rng.chance(0.15) ? 'lower' : 'full', 'signature')}${rng.chance(0.4) ? `\nMedlem nr ${m.nr}` : ''}`;
      const sender = w.emOf(m);
      msgs.push({ from: [fromName, sender], to: [['Ekebacka GK Kansli', w.n.role(o.roles[0])]], subject: t.subject, date: rfcDate(d, hms(rng)), id: `${alnum(rng, 12)}@${sender.split('@')[1]}`,
        text: t.body + signOff, enc: rng.pick(['qp', 'qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Mon Nov 23 09:00:00 2026' });
      if (rng.chance(0.55)) {
        const st = rng.pick([kanslist, kanslist, tavlingsledare]);
        const reply = `Hej ${w.n.lone(m.first)}!\n\n${rng.pick(['Tack för ditt mejl, vi har ordnat det.', 'Det är fixat nu. Ny faktura kommer med posten.', 'Vi återkommer när styrelsen har behandlat ärendet.', 'Du står nu på listan.'])}\n\n${signature(w, st, o, st === kanslist ? 'Kanslichef' : 'Tävlingsansvarig')}\n\n> ${t.body.trim().split('\n').join('\n> ')}`;
        const html = `<html><body><p>${htmlEsc(reply).replace(/\n/g, '<br>')}</p></body></html>`;
        msgs.push({ from: [w.nm(st, 'full', 'staff'), w.work(st, o.domain)], to: [[fromName, sender]], subject: `SV: ${t.subject}`, date: rfcDate(d, hms(rng)),
          id: `${alnum(rng, 14)}@ekebackagk.se`, text: reply, html, htmlText: reply, enc: 'qp', mboxDate: 'Mon Nov 23 09:00:00 2026' });
      }
    }
    // a forward from the board chairman with a member's complaint
    const cm = rng.pick(members); const cmail = cm.email;
    const fwd = `Kan någon på kansliet ta hand om detta?\n/${w.nm(ordforande, 'short', 'staff')}\n\n---------- Vidarebefordrat meddelande ----------\nFrån: ${w.nm(cm, 'full', 'header-display')} <${w.emOf(cm)}>\nDatum: ${svDate(date(rng, '2026-09-01', '2026-10-30'))}\nÄmne: Klagomål på bollar över Ängsvägen\n\nHej. För tredje gången i år har en boll från hål 7 krossat ett fönster hos oss på Ängsvägen 14. Jag vill ha ersättning. Ring ${w.phOf(cm.land ?? cm.mob, 'grouped')}.\n\n${w.nm(cm, 'full', 'signature')}`;
    msgs.push({ from: [w.nm(ordforande, 'full', 'staff'), w.work(ordforande, o.domain)], to: [['Kansliet', w.n.role(o.roles[0])]], subject: 'VB: Klagomål på bollar över Ängsvägen', date: rfcDate('2026-10-30', '21:14:00'),
      id: `${alnum(rng, 10)}@ekebackagk.se`, text: fwd, enc: 'b64', mboxDate: 'Fri Oct 30 21:14:00 2026' });
    void cmail;
    put(C, f, mbox(msgs));
  }

  // 6. web access log of the booking site.
  {
    const f = 'golf/webb_access_2026-11.log'; const w = F(C, f, rng);
    const lines = [];
    for (let i = 0; i < 160; i++) {
      const d = date(rng, '2026-11-01', '2026-11-24'); const t = hms(rng);
      if (rng.chance(0.06)) { lines.push(`${w.n.server(rng.pick(o.servers))} - - [${clfDate(d, t)}] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`); continue; }
      const m = rng.pick(members); const logged = rng.chance(0.45);
      const user = logged ? (rng.chance(0.6) ? w.emOf(m, 'log-user') : w.n.id('golf-id', m.gid, 'personnummer')) : '-';
      const path = rng.pick(['/min-golf/tidbokning', `/min-golf/tidbokning?datum=${d}&bana=18`, '/min-golf/profil', '/tavlingar/anmalan', '/login', `/api/v2/bookings/${num(rng, 7)}`, '/shop/greenfee']);
      lines.push(`${w.ip()} - ${user} [${clfDate(d, t)}] "${rng.pick(['GET', 'GET', 'POST'])} ${path} HTTP/2.0" ${rng.pick([200, 200, 200, 302, 404, 401])} ${rng.int(200, 90000)} "https://ekebackagk.se/" "${rng.pick(UAS)}"`);
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 7. the office's quick notes.
  {
    const f = 'golf/kansliet_anteckningar.txt'; const w = F(C, f, rng);
    const out = [];
    for (let i = 0; i < 95; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-04-01', '2026-11-24');
      const who = rng.pick([kanslist, kassor]);
      const N = () => w.nm(m, rng.weighted([['full', 50], ['lower', 25], ['caps', 5], ['surname-first', 10], ['short', 10]]));
      const line = rng.pick([
        () => `ringde ${N()} ang. faktura, lovat betala innan 30/11. tel ${w.phOf(m.mob, rng.pick(['compact', 'grouped', 'slash', 'dots']))}`,
        () => `${N()} (${w.pnOf(m, 'short')}) vill säga upp medlemskapet, skickat blankett`,
        () => `pratat m ${N()} om bagskåp nr ${rng.int(1, 240)}, han/hon vill byta till ett nedre`,
        () => `mejl från ${w.emOf(m)} - adressändring, uppdaterat i systemet`,
        () => `${N()} klagar på greenfee-priset för gäster, hänvisat till ${w.nm(banchef, 'full', 'staff')}`,
        () => `enl. ${w.nm(tavlingsledare, 'short', 'staff')}: ${N()} diskad i KM pga fel boll, meddelat`,
        () => `OBS ${N()} har ej betalt 2 påminnelser, ${w.n.amount(amount(rng, 2000, 9000))}. golf-id ${w.n.id('golf-id', m.gid, 'personnummer')}`,
        () => `hej ${w.n.lone()} - kom ihåg att boka om lektionen för ${N()}`,
        () => `junior ${m.junior ? N() : w.nm(kin(rng, m))}, pappan ringde från ${w.ph('mobile')} - vill ha grön licens-kurs`,
        () => `${N()} uppgav pnr ${w.n.badLuhn()} i anmälan, stämmer ej?? kolla m kund`,
        () => `ny medlem, blankett med pnr ${w.n.badDate()} - fel datum, skickat tillbaka`,
        () => `${N()} hittade en borttappad plånbok vid hål 12, lämnad i receptionen. ägaren ${w.nm(person(rng), 'lower')} hämtar imorgon`,
      ])();
      out.push(`${d} ${hhmm(rng)} ${w.n.initial(`${who.first} ${who.last[0]}.`)}: ${line}`);
    }
    putText(C, f, `${out.join('\n')}\n`);
  }

  // 8. board minutes (.docx).
  {
    const f = 'golf/styrelseprotokoll_2026-10-14.docx'; const w = F(C, f, rng);
    const board = people(rng, 5, { cp1252: false });
    const blocks = [{ h: 'Protokoll fört vid styrelsemöte i Ekebacka Golfklubb' }, `Datum: ${svDate('2026-10-14')}, klubbhuset`,
      `Närvarande: ${w.nm(ordforande, 'full', 'staff')} (ordförande), ${board.map((p) => w.nm(p)).join(', ')}, ${w.nm(kanslist, 'full', 'staff')} (adjungerad, sekreterare)`,
      { h: '§ 1 Mötets öppnande' }, `Ordföranden förklarade mötet öppnat. Till justerare valdes ${w.nm(board[0])}.`,
      { h: '§ 4 Nya medlemmar' }, 'Styrelsen beslutade att bevilja följande ansökningar om medlemskap:'];
    const tbl = [['Namn', 'Golf-ID', 'Kategori', 'Faddermedlem']];
    for (let i = 0; i < 24; i++) { const m = rng.pick(members); tbl.push([w.nm(m), w.n.id('golf-id', m.gid, 'personnummer'), m.cat, w.nm(rng.pick(members))]); }
    blocks.push({ table: tbl }, { h: '§ 5 Obetalda avgifter' });
    for (let i = 0; i < 8; i++) {
      const m = rng.pick(members);
      blocks.push({ runs: [`Medlem `, w.nm(m), ` (${w.pnOf(m, 'short')}) har obetald årsavgift om ${w.n.amount(amount(rng, 3000, 9500))}. `, rng.pick(['Ärendet lämnas till inkasso.', 'Avbetalningsplan godkänns.', 'Medlemskapet avslutas per 31 december.'])] });
    }
    blocks.push({ h: '§ 7 Banan' }, `${w.nm(banchef, 'full', 'staff')} rapporterade att dräneringen vid hål 3 är klar. Skogsslingans tee på hål 5 flyttas närmare ${w.n.look('street')}.`,
      { h: '§ 9 Övriga frågor' }, `Förslag från ${w.nm(rng.pick(members))} om att döpa om puttinggreenen till ${w.n.id('place-lookalike', 'Gunnar Ekbacks green', 'name')} bordlades.`,
      `Vid protokollet: ${w.nm(kanslist, 'full', 'staff')}`, `Justeras: ${w.nm(ordforande, 'full', 'staff')}    ${w.nm(board[0])}`);
    put(C, f, docx(blocks, { creator: w.nm(kanslist, 'full', 'docx-creator') }));
  }

  // 9. member system API dump (JSON, nested; given/family in separate fields).
  {
    const f = 'golf/teeit_members_dump.json'; const w = F(C, f, rng);
    const arr = [];
    for (const m of members.slice(120, 195)) {
      const rec = { id: `mbr_${alnum(rng, 10).toLowerCase()}`, memberNumber: m.nr, person: { firstName: m.given, lastName: m.last, ssn: w.pnOf(m, rng.pick(['long', 'long', 'long-dash'])), gender: rng.pick(['M', 'F', 'U']) },
        golfId: w.n.id('golf-id', m.gid, 'personnummer'), handicap: { exact: Number(m.hcp.replace(',', '.')), updated: date(rng) },
        contacts: [{ type: 'mobile', value: w.phOf(m.mob, rng.pick(['e164', 'e164', 'intl', 'compact'])) }, ...(rng.chance(0.9) ? [{ type: 'email', value: w.emOf(m) }] : [])],
        membership: { category: m.cat, since: date(rng, '1990-01-01', '2026-01-01'), invoiceOcr: w.n.ocr() } };
      w.join(m);
      if (m.land) rec.contacts.push({ type: 'home', value: w.phOf(m.land, 'dash') });
      if (m.junior) rec.guardians = [{ name: w.nm(m.guardian, 'full', 'guardian'), phone: w.phOf(m.guardian.mob, 'e164'), email: w.raw('email', m.guardian.email, 'personal'), relation: rng.pick(['Förälder', 'Vårdnadshavare']) }];
      arr.push(rec);
    }
    putText(C, f, jsonText({ exportedAt: '2026-11-02T03:00:00Z', club: { name: o.name, orgNo: w.n.orgnr(o.orgnr) }, members: arr }, 1));
  }

  // 10. SMS gateway log (46… numbers).
  {
    const f = 'golf/sms_utskick_2026.csv'; const w = F(C, f, rng);
    const rows = [['timestamp', 'msisdn', 'sender', 'text', 'status', 'parts']];
    for (let i = 0; i < 150; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-04-01', '2026-10-31');
      const text = rng.pick([
        () => `Hej ${w.n.lone(m.first)}! Påminnelse: starttid ${d} kl ${hhmm(rng, 6, 17)} på Ekebacka 18. Avboka senast 2 tim innan. /Ekebacka GK`,
        () => `Hej ${w.n.lone(m.first)}, du står på reservlistan till ${rng.pick(['Vårtävlingen', 'Höstfyrboll', 'KM', 'Seniorträffen'])}. Svara JA för att bekräfta.`,
        () => `Din greenfee ${w.n.id('receipt-number', `K${num(rng, 6)}`)} är betald. Välkommen!`,
        () => `Banan är stängd idag pga frost. Mvh ${w.nm(banchef, 'short', 'staff')}, banchef`,
      ])();
      rows.push([`${d} ${hms(rng)}`, w.phOf(m.junior ? m.guardian.mob : m.mob, 'plain46'), 'EkebackaGK', text, rng.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'FAILED', 'EXPIRED']), 1]);
    }
    put(C, f, csv(rows));
  }

  // 11. the pro's lesson calendar (.ics, folded).
  {
    const f = 'golf/pro_lektioner.ics'; const w = F(C, f, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ekebacka GK//Lektionsbokning 3.2//SV', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Lektioner'];
    for (let i = 0; i < 45; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-04-15', '2026-10-15').replace(/-/g, ''); const h = rng.int(8, 18);
      L.push('BEGIN:VEVENT', `UID:${alnum(rng, 16)}@ekebackagk.se`, `DTSTAMP:${d}T060000Z`, `DTSTART;TZID=Europe/Stockholm:${d}T${p2(h)}0000`, `DTEND;TZID=Europe/Stockholm:${d}T${p2(h)}4500`,
        `SUMMARY:${rng.pick(['Privatlektion', 'Svinglektion', 'Puttlektion', 'Banlektion'])} – ${w.nm(m)}`,
        `DESCRIPTION:Tel ${w.phOf(m.mob)}. ${rng.pick(['Vill jobba med driven.', 'Nybörjare\\, har gått grön licens.', 'Betalt med Swish.', 'Klippkort 3/5.'])}`,
        `ORGANIZER;CN=${w.nm(pro, 'full', 'staff')}:mailto:${w.work(pro, o.domain)}`, `ATTENDEE;CN=${w.nm(m, 'full', 'ics-cn')};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${w.emOf(m)}`,
        'LOCATION:Rangen\\, Ekebacka GK', 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, f, folded(L));
  }

  // 12. junior camp sign-up page (HTML).
  {
    const f = 'golf/juniorlager_anmalningar.html'; const w = F(C, f, rng);
    const rows = [];
    const juniors = members.filter((m) => m.junior);
    for (const m of juniors.slice(0, 48)) {
      const g = m.guardian;
      rows.push(`<tr><td>${htmlEsc(w.nm(m))}</td><td>${w.pnOf(m, rng.pick(['short', 'long']))}</td><td>${htmlEsc(w.nm(g, 'full', 'guardian'))}</td><td>${w.phOf(g.mob)}</td><td><a href="mailto:${w.raw('email', g.email, 'personal')}">${g.email}</a></td><td>${htmlEsc(rng.pick(['', 'Nötallergi', 'Astma, har inhalator', 'Laktosintolerant', 'Vegetarian']))}</td></tr>`);
    }
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Juniorlägret v.27 – anmälningar</title></head><body>
<h1>Juniorlägret vecka 27 – anmälningar</h1><p>Lägeransvarig: ${htmlEsc(w.nm(pro, 'full', 'staff'))}, ${w.ph('mobile', undefined, 'staff-mobile')}. Frågor till <a href="mailto:${w.n.role(o.roles[1])}">${o.roles[1]}</a>.</p>
<table border="1"><thead><tr><th>Junior</th><th>Personnummer</th><th>Vårdnadshavare</th><th>Telefon</th><th>E-post</th><th>Allergier/övrigt</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table><p>Lägret hålls på Skogsslingan och vid ${htmlEsc(w.n.look('place'))}.</p><footer>${htmlEsc(footer(w, o, ['orgnr', 'switchboard', 'swish']))}</footer></body></html>`;
    putText(C, f, html);
  }

  // 13. greenkeepers' incident notes (Markdown).
  {
    const f = 'golf/banpersonal_incidenter.md'; const w = F(C, f, rng);
    const out = ['# Incidentlogg banan 2026', '', `Ansvarig: ${w.nm(banchef, 'full', 'staff')}`, ''];
    for (let i = 0; i < 40; i++) {
      const d = date(rng, '2026-04-10', '2026-10-20'); const m = rng.pick(members);
      out.push(`## ${d} – ${rng.pick(['Bollträff på bil', 'Skadad golfbil', 'Vildsvinsskador', 'Spelare skadad', 'Glömd bag'])}`, '');
      out.push(rng.pick([
        () => `Boll från hål ${rng.int(1, 18)} träffade bil ${w.n.id('vehicle-reg', regnr(rng))} på parkeringen. Ägare ${w.nm(person(rng))}, tel ${w.ph()}. Spelaren var ${w.nm(m)} (golf-id ${w.n.id('golf-id', m.gid, 'personnummer')}).`,
        () => `Golfbil nr ${rng.int(1, 14)} körd ner i dammen vid hål 9. Hyrd av **${w.nm(m)}**, ${w.phOf(m.mob)}. Självrisk ${w.n.amount(amount(rng, 1500, 5000))} fakturerad.`,
        () => `Vildsvin har bökat i fairway hål ${rng.int(1, 18)}. Jaktlaget kontaktat via ${w.nm(person(rng))} (${w.ph()}).`,
        () => `- ${w.nm(m)} snubblade vid tee ${rng.int(1, 18)}, ambulans tillkallad.\n- Anhörig ${w.nm(kin(rng, m))} underrättad på ${w.ph()}.\n- Rapport till försäkringsbolaget, skadenr ${w.n.id('claim-number', `S-${num(rng, 8)}`)}.`,
        () => `Bag glömd vid hål 18, namnlapp "${w.n.lone()}" och ${w.n.surname()}. Ingen har hört av sig.`,
      ])(), '');
    }
    putText(C, f, out.join('\n'));
  }
}
