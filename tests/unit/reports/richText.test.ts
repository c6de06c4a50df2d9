import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from '../../../shared/reports/richText';
import { applyFigureEntries } from '../../../shared/reports/figures';

const WORD_PASTE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=VI><p class=MsoNormal style='text-align:justify'><b><span style='font-family:"Times New Roman"'>Kết quả nổi bật</span></b><span> năm 2025 &amp; <i>kế hoạch</i><o:p></o:p></span></p>
<ul><li class=MsoListParagraph>Tết Sum vầy</li><li>Mái ấm Công đoàn</li></ul>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td width=200 colspan=2 style='padding:0'><p class=MsoNormal>Chỉ tiêu</p></td></tr><tr><td>1</td><td>2</td></tr></table>
<p><img src="file:///C:/x.png"><a href="http://x">liên kết</a><script>alert(1)</script><span onclick="x()">chữ</span></p></body></html>`;

describe('sanitising pasted Word HTML', () => {
  it('keeps headings, bold, italic, lists and tables and drops the rest', () => {
    const clean = sanitizeRichText(WORD_PASTE);
    expect(clean).toContain('<p><strong>Kết quả nổi bật</strong> năm 2025 &amp; <em>kế hoạch</em></p>');
    expect(clean).toContain('<ul><li>Tết Sum vầy</li><li>Mái ấm Công đoàn</li></ul>');
    expect(clean).toContain('<table><tr><td colspan="2"><p>Chỉ tiêu</p></td></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(clean).toContain('<p>liên kếtchữ</p>');
    for (const gone of ['style', 'class', 'script', 'alert', 'img', 'href', 'onclick', 'mso', 'xml', '<span', 'o:p']) expect(clean).not.toContain(gone);
  });

  it('is idempotent and escapes text', () => {
    const once = sanitizeRichText('<h1>Tiêu đề</h1><p>a &lt;b&gt; "c"</p><div>d<b>e</p>');
    expect(once).toBe('<h2>Tiêu đề</h2><p>a &lt;b&gt; &quot;c&quot;</p><p>d<strong>e</strong></p>');
    expect(sanitizeRichText(once)).toBe(once);
  });
});

describe('typed values and overrides', () => {
  const figures = [
    { code: 'a', section: 'members', label: 'A', unit: 'đoàn viên', value: 100, lastYear: 80, target: 200 },
    { code: 'b', section: 'members', label: 'B', unit: 'đoàn viên', value: null, lastYear: null, target: null },
  ];
  it('applies an override only with a reason, a typed value only where the data has none', () => {
    const shown = applyFigureEntries(figures, [
      { code: 'a', manualValue: null, overrideValue: 120, reason: 'Số liệu của LĐLĐ', note: '' },
      { code: 'b', manualValue: 7, overrideValue: null, reason: '', note: 'Sổ theo dõi' },
    ]);
    expect(shown.map((f) => [f.code, f.value, f.source, f.change, f.percentOfTarget])).toEqual([
      ['a', 120, 'override', 40, 60],
      ['b', 7, 'manual', null, null],
    ]);
    const noReason = applyFigureEntries(figures, [{ code: 'a', manualValue: null, overrideValue: 1, reason: ' ', note: '' }]);
    expect(noReason[0]).toMatchObject({ value: 100, source: 'data' });
  });
});
