import { z } from 'zod';
import type { TFunction } from 'i18next';
import { CAMPAIGN_KINDS, LAUNCHERS, type Campaign, type CampaignDraftInput } from '@shared/campaigns/model';

/** The campaign form's rules, with messages in the user's language (the backend checks the same). */
export function campaignFormSchema(t: TFunction) {
  return z
    .object({
      year: z.number().int().min(1900).max(2200),
      name: z.string().trim().min(1, t('campaigns.errors.nameRequired')).max(300),
      kind: z.enum(CAMPAIGN_KINDS),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      planNumber: z.string().trim().max(60),
      planDate: z.string().nullable(),
      launchedBy: z.enum(LAUNCHERS),
      launcherName: z.string().trim().max(200),
      goals: z.string().max(4000),
      targetGroups: z.string().max(2000),
    })
    .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, { message: t('campaigns.errors.endBeforeStart'), path: ['endsOn'] })
    .refine((v) => v.launchedBy !== 'other' || v.launcherName.trim().length > 0, { message: t('campaigns.errors.launcherRequired'), path: ['launcherName'] });
}

export type CampaignFormValues = z.infer<ReturnType<typeof campaignFormSchema>>;

export function emptyCampaign(year: number): CampaignFormValues {
  return { year, name: '', kind: 'regular', startsOn: null, endsOn: null, planNumber: '', planDate: null, launchedBy: 'own_office', launcherName: '', goals: '', targetGroups: '' };
}

export function toCampaignFormValues(c: Campaign): CampaignFormValues {
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = c;
  return values;
}

export const toCampaignDraft = (values: CampaignFormValues): CampaignDraftInput => values;
