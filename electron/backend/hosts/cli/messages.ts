import { interpolate, type Locale } from '../../../../shared/i18n/locale';
import { campaignsCli } from './domainMessages/campaigns';
import { clustersCli } from './domainMessages/clusters';
import { statisticsCli } from './domainMessages/statistics';
import { awardsCli } from './domainMessages/awards';
import { proposalsCli } from './domainMessages/proposals';
import { certificatesCli } from './domainMessages/certificates';
import { reportsCli } from './domainMessages/reports';
import { grassrootsFormsCli } from './domainMessages/grassrootsForms';
import { upwardCli } from './domainMessages/upward';
import { auditCli } from './domainMessages/audit';

const coreCatalogue = {
  vi: {
    usage: `Cách dùng: uniondesk <lệnh> [tùy chọn]

Lệnh:
  init                         tạo (hoặc nâng cấp) cơ sở dữ liệu
  seed [--unions N] [--members N] [--year Y] [--seed S]
                               nạp dữ liệu mẫu của một văn phòng công đoàn
  settings get [KHÓA]          xem cài đặt
  settings set KHÓA GIÁ_TRỊ    sửa một cài đặt
  backup --out TỆP             sao lưu cơ sở dữ liệu
  restore TỆP                  khôi phục từ bản sao lưu (bản hiện tại được sao lưu trước)
  verify                       kiểm tra tính toàn vẹn và phiên bản lược đồ
  members search "TỪ KHÓA" [--limit N]
                               tìm đoàn viên theo tên, CCCD, số thẻ, điện thoại (không dấu cũng được)
  members list [--union MÃ] [--status S] [--limit N] [--offset N]
                               danh sách đoàn viên theo thứ tự tên
  import members TỆP [--union MÃ] [--dry-run] [--on-duplicate skip|update]
  import unions TỆP [--dry-run]
                               nhập từ Excel (.xlsx, .xls); dòng lỗi được liệt kê theo dòng và cột
  import works|initiatives|honours|contestants TỆP --campaign ID
  import criteria TỆP --sheet ID
                               nhập công trình, sáng kiến, tôn vinh, thí sinh vào một phong trào (tiêu chí: vào một
                               bảng chấm điểm); có dòng lỗi thì không nhập dòng nào
  template members|unions|awards|works|initiatives|honours|contestants|criteria --out TỆP.xlsx
                               tải mẫu trống của một danh sách nhập từ Excel
  export members --out TỆP.xlsx [--union MÃ] [--personal]
                               xuất danh sách đoàn viên (--personal: gồm CCCD, ngày sinh, điện thoại)
  campaigns list --year Y      phong trào thi đua của năm, với số liệu tổng hợp
  targets report --year Y      chỉ tiêu của năm: chỉ tiêu, thực hiện, tỷ lệ %
  awards list --year Y         khen thưởng của năm
  import awards TỆP --decision "SỐ" --date YYYY-MM-DD --form MÃ
                               nhập danh sách khen thưởng từ Excel vào một quyết định
  certificates print --decision "SỐ" --out TỆP.pdf [--calibration DX,DY] [--template ID]
                               in bằng/giấy khen của một quyết định ra PDF (in đúng kích thước thật)
  report stats --year Y        số liệu thống kê của báo cáo tổng kết năm
  report export --year Y --format docx|xlsx|pdf --out TỆP [--chromium ĐƯỜNG_DẪN]
                               xuất báo cáo tổng kết (pdf cần Chromium, Chrome hoặc Edge)
  forms make --period YYYY-MM-DD --out THƯ_MỤC|TỆP.zip [--union MÃ,MÃ]
                               lập Mẫu 1 điền sẵn cho các CĐCS (kỳ 31/05 hoặc 30/11)
  forms import TỆP_HOẶC_THƯ_MỤC… --period YYYY-MM-DD
                               nhận Mẫu 1 các CĐCS gửi về
  forms status --period YYYY-MM-DD
                               CĐCS đã nộp, chưa nộp Mẫu 1
  forms export --period YYYY-MM-DD --out TỆP.xlsx
                               xuất Mẫu 2 tổng hợp
  rollup figures --period YYYY-MM-DD
                               số liệu Mẫu 2 tổng hợp từ Mẫu 1 và số liệu quản lý
  report finalize --year Y     chốt báo cáo tổng kết (bản để lập gói gửi cấp trên)
  package build --year Y --out TỆP.zip [--personal] [--no-pdf] [--chromium ĐƯỜNG_DẪN]
                               lập gói gửi cấp trên, có chữ ký số (--personal: kèm danh sách đoàn viên)
  package verify TỆP           kiểm tra gói: chữ ký, mã băm từng phần, danh mục, kỳ, phiên bản
  package receipt TỆP          nhập biên nhận của cấp trên (đã nhận / trả lại)
  upper import TỆP... [--repin MÃ]
                               cấp trên nhận nhiều gói cùng lúc (--repin: chủ động ghim lại khóa mới)
  upper rollup --year Y        tổng hợp số liệu các đơn vị cấp dưới
  upper export --year Y --out TỆP.xlsx
                               xuất tổng hợp (chỉ tiêu × đơn vị, và báo cáo của cấp trên)
  upper receipt --office MÃ --year Y --out TỆP [--return "LÝ DO"]
                               nhận (hoặc trả lại) gói mới nhất của đơn vị, lập biên nhận có chữ ký
  upper proposals --year Y     các dòng đề nghị khen thưởng của mọi đơn vị cấp dưới
  upper decide MÃ_DÒNG approve|reject [--reason "LÝ DO"]
                               duyệt / không duyệt một dòng (không duyệt phải có lý do)
  upper draft-decision --year Y
                               lập dự thảo quyết định khen thưởng của đơn vị từ các dòng được duyệt
  audit list [--entity members|unions|awards…] [--since YYYY-MM-DD]
                               lịch sử thay đổi: ai, khi nào, sửa gì (cũ → mới)
  imports list                 các lần nhập từ Excel (số, ngày, loại, tệp, thêm, cập nhật)
  imports undo SỐ              hoàn tác cả một lần nhập (trả lại đúng dữ liệu trước khi nhập)

Tùy chọn chung: --data-dir THƯ_MỤC (mặc định: thư mục dữ liệu của ứng dụng; biến UNIONDESK_DATA_DIR),
  --json (kết quả dạng JSON), --lang vi|en`,
    unknownCommand: 'Lệnh không tồn tại: "{{command}}". Gõ "uniondesk --help" để xem các lệnh.',
    missingCommand: 'Thiếu lệnh. Gõ "uniondesk --help" để xem các lệnh.',
    badArguments: 'Tham số không hợp lệ cho "{{command}}": {{reason}}',
    missingArgument: 'Lệnh "{{command}}" cần {{what}}.',
    unknownSetting: 'Không có cài đặt "{{key}}". Các khóa hợp lệ: {{keys}}.',
    badNumber: '"{{option}}" phải là một số nguyên, không phải "{{value}}".',
    initDone: 'Cơ sở dữ liệu sẵn sàng: {{file}} (lược đồ phiên bản {{version}}).',
    seedDone: 'Đã nạp dữ liệu mẫu: {{unions}} công đoàn cơ sở, {{members}} đoàn viên, năm làm việc {{year}}.',
    backupDone: 'Đã sao lưu vào {{file}} ({{size}} byte).',
    restoreDone: 'Đã khôi phục từ {{file}}. Bản trước khi khôi phục được giữ ở {{safety}}.',
    verifyHealthy: 'Cơ sở dữ liệu tốt: {{file}}, lược đồ {{version}}/{{latest}}, kiểm tra toàn vẹn: ok.',
    verifyUnhealthy: 'Cơ sở dữ liệu có vấn đề: {{file}}, lược đồ {{version}}/{{latest}}, kiểm tra toàn vẹn: {{problems}}.',
    settingSaved: 'Đã lưu {{key}} = {{value}}.',
    templateDone: 'Đã lưu mẫu trống: {{file}}',
    importDone: 'Đã nhập {{imported}}, cập nhật {{updated}}, bỏ qua {{skipped}} (trùng), {{rejected}} lỗi:',
    rejectedFile: 'Các dòng lỗi (có cột "Lý do") ở {{file}}.',
    possibleDuplicates: '{{count}} dòng có thể trùng (tên gần giống, cùng ngày sinh) đã nhập như đoàn viên mới; hãy xem lại:',
    exportDone: 'Đã xuất {{rows}} đoàn viên vào {{file}}.',
  },
  en: {
    usage: `Usage: uniondesk <command> [options]

Commands:
  init                         create (or upgrade) the database
  seed [--unions N] [--members N] [--year Y] [--seed S]
                               load a demo union office
  settings get [KEY]           show settings
  settings set KEY VALUE       change one setting
  backup --out FILE            back up the database
  restore FILE                 restore a backup (the current database is backed up first)
  verify                       integrity check and schema version
  members search "QUERY" [--limit N]
                               find members by name, CCCD, card number or phone (diacritics optional)
  members list [--union CODE] [--status S] [--limit N] [--offset N]
                               members in the official order (given name first)
  import members FILE [--union CODE] [--dry-run] [--on-duplicate skip|update]
  import unions FILE [--dry-run]
                               import from Excel (.xlsx, .xls); bad rows are listed by row and column
  import works|initiatives|honours|contestants FILE --campaign ID
  import criteria FILE --sheet ID
                               import works, initiatives, honours, contestants into a campaign (criteria: into a
                               scoring sheet); one bad row and no row is imported
  template members|unions|awards|works|initiatives|honours|contestants|criteria --out FILE.xlsx
                               a blank list for an Excel import
  export members --out FILE.xlsx [--union CODE] [--personal]
                               export the member list (--personal: with CCCD, birth date, phone)
  campaigns list --year Y      the year's emulation campaigns, with their totals
  targets report --year Y      the year's targets: target, actual, percent
  awards list --year Y         the year's awards
  import awards FILE --decision "NUMBER" --date YYYY-MM-DD --form CODE
                               import an award list from Excel into a decision
  certificates print --decision "NUMBER" --out FILE.pdf [--calibration DX,DY] [--template ID]
                               print a decision's certificates to PDF (print at actual size)
  report stats --year Y        the figures of the year-end report
  report export --year Y --format docx|xlsx|pdf --out FILE [--chromium PATH]
                               export the year-end report (pdf needs Chromium, Chrome or Edge)
  forms make --period YYYY-MM-DD --out DIR|FILE.zip [--union CODE,CODE]
                               make pre-filled Mẫu 1 forms for the unions (period 31/05 or 30/11)
  forms import FILE_OR_DIR… --period YYYY-MM-DD
                               take back the Mẫu 1 forms the unions returned
  forms status --period YYYY-MM-DD
                               which unions have returned their Mẫu 1, which not
  forms export --period YYYY-MM-DD --out FILE.xlsx
                               export the office's Mẫu 2
  rollup figures --period YYYY-MM-DD
                               the Mẫu 2 figures, from the returned forms and the office's records
  report finalize --year Y     finalise the year-end report (the version a package is cut from)
  package build --year Y --out FILE.zip [--personal] [--no-pdf] [--chromium PATH]
                               build the signed package for the upper level (--personal: with the member list)
  package verify FILE          check a package: signature, each part's hash, catalogue, period, version
  package receipt FILE         import the upper level's receipt (received / returned)
  upper import FILE... [--repin CODE]
                               upper office: import many packages at once (--repin: accept a new key on purpose)
  upper rollup --year Y        roll up the lower offices' figures
  upper export --year Y --out FILE.xlsx
                               export the roll-up (figures × offices, and the upper level's own summary)
  upper receipt --office CODE --year Y --out FILE [--return "REASON"]
                               accept (or return) an office's latest package and write a signed receipt
  upper proposals --year Y     every lower office's award proposal rows in one list
  upper decide ROW_ID approve|reject [--reason "REASON"]
                               approve or reject one row (a rejection needs its reason)
  upper draft-decision --year Y
                               draft this office's award decision from the approved rows
  audit list [--entity members|unions|awards…] [--since YYYY-MM-DD]
                               the change history: who, when, what (old → new)
  imports list                 the Excel imports (number, date, kind, file, added, updated)
  imports undo ID              undo a whole import (puts back exactly the data before it)

Global options: --data-dir DIR (default: the app's data folder; env UNIONDESK_DATA_DIR),
  --json (machine-readable output), --lang vi|en`,
    unknownCommand: 'Unknown command "{{command}}". Run "uniondesk --help" for the list of commands.',
    missingCommand: 'No command given. Run "uniondesk --help" for the list of commands.',
    badArguments: 'Bad arguments for "{{command}}": {{reason}}',
    missingArgument: '"{{command}}" needs {{what}}.',
    unknownSetting: 'There is no setting "{{key}}". Valid keys: {{keys}}.',
    badNumber: '"{{option}}" must be a whole number, not "{{value}}".',
    initDone: 'Database ready: {{file}} (schema version {{version}}).',
    seedDone: 'Demo data loaded: {{unions}} grassroots unions, {{members}} members, working year {{year}}.',
    backupDone: 'Backed up to {{file}} ({{size}} bytes).',
    restoreDone: 'Restored from {{file}}. The database as it was before is kept at {{safety}}.',
    verifyHealthy: 'Database healthy: {{file}}, schema {{version}}/{{latest}}, integrity check: ok.',
    verifyUnhealthy: 'Database has problems: {{file}}, schema {{version}}/{{latest}}, integrity check: {{problems}}.',
    settingSaved: 'Saved {{key}} = {{value}}.',
    templateDone: 'Blank template saved: {{file}}',
    importDone: 'Imported {{imported}}, updated {{updated}}, skipped {{skipped}} (duplicates), {{rejected}} problems:',
    rejectedFile: 'The rejected rows (with a "Reason" column) are in {{file}}.',
    possibleDuplicates: '{{count}} rows may be duplicates (a similar name, the same birth date) and were imported as new members; please check:',
    exportDone: 'Exported {{rows}} members to {{file}}.',
  },
} satisfies Record<Locale, Record<string, string>>;

/** The foundation's texts and each domain's own (messages/<domain>.ts). */
const catalogue = {
  vi: { ...coreCatalogue.vi, ...campaignsCli.vi, ...clustersCli.vi, ...statisticsCli.vi, ...awardsCli.vi, ...proposalsCli.vi, ...certificatesCli.vi, ...reportsCli.vi, ...grassrootsFormsCli.vi, ...upwardCli.vi, ...auditCli.vi },
  en: { ...coreCatalogue.en, ...campaignsCli.en, ...clustersCli.en, ...statisticsCli.en, ...awardsCli.en, ...proposalsCli.en, ...certificatesCli.en, ...reportsCli.en, ...grassrootsFormsCli.en, ...upwardCli.en, ...auditCli.en },
} satisfies Record<Locale, Record<string, string>>;

export type CliMessage = keyof (typeof catalogue)['vi'];

export function cliMessage(locale: Locale, key: CliMessage, params?: Record<string, unknown>): string {
  return interpolate(catalogue[locale][key], params);
}
