/** State enterprises (doanh nghiệp nhà nước): utilities, the power company, state services. */

import { placeByName, randomPlace } from '../places';
import type { WeightedItem } from '../types';
import { fixed, type Candidate, type Generator } from './candidate';
import { SIZES } from './sizes';

const STATE_AREAS = ['Sông Đáy', 'Sông Tích', 'Sông Bùi', 'Hà Tây', 'Chương Mỹ', 'Xuân Mai', 'Hà Nội', 'Thăng Long', 'Phú Nghĩa', 'Miền Tây Hà Nội'];

export const STATE_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
  {
    weight: 55,
    value: ({ rng }): Candidate => {
      const field = rng.pick(['Thủy lợi', 'Đầu tư phát triển thủy lợi', 'Môi trường đô thị', 'Nước sạch', 'Cây xanh', 'Lâm nghiệp', 'Giống cây trồng', 'Quản lý và Sửa chữa đường bộ', 'Chăn nuôi']);
      const form = rng.chance(0.8) ? 'Công ty TNHH MTV' : 'Công ty Cổ phần';
      return {
        kind: 'state_utility',
        organizationName: `${form} ${field} ${rng.pick(STATE_AREAS)}`,
        place: randomPlace(rng),
        size: SIZES.stateUtility,
        disambiguation: 'enterprise',
      };
    },
  },
  {
    weight: 10,
    value: fixed('state_power', SIZES.statePower, [
      ['Công ty Điện lực Chương Mỹ', 'Chúc Sơn'],
      ['Đội Quản lý vận hành lưới điện cao thế Xuân Mai', 'Xuân Mai'],
    ]),
  },
  {
    weight: 35,
    value: ({ rng, post }): Candidate => {
      const names: readonly (readonly [string, string])[] = [
        [post ? 'Bưu điện Chương Mỹ' : 'Bưu điện huyện Chương Mỹ', 'Chúc Sơn'],
        ['Trung tâm Viễn thông Chương Mỹ', 'Chúc Sơn'],
        ['Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh Chương Mỹ', 'Chúc Sơn'],
        ['Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh Xuân Mai', 'Xuân Mai'],
        ['Ngân hàng Chính sách xã hội - Phòng giao dịch Chương Mỹ', 'Chúc Sơn'],
        ['Công ty Xăng dầu Hà Sơn Bình - Cửa hàng xăng dầu Chúc Sơn', 'Chúc Sơn'],
      ];
      if (rng.chance(0.4)) {
        return {
          kind: 'state_service',
          organizationName: `Công ty Cổ phần ${rng.pick(['Cấp nước', 'Vận tải', 'Đầu tư và Xây dựng', 'Thương mại'])} ${rng.pick(STATE_AREAS)}`,
          place: randomPlace(rng),
          size: SIZES.stateService,
          disambiguation: 'enterprise',
        };
      }
      const [name, pl] = rng.pick(names);
      return { kind: 'state_service', organizationName: name, place: placeByName(pl), size: SIZES.stateService, disambiguation: 'numbered' };
    },
  },
]);
