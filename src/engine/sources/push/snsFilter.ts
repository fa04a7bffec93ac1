/**
 * What an SNS filter policy is matched against: the message's attributes (the default scope) or its
 * body as JSON (`FilterPolicyScope: MessageBody`). Each view is built once per message, and only if
 * some subscription's policy needs it.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html
 */
import { JsonNumber, parseEventJson, type EventValue } from '../patterns.ts'
import type { SnsMessage } from './snsShapes.ts'

export interface FilterInput {
  readonly message: SnsMessage
  /** Undefined until built. */
  attributes: Record<string, EventValue> | undefined
  /** Undefined until built; null when the body is not a JSON object, which no body policy matches. */
  body: EventValue | null | undefined
}

/**
 * Attributes as values: `String` as text, `Number` as a number (by its text for exact matches),
 * `String.Array` as its list; `Binary` attributes are never matched. No attributes is an empty
 * object, which only policies of `exists: false` match.
 */
export function attributesView(input: FilterInput): Record<string, EventValue> {
  if (input.attributes === undefined) {
    const view: Record<string, EventValue> = {}
    for (const [name, { Type, Value }] of Object.entries(input.message.attributes ?? {})) {
      const value = attributeValue(Type, Value)
      if (value !== undefined) view[name] = value
    }
    input.attributes = view
  }
  return input.attributes
}

function attributeValue(type: string, value: string): EventValue | undefined {
  if (type.startsWith('Number')) return new JsonNumber(value, Number(value))
  if (type.startsWith('String.Array')) {
    const list = parseEventJson(value)
    return Array.isArray(list) ? list : undefined
  }
  return type.startsWith('String') ? value : undefined
}

export function bodyView(input: FilterInput): EventValue | undefined {
  if (input.body === undefined) {
    const parsed = parseEventJson(input.message.text)
    input.body = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && !(parsed instanceof JsonNumber) ? parsed : null
  }
  return input.body ?? undefined
}
