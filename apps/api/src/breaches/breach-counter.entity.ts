import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Last reference number per year. Incremented with an upsert in the registering transaction:
 * the row lock orders concurrent registrations, and a rolled-back registration takes its
 * number back with it, so references are gapless.
 */
@Entity('breach_counters')
export class BreachCounterEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  lastNumber!: number;
}
