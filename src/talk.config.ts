/**
 * The talk as it is given: the one place to say who gives it and where. The
 * title slide (slides/01-title.mdx) reads it. Title and subtitle are the
 * talk's own; speaker and event are empty until someone presenting fills
 * them in, and an empty field shows nothing (the slide never invents a name
 * or a date).
 */
export interface TalkConfig {
  title: string;
  subtitle: string;
  /** Who gives the talk, e.g. "Ada Lovelace". */
  speaker: string;
  /** Where and when, e.g. "Example Conf, Berlin, 3 March 2027". */
  event: string;
}

export const talk: TalkConfig = {
  title: 'Event Sourcing',
  subtitle: 'a basic introduction',
  speaker: '',
  event: '',
};
