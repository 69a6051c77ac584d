import { prettierString } from './text.js';

/**
 * The layout of the width-dependent constructs svcgen emits, as prettier (the pinned version,
 * print width 100, single quotes, trailing commas) lays them out: a small document printer with
 * prettier's algorithm (a group is printed flat when it fits in what is left of the line,
 * counting what follows it up to the next possible line break, else broken) and builders that make
 * the same documents prettier makes for those constructs. The templates write everything else
 * in its final layout; test/emit/layout.test.ts compares each builder with prettier over many
 * name lengths.
 */

/** The print width of the fixed options. */
export const PRINT_WIDTH = 100;

/**
 * The lines wider than the print width that `print` wrote (an identifier or string prettier cannot
 * break either): format.ts lets them through without prettier. Kept per process, small.
 */
const wideLines = new Set<string>();

/** Whether `print` wrote this wide line. */
export function laidOut(line: string): boolean {
  return wideLines.has(line);
}

function noteWide(line: string): void {
  // A long watch session must not grow it without bound: forgetting only costs a prettier pass.
  if (wideLines.size >= 50_000) wideLines.clear();
  wideLines.add(line);
}


/**
 * The width prettier gives a line: code points, wide (East Asian) characters counting two and
 * combining marks none.
 */
export function stringWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u02ff]*$/.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f) || c === 0x200b || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}


export type Doc = string | readonly Doc[] | Group | Indent | Line | IfBreak | Fill;

/** prettier's `fill`: contents and separators alternating; a separator breaks only where the next content does not fit. */
interface Fill {
  readonly kind: 'fill';
  readonly parts: readonly Doc[];
}

interface Group {
  readonly kind: 'group';
  readonly contents: Doc;
  /** Broken whatever the width (it holds a hard line break). */
  readonly broken: boolean;
  /** Names the group for `ifBreak`/`indentIfBreak` elsewhere. */
  readonly id?: symbol;
}

interface Indent {
  readonly kind: 'indent';
  readonly contents: Doc;
  /** Columns added to the indentation (2 for `indent`, n for prettier's `align(n)`). */
  readonly by: number;
}

interface Line {
  readonly kind: 'line';
  /** A soft line is nothing when flat; a line is a space; a hard line always breaks. */
  readonly flat: '' | ' ' | undefined;
}

interface IfBreak {
  readonly kind: 'ifBreak';
  readonly broken: Doc;
  readonly flat: Doc;
  /** Decided by that group's mode instead of the enclosing one. */
  readonly groupId?: symbol;
}

export const line: Line = { kind: 'line', flat: ' ' };
export const softline: Line = { kind: 'line', flat: '' };
export const hardline: Line = { kind: 'line', flat: undefined };

export function group(contents: Doc, id?: symbol): Group {
  return { kind: 'group', contents, broken: hasHardline(contents), ...(id ? { id } : {}) };
}

export function indent(contents: Doc): Indent {
  return { kind: 'indent', contents, by: 2 };
}

export function fill(parts: readonly Doc[]): Fill {
  return { kind: 'fill', parts };
}

/** The group, broken whatever the width (prettier's `shouldBreak`). */
export function forceBreak(doc: Group): Group {
  return { ...doc, broken: true };
}

/** prettier's `align(n)`. */
export function align(by: number, contents: Doc): Indent {
  return { kind: 'indent', contents, by };
}

export function ifBreak(broken: Doc, flat: Doc = '', groupId?: symbol): IfBreak {
  return { kind: 'ifBreak', broken, flat, ...(groupId ? { groupId } : {}) };
}

/** Indented when the group `groupId` is broken. */
export function indentIfBreak(contents: Doc, groupId: symbol): IfBreak {
  return ifBreak(indent(contents), contents, groupId);
}

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const out: Doc[] = [];
  docs.forEach((d, i) => {
    if (i) out.push(separator);
    out.push(d);
  });
  return out;
}

function hasHardline(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) return (doc as readonly Doc[]).some(hasHardline);
  const d = doc as Group | Indent | Line | IfBreak | Fill;
  switch (d.kind) {
    case 'fill':
      return d.parts.some(hasHardline);
    case 'line':
      return d.flat === undefined;
    case 'group':
      return d.broken;
    case 'indent':
      return hasHardline(d.contents);
    case 'ifBreak':
      return hasHardline(d.broken) || hasHardline(d.flat);
  }
}

