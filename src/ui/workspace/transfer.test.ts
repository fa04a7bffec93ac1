// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { Scenario } from '../../engine/api.ts'
import ordersTemplate from '../../interop/sam/fixtures/orders.yaml?raw'
import canaryText from '../../../scenarios/canary-alias.json?raw'
import { workspaceEntries } from '../store/workspaceEntries.ts'
import { createTestServices } from '../testing/testServices.ts'
import { exportJson, exportSam, fileStem, importText } from './transfer.ts'
import { scenarioNamed } from './workspaceFixtures.ts'

const canary = JSON.parse(canaryText) as Scenario

function setUp() {
  const app = createTestServices(scenarioNamed('Mine', { Seed: 1 }))
  return { app, names: () => workspaceEntries(app.store.getState().scenario).map((e) => e.document.Name) }
}

/** What `downloadText` hands the browser, as the user's file. */
function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = []
  let blob: Blob | undefined
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob
    return 'blob:download'
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) files.push({ name: this.download, text: blob.text() })
  })
  return files
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('importing a file', () => {
  test('a valid scenario is added next to the others and opened', async () => {
    const { app, names } = setUp()
    expect(await importText(app, JSON.stringify(canary), 'canary.json')).toBe(true)
    expect(names()).toEqual(['Mine', canary.Name])
    expect(app.store.getState().scenario).toMatchObject({ document: canary, bundledId: null })
    expect(app.store.getState().live.notices.at(-1)?.message).toBe(`Imported "${canary.Name}" from canary.json`)
  })

  test.each([
    ['a JSON syntax error, with its line and column', '{\n  "Format": "lambda-playground/scenario@1",\n  "Name": \n}', [{ path: '(document)', rule: 'json', message: expect.stringMatching(/line 4, column 1/) }]],
    ['an invalid document, each problem with its field and rule', JSON.stringify(scenarioNamed('Broken', { Functions: [{ FunctionName: 'f', MemorySize: 64, Timeout: 0 }] })), [
      expect.objectContaining({ path: 'Functions[0].MemorySize', rule: 'range' }), expect.objectContaining({ path: 'Functions[0].Timeout', rule: 'range' }),
    ]],
    ['a document from a newer build, naming Format', JSON.stringify({ ...canary, Format: 'lambda-playground/scenario@2' }), [expect.objectContaining({ path: 'Format', rule: 'format' })]],
  ])('%s is refused and the current work is untouched', async (_, text, problems) => {
    const { app } = setUp()
    const before = app.store.getState().scenario
    const sentBefore = app.sent.length
    expect(await importText(app, text, 'broken.json')).toBe(false)
    expect(app.store.getState().scenario).toBe(before)
    expect(app.sent).toHaveLength(sentBefore)
    expect(app.store.getState().ui.transferReport).toEqual({ kind: 'refused', source: 'broken.json', problems })
  })

  test('a SAM template is imported and what it could not carry is listed', async () => {
    const { app, names } = setUp()
    expect(await importText(app, ordersTemplate, 'orders.yaml')).toBe(true)
    expect(names()).toEqual(['Mine', 'orders'])
    const report = app.store.getState().ui.transferReport
    expect(report).toMatchObject({ kind: 'imported', source: 'orders.yaml', name: 'orders' })
    expect(report?.kind === 'imported' && report.notImported.length).toBeGreaterThan(0)
    expect(report?.kind === 'imported' && report.notImported).toContainEqual({ path: expect.stringMatching(/^Resources\./), message: expect.any(String) })
  })
})

describe('exporting the open scenario', () => {
  test('as JSON, named after the scenario; importing the file gives the same document', async () => {
    const files = captureDownloads()
    const { app } = setUp()
    await importText(app, JSON.stringify(canary), 'canary.json')
    exportJson(app)
    expect(files.map((f) => f.name)).toEqual([`${fileStem(canary.Name)}.json`])
    const text = await files[0]?.text ?? ''
    const again = setUp()
    await importText(again.app, text, files[0]?.name ?? '')
    expect(again.app.store.getState().scenario.document).toEqual(canary)
  })

  test('as a SAM template: importing it back keeps the functions; what it cannot carry is listed', async () => {
    const files = captureDownloads()
    const { app } = setUp()
    await importText(app, JSON.stringify(canary), 'canary.json')
    await exportSam(app)
    expect(files.map((f) => f.name)).toEqual([`${fileStem(canary.Name)}.yaml`])
    expect(app.store.getState().ui.transferReport).toMatchObject({ kind: 'exported', notExported: expect.arrayContaining([expect.objectContaining({ path: 'Traffic' })]) })
    const again = setUp()
    expect(await importText(again.app, await files[0]?.text ?? '', files[0]?.name ?? '')).toBe(true)
    const back = again.app.store.getState().scenario.document
    expect(back.Functions.map((f) => [f.FunctionName, f.MemorySize, f.Timeout, f.Versions?.length, f.Aliases?.map((a) => a.Name)]))
      .toEqual(canary.Functions.map((f) => [f.FunctionName, f.MemorySize ?? 128, f.Timeout ?? 3, f.Versions?.length, f.Aliases?.map((a) => a.Name)]))
  })

  test('file names come from the scenario name', () => {
    expect(fileStem('Canary release: 10 % (copy)')).toBe('canary-release-10-copy')
    expect(fileStem('✓')).toBe('scenario')
  })
})
