/** The control for one kind of field: a text box, a select for enums and booleans, a text area for JSON. */
import type { FieldSpec } from './fields/fieldTypes.ts'

interface FieldInputProps {
  id: string
  spec: FieldSpec
  text: string
  invalid: boolean
  describedBy: string
  onText: (text: string) => void
}

export function FieldInput({ id, spec, text, invalid, describedBy, onText }: FieldInputProps) {
  const common = {
    id,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
    'aria-required': spec.required === true,
  }
  if (spec.readOnly === true) return <input {...common} type="text" value={text} readOnly />
  if (spec.kind === 'boolean' || spec.kind === 'enum') {
    const options = spec.kind === 'boolean' ? ['true', 'false'] : (spec.options ?? [])
    // A value outside the list (from a hand-edited document) stays visible, so the validator's message makes sense.
    const shown = text === '' || options.includes(text) ? options : [text, ...options]
    return (
      <select {...common} value={text} onChange={(e) => onText(e.target.value)}>
        {spec.required !== true && <option value="">{spec.defaultText === undefined ? '(not set)' : `(default: ${spec.defaultText})`}</option>}
        {shown.map((option) => <option key={option} value={option}>{option}</option>)}
      </select>
    )
  }
  if (spec.kind === 'json') {
    const rows = Math.min(10, Math.max(2, text.split('\n').length))
    return <textarea {...common} rows={rows} spellCheck={false} value={text} placeholder={spec.defaultText} onChange={(e) => onText(e.target.value)} />
  }
  const numeric = spec.kind === 'integer' || spec.kind === 'number' || spec.kind === 'nullableNumber'
  return (
    <input
      {...common}
      type="text"
      inputMode={numeric ? (spec.kind === 'integer' ? 'numeric' : 'decimal') : undefined}
      spellCheck={false}
      value={text}
      placeholder={spec.defaultText}
      onChange={(e) => onText(e.target.value)}
    />
  )
}
