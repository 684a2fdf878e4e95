// Tenth set — abuse/: the abuse desk of the invented ISP Ljusnät Bredband AB. ARF reports (multipart/report with
// message/feedback-report and the original message/rfc822), forwards to customers with the complaint attached,
// an ARF-style text batch, a case NDJSON, the desk's mbox, a DHCP/CGNAT lease CSV and an HTML case print.
// Customer addresses are truth (CGNAT/RFC 1918: 'private-ip'); reporters' and Ljusnät's own servers are 'server-ip'.
import { Rng, person, people, nameAs, phone, email, workEmail, date, num, publicIp, privateIp, docIp, v6, isoTs, csv, mbox, rfcDate, withIds, ew, htmlEsc, serviceLine } from './core.mjs';

const DOM = 'ljusnat.example';
const RELAYS = ['193.181.14.20', '193.181.14.21', '2a0a:4c0:10::25'];
const REPORTERS = [['SpamTrap Collective', 'arf@spamtrap.example', '45.83.220.9'], ['Nordic CERT', 'reports@cert.example', '194.71.11.69'], ['MailGuard', 'fbl@mailguard.example', '91.198.174.2']];

export default function abuse(C) {
  const rng = new Rng('abuse');
  const staff = people(rng, 4, { intl: true }).concat(people(rng, 3));
  const custs = people(rng, 40).map((p) => ({ p, mail: email(rng, p).value, ip: rng.chance(0.15) ? privateIp(rng).replace(/^(10|172|192)\..*/, (x) => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`) : publicIp(rng), ip6: v6(rng), no: num(rng, 7) }));
  const ipSub = (ip) => (ip.startsWith('100.') ? 'private-ip' : 'public');

  // 1. ARF reports from external feedback loops
  for (let k = 0; k < 5; k++) {
    const f = `abuse/arf-report-${k + 1}.eml`; const R = C.at(f); const [rn, rmail, rip] = REPORTERS[k % 3]; const c = custs[k]; const d = date(rng); const victim = person(rng);
    const id = R.n('email', 'message-id', `arf.${num(rng, 9)}@${rmail.split('@')[1]}`); const inner = R.n('email', 'message-id', `${num(rng, 12)}@${c.p.last.toLowerCase().replace(/[^a-z]/g, '') || 'mail'}.example`);
    R.n('email', 'role-email', rmail); R.n('email', 'role-email', `abuse@${DOM}`); R.n('ip', 'server-ip', rip); R.n('ip', 'server-ip', RELAYS[k % 2]);
    R.t('ip', c.ip, ipSub(c.ip)); R.t('email', c.mail, 'customer'); R.t('email', victim.mail = email(rng, victim).value, 'recipient'); R.t('name', victim.full, 'recipient');
    const ts = R.n(null, 'timestamp', `${d}T${String(rng.int(0, 9)).padStart(2, '0')}:14:07Z`);
    const human = `This is an abuse report for an email message received from IP ${c.ip} on ${ts}.\r\nFor more information about this format please see https://www.rfc-editor.org/rfc/rfc5965.\r\n`;
    const fbr = `Feedback-Type: abuse\r\nUser-Agent: ${R.n(null, 'user-agent', `${rn.replace(/ /g, '')}-FBL/2.3`)}\r\nVersion: 1\r\nOriginal-Mail-From: <${c.mail}>\r\nOriginal-Rcpt-To: <${victim.mail}>\r\nArrival-Date: ${ts}\r\nReporting-MTA: dns; mx.${rmail.split('@')[1]}\r\nSource-IP: ${c.ip}\r\nReported-Domain: ${DOM}\r\n`;
    const orig = `Received: from [${c.ip}] (port=${rng.int(40000, 65000)}) by smtp.${DOM} ([${RELAYS[k % 2]}]) with ESMTPSA; ${rfcDate(d, '03:14:01')}\r\nReceived: from smtp.${DOM} ([${RELAYS[k % 2]}]) by mx.${rmail.split('@')[1]} ([${rip}]); ${rfcDate(d, '03:14:07')}\r\nFrom: ${ew(c.p.full)} <${c.mail}>\r\nTo: ${ew(victim.full)} <${victim.mail}>\r\nSubject: Billiga klockor!!! Rolex -80%\r\nDate: ${rfcDate(d, '03:13:59')}\r\nMessage-ID: <${inner}>\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nKöp nu: http://klockor-rea.example/?ref=${num(rng, 6)}\r\n`;
    R.t('name', c.p.full, 'customer');
    const b = `arf${k}${num(rng, 6)}`;
    const raw = `From: ${rn} <${rmail}>\r\nTo: ${ew('Abuse Ljusnät')} <abuse@${DOM}>\r\nSubject: FW: Abuse report for ${c.ip}\r\nDate: ${rfcDate(d, '04:00:00')}\r\nMessage-ID: <${id}>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=feedback-report; boundary="${b}"\r\n\r\n--${b}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n${human}\r\n--${b}\r\nContent-Type: message/feedback-report\r\n\r\n${fbr}\r\n--${b}\r\nContent-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n${orig}\r\n--${b}--\r\n`;
    C.put(f, Buffer.from(raw, 'utf8'), raw.replace(ew(c.p.full), c.p.full).replace(ew(victim.full), victim.full).replace(ew('Abuse Ljusnät'), 'Abuse Ljusnät'));
  }

  // 2. Desk forwards a complaint to the customer, the complaint attached as message/rfc822
  for (let k = 0; k < 4; k++) {
    const f = `abuse/fwd-till-kund-${k + 1}.eml`; const R = C.at(f); const c = custs[10 + k]; const s = staff[k % staff.length]; const comp = person(rng); const cm = email(rng, comp).value; const cph = phone(rng);
    const d = date(rng); const en = k % 2 === 1; const caseNo = R.n(null, 'case-number', `ABUSE-${num(rng, 6)}`); const id = R.n('email', 'message-id', `${num(rng, 8)}.${caseNo}@${DOM}`);
    const body = en ? `Dear ${R.t('name', c.p.full, 'customer')},\n\nWe have received the attached complaint concerning traffic from your connection (IPv4 ${R.t('ip', c.ip, ipSub(c.ip))}, IPv6 ${R.t('ip', c.ip6, 'ipv6')}) on ${R.n(null, 'timestamp', isoTs(rng, d))}.\nPlease make sure your devices are not infected. Reference: ${caseNo}.\n\nKind regards\n${R.t('name', s.full, 'staff')}\nAbuse Desk, Ljusnät Bredband AB\nCustomer service ${R.n('phone', 'service-line', '0771-40 50 60')}\n`
      : `Hej ${R.n('name', 'lone-first-name', c.p.first)},\n\nVi har fått ett klagomål (bifogat) om trafik från din anslutning med IP-adress ${R.t('ip', c.ip, ipSub(c.ip))} ${R.n(null, 'timestamp', `${d} ${String(rng.int(10, 23))}:${rng.int(10, 59)}`)}. Ärendenummer ${caseNo}.\nOm du inte känner igen trafiken, starta om routern och kontakta oss.\n\nMed vänliga hälsningar\n${R.t('name', s.full, 'staff')}\nLjusnät Abuse – ${R.n('phone', 'service-line', '0771-40 50 60')}\n`;
    const inner = `From: ${ew(comp.full)} <${cm}>\r\nTo: abuse@${DOM}\r\nSubject: Trakasserier från er kund\r\nDate: ${rfcDate(d, '21:02:11')}\r\nMessage-ID: <${R.n('email', 'message-id', `${num(rng, 10)}@mejl.example`)}>\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nHej! Jag har fått hotfulla mejl från ${c.mail}, skickade från ${c.ip}. Jag heter ${comp.full} och nås på ${cph.value}.\r\n`;
    R.t('name', comp.full, 'complainant'); R.t('email', cm, 'complainant'); R.t('phone', cph.value, cph.subtype); R.t('email', c.mail, 'customer'); R.n('email', 'role-email', `abuse@${DOM}`); R.t('email', workEmail(s, DOM), 'staff');
    const b = `fwd${k}${num(rng, 6)}`;
    const raw = `From: ${ew(s.full)} <${workEmail(s, DOM)}>\r\nTo: ${ew(c.p.full)} <${c.mail}>\r\nSubject: ${en ? 'Abuse complaint' : 'Klagomål'} ${caseNo}\r\nDate: ${rfcDate(d, '10:30:00')}\r\nMessage-ID: <${id}>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n--${b}\r\nContent-Type: message/rfc822; name="klagomal.eml"\r\nContent-Disposition: attachment; filename="klagomal.eml"\r\n\r\n${inner}\r\n--${b}--\r\n`;
    const text = `From: ${s.full} <${workEmail(s, DOM)}>\nTo: ${c.p.full} <${c.mail}>\nMessage-ID: <${id}>\n${body}\n${inner.replace(ew(comp.full), comp.full)}`;
    C.put(f, Buffer.from(raw, 'utf8'), text);
  }

  // 3. ARF-style plain-text batch
  {
    const f = 'abuse/arf-batch-2026-11.txt'; const R = C.at(f); const out = [`# Batch from ${R.n('email', 'role-email', 'fbl@mailguard.example')} – example line: Source-IP: ${R.n('ip', 'doc-range-ip', docIp(rng))}`, ''];
    for (let i = 0; i < 220; i++) {
      const c = rng.pick(custs); const v6turn = rng.chance(0.2);
      out.push('Feedback-Type: abuse', `User-Agent: ${R.n(null, 'user-agent', 'MailGuard-FBL/2.3')}`, 'Version: 1', `Arrival-Date: ${R.n(null, 'timestamp', isoTs(rng, date(rng)))}`,
        `Source-IP: ${v6turn ? R.t('ip', c.ip6, 'ipv6') : R.t('ip', c.ip, ipSub(c.ip))}`, `Original-Mail-From: <${R.t('email', c.mail, 'customer')}>`, `Reported-Domain: ${DOM}`, `Reporting-MTA: dns; mx${rng.int(1, 4)}.mailguard.example [${R.n('ip', 'server-ip', '91.198.174.2')}]`, '');
    }
    C.put(f, out.join('\n'));
  }

  // 4. Case log (NDJSON) and DHCP/CGNAT lease CSV
  {
    const f = 'abuse/arenden.ndjson'; const R = C.at(f); const lines = [];
    for (let i = 0; i < 300; i++) {
      const c = rng.pick(custs); const s = rng.pick(staff);
      lines.push(JSON.stringify({ ts: R.n(null, 'timestamp', isoTs(rng, date(rng))), case: R.n(null, 'case-number', `ABUSE-${num(rng, 6)}`), customerNo: R.n(null, 'customer-number', c.no),
        ip: R.t('ip', c.ip, ipSub(c.ip)), ...(rng.chance(0.3) ? { ipv6: R.t('ip', c.ip6, 'ipv6') } : {}), customer: rng.chance(0.5) ? R.t('name', c.p.full, 'customer') : undefined,
        email: R.t('email', c.mail, 'customer'), handler: R.t('email', workEmail(s, DOM), 'staff'), action: rng.pick(['opened', 'notified_customer', 'port25_blocked', 'closed', 'escalated']), relay: R.n('ip', 'server-ip', rng.pick(RELAYS)) }));
    }
    C.put(f, `${lines.join('\n')}\n`);
    const g = 'abuse/dhcp-leases.csv'; const G = C.at(g); const rows = [['lease_start', 'lease_end', 'mac', 'ip', 'customer_no', 'subscriber_first', 'subscriber_last', 'cpe_lan_ip', 'bng']];
    for (let i = 0; i < 350; i++) {
      const c = rng.pick(custs); const d = date(rng); const lan = rng.chance(0.4) ? `192.168.${rng.int(0, 2)}.${rng.int(2, 254)}` : '';
      C.joined(g, c.p.first, c.p.last); G.t('ip', c.ip, ipSub(c.ip)); if (lan) G.t('ip', lan, 'private-ip');
      rows.push([G.n(null, 'timestamp', `${d} ${String(rng.int(0, 11)).padStart(2, '0')}:00:00`), `${d} 23:59:59`, G.n(null, 'mac', Array.from({ length: 6 }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join(':')),
        c.ip, c.no, c.p.first, c.p.last, lan, G.n('ip', 'server-ip', rng.pick(['10.255.0.1', '10.255.0.2']))]);
    }
    const o = csv(rows, { eol: '\n' }); C.put(g, o.bytes, o.text);
  }

  // 5. Desk mailbox (Thunderbird) and an HTML case print
  {
    const f = 'abuse/abuse-desk.mbox'; const R = C.at(f); const msgs = [];
    for (let i = 0; i < 14; i++) {
      const c = custs[20 + i]; const s = rng.pick(staff); const d = date(rng); const ph = phone(rng, rng.chance(0.3) ? 'foreign' : 'mobile'); const sloppy = rng.chance(0.5);
      const text = sloppy ? `hej det är ${R.t('name', nameAs(c.p, 'lower').value, 'lower')}, ni har stängt av port 25 men jag har inget virus?? min router har ${R.t('ip', `192.168.1.${rng.int(2, 250)}`, 'private-ip')} internt. ring ${R.t('phone', ph.value, ph.subtype)}\n`
        : `Hello,\n\nI received your notice about ${R.t('ip', c.ip, ipSub(c.ip))}. My son's laptop was infected, it is cleaned now.\n\nRegards,\n${R.t('name', c.p.full, 'customer')}\n${R.t('phone', ph.value, ph.subtype)}\n`;
      R.t('email', c.mail, 'customer'); R.t('name', c.p.full, 'display-name'); R.n('email', 'role-email', `abuse@${DOM}`);
      msgs.push({ from: [c.p.full, c.mail], to: [['Ljusnät Abuse', `abuse@${DOM}`]], subject: `Re: Klagomål ABUSE-${num(rng, 6)}`, date: rfcDate(d, '19:20:00'), id: R.n('email', 'message-id', `${num(rng, 9)}@${c.mail.split('@')[1]}`), text, enc: rng.pick(['qp', '8bit']) });
      if (i % 3 === 0) { R.t('name', s.full, 'staff'); R.t('email', workEmail(s, DOM), 'staff'); msgs.push({ from: [s.full, workEmail(s, DOM)], to: [[c.p.full, c.mail]], subject: 'Re: Re: Klagomål', date: rfcDate(d, '20:05:00'), id: R.n('email', 'message-id', `${num(rng, 9)}@${DOM}`), text: `Tack, vi öppnar port 25 igen.\n/${s.first}\n`, enc: 'qp' }); }
    }
    const o = withIds(mbox(msgs), msgs); C.put(f, o.bytes, o.text);
    const h = 'abuse/arende-utskrift.html'; const H = C.at(h); const c = custs[35]; const s = staff[0]; const ph = phone(rng, 'mobile', 'grouped');
    const rowsH = [['Kund', H.t('name', c.p.full, 'customer')], ['Kundnr', H.n(null, 'customer-number', c.no)], ['E-post', H.t('email', c.mail, 'customer')], ['Mobil', H.t('phone', ph.value, ph.subtype)],
      ['IPv4', H.t('ip', c.ip, ipSub(c.ip))], ['IPv6', H.t('ip', c.ip6, 'ipv6')], ['Handläggare', H.t('name', s.full, 'staff')], ['Kundtjänst', H.n('phone', 'service-line', serviceLine(rng))], ['Relä', H.n('ip', 'server-ip', RELAYS[0])]];
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Ärende ${H.n(null, 'case-number', 'ABUSE-771204')}</title></head><body><h1>Ärende ABUSE-771204</h1><table>${rowsH.map(([k, v]) => `<tr><th>${htmlEsc(k)}</th><td>${htmlEsc(v)}</td></tr>`).join('')}</table><p>Anteckning: kunden ringde ${H.n(null, 'timestamp', '2026-11-03 14:22')}, sa att ${htmlEsc(H.t('name', nameAs(person(rng), 'full').value, 'relative'))} (dotter) använder datorn.</p></body></html>\n`;
    C.put(h, html, `${html}\n${rowsH.map(([k, v]) => `${k} ${v}`).join('\n')}`);
  }
}
