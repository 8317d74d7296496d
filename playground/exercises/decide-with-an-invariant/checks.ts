import type { Event } from '#engine';
import type { ExerciseCheck } from '../kit.ts';
import { eventsCheck, rejectedCheck, stateCheck } from '../decider-checks.ts';

const reserved = (seat: string, customer: string): Event => ({ type: 'SeatReserved', data: { seat, customer } });
const reserve = (seat: string, customer: string) => ({ type: 'ReserveSeat', data: { seat, customer } });

const fourForBo = [reserved('A1', 'Bo'), reserved('A2', 'Bo'), reserved('A3', 'Bo'), reserved('A4', 'Bo')];

export const sample: Event[] = [reserved('A7', 'Ana'), ...fourForBo];

export const checks: ExerciseCheck[] = [
  eventsCheck(
    { given: 'an empty hall', when: 'Ana reserves A7', then: 'SeatReserved A7 for Ana' },
    [],
    reserve('A7', 'Ana'),
    [reserved('A7', 'Ana')],
  ),
  rejectedCheck(
    { given: 'A7 reserved by Ana', when: 'Bo reserves A7', then: 'the command is rejected with a DomainError' },
    [reserved('A7', 'Ana')],
    reserve('A7', 'Bo'),
  ),
  rejectedCheck(
    { given: 'A7 reserved by Ana', when: 'Ana reserves A7 again', then: 'it is rejected too: a seat is sold once' },
    [reserved('A7', 'Ana')],
    reserve('A7', 'Ana'),
  ),
  eventsCheck(
    { given: 'Bo holds three seats', when: 'Bo reserves a fourth', then: 'SeatReserved A4 for Bo' },
    fourForBo.slice(0, 3),
    reserve('A4', 'Bo'),
    [reserved('A4', 'Bo')],
  ),
  eventsCheck(
    {
      given: 'Ana holds A7 and Bo holds three seats',
      when: 'Bo reserves a fourth',
      then: "SeatReserved A4 for Bo: only a customer's own seats count against the limit",
    },
    [reserved('A7', 'Ana'), ...fourForBo.slice(0, 3)],
    reserve('A4', 'Bo'),
    [reserved('A4', 'Bo')],
  ),
  rejectedCheck(
    { given: 'Bo holds four seats', when: 'Bo reserves a fifth', then: 'the command is rejected with a DomainError' },
    fourForBo,
    reserve('A5', 'Bo'),
  ),
  stateCheck(
    { given: 'A7 for Ana and four seats for Bo', when: 'folding the stream', then: 'the hall shows who holds which seat' },
    sample,
    { reserved: { A7: 'Ana', A1: 'Bo', A2: 'Bo', A3: 'Bo', A4: 'Bo' } },
  ),
];
