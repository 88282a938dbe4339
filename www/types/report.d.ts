// Generated from the Rust types by tests/ts_types.rs (ts-rs); do not edit.
// Regenerate: UPDATE_TYPES=1 cargo test --features ts --test ts_types

/**
 * The result of checking one draft.
 */

export type Report = { 
/**
 * The check date used.
 */
as_of: IsoDate, 
/**
 * The language the draft was read in (`en`).
 */
lang: string, 
/**
 * Every claim, in text order.
 */
claims: Array<Finding>, 
/**
 * Counts per verdict.
 */
summary: Summary, };

/**
 * Counts per verdict.
 */

export type Summary = { 
/**
 * All claims.
 */
total: number, 
/**
 * Backed by the record.
 */
consistent: number, 
/**
 * Contradicted by the record.
 */
discrepancy: number, 
/**
 * Backed only by an older version.
 */
outdated: number, 
/**
 * Not covered by any fact.
 */
unverified: number, 
/**
 * Discrepancies and outdated figures an editor dismissed against the version they
 * are still judged against: counted here instead of under their verdict.
 */
dismissed: number, };

/**
 * One claim and what the record says about it.
 */

export type Finding = { 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * Exactly the draft's text between `start` and `end`.
 */
text: string, 
/**
 * The kind of figure.
 */
kind: Kind, 
/**
 * The value in canonical units.
 */
value: number, 
/**
 * The canonical unit.
 */
unit: string | null, 
/**
 * The draft's hedge.
 */
hedge: Hedge, 
/**
 * How the figure is shaped: a level, a range with its bounds, a change with its
 * direction, a fraction (value as a ratio) or an ordinal.
 */
shape: Shape, 
/**
 * The verdict.
 */
verdict: Verdict, 
/**
 * The linked fact's subject.
 */
subject: string | null, 
/**
 * The linked fact's metric.
 */
metric: string | null, 
/**
 * The fact version the verdict rests on (the newest on or before the check date).
 */
fact: FactRef | null, 
/**
 * For an unverified claim: the fact it was nearly linked to, held back for
 * `reason`.
 */
candidate?: FactRef, 
/**
 * Why the claim was not judged against `candidate` ("this sentence is about
 * Singapore").
 */
reason?: string, 
/**
 * For a judged claim: the words that named its subject, metric and time.
 */
evidence?: Evidence, 
/**
 * What an editor reads.
 */
message: string, 
/**
 * The replacement for `text` that agrees with the record, in the draft's style.
 */
suggestion: string | null, 
/**
 * The editor's dismissal that matches this finding, if any (see `dismiss`).
 */
dismissal?: Applied, };

/**
 * The words of the draft that tied a claim to its fact.
 */

export type Evidence = { 
/**
 * The words naming whose figure it is (`Japan`, `it`; possibly in an earlier
 * sentence).
 */
subject?: Words, 
/**
 * The words naming what is measured (`foreign investor`).
 */
metric?: Words, 
/**
 * When the figure holds.
 */
time: { label: string, text?: string, start?: number, end?: number }, };

/**
 * A run of the draft's words.
 */

export type Words = { 
/**
 * Exactly the draft's text between `start` and `end`.
 */
text: string, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, };

/**
 * A fact version as shown with a finding.
 */

export type FactRef = { 
/**
 * Stable fact id.
 */
id: string, 
/**
 * Value in canonical units.
 */
value: number, 
/**
 * Canonical unit.
 */
unit: string | null, 
/**
 * How the source qualifies the value.
 */
qualifier: Hedge, 
/**
 * The figure as an editor reads it.
 */
display: string, 
/**
 * The date the version holds from.
 */
as_of: IsoDate, 
/**
 * Where it comes from.
 */
source: Source, };

/**
 * A fact row for display (`claimcheck facts --format json`, `checker.facts()`).
 */

export type FactRow = { 
/**
 * Stable fact id.
 */
id: string, 
/**
 * The date the version holds from.
 */
as_of: IsoDate, 
/**
 * Who or what it is about.
 */
subject: string, 
/**
 * What is measured.
 */
metric: string, 
/**
 * The kind of figure.
 */
kind: Kind, 
/**
 * Value in canonical units.
 */
value: number, 
/**
 * Canonical unit.
 */
unit: string | null, 
/**
 * How the source qualifies the value.
 */
qualifier: Hedge, 
/**
 * The figure as an editor reads it.
 */
display: string, 
/**
 * Where it comes from.
 */
source: Source, 
/**
 * The table it came from.
 */
table: string, };

/**
 * Where a source of a fact can be read.
 */

export type Source = { 
/**
 * Who published it.
 */
publication: string, 
/**
 * Its headline.
 */
title: string | null, 
/**
 * When it was published.
 */
date: IsoDate | null, 
/**
 * Where it can be read.
 */
url: string | null, };

/**
 * What kind of figure a claim or fact is.
 */

export type Kind = "amount" | "count" | "percent" | "rank" | "multiple" | "year" | "duration";

/**
 * How a figure is qualified, in a draft (`about 30%`) or in a source ("more than 630,000").
 */

export type Hedge = "exact" | "about" | "more_than" | "at_least" | "nearly" | "up_to" | "less_than";

/**
 * The shape of a figure: what the number measures besides its value. Linking uses it
 * so that a change is never compared with a level.
 */

export type Shape = { "type": "level" } | { "type": "range", 
/**
 * The lower bound.
 */
low: number, 
/**
 * The upper bound.
 */
high: number, } | { "type": "change", 
/**
 * +1 for a rise, -1 for a fall, 0 when the text gives no direction.
 */
direction: number, } | { "type": "fraction" } | { "type": "ordinal" };

/**
 * What the record says about a claim.
 */

export type Verdict = "consistent" | "discrepancy" | "outdated" | "unverified";

/**
 * A calendar date in the proleptic Gregorian calendar.
 */

export type IsoDate = string;

/**
 * What became of a dismissal that matches a finding.
 */

export type Applied = { 
/**
 * True while the finding is judged against the version that was dismissed: the
 * finding is quiet. False when the fact has a newer version since.
 */
holds: boolean, 
/**
 * The version that was dismissed.
 */
fact_as_of: IsoDate, 
/**
 * The editor's reason.
 */
reason: string, 
/**
 * When it was dismissed, if recorded.
 */
created: IsoDate | null, };

/**
 * One dismissal, as the page exports it and `--dismissals FILE` reads it.
 */

export type Dismissal = { 
/**
 * The claim's text as the draft has it (`second largest`).
 */
text: string, 
/**
 * The fact it was judged against (`japan.investor_rank`).
 */
fact_id: string, 
/**
 * That fact's version (`as_of` of the row).
 */
fact_as_of: IsoDate, 
/**
 * Why the figure is correct as written.
 */
reason: string, 
/**
 * When the editor dismissed it.
 */
created: IsoDate | null, };

/** A claim in the report (the same as Finding). */
export type Claim = Finding;
