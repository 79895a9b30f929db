import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { USER_ROLES } from '../../../api/types';

/** Role picker with each role's translated name and what it may do. */
export function RoleSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('users.fields.role')}
      allowDeselect={false}
      data={USER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      {...props}
    />
  );
}
