/* eslint-disable */
/**
 * DO NOT EDIT: generated from schema/*.schema.json by `npm run gen:types`.
 * Edit the schemas and run the command again; `npm test` fails when this file is stale.
 */

/**
 * The id of an entity in the shared registry: equals its file name in `data/entities/` without `.json`.
 */
export type EntityId = string;
/**
 * The id of a citation within its file: "c-" and a slug.
 */
export type CitationId = string;
/**
 * Selectors in text order (sorted by start, then end); at least one.
 *
 * @minItems 1
 */
export type SelectorList = Selector[];
/**
 * How precise a date value is.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'range';
/**
 * How a date value was obtained.
 */
export type DateResolution = 'explicit' | 'relative' | 'inferred';
/**
 * What a segment of a text is.
 */
export type SegmentKind = 'main' | 'appended' | 'stitched' | 'furniture';
/**
 * How a mention names its entity, so that names can be counted apart from titles, descriptions, pronouns and modifiers.
 */
export type MentionForm = 'name' | 'alias' | 'title' | 'description' | 'pronoun' | 'modifier';
/**
 * The type of an event. Each value maps to the closest PLOVER category and CAMEO code (in `x-plover`), so the data can be joined with GDELT-style event data; events that PLOVER does not code (statements, reports, product launches) map to null.
 */
export type EventType =
  | 'restriction-imposed'
  | 'restriction-eased'
  | 'licence-granted'
  | 'licence-sought'
  | 'sales-deal-started'
  | 'sales-suspended'
  | 'sales-deal-cancelled'
  | 'acquisition-blocked'
  | 'cooperation'
  | 'cooperation-ended'
  | 'negotiation-sought'
  | 'negotiation-held'
  | 'pressure'
  | 'accusation'
  | 'denial'
  | 'arrest'
  | 'product-launched'
  | 'report-published'
  | 'letter-sent'
  | 'statement'
  | 'forecast'
  | 'policy-considered';
/**
 * The part an entity plays in an event.
 */
export type ParticipantRole = 'agent' | 'target' | 'affected' | 'partner' | 'subject';
/**
 * What a date is for an event.
 */
export type DateRole = 'occurred' | 'announced' | 'effective' | 'expires' | 'planned' | 'reported';
/**
 * How the article presents an event's reality.
 */
export type Factuality =
  'actual' | 'announced' | 'planned' | 'expected' | 'hypothetical' | 'negated' | 'reported';
/**
 * How an article's event relates to the registry event it reports.
 */
export type RegistryRelation = 'same' | 'part';
/**
 * How a quote is given.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect';
/**
 * The id of an event, unique within its article record; starts with `ev-`.
 */
export type EventId = string;
/**
 * Why a pair of quotation marks does not enclose a quote.
 */
export type IgnoredMarkReason = 'name' | 'scare-quote' | 'title' | 'boilerplate' | 'other';
/**
 * What is wrong in the source text.
 */
export type SourceIssueKind =
  | 'factual-error'
  | 'wrong-name'
  | 'wrong-title'
  | 'wrong-date'
  | 'translation'
  | 'unclosed-quote'
  | 'typo'
  | 'formatting'
  | 'foreign-text'
  | 'other';
/**
 * How sure the annotator is that a source issue is real.
 */
export type Confidence = 'confirmed' | 'probable';
/**
 * What a span that is not part of the article is.
 */
export type BoilerplateKind =
  | 'navigation'
  | 'headline-repeat'
  | 'byline'
  | 'author-bio'
  | 'caption'
  | 'related-headline'
  | 'foreign-headline'
  | 'print-headline'
  | 'source-line'
  | 'comment-form'
  | 'copyright'
  | 'other';
/**
 * What kind of source a citation is: an official document, the original report, a copy of another outlet's report, or a reference work (each value is defined in schema/annotations.json).
 */
export type CitationKind = 'official' | 'report' | 'copy' | 'reference';
/**
 * The sources read for the values of this file, sorted by id; each is cited by at least one value.
 */
export type CitationList = Citation[];
/**
 * Where a record stands in review.
 */
