import type { Language } from '@lekwacht/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The admin-editable notice template per language: a subject line and one Markdown body with
 * Handlebars merge fields, rendered to both the plain-text and the HTML part. Defaults apply
 * until edited.
 */
@Entity('notice_templates')
export class NoticeTemplateEntity {
  @PrimaryColumn({ type: 'text' })
  language!: Language;

  @Column({ type: 'text' })
  subject!: string;

  /** Markdown with merge fields. */
  @Column({ type: 'text' })
  body!: string;

  /** Label (e-mail) of the admin who saved it last; null for the seeded default. */
  @Column({ type: 'text', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
