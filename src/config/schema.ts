import { z } from 'zod';

/** gdpr-scan.config.yaml: how to map paths to systems and how to scan. Unknown keys are errors (typos). */
export const configSchema = z
  .object({
    systems: z
      .array(
        z
          .object({
            name: z.string().min(1, 'a system needs a name'),
            paths: z.array(z.string().min(1)).min(1, 'list at least one glob under "paths"'),
            description: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
    exclude: z.array(z.string().min(1)).optional(),
    minConfidence: z.enum(['low', 'medium', 'high']).optional(),
    maxFileSize: z.union([z.number().int().positive(), z.string().regex(/^\s*\d+(\.\d+)?\s*[kmgt]?i?b?\s*$/i, 'a size such as 500MiB or 2GiB')]).optional(),
    fileTimeout: z.number().positive().optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
