/** Figures of a campaign (or of every campaign of a year), computed from its recorded outcomes. */
export interface CampaignTotals {
  /** Công trình, phần việc; value: sum of đồng. */
  works: { grassroots: number; upper: number; plaque: number; value: number };
  /** Sáng kiến; authors: distinct people (a member counts once, a typed name once). */
  initiatives: { count: number; value: number; authors: number };
  /** Hội thi; enterprises/districts/trades: distinct non-empty values among the entries. */
  contests: {
    count: number;
    contestants: number;
    enterprises: number;
    districts: number;
    trades: number;
    prizeWinners: number;
    prizeMoney: number;
  };
  /** Tôn vinh. */
  honours: { count: number; individuals: number; collectives: number };
  /** Đăng ký thi đua: distinct CĐCS, and people (members or typed names). */
  registrations: { units: number; people: number };
}

export type CampaignTotalsFilter = { campaignId: number } | { year: number };

export function emptyCampaignTotals(): CampaignTotals {
  return {
    works: { grassroots: 0, upper: 0, plaque: 0, value: 0 },
    initiatives: { count: 0, value: 0, authors: 0 },
    contests: { count: 0, contestants: 0, enterprises: 0, districts: 0, trades: 0, prizeWinners: 0, prizeMoney: 0 },
    honours: { count: 0, individuals: 0, collectives: 0 },
    registrations: { units: 0, people: 0 },
  };
}
