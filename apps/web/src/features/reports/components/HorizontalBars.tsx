import { Box, Group, Stack, Text } from '@mantine/core';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

interface HorizontalBarsProps {
  data: BarDatum[];
  /** Accessible name of the list. */
  label: string;
  color?: string;
}

/**
 * A plain, accessible bar chart: a list of labelled rows, each with its number in text, the bar
 * only decoration. Works without a chart library and reads well in a screen reader.
 */
export function HorizontalBars({ data, label, color = 'var(--mantine-primary-color-filled)' }: HorizontalBarsProps) {
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <Stack gap={10} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {data.map((d) => (
        <li key={d.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
            <Text size="sm" truncate>
              {d.label}
            </Text>
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {d.value}
            </Text>
          </Group>
          <Box
            aria-hidden="true"
            h={8}
            style={{ borderRadius: 4, background: 'var(--mantine-color-gray-1)', overflow: 'hidden' }}
          >
            <Box
              h="100%"
              style={{
                width: `${(d.value / max) * 100}%`,
                background: color,
                borderRadius: 4,
                minWidth: d.value > 0 ? 4 : 0,
              }}
            />
          </Box>
        </li>
      ))}
    </Stack>
  );
}
