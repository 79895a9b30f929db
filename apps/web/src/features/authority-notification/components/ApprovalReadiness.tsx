import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityNotification } from '../api/authority-notification-api';
import { AP_FORM, fieldLabelKey, sectionTitleKey } from '../form-model';

/** "3. Tijdlijn › Hoe is het datalek ontdekt?" for a path such as `timeline.discoveryMethod`. */
export function useAnswerLabel() {
  const { t } = useTranslation();
  return (path: string) => {
    const [section = '', field = ''] = path.split('.');
    const number = AP_FORM.find((s) => s.key === section)?.number;
    return `${number ?? ''}. ${t(sectionTitleKey(section))} › ${t(fieldLabelKey(section, field))}`;
  };
}

/**
 * The required answers still missing, with the reason each follows later when the notification
 * is phased: what the officer must still do before submitting, and what the approving manager
 * approves. Each entry can open its section.
 */
export function MissingAnswers({
  notification,
  onOpenSection,
  tone,
}: {
  notification: AuthorityNotification;
  onOpenSection?: (section: string) => void;
  /** 'refused': the officer tried to submit an incomplete form that is not phased. */
  tone: 'refused' | 'review';
}) {
  const { t } = useTranslation();
  const label = useAnswerLabel();
  const missing = notification.missingAnswers;
  if (missing.length === 0) return null;
  const reasons = notification.missingAnswerReasons;
  const phased = notification.content.notification.phased === true;
  return (
    <Alert
      role={tone === 'refused' ? 'alert' : undefined}
      color={tone === 'refused' ? 'red' : 'orange'}
      variant="light"
      icon={tone === 'refused' ? <IconAlertTriangle aria-hidden="true" /> : <IconListCheck aria-hidden="true" />}
      title={
        tone === 'refused'
          ? t('apReadiness.refusedTitle', { count: missing.length })
          : t('apReadiness.missingTitle', { count: missing.length, percent: notification.completeness.percent })
      }
      aria-label={t('apReadiness.missingLabel')}
    >
      <Text size="sm" mb={6}>
        {tone === 'refused'
          ? t('apReadiness.refusedIntro')
          : phased
            ? t('apReadiness.phasedIntro')
            : t('apReadiness.incompleteIntro')}
      </Text>
      <List size="sm" spacing={2} aria-label={t('apReadiness.missingLabel')}>
        {missing.map((path) => (
          <List.Item key={path}>
            {onOpenSection ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                onClick={() => onOpenSection(path.split('.')[0] ?? '')}
              >
                {label(path)}
              </Anchor>
            ) : (
              label(path)
            )}
            {reasons[path] && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {t('apReadiness.reason', { reason: reasons[path] })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Before submitting: sections with answers typed but not saved, which submitting would lose. */
export function UnsavedAnswersModal({
  sections,
  opened,
  onClose,
  onOpenSections,
  onSubmitAnyway,
}: {
  sections: string[];
  opened: boolean;
  onClose: () => void;
  onOpenSections: () => void;
  onSubmitAnyway: () => void;
}) {
  const { t } = useTranslation();
  const titles = AP_FORM.filter((s) => sections.includes(s.key)).map(
    (s) => `${s.number}. ${t(sectionTitleKey(s.key))}`,
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('apReadiness.unsaved.title')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('apReadiness.unsaved.intro', { count: titles.length })}</Text>
        <List size="sm">
          {titles.map((title) => (
            <List.Item key={title}>{title}</List.Item>
          ))}
        </List>
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="default" color="red" onClick={onSubmitAnyway}>
            {t('apReadiness.unsaved.submitAnyway')}
          </Button>
          <Button onClick={onOpenSections} data-autofocus>
            {t('apReadiness.unsaved.back')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A phased notification (art. 33(4)) may go to approval with answers missing, each with the
 * reason it follows later.
 */
export function PhasedReasonsModal({
  notification,
  opened,
  pending,
  onClose,
  onSubmit,
}: {
  notification: AuthorityNotification;
  opened: boolean;
  pending: boolean;
  onClose: () => void;
  onSubmit: (reasons: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const label = useAnswerLabel();
  const [reasons, setReasons] = useState<Record<string, string>>(() => ({ ...notification.missingAnswerReasons }));
  const [tried, setTried] = useState(false);
  const missing = notification.missingAnswers;
  const blank = missing.filter((p) => !(reasons[p] ?? '').trim());
  return (
    <Modal opened={opened} onClose={onClose} title={t('apReadiness.phased.title')} size="lg" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (blank.length === 0) onSubmit(Object.fromEntries(missing.map((p) => [p, (reasons[p] ?? '').trim()])));
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('apReadiness.phased.intro', { count: missing.length })}</Text>
          {missing.map((path) => (
            <Textarea
              key={path}
              label={label(path)}
              autosize
              minRows={1}
              maxLength={2000}
              withAsterisk
              value={reasons[path] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setReasons((r) => ({ ...r, [path]: value }));
              }}
              error={tried && !(reasons[path] ?? '').trim() ? t('apReadiness.phased.reasonRequired') : undefined}
            />
          ))}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('apReadiness.phased.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
