// Ninth set — housing cooperative "BRF Sjöutsikten 4": member register .xlsx (split names), board minutes .docx with
// tables, repair requests (tab CSV), the board's WhatsApp group (Android export), contacts .vcf, AGM notice .pdf,
// a sublet application .eml with a .docx attachment.
import { Rng, W, put, cust, person, childOf, pnr, email, makePhone } from './lib.mjs';
import { nm, near, isoDate, hhmmss } from './near.mjs';
import { csv, whatsapp, vcf } from './fmt.mjs';
import { xlsx, docx, pdf, eml, rfcDate } from '../seventh/formats.mjs';

const D = 'brfsjoutsikten4.example';
const FIXES = ['Droppande kran i köket', 'Stopp i avloppet', 'Element kallt i sovrummet', 'Trasig dörrstängare', 'Fukt i badrummet', 'Balkongdörren går inte att låsa', 'Tvättstugan: maskin 2 trasig'];

export default function brf(C) {
  const r = new Rng('brf');
  const apts = Array.from({ length: 48 }, (_, i) => ({ nr: 1001 + i + Math.floor(i / 8) * 92, owners: Array.from({ length: r.chance(0.45) ? 2 : 1 }, () => cust(r, { pnr: { min: 1938, max: 2001 } })) }));
  const board = apts.slice(0, 6).map((a, i) => ({ ...a.owners[0], role: ['Ordförande', 'Kassör', 'Sekreterare', 'Ledamot', 'Ledamot', 'Suppleant'][i] }));
  const firm = (w) => near(w, 'company', `${r.pick(['Bröderna ', ''])}${person(r, { origin: 'swedish' }).last}s ${r.pick(['Rör AB', 'Bygg & Måleri AB', 'Elektriska AB', 'Fastighetsservice AB'])}`, 'name');
  const owner = (a) => a.owners[0];

  // 1. member register, split names
  { const w = W(C, 'brf/medlemsforteckning.xlsx'); const rows = [['Lgh', 'Andelstal', 'Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'E-post', 'Tillträde']];
    for (const a of apts) for (const o of a.owners) { w.joined(o.p.first, o.p.last); rows.push([a.nr, `${r.int(1, 3)},${r.digits(4)}`, o.p.first, o.p.last, w.pnr(o.pnr, r.pick(['long-dash', 'long', 'short'])), w.phone(o.ph, r.pick(['grouped', 'compact'])), r.chance(0.8) ? w.email(o.mail) : '', isoDate(r, 1998, 2026)]); }
    put(C, w.file, xlsx([{ name: 'Medlemmar', rows }, { name: 'Info', rows: [['BRF Sjöutsikten 4'], [`Org.nr ${nm(r, w, 'orgnr')}`], [`Bankgiro ${nm(r, w, 'bankgiro')}`]] }], { creator: w.name(board[1].p, 'full', 'staff') })); }

  // 2–3. board minutes
  for (const month of ['09', '10']) {
    const w = W(C, `brf/protokoll/styrelsemote-2026-${month}.docx`); const sec = board[2];
    const cases = Array.from({ length: 7 }, () => r.pick(apts));
    const blocks = [{ h: `Protokoll styrelsemöte BRF Sjöutsikten 4, 2026-${month}-${r.int(10, 28)}` },
      { table: [['Närvarande', 'Roll'], ...board.slice(0, 5).map((b) => [w.name(b.p, 'full', 'board'), b.role])] },
      `§1 Mötets öppnande. Ordföranden ${w.name(board[0].p, 'full', 'board')} öppnade mötet.`,
      `§2 Föregående protokoll lades till handlingarna. Justerare: ${w.name(board[3].p, 'initial', 'board')}.`,
      { h: '§3 Felanmälningar och reparationer' },
      { table: [['Lgh', 'Medlem', 'Ärende', 'Entreprenör', 'Kostnad'], ...cases.map((a) => [String(a.nr), w.name(owner(a).p, r.chance(0.3) ? 'reversed' : 'full'), r.pick(FIXES), firm(w), nm(r, w, 'amount')])] },
      `§4 Andrahandsuthyrning: ${w.name(owner(cases[0]).p)} ansöker om att hyra ut till ${w.name(person(r), 'full', 'tenant')} under ${r.int(6, 12)} månader. Beviljas.`,
      { runs: ['§5 Störningar: ', 'boende i lgh ', String(cases[1].nr), ' (', w.name(owner(cases[1]).p), ') har klagat på hög musik. Sekreteraren skickar brev.'] },
      `§6 Ekonomi: Kassören rapporterade saldo ${nm(r, w, 'amount')} på konto ${nm(r, w, 'account')}. Avgiftshöjning 3 % från ${nm(r, w, 'date')}.`,
      `§7 Nästa möte ${nm(r, w, 'date')} kl 19.00 i föreningslokalen, Strandpromenaden ${r.int(1, 9)}.`,
      `Vid protokollet: ${w.name(sec.p, 'full', 'board')}   Justeras: ${w.name(board[0].p, 'full', 'board')}`];
    put(C, w.file, docx(blocks, { creator: w.name(sec.p, 'full', 'board') }));
  }

  // 4. repair requests, tab-separated UTF-8
  { const w = W(C, 'brf/felanmalningar_2026.tsv'); const rows = [['Ärendenr', 'Inkom', 'Lgh', 'Anmälare', 'Telefon', 'E-post', 'Beskrivning', 'Tilldelad']];
    for (let i = 0; i < 140; i++) {
      const a = r.pick(apts); const o = r.pick(a.owners);
      rows.push([nm(r, w, 'ticket'), `${isoDate(r, 2026, 2026)} ${hhmmss(r)}`, String(a.nr), r.chance(0.15) ? w.name(o.p, 'caps') : w.name(o.p), w.phone(o.ph, r.pick(['grouped', 'compact', 'intl', 'dash'])), r.chance(0.5) ? w.email(o.mail) : '',
        `${r.pick(FIXES)}${r.chance(0.3) ? `. Nyckel finns hos grannen ${w.name(owner(r.pick(apts)).p)}` : ''}${r.chance(0.2) ? `. Hemma efter ${hhmmss(r).slice(0, 5)}` : ''}`, firm(w)]);
    }
    put(C, w.file, csv(rows, { sep: '\t', eol: '\n' })); }

  // 5. board WhatsApp (Android export)
  { const w = W(C, 'brf/WhatsApp-chatt med Styrelsen Sjöutsikten.txt'); const L = [];
    for (let i = 0; i < 130; i++) {
      const b = r.pick(board.slice(0, 5)); const a = r.pick(apts); const o = owner(a);
      const msg = r.pick([
        () => `${w.name(o.p)} i ${a.nr} ringde igen om vattenskadan, hennes nr ${w.phone(o.ph, 'spaced')}`,
        () => `Har pratat med ${firm(w)}, de kommer ${nm(r, w, 'date')}`,
        () => `${near(w, 'lone-first-name', r.pick(board).p.first, 'name')} har du nycklarna till förrådet?`,
        () => `ok`, () => `<Media omitted>`, () => `Vem tar städdagen?`,
        () => `sonen till ${w.name(o.p, 'lower')}, ${w.name(childOf(r, o.p), 'full', 'child')}, har ställt moped i cykelrummet igen`,
        () => `Mäklaren mejlade: ${w.email(email(r, person(r), { domain: 'maklarhuset.example' }), 'broker')} vill ha ${nm(r, w, 'orgnr')} + årsredovisning`,
      ])();
      L.push([`2026-${String(r.int(1, 10)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')} ${hhmmss(r)}`, w.name(b.p, 'full', 'chat-speaker'), msg]);
    }
    put(C, w.file, whatsapp(L.sort((x, y) => (x[0] < y[0] ? -1 : 1)), 'android')); }

  // 6. contacts
  { const w = W(C, 'brf/kontakter-styrelsen.vcf'); const cards = board.map((b) => ({ fn: w.name(b.p, 'full', 'board'), n: [b.p.last, b.p.first], tel: [['CELL', w.phone(b.ph, 'intl')]], email: [w.email(b.mail)], org: 'BRF Sjöutsikten 4', note: b.role }));
    for (let i = 0; i < 6; i++) { const c = cust(r); cards.push({ fn: w.name(c.p, 'full', 'contractor'), n: [c.p.last, c.p.first], org: firm(w), tel: [['WORK', near(w, 'switchboard', `0${r.pick(['31', '8', '40'])}-${r.digits(3)} ${r.digits(2)} 00`, 'phone')], ['CELL', w.phone(c.ph, 'grouped')]] }); }
    cards.push({ fn: 'Felanmälan Jour', n: ['Jour', 'Felanmälan'], tel: [['WORK', near(w, 'service-line', `020-${r.digits(3)} ${r.digits(3)}`, 'phone')]], email: [near(w, 'role_email', `felanmalan@${D}`, 'email')] });
    put(C, w.file, vcf(cards)); }

  // 7. AGM notice with motions (pdf, 3 pages)
  { const w = W(C, 'brf/kallelse-arsstamma-2026.pdf'); const cp = apts.filter((a) => a.owners.every((o) => /^[\x20-\xff]*$/.test(o.p.full)));
    const motion = (a) => [`Motion från ${w.name(owner(a).p)}, lgh ${a.nr}`, `Jag föreslår att föreningen ${r.pick(['sätter upp laddstolpar', 'byter porttelefon', 'bygger om tvättstugan', 'inför cykelrensning varje höst'])}.`, ''];
    put(C, w.file, pdf([[{ text: 'Kallelse till ordinarie föreningsstämma', size: 15, bold: true }, `BRF Sjöutsikten 4, org.nr ${nm(r, w, 'orgnr')}`, `Tid: ${nm(r, w, 'date')} kl 18.30`, '', 'Dagordning', ...['Val av ordförande', 'Val av justerare', 'Årsredovisning', 'Motioner', 'Val av styrelse'].map((x, i) => `${i + 1}. ${x}`)],
      [{ text: 'Motioner', size: 13, bold: true }, ...cp.slice(6, 10).flatMap(motion)],
      [{ text: 'Valberedningens förslag', size: 13, bold: true }, ...cp.slice(10, 14).map((a) => `${w.name(owner(a).p)} (lgh ${a.nr}) – ledamot, 2 år`), '', `Valberedningen: ${w.name(owner(cp[14]).p)}, ${w.phone(owner(cp[14]).ph, 'grouped')}`]], { title: 'Kallelse' })); }

  // 8. sublet application with .docx attachment
  { const w = W(C, 'brf/ansokan-andrahand-lgh.eml'); const a = apts[20]; const o = owner(a); const t = cust(r);
    const att = docx([{ h: 'Ansökan om upplåtelse i andra hand' }, { table: [['Bostadsrättshavare', w.name(o.p, 'full', 'attachment')], ['Personnummer', w.pnr(o.pnr, 'long-dash', 'attachment')], ['Andrahandshyresgäst', w.name(t.p, 'full', 'attachment')], ['Personnummer', w.pnr(t.pnr, 'short', 'attachment')], ['Telefon', w.phone(t.ph, 'grouped', 'attachment')], ['Skäl', 'Arbete på annan ort']] }]);
    put(C, w.file, eml({ from: [o.p.full, w.email(o.mail)], to: [['Styrelsen', near(w, 'role_email', `styrelsen@${D}`, 'email')]], subject: `Andrahandsuthyrning lgh ${a.nr}`, date: rfcDate('2026-09-14', '08:02:41'), id: `${r.digits(9)}@posten.example`,
      text: `Hej styrelsen,\n\nBifogar ansökan. Min sambo ${w.name(person(r), 'full', 'relative')} och jag flyttar till Umeå ett år.\n\nHälsningar\n${w.name(o.p)}`, attachments: [{ name: 'ansokan.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: att.bytes, text: att.text }] })); w.name(o.p); }
}
