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
  const bySystem = new Map<string, Map<string, Violation[]>>();
  for (const name of systems) bySystem.set(name, new Map());
  for (const v of result.violations) {
    let files = bySystem.get(v.finding.system);
    if (!files) bySystem.set(v.finding.system, (files = new Map()));
    const list = files.get(v.finding.file);
    if (list) list.push(v);
    else files.set(v.finding.file, [v]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [system, files] of [...bySystem].sort(([a], [b]) => a.localeCompare(b))) {
    const cases: string[] = [];
    if (files.size === 0) cases.push(`    <testcase classname="gdpr-scan.${xml(system)}" name="all personal data declared"/>`);
    for (const [file, violations] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const body = violations.map((v) => describeViolation(v, inventory)).join('\n');
      cases.push(
        `    <testcase classname="gdpr-scan.${xml(system)}" name="${xml(file)}">`,
        `      <failure type="undeclared-personal-data" message="${violations.length} undeclared finding${violations.length === 1 ? '' : 's'}">${xml(body)}</failure>`,
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
