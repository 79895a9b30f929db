import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A phone call an agreement demands beside the e-mail notice: who was reached, when, by whom. */
@Entity('customer_notice_calls', { orderBy: { calledAt: 'ASC', id: 'ASC' } })
@Index('customer_notice_calls_breach_customer_idx', ['breachId', 'customerId'])
export class NoticeCallEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  breachId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'timestamptz' })
  calledAt!: Date;

  @Column({ type: 'text' })
  personReached!: string;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid' })
  loggedById!: string;

  /** Kept as it was at the time, like the register's decision makers. */
  @Column({ type: 'text' })
  loggedByName!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
