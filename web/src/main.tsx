import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { nameSelectListboxes } from './common/name-select-listboxes';

const root = document.getElementById('root');
nameSelectListboxes();
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
