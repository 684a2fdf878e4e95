// Fifteenth blind set — Svepa Mobility AB (svepa/): an e-scooter and e-bike rental app's support. App events
// (NDJSON with device IPs, GPS positions and app versions), parking fines (UTF-8 BOM CSV with quoted multi-line
// appeals), Intercom-shaped conversations (JSON), incident reports (.docx), a police data request and the answer
// (.pdf), residents' and riders' complaints (mbox), ride receipts (saved admin HTML), the admin panel's access log,
// user export (.xlsx, three sheets), the SMS verification log, field-ops notes (Markdown), app store reviews (CSV).
import { Rng, person, people, crowd, kin, nameAs, N, J, pnr, phone, foreign, email, workEmail, T, date, dotDate, hhmm, hms, ms, isoTs, hex, ocr, uuid, kr,
  ipVal, org, footer, role, server, nears, pdfLines, jsonText, ndjson, putText, csv, xlsx, docx, mbox, rfcDate, htmlEsc, htmlToText,
  num, safe, svDate, street, postcode, CITIES, LONE, gps, alnum, cp1252ok, cgnat, v6, publicIp } from './core.mjs';

const DEVICES = ['iPhone14,5', 'iPhone15,2', 'SM-S911B', 'SM-A546B', 'Pixel 8', 'iPhone13,2', 'moto g54', 'CPH2451'];

