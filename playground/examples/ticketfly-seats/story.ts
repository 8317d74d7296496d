import { storyOf } from '../stream-builder.ts';
import type { SeatCommand } from './domain.ts';

const hold = (seat: string, buyer: string): SeatCommand => ({ type: 'HoldSeat', data: { seat, buyer } });
const buy = (seat: string, buyer: string, orderId: string): SeatCommand => ({ type: 'BuySeat', data: { seat, buyer, orderId } });
const expire = (seat: string): SeatCommand => ({ type: 'ReleaseSeat', data: { seat, reason: 'hold expired' } });

// The first minutes of an on-sale for the balcony: twelve seats, many buyers, seconds apart.
export const story = storyOf<SeatCommand>([
  ['2016-10-14T17:00:00Z', 'promoter:ticketing-ops', { type: 'StartOnSale', data: { show: 'The Head and the Heart, The Fillmore, 2016-12-02', seats: 'A1,A2,A3,A4,B1,B2,B3,B4,C1,C2,C3,C4', price: 45 } }],
  ['2016-10-14T17:00:01Z', 'web:maria.g', hold('A2', 'maria.g')],
  ['2016-10-14T17:00:01.400Z', 'web:maria.g', hold('A3', 'maria.g')],
  ['2016-10-14T17:00:02Z', 'app:jt88', hold('A1', 'jt88')],
  ['2016-10-14T17:00:02.300Z', 'web:keisha.w', hold('B2', 'keisha.w')],
  ['2016-10-14T17:00:02.900Z', 'web:keisha.w', hold('B3', 'keisha.w')],
  ['2016-10-14T17:00:03Z', 'app:ola.n', hold('C1', 'ola.n')],
  ['2016-10-14T17:00:03.700Z', 'web:dev.p', hold('A4', 'dev.p')],
  ['2016-10-14T17:00:04Z', 'app:sam.k', hold('B1', 'sam.k')],
  ['2016-10-14T17:00:04.500Z', 'app:sam.k', hold('B4', 'sam.k')],
  ['2016-10-14T17:01:12Z', 'web:maria.g', buy('A2', 'maria.g', 'TF-77120')],
  ['2016-10-14T17:01:12.100Z', 'web:maria.g', buy('A3', 'maria.g', 'TF-77120')],
  ['2016-10-14T17:01:30Z', 'web:keisha.w', buy('B2', 'keisha.w', 'TF-77131')],
  ['2016-10-14T17:01:30.100Z', 'web:keisha.w', buy('B3', 'keisha.w', 'TF-77131')],
  ['2016-10-14T17:01:41Z', 'app:jt88', { type: 'ReleaseSeat', data: { seat: 'A1', reason: 'buyer left' } }],
  ['2016-10-14T17:01:42Z', 'web:lena.r', hold('A1', 'lena.r')],
  ['2016-10-14T17:01:55Z', 'app:ola.n', buy('C1', 'ola.n', 'TF-77140')],
  ['2016-10-14T17:02:10Z', 'app:sam.k', buy('B1', 'sam.k', 'TF-77152')],
  ['2016-10-14T17:02:10.100Z', 'app:sam.k', buy('B4', 'sam.k', 'TF-77152')],
  ['2016-10-14T17:02:20Z', 'web:lena.r', hold('C2', 'lena.r')],
  ['2016-10-14T17:02:22Z', 'app:jt88', hold('C3', 'jt88')],
  ['2016-10-14T17:02:48Z', 'web:lena.r', buy('A1', 'lena.r', 'TF-77160')],
  ['2016-10-14T17:02:48.100Z', 'web:lena.r', buy('C2', 'lena.r', 'TF-77160')],
  ['2016-10-14T17:03:21Z', 'app:jt88', buy('C3', 'jt88', 'TF-77171')],
  ['2016-10-14T17:03:43Z', 'hold-timer', expire('A4')],
  ['2016-10-14T17:03:44Z', 'web:ana.b', hold('A4', 'ana.b')],
  ['2016-10-14T17:04:02Z', 'web:ana.b', buy('A4', 'ana.b', 'TF-77185')],
]);
