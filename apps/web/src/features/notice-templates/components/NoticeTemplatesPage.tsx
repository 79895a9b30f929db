import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { LANGUAGES, type Language } from '../../../api/types';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../breaches/hooks/use-lang';
import { LoadError } from '../../layout/components/LoadError';
import { MessagePreview } from '../../mail/components/MessagePreview';
import { PageHeader } from '../../layout/components/PageHeader';
import { useIsPhone } from '../../users/hooks/use-is-phone';
import { MERGE_FIELDS, type TemplateField, templateErrorsOf } from '../api/template-fields';
import type { NoticePreview, NoticeTemplate, NoticeTemplateBody } from '../api/templates-api';
import { useNoticeTemplates, usePreviewNoticeTemplate, useSaveNoticeTemplate } from '../hooks/use-notice-templates';

const MONO = {
  input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 },
};

/** Admin: the customer-notice templates per language, with a preview on sample data. */
export function NoticeTemplatesPage() {
  const { t } = useTranslation();
  const templates = useNoticeTemplates();
  const [tab, setTab] = useState<Language>('nl');
  return (
    <>
      <PageHeader title={t('noticeTemplates.title')} description={t('noticeTemplates.description')} />
      {templates.isPending ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={36} />
          <Skeleton height={320} />
        </Stack>
      ) : templates.isError ? (
        <LoadError onRetry={() => void templates.refetch()} retrying={templates.isFetching} />
      ) : (
        <Stack gap="md">
          <Tabs value={tab} onChange={(v) => v && setTab(v as Language)} keepMounted>
            <Tabs.List>
              {LANGUAGES.map((language) => (
                <Tabs.Tab key={language} value={language}>
                  {t(`language.names.${language}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {LANGUAGES.map((language) => {
              const template = templates.data.find((tpl) => tpl.language === language);
              return (
                <Tabs.Panel key={language} value={language} pt="md">
                  {template ? (
                    <TemplateEditor template={template} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('noticeTemplates.missing')}
                    </Text>
                  )}
                </Tabs.Panel>
              );
            })}
          </Tabs>
          <MergeFieldsCard />
        </Stack>
      )}
    </>
  );
}

function TemplateEditor({ template }: { template: NoticeTemplate }) {
  const { t } = useTranslation();
  const lang = useLang();
  const language = template.language;
  const save = useSaveNoticeTemplate(language);
  const preview = usePreviewNoticeTemplate(language);
  const [body, setBody] = useState<NoticeTemplateBody>({
    subject: template.subject,
    bodyText: template.bodyText,
    bodyHtml: template.bodyHtml,
  });
  const [shown, setShown] = useState<NoticePreview | null>(null);
  const set = (field: TemplateField) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = e.currentTarget.value;
    setBody((b) => ({ ...b, [field]: value }));
  };

  const lastError = save.error ?? preview.error;
  const parsed =
    lastError && isApiError(lastError, 400) && lastError.messages.length ? templateErrorsOf(lastError.messages) : null;
  const otherError = !lastError
    ? null
    : parsed
      ? parsed.other.join(' ') || null
      : isApiError(lastError, 403)
        ? t('errors.forbidden')
        : isApiError(lastError)
          ? lastError.messages.join(' ') || t('errors.unexpected')
          : t('errors.network');
  const fieldError = (f: TemplateField) => parsed?.fields[f];

  const onSave = (event: React.FormEvent) => {
    event.preventDefault();
    preview.reset();
    save.mutate(body, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          message: t('noticeTemplates.saved', {
            language: t(`language.names.${language}`),
          }),
        }),
    });
  };

  const onPreview = () => {
    save.reset();
    preview.mutate(body, { onSuccess: setShown });
  };

  return (
    <form onSubmit={onSave} noValidate>
      <Stack gap="sm">
        <Group gap="xs">
          {template.isDefault ? (
            <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
              {t('noticeTemplates.isDefault')}
            </Badge>
          ) : (
            template.updatedAt && (
              <Text size="xs" c="dimmed">
                {t('noticeTemplates.updated', {
                  date: formatDateTime(template.updatedAt, lang),
                  by: template.updatedBy ?? '—',
                })}
              </Text>
            )
          )}
        </Group>
        <TextInput
          label={t('noticeTemplates.subject')}
          value={body.subject}
          onChange={set('subject')}
          required
          maxLength={500}
          error={fieldError('subject')}
          styles={MONO}
        />
        <Textarea
          label={t('noticeTemplates.bodyText')}
          value={body.bodyText}
          onChange={set('bodyText')}
          required
          autosize
          minRows={10}
          maxRows={28}
          error={fieldError('bodyText')}
          styles={MONO}
          spellCheck={false}
        />
        <Textarea
          label={t('noticeTemplates.bodyHtml')}
          description={t('noticeTemplates.bodyHtmlHint', { triple: '{{{…}}}' })}
          value={body.bodyHtml}
          onChange={set('bodyHtml')}
          required
          autosize
          minRows={10}
          maxRows={28}
          error={fieldError('bodyHtml')}
          styles={MONO}
          spellCheck={false}
        />
        {otherError && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('noticeTemplates.failed')}
          >
            {otherError}
          </Alert>
        )}
        {parsed && !otherError && (
          <Text size="sm" c="red" role="alert">
            {t('noticeTemplates.fixFields')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            leftSection={<IconEye size={16} aria-hidden="true" />}
            loading={preview.isPending}
            onClick={onPreview}
          >
            {t('noticeTemplates.preview')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
          >
            {t('common.save')}
          </Button>
        </Group>
        <PreviewModal preview={shown} onClose={() => setShown(null)} />
      </Stack>
    </form>
  );
}

function PreviewModal({ preview, onClose }: { preview: NoticePreview | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Modal
      opened={preview !== null}
      onClose={onClose}
      size="xl"
      fullScreen={isPhone}
      title={t('noticeTemplates.previewTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {preview && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('noticeTemplates.previewHint')}
          </Text>
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
            {preview.subject}
          </Text>
          <MessagePreview
            html={preview.html}
            text={preview.text}
            frameTitle={t('noticeTemplates.previewFrameTitle')}
            htmlLabel={t('noticeTemplates.html')}
            textLabel={t('noticeTemplates.text')}
            height={520}
          />
        </Stack>
      )}
    </Modal>
  );
}

function MergeFieldsCard() {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="merge-fields-title">
      <Title order={2} fz="lg" id="merge-fields-title" mb={4}>
        {t('noticeTemplates.fields.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('noticeTemplates.fields.hint', {
          example: `{{${t('noticeTemplates.fields.placeholder')}}}`,
          conditional: `{{#if ${t('noticeTemplates.fields.placeholder')}}}…{{/if}}`,
        })}
      </Text>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} m={0}>
        {MERGE_FIELDS.map((field) => (
          <Group key={field} gap="xs" wrap="nowrap" align="baseline">
            <Text component="dt" size="sm" style={{ flexShrink: 0 }}>
              <Code>{`{{${field}}}`}</Code>
            </Text>
            <Text component="dd" size="sm" c="dimmed" m={0}>
              {t(`noticeTemplates.fields.names.${field}`)}
            </Text>
          </Group>
        ))}
      </SimpleGrid>
    </Card>
  );
}