type Mode = 'flat' | 'break';
type Command = readonly [indent: number, mode: Mode, doc: Doc];

/**
 * Prints `doc` as prettier does, its first line starting at column `indentation` (the indentation
 * is written too), each line break indented by `indentation` plus two per `indent`.
 */
export function print(doc: Doc, indentation = 0): string {
  let out = ' '.repeat(indentation);
  let pos = indentation;
  const cmds: Command[] = [[indentation, 'break', doc]];
  const modes = new Map<symbol, Mode>();
  while (cmds.length) {
    const [ind, mode, d] = cmds.pop()!;
    if (typeof d === 'string') {
      out += d;
      pos += stringWidth(d);
      continue;
    }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) cmds.push([ind, mode, (d as readonly Doc[])[i]]);
      continue;
    }
    const node = d as Group | Indent | Line | IfBreak | Fill;
    switch (node.kind) {
      case 'fill': {
        const rem = PRINT_WIDTH - pos;
        const [content, whitespace] = node.parts;
        if (!node.parts.length) break;
        const contentFits = fits([ind, 'flat', content], [], rem, modes, true);
        if (node.parts.length === 1) {
          cmds.push([ind, contentFits ? 'flat' : 'break', content]);
          break;
        }
        if (node.parts.length === 2) {
          cmds.push([ind, contentFits ? 'flat' : 'break', whitespace], [ind, contentFits ? 'flat' : 'break', content]);
          break;
        }
        const remaining: Command = [ind, mode, fill(node.parts.slice(2))];
        const bothFit = fits([ind, 'flat', [content, whitespace, node.parts[2]]], [], rem, modes, true);
        if (bothFit) cmds.push(remaining, [ind, 'flat', whitespace], [ind, 'flat', content]);
        else if (contentFits) cmds.push(remaining, [ind, 'break', whitespace], [ind, 'flat', content]);
        else cmds.push(remaining, [ind, 'break', whitespace], [ind, 'break', content]);
        break;
      }
      case 'indent':
        cmds.push([ind + node.by, mode, node.contents]);
        break;
      case 'group': {
        if (mode === 'flat' && !node.broken) {
          cmds.push([ind, 'flat', node.contents]);
          if (node.id) modes.set(node.id, 'flat');
          break;
        }
        const next: Command = [ind, 'flat', node.contents];
        const chosen: Command = !node.broken && fits(next, cmds, PRINT_WIDTH - pos, modes) ? next : [ind, 'break', node.contents];
        cmds.push(chosen);
        if (node.id) modes.set(node.id, chosen[1]);
        break;
      }
      case 'ifBreak': {
        const m = node.groupId ? (modes.get(node.groupId) ?? 'flat') : mode;
        cmds.push([ind, mode, m === 'break' ? node.broken : node.flat]);
        break;
      }
      case 'line':
        if (mode === 'flat' && node.flat !== undefined) {
          out += node.flat;
          pos += node.flat.length;
          break;
        }
        {
          let end = out.length;
          while (end > 0 && (out[end - 1] === ' ' || out[end - 1] === '\t')) end--;
          const lineStart = out.lastIndexOf('\n', end - 1) + 1;
          if (end - lineStart > PRINT_WIDTH) noteWide(out.slice(lineStart, end));
          out = `${end < out.length ? out.slice(0, end) : out}\n${' '.repeat(ind)}`;
        }
        pos = ind;
        break;
    }
  }
  const lastStart = out.lastIndexOf('\n') + 1;
  if (out.length - lastStart > PRINT_WIDTH) noteWide(out.slice(lastStart));
  return out;
}

/** Whether `next` fits in `width` columns, followed by the rest of the line (prettier's `fits`). */
function fits(next: Command, rest: readonly Command[], width: number, modes: ReadonlyMap<symbol, Mode>, mustBeFlat = false): boolean {
  let restIdx = rest.length;
  const cmds: (readonly [Mode, Doc])[] = [[next[1], next[2]]];
  while (width >= 0) {
    if (!cmds.length) {
      if (restIdx === 0) return true;
      const r = rest[--restIdx];
      cmds.push([r[1], r[2]]);
      continue;
    }
    const [mode, d] = cmds.pop()!;
    if (typeof d === 'string') {
      width -= stringWidth(d);
      continue;
    }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) cmds.push([mode, (d as readonly Doc[])[i]]);
      continue;
    }
    const node = d as Group | Indent | Line | IfBreak | Fill;
    switch (node.kind) {
      case 'fill':
        for (let i = node.parts.length - 1; i >= 0; i--) cmds.push([mode, node.parts[i]]);
        break;
      case 'indent':
        cmds.push([mode, node.contents]);
        break;
      case 'group':
        if (mustBeFlat && node.broken) return false;
        cmds.push([node.broken ? 'break' : mode, node.contents]);
        break;
      case 'ifBreak': {
        const m = node.groupId ? (modes.get(node.groupId) ?? 'flat') : mode;
        cmds.push([mode, m === 'break' ? node.broken : node.flat]);
        break;
      }
      case 'line':
        if (mode === 'break' || node.flat === undefined) return true;
        width -= node.flat.length;
        break;
    }
  }
  return false;
}

