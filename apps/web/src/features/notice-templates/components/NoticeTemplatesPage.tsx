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
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconBold,
  IconDeviceFloppy,
  IconEye,
  IconHeading,
  IconLink,
  IconList,
  IconPlus,
} from '@tabler/icons-react';
import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { LANGUAGES, type Language } from '../../../api/types';
import { formatDateTime } from '../../../i18n/format';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { MessagePreview } from '../../../shared/mail/MessagePreview';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { applyMarkdown, type Edited, insertAt, type MarkdownAction } from '../api/markdown-edit';
import { type TemplateField, type TemplateProblem, templateErrorsOf } from '../api/template-fields';
import type { NoticePreview, NoticeTemplate, NoticeTemplateBody } from '../api/templates-api';
import {
  useNoticeTemplateFields,
  useNoticeTemplates,
  usePreviewNoticeTemplate,
  useSaveNoticeTemplate,
} from '../hooks/use-notice-templates';

/** How long typing pauses before the live preview is rendered again on the sample notice. */
const LIVE_PREVIEW_DELAY_MS = 700;

const MONO = {
  input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 },
};

const TOOLBAR: { action: MarkdownAction; icon: typeof IconBold }[] = [
  { action: 'heading', icon: IconHeading },
  { action: 'bold', icon: IconBold },
  { action: 'list', icon: IconList },
  { action: 'link', icon: IconLink },
];

/**
 * Admin: the customer-notice template per language — a subject line and one Markdown body from
 * which both the formatted mail and its plain text are made — with merge fields inserted from the
 * notice view's list and a live preview on sample data.
 */
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
  const [body, setBody] = useState<NoticeTemplateBody>({ subject: template.subject, body: template.body });
  const [shown, setShown] = useState<NoticePreview | null>(null);
  const [live, setLive] = useState<NoticePreview | null>(null);
  const set = (field: TemplateField) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = e.currentTarget.value;
    setBody((b) => ({ ...b, [field]: value }));
  };
  // Where "insert field" and the toolbar write: the part last focused, at its cursor.
  const inputs = useRef<Partial<Record<TemplateField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const [target, setTarget] = useState<TemplateField>('body');
  const edit = (field: TemplateField, change: (value: string, start: number, end: number) => Edited) => {
    const el = inputs.current[field];
    const current = body[field];
    const next = change(current, el?.selectionStart ?? current.length, el?.selectionEnd ?? current.length);
    setBody((b) => ({ ...b, [field]: next.value }));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.start, next.end);
    });
  };
  const insert = (path: string) => edit(target, (v, s, e) => insertAt(v, s, e, `{{${path}}}`));
  const format = (action: MarkdownAction) =>
    edit('body', (v, s, e) => applyMarkdown(v, s, e, action, t('noticeTemplates.markdown.placeholder')));
  const focusProps = (field: TemplateField) => ({
    onFocus: () => setTarget(field),
  });
  // Live preview on the sample notice; problems (unknown field, raw output) show under the part.
  // Promises, not mutate's callbacks: those fire only for the latest call, so a live preview
  // starting while "Voorbeeld" was pending swallowed the dialog (seen on a loaded machine).
  const { mutateAsync: renderPreview } = preview;
  useEffect(() => {
    const timer = setTimeout(() => void renderPreview(body).then(setLive, () => undefined), LIVE_PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [body, renderPreview]);

  const lastError = save.error ?? preview.error;
  const parsed =
    lastError && isApiError(lastError, 400) && lastError.messages.length ? templateErrorsOf(lastError.messages) : null;
  const otherError = !lastError
    ? null
    : parsed
      ? parsed.other.length
        ? t('noticeTemplates.problems.other')
        : null
      : shownErrorsOf(lastError, t)
          .map((e) => e.text)
          .join(' ');
  const fieldError = (f: TemplateField) => {
    const problems = parsed?.fields[f];
    return problems?.length ? <Problems problems={problems} /> : undefined;
  };

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
    void preview.mutateAsync(body).then(setShown, () => undefined);
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
          ref={(el) => {
            inputs.current.subject = el;
          }}
          {...focusProps('subject')}
        />
        <Textarea
          label={t('noticeTemplates.body')}
          description={t('noticeTemplates.bodyHint', {
            heading: '## …',
            list: '- …',
            bold: '**…**',
            link: '[…](https://…)',
          })}
          value={body.body}
          onChange={set('body')}
          required
          autosize
          minRows={14}
          maxRows={32}
          error={fieldError('body')}
          styles={MONO}
          spellCheck={false}
          ref={(el) => {
            inputs.current.body = el;
          }}
          {...focusProps('body')}
          inputContainer={(input) => (
            <Stack gap={4} mt={4}>
              <Group
                gap={4}
                role="toolbar"
                aria-label={t('noticeTemplates.markdown.toolbar', { language: t(`language.names.${language}`) })}
              >
                {TOOLBAR.map(({ action, icon: Icon }) => (
                  <Tooltip
                    key={action}
                    label={t(`noticeTemplates.markdown.${action}Hint`)}
                    events={{ hover: true, focus: true, touch: false }}
                    withArrow
                  >
                    <Button
                      size="compact-xs"
                      variant="default"
                      leftSection={<Icon size={14} aria-hidden="true" />}
                      onClick={() => format(action)}
                    >
                      {t(`noticeTemplates.markdown.${action}`)}
                    </Button>
                  </Tooltip>
                ))}
              </Group>
              {input}
            </Stack>
          )}
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
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <MergeFieldsCard target={target} onInsert={insert} />
          <LivePreviewCard
            preview={live}
            pending={preview.isPending}
            failed={Boolean(preview.error)}
            onRetry={() => renderPreview(body, { onSuccess: setLive })}
          />
        </SimpleGrid>
      </Stack>
    </form>
  );
}

