import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clock, countInputs, createProgress, ProgressLine } from '../../src/cli/progress.js';

const CLEAR = '\r\x1b[K';
const MiB = 1024 * 1024;

/** A terminal that records writes, and a clock the test moves by hand. */
function fakeTerminal(columns = 100) {
  const writes: string[] = [];
  let time = 0;
  const stream = { isTTY: true, columns, write: (chunk: string) => writes.push(chunk) };
  return {
    writes,
    stream,
    now: () => time,
    advance: (ms: number) => (time += ms),
    /** What the terminal shows on the progress line now. */
    screen: () => writes.join('').split(CLEAR).at(-1) ?? '',
  };
}

const file = (relativePath: string, size: number) => ({ relativePath, size });

describe('ProgressLine', () => {
  it('draws nothing before the delay, so quick scans stay silent', () => {
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now, delayMs: 300 });
    progress.fileStart(file('a.csv', 10));
    term.advance(299);
    progress.fileDone(file('a.csv', 10));
    expect(term.writes).toEqual([]);
    term.advance(1);
    progress.fileStart(file('b.csv', 10));
    expect(term.writes).toHaveLength(1);
  });

  it('redraws at most every 100 ms', () => {
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now });
    for (let i = 0; i < 50; i++) {
      progress.fileStart(file(`f${i}.txt`, 1));
      progress.fileDone(file(`f${i}.txt`, 1));
      term.advance(10); // 50 files in 500 ms
    }
    expect(term.writes.length).toBeGreaterThanOrEqual(5);
    expect(term.writes.length).toBeLessThanOrEqual(6);
  });

  it('shows lower bounds while the count is running, then a bar, percentage, rate and ETA', () => {
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 0 });
    progress.setTotals(3, 3 * MiB, false);
    progress.fileStart(file('crm/kunder.csv', MiB));
    term.advance(1000);
    progress.fileDone(file('crm/kunder.csv', MiB));
    expect(term.screen()).toBe('1/≥3 files · 1.0 MiB/≥3.0 MiB · 1.0 MiB/s · crm/kunder.csv');
    progress.setTotals(4, 3 * MiB, true);
    expect(term.screen()).toBe('[#####-----------] 33% 1/4 files · 1.0 MiB/3.0 MiB · 1.0 MiB/s · ETA 0:02 · crm/kunder.csv');
  });

  it('never shows a total below what is already done', () => {
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 0 });
    progress.fileDone(file('a', 2048));
    expect(term.screen()).toMatch(/^1\/≥1 files · 2\.0 KiB\/≥2\.0 KiB/);
  });

  it('fits the line to the terminal, keeping the end of a long path', () => {
    const term = fakeTerminal(60);
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 0 });
    progress.fileStart(file(`helpdesk/${'mycket-lång-mapp/'.repeat(6)}ärende-1042.eml`, 1));
    expect(term.screen().length).toBeLessThanOrEqual(59);
    expect(term.screen()).toMatch(/ · …[^·]*ärende-1042\.eml$/);
  });

  it('assumes 80 columns when a pseudo-terminal reports none', () => {
    const term = fakeTerminal(0);
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 0 });
    progress.fileStart(file('crm/kunder.csv', 1));
    expect(term.screen()).toBe('0/≥0 files · 0 B/≥0 B · 0 B/s · crm/kunder.csv');
  });

  it('does not pass terminal control sequences from file names through', () => {
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 0 });
    progress.fileStart(file('evil\x1b]0;title\x07\r.txt', 1));
    expect(term.screen()).toContain('evil?]0;title??.txt');
    expect(term.writes.join('').replaceAll(CLEAR, '')).not.toMatch(/[\x07\x1b\r]/);
  });

  it('writes log lines above the progress line and redraws it', () => {
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 1000 });
    progress.fileStart(file('a.txt', 1));
    progress.log('scanning b.txt\n');
    expect(term.writes.slice(1)).toEqual([CLEAR, 'scanning b.txt\n', `${CLEAR}0/≥0 files · 0 B/≥0 B · 0 B/s · a.txt`]);
  });

  it('clears the line at the end and draws nothing afterwards', () => {
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 0 });
    progress.fileStart(file('a.txt', 1));
    progress.finish();
    expect(term.writes.at(-1)).toBe(CLEAR);
    const count = term.writes.length;
    term.advance(1000);
    progress.fileDone(file('a.txt', 1));
    expect(term.writes).toHaveLength(count);
  });

  it('clears nothing when it never drew', () => {
    const term = fakeTerminal();
    new ProgressLine({ stream: term.stream, now: term.now, delayMs: 500 }).finish();
    expect(term.writes).toEqual([]);
  });
});

describe('createProgress', () => {
  it.each([
    ['a terminal', true, undefined, true],
    ['a terminal with --quiet', true, true, false],
    ['a pipe or file', false, undefined, false],
    ['a stream without isTTY', undefined, undefined, false],
  ])('on %s: %s', (_name, isTTY, quiet, expected) => {
    const stream = { write: () => true, ...(isTTY === undefined ? {} : { isTTY }) };
    expect(createProgress(stream, quiet) !== undefined).toBe(expected);
  });
});

describe('clock', () => {
  it.each([
    [0, '0:00'],
    [1.4, '0:01'],
    [59.6, '1:00'],
    [605, '10:05'],
    [3725, '1:02:05'],
    [-3, '0:00'],
  ])('%d s → %s', (seconds, expected) => {
    expect(clock(seconds)).toBe(expected);
  });
});

describe('countInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'gdpr-progress-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('counts the files and bytes the scan will read, then marks the totals final', async () => {
    mkdirSync(join(root, 'crm'));
    writeFileSync(join(root, 'crm', 'a.csv'), 'x'.repeat(1000));
    writeFileSync(join(root, 'crm', 'b.txt'), 'y'.repeat(24));
    writeFileSync(join(root, 'skip.log'), 'z');
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 0 });
    const counting = countInputs({ paths: [root], cwd: root, exclude: ['*.log'] }, progress);
    await counting.done;
    expect(term.screen()).toMatch(/^\[-{16}\] 0% 0\/2 files · 0 B\/1\.0 KiB/);
  });

  it('stops quietly when the scan ends first', async () => {
    const term = fakeTerminal();
    const progress = new ProgressLine({ stream: term.stream, now: term.now, intervalMs: 0 });
    const counting = countInputs({ paths: [root], cwd: root }, progress);
    counting.stop();
    await counting.done;
    expect(term.screen()).not.toContain('%');
  });
});
