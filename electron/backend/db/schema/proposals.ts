import type { Generated } from 'kysely';
import type { ItemSource, ItemStatus, ProposalLevel, ProposalScope } from '../../../../shared/proposals/model';

/** Kysely's view of the proposals tables (migrations/0007-proposals.sql), for other domains that read them. */
export interface ProposalsTables {
  award_proposals: {
    id: Generated<number>;
    year: number;
    number: Generated<string>;
    submitted_on: string | null;
    to_issuer_level: ProposalLevel;
    form_kind_id: number | null;
    title_kind_id: number | null;
    scope: Generated<ProposalScope>;
    campaign_id: number | null;
    subject: Generated<string>;
    body: Generated<string>;
    signer_name: Generated<string>;
    signer_title: Generated<string>;
    signer_block: Generated<string>;
    addressee: Generated<string>;
    recipients: Generated<string>;
    theme_cap: Generated<number>;
    created_at: string;
    updated_at: string;
  };
  award_proposal_items: {
    id: Generated<number>;
    proposal_id: number;
    position: Generated<number>;
    recipient_kind: 'individual' | 'collective';
    member_id: number | null;
    organization_id: number | null;
    recipient_name: string;
    recipient_unit: Generated<string>;
    achievement: Generated<string>;
    source: Generated<ItemSource>;
    status: Generated<ItemStatus>;
    upper_decision_id: number | null;
    award_id: number | null;
    reason: Generated<string>;
    note: Generated<string>;
    decided_at: string | null;
  };
}
