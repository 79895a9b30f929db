import { Initial1795603186401 } from './1795603186401-Initial';
import { BreachRegister1795603910563 } from './1795603910563-BreachRegister';
import { Assessments1795604355435 } from './1795604355435-Assessments';
import { EscalationsAndOutbox1795605259032 } from './1795605259032-EscalationsAndOutbox';
import { CalendarTokens1795606234728 } from './1795606234728-CalendarTokens';
import { AuthorityNotifications1795606651762 } from './1795606651762-AuthorityNotifications';
import { Notices1795606733753 } from './1795606733753-Notices';
import { BreachSearchIndexes1795613577744 } from './1795613577744-BreachSearchIndexes';
import { DutiesTruth1796000000001 } from './1796000000001-DutiesTruth';
import { CustomerNoticeTruth1796000000005 } from './1796000000005-CustomerNoticeTruth';
import { CustomerNotificationTerms1796000000006 } from './1796000000006-CustomerNotificationTerms';
import { EscalationDigest1796000000002 } from './1796000000002-EscalationDigest';
import { ApApprovalReadiness1796000000003 } from './1796000000003-ApApprovalReadiness';
import { KeyedAuditChain1796000000007 } from './1796000000007-KeyedAuditChain';
import { MarkdownNoticeTemplates1796000000008 } from './1796000000008-MarkdownNoticeTemplates';
import { CustomerMeasuresConsequences1796000000009 } from './1796000000009-CustomerMeasuresConsequences';
import { OutboxCreatedAtIndex1796000000010 } from './1796000000010-OutboxCreatedAtIndex';
import { BreachOwner1796000000011 } from './1796000000011-BreachOwner';
import { BreachNotes1796000000012 } from './1796000000012-BreachNotes';
import { AuditEventFilterIndexes1796000000013 } from './1796000000013-AuditEventFilterIndexes';
import { SessionLimits1796000000014 } from './1796000000014-SessionLimits';
import { MultiFactorAuth1796000000015 } from './1796000000015-MultiFactorAuth';
import { PasswordTokens1796000000016 } from './1796000000016-PasswordTokens';
import { SingleSignOn1796000000017 } from './1796000000017-SingleSignOn';
import { Webhooks1796000000018 } from './1796000000018-Webhooks';
import { EvidenceFiles1796000000019 } from './1796000000019-EvidenceFiles';
import { BreachTasks1796000000020 } from './1796000000020-BreachTasks';
import { BreachListKeyset1796000000021 } from './1796000000021-BreachListKeyset';
import { AuthorityNotificationRejections1796000000022 } from './1796000000022-AuthorityNotificationRejections';
import { AuthorityNotificationDraftedAt1796000000023 } from './1796000000023-AuthorityNotificationDraftedAt';
import { SessionChangeNotifications1796000000030 } from './1796000000030-SessionChangeNotifications';
import { ClockBoardDueIndex1796000000031 } from './1796000000031-ClockBoardDueIndex';
import { RegisterChangeNotifications1796000000032 } from './1796000000032-RegisterChangeNotifications';

/** Every migration, in order; classes rather than a glob because webpack bundles the API. */
export const MIGRATIONS = [
  Initial1795603186401,
  BreachRegister1795603910563,
  Assessments1795604355435,
  EscalationsAndOutbox1795605259032,
  CalendarTokens1795606234728,
  AuthorityNotifications1795606651762,
  Notices1795606733753,
  BreachSearchIndexes1795613577744,
  DutiesTruth1796000000001,
  CustomerNoticeTruth1796000000005,
  CustomerNotificationTerms1796000000006,
  EscalationDigest1796000000002,
  ApApprovalReadiness1796000000003,
  KeyedAuditChain1796000000007,
  MarkdownNoticeTemplates1796000000008,
  CustomerMeasuresConsequences1796000000009,
  OutboxCreatedAtIndex1796000000010,
  BreachOwner1796000000011,
  BreachNotes1796000000012,
  AuditEventFilterIndexes1796000000013,
  SessionLimits1796000000014,
  MultiFactorAuth1796000000015,
  PasswordTokens1796000000016,
  SingleSignOn1796000000017,
  Webhooks1796000000018,
  EvidenceFiles1796000000019,
  BreachTasks1796000000020,
  BreachListKeyset1796000000021,
  AuthorityNotificationRejections1796000000022,
  AuthorityNotificationDraftedAt1796000000023,
  SessionChangeNotifications1796000000030,
  ClockBoardDueIndex1796000000031,
  RegisterChangeNotifications1796000000032,
];
