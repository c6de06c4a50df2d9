/**
 * Enterprises with foreign investment (doanh nghiệp có vốn đầu tư nước ngoài), mostly in
 * the industrial zones and clusters. Names are invented; any likeness is coincidence.
 */

import { pickSite, randomPlace } from '../places';
import type { WeightedItem } from '../types';
import type { Candidate, Generator } from './candidate';
import { INDUSTRY_KINDS } from './industries';

const FOREIGN_BRANDS = ['Hanwool', 'Sungjin', 'Daeyang', 'Woojin', 'Jinsung', 'Myungsung', 'Dongil', 'Seowon', 'Hyosan', 'Sinwoo', 'Taesan', 'Bokwang', 'Fujikawa', 'Takanawa', 'Kyowa Seiki', 'Nishida', 'Hoshimoto', 'Sanko Denki', 'Yamato Seiko', 'Matsuoka', 'Shinwa', 'Jinhua', 'Hengli', 'Fuyuan', 'Tianrui', 'Everwin', 'Kingtai', 'Grand Sun', 'Hongsheng', 'Pacific Crest', 'Nordvik', 'Meridian'];

const FDI_SUFFIXES: readonly WeightedItem<string>[] = Object.freeze([
  { value: 'Việt Nam', weight: 60 },
  { value: 'Vina', weight: 30 },
  { value: 'Hà Nội', weight: 10 },
]);

function fdiIndustry(key: keyof typeof INDUSTRY_KINDS, weight: number): WeightedItem<Generator> {
  const ik = INDUSTRY_KINDS[key]!;
  const industries = ik.fdiIndustries ?? ik.industries;
  const sz = ik.fdiSize ?? ik.privateSize;
  return {
    weight,
    value: ({ rng }): Candidate => {
      const organizationName = `Công ty TNHH ${rng.pick(industries)} ${rng.pick(FOREIGN_BRANDS)} ${rng.weighted(FDI_SUFFIXES)}`;
      const at = rng.chance(0.8) ? pickSite(rng) : { place: randomPlace(rng) };
      return { kind: ik.kind, organizationName, ...at, size: sz, disambiguation: 'enterprise' };
    },
  };
}

export const FDI_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
  fdiIndustry('electronics', 35),
  fdiIndustry('garment', 25),
  fdiIndustry('mechanical', 15),
  fdiIndustry('footwear', 10),
  fdiIndustry('plastics_packaging', 10),
  fdiIndustry('food', 5),
]);
