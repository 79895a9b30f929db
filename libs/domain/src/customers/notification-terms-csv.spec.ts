import { defaultNotificationTerms, type NotificationTerms } from './notification-terms';
import { formatNotificationTermsCsv, parseNotificationTermsCsv } from './notification-terms-csv';

const ID_A = '5b0e3c3e-8d0e-4c55-9f8e-1f2a3b4c5d6e';
const ID_B = '6c1f4d4f-9e1f-4d66-8a9f-2a3b4c5d6e7f';

const agreed: NotificationTerms = {
  deadlineHours: 24,
  countedFrom: 'confirmation',
  recipients: {
    namedContacts: [
      { name: 'Ans de Vries', email: 'ans@klant.nl', phone: '+31 30 123 4567' },
      { name: 'Bob, "IT"', email: 'bob@klant.nl', phone: null },
    ],
    securityMailbox: 'security@klant.nl',
    managementFallback: false,
  },
  channels: { email: true, phone: true },
  language: 'en',
  requiredContent: ['nature', 'measures_taken'],
  agreementReference: '=VWO-2024-017',
  agreementDate: '2024-02-29',
};

describe('notification terms CSV', () => {
  it('exports and imports the same terms', () => {
    const csv = formatNotificationTermsCsv([
      { id: ID_A, name: 'Klant A', terms: agreed },
      { id: ID_B, name: 'Klant B', terms: defaultNotificationTerms('nl') },
    ]);
    expect(csv).toContain("'=VWO-2024-017");
    expect(parseNotificationTermsCsv(csv)).toEqual({
      ok: true,
      rows: [
        { customerId: ID_A, terms: agreed },
        { customerId: ID_B, terms: defaultNotificationTerms('nl') },
      ],
    });
  });

  it('names the row and the column of every bad row and returns no rows', () => {
    const csv = [
      'customer_id,deadline_hours,counted_from,language,named_contacts,security_mailbox,management_fallback,phone,required_content,agreement_reference,agreement_date',
      `${ID_A},24,discovery,nl,,,true,false,,,`,
      `${ID_B},forty,discovery,nl,,,true,false,,,`,
      `not-an-id,24,discovery,nl,,,true,false,,,`,
      `${ID_A},24,discovery,nl,,,true,false,,,`,
    ].join('\n');
    const result = parseNotificationTermsCsv(csv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        {
          row: 3,
          column: 'deadline_hours',
          message: expect.stringMatching(/^row 3: deadline_hours \(deadlineHours must be/),
        },
        { row: 4, column: 'customer_id', message: "row 4: customer_id must be a customer's id (UUID)" },
        { row: 5, column: 'customer_id', message: 'row 5: customer_id repeats row 2' },
      ]);
    }
  });

  it('refuses a file without the needed columns or with broken quoting', () => {
    expect(parseNotificationTermsCsv('customer_id\n')).toEqual({
      ok: false,
      errors: [
        {
          row: 1,
          column: 'deadline_hours',
          message: expect.stringMatching(/^row 1: missing column\(s\) deadline_hours/),
        },
      ],
    });
    expect(parseNotificationTermsCsv('')).toEqual({
      ok: false,
      errors: [{ row: 1, column: null, message: expect.stringMatching(/^row 1/) }],
    });
    expect(parseNotificationTermsCsv('a,"b')).toEqual({
      ok: false,
      errors: [{ row: 1, column: null, message: 'row 1: a quoted field is not closed' }],
    });
  });

  it('names a malformed contact entry', () => {
    const csv = `customer_id,deadline_hours,counted_from,language,named_contacts,security_mailbox,management_fallback,phone,required_content,agreement_reference,agreement_date\n${ID_A},24,discovery,nl,Ans without mail,,true,false,,,\n`;
    expect(parseNotificationTermsCsv(csv)).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: 'named_contacts',
          message: 'row 2: named_contacts entry "Ans without mail" must be "Name <email> phone"',
        },
      ],
    });
  });
});
