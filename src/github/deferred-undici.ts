/**
 * `undici` as the bundle sees it (tsconfig.json `paths`, which the bundler follows; tests and the unbundled build
 * use the package itself). `@actions/core` imports its HTTP client at start, and that imports undici, the largest
 * package in the bundle, for a proxy agent nothing calls before the PR comment, as does Octokit's fetch. Here the
 * names they import are bindings that `loadUndici()` fills from the real package, loaded in a chunk of its own.
 */
import type * as Undici from 'undici/index.js'

// Live bindings, filled once, when the package is loaded.
export let ProxyAgent: typeof Undici.ProxyAgent
export let fetch: typeof Undici.fetch

/** Load undici before anything that calls it: the PR comment's Octokit. */
export async function loadUndici(): Promise<void> {
  ;({ ProxyAgent, fetch } = await import('undici/index.js'))
}
