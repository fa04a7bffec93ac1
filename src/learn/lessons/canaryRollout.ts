import markdown from '../../../scenarios/canary-rollout.md?raw'
import { multiple, right, single, wrong } from './build.ts'
import type { Lesson } from './lesson.ts'

export const canaryRollout: Lesson = {
  markdown,
  challenges: [],
  quiz: [
    single('clients',
      'During this rollout, what did the clients change to reach version 2?',
      right('Nothing: they call `checkout:live` throughout, and the alias decides which version runs.',
        'The traffic targets `checkout:live` from start to end; only the timeline\'s `UpdateAlias` actions changed.'),
      wrong('They switched to `checkout:2` at 480 s.', 'No traffic ever names a version here.'),
      wrong('They call `$LATEST`, which becomes version 2 when published.', 'Publishing copies `$LATEST` into a new version; nothing calls `$LATEST` in this run.'),
    ),
    multiple('versions',
      'Which statements about published versions are true? (Choose all that apply.)',
      right('A version\'s code and configuration cannot change after publishing.', 'Version 1 kept its 150 ms behaviour all along while `$LATEST` held the new code.'),
      right('Version numbers only grow and are never reused.', 'Even after a version is deleted its number stays taken.'),
      wrong('Publishing with no change since the last version creates an identical new version.', 'Lambda publishes nothing new: the last version stays the latest.'),
      wrong('Reserved concurrency is set per version.', 'Reserved concurrency belongs to the function; provisioned concurrency can be set per version.'),
    ),
    single('promote',
      'At 480 s the timeline set `FunctionVersion: 2` with `AdditionalVersionWeights: {}`. What did the empty weights do?',
      right('They cleared the routing configuration, so all of `live` goes to version 2.', 'Invocations by ExecutedVersion shows version 1 dropping to zero at 480 s.'),
      wrong('They kept the previous 50/50 split.', 'Empty weights remove the additional version.'),
      wrong('They are refused: weights must add up to 1.', 'Weights name only the additional version; the primary gets the rest.'),
    ),
  ],
  presenter: [],
}
