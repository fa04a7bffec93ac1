import markdown from '../../../scenarios/api-gateway-timeout.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, inFunction, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('api-gateway-timeout')
const INTEGRATION_TIMEOUT_MS = 29_000
/** 7 requests a second for 600 s. */
const MIN_REQUESTS = 4000

export const apiGatewayTimeout: Lesson = {
  markdown,
  challenges: [
    {
      id: 'stop-paying-for-nobody',
      title: 'Stop paying for work nobody receives',
      statement: 'API Gateway gives up on `report` after 29 s, but the function runs on. Change **one setting** of `report` so that no invocation runs past the moment its client is answered 504.',
      hints: [
        'The function has no idea API Gateway has given up: only its own limit stops it.',
        'Set `report`\'s `Timeout` to 29 seconds or less.',
      ],
      check: ({ document, summary }) => {
        const report = functionOf(summary, 'report')
        const requests = summary.Apis?.reports?.Count ?? 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, inFunction('report'), 'a setting of `report`'),
          finding(requests >= MIN_REQUESTS, `the API received ${count(requests)} requests`),
          finding(report.Invocations > 1000, `report ran ${count(report.Invocations)} times`),
          finding(report.Invocations > 0 && report.Duration.p99 <= INTEGRATION_TIMEOUT_MS, `its p99 Duration was ${count(report.Duration.p99)} ms`),
        ])
      },
    },
  ],
  quiz: [
    single('what-client-sees',
      'A `GET /report` takes 40 s. What does the client get, and what does Lambda record?',
      right('The client gets 504 after 29 s; Lambda runs the invocation to its end and records a success.',
        'This run had about 140 504s while `report` had 0 errors and a p99 Duration around 44 s.'),
      wrong('The client waits 40 s and gets 200.', 'API Gateway\'s Latency p99 never went past 29,000 ms.'),
      wrong('Lambda stops the function at 29 s and records a timeout.', 'Lambda knows only the function\'s own `Timeout` (60 s here); API Gateway\'s limit does not reach it.'),
    ),
    multiple('fixes',
      'Which would stop paying for work no client receives? (Choose all that apply.)',
      right('Set the function\'s `Timeout` to 29 s or less.', 'The function then stops when the client is answered 504.'),
      right('Answer at once with 202 and do the work asynchronously, the client fetching the result later.', 'Nobody waits on an open connection for minutes of work.'),
      wrong('Raise the function\'s `Timeout` to 900 s.', 'The function already outlives the client; more time means more waste.'),
      wrong('Give the route a `TimeoutInMillis` of 60,000.', 'REST integrations are capped at 29 s unless AWS raises the quota for a Regional or private API.'),
    ),
  ],
  presenter: [],
}
