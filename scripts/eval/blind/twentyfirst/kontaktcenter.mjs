// Twentyfirst blind set — Norrviks kommun, Kontaktcenter: citizens' errands routed to departments, callback lists,
// complaints about snow clearing and schools, e-service exports (school choice), telephony, Teams, Mina sidor log.
import { Rng, W, org, staffOf, person, people, kin, nameAs, nameStyle, pnrAs, phoneAs, landline, ipVal, date, dotDate, shortDate, hhmm, hms, addDays,
  kr, num, safe, apacheDate, mboxDate, alnum, csv, xlsx, docx, mbox, rfcDate, htmlEml, html, text, json, folded, put, footer, LONE, LOOKALIKE, sv, xmlEsc, htmlEsc, postcode, street, badPnr, makeOrgnr, ascii } from './core.mjs';

const DIR = 'kontaktcenter';
const FORV = ['Barn- och utbildning', 'Samhällsbyggnad', 'Socialtjänsten', 'Kultur och fritid', 'Vård och omsorg', 'Gata/park', 'Miljö- och hälsoskydd', 'Bygglov', 'Vatten och avfall'];
const KAT = ['Snöröjning', 'Skola', 'Förskola', 'Avfall', 'Bygglov', 'Gatubelysning', 'Parkering', 'Buller', 'Äldreomsorg', 'Felanmälan', 'Synpunkt', 'Faktura'];