export type ReviewStatus = 'draft' | 'checked';
/**
 * A stable, human-readable identifier: lower-case ASCII letters and digits in groups joined by single hyphens.
 */
export type Slug = string;
/**
 * The id of an article record: equals the record's file name without `.json` and its source text's file name without `.txt`. By convention it starts with the publication date at the precision that is known.
 */
export type ArticleId = string;
/**
 * The id of a quote, unique within its article record; starts with `q-`.
 */
export type QuoteId = string;
/**
 * The id of a source issue, unique within its article record; starts with `si-`.
 */
export type SourceIssueId = string;
/**
 * A non-empty line of text with no leading or trailing white space.
 */
export type Text = string;
/**
 * A note from the annotator: why a value was chosen, or why it is null.
 */
export type Note = string;
/**
 * A SHA-256 digest in lower-case hexadecimal.
 */
export type Sha256 = string;
/**
 * A Wikidata item id (QID).
 */
export type WikidataId = string;
/**
 * An ISO 3166-1 alpha-2 country code.
 */
export type CountryCode = string;
/**
 * An ISO 8601 calendar date (YYYY-MM-DD). The validator checks that the day exists.
 */
export type CalendarDate = string;
/**
 * An ISO 8601 date at day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) precision, or an interval of two such dates joined by `/` whose start does not follow its end. The validator checks that every day exists and that the form agrees with the stated precision.
 */
export type DateString = string;
/**
 * What kind of actor an entity is.
 */
export type EntityKind =
  | 'person'
  | 'organization'
  | 'company'
  | 'government-body'
  | 'country'
  | 'place'
  | 'media'
  | 'other';
/**
 * The id of a segment within its record: "seg-" and a slug.
 */
export type SegmentId = string;
/**
 * The id of a real-world event in the shared registry (data/events/<id>.json): its date at the precision known, then a slug ("2019-05-16-huawei-entity-list").
 */
export type RegistryEventId = string;

/**
 * The hand-checked record of one news article (`data/articles/<id>.json`): its source text pinned by hash, the entities it mentions, the events it reports, its quotes, what it gets wrong, and which parts of the text are not the article. Every span is a selector into the source text, checked by the validator.
 */
export interface Article {
  /**
   * Relative path to this schema, so that editors complete and lint the file.
   */
  $schema?: string;
  /**
   * The article's id; equals the file name without `.json`.
   */
  id: string;
  /**
   * The source text and what is known of the article's publication.
   */
  source: Source;
  /**
   * The segments of a text that carries more than one article (an appended article, a stitched-in write-up), in text order; absent when the text is one article. The events, quotes and mentions of every news segment are recorded.
   */
  segments?: Segment[];
  /**
   * Every entity of the registry that the article mentions, with every place it is mentioned; sorted by entity id.
   */
  entities: EntityMentions[];
  /**
   * Every event the article reports, in the order the annotator chose (usually the order of first evidence).
   */
  events: Event[];
  /**
   * Every direct and partial quote in the text (indirect speech optionally), in text order.
   */
  quotes: Quote[];
  /**
   * Quotation marks of the text that do not enclose a quote.
   */
  quoteMarks: QuoteMarks;
  /**
   * What the article gets wrong, recorded instead of edited away.
   */
  sourceIssues: SourceIssue[];
  /**
   * Every span of the text that is not part of the article; sorted by position.
   */
  boilerplate: Boilerplate[];
  /**
   * The sources read for the values of this record that the text does not state (its address, an inferred date, a correction resting on outside reporting).
   */
  citations: CitationList;
  /**
   * Review status and the history of changes to this record.
   */
  review: Review;
}
/**
 * The source text (`data/sources/<id>.txt`) and the article's publication. `sha256` and `length` pin the text: any change to it breaks every selector on purpose.
 */
