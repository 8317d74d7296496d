/** An example's code and events as text, each its own small chunk, loaded only by the demo that uses it. */
const code = import.meta.glob<string>('../../../../playground/examples/*/domain.ts', { query: '?raw', import: 'default' });
const events = import.meta.glob<string>('../../../../playground/examples/*/events.json', { query: '?raw', import: 'default' });

export async function exampleSource(example: string): Promise<{ code: string; events: string } | null> {
  const base = `../../../../playground/examples/${example}/`;
  const loadCode = code[`${base}domain.ts`];
  const loadEvents = events[`${base}events.json`];
  if (!loadCode || !loadEvents) return null;
  const [c, e] = await Promise.all([loadCode(), loadEvents()]);
  return { code: c, events: e };
}
