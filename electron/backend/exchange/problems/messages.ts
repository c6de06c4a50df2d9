import { interpolate, type Locale } from '../../../../shared/i18n/locale';
import { MEMBER_FIELDS } from '../members/fields';
import { UNION_FIELDS } from '../unions/fields';
import { LIST_FIELDS } from '../lists/fields';
import type { ImportProblem, ProblemCode } from './types';

/** A message, or variants chosen by params.reason / params.by ('default' otherwise). */
type Template = string | Readonly<Record<string, string>>;

const MESSAGES: Readonly<Record<Locale, Readonly<Record<ProblemCode, Template>>>> = {
  vi: {
    required: 'Thiếu {{label}}. Hãy điền {{label}} cho dòng này.',
    invalidDate: {
      default: "{{label}} '{{value}}' không phải là ngày. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/12/1990.",
      yearOnly: "{{label}} '{{value}}' mới chỉ có năm. Hãy ghi đủ ngày/tháng/năm, ví dụ 05/12/1990.",
      tooEarly: "{{label}} '{{value}}' trước năm 1900. Hãy kiểm tra lại năm.",
    },
    impossibleDate: "{{label}} '{{value}}' không có thật. Hãy kiểm tra lại ngày và tháng.",
    futureDate: "{{label}} '{{value}}' là một ngày chưa tới. Hãy kiểm tra lại năm.",
    invalidCccd: {
      default: 'Số CCCD phải có đúng 12 chữ số (đang có {{digits}}). Hãy ghi đủ 12 số như trên thẻ căn cước.',
      oldCmnd:
        "Số CCCD phải có đúng 12 chữ số (đang có 9): '{{value}}' là số CMND cũ. Hãy ghi số CCCD (số định danh cá nhân) 12 chữ số.",
      notDigits: "Số CCCD '{{value}}' chỉ được gồm chữ số. Hãy bỏ chữ cái, dấu gạch và ký hiệu, ghi đủ 12 chữ số.",
    },
    invalidPhone:
      "Số điện thoại '{{value}}' không đúng. Hãy ghi 10 chữ số bắt đầu bằng 0 (ví dụ 0912345678), mỗi ô chỉ một số.",
    unknownUnion:
      "Không tìm thấy công đoàn cơ sở '{{value}}'. Hãy ghi đúng tên hoặc mã của một CĐCS đã có trong phần mềm, hoặc thêm CĐCS đó trước.",
    missingUnion:
      'Chưa biết đoàn viên thuộc công đoàn cơ sở nào. Hãy thêm cột CĐCS vào tệp hoặc chọn một CĐCS cho cả danh sách.',
    invalidSex: {
      default: "Giới tính '{{value}}' không rõ. Hãy ghi 'Nam' hoặc 'Nữ'.",
      both: 'Dòng này ghi ở cả cột Nam và cột Nữ. Hãy chỉ ghi vào cột đúng giới tính của người đó.',
    },
    invalidBoolean: "{{label}} '{{value}}' không rõ. Hãy ghi 'x' nếu có, để trống nếu không.",
    invalidPosition:
      "Chức vụ công đoàn '{{value}}' không rõ. Hãy ghi một trong: Chủ tịch, Phó Chủ tịch, Ủy viên BCH, Ủy viên UBKT, Tổ trưởng, Tổ phó, hoặc để trống.",
    invalidNumber: "{{label}} '{{value}}' phải là một số nguyên không âm. Hãy ghi số, ví dụ 120.",
    invalidSector:
      "Khu vực '{{value}}' không rõ. Hãy ghi một trong: Hành chính sự nghiệp, Doanh nghiệp nhà nước, Doanh nghiệp ngoài nhà nước, Doanh nghiệp FDI, Nghiệp đoàn.",
    femaleExceedsTotal: 'Số nữ ({{female}}) lớn hơn tổng số CNVCLĐ ({{total}}). Hãy kiểm tra lại hai số này.',
    tooLong: '{{label}} dài quá {{max}} ký tự. Hãy rút gọn.',
    duplicateInFile: {
      default: "'{{value}}' trùng với dòng {{firstRow}} của tệp. Hãy xóa dòng trùng.",
      cccd: 'Số CCCD {{value}} trùng với dòng {{firstRow}} của tệp. Hãy xóa dòng trùng hoặc sửa lại số.',
      nameAndBirthDate:
        'Họ tên và ngày sinh trùng với dòng {{firstRow}} của tệp. Nếu là cùng một người, hãy xóa dòng trùng.',
      code: "Mã CĐCS '{{value}}' trùng với dòng {{firstRow}} của tệp. Hãy sửa lại mã.",
      name: "Tên CĐCS '{{value}}' trùng với dòng {{firstRow}} của tệp. Hãy xóa dòng trùng.",
      listEntry: "Dòng {{row}} và dòng {{firstRow}} của tệp cùng là '{{value}}' (cùng tên, cùng CĐCS). Hãy xóa một trong hai dòng hoặc sửa lại tên.",
    },
    invalidValue: '{{label}} không hợp lệ ({{reason}}). Hãy sửa lại.',
    invalidMoney: {
      default: "{{label}} '{{value}}' không phải là số tiền. Hãy ghi số đồng, ví dụ 120.000.000 hoặc 1,5 tỷ.",
      thousandsComma: "{{label}} '{{value}}' dùng dấu phẩy để ngăn hàng nghìn. Hãy dùng dấu chấm, ví dụ 1.500.000.",
      fraction: "{{label}} '{{value}}' có phần lẻ dưới một đồng. Hãy ghi số đồng chẵn.",
      negative: "{{label}} '{{value}}' là số âm. Hãy ghi số tiền từ 0 trở lên.",
      tooLarge: "{{label}} '{{value}}' lớn quá. Hãy kiểm tra lại số tiền.",
    },
    invalidPoints: "{{label}} '{{value}}' phải là số điểm từ 0 trở lên, ví dụ 10 hoặc 2,5.",
    invalidChoice: "{{label}} '{{value}}' không rõ. Hãy ghi một trong: {{allowed}}.",
    unknownContest: "Phong trào này chưa có hội thi '{{value}}'. Hãy ghi đúng tên một hội thi đã có ({{allowed}}) hoặc thêm hội thi đó trước.",
  },
  en: {
    required: '{{label}} is missing. Fill in {{label}} for this row.',
    invalidDate: {
      default: "{{label}} '{{value}}' is not a date. Write it as day/month/year, e.g. 05/12/1990.",
      yearOnly: "{{label}} '{{value}}' is only a year. Write the full day/month/year, e.g. 05/12/1990.",
      tooEarly: "{{label}} '{{value}}' is before 1900. Check the year.",
    },
    impossibleDate: "{{label}} '{{value}}' does not exist. Check the day and the month.",
    futureDate: "{{label}} '{{value}}' is in the future. Check the year.",
    invalidCccd: {
      default: 'A citizen ID (CCCD) must have exactly 12 digits (this one has {{digits}}). Write all 12 digits from the card.',
      oldCmnd:
        "A citizen ID (CCCD) must have exactly 12 digits (this one has 9): '{{value}}' is an old identity card (CMND) number. Write the 12-digit CCCD number.",
      notDigits: "The citizen ID '{{value}}' may contain digits only. Remove letters, dashes and symbols and write all 12 digits.",
    },
    invalidPhone: "The phone number '{{value}}' is not valid. Write 10 digits starting with 0 (e.g. 0912345678), one number per cell.",
    unknownUnion:
      "No grassroots union '{{value}}' was found. Write the name or code of a union already in UnionDesk, or add that union first.",
    missingUnion: 'It is not known which grassroots union this member belongs to. Add a union column to the file or choose one union for the whole list.',
    invalidSex: {
      default: "Sex '{{value}}' is not clear. Write 'Nam' (male) or 'Nữ' (female).",
      both: 'This row has entries under both Nam (male) and Nữ (female). Write in the column of the person’s sex only.',
    },
    invalidBoolean: "{{label}} '{{value}}' is not clear. Write 'x' for yes and leave it blank for no.",
    invalidPosition:
      "Union position '{{value}}' is not clear. Write one of: Chủ tịch, Phó Chủ tịch, Ủy viên BCH, Ủy viên UBKT, Tổ trưởng, Tổ phó, or leave it blank.",
    invalidNumber: "{{label}} '{{value}}' must be a whole number, 0 or more. Write a number, e.g. 120.",
    invalidSector:
      "Sector '{{value}}' is not clear. Write one of: Hành chính sự nghiệp, Doanh nghiệp nhà nước, Doanh nghiệp ngoài nhà nước, Doanh nghiệp FDI, Nghiệp đoàn.",
    femaleExceedsTotal: 'Female workers ({{female}}) outnumber all workers ({{total}}). Check both numbers.',
    tooLong: '{{label}} is longer than {{max}} characters. Shorten it.',
    duplicateInFile: {
      default: "'{{value}}' repeats row {{firstRow}} of the file. Delete the repeated row.",
      cccd: 'Citizen ID {{value}} repeats row {{firstRow}} of the file. Delete the repeated row or correct the number.',
      nameAndBirthDate: 'The name and date of birth repeat row {{firstRow}} of the file. If it is the same person, delete the repeated row.',
      code: "Union code '{{value}}' repeats row {{firstRow}} of the file. Correct the code.",
      name: "Union name '{{value}}' repeats row {{firstRow}} of the file. Delete the repeated row.",
      listEntry: "Rows {{firstRow}} and {{row}} of the file are both '{{value}}' (same name, same grassroots union). Delete one of the two rows or correct the name.",
    },
    invalidValue: '{{label}} is not valid ({{reason}}). Correct it.',
    invalidMoney: {
      default: "{{label}} '{{value}}' is not an amount of money. Write whole đồng, e.g. 120.000.000 or 1,5 tỷ.",
      thousandsComma: "{{label}} '{{value}}' groups thousands with commas. Use dots, e.g. 1.500.000.",
      fraction: "{{label}} '{{value}}' has a fraction of a đồng. Write whole đồng.",
      negative: "{{label}} '{{value}}' is negative. Write an amount of 0 or more.",
      tooLarge: "{{label}} '{{value}}' is too large. Check the amount.",
    },
    invalidPoints: "{{label}} '{{value}}' must be a number of points, 0 or more, e.g. 10 or 2,5.",
    invalidChoice: "{{label}} '{{value}}' is not clear. Write one of: {{allowed}}.",
    unknownContest: "This campaign has no contest '{{value}}'. Write the name of a contest it has ({{allowed}}) or add that contest first.",
  },
};