export interface Source {
  /**
   * The file name the text had in the corpus it came from.
   */
  originalName: string;
  /**
   * SHA-256 of the source text's bytes.
   */
  sha256: string;
  /**
   * Length of the source text in Unicode code points.
   */
  length: number;
  /**
   * The selector of the article's headline in the text, or null where the text does not contain it.
   */
  headline: Selector | null;
  /**
   * Who published the article.
   */
  publisher: Publisher;
  /**
   * When the article was published, at the precision the evidence supports; inferred from the text's internal evidence where no date is printed, with a note that says how. Null only in a draft, before anyone has looked (`npm run new` writes it so); a checked record always has one, since some precision can always be established.
   */
  published: DateValue | null;
  /**
   * The article's address, only where a page at that address was read and carries this text (cited in `urlBasis`); never reconstructed.
   */
  url?: string;
  /**
   * The language of the text as a BCP 47 tag.
   */
  language: string;
  /**
   * What the address rests on: a citation of the page read at that address. Required with `url`.
   */
  urlBasis?: Basis;
}
/**
 * A span of the article's source text: 0-based, end-exclusive offsets in Unicode code points (the W3C Web Annotation TextPositionSelector convention) and the exact text between them (its TextQuoteSelector `exact`, with an optional `prefix` and `suffix`). The validator checks that `exact` equals the text at [start, end), so a selector cannot drift from the hash-pinned text. A contributor may write only `exact` (and `prefix` or `suffix` where the text occurs more than once): `npm run fix` fills in `start` and `end`.
 */
export interface Selector {
  /**
   * Offset of the first code point of the span, counted from 0.
   */
  start: number;
  /**
   * Offset just past the last code point of the span (end-exclusive); greater than `start`.
   */
  end: number;
  /**
   * The text of the span, character for character as in the source.
   */
  exact: string;
  /**
   * A few words of the text just before the span (the W3C TextQuoteSelector `prefix`), written where `exact` occurs more than once so that `npm run fix` can tell which occurrence is meant. It is kept after the offsets are filled in, and the validator checks that it still ends where the span starts: a reader of the JSON sees which occurrence it is, and a later correction of `exact` can be placed again from it.
   */
  prefix?: string;
  /**
   * A few words of the text just after the span (the W3C TextQuoteSelector `suffix`); like `prefix`, it chooses between occurrences, is kept, and is checked to start where the span ends.
   */
  suffix?: string;
}
/**
 * The publisher of the article: an entity, or null with a note that says why it is unknown.
 */
export interface Publisher {
  /**
   * The publisher's entity id, or null where it cannot be established.
   */
  entity: EntityId | null;
  /**
   * How the publisher was identified, or why it is unknown. Required when `entity` is null.
   */
  note?: string;
  /**
   * What identifies the publisher: the place in the text that names it (a copyright line, a masthead), or a source read. Required when `entity` is set.
   */
  basis?: Basis;
}
/**
 * What a value that the text does not state rests on: citations of sources that were read, and/or the places in the text that establish it. A value with a basis is checkable; one without is never recorded.
 */
export interface Basis {
  /**
   * The ids of the citations (in this file's `citations`) the value rests on.
   *
   * @minItems 1
   */
  cite?: CitationId[];
  /**
   * The places in an article text that establish the value: in an article record, its own text; elsewhere, the text of `article`.
   */
  text?: SelectorList;
  /**
   * Outside an article record (an entity, a registry event): the article whose text `text` points into. Required with `text` there.
   */
  article?: string;
  /**
   * How the sources or the text establish the value, where that is not obvious.
   */
  note?: string;
}
/**
 * A date as the text supports it: its value, how precise it is, and how it was resolved.
 */
export interface DateValue {
  /**
   * The date or interval, at the stated precision.
   */
  value: string;
  /**
   * How precise `value` is; must agree with its form.
   */
  precision: DatePrecision;
  /**
   * How `value` was obtained from the text.
   */
  resolution: DateResolution;
  /**
   * The phrase of the text that gives the date ("on Tuesday", "August 19"). Required when `resolution` is `explicit` or `relative`.
   */
  text?: Selector;
  /**
   * The date a relative phrase was resolved against, usually the publication date. Required when `resolution` is `relative`.
   */
  anchor?: string;
  /**
   * How the date was resolved or inferred. Required when `resolution` is `inferred`.
   */
  note?: string;
  /**
   * What an inferred date rests on: a source read, or the places in the text it was inferred from. Required when `resolution` is `inferred`.
   */
  basis?: Basis;
}
/**
 * One part of a text that carries several: an article, a stitched-in write-up or page furniture.
 */
