import { Card, Text } from '@mantine/core';

interface KpiCardProps {
  label: string;
  value: string;
  hint?: string;
}

/** One headline figure. */
export function KpiCard({ label, value, hint }: KpiCardProps) {
  return (
    <Card p="md" component="section" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lh={1.3}>
        {label}
      </Text>
      <Text fz={30} fw={700} lh={1.2} mt={6} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Card>
  );
}
