import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Empty, Flex, Popconfirm, Select, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AwardForCertificate, DecisionSummary } from '@shared/certificates/print';
import { pickTemplate, type CertificateTemplate, type PrinterCalibration } from '@shared/certificates/template';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { isDesktop, saveExport } from '../../api/files';
import { useJobRunner } from '../../components/useJobRunner';
import { useAppStore } from '../../stores/appStore';
import { CertificateCanvas } from './CertificateCanvas';
import { toDraft, useBackground, useLayout } from './useLayout';
import { usePrinterPrint } from './usePrinterPrint';
import { FOLDED_SEARCH } from '../../components/foldedSearch';
import { errorText } from '../../api/errorText';
import { dataText } from '../../i18n/textKey';

const formatStamp = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Batch printing of a decision's certificates (all, a selection, or one spoiled sheet) to one PDF. */
export function PrintPanel({ templates, calibrations }: { templates: CertificateTemplate[]; calibrations: PrinterCalibration[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, modal } = useJobRunner();
  const year = useAppStore((s) => s.settings?.['office.workingYear']);
  const [decisions, setDecisions] = useState<DecisionSummary[] | null>(null);
  const [decisionId, setDecisionId] = useState<number | undefined>();
  const [awards, setAwards] = useState<AwardForCertificate[]>([]);
  const [selected, setSelected] = useState<number[]>([]);
  const [focus, setFocus] = useState<number | undefined>();
  const [templateId, setTemplateId] = useState<number | undefined>();
  const [calibrationId, setCalibrationId] = useState<number | undefined>();

  const decision = decisions?.find((d) => d.id === decisionId);
  const template = templates.find((x) => x.id === templateId) ?? pickTemplate(templates, decision?.formKindId ?? null, decision?.formName ?? '');
  const background = useBackground(template?.id, 0);
  const { laid } = useLayout(template && decisionId && awards.length ? toDraft(template) : null, { decisionId, awardId: focus ?? awards[0]?.id, calibrationId });

  const loadDecisions = useCallback(async () => {
    if (!year) return;
    try {
      setDecisions(await call('certificates:decisions', { year }));
    } catch (error) {
      message.error(errorText(error));
    }
  }, [year, message]);
  const loadAwards = useCallback(async () => {
    if (!decisionId) return setAwards([]);
    try {
      setAwards(await call('certificates:awards', { decisionId }));
    } catch (error) {
      message.error(errorText(error));
    }
  }, [decisionId, message]);
  useEffect(() => void loadDecisions(), [loadDecisions]);
  useEffect(() => void loadAwards(), [loadAwards]);
  const printToPrinter = usePrinterPrint(async () => {
    setSelected([]);
    await Promise.all([loadAwards(), loadDecisions()]);
  });

  const print = async (awardIds: number[] | undefined, reprint = false) => {
    if (!decisionId || !template) return;
    try {
      const result = await saveExport(
        t('certificates.print.fileName'),
        'pdf',
        (where) =>
          run((jobId) =>
            call('certificates:print', {
              decisionId,
              templateId: template.id,
              offset: calibrationId !== undefined ? { calibrationId } : {},
              reprint,
              jobId,
              ...(awardIds ? { awardIds } : {}),
              ...where,
            }),
          ),
        (written) => {
          message.success(t('certificates.print.done', { pages: written.pages, file: written.file }));
          for (const o of written.overflow) message.warning(t('certificates.print.overflow', { page: o.page, field: dataText(t, `certificates.field.keys.${o.field}`, o.field) }));
        },
      );
      if (result === null) return;
      setSelected([]);
      await Promise.all([loadAwards(), loadDecisions()]);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  if (decisions && decisions.length === 0) return <Empty description={t('certificates.print.noDecisions', { year })} />;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('certificates.print.decision')}
          showSearch={FOLDED_SEARCH}
          style={{ width: 420 }}
          placeholder={t('certificates.print.decisionPlaceholder', { year })}
          value={decisionId}
          onChange={(id) => {
            setDecisionId(id);
            setTemplateId(undefined);
            setSelected([]);
            setFocus(undefined);
          }}
          options={(decisions ?? []).map((d) => ({
            value: d.id,
            label: t('certificates.print.decisionOption', { number: d.number, date: formatDateVi(d.decidedOn), awards: d.awards, printed: d.printed }),
          }))}
        />
        <Select aria-label={t('certificates.print.template')} showSearch={FOLDED_SEARCH} style={{ width: 240 }} value={template?.id} onChange={setTemplateId} options={templates.map((x) => ({ value: x.id, label: x.name }))} />
        <Select
          aria-label={t('certificates.print.calibration')}
          showSearch={FOLDED_SEARCH}
          style={{ width: 260 }}
          value={calibrationId ?? 0}
          onChange={(id) => setCalibrationId(id || undefined)}
          options={[{ value: 0, label: t('certificates.print.noCalibration') }, ...calibrations.map((c) => ({ value: c.id, label: `${c.name} (dx ${c.dxMm}, dy ${c.dyMm} mm)` }))]}
        />
      </Flex>
      <Alert type="info" showIcon message={isDesktop() ? t('certificates.print.desktopNote') : t('certificates.print.browserNote')} />
      {decisionId !== undefined && awards.length === 0 && <Empty description={t('certificates.print.noAwards')} />}
      {awards.length > 0 && (
        <>
          <Flex gap={8}>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => void print(undefined)}>
              {t('certificates.print.printAll', { n: awards.length })}
            </Button>
            <Button icon={<PrinterOutlined />} disabled={selected.length === 0} onClick={() => void print(selected)}>
              {t('certificates.print.printSelected', { n: selected.length })}
            </Button>
            {template && decisionId && (
              <Button
                icon={<PrinterOutlined />}
                title={t('certificates.printer.help')}
                onClick={() =>
                  void printToPrinter(
                    {
                      decisionId,
                      templateId: template.id,
                      offset: calibrationId !== undefined ? { calibrationId } : {},
                      ...(selected.length ? { awardIds: selected } : {}),
                    },
                    { widthMm: template.widthMm, heightMm: template.heightMm },
                    selected.length || awards.length,
                  )
                }
              >
                {t('certificates.printer.button', { n: selected.length || awards.length })}
              </Button>
            )}
          </Flex>
          <Flex gap={12} align="flex-start" wrap>
            <Table<AwardForCertificate>
              size="small"
              rowKey="id"
              style={{ flex: '1 1 480px' }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={awards}
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
              onRow={(a) => ({ onClick: () => setFocus(a.id) })}
              columns={[
                { title: t('certificates.print.columns.name'), dataIndex: 'recipientName' },
                { title: t('certificates.print.columns.unit'), dataIndex: 'recipientUnit', ellipsis: true },
                {
                  title: t('certificates.print.columns.printedAt'),
                  dataIndex: 'certificatePrintedAt',
                  width: 130,
                  render: (v: string | null) => (v ? formatStamp(v) : <Typography.Text type="secondary">{t('certificates.print.notPrinted')}</Typography.Text>),
                },
                { title: t('certificates.print.columns.prints'), dataIndex: 'prints', width: 70, align: 'right' },
                {
                  key: 'reprint',
                  width: 110,
                  // "In lại" only for a sheet that was printed before; the others print with the decision.
                  render: (_: unknown, a) =>
                    a.certificatePrintedAt ? (
                      <Popconfirm title={t('certificates.print.reprintConfirm', { name: a.recipientName })} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => void print([a.id], true)}>
                        <Button size="small" onClick={(e) => e.stopPropagation()}>{t('certificates.print.reprint')}</Button>
                      </Popconfirm>
                    ) : null,
                },
              ]}
            />
            {template && (
              <Flex vertical gap={4}>
                <Typography.Text type="secondary">{t('certificates.print.preview')}</Typography.Text>
                <CertificateCanvas widthMm={template.widthMm} heightMm={template.heightMm} widthPx={560} laid={laid} backgroundUrl={background} />
              </Flex>
            )}
          </Flex>
        </>
      )}
      {modal}
    </Flex>
  );
}
