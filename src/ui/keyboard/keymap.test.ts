import { describe, expect, test } from 'vitest'
import { deploy } from '../commands/deploy.ts'
import { invoke } from '../commands/invoke.ts'
import { showShortcuts } from '../commands/showShortcuts.ts'
import { togglePlay } from '../commands/togglePlay.ts'
import { commandForKey, type FocusContext } from './keymap.ts'

const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) =>
  ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods })

describe('the keyboard map', () => {
  test.each<[string, ReturnType<typeof press>, FocusContext, unknown]>([
    ['Space plays or pauses', press(' '), 'other', togglePlay],
    ['Ctrl+S deploys', press('s', { ctrlKey: true }), 'other', deploy],
    ['Cmd+S deploys on macOS', press('s', { metaKey: true }), 'other', deploy],
    ['Ctrl+S deploys while typing in the editor', press('s', { ctrlKey: true }), 'text', deploy],
    ['Ctrl+Enter invokes, also from a text field', press('Enter', { ctrlKey: true }), 'text', invoke],
    ['? opens the shortcuts', press('?'), 'other', showShortcuts],
  ])('%s', (_, key, focus, command) => {
    expect(commandForKey(key, focus)).toBe(command)
  })

  test.each<[string, ReturnType<typeof press>, FocusContext]>([
    ['Space in a text field is a space', press(' '), 'text'],
    ['Space on a button presses the button', press(' '), 'control'],
    ['? in a text field is typed', press('?'), 'text'],
    ['S without Ctrl is a letter', press('s'), 'other'],
    ['Alt combinations are left to the browser', press('s', { ctrlKey: true, altKey: true }), 'other'],
  ])('%s', (_, key, focus) => {
    expect(commandForKey(key, focus)).toBeNull()
  })
})
