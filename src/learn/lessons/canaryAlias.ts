import markdown from '../../../scenarios/canary-alias.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, inFunction, oneSettingChanged, percent, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('canary-alias')
/** The ramp from 20 to 250 requests a second over 900 s sends about 121,500. */
const MIN_INVOCATIONS = 115_000
const TARGET_SHARE = 0.25
/** The split is random per request: with over 100,000 requests it lands within a fraction of a percent. */
const TOLERANCE = 0.02

export const canaryAlias: Lesson = {
  markdown,
  challenges: [
    {
      id: 'canary-25',
      title: 'A bigger canary',
      statement: 'Make the canary (version 2) receive **25 %** of the traffic sent to `checkout:live`, by changing one setting.',
      hints: [
        'The split lives on the alias, not on the versions or the traffic.',
        'Look at `live`\'s `RoutingConfig.AdditionalVersionWeights`: a version number and the share of invocations it receives.',
        'Weights are fractions from 0 to 1: 25 % is 0.25.',
      ],
      check: ({ document, summary }) => {
        const checkout = functionOf(summary, 'checkout')
        const canary = checkout.ExecutedVersions['2'] ?? 0
        const share = checkout.Invocations > 0 ? canary / checkout.Invocations : 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, inFunction('checkout'), 'a setting of `checkout`'),
          finding(Math.abs(share - TARGET_SHARE) <= TOLERANCE, `version 2 ran ${count(canary)} of ${count(checkout.Invocations)} invocations (${percent(share)})`),
          finding(checkout.Invocations >= MIN_INVOCATIONS, `the alias served ${count(checkout.Invocations)} requests (the traffic sends about 121,500)`),
        ])
      },
    },
  ],
  quiz: [
    single('routing-limit',
      'How many versions can one alias route traffic to?',
      right('Two: its primary version and one additional version with a weight.', '`live` here routes to version 1 and, with weight 0.1, to version 2; a third would be refused.'),
      wrong('As many as you like, with weights adding up to 1.', '`AdditionalVersionWeights` accepts one additional version only.'),
      wrong('One: a canary needs two aliases.', 'One alias with a routing configuration is exactly how this canary works.'),
    ),
    multiple('pc-here',
      'Why is the provisioned concurrency of this scenario set on version 1 rather than on the alias `live`? (Choose all that apply.)',
      right('Lambda does not allow provisioned concurrency on an alias that has a routing configuration.', 'Move it to `live` and the validator refuses it (`provisioned-on-routed-alias`).'),
      right('On version 1 it serves the 90 % that version 1 receives through the alias.', 'The ProvisionedConcurrencyInvocations plus spillover invocations of this run add up to exactly version 1\'s invocations.'),
      wrong('Because version 2 has errors.', 'Errors have nothing to do with where provisioned concurrency can be configured.'),
      wrong('Because provisioned concurrency is only allowed on version 1.', 'Any published version can have it, one configuration each.'),
    ),
    single('which-version',
      'How can you tell which version served a request that was sent to `checkout:live`?',
      right('From the `ExecutedVersion` (the `X-Amz-Executed-Version` response header, the `Version:` on the START log line, the CloudWatch dimension).',
        'The Invocations by ExecutedVersion chart of this run is built from exactly that dimension.'),
      wrong('From the invoked ARN: it names the version.', 'The invoked ARN names the alias (`checkout:live`), not the version the alias chose.'),
      wrong('You cannot: aliases hide their versions.', 'Lambda reports the executed version with every invocation.'),
    ),
  ],
  presenter: [],
}
