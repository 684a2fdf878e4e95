import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';

/** --jobs: a whole number of worker threads; default one per core (both cores of a small CI machine). */
export function resolveJobs(flag: string | undefined): number {
  if (flag === undefined) return availableParallelism();
  const jobs = Number(flag);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs "${flag}" is not a whole number from 1 to 64`);
  return jobs;
}