export interface Segment {
  /**
   * The segment's id, unique within the record.
   */
  id: string;
  /**
   * What the segment is.
   */
  kind: SegmentKind;
  /**
   * The whole segment, from its first character to its last.
   */
  span: Selector;
  /**
   * The segment's own headline, where it has one.
   */
  headline?: Selector;
  /**
   * What the segment is and how it was told apart.
   */
  note?: string;
}
/**
 * An entity that the article mentions and every place it does so.
 */
export interface EntityMentions {
  /**
   * The entity mentioned.
   */
  entity: string;
  /**
   * Every place the article names the entity, in text order, each with its form.
   *
   * @minItems 1
   */
  mentions: Mention[];
  /**
   * How a mention by title or description was linked to this entity.
   */
  note?: string;
}
/**
 * A place where the article names an entity: a selector and the form of the naming.
 */
export interface Mention {
  /**
   * Offset of the first code point of the span, counted from 0.
   */
  start: number;
  /**
   * Offset just past the last code point of the span (end-exclusive); greater than `start`.
   */
  end: number;
  /**
   * The text of the span, character for character as in the source.
   */
  exact: string;
  /**
   * A few words of the text just before the span (the W3C TextQuoteSelector `prefix`), written where `exact` occurs more than once so that `npm run fix` can tell which occurrence is meant. It is kept after the offsets are filled in, and the validator checks that it still ends where the span starts: a reader of the JSON sees which occurrence it is, and a later correction of `exact` can be placed again from it.
   */
  prefix?: string;
  /**
   * A few words of the text just after the span (the W3C TextQuoteSelector `suffix`); like `prefix`, it chooses between occurrences, is kept, and is checked to start where the span ends.
   */
  suffix?: string;
  /**
   * How the text names the entity here.
   */
  form: MentionForm;
}
/**
 * An event the article reports.
 */
export interface Event {
  /**
   * The event's id, unique within the record.
   */
  id: string;
  /**
   * The event's type. Its PLOVER category and CAMEO code follow from the type (see `x-plover` in the shared definitions), so they are not repeated here.
   */
  type: EventType;
  /**
   * One sentence, in the annotator's words, of who did what to whom.
   */
  summary: string;
  /**
   * The word or phrase that most directly expresses the event ("announced", "banned").
   */
  trigger: Selector;
  /**
   * The entities taking part, with their roles.
   */
  participants: Participant[];
  /**
   * The event's dates, each with its role, precision and resolution; empty where neither the text nor sure knowledge dates the event (say so in `note`).
   */
  dates: EventDate[];
  /**
   * Where the event happened, where the text says so: an entity of kind place or country, listed in the record's `entities` (a mention of it is the evidence). Absent where the text does not say.
   */
  place?: string;
  /**
   * How the article presents the event's reality.
   */
  factuality: Factuality;
  /**
   * The sentences or clauses that state the event, in text order.
   */
  evidence: SelectorList;
  /**
   * Anything a reader of the record should know about the event's coding. Required when the event has no dates: say why it cannot be dated.
   */
  note?: string;
  /**
   * The real-world event in the shared registry that this event reports, where the registry has it.
   */
  registry?: RegistryLink;
}
/**
 * An entity taking part in an event.
 */
export interface Participant {
  /**
   * The participating entity; it must be listed in the record's `entities`.
   */
  entity: string;
  /**
   * The part it plays.
   */
  role: ParticipantRole;
}
/**
 * A date of an event, with the role it plays for the event.
 */
