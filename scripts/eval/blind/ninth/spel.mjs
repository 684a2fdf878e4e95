// Ninth set — online game "Nordrike Online" (Fjällgryn Games AB): player support. Discord-style JSON export,
// accounts CSV (split names), bans .xlsx, chargeback mbox, login audit JSON Lines (IPv4/IPv6), gzipped access log,
// an HTML-only parent's mail with attachment, agent notes.
import { Rng, W, put, cust, person, childOf, ts, pnr, ascii, publicIp, privateIp, ipv6, foreignPhone } from './lib.mjs';
import { nm, near, hhmmss } from './near.mjs';
import { csv, json, jsonl, txt, gzipText, htmlMail } from './fmt.mjs';
import { xlsx, mbox, rfcDate } from '../seventh/formats.mjs';

const D = 'nordrike.example';
const TAGS = ['vargen_99', 'xX_Draugr_Xx', 'ninjakatt', 'Frostbiten', 'tomtenisse42', 'SirLagsalot', 'mjölnir_main', 'pixelälg', 'kex0r', 'Runskrift', 'dödsfiende', 'ostbågen'];
const tag = (r) => `${r.pick(TAGS)}${r.int(1, 999)}`;
const ip = (r, w) => { const k = r.weighted([['v4', 70], ['priv', 12], ['v6', 18]]); return k === 'v4' ? w.ip(publicIp(r)) : k === 'priv' ? w.ip(privateIp(r), 'private-ip') : w.ip(ipv6(r), 'ipv6'); };

