// Fourteenth blind set — a parish's cemetery administration (kyrkogard/): the burial register, grave rights and their
// holders, the deceased, funeral directors, relatives, letters, maintenance agreements, an archive zip.
import { Rng, person, people, kin, nameAs, pnr, phone, email, workEmail, T, date, svDate, dotDate, hhmm, isoTs, num, safe, ocr, ipVal, org, footer, role, nears,
  csv, xlsx, docx, pdfLines, mbox, eml, zip, rfcDate, jsonText, xmlEsc, htmlEsc, folded, amount, postcode, street, CITIES, LONE, LOOKALIKE, letters, alnum } from './core.mjs';

const KV = ['A', 'B', 'C', 'D', 'Gamla', 'Norra', 'Minneslunden', 'Urnlunden'];
const grave = (rng) => rng.pick([() => `${rng.pick(['A', 'B', 'C', 'D'])} ${rng.int(1, 30)}:${rng.int(1, 240)}`, () => `Kv. ${rng.int(1, 12)} nr ${rng.int(1, 400)}`, () => `NG ${rng.int(1, 9)}-${String(rng.int(1, 999)).padStart(3, '0')}`])();
const died = (rng) => date(rng, '1975-01-01', '2026-11-10');
const decPnr = (rng) => (rng.chance(0.15) ? pnr(rng, { old: true }) : pnr(rng, { minYear: 1928, maxYear: 1985, style: rng.pick(['long', 'long-dash', 'short', 'short']) }));

