import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BreachEntity } from '../breaches/breach.entity';
import { UserEntity } from '../users/user.entity';

/** The longest note body, in characters (Unicode code points, as PostgreSQL's char_length counts). */
export const MAX_NOTE_LENGTH = 10_000;

/**
 * A note on a breach: Markdown source as the author typed it (rendering, and keeping it inert, is
 * the reader's job), with the colleagues it mentions. Notes are the working side of a breach and
 * are kept: there is no delete; `editedAt` is for a later edit with its own audit event.
 */
@Entity('breach_notes')
@Index('breach_notes_breach_created_idx', ['breachId', 'createdAt'])
@Check('breach_notes_body_length_check', `char_length("body") <= ${MAX_NOTE_LENGTH}`)
export class BreachNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'breach_notes_pkey' })
  id!: string;

  @ForeignKey(() => BreachEntity, { name: 'breach_notes_breach_id_fkey' })
  @Column({ type: 'uuid' })
  breachId!: string;

  @ForeignKey(() => UserEntity, { name: 'breach_notes_author_id_fkey' })
  @Index('breach_notes_author_id_idx')
  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  /**
   * The mentioned colleagues (users.id), in the order given. An array rather than a join table:
   * users are deactivated, never deleted, and mentions are read with their note only.
   */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;
}