export interface EventDate {
  /**
   * What this date is for the event.
   */
  role: DateRole;
  /**
   * The date or interval, at the stated precision.
   */
  value: string;
  /**
   * How precise `value` is; must agree with its form.
   */
  precision: DatePrecision;
  /**
   * How `value` was obtained from the text.
   */
  resolution: DateResolution;
  /**
   * The phrase of the text that gives the date ("on Tuesday", "August 19"). Required when `resolution` is `explicit` or `relative`.
   */
  text?: Selector;
  /**
   * The date a relative phrase was resolved against. Required when `resolution` is `relative`.
   */
  anchor?: string;
  /**
   * How the date was resolved or inferred. Required when `resolution` is `inferred`.
   */
  note?: string;
  /**
   * What an inferred date rests on: a source read, or the places in the text it was inferred from. Required when `resolution` is `inferred`.
   */
  basis?: Basis;
  /**
   * The `wrong-date` source issue of this record that records the date as the article gives it, where that contradicts the date of the registry event this event reports.
   */
  issue?: string;
}
/**
 * A link from an article's event to the real-world event it reports.
 */
export interface RegistryLink {
  /**
   * The registry event.
   */
  event: string;
  /**
   * Whether the article reports that event itself or a part of it.
   */
  relation: RegistryRelation;
}
/**
 * A quote: the words, who said them, the cue and the outlet they came through.
 */
export interface Quote {
  /**
   * The quote's id, unique within the record.
   */
  id: string;
  /**
   * How the quote is given.
   */
  kind: QuoteKind;
  /**
   * The quoted words, without the quotation marks. For a direct or partial quote the validator checks that an opening mark stands just before `start` and a closing mark just at `end` (unless `unclosed`, or the quotation goes on in a `continuation`). `npm run fix` trims marks written into `exact`.
   */
  content: Selector;
  /**
   * The quoted words of each following paragraph of the same quotation, in text order, each without its marks. English news leaves a paragraph's quotation open when the quotation goes on in the next paragraph, which opens with a new mark: that is the convention, not an error of the article, so `content` then ends at its paragraph's end with no closing mark, only white space with a line break lies between one part and the next part's opening mark, and the last part ends at the closing mark (unless `unclosed`).
   *
   * @minItems 1
   */
  continuation?: Selector[];
  /**
   * True when the source never closes the quotation; a source issue of kind `unclosed-quote` must then point to this quote.
   */
  unclosed?: true;
  /**
   * Who the quote is attributed to.
   */
  speaker: Speaker;
  /**
   * The verb or phrase that attributes the quote ("said", "told", "according to"), where there is one.
   */
  cue?: Selector;
  /**
   * The outlet the quote reached the article through (a report by Nikkei, Reuters), where the text names it; listed in the record's `entities`.
   */
  via?: string;
  /**
   * The ids of the events the quote speaks to.
   */
  about: EventId[];
  /**
   * How the speaker was identified, or anything else about the quote.
   */
  note?: string;
}
/**
 * Who a quote is attributed to: an entity, or an unnamed speaker described in words.
 */
export interface Speaker {
  /**
   * The speaker's entity id (listed in the record's `entities`), or null for an unnamed speaker.
   */
  entity: EntityId | null;
  /**
   * How the text describes an unnamed speaker ("one Verizon partner that asked not to be named"). Required when `entity` is null.
   */
  description?: string;
}
/**
 * The accounting of the text's quotation marks. The validator finds every double quotation mark (" “ ” „ « ») itself; each must open or close a recorded quote or lie at an end of an ignored span.
 */
export interface QuoteMarks {
  /**
   * Marks that do not enclose a quote, with the reason; sorted by position.
   */
  ignored: IgnoredMarks[];
  /**
   * Pairs of marks (or lone marks) not yet classified, as `npm run new` lists them in a draft: each span runs from the opening to the closing mark. Every entry is an open item that the validator reports until it is moved to `quotes` or `ignored`.
   */
  unclassified?: Selector[];
}
/**
 * A pair of quotation marks (or a lone mark) that does not enclose a quote.
 */
export interface IgnoredMarks {
  /**
   * The span from the opening mark to the closing mark, both included.
   */
  span: Selector;
  /**
   * Why the marks do not enclose a quote.
   */
  reason: IgnoredMarkReason;
  /**
   * More on the reason; required when `reason` is `other`.
   */
  note?: string;
}
/**
 * Something the article gets wrong. What it says is the target's `exact` text (not repeated, since it would be derivable); what is right goes in `corrected`.
 */
