// Free-text notes as agents keep them: call logs, hand-over notes, meeting minutes — UTF-8 or cp1252, LF or CRLF.
import iconv from 'iconv-lite';
import { agentNote, customerMessage, nameText, phoneText } from '../prose.mjs';
import { distractor } from '../nearmiss.mjs';
import { makeDate } from '../values.mjs';

function entry(f, rng, ctx, pool) {
  const d = makeDate(rng);
  const customer = rng.pick(pool);
  const head = `${f.near('date', rng.pick([d.iso, `${d.d}/${d.m}`, `${String(d.d).padStart(2, '0')}.${String(d.m).padStart(2, '0')}.${d.y}`]), 'phone')}`;
  return rng.pick([
    () => `${head} ${agentNote(f, rng, customer, rng.pick(pool))}`,
    () => `${head} Mejl från kund:\n${customerMessage(f, rng, { customer, agentFirst: rng.pick(ctx.agents).first })}`,
    () => `${head} Överlämning: ${nameText(f, rng, rng.pick(ctx.agentsCp1252))} tar över efter ${nameText(f, rng, rng.pick(ctx.agentsCp1252))}. ${distractor(f, rng)}`,
    () => `${head} Möte med ${nameText(f, rng, customer)} och ${nameText(f, rng, rng.pick(pool))}. Ring tillbaka ${phoneText(f, rng, customer)}.`,
    () => `${head} ${distractor(f, rng)}`,
  ])();
}

export function writeNoteFiles(corpus, rng, ctx, { count }) {
  for (let n = 0; n < count; n++) {
    const cp1252 = n % 3 === 2;
    const f = corpus.file(`anteckningar/${rng.pick(['samtalslogg', 'notes', 'overlamning', 'minnesanteckningar'])}-${String(n + 1).padStart(3, '0')}.txt`);
    const pool = cp1252 ? ctx.population.cp1252 : ctx.population.all;
    const entries = [];
    for (let i = 0, k = rng.int(10, 35); i < k; i++) entries.push(entry(f, rng, ctx, pool));
    const eol = rng.chance(0.4) ? '\r\n' : '\n';
    const text = entries.join('\n\n').replaceAll('\n', eol) + eol;
    if (cp1252) {
      const bytes = iconv.encode(text, 'win1252');
      f.write(bytes, { textForCheck: iconv.decode(bytes, 'win1252') });
    } else {
      f.write(text);
    }
  }
}
