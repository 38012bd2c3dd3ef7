/** Point the SDK at a simulator the standard way, as the action is pointed at AWS. */
import type { Simulator } from '../sim/server.js'

export function useSimulator(sim: Simulator): void {
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_IMAGEBUILDER: sim.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: sim.url,
    AWS_ENDPOINT_URL_EC2: sim.url,
    AWS_ENDPOINT_URL_AUTO_SCALING: sim.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_MAX_ATTEMPTS: '3'
  })
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
