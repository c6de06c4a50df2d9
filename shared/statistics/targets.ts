import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { percentOfTarget } from './figures';
import { idSchema, yearSchema } from '../domain/schemas';

const year = yearSchema;
const optionalId = idSchema.nullable().default(null);

/** A target (chỉ tiêu) as typed in the form. */
export const targetDraftSchema = z
  .object({
    year,
    code: z.string().trim().min(1).max(60),
    name: nameText(300).min(1),
    unit: z.string().trim().max(40).default(''),
    target: z.number().min(0).max(1e15),
    assignedBy: z.enum(['upper', 'own_office']).default('upper'),
    assigneeOrganizationId: optionalId,
    assigneeClusterId: optionalId,
    metric: z.string().trim().max(80).nullable().default(null),
    note: z.string().trim().max(500).default(''),
  })
  .strict();

export type TargetDraft = z.output<typeof targetDraftSchema>;

export type TargetStatus = 'met' | 'exceeded' | 'not_met';
export type TargetSource = 'data' | 'manual';

export interface TargetView extends TargetDraft {
  id: number;
  position: number;
  assigneeName: string;
  /** The metric's label in the user's language ('' without a metric). */
  metricLabel: string;
  actual: number | null;
  source: TargetSource;
  /** The typed actual and who typed it, kept even when the data gives the actual. */
  manualActual: number | null;
  manualBy: string | null;
  manualAt: string | null;
  percent: number | null;
  status: TargetStatus | null;
}

/** A figure a target can take its actual from. */
export interface MetricOption {
  code: string;
  label: string;
  unit: string;
  section: string;
  /** The data has it (otherwise the actual is typed). */
  computed: boolean;
  /** It can be restricted to one CĐCS or a cluster. */
  scoped: boolean;
}

/** đạt = exactly 100 %, vượt > 100 %, chưa đạt < 100 %. */
export function targetStatus(actual: number | null, target: number): TargetStatus | null {
  if (actual === null) return null;
  if (actual > target) return 'exceeded';
  if (actual === target) return 'met';
  return 'not_met';
}

export function targetPercent(actual: number | null, target: number): number | null {
  return percentOfTarget(actual, target);
}
