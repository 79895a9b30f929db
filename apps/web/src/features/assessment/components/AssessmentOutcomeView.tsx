import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../api/types';
import type { AssessmentOutcome } from '../api/assessments-api';
import { BAND_COLORS, formatScore } from '../band';

/** The ENISA score as a coloured badge, e.g. "ENISA 3,5 · hoog". */
export function BandBadge({
  outcome,
  lang,
  size = 'lg',
}: {
  outcome: AssessmentOutcome;
  lang: Language;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const { score, band } = outcome.enisa;
  return (
    <Badge color={BAND_COLORS[band]} variant="filled" size={size} autoContrast>
      {t('assessment.scoreBadge', { score: formatScore(score, lang), band: t(`assessment.band.${band}`) })}
    </Badge>
  );
}

/** Legal references can be long ("WP250rev.01 §IV.B; AP: …"): wrap instead of truncating. */
const LEGAL_BADGE_STYLES = {
  root: { textTransform: 'none', height: 'auto', maxWidth: '100%', paddingBlock: 1 },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

interface Props {
  outcome: AssessmentOutcome;
  lang: Language;
  /** Heading level of the sub-headings (decision, rules). */
  headingOrder?: 3 | 4;
  showRules?: boolean;
}

/** Score, decision and the rule trace of one assessment outcome. */
export function AssessmentOutcomeView({ outcome, lang, headingOrder = 3, showRules = true }: Props) {
  const { t } = useTranslation();
  const { dpc, ei, cb, score } = outcome.enisa;
  const fmt = (n: number) => formatScore(n, lang);
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const decisions: [string, string][] = outcome.authority.notifyController
    ? [
        [t('assessment.decision.notifyController'), yesNo(true)],
        [t('assessment.decision.authority'), yesNo(outcome.authority.required)],
      ]
    : [[t('assessment.decision.authority'), yesNo(outcome.authority.required)]];
  const subjects = outcome.dataSubjects;
  decisions.push([
    t('assessment.decision.dataSubjects'),
    subjects.exception
      ? `${yesNo(subjects.required)} · ${t(`assessment.exception.${subjects.exception}`)}`
      : yesNo(subjects.required),
  ]);

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        <BandBadge outcome={outcome} lang={lang} />
        <Text size="sm" c="dimmed">
          {t('assessment.formula', { dpc: fmt(dpc), ei: fmt(ei), cb: fmt(cb), score: fmt(score) })}
        </Text>
      </Group>
      <div>
        <Title order={headingOrder} fz="sm" mb={4}>
          {t('assessment.decision.title')}
        </Title>
        <Stack component="dl" gap={4} m={0}>
          {decisions.map(([label, value]) => (
            <Group key={label} gap="xs" wrap="nowrap" align="baseline">
              <Text component="dt" size="sm" c="dimmed" style={{ minWidth: 0 }}>
                {label}:
              </Text>
              <Text component="dd" size="sm" fw={600} m={0}>
                {value}
              </Text>
            </Group>
          ))}
        </Stack>
      </div>
      {showRules && outcome.rules.length > 0 && (
        <div>
          <Title order={headingOrder} fz="sm" mb={4}>
            {t('assessment.rules')}
          </Title>
          <List size="sm" spacing={6}>
            {outcome.rules.map((rule) => (
              <List.Item key={rule.code}>
                {rule.explanation[lang]}{' '}
                <Badge size="xs" variant="outline" color="gray" styles={LEGAL_BADGE_STYLES}>
                  {rule.legalReference}
                </Badge>
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
