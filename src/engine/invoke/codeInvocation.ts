import type { CodeRun } from '../runtime/codeRun.ts'
import { Invocation } from './invocation.ts'

/** An invocation of a version with code: a subclass, so modelled invocations keep their shape and size. */
export class CodeInvocation extends Invocation {
  constructor(base: ConstructorParameters<typeof Invocation>, readonly run: CodeRun) {
    super(...base)
  }

  override codeRun(): CodeRun {
    return this.run
  }
}
