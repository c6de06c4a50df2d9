import { useCallback, useState } from 'react';
import { App, Button, Flex, Space, Tabs } from 'antd';
import { DeleteOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignWithTotals } from '@shared/campaigns/model';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { saveExport } from '../../api/files';
import { usePrintDocument } from '../../components/usePrintDocument';
import { FormDrawer } from '../../components/FormModal';
import { submitForm } from '../../components/submitForm';
import { CampaignForm } from './CampaignForm';
import { CampaignSummary } from './CampaignSummary';
import { ContestsTab } from './ContestsTab';
import { HonoursTab } from './HonoursTab';
import { InitiativesTab } from './InitiativesTab';
import { RegistrationsTab } from './RegistrationsTab';
import { WorksTab } from './WorksTab';
import { emptyCampaign, toCampaignDraft, toCampaignFormValues, type CampaignFormValues } from './campaignForm';
import { RecordHistory } from '../audit/RecordHistory';
import { errorText } from '../../api/errorText';

const FORM_ID = 'campaign-form';

/** A campaign (null: a new one for `year`): its details, totals, and a tab per kind of outcome. */
export function CampaignDrawer({
  open,
  campaign,
  year,
  onClose,
  onChanged,
  onDeleted,
}: {
  open: boolean;
  campaign: CampaignWithTotals | null;
  year: number;
  onClose(): void;
  onChanged(campaign: CampaignWithTotals): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [tab, setTab] = useState('info');
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  // Each save rebuilds the form from what was saved, so it is clean again.
  const [saves, setSaves] = useState(0);
  const printDocument = usePrintDocument();

  const save = async (values: CampaignFormValues) => {
    setSaving(true);
    try {
      const saved = await call('campaigns:save', { ...(campaign ? { id: campaign.id } : {}), draft: toCampaignDraft(values) });
      void message.success(t('campaigns.saved', { name: saved.name }));
      if (!campaign) setTab('works');
      setSaves((n) => n + 1);
      onChanged(saved);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  const refresh = useCallback(() => {
    if (!campaign) return;
    call('campaigns:get', { id: campaign.id }).then(onChanged, (error: unknown) => void message.error(errorText(error)));
  }, [campaign, onChanged, message]);

  const confirmDelete = () => {
    if (!campaign) return;
    const totals = campaign.totals;
    modal.confirm({
      title: t('campaigns.deleteTitle', { name: campaign.name }),
      content: t('campaigns.deleteConfirm', {
        works: formatNumber(totals.works.grassroots + totals.works.upper),
        initiatives: formatNumber(totals.initiatives.count),
        contestants: formatNumber(totals.contests.contestants),
        honours: formatNumber(totals.honours.count),
        registrations: formatNumber(totals.registrations.units + totals.registrations.people),
      }),
      okText: t('campaigns.delete'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await call('campaigns:delete', { id: campaign.id });
          void message.success(t('campaigns.deleted', { name: campaign.name }));
          onDeleted();
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });
  };

  const exportXlsx = async () => {
    if (!campaign) return;
    try {
      await saveExport(
        t('campaigns.exportFileName'),
        'xlsx',
        (where) => call('campaigns:exportXlsx', { id: campaign.id, ...where }),
        (result) => void message.success(t('campaigns.exported', { rows: formatNumber(result.rows), file: result.file })),
      );
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const printResults = async () => {
    if (!campaign) return;
    await printDocument(`print/campaign-results?id=${campaign.id}`, { newTab: true });
  };

  const id = campaign?.id;
  const form = (
    <CampaignForm key={`${id ?? 'new'}-${saves}`} formId={FORM_ID} initial={campaign ? toCampaignFormValues(campaign) : emptyCampaign(year)} onSubmit={save} onDirtyChange={setDirty} />
  );
  const onInfo = !campaign || tab === 'info';
  return (
    <FormDrawer
      open={open}
      dirty={dirty}
      saving={saving}
      onClose={() => {
        setTab('info');
        setDirty(false);
        onClose();
      }}
      onSubmit={onInfo ? () => submitForm(FORM_ID) : undefined}
      width="min(1240px, 96vw)"
      title={campaign ? campaign.name : t('campaigns.newTitle')}
      headerExtra={
        campaign && (
          <Space>
            <Button size="small" icon={<PrinterOutlined />} onClick={() => void printResults()}>
              {t('campaigns.print.button')}
            </Button>
            <Button size="small" icon={<FileExcelOutlined />} onClick={() => void exportXlsx()}>
              {t('campaigns.export')}
            </Button>
            <Button danger size="small" icon={<DeleteOutlined />} onClick={confirmDelete}>
              {t('campaigns.delete')}
            </Button>
          </Space>
        )
      }
    >
      {campaign && id !== undefined ? (
        <Flex vertical gap={12}>
          <CampaignSummary campaign={campaign} totals={campaign.totals} />
          <Tabs
            activeKey={tab}
            onChange={setTab}
            size="small"
            items={[
              { key: 'info', label: t('campaigns.tabs.info'), children: form },
              { key: 'registrations', label: t('campaigns.tabs.registrations'), children: <RegistrationsTab campaignId={id} onChanged={refresh} /> },
              { key: 'works', label: t('campaigns.tabs.works'), children: <WorksTab campaignId={id} onChanged={refresh} /> },
              { key: 'initiatives', label: t('campaigns.tabs.initiatives'), children: <InitiativesTab campaignId={id} onChanged={refresh} /> },
              { key: 'contests', label: t('campaigns.tabs.contests'), children: <ContestsTab campaignId={id} onChanged={refresh} /> },
              { key: 'honours', label: t('campaigns.tabs.honours'), children: <HonoursTab campaignId={id} onChanged={refresh} /> },
              { key: 'changes', label: t('audit.tab'), children: <RecordHistory kind="campaigns" id={id} /> },
            ]}
          />
        </Flex>
      ) : (
        form
      )}
    </FormDrawer>
  );
}
