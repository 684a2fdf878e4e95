import { describe, expect, it } from 'vitest';
import { checkFindings, type CheckedFinding } from '../../src/policy/check.js';
import { formatCheckTable, type CheckReportContext } from '../../src/report/check.js';
import { finding, inventory, SYSTEM_HEADER } from '../policy/helpers.js';

const INVENTORY = inventory(`version: 1
systems:
  - name: crm
${SYSTEM_HEADER}    categories: [email]
`);
const CTX: CheckReportContext = { color: false, inventory: 'gdpr-inventory.yaml', baseline: undefined, todos: [], partial: false, toolVersion: '0' };
const options = { minConfidence: 'low' as const, keyId: undefined, complete: false };

const ip = (file: string, row: number): CheckedFinding =>
  finding({ category: 'ip', detector: 'ip', masked: '81.224.*.*', file, field: 'IP', location: { kind: 'cell', row, column: 'IP' } });

function table(findings: CheckedFinding[]): string[] {
  return formatCheckTable(checkFindings(findings, INVENTORY, undefined, options), CTX).split('\n');
}

describe('formatCheckTable', () => {
  it('lists a lone failing finding as one sentence with its place', () => {
    const lines = table([ip('crm/a.csv', 2)]);
    expect(lines[0]).toBe('gdpr-scan check: FAILED. 1 of 1 findings are not declared:');
    expect(lines).toContain('  crm (1 finding at 1 place)');
    expect(lines).toContain(
      '    ✗ IP address 81.224.*.* (high confidence) at crm/a.csv, row 2, column IP: ip is not declared for system "crm" in gdpr-inventory.yaml.',
    );
  });

  it('gives a place with many failing findings one line with the count, the first finding shown', () => {
    const findings = [ip('crm/a.csv', 2), ip('crm/a.csv', 3), ip('crm/a.csv', 4), ip('crm/b.csv', 9)];
    const failing = table(findings).filter((line) => line.includes('✗'));
    expect(failing).toEqual([
      '    ✗ IP address 81.224.*.* (high confidence) at crm/a.csv, row 2, column IP, and 2 more in this field: ip is not declared for system "crm" in gdpr-inventory.yaml.',
      '    ✗ IP address 81.224.*.* (high confidence) at crm/b.csv, row 9, column IP: ip is not declared for system "crm" in gdpr-inventory.yaml.',
    ]);
    expect(table(findings)).toContain('  crm (4 findings at 2 places)');
  });

  it('says "file" for findings in free text, which have no field', () => {
    const text = (line: number) => finding({ category: 'ip', detector: 'ip', masked: '81.224.*.*', file: 'crm/notes.txt', field: undefined, location: { kind: 'line', line } });
    expect(table([text(1), text(5)]).some((line) => line.includes('crm/notes.txt, line 1, and 1 more in this file: ip is not declared'))).toBe(true);
  });

  it('lists at most 50 places and sums up the rest, system by system', () => {
    const findings = [
      ...Array.from({ length: 60 }, (_, i) => [ip(`crm/f${String(i).padStart(2, '0')}.csv`, 2), ip(`crm/f${String(i).padStart(2, '0')}.csv`, 3)]).flat(),
      finding({ system: 'helpdesk', file: 'helpdesk/t.json', field: 'email', location: { kind: 'json', record: 1, path: 'email' } }),
    ];
    const lines = table(findings);
    expect(lines.filter((line) => line.includes('✗'))).toHaveLength(50);
    expect(lines).toContain('  crm (120 findings at 60 places)');
    // helpdesk has no place among the first 50: no empty heading for it.
    expect(lines.some((line) => line.startsWith('  helpdesk'))).toBe(false);
    expect(lines).toContain('    … 11 more places with 21 findings in crm, helpdesk (use --format json or sarif for the full list)');
  });
});