export interface SourceIssue {
  /**
   * The issue's id, unique within the record.
   */
  id: string;
  /**
   * What kind of error it is.
   */
  kind: SourceIssueKind;
  /**
   * The span of the text that is wrong, as published.
   */
  target: Selector;
  /**
   * What the span should say, or null where the right wording cannot be known (garbled text).
   */
  corrected: string | null;
  /**
   * Why it is wrong, and the evidence.
   */
  explanation: string;
  /**
   * How sure the annotator is.
   */
  confidence: Confidence;
  /**
   * The quote the issue concerns; required for `unclosed-quote`.
   */
  quote?: string;
  /**
   * What the correction rests on: the places in the text that show it (the name spelt right elsewhere), or sources read. Required for a factual error, wrong name, wrong title or wrong date with a correction.
   */
  basis?: Basis;
}
/**
 * A span of the text that is not part of the article.
 */
export interface Boilerplate {
  /**
   * The span, without the line breaks around it.
   */
  span: Selector;
  /**
   * What the span is.
   */
  kind: BoilerplateKind;
  /**
   * More on what the span is; required when `kind` is `other`.
   */
  note?: string;
}
/**
 * A source that was actually read, and that some value of the file rests on: what kind of source it is, its address and/or the publication, its title and date, and how and when it was read. A citation that no value cites is reported. Never cite what was not read, and never a forum thread, an SEO, proxy or spam copy, or a private note or draft.
 */
export interface Citation {
  /**
   * The citation's id, unique within the file; values cite it by this id.
   */
  id: string;
  /**
   * What the source is. Prefer the official document and the original report over any copy.
   */
  kind: CitationKind;
  /**
   * The address of the page that was read.
   */
  url?: string;
  /**
   * The publication, site or publisher of the source, where it has one (Reuters, Wikidata).
   */
  publication?: string;
  /**
   * The title of the page or article, as it reads.
   */
  title?: string;
  /**
   * When the source itself was published, where it says.
   */
  published?: string;
  /**
   * The few words of the source that support the values citing it, quoted exactly as the page reads; they must contain the value they support.
   */
  quote?: string;
  /**
   * For a copy: the report it copies. Required when `kind` is `copy`.
   */
  original?: CitationOriginal;
  /**
   * How the source was read: the address whose words were read, and the day.
   */
  read: CitationRead;
  /**
   * Anything else about the source.
   */
  note?: string;
}
/**
 * The report a copy reproduces: its outlet, and its date and address where known.
 */
export interface CitationOriginal {
  /**
   * The outlet of the original report (Reuters, Bloomberg).
   */
  publication: string;
  /**
   * The original report's title, where known.
   */
  title?: string;
  /**
   * When the original report was published, where known.
   */
  published?: string;
  /**
   * The original report's address, where known.
   */
  url?: string;
}
/**
 * How a citation's source was read: the address whose words were read (the page itself, or a stored or archived copy of it) and the day it was read.
 */
export interface CitationRead {
  /**
   * The address whose words were read.
   */
  url: string;
  /**
   * The day the source was read (YYYY-MM-DD).
   */
  date: string;
}
/**
 * The record's review status and its history, so that no change is a silent overwrite.
 */
export interface Review {
  /**
   * Where the record stands.
   */
  status: ReviewStatus;
  /**
   * Every change to the record, oldest first.
   *
   * @minItems 1
   */
  history: HistoryEntry[];
}
/**
 * One change to the record.
 */
export interface HistoryEntry {
  /**
   * When the change was made.
   */
  date: string;
  /**
   * What was done ("second read against the text").
   */
  change: string;
  /**
   * Who made the change, as they sign their work: the contributor who annotated, or the reviewer who read the record against the text. The workbench marks a record checked only for a reviewer whose name is not among the record's authors.
   */
  by?: string;
}
/**
 * A title a person held, with the organisation and the time where known.
 */