export default function kyrkogard(C) {
  const rng0 = new Rng('kyrkogard');
  const O = org(rng0, { name: 'Sörviks pastorat, kyrkogårdsförvaltningen', domain: 'sorvikspastorat.se', area: '480', roles: ['kyrkogard', 'expedition', 'noreply', 'gravskotsel', 'diarium'] });
  const staff = people(rng0, 7, { middle: 0, cp1252: true });
  const directors = people(rng0, 6, { middle: 0, cp1252: true });
  const firms = ['Lindgrens Begravningsbyrå', 'Fonus Olsson & Son', 'Sörviks Begravningsbyrå', 'Memoria Ek & Söner'];

  // 1. Burial register — cp1252, `;`, CRLF, a title line.
  {
    const f = 'kyrkogard/gravbok_export.csv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [['Gravbok Sörviks kyrkogård – utdrag 2026-11-20'], ['Gravnummer', 'Kvarter', 'Gravsatt', 'Personnummer', 'Avliden', 'Gravsatt datum', 'Gravrättsinnehavare', 'Telefon', 'Gravrätt t.o.m.', 'Anmärkning']];
    for (const p of people(rng, 200, { cp1252: true })) {
      const h = rng.chance(0.75) ? kin(rng, p, { cp1252: true }) : person(rng, { cp1252: true, middle: 0 });
      const d = died(rng);
      rows.push([N.id('grave-id', grave(rng)), rng.pick(KV), T(R, 'name', nameAs(p, rng.weighted([['surname-first', 5], ['full', 3], ['surname-first-caps', 1]]))), T(R, 'personnummer', decPnr(rng)), N.date(d), N.date(date(rng, d, '2026-11-19')),
        rng.chance(0.85) ? T(R, 'name', nameAs(h, rng.pick(['surname-first', 'full']))) : N.lower('saknas'), rng.chance(0.6) ? T(R, 'phone', phone(rng, rng.chance(0.5) ? 'landline' : 'mobile')) : '', N.id('year', String(rng.int(2027, 2075))),
        rng.pick([() => '', () => '', () => `Urna, ${N.look('company', rng.pick(firms))}`, () => `Flyttad från ${N.look('church', rng.pick(LOOKALIKE.church))}`, () => 'Återlämnad gravrätt', () => `Kontakt via son ${R.t('name', kin(rng, p, { cp1252: true }).short, 'running-text')}`])()]);
    }
    const o = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(f, o.bytes, o.text);
  }

  // 2. Grave rights — JSON, holders in separate fields.
  {
    const f = 'kyrkogard/gravratter.json'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const graves = [];
    for (let i = 0; i < 50; i++) {
      const dec = people(rng, rng.int(1, 3)); const holders = [kin(rng, dec[0]), ...(rng.chance(0.3) ? [person(rng, { middle: 0 })] : [])];
      graves.push({ graveId: N.id('grave-id', grave(rng)), section: rng.pick(KV), type: rng.pick(['kistgrav', 'urngrav', 'familjegrav']), rightValidUntil: N.date(date(rng, '2027-01-01', '2070-12-31')),
        holders: holders.map((h) => { C.joined(f, h.given, h.last); return { givenName: h.given, familyName: h.last, personalId: T(R, 'personnummer', pnr(rng, { style: rng.pick(['long', 'long-dash']) })), phone: rng.chance(0.7) ? T(R, 'phone', phone(rng)) : null, email: rng.chance(0.5) ? T(R, 'email', email(rng, h)) : null, address: { street: street(rng), zip: N.id('postcode', postcode(rng)), city: rng.pick(CITIES) } }; }),
        interred: dec.map((d) => ({ name: T(R, 'name', { value: d.full, subtype: 'deceased' }), personalId: T(R, 'personnummer', decPnr(rng)), died: N.date(died(rng)) })),
        maintenance: rng.chance(0.5) ? { agreementNo: N.id('agreement-number', `SK-${num(rng, 6)}`), yearlyFee: rng.int(600, 2400) } : null });
    }
    C.put(f, jsonText({ cemetery: 'Sörviks kyrkogård', parishOrgNo: N.id('organisationsnummer', O.orgnr, 'personnummer'), graves }));
  }

  // 3. Letters to holders of grave rights — .docx.
  {
    const f = 'kyrkogard/brev_gravrattsinnehavare.docx'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const st = staff[0]; const blocks = [];
    for (let i = 0; i < 12; i++) {
      const h = person(rng); const dec = kin(rng, h);
      blocks.push({ h: 'Sörviks pastorat – Kyrkogårdsförvaltningen' }, { runs: ['Till gravrättsinnehavaren ', T(R, 'name', nameAs(h, 'full'))] }, `${street(rng)}, ${N.id('postcode', postcode(rng))} ${rng.pick(CITIES)}`,
        `Angående grav ${N.id('grave-id', grave(rng))} på Sörviks kyrkogård, där ${R.t('name', dec.full, 'running-text')} (${T(R, 'personnummer', decPnr(rng))}) är gravsatt.`,
        rng.pick([() => 'Gravplatsen är i behov av vård. Gravstenen lutar och behöver åtgärdas av gravrättsinnehavaren.', () => `Gravrätten upphör ${N.date(svDate(date(rng, '2027-01-01', '2027-12-31')))}. Vill ni förnya den?`, () => `Vi har fått en anmälan om att ${R.t('name', kin(rng, h).full, 'running-text')} vill överta gravrätten.`])(),
        { runs: ['Kontakta ', R.t('name', st.short, 'signature'), ' på ', R.t('phone', phone(rng, 'landline', 'grouped').value, 'staff-direct'), ' eller ', role(R, O, 0), '.'] }, footer(R, O, ['orgnr', 'bg', 'switchboard']), '');
    }
    const o = docx(blocks, { creator: R.t('name', st.short, 'docx-creator') }); C.put(f, o.bytes, o.text);
  }

  // 4. Maintenance agreements — .xlsx.
  {
    const f = 'kyrkogard/skotselavtal.xlsx'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const a = [['Avtalsnr', 'Grav', 'Beställare förnamn', 'Beställare efternamn', 'Telefon', 'E-post', 'Tjänst', 'Årsavgift']];
    for (const p of people(rng, 90)) { C.joined(f, p.given, p.last); a.push([N.id('agreement-number', `SK-${num(rng, 6)}`), N.id('grave-id', grave(rng)), p.given, p.last, T(R, 'phone', phone(rng)), rng.chance(0.6) ? T(R, 'email', email(rng, p)) : '', rng.pick(['Sommarblommor', 'Helårsskötsel', 'Gravljus allhelgona', 'Vinterdekoration']), rng.int(400, 2800)]); }
    const fakt = [['Avtalsnr', 'Fakturanr', 'OCR', 'Belopp', 'Betald']];
    for (let i = 0; i < 60; i++) fakt.push([N.id('agreement-number', `SK-${num(rng, 6)}`), N.id('invoice-number', num(rng, 8), 'phone'), N.id('ocr', ocr(rng, 10)), rng.int(400, 2800), rng.pick(['ja', 'nej', 'påminnelse'])]);
    const o = xlsx([{ name: 'Avtal', rows: a }, { name: 'Fakturering', rows: fakt }], { creator: R.t('name', staff[1].short, 'xlsx-creator') }); C.put(f, o.bytes, o.text);
  }

  // 5. Funeral directors — mbox.
  {
    const f = 'kyrkogard/begravningsbyraer.mbox'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 16; i++) {
      const dir = rng.pick(directors); const firm = rng.pick(firms); const dec = person(rng); const rel = kin(rng, dec); const d = date(rng, '2026-09-01', '2026-11-19');
      const de = workEmail(dir, `${firm.split(' ')[0].toLowerCase().replace(/[^a-z]/g, '')}begravning.se`);
      R.t('name', dir.short, 'header-display'); R.t('email', de, 'work');
      const text = `Hej!\n\nVi vill boka ${rng.pick(['gravsättning', 'urnsättning', 'jordfästning'])} för ${T(R, 'name', { value: dec.full, subtype: 'deceased' })}, ${T(R, 'personnummer', decPnr(rng))}, i ${N.look('church', rng.pick(LOOKALIKE.church))} ${N.date(svDate(d))} kl ${hhmm(rng)}.\nGrav: ${N.id('grave-id', grave(rng))}. Anhörig och kontaktperson: ${R.t('name', rel.full, 'running-text')}, ${T(R, 'phone', phone(rng))}.\n\nMed vänlig hälsning\n${R.t('name', dir.short, 'signature')}\nBegravningsentreprenör\n${N.look('company', firm)}\nTel ${R.t('phone', phone(rng, 'landline', 'grouped').value, 'director-direct')}\n`;
      msgs.push({ from: [dir.short, de], to: [['Kyrkogårdsförvaltningen', role(R, O, 0)]], subject: `Bokning – ${dec.last}`, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${alnum(rng, 15)}@${de.split('@')[1]}`, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), text });
      if (!/ /.test(dec.last)) N.id('surname-only', dec.last, 'name');
      if (rng.chance(0.7)) { const st = rng.pick(staff); msgs.push({ from: [`${st.short}, Sörviks pastorat`, R.t('email', workEmail(st, O.domain), 'staff-work')], to: [[dir.short, de]], subject: `SV: Bokning – ${dec.last}`, date: rfcDate(d, '16:00:00'), id: `${alnum(rng, 15)}@sorvikspastorat.se`, enc: 'qp',
        text: `Hej ${N.lone(dir.first)}!\n\nBekräftat. Vaktmästare ${R.t('name', rng.pick(staff).short, 'running-text')} öppnar graven.\n\n${R.t('name', st.short, 'signature')}\nKyrkogårdsförvaltningen, ${N.id('switchboard', O.switchboard, 'phone')}\n\n${text.split('\n').map((l) => `> ${l}`).join('\n')}` }); }
    }
    const o = mbox(msgs); C.put(f, o.bytes, o.text);
  }

  // 6. Interments this month — PDF.
  {
    const f = 'kyrkogard/gravsattningar_nov.pdf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [{ text: 'Gravsättningar november 2026 - Sörviks kyrkogård', size: 13, bold: true }, 'Datum    Tid    Avliden    Personnr    Grav    Begravningsbyrå', ''];
    for (const p of people(rng, 34, { cp1252: true })) lines.push(`${N.date(date(rng, '2026-11-02', '2026-11-30'))}  ${hhmm(rng)}  ${T(R, 'name', nameAs(p, rng.pick(['full', 'caps', 'surname-first'])))}  ${T(R, 'personnummer', decPnr(rng))}  ${N.id('grave-id', grave(rng))}  ${N.look('company', rng.pick(firms))}`);
    lines.push('', `Upprättad av ${R.t('name', staff[2].short, 'staff')}. Vid frågor: ${N.id('switchboard', O.switchboard, 'phone')}`);
    const o = pdfLines(lines, { title: 'Gravsättningar' }); C.put(f, o.bytes, o.text);
  }

  // 7. Calls from relatives — notes.
  {
    const f = 'kyrkogard/anhorigsamtal.txt'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [];
    for (let i = 0; i < 100; i++) {
      const dec = person(rng, { middle: 0 }); const rel = kin(rng, dec); const st = rng.pick(staff); const low = rng.chance(0.5);
      const rn = () => (low ? R.t('name', rel.short.toLowerCase(), 'lower') : R.t('name', rel.full, 'full'));
      out.push(`${N.date(date(rng))} ${hhmm(rng)} ${R.t('name', `${st.first[0]}. ${st.last}`, 'initial')}: ` + rng.pick([
        () => `${rn()} ringde om graven efter ${R.t('name', dec.short, 'running-text')}. vill ha sommarblommor. ${T(R, 'phone', phone(rng))}`,
        () => `${rn()} (${T(R, 'personnummer', pnr(rng, { style: 'short' }))}) vill överta gravrätten ${N.id('grave-id', grave(rng))} efter mamma. skickat blankett.`,
        () => `klagomål: gräset vid ${N.id('grave-id', grave(rng))} ej klippt. ${rn()}, mejl ${T(R, 'email', email(rng, rel))}`,
        () => `dödsboet efter ${R.t('name', dec.full, 'running-text')} - fakturor till ${rn()}, c/o ${N.look('company', 'Eriksson & Holm Advokatbyrå')}`,
        () => `${N.lone(rng.pick(LONE))} från ${N.look('company', rng.pick(firms))} ringde om tid i ${N.look('church', rng.pick(LOOKALIKE.church))}`,
        () => `${rn()} undrar var ${R.t('name', dec.short.toLowerCase(), 'lower')} ligger, hänv. till gravkartan. ${N.lower('ingen åtgärd')}`,
      ])());
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 8. Grave register — XML.
  {
    const f = 'kyrkogard/gravregister.xml'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const x = ['<?xml version="1.0" encoding="UTF-8"?>', '<Gravregister forvaltning="Sörviks pastorat" version="2">'];
    for (let i = 0; i < 60; i++) {
      const dec = person(rng); const h = kin(rng, dec);
      C.joined(f, h.given, h.last);
      x.push(`  <Grav id="${N.id('grave-id', grave(rng))}" kvarter="${rng.pick(KV)}">`, `    <Gravsatt namn="${xmlEsc(T(R, 'name', { value: dec.full, subtype: 'deceased' }))}" pnr="${T(R, 'personnummer', decPnr(rng))}" dod="${N.date(died(rng))}"/>`,
        `    <Innehavare><Fornamn>${xmlEsc(h.given)}</Fornamn><Efternamn>${xmlEsc(h.last)}</Efternamn><Telefon>${T(R, 'phone', phone(rng))}</Telefon></Innehavare>`, '  </Grav>');
    }
    x.push('</Gravregister>');
    C.put(f, `${x.join('\n')}\n`);
  }

  // 9. Transfer of a grave right — .eml with an HTML alternative.
  for (const k of [1, 2]) {
    const f = `kyrkogard/overlatelse_gravratt_${k}.eml`; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const from = person(rng); const to = kin(rng, from); const dec = kin(rng, from); const fe = email(rng, from); const st = staff[3];
    const text = `Hej,\n\nJag, ${R.t('name', from.full, 'running-text')}, överlåter härmed gravrätten till grav ${N.id('grave-id', grave(rng))} (där min far ${R.t('name', dec.full, 'running-text')} vilar) till min ${rng.pick(['syster', 'bror', 'kusin'])} ${R.t('name', to.full, 'running-text')}, personnummer ${T(R, 'personnummer', pnr(rng, { style: 'long-dash' }))}.\nMitt personnummer: ${T(R, 'personnummer', pnr(rng, { style: 'long-dash' }))}\n\nVänligen\n${R.t('name', from.full, 'signature')}\n${T(R, 'phone', phone(rng))}\n`;
    const html = `<p>${htmlEsc(text).replace(/\n/g, '<br>')}</p>`;
    const o = eml({ from: [R.t('name', from.full, 'header-display'), T(R, 'email', fe)], to: [[st.short, R.t('email', workEmail(st, O.domain), 'staff-work')]], cc: [[R.t('name', to.full, 'header-display'), T(R, 'email', email(rng, to))]],
      subject: 'Överlåtelse av gravrätt', date: rfcDate(date(rng)), id: `${alnum(rng, 16)}@${fe.value.split('@')[1]}`, enc: k === 1 ? 'qp' : 'b64', hdrMode: 'Q', text, html, htmlText: text });
    R.t('name', st.short, 'header-display');
    C.put(f, o.bytes, o.text);
  }

  // 10. Archive — .zip with notes, a CSV and Markdown.
  {
    const f = 'kyrkogard/arkiv_2019.zip'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const notes = []; for (let i = 0; i < 40; i++) { const p = person(rng, { middle: 0 }); notes.push(`${N.date(date(rng, '2019-01-01', '2019-12-31'))} ${R.t('name', p.short, 'full')} ringde om ${N.id('grave-id', grave(rng))}, tel ${T(R, 'phone', phone(rng, 'landline'))}`); }
    const rows = [['Namn', 'Personnummer', 'Grav']]; for (const p of people(rng, 50)) rows.push([T(R, 'name', nameAs(p, 'surname-first')), T(R, 'personnummer', decPnr(rng)), N.id('grave-id', grave(rng))]);
    const c = csv(rows, { sep: ';' });
    const md = ['# Vaktmästarnas logg 2019', '', ...people(rng, 20, { middle: 0 }).map((p) => `* ${N.date(date(rng, '2019-01-01', '2019-12-31'))}: gravsten rest för **${T(R, 'name', { value: p.full, subtype: 'deceased' })}** (${N.look('company', rng.pick(['Johanssons Måleri', 'Hedins Bil', 'Petterssons Rör AB']))} fakturerar)`)];
    const letter = `Till ${T(R, 'name', nameAs(person(rng), 'full'))}\nAng. gravrätt ${N.id('grave-id', grave(rng))}.\n`;
    const inner = zip([{ name: 'gamla_brev/brev_2019.txt', data: letter }]);
    const bytes = zip([{ name: 'anteckningar_2019.txt', data: `${notes.join('\n')}\n` }, { name: 'gravsatta_2019.csv', data: c.bytes }, { name: 'logg.md', data: `${md.join('\n')}\n` }, { name: 'brev.zip', data: inner }]);
    C.put(f, bytes, `${notes.join('\n')}\n${c.text}\n${md.join('\n')}\n${letter}`);
  }

  // 11. Web form — NDJSON.
  {
    const f = 'kyrkogard/webbformular.ndjson'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [];
    for (let i = 0; i < 90; i++) {
      const p = person(rng); const dec = kin(rng, p);
      out.push(JSON.stringify({ submitted: isoTs(rng, date(rng)), form: rng.pick(['gravskotsel', 'gravsokning', 'kontakt']), ip: T(R, 'ip', ipVal(rng)),
        fields: { namn: T(R, 'name', nameAs(p, rng.pick(['full', 'full', 'lower', 'caps']))), epost: T(R, 'email', email(rng, p)), telefon: rng.chance(0.6) ? T(R, 'phone', phone(rng)) : '', avliden: T(R, 'name', { value: dec.full, subtype: 'deceased' }), grav: rng.chance(0.5) ? N.id('grave-id', grave(rng)) : '',
          meddelande: rng.pick([() => 'Vill beställa gravljus till allhelgona.', () => `Min mamma ${R.t('name', dec.short, 'running-text')} begravdes i ${N.look('church', rng.pick(LOOKALIKE.church))}, var ligger graven?`, () => `Ring hellre min bror ${R.t('name', kin(rng, p).short, 'running-text')}`])() } }));
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 12. Funeral directors — vCard.
  {
    const f = 'kyrkogard/begravningsbyraer.vcf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [];
    directors.forEach((d, i) => {
      const firm = firms[i % firms.length];
      lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${d.last};${d.first}`, `FN:${R.t('name', d.short, 'vcard-fn')}`, `ORG:${N.look('company', firm)}`, 'TITLE:Begravningsentreprenör',
        `TEL;TYPE=WORK,VOICE:${R.t('phone', phone(rng, 'landline').value, 'director-direct')}`, `TEL;TYPE=CELL:${T(R, 'phone', phone(rng, 'mobile'))}`, `EMAIL:${R.t('email', workEmail(d, `${firm.split(' ')[0].toLowerCase().replace(/[^a-z]/g, '')}begravning.se`), 'work')}`,
        `ADR;TYPE=WORK:;;${N.look('street', rng.pick(LOOKALIKE.street))} ${rng.int(1, 30)};${rng.pick(CITIES)};;${N.id('postcode', postcode(rng))};Sverige`, 'END:VCARD');
    });
    const o = folded(lines); C.put(f, o.bytes, o.text);
  }
}
