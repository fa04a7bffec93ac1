/**
 * Metrics of streams and of their event source mappings, under CloudWatch's names: a stream's are
 * `AWS/Kinesis`'s (DynamoDB Streams publish no such metrics, so a table's stream shows the same
 * names); a mapping's are Lambda's event source mapping metrics plus `IteratorAge` [D-metrics] §10.
 */
import { fieldIndex, RolledSeries } from '../../metrics/rolledSeries.ts'
import type { FieldKind } from '../../metrics/series.ts'

const STREAM_LAYOUT = {
  IncomingRecords: 'sum', IncomingBytes: 'sum', 'GetRecords.Records': 'sum', 'GetRecords.IteratorAgeMilliseconds': 'max',
} as const satisfies Record<string, FieldKind>

const INCOMING_RECORDS = 0
const INCOMING_BYTES = 1
const READ_RECORDS = 2
const READ_ITERATOR_AGE = 3

export class StreamMetrics extends RolledSeries<keyof typeof STREAM_LAYOUT> {
  incomingRecords = 0
  incomingBytes = 0

  constructor() {
    super(STREAM_LAYOUT)
  }

  incoming(nowMs: number, bytes: number): void {
    this.incomingRecords++
    this.incomingBytes += bytes
    this.perSecond.add(nowMs, INCOMING_RECORDS, 1)
    this.perSecond.add(nowMs, INCOMING_BYTES, bytes)
  }

  /** A GetRecords call's records, and the age of the last of them (how far the reader lags). */
  read(nowMs: number, records: number, iteratorAgeMs: number): void {
    this.perSecond.add(nowMs, READ_RECORDS, records)
    this.perSecond.max(nowMs, READ_ITERATOR_AGE, iteratorAgeMs)
  }
}

const MAPPING_LAYOUT = {
  PolledEventCount: 'sum', FilteredOutEventCount: 'sum', InvokedEventCount: 'sum', FailedInvokeEventCount: 'sum',
  DroppedEventCount: 'sum', OnFailureDestinationDeliveredEventCount: 'sum', IteratorAge: 'max',
} as const satisfies Record<string, FieldKind>
type MappingField = keyof typeof MAPPING_LAYOUT
const MAPPING_FIELDS = Object.keys(MAPPING_LAYOUT) as MappingField[]
const M = fieldIndex(MAPPING_LAYOUT)

/** A count's field index, only from MAPPING_COUNT: IteratorAge, a maximum, is never added to. */
type MappingCount = number & { readonly mappingCount: true }
const countAt = (field: Exclude<MappingField, 'IteratorAge'>): MappingCount => M[field] as MappingCount

/** The counts a mapping keeps, by field index (a keyed lookup by name per batch would go megamorphic). */
export const MAPPING_COUNT = {
  polled: countAt('PolledEventCount'), filteredOut: countAt('FilteredOutEventCount'), invoked: countAt('InvokedEventCount'),
  failedInvoke: countAt('FailedInvokeEventCount'), dropped: countAt('DroppedEventCount'), deliveredOnFailure: countAt('OnFailureDestinationDeliveredEventCount'),
} as const

export class MappingMetrics extends RolledSeries<MappingField> {
  /** Whole-run sums (and the largest IteratorAge), indexed like the layout. */
  private readonly totals = new Float64Array(MAPPING_FIELDS.length)
  /** Batches the function was invoked with. */
  invocations = 0

  constructor() {
    super(MAPPING_LAYOUT)
  }

  total(field: MappingField): number {
    return this.totals[M[field]] as number
  }

  /** Adds to the count at `field`, one of MAPPING_COUNT. */
  count(nowMs: number, field: MappingCount, amount: number): void {
    if (amount === 0) return
    this.totals[field] = (this.totals[field] as number) + amount
    this.perSecond.add(nowMs, field, amount)
  }

  /** Age of the last record of a batch when its processing finished [D-metrics]. */
  iteratorAge(nowMs: number, ageMs: number): void {
    const index = M.IteratorAge
    if (ageMs > (this.totals[index] as number)) this.totals[index] = ageMs
    this.perSecond.max(nowMs, index, ageMs)
  }
}
