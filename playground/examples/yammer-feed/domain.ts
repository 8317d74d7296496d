/**
 * A Yammer group feed, as a stream of events.
 *
 * Yammer moved from synchronous calls and Ruby workers on RabbitMQ to event
 * streams (a self-hosted Kafka prototype, then Azure Event Hubs), and told
 * at Berlin Buzzwords 2016 that nothing comes for free. A feed suits events
 * well: posts, likes, edits and deletions are facts, and each screen is a
 * projection of them.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

// ---- Events ----------------------------------------------------------------
export type FeedEvent =
  | Event<'MemberJoined', { user: string }>
  | Event<'MessagePosted', { messageId: string; author: string; body: string; replyTo: string }>
  | Event<'MessageLiked', { messageId: string; user: string }>
  | Event<'MessageUnliked', { messageId: string; user: string }>
  | Event<'MessageEdited', { messageId: string; body: string }>
  | Event<'MessageDeleted', { messageId: string; deletedBy: string }>;

// ---- Commands ----------------------------------------------------------------
export type FeedCommand =
  | Command<'JoinGroup', { user: string }>
  | Command<'PostMessage', { author: string; body: string; replyTo: string }>
  | Command<'LikeMessage', { messageId: string; user: string }>
  | Command<'UnlikeMessage', { messageId: string; user: string }>
  | Command<'EditMessage', { messageId: string; user: string; body: string }>
  | Command<'DeleteMessage', { messageId: string; user: string }>;

interface Message {
  author: string;
  likes: string[];
  deleted: boolean;
}

export interface FeedState {
  members: string[];
  messages: Record<string, Message>;
  /** Messages still shown in the feed (charted). */
  visibleMessages: number;
}

const withMessage = (state: FeedState, id: string, change: (m: Message) => Message): FeedState => {
  const message = state.messages[id];
  if (!message) return state;
  const messages = { ...state.messages, [id]: change(message) };
  return { ...state, messages, visibleMessages: Object.values(messages).filter((m) => !m.deleted).length };
};

export const decider: Decider<FeedState, FeedCommand, FeedEvent> = {
  initialState: () => ({ members: [], messages: {}, visibleMessages: 0 }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'MemberJoined':
        return { ...state, members: [...state.members, event.data.user] };
      case 'MessagePosted': {
        const messages = { ...state.messages, [event.data.messageId]: { author: event.data.author, likes: [], deleted: false } };
        return { ...state, messages, visibleMessages: state.visibleMessages + 1 };
      }
      case 'MessageLiked':
        return withMessage(state, event.data.messageId, (m) => ({ ...m, likes: [...m.likes, event.data.user] }));
      case 'MessageUnliked':
        return withMessage(state, event.data.messageId, (m) => ({ ...m, likes: m.likes.filter((u) => u !== event.data.user) }));
      case 'MessageEdited':
        return state; // The body lives in the events and the feed projection; no rule needs it.
      case 'MessageDeleted':
        return withMessage(state, event.data.messageId, (m) => ({ ...m, deleted: true }));
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): FeedEvent => {
    if (command.type === 'JoinGroup') {
      if (state.members.includes(command.data.user)) throw new DomainError(`${command.data.user} is a member`, 'A member joins once');
      return { type: 'MemberJoined', data: { user: command.data.user } };
    }
    const user = command.type === 'PostMessage' ? command.data.author : command.data.user;
    if (!state.members.includes(user)) throw new DomainError(`${user} is not in the group`, 'Only members can act in the group');

    if (command.type === 'PostMessage') {
      const { author, body, replyTo } = command.data;
      if (body.trim() === '') throw new DomainError('The message is empty', 'Messages may not be empty');
      if (replyTo !== '' && !state.messages[replyTo]) throw new DomainError(`No message ${replyTo}`, 'Replies go to existing messages');
      // The id comes from the state, so decide stays pure and replayable.
      const messageId = `msg-${Object.keys(state.messages).length + 1}`;
      return { type: 'MessagePosted', data: { messageId, author, body, replyTo } };
    }

    const message = state.messages[command.data.messageId];
    if (!message || message.deleted) {
      throw new DomainError(`${command.data.messageId} is not in the feed`, 'Deleted messages cannot change');
    }
    const { messageId } = command.data;
    switch (command.type) {
      case 'LikeMessage':
        if (message.likes.includes(user)) throw new DomainError(`${user} already likes it`, 'A member likes a message once');
        return { type: 'MessageLiked', data: { messageId, user } };
      case 'UnlikeMessage':
        if (!message.likes.includes(user)) throw new DomainError(`${user} does not like it`, 'Only a like can be taken back');
        return { type: 'MessageUnliked', data: { messageId, user } };
      case 'EditMessage':
        if (message.author !== user) throw new DomainError(`${user} did not write it`, 'Only the author edits or deletes a message');
        if (command.data.body.trim() === '') throw new DomainError('The message is empty', 'Messages may not be empty');
        return { type: 'MessageEdited', data: { messageId, body: command.data.body } };
      case 'DeleteMessage':
        if (message.author !== user) throw new DomainError(`${user} did not write it`, 'Only the author edits or deletes a message');
        return { type: 'MessageDeleted', data: { messageId, deletedBy: user } };
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },
};

// ---- Projections -------------------------------------------------------------

interface FeedItem {
  id: string;
  author: string;
  body: string;
  likes: number;
  edited: boolean;
}

/** The feed as members see it: a DELETE in the view, while the stream keeps the fact. */
export const groupFeed: Projection<FeedItem[], FeedEvent> = {
  name: 'Group feed (newest first)',
  canHandle: ['MessagePosted', 'MessageLiked', 'MessageUnliked', 'MessageEdited', 'MessageDeleted'],
  initialState: () => [],
  evolve: (items, event) => {
    const update = (id: string, change: (item: FeedItem) => FeedItem): FeedItem[] => items.map((i) => (i.id === id ? change(i) : i));
    switch (event.type) {
      case 'MessagePosted':
        return [{ id: event.data.messageId, author: event.data.author, body: event.data.body, likes: 0, edited: false }, ...items];
      case 'MessageLiked': return update(event.data.messageId, (i) => ({ ...i, likes: i.likes + 1 }));
      case 'MessageUnliked': return update(event.data.messageId, (i) => ({ ...i, likes: i.likes - 1 }));
      case 'MessageEdited': return update(event.data.messageId, (i) => ({ ...i, body: event.data.body, edited: true }));
      case 'MessageDeleted': return items.filter((i) => i.id !== event.data.messageId);
      default: return items;
    }
  },
};

/** Who takes part: posts and likes given per member (deleted posts still count, they happened). */
export const engagement: Projection<Record<string, { posts: number; likesGiven: number }>, FeedEvent> = {
  name: 'Engagement per member',
  canHandle: ['MessagePosted', 'MessageLiked', 'MessageUnliked'],
  initialState: () => ({}),
  evolve: (view, event) => {
    const user = event.type === 'MessagePosted' ? event.data.author : 'user' in event.data ? event.data.user : '';
    const row = view[user] ?? { posts: 0, likesGiven: 0 };
    if (event.type === 'MessagePosted') return { ...view, [user]: { ...row, posts: row.posts + 1 } };
    if (event.type === 'MessageLiked') return { ...view, [user]: { ...row, likesGiven: row.likesGiven + 1 } };
    if (event.type === 'MessageUnliked') return { ...view, [user]: { ...row, likesGiven: row.likesGiven - 1 } };
    return view;
  },
};

export const projections = [groupFeed, engagement];
