import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Format names as `cease build --format` spells them; `unknown` when no descriptor was usable. */
export type InspectFormat = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5' | 'unknown';

export interface InspectReport {
  /** The zip path as given. */
  zip: string;
  format: InspectFormat;
  /** Entry path of the descriptor inspect read (imsmanifest.xml, cmi5.xml, tincan.xml), or null. */
  descriptor: string | null;
  /** Launch file as a path inside the zip (or the URL, when the descriptor launches one), or null. */
  launch: string | null;
  /** SCORM: resources marked as SCO; cmi5: AUs; xAPI: launchable activities. */
  scoCount: number;
  /**
   * The pass mark in the standard's own scale: SCORM 1.2 adlcp:masteryscore 0..100,
   * SCORM 2004 imsss:minNormalizedMeasure -1..1, cmi5 masteryScore 0..1. Null when none.
   */
  masteryScore: number | null;
  /** Sum of the declared uncompressed sizes of the files. */
  totalBytes: number;
  /** Files in the zip (directory entries are not counted). */
  entries: number;
  /** The five largest files, largest first. */
  largest: { path: string; bytes: number }[];
  diagnostics: Diagnostic[];
}

/** What a descriptor check (SCORM manifest, tincan.xml, cmi5.xml) learned. */
export interface DescriptorFindings {
  format: InspectFormat;
  launch: string | null;
  scoCount: number;
  masteryScore: number | null;
  /** Files the descriptor points at, resolved to paths inside the zip. */
  references: PackageReference[];
  /** SCORM lists every file (CAM file elements); tincan.xml and cmi5.xml list only launch URLs. */
  listsFiles: boolean;
  diagnostics: Diagnostic[];
}

export interface PackageReference {
  /** Path inside the zip, normalised (`a/./b/../c` → `a/c`), without query or fragment. */
  path: string;
  /** `launch`: what an LMS opens (missing = nothing plays); `file`: a listed part of the content. */
  role: 'launch' | 'file';
  /** The attribute or element value as written, for messages. */
  written: string;
  line: number;
  column: number;
}

/** Where a diagnostic points: the zip itself or `<zip>!/<entry>`, as Java and Node tools write it. */
export function inZip(zip: string, entry?: string): string {
  return entry === undefined ? zip : `${zip}!/${entry}`;
}
