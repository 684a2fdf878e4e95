// Mailboxes (.mbox, LF) and single messages (.eml, CRLF): customer mails, agent replies with quoted history,
// forwards, automated order confirmations; 8bit / quoted-printable / base64 bodies, HTML alternatives,
// encoded-word headers and the odd CSV attachment.
import { customerMessage, agentReply, nameText, emailText, phoneText, labelledPhoneText, pnrText } from '../prose.mjs';
import { distractor, loneFirstName } from '../nearmiss.mjs';
import { MONTHS_SV, WEEKDAYS_EN, MONTHS_EN, OWN_DOMAIN, STREETS, PLACES } from '../pools.mjs';
import { makeDate } from '../values.mjs';
import { encodedWord, hasNonAscii, quotedPrintable, base64Body, toHtml } from './mime.mjs';

/** A header address; records name + e-mail and returns `{ header, view }` (view = decoded text). */
function address(f, rng, p) {
  const email = f.email(rng.chance(0.1) ? p.email.toUpperCase() : p.email, 'header');
  const form = rng.weighted([[60, 'name'], [12, 'reversed'], [15, 'bare'], [13, 'name-only-quoted']]);
  if (form === 'bare') return { header: email, view: email };
  const display = form === 'reversed' ? f.name(`${p.last}, ${p.first}`, 'reversed') : f.name(p.full, p.subtype);
  const needsQuotes = form !== 'name' || display.includes(',');
  if (hasNonAscii(display) && rng.chance(0.8)) {
    const word = encodedWord(display, rng.pick([{ charset: 'UTF-8', mode: 'B' }, { charset: 'UTF-8', mode: 'Q' },
      { charset: 'ISO-8859-1', mode: 'Q' }].filter((o) => o.charset === 'UTF-8' || /^[\x00-\xff]*$/.test(display))));
    return { header: `${word} <${email}>`, view: `${display} <${email}>` };
  }
  const shown = needsQuotes ? `"${display}"` : display;
  return { header: `${shown} <${email}>`, view: `${display} <${email}>` };
}

function mailDate(rng) {
  const d = makeDate(rng);
  const dow = WEEKDAYS_EN[(d.d + d.m) % 7].slice(0, 3);
  return { d, header: `${dow}, ${d.d} ${MONTHS_EN[d.m - 1].slice(0, 3)} ${d.y} ${String(rng.int(7, 21)).padStart(2, '0')}:${String(rng.int(10, 59))}:07 +0100` };
}

function messageId(f, rng) {
  const host = rng.pick(['mail.gmail.com', 'EUR03.prod.outlook.com', OWN_DOMAIN, 'smtp.telia.com']);
  return f.near('message_id', `${rng.digits(6)}.${rng.int(1000, 9999)}${rng.pick(['abc', 'Qx', 'k9'])}@${host}`, 'email');
}

function quoteBlock(f, rng, quoted, from, date) {
  const intro = rng.chance(0.6)
    ? `Den ${date.d.d} ${MONTHS_SV[date.d.m - 1]} ${date.d.y} kl. 10:14 skrev ${f.name(from.full, from.subtype)} <${f.email(from.email)}>:`
    : `On ${date.header.slice(0, 16)} at 10:14, ${f.name(from.full, from.subtype)} <${f.email(from.email)}> wrote:`;
  return `${intro}\n${quoted.split('\n').map((l) => `> ${l}`).join('\n')}`;
}

function orderConfirmation(f, rng, p) {
  const [zip, city] = rng.pick(PLACES);
  return `Hej ${loneFirstName(f, rng, p.first)}!\n\nTack för din beställning. ${distractor(f, rng)}\n\n`
    + `Leveransadress:\n${nameText(f, rng, p, { forms: ['plain', 'upper'] })}\n${f.near('street', `${rng.pick(STREETS)} ${rng.int(1, 70)}`, 'name')}\n`
    + `${zip} ${city}\nMobil: ${labelledPhoneText(f, rng, p)}\n\n${distractor(f, rng)}\n\nDetta mejl går inte att svara på.`;
}

