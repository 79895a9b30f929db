import { Card, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateCardProps {
  icon: ReactNode;
  title: string;
  description: string;
  children?: ReactNode;
}

/** A calm, centred "nothing here (yet)" card. */
export function EmptyStateCard({ icon, title, description, children }: EmptyStateCardProps) {
  return (
    <Card py={{ base: 40, sm: 56 }} px="lg">
      <EmptyState
        icon={icon}
        title={title}
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
