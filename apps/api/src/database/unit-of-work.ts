import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor';
import { AuditLog, type PendingAuditEvent } from '../audit/audit-log.service';

export interface Transaction {
  manager: EntityManager;
  actor: Actor;
  /** Records an audit event; written in this same transaction just before it commits. */
  audit(event: PendingAuditEvent): void;
  /** Runs after a successful commit (e.g. wake the mail worker); errors are logged, not thrown. */
  afterCommit(fn: () => void): void;
}

/** A change and its audit events commit together or not at all. */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);
  private readonly commitListeners: (() => void)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
  ) {}

  /**
   * Called after every commit of this instance, before its caller answers: the session cache
   * forgets what the change may have touched (other instances hear of it through the database).
   */
  onCommit(listener: () => void): void {
    this.commitListeners.push(listener);
  }

  async run<T>(actor: Actor, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const after: (() => void)[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const events: PendingAuditEvent[] = [];
      const value = await work({ manager, actor, audit: (e) => events.push(e), afterCommit: (fn) => after.push(fn) });
      await this.auditLog.append(manager, actor, events);
      return value;
    });
    for (const fn of [...this.commitListeners, ...after]) {
      try {
        fn();
      } catch (err) {
        this.logger.error(err);
      }
    }
    return result;
  }
}
