/** Hard limits that keep one hostile file from stalling or exhausting a batch. */
export const LIMITS = {
  /** A real draft is tens of kilobytes; anything this big is refused before it is read. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Nodes visited in the parsed data, aliases expanded: stops alias bombs. */
  maxNodes: 200_000,
  /** Nesting depth of the parsed data. */
  maxDepth: 64,
  /** YAML anchors and aliases in one file: a draft needs none, and yaml resolves each alias by a walk. */
  maxAnchors: 1_000,
  /** FORMAT.md: at most 25 MB for each attachment (the attachments rule and `draft package`)… */
  maxAttachmentBytes: 25 * 1024 * 1024,
  /** …and 100 MB for the attachments of one draft in all. */
  maxAttachmentsBytes: 100 * 1024 * 1024,
  /** yaml's own alias expansion guard on the slow (positioned) path. */
  maxAliasCount: 1_000,
} as const;
