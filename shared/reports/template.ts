import type { ReportSection } from './model';

/** A section's guidance: shown greyed in the editor as a placeholder, never printed or exported. */
const p = (text: string) => ({ html: '', hint: text });

/** The title of the year-end review report. */
export function defaultReportTitle(year: number): string {
  return `Báo cáo tổng kết phong trào CNVCLĐ và hoạt động công đoàn năm ${year}, phương hướng, nhiệm vụ năm ${year + 1}`;
}

/**
 * The default sections (DOMAIN.md "Documents and reports"), empty, each with a short guidance
 * (hint) of what to write there.
 */
export function defaultReportSections(year: number): ReportSection[] {
  const next = year + 1;
  return [
    { key: 'situation', level: 1, heading: 'I. ĐẶC ĐIỂM TÌNH HÌNH', ...p(`Tình hình kinh tế - xã hội trên địa bàn năm ${year}; tình hình doanh nghiệp, cơ quan, đơn vị; việc làm, thu nhập, đời sống của công nhân, viên chức, lao động; những thuận lợi, khó khăn tác động đến hoạt động công đoàn.`) },
    { key: 'results', level: 1, heading: 'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', html: '' },
    { key: 'results.representation', level: 2, heading: '1. Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động', ...p('Kết quả tham gia xây dựng, thực hiện quy chế dân chủ ở cơ sở; tổ chức đối thoại, thương lượng và ký kết thỏa ước lao động tập thể; tư vấn pháp luật; giải quyết tranh chấp lao động.') },
    { key: 'results.care', level: 2, heading: '2. Công tác chăm lo đời sống đoàn viên, người lao động', ...p('Kết quả chương trình "Tết Sum vầy", xây dựng "Mái ấm Công đoàn", thăm hỏi, hỗ trợ đoàn viên có hoàn cảnh khó khăn: số người được hỗ trợ, số tiền.') },
    { key: 'results.emulation', level: 2, heading: '3. Công tác tổ chức các phong trào thi đua', ...p('Kết quả các phong trào thi đua "Lao động giỏi, lao động sáng tạo", "Giỏi việc nước, đảm việc nhà"; số công trình, sáng kiến và giá trị làm lợi; các hội thi tay nghề và số người đạt giải; công tác khen thưởng.') },
    { key: 'results.membership', level: 2, heading: '4. Công tác phát triển đoàn viên, thành lập công đoàn cơ sở', ...p('Kết quả kết nạp đoàn viên mới, thành lập công đoàn cơ sở; xếp loại công đoàn cơ sở; công tác cán bộ công đoàn.') },
    { key: 'results.finance', level: 2, heading: '5. Công tác tài chính công đoàn', ...p('Kết quả thu, chi kinh phí và đoàn phí công đoàn; quản lý tài chính, tài sản công đoàn.') },
    { key: 'results.inspection', level: 2, heading: '6. Công tác kiểm tra, giám sát', ...p('Số cuộc kiểm tra, giám sát đã thực hiện; kết quả giải quyết khiếu nại, tố cáo.') },
    { key: 'results.women', level: 2, heading: '7. Hoạt động nữ công', ...p('Kết quả phong trào thi đua "Giỏi việc nước, đảm việc nhà"; chăm lo cho lao động nữ; công tác bình đẳng giới.') },
    { key: 'assessment', level: 1, heading: 'III. ĐÁNH GIÁ CHUNG', html: '' },
    { key: 'assessment.strengths', level: 2, heading: '1. Ưu điểm', ...p('Những kết quả nổi bật đạt được trong năm.') },
    { key: 'assessment.weaknesses', level: 2, heading: '2. Hạn chế', ...p('Những mặt còn hạn chế, chỉ tiêu chưa đạt.') },
    { key: 'assessment.causes', level: 2, heading: '3. Nguyên nhân', ...p('Nguyên nhân khách quan và chủ quan của những hạn chế.') },
    { key: 'assessment.lessons', level: 2, heading: '4. Bài học kinh nghiệm', ...p('Những bài học rút ra từ thực tiễn hoạt động.') },
    { key: 'directions', level: 1, heading: `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${next}`, ...p(`Các chỉ tiêu, nhiệm vụ trọng tâm và giải pháp thực hiện năm ${next}.`) },
  ];
}

/** Default cut-off of the statistics: 30 November of the year. */
export const defaultCutoff = (year: number) => `${year}-11-30`;
