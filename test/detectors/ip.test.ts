import { describe, expect, it } from 'vitest';
import { ipDetector } from '../../src/detect/ip.js';
import { detectAll, runDetectorCases } from '../helpers/detector-cases.js';

// Public addresses below are invented; 192.0.2.0/24 and 2001:db8::/32 are the documentation ranges.
runDetectorCases(ipDetector, {
  valid: [
    'localhost 127.0.0.1 och 0.0.0.0',
    '::1',
    'lyssnar på :: port 80',
    'nätmask 255.255.255.0, broadcast 255.255.255.255',
    'multicast 224.0.0.251 och ff02::fb',
    'Version v2.14.3 och 10.0.19045.2965',
    'uppdatera BankID-appen till senaste versionen (4.7.5.102)',
    // A key=value or JSON field whose key ends in a version word.
    'user_id=u_204fdc0990 app_version=5.10.0.183',
    'build: 7.3.1.2207',
    '"appVersion": "4.12.3.1"',
    'clientVersion="5.1.2.3"',
    'os_ver=10.0.19045.1',
    // A JSON or XML field, or a column, named for a version.
    { text: '5.11.0.171', field: 'appVersion', name: 'a version field' },
    { text: '5.1.2.3', field: 'App version', name: 'a version column' },
    // An app's, SDK's or OS's short key in a device record holds its version.
    '"device":{"model":"iPhone14,5","app":"3.1.2.141"}',
    { text: '3.1.2.141', field: 'device.app', name: 'an app field of a device record' },
    'os=10.0.19045.3570 sdk: 4.2.0.11',
    // Networks, not devices: a `.0` address, a CIDR block.
    'First Subnet 10.30.16.0',
    'route 192.168.12.0/24 via gw',
    'route 85.24.12.128/25 via gw',
    'Mozilla/5.0 Chrome/120.0.6099.109 Safari/537.36',
    'Safari Version/17.1.2.4 Mobile',
    'firmware 1.2.3.4',
    // The newest version, right after its word.
    'sysupgrade: running firmware 5.20.9.100, latest 1.10.3.28',
    'senaste 2.4.1.7 installerad',
    'app v1.2.3.4',
    'OID 1.3.6.1.4.1.311.21.8',
    'OID 1.3.6.1',
    'octets 256.1.2.3 och 1.2.3.999',
    'nollor 010.001.002.003',
    '1.2.3.4.5',
    'x1.2.3.4',
    'pkg-1.2.3.4',
    'kl 10:15:30 och 12:34:56.789',
    'MAC 00:1a:2b:3c:4d:5e',
    'std::vector<int> och dead::beef',
    'a:b:c',
    'sektion 3.2.1',
  ],
  invalid: [
    // Near miss of the word before the newest version: a label further back names an address.
    { text: 'Senaste IP: 85.226.14.3', matches: [{ value: '85.226.14.3' }] },
    { text: 'latest login from 85.226.14.3', matches: [{ value: '85.226.14.3' }] },
    {
      text: 'Besökare från 81.234.56.78 loggade in',
      matches: [{ value: '81.234.56.78', normalized: '81.234.56.78', confidence: 'high', subtype: 'public', reasons: ['ipv4', 'range:public'] }],
    },
    { text: 'ip=192.168.1.20;', matches: [{ value: '192.168.1.20', subtype: 'private', confidence: 'medium' }] },
    // Keys that only end in the letters of a version word are no version keys.
    { text: 'Server: 81.2.3.4', matches: [{ value: '81.2.3.4' }] },
    { text: 'driver=81.2.3.4 observer: 81.2.3.5', matches: [{ value: '81.2.3.4' }, { value: '81.2.3.5' }] },
    // Keys that only end in `app` or `os` as letters of a longer word: `whatsapp`, `pos`, `cos`.
    { text: 'whatsapp=81.2.3.6 pos: 81.2.3.7', matches: [{ value: '81.2.3.6' }, { value: '81.2.3.7' }] },
    { text: '"device":{"app":"3.1.2.141","ip":"100.105.214.193"}', matches: [{ value: '100.105.214.193' }] },
    { text: '192.168.1.20', field: 'client_ip', matches: [{ value: '192.168.1.20', confidence: 'high', reasons: ['column:ip'] }] },
    { text: 'NAT 100.72.1.9', matches: [{ value: '100.72.1.9', subtype: 'shared' }] },
    { text: '10.0.0.1-10.0.0.255', matches: [{ value: '10.0.0.1' }, { value: '10.0.0.255', start: 9 }] },
    { text: 'Remote:172.16.5.4', matches: [{ value: '172.16.5.4', subtype: 'private' }] },
    { text: 'http://94.12.3.4/login', matches: [{ value: '94.12.3.4' }] },
    { text: 'från 94.12.3.4.', matches: [{ value: '94.12.3.4' }] },
    // A network (`78.1.2.0/24`) is no device's address; a block of one address is.
    { text: '94.12.3.4:8080 och 78.1.2.0/24', matches: [{ value: '94.12.3.4' }] },
    { text: 'blockera 85.24.12.9/32 i brandväggen', matches: [{ value: '85.24.12.9' }] },
    { text: 'exempel 192.0.2.15', matches: [{ value: '192.0.2.15', subtype: 'documentation', confidence: 'low' }] },
    { text: 'APIPA 169.254.10.20', matches: [{ value: '169.254.10.20', subtype: 'link-local' }] },
    {
      text: 'klient 2a02:aa1:1004:2f3c:9d1:0:0:7',
      matches: [{ value: '2a02:aa1:1004:2f3c:9d1:0:0:7', normalized: '2a02:aa1:1004:2f3c:9d1::7', subtype: 'public', reasons: ['ipv6'] }],
    },
    { text: 'IPv6 2A02:0AA1:0000:0000:0000:0000:0000:0001', matches: [{ value: '2A02:0AA1:0000:0000:0000:0000:0000:0001', normalized: '2a02:aa1::1' }] },
    { text: '2001:9b0:5a::1e', matches: [{ value: '2001:9b0:5a::1e', normalized: '2001:9b0:5a::1e' }] },
    { text: '2001:db8:0:0:1:0:0:1', matches: [{ value: '2001:db8:0:0:1:0:0:1', normalized: '2001:db8::1:0:0:1', subtype: 'documentation' }] },
    { text: '2001:db8:0:1:1:1:1:1', matches: [{ value: '2001:db8:0:1:1:1:1:1', normalized: '2001:db8:0:1:1:1:1:1' }] },
    { text: 'länk fe80::1ff:fe23:4567:890a%eth0', matches: [{ value: 'fe80::1ff:fe23:4567:890a', subtype: 'link-local' }] },
    { text: 'ULA fd12:3456:789a:1::1', matches: [{ value: 'fd12:3456:789a:1::1', subtype: 'private' }] },
    { text: '[2a00:801::12]:443', matches: [{ value: '2a00:801::12' }] },
    { text: 'address:fe80::1', matches: [{ value: 'fe80::1' }] },
    { text: 'Remote:2a05:d014::5', matches: [{ value: '2a05:d014::5' }] },
    { text: 'från 2a05:d014::5.', matches: [{ value: '2a05:d014::5' }] },
    {
      text: 'mappad ::ffff:81.234.56.78 slut',
      matches: [{ value: '::ffff:81.234.56.78', normalized: '::ffff:81.234.56.78', subtype: 'public' }],
    },
    { text: '::FFFF:192.168.0.4', matches: [{ value: '::FFFF:192.168.0.4', normalized: '::ffff:192.168.0.4', subtype: 'private' }] },
    {
      text: '[2024-03-12 10:05:07] #4711 visitor 2001:6b0:1::4 / 85.1.2.3 UA Chrome/120.0.6099.109',
      matches: [{ value: '2001:6b0:1::4' }, { value: '85.1.2.3' }],
    },
  ],
});

describe('ip in a large segment', () => {
  it('finds addresses by offset in a long log', () => {
    const line = '[2024-03-12 10:05:07] Mozilla/5.0 (Windows NT 10.0) Chrome/120.0.6099.109 v2.14.3 OID 1.3.6.1.4.1\n';
    const text = `${line.repeat(10_000)}ip 95.4.3.2\n`;
    const found = detectAll(ipDetector, text);
    expect(found.map((m) => [m.start, m.value])).toEqual([[line.length * 10_000 + 3, '95.4.3.2']]);
  });
});
