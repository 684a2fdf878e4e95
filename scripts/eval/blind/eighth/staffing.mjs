// Eighth blind set — Kompetensbron Bemanning: consultants, timesheets, client contacts, interviews (bemanning/).
import { Rng, person, email, nm, ph, pnr, makePnr, makePhone, phoneStyle, foreignPhone, isoDate, hhmm, up, ascii, one, relative, lines, safeDigits } from './core.mjs';
import { N } from './near.mjs';
import { csv, xlsx, vcf, mbox, rfcDate, docx, ics, zip, put } from './fmt.mjs';

const DOM = 'kompetensbron.se';
const CLIENTS = ['Hedbergs Lager AB', 'Nordkust Logistik', 'Karin Bergs Städ & Service', 'Sjöstads Vård AB', 'Axel Johnsons Mekaniska'];

export default function staffing(C) {
  const rng = new Rng('staffing'); const used = new Set();
  const staff = Array.from({ length: 5 }, () => person(rng, { used }));
  const smail = (s) => `${ascii(s.first).replace(/ /g, '')}.${ascii(s.last).replace(/ /g, '')}@${DOM}`;
  const mk = () => { const p = person(rng, { used }); return { p, mail: email(rng, p), tel: makePhone(rng), pn: makePnr(rng, { minYear: 1960, maxYear: 2005, samord: rng.chance(0.15) }), nr: `K${rng.int(1000, 9999)}` }; };
  const cons = Array.from({ length: 90 }, mk);
  const clientContacts = CLIENTS.map(() => ({ p: person(rng, { used }), tel: makePhone(rng) }));

  // 1. Timesheets (.xlsx, one sheet per week)
  { const R = C.at('bemanning/tidrapporter_v45-v47.xlsx'); const sheets = [];
    for (const w of [45, 46, 47]) {
      const rows = [['Konsult', 'Anst.nr', 'Kund', 'Datum', 'Start', 'Slut', 'Timmar', 'OB', 'Attesterad av', 'Kommentar']];
      for (let i = 0; i < 70; i++) {
        const c = rng.pick(cons); const ci = rng.int(0, CLIENTS.length - 1);
        rows.push([nm(R, c.p, rng.chance(0.6) ? 'reversed' : 'plain'), c.nr, N.company(R, CLIENTS[ci]), N.date(R, isoDate(rng, '2026-11-02', '2026-11-22')), hhmm(rng), hhmm(rng), rng.pick([8, 7.5, 6, 10]), rng.pick([0, 2, 4]),
          rng.chance(0.7) ? nm(R, clientContacts[ci].p, rng.chance(0.3) ? 'initial' : 'plain', 'client-contact') : '', one(rng, () => '', () => 'sjuk em', () => `byte pass med ${nm(R, rng.pick(cons).p, 'plain')}`, () => 'VAB')]);
      }
      sheets.push({ name: `v${w}`, rows });
    }
    put(C, R.file, xlsx(sheets, { creator: 'Kompetensbron Tid' }));
  }

  // 2. Consultant register (tab-separated, UTF-8 BOM, split names)
  { const R = C.at('bemanning/konsultregister.tsv'); const rows = [['Anst.nr', 'Förnamn', 'Efternamn', 'Personnummer', 'Mobil', 'E-post', 'Clearingnr', 'Kontonr', 'Närmaste anhörig', 'Anhörig tel', 'Rekryterare']];
    for (const c of cons) {
      C.joined(R.file, c.p.first, c.p.last); const ice = relative(rng, rng.chance(0.5) ? 'f' : 'm', { used });
      rows.push([c.nr, c.p.first, c.p.last, pnr(R, c.pn, c.pn.samord ? 'short' : rng.pick(['short', 'long', 'long-dash'])), rng.chance(0.1) ? R.t('phone', foreignPhone(rng), 'foreign-phone') : ph(R, rng, c.tel, phoneStyle(rng)), R.t('email', c.mail),
        R.n(null, 'clearing', String(rng.int(3000, 9999))), R.n(null, 'account-no', safeDigits(rng, 9)), nm(R, ice, 'plain', 'relative'), ph(R, rng, makePhone(rng), rng.pick(['compact', 'grouped'])), nm(R, rng.pick(staff), 'plain', 'staff')]);
    }
    put(C, R.file, csv(rows, { sep: '\t', bom: true }));
  }

  // 3. Client contacts (.vcf)
  { const R = C.at('bemanning/kundkontakter.vcf');
    put(C, R.file, vcf(clientContacts.map((cc, i) => [`N:${cc.p.last};${cc.p.first};;;`, `FN:${R.t('name', cc.p.full, 'client-contact')}`, `ORG:${N.company(R, CLIENTS[i])}`, 'TITLE:Platschef',
      `TEL;TYPE=WORK,VOICE:${ph(R, rng, cc.tel, 'intl')}`, `TEL;TYPE=MAIN:${N.switchboard(R, rng)}`, `EMAIL;TYPE=WORK:${R.t('email', `${ascii(cc.p.first).replace(/ /g, '')}@${['hedbergslager', 'nordkust', 'bergsstad', 'sjostadsvard', 'axeljohnsons'][i]}.example`)}`])));
  }

  // 4. Staffing desk mailbox (Takeout mbox): sick calls, shift swaps
  { const R = C.at('bemanning/takeout_bemanningsdesken.mbox'); const msgs = []; const ids = []; const role = N.role(R, 'bemanning', DOM);
    for (let i = 0; i < 30; i++) {
      const c = rng.pick(cons); const st = rng.pick(staff); const id = `${up(rng, 20, 'abcdef0123456789')}@${rng.pick(['mail.example', 'fiber.example'])}`; ids.push(N.msgid(R, id));
      msgs.push({ from: [R.t('name', c.p.full, 'display-name'), R.t('email', c.mail)], to: [['Bemanningsdesken', role]], cc: rng.chance(0.3) ? [[nm(R, st, 'plain', 'staff'), R.t('email', smail(st), 'staff')]] : [],
        subject: rng.pick(['Sjukanmälan', 'Byta pass', 'Lönespec fel', 'Ledig vecka 52?']), date: rfcDate(isoDate(rng), `${hhmm(rng)}:10`), id, enc: rng.pick(['qp', '8bit']), hdrMode: rng.pick(['Q', 'B']),
        mboxDate: 'Sun Nov 22 21:00:00 2026', extraHeaders: [`X-Gmail-Labels: ${rng.pick(['Inkorgen', 'Sjuk', 'Lön,Viktigt'])}`],
        text: lines('Hej!', one(rng, () => `Jag är sjuk idag och kan inte jobba på ${N.company(R, rng.pick(CLIENTS))}. Mitt barn ${nm(R, person(rng, { used }), 'plain', 'child')} har feber också.`,
          () => `Kan jag byta pass med ${nm(R, rng.pick(cons).p)} på lördag? Hon/han har sagt ja.`, () => `Min lön stämmer inte, jag har jobbat ${rng.int(60, 170)} timmar. Anst.nr ${c.nr}, pnr ${pnr(R, c.pn, 'short')}.`),
          '', rng.chance(0.5) ? `Mvh ${nm(R, c.p, 'plain', 'signature')}\n${ph(R, rng, c.tel, 'grouped')}` : `/${c.p.first}`) });
    }
    const r = mbox(msgs); C.put(R.file, r.bytes, `${r.text}\n${ids.map((x) => `Message-ID: <${x}>`).join('\n')}`);
  }

  // 5. Assignment confirmation (.docx)
  { const R = C.at('bemanning/uppdragsbekraftelse_K-uppdrag.docx'); const c = cons[0]; const cc = clientContacts[1]; const st = staff[0];
    put(C, R.file, docx([{ h: 'Uppdragsbekräftelse – Kompetensbron Bemanning AB' }, `Org.nr ${N.orgnr(R, rng)}`, { table: [['Konsult', nm(R, c.p)], ['Personnummer', pnr(R, c.pn, 'long-dash')], ['Kund', N.company(R, CLIENTS[1])],
      ['Kontaktperson kund', `${nm(R, cc.p, 'plain', 'client-contact')}, ${ph(R, rng, cc.tel, 'grouped')}`], ['Period', `${N.date(R, '2026-12-01')} – ${N.date(R, '2027-02-28')}`], ['Timlön', N.amount(R, rng, 160, 240)]] },
      { runs: ['Vid frånvaro kontaktar du ', nm(R, st, 'plain', 'staff'), ' på ', ph(R, rng, makePhone(rng), 'dash', 'staff-mobile'), ' eller ', R.t('email', smail(st), 'staff'), '.'] }], { creator: 'Kompetensbron' }));
  }

  // 6. Interview invites (.ics)
  { const R = C.at('bemanning/intervjuer_december.ics'); const evs = [];
    for (let i = 0; i < 12; i++) {
      const c = mk(); const st = rng.pick(staff); const d = isoDate(rng, '2026-12-01', '2026-12-18').replace(/-/g, '');
      evs.push([`UID:${up(rng, 26, 'abcdef0123456789')}`, `DTSTART:${d}T${String(rng.int(8, 16)).padStart(2, '0')}3000`, `SUMMARY:Intervju ${nm(R, c.p)} – lagerarbetare`,
        `ORGANIZER;CN=${nm(R, st, 'plain', 'staff')}:mailto:${R.t('email', smail(st), 'staff')}`, `ATTENDEE;CN=${R.t('name', c.p.full)}:mailto:${R.t('email', c.mail)}`, `DESCRIPTION:Tel ${ph(R, rng, c.tel, 'grouped')}. Teams-länk i kallelsen.`]);
    }
    put(C, R.file, ics(evs));
  }

  // 7. Zip of exported recruiter notes
  { const R = C.at('bemanning/rekryteraranteckningar_export.zip'); const entries = []; const texts = [];
    for (const st of staff) {
      const ls = [`Anteckningar – ${nm(R, st, 'plain', 'staff')}`, ''];
      for (let j = 0; j < 10; j++) {
        const c = mk();
        ls.push(one(rng, () => `${N.date(R, isoDate(rng))}: Ringde ${nm(R, c.p)} (${ph(R, rng, c.tel, 'compact')}). Truckkort A+B, kan börja direkt.`, () => `${N.date(R, isoDate(rng))}: ${nm(R, c.p, 'caps')} – referens ${nm(R, person(rng, { used }), 'plain', 'reference')} ${ph(R, rng, makePhone(rng), 'grouped')} gav gott betyg.`,
          () => `${N.date(R, isoDate(rng))}: ${nm(R, c.p, 'lower')} uteblev från intervju. Hej ${N.lone(R, c.p.first)}-mejl skickat.`, () => `${N.date(R, isoDate(rng))}: ${nm(R, c.p)} har samordningsnummer ${pnr(R, makePnr(rng, { minYear: 1985, maxYear: 2003, samord: true }), 'short', 'samordningsnummer')}, väntar på personnummer.`));
      }
      const t = ls.join('\n') + '\n'; texts.push(t); entries.push({ name: `notes/${ascii(st.first).replace(/ /g, '_')}.md`, data: t });
    }
    C.put(R.file, zip(entries), texts.join('\n'));
  }
}
