/**
 * AWS's service models as the SDK clients ship them, read for conformance checks: the schema objects every
 * client exports (`<Shape>$`: structures, lists, maps, operations, errors), the enum objects and the typings
 * that say which member takes which enum, and the `@throws` list each command documents.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import ts from 'typescript'

type Ref = unknown

/** What a schema reference describes, with its traits. */
export type Shape =
  | { kind: 'string' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document' }
  | { kind: 'list'; item: Ref }
  | { kind: 'map'; value: Ref }
  | { kind: 'struct'; name: string; members: { name: string; wire: string; ref: Ref }[]; required: number }
  | { kind: 'unknown'; what: string }

/** Static schema sentinels (@smithy/core schema): a number is a simple type, +64 a list of it, +128 a map of it. */
function simple(n: number): Shape {
  if (n >= 128) return { kind: 'map', value: n & 0b0111_1111 }
  if (n >= 64) return { kind: 'list', item: n & 0b0011_1111 }
  if (n === 0) return { kind: 'string' }
  if (n === 1 || n === 17 || n === 19) return { kind: 'number' }
  if (n === 2) return { kind: 'boolean' }
  if (n >= 4 && n <= 7) return { kind: 'timestamp' }
  if (n === 15) return { kind: 'document' }
  if (n === 21 || n === 42) return { kind: 'blob' }
  return { kind: 'unknown', what: `sentinel ${n}` }
}

function deref(ref: Ref): unknown {
  return typeof ref === 'function' ? (ref as () => unknown)() : ref
}

function memberWireName(name: string, ref: Ref, trait: 'jsonName' | 'xmlName'): string {
  const traits =
    Array.isArray(ref) && ref.length === 2 && typeof ref[1] === 'object'
      ? (ref[1] as Record<string, unknown>)
      : undefined
  return typeof traits?.[trait] === 'string' ? (traits[trait] as string) : name
}

/** The shape a schema reference describes (member wrappers `[schema, traits]` unwrapped). */
export function shapeOf(ref: Ref, wire: 'jsonName' | 'xmlName'): Shape {
  let schema = deref(ref)
  while (Array.isArray(schema) && schema.length === 2) schema = deref(schema[0])
  if (typeof schema === 'number') return simple(schema)
  if (!Array.isArray(schema)) return { kind: 'unknown', what: String(schema) }
  const tag = schema[0] as number
  if (tag === 0) return shapeOf(schema[4], wire)
  if (tag === 1) return { kind: 'list', item: schema[4] }
  if (tag === 2) return { kind: 'map', value: schema[5] }
  if (tag === 3 || tag === -3) {
    const names = schema[4] as string[]
    const refs = schema[5] as Ref[]
    return {
      kind: 'struct',
      name: schema[2] as string,
      members: names.map((name, i) => ({ name, wire: memberWireName(name, refs[i], wire), ref: refs[i] })),
      required: (schema[6] as number | undefined) ?? 0
    }
  }
  return { kind: 'unknown', what: `schema tag ${tag}` }
}

export interface ModelError {
  /** The SDK's class name, e.g. `HookResultNotFoundException`. */
  name: string
  /** What goes over the wire: the awsQuery error code, or the shape name for restJson1. */
  code: string
  status: number
}

/** One service as its SDK client package describes it. */
export class ServiceModel {
  private readonly enumsByMember = new Map<string, string>()
  private readonly dir: string

  constructor(
    readonly sdk: Record<string, unknown>,
    packageName: string,
    readonly protocol: 'restJson1' | 'awsQuery' | 'ec2'
  ) {
    this.dir = join(dirname(createRequire(import.meta.url).resolve(packageName)), '..', 'dist-types')
    const models = join(this.dir, 'models')
    for (const file of readdirSync(models).filter((f) => /^models_\d+\.d\.ts$/.test(f)))
      this.readEnumMembers(join(models, file))
  }

  /** `Interface.member` -> enum name, for every member typed with one of the client's enums. */
  private readEnumMembers(file: string): void {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
    for (const statement of source.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue
      for (const member of statement.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isIdentifier(member.name)) continue
        const found: string[] = []
        const visit = (node: ts.Node): void => {
          if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && this.enumValues(node.typeName.text))
            found.push(node.typeName.text)
          node.forEachChild(visit)
        }
        visit(member.type)
        if (found[0]) this.enumsByMember.set(`${statement.name.text}.${member.name.text}`, found[0])
      }
    }
  }

  /** The values of one of the client's enums (`export const ImageStatus = { AVAILABLE: 'AVAILABLE', ... }`). */
  enumValues(name: string): string[] | undefined {
    const value = this.sdk[name]
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
    const values = Object.values(value as Record<string, unknown>)
    return values.length > 0 && values.every((v) => typeof v === 'string') ? (values as string[]) : undefined
  }

  /** The enum a structure member takes, if any. */
  enumOf(structure: string, member: string): { name: string; values: string[] } | undefined {
    const name = this.enumsByMember.get(`${structure}.${member}`)
    const values = name ? this.enumValues(name) : undefined
    return name && values ? { name, values } : undefined
  }

  /** The operation's schema: `[9, namespace, name, traits, input, output]`. */
  operation(name: string): { input: Ref; output: Ref } {
    const schema = this.sdk[`${name}$`]
    if (!Array.isArray(schema) || schema[0] !== 9) throw new Error(`the SDK has no operation ${name}`)
    return { input: schema[4], output: schema[5] }
  }

  /** The command class for an operation, e.g. `GetImageCommand`. */
  command(name: string): new (input: object) => object {
    const command = this.sdk[`${name}Command`]
    if (typeof command !== 'function') throw new Error(`the SDK has no ${name}Command`)
    return command as new (input: object) => object
  }

  /** An error shape of the client (`<Name>$`), with its wire code and HTTP status. */
  error(name: string): ModelError | undefined {
    const schema = this.sdk[`${name}$`]
    // The service's base exception has no error schema of its own.
    if (!Array.isArray(schema) || schema[0] !== -3) return undefined
    const traits = (schema[3] ?? {}) as { awsQueryError?: [string, number]; httpError?: number }
    const code = this.protocol !== 'restJson1' ? (traits.awsQueryError?.[0] ?? name) : name
    return { name, code, status: traits.awsQueryError?.[1] ?? traits.httpError ?? 400 }
  }

  /** The errors the SDK documents for an operation: its command's `@throws` list. */
  documentedErrors(operation: string): ModelError[] {
    const typings = readFileSync(join(this.dir, 'commands', `${operation}Command.d.ts`), 'utf8')
    return [...typings.matchAll(/@throws \{@link (\w+)\}/g)].flatMap((m) => this.error(m[1] as string) ?? [])
  }
}
