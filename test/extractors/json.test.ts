import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonExtractor } from '../../src/extract/json.js';
import { MAX_JSON_DEPTH } from '../../src/extract/json-walk.js';
import { hasMojibake, repairMojibake } from '../../src/extract/mojibake.js';
import { chooseExtractor } from '../../src/extract/registry.js';
import { BUILTIN_DETECTORS } from '../../src/detect/registry.js';
import { personalDataCheck } from '../../src/engine/personal-data-check.js';
import { rules } from '../helpers/detector-cases.js';
import { extractBytes, extractError, extractFile, FORMATS, segments, skips } from './collect.js';

const json = (value: unknown) => extractBytes(jsonExtractor, 'x.json', Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)));
const where = (items: Awaited<ReturnType<typeof json>>) =>
  segments(items).map((s) => (s.location.kind === 'json' ? [s.location.record, s.location.path, s.text] : s.location));

describe('json extractor', () => {
  it('reads a message body kept as HTML (a Teams export) as its text, a block\'s tags as line breaks', async () => {
    const value = { body: { contentType: 'html', content: '<p>pratat m jakub kowalski igen.</p><p>pnr 195702010009, <b>hänvisat</b> till soc</p>' }, note: '<3 tack!', formula: '<x> is no tag here' };
    expect(where(await json(value))).toEqual([
      [1, 'note', '<3 tack!'],
      [1, 'formula', '<x> is no tag here'],
      [1, 'body.contentType', 'html'],
      [1, 'body.content', 'pratat m jakub kowalski igen.\n\npnr 195702010009,  hänvisat  till soc'],
    ]);
  });

  it('scans keys that are values (e-mail, customer number) and never writes them into paths or fields', async () => {
    const items = await json({ customers: { 'anna.l@exempel.se': { phone: '070-123 45 67' }, '1234567': { note: 'x' } } });
    // An object's own keys and leaves come before its nested objects; JavaScript lists integer-like keys first.
    expect(where(items)).toEqual([
      [1, 'customers[*]', '1234567'],
      [1, 'customers[*]', 'anna.l@exempel.se'],
      [1, 'customers[*].note', 'x'],
      [1, 'customers[*].phone', '070-123 45 67'],
    ]);
    for (const s of segments(items)) {
      expect(s.hints?.field ?? '').not.toMatch(/@|1234567/);
    }
  });

  it('takes a key with a person\'s name in it for a value too, by the engine\'s detectors; other quoted keys stay', async () => {
    const value = { kunder: { 'Anna Svensson': { telefon: '070-123 45 67' }, 'Kund Nummer': { telefon: '070-123 45 68' } } };
    const items = await extractBytes(jsonExtractor, 'x.json', Buffer.from(JSON.stringify(value)), undefined, personalDataCheck(BUILTIN_DETECTORS, rules()));
    expect(where(items)).toEqual([
      [1, 'kunder[*]', 'Anna Svensson'],
      [1, 'kunder[*].telefon', '070-123 45 67'],
      [1, 'kunder["Kund Nummer"].telefon', '070-123 45 68'],
    ]);
    expect(segments(items).map((s) => s.hints?.field)).toEqual([undefined, 'telefon', 'telefon']);
    // The extractor alone has no detectors to ask: the key is a path, as before.
    expect(where(await json(value))[0]).toEqual([1, 'kunder["Anna Svensson"].telefon', '070-123 45 67']);
  });

  it('treats each ticket of {"tickets": [...]} as a record with full paths', async () => {
    const items = segments(await extractFile(jsonExtractor, join(FORMATS, 'json/tickets.json')));
    const ticket2 = items.filter((s) => s.location.kind === 'json' && s.location.record === 2).map((s) => s.location.kind === 'json' && [s.location.path, s.text]);
    expect(ticket2).toEqual([
      ['tickets[1].subject', 'Byte av adress'],
      ['tickets[1].status', 'open'],
      ['tickets[1].requester.name', 'Björn Åkesson'],
      ['tickets[1].requester.email', 'bjorn.akesson@example.com'],
      ['tickets[1].requester.phone', '+46 73 555 01 02'],
      ['tickets[1].assignee.name', 'Mattias Kundtjänst'],
      ['tickets[1].assignee.email', 'support@exempel.se'],
      ['tickets[1].comments[0].author', 'Björn Åkesson'],
      ['tickets[1].comments[0].body', 'Hej! Mitt personnummer är 790101-1127. Mvh Björn'],
      ['tickets[1].comments[1].author', 'Mattias Kundtjänst'],
      ['tickets[1].comments[1].body', 'Tack Björn, vi återkommer.'],
    ]);
    const requester = items.find((s) => s.location.kind === 'json' && s.location.path === 'tickets[1].requester.name');
    expect(requester?.hints).toEqual({
      field: 'name',
      scope: 'field',
      record: { name: 'Björn Åkesson', email: 'bjorn.akesson@example.com', phone: '+46 73 555 01 02' },
    });
    const email = items.find((s) => s.location.kind === 'json' && s.location.path === 'tickets[1].requester.email');
    expect(email?.hints).toMatchObject({ field: 'email', scope: 'field', record: expect.objectContaining({ email: email?.text }) });
    // Export metadata outside the records array is record 0.
    expect(items.find((s) => s.text === '2024-03-01T09:00:00Z')?.location).toEqual({ kind: 'json', record: 0, path: 'exportedAt' });
    expect(items.filter((s) => s.location.kind === 'json' && s.location.record === 3)).toHaveLength(11);
  });

  it('describes a generic key (value, from, to) by the label beside it, else by the key above', async () => {
    const ticket = {
      audits: [{ changes: { telefon: { from: '060.64.76.00', to: '08-366 86 68' } } }],
      custom_fields: [
        { id: 360001, value: '0608187548' },
        { label: 'Personnummer', value: '050127-8857' },
        { name: 'Telefon', Value: '0701234567' },
        { name: 'En lång mening som inte är någon etikett för något fält', value: 'x' },
      ],
    };
    const items = await json({ tickets: [ticket] });
    const fieldOf = (text: string) => segments(items).find((s) => s.text === text)?.hints?.field;
    expect(fieldOf('060.64.76.00')).toBe('telefon');
    expect(fieldOf('08-366 86 68')).toBe('telefon');
    expect(fieldOf('0608187548')).toBe('custom_fields');
    expect(fieldOf('050127-8857')).toBe('Personnummer');
    expect(fieldOf('0701234567')).toBe('Telefon');
    expect(fieldOf('x')).toBe('custom_fields');
    // The path still says where the value is.
    expect(segments(items).find((s) => s.text === '0608187548')?.location).toEqual({ kind: 'json', record: 1, path: 'tickets[0].custom_fields[0].value' });
  });

  it('keeps a generic key\'s own name when nothing describes it (an SMS provider\'s record: "to" at its top)', async () => {
    const items = await json([{ sent: '2024-10-13T02:09:35Z', to: '46317229841', body: 'Hej Ulla! Påminnelse om din tid.' }]);
    expect(segments(items).find((s) => s.text === '46317229841')?.hints?.field).toBe('to');
  });

  it('numbers the elements of a top-level array from 1 and keeps 0-based indexes in paths', async () => {
    const items = await json([{ email: 'a@example.com' }, 'fritext', { tags: ['x', 'y'] }]);
    expect(where(items)).toEqual([
      [1, '[0].email', 'a@example.com'],
      [2, '[1]', 'fritext'],
      [3, '[2].tags[0]', 'x'],
      [3, '[2].tags[1]', 'y'],
    ]);
    expect(segments(items)[2]?.hints).toEqual({ field: 'tags', scope: 'field' });
  });

  it('reads a document without a records array as record 1, quoting keys that are not identifiers', async () => {
    const items = await json({ kund: { 'e-post adress': 'a@example.com', förnamn: 'Åsa' }, count: 3 });
    expect(where(items)).toEqual([
      [1, 'kund["e-post adress"]', 'a@example.com'],
      [1, 'kund.förnamn', 'Åsa'],
    ]);
  });

  it('keeps numbers long enough to be ids and drops short ones, booleans and nulls', async () => {
    const items = await json({ kundnr: 123456, pnr: 198503122387, antal: 42, belopp: 1249.5, aktiv: true, x: null, tom: '' });
    expect(where(items)).toEqual([
      [1, 'kundnr', '123456'],
      [1, 'pnr', '198503122387'],
    ]);
  });

  it('walks deep nesting without overflowing the stack and reports the cut once', async () => {
    const depth = 50_000;
    const deep = '{"a":'.repeat(depth) + '"djupt"' + '}'.repeat(depth);
    const items = await json(`{"namn":"Åsa","n":${deep}}`);
    expect(where(items)).toEqual([[1, 'namn', 'Åsa']]);
    expect(skips(items)).toHaveLength(1);
    expect(skips(items)[0]).toMatchObject({ reason: 'limit', detail: expect.stringContaining(`deeper than ${MAX_JSON_DEPTH} levels`) });
  });

  it('reports invalid JSON as corrupt without quoting the content', async () => {
    const error = await extractError(json('{"email": "hemlig@example.com", oops}'));
    expect(error.reason).toBe('corrupt');
    expect(error.detail).toMatch(/^invalid JSON/);
    expect(error.detail).not.toContain('hemlig');
  });

  it('reads JSON Lines saved as .json (a Zendesk incremental export) line by line', async () => {
    const lines = [
      { id: 1, requester: { name: 'Örjan Blomqvist', email: 'orjan.b@example.com' } },
      { id: 2, requester: { name: 'Saga Lind', email: 'saga.lind@example.com' } },
    ];
    const items = await json(`${lines.map((line) => JSON.stringify(line)).join('\r\n')}\r\nnot json\n`);
    // Line N is record N, as in an .ndjson file (small numbers such as ids are no segments).
    expect(where(items)).toEqual([
      [1, 'requester.name', 'Örjan Blomqvist'],
      [1, 'requester.email', 'orjan.b@example.com'],
      [2, 'requester.name', 'Saga Lind'],
      [2, 'requester.email', 'saga.lind@example.com'],
    ]);
    // A broken line is reported as with .ndjson, without its content.
    expect(skips(items)).toEqual([expect.objectContaining({ reason: 'corrupt', detail: 'NDJSON line 3 is not valid JSON; skipped' })]);
  });

  it('still reports a broken document whose first line is no JSON value of its own as corrupt', async () => {
    const error = await extractError(json('{\n"email": "hemlig@example.com",\n oops}\n{"a": 1}'));
    expect(error.reason).toBe('corrupt');
    expect(error.detail).toMatch(/^invalid JSON/);
  });

  it('streams JSON Lines saved as .json that are too large to parse whole', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, note: `kund ${i}`, email: `kund${i}@example.com` }));
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    const items = await extractBytes(jsonExtractor, 'export.json', bytes, 1000);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(segments(items).filter((s) => s.hints?.field === 'email')).toHaveLength(40);
    expect(segments(items).find((s) => s.text === 'kund39@example.com')?.location).toEqual({ kind: 'json', record: 40, path: 'email' });
  });

  it('goes to the JSON Lines reader when the head of a .json file shows one record per line', () => {
    const head = Buffer.from('{"id":1,"email":"a@example.com"}\n{"id":2,"email":"b@example.com"}\n');
    expect(chooseExtractor('export.json', head)).toMatchObject({ kind: 'extractor', extractor: { id: 'ndjson' } });
    expect(chooseExtractor('export.json', Buffer.from('{\n  "tickets": []\n}\n'))).toMatchObject({ kind: 'extractor', extractor: { id: 'json' } });
  });

  it('refuses documents over the size limit', async () => {
    const bytes = Buffer.from(JSON.stringify({ a: 'x'.repeat(2000) }));
    const error = await extractError(extractBytes(jsonExtractor, 'x.json', bytes, 1000));
    expect(error.reason).toBe('too-large');
  });

  it('decodes UTF-16 JSON with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"namn":"Åsa Öberg","ort":"Umeå"}', 'utf16le')]);
    expect(where(await extractBytes(jsonExtractor, 'x.json', bytes))).toEqual([
      [1, 'namn', 'Åsa Öberg'],
      [1, 'ort', 'Umeå'],
    ]);
  });
});

