#!/usr/bin/env node
// Fifteenth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/fourteenth.mjs and
// blind/fourteenth/core.mjs (as a model), and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder,
// makers; blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line). Never the detectors,
// rules, tests, fixtures, gazetteers, the repository README, docs or the other blind sets' organisation modules;
// never ran gdpr-scan. Name pools are its own (fifteenth/names.mjs, 27 origins: Swedish majority with middle names,
// hyphens and particles af / von / de; Finnish, Norwegian, Danish, Icelandic, Sami, Arabic, Somali, Persian, Dari,
// Kurdish, Bosnian, Polish, Tigrinya, Turkish, Vietnamese, Chinese, Ukrainian, Spanish, Thai, Hungarian, Amharic,
// Russian, English, German, Lithuanian).
//
// Theme: six invented Swedish organisations — an interpreter booking agency (tolk/: bookings as cp1252 CSV with
// title lines, interpreter register .xlsx, booking confirmations mbox, invoices .pdf, interpreters' .ics calendar and
// vCards, complaint log .md, booking API NDJSON, assignment reports .docx, telephone-interpreting platform log, a
// quarterly .zip with a .zip inside), a municipal guardianship office (overformyndare/: case list CSV with quoted
// multi-line notes, annual accounts .xlsx, letters .docx, decisions .pdf, office mbox with forwards and a CSV
// attachment, a bank's HTML-only .eml, telephone notes, the case system's XML, an HTML list of gode män, a training
// .ics, e-service JSON and access log), a mobile operator (mobil/: number porting cp1252 CSV, call detail records,
// SIM-swap audit log, SMS gateway log, Freshdesk-shaped JSON, web chat transcripts, mbox, shops' .xlsx, corporate
// agreement .docx, invoice specification .pdf, a customer's contact backup .vcf, Teams export, NPS TSV), an
// e-scooter rental app (svepa/: app events NDJSON, parking fines BOM CSV, Intercom-shaped JSON, incident reports
// .docx, police request answer .pdf, complaints mbox, saved admin HTML, admin access log, user export .xlsx, SMS
// verification log, field notes .md, app store reviews CSV), a crypto / payments app's KYC and AML desk (valv/: KYC
// queue cp1252 CSV, ID-check JSON with MRZ lines, auth log, on-chain withdrawals CSV, FIU report .docx, Slack export,
// support mbox, Zendesk CSV, source-of-funds .pdf, high-risk .xlsx, deposit webhooks NDJSON, speech-to-text call
// transcripts) and a Nordic cross-border customer service (norden/: CRM CSV of NO/DK/FI/IS/SE customers, tickets in
// five languages JSON, a WhatsApp export, mbox, Danish returns TSV, credit-check XML, deliveries .xlsx per country,
// partner vCards, team leader's notes .md, SMS notification log).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV (quoted multi-line cells, quote-all), UTF-8 BOM CSV, title lines above
// headers, TSV, JSON, NDJSON, XML, HTML, Markdown, mbox and .eml (quoted-printable, base64, 8bit, encoded-word headers
// Q and B, HTML alternatives, HTML-only, quoted replies, forwards, signatures, CSV attachments), .docx, .pdf, .xlsx
// with several sheets, .ics and .vcf (folded; vCard 2.1, 3.0, 4.0), access / app / SMS / audit logs, chat transcripts,
// sloppy notes, .zip (nested). All data is fabricated; the seed string is fixed (fifteenth/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — customers, clients, principals (huvudmän), gode män / förvaltare,
//   relatives, heirs, neighbours, witnesses, injured people, interpreters, caseworkers of the ordering organisations,
//   police officers, bank officers, partners' contact persons, and the organisations' own staff (staff are truth:
//   subtype 'staff', 'signature', 'chat-speaker', 'log-user', 'docx-creator', 'xlsx-creator', 'ics-cn', 'vcard-fn');
//   personal e-mail addresses, named work addresses of staff ('staff-work') and of other organisations' employees
//   ('work'); personal phones, staff direct lines ('staff-direct'), foreign numbers ('foreign-no', 'foreign-dk',
//   'foreign-fi', …; always written with `+` or `00`); Swedish personnummer and samordningsnummer in every style
//   (valid Luhn, invented dates; born before 1926 with `+` or with the century); customers' IPs, IPv4 and IPv6
//   (customer RFC 1918 / CGNAT addresses are truth, subtype 'private-ip').
//   Given and family name in separate fields of one record (CSV / XLSX columns, JSON or XML fields) → ONE name
//   "Given Family" (subtype 'split-joined'); a name written out elsewhere in the same file is recorded as written.
//   Gateway and CDR numbers `46…` without `+` are phones ('mobile-e164-no-plus'). An address in an access log's query
//   string is truth ('query-string'). Each value is recorded exactly as it appears in the decoded text
//   of its file (mail after MIME decoding, .docx / .xlsx / .pdf as extracted text, .ics / .vcf unfolded, HTML without
//   tags and with entities decoded). A value written several times in one file is recorded once.
//   Name subtypes say the style: 'full', 'middle-name', 'caps', 'lower', 'surname-first', 'surname-first-caps',
//   'surname-first-nocomma', 'running-text', 'header-display', 'quoted', 'forwarded', 'mention', 'bank-text',
//   'list-match', 'letter-address', 'officer', 'html-part'.
// - nearMiss: Norwegian fødselsnummer, Danish CPR numbers, Finnish henkilötunnus and Icelandic kennitala (NOT Swedish
//   personnummer, although a CPR number has the 6+4 shape: none of them passes a Swedish date / Luhn check),
//   bad-Luhn and impossible-date personnummer, masked personnummer (`19850312-XXXX`), organisationsnummer, Norwegian
//   org.nr, Danish CVR, Finnish Y-tunnus, VAT numbers; IMEI, ICCID, IMSI, PUK and one-time codes, cell ids, SMS
//   ids; wallet addresses (bc1…, 0x…), transaction hashes, passport / document numbers and MRZ lines (an MRZ's
//   `SURNAME<<GIVEN` is not labelled as a name); GPS positions; app / build versions shaped like IPv4 (`4.12.0.312`,
//   kind 'version', category ip); booking, case, court-case, property-designation, interpreter, customer, invoice,
//   OCR, order, tracking, return, fine, ride, vehicle, incident, police-report, claim, credit-reference and contract
//   numbers; clearing, account, IBAN, bankgiro; dates, amounts, postcodes; short numbers (112, 11414, 72456) and
//   SMS sender ids; the organisations' switchboards and 0771 / 020 service lines (near-misses, never truth); role
//   mailboxes (bokning@, overformyndaren@, kundservice@, support@, no-reply@ of banks and operators); the
//   organisations' own servers ('server-ip'); streets, squares, churches, rooms, pickup points, companies and places
//   named like people (`Anna Lindhs plats`, `Olof Palmes gata`, `Karl Johans gate`, `Gustav Adolfs torg`, `Sankt
//   Eriksplan`, `Selma Lagerlöf` as a room, `Lindqvist Bygg AB`, `Kiwi Majorstuen`); lone first names (`Hej Anna,`,
//   a chat agent's first name), surnames alone (`familjen Nyberg`), initials (`A.H.`), usernames and handles, contact
//   nicknames (`Mamma`), lower-case words after labels.
//
//   node scripts/eval/blind/fifteenth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './fifteenth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import tolk from './fifteenth/tolk.mjs';
import overformyndare from './fifteenth/overformyndare.mjs';
import mobil from './fifteenth/mobil.mjs';
import svepa from './fifteenth/svepa.mjs';
import valv from './fifteenth/valv.mjs';
import norden from './fifteenth/norden.mjs';

await runBlindSet({
  name: 'fifteenth',
  header: { seed: SEED, today: TODAY, set: 'fifteenth' },
  shown: 60,
  build: (C) => {
    for (const build of [tolk, overformyndare, mobil, svepa, valv, norden]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
