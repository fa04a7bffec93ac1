/** A DynamoDB table, its key schema and its stream. */
import { fact } from './facts.ts'
import { nameField, type FieldSpec } from './fieldTypes.ts'

export const TABLE_FIELDS: readonly FieldSpec[] = [
  nameField('TableName', fact('DDB-CreateTable'), '3–255 letters, digits, underscores, hyphens or dots', 'Unique in the account and Region'),
  { path: 'KeySchema', label: 'KeySchema', kind: 'json', required: true, fact: fact('DDB-CreateTable'), range: 'a HASH key, then optionally a RANGE key',
    help: 'The partition key and optional sort key: [{"AttributeName": "id", "KeyType": "HASH"}].' },
  { path: 'StreamSpecification.StreamEnabled', label: 'StreamSpecification.StreamEnabled', kind: 'boolean', fact: fact('DDB-Streams'), defaultText: 'false',
    help: 'Records every write (INSERT, MODIFY, REMOVE) for 24 hours, for an event source mapping to read.' },
  { path: 'StreamSpecification.StreamViewType', label: 'StreamSpecification.StreamViewType', kind: 'enum', options: ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'],
    fact: fact('DDB-Streams'), help: 'What each stream record carries of the item.' },
]
