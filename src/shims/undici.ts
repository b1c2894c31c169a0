// Stands in for undici in the bundle (tsconfig.json "paths"). @actions/core
// reaches @actions/http-client, which imports undici only for
// getAgentDispatcher(); nothing on the usual path calls that. Loading the real
// undici costs 40-75 ms at every start of main and 60-75 ms at post's, on
// every job (measured: CONTRIBUTING.md, Internals).
//
// The attest stage does need it: @actions/github (under @actions/attest) sends
// its requests with undici's fetch, through a ProxyAgent behind a proxy. That
// stage loads the real module (`undici/index.js`, a path the alias leaves
// alone) and hands it over with provideUndici() before anything calls these.
type Undici = Pick<typeof import('undici/index.js'), 'ProxyAgent' | 'fetch'>

let real: Undici | undefined

export function provideUndici(module: Undici): void {
  real = module
}

function loaded(): Undici {
  if (!real) throw new Error('undici is not loaded in this step of Nix Flake CI: only the attest stage uses it')
  return real
}

// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- undici's API is a class: callers write `new ProxyAgent(…)`
export class ProxyAgent {
  constructor(...args: ConstructorParameters<Undici['ProxyAgent']>) {
    // A constructor may return another object: callers get the real agent.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- that object is the real undici ProxyAgent this class stands in for
    return new (loaded().ProxyAgent)(...args)
  }
}

export function fetch(...args: Parameters<Undici['fetch']>): ReturnType<Undici['fetch']> {
  return loaded().fetch(...args)
}
