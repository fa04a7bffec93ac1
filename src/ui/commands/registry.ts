/**
 * Every command, for the `?` dialog, the keyboard map and tests. Controls import the command they
 * offer directly; this list is for what needs them all.
 */
import type { Command } from './command.ts'
import { deploy } from './deploy.ts'
import { invoke } from './invoke.ts'
import { togglePresenter } from '../learn/presenter/togglePresenter.ts'
import { loadScenario } from './loadScenario.ts'
import { pause } from './pause.ts'
import { play } from './play.ts'
import { publish } from './publish.ts'
import { reset } from './reset.ts'
import { setReservedConcurrency } from './setReservedConcurrency.ts'
import { setSeed } from './setSeed.ts'
import { setSpeed } from './setSpeed.ts'
import { shiftAliasWeight } from './shiftAliasWeight.ts'
import { showShortcuts } from './showShortcuts.ts'
import { step } from './step.ts'
import { toggleTheme } from './toggleTheme.ts'
import { togglePlay } from './togglePlay.ts'
import { updateEventSourceMapping } from './updateEventSourceMapping.ts'
import { openScenario } from '../workspace/openScenario.ts'

// Commands differ in their argument; the registry lists them for their id, label and shortcut.
export const COMMANDS: readonly Command<never>[] = [
  togglePlay, play, pause, step, reset, setSpeed, setSeed,
  deploy, publish, invoke, setReservedConcurrency, shiftAliasWeight, updateEventSourceMapping,
  loadScenario, openScenario, toggleTheme, togglePresenter, showShortcuts,
]
