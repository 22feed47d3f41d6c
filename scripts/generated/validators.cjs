/* eslint-disable */
// DO NOT EDIT: generated from schema/*.schema.json by `npm run gen:validators`.
// Edit the schemas and run the command again; `npm test` fails when this file is stale.
"use strict";
exports.article = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cdn.jsdelivr.net/npm/huawei-trade-news/schema/article.schema.json","title":"Article","description":"The hand-checked record of one news article (`data/articles/<id>.json`): its source text pinned by hash, the entities it mentions, the events it reports, its quotes, what it gets wrong, and which parts of the text are not the article. Every span is a selector into the source text, checked by the validator.","type":"object","additionalProperties":false,"required":["id","source","entities","events","quotes","quoteMarks","sourceIssues","boilerplate","review"],"properties":{"$schema":{"description":"Relative path to this schema, so that editors complete and lint the file.","type":"string","examples":["../../schema/article.schema.json"]},"id":{"$ref":"defs.schema.json#/$defs/articleId","description":"The article's id; equals the file name without `.json`."},"source":{"$ref":"#/$defs/source","description":"The source text and what is known of the article's publication."},"entities":{"description":"Every entity of the registry that the article mentions, with every place it is mentioned; sorted by entity id.","type":"array","items":{"$ref":"#/$defs/entityMentions"},"x-orderBy":["entity"]},"events":{"description":"Every event the article reports, in the order the annotator chose (usually the order of first evidence).","type":"array","items":{"$ref":"#/$defs/event"}},"quotes":{"description":"Every direct and partial quote in the text (indirect speech optionally), in text order.","type":"array","items":{"$ref":"#/$defs/quote"}},"quoteMarks":{"$ref":"#/$defs/quoteMarks","description":"Quotation marks of the text that do not enclose a quote."},"sourceIssues":{"description":"What the article gets wrong, recorded instead of edited away.","type":"array","items":{"$ref":"#/$defs/sourceIssue"}},"boilerplate":{"description":"Every span of the text that is not part of the article; sorted by position.","type":"array","items":{"$ref":"#/$defs/boilerplate"},"x-orderBy":["span.start","span.end"]},"review":{"$ref":"#/$defs/review","description":"Review status and the history of changes to this record."}},"$defs":{"source":{"title":"Source","description":"The source text (`data/sources/<id>.txt`) and the article's publication. `sha256` and `length` pin the text: any change to it breaks every selector on purpose.","type":"object","additionalProperties":false,"required":["originalName","sha256","length","headline","publisher","published","language"],"properties":{"originalName":{"description":"The file name the text had in the corpus it came from.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$","maxLength":200,"examples":["000_dcb5e2059d267a66.txt"]},"sha256":{"$ref":"defs.schema.json#/$defs/sha256","description":"SHA-256 of the source text's bytes."},"length":{"description":"Length of the source text in Unicode code points.","type":"integer","minimum":1},"headline":{"description":"The selector of the article's headline in the text, or null where the text does not contain it.","oneOf":[{"$ref":"defs.schema.json#/$defs/selector"},{"type":"null"}]},"publisher":{"$ref":"#/$defs/publisher","description":"Who published the article."},"published":{"description":"When the article was published, at the precision the evidence supports; inferred from the text's internal evidence where no date is printed, with a note that says how. Null only in a draft, before anyone has looked (`npm run new` writes it so); a checked record always has one, since some precision can always be established.","oneOf":[{"$ref":"defs.schema.json#/$defs/dateValue"},{"type":"null"}]},"url":{"description":"The article's address, only where known; never reconstructed.","type":"string","format":"uri","maxLength":2000},"language":{"description":"The language of the text as a BCP 47 tag.","type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","examples":["en"]}}},"publisher":{"title":"Publisher","description":"The publisher of the article: an entity, or null with a note that says why it is unknown.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"entity":{"description":"The publisher's entity id, or null where it cannot be established.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the publisher was identified, or why it is unknown. Required when `entity` is null."}}},"entityMentions":{"title":"EntityMentions","description":"An entity that the article mentions and every place it does so.","type":"object","additionalProperties":false,"required":["entity","mentions"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The entity mentioned."},"mentions":{"$ref":"defs.schema.json#/$defs/selectorList","description":"Every span that names or refers to the entity: names, aliases, and descriptions (\"the Japanese carrier\") or titles where the reference is certain; in text order."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How a mention by title or description was linked to this entity."}}},"participant":{"title":"Participant","description":"An entity taking part in an event.","type":"object","additionalProperties":false,"required":["entity","role"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The participating entity; it must be listed in the record's `entities`."},"role":{"$ref":"defs.schema.json#/$defs/participantRole","description":"The part it plays."}}},"event":{"title":"Event","description":"An event the article reports.","type":"object","additionalProperties":false,"required":["id","type","summary","trigger","participants","dates","factuality","evidence"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/eventId","description":"The event's id, unique within the record."},"type":{"$ref":"defs.schema.json#/$defs/eventType","description":"The event's type. Its PLOVER category and CAMEO code follow from the type (see `x-plover` in the shared definitions), so they are not repeated here."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"One sentence, in the annotator's words, of who did what to whom."},"trigger":{"$ref":"defs.schema.json#/$defs/selector","description":"The word or phrase that most directly expresses the event (\"announced\", \"banned\")."},"participants":{"description":"The entities taking part, with their roles.","type":"array","items":{"$ref":"#/$defs/participant"}},"dates":{"description":"The event's dates, each with its role, precision and resolution; empty where neither the text nor sure knowledge dates the event (say so in `note`).","type":"array","items":{"$ref":"defs.schema.json#/$defs/eventDate"}},"factuality":{"$ref":"defs.schema.json#/$defs/factuality","description":"How the article presents the event's reality."},"evidence":{"$ref":"defs.schema.json#/$defs/selectorList","description":"The sentences or clauses that state the event, in text order."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Anything a reader of the record should know about the event's coding."}}},"speaker":{"title":"Speaker","description":"Who a quote is attributed to: an entity, or an unnamed speaker described in words.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"entity":{"description":"The speaker's entity id (listed in the record's `entities`), or null for an unnamed speaker.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"description":{"$ref":"defs.schema.json#/$defs/text","description":"How the text describes an unnamed speaker (\"one Verizon partner that asked not to be named\"). Required when `entity` is null."}}},"quote":{"title":"Quote","description":"A quote: the words, who said them, the cue and the outlet they came through.","type":"object","additionalProperties":false,"required":["id","kind","content","speaker","about"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/quoteId","description":"The quote's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/quoteKind","description":"How the quote is given."},"content":{"$ref":"defs.schema.json#/$defs/selector","description":"The quoted words, without the quotation marks. For a direct or partial quote the validator checks that an opening mark stands just before `start` and a closing mark just at `end` (unless `unclosed`, or the quotation goes on in a `continuation`). `npm run fix` trims marks written into `exact`."},"continuation":{"description":"The quoted words of each following paragraph of the same quotation, in text order, each without its marks. English news leaves a paragraph's quotation open when the quotation goes on in the next paragraph, which opens with a new mark: that is the convention, not an error of the article, so `content` then ends at its paragraph's end with no closing mark, only white space with a line break lies between one part and the next part's opening mark, and the last part ends at the closing mark (unless `unclosed`).","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/$defs/selector"},"x-orderBy":["start","end"]},"unclosed":{"description":"True when the source never closes the quotation; a source issue of kind `unclosed-quote` must then point to this quote.","const":true},"speaker":{"$ref":"#/$defs/speaker","description":"Who the quote is attributed to."},"cue":{"$ref":"defs.schema.json#/$defs/selector","description":"The verb or phrase that attributes the quote (\"said\", \"told\", \"according to\"), where there is one."},"via":{"$ref":"defs.schema.json#/$defs/entityId","description":"The outlet the quote reached the article through (a report by Nikkei, Reuters), where the text names it; listed in the record's `entities`."},"about":{"description":"The ids of the events the quote speaks to.","type":"array","items":{"$ref":"defs.schema.json#/$defs/eventId"},"uniqueItems":true},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the speaker was identified, or anything else about the quote."}}},"ignoredMarks":{"title":"IgnoredMarks","description":"A pair of quotation marks (or a lone mark) that does not enclose a quote.","type":"object","additionalProperties":false,"required":["span","reason"],"properties":{"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The span from the opening mark to the closing mark, both included."},"reason":{"$ref":"defs.schema.json#/$defs/ignoredMarkReason","description":"Why the marks do not enclose a quote."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"More on the reason; required when `reason` is `other`."}}},"quoteMarks":{"title":"QuoteMarks","description":"The accounting of the text's quotation marks. The validator finds every double quotation mark (\" “ ” „ « ») itself; each must open or close a recorded quote or lie at an end of an ignored span.","type":"object","additionalProperties":false,"required":["ignored"],"properties":{"ignored":{"description":"Marks that do not enclose a quote, with the reason; sorted by position.","type":"array","items":{"$ref":"#/$defs/ignoredMarks"},"x-orderBy":["span.start","span.end"]},"unclassified":{"description":"Pairs of marks (or lone marks) not yet classified, as `npm run new` lists them in a draft: each span runs from the opening to the closing mark. Every entry is an open item that the validator reports until it is moved to `quotes` or `ignored`.","type":"array","items":{"$ref":"defs.schema.json#/$defs/selector"},"x-orderBy":["start","end"]}}},"sourceIssue":{"title":"SourceIssue","description":"Something the article gets wrong. What it says is the target's `exact` text (not repeated, since it would be derivable); what is right goes in `corrected`.","type":"object","additionalProperties":false,"required":["id","kind","target","corrected","explanation","confidence"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/sourceIssueId","description":"The issue's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/sourceIssueKind","description":"What kind of error it is."},"target":{"$ref":"defs.schema.json#/$defs/selector","description":"The span of the text that is wrong, as published."},"corrected":{"description":"What the span should say, or null where the right wording cannot be known (garbled text).","oneOf":[{"type":"string","minLength":1,"maxLength":4000},{"type":"null"}]},"explanation":{"$ref":"defs.schema.json#/$defs/text","description":"Why it is wrong, and the evidence."},"confidence":{"$ref":"defs.schema.json#/$defs/confidence","description":"How sure the annotator is."},"quote":{"$ref":"defs.schema.json#/$defs/quoteId","description":"The quote the issue concerns; required for `unclosed-quote`."}}},"boilerplate":{"title":"Boilerplate","description":"A span of the text that is not part of the article.","type":"object","additionalProperties":false,"required":["span","kind"],"properties":{"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The span, without the line breaks around it."},"kind":{"$ref":"defs.schema.json#/$defs/boilerplateKind","description":"What the span is."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"More on what the span is; required when `kind` is `other`."}}},"review":{"title":"Review","description":"The record's review status and its history, so that no change is a silent overwrite.","type":"object","additionalProperties":false,"required":["status","history"],"properties":{"status":{"$ref":"defs.schema.json#/$defs/reviewStatus","description":"Where the record stands."},"history":{"description":"Every change to the record, oldest first.","type":"array","minItems":1,"items":{"$ref":"#/$defs/historyEntry"}}}},"historyEntry":{"title":"HistoryEntry","description":"One change to the record.","type":"object","additionalProperties":false,"required":["date","change"],"properties":{"date":{"$ref":"defs.schema.json#/$defs/calendarDate","description":"When the change was made."},"change":{"$ref":"defs.schema.json#/$defs/text","description":"What was done, and by whom where it matters (\"second read by an independent reviewer\")."}}}}};
const schema33 = {"title":"Slug","description":"A stable, human-readable identifier: lower-case ASCII letters and digits in groups joined by single hyphens.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":120,"examples":["internet-initiative-japan","2019-07-iij-resumes-huawei-sales"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema34 = {"title":"Source","description":"The source text (`data/sources/<id>.txt`) and the article's publication. `sha256` and `length` pin the text: any change to it breaks every selector on purpose.","type":"object","additionalProperties":false,"required":["originalName","sha256","length","headline","publisher","published","language"],"properties":{"originalName":{"description":"The file name the text had in the corpus it came from.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$","maxLength":200,"examples":["000_dcb5e2059d267a66.txt"]},"sha256":{"$ref":"defs.schema.json#/$defs/sha256","description":"SHA-256 of the source text's bytes."},"length":{"description":"Length of the source text in Unicode code points.","type":"integer","minimum":1},"headline":{"description":"The selector of the article's headline in the text, or null where the text does not contain it.","oneOf":[{"$ref":"defs.schema.json#/$defs/selector"},{"type":"null"}]},"publisher":{"$ref":"#/$defs/publisher","description":"Who published the article."},"published":{"description":"When the article was published, at the precision the evidence supports; inferred from the text's internal evidence where no date is printed, with a note that says how. Null only in a draft, before anyone has looked (`npm run new` writes it so); a checked record always has one, since some precision can always be established.","oneOf":[{"$ref":"defs.schema.json#/$defs/dateValue"},{"type":"null"}]},"url":{"description":"The article's address, only where known; never reconstructed.","type":"string","format":"uri","maxLength":2000},"language":{"description":"The language of the text as a BCP 47 tag.","type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","examples":["en"]}}};
const schema35 = {"title":"Sha256","description":"A SHA-256 digest in lower-case hexadecimal.","type":"string","pattern":"^[0-9a-f]{64}$","examples":["d79ab4c43a3364bcdfad789238fcc0c576e0aba4d32cf30bbece433d179ceadd"]};
const schema36 = {"title":"Selector","description":"A span of the article's source text: 0-based, end-exclusive offsets in Unicode code points (the W3C Web Annotation TextPositionSelector convention) and the exact text between them (its TextQuoteSelector `exact`, with an optional `prefix` and `suffix`). The validator checks that `exact` equals the text at [start, end), so a selector cannot drift from the hash-pinned text. A contributor may write only `exact` (and `prefix` or `suffix` where the text occurs more than once): `npm run fix` fills in `start` and `end`.","type":"object","additionalProperties":false,"required":["start","end","exact"],"properties":{"start":{"description":"Offset of the first code point of the span, counted from 0.","type":"integer","minimum":0},"end":{"description":"Offset just past the last code point of the span (end-exclusive); greater than `start`.","type":"integer","minimum":1},"exact":{"description":"The text of the span, character for character as in the source.","type":"string","minLength":1},"prefix":{"description":"A few words of the text just before the span (the W3C TextQuoteSelector `prefix`), written where `exact` occurs more than once so that `npm run fix` can tell which occurrence is meant. It is kept after the offsets are filled in, and the validator checks that it still ends where the span starts: a reader of the JSON sees which occurrence it is, and a later correction of `exact` can be placed again from it.","type":"string","minLength":1},"suffix":{"description":"A few words of the text just after the span (the W3C TextQuoteSelector `suffix`); like `prefix`, it chooses between occurrences, is kept, and is checked to start where the span ends.","type":"string","minLength":1}},"examples":[{"start":82,"end":126,"exact":"Japanese telecom carrier Internet Initiative"}]};
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*\\.txt$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern12 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const schema37 = {"title":"Publisher","description":"The publisher of the article: an entity, or null with a note that says why it is unknown.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"entity":{"description":"The publisher's entity id, or null where it cannot be established.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the publisher was identified, or why it is unknown. Required when `entity` is null."}}};
const schema39 = {"title":"Text","description":"A non-empty line of text with no leading or trailing white space.","type":"string","minLength":1,"maxLength":4000,"pattern":"^\\S(.*\\S)?$"};
const pattern8 = new RegExp("^\\S(.*\\S)?$", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "entity") || (key0 === "note"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.entity !== undefined){
let data0 = data.entity;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err2 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data0};
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
const err4 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs7 = errors;
if(data0 !== null){
const err5 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema37.properties.entity.oneOf[1].type,parentSchema:schema37.properties.entity.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err6 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema37.properties.entity.oneOf,parentSchema:schema37.properties.entity,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.note !== undefined){
let data1 = data.note;
if(typeof data1 === "string"){
if(func2(data1) > 4000){
const err7 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern8.test(data1)){
const err9 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data1};
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
const err10 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
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
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"title":"DateValue","description":"A date as the text supports it: its value, how precise it is, and how it was resolved.","type":"object","additionalProperties":false,"required":["value","precision","resolution"],"properties":{"value":{"$ref":"#/$defs/dateString","description":"The date or interval, at the stated precision."},"precision":{"$ref":"#/$defs/datePrecision","description":"How precise `value` is; must agree with its form."},"resolution":{"$ref":"#/$defs/dateResolution","description":"How `value` was obtained from the text."},"text":{"$ref":"#/$defs/selector","description":"The phrase of the text that gives the date (\"on Tuesday\", \"August 19\"). Required when `resolution` is `explicit` or `relative`."},"anchor":{"$ref":"#/$defs/dateString","description":"The date a relative phrase was resolved against, usually the publication date. Required when `resolution` is `relative`."},"note":{"$ref":"#/$defs/note","description":"How the date was resolved or inferred. Required when `resolution` is `inferred` (say which outside knowledge) or when `value` is an interval."}},"examples":[{"value":"2019-07-02","precision":"day","resolution":"relative","text":{"start":131,"end":141,"exact":"on Tuesday"},"anchor":"2019-06-29","note":"The Tuesday after the Saturday of the G20 summit."}]};
const schema41 = {"title":"DateString","description":"An ISO 8601 date at day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) precision, or an interval of two such dates joined by `/` whose start does not follow its end. The validator checks that every day exists and that the form agrees with the stated precision.","type":"string","pattern":"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$","examples":["2019-07-02","2019-05","2021","2019-07-02/2019-07-07"]};
const schema42 = {"title":"DatePrecision","description":"How precise a date value is.","type":"string","enum":["day","month","year","range"],"enumDescriptions":["A calendar day (YYYY-MM-DD).","A month (YYYY-MM).","A year (YYYY).","An interval (start/end) within which the date lies, for \"last week\" or a publication date that the text pins only to some days."]};
const schema43 = {"title":"DateResolution","description":"How a date value was obtained.","type":"string","enum":["explicit","relative","inferred"],"enumDescriptions":["The text states the date itself (\"August 19\", \"in 2012\"); a missing year taken from the publication date still counts as explicit if said in `note`.","Resolved from a relative phrase (\"on Tuesday\", \"last week\", \"this year\") against `anchor`.","Inferred from outside knowledge or from the text's internal evidence; `note` says which."]};
const pattern9 = new RegExp("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.precision === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.resolution === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resolution"},message:"must have required property '"+"resolution"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "value") || (key0 === "precision")) || (key0 === "resolution")) || (key0 === "text")) || (key0 === "anchor")) || (key0 === "note"))){
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
if(data.value !== undefined){
let data0 = data.value;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema41,data:data0};
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
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.precision !== undefined){
let data1 = data.precision;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/precision",schemaPath:"#/$defs/datePrecision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data1 === "day") || (data1 === "month")) || (data1 === "year")) || (data1 === "range"))){
const err7 = {instancePath:instancePath+"/precision",schemaPath:"#/$defs/datePrecision/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.resolution !== undefined){
let data2 = data.resolution;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/resolution",schemaPath:"#/$defs/dateResolution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data2 === "explicit") || (data2 === "relative")) || (data2 === "inferred"))){
const err9 = {instancePath:instancePath+"/resolution",schemaPath:"#/$defs/dateResolution/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data2};
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
let data3 = data.text;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err10 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.end === undefined){
const err11 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.exact === undefined){
const err12 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err13 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/text/start",schemaPath:"#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/text/start",schemaPath:"#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data4};
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
if(data3.end !== undefined){
let data5 = data3.end;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/text/end",schemaPath:"#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/text/end",schemaPath:"#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data5};
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
if(data3.exact !== undefined){
let data6 = data3.exact;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err18 = {instancePath:instancePath+"/text/exact",schemaPath:"#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data6};
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
const err19 = {instancePath:instancePath+"/text/exact",schemaPath:"#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.prefix !== undefined){
let data7 = data3.prefix;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err20 = {instancePath:instancePath+"/text/prefix",schemaPath:"#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data7};
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
const err21 = {instancePath:instancePath+"/text/prefix",schemaPath:"#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.suffix !== undefined){
let data8 = data3.suffix;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err22 = {instancePath:instancePath+"/text/suffix",schemaPath:"#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/text/suffix",schemaPath:"#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.anchor !== undefined){
let data9 = data.anchor;
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err25 = {instancePath:instancePath+"/anchor",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema41,data:data9};
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
const err26 = {instancePath:instancePath+"/anchor",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.note !== undefined){
let data10 = data.note;
if(typeof data10 === "string"){
if(func2(data10) > 4000){
const err27 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data10) < 1){
const err28 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern8.test(data10)){
const err29 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data10};
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
const err30 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

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
if(!((((((((key0 === "originalName") || (key0 === "sha256")) || (key0 === "length")) || (key0 === "headline")) || (key0 === "publisher")) || (key0 === "published")) || (key0 === "url")) || (key0 === "language"))){
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
if(!(validate25(data10, {instancePath:instancePath+"/published",parentData:data,parentDataProperty:"published",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
if(!pattern12.test(data12)){
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
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"title":"EntityMentions","description":"An entity that the article mentions and every place it does so.","type":"object","additionalProperties":false,"required":["entity","mentions"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The entity mentioned."},"mentions":{"$ref":"defs.schema.json#/$defs/selectorList","description":"Every span that names or refers to the entity: names, aliases, and descriptions (\"the Japanese carrier\") or titles where the reference is certain; in text order."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How a mention by title or description was linked to this entity."}}};
const schema49 = {"title":"SelectorList","description":"Selectors in text order (sorted by start, then end); at least one.","type":"array","minItems":1,"items":{"$ref":"#/$defs/selector"},"x-orderBy":["start","end"]};

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
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49,data};
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mentions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mentions"},message:"must have required property '"+"mentions"+"'",schema:schema47.required,parentSchema:schema47,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
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
if(!(validate29(data.mentions, {instancePath:instancePath+"/mentions",parentData:data,parentDataProperty:"mentions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data2 = data.note;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err6 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern8.test(data2)){
const err8 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data2};
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
const err9 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"title":"Event","description":"An event the article reports.","type":"object","additionalProperties":false,"required":["id","type","summary","trigger","participants","dates","factuality","evidence"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/eventId","description":"The event's id, unique within the record."},"type":{"$ref":"defs.schema.json#/$defs/eventType","description":"The event's type. Its PLOVER category and CAMEO code follow from the type (see `x-plover` in the shared definitions), so they are not repeated here."},"summary":{"$ref":"defs.schema.json#/$defs/text","description":"One sentence, in the annotator's words, of who did what to whom."},"trigger":{"$ref":"defs.schema.json#/$defs/selector","description":"The word or phrase that most directly expresses the event (\"announced\", \"banned\")."},"participants":{"description":"The entities taking part, with their roles.","type":"array","items":{"$ref":"#/$defs/participant"}},"dates":{"description":"The event's dates, each with its role, precision and resolution; empty where neither the text nor sure knowledge dates the event (say so in `note`).","type":"array","items":{"$ref":"defs.schema.json#/$defs/eventDate"}},"factuality":{"$ref":"defs.schema.json#/$defs/factuality","description":"How the article presents the event's reality."},"evidence":{"$ref":"defs.schema.json#/$defs/selectorList","description":"The sentences or clauses that state the event, in text order."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Anything a reader of the record should know about the event's coding."}}};
const schema53 = {"title":"EventId","description":"The id of an event, unique within its article record; starts with `ev-`.","type":"string","pattern":"^ev-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":120,"examples":["ev-iij-announces-sales"]};
const schema54 = {"title":"EventType","description":"The type of an event. Each value maps to the closest PLOVER category and CAMEO code (in `x-plover`), so the data can be joined with GDELT-style event data; events that PLOVER does not code (statements, reports, product launches) map to null.","type":"string","enum":["restriction-imposed","restriction-eased","licence-granted","licence-sought","sales-deal-started","sales-suspended","sales-deal-cancelled","acquisition-blocked","cooperation","cooperation-ended","negotiation-sought","negotiation-held","pressure","accusation","denial","arrest","product-launched","report-published","letter-sent","statement","forecast","policy-considered"],"enumDescriptions":["A government restricts trade with a company: a ban, an export blacklist such as the US Entity List, an executive order, sanctions.","A trade restriction is relaxed, suspended or lifted in whole or in part, or its easing is promised.","A government grants a licence, including a temporary general licence, that allows trade otherwise restricted. Its end goes in a date with role `expires`.","A company applies or hopes for a licence to trade despite a restriction.","A company starts, or announces it will start, to sell, carry or distribute another company's products.","A company delays or pauses the sale of another company's products without cancelling the deal.","A planned or running sales deal is dropped, whether by a party or under outside pressure.","A government or regulator stops a takeover, merger or investment.","Actors work together, or consider working together: joint trials, partnerships, supply agreements.","An actor stops or reduces its cooperation with another: suppliers cutting ties, a partner withdrawing.","An actor says it wants to negotiate, or seeks talks.","Talks take place or are under way.","An actor presses another to act or to refrain from acting (lawmakers pressing a carrier to drop a deal).","An actor accuses another of wrongdoing or of being a threat (espionage, security risk).","An actor rejects an accusation.","A person is arrested, detained or charged.","A company launches, introduces or announces a product.","A media outlet, government, analyst or company publishes a report, study, note or figures.","A formal letter is written or sent (lawmakers to regulators, a company to its suppliers).","A public statement, speech, comment or refusal to comment that no other type covers.","An estimate or projection of a future figure or outcome (shipments, orders, market share).","A government or company considers a policy option it has not yet decided (whether to extend a licence)."],"x-plover":{"restriction-imposed":{"plover":"SANCTION","cameo":"163"},"restriction-eased":{"plover":"CONCEDE","cameo":"085"},"licence-granted":{"plover":"CONCEDE","cameo":"085"},"licence-sought":{"plover":"REQUEST","cameo":"0211"},"sales-deal-started":{"plover":"COOPERATE","cameo":"061"},"sales-suspended":{"plover":"REJECT","cameo":"1211"},"sales-deal-cancelled":{"plover":"REJECT","cameo":"1211"},"acquisition-blocked":{"plover":"REJECT","cameo":"1211"},"cooperation":{"plover":"COOPERATE","cameo":"061"},"cooperation-ended":{"plover":"SANCTION","cameo":"16"},"negotiation-sought":{"plover":"CONSULT","cameo":"036"},"negotiation-held":{"plover":"CONSULT","cameo":"046"},"pressure":{"plover":"REQUEST","cameo":"10"},"accusation":{"plover":"ACCUSE","cameo":"112"},"denial":{"plover":"REJECT","cameo":"016"},"arrest":{"plover":"COERCE","cameo":"173"},"product-launched":{"plover":null,"cameo":null},"report-published":{"plover":null,"cameo":"010"},"letter-sent":{"plover":null,"cameo":"010"},"statement":{"plover":null,"cameo":"010"},"forecast":{"plover":null,"cameo":null},"policy-considered":{"plover":null,"cameo":"014"}}};
const schema68 = {"title":"Factuality","description":"How the article presents an event's reality.","type":"string","enum":["actual","announced","planned","expected","hypothetical","negated","reported"],"enumDescriptions":["The article states that the event happened or is happening.","An actor has announced the event; it has not yet happened.","An actor intends or schedules the event.","The event is forecast or expected, by the writer or a source.","The event is considered, possible or conditional.","The article states that the event did not or will not happen.","The event is attributed to a report or an anonymous source that the article does not confirm."]};
const pattern15 = new RegExp("^ev-[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema57 = {"title":"Participant","description":"An entity taking part in an event.","type":"object","additionalProperties":false,"required":["entity","role"],"properties":{"entity":{"$ref":"defs.schema.json#/$defs/entityId","description":"The participating entity; it must be listed in the record's `entities`."},"role":{"$ref":"defs.schema.json#/$defs/participantRole","description":"The part it plays."}}};
const schema59 = {"title":"ParticipantRole","description":"The part an entity plays in an event.","type":"string","enum":["agent","target","affected","partner","subject"],"enumDescriptions":["Who acts: imposes the ban, signs the deal, publishes the report.","Who the act is directed at: the company banned, the deal's counter-party when it is refused.","Who feels the effect without being the act's target: customers, suppliers.","The other party of a deal, a negotiation or a cooperation.","What a report, statement, letter or forecast is about."]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema57.required,parentSchema:schema57,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
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
const err6 = {instancePath:instancePath+"/role",schemaPath:"defs.schema.json#/$defs/participantRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.type,parentSchema:schema59,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((data1 === "agent") || (data1 === "target")) || (data1 === "affected")) || (data1 === "partner")) || (data1 === "subject"))){
const err7 = {instancePath:instancePath+"/role",schemaPath:"defs.schema.json#/$defs/participantRole/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values",schema:schema59.enum,parentSchema:schema59,data:data1};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"title":"EventDate","description":"A date of an event, with the role it plays for the event.","type":"object","additionalProperties":false,"required":["role","value","precision","resolution"],"properties":{"role":{"$ref":"#/$defs/dateRole","description":"What this date is for the event."},"value":{"$ref":"#/$defs/dateString","description":"The date or interval, at the stated precision."},"precision":{"$ref":"#/$defs/datePrecision","description":"How precise `value` is; must agree with its form."},"resolution":{"$ref":"#/$defs/dateResolution","description":"How `value` was obtained from the text."},"text":{"$ref":"#/$defs/selector","description":"The phrase of the text that gives the date. Required when `resolution` is `explicit` or `relative`."},"anchor":{"$ref":"#/$defs/dateString","description":"The date a relative phrase was resolved against. Required when `resolution` is `relative`."},"note":{"$ref":"#/$defs/note","description":"How the date was resolved or inferred. Required when `resolution` is `inferred` or when `value` is an interval."}}};
const schema61 = {"title":"DateRole","description":"What a date is for an event.","type":"string","enum":["occurred","announced","effective","expires","planned","reported"],"enumDescriptions":["When the event happened.","When the event was announced.","When a measure takes effect.","When a measure, such as a licence, ends.","When the event is scheduled or expected to happen.","When a report or source made the event known."]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.precision === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "precision"},message:"must have required property '"+"precision"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.resolution === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resolution"},message:"must have required property '"+"resolution"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "role") || (key0 === "value")) || (key0 === "precision")) || (key0 === "resolution")) || (key0 === "text")) || (key0 === "anchor")) || (key0 === "note"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
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
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/dateRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data0 === "occurred") || (data0 === "announced")) || (data0 === "effective")) || (data0 === "expires")) || (data0 === "planned")) || (data0 === "reported"))){
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/dateRole/enum",keyword:"enum",params:{allowedValues: schema61.enum},message:"must be equal to one of the allowed values",schema:schema61.enum,parentSchema:schema61,data:data0};
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
if(!pattern9.test(data1)){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema41,data:data1};
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
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data1};
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
const err9 = {instancePath:instancePath+"/precision",schemaPath:"#/$defs/datePrecision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data2 === "day") || (data2 === "month")) || (data2 === "year")) || (data2 === "range"))){
const err10 = {instancePath:instancePath+"/precision",schemaPath:"#/$defs/datePrecision/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.resolution !== undefined){
let data3 = data.resolution;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/resolution",schemaPath:"#/$defs/dateResolution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((data3 === "explicit") || (data3 === "relative")) || (data3 === "inferred"))){
const err12 = {instancePath:instancePath+"/resolution",schemaPath:"#/$defs/dateResolution/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.text !== undefined){
let data4 = data.text;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.start === undefined){
const err13 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.end === undefined){
const err14 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.exact === undefined){
const err15 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err16 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.start !== undefined){
let data5 = data4.start;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/text/start",schemaPath:"#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/text/start",schemaPath:"#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data5};
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
if(data4.end !== undefined){
let data6 = data4.end;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err19 = {instancePath:instancePath+"/text/end",schemaPath:"#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/text/end",schemaPath:"#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data6};
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
if(data4.exact !== undefined){
let data7 = data4.exact;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/text/exact",schemaPath:"#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data7};
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
const err22 = {instancePath:instancePath+"/text/exact",schemaPath:"#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.prefix !== undefined){
let data8 = data4.prefix;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err23 = {instancePath:instancePath+"/text/prefix",schemaPath:"#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data8};
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
const err24 = {instancePath:instancePath+"/text/prefix",schemaPath:"#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.suffix !== undefined){
let data9 = data4.suffix;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err25 = {instancePath:instancePath+"/text/suffix",schemaPath:"#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data9};
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
const err26 = {instancePath:instancePath+"/text/suffix",schemaPath:"#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data9};
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
const err27 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.anchor !== undefined){
let data10 = data.anchor;
if(typeof data10 === "string"){
if(!pattern9.test(data10)){
const err28 = {instancePath:instancePath+"/anchor",schemaPath:"#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema41,data:data10};
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
const err29 = {instancePath:instancePath+"/anchor",schemaPath:"#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.note !== undefined){
let data11 = data.note;
if(typeof data11 === "string"){
if(func2(data11) > 4000){
const err30 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data11) < 1){
const err31 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern8.test(data11)){
const err32 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data11};
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
const err33 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data11};
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
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.summary === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.trigger === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.participants === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participants"},message:"must have required property '"+"participants"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.dates === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dates"},message:"must have required property '"+"dates"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.factuality === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "factuality"},message:"must have required property '"+"factuality"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.evidence === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema52.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err9 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/eventId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern15.test(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/eventId/pattern",keyword:"pattern",params:{pattern: "^ev-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^ev-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^ev-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema53,data:data0};
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
const err11 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/eventId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err12 = {instancePath:instancePath+"/type",schemaPath:"defs.schema.json#/$defs/eventType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((((((((((((((((((data1 === "restriction-imposed") || (data1 === "restriction-eased")) || (data1 === "licence-granted")) || (data1 === "licence-sought")) || (data1 === "sales-deal-started")) || (data1 === "sales-suspended")) || (data1 === "sales-deal-cancelled")) || (data1 === "acquisition-blocked")) || (data1 === "cooperation")) || (data1 === "cooperation-ended")) || (data1 === "negotiation-sought")) || (data1 === "negotiation-held")) || (data1 === "pressure")) || (data1 === "accusation")) || (data1 === "denial")) || (data1 === "arrest")) || (data1 === "product-launched")) || (data1 === "report-published")) || (data1 === "letter-sent")) || (data1 === "statement")) || (data1 === "forecast")) || (data1 === "policy-considered"))){
const err13 = {instancePath:instancePath+"/type",schemaPath:"defs.schema.json#/$defs/eventType/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values",schema:schema54.enum,parentSchema:schema54,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.summary !== undefined){
let data2 = data.summary;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err14 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data2) < 1){
const err15 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern8.test(data2)){
const err16 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data2};
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
const err17 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.trigger !== undefined){
let data3 = data.trigger;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err18 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data3.end === undefined){
const err19 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data3.exact === undefined){
const err20 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err21 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err22 = {instancePath:instancePath+"/trigger/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/trigger/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data3.end !== undefined){
let data5 = data3.end;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err24 = {instancePath:instancePath+"/trigger/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/trigger/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data5};
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
if(data3.exact !== undefined){
let data6 = data3.exact;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err26 = {instancePath:instancePath+"/trigger/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data6};
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
const err27 = {instancePath:instancePath+"/trigger/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data3.prefix !== undefined){
let data7 = data3.prefix;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err28 = {instancePath:instancePath+"/trigger/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data7};
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
const err29 = {instancePath:instancePath+"/trigger/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data3.suffix !== undefined){
let data8 = data3.suffix;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err30 = {instancePath:instancePath+"/trigger/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data8};
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
const err31 = {instancePath:instancePath+"/trigger/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data8};
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
const err32 = {instancePath:instancePath+"/trigger",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.participants !== undefined){
let data9 = data.participants;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data9[i0], {instancePath:instancePath+"/participants/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.participants.type,parentSchema:schema52.properties.participants,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.dates !== undefined){
let data11 = data.dates;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate35(data11[i1], {instancePath:instancePath+"/dates/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/dates",schemaPath:"#/properties/dates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.dates.type,parentSchema:schema52.properties.dates,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.factuality !== undefined){
let data13 = data.factuality;
if(typeof data13 !== "string"){
const err35 = {instancePath:instancePath+"/factuality",schemaPath:"defs.schema.json#/$defs/factuality/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((((((data13 === "actual") || (data13 === "announced")) || (data13 === "planned")) || (data13 === "expected")) || (data13 === "hypothetical")) || (data13 === "negated")) || (data13 === "reported"))){
const err36 = {instancePath:instancePath+"/factuality",schemaPath:"defs.schema.json#/$defs/factuality/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.evidence !== undefined){
if(!(validate29(data.evidence, {instancePath:instancePath+"/evidence",parentData:data,parentDataProperty:"evidence",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data15 = data.note;
if(typeof data15 === "string"){
if(func2(data15) > 4000){
const err37 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data15) < 1){
const err38 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern8.test(data15)){
const err39 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data15};
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
const err40 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data15};
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
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"title":"Quote","description":"A quote: the words, who said them, the cue and the outlet they came through.","type":"object","additionalProperties":false,"required":["id","kind","content","speaker","about"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/quoteId","description":"The quote's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/quoteKind","description":"How the quote is given."},"content":{"$ref":"defs.schema.json#/$defs/selector","description":"The quoted words, without the quotation marks. For a direct or partial quote the validator checks that an opening mark stands just before `start` and a closing mark just at `end` (unless `unclosed`, or the quotation goes on in a `continuation`). `npm run fix` trims marks written into `exact`."},"continuation":{"description":"The quoted words of each following paragraph of the same quotation, in text order, each without its marks. English news leaves a paragraph's quotation open when the quotation goes on in the next paragraph, which opens with a new mark: that is the convention, not an error of the article, so `content` then ends at its paragraph's end with no closing mark, only white space with a line break lies between one part and the next part's opening mark, and the last part ends at the closing mark (unless `unclosed`).","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/$defs/selector"},"x-orderBy":["start","end"]},"unclosed":{"description":"True when the source never closes the quotation; a source issue of kind `unclosed-quote` must then point to this quote.","const":true},"speaker":{"$ref":"#/$defs/speaker","description":"Who the quote is attributed to."},"cue":{"$ref":"defs.schema.json#/$defs/selector","description":"The verb or phrase that attributes the quote (\"said\", \"told\", \"according to\"), where there is one."},"via":{"$ref":"defs.schema.json#/$defs/entityId","description":"The outlet the quote reached the article through (a report by Nikkei, Reuters), where the text names it; listed in the record's `entities`."},"about":{"description":"The ids of the events the quote speaks to.","type":"array","items":{"$ref":"defs.schema.json#/$defs/eventId"},"uniqueItems":true},"note":{"$ref":"defs.schema.json#/$defs/note","description":"How the speaker was identified, or anything else about the quote."}}};
const schema71 = {"title":"QuoteId","description":"The id of a quote, unique within its article record; starts with `q-`.","type":"string","pattern":"^q-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":120,"examples":["q-iij-decision"]};
const schema72 = {"title":"QuoteKind","description":"How a quote is given.","type":"string","enum":["direct","partial","indirect"],"enumDescriptions":["One or more full sentences inside quotation marks.","A fragment inside quotation marks within the writer's own sentence.","Reported speech without quotation marks (optional to record)."]};
const func0 = require("ajv/dist/runtime/equal").default;
const pattern22 = new RegExp("^q-[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema75 = {"title":"Speaker","description":"Who a quote is attributed to: an entity, or an unnamed speaker described in words.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"entity":{"description":"The speaker's entity id (listed in the record's `entities`), or null for an unnamed speaker.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"description":{"$ref":"defs.schema.json#/$defs/text","description":"How the text describes an unnamed speaker (\"one Verizon partner that asked not to be named\"). Required when `entity` is null."}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "entity") || (key0 === "description"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.entity !== undefined){
let data0 = data.entity;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err2 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data0};
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
const err4 = {instancePath:instancePath+"/entity",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs7 = errors;
if(data0 !== null){
const err5 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema75.properties.entity.oneOf[1].type,parentSchema:schema75.properties.entity.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err6 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema75.properties.entity.oneOf,parentSchema:schema75.properties.entity,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 4000){
const err7 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern8.test(data1)){
const err9 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data1};
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
const err10 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
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
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.speaker === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "speaker"},message:"must have required property '"+"speaker"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.about === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "about"},message:"must have required property '"+"about"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema70.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/quoteId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema71,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern22.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/quoteId/pattern",keyword:"pattern",params:{pattern: "^q-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^q-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^q-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema71,data:data0};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/quoteId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data0};
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
const err9 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/quoteKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data1 === "direct") || (data1 === "partial")) || (data1 === "indirect"))){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/quoteKind/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values",schema:schema72.enum,parentSchema:schema72,data:data1};
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
const err26 = {instancePath:instancePath+"/continuation",schemaPath:"#/properties/continuation/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema70.properties.continuation,data:data8};
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
const err42 = {instancePath:instancePath+"/continuation",schemaPath:"#/properties/continuation/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.continuation.type,parentSchema:schema70.properties.continuation,data:data8};
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
const err43 = {instancePath:instancePath+"/unclosed",schemaPath:"#/properties/unclosed/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema70.properties.unclosed,data:data15};
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
if(!(validate40(data.speaker, {instancePath:instancePath+"/speaker",parentData:data,parentDataProperty:"speaker",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
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
const err62 = {instancePath:instancePath+"/about/" + i1,schemaPath:"defs.schema.json#/$defs/eventId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema53,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!pattern15.test(data25)){
const err63 = {instancePath:instancePath+"/about/" + i1,schemaPath:"defs.schema.json#/$defs/eventId/pattern",keyword:"pattern",params:{pattern: "^ev-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^ev-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^ev-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema53,data:data25};
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
const err64 = {instancePath:instancePath+"/about/" + i1,schemaPath:"defs.schema.json#/$defs/eventId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data25};
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
const err65 = {instancePath:instancePath+"/about",schemaPath:"#/properties/about/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema70.properties.about,data:data24};
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
const err66 = {instancePath:instancePath+"/about",schemaPath:"#/properties/about/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.about.type,parentSchema:schema70.properties.about,data:data24};
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
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema82 = {"title":"QuoteMarks","description":"The accounting of the text's quotation marks. The validator finds every double quotation mark (\" “ ” „ « ») itself; each must open or close a recorded quote or lie at an end of an ignored span.","type":"object","additionalProperties":false,"required":["ignored"],"properties":{"ignored":{"description":"Marks that do not enclose a quote, with the reason; sorted by position.","type":"array","items":{"$ref":"#/$defs/ignoredMarks"},"x-orderBy":["span.start","span.end"]},"unclassified":{"description":"Pairs of marks (or lone marks) not yet classified, as `npm run new` lists them in a draft: each span runs from the opening to the closing mark. Every entry is an open item that the validator reports until it is moved to `quotes` or `ignored`.","type":"array","items":{"$ref":"defs.schema.json#/$defs/selector"},"x-orderBy":["start","end"]}}};
const schema83 = {"title":"IgnoredMarks","description":"A pair of quotation marks (or a lone mark) that does not enclose a quote.","type":"object","additionalProperties":false,"required":["span","reason"],"properties":{"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The span from the opening mark to the closing mark, both included."},"reason":{"$ref":"defs.schema.json#/$defs/ignoredMarkReason","description":"Why the marks do not enclose a quote."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"More on the reason; required when `reason` is `other`."}}};
const schema85 = {"title":"IgnoredMarkReason","description":"Why a pair of quotation marks does not enclose a quote.","type":"string","enum":["name","scare-quote","title","boilerplate","other"],"enumDescriptions":["A name in quotation marks (“Ant Financial”).","Scare quotes or a term used at a distance, not words attributed to a speaker.","The title of a work, a headline or a slogan.","Marks inside a boilerplate span.","Anything else; say what in `note`."]};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reason === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "span") || (key0 === "reason")) || (key0 === "note"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.span !== undefined){
let data0 = data.span;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.start === undefined){
const err3 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.end === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.exact === undefined){
const err5 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err6 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.start !== undefined){
let data1 = data0.start;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data1};
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
if(data0.end !== undefined){
let data2 = data0.end;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data2};
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
if(data0.exact !== undefined){
let data3 = data0.exact;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data3};
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
const err12 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.prefix !== undefined){
let data4 = data0.prefix;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data4};
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
const err14 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.suffix !== undefined){
let data5 = data0.suffix;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err15 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data5};
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
const err16 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data5};
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
const err17 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.reason !== undefined){
let data6 = data.reason;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/reason",schemaPath:"defs.schema.json#/$defs/ignoredMarkReason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.type,parentSchema:schema85,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((((data6 === "name") || (data6 === "scare-quote")) || (data6 === "title")) || (data6 === "boilerplate")) || (data6 === "other"))){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"defs.schema.json#/$defs/ignoredMarkReason/enum",keyword:"enum",params:{allowedValues: schema85.enum},message:"must be equal to one of the allowed values",schema:schema85.enum,parentSchema:schema85,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.note !== undefined){
let data7 = data.note;
if(typeof data7 === "string"){
if(func2(data7) > 4000){
const err20 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern8.test(data7)){
const err22 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.ignored === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ignored"},message:"must have required property '"+"ignored"+"'",schema:schema82.required,parentSchema:schema82,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
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
if(!(validate44(data0[i0], {instancePath:instancePath+"/ignored/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/ignored",schemaPath:"#/properties/ignored/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.ignored.type,parentSchema:schema82.properties.ignored,data:data0};
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
const err18 = {instancePath:instancePath+"/unclassified",schemaPath:"#/properties/unclassified/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.unclassified.type,parentSchema:schema82.properties.unclassified,data:data2};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema88 = {"title":"SourceIssue","description":"Something the article gets wrong. What it says is the target's `exact` text (not repeated, since it would be derivable); what is right goes in `corrected`.","type":"object","additionalProperties":false,"required":["id","kind","target","corrected","explanation","confidence"],"properties":{"id":{"$ref":"defs.schema.json#/$defs/sourceIssueId","description":"The issue's id, unique within the record."},"kind":{"$ref":"defs.schema.json#/$defs/sourceIssueKind","description":"What kind of error it is."},"target":{"$ref":"defs.schema.json#/$defs/selector","description":"The span of the text that is wrong, as published."},"corrected":{"description":"What the span should say, or null where the right wording cannot be known (garbled text).","oneOf":[{"type":"string","minLength":1,"maxLength":4000},{"type":"null"}]},"explanation":{"$ref":"defs.schema.json#/$defs/text","description":"Why it is wrong, and the evidence."},"confidence":{"$ref":"defs.schema.json#/$defs/confidence","description":"How sure the annotator is."},"quote":{"$ref":"defs.schema.json#/$defs/quoteId","description":"The quote the issue concerns; required for `unclosed-quote`."}}};
const schema89 = {"title":"SourceIssueId","description":"The id of a source issue, unique within its article record; starts with `si-`.","type":"string","pattern":"^si-[a-z0-9]+(-[a-z0-9]+)*$","maxLength":120,"examples":["si-iij-abbreviation"]};
const schema90 = {"title":"SourceIssueKind","description":"What is wrong in the source text.","type":"string","enum":["factual-error","wrong-name","wrong-title","wrong-date","translation","unclosed-quote","typo","formatting","foreign-text","other"],"enumDescriptions":["A claim contradicted by the public record.","A wrong or misspelt name or abbreviation of a company, list, office or person.","A wrong title or office for a person.","A wrong date or day.","Garbled or machine-translated text whose meaning is unclear or wrong.","A quotation whose closing mark is missing.","A misspelling or slip of grammar that does not change a name.","A stray line break or missing space that splits or joins words or sentences.","Text that belongs to another article or page: a headline, a teaser, a paragraph.","Anything else; say what in `explanation`."]};
const schema93 = {"title":"Confidence","description":"How sure the annotator is that a source issue is real.","type":"string","enum":["confirmed","probable"],"enumDescriptions":["Certain: the text itself or the public record shows it.","Very likely, but not proved from the text alone; `explanation` says why."]};
const pattern29 = new RegExp("^si-[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.target === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.corrected === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "corrected"},message:"must have required property '"+"corrected"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.explanation === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "explanation"},message:"must have required property '"+"explanation"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.confidence === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "kind")) || (key0 === "target")) || (key0 === "corrected")) || (key0 === "explanation")) || (key0 === "confidence")) || (key0 === "quote"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 120){
const err7 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/sourceIssueId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema89,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern29.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/sourceIssueId/pattern",keyword:"pattern",params:{pattern: "^si-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^si-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^si-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema89,data:data0};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/sourceIssueId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.type,parentSchema:schema89,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/sourceIssueKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((((((data1 === "factual-error") || (data1 === "wrong-name")) || (data1 === "wrong-title")) || (data1 === "wrong-date")) || (data1 === "translation")) || (data1 === "unclosed-quote")) || (data1 === "typo")) || (data1 === "formatting")) || (data1 === "foreign-text")) || (data1 === "other"))){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/sourceIssueKind/enum",keyword:"enum",params:{allowedValues: schema90.enum},message:"must be equal to one of the allowed values",schema:schema90.enum,parentSchema:schema90,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.target !== undefined){
let data2 = data.target;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.start === undefined){
const err12 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.end === undefined){
const err13 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.exact === undefined){
const err14 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err15 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.start !== undefined){
let data3 = data2.start;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/target/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/target/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data3};
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
if(data2.end !== undefined){
let data4 = data2.end;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/target/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/target/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data4};
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
if(data2.exact !== undefined){
let data5 = data2.exact;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err20 = {instancePath:instancePath+"/target/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data5};
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
const err21 = {instancePath:instancePath+"/target/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.prefix !== undefined){
let data6 = data2.prefix;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err22 = {instancePath:instancePath+"/target/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/target/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.suffix !== undefined){
let data7 = data2.suffix;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err24 = {instancePath:instancePath+"/target/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data7};
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
const err25 = {instancePath:instancePath+"/target/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data7};
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
else {
const err26 = {instancePath:instancePath+"/target",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.corrected !== undefined){
let data8 = data.corrected;
const _errs24 = errors;
let valid5 = false;
let passing0 = null;
const _errs25 = errors;
if(typeof data8 === "string"){
if(func2(data8) > 4000){
const err27 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema88.properties.corrected.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data8) < 1){
const err28 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.corrected.oneOf[0],data:data8};
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
const err29 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.corrected.oneOf[0].type,parentSchema:schema88.properties.corrected.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs27 = errors;
if(data8 !== null){
const err30 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema88.properties.corrected.oneOf[1].type,parentSchema:schema88.properties.corrected.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs27 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err31 = {instancePath:instancePath+"/corrected",schemaPath:"#/properties/corrected/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema88.properties.corrected.oneOf,parentSchema:schema88.properties.corrected,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.explanation !== undefined){
let data9 = data.explanation;
if(typeof data9 === "string"){
if(func2(data9) > 4000){
const err32 = {instancePath:instancePath+"/explanation",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func2(data9) < 1){
const err33 = {instancePath:instancePath+"/explanation",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern8.test(data9)){
const err34 = {instancePath:instancePath+"/explanation",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data9};
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
const err35 = {instancePath:instancePath+"/explanation",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.confidence !== undefined){
let data10 = data.confidence;
if(typeof data10 !== "string"){
const err36 = {instancePath:instancePath+"/confidence",schemaPath:"defs.schema.json#/$defs/confidence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((data10 === "confirmed") || (data10 === "probable"))){
const err37 = {instancePath:instancePath+"/confidence",schemaPath:"defs.schema.json#/$defs/confidence/enum",keyword:"enum",params:{allowedValues: schema93.enum},message:"must be equal to one of the allowed values",schema:schema93.enum,parentSchema:schema93,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.quote !== undefined){
let data11 = data.quote;
if(typeof data11 === "string"){
if(func2(data11) > 120){
const err38 = {instancePath:instancePath+"/quote",schemaPath:"defs.schema.json#/$defs/quoteId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema71,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern22.test(data11)){
const err39 = {instancePath:instancePath+"/quote",schemaPath:"defs.schema.json#/$defs/quoteId/pattern",keyword:"pattern",params:{pattern: "^q-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^q-[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^q-[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema71,data:data11};
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
const err40 = {instancePath:instancePath+"/quote",schemaPath:"defs.schema.json#/$defs/quoteId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data11};
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
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema95 = {"title":"Boilerplate","description":"A span of the text that is not part of the article.","type":"object","additionalProperties":false,"required":["span","kind"],"properties":{"span":{"$ref":"defs.schema.json#/$defs/selector","description":"The span, without the line breaks around it."},"kind":{"$ref":"defs.schema.json#/$defs/boilerplateKind","description":"What the span is."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"More on what the span is; required when `kind` is `other`."}}};
const schema97 = {"title":"BoilerplateKind","description":"What a span that is not part of the article is.","type":"string","enum":["navigation","headline-repeat","byline","author-bio","caption","related-headline","foreign-headline","print-headline","source-line","comment-form","copyright","other"],"enumDescriptions":["Site navigation: breadcrumbs, menus, \"Connect with us\".","The headline printed again by the page template.","The author's name or user name, with or without a count.","A note about the author.","A photo caption or photo credit.","A headline linking to another article on the same site.","A headline from another article or language edition, not linked in the text.","The headline the article carried in print (\"Newspaper headline: ...\").","A source or category line (\"Source: Technology\").","A comment form or its prompts.","A copyright line.","Anything else; say what in `note`."]};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.span === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "span"},message:"must have required property '"+"span"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "span") || (key0 === "kind")) || (key0 === "note"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.span !== undefined){
let data0 = data.span;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.start === undefined){
const err3 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.end === undefined){
const err4 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.exact === undefined){
const err5 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/required",keyword:"required",params:{missingProperty: "exact"},message:"must have required property '"+"exact"+"'",schema:schema36.required,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
if(!(((((key1 === "start") || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
const err6 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.start !== undefined){
let data1 = data0.start;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.start.type,parentSchema:schema36.properties.start,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/span/start",schemaPath:"defs.schema.json#/$defs/selector/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.start,data:data1};
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
if(data0.end !== undefined){
let data2 = data0.end;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.end.type,parentSchema:schema36.properties.end,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/span/end",schemaPath:"defs.schema.json#/$defs/selector/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.end,data:data2};
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
if(data0.exact !== undefined){
let data3 = data0.exact;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.exact,data:data3};
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
const err12 = {instancePath:instancePath+"/span/exact",schemaPath:"defs.schema.json#/$defs/selector/properties/exact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.exact.type,parentSchema:schema36.properties.exact,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.prefix !== undefined){
let data4 = data0.prefix;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.prefix,data:data4};
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
const err14 = {instancePath:instancePath+"/span/prefix",schemaPath:"defs.schema.json#/$defs/selector/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.prefix.type,parentSchema:schema36.properties.prefix,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.suffix !== undefined){
let data5 = data0.suffix;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err15 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.suffix,data:data5};
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
const err16 = {instancePath:instancePath+"/span/suffix",schemaPath:"defs.schema.json#/$defs/selector/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.suffix.type,parentSchema:schema36.properties.suffix,data:data5};
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
const err17 = {instancePath:instancePath+"/span",schemaPath:"defs.schema.json#/$defs/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data0};
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
let data6 = data.kind;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/boilerplateKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.type,parentSchema:schema97,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((((((((((data6 === "navigation") || (data6 === "headline-repeat")) || (data6 === "byline")) || (data6 === "author-bio")) || (data6 === "caption")) || (data6 === "related-headline")) || (data6 === "foreign-headline")) || (data6 === "print-headline")) || (data6 === "source-line")) || (data6 === "comment-form")) || (data6 === "copyright")) || (data6 === "other"))){
const err19 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/boilerplateKind/enum",keyword:"enum",params:{allowedValues: schema97.enum},message:"must be equal to one of the allowed values",schema:schema97.enum,parentSchema:schema97,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.note !== undefined){
let data7 = data.note;
if(typeof data7 === "string"){
if(func2(data7) > 4000){
const err20 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern8.test(data7)){
const err22 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"title":"Review","description":"The record's review status and its history, so that no change is a silent overwrite.","type":"object","additionalProperties":false,"required":["status","history"],"properties":{"status":{"$ref":"defs.schema.json#/$defs/reviewStatus","description":"Where the record stands."},"history":{"description":"Every change to the record, oldest first.","type":"array","minItems":1,"items":{"$ref":"#/$defs/historyEntry"}}}};
const schema100 = {"title":"ReviewStatus","description":"Where a record stands in review.","type":"string","enum":["draft","checked"],"enumDescriptions":["Work in progress; open items may remain.","Every invariant holds and a person has read the record against the text."]};
const schema101 = {"title":"HistoryEntry","description":"One change to the record.","type":"object","additionalProperties":false,"required":["date","change"],"properties":{"date":{"$ref":"defs.schema.json#/$defs/calendarDate","description":"When the change was made."},"change":{"$ref":"defs.schema.json#/$defs/text","description":"What was done, and by whom where it matters (\"second read by an independent reviewer\")."}}};
const schema102 = {"title":"CalendarDate","description":"An ISO 8601 calendar date (YYYY-MM-DD). The validator checks that the day exists.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","examples":["2019-07-02"]};
const pattern33 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.date === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.change === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "date") || (key0 === "change"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data};
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
if(!pattern33.test(data0)){
const err3 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/$defs/calendarDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema102,data:data0};
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
const err4 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.type,parentSchema:schema102,data:data0};
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
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.history === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "history"},message:"must have required property '"+"history"+"'",schema:schema99.required,parentSchema:schema99,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema99,data};
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
const err3 = {instancePath:instancePath+"/status",schemaPath:"defs.schema.json#/$defs/reviewStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.type,parentSchema:schema100,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data0 === "draft") || (data0 === "checked"))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"defs.schema.json#/$defs/reviewStatus/enum",keyword:"enum",params:{allowedValues: schema100.enum},message:"must be equal to one of the allowed values",schema:schema100.enum,parentSchema:schema100,data:data0};
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
const err5 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema99.properties.history,data:data1};
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
if(!(validate52(data1[i0], {instancePath:instancePath+"/history/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.history.type,parentSchema:schema99.properties.history,data:data1};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cdn.jsdelivr.net/npm/huawei-trade-news/schema/article.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.entities === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entities"},message:"must have required property '"+"entities"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.events === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.quotes === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotes"},message:"must have required property '"+"quotes"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.quoteMarks === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quoteMarks"},message:"must have required property '"+"quoteMarks"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sourceIssues === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sourceIssues"},message:"must have required property '"+"sourceIssues"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.boilerplate === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "boilerplate"},message:"must have required property '"+"boilerplate"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.review === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err11 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/articleId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data1)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/articleId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
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
const err13 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/articleId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data.entities !== undefined){
let data3 = data.entities;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate28(data3[i0], {instancePath:instancePath+"/entities/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.entities.type,parentSchema:schema31.properties.entities,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.events !== undefined){
let data5 = data.events;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate32(data5[i1], {instancePath:instancePath+"/events/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.events.type,parentSchema:schema31.properties.events,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.quotes !== undefined){
let data7 = data.quotes;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate39(data7[i2], {instancePath:instancePath+"/quotes/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/quotes",schemaPath:"#/properties/quotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.quotes.type,parentSchema:schema31.properties.quotes,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.quoteMarks !== undefined){
if(!(validate43(data.quoteMarks, {instancePath:instancePath+"/quoteMarks",parentData:data,parentDataProperty:"quoteMarks",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.sourceIssues !== undefined){
let data10 = data.sourceIssues;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(!(validate47(data10[i3], {instancePath:instancePath+"/sourceIssues/" + i3,parentData:data10,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/sourceIssues",schemaPath:"#/properties/sourceIssues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sourceIssues.type,parentSchema:schema31.properties.sourceIssues,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.boilerplate !== undefined){
let data12 = data.boilerplate;
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
if(!(validate49(data12[i4], {instancePath:instancePath+"/boilerplate/" + i4,parentData:data12,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/boilerplate",schemaPath:"#/properties/boilerplate/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.boilerplate.type,parentSchema:schema31.properties.boilerplate,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.review !== undefined){
if(!(validate51(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.entity = validate55;
const schema104 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cdn.jsdelivr.net/npm/huawei-trade-news/schema/entity.schema.json","title":"Entity","description":"An actor in the shared registry (`data/entities/<id>.json`): a person, company, government body, country or media outlet that articles mention. One file per entity, shared by all articles.","type":"object","additionalProperties":false,"required":["id","name","kind","aliases","wikidata","country","description","roles"],"properties":{"$schema":{"description":"Relative path to this schema, so that editors complete and lint the file.","type":"string","examples":["../../schema/entity.schema.json"]},"id":{"$ref":"defs.schema.json#/$defs/entityId","description":"The entity's id; equals the file name without `.json`."},"name":{"$ref":"defs.schema.json#/$defs/text","description":"The entity's usual full name in English.","examples":["Internet Initiative Japan"]},"kind":{"$ref":"defs.schema.json#/$defs/entityKind","description":"What kind of actor the entity is."},"aliases":{"description":"Other names and abbreviations by which articles name the entity, correct ones only (a misprint in one article is a source issue, not an alias). The validator warns where an alias or the name occurs in an article outside the recorded mentions.","type":"array","items":{"$ref":"defs.schema.json#/$defs/text"},"uniqueItems":true,"examples":[["IIJ"]]},"wikidata":{"description":"The Wikidata item (QID) of the entity, given only where the annotator is sure of it; otherwise null, and `note` says why.","oneOf":[{"$ref":"defs.schema.json#/$defs/wikidataId"},{"type":"null"}]},"country":{"description":"The ISO 3166-1 alpha-2 code of the entity's country (for a person, the country they act for), or null where none applies.","oneOf":[{"$ref":"defs.schema.json#/$defs/countryCode"},{"type":"null"}]},"description":{"$ref":"defs.schema.json#/$defs/text","description":"One sentence that says who or what the entity is, enough to tell it from others of the same name."},"roles":{"description":"For people: the titles and organisations they held at the times articles speak of. Empty for other kinds.","type":"array","items":{"$ref":"#/$defs/role"}},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Why a field is null or how an identification was made. Required when `wikidata` is null."}},"$defs":{"role":{"title":"Role","description":"A title a person held, with the organisation and the time where known.","type":"object","additionalProperties":false,"required":["title","organization"],"properties":{"title":{"$ref":"defs.schema.json#/$defs/text","description":"The title as the public record gives it.","examples":["Vice President"]},"organization":{"description":"The entity the title belongs to, or null where it is not in the registry.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"from":{"$ref":"defs.schema.json#/$defs/dateString","description":"When the person took the role, at the precision known."},"to":{"$ref":"defs.schema.json#/$defs/dateString","description":"When the person left the role, at the precision known; absent while it is held or when unknown."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Where the role comes from, or what is uncertain about it."}}}},"examples":[{"$schema":"../../schema/entity.schema.json","id":"donald-trump","name":"Donald Trump","kind":"person","aliases":["Trump"],"wikidata":"Q22686","country":"US","description":"45th President of the United States.","roles":[{"title":"President of the United States","organization":"united-states","from":"2017-01-20","to":"2021-01-20"}]}]};
const schema107 = {"title":"EntityKind","description":"What kind of actor an entity is.","type":"string","enum":["person","organization","company","government-body","country","place","media","other"],"enumDescriptions":["A named human being.","A non-commercial organisation that is not part of a government: an institute, an association, a standards body.","A business: a manufacturer, a carrier, a retailer, a bank.","A body of a state: a ministry, a department, an agency, a legislature or one of its committees, an administration.","A sovereign state acting as an actor (\"the US softens its stance\").","A place that is not a country acting as an actor: a province, a city.","A news outlet or agency through which news or quotes reach the article.","An actor that fits none of the other kinds; say what it is in `description`."]};
const schema109 = {"title":"WikidataId","description":"A Wikidata item id (QID).","type":"string","pattern":"^Q[1-9][0-9]*$","examples":["Q22686"]};
const schema110 = {"title":"CountryCode","description":"An ISO 3166-1 alpha-2 country code.","type":"string","pattern":"^[A-Z]{2}$","examples":["CN","US"]};
const pattern38 = new RegExp("^Q[1-9][0-9]*$", "u");
const pattern39 = new RegExp("^[A-Z]{2}$", "u");
const schema112 = {"title":"Role","description":"A title a person held, with the organisation and the time where known.","type":"object","additionalProperties":false,"required":["title","organization"],"properties":{"title":{"$ref":"defs.schema.json#/$defs/text","description":"The title as the public record gives it.","examples":["Vice President"]},"organization":{"description":"The entity the title belongs to, or null where it is not in the registry.","oneOf":[{"$ref":"defs.schema.json#/$defs/entityId"},{"type":"null"}]},"from":{"$ref":"defs.schema.json#/$defs/dateString","description":"When the person took the role, at the precision known."},"to":{"$ref":"defs.schema.json#/$defs/dateString","description":"When the person left the role, at the precision known; absent while it is held or when unknown."},"note":{"$ref":"defs.schema.json#/$defs/note","description":"Where the role comes from, or what is uncertain about it."}}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organization === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organization"},message:"must have required property '"+"organization"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "title") || (key0 === "organization")) || (key0 === "from")) || (key0 === "to")) || (key0 === "note"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) > 4000){
const err3 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern8.test(data0)){
const err5 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data0};
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
const err6 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.organization !== undefined){
let data1 = data.organization;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err7 = {instancePath:instancePath+"/organization",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/organization",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
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
const err9 = {instancePath:instancePath+"/organization",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs10 = errors;
if(data1 !== null){
const err10 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema112.properties.organization.oneOf[1].type,parentSchema:schema112.properties.organization.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs10 === errors;
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
const err11 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema112.properties.organization.oneOf,parentSchema:schema112.properties.organization,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
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
if(!pattern9.test(data2)){
const err12 = {instancePath:instancePath+"/from",schemaPath:"defs.schema.json#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema41,data:data2};
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
const err13 = {instancePath:instancePath+"/from",schemaPath:"defs.schema.json#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.to !== undefined){
let data3 = data.to;
if(typeof data3 === "string"){
if(!pattern9.test(data3)){
const err14 = {instancePath:instancePath+"/to",schemaPath:"defs.schema.json#/$defs/dateString/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"+"\"",schema:"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",parentSchema:schema41,data:data3};
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
const err15 = {instancePath:instancePath+"/to",schemaPath:"defs.schema.json#/$defs/dateString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err16 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data4) < 1){
const err17 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern8.test(data4)){
const err18 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data4};
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
const err19 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.type,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cdn.jsdelivr.net/npm/huawei-trade-news/schema/entity.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.aliases === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aliases"},message:"must have required property '"+"aliases"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.wikidata === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wikidata"},message:"must have required property '"+"wikidata"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.country === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.description === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.roles === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema104.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.$schema.type,parentSchema:schema104.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err10 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/entityId/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data1)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/entityId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
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
const err12 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/$defs/entityId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err13 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data2) < 1){
const err14 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern8.test(data2)){
const err15 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data2};
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
const err16 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err17 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/entityKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((((((data3 === "person") || (data3 === "organization")) || (data3 === "company")) || (data3 === "government-body")) || (data3 === "country")) || (data3 === "place")) || (data3 === "media")) || (data3 === "other"))){
const err18 = {instancePath:instancePath+"/kind",schemaPath:"defs.schema.json#/$defs/entityKind/enum",keyword:"enum",params:{allowedValues: schema107.enum},message:"must be equal to one of the allowed values",schema:schema107.enum,parentSchema:schema107,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.aliases !== undefined){
let data4 = data.aliases;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 4000){
const err19 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data5) < 1){
const err20 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern8.test(data5)){
const err21 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data5};
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
const err22 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data4[i1], data4[j0])){
const err23 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema104.properties.aliases,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.aliases.type,parentSchema:schema104.properties.aliases,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.wikidata !== undefined){
let data6 = data.wikidata;
const _errs20 = errors;
let valid8 = false;
let passing0 = null;
const _errs21 = errors;
if(typeof data6 === "string"){
if(!pattern38.test(data6)){
const err25 = {instancePath:instancePath+"/wikidata",schemaPath:"defs.schema.json#/$defs/wikidataId/pattern",keyword:"pattern",params:{pattern: "^Q[1-9][0-9]*$"},message:"must match pattern \""+"^Q[1-9][0-9]*$"+"\"",schema:"^Q[1-9][0-9]*$",parentSchema:schema109,data:data6};
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
const err26 = {instancePath:instancePath+"/wikidata",schemaPath:"defs.schema.json#/$defs/wikidataId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.type,parentSchema:schema109,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs24 = errors;
if(data6 !== null){
const err27 = {instancePath:instancePath+"/wikidata",schemaPath:"#/properties/wikidata/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema104.properties.wikidata.oneOf[1].type,parentSchema:schema104.properties.wikidata.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err28 = {instancePath:instancePath+"/wikidata",schemaPath:"#/properties/wikidata/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema104.properties.wikidata.oneOf,parentSchema:schema104.properties.wikidata,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data.country !== undefined){
let data7 = data.country;
const _errs27 = errors;
let valid10 = false;
let passing1 = null;
const _errs28 = errors;
if(typeof data7 === "string"){
if(!pattern39.test(data7)){
const err29 = {instancePath:instancePath+"/country",schemaPath:"defs.schema.json#/$defs/countryCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema110,data:data7};
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
const err30 = {instancePath:instancePath+"/country",schemaPath:"defs.schema.json#/$defs/countryCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.type,parentSchema:schema110,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid1 = _errs28 === errors;
if(_valid1){
valid10 = true;
passing1 = 0;
}
const _errs31 = errors;
if(data7 !== null){
const err31 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema104.properties.country.oneOf[1].type,parentSchema:schema104.properties.country.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs31 === errors;
if(_valid1 && valid10){
valid10 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid10 = true;
passing1 = 1;
}
}
if(!valid10){
const err32 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema104.properties.country.oneOf,parentSchema:schema104.properties.country,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data8 = data.description;
if(typeof data8 === "string"){
if(func2(data8) > 4000){
const err33 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(func2(data8) < 1){
const err34 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern8.test(data8)){
const err35 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data8};
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
const err36 = {instancePath:instancePath+"/description",schemaPath:"defs.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.roles !== undefined){
let data9 = data.roles;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
if(!(validate56(data9[i2], {instancePath:instancePath+"/roles/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.roles.type,parentSchema:schema104.properties.roles,data:data9};
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
let data11 = data.note;
if(typeof data11 === "string"){
if(func2(data11) > 4000){
const err38 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data11) < 1){
const err39 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern8.test(data11)){
const err40 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema39,data:data11};
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
const err41 = {instancePath:instancePath+"/note",schemaPath:"defs.schema.json#/$defs/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data11};
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
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.type,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
