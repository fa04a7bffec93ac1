import { useEffect, useState } from 'react'
import { SHARE_LINK_COMFORTABLE_LENGTH } from '../../interop/share/shareLink.ts'
import { selectDocument } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'
import { Modal } from './Modal.tsx'
import { shareLinkFor } from './shareScenario.ts'
import { describeError } from './describeError.ts'

type Copy = 'working' | 'copied' | 'not-copied' | { failed: string }

function describeCopy(copy: Copy): string {
  if (copy === 'working') return 'Making the link…'
  if (copy === 'copied') return 'Link copied to the clipboard.'
  if (copy === 'not-copied') return 'Copy the link below (the browser did not allow copying it).'
  return `The link could not be made: ${copy.failed}`
}

/**
 * The open scenario as a link, copied to the clipboard; the link is also shown, selected, for when
 * the browser does not allow the copy. Nothing is sent anywhere: the scenario is in the link.
 */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const document = useAppState(selectDocument)
  const [link, setLink] = useState('')
  const [copy, setCopy] = useState<Copy>('working')
  useEffect(() => {
    let current = true
    shareLinkFor(document, location.href).then(async (built) => {
      if (!current) return
      setLink(built)
      try {
        await navigator.clipboard.writeText(built)
        if (current) setCopy('copied')
      } catch {
        if (current) setCopy('not-copied')
      }
    }, (error: unknown) => {
      if (current) setCopy({ failed: describeError(error) })
    })
    return () => {
      current = false
    }
  }, [document])
  return (
    <Modal title={`Share "${document.Name}"`} testId="share-dialog" onClose={onClose}>
      <p role="status" data-testid="share-status" className={copy === 'copied' ? 'success' : undefined}>{describeCopy(copy)}</p>
      <label className="share-link">
        <span>Link</span>
        <input readOnly value={link} data-testid="share-link" onFocus={(event) => event.target.select()} />
      </label>
      <p className="muted">
        The whole scenario, code included, is inside the link (after the #), so it is never sent to a server. Whoever opens it gets a copy
        next to their own work; its code runs only in their browser's sandbox.
      </p>
      {link.length > SHARE_LINK_COMFORTABLE_LENGTH && (
        <p className="notice error" data-testid="share-long">
          This link is {link.length.toLocaleString('en-US')} characters long: some chat apps and browsers cut links that long. Export the scenario as JSON to share it as a file.
        </p>
      )}
    </Modal>
  )
}
