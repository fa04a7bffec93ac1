import { serviceModule } from './core.ts'

/**
 * `@aws-sdk/client-kinesis`: PutRecordCommand and PutRecordsCommand (Data a string or a Uint8Array,
 * kept as text; the stream's consumers receive it in base64).
 */
export const CLIENT_KINESIS = serviceModule('kinesis', String.raw`{
  client: 'KinesisClient', aggregate: 'Kinesis', exception: 'KinesisServiceException',
  commands: {
    PutRecord: {
      input(input) {
        if (input.Data !== undefined) input.Data = toText(input.Data, 'Data');
        return input;
      },
    },
    PutRecords: {
      input(input) {
        if (Array.isArray(input.Records)) {
          input.Records = input.Records.map((record) => (record && record.Data !== undefined ? Object.assign({}, record, { Data: toText(record.Data, 'Data') }) : record));
        }
        return input;
      },
    },
  },
}`)
