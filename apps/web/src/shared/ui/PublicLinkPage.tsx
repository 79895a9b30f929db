import { Box, Center, Group, Skeleton, Stack } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { LanguageSwitch } from '../language/LanguageSwitch';
import { EmptyStateCard } from './EmptyStateCard';
import { LoadError } from './LoadError';

/** What a page behind a personal link loads: TanStack Query's result, as far as the page reads it. */
interface LinkQuery<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/** The API answers 4xx for a link that leads nowhere (unknown, expired, withdrawn, not yours); 5xx is a failure. */
export const isDeadLink = (query: Pick<LinkQuery<unknown>, 'isError' | 'error'>) =>
  query.isError && isApiError(query.error) && query.error.status < 500;

interface Props<T> {
  query: LinkQuery<T>;
  /** Left in the header, the language switch on the right. */
  brand: ReactNode;
  /** Keep the brand and the switch on one line. */
  headerNoWrap?: boolean;
  style?: CSSProperties;
  maw: number;
  /** The height of the skeleton that stands for the content while it loads. */
  skeletonHeight: number;
  /** The card that says the link leads nowhere. */
  deadLink: { title: string; description: string };
  /** Below the content, whatever state it is in. */
  footer?: ReactNode;
  children: (data: T) => ReactNode;
}

/** A public page (no session, no app shell) opened through a personal link from a mail. */
export function PublicLinkPage<T>({
  query,
  brand,
  headerNoWrap,
  style,
  maw,
  skeletonHeight,
  deadLink,
  footer,
  children,
}: Props<T>) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" style={style}>
      <Group justify="space-between" p="md" component="header" wrap={headerNoWrap ? 'nowrap' : undefined}>
        {brand}
        <LanguageSwitch />
      </Group>
      <Center component="main" id="main-content" px={{ base: 'xs', sm: 'md' }} py="xl">
        <Stack w="100%" maw={maw} gap="md">
          {query.isPending ? (
            <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
              <Skeleton height={32} width="60%" />
              <Skeleton height={skeletonHeight} />
            </Stack>
          ) : isDeadLink(query) ? (
            <EmptyStateCard
              icon={<IconLinkOff size={28} aria-hidden="true" />}
              title={deadLink.title}
              description={deadLink.description}
              headingOrder={1}
            />
          ) : query.isError || query.data === undefined ? (
            <LoadError onRetry={() => void query.refetch()} retrying={query.isFetching} />
          ) : (
            children(query.data)
          )}
          {footer}
        </Stack>
      </Center>
    </Box>
  );
}
