/** The inspector for one target: its fields, grouped as AWS groups them, each from the field table. */
import type { Scenario } from '../../engine/scenario/types.ts'
import { FieldRow } from './FieldRow.tsx'
import type { FieldSpec } from './fields/fieldTypes.ts'
import type { InspectorTarget } from './inspectorTarget.ts'

interface InspectorProps {
  doc: Scenario
  target: InspectorTarget
  onCommit: (doc: Scenario, spec: FieldSpec, text: string) => void
}

function groupsOf(fields: readonly FieldSpec[]): [string | undefined, FieldSpec[]][] {
  const groups = new Map<string | undefined, FieldSpec[]>()
  for (const spec of fields) groups.set(spec.group, [...(groups.get(spec.group) ?? []), spec])
  return [...groups]
}

export function Inspector({ doc, target, onCommit }: InspectorProps) {
  const rows = (fields: FieldSpec[]) => fields.map((spec) => (
    // Keyed by the entry too, so selecting another node starts every field afresh.
    <FieldRow key={`${target.entryPath}|${spec.path}|${spec.label}`} doc={doc} target={target} spec={spec} onCommit={onCommit} />
  ))
  return (
    <section className="inspector" aria-label={`Inspector: ${target.title}`}>
      <h2 className="inspector-title">{target.title}</h2>
      {target.note !== undefined && <p className="inspector-note">{target.note}</p>}
      {groupsOf(target.fields).map(([group, fields]) => group === undefined
        ? <div key="main" className="inspector-group">{rows(fields)}</div>
        : (
          <details key={group} className="inspector-group" open={group !== 'Simulation'}>
            <summary>{group}</summary>
            {rows(fields)}
          </details>
        ))}
    </section>
  )
}
