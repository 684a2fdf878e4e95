import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';

function configFile(text: string): string {
  const dir = tempDir('gdpr-scan-config-');
  const file = join(dir, 'gdpr-scan.config.yaml');
  writeFileSync(file, text);
  return file;
}

async function errorOf(text: string): Promise<ConfigError> {
  const file = configFile(text);
  const error = await loadConfig(file, []).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('loadConfig', () => {
  it('reads systems, excludes and limits', async () => {
    const file = configFile('systems:\n  - name: Zendesk\n    paths: ["zendesk/**"]\nexclude: ["**/*.bak"]\nminConfidence: medium\nmaxFileSize: 500MiB\n');
    const { config } = await loadConfig(file, []);
    expect(config.systems).toEqual([{ name: 'Zendesk', paths: ['zendesk/**'] }]);
    expect(config.exclude).toEqual(['**/*.bak']);
    expect(config.minConfidence).toBe('medium');
  });

  it('finds the config in a search folder and tolerates none', async () => {
    const file = configFile('exclude: ["tmp/**"]\n');
    expect((await loadConfig(undefined, [join(file, '..')])).config.exclude).toEqual(['tmp/**']);
    expect((await loadConfig(undefined, [tmpdir() + '/no-such-dir-gdpr'])).config).toEqual({});
  });

  it('names file, line and field for a schema error', async () => {
    const error = await errorOf('systems:\n  - name: Zendesk\n    paths: ["zendesk/**"]\n  - name: CRM\n    paths: []\n');
    expect(error.line).toBe(5);
    expect(error.message).toContain('systems.1.paths');
    expect(error.describe()).toMatch(/gdpr-scan\.config\.yaml:5:\d+: /);
  });

  it('rejects unknown keys (typos) at their line', async () => {
    const error = await errorOf('exclude: []\nminConfidense: high\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain('minConfidense');
    expect(error.message).toMatch(/unrecognized key/i);
  });

  it('reports a wrong enum value at its line', async () => {
    const error = await errorOf('exclude: []\nminConfidence: sometimes\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain('minConfidence');
  });

  it('reports YAML syntax errors with line and column', async () => {
    const error = await errorOf('systems:\n  - name: "unterminated\n');
    expect(error.line).toBeGreaterThanOrEqual(2);
    expect(error.message).toMatch(/invalid YAML/);
  });

  it('fails clearly when an explicit config file is missing', async () => {
    await expect(loadConfig('/nonexistent/gdpr-scan.config.yaml', [])).rejects.toThrow(/cannot read config file \(ENOENT\)/);
  });
});
