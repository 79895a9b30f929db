import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ICalAlarmType, ICalCalendarMethod, default as ical } from 'ical-generator';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotFoundError } from '../errors/domain-errors';
import { type CalendarFeedOwner, CalendarTokensService } from './calendar-tokens.service';

interface OpenDeadline {
  id: string;
  kind: 'authority' | 'customer';
  due_at: Date;
  breach_id: string;
  reference: string;
  title: string;
  customer_name: string | null;
}

const TEXT = {
  nl: {
    name: 'Lekwacht — meldtermijnen',
    authority: (ref: string) => `${ref} — melding AP (72 u)`,
    customer: (ref: string, customer: string) => `${ref} — bericht aan ${customer} (48 u)`,
    unknownCustomer: 'klant',
    description: (title: string, link: string) =>
      `${title}\n\nOpen het datalek in Lekwacht: ${link}\n\nDe termijn loopt tot deze deadline; na vastleggen van de melding verdwijnt deze afspraak.`,
    alarm: 'Nog 4 uur tot de meldtermijn verloopt',
  },
  en: {
    name: 'Lekwacht — notification deadlines',
    authority: (ref: string) => `${ref} — notify the AP (72 h)`,
    customer: (ref: string, customer: string) => `${ref} — notice to ${customer} (48 h)`,
    unknownCustomer: 'customer',
    description: (title: string, link: string) =>
      `${title}\n\nOpen the breach in Lekwacht: ${link}\n\nOnce the notification is recorded this event disappears.`,
    alarm: '4 hours left before the notification deadline',
  },
} as const;

/** Renders the live iCalendar feed of open notification deadlines (RFC 5545, via ical-generator). */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly tokens: CalendarTokensService,
  ) {}

  /** The feed of the link's owner; 404 for an unknown or revoked link. */
  async forToken(token: string): Promise<string> {
    const owner = await this.tokens.resolve(token);
    if (!owner) throw new NotFoundError('calendar');
    return this.render(owner);
  }

  async render(owner: CalendarFeedOwner): Promise<string> {
    const text = TEXT[owner.language] ?? TEXT.nl;
    const calendar = ical({
      name: text.name,
      prodId: { company: 'Lekwacht', product: 'deadlines', language: owner.language.toUpperCase() },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 15 * 60,
    });
    // Casework is for officers and managers; an administrator's feed stays empty.
    if (owner.role !== 'officer' && owner.role !== 'manager') return calendar.toString();
    const rows = (await this.dataSource.query(
      `SELECT o.id, o.kind, o.due_at, b.id AS breach_id, b.reference, b.title, c.name AS customer_name
         FROM obligations o
         JOIN breaches b ON b.id = o.breach_id
         LEFT JOIN customers c ON c.id = o.customer_id
        WHERE o.state = 'open' AND o.due_at IS NOT NULL
        ORDER BY o.due_at, b.reference`,
    )) as OpenDeadline[];
    const host = new URL(this.config.publicUrl).hostname || 'lekwacht';
    for (const o of rows) {
      const link = `${this.config.publicUrl}/breaches/${o.breach_id}`;
      const dueAt = new Date(o.due_at);
      calendar.createEvent({
        id: `obligation-${o.id}@${host}`,
        start: dueAt,
        end: new Date(dueAt.getTime() + 15 * 60_000),
        summary:
          o.kind === 'authority'
            ? text.authority(o.reference)
            : text.customer(o.reference, o.customer_name ?? text.unknownCustomer),
        description: text.description(o.title, link),
        url: link,
        alarms: [{ type: ICalAlarmType.display, trigger: 4 * 3600, description: text.alarm }],
      });
    }
    return calendar.toString();
  }
}
