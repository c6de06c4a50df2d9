import type { Locale } from './locale';

/*
 * How forms label the fields that the IPC contracts carry, by the field's key (the last name in
 * its path). Used where a validation message comes from the backend and no form label is at hand.
 */
const vi: Record<string, string> = {
  address: 'Địa chỉ', addressee: 'Kính gửi', amount: 'Số tiền', authors: 'Tác giả', birthDate: 'Ngày sinh',
  body: 'Nội dung', campaignId: 'Phong trào', cardIssuedOn: 'Ngày cấp thẻ', cardNumber: 'Số thẻ đoàn viên',
  category: 'Loại', cccd: 'Số CCCD', cccdIssuedBy: 'Nơi cấp CCCD', cccdIssuedOn: 'Ngày cấp CCCD', chairName: 'Chủ tịch',
  code: 'Mã', collective: 'Hệ số tập thể', completedOn: 'Ngày hoàn thành', content: 'Nội dung', criteria: 'Tiêu chí',
  cutoff: 'Ngày chốt số liệu', cutoffOn: 'Ngày chốt số liệu', date: 'Ngày', decidedOn: 'Ngày quyết định',
  decision: 'Quyết định', decisionNo: 'Số quyết định', districtName: 'Quận/huyện', education: 'Trình độ học vấn',
  effectiveFrom: 'Áp dụng từ ngày', endsOn: 'Đến ngày', enterpriseName: 'Tên doanh nghiệp', ethnicity: 'Dân tộc',
  fileName: 'Tên tệp', foundedOn: 'Ngày thành lập', foundingDecision: 'Quyết định thành lập', fromName: 'Nơi chuyển đến từ',
  fullName: 'Họ và tên', goals: 'Chỉ tiêu', heldOn: 'Ngày tổ chức', hometown: 'Quê quán', honouredOn: 'Ngày tôn vinh',
  id: 'Mã bản ghi', ids: 'Các dòng đã chọn', individual: 'Hệ số cá nhân', issuedOn: 'Ngày ban hành', issuerName: 'Cơ quan ban hành',
  joinedOn: 'Ngày vào công đoàn', label: 'Nhãn', launchedBy: 'Đơn vị phát động', legalBasis: 'Căn cứ', level: 'Cấp',
  limit: 'Số dòng mỗi trang', managerName: 'Người quản lý', memberId: 'Đoàn viên', memberIds: 'Các đoàn viên đã chọn',
  members: 'Đoàn viên', name: 'Tên', note: 'Ghi chú', number: 'Số, ký hiệu', occupation: 'Nghề nghiệp', offset: 'Vị trí trang',
  organizationId: 'CĐCS', people: 'Số người', personName: 'Họ và tên', phone: 'Điện thoại', place: 'Địa điểm',
  placeName: 'Địa danh', planDate: 'Ngày kế hoạch', planNumber: 'Số, ký hiệu kế hoạch', points: 'Điểm', position: 'Thứ tự',
  prizeAmount: 'Tiền thưởng', qualification: 'Chuyên môn', query: 'Từ khóa tìm', reason: 'Lý do', recipientName: 'Người được khen',
  recipientUnit: 'Đơn vị', recipients: 'Nơi nhận', registeredOn: 'Ngày đăng ký', religion: 'Tôn giáo', search: 'Từ khóa tìm',
  sex: 'Giới tính', shortName: 'Tên viết tắt', signedOn: 'Ngày ký', signerName: 'Người ký', signerTitle: 'Chức vụ người ký',
  startsOn: 'Từ ngày', status: 'Tình trạng', subject: 'Trích yếu', submittedOn: 'Ngày trình', text: 'Nội dung',
  title: 'Danh hiệu', toName: 'Nơi chuyển đến', toOrganizationId: 'CĐCS chuyển đến', unionPosition: 'Chức vụ công đoàn',
  unit: 'Đơn vị tính', value: 'Giá trị', wardName: 'Phường/xã', workersFemale: 'Số lao động nữ', workersTotal: 'Tổng số lao động',
  year: 'Năm', 'office.name': 'Tên đơn vị', 'office.upperName': 'Cấp trên', 'office.placeName': 'Địa danh',
  'office.shortName': 'Tên viết tắt', 'office.symbol': 'Ký hiệu văn bản', 'office.workingYear': 'Năm làm việc', 'ui.language': 'Ngôn ngữ',
};

