// Tenth set — redovisning/: the invented accounting firm Siffergården Redovisning AB runs payroll for client companies.
// Payroll CSVs (Windows-1252, `;`, CRLF), salary specs (.pdf), a client workbook (.xlsx), mail with a CSV
// attachment, Markdown notes and an NDJSON audit log of the payroll portal.
import { Rng, person, people, nameAs, pnr, phone, email, workEmail, date, svDate, num, badPnr, makeOrgnr, serviceLine, amount, postcode,
  street, publicIp, csv, xlsx, pdf, eml, rfcDate, withIds, isoTs } from './core.mjs';

const DOM = 'siffergarden.example';
const CLIENTS = ['Norrbyns Måleri AB', 'Kaffekompaniet i Gävle AB', 'Hallbergs Golv & Kakel AB', 'Tandläkarna på Torget AB', 'Vindö Marin AB', 'Fjällstuga Logistik AB'];

export default function accounting(C) {
  const rng = new Rng('accounting');
  const staff = people(rng, 5, { cp1252: true });
  const orgnr = Object.fromEntries(CLIENTS.map((c) => [c, makeOrgnr(rng)]));
  const employees = {};

  // 1. Payroll exports, one per client (Visma/Fortnox-like, cp1252 `;`)
  for (const [ci, client] of CLIENTS.slice(0, 4).entries()) {
    const f = `redovisning/lonelista-${ci + 1}.csv`; const R = C.at(f); R.n(null, 'company', client);
    const rows = [[`Företag: ${client}`, `Org.nr: ${R.n('personnummer', 'orgnr', orgnr[client])}`, 'Period: 2026-10', '', '', '', '', '', '', '', '', ''],
      ['Anst.nr', 'Personnummer', 'Efternamn', 'Förnamn', 'Befattning', 'Månadslön', 'Skattetabell', 'Clearingnr', 'Kontonr', 'E-post', 'Mobil', 'Kostnadsställe']];
    const emps = people(rng, 120 + ci * 20, { cp1252: true }); employees[client] = emps;
    emps.forEach((p, i) => {
      const id = pnr(rng, rng.chance(0.06) ? { samord: true, minYear: 1970, maxYear: 2004 } : { minYear: 1958, maxYear: 2007, style: rng.pick(['long', 'long', 'short', 'long-dash']) });
      const e = rng.chance(0.7) ? email(rng, p) : null; const m = rng.chance(0.8) ? phone(rng, 'mobile', rng.pick(['compact', 'dash', 'grouped'])) : null;
      C.joined(f, p.first, p.last);
      R.t('personnummer', id.value, id.subtype); if (e) R.t('email', e.value, e.subtype); if (m) R.t('phone', m.value, m.subtype);
      rows.push([R.n(null, 'employee-number', String(1000 + ci * 1000 + i)), id.value, p.last, p.first, rng.pick(['Målare', 'Barista', 'Lagerarbetare', 'Tandsköterska', 'Säljare', 'Ekonomiassistent', 'Chaufför']),
        R.n(null, 'amount', `${rng.int(24, 62)} ${rng.int(0, 9)}00,00`), String(rng.pick([29, 30, 31, 32, 33, 34])), R.n(null, 'clearing', `${rng.pick(['8327', '6000', '5000', '3300', '9960'])}-${rng.int(0, 9)}`),
        R.n(null, 'bank-account', num(rng, 9)), e?.value ?? '', m?.value ?? '', String(rng.pick([100, 200, 210, 300]))]);
    });
    rows.push(['Summa', '', '', '', '', R.n(null, 'amount', `${rng.int(3, 9)} ${rng.digits(3)} ${rng.digits(3)},00`), '', '', '', '', '', '']);
    rows.push([`Felaktigt personnummer rad ${rng.int(3, 90)}: ${R.n('personnummer', 'bad-luhn-pnr', badPnr(rng, 'bad-luhn'))}`, '', '', '', '', '', '', '', '', '', '', '']);
    const o = csv(rows, { sep: ';', enc: 'cp1252' }); C.put(f, o.bytes, o.text);
  }

  // 2. Salary specifications (.pdf), one page per employee
  for (let k = 0; k < 3; k++) {
    const f = `redovisning/lonespecifikationer-${k + 1}.pdf`; const R = C.at(f); const client = CLIENTS[k]; const pages = [];
    for (const p of employees[client].slice(0, 5 + k)) {
      const id = pnr(rng, { minYear: 1960, maxYear: 2005, style: 'short' });
      pages.push([{ text: 'LÖNESPECIFIKATION', size: 14, bold: true }, `${R.n(null, 'company', client)}  Org.nr ${R.n('personnummer', 'orgnr', orgnr[client])}`, '',
        R.t('name', p.full, 'employee'), R.n(null, 'street', street(rng)), `${R.n(null, 'postcode', postcode(rng))} ${rng.pick(['Gävle', 'Sandviken', 'Skutskär'])}`,
        `Personnummer: ${R.t('personnummer', id.value, id.subtype)}`, `Period: 2026-10-01 – 2026-10-31   Utbetalning: ${R.n(null, 'date', '2026-10-25')}`, '',
        `Månadslön                      ${R.n(null, 'amount', amount(rng, 24000, 52000))}`, `OB-tillägg                     ${R.n(null, 'amount', amount(rng, 300, 3000))}`,
        `Preliminärskatt               -${R.n(null, 'amount', amount(rng, 6000, 15000))}`, `Semesterdagar kvar: ${rng.int(2, 25)}`, '',
        `Frågor? Kontakta lönekonsult ${R.t('name', staff[k].full, 'staff')}, ${R.t('email', workEmail(staff[k], DOM), 'staff')}`, `Växel ${R.n('phone', 'switchboard', '026-14 55 00')}`]);
    }
    const o = pdf(pages, { title: `Lönespecifikationer ${client}` }); C.put(f, o.bytes, o.text);
  }

  // 3. Client workbook (.xlsx): clients sheet + contact persons sheet
  {
    const f = 'redovisning/klientregister.xlsx'; const R = C.at(f);
    const s1 = [['Klient', 'Org.nr', 'Växel', 'Ansvarig konsult', 'Bokslut']]; const s2 = [['Klient', 'Förnamn', 'Efternamn', 'Roll', 'Mobil', 'E-post']];
    for (const client of CLIENTS) {
      const cons = rng.pick(staff);
      s1.push([R.n(null, 'company', client), R.n('personnummer', 'orgnr', orgnr[client]), R.n('phone', 'switchboard', `0${rng.pick(['26', '8', '31'])}-${rng.int(10, 99)} ${rng.int(10, 99)} 00`), R.t('name', cons.full, 'staff'), R.n(null, 'date', date(rng, '2026-12-01', '2027-06-30'))]);
      for (const p of people(rng, rng.int(2, 4))) {
        const m = phone(rng); const e = email(rng, p, `${client.split(' ')[0].toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o')}.example`);
        C.joined(f, p.first, p.last); s2.push([client, p.first, p.last, rng.pick(['VD', 'Ekonomiansvarig', 'Styrelseledamot', 'Lönekontakt']), R.t('phone', m.value, m.subtype), R.t('email', e.value, 'work')]);
      }
      s2.push([client, '', '', 'Faktura', '', R.n('email', 'role-email', `faktura@${client.split(' ')[0].toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o')}.example`)]);
    }
    const o = xlsx([{ name: 'Klienter', rows: s1 }, { name: 'Kontaktpersoner', rows: s2 }], { creator: staff[0].full }); R.t('name', staff[0].full, 'staff'); C.put(f, o.bytes, o.text);
  }

  // 4. Mail from clients with payroll changes (and one with a CSV attachment)
  for (let k = 0; k < 3; k++) {
    const f = `redovisning/lonandringar-${k + 1}.eml`; const R = C.at(f); const client = CLIENTS[k + 2]; const boss = person(rng); const cons = rng.pick(staff);
    const be = email(rng, boss); const nw = person(rng); const nwId = pnr(rng, { minYear: 1990, maxYear: 2007 }); const gone = person(rng); const m = phone(rng, 'mobile');
    R.t('name', boss.full, 'display-name'); R.t('email', be.value, be.subtype); R.t('name', cons.full, 'staff'); R.t('email', workEmail(cons, DOM), 'staff');
    const text = `Hej ${R.n('name', 'lone-first-name', cons.first)}!\n\nÄndringar inför lönekörningen i november:\n- Ny anställd från 1/11: ${R.t('name', nw.full, 'employee')}, ${R.t('personnummer', nwId.value, nwId.subtype)}, månadslön ${R.n(null, 'amount', amount(rng, 25000, 40000))}\n- ${R.t('name', nameAs(gone, 'reversed').value, 'reversed')} slutar 30/11, slutlön inkl. semesterersättning\n- Sjukfrånvaro: ${R.t('name', person(rng).full, 'employee')} 3–7 nov\n\nKontonummer till den nye kommer på mobilen, ring mig på ${R.t('phone', m.value, m.subtype)} om något är oklart.\n\nHälsningar\n${boss.full}\n${client}\nOrg.nr ${R.n('personnummer', 'orgnr', orgnr[client])}\n`;
    const atts = [];
    if (k % 2 === 0) {
      const rows = [['Förnamn', 'Efternamn', 'Personnummer', 'Timmar']];
      for (const p of people(rng, 8, { cp1252: true })) { const id = pnr(rng, { style: 'long' }); C.joined(f, p.first, p.last, 'split-joined'); R.t('personnummer', id.value, 'attachment'); rows.push([p.first, p.last, id.value, String(rng.int(10, 170))]); }
      const a = csv(rows, { sep: ';', enc: 'cp1252' }); atts.push({ name: 'timmar_oktober.csv', type: 'text/csv; charset=windows-1252', data: a.bytes, text: a.text });
    }
    const msg = { from: [boss.full, be.value], to: [[cons.full, workEmail(cons, DOM)]], cc: [['Siffergården Lön', R.n('email', 'role-email', `lon@${DOM}`)]], subject: `Löneändringar ${client}`,
      date: rfcDate(date(rng, '2026-10-20', '2026-11-05'), '09:14:00'), id: R.n('email', 'message-id', `${num(rng, 10)}.JavaMail.${num(rng, 4)}@${DOM}`), text, attachments: atts, enc: k === 1 ? 'b64' : 'qp' };
    const o = withIds(eml(msg), [msg]); C.put(f, o.bytes, o.text);
  }

  // 5. Markdown notes from a year-end meeting
  {
    const f = 'redovisning/bokslutsmote-2026-11.md'; const R = C.at(f); const a = staff[1]; const b = staff[2]; const cp = person(rng); const cpm = phone(rng, 'mobile', 'grouped');
    const md = [`# Bokslutsmöte – ${R.n(null, 'company', CLIENTS[4])}`, '', `**Datum:** ${R.n(null, 'date', '2026-11-12')}  `, `**Närvarande:** ${R.t('name', a.full, 'staff')}, ${R.t('name', b.full, 'staff')}, ${R.t('name', cp.full, 'client-contact')} (VD)`, '',
      '## Punkter', '', `1. Periodisering av leverantörsfaktura ${R.n(null, 'invoice', `F${num(rng, 6)}`)} (${R.n(null, 'amount', amount(rng, 10000, 90000))}).`,
      `2. Förmånsbil för ${R.t('name', person(rng).full, 'employee')} – reg.nr ${R.n(null, 'plate', 'KLM 47B')}, förmånsvärde ${R.n(null, 'amount', amount(rng, 2000, 6000))}/mån.`,
      `3. ${cp.first} skickar underlag senast ${R.n(null, 'date', '2026-12-01')}; nås på ${R.t('phone', cpm.value, cpm.subtype)}.`, `4. Skatteverkets servicenummer ${R.n('phone', 'service-line', '0771-567 567')} vid frågor om F-skatt.`, '',
      '| Ansvarig | Uppgift | Klart |', '|---|---|---|', `| ${a.first[0]}. ${a.last} | Avstämning skattekonto | v. 49 |`, `| ${b.full} | Lönekartläggning | v. 50 |`, ''];
    R.t('name', `${a.first[0]}. ${a.last}`, 'initial');
    C.put(f, md.join('\n'));
  }

  // 6. NDJSON audit log of the payroll portal
  {
    const f = 'redovisning/lonportal-audit.ndjson'; const R = C.at(f); const lines = [];
    const users = people(rng, 14).map((p) => ({ p, mail: email(rng, p).value, ip: publicIp(rng) }));
    const office = R.n('ip', 'server-ip', '185.47.112.10');
    for (let i = 0; i < 500; i++) {
      const staffTurn = rng.chance(0.35); const u = rng.pick(users); const s = rng.pick(staff);
      const ev = { ts: R.n(null, 'timestamp', isoTs(rng, date(rng))), actor: staffTurn ? R.t('email', workEmail(s, DOM), 'staff') : R.t('email', u.mail, 'personal'),
        ip: staffTurn ? office : R.t('ip', u.ip, 'public'), action: rng.pick(['login', 'view_payslip', 'export_sie', 'approve_payroll', 'upload_timesheet', 'logout']),
        ua: R.n(null, 'user-agent', rng.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0.0.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15'])),
        client: CLIENTS[rng.int(0, 5)], build: R.n(null, 'version', '7.14.2') };
      if (ev.action === 'view_payslip' && rng.chance(0.5)) ev.employeeName = R.t('name', rng.pick(employees[CLIENTS[rng.int(0, 3)]]).full, 'employee');
      if (!staffTurn && rng.chance(0.2)) ev.displayName = R.t('name', u.p.full, 'user');
      lines.push(JSON.stringify(ev));
    }
    C.put(f, `${lines.join('\n')}\n`);
  }
}
