/* eslint-disable */
// DO NOT EDIT: generated from schema/*.schema.json by `npm run gen:validators`.
// Edit the schemas and run the command again; `npm test` fails when this file is stale.
"use strict";
exports.article = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cdn.jsdelivr.net/npm/huawei-trade-news@2.0.0/schema/article.schema.json","title":"Article","description":"The hand-checked record of one news article (`data/articles/<id>.json`): its source text pinned by hash, the entities it mentions, the events it reports, its quotes, what it gets wrong, and which parts of the text are not the article. Every span is a selector into the source text, checked by the validator.","type":"object","additionalProperties":false,"required":["id","source","entities","events","quotes","quoteMarks","sourceIssues","boilerplate","citations","review"],"properties":{"$schema":{"description":"Relative path to this schema, so that editors complete and lint the file.","type":"string","examples":["../../schema/article.schema.json"]},"id":{"$ref":"defs.schema.json#/$defs/articleId","description":"The article's id; equals the file name without `.json`."},"source":{"$ref":"#/$defs/source","description":"The source text and what is known of the article's publication."},"segments":{"description":"The segments of a text that carries more than one article (an appended article, a stitched-in write-up), in text order; absent when the text is one article. The events, quotes and mentions of every news segment are recorded.","type":"array","items":{"$ref":"#/$defs/segment"}},"entities":{"description":"Every entity of the registry that the article mentions, with every place it is mentioned; sorted by entity id.","type":"array","items":{"$ref":"#/$defs/entityMentions"}},"events":{"description":"Every event the article reports, in the order the annotator chose (usually the order of first evidence).","type":"array","items":{"$ref":"#/$defs/event"}},"quotes":{"description":"Every direct and partial quote in the text (indirect speech optionally), in text order.","type":"array","items":{"$ref":"#/$defs/quote"}},"quoteMarks":{"$ref":"#/$defs/quoteMarks","description":"Quotation marks of the text that do not enclose a quote."},"sourceIssues":{"description":"What the article gets wrong, recorded instead of edited away.","type":"array","items":{"$ref":"#/$defs/sourceIssue"}},"boilerplate":{"description":"Every span of the text that is not part of the article; sorted by position.","type":"array","items":{"$ref":"#/$defs/boilerplate"}},"citations":{"$ref":"defs.schema.json#/$defs/citationList","description":"The sources read for the values of this record that the text does not state (its address, an inferred date, a correction resting on outside reporting)."},"review":{"$ref":"#/$defs/review","description":"Review status and the history of changes to this record."}},"$defs":{"source":{"title":"Source","description":"The source text (`data/sources/<id>.txt`) and the article's publication. `sha256` and `length` pin the text: any change to it breaks every selector on purpose.","type":"object","additionalProperties":false,"required":["originalName","sha256","length","headline","publisher","published","language"],"properties":{"originalName":{"description":"The file name the text had in the corpus it came from.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$","maxLength":200,"examples":["000_dcb5e2059d267a66.txt"]},"sha256":{"$ref":"defs.schema.json#/$defs/sha256","description":"SHA-256 of the source text's bytes."},"length":{"description":"Length of the source text in Unicode code points.","type":"integer","minimum":1},"headline":{"description":"The selector of the article's headline in the text, or null where the text does not contain it.","oneOf":[{"$ref":"defs.schema.json#/$defs/selector"},{"type":"null"}]},"publisher":{"$ref":"#/$defs/publisher","description":"Who published the article."},"published":{"description":"When the article was published, at the precision the evidence supports; inferred from the text's internal evidence where no date is printed, with a note that says how. Null only in a draft, before anyone has looked (`npm run new` writes it so); a checked record always has one, since some precision can always be established.","oneOf":[{"$ref":"defs.schema.json#/$defs/dateValue"},{"type":"null"}]},"url":{"description":"The article's address, only where a page at that address was read and carries this text (cited in `urlBasis`); never reconstructed.","type":"string","format":"uri","maxLength":2000},"language":{"description":"The language of the text as a BCP 47 tag.","type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","examples":["en"]},"urlBasis":{"$ref":"defs.schema.json#/$defs/basis","description":"What the address rests on: a citation of the page read at that address. Required with `url`."}},"dependentRequired":{"url":["urlBasis"]}},"publisher":{"title":"Publisher","description":"The publisher of the article: an entity, or null with a note that says why it is unknown.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"entity":{"description":"The publisher's entity id, or null where it cannot be established.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the publisher was identified, or why it is unknown. Required when `entity` is null."},"basis":{"$ref":"defs.schema.json#/$defs/basis","description":"What identifies the publisher: the place in the text that names it (a copyright line, a masthead), or a source read. Required when `entity` is set."}},"allOf":[{"if":{"properties":{"entity":{"type":"string"}}},"then":{"required":["basis"]},"else":{"required":["note"]}}]},"entityMentions":{"title":"EntityMentions","description":"An entity that the article mentions and every place it does so.","type":"object","additionalProperties":false,"required":["entity","mentions"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The entity mentioned."},"mentions":{"description":"Every place the article names the entity, in text order, each with its form.","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/$defs/mention"}},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How a mention by title or description was linked to this entity."}}},"participant":{"title":"Participant","description":"An entity taking part in an event.","type":"object","additionalProperties":false,"required":["entity","role"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The participating entity; it must be listed in the record's `entities`."},"role":{"$ref":"defs.schema.json#/$defs/participantRole","description":"The part it plays."}}},"event":{"title":"Event","description":"An event the article reports.","type":"object","additionalProperties":false,"required":["id","type","summary","trigger","participants","dates","factuality","evidence"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/eventId","description":"The event's id, unique within the record."},"type":{"$ref":"defs.schema.json#/$defs/eventType","description":"The event's type. Its PLOVER category and CAMEO code follow from the type (see `x-plover` in the shared definitions), so they are not repeated here."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"One sentence, in the annotator's words, of who did what to whom."},"trigger":{"$ref":"defs.schema.json#/$defs/selector","description":"The word or phrase that most directly expresses the event (\"announced\", \"banned\")."},"participants":{"description":"The entities taking part, with their roles.","type":"array","items":{"$ref":"#/$defs/participant"}},"dates":{"description":"The event's dates, each with its role, precision and resolution; empty where neither the text nor sure knowledge dates the event (say so in `note`).","type":"array","items":{"$ref":"defs.schema.json#/$defs/eventDate"}},"place":{"$ref":"defs.schema.json#/$defs/entityId","description":"Where the event happened, where the text says so: an entity of kind place or country, listed in the record's `entities` (a mention of it is the evidence). Absent where the text does not say."},"factuality":{"$ref":"defs.schema.json#/$defs/factuality","description":"How the article presents the event's reality."},"evidence":{"$ref":"defs.schema.json#/$defs/selectorList","description":"The sentences or clauses that state the event, in text order."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Anything a reader of the record should know about the event's coding. Required when the event has no dates: say why it cannot be dated."},"registry":{"$ref":"#/$defs/registryLink","description":"The real-world event in the shared registry that this event reports, where the registry has it."}},"allOf":[{"if":{"properties":{"dates":{"type":"array","maxItems":0}}},"then":{"required":["note"]}}]},"speaker":{"title":"Speaker","description":"Who a quote is attributed to: an entity, or an unnamed speaker described in words.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"entity":{"description":"The speaker's entity id (listed in the record's `entities`), or null for an unnamed speaker.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"description":{"$ref":"defs.schema.json#/$defs/text","description":"How the text describes an unnamed speaker (\"one Verizon partner that asked not to be named\"). Required when `entity` is null."}},"allOf":[{"if":{"properties":{"entity":{"type":"null"}}},"then":{"required":["description"]}}]},"quote":{"title":"Quote","description":"A quote: the words, who said them, the cue and the outlet they came through.","type":"object","additionalProperties":false,"required":["id","kind","content","speaker","about"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/quoteId","description":"The quote's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/quoteKind","description":"How the quote is given."},"content":{"$ref":"defs.schema.json#/$defs/selector","description":"The quoted words, without the quotation marks. For a direct or partial quote the validator checks that an opening mark stands just before `start` and a closing mark just at `end` (unless `unclosed`, or the quotation goes on in a `continuation`). `npm run fix` trims marks written into `exact`."},"continuation":{"description":"The quoted words of each following paragraph of the same quotation, in text order, each without its marks. English news leaves a paragraph's quotation open when the quotation goes on in the next paragraph, which opens with a new mark: that is the convention, not an error of the article, so `content` then ends at its paragraph's end with no closing mark, only white space with a line break lies between one part and the next part's opening mark, and the last part ends at the closing mark (unless `unclosed`).","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/$defs/selector"}},"unclosed":{"description":"True when the source never closes the quotation; a source issue of kind `unclosed-quote` must then point to this quote.","const":true},"speaker":{"$ref":"#/$defs/speaker","description":"Who the quote is attributed to."},"cue":{"$ref":"defs.schema.json#/$defs/selector","description":"The verb or phrase that attributes the quote (\"said\", \"told\", \"according to\"), where there is one."},"via":{"$ref":"defs.schema.json#/$defs/entityId","description":"The outlet the quote reached the article through (a report by Nikkei, Reuters), where the text names it; listed in the record's `entities`."},"about":{"description":"The ids of the events the quote speaks to.","type":"array","items":{"$ref":"defs.schema.json#/$defs/eventId"},"uniqueItems":true},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the speaker was identified, or anything else about the quote."}}},"ignoredMarks":{"title":"IgnoredMarks","description":"A pair of quotation marks (or a lone mark) that does not enclose a quote.","type":"object","additionalProperties":false,"required":["span","reason"],"properties":{"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The span from the opening mark to the closing mark, both included."},"reason":{"$ref":"defs.schema.json#/$defs/ignoredMarkReason","description":"Why the marks do not enclose a quote."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"More on the reason; required when `reason` is `other`."}},"allOf":[{"if":{"properties":{"reason":{"const":"other"}}},"then":{"required":["note"]}}]},"quoteMarks":{"title":"QuoteMarks","description":"The accounting of the text's quotation marks. The validator finds every double quotation mark (\" “ ” „ « ») itself; each must open or close a recorded quote or lie at an end of an ignored span.","type":"object","additionalProperties":false,"required":["ignored"],"properties":{"ignored":{"description":"Marks that do not enclose a quote, with the reason; sorted by position.","type":"array","items":{"$ref":"#/$defs/ignoredMarks"}},"unclassified":{"description":"Pairs of marks (or lone marks) not yet classified, as `npm run new` lists them in a draft: each span runs from the opening to the closing mark. Every entry is an open item that the validator reports until it is moved to `quotes` or `ignored`.","type":"array","items":{"$ref":"defs.schema.json#/$defs/selector"}}}},"sourceIssue":{"title":"SourceIssue","description":"Something the article gets wrong. What it says is the target's `exact` text (not repeated, since it would be derivable); what is right goes in `corrected`.","type":"object","additionalProperties":false,"required":["id","kind","target","corrected","explanation","confidence"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/sourceIssueId","description":"The issue's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/sourceIssueKind","description":"What kind of error it is."},"target":{"$ref":"defs.schema.json#/$defs/selector","description":"The span of the text that is wrong, as published."},"corrected":{"description":"What the span should say, or null where the right wording cannot be known (garbled text).","oneOf":[{"type":"string","minLength":1,"maxLength":4000},{"type":"null"}]},"explanation":{"$ref":"defs.schema.json#/$defs/text","description":"Why it is wrong, and the evidence."},"confidence":{"$ref":"defs.schema.json#/$defs/confidence","description":"How sure the annotator is."},"quote":{"$ref":"defs.schema.json#/$defs/quoteId","description":"The quote the issue concerns; required for `unclosed-quote`."},"basis":{"$ref":"defs.schema.json#/$defs/basis","description":"What the correction rests on: the places in the text that show it (the name spelt right elsewhere), or sources read. Required for a factual error, wrong name, wrong title or wrong date with a correction."}},"allOf":[{"if":{"required":["corrected"],"properties":{"kind":{"enum":["factual-error","wrong-name","wrong-title","wrong-date"]},"corrected":{"type":"string"}}},"then":{"required":["basis"]}},{"if":{"properties":{"kind":{"const":"unclosed-quote"}}},"then":{"required":["quote"]}}]},"boilerplate":{"title":"Boilerplate","description":"A span of the text that is not part of the article.","type":"object","additionalProperties":false,"required":["span","kind"],"properties":{"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The span, without the line breaks around it."},"kind":{"$ref":"defs.schema.json#/$defs/boilerplateKind","description":"What the span is."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"More on what the span is; required when `kind` is `other`."}},"allOf":[{"if":{"properties":{"kind":{"const":"other"}}},"then":{"required":["note"]}}]},"review":{"title":"Review","description":"The record's review status and its history, so that no change is a silent overwrite.","type":"object","additionalProperties":false,"required":["status","history"],"properties":{"status":{"$ref":"defs.schema.json#/$defs/reviewStatus","description":"Where the record stands."},"history":{"description":"Every change to the record, oldest first.","type":"array","minItems":1,"items":{"$ref":"#/$defs/historyEntry"}}}},"historyEntry":{"title":"HistoryEntry","description":"One change to the record.","type":"object","additionalProperties":false,"required":["date","change"],"properties":{"date":{"$ref":"defs.schema.json#/$defs/calendarDate","description":"When the change was made."},"change":{"$ref":"defs.schema.json#/$defs/text","description":"What was done (\"second read against the text\")."},"by":{"$ref":"defs.schema.json#/$defs/text","description":"Who made the change, as they sign their work: the contributor who annotated, or the reviewer who read the record against the text. The workbench marks a record checked only for a reviewer whose name is not among the record's authors."}}},"segment":{"title":"Segment","description":"One part of a text that carries several: an article, a stitched-in write-up or page furniture.","type":"object","additionalProperties":false,"required":["id","kind","span"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/segmentId","description":"The segment's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/segmentKind","description":"What the segment is."},"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The whole segment, from its first character to its last."},"headline":{"$ref":"defs.schema.json#/$defs/selector","description":"The segment's own headline, where it has one."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"What the segment is and how it was told apart."}}},"registryLink":{"title":"RegistryLink","description":"A link from an article's event to the real-world event it reports.","type":"object","additionalProperties":false,"required":["event","relation"],"properties":{"event":{"$ref":"defs.schema.json#/$defs/registryEventId","description":"The registry event."},"relation":{"$ref":"defs.schema.json#/$defs/registryRelation","description":"Whether the article reports that event itself or a part of it."}}}},"allOf":[{"if":{"properties":{"review":{"type":"object","properties":{"status":{"const":"checked"}}}}},"then":{"properties":{"source":{"type":"object","properties":{"published":{"type":"object"}}}}}}]};
const schema33 = {"title":"Slug","description":"A stable, human-readable identifier: lower-case ASCII letters and digits in groups joined by single hyphens.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":120,"examples":["internet-initiative-japan","2019-07-iij-resumes-huawei-sales"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema34 = {"title":"Source","description":"The source text (`data/sources/<id>.txt`) and the article's publication. `sha256` and `length` pin the text: any change to it breaks every selector on purpose.","type":"object","additionalProperties":false,"required":["originalName","sha256","length","headline","publisher","published","language"],"properties":{"originalName":{"description":"The file name the text had in the corpus it came from.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$","maxLength":200,"examples":["000_dcb5e2059d267a66.txt"]},"sha256":{"$ref":"defs.schema.json#/$defs/sha256","description":"SHA-256 of the source text's bytes."},"length":{"description":"Length of the source text in Unicode code points.","type":"integer","minimum":1},"headline":{"description":"The selector of the article's headline in the text, or null where the text does not contain it.","oneOf":[{"$ref":"defs.schema.json#/$defs/selector"},{"type":"null"}]},"publisher":{"$ref":"#/$defs/publisher","description":"Who published the article."},"published":{"description":"When the article was published, at the precision the evidence supports; inferred from the text's internal evidence where no date is printed, with a note that says how. Null only in a draft, before anyone has looked (`npm run new` writes it so); a checked record always has one, since some precision can always be established.","oneOf":[{"$ref":"defs.schema.json#/$defs/dateValue"},{"type":"null"}]},"url":{"description":"The article's address, only where a page at that address was read and carries this text (cited in `urlBasis`); never reconstructed.","type":"string","format":"uri","maxLength":2000},"language":{"description":"The language of the text as a BCP 47 tag.","type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","examples":["en"]},"urlBasis":{"$ref":"defs.schema.json#/$defs/basis","description":"What the address rests on: a citation of the page read at that address. Required with `url`."}},"dependentRequired":{"url":["urlBasis"]}};
const schema35 = {"title":"Sha256","description":"A SHA-256 digest in lower-case hexadecimal.","type":"string","pattern":"^[0-9a-f]{64}$","examples":["d79ab4c43a3364bcdfad789238fcc0c576e0aba4d32cf30bbece433d179ceadd"]};
const schema36 = {"title":"Selector","description":"A span of the article's source text: 0-based, end-exclusive offsets in Unicode code points (the W3C Web Annotation TextPositionSelector convention) and the exact text between them (its TextQuoteSelector `exact`, with an optional `prefix` and `suffix`). The validator checks that `exact` equals the text at [start, end), so a selector cannot drift from the hash-pinned text. A contributor may write only `exact` (and `prefix` or `suffix` where the text occurs more than once): `npm run fix` fills in `start` and `end`.","type":"object","additionalProperties":false,"required":["start","end","exact"],"properties":{"start":{"description":"Offset of the first code point of the span, counted from 0.","type":"integer","minimum":0},"end":{"description":"Offset just past the last code point of the span (end-exclusive); greater than `start`.","type":"integer","minimum":1},"exact":{"description":"The text of the span, character for character as in the source.","type":"string","minLength":1},"prefix":{"description":"A few words of the text just before the span (the W3C TextQuoteSelector `prefix`), written where `exact` occurs more than once so that `npm run fix` can tell which occurrence is meant. It is kept after the offsets are filled in, and the validator checks that it still ends where the span starts: a reader of the JSON sees which occurrence it is, and a later correction of `exact` can be placed again from it.","type":"string","minLength":1},"suffix":{"description":"A few words of the text just after the span (the W3C TextQuoteSelector `suffix`); like `prefix`, it chooses between occurrences, is kept, and is checked to start where the span ends.","type":"string","minLength":1}},"examples":[{"start":82,"end":126,"exact":"Japanese telecom carrier Internet Initiative"}]};
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern18 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const schema37 = {"title":"Publisher","description":"The publisher of the article: an entity, or null with a note that says why it is unknown.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"entity":{"description":"The publisher's entity id, or null where it cannot be established.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the publisher was identified, or why it is unknown. Required when `entity` is null."},"basis":{"$ref":"defs.schema.json#/$defs/basis","description":"What identifies the publisher: the place in the text that names it (a copyright line, a masthead), or a source read. Required when `entity` is set."}},"allOf":[{"if":{"properties":{"entity":{"type":"string"}}},"then":{"required":["basis"]},"else":{"required":["note"]}}]};
const schema39 = {"title":"Text","description":"A non-empty line of text with no leading or trailing white space.","type":"string","minLength":1,"maxLength":4000,"pattern":"^\\S(.*\\S)?$"};
const pattern8 = new RegExp("^\\S(.*\\S)?$", "u");
const schema40 = {"title":"Basis","description":"What a value that the text does not state rests on: citations of sources that were read, and/or the places in the text that establish it. A value with a basis is checkable; one without is never recorded.","type":"object","additionalProperties":false,"anyOf":[{"required":["cite"]},{"required":["text"]}],"properties":{"cite":{"description":"The ids of the citations (in this file's `citations`) the value rests on.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/citationId"}},"text":{"$ref":"#/$defs/selectorList","description":"The places in an article text that establish the value: in an article record, its own text; elsewhere, the text of `article`."},"article":{"$ref":"#/$defs/articleId","description":"Outside an article record (an entity, a registry event): the article whose text `text` points into. Required with `text` there."},"note":{"$ref":"#/$defs/note","description":"How the sources or the text establish the value, where that is not obvious."}}};
const schema41 = {"title":"CitationId","description":"The id of a citation within its file: \"c-\" and a slug.","type":"string","pattern":"^c-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":100};
const func0 = require("ajv/dist/runtime/equal").default;
const pattern9 = new RegExp("^c-[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema42 = {"title":"SelectorList","description":"Selectors in text order (sorted by start, then end); at least one.","type":"array","minItems":1,"items":{"$ref":"#/$defs/selector"}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.start === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.end === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.exact === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data0){
if(!(((((key0 === "start") || (key0 === "end")) || (key0 === "exact")) || (key0 === "prefix")) || (key0 === "suffix"))){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.start !== undefined){
let data1 = data0.start;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/" + i0+"/start",schemaPath:"#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/" + i0+"/start",schemaPath:"#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data0.end !== undefined){
let data2 = data0.end;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/" + i0+"/end",schemaPath:"#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/" + i0+"/end",schemaPath:"#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data0.exact !== undefined){
let data3 = data0.exact;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/" + i0+"/exact",schemaPath:"#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/" + i0+"/exact",schemaPath:"#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.prefix !== undefined){
let data4 = data0.prefix;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/" + i0+"/prefix",schemaPath:"#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/" + i0+"/prefix",schemaPath:"#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.suffix !== undefined){
let data5 = data0.suffix;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err13 = {instancePath:instancePath+"/" + i0+"/suffix",schemaPath:"#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/" + i0+"/suffix",schemaPath:"#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cite === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "cite"},message:"must have required property '"+"cite"+"'",schema:schema40.anyOf[0].required,parentSchema:schema40.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema40.anyOf[1].required,parentSchema:schema40.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.anyOf,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "cite") || (key0 === "text")) || (key0 === "article")) || (key0 === "note"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cite !== undefined){
let data0 = data.cite;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern9.test(data1)){
const err6 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/pattern",keyword:"pattern",params:{pattern: "^c-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^c-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^c-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err8 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.cite.type,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.text !== undefined){
if(!(validate25(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.article !== undefined){
let data3 = data.article;
if(typeof data3 === "string"){
if(func2(data3) > 120){
const err10 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data3)){
const err11 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern8.test(data4)){
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity !== undefined){
if(typeof data.entity !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.basis === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema37.allOf[0].then.required,parentSchema:schema37.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.note === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/else/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema37.allOf[0].else.required,parentSchema:schema37.allOf[0].else,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema37.allOf[0].if,parentSchema:schema37.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "entity") || (key0 === "note")) || (key0 === "basis"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.entity !== undefined){
let data1 = data.entity;
const _errs10 = errors;
let valid4 = false;
let passing0 = null;
const _errs11 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err6 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs11 === errors;
if(_valid1){
valid4 = true;
passing0 = 0;
}
const _errs14 = errors;
if(data1 !== null){
const err9 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema37.properties.entity.oneOf[1].type,parentSchema:schema37.properties.entity.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs14 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema37.properties.entity.oneOf,parentSchema:schema37.properties.entity,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.note !== undefined){
let data2 = data.note;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err11 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern8.test(data2)){
const err13 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.basis !== undefined){
if(!(validate24(data.basis, {instancePath:instancePath+"/basis",parentData:data,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"title":"DateValue","description":"A date as the text supports it: its value, how precise it is, and how it was resolved.","type":"object","additionalProperties":false,"required":["value","precision","resolution"],"properties":{"value":{"$ref":"#/$defs/dateString","description":"The date or interval, at the stated precision."},"precision":{"$ref":"#/$defs/datePrecision","description":"How precise `value` is; must agree with its form."},"resolution":{"$ref":"#/$defs/dateResolution","description":"How `value` was obtained from the text."},"text":{"$ref":"#/$defs/selector","description":"The phrase of the text that gives the date (\"on Tuesday\", \"August 19\"). Required when `resolution` is `explicit` or `relative`."},"anchor":{"$ref":"#/$defs/dateString","description":"The date a relative phrase was resolved against, usually the publication date. Required when `resolution` is `relative`."},"note":{"$ref":"#/$defs/note","description":"How the date was resolved or inferred. Required when `resolution` is `inferred`."},"basis":{"$ref":"#/$defs/basis","description":"What an inferred date rests on: a source read, or the places in the text it was inferred from. Required when `resolution` is `inferred`."}},"examples":[{"value":"2019-07-02","precision":"day","resolution":"relative","text":{"start":131,"end":141,"exact":"on Tuesday"},"anchor":"2019-06-29","note":"The Tuesday after the Saturday of the G20 summit."}],"allOf":[{"if":{"properties":{"resolution":{"const":"inferred"}}},"then":{"required":["note","basis"]}},{"if":{"properties":{"resolution":{"const":"relative"}}},"then":{"required":["text","anchor"]}},{"if":{"properties":{"resolution":{"const":"explicit"}}},"then":{"required":["text"]}}]};
const schema47 = {"title":"DateString","description":"An ISO 8601 date at day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) precision, or an interval of two such dates joined by `/` whose start does not follow its end. The validator checks that every day exists and that the form agrees with the stated precision.","type":"string","pattern":"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$","examples":["2019-07-02","2019-05","2021","2019-07-02/2019-07-07"]};
const schema48 = {"title":"DatePrecision","description":"How precise a date value is.","type":"string","enum":["day","month","year","range"]};
const schema49 = {"title":"DateResolution","description":"How a date value was obtained.","type":"string","enum":["explicit","relative","inferred"]};
const pattern12 = new RegExp("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cite === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "cite"},message:"must have required property '"+"cite"+"'",schema:schema40.anyOf[0].required,parentSchema:schema40.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema40.anyOf[1].required,parentSchema:schema40.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.anyOf,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "cite") || (key0 === "text")) || (key0 === "article")) || (key0 === "note"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cite !== undefined){
let data0 = data.cite;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern9.test(data1)){
const err6 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/pattern",keyword:"pattern",params:{pattern: "^c-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^c-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^c-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err8 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.cite.type,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.text !== undefined){
if(!(validate25(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.article !== undefined){
let data3 = data.article;
if(typeof data3 === "string"){
if(func2(data3) > 120){
const err10 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data3)){
const err11 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern8.test(data4)){
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resolution !== undefined){
if("inferred" !== data.resolution){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.note === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema46.allOf[0].then.required,parentSchema:schema46.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.basis === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema46.allOf[0].then.required,parentSchema:schema46.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema46.allOf[0].if,parentSchema:schema46.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resolution !== undefined){
if("relative" !== data.resolution){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema46.allOf[1].then.required,parentSchema:schema46.allOf[1].then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.anchor === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "anchor"},message:"must have required property '"+"anchor"+"'",schema:schema46.allOf[1].then.required,parentSchema:schema46.allOf[1].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema46.allOf[1].if,parentSchema:schema46.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resolution !== undefined){
if("explicit" !== data.resolution){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema46.allOf[2].then.required,parentSchema:schema46.allOf[2].then,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
}
if(!valid5){
const err10 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema46.allOf[2].if,parentSchema:schema46.allOf[2],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.precision === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.resolution === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resolution"},message:"must have required property '"+"resolution"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "value") || (key0 === "precision")) || (key0 === "resolution")) || (key0 === "text")) || (key0 === "anchor")) || (key0 === "note")) || (key0 === "basis"))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.value !== undefined){
let data3 = data.value;
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err15 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.precision !== undefined){
let data4 = data.precision;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/precision",schemaPath:"#/$defs/datePrecision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((data4 === "day") || (data4 === "month")) || (data4 === "year")) || (data4 === "range"))){
const err18 = {instancePath:instancePath+"/precision",schemaPath:"#/$defs/datePrecision/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values",schema:schema48.enum,parentSchema:schema48,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.resolution !== undefined){
let data5 = data.resolution;
if(typeof data5 !== "string"){
const err19 = {instancePath:instancePath+"/resolution",schemaPath:"#/$defs/dateResolution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data5 === "explicit") || (data5 === "relative")) || (data5 === "inferred"))){
const err20 = {instancePath:instancePath+"/resolution",schemaPath:"#/$defs/dateResolution/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.text !== undefined){
let data6 = data.text;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.start === undefined){
const err21 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.end === undefined){
const err22 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.exact === undefined){
const err23 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data6){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err24 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.start !== undefined){
let data7 = data6.start;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err25 = {instancePath:instancePath+"/text/start",schemaPath:"#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err26 = {instancePath:instancePath+"/text/start",schemaPath:"#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data6.end !== undefined){
let data8 = data6.end;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err27 = {instancePath:instancePath+"/text/end",schemaPath:"#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/text/end",schemaPath:"#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data6.exact !== undefined){
let data9 = data6.exact;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err29 = {instancePath:instancePath+"/text/exact",schemaPath:"#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/text/exact",schemaPath:"#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.prefix !== undefined){
let data10 = data6.prefix;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err31 = {instancePath:instancePath+"/text/prefix",schemaPath:"#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/text/prefix",schemaPath:"#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.suffix !== undefined){
let data11 = data6.suffix;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err33 = {instancePath:instancePath+"/text/suffix",schemaPath:"#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/text/suffix",schemaPath:"#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.anchor !== undefined){
let data12 = data.anchor;
if(typeof data12 === "string"){
if(!pattern12.test(data12)){
const err36 = {instancePath:instancePath+"/anchor",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/anchor",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.note !== undefined){
let data13 = data.note;
if(typeof data13 === "string"){
if(func2(data13) > 4000){
const err38 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data13) < 1){
const err39 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern8.test(data13)){
const err40 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.basis !== undefined){
if(!(validate30(data.basis, {instancePath:instancePath+"/basis",parentData:data,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.originalName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "originalName"},message:"must have required property '"+"originalName"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sha256 === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.length === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "length"},message:"must have required property '"+"length"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.headline === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headline"},message:"must have required property '"+"headline"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.publisher === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.published === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.language === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema34.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.originalName !== undefined){
let data0 = data.originalName;
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err8 = {instancePath:instancePath+"/originalName",schemaPath:"#/properties/originalName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34.properties.originalName,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data0)){
const err9 = {instancePath:instancePath+"/originalName",schemaPath:"#/properties/originalName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$",parentSchema:schema34.properties.originalName,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/originalName",schemaPath:"#/properties/originalName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.originalName.type,parentSchema:schema34.properties.originalName,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err11 = {instancePath:instancePath+"/sha256",schemaPath:"defs.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/sha256",schemaPath:"defs.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.length !== undefined){
let data2 = data.length;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err13 = {instancePath:instancePath+"/length",schemaPath:"#/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.length.type,parentSchema:schema34.properties.length,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/length",schemaPath:"#/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema34.properties.length,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.headline !== undefined){
let data3 = data.headline;
const _errs10 = errors;
let valid2 = false;
let passing0 = null;
const _errs11 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err15 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.end === undefined){
const err16 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.exact === undefined){
const err17 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err18 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err19 = {instancePath:instancePath+"/headline/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/headline/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data3.end !== undefined){
let data5 = data3.end;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err21 = {instancePath:instancePath+"/headline/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/headline/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data3.exact !== undefined){
let data6 = data3.exact;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err23 = {instancePath:instancePath+"/headline/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/headline/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data3.prefix !== undefined){
let data7 = data3.prefix;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err25 = {instancePath:instancePath+"/headline/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/headline/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data3.suffix !== undefined){
let data8 = data3.suffix;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err27 = {instancePath:instancePath+"/headline/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/headline/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs25 = errors;
if(data3 !== null){
const err30 = {instancePath:instancePath+"/headline",schemaPath:"#/properties/headline/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.headline.oneOf[1].type,parentSchema:schema34.properties.headline.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err31 = {instancePath:instancePath+"/headline",schemaPath:"#/properties/headline/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.properties.headline.oneOf,parentSchema:schema34.properties.headline,data:data3};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.publisher !== undefined){
if(!(validate23(data.publisher, {instancePath:instancePath+"/publisher",parentData:data,parentDataProperty:"publisher",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.published !== undefined){
let data10 = data.published;
const _errs29 = errors;
let valid5 = false;
let passing1 = null;
const _errs30 = errors;
if(!(validate29(data10, {instancePath:instancePath+"/published",parentData:data,parentDataProperty:"published",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs30 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs31 = errors;
if(data10 !== null){
const err32 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.published.oneOf[1].type,parentSchema:schema34.properties.published.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid1 = _errs31 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err33 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema34.properties.published.oneOf,parentSchema:schema34.properties.published,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
if(data.url !== undefined){
let data11 = data.url;
if(typeof data11 === "string"){
if(func2(data11) > 2000){
const err34 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema34.properties.url,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(formats0.test(data11))){
const err35 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema34.properties.url,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.url.type,parentSchema:schema34.properties.url,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.language !== undefined){
let data12 = data.language;
if(typeof data12 === "string"){
if(!pattern18.test(data12)){
const err37 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\"",schema:"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",parentSchema:schema34.properties.language,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.language.type,parentSchema:schema34.properties.language,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.urlBasis !== undefined){
if(!(validate24(data.urlBasis, {instancePath:instancePath+"/urlBasis",parentData:data,parentDataProperty:"urlBasis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.url !== undefined){
if(data.urlBasis === undefined){
const err39 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "url",
    missingProperty: "urlBasis",
    depsCount: 1,
    deps: "urlBasis"},message:"must have property urlBasis when property url is present",schema:schema34.dependentRequired,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"title":"Segment","description":"One part of a text that carries several: an article, a stitched-in write-up or page furniture.","type":"object","additionalProperties":false,"required":["id","kind","span"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/segmentId","description":"The segment's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/segmentKind","description":"What the segment is."},"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The whole segment, from its first character to its last."},"headline":{"$ref":"defs.schema.json#/$defs/selector","description":"The segment's own headline, where it has one."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"What the segment is and how it was told apart."}}};
const schema58 = {"title":"SegmentId","description":"The id of a segment within its record: \"seg-\" and a slug.","type":"string","pattern":"^seg-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":100};
const schema59 = {"title":"SegmentKind","description":"What a segment of a text is.","type":"string","enum":["main","appended","stitched","furniture"]};
const pattern19 = new RegExp("^seg-[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.span === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "kind")) || (key0 === "span")) || (key0 === "headline")) || (key0 === "note"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err4 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/segmentId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern19.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/segmentId/pattern",keyword:"pattern",params:{pattern: "^seg-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^seg-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^seg-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/segmentId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/segmentKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.type,parentSchema:schema59,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data1 === "main") || (data1 === "appended")) || (data1 === "stitched")) || (data1 === "furniture"))){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/segmentKind/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values",schema:schema59.enum,parentSchema:schema59,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.span !== undefined){
let data2 = data.span;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.start === undefined){
const err9 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.end === undefined){
const err10 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.exact === undefined){
const err11 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err12 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.start !== undefined){
let data3 = data2.start;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data2.end !== undefined){
let data4 = data2.end;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data2.exact !== undefined){
let data5 = data2.exact;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err17 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.prefix !== undefined){
let data6 = data2.prefix;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err19 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.suffix !== undefined){
let data7 = data2.suffix;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.headline !== undefined){
let data8 = data.headline;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.start === undefined){
const err24 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data8.end === undefined){
const err25 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.exact === undefined){
const err26 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data8){
if(!(((((key2 === "start") || (key2 === "end")) || (key2 === "exact")) || (key2 === "prefix")) || (key2 === "suffix"))){
const err27 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.start !== undefined){
let data9 = data8.start;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/headline/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/headline/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data8.end !== undefined){
let data10 = data8.end;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err30 = {instancePath:instancePath+"/headline/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/headline/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data8.exact !== undefined){
let data11 = data8.exact;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err32 = {instancePath:instancePath+"/headline/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/headline/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.prefix !== undefined){
let data12 = data8.prefix;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err34 = {instancePath:instancePath+"/headline/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/headline/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data8.suffix !== undefined){
let data13 = data8.suffix;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err36 = {instancePath:instancePath+"/headline/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/headline/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/headline",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.note !== undefined){
let data14 = data.note;
if(typeof data14 === "string"){
if(func2(data14) > 4000){
const err39 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data14) < 1){
const err40 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern8.test(data14)){
const err41 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"title":"EntityMentions","description":"An entity that the article mentions and every place it does so.","type":"object","additionalProperties":false,"required":["entity","mentions"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The entity mentioned."},"mentions":{"description":"Every place the article names the entity, in text order, each with its form.","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/$defs/mention"}},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How a mention by title or description was linked to this entity."}}};
const schema65 = {"title":"Mention","description":"A place where the article names an entity: a selector and the form of the naming.","type":"object","additionalProperties":false,"required":["start","end","exact","form"],"properties":{"start":{"description":"Offset of the first code point of the span, counted from 0.","type":"integer","minimum":0},"end":{"description":"Offset just past the last code point of the span (end-exclusive); greater than `start`.","type":"integer","minimum":1},"exact":{"description":"The text of the span, character for character as in the source.","type":"string","minLength":1},"prefix":{"description":"A few words of the text just before the span (the W3C TextQuoteSelector `prefix`), written where `exact` occurs more than once so that `npm run fix` can tell which occurrence is meant. It is kept after the offsets are filled in, and the validator checks that it still ends where the span starts: a reader of the JSON sees which occurrence it is, and a later correction of `exact` can be placed again from it.","type":"string","minLength":1},"suffix":{"description":"A few words of the text just after the span (the W3C TextQuoteSelector `suffix`); like `prefix`, it chooses between occurrences, is kept, and is checked to start where the span ends.","type":"string","minLength":1},"form":{"$ref":"#/$defs/mentionForm","description":"How the text names the entity here."}}};
const schema66 = {"title":"MentionForm","description":"How a mention names its entity, so that names can be counted apart from titles, descriptions, pronouns and modifiers.","type":"string","enum":["name","alias","title","description","pronoun","modifier"]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.end === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.exact === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.form === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "start") || (key0 === "end")) || (key0 === "exact")) || (key0 === "prefix")) || (key0 === "suffix")) || (key0 === "form"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.start !== undefined){
let data0 = data.start;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.start.type,parentSchema:schema65.properties.start,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.start,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.end !== undefined){
let data1 = data.end;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.end.type,parentSchema:schema65.properties.end,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema65.properties.end,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.exact !== undefined){
let data2 = data.exact;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/exact",schemaPath:"#/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.exact,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/exact",schemaPath:"#/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.exact.type,parentSchema:schema65.properties.exact,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.prefix !== undefined){
let data3 = data.prefix;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.prefix,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.prefix.type,parentSchema:schema65.properties.prefix,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.suffix !== undefined){
let data4 = data.suffix;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/suffix",schemaPath:"#/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.suffix,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/suffix",schemaPath:"#/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.suffix.type,parentSchema:schema65.properties.suffix,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.form !== undefined){
let data5 = data.form;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/form",schemaPath:"#/$defs/mentionForm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((((((data5 === "name") || (data5 === "alias")) || (data5 === "title")) || (data5 === "description")) || (data5 === "pronoun")) || (data5 === "modifier"))){
const err16 = {instancePath:instancePath+"/form",schemaPath:"#/$defs/mentionForm/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values",schema:schema66.enum,parentSchema:schema66,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mentions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mentions"},message:"must have required property '"+"mentions"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "entity") || (key0 === "mentions")) || (key0 === "note"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.entity !== undefined){
let data0 = data.entity;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err3 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.mentions !== undefined){
let data1 = data.mentions;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema63.properties.mentions,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate39(data1[i0], {instancePath:instancePath+"/mentions/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.mentions.type,parentSchema:schema63.properties.mentions,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.note !== undefined){
let data3 = data.note;
if(typeof data3 === "string"){
if(func2(data3) > 4000){
const err8 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern8.test(data3)){
const err10 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"title":"Event","description":"An event the article reports.","type":"object","additionalProperties":false,"required":["id","type","summary","trigger","participants","dates","factuality","evidence"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/eventId","description":"The event's id, unique within the record."},"type":{"$ref":"defs.schema.json#/$defs/eventType","description":"The event's type. Its PLOVER category and CAMEO code follow from the type (see `x-plover` in the shared definitions), so they are not repeated here."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"One sentence, in the annotator's words, of who did what to whom."},"trigger":{"$ref":"defs.schema.json#/$defs/selector","description":"The word or phrase that most directly expresses the event (\"announced\", \"banned\")."},"participants":{"description":"The entities taking part, with their roles.","type":"array","items":{"$ref":"#/$defs/participant"}},"dates":{"description":"The event's dates, each with its role, precision and resolution; empty where neither the text nor sure knowledge dates the event (say so in `note`).","type":"array","items":{"$ref":"defs.schema.json#/$defs/eventDate"}},"place":{"$ref":"defs.schema.json#/$defs/entityId","description":"Where the event happened, where the text says so: an entity of kind place or country, listed in the record's `entities` (a mention of it is the evidence). Absent where the text does not say."},"factuality":{"$ref":"defs.schema.json#/$defs/factuality","description":"How the article presents the event's reality."},"evidence":{"$ref":"defs.schema.json#/$defs/selectorList","description":"The sentences or clauses that state the event, in text order."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Anything a reader of the record should know about the event's coding. Required when the event has no dates: say why it cannot be dated."},"registry":{"$ref":"#/$defs/registryLink","description":"The real-world event in the shared registry that this event reports, where the registry has it."}},"allOf":[{"if":{"properties":{"dates":{"type":"array","maxItems":0}}},"then":{"required":["note"]}}]};
const schema69 = {"title":"EventId","description":"The id of an event, unique within its article record; starts with `ev-`.","type":"string","pattern":"^ev-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":120,"examples":["ev-iij-announces-sales"]};
const schema70 = {"title":"EventType","description":"The type of an event. Each value maps to the closest PLOVER category and CAMEO code (in `x-plover`), so the data can be joined with GDELT-style event data; events that PLOVER does not code (statements, reports, product launches) map to null.","type":"string","enum":["restriction-imposed","restriction-eased","licence-granted","licence-sought","sales-deal-started","sales-suspended","sales-deal-cancelled","acquisition-blocked","cooperation","cooperation-ended","negotiation-sought","negotiation-held","pressure","accusation","denial","arrest","product-launched","report-published","letter-sent","statement","forecast","policy-considered"]};
const schema86 = {"title":"Factuality","description":"How the article presents an event's reality.","type":"string","enum":["actual","announced","planned","expected","hypothetical","negated","reported"]};
const pattern23 = new RegExp("^ev-[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema73 = {"title":"Participant","description":"An entity taking part in an event.","type":"object","additionalProperties":false,"required":["entity","role"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The participating entity; it must be listed in the record's `entities`."},"role":{"$ref":"defs.schema.json#/$defs/participantRole","description":"The part it plays."}}};
const schema75 = {"title":"ParticipantRole","description":"The part an entity plays in an event.","type":"string","enum":["agent","target","affected","partner","subject"]};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "entity") || (key0 === "role"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.entity !== undefined){
let data0 = data.entity;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err3 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/role",schemaPath:"defs.schema.json#/$defs/participantRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((data1 === "agent") || (data1 === "target")) || (data1 === "affected")) || (data1 === "partner")) || (data1 === "subject"))){
const err7 = {instancePath:instancePath+"/role",schemaPath:"defs.schema.json#/$defs/participantRole/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"title":"EventDate","description":"A date of an event, with the role it plays for the event.","type":"object","additionalProperties":false,"required":["role","value","precision","resolution"],"properties":{"role":{"$ref":"#/$defs/dateRole","description":"What this date is for the event."},"value":{"$ref":"#/$defs/dateString","description":"The date or interval, at the stated precision."},"precision":{"$ref":"#/$defs/datePrecision","description":"How precise `value` is; must agree with its form."},"resolution":{"$ref":"#/$defs/dateResolution","description":"How `value` was obtained from the text."},"text":{"$ref":"#/$defs/selector","description":"The phrase of the text that gives the date (\"on Tuesday\", \"August 19\"). Required when `resolution` is `explicit` or `relative`."},"anchor":{"$ref":"#/$defs/dateString","description":"The date a relative phrase was resolved against. Required when `resolution` is `relative`."},"note":{"$ref":"#/$defs/note","description":"How the date was resolved or inferred. Required when `resolution` is `inferred`."},"basis":{"$ref":"#/$defs/basis","description":"What an inferred date rests on: a source read, or the places in the text it was inferred from. Required when `resolution` is `inferred`."},"issue":{"$ref":"#/$defs/sourceIssueId","description":"The `wrong-date` source issue of this record that records the date as the article gives it, where that contradicts the date of the registry event this event reports."}},"allOf":[{"if":{"properties":{"resolution":{"const":"inferred"}}},"then":{"required":["note","basis"]}},{"if":{"properties":{"resolution":{"const":"relative"}}},"then":{"required":["text","anchor"]}},{"if":{"properties":{"resolution":{"const":"explicit"}}},"then":{"required":["text"]}}]};
const schema77 = {"title":"DateRole","description":"What a date is for an event.","type":"string","enum":["occurred","announced","effective","expires","planned","reported"]};
const schema84 = {"title":"SourceIssueId","description":"The id of a source issue, unique within its article record; starts with `si-`.","type":"string","pattern":"^si-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":120,"examples":["si-iij-abbreviation"]};
const pattern29 = new RegExp("^si-[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resolution !== undefined){
if("inferred" !== data.resolution){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.note === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema76.allOf[0].then.required,parentSchema:schema76.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.basis === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema76.allOf[0].then.required,parentSchema:schema76.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema76.allOf[0].if,parentSchema:schema76.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resolution !== undefined){
if("relative" !== data.resolution){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema76.allOf[1].then.required,parentSchema:schema76.allOf[1].then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.anchor === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "anchor"},message:"must have required property '"+"anchor"+"'",schema:schema76.allOf[1].then.required,parentSchema:schema76.allOf[1].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema76.allOf[1].if,parentSchema:schema76.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resolution !== undefined){
if("explicit" !== data.resolution){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema76.allOf[2].then.required,parentSchema:schema76.allOf[2].then,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
}
if(!valid5){
const err10 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema76.allOf[2].if,parentSchema:schema76.allOf[2],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.value === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.precision === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.resolution === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resolution"},message:"must have required property '"+"resolution"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema76.properties, key0))){
const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.role !== undefined){
let data3 = data.role;
if(typeof data3 !== "string"){
const err16 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/dateRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.type,parentSchema:schema77,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((data3 === "occurred") || (data3 === "announced")) || (data3 === "effective")) || (data3 === "expires")) || (data3 === "planned")) || (data3 === "reported"))){
const err17 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/dateRole/enum",keyword:"enum",params:{allowedValues: schema77.enum},message:"must be equal to one of the allowed values",schema:schema77.enum,parentSchema:schema77,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.value !== undefined){
let data4 = data.value;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err18 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.precision !== undefined){
let data5 = data.precision;
if(typeof data5 !== "string"){
const err20 = {instancePath:instancePath+"/precision",schemaPath:"#/$defs/datePrecision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data5 === "day") || (data5 === "month")) || (data5 === "year")) || (data5 === "range"))){
const err21 = {instancePath:instancePath+"/precision",schemaPath:"#/$defs/datePrecision/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values",schema:schema48.enum,parentSchema:schema48,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.resolution !== undefined){
let data6 = data.resolution;
if(typeof data6 !== "string"){
const err22 = {instancePath:instancePath+"/resolution",schemaPath:"#/$defs/dateResolution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data6 === "explicit") || (data6 === "relative")) || (data6 === "inferred"))){
const err23 = {instancePath:instancePath+"/resolution",schemaPath:"#/$defs/dateResolution/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.text !== undefined){
let data7 = data.text;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.start === undefined){
const err24 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.end === undefined){
const err25 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7.exact === undefined){
const err26 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key1 in data7){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err27 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.start !== undefined){
let data8 = data7.start;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err28 = {instancePath:instancePath+"/text/start",schemaPath:"#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err29 = {instancePath:instancePath+"/text/start",schemaPath:"#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data7.end !== undefined){
let data9 = data7.end;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err30 = {instancePath:instancePath+"/text/end",schemaPath:"#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/text/end",schemaPath:"#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data7.exact !== undefined){
let data10 = data7.exact;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err32 = {instancePath:instancePath+"/text/exact",schemaPath:"#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/text/exact",schemaPath:"#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.prefix !== undefined){
let data11 = data7.prefix;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err34 = {instancePath:instancePath+"/text/prefix",schemaPath:"#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/text/prefix",schemaPath:"#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.suffix !== undefined){
let data12 = data7.suffix;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err36 = {instancePath:instancePath+"/text/suffix",schemaPath:"#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/text/suffix",schemaPath:"#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.anchor !== undefined){
let data13 = data.anchor;
if(typeof data13 === "string"){
if(!pattern12.test(data13)){
const err39 = {instancePath:instancePath+"/anchor",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/anchor",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.note !== undefined){
let data14 = data.note;
if(typeof data14 === "string"){
if(func2(data14) > 4000){
const err41 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(func2(data14) < 1){
const err42 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern8.test(data14)){
const err43 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.basis !== undefined){
if(!(validate30(data.basis, {instancePath:instancePath+"/basis",parentData:data,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.issue !== undefined){
let data16 = data.issue;
if(typeof data16 === "string"){
if(func2(data16) > 120){
const err45 = {instancePath:instancePath+"/issue",schemaPath:"#/$defs/sourceIssueId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema84,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern29.test(data16)){
const err46 = {instancePath:instancePath+"/issue",schemaPath:"#/$defs/sourceIssueId/pattern",keyword:"pattern",params:{pattern: "^si-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^si-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^si-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema84,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/issue",schemaPath:"#/$defs/sourceIssueId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.type,parentSchema:schema84,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.start === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.end === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.exact === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data0){
if(!(((((key0 === "start") || (key0 === "end")) || (key0 === "exact")) || (key0 === "prefix")) || (key0 === "suffix"))){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.start !== undefined){
let data1 = data0.start;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/" + i0+"/start",schemaPath:"#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/" + i0+"/start",schemaPath:"#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data0.end !== undefined){
let data2 = data0.end;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/" + i0+"/end",schemaPath:"#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/" + i0+"/end",schemaPath:"#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data0.exact !== undefined){
let data3 = data0.exact;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/" + i0+"/exact",schemaPath:"#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/" + i0+"/exact",schemaPath:"#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.prefix !== undefined){
let data4 = data0.prefix;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/" + i0+"/prefix",schemaPath:"#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/" + i0+"/prefix",schemaPath:"#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.suffix !== undefined){
let data5 = data0.suffix;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err13 = {instancePath:instancePath+"/" + i0+"/suffix",schemaPath:"#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/" + i0+"/suffix",schemaPath:"#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema90 = {"title":"RegistryLink","description":"A link from an article's event to the real-world event it reports.","type":"object","additionalProperties":false,"required":["event","relation"],"properties":{"event":{"$ref":"defs.schema.json#/$defs/registryEventId","description":"The registry event."},"relation":{"$ref":"defs.schema.json#/$defs/registryRelation","description":"Whether the article reports that event itself or a part of it."}}};
const schema91 = {"title":"RegistryEventId","description":"The id of a real-world event in the shared registry (data/events/<id>.json): its date at the precision known, then a slug (\"2019-05-16-huawei-entity-list\").","type":"string","pattern":"^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":100};
const schema92 = {"title":"RegistryRelation","description":"How an article's event relates to the registry event it reports.","type":"string","enum":["same","part"]};
const pattern32 = new RegExp("^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.relation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "relation"},message:"must have required property '"+"relation"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "event") || (key0 === "relation"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err3 = {instancePath:instancePath+"/event",schemaPath:"defs.schema.json#/$defs/registryEventId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema91,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern32.test(data0)){
const err4 = {instancePath:instancePath+"/event",schemaPath:"defs.schema.json#/$defs/registryEventId/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema91,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/event",schemaPath:"defs.schema.json#/$defs/registryEventId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.type,parentSchema:schema91,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.relation !== undefined){
let data1 = data.relation;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/relation",schemaPath:"defs.schema.json#/$defs/registryRelation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data1 === "same") || (data1 === "part"))){
const err7 = {instancePath:instancePath+"/relation",schemaPath:"defs.schema.json#/$defs/registryRelation/enum",keyword:"enum",params:{allowedValues: schema92.enum},message:"must be equal to one of the allowed values",schema:schema92.enum,parentSchema:schema92,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dates !== undefined){
let data0 = data.dates;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data0)){
if(data0.length > 0){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.note === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema68.allOf[0].then.required,parentSchema:schema68.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema68.allOf[0].if,parentSchema:schema68.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.summary === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.trigger === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.participants === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participants"},message:"must have required property '"+"participants"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.dates === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dates"},message:"must have required property '"+"dates"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.factuality === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "factuality"},message:"must have required property '"+"factuality"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.evidence === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema68.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err13 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/eventId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern23.test(data1)){
const err14 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/eventId/pattern",keyword:"pattern",params:{pattern: "^ev-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^ev-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^ev-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/eventId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err16 = {instancePath:instancePath+"/type",schemaPath:"defs.schema.json#/$defs/eventType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((((((((((((((((((data2 === "restriction-imposed") || (data2 === "restriction-eased")) || (data2 === "licence-granted")) || (data2 === "licence-sought")) || (data2 === "sales-deal-started")) || (data2 === "sales-suspended")) || (data2 === "sales-deal-cancelled")) || (data2 === "acquisition-blocked")) || (data2 === "cooperation")) || (data2 === "cooperation-ended")) || (data2 === "negotiation-sought")) || (data2 === "negotiation-held")) || (data2 === "pressure")) || (data2 === "accusation")) || (data2 === "denial")) || (data2 === "arrest")) || (data2 === "product-launched")) || (data2 === "report-published")) || (data2 === "letter-sent")) || (data2 === "statement")) || (data2 === "forecast")) || (data2 === "policy-considered"))){
const err17 = {instancePath:instancePath+"/type",schemaPath:"defs.schema.json#/$defs/eventType/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.summary !== undefined){
let data3 = data.summary;
if(typeof data3 === "string"){
if(func2(data3) > 4000){
const err18 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data3) < 1){
const err19 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern8.test(data3)){
const err20 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.trigger !== undefined){
let data4 = data.trigger;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.start === undefined){
const err22 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data4.end === undefined){
const err23 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data4.exact === undefined){
const err24 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err25 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.start !== undefined){
let data5 = data4.start;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err26 = {instancePath:instancePath+"/trigger/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err27 = {instancePath:instancePath+"/trigger/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data4.end !== undefined){
let data6 = data4.end;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err28 = {instancePath:instancePath+"/trigger/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err29 = {instancePath:instancePath+"/trigger/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data4.exact !== undefined){
let data7 = data4.exact;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err30 = {instancePath:instancePath+"/trigger/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/trigger/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data4.prefix !== undefined){
let data8 = data4.prefix;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err32 = {instancePath:instancePath+"/trigger/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/trigger/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data4.suffix !== undefined){
let data9 = data4.suffix;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err34 = {instancePath:instancePath+"/trigger/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/trigger/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.participants !== undefined){
let data10 = data.participants;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data10[i0], {instancePath:instancePath+"/participants/" + i0,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.participants.type,parentSchema:schema68.properties.participants,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.dates !== undefined){
let data12 = data.dates;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate45(data12[i1], {instancePath:instancePath+"/dates/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/dates",schemaPath:"#/properties/dates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.dates.type,parentSchema:schema68.properties.dates,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.place !== undefined){
let data14 = data.place;
if(typeof data14 === "string"){
if(func2(data14) > 120){
const err39 = {instancePath:instancePath+"/place",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern4.test(data14)){
const err40 = {instancePath:instancePath+"/place",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/place",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.factuality !== undefined){
let data15 = data.factuality;
if(typeof data15 !== "string"){
const err42 = {instancePath:instancePath+"/factuality",schemaPath:"defs.schema.json#/$defs/factuality/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.type,parentSchema:schema86,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!(((((((data15 === "actual") || (data15 === "announced")) || (data15 === "planned")) || (data15 === "expected")) || (data15 === "hypothetical")) || (data15 === "negated")) || (data15 === "reported"))){
const err43 = {instancePath:instancePath+"/factuality",schemaPath:"defs.schema.json#/$defs/factuality/enum",keyword:"enum",params:{allowedValues: schema86.enum},message:"must be equal to one of the allowed values",schema:schema86.enum,parentSchema:schema86,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.evidence !== undefined){
if(!(validate48(data.evidence, {instancePath:instancePath+"/evidence",parentData:data,parentDataProperty:"evidence",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data17 = data.note;
if(typeof data17 === "string"){
if(func2(data17) > 4000){
const err44 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func2(data17) < 1){
const err45 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern8.test(data17)){
const err46 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.registry !== undefined){
if(!(validate50(data.registry, {instancePath:instancePath+"/registry",parentData:data,parentDataProperty:"registry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema93 = {"title":"Quote","description":"A quote: the words, who said them, the cue and the outlet they came through.","type":"object","additionalProperties":false,"required":["id","kind","content","speaker","about"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/quoteId","description":"The quote's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/quoteKind","description":"How the quote is given."},"content":{"$ref":"defs.schema.json#/$defs/selector","description":"The quoted words, without the quotation marks. For a direct or partial quote the validator checks that an opening mark stands just before `start` and a closing mark just at `end` (unless `unclosed`, or the quotation goes on in a `continuation`). `npm run fix` trims marks written into `exact`."},"continuation":{"description":"The quoted words of each following paragraph of the same quotation, in text order, each without its marks. English news leaves a paragraph's quotation open when the quotation goes on in the next paragraph, which opens with a new mark: that is the convention, not an error of the article, so `content` then ends at its paragraph's end with no closing mark, only white space with a line break lies between one part and the next part's opening mark, and the last part ends at the closing mark (unless `unclosed`).","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/$defs/selector"}},"unclosed":{"description":"True when the source never closes the quotation; a source issue of kind `unclosed-quote` must then point to this quote.","const":true},"speaker":{"$ref":"#/$defs/speaker","description":"Who the quote is attributed to."},"cue":{"$ref":"defs.schema.json#/$defs/selector","description":"The verb or phrase that attributes the quote (\"said\", \"told\", \"according to\"), where there is one."},"via":{"$ref":"defs.schema.json#/$defs/entityId","description":"The outlet the quote reached the article through (a report by Nikkei, Reuters), where the text names it; listed in the record's `entities`."},"about":{"description":"The ids of the events the quote speaks to.","type":"array","items":{"$ref":"defs.schema.json#/$defs/eventId"},"uniqueItems":true},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the speaker was identified, or anything else about the quote."}}};
const schema94 = {"title":"QuoteId","description":"The id of a quote, unique within its article record; starts with `q-`.","type":"string","pattern":"^q-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":120,"examples":["q-iij-decision"]};
const schema95 = {"title":"QuoteKind","description":"How a quote is given.","type":"string","enum":["direct","partial","indirect"]};
const pattern33 = new RegExp("^q-[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema98 = {"title":"Speaker","description":"Who a quote is attributed to: an entity, or an unnamed speaker described in words.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"entity":{"description":"The speaker's entity id (listed in the record's `entities`), or null for an unnamed speaker.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"description":{"$ref":"defs.schema.json#/$defs/text","description":"How the text describes an unnamed speaker (\"one Verizon partner that asked not to be named\"). Required when `entity` is null."}},"allOf":[{"if":{"properties":{"entity":{"type":"null"}}},"then":{"required":["description"]}}]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity !== undefined){
if(data.entity !== null){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema98.allOf[0].then.required,parentSchema:schema98.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema98.allOf[0].if,parentSchema:schema98.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema98.required,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "entity") || (key0 === "description"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.entity !== undefined){
let data1 = data.entity;
const _errs9 = errors;
let valid4 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err5 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs10 === errors;
if(_valid1){
valid4 = true;
passing0 = 0;
}
const _errs13 = errors;
if(data1 !== null){
const err8 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema98.properties.entity.oneOf[1].type,parentSchema:schema98.properties.entity.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err9 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema98.properties.entity.oneOf,parentSchema:schema98.properties.entity,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err10 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data2) < 1){
const err11 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern8.test(data2)){
const err12 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema98.type,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.speaker === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "speaker"},message:"must have required property '"+"speaker"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.about === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "about"},message:"must have required property '"+"about"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema93.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err6 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/quoteId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern33.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/quoteId/pattern",keyword:"pattern",params:{pattern: "^q-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^q-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^q-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/quoteId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/quoteKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data1 === "direct") || (data1 === "partial")) || (data1 === "indirect"))){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/quoteKind/enum",keyword:"enum",params:{allowedValues: schema95.enum},message:"must be equal to one of the allowed values",schema:schema95.enum,parentSchema:schema95,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.content !== undefined){
let data2 = data.content;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.start === undefined){
const err11 = {instancePath:instancePath+"/content",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.end === undefined){
const err12 = {instancePath:instancePath+"/content",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.exact === undefined){
const err13 = {instancePath:instancePath+"/content",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err14 = {instancePath:instancePath+"/content",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.start !== undefined){
let data3 = data2.start;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err15 = {instancePath:instancePath+"/content/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/content/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data2.end !== undefined){
let data4 = data2.end;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/content/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/content/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data2.exact !== undefined){
let data5 = data2.exact;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err19 = {instancePath:instancePath+"/content/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/content/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.prefix !== undefined){
let data6 = data2.prefix;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/content/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/content/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.suffix !== undefined){
let data7 = data2.suffix;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err23 = {instancePath:instancePath+"/content/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/content/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/content",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.continuation !== undefined){
let data8 = data.continuation;
if(Array.isArray(data8)){
if(data8.length < 1){
const err26 = {instancePath:instancePath+"/continuation",schemaPath:"#/properties/continuation/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema93.properties.continuation,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.start === undefined){
const err27 = {instancePath:instancePath+"/continuation/" + i0,schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9.end === undefined){
const err28 = {instancePath:instancePath+"/continuation/" + i0,schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9.exact === undefined){
const err29 = {instancePath:instancePath+"/continuation/" + i0,schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data9){
if(!(((((key2 === "start") || (key2 === "end")) || (key2 === "exact")) || (key2 === "prefix")) || (key2 === "suffix"))){
const err30 = {instancePath:instancePath+"/continuation/" + i0,schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.start !== undefined){
let data10 = data9.start;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err31 = {instancePath:instancePath+"/continuation/" + i0+"/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/continuation/" + i0+"/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data9.end !== undefined){
let data11 = data9.end;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err33 = {instancePath:instancePath+"/continuation/" + i0+"/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/continuation/" + i0+"/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data9.exact !== undefined){
let data12 = data9.exact;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err35 = {instancePath:instancePath+"/continuation/" + i0+"/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/continuation/" + i0+"/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.prefix !== undefined){
let data13 = data9.prefix;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err37 = {instancePath:instancePath+"/continuation/" + i0+"/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/continuation/" + i0+"/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data9.suffix !== undefined){
let data14 = data9.suffix;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err39 = {instancePath:instancePath+"/continuation/" + i0+"/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/continuation/" + i0+"/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/continuation/" + i0,schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/continuation",schemaPath:"#/properties/continuation/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.continuation.type,parentSchema:schema93.properties.continuation,data:data8};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.unclosed !== undefined){
let data15 = data.unclosed;
if(true !== data15){
const err43 = {instancePath:instancePath+"/unclosed",schemaPath:"#/properties/unclosed/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema93.properties.unclosed,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.speaker !== undefined){
if(!(validate54(data.speaker, {instancePath:instancePath+"/speaker",parentData:data,parentDataProperty:"speaker",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.cue !== undefined){
let data17 = data.cue;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.start === undefined){
const err44 = {instancePath:instancePath+"/cue",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data17.end === undefined){
const err45 = {instancePath:instancePath+"/cue",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17.exact === undefined){
const err46 = {instancePath:instancePath+"/cue",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key3 in data17){
if(!(((((key3 === "start") || (key3 === "end")) || (key3 === "exact")) || (key3 === "prefix")) || (key3 === "suffix"))){
const err47 = {instancePath:instancePath+"/cue",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.start !== undefined){
let data18 = data17.start;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err48 = {instancePath:instancePath+"/cue/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err49 = {instancePath:instancePath+"/cue/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data17.end !== undefined){
let data19 = data17.end;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err50 = {instancePath:instancePath+"/cue/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err51 = {instancePath:instancePath+"/cue/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data17.exact !== undefined){
let data20 = data17.exact;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err52 = {instancePath:instancePath+"/cue/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/cue/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.prefix !== undefined){
let data21 = data17.prefix;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err54 = {instancePath:instancePath+"/cue/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/cue/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data17.suffix !== undefined){
let data22 = data17.suffix;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err56 = {instancePath:instancePath+"/cue/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/cue/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/cue",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.via !== undefined){
let data23 = data.via;
if(typeof data23 === "string"){
if(func2(data23) > 120){
const err59 = {instancePath:instancePath+"/via",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern4.test(data23)){
const err60 = {instancePath:instancePath+"/via",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/via",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.about !== undefined){
let data24 = data.about;
if(Array.isArray(data24)){
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
if(typeof data25 === "string"){
if(func2(data25) > 120){
const err62 = {instancePath:instancePath+"/about/" + i1,schemaPath:"defs.schema.json#/$defs/eventId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema69,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!pattern23.test(data25)){
const err63 = {instancePath:instancePath+"/about/" + i1,schemaPath:"defs.schema.json#/$defs/eventId/pattern",keyword:"pattern",params:{pattern: "^ev-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^ev-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^ev-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema69,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/about/" + i1,schemaPath:"defs.schema.json#/$defs/eventId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data25};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
let i2 = data24.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data24[i2], data24[j0])){
const err65 = {instancePath:instancePath+"/about",schemaPath:"#/properties/about/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema93.properties.about,data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err66 = {instancePath:instancePath+"/about",schemaPath:"#/properties/about/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.about.type,parentSchema:schema93.properties.about,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.note !== undefined){
let data26 = data.note;
if(typeof data26 === "string"){
if(func2(data26) > 4000){
const err67 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data26};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(func2(data26) < 1){
const err68 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data26};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!pattern8.test(data26)){
const err69 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data26};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data26};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema105 = {"title":"QuoteMarks","description":"The accounting of the text's quotation marks. The validator finds every double quotation mark (\" “ ” „ « ») itself; each must open or close a recorded quote or lie at an end of an ignored span.","type":"object","additionalProperties":false,"required":["ignored"],"properties":{"ignored":{"description":"Marks that do not enclose a quote, with the reason; sorted by position.","type":"array","items":{"$ref":"#/$defs/ignoredMarks"}},"unclassified":{"description":"Pairs of marks (or lone marks) not yet classified, as `npm run new` lists them in a draft: each span runs from the opening to the closing mark. Every entry is an open item that the validator reports until it is moved to `quotes` or `ignored`.","type":"array","items":{"$ref":"defs.schema.json#/$defs/selector"}}}};
const schema106 = {"title":"IgnoredMarks","description":"A pair of quotation marks (or a lone mark) that does not enclose a quote.","type":"object","additionalProperties":false,"required":["span","reason"],"properties":{"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The span from the opening mark to the closing mark, both included."},"reason":{"$ref":"defs.schema.json#/$defs/ignoredMarkReason","description":"Why the marks do not enclose a quote."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"More on the reason; required when `reason` is `other`."}},"allOf":[{"if":{"properties":{"reason":{"const":"other"}}},"then":{"required":["note"]}}]};
const schema108 = {"title":"IgnoredMarkReason","description":"Why a pair of quotation marks does not enclose a quote.","type":"string","enum":["name","scare-quote","title","boilerplate","other"]};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reason !== undefined){
if("other" !== data.reason){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.note === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema106.allOf[0].then.required,parentSchema:schema106.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema106.allOf[0].if,parentSchema:schema106.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reason === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "span") || (key0 === "reason")) || (key0 === "note"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.start === undefined){
const err6 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.end === undefined){
const err7 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.exact === undefined){
const err8 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err9 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data1.exact !== undefined){
let data4 = data1.exact;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.prefix !== undefined){
let data5 = data1.prefix;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err16 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.suffix !== undefined){
let data6 = data1.suffix;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err18 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.reason !== undefined){
let data7 = data.reason;
if(typeof data7 !== "string"){
const err21 = {instancePath:instancePath+"/reason",schemaPath:"defs.schema.json#/$defs/ignoredMarkReason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema108.type,parentSchema:schema108,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((((data7 === "name") || (data7 === "scare-quote")) || (data7 === "title")) || (data7 === "boilerplate")) || (data7 === "other"))){
const err22 = {instancePath:instancePath+"/reason",schemaPath:"defs.schema.json#/$defs/ignoredMarkReason/enum",keyword:"enum",params:{allowedValues: schema108.enum},message:"must be equal to one of the allowed values",schema:schema108.enum,parentSchema:schema108,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.note !== undefined){
let data8 = data.note;
if(typeof data8 === "string"){
if(func2(data8) > 4000){
const err23 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data8) < 1){
const err24 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern8.test(data8)){
const err25 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ignored === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ignored"},message:"must have required property '"+"ignored"+"'",schema:schema105.required,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "ignored") || (key0 === "unclassified"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ignored !== undefined){
let data0 = data.ignored;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate58(data0[i0], {instancePath:instancePath+"/ignored/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/ignored",schemaPath:"#/properties/ignored/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.ignored.type,parentSchema:schema105.properties.ignored,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.unclassified !== undefined){
let data2 = data.unclassified;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err3 = {instancePath:instancePath+"/unclassified/" + i1,schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data3.end === undefined){
const err4 = {instancePath:instancePath+"/unclassified/" + i1,schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3.exact === undefined){
const err5 = {instancePath:instancePath+"/unclassified/" + i1,schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err6 = {instancePath:instancePath+"/unclassified/" + i1,schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/unclassified/" + i1+"/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/unclassified/" + i1+"/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data3.end !== undefined){
let data5 = data3.end;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/unclassified/" + i1+"/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/unclassified/" + i1+"/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data3.exact !== undefined){
let data6 = data3.exact;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err11 = {instancePath:instancePath+"/unclassified/" + i1+"/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/unclassified/" + i1+"/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.prefix !== undefined){
let data7 = data3.prefix;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err13 = {instancePath:instancePath+"/unclassified/" + i1+"/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/unclassified/" + i1+"/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.suffix !== undefined){
let data8 = data3.suffix;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err15 = {instancePath:instancePath+"/unclassified/" + i1+"/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/unclassified/" + i1+"/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/unclassified/" + i1,schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/unclassified",schemaPath:"#/properties/unclassified/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.unclassified.type,parentSchema:schema105.properties.unclassified,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.type,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema111 = {"title":"SourceIssue","description":"Something the article gets wrong. What it says is the target's `exact` text (not repeated, since it would be derivable); what is right goes in `corrected`.","type":"object","additionalProperties":false,"required":["id","kind","target","corrected","explanation","confidence"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/sourceIssueId","description":"The issue's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/sourceIssueKind","description":"What kind of error it is."},"target":{"$ref":"defs.schema.json#/$defs/selector","description":"The span of the text that is wrong, as published."},"corrected":{"description":"What the span should say, or null where the right wording cannot be known (garbled text).","oneOf":[{"type":"string","minLength":1,"maxLength":4000},{"type":"null"}]},"explanation":{"$ref":"defs.schema.json#/$defs/text","description":"Why it is wrong, and the evidence."},"confidence":{"$ref":"defs.schema.json#/$defs/confidence","description":"How sure the annotator is."},"quote":{"$ref":"defs.schema.json#/$defs/quoteId","description":"The quote the issue concerns; required for `unclosed-quote`."},"basis":{"$ref":"defs.schema.json#/$defs/basis","description":"What the correction rests on: the places in the text that show it (the name spelt right elsewhere), or sources read. Required for a factual error, wrong name, wrong title or wrong date with a correction."}},"allOf":[{"if":{"required":["corrected"],"properties":{"kind":{"enum":["factual-error","wrong-name","wrong-title","wrong-date"]},"corrected":{"type":"string"}}},"then":{"required":["basis"]}},{"if":{"properties":{"kind":{"const":"unclosed-quote"}}},"then":{"required":["quote"]}}]};
const schema113 = {"title":"SourceIssueKind","description":"What is wrong in the source text.","type":"string","enum":["factual-error","wrong-name","wrong-title","wrong-date","translation","unclosed-quote","typo","formatting","foreign-text","other"]};
const schema116 = {"title":"Confidence","description":"How sure the annotator is that a source issue is real.","type":"string","enum":["confirmed","probable"]};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.corrected === undefined) && (missing0 = "corrected")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
let data0 = data.kind;
const _errs4 = errors;
if(!((((data0 === "factual-error") || (data0 === "wrong-name")) || (data0 === "wrong-title")) || (data0 === "wrong-date"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.corrected !== undefined){
const _errs5 = errors;
if(typeof data.corrected !== "string"){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.basis === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema111.allOf[0].then.required,parentSchema:schema111.allOf[0].then,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema111.allOf[0].if,parentSchema:schema111.allOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs9 = errors;
let valid3 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("unclosed-quote" !== data.kind){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quote === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "quote"},message:"must have required property '"+"quote"+"'",schema:schema111.allOf[1].then.required,parentSchema:schema111.allOf[1].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema111.allOf[1].if,parentSchema:schema111.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema111.required,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.kind === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema111.required,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.target === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema111.required,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.corrected === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "corrected"},message:"must have required property '"+"corrected"+"'",schema:schema111.required,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.explanation === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "explanation"},message:"must have required property '"+"explanation"+"'",schema:schema111.required,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.confidence === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'",schema:schema111.required,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "kind")) || (key0 === "target")) || (key0 === "corrected")) || (key0 === "explanation")) || (key0 === "confidence")) || (key0 === "quote")) || (key0 === "basis"))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.id !== undefined){
let data3 = data.id;
if(typeof data3 === "string"){
if(func2(data3) > 120){
const err15 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/sourceIssueId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema84,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern29.test(data3)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/sourceIssueId/pattern",keyword:"pattern",params:{pattern: "^si-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^si-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^si-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema84,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/sourceIssueId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.type,parentSchema:schema84,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.kind !== undefined){
let data4 = data.kind;
if(typeof data4 !== "string"){
const err18 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/sourceIssueKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.type,parentSchema:schema113,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((((((((data4 === "factual-error") || (data4 === "wrong-name")) || (data4 === "wrong-title")) || (data4 === "wrong-date")) || (data4 === "translation")) || (data4 === "unclosed-quote")) || (data4 === "typo")) || (data4 === "formatting")) || (data4 === "foreign-text")) || (data4 === "other"))){
const err19 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/sourceIssueKind/enum",keyword:"enum",params:{allowedValues: schema113.enum},message:"must be equal to one of the allowed values",schema:schema113.enum,parentSchema:schema113,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.target !== undefined){
let data5 = data.target;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.start === undefined){
const err20 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.end === undefined){
const err21 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.exact === undefined){
const err22 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data5){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err23 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.start !== undefined){
let data6 = data5.start;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err24 = {instancePath:instancePath+"/target/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/target/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data5.end !== undefined){
let data7 = data5.end;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err26 = {instancePath:instancePath+"/target/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err27 = {instancePath:instancePath+"/target/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data5.exact !== undefined){
let data8 = data5.exact;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err28 = {instancePath:instancePath+"/target/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/target/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.prefix !== undefined){
let data9 = data5.prefix;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err30 = {instancePath:instancePath+"/target/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/target/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.suffix !== undefined){
let data10 = data5.suffix;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err32 = {instancePath:instancePath+"/target/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/target/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.corrected !== undefined){
let data11 = data.corrected;
const _errs35 = errors;
let valid10 = false;
let passing0 = null;
const _errs36 = errors;
if(typeof data11 === "string"){
if(func2(data11) > 4000){
const err35 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema111.properties.corrected.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data11) < 1){
const err36 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema111.properties.corrected.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.properties.corrected.oneOf[0].type,parentSchema:schema111.properties.corrected.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid2 = _errs36 === errors;
if(_valid2){
valid10 = true;
passing0 = 0;
}
const _errs38 = errors;
if(data11 !== null){
const err38 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema111.properties.corrected.oneOf[1].type,parentSchema:schema111.properties.corrected.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs38 === errors;
if(_valid2 && valid10){
valid10 = false;
passing0 = [passing0, 1];
}
else {
if(_valid2){
valid10 = true;
passing0 = 1;
}
}
if(!valid10){
const err39 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema111.properties.corrected.oneOf,parentSchema:schema111.properties.corrected,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.explanation !== undefined){
let data12 = data.explanation;
if(typeof data12 === "string"){
if(func2(data12) > 4000){
const err40 = {instancePath:instancePath+"/explanation",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func2(data12) < 1){
const err41 = {instancePath:instancePath+"/explanation",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern8.test(data12)){
const err42 = {instancePath:instancePath+"/explanation",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/explanation",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.confidence !== undefined){
let data13 = data.confidence;
if(typeof data13 !== "string"){
const err44 = {instancePath:instancePath+"/confidence",schemaPath:"defs.schema.json#/$defs/confidence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.type,parentSchema:schema116,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!((data13 === "confirmed") || (data13 === "probable"))){
const err45 = {instancePath:instancePath+"/confidence",schemaPath:"defs.schema.json#/$defs/confidence/enum",keyword:"enum",params:{allowedValues: schema116.enum},message:"must be equal to one of the allowed values",schema:schema116.enum,parentSchema:schema116,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.quote !== undefined){
let data14 = data.quote;
if(typeof data14 === "string"){
if(func2(data14) > 120){
const err46 = {instancePath:instancePath+"/quote",schemaPath:"defs.schema.json#/$defs/quoteId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema94,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern33.test(data14)){
const err47 = {instancePath:instancePath+"/quote",schemaPath:"defs.schema.json#/$defs/quoteId/pattern",keyword:"pattern",params:{pattern: "^q-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^q-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^q-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema94,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/quote",schemaPath:"defs.schema.json#/$defs/quoteId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.basis !== undefined){
if(!(validate24(data.basis, {instancePath:instancePath+"/basis",parentData:data,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema111.type,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema118 = {"title":"Boilerplate","description":"A span of the text that is not part of the article.","type":"object","additionalProperties":false,"required":["span","kind"],"properties":{"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The span, without the line breaks around it."},"kind":{"$ref":"defs.schema.json#/$defs/boilerplateKind","description":"What the span is."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"More on what the span is; required when `kind` is `other`."}},"allOf":[{"if":{"properties":{"kind":{"const":"other"}}},"then":{"required":["note"]}}]};
const schema120 = {"title":"BoilerplateKind","description":"What a span that is not part of the article is.","type":"string","enum":["navigation","headline-repeat","byline","author-bio","caption","related-headline","foreign-headline","print-headline","source-line","comment-form","copyright","other"]};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("other" !== data.kind){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.note === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema118.allOf[0].then.required,parentSchema:schema118.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema118.allOf[0].if,parentSchema:schema118.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema118.required,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.kind === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema118.required,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "span") || (key0 === "kind")) || (key0 === "note"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.span !== undefined){
let data1 = data.span;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.start === undefined){
const err6 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.end === undefined){
const err7 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.exact === undefined){
const err8 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err9 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data1.exact !== undefined){
let data4 = data1.exact;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.prefix !== undefined){
let data5 = data1.prefix;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err16 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.suffix !== undefined){
let data6 = data1.suffix;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err18 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.kind !== undefined){
let data7 = data.kind;
if(typeof data7 !== "string"){
const err21 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/boilerplateKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.type,parentSchema:schema120,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((((((((((data7 === "navigation") || (data7 === "headline-repeat")) || (data7 === "byline")) || (data7 === "author-bio")) || (data7 === "caption")) || (data7 === "related-headline")) || (data7 === "foreign-headline")) || (data7 === "print-headline")) || (data7 === "source-line")) || (data7 === "comment-form")) || (data7 === "copyright")) || (data7 === "other"))){
const err22 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/boilerplateKind/enum",keyword:"enum",params:{allowedValues: schema120.enum},message:"must be equal to one of the allowed values",schema:schema120.enum,parentSchema:schema120,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.note !== undefined){
let data8 = data.note;
if(typeof data8 === "string"){
if(func2(data8) > 4000){
const err23 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data8) < 1){
const err24 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern8.test(data8)){
const err25 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.type,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema122 = {"title":"CitationList","description":"The sources read for the values of this file, sorted by id; each is cited by at least one value.","type":"array","items":{"$ref":"#/$defs/citation"}};
const schema123 = {"title":"Citation","description":"A source that was actually read, and that some value of the file rests on: what kind of source it is, its address and/or the publication, its title and date, and how and when it was read. A citation that no value cites is reported. Never cite what was not read, and never a forum thread, an SEO, proxy or spam copy, or a private note or draft.","type":"object","additionalProperties":false,"required":["id","kind","read"],"anyOf":[{"required":["url"]},{"required":["publication"]}],"properties":{"id":{"$ref":"#/$defs/citationId","description":"The citation's id, unique within the file; values cite it by this id."},"kind":{"$ref":"#/$defs/citationKind","description":"What the source is. Prefer the official document and the original report over any copy."},"url":{"description":"The address of the page that was read.","type":"string","format":"uri","maxLength":2000},"publication":{"$ref":"#/$defs/text","description":"The publication, site or publisher of the source, where it has one (Reuters, Wikidata)."},"title":{"$ref":"#/$defs/text","description":"The title of the page or article, as it reads."},"published":{"$ref":"#/$defs/dateString","description":"When the source itself was published, where it says."},"quote":{"$ref":"#/$defs/text","description":"The few words of the source that support the values citing it, quoted exactly as the page reads; they must contain the value they support."},"original":{"$ref":"#/$defs/citationOriginal","description":"For a copy: the report it copies. Required when `kind` is `copy`."},"read":{"$ref":"#/$defs/citationRead","description":"How the source was read: the address whose words were read, and the day."},"note":{"$ref":"#/$defs/note","description":"Anything else about the source."}},"allOf":[{"if":{"properties":{"kind":{"const":"copy"}},"required":["kind"]},"then":{"required":["original"]},"else":{"not":{"required":["original"]}}}]};
const schema125 = {"title":"CitationKind","description":"What kind of source a citation is: an official document, the original report, a copy of another outlet's report, or a reference work (each value is defined in schema/annotations.json).","type":"string","enum":["official","report","copy","reference"]};
const schema134 = {"title":"CitationRead","description":"How a citation's source was read: the address whose words were read (the page itself, or a stored or archived copy of it) and the day it was read.","type":"object","additionalProperties":false,"required":["url","date"],"properties":{"url":{"description":"The address whose words were read.","type":"string","format":"uri","maxLength":2000},"date":{"description":"The day the source was read (YYYY-MM-DD).","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}};
const pattern52 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const schema130 = {"title":"CitationOriginal","description":"The report a copy reproduces: its outlet, and its date and address where known.","type":"object","additionalProperties":false,"required":["publication"],"properties":{"publication":{"$ref":"#/$defs/text","description":"The outlet of the original report (Reuters, Bloomberg)."},"title":{"$ref":"#/$defs/text","description":"The original report's title, where known."},"published":{"$ref":"#/$defs/dateString","description":"When the original report was published, where known."},"url":{"description":"The original report's address, where known.","type":"string","format":"uri","maxLength":2000}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.publication === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publication"},message:"must have required property '"+"publication"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "publication") || (key0 === "title")) || (key0 === "published")) || (key0 === "url"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.publication !== undefined){
let data0 = data.publication;
if(typeof data0 === "string"){
if(func2(data0) > 4000){
const err2 = {instancePath:instancePath+"/publication",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/publication",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern8.test(data0)){
const err4 = {instancePath:instancePath+"/publication",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/publication",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) > 4000){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern8.test(data1)){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.published !== undefined){
let data2 = data.published;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err10 = {instancePath:instancePath+"/published",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/published",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.url !== undefined){
let data3 = data.url;
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema130.properties.url,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats0.test(data3))){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema130.properties.url,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema130.properties.url.type,parentSchema:schema130.properties.url,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema130.type,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema123.anyOf[0].required,parentSchema:schema123.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.publication === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "publication"},message:"must have required property '"+"publication"+"'",schema:schema123.anyOf[1].required,parentSchema:schema123.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema123.anyOf,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
const _errs5 = errors;
let valid2 = true;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.kind !== undefined){
if("copy" !== data.kind){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.original === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "original"},message:"must have required property '"+"original"+"'",schema:schema123.allOf[0].then.required,parentSchema:schema123.allOf[0].then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid1 = _errs8 === errors;
valid2 = _valid1;
ifClause0 = "then";
}
else {
const _errs9 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.original === undefined) && (missing1 = "original")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid4 = _errs11 === errors;
if(valid4){
const err7 = {instancePath,schemaPath:"#/allOf/0/else/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema123.allOf[0].else.not,parentSchema:schema123.allOf[0].else,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs9 === errors;
valid2 = _valid1;
ifClause0 = "else";
}
if(!valid2){
const err8 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema123.allOf[0].if,parentSchema:schema123.allOf[0],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.kind === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.read === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "read"},message:"must have required property '"+"read"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema123.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/citationId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern9.test(data1)){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/citationId/pattern",keyword:"pattern",params:{pattern: "^c-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^c-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^c-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/citationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err16 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/citationKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.type,parentSchema:schema125,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((data2 === "official") || (data2 === "report")) || (data2 === "copy")) || (data2 === "reference"))){
const err17 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/citationKind/enum",keyword:"enum",params:{allowedValues: schema125.enum},message:"must be equal to one of the allowed values",schema:schema125.enum,parentSchema:schema125,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.url !== undefined){
let data3 = data.url;
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err18 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema123.properties.url,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats0.test(data3))){
const err19 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema123.properties.url,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema123.properties.url.type,parentSchema:schema123.properties.url,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.publication !== undefined){
let data4 = data.publication;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err21 = {instancePath:instancePath+"/publication",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data4) < 1){
const err22 = {instancePath:instancePath+"/publication",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern8.test(data4)){
const err23 = {instancePath:instancePath+"/publication",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/publication",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.title !== undefined){
let data5 = data.title;
if(typeof data5 === "string"){
if(func2(data5) > 4000){
const err25 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data5) < 1){
const err26 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern8.test(data5)){
const err27 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.published !== undefined){
let data6 = data.published;
if(typeof data6 === "string"){
if(!pattern12.test(data6)){
const err29 = {instancePath:instancePath+"/published",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/published",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.quote !== undefined){
let data7 = data.quote;
if(typeof data7 === "string"){
if(func2(data7) > 4000){
const err31 = {instancePath:instancePath+"/quote",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data7) < 1){
const err32 = {instancePath:instancePath+"/quote",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern8.test(data7)){
const err33 = {instancePath:instancePath+"/quote",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/quote",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.original !== undefined){
if(!(validate68(data.original, {instancePath:instancePath+"/original",parentData:data,parentDataProperty:"original",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.read !== undefined){
let data9 = data.read;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.url === undefined){
const err35 = {instancePath:instancePath+"/read",schemaPath:"#/$defs/citationRead/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema134.required,parentSchema:schema134,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data9.date === undefined){
const err36 = {instancePath:instancePath+"/read",schemaPath:"#/$defs/citationRead/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema134.required,parentSchema:schema134,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "url") || (key1 === "date"))){
const err37 = {instancePath:instancePath+"/read",schemaPath:"#/$defs/citationRead/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema134,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data9.url !== undefined){
let data10 = data9.url;
if(typeof data10 === "string"){
if(func2(data10) > 2000){
const err38 = {instancePath:instancePath+"/read/url",schemaPath:"#/$defs/citationRead/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema134.properties.url,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(formats0.test(data10))){
const err39 = {instancePath:instancePath+"/read/url",schemaPath:"#/$defs/citationRead/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema134.properties.url,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/read/url",schemaPath:"#/$defs/citationRead/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema134.properties.url.type,parentSchema:schema134.properties.url,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data9.date !== undefined){
let data11 = data9.date;
if(typeof data11 === "string"){
if(!pattern52.test(data11)){
const err41 = {instancePath:instancePath+"/read/date",schemaPath:"#/$defs/citationRead/properties/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema134.properties.date,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/read/date",schemaPath:"#/$defs/citationRead/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema134.properties.date.type,parentSchema:schema134.properties.date,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/read",schemaPath:"#/$defs/citationRead/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema134.type,parentSchema:schema134,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.note !== undefined){
let data12 = data.note;
if(typeof data12 === "string"){
if(func2(data12) > 4000){
const err44 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func2(data12) < 1){
const err45 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern8.test(data12)){
const err46 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema123.type,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate67(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema122.type,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema136 = {"title":"Review","description":"The record's review status and its history, so that no change is a silent overwrite.","type":"object","additionalProperties":false,"required":["status","history"],"properties":{"status":{"$ref":"defs.schema.json#/$defs/reviewStatus","description":"Where the record stands."},"history":{"description":"Every change to the record, oldest first.","type":"array","minItems":1,"items":{"$ref":"#/$defs/historyEntry"}}}};
const schema137 = {"title":"ReviewStatus","description":"Where a record stands in review.","type":"string","enum":["draft","checked"]};
const schema138 = {"title":"HistoryEntry","description":"One change to the record.","type":"object","additionalProperties":false,"required":["date","change"],"properties":{"date":{"$ref":"defs.schema.json#/$defs/calendarDate","description":"When the change was made."},"change":{"$ref":"defs.schema.json#/$defs/text","description":"What was done (\"second read against the text\")."},"by":{"$ref":"defs.schema.json#/$defs/text","description":"Who made the change, as they sign their work: the contributor who annotated, or the reviewer who read the record against the text. The workbench marks a record checked only for a reviewer whose name is not among the record's authors."}}};
const schema139 = {"title":"CalendarDate","description":"An ISO 8601 calendar date (YYYY-MM-DD). The validator checks that the day exists.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","examples":["2019-07-02"]};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.date === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.change === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "date") || (key0 === "change")) || (key0 === "by"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.date !== undefined){
let data0 = data.date;
if(typeof data0 === "string"){
if(!pattern52.test(data0)){
const err3 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/$defs/calendarDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema139,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema139.type,parentSchema:schema139,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.change !== undefined){
let data1 = data.change;
if(typeof data1 === "string"){
if(func2(data1) > 4000){
const err5 = {instancePath:instancePath+"/change",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/change",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern8.test(data1)){
const err7 = {instancePath:instancePath+"/change",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/change",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.by !== undefined){
let data2 = data.by;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err9 = {instancePath:instancePath+"/by",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/by",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern8.test(data2)){
const err11 = {instancePath:instancePath+"/by",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/by",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema138.type,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.history === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "history"},message:"must have required property '"+"history"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "status") || (key0 === "history"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/status",schemaPath:"defs.schema.json#/$defs/reviewStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.type,parentSchema:schema137,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data0 === "draft") || (data0 === "checked"))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"defs.schema.json#/$defs/reviewStatus/enum",keyword:"enum",params:{allowedValues: schema137.enum},message:"must be equal to one of the allowed values",schema:schema137.enum,parentSchema:schema137,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.history !== undefined){
let data1 = data.history;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema136.properties.history,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate73(data1[i0], {instancePath:instancePath+"/history/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema136.properties.history.type,parentSchema:schema136.properties.history,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema136.type,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cdn.jsdelivr.net/npm/huawei-trade-news@2.0.0/schema/article.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.review !== undefined){
let data0 = data.review;
const _errs4 = errors;
if(errors === _errs4){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.status !== undefined){
if("checked" !== data0.status){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source !== undefined){
let data2 = data.source;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.published !== undefined){
let data3 = data2.published;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err2 = {instancePath:instancePath+"/source/published",schemaPath:"#/allOf/0/then/properties/source/properties/published/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[0].then.properties.source.properties.published.type,parentSchema:schema31.allOf[0].then.properties.source.properties.published,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/then/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[0].then.properties.source.type,parentSchema:schema31.allOf[0].then.properties.source,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.source = true;
props0.review = true;
}
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[0].if,parentSchema:schema31.allOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.source === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.entities === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entities"},message:"must have required property '"+"entities"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.events === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.quotes === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotes"},message:"must have required property '"+"quotes"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.quoteMarks === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quoteMarks"},message:"must have required property '"+"quoteMarks"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.sourceIssues === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sourceIssues"},message:"must have required property '"+"sourceIssues"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.boilerplate === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "boilerplate"},message:"must have required property '"+"boilerplate"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.citations === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "citations"},message:"must have required property '"+"citations"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.review === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.$schema !== undefined){
let data4 = data.$schema;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(func2(data5) > 120){
const err17 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/articleId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern4.test(data5)){
const err18 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/articleId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/articleId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate22(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.segments !== undefined){
let data7 = data.segments;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate36(data7[i0], {instancePath:instancePath+"/segments/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/segments",schemaPath:"#/properties/segments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.segments.type,parentSchema:schema31.properties.segments,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.entities !== undefined){
let data9 = data.entities;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate38(data9[i1], {instancePath:instancePath+"/entities/" + i1,parentData:data9,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.entities.type,parentSchema:schema31.properties.entities,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.events !== undefined){
let data11 = data.events;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate42(data11[i2], {instancePath:instancePath+"/events/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.events.type,parentSchema:schema31.properties.events,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.quotes !== undefined){
let data13 = data.quotes;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
if(!(validate53(data13[i3], {instancePath:instancePath+"/quotes/" + i3,parentData:data13,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/quotes",schemaPath:"#/properties/quotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.quotes.type,parentSchema:schema31.properties.quotes,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.quoteMarks !== undefined){
if(!(validate57(data.quoteMarks, {instancePath:instancePath+"/quoteMarks",parentData:data,parentDataProperty:"quoteMarks",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.sourceIssues !== undefined){
let data16 = data.sourceIssues;
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i4=0; i4<len4; i4++){
if(!(validate61(data16[i4], {instancePath:instancePath+"/sourceIssues/" + i4,parentData:data16,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/sourceIssues",schemaPath:"#/properties/sourceIssues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sourceIssues.type,parentSchema:schema31.properties.sourceIssues,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.boilerplate !== undefined){
let data18 = data.boilerplate;
if(Array.isArray(data18)){
const len5 = data18.length;
for(let i5=0; i5<len5; i5++){
if(!(validate64(data18[i5], {instancePath:instancePath+"/boilerplate/" + i5,parentData:data18,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/boilerplate",schemaPath:"#/properties/boilerplate/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.boilerplate.type,parentSchema:schema31.properties.boilerplate,data:data18};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.citations !== undefined){
if(!(validate66(data.citations, {instancePath:instancePath+"/citations",parentData:data,parentDataProperty:"citations",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.review !== undefined){
if(!(validate72(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.entity = validate76;
const schema142 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cdn.jsdelivr.net/npm/huawei-trade-news@2.0.0/schema/entity.schema.json","title":"Entity","description":"An actor in the shared registry (`data/entities/<id>.json`): a person, company, government body, country or media outlet that articles mention. One file per entity, shared by all articles.","type":"object","additionalProperties":false,"required":["id","name","kind","aliases","wikidata","country","description","roles","citations"],"properties":{"$schema":{"description":"Relative path to this schema, so that editors complete and lint the file.","type":"string","examples":["../../schema/entity.schema.json"]},"id":{"$ref":"defs.schema.json#/$defs/entityId","description":"The entity's id; equals the file name without `.json`."},"name":{"$ref":"defs.schema.json#/$defs/text","description":"The entity's usual full name in English.","examples":["Internet Initiative Japan"]},"kind":{"$ref":"defs.schema.json#/$defs/entityKind","description":"What kind of actor the entity is."},"aliases":{"description":"Other names and abbreviations by which articles name the entity, correct ones only (a misprint in one article is a source issue, not an alias). The validator warns where an alias or the name occurs in an article outside the recorded mentions.","type":"array","items":{"$ref":"defs.schema.json#/$defs/text"},"uniqueItems":true,"examples":[["IIJ"]]},"wikidata":{"description":"The Wikidata item (QID) of the entity, given only where the annotator is sure of it; otherwise null, and `note` says why.","oneOf":[{"$ref":"defs.schema.json#/$defs/wikidataId"},{"type":"null"}]},"wikidataBasis":{"$ref":"defs.schema.json#/$defs/basis","description":"The source read that shows this Wikidata item is this entity (the item's page, say). Required when `wikidata` is set."},"country":{"description":"The ISO 3166-1 alpha-2 code of the entity's country (for a person, the country they act for), or null where none applies.","oneOf":[{"$ref":"defs.schema.json#/$defs/countryCode"},{"type":"null"}]},"description":{"$ref":"defs.schema.json#/$defs/text","description":"One sentence that says who or what the entity is, enough to tell it from others of the same name."},"roles":{"description":"For people: the titles and organisations they held at the times articles speak of. Empty for other kinds.","type":"array","items":{"$ref":"#/$defs/role"}},"citations":{"$ref":"defs.schema.json#/$defs/citationList","description":"The sources read for this entity's Wikidata id and roles."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Why a field is null or how an identification was made. Required when `wikidata` is null."}},"$defs":{"role":{"title":"Role","description":"A title a person held, with the organisation and the time where known.","type":"object","additionalProperties":false,"required":["title","organization","basis"],"properties":{"title":{"$ref":"defs.schema.json#/$defs/text","description":"The title as the public record gives it.","examples":["Vice President"]},"organization":{"description":"The entity the title belongs to, or null where it is not in the registry.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"from":{"$ref":"defs.schema.json#/$defs/dateString","description":"When the person took the role, at the precision known."},"to":{"$ref":"defs.schema.json#/$defs/dateString","description":"When the person left the role, at the precision known. Absent while it is held (then `ongoing` says so) or when its end is unknown."},"ongoing":{"const":true,"description":"The role was still held when the latest source cited in `basis` was written, so it has no `to`. Absent where the end is unknown: readers can then tell a role still held from one whose end no source gives."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Where the role comes from, or what is uncertain about it."},"basis":{"$ref":"defs.schema.json#/$defs/basis","description":"What the title and its dates rest on: sources read (`cite`), and/or the article text that gives the title (`article` and `text`)."}},"allOf":[{"if":{"required":["ongoing"]},"then":{"not":{"required":["to"]}}}]}},"examples":[{"id":"donald-trump","name":"Donald Trump","kind":"person","aliases":["Trump"],"wikidata":"Q22686","wikidataBasis":{"cite":["c-congress-legislators-executive"]},"country":"US","description":"American businessman and politician, 45th and 47th President of the United States.","roles":[{"title":"President of the United States","organization":"united-states","from":"2017-01-20","to":"2021-01-20","basis":{"cite":["c-congress-legislators-executive"]}},{"title":"President of the United States","organization":"united-states","from":"2025-01-20","ongoing":true,"note":"The second term, after the period the articles cover; held when the cited list was read (it gives the term as running to 2029-01-20).","basis":{"cite":["c-congress-legislators-executive"]}}],"citations":[{"id":"c-congress-legislators-executive","kind":"reference","url":"https://github.com/unitedstates/congress-legislators/blob/b4635d1dbe3cc2d966d64023eec6482a80bb896d/executive.yaml","publication":"GitHub (unitedstates/congress-legislators)","title":"executive.yaml","quote":"wikipedia: Donald Trump … wikidata: Q22686 … type: prez … start: '2017-01-20' … end: '2021-01-20' … type: prez … start: '2025-01-20'","read":{"url":"https://github.com/unitedstates/congress-legislators/blob/b4635d1dbe3cc2d966d64023eec6482a80bb896d/executive.yaml","date":"2026-12-05"}}]}],"allOf":[{"if":{"properties":{"wikidata":{"type":"string"}}},"then":{"required":["wikidataBasis"]},"else":{"required":["note"]}}]};
const schema145 = {"title":"EntityKind","description":"What kind of actor an entity is.","type":"string","enum":["person","organization","company","government-body","country","place","media","other"]};
const schema147 = {"title":"WikidataId","description":"A Wikidata item id (QID).","type":"string","pattern":"^Q[1-9][0-9]*$","examples":["Q22686"]};
const schema152 = {"title":"CountryCode","description":"An ISO 3166-1 alpha-2 country code.","type":"string","pattern":"^[A-Z]{2}$","examples":["CN","US"]};
const pattern60 = new RegExp("^Q[1-9][0-9]*$", "u");
const pattern64 = new RegExp("^[A-Z]{2}$", "u");

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cite === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "cite"},message:"must have required property '"+"cite"+"'",schema:schema40.anyOf[0].required,parentSchema:schema40.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema40.anyOf[1].required,parentSchema:schema40.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.anyOf,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "cite") || (key0 === "text")) || (key0 === "article")) || (key0 === "note"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cite !== undefined){
let data0 = data.cite;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern9.test(data1)){
const err6 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/pattern",keyword:"pattern",params:{pattern: "^c-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^c-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^c-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err8 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.cite.type,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.text !== undefined){
if(!(validate25(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.article !== undefined){
let data3 = data.article;
if(typeof data3 === "string"){
if(func2(data3) > 120){
const err10 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data3)){
const err11 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern8.test(data4)){
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema154 = {"title":"Role","description":"A title a person held, with the organisation and the time where known.","type":"object","additionalProperties":false,"required":["title","organization","basis"],"properties":{"title":{"$ref":"defs.schema.json#/$defs/text","description":"The title as the public record gives it.","examples":["Vice President"]},"organization":{"description":"The entity the title belongs to, or null where it is not in the registry.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"from":{"$ref":"defs.schema.json#/$defs/dateString","description":"When the person took the role, at the precision known."},"to":{"$ref":"defs.schema.json#/$defs/dateString","description":"When the person left the role, at the precision known. Absent while it is held (then `ongoing` says so) or when its end is unknown."},"ongoing":{"const":true,"description":"The role was still held when the latest source cited in `basis` was written, so it has no `to`. Absent where the end is unknown: readers can then tell a role still held from one whose end no source gives."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Where the role comes from, or what is uncertain about it."},"basis":{"$ref":"defs.schema.json#/$defs/basis","description":"What the title and its dates rest on: sources read (`cite`), and/or the article text that gives the title (`article` and `text`)."}},"allOf":[{"if":{"required":["ongoing"]},"then":{"not":{"required":["to"]}}}]};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.ongoing === undefined) && (missing0 = "ongoing")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.to === undefined) && (missing1 = "to")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid2 = _errs6 === errors;
if(valid2){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema154.allOf[0].then.not,parentSchema:schema154.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema154.allOf[0].if,parentSchema:schema154.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.organization === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organization"},message:"must have required property '"+"organization"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.basis === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "title") || (key0 === "organization")) || (key0 === "from")) || (key0 === "to")) || (key0 === "ongoing")) || (key0 === "note")) || (key0 === "basis"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) > 4000){
const err8 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data0) < 1){
const err9 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern8.test(data0)){
const err10 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.organization !== undefined){
let data1 = data.organization;
const _errs12 = errors;
let valid5 = false;
let passing0 = null;
const _errs13 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err12 = {instancePath:instancePath+"/organization",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern4.test(data1)){
const err13 = {instancePath:instancePath+"/organization",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/organization",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid5 = true;
passing0 = 0;
}
const _errs16 = errors;
if(data1 !== null){
const err15 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema154.properties.organization.oneOf[1].type,parentSchema:schema154.properties.organization.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err16 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema154.properties.organization.oneOf,parentSchema:schema154.properties.organization,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.from !== undefined){
let data2 = data.from;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err17 = {instancePath:instancePath+"/from",schemaPath:"defs.schema.json#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/from",schemaPath:"defs.schema.json#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.to !== undefined){
let data3 = data.to;
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err19 = {instancePath:instancePath+"/to",schemaPath:"defs.schema.json#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/to",schemaPath:"defs.schema.json#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.ongoing !== undefined){
let data4 = data.ongoing;
if(true !== data4){
const err21 = {instancePath:instancePath+"/ongoing",schemaPath:"#/properties/ongoing/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema154.properties.ongoing,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.note !== undefined){
let data5 = data.note;
if(typeof data5 === "string"){
if(func2(data5) > 4000){
const err22 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data5) < 1){
const err23 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern8.test(data5)){
const err24 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.basis !== undefined){
if(!(validate77(data.basis, {instancePath:instancePath+"/basis",parentData:data,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema154.type,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate67(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema122.type,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cdn.jsdelivr.net/npm/huawei-trade-news@2.0.0/schema/entity.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.wikidata !== undefined){
if(typeof data.wikidata !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.wikidataBasis === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "wikidataBasis"},message:"must have required property '"+"wikidataBasis"+"'",schema:schema142.allOf[0].then.required,parentSchema:schema142.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.note === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/else/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema142.allOf[0].else.required,parentSchema:schema142.allOf[0].else,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema142.allOf[0].if,parentSchema:schema142.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.name === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.kind === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.aliases === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aliases"},message:"must have required property '"+"aliases"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.wikidata === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wikidata"},message:"must have required property '"+"wikidata"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.country === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.description === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.roles === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.citations === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "citations"},message:"must have required property '"+"citations"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema142.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.$schema !== undefined){
let data1 = data.$schema;
if(typeof data1 !== "string"){
const err14 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema142.properties.$schema.type,parentSchema:schema142.properties.$schema,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func2(data2) > 120){
const err15 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data2)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(func2(data3) > 4000){
const err18 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data3) < 1){
const err19 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern8.test(data3)){
const err20 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.kind !== undefined){
let data4 = data.kind;
if(typeof data4 !== "string"){
const err22 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/entityKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema145.type,parentSchema:schema145,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((((((data4 === "person") || (data4 === "organization")) || (data4 === "company")) || (data4 === "government-body")) || (data4 === "country")) || (data4 === "place")) || (data4 === "media")) || (data4 === "other"))){
const err23 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/entityKind/enum",keyword:"enum",params:{allowedValues: schema145.enum},message:"must be equal to one of the allowed values",schema:schema145.enum,parentSchema:schema145,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.aliases !== undefined){
let data5 = data.aliases;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) > 4000){
const err24 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data6) < 1){
const err25 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern8.test(data6)){
const err26 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
const err28 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema142.properties.aliases,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema142.properties.aliases.type,parentSchema:schema142.properties.aliases,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.wikidata !== undefined){
let data7 = data.wikidata;
const _errs26 = errors;
let valid11 = false;
let passing0 = null;
const _errs27 = errors;
if(typeof data7 === "string"){
if(!pattern60.test(data7)){
const err30 = {instancePath:instancePath+"/wikidata",schemaPath:"defs.schema.json#/$defs/wikidataId/pattern",keyword:"pattern",params:{pattern: "^Q[1-9][0-9]*$"},message:"must match pattern \""+"^Q[1-9][0-9]*$"+"\"",schema:"^Q[1-9][0-9]*$",parentSchema:schema147,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/wikidata",schemaPath:"defs.schema.json#/$defs/wikidataId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema147.type,parentSchema:schema147,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs27 === errors;
if(_valid1){
valid11 = true;
passing0 = 0;
}
const _errs30 = errors;
if(data7 !== null){
const err32 = {instancePath:instancePath+"/wikidata",schemaPath:"#/properties/wikidata/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema142.properties.wikidata.oneOf[1].type,parentSchema:schema142.properties.wikidata.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid1 = _errs30 === errors;
if(_valid1 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid11 = true;
passing0 = 1;
}
}
if(!valid11){
const err33 = {instancePath:instancePath+"/wikidata",schemaPath:"#/properties/wikidata/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema142.properties.wikidata.oneOf,parentSchema:schema142.properties.wikidata,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.wikidataBasis !== undefined){
if(!(validate77(data.wikidataBasis, {instancePath:instancePath+"/wikidataBasis",parentData:data,parentDataProperty:"wikidataBasis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.country !== undefined){
let data9 = data.country;
const _errs34 = errors;
let valid13 = false;
let passing1 = null;
const _errs35 = errors;
if(typeof data9 === "string"){
if(!pattern64.test(data9)){
const err34 = {instancePath:instancePath+"/country",schemaPath:"defs.schema.json#/$defs/countryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema152,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/country",schemaPath:"defs.schema.json#/$defs/countryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema152.type,parentSchema:schema152,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid2 = _errs35 === errors;
if(_valid2){
valid13 = true;
passing1 = 0;
}
const _errs38 = errors;
if(data9 !== null){
const err36 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema142.properties.country.oneOf[1].type,parentSchema:schema142.properties.country.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid2 = _errs38 === errors;
if(_valid2 && valid13){
valid13 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid13 = true;
passing1 = 1;
}
}
if(!valid13){
const err37 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema142.properties.country.oneOf,parentSchema:schema142.properties.country,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 === "string"){
if(func2(data10) > 4000){
const err38 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data10) < 1){
const err39 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern8.test(data10)){
const err40 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.roles !== undefined){
let data11 = data.roles;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
if(!(validate80(data11[i2], {instancePath:instancePath+"/roles/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema142.properties.roles.type,parentSchema:schema142.properties.roles,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.citations !== undefined){
if(!(validate83(data.citations, {instancePath:instancePath+"/citations",parentData:data,parentDataProperty:"citations",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data14 = data.note;
if(typeof data14 === "string"){
if(func2(data14) > 4000){
const err43 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data14) < 1){
const err44 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern8.test(data14)){
const err45 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema142.type,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.event = validate86;
const schema162 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cdn.jsdelivr.net/npm/huawei-trade-news@2.0.0/schema/event.schema.json","title":"RegistryEvent","description":"A real-world event in the shared registry (data/events/<id>.json), reported by one or more articles. Each article's event links to it (`registry`), so one event shows once however many articles report it, and an article date that disagrees with the registry is visible: a `wrong-date` source issue of that article, or an error. Its dates rest on sources read, cited here.","type":"object","additionalProperties":false,"required":["id","type","summary","participants","dates","wikidata","citations"],"properties":{"$schema":{"description":"Relative path to this schema, so that editors complete and lint the file.","type":"string"},"id":{"$ref":"defs.schema.json#/$defs/registryEventId","description":"The event's id; equals the file name without `.json`."},"type":{"$ref":"defs.schema.json#/$defs/eventType","description":"The event's type."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"The event in one line."},"participants":{"description":"Who takes part, with their roles; sorted by entity.","type":"array","minItems":1,"items":{"$ref":"#/$defs/registryParticipant"}},"dates":{"description":"The event's own dates, each with its basis.","type":"array","items":{"$ref":"#/$defs/registryDate"}},"wikidata":{"description":"The Wikidata item of the event, only where certain; otherwise null with a note.","oneOf":[{"$ref":"defs.schema.json#/$defs/wikidataId"},{"type":"null"}]},"wikidataBasis":{"$ref":"defs.schema.json#/$defs/basis","description":"The source read that shows the item is this event. Required with `wikidata`."},"citations":{"$ref":"defs.schema.json#/$defs/citationList","description":"The sources read for this event's dates and its Wikidata id."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Anything a reader needs to know about the event."}},"allOf":[{"if":{"properties":{"wikidata":{"type":"string"}}},"then":{"required":["wikidataBasis"]}}],"$defs":{"registryParticipant":{"title":"RegistryParticipant","description":"An entity taking part in the event.","type":"object","additionalProperties":false,"required":["entity","role"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The entity."},"role":{"$ref":"defs.schema.json#/$defs/participantRole","description":"Its part in the event."}}},"registryDate":{"title":"RegistryDate","description":"A date of the event as the cited sources give it.","type":"object","additionalProperties":false,"required":["role","value","precision","basis"],"properties":{"role":{"$ref":"defs.schema.json#/$defs/dateRole","description":"What the date is the date of."},"value":{"$ref":"defs.schema.json#/$defs/dateString","description":"The date or interval."},"precision":{"$ref":"defs.schema.json#/$defs/datePrecision","description":"How precise `value` is."},"basis":{"$ref":"defs.schema.json#/$defs/basis","description":"The sources read (or article text) that give the date."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the sources give the date."}}}}};
const schema166 = {"title":"RegistryParticipant","description":"An entity taking part in the event.","type":"object","additionalProperties":false,"required":["entity","role"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The entity."},"role":{"$ref":"defs.schema.json#/$defs/participantRole","description":"Its part in the event."}}};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema166.required,parentSchema:schema166,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema166.required,parentSchema:schema166,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "entity") || (key0 === "role"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema166,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.entity !== undefined){
let data0 = data.entity;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err3 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/role",schemaPath:"defs.schema.json#/$defs/participantRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((data1 === "agent") || (data1 === "target")) || (data1 === "affected")) || (data1 === "partner")) || (data1 === "subject"))){
const err7 = {instancePath:instancePath+"/role",schemaPath:"defs.schema.json#/$defs/participantRole/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema166.type,parentSchema:schema166,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema169 = {"title":"RegistryDate","description":"A date of the event as the cited sources give it.","type":"object","additionalProperties":false,"required":["role","value","precision","basis"],"properties":{"role":{"$ref":"defs.schema.json#/$defs/dateRole","description":"What the date is the date of."},"value":{"$ref":"defs.schema.json#/$defs/dateString","description":"The date or interval."},"precision":{"$ref":"defs.schema.json#/$defs/datePrecision","description":"How precise `value` is."},"basis":{"$ref":"defs.schema.json#/$defs/basis","description":"The sources read (or article text) that give the date."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the sources give the date."}}};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cite === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "cite"},message:"must have required property '"+"cite"+"'",schema:schema40.anyOf[0].required,parentSchema:schema40.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema40.anyOf[1].required,parentSchema:schema40.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.anyOf,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "cite") || (key0 === "text")) || (key0 === "article")) || (key0 === "note"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cite !== undefined){
let data0 = data.cite;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern9.test(data1)){
const err6 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/pattern",keyword:"pattern",params:{pattern: "^c-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^c-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^c-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/cite/" + i0,schemaPath:"#/$defs/citationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err8 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.cite.type,parentSchema:schema40.properties.cite,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.text !== undefined){
if(!(validate25(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.article !== undefined){
let data3 = data.article;
if(typeof data3 === "string"){
if(func2(data3) > 120){
const err10 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data3)){
const err11 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/article",schemaPath:"#/$defs/articleId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern8.test(data4)){
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema169.required,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema169.required,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.precision === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'",schema:schema169.required,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.basis === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema169.required,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "role") || (key0 === "value")) || (key0 === "precision")) || (key0 === "basis")) || (key0 === "note"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.role !== undefined){
let data0 = data.role;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/role",schemaPath:"defs.schema.json#/$defs/dateRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.type,parentSchema:schema77,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data0 === "occurred") || (data0 === "announced")) || (data0 === "effective")) || (data0 === "expires")) || (data0 === "planned")) || (data0 === "reported"))){
const err6 = {instancePath:instancePath+"/role",schemaPath:"defs.schema.json#/$defs/dateRole/enum",keyword:"enum",params:{allowedValues: schema77.enum},message:"must be equal to one of the allowed values",schema:schema77.enum,parentSchema:schema77,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err7 = {instancePath:instancePath+"/value",schemaPath:"defs.schema.json#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/value",schemaPath:"defs.schema.json#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.precision !== undefined){
let data2 = data.precision;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/precision",schemaPath:"defs.schema.json#/$defs/datePrecision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data2 === "day") || (data2 === "month")) || (data2 === "year")) || (data2 === "range"))){
const err10 = {instancePath:instancePath+"/precision",schemaPath:"defs.schema.json#/$defs/datePrecision/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values",schema:schema48.enum,parentSchema:schema48,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.basis !== undefined){
if(!(validate90(data.basis, {instancePath:instancePath+"/basis",parentData:data,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err11 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data4) < 1){
const err12 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern8.test(data4)){
const err13 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema169.type,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate67(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema122.type,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cdn.jsdelivr.net/npm/huawei-trade-news@2.0.0/schema/event.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.wikidata !== undefined){
if(typeof data.wikidata !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.wikidataBasis === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "wikidataBasis"},message:"must have required property '"+"wikidataBasis"+"'",schema:schema162.allOf[0].then.required,parentSchema:schema162.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema162.allOf[0].if,parentSchema:schema162.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.summary === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.participants === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participants"},message:"must have required property '"+"participants"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.dates === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dates"},message:"must have required property '"+"dates"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.wikidata === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wikidata"},message:"must have required property '"+"wikidata"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.citations === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "citations"},message:"must have required property '"+"citations"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema162.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.$schema !== undefined){
let data1 = data.$schema;
if(typeof data1 !== "string"){
const err11 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema162.properties.$schema.type,parentSchema:schema162.properties.$schema,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err12 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/registryEventId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema91,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern32.test(data2)){
const err13 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/registryEventId/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema91,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/registryEventId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.type,parentSchema:schema91,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/type",schemaPath:"defs.schema.json#/$defs/eventType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((((((((((((((((((((((data3 === "restriction-imposed") || (data3 === "restriction-eased")) || (data3 === "licence-granted")) || (data3 === "licence-sought")) || (data3 === "sales-deal-started")) || (data3 === "sales-suspended")) || (data3 === "sales-deal-cancelled")) || (data3 === "acquisition-blocked")) || (data3 === "cooperation")) || (data3 === "cooperation-ended")) || (data3 === "negotiation-sought")) || (data3 === "negotiation-held")) || (data3 === "pressure")) || (data3 === "accusation")) || (data3 === "denial")) || (data3 === "arrest")) || (data3 === "product-launched")) || (data3 === "report-published")) || (data3 === "letter-sent")) || (data3 === "statement")) || (data3 === "forecast")) || (data3 === "policy-considered"))){
const err16 = {instancePath:instancePath+"/type",schemaPath:"defs.schema.json#/$defs/eventType/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.summary !== undefined){
let data4 = data.summary;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err17 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data4) < 1){
const err18 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern8.test(data4)){
const err19 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.participants !== undefined){
let data5 = data.participants;
if(Array.isArray(data5)){
if(data5.length < 1){
const err21 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema162.properties.participants,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data5[i0], {instancePath:instancePath+"/participants/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema162.properties.participants.type,parentSchema:schema162.properties.participants,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.dates !== undefined){
let data7 = data.dates;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate89(data7[i1], {instancePath:instancePath+"/dates/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/dates",schemaPath:"#/properties/dates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema162.properties.dates.type,parentSchema:schema162.properties.dates,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.wikidata !== undefined){
let data9 = data.wikidata;
const _errs26 = errors;
let valid11 = false;
let passing0 = null;
const _errs27 = errors;
if(typeof data9 === "string"){
if(!pattern60.test(data9)){
const err24 = {instancePath:instancePath+"/wikidata",schemaPath:"defs.schema.json#/$defs/wikidataId/pattern",keyword:"pattern",params:{pattern: "^Q[1-9][0-9]*$"},message:"must match pattern \""+"^Q[1-9][0-9]*$"+"\"",schema:"^Q[1-9][0-9]*$",parentSchema:schema147,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/wikidata",schemaPath:"defs.schema.json#/$defs/wikidataId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema147.type,parentSchema:schema147,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs27 === errors;
if(_valid1){
valid11 = true;
passing0 = 0;
}
const _errs30 = errors;
if(data9 !== null){
const err26 = {instancePath:instancePath+"/wikidata",schemaPath:"#/properties/wikidata/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema162.properties.wikidata.oneOf[1].type,parentSchema:schema162.properties.wikidata.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs30 === errors;
if(_valid1 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid11 = true;
passing0 = 1;
}
}
if(!valid11){
const err27 = {instancePath:instancePath+"/wikidata",schemaPath:"#/properties/wikidata/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema162.properties.wikidata.oneOf,parentSchema:schema162.properties.wikidata,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.wikidataBasis !== undefined){
if(!(validate90(data.wikidataBasis, {instancePath:instancePath+"/wikidataBasis",parentData:data,parentDataProperty:"wikidataBasis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.citations !== undefined){
if(!(validate95(data.citations, {instancePath:instancePath+"/citations",parentData:data,parentDataProperty:"citations",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data12 = data.note;
if(typeof data12 === "string"){
if(func2(data12) > 4000){
const err28 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data12) < 1){
const err29 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern8.test(data12)){
const err30 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema162.type,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
