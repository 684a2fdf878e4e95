// Twenty-third blind set — a hunting association (jaktvårdskrets with its hunting teams): member register, game-kill
// reports, the shooting range's booking log, hunting-team workbook, weapon-licence certificates (.docx), members'
// mail, board minutes (Markdown), tracking of wounded game (JSON), meeting calendar, members' vCards, shooting badge
// results (PDF) and SMS call-outs.
import { Rng, people, person, kin, pnr, phone, email, workEmail, T, TN, date, dotDate, hhmm, hms, isoTs, num, alnum, gps, sweref, ipVal, ua, org, footer, role, server, nears,
  csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText, pdfLines, folded, jsonText, put, amount, svDate, LONE, LOOKALIKE, alt, postcode, street, xmlEsc } from './core.mjs';

const O = { name: 'Västra Skogsbygdens Jaktvårdskrets', domain: 'vastraskogsbygden-jvk.se' };
const GAME = ['älg', 'rådjur', 'vildsvin', 'dovhjort', 'kronhjort', 'räv', 'grävling'];
const WEAPONS = ['Sako 85 .30-06', 'Tikka T3x 6,5x55', 'Blaser R8 9,3x62', 'Browning B525 12/76', 'Merkel K3 8x57', 'Husqvarna 1900 .308'];
const DOGS = ['Bamse', 'Tess', 'Zeta', 'Lufsen', 'Greta', 'Sixten', 'Kajsa', 'Loke'];
const AREAS = ['Norra skiftet', 'Kvarnbo kronopark', 'Myrängen', 'Björnberget', 'Gustav Adolfs torg-skiftet', 'Östansjö bys jaktlag'];

