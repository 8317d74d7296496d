import { storyOf } from '../stream-builder.ts';
import type { FeedCommand } from './domain.ts';

const join = (user: string): FeedCommand => ({ type: 'JoinGroup', data: { user } });
const post = (author: string, body: string, replyTo = ''): FeedCommand => ({ type: 'PostMessage', data: { author, body, replyTo } });
const like = (messageId: string, user: string): FeedCommand => ({ type: 'LikeMessage', data: { messageId, user } });

// A week in an engineering group, around Berlin Buzzwords 2016. The group, its members and
// their messages are invented; only the migration they talk about is from Yammer's abstract.
export const story = storyOf<FeedCommand>([
  ['2016-06-03T08:12:00Z', 'yammer-web:lena.schmidt', join('lena.schmidt')],
  ['2016-06-03T08:20:41Z', 'yammer-ios:tom.baker', join('tom.baker')],
  ['2016-06-03T08:31:09Z', 'yammer-web:priya.nair', join('priya.nair')],
  ['2016-06-03T09:02:15Z', 'yammer-web:lena.schmidt', post('lena.schmidt', 'Our Berlin Buzzwords talk on event sourcing is accepted! Slides review on Tuesday.')],
  ['2016-06-03T09:04:50Z', 'yammer-ios:tom.baker', like('msg-1', 'tom.baker')],
  ['2016-06-03T09:10:22Z', 'yammer-web:priya.nair', like('msg-1', 'priya.nair')],
  ['2016-06-03T09:15:03Z', 'yammer-web:priya.nair', post('priya.nair', 'Congrats! Will you cover the Kafka prototype or only Event Hubs?', 'msg-1')],
  ['2016-06-03T09:21:47Z', 'yammer-web:lena.schmidt', post('lena.schmidt', 'Both: the war stories of moving from our own Kafka cluster to Azure Event Hubs.', 'msg-2')],
  ['2016-06-03T11:40:30Z', 'yammer-android:jonas.weber', join('jonas.weber')],
  ['2016-06-03T11:42:18Z', 'yammer-android:jonas.weber', post('jonas.weber', 'Reminder: RabbitMQ workers are switched off on friday.')],
  ['2016-06-03T11:43:05Z', 'yammer-android:jonas.weber', { type: 'EditMessage', data: { messageId: 'msg-4', user: 'jonas.weber', body: 'Reminder: the Ruby/RabbitMQ workers are switched off on Friday 10 June.' } }],
  ['2016-06-03T12:01:39Z', 'yammer-ios:tom.baker', like('msg-4', 'tom.baker')],
  ['2016-06-06T07:55:12Z', 'yammer-ios:tom.baker', post('tom.baker', 'Dropwizard service for notifications now reads from the event hub. Lag under a second.')],
  ['2016-06-06T08:03:26Z', 'yammer-web:lena.schmidt', like('msg-5', 'lena.schmidt')],
  ['2016-06-06T08:10:44Z', 'yammer-web:priya.nair', like('msg-5', 'priya.nair')],
  ['2016-06-06T08:11:02Z', 'yammer-web:priya.nair', { type: 'UnlikeMessage', data: { messageId: 'msg-5', user: 'priya.nair' } }],
  ['2016-06-06T08:14:37Z', 'yammer-web:priya.nair', post('priya.nair', 'Does the lag include the search indexer? It was minutes behind this morning.', 'msg-5')],
  ['2016-06-06T08:30:09Z', 'yammer-ios:tom.baker', post('tom.baker', 'No, search is a separate consumer. Looking at it.', 'msg-6')],
  ['2016-06-06T16:48:55Z', 'yammer-ios:tom.baker', post('tom.baker', 'Search indexer caught up: it was replaying from offset 0 after a deploy.', 'msg-6')],
  ['2016-06-06T16:50:20Z', 'yammer-web:priya.nair', like('msg-8', 'priya.nair')],
  ['2016-06-07T10:05:33Z', 'yammer-web:lena.schmidt', post('lena.schmidt', 'Draft slides: https://example.com/drafts/es-at-yammer (internal)')],
  ['2016-06-07T10:06:12Z', 'yammer-web:lena.schmidt', { type: 'DeleteMessage', data: { messageId: 'msg-9', user: 'lena.schmidt' } }],
  ['2016-06-07T10:07:40Z', 'yammer-web:lena.schmidt', post('lena.schmidt', 'Draft slides are in the group files. Comments welcome until Thursday!')],
  ['2016-06-07T10:15:18Z', 'yammer-android:jonas.weber', like('msg-10', 'jonas.weber')],
  ['2016-06-07T10:22:51Z', 'yammer-ios:tom.baker', like('msg-10', 'tom.baker')],
]);
