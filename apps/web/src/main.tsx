import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { i18nReady } from './i18n/i18n';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app/AppRoutes';
import { OnDemandNotifications } from './app/OnDemandNotifications';
import { createQueryClient } from './app/query-client';
import { theme } from './theme/theme';

const queryClient = createQueryClient();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Rendered once the language's texts are there: Dutch is bundled (no wait); English is a chunk of its own.
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <OnDemandNotifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
void i18nReady.then(render, render);
