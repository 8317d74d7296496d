/**
 * The "Download as an Emmett project" button: reads what the page holds
 * when pressed, builds the zip in the browser (the generator loads only
 * then) and saves it. Nothing is sent anywhere.
 */
import type { ExportRequest } from './browser-sources.ts';

export interface ExportMessages {
  status: (text: string) => void;
  alert: (text: string) => void;
}

function save(name: string, bytes: Uint8Array): void {
  // A copy into a fresh ArrayBuffer: Blob wants an ArrayBuffer-backed view.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; the URL is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function wireEmmettDownload(button: HTMLButtonElement, request: () => ExportRequest, messages: ExportMessages): void {
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    messages.status('Building the Emmett project…');
    try {
      const { buildZip } = await import('./browser-sources.ts');
      const built = await buildZip(request());
      if (!built.ok) {
        messages.alert(`The Emmett project was not built: ${built.error}`);
        messages.status('');
        return;
      }
      save(built.name, built.bytes);
      messages.status(`Downloaded ${built.name}: unzip it, then run npm install && npm test, and npm start.`);
    } catch (error) {
      messages.alert(`The Emmett project could not be built: ${error instanceof Error ? error.message : String(error)}`);
      messages.status('');
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
}
