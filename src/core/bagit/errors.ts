/**
 * Errors the writing side throws. They signal a caller mistake or an I/O refusal, never a property of
 * a bag being verified (that is reported as data).
 */

export type BagWriteErrorCode =
  | 'INVALID_ROOT'
  | 'INVALID_PAYLOAD_PATH'
  | 'DUPLICATE_PAYLOAD_PATH'
  | 'PAYLOAD_PATH_COLLISION'
  | 'INVALID_BAG_INFO'
  | 'RESERVED_LABEL'
  | 'INVALID_MTIME'
  | 'ZIP_TOO_LARGE'
  | 'INVALID_COMMENT';

export class BagWriteError extends Error {
  readonly code: BagWriteErrorCode;
  /** The offending path or label, when there is one. */
  readonly subject: string | undefined;

  constructor(code: BagWriteErrorCode, message: string, subject?: string) {
    super(message);
    this.name = 'BagWriteError';
    this.code = code;
    this.subject = subject;
  }
}