export default function build(C) {
  const rng = new Rng('kc/main');
  const o = org(rng, { name: 'Norrviks kommun', domain: 'norrvik.se', area: '611', roles: ['kontaktcenter', 'synpunkter', 'noreply', 'skolval', 'registrator'], orgnr: '212000-2478' });
  const staff = staffOf(rng, 16, o.domain, { cp: true });
  const diarie = (r) => `${r.pick(['KS', 'BUN', 'SBN', 'SN', 'MHN'])} ${r.pick(['2025', '2026'])}/${String(r.int(1, 1899)).padStart(4, '0')}`;
  const caseId = (r) => `KC-2026-${String(r.int(1, 99999)).padStart(5, '0')}`;
  const fastighet = (r) => `${r.pick(['Norrvik', 'Solhamra', 'Björkfors'])} ${r.pick(['Tallen', 'Eken', 'Lönnen', 'Hägern', 'Svanen', 'Kvarnen'])} ${r.int(1, 40)}:${r.int(1, 250)}`;

  // 1. Case export (cp1252 ; CRLF), given and family name in separate columns.
  {
    const r = new Rng('kc/arenden'); const f = `${DIR}/arenden_export_2026-11.csv`; const w = W(C, f, r);
    const rows = [['Ärende-ID', 'Skapad', 'Kanal', 'Förnamn', 'Efternamn', 'Personnummer', 'Telefon', 'E-post', 'Kategori', 'Förvaltning', 'Handläggare', 'Status', 'Beskrivning']];
    for (let i = 0; i < 110; i++) {
      const p = person(r, { cp: true });
      const s = r.pick(staff);
      const d = date(r);
      const tp = r.chance(0.12) ? landline(r) : p.mob;
      const third = r.chance(0.15) ? person(r, { cp: true }) : null;
      const desc = r.pick([
        () => `Snöröjning saknas på ${w.look('street-like-person', r.pick(LOOKALIKE.street))} sedan ${w.date(sv(d))}. Plogvallen blockerar infarten.`,
        () => `Vill byta skola för sitt barn till ${w.look('school-like-person', r.pick(LOOKALIKE.school))}. Hänvisad till skolval.`,
        () => `Trasig gatlykta vid ${w.look('street-like-person', r.pick(LOOKALIKE.street))} (stolpe ${w.id('lamp-id', `GB-${num(r, 5)}`)}).`,
        () => `Klagomål på grannens buller, granne ${third ? w.name(third) : 'okänd'}. Fastighet ${w.id('property', fastighet(r))}.`,
        () => `Frågor om faktura ${w.id('invoice-number', num(r, 9))} på ${w.amount(kr(r))}. Hänvisad till ekonomi.`,
        () => `Bygglovsfråga, diarienr ${w.id('diarienummer', diarie(r))}. Ring tillbaka efter ${w.time(hhmm(r))}.`,
        () => `Avfallshämtning uteblev ${w.date(dotDate(d))}, kärl nr ${w.id('bin-id', `K${num(r, 7)}`)}.`,
        () => `Anhörig ${third ? w.name(third) : ''} ringer för sin mamma om hemtjänst. Vidarebefordrat.`,
        () => `Parkeringsböter, kontrollavgift ${w.id('control-fee-number', num(r, 10).slice(0, 9))}. Har betalt via bankgiro.`,
        () => `Uppgett personnummer ${w.badLuhn()} stämmer inte, kontrollera med medborgaren.`,
        () => `Synpunkt om ${w.look('place-like-person', r.pick(LOOKALIKE.place))}: dålig belysning på gångvägen.`,
      ])().replace(/  +/g, ' ');
      rows.push([w.id('case-number', caseId(r)), `${d} ${hhmm(r)}`, r.pick(['Telefon', 'E-post', 'Besök', 'E-tjänst', 'Chatt']), p.given, p.last,
        r.chance(0.04) ? w.badLuhn() : r.chance(0.03) ? w.badDate() : r.chance(0.7) ? w.pnr(p) : '', r.chance(0.85) ? w.phone(tp) : '', r.chance(0.6) ? w.email(p.email) : '', r.pick(KAT), r.pick(FORV),
        w.name(s, 'full', 'staff'), r.pick(['Öppen', 'Vidarebefordrad', 'Avslutad', 'Väntar på svar']), desc]);
      C.joined(f, p.given, p.last);
    }
    rows.push(['', '', '', '', '', '', '', '', '', '', '', 'Summa', `${rows.length - 1} ärenden`]);
    put(C, f, csv(rows, { sep: ';', enc: 'cp1252' }));
  }

  // 2. Callback list, TSV with title lines above the header.
  {
    const r = new Rng('kc/callback'); const f = `${DIR}/aterringningslista_v47.tsv`; const w = W(C, f, r);
    const lines = ['Återuppringningslista vecka 47 – Kontaktcenter', `Utskriven ${w.date('2026-11-20')} av ${w.name(staff[0], 'full', 'staff')}`, '',
      ['Registrerad', 'Namn', 'Nummer', 'Ärende', 'Önskad tid', 'Agent', 'Kommentar'].join('\t')];
    for (let i = 0; i < 130; i++) {
      const p = person(r); const s = r.pick(staff); const d = date(r, '2026-11-16', '2026-11-20');
      const st = nameStyle(r, [['full', 55], ['surname-first', 18], ['surname-first-nocomma', 6], ['caps', 8], ['lower', 8], ['surname-first-caps', 5]]);
      const nm = r.chance(0.03) ? w.lower(r.pick(['okänd uppringare', 'dold identitet', 'ej angivet'])) : w.name(p, st);
      const ph = r.chance(0.05) ? w.foreign() : w.phone(r.chance(0.15) ? landline(r) : p.mob);
      const comment = r.pick([
        () => 'ej svar, försök igen', () => `ringde 2 ggr, ${w.lone(r.pick(LONE))} tar det`, () => `vill prata m ${w.lone(r.pick(LONE))} på bygglov`,
        () => `gäller ärende ${w.id('case-number', caseId(r))}`, () => `enl. ${w.name(r.pick(staff), 'full', 'staff')} redan löst`,
        () => `anhörig ${w.name(kin(r, p))} ringer hellre`, () => 'talar endast engelska', () => `tolk behövs (${r.pick(['arabiska', 'somaliska', 'tigrinja', 'dari', 'ukrainska'])})`,
        () => `alt nr ${w.phone(landline(r))}`, () => '', () => `mejl ${w.email(p.email)}`,
      ])();
      lines.push([`${d} ${hhmm(r)}`, nm, ph, r.pick(KAT), (r.chance(0.2) ? w.time(hhmm(r)) : r.pick(['fm', 'em', 'efter 16', 'när som'])), w.name(s, 'short', 'staff'), comment].join('\t'));
    }
    put(C, f, text(`${lines.join('\n')}\n`, { crlf: true }));
  }

  // 3. E-service export: school choice, nested applicants and children (JSON).
  {
    const r = new Rng('kc/skolval'); const f = `${DIR}/etjanst_skolval_2026.json`; const w = W(C, f, r);
    const subs = [];
    for (let i = 0; i < 45; i++) {
      const a = person(r, { minYear: 1975, maxYear: 1995 });
      const co = r.chance(0.55) ? kin(r, a, { minYear: 1972, maxYear: 1995 }) : null;
      const kids = Array.from({ length: r.int(1, 3) }, () => kin(r, a, { minYear: 2011, maxYear: 2020 }));
      const ip = ipVal(r);
      subs.push({
        submissionId: `${w.id('submission-id', `${r.int(100000, 999999)}-${alnum(r, 4)}`)}`,
        formId: 'BUN-skolval-2026', submitted: `${date(r, '2026-01-10', '2026-02-15')}T${hms(r)}+01:00`,
        applicant: { name: w.name(a, nameStyle(r, [['full', 85], ['caps', 8], ['lower', 7]])), personalNumber: w.pnr(a, r.pick(['long', 'long', 'long-dash', 'short'])),
          phone: w.mob(a), email: w.email(a.email), address: { street: a.street, postalCode: w.zip(a.zip), city: a.city } },
        coApplicant: co ? { name: w.name(co), personalNumber: w.pnr(co, 'long'), phone: r.chance(0.7) ? w.mob(co) : null, consent: true } : null,
        children: kids.map((k) => {
          C.joined(f, k.given, k.last);
          return { firstName: k.given, lastName: k.last, personalNumber: w.pnr(k, r.pick(['long', 'short', 'compact'])), grade: r.int(0, 8),
            currentSchool: w.look('school-like-person', r.pick(LOOKALIKE.school)),
            wishes: r.shuffle(LOOKALIKE.school).slice(0, 2).map((s, j) => ({ rank: j + 1, unit: w.look('school-like-person', s) })),
            note: r.chance(0.3) ? r.pick([() => `Syskon går redan på ${w.look('school-like-person', r.pick(LOOKALIKE.school))}.`, () => 'Behöver skolskjuts.', () => `Allergi, se intyg från ${w.look('place-like-person', r.pick(LOOKALIKE.place))}.`, () => 'Särskilt stöd, kontakta elevhälsan.'])() : '' };
        }),
        meta: { ip: w.ip(ip), userAgent: r.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0', 'Mozilla/5.0 (Linux; Android 14) Chrome/129.0']), bankIdOrderRef: w.id('uuid', `${alnum(r, 8).toLowerCase()}-${alnum(r, 4).toLowerCase()}-4${alnum(r, 3).toLowerCase()}`) },
      });
    }
    put(C, f, json({ export: { system: 'Norrvik e-tjänster', form: 'Skolval 2026', exportedAt: '2026-11-23T07:00:00+01:00', count: subs.length }, submissions: subs }));
  }

  // 4. Snow clearing and school complaints mailbox (mbox with replies, QP, base64, encoded-word).
  {
    const r = new Rng('kc/synpunkter'); const f = `${DIR}/synpunkter_snorojning.mbox`; const w = W(C, f, r);
    const msgs = [];
    for (let i = 0; i < 34; i++) {
      const p = person(r); const s = r.pick(staff); const d = date(r, '2026-01-08', '2026-03-20');
      const street1 = w.look('street-like-person', r.pick(LOOKALIKE.street));
      const english = r.chance(0.15);
      const dad = kin(r, p, { minYear: 1930, maxYear: 1945 });
      const sig = r.chance(0.7) ? `\n${w.name(p)}\n${r.chance(0.6) ? w.mob(p) : ''}` : `\n/${w.lone(p.first)}`;
      const body = english
        ? `Hello,\n\nI live on ${street1} and the snow has not been cleared for ${r.int(3, 9)} days. My elderly neighbour ${w.name(person(r))} cannot get out.\nPlease call me on ${w.mob(p, 'intl')}.\n\nBest regards${sig}`
        : r.pick([
          () => `Hej!\n\nPå ${street1} har det inte plogats sedan ${w.date(sv(d))}. Det är livsfarligt för barnen som går till ${w.look('school-like-person', r.pick(LOOKALIKE.school))}.\nMin granne ${w.name(person(r))} har ramlat två gånger.\n\nMvh${sig}`,
          () => `hej\nvarför har ingen sandat vid busshållplatsen ${street1}?? ringt kontaktcenter ${w.sw(o)} tre gånger nu\n${sig}`,
          () => `Hej kommunen,\n\nJag skriver för min pappa ${w.name(dad)} (${w.pnr(dad)}) som bor på ${street1}. Hemtjänsten kommer inte fram pga snövallen.\nNå mig på ${w.mob(p)} eller ${w.email(p.email)}.\n${sig}`,
        ])();
      const thread = () => `Hej ${w.lone(p.first)}!\n\nTack för ditt meddelande. Vi har skickat det vidare till Gata/park som ärende ${w.id('case-number', caseId(r))}.\nPlogning prioriteras enligt ${w.id('plan-id', `plan ${r.int(1, 4)}`)}.\n\nMed vänlig hälsning\n${w.name(s, 'full', 'signature')}\nKontaktcenter, Norrviks kommun\nDirekt: ${w.phone(s.direct, undefined, 'staff-direct')}\nVäxel: ${w.sw(o)}\n${w.email(s.work, 'staff-work')}\n\n${r.chance(0.6) ? body.split('\n').map((l) => `> ${l}`).join('\n') : ''}`;
      const from = [w.name(p, 'full', 'header-display'), w.email(p.email)];
      msgs.push({ from, to: [['Synpunkter Norrvik', w.role(o.roles[1])]], subject: english ? 'Snow clearing' : r.pick(['Snöröjning!!!', 'Synpunkt halka', 'Klagomål plogning', 'Angående snövallen']),
        mboxDate: mboxDate(d, '16:02:11'), date: rfcDate(d, `${hms(r)}`), id: `syn${i}.${r.int(1000, 9999)}@mail.example`, text: body, enc: r.pick(['qp', 'b64', '8bit']), hdrMode: r.pick(['Q', 'B']) });
      if (r.chance(0.6)) {
        msgs.push({ from: [w.name(s, 'full', 'header-display'), w.email(s.work, 'staff-work')], to: [[from[0], from[1]]], subject: `SV: ${english ? 'Snow clearing' : 'Synpunkt'}`,
          date: rfcDate(addDays(d, 1), `${hms(r)}`), id: `syn${i}r.${r.int(1000, 9999)}@norrvik.se`, text: thread(), enc: r.pick(['qp', 'b64']), hdrMode: 'Q' });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 5. Telephony call log (ACD): A-numbers as gateway 46…, B-number the switchboard.
  {
    const r = new Rng('kc/telefoni'); const f = `${DIR}/telefoni_samtal_2026-11.csv`; const w = W(C, f, r);
    const rows = [['CallId', 'StartTime', 'EndTime', 'ANumber', 'BNumber', 'Queue', 'AgentName', 'AgentId', 'WaitSec', 'TalkSec', 'Result']];
    for (let i = 0; i < 145; i++) {
      const p = person(r); const s = r.pick(staff); const d = date(r, '2026-11-02', '2026-11-20'); const t = hms(r);
      const hidden = r.chance(0.05);
      const a = hidden ? w.id('anonymous', 'anonymous') : r.chance(0.04) ? w.foreign() : w.phone(r.chance(0.2) ? landline(r) : p.mob, r.weighted([['plain46', 60], ['e164', 30], ['compact', 10]]));
      const answered = r.chance(0.85);
      rows.push([w.id('call-id', `${num(r, 6)}${alnum(r, 4)}`), `${d} ${t}`, `${d} ${hms(r)}`, a, w.sw(o), r.pick(['KC_Allm', 'KC_Skola', 'KC_Bygg', 'KC_Omsorg', 'KC_Eng']),
        answered ? w.name(s, 'full', 'staff') : '', answered ? w.id('username', s.user) : '', r.int(0, 900), answered ? r.int(20, 1500) : 0, answered ? 'ANSWERED' : r.pick(['ABANDONED', 'CALLBACK_REQ'])]);
    }
    put(C, f, csv(rows));
  }

  // 6. Teams channel export (JSON, HTML bodies).
  {
    const r = new Rng('kc/teams'); const f = `${DIR}/teams_kanal_kontaktcenter.json`; const w = W(C, f, r);
    const msgs = [];
    for (let i = 0; i < 90; i++) {
      const s = r.pick(staff); const p = person(r); const d = date(r, '2026-10-01', '2026-11-20');
      const content = r.pick([
        () => `<p>kan nån ringa tillbaka ${w.name(p)} ${w.mob(p)}? gäller snöröjning ${w.look('street-like-person', r.pick(LOOKALIKE.street))}</p>`,
        () => `<p>@${w.name(r.pick(staff), 'short', 'staff')} har du koll på ärende ${w.id('case-number', caseId(r))}? ${w.lone(r.pick(LONE))} frågade</p>`,
        () => `<p>pratat m ${w.name(p, 'lower')} igen, tredje gången denna vecka. pnr ${w.pnr(p)}. hänvisat till socialtjänsten</p>`,
        () => `<p>Påminnelse: skolvalet stänger ${w.date(sv('2026-02-15'))}. Frågor till ${w.role(o.roles[3])}</p>`,
        () => `<p>Växeln (${w.sw(o)}) ligger nere 10 min, hänvisa till ${w.svc(o)}</p>`,
        () => `<p>ny mejl från ${w.email(p.email)} – ${w.name(p, 'caps')} – vill klaga på ${w.look('school-like-person', r.pick(LOOKALIKE.school))}</p>`,
        () => `<p>fika i ${w.look('place-like-person', r.pick(LOOKALIKE.place))} kl ${w.time(hhmm(r))} 🎉</p>`,
        () => `<p>${w.name(p, 'surname-first')} ringde om bygglov, diarienr ${w.id('diarienummer', diarie(r))}, nr ${w.phone(landline(r))}</p>`,
      ])();
      msgs.push({ id: `${num(r, 13)}`, messageType: 'message', createdDateTime: `${d}T${hms(r)}.${r.int(100, 999)}Z`,
        from: { user: { id: `${alnum(r, 8).toLowerCase()}-${alnum(r, 4).toLowerCase()}`, displayName: w.name(s, 'full', 'chat-speaker'), userIdentityType: 'aadUser' } },
        body: { contentType: 'html', content }, reactions: r.chance(0.2) ? [{ reactionType: 'like', user: { displayName: w.name(r.pick(staff), 'full', 'chat-speaker') } }] : [] });
    }
    put(C, f, json({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#teams/channels/messages', value: msgs }));
  }

  // 7. Mina sidor / e-service access log: BankID log-ins with personnummer and client IPs.
  {
    const r = new Rng('kc/access'); const f = `${DIR}/etjanst_access.log`; const w = W(C, f, r);
    const lines = [];
    for (let i = 0; i < 200; i++) {
      const d = date(r, '2026-11-10', '2026-11-20'); const ip = ipVal(r);
      const kind = r.weighted([['get', 55], ['login', 25], ['health', 10], ['err', 10]]);
      if (kind === 'health') { lines.push(`${d}T${hms(r)}Z INFO  lb-probe from=${w.server(o, 1)} GET /health 200 2ms`); continue; }
      if (kind === 'login') {
        const p = person(r);
        lines.push(`${d}T${hms(r)}Z INFO  auth bankid.collect status=complete pnr=${w.pnr(p, r.pick(['long', 'long', 'compact']))} ip=${w.ip(ip)} orderRef=${w.id('uuid', `${alnum(r, 8).toLowerCase()}-${alnum(r, 4).toLowerCase()}`)}`);
        continue;
      }
      if (kind === 'err') { lines.push(`${d}T${hms(r)}Z WARN  upstream timeout host=${w.server(o, 0)} path=/api/arenden/${w.id('case-number', caseId(r))} retry=${r.int(1, 3)}`); continue; }
      lines.push(`${w.ip(ip)} - - [${apacheDate(d, hms(r))}] "GET /etjanster/${r.pick(['skolval', 'bygglov', 'felanmalan', 'parkering', 'mina-arenden'])}/${r.int(1, 400)} HTTP/1.1" ${r.pick([200, 200, 200, 302, 304, 404])} ${r.int(200, 48000)} "-" "${r.pick(['Mozilla/5.0', 'okhttp/4.12.0', 'Safari/605.1.15'])}"`);
    }
    put(C, f, text(`${lines.join('\n')}\n`));
  }

  // 8. Weekly report workbook (several sheets).
  {
    const r = new Rng('kc/rapport'); const f = `${DIR}/veckorapport_v47.xlsx`; const w = W(C, f, r);
    const creator = w.name(staff[2], 'full', 'xlsx-creator');
    const s1 = [['Förvaltning', 'Inkomna', 'Avslutade', 'Snitt väntetid (s)']];
    for (const fv of FORV) s1.push([fv, r.int(10, 400), r.int(5, 380), r.int(20, 600)]);
    const s2 = [['Ärende', 'Medborgare', 'Telefon', 'Personnummer', 'Orsak', 'Eskalerad till']];
    for (let i = 0; i < 60; i++) {
      const p = person(r);
      s2.push([w.id('case-number', caseId(r)), w.name(p, nameStyle(r)), w.phone(p.mob), r.chance(0.6) ? w.pnr(p) : '', r.pick(['Hot om anmälan', 'Upprepade samtal', 'Media', 'Politiker kontaktad', 'Brådskande']), w.name(r.pick(staff), 'full', 'staff')]);
    }
    const s3 = [['Vårdnadshavare', 'E-post', 'Barn', 'Skola', 'Klagomål']];
    for (let i = 0; i < 45; i++) {
      const p = person(r, { minYear: 1975, maxYear: 1992 }); const k = kin(r, p, { minYear: 2012, maxYear: 2019 });
      s3.push([w.name(p), w.email(p.email), w.name(k, 'full', 'child'), w.look('school-like-person', r.pick(LOOKALIKE.school)), r.pick(['Mobbning', 'Skolskjuts', 'Lunch', 'Lärarbrist', 'Betyg'])]);
    }
    put(C, f, xlsx([{ name: 'Per förvaltning', rows: s1 }, { name: 'Eskalerade', rows: s2 }, { name: 'Klagomål skola', rows: s3 }], { creator }));
  }

  // 9–10. Decision letters (.docx).
  for (const [k, kind] of [[1, 'parkeringstillstand'], [2, 'fardtjanst_hanvisning']]) {
    const r = new Rng(`kc/beslut${k}`); const f = `${DIR}/beslut_${kind}_${k}.docx`; const w = W(C, f, r);
    const s = r.pick(staff);
    const blocks = [{ h: 'Norrviks kommun – Beslut' }, `Diarienummer: ${w.id('diarienummer', diarie(r))}`, `Datum: ${w.date(date(r))}`];
    const tbl = [['Namn', 'Personnummer', 'Adress', 'Telefon']];
    for (let i = 0; i < 24; i++) {
      const p = person(r, { minYear: 1930, maxYear: 1990 });
      tbl.push([w.name(p, r.pick(['full', 'surname-first'])), w.pnr(p), `${p.street}, ${w.zip(p.zip)} ${p.city}`, w.phone(r.chance(0.5) ? landline(r) : p.mob)]);
    }
    const p0 = person(r);
    blocks.push({ runs: ['Sökande: ', w.name(p0), ', ', w.pnr(p0)] }, `Ärendet gäller ${kind === 'parkeringstillstand' ? 'parkeringstillstånd för rörelsehindrad' : 'hänvisning till färdtjänst'}. Intyg från ${w.look('place-like-person', r.pick(LOOKALIKE.place))} har bifogats.`,
      'Sammanställning av beslut under perioden:', { table: tbl },
      `Beslutet kan överklagas inom tre veckor. Kontakta ${w.role(o.roles[4])} eller ring ${w.sw(o)}.`, `Handläggare: ${w.name(s, 'full', 'staff')}, ${w.phone(s.direct, undefined, 'staff-direct')}, ${w.email(s.work, 'staff-work')}`);
    put(C, f, docx(blocks, { creator: w.name(s, 'full', 'docx-creator') }));
  }

  // 11. Staff's sloppy notes (Markdown).
  {
    const r = new Rng('kc/notes'); const f = `${DIR}/anteckningar_kc_nov.md`; const w = W(C, f, r);
    const out = ['# Anteckningar kontaktcenter nov', ''];
    for (let day = 3; day <= 21; day++) {
      const d = `2026-11-${String(day).padStart(2, '0')}`;
      out.push(`## ${w.date(d)}`, '');
      for (let i = 0; i < 5; i++) {
        const p = person(r);
        out.push(`- ${r.pick([
          () => `ringde ${w.name(p)} ang. sophämtning, ${w.mob(p)}, vill ha återkoppling`,
          () => `pratat m ${w.name(p, 'lower')} om bygglov granne, hänv. till ${w.role(o.roles[4])}`,
          () => `${w.name(p, 'surname-first-short')} – ilsken, snövall ${w.look('street-like-person', r.pick(LOOKALIKE.street))}. enl. gata/park plogas imorgon`,
          () => `${w.lone(r.pick(LONE))} på skolan ringer tbx. förälder ${w.name(p)} ${w.pnr(p)}`,
          () => `mejl fr ${w.email(p.email)} om faktura ${w.id('invoice-number', num(r, 9))}, skickat vidare`,
          () => `hemtjänst: anhörig ${w.name(kin(r, p))} ${w.phone(landline(r))} oroad för ${w.name(p, 'short')}`,
          () => `ej personuppgifter – allmän fråga om öppettider ${w.look('place-like-person', r.pick(LOOKALIKE.place))}`,
          () => `${w.name(p, 'caps')} tolk ${r.pick(['arabiska', 'somaliska', 'persiska', 'polska'])}, ring ${w.mob(p, 'compact')}`,
          () => `felkopplat från ${w.svc(o)}, tog det ändå`,
          () => `kund: ${w.lower(r.pick(['ny kund', 'okänd', 'vill ej uppge']))}, frågade om ${w.look('school-like-person', r.pick(LOOKALIKE.school))}`,
          () => `sms:a ${w.name(p)} på ${w.mob(p, 'plain46')} om tid`,
        ])()}`);
      }
      out.push('');
    }
    put(C, f, text(out.join('\n')));
  }

  // 12. HTML-only reply about a school placement.
  {
    const r = new Rng('kc/html'); const f = `${DIR}/svar_skolplacering.eml`; const w = W(C, f, r);
    const p = person(r); const k = kin(r, p, { minYear: 2014, maxYear: 2018 }); const s = staff[5];
    const rows = [];
    for (let i = 0; i < 12; i++) { const q = person(r, { minYear: 2013, maxYear: 2019 }); rows.push(`<tr><td>${htmlEsc(w.name(q))}</td><td>${w.pnr(q, 'long')}</td><td>${htmlEsc(w.look('school-like-person', r.pick(LOOKALIKE.school)))}</td></tr>`); }
    const body = `<html><body><p>Hej ${htmlEsc(w.name(p))},</p><p>Ditt barn <b>${htmlEsc(w.name(k))}</b> (${w.pnr(k)}) har fått plats på ${htmlEsc(w.look('school-like-person', LOOKALIKE.school[0]))} från ${w.date(sv('2026-08-18'))}.</p>`
      + `<p>Placeringen gjordes tillsammans med följande elever i samma upptagningsområde (internt, skickat av misstag):</p><table>${rows.join('')}</table>`
      + `<p>Vänliga hälsningar<br>${htmlEsc(w.name(s, 'full', 'signature'))}<br>Skolval, Norrviks kommun<br>${w.sw(o)} &middot; ${w.role(o.roles[3])}</p></body></html>`;
    put(C, f, htmlEml({ from: [w.name(s, 'full', 'header-display'), w.email(s.work, 'staff-work')], to: [[w.name(p, 'full', 'header-display'), w.email(p.email)]], subject: 'Besked om skolplacering', date: rfcDate('2026-03-12', '09:14:00'), id: `skolval.${r.int(1000, 9999)}@norrvik.se`, html: body, enc: 'qp' }));
  }

  // 13. Department contacts (vCard 3.0, folded).
  {
    const r = new Rng('kc/vcf'); const f = `${DIR}/kontakter_forvaltningar.vcf`; const w = W(C, f, r);
    const lines = [];
    for (const s of staff) {
      lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${s.last};${s.given};;;`, `FN:${w.name(s, 'full', 'vcard-fn')}`, `ORG:Norrviks kommun;${r.pick(FORV)}`, `TITLE:${r.pick(['Kommunvägledare', 'Handläggare', 'Samordnare', 'Teamledare'])}`,
        `TEL;TYPE=WORK,VOICE:${w.phone(s.direct, undefined, 'staff-direct')}`, `TEL;TYPE=CELL:${w.phone(s.mob, undefined, 'staff-mobile')}`, `EMAIL;TYPE=INTERNET,WORK:${w.email(s.work, 'staff-work')}`,
        `NOTE:Nås även via växeln ${w.sw(o)}. Ersättare: ${w.name(r.pick(staff), 'full', 'staff')}`, 'END:VCARD');
      C.joined(f, s.given, s.last, 'split-joined');
    }
    lines.push('BEGIN:VCARD', 'VERSION:3.0', 'FN:Kontaktcenter Norrvik', 'ORG:Norrviks kommun', `TEL;TYPE=WORK:${w.sw(o)}`, `EMAIL:${w.role(o.roles[0])}`, 'END:VCARD');
    put(C, f, folded(lines));
  }

  // 14. SMS gateway log.
  {
    const r = new Rng('kc/sms'); const f = `${DIR}/sms_gateway_2026-11.log`; const w = W(C, f, r);
    const lines = [];
    for (let i = 0; i < 110; i++) {
      const p = person(r); const d = date(r, '2026-11-01', '2026-11-22');
      const to = w.mob(p, 'plain46');
      const msg = r.pick([
        () => `Hej! Vi ringer upp dig ${w.date(shortDate(d))} kl ${w.time(hhmm(r))}. /Kontaktcenter Norrvik`,
        () => `Ditt ärende ${w.id('case-number', caseId(r))} är avslutat. Svara inte på detta sms.`,
        () => `Påminnelse: tömning av kärl ${w.date(dotDate(d))}. Frågor? Ring ${w.sw(o)}`,
        () => `Hej ${w.lone(p.first)}, din ansökan om parkeringstillstånd har kommit in.`,
      ])();
      lines.push(`${d} ${hms(r)} [out] id=${w.id('sms-id', `${alnum(r, 10)}`)} from=NORRVIK to=${to} parts=${r.int(1, 2)} status=${r.pick(['DELIVERED', 'DELIVERED', 'DELIVERED', 'FAILED', 'EXPIRED'])} text="${msg}"`);
      if (r.chance(0.12)) lines.push(`${d} ${hms(r)} [in ] from=${to} to=${w.id('short-code', '72550')} text="${r.pick(['Ok tack', 'STOPP', 'Kan ni ringa efter 17?', 'vem är detta?'])}"`);
    }
    put(C, f, text(`${lines.join('\n')}\n`));
  }
}
