/**
 * Every scenario of the library, and a scenario using every shape the export writes, exported as a
 * SAM template and checked: by AWS's own SAM translator and cfn-lint where they are installed
 * (`sam validate` and `sam validate --lint` run exactly these), and everywhere by the checks that
 * need no AWS tool (logical IDs, references) and by importing the template back.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Scenario } from '../../engine/scenario/types.ts'
import { validateScenario } from '../../engine/scenario/validate.ts'
import { exportTemplate, SIMULATION_ONLY } from './exportTemplate.ts'
import { wideScenario } from './fixtures/wideScenario.ts'
import { importTemplate } from './importTemplate.ts'
import { readTemplate } from './template.ts'
import { CALENDAR_RULES, checkTemplates, samToolsMissing, type TemplateVerdict } from './validity/samTools.ts'
import { templateReferenceProblems } from './validity/templateReferences.ts'

/** The library's scenarios: every document in scenarios/. */
function libraryScenarios(): [string, Scenario][] {
  const folder = new URL('../../../scenarios/', import.meta.url)
  return readdirSync(folder).filter((name) => name.endsWith('.json')).sort()
    .map((file) => [file, JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Scenario])
}

function imported(text: string): Scenario {
  const result = importTemplate(text)
  if (!result.ok) throw new Error(result.message)
  return result.scenario
}

const library = libraryScenarios()
const cases: [string, Scenario][] = [
  ...library,
  ['wideScenario (every exported shape)', wideScenario],
  ['fixtures/orders.yaml, imported', imported(readFileSync(new URL('./fixtures/orders.yaml', import.meta.url), 'utf8'))],
]

describe('the templates the export writes', () => {
  it('cover the whole library', () => {
    expect(library.length).toBeGreaterThanOrEqual(27)
  })

  it.each(cases)('%s: alphanumeric logical IDs, and every Ref and GetAtt resolves', (_, scenario) => {
    const read = readTemplate(exportTemplate(scenario).text)
    if (!read.ok) throw new Error(read.message)
    expect(templateReferenceProblems(read.template)).toEqual([])
  })

  it.each(cases)('%s: imports back as a valid scenario with nothing left out', (_, scenario) => {
    const back = importTemplate(exportTemplate(scenario).text)
    if (!back.ok) throw new Error(back.message)
    // What an import always says (a template has no traffic), code kept outside the template (the export said so),
    // and properties that only a real deployment needs: anything else would be a part of the template not imported.
    const unexpected = back.findings.filter((f) => f.path !== '(scenario).Traffic'
      && !f.path.endsWith('.Properties.CodeUri') && !f.message.includes('no effect in the simulation'))
    expect(unexpected).toEqual([])
    // What exists only in the simulation (Traffic, Timeline, DurationSeconds...) was listed as left out; with it put back
    // the document is whole again (an alias the Timeline creates is referred to before it exists, as in eventbridge-dead-letter).
    const whole = { ...back.scenario, ...Object.fromEntries(SIMULATION_ONLY.map((key) => [key, scenario[key]])) }
    const verdict = validateScenario(whole)
    expect(verdict.ok ? [] : verdict.errors).toEqual([])
  })
})

/** Templates `sam validate` must refuse, to show the checkers are really consulted. */
const refused = {
  'api-event-without-path': `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, Handler: index.handler, InlineCode: "exports.handler = async () => 1", Events: { Get: { Type: Api, Properties: { Method: get } } } }
`,
  'mapping-destination-by-name': `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn: { Type: AWS::Serverless::Function, Properties: { Runtime: nodejs22.x, Handler: index.handler, InlineCode: "exports.handler = async () => 1" } }
  Clicks: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 1 } }
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { EventSourceArn: !GetAtt Clicks.Arn, FunctionName: !Ref Fn, StartingPosition: LATEST, DestinationConfig: { OnFailure: { Destination: failed } } }
`,
}

const missing = samToolsMissing()

describe.skipIf(missing !== undefined)(`AWS's own checkers${missing === undefined ? '' : ` (skipped: ${missing})`}`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'sam-export-'))
  const pathOf = (name: string) => join(folder, `${name.replace(/[^A-Za-z0-9.-]+/g, '_')}.yaml`)
  let verdicts: Record<string, TemplateVerdict> = {}

  beforeAll(() => {
    const texts = [...cases.map(([name, scenario]) => [name, exportTemplate(scenario).text]), ...Object.entries(refused)]
    for (const [name, text] of texts) writeFileSync(pathOf(name ?? ''), text ?? '')
    verdicts = checkTemplates(texts.map(([name]) => pathOf(name ?? '')), CALENDAR_RULES)
  }, 120_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it.each(cases)('%s: the SAM translator (sam validate) accepts it', (name) => {
    expect(verdicts[pathOf(name)]?.translator).toEqual([])
  })

  it.each(cases)('%s: cfn-lint (sam validate --lint) finds nothing', (name) => {
    expect(verdicts[pathOf(name)]?.lint).toEqual([])
  })

  it('refuses an Api event without a path, and an on-failure destination that is not an ARN', () => {
    expect(verdicts[pathOf('api-event-without-path')]?.translator.join(' ')).toMatch(/Path/)
    expect(verdicts[pathOf('mapping-destination-by-name')]?.lint.map((f) => f.rule)).toContain('E3031')
  })
})
