import { describe, expect, it } from 'vitest';
import { ipDetector } from '../../src/detect/ip.js';
import { detectAll, runDetectorCases } from '../helpers/detector-cases.js';

// The scanner looks for dots with a quad after them and colons between hex digits; these cases pin down how
// it picks a quad's start inside longer digit runs and how it resumes after a candidate. Public addresses are
// invented; 2001:db8::/32 is the documentation range.
runDetectorCases(ipDetector, {
  valid: [
    { text: '1234.5.6.7', name: 'first part longer than an octet' },
    { text: '1.2.3.4567', name: 'last part longer than an octet' },
    { text: 'a 1.2222.3.4', name: 'middle part longer than an octet' },
    { text: 'T07:47:43Z och 12:34', name: 'ISO timestamp and a time' },
    { text: '[2052-02-28 11:21:28] #61f38c43 SYSTEM: Chatten avslutades. Betyg: 3/5', name: 'chat line' },
    { text: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7; rv:113.0) Gecko/20100101 Firefox/120.0', name: 'user agent' },
  ],
  invalid: [
    {
      text: '[2052-02-28 11:21:28] från 193.106.122.24 (Chrome/120.0.6099.109)',
      matches: [{ value: '193.106.122.24', start: 27, confidence: 'high' }],
    },
    { text: '1234.5.6.7 och 8.8.4.4', matches: [{ value: '8.8.4.4', start: 15 }] },
    { text: 'a 1.2222.3.4 b 9.9.9.9', matches: [{ value: '9.9.9.9', start: 15 }] },
    { text: 'T07:47:43Z och 2001:db8:0:0:0:0:0:1', matches: [{ value: '2001:db8:0:0:0:0:0:1', normalized: '2001:db8::1', confidence: 'low' }] },
    { text: '10:15:30 2a01:79d::7078.', matches: [{ value: '2a01:79d::7078', start: 9 }] },
    { text: 'ip 2A01:079D:0:0:0:0:0:7078', matches: [{ value: '2A01:079D:0:0:0:0:0:7078', normalized: '2a01:79d::7078' }] },
    { text: 'mapped ::ffff:198.51.7.20', matches: [{ value: '::ffff:198.51.7.20', normalized: '::ffff:198.51.7.20' }] },
  ],
});

describe('ip scanner normalisation of compressed IPv6', () => {
  it.each([
    ['2a01:79d:0:0:1:0:0:7078', '2a01:79d::1:0:0:7078'],
    ['0:0:1:0:0:0:0:5', '0:0:1::5'],
    ['2a01:0:0:0:0:0:0:0', '2a01::'],
    ['fe80::0:0:1', 'fe80::1'],
    ['2a01:79d:1:2:3:4:5:6', '2a01:79d:1:2:3:4:5:6'],
  ])('%s is counted as %s', (written, normalized) => {
    expect(detectAll(ipDetector, `adress ${written} ok`).map((m) => m.normalized)).toEqual([normalized]);
  });
});
