// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { useFileDrop } from './useFileDrop.ts'

function Target({ onFiles }: { onFiles: (files: File[]) => void }) {
  return <p>{useFileDrop(onFiles) ? 'dragging' : 'idle'}</p>
}

/** jsdom has no DragEvent: an event carrying a `dataTransfer` stands in for one. */
function drag(type: string, files: File[], types = ['Files']) {
  const event = new Event(type, { bubbles: true, cancelable: true })
  Object.assign(event, { dataTransfer: { types, files }, relatedTarget: null })
  act(() => {
    window.dispatchEvent(event)
  })
  return event
}

afterEach(cleanup)

describe('dropping files on the page', () => {
  test('files dragged over the page are shown a target, and dropped ones go to the import instead of the browser', () => {
    const onFiles = vi.fn()
    render(<Target onFiles={onFiles} />)
    const file = new File(['{}'], 'scenario.json')
    expect(drag('dragover', []).defaultPrevented).toBe(true)
    expect(screen.getByText('dragging')).toBeTruthy()
    const drop = drag('drop', [file])
    expect(drop.defaultPrevented).toBe(true)
    expect(onFiles).toHaveBeenCalledWith([file])
    expect(screen.getByText('idle')).toBeTruthy()
  })

  test('a drag that leaves the window hides the target; dragged text is left to the page', () => {
    const onFiles = vi.fn()
    render(<Target onFiles={onFiles} />)
    drag('dragover', [])
    drag('dragleave', [])
    expect(screen.getByText('idle')).toBeTruthy()
    expect(drag('dragover', [], ['text/plain']).defaultPrevented).toBe(false)
    expect(drag('drop', [], ['text/plain']).defaultPrevented).toBe(false)
    expect(onFiles).not.toHaveBeenCalled()
  })
})
