// Ninth set — sports club "Vallby BK": member register (UTF-8 `,`, split names, juniors' guardians), match reports
// (.docx with line-up tables, .pdf), parents' WhatsApp group (iOS), coaches .xlsx, cup registration HTML-only .eml
// with a CSV attachment, the treasurer's SMS backup, web sign-up log (JSON Lines, IPs). Opponents are named like
// people (`IK Lindbergs`, `Bröderna Omma FF`) — near-misses.
import { Rng, W, put, cust, person, childOf, pnr, publicIp, privateIp, ipv6 } from './lib.mjs';
import { nm, near, isoDate, hhmmss } from './near.mjs';
import { csv, whatsapp, smsXml, jsonl, htmlMail, xmlEsc } from './fmt.mjs';
import { xlsx, docx, pdf, rfcDate } from '../seventh/formats.mjs';

const D = 'vallbybk.example';
const team = (r, w) => near(w, 'team', r.pick([`IK ${person(r, { origin: 'swedish' }).last}s`, `Bröderna ${person(r).last} FF`, `${person(r, { origin: 'swedish' }).full}s BK`]), 'name');
const latin = (s) => /^[\x20-\xff]*$/.test(s);

export default function idrott(C) {
  const r = new Rng('idrott');
  const juniors = Array.from({ length: 90 }, () => { const g = cust(r); const k = childOf(r, g.p); return { g, k, kpnr: pnr(r, { min: 2010, max: 2019 }), lag: r.pick(['P13', 'F13', 'P15', 'F11']) }; });
  const coaches = Array.from({ length: 8 }, () => cust(r, { cp1252: true }));

  // 1. members
  { const w = W(C, 'idrott/medlemsregister_2026.csv'); const rows = [['medlemsnr', 'fornamn', 'efternamn', 'fodd', 'lag', 'malsman', 'malsman_tel', 'malsman_epost', 'avgift_betald']];
    for (const j of juniors) { w.joined(j.k.first, j.k.last); rows.push([nm(r, w, 'member-number'), j.k.first, j.k.last, (juniors.indexOf(j) % 17 === 3 ? nm(r, w, 'bad-date') : w.pnr(j.kpnr, r.pick(['long', 'short', 'long-dash']), 'pnr-child')), j.lag, w.name(j.g.p, r.chance(0.2) ? 'lower' : 'full', 'guardian'), w.phone(j.g.ph, r.pick(['compact', 'grouped', 'e164', 'intl'])), r.chance(0.8) ? w.email(j.g.mail) : '', r.pick(['ja', 'nej', 'delvis'])]); }
    for (let i = 0; i < 40; i++) { const a = cust(r, { pnr: { min: 1950, max: 2004 } }); w.joined(a.p.first, a.p.last); rows.push([nm(r, w, 'member-number'), a.p.first, a.p.last, w.pnr(a.pnr, r.pick(['long', 'short'])), r.pick(['Veteran', 'A-lag', 'Stödmedlem']), '', w.phone(a.ph, 'compact'), w.email(a.mail), 'ja']); }
    put(C, w.file, csv(rows, { sep: ',', eol: '\n' })); }

  // 2–3. match reports (.docx)
  for (const lag of ['P13', 'F13']) {
    const w = W(C, `idrott/matchrapporter/${lag}-hemmamatch.docx`); const players = juniors.filter((j) => j.lag === lag).slice(0, 11); const coach = r.pick(coaches); const opp = team(r, w);
    put(C, w.file, docx([{ h: `Matchrapport Vallby BK ${lag} – ${opp}` }, `Datum ${nm(r, w, 'date')}, Vallby IP plan 2. Resultat ${r.int(0, 6)}–${r.int(0, 6)}.`,
      { table: [['Nr', 'Spelare', 'Position', 'Mål'], ...players.map((j, i) => [String(i + 1), w.name(j.k, r.chance(0.2) ? 'caps' : 'full', 'child'), r.pick(['MV', 'B', 'M', 'A']), String(r.int(0, 2))])] },
      `Tränare: ${w.name(coach.p, 'full', 'coach')}. Domare: ${w.name(person(r), 'full', 'referee')}.`,
      `Skada: ${w.name(players[2].k, 'full', 'child')} vred foten, pappa ${w.name(players[2].g.p, 'full', 'guardian')} hämtade. Olycksfallsanmälan ${nm(r, w, 'case-number')}.`,
      `Nästa match: borta mot ${team(r, w)} ${nm(r, w, 'date')}. Samling ${hhmmss(r).slice(0, 5)} vid klubbstugan.`], { creator: w.name(coach.p, 'full', 'coach') }));
  }

  // 4. parents' WhatsApp (iOS)
  { const w = W(C, 'idrott/WhatsApp Chat - F13 föräldrar.txt'); const grp = juniors.filter((j) => j.lag === 'F13'); const L = [];
    for (let i = 0; i < 150; i++) {
      const j = r.pick(grp); const o = r.pick(grp);
      const msg = r.pick([
        () => `${j.k.first} kan inte komma på lördag, hon är sjuk`,
        () => `Kan någon skjutsa ${w.name(o.k, 'full', 'child')} till ${team(r, w)}? Ring mig ${w.phone(j.g.ph, 'compact')}`,
        () => `Swisha kiosk-pengarna till ${nm(r, w, 'bankgiro')} (klubbens bankgiro)`,
        () => `Tack ${near(w, 'lone-first-name', r.pick(coaches).p.first, 'name')}!`,
        () => `‎bild utelämnad`, () => `Matchtröjorna ligger i bilen ${nm(r, w, 'plate')}`,
        () => `min sambo ${w.name(person(r, { origin: j.g.p.origin }), 'full', 'relative')} hämtar ${j.k.first} idag`,
      ])();
      L.push([`2026-${String(r.int(3, 10)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')} ${hhmmss(r)}`, w.name(j.g.p, 'full', 'chat-speaker'), msg]);
    }
    put(C, w.file, whatsapp(L.sort((a, b) => (a[0] < b[0] ? -1 : 1)), 'ios')); }

  // 5. coaches and leaders
  { const w = W(C, 'idrott/ledarlista-2026.xlsx'); const rows = [['Lag', 'Roll', 'Namn', 'Mobil', 'E-post', 'Belastningsregister uppvisat', 'Personnummer']];
    for (const c of coaches) rows.push([r.pick(['P13', 'F13', 'P15', 'F11', 'A-lag']), r.pick(['Huvudtränare', 'Assisterande', 'Lagledare', 'Materialare']), w.name(c.p, r.chance(0.3) ? 'reversed' : 'full', 'coach'), w.phone(c.ph, r.pick(['grouped', 'compact'])), w.email(c.mail), nm(r, w, 'date'), w.pnr(c.pnr, 'long-dash')]);
    put(C, w.file, xlsx([{ name: 'Ledare', rows }], { creator: 'Vallby BK kansli' })); }

  // 6. cup registration, HTML-only mail with CSV attachment
  { const w = W(C, 'idrott/anmalan-vallbycupen.eml'); const c = coaches[0]; const list = juniors.filter((j) => j.lag === 'P13').slice(0, 14);
    const att = csv([['Namn', 'Född', 'Målsman', 'Telefon'], ...list.map((j) => [w.name(j.k, 'full', 'attachment'), String(j.kpnr.y), w.name(j.g.p, 'full', 'attachment'), w.phone(j.g.ph, 'grouped', 'attachment')])], { sep: ';' });
    const h = `<html><body><table><tr><td><h2>Anmälan Vallbycupen 2026</h2><p>Lag: Vallby BK P13<br>Lagledare: <b>${xmlEsc(w.name(c.p, 'full', 'coach'))}</b><br>Mobil: ${w.phone(c.ph, 'intl')}<br>E-post: <a href="mailto:${c.mail}">${w.email(c.mail)}</a></p><p>Fakturaadress: ${xmlEsc(near(w, 'role_email', `kansli@${D}`, 'email'))}, org.nr ${nm(r, w, 'orgnr')}</p><p>Spelarlista bifogas.</p></td></tr></table></body></html>`;
    put(C, w.file, htmlMail({ from: [c.p.full, c.mail], to: [['Cupkansliet', near(w, 'role_email', 'cup@vallbycupen.example', 'email')]], subject: 'Anmälan P13', date: rfcDate('2026-04-02', '19:41:00'), id: `${r.digits(12)}@${D}`, html: h, enc: 'qp', attachments: [{ name: 'spelare.csv', type: 'text/csv', data: att.bytes, text: att.text }] }));
    w.name(c.p, 'full', 'coach'); }

  // 7. treasurer's SMS backup
  { const w = W(C, 'idrott/sms-kassor-backup.xml'); const msgs = []; let t = 1775000000000;
    for (let i = 0; i < 70; i++) {
      const j = r.pick(juniors); t += r.int(3600000, 9e7); const nm2 = latin(j.g.p.full) ? w.name(j.g.p, 'full', 'contact-name') : '(Unknown)';
      msgs.push({ address: w.phone(j.g.ph, r.pick(['e164', 'compact']), 'sms-address'), name: nm2, date: t, type: r.pick([1, 2]), readable: `${r.int(1, 28)} maj 2026 ${hhmmss(r)}`,
        body: r.pick([() => `Hej! Påminnelse om medlemsavgift för ${w.name(j.k, 'full', 'child')}: ${nm(r, w, 'amount')} till bankgiro ${nm(r, w, 'bankgiro')}. /Kassören`, () => `Betalat nu! OCR ${nm(r, w, 'ocr')}`, () => `Vi har syskonrabatt, ${j.k.first} och hennes bror`])() });
    }
    put(C, w.file, smsXml(msgs)); }

  // 8. web sign-up log
  { const w = W(C, 'idrott/webbanmalan-logg.jsonl'); const srv = nm(r, w, 'server-ip'); const out = [];
    for (const j of juniors.slice(0, 60)) { const k = r.weighted([['v4', 60], ['priv', 15], ['v6', 25]]);
      out.push({ ts: `${isoDate(r, 2026, 2026)}T${hhmmss(r)}Z`, form: 'medlemsansokan', remote_addr: k === 'v4' ? w.ip(publicIp(r)) : k === 'priv' ? w.ip(privateIp(r), 'private-ip') : w.ip(ipv6(r), 'ipv6'), host: srv,
        fields: { barn_namn: w.name(j.k, 'full', 'child'), barn_pnr: w.pnr(j.kpnr, 'long', 'pnr-child'), malsman: w.name(j.g.p, 'full', 'guardian'), telefon: w.phone(j.g.ph, 'compact'), epost: w.email(j.g.mail) }, ua: nm(r, w, 'user-agent') }); }
    put(C, w.file, jsonl(out)); }

  // 9. season report (pdf)
  { const w = W(C, 'idrott/verksamhetsberattelse-2026.pdf'); const cs = coaches.filter((c) => latin(c.p.full));
    put(C, w.file, pdf([[{ text: 'Vallby BK – Verksamhetsberättelse 2026', size: 15, bold: true }, '', `Ordförande: ${w.name(cs[0].p, 'full', 'board')}`, `Kassör: ${w.name(cs[1].p, 'full', 'board')}`, '', ...cs.map((c) => `Tack till ${w.name(c.p, 'full', 'coach')} för ett fint år!`)],
      ['Ekonomi', `Intäkter ${nm(r, w, 'amount')}, kostnader ${nm(r, w, 'amount')}.`, `Plusgiro ${nm(r, w, 'plusgiro')}`, '', `Årets ledare: ${w.name(cs[2].p, 'caps', 'coach')}`, `Vi mötte bl.a. ${team(r, w)} och ${team(r, w)}.`]], { title: 'Verksamhetsberättelse' })); }
}
