/**
 * A fake EnvironmentHost for the sandbox's tests: a tiny virtual clock with its timers, the log
 * lines received, and scripted answers to SDK calls. `drive` helpers run a phase until its `done`.
 */
import type { AwsCallOutcome, CodeOutcome, EnvironmentHost, EnvironmentSpec, InvocationContext, RuntimeEnvironment } from '../../engine/runtime/types.ts'

export interface LogLine {
  level: Parameters<EnvironmentHost['log']>[0]
  message: string
  atMs: number
}

export interface AwsCallRecord {
  service: string
  operation: string
  input: unknown
  atMs: number
}

/** How the fake answers an SDK call: after `delayMs` of virtual time. */
export type AwsResponder = (service: string, operation: string, input: unknown) => { delayMs: number; outcome: AwsCallOutcome }

interface Timer {
  id: number
  atMs: number
  fire: () => void
}

export class FakeHost implements EnvironmentHost {
  readonly logs: LogLine[] = []
  readonly awsCalls: AwsCallRecord[] = []
  private clock: number
  private nextId = 1
  private timers: Timer[] = []

  constructor(startMs = 1_767_225_600_000, private readonly responder: AwsResponder = () => ({ delayMs: 10, outcome: { ok: true, output: {} } })) {
    this.clock = startMs
  }

  nowMs(): number {
    return this.clock
  }

  setTimer(delayMs: number, fire: () => void): number {
    const id = this.nextId++
    this.timers.push({ id, atMs: this.clock + delayMs, fire })
    return id
  }

  clearTimer(id: number): void {
    this.timers = this.timers.filter((timer) => timer.id !== id)
  }

  log(level: LogLine['level'], message: string): void {
    this.logs.push({ level, message, atMs: this.clock })
  }

  awsCall(service: string, operation: string, input: unknown, respond: (outcome: AwsCallOutcome) => void): void {
    this.awsCalls.push({ service, operation, input, atMs: this.clock })
    const answer = this.responder(service, operation, input)
    this.setTimer(answer.delayMs, () => respond(answer.outcome))
  }

  get pendingTimers(): number {
    return this.timers.length
  }

  /** Fires the earliest timer (ties in the order they were set); false when there is none. */
  step(): boolean {
    let next: Timer | undefined
    for (const timer of this.timers) if (next === undefined || timer.atMs < next.atMs) next = timer
    if (next === undefined) return false
    const due = next
    this.timers = this.timers.filter((timer) => timer !== due)
    this.clock = Math.max(this.clock, due.atMs)
    due.fire()
    return true
  }

  advance(ms: number): void {
    const until = this.clock + ms
    while (this.timers.some((timer) => timer.atMs <= until)) this.step()
    this.clock = until
  }
}

export interface PhaseResult {
  outcome: CodeOutcome
  memoryUsedMb: number
  /** Virtual time the phase took. */
  elapsedMs: number
}

/** Runs timers until `done` was called (at most `maxSteps` timers); undefined if it never was. */
function settle(host: FakeHost, start: (done: (outcome: CodeOutcome, memoryUsedMb: number) => void) => void, maxSteps = 10_000): PhaseResult | undefined {
  const startedAt = host.nowMs()
  let result: PhaseResult | undefined
  start((outcome, memoryUsedMb) => {
    if (result !== undefined) throw new Error('done called twice')
    result = { outcome, memoryUsedMb, elapsedMs: host.nowMs() - startedAt }
  })
  for (let steps = 0; result === undefined && steps < maxSteps && host.step(); steps++);
  return result
}

export function runInit(env: RuntimeEnvironment, host: FakeHost): PhaseResult | undefined {
  return settle(host, (done) => env.init(done))
}

export function contextFor(host: FakeHost, overrides: Partial<InvocationContext> = {}): InvocationContext {
  return {
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:demo',
    traceHeader: 'Root=1-6955b900-5c1b7a9e3d4f2a8b6c0e1f23;Parent=7a1c3e5b9d2f4a6c;Sampled=0;Lineage=1:2ab6c5d1:0',
    deadlineMs: host.nowMs() + 3000,
    ...overrides,
  }
}

export function runInvoke(env: RuntimeEnvironment, host: FakeHost, event: unknown = {}, context: Partial<InvocationContext> = {}): PhaseResult | undefined {
  return settle(host, (done) => env.invoke(JSON.stringify(event), contextFor(host, context), done))
}

export function specFor(code: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec {
  return {
    functionName: 'demo',
    version: '$LATEST',
    code,
    handler: 'index.handler',
    runtime: 'nodejs20.x',
    layers: [],
    environmentVariables: { AWS_REGION: 'us-east-1', AWS_LAMBDA_FUNCTION_NAME: 'demo' },
    memoryMb: 128,
    timeoutMs: 3000,
    logGroupName: '/aws/lambda/demo',
    logStreamName: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
    ...overrides,
  }
}

export interface Booted {
  host: FakeHost
  env: RuntimeEnvironment
  init: PhaseResult | undefined
}

/** A new environment of `code` on its own fake host, initialised. */
export function boot(runtime: { createEnvironment(spec: EnvironmentSpec, host: EnvironmentHost): RuntimeEnvironment }, code: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}, host = new FakeHost()): Booted {
  const env = runtime.createEnvironment(specFor(code, overrides), host)
  return { host, env, init: runInit(env, host) }
}

/** The payload of a successful phase, parsed; throws with the outcome otherwise. */
export function payloadOf(result: PhaseResult | undefined): unknown {
  if (result?.outcome.type !== 'success') throw new Error(`expected success, got ${JSON.stringify(result?.outcome)}`)
  return JSON.parse(result.outcome.payload)
}