describe('double-encoded text (UTF-8 read as Latin-1, as Messenger data downloads write it)', () => {
  it.each([
    ['Hyv\u00c3\u00b6nen', 'Hyvönen'],
    ['B\u00e1\u00ba\u00a3o Ho\u00c3\u00a0ng', 'Bảo Hoàng'],
    ['\u00c3\u0096berg', 'Öberg'],
    ['Hej! \u00f0\u009f\u0098\u0080', 'Hej! 😀'],
  ])('repairs %j → %j', (text, expected) => {
    expect(repairMojibake(text)).toBe(expected);
  });

  it.each([
    ['Björn Åkesson', 'already right: no lead character before a continuation character'],
    ['Ålands Ö', 'capitals with diacritics only'],
    ['\u00c3 and more', 'a lead character alone'],
    ['Sm\u00c3\u00b6rg\u00e5s \u20ac', 'a character beyond Latin-1 beside it: not double-encoded as a whole'],
    ['\u00c3\u00b6\u00c3', 'a broken sequence at the end'],
  ])('leaves %j as it is (%s)', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('is looked for in the source as a lead byte before a continuation byte, escaped or written out', () => {
    expect(hasMojibake('{"name":"Hyv\\u00c3\\u00b6nen"}')).toBe(true);
    // A download read and written out again by another tool: the characters themselves.
    expect(hasMojibake('{"name":"Hyv\u00c3\u00b6nen"}')).toBe(true);
    expect(hasMojibake('{"name":"Hyv\\u00f6nen"}')).toBe(false);
    expect(hasMojibake('{"name":"Hyvönen","note":"\\u00c3 \\u00b6"}')).toBe(false);
    expect(hasMojibake('{"name":"João Hyvönen","note":"Ã ¶"}')).toBe(false);
  });

  it('repairs a conversation whose double-encoded characters are written out, and leaves strings that are right', async () => {
    const source = '{"participants":[{"name":"Carina Str\u00c3\u00b6m"},{"name":"Bl\u00c3\u00a4ck & N\u00c3\u00a5l"}],"messages":[{"sender_name":"Carina Str\u00c3\u00b6m","content":"«Café» på fredag"}]}';
    expect(where(await json(source)).map((row) => (Array.isArray(row) ? row[2] : row))).toEqual(['Carina Ström', 'Bläck & Nål', 'Carina Ström', '«Café» på fredag']);
  });

  it('reads a Messenger conversation\'s names and text repaired, keys too, and leaves a correct document alone', async () => {
    const source = '{"participants":[{"name":"Oskari Hyv\\u00c3\\u00b6nen"}],"messages":[{"sender_name":"Oskari Hyv\\u00c3\\u00b6nen","content":"Kan Bj\\u00c3\\u00b6rn h\\u00c3\\u00a4mta?","r\\u00c3\\u00b6st":"ja"}]}';
    expect(where(await json(source))).toEqual([
      [1, 'participants[0].name', 'Oskari Hyvönen'],
      [0, 'messages[0].sender_name', 'Oskari Hyvönen'],
      [0, 'messages[0].content', 'Kan Björn hämta?'],
      [0, 'messages[0].röst', 'ja'],
    ]);
    // Written right, a document's `Ã©` beside a character beyond Latin-1 is kept as written; a plain `Ã¶` reads as
    // the `ö` it almost always is (a re-written download looks the same).
    expect(where(await json({ note: 'Ã© is mojibake – “ok”' }))).toEqual([[1, 'note', 'Ã© is mojibake – “ok”']]);
    expect(where(await json({ note: 'Ã¶ is mojibake' }))).toEqual([[1, 'note', 'ö is mojibake']]);
  });
});
