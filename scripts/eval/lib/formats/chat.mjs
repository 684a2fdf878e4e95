// Web-chat transcripts: text logs with visitor IPs (IPv4 / IPv6, any case), user agents and sloppy visitor
// typing; plus a JSON transcript export.
import { makeIpv6, makeDate, USER_AGENTS } from '../values.mjs';
import { nameText, phoneText, emailText, pnrText } from '../prose.mjs';
import { distractor, loneFirstName } from '../nearmiss.mjs';

function clock(rng) {
  return `${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

/** How a visitor says who they are, drawn from rng.styles alone (the name's case from `rng`, as it always was). */
const CHAT_INTRODUCTIONS = [[50, (n) => `hej jag heter ${n}`], [12, (n) => `hej, ${n} här`], [10, (n) => `mitt namn är ${n}`],
  [8, (n) => `hej! det är ${n} som skriver`], [8, (n) => `namn ${n}`], [6, (n) => `${n} här, hej`], [6, (n) => `hi, my name is ${n}`]];

function visitorLines(f, rng, p) {
  return rng.shuffle([
    () => rng.styles.weighted(CHAT_INTRODUCTIONS)(nameText(f, rng, p, { forms: ['plain', 'lower', 'lower'] })),
    () => `mitt nummer är ${phoneText(f, rng, p)}`,
    () => `pnr ${pnrText(f, rng, p, rng.pick(['YYMMDDNNNN', 'YYMMDD-NNNN', 'YYYYMMDDNNNN']))}`,
    () => `mejla mig på ${emailText(f, rng, p)} tack`,
    () => distractor(f, rng),
    () => 'ok tack',
    () => 'vad kostar det per månad?',
  ]).slice(0, rng.int(2, 5)).map((g) => g());
}

function visitorIp(f, rng, ctx) {
  if (rng.chance(0.3)) {
    const v6 = makeIpv6(rng);
    // `[v6]:port` is how some proxies log it; the address is the part inside the brackets.
    if (rng.chance(0.2)) return `[${f.ip(v6, 'ipv6')}]:${rng.int(1024, 65535)}`;
    return f.ip(v6, 'ipv6');
  }
  const v4 = f.ip(ctx.ipv4(), 'ipv4');
  return rng.chance(0.15) ? `${v4}:${rng.int(1024, 65535)}` : v4;
}

function textTranscript(f, rng, ctx) {
  const p = rng.pick(ctx.population.all);
  const agent = rng.pick(ctx.agents);
  const d = makeDate(rng);
  const lines = [`Chat started: ${f.near('date', d.iso, 'phone')} ${clock(rng)} (Europe/Stockholm)`];
  const known = rng.chance(0.5);
  lines.push(known ? `Visitor: ${nameText(f, rng, p)} <${emailText(f, rng, p)}>` : `Visitor: Besökare ${rng.digits(5)}`);
  lines.push(`Visitor IP: ${visitorIp(f, rng, ctx)}`, `User agent: ${rng.pick(USER_AGENTS)}`);
  const who = known ? p.first : 'Besökare';
  lines.push(`[${clock(rng)}] ${rng.chance(0.5) ? `${agent.first} (agent)` : loneFirstName(f, rng, agent.first)}: Hej och välkommen! Vad kan jag hjälpa till med?`);
  for (const line of visitorLines(f, rng, p)) {
    lines.push(`[${clock(rng)}] ${who}: ${line}`);
    if (rng.chance(0.4)) lines.push(`[${clock(rng)}] ${agent.first}: ${rng.pick(['Tack!', 'Ett ögonblick', 'Jag kollar', `Tack ${p.first}!`])}`);
  }
  if (rng.chance(0.3)) lines.push(`[${clock(rng)}] System: Chat transferred to ${f.name(agent.full, agent.subtype)}`);
  lines.push(`Chat ended ${clock(rng)}`, '');
  return lines.join('\n');
}

export function writeChatFiles(corpus, rng, ctx, { logCount, jsonCount }) {
  for (let n = 0; n < logCount; n++) {
    const f = corpus.file(`chat/${rng.pick(['transcripts', 'livechat'])}/${n % 3 === 0 ? 'day' : 'chat'}-${String(n + 1).padStart(3, '0')}.${n % 4 === 0 ? 'txt' : 'log'}`);
    const parts = [];
    for (let i = 0, k = rng.int(5, 15); i < k; i++) parts.push(textTranscript(f, rng, ctx));
    f.write(parts.join('\n----\n'));
  }
  for (let n = 0; n < jsonCount; n++) {
    const f = corpus.file(`chat/export/transcripts-${String(n + 1).padStart(3, '0')}.json`);
    const chats = [];
    for (let i = 0, k = rng.int(8, 20); i < k; i++) {
      const p = rng.pick(ctx.population.all);
      const agent = rng.pick(ctx.agents);
      chats.push({
        id: `ch_${rng.digits(10)}`,
        visitor: { name: rng.chance(0.6) ? f.name(p.full, p.subtype) : null, ip: visitorIp(f, rng, ctx),
          email: rng.chance(0.5) ? emailText(f, rng, p) : null, userAgent: rng.pick(USER_AGENTS) },
        agent: { displayName: rng.chance(0.5) ? loneFirstName(f, rng, agent.first) : f.name(agent.full, agent.subtype) },
        messages: visitorLines(f, rng, p).map((text) => ({ from: 'visitor', at: clock(rng), text })),
      });
    }
    f.write(JSON.stringify({ chats }, null, rng.chance(0.5) ? 2 : 0));
  }
}