const en: Record<string, string> = {
  address: 'Address', addressee: 'To', amount: 'Amount', authors: 'Authors', birthDate: 'Date of birth', body: 'Body',
  campaignId: 'Campaign', cardIssuedOn: 'Card issued on', cardNumber: 'Union card number', category: 'Category', cccd: 'ID number',
  cccdIssuedBy: 'ID issued by', cccdIssuedOn: 'ID issued on', chairName: 'Chair', code: 'Code', collective: 'Collective coefficient',
  completedOn: 'Completed on', content: 'Content', criteria: 'Criteria', cutoff: 'Cut-off date', cutoffOn: 'Cut-off date', date: 'Date',
  decidedOn: 'Decision date', decision: 'Decision', decisionNo: 'Decision number', districtName: 'District', education: 'Education',
  effectiveFrom: 'Effective from', endsOn: 'Ends on', enterpriseName: 'Enterprise name', ethnicity: 'Ethnicity', fileName: 'File name',
  foundedOn: 'Founded on', foundingDecision: 'Founding decision', fromName: 'Transferred from', fullName: 'Full name', goals: 'Targets',
  heldOn: 'Held on', hometown: 'Home town', honouredOn: 'Honoured on', id: 'Record id', ids: 'Selected rows',
  individual: 'Individual coefficient', issuedOn: 'Issued on', issuerName: 'Issued by', joinedOn: 'Joined the union on', label: 'Label',
  launchedBy: 'Launched by', legalBasis: 'Legal basis', level: 'Level', limit: 'Rows per page', managerName: 'Manager',
  memberId: 'Member', memberIds: 'Selected members', members: 'Members', name: 'Name', note: 'Note', number: 'Number',
  occupation: 'Occupation', offset: 'Page position', organizationId: 'Grassroots union', people: 'People', personName: 'Full name',
  phone: 'Phone', place: 'Place', placeName: 'Place name', planDate: 'Plan date', planNumber: 'Plan number', points: 'Points',
  position: 'Order', prizeAmount: 'Prize money', qualification: 'Qualification', query: 'Search words', reason: 'Reason',
  recipientName: 'Recipient', recipientUnit: 'Unit', recipients: 'Copies to', registeredOn: 'Registered on', religion: 'Religion',
  search: 'Search words', sex: 'Sex', shortName: 'Short name', signedOn: 'Signed on', signerName: 'Signer', signerTitle: "Signer's title",
  startsOn: 'Starts on', status: 'Status', subject: 'Subject', submittedOn: 'Submitted on', text: 'Text', title: 'Title',
  toName: 'Transferred to', toOrganizationId: 'Destination union', unionPosition: 'Union position', unit: 'Unit', value: 'Value',
  wardName: 'Ward/commune', workersFemale: 'Female workers', workersTotal: 'Workers', year: 'Year', 'office.name': 'Office name',
  'office.upperName': 'Upper level', 'office.placeName': 'Place name', 'office.shortName': 'Short name',
  'office.symbol': 'Document symbol', 'office.workingYear': 'Working year', 'ui.language': 'Language',
};

const fallback: Record<Locale, string> = { vi: 'Ô nhập', en: 'A field' };
const catalogues: Record<Locale, Record<string, string>> = { vi, en };

/** The label of the field at `path` (array indices skipped), or a plain "field" when none is known. */
export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  return (key !== undefined ? catalogues[locale][key] : undefined) ?? fallback[locale];
}
