import { Injectable } from '@nestjs/common';
import { type RecipientSpec, resolveRecipients } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import type { ResolvedRecipient } from './escalation.entity';
import { readEscalationSettings } from './escalation-settings';

/**
 * Turns policy recipients into people at firing time, so a contact person named (or a manager
 * added) after registration is reached. Which roles a step reaches is the domain's rule
 * (resolveRecipients: a missing or inactive contact person is replaced by management); this
 * only looks the people up. Management = every active manager, plus the management mailbox.
 */
@Injectable()
export class RecipientResolver {
  async resolve(
    m: EntityManager,
    specs: readonly RecipientSpec[],
    breach: { createdById: string; ownerId?: string | null; contactPersonId: string | null },
  ): Promise<{ recipients: ResolvedRecipient[]; replacedContactPerson: boolean }> {
    const contact =
      specs.includes('contact_person') && breach.contactPersonId
        ? await m.findOneBy(UserEntity, { id: breach.contactPersonId, active: true })
        : null;
    const resolved = resolveRecipients(specs, { hasContactPerson: contact !== null });
    const out = new Map<string, ResolvedRecipient>();
    const add = (u: UserEntity, kind: ResolvedRecipient['kind']) => {
      if (!out.has(u.email))
        out.set(u.email, { userId: u.id, name: u.name, email: u.email, kind, language: u.language });
    };
    for (const spec of resolved.recipients) {
      if (spec === 'officer') {
        // the breach's owner (after a handover the new one), else whoever registered it
        const owner = breach.ownerId ? await m.findOneBy(UserEntity, { id: breach.ownerId, active: true }) : null;
        const creator = owner ?? (await m.findOneBy(UserEntity, { id: breach.createdById, active: true }));
        if (creator) add(creator, 'officer');
        else for (const u of await m.findBy(UserEntity, { role: 'officer', active: true })) add(u, 'officer');
      } else if (spec === 'contact_person') {
        if (contact) add(contact, 'contact_person');
      } else if (spec === 'management') {
        for (const u of await m.find(UserEntity, { where: { role: 'manager', active: true }, order: { name: 'ASC' } }))
          add(u, 'management');
        const mailbox = (await readEscalationSettings(m)).managementMailbox;
        if (mailbox && !out.has(mailbox.email))
          out.set(mailbox.email, {
            userId: null,
            name: mailbox.name,
            email: mailbox.email,
            kind: 'management',
            language: 'nl',
          });
      } else {
        const user = await m.findOneBy(UserEntity, { id: spec.userId, active: true });
        if (user) add(user, user.role === 'manager' ? 'management' : 'officer');
      }
    }
    return { recipients: [...out.values()], replacedContactPerson: resolved.contactPersonReplaced };
  }
}
