/**
 * The catalog is the one list of the bundled scenarios, light enough for the page's first load:
 * what it says of each scenario (its `name`, shown before the document loads) must match the
 * scenario's file, and every entry must have one.
 */
import { expect, test } from 'vitest'
import { CATALOG, findCatalogEntry, scenarioFile } from './catalog.ts'
import { catalogDocument } from './catalogDocuments.ts'

test.each(CATALOG.map((entry) => [entry.id, entry] as const))('%s: its name is its document\'s Name', (id, entry) => {
  expect(catalogDocument(id).Name).toBe(entry.name)
})

test('ids are unique, and each is a file of scenarios/', () => {
  const ids = CATALOG.map((entry) => entry.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(scenarioFile('canary-alias')).toBe('/scenarios/canary-alias.json')
  expect(findCatalogEntry('canary-alias')).toMatchObject({ id: 'canary-alias', name: 'Canary release through a weighted alias' })
})

test('a scenario the catalog does not list has no document, even when its file exists', () => {
  expect(() => catalogDocument('no-such-scenario')).toThrow('No scenario no-such-scenario in the library\'s catalog')
  expect(findCatalogEntry('no-such-scenario')).toBeUndefined()
})
