/** Error messages of the upper office's roll-up: vi first, en with the same keys. */
export const upperRollupErrors = {
  vi: {
    UPPER_KEY_MISMATCH: 'Gói của "{{office}}" được ký bằng khóa {{found}}, khác khóa đã ghim {{pinned}}. Chỉ nhận khi chủ động ghim lại khóa mới (sau khi đối chiếu với văn bản giấy).',
    UPPER_LOWER_REVISION: 'Gói lần {{revision}} của "{{office}}" năm {{year}} cũ hơn lần {{latest}} đã nhận; không nhận.',
    UPPER_REVISION_CONFLICT: 'Gói lần {{revision}} của "{{office}}" năm {{year}} khác nội dung với gói cùng lần đã nhận; xung đột, không nhận (cấp dưới phải lập lần mới).',
    UPPER_OFFICE_NOT_FOUND: 'Không có đơn vị cấp dưới "{{office}}".',
    UPPER_OFFICE_EXISTS: 'Đã có đơn vị cấp dưới mã "{{code}}".',
    UPPER_PACKAGE_NOT_FOUND: 'Không có gói số {{id}} đã nhận.',
    UPPER_RETURN_REASON: 'Trả lại gói phải ghi lý do để cấp dưới biết cần sửa gì.',
  },
  en: {
    UPPER_KEY_MISMATCH: 'The package of "{{office}}" is signed with key {{found}}, not the pinned key {{pinned}}. Accept it only by re-pinning on purpose (after checking the paper copy).',
    UPPER_LOWER_REVISION: 'Revision {{revision}} of "{{office}}" for {{year}} is older than revision {{latest}} already received; refused.',
    UPPER_REVISION_CONFLICT: 'Revision {{revision}} of "{{office}}" for {{year}} differs from the one already received under the same revision; conflict, refused (the lower office must make a new revision).',
    UPPER_OFFICE_NOT_FOUND: 'There is no lower office "{{office}}".',
    UPPER_OFFICE_EXISTS: 'A lower office with code "{{code}}" already exists.',
    UPPER_PACKAGE_NOT_FOUND: 'There is no received package {{id}}.',
    UPPER_RETURN_REASON: 'Returning a package needs a reason, so the lower office knows what to fix.',
  },
} as const;
