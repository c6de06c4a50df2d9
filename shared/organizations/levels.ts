export const ORG_LEVELS = ['national', 'province', 'upper_grassroots', 'grassroots', 'sub_unit'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const SECTORS = [
  'public_service',
  'state_enterprise',
  'private_enterprise',
  'fdi_enterprise',
  'professional_union',
] as const;
export type Sector = (typeof SECTORS)[number];
