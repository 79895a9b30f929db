import { Center, Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { AccountLanguageSync } from '../../../shared/language/AccountLanguageSync';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { useMe } from '../../../shared/session/use-me';
import { loginPathFor } from '../../../shared/session/next-path';

/**
 * The auth gate: GET /api/auth/me decides. 401 (→ null) sends the visitor to
 * /login?next=<where they wanted to go>; any other failure offers a retry.
 */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    return (
      <Center h="100dvh">
        <Container size="xs">
          <LoadError onRetry={() => void me.refetch()} retrying={me.isFetching} />
        </Container>
      </Center>
    );
  }
  if (!me.data) return <Navigate to={loginPathFor(location)} replace />;
  // the role requires two-step verification not set up yet: the API allows nothing but enrolment
  if (me.data.mfaEnrolmentRequired && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return (
    <>
      <AccountLanguageSync language={me.data.language} />
      <Outlet />
    </>
  );
}
