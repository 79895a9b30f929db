import { Accordion, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const DPC_ROWS = ['simple', 'behavioural', 'financial', 'sensitive'] as const;
const EI_ROWS = [
  ['negligible', 0.25],
  ['limited', 0.5],
  ['significant', 0.75],
  ['maximum', 1],
] as const;
const CB_ROWS = ['confidentiality', 'integrity', 'availability', 'malicious'] as const;

/** The ENISA tables (SE = DPC × EI + CB) as help text, collapsed by default. */
export function EnisaHelp() {
  const { t, i18n } = useTranslation();
  const num = (n: number) => n.toLocaleString(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="enisa">
        <Accordion.Control>{t('assessment.help.title')}</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" mb="sm">
            {t('assessment.help.formula')}
          </Text>
          <Table.ScrollContainer minWidth={320}>
            <Table fz="xs" captionSide="top" mb="md">
              <Table.Caption>{t('assessment.help.dpc.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assessment.help.dpc.category')}</Table.Th>
                  <Table.Th>{t('assessment.help.dpc.base')}</Table.Th>
                  <Table.Th>{t('assessment.help.dpc.examples')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {DPC_ROWS.map((row, i) => (
                  <Table.Tr key={row}>
                    <Table.Td>{t(`assessment.help.dpc.${row}.name`)}</Table.Td>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>{t(`assessment.help.dpc.${row}.examples`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed" mb="md">
            {t('assessment.help.dpc.note')}
          </Text>
          <Table.ScrollContainer minWidth={320}>
            <Table fz="xs" captionSide="top" mb="md">
              <Table.Caption>{t('assessment.help.ei.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assessment.help.ei.level')}</Table.Th>
                  <Table.Th>{t('assessment.help.ei.value')}</Table.Th>
                  <Table.Th>{t('assessment.help.ei.meaning')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {EI_ROWS.map(([level, value]) => (
                  <Table.Tr key={level}>
                    <Table.Td>{t(`identifiability.${level}`)}</Table.Td>
                    <Table.Td>{num(value)}</Table.Td>
                    <Table.Td>{t(`assessment.help.ei.${level}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Table.ScrollContainer minWidth={480}>
            <Table fz="xs" captionSide="top" mb="md">
              <Table.Caption>{t('assessment.help.cb.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assessment.help.cb.element')}</Table.Th>
                  <Table.Th>0</Table.Th>
                  <Table.Th>+{num(0.25)}</Table.Th>
                  <Table.Th>+{num(0.5)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {CB_ROWS.map((row) => (
                  <Table.Tr key={row}>
                    <Table.Td>{t(`assessment.help.cb.${row}.name`)}</Table.Td>
                    <Table.Td>{t(`assessment.help.cb.${row}.zero`)}</Table.Td>
                    <Table.Td>{t(`assessment.help.cb.${row}.quarter`)}</Table.Td>
                    <Table.Td>{t(`assessment.help.cb.${row}.half`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            {t('assessment.help.bands')}
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
