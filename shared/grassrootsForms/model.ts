/** What the grassroots forms domain returns to its screens and the CLI. */
import type { FigureOrigin } from '../statistics/figures';

export interface FormFileProblem {
  file: string;
  /** The sheet's own row number; 0 for the file as a whole. */
  row: number;
  column: string;
  message: string;
}

/** A CĐCS's record a returned form changed as at the cut-off: its workers or women, before → after. */
export interface RecordChange {
  unionCode: string;
  unionName: string;
  /** The figure's code: workers.total or workers.female. */
  code: string;
  before: number | null;
  after: number;
}

export interface FormsImportResult {
  imported: number;
  updated: number;
  skipped: number;
  errors: FormFileProblem[];
  /** What the drop changed in the CĐCS's records, in the order of the files. */
  changes: RecordChange[];
  /** Files whose CĐCS could not be found: the user picks one and imports them again. */
  unmatched: { file: string; reportingUnit: string | null }[];
}

export type FormStatus = 'returned' | 'missing';

export interface FormStatusRow {
  organizationId: number;
  unionCode: string;
  unionName: string;
  status: FormStatus;
  late: boolean;
  returnedAt: string | null;
  file: string | null;
}

export type RollupSource = FigureOrigin['source'];

export interface RolledUpFigure {
  code: string;
  section: string;
  tt: string;
  label: string;
  unit: string;
  value: number | null;
  source: RollupSource;
  formsReturned: number;
  formsExpected: number;
}

export interface FormsMade {
  files: string[];
  folder: string;
  zip: string | null;
}
