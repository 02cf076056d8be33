import * as generated from '../generated/validators.js';

/** The subset of an ajv error this project reads. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

const validators = generated as unknown as Record<string, Validator>;

function run(name: string, data: unknown): SchemaError[] {
  const validate = validators[name];
  if (!validate) throw new Error(`validator ${name} was not generated; run npm run build`);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

export const checkDraftSchema = (data: unknown): SchemaError[] => run('validateDraft', data);
export const checkConfigSchema = (data: unknown): SchemaError[] => run('validateConfig', data);
export const checkSubmissionSchema = (data: unknown): SchemaError[] => run('validateSubmission', data);
