import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** A screen's heading: the title and what goes `beside` it (a year, a count) on the left, `children` (its actions) on the right. */
export function PageHeader({ title, beside, children }: { title: ReactNode; beside?: ReactNode; children?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Flex align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {beside}
      </Flex>
      <Flex gap={8}>{children}</Flex>
    </Flex>
  );
}
