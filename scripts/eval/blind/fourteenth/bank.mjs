// Fourteenth blind set — a savings bank's mortgage and savings customer service (bank/): applications with
// co-borrowers and guarantors, powers of attorney, secure messages (HTML, JSON), call notes, KYC, account exports,
// log-ins; many account / clearing / IBAN / loan-number look-alikes.
import { Rng, person, people, kin, nameAs, pnr, phone, email, workEmail, T, date, svDate, dotDate, hhmm, hms, isoTs, num, safe, ocr, iban, ibanCompact, bankgiro,
  clearing, account, ipVal, org, footer, role, server, nears, csv, xlsx, docx, pdfLines, mbox, eml, rfcDate, jsonText, htmlEsc, amount, postcode, street, CITIES,
  LONE, LOOKALIKE, letters, alnum, v6 } from './core.mjs';

const loanNo = (rng) => safe(() => `${rng.pick(['LÅN', 'BL', ''])}${rng.pick(['-', ''])}${num(rng, 9)}`.replace(/^-/, ''));
const fastighet = (rng) => `${rng.pick(['Sörby', 'Kvarnen', 'Lärkan', 'Tallmon', 'Ekudden', 'Granen'])} ${rng.int(1, 40)}:${rng.int(1, 300)}`;
const masked = (rng) => `${rng.int(1950, 2000)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}-XXXX`;

