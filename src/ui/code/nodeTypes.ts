/**
 * Declarations the editor's TypeScript needs beyond `@types/aws-lambda`, so valid handlers show no
 * false errors: the Node.js globals Lambda's runtime has, and the modules the sandbox provides
 * (Node built-ins and the simulated AWS SDK v3 clients, README "Handler code") typed loosely.
 */
export const NODE_GLOBALS_DTS = `
declare var process: { env: Record<string, string | undefined>; [key: string]: any };
declare var require: (id: string) => any;
declare var module: { exports: any };
declare var exports: any;
declare var __dirname: string;
declare var __filename: string;
declare var Buffer: any;
`

/** Shorthand ambient modules: importing them type-checks, every export is `any`. */
export const SANDBOX_MODULES_DTS = [
  'node:*', 'buffer', 'crypto', 'events', 'fs', 'fs/promises', 'os', 'path', 'stream', 'util', '@aws-sdk/*',
].map((name) => `declare module '${name}';`).join('\n')

/** `@types/aws-lambda`'s handler types import `Writable` from `node:stream`; a stub satisfies them without all of @types/node. */
export const NODE_STREAM_DTS = 'declare module "node:stream" { export class Writable { write(chunk: unknown): boolean; end(): void } }'
