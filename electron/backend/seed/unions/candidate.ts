/**
 * A candidate unit drawn by a sector's generator: the organisation, where it is and how
 * big it is. The grassroots-union generator turns candidates into unique unions.
 */

import { placeByName, type Place } from '../places';
import type { Rng } from '../random';
import type { UnionKind } from '../types';
import type { Size } from './sizes';

export interface Candidate {
  readonly kind: UnionKind;
  readonly organizationName: string;
  readonly place: Place;
  /** Address, when it is not just a hamlet of `place`. */
  readonly site?: string;
  readonly size: Size;
  /** How to make the name unique when it is taken. */
  readonly disambiguation: 'school' | 'enterprise' | 'numbered';
}

export interface GenContext {
  readonly rng: Rng;
  /** The working year is after the 2025 reform (new unit names). */
  readonly post: boolean;
}

/** Draws one candidate unit of a sector. */
export type Generator = (ctx: GenContext) => Candidate;

/** A generator choosing among fixed (organisation name, place name) pairs. */
export function fixed(kind: UnionKind, sz: Size, names: readonly (readonly [string, string])[]): Generator {
  return ({ rng }) => {
    const [name, placeOf] = rng.pick(names);
    return { kind, organizationName: name, place: placeByName(placeOf), size: sz, disambiguation: 'numbered' };
  };
}
