/** Error messages of the certificates domain: vi first, en with the same keys. */
export const certificatesErrors = {
  vi: {
    CERTIFICATE_TEMPLATE_NOT_FOUND: 'Không tìm thấy mẫu in bằng/giấy khen số {{id}}. Hãy chọn lại mẫu.',
    CERTIFICATE_DECISION_NOT_FOUND: 'Không tìm thấy quyết định khen thưởng "{{decision}}". Kiểm tra lại số quyết định.',
    CERTIFICATE_DECISION_AMBIGUOUS: 'Có {{count}} quyết định cùng số "{{decision}}" ({{dates}}). Hãy chọn quyết định trên màn hình In bằng, giấy khen.',
    CERTIFICATE_NO_AWARDS: 'Quyết định "{{decision}}" chưa có ai được khen thưởng, hoặc không có dòng nào được chọn. Hãy thêm người được khen trước.',
    CERTIFICATE_AWARD_NOT_IN_DECISION: 'Khen thưởng số {{id}} không thuộc quyết định đã chọn.',
    CERTIFICATE_CALIBRATION_NOT_FOUND: 'Không tìm thấy hiệu chỉnh máy in số {{id}}.',
    CERTIFICATE_CALIBRATION_DUPLICATE: 'Đã có hiệu chỉnh cho máy in "{{name}}". Hãy đặt tên khác hoặc sửa hiệu chỉnh đó.',
    CERTIFICATE_BACKGROUND_INVALID: 'Ảnh nền phải là tệp PNG hoặc JPEG, tối đa 15 MB (tệp này: {{reason}}).',
    CERTIFICATE_FIELD_OUTSIDE: 'Ô "{{field}}" nằm ngoài khổ giấy {{width}} × {{height}} mm. Hãy kéo ô vào trong trang.',
    CERTIFICATE_TEMPLATE_IN_USE: 'Không thể xóa mẫu "{{name}}": đây là mẫu cuối cùng. Hãy tạo mẫu khác trước.',
  },
  en: {
    CERTIFICATE_TEMPLATE_NOT_FOUND: 'Certificate template {{id}} was not found. Choose the template again.',
    CERTIFICATE_DECISION_NOT_FOUND: 'Award decision "{{decision}}" was not found. Check the decision number.',
    CERTIFICATE_DECISION_AMBIGUOUS: '{{count}} decisions have the number "{{decision}}" ({{dates}}). Choose the decision on the certificate printing screen.',
    CERTIFICATE_NO_AWARDS: 'Decision "{{decision}}" has no awards, or none was selected. Add the recipients first.',
    CERTIFICATE_AWARD_NOT_IN_DECISION: 'Award {{id}} does not belong to the chosen decision.',
    CERTIFICATE_CALIBRATION_NOT_FOUND: 'Printer calibration {{id}} was not found.',
    CERTIFICATE_CALIBRATION_DUPLICATE: 'There is already a calibration for printer "{{name}}". Use another name or edit that one.',
    CERTIFICATE_BACKGROUND_INVALID: 'The background must be a PNG or JPEG file of at most 15 MB (this file: {{reason}}).',
    CERTIFICATE_FIELD_OUTSIDE: 'Field "{{field}}" lies outside the {{width}} × {{height}} mm paper. Drag it back onto the page.',
    CERTIFICATE_TEMPLATE_IN_USE: 'Template "{{name}}" cannot be deleted: it is the last one. Create another template first.',
  },
} as const;
