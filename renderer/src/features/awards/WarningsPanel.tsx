import { Alert, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AwardWarning } from '@shared/awards/model';
import { warningText } from '@shared/awards/warningText';
import type { Locale } from '@shared/i18n/locale';
import type { EditorRow } from './decisionForm';

/** The warnings before saving, each naming the recipient, with the reason to award anyway. */
export function WarningsPanel({ warnings, rows, onReason }: { warnings: (AwardWarning & { key: string })[]; rows: EditorRow[]; onReason(key: string, reason: string): void }) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return null;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const keys = [...new Set(warnings.map((w) => w.key))];
  return (
    <Alert
      type="warning"
      showIcon
      title={t('awards.warnings.title', { n: warnings.length })}
      description={
        <Flex vertical gap={6} data-testid="award-warnings">
          <Typography.Text type="secondary">{t('awards.warnings.help')}</Typography.Text>
          {keys.map((key) => {
            const row = byKey.get(key);
            if (!row) return null;
            return (
              <Flex key={key} gap={8} align="center" wrap>
                <div style={{ flex: '1 1 380px' }}>
                  {warnings
                    .filter((w) => w.key === key)
                    .map((w, i) => (
                      <div key={i}>{warningText(i18n.language as Locale, w)}</div>
                    ))}
                </div>
                <Input
                  size="small"
                  style={{ flex: '0 1 320px' }}
                  aria-label={`${t('awards.warnings.reason')}: ${row.recipientName}`}
                  placeholder={t('awards.warnings.reason')}
                  status={row.warningOverride.trim() ? '' : 'warning'}
                  value={row.warningOverride}
                  onChange={(e) => onReason(key, e.target.value)}
                />
              </Flex>
            );
          })}
        </Flex>
      }
    />
  );
}
