import { resolveRecipients } from './resolve-recipients';

describe('resolveRecipients', () => {
  it('with a named contact person the contact person is addressed', () => {
    expect(resolveRecipients(['contact_person'], { hasContactPerson: true })).toEqual({
      recipients: ['contact_person'],
      contactPersonReplaced: false,
    });
  });

  it('without a named contact person management is addressed instead', () => {
    expect(resolveRecipients(['officer', 'contact_person'], { hasContactPerson: false })).toEqual({
      recipients: ['officer', 'management'],
      contactPersonReplaced: true,
    });
  });

  it('management named next to a missing contact person is addressed once', () => {
    expect(resolveRecipients(['contact_person', 'management'], { hasContactPerson: false }).recipients).toEqual([
      'management',
    ]);
  });

  it('the same user listed twice is addressed once', () => {
    expect(
      resolveRecipients([{ userId: 'u-1' }, { userId: 'u-1' }, 'officer'], { hasContactPerson: true }).recipients,
    ).toEqual([{ userId: 'u-1' }, 'officer']);
  });
});
