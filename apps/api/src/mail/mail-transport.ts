import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { fromDisplayName } from './mail-from';
import type { OutboxMessageEntity } from './outbox-message.entity';
import { SmtpSenderThread } from './smtp-sender-thread';

/**
 * nodemailer over SMTP_URL (pooled connections). Without SMTP_URL there is no transport: the
 * built-in mailbox is the outbox itself, and a message counts as sent once stored.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: SmtpSenderThread | null;
  private readonly fromAddress: string;

  constructor(config: AppConfig) {
    this.fromAddress = config.env.MAIL_FROM;
    this.transporter = config.env.SMTP_URL
      ? new SmtpSenderThread(
          config.env.SMTP_URL + (config.env.SMTP_URL.includes('?') ? '&' : '?') + 'pool=true&maxConnections=5',
        )
      : null;
  }

  get builtInMailbox(): boolean {
    return this.transporter === null;
  }

  async send(m: OutboxMessageEntity): Promise<void> {
    if (!this.transporter) return;
    await this.transporter.send({
      // The organisation's name, recorded when the message was queued: "<name>" <MAIL_FROM>.
      from: { name: fromDisplayName(m.fromName), address: this.fromAddress },
      to: { name: m.toName, address: m.toAddress },
      subject: m.subject,
      text: m.text,
      html: m.html,
      messageId: m.messageId,
      headers: { 'X-Lekwacht-Message': m.id },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.transporter?.close();
  }
}
