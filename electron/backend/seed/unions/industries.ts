/**
 * Industries of enterprises: names, sizes and shares of women, for private enterprises
 * and (where it makes sense) for FDI enterprises.
 */

import type { UnionKind } from '../types';
import { size, type Size } from './sizes';

export interface IndustryKind {
  readonly kind: UnionKind;
  readonly industries: readonly string[];
  readonly privateSize: Size;
  readonly fdiSize?: Size;
  readonly fdiIndustries?: readonly string[];
  /** Some kinds are also run as cooperatives (hợp tác xã). */
  readonly coop?: boolean;
}

export const INDUSTRY_KINDS: Readonly<Record<string, IndustryKind>> = {
  garment: { kind: 'garment', industries: ['May', 'May mặc', 'May xuất khẩu', 'Dệt may'], privateSize: size(80, 3000, 0.75, 0.9), fdiSize: size(300, 5000, 0.8, 0.92), fdiIndustries: ['May mặc', 'Dệt may', 'Thời trang'] },
  footwear: { kind: 'footwear', industries: ['Giày da', 'Giày dép'], privateSize: size(150, 3000, 0.72, 0.88), fdiSize: size(500, 5000, 0.75, 0.9), fdiIndustries: ['Giày', 'Giày dép'] },
  construction: { kind: 'construction', industries: ['Xây dựng', 'Đầu tư và Xây dựng', 'Xây dựng và Thương mại', 'Tư vấn và Xây dựng'], privateSize: size(15, 300, 0.06, 0.18) },
  building_materials: { kind: 'building_materials', industries: ['Bê tông', 'Vật liệu xây dựng', 'Gạch Tuynel'], privateSize: size(20, 400, 0.1, 0.25) },
  mechanical: { kind: 'mechanical', industries: ['Cơ khí', 'Cơ khí chính xác', 'Kết cấu thép'], privateSize: size(15, 400, 0.1, 0.25), fdiSize: size(200, 2000, 0.15, 0.35), fdiIndustries: ['Kỹ thuật chính xác', 'Linh kiện ô tô', 'Cơ khí'] },
  electronics: { kind: 'electronics', industries: ['Điện tử', 'Thiết bị điện'], privateSize: size(30, 500, 0.5, 0.75), fdiSize: size(300, 5000, 0.6, 0.85), fdiIndustries: ['Điện tử', 'Linh kiện điện tử', 'Công nghệ'] },
  food: { kind: 'food', industries: ['Thực phẩm', 'Chế biến nông sản', 'Nước giải khát', 'Thức ăn chăn nuôi'], privateSize: size(20, 600, 0.45, 0.65), fdiSize: size(200, 1500, 0.45, 0.65), fdiIndustries: ['Thực phẩm', 'Thực phẩm chế biến'], coop: true },
  furniture: { kind: 'furniture', industries: ['Đồ gỗ', 'Nội thất', 'Chế biến gỗ'], privateSize: size(15, 300, 0.2, 0.4) },
  rattan_bamboo: { kind: 'rattan_bamboo', industries: ['Mây tre đan xuất khẩu', 'Mây tre giang đan', 'Thủ công mỹ nghệ'], privateSize: size(10, 250, 0.55, 0.8), coop: true },
  plastics_packaging: { kind: 'plastics_packaging', industries: ['Nhựa', 'Bao bì', 'In và Bao bì'], privateSize: size(20, 400, 0.3, 0.5), fdiSize: size(200, 1500, 0.35, 0.55), fdiIndustries: ['Nhựa', 'Bao bì'] },
  pharmaceutical: { kind: 'pharmaceutical', industries: ['Dược phẩm', 'Dược liệu'], privateSize: size(30, 300, 0.55, 0.7) },
  trade_services: { kind: 'trade_services', industries: ['Thương mại và Dịch vụ', 'Thương mại tổng hợp', 'Dịch vụ Môi trường', 'Du lịch'], privateSize: size(10, 150, 0.35, 0.6) },
  transport: { kind: 'transport', industries: ['Vận tải', 'Vận tải hành khách', 'Logistics'], privateSize: size(15, 250, 0.05, 0.2), coop: true },
};
