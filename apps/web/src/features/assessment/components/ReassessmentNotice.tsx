import { Alert, List, Text } from '@mantine/core';
import { IconRefreshAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Breach } from '../../../shared/breaches/breach-types';

type Offer = NonNullable<Breach['reassessment']>;

/**
 * Facts changed after the latest assessment: says which outcome a re-assessment would change
 * (from the latest final outcome to the one computed for the current facts), or that none would.
 * The duties follow only an assessment, so nothing changes until someone re-assesses.
 */
export function ReassessmentNotice({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const value = (v: unknown) =>
    typeof v === 'boolean'
      ? t(v ? 'common.yes' : 'common.no')
      : v === null
        ? t('reassessment.none')
        : t(`reassessment.values.${String(v)}`, { defaultValue: String(v) });
  return (
    <Alert
      color={offer.outcomeChanges.length ? 'orange' : 'blue'}
      variant="light"
      icon={<IconRefreshAlert aria-hidden="true" />}
      title={t('reassessment.title', { version: offer.latestVersion })}
    >
      <Text size="sm">
        {t('reassessment.changedFacts', {
          facts: offer.changedFacts.map((f) => t(`wizard.fields.${f}`, { defaultValue: f })).join(', '),
        })}
      </Text>
      {offer.outcomeChanges.length === 0 ? (
        <Text size="sm" mt={4}>
          {t('reassessment.noOutcomeChange')}
        </Text>
      ) : (
        <>
          <Text size="sm" mt={4} fw={600}>
            {t('reassessment.wouldChange')}
          </Text>
          <List size="sm">
            {offer.outcomeChanges.map((c) => (
              <List.Item key={c.field}>
                {t('reassessment.change', {
                  field: t(`reassessment.fields.${c.field.replace('.', '_')}`),
                  from: value(c.from),
                  to: value(c.to),
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
