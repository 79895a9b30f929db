import type { RecipientSpec } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../users/user.entity';
import { RecipientResolver } from './recipient-resolver';

type Person = Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'active' | 'language'>;
const person = (id: string, role: Person['role'], active = true): Person => ({
  id,
  email: `${id}@vendor.example`,
  name: id,
  role,
  active,
  language: 'nl',
});

const owner = person('olga-officer', 'officer');
const contact = person('carl-contact', 'officer');
const managers = [person('anna-manager', 'manager'), person('bert-manager', 'manager')];
const people = [owner, contact, person('gone-contact', 'officer', false), ...managers];

/** Just enough of an EntityManager for the resolver: users by id or role, and the settings row. */
function fakeManager(mailbox: { name: string; email: string } | null = null): EntityManager {
  const match = (where: Partial<Person>) =>
    people.filter((p) => Object.entries(where).every(([k, v]) => p[k as keyof Person] === v));
  return {
    findOneBy: (_entity: unknown, where: Partial<Person>) => Promise.resolve(match(where)[0] ?? null),
    findBy: (_entity: unknown, where: Partial<Person>) => Promise.resolve(match(where)),
    find: (_entity: unknown, options: { where: Partial<Person> }) => Promise.resolve(match(options.where)),
    query: () => Promise.resolve(mailbox ? [{ value: { managementMailbox: mailbox } }] : []),
  } as unknown as EntityManager;
}

const breach = (contactPersonId: string | null) => ({ createdById: owner.id, ownerId: owner.id, contactPersonId });
const resolve = (specs: RecipientSpec[], contactPersonId: string | null, mailbox?: { name: string; email: string }) =>
  new RecipientResolver().resolve(fakeManager(mailbox ?? null), specs, breach(contactPersonId));

describe('RecipientResolver', () => {
  it('reaches the named contact person at the contact-person step', async () => {
    const { recipients, replacedContactPerson } = await resolve(['contact_person'], contact.id);
    expect(recipients.map((r) => [r.userId, r.kind])).toEqual([[contact.id, 'contact_person']]);
    expect(replacedContactPerson).toBe(false);
  });

  it('escalates to management when no contact person is named, and says so', async () => {
    const { recipients, replacedContactPerson } = await resolve(['contact_person'], null);
    expect(recipients.map((r) => [r.userId, r.kind])).toEqual([
      ['anna-manager', 'management'],
      ['bert-manager', 'management'],
    ]);
    expect(replacedContactPerson).toBe(true);
  });

  it('treats a deactivated contact person as none: management stands in', async () => {
    const { recipients, replacedContactPerson } = await resolve(['contact_person'], 'gone-contact');
    expect(recipients.every((r) => r.kind === 'management')).toBe(true);
    expect(replacedContactPerson).toBe(true);
  });

  it('mails every manager once, with the management mailbox, when management also stands in for the contact', async () => {
    const { recipients } = await resolve(['officer', 'contact_person', 'management'], null, {
      name: 'Directie',
      email: 'directie@vendor.example',
    });
    expect(recipients.map((r) => r.email)).toEqual([
      'olga-officer@vendor.example',
      'anna-manager@vendor.example',
      'bert-manager@vendor.example',
      'directie@vendor.example',
    ]);
    expect(recipients[3]).toMatchObject({ userId: null, kind: 'management' });
  });

  it('reaches a named colleague as officer or management by their role', async () => {
    const { recipients } = await resolve([{ userId: contact.id }, { userId: 'anna-manager' }], null);
    expect(recipients.map((r) => [r.userId, r.kind])).toEqual([
      [contact.id, 'officer'],
      ['anna-manager', 'management'],
    ]);
  });
});
