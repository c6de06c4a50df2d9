import type { ReactNode } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import type { Route } from '../../app/routes';
import { navigate } from '../../app/routes';

/** A link to the screen where the line's work is done. */
export function GoLink({ route, params, children, primary }: { route: Route; params?: Record<string, string | number>; children: ReactNode; primary?: boolean }) {
  return (
    <Button size="small" type={primary ? 'primary' : 'link'} onClick={() => navigate(route, params)} style={primary ? undefined : { padding: 0 }}>
      {children}
      {!primary && <RightOutlined />}
    </Button>
  );
}

/** One figure per line, its link at the right. */
export function WorkLine({ children, link, testId }: { children: ReactNode; link?: ReactNode; testId?: string }) {
  return (
    <Flex justify="space-between" align="center" gap={8} data-testid={testId} style={{ minHeight: 28 }}>
      <Typography.Text>{children}</Typography.Text>
      {link}
    </Flex>
  );
}

export function WorkCard({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} data-testid={testId} style={{ height: '100%' }}>
      <Flex vertical gap={4}>
        {children}
      </Flex>
    </Card>
  );
}
