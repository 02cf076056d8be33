/**
 * The scaffold library behind `draft new`: answers in, YAML text out. Nothing here prints or prompts;
 * the command and the prompts (src/ui) are thin layers over it, and `draft init` can reuse it.
 */
export type { Answers, CategoryId, Kind, LabelOrder, LegalBasisAnswer, PartialAnswers } from './types.js';
export { CATEGORIES, KIND_LABELS, categoryLabel } from './categories.js';
export { yamlScalar, isPlainSafe, doubleQuoted } from './yaml-scalar.js';
export { deriveId, MAX_DERIVED_ID } from './id.js';
export { checkField, FIELD_SCHEMAS, type FieldKey, type FieldCheck } from './check.js';
export * from './answers.js';
export * from './resolve.js';
export { loadTemplates, BUILTIN_TEMPLATES_DIR, MAIN_TEMPLATES, SCAFFOLD_SUBDIR, type TemplateSet, type TemplateSource } from './templates.js';
export { renderScaffold, templateContext, modeline, TemplateError, type RenderOptions } from './render.js';
export { schemaReference, schemaReferenceFor, treeRoot, INSTALLED_SCHEMA, REPOSITORY_SCHEMAS_DIR } from './modeline.js';
