import { foldVietnamese } from '../../../../shared/domain/text/normalize';
import { serialOf, type AoaCell, type SheetSpec } from './workbooks';

/** The working date of the tests: dates after it are in the future. */
export const TODAY = '2025-12-05';

export const UNIONS: Readonly<Record<string, number>> = {
  'cdcs truong thcs a': 11,
  'cdcs truong thcs b': 12,
  ts01: 11,
};

export const lookups = {
  findUnion: (text: string): { id: number } | null => {
    const id = UNIONS[foldVietnamese(text)];
    return id === undefined ? null : { id };
  },
};

/**
 * A messy member list as offices send it: two title blocks, a merged title, a two-level header
 * ("Ngày, tháng, năm sinh" over "Nam" | "Nữ", the date in the column of the person's sex), a
 * numbering row, blank rows, serial and text dates, a bare year, 31/02, a CCCD as a number that
 * lost its zeros and as text, a 9-digit CMND, an unknown CĐCS, duplicates, a total row and
 * signature lines. Sheet rows are 1-based: the header is on rows 7–8, data starts on row 10.
 */
export const MEMBER_ROWS: AoaCell[][] = [
  /* 1 */ ['LIÊN ĐOÀN LAO ĐỘNG QUẬN HOÀN KIẾM', null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', null, null, null, null, null],
  /* 2 */ ['CĐCS TRƯỜNG THCS A', null, null, null, null, 'Độc lập - Tự do - Hạnh phúc', null, null, null, null, null],
  /* 3 */ [],
  /* 4 */ ['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN NĂM 2025', null, null, null, null, null, null, null, null, null, null],
  /* 5 */ ['(Kèm theo Công văn số 15/CV-CĐ ngày 01/12/2025)', null, null, null, null, null, null, null, null, null, null],
  /* 6 */ [],
  /* 7 */ ['STT', 'Họ và tên', 'Ngày, tháng, năm sinh', null, 'Số CCCD', 'Điện thoại', 'Chức vụ CĐ', 'Ngày vào CĐ', 'Đảng viên', 'CĐCS', 'Quê quán'],
  /* 8 */ [null, null, 'Nam', 'Nữ', null, null, null, null, null, null, null],
  /* 9 */ [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  /* 10 */ [1, 'NGUYỄN VĂN AN', serialOf('1985-03-15'), null, 1234567890, '0912 345 678', 'Chủ tịch', '15/06/2010', 'x', 'CĐCS Trường THCS A', 'Hà Nội'],
  /* 11 */ [2, 'trần thị bình', null, '05/06/1990', '012345678901', 912345678, null, '1/9/2015', null, 'TS01', 'Nam Định'],
  /* 12 */ [],
  /* 13 */ [3, 'Lê Văn Cường', 1978, null, '123456789', null, 'Ủy viên BCH', serialOf('2001-05-01'), null, 'CĐCS Trường THCS B', null],
  /* 14 */ [4, 'Phạm Thị Dung', null, '31/02/1990', '001190000123', null, null, null, null, 'CĐCS Không Có', null],
  /* 15 */ [5, 'Hoàng Văn Em', '01/01/2030', null, '001 090 000 555', '12345', 'Trưởng phòng', null, null, 'CĐCS Trường THCS A', null],
  /* 16 */ [6, 'Nguyễn  Văn   An', serialOf('1985-03-15'), null, '001085000111', null, null, null, null, 'CĐCS Trường THCS A', null],
  /* 17 */ [7, 'Vũ Thị Giang', null, '12.08.1992', 1234567890, null, null, null, null, 'CĐCS Trường THCS A', null],
  /* 18 */ [8, 'Đỗ Văn Hùng', '20-11-1988', null, 98765432101, null, 'Tổ trưởng', null, 'Đảng viên', 'CĐCS Trường THCS B', null],
  /* 19 */ [9, 'Bùi Thị Hoa', '03/04/1991', '03/04/1991', null, null, null, null, null, 'CĐCS Trường THCS B', null],
  /* 20 */ [10, null, null, null, null, null, null, null, null, null, null],
  /* 21 */ ['Tổng cộng', null, 4, 5, null, null, null, null, 2, null, null],
  /* 22 */ [],
  /* 23 */ [null, null, null, null, null, 'Hà Nội, ngày 05 tháng 12 năm 2025', null, null, null, null, null],
  /* 24 */ [null, 'Người lập biểu', null, null, null, 'TM. BAN CHẤP HÀNH', null, null, null, null, null],
  /* 25 */ [null, 'Nguyễn Thị Lập', null, null, null, 'Trần Văn Ký', null, null, null, null, null],
];

export const MEMBER_MERGES = ['A1:E1', 'F1:K1', 'A2:E2', 'F2:K2', 'A4:K4', 'A5:K5', 'A7:A8', 'B7:B8', 'C7:D7', 'E7:E8', 'F7:F8', 'G7:G8', 'H7:H8', 'I7:I8', 'J7:J8', 'K7:K8', 'A21:B21'];

export const memberSheet: SheetSpec = { name: 'Danh sách', rows: MEMBER_ROWS, merges: MEMBER_MERGES };
