import { Tree } from 'antd';
import { useTranslation } from 'react-i18next';
import { SECTORS } from '@shared/organizations/levels';
import type { UnionListItem } from '@shared/organizations/union';
import { useAppStore } from '../../stores/appStore';

/** The office, its CĐCS grouped by sector. */
export function UnionTree({ items, onOpen }: { items: UnionListItem[]; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const officeName = useAppStore((state) => state.settings?.['office.name']) || t('unions.office');
  const groups = [...SECTORS, null].map((sector) => ({
    key: `sector-${sector ?? 'none'}`,
    title: t(`sectors.${sector ?? 'none'}`),
    children: items.filter((u) => u.sector === sector).map((u) => ({ key: u.id, title: `${u.code ?? ''} — ${u.name}`, isLeaf: true })),
  }));
  const treeData = [{ key: 'office', title: officeName, children: groups.filter((g) => g.children.length > 0).map((g) => ({ ...g, title: `${g.title} (${g.children.length})` })) }];
  return (
    <Tree
      showLine
      defaultExpandedKeys={['office']}
      treeData={treeData}
      height={600}
      onSelect={(keys) => {
        const key = keys[0];
        if (typeof key === 'number') onOpen(key);
      }}
    />
  );
}