export interface Role {
  /**
   * The title as the public record gives it.
   */
  title: string;
  /**
   * The entity the title belongs to, or null where it is not in the registry.
   */
  organization: EntityId | null;
  /**
   * When the person took the role, at the precision known.
   */
  from?: string;
  /**
   * When the person left the role, at the precision known. Absent while it is held (then `ongoing` says so) or when its end is unknown.
   */
  to?: string;
  /**
   * The role was still held when the latest source cited in `basis` was written, so it has no `to`. Absent where the end is unknown: readers can then tell a role still held from one whose end no source gives.
   */
  ongoing?: true;
  /**
   * Where the role comes from, or what is uncertain about it.
   */
  note?: string;
  /**
   * What the title and its dates rest on: sources read (`cite`), and/or the article text that gives the title (`article` and `text`).
   */
  basis: Basis;
}
/**
 * An entity taking part in the event.
 */
export interface RegistryParticipant {
  /**
   * The entity.
   */
  entity: string;
  /**
   * Its part in the event.
   */
  role: ParticipantRole;
}
/**
 * A date of the event as the cited sources give it.
 */
export interface RegistryDate {
  /**
   * What the date is the date of.
   */
  role: DateRole;
  /**
   * The date or interval.
   */
  value: string;
  /**
   * How precise `value` is.
   */
  precision: DatePrecision;
  /**
   * The sources read (or article text) that give the date.
   */
  basis: Basis;
  /**
   * How the sources give the date.
   */
  note?: string;
}
/**
 * An actor in the shared registry (`data/entities/<id>.json`): a person, company, government body, country or media outlet that articles mention. One file per entity, shared by all articles.
 */
export interface Entity {
  /**
   * Relative path to this schema, so that editors complete and lint the file.
   */
  $schema?: string;
  /**
   * The entity's id; equals the file name without `.json`.
   */
  id: string;
  /**
   * The entity's usual full name in English.
   */
  name: string;
  /**
   * What kind of actor the entity is.
   */
  kind: EntityKind;
  /**
   * Other names and abbreviations by which articles name the entity, correct ones only (a misprint in one article is a source issue, not an alias). The validator warns where an alias or the name occurs in an article outside the recorded mentions.
   */
  aliases: Text[];
  /**
   * The Wikidata item (QID) of the entity, given only where the annotator is sure of it; otherwise null, and `note` says why.
   */
  wikidata: WikidataId | null;
  /**
   * The source read that shows this Wikidata item is this entity (the item's page, say). Required when `wikidata` is set.
   */
  wikidataBasis?: Basis;
  /**
   * The ISO 3166-1 alpha-2 code of the entity's country (for a person, the country they act for), or null where none applies.
   */
  country: CountryCode | null;
  /**
   * One sentence that says who or what the entity is, enough to tell it from others of the same name.
   */
  description: string;
  /**
   * For people: the titles and organisations they held at the times articles speak of. Empty for other kinds.
   */
  roles: Role[];
  /**
   * The sources read for this entity's Wikidata id and roles.
   */
  citations: CitationList;
  /**
   * Why a field is null or how an identification was made. Required when `wikidata` is null.
   */
  note?: string;
}
/**
 * A real-world event in the shared registry (data/events/<id>.json), reported by one or more articles. Each article's event links to it (`registry`), so one event shows once however many articles report it, and an article date that disagrees with the registry is visible: a `wrong-date` source issue of that article, or an error. Its dates rest on sources read, cited here.
 */
export interface RegistryEvent {
  /**
   * Relative path to this schema, so that editors complete and lint the file.
   */
  $schema?: string;
  /**
   * The event's id; equals the file name without `.json`.
   */
  id: string;
  /**
   * The event's type.
   */
  type: EventType;
  /**
   * The event in one line.
   */
  summary: string;
  /**
   * Who takes part, with their roles; sorted by entity.
   *
   * @minItems 1
   */
  participants: RegistryParticipant[];
  /**
   * The event's own dates, each with its basis.
   */
  dates: RegistryDate[];
  /**
   * The Wikidata item of the event, only where certain; otherwise null with a note.
   */
  wikidata: WikidataId | null;
  /**
   * The source read that shows the item is this event. Required with `wikidata`.
   */
  wikidataBasis?: Basis;
  /**
   * The sources read for this event's dates and its Wikidata id.
   */
  citations: CitationList;
  /**
   * Anything a reader needs to know about the event.
   */
  note?: string;
}
