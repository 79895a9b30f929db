import { Initial1795603186401 } from './1795603186401-Initial';
import { BreachRegister1795603910563 } from './1795603910563-BreachRegister';
import { Assessments1795604355435 } from './1795604355435-Assessments';
import { EscalationsAndOutbox1795605259032 } from './1795605259032-EscalationsAndOutbox';
import { CalendarTokens1795606234728 } from './1795606234728-CalendarTokens';
import { AuthorityNotifications1795606651762 } from './1795606651762-AuthorityNotifications';
import { Notices1795606733753 } from './1795606733753-Notices';
import { BreachSearchIndexes1795613577744 } from './1795613577744-BreachSearchIndexes';

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
];
