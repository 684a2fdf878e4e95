// Seventh blind set — hemtjanst/: a home-care (hemtjänst) unit. Visit log typed in lower case by staff on phones,
// client list (centenarians with `+`), SMS gateway log, a deviation report (.docx), a weekly schedule (.xlsx).
import { Rng, makePerson, makePnr, sDate, sTime, sTimeS, safeDigits, street, STREETS } from './lib.mjs';
import { N } from './lib.mjs';
import { csv, xlsx, docx } from './formats.mjs';
import { customer, nm, pn, ph, nBadPnr, nBadDate, nOrg, nService, nLone, nStreet, nCompany } from './mk.mjs';

const TASKS = ['medicin given', 'dusch', 'inköp gjort', 'städning', 'matleverans', 'tillsyn natt', 'promenad', 'hjälp med strumpor'];

export default function build(C) {
  const rng = new Rng('homecare');
  const staff = Array.from({ length: 7 }, () => makePerson(rng));
  const clients = Array.from({ length: 18 }, (_, i) => {
    const c = customer(rng, { origin: rng.chance(0.75) ? 'swedish' : undefined, minYear: 1932, maxYear: 1948 });
    if (i < 3) { c.pnr = makePnr(rng, { minYear: 1921, maxYear: 1924 }); }
    let rel = customer(rng, { origin: c.origin }); while (rel.first === c.first) rel = customer(rng, { origin: c.origin });
    c.relative = { ...rel, last: rng.chance(0.6) ? c.last : rel.last };
    c.relative.full = `${c.relative.first} ${c.relative.last}`;
    c.addr = `${rng.pick(STREETS).toLowerCase()} ${rng.int(1, 60)}`;
    return c;
  });

  // 1. visit log, lower case
  {
    const R = C.at('hemtjanst/besokslogg_vecka25.txt');
    const out = ['besökslogg hemtjänstgrupp norr v25', ''];
    for (let i = 0; i < N(70); i++) {
      const c = rng.pick(clients); const s = rng.pick(staff);
      const day = sDate(rng, '2025-06-16', '2025-06-22');
      const form = rng.int(0, 5);
      let line;
      if (form === 0) line = `${day} ${sTime(rng)} besök hos ${nm(R, c, 'lower')}, ${c.addr}. ${rng.pick(TASKS)}. allt ok`;
      else if (form === 1) line = `${day} ${sTime(rng)} ${nm(R, c, 'lower')} ville att vi ringde ${c.relative.first.toLowerCase() === c.first.toLowerCase() ? 'anhörig' : 'dottern/sonen'} ${nm(R, c.relative, 'lower')} på ${ph(R, rng, c.relative, 'compact')}. gjort.`;
      else if (form === 2) line = `${day} ${sTime(rng)} ingen öppnade hos ${c.last.toLowerCase()} (${c.addr}). ringde ${ph(R, rng, c, 'dash')} ingen svarade. kontaktade ${nm(R, c.relative, 'lower')}, hon/han kommer`;
      else if (form === 3) line = `${day} ${sTime(rng)} ${rng.pick(TASKS)} + ${rng.pick(TASKS)} hos ${nm(R, c, 'lower')}. pnr ${pn(R, rng, c, c.pnr.age >= 100 ? 'plus' : 'short')} står fel i appen, meddelat ${nm(R, s, 'lower', 'staff-lower')}`;
      else if (form === 4) line = `${day} ${sTime(rng)} ${nLone(R, c.first.toLowerCase())} glad idag. ${rng.pick(TASKS)}`;
      else line = `${day} ${sTime(rng)} nyckel nr ${R.n(null, 'key-number', safeDigits(rng, 4, '7'))} tillbaka i skåpet. larm testat ${R.n('phone', 'service-line', '020-22 33 44')}`;
      out.push(`${line} /${s.first.toLowerCase()}`);
    }
    C.put(R.file, out.join('\n') + '\n');
  }

  // 2. client list: semicolon UTF-8, reversed names, + for 100+
  {
    const R = C.at('hemtjanst/brukarlista_norr.csv');
    const rows = [['Brukare', 'Personnummer', 'Adress', 'Anhörig', 'Anhörig tel', 'Kontaktman', 'Nyckelnr', 'Insatser h/mån']];
    for (const c of clients) {
      const s = rng.pick(staff);
      rows.push([nm(R, c, 'reversed'), pn(R, rng, c, c.pnr.age >= 100 ? 'plus' : rng.pick(['short', 'long'])), `${nStreet(R, `${c.addr[0].toUpperCase()}${c.addr.slice(1)}`)}`,
        nm(R, c.relative, 'full', 'relative'), ph(R, rng, c.relative), nm(R, s, 'full', 'staff'), R.n(null, 'key-number', `N-${safeDigits(rng, 4, '3')}`), rng.int(8, 90)]);
    }
    const o = csv(rows, { sep: ';' });
    C.put(R.file, o.bytes, o.text);
  }

  // 3. SMS gateway log
  {
    const R = C.at('hemtjanst/sms_gateway_juni.csv');
    const rows = [['timestamp', 'direction', 'from', 'to', 'message', 'status']];
    const sender = R.n('phone', 'service-line', '0771-60 60 60');
    for (let i = 0; i < N(45); i++) {
      const c = rng.pick(clients); const rel = c.relative;
      const out = rng.chance(0.6);
      const relNo = ph(R, rng, rel, 'e164');
      const text = out ? `Hej! Hemtjänsten kommer ca ${sTime(rng)} till ${c.first} idag. Mvh Hemtjänst Norr` : `ok tack. mamma/pappa behöver mer mjölk. /${nm(R, rel, 'lower')}`;
      rows.push([`2025-06-${String(rng.int(1, 29)).padStart(2, '0')}T${sTimeS(rng)}`, out ? 'OUT' : 'IN', out ? sender : relNo, out ? relNo : sender, text, rng.pick(['DELIVERED', 'DELIVERED', 'FAILED'])]);
    }
    const o = csv(rows, { sep: ',', eol: '\n' });
    C.put(R.file, o.bytes, o.text);
  }

  // 4. deviation report (.docx)
  {
    const R = C.at('hemtjanst/avvikelserapport_2025-06-14.docx');
    const c = clients[0]; const s = rng.pick(staff); const boss = rng.pick(staff);
    const blocks = [{ h: 'Avvikelserapport – Hemtjänst Norr' }, `Rapport-ID ${R.n(null, 'report-id', `AV-${safeDigits(rng, 5, '4')}`)} · ${R.n(null, 'date', '2025-06-14')}`,
      { table: [['Brukare', `${c.first} ${c.last}`], ['Personnummer', c.pnr.fmt('plus')], ['Rapporterad av', `${s.first} ${s.last}`], ['Anhörig underrättad', `${c.relative.first} ${c.relative.last}, ${c.relative.phone.fmt('grouped')}`]] },
      { runs: ['Händelse: brukaren ', 'hittades på golvet kl 07:40. ', 'Larmet (', 'trygghetslarm', ') hade inte utlösts.'] },
      `Åtgärd: ambulans larmad, ${nm(R, s)} stannade tills ambulansen kom. Tidigare felaktigt registrerat personnummer ${nBadDate(R, rng)} rättat.`,
      `Larmleverantör: ${nCompany(R, 'Trygga Karin Larm AB')}, org.nr ${nOrg(R, rng)}, jour ${nService(R, rng)}.`,
      '', 'Enhetschef', { runs: [boss.first, ' ', boss.last] }];
    R.t('name', `${c.first} ${c.last}`, 'table-cell'); R.t('personnummer', c.pnr.fmt('plus'), 'centenarian-plus'); R.t('name', `${s.first} ${s.last}`, 'staff');
    R.t('name', `${c.relative.first} ${c.relative.last}`, 'relative'); R.t('phone', c.relative.phone.fmt('grouped'), 'relative'); R.t('name', `${boss.first} ${boss.last}`, 'staff-split-runs');
    const o = docx(blocks, { creator: 'Verksamhetssystem' });
    C.put(R.file, o.bytes, o.text);
  }

  // 5. weekly schedule (.xlsx): staff names, client initials (not names)
  {
    const R = C.at('hemtjanst/schema_v26.xlsx');
    const days = ['Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön'];
    const rows = [['Personal', 'Mobil (tjänste)', ...days]];
    for (const s of staff) {
      const mob = customer(rng).phone;
      rows.push([nm(R, s, 'reversed', 'staff'), R.t('phone', mob.fmt('grouped'), 'staff'), ...days.map(() => rng.chance(0.7) ? Array.from({ length: 3 }, () => { const c = rng.pick(clients); return R.n('name', 'initials', `${c.first[0]}${c.last[0]}`); }).join(', ') : 'ledig')]);
    }
    rows.push([], ['Samordnare', nService(R, rng)], ['Nattpatrull', nService(R, rng)]);
    const x = xlsx([{ name: 'v26', rows }], { creator: 'Planering Norr' });
    C.put(R.file, x.bytes, x.text);
  }
  void nBadPnr;
}
