/**
 * Documents into and out of the workspace: import a file (a scenario of this or an earlier format, or
 * a SAM / CloudFormation template), export the open scenario as JSON or as a SAM template. An import
 * is parsed, migrated and validated before anything changes: a refused one leaves the work as it was.
 * The importer and exporter (and the YAML library) load on first use, not with the page.
 */
import type { Scenario } from '../../engine/api.ts'
import type { AppServices } from '../commands/command.ts'
import type { AppStore } from '../store/appStore.ts'
import { addNotice } from '../store/edits.ts'
import { openScenario } from './openScenario.ts'
import type { TransferReport } from './transferReport.ts'

export function showTransferReport(store: AppStore, transferReport: TransferReport | null): void {
  store.setState((state) => ({ ui: { ...state.ui, transferReport } }))
}

/** Adds the document in `text` (from the file `fileName`) to the workspace and opens it, or says why not. */
export async function importText(app: AppServices, text: string, fileName: string): Promise<boolean> {
  const { loadDocument } = await import('../../interop/loadDocument.ts')
  const loaded = loadDocument(text, fileName)
  if (!loaded.ok) {
    showTransferReport(app.store, { kind: 'refused', source: fileName, problems: loaded.errors })
    return false
  }
  openScenario.run(app, { document: loaded.scenario, bundledId: null, asNew: true })
  if (loaded.findings.length > 0) {
    showTransferReport(app.store, { kind: 'imported', source: fileName, name: loaded.scenario.Name, notImported: loaded.findings })
  } else {
    addNotice(app.store, 'info', `Imported "${loaded.scenario.Name}" from ${fileName}`)
  }
  return true
}

export async function importFile(app: AppServices, file: Pick<File, 'name' | 'text'>): Promise<boolean> {
  return importText(app, await file.text(), file.name)
}

/** The scenario as a `.json` file's text: two-space indents, as the repository's scenarios are written. */
export function scenarioFileText(document: Scenario): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/** A file name from a scenario's name: "Canary release (copy)" → "canary-release-copy". */
export function fileStem(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'scenario'
}

/** Saves `text` as a download named `fileName`. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // The download has its own copy once it started; the next task is late enough.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function exportJson(app: AppServices): void {
  const { document: scenario } = app.store.getState().scenario
  downloadText(scenarioFileText(scenario), `${fileStem(scenario.Name)}.json`, 'application/json')
}

/** Exports the open scenario as a SAM template; what a template cannot carry is listed for the user. */
export async function exportSam(app: AppServices): Promise<void> {
  const { exportTemplate } = await import('../../interop/sam/exportTemplate.ts')
  const { document: scenario } = app.store.getState().scenario
  const { text, omitted } = exportTemplate(scenario)
  const fileName = `${fileStem(scenario.Name)}.yaml`
  downloadText(text, fileName, 'application/yaml')
  if (omitted.length > 0) showTransferReport(app.store, { kind: 'exported', fileName, notExported: omitted })
  else addNotice(app.store, 'info', `Exported ${fileName}`)
}
