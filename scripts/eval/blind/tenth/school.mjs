// Tenth set — elevhalsa/: the student health team of the invented Ekängsskolan (years 7–9). A pupil/guardian CSV
// from the school platform, Markdown notes from team meetings, a .zip of transcribed handwritten nurse notes,
// guardians' vCards, minutes (.docx), guardians' mail (.eml) and a letter (.pdf). Pupils, guardians and staff are
// people; class names, rooms, dates and the school's lines are near-misses.
import { Rng, person, people, nameAs, pnr, phone, email, workEmail, date, hhmm, num, badPnr, serviceLine, csv, zip, docx, pdf, eml, rfcDate, withIds, street, postcode } from './core.mjs';

const DOM = 'ekangsskolan.example';
const CLASSES = ['7A', '7B', '8A', '8B', '9A', '9C'];

export default function school(C) {
  const rng = new Rng('school');
  const staff = people(rng, 6, { cp1252: true }); const [nurse, curator, psych, head] = staff;
  const pupils = people(rng, 150).map((p) => {
    const g1 = person(rng, { origin: p.origin }); const g2 = rng.chance(0.6) ? { ...person(rng, { origin: p.origin }), last: p.last } : null;
    if (g2) g2.full = `${g2.first} ${g2.last}`;
    return { p, cls: rng.pick(CLASSES), id: pnr(rng, { minYear: 2011, maxYear: 2013, style: rng.pick(['long', 'long-dash', 'short']) }), g1, g1t: phone(rng, 'mobile'), g1m: email(rng, g1).value, g2, g2t: g2 ? phone(rng, rng.chance(0.2) ? 'foreign' : 'mobile') : null };
  });

  // 1. School platform export (CSV `;`, pupil name split)
  {
    const f = 'elevhalsa/elevlista-vardnadshavare.csv'; const R = C.at(f); const rows = [['Elev förnamn', 'Elev efternamn', 'Personnummer', 'Klass', 'VH1 namn', 'VH1 mobil', 'VH1 e-post', 'VH2 namn', 'VH2 mobil', 'Mentor']];
    for (const x of pupils) {
      const mentor = rng.pick(staff.slice(3)); C.joined(f, x.p.first, x.p.last, 'split-joined'); R.t('personnummer', x.id.value, x.id.subtype); R.t('name', x.g1.full, 'guardian'); R.t('phone', x.g1t.value, x.g1t.subtype); R.t('email', x.g1m, 'guardian');
      if (x.g2) { R.t('name', x.g2.full, 'guardian'); R.t('phone', x.g2t.value, x.g2t.subtype); }
      rows.push([x.p.first, x.p.last, x.id.value, R.n(null, 'class', x.cls), x.g1.full, x.g1t.value, x.g1m, x.g2?.full ?? '', x.g2t?.value ?? '', R.t('name', mentor.full, 'staff')]);
    }
    const o = csv(rows, { sep: ';' }); C.put(f, o.bytes, o.text);
  }

  // 2. Markdown notes from student health meetings
  for (let k = 0; k < 3; k++) {
    const f = `elevhalsa/ehm-anteckningar-${k + 1}.md`; const R = C.at(f); const d = R.n(null, 'date', date(rng, '2026-08-20', '2026-11-20'));
    const md = [`# Elevhälsomöte ${d}`, '', `Närvarande: ${R.t('name', nurse.full, 'staff')} (skolsköterska), ${R.t('name', curator.full, 'staff')} (kurator), ${R.t('name', psych.full, 'staff')} (psykolog), ${R.t('name', head.full, 'staff')} (rektor)`, ''];
    for (const x of rng.shuffle(pupils).slice(0, 9)) {
      const st = rng.pick(['full', 'full', 'lower', 'caps']); const nm = nameAs(x.p, st);
      md.push(`## ${R.t('name', nm.value, nm.subtype)}, ${R.n(null, 'class', x.cls)}`, '',
        `- ${rng.pick(['Hög frånvaro sedan v. 38', 'Oro för mående, samtal med kurator', 'Behov av extra anpassningar i matematik', 'Synundersökning – remiss skickad', 'Konflikt på rasterna'])}`,
        `- Kontakt med vårdnadshavare ${R.t('name', x.g1.full, 'guardian')} (${R.t('phone', x.g1t.value, x.g1t.subtype)}) ${rng.pick(['tas av mentor', 'tas av kurator', 'är gjord'])}`,
        `- Ansvarig: ${rng.pick(['SSK', 'kurator', 'mentor'])}, uppföljning ${R.n(null, 'date', date(rng, '2026-11-21', '2027-01-31'))}`, '');
    }
    md.push('---', `Nästa möte i rum ${R.n(null, 'room', `B${rng.int(101, 340)}`)}. Skolans växel ${R.n('phone', 'switchboard', '0571-283 00')}.`, '');
    C.put(f, md.join('\n'));
  }

  // 3. Zip of transcribed handwritten nurse notes (one folder per month, one .txt per note)
  {
    const f = 'elevhalsa/skolskoterska-transkriberingar.zip'; const R = C.at(f); const entries = []; const texts = [];
    for (let i = 0; i < 16; i++) {
      const x = pupils[i * 7]; const other = person(rng); const m = ['2026-09', '2026-10', '2026-11'][i % 3];
      const t = [`TRANSKRIBERING AV HANDSKRIVEN ANTECKNING (skannad ${R.n(null, 'date', `${m}-${String(rng.int(1, 28)).padStart(2, '0')}`)})`, `Elev: ${R.t('name', i % 4 === 0 ? nameAs(x.p, 'caps-reversed').value : x.p.full, i % 4 === 0 ? 'caps-reversed' : 'pupil')}   pnr ${R.t('personnummer', x.id.value, x.id.subtype)}   kl ${x.cls}`,
        `Besök kl ${R.n(null, 'time', hhmm(rng))}. ${rng.pick(['Huvudvärk, vilade 20 min.', 'Magont. Ringde mamma.', 'Vaccination HPV dos 2.', 'Längd/vikt, hälsosamtal.', 'Skadat knät på idrotten.'])}`,
        `Vh ${R.t('name', x.g1.full, 'guardian')} nås på ${R.t('phone', x.g1t.value, x.g1t.subtype)}.`, rng.chance(0.4) ? `Kompis ${R.t('name', other.full, 'pupil')} följde med.` : `[oläsligt] ... ${rng.pick(['ska följas upp', 'ej åtgärd'])}`,
        `/${R.t('name', nameAs(nurse, 'initial').value, 'initial')}, skolsköterska`];
      if (i === 5) t.push(`Felskrivet pnr på lappen: ${R.n('personnummer', 'bad-luhn-pnr', badPnr(rng, 'bad-luhn'))}`);
      const name = `${m}/anteckning-${String(i + 1).padStart(2, '0')}.txt`; entries.push({ name, data: `${t.join('\r\n')}\r\n` }); texts.push(name, t.join('\n'));
    }
    entries.push({ name: 'LASMIG.txt', data: 'Transkriberat av kansliet. Originalen förvaras i låst skåp.\r\n' }); texts.push('Transkriberat av kansliet. Originalen förvaras i låst skåp.');
    C.put(f, zip(entries), texts.join('\n'));
  }

  // 4. Guardians' vCards
  {
    const f = 'elevhalsa/vardnadshavare.vcf'; const R = C.at(f); const cards = [];
    for (const x of pupils.slice(0, 40)) {
      R.t('name', x.g1.full, 'guardian'); R.t('phone', x.g1t.value, x.g1t.subtype); R.t('email', x.g1m, 'guardian');
      cards.push(['BEGIN:VCARD', 'VERSION:3.0', `N:${x.g1.last};${x.g1.first};;;`, `FN:${x.g1.full}`, `TEL;TYPE=CELL:${x.g1t.value}`, `EMAIL:${x.g1m}`, `NOTE:Vårdnadshavare till ${R.t('name', x.p.full, 'pupil')} ${x.cls}`, 'END:VCARD'].join('\r\n'));
    }
    C.put(f, `${cards.join('\r\n')}\r\n`);
  }

  // 5. Minutes (.docx) with a table of pupils and actions
  {
    const f = 'elevhalsa/eht-protokoll-2026-11-10.docx'; const R = C.at(f); const sel = pupils.slice(60, 68);
    const blocks = [{ h: 'Protokoll – elevhälsoteam (EHT)' }, `Datum: ${R.n(null, 'date', '2026-11-10')}  Plats: ${R.n(null, 'room', 'Konferensrum Eken')}`,
      { runs: ['Närvarande: ', R.t('name', head.full, 'staff'), ' (ordf.), ', R.t('name', nurse.full, 'staff'), ', ', R.t('name', curator.full, 'staff')] },
      { table: [['Elev', 'Klass', 'Ärende', 'Vårdnadshavare', 'Åtgärd'], ...sel.map((x) => [R.t('name', x.p.full, 'pupil'), x.cls, rng.pick(['Frånvaro', 'Mående', 'Stöd', 'Skolskjuts']), R.t('name', x.g1.full, 'guardian'), rng.pick(['Möte bokas', 'Orosanmälan övervägs', 'Anpassning'])])] },
      `Nästa möte ${R.n(null, 'date', '2026-12-08')}. Sekreterare: ${R.t('name', staff[4].full, 'staff')}`];
    const o = docx(blocks, { creator: head.full }); C.put(f, o.bytes, o.text);
  }

  // 6. Guardians' mail (.eml)
  for (let k = 0; k < 3; k++) {
    const f = `elevhalsa/mejl-vardnadshavare-${k + 1}.eml`; const R = C.at(f); const x = pupils[90 + k]; const en = k === 1 || k === 3; const d = date(rng, '2026-09-01', '2026-11-20');
    R.t('name', x.g1.full, 'guardian'); R.t('email', x.g1m, 'guardian'); R.t('name', nurse.full, 'staff'); R.t('email', workEmail(nurse, DOM), 'staff');
    const text = en ? `Dear Nurse ${nurse.last},\n\nMy daughter ${R.t('name', x.p.full, 'pupil')} (${x.cls}) has asthma and needs her inhaler during PE. Her personal number is ${R.t('personnummer', x.id.value, x.id.subtype)}.\nYou can reach me on ${R.t('phone', x.g1t.value, x.g1t.subtype)} or my partner ${R.t('name', x.g2?.full ?? person(rng).full, 'guardian')} on ${R.t('phone', (x.g2t ?? phone(rng, 'foreign')).value, 'guardian-phone')}.\n\nBest wishes,\n${x.g1.full}\n`
      : `Hej!\n\n${R.t('name', x.p.first + ' ' + x.p.last, 'pupil')} kommer inte till hälsosamtalet ${R.n(null, 'date', d)} pga tandläkartid. Kan vi boka om? Jag nås på ${R.t('phone', x.g1t.value, x.g1t.subtype)} efter ${R.n(null, 'time', '16:00')}.\n\nMvh\n${x.g1.full}\n\n> Hej, välkommen på hälsosamtal. Ring ${R.n('phone', 'switchboard', '0571-283 10')} vid förhinder. /${nurse.first}\n`;
    const msg = { from: [x.g1.full, x.g1m], to: [[nurse.full, workEmail(nurse, DOM)]], cc: [['Elevhälsan', R.n('email', 'role-email', `elevhalsan@${DOM}`)]], subject: en ? 'Inhaler' : 'Ombokning hälsosamtal', date: rfcDate(d, '07:45:00'),
      id: R.n('email', 'message-id', `${num(rng, 10)}@${x.g1m.split('@')[1]}`), text, enc: k % 2 ? 'b64' : 'qp', hdrMode: 'B' };
    const o = withIds(eml(msg), [msg]); C.put(f, o.bytes, o.text);
  }

  // 7. Letter to guardians (.pdf)
  {
    const f = 'elevhalsa/kallelse-halsosamtal.pdf'; const R = C.at(f); const pages = [];
    for (const x of pupils.filter((q) => /^[\x20-\xff]*$/.test(q.p.full + q.g1.full)).slice(0, 6)) {
      pages.push([{ text: 'Ekängsskolan – Elevhälsan', size: 14, bold: true }, '', `Till vårdnadshavare ${R.t('name', x.g1.full, 'guardian')}`, R.n(null, 'street', street(rng)), `${R.n(null, 'postcode', postcode(rng))} Säffle`, '',
        `KALLELSE TILL HÄLSOSAMTAL för ${R.t('name', x.p.full, 'pupil')}, klass ${x.cls}`, `Tid: ${R.n(null, 'time', `${date(rng, '2026-12-01', '2026-12-18')} kl. ${hhmm(rng)}`)}`, '',
        `Välkomna! ${R.t('name', nurse.full, 'staff')}, skolsköterska, tel ${R.t('phone', phone(rng, 'mobile', 'dash').value, 'staff-mobile')}`, `Vid sjukdom: ring Vårdguiden ${R.n('phone', 'service-line', '1177')} eller skolans växel ${R.n('phone', 'switchboard', '0571-283 00')}.`]);
    }
    const o = pdf(pages, { title: 'Kallelse' }); C.put(f, o.bytes, o.text);
  }
}
