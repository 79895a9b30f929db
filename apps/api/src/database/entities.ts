import { AuditEventEntity, AuditHeadEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../users/user.entity';
import { AppSettingEntity } from './app-setting.entity';

/** Every entity, listed explicitly because webpack bundles the API (no globs). */
export const ENTITIES = [
  AppSettingEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  AuditHeadEntity,
];
