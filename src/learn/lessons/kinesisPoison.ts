import markdown from '../../../scenarios/kinesis-poison-record.md?raw'
import type { StreamMappingSummary } from '../../engine/api.ts'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('kinesis-poison-record')
/** 20 records a second for 300 s. */
const MIN_RECORDS = 5000
/** About the last second's records per mapping: anything more is a shard that stopped moving. */
const MAX_PENDING = 100

const naiveOf = (mappings: Record<string, StreamMappingSummary>): StreamMappingSummary | undefined =>
  Object.values(mappings).find((mapping) => mapping.FunctionName === 'naive')

export const kinesisPoison: Lesson = {
  markdown,
  challenges: [
    {
      id: 'unblock-the-shard',
      title: 'Unblock the shard',
      statement: 'Stop the poison record from blocking the shard that `naive` reads: change **one setting** of `naive`\'s event source mapping (or of `naive` itself) so that its records keep flowing to the end of the run.',
      hints: [
        'With Lambda\'s defaults a failing batch is retried until its records expire from the stream: here, for the rest of the run.',
        'Bisecting alone is not enough: the poison record ends up alone, and is still retried forever.',
        'Limit the retries (`MaximumRetryAttempts`) or the age of the records (`MaximumRecordAgeInSeconds`); or make the handler skip what it cannot process.',
      ],
      check: ({ document, summary }) => {
        const naive = naiveOf(summary.Streams?.['Stream:orders']?.EventSourceMappings ?? {})
        const received = naive?.Received ?? 0
        const pending = naive?.Pending ?? 0
        const skipped = Object.values(naive?.Dropped ?? {}).reduce((sum, n) => sum + n, 0)
        return verdict([
          oneSettingChanged(ORIGINAL, document,
            (path) => path.startsWith('EventSourceMappings[naive]') || path.startsWith('Functions[naive]'),
            '`naive`\'s mapping or function'),
          finding(received >= MIN_RECORDS, `naive's mapping read ${count(received)} records`),
          finding(naive?.State === 'Enabled', `the mapping is ${naive?.State ?? 'gone'}`),
          finding(received > 0 && pending <= MAX_PENDING,
            `${count(pending)} were still waiting at the end (IteratorAge peaked at ${count((naive?.IteratorAgeMaximumMs ?? 0) / 1000)} s); ${count(skipped)} were given up`),
        ])
      },
    },
  ],
  quiz: [
    single('why-block',
      'Why does one poison record stop every later record of its shard for `naive`?',
      right('Lambda reads a shard in order and retries a failed batch as a whole; skipping ahead would break the order, so it waits, by default until the record expires.',
        'The stream node showed one shard blocked from 60 s to the end, and `naive`\'s IteratorAge climbed a second per second.'),
      wrong('Kinesis locks the shard while a function fails.', 'The stream keeps accepting records: they pile up behind the poison.'),
      wrong('The function is throttled after an error.', 'There were no throttles in this run; the same batch simply failed once a second.'),
    ),
    multiple('resilient',
      'Which settings let `resilient` get past the poison record? (Choose all that apply.)',
      right('`MaximumRetryAttempts` 2: after 3 failed attempts Lambda gives up on the batch.', 'That is what ended the retries of the one-record batch.'),
      right('`BisectBatchOnFunctionError`: the failing batch is split until the poison record is alone, so its batch-mates succeed.', 'Splits consume no retries; the Logs tab shows the batch halving.'),
      right('An on-failure destination keeps a failure record of what was given up.', '`poison-records` received one record: shard, sequence numbers and batch size, but not the data itself.'),
      wrong('`ParallelizationFactor` 1.', 'That is the default, one batch per shard at a time; it changes nothing about retries.'),
    ),
    single('iterator-age',
      'What does the IteratorAge metric measure?',
      right('How old the last record of a batch was when the function finished processing it.', '`naive`\'s reached about 4 minutes: the age of records stuck behind the poison since 60 s.'),
      wrong('How long the function took per batch.', 'That is Duration: about 25 ms per batch here, even while IteratorAge was minutes.'),
      wrong('How long the stream keeps records.', 'That is the stream\'s retention period (24 hours by default).'),
    ),
  ],
  presenter: [
    { text: 'Kinesis stream `orders`, 4 shards; two mappings read it: `naive` (defaults) and `resilient`.', focus: { nodeId: 'stream:orders' } },
    { text: 'Play. At 60 s a poison record arrives: the handler throws on it.', action: { command: 'play' }, focus: { tab: 'monitor' } },
    { text: 'For `naive`, its shard is **blocked**: the same batch retried every second, nothing after it read. IteratorAge climbs.', focus: { tab: 'monitor' } },
    { text: '`resilient` **bisects** the batch until the poison is alone, gives up after 2 retries, and moves on.', focus: { tab: 'logs' } },
    { text: 'The failure record lands in `poison-records`: metadata only, the record stays in the stream.', action: { command: 'pause' }, focus: { nodeId: 'queue:poison-records' } },
  ],
}