export default function svepa(C) {
  const rng = new Rng('svepa');
  const O = org(rng, { name: 'Svepa Mobility AB', domain: 'svepa.se', area: '8', roles: ['support', 'hello', 'noreply', 'parkering', 'press'] });
  const staff = people(rng, 8, { origins: [['swedish', 55], ['english', 10], ['persian', 10], ['polish', 10], ['spanish', 5], ['finnish', 10]], cp1252: true });
  staff.forEach((s) => { s.mail = workEmail(s, O.domain); });
  const users = crowd(rng, 170).map((p) => ({ p, id: `u_${hex(rng, 10)}`, mob: rng.chance(0.85) ? phone(rng, 'mobile', rng.pick(['e164', 'e164', 'intl', 'compact'])) : foreign(rng, rng.pick(['DE', 'GB', 'NO', 'DK', 'FI', 'US', 'PL'])),
    mail: email(rng, p), pnr: rng.chance(0.6) ? pnr(rng, { minYear: 1960, maxYear: 2008 }) : null }));
  const scooter = () => `SV-${rng.int(1000, 9999)}-${rng.pick(['A', 'B', 'K', 'X'])}`;
  const pos = (R) => { const g = gps(rng); return R.n(null, 'gps', `${g.lat},${g.lon}`); };
  const deviceIp = (R) => T(R, 'ip', ipVal(rng, [['cg', 40], ['v6', 30], ['pub', 30]]));

  // 1. app events
  {
    const file = 'svepa/logs/app_events_2026-11-15.ndjson'; const R = C.at(file); const nm = nears(R, rng);
    const ev = [];
    for (let i = 0; i < 220; i++) {
      const u = rng.pick(users); const t = `2026-11-15T${ms(rng)}Z`; const type = rng.pick(['ride.start', 'ride.end', 'ride.end', 'auth.login', 'payment.failed', 'account.signup', 'support.open']);
      const o = { ts: t, type, user: u.id, device: { model: rng.pick(DEVICES), app: nm.version(`${rng.int(3, 4)}.${rng.int(0, 30)}.${rng.int(0, 9)}.${rng.int(100, 999)}`), ip: deviceIp(R) } };
      if (type.startsWith('ride')) Object.assign(o, { vehicle: R.n(null, 'vehicle-id', scooter()), pos: pos(R), battery: rng.int(5, 100) });
      if (type === 'account.signup') Object.assign(o, { profile: { name: N(R, u.p), phone: T(R, 'phone', u.mob), email: T(R, 'email', u.mail) } });
      if (type === 'payment.failed') Object.assign(o, { amount: nm.amount(`${rng.int(15, 180)}.${rng.int(10, 99)}`), psp_ref: R.n(null, 'psp-ref', `pi_${alnum(rng, 18)}`) });
      if (type === 'auth.login') o.msisdn = u.mob.subtype.startsWith('foreign') ? T(R, 'phone', u.mob) : R.t('phone', u.mob.value.replace(/[\s+]/g, '').replace(/^0(?=7)/, '46'), 'mobile-e164-no-plus');
      ev.push(o);
    }
    putText(C, file, ndjson(ev));
  }

  // 2. parking fines, UTF-8 BOM ; CSV, multi-line appeals
  {
    const file = 'svepa/parkering/felparkeringsavgifter_okt.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['Avgiftsnr', 'Datum', 'Fordon', 'Position', 'Zon', 'Användare', 'E-post', 'Telefon', 'Belopp', 'Status', 'Överklagan']];
    for (let i = 0; i < 150; i++) {
      const u = rng.pick(users); const d = date(rng, '2026-10-01', '2026-10-31');
      let appeal = '';
      if (rng.chance(0.35)) appeal = rng.pick([
        () => `Det var inte jag som körde, min son ${N(R, kin(rng, u.p), 'full', 'running-text')} lånade kontot.\nMvh ${N(R, u.p, 'full', 'signature')}`,
        () => `Appen visade grön zon!! skärmdump bifogad.\n/${u.p.first}`,
        () => `Jag parkerade utanför ${R.n('name', 'street', rng.pick(['Olof Palmes gata 9', 'Anna Lindhs plats', 'Pelle Molins gata 2']))}, det är tillåtet.\nRing ${T(R, 'phone', phone(rng))}`,
      ])();
      if (appeal.includes('skärmdump')) R.n('name', 'lone-first-name', u.p.first);
      rows.push([R.n(null, 'fine-number', `FP-${num(rng, 7)}`), `${d} ${hhmm(rng)}`, R.n(null, 'vehicle-id', scooter()), pos(R), rng.pick(['Innerstaden', 'Södermalm', 'Centrum', 'Hamnen']),
        N(R, u.p, rng.pick(['full', 'full', 'surname-first', 'lower'])), T(R, 'email', u.mail), T(R, 'phone', u.mob), nm.amount(`${rng.pick([150, 250, 400, 600])},00`), rng.pick(['Debiterad', 'Överklagad', 'Avskriven', 'Obetald']), appeal]);
    }
    const r = csv(rows, { sep: ';', bom: true }); C.put(file, r.bytes, r.text);
  }

  // 3. Intercom-shaped conversations
  {
    const file = 'svepa/support/intercom_conversations.json'; const R = C.at(file); const nm = nears(R, rng);
    const convs = [];
    for (let i = 0; i < 40; i++) {
      const u = rng.pick(users); const a = rng.pick(staff); const d = date(rng);
      const parts = [
        { part_type: 'comment', author: { type: 'user', name: N(R, u.p, 'full', 'chat-speaker'), email: T(R, 'email', u.mail) }, body: `<p>${htmlEsc(rng.pick([
          () => `I was charged twice for ride ${R.n(null, 'ride-id', `R${num(rng, 9)}`)}. My phone is ${T(R, 'phone', u.mob)}`,
          () => `Scootern ${R.n(null, 'vehicle-id', scooter())} låste sig mitt i backen, fick gå hem. Kan ni ringa ${T(R, 'phone', u.mob)}?`,
          () => `Jag blev påkörd av en av era sparkcyklar vid ${R.n('name', 'place', 'Sankt Eriksplan')}. Föraren hette ${N(R, person(rng), 'full', 'running-text')} enligt vittnet.`,
          () => `hej mitt konto är spärrat, jag heter ${N(R, u.p, 'lower')}`,
        ])())}</p>` },
        { part_type: 'comment', author: { type: 'admin', name: N(R, a, 'full', 'chat-speaker'), email: R.t('email', a.mail, 'staff-work') }, body: `<p>Hej ${htmlEsc(R.n('name', 'lone-first-name', u.p.first))}! ${rng.pick(['Jag har återbetalat dubbeldragningen.', 'Vi har skickat ut en tekniker.', 'Kontot är upplåst nu.', 'Vi behöver ditt personnummer för att gå vidare.'])}</p>` },
      ];
      if (u.pnr && rng.chance(0.4)) parts.push({ part_type: 'comment', author: { type: 'user', name: u.p.full, email: u.mail.value }, body: `<p>${T(R, 'personnummer', u.pnr)}</p>` });
      convs.push({ type: 'conversation', id: String(rng.int(100000000, 999999999)), created_at: 1763000000 + rng.int(0, 2000000), source: { type: rng.pick(['conversation', 'email']), author: { type: 'user', id: u.id } },
        contacts: { contacts: [{ type: 'contact', id: hex(rng, 24), external_id: u.id }] }, custom_attributes: { 'Senaste IP': deviceIp(R), Plattform: rng.pick(['ios', 'android']) }, conversation_parts: { total_count: parts.length, conversation_parts: parts } });
    }
    putText(C, file, jsonText({ type: 'conversation.list', conversations: convs }));
  }

  // 4. incident reports .docx
  for (let f = 0; f < 2; f++) {
    const u = users.filter((x) => cp1252ok(x.p.full))[f * 7 + 2]; const inj = person(rng); const wit = person(rng); const a = staff[f + 2];
    const file = `svepa/incidenter/skaderapport_${num(rng, 6)}.docx`; const R = C.at(file); const nm = nears(R, rng);
    const blocks = [{ h: 'Skaderapport – incident med fordon' }, { table: [['Incidentnr', R.n(null, 'incident-number', `INC-${num(rng, 6)}`)], ['Datum/tid', `${nm.date(date(rng))} ${hhmm(rng)}`], ['Fordon', R.n(null, 'vehicle-id', scooter())], ['Position', pos(R)],
      ['Förare (kund)', N(R, u.p)], ['Kundens telefon', T(R, 'phone', u.mob)], ['Skadad person', N(R, inj)], ['Skadad, telefon', T(R, 'phone', phone(rng))], ['Vittne', N(R, wit, 'surname-first')], ['Polisanmälan', R.n(null, 'police-report', `K${num(rng, 6)}-26`)]] },
    { runs: ['Händelseförlopp: Enligt ', N(R, wit, 'full', 'running-text'), ' svängde föraren ut från cykelbanan vid ', R.n('name', 'street', 'Evert Taubes terrass'), ' och kolliderade med fotgängaren, som föll och slog i handleden. ', 'Ambulans tillkallades inte.'] },
    `Föraren uppger personnummer ${u.pnr ? T(R, 'personnummer', u.pnr) : T(R, 'personnummer', pnr(rng))}. Försäkringsärende hos ${rng.pick(['Trygg-Hansa', 'If', 'Folksam'])}: ${R.n(null, 'claim-number', `SK${num(rng, 8)}`)}`,
    `Rapporten upprättad av ${N(R, a, 'full', 'staff')}, ${R.t('email', a.mail, 'staff-work')}`];
    const r = docx(blocks, { creator: a.full }); R.t('name', a.full, 'docx-creator'); C.put(file, r.bytes, r.text);
  }

  // 5. police data request and answer
  {
    const file = 'svepa/juridik/polisbegaran_svar.pdf'; const R = C.at(file); const nm = nears(R, rng);
    const cand = users.filter((x) => cp1252ok(x.p.full) && x.pnr);
    const lines = [{ text: 'Svar på begäran om utlämnande av uppgifter', size: 14, bold: true }, `Er referens: ${R.n(null, 'police-report', `5000-K${num(rng, 6)}-26`)}   Handläggare Polisen: ${N(R, person(rng, { cp1252: true }), 'full', 'officer')}`,
      `Datum ${nm.date('2026-11-18')}`, '', 'Begärda uppgifter avser användare som hyrt fordon inom angivet område och tidsintervall.', ''];
    for (const u of cand.slice(0, 14)) {
      lines.push(`Användare: ${N(R, u.p, 'caps')}  Personnummer: ${T(R, 'personnummer', u.pnr)}  Mobil: ${T(R, 'phone', u.mob)}`);
      lines.push(`  E-post: ${T(R, 'email', u.mail)}  Konto-id: ${R.n(null, 'user-id', u.id)}`);
      for (let j = 0; j < 3; j++) lines.push(`  ${nm.date(date(rng, '2026-11-01', '2026-11-10'))} ${hms(rng)}  IP ${T(R, 'ip', ipVal(rng, [['cg', 40], ['pub', 40], ['v6', 20]]))}  start ${pos(R)}`);
    }
    lines.push('', `Kontaktperson: ${N(R, staff[0], 'full', 'staff')}, Legal, ${R.t('email', staff[0].mail, 'staff-work')}`, footer(R, O, ['orgnr', 'switchboard']));
    const r = pdfLines(lines, { title: 'Svar polisbegäran' }); C.put(file, r.bytes, r.text);
  }

  // 6. complaints mbox
  {
    const file = 'svepa/support/klagomal.mbox'; const R = C.at(file); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 38; i++) {
      const d = date(rng); const a = rng.pick(staff); const k = rng.int(0, 2);
      let m;
      if (k === 0) {
        const res = person(rng); const neigh = person(rng);
        m = { from: [N(R, res, 'full', 'header-display'), T(R, 'email', email(rng, res))], to: [['Svepa', role(R, O, 0)]], subject: 'Sparkcyklar blockerar porten – igen',
          text: `Hej,\n\nFör tredje gången denna vecka ligger era sparkcyklar framför porten på ${street(rng)}. Min granne ${N(R, neigh, 'full', 'running-text')} som sitter i rullstol kom inte ut i morse.\nFordon: ${R.n(null, 'vehicle-id', scooter())}\n\nRing mig gärna: ${T(R, 'phone', phone(rng))}\n${N(R, res, rng.pick(['full', 'full', 'lower']), 'signature')}\n${R.n('name', 'lower-words', 'boende i området')}` };
      } else if (k === 1) {
        const u = rng.pick(users);
        m = { from: [N(R, u.p, 'full', 'header-display'), T(R, 'email', u.mail)], to: [['Svepa Support', role(R, O, 0)]], cc: [[null, role(R, O, 3)]], subject: `Överklagan ${R.n(null, 'fine-number', `FP-${num(rng, 7)}`)}`,
          text: `Hej!\n\nJag överklagar avgiften. Jag var inte ens i stan, jag var i ${rng.pick(['Oslo', 'Helsingfors', 'Köpenhamn'])}. Min telefon: ${T(R, 'phone', u.mob)}.\n\n${N(R, u.p, 'full', 'signature')}`,
          html: `<div>Hej!<br><br>Jag överklagar avgiften.<br>${htmlEsc(u.p.full)}</div>`, htmlText: `Hej!\n\nJag överklagar avgiften.\n${u.p.full}` };
      } else {
        const u = rng.pick(users);
        m = { from: [N(R, a, 'full', 'header-display'), R.t('email', a.mail, 'staff-work')], to: [[N(R, u.p, 'full', 'header-display'), T(R, 'email', u.mail)]], subject: 'Re: Dubbeldragning',
          text: `Hej ${R.n('name', 'lone-first-name', u.p.first)},\n\nVi har återbetalat ${nm.amount(`${rng.int(20, 200)},00 kr`)} till ditt kort. Det syns inom 3–5 bankdagar.\n\n/${N(R, a, 'full', 'signature')}, Svepa Support\n\nOn ${nm.date(d)}, ${u.p.full} <${u.mail.value}> wrote:\n> Ni har dragit pengar två gånger för samma tur!!\n> ${u.p.full}` };
        R.t('name', u.p.full, 'quoted');
      }
      msgs.push({ ...m, date: rfcDate(d, `${hhmm(rng)}:00`), id: `${uuid(rng)}@svepa.se`, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']) });
    }
    const r = mbox(msgs); C.put(file, r.bytes, r.text);
  }

  // 7. ride receipts, saved admin HTML
  {
    const file = 'svepa/admin/kvitton_sok.html'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [];
    for (let i = 0; i < 110; i++) {
      const u = rng.pick(users);
      rows.push(`<tr><td>${R.n(null, 'ride-id', `R${num(rng, 9)}`)}</td><td>${htmlEsc(N(R, u.p, rng.pick(['full', 'surname-first'])))}</td><td>${htmlEsc(T(R, 'email', u.mail))}</td><td>${R.n(null, 'vehicle-id', scooter())}</td><td>${nm.date(date(rng))}</td><td>${rng.int(2, 45)} min</td><td>${nm.amount(`${rng.int(12, 160)},${rng.int(10, 99)} kr`)}</td><td>${R.n(null, 'card', `**** ${rng.digits(4)}`)}</td></tr>`);
    }
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Svepa Admin – Kvitton</title><style>td{padding:2px 6px}</style></head><body><div class="nav">Inloggad som ${htmlEsc(N(R, staff[1], 'full', 'staff'))} | <a href="/logout">Logga ut</a></div><h2>Sökresultat: kvitton</h2><table><tr><th>Tur</th><th>Kund</th><th>E-post</th><th>Fordon</th><th>Datum</th><th>Tid</th><th>Belopp</th><th>Kort</th></tr>${rows.join('\n')}</table><p>Build ${nm.version('4.18.2.310')}</p></body></html>`;
    C.put(file, Buffer.from(html, 'utf8'), htmlToText(html));
  }

  // 8. admin panel access log
  {
    const file = 'svepa/admin/admin_access.log'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 200; i++) {
      const a = rng.pick(staff); const u = rng.pick(users);
      const src = rng.chance(0.6) ? server(R, O, 0) : T(R, 'ip', { value: publicIp(rng), subtype: 'public' });
      out.push(`${src} ${R.t('email', a.mail, 'staff-work')} [${String(rng.int(1, 24)).padStart(2, '0')}/Nov/2026:${hms(rng)} +0100] "${rng.pick(['GET', 'GET', 'POST'])} /admin/users/${u.id}${rng.chance(0.2) ? `?email=${u.mail.value}` : ''} HTTP/2" ${rng.pick([200, 200, 403, 302])} ${rng.int(300, 60000)}`);
      if (out[out.length - 1].includes('?email=')) T(R, 'email', { value: u.mail.value, subtype: 'query-string' });
    }
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 9. user export workbook
  {
    const file = 'svepa/admin/anvandare_export.xlsx'; const R = C.at(file); const nm = nears(R, rng);
    const s1 = [['user_id', 'first_name', 'last_name', 'phone', 'email', 'created', 'rides', 'country']];
    for (const u of users.slice(0, 120)) { J(C, file, u.p); s1.push([R.n(null, 'user-id', u.id), u.p.given, u.p.last, T(R, 'phone', u.mob), T(R, 'email', u.mail), nm.date(date(rng, '2024-03-01', '2026-11-20')), rng.int(0, 400), u.mob.subtype.startsWith('foreign') ? u.mob.subtype.slice(8).toUpperCase() : 'SE']); }
    const s2 = [['user_id', 'namn', 'blockerad', 'orsak', 'av']];
    for (const u of rng.shuffle(users).slice(0, 25)) s2.push([u.id, N(R, u.p, 'surname-first'), nm.date(date(rng)), rng.pick(['bedrägeri', 'obetalda avgifter', 'två personer på fordon', 'chargeback']), N(R, rng.pick(staff), 'full', 'staff')]);
    const s3 = [['datum', 'user', 'belopp', 'swish-nr', 'referens']];
    for (const u of rng.shuffle(users).slice(0, 30)) s3.push([nm.date(date(rng)), N(R, u.p, 'caps'), rng.int(20, 600), T(R, 'phone', phone(rng, 'mobile', 'compact')), R.n(null, 'swish-ref', `${alnum(rng, 10)}`)]);
    const r = xlsx([{ name: 'Användare', rows: s1 }, { name: 'Blockerade', rows: s2 }, { name: 'Återbetalningar', rows: s3 }], { creator: 'svepa-admin-export' }); C.put(file, r.bytes, r.text);
  }

  // 10. SMS verification log
  {
    const file = 'svepa/logs/sms_verify.log'; const R = C.at(file); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 190; i++) {
      const u = rng.pick(users);
      out.push(`${nm.date(date(rng, '2026-11-10', '2026-11-20'))} ${hms(rng)} verify to=${T(R, 'phone', u.mob)} code=${R.n(null, 'otp', String(rng.int(1000, 9999)))} provider=${rng.pick(['twilio', 'sinch', '46elks'])} sid=${R.n(null, 'sms-sid', `SM${hex(rng, 32)}`)} ip=${deviceIp(R)}`);
    }
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 11. field-ops notes
  {
    const file = 'svepa/drift/faltanteckningar.md'; const R = C.at(file); const nm = nears(R, rng);
    const out = ['# Fältanteckningar v.46–47', ''];
    for (let i = 0; i < 60; i++) {
      const a = rng.pick(staff); const u = rng.pick(users);
      out.push(`- ${nm.date(date(rng, '2026-11-09', '2026-11-22'))} **${a.first[0]}${a.last[0]}**: ` + rng.pick([
        () => `hämtat ${R.n(null, 'vehicle-id', scooter())} ur vattnet vid kajen, pos ${pos(R)}`,
        () => `kund ${N(R, u.p, 'lower')} ringde (${T(R, 'phone', u.mob)}) - fordon står i hennes trädgård`,
        () => `batteribyte 14 st ${R.n('name', 'street', 'Olof Palmes gata')}`,
        () => `pratat m ${N(R, person(rng), 'full', 'running-text')} på ${R.n('name', 'company', 'Hjort & Palm Revision')}, de vill ha parkeringszon`,
        () => `vandaliserad ${R.n(null, 'vehicle-id', scooter())}, polisanm ${R.n(null, 'police-report', `K${num(rng, 6)}-26`)}`,
        () => `${R.n('name', 'lone-first-name', rng.pick(LONE))} från kommunen hörde av sig igen ang. tillstånd`,
      ])());
    }
    putText(C, file, `${out.join('\n')}\n`);
  }

  // 12. app store reviews
  {
    const file = 'svepa/recensioner_appstore.csv'; const R = C.at(file); const nm = nears(R, rng);
    const rows = [['date', 'rating', 'author', 'title', 'review', 'version', 'reply']];
    for (let i = 0; i < 120; i++) {
      const u = rng.pick(users); const handle = rng.chance(0.5);
      const author = handle ? R.n('name', 'username', `${u.p.first.toLowerCase().replace(/[^a-zäöå]/g, '')}${rng.int(1, 99)}`) : N(R, u.p, rng.pick(['full', 'short']));
      rows.push([nm.date(date(rng)), rng.int(1, 5), author, rng.pick(['Bra app', 'Dyrt!', 'Kraschar', 'Smidigt', 'Worst scooter app']),
        rng.pick(['Funkar bra oftast.', 'Appen kraschar när jag ska avsluta turen, debiteras ändå.', 'Kundtjänst svarade inte.', `Tack ${rng.pick(staff).first} i supporten!`, 'Too expensive compared to others.']),
        nm.version(`4.${rng.int(0, 18)}.${rng.int(0, 9)}`), rng.chance(0.3) ? `Hej! Kontakta oss på ${role(R, O, 0)} så hjälper vi dig. /Svepa` : '']);
    }
    const r = csv(rows); C.put(file, r.bytes, r.text);
  }
}
