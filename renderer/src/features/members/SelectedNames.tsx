import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '@shared/members/model';
import { formatNumber } from '@shared/domain/format/number';

const SHOWN = 5;

/** "Nguyễn Văn An, Trần Thị Bình và 3 người khác": who an action is about to change. */
export function SelectedNames({ members }: { members: MemberListItem[] }) {
  const { t } = useTranslation();
  const names = members.slice(0, SHOWN).map((m) => m.fullName).join(', ');
  const rest = members.length - SHOWN;
  return (
    <Typography.Paragraph style={{ marginBottom: 12 }} data-testid="selected-names">
      <Typography.Text strong>{names}</Typography.Text>
      {rest > 0 && <Typography.Text type="secondary"> {t('members.delete.more', { n: formatNumber(rest) })}</Typography.Text>}
    </Typography.Paragraph>
  );
}
