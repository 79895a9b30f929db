import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { fieldErrorsOf } from '../../api/field-errors';

interface FormLike<F extends string> {
  setFieldError: (path: F, error: string) => void;
}

/**
 * Puts the API's messages on the fields they name ("password must be …" → password)
 * and keeps the rest for an alert above the form.
 */
export function useFormApiErrors<F extends string>(form: FormLike<F>, fields: readonly F[]) {
  const { t } = useTranslation();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const handle = (error: unknown) => {
    if (!isApiError(error)) {
      setFormErrors([t('errors.network')]);
      return;
    }
    if (error.status === 403) {
      setFormErrors([t('errors.forbidden')]);
      return;
    }
    const { fields: byField, other } = fieldErrorsOf(error, fields);
    for (const field of fields) {
      const message = byField[field];
      if (message) form.setFieldError(field, message);
    }
    setFormErrors(other.length || Object.keys(byField).length ? other : [t('errors.unexpected')]);
  };

  return { formErrors, handle, reset: () => setFormErrors([]) };
}
