// Seventeenth set — an internet service provider's abuse and support desk (Älvnet Fiber AB): abuse reports from
// outside (ARF-like mail), DHCP and RADIUS logs, the subscriber register, Jira Service Management export, abuse cases,
// a NOC Slack export, warning letters, IPv6 prefix delegations, a saved support chat, CPE provisioning XML, outage SMS.
import { Rng, person, people, kin, nameAs, nameStyle, N, PNR, phone, PH, EM, workEmail, T, date, dotDate, hhmm, hms, isoTs, alnum, mac, v6, cgnat, ipVal,
  org, footer, role, server, nears, csv, xlsx, docx, mbox, rfcDate, jsonText, put, putText, p2s, num, amount, postcode, street, CITIES, LONE, IP, svDate, publicIp, privateIp,
  htmlEsc, htmlToText, entities, makeOrgnr, ascii } from './core.mjs';

const DOM = 'alvnet.se';
const HOSTS = ['Galaxy-S23', 'iPhone', 'LAPTOP-7H3K2QX', 'DESKTOP-G1UP0R4', 'android-5f2c9e', 'Chromecast', 'HP-Print-3C', 'PS5', 'Nintendo-Switch', 'raspberrypi', 'MacBook-Pro', 'SmartTV-LG'];

export default function isp(C) {
  const rng = new Rng('isp');
  const o = org(rng, { name: 'Älvnet Fiber AB', domain: DOM, area: '23', roles: ['abuse', 'support', 'noc', 'noreply', 'kundservice'] });
  const staff = people(new Rng('isp/staff'), 10, {});
  const subs = Array.from({ length: 140 }, () => { const p = person(rng); return { p, kundnr: num(rng, 6), ip: ipVal(rng, [['pub', 80], ['cg', 12], ['priv', 8]]), v6: null, mac: mac(rng, ':').toLowerCase() }; });
  const pfx = () => { const h = () => rng.int(0, 0xffff).toString(16); return `2a0${rng.int(1, 9)}:${h()}:${h()}:${(rng.int(0, 255) * 256).toString(16)}::`; };
  const fw = (nm) => nm.id('version', `${rng.int(1, 9)}.${rng.int(0, 19)}.${rng.int(0, 9)}.${rng.int(1, 60)}`, 'ip');

  // 1. abuse reports from outside
  {
    const f = 'isp/abuse_inkorg.mbox'; const R = C.at(f); const nm = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 20; i++) {
      const rep = person(rng, { origin: rng.pick(['german', 'english', 'swedish', 'polish', 'hungarian']) }); const rdom = rng.pick(['cert-bund.example', 'hetzner-abuse.example', 'spamhaus-reports.example', 'univ-network.example', 'shopify-sec.example']);
      const s = rng.pick(subs); const d = date(rng, '2026-10-01', '2026-11-22'); const ip = T(R, 'ip', s.ip);
      const typ = rng.pick(['ssh brute force', 'port scan', 'spam (botnet)', 'DDoS participation', 'copyright (DMCA)', 'phishing host']);
      const logs = Array.from({ length: rng.int(3, 8) }, () => `${d}T${hms(rng)}Z ${ip}:${rng.int(1024, 65535)} -> ${nm.docIp()}:${rng.pick([22, 80, 443, 25, 3389])} ${rng.pick(['SYN', 'AUTH FAIL user=root', 'AUTH FAIL user=admin', 'SMTP RCPT', 'HTTP GET /wp-login.php'])}`).join('\n');
      const rn = R.t('name', rep.full, 'signature'); const re = R.t('email', workEmail(rep, rdom), 'work');
      const text = `Dear abuse team,\n\nWe have observed ${typ} activity originating from an address in your network (AS${nm.id('asn', num(rng, 5))}):\n\n  Source: ${ip}\n  First seen: ${nm.date(d)}\n\nLog excerpt (times in UTC):\n${logs}\n\nPlease take appropriate action and reply to this ticket ([${nm.id('ticket-id', `#${num(rng, 7)}`)}]).\n\nBest regards,\n${rn}\n${rdom.split('.')[0].toUpperCase()} Incident Response\n${re}\n${PH(R, rng, 'foreign')}`;
      msgs.push({ from: [rep.full, re], to: [['Älvnet Abuse', role(R, o, 0)]], subject: `[abuse] ${typ} from ${ip}`, date: rfcDate(d, `${p2s(rng.int(0, 23))}:${p2s(rng.int(0, 59))}:00`), id: `${alnum(rng, 16)}@${rdom}`, text, enc: rng.pick(['8bit', 'qp', 'b64']), mboxDate: 'Thu Nov 05 10:00:00 2026' });
      R.t('name', rep.full, 'header-display');
      if (rng.chance(0.5)) {
        const h = rng.pick(staff); const cust = s.p;
        const text2 = `Internt: IP ${ip} tillhörde kund ${nm.id('customer-number', s.kundnr)} ${N(R, cust, 'full', 'running-text')} vid tidpunkten (lease från ${server(R, o, 0)}). Skickat varningsbrev. /${R.t('name', h.full, 'staff')}\n\n> ${text.split('\n').slice(0, 6).join('\n> ')}`;
        msgs.push({ from: [h.full, R.t('email', workEmail(h, DOM), 'staff-work')], to: [['Abuse-kön', role(R, o, 0)]], subject: `FW: [abuse] ${typ} from ${ip}`, date: rfcDate(d, '14:00:00'), id: `fw-${num(rng, 9)}@${DOM}`, text: text2, enc: 'qp', mboxDate: 'Thu Nov 05 14:00:00 2026' });
      }
    }
    put(C, f, mbox(msgs));
  }

  // 2. DHCP log
  {
    const f = 'isp/dhcpd_2026-11-03.log'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 200; i++) {
      const s = rng.pick(subs); const t = `Nov  3 ${p2s(rng.int(0, 23))}:${p2s(rng.int(0, 59))}:${p2s(rng.int(0, 59))}`; const m = nm.id('mac-address', s.mac);
      const host = () => (rng.chance(0.08) ? nm.id('hostname', `${rng.pick(LONE)}s-iPad`, 'name') : rng.pick(HOSTS));
      const kind = rng.weighted([['ack', 50], ['req', 20], ['disc', 15], ['rel', 10], ['ack6', 5]]);
      if (kind === 'disc') out.push(`${t} dhcp01 dhcpd[2231]: DHCPDISCOVER from ${m} via vlan${rng.int(100, 400)}`);
      else if (kind === 'req') out.push(`${t} dhcp01 dhcpd[2231]: DHCPREQUEST for ${T(R, 'ip', s.ip)} from ${m} (${host()}) via vlan${rng.int(100, 400)}`);
      else if (kind === 'rel') out.push(`${t} dhcp01 dhcpd[2231]: DHCPRELEASE of ${T(R, 'ip', s.ip)} from ${m} via vlan${rng.int(100, 400)} (found)`);
      else if (kind === 'ack6') out.push(`${t} dhcp01 dhcpd6[2290]: Reply NA: address ${R.t('ip', v6(rng), 'ipv6')} to client with duid 00:03:00:01:${m.slice(0, 17)} iaid = ${num(rng, 9)} valid for 86400 seconds`);
      else out.push(`${t} dhcp01 dhcpd[2231]: DHCPACK on ${T(R, 'ip', s.ip)} to ${m} (${host()}) via vlan${rng.int(100, 400)} relay ${server(R, o, 1)} lease-duration 3600`);
    }
    putText(C, f, out.join('\n') + '\n');
  }

  // 3. RADIUS accounting, CSV
  {
    const f = 'isp/radius_accounting_2026-11.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Timestamp', 'Acct-Status-Type', 'User-Name', 'Framed-IP-Address', 'Framed-IPv6-Prefix', 'Calling-Station-Id', 'NAS-IP-Address', 'Acct-Session-Id', 'Acct-Session-Time', 'Acct-Input-Octets']];
    for (let i = 0; i < 170; i++) {
      const s = rng.pick(subs); s.v6 ??= pfx();
      const user = rng.chance(0.25) ? R.t('email', `${ascii(s.p.first).replace(/ /g, '')}.${ascii(s.p.last).replace(/ /g, '')}@${rng.pick(['gmail.com', 'hotmail.com', 'live.se'])}`, 'login-email') : nm.id('username', `alv${s.kundnr}`);
      rows.push([`2026-11-${p2s(rng.int(1, 22))} ${hms(rng)}`, rng.pick(['Start', 'Interim-Update', 'Stop']), user, T(R, 'ip', s.ip), rng.chance(0.5) ? `${R.t('ip', s.v6, 'ipv6-prefix')}/56` : '', nm.id('mac-address', s.mac.toUpperCase().replace(/:/g, '-')), server(R, o, 0),
        nm.id('session-id', alnum(rng, 16)), rng.int(60, 86400), num(rng, rng.int(6, 11))]);
    }
    put(C, f, csv(rows));
  }

  // 4. subscriber register, workbook
  {
    const f = 'isp/kundregister_privat_foretag.xlsx'; const R = C.at(f); const nm = nears(R, rng);
    const s1 = [['Kundnr', 'Förnamn', 'Efternamn', 'Personnummer', 'Adress', 'Postnr', 'Ort', 'Telefon', 'E-post', 'Tjänst', 'Fast IP', 'CPE MAC']];
    for (const s of subs.slice(0, 110)) {
      C.joined(f, s.p.given, s.p.last);
      s1.push([nm.id('customer-number', s.kundnr), s.p.given, s.p.last, PNR(R, rng, { samord: rng.chance(0.04) }), street(rng), nm.id('postcode', postcode(rng)), rng.pick(['Falun', 'Borlänge', 'Mora', 'Leksand', 'Rättvik']), PH(R, rng), EM(R, rng, s.p),
        rng.pick(['Fiber 250/250', 'Fiber 1000/1000', 'Fiber 100/100 + TV']), rng.chance(0.2) ? T(R, 'ip', s.ip) : '', nm.id('mac-address', s.mac)]);
    }
    const s2 = [['Kundnr', 'Företag', 'Org.nr', 'Kontaktperson', 'Telefon', 'E-post', 'IP-block']];
    for (let i = 0; i < 25; i++) { const p = person(rng); const co = `${rng.pick(['Dala', 'Siljans', 'Bergslagens', 'Kopparbergs'])} ${rng.pick(['Snickeri', 'Redovisning', 'Fastighetsservice', 'Tandvård'])} AB`; const dom = `${ascii(co.split(' ')[0])}${ascii(co.split(' ')[1])}.se`;
      s2.push([nm.id('customer-number', num(rng, 6)), nm.id('company', co), nm.orgnr(), N(R, p, 'full', 'contact'), PH(R, rng, 'landline'), R.t('email', workEmail(p, dom), 'work'), `${R.t('ip', publicIp(rng), 'public')}/29`]); }
    const s3 = [['Kundnr', 'Namn', 'Uppsagd', 'Orsak']];
    for (const s of subs.slice(110)) s3.push([nm.id('customer-number', s.kundnr), N(R, s.p, 'surname-first'), date(rng), rng.pick(['Flytt', 'Dödsbo', 'Byte av leverantör', 'Obetalda fakturor'])]);
    put(C, f, xlsx([{ name: 'Privat', rows: s1 }, { name: 'Företag', rows: s2 }, { name: 'Uppsagda', rows: s3 }], { creator: R.t('name', staff[0].full, 'xlsx-creator') }));
  }

  // 5. Jira Service Management export, CSV with multi-line cells
  {
    const f = 'isp/jira_servicedesk_SUP.csv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['Issue key', 'Summary', 'Status', 'Reporter', 'Assignee', 'Created', 'Description', 'Comment', 'Comment']];
    for (let i = 0; i < 70; i++) {
      const s = rng.pick(subs); const a = rng.pick(staff); const b = rng.pick(staff); const d = date(rng, '2026-09-01', '2026-11-22');
      const desc = rng.pick([
        () => `Kund ringer: ingen uppkoppling sedan igår.\nKundnr ${nm.id('customer-number', s.kundnr)}\nCPE-MAC ${nm.id('mac-address', s.mac)}\nSenaste IP ${T(R, 'ip', s.ip)}\nKontakt: ${PH(R, rng)}`,
        () => `Hej, mitt wifi är jättesegt på kvällarna. Jag har ${rng.pick(['1000', '250'])} Mbit men får 30.\nMvh ${s.p.full}\n${PH(R, rng)}`,
        () => `Customer reports: router firmware ${fw(nm)} keeps rebooting. Serial ${nm.id('serial', `ZX${num(rng, 9)}`)}. Customer ${s.p.full} prefers e-mail ${EM(R, rng, s.p)}.`,
        () => `Flyttanmälan: ${s.p.full} (${PNR(R, rng)}) flyttar från ${street(rng)} till ${street(rng)} ${nm.date(dotDate(date(rng, '2026-12-01', '2027-02-28')))}. Ny hyresvärd: ${nm.id('company', 'Lindqvist & Dotter Fastigheter AB', 'name')}.`,
      ])();
      R.t('name', s.p.full, 'reporter');
      rows.push([nm.id('issue-key', `SUP-${num(rng, 4)}`), rng.pick(['Ingen uppkoppling', 'Långsamt internet', 'Router startar om', 'Flytt av abonnemang', 'Faktura']), rng.pick(['Done', 'In Progress', 'Waiting for customer']),
        s.p.full, R.t('name', a.full, 'staff'), `${dotDate(d)} ${hhmm(rng)}`, desc,
        `${dotDate(d)} ${hhmm(rng)};${nm.id('username', ascii(a.first).replace(/ /g, ''))};Ringt ${nm.lone(s.p.first)}, bett henne starta om CPE. Ok nu.`, rng.chance(0.4) ? `${dotDate(d)} ${hhmm(rng)};${ascii(b.first).replace(/ /g, '')};Eskalerat till ${R.t('name', b.full, 'staff')} (NOC)` : '']);
    }
    put(C, f, csv(rows));
  }

  // 6. abuse case system, JSON
  {
    const f = 'isp/abuse_arenden_export.json'; const R = C.at(f); const nm = nears(R, rng);
    const cases = [];
    for (let i = 0; i < 36; i++) {
      const s = rng.pick(subs); const inbound = rng.chance(0.35); const d = date(rng, '2026-08-01', '2026-11-22');
      const ev = Array.from({ length: rng.int(2, 6) }, () => ({ ts: isoTs(rng, d), src: inbound ? R.t('ip', rng.chance(0.8) ? publicIp(rng) : v6(rng), 'third-party') : T(R, 'ip', s.ip), dst: inbound ? T(R, 'ip', s.ip) : nm.docIp(), port: rng.pick([22, 23, 445, 3389, 8080]) }));
      cases.push({ caseId: nm.id('case-number', `ABU-${num(rng, 6)}`), type: inbound ? 'customer_under_attack' : rng.pick(['outbound_spam', 'botnet', 'scanning', 'copyright']),
        customer: { id: nm.id('customer-number', s.kundnr), name: N(R, s.p, rng.pick(['full', 'surname-first'])), personalNumber: rng.chance(0.5) ? PNR(R, rng, { style: 'long' }) : nm.masked(), email: EM(R, rng, s.p) },
        evidence: ev, actions: [{ by: R.t('name', rng.pick(staff).full, 'staff'), at: isoTs(rng, d), what: rng.pick(['warning_letter', 'quarantine_vlan', 'port25_block', 'closed']) }], reportedBy: rng.chance(0.3) ? role(R, o, 0) : null });
    }
    putText(C, f, jsonText({ exported: '2026-11-23T07:00:00Z', cases }));
  }

  // 7. NOC Slack export
  {
    const f = 'isp/slack_noc_2026-11.json'; const R = C.at(f); const nm = nears(R, rng);
    const users = staff.map((p, i) => ({ id: `U0${alnum(rng, 8)}`, p }));
    const msgs = [];
    for (let i = 0; i < 75; i++) {
      const u = rng.pick(users); const s = rng.pick(subs);
      msgs.push({ type: 'message', user: nm.id('slack-user-id', u.id), user_profile: { real_name: R.t('name', u.p.full, 'chat-speaker'), display_name: u.p.first.toLowerCase() }, ts: `${1762000000 + rng.int(0, 1900000)}.${num(rng, 6)}`,
        text: rng.pick([() => `${T(R, 'ip', s.ip)} spammar igen, lägger i karantän`, () => `OLT ${rng.pick(['falun-01', 'mora-02', 'leksand-01'])} port 1/${rng.int(1, 16)} nere, ${rng.int(3, 60)} kunder påverkade`, () => `uppgraderat till fw ${fw(nm)} på testnoden, snmp oid ${nm.id('oid', `1.3.6.1.2.1.2.2.1.${rng.int(1, 20)}`)} ser ok ut`,
          () => `kunden ${N(R, s.p, rng.pick(['full', 'lower']))} ringde om att hen blivit hackad, attack från ${R.t('ip', publicIp(rng), 'third-party')}`, () => `mac ${nm.id('mac-address', s.mac)} flappar mellan vlan`, () => `<@${u.id}> kan du kolla ${server(R, o, rng.int(0, 1))}?`, () => 'fika?'])() });
    }
    putText(C, f, jsonText(msgs));
  }

  // 8. warning letters
  for (let k = 0; k < 2; k++) {
    const f = `isp/varningsbrev_${k + 1}.docx`; const R = C.at(f); const nm = nears(R, rng);
    const s = rng.pick(subs); const h = staff[k];
    put(C, f, docx([{ h: 'Varning — missbruk av internettjänst' }, { runs: [N(R, s.p, 'full'), '\n', street(rng), '\n', `${nm.id('postcode', postcode(rng))} ${rng.pick(['FALUN', 'BORLÄNGE', 'MORA'])}`] },
      { table: [['Kundnummer', nm.id('customer-number', s.kundnr)], ['Personnummer', PNR(R, rng)], ['IP-adress', T(R, 'ip', s.ip)], ['Tidpunkt', `${nm.date(svDate(date(rng)))} ${hhmm(rng)} UTC`], ['Ärende', nm.id('case-number', `ABU-${num(rng, 6)}`)]] },
      `Hej ${nm.lone(s.p.first)}! Vi har fått en anmälan om att din uppkoppling använts för ${rng.pick(['att skicka skräppost', 'intrångsförsök', 'fildelning av upphovsrättsskyddat material'])}. Om det upprepas kan vi stänga av tjänsten enligt avtalets punkt 7.3.`,
      `Har du frågor, kontakta ${R.t('name', h.full, 'staff')} på ${R.t('phone', phone(rng, 'landline', 'grouped').value, 'staff-direct')} eller ${role(R, o, 0)}.`, footer(R, o, ['orgnr', 'switchboard'])], { creator: R.t('name', h.full, 'docx-creator') }));
  }

  // 9. IPv6 prefix delegations, TSV
  {
    const f = 'isp/ipv6_delegeringar.tsv'; const R = C.at(f); const nm = nears(R, rng);
    const rows = [['# Exporterad från IPAM 2026-11-20'], ['kundnr', 'namn', 'wan_v6', 'delegerat_prefix', 'wan_v4', 'olt_port', 'uppdaterad']];
    for (const s of subs.slice(0, 120)) { s.v6 ??= pfx(); rows.push([nm.id('customer-number', s.kundnr), N(R, s.p, rng.pick(['surname-first-nocomma', 'full', 'caps'])), R.t('ip', v6(rng), 'ipv6'), `${R.t('ip', s.v6, 'ipv6-prefix')}/56`, T(R, 'ip', s.ip), `1/1/${rng.int(1, 16)}/${rng.int(1, 64)}`, date(rng)]); }
    putText(C, f, rows.map((r) => r.join('\t')).join('\n') + '\n');
  }

  // 10. saved support chat, HTML with entities
  {
    const f = 'isp/supportchatt_sparad.html'; const R = C.at(f); const nm = nears(R, rng);
    const parts = ['<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Chatt-historik — Älvnet</title><style>.agent{color:#036}.kund{color:#333}</style></head><body>'];
    for (let i = 0; i < 24; i++) {
      const s = rng.pick(subs); const a = rng.pick(staff);
      const kn = N(R, s.p, rng.pick(['full', 'full', 'lower']), 'chat-speaker'); const an = R.t('name', a.full, 'chat-speaker');
      parts.push(`<div class="conv"><h3>Konversation ${nm.id('chat-id', num(rng, 8))} &ndash; ${date(rng)}</h3><p class="meta">Besökare ${entities(htmlEsc(kn))}, IP ${T(R, 'ip', s.ip)}</p>`,
        `<p class="kund"><b>${entities(htmlEsc(kn))}:</b> ${entities(htmlEsc(rng.pick([() => 'internet funkar inte', () => `hej, mitt kundnummer är ${nm.id('customer-number', s.kundnr)}`, () => `mejla mig på ${EM(R, rng, s.p)}`])()))}</p>`,
        `<p class="agent"><b>${entities(htmlEsc(an))}:</b> ${entities(htmlEsc(`Hej! Jag ser att din router (MAC ${nm.id('mac-address', s.mac)}) är offline. Kan jag ringa dig?`))}</p>`,
        `<p class="kund"><b>${entities(htmlEsc(kn))}:</b> ${htmlEsc(`ja ${PH(R, rng)}`)}</p></div>`);
    }
    parts.push(`<footer>${htmlEsc(footer(R, o, ['orgnr', 'service']))}</footer></body></html>`);
    const html = parts.join('\n');
    C.put(f, Buffer.from(html, 'utf8'), htmlToText(html).replace(/&ndash;/g, '–'));
  }

  // 11. CPE provisioning XML
  {
    const f = 'isp/cpe_provisionering.xml'; const R = C.at(f); const nm = nears(R, rng);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<acs:devices xmlns:acs="urn:alvnet:acs:1">'];
    for (const s of subs.slice(20, 80)) {
      out.push(`  <device serial="${nm.id('serial', `ZX${num(rng, 9)}`)}" oui="${nm.id('oui', alnum(rng, 6))}">`, `    <mac>${nm.id('mac-address', s.mac)}</mac>`, `    <firmware current="${fw(nm)}" target="${fw(nm)}"/>`,
        `    <subscriber id="${nm.id('customer-number', s.kundnr)}">${N(R, s.p, rng.pick(['full', 'caps']))}</subscriber>`, `    <wan ipv4="${T(R, 'ip', s.ip)}"${rng.chance(0.4) ? ` ipv6="${R.t('ip', v6(rng), 'ipv6')}"` : ''}/>`,
        `    <lan gateway="${nm.id('default-gateway', '192.168.1.1', 'ip')}"/>`, `    <acs-url>https://${server(R, o, 1)}:7547/</acs-url>`, '  </device>');
    }
    out.push('</acs:devices>', '');
    putText(C, f, out.join('\n'));
  }

  // 12. outage SMS log
  {
    const f = 'isp/driftinfo_sms.log'; const R = C.at(f); const nm = nears(R, rng);
    const out = [];
    for (let i = 0; i < 120; i++) {
      const area = rng.pick(['Falun Norr', 'Borlänge Tjärna', 'Mora centrum', 'Leksand Noret', 'Rättvik Vikarbyn']);
      out.push(`${date(rng, '2026-11-01', '2026-11-22')} ${hms(rng)};SEND;${PH(R, rng, 'mobile', rng.pick(['plain46', 'plain46', 'e164']))};Älvnet;"Driftstörning ${area}. Felsökning pågår. Info: alvnet.se/drift eller ${R.n('phone', 'service-line', o.service)}";ref=${nm.id('message-id', alnum(rng, 10))}`);
    }
    putText(C, f, out.join('\n') + '\n');
  }
}
