import type { Language } from '@lekwacht/contracts';
import type { OutgoingMail } from '../mail/outbox.service';
import { PORTAL_LINK_TEXT, wrapHtml } from './notice-rendering';

/** What a notice's mail is made of: the stored rendering of its NoticeView, nothing else. */
export interface NoticeMailSource {
  id: string;
  breachId: string;
  language: Language;
  recipientName: string;
  recipientEmail: string;
  subject: string;
  text: string;
  html: string;
}

/** The mail for a notice with its personal portal link (a placeholder URL in previews). */
export function composeNoticeMail(n: NoticeMailSource, portalUrl: string): OutgoingMail {
  const link = PORTAL_LINK_TEXT[n.language];
  return {
    kind: 'notice',
    breachId: n.breachId,
    sourceId: n.id,
    to: { name: n.recipientName, email: n.recipientEmail },
    subject: n.subject,
    text: `${n.text}\n\n${link.textIntro}\n${portalUrl}\n`,
    html: wrapHtml(n.language, n.html, { url: portalUrl, label: link.label, intro: link.intro }),
  };
}

export const portalUrl = (publicUrl: string, token: string) => `${publicUrl}/portal/${token}`;
