import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useUserDirectory } from '../../../shared/users/use-user-directory';

/** The Select's value for "no contact person" (a Select value cannot be null). */
export const NO_CONTACT = 'none';

interface ContactPersonSelectProps {
  label: string;
  description?: string;
  /** The chosen user's id; null for nobody. */
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  /** The breach's current contact person: offered even when no longer in the directory (deactivated). */
  current?: { id: string; name: string } | null;
}

/**
 * The breach's named contact person, chosen by name from the active colleagues; "nobody" stays
 * possible (escalations then go to management at once). Until the directory is there, or when it
 * cannot be loaded, the choice is yourself, the current contact person or nobody.
 */
export function ContactPersonSelect({ label, description, value, onChange, error, current }: ContactPersonSelectProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const directory = useUserDirectory();

  const people = directory.data ?? [{ id: me.id, name: me.name, role: me.role }];
  const option = (p: { id: string; name: string; role?: string }) => {
    const name = p.id === me.id ? t('breachEdit.fields.contactMe', { name: p.name }) : p.name;
    return { value: p.id, label: p.role ? `${name} · ${t(`roles.${p.role}`)}` : name };
  };
  const mine = people.filter((p) => p.id === me.id);
  const others = people.filter((p) => p.id !== me.id);
  const data = [
    { value: NO_CONTACT, label: t('breachEdit.fields.contactNone') },
    ...mine.map(option),
    ...others.map(option),
  ];
  if (current && !people.some((p) => p.id === current.id)) {
    data.push({
      value: current.id,
      label: directory.data ? t('contactPerson.notActive', { name: current.name }) : current.name,
    });
  }
  const hint = directory.isError
    ? t('contactPerson.loadFailed')
    : directory.isPending
      ? t('contactPerson.loading')
      : description;

  return (
    <Select
      label={label}
      description={hint}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('contactPerson.nothingFound')}
      data={data}
      value={value ?? NO_CONTACT}
      onChange={(next) => onChange(!next || next === NO_CONTACT ? null : next)}
      error={error}
    />
  );
}