export default function jakt(C) {
  const g = new Rng('jakt/org');
  const o = org(g, { ...O, area: '650', roles: ['info', 'kassor', 'noreply', 'skyttebana', 'styrelsen'] });
  const board = people(g, 6, { cp1252: true, middle: 0 }).map((p) => ({ ...p, mob: phone(g, 'mobile', 'grouped'), mail: workEmail(p, O.domain) }));
  const members = Array.from({ length: 160 }, () => { const p = person(g, { cp1252: g.chance(0.6), middle: 0.15 }); return { ...p, pn: pnr(g, { minYear: 1938, maxYear: 2008 }), tel: phone(g), mail: email(g, p), no: `${g.int(1, 9)}${num(g, 4)}`, card: `JK${num(g, 7)}` }; });

  // 1. Member register (UTF-8 `,`).
  {
    const f = 'jakt/medlemsregister.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Medlemsnr', 'Efternamn', 'Förnamn', 'Personnummer', 'Adress', 'Postnr', 'Ort', 'Mobil', 'E-post', 'Jaktkortsnr', 'Medlem sedan', 'Avgift betald']];
    for (const m of members) {
      C.joined(f, m.given, m.last);
      rows.push([n.id('member-number', m.no), m.last, m.given, T(R, 'personnummer', m.pn), street(rng), n.id('postcode', postcode(rng)), rng.pick(['Storvik', 'Kvarnbo', 'Bränna', 'Hällnäs']), T(R, 'phone', m.tel), rng.chance(0.75) ? T(R, 'email', m.mail) : '', n.id('hunting-card-number', m.card), String(rng.int(1965, 2026)), rng.pick(['J', 'J', 'N'])]);
    }
    put(C, f, csv(rows));
  }

  // 2. Game-kill reports (cp1252 `;`, title line).
  {
    const f = 'jakt/fallviltrapporter_2026.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Fällt vilt 2026 – rapporter till länsstyrelsen (export)'], ['Rapport-ID', 'Datum', 'Tid', 'Art', 'Kön', 'Ålder', 'Vikt (kg)', 'Skytt', 'Skyttens tel', 'Jaktlag', 'Jaktledare', 'Koordinat (SWEREF99)', 'Område']];
    for (let i = 0; i < 150; i++) {
      const m = rng.pick(members.filter((x) => /^[\x00-\xff]*$/.test(x.full))); const lead = rng.pick(board);
      rows.push([n.id('report-id', `FV-26-${num(rng, 5)}`), n.date(date(rng, '2026-09-01', '2026-11-22')), hhmm(rng), rng.pick(GAME), rng.pick(['hane', 'hona', 'kalv']), rng.pick(['kalv', '1,5 år', 'vuxen']), String(rng.int(15, 320)),
        TN(R, m, rng.pick(['full', 'surname-first'])), T(R, 'phone', m.tel), rng.pick(AREAS.slice(0, 4)), TN(R, lead, 'full', 'staff'), n.id('coordinates', sweref(rng)), alt(rng, () => n.look('lookalike-place', AREAS[4]), () => rng.pick(AREAS.slice(0, 4)))]);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 3. Shooting range booking log.
  {
    const f = 'jakt/skyttebana_bokningslogg.log'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (let i = 0; i < 190; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-04-01', '2026-11-22');
      L.push(`${d} ${hms(rng)} ${alt(rng,
        () => `INFO booking.created lane=${rng.int(1, 6)} member=${m.no} name="${TN(R, m, 'full')}" phone=${T(R, 'phone', m.tel)} weapon="${rng.pick(WEAPONS)}" serial=${n.id('weapon-serial', `${alnum(rng, 2)}${num(rng, 6)}`)}`,
        () => `INFO login user=${T(R, 'email', m.mail)} ip=${T(R, 'ip', ipVal(rng))}`,
        () => `WARN booking.cancelled member=${m.no} reason="${rng.pick(['sjuk', 'regn', 'ej betald avgift'])}"`,
        () => `INFO guest.registered host=${m.no} guest="${TN(R, person(rng), 'full')}" guest_pnr=${T(R, 'personnummer', pnr(rng, { minYear: 1960, maxYear: 2008 }))}`,
        () => `INFO gate.open code=${n.id('door-code', rng.digits(4))} by=${m.no}`,
        () => `DEBUG health ok upstream=${server(R, o, 0)}`)}`);
    }
    put(C, f, `${L.join('\n')}\n`);
  }

  // 4. Hunting-team workbook (.xlsx).
  {
    const f = 'jakt/jaktlag_2026-27.xlsx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const s1 = [['Jaktlag', 'Jaktledare', 'Mobil', 'Medlemmar']];
    for (const a of AREAS.slice(0, 4)) { const l = rng.pick(members); s1.push([a, TN(R, l, 'full'), T(R, 'phone', l.tel), String(rng.int(8, 24))]); }
    const s2 = [['Hundförare', 'Hund', 'Ras', 'Chipnr', 'Mobil']];
    for (let i = 0; i < 25; i++) { const m = rng.pick(members); s2.push([TN(R, m, rng.pick(['full', 'surname-first'])), n.look('dog-name', rng.pick(DOGS)), rng.pick(['jämthund', 'drever', 'gråhund', 'tax', 'beagle']), n.id('chip-number', `752098${num(rng, 9)}`), T(R, 'phone', m.tel)]); }
    const s3 = [['Pass', 'Namn', 'Dag', 'Personnummer', 'Vapen']];
    for (let i = 0; i < 70; i++) { const m = rng.pick(members); s3.push([`Pass ${rng.int(1, 30)}`, TN(R, m, 'full'), rng.pick(['lör', 'sön', 'mån']), T(R, 'personnummer', m.pn), rng.pick(WEAPONS)]); }
    put(C, f, xlsx([{ name: 'Jaktlag', rows: s1 }, { name: 'Hundförare', rows: s2 }, { name: 'Passlista', rows: s3 }], { creator: R.t('name', board[3].full, 'xlsx-creator') }));
  }

  // 5. Weapon-licence certificates (.docx).
  {
    const f = 'jakt/intyg_vapenlicens.docx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const ord = board[0];
    const blocks = [{ h: 'Intyg om aktiv jakt – för ansökan om vapenlicens' }];
    for (let i = 0; i < 18; i++) {
      const m = rng.pick(members);
      blocks.push({ h: `Intyg ${n.id('certificate-number', `${rng.int(2026, 2026)}/${num(rng, 3)}`)}` });
      blocks.push({ runs: ['Härmed intygas att ', TN(R, m, 'full'), `, personnummer `, T(R, 'personnummer', m.pn), `, är medlem i ${O.name} sedan ${rng.int(1980, 2024)} och deltar aktivt i jakt på ${rng.pick(GAME)} inom ${rng.pick(AREAS.slice(0, 4))}.`] });
      blocks.push(`Avsett vapen: ${rng.pick(WEAPONS)}. Jägarexamen nr ${n.id('exam-number', num(rng, 7))}.`);
    }
    blocks.push({ runs: ['Ort och datum: Storvik ', n.date(svDate(date(rng))), '   Underskrift: ', TN(R, ord, 'full', 'staff'), ', ordförande, ', T(R, 'phone', { ...ord.mob, subtype: 'staff-mobile' })] });
    blocks.push(footer(R, o, ['orgnr', 'pg']));
    put(C, f, docx(blocks, { creator: R.t('name', ord.full, 'docx-creator') }));
  }

  // 6. Members' mail (mbox).
  {
    const f = 'jakt/medlemsmejl.mbox'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 24; i++) {
      const m = rng.pick(members); const b = rng.pick(board); const d = date(rng, '2026-05-01', '2026-11-22');
      R.t('name', m.full, 'header-display'); T(R, 'email', m.mail);
      const text = alt(rng,
        () => [`Hej!`, `Jag har bytt nummer till ${T(R, 'phone', phone(rng, 'mobile'))}, kan ni uppdatera registret? Medlemsnr ${n.id('member-number', m.no)}.`, `/${TN(R, m, rng.pick(['full', 'lower']), 'signature')}`].join('\n'),
        () => [`Hej ${n.lone(b.first)},`, `Kan mitt barn ${TN(R, kin(rng, m), 'full')} (${T(R, 'personnummer', pnr(rng, { minYear: 2008, maxYear: 2012 }))}) följa med på ungdomsjakten?`, `Hälsningar ${TN(R, m, 'full', 'signature')}`].join('\n'),
        () => [`Hej,`, `Eftersök på älg ${svDate(d)}, skadskjuten vid ${n.id('coordinates', gps(rng))}. Hundförare ${TN(R, rng.pick(members), 'full')} kallad.`, `${TN(R, m, 'short', 'signature')}`, T(R, 'phone', m.tel)].join('\n'));
      msgs.push({ from: [m.full, m.mail.value], to: [['Styrelsen', role(R, o, 4)]], subject: rng.pick(['Nytt nummer', 'Ungdomsjakt', 'Eftersök', 'Medlemsavgift']), date: rfcDate(d, hms(rng)), id: `${alnum(rng, 13)}@${m.mail.value.split('@')[1]}`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
      if (rng.chance(0.5)) {
        const reply = [`Hej ${n.lone(m.first)}, tack – fixat.`, '', `Jaktvårdshälsningar`, TN(R, b, 'full', 'staff'), T(R, 'phone', { ...b.mob, subtype: 'staff-mobile' }), footer(R, o, ['orgnr', 'pg']), '', `Den ${svDate(d)} skrev ${m.full} <${m.mail.value}>:`, `> ${text.split('\n').join('\n> ')}`].join('\n');
        msgs.push({ from: [b.full, b.mail], to: [[m.full, m.mail.value]], subject: 'Re: ', date: rfcDate(d, '21:05:00'), id: `${alnum(rng, 12)}@${O.domain}`, text: reply, enc: 'qp' });
        R.t('email', b.mail, 'staff-work');
      }
    }
    put(C, f, mbox(msgs));
  }

  // 7. Board minutes (Markdown).
  {
    const f = 'jakt/styrelseprotokoll_2026.md'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (let k = 0; k < 6; k++) {
      const d = date(rng, '2026-01-15', '2026-11-20');
      L.push(`# Styrelsemöte ${svDate(d)}`, '', `**Närvarande:** ${board.slice(0, rng.int(4, 6)).map((b) => TN(R, b, 'full', 'staff')).join(', ')}`, '', '## Ärenden', '');
      for (let i = 0; i < 7; i++) {
        const m = rng.pick(members);
        L.push(`- ${alt(rng, () => `Ny medlem: ${TN(R, m, 'full')} (${T(R, 'personnummer', m.pn)}) – beviljas.`, () => `${TN(R, m, 'full')} utesluts p.g.a. obetald avgift tre år i rad.`, () => `Skottpengar räv utbetalas till ${TN(R, m, 'surname-first')}, ${n.amount(amount(rng, 100, 900))}.`, () => `Vandringspriset ${n.look('lookalike-trophy', rng.pick(LOOKALIKE.trophy))} tilldelas ${TN(R, m, 'full')}.`, () => `Skyttebanans miljötillstånd: ${n.lone(rng.pick(LONE))} kollar med kommunen.`, () => `Kassören rapporterar saldo ${n.amount(amount(rng, 20000, 90000))} på plusgiro ${R.n(null, 'plusgiro', o.pg)}.`)}`);
      }
      L.push('', `Justeras: ${TN(R, rng.pick(board), 'full', 'staff')}`, '');
    }
    put(C, f, `${L.join('\n')}\n`);
  }

  // 8. Tracking of wounded game (JSON).
  {
    const f = 'jakt/eftersok_nvr_2026.json'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 55; i++) {
      const sh = rng.pick(members); const handler = rng.pick(members);
      out.push({ id: n.id('report-id', `ES-${num(rng, 6)}`), date: date(rng, '2026-08-15', '2026-11-22'), species: rng.pick(GAME.slice(0, 5)), position: { wgs84: n.id('coordinates', gps(rng)) },
        shooter: { name: TN(R, sh, rng.pick(['full', 'caps'])), phone: T(R, 'phone', sh.tel) }, handler: { name: TN(R, handler, 'full'), phone: T(R, 'phone', handler.tel), dog: n.look('dog-name', rng.pick(DOGS)) },
        police: rng.chance(0.2) ? { notified: true, reference: n.id('police-report-number', `${num(rng, 4)}-${num(rng, 5)}-26`) } : { notified: false }, result: rng.pick(['avlivat', 'ej funnet', 'friskt']) });
    }
    put(C, f, jsonText({ krets: O.name, eftersok: out }));
  }

  // 9. Meeting and course calendar (.ics).
  {
    const f = 'jakt/kallelser.ics'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN'];
    for (let i = 0; i < 30; i++) {
      const b = rng.pick(board); const d = date(rng, '2026-11-25', '2027-05-30').replace(/-/g, '');
      L.push('BEGIN:VEVENT', `DTSTART:${d}T180000Z`, `UID:${alnum(rng, 26).toLowerCase()}@google.com`, `SUMMARY:${rng.pick(['Styrelsemöte', 'Jägarexamen teori', 'Skytte älgbana', 'Viltvårdsdag'])}`, `ORGANIZER;CN=${R.t('name', b.full, 'ics-cn')}:mailto:${R.t('email', b.mail, 'staff-work')}`);
      for (let k = 0; k < rng.int(1, 4); k++) { const m = rng.pick(members); L.push(`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=${R.t('name', m.full, 'ics-cn')};X-NUM-GUESTS=0:mailto:${T(R, 'email', m.mail)}`); }
      L.push(`DESCRIPTION:Anmälan till ${b.first} på ${T(R, 'phone', { ...b.mob, subtype: 'staff-mobile' })}. Plats: ${alt(rng, () => n.look('lookalike-building', 'Karl Gustavs skola'), () => 'Jaktstugan Myrängen')}`, 'END:VEVENT');
    }
    L.push('END:VCALENDAR');
    put(C, f, folded(L));
  }

  // 10. Members' vCards.
  {
    const f = 'jakt/medlemmar_kontakter.vcf'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (const m of rng.shuffle(members).slice(0, 45)) {
      L.push('BEGIN:VCARD', 'VERSION:2.1', `N;CHARSET=UTF-8:${m.last};${m.given};;;`, `FN;CHARSET=UTF-8:${R.t('name', m.full, 'vcard-fn')}`, `TEL;CELL:${T(R, 'phone', m.tel)}`, `EMAIL;PREF;INTERNET:${T(R, 'email', m.mail)}`, `NOTE:Medlemsnr ${n.id('member-number', m.no)}`, 'END:VCARD');
    }
    put(C, f, folded(L));
  }

  // 11. Shooting badge results (PDF).
  {
    const f = 'jakt/skyttemarken_resultat.pdf'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [{ text: 'Skyttemärken älgbana 2026 – resultatlista', size: 13, bold: true }, ''];
    for (let i = 0; i < 120; i++) {
      const m = rng.pick(members.filter((x) => /^[\x00-\xff]*$/.test(x.full)));
      L.push(`${n.date(dotDate(date(rng, '2026-05-01', '2026-09-30')))}  ${TN(R, m, rng.pick(['surname-first', 'full', 'surname-first-caps']))}  Serie ${rng.int(10, 20)}-${rng.int(10, 20)}-${rng.int(10, 20)}-${rng.int(10, 20)}  ${rng.pick(['Brons', 'Silver', 'Guld', 'Ej godkänd'])}  Kontrollant ${TN(R, rng.pick(board), 'initial', 'initial')}`);
    }
    L.push('', footer(R, o, ['orgnr', 'pg', 'switchboard']));
    put(C, f, pdfLines(L, { per: 50, title: 'Skyttemärken' }));
  }

  // 12. SMS call-outs (gateway log).
  {
    const f = 'jakt/sms_utskick.log'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (let i = 0; i < 150; i++) {
      const m = rng.pick(members); const d = date(rng, '2026-08-01', '2026-11-22');
      const to = T(R, 'phone', phone(rng, 'mobile', rng.pick(['plain46', 'plain46', 'e164'])));
      L.push(`${d}T${hms(rng)}Z sms-out to=${to} from=JVK text="${alt(rng, () => `Samling ${svDate(d)} kl 06:30 vid jaktstugan. /${board[0].first}`, () => `Eftersök pågår, hundförare ${TN(R, m, 'full')} på väg.`, () => 'Medlemsavgiften förfaller 30/11.', () => `Ny skytt i laget: ${TN(R, person(rng), 'full')}`)}" status=${rng.pick(['delivered', 'delivered', 'failed'])}`);
    }
    put(C, f, `${L.join('\n')}\n`);
  }
}
