import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type ExecResult } from '../helpers/exec.js';

/** Outlook messages and RTF documents through the built CLI: what is found where, what is skipped, what never leaks. */
interface Line { file: string; category: string; where: string; value?: string; masked: string; location: Record<string, unknown> }

const PATHS = ['fixtures/formats/msg', 'fixtures/formats/rtf'];
let revealed: Line[];
let masked: ExecResult;
let json: { skipped: Array<{ file: string; reason: string; detail: string; partial?: boolean }> };

const lines = (text: string): Line[] => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
const found = (file: string, category: string): string[] => revealed.filter((l) => l.file.endsWith(file) && l.category === category).map((l) => `${l.value} @ ${l.where}`);

beforeAll(async () => {
  const reveal = await runCli(['scan', ...PATHS, '--format', 'ndjson', '--reveal', '--quiet', '-j', '1']);
  expect(reveal.code, reveal.stderr).toBe(0);
  revealed = lines(reveal.stdout);
  masked = await runCli(['scan', ...PATHS, '--format', 'ndjson', '--quiet']);
  json = JSON.parse((await runCli(['scan', ...PATHS, '-o', '-'])).stdout) as typeof json;
});

describe('gdpr-scan on .msg and .rtf files', () => {
  it('finds the personnummer in the body, in an attached CSV, and in an RTF-only body', () => {
    expect(found('reklamation.msg', 'personnummer')).toEqual([
      '920229-3446 @ message 1, body',
      '451224-5582 @ message 1, attachment kvitton.csv › row 2, column Personnummer',
    ]);
    expect(found('adressandring.msg', 'personnummer')).toEqual(['850312-2387 @ message 1, body']);
  });

  it('reads sender and recipients, the Received header, and the attached message', () => {
    expect(found('reklamation.msg', 'email')).toEqual([
      'fatima.hassan@posten-exempel.se @ message 1, From header',
      'bjorn.akesson@example.com @ message 1, Cc header',
      'fatima.hassan@posten-exempel.se @ message 1, Reply-To header',
      'm.yilmaz@example.org @ message 1, attachment Lagret svarar.msg › message 1, From header',
      'fatima.hassan@posten-exempel.se @ message 1, attachment Lagret svarar.msg › message 1, To header',
    ]);
    expect(found('reklamation.msg', 'ip')).toEqual(['192.0.2.77 @ message 1, Received header', '198.51.100.23 @ message 1, Received header']);
  });

  it('reads an Outlook contact: given name and surname as one person, its phone numbers by their fields', () => {
    expect(found('kontakt.msg', 'name')).toContain('Mehmet Yilmaz @ message 1, givenName header');
    expect(found('kontakt.msg', 'phone')).toEqual(['0046 76 987 65 43 @ message 1, mobileTelephoneNumber header', '08-765 43 21 @ message 1, homeTelephoneNumber header']);
    expect(found('kontakt.msg', 'personnummer')).toEqual(['880675-0215 @ message 1, body']);
  });

  it('reads an RTF letter paragraph by paragraph, its author included', () => {
    expect(found('brev.rtf', 'name')).toEqual([
      'Märta Öberg @ paragraph 1',
      'Björn Åkesson @ paragraph 4',
      'Anna Lindqvist @ paragraph 7',
      'Märta Öberg @ paragraph 8',
    ]);
    expect(found('brev.rtf', 'personnummer')).toEqual(['790101-1127 @ paragraph 6']);
  });

  it('reports the one attachment it cannot read, and not the signature logo', () => {
    expect(json.skipped.map((s) => [s.file, s.reason, s.detail])).toEqual([
      ['fixtures/formats/msg/reklamation.msg', 'unsupported', 'message 1: attachment "foto.heic" (image/heic) not scanned'],
    ]);
  });

  it('writes no raw value and no Message-ID without --reveal', () => {
    expect(masked.code).toBe(0);
    for (const line of revealed) expect(masked.stdout).not.toContain(line.value!);
    expect(masked.stdout).not.toContain('c7a1.20240311');
  });
});
