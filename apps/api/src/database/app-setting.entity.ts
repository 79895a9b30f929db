import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Instance-wide settings every API instance must agree on (e.g. the generated signing key). */
@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;
}
