/** Error messages of the first run and demo data: vi first, en with the same keys. */
export const setupErrors = {
  vi: {
    SETUP_OFFICE_NAME_REQUIRED: 'Hãy nhập tên đơn vị (văn phòng của bạn): tên này in trên mọi văn bản.',
    DEMO_NOT_LOADED: 'Dữ liệu đang dùng không phải dữ liệu mẫu nên không thể xóa bằng chức năng này.',
  },
  en: {
    SETUP_OFFICE_NAME_REQUIRED: "Enter your office's name: it is printed on every document.",
    DEMO_NOT_LOADED: 'The data in use is not demo data, so it cannot be cleared this way.',
  },
} as const;
