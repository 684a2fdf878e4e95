#!/usr/bin/env node
// Twentieth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model of structure and labelling), and imports the seventh set's plumbing
// (blind/seventh/lib.mjs: Rng, recorder, makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs:
// the command line). Never the detectors, rules, tests, fixtures, gazetteers, the repository README, docs or the other
// blind sets' organisation files and name lists; never ran gdpr-scan, git or npm. Name pools are its own
// (twentieth/names.mjs: Swedish majority with middle names, hyphenated given names, double family names and
// particles af/von/de; Finnish, Sami, Arabic, Somali, Persian, Kurdish, Bosnian/Serbian, Polish, Tigrinya, Turkish,
// Vietnamese, Chinese, Ukrainian, Spanish/Chilean, Thai, Hungarian, Greek, Estonian, English/Irish, Lithuanian,
// Icelandic). Checked again after writing with an independent Python decode (email/mbox parser, zipfile, OOXML and
// PDF text extraction): every truth value occurs in its file's decoded text.
//
// Theme: six invented Swedish organisations —
// - forsamling/: a Church of Sweden parish office — baptism bookings (cp1252 `;` CSV with a title line: child in
//   split fields, guardians, godparents, officiant, hymns), confirmands workbook (3 sheets), wedding bookings JSON
//   (parties, witnesses, banns certificates), parish register extracts (.pdf), the office mbox (parents, couples,
//   relatives of the deceased; quoted replies), two HTML-only confirmations, funeral call notes written fast, premises
//   calendar (.ics), church wardens' vCards, web form NDJSON with client IPs, parish council minutes (.docx),
//   deacon's Markdown notes, an archive .zip with a zip inside.
// - blod/: a regional blood donation centre — donor register (UTF-8 BOM CSV, multi-line cells), SMS gateway log
//   (`46…` numbers), bookings TSV, donation records per site (.xlsx), deferral notes, donor portal access log,
//   donor-service mbox (Swedish and English), Intercom export, thank-you letters (.pdf), recruitment event page
//   (.html), Jira Service Management CSV, staff Teams chat (Graph JSON), adverse-reaction report (.docx).
// - sol/: a solar-panel installer with green-tech/ROT deductions — HubSpot deals CSV, ROT basis (cp1252, title
//   lines, owners and co-owners), installers' field reports (.md), inverter monitoring NDJSON (home WAN and LAN
//   addresses, MACs, serials), customer portal log, customer mbox with a CSV attachment, quotes (.docx), grid
//   notifications (.xml), Freshdesk tickets, project workbook, call notes, invoices (.pdf), installers' WhatsApp.
// - kontor/: a coworking / office-hotel operator — member export, door access log with card ids, visitor sign-in
//   NDJSON, wifi captive-portal/DHCP/firewall log, meeting-room .ics, a Slack channel export, ServiceNow incidents,
//   reception mbox (HTML alternatives, a forward), membership agreement (.docx), billing workbook, vCards, member
//   directory (.html), parcel log (TSV).
// - skid/: a ski resort — lift-card sales (cp1252 CSV), ski school groups of children with guardians (.xlsx),
//   rental contracts (TSV), ski patrol incident reports in Swedish and English (.txt and .json), patrol radio log,
//   guest-service mbox, instructors' WhatsApp (iOS format), an HTML-only booking confirmation, web-shop orders
//   (NDJSON, arrays of guests), staff schedule (.pdf), lost and found (.md).
// - redovisning/: an accounting bureau doing private tax returns — client register with spouses (cp1252 CSV), K4
//   basis workbook, two bank statements with Swish lines, client mbox with CSV attachments, powers of attorney
//   (.docx), a returns summary (.pdf), Jira JSON export, call notes, a K5 XML export, client portal JSON log, an
//   archive .zip with a zip inside.
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV (quoted multi-line cells, quote-all), UTF-8 BOM CSV, title lines above
// headers, TSV, JSON, NDJSON, XML, HTML, Markdown, mbox and .eml (quoted-printable, base64, 8bit, encoded-word headers
// Q and B, HTML alternatives, HTML-only, `> ` quoted replies, a forward, signatures, CSV attachments), .docx, .pdf,
// .xlsx with several sheets, .ics and .vcf (folded), access/app/SMS/radio/wifi logs, chat exports, sloppy notes, .zip.
// All data is fabricated; the seed string is fixed (twentieth/core.mjs); the output is byte-deterministic.
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — customers, donors, members, guests, visitors, children, guardians,
//   godparents, witnesses, couples, the deceased and their relatives, co-owners, spouses, buyers, neighbours, injured
//   guests and companions, AND the organisations' staff (officiants, nurses, installers, receptionists, instructors,
//   patrollers, consultants; subtype 'staff' where written plainly). Personal e-mail addresses, members' and staff's
//   named work addresses ('work', 'staff-work'); personal phones in every style, staff's direct lines and mobiles
//   ('staff-direct', 'staff-mobile'), foreign numbers ('foreign'), SMS-gateway numbers without `+` ('mobile-e164-no-
//   plus'), WhatsApp speakers shown as numbers; personnummer and samordningsnummer in every style (valid Luhn,
//   invented dates; born before 1926 with `+` or the century); IPs assigned to a person's connection or device,
//   public, IPv6, CGNAT and RFC 1918 alike (subtype 'private-ip': members' laptops on the coworking wifi, inverters
//   on a customer's home LAN).
//   Given and family name in separate fields of one record → ONE name "Given Family" (subtype 'split-joined'; the
//   given name includes a middle name when there is one). Each value is recorded exactly as it appears in the decoded
//   text of its file (mail after MIME decoding, .docx/.xlsx/.pdf as extracted text, .ics/.vcf unfolded), once per file
//   (first occurrence keeps its subtype). Subtypes say the style or place: 'full', 'middle-name', 'caps', 'lower',
//   'surname-first', 'surname-first-caps', 'surname-first-nocomma', 'running-text', 'header-display', 'signature',
//   'chat-speaker', 'ics-cn', 'vcard-fn', 'docx-creator', 'xlsx-creator', 'deceased', phone styles ('mobile-grouped',
//   'mobile-slash', 'mobile-dots', 'landline-0046', …), 'pnr-*', 'samordningsnummer', 'centenarian-plus'.
//   No truth name is written with a genitive `s`. Names lower-cased by a sloppy writer are recorded lower-case.
// - nearMiss: bad-Luhn and impossible-date personnummer, masked personnummer (`19800101-XXXX`), organisationsnummer,
//   the organisations' switchboards and 0771/020 service lines, role mailboxes (info@, noreply@, ekonomi@ of member
//   firms), .ics UIDs shaped like addresses ('ics-uid'), the organisations' servers ('server-ip') and own devices
//   (door controllers, access points, printers: 'own-device-ip'), MAC addresses, staff initials (`KE`), lone first
//   names (`Hej Tyra!`, SMS greetings, chat display names), a surname alone, lower-case words after labels
//   (`Kund: ny kund`), `kundtjänst här`, name-like Swedish words (`Per månad`, `Bo i`), churches, streets, places,
//   lifts, slopes, rooms, products and companies named like people (`Gustav Vasa kyrka`, `Anna Lindhs plats`,
//   `Per-Olofs backe`, `Rum Greta`, `Jan Ek Revision KB`), hymn numbers, booking / case / ticket / invoice / OCR /
//   order / contract / receipt / client / member / donor ids, donation numbers, Hb values, blood groups, blood
//   pressure, card and keycard numbers, serials, firmware, GSRN meter ids, property designations, clearing / account
//   / IBAN / BIC / bankgiro, tracking numbers, passport and policy numbers, GPS positions, door codes, dates, amounts,
//   postcodes, streets.
//
//   node scripts/eval/blind/twentieth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './twentieth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import forsamling from './twentieth/forsamling.mjs';
import blod from './twentieth/blod.mjs';
import sol from './twentieth/sol.mjs';
import kontor from './twentieth/kontor.mjs';
import skid from './twentieth/skid.mjs';
import redovisning from './twentieth/redovisning.mjs';

await runBlindSet({
  name: 'twentieth',
  header: { seed: SEED, today: TODAY, set: 'twentieth' },
  shown: 60,
  build: (C) => {
    for (const build of [forsamling, blod, sol, kontor, skid, redovisning]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
