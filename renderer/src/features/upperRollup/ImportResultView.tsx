import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UpperImportResult } from '@shared/upperRollup/model';
import { groupFingerprint } from '@shared/upward/fingerprint';
import { formatNumber } from '@shared/domain/format/number';

const show = (v: number | null) => (v === null ? '—' : formatNumber(v));

/** What an import did: the keys pinned (to compare with the paper), what each new revision changed, each refusal with its reason. */
export function ImportResultView({ result, onRepin }: { result: UpperImportResult; onRepin(file: string, office: string): void }) {
  const { t } = useTranslation();
  const pinned = [...result.accepted, ...result.replaced].filter((p) => p.pinned);
  return (
    <Flex vertical gap={6} data-testid="import-result">
      <Alert
        type={result.refused.length ? 'warning' : 'success'}
        showIcon
        message={t('upperRollup.imported', { accepted: result.accepted.length, replaced: result.replaced.length, unchanged: result.unchanged.length, refused: result.refused.length })}
      />
      {pinned.map((p) => (
        <Alert key={`pin-${p.file}`} type="info" message={t('upperRollup.pinned', { office: p.officeName, fingerprint: groupFingerprint(p.fingerprint) })} />
      ))}
      {result.replaced.map((p) => (
        <Alert
          key={`rep-${p.file}`}
          type="info"
          message={t('upperRollup.replaced', { office: p.officeName, revision: p.revision, previous: p.previousRevision })}
          description={p.changes.slice(0, 12).map((c) => (
            <Typography.Text key={c.code} style={{ display: 'block' }}>
              {t('upperRollup.changed', { label: c.label.trim(), before: show(c.before), after: show(c.after) })}
            </Typography.Text>
          ))}
        />
      ))}
      {result.refused.map((r) => (
        <Alert
          key={`ref-${r.file}`}
          type="error"
          message={t('upperRollup.refused', { file: r.file, reason: r.reason })}
          action={
            r.repinnable && r.office ? (
              <Button size="small" onClick={() => onRepin(r.file, r.office ?? '')}>
                {t('upperRollup.repin', { office: r.office })}
              </Button>
            ) : undefined
          }
        />
      ))}
    </Flex>
  );
}
