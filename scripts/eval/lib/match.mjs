// Scoring core (pure): planted truth + reported findings → TP / FP / FN per category, counted over unique
// (file, normalised value) pairs, with breakdowns by format, system and subtype, and near-miss hits.
import { normalize } from './normalize.mjs';

export const CATEGORIES = ['personnummer', 'email', 'phone', 'ip', 'name'];

export const TARGETS = {
  personnummer: { precision: 0.99, recall: 0.99 },
  email: { precision: 0.99, recall: 0.99 },
  ip: { precision: 0.98, recall: 0.99 },
  phone: { precision: 0.97, recall: 0.95 },
  name: { precision: 0.9, recall: 0.85 },
};

export const systemOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');
export const formatOf = (file) => {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '(none)';
};

const nested = (map, key, make) => {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
};

/** Indexes truth as category → file → normalised value → { raw, subtype }. First occurrence wins. */
export function indexTruth(truthFile, today) {
  const truth = new Map(CATEGORIES.map((c) => [c, new Map()]));
  for (const t of truthFile.truth) {
    const byFile = truth.get(t.category);
    if (!byFile) continue;
    const values = nested(byFile, t.file, () => new Map());
    const norm = normalize(t.category, t.value, today);
    if (!values.has(norm)) values.set(norm, { raw: t.value, subtype: t.subtype ?? '(none)' });
  }
  const nearMiss = new Map();
  for (const n of truthFile.nearMiss ?? []) nested(nearMiss, n.file, () => []).push({ ...n, key: looseKey(n.value) });
  const files = new Set(truthFile.fileList ?? truthFile.truth.map((t) => t.file));
  return { truth, nearMiss, files, hasFileList: Array.isArray(truthFile.fileList), today };
}