/** The API's problems with one part, in the UI language; the parser's own words only as detail. */
function Problems({ problems }: { problems: TemplateProblem[] }) {
  const { t } = useTranslation();
  return (
    <>
      {problems.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          {t(`noticeTemplates.problems.${p.kind}`, {
            fields: p.detail,
            allowed: '{{…}}, {{#if …}}, {{#unless …}}',
            open: '{{#if …}}',
            close: '{{/if}}',
            end: '}}',
          })}
          {(p.kind === 'syntax' || p.kind === 'notAllowed') && (
            <Text span size="xs" c="dimmed" ml={4} lang="en">
              ({p.detail})
            </Text>
          )}
        </Fragment>
      ))}
    </>
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

/** The notice view's fields, inserted at the cursor of the part last focused. */
function MergeFieldsCard({ target, onInsert }: { target: TemplateField; onInsert: (path: string) => void }) {
  const { t } = useTranslation();
  const fields = useNoticeTemplateFields();
  return (
    <Card component="section" aria-labelledby="merge-fields-title" withBorder>
      <Title order={2} fz="lg" id="merge-fields-title" mb={4}>
        {t('noticeTemplates.fields.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('templateFields.hint', {
          part: t(`noticeTemplates.${target}`),
          conditional: `{{#if ${t('noticeTemplates.fields.placeholder')}}}…{{/if}}`,
        })}
      </Text>
      {fields.isPending ? (
        <Skeleton height={200} aria-busy="true" />
      ) : fields.isError ? (
        <LoadError onRetry={() => void fields.refetch()} retrying={fields.isFetching} />
      ) : fields.data.fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('templateFields.empty')}
        </Text>
      ) : (
        <Stack gap={4} mah={420} style={{ overflowY: 'auto' }} component="ul" p={0} m={0}>
          {fields.data.fields.map((f) => (
            <Group
              key={f.path}
              component="li"
              gap="xs"
              wrap="nowrap"
              justify="space-between"
              style={{ listStyle: 'none' }}
            >
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Code>{`{{${f.path}}}`}</Code>
                <Text size="xs" c="dimmed" truncate="end" title={f.sample}>
                  {f.sample || '—'}
                </Text>
              </Stack>
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconPlus size={12} aria-hidden="true" />}
                aria-label={t('templateFields.insertAria', { field: f.path })}
                onClick={() => onInsert(f.path)}
              >
                {t('templateFields.insert')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** The template rendered on the sample notice while it is being edited: formatted and as plain text. */
function LivePreviewCard({
  preview,
  pending,
  failed,
  onRetry,
}: {
  preview: NoticePreview | null;
  pending: boolean;
  failed: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const stale = pending || failed;
  return (
    <Card component="section" aria-labelledby="live-preview-title" withBorder aria-busy={pending}>
      <Title order={2} fz="lg" id="live-preview-title" mb={4}>
        {t('templateFields.liveTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('templateFields.liveHint')}
      </Text>
      {failed && (
        <Text size="sm" c="red" mb="sm">
          {t('templateFields.liveFailed')}
        </Text>
      )}
      {preview ? (
        <Stack gap="xs" style={{ opacity: stale ? 0.6 : 1 }}>
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
            {preview.subject}
          </Text>
          <MessagePreview
            html={preview.html}
            text={preview.text}
            frameTitle={t('noticeTemplates.previewFrameTitle')}
            htmlLabel={t('noticeTemplates.html')}
            textLabel={t('noticeTemplates.text')}
            height={420}
          />
        </Stack>
      ) : failed ? (
        <Button size="xs" variant="default" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : (
        <Skeleton height={200} />
      )}
    </Card>
  );
}
