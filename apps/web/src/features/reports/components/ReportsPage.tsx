import {
  Box,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconChartBar, IconDownload } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { BREACH_CAUSES } from '../../../api/types';
import { DateField } from '../../../shared/date-time/DateField';
import { useLang } from '../../../shared/language/use-lang';
import { EmptyStateCard } from '../../../shared/ui/EmptyStateCard';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { reportCsvHref, type ReportSummary } from '../api/reports-api';
import { useReportSummary } from '../hooks/use-report-summary';
import { lastTwelveMonths, lastYear, periodProblem, type ReportPeriod, thisYear } from '../period';
import { HorizontalBars } from './HorizontalBars';
import { KpiCard } from './KpiCard';
import { MonthTrend } from './MonthTrend';

const percent = (rate: number | null | undefined, lang: 'nl' | 'en') =>
  rate === null || rate === undefined
    ? '—'
    : new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(
        rate,
      );

const decimal = (n: number | null | undefined, lang: 'nl' | 'en') =>
  n === null || n === undefined
    ? '—'
    : new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(n);

/** AP and customer deadlines of the period already met or missed (the rates' denominators). */
const judged = (d: ReportSummary) =>
  [d.authorityDeadlines, d.customerDeadlines].reduce((n, c) => n + c.onTime + c.lateFulfilled + c.openOverdue, 0);

/** Management report over a period: KPIs, monthly trend, causes, CSV export. */
export function ReportsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const fallback = lastTwelveMonths();
  const period: ReportPeriod = { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to };
  const problem = periodProblem(period);
  const summary = useReportSummary(period, problem === null);

  // Two quick edits (from, then to) can both happen before the URL update re-renders this page;
  // React Router hands both the same old params, so the latest period is kept here.
  const latest = useRef(period);
  latest.current = period;
  const setPeriod = (next: Partial<ReportPeriod>) => {
    const merged = { ...latest.current, ...next };
    latest.current = merged;
    setParams({ from: merged.from, to: merged.to }, { replace: true });
  };

  const csv = (
    <Button
      component="a"
      href={problem === null ? reportCsvHref(period, lang === 'nl' ? 'semicolon' : 'comma') : undefined}
      download
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden="true" />}
      disabled={problem !== null}
    >
      {t('reports.csv')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.description')} actions={csv} />
      <Card p="md" mb="lg" component="section" aria-labelledby="report-period-heading">
        <Title order={2} size="h5" id="report-period-heading" mb="sm">
          {t('reports.period.title')}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Box w={190}>
            <DateField
              label={t('reports.period.from')}
              value={period.from}
              onChange={(from) => setPeriod({ from })}
              error={problem === 'from' ? t('reports.period.invalidDate') : undefined}
            />
          </Box>
          <Box w={190}>
            <DateField
              label={t('reports.period.to')}
              value={period.to}
              onChange={(to) => setPeriod({ to })}
              error={
                problem === 'to'
                  ? t('reports.period.invalidDate')
                  : problem === 'order'
                    ? t('reports.period.order')
                    : undefined
              }
            />
          </Box>
          <Group gap="xs">
            <Button variant="light" size="sm" onClick={() => setPeriod(lastTwelveMonths())}>
              {t('reports.period.last12Months')}
            </Button>
            <Button variant="light" size="sm" onClick={() => setPeriod(thisYear())}>
              {t('reports.period.thisYear')}
            </Button>
            <Button variant="light" size="sm" onClick={() => setPeriod(lastYear())}>
              {t('reports.period.lastYear')}
            </Button>
          </Group>
        </Group>
      </Card>

      {problem !== null ? (
        <Alert color="yellow" variant="light" role="status">
          {t('reports.period.fixToSee')}
        </Alert>
      ) : summary.isPending ? (
        <Stack gap="md" aria-busy="true">
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={104} radius="md" />
            ))}
          </SimpleGrid>
          <Skeleton height={260} radius="md" />
        </Stack>
      ) : summary.isError ? (
        <LoadError onRetry={() => void summary.refetch()} retrying={summary.isFetching} />
      ) : summary.data.breaches === 0 && judged(summary.data) === 0 ? (
        <EmptyStateCard
          icon={<IconChartBar size={28} aria-hidden="true" />}
          title={t('reports.empty.title')}
          description={t('reports.empty.description')}
        />
      ) : (
        <ReportBody data={summary.data} lang={lang} />
      )}
    </>
  );
}

function ReportBody({ data, lang }: { data: ReportSummary; lang: 'nl' | 'en' }) {
  const { t } = useTranslation();
  const causes = BREACH_CAUSES.map((c) => ({ key: c, label: t(`causes.${c}`), value: data.byCause[c] ?? 0 }))
    .filter((d) => d.value > 0)
    .sort((a, b) => b.value - a.value);
  const categories = Object.entries(data.byCategory)
    .map(([key, value]) => ({ key, label: t(`dataCategories.${key}`), value }))
    .filter((d) => d.value > 0)
    .sort((a, b) => b.value - a.value);
  const deadlinesHint = (c: ReportSummary['authorityDeadlines']) =>
    t('reportsTruth.deadlinesHint', { onTime: c.onTime, late: c.lateFulfilled + c.openOverdue, open: c.openOverdue });
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md">
        <KpiCard label={t('reports.kpi.breaches')} value={String(data.breaches)} />
        <KpiCard
          label={t('reports.kpi.authorityOnTime')}
          value={percent(data.authorityOnTimeRate, lang)}
          hint={deadlinesHint(data.authorityDeadlines)}
        />
        <KpiCard
          label={t('reports.kpi.customerOnTime')}
          value={percent(data.customerOnTimeRate, lang)}
          hint={deadlinesHint(data.customerDeadlines)}
        />
        <KpiCard
          label={t('reports.kpi.medianHours')}
          value={
            data.medianHoursToAuthority === null
              ? '—'
              : t('reports.kpi.hours', { hours: decimal(data.medianHoursToAuthority, lang) })
          }
          hint={t('reports.kpi.medianHint')}
        />
        <KpiCard
          label={t('reports.kpi.notRequired')}
          value={String(data.notRequired)}
          hint={t('reports.kpi.notRequiredHint')}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed" id="report-timeliness-note">
        {t('reportsTruth.periodNote')}
      </Text>

      <Card p="md" component="section" aria-labelledby="report-trend-heading">
        <Title order={2} size="h5" id="report-trend-heading" mb="md">
          {t('reports.trend.title')}
        </Title>
        <MonthTrend data={data.byMonth} />
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card p="md" component="section" aria-labelledby="report-causes-heading">
          <Group justify="space-between" mb="md" gap="xs">
            <Title order={2} size="h5" id="report-causes-heading">
              {t('reports.causes.title')}
            </Title>
            {data.repeatCauses.length > 0 && (
              <Badge color="orange" variant="light">
                {t('reports.causes.repeat', {
                  causes: data.repeatCauses.map((c) => t(`causes.${c.cause}`)).join(', '),
                })}
              </Badge>
            )}
          </Group>
          <HorizontalBars data={causes} label={t('reports.causes.title')} />
        </Card>
        <Card p="md" component="section" aria-labelledby="report-categories-heading">
          <Title order={2} size="h5" id="report-categories-heading" mb="md">
            {t('reports.categories.title')}
          </Title>
          {categories.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reports.categories.none')}
            </Text>
          ) : (
            <HorizontalBars
              data={categories}
              label={t('reports.categories.title')}
              color="var(--mantine-color-slate-5, var(--mantine-color-gray-6))"
            />
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
