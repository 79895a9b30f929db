import type { CustomerRole } from '@lekwacht/contracts';
import type { DataCategory } from '@lekwacht/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A customer's slice of a breach: its own data categories, people and counts, and our role for
 * it. The customer's notice shows only this slice.
 */
@Entity('affected_customers')
@Index('affected_customers_breach_customer_key', ['breachId', 'customerId'], { unique: true })
export class AffectedCustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  breachId!: string;

  @Index('affected_customers_customer_id_idx')
  @Column({ type: 'uuid' })
  customerId!: string;

  /** null = not known yet (approximate numbers are fine). */
  @Column({ type: 'int', nullable: true })
  subjectsCount!: number | null;

  /** Processor by default: the vendor processes its customers' data on their behalf. */
  @Column({ type: 'text', default: 'processor' })
  role!: CustomerRole;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataCategories!: DataCategory[];

  /** Groups of people whose data it is (e.g. "patients", "employees"), as the customer calls them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  groupsOfPeople!: string[];

  /** Approximate number of records; null = not known yet. */
  @Column({ type: 'int', nullable: true })
  recordsEstimate!: number | null;
}
