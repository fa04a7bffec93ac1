import { editTestForm } from '../store/edits.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState, useAppStore } from '../store/useAppState.ts'
import { TEST_EVENT_TEMPLATES, templateText } from './templates.ts'

const selectForm = (state: AppState) => state.ui.test
const TEMPLATE_PREFIX = 'template:'
const SAVED_PREFIX = 'saved:'

/** Whether the event is JSON, and if not, where it breaks. */
function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** The test event: start from a template or a saved event, edit the JSON, save it under a name. */
export function TestEventEditor() {
  const store = useAppStore()
  const form = useAppState(selectForm)
  const problem = jsonProblem(form.payloadText)
  const savedIndex = form.saved.findIndex((saved) => saved.name === form.eventName)

  const choose = (value: string) => {
    if (value.startsWith(TEMPLATE_PREFIX)) {
      const template = TEST_EVENT_TEMPLATES.find((t) => t.id === value.slice(TEMPLATE_PREFIX.length))
      if (template) editTestForm(store, { eventName: template.id, payloadText: templateText(template) })
    }
    if (value.startsWith(SAVED_PREFIX)) {
      const saved = form.saved.find((s) => s.name === value.slice(SAVED_PREFIX.length))
      if (saved) editTestForm(store, { eventName: saved.name, payloadText: saved.payloadText })
    }
  }
  const save = () => {
    const name = form.eventName.trim()
    if (!name || problem) return
    const event = { name, payloadText: form.payloadText }
    const saved = savedIndex >= 0 ? form.saved.map((s, i) => (i === savedIndex ? event : s)) : [...form.saved, event]
    editTestForm(store, { saved })
  }

  return (
    <div className="test-event">
      <div className="test-event-row">
        <label className="field">
          <span>Start from</span>
          <select data-testid="test-template" value="" onChange={(event) => choose(event.target.value)}>
            <option value="" disabled>Template or saved event…</option>
            {form.saved.length > 0 && (
              <optgroup label="Saved events">
                {form.saved.map((saved) => <option key={saved.name} value={SAVED_PREFIX + saved.name}>{saved.name}</option>)}
              </optgroup>
            )}
            <optgroup label="Templates">
              {TEST_EVENT_TEMPLATES.map((t) => <option key={t.id} value={TEMPLATE_PREFIX + t.id}>{t.label}</option>)}
            </optgroup>
          </select>
        </label>
        <label className="field">
          <span>Event name</span>
          <input data-testid="test-event-name" size={16} value={form.eventName} onChange={(event) => editTestForm(store, { eventName: event.target.value })} />
        </label>
        <button type="button" data-testid="test-save" disabled={!form.eventName.trim() || problem !== null} onClick={save}>
          {savedIndex >= 0 ? 'Save changes' : 'Save'}
        </button>
      </div>
      <label className="test-json">
        <span className="visually-hidden">Event JSON</span>
        <textarea
          data-testid="test-event-json" spellCheck={false} value={form.payloadText} aria-invalid={problem !== null}
          aria-describedby={problem ? 'test-json-problem' : undefined}
          onChange={(event) => editTestForm(store, { payloadText: event.target.value })}
        />
      </label>
      {problem && <p id="test-json-problem" className="field-error">Not valid JSON: {problem}</p>}
    </div>
  )
}
