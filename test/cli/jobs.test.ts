import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cgroupCpuLimit, defaultJobs, MAX_DEFAULT_JOBS, resolveJobs } from '../../src/cli/jobs.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A fabricated /sys/fs/cgroup with the given files. */
function cgroupRoot(files: Record<string, string>): string {
  const root = tempDir('gdpr-cgroup-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('cgroupCpuLimit', () => {
  it.each([
    ['v2, 2 CPUs', { 'cpu.max': '200000 100000\n' }, 2],
    ['v2, 1.5 CPUs rounds up', { 'cpu.max': '150000 100000\n' }, 2],
    ['v2, a quarter CPU is still one', { 'cpu.max': '25000 100000\n' }, 1],
    ['v2, no limit', { 'cpu.max': 'max 100000\n' }, undefined],
    ['v1, 3 CPUs', { 'cpu/cpu.cfs_quota_us': '300000\n', 'cpu/cpu.cfs_period_us': '100000\n' }, 3],
    ['v1 under cpu,cpuacct', { 'cpu,cpuacct/cpu.cfs_quota_us': '100000\n', 'cpu,cpuacct/cpu.cfs_period_us': '100000\n' }, 1],
    ['v1, no limit', { 'cpu/cpu.cfs_quota_us': '-1\n', 'cpu/cpu.cfs_period_us': '100000\n' }, undefined],
    ['garbage', { 'cpu.max': 'what\n' }, undefined],
    ['nothing mounted', {}, undefined],
  ])('%s', (_name, files, expected) => {
    expect(cgroupCpuLimit(cgroupRoot(files))).toBe(expected);
  });
});

describe('defaultJobs', () => {
  it.each([
    [2, undefined, 2],
    [64, 2, 2],
    [64, undefined, MAX_DEFAULT_JOBS],
    [4, 16, 4],
    [1, undefined, 1],
  ])('%i cores, a quota of %s CPUs → %i threads', (available, limit, expected) => {
    expect(defaultJobs(available, limit)).toBe(expected);
  });
});

describe('resolveJobs', () => {
  it('takes an explicit number, also above the default cap', () => {
    expect(resolveJobs('1')).toBe(1);
    expect(resolveJobs('16')).toBe(16);
  });

  it.each(['0', '-1', '1.5', 'two', '65'])('rejects --jobs %s', (flag) => {
    expect(() => resolveJobs(flag)).toThrow(/not a whole number from 1 to 64/);
  });

  it('defaults to at least one and at most the cap', () => {
    const jobs = resolveJobs(undefined);
    expect(jobs).toBeGreaterThanOrEqual(1);
    expect(jobs).toBeLessThanOrEqual(MAX_DEFAULT_JOBS);
  });
});
