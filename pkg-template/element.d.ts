// Types of the <claim-check> element (claimcheck/element). The report types come from
// the Rust types (generated, in claimcheck.d.ts).
import type { FactRow, FactSource, Finding, Report } from './claimcheck.js';

export type { FactRow, FactSource, Finding, Report };

/** The adapter interface the element reaches an editor through (see the README). */
export interface EditorAdapter {
  text(): string;
  measure(): void;
  frame(): { left: number; top: number; width: number; height: number; scrollX: number; scrollY: number; scaleX: number; scaleY: number };
  rects(start: number, end: number): { left: number; top: number; width: number; height: number }[];
  visibleRange(): [number, number] | null;
  select(start: number, end: number): void;
  replace(start: number, end: number, text: string): boolean;
  scrollTo(start: number, end: number): void;
  observe(handlers: { change(): void; scroll(): void }): () => void;
  destroy(): void;
}

export interface ClaimCheckErrorDetail { error: Error; recovered: boolean }

/**
 * <claim-check for="#editor" as-of="YYYY-MM-DD" language="auto" ui-lang="auto" debounce="150">
 * Checks the figures in a textarea, contenteditable or editor iframe as the user types.
 */
export class ClaimCheckElement extends HTMLElement {
  static observedAttributes: string[];
  /** The last report (null before the first check). */
  readonly report: Report | null;
  /** The editor's text when the current report was made. */
  readonly checkedText: string | null;
  /** The element the checker is attached to. */
  readonly target: Element | null;
  /** The adapter in use. */
  readonly adapter: EditorAdapter | null;
  /** The user tables in use. */
  readonly factSources: FactSource[];
  /** Whether checks run in a Web Worker. */
  readonly inWorker: boolean;
  /** The language of the element's own text now. */
  readonly uiLang: 'en' | 'nl' | 'vi';
  /** The `as-of` attribute. */
  asOf: string | null;
  /** Checks now instead of after the debounce. */
  refresh(): void;
  /** Uses these user tables; rejects with the table's Error (names table, line, column). */
  setFacts(sources: FactSource[], options?: { noDefaultFacts?: boolean }): Promise<void>;
  /** The effective fact table (every version). */
  effectiveFacts(): Promise<FactRow[]>;
  /** Selects claim i's span in the editor and scrolls to it. */
  selectClaim(index: number): void;
  /** Replaces claim i's span with its suggestion, as an edit the editor can undo. */
  applySuggestion(index: number): boolean;
  /** Moves keyboard focus to claim i's highlight. */
  focusFinding(index: number): boolean;
  addEventListener(type: 'claimcheck:report', listener: (event: CustomEvent<Report>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: 'claimcheck:error', listener: (event: CustomEvent<ClaimCheckErrorDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** Changes how the engine is loaded (before the first check). */
export function configure(options: {
  importPackage?: (generation: number) => Promise<unknown>;
  init?: (namespace: unknown, generation: number) => unknown;
  createWorker?: () => Worker;
  module?: () => Promise<BufferSource | WebAssembly.Module>;
  worker?: boolean;
}): void;

/** "14 figures checked: 1 discrepancy · …" */
export function summarize(report: Report): string;
/** A one-line description of a claim. */
export function describeClaim(claim: Finding): string;

declare global {
  interface HTMLElementTagNameMap { 'claim-check': ClaimCheckElement }
}
