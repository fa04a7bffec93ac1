import { useEffect, useId, useState } from 'react'
import type { EmbedAddress } from '../../embed/embedParams.ts'
import { SHARE_LINK_COMFORTABLE_LENGTH } from '../../interop/share/shareLink.ts'
import type { AppState } from '../store/appStore.ts'
import { selectDocument } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'
import { Modal } from '../workspace/Modal.tsx'
import { embeddedScenario } from './embeddedScenario.ts'
import { DEFAULT_SNIPPET_OPTIONS, MAX_HEIGHT_PX, MIN_HEIGHT_PX, clampHeight, embedSnippet, type SnippetOptions } from './embedSnippet.ts'
import './embedCode.css'

const selectBundledId = (state: AppState) => state.scenario.bundledId

type Copy = 'idle' | 'copied' | 'not-copied'

/**
 * "Copy embed code": the `<iframe>` that plays the open scenario in another page, with its options,
 * shown before it is copied. The scenario travels in the iframe's address, never to a server.
 */
export default function EmbedCodeDialog({ onClose }: { onClose: () => void }) {
  const document = useAppState(selectDocument)
  const bundledId = useAppState(selectBundledId)
  const [scenario, setScenario] = useState<EmbedAddress['scenario'] | null>(null)
  const [options, setOptions] = useState<SnippetOptions>(DEFAULT_SNIPPET_OPTIONS)
  const [heightText, setHeightText] = useState(String(DEFAULT_SNIPPET_OPTIONS.heightPx))
  const [copy, setCopy] = useState<Copy>('idle')
  const ids = { height: useId(), code: useId() }

  useEffect(() => {
    let current = true
    void embeddedScenario(document, bundledId).then((address) => {
      if (current) setScenario(address)
    })
    return () => {
      current = false
    }
  }, [document, bundledId])

  const snippet = scenario === null ? '' : embedSnippet(location.href, scenario, document.Name, options)
  const change = (next: Partial<SnippetOptions>) => {
    setOptions((before) => ({ ...before, ...next }))
    setCopy('idle')
  }
  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet)
      setCopy('copied')
    } catch {
      setCopy('not-copied')
    }
  }

  return (
    <Modal title={`Embed "${document.Name}"`} testId="embed-code-dialog" onClose={onClose}>
      <div className="embed-code">
        <p className="muted">
          Paste this into a page to play the scenario there: its graph, charts and controls, run in the reader's browser.
          {scenario !== null && ('bundledId' in scenario
            ? ` It names the bundled scenario "${scenario.bundledId}".`
            : ' The scenario, as edited, is inside the address (after the #).')}
        </p>
        <div className="embed-code-options">
          <label htmlFor={ids.height}>Height (px)</label>
          <input
            id={ids.height} type="number" inputMode="numeric" min={MIN_HEIGHT_PX} max={MAX_HEIGHT_PX} step={20} value={heightText}
            data-testid="embed-code-height"
            onChange={(event) => {
              setHeightText(event.target.value)
              if (event.target.value !== '') change({ heightPx: clampHeight(Number(event.target.value)) })
            }}
          />
          <label>
            <input type="checkbox" checked={options.editor} data-testid="embed-code-editor" onChange={(event) => change({ editor: event.target.checked })} />
            Show the code editor
          </label>
          <label>
            <input type="checkbox" checked={options.autoplay} data-testid="embed-code-autoplay" onChange={(event) => change({ autoplay: event.target.checked })} />
            Play when the page opens
          </label>
        </div>
        <label className="embed-code-label" htmlFor={ids.code}>Embed code</label>
        <textarea
          id={ids.code} className="embed-code-snippet" readOnly rows={5} value={snippet} data-testid="embed-code-snippet"
          placeholder="Making the embed code…" onFocus={(event) => event.target.select()}
        />
        {snippet.length > SHARE_LINK_COMFORTABLE_LENGTH && (
          <p className="notice error">
            This code is {snippet.length.toLocaleString('en-US')} characters long, because the edited scenario travels inside it: some editors cut lines that long.
          </p>
        )}
        <div className="dialog-actions start">
          <button type="button" className="primary" disabled={snippet === ''} data-testid="embed-code-copy" onClick={() => void copySnippet()}>
            Copy embed code
          </button>
          <p role="status" className={copy === 'copied' ? 'embed-code-status success' : 'embed-code-status'} data-testid="embed-code-status">
            {copy === 'copied' ? 'Copied to the clipboard.' : copy === 'not-copied' ? 'The browser did not allow copying: select the code above and copy it.' : ''}
          </p>
        </div>
      </div>
    </Modal>
  )
}
