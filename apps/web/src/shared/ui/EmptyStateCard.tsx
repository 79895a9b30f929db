import { Card, EmptyState, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateCardProps {
  icon: ReactNode;
  title: string;
  description: string;
  children?: ReactNode;
  /** Make the title a heading where it is the page's main message (e.g. a dead portal link). */
  headingOrder?: 1 | 2 | 3;
}

/** A calm, centred "nothing here (yet)" card. */
export function EmptyStateCard({ icon, title, description, children, headingOrder }: EmptyStateCardProps) {
  return (
    <Card py={{ base: 40, sm: 56 }} px="lg">
      <EmptyState
        icon={icon}
        title={
          headingOrder ? (
            <Title order={headingOrder} fz="lg" fw={600}>
              {title}
            </Title>
          ) : (
            title
          )
        }
        description={description}
        variant="light"
        size="md"
        mx="auto"
        maw={520}
      >
        {children}
      </EmptyState>
    </Card>
  );
}
