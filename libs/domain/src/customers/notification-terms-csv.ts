import { type NamedContact, type NotificationTerms, validateNotificationTerms } from './notification-terms';
import { CsvSyntaxError, formatCsv, parseCsv, unneutraliseFormula } from './rfc4180';

/**
 * One row per customer. Named contacts are "Name <email> phone" separated by ";", required
 * content items by ";". customer_name is informative (for people editing the file); rows are
 * matched on customer_id.
 */
export const NOTIFICATION_TERMS_CSV_COLUMNS = [
  'customer_id',
  'customer_name',
  'deadline_hours',
  'counted_from',
  'language',
  'named_contacts',
  'security_mailbox',
  'management_fallback',
  'phone',
  'required_content',
  'agreement_reference',
  'agreement_date',
] as const;
type Column = (typeof NOTIFICATION_TERMS_CSV_COLUMNS)[number];

/** The domain field path a CSV column feeds, so an error names the column the user sees. */
const COLUMN_OF_FIELD: ReadonlyArray<[string, Column]> = [
  ['deadlineHours', 'deadline_hours'],
  ['countedFrom', 'counted_from'],
  ['language', 'language'],
  ['recipients.namedContacts', 'named_contacts'],
  ['recipients.securityMailbox', 'security_mailbox'],
  ['recipients.managementFallback', 'management_fallback'],
  ['channels.phone', 'phone'],
  ['requiredContent', 'required_content'],
  ['agreementReference', 'agreement_reference'],
  ['agreementDate', 'agreement_date'],
];

export const MAX_NOTIFICATION_TERMS_CSV_ROWS = 10_000;

export interface NotificationTermsCsvRow {
  customerId: string;
  terms: NotificationTerms;
}

/** One problem: the spreadsheet row (header = 1), the column when known, and the full text. */
export interface NotificationTermsCsvError {
  row: number;
  column: string | null;
  message: string;
}

export type NotificationTermsCsvParse =
  | { ok: true; rows: NotificationTermsCsvRow[] }
  | { ok: false; errors: NotificationTermsCsvError[] };

const rowError = (row: number, column: string | null, text: string): NotificationTermsCsvError => ({
  row,
  column,
  message: `row ${row}: ${text}`,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTACT = /^(.+?)\s*<([^<>]+)>\s*(.*)$/;

function formatContact(contact: NamedContact): string {
  return `${contact.name} <${contact.email}>${contact.phone ? ` ${contact.phone}` : ''}`;
}

function splitList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseBoolean(value: string): boolean | string {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'yes' || v === 'ja' || v === '1') return true;
  if (v === 'false' || v === 'no' || v === 'nee' || v === '0') return false;
  return value;
}

export function formatNotificationTermsCsv(
  customers: ReadonlyArray<{ id: string; name: string; terms: NotificationTerms }>,
): string {
  return formatCsv([
    [...NOTIFICATION_TERMS_CSV_COLUMNS],
    ...customers.map(({ id, name, terms }) => [
      id,
      name,
      String(terms.deadlineHours),
      terms.countedFrom,
      terms.language,
      terms.recipients.namedContacts.map(formatContact).join('; '),
      terms.recipients.securityMailbox ?? '',
      String(terms.recipients.managementFallback),
      String(terms.channels.phone),
      terms.requiredContent.join(';'),
      terms.agreementReference ?? '',
      terms.agreementDate ?? '',
    ]),
  ]);
}

function termsError(row: number, error: string): NotificationTermsCsvError {
  const found = COLUMN_OF_FIELD.find(([field]) => error.startsWith(field));
  return found ? rowError(row, found[1], `${found[1]} (${error})`) : rowError(row, null, error);
}

/**
 * All or nothing: every row is checked and every problem reported as "row N: column …" (N counts
 * the header as row 1, like a spreadsheet), so the user can fix the file in one go.
 */
export function parseNotificationTermsCsv(text: string): NotificationTermsCsvParse {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { ok: false, errors: [{ row: error.row, column: null, message: error.message }] };
    throw error;
  }
  const [header, ...body] = table;
  if (!header) return { ok: false, errors: [rowError(1, null, 'the file is empty; expected a header row')] };
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = NOTIFICATION_TERMS_CSV_COLUMNS.filter(
    (column) => column !== 'customer_name' && !names.includes(column),
  );
  if (missing.length > 0)
    return { ok: false, errors: [rowError(1, missing[0], `missing column(s) ${missing.join(', ')}`)] };
  if (body.length > MAX_NOTIFICATION_TERMS_CSV_ROWS) {
    return {
      ok: false,
      errors: [
        rowError(
          MAX_NOTIFICATION_TERMS_CSV_ROWS + 2,
          null,
          `the file has more than ${MAX_NOTIFICATION_TERMS_CSV_ROWS} rows`,
        ),
      ],
    };
  }
  const errors: NotificationTermsCsvError[] = [];
  const rows: NotificationTermsCsvRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.length === 1 && cells[0].trim() === '') return;
    const cell = (column: Column): string => {
      const at = names.indexOf(column);
      return at < 0 ? '' : unneutraliseFormula(cells[at] ?? '').trim();
    };
    const customerId = cell('customer_id');
    if (!UUID.test(customerId)) {
      errors.push(rowError(rowNumber, 'customer_id', "customer_id must be a customer's id (UUID)"));
      return;
    }
    const earlier = seen.get(customerId.toLowerCase());
    if (earlier !== undefined) {
      errors.push(rowError(rowNumber, 'customer_id', `customer_id repeats row ${earlier}`));
      return;
    }
    seen.set(customerId.toLowerCase(), rowNumber);
    const contactErrors: NotificationTermsCsvError[] = [];
    const namedContacts = splitList(cell('named_contacts')).map((entry) => {
      const match = CONTACT.exec(entry);
      if (!match) {
        contactErrors.push(
          rowError(rowNumber, 'named_contacts', `named_contacts entry "${entry}" must be "Name <email> phone"`),
        );
        return {};
      }
      return { name: match[1], email: match[2], phone: match[3] === '' ? null : match[3] };
    });
    if (contactErrors.length > 0) {
      errors.push(...contactErrors);
      return;
    }
    const hours = cell('deadline_hours');
    const result = validateNotificationTerms({
      deadlineHours: hours === '' ? undefined : /^\d+$/.test(hours) ? Number(hours) : hours,
      countedFrom: cell('counted_from') || undefined,
      language: cell('language') || undefined,
      recipients: {
        namedContacts,
        securityMailbox: cell('security_mailbox') || null,
        managementFallback: cell('management_fallback') === '' ? undefined : parseBoolean(cell('management_fallback')),
      },
      channels: { email: true, phone: cell('phone') === '' ? undefined : parseBoolean(cell('phone')) },
      requiredContent: splitList(cell('required_content')),
      agreementReference: cell('agreement_reference') || null,
      agreementDate: cell('agreement_date') || null,
    });
    if (result.ok) rows.push({ customerId, terms: result.terms });
    else errors.push(...result.errors.map((error) => termsError(rowNumber, error)));
  });
  return errors.length === 0 ? { ok: true, rows } : { ok: false, errors };
}
