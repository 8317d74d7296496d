import { storyOf } from '../stream-builder.ts';
import type { ConflictCommand } from './domain.ts';

type Source = 'billing address' | 'IP address' | 'bank card' | 'document';
const evidence = (source: Source, country: string, date: string): ConflictCommand => ({ type: 'ProvideEvidence', data: { source, country, date } });
const notify: ConflictCommand = { type: 'SendConflictNotification', data: { to: 'kirra.walsh@example.com' } };
const checkout = 'checkout-service';
const geo = 'geoip-service';
const mailer = 'mailer';

// One customer's location evidence over a year: a trip, a move, and an unexplained login.
export const story = storyOf<ConflictCommand>([
  ['2016-03-01T22:10:04Z', checkout, evidence('billing address', 'AU', '2016-03-01')],
  ['2016-03-01T22:10:05Z', geo, evidence('IP address', 'AU', '2016-03-01')],
  ['2016-03-01T22:11:40Z', 'payments-service', evidence('bank card', 'AU', '2016-03-01')],
  ['2016-04-12T09:31:17Z', geo, evidence('IP address', 'DE', '2016-04-12')],
  ['2016-04-12T09:35:00Z', mailer, notify],
  ['2016-04-20T23:02:55Z', geo, evidence('IP address', 'AU', '2016-04-20')],
  ['2016-07-04T03:14:22Z', 'account-settings:kirra.walsh', evidence('billing address', 'NZ', '2016-07-04')],
  ['2016-07-04T03:20:00Z', mailer, notify],
  ['2016-07-06T01:45:10Z', 'support-upload:kirra.walsh', evidence('document', 'NZ', '2016-07-06')],
  ['2016-07-07T00:30:00Z', 'support:j.ross', { type: 'ResolveManually', data: { country: 'NZ', note: 'Wellington power bill, dated June 2016, matches the new billing address.' } }],
  ['2016-07-09T08:12:41Z', geo, evidence('IP address', 'NZ', '2016-07-09')],
  ['2016-08-15T21:55:30Z', 'payments-service', evidence('bank card', 'NZ', '2016-08-15')],
  ['2016-11-02T14:08:09Z', geo, evidence('IP address', 'US', '2016-11-02')],
  ['2016-11-02T14:15:00Z', mailer, notify],
  ['2016-11-17T00:00:05Z', 'scheduler:grace-periods', { type: 'ExpireGracePeriod', data: { today: '2016-11-17' } }],
  ['2016-11-18T19:40:33Z', 'support-upload:kirra.walsh', evidence('document', 'NZ', '2016-11-18')],
]);
