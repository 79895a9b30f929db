import { validateManagementMailbox } from './management-mailbox';

describe('validateManagementMailbox', () => {
  it('no mailbox (null or left out) is valid and means none', () => {
    expect(validateManagementMailbox(null)).toEqual({ ok: true, value: null });
    expect(validateManagementMailbox(undefined)).toEqual({ ok: true, value: null });
  });

  it('keeps a mailbox with its name trimmed and its address in lower case', () => {
    expect(validateManagementMailbox({ name: '  Directie ', email: 'Directie@Example.NL' })).toEqual({
      ok: true,
      value: { name: 'Directie', email: 'directie@example.nl' },
    });
  });

  it('names both fields when the name is blank and the address is not one', () => {
    expect(validateManagementMailbox({ name: ' ', email: 'not-an-address' })).toEqual({
      ok: false,
      errors: ['managementMailbox.name must be a non-empty string', 'managementMailbox.email must be an email'],
    });
  });

  it('a mailbox that is not an object is refused on both fields', () => {
    expect(validateManagementMailbox('directie@example.nl')).toEqual({
      ok: false,
      errors: ['managementMailbox.name must be a non-empty string', 'managementMailbox.email must be an email'],
    });
  });
});
