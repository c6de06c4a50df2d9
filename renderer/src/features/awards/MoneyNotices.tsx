import { App, Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail, MoneyPreview } from '@shared/awards/model';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';

/**
 * Money notices of the editor: a date before the base-salary table (no money can be computed), and
 * "Tính lại theo lương cơ sở mới" for a saved decision of ours whose money predates today's tables
 * and that is unfinished (no certificate printed yet).
 */
export function MoneyNotices({
  saved,
  decidedOn,
  money,
  dirty,
  onRepriced,
}: {
  saved: DecisionDetail | null;
  decidedOn: string | null;
  money: Map<string, MoneyPreview>;
  dirty: boolean;
  onRepriced(detail: DecisionDetail): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const noBaseSalary = decidedOn !== null && [...money.values()].some((m) => m.coefficient !== null && m.coefficient > 0 && m.baseSalary === null);
  const canReprice = saved !== null && !dirty && saved.issuerLevel === 'own_office' && saved.printedCertificates === 0 && saved.outdatedMoney > 0;

  const reprice = async () => {
    if (!saved) return;
    try {
      const detail = await call('awardDecisions:reprice', { id: saved.id });
      message.success(t('awards.money.repriced', { number: detail.number }));
      onRepriced(detail);
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  return (
    <>
      {noBaseSalary && <Alert type="error" showIcon data-testid="no-base-salary" title={t('awards.money.noBaseSalary', { date: formatDateVi(decidedOn) })} />}
      {canReprice && (
        <Alert
          type="warning"
          showIcon
          data-testid="outdated-money"
          title={t('awards.money.outdated', { n: saved.outdatedMoney })}
          action={
            <Button size="small" type="primary" onClick={() => void reprice()}>
              {t('awards.money.reprice')}
            </Button>
          }
        />
      )}
    </>
  );
}
