import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Typography } from 'antd';
import { ClusterOutlined, FileExcelOutlined, SnippetsOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ListProblem } from '@shared/awards/recipientList';
import type { MatchedRecipient } from '@shared/awards/recipientMatch';
import { call } from '../../api/client';
import { FilePickButton } from '../../components/FilePickButton';
import { FormModal } from '../../components/FormModal';
import { MemberPicker } from '../../components/MemberPicker';
import { UnionPicker } from '../../components/UnionPicker';
import { fileToBase64 } from '../../api/fileBase64';
import { newRow, type EditorRow } from './decisionForm';
import { MatchPreview } from './MatchPreview';
import { TemplateButton } from '../exchange/TemplateButton';
import { errorText } from '../../api/errorText';

function Problems({ problems }: { problems: ListProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t('awards.paste.fileProblems', { n: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 160, overflow: 'auto' }}>
          {problems.map((p, i) => (
            <li key={i}>{t('awards.paste.problems', { row: p.row, column: p.column, message: p.message })}</li>
          ))}
        </ul>
      }
    />
  );
}

const listedRow = (r: MatchedRecipient) =>
  newRow({
    recipientKind: r.recipientKind,
    recipientName: r.recipientName,
    recipientUnit: r.recipientUnit,
    achievement: r.achievement,
    memberId: r.memberId,
    organizationId: r.organizationId,
  });

/** Ways to put recipients on the list: a CĐCS, a member, a typed row, text pasted from Excel, an .xlsx list. */
export function RecipientAdders({ onAdd }: { onAdd(rows: EditorRow[]): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<{ rows: MatchedRecipient[]; errors: ListProblem[] } | null>(null);
  const [fileProblems, setFileProblems] = useState<ListProblem[]>([]);
  // The pickers are for adding: remounted empty after each pick.
  const [pickerKey, setPickerKey] = useState(0);
  const add = (rows: EditorRow[]) => {
    onAdd(rows);
    setPickerKey((k) => k + 1);
  };

  const parse = async (value: string) => {
    setText(value);
    setParsed(value.trim() ? await call('awardDecisions:parseList', { text: value }) : null);
  };

  const importFile = async (file: File) => {
    try {
      const result = await call('awardDecisions:importList', { fileName: file.name, base64: await fileToBase64(file) });
      setFileProblems(result.errors);
      if (result.errors.length > 0) return;
      // The rows are shown with what they were linked to before they join the list.
      setText('');
      setParsed(result);
      setPasting(true);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <ClusterOutlined />
        <UnionPicker
          key={`u${pickerKey}`}
          value={null}
          style={{ width: 300 }}
          placeholder={t('awards.editor.addUnion')}
          ariaLabel={t('awards.editor.addUnion')}
          onChange={(id, union) => {
            if (id !== null && union) add([newRow({ recipientKind: 'collective', organizationId: id, recipientName: union.name })]);
          }}
        />
        <UserAddOutlined />
        <MemberPicker
          key={`m${pickerKey}`}
          value={null}
          style={{ width: 300 }}
          placeholder={t('awards.editor.addMember')}
          ariaLabel={t('awards.editor.addMember')}
          onChange={(id, member) => {
            if (id !== null && member) add([newRow({ recipientKind: 'individual', memberId: id, recipientName: member.fullName, recipientUnit: member.unionName })]);
          }}
        />
        <Button onClick={() => onAdd([newRow({ recipientKind: 'individual', recipientName: '' })])}>{t('awards.editor.addTyped')}</Button>
        <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
          {t('awards.editor.paste')}
        </Button>
        <FilePickButton accept=".xlsx,.xlsm" icon={<FileExcelOutlined />} testId="award-list-file" onPick={(file) => void importFile(file)}>
          {t('awards.editor.importFile')}
        </FilePickButton>
        <TemplateButton kind="awards" />
      </Flex>
      <Problems problems={fileProblems} />
      <FormModal
        open={pasting}
        width={760}
        title={t('awards.paste.title')}
        dirty={text.trim() !== ''}
        okText={t('awards.paste.add', { n: parsed?.rows.length ?? 0 })}
        okDisabled={!parsed || parsed.rows.length === 0 || parsed.errors.length > 0}
        onClose={() => {
          setPasting(false);
          setText('');
          setParsed(null);
        }}
        onSubmit={() => {
          if (!parsed) return;
          onAdd(parsed.rows.map(listedRow));
          setPasting(false);
          setText('');
          setParsed(null);
        }}
      >
        <Typography.Paragraph type="secondary">{t('awards.paste.help')}</Typography.Paragraph>
        <Input.TextArea
          aria-label={t('awards.paste.title')}
          rows={8}
          value={text}
          onChange={(e) => void parse(e.target.value)}
          style={{ fontFamily: 'monospace' }}
        />
        <div style={{ marginTop: 8 }}>
          {parsed && parsed.errors.length > 0 ? (
            <Problems problems={parsed.errors} />
          ) : (
            <Typography.Text type="secondary">
              {parsed ? t('awards.match.summary', { linked: parsed.rows.filter((r) => r.memberId !== null || r.organizationId !== null).length, n: parsed.rows.length }) : t('awards.paste.nothing')}
            </Typography.Text>
          )}
          {parsed && parsed.errors.length === 0 && (
            <MatchPreview rows={parsed.rows} onChoose={(index, row) => setParsed({ ...parsed, rows: parsed.rows.map((r, i) => (i === index ? row : r)) })} />
          )}
        </div>
      </FormModal>
    </Flex>
  );
}
