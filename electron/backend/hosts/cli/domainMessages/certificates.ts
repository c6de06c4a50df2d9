/** CLI texts of the certificates commands. */
export const certificatesCli = {
  vi: {
    certificatesPrinted:
      'Đã in {{pages}} bằng/giấy khen của quyết định {{decision}} vào {{file}} (hiệu chỉnh dx = {{dx}} mm, dy = {{dy}} mm). In ở "Kích thước thật", không chọn "Vừa trang".',
    certificatesOverflow: 'Cảnh báo: trang {{page}}, ô {{field}} không vừa khung dù đã thu nhỏ chữ — hãy sửa mẫu hoặc rút gọn nội dung.',
    badCalibration: '--calibration phải là hai số mm "DX,DY", ví dụ 1.5,-2 (mỗi số trong khoảng ±50), không phải "{{value}}".',
  },
  en: {
    certificatesPrinted:
      'Printed {{pages}} certificates of decision {{decision}} to {{file}} (calibration dx = {{dx}} mm, dy = {{dy}} mm). Print at "Actual size", not "Fit to page".',
    certificatesOverflow: 'Warning: page {{page}}, field {{field}} does not fit its box even at the smallest size — fix the template or shorten the text.',
    badCalibration: '--calibration must be two numbers of mm "DX,DY", e.g. 1.5,-2 (each within ±50), not "{{value}}".',
  },
} as const;
