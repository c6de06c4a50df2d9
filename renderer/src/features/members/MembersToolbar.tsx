import type { ReactNode } from 'react';
import { Button, Divider, Flex, Tooltip } from 'antd';
import { DeleteOutlined, ImportOutlined, LogoutOutlined, SwapOutlined, UserAddOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '@shared/members/model';

export type MemberAction = 'admit' | 'transferIn' | 'transfer' | 'left' | 'deceased' | 'delete';

/** A disabled button cannot show a tooltip by itself: wrap it. */
function WithReason({ reason, children }: { reason: string | null; children: ReactNode }) {
  return reason ? (
    <Tooltip title={reason}>
      <span>{children}</span>
    </Tooltip>
  ) : (
    children
  );
}

/** Kết nạp / chuyển đến always; the rest act on the ticked rows. */
export function MembersToolbar({ selected, onAction }: { selected: MemberListItem[]; onAction(action: MemberAction): void }) {
  const { t } = useTranslation();
  const none = selected.length === 0;
  const inactive = selected.some((m) => m.status !== 'active');
  const movementReason = none ? t('members.actions.selectFirst') : inactive ? t('members.actions.onlyActive') : null;
  const deleteReason = none ? t('members.actions.selectFirst') : null;

  return (
    <Flex gap={6} align="center" wrap>
      <Button type="primary" icon={<UserAddOutlined />} onClick={() => onAction('admit')}>
        {t('members.actions.admit')}
      </Button>
      <Button icon={<ImportOutlined />} onClick={() => onAction('transferIn')}>
        {t('members.actions.transferIn')}
      </Button>
      <Divider orientation="vertical" style={{ margin: '0 2px' }} />
      <WithReason reason={movementReason}>
        <Button icon={<SwapOutlined />} disabled={movementReason !== null} onClick={() => onAction('transfer')}>
          {t('members.actions.transfer')}
        </Button>
      </WithReason>
      <WithReason reason={movementReason}>
        <Button icon={<LogoutOutlined />} disabled={movementReason !== null} onClick={() => onAction('left')}>
          {t('members.actions.left')}
        </Button>
      </WithReason>
      <WithReason reason={movementReason}>
        <Button icon={<UserDeleteOutlined />} disabled={movementReason !== null} onClick={() => onAction('deceased')}>
          {t('members.actions.deceased')}
        </Button>
      </WithReason>
      <WithReason reason={deleteReason}>
        <Button danger icon={<DeleteOutlined />} disabled={deleteReason !== null} onClick={() => onAction('delete')}>
          {t('members.actions.delete')}
        </Button>
      </WithReason>
    </Flex>
  );
}
