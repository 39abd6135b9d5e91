import '@e2ee-kit/ui/styles.css';
import './styles/app.css';
import './styles/print.css';
import { createRoot } from 'react-dom/client';
import { LessonApp } from './app/LessonApp.js';
import { applyTheme, readStoredTheme, systemTheme } from './shell/theme.js';
import { lessonData } from './step/lesson-content.js';

// Before the first paint, so that a dark-theme reader never sees a white flash.
applyTheme(readStoredTheme() ?? systemTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks <div id="root">');
createRoot(root).render(<LessonApp data={lessonData} />);
