import type { SsoRefusalReason } from './sso-errors';

type Language = 'nl' | 'en';

const TEXT: Record<Language, { title: string; back: string; again: string } & Record<SsoRefusalReason, string>> = {
  nl: {
    title: 'Inloggen niet gelukt',
    back: 'Terug naar inloggen',
    again: 'Opnieuw proberen',
    expired: 'Het inloggen is verlopen of is niet in deze browser begonnen. Probeer het opnieuw.',
    not_verified: 'Het antwoord van de inlogdienst kon niet worden gecontroleerd. Probeer het opnieuw.',
    unavailable: 'De inlogdienst is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    no_role:
      'Uw account bij de inlogdienst zit niet (meer) in een groep die toegang geeft tot Lekwacht. Vraag uw beheerder om toegang.',
    unknown_user: 'Er is geen Lekwacht-account voor uw e-mailadres. Vraag uw beheerder om een account.',
    deactivated: 'Uw Lekwacht-account is gedeactiveerd. Neem contact op met uw beheerder.',
    no_email: 'De inlogdienst gaf geen e-mailadres door. Vraag uw beheerder om dit in te stellen.',
    email_unverified: 'De inlogdienst heeft uw e-mailadres niet bevestigd. Vraag uw beheerder om hulp.',
    already_linked:
      'Uw e-mailadres hoort in Lekwacht bij een ander account van de inlogdienst. Vraag uw beheerder om hulp.',
  },
  en: {
    title: 'Sign-in refused',
    back: 'Back to sign-in',
    again: 'Try again',
    expired: 'The sign-in expired or was not started in this browser. Please try again.',
    not_verified: "The sign-in service's answer could not be verified. Please try again.",
    unavailable: 'The sign-in service cannot be reached right now. Please try again in a few minutes.',
    no_role:
      'Your account at the sign-in service is not (or no longer) in a group that gives access to Lekwacht. Ask your administrator for access.',
    unknown_user: 'There is no Lekwacht account for your e-mail address. Ask your administrator for an account.',
    deactivated: 'Your Lekwacht account is deactivated. Contact your administrator.',
    no_email: 'The sign-in service did not send an e-mail address. Ask your administrator to set this up.',
    email_unverified: 'The sign-in service has not verified your e-mail address. Ask your administrator for help.',
    already_linked:
      'In Lekwacht your e-mail address belongs to another account of the sign-in service. Ask your administrator for help.',
  },
};

/** English when the browser prefers it over Dutch, else Dutch (the app's default). */
export function languageOf(acceptLanguage: string | undefined): Language {
  const tags = (acceptLanguage ?? '')
    .toLowerCase()
    .split(',')
    .map((t) => t.trim().slice(0, 2));
  const en = tags.indexOf('en');
  const nl = tags.indexOf('nl');
  return en !== -1 && (nl === -1 || en < nl) ? 'en' : 'nl';
}

/**
 * The page a refused single sign-on lands on: a fixed message per reason (nothing from the
 * provider's answer is echoed, so nothing needs escaping) and the way back.
 */
export function refusalPage(reason: SsoRefusalReason, language: Language): string {
  const t = TEXT[language];
  const retry = reason === 'expired' || reason === 'not_verified' || reason === 'unavailable';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} – Lekwacht</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f6f8; color: #1a2027; margin: 0; }
  main { max-width: 32rem; margin: 12vh auto 0; padding: 2rem 1.5rem; background: #fff; border-radius: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin: 0 0 1rem; }
  p { line-height: 1.5; margin: 0 0 1.5rem; }
  a { color: #0b6b5f; font-weight: 600; margin-right: 1.25rem; }
  a:focus-visible { outline: 3px solid #0b6b5f; outline-offset: 2px; }
  @media (max-width: 36rem) { main { margin: 0; border-radius: 0; min-height: 100vh; box-sizing: border-box; } }
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p role="alert" data-reason="${reason}">${t[reason]}</p>
<p>${retry ? `<a href="/api/auth/sso">${t.again}</a>` : ''}<a href="/login">${t.back}</a></p>
</main>
</body>
</html>
`;
}
