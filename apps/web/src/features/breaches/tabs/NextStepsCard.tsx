import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import type { Breach } from '../../../shared/breaches/breach-types';
import { useLang } from '../../../shared/language/use-lang';
import { breachTabPath } from './breach-tabs';
import { nextSteps, type StepTask } from './next-steps';

/** "Wat nu?" at the top of the overview: what needs doing next, most pressing first, each a link to its tab. */
export function NextStepsCard({ breach, tasks }: { breach: Breach; tasks: StepTask[] | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const steps = nextSteps({
    status: breach.status,
    assessed: breach.facts !== null,
    obligations: breach.obligations,
    tasks,
  });
  if (breach.status === 'closed') return null;
  return (
    <Card component="section" aria-labelledby="next-steps-title">
      <Title order={2} fz="lg" id="next-steps-title" mb="sm">
        {t('breach.nextSteps.title')}
      </Title>
      {steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('breach.nextSteps.none')}
        </Text>
      ) : (
        <Stack component="ol" gap="xs" m={0} pl="lg">
          {steps.map((step) => (
            <li key={step.key}>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={breachTabPath(breach.id, step.tab)} size="sm" fw={600}>
                  {t(`breach.nextSteps.${step.key}`, { count: step.count })}
                </Anchor>
                {step.dueAt && (
                  <Text size="xs" c={step.urgent ? 'red.8' : 'dimmed'}>
                    {t(step.urgent ? 'breach.nextSteps.overdueSince' : 'breach.nextSteps.dueAt', {
                      time: formatDateTime(step.dueAt, lang),
                    })}
                  </Text>
                )}
                {step.urgent && (
                  <Badge size="xs" color="red" variant="filled">
                    {t('breach.nextSteps.late')}
                  </Badge>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
