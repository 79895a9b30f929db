import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import { NotFoundError } from '../errors/domain-errors';
import {
  type CreateCustomerDto,
  type CustomerResponseDto,
  toCustomerDto,
  type UpdateCustomerDto,
} from './customer.dto';
import { CustomerEntity } from './customer.entity';

@Injectable()
export class CustomersService {
  constructor(
    @InjectRepository(CustomerEntity) private readonly customers: Repository<CustomerEntity>,
    private readonly uow: UnitOfWork,
  ) {}

  async list(): Promise<CustomerResponseDto[]> {
    return (await this.customers.find({ order: { name: 'ASC' } })).map(toCustomerDto);
  }

  async get(id: string): Promise<CustomerResponseDto> {
    const customer = await this.customers.findOneBy({ id });
    if (!customer) throw new NotFoundError('customer', id);
    return toCustomerDto(customer);
  }

  create(actor: Actor, dto: CreateCustomerDto): Promise<CustomerResponseDto> {
    return this.uow.run(actor, async (tx) => {
      const customer = tx.manager.create(CustomerEntity, {
        name: dto.name,
        contactPersonName: dto.contactPerson?.name ?? null,
        contactPersonEmail: dto.contactPerson?.email.toLowerCase() ?? null,
        managementName: dto.management.name,
        managementEmail: dto.management.email.toLowerCase(),
        language: dto.language,
      });
      await tx.manager.save(customer);
      const after = toCustomerDto(customer);
      tx.audit({ action: 'customer.created', entityType: 'customer', entityId: customer.id, after });
      return after;
    });
  }

  update(actor: Actor, id: string, dto: UpdateCustomerDto): Promise<CustomerResponseDto> {
    return this.uow.run(actor, async (tx) => {
      const customer = await tx.manager.findOne(CustomerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!customer) throw new NotFoundError('customer', id);
      const before = toCustomerDto(customer);
      if (dto.name !== undefined) customer.name = dto.name;
      if (dto.contactPerson !== undefined) {
        customer.contactPersonName = dto.contactPerson?.name ?? null;
        customer.contactPersonEmail = dto.contactPerson?.email.toLowerCase() ?? null;
      }
      if (dto.management) {
        customer.managementName = dto.management.name;
        customer.managementEmail = dto.management.email.toLowerCase();
      }
      if (dto.language) customer.language = dto.language;
      await tx.manager.save(customer);
      const after = toCustomerDto(customer);
      tx.audit({ action: 'customer.updated', entityType: 'customer', entityId: id, before, after });
      return after;
    });
  }
}
