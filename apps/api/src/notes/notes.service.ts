import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { Outbox, type OutgoingMail } from '../mail/outbox.service';
import { loadOrganisationProfile } from '../organisation/organisation-profile.store';
import { UserEntity } from '../users/user.entity';
import { BreachNoteEntity, MAX_NOTE_LENGTH } from './breach-note.entity';
import { composeMentionMail } from './note-mention-mail';
import type { CreateNoteDto, NoteDto, NotePersonDto } from './note.dto';

/** Who can be mentioned: the roles that may read a breach (GET /api/breaches/{id}), so the mail tells them nothing new. */
const MENTIONABLE_ROLES: readonly string[] = ['officer', 'manager'];

const toNoteDto = (note: BreachNoteEntity, names: Map<string, string>): NoteDto => {
  const person = (id: string): NotePersonDto => ({ id, name: names.get(id) ?? '' });
  return {
    id: note.id,
    breachId: note.breachId,
    body: note.body,
    author: person(note.authorId),
    mentions: note.mentionIds.map(person),
    createdAt: note.createdAt.toISOString(),
    editedAt: note.editedAt?.toISOString() ?? null,
  };
};

/** Notes on a breach: Markdown kept as typed, mentions mailed through the outbox, every note audited. */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  /** The breach's notes, newest first, with the current names of author and mentioned colleagues. */
  async list(breachId: string): Promise<NoteDto[]> {
    const m = this.dataSource.manager;
    if (!(await m.existsBy(BreachEntity, { id: breachId }))) throw new NotFoundError('breach', breachId);
    const notes = await m.find(BreachNoteEntity, { where: { breachId }, order: { createdAt: 'DESC', id: 'DESC' } });
    const ids = [...new Set(notes.flatMap((n) => [n.authorId, ...n.mentionIds]))];
    const users = ids.length
      ? await m.find(UserEntity, { select: { id: true, name: true }, where: { id: In(ids) } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return notes.map((n) => toNoteDto(n, names));
  }

  /**
   * Adds a note. Each mentioned colleague must be an active officer or manager (400 naming
   * `mentionIds.<n>` otherwise); a closed breach takes no notes (409). Each mentioned colleague
   * other than the author gets one mail, queued in the same transaction as the note and its audit
   * event, so the note and its mails exist together or not at all.
   */
  async add(actor: Actor & { id: string }, breachId: string, dto: CreateNoteDto): Promise<NoteDto> {
    // class-validator's MaxLength does not count variation selectors; the database's char_length does.
    if ([...dto.body].length > MAX_NOTE_LENGTH) {
      const message = `body must be shorter than or equal to ${MAX_NOTE_LENGTH} characters`;
      throw InvalidInputError.of([{ path: 'body', rule: 'maxLength', message, params: { limit: MAX_NOTE_LENGTH } }]);
    }
    const mentionIds = [...new Set(dto.mentionIds ?? [])];
    return this.uow.run(actor, async (tx) => {
      // FOR SHARE: a close running at the same time waits for this note, or this note sees it closed.
      const breach = await tx.manager.findOne(BreachEntity, {
        where: { id: breachId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!breach) throw new NotFoundError('breach', breachId);

      const people = await tx.manager.find(UserEntity, { where: { id: In([actor.id, ...mentionIds]) } });
      const byId = new Map(people.map((u) => [u.id, u]));
      const problems = mentionIds.flatMap((id, i) => {
        const user = byId.get(id);
        return user && user.active && MENTIONABLE_ROLES.includes(user.role)
          ? []
          : [`mentionIds.${i} must be one of the active officers and managers (${id} is not)`];
      });
      if (problems.length > 0) throw new InvalidInputError(problems);
      if (breach.status === 'closed')
        throw new ConflictError(['breach is closed; notes can only be added while it is open']);

      const author = byId.get(actor.id);
      if (!author) throw new NotFoundError('user', actor.id);
      const note = tx.manager.create(BreachNoteEntity, {
        breachId,
        authorId: author.id,
        body: dto.body,
        mentionIds,
        editedAt: null,
      });
      await tx.manager.save(note);

      const mentioned = mentionIds.map((id) => byId.get(id) as UserEntity);
      tx.audit({
        action: 'note.added',
        entityType: 'note',
        entityId: note.id,
        breachId,
        after: {
          authorName: author.name,
          body: note.body,
          mentions: mentioned.map((u) => ({ id: u.id, name: u.name })),
        },
      });

      const organisation = await loadOrganisationProfile(tx.manager);
      const breachUrl = `${this.config.publicUrl}/breaches/${breachId}`;
      const mails = mentioned
        .filter((u) => u.id !== author.id)
        .map(
          (u): OutgoingMail => ({
            kind: 'system',
            breachId,
            sourceId: note.id,
            to: { name: u.name, email: u.email },
            ...composeMentionMail({
              recipient: { name: u.name, language: u.language },
              breach: { reference: breach.reference, title: breach.title },
              author: { name: author.name },
              body: note.body,
              breachUrl,
              organisation,
            }),
          }),
        );
      await this.outbox.enqueue(tx, mails);

      return toNoteDto(note, new Map([author, ...mentioned].map((u) => [u.id, u.name])));
    });
  }
}
