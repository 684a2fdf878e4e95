#!/usr/bin/env node
// Twelfth blind corpus for gdpr-scan — WRITTEN BLIND: the author read only scripts/eval/README.md,
// scripts/eval/{blind,score}.mjs, scripts/eval/lib/{match,normalize}.mjs, the header of blind/tenth.mjs and
// blind/tenth/core.mjs, and imports the seventh set's plumbing (blind/seventh/lib.mjs: Rng, recorder, makers;
// blind/seventh/formats.mjs: file writers; blind/seventh/run-set.mjs: the command line). Never the detectors, rules,
// tests, fixtures, gazetteers or the other blind sets' content; never ran gdpr-scan. Name pools are its own
// (twelfth/names.mjs: Swedish majority; Finnish, Sami, Polish, Bosnian/Serbian/Croatian, Kurdish, Arabic, Persian,
// Somali, Eritrean, Turkish, Greek, Thai, Vietnamese, Chinese, Indian, Chilean, English, German).
//
// Theme: six invented Swedish organisations — a dental clinic chain (tandvard/: patients, guardians of children), a gym
// chain (gym/: members, personal trainers), a travel agency (resebyra/: travellers, co-travellers, passport name order
// SURNAME/GIVEN, GDS print-outs), a newspaper's subscription desk (prenumeration/: subscribers, payers, carriers'
// delivery notes), a bike and e-scooter rental app (uthyrning/: app users, trips, GPS and access logs) and a charity's
// donor service (insamling/: donors, memorial gifts "till minne av", monthly givers). Formats: cp1252 `;` and UTF-8 `,`
// CSV, JSON, NDJSON, mbox, .eml (HTML-only, quoted-printable, base64, forwards with `> ` quotes, signatures), .docx,
// .pdf, .xlsx, .ics, .vcf, chat and SMS logs, call notes, access logs, a .zip. All data is fabricated; the seed string
// is fixed (twelfth/core.mjs).
//
// Labelling conventions (truth.json):
// - truth: names of patients, guardians, children, members, trainers and other staff, travellers and co-travellers,
//   subscribers, payers, neighbours and relatives named in delivery notes, app users, witnesses, donors, the deceased
//   in memorial gifts and the relatives who receive the card; personal e-mail and phone numbers (also an SMS gateway's
//   `46…` numbers without `+`, subtype 'e164-no-plus'); personnummer and samordningsnummer (valid Luhn, invented dates);
//   IPs of customers' devices and connections (RFC 1918 / CGNAT customer addresses: subtype 'private-ip').
//   Given and family name in separate fields of one record → ONE name "First Last" (subtype 'split-joined').
//   Passport order is recorded as written: `NYSTRÖM/VALTER` ('passport-order'), `NYSTROM/VALTER` ('passport-ascii');
//   titles after it (MR/MRS) are not part of the name. Each value is recorded exactly as it appears in the decoded text
//   of its file (mail after MIME decoding, .docx/.xlsx/.pdf as extracted text, .ics/.vcf unfolded).
// - nearMiss: bad-Luhn / impossible-date personnummer ('bad-luhn', 'bad-date'), organisationsnummer, booking references / PNR
//   record locators, flight numbers, passport numbers, member / card / customer / donor / patient numbers, tooth numbers
//   and treatment codes, OCR / invoice / case / trip / vehicle / device ids, card endings, GPS coordinates, IBAN /
//   bankgiro / plusgiro / clearing and account numbers, the organisations' Swish numbers ('swish-org'), SMS short codes
//   and keywords, door codes, versions, dates, amounts, postal codes, role mailboxes, switchboards and 0771/020 numbers
//   ('service-line'), the organisations' own servers and kiosks ('server-ip'), documentation-range IPs, companies /
//   streets / places / hotels named like people, gym class names, lone first names.
//
//   node scripts/eval/blind/twelfth.mjs --out DIR --truth-out FILE [--no-check]
import { SEED, TODAY } from './twelfth/core.mjs';
import { firstOccurrences, runBlindSet } from './seventh/run-set.mjs';
import tandvard from './twelfth/tandvard.mjs';
import gym from './twelfth/gym.mjs';
import resebyra from './twelfth/resebyra.mjs';
import prenumeration from './twelfth/prenumeration.mjs';
import uthyrning from './twelfth/uthyrning.mjs';
import insamling from './twelfth/insamling.mjs';

await runBlindSet({
  name: 'twelfth',
  header: { seed: SEED, today: TODAY, set: 'twelfth' },
  shown: 60,
  build: (C) => {
    for (const build of [tandvard, gym, resebyra, prenumeration, uthyrning, insamling]) build(C);
  },
  // A value written several times in one file is recorded once (the first occurrence keeps its subtype).
  labels: firstOccurrences,
});
