import { basename } from 'node:path';
import picomatch from 'picomatch';

export interface SystemRule {
  readonly name: string;
  readonly paths: readonly string[];
}

export type SystemResolver = (relativePath: string, root: string) => string;

/**
 * Maps a file to the system it belongs to: the first configured system whose globs match its path
 * (relative to the scanned root), else the first folder under the root, else the root folder's own name.
 */
export function createSystemResolver(rules: readonly SystemRule[]): SystemResolver {
  const matchers = rules.map((rule) => ({ name: rule.name, test: picomatch([...rule.paths], { dot: true }) }));
  return (relativePath, root) => {
    for (const matcher of matchers) if (matcher.test(relativePath)) return matcher.name;
    const slash = relativePath.indexOf('/');
    return slash > 0 ? relativePath.slice(0, slash) : basename(root) || '(root)';
  };
}
