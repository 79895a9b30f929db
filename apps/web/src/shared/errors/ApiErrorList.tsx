import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lineOf, type ShownError, shownDetail } from './translate-api-error';

/**
 * Translated problems as a list; on the English screen, where only a generic translation exists,
 * the API's own wording follows in a muted line.
 */
export function ShownErrorList({ errors }: { errors: ShownError[] }) {
  const { i18n } = useTranslation();
  return (
    <List size="sm" spacing={4}>
      {errors.map((e, index) => (
        <List.Item key={`${e.path}-${index}`}>
          {lineOf(e)}
          {shownDetail(e, i18n.language) && (
            <Text component="span" display="block" size="xs" c="dimmed" lang="en">
              {e.detail}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** An alert above a form or section for problems that belong to no single field. */
export function ApiErrorAlert({ title, errors }: { title: string; errors: ShownError[] }) {
  if (errors.length === 0) return null;
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={title}>
      <ShownErrorList errors={errors} />
    </Alert>
  );
}
