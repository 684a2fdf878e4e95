// Seventh blind set — vardkontakt/: a regional healthcare contact centre (call-back lists, bookings, call notes,
// web-booking events, telephony log, a complaint mail, an appointment letter in HTML).
import { Rng, makePerson, makePhone, sDate, sTime, sTimeS, safeDigits, postcode, street, CITIES, publicIp, ascii } from './lib.mjs';
import { N } from './lib.mjs';
import { csv, xlsx, eml, rfcDate, htmlEsc } from './formats.mjs';
import { customer, nm, pn, ph, em, ip, nBadPnr, nBadDate, nOrg, nService, nRole, nLone, nCompany } from './mk.mjs';

const UNITS = ['Vårdcentralen Björkhagen', 'Vårdcentralen Norrmalm', 'Barnmorskemottagningen Väst', 'Ögonmottagningen', 'Hudmottagningen', 'Vaccinationsmottagningen', 'Psykiatrimottagning Syd'];
const REASONS = ['Önskar återkoppling om provsvar', 'Hosta sedan tre veckor, vill boka tid', 'Förnyelse av recept', 'Frågor om vaccination inför resa',
  'Utslag på armarna, skickat bild via appen', 'Vill omboka tid', 'Sjukintyg behövs till arbetsgivaren', 'Ont i knät efter fall'];