/** Builds one message; returns raw text (with `eol`) and a decoded view used to check the truth. */
function buildMessage(f, rng, ctx, eol) {
  const customer = rng.pick(ctx.population.all);
  const agent = rng.pick(ctx.agents);
  const kind = rng.weighted([[45, 'inbound'], [30, 'reply'], [12, 'forward'], [13, 'automated']]);
  const date = mailDate(rng);
  let from; let to; let body; let subject;
  const supportAddr = f.near('role_email', `kundservice@${OWN_DOMAIN}`, 'email');
  if (kind === 'inbound') {
    from = address(f, rng, customer);
    to = { header: supportAddr, view: supportAddr };
    subject = rng.pick(['Fråga om faktura', 'Reklamation', 'Ändring av uppgifter', 'Order not received', 'Uppsägning']);
    body = customerMessage(f, rng, { customer, agentFirst: agent.first });
  } else if (kind === 'reply') {
    from = address(f, rng, agent);
    to = address(f, rng, customer);
    subject = `SV: ${rng.pick(['Fråga om faktura', 'Reklamation', 'Ärende #' + rng.digits(5)])}`;
    const earlier = customerMessage(f, rng, { customer, agentFirst: agent.first });
    body = `${agentReply(f, rng, { agent, customer, colleague: rng.pick(ctx.agents) })}\n\n${quoteBlock(f, rng, earlier, customer, date)}`;
  } else if (kind === 'forward') {
    from = address(f, rng, agent);
    const colleague = rng.pick(ctx.agents);
    to = address(f, rng, colleague);
    subject = `VB: Klagomål från kund`;
    const inner = customerMessage(f, rng, { customer, agentFirst: colleague.first });
    body = `Hej ${loneFirstName(f, rng, colleague.first)}, kan du ta den här?\n\n---------- Vidarebefordrat meddelande ----------\n`
      + `Från: ${f.name(customer.full, customer.subtype)} <${f.email(customer.email)}>\nDatum: ${date.d.iso}\n`
      + `Ämne: Klagomål\nTill: ${supportAddr}\n\n${inner}`;
  } else {
    const noreply = f.near('role_email', `noreply@${OWN_DOMAIN}`, 'email');
    from = { header: `Kundservice Exempel <${noreply}>`, view: noreply };
    to = address(f, rng, customer);
    subject = `Orderbekräftelse ${rng.digits(8)}`;
    body = orderConfirmation(f, rng, customer);
  }
  if (rng.chance(0.15)) {
    const nameInSubject = f.name(customer.full, customer.subtype);
    subject = `${subject} - ${nameInSubject}`;
  }
  const subjectHeader = hasNonAscii(subject) ? encodedWord(subject, { charset: 'UTF-8', mode: rng.pick(['B', 'Q']) }) : subject;
  const headers = [`From: ${from.header}`, `To: ${to.header}`, `Subject: ${subjectHeader}`, `Date: ${date.header}`,
    `Message-ID: <${messageId(f, rng)}>`];
  if (kind === 'reply') headers.push(`In-Reply-To: <${messageId(f, rng)}>`, `References: <${messageId(f, rng)}>`);
  if (rng.chance(0.3)) headers.push(`X-Originating-IP: [${f.ip(ctx.ipv4(), 'ipv4')}]`);
  headers.push('MIME-Version: 1.0');

  const transfer = rng.weighted([[40, '8bit'], [40, 'quoted-printable'], [20, 'base64']]);
  const encodeText = (text) => (transfer === 'quoted-printable' ? quotedPrintable(text, eol)
    : transfer === 'base64' ? base64Body(Buffer.from(text), eol) : text.replaceAll('\n', eol));
  const layout = rng.weighted([[55, 'plain'], [30, 'alternative'], [8, 'html-only'], [7, 'attachment']]);
  const boundary = `----=_Part_${rng.digits(8)}`;
  let mime;
  let view = `${headers.join('\n')}\n${from.view}\n${to.view}\n${subject}\n${body}`;
  if (layout === 'plain') {
    mime = [`Content-Type: text/plain; charset=utf-8`, `Content-Transfer-Encoding: ${transfer}`, '', encodeText(body)];
  } else if (layout === 'html-only') {
    mime = [`Content-Type: text/html; charset=utf-8`, `Content-Transfer-Encoding: ${transfer}`, '', encodeText(toHtml(body, { entities: true }))];
  } else if (layout === 'alternative') {
    mime = [`Content-Type: multipart/alternative; boundary="${boundary}"`, '', `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8', `Content-Transfer-Encoding: ${transfer}`, '', encodeText(body),
      `--${boundary}`, 'Content-Type: text/html; charset=utf-8', `Content-Transfer-Encoding: ${transfer}`, '',
      encodeText(toHtml(body, { entities: rng.chance(0.3) })), `--${boundary}--`];
  } else {
    const p = rng.pick(ctx.population.all);
    const csv = `Namn;Telefon;E-post\r\n${nameText(f, rng, p)};${phoneText(f, rng, p)};${emailText(f, rng, p)}\r\n`
      + `;;\r\nPersonnummer;${pnrText(f, rng, p)};\r\n`;
    view += `\n${csv}`;
    mime = [`Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8', `Content-Transfer-Encoding: ${transfer}`, '', encodeText(body),
      `--${boundary}`, 'Content-Type: text/csv; charset=utf-8; name="kunduppgifter.csv"',
      'Content-Disposition: attachment; filename="kunduppgifter.csv"', 'Content-Transfer-Encoding: base64', '',
      base64Body(Buffer.from(csv), eol), `--${boundary}--`];
  }
  return { raw: [...headers, ...mime].join(eol) + eol, view, fromAddr: from.view, date };
}

export function writeMailFiles(corpus, rng, ctx, { mboxCount, emlCount }) {
  for (let n = 0; n < mboxCount; n++) {
    const f = corpus.file(`mailbox/${rng.pick(['inkorg', 'kundservice', 'arkiv'])}-${String(n + 1).padStart(2, '0')}.mbox`);
    const parts = [];
    const views = [];
    for (let i = 0, k = rng.int(10, 30); i < k; i++) {
      const m = buildMessage(f, rng, ctx, '\n');
      // mboxrd: body lines starting with "From " are escaped.
      const raw = m.raw.replace(/^(>*From )/gm, '>$1');
      parts.push(`From MAILER-DAEMON ${m.date.header.slice(0, 3)} ${MONTHS_EN[m.date.d.m - 1].slice(0, 3)} ${String(m.date.d.d).padStart(2, ' ')} 10:14:07 ${m.date.d.y}\n${raw}`);
      views.push(m.view);
    }
    f.write(parts.join('\n'), { textForCheck: views.join('\n') });
  }
  for (let n = 0; n < emlCount; n++) {
    const f = corpus.file(`mailbox/eml/${rng.int(2019, 2025)}/msg-${String(n + 1).padStart(4, '0')}.eml`);
    const m = buildMessage(f, rng, ctx, '\r\n');
    f.write(m.raw, { textForCheck: m.view });
  }
}
