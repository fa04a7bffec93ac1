import markdown from '../../../scenarios/canary-by-hand.md?raw'
import { right, single, wrong } from './build.ts'
import type { Lesson } from './lesson.ts'

export const canaryByHand: Lesson = {
  markdown,
  challenges: [],
  quiz: [
    single('deploy-vs-publish',
      'You deploy new code to `checkout`. Which requests run it at once?',
      right('Only requests to `$LATEST` (the unqualified function); `checkout:live` keeps running version 1 until you publish and shift.',
        'Before the publish step nothing in this run executed the new code: every invocation reported version 1.'),
      wrong('All of them: deploying updates every version.', 'Versions are immutable; deploying changes `$LATEST` only.'),
      wrong('A random 10 %, as a canary.', 'Only an alias\'s routing configuration splits traffic, and only between published versions.'),
    ),
    single('rollback',
      'Version 2 fails 4 % of its requests. What is the fastest rollback for clients of `checkout:live`?',
      right('Set the alias\'s weight for version 2 to 0 (or point `live` at version 1 with no weights).', 'The next invocation already goes to version 1: no deploy, no publish.'),
      wrong('Redeploy the old code to `$LATEST` and publish version 3.', 'That works but takes two steps more, and the alias would still route to version 2 meanwhile.'),
      wrong('Set reserved concurrency 0 on version 2.', 'Reserved concurrency belongs to the function, not a version: 0 would throttle every request, version 1\'s included.'),
    ),
  ],
  presenter: [
    { text: '`live` points at **version 1**; clients call `checkout:live`. New code sits in `$LATEST`, and nothing runs it.', focus: { nodeId: 'alias:checkout:live' } },
    { text: 'Play: 50 requests a second, all version 1.', action: { command: 'play' }, focus: { tab: 'monitor' } },
    { text: '**Publish version 2**: an immutable snapshot of `$LATEST`.', action: { command: 'publish', args: { functionName: 'checkout' } }, focus: { nodeId: 'function:checkout' } },
    { text: 'Send 10 % of `live` to version 2: the canary.', action: { command: 'shiftAliasWeight', args: { functionName: 'checkout', aliasName: 'live', functionVersion: '1', additionalVersion: '2', weight: 0.1 } }, focus: { tab: 'monitor' } },
    { text: 'Watch Invocations by ExecutedVersion, and Errors: version 2 fails about 4 %.', focus: { tab: 'monitor' } },
    { text: '**Shift the alias to 50 %**.', action: { command: 'shiftAliasWeight', args: { functionName: 'checkout', aliasName: 'live', functionVersion: '1', additionalVersion: '2', weight: 0.5 } }, focus: { tab: 'monitor' } },
    { text: 'Too many errors: **roll back**. All of `live` to version 1, in one call.', action: { command: 'shiftAliasWeight', args: { functionName: 'checkout', aliasName: 'live', functionVersion: '1', additionalVersion: null, weight: 0 } } },
    { text: 'Clients never changed their target: the alias did the release, and the rollback.', action: { command: 'pause' } },
  ],
}
