import { useEffect } from 'react';
import { Button, Select, Space, Tooltip } from 'antd';
import { BoldOutlined, ItalicOutlined, OrderedListOutlined, RedoOutlined, TableOutlined, UndoOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { useTranslation } from 'react-i18next';
import { sanitizeRichText } from '@shared/reports/richText';
import { figureToken } from '@shared/reports/sectionText';

/** Only what the report keeps: headings, bold, italic, lists, tables (pasted Word HTML is reduced to that too). */
const extensions = [
  StarterKit.configure({
    heading: { levels: [3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
  }),
  TableKit.configure({ table: { resizable: false } }),
];

/** A figure the narrative can show (Chèn số liệu): its code and its label. */
export interface InsertableFigure {
  code: string;
  label: string;
}

function Toolbar({ editor, label, figures }: { editor: Editor; label: string; figures: InsertableFigure[] }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      table: e.isActive('table'),
    }),
  });
  const chain = () => editor.chain().focus();
  const button = (key: string, title: string, icon: React.ReactNode, active: boolean, run: () => void, text?: string) => (
    <Tooltip title={title} key={key}>
      <Button size="small" type={active ? 'primary' : 'text'} icon={icon} aria-label={title} aria-pressed={active} onClick={run} tabIndex={key === 'bold' ? 0 : -1}>
        {text}
      </Button>
    </Tooltip>
  );
  // One Tab stop for the whole toolbar; the arrow keys, Home and End move between its buttons (WAI-ARIA toolbar).
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    // The figure picker is one more stop of the toolbar (its search box), reached by the arrows too.
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement | HTMLInputElement);
    const next = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (next === null || at < 0) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
    target?.focus();
  };
  return (
    <Space size={2} wrap role="toolbar" aria-label={`${t('reports.editor.toolbar')}: ${label}`} className="report-editor-toolbar" onKeyDown={onKeyDown}>
      {button('bold', t('reports.editor.bold'), <BoldOutlined />, state.bold, () => chain().toggleBold().run())}
      {button('italic', t('reports.editor.italic'), <ItalicOutlined />, state.italic, () => chain().toggleItalic().run())}
      {button('heading', t('reports.editor.heading'), null, state.heading, () => chain().toggleHeading({ level: 3 }).run(), 'H')}
      {button('bullet', t('reports.editor.bulletList'), <UnorderedListOutlined />, state.bullet, () => chain().toggleBulletList().run())}
      {button('ordered', t('reports.editor.orderedList'), <OrderedListOutlined />, state.ordered, () => chain().toggleOrderedList().run())}
      {button('table', t('reports.editor.table'), <TableOutlined />, false, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
      {state.table && button('row', t('reports.editor.addRow'), null, false, () => chain().addRowAfter().run(), '+⎯')}
      {state.table && button('col', t('reports.editor.addColumn'), null, false, () => chain().addColumnAfter().run(), '+|')}
      {state.table && button('deltable', t('reports.editor.deleteTable'), null, false, () => chain().deleteTable().run(), '×')}
      {figures.length > 0 && (
        <Select
          size="small"
          showSearch
          value={null}
          tabIndex={-1}
          placeholder={t('reports.editor.insertFigure')}
          aria-label={t('reports.editor.insertFigure')}
          style={{ width: 220 }}
          popupMatchSelectWidth={420}
          optionFilterProp="label"
          options={figures.map((f) => ({ value: f.code, label: f.label }))}
          onChange={(code: string) => chain().insertContent(figureToken(code)).run()}
        />
      )}
      {button('undo', t('reports.editor.undo'), <UndoOutlined />, false, () => chain().undo().run())}
      {button('redo', t('reports.editor.redo'), <RedoOutlined />, false, () => chain().redo().run())}
    </Space>
  );
}

interface EditorProps {
  html: string;
  label: string;
  /** The template's guidance, shown greyed while the section is empty; never part of the text. */
  hint?: string | undefined;
  figures?: InsertableFigure[];
  readOnly?: boolean;
  onChange(html: string): void;
}

function Hint({ editor, hint }: { editor: Editor; hint: string }) {
  const empty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });
  if (!empty) return null;
  return (
    <div className="report-editor-hint" aria-hidden="true" data-testid="report-hint">
      {hint}
    </div>
  );
}

/**
 * A section's rich text with a keyboard-usable toolbar (Tab reaches every button; Ctrl+B/I work in
 * the text). "Chèn số liệu" puts a figure's token ({{code}}) at the cursor: the preview and the
 * outputs show the figure's value, live in the draft and frozen in a finalised version.
 */
export function RichTextEditor({ html, label, hint, figures = [], readOnly, onChange }: EditorProps) {
  const editor = useEditor({
    extensions,
    content: html,
    editable: !readOnly,
    editorProps: {
      attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'report-editor-content' },
      transformPastedHTML: (pasted) => sanitizeRichText(pasted),
    },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);
  if (!editor) return null;
  return (
    <div className="report-editor">
      {!readOnly && <Toolbar editor={editor} label={label} figures={figures} />}
      <div className="report-editor-body">
        {hint && <Hint editor={editor} hint={hint} />}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
