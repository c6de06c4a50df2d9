import { App, Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DecisionDetail, MoneyPreview } from '@shared/awards/model';
import { formatDateVi } from '@shared/domain/format/date';
import { otherPeriod } from '@shared/awards/decisionPeriod';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';

/**
 * Notices on the decision's date and money: a date in another statistics period than the working
 * year, a date before the base-salary table (no money can be computed), and "Tính lại theo lương cơ sở mới" for a saved decision of ours whose money predates today's tables
 * and that is unfinished (no certificate printed yet).
 */
export function MoneyNotices({
  saved,
  decidedOn,
  money,
  workingYear,
  dirty,
  onRepriced,
}: {
  saved: DecisionDetail | null;
  decidedOn: string | null;
  money: Map<string, MoneyPreview>;
  workingYear: number;
  dirty: boolean;
  onRepriced(detail: DecisionDetail): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const noBaseSalary = decidedOn !== null && [...money.values()].some((m) => m.coefficient !== null && m.coefficient > 0 && m.baseSalary === null);
  const period = decidedOn === null ? null : otherPeriod(workingYear, decidedOn);
  const canReprice = saved !== null && !dirty && saved.issuerLevel === 'own_office' && saved.printedCertificates === 0 && saved.outdatedMoney > 0;

  const reprice = async () => {
    if (!saved) return;
    try {
      const detail = await call('awardDecisions:reprice', { id: saved.id });
      message.success(t('awards.money.repriced', { number: detail.number }));
      onRepriced(detail);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <>
      {period && decidedOn && (
        <Alert
          type="warning"
          showIcon
          data-testid="other-period"
          title={t('awards.money.otherPeriod', { date: formatDateVi(decidedOn), year: period.year, from: formatDateVi(period.from), to: formatDateVi(period.to), workingYear })}
        />
      )}
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
