import { Alert, Anchor, Badge, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { noticePreviewPdfUrl } from '../api/notices-api';
import { useNoticePreview } from '../hooks/use-notices';
import { RecipientKindBadge } from './NoticeStatusBadge';

/**
 * Exactly what one customer receives, per channel: the mail as text and as HTML, the portal page
 * and the PDF. HTML is shown in a sandboxed frame (no script, no same-origin access).
 */
export function NoticePreview({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const preview = useNoticePreview(id);
  if (preview.isPending)
    return (
      <Stack gap="xs" aria-busy="true">
        <Skeleton height={24} />
        <Skeleton height={240} />
      </Stack>
    );
  if (preview.isError) return <LoadError onRetry={() => void preview.refetch()} retrying={preview.isFetching} />;
  const p = preview.data;
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {p.customerName}
        </Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('noticeReview.to', { name: p.mail.to.name, email: p.mail.to.email })}
        </Text>
        <RecipientKindBadge kind={p.mail.to.kind} />
        <Badge variant="outline" size="sm" style={{ textTransform: 'none' }}>
          {p.language.toUpperCase()}
        </Badge>
      </Group>
      <Text size="sm">
        <strong>{t('noticeReview.subject')}:</strong> {p.mail.subject}
      </Text>
      <Tabs defaultValue="text" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="text">{t('noticeReview.tabs.text')}</Tabs.Tab>
          <Tabs.Tab value="html">{t('noticeReview.tabs.html')}</Tabs.Tab>
          <Tabs.Tab value="portal">{t('noticeReview.tabs.portal')}</Tabs.Tab>
          <Tabs.Tab value="pdf">{t('noticeReview.tabs.pdf')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="text" pt="sm">
          <Text
            component="pre"
            size="sm"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0 }}
          >
            {p.mail.text}
          </Text>
        </Tabs.Panel>
        <Tabs.Panel value="html" pt="sm">
          <iframe
            title={t('noticeReview.htmlFrame', { customer: p.customerName })}
            sandbox=""
            srcDoc={p.mail.html}
            style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="portal" pt="sm">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('noticeReview.portalHint', { count: p.portal.history.length })}
            </Text>
            {p.portal.history.map((h) => (
              <Stack key={h.sequence} gap={4}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {h.subject}
                  </Text>
                  {h.current && (
                    <Badge size="sm" variant="light" style={{ textTransform: 'none' }}>
                      {t('noticeReview.thisNotice')}
                    </Badge>
                  )}
                  {h.sentAt && (
                    <Text size="xs" c="dimmed">
                      {formatDateTime(h.sentAt, lang)}
                    </Text>
                  )}
                </Group>
                <iframe
                  title={t('noticeReview.portalFrame', { customer: p.customerName, sequence: h.sequence })}
                  sandbox=""
                  srcDoc={`<!doctype html><meta charset="utf-8"><body style="font-family:Arial,sans-serif">${h.html}</body>`}
                  style={{
                    width: '100%',
                    height: h.current ? 420 : 200,
                    border: '1px solid var(--mantine-color-gray-3)',
                    borderRadius: 4,
                  }}
                />
              </Stack>
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="pdf" pt="sm">
          <Alert variant="light" color="gray" mb="xs">
            <Anchor href={noticePreviewPdfUrl(id)} target="_blank" rel="noopener">
              {t('noticeReview.openPdf')}
            </Anchor>
          </Alert>
          <iframe
            title={t('noticeReview.pdfFrame', { customer: p.customerName })}
            src={noticePreviewPdfUrl(id)}
            style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
