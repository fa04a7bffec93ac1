/** The step, sine and replay arrival processes as the validator reads them: every mistake named by field and rule. */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario } from './scenarioFixtures.ts'

const withArrivals = (Arrivals: unknown) => scenario({
  DurationSeconds: 600,
  Traffic: [{ Target: 'api', Arrivals }],
})

describe('step', () => {
  test('accepts steps within the run, in any order', () => {
    expect(problems(withArrivals({ Process: 'step', Steps: [{ AtSecond: 300, RatePerSecond: 5 }, { AtSecond: 0, RatePerSecond: 1 }] }))).toEqual([])
  })

  test('required: Steps', () => {
    expect(problems(withArrivals({ Process: 'step' }))).toEqual(['Traffic[0].Arrivals.Steps required'])
  })

  test('range: Steps needs at least one step', () => {
    expect(problems(withArrivals({ Process: 'step', Steps: [] }))).toEqual(['Traffic[0].Arrivals.Steps range'])
  })

  test('range: a negative rate, a step after the run ends', () => {
    expect(problems(withArrivals({ Process: 'step', Steps: [{ AtSecond: 0, RatePerSecond: -1 }, { AtSecond: 601, RatePerSecond: 1 }] }))).toEqual([
      'Traffic[0].Arrivals.Steps[0].RatePerSecond range',
      'Traffic[0].Arrivals.Steps[1].AtSecond range',
    ])
  })

  test('required and unknown fields of a step', () => {
    expect(problems(withArrivals({ Process: 'step', Steps: [{ AtSecond: 0, Rate: 1 }] }))).toEqual([
      'Traffic[0].Arrivals.Steps[0].Rate unknown-field',
      'Traffic[0].Arrivals.Steps[0].RatePerSecond required',
    ])
  })

  test('type: Steps must be an array', () => {
    expect(problems(withArrivals({ Process: 'step', Steps: { AtSecond: 0, RatePerSecond: 1 } }))).toEqual(['Traffic[0].Arrivals.Steps type'])
  })
})

describe('sine', () => {
  test('accepts a daily cycle (PeriodSeconds defaults to 86,400) and any phase', () => {
    expect(problems(withArrivals({ Process: 'sine', MeanRatePerSecond: 10, AmplitudePerSecond: 15 }))).toEqual([])
    expect(problems(withArrivals({ Process: 'sine', MeanRatePerSecond: 10, AmplitudePerSecond: 5, PeriodSeconds: 60, PhaseSeconds: -15 }))).toEqual([])
  })

  test('required: MeanRatePerSecond and AmplitudePerSecond', () => {
    expect(problems(withArrivals({ Process: 'sine' }))).toEqual([
      'Traffic[0].Arrivals.MeanRatePerSecond required',
      'Traffic[0].Arrivals.AmplitudePerSecond required',
    ])
  })

  test('range: negative mean or amplitude, a period of 0', () => {
    expect(problems(withArrivals({ Process: 'sine', MeanRatePerSecond: -1, AmplitudePerSecond: -2, PeriodSeconds: 0 }))).toEqual([
      'Traffic[0].Arrivals.MeanRatePerSecond range',
      'Traffic[0].Arrivals.AmplitudePerSecond range',
      'Traffic[0].Arrivals.PeriodSeconds range',
    ])
  })

  test('the period message says what it is', () => {
    expect(onlyMessage(withArrivals({ Process: 'sine', MeanRatePerSecond: 1, AmplitudePerSecond: 1, PeriodSeconds: 0 })))
      .toBe('PeriodSeconds must be a number greater than 0 seconds; one full cycle; 86,400 is a day (got 0)')
  })

  test('unknown-field: a misspelt field, with a suggestion', () => {
    expect(problems(withArrivals({ Process: 'sine', MeanRatePerSecond: 1, AmplitudePerSecond: 1, Period: 60 }))).toEqual(['Traffic[0].Arrivals.Period unknown-field'])
  })
})

describe('replay', () => {
  test('accepts a trace with a header line, payload columns and blank lines', () => {
    expect(problems(withArrivals({ Process: 'replay', Csv: 'seconds,payload\n0\n1.5,{"id":1}\n\n2,plain text\n' }))).toEqual([])
  })

  test('replay-trace: a time that is not a number, naming the line', () => {
    expect(onlyMessage(withArrivals({ Process: 'replay', Csv: '0\nsoon\n2' }))).toBe('Line 2 of the trace: "soon" is not a number of seconds; each line is seconds[,payload]')
  })

  test('replay-trace: times out of order, naming the line and both times', () => {
    expect(onlyMessage(withArrivals({ Process: 'replay', Csv: '1\n3\n2' }))).toBe("Line 3 of the trace: 2 comes before the previous line's 3; a trace is in time order; each line is seconds[,payload]")
  })

  test('replay-trace: a negative time', () => {
    expect(problems(withArrivals({ Process: 'replay', Csv: '-1' }))).toEqual(['Traffic[0].Arrivals.Csv replay-trace'])
  })

  test('replay-trace: a trace with no arrivals (only a header)', () => {
    expect(problems(withArrivals({ Process: 'replay', Csv: 'seconds,payload\n' }))).toEqual(['Traffic[0].Arrivals.Csv replay-trace'])
  })

  test('required and type: Csv', () => {
    expect(problems(withArrivals({ Process: 'replay' }))).toEqual(['Traffic[0].Arrivals.Csv required'])
    expect(problems(withArrivals({ Process: 'replay', Csv: [0, 1] }))).toEqual(['Traffic[0].Arrivals.Csv type'])
  })
})

test('enum: an unknown process lists the seven', () => {
  expect(onlyMessage(withArrivals({ Process: 'daily' }))).toMatch(/constant.*poisson.*ramp.*burst.*step.*sine.*replay/)
})
