import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/language/use-lang';
import { formatMonth } from '../period';

export interface MonthDatum {
  month: string;
  breaches: number;
  authorityNotified: number;
  /** AP deadlines due in the month that were missed (fulfilled late or still open). */
  authorityLate: number;
}

const CHART_HEIGHT = 160;

/**
 * Breaches per month with the AP notifications among them, as CSS columns. Screen readers get the
 * same figures as a table.
 */
export function MonthTrend({ data }: { data: MonthDatum[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const max = Math.max(1, ...data.map((d) => d.breaches));
  return (
    <Box>
      <Box
        aria-hidden="true"
        style={{ display: 'flex', alignItems: 'flex-end', gap: 6, height: CHART_HEIGHT + 60, overflowX: 'auto' }}
      >
        {data.map((d) => (
          <Box
            key={d.month}
            style={{ flex: '1 0 28px', display: 'flex', flexDirection: 'column', alignItems: 'center' }}
          >
            <Text size="xs" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {d.breaches > 0 ? d.breaches : ''}
            </Text>
            <Box
              title={`${formatMonth(d.month, lang)}: ${d.breaches}`}
              style={{
                position: 'relative',
                width: '70%',
                maxWidth: 40,
                height: Math.max(2, (d.breaches / max) * CHART_HEIGHT),
                background:
                  d.breaches > 0
                    ? 'var(--mantine-color-lekwacht-2, var(--mantine-color-blue-2))'
                    : 'var(--mantine-color-gray-2)',
                borderRadius: '4px 4px 0 0',
              }}
            >
              <Box
                style={{
                  position: 'absolute',
                  bottom: 0,
                  left: 0,
                  right: 0,
                  height: d.breaches > 0 ? `${(d.authorityNotified / d.breaches) * 100}%` : 0,
                  background: 'var(--mantine-primary-color-filled)',
                  borderRadius: d.authorityNotified === d.breaches ? '4px 4px 0 0' : 0,
                }}
              />
            </Box>
            <Text size="xs" c="dimmed" mt={4} style={{ whiteSpace: 'nowrap' }}>
              {formatMonth(d.month, lang).replace(/ \d{2}(\d{2})$/, " '$1")}
            </Text>
            <Text size="xs" fw={700} c="red.8" style={{ fontVariantNumeric: 'tabular-nums', minHeight: '1.4em' }}>
              {d.authorityLate > 0 ? `!${d.authorityLate}` : ''}
            </Text>
          </Box>
        ))}
      </Box>
      <Group gap="md" mt="xs" aria-hidden="true">
        <Group gap={6}>
          <Box
            w={12}
            h={12}
            style={{ borderRadius: 2, background: 'var(--mantine-color-lekwacht-2, var(--mantine-color-blue-2))' }}
          />
          <Text size="xs">{t('reports.trend.breaches')}</Text>
        </Group>
        <Group gap={6}>
          <Box w={12} h={12} style={{ borderRadius: 2, background: 'var(--mantine-primary-color-filled)' }} />
          <Text size="xs">{t('reports.trend.authorityNotified')}</Text>
        </Group>
        <Group gap={6}>
          <Text size="xs" fw={700} c="red.8">
            !n
          </Text>
          <Text size="xs">{t('reportsTruth.authorityLate')}</Text>
        </Group>
      </Group>
      <VisuallyHidden>
        <table>
          <caption>{t('reports.trend.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.trend.month')}</th>
              <th scope="col">{t('reports.trend.breaches')}</th>
              <th scope="col">{t('reports.trend.authorityNotified')}</th>
              <th scope="col">{t('reportsTruth.authorityLate')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.month}>
                <th scope="row">{formatMonth(d.month, lang)}</th>
                <td>{d.breaches}</td>
                <td>{d.authorityNotified}</td>
                <td>{d.authorityLate}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}
