import { describe, expect, test } from 'vitest'
import { BINDINGS } from '../keyboard/keymap.ts'
import { COMMANDS } from './registry.ts'

describe('the command registry', () => {
  test('every command has its own id', () => {
    const ids = COMMANDS.map((command) => command.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('the keyboard binds exactly the registered commands that name a shortcut, so the ? dialog lists them all', () => {
    const withShortcut = COMMANDS.filter((command) => command.shortcut !== undefined).map((command) => command.id).sort()
    expect(BINDINGS.map((binding) => binding.command.id).sort()).toEqual(withShortcut)
  })
})
