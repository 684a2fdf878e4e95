// Twenty-sixth blind set — a municipal nursing home's relatives portal and visit bookings (boende/): Solgläntans
// vård- och omsorgsboende in the invented municipality of Norrvik. Residents, next of kin, trustees (god man), staff.
import { Rng, file, person, people, kin, nm, nameAs, nameStyle, pnr, phone, email, workEmail, T, ipVal, org, footer, role, server, date, dotDate, hhmm, hms,
  num, alnum, letters, csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText, pdfLines, folded, jsonText, txt, STREETS_P, STREETS, LONE, postcode, amount, p2 } from './core.mjs';

const DOM = 'omsorg.norrvik.se';
const AVD = ['Lärkan', 'Svalan', 'Göken', 'Tallen (demens)', 'Hägern'];
const REL = ['dotter', 'son', 'make', 'maka', 'sambo', 'barnbarn', 'syster', 'bror', 'svärdotter', 'god man', 'brorson', 'systerdotter'];

export default function boende(C) {
  const g = new Rng('boende/world');
  const O = org(g, { name: 'Solgläntans vård- och omsorgsboende', domain: DOM, area: '31', roles: ['solglantan', 'anhorigportalen', 'noreply', 'bistand', 'ekonomi'] });
  // Residents and their next of kin, shared across files (each file records what it writes).
  const residents = people(g, 95, { middle: 0.18 }).map((p, i) => ({ ...p, pnr: pnr(g, { old: g.chance(0.22), minYear: 1927, maxYear: 1948 }), avd: AVD[i % AVD.length], rum: `${(i % 5) + 1}${p2(g.int(1, 24))}` }));
  for (const r of residents) {
    r.kin = Array.from({ length: g.int(1, 2) }, () => (g.chance(0.6) ? kin(g, r) : person(g)));
    for (const k of r.kin) { k.rel = g.pick(REL); k.tel = phone(g, g.chance(0.92) ? 'mobile' : 'landline'); k.mail = email(g, k); k.ip = ipVal(g); }
  }
  const staff = people(g, 48).map((p) => ({ ...p, ini: `${p.first[0]}${p.last.replace(/^(af|von|de) /, '')[0]}`, tel: phone(g, 'mobile'), mail: workEmail(p, DOM), roll: g.pick(['undersköterska', 'undersköterska', 'sjuksköterska', 'enhetschef', 'vårdbiträde', 'arbetsterapeut', 'fysioterapeut', 'aktivitetsombud']) }));

  // 1. Relatives portal accounts — Windows-1252, `;`, CRLF, split given/family name.
  {
    const F = file(C, 'boende/anhorigportal_konton.csv'); const { R, rng, N } = F;
    const rows = [['KontoID', 'Förnamn', 'Efternamn', 'Relation', 'Boende', 'Personnummer boende', 'Mobil', 'E-post', 'Skapad', 'Senast inloggad', 'Senaste IP', 'BankID']];
    for (const r of residents) {
      for (const k of r.kin) {
        if (!/^[\x20-\xff]*$/.test(k.full + r.full)) continue;
        F.joined(k.given, k.last);
        const bn = nameAs(r, rng.chance(0.7) ? 'surname-first' : 'full');
        const d = date(rng, '2024-02-01', '2026-06-30');
        rows.push([N.id('account-id', `AK-${num(rng, 6)}`), k.given, k.last, k.rel, R.t('name', bn.value, bn.subtype), T(R, 'personnummer', r.pnr), T(R, 'phone', k.tel),
          T(R, 'email', k.mail), N.date(d), `${date(rng, '2026-07-01', '2026-11-24')} ${hhmm(rng)}`, T(R, 'ip', k.ip), rng.chance(0.8) ? 'Ja' : 'Nej']);
      }
    }
    for (let i = 0; i < 8; i++) rows.push([N.id('account-id', `AK-${num(rng, 6)}`), 'Test', 'Konto', 'övrigt', 'Testboende, Rum 000', N.badLuhn(), '', N.role(`test${i}@${DOM}`), '2026-01-01', '', server(R, O, i % 2), 'Nej']);
    F.put(csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. Visit bookings — nested JSON with arrays of visitors.
  {
    const F = file(C, 'boende/besoksbokningar.json'); const { R, rng, N } = F;
    const out = [];
    for (let i = 0; i < 110; i++) {
      const r = rng.pick(residents); const k = rng.pick(r.kin); const d = date(rng, '2026-09-01', '2026-12-20');
      const visitors = [{ namn: nm(R, k), telefon: T(R, 'phone', k.tel), relation: k.rel }];
      if (rng.chance(0.35)) { const x = rng.chance(0.5) ? kin(rng, k) : person(rng); visitors.push({ namn: nm(R, x), telefon: rng.chance(0.5) ? T(R, 'phone', phone(rng)) : null, relation: rng.pick(['barnbarn', 'vän', 'granne', 'barnbarnsbarn']) }); }
      if (rng.chance(0.12)) visitors.push({ namn: N.lone(rng.pick(LONE)), telefon: null, relation: 'barn (under 12)' });
      const b = {
        bokningsId: N.id('booking-id', `BES-${d.slice(0, 4)}-${num(rng, 5)}`), avdelning: r.avd, rum: N.id('room', `Rum ${r.rum}`),
        boende: { namn: nm(R, r, rng.chance(0.2) ? 'surname-first' : 'full'), boendeId: N.id('resident-id', `B${num(rng, 5)}`) },
        besokare: visitors, tid: { datum: N.date(d), fran: hhmm(rng), till: hhmm(rng) }, status: rng.pick(['bokad', 'bokad', 'genomförd', 'avbokad', 'ej infunnit']),
        skapad: { kanal: rng.pick(['portal', 'app', 'telefon']), ip: rng.chance(0.75) ? T(R, 'ip', k.ip) : null, epost: rng.chance(0.5) ? T(R, 'email', k.mail) : null },
      };
      if (rng.chance(0.3)) {
        const s = rng.pick(staff);
        b.kommentar = rng.pick([() => `Bokad via telefon av ${nm(R, s, 'full', 'staff')}.`, () => `${k.first} tar med hunden, ok enl. ${nm(R, s, 'full', 'staff')}.`,
          () => `Besök i ${N.look('room-name', 'Vinterträdgården')}, ${r.first} vill inte ha besök på rummet.`, () => `Ring ${T(R, 'phone', k.tel)} om ändring.`])();
      }
      out.push(b);
    }
    F.put(txt(jsonText({ export: 'besoksbokning', enhet: O.name, genererad: '2026-11-24T06:00:00+01:00', bokningar: out })));
  }

  // 3. Residents register — .xlsx with three sheets.
  {
    const F = file(C, 'boende/boendeforteckning.xlsx'); const { R, rng, N } = F;
    const s1 = [['Namn', 'Personnummer', 'Avdelning', 'Rum', 'Inflyttad', 'Kontaktperson', 'Relation', 'Telefon', 'God man / förvaltare']];
    for (const r of residents) {
      const k = r.kin[0]; const gm = rng.chance(0.15) ? person(rng) : null;
      s1.push([nm(R, r, rng.chance(0.8) ? 'surname-first' : nameStyle(rng)), T(R, 'personnummer', r.pnr), r.avd, r.rum, N.date(date(rng, '2018-01-01', '2026-10-30')), nm(R, k), k.rel, T(R, 'phone', k.tel), gm ? nm(R, gm) : '']);
    }
    const s2 = [['Förnamn', 'Efternamn', 'Roll', 'Avdelning', 'Mobil (tjänst)', 'E-post', 'Signatur']];
    for (const s of staff) { F.joined(s.given, s.last, 'split-joined-staff'); s2.push([s.given, s.last, s.roll, rng.pick(AVD), T(R, 'phone', { value: s.tel.value, subtype: 'staff-direct' }), R.t('email', s.mail, 'staff-work'), N.id('initials', s.ini)]); }
    s2.push(['Expedition', '', '', '', R.n('phone', 'switchboard', O.switchboard), role(R, O, 0), '']);
    const s3 = [['Rum', 'Larmknapp', 'Serienr', 'Batteri byttes', 'Ansvarig']];
    for (let i = 0; i < 60; i++) s3.push([`${(i % 5) + 1}${p2(i % 24 + 1)}`, N.id('alarm-id', `TX-${alnum(rng, 6)}`), N.id('serial', `SN${num(rng, 9)}`), dotDate(date(rng)), N.lone(rng.pick(staff).first)]);
    F.put(xlsx([{ name: 'Boende', rows: s1 }, { name: 'Personal', rows: s2 }, { name: 'Trygghetslarm', rows: s3 }], { creator: nm(R, staff[0], 'full', 'xlsx-creator') }));
  }

  // 4. Staff notes — written fast, lower case, abbreviations.
  {
    const F = file(C, 'boende/personalanteckningar.txt'); const { R, rng, N } = F;
    const L = [`Solgläntan – anteckningar anhörigkontakt (export ${N.date('2026-11-24')})`, ''];
    for (let i = 0; i < 260; i++) {
      const r = rng.pick(residents); const k = rng.pick(r.kin); const s = rng.pick(staff);
      const head = `${date(rng, '2026-08-01', '2026-11-23')} ${hhmm(rng)} /${N.id('initials', s.ini)}`;
      const kn = () => (rng.chance(0.45) ? nm(R, k, 'lower') : nm(R, k));
      const t = rng.pick([
        () => `ringde ${k.rel} ${kn()} ${T(R, 'phone', k.tel)} ang. ${r.first}s medicin, hon/han återkommer`,
        () => `pratat m ${kn()} (${k.rel}) om besök på lörd. ${r.first} trött idag, åt lite till lunch`,
        () => `${nm(R, r, 'lower')} rum ${r.rum} ramlade i natt, inga synl skador. anh ${kn()} informerad kl ${hhmm(rng)}`,
        () => `enl. ${kn()} ska ${r.first} ha nya glasögon, tid hos optiker bokad`,
        () => `sms fr ${T(R, 'phone', k.tel)} – vill att vi ringer tillbaka. ${nm(R, s, 'full', 'staff')} tar det`,
        () => `mejl fr ${T(R, 'email', k.mail)} om fakturan (${N.amount(amount(rng, 1200, 9800))}). hänvisat till ${role(R, O, 4)}`,
        () => `${N.lone(r.first)} vill ringa sin ${k.rel}, hjälpte till. nr ${T(R, 'phone', k.tel)}`,
        () => `ny kontaktperson för ${nm(R, r)}: ${kn()}, ${k.rel}. gammal kontakt ${nm(R, person(rng))} ska tas bort`,
        () => `dottern ringde, vet ej namn, sa att hon ringer igen. ${N.lone(rng.pick(LONE))} i köket tog samtalet`,
        () => `god man ${nm(R, person(rng))} ringde ${T(R, 'phone', phone(rng, 'landline'))} ang. fickpengar ${N.amount(amount(rng, 200, 1500))}`,
        () => `promenad till ${N.look('street', rng.pick(STREETS_P))} m ${r.first}, gick bra`,
        () => `pnr för ${r.first} i journalen stämmer ej? ${T(R, 'personnummer', r.pnr)} enl anh. kollar m ssk ${nm(R, s, 'lower')}`,
        () => `felaktigt pnr i portalen ${N.badLuhn()} – rättat`,
      ])();
      L.push(`${head} ${t}`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 5. Relatives' mail — mbox with quoted replies, qp/base64, encoded-word headers, HTML alternatives.
  {
    const F = file(C, 'boende/anhorig_mail.mbox'); const { R, rng, N } = F;
    const msgs = [];
    for (let i = 0; i < 46; i++) {
      const r = rng.pick(residents); const k = rng.pick(r.kin); const s = rng.pick(staff); const d = date(rng, '2026-06-01', '2026-11-23');
      nm(R, k, 'full', 'header-display'); R.t('email', k.mail.value, 'header'); nm(R, s, 'full', 'header-display'); R.t('email', s.mail, 'staff-work');
      const rn = nm(R, r, rng.chance(0.8) ? 'full' : 'lower');
      const body = rng.pick([
        () => `Hej!\n\nJag är ${k.rel} till ${rn} på avdelning ${r.avd}. Kan ni ringa mig på ${T(R, 'phone', k.tel)}? Det gäller hennes/hans tandläkartid.\n\nMvh\n${nm(R, k, 'full', 'signature')}\n${T(R, 'phone', k.tel)}`,
        () => `Hej ${N.lone(s.first)},\n\ntack för samtalet igår. Som sagt flyttar jag och mitt nya nummer är ${T(R, 'phone', phone(rng, 'mobile'))}. Min bror ${nm(R, (k.bro = kin(rng, k)))} är ny kontaktperson för ${rn}, han nås på ${T(R, 'email', email(rng, k.bro))}.\n\nHälsningar ${nm(R, k, 'full', 'signature')}`,
        () => `Hello,\n\nI am the ${rng.pick(['grandson', 'niece', 'son-in-law'])} of ${rn}. I live in Norway and cannot log in to the portal with BankID. My number is ${T(R, 'phone', phone(rng, 'foreign'))}.\n\nBest regards,\n${nm(R, k, 'full', 'signature')}`,
        () => `Hej,\n\njag vill avboka besöket ${N.date(dotDate(d))} kl ${hhmm(rng)} (bokning ${N.id('booking-id', `BES-2026-${num(rng, 5)}`)}).\n${rn} har fått förkylning enligt ${nm(R, s, 'full', 'staff')}.\n\n/${nm(R, k, rng.chance(0.5) ? 'lower' : 'full', 'signature')}`,
      ])();
      const quoted = rng.chance(0.4) ? `\n\n${rfcDate(d, '09:12:00')} skrev ${s.full} <${s.mail}>:\n> Hej ${k.first}!\n> Vi har noterat det. Ring expeditionen ${R.n('phone', 'switchboard', O.switchboard)} vid frågor.\n> ${footer(R, O, ['orgnr', 'switchboard'])}` : '';
      const html = rng.chance(0.3) ? `<html><body><p>${htmlEsc(body).replace(/\n/g, '<br>')}</p></body></html>` : null;
      msgs.push({ from: [k.full, k.mail.value], to: [[s.full, s.mail]], cc: rng.chance(0.2) ? [['', O.roles[0]]] : [], subject: rng.pick([`Angående ${r.first}`, 'Besök', `Fråga om ${r.full}`, 'Re: Kontaktuppgifter', 'Faktura omsorgsavgift']),
        date: rfcDate(d, `${hhmm(rng)}:00`), id: `${num(rng, 10)}.${i}@mail.example`, text: body + quoted, html, htmlText: html ? htmlToText(html) : undefined, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
      if (msgs[msgs.length - 1].cc.length) role(R, O, 0);
    }
    F.put(mbox(msgs));
  }

  // 6. Portal access log.
  {
    const F = file(C, 'boende/portal_access.log'); const { R, rng, N } = F;
    const L = [];
    const paths = ['/besok/boka', '/besok/mina', '/meddelanden', '/login/bankid/collect', '/boende/veckobrev', '/api/v1/slots?avd=2', '/profil/telefon'];
    for (let i = 0; i < 260; i++) {
      const d = date(rng, '2026-11-01', '2026-11-23'); const [y, m, dd] = d.split('-');
      const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1];
      if (rng.chance(0.07)) { L.push(`${server(R, O, 1)} - - [${dd}/${mon}/${y}:${hms(rng)} +0100] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`); continue; }
      if (rng.chance(0.04)) { L.push(`${N.docIp()} - - [${dd}/${mon}/${y}:${hms(rng)} +0100] "GET /.env HTTP/1.1" 404 153 "-" "zgrab/0.x"`); continue; }
      const r = rng.pick(residents); const k = rng.pick(r.kin);
      const user = rng.chance(0.7) ? T(R, 'email', k.mail) : '-';
      L.push(`${T(R, 'ip', k.ip)} - ${user} [${dd}/${mon}/${y}:${hms(rng)} +0100] "${rng.pick(['GET', 'GET', 'POST'])} ${rng.pick(paths)} HTTP/2.0" ${rng.pick([200, 200, 200, 302, 304, 401])} ${rng.int(120, 48000)} "-" "${rng.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (Linux; Android 14; SM-A546B)'])}" rt=0.${rng.digits(3)}`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 7. SMS gateway log — numbers as 46… without plus.
  {
    const F = file(C, 'boende/sms_gateway.log'); const { R, rng, N } = F;
    const L = ['# smsgw export — avsändare SOLGLANTAN', ''];
    for (let i = 0; i < 210; i++) {
      const r = rng.pick(residents); const k = rng.pick(r.kin); const d = date(rng, '2026-10-01', '2026-11-23');
      const ph = phone(rng, 'mobile', 'plain46');
      const msg = rng.pick([() => `Hej ${N.lone(k.first)}! Påminnelse: besök hos ${r.first} ${N.date(dotDate(d))} kl ${hhmm(rng)}. Avboka i portalen.`,
        () => `Din bokning ${N.id('booking-id', `BES-2026-${num(rng, 5)}`)} är bekräftad.`, () => `Engångskod: ${N.id('sms-code', rng.digits(6))}`,
        () => `Hej ${nm(R, k)}, ${r.first} har fått ett nytt rum (${r.rum}). Frågor: ${R.n('phone', 'switchboard', O.switchboard)}`])();
      L.push(`${d} ${hms(rng)} SEND id=${N.id('msg-id', alnum(rng, 12))} to=${T(R, 'phone', ph)} from=SOLGLANTAN status=${rng.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'EXPIRED', 'FAILED'])} parts=1 text="${msg}"`);
      if (rng.chance(0.1)) L.push(`${d} ${hms(rng)} RECV from=${T(R, 'phone', phone(rng, 'mobile', 'plain46'))} to=${N.id('short-code', '72550')} text="STOPP"`);
    }
    F.put(txt(L.join('\n') + '\n'));
  }

  // 8. Incident reports (avvikelser) — three .docx.
  for (let n = 1; n <= 2; n++) {
    const F = file(C, `boende/avvikelse_2026-${p2(n * 3)}.docx`); const { R, rng, N } = F;
    const r = rng.pick(residents); const k = r.kin[0]; const s1 = rng.pick(staff); const s2 = rng.pick(staff); const ssk = rng.pick(staff);
    const blocks = [{ h: `Avvikelserapport ${N.id('case-id', `AVV-2026-${num(rng, 4)}`)}` }, 'Typ: ' + rng.pick(['Fall', 'Läkemedel', 'Utebliven insats', 'Bemötande']),
      { table: [['Boende', nm(R, r)], ['Personnummer', T(R, 'personnummer', r.pnr)], ['Avdelning / rum', `${r.avd} / ${r.rum}`], ['Rapporterad av', nm(R, s1, 'full', 'staff')],
        ['Datum', N.date(date(rng))], ['Anhörig informerad', `${nm(R, k)} (${k.rel}), ${T(R, 'phone', k.tel)}`]] },
      { h: 'Händelseförlopp' },
      { runs: [`Vid nattrondering hittades `, nm(R, r, 'short'), ` på golvet bredvid sängen. `, nm(R, s2, 'full', 'staff'), ` tillkallades och `, `sjuksköterska ${nm(R, ssk, 'full', 'staff')} bedömde skadan.`] },
      `Läkare ${nm(R, person(rng))} på vårdcentralen ${R.n('name', 'clinic', `${rng.pick(['Doktor Glas', 'Carl Linnés'])} vårdcentral`)} kontaktades via ${R.n('phone', 'switchboard', O.switchboard)}.`,
      `Åtgärd: golvlarm installeras (${N.id('serial', `SN${num(rng, 9)}`)}). Uppföljning ${N.date(date(rng))}.`,
      { h: 'Underskrift' }, `${nm(R, ssk, rng.chance(0.5) ? 'caps' : 'full', 'signature')}, ${N.lone(ssk.first)} (${N.id('initials', ssk.ini)})`, footer(R, O)];
    F.put(docx(blocks, { creator: nm(R, s1, 'full', 'docx-creator') }));
  }

  // 9. Move-in agreements — one PDF, a page per resident.
  {
    const F = file(C, 'boende/inflyttningsavtal_2026.pdf'); const { R, rng, N } = F;
    const lines = [];
    for (const r of residents.slice(0, 34)) {
      if (!/^[\x20-\xff]*$/.test(r.full)) continue;
      const k = r.kin.find((x) => /^[\x20-\xff]*$/.test(x.full));
      lines.push({ text: 'Hyresavtal för bostad i särskilt boende', bold: true, size: 13 }, `Avtalsnummer: ${N.id('contract-id', `HA-${num(rng, 7)}`)}`, '',
        `Hyresgäst: ${nm(R, r)}`, `Personnummer: ${T(R, 'personnummer', r.pnr)}`, `Lägenhet: ${r.rum}, ${N.look('street', `${rng.pick(STREETS)} ${rng.int(1, 40)}`)}, ${N.id('postcode', postcode(rng))} Norrvik`,
        `Hyra: ${N.amount(amount(rng, 5200, 8900))} per månad, betalas till bankgiro ${R.n(null, 'bankgiro', O.bg)}`);
      if (k) lines.push(`Kontaktperson: ${nm(R, k)}, tel ${T(R, 'phone', k.tel)}`);
      lines.push(`Hyresvärd: ${O.name}, org.nr ${R.n('personnummer', 'organisationsnummer', O.orgnr)}`, `Norrvik ${N.date(date(rng))}`, '', '________________________', nm(R, r, 'caps'), '');
    }
    F.put(pdfLines(lines, { per: 16, title: 'Hyresavtal 2026' }));
  }

  // 10. Visit calendar — .ics.
  {
    const F = file(C, 'boende/besokskalender.ics'); const { R, rng, N } = F;
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Norrvik kommun//Besoksbokning 3.2//SV', 'X-WR-CALNAME:Besök Solgläntan'];
    for (let i = 0; i < 60; i++) {
      const r = rng.pick(residents); const k = rng.pick(r.kin); const s = rng.pick(staff); const d = date(rng, '2026-11-01', '2026-12-31').replace(/-/g, '');
      const sum = `Besök ${nm(R, r, 'short')} – ${nm(R, k)}`;
      L.push('BEGIN:VEVENT', `UID:${N.id('ics-uid', `${hex6(rng)}-${num(rng, 6)}@${DOM}`, 'email')}`, `DTSTART:${d}T${p2(rng.int(10, 17))}0000`, `DTEND:${d}T${p2(rng.int(17, 19))}0000`, `SUMMARY:${sum}`,
        `LOCATION:${r.avd}\\, rum ${r.rum}`, `ORGANIZER;CN=${nm(R, s, 'full', 'ics-cn')}:mailto:${R.t('email', s.mail, 'staff-work')}`,
        `ATTENDEE;CN=${nm(R, k, 'full', 'ics-cn')};ROLE=REQ-PARTICIPANT:mailto:${T(R, 'email', k.mail)}`,
        `DESCRIPTION:Kontakt: ${T(R, 'phone', k.tel)}. ${rng.chance(0.3) ? `Tar med ${N.lone(rng.pick(LONE))} och hunden ${N.look('pet', rng.pick(['Sigge', 'Molly', 'Ludde']))}.` : 'Inga allergier.'}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    F.put(folded(L));
  }

  // 11. Relatives' contact cards — .vcf.
  {
    const F = file(C, 'boende/anhoriga_kontakter.vcf'); const { R, rng, N } = F;
    const L = [];
    for (const r of residents.slice(30, 80)) {
      const k = r.kin[0];
      L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${k.last};${k.given};;;`, `FN:${nm(R, k, 'full', 'vcard-fn')}`, `TEL;TYPE=CELL:${T(R, 'phone', k.tel)}`, `EMAIL;TYPE=HOME:${T(R, 'email', k.mail)}`,
        `NOTE:${k.rel} till ${nm(R, r)}\\, ${r.avd} rum ${r.rum}`, `CATEGORIES:Anhörig`, `REV:${date(rng)}T0${rng.int(0, 9)}0000Z`, 'END:VCARD');
    }
    F.put(folded(L));
  }

  // 12. Staff chat — Teams-like JSON export.
  {
    const F = file(C, 'boende/teams_personalchatt.json'); const { R, rng, N } = F;
    const msgs = [];
    for (let i = 0; i < 90; i++) {
      const s = rng.pick(staff); const r = rng.pick(residents); const k = rng.pick(r.kin);
      const body = rng.pick([
        () => `<p>${r.first} på ${r.rum} vill prata med sin ${k.rel} ikväll</p>`,
        () => `<p>kan nån ringa ${nm(R, k)}? nr ${T(R, 'phone', k.tel)}</p>`,
        () => `<p>OBS ${nm(R, r, 'lower')} har besök kl ${hhmm(rng)}, ${k.rel} ${nm(R, k, 'lower')}</p>`,
        () => `<p>byter pass m ${nm(R, rng.pick(staff), 'full', 'staff')} på tors</p>`,
        () => `<p>tack ${N.lone(rng.pick(staff).first)}!!</p>`,
        () => `<p>Portalen nere? får fel från ${server(R, O, 0)}</p>`,
        () => `<p>${N.lone(r.first)} ätit bra idag 👍</p>`,
      ])();
      msgs.push({ id: num(rng, 13), createdDateTime: `${date(rng, '2026-11-01', '2026-11-23')}T${hms(rng)}.${rng.digits(3)}Z`, from: { user: { id: `${hex6(rng)}-${hex6(rng)}`, displayName: nm(R, s, 'full', 'chat-speaker'), userPrincipalName: R.t('email', s.mail, 'staff-work') } },
        body: { contentType: 'html', content: body }, messageType: 'message' });
    }
    const out = jsonText({ '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Aavd')/messages", value: msgs });
    F.put({ bytes: Buffer.from(out, 'utf8'), text: out });
  }

  // 13. Newsletter to relatives — HTML.
  {
    const F = file(C, 'boende/veckobrev_v47.html'); const { R, rng, N } = F;
    const li = [];
    for (const r of residents.slice(0, 14)) li.push(`<li>${htmlEsc(nm(R, r))} fyller ${rng.int(80, 101)} år ${N.date(date(rng, '2026-11-23', '2026-11-30'))}</li>`);
    const nyaPersonal = staff.slice(0, 6).map((s) => `<tr><td>${htmlEsc(nm(R, s, 'full', 'staff'))}</td><td>${s.roll}</td><td>${htmlEsc(R.t('email', s.mail, 'staff-work'))}</td></tr>`).join('\n');
    const html = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Veckobrev v.47 – Solgläntan</title></head><body>
<h1>Veckobrev vecka 47</h1>
<p>Välkommen till vårt veckobrev! På fredag kommer kören från ${N.look('church', 'Gustav Vasa-kyrkan')} och sjunger i ${N.look('room-name', 'Selma-salen')}.</p>
<h2>Födelsedagar</h2><ul>\n${li.join('\n')}\n</ul>
<h2>Nya medarbetare</h2><table>\n${nyaPersonal}\n</table>
<p>Promenadgruppen går längs ${N.look('street', 'Evert Taubes gata')} till ${N.look('park', 'Ellen Keys park')} varje tisdag.</p>
<p>Frågor? Ring ${R.n('phone', 'switchboard', O.switchboard)} eller mejla <a href="mailto:${role(R, O, 1)}">${O.roles[1]}</a>. Kommunens kontaktcenter: ${R.n('phone', 'service-line', O.service)}.</p>
<p style="font-size:9px">${htmlEsc(footer(R, O, ['orgnr', 'bg']))}</p></body></html>\n`;
    F.put({ bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
  }
}
function hex6(rng) { let s = ''; for (let i = 0; i < 8; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; }
