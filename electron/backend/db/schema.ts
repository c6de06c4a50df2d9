import type { Generated } from 'kysely';
import type { OrgLevel, Sector } from '../../../shared/organizations/levels';

import type { CampaignsTables } from './schema/campaigns';
import type { ClustersTables } from './schema/clusters';
import type { StatisticsTables } from './schema/statistics';
import type { AwardsTables } from './schema/awards';
import type { ProposalsTables } from './schema/proposals';
import type { CertificatesTables } from './schema/certificates';
import type { ReportsTables } from './schema/reports';

/** Kysely's view of the tables; keep in step with migrations/. */
export interface CoreTables {
  settings: { key: string; value: string; updated_at: string };
  base_salaries: { id: Generated<number>; effective_from: string; amount: number; legal_basis: string };
  organizations: {
    id: Generated<number>;
    parent_id: number | null;
    level: OrgLevel;
    is_own_office: Generated<number>;
    code: string | null;
    name: string;
    short_name: Generated<string>;
    name_fold: string;
    sector: Sector | null;
    province_code: string | null;
    ward_name: Generated<string>;
    address: Generated<string>;
    founded_on: string | null;
    founding_decision: Generated<string>;
    dissolved_on: string | null;
    dissolution_decision: Generated<string>;
    workers_total: number | null;
    workers_female: number | null;
    chair_name: Generated<string>;
    phone: Generated<string>;
    created_at: string;
    updated_at: string;
  };
  organization_management: {
    id: Generated<number>;
    organization_id: number;
    manager_id: number;
    valid_from: string;
    valid_to: string | null;
    decision_no: Generated<string>;
    note: Generated<string>;
  };
  audit_log: {
    id: Generated<number>;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string | null;
    before: string | null;
    after: string | null;
  };
}

export type DB = CoreTables & CampaignsTables & ClustersTables & StatisticsTables & AwardsTables & ProposalsTables & CertificatesTables & ReportsTables;
