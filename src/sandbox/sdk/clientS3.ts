import { serviceModule } from './core.ts'

/**
 * `@aws-sdk/client-s3`: PutObjectCommand (Body a string or a Uint8Array, kept as text),
 * GetObjectCommand, whose Body has the SDK's `transformToString()` and `transformToByteArray()`
 * and is async-iterable like Node's stream, DeleteObjectCommand (answered with HTTP 204, as S3
 * does) and DeleteObjectsCommand.
 */
export const CLIENT_S3 = serviceModule('s3', String.raw`{
  client: 'S3Client', aggregate: 'S3', exception: 'S3ServiceException',
  commands: {
    PutObject: {
      input(input) {
        if (input.Body !== undefined) input.Body = toText(input.Body, 'Body');
        return input;
      },
    },
    GetObject: {
      output(output) {
        const text = output.Body;
        output.Body = {
          transformToString: () => Promise.resolve(text),
          transformToByteArray: () => Promise.resolve(utf8Encode(text)),
          // for await (const chunk of Body), as code written for Node's stream does.
          [Symbol.asyncIterator]: async function* () { yield utf8Encode(text); },
        };
        output.LastModified = new Date(output.LastModified);
        return output;
      },
    },
    DeleteObject: { status: 204 },
    DeleteObjects: {},
  },
}`)
