import { isWordish } from './name-lower-words.js';

/**
 * What a call note says its first person did: `ringde`, `har ringt`, `mejlade`, `klagar på`, `undrar om`, `vill ha` …
 * (`skrev` is left out: `anna svensson skrev med små bokstäver` is as often about text as about a person's call).
 */
const CALL_VERBS = [
  'ringde', 'ringer', 'har ringt', 'mejlade', 'mailade', 'hörde av sig', 'meddelar', 'meddelade', 'klagar', 'klagade', 'undrar', 'frågar', 'vill',
  'önskar', 'bokade', 'avbokade', 'uppger', 'uppgav', 'called', 'phoned', 'emailed',
];
const CALL_VERB_FIRSTS = new Set(CALL_VERBS.map((verb) => verb.charCodeAt(0)));

/** One blank at `end`, then a call verb as a whole word. */
export function callVerbAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !CALL_VERB_FIRSTS.has(text.charCodeAt(end + 1))) return false;
  for (const verb of CALL_VERBS) {
    if (text.startsWith(verb, end + 1) && !isWordish(text.charCodeAt(end + 1 + verb.length))) return true;
  }
  return false;
}
