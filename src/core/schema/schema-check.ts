import * as generated from '../../generated/validators.js';

/** The subset of an ajv error this project reads. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

function run(validate: Validator | undefined, data: unknown): SchemaError[] {
  if (!validate) throw new Error('a schema validator was not generated; run npm run build');
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

const validators = generated as unknown as Record<string, Validator>;

export const checkDraftSchema = (data: unknown): SchemaError[] => run(validators.validateDraft, data);
export const checkConfigSchema = (data: unknown): SchemaError[] => run(validators.validateConfig, data);

