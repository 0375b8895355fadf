// What both renderers stamp into their files besides the content: a fixed date, so builds are reproducible.

export interface BuildInfo {
  /** Creation and modification date written into the files' metadata. */
  date: Date;
  producer: string;
}
