import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent } from '@tabler/icons-react';
import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Dialog = ComponentType<{ opened: boolean; onClose: () => void }>;

// The dialog (Mantine's Modal, the link, copy and rotate) is a chunk of its own: the button is on
// the clock board, in the initial bundle, and few open it (issue #19: bundle ≤ 250 KB gzip).
// Pointing at or focusing the button starts the download, so a click rarely waits for it.
let loading: Promise<Dialog> | undefined;
const loadDialog = () =>
  (loading ??= import('./CalendarSubscriptionDialog').then(
    (module) => module.CalendarSubscriptionDialog,
    (error: unknown) => {
      loading = undefined; // asked again on the next click
      throw error;
    },
  ));

/** "Agenda-abonnement": the personal iCalendar link of open deadlines, with copy and rotate. */
export function CalendarSubscription() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [Dialog, setDialog] = useState<Dialog>();
  const [waiting, setWaiting] = useState(false);

  const preload = () => void loadDialog().catch(() => undefined);
  const onClick = () => {
    if (Dialog) return open();
    setWaiting(true);
    loadDialog().then(
      (loaded) => {
        setDialog(() => loaded);
        setWaiting(false);
        open();
      },
      () => {
        setWaiting(false);
        notifications.show({ color: 'red', title: t('errors.loadFailed'), message: t('errors.network') });
      },
    );
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconCalendarEvent size={16} aria-hidden="true" />}
        loading={waiting}
        onClick={onClick}
        onPointerEnter={preload}
        onFocus={preload}
      >
        {t('calendar.button')}
      </Button>
      {Dialog && <Dialog opened={opened} onClose={close} />}
    </>
  );
}
