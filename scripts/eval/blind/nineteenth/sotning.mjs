// Nineteenth blind set — Roslagens Sotning & Brandskydd AB, the municipality's chimney-sweep contractor. Property
// register (cp1252 `;` CSV with title lines above the header, owners surname first in capitals), visit notices (a
// print file), fire-safety inspection protocols (PDF), SMS send list (CSV), owners' mail (mbox), web rebooking events
// (NDJSON), sweepers' diaries (Markdown), the report to the fire service (.xlsx), a decision letter on self-sweeping
// (.docx), a Jira Service Management export (CSV with multi-line descriptions), vCards and the route plan (JSON).
import { Rng, org, customers, people, kin, nears, N, P_, T_, F_, M_, I_, pnrFmt, mobile, landline, workEmail, footer, role, server, csv, xlsx, docx, pdfLines, mbox, rfcDate, htmlEsc, xmlEsc, jsonText, date, hhmm, isoTs, dotDate, kr, ocr, num, alnum, street, postcode, msgId, cp1252ok, folded, addDays, svDate, fastighet, oldPnr, STOVES, LOOKALIKE, LOWER_WORDS } from './core.mjs';

const ORTER = ['NORRTÄLJE', 'RIMBO', 'HALLSTAVIK', 'GRISSLEHAMN', 'ÄLMSTA', 'EDSBRO', 'RÅDMANSÖ', 'BLIDÖ'];
const FAULTS = ['Sotlucka otät', 'Takstege saknas', 'Skorsten spricka ovan tak', 'Glappande rökrör', 'Avstånd till brännbart < 100 mm', 'Gnistgaller saknas', 'Förhöjd yttemperatur vid bjälklag', 'Beläggning klass 3 i rökkanal', 'Insatsrör korroderat', 'Eldstadens dörr sluter dåligt'];

