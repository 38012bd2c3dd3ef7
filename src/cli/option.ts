/** An option of a command: one description, from which the flag, its environment variable and its help come. */

/** An input of the action, as action.yml describes it. */
export interface ActionInput {
  name: string
  description: string
  default?: string
}

export interface CliOption extends ActionInput {
  /** A flag that takes no value: `--dry-run` means true, `--no-dry-run` false. */
  boolean?: boolean
}

/** `timeout` -> `IMAGE_GATE_TIMEOUT`. */
export function envName(option: string): string {
  return `IMAGE_GATE_${option.toUpperCase().replace(/-/g, '_')}`
}
