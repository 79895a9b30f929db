import { type NotificationsProps, useNotifications } from '@mantine/notifications';
import { type ComponentType, lazy, Suspense, useState } from 'react';

// Mantine's notification container (with its transitions) is a chunk of its own, fetched when the
// first notification is shown: no page needs it to render (issue #19: bundle ≤ 250 KB gzip). A
// notification shown meanwhile waits in the store and appears once the container is there. If the
// chunk cannot be fetched (offline), notifications stay in the store rather than break the page.
const Notifications = lazy<ComponentType<NotificationsProps>>(() =>
  import('./notifications-container').then(
    (module) => ({ default: module.Notifications }),
    () => ({ default: () => null }),
  ),
);

export function OnDemandNotifications(props: NotificationsProps) {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  // once mounted it stays, so notifications can close with their transition
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <Notifications {...props} />
    </Suspense>
  ) : null;
}
