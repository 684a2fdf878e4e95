import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Config } from './schema.js';

export const CONFIG_FILE_NAME = 'gdpr-scan.config.yaml';

/**
 * Loads the config: the file given with --config (must exist), else gdpr-scan.config.yaml in the working
 * directory or in the first scanned folder, else an empty config.
 */
export async function loadConfig(explicit: string | undefined, searchDirs: readonly string[]): Promise<{ config: Config; file?: string }> {
  const candidates = explicit ? [explicit] : searchDirs.map((dir) => resolve(dir, CONFIG_FILE_NAME));
  for (const file of candidates) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      // ENOTDIR: a scanned path that is a file has no config file "inside" it.
      const code = (error as NodeJS.ErrnoException).code;
      if (!explicit && (code === 'ENOENT' || code === 'ENOTDIR')) continue;
      throw new ConfigError(`cannot read config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
    }
    // The YAML parser and the schema (zod) are loaded only when there is a file: most scans have none.
    const [{ configSchema }, { parseYamlFile, validateYaml }] = await Promise.all([import('./schema.js'), import('./yaml-errors.js')]);
    const doc = parseYamlFile(text, file);
    if (doc.contents === null) return { config: {}, file };
    return { config: validateYaml(configSchema, doc, text, file), file };
  }
  return { config: {} };
}
