/** Professional unions (nghiệp đoàn) of self-employed workers of a trade in a place. */

import { randomPlace } from '../places';
import type { WeightedItem } from '../types';
import type { Candidate, Generator } from './candidate';
import { size } from './sizes';

const WATERS = ['sông Đáy', 'sông Bùi', 'sông Tích', 'hồ Văn Sơn', 'hồ Đồng Sương', 'hồ Miễu'];

interface Trade {
  readonly trade: string;
  readonly femaleMin: number;
  readonly femaleMax: number;
  readonly waters?: boolean;
  readonly places?: readonly string[];
}
const TRADES: readonly WeightedItem<Trade>[] = Object.freeze([
  { weight: 20, value: { trade: 'Xe ôm', femaleMin: 0, femaleMax: 0.08 } },
  { weight: 12, value: { trade: 'Nghề cá', femaleMin: 0.15, femaleMax: 0.35, waters: true } },
  { weight: 15, value: { trade: 'Mây tre đan', femaleMin: 0.55, femaleMax: 0.8, places: ['Phú Vinh', 'Phú Nghĩa', 'Trường Yên', 'Đông Phương Yên', 'Tiên Phương'] } },
  { weight: 10, value: { trade: 'Vận tải', femaleMin: 0.02, femaleMax: 0.12 } },
  { weight: 10, value: { trade: 'Xây dựng', femaleMin: 0.03, femaleMax: 0.15 } },
  { weight: 12, value: { trade: 'Tiểu thương chợ', femaleMin: 0.6, femaleMax: 0.85 } },
  { weight: 8, value: { trade: 'Giúp việc gia đình', femaleMin: 0.85, femaleMax: 1 } },
  { weight: 7, value: { trade: 'Bốc xếp', femaleMin: 0, femaleMax: 0.1 } },
  { weight: 6, value: { trade: 'Thợ mộc', femaleMin: 0, femaleMax: 0.08 } },
]);

export const PROFESSIONAL_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
  {
    weight: 1,
    value: ({ rng }): Candidate => {
      const t = rng.weighted(TRADES);
      const p = randomPlace(rng);
      const where = t.waters ? rng.pick(WATERS) : t.places && rng.chance(0.6) ? rng.pick(t.places) : p.name;
      const target = t.trade === 'Tiểu thương chợ' ? `Tiểu thương chợ ${where}` : `${t.trade} ${where}`;
      return {
        kind: 'trade_association',
        organizationName: `Nghiệp đoàn ${target}`,
        place: p,
        size: size(15, 150, t.femaleMin, t.femaleMax),
        disambiguation: 'numbered',
      };
    },
  },
]);
