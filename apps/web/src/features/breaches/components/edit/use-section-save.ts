import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/api-error';
import { fieldErrorsOf } from '../../../../api/field-errors';
import { type FieldLabels, type ShownError, shownErrorsOf } from '../../../../shared/errors/translate-api-error';
import { type UpdateBreachBody, useUpdateBreach } from './use-update-breach';

interface FormLike {
  setFieldError: (path: string, error: string) => void;
}

/**
 * Saves one section's changes and puts what the API refuses on the fields by `path`,
 * translated; problems that name none of the section's fields go to the section's alert.
 */
export function useSectionSave(breachId: string, fields: readonly string[], labels: FieldLabels) {
  const { t } = useTranslation();
  const update = useUpdateBreach(breachId);
  const [errors, setErrors] = useState<ShownError[]>([]);

  const save = (body: UpdateBreachBody, form: FormLike, onSaved: () => void) => {
    setErrors([]);
    if (Object.keys(body).length === 0) {
      onSaved(); // nothing changed: nothing to audit
      return;
    }
    update.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('breachEdit.saved') });
        onSaved();
      },
      onError: (error) => {
        if (!isApiError(error) || error.status !== 400) {
          setErrors(shownErrorsOf(error, t, labels));
          return;
        }
        const mapped = fieldErrorsOf(error, fields, labels);
        for (const [field, text] of Object.entries(mapped.fields)) if (text) form.setFieldError(field, text);
        setErrors(mapped.otherErrors);
      },
    });
  };

  return { save, saving: update.isPending, errors, clearErrors: () => setErrors([]) };
}
