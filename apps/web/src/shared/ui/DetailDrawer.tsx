import { Drawer, Group, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from './use-is-phone';

/** A drawer from the right (the whole screen on a phone) that shows one item while it is chosen. */
export function DetailDrawer<Id>({
  id,
  title,
  onClose,
  children,
}: {
  id: Id | null;
  title: string;
  onClose: () => void;
  children: (id: Id) => ReactNode;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'xl'}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {id !== null && children(id)}
    </Drawer>
  );
}

/** What the drawer shows while its item loads. */
export function DetailDrawerSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true">
      <Skeleton height={24} />
      <Skeleton height={200} />
    </Stack>
  );
}

/** The item's heading and its facts as a description list, label beside value. */
export function DetailDrawerHeader({
  heading,
  rows,
  labelWidth,
}: {
  heading: string;
  rows: [string, ReactNode][];
  labelWidth: number;
}) {
  return (
    <>
      <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>
        {heading}
      </Text>
      <Stack component="dl" gap={4} m={0}>
        {rows.map(([label, value]) => (
          <Group key={label} gap="xs" wrap="nowrap" align="baseline">
            <Text component="dt" size="sm" c="dimmed" w={labelWidth} style={{ flexShrink: 0 }}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
              {value}
            </Text>
          </Group>
        ))}
      </Stack>
    </>
  );
}
