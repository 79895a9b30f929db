import {
  formatNotificationTermsCsv,
  parseNotificationTermsCsv,
  validateNotificationTerms,
  type NotificationTermsCsvError,
} from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Actor } from '../audit/actor';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { InvalidInputError, NotFoundError } from '../errors/domain-errors';
import type { FieldError } from '../errors/field-error';
import { CustomerEntity } from './customer.entity';
import type { CustomerNotificationTermsDto, NotificationTermsDto } from './notification-terms.dto';
import { termsInForce } from './notification-terms-snapshot';

const toDto = (customer: CustomerEntity): CustomerNotificationTermsDto => ({
  customerId: customer.id,
  customerName: customer.name,
  ...termsInForce(customer),
});

/** A CSV problem as a field error the web app can place: rows.<row>.<column>. */
const csvFieldError = (error: NotificationTermsCsvError): FieldError => ({
  path: error.column ? `csv.rows.${error.row}.${error.column}` : `csv.rows.${error.row}`,
  rule: 'invalid',
  message: error.message,
  params: { row: error.row, ...(error.column ? { column: error.column } : {}) },
});

/** The notification terms of each customer's processing agreement, managed by an admin. */
@Injectable()
export class NotificationTermsService {
  constructor(
    @InjectRepository(CustomerEntity) private readonly customers: Repository<CustomerEntity>,
    private readonly uow: UnitOfWork,
  ) {}

  async get(customerId: string): Promise<CustomerNotificationTermsDto> {
    const customer = await this.customers.findOneBy({ id: customerId });
    if (!customer) throw new NotFoundError('customer', customerId);
    return toDto(customer);
  }

  put(actor: Actor, customerId: string, dto: NotificationTermsDto): Promise<CustomerNotificationTermsDto> {
    // The DTO checked each field's shape; the domain checks the rules across fields.
    const result = validateNotificationTerms(JSON.parse(JSON.stringify(dto)));
    if (!result.ok) throw new InvalidInputError(result.errors);
    return this.uow.run(actor, async (tx) => {
      const customer = await this.lock(tx, customerId);
      return this.apply(tx, customer, result.terms);
    });
  }

  /** Nothing agreed (any more): the privacy statement's defaults apply to new breaches. */
  reset(actor: Actor, customerId: string): Promise<CustomerNotificationTermsDto> {
    return this.uow.run(actor, async (tx) => {
      const customer = await this.lock(tx, customerId);
      return this.apply(tx, customer, null);
    });
  }

  async exportCsv(): Promise<string> {
    const customers = await this.customers.find({ order: { name: 'ASC', id: 'ASC' } });
    return formatNotificationTermsCsv(
      customers.map((customer) => ({ id: customer.id, name: customer.name, terms: termsInForce(customer).terms })),
    );
  }

  /** All rows or none: one bad row (or an unknown customer) refuses the whole file. */
  async importCsv(actor: Actor, csv: string): Promise<{ imported: number }> {
    const parsed = parseNotificationTermsCsv(csv);
    if (!parsed.ok) {
      throw new InvalidInputError(
        parsed.errors.map((e) => e.message),
        parsed.errors.map(csvFieldError),
      );
    }
    return this.uow.run(actor, async (tx) => {
      const ids = parsed.rows.map((row) => row.customerId.toLowerCase());
      const found = ids.length
        ? await tx.manager.find(CustomerEntity, { where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } })
        : [];
      const byId = new Map(found.map((customer) => [customer.id, customer]));
      const unknown: NotificationTermsCsvError[] = parsed.rows.flatMap((row, index) =>
        byId.has(row.customerId.toLowerCase())
          ? []
          : [
              {
                row: index + 2,
                column: 'customer_id',
                message: `row ${index + 2}: customer_id ${row.customerId} not found`,
              },
            ],
      );
      if (unknown.length > 0) {
        throw new InvalidInputError(
          unknown.map((e) => e.message),
          unknown.map(csvFieldError),
        );
      }
      for (const row of parsed.rows) {
        await this.apply(tx, byId.get(row.customerId.toLowerCase()) as CustomerEntity, row.terms);
      }
      return { imported: parsed.rows.length };
    });
  }

  private async lock(tx: Transaction, customerId: string): Promise<CustomerEntity> {
    const customer = await tx.manager.findOne(CustomerEntity, {
      where: { id: customerId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!customer) throw new NotFoundError('customer', customerId);
    return customer;
  }

  private async apply(
    tx: Transaction,
    customer: CustomerEntity,
    terms: CustomerEntity['notificationTerms'],
  ): Promise<CustomerNotificationTermsDto> {
    const before = toDto(customer);
    customer.notificationTerms = terms;
    await tx.manager.save(customer);
    const after = toDto(customer);
    tx.audit({
      action: 'customer.notification_terms_updated',
      entityType: 'customer',
      entityId: customer.id,
      before: { agreed: before.agreed, terms: before.terms },
      after: { agreed: after.agreed, terms: after.terms },
    });
    return after;
  }
}
