import markdown from '../../../scenarios/alb-multi-value-headers.md?raw'
import { multiple, right, single, wrong } from './build.ts'
import type { Lesson } from './lesson.ts'

export const albMultiValueHeaders: Lesson = {
  markdown,
  challenges: [],
  quiz: [
    single('last-wins',
      'Multi-value headers are off for `classic`. The request has `?myKey=val1&myKey=val2`. What does the function see?',
      right('`queryStringParameters.myKey` is `"val2"`: only the last value.', 'The log lines through `/v1` show `"myKey":"val2"`.'),
      wrong('`"val1,val2"`, joined with a comma.', 'The load balancer does not join values; it keeps the last one.'),
      wrong('`["val1", "val2"]` in `queryStringParameters`.', 'Arrays appear only in `multiValueQueryStringParameters`, when the target group has multi-value headers on.'),
    ),
    multiple('multi-on',
      'With multi-value headers on (target group `multi`), which are true? (Choose all that apply.)',
      right('The event has `multiValueHeaders` and `multiValueQueryStringParameters` with arrays.', 'The `/v2` log lines show both cookies and `["val1","val2"]`.'),
      right('The response must use `multiValueHeaders`; its `headers` are ignored.', 'That is how the handler sets two `Set-Cookie` values.'),
      wrong('Query values are URL-decoded for you.', 'They arrive as sent, not decoded.'),
      wrong('It is switched on in the function\'s configuration.', 'It is a target group attribute, `lambda.multi_value_headers.enabled`; the function only sees its effect.'),
    ),
  ],
  presenter: [],
}
