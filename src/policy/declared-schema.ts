import { z } from 'zod';
import { CATEGORIES } from '../detect/types.js';

/** GDPR Art. 6(1)(a)–(f), as stable kebab-case strings. */
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;

/** Chapter V safeguards for a transfer outside the EU/EEA (Art. 45, 46(2), 47, 49). */
export const TRANSFER_SAFEGUARDS = [
  'adequacy-decision',
  'standard-contractual-clauses',
  'binding-corporate-rules',
  'code-of-conduct',
  'certification',
  'derogation',
] as const;

/** The marker `init` writes where a person has to fill something in. */
export const TODO_MARKER = 'TODO';

/** ISO-8601 duration (`P3Y`, `P18M`, `P1Y6M`, `P30D`), or free text such as "until the contract ends + 7 years". */
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/;

const text = z.string().trim().min(1, 'must not be empty');
const globList = z.array(text).min(1, 'list at least one glob, or leave the key out');

const declaredCategory = z.union([
  z.enum(CATEGORIES, { message: `expected one of: ${CATEGORIES.join(', ')}` }),
  z
    .object({
      category: z.enum(CATEGORIES, { message: `expected one of: ${CATEGORIES.join(', ')}` }),
      paths: globList.optional(),
      fields: globList.optional(),
      note: z.string().optional(),
    })
    .strict(),
]);

const processor = z.union([
  text,
  z.object({ name: text, country: text.optional(), dpa: z.boolean().optional(), note: z.string().optional() }).strict(),
]);

const transfer = z
  .object({
    country: text,
    safeguard: z.enum(TRANSFER_SAFEGUARDS, { message: `expected one of: ${TRANSFER_SAFEGUARDS.join(', ')}` }),
    recipient: text.optional(),
    note: z.string().optional(),
  })
  .strict();

const retention = text.refine((value) => value === value.toUpperCase() && value.startsWith('P') ? ISO_DURATION.test(value) : true, {
  message: 'looks like an ISO-8601 duration but is not one (e.g. P3Y, P18M, P1Y6M, P30D)',
});

const declaredSystem = z
  .object({
    name: text,
    description: z.string().optional(),
    purpose: text,
    legalBasis: z.union([z.enum(LEGAL_BASES, { message: `expected one of: ${LEGAL_BASES.join(', ')}` }), z.literal(TODO_MARKER)]),
    dataSubjects: z.array(text).min(1, 'name at least one category of data subjects (e.g. customers)'),
    categories: z.array(declaredCategory),
    retention,
    recipients: z.array(text).optional(),
    processors: z.array(processor).optional(),
    transfersOutsideEEA: z.array(transfer).optional(),
  })
  .strict();

/** `gdpr-inventory.yaml`: the declared record of processing (GDPR Art. 30), one entry per system. */
export const declaredInventorySchema = z
  .object({
    version: z.literal(1, { message: 'expected version: 1' }),
    controller: z.string().optional(),
    systems: z.array(declaredSystem).superRefine((systems, ctx) => {
      const seen = new Set<string>();
      systems.forEach((system, index) => {
        if (seen.has(system.name)) ctx.addIssue({ code: 'custom', message: `system "${system.name}" is declared twice`, path: [index, 'name'] });
        seen.add(system.name);
      });
    }),
  })
  .strict();
