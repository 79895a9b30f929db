import type { Language } from '@lekwacht/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The admin-editable notice template per language (Handlebars); defaults apply until edited. */
@Entity('notice_templates')
export class NoticeTemplateEntity {
  @PrimaryColumn({ type: 'text' })
  language!: Language;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  bodyText!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  /** Label (e-mail) of the admin who saved it last; null for the seeded default. */
  @Column({ type: 'text', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
