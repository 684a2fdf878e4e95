/**
 * Lower-case particles inside a name (`Anna af Klinteberg`, `Jan van der Berg`, `José de la Cruz`). One list for
 * every name reader, so that a particle one of them knows is known to all.
 */
export const PARTICLES: ReadonlySet<string> = new Set(['af', 'von', 'van', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'dos', 'du', 'dela', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'abu', 'ter', 'zu', 'ten']);

/** Two-word particles; none is longer than 8 characters, so a gap of ` van het ` is the longest joiner. */
export const MULTI_WORD_PARTICLES: ReadonlySet<string> = new Set(['van der', 'van den', 'van de', 'van het', 'von der', 'de la', 'de los', 'de las']);
