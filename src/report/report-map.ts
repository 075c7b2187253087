import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readSourceFile } from '../load/source-file.js';
import { parseYaml } from '../load/yaml-file.js';
import { validateYaml } from '../parse/validate-schema.js';

export type RosterField = 'id' | 'email' | 'name' | 'department' | 'status' | 'hired' | 'leftOn';
export type CompletionField = 'id' | 'email' | 'status' | 'date' | 'course';
export type Delimiter = ',' | ';' | '\t' | '|';

/** What `--map report.yml` may say (schemas/report-map.schema.json); every key is optional. */
export interface ReportMap {
  threshold?: number;
  onboardingDays?: number;
  dateOrder?: 'MDY' | 'DMY';
  roster?: {
    delimiter?: Delimiter;
    columns?: Partial<Record<RosterField, string>>;
    active?: string[];
    left?: string[];
  };
  completions?: {
    delimiter?: Delimiter;
    columns?: Partial<Record<CompletionField, string>>;
    /** This course's names in the course column, when the export holds several. */
    course?: string[];
    done?: string[];
    started?: string[];
    notStarted?: string[];
  };
}

/**
 * Reads and checks the mapping file with the same YAML reader and schema
 * diagnostics as course.yml, so a mistake is reported at its line. Returns
 * null (with diagnostics) when it cannot be used.
 */
export async function loadReportMap(path: string, diagnostics: Diagnostic[]): Promise<ReportMap | null> {
  const source = await readSourceFile(resolve(path), relative(process.cwd(), resolve(path)) || path, diagnostics);
  if (!source) return null;
  const file = parseYaml(source, source.text, 0, diagnostics);
  if (!file) return null;
  if (file.value === null || file.value === undefined) return {};
  return validateYaml('report-map', file, 'report-map-schema', diagnostics) ? (file.value as ReportMap) : null;
}
