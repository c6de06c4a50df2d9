import { Button, Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { App } from 'antd';
import { ORG_LEVELS } from '@shared/organizations/levels';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { officeSymbol } from '@shared/domain/documents/officeSymbol';
import { todayIso } from '@shared/domain/format/date';
import type { Settings } from '@shared/settings/schema';
import { TextFormField } from '../../components/FormField';
import { useFollowWorkingYear } from '../../components/useWorkingYear';
import { useAppStore } from '../../stores/appStore';
import { officeFormSchema, toFormValues, toPatch, type OfficeFormValues } from './officeForm';
import { errorText } from '../../api/errorText';

export function OfficeForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveSettings = useAppStore((state) => state.saveSettings);
  const { control, handleSubmit, watch, formState, setValue } = useForm<OfficeFormValues>({
    resolver: zodResolver(officeFormSchema(t)),
    defaultValues: toFormValues(settings),
  });
  // The header's year chip saved a new working year: saving this form must not put the old one back.
  useFollowWorkingYear((year) => setValue('office.workingYear', year));
  const placeName = watch('office.placeName');
  const symbolPreview = officeSymbol(watch('office.symbol') ?? '', watch('office.shortName') ?? '', watch('office.name') ?? '');

  const onSubmit = handleSubmit(async (values) => {
    try {
      await saveSettings(toPatch(values));
      message.success(t('common.saved'));
    } catch (error) {
      message.error(errorText(error));
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} aria-label={t('settings.officeSection')}>
      <Form component={false} layout="vertical">
        <Card title={t('settings.officeSection')} size="small">
          <Row gutter={16}>
            <Col span={12}>
              <TextFormField control={control} name="office.name" label={t('settings.officeName')} required />
            </Col>
            <Col span={6}>
              <TextFormField control={control} name="office.shortName" label={t('settings.officeShortName')} />
            </Col>
            <Col span={6}>
              <Controller
                control={control}
                name="office.workingYear"
                render={({ field, fieldState }) => (
                  <Form.Item label={t('settings.workingYear')} validateStatus={fieldState.error ? 'error' : ''} help={fieldState.error?.message}>
                    <InputNumber {...field} id="office.workingYear" aria-label={t('settings.workingYear')} style={{ width: '100%' }} onChange={(value) => field.onChange(value ?? undefined)} />
                  </Form.Item>
                )}
              />
            </Col>
            <Col span={12}>
              <TextFormField control={control} name="office.upperName" label={t('settings.upperName')} required />
            </Col>
            <Col span={12}>
              <TextFormField
                control={control}
                name="office.placeName"
                label={t('settings.placeName')}
                required
                help={t('settings.placeNameHelp', { example: formatDateLine(placeName || '…', todayIso()) })}
              />
            </Col>
            <Col span={12}>
              <TextFormField
                control={control}
                name="office.symbol"
                label={t('settings.officeSymbol')}
                help={t('settings.officeSymbolHelp', { example: `15/BC-${symbolPreview}` })}
              />
            </Col>
            <Col span={6}>
              <TextFormField control={control} name="office.signerName" label={t('settings.signerName')} help={t('settings.signerHelp')} />
            </Col>
            <Col span={6}>
              <TextFormField control={control} name="office.signerTitle" label={t('settings.signerTitle')} />
            </Col>
          </Row>
        </Card>
        <Card title={t('settings.levelsSection')} size="small" style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{t('settings.levelsHelp')}</Typography.Paragraph>
          <Row gutter={16}>
            {ORG_LEVELS.map((level) => (
              <Col span={12} key={level}>
                <TextFormField control={control} name={`levels.${level}`} label={t(`settings.levels.${level}`)} required />
              </Col>
            ))}
          </Row>
        </Card>
        <Button type="primary" htmlType="submit" loading={formState.isSubmitting} style={{ marginTop: 16 }}>
          {t('common.save')}
        </Button>
      </Form>
    </form>
  );
}
