import { useEffect, useState } from 'react';
import { Alert, App, Flex, Form, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Member, MemberStatus, Movement } from '@shared/members/model';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { formatBirthDate } from '../../components/MemberPicker';
import { MemberFields } from './MemberFields';
import { MovementTimeline } from './MovementTimeline';
import { AwardHistory } from '../awards/AwardHistory';
import { RecordHistory } from '../audit/RecordHistory';
import { formToDraft, memberFormSchema, memberToForm, emptyMemberForm, type MemberFormValues } from './memberForm';
import { drawerSize } from '../../components/drawerSize';
import { FormDrawer } from '../../components/FormModal';
import { errorText } from '../../api/errorText';

const FORM_ID = 'member-detail-form';

export const STATUS_COLORS: Record<MemberStatus, string> = {
  active: 'green',
  transferred_out: 'orange',
  left: 'default',
  deceased: 'default',
};

/** One member: every field (editable, saved with members:update) and the history. */
export function MemberDrawer({ memberId, onClose, onSaved }: { memberId: number | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState<{ member: Member; movements: Movement[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState('info');
  const { control, handleSubmit, reset, formState } = useForm<MemberFormValues>({
    resolver: zodResolver(memberFormSchema(t, 'edit')),
    defaultValues: emptyMemberForm(),
  });

  useEffect(() => {
    if (memberId === null) return;
    let alive = true;
    setLoaded(null);
    setError(null);
    setTab('info');
    call('members:get', { id: memberId }).then(
      (value) => {
        if (!alive) return;
        setLoaded(value);
        reset(memberToForm(value.member));
      },
      (e: unknown) => alive && setError(errorText(e)),
    );
    return () => {
      alive = false;
    };
  }, [memberId, reset]);

  const submit = handleSubmit(async (values) => {
    if (!loaded) return;
    try {
      const member = await call('members:update', { id: loaded.member.id, draft: formToDraft(values) });
      setLoaded({ ...loaded, member });
      reset(memberToForm(member));
      void message.success(t('members.detail.saved', { name: member.fullName }));
      onSaved();
    } catch (e) {
      void message.error(errorText(e));
    }
  });

  const member = loaded?.member;
  return (
    <FormDrawer
      open={memberId !== null}
      dirty={formState.isDirty}
      saving={formState.isSubmitting}
      onClose={onClose}
      onSubmit={member && tab === 'info' ? () => void submit() : undefined}
      width={drawerSize(880)}
      title={
        member ? (
          <Space size={8} wrap>
            <span>{member.fullName}</span>
            <Tag color={STATUS_COLORS[member.status]}>{t(`members.status.${member.status}`)}</Tag>
            {member.birthDate && <Typography.Text type="secondary">{formatBirthDate(member.birthDate)}</Typography.Text>}
          </Space>
        ) : (
          t('app.loading')
        )
      }
    >
      {error && <Alert type="error" title={error} />}
      {!member && !error && <Skeleton active />}
      {member && loaded && (
        <>
          <Flex gap={8} style={{ marginBottom: 4 }}>
            <Typography.Text type="secondary">{t('members.form.union')}:</Typography.Text>
            <Typography.Text strong>{[member.organizationCode, member.organizationName].filter(Boolean).join(' — ')}</Typography.Text>
          </Flex>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            size="small"
            items={[
              {
                key: 'info',
                label: t('members.detail.tabInfo'),
                children: (
                  <form id={FORM_ID} onSubmit={(event) => void submit(event)} aria-label={member.fullName} noValidate>
                    <Form component={false} layout="vertical">
                      <MemberFields control={control} mode="edit" />
                    </Form>
                  </form>
                ),
              },
              {
                key: 'history',
                label: `${t('members.detail.tabHistory')} (${formatNumber(loaded.movements.length)})`,
                children: <MovementTimeline movements={loaded.movements} />,
              },
              { key: 'awards', label: t('awards.history.tab'), children: <AwardHistory of={{ memberId: member.id }} /> },
              { key: 'changes', label: t('audit.tab'), children: <RecordHistory kind="members" id={member.id} /> },
            ]}
          />
        </>
      )}
    </FormDrawer>
  );
}
