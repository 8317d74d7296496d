/** Imported by the deck page: starts the audience side of presenter sync before the deck reports its first position. */
import { startAudienceSync } from './audience-sync.ts';

startAudienceSync();
