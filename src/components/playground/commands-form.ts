/**
 * One small form per command the example accepts (from example.json). The
 * form's values become the command's `data`; the page sends it to `decide`.
 */
import type { CommandData, ExampleCommand } from '../../../playground/examples/catalog.ts';

/** `signal` ends the forms' listeners with the example they belong to. */
export function renderCommandForms(host: HTMLElement, commands: readonly ExampleCommand[], onSend: (command: CommandData) => void, signal?: AbortSignal): void {
  const forms = commands.map((command, index) => {
    const form = document.createElement('form');
    form.className = 'pg-form';
    form.setAttribute('aria-label', `Command ${command.label}`);
    for (const field of command.fields) {
      const label = document.createElement('label');
      const text = document.createElement('span');
      text.textContent = field.label;
      let input: HTMLInputElement | HTMLSelectElement;
      if (field.kind === 'select') {
        input = document.createElement('select');
        for (const option of field.options ?? []) {
          const item = document.createElement('option');
          item.value = option;
          item.textContent = option;
          input.append(item);
        }
      } else {
        input = document.createElement('input');
        input.type = field.kind === 'number' ? 'number' : 'text';
        if (field.kind === 'number') input.step = 'any';
      }
      input.name = field.name;
      input.id = `cmd-${index}-${field.name}`;
      if (field.default !== undefined) input.value = String(field.default);
      label.append(text, input);
      form.append(label);
    }
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.className = 'button primary';
    submit.textContent = command.label;
    form.append(submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data: Record<string, string | number> = {};
      for (const field of command.fields) {
        const input = form.elements.namedItem(field.name);
        if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement)) continue;
        // An empty number field stays NaN so `decide` (not the form) says what is wrong.
        data[field.name] = field.kind === 'number' ? (input.value === '' ? Number.NaN : Number(input.value)) : input.value;
      }
      onSend({ type: command.type, data });
    }, { signal });
    return form;
  });
  host.replaceChildren(...forms);
}
