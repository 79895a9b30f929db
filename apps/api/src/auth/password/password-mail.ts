import type { PasswordTokenPurpose } from '@lekwacht/domain';
import { escapeHtml } from '../../mail/escape-html';

export interface PasswordMailInput {
  purpose: PasswordTokenPurpose;
  recipient: { name: string; language: string };
  organisation: string;
  /** The set-password page with the token (masked in the mailbox view and request logs). */
  link: string;
  /** When the link stops working, already formatted for the recipient. */
  validFor: string;
}

const TEXT = {
  nl: {
    subject: { reset: 'Nieuw wachtwoord instellen', invitation: 'Uw account in Lekwacht' },
    hello: (name: string) => `Beste ${name},`,
    intro: {
      reset: 'Er is gevraagd om een nieuw wachtwoord voor uw Lekwacht-account. Stel het in via deze link:',
      invitation: (org: string) =>
        `${org} heeft een account voor u aangemaakt in Lekwacht, het datalekkenregister. Kies uw wachtwoord via deze link:`,
    },
    valid: (v: string, purpose: PasswordTokenPurpose) =>
      `De link werkt één keer en is ${v} geldig.${purpose === 'reset' ? ' Na het instellen wordt u overal afgemeld.' : ''}`,
    notYou: {
      reset: 'Heeft u dit niet gevraagd? Dan kunt u dit bericht negeren: uw wachtwoord blijft ongewijzigd.',
      invitation: 'Verwachtte u dit niet? Neem dan contact op met de beheerder.',
    },
    button: { reset: 'Wachtwoord instellen', invitation: 'Wachtwoord kiezen' },
  },
  en: {
    subject: { reset: 'Set a new password', invitation: 'Your Lekwacht account' },
    hello: (name: string) => `Dear ${name},`,
    intro: {
      reset: 'A new password was requested for your Lekwacht account. Set it with this link:',
      invitation: (org: string) =>
        `${org} created an account for you in Lekwacht, the data-breach register. Choose your password with this link:`,
    },
    valid: (v: string, purpose: PasswordTokenPurpose) =>
      `The link works once and is valid for ${v}.${purpose === 'reset' ? ' Setting it signs you out everywhere.' : ''}`,
    notYou: {
      reset: 'Did you not ask for this? Then ignore this message: your password stays as it is.',
      invitation: 'Not expecting this? Please contact your administrator.',
    },
    button: { reset: 'Set password', invitation: 'Choose password' },
  },
} as const;

/** The set-password mail (forgotten password or invitation) in the recipient's language. */
export function passwordMail(input: PasswordMailInput): { subject: string; text: string; html: string } {
  const t = input.recipient.language === 'en' ? TEXT.en : TEXT.nl;
  const intro = input.purpose === 'reset' ? t.intro.reset : t.intro.invitation(input.organisation);
  const lines = [
    t.hello(input.recipient.name),
    '',
    intro,
    input.link,
    '',
    t.valid(input.validFor, input.purpose),
    t.notYou[input.purpose],
  ];
  const link = escapeHtml(input.link);
  return {
    subject: t.subject[input.purpose],
    text: `${lines.join('\n')}\n`,
    html: [
      `<p>${escapeHtml(t.hello(input.recipient.name))}</p>`,
      `<p>${escapeHtml(intro)}</p>`,
      `<p><a href="${link}">${escapeHtml(t.button[input.purpose])}</a></p>`,
      `<p style="font-size:12px;color:#555">${link}</p>`,
      `<p>${escapeHtml(t.valid(input.validFor, input.purpose))}</p>`,
      `<p>${escapeHtml(t.notYou[input.purpose])}</p>`,
    ].join('\n'),
  };
}

/** "60 minuten" / "7 dagen" in the recipient's language. */
export function validForText(minutes: number, language: string): string {
  const en = language === 'en';
  if (minutes % (24 * 60) === 0) {
    const days = minutes / (24 * 60);
    return en ? `${days} day${days === 1 ? '' : 's'}` : `${days} dag${days === 1 ? '' : 'en'}`;
  }
  return en ? `${minutes} minutes` : `${minutes} minuten`;
}
