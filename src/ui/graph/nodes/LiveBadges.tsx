/** The live lines of a node: each reads only its own slice of the frame (../live/useLive.ts). */
import { formatNumber } from '../../../engine/scenario/describe.ts'
import { memo } from 'react'
import { useFunctionLive, useQualifierLive, useResourceLive } from '../live/useLive.ts'


/** Concurrency against the limit that applies (reserved, else the account's), with provisioned concurrency and a throttle flash. */
export const FunctionLiveBadge = memo(function FunctionLiveBadge({ functionName }: { functionName: string }) {
  const live = useFunctionLive(functionName)
  if (live === null) return null
  const share = live.limit > 0 ? Math.min(1, live.inFlight / live.limit) : 1
  const limitText = `${formatNumber(live.limit)} ${live.limitKind}`
  const provisioned = live.provisionedRequested > 0 ? ` · PC ${formatNumber(live.provisionedAllocated)}/${formatNumber(live.provisionedRequested)}` : ''
  return (
    <div className="graph-live">
      <div
        className="graph-meter"
        role="meter"
        aria-label={`Concurrency of ${functionName}`}
        aria-valuemin={0}
        aria-valuemax={live.limit}
        aria-valuenow={live.inFlight}
        aria-valuetext={`${formatNumber(live.inFlight)} of ${limitText}`}
      >
        <div className="graph-meter-fill" style={{ width: `${share * 100}%` }} />
        {live.provisionedRequested > 0 && live.limit > 0 && (
          <div className="graph-meter-provisioned" style={{ left: `${Math.min(1, live.provisionedAllocated / live.limit) * 100}%` }} />
        )}
      </div>
      <span className="graph-live-text">{`${formatNumber(live.inFlight)} / ${limitText}${provisioned}`}</span>
      {live.asyncQueued > 0 && <span className="graph-live-text">{`async queue ${formatNumber(live.asyncQueued)}`}</span>}
      {live.throttles > 0 && (
        // Keyed by the count, so each new throttle restarts the flash animation.
        <span key={live.throttles} className="graph-throttle">{`${formatNumber(live.throttles)} throttled`}</span>
      )}
    </div>
  )
})

export const QualifierLiveBadge = memo(function QualifierLiveBadge({ nodeId }: { nodeId: string }) {
  const live = useQualifierLive(nodeId)
  if (live.status === 'NONE') return null
  const text = live.status === 'READY' ? `PC ${formatNumber(live.allocated)} ready` : `PC ${formatNumber(live.allocated)}/${formatNumber(live.requested)} in progress`
  return <div className="graph-live"><span className="graph-live-text graph-provisioned">{text}</span></div>
})

export const ResourceLiveBadge = memo(function ResourceLiveBadge({ nodeId, queue }: { nodeId: string; queue: boolean }) {
  const live = useResourceLive(nodeId)
  const parts = [
    live.waiting === null ? null : queue ? `depth ${formatNumber(live.waiting)}` : `waiting ${formatNumber(live.waiting)}`,
    live.inFlight === null ? null : `in flight ${formatNumber(live.inFlight)}`,
    live.received === null ? null : `received ${formatNumber(live.received)}`,
  ].filter((p) => p !== null)
  if (parts.length === 0 && live.blocked === null) return null
  return (
    <div className="graph-live">
      {parts.length > 0 && <span className="graph-live-text">{parts.join(' · ')}</span>}
      {live.blocked !== null && live.blocked > 0 && <span className="graph-throttle">{`${formatNumber(live.blocked)} shard(s) blocked`}</span>}
    </div>
  )
})
