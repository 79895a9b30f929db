import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Code,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconFilter } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';
import type { AuditEvent } from '../api/audit-api';

interface Props {
  items: AuditEvent[];
  /** Managers open a breach from its reference; admins may not read breaches. */
  canOpenBreaches: boolean;
  /** The breach the list is filtered on, if any (its rows get no "filter on this breach" button). */
  filteredBreachId?: string;
  onFilterBreach: (breachId: string) => void;
  label: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The log as a table on wide screens and as cards on phones; each event's details open in place. */
export function AuditEventList({ items, canOpenBreaches, filteredBreachId, onFilterBreach, label }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (seq: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });

  const breachCell = (e: AuditEvent) =>
    e.breachId ? (
      <Group gap={4} wrap="nowrap">
        {canOpenBreaches ? (
          <Anchor component={Link} to={`/breaches/${e.breachId}`} size="sm">
            {e.breachReference ?? t('audit.unknownBreach')}
          </Anchor>
        ) : (
          <Text size="sm" component="span">
            {e.breachReference ?? t('audit.unknownBreach')}
          </Text>
        )}
        {filteredBreachId !== e.breachId && (
          <Tooltip label={t('audit.filterOnBreach', { reference: e.breachReference ?? '' })}>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('audit.filterOnBreach', { reference: e.breachReference ?? '' })}
              onClick={() => onFilterBreach(e.breachId as string)}
            >
              <IconFilter size={14} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    ) : (
      <Text size="sm" c="dimmed" component="span">
        —
      </Text>
    );

  const detailsButton = (e: AuditEvent, idPrefix: string) => (
    <Button
      variant="subtle"
      size="compact-sm"
      aria-expanded={open.has(e.seq)}
      aria-controls={`${idPrefix}-${e.seq}`}
      leftSection={
        open.has(e.seq) ? (
          <IconChevronDown size={14} aria-hidden="true" />
        ) : (
          <IconChevronRight size={14} aria-hidden="true" />
        )
      }
      onClick={() => toggle(e.seq)}
    >
      {t('audit.details.toggle')}
      <VisuallyHidden>{` ${t('audit.details.ofEvent', { seq: e.seq })}`}</VisuallyHidden>
    </Button>
  );

  return (
    <>
      <Card p={0} visibleFrom="md">
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.columns.at')}</Table.Th>
                <Table.Th>{t('audit.columns.actor')}</Table.Th>
                <Table.Th>{t('audit.columns.event')}</Table.Th>
                <Table.Th>{t('audit.columns.breach')}</Table.Th>
                <Table.Th>{t('audit.columns.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Fragment key={e.seq}>
                  <Table.Tr>
                    <Table.Td miw={150}>
                      <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                    </Table.Td>
                    <Table.Td miw={140}>
                      <Text size="sm" c={e.actor ? undefined : 'dimmed'}>
                        {e.actorLabel}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.description[lang] || e.action}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {e.action}
                      </Text>
                    </Table.Td>
                    <Table.Td>{breachCell(e)}</Table.Td>
                    <Table.Td>{detailsButton(e, 'audit-row-details')}</Table.Td>
                  </Table.Tr>
                  {open.has(e.seq) && (
                    <Table.Tr>
                      <Table.Td colSpan={5} id={`audit-row-details-${e.seq}`}>
                        <EventDetails event={e} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Stack hiddenFrom="md" gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
        {items.map((e) => (
          <Card component="li" p="sm" key={e.seq}>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {e.description[lang] || e.action}
              </Text>
              <Text size="xs" c="dimmed">
                <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> · {e.actorLabel}
              </Text>
              {e.breachId && <div>{breachCell(e)}</div>}
              <div>{detailsButton(e, 'audit-card-details')}</div>
              {open.has(e.seq) && (
                <div id={`audit-card-details-${e.seq}`}>
                  <EventDetails event={e} />
                </div>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </>
  );
}

function EventDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const { before, after } = event.details;
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('audit.details.meta', { seq: event.seq, entityType: event.entityType, entityId: event.entityId })}
      </Text>
      {before !== null && (
        <div>
          <Text size="xs" fw={600}>
            {t('audit.details.before')}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {json(before)}
          </Code>
        </div>
      )}
      {after !== null && (
        <div>
          <Text size="xs" fw={600}>
            {t('audit.details.after')}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {json(after)}
          </Code>
        </div>
      )}
      {before === null && after === null && (
        <Text size="xs" c="dimmed">
          {t('audit.details.none')}
        </Text>
      )}
      <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {t('audit.details.hash', { hash: event.hash })}
      </Text>
    </Stack>
  );
}
