// Twenty-fifth blind set — a breed club's registry (kennel/): breeders, litters and puppy buyers, ownership transfers,
// show results and entries, the member service's mailbox, breeding council minutes, puppy buyers' vCards, a forum
// export, phone notes, health results and an HTML-only newsletter. Dogs' registered and call names, kennel names,
// registration, chip and tattoo numbers are near-misses — also the dogs named after famous Swedes.
import { Rng, F, org, mkPerson, person, people, kin, nameStyle, phoneFmt, phoneObj, phone, email, address, signature, footer,
  csv, xlsx, docx, mbox, pdfLines, folded, htmlEml, htmlEsc, xmlEsc, jsonText, put, putText, date, dotDate, hhmm, hms, isoTs, rfcDate, num, safe, alnum, svDate, amount, p2, letters, ascii } from './core.mjs';

const PREFIX = ['Fjällvindens', 'Myrstigens', 'Tjärnbackens', 'Lavskogens', 'Vinterljusets', 'Björnmossens', 'Snöbergets', 'Rimfrostens', 'Norrskenets', 'Älvdalsgårdens', 'Kallbäckens', 'Granhedens', 'Högfjällets', 'Tallmons'];
const CALL = ['Bamse', 'Doris', 'Greta', 'Harry', 'Sixten', 'Ronja', 'Vilma', 'Loke', 'Tyra', 'Frej', 'Saga', 'Ludde', 'Nova', 'Zorro', 'Elsa', 'Rambo', 'Majken', 'Otto', 'Bruno', 'Stina', 'Texas', 'Kaspar', 'Lycka', 'Polly'];
const THEME = ['Evert Taube', 'Karin Boye', 'Ingrid Bergman', 'Selma Lagerlöf', 'Greta Garbo', 'Nils Ferlin', 'Zarah Leander', 'Cornelis Vreeswijk', 'Birgit Nilsson', 'Ture Sventon'];
const WORDS = ['Nordanvind', 'Silverglans', 'Vildhjärta', 'Isbjörn', 'Stjärnfall', 'Midnattssol', 'Snöstorm', 'Blåbärstös', 'Kantarell', 'Hjortron', 'Myrlilja', 'Fjällräv'];
const JUDGES_CLUB = ['SKK', 'Svenska Fjällspetsklubben'];

