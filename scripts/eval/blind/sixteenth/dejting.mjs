// Sixteenth set — a dating app's trust & safety desk (dejting/): user reports with chat excerpts (NDJSON), ban appeals
// (Zendesk-shaped CSV, English and Swedish), log-in events, BankID verifications, the moderation queue (.xlsx), a
// police data request with our answer and a CSV attachment (.eml), Intercom conversations (JSON), the team's Slack
// channel export (JSON), the appeals inbox (mbox), evidence excerpts (JSON). Handles and profile first names are
// near-misses; real names, numbers and addresses users give away in chat are truth.
import { pf, Rng, person, people, N, P, Ph, E, T, phone, pnr, email, workEmail, Ip, ipVal, org, footer, nears, role, server, v6,
  date, hhmm, hms, isoTs, num, uuid, hex, alnum, ascii, p2,
  csv, eml, mbox, xlsx, rfcDate, htmlEsc, put, putText, J, LONE } from './core.mjs';

const F = 'dejting';
export default function build(C) {
  const rng = new Rng('dejting');
  const o = org(rng, { name: 'Hjärtlänk Sverige AB', domain: 'hjartlank.app', area: '8', roles: ['trust', 'support', 'noreply', 'legal', 'appeals'] });
  const mods = people(rng, 9);
  const handleOf = (p) => rng.pick([() => `${ascii(p.first).replace(/[ -]/g, '')}_${rng.int(80, 99)}`, () => `${rng.pick(['sunny', 'nordic', 'fika', 'hiker', 'moonlight', 'vinyl', 'kaffe'])}_${ascii(p.first).replace(/[ -]/g, '').slice(0, 5)}${rng.int(1, 999)}`,
    () => `${ascii(p.first).replace(/[ -]/g, '')}.${ascii(p.last).replace(/[ -]/g, '')[0]}${rng.int(1, 9)}`, () => `${rng.pick(['gbg', 'sthlm', 'malmo', 'umea'])}_${rng.pick(['guy', 'girl', 'soul', 'runner'])}${rng.int(10, 99)}`])();
  const users = Array.from({ length: 260 }, () => { const p = person(rng); return { p, id: `u_${hex(rng, 10)}`, handle: handleOf(p), ip: ipVal(rng), em: email(rng, p).value, ph: phone(rng, 'mobile') }; });
  const U = () => rng.pick(users);
  const excerpt = (R, n, u) => pf(rng, [
    () => `"hej ${n.lone(u.p.first)}! vill du ses på fika?"`, () => `"ring mig istället ${T(R, 'phone', u.ph)}"`, () => `"add me on snap, or mail ${R.t('email', u.em, 'personal')}"`,
    () => `"jag heter egentligen ${N(R, u.p, rng.pick(['full', 'lower']), 'self-intro')}, googla mig"`, () => '"send money pls, my bank blocked"', () => `"I know where you live, ${n.lone(u.p.first)}"`,
    () => `"swisha 500 till ${T(R, 'phone', phone(rng, 'mobile', 'compact'))} så skickar jag bilderna"`, () => '"you look older than your pics lol"']);

  // 1. reports NDJSON
  {
    const file = `${F}/reports_2026-11.ndjson`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 110; i++) {
      const a = U(); let b = U(); if (b === a) b = users[(users.indexOf(a) + 1) % users.length];
      const m = rng.pick(mods);
      out.push(JSON.stringify({ report_id: n.id('report-id', `RPT-${num(rng, 7)}`), created_at: isoTs(rng, date(rng, '2026-11-01', '2026-11-24')),
        reporter: { user_id: n.id('user-id', a.id), handle: n.handle(a.handle) }, reported: { user_id: n.id('user-id', b.id), handle: n.handle(b.handle), profile_name: n.lone(b.p.first), age: rng.int(18, 64) },
        reason: rng.pick(['harassment', 'scam', 'fake_profile', 'underage', 'offline_behaviour', 'spam']), excerpt: excerpt(R, n, b),
        ...(rng.chance(0.3) ? { reporter_comment: pf(rng, [() => `Han heter ${N(R, b.p, 'full', 'running-text')} på riktigt, jobbar på ICA`, () => 'Samma person har tre konton', () => `My name is ${N(R, a.p, 'full', 'self-intro')}, he won't stop messaging me`, () => `mitt nummer om ni behöver: ${T(R, 'phone', a.ph)}`]) } : {}),
        assignee: rng.chance(0.7) ? { name: R.t('name', m.full, 'staff'), email: R.t('email', workEmail(m, o.domain), 'staff-work') } : null, status: rng.pick(['open', 'actioned', 'dismissed', 'escalated']) }));
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 2. ban appeals, Zendesk CSV
  {
    const file = `${F}/zendesk_ban_appeals.csv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['Id', 'Requester', 'Requester email', 'Subject', 'Description', 'Assignee', 'Tags', 'Created at', 'Status']];
    for (let i = 0; i < 130; i++) {
      const u = U(); const m = rng.pick(mods);
      const desc = pf(rng, [
        () => `Hi,\nmy account ${n.handle(u.handle)} was banned yesterday and I don't understand why. I never sent anything offensive.\nPlease review.\n\n${N(R, u.p, 'full', 'signature')}\n${T(R, 'phone', u.ph)}`,
        () => `Hej!\nJag har blivit avstängd. Någon har anmält mig falskt, troligen mitt ex ${N(R, person(rng), 'full', 'running-text')}.\nMitt personnummer för verifiering: ${P(R, rng, { minYear: 1960, maxYear: 2006 })}\nMvh ${n.lone(u.p.first)}`,
        () => `banned for no reason?? fix it\nsent from my iPhone`,
        () => `Hej, BankID säger att mitt personnummer ${n.badLuhn()} är fel men det är rätt?? /${n.lone(u.p.first)}`,
        () => `Hello, I'm ${N(R, u.p, 'full', 'self-intro')}. Someone is using my photos on the profile ${n.handle(U().handle)}. I verified with BankID last month. Contact me at ${R.t('email', u.em, 'personal')}.`,
        () => `hej det är ${N(R, u.p, 'lower', 'lower')}, varför kan jag inte logga in? ip ${T(R, 'ip', u.ip)} om det hjälper`]);
      rows.push([n.id('ticket-id', String(rng.int(480000, 499999))), N(R, u.p, rng.pick(['full', 'full', 'lower', 'caps'])), R.t('email', u.em, 'personal'), rng.pick(['Ban appeal', 'Account suspended', 'Avstängd', 'Why was I banned?', 'Överklagan']), desc,
        N(R, m, 'full', 'staff'), rng.pick(['appeal ban', 'appeal sv', 'appeal en vip', 'appeal repeat']), `${date(rng, '2026-09-01', '2026-11-24')} ${hms(rng)} +0100`, rng.pick(['Open', 'Pending', 'Solved', 'Closed'])]);
    }
    put(C, file, csv(rows, { eol: '\n' }));
  }

  // 3. log-in events
  {
    const file = `${F}/auth_events_2026-11-23.log`; const R = C.at(file); const n = nears(R, rng);
    const out = [];
    for (let i = 0; i < 240; i++) {
      const u = U(); const t = `2026-11-23T${hms(rng)}.${rng.digits(3)}Z`;
      const k = rng.int(0, 9);
      if (k < 7) out.push(`${t} level=info svc=auth event=login result=${rng.pick(['ok', 'ok', 'ok', 'bad_password', 'mfa_required'])} user_id=${n.id('user-id', u.id)} handle=${n.handle(u.handle)} ip=${T(R, 'ip', u.ip)} ua="${rng.pick(['Hjartlank/7.12.0 iOS/18.1', 'Hjartlank/7.11.3 Android/14', 'Mozilla/5.0 Chrome/131'])}" geo=${rng.pick(['SE-AB', 'SE-O', 'SE-M', 'SE-AC', 'NO-03'])}`);
      else if (k === 7) out.push(`${t} level=warn svc=auth event=password_reset user_id=${n.id('user-id', u.id)} email=${R.t('email', u.em, 'log-user')} ip=${T(R, 'ip', u.ip)}`);
      else if (k === 8) out.push(`${t} level=info svc=auth event=sms_otp_sent to=${T(R, 'phone', { value: `+46${u.ph.value.replace('(0)', '').replace(/\D/g, '').replace(/^(46|0046|0)/, '')}`, subtype: 'mobile-e164' })} code_len=6 user_id=${n.id('user-id', u.id)}`);
      else out.push(`${t} level=debug svc=edge event=health upstream=${server(R, o, rng.int(0, 1))} rtt_ms=${rng.int(1, 40)}`);
    }
    putText(C, file, out.join('\n') + '\n');
  }

  // 4. BankID verifications
  {
    const file = `${F}/bankid_verifieringar.csv`; const R = C.at(file); const n = nears(R, rng);
    const rows = [['user_id', 'given_name', 'surname', 'personal_number', 'verified_at', 'ip_address', 'order_ref', 'result']];
    for (let i = 0; i < 150; i++) {
      const u = U(); const ok = rng.chance(0.9);
      J(C, file, u.p);
      rows.push([n.id('user-id', u.id), u.p.given, u.p.last, ok ? P(R, rng, { minYear: 1958, maxYear: 2008, style: 'long' }) : n.masked(), `${date(rng, '2026-10-01', '2026-11-24')}T${hms(rng)}Z`, T(R, 'ip', u.ip), n.id('order-ref', uuid(rng)), ok ? 'complete' : 'userCancel']);
    }
    put(C, file, csv(rows, { eol: '\n' }));
  }

  // 5. moderation queue .xlsx
  {
    const file = `${F}/moderation_queue_v47.xlsx`; const R = C.at(file); const n = nears(R, rng);
    const s1 = [['Report', 'Handle', 'Reason', 'Excerpt', 'Moderator', 'Decision']];
    const s2 = [['Repeat offender', 'Verified name', 'Personnummer', 'Phone', 'Accounts', 'Note']];
    for (let i = 0; i < 110; i++) { const u = U(); s1.push([n.id('report-id', `RPT-${num(rng, 7)}`), n.handle(u.handle), rng.pick(['scam', 'harassment', 'fake_profile']), excerpt(R, n, u), N(R, rng.pick(mods), rng.pick(['full', 'initial']), 'staff'), rng.pick(['warn', 'ban 7d', 'ban perm', 'no action'])]); }
    for (let i = 0; i < 40; i++) { const u = U(); s2.push([n.handle(u.handle), N(R, u.p, rng.pick(['full', 'caps', 'surname-first'])), P(R, rng, { minYear: 1960, maxYear: 2006 }), T(R, 'phone', u.ph), rng.int(2, 7), pf(rng, [() => 'romance scam, polisanmäld', () => `samma IMEI ${n.id('imei', `35${num(rng, 13)}`)} på flera konton`, () => `även känd som ${N(R, person(rng), 'full', 'alias')}`])]); }
    put(C, file, xlsx([{ name: 'Queue', rows: s1 }, { name: 'Repeat offenders', rows: s2 }], { creator: R.t('name', mods[0].full, 'xlsx-creator') }));
  }

  // 6. police request with answer and CSV attachment
  {
    const file = `${F}/legal/polisforfragan_${'5000-K123456-26'}.eml`; const R = C.at(file); const n = nears(R, rng);
    const sus = U(); const vic = U(); const inv = person(rng); const m = mods[1];
    const rows = [['timestamp', 'event', 'ip', 'device']];
    for (let i = 0; i < 14; i++) rows.push([`${date(rng, '2026-10-01', '2026-11-10')}T${hms(rng)}Z`, rng.pick(['login', 'message_sent', 'profile_update']), T(R, 'ip', rng.chance(0.6) ? sus.ip : ipVal(rng)), rng.pick(['iPhone14,2', 'SM-S911B'])]);
    const att = csv(rows);
    const text = `Hej ${n.lone(inv.first)},\n\nSom svar på er begäran i ärende ${n.id('police-case', '5000-K123456-26')} lämnar vi följande uppgifter om kontot ${n.handle(sus.handle)} (${n.id('user-id', sus.id)}):\n\nVerifierat namn: ${N(R, sus.p, 'full')}\nPersonnummer (BankID): ${P(R, rng, { minYear: 1975, maxYear: 1999 })}\nE-post: ${R.t('email', sus.em, 'personal')}\nTelefon: ${T(R, 'phone', sus.ph)}\n\nMålsägande ${N(R, vic.p, 'full', 'running-text')} har kontot ${n.handle(vic.handle)}. Inloggningar bifogas som CSV.\n\nMed vänlig hälsning\n${N(R, m, 'full', 'signature')}\nLegal & Trust, ${o.name}\n${role(R, o, 3)}\n\n-----Ursprungligt meddelande-----\nFrån: ${N(R, inv, 'full', 'header-display')} <${R.t('email', workEmail(inv, 'polisen.se'), 'staff-work')}>\nSkickat: ${n.date('2026-11-12')}\nÄmne: Begäran om uppgifter\n\nPolisen begär enligt 2 kap. 1 § LEK uppgifter om användaren ${n.handle(sus.handle)}.\n${N(R, inv, 'full', 'signature')}, utredare\nTel ${T(R, 'phone', phone(rng, 'landline', 'grouped'))}`;
    put(C, file, eml({ from: [m.full, workEmail(m, o.domain)], to: [[inv.full, workEmail(inv, 'polisen.se')]], subject: `SV: Begäran om uppgifter ${'5000-K123456-26'}`, date: rfcDate('2026-11-16', '14:02:11'), id: `${uuid(rng)}@hjartlank.app`, text, enc: 'qp', hdrMode: 'Q',
      attachments: [{ name: 'inloggningar.csv', type: 'text/csv', data: att.bytes, text: att.text }] }));
    R.t('name', m.full, 'header-display'); R.t('email', workEmail(m, o.domain), 'staff-work');
  }

  // 7. Intercom conversations JSON
  {
    const file = `${F}/intercom_conversations_export.json`; const R = C.at(file); const n = nears(R, rng);
    const convs = [];
    for (let i = 0; i < 40; i++) {
      const u = U(); const m = rng.pick(mods);
      const parts = [{ part_type: 'comment', author: { type: 'user', name: N(R, u.p, rng.pick(['full', 'full', 'lower'])), email: R.t('email', u.em, 'personal') }, body: `<p>${htmlEsc(pf(rng, [() => 'I cannot upload photos', () => 'min match har försvunnit', () => `please delete my account, phone ${T(R, 'phone', u.ph)}`, () => 'Someone is threatening me']))}</p>` },
        { part_type: 'comment', author: { type: 'admin', name: R.t('name', m.full, 'staff'), email: R.t('email', workEmail(m, o.domain), 'staff-work') }, body: `<p>Hi ${htmlEsc(n.lone(u.p.first))}, thanks for reaching out! ${rng.pick(['We have escalated this.', 'Could you send a screenshot?', 'Your account is now deleted.'])}</p>` }];
      if (rng.chance(0.3)) parts.push({ part_type: 'note', author: { type: 'admin', name: R.t('name', m.full, 'staff') }, body: `<p>user also has account ${htmlEsc(n.handle(U().handle))}, same ip ${T(R, 'ip', u.ip)}</p>` });
      convs.push({ type: 'conversation', id: n.id('conversation-id', num(rng, 12)), created_at: 1762000000 + rng.int(0, 2400000), source: { author: { type: 'user', id: n.id('user-id', u.id) } }, conversation_parts: { conversation_parts: parts } });
    }
    const text = JSON.stringify({ conversations: convs }, null, 2);
    C.put(file, Buffer.from(text, 'utf8'), text);
  }

  // 8. Slack channel export
  {
    const file = `${F}/slack_trust-and-safety_2026-11.json`; const R = C.at(file); const n = nears(R, rng);
    const slackIds = new Map(mods.map((m) => [m, `U0${alnum(rng, 8)}`]));
    const msgs = [];
    for (let i = 0; i < 120; i++) {
      const m = rng.pick(mods); const u = U();
      const text = pf(rng, [() => `heads up: ${n.handle(u.handle)} is back with a new account, verified as ${N(R, u.p, 'full', 'running-text')}`, () => `<@${slackIds.get(rng.pick(mods))}> can you take RPT-queue today?`,
        () => `scam ring again, all from ${T(R, 'ip', u.ip)}`, () => `polisen ringde om ${N(R, u.p, rng.pick(['full', 'lower']), 'running-text')} igen, pnr ${P(R, rng)}`, () => 'lunch?', () => `${n.lone(rng.pick(mods).first)} är sjuk idag`]);
      msgs.push({ type: 'message', user: n.id('slack-user-id', slackIds.get(m)), text, ts: `${1762000000 + i * rng.int(60, 4000)}.${rng.digits(6)}`, user_profile: { real_name: R.t('name', m.full, 'chat-speaker'), display_name: n.lone(m.first) } });
    }
    putText(C, file, JSON.stringify(msgs, null, 4));
  }

  // 9. appeals inbox mbox
  {
    const file = `${F}/appeals_inbox.mbox`; const R = C.at(file); const n = nears(R, rng);
    const msgs = [];
    for (let i = 0; i < 28; i++) {
      const u = U(); const d = date(rng, '2026-10-01', '2026-11-24');
      R.t('name', u.p.full, 'header-display'); R.t('email', u.em, 'personal');
      const text = pf(rng, [() => `To whom it may concern,\n\nI, ${N(R, u.p, 'full', 'self-intro')}, appeal the permanent ban of ${n.handle(u.handle)}. I was the victim, not the harasser. Screenshots attached.\n\nSincerely,\n${N(R, u.p, 'full', 'signature')}\n${T(R, 'phone', u.ph)}`,
        () => `Hej,\nni har stängt av mig pga "fake profile" men det är jag på bilderna! Jag kan visa leg. Personnummer ${P(R, rng)}.\n/${n.lone(u.p.first)}`,
        () => `Hello, my brother ${N(R, person(rng), 'full', 'running-text')} says he can vouch for me. Please call me ${T(R, 'phone', u.ph)}.`]);
      msgs.push({ from: [u.p.full, u.em], to: [[null, role(R, o, 4)]], subject: rng.pick(['Appeal', 'Överklagan avstängning', 'Please unban me', 'Ban appeal – urgent']), date: rfcDate(d, hms(rng)), id: `${uuid(rng)}@mail.example`, text, enc: rng.pick(['qp', 'b64', '8bit']), hdrMode: rng.pick(['Q', 'B']), mboxDate: 'Wed Nov 25 08:00:00 2026' });
    }
    put(C, file, mbox(msgs));
  }

  // 10. evidence excerpts JSON (nested)
  {
    const file = `${F}/evidence_case_bundle.json`; const R = C.at(file); const n = nears(R, rng);
    const cases = [];
    for (let c = 0; c < 24; c++) {
      const a = U(); const b = U(); const m = rng.pick(mods);
      const msgs = [];
      for (let i = rng.int(4, 9); i > 0; i--) {
        const from = rng.chance(0.5) ? a : b; const other = from === a ? b : a;
        msgs.push({ from: n.handle(from.handle), sent: isoTs(rng, date(rng, '2026-10-01', '2026-11-20')), text: excerpt(R, n, rng.chance(0.5) ? from : other) });
      }
      cases.push({ case: n.id('case-number', `TS-${num(rng, 6)}`), parties: [{ handle: n.handle(a.handle), verified: N(R, a.p, 'full'), lastIp: T(R, 'ip', a.ip) }, { handle: n.handle(b.handle), verified: rng.chance(0.6) ? N(R, b.p, 'full') : null }], messages: msgs, reviewedBy: R.t('name', m.full, 'staff') });
    }
    putText(C, file, JSON.stringify({ exported: '2026-11-24', cases }, null, 2));
  }
}