// Builders: the documents prettier makes for the constructs svcgen emits.

/**
 * `import { a, b } from 'x';` (or `import type`, `export`, `export type`): one specifier never
 * breaks; more break one per line, with a trailing comma, when the line is too long. Empty:
 * no declaration at all. No line break at the end.
 */
export function moduleDecl(keyword: 'import' | 'import type' | 'export' | 'export type', names: readonly string[], from: string): string {
  if (!names.length) return '';
  const source = ` from '${from}';`;
  if (names.length === 1) return print(`${keyword} { ${names[0]} }${source}`);
  return print(group([`${keyword} {`, indent([line, join([',', line], names)]), ifBreak(','), line, '}', source]));
}

/** Specifier texts sorted as the import post-processing sorted them (by UTF-16 code units). */
export function sortedNames(names: Iterable<string>): string[] {
  return [...new Set(names)].sort();
}

/** A call `callee(a, b)` whose arguments are plain (no function or object to hug). */
export function call(callee: Doc, args: readonly Doc[]): Doc {
  if (!args.length) return [callee, '()'];
  return [callee, group(['(', indent([softline, join([',', line], args)]), ifBreak(','), softline, ')'])];
}

/**
 * `return (await connection.invoke(Desc, ...args)).result as R;` (prettier breaks the member
 * access, then the parenthesized await, then the arguments).
 */
export function invokeResult(desc: string, args: readonly string[], result: string): Doc {
  const invoke = group(call('connection.invoke', [desc, ...args]));
  return ['return ', ['(', group([indent([softline, 'await ', invoke]), softline]), ')'], group(indent([softline, '.result'])), ' as ', typeDoc(result), ';'];
}

/** A type literal `{ a: A; b: B }`, one member per line with `;` when broken. */
export function typeLiteral(members: readonly Doc[]): Doc {
  if (!members.length) return '{}';
  return group(['{', indent([line, join([';', line], members)]), ifBreak(';'), line, '}']);
}

/** `if (test) statement` without braces: the statement goes to the next line when too long. */
export function ifStatement(test: string, statement: Doc): Doc {
  return group([`if (${test})`, indent([line, statement])]);
}

/**
 * The names of `known` that type texts refer to (what a file imports from types.ts), sorted:
 * identifiers outside string literals and member keys.
 */
export function typeNamesIn(texts: Iterable<string>, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    const code = text.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*\??:/gu, '');
    for (const word of code.match(/[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*/gu) ?? []) if (known.has(word)) names.add(word);
  }
  return sortedNames(names);
}

/** `export interface Name extends Base {`: `extends` goes to the next line when the line is too long. */
export function interfaceHead(name: string, base: string | undefined, indentation = 0, body = '{'): string {
  if (!base) return print(`export interface ${name} ${body}`, indentation);
  return print([group([`export interface ${name}`, indent([line, `extends ${base}`])]), ` ${body}`], indentation);
}

/**
 * `(a: A, b: B)`: parameters, one per line with a trailing comma when the line is too long (none
 * after a rest parameter, where a comma is a syntax error). Not a group of its own: prettier groups
 * the parameters with the return type that follows them.
 */
export function params(list: readonly string[]): Doc {
  if (!list.length) return '()';
  const rest = list[list.length - 1].startsWith('...');
  return ['(', indent([softline, join([',', line], list)]), rest ? '' : ifBreak(','), softline, ')'];
}

/** A function or method signature line: `head(params): returns {` as one group. */
export function signature(head: string, list: readonly string[], tail: Doc, indentation = 0): string {
  return print(group([head, params(list), tail]), indentation);
}

