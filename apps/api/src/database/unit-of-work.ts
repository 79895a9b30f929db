import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor';
import { AuditLog, type PendingAuditEvent } from '../audit/audit-log.service';

export interface Transaction {
  manager: EntityManager;
  actor: Actor;
  /** Records an audit event; written in this same transaction just before it commits. */
  audit(event: PendingAuditEvent): void;
}

/** A change and its audit events commit together or not at all. */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
  ) {}

  run<T>(actor: Actor, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const events: PendingAuditEvent[] = [];
      const result = await work({ manager, actor, audit: (e) => events.push(e) });
      await this.auditLog.append(manager, actor, events);
      return result;
    });
  }
}
