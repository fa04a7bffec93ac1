import type { DeliveryTarget, FunctionState } from '../model/state.ts'
import type { World } from '../world.ts'

/** How many delivered messages a queue or topic keeps for the UI to show. */
const RECENT_MESSAGES = 20

/** Keeps `message` among a queue's, topic's or event bus's latest, dropping the oldest beyond the bound. */
export function remember(list: unknown[], message: unknown): void {
  list.push(message)
  if (list.length > RECENT_MESSAGES) list.shift()
}

/** Sends an async event on to another function, as a Lambda destination does (an asynchronous invoke). */
export type InvokeAsync = (world: World, functionName: string, payload: unknown) => void

/**
 * Delivers a record or an event to a queue, topic or function (dead-letter targets are only ever
 * queues or topics, which the validator enforces). FIFO queues and topics are refused
 * as destinations and DLQs [D-async-rec]; the validator stops them earlier, but a refused
 * delivery still counts as the documented failure metric rather than vanishing.
 */
export function deliver(world: World, target: DeliveryTarget, message: unknown, invokeAsync: InvokeAsync): boolean {
  switch (target.type) {
    case 'queue': {
      const queue = world.queues.get(target.name)
      if (!queue || queue.fifo) return false
      queue.messagesReceived++
      remember(queue.recent, message)
      return true
    }
    case 'topic': {
      const topic = world.topics.get(target.name)
      if (!topic || topic.fifo) return false
      topic.messagesPublished++
      remember(topic.recent, message)
      return true
    }
    case 'function': {
      if (!world.functions.has(target.name)) return false
      invokeAsync(world, target.name, message)
      return true
    }
    default: {
      const unknown: never = target.type
      throw new Error(`Unknown delivery target ${String(unknown)}`)
    }
  }
}

/** Sends a failed event to the function's dead-letter queue: the event as-is with its error attributes [D-async-rec]. */
export function deliverDeadLetter(world: World, fn: FunctionState, message: unknown, invokeAsync: InvokeAsync): void {
  if (!fn.deadLetter) return
  if (!deliver(world, fn.deadLetter, message, invokeAsync)) fn.metrics.deadLetterError(world.nowMs)
}
