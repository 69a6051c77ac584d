import type { Service, SpecFormat } from '../ir/types.js';

/** One spec file as handed to a parser. */
export interface SpecFile {
  /** Path as shown in diagnostics (relative to the working directory where possible). */
  readonly file: string;
  /** Absolute path or URL, used to resolve relative imports (WSDL/XSD). */
  readonly location: string;
  readonly text: string;
}

/** Options every parser accepts. */
export interface ParseOptions {
  /** Service name given by the user (`--name` or the config key); parsers fall back to the spec's own. */
  readonly serviceName?: string;
  /** Reads another file (WSDL/XSD imports). Relative locations are resolved by the caller. */
  readonly readFile?: (location: string) => Promise<string>;
  /**
   * Where WSDL/XSD imports may come from. Given (as the pipeline always does), an import must be a
   * relative location resolving under the spec's own folder or one of `roots`; an absolute path, a
   * `file:` URL or a remote URL is an error naming the line unless `allowAnywhere` is set.
   */
  readonly importPolicy?: ImportPolicy;
}

export interface ImportPolicy {
  /** Absolute folders imports may also resolve under (besides the spec's own folder). */
  readonly roots?: readonly string[];
  /** Read imports from anywhere: other folders, absolute paths, `file:` and remote URLs. */
  readonly allowAnywhere?: boolean;
}

/**
 * A parser reads one spec file into a single-source `Service`: its `sources` has one entry,
 * its `diagnostics` holds every warning. Input it cannot read at all is a thrown `SpecError`
 * (never any other exception). Several single-source services are merged by `passes/merge.ts`.
 */
export type Parser = (spec: SpecFile, options: ParseOptions) => Service | Promise<Service>;

export type { SpecFormat };
