import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconRefresh, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { useAuditVerification } from '../hooks/use-audit';

/**
 * Whether the hash chain holds (GET /api/audit/verify walks every event), how many events it has
 * and its head hash: the value to keep outside Lekwacht and compare later.
 */
export function AuditChainCard() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const verification = useAuditVerification();
  const data = verification.data;
  return (
    <Card component="section" aria-labelledby="audit-chain-title" p="md" mb="lg" aria-busy={verification.isFetching}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Title order={2} size="h5" id="audit-chain-title">
          {t('audit.chain.title')}
        </Title>
        {data && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            loading={verification.isFetching}
            onClick={() => void verification.refetch()}
          >
            {t('audit.chain.recheck')}
          </Button>
        )}
      </Group>
      {verification.isPending ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('audit.chain.checking')}
          </Text>
          <Skeleton height={24} width={160} />
          <Skeleton height={18} />
        </Stack>
      ) : verification.isError || !data ? (
        <LoadError
          title={t('audit.chain.loadFailed')}
          onRetry={() => void verification.refetch()}
          retrying={verification.isFetching}
        />
      ) : (
        <Stack gap="sm">
          <div role="status">
            {data.ok ? (
              <Badge
                color="green"
                size="lg"
                variant="light"
                leftSection={<IconShieldCheck size={16} aria-hidden="true" />}
              >
                {t('audit.chain.ok')}
              </Badge>
            ) : (
              <Badge
                color="red"
                size="lg"
                variant="filled"
                leftSection={<IconAlertTriangle size={16} aria-hidden="true" />}
              >
                {t('audit.chain.broken')}
              </Badge>
            )}
          </div>
          {!data.ok && data.brokenAt && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
              <Text size="sm">{t('audit.chain.brokenAt', { seq: data.brokenAt.seq })}</Text>
              {/* the API states the reason in English; shown as such, muted, on either screen */}
              <Text size="xs" c="dimmed" lang="en">
                {data.brokenAt.reason}
              </Text>
              <Text size="sm" mt="xs">
                {t('audit.chain.brokenAdvice')}
              </Text>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" component="dl" m={0}>
            <div>
              <Text component="dt" size="xs" c="dimmed">
                {t('audit.chain.count')}
              </Text>
              <Text component="dd" m={0} fw={600}>
                {data.count.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL')}
              </Text>
            </div>
            <div>
              <Text component="dt" size="xs" c="dimmed">
                {t('audit.chain.headSeq')}
              </Text>
              <Text component="dd" m={0} fw={600}>
                {data.seq}
              </Text>
            </div>
            <div>
              <Text component="dt" size="xs" c="dimmed">
                {t('audit.chain.checkedAt')}
              </Text>
              <Text component="dd" m={0} fw={600}>
                <time dateTime={new Date(verification.dataUpdatedAt).toISOString()}>
                  {formatDateTime(new Date(verification.dataUpdatedAt).toISOString(), lang)}
                </time>
              </Text>
            </div>
          </SimpleGrid>
          <div>
            <Text size="xs" c="dimmed" id="audit-head-hash-label">
              {t('audit.chain.headHash')}
            </Text>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Code aria-labelledby="audit-head-hash-label" style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
                {data.headHash}
              </Code>
              <CopyButton value={data.headHash}>
                {({ copied, copy }) => (
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    onClick={copy}
                    leftSection={
                      copied ? <IconCheck size={14} aria-hidden="true" /> : <IconCopy size={14} aria-hidden="true" />
                    }
                  >
                    {copied ? t('audit.chain.copied') : t('audit.chain.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {t('audit.chain.explain')}
            </Text>
          </div>
        </Stack>
      )}
    </Card>
  );
}
