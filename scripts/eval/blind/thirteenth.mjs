#!/usr/bin/env node
// Thirteenth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/twelfth.mjs and
// blind/twelfth/core.mjs, and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder, makers;
// blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line; blind/seventh/mk.mjs was read but
// is not used). Never the detectors, rules, tests, fixtures, gazetteers, the repository README or the other blind sets'
// content; never ran gdpr-scan. Name pools are its own (thirteenth/names.mjs: Swedish majority with middle names,
// hyphenated and double family names and particles; Finnish, Arabic, Somali, Persian, Kurdish, Bosnian, Polish,
// Tigrinya, Turkish, Thai, Chinese, Ukrainian, Spanish, Greek, Vietnamese, English, Afghan, Indian).
//
// Theme: six invented Swedish organisations' customer-service exports — a municipality's social services and
// försörjningsstöd contact centre (soc/: applicants, household members, children, god man / förvaltare, LSS, journal
// notes, decision letters), an insurer's home, car and pet claims desk (forsakring/: policyholders, drivers,
// counterparties, witnesses, neighbours, vets, workshops' staff, handlers), an employer's HR service desk (hr/: staff,
// managers, next of kin, children in VAB notes, references, recruiters), an optician chain (optiker/: customers,
// children, opticians, SMS reminders, customer club), a security company's alarm centre (larm/: owners, key holders
// with phone trees, operators, guards, card holders in access logs, app users) and an auction house (auktion/:
// bidders, consignors, buyers, people authorised to pick up, the deceased and their heirs, executors).
// Formats: cp1252 `;` CRLF CSV, UTF-8 `,` CSV, UTF-8 with BOM, tab-separated, all-quoted CSV, quoted multi-line cells,
// JSON and NDJSON API dumps (nested objects and arrays), XML exports, mbox (quoted-printable, base64, 8bit, HTML-only,
// encoded-word headers, forwards, `> ` quoted replies, signatures with title and phone), single .eml, .docx (tables,
// values split over runs), .pdf, multi-sheet .xlsx, .ics and .vcf (folded), plain-text logs (alarm log, SMS gateway,
// combined access log), sloppy lower-case notes, call transcripts, chat exports (Teams-like text, Slack-like JSON,
// live chat) and a .zip (notes, CSV, .eml). All data is fabricated; the seed string is fixed (thirteenth/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of all private persons — customers, applicants, household members, children, relatives, god man /
//   förvaltare, witnesses, counterparties, neighbours, staff / handlers / operators / guards / opticians, key holders,
//   card holders, bidders, consignors, heirs, the deceased, executors, recruiters and references — wherever they are
//   written (columns, running text, headers' display names, signatures, chat speaker labels, log lines, ics CN, vCard FN,
//   docx creator). Personal e-mail addresses (also staff's own firstname.lastname@ work addresses, subtype
//   'work-personal'), personal phone numbers (all Swedish styles, also `46…` without `+` in SMS gateway logs and phone
//   columns, subtype '*-e164-no-plus'; foreign numbers), personnummer and samordningsnummer (valid Luhn, invented dates;
//   `+` for 100 years and older), customers' IPs (public, IPv6; RFC 1918 / CGNAT customer addresses: subtype
//   'private-ip'). Given and family name in separate fields of one record → ONE name "First Last" (subtype
//   'split-joined'). Each value is recorded exactly as it appears in the decoded text of its file (mail after MIME
//   decoding, HTML as text, .docx/.xlsx/.pdf as extracted text, .ics/.vcf unfolded, the .zip's members); a handler
//   written "Efternamn Förnamn" without a comma is recorded so ('surname-first-nocomma'). Subtypes say how a value is
//   written ('lower', 'caps', 'surname-first', 'caps-surname-first', 'initial', 'chat-speaker', 'log-user',
//   'assigned-to', 'signature', 'header-display', 'running-text', 'self-intro-lower', 'ics-cn', 'vcard-fn', …).
// - nearMiss: bad-Luhn / impossible-date personnummer, organisationsnummer, case / claim / policy / ticket / booking /
//   alarm / object / report / call / lot / consignment / customer / member / employee numbers, paddle numbers, card ids,
//   panel ids, chip numbers, police report numbers, registration plates, OCR / receipt / account / bankgiro / IBAN,
//   amounts, dates, postcodes, prescription values, licence numbers, code words, SMS short codes, `46…` message ids
//   without a phone label ('id-46'), role mailboxes (kundtjanst@, larm@, …), switchboards, store phones and 020/0771
//   service lines, the organisations' own servers and door controllers ('server-ip', 'controller-ip'), documentation-range
//   IPs, user handles (`op=mlundin`), signature codes, companies / streets / places named like people (`Anna Lindhs
//   plats`, `Karl Johans Bil AB`), artists, designers and brands in item descriptions and frames ('artist-or-brand':
//   `Georg Jensen`, `Tom Ford`), sitters in artwork titles ('artwork-subject': `Porträtt av Gustav Vasa`), pet names,
//   `Villa <Efternamn>` object labels, organisation display names, lone first names (`Hej Anna,`) and lower-case words
//   that are also names (`per post`, `bo kvar`).
//
//   node scripts/eval/blind/thirteenth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './thirteenth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import socialtjanst from './thirteenth/socialtjanst.mjs';
import forsakring from './thirteenth/forsakring.mjs';
import hr from './thirteenth/hr.mjs';
import optiker from './thirteenth/optiker.mjs';
import larm from './thirteenth/larm.mjs';
import auktion from './thirteenth/auktion.mjs';

await runBlindSet({
  name: 'thirteenth',
  header: { seed: SEED, today: TODAY, set: 'thirteenth' },
  shown: 60,
  build: (C) => {
    for (const build of [socialtjanst, forsakring, hr, optiker, larm, auktion]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
