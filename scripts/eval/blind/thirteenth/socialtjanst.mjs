// Thirteenth blind set — 1. Stensjö kommun, socialtjänstens kontaktcenter och försörjningsstöd (soc/).
import { Rng, org, people, person, kin, T, N, nameAs, nameStyle, pnr, childPnr, samPnr, oldPnr, phone, email, workEmail, date, svDate, hhmm, hms, num, kr, safe,
  footer, role, server, nBadPnr, nBadDate, nOrg, nDoc, csv, xlsx, docx, pdf, message, htmlOnly, mboxRaw, rfcDate, xmlEsc, txt, json, ipVal, id46,
  postcode, CITIES, STREETS, PLACES, COMPANIES, WORDS, ew } from './core.mjs';
import { sig, quote, customers, household, RELS } from './kit.mjs';

const O = org(new Rng('soc/org'), { name: 'Stensjö kommun', domain: 'stensjo.se', area: '8' });
const DIR = 'soc';
const BOLAG = ['Stensjöhem AB', 'Fastighets AB Kvarnen', 'Hyresbostäder i Stensjö AB', 'Brf Lärkan 4'];

export default function build(C) {
  const rng = new Rng('soc/people');
  const staff = people(rng, 10, { cp1252: true, middle: 0 }).map((p) => ({ p, ph: phone(rng, 'landline', rng.pick(['grouped', 'dash', 'spaced'])), mail: workEmail(p, O.domain) }));
  const apps = customers(rng, 260, { cp1252: true });
  for (const a of apps) { a.hh = household(rng, a, { cp1252: true }); a.case = `SOC-2026-${num(rng, 5)}`; a.h = rng.pick(staff); }
  const godmen = people(rng, 30, { cp1252: true, middle: 0 }).map((p) => ({ p, ph: phone(rng), em: email(rng, p) }));

  // 1. cp1252 ; CRLF CSV, Förnamn/Efternamn split, handläggare written "Efternamn Förnamn".
  {
    const f = `${DIR}/forsorjningsstod_ansokningar_2026.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['Ärendenr', 'Inkom', 'Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'E-post', 'Hushåll', 'Handläggare', 'Status', 'Belopp', 'Hyresvärd', 'Hyresvärd orgnr']];
    for (const a of apps.slice(0, 200)) {
      C.joined(f, a.p.first, a.p.last);
      const bad = r.chance(0.05);
      const pn = bad ? nBadPnr(R, r) : T(R, 'personnummer', a.pn);
      const tel = r.chance(0.9) ? T(R, 'phone', a.ph) : '';
      const mail = r.chance(0.6) ? T(R, 'email', a.em) : '';
      const hh = `${a.hh.partner ? 2 : 1} vuxna, ${a.hh.kids.length} barn`;
      const h = R.t('name', `${a.h.p.last} ${a.h.p.first}`, 'surname-first-nocomma');
      const bolag = r.pick(BOLAG);
      rows.push([N(R, 'case-number', a.case, null), N(R, 'date', date(r), null), a.p.first, a.p.last, pn, tel, mail, hh, h, r.pick(['Beviljad', 'Avslag', 'Under utredning', 'Komplettering begärd']),
        N(R, 'amount', kr(r, 800, 16000), null), N(R, 'company', bolag), nOrg(R, r)]);
    }
    const out = csv(rows, { sep: ';', eol: '\r\n', enc: 'cp1252' });
    C.put(f, out.bytes, out.text);
  }

  // 2. JSON API dump, nested household members, ombud, anteckningar.
  {
    const f = `${DIR}/ekonomiskt_bistand_arenden.json`; const R = C.at(f); const r = new Rng(f);
    const list = apps.slice(60, 108).map((a) => {
      const street = r.chance(0.15) ? N(R, 'street', `${r.pick(STREETS)} ${r.int(1, 60)}`) : `${r.pick(['Björkvägen', 'Smedjegatan', 'Ringvägen', 'Tallvägen', 'Kvarngatan'])} ${r.int(1, 90)}`;
      const gm = r.chance(0.2) ? r.pick(godmen) : null;
      const obj = {
        arendeId: N(R, 'case-number', a.case, null), skapad: `${date(r)}T${hms(r)}+01:00`,
        sokande: { fornamn: a.p.first, efternamn: a.p.last, personnummer: T(R, 'personnummer', a.pn),
          kontakt: { mobil: T(R, 'phone', a.ph), epost: r.chance(0.7) ? T(R, 'email', a.em) : null, foredragenKanal: r.pick(['sms', 'brev', 'e-post']) },
          adress: { gata: street, postnummer: N(R, 'postcode', postcode(r), null), ort: 'Stensjö' } },
        hushall: [
          ...(a.hh.partner ? [{ namn: T(R, 'name', nameAs(a.hh.partner.p, 'full'), 'household-member'), relation: r.pick(['make/maka', 'sambo']), personnummer: T(R, 'personnummer', a.hh.partner.pn) }] : []),
          ...a.hh.kids.map((k) => ({ namn: T(R, 'name', nameAs(k.p, 'full'), 'child'), relation: 'barn', personnummer: T(R, 'personnummer', k.pn), skolplacering: r.pick(['Ekbackeskolan', 'Sjöviksskolan', 'Förskolan Trollet']) })),
        ],
        ombud: gm ? { typ: r.pick(['god man', 'förvaltare']), namn: T(R, 'name', nameAs(gm.p, 'full'), 'god-man'), telefon: T(R, 'phone', gm.ph), forordnad: date(r, '2019-01-01', '2025-12-31') } : null,
        handlaggare: { id: `h${r.int(1000, 9999)}`, namn: T(R, 'name', nameAs(a.h.p, 'full'), 'handler'), epost: T(R, 'email', { value: a.h.mail, subtype: 'work-personal' }) },
        beslut: Array.from({ length: r.int(1, 3) }, () => ({ datum: date(r), belopp: Number(r.int(2000, 14000)), typ: r.pick(['Försörjningsstöd', 'Bistånd hyra', 'Tandvård', 'Glasögon']), paragraf: '4 kap. 1 § SoL' })),
        anteckningar: [],
      };
      C.joined(f, a.p.first, a.p.last);
      if (r.chance(0.4)) {
        const rel = r.pick(RELS); const q = a.hh.kids[0]?.p ?? kin(r, a.p, { cp1252: true });
        obj.anteckningar.push(`Sökande uppger att ${rel === 'granne' ? 'grannen' : `hens ${rel}`} ${T(R, 'name', nameAs(q, 'full'), 'running-text')} hjälper till med ansökan.`);
      }
      if (r.chance(0.3)) obj.anteckningar.push(`Hyresvärden ${N(R, 'company', r.pick(BOLAG))} bekräftar skuld, se bilaga. Ärende ${N(R, 'case-number', `SOC-2025-${num(r, 5)}`, null)} avslutat.`);
      return obj;
    });
    const out = json({ system: 'Procapita-export', version: '11.4.2', exportedAt: '2026-11-23T22:00:03+01:00', server: server(R, O, 0), arenden: list });
    C.put(f, out.bytes, out.text);
  }

  // 3. Journal notes, formal and sloppy.
  {
    const f = `${DIR}/journalanteckningar_v46-47.txt`; const R = C.at(f); const r = new Rng(f);
    const out = [`STENSJÖ KOMMUN – Individ- och familjeomsorgen`, `Utskrift journalanteckningar, vecka 46–47 2026. Utskriven av ${T(R, 'name', nameAs(staff[0].p, 'full'), 'header')}`, ''];
    for (const a of apps.slice(100, 230)) {
      const h = a.h; const d = date(r, '2026-11-09', '2026-11-22');
      const init = `${h.p.first.slice(0, 2)}${h.p.last.slice(0, 2)}`.toUpperCase();
      out.push(`${d} ${hhmm(r)}  Dnr ${N(R, 'case-number', a.case, null)}  Sign: ${N(R, 'signature-code', init)}`);
      const k = r.int(0, 9);
      const kid = a.hh.kids[0];
      if (k <= 2) {
        out.push(`Telefonsamtal med sökande ${T(R, 'name', nameAs(a.p, r.pick(['full', 'full', 'reversed'])), 'running-text')} (${T(R, 'personnummer', a.pn)}) angående utbetalning för december.`);
        if (kid) out.push(`Sökande berättar att ${r.pick(['dottern', 'sonen', 'barnet'])} ${T(R, 'name', nameAs(kid.p, 'full'), 'child')} har börjat på fritids. Underlag begärs in.`);
        out.push(`Ny kontaktuppgift: ${T(R, 'phone', a.ph)}.`);
      } else if (k <= 5) {
        const lower = T(R, 'name', nameAs(a.p, 'lower'), 'lower');
        const w = r.pick(WORDS);
        out.push(`ringde ${lower} på ${T(R, 'phone', phone(r, 'mobile', r.pick(['compact', 'grouped', 'spaced'])))} ingen svarade, lämnat msg. ${N(R, 'word-also-name', w)} enl tidigare`);
        if (a.hh.partner) out.push(`pratade sen med ${r.pick(['sambon', 'maken', 'frun'])} ${T(R, 'name', nameAs(a.hh.partner.p, 'lower'), 'lower')} som sa att ${N(R, 'lone-first-name', a.p.call.toLowerCase())} är sjukskriven. ${T(R, 'name', { value: `${a.p.call.toLowerCase()} ${a.p.last.toLowerCase()}` }, 'lower')} ska ringa tillbaka`);
        out.push(`enl. handläggare ${T(R, 'name', nameAs(r.pick(staff).p, 'full'), 'running-text')} ska ärendet tas upp på ärendedragning tis.`);
      } else if (k <= 7) {
        const gm = r.pick(godmen);
        out.push(`Besök på förvaltningen. Närvarande: ${T(R, 'name', nameAs(a.p, 'full'), 'running-text')}, god man ${T(R, 'name', nameAs(gm.p, 'full'), 'god-man')} (tfn ${T(R, 'phone', gm.ph)}) samt tolk.`);
        out.push(`Mötet hölls i lokalen vid ${N(R, 'street', r.pick(STREETS))}. Nytt möte bokat ${svDate(date(r, '2026-11-23', '2026-12-18'))} kl ${hhmm(r)}.`);
        if (r.chance(0.3)) out.push(`Felaktigt personnummer i ansökan (${nBadPnr(R, r)}) – rättat i systemet.`);
      } else {
        out.push(`Inkommen handling från ${N(R, 'company', r.pick(COMPANIES))} (org.nr ${nOrg(R, r)}) om hyresskuld ${N(R, 'amount', kr(r, 3000, 40000), null)}.`);
        out.push(`Hej ${N(R, 'lone-first-name', a.p.call)}, vi har tagit emot ditt underlag – kopia av sms skickat till ${T(R, 'phone', a.ph)}.`);
        if (r.chance(0.2)) out.push(`Sökande är bosatt i ${N(R, 'place', r.pick(PLACES))}, ej i kommunen; överlämnas. Vårt tfn ${N(R, 'switchboard', O.switchboard, 'phone')}.`);
      }
      out.push('');
    }
    const t = txt(out.join('\n'), '\r\n');
    C.put(f, t.bytes, t.text);
  }

  // 4. Decision letters (.docx).
  for (const [i, a] of apps.slice(200, 203).entries()) {
    const f = `${DIR}/beslut/beslut_${a.case.replace(/-/g, '_')}.docx`; const R = C.at(f); const r = new Rng(f);
    const hd = a.h;
    const blocks = [
      { h: 'Stensjö kommun – Socialförvaltningen' },
      `${T(R, 'name', nameAs(a.p, 'full'), 'addressee')}`,
      `${r.chance(0.3) ? N(R, 'street', `${r.pick(STREETS)} ${r.int(1, 40)}`) : `Kvarngatan ${r.int(1, 40)}`}`,
      `${N(R, 'postcode', postcode(r), null)} Stensjö`,
      '',
      { h: `Beslut om ekonomiskt bistånd – dnr ${N(R, 'case-number', a.case, null)}` },
      { runs: ['Personnummer: ', T(R, 'personnummer', a.pn)] },
      `Du har ansökt om försörjningsstöd för ${r.pick(['december', 'november', 'januari'])} 2026 för dig${a.hh.kids.length ? ' och dina barn' : ''}.`,
      ...(a.hh.kids.length ? [{ table: [['Barn', 'Personnummer'], ...a.hh.kids.map((k) => [T(R, 'name', nameAs(k.p, 'full'), 'child'), T(R, 'personnummer', k.pn)])] }] : []),
      `Beslut: Bistånd beviljas med ${N(R, 'amount', kr(r, 3000, 15000), null)} enligt 4 kap. 1 § socialtjänstlagen.`,
      `Beslutet är fattat av ${T(R, 'name', nameAs(hd.p, 'full'), 'handler')}, socialsekreterare, på delegation.`,
      'Hur man överklagar: Skriv till Förvaltningsrätten inom tre veckor från den dag du fick del av beslutet.',
      '',
      'Med vänlig hälsning',
      { runs: [hd.p.first, ' ', hd.p.last] },
      { runs: ['Direkt: ', T(R, 'phone', hd.ph), ' · ', T(R, 'email', { value: hd.mail, subtype: 'work-personal' })] },
      footer(R, O, ['orgnr', 'switchboard']),
    ];
    if (i % 2) blocks.splice(8, 0, `Ombud: god man ${T(R, 'name', nameAs(godmen[i].p, 'full'), 'god-man')}, ${T(R, 'phone', godmen[i].ph)}.`);
    const out = docx(blocks, { creator: `${hd.p.first} ${hd.p.last}` });
    R.t('name', `${hd.p.first} ${hd.p.last}`, 'docx-runs');
    C.put(f, out.bytes, out.text);
  }

  // 5. LSS summary PDF.
  {
    const f = `${DIR}/lss_beslut_sammanstallning_2026.pdf`; const R = C.at(f); const r = new Rng(f);
    const lss = people(r, 70, { cp1252: true });
    const pages = []; let lines = [{ text: 'Stensjö kommun – LSS-handläggning', size: 14, bold: true }, `Sammanställning beviljade insatser ${svDate('2026-11-20')}`, ''];
    for (const [i, p] of lss.entries()) {
      const pn = r.chance(0.04) ? oldPnr(r) : pnr(r, { minYear: 1950, maxYear: 2018 });
      const st = r.weighted([['reversed', 40], ['full', 45], ['caps-reversed', 15]]);
      const rep = r.chance(0.5) ? people(r, 1, { cp1252: true })[0] : null;
      lines.push(`${N(R, 'case-number', `LSS-${num(r, 4)}`, null)}  ${T(R, 'name', nameAs(p, st))}  ${T(R, 'personnummer', pn)}  ${r.pick(['Daglig verksamhet', 'Ledsagarservice', 'Korttidsvistelse', 'Personlig assistans', 'Kontaktperson'])}  § ${r.int(1, 9)}`);
      if (rep) lines.push(`      ${r.pick(['Förvaltare', 'God man', 'Vårdnadshavare'])}: ${T(R, 'name', nameAs(rep, 'full'), 'representative')}, tfn ${T(R, 'phone', phone(r))}`);
      if (lines.length > 52) { pages.push(lines); lines = []; }
      if (i % 25 === 24) lines.push(`Kontakt: ${N(R, 'switchboard', O.switchboard, 'phone')} · ${role(R, O, 1)} · Org.nr ${N(R, 'organisationsnummer', O.orgnr, 'personnummer')}`);
    }
    lines.push('', `Handläggare: ${T(R, 'name', nameAs(staff[1].p, 'full'), 'handler')}`);
    pages.push(lines);
    const out = pdf(pages, { title: 'LSS sammanställning' });
    C.put(f, out.bytes, out.text);
  }

  // 6. Contact-centre calls CSV, UTF-8 with BOM, quoted multi-line notes.
  {
    const f = `${DIR}/kontaktcenter_samtal_nov.csv`; const R = C.at(f); const r = new Rng(f);
    const rows = [['Datum', 'Tid', 'Nummer', 'Kö', 'Agent', 'Anteckning', 'Väntetid (s)']];
    const agents = people(r, 6, { middle: 0 });
    for (let i = 0; i < 180; i++) {
      const a = r.pick(apps); const ag = r.pick(agents);
      const num1 = r.chance(0.06) ? N(R, 'hidden-number', 'Dolt nummer', null) : T(R, 'phone', r.chance(0.05) ? phone(r, 'foreign') : a.ph);
      const notes = [];
      const k = r.int(0, 5);
      if (k === 0) notes.push(`Ringde för ${T(R, 'name', nameAs(a.p, 'full'), 'running-text')} ang. utbetalning`, `kopplad till ${T(R, 'name', nameAs(a.h.p, 'full'), 'handler')}`);
      else if (k === 1) notes.push(`${T(R, 'name', nameAs(a.p, 'lower'), 'lower')} undrar om beslut, pnr ${T(R, 'personnummer', a.pn)}`, 'hänvisad till e-tjänsten');
      else if (k === 2) { const q = kin(r, a.p); notes.push(`Anhörig ${T(R, 'name', nameAs(q, 'full'), 'relative')} (${r.pick(RELS)}) ringer för ${T(R, 'name', nameAs(a.p, 'full'), 'running-text')}.`, 'fullmakt saknas, ingen info lämnad'); }
      else if (k === 3) notes.push(`Namn: ${N(R, 'lower-words', r.pick(['okänd', 'ej angivet', 'ny kund', 'anonym']))}`, `Felringning – sökte ${N(R, 'company', r.pick(COMPANIES))}`, `gav nr till ${N(R, 'service-line', O.service, 'phone')}`);
      else if (k === 4) notes.push(`Hej ${N(R, 'lone-first-name', a.p.call)} ringde tillbaka`, `ny adress: ${N(R, 'street', `${r.pick(STREETS)} ${r.int(1, 30)}`)}`);
      else notes.push(`${T(R, 'name', nameAs(a.p, 'caps'), 'caps')} – nödprövning, kopplad till socialjouren`);
      rows.push([N(R, 'date', date(r, '2026-11-01', '2026-11-22'), null), hms(r), num1, r.pick(['Ekonomiskt bistånd', 'Vuxen', 'Barn och familj', 'LSS']), T(R, 'name', nameAs(ag, 'full'), 'agent'), notes.join('\n'), String(r.int(4, 900))]);
    }
    const out = csv(rows, { sep: ',', bom: true, eol: '\r\n' });
    C.put(f, out.bytes, out.text);
  }

  // 7. Mail: applicants, forwards to handläggare, quoted replies, one HTML-only, base64, encoded-word headers.
  {
    const f = `${DIR}/kontaktcenter_inkorg.mbox`; const R = C.at(f); const r = new Rng(f);
    const msgs = [];
    for (let i = 0; i < 16; i++) {
      const a = apps[r.int(0, apps.length - 1)]; const h = a.h; const d = date(r, '2026-10-01', '2026-11-22');
      const kind = i % 4;
      const from = kind === 3 ? null : [T(R, 'name', nameAs(a.p, 'full'), 'header-display'), T(R, 'email', a.em)];
      const body1 = kind === 3 ? '' : [`Hej!`, '', `Jag heter ${T(R, 'name', nameAs(a.p, 'full'), 'self-intro')} och har ärende ${N(R, 'case-number', a.case, null)}.`,
        `Mitt personnummer är ${T(R, 'personnummer', a.pn)}. Jag har inte fått pengarna för ${r.pick(['hyran', 'el-räkningen', 'tandläkaren'])}.`,
        a.hh.kids[0] ? `Min ${r.pick(['dotter', 'son'])} ${T(R, 'name', nameAs(a.hh.kids[0].p, 'full'), 'child')} behöver också glasögon.` : 'Jag har ringt flera gånger.',
        '', `Mvh ${T(R, 'name', r.chance(0.3) ? nameAs(a.p, 'lower', 'signature-lower') : nameAs(a.p, 'full', 'signature'))}`, `${T(R, 'phone', a.ph)}`].join('\n');
      if (kind === 0) {
        const m = message({ from, to: [[N(R, 'org-display', 'Stensjö kommun Kontaktcenter'), role(R, O, 0)]], subject: `Fråga om utbetalning ${a.case}`, date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 8)}@${a.em.value.split('@')[1]}`, text: body1, enc: r.pick(['qp', '8bit']) });
        msgs.push({ ...m, sender: a.em.value });
      } else if (kind === 1) {
        const agent = r.pick(staff);
        const text = [`Hej ${N(R, 'lone-first-name', h.p.first)},`, '', 'Vidarebefordrar detta till dig som handläggare, sökande vill bli uppringd.', '',
          sig(R, agent.p, { title: 'Kontaktcenter', orgName: 'Stensjö kommun', ph: { ...agent.ph }, greet: 'Hälsningar' }), '',
          '---------- Vidarebefordrat meddelande ----------', `Från: ${from[0]} <${from[1]}>`, `Datum: ${svDate(d)} ${hhmm(r)}`, `Till: ${O.roles[0]}`, `Ämne: Fråga om utbetalning`, '', body1].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(agent.p, 'full'), 'header-display'), T(R, 'email', { value: agent.mail, subtype: 'work-personal' })], to: [[T(R, 'name', nameAs(h.p, 'full'), 'header-display'), T(R, 'email', { value: h.mail, subtype: 'work-personal' })]],
          subject: `VB: Fråga om utbetalning ${a.case}`, date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 9)}@${O.domain}`, text, enc: 'qp', hdrMode: 'B' });
        msgs.push({ ...m, sender: agent.mail });
      } else if (kind === 2) {
        const reply = [`Hej ${N(R, 'lone-first-name', a.p.call)}!`, '', `Utbetalningen gick iväg ${svDate(date(r))}. Kontrollera ditt konto ${N(R, 'account-number', `${r.int(3000, 9999)}-${num(r, 7)}`, null)}.`, '',
          sig(R, h.p, { title: 'Socialsekreterare, Ekonomiskt bistånd', orgName: 'Stensjö kommun', ph: h.ph, extra: [`Växel: ${N(R, 'switchboard', O.switchboard, 'phone')}`] }), '',
          `Den ${svDate(d)} skrev ${from[0]} <${from[1]}>:`, quote(body1)].join('\n');
        const m = message({ from: [T(R, 'name', nameAs(h.p, 'full'), 'header-display'), T(R, 'email', { value: h.mail, subtype: 'work-personal' })], to: [from],
          cc: [['Registrator', role(R, O, 5)]], subject: `SV: Fråga om utbetalning ${a.case}`, date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 9)}@${O.domain}`, text: reply, enc: 'b64' });
        msgs.push({ ...m, sender: h.mail });
      } else {
        const sender = kin(r, a.p);
        const em = email(r, sender);
        const html = `<html><body><p>Hej,</p><p>Jag skriver för min mamma <b>${xmlEsc(T(R, 'name', nameAs(a.p, 'full'), 'running-text'))}</b> (${T(R, 'personnummer', a.pn)}) som inte kan mejla själv.</p>`
          + `<p>Ring mig på ${T(R, 'phone', phone(r))} eller henne på ${T(R, 'phone', a.ph)}.</p><p>Tack på förhand!<br>${xmlEsc(T(R, 'name', nameAs(sender, 'full'), 'signature'))}</p>`
          + `<p style="font-size:9px">Skickat från min iPhone</p></body></html>`;
        const m = htmlOnly({ from: [T(R, 'name', nameAs(sender, 'full'), 'header-display'), T(R, 'email', em)], to: [['', role(R, O, 0)]], subject: 'Angående min mammas ansökan', date: rfcDate(d, `${hhmm(r)}:00`), id: `${num(r, 10)}@mail.example`, html, enc: r.pick(['qp', 'b64']) });
        msgs.push({ ...m, sender: em.value });
      }
    }
    const out = mboxRaw(msgs);
    C.put(f, out.bytes, out.text);
  }

  // 8. God man / förvaltare workbook.
  {
    const f = `${DIR}/stallforetradare_forteckning.xlsx`; const R = C.at(f); const r = new Rng(f);
    const huv = people(r, 60, {});
    const s1 = [['Namn', 'Personnummer', 'Typ', 'Ställföreträdare', 'Beslut tingsrätt']];
    const s2 = [['Förnamn', 'Efternamn', 'Telefon', 'E-post', 'Antal uppdrag']];
    const s3 = [['Ställföreträdare', 'Period', 'Arvode', 'Utbetalt till konto']];
    for (const p of huv) {
      const gm = r.pick(godmen);
      s1.push([T(R, 'name', nameAs(p, 'reversed')), T(R, 'personnummer', r.chance(0.08) ? oldPnr(r) : pnr(r)), r.pick(['Godmanskap', 'Förvaltarskap']), T(R, 'name', nameAs(gm.p, 'full'), 'god-man'), N(R, 'case-number', `Ä ${r.int(100, 9999)}-${r.int(18, 26)}`, null)]);
    }
    for (const gm of godmen) {
      C.joined(f, gm.p.first, gm.p.last);
      s2.push([gm.p.first, gm.p.last, T(R, 'phone', gm.ph), T(R, 'email', gm.em), r.int(1, 6)]);
      s3.push([T(R, 'name', nameAs(gm.p, 'reversed')), `2026-H${r.int(1, 2)}`, r.int(1200, 9800), N(R, 'account-number', `${r.int(3000, 9999)}-${num(r, 8)}`, null)]);
    }
    const out = xlsx([{ name: 'Huvudmän', rows: s1 }, { name: 'Ställföreträdare', rows: s2 }, { name: 'Arvoden', rows: s3 }], { creator: 'Överförmyndarenheten' });
    C.put(f, out.bytes, out.text);
  }

  // 9. XML payment export.
  {
    const f = `${DIR}/utbetalningar_2026-11.xml`; const R = C.at(f); const r = new Rng(f);
    const x = ['<?xml version="1.0" encoding="UTF-8"?>', `<Utbetalningsfil skapad="2026-11-20T16:02:11" avsandare="${xmlEsc(N(R, 'organisationsnummer', O.orgnr, 'personnummer'))}">`];
    for (const a of apps.slice(0, 80)) {
      x.push('  <Utbetalning>', `    <Referens>${N(R, 'ocr', num(r, 12), null)}</Referens>`, '    <Mottagare>',
        `      <Namn>${xmlEsc(T(R, 'name', nameAs(a.p, r.chance(0.5) ? 'caps-reversed' : 'full')))}</Namn>`,
        `      <Personnummer>${T(R, 'personnummer', a.pn)}</Personnummer>`,
        `      <Konto clearing="${r.int(3000, 9999)}">${N(R, 'account-number', num(r, 9), null)}</Konto>`, '    </Mottagare>',
        `    <Belopp valuta="SEK">${r.int(900, 15000)}.00</Belopp>`, `    <Handlaggare>${xmlEsc(T(R, 'name', nameAs(a.h.p, 'initial'), 'initial'))}</Handlaggare>`, '  </Utbetalning>');
    }
    x.push('</Utbetalningsfil>');
    const t = txt(x.join('\n'));
    C.put(f, t.bytes, t.text);
  }

  // 10. SMS gateway log: 46… numbers without +.
  {
    const f = `${DIR}/sms_gateway_2026-11.log`; const R = C.at(f); const r = new Rng(f);
    const out = [];
    for (let i = 0; i < 150; i++) {
      const a = r.pick(apps); const d = date(r, '2026-11-01', '2026-11-22');
      const to = T(R, 'phone', phone(r, 'mobile', 'e164-no-plus'));
      const msgid = N(R, 'id-46', id46(r), null);
      const k = r.int(0, 3);
      const text = k === 0 ? `Hej! Påminnelse om ditt möte med ${T(R, 'name', nameAs(a.h.p, 'full'), 'sms-text')} ${d.slice(8)}/${d.slice(5, 7)} kl ${hhmm(r)}. Stensjö kommun`
        : k === 1 ? `Din utbetalning för ${r.pick(['november', 'december'])} är gjord. Frågor? Ring ${N(R, 'switchboard', O.switchboard, 'phone')}`
          : k === 2 ? `Komplettering saknas i ärende ${N(R, 'case-number', a.case, null)}. Logga in på e-tjänsten.` : 'Svara JA för att bekräfta tiden.';
      out.push(`${d}T${hms(r)}Z INFO smsgw[${r.int(1000, 9999)}] SEND from=STENSJOKOM to=${to} msgid=${msgid} parts=${r.int(1, 2)} status=${r.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'EXPIRED', 'FAILED'])} text="${text}"`);
      if (r.chance(0.15)) out.push(`${d}T${hms(r)}Z INFO smsgw[${r.int(1000, 9999)}] RECV from=${T(R, 'phone', phone(r, 'mobile', 'e164-no-plus'))} to=${N(R, 'sms-shortcode', '72150', null)} text="JA"`);
      if (r.chance(0.05)) out.push(`${d}T${hms(r)}Z WARN smsgw upstream ${server(R, O, 1)} timeout, retry`);
    }
    const t = txt(out.join('\n'));
    C.put(f, t.bytes, t.text);
  }
}