export default function spel(C) {
  const r = new Rng('spel');
  const staff = Array.from({ length: 5 }, () => person(r));

  // 1. Discord-style export of #player-support
  { const w = W(C, 'spel/discord/player-support.json'); const msgs = []; let sf = 1183000000000000000n;
    const say = (author, content, t) => { sf += BigInt(r.int(1e6, 9e9)); msgs.push({ id: String(sf), type: 'Default', timestamp: `${t.replace(' ', 'T')}.${r.int(100, 999)}+00:00`, timestampEdited: null, isPinned: false, content, author, attachments: [], embeds: [], reactions: [], mentions: [] }); };
    for (let i = 0; i < 28; i++) {
      const c = cust(r); const t = ts(r, 2025, 2026); const au = { id: String(900000000000000000n + BigInt(r.int(1, 9e8)) * 1000n), name: tag(r), discriminator: '0000', nickname: null, color: null, isBot: false, avatarUrl: 'https://cdn.discordapp.com/embed/avatars/2.png' };
      const k = i % 7; let msg;
      if (k === 0) msg = `hej mitt konto blev bannat utan anledning?? mitt namn är ${w.name(c.p, 'lower')} och mailen är ${w.email(c.mail)}`;
      else if (k === 1) msg = `Hi, I was charged twice for the Winter Pass. Account email ${w.email(c.mail)}, name on card ${w.name(c.p, 'caps')}. Transaction ${nm(r, w, 'transaction-id')}`;
      else if (k === 2) { const kid = childOf(r, c.p); msg = `Hej! Min son ${w.name(kid, 'full', 'child')} har köpt runor för ${nm(r, w, 'amount')} utan lov. Jag är hans mamma, ${w.name(c.p)}. Ring mig på ${w.phone(c.ph, 'spaced')}`; }
      else if (k === 3) msg = `got locked out, last login from ${ip(r, w)} which isnt me!! my home ip is ${ip(r, w)}`;
      else if (k === 4) msg = `item ${nm(r, w, 'item-id')} försvann efter patch ${nm(r, w, 'version')}, ticket ${nm(r, w, 'ticket')}`;
      else if (k === 5) msg = `Kan ni byta e-post på kontot från ${w.email(c.mail)} till ${w.email(c.mail.replace('@', '.spel@'))}? /${w.name(c.p)}`;
      else msg = `de e ${w.name(c.p, 'lower')} här, nån hackade mig, sms:a ${w.phone(c.ph, r.pick(['compact', 'e164', 'intl']))}`;
      say(au, msg, t);
      const s = r.pick(staff);
      say({ id: '700100200300400500', name: 'nordrike_support', discriminator: '0000', nickname: 'Support', color: '#E67E22', isBot: false, avatarUrl: 'https://cdn.discordapp.com/avatars/1.png' },
        `Hej ${near(w, 'lone-first-name', c.p.first, 'name')}! Tack, vi har skapat ärende ${nm(r, w, 'ticket')}. Svar inom 48 h. Mvh ${w.name(s, 'full', 'staff')}, Nordrike Player Support (${near(w, 'role_email', `support@${D}`, 'email')})`, t);
    }
    put(C, w.file, json({ guild: { id: '640112233445566778', name: 'Nordrike Online', iconUrl: 'https://cdn.discordapp.com/icons/x.png' }, channel: { id: '1099887766554433221', type: 'GuildTextChat', categoryId: '1099887766554433000', category: 'SUPPORT', name: 'player-support', topic: 'Skriv ALDRIG ditt lösenord här' }, dateRange: { after: null, before: null }, exportedAt: '2026-11-20T08:00:00+00:00', messages: msgs, messageCount: msgs.length })); }

  // 2. accounts CSV, split names
  { const w = W(C, 'spel/accounts_export.csv'); const rows = [['account_id', 'username', 'email', 'first_name', 'last_name', 'country', 'phone_2fa', 'last_login_ip', 'created', 'client_version']];
    for (let i = 0; i < 180; i++) {
      const c = cust(r); w.joined(c.p.first, c.p.last);
      const ph = i % 9 === 0 ? w.t('phone', foreignPhone(r), 'foreign-phone') : i % 3 === 0 ? w.phone(c.ph, 'e164') : '';
      rows.push([`acc_${r.digits(9)}`, tag(r), w.email(c.mail), c.p.first, c.p.last, r.pick(['SE', 'SE', 'SE', 'FI', 'NO']), ph, ip(r, w), ts(r, 2019, 2026), nm(r, w, 'version')]);
    }
    put(C, w.file, csv(rows, { sep: ',', eol: '\n' })); }

  // 3. bans workbook
  { const w = W(C, 'spel/bans_2026.xlsx'); const rows = [['Ban-ID', 'Användare', 'E-post', 'IP', 'Orsak', 'Moderator', 'Datum', 'Föremål']];
    for (let i = 0; i < 70; i++) {
      const c = cust(r); rows.push([`BAN-${r.digits(6)}`, tag(r), w.email(c.mail), ip(r, w), r.pick(['Fusk (speedhack)', 'Hot i chatt', 'Chargeback', 'Kontodelning', 'RMT-handel']), w.name(r.pick(staff), 'full', 'staff'), nm(r, w, 'date'), nm(r, w, 'item-id')]);
    }
    put(C, w.file, xlsx([{ name: 'Bans', rows }], { creator: w.name(staff[0], 'full', 'staff') })); }

  // 4. chargeback disputes (mbox)
  { const w = W(C, 'spel/chargebacks.mbox'); const msgs = [];
    for (let i = 0; i < 9; i++) {
      const c = cust(r); const d = `2026-0${r.int(1, 9)}-1${r.int(0, 9)}`;
      const text = `Dispute notification\n\nCardholder: ${w.name(c.p, i % 2 ? 'caps' : 'full')}\nCard: ${nm(r, w, 'card-masked')}\nTransaction: ${nm(r, w, 'transaction-id')}\nAmount: ${nm(r, w, 'amount')}\nReason code: 10.4 Fraud - Card Absent\nCustomer e-mail on order: ${w.email(c.mail)}\nCustomer IP at checkout: ${ip(r, w)}\nOrder: ${nm(r, w, 'order')}\n\nRespond before ${nm(r, w, 'date')} via the merchant portal.\nRef ${nm(r, w, 'message-id', 'payhub.example')}\n`;
      msgs.push({ from: ['PayHub Disputes', near(w, 'role_email', 'disputes@payhub.example', 'email')], to: [['Fjällgryn Games', `payments@${D}`]], subject: `Chargeback opened ${r.digits(8)}`, date: rfcDate(d, hhmmss(r)), id: `cb${r.digits(10)}@payhub.example`, text, enc: i % 2 ? 'qp' : 'b64' });
    }
    near(w, 'role_email', `payments@${D}`, 'email');
    put(C, w.file, mbox(msgs)); }

  // 5. login audit, JSON Lines
  { const w = W(C, 'spel/audit/login-events.jsonl'); const edges = Array.from({ length: 3 }, () => nm(r, w, 'server-ip')); const evs = [];
    const players = Array.from({ length: 60 }, () => cust(r));
    for (let i = 0; i < 420; i++) {
      const c = r.pick(players); const e = { ts: `${ts(r, 2026, 2026).replace(' ', 'T')}Z`, event: r.pick(['login.ok', 'login.ok', 'login.fail', 'mfa.sms', 'logout']), account: c.mail, ip: null, edge: r.pick(edges), ua: null, session: `s_${r.digits(12)}` };
      w.email(c.mail); e.ip = ip(r, w); e.ua = nm(r, w, 'user-agent');
      if (e.event === 'mfa.sms') e.msisdn = w.phone(c.ph, 'e164');
      evs.push(e);
    }
    put(C, w.file, jsonl(evs)); }

  // 6. rotated web access log, gzipped
  { const w = W(C, 'spel/logs/access.log.1.gz'); const host = nm(r, w, 'server-ip'); const lines = [];
    const M = ['Oct', 'Nov']; const paths = ['/api/v2/login', '/shop/checkout', '/account/settings', '/api/v2/inventory', '/support/ticket/new', '/static/app.js'];
    for (let i = 0; i < 1500; i++) {
      const cip = i % 5 === 0 ? w.ip(ipv6(r), 'ipv6') : w.ip(publicIp(r));
      lines.push(`${cip} - - [${String(r.int(1, 28)).padStart(2, '0')}/${r.pick(M)}/2026:${hhmmss(r)} +0100] "${r.pick(['GET', 'POST'])} ${r.pick(paths)} HTTP/1.1" ${r.pick([200, 200, 302, 404, 500])} ${r.int(200, 90000)} "https://www.${D}/" "${nm(r, w, 'user-agent')}" upstream=${host}:8080`);
    }
    put(C, w.file, gzipText(lines.join('\n') + '\n')); }

  // 7. a parent's HTML-only mail with a receipt attachment
  { const w = W(C, 'spel/mail/foralder-aterbetalning.eml'); const c = cust(r, { origin: 'afghan' }); const kid = childOf(r, c.p); const kid2 = childOf(r, c.p);
    const rec = `Kvitto\nKöpare: ${w.name(kid, 'full', 'child')}\nKonto: ${w.email(`${ascii(kid.first).replace(/ /g, '')}.gamer@gmejl.example`)}\nOrder ${nm(r, w, 'order')}  ${nm(r, w, 'amount')}\nOrder ${nm(r, w, 'order')}  ${nm(r, w, 'amount')}\n`;
    const h = `<html><body><p>Hej,</p><p>Mina barn ${w.name(kid, 'full', 'child')} och ${w.name(kid2, 'full', 'child')} (10 och 12 år) har handlat i spelet med mitt kort. Jag vill ha pengarna tillbaka.</p><p>Barnens personnummer: ${w.pnr(pnr(r, { min: 2013, max: 2016 }), 'short')} och ${w.pnr(pnr(r, { min: 2013, max: 2016 }), 'long-dash')}</p><p>Med vänlig hälsning<br>${w.name(c.p)}<br>${w.phone(c.ph, 'intl')}</p></body></html>`;
    put(C, w.file, htmlMail({ from: [c.p.full, w.email(c.mail)], to: [['Nordrike Support', `support@${D}`]], subject: 'Återbetalning köp utan tillåtelse', date: rfcDate('2026-10-03', '21:14:09'), id: `${r.digits(12)}@gmejl.example`, html: h, attachments: [{ name: 'kvitton.txt', type: 'text/plain', data: rec }] }));
    near(w, 'role_email', `support@${D}`, 'email'); }

  // 8. agent notes
  { const w = W(C, 'spel/notes/agent-notes-v44.txt'); const L = [];
    for (let i = 0; i < 40; i++) {
      const c = cust(r); const s = r.pick(staff);
      L.push(r.pick([
        () => `${nm(r, w, 'datetime')} [${s.first[0]}${s.last[0]}] called player ${w.name(c.p, 'reversed')} on ${w.phone(c.ph, 'grouped')}, confirmed owner of acc. Unban approved.`,
        () => `${nm(r, w, 'datetime')} ${w.name(s, 'initial', 'staff')}: spelaren (${w.name(c.p)}) skickade ID-kopia, pnr ${w.pnr(c.pnr, 'long')}. Raderat bilagan enl. rutin.`,
        () => `${nm(r, w, 'datetime')} chargeback ${nm(r, w, 'transaction-id')} lost, acc locked. ip ${ip(r, w)} flagged (VPN?) -- ${w.name(s, 'lower', 'staff-lower')}`,
        () => `${nm(r, w, 'datetime')} ID-kopian visade ${nm(r, w, r.chance(0.5) ? 'bad-date' : 'bad-luhn')} -- ogiltigt, bad om ny. Faktura ${nm(r, w, 'invoice')}`,
        () => `${nm(r, w, 'datetime')} GDPR-begäran från ${w.email(c.mail)}: registerutdrag skickat. Bolag: Fjällgryn Games AB, org.nr ${nm(r, w, 'orgnr')}.`,
      ])());
    }
    put(C, w.file, txt(L.join('\n') + '\n')); }
}
