import { useRef, type KeyboardEvent } from 'react'
import type { EditorFile } from './codeFiles.ts'

interface Props {
  files: readonly EditorFile[]
  selected: EditorFile
  onSelect(file: EditorFile): void
}

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1 }

/** One tab per file; a dot marks a file whose text the run has not taken (not deployed). */
export function FileTabs({ files, selected, onSelect }: Props) {
  const tabs = useRef(new Map<string, HTMLButtonElement | null>())
  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEPS[event.key]
    if (step === undefined) return
    event.preventDefault()
    const next = files[(files.indexOf(selected) + step + files.length) % files.length]
    if (!next) return
    onSelect(next)
    tabs.current.get(next.id)?.focus()
  }
  return (
    <div className="file-tabs" role="tablist" aria-label="Files" onKeyDown={onKeyDown}>
      {files.map((file) => {
        const changed = file.value !== file.deployedValue
        return (
          <button
            key={file.id}
            ref={(element) => { tabs.current.set(file.id, element) }}
            type="button"
            role="tab"
            id={`code-tab-${file.id}`}
            aria-label={changed ? `${file.label} (not deployed)` : undefined}
            aria-selected={file === selected}
            aria-controls="code-tabpanel"
            tabIndex={file === selected ? 0 : -1}
            onClick={() => onSelect(file)}
          >
            {file.label}
            {changed && <span className="unsaved-mark" aria-hidden="true"> ●</span>}
          </button>
        )
      })}
    </div>
  )
}
