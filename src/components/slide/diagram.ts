/**
 * Shared shapes for the slide diagrams. A diagram takes plain data (what an
 * event or a state looks like on the slide), never engine objects, so slides
 * stay readable MDX and the diagrams stay static HTML with no script.
 */
export interface Chip {
  /** Event or command type: past tense for events, imperative for commands. */
  type: string;
  /** Short rendering of the payload, e.g. "amount: 100". */
  data?: string;
}

/** Join chips into one sentence for the diagram's accessible name. */
export function describeChips(chips: readonly Chip[]): string {
  return chips.map((c) => (c.data ? `${c.type} (${c.data})` : c.type)).join(', ');
}

/**
 * A type name cut into its words ("MoneyDeposited" -> "Money", "Deposited"), so
 * a box too narrow for the whole name wraps it between words, never inside one.
 */
export function nameWords(name: string): string[] {
  return name.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter((part) => part !== '');
}
