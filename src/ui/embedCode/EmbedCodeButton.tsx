import { lazy, Suspense, useState } from 'react'

// Loaded when first opened, with the share-link encoder it may need.
const EmbedCodeDialog = lazy(() => import('./EmbedCodeDialog.tsx'))

/** The toolbar's "Embed" button: opens the dialog that writes the `<iframe>` for the open scenario. */
export function EmbedCodeButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button" data-testid="embed-code-button" aria-haspopup="dialog"
        title="Copy embed code: an <iframe> that plays this scenario in another page" onClick={() => setOpen(true)}
      >
        Embed
      </button>
      <Suspense fallback={null}>{open && <EmbedCodeDialog onClose={() => setOpen(false)} />}</Suspense>
    </>
  )
}
