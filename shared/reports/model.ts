import { isoDateSchema } from '../domain/format/isoDateSchema';
import { z } from 'zod';
import type { FigureOrigin, FigureSource } from '../statistics/figures';

const isoDate = isoDateSchema;
export const reportYearSchema = z.number().int().min(2000).max(2100);

/** The header written once per report (Nghị định 30 layout). */
export const reportHeaderSchema = z
  .object({
    title: z.string().trim().min(1).max(400),
    number: z.string().trim().max(60),
    issuedOn: isoDate.nullable(),
    placeName: z.string().trim().max(60),
    recipients: z.array(z.string().trim().max(200)).max(40),
    signerBlock: z.string().trim().max(120),
    signerTitle: z.string().trim().max(120),
    signerName: z.string().trim().max(120),
    cutoffOn: isoDate.nullable(),
  })
  .strict();
export type ReportHeader = z.output<typeof reportHeaderSchema>;

export interface ReportSection {
  key: string;
  /** 1: a part ("I. ĐẶC ĐIỂM TÌNH HÌNH"), 2: an area within a part. */
  level: 1 | 2;
  heading: string;
  html: string;
  /** What to write here (the template's guidance): a placeholder, never the office's text. */
  hint?: string;
}

/** A statistic as the report shows it: the computed figure with the report's typed value or override applied. */
export interface ReportFigure {
  code: string;
  section: string;
  label: string;
  unit: string;
  /** The value the report prints. */
  value: number | null;
  /** What the data gave, before any override. */
  computed: number | null;
  lastYear: number | null;
  target: number | null;
  change: number | null;
  percentOfTarget: number | null;
  source: FigureSource;
  reason: string;
  note: string;
  mau2?: FigureOrigin;
  sectionTitle?: string;
}

export interface ReportChart {
  key: string;
  title: string;
  /** Inline SVG (echarts server-side rendering). */
  svg: string;
  width: number;
  height: number;
  data: { labels: string[]; series: { name: string; values: (number | null)[] }[] };
}

export interface ReportOffice {
  upperName: string;
  name: string;
  shortName: string;
}

/** Everything a printout or an export needs; a finalised version stores exactly this. */
export interface ReportDocument {
  year: number;
  office: ReportOffice;
  header: ReportHeader;
  sections: ReportSection[];
  figures: ReportFigure[];
  charts: ReportChart[];
  /** Award decisions signed in the report's year after its cut-off (they count in the next period); absent in older snapshots. */
  decisionsAfterCutoff?: number;
  /** null for the draft. */
  version: number | null;
  finalizedAt: string | null;
  /** The office key's fingerprint, grouped, printed on the last page (added when the document is served, never frozen). */
  signingKey?: string | null;
}

export interface ReportVersionInfo {
  version: number;
  finalizedAt: string;
  finalizedBy: string;
}

export interface ReportState {
  year: number;
  /** null when no report exists for the year yet. */
  draft: ReportDocument | null;
  updatedAt: string | null;
  versions: ReportVersionInfo[];
  /** "01/BC-LĐLĐ": the next number among the year's reports. */
  suggestedNumber: string;
  /** Whether there is a report of the year before to copy the sections from. */
  lastYearAvailable: boolean;
  /** Where the statistics come from: the office's own data, or the roll-up of its lower offices. */
  figuresFrom?: FiguresFrom;
  /** Lower offices whose packages the year's roll-up counts (an upper office's choice of source needs one). */
  rollupOffices?: number;
}

export type FiguresFrom = 'own' | 'rollup';

export const reportSectionsSaveSchema = z
  .object({
    year: reportYearSchema,
    sections: z
      .array(z.object({ key: z.string().min(1).max(60), html: z.string().max(2_000_000) }).strict())
      .min(1)
      .max(100),
  })
  .strict();

export const reportFigureSetSchema = z
  .object({
    year: reportYearSchema,
    code: z.string().min(1).max(80),
    /** A typed value (the data lacks the figure) or an override of a computed one; null clears it. */
    value: z.number().finite().nullable(),
    reason: z.string().trim().max(500).default(''),
    note: z.string().trim().max(500).default(''),
  })
  .strict();

export type ReportExportFormat = 'docx' | 'xlsx' | 'pdf';
