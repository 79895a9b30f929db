// The one import of Mantine's notification container: loaded on demand by OnDemandNotifications.
export { Notifications } from '@mantine/notifications';
