import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Worker threads when --jobs is not given. Each costs ~60–100 MB, and past eight the scan is bound by the
 * main thread and the disk rather than by detection; --jobs goes higher on request.
 */
export const MAX_DEFAULT_JOBS = 8;

/** --jobs: a whole number of worker threads; by default one per core the process may use (see defaultJobs). */
export function resolveJobs(flag: string | undefined): number {
  if (flag === undefined) return defaultJobs(availableParallelism(), cgroupCpuLimit());
  const jobs = Number(flag);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs "${flag}" is not a whole number from 1 to 64`);
  return jobs;
}

/**
 * One thread per usable core, at most MAX_DEFAULT_JOBS. `cpuLimit` is the container's CPU quota: Node 20's
 * availableParallelism() counts the host's cores, so a CI job limited to 2 CPUs on a 64-core host would
 * otherwise start 64 threads (and their memory) and run slower than with 2.
 */
export function defaultJobs(available: number, cpuLimit: number | undefined): number {
  return Math.max(1, Math.min(available, cpuLimit ?? Infinity, MAX_DEFAULT_JOBS));
}

/**
 * The CPU quota of this process's cgroup, rounded up to whole CPUs (`docker run --cpus=1.5` → 2), or
 * undefined when there is none or it cannot be read. cgroup v2 (`cpu.max`: "150000 100000" or "max 100000")
 * first, then v1 (`cpu.cfs_quota_us`, -1 for none, over `cpu.cfs_period_us`). Containers see their own
 * cgroup at the root of the mounted hierarchy.
 */
export function cgroupCpuLimit(root = '/sys/fs/cgroup'): number | undefined {
  const v2 = readText(join(root, 'cpu.max'));
  if (v2 !== undefined) {
    const [quota, period] = v2.trim().split(/\s+/);
    return cpusOf(Number(quota), Number(period));
  }
  for (const controller of ['cpu', 'cpu,cpuacct', 'cpuacct,cpu']) {
    const quota = readText(join(root, controller, 'cpu.cfs_quota_us'));
    const period = readText(join(root, controller, 'cpu.cfs_period_us'));
    if (quota !== undefined && period !== undefined) return cpusOf(Number(quota), Number(period));
  }
  return undefined;
}

/** NaN (`max`), -1 (v1's none) and nonsense all mean no limit. */
function cpusOf(quota: number, period: number): number | undefined {
  if (!(quota > 0) || !(period > 0)) return undefined;
  return Math.max(1, Math.ceil(quota / period));
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
