import { App, Dropdown, Tag } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/appStore';
import { errorText } from '../api/errorText';

/** Years offered around the current working year, newest first. */
export function nearbyYears(current: number): number[] {
  return Array.from({ length: 9 }, (_, index) => current + 2 - index);
}

/** The working year in the header: one click lists the nearby years, choosing one switches every screen. */
export function WorkingYearChip() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const year = useAppStore((state) => state.settings?.['office.workingYear']);
  const saveSettings = useAppStore((state) => state.saveSettings);
  if (!year) return null;

  const choose = async (next: number) => {
    if (next === year) return;
    try {
      await saveSettings({ 'office.workingYear': next });
      message.success(t('app.workingYearChanged', { year: next }));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [String(year)],
        items: nearbyYears(year).map((value) => ({ key: String(value), label: t('app.workingYearOption', { year: value }) })),
        onClick: ({ key }) => void choose(Number(key)),
      }}
    >
      <Tag
        color="red"
        data-testid="working-year"
        role="button"
        tabIndex={0}
        aria-haspopup="menu"
        title={t('app.workingYearChange')}
        style={{ cursor: 'pointer' }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') event.currentTarget.click();
        }}
      >
        {`${t('app.workingYear')} ${year}`}
        <DownOutlined style={{ fontSize: 10, marginLeft: 4 }} />
      </Tag>
    </Dropdown>
  );
}