/** Labels of keys that are not import fields. */
const EXTRA_LABELS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  organizationId: { vi: 'Công đoàn cơ sở', en: 'Grassroots union' },
};

function fieldLabel(key: string, locale: Locale): string {
  const field = [MEMBER_FIELDS, UNION_FIELDS, ...Object.values(LIST_FIELDS)].flat().find((f) => f.key === key);
  if (field !== undefined) return locale === 'vi' ? field.labelVi : field.labelEn;
  return EXTRA_LABELS[key]?.[locale] ?? key;
}

function pick(template: Template, params: Readonly<Record<string, unknown>>): string {
  if (typeof template === 'string') return template;
  for (const key of [params.reason, params.by]) {
    if (typeof key === 'string' && template[key] !== undefined) return template[key];
  }
  return template.default ?? '';
}

/**
 * The message for one problem in the user's language: what is wrong and what to do, e.g.
 * "Ngày sinh '31/02/1990' không có thật. Hãy kiểm tra lại ngày và tháng." The field is named by
 * its column's header as in the file, or by the field's label when it has no column.
 */
export function problemMessage(problem: ImportProblem, locale: Locale): string {
  const params = problem.params ?? {};
  const label = problem.column !== '' ? problem.column : fieldLabel(problem.field, locale);
  const text = interpolate(pick(MESSAGES[locale][problem.code], params), { ...params, label });
  // A sentence that starts with the label starts with a capital, even where the header is in small letters.
  return text.charAt(0).toUpperCase() + text.slice(1);
}
