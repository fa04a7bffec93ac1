/** The page's Ctrl/Cmd shortcuts as Monaco actions: the keymap's keys, the registry's commands. */
import { describe, expect, test } from 'vitest'
import { deploy } from '../commands/deploy.ts'
import { invoke } from '../commands/invoke.ts'
import { runShortcut } from '../keyboard/runShortcut.ts'
import { createTestServices } from '../testing/testServices.ts'
import { documentWith, showFrame } from '../views/testFrames.ts'
import { editorShortcuts, type EditorKeys } from './editorShortcuts.ts'

// Monaco 0.57's numbers: KeyMod.CtrlCmd, KeyMod.Shift, KeyCode.Enter, KeyCode.KeyS, KeyCode.KeyF.
const CTRL_CMD = 2048
const SHIFT = 1024
const CODES: Readonly<Record<string, number>> = { Enter: 3, KeyS: 49, KeyF: 36 }
const keys: EditorKeys = { ctrlCmd: CTRL_CMD, shift: SHIFT, keyCode: (name) => CODES[name] }

describe('shortcuts inside the code editor', () => {
  const shortcuts = editorShortcuts(keys)
  const commandOf = (keybinding: number) => shortcuts.find((s) => s.keybinding === keybinding)?.command

  test('Ctrl/Cmd+S is Deploy and Ctrl/Cmd+Enter is Test, the registry’s own commands', () => {
    expect(commandOf(CTRL_CMD | CODES.KeyS!)).toBe(deploy)
    expect(commandOf(CTRL_CMD | CODES.Enter!)).toBe(invoke)
    expect(shortcuts.find((s) => s.command === deploy)).toMatchObject({ id: 'lambda-playground.function.deploy', label: 'Deploy' })
  })

  test('keys typed as text (Space, ?) stay the editor’s', () => {
    expect(shortcuts.every((s) => (s.keybinding & CTRL_CMD) !== 0)).toBe(true)
  })

  test('the editor’s Ctrl/Cmd+Enter invokes the focused function with the Test tab’s event, as the window’s does', () => {
    const services = createTestServices(documentWith([{ FunctionName: 'orders' }]))
    runShortcut(services, commandOf(CTRL_CMD | CODES.Enter!)!)
    expect(services.sent).toEqual([])
    showFrame(services.store, {})
    runShortcut(services, commandOf(CTRL_CMD | CODES.Enter!)!)
    expect(services.sent).toContainEqual(expect.objectContaining({ type: 'invoke', request: { Target: 'orders', InvocationType: 'RequestResponse', Payload: { key1: 'value1' } } }))
    expect(services.store.getState().ui.activeTab).toBe('test')
  })
})
