import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCountdown, formatDateTime } from '../../i18n/format';
import type { Obligation } from '../breaches/breach-types';
import { deadlineTone } from './deadline';
import { useLang } from '../language/use-lang';
import { useCountdownNow } from './use-now';

interface CountdownChipProps {
  label: string;
  obligation: Pick<Obligation, 'state' | 'dueAt' | 'required'>;
  /** The page's clock; without it the chip follows the clock by itself, re-rendering once a minute. */
  now?: number;
  /** Extra line for the tooltip, e.g. the customers behind a collapsed chip. */
  detail?: string;
}

/** "AP · nog 23 u 14 min", coloured by time left; settled duties in grey. */
export function CountdownChip({ label, obligation, now: pageNow, detail }: CountdownChipProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const ownNow = useCountdownNow(obligation.dueAt);
  const now = pageNow ?? ownNow;
  const tone = deadlineTone(obligation, now);
  const status =
    obligation.state === 'fulfilled'
      ? t('obligations.state.fulfilled')
      : obligation.state === 'not_required'
        ? t('obligations.state.not_required')
        : obligation.dueAt
          ? formatCountdown(obligation.dueAt, lang, now)
          : t('obligations.withoutUndueDelay');
  const due = obligation.dueAt ? t('obligations.dueAt', { time: formatDateTime(obligation.dueAt, lang) }) : '';
  const tooltip = [detail, due].filter(Boolean).join(' · ');
  const chip = (
    <Badge
      color={tone}
      variant={tone === 'gray' ? 'light' : tone === 'red' ? 'filled' : 'light'}
      radius="sm"
      size="md"
      tt="none"
      fw={600}
      style={{ fontVariantNumeric: 'tabular-nums' }}
      aria-label={`${label}: ${status}${due ? `, ${due}` : ''}`}
      tabIndex={tooltip ? 0 : undefined}
    >
      {label} · {status}
    </Badge>
  );
  return tooltip ? (
    <Tooltip label={tooltip} withArrow events={{ hover: true, focus: true, touch: true }}>
      {chip}
    </Tooltip>
  ) : (
    chip
  );
}
