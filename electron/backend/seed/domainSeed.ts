import type { Db } from '../db/connection';
import type { SeedUnion } from './members';
import type { Rng } from './random';

/** What a domain's demo-data writer gets: it runs inside the seed's one transaction, after the members. */
export interface DomainSeedContext {
  readonly db: Db;
  readonly rng: Rng;
  readonly year: number;
  /** ISO timestamp for created_at / updated_at. */
  readonly at: string;
  readonly officeId: number;
  /** The CĐCS written, without the dissolved ones. */
  readonly unions: readonly SeedUnion[];
}

export type DomainSeeder = (cx: DomainSeedContext) => void;