/** Letters and digits only, lower-case: for loose near-miss attribution, never for scoring. */
export function looseKey(value) {
  return value.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const tokens = (norm) => norm.split(' ').filter(Boolean);

function isSubBag(small, big) {
  const pool = [...big];
  for (const t of small) {
    const i = pool.indexOf(t);
    if (i < 0) return false;
    pool.splice(i, 1);
  }
  return true;
}

/**
 * Name rule: a reported name matches a planted name of the same file when one's tokens are all among the
 * other's (`Anna Svensson` ~ `Anna Maria Svensson`, `Anna Svensson Tel` ~ `Anna Svensson`), provided the
 * smaller side has at least two tokens — a lone `Anna` never matches.
 */
export function nameMatches(foundNorm, truthNorm) {
  if (foundNorm === truthNorm) return true;
  const a = tokens(foundNorm);
  const b = tokens(truthNorm);
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.length >= 2 && isSubBag(small, big);
}

/** Which near-miss (if any) a false positive hit: same file, loosely equal or one containing the other. */
function nearMissFor(index, file, category, raw) {
  const key = looseKey(raw);
  if (key.length === 0) return undefined;
  let best;
  for (const n of index.nearMiss.get(file) ?? []) {
    const hit = n.key === key || (key.length >= 3 && n.key.includes(key)) || (n.key.length >= 3 && key.includes(n.key));
    if (!hit) continue;
    if (n.category === category) return n;
    best ??= n;
  }
  return best;
}

/** Finds the file name the truth uses: attachments may be reported as `outer.mbox!inner.csv`. */
function truthFileOf(index, file) {
  if (index.files.has(file)) return file;
  const cut = file.search(/[!#]/);
  return cut > 0 ? file.slice(0, cut) : file;
}

export function ratio(num, den) {
  return den === 0 ? null : num / den;
}

export function f1(precision, recall) {
  if (precision === null || recall === null || precision + recall === 0) return null;
  return (2 * precision * recall) / (precision + recall);
}

function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Scores one run. `findings`: [{ file, category, value, masked?, confidence? }]. */
export function scoreRun(index, findings, { today = index.today } = {}) {
  // category → file → norm → { raw, masked }
  const found = new Map(CATEGORIES.map((c) => [c, new Map()]));
  let outside = 0;
  for (const f of findings) {
    const byFile = found.get(f.category);
    if (!byFile || typeof f.value !== 'string') continue;
    const file = truthFileOf(index, f.file);
    // truth.json itself (when it sits inside the scanned tree) and other stray files are not part of the corpus.
    if (file === 'truth.json' || (index.hasFileList && !index.files.has(file))) {
      outside++;
      continue;
    }
    const values = nested(byFile, file, () => new Map());
    const norm = normalize(f.category, f.value, today);
    if (!values.has(norm)) values.set(norm, { raw: f.value, masked: f.masked });
  }

  const result = { outsideCorpus: outside, categories: {}, byFormat: {}, bySystem: {}, subtypes: {}, falsePositives: {}, falseNegatives: {},
    nearMissHits: {} };
  const bump = (table, key, category, field) => {
    const row = (table[key] ??= {});
    (row[category] ??= emptyCounts())[field]++;
  };

  for (const category of CATEGORIES) {
    const counts = emptyCounts();
    const subtypes = (result.subtypes[category] = {});
    const fps = (result.falsePositives[category] = []);
    const fns = (result.falseNegatives[category] = []);
    const truthByFile = index.truth.get(category);
    const foundByFile = found.get(category);
    const files = new Set([...truthByFile.keys(), ...foundByFile.keys()]);
    for (const file of [...files].sort()) {
      const truthValues = truthByFile.get(file) ?? new Map();
      const foundValues = foundByFile.get(file) ?? new Map();
      const matched = new Set();
      for (const [norm, info] of foundValues) {
        let hit = truthValues.has(norm);
        if (hit) matched.add(norm);
        else if (category === 'name') {
          for (const t of truthValues.keys()) {
            if (nameMatches(norm, t)) {
              matched.add(t);
              hit = true;
            }
          }
        }
        if (hit) continue;
        counts.fp++;
        bump(result.byFormat, formatOf(file), category, 'fp');
        bump(result.bySystem, systemOf(file), category, 'fp');
        const near = nearMissFor(index, file, category, info.raw);
        fps.push({ file, value: info.raw, masked: info.masked, norm, ...(near ? { nearMiss: near.kind } : {}) });
        if (near) {
          const k = (result.nearMissHits[near.kind] ??= { count: 0, categories: {} });
          k.count++;
          k.categories[category] = (k.categories[category] ?? 0) + 1;
        }
      }
      for (const [norm, info] of truthValues) {
        const st = (subtypes[info.subtype] ??= { tp: 0, total: 0 });
        st.total++;
        const field = matched.has(norm) ? 'tp' : 'fn';
        counts[field]++;
        bump(result.byFormat, formatOf(file), category, field);
        bump(result.bySystem, systemOf(file), category, field);
        if (field === 'tp') st.tp++;
        else fns.push({ file, value: info.raw, norm, subtype: info.subtype });
      }
    }
    const precision = ratio(counts.tp, counts.tp + counts.fp);
    const recall = ratio(counts.tp, counts.tp + counts.fn);
    const target = TARGETS[category];
    result.categories[category] = { ...counts, precision, recall, f1: f1(precision, recall), target,
      pass: (precision ?? 0) >= target.precision && (recall ?? 0) >= target.recall };
  }
  return result;
}

/** Groups FP/FN entries by normalised value, most frequent first (ties by value), for the "worst" lists. */
export function worst(entries, limit = 15) {
  const groups = new Map();
  for (const e of entries) {
    const g = nested(groups, e.norm, () => ({ ...e, count: 0, files: [] }));
    g.count++;
    g.files.push(e.file);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0))
    .slice(0, limit);
}

/** Parses gdpr-scan NDJSON; only finding lines with a known category are kept. */
export function parseFindings(text) {
  const findings = [];
  let missingValue = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const obj = JSON.parse(line);
    if (!CATEGORIES.includes(obj.category) || typeof obj.file !== 'string') continue;
    if (typeof obj.value !== 'string') {
      missingValue++;
      continue;
    }
    findings.push(obj);
  }
  return { findings, missingValue };
}
