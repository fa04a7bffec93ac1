// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import type { Scenario } from '../../engine/scenario/types.ts'
import { mappingUuidOf } from '../../engine/sources/mappingIds.ts'
import { selectNode } from '../store/edits.ts'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices, type TestServices } from '../testing/testServices.ts'
import InspectorPanel from './InspectorPanel.tsx'

afterEach(cleanup)

function document(extra: Partial<Scenario> = {}): Scenario {
  return {
    Format: 'lambda-playground/scenario@1',
    Name: 'inspector',
    Functions: [{ FunctionName: 'orders', Timeout: 10 }],
    Queues: [{ QueueName: 'jobs', VisibilityTimeout: 60 }],
    Traffic: [{ Target: 'orders', Arrivals: { Process: 'constant', RatePerSecond: 1 } }],
    ...extra,
  }
}

function open(selected: string | null, doc = document()): TestServices {
  const services = createTestServices(doc)
  selectNode(services.store, selected)
  renderWithServices(<InspectorPanel />, services)
  return services
}

const type = (label: string, text: string) => act(() => fireEvent.change(screen.getByLabelText(label), { target: { value: text } }))
const stored = (services: TestServices) => services.store.getState().scenario.document

describe('inspector: every setting, validated as you type by the engine', () => {
  test("a field shows AWS's name, range, default, an explanation and the fact's source", () => {
    open('function:orders')
    const memory = screen.getByLabelText('MemorySize')
    expect(memory.getAttribute('placeholder')).toBe('128')
    const about = window.document.getElementById(memory.getAttribute('aria-describedby') ?? '')!
    expect(about.textContent).toContain('Range: 128–10,240 MB · Default: 128.')
    expect(within(about).getByRole('link', { name: '[D-memory]' }).getAttribute('href')).toBe('https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html')
  })

  test('an invalid value keeps the typed text, shows the validator message, and never reaches the document [D-memory]', () => {
    const services = open('function:orders')
    type('MemorySize', '64')
    const field = screen.getByLabelText('MemorySize') as HTMLInputElement
    expect(field.value).toBe('64')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('MemorySize must be an integer from 128 to 10,240 MB (got 64)')).toBeTruthy()
    expect(stored(services).Functions[0]?.MemorySize).toBeUndefined()
  })

  test('a valid value is committed at once; clearing the field returns to the default', () => {
    const services = open('function:orders')
    type('MemorySize', '1024')
    expect(stored(services).Functions[0]?.MemorySize).toBe(1024)
    expect(screen.getByLabelText('MemorySize').getAttribute('aria-invalid')).toBe('false')
    type('MemorySize', '')
    expect(stored(services).Functions[0]).toEqual({ FunctionName: 'orders', Timeout: 10 })
  })

  test('text that is not a number is judged by the validator too, with its own words', () => {
    const services = open('function:orders')
    type('Timeout', '12s')
    expect(screen.getByText('Timeout must be an integer from 1 to 900 seconds (got "12s")')).toBeTruthy()
    expect(stored(services).Functions[0]?.Timeout).toBe(10)
  })

  test('a problem the edit causes elsewhere is shown with its path, and the edit waits [D-sqs-cfg]', () => {
    const doc = document({ EventSourceMappings: [{ EventSourceArn: 'jobs', FunctionName: 'orders' }] })
    const services = open('function:orders', doc)
    type('Timeout', '90')
    expect(screen.getByText(/^EventSourceMappings\[0\]/).textContent).toContain('VisibilityTimeout')
    expect(stored(services).Functions[0]?.Timeout).toBe(10)
    type('Timeout', '60')
    expect(stored(services).Functions[0]?.Timeout).toBe(60)
  })

  test('invalid JSON keeps the text and says why', () => {
    const services = open('function:orders')
    type('Environment.Variables', '{"STAGE": ')
    expect((screen.getByLabelText('Environment.Variables') as HTMLTextAreaElement).value).toBe('{"STAGE": ')
    expect(screen.getByText(/^Not valid JSON/)).toBeTruthy()
    type('Environment.Variables', '{"STAGE": "prod"}')
    expect(stored(services).Functions[0]?.Environment).toEqual({ Variables: { STAGE: 'prod' } })
  })

  test('a reserved environment variable is refused with Lambda\'s rule [D-envvars]', () => {
    open('function:orders')
    type('Environment.Variables', '{"AWS_REGION": "eu-west-1"}')
    expect(screen.getByText(/AWS_REGION is reserved/)).toBeTruthy()
  })

  test('renaming a function renames what refers to it, and keeps it selected', () => {
    const services = open('function:orders')
    type('FunctionName', 'checkout')
    expect(stored(services).Traffic?.[0]?.Target).toBe('checkout')
    expect(services.store.getState().ui.selectedNodeId).toBe('function:checkout')
    expect((screen.getByLabelText('FunctionName') as HTMLInputElement).value).toBe('checkout')
  })

  test('a required field cannot be emptied', () => {
    const services = open('queue:jobs')
    type('QueueName', '')
    expect(screen.getByText('QueueName is required')).toBeTruthy()
    expect(stored(services).Queues?.[0]?.QueueName).toBe('jobs')
  })

  test('provisioned concurrency on an alias is kept with its function, and never on $LATEST [D-pc]', () => {
    const doc = document({ Functions: [{ FunctionName: 'orders', Versions: [{ Version: '1' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }] }] })
    const services = open('alias:orders:live', doc)
    type('ProvisionedConcurrentExecutions', '5')
    expect(stored(services).Functions[0]?.ProvisionedConcurrencyConfigs).toEqual([{ Qualifier: 'live', ProvisionedConcurrentExecutions: 5 }])
    type('FunctionVersion', '$LATEST')
    expect(screen.getByText(/never \$LATEST|on \$LATEST/)).toBeTruthy()
    expect(stored(services).Functions[0]?.Aliases?.[0]?.FunctionVersion).toBe('1')
  })

  test('an enum is a list of AWS values with the default first', () => {
    const services = open('function:orders')
    const select = screen.getByLabelText('Architectures') as HTMLSelectElement
    expect([...select.options].map((o) => o.textContent)).toEqual(['(default: x86_64)', 'x86_64', 'arm64'])
    act(() => fireEvent.change(select, { target: { value: 'arm64' } }))
    expect(stored(services).Functions[0]?.Architectures).toEqual(['arm64'])
  })

  test('with nothing selected it shows the scenario and the account', () => {
    const services = open(null)
    expect(screen.getByRole('heading', { name: 'Scenario' })).toBeTruthy()
    type('ConcurrentExecutions', '50')
    expect(screen.getByText(/ConcurrentExecutions must be an integer from 100/)).toBeTruthy()
    expect(stored(services).Account).toBeUndefined()
  })

  test('an edge shows the settings of what it stands for: an event source mapping', () => {
    const doc = document({ EventSourceMappings: [{ EventSourceArn: 'jobs', FunctionName: 'orders' }] })
    const services = open('edge:EventSourceMappings[0]', doc)
    type('BatchSize', '5')
    expect(stored(services).EventSourceMappings?.[0]?.BatchSize).toBe(5)
  })

  test("a mapping's function edited here is still that mapping: the Timeline's updates follow it to its new UUID", () => {
    const uuid = mappingUuidOf('jobs', 'orders')
    const doc = document({
      Functions: [{ FunctionName: 'orders', Timeout: 10 }, { FunctionName: 'audit' }],
      EventSourceMappings: [{ EventSourceArn: 'jobs', FunctionName: 'orders' }],
      Timeline: [{ AtSecond: 10, Do: { Action: 'UpdateEventSourceMapping', UUID: uuid, Enabled: false } }],
    })
    const services = open('edge:EventSourceMappings[0]', doc)
    type('FunctionName', 'audit')
    expect(stored(services).EventSourceMappings?.[0]?.FunctionName).toBe('audit')
    expect(stored(services).Timeline?.[0]?.Do).toEqual({ Action: 'UpdateEventSourceMapping', UUID: mappingUuidOf('jobs', 'audit'), Enabled: false })
  })

  test('the document changing elsewhere updates an untouched field', () => {
    const services = open('function:orders')
    act(() => services.store.setState((s) => ({ scenario: { ...s.scenario, document: { ...s.scenario.document, Functions: [{ FunctionName: 'orders', Timeout: 30 }] } } })))
    expect((screen.getByLabelText('Timeout') as HTMLInputElement).value).toBe('30')
  })
})
