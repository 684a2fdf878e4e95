import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ExtractError } from '../errors.js';

/**
 * Opens a file found by the walk without blocking and checks it is still a regular file: a path swapped for a
 * FIFO after the walk would otherwise block the open, and the thread, forever.
 */
export async function openRegular(path: string): Promise<FileHandle> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new ExtractError('not-regular', 'no longer a regular file (changed during the scan)');
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
