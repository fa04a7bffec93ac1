import markdown from '../../../scenarios/environment-reuse.md?raw'
import { multiple, right, single, wrong } from './build.ts'
import type { Lesson } from './lesson.ts'

export const environmentReuse: Lesson = {
  markdown,
  challenges: [],
  quiz: [
    single('counter',
      'A log line reads `invocation #37`. What has the module-scope counter counted?',
      right('The invocations served by that one execution environment since its Init.', 'Each environment has its own module scope: the burst\'s new environments all started again at `#1`.'),
      wrong('The function\'s invocations since its last deploy.', 'During the burst, 20 environments printed `#1` at once: no count is shared between them.'),
      wrong('The invocations of the last minute.', 'Nothing resets it but the environment ending.'),
    ),
    multiple('module-scope',
      'What belongs at module scope, outside the handler? (Choose all that apply.)',
      right('SDK clients and database connections.', 'Created once per environment during Init, reused by every invocation it serves.'),
      right('A cache of data that is the same for every user, like configuration.', 'Like the profile cache here: loaded once, hit afterwards.'),
      wrong('The current request\'s user, for use by helper functions.', 'The next request in that environment may be another user\'s: request data must stay inside the handler.'),
      wrong('A counter that must count all of the function\'s invocations.', 'Module scope is per environment: with 20 environments you get 20 counters.'),
    ),
    single('burst',
      'Why did the burst at 60 s cause about 20 cold starts?',
      right('An environment serves one request at a time: 20 simultaneous requests need 20 environments, and new ones run Init first.', 'The Environments tab shows about 20 lanes opening at 60 s.'),
      wrong('The burst came from a new user.', 'Cold starts depend on concurrency, not on who calls.'),
      wrong('The warm environment had been reclaimed.', 'It served requests every few hundred milliseconds; it was busy, not gone.'),
    ),
  ],
  presenter: [
    { text: 'Module scope keeps an **environment id**, a **counter** and a **cache**. Open the Code tab to see them.', focus: { tab: 'code', nodeId: 'function:profile' } },
    { text: 'Play: one warm environment serves both users; its counter climbs.', action: { command: 'play' }, focus: { tab: 'logs' } },
    { text: 'At 60 s, a burst of 20 at once: 20 environments, each **cold**, each counter at `#1`, each cache empty.', focus: { tab: 'environments' } },
    { text: 'Idle environments are reclaimed after 60 s here: their state goes with them.', focus: { tab: 'environments' } },
    { text: 'Module scope is per environment: right for clients and caches, wrong for counts or one user\'s data.', action: { command: 'pause' } },
  ],
}
