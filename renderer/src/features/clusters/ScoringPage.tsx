import { Tabs, Typography, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { routeParams } from '../../app/routes';
import { RatingsTab } from './RatingsTab';
import { ScoringTab } from './ScoringTab';

export function ScoringPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nav.scoring')}
      </Typography.Title>
      <Tabs
        defaultActiveKey={routeParams().get('tab') === 'ratings' ? 'ratings' : 'scoring'}
        destroyOnHidden
        items={[
          { key: 'scoring', label: t('clusters.ratings.scoringTab'), children: <ScoringTab /> },
          { key: 'ratings', label: t('clusters.ratings.tab'), children: <RatingsTab /> },
        ]}
      />
    </Flex>
  );
}
