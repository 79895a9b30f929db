import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/api-error';
import { lineOf, shownErrorsOf, translateFieldError } from '../../../shared/errors/translate-api-error';

/** A customer text the notices need ("customerMeasures.en"): the API's 400 when drafting without it. */
const CUSTOMER_TEXT = /^(customerSummary|customerMeasures|customerConsequences)\.(nl|en)$/;

/**
 * The text to show for a failed notice action: each problem translated by the API's `rule`. A
 * missing customer text gets a sentence that says what is missing, why, and where to write it.
 */
export function noticeErrorText(error: unknown, t: TFunction): string {
  if (isApiError(error, 400) && error.errors.length > 0) {
    return error.errors
      .map((e) => {
        const match = e.rule === 'required' ? CUSTOMER_TEXT.exec(e.path) : null;
        return match ? t(`notices.missingText.${match[1]}.${match[2]}`) : lineOf(translateFieldError(e, t));
      })
      .join(' ');
  }
  return shownErrorsOf(error, t).map(lineOf).join(' ');
}
