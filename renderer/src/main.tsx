import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyAppearance, storedAppearance } from './app/appearance';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ToastProvider } from './components/ToastProvider';
import { LibrarySession } from './features/libraries/LibrarySession';
import './app/theme.css';
import './app/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

applyAppearance(storedAppearance());

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ToastProvider>
        <LibrarySession>
          <App />
        </LibrarySession>
      </ToastProvider>
    </ErrorBoundary>
  </StrictMode>
);
