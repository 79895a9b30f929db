import { Group, Text } from '@mantine/core';
import { LogoMark } from './LogoMark';

interface BrandProps {
  size?: 'sm' | 'lg';
}

/** Product name with its mark. The name is a proper noun and is not translated. */
export function Brand({ size = 'sm' }: BrandProps) {
  const large = size === 'lg';
  return (
    <Group gap={large ? 'sm' : 8} wrap="nowrap">
      <LogoMark size={large ? 40 : 28} />
      <Text component="span" fw={700} fz={large ? 26 : 19} c="lekwacht.9" lts={-0.3}>
        Lekwacht
      </Text>
    </Group>
  );
}
