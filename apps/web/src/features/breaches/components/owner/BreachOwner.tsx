import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/api-error';
import { ApiErrorAlert } from '../../../../shared/errors/ApiErrorList';
import { type ShownError, shownErrorsOf } from '../../../../shared/errors/translate-api-error';
import { useCurrentUser } from '../../../../shared/session/use-me';
import { useIsPhone } from '../../../../shared/ui/use-is-phone';
import type { Breach, BreachOwner } from '../../../../shared/breaches/breach-types';
import { useHandOverBreach } from '../../hooks/use-breaches';
import { useUserDirectory } from '../../../../shared/users/use-user-directory';

/** "Eigenaar: Olga Officier" (or "Geen eigenaar") under the breach page's title. */
export function OwnerLabel({ owner }: { owner: BreachOwner | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Text size="sm" c="dimmed" data-testid="breach-owner">
      {owner
        ? t('owner.label', { name: owner.id === me.id ? t('owner.you', { name: owner.name }) : owner.name })
        : t('owner.none')}
    </Text>
  );
}

/**
 * "Overdragen": an officer or manager hands an open breach over to another active officer, chosen
 * from the colleagues (GET /api/users/directory). The new owner is mailed; the timeline records it.
 */
export function HandOverButton({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (breach.status !== 'open' || (me.role !== 'officer' && me.role !== 'manager')) return null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconUserShare size={16} aria-hidden="true" />}
        onClick={() => setOpen(true)}
      >
        {t('owner.handOver.button')}
      </Button>
      {open && <HandOverModal breach={breach} onClose={() => setOpen(false)} />}
    </>
  );
}

function HandOverModal({ breach, onClose }: { breach: Breach; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const directory = useUserDirectory();
  const handOver = useHandOverBreach(breach.id);
  const [ownerId, setOwnerId] = useState<string | null>(null);

  const officers = (directory.data ?? []).filter((u) => u.role === 'officer');
  const data = officers.map((u) => ({
    value: u.id,
    label: u.id === breach.owner?.id ? t('owner.handOver.current', { name: u.name }) : u.name,
    disabled: u.id === breach.owner?.id,
  }));
  const candidates = data.filter((o) => !o.disabled);
  const chosen = officers.find((u) => u.id === ownerId);

  const submit = () => {
    if (!ownerId) return;
    handOver.mutate(ownerId, {
      onSuccess: () => {
        onClose();
        notifications.show({ color: 'green', message: t('owner.handOver.done', { name: chosen?.name ?? '' }) });
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('owner.handOver.title', { reference: breach.reference })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      fullScreen={isPhone}
      centered
    >
      <Stack gap="md">
        <Text size="sm">{t('owner.handOver.body')}</Text>
        {directory.isError ? (
          <Alert role="alert" color="red" variant="light" title={t('owner.handOver.loadFailed')}>
            <Button size="xs" variant="white" color="red" onClick={() => void directory.refetch()}>
              {t('common.retry')}
            </Button>
          </Alert>
        ) : directory.isSuccess && candidates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('owner.handOver.nobody')}
          </Text>
        ) : (
          <Select
            label={t('owner.handOver.field')}
            placeholder={directory.isPending ? t('owner.handOver.loading') : t('owner.handOver.placeholder')}
            disabled={directory.isPending}
            searchable
            nothingFoundMessage={t('contactPerson.nothingFound')}
            data={data}
            value={ownerId}
            onChange={setOwnerId}
            data-autofocus
          />
        )}
        {handOver.isError && (
          <ApiErrorAlert title={t('owner.handOver.failed')} errors={handOverErrors(handOver.error, t)} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconUserShare size={16} aria-hidden="true" />}
            disabled={!ownerId}
            loading={handOver.isPending}
            onClick={submit}
          >
            {t('owner.handOver.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The API refuses a colleague who is no longer an active officer (the list was stale): say so plainly. */
function handOverErrors(error: unknown, t: ReturnType<typeof useTranslation>['t']): ShownError[] {
  if (isApiError(error, 400) && error.errors.some((e) => e.path === 'ownerId')) {
    return [{ path: 'ownerId', text: t('owner.handOver.notOfficer') }];
  }
  return shownErrorsOf(error, t);
}
