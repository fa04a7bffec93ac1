import { serviceModule } from './core.ts'

/**
 * `@aws-sdk/client-lambda`: InvokeCommand. Payload goes out as text (a Uint8Array is decoded) and
 * comes back as a Uint8Array, with the SDK's `transformToString()` on it.
 */
export const CLIENT_LAMBDA = serviceModule('lambda', String.raw`{
  client: 'LambdaClient', aggregate: 'Lambda', exception: 'LambdaServiceException',
  commands: {
    Invoke: {
      input(input) {
        if (input.Payload !== undefined) input.Payload = toText(input.Payload, 'Payload');
        return input;
      },
      output(output) {
        const bytes = utf8Encode(output.Payload || '');
        bytes.transformToString = () => utf8Decode(bytes);
        output.Payload = bytes;
        return output;
      },
    },
  },
}`)
