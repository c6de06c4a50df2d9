/** The demo criteria table (bảng tiêu chí chấm điểm), as a cluster of trade unions writes it. */

export interface SeedCriterion {
  kind: 'section' | 'criterion' | 'bonus' | 'deduction';
  code: string;
  content: string;
  condition?: string;
  evidence?: string;
  max: number;
}

export const SEED_CRITERIA: readonly SeedCriterion[] = [
  { kind: 'section', code: 'I', content: 'Công tác tuyên truyền, giáo dục', max: 0 },
  { kind: 'criterion', code: '1', content: 'Tuyên truyền chủ trương của Đảng, pháp luật của Nhà nước, nghị quyết công đoàn', condition: 'Có kế hoạch và tổ chức ít nhất 2 đợt/năm', evidence: 'Kế hoạch, báo cáo kết quả', max: 10 },
  { kind: 'criterion', code: '2', content: 'Tổ chức các phong trào thi đua, hoạt động văn hóa, thể thao', condition: 'Có đăng ký thi đua đầu năm', evidence: 'Bản đăng ký, báo cáo tổng kết', max: 10 },
  { kind: 'section', code: 'II', content: 'Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên', max: 0 },
  { kind: 'criterion', code: '3', content: 'Tham gia xây dựng và giám sát thực hiện quy chế dân chủ cơ sở', condition: 'Tổ chức hội nghị người lao động đúng quy định', evidence: 'Biên bản hội nghị', max: 15 },
  { kind: 'criterion', code: '4', content: 'Thương lượng, ký kết thỏa ước lao động tập thể', condition: 'Thỏa ước còn hiệu lực, có lợi hơn quy định', evidence: 'Bản thỏa ước', max: 15 },
  { kind: 'criterion', code: '5', content: 'Chăm lo đời sống, thăm hỏi, hỗ trợ đoàn viên khó khăn', evidence: 'Danh sách, chứng từ chi', max: 10 },
  { kind: 'section', code: 'III', content: 'Công tác tổ chức, xây dựng công đoàn', max: 0 },
  { kind: 'criterion', code: '6', content: 'Phát triển đoàn viên đạt chỉ tiêu được giao', condition: 'Đạt 100% chỉ tiêu trở lên', evidence: 'Quyết định kết nạp', max: 15 },
  { kind: 'criterion', code: '7', content: 'Quản lý đoàn viên, cập nhật dữ liệu đoàn viên', evidence: 'Sổ, phần mềm quản lý', max: 5 },
  { kind: 'section', code: 'IV', content: 'Công tác tài chính, kiểm tra', max: 0 },
  { kind: 'criterion', code: '8', content: 'Thu, nộp kinh phí và đoàn phí công đoàn đúng, đủ, kịp thời', condition: 'Nộp đủ trước 31/12', evidence: 'Chứng từ nộp', max: 15 },
  { kind: 'criterion', code: '9', content: 'Báo cáo đúng hạn, đúng mẫu', max: 5 },
  { kind: 'bonus', code: '', content: 'Điểm thưởng: sáng kiến, mô hình hay được cấp trên khen', evidence: 'Quyết định khen thưởng', max: 5 },
  { kind: 'deduction', code: '', content: 'Điểm trừ: nộp báo cáo chậm, để xảy ra đình công, vi phạm', max: 10 },
];

export const SEED_PLEDGE_BODY = `Thực hiện Kế hoạch thi đua năm của Liên đoàn Lao động thành phố, các đơn vị trong cụm thống nhất ký kết giao ước thi đua với các nội dung sau:

1. Tổ chức tốt các phong trào thi đua yêu nước trong công nhân, viên chức, lao động; phấn đấu 100% đơn vị đăng ký và thực hiện giao ước.

2. Làm tốt công tác đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động.

3. Phát triển đoàn viên, thành lập công đoàn cơ sở đạt và vượt chỉ tiêu được giao; xây dựng tổ chức công đoàn vững mạnh.

4. Thu, nộp kinh phí và đoàn phí công đoàn đầy đủ, kịp thời; chấp hành chế độ báo cáo đúng quy định.

Các đơn vị cam kết thực hiện nghiêm túc các nội dung giao ước; cuối năm tổ chức chấm điểm, bình xét và đề nghị khen thưởng theo quy định.`;
