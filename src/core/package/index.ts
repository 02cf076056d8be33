/**
 * The submission package: assembling it (pure), reading attachments safely, the timestamp, and
 * verifying a package. The zip itself is written by ../bagit.
 */
export {
  assembleSubmission, payloadNames, toSubmissionFindings, SUBMISSION_FILE, SUBMISSION_SCHEMA_ID,
  type AssembleInput, type AssembledPackage, type Submission, type SubmissionFile, type SubmissionFinding,
} from './assemble.js';
export {
  readAttachments, checkAttachmentPath, ATTACHMENT_LIMITS,
  type AttachmentEntry, type AttachmentLimits, type AttachmentProblem, type AttachmentProblemCode, type ReadAttachment,
} from './attachments.js';
export { packageTimestamp, isoDay, isoSeconds, type PackageTimestamp } from './timestamp.js';
export { verifyPackage, type VerifyOptions, type VerifyProblem, type VerifyReport } from './verify.js';
export { readDraft, findingAt, withFindings, type DraftInput } from './read-draft.js';