export default function kennel(C) {
  const rng = new Rng('kennel');
  const o = org(rng, { name: 'Svenska Fjällspetsklubben', domain: 'fjallspets.se', area: '60', roles: ['medlemsservice', 'info', 'avel', 'utstallning', 'noreply'] });
  const officers = people(rng, 6, { cp1252: true }); const [ordf, sekr, avelsansv, uts, valpfor, kassor] = officers;
  const owners = []; for (let i = 0; i < 230; i++) { const m = mkPerson(rng, { minYear: 1945, maxYear: 2002, landline: 0.25 }); m.member = `${rng.int(10000, 39999)}`; owners.push(m); }
  const breeders = owners.slice(0, 40).map((m, i) => ({ ...m, kennel: PREFIX[i % PREFIX.length] + (i >= PREFIX.length ? ` ${['II', 'Nord', 'Syd'][Math.floor(i / PREFIX.length) - 1] ?? ''}`.trimEnd() : '') }));
  const dogName = (kn) => { const r = rng.next(); return r < 0.1 ? `${kn} ${rng.pick(THEME)}` : r < 0.55 ? `${kn} ${rng.pick(CALL)}` : `${kn} ${rng.pick(WORDS)}`; };
  const regNo = () => `SE${rng.int(10000, 69999)}/${rng.pick([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])}`;
  const chip = () => `752098${num(rng, 9)}`;
  const dogs = []; for (let i = 0; i < 260; i++) { const b = rng.pick(breeders); dogs.push({ name: dogName(b.kennel), call: rng.pick(CALL), reg: regNo(), chip: chip(), owner: rng.pick(owners), breeder: b, sex: rng.pick(['hane', 'tik']) }); }
  const D = (w, d) => w.n.id(/ (Evert|Karin|Ingrid|Selma|Greta|Nils|Zarah|Cornelis|Birgit|Ture) /.test(d.name) ? 'dog-name-person' : 'dog-name', d.name, 'name');
  const R = (w, d) => w.n.id('dog-reg-number', d.reg);
  const cpok = (s) => /^[\x20-\xff]*$/.test(s);

  // 1. breeder register: UTF-8 BOM ; CSV.
  {
    const f = 'kennel/uppfodarregister.csv'; const w = F(C, f, rng);
    const rows = [['Kennelnamn', 'Uppfödare', 'Meduppfödare', 'Medlemsnr', 'Personnummer', 'Adress', 'Postnr', 'Ort', 'Telefon', 'E-post', 'Kennelnamn registrerat', 'Antal kullar']];
    for (const b of breeders) {
      const a = address(w); const co = rng.chance(0.3) ? kin(rng, b) : null;
      rows.push([w.n.id('kennel-name', `Kennel ${b.kennel}`, 'name'), w.nm(b, rng.chance(0.2) ? 'surname-first' : 'full'), co ? w.nm(co) : '', b.member, rng.chance(0.15) ? w.n.masked() : w.pnOf(b), a.street, a.postcode, a.city,
        w.phOf(b.land && rng.chance(0.4) ? b.land : b.mob), w.emOf(b), w.n.date(date(rng, '1995-01-01', '2024-12-31')), rng.int(1, 22)]);
    }
    put(C, f, csv(rows, { sep: ';', bom: true }));
  }

  // 2. litters and puppy buyers (JSON).
  {
    const f = 'kennel/kullar_2026.json'; const w = F(C, f, rng);
    const litters = [];
    for (let i = 0; i < 27; i++) {
      const b = rng.pick(breeders); const sire = rng.pick(dogs.filter((d) => d.sex === 'hane')); const dam = rng.pick(dogs.filter((d) => d.sex === 'tik'));
      const born = date(rng, '2026-01-10', '2026-10-20');
      const pups = [];
      for (let k = 0; k < rng.int(3, 6); k++) {
        const buyer = rng.chance(0.85) ? rng.pick(owners.slice(40)) : null; const a = buyer ? address(w) : null;
        const pn = `${b.kennel} ${rng.pick([...CALL, ...WORDS])}`;
        pups.push({ regName: w.n.id('dog-name', pn, 'name'), regNo: w.n.id('dog-reg-number', `SE${rng.int(10000, 69999)}/2026`), chip: w.n.id('chip-number', chip()), sex: rng.pick(['hane', 'tik']), color: rng.pick(['vit', 'svart/vit', 'brunsvart', 'grå']),
          buyer: buyer ? { name: w.nm(buyer, rng.chance(0.1) ? 'caps' : 'full'), personalNo: rng.chance(0.6) ? w.pnOf(buyer, 'long') : null, phone: w.phOf(buyer.mob, rng.pick(['e164', 'compact', 'grouped'])), email: rng.chance(0.8) ? w.emOf(buyer) : null, address: `${a.street}, ${a.postcode} ${a.city}` } : null,
          callName: w.n.id('dog-call-name', rng.pick(CALL), 'name') });
      }
      litters.push({ litterId: w.n.id('litter-id', `K-2026-${num(rng, 4)}`), kennel: w.n.id('kennel-name', b.kennel, 'name'), born,
        breeder: { name: w.nm(b), memberNo: b.member, phone: w.phOf(b.mob, 'intl') }, sire: { regName: D(w, sire), regNo: R(w, sire), owner: w.nm(sire.owner) }, dam: { regName: D(w, dam), regNo: R(w, dam) },
        registeredBy: w.nm(rng.pick([valpfor, sekr]), 'full', 'staff'), puppies: pups });
    }
    putText(C, f, jsonText({ club: o.name, generated: '2026-11-20T05:00:00+01:00', litters }, 1));
  }

  // 3. ownership transfers (XML, split names).
  {
    const f = 'kennel/agarbyten_2026.xml'; const w = F(C, f, rng);
    const out = ['<?xml version="1.0" encoding="utf-8"?>', '<Agarbyten xmlns="urn:fjallspets:register:1.2">'];
    for (let i = 0; i < 75; i++) {
      const d = rng.pick(dogs); const seller = d.owner; const buyer = rng.pick(owners);
      const pe = (tag, p) => [`    <${tag}>`, `      <Fornamn>${xmlEsc(p.given)}</Fornamn>`, `      <Efternamn>${xmlEsc(p.last)}</Efternamn>`, `      <Personnummer>${w.pnOf(p, rng.pick(['long', 'short']))}</Personnummer>`,
        `      <Telefon>${w.phOf(p.mob, rng.pick(['compact', 'e164']))}</Telefon>`, `      <Medlemsnummer>${p.member}</Medlemsnummer>`, `    </${tag}>`];
      out.push(`  <Agarbyte id="${w.n.id('transfer-id', `AB${num(rng, 7)}`)}" datum="${date(rng)}">`, `    <Hund regnr="${R(w, d)}" chip="${w.n.id('chip-number', d.chip)}">${xmlEsc(D(w, d))}</Hund>`, ...pe('Saljare', seller), ...pe('Kopare', buyer),
        `    <Handlaggare>${xmlEsc(w.nm(sekr, 'full', 'staff'))}</Handlaggare>`, '  </Agarbyte>');
      w.join(seller); w.join(buyer);
    }
    out.push('</Agarbyten>');
    putText(C, f, `${out.join('\n')}\n`);
  }

  // 4. show results (PDF).
  {
    const f = 'kennel/utstallning_resultat_Sundsvall_2026.pdf'; const w = F(C, f, rng);
    const judges = people(rng, 2, { cp1252: true });
    const lines = [{ text: 'Officiella resultat – Rasspecial Sundsvall 13 juni 2026', size: 13, bold: true }, `Domare: ${w.nm(judges[0], 'full', 'judge')} (hanar), ${w.nm(judges[1], 'full', 'judge')} (tikar)`, `Ringsekreterare: ${w.nm(uts, 'full', 'staff')}`, ''];
    for (const klass of ['Valpklass 6-9 mån', 'Juniorklass', 'Unghundsklass', 'Öppen klass', 'Championklass', 'Veteranklass']) {
      lines.push({ text: klass, bold: true });
      for (let k = 0; k < 17; k++) {
        const d = rng.pick(dogs); if (!cpok(d.owner.full) || !cpok(d.breeder.full)) continue;
        lines.push(`${k + 1}. ${D(w, d)} ${R(w, d)}  ${rng.pick(['EXC', 'EXC', 'VG', 'G', 'CK', 'BIR', 'BIM', 'Ej placerad'])}`);
        lines.push(`    Äg: ${w.nm(d.owner, rng.chance(0.6) ? 'full' : 'surname-first')}, ${d.owner === d.breeder ? 'egen uppf.' : `Uppf: ${w.nm(d.breeder)}`}`);
      }
    }
    lines.push('', footer(w, o, ['orgnr', 'pg']));
    put(C, f, pdfLines(lines, { title: 'Resultat Sundsvall 2026' }));
  }

  // 5. show entries (.xlsx).
  {
    const f = 'kennel/utstallning_anmalningar.xlsx'; const w = F(C, f, rng);
    const sheets = [];
    for (const nm of ['Sundsvall 2026-06-13', 'Luleå 2026-08-22', 'Östersund 2026-09-19']) {
      const rows = [['Katalognr', 'Hund', 'Regnr', 'Kön', 'Klass', 'Ägare', 'Telefon', 'E-post', 'Betalt', 'Betalningsref']];
      for (let k = 0; k < 40; k++) {
        const d = rng.pick(dogs);
        rows.push([k + 1, D(w, d), R(w, d), d.sex, rng.pick(['valp', 'junior', 'unghund', 'öppen', 'champion', 'veteran']), w.nm(d.owner), w.phOf(d.owner.mob), rng.chance(0.7) ? w.emOf(d.owner) : '', rng.pick([350, 400, 450]), w.n.ocr()]);
      }
      sheets.push({ name: nm, rows });
    }
    put(C, f, xlsx(sheets, { creator: w.nm(uts, 'full', 'xlsx-creator') }));
  }

  // 6. member service mailbox.
  {
    const f = 'kennel/medlemsservice.mbox'; const w = F(C, f, rng);
    const msgs = [];
    for (let i = 0; i < 30; i++) {
      const m = rng.pick(owners); const d = date(rng, '2026-02-01', '2026-11-20'); const dog = rng.pick(dogs);
      const t = rng.pick([
        () => ['Ägarbyte', `Hej!\n\nJag har köpt ${D(w, dog)} (${R(w, dog)}) av ${w.nm(dog.owner)} men ägarbytet syns inte i registret än. Mitt medlemsnummer är ${m.member}.\n`],
        () => ['Valpförfrågan', `Hej,\n\nvi är en familj på fyra som söker en fjällspetsvalp. Vi har haft hund förut (${w.n.id('dog-call-name', rng.pick(CALL), 'name')}, gick bort i våras). Ring gärna ${w.phOf(m.mob)}.\n`],
        () => ['Fel i stamtavlan', `Hej!\nI stamtavlan för ${D(w, dog)} står fel uppfödare, det ska vara ${w.nm(dog.breeder)} och inte ${w.n.id('kennel-name', `Kennel ${dog.breeder.kennel}`, 'name')}s gamla adress.\n`],
        () => ['Medlemsavgift', `Hej. Jag har betalat medlemsavgiften till pg ${w.n.id('plusgiro', o.pg)} men fått påminnelse. Mitt personnummer: ${w.pnOf(m)}\n`],
      ])();
      const fromName = w.nm(m, 'full', 'header-display');
      msgs.push({ from: [fromName, w.emOf(m)], to: [['Medlemsservice', w.n.role(o.roles[0])]], subject: t[0], date: rfcDate(d, hms(rng)), id: `${alnum(rng, 12)}@${m.email.split('@')[1]}`,
        text: `${t[1]}\n${rng.pick(['Mvh', 'Hälsningar', 'Vänliga hälsningar'])}\n${w.nm(m, rng.chance(0.2) ? 'lower' : 'full', 'signature')}`, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Thu Nov 19 19:00:00 2026' });
      if (rng.chance(0.6)) {
        const st = rng.pick([sekr, valpfor, kassor]);
        const reply = `Hej ${w.n.lone(m.first)},\n\n${rng.pick(['Nu är det rättat.', 'Jag har skickat din förfrågan vidare till valpförmedlingen.', 'Vi ser över det och återkommer.'])}\n\n${signature(w, st, o, st === valpfor ? 'Valpförmedlare' : st === kassor ? 'Kassör' : 'Sekreterare', { direct: false, mobile: true, work: true })}\n\n-----Ursprungligt meddelande-----\nFrån: ${fromName} <${m.email}>\nSkickat: ${svDate(d)}\n\n${t[1]}`;
        msgs.push({ from: [w.nm(st, 'full', 'staff'), w.work(st, o.domain)], to: [[fromName, m.email]], subject: `SV: ${t[0]}`, date: rfcDate(d, hms(rng)), id: `${alnum(rng, 14)}@fjallspets.se`, text: reply, enc: 'qp', mboxDate: 'Thu Nov 19 19:00:00 2026' });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 7. breeding council minutes (.docx).
  {
    const f = 'kennel/avelsradet_protokoll_2026-09.docx'; const w = F(C, f, rng);
    const council = people(rng, 3, { cp1252: false });
    const blocks = [{ h: 'Avelsrådet – protokoll 2026-09-08 (Teams)' }, `Närvarande: ${w.nm(avelsansv, 'full', 'staff')} (sammankallande), ${council.map((p) => w.nm(p)).join(', ')}`, { h: '1. Parningsförfrågningar' }];
    const tbl = [['Tik', 'Regnr', 'Hane', 'Uppfödare', 'Beslut']];
    for (let i = 0; i < 16; i++) { const t = rng.pick(dogs); const h = rng.pick(dogs); tbl.push([D(w, t), R(w, t), D(w, h), w.nm(t.breeder), rng.pick(['Rekommenderas', 'Avråds (HD)', 'Avråds (släktskap 9,4 %)', 'Bordläggs'])]); }
    blocks.push({ table: tbl }, { h: '2. Ögonlysning' });
    for (let i = 0; i < 6; i++) { const d = rng.pick(dogs); blocks.push({ runs: ['Ägaren ', w.nm(d.owner), ` (${w.phOf(d.owner.mob)}) har anmält att `, D(w, d), ` fått diagnosen ${rng.pick(['katarakt', 'PRA', 'distichiasis'])}. `, `Uppfödaren ${w.nm(d.breeder)} ska kontaktas.`] }); }
    blocks.push({ h: '3. Övrigt' }, `Nästa möte: ${svDate('2026-11-10')}. Justeras av ${w.nm(council[0])}.`);
    put(C, f, docx(blocks, { creator: w.nm(avelsansv, 'full', 'docx-creator') }));
  }

  // 8. puppy buyers' vCards.
  {
    const f = 'kennel/valpkopare.vcf'; const w = F(C, f, rng);
    const L = [];
    for (let i = 0; i < 60; i++) {
      const m = rng.pick(owners); const a = address(w);
      L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${m.last};${m.given};;;`, `FN:${w.nm(m, 'full', 'vcard-fn')}`, `TEL;TYPE=CELL:${w.phOf(m.mob, rng.pick(['e164', 'intl', 'compact']))}`,
        ...(m.land ? [`TEL;TYPE=HOME:${w.phOf(m.land, 'dash')}`] : []), `EMAIL;TYPE=INTERNET:${w.emOf(m)}`, `ADR;TYPE=HOME:;;${a.street};${a.city};;${a.postcode};Sverige`,
        `NOTE:Köpte ${D(w, rng.pick(dogs))} ${date(rng, '2024-01-01', '2026-11-01')}. Kontakt via ${w.nm(rng.pick(breeders))}.`, `CATEGORIES:Valpköpare`, 'END:VCARD');
    }
    put(C, f, folded(L));
  }

  // 9. forum export (NDJSON).
  {
    const f = 'kennel/forum_export.ndjson'; const w = F(C, f, rng);
    const lines = [];
    for (let i = 0; i < 140; i++) {
      const m = rng.pick(owners); const d = date(rng, '2025-11-01', '2026-11-20'); const dog = rng.pick(dogs);
      const handle = w.n.id('handle', `${ascii(m.first).replace(/[ -]/g, '')}${rng.pick(['_fjall', 'spets', '', '84', '_kennel'])}${rng.int(1, 99)}`);
      const body = rng.pick([
        () => `Någon som vet hur ${D(w, dog)} mår efter operationen? Hälsa ${w.nm(dog.owner)}!`,
        () => `Vi har också haft problem med tassarna. Ring mig gärna, ${w.phOf(m.mob)} /${w.n.lone(m.first)}`,
        () => `Grattis till BIR i Luleå, ${w.n.lone()}!`,
        () => `Säljer hundbur, 600 kr. Hämtas i ${rng.pick(['Umeå', 'Sundsvall', 'Kiruna', 'Gävle'])}. Mejla ${w.emOf(m)}`,
        () => `Mvh ${w.nm(m, rng.chance(0.4) ? 'lower' : 'full', 'signature')}, ägare till ${D(w, dog)}`,
      ])();
      const rec = { postId: num(rng, 7), thread: rng.pick(['Hälsa & sjukdomar', 'Valpar', 'Utställning', 'Köp & sälj', 'Allmänt']), created: isoTs(rng, d), author: { username: handle, displayName: rng.chance(0.4) ? w.nm(m, 'full', 'display-name') : handle }, body, ip: w.ip() };
      lines.push(JSON.stringify(rec));
    }
    putText(C, f, `${lines.join('\n')}\n`);
  }

  // 10. phone notes.
  {
    const f = 'kennel/telefonanteckningar.txt'; const w = F(C, f, rng);
    const out = [`Telefonlogg medlemsservice – ${w.nm(sekr, 'full', 'staff')}`, ''];
    for (let i = 0; i < 70; i++) {
      const m = rng.pick(owners); const d = rng.pick(dogs);
      const N = () => w.nm(m, rng.weighted([['full', 40], ['lower', 35], ['surname-first', 15], ['caps', 10]]));
      out.push(`${dotDate(date(rng, '2026-05-01', '2026-11-24'))} ${rng.pick([
        () => `${N()} ringde (${w.phOf(m.mob, rng.pick(['compact', 'slash', 'dots', 'grouped']))}) - vill ha kopia på stamtavla för ${D(w, d)}`,
        () => `samtal m ${N()} om valp, hänvisad till ${w.nm(valpfor, 'full', 'staff')}`,
        () => `${N()} pnr ${w.pnOf(m, 'short')}, adressändring`,
        () => `${w.n.surname()} ringde igen om HD-resultatet, ej klart`,
        () => `Ring tillbaka till ${N()} ang. ${R(w, d)}, hunden heter ${w.n.id('dog-call-name', d.call, 'name')}`,
        () => `${N()} klagar på domaren i Östersund. Sa att hon ska skriva till ${w.n.role(o.roles[3])}`,
      ])()}`);
    }
    putText(C, f, `${out.join('\n')}\n`);
  }

  // 11. health results (TSV).
  {
    const f = 'kennel/hd_ed_ogon_2026.tsv'; const w = F(C, f, rng);
    const L = [['Regnr', 'Namn', 'Tatuering/chip', 'HD', 'ED', 'Ögon', 'Undersökt', 'Ägare', 'Ägarens tel'].join('\t')];
    for (let i = 0; i < 130; i++) {
      const d = rng.pick(dogs);
      L.push([R(w, d), D(w, d), rng.chance(0.15) ? w.n.id('tattoo', `${letters(rng, 3)}${rng.int(100, 999)}`) : w.n.id('chip-number', d.chip), rng.pick(['A', 'A', 'B', 'C', 'D']), rng.pick(['0', '0', '1']), rng.pick(['UA', 'UA', 'Katarakt', 'PRA misstänkt']), date(rng, '2025-06-01', '2026-11-15'),
        w.nm(d.owner, rng.chance(0.5) ? 'surname-first' : 'full'), w.phOf(d.owner.mob, 'grouped')].join('\t'));
    }
    putText(C, f, `${L.join('\n')}\n`);
  }

  // 12. HTML-only newsletter (.eml).
  {
    const f = 'kennel/nyhetsbrev_oktober_2026.eml'; const w = F(C, f, rng);
    const items = [];
    for (let i = 0; i < 12; i++) { const d = rng.pick(dogs); items.push(`<li>${htmlEsc(D(w, d))} – ${rng.pick(['nytt SE UCH', 'BIR Luleå', 'godkänd viltspår', 'Årets veteran'])}, äg. ${htmlEsc(w.nm(d.owner))}</li>`); }
    const html = `<html><body><h1>Fjällspetsnytt oktober 2026</h1><p>Hej alla medlemmar!</p><h2>Grattis till</h2><ul>${items.join('')}</ul>
<h2>Styrelsen</h2><table>${officers.map((p, i) => `<tr><td>${['Ordförande', 'Sekreterare', 'Avelsansvarig', 'Utställningsansvarig', 'Valpförmedling', 'Kassör'][i]}</td><td>${htmlEsc(w.nm(p, 'full', 'staff'))}</td><td>${w.ph('mobile', undefined, 'staff-mobile')}</td><td>${w.work(p, o.domain)}</td></tr>`).join('')}</table>
<p>Vill du inte ha fler nyhetsbrev? Mejla <a href="mailto:${w.n.role(o.roles[1])}">${o.roles[1]}</a>.</p><p>${htmlEsc(footer(w, o, ['orgnr', 'pg']))}</p></body></html>`;
    put(C, f, htmlEml({ from: ['Svenska Fjällspetsklubben', w.n.role(o.roles[4])], to: [['Medlemmar', w.n.role(`medlemmar@lists.${o.domain}`)]], subject: 'Fjällspetsnytt oktober 2026', date: rfcDate('2026-10-28', '18:00:00'), id: `nl-2026-10.${alnum(rng, 8)}@fjallspets.se`, html, enc: 'qp' }));
  }
}
