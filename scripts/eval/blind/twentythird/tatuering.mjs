// Twenty-third blind set — a tattoo and piercing studio: consent forms with age checks and guardians, an Instagram
// DM export (names in Latin-1 mojibake, as such exports write them), a WhatsApp chat export, booking-system export,
// consent forms as .docx, aftercare SMS, customer vCards, web-form submissions, gift cards, studio mail, the artists'
// page and an incident log on age limits.
import { Rng, people, person, kin, pnr, phone, email, workEmail, T, TN, date, dotDate, hhmm, hms, isoTs, num, alnum, ipVal, ua, org, footer, role, server, nears,
  csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText, folded, jsonText, put, amount, svDate, LONE, LOOKALIKE, alt, mojibake, ascii } from './core.mjs';

const O = { name: 'Bläck & Nål Studio', domain: 'blackochnal.se' };
const WORKS = ['fineline ros underarm', 'helix piercing', 'septum', 'navelpiercing', 'blackwork rygg (sittning 2 av 4)', 'täckning gammal tatuering', 'minnestatuering namn + datum', 'öronlobspiercing x2', 'näspiercing', 'mandala axel'];

export default function tatuering(C) {
  const g = new Rng('tatuering/org');
  const o = org(g, { ...O, area: '40', roles: ['bokning', 'info', 'noreply', 'hej', 'presentkort'] });
  const artists = people(g, 7, { cp1252: true, middle: 0 }).map((p, i) => ({ ...p, handle: ['inkbyrojin', 'nal.och.trad', 'blackline_mo', 'pierce.with.care', 'dotwork.deluxe', 'fineline.fia', 'old.school.olle'][i], mob: phone(g, 'mobile', 'compact'), mail: workEmail(p, O.domain) }));

  // 1. Consent forms export (UTF-8 `,`, multi-line cells).
  {
    const f = 'tatuering/samtycken_export.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Formulär-ID', 'Inskickat', 'Kundens namn', 'Personnummer', 'Ålder', 'Telefon', 'E-post', 'Behandling', 'Vårdnadshavare', 'Vårdnadshavares personnummer', 'Vårdnadshavare tel', 'Hälsodeklaration', 'Artist']];
    for (let i = 0; i < 110; i++) {
      const minor = rng.chance(0.25); const p = person(rng); const a = rng.pick(artists);
      const pn = pnr(rng, minor ? { minYear: 2009, maxYear: 2010 } : { minYear: 1960, maxYear: 2008 });
      const gd = minor ? kin(rng, p) : null;
      const health = alt(rng, () => 'Inga kända allergier', () => `Allergi nickel.\nTar blodförtunnande (Waran) – ok enl. läkare`, () => `Diabetes typ 1\nKontaktperson vid nödfall: ${TN(R, person(rng), 'full')} ${T(R, 'phone', phone(rng))}`, () => '-');
      rows.push([n.id('form-id', `F-${alnum(rng, 8)}`), `${date(rng, '2026-03-01', '2026-11-22')} ${hms(rng)}`, TN(R, p, rng.pick(['full', 'full', 'lower', 'caps'])), T(R, 'personnummer', pn), String(minor ? rng.int(16, 17) : rng.int(18, 60)),
        T(R, 'phone', phone(rng, 'mobile')), rng.chance(0.8) ? T(R, 'email', email(rng, p)) : '', rng.pick(WORKS), gd ? TN(R, gd, 'full', 'guardian') : '', gd ? T(R, 'personnummer', pnr(rng, { minYear: 1968, maxYear: 1990 })) : '',
        gd ? T(R, 'phone', phone(rng)) : '', health, TN(R, a, 'short', 'staff')]);
    }
    put(C, f, csv(rows));
  }

  // 2. Instagram DM export (JSON, names and text in mojibake).
  {
    const f = 'tatuering/instagram_inbox_message_1.json'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const convs = [];
    for (let c = 0; c < 26; c++) {
      const p = person(rng); const a = rng.pick(artists); const studio = 'Bläck & Nål Studio';
      const pm = mojibake(p.full); R.t('name', pm, /[^\x00-\x7f]/.test(p.full) ? 'mojibake' : 'chat-speaker');
      const msgs = []; let ts = Date.parse(`${date(rng, '2026-05-01', '2026-11-20')}T10:00:00Z`);
      const say = (who, txt) => { ts += rng.int(60, 20000) * 1000; msgs.push({ sender_name: who, timestamp_ms: ts, content: mojibake(txt), is_geoblocked_for_viewer: false }); };
      say(pm, rng.pick(['hej! har ni tid för en fineline?', 'Hej, vill boka piercing', 'hallå, kan man boka för min dotter som är 16?']));
      say(mojibake(studio), `Hej! Absolut, ${a.first} har tider i ${rng.pick(['december', 'januari'])}. Vad heter du och vilket nummer når vi dig på?`);
      const ph = phone(rng, 'mobile', rng.pick(['compact', 'grouped', 'spaced'])); T(R, 'phone', ph);
      const em = email(rng, p); T(R, 'email', em);
      say(pm, `${p.full} heter jag, ${ph.value} / ${em.value}`);
      if (rng.chance(0.4)) { const gd = kin(rng, p); const gv = mojibake(gd.full); R.t('name', gv, /[^\x00-\x7f]/.test(gd.full) ? 'mojibake' : 'guardian'); say(pm, `min förälder ${gd.full} följer med och skriver under`); }
      if (rng.chance(0.3)) { say(pm, `personnummer ${T(R, 'personnummer', pnr(rng, { minYear: 1985, maxYear: 2007 }))} om ni behöver`); }
      say(mojibake(studio), `Toppen! Bokat ${svDate(date(rng, '2026-12-01', '2027-01-31'))} kl ${hhmm(rng)}. Handpenning ${n.amount('500 kr')} via Swish ${n.id('swish-number', `123 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`)}.`);
      if (rng.chance(0.2)) say(pm, `tack ${n.lone(a.first)}!! ❤️`);
      convs.push({ participants: [{ name: pm }, { name: mojibake(studio) }], messages: msgs.reverse(), title: pm, is_still_participant: true, thread_path: `inbox/${ascii(p.first).replace(/ /g, '')}_${num(rng, 9)}` });
    }
    put(C, f, jsonText({ conversations: convs }));
  }

  // 3. WhatsApp chat export (.txt).
  {
    const f = 'tatuering/WhatsApp Chat med Studio Bokning.txt'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [`[2026-09-01 09:00:00] Studio Bokning: ‎Meddelanden och samtal är end-to-end-krypterade.`];
    let d = '2026-09-01';
    for (let i = 0; i < 70; i++) {
      d = date(rng, '2026-09-01', '2026-11-22'); const a = rng.pick(artists);
      const known = rng.chance(0.6); const p = person(rng); const num0 = phone(rng, 'mobile', 'intl');
      const who = known ? TN(R, p, 'full', 'chat-speaker') : T(R, 'phone', num0);
      L.push(`[${d} ${hms(rng)}] ${who}: ${alt(rng, () => `Hej! Är det ${n.lone(a.first)} som gör fineline?`, () => `kan jag flytta min tid till fredag?`, () => `jag heter ${TN(R, p, 'lower', 'self-intro')} och har tid imorgon`, () => 'skickar bild på skissen', () => `min kompis ${TN(R, person(rng), 'full')} vill också boka, hennes nr ${T(R, 'phone', phone(rng))}`)}`);
      L.push(`[${d} ${hms(rng)}] Studio Bokning: ${alt(rng, () => 'Hej! Ja det går bra 😊', () => `Flyttat till ${svDate(date(rng, '2026-11-25', '2026-12-20'))} ${hhmm(rng)}`, () => `Vi behöver ditt personnummer för samtycket`, () => `Ring oss på ${R.n('phone', 'switchboard', o.switchboard)} om det krånglar`)}`);
      if (rng.chance(0.25)) L.push(`[${d} ${hms(rng)}] ${who}: ${T(R, 'personnummer', pnr(rng, { minYear: 1980, maxYear: 2008 }))}`);
      if (rng.chance(0.15)) L.push(`[${d} ${hms(rng)}] ${TN(R, a, 'full', 'chat-speaker')}: Jag tar den! Hör av dig på ${T(R, 'phone', { ...a.mob, subtype: 'staff-mobile' })} om du har frågor om eftervården`);
    }
    const sorted = [L[0], ...L.slice(1).sort()];
    put(C, f, `${sorted.join('\n')}\n`);
  }

  // 4. Booking system export (cp1252 `;`).
  {
    const f = 'tatuering/bokningar_nov.csv'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const rows = [['Bokning', 'Datum', 'Tid', 'Förnamn', 'Efternamn', 'Mobil', 'E-post', 'Tjänst', 'Artist', 'Pris', 'Handpenning', 'Kommentar']];
    for (let i = 0; i < 120; i++) {
      const p = person(rng, { cp1252: true }); C.joined(f, p.given, p.last); const a = rng.pick(artists);
      rows.push([n.id('booking-number', `B${num(rng, 6)}`), n.date(date(rng, '2026-11-01', '2026-11-30')), hhmm(rng), p.given, p.last, T(R, 'phone', phone(rng, 'mobile')), rng.chance(0.7) ? T(R, 'email', email(rng, p)) : '',
        rng.pick(WORKS), a.first, n.amount(amount(rng, 400, 6000)), rng.pick(['500 kr', '0', '1000 kr']), alt(rng, () => '', () => '', () => 'målsman med', () => `ref ${n.id('order-number', num(rng, 7))}`, () => `kollat leg ${n.masked()}`, () => 'no show förra gången')]);
    }
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 5. Consent forms for minors (.docx, three of them).
  for (let k = 1; k <= 3; k++) {
    const f = `tatuering/samtycke_vardnadshavare_${k}.docx`; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const blocks = [{ h: 'Samtycke från vårdnadshavare – piercing för person under 18 år' }, `Enligt lag (2005:1124) krävs vårdnadshavares samtycke för piercing av den som är under 18 år. Tatuering utförs inte på personer under 18 år.`];
    for (let i = 0; i < 6; i++) {
      const p = person(rng); const g1 = kin(rng, p); const g2 = rng.chance(0.5) ? person(rng) : null;
      blocks.push({ h: `Formulär ${n.id('form-id', `F-${alnum(rng, 8)}`)}` });
      blocks.push({ table: [['Kund', TN(R, p, 'full')], ['Personnummer', T(R, 'personnummer', pnr(rng, { minYear: 2009, maxYear: 2011 }))], ['Behandling', rng.pick(WORKS.filter((w) => w.includes('piercing')))],
        ['Vårdnadshavare 1', TN(R, g1, 'full', 'guardian')], ['Personnummer vh 1', T(R, 'personnummer', pnr(rng, { minYear: 1970, maxYear: 1992 }))], ['Telefon vh 1', T(R, 'phone', phone(rng))],
        ['Vårdnadshavare 2', g2 ? TN(R, g2, 'full', 'guardian') : 'ensam vårdnad'], ['Legitimation kontrollerad', `${rng.pick(['pass', 'id-kort', 'körkort'])} nr ${n.id('id-document-number', num(rng, 8))}`]] });
      blocks.push({ runs: ['Underskrift: ', g1.full, ` (${rng.pick(['på plats', 'BankID'])})   Datum: `, n.date(dotDate(date(rng)))] });
    }
    blocks.push(footer(R, o, ['orgnr', 'switchboard']));
    const a = rng.pick(artists);
    put(C, f, docx(blocks, { creator: R.t('name', a.full, 'docx-creator') }));
  }

  // 6. Aftercare SMS log.
  {
    const f = 'tatuering/eftervard_sms.log'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (let i = 0; i < 140; i++) {
      const d = date(rng, '2026-09-01', '2026-11-22');
      const to = T(R, 'phone', phone(rng, 'mobile', rng.pick(['plain46', 'plain46', 'e164'])));
      L.push(`${d} ${hms(rng)} | OUT | ${to} | ${rng.pick(['Eftervård dag 3: tvätta med mild tvål, inga bad.', 'Hur läker det? Svara gärna med en bild.', 'Påminnelse: din tid imorgon. Ta med legitimation!', `Din kod: ${rng.digits(6)}`])} | ${rng.pick(['ok', 'ok', 'failed'])}`);
      if (rng.chance(0.2)) L.push(`${d} ${hms(rng)} | IN  | ${to} | ${alt(rng, () => 'det är rött och svullet??', () => 'tack!', () => 'STOPP', () => `mvh ${TN(R, person(rng), 'lower', 'lower')}`)} | -`);
    }
    put(C, f, `${L.join('\n')}\n`);
  }

  // 7. Customer vCards.
  {
    const f = 'tatuering/stamkunder.vcf'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (let i = 0; i < 40; i++) {
      const p = person(rng);
      L.push('BEGIN:VCARD', 'VERSION:3.0', `N:${p.last};${p.given};;;`, `FN:${R.t('name', p.full, 'vcard-fn')}`, `TEL;TYPE=CELL:${T(R, 'phone', phone(rng, 'mobile', rng.pick(['intl', 'e164', 'compact'])))}`);
      if (rng.chance(0.6)) L.push(`EMAIL:${T(R, 'email', email(rng, p))}`);
      if (rng.chance(0.3)) L.push(`X-SOCIALPROFILE;TYPE=instagram:${n.id('handle', `@${ascii(p.first).slice(0, 4)}_${alnum(rng, 4).toLowerCase()}`)}`);
      L.push(`NOTE:${rng.pick(['stamkund', 'allergi latex', 'vill ha kvällstider', 'pågående ärm'])}`, 'END:VCARD');
    }
    put(C, f, folded(L));
  }

  // 8. Web form submissions (NDJSON).
  {
    const f = 'tatuering/webbformular_forfragningar.ndjson'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = [];
    for (let i = 0; i < 120; i++) {
      const p = person(rng);
      const rec = { id: n.id('form-id', `wf_${alnum(rng, 10).toLowerCase()}`), submitted_at: isoTs(rng, date(rng, '2026-08-01', '2026-11-22')), fields: { namn: TN(R, p, rng.pick(['full', 'full', 'lower'])), telefon: T(R, 'phone', phone(rng, 'mobile')), epost: T(R, 'email', email(rng, p)), motiv: rng.pick(WORKS), storlek_cm: rng.int(3, 40), placering: rng.pick(['underarm', 'vad', 'nyckelben', 'rygg', 'öra']) },
        meta: { ip: T(R, 'ip', ipVal(rng)), user_agent: ua(rng), consent_gdpr: true } };
      if (rng.chance(0.15)) rec.fields.meddelande = `Jag är ${rng.int(16, 17)} år, min förälder ${TN(R, kin(rng, p), 'full', 'guardian')} kan följa med.`;
      else if (rng.chance(0.1)) rec.fields.meddelande = `Önskar ${n.lone(rng.pick(artists).first)} som artist`;
      L.push(JSON.stringify(rec));
    }
    put(C, f, `${L.join('\n')}\n`);
  }

  // 9. Gift cards (.xlsx).
  {
    const f = 'tatuering/presentkort_2026.xlsx'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const s1 = [['Kod', 'Värde', 'Köpt', 'Köpare', 'Köparens e-post', 'Mottagare', 'Inlöst', 'Saldo']];
    for (let i = 0; i < 70; i++) {
      const b = person(rng); const r = person(rng);
      s1.push([n.id('gift-card-code', `BN-${alnum(rng, 4)}-${alnum(rng, 4)}`), rng.pick([500, 1000, 1500, 2500]), n.date(date(rng, '2026-01-01', '2026-11-22')), TN(R, b, rng.pick(['full', 'surname-first'])), T(R, 'email', email(rng, b)), rng.chance(0.7) ? TN(R, r, 'full') : '', rng.chance(0.4) ? n.date(date(rng)) : '', rng.int(0, 2500)]);
    }
    const s2 = [['Artist', 'Instagram', 'Provision %', 'Mobil']];
    for (const a of artists) s2.push([TN(R, a, 'full', 'staff'), n.id('handle', `@${a.handle}`), rng.pick([40, 45, 50]), T(R, 'phone', { ...a.mob, subtype: 'staff-mobile' })]);
    put(C, f, xlsx([{ name: 'Presentkort', rows: s1 }, { name: 'Artister', rows: s2 }], { creator: 'Bläck & Nål' }));
  }

  // 10. Studio mail (mbox: complaints, guardian questions, base64, forwarded).
  {
    const f = 'tatuering/studio_inkorg.mbox'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 22; i++) {
      const p = person(rng); const pe = email(rng, p); const d = date(rng, '2026-07-01', '2026-11-22'); const a = rng.pick(artists);
      R.t('name', p.full, 'header-display'); T(R, 'email', pe);
      const text = alt(rng,
        () => [`Hej,`, `Mitt barn ${TN(R, kin(rng, p), 'full')} (${T(R, 'personnummer', pnr(rng, { minYear: 2009, maxYear: 2010 }))}) gjorde en piercing hos er utan mitt samtycke. Jag är vårdnadshavare och vill ha en förklaring.`, '', `${TN(R, p, 'full', 'signature')}`, T(R, 'phone', phone(rng))].join('\n'),
        () => [`Hi there!`, `I'm visiting Gothenburg in December and would love a small piece by ${n.lone(a.first)}. I'm ${TN(R, p, 'full', 'self-intro')}, reachable on ${T(R, 'phone', phone(rng, 'foreign'))}.`, 'Cheers'].join('\n'),
        () => [`Hej!`, `Tatueringen läker dåligt, se bild. Bokning ${n.id('booking-number', `B${num(rng, 6)}`)}.`, `Mvh ${TN(R, p, rng.pick(['lower', 'short']), 'signature')}`].join('\n'));
      msgs.push({ from: [p.full, pe.value], to: [[O.name, role(R, o, 3)]], subject: rng.pick(['Fråga', 'Klagomål piercing', 'Booking request', 'Läkning']), date: rfcDate(d, hms(rng)), id: `${alnum(rng, 11)}@${pe.value.split('@')[1]}`, text, enc: rng.pick(['b64', 'qp', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
      if (rng.chance(0.5)) {
        const reply = [`Hej ${n.lone(p.first)},`, 'Tack för ditt mejl. Vi ser över ärendet och återkommer.', '', '/' + TN(R, a, 'full', 'staff'), `${O.name} · ${T(R, 'phone', { ...a.mob, subtype: 'staff-mobile' })} · ${n.id('handle', `@${a.handle}`)}`, '', `Den ${svDate(d)} skrev ${p.full}:`, '> ' + text.split('\n').join('\n> ')].join('\n');
        msgs.push({ from: [a.full, a.mail], to: [[p.full, pe.value]], cc: [['Bokning', role(R, o, 0)]], subject: 'SV: ärende', date: rfcDate(d, '18:00:00'), id: `${alnum(rng, 12)}@blackochnal.se`, text: reply, enc: 'qp' });
        R.t('email', a.mail, 'staff-work');
      }
    }
    put(C, f, mbox(msgs));
  }

  // 11. Artists' page (HTML).
  {
    const f = 'tatuering/artister.html'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const cards = artists.map((a) => `<div class="artist"><h2>${htmlEsc(TN(R, a, 'full', 'staff'))}</h2><p class="ig"><a href="https://instagram.com/${a.handle}">${htmlEsc(n.id('handle', `@${a.handle}`))}</a></p><p>${rng.pick(['Fineline och botaniskt.', 'Blackwork, dotwork.', 'Piercer sedan 2012.', 'Old school och färg.'])}</p></div>`).join('\n');
    const reviews = Array.from({ length: 25 }, () => { const p = person(rng); return `<li><b>${htmlEsc(TN(R, p, rng.pick(['full', 'short', 'initial'])))}</b> ★★★★★ ${rng.pick(['Superproffsigt!', 'Bästa studion i stan', 'Rekommenderas'])}</li>`; }).join('\n');
    const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${O.name} – artister</title></head><body><h1>Våra artister</h1>\n${cards}\n<h2>Omdömen</h2><ul>\n${reviews}\n</ul><footer>${htmlEsc(footer(R, o, ['orgnr', 'switchboard']))} · <a href="mailto:${role(R, o, 1)}">${o.roles[1]}</a> · Vi finns vid ${htmlEsc(n.look('lookalike-street', rng.pick(LOOKALIKE.street)))}</footer></body></html>`;
    put(C, f, { bytes: Buffer.from(html, 'utf8'), text: htmlToText(html) });
  }

  // 12. Age-limit incidents (Markdown).
  {
    const f = 'tatuering/incidenter_aldersgrans.md'; const R = C.at(f); const rng = new Rng(f); const n = nears(R, rng);
    const L = ['# Incidenter – åldersgräns och legitimation 2026', ''];
    for (let i = 0; i < 30; i++) {
      const p = person(rng); const a = rng.pick(artists);
      L.push(`## ${dotDate(date(rng, '2026-01-10', '2026-11-22'))} – ${rng.pick(['Falsk legitimation', 'Saknat samtycke', 'Vårdnadshavare ej på plats', 'Berusad kund'])}`, '',
        `${TN(R, p, rng.pick(['full', 'surname-first']))} uppgav personnummer ${T(R, 'personnummer', pnr(rng, { minYear: 2007, maxYear: 2010 }))} men legitimationen visade ${rng.chance(0.5) ? n.badDate() : n.badLuhn()}. ${alt(rng, () => `Vårdnadshavaren ${TN(R, kin(rng, p), 'full', 'guardian')} kontaktades på ${T(R, 'phone', phone(rng))}.`, () => 'Kunden lämnade studion.', () => `Ärendet lämnat till ${n.lone(rng.pick(LONE))} i receptionen.`)}`,
        `Ansvarig: ${TN(R, a, 'full', 'staff')}`, '');
    }
    put(C, f, `${L.join('\n')}\n`);
  }
}
