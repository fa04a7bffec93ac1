/** The palette: one button per kind of node; versions, aliases and traffic attach to the focused function. */
import type { NodeKind } from './model/kinds.ts'
import { PALETTE } from './model/palette.ts'

interface PaletteProps {
  /** The function versions, aliases and traffic are added to; null when the document has none. */
  functionName: string | null
  onAdd: (kind: NodeKind) => void
}

export function Palette({ functionName, onAdd }: PaletteProps) {
  return (
    <div className="graph-palette" role="toolbar" aria-label="Add to the scenario">
      {PALETTE.map((item) => {
        const disabled = item.needsFunction && functionName === null
        const title = item.needsFunction && functionName !== null ? `${item.label} to ${functionName}` : item.label
        return (
          <button key={item.kind} type="button" aria-label={item.label} title={disabled ? 'Add a function first' : title} disabled={disabled} onClick={() => onAdd(item.kind)}>
            {item.short}
          </button>
        )
      })}
    </div>
  )
}
