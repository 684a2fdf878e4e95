// Seventh blind set — it-helpdesk/: a municipality's IT helpdesk (ServiceNow-like incident JSON, VPN log, AD
// security log, a password-reset mail, an asset register XML, a staff phone list, a knowledge-base article).
import { Rng, makePerson, sDate, sTime, sTimeS, safeDigits, ascii, makePhone, publicIp } from './lib.mjs';
import { N } from './lib.mjs';
import { csv, eml, rfcDate, xmlEsc, htmlEsc } from './formats.mjs';
import { customer, nm, ph, ip, nOrg, nService, nRole, nLone, nCompany } from './mk.mjs';

const DEPTS = ['Socialförvaltningen', 'Skolförvaltningen', 'Stadsbyggnadskontoret', 'Kultur och fritid', 'Miljöförvaltningen', 'Servicecenter'];

export default function build(C) {
  const rng = new Rng('helpdesk');
  const users = Array.from({ length: 40 }, () => {
    const p = makePerson(rng);
    const uid = `${ascii(p.first).replace(/[^a-z]/g, '').slice(0, 3)}${ascii(p.last).replace(/[^a-z]/g, '').slice(0, 3)}${rng.int(1, 9)}`;
    const mail = `${ascii(p.first).replace(/[ ]+/g, '-')}.${ascii(p.last).replace(/[ ]+/g, '')}@kommun.example`;
    const mobile = makePhone(rng);
    return { ...p, uid, mail, mobile, dept: rng.pick(DEPTS), laptopIp: `10.${rng.int(20, 40)}.${rng.int(0, 255)}.${rng.int(2, 254)}`, home: publicIp(rng) };
  });
  const techs = Array.from({ length: 4 }, () => makePerson(rng));
  const vpnGw = '203.0.113.10';

  // 1. ServiceNow-like incidents
  {
    const R = C.at('it-helpdesk/incidents_servicenow_2025-06.json');
    const recs = [];
    for (let i = 0; i < N(45); i++) {
      const u = rng.pick(users); const t = rng.pick(techs);
      const kind = rng.pick(['pwd', 'vpn', 'printer', 'mfa', 'mail']);
      const num = R.n(null, 'incident-number', `INC00${safeDigits(rng, 5, '4')}`);
      const notes = [];
      if (kind === 'pwd') notes.push(`Lösenord återställt efter kontroll via sms till ${R.t('phone', u.mobile.fmt(rng.pick(['grouped', 'compact', 'e164'])), 'staff')}.`);
      if (kind === 'vpn') notes.push(`Användaren ansluter från ${R.t('ip', u.home, 'public')}, får tunnel-IP ${R.t('ip', u.laptopIp, 'private-ip')}. Gateway ${R.n('ip', 'server-ip', vpnGw)} svarar.`);
      if (kind === 'mfa') notes.push(`Ny telefon, Authenticator flyttad. Bekräftat identitet med chef ${nm(R, rng.pick(users), 'full', 'staff')}.`);
      if (kind === 'printer') notes.push(`Skrivare ${R.n(null, 'hostname', `PRN-${safeDigits(rng, 4, '3')}`)} på ${rng.pick(DEPTS)}, drivrutin ${R.n(null, 'version', `6.${rng.int(1, 9)}.${rng.int(100, 999)}.0`)}.`);
      if (kind === 'mail') notes.push(`Delad brevlåda ${nRole(R, rng.pick(['registrator', 'servicecenter', 'bygglov']) + '@kommun.example')} – behörighet tillagd för ${R.t('email', u.mail, 'staff')}.`);
      recs.push({ number: num, opened_at: `${sDate(rng, '2025-06-02', '2025-06-27')} ${sTimeS(rng)}`, state: rng.pick(['New', 'In Progress', 'Resolved', 'Closed']),
        caller_id: { display_value: nm(R, u, rng.chance(0.2) ? 'reversed' : 'full', 'staff'), value: R.n(null, 'sys-id', `${safeDigits(rng, 8, '6')}ab${safeDigits(rng, 8, '5')}`) },
        u_department: u.dept, short_description: { pwd: 'Glömt lösenord', vpn: 'VPN fungerar inte hemifrån', printer: 'Skrivare skriver inte ut', mfa: 'Byte av telefon – MFA', mail: 'Behörighet delad brevlåda' }[kind],
        assigned_to: { display_value: nm(R, t, 'full', 'staff') }, work_notes: notes.join('\n'), u_user_id: u.uid });
    }
    C.put(R.file, JSON.stringify({ result: recs }, null, 2) + '\n');
  }

  // 2. VPN log
  {
    const R = C.at('it-helpdesk/vpn_2025-06-27.log');
    const lines = [];
    for (let i = 0; i < N(110); i++) {
      const u = rng.pick(users);
      const ev = rng.pick(['connect', 'connect', 'disconnect', 'auth-fail']);
      const src = rng.chance(0.2) ? ip(R, rng, rng.pick(['v6', 'doc'])) : R.t('ip', u.home, 'public');
      lines.push(`Jun 27 ${sTimeS(rng)} vpn-gw01 ${R.n('ip', 'server-ip', vpnGw)} sslvpn[${rng.int(1000, 9999)}]: ${ev} user=${u.uid} src=${src}${ev === 'connect' ? ` assigned=${R.t('ip', u.laptopIp, 'private-ip')}` : ''} client=${R.n(null, 'version', `AnyConnect ${rng.pick(['5.1.2.42', '4.10.08025'])}`)}`);
    }
    C.put(R.file, lines.join('\n') + '\n');
  }

  // 3. AD security log (Windows-event style, CSV-ish text)
  {
    const R = C.at('it-helpdesk/ad_security_events_2025-06.log');
    const lines = [];
    for (let i = 0; i < N(90); i++) {
      const u = rng.pick(users);
      const id = rng.pick([4624, 4625, 4740, 4723]);
      const ws = `WS${safeDigits(rng, 5, '2')}`;
      lines.push(`${sDate(rng, '2025-06-20', '2025-06-27')}T${sTimeS(rng)}Z EventID=${id} DC=${R.n(null, 'hostname', 'DC02.kommun.local')} TargetUserName=KOMMUN\\${u.uid} WorkstationName=${ws} IpAddress=${id === 4740 ? '-' : R.t('ip', u.laptopIp, 'private-ip')}${id === 4723 ? ` Comment="Password change by ${nm(R, u, 'full', 'staff')}"` : ''}`);
    }
    C.put(R.file, lines.join('\n') + '\n');
  }

  // 4. password reset mail
  {
    const R = C.at('it-helpdesk/losenordsaterstallning_INC0045518.eml');
    const u = rng.pick(users); const t = rng.pick(techs); const boss = rng.pick(users);
    const text = `Hej ${nLone(R, u.first)},\n\nDitt lösenord för konto ${u.uid} har återställts enligt ärende ${R.n(null, 'incident-number', 'INC0045518')}.\nEngångskoden har skickats till ${R.t('phone', u.mobile.fmt('intl'), 'staff')}.\nDin chef ${nm(R, boss, 'full', 'staff')} har fått kopia.\n\nInloggning spärrad från ${R.t('ip', u.home, 'public')} efter 5 misslyckade försök.\n\nMed vänlig hälsning\n${nm(R, t, 'full', 'staff')}\nIT-servicedesk, ${nService(R, rng)}\n${nRole(R, 'servicedesk@kommun.example')}\n`;
    const o = eml({ from: ['IT-servicedesk', 'servicedesk@kommun.example'], to: [[`${u.first} ${u.last}`, u.mail]], cc: [[`${boss.first} ${boss.last}`, boss.mail]], subject: `Återställt lösenord – ${u.first} ${u.last}`,
      date: rfcDate('2025-06-26', '09:12:44'), id: 'INC0045518.reset@kommun.example', text, html: `<p>${htmlEsc(text).replace(/\n/g, '<br>')}</p>`, enc: 'qp', hdrMode: 'B' });
    R.t('email', u.mail, 'staff'); R.t('email', boss.mail, 'staff'); nm(R, u, 'full', 'staff');
    C.put(R.file, o.bytes, o.text);
  }

  // 5. asset register XML
  {
    const R = C.at('it-helpdesk/tillgangsregister.xml');
    const items = users.slice(0, 30).map((u) => {
      const serial = R.n(null, 'serial-number', `5CG${safeDigits(rng, 7, '3')}`);
      return `  <asset type="${rng.pick(['laptop', 'phone', 'tablet'])}" serial="${serial}">\n    <assignedTo><givenName>${xmlEsc(u.first)}</givenName><surname>${xmlEsc(u.last)}</surname><mail>${R.t('email', u.mail, 'staff')}</mail></assignedTo>\n    <dept>${xmlEsc(u.dept)}</dept><lastIp>${R.t('ip', u.laptopIp, 'private-ip')}</lastIp><os>${R.n(null, 'version', `Windows 11 ${rng.pick(['23H2', '24H2'])} 10.0.${rng.int(22000, 26100)}.${rng.int(100, 4000)}`)}</os>\n  </asset>`;
    });
    for (const u of users.slice(0, 30)) C.joined(R.file, u.first, u.last, 'split-joined');
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<assets exported="2025-06-30" owner="${xmlEsc('Kommunen, org.nr ')}${nOrg(R, rng)}">\n${items.join('\n')}\n</assets>\n`;
    C.put(R.file, text, text.replace(/&amp;/g, '&'));
  }

  // 6. staff phone list (CSV, tab, UTF-8 BOM)
  {
    const R = C.at('it-helpdesk/telefonlista_forvaltningar.csv');
    const rows = [['Namn', 'Förvaltning', 'Direkt', 'Mobil', 'E-post']];
    for (const u of users) {
      const direct = makePhone(rng, { kind: 'land' });
      rows.push([nm(R, u, 'reversed', 'staff'), u.dept, R.t('phone', direct.fmt('grouped'), 'staff-direct'), R.t('phone', u.mobile.fmt(rng.pick(['grouped', 'spaced'])), 'staff'), R.t('email', u.mail, 'staff')]);
    }
    rows.push(['Växel', 'Kommunen', nService(R, rng), '', nRole(R, 'kommun@kommun.example')], ['Felanmälan IT', 'Servicecenter', nService(R, rng), '', nRole(R, 'servicedesk@kommun.example')]);
    const o = csv(rows, { sep: '\t', bom: true });
    C.put(R.file, o.bytes, o.text);
  }

  // 7. knowledge-base article (HTML) — example addresses and versions only, plus the author
  {
    const R = C.at('it-helpdesk/kb0010342_vpn_hemifran.html');
    const author = rng.pick(techs);
    const html = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>KB0010342 – VPN hemifrån</title></head><body>\n<h1>Ansluta till VPN hemifrån</h1>\n<p>Gäller klient ${R.n(null, 'version', '5.1.2.42')} och senare.</p>\n<ol><li>Starta klienten och ange <code>${R.n(null, 'hostname', 'vpn.kommun.example')}</code>.</li>\n<li>Om du ser adressen ${R.n('ip', 'example-ip', '192.0.2.1')} i felmeddelandet är det routerns standardadress, inte din dator.</li>\n<li>Kontakta ${nRole(R, 'servicedesk@kommun.example')} eller ring ${nService(R, rng)} vid problem.</li></ol>\n<p>Exempel på användarnamn: <code>${R.n('name', 'placeholder', 'fornamn.efternamn')}</code>. ${nCompany(R, 'Anders Pettersson Konsult AB')} ansvarar för driften.</p>\n<p class="meta">Senast ändrad 2025-05-12 av ${htmlEsc(nm(R, author, 'full', 'staff'))}</p>\n</body></html>\n`;
    C.put(R.file, html, html.replace(/<[^>]+>/g, ' '));
  }
  void sTime; void ph; void customer; void ip;
}
