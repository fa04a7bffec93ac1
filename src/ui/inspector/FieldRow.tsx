/**
 * One setting: its AWS name, control, range and default, a short explanation, the fact it comes
 * from, and the validator's messages. The typed text is the field's own state: an invalid value
 * stays in the box, with the reason, and never reaches the document (or the engine).
 */
import { memo, useId, useState } from 'react'
import type { Scenario } from '../../engine/scenario/types.ts'
import { editField, formatField, readField } from './fieldEditing.ts'
import type { FieldSpec } from './fields/fieldTypes.ts'
import { FieldInput } from './FieldInput.tsx'
import type { InspectorTarget } from './inspectorTarget.ts'

interface FieldRowProps {
  doc: Scenario
  target: InspectorTarget
  spec: FieldSpec
  onCommit: (doc: Scenario, spec: FieldSpec, text: string) => void
}

interface FieldState {
  text: string
  /** The document's value as text when the field last took it in: a different one means someone else changed it. */
  seen: string
  messages: readonly string[]
}

function FieldRowView({ doc, target, spec, onCommit }: FieldRowProps) {
  const id = useId()
  const current = formatField(spec, readField(doc, target, spec))
  const [state, setState] = useState<FieldState>({ text: current, seen: current, messages: [] })
  // The document changed under the field (the graph, a command, another field): show the new value.
  if (state.seen !== current && state.messages.length === 0) setState({ text: current, seen: current, messages: [] })

  const onText = (text: string) => {
    const outcome = editField(doc, target, spec, text)
    if (outcome.status === 'committed') {
      setState({ text, seen: formatField(spec, readField(outcome.doc, target, spec)), messages: [] })
      onCommit(outcome.doc, spec, text)
    } else {
      setState({ text, seen: state.seen, messages: outcome.messages })
    }
  }

  const invalid = state.messages.length > 0
  const about = `${id}-about`
  const errors = `${id}-errors`
  const facts = [spec.range === undefined ? null : `Range: ${spec.range}`, spec.defaultText === undefined ? null : `Default: ${spec.defaultText}`].filter((t) => t !== null)
  return (
    <div className={`inspector-field${invalid ? ' inspector-field-invalid' : ''}`}>
      {/* The label is exactly AWS's name (tests and screen readers find the field by it); `required` adds a mark in CSS. */}
      <label htmlFor={id} className={spec.required === true ? 'inspector-label inspector-label-required' : 'inspector-label'}>{spec.label}</label>
      <FieldInput id={id} spec={spec} text={state.text} invalid={invalid} describedBy={invalid ? `${errors} ${about}` : about} onText={onText} />
      {invalid && (
        <ul id={errors} className="inspector-errors">
          {state.messages.map((message) => <li key={message}>{message}</li>)}
        </ul>
      )}
      <p id={about} className="inspector-about">
        {spec.help}
        {facts.length > 0 && <span className="inspector-range">{` ${facts.join(' · ')}.`}</span>}
        {' '}
        {spec.fact.url === undefined
          ? <span className="inspector-fact">({spec.fact.tag})</span>
          : <a className="inspector-fact" href={spec.fact.url} target="_blank" rel="noreferrer">[{spec.fact.tag}]</a>}
      </p>
    </div>
  )
}

export const FieldRow = memo(FieldRowView)
