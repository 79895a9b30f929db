import type { CustomerRole } from '@lekwacht/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A customer whose data the breach touched, with its own subject count and our role. */
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

  @Column({ type: 'text' })
  role!: CustomerRole;
}
