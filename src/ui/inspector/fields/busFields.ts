/** A custom EventBridge event bus. */
import { fact } from './facts.ts'
import { nameField, type FieldSpec } from './fieldTypes.ts'

export const BUS_FIELDS: readonly FieldSpec[] = [
  nameField('Name', fact('EB-Bus'), '1–256 letters, digits and / . - _', 'A custom event bus; the default bus always exists'),
]
