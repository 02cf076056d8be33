import * as generated from '../../generated/submission-validator.js';
import type { SchemaError } from './schema-check.js';

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Checks a package's submission.json; kept apart so `draft validate` never loads this validator. */
export function checkSubmissionSchema(data: unknown): SchemaError[] {
  const validate = (generated as unknown as { validateSubmission: Validator }).validateSubmission;
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
