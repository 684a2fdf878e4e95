import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv-draft-04';

// A CommonJS package: under NodeNext its default import is the module object, whose `default` is the class.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;

/** The OASIS SARIF 2.1.0 schema copied into the repository (see test/vectors/sarif/README.md). */
export const LOCAL_SARIF_SCHEMA = fileURLToPath(new URL('../vectors/sarif/sarif-schema-2.1.0.json', import.meta.url));

/** Validates a SARIF log against the schema (JSON Schema draft-04); returns the errors as readable strings. */
export function sarifErrors(sarif: unknown, schemaPath = LOCAL_SARIF_SCHEMA): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  return validate(sarif) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
