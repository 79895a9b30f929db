import {
  buildNoticeView,
  type DataCategory,
  defaultNotificationTerms,
  type NoticeBreachFacts,
  type NoticeCustomerSlice,
  type NoticeView,
  type NoticeViewOptions,
  type NotificationTerms,
  type OrganisationProfile,
  type ProcessingRole,
} from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BreachEntity } from '../breaches/breach.entity';
import { NotFoundError } from '../errors/domain-errors';
import { loadOrganisationProfile } from '../organisation/organisation-profile.store';
import { sha256Hex } from '../security/tokens';

/** A view's fingerprint: a different hash means the customer would now read something else. */
export const viewHash = (view: NoticeView) => sha256Hex(JSON.stringify(view));

interface SliceRow {
  customer_id: string;
  name: string;
  language: string;
  contact_person_name: string | null;
  contact_person_email: string | null;
  management_name: string;
  management_email: string;
  role: ProcessingRole;
  data_categories: DataCategory[];
  subjects_count: number | null;
  groups_of_people: string[];
  records_estimate: number | null;
  customer_terms: NotificationTerms | null;
  snapshot_terms: NotificationTerms | null;
}

/** Everything the notices of one breach are built from, loaded once. */
export interface NoticeSource {
  breach: BreachEntity;
  facts: NoticeBreachFacts;
  slices: NoticeCustomerSlice[];
  terms: Map<string, NotificationTerms>;
  org: OrganisationProfile;
}

/**
 * Loads a breach's notice inputs (breach facts without the internal description, each affected
 * customer's slice, the terms snapshotted for it, the organisation profile) and turns them into
 * NoticeViews with the pure domain function. The only road from the database to a notice.
 */
@Injectable()
export class NoticeSources {
  async load(m: EntityManager, breachId: string, lock = false): Promise<NoticeSource> {
    const breach = await m.findOne(BreachEntity, {
      where: { id: breachId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!breach) throw new NotFoundError('breach', breachId);
    // one connection inside a transaction: queries run one after the other
    const rows = (await m.query(
      `SELECT ac.customer_id, c.name, c.language, c.contact_person_name, c.contact_person_email, c.management_name,
              c.management_email, ac.role, ac.data_categories, ac.subjects_count, ac.groups_of_people, ac.records_estimate,
              c.notification_terms AS customer_terms, t.terms AS snapshot_terms
         FROM affected_customers ac
         JOIN customers c ON c.id = ac.customer_id
         LEFT JOIN breach_notification_terms t ON t.breach_id = ac.breach_id AND t.customer_id = ac.customer_id
        WHERE ac.breach_id = $1 ORDER BY c.name, c.id`,
      [breachId],
    )) as SliceRow[];
    const org = await this.organisation(m);
    const terms = new Map<string, NotificationTerms>();
    const slices = rows.map((r): NoticeCustomerSlice => {
      const customerLanguage = r.language === 'en' ? 'en' : 'nl';
      // The breach's snapshot first (the terms in force at registration), then the agreement now.
      const t = r.snapshot_terms ?? r.customer_terms ?? defaultNotificationTerms(customerLanguage);
      terms.set(r.customer_id, t);
      return {
        customerId: r.customer_id,
        name: r.name,
        language: t.language === 'en' || t.language === 'nl' ? t.language : customerLanguage,
        contactPersonName: r.contact_person_name,
        contactPersonEmail: r.contact_person_email,
        managementName: r.management_name,
        managementEmail: r.management_email,
        role: r.role,
        dataCategories: r.data_categories ?? [],
        subjectsCount: r.subjects_count,
        groupsOfPeople: r.groups_of_people ?? [],
        recordsEstimate: r.records_estimate,
      };
    });
    return { breach, facts: breachFacts(breach), slices, terms, org };
  }

  view(source: NoticeSource, slice: NoticeCustomerSlice, options?: NoticeViewOptions): NoticeView {
    return buildNoticeView(source.facts, slice, source.terms.get(slice.customerId) ?? null, source.org, options);
  }

  /** The organisation profile (engineer G's admin settings) that brands every notice. */
  organisation(m: EntityManager): Promise<OrganisationProfile> {
    return loadOrganisationProfile(m);
  }
}

/**
 * The whitelisted breach facts: description, title and the internal measures and consequences are
 * left behind here, on purpose; notices carry the customer texts per language.
 */
export function breachFacts(b: BreachEntity): NoticeBreachFacts {
  return {
    reference: b.reference,
    cause: b.cause,
    occurredAt: b.occurredAt,
    discoveredAt: b.discoveredAt,
    containedAt: b.containedAt,
    customerSummary: { nl: b.customerSummaryNl, en: b.customerSummaryEn },
    customerMeasures: { nl: b.customerMeasuresNl, en: b.customerMeasuresEn },
    customerConsequences: { nl: b.customerConsequencesNl, en: b.customerConsequencesEn },
    facts: b.facts,
  };
}