export default function bank(C) {
  const rng0 = new Rng('bank');
  const O = org(rng0, { name: 'Strömsö Sparbank', domain: 'stromsosparbank.se', area: '8', roles: ['kundservice', 'bolan', 'noreply', 'sakerhet', 'kyc'] });
  const staff = people(rng0, 10, { middle: 0, cp1252: true });

  // 1. Mortgage applications — JSON with applicants, guarantors.
  {
    const f = 'bank/bolaneansokningar.json'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const apps = [];
    for (let i = 0; i < 40; i++) {
      const a1 = person(rng); const two = rng.chance(0.6); const a2 = two ? (rng.chance(0.5) ? kin(rng, a1) : person(rng)) : null;
      const applicant = (p) => { C.joined(f, p.given, p.last); return { firstName: p.given, lastName: p.last, personalNumber: T(R, 'personnummer', pnr(rng, { style: rng.pick(['long', 'long-dash']), minYear: 1955, maxYear: 2001 })),
        email: T(R, 'email', email(rng, p)), mobile: T(R, 'phone', phone(rng, 'mobile', rng.pick(['e164', 'intl', 'grouped']))), employer: { name: rng.chance(0.2) ? N.look('company', rng.pick(LOOKALIKE.company)) : rng.pick(['Region Västernorrland', 'Kommunen', 'Egen firma', 'Skolverket']), orgNo: N.orgnr() },
        incomeMonthly: rng.int(22000, 78000), payoutAccount: { clearing: N.id('clearing', clearing(rng)), number: N.id('account-number', account(rng), 'phone') } }; };
      const g = rng.chance(0.2) ? person(rng) : null;
      apps.push({ applicationId: N.id('application-id', `BA-${num(rng, 8)}`), received: isoTs(rng, date(rng)), channel: rng.pick(['web', 'branch', 'phone']),
        applicants: [applicant(a1), ...(a2 ? [applicant(a2)] : [])],
        ...(g ? { guarantor: { fullName: T(R, 'name', { value: g.full, subtype: 'guarantor' }), pnr: T(R, 'personnummer', pnr(rng, { style: 'short' })), phone: T(R, 'phone', phone(rng)), relation: rng.pick(['förälder', 'syskon', 'vän']) } } : {}),
        property: { designation: N.id('property-designation', fastighet(rng)), municipality: rng.pick(CITIES), price: rng.int(900000, 7500000), housingCoop: rng.chance(0.4) ? { name: `Brf ${rng.pick(['Tallmon', 'Sjöutsikten', 'Kvarnen'])}`, orgNo: N.orgnr() } : null },
        loan: { requested: rng.int(500000, 5500000), loanNumbers: [N.id('loan-number', loanNo(rng), 'phone'), ...(rng.chance(0.4) ? [N.id('loan-number', loanNo(rng), 'phone')] : [])], rate: Number((3 + rng.next() * 2).toFixed(2)) },
        handler: { id: `H${rng.int(100, 999)}`, name: T(R, 'name', { value: rng.pick(staff).short, subtype: 'staff' }) }, clientIp: T(R, 'ip', ipVal(rng)) });
    }
    C.put(f, jsonText({ exportVersion: '3.2', bank: 'Strömsö Sparbank', bic: 'STSPSESS', applications: apps }));
  }

  // 2. Secure messages — HTML export.
  {
    const f = 'bank/sakra_meddelanden.html'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [];
    for (let i = 0; i < 70; i++) {
      const p = person(rng); const st = rng.pick(staff); const fromCust = rng.chance(0.55);
      const body = fromCust ? rng.pick([() => `Hej, jag vill flytta ${N.amount(amount(rng, 1000, 90000))} från sparkontot ${N.id('account-number', account(rng), 'phone')} till mitt lönekonto. Mvh ${R.t('name', p.full, 'signature')}`,
        () => `Min pappa ${R.t('name', kin(rng, p).full, 'running-text')} har gett mig fullmakt. Hur skickar jag in den?`, () => `Ni kan ringa mig på ${T(R, 'phone', phone(rng))} efter kl 16.`,
        () => `Jag får inte in pengarna från IBAN ${N.id('iban', iban(rng))}. BIC ${N.id('bic', 'NDEASESS')}.`])()
        : rng.pick([() => `Hej ${N.lone(p.first)}! Vi har tagit emot din ansökan om bolån ${N.id('loan-number', loanNo(rng), 'phone')}. Vänliga hälsningar ${R.t('name', st.short, 'signature')}, Bolånegruppen`,
          () => `Hej! Vänligen komplettera med anställningsintyg. /${R.t('name', st.short, 'signature')}`, () => `Räntan på lån ${N.id('loan-number', loanNo(rng), 'phone')} ändras ${N.date(svDate(date(rng)))}.`])();
      rows.push(`<tr><td>${N.id('message-id', num(rng, 10), 'phone')}</td><td>${N.date(date(rng))} ${hhmm(rng)}</td><td>${fromCust ? htmlEsc(T(R, 'name', nameAs(p, rng.pick(['full', 'surname-first', 'caps'])))) : `Banken (${htmlEsc(T(R, 'name', { value: st.short, subtype: 'staff' }))})`}</td><td>${fromCust ? 'Banken' : htmlEsc(T(R, 'name', nameAs(p, 'full')))}</td><td>${htmlEsc(rng.pick(['Bolån', 'Överföring', 'Fullmakt', 'Sparande', 'Övrigt']))}</td><td>${htmlEsc(body)}</td></tr>`);
    }
    const html = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Säkra meddelanden – export</title></head><body>\n<h1>Säkra meddelanden</h1><p>Exporterad ${N.date('2026-11-20')} av ${htmlEsc(R.t('name', staff[0].short, 'staff'))}</p>\n<table border="1"><thead><tr><th>Id</th><th>Tid</th><th>Från</th><th>Till</th><th>Ämne</th><th>Meddelande</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table><p>${htmlEsc(footer(R, O, ['orgnr', 'switchboard', 'service']))}</p></body></html>\n`;
    C.put(f, html);
  }

  // 3. Secure messages — JSON threads.
  {
    const f = 'bank/sakra_meddelanden_api.json'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const threads = people(rng, 45).map((p) => {
      const st = rng.pick(staff);
      return { threadId: N.id('thread-id', alnum(rng, 10)), customer: { id: N.id('customer-number', num(rng, 8), 'phone'), displayName: T(R, 'name', nameAs(p, rng.pick(['full', 'caps', 'surname-first']))), ssn: T(R, 'personnummer', pnr(rng, { style: 'long' })) },
        messages: [
          { sender: 'customer', sentAt: isoTs(rng, date(rng)), body: rng.pick([() => `Hej! Kan ni ändra mitt telefonnummer till ${T(R, 'phone', phone(rng))}?`, () => `Min nya mejl: ${T(R, 'email', email(rng, p))}`, () => `Jag vill lägga till min sambo ${R.t('name', person(rng, { middle: 0 }).full, 'running-text')} på lånet.`, () => `Clearing ${N.id('clearing', clearing(rng))}, konto ${N.id('account-number', account(rng), 'phone')} – stämmer det?`])() },
          { sender: 'bank', agent: { name: T(R, 'name', { value: st.short, subtype: 'log-user' }), email: R.t('email', workEmail(st, O.domain), 'staff-work') }, sentAt: isoTs(rng, date(rng)), body: `Hej ${N.lone(p.first)}, det är åtgärdat.\n\nHälsningar\n${R.t('name', st.short, 'signature')}\nKundservice` },
        ], attachments: rng.chance(0.3) ? [{ fileName: `fullmakt_${p.last.toLowerCase()}.pdf`, size: rng.int(20000, 900000) }] : [] };
    });
    C.put(f, jsonText({ threads }));
  }

  // 4. Call notes — fast, sloppy.
  {
    const f = 'bank/samtalsanteckningar_nov.txt'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = [];
    for (let i = 0; i < 130; i++) {
      const p = person(rng); const st = rng.pick(staff); const low = rng.chance(0.55);
      const nm = () => (low ? R.t('name', p.short.toLowerCase(), 'lower') : R.t('name', p.full, 'full'));
      out.push(`${N.date(date(rng, '2026-11-01', '2026-11-20'))} ${hhmm(rng)} [${R.t('name', st.short, 'log-user')}] ` + rng.pick([
        () => `${nm()} ringde ang bolån ${N.id('loan-number', loanNo(rng), 'phone')}. vill binda 3 år. återkommer.`,
        () => `kund ${nm()} ${T(R, 'personnummer', pnr(rng, { style: rng.pick(['short', 'compact']) }))} spärrat kort, ny beställd. ${rng.chance(0.5) ? `nytt nr ${T(R, 'phone', phone(rng, 'mobile', rng.pick(['compact', 'spaced'])))}` : ''}`,
        () => `dotter ${R.t('name', kin(rng, p).short.toLowerCase(), 'lower')} ringde för ${nm()} – har ej fullmakt, kan ej lämna info.`,
        () => `${nm()} undrar över borgen för sonen ${R.t('name', kin(rng, p).full, 'running-text')}. hänv till ${N.role(O.roles[1])}`,
        () => `medsökande ${nm()} vill lösa lånet. clearing ${N.id('clearing', clearing(rng))} kto ${N.id('account-number', account(rng), 'phone')}`,
        () => `misstänkt bedrägeri! ${nm()} uppringd av "banken" fr ${T(R, 'phone', phone(rng, 'foreign'))}. kontakt m ${N.role(O.roles[3])}`,
        () => `${N.lone(rng.pick(LONE))} på växeln kopplade fel igen (${N.id('switchboard', O.switchboard, 'phone')})`,
        () => `enl. ${R.t('name', rng.pick(staff).short, 'running-text')} ok att sänka amortering för ${nm()}. ${N.lower('inget mer')}.`,
      ])());
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 5. KYC forms — PDF (cp1252).
  {
    const f = 'bank/kyc_formular.pdf'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const lines = [];
    for (const p of people(rng, 10, { cp1252: true })) {
      lines.push({ text: 'Kundkännedom - privatperson', size: 14, bold: true }, `Namn: ${T(R, 'name', nameAs(p, 'full'))}`, `Personnummer: ${T(R, 'personnummer', pnr(rng, { style: 'long-dash', samord: rng.chance(0.15) }))}`,
        `Medborgarskap: ${rng.pick(['Sverige', 'Finland', 'Polen', 'Somalia', 'Iran'])}   Skatterättslig hemvist: Sverige`, `Telefon: ${T(R, 'phone', phone(rng))}   E-post: ${T(R, 'email', email(rng, p))}`,
        `Huvudsaklig inkomst: ${rng.pick(['Lön', 'Pension', 'Näringsverksamhet'])}   Arbetsgivare: ${rng.pick([() => 'Kommunen', () => 'Region', () => N.look('company', rng.pick(LOOKALIKE.company))])()}`,
        `Person i politiskt utsatt ställning (PEP): ${rng.pick(['Nej', 'Nej', 'Ja - familjemedlem'])}`, `Konto: ${N.id('clearing', clearing(rng))} / ${N.id('account-number', account(rng), 'phone')}  IBAN ${N.id('iban', iban(rng))}`,
        `Granskad av: ${R.t('name', rng.pick(staff).short, 'staff')}  ${N.date(date(rng))}`, `Ej giltigt id-nr i fält 2: ${N.badLuhn()}`, '');
    }
    const o = pdfLines(lines, { per: 44, title: 'KYC' }); C.put(f, o.bytes, o.text);
  }

  // 6. Powers of attorney — .docx.
  {
    const f = 'bank/fullmakter.docx'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const blocks = [];
    for (let i = 0; i < 10; i++) {
      const giver = person(rng); const att = rng.chance(0.6) ? kin(rng, giver) : person(rng);
      const w1 = person(rng, { middle: 0 }); const w2 = person(rng, { middle: 0 });
      blocks.push({ h: 'FULLMAKT' }, { runs: ['Jag, ', T(R, 'name', nameAs(giver, 'full')), ', personnummer ', T(R, 'personnummer', pnr(rng, { old: rng.chance(0.3), minYear: 1930, maxYear: 1950, style: 'long-dash' })), ','] },
        { runs: ['ger härmed ', T(R, 'name', { value: att.full, subtype: 'attorney' }), ' (', T(R, 'personnummer', pnr(rng, { style: 'short' })), ') fullmakt att företräda mig i alla bankärenden hos Strömsö Sparbank,'] },
        `inklusive uttag från konto ${N.id('account-number', account(rng), 'phone')} och ändringar av lån ${N.id('loan-number', loanNo(rng), 'phone')}.`,
        { table: [['Underskrift', 'Namnförtydligande', 'Datum'], ['', T(R, 'name', nameAs(giver, 'caps')), N.date(date(rng))]] },
        'Bevittnas:', { table: [['Vittne 1', 'Vittne 2'], [R.t('name', w1.short, 'witness'), R.t('name', w2.short, 'witness')], [T(R, 'phone', phone(rng)), T(R, 'phone', phone(rng))]] }, '');
    }
    blocks.push(footer(R, O, ['orgnr', 'switchboard']));
    const o = docx(blocks, { creator: 'Blankett 4711' }); C.put(f, o.bytes, o.text);
  }

  // 7. Account export — cp1252, `;`, CRLF, account holders surname first.
  {
    const f = 'bank/konton_export.csv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const rows = [['Kontohavare', 'Personnr', 'Clearingnr', 'Kontonr', 'IBAN', 'BIC', 'Produkt', 'Saldo', 'Öppnat', 'Medkontohavare']];
    for (const p of people(rng, 170, { cp1252: true })) {
      const co = rng.chance(0.18) ? person(rng, { cp1252: true, middle: 0 }) : null;
      rows.push([T(R, 'name', nameAs(p, rng.pick(['surname-first-nocomma', 'surname-first', 'caps']))), rng.chance(0.05) ? N.badLuhn() : T(R, 'personnummer', pnr(rng, { style: rng.pick(['short', 'compact', 'long']) })),
        N.id('clearing', clearing(rng)), N.id('account-number', account(rng), 'phone'), N.id('iban', ibanCompact(rng)), 'STSPSESS', rng.pick(['Sparkonto', 'Lönekonto', 'ISK', 'Fasträntekonto', 'Barnsparkonto']),
        rng.int(0, 900000).toLocaleString('sv-SE').replace(/\u00a0/g, ' '), N.date(date(rng, '2001-01-01', '2026-10-01')), co ? T(R, 'name', nameAs(co, 'full')) : '']);
    }
    const o = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(f, o.bytes, o.text);
  }

  // 8. Guarantee — .eml with a CSV attachment.
  {
    const f = 'bank/borgensatagande.eml'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const st = staff[3]; const g = person(rng); const b = person(rng); const ge = email(rng, g);
    const att = [['Roll', 'Namn', 'Personnummer', 'Telefon'], ['Låntagare', T(R, 'name', nameAs(b, 'full')), T(R, 'personnummer', pnr(rng, { style: 'long' })), T(R, 'phone', phone(rng))],
      ['Borgensman', T(R, 'name', nameAs(g, 'full')), T(R, 'personnummer', pnr(rng, { style: 'long' })), T(R, 'phone', phone(rng))]];
    const a = csv(att, { sep: ';' });
    const text = `Hej ${N.lone(g.first)},\n\nSom vi pratade om i telefon: du har ställt upp som borgensman för ${R.t('name', b.full, 'running-text')}s lån ${N.id('loan-number', loanNo(rng), 'phone')}.\nBifogat finns en sammanställning. Signera med BankID via länken i appen.\n\nMed vänliga hälsningar\n\n${R.t('name', st.short, 'signature')}\nBolånerådgivare\nStrömsö Sparbank\nTel ${R.t('phone', phone(rng, 'landline', 'grouped').value, 'staff-direct')} | Växel ${N.id('switchboard', O.switchboard, 'phone')}\n`;
    const o = eml({ from: [R.t('name', st.short, 'header-display'), R.t('email', workEmail(st, O.domain), 'staff-work')], to: [[R.t('name', g.full, 'header-display'), T(R, 'email', ge)]], cc: [['Bolån', role(R, O, 1)]],
      subject: 'Borgensåtagande – underlag', date: rfcDate(date(rng)), id: `${alnum(rng, 16)}@stromsosparbank.se`, enc: 'b64', hdrMode: 'B', text, attachments: [{ name: 'borgen_underlag.csv', type: 'text/csv', data: a.bytes, text: a.text }] });
    C.put(f, o.bytes, o.text);
  }

  // 9. Customer service mailbox — mbox (English and Swedish, quoted replies).
  {
    const f = 'bank/kundtjanst_inkorg.mbox'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 20; i++) {
      const p = person(rng); const e = email(rng, p); const st = rng.pick(staff); const d = date(rng);
      R.t('name', p.full, 'header-display'); T(R, 'email', e);
      const eng = rng.chance(0.3);
      const text = eng ? `Dear Sir or Madam,\n\nI am moving abroad and would like to keep my savings account ${N.id('account-number', account(rng), 'phone')}. My new number in ${rng.pick(['Germany', 'Norway', 'UK'])} is ${T(R, 'phone', phone(rng, 'foreign'))}.\nMy co-borrower ${R.t('name', person(rng, { middle: 0 }).full, 'running-text')} stays in Sweden.\n\nYours faithfully,\n${R.t('name', p.full, 'signature')}\n`
        : `Hej!\n\nJag och min ${rng.pick(['man', 'fru', 'sambo'])} ${R.t('name', kin(rng, p).full, 'running-text')} vill se över vårt bolån (${N.id('loan-number', loanNo(rng), 'phone')}).\nNi når oss på ${T(R, 'phone', phone(rng))}.\n\n/${R.t('name', p.short, 'signature')}\n`;
      msgs.push({ from: [p.full, e.value], to: [['Strömsö Sparbank', role(R, O, 0)]], subject: eng ? 'Savings account when moving abroad' : 'Bolån – omförhandling', date: rfcDate(d, `${hhmm(rng)}:00`), id: `${alnum(rng, 14)}@${e.value.split('@')[1]}`, enc: rng.pick(['qp', '8bit', 'b64']), hdrMode: rng.pick(['Q', 'B']), text });
      if (rng.chance(0.5)) msgs.push({ from: [`${st.short} | Strömsö Sparbank`, workEmail(st, O.domain)], to: [[p.full, e.value]], subject: `Re: ${eng ? 'Savings account' : 'Bolån'}`, date: rfcDate(d, '15:30:00'), id: `${alnum(rng, 14)}@stromsosparbank.se`, enc: 'qp',
        text: `${eng ? 'Hi' : 'Hej'} ${N.lone(p.first)},\n\n${eng ? 'Thank you, we will call you.' : 'Tack, jag ringer er i morgon.'}\n\n${R.t('name', st.short, 'signature')}\n${eng ? 'Customer service' : 'Kundtjänst'} – ${N.service()}\n\n${text.split('\n').map((l) => `> ${l}`).join('\n')}` });
    }
    const o = mbox(msgs); C.put(f, o.bytes, o.text);
  }

  // 10. Internet bank log-ins — key=value log.
  {
    const f = 'bank/internetbank_inlogg.log'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const cust = people(rng, 70).map((p) => ({ p, pn: pnr(rng, { style: 'long' }), ips: [ipVal(rng), ipVal(rng, [['pub', 5], ['v6', 5]])] }));
    const out = [];
    for (let i = 0; i < 280; i++) {
      const c = rng.pick(cust); const d = date(rng, '2026-11-10', '2026-11-19');
      if (rng.chance(0.05)) { out.push(`${d}T${hms(rng)}.${rng.int(100, 999)}Z level=INFO svc=auth-gw node=${server(R, O, rng.int(0, 1))} msg="healthcheck ok"`); continue; }
      const ev = rng.pick(['login.bankid.ok', 'login.bankid.ok', 'login.bankid.cancel', 'transfer.created', 'session.timeout']);
      out.push(`${d}T${hms(rng)}.${rng.int(100, 999)}Z level=${ev.includes('cancel') ? 'WARN' : 'INFO'} svc=auth-gw event=${ev} ssn=${rng.chance(0.7) ? T(R, 'personnummer', c.pn) : N.id('masked-pnr', masked(rng))} name="${T(R, 'name', { value: c.p.full, subtype: 'log-user' })}" client_ip=${T(R, 'ip', rng.pick(c.ips))} device=${rng.pick(['ios', 'android', 'web'])} session=${N.id('session-id', alnum(rng, 20).toLowerCase())}${ev === 'transfer.created' ? ` to_account=${N.id('account-number', account(rng), 'phone')} amount=${rng.int(100, 50000)}` : ''}`);
    }
    C.put(f, `${out.join('\n')}\n`);
  }

  // 11. Case handling workbook — several sheets.
  {
    const f = 'bank/handlaggning_bolan.xlsx'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const loans = [['Lånenr', 'Låntagare', 'Medlåntagare', 'Belopp', 'Handläggare', 'Status']];
    for (const p of people(rng, 70)) { const co = rng.chance(0.5) ? person(rng, { middle: 0 }) : null; loans.push([N.id('loan-number', loanNo(rng), 'phone'), T(R, 'name', nameAs(p, rng.pick(['full', 'surname-first']))), co ? T(R, 'name', nameAs(co, 'full')) : '', rng.int(300000, 6000000), T(R, 'name', { value: rng.pick(staff).short, subtype: 'staff' }), rng.pick(['Beviljad', 'Under handläggning', 'Avslag', 'Komplettering'])]); }
    const gu = [['Förnamn', 'Efternamn', 'Personnr', 'Telefon', 'Borgen för lån']];
    for (const p of people(rng, 25)) { C.joined(f, p.given, p.last); gu.push([p.given, p.last, T(R, 'personnummer', pnr(rng, { style: 'long-dash' })), T(R, 'phone', phone(rng)), N.id('loan-number', loanNo(rng), 'phone')]); }
    const rates = [['Bindningstid', 'Listränta', 'Gäller från'], ['3 mån', 3.89, N.date('2026-11-01')], ['1 år', 3.64, N.date('2026-11-01')], ['3 år', 3.52, N.date('2026-11-01')], ['5 år', 3.61, N.date('2026-11-01')]];
    const o = xlsx([{ name: 'Lån', rows: loans }, { name: 'Borgensmän', rows: gu }, { name: 'Räntor', rows: rates }], { creator: R.t('name', staff[2].short, 'xlsx-creator') }); C.put(f, o.bytes, o.text);
  }

  // 12. Savings transfers — tab-separated with payee names and messages.
  {
    const f = 'bank/overforingar_spar.tsv'; const R = C.at(f); const rng = new Rng(f); const N = nears(R, rng);
    const out = ['Datum\tFrån konto\tTill konto\tMottagare\tMeddelande\tBelopp\tReferens'];
    for (let i = 0; i < 200; i++) {
      const p = person(rng, { middle: 0 });
      const msg = rng.pick([() => `Till ${N.lone(rng.pick(LONE))}`, () => 'Sparande', () => `Födelsedagspresent ${R.t('name', p.short, 'running-text')}`, () => `OCR ${N.id('ocr', ocr(rng, 12))}`, () => 'Hyra nov']);
      out.push([N.date(date(rng)), N.id('account-number', account(rng), 'phone'), N.id('account-number', account(rng), 'phone'), rng.chance(0.7) ? T(R, 'name', nameAs(p, rng.pick(['caps', 'full', 'surname-first-caps']))) : N.look('company', rng.pick(['Fonus Olsson & Son', 'Hedins Bil', 'Johanssons Måleri'])),
        msg(), rng.int(50, 40000).toFixed(2).replace('.', ','), N.id('transfer-ref', `${letters(rng, 3)}${num(rng, 10)}`)].join('\t'));
    }
    C.put(f, `${out.join('\n')}\n`);
  }
}
