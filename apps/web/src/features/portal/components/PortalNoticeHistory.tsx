import { Accordion, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/schema.generated';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';

type HistoryItem = components['schemas']['PortalNoticeHistoryItemDto'];

/**
 * Every notice this customer received about the breach, newest first: after a supplementary
 * notice the reader sees what changed and what was said before. Plain text, so nothing scrolls
 * inside the page. Shown only when there is more than the one notice.
 */
export function PortalNoticeHistory({ history }: { history: readonly HistoryItem[] | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!history || history.length < 2) return null;
  return (
    <Card component="section" aria-labelledby="portal-history-title" p={{ base: 'sm', sm: 'lg' }}>
      <Title order={2} fz="lg" id="portal-history-title" mb={4}>
        {t('portalHistory.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('portalHistory.description', { count: history.length })}
      </Text>
      <Accordion variant="separated" chevronPosition="left" multiple>
        {history.map((h) => (
          <Accordion.Item key={h.sequence} value={String(h.sequence)}>
            <Accordion.Control>
              <Stack gap={2}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {t(`portalHistory.kind.${h.kind}`)}
                  </Text>
                  {h.current && (
                    <Badge size="sm" variant="light" style={{ textTransform: 'none' }}>
                      {t('portalHistory.current')}
                    </Badge>
                  )}
                  {h.acknowledgedAt && (
                    <Badge size="sm" variant="outline" color="teal" style={{ textTransform: 'none' }}>
                      {t('portalHistory.acknowledged')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {h.sentAt ? (
                    <time dateTime={h.sentAt}>
                      {t('portalHistory.sentAt', { time: formatDateTime(h.sentAt, lang) })}
                    </time>
                  ) : (
                    t('portalHistory.notSent')
                  )}
                </Text>
              </Stack>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" fw={600} mb={4}>
                {h.subject}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {h.text}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Card>
  );
}
