/// <reference lib="webworker" />
import { expose } from 'comlink';
import { createSession } from './session.ts';

/**
 * The only place learner code runs. A dedicated worker has no DOM, no
 * localStorage and no access to the page; the site's CSP (connect-src 'self')
 * keeps fetch off other hosts. If the code loops, the client terminates this
 * worker and starts another: nothing here needs to cooperate.
 */
expose(createSession());
