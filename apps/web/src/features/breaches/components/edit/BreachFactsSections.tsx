import { Card, Divider, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../../shared/session/use-me';
import type { Breach } from '../../../../shared/breaches/breach-types';
import { DetailsEditSection } from './DetailsEditSection';
import { HandlingEditSection } from './HandlingEditSection';
import { TimesEditSection } from './TimesEditSection';

/** Officers edit an open breach (the API's rule); a closed one is read only until reopened. */
export const canEditBreach = (role: string, breach: Breach) => role === 'officer' && breach.status === 'open';

/**
 * The breach's facts, each part editable in place: what happened, when, and the handling.
 * `children` follows below (the assessment facts, edited in the assessment section).
 */
export function BreachFactsSections({ breach, children }: { breach: Breach; children?: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canEdit = canEditBreach(me.role, breach);
  return (
    <Card component="section" aria-labelledby="facts-title">
      <Title order={2} fz="lg" id="facts-title" mb="sm">
        {t('breach.sections.facts')}
      </Title>
      {breach.status === 'closed' && me.role === 'officer' && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('breachEdit.closedReadOnly')}
        </Text>
      )}
      <Stack gap="md">
        <DetailsEditSection breach={breach} canEdit={canEdit} />
        <Divider />
        <TimesEditSection breach={breach} canEdit={canEdit} />
        <Divider />
        <HandlingEditSection breach={breach} canEdit={canEdit} />
        {children && (
          <>
            <Divider />
            {children}
          </>
        )}
      </Stack>
    </Card>
  );
}
