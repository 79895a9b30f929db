import {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_PRESETS,
  type WebhookEventType,
  type WebhookLanguage,
  type WebhookPreset,
} from '@lekwacht/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Pagination,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useFormApiErrors } from '../../../shared/forms/use-form-api-errors';
import type { Webhook, WebhookDelivery } from '../api/webhooks-api';
import { useDeliveries, useWebhookMutations, useWebhooks } from '../hooks/use-webhooks';

const FIELDS = ['name', 'url', 'preset', 'language', 'events'] as const;

interface Values {
  name: string;
  url: string;
  preset: WebhookPreset;
  language: WebhookLanguage;
  events: WebhookEventType[];
}

/** i18n keys use dots as separators: `breach.registered` is `webhooks.event.breach_registered`. */
const eventKey = (type: string) => `webhooks.event.${type.replace(/\./g, '_')}`;

const STATUS_COLOUR: Record<WebhookDelivery['status'], string> = {
  queued: 'yellow',
  sending: 'blue',
  delivered: 'green',
  failed: 'red',
};

/** The signing secret, shown once after creation or rotation. */
function SecretOnce({ secret, onClose }: { secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('webhooks.secret.title')} withCloseButton onClose={onClose}>
      <Stack gap="xs">
        <Text size="sm">{t('webhooks.secret.once')}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code data-testid="webhook-secret" style={{ wordBreak: 'break-all' }}>
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t('webhooks.secret.copied') : t('webhooks.secret.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

function NewWebhookForm({ onCreated, onCancel }: { onCreated: (secret: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { create } = useWebhookMutations();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', url: '', preset: 'generic', language: 'nl', events: [...WEBHOOK_EVENT_TYPES] },
    validate: {
      name: (v) => (v.trim() ? null : t('webhooks.validation.nameRequired')),
      url: (v) => (/^https?:\/\/\S+$/i.test(v.trim()) ? null : t('webhooks.validation.url')),
    },
  });
  const apiErrors = useFormApiErrors(
    { setFieldError: (path: (typeof FIELDS)[number], error: string) => form.setFieldError(path, error) },
    FIELDS,
  );
  const submit = form.onSubmit((v) => {
    apiErrors.reset();
    create.mutate(
      { ...v, name: v.name.trim(), url: v.url.trim() },
      { onSuccess: (created) => onCreated(created.secret), onError: apiErrors.handle },
    );
  });
  return (
    <Card component="form" onSubmit={submit} noValidate aria-labelledby="new-webhook-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="new-webhook-title">
          {t('webhooks.new')}
        </Title>
        <FormErrors messages={apiErrors.formErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('webhooks.fields.name')} withAsterisk {...form.getInputProps('name')} />
          <TextInput
            label={t('webhooks.fields.url')}
            description={t('webhooks.fields.urlHint')}
            withAsterisk
            type="url"
            {...form.getInputProps('url')}
          />
          <Select
            label={t('webhooks.fields.preset')}
            data={WEBHOOK_PRESETS.map((p) => ({ value: p, label: t(`webhooks.preset.${p}`) }))}
            allowDeselect={false}
            {...form.getInputProps('preset')}
          />
          <Select
            label={t('webhooks.fields.language')}
            data={[
              { value: 'nl', label: 'Nederlands' },
              { value: 'en', label: 'English' },
            ]}
            allowDeselect={false}
            {...form.getInputProps('language')}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('webhooks.fields.events')} {...form.getInputProps('events')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {WEBHOOK_EVENT_TYPES.map((e) => (
              <Checkbox key={e} value={e} label={t(eventKey(e))} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Text size="xs" c="dimmed">
          {t('webhooks.noPersonalData')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('webhooks.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('webhooks.add')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState(1);
  const log = useDeliveries(webhook.id, page);
  if (log.isPending) return <Skeleton height={80} aria-busy="true" />;
  if (log.isError) return <LoadError onRetry={() => void log.refetch()} retrying={log.isFetching} />;
  if (log.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('webhooks.log.empty')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('webhooks.log.title', { name: webhook.name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('webhooks.log.time')}</Table.Th>
              <Table.Th>{t('webhooks.log.event')}</Table.Th>
              <Table.Th>{t('webhooks.log.status')}</Table.Th>
              <Table.Th>{t('webhooks.log.response')}</Table.Th>
              <Table.Th>{t('webhooks.log.attempts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.items.map((d) => (
              <Table.Tr key={d.id} data-testid="webhook-delivery">
                <Table.Td>{formatDateTime(d.lastAttemptAt ?? d.createdAt, lang)}</Table.Td>
                <Table.Td>
                  {t(eventKey(d.eventType), { defaultValue: d.eventType })}
                  {d.breachReference ? ` · ${d.breachReference}` : ''}
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOUR[d.status]} variant="light">
                    {t(`webhooks.status.${d.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : ''}
                  {d.lastDurationMs !== null ? ` · ${d.lastDurationMs} ms` : ''}
                  {d.lastError ? (
                    <Text size="xs" c="red">
                      {d.lastError}
                    </Text>
                  ) : null}
                  {d.nextAttemptAt ? (
                    <Text size="xs" c="dimmed">
                      {t('webhooks.log.nextAttempt', { at: formatDateTime(d.nextAttemptAt, lang) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {log.data.total > log.data.pageSize && (
        <Pagination
          size="sm"
          value={page}
          onChange={setPage}
          total={Math.ceil(log.data.total / log.data.pageSize)}
          getControlProps={() => ({ 'aria-label': t('webhooks.log.page') })}
        />
      )}
    </Stack>
  );
}

function WebhookCard({ webhook, onSecret }: { webhook: Webhook; onSecret: (s: string) => void }) {
  const { t } = useTranslation();
  const { update, remove, test, rotate } = useWebhookMutations();
  const [showLog, setShowLog] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const fail = () => notifications.show({ color: 'red', title: t('errors.unexpected'), message: webhook.name });
  return (
    <Card withBorder data-testid="webhook-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} size="h4">
              {webhook.name}
            </Title>
            <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {webhook.url}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge variant="outline">{t(`webhooks.preset.${webhook.preset}`)}</Badge>
            {webhook.failedDeliveries > 0 && (
              <Badge color="red">{t('webhooks.failedCount', { count: webhook.failedDeliveries })}</Badge>
            )}
          </Group>
        </Group>
        <Group gap={6}>
          {webhook.events.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('webhooks.noEvents')}
            </Text>
          ) : (
            webhook.events.map((e) => (
              <Badge key={e} size="sm" variant="light" color="gray">
                {t(eventKey(e))}
              </Badge>
            ))
          )}
        </Group>
        <Group justify="space-between" gap="sm">
          <Switch
            label={t('webhooks.enabled')}
            checked={webhook.enabled}
            onChange={(e) =>
              update.mutate({ id: webhook.id, patch: { enabled: e.currentTarget.checked } }, { onError: fail })
            }
          />
          <Group gap="xs">
            <Button
              size="xs"
              leftSection={<IconSend size={14} aria-hidden="true" />}
              loading={test.isPending}
              onClick={() =>
                test.mutate(webhook.id, {
                  onSuccess: () => {
                    setShowLog(true);
                    notifications.show({ color: 'blue', title: t('webhooks.testQueued'), message: webhook.name });
                  },
                  onError: fail,
                })
              }
            >
              {t('webhooks.test')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setShowLog((v) => !v)} aria-expanded={showLog}>
              {t('webhooks.log.toggle')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconKey size={14} aria-hidden="true" />}
              loading={rotate.isPending}
              onClick={() => rotate.mutate(webhook.id, { onSuccess: (r) => onSecret(r.secret), onError: fail })}
            >
              {t('webhooks.rotate')}
            </Button>
            {confirmDelete ? (
              <Button
                size="xs"
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(webhook.id, { onError: fail })}
              >
                {t('webhooks.confirmDelete')}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden="true" />}
                onClick={() => setConfirmDelete(true)}
              >
                {t('webhooks.delete')}
              </Button>
            )}
          </Group>
        </Group>
        {showLog && <DeliveryLog webhook={webhook} />}
      </Stack>
    </Card>
  );
}

/**
 * Admin page (issue #21 point 3): outgoing webhooks to a receiver or a Teams / Slack channel for
 * breach events, signed, with a delivery log per endpoint. Messages carry references and links only.
 */
export function WebhooksPage() {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        description={t('webhooks.description')}
        actions={
          !adding && (
            <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setAdding(true)}>
              {t('webhooks.new')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        {secret && <SecretOnce secret={secret} onClose={() => setSecret(null)} />}
        {adding && (
          <NewWebhookForm
            onCancel={() => setAdding(false)}
            onCreated={(s) => {
              setAdding(false);
              setSecret(s);
            }}
          />
        )}
        {webhooks.isPending ? (
          <Card aria-busy="true">
            <Stack gap="sm">
              <Skeleton height={40} />
              <Skeleton height={40} />
            </Stack>
          </Card>
        ) : webhooks.isError ? (
          <LoadError
            title={t('webhooks.loadFailed')}
            onRetry={() => void webhooks.refetch()}
            retrying={webhooks.isFetching}
          />
        ) : webhooks.data.length === 0 ? (
          !adding && (
            <Card>
              <Text c="dimmed">{t('webhooks.empty')}</Text>
            </Card>
          )
        ) : (
          webhooks.data.map((w) => <WebhookCard key={w.id} webhook={w} onSecret={setSecret} />)
        )}
      </Stack>
    </>
  );
}