/** Whether prettier keeps a type argument inline (`Promise<X>`): one plain name or object type. */
function hugs(type: string): boolean {
  return /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$.]*$/u.test(type) || (type.startsWith('{') && type.endsWith('}'));
}

/** `Name<A, B>`: arguments on their own lines when too long, none hugged unless one plain name. */
export function typeRef(name: string, args: readonly Doc[]): Doc {
  if (args.length === 1 && typeof args[0] === 'string' && hugs(args[0])) return `${name}<${args[0]}>`;
  const docs = args.map((a) => (typeof a === 'string' ? typeDoc(a, true) : a));
  return group([`${name}<`, indent([softline, join([',', line], docs)]), softline, '>']);
}

/**
 * `key: async (a, b) => body` in an object literal: the body goes to the next line when too long,
 * the parameters break only when `key: (a, b) =>` alone is too long, the arrow goes to the next
 * line when `key: (` does.
 */
export function arrowProperty(key: string, prefix: string, list: readonly string[], body: Doc): Doc {
  // prettier's fluid assignment layout: the line after `key:` breaks when `key: (` does not fit.
  const id = Symbol('assignment');
  return group([key, ':', group(indent(line), id), indentIfBreak(group([prefix, group(params(list)), ' =>', group(indent([line, body]))]), id), ',']);
}

/** `(await call).result`. */
export function awaitedResult(invoke: Doc): Doc {
  return [['(', group([indent([softline, 'await ', invoke]), softline]), ')'], group(indent([softline, '.result']))];
}


/** The members of a type at the top level of `text` joined by `|` (none: one member). */
export function unionMembers(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === '\\') i++;
    } else if (ch === '(' || ch === '<' || ch === '{' || ch === '[') depth++;
    else if (ch === ')' || ch === '>' || ch === '}' || ch === ']') depth--;
    else if (depth === 0 && ch === '|' && text[i - 1] === ' ' && text[i + 1] === ' ') {
      parts.push(text.slice(start, i - 1));
      start = i + 2;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A type in a member or alias: a union breaks one member per line (`| A`), as prettier does. */
export function typeDoc(type: string, inTypeArguments = false): Doc {
  const members = unionMembers(type).map(literal);
  if (members.length < 2) {
    // A lone `(A & { … })` loses its parentheses.
    const tagged = TAGGED.exec(members[0]);
    return tagged ? group([tagged[1], ' & ', memberTypeDoc(tagged[2])]) : memberTypeDoc(members[0]);
  }
  const objects = members.filter(isObjectText).length;
  // One object type with `null`/`undefined`/`void` stays on the object's line (prettier hugs it).
  if (objects === 1 && members.every((m) => isObjectText(m) || m === 'null' || m === 'undefined' || m === 'void')) return join(' | ', members.map(memberTypeDoc));
  const parts = join([line, '| '], members.map((m) => align(2, memberTypeDoc(m))));
  // In type arguments prettier neither indents the union nor starts it on a new line.
  return inTypeArguments ? group([ifBreak('| '), parts]) : group(indent([ifBreak([line, '| ']), parts]));
}

const isObjectText = (t: string) => t.startsWith('{') && t.endsWith('}');

/** `(Name & { … })`: a subtype tagged with its `$type` in a union of subtypes. */
const TAGGED = /^\(([^()&|{}<>\[\]' ]+) & (\{.*\})\)$/s;

/** An inline object type `{ a: A; b: B }` (written on one line, so prettier may break it) as a group; other types as they are. */
function memberTypeDoc(type: string): Doc {
  const tagged = TAGGED.exec(type);
  if (tagged) return ['(', tagged[1], ' & ', memberTypeDoc(tagged[2]), ')'];
  if (!isObjectText(type)) return type;
  const inner = type.slice(1, -1).trim();
  if (!inner) return '{}';
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === "'" || ch === '"') {
      for (i++; i < inner.length && inner[i] !== ch; i++) if (inner[i] === '\\') i++;
    } else if (ch === '(' || ch === '<' || ch === '{' || ch === '[') depth++;
    else if (ch === ')' || ch === '>' || ch === '}' || ch === ']') depth--;
    else if (depth === 0 && ch === ';') {
      members.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inner.slice(start).trim();
  if (last) members.push(last);
  return typeLiteral(members);
}

/** A string literal type in prettier's quotes; other types as they are. */
function literal(type: string): string {
  return type.startsWith("'") ? prettierString(type) : type;
}

