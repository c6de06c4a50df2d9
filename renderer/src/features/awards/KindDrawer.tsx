import { useState } from 'react';
import { App, Button, Col, Divider, Form, Input, InputNumber, Popconfirm, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ISSUER_LEVELS, KIND_RECIPIENTS, type AwardKind, type AwardKindDraft, type KindCategory } from '@shared/awards/model';
import { call } from '../../api/client';
import { CoefficientTable } from './CoefficientTable';
import { drawerSize } from '../../components/drawerSize';
import { FormDrawer } from '../../components/FormModal';
import { errorText } from '../../api/errorText';
import { useSaving } from '../../components/useSaving';

const emptyKind = (category: KindCategory): AwardKindDraft => ({ category, code: '', name: '', issuerLevel: 'own_office', recipientKind: 'both', position: 0, active: true });

/** Create or edit one title/form of reward, with its dated coefficients. */
export function KindDrawer({
  kind,
  category,
  onClose,
  onChanged,
}: {
  kind: AwardKind | null;
  category: KindCategory;
  onClose(): void;
  onChanged(kind: AwardKind | null): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [current, setCurrent] = useState<AwardKind | null>(kind);
  const [draft, setDraft] = useState<AwardKindDraft>(kind ? { ...kind } : emptyKind(category));
  const [dirty, setDirty] = useState(false);
  const { saving, runSave } = useSaving();
  const set = (patch: Partial<AwardKindDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };

  const save = async () => {
    await runSave(async () => {
      const { category: c, code, name, issuerLevel, recipientKind, position, active } = draft;
      const saved = await call('awardKinds:save', { ...(current ? { id: current.id } : {}), draft: { category: c, code, name, issuerLevel, recipientKind, position, active } });
      setCurrent(saved);
      setDirty(false);
      onChanged(saved);
    }, t('common.saved'));
  };

  const remove = async () => {
    if (!current) return;
    try {
      await call('awardKinds:delete', { id: current.id });
      message.success(t('common.deleted'));
      onChanged(null);
      onClose();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <FormDrawer
      open
      dirty={dirty}
      saving={saving}
      onClose={onClose}
      onSubmit={() => void save()}
      width={drawerSize(760)}
      title={current ? t('awards.catalogue.editKind', { name: current.name }) : t('awards.catalogue.newKind')}
      headerExtra={
        current && (
          <Popconfirm title={t('awards.catalogue.deleteConfirm', { name: current.name })} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => void remove()}>
            <Button danger size="small">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Form layout="vertical" size="small" component="div">
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label={t('awards.catalogue.categoryField')}>
              <Select value={draft.category} onChange={(v) => set({ category: v })} options={(['title', 'form'] as const).map((c) => ({ value: c, label: t(`awards.category.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label={t('awards.catalogue.code')} required htmlFor="kind-code">
              <Input id="kind-code" value={draft.code} onChange={(e) => set({ code: e.target.value })} />
            </Form.Item>
          </Col>
          <Col span={13}>
            <Form.Item label={t('awards.catalogue.name')} required htmlFor="kind-name">
              <Input id="kind-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={9}>
            <Form.Item label={t('awards.catalogue.level')}>
              <Select value={draft.issuerLevel} onChange={(v) => set({ issuerLevel: v })} options={ISSUER_LEVELS.map((l) => ({ value: l, label: t(`awards.issuer.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label={t('awards.catalogue.recipientKind')}>
              <Select value={draft.recipientKind} onChange={(v) => set({ recipientKind: v })} options={KIND_RECIPIENTS.map((r) => ({ value: r, label: t(`awards.recipient.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label={t('awards.catalogue.position')}>
              <InputNumber min={0} value={draft.position} onChange={(v) => set({ position: v ?? 0 })} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label={t('awards.catalogue.active')}>
              <Switch checked={draft.active} onChange={(active) => set({ active })} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Divider />
      <Typography.Title level={5}>{t('awards.catalogue.coefficients')}</Typography.Title>
      {current ? (
        <CoefficientTable
          kind={current}
          onChanged={(k) => {
            setCurrent(k);
            onChanged(k);
          }}
        />
      ) : (
        <Typography.Text type="secondary">{t('awards.catalogue.saveFirst')}</Typography.Text>
      )}
    </FormDrawer>
  );
}
