import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Movement, MovementKind } from '@shared/members/model';
import { formatDateVi, isValidIsoDate } from '@shared/domain/format/date';

const COLORS: Record<MovementKind, string> = {
  admitted: '#389e0d',
  transferred_in: '#1677ff',
  transferred_out: '#d46b08',
  left: '#8c8c8c',
  deceased: '#434343',
};

/**
 * Where a movement went from and to. A transfer across the office boundary keeps the outside
 * union's name in the note (the backend has no row for it).
 */
export function movementEnds(movement: Movement): { from: string; to: string; note: string } {
  const outsideFrom = movement.kind === 'transferred_in' && movement.fromOrganizationId === null;
  const outsideTo = movement.kind === 'transferred_out' && movement.toOrganizationId === null;
  return {
    from: movement.fromOrganizationName || (outsideFrom ? movement.note : ''),
    to: movement.toOrganizationName || (outsideTo ? movement.note : ''),
    note: outsideFrom || outsideTo ? '' : movement.note,
  };
}

/** Quá trình sinh hoạt: one line per movement, oldest first. */
export function MovementTimeline({ movements }: { movements: Movement[] }) {
  const { t } = useTranslation();
  if (movements.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.detail.noHistory')} />;
  return (
    <Timeline
      data-testid="movement-timeline"
      items={movements.map((movement) => {
        const { from, to, note } = movementEnds(movement);
        return {
          key: movement.id,
          color: COLORS[movement.kind],
          content: (
            <div>
              <Typography.Text strong>{t(`members.movement.${movement.kind}`)}</Typography.Text>
              <Typography.Text> · {isValidIsoDate(movement.date) ? formatDateVi(movement.date) : movement.date}</Typography.Text>
              {movement.decisionNo && <Typography.Text type="secondary"> · {t('members.detail.decision', { no: movement.decisionNo })}</Typography.Text>}
              {(from || to) && (
                <div>
                  {from && <Typography.Text>{from}</Typography.Text>}
                  {from && to && <Typography.Text type="secondary"> → </Typography.Text>}
                  {to && <Typography.Text>{to}</Typography.Text>}
                </div>
              )}
              {note && (
                <div>
                  <Typography.Text type="secondary" italic>
                    {note}
                  </Typography.Text>
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
