/** The scenario and the account, shown when nothing is selected. */
import { formatNumber } from '../../../engine/scenario/describe.ts'
import {
  ACCOUNT_CONCURRENCY_MAX, ACCOUNT_CONCURRENCY_MIN, DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_DURATION_SECONDS, DEFAULT_REGION, DURATION_MAX_SECONDS, SEED_MAX,
} from '../../../engine/facts.ts'
import { SIMULATION, fact } from './facts.ts'
import { rangeText, type FieldSpec } from './fieldTypes.ts'

const ACCOUNT = 'Account'

export const SCENARIO_FIELDS: readonly FieldSpec[] = [
  { path: 'Name', label: 'Name', kind: 'text', required: true, fact: SIMULATION, help: 'The scenario\'s title.' },
  { path: 'Description', label: 'Description', kind: 'text', fact: SIMULATION, help: 'Markdown shown beside the run.' },
  { path: 'Seed', label: 'Seed', kind: 'integer', fact: SIMULATION, range: rangeText(0, SEED_MAX), defaultText: '1', help: 'The same document and seed always give the same run.' },
  { path: 'DurationSeconds', label: 'DurationSeconds', kind: 'number', fact: SIMULATION, range: `up to ${formatNumber(DURATION_MAX_SECONDS)} (30 days)`,
    defaultText: formatNumber(DEFAULT_DURATION_SECONDS), help: 'How long the run lasts, in simulated seconds.' },
  { path: 'Account.Region', label: 'Region', kind: 'text', group: ACCOUNT, fact: fact('D-scaling'), defaultText: DEFAULT_REGION,
    help: 'Names ARNs, and (legacy scaling) sets the initial burst: 3,000, 1,000 or 500 by Region.' },
  { path: 'Account.ConcurrentExecutions', label: 'ConcurrentExecutions', kind: 'integer', group: ACCOUNT, fact: fact('D-concurrency'),
    range: rangeText(ACCOUNT_CONCURRENCY_MIN, ACCOUNT_CONCURRENCY_MAX), defaultText: formatNumber(DEFAULT_ACCOUNT_CONCURRENCY),
    help: 'The account\'s concurrency quota in the Region; 100 always stays unreserved.' },
  { path: 'Account.ScalingModel', label: 'ScalingModel', kind: 'enum', group: ACCOUNT, options: ['per-function', 'legacy-burst'], fact: fact('D-scaling'), defaultText: 'per-function',
    help: 'Since Nov 2023 each function adds 1,000 environments per 10 s; before, an account-wide burst then +500 per minute.' },
  { path: 'Account.EnvironmentSelection', label: 'EnvironmentSelection', kind: 'enum', group: ACCOUNT, options: ['most-recently-used', 'newest', 'oldest', 'random'],
    fact: SIMULATION, defaultText: 'most-recently-used', help: 'Which idle environment a request reuses; AWS does not document it.' },
  { path: 'Account.ApplyFreeTier', label: 'ApplyFreeTier', kind: 'boolean', group: ACCOUNT, fact: fact('D-quotas'), defaultText: 'false',
    help: 'Subtract the monthly free tier (1 M requests, 400,000 GB-seconds) from the cost.' },
  { path: 'Account.ProvisionedConcurrencyPreparationSeconds', label: 'ProvisionedConcurrencyPreparationSeconds', kind: 'number', group: ACCOUNT, fact: fact('D-pc'),
    defaultText: '60', help: 'The "minute or two of preparation" before provisioned concurrency set during a run starts allocating.' },
  { path: 'Layers', label: 'Layers', kind: 'json', group: 'Document', fact: fact('D-layers'), defaultText: 'none',
    help: 'Layer versions functions may list: [{"LayerName": "utils", "Version": 1, "Content": {"nodejs/node_modules/utils/index.js": "..."}}].' },
  { path: 'Timeline', label: 'Timeline', kind: 'json', group: 'Document', fact: SIMULATION, defaultText: 'none',
    help: 'Changes during the run: [{"AtSecond": 300, "Do": {"Action": "UpdateAlias", ...}}].' },
]
