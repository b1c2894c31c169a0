// Stands in for undici in the bundle (tsconfig.json "paths"). @actions/core
// reaches @actions/http-client, which imports undici only for
// getAgentDispatcher(); nothing in this action or its @actions libraries
// calls that. Loading the real undici costs about 100 ms at every start of
// main and post, on every job.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with Nix Flake CI: HttpClient.getAgentDispatcher() is not supported')
  }
}
