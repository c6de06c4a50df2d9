import { useEffect } from 'react';
import { App, Form } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { MemberFields } from './MemberFields';
import { emptyMemberForm, formToDraft, memberFormSchema, type MemberFormValues } from './memberForm';
import { errorText } from '../../api/errorText';

const FORM_ID = 'member-admit-form';

/** Kết nạp (a new member of one of our CĐCS) or chuyển đến (a member coming from outside). */
export function AdmitDialog({
  mode,
  open,
  defaultOrganizationId,
  onClose,
  onDone,
}: {
  mode: 'admit' | 'transferIn';
  open: boolean;
  /** Pre-filled CĐCS: the one the list is filtered by. */
  defaultOrganizationId?: number | null;
  onClose(): void;
  onDone(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { control, handleSubmit, reset, setFocus, formState } = useForm<MemberFormValues>({
    resolver: zodResolver(memberFormSchema(t, mode)),
    defaultValues: emptyMemberForm(defaultOrganizationId ?? null),
  });

  useEffect(() => {
    if (open) reset(emptyMemberForm(defaultOrganizationId ?? null));
  }, [open, mode, defaultOrganizationId, reset]);

  const submit = handleSubmit(async (values) => {
    const draft = formToDraft(values);
    try {
      const { id } =
        mode === 'admit'
          ? await call('members:admit', { draft, date: values.movementDate!, decisionNo: values.decisionNo.trim() })
          : await call('members:transferIn', { draft, date: values.movementDate!, decisionNo: values.decisionNo.trim(), fromName: values.fromName.trim() });
      const union = (await call('unions:get', { id: draft.organizationId }).catch(() => null))?.name ?? '';
      void message.success(t(mode === 'admit' ? 'members.admit.done' : 'members.admit.doneTransferIn', { name: draft.fullName, union }));
      onDone(id);
    } catch (error) {
      void message.error(errorText(error));
    }
  });

  return (
    <FormModal
      open={open}
      width={960}
      title={t(mode === 'admit' ? 'members.admit.title' : 'members.admit.titleTransferIn')}
      dirty={formState.isDirty}
      saving={formState.isSubmitting}
      onClose={onClose}
      onSubmit={() => void submit()}
      afterOpenChange={(visible) => visible && setFocus(mode === 'transferIn' ? 'fromName' : defaultOrganizationId ? 'fullName' : 'organizationId')}
    >
      <form id={FORM_ID} onSubmit={(event) => void submit(event)} aria-label={t(mode === 'admit' ? 'members.admit.title' : 'members.admit.titleTransferIn')} noValidate>
        <Form component={false} layout="vertical">
          <MemberFields control={control} mode={mode} />
        </Form>
      </form>
    </FormModal>
  );
}
