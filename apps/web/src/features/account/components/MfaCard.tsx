import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Image,
  Modal,
  PasswordInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCopy, IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import type { MfaEnrolment } from '../api/mfa-api';
import {
  useConfirmMfaEnrolment,
  useDisableMfa,
  useMfaStatus,
  useRefreshMe,
  useRegenerateRecoveryCodes,
  useStartMfaEnrolment,
} from '../hooks/use-mfa';

/**
 * Two-step verification on "Mijn account": set up (QR code + the key as text, confirm with a
 * code), the ten recovery codes shown once (copy, download), new recovery codes, turn off.
 */
export function MfaCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useMfaStatus();
  const start = useStartMfaEnrolment();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [dialog, setDialog] = useState<'regenerate' | 'disable' | null>(null);

  return (
    <Card component="section" aria-labelledby="mfa-title" p="md" mb="md">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap" gap="sm">
        <div>
          <Group gap="xs">
            <Title order={2} fz="lg" id="mfa-title">
              {t('accountSecurity.mfa.title')}
            </Title>
            {status.data?.required && (
              <Badge size="sm" variant="light" color="orange">
                {t('accountSecurity.mfa.required')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('accountSecurity.mfa.description')}
          </Text>
        </div>
      </Group>
      {status.isPending ? (
        <Skeleton height={40} />
      ) : status.isError ? (
        <LoadError onRetry={() => void status.refetch()} retrying={status.isFetching} />
      ) : codes ? (
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      ) : enrolment ? (
        <Enrolment
          enrolment={enrolment}
          onCancel={() => setEnrolment(null)}
          onConfirmed={(c) => {
            setEnrolment(null);
            setCodes(c);
          }}
        />
      ) : status.data.enabled ? (
        <Stack gap="sm">
          <Group gap="xs">
            <IconShieldCheck size={20} color="var(--mantine-color-teal-7)" aria-hidden="true" />
            <Text size="sm" fw={600} data-testid="mfa-state">
              {t('accountSecurity.mfa.on', {
                since: status.data.enabledAt ? formatDateTime(status.data.enabledAt, lang) : '',
                count: status.data.recoveryCodesLeft,
              })}
            </Text>
          </Group>
          <Group gap="sm">
            <Button variant="default" size="xs" onClick={() => setDialog('regenerate')}>
              {t('accountSecurity.mfa.regenerate')}
            </Button>
            {status.data.required ? (
              <Text size="xs" c="dimmed">
                {t('accountSecurity.mfa.disableRequired')}
              </Text>
            ) : (
              <Button variant="light" color="red" size="xs" onClick={() => setDialog('disable')}>
                {t('accountSecurity.mfa.disable')}
              </Button>
            )}
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text size="sm" data-testid="mfa-state">
            {t('accountSecurity.mfa.off')}
          </Text>
          {start.isError && (
            <Alert role="alert" color="red">
              <ShownErrorList errors={shownErrorsOf(start.error, t)} />
            </Alert>
          )}
          <Button loading={start.isPending} onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })}>
            {t('accountSecurity.mfa.start')}
          </Button>
        </Stack>
      )}
      {dialog && (
        <ProofDialog
          kind={dialog}
          onClose={() => setDialog(null)}
          onCodes={(c) => {
            setDialog(null);
            setCodes(c);
          }}
        />
      )}
    </Card>
  );
}

function Enrolment({
  enrolment,
  onCancel,
  onConfirmed,
}: {
  enrolment: MfaEnrolment;
  onCancel: () => void;
  onConfirmed: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmMfaEnrolment();
  const [code, setCode] = useState('');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Stack gap="xs">
        <Text size="sm">{t('accountSecurity.mfa.scan')}</Text>
        <Image src={enrolment.qrCodeDataUrl} alt={t('accountSecurity.mfa.qrAlt')} w={200} h={200} />
        <Text size="sm">{t('accountSecurity.mfa.manual')}</Text>
        <Code block data-testid="mfa-secret" style={{ letterSpacing: 1, wordBreak: 'break-all' }}>
          {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
        </Code>
      </Stack>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          confirm.mutate(code.replace(/\s/g, ''), { onSuccess: onConfirmed });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('accountSecurity.mfa.confirmIntro')}</Text>
          <TextInput
            label={t('accountSecurity.mfa.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={confirm.isError ? <ShownErrorList errors={shownErrorsOf(confirm.error, t)} /> : undefined}
            withAsterisk
            autoFocus
          />
          <Group gap="sm">
            <Button type="submit" loading={confirm.isPending}>
              {t('accountSecurity.mfa.confirm')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('accountSecurity.mfa.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SimpleGrid>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const refreshMe = useRefreshMe();
  const text = `${codes.join('\n')}\n`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'lekwacht-herstelcodes.txt';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        {t('accountSecurity.mfa.codesTitle')}
      </Title>
      <Alert color="yellow" variant="light">
        {t('accountSecurity.mfa.codesIntro')}
      </Alert>
      <SimpleGrid
        cols={{ base: 2, sm: 5 }}
        spacing="xs"
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        data-testid="recovery-codes"
        aria-label={t('accountSecurity.mfa.codesTitle')}
      >
        {codes.map((c) => (
          <li key={c}>
            <Code fz="sm">{c}</Code>
          </li>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" size="xs" leftSection={<IconCopy size={14} aria-hidden="true" />} onClick={copy}>
              {copied ? t('accountSecurity.mfa.copied') : t('accountSecurity.mfa.copy')}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden="true" />}
          onClick={download}
        >
          {t('accountSecurity.mfa.download')}
        </Button>
        <Button
          size="xs"
          onClick={() => {
            onDone();
            void refreshMe();
          }}
        >
          {t('accountSecurity.mfa.done')}
        </Button>
      </Group>
    </Stack>
  );
}

function ProofDialog({
  kind,
  onClose,
  onCodes,
}: {
  kind: 'regenerate' | 'disable';
  onClose: () => void;
  onCodes: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableMfa();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const action = kind === 'regenerate' ? regenerate : disable;
  const submit = () => {
    if (kind === 'regenerate') regenerate.mutate(code.replace(/\s/g, ''), { onSuccess: onCodes });
    else disable.mutate(password ? { password } : { code: code.replace(/\s/g, '') }, { onSuccess: onClose });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={kind === 'regenerate' ? t('accountSecurity.mfa.regenerate') : t('accountSecurity.mfa.disable')}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {kind === 'regenerate' ? t('accountSecurity.mfa.regenerateIntro') : t('accountSecurity.mfa.disableIntro')}
          </Text>
          {action.isError && (
            <Alert role="alert" color="red">
              <ShownErrorList errors={shownErrorsOf(action.error, t)} />
            </Alert>
          )}
          <TextInput
            label={t('accountSecurity.mfa.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            data-autofocus
          />
          {kind === 'disable' && (
            <PasswordInput
              label={t('accountSecurity.mfa.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={kind === 'disable' ? 'red' : undefined} loading={action.isPending}>
              {kind === 'regenerate' ? t('accountSecurity.mfa.regenerate') : t('accountSecurity.mfa.disable')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
