import type { Generated } from 'kysely';

/** Kysely's view of the campaigns tables (migrations/0003-campaigns.sql), for the domains that read them. */
export interface CampaignsTables {
  campaigns: {
    id: Generated<number>;
    year: number;
    name: string;
    kind: 'regular' | 'thematic' | 'peak';
    starts_on: string | null;
    ends_on: string | null;
    plan_number: Generated<string>;
    plan_date: string | null;
    launched_by: Generated<'own_office' | 'upper' | 'national' | 'government' | 'other'>;
    launcher_name: Generated<string>;
    goals: Generated<string>;
    target_groups: Generated<string>;
    created_at: string;
    updated_at: string;
  };
  campaign_registrations: {
    id: Generated<number>;
    campaign_id: number;
    organization_id: number | null;
    member_id: number | null;
    person_name: Generated<string>;
    registered_on: string | null;
    commitment: Generated<string>;
  };
  campaign_works: {
    id: Generated<number>;
    campaign_id: number;
    organization_id: number | null;
    name: string;
    level: 'grassroots' | 'upper';
    value: number | null;
    status: Generated<'planned' | 'in_progress' | 'completed'>;
    plaque: Generated<number>;
    completed_on: string | null;
    note: Generated<string>;
  };
  initiatives: {
    id: Generated<number>;
    campaign_id: number;
    organization_id: number | null;
    title: string;
    recognized_on: string | null;
    value: Generated<number>;
    note: Generated<string>;
  };
  initiative_authors: { id: Generated<number>; initiative_id: number; member_id: number | null; name: string };
  contests: { id: Generated<number>; campaign_id: number; name: string; held_from: string | null; held_to: string | null; note: Generated<string> };
  contest_entries: {
    id: Generated<number>;
    contest_id: number;
    trade: Generated<string>;
    contestant_kind: Generated<'individual' | 'collective'>;
    member_id: number | null;
    contestant_name: string;
    organization_id: number | null;
    enterprise_name: Generated<string>;
    district_name: Generated<string>;
    result: Generated<'first' | 'second' | 'third' | 'consolation' | 'none'>;
    prize_amount: Generated<number>;
  };
  campaign_honours: {
    id: Generated<number>;
    campaign_id: number;
    title: string;
    recipient_kind: 'individual' | 'collective';
    member_id: number | null;
    organization_id: number | null;
    recipient_name: string;
    honoured_on: string | null;
    note: Generated<string>;
  };
}
