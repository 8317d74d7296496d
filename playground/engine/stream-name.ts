import { InvalidStreamNameError } from './errors.ts';

/**
 * Stream names are `category-id`, as in KurrentDB: the category is everything
 * before the first dash, so ids may contain dashes (UUIDs do). Reading a
 * whole category (all `BankAccount-*` streams) is how projections find their
 * events.
 */
export interface StreamNameParts {
  category: string;
  id: string;
}

const STREAM_NAME = /^([^\s-]+)-(\S+)$/;

export function parseStreamName(streamName: string): StreamNameParts {
  const match = STREAM_NAME.exec(streamName);
  if (!match || match[1] === undefined || match[2] === undefined) {
    throw new InvalidStreamNameError(
      streamName,
      'expected "category-id", e.g. "BankAccount-42" (no spaces, a non-empty category and id)',
    );
  }
  return { category: match[1], id: match[2] };
}

export function isValidStreamName(streamName: string): boolean {
  return STREAM_NAME.test(streamName);
}

export function toStreamName(category: string, id: string | number): string {
  const name = `${category}-${id}`;
  parseStreamName(name);
  if (category.includes('-')) {
    throw new InvalidStreamNameError(name, 'the category may not contain a dash');
  }
  return name;
}

export function streamCategory(streamName: string): string {
  return parseStreamName(streamName).category;
}