export default function build(C) {
  const b = new Rng('sotning/base');
  const O = org(b, { name: 'Roslagens Sotning & Brandskydd AB', domain: 'roslagssot.se', area: '176', roles: ['kundtjanst', 'info', 'noreply', 'bokning', 'faktura'] });
  const owners = customers(b, 460, { minYear: 1928, maxYear: 1998 });
  for (const o of owners.slice(0, 12)) o.pn = oldPnr(b);
  for (const o of owners) { o.fast = fastighet(b); o.obj = `${num(b, 6)}-${b.int(1, 3)}`; o.stove = b.pick(STOVES); if (b.chance(0.35)) { const k = kin(b, o); o.co = { ...k, pn: customers(b, 1, { origin: o.origin, minYear: 1930, maxYear: 1999 })[0].pn }; } }
  const sweepers = people(b, 14, { middle: 0.05 }).map((p) => ({ ...p, mob: mobile(b), mail: workEmail(p, O.domain), cert: `${b.pick(['SOT', 'BSK'])}-${num(b, 5)}` }));
  const office = people(b, 5).map((p) => ({ ...p, direct: landline(b), mail: workEmail(p, O.domain) }));
  const cpOwners = owners.filter((o) => cp1252ok(o.full + (o.co?.full ?? '')));

  // 1. property register: title lines, cp1252, surname-first caps
  {
    const F = 'sotning/sotningsregister_norrtalje_2026.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Sotningsregister Norrtälje kommun', '', '', '', '', '', '', '', '', '', ''], [`Utskrivet ${'2026-11-24'} av ${N(R, office[0], 'full', 'staff')}`, '', '', '', '', '', '', '', '', '', ''], [],
      ['Fastighetsbeteckning', 'Objekt-ID', 'Adress', 'Ort', 'Ägare 1', 'Pnr/Orgnr ägare 1', 'Ägare 2', 'Pnr ägare 2', 'Telefon', 'Eldstad', 'Frist']];
    for (const o of rng.shuffle(cpOwners).slice(0, 170)) {
      const company = rng.chance(0.05);
      rows.push([nm.id('property-designation', o.fast), nm.id('object-id', o.obj), street(rng).toUpperCase(), rng.pick(ORTER),
        company ? nm.look('company', rng.pick(['Brf Sjöutsikten', 'Rimbo Hyresfastigheter AB', 'Roslagsbostäder AB', 'Stiftelsen Gräddö Skola'])) : N(R, o, rng.pick(['surname-first-caps', 'surname-first-caps', 'surname-first-nocomma-caps'])),
        company ? nm.orgnr() : P_(R, rng, o.pn, rng.pick(['long', 'short', 'long-dash'])), !company && o.co ? N(R, o.co, 'surname-first-caps') : '', !company && o.co ? P_(R, rng, o.co.pn, 'long') : '',
        rng.chance(0.8) ? T_(R, rng, rng.chance(0.5) && o.land ? o.land : o.mob, rng.pick(['compact', 'dash', 'grouped'])) : '', nm.look('product', o.stove), rng.pick(['1 år', '2 år', '3 år', '4 år', '6 år'])]);
    }
    const w = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(F, w.bytes, w.text);
  }

  // 2. visit notices (print file for the mail house)
  {
    const F = 'sotning/aviseringar_v48_tryckfil.txt'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (const o of rng.shuffle(owners).slice(0, 60)) {
      const sw = rng.pick(sweepers); const d = date(rng, '2026-11-23', '2026-11-27');
      L.push('\f', `${O.name.toUpperCase()}`, `${'Box 114'}, 761 21 NORRTÄLJE`, '', '', `${N(R, o, rng.pick(['caps', 'full']))}${o.co && rng.chance(0.6) ? ` och ${N(R, o.co, 'caps')}` : ''}`, street(rng).toUpperCase(), `${postcode(rng)} ${rng.pick(ORTER)}`, '',
        `Fastighet: ${nm.id('property-designation', o.fast)}            Objekt: ${nm.id('object-id', o.obj)}`, '', 'AVISERING - SOTNING OCH BRANDSKYDDSKONTROLL', '',
        `Vi kommer den ${svDate(d)} mellan kl ${hhmm(rng, 7, 12)} och ${hhmm(rng, 13, 16)}.`, `Er sotare: ${N(R, sw, 'full', 'staff')}, mobil ${T_(R, rng, sw.mob, 'grouped', 'staff-mobile')}.`,
        'Passar tiden inte? Boka om senast två dagar innan på roslagssot.se/omboka', `eller ring ${R.n('phone', 'switchboard', O.switchboard)} vardagar 8-12.`, 'Se till att stege och takbrygga är i ordning.', '', footer(R, O, ['orgnr', 'bg']), '');
    }
    C.put(F, `${L.join('\r\n')}\r\n`);
  }

  // 3. inspection protocols (PDF)
  {
    const F = 'sotning/protokoll_brandskyddskontroll_november.pdf'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const lines = [];
    for (const o of rng.shuffle(cpOwners).slice(0, 22)) {
      const sw = rng.pick(sweepers.filter((s) => cp1252ok(s.full))); const d = date(rng, '2026-11-02', '2026-11-20'); const n = rng.int(0, 3);
      lines.push({ text: 'PROTOKOLL BRANDSKYDDSKONTROLL (LSO 3 kap. 7 §)', bold: true, size: 12 }, `Protokollnr ${nm.id('protocol-number', `BSK-2026-${num(rng, 5)}`)}   Datum ${d}`, '',
        `Fastighetsbeteckning: ${nm.id('property-designation', o.fast)}`, `Ägare: ${N(R, o, rng.pick(['surname-first-caps', 'full']))}   Pnr: ${P_(R, rng, o.pn, rng.pick(['short', 'long']))}`,
        ...(o.co ? [`Delägare: ${N(R, o.co, 'full', 'co-owner')}`] : []), `Närvarande vid kontroll: ${rng.chance(0.6) ? N(R, o, 'short', 'running-text') : rng.chance(0.5) ? N(R, kin(rng, o, { cp1252: true }), 'full', 'relative') : 'ingen'}`,
        `Objekt: ${nm.id('object-id', o.obj)}  ${nm.look('product', o.stove)}  Bränsle: ${rng.pick(['ved', 'pellets', 'olja'])}`, '', { text: 'Brister', bold: true });
      if (!n) lines.push('Inga brister noterade.');
      for (let i = 0; i < n; i++) lines.push(`${i + 1}. ${rng.pick(FAULTS)} - åtgärdas före nästa eldning`);
      lines.push('', `Kontrollen utförd av ${N(R, sw, rng.pick(['full', 'initial']), 'staff')}, behörig skorstensfejartekniker, beh.nr ${nm.id('certificate', sw.cert)}`, `Kopia till räddningstjänsten. Frågor: ${R.n('phone', 'switchboard', O.switchboard)}`);
      while (lines.length % 24) lines.push('');
    }
    const w = pdfLines(lines, { per: 24, title: 'Protokoll BSK' }); C.put(F, w.bytes, w.text);
  }

  // 4. SMS send list (CSV, gateway numbers)
  {
    const F = 'sotning/sms_utskick_2026-11-20.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Mottagare', 'Namn', 'Meddelande', 'Skickat', 'Status', 'Kostnad']];
    for (const o of rng.shuffle(owners).slice(0, 150)) {
      const d = date(rng, '2026-11-16', '2026-11-20');
      rows.push([T_(R, rng, o.mob, 'plain46'), rng.chance(0.7) ? N(R, o, 'short') : '', `Hej${rng.chance(0.5) ? ` ${nm.lone(o.first)}` : ''}! Sotaren kommer till ${nm.id('property-designation', o.fast)} ${nm.date(dotDate(addDays(d, 5)))}. Vid frågor ring ${R.n('phone', 'switchboard', O.switchboard)}. /Roslagens Sotning`,
        `${d} ${hhmm(rng)}`, rng.pick(['Levererat', 'Levererat', 'Levererat', 'Ej levererat', 'Väntar']), '0,45']);
    }
    const w = csv(rows, { sep: ',', eol: '\n' }); C.put(F, w.bytes, w.text);
  }

  // 5. owners' mail
  {
    const F = 'sotning/kundtjanst_inkorg.mbox'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const msgs = [];
    for (let i = 0; i < 28; i++) {
      const o = rng.pick(owners); const s = rng.pick(office); const d = date(rng, '2026-10-01', '2026-11-24'); const child = kin(rng, o); const cmail = mailOf(rng, child);
      const k = rng.int(0, 3);
      const onBehalf = k >= 2;
      const from = onBehalf ? [child.full, cmail] : [o.full, o.mail];
      const text = [
        () => `Hej!\nVi är bortresta v.48, kan ni komma en annan vecka? Fastighet ${nm.id('property-designation', o.fast)}.\nMvh ${N(R, o, 'full', 'signature')}\n${T_(R, rng, o.mob)}`,
        () => `Hej, varför ska jag betala ${nm.amount(`${kr(rng, 600, 1800)} kr`)} när ni inte ens gick upp på taket??? Faktura ${nm.id('invoice-number', num(rng, 8))}, OCR ${nm.id('ocr', ocr(rng))}.\n${N(R, o, 'lower', 'signature')}`,
        () => `Hej\nJag skriver för min mamma ${N(R, o, 'full', 'running-text')} (${P_(R, rng, o.pn)}) som är 9${rng.int(0, 6)} år och inte kan läsa mejl. Ring mig istället på ${T_(R, rng, mobile(rng))}.\n\nTack\n${N(R, child, 'full', 'signature')}`,
        () => `Hej,\nDödsboet efter ${N(R, o, 'full', 'deceased')} säljer huset på ${nm.id('property-designation', o.fast)}. Ny ägare från 1/12: ${N(R, rng.pick(owners), 'full', 'running-text')}.\nFör dödsboet,\n${N(R, child, 'full', 'signature')}`,
      ][k]();
      const reply = rng.chance(0.4);
      const full = reply ? `Hej!\n\nTack, vi har noterat detta i registret.\n\nHälsningar\n${N(R, s, 'full', 'staff')}\n${T_(R, rng, s.direct, 'dash', 'staff-direct')}\n\n> ${text.replace(/\n/g, '\n> ')}` : text;
      if (reply) { N(R, s, 'full', 'staff-header-display'); R.t('email', s.mail, 'staff-work'); }
      N(R, onBehalf ? child : o, 'full', 'header-display'); R.t('email', from[1], 'personal');
      msgs.push({ from: reply ? [s.full, s.mail] : from, to: reply ? [from] : [['Roslagens Sotning Kundtjänst', role(R, O, 0)]], subject: reply ? 'SV: Sotning' : rng.pick(['Sotning', 'Ombokning', 'Faktura fel', 'Ang. fastighet', 'dödsbo']),
        date: rfcDate(d, `${hhmm(rng)}:00`), id: msgId(rng, reply ? O.domain : from[1].split('@')[1]), text: full, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Tue Nov 24 16:00:00 2026' });
    }
    const w = mbox(msgs); C.put(F, w.bytes, w.text);
  }

  // 6. rebooking web form (NDJSON)
  {
    const F = 'sotning/omboka_webbformular.ndjson'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = [];
    for (const o of rng.shuffle(owners).slice(0, 80)) {
      const d = date(rng, '2026-10-15', '2026-11-24');
      L.push(JSON.stringify({ form: 'omboka', submitted: isoTs(rng, d), ip: I_(R, rng), ua: rng.pick(['Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (Linux; Android 13)']),
        fields: { fastighetsbeteckning: nm.id('property-designation', o.fast), namn: N(R, o, rng.pick(['full', 'full', 'lower', 'caps'])), telefon: T_(R, rng, o.mob), epost: rng.chance(0.8) ? M_(R, o) : '', onskad_vecka: rng.int(49, 52),
          meddelande: rng.pick([() => '', () => 'hunden är lös på tomten, ring innan', () => `min granne ${N(R, rng.pick(owners), 'full', 'neighbour')} har nyckel till vinden`, () => `ring ${T_(R, rng, o.land ?? o.mob)} efter 17`])() } }));
    }
    L.push(JSON.stringify({ form: 'omboka', submitted: '2026-11-20T03:12:09Z', ip: nm.docIp(), fields: { namn: 'test test', telefon: '', meddelande: 'test' } }));
    C.put(F, `${L.join('\n')}\n`);
  }

  // 7. sweepers' diaries (Markdown, sloppy)
  {
    const F = 'sotning/dagbok_sotare_november.md'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const L = ['# Dagbok sotare – november 2026', ''];
    for (const sw of sweepers.slice(0, 8)) {
      L.push(`## ${N(R, sw, 'full', 'staff')}`, '');
      for (let i = 0; i < 11; i++) {
        const o = rng.pick(owners); const d = date(rng, '2026-11-02', '2026-11-24');
        L.push(`- ${d}: ${rng.pick([
          () => `${nm.id('property-designation', o.fast)} ingen hemma, lapp i brevlådan. ringt ${T_(R, rng, o.mob, rng.pick(['compact', 'slash', 'grouped']))} inget svar`,
          () => `${N(R, o, 'lower', 'running-text')} vägrade släppa in, hänvisat till kommunen`, () => `sotat ${nm.look('product', o.stove)}, ägaren ${N(R, o, 'full', 'running-text')} nöjd`,
          () => `brist: ${rng.pick(FAULTS).toLowerCase()} hos ${N(R, o, 'surname-first', 'running-text')}, protokoll skickat`, () => `pratat m ${nm.lone(o.first)} om egensotning, skickar blankett`,
          () => `fick nyckel av grannen ${N(R, rng.pick(owners), 'full', 'neighbour')}`, () => `stege saknas på ${street(rng)}, ${nm.surname(`familjen ${o.last}`)} fixar till nästa gång`,
        ])()}`);
      }
      L.push('');
    }
    C.put(F, `${L.join('\n')}\n`);
  }

  // 8. report to the fire service (.xlsx)
  {
    const F = 'sotning/rapport_raddningstjansten_Q4.xlsx'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const creator = office[1]; N(R, creator, 'full', 'xlsx-creator');
    const br = [['Fastighet', 'Ägare', 'Personnummer', 'Brist', 'Eldningsförbud', 'Kontrollant']];
    for (const o of rng.shuffle(owners).slice(0, 70)) br.push([nm.id('property-designation', o.fast), N(R, o, rng.pick(['surname-first', 'full'])), P_(R, rng, o.pn), rng.pick(FAULTS), rng.pick(['Nej', 'Nej', 'Ja']), N(R, rng.pick(sweepers), 'surname-first-nocomma', 'staff')]);
    const sum = [['Distrikt', 'Objekt', 'Utförda', 'Brister', 'Eldningsförbud'], ...['Norrtälje stad', 'Rimbo', 'Hallstavik', 'Väddö', 'Blidö'].map((d) => [d, rng.int(200, 900), rng.int(100, 800), rng.int(5, 80), rng.int(0, 6)])];
    const fb = [['Fastighet', 'Ägare', 'Beslut', 'Telefon'], ...rng.shuffle(owners).slice(0, 12).map((o) => [nm.id('property-designation', o.fast), N(R, o, 'full'), `Eldningsförbud ${dotDate(date(rng))}`, T_(R, rng, o.mob)])];
    const w = xlsx([{ name: 'Brister', rows: br }, { name: 'Eldningsförbud', rows: fb }, { name: 'Sammanställning', rows: sum }], { creator: creator.full }); C.put(F, w.bytes, w.text);
  }

  // 9. decision letter on self-sweeping (.docx)
  for (const [k, o] of owners.slice(20, 22).entries()) {
    const F = `sotning/beslut_egensotning_${k + 1}.docx`; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const h = office[4];
    const blocks = [{ h: 'Norrtälje kommun – Räddningstjänsten' }, `Diarienummer ${nm.id('case-number', `RTJ ${2026}-${num(rng, 4)}`)}`, { h: 'BESLUT om medgivande att själv utföra sotning (LSO 3 kap. 4 §)' },
      { table: [['Sökande', N(R, o, 'full')], ['Personnummer', P_(R, rng, o.pn, 'long-dash')], ['Fastighet', nm.id('property-designation', o.fast)], ['Telefon', T_(R, rng, o.mob, 'grouped')], ['E-post', M_(R, o)]] },
      { runs: ['Räddningstjänsten medger att ', o.full, ' själv får sota ', nm.look('product', o.stove), ' på fastigheten. Medgivandet gäller till och med ', svDate('2030-12-31'), '.'] },
      `Beslutet har fattats efter samråd med skorstensfejarmästare ${N(R, sweepers[0], 'full', 'staff')}.`, `Besiktning ${nm.date(dotDate(date(rng)))} vid ${nm.look(LOOKALIKE[10][1], LOOKALIKE[10][0])} ${rng.int(2, 40)}.`,
      `Handläggare: ${N(R, h, 'full', 'staff')}, ${T_(R, rng, h.direct, 'dash', 'staff-direct')}`, 'Hur man överklagar: se bilaga.'];
    const w = docx(blocks, { creator: N(R, h, 'full', 'docx-creator') }); C.put(F, w.bytes, w.text);
  }

  // 10. Jira Service Management export (CSV, multi-line descriptions)
  {
    const F = 'sotning/jira_sotning_arenden.csv'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const rows = [['Summary', 'Issue key', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Created', 'Description', 'Custom field (Fastighet)', 'Custom field (Kund telefon)']];
    for (let i = 0; i < 55; i++) {
      const o = rng.pick(owners); const s = rng.pick(office); const d = date(rng);
      rows.push([rng.pick(['Klagomål sotning', 'Ombokning', 'Faktura', 'Brist ej åtgärdad', 'Egensotning']), nm.id('issue-key', `SOT-${rng.int(100, 4999)}`), rng.pick(['Service request', 'Incident']), rng.pick(['Open', 'Done', 'Waiting for customer']), rng.pick(['Low', 'Medium', 'High']),
        N(R, s, 'full', 'staff'), rng.chance(0.6) ? N(R, o, 'full') : R.t('email', o.mail, 'personal'), `${dotDate(d)} ${hhmm(rng)}`,
        `${rng.pick([() => `Kund ${N(R, o, 'full', 'running-text')} ringde.`, () => `*Från:* ${N(R, o, 'full', 'running-text')}`, () => `Ägaren (${P_(R, rng, o.pn)}) hör av sig igen.`])()}\n${rng.pick(['Menar att sotaren inte kom.', 'Vill ha faktura till dödsbo.', 'Grannens hund bet sotaren?!', 'Brist åtgärdad enl. kund, vill ha efterkontroll.'])}\n\nh3. Kontakt\n* tel ${T_(R, rng, o.mob)}\n* e-post ${M_(R, o)}`,
        nm.id('property-designation', o.fast), T_(R, rng, o.mob, 'e164')]);
    }
    const w = csv(rows, { sep: ',', eol: '\n' }); C.put(F, w.bytes, w.text);
  }

  // 11. vCards: property managers and key holders
  {
    const F = 'sotning/kontakter_nyckelinnehavare.vcf'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng); const lines = [];
    for (const o of rng.shuffle(owners).slice(0, 40)) {
      lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${o.last};${o.given};;;`, `FN:${N(R, o, 'full', 'vcard-fn')}`, `TEL;TYPE=CELL:${T_(R, rng, o.mob, rng.pick(['intl', 'e164', 'compact']))}`,
        ...(o.land ? [`TEL;TYPE=HOME:${T_(R, rng, o.land, 'dash')}`] : []), `EMAIL;TYPE=INTERNET:${M_(R, o)}`, `NOTE:Nyckelinnehavare för ${nm.id('property-designation', o.fast)}. Objekt ${nm.id('object-id', o.obj)}.`, `REV:${isoTs(rng, date(rng))}`, 'END:VCARD');
    }
    const w = folded(lines); C.put(F, w.bytes, w.text);
  }

  // 12. route plan (JSON)
  {
    const F = 'sotning/ruttplanering_v48.json'; const R = C.at(F); const rng = new Rng(F); const nm = nears(R, rng);
    const routes = sweepers.slice(0, 6).map((sw) => ({ sotare: { namn: N(R, sw, 'full', 'staff'), mobil: T_(R, rng, sw.mob, 'e164', 'staff-mobile'), fordon: nm.id('regnr', `${['RSB', 'SOT', 'RSN'][rng.int(0, 2)]} ${rng.int(100, 999)}`) },
      dag: date(rng, '2026-11-23', '2026-11-27'), stopp: rng.shuffle(owners).slice(0, 12).map((o, i) => ({ ordning: i + 1, fastighet: nm.id('property-designation', o.fast), objekt: o.obj, kontakt: N(R, o, rng.pick(['full', 'surname-first'])), telefon: rng.chance(0.7) ? T_(R, rng, o.mob, rng.pick(['compact', 'e164'])) : null, lat: Number(`59.${rng.digits(4)}`), lon: Number(`18.${rng.digits(4)}`), eta: hhmm(rng) })) }));
    C.put(F, `${jsonText({ vecka: 48, genererad: '2026-11-20T15:00:00+01:00', rutter: routes })}\n`);
  }
}

function mailOf(rng, p) { const f = p.first.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, ''); const l = p.last.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, ''); return `${f}.${l}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'hotmail.com', 'icloud.com', 'telia.com'])}`; }
