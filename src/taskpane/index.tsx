import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readHostContext } from './hostContext';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;

  const host = await readHostContext();
  document.documentElement.lang = host.language === 'zh' ? 'zh-CN' : 'en';
  createRoot(container).render(<App host={host} />);
}

void start();
