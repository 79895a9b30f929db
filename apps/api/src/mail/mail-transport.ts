import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import type { OutboxMessageEntity } from './outbox-message.entity';

export const MAIL_FROM = { name: 'Lekwacht', address: 'lekwacht@localhost' };

/**
 * nodemailer over SMTP_URL (pooled connections). Without SMTP_URL there is no transport: the
 * built-in mailbox is the outbox itself, and a message counts as sent once stored.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter | null;

  constructor(config: AppConfig) {
    this.transporter = config.env.SMTP_URL
      ? createTransport(
          config.env.SMTP_URL + (config.env.SMTP_URL.includes('?') ? '&' : '?') + 'pool=true&maxConnections=5',
          {
            from: MAIL_FROM,
          },
        )
      : null;
  }

  get builtInMailbox(): boolean {
    return this.transporter === null;
  }

  async send(m: OutboxMessageEntity): Promise<void> {
    if (!this.transporter) return;
    await this.transporter.sendMail({
      from: MAIL_FROM,
      to: { name: m.toName, address: m.toAddress },
      subject: m.subject,
      text: m.text,
      html: m.html,
      messageId: m.messageId,
      headers: { 'X-Lekwacht-Message': m.id },
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
