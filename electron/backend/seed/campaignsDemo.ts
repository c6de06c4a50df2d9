/** The figures of the demo campaigns (the seed articles' peak campaign, and a smaller one the year before). */
export interface PeakFigures {
  grassrootsWorks: number;
  upperWorks: number;
  plaques: number;
  contestants: number;
  enterprises: number;
  districts: number;
  /** Prize-winners per trade: first, second, third, consolation; plus extra consolation prizes. */
  prizesPerTrade: readonly [number, number, number, number];
  extraConsolation: number;
  goodWorkers: number;
  outstandingChairs: number;
  initiativeAuthors: number;
}

export const PEAK_THIS_YEAR: PeakFigures = {
  grassrootsWorks: 526,
  upperWorks: 94,
  plaques: 6,
  contestants: 363,
  enterprises: 100,
  districts: 30,
  prizesPerTrade: [1, 2, 3, 4],
  extraConsolation: 1,
  goodWorkers: 100,
  outstandingChairs: 10,
  initiativeAuthors: 100,
};

export const PEAK_LAST_YEAR: PeakFigures = {
  grassrootsWorks: 410,
  upperWorks: 71,
  plaques: 4,
  contestants: 290,
  enterprises: 84,
  districts: 26,
  prizesPerTrade: [1, 2, 2, 3],
  extraConsolation: 0,
  goodWorkers: 80,
  outstandingChairs: 8,
  initiativeAuthors: 76,
};

/** Prize money per result, in đồng: 11 trades × (1×10 + 2×7 + 3×5 + 4×3) + 1×3 million = 564.000.000 đ. */
export const PRIZE_MONEY = { first: 10_000_000, second: 7_000_000, third: 5_000_000, consolation: 3_000_000 } as const;

export const TRADES = [
  'Hàn điện', 'Tiện', 'Phay', 'Điện công nghiệp', 'Điện dân dụng', 'Nguội', 'May công nghiệp',
  'Lắp đặt điện nước', 'Sửa chữa ô tô', 'Xây trát', 'Vận hành máy CNC',
] as const;

export const DISTRICTS = [
  'Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Hoàng Mai', 'Thanh Xuân',
  'Nam Từ Liêm', 'Bắc Từ Liêm', 'Hà Đông', 'Sơn Tây', 'Ba Vì', 'Chương Mỹ', 'Đan Phượng', 'Đông Anh', 'Gia Lâm',
  'Hoài Đức', 'Mê Linh', 'Mỹ Đức', 'Phú Xuyên', 'Phúc Thọ', 'Quốc Oai', 'Sóc Sơn', 'Thạch Thất', 'Thanh Oai',
  'Thanh Trì', 'Thường Tín', 'Ứng Hòa',
] as const;

export const ENTERPRISE_WORDS = [
  'An Phát', 'Bình Minh', 'Đại Thành', 'Hòa Phát', 'Hưng Thịnh', 'Minh Long', 'Nam Việt', 'Phú Thành', 'Sông Hồng', 'Tân Tiến',
] as const;
export const ENTERPRISE_KINDS = ['Công ty TNHH', 'Công ty CP', 'Công ty TNHH MTV', 'Công ty CP Cơ khí', 'Công ty TNHH May'] as const;

export const REGULAR_CAMPAIGNS = [
  { name: 'Lao động giỏi, Lao động sáng tạo', targets: 'Công nhân, viên chức, lao động trong các doanh nghiệp, cơ quan, đơn vị' },
  { name: 'Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động', targets: 'Các CĐCS doanh nghiệp' },
  { name: 'Giỏi việc nước, đảm việc nhà', targets: 'Nữ đoàn viên, nữ công nhân, viên chức, lao động' },
  { name: 'Công đoàn đồng hành cùng doanh nghiệp vượt khó, phát triển bền vững', targets: 'Các CĐCS doanh nghiệp ngoài nhà nước' },
] as const;

export const WORK_NAMES = [
  'Sửa chữa nhà xưởng', 'Cải tạo khuôn viên xanh', 'Lắp đặt hệ thống chiếu sáng', 'Xây dựng nhà ăn ca', 'Cải tiến dây chuyền sản xuất',
  'Trồng cây xanh', 'Làm đường giao thông nội bộ', 'Nâng cấp phòng y tế', 'Xây dựng thư viện', 'Cải tạo nhà vệ sinh công nhân',
] as const;

export const INITIATIVE_NAMES = [
  'Cải tiến quy trình đóng gói', 'Tiết kiệm điện năng trong sản xuất', 'Giảm phế phẩm khâu cắt', 'Tự động hoá khâu kiểm tra',
  'Ứng dụng phần mềm quản lý kho', 'Tận dụng nhiệt thải lò hơi', 'Cải tiến đồ gá hàn',
] as const;
