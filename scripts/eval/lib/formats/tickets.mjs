// Helpdesk exports: `{"tickets":[…]}` JSON with requester/assignee/comments, and NDJSON audit events with
// actor, IP and user agent.
import { makeIpv4, makeIpv6, makeDate, USER_AGENTS } from '../values.mjs';
import { customerMessage, agentReply, agentNote, emailText, phoneText, labelledPhoneText, pnrText, slotNameText } from '../prose.mjs';
import { distractor } from '../nearmiss.mjs';
import { PRODUCTS } from '../pools.mjs';

function isoTime(rng) {
  const d = makeDate(rng);
  return `${d.iso}T${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`;
}

function requester(f, rng, p) {
  // Some systems split the name, some keep one display name.
  if (rng.chance(0.3)) {
    const [first_name, last_name] = f.nameParts(p.first, p.last, p.subtype);
    return { id: rng.int(100000, 999999), first_name, last_name, email: emailText(f, rng, p),
      phone: rng.chance(0.6) ? labelledPhoneText(f, rng, p) : null };
  }
  return { id: rng.int(100000, 999999), name: slotNameText(f, rng, p), email: emailText(f, rng, p),
    ...(rng.chance(0.4) ? { phone: labelledPhoneText(f, rng, p) } : {}) };
}

function ticket(f, rng, ctx, id) {
  const customer = rng.pick(ctx.population.all);
  const agent = rng.pick(ctx.agents);
  const comments = [];
  comments.push({ author_id: 'requester', public: true, created_at: isoTime(rng),
    body: customerMessage(f, rng, { customer, agentFirst: agent.first }) });
  const turns = rng.int(0, 3);
  for (let t = 0; t < turns; t++) {
    comments.push(rng.chance(0.6)
      ? { author: { name: f.name(agent.full, agent.subtype), email: f.near('role_email', 'support@kundservice-exempel.se', 'email') },
        public: true, created_at: isoTime(rng), body: agentReply(f, rng, { agent, customer, colleague: rng.pick(ctx.agents) }) }
      : { author: { name: f.name(agent.full, agent.subtype) }, public: false, created_at: isoTime(rng),
        body: agentNote(f, rng, customer, rng.pick(ctx.population.all)) });
  }
  const t = {
    id,
    subject: rng.chance(0.15) ? `Ändra uppgifter för ${f.name(customer.full, customer.subtype)}`
      : rng.pick([`Problem med ${rng.pick(PRODUCTS)}`, 'Faktura fel', 'Re: Din beställning', 'Uppsägning', 'Question about my order']),
    status: rng.pick(['open', 'pending', 'solved', 'closed']),
    created_at: isoTime(rng),
    requester: requester(f, rng, customer),
    assignee: { name: f.name(agent.full, agent.subtype), email: f.email(agent.email), group: agent.team },
    tags: rng.shuffle(['faktura', 'leverans', 'retur', 'vip', 'gdpr']).slice(0, rng.int(0, 3)),
    custom_fields: [{ id: 360001, value: rng.chance(0.5) ? pnrText(f, rng, customer) : null },
      { id: 360002, value: rng.chance(0.3) ? distractor(f, rng) : null }],
    via: { channel: rng.pick(['email', 'web', 'chat', 'api']), source: { ip: rng.chance(0.5) ? f.ip(makeIpv4(rng), 'ipv4') : null } },
    comments,
  };
  return t;
}

export function writeTicketFiles(corpus, rng, ctx, { jsonCount, ndjsonCount }) {
  for (let n = 0; n < jsonCount; n++) {
    const f = corpus.file(`helpdesk/tickets-${String(n + 1).padStart(3, '0')}.json`);
    const tickets = [];
    for (let i = 0, k = rng.int(8, 25); i < k; i++) tickets.push(ticket(f, rng, ctx, 40000 + n * 100 + i));
    const text = rng.chance(0.5) ? JSON.stringify({ tickets, count: tickets.length }, null, 2)
      : JSON.stringify({ tickets, next_page: null });
    f.write(text);
  }
  for (let n = 0; n < ndjsonCount; n++) {
    const f = corpus.file(`helpdesk/events/audit-${String(n + 1).padStart(3, '0')}.ndjson`);
    const lines = [];
    for (let i = 0, k = rng.int(40, 120); i < k; i++) {
      const p = rng.pick(ctx.population.all);
      const agent = rng.pick(ctx.agents);
      const ip = rng.chance(0.3) ? f.ip(makeIpv6(rng), 'ipv6') : f.ip(makeIpv4(rng), 'ipv4');
      const ua = rng.pick(USER_AGENTS);
      const event = rng.pick(['user.login', 'ticket.updated', 'user.updated', 'export.downloaded', 'ticket.created']);
      const rec = { ts: isoTime(rng), event, ip, user_agent: ua };
      if (event === 'user.login' || event === 'export.downloaded') {
        rec.actor = { type: 'agent', name: f.name(agent.full, agent.subtype), email: f.email(agent.email) };
      } else if (event === 'user.updated') {
        rec.actor = { type: 'agent', id: rng.int(1000, 9999) };
        rec.changes = { phone: { from: phoneText(f, rng, p), to: phoneText(f, rng, rng.pick(ctx.population.all)) },
          email: { to: emailText(f, rng, p) } };
        rec.user = { display_name: f.name(p.full, p.subtype) };
      } else {
        rec.ticket_id = rng.int(40000, 49999);
        rec.requester = { email: emailText(f, rng, p) };
        if (rng.chance(0.3)) rec.note = distractor(f, rng);
      }
      lines.push(JSON.stringify(rec));
    }
    const text = lines.join('\n') + '\n';
    f.write(text);
  }
}