export default function build(C) {
  const rng = new Rng('health');
  const staff = Array.from({ length: 6 }, () => makePerson(rng));
  const switchboard = makePhone(rng, { kind: 'land' }).fmt('grouped');

  // 1. call-back list: semicolon, UTF-8 BOM, split names, multi-line notes
  {
    const R = C.at('vardkontakt/aterringningslista_2025-06.csv');
    const rows = [['ÄrendeID', 'Inkommet', 'Personnummer', 'Förnamn', 'Efternamn', 'Telefon', 'Ärende', 'Prioritet', 'Sjuksköterska']];
    for (let i = 0; i < N(70); i++) {
      const c = customer(rng);
      const nurse = rng.pick(staff);
      C.joined(R.file, c.first, c.last);
      let note = rng.pick(REASONS);
      if (rng.chance(0.2)) note += `\nRing efter ${sTime(rng)}, jobbar dagtid.`;
      if (rng.chance(0.1)) note += `\nOBS fel pnr angivet först: ${nBadPnr(R, rng)}`;
      if (rng.chance(0.15)) { const alt = makePhone(rng); note += `\nAlternativt nr (anhörig): ${R.t('phone', alt.fmt('grouped'), 'relative')}`; }
      rows.push([`VK-${safeDigits(rng, 7, '25')}`, `${sDate(rng, '2025-06-01', '2025-06-27')} ${sTime(rng)}`, pn(R, rng, c),
        c.first, c.last, ph(R, rng, c), note, rng.pick(['1', '2', '3']), nm(R, nurse, 'full', 'staff')]);
    }
    const o = csv(rows, { sep: ';', bom: true });
    C.put(R.file, o.bytes, o.text);
  }

  // 2. bookings workbook: reversed names, samordningsnummer, shared strings
  {
    const R = C.at('vardkontakt/tidbokningar_v26.xlsx');
    const rows = [['Bokningsnr', 'Datum', 'Tid', 'Patient', 'Personnr', 'Mobil', 'Mottagning', 'Behandlare', 'Avgift']];
    for (let i = 0; i < N(55); i++) {
      const c = customer(rng, { samord: rng.chance(0.15) });
      const b = makePerson(rng);
      const fee = rng.pick(['0', '200', '300', '400']);
      rows.push([R.n(null, 'booking-number', `B${safeDigits(rng, 8, '6')}`), R.n(null, 'date', sDate(rng, '2025-06-23', '2025-06-29')), sTime(rng),
        nm(R, c, rng.chance(0.7) ? 'reversed' : 'full'), pn(R, rng, c, rng.pick(['long', 'short', 'long-dash'])), ph(R, rng, c, rng.pick(['compact', 'grouped', 'dash'])),
        rng.pick(UNITS), nm(R, b, rng.chance(0.5) ? 'full' : 'reversed', 'staff'), Number(fee)]);
    }
    const sheet2 = [['Mottagning', 'Växel', 'Funktionsbrevlåda'], ...UNITS.slice(0, 4).map((u, i) => [u, nService(R, rng), nRole(R, `mottagning${i + 1}@vardregion.example`)])];
    const o = xlsx([{ name: 'Bokningar v26', rows }, { name: 'Mottagningar', rows: sheet2 }], { creator: 'Kontaktcenter Region Exempel' });
    C.put(R.file, o.bytes, o.text);
  }

  // 3. call notes, free text by nurses
  {
    const R = C.at('vardkontakt/samtalsanteckningar_2025-06-18.txt');
    const out = [`Samtalsanteckningar 1177-kö Region Exempel — ${'2025-06-18'}`, `Växel ${R.n('phone', 'service-line', switchboard)}`, ''];
    for (let i = 0; i < N(30); i++) {
      const c = customer(rng); const nurse = rng.pick(staff);
      const t = sTime(rng);
      const form = rng.int(0, 5);
      if (form === 0) out.push(`${t} Ringt upp ${nm(R, c)} (${pn(R, rng, c)}) på ${ph(R, rng, c)}. ${rng.pick(REASONS)}. Bokad tid ${sDate(rng, '2025-06-19', '2025-06-27')}.`);
      else if (form === 1) out.push(`${t} Pat ${nm(R, c, 'caps')}, pnr ${pn(R, rng, c)}, ringer om ${rng.pick(REASONS).toLowerCase()}. Ej svar på ${ph(R, rng, c)}, nytt försök imorgon.`);
      else if (form === 2) {
        const mom = makePerson(rng);
        let kid = makePerson(rng, { origin: mom.origin }); while (kid.first === mom.first) kid = makePerson(rng, { origin: mom.origin });
        out.push(`${t} Förälder ${nm(R, mom)} ringer för barnet ${R.t('name', `${kid.first} ${mom.last}`, 'child')} (${pn(R, rng, { pnr: customer(rng, { minYear: 2012, maxYear: 2022 }).pnr })}). Feber 39,2. Hänvisad till jourcentral.`);
      } else if (form === 3) out.push(`${t} Samtal från ${ph(R, rng, c, 'e164')} utan nummerpresentation av namn. Uppgav sig heta ${nm(R, c)}. Kontrollerat mot folkbokföring ${pn(R, rng, c)} – stämmer.`);
      else if (form === 4) out.push(`${t} Kontrollfråga: patient uppgav ${nBadDate(R, rng)} men det finns inget sådant datum – korrigerat till ${pn(R, rng, c, 'long')}. ${nm(R, c, 'reversed')}.`);
      else out.push(`${t} Hej ${nLone(R, c.first)}! sa pat, glad tonläge. ${nm(R, c)} vill ha e-post i stället: ${em(R, c)}`);
      out.push(`      /${nm(R, nurse, rng.chance(0.5) ? 'full' : 'initial', 'staff')}, ssk`);
    }
    out.push('', `Rapport genererad av Telefoniplattformen v${R.n(null, 'version', '7.4.12.3')}`);
    C.put(R.file, out.join('\n') + '\n');
  }

  // 4. web-booking events (NDJSON) with customer IPs
  {
    const R = C.at('vardkontakt/webbokning_events.ndjson');
    const lines = [];
    for (let i = 0; i < N(90); i++) {
      const c = customer(rng);
      const ev = rng.pick(['login', 'booking.created', 'booking.cancelled', 'profile.updated', 'login.failed']);
      const o = { ts: `${sDate(rng, '2025-06-01', '2025-06-29')}T${sTimeS(rng)}Z`, event: ev, session: R.n(null, 'session-id', `s_${safeDigits(rng, 12, '4')}`), clientIp: ip(R, rng) };
      if (ev !== 'login.failed') { o.subject = pn(R, rng, c, 'long'); o.patientName = nm(R, c); }
      if (ev === 'profile.updated') { o.changes = { mobile: ph(R, rng, c, 'e164'), email: em(R, c) }; }
      if (ev.startsWith('booking')) o.bookingId = R.n(null, 'booking-number', `B${safeDigits(rng, 8, '7')}`);
      o.server = R.n('ip', 'server-ip', `10.200.${rng.int(1, 4)}.${rng.int(10, 20)}`);
      lines.push(JSON.stringify(o));
    }
    C.put(R.file, lines.join('\n') + '\n');
  }

  // 5. telephony log
  {
    const R = C.at('vardkontakt/telefoni_2025-06-12.log');
    const lines = [];
    for (let i = 0; i < N(80); i++) {
      const c = customer(rng);
      const ani = rng.chance(0.9) ? ph(R, rng, c, rng.pick(['e164', 'compact', '0046'])) : R.n('phone', 'anonymous', 'anonymous');
      lines.push(`2025-06-12 ${sTimeS(rng)} INFO  call id=${R.n(null, 'call-id', safeDigits(rng, 11, '9'))} ani=${ani.replace(/ /g, '')} dnis=${R.n('phone', 'service-line', '0771-11 77 00').replace(/[- ]/g, '')} queue=${rng.pick(['RADGIVNING', 'TIDBOK', 'RECEPT'])} wait=${rng.int(3, 1800)}s agent=${rng.pick(['ssk', 'adm'])}${rng.int(100, 199)}`);
    }
    // numbers with spaces removed: re-record exact forms
    C.put(R.file, lines.join('\n') + '\n');
    for (const t of C.truth) if (t.file === R.file && t.category === 'phone') t.value = t.value.replace(/ /g, '');
    for (const n of C.nearMiss) if (n.file === R.file && n.kind === 'service-line') n.value = n.value.replace(/[- ]/g, '');
  }

  // 6. complaint mail with a .txt attachment
  {
    const R = C.at('vardkontakt/klagomal_vardcentral.eml');
    const c = customer(rng, { origin: 'swedish' }); const h = rng.pick(staff); const dr = makePerson(rng);
    const att = `Tidslinje\n${sDate(rng, '2025-05-01', '2025-05-10')} Ringde ${nService(R, rng)}, fick tid.\n${sDate(rng, '2025-05-11', '2025-05-20')} Läkare ${nm(R, dr)} avbokade.\nMitt nummer: ${ph(R, rng, c, 'grouped')}\n`;
    const text = `Hej,\n\nJag heter ${nm(R, c)} (${pn(R, rng, c, 'short')}) och vill framföra klagomål på hur min anhöriga ${R.t('name', `${makePerson(rng, { origin: 'swedish' }).first} ${c.last}`, 'relative')} blev bemött på Vårdcentralen Björkhagen.\nHon har väntat sedan mars. Se bifogad tidslinje.\n\nMed vänliga hälsningar\n${nm(R, c)}\n${ph(R, rng, c, 'intl')}\n`;
    const reply = `\n\n-----Ursprungligt meddelande-----\nFrån: ${nRole(R, 'patientnamnden@vardregion.example')}\nOrg.nr ${nOrg(R, rng)}\n`;
    const o = eml({ from: [`${c.first} ${c.last}`, em(R, c)], to: [['Patientnämnden', 'patientnamnden@vardregion.example']], cc: [[`${h.first} ${h.last}`, R.t('email', `${ascii(h.first).replace(/[^a-z]/g, '')}.${ascii(h.last).replace(/[^a-z]/g, '')}@vardregion.example`, 'staff')]],
      subject: `Klagomål – bemötande ${nm(R, c)}`, date: rfcDate('2025-06-02', '08:14:00'), id: 'k1.2025@mail.example', text: text + reply, enc: 'qp', hdrMode: 'Q',
      attachments: [{ name: 'tidslinje.txt', type: 'text/plain; charset=utf-8', data: att }] });
    R.t('name', `${h.first} ${h.last}`, 'staff');
    C.put(R.file, o.bytes, o.text);
  }

  // 7. appointment letter HTML
  {
    const R = C.at('vardkontakt/kallelse_ogon_2025-06-24.html');
    const c = customer(rng); const dr = makePerson(rng);
    const body = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Kallelse</title></head><body>
<h1>Kallelse till Ögonmottagningen</h1>
<p><strong>Patient:</strong> ${htmlEsc(nm(R, c))}<br><strong>Personnummer:</strong> ${pn(R, rng, c, 'long-dash')}</p>
<p>${htmlEsc(street(rng))}<br>${C.near(R.file, null, 'postal-code', postcode(rng))} ${rng.pick(CITIES)}</p>
<p>Du har fått en tid ${R.n(null, 'date', '2025-07-08')} kl. 09:40 hos ${htmlEsc(nm(R, dr, 'full', 'staff'))}. Avgift ${R.n(null, 'amount', '300 kr')}.</p>
<p>Vid förhinder, ring ${nService(R, rng)} eller mejla <a href="mailto:ogon@vardregion.example">${nRole(R, 'ogon@vardregion.example')}</a>. Ange bokningsnummer ${R.n(null, 'booking-number', `B${safeDigits(rng, 8, '8')}`)}.</p>
<p>Sms-påminnelse skickas till ${ph(R, rng, c, 'grouped')}.</p>
<footer>Region Exempel, org.nr ${nOrg(R, rng)} · ${nCompany(R, 'Doktor Lindbergs Ögonklinik AB')} (underleverantör)</footer>
</body></html>
`;
    C.put(R.file, body, body.replace(/<[^>]+>/g, ' '));
    void publicIp;
  }
}
