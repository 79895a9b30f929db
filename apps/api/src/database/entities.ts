import { AuditCheckpointEntity, AuditEventEntity, AuditHeadEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../users/user.entity';
import { AppSettingEntity } from './app-setting.entity';
import { EscalationEntity } from '../escalations/escalation.entity';
import { EscalationRecipientEntity } from '../escalations/escalation-recipient.entity';
import { EscalationMailboxEntity } from '../escalations/escalation-mailbox.entity';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { AffectedCustomerEntity } from '../breaches/affected-customer.entity';
import { BreachEntity } from '../breaches/breach.entity';
import { BreachCounterEntity } from '../breaches/breach-counter.entity';
import { CustomerEntity } from '../customers/customer.entity';
import { ObligationEntity } from '../obligations/obligation.entity';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { AuthorityNotificationEntity } from '../authority-notifications/authority-notification.entity';
import { AuthorityNotificationFollowUpEntity } from '../authority-notifications/authority-notification-follow-up.entity';
import { AuthorityNotificationRejectionEntity } from '../authority-notifications/authority-notification-rejection.entity';
import { CalendarTokenEntity } from '../calendar/calendar-token.entity';
import { NoticeEntity } from '../notices/notice.entity';
import { NoticeTemplateEntity } from '../notices/notice-template.entity';
import { BreachNotificationTermsEntity } from '../customers/breach-notification-terms.entity';
import { NoticeCallEntity } from '../customers/notice-call.entity';
import { BreachNoteEntity } from '../notes/breach-note.entity';
import { EvidenceChunkEntity, EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { BreachTaskEntity } from '../tasks/breach-task.entity';
import { MfaChallengeEntity, MfaRecoveryCodeEntity, UserMfaEntity } from '../auth/mfa/mfa.entities';
import { PasswordTokenEntity } from '../auth/password/password-token.entity';
import { SsoIdentityEntity } from '../auth/sso/sso-identity.entity';
import { SsoSessionEntity } from '../auth/sso/sso-session.entity';

/** Every entity, listed explicitly because webpack bundles the API (no globs). */
import { WebhookDeliveryEntity } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../webhooks/webhook-endpoint.entity';
export const ENTITIES = [
  AppSettingEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  AuditHeadEntity,
  AuditCheckpointEntity,
  CustomerEntity,
  BreachEntity,
  BreachCounterEntity,
  AffectedCustomerEntity,
  ObligationEntity,
  EscalationEntity,
  EscalationRecipientEntity,
  EscalationMailboxEntity,
  OutboxMessageEntity,
  AssessmentEntity,
  AuthorityNotificationEntity,
  AuthorityNotificationFollowUpEntity,
  AuthorityNotificationRejectionEntity,
  CalendarTokenEntity,
  NoticeEntity,
  NoticeTemplateEntity,
  BreachNotificationTermsEntity,
  NoticeCallEntity,
  BreachNoteEntity,
  EvidenceFileEntity,
  EvidenceChunkEntity,
  BreachTaskEntity,
  UserMfaEntity,
  MfaRecoveryCodeEntity,
  MfaChallengeEntity,
  PasswordTokenEntity,
  SsoIdentityEntity,
  SsoSessionEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
];
