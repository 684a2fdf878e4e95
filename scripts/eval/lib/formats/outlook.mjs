// Outlook messages saved as .msg, RTF letters, and zipped exports: the formats added in round 6. Each message,
// letter and archive is built from the same prose and people as the other formats, and every planted value is
// recorded by the writer (never re-detected).
import { msgFile } from '../../../fixtures/outlook.mjs';
import { zip } from '../../../fixtures/_zip.mjs';
import { customerMessage, agentReply, agentNote, nameText, emailText, phoneText, pnrText } from '../prose.mjs';
import { distractor } from '../nearmiss.mjs';
import { OWN_DOMAIN, PLACES } from '../pools.mjs';
import { makeDate } from '../values.mjs';

/** One message: a customer's mail to support or an agent's reply, sometimes with a CSV of people attached. */
function message(f, rng, ctx, texts) {
  const add = (t) => (texts.push(t), t);
  const customer = rng.pick(ctx.population.all);
  const agent = rng.pick(ctx.agents);
  const support = { type: 1, name: 'Kundservice', email: f.near('role_email', `kundservice@${OWN_DOMAIN}`, 'email') };
  const person = (p) => ({ name: add(f.name(p.full, p.subtype)), email: add(f.email(p.email, 'header')) });
  const inbound = rng.chance(0.6);
  const sender = inbound ? person(customer) : person(agent);
  const recipients = inbound ? [support] : [{ type: 1, ...person(customer) }];
  if (rng.chance(0.3)) {
    const colleague = rng.pick(ctx.agents);
    recipients.push({ type: 2, ...person(colleague) });
  }
  const body = add(inbound
    ? customerMessage(f, rng, { customer, agentFirst: agent.first })
    : agentReply(f, rng, { agent, customer, colleague: rng.pick(ctx.agents) }));
  const attachments = [];
  if (rng.chance(0.25)) {
    const rows = ['Namn;Personnummer;Telefon'];
    for (let i = 0, k = rng.int(1, 3); i < k; i++) {
      const q = rng.pick(ctx.population.all);
      rows.push(add(`${f.name(q.full, q.subtype)};${pnrText(f, rng, q)};${phoneText(f, rng, q)}`));
    }
    attachments.push({ name: rng.pick(['kunder.csv', 'lista.csv', 'Export.csv']), mime: 'text/csv', data: rows.join('\r\n') + '\r\n' });
  }
  return {
    subject: add(rng.pick(['Fråga om faktura', 'Reklamation', 'Sv: Leverans', 'Ändrad adress', 'Re: Order'])),
    sender,
    recipients,
    body: body.replaceAll('\n', '\r\n'),
    attachments,
  };
}

export function writeMsgFiles(corpus, rng, ctx, { count }) {
  for (let n = 0; n < count; n++) {
    const f = corpus.file(`mailbox/outlook/${rng.pick(['arende', 'fraga', 'svar'])}-${String(n + 1).padStart(3, '0')}.msg`);
    const texts = [];
    const outer = message(f, rng, ctx, texts);
    // A forwarded message, attached as Outlook attaches it.
    if (rng.chance(0.2)) outer.attachments.push({ name: 'Vidarebefordrat meddelande', message: message(f, rng, ctx, texts) });
    f.write(msgFile(outer), { textForCheck: texts.join('\n') });
  }
}

/** RTF as WordPad writes it: Latin-1 letters as \'hh, everything else as \uN?, paragraphs ended by \par. */
function rtfEscape(text) {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (ch === '\\' || ch === '{' || ch === '}') out += `\\${ch}`;
    else if (ch === '\n') out += '\\par\r\n';
    else if (code < 0x80) out += ch;
    else if (code <= 0xff) out += `\\'${code.toString(16).padStart(2, '0')}`;
    else if (code <= 0xffff) out += `\\u${code > 32767 ? code - 65536 : code}?`;
    else for (const unit of [ch.charCodeAt(0), ch.charCodeAt(1)]) out += `\\u${unit - 65536}?`;
  }
  return out;
}

export function writeRtfFiles(corpus, rng, ctx, { count }) {
  for (let n = 0; n < count; n++) {
    const f = corpus.file(`brev/${rng.pick(['brev', 'uppsagning', 'beslut'])}-${String(n + 1).padStart(3, '0')}.rtf`);
    const texts = [];
    const add = (t) => (texts.push(t), t);
    const p = rng.pick(ctx.population.all);
    const agent = rng.pick(ctx.agents);
    const [zip5, city] = rng.pick(PLACES);
    const d = makeDate(rng);
    const paragraphs = [
      add(`${f.near('place', city, 'name')} ${f.near('date', d.iso, 'phone')}`),
      add(`Till ${nameText(f, rng, p)}`),
      add(`${f.near('zip', zip5, 'phone')} ${city}`),
      add(`Vi har tagit emot din begäran. Ditt personnummer ${pnrText(f, rng, p)} och telefonnummer ${phoneText(f, rng, p)} finns registrerade.`),
      add(distractor(f, rng)),
      add(`Kontakta oss på ${emailText(f, rng, agent)} om du har frågor.`),
      add(`Med vänliga hälsningar\n${nameText(f, rng, agent)}`),
    ];
    const author = add(f.name(agent.full, agent.subtype));
    const rtf = [
      '{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1053{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}',
      '{\\*\\generator Riched20 10.0.19041}',
      `{\\info{\\author ${rtfEscape(author)}}{\\creatim\\yr${d.y}\\mo${d.m}\\dy${d.d}}}`,
      '\\viewkind4\\uc1\\pard\\sa200\\sl276\\slmult1\\f0\\fs22',
      ...paragraphs.map((text) => `${rtfEscape(text)}\\par`),
      '}',
      '',
    ].join('\r\n');
    f.write(rtf, { textForCheck: texts.join('\n') });
  }
}

/** An export handed over zipped: agents' notes, a forwarded mail, sometimes a zip inside the zip. */
export function writeZipFiles(corpus, rng, ctx, { count }) {
  for (let n = 0; n < count; n++) {
    const f = corpus.file(`leveranser/${rng.pick(['export', 'overlamning', 'arkiv'])}-${String(n + 1).padStart(2, '0')}.zip`);
    const texts = [];
    const add = (t) => (texts.push(t), t);
    const note = () => {
      const lines = [];
      for (let i = 0, k = rng.int(4, 12); i < k; i++) {
        const customer = rng.pick(ctx.population.all);
        lines.push(add(rng.chance(0.5) ? agentNote(f, rng, customer, rng.pick(ctx.population.all)) : customerMessage(f, rng, { customer, agentFirst: rng.pick(ctx.agents).first })));
      }
      return Buffer.from(lines.join('\n\n') + '\n');
    };
    const entries = [
      { name: 'anteckningar/samtal.txt', data: note() },
      { name: 'anteckningar/mejl.txt', data: note() },
    ];
    if (rng.chance(0.4)) entries.push({ name: 'gammalt/arkiv.zip', data: zip([{ name: 'logg.txt', data: note() }]) });
    f.write(zip(entries), { textForCheck: texts.join('\n') });
  }
}
