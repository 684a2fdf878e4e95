import type { PolicyResult, Violation } from '../policy/check.js';
import { describeViolation } from './check.js';

function xml(text: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0.
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/**
 * JUnit XML for CI test-report views: a test suite per system, a failing test case per file with undeclared
 * personal data, a passing case for a system without violations. Masked values only.
 */
export function formatCheckJunit(result: PolicyResult, systems: readonly string[], inventory: string | undefined): string {
  // Every failing finding while they are listed; past that each place once, with its count.
  const lines: Array<{ violation: Violation; count: number }> = result.listed
    ? result.violations.map((violation) => ({ violation, count: 1 }))
    : result.places.map(({ first, count }) => ({ violation: first, count }));
  const bySystem = new Map<string, Map<string, Array<{ violation: Violation; count: number }>>>();
  for (const name of systems) bySystem.set(name, new Map());
  for (const line of lines) {
    const v = line.violation;
    let files = bySystem.get(v.finding.system);
    if (!files) bySystem.set(v.finding.system, (files = new Map()));
    const list = files.get(v.finding.file);
    if (list) list.push(line);
    else files.set(v.finding.file, [line]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [system, files] of [...bySystem].sort(([a], [b]) => a.localeCompare(b))) {
    const cases: string[] = [];
    if (files.size === 0) cases.push(`    <testcase classname="gdpr-scan.${xml(system)}" name="all personal data declared"/>`);
    for (const [file, failing] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const body = failing.map(({ violation, count }) => describeViolation(violation, inventory, count - 1)).join('\n');
      const total = failing.reduce((sum, { count }) => sum + count, 0);
      cases.push(
        `    <testcase classname="gdpr-scan.${xml(system)}" name="${xml(file)}">`,
        `      <failure type="undeclared-personal-data" message="${total} undeclared finding${total === 1 ? '' : 's'}">${xml(body)}</failure>`,
        '    </testcase>',
      );
    }
    const suiteFailures = files.size;
    const suiteTests = Math.max(1, files.size);
    tests += suiteTests;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${xml(system)}" tests="${suiteTests}" failures="${suiteFailures}" errors="0" skipped="0">`, ...cases, '  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="gdpr-scan check" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
