// Generated from schemas/review.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/review.schema.json","title":"ReviewOutput","description":"Keluaran JSON `mpp review`: laporan kesiapan (`kind: review`) atau perbandingan dua versi (`kind: diff`). (EN) JSON output of `mpp review`: a readiness report (`kind: review`) or the comparison of two versions (`kind: diff`).","oneOf":[{"$ref":"#/$defs/reviewReport"},{"$ref":"#/$defs/diffReport"}],"$defs":{"localized":{"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string"},"en":{"type":"string"}}},"severity":{"enum":["blocker","major","minor"]},"categoryId":{"enum":["kelembagaan-regulasi","standar-pelayanan","kapasitas","aksesibilitas","sistem-informasi"]},"score":{"type":"integer","minimum":0,"maximum":100},"count":{"type":"integer","minimum":0},"counts":{"type":"object","additionalProperties":false,"required":["blocker","major","minor"],"properties":{"blocker":{"$ref":"#/$defs/count"},"major":{"$ref":"#/$defs/count"},"minor":{"$ref":"#/$defs/count"}}},"finding":{"type":"object","additionalProperties":false,"required":["code","severity","category","source","path","key","fixKey","params","message","fix"],"properties":{"code":{"enum":["checklist-item-open","checklist-item-not-started","checklist-item-unconfirmed","evidence-file-missing","launch-date-missing","agencies-estimated","standard-component-missing","standard-components-incomplete","counters-overloaded","counters-below-needed","counters-underused","figure-outside-benchmark","sizing-on-estimates","figures-to-confirm","facility-missing","complaint-channel-missing","sp4n-lapor-missing","online-booking-off","online-services-missing","skm-not-started"]},"severity":{"$ref":"#/$defs/severity"},"category":{"$ref":"#/$defs/categoryId"},"source":{"enum":["answers","checklist"],"description":"Berkas yang dirujuk path. (EN) The file the path points into."},"path":{"type":"string","description":"Jalur bidang, misalnya services[3].standard.fee. (EN) Field path, e.g. services[3].standard.fee."},"agency":{"type":"string","description":"Instansi yang dimaksud temuan (pengenal), untuk pengelompokan. (EN) The agency the finding is about (id), for grouping."},"key":{"type":"string","pattern":"^review\\.finding\\."},"fixKey":{"type":"string","pattern":"^review\\.fix\\."},"params":{"type":"object","additionalProperties":{"type":["string","number"]}},"message":{"$ref":"#/$defs/localized"},"fix":{"$ref":"#/$defs/localized"}}},"category":{"type":"object","additionalProperties":false,"required":["id","title","weight","score","basis","met","total","lost","counts","reasons"],"properties":{"id":{"$ref":"#/$defs/categoryId"},"title":{"$ref":"#/$defs/localized"},"weight":{"type":"number","exclusiveMinimum":0},"score":{"$ref":"#/$defs/score"},"basis":{"enum":["answers","checklist"]},"met":{"type":"number","minimum":0},"total":{"type":"number","minimum":0},"lost":{"type":"number","minimum":0,"description":"Bagian yang kurang setelah dampak keparahan; skor = 100 x (1 - lost / total). (EN) The missing share after the severity impact; score = 100 x (1 - lost / total)."},"counts":{"$ref":"#/$defs/counts"},"reasons":{"type":"array","items":{"$ref":"#/$defs/localized"},"description":"Alasan skor kategori. (EN) Why the category scores what it does."}}},"review":{"type":"object","additionalProperties":false,"required":["region","stage","score","scoreLabel","categories","counts","figures","findings","pekppp"],"properties":{"region":{"type":"object","additionalProperties":false,"required":["name","kind","province","slug","mppName","launchStatus"],"properties":{"name":{"type":"string"},"kind":{"enum":["kabupaten","kota"]},"province":{"type":"string"},"slug":{"type":"string"},"mppName":{"type":"string"},"launchStatus":{"enum":["planned","operating","launched"]},"launchDate":{"type":"string","pattern":"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}}},"stage":{"enum":["planned","operating"],"description":"Direncanakan atau sudah beroperasi. (EN) Planned or operating."},"score":{"$ref":"#/$defs/score","description":"Indeks kesiapan kit 0-100; bukan nilai resmi. (EN) The kit's readiness index 0-100; not an official grade."},"scoreLabel":{"$ref":"#/$defs/localized"},"categories":{"type":"array","minItems":5,"maxItems":5,"items":{"$ref":"#/$defs/category"}},"counts":{"$ref":"#/$defs/counts"},"figures":{"type":"object","additionalProperties":false,"required":["agencies","services","plannedCounters","neededCounters","componentsGiven","componentsTotal","estimatesShare","estimates"],"properties":{"agencies":{"$ref":"#/$defs/count"},"services":{"$ref":"#/$defs/count"},"plannedCounters":{"$ref":"#/$defs/count"},"neededCounters":{"$ref":"#/$defs/count"},"componentsGiven":{"$ref":"#/$defs/count"},"componentsTotal":{"$ref":"#/$defs/count"},"checklistItems":{"$ref":"#/$defs/count"},"estimatesShare":{"type":"integer","minimum":0,"maximum":100,"description":"Bagian layanan (persen) yang angkanya perkiraan. (EN) Share (percent) of services whose figures are estimates."},"estimates":{"type":"object","additionalProperties":false,"required":["loadOnEstimates","handlingMinutes","visitorsPerDay","plannedCounters","agenciesWithoutServices"],"description":"Berapa bagian perhitungan yang bertumpu pada perkiraan atau bawaan kit (bukan angka daerah). (EN) How much of the sizing rests on estimates or kit defaults (not the region's figures).","properties":{"loadOnEstimates":{"type":"number","minimum":0,"maximum":1},"handlingMinutes":{"$ref":"#/$defs/count"},"visitorsPerDay":{"$ref":"#/$defs/count"},"plannedCounters":{"$ref":"#/$defs/count"},"agenciesWithoutServices":{"$ref":"#/$defs/count"}}}}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}},"checklist":{"$ref":"#/$defs/checklistReview"},"pekppp":{"$ref":"#/$defs/pekppp"}}},"reviewedRegion":{"type":"object","additionalProperties":false,"required":["file","review"],"properties":{"file":{"type":"string"},"checklist":{"type":"string"},"dashboard":{"type":"string","description":"Tautan relatif ke dashboard.html deployment. (EN) Relative link to the deployment's dashboard.html."},"review":{"$ref":"#/$defs/review"}}},"reviewReport":{"type":"object","additionalProperties":false,"required":["schemaVersion","kind","ranking","regions"],"properties":{"schemaVersion":{"const":1},"kind":{"const":"review"},"ranking":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rank","file","name","kind","slug","score","blockers","majors","minors","stage","ippCoverage","estimatesShare"],"properties":{"rank":{"type":"integer","minimum":1},"file":{"type":"string"},"name":{"type":"string"},"kind":{"enum":["kabupaten","kota"]},"slug":{"type":"string"},"score":{"$ref":"#/$defs/score"},"blockers":{"$ref":"#/$defs/count"},"majors":{"$ref":"#/$defs/count"},"minors":{"$ref":"#/$defs/count"},"stage":{"enum":["planned","operating"]},"launchDate":{"type":"string"},"ipp":{"type":"number","minimum":0,"maximum":5},"grade":{"type":"string"},"ippCoverage":{"type":"number","minimum":0,"maximum":100},"blockingItems":{"$ref":"#/$defs/count"},"estimatesShare":{"type":"integer","minimum":0,"maximum":100},"dashboard":{"type":"string"}}}},"regions":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/reviewedRegion"}}}},"fieldChange":{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"type":"string"},"before":{},"after":{}}},"entityChange":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"fields":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/fieldChange"}}}},"listDiff":{"type":"object","additionalProperties":false,"required":["added","removed","changed"],"properties":{"added":{"type":"array","items":{"$ref":"#/$defs/entityChange"}},"removed":{"type":"array","items":{"$ref":"#/$defs/entityChange"}},"changed":{"type":"array","items":{"$ref":"#/$defs/entityChange"}}}},"findingRef":{"type":"object","additionalProperties":false,"required":["code","severity","path","message"],"properties":{"code":{"type":"string"},"severity":{"$ref":"#/$defs/severity"},"path":{"type":"string"},"message":{"$ref":"#/$defs/localized"}}},"diffReport":{"type":"object","additionalProperties":false,"required":["schemaVersion","kind","old","new","diff"],"properties":{"schemaVersion":{"const":1},"kind":{"const":"diff"},"old":{"$ref":"#/$defs/reviewedRegion"},"new":{"$ref":"#/$defs/reviewedRegion"},"diff":{"type":"object","additionalProperties":false,"required":["agencies","services","counters","settings","facilities","readiness","findings"],"properties":{"agencies":{"$ref":"#/$defs/listDiff"},"services":{"$ref":"#/$defs/listDiff"},"counters":{"$ref":"#/$defs/listDiff"},"settings":{"type":"array","items":{"$ref":"#/$defs/fieldChange"}},"facilities":{"type":"object","additionalProperties":false,"required":["added","removed"],"properties":{"added":{"type":"array","items":{"type":"string"}},"removed":{"type":"array","items":{"type":"string"}}}},"readiness":{"type":"object","additionalProperties":false,"required":["before","after","delta","countsBefore","countsAfter","categories"],"properties":{"before":{"$ref":"#/$defs/score"},"after":{"$ref":"#/$defs/score"},"delta":{"type":"integer","minimum":-100,"maximum":100},"countsBefore":{"$ref":"#/$defs/counts"},"countsAfter":{"$ref":"#/$defs/counts"},"categories":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","before","after","delta"],"properties":{"id":{"$ref":"#/$defs/categoryId"},"before":{"$ref":"#/$defs/score"},"after":{"$ref":"#/$defs/score"},"delta":{"type":"integer"}}}}}},"findings":{"type":"object","additionalProperties":false,"required":["added","resolved"],"properties":{"added":{"type":"array","items":{"$ref":"#/$defs/findingRef"}},"resolved":{"type":"array","items":{"$ref":"#/$defs/findingRef"}}}}}}}},"reviewedItem":{"type":"object","additionalProperties":false,"required":["id","title","phase","status","evidence","verified","blocking","confirm"],"properties":{"id":{"type":"string"},"title":{"$ref":"#/$defs/localized"},"phase":{"type":"string"},"status":{"enum":["belum","proses","selesai","tidak-berlaku"]},"evidence":{"type":"array","items":{"type":"string"}},"evidenceNote":{"type":"string"},"evidenceDate":{"type":"string","format":"date"},"reviewerStatus":{"enum":["sesuai","perlu-perbaikan","tidak-sesuai"]},"reviewerNote":{"type":"string"},"verified":{"type":"boolean","description":"Ada bukti dan pemeriksa menyatakan sesuai. (EN) Evidence given and the reviewer accepted."},"blocking":{"type":"boolean"},"confirm":{"type":"boolean"}}},"checklistReview":{"type":"object","additionalProperties":false,"required":["items","applicable","done","withEvidence","reviewed","verified","blockingOpen","entries"],"properties":{"items":{"$ref":"#/$defs/count"},"applicable":{"$ref":"#/$defs/count"},"done":{"$ref":"#/$defs/count"},"withEvidence":{"$ref":"#/$defs/count"},"reviewed":{"$ref":"#/$defs/count"},"verified":{"$ref":"#/$defs/count"},"blockingOpen":{"$ref":"#/$defs/count"},"entries":{"type":"array","items":{"$ref":"#/$defs/reviewedItem"}}}},"indexEstimate":{"type":"object","additionalProperties":false,"required":["low","high","coverage","derived","weighted"],"description":"Estimasi IPP, bukan nilai resmi. (EN) An IPP estimate, not an official score.","properties":{"index":{"type":"number","minimum":0,"maximum":5},"grade":{"type":"string","pattern":"^[A-F]-?$"},"gradeLabel":{"$ref":"#/$defs/localized"},"low":{"type":"number","minimum":0,"maximum":5},"high":{"type":"number","minimum":0,"maximum":5},"coverage":{"type":"number","minimum":0,"maximum":100},"derived":{"$ref":"#/$defs/count"},"weighted":{"$ref":"#/$defs/count"}}},"pekppp":{"type":"object","additionalProperties":false,"required":["instrument","label","self","reviewer","gradesToConfirm","indicators"],"description":"Pra-penilaian PEKPPP: estimasi, bukan nilai resmi. (EN) PEKPPP pre-assessment: an estimate, not an official score.","properties":{"instrument":{"const":"pekppp"},"label":{"$ref":"#/$defs/localized"},"self":{"$ref":"#/$defs/indexEstimate"},"reviewer":{"$ref":"#/$defs/indexEstimate"},"gradesToConfirm":{"type":"boolean"},"indicators":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["no","aspect","aspectNo","aspectTitle","weight","indexWeight","title","basis","reason","known","evidenceAsked","evidenceGiven","toConfirm"],"properties":{"no":{"type":"integer","minimum":1},"aspect":{"type":"string"},"aspectNo":{"type":"string"},"aspectTitle":{"$ref":"#/$defs/localized"},"weight":{"type":"number"},"indexWeight":{"type":"number"},"title":{"$ref":"#/$defs/localized"},"self":{"type":"integer","minimum":0,"maximum":5},"reviewer":{"type":"integer","minimum":0,"maximum":5},"levelText":{"$ref":"#/$defs/localized"},"basis":{"enum":["derived","self-fill"]},"reason":{"$ref":"#/$defs/localized"},"known":{"type":"array","items":{"$ref":"#/$defs/localized"}},"evidenceAsked":{"type":"array","items":{"$ref":"#/$defs/localized"}},"evidenceGiven":{"type":"array","items":{"type":"string"}},"toConfirm":{"type":"boolean"}}}}}}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["schemaVersion","kind","ranking","regions"],"properties":{"schemaVersion":{"const":1},"kind":{"const":"review"},"ranking":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rank","file","name","kind","slug","score","blockers","majors","minors","stage","ippCoverage","estimatesShare"],"properties":{"rank":{"type":"integer","minimum":1},"file":{"type":"string"},"name":{"type":"string"},"kind":{"enum":["kabupaten","kota"]},"slug":{"type":"string"},"score":{"$ref":"#/$defs/score"},"blockers":{"$ref":"#/$defs/count"},"majors":{"$ref":"#/$defs/count"},"minors":{"$ref":"#/$defs/count"},"stage":{"enum":["planned","operating"]},"launchDate":{"type":"string"},"ipp":{"type":"number","minimum":0,"maximum":5},"grade":{"type":"string"},"ippCoverage":{"type":"number","minimum":0,"maximum":100},"blockingItems":{"$ref":"#/$defs/count"},"estimatesShare":{"type":"integer","minimum":0,"maximum":100},"dashboard":{"type":"string"}}}},"regions":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/reviewedRegion"}}}};
const schema33 = {"type":"integer","minimum":0,"maximum":100};
const schema34 = {"type":"integer","minimum":0};
const func1 = Object.prototype.hasOwnProperty;
const schema38 = {"type":"object","additionalProperties":false,"required":["file","review"],"properties":{"file":{"type":"string"},"checklist":{"type":"string"},"dashboard":{"type":"string","description":"Tautan relatif ke dashboard.html deployment. (EN) Relative link to the deployment's dashboard.html."},"review":{"$ref":"#/$defs/review"}}};
const schema39 = {"type":"object","additionalProperties":false,"required":["region","stage","score","scoreLabel","categories","counts","figures","findings","pekppp"],"properties":{"region":{"type":"object","additionalProperties":false,"required":["name","kind","province","slug","mppName","launchStatus"],"properties":{"name":{"type":"string"},"kind":{"enum":["kabupaten","kota"]},"province":{"type":"string"},"slug":{"type":"string"},"mppName":{"type":"string"},"launchStatus":{"enum":["planned","operating","launched"]},"launchDate":{"type":"string","pattern":"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}}},"stage":{"enum":["planned","operating"],"description":"Direncanakan atau sudah beroperasi. (EN) Planned or operating."},"score":{"$ref":"#/$defs/score","description":"Indeks kesiapan kit 0-100; bukan nilai resmi. (EN) The kit's readiness index 0-100; not an official grade."},"scoreLabel":{"$ref":"#/$defs/localized"},"categories":{"type":"array","minItems":5,"maxItems":5,"items":{"$ref":"#/$defs/category"}},"counts":{"$ref":"#/$defs/counts"},"figures":{"type":"object","additionalProperties":false,"required":["agencies","services","plannedCounters","neededCounters","componentsGiven","componentsTotal","estimatesShare","estimates"],"properties":{"agencies":{"$ref":"#/$defs/count"},"services":{"$ref":"#/$defs/count"},"plannedCounters":{"$ref":"#/$defs/count"},"neededCounters":{"$ref":"#/$defs/count"},"componentsGiven":{"$ref":"#/$defs/count"},"componentsTotal":{"$ref":"#/$defs/count"},"checklistItems":{"$ref":"#/$defs/count"},"estimatesShare":{"type":"integer","minimum":0,"maximum":100,"description":"Bagian layanan (persen) yang angkanya perkiraan. (EN) Share (percent) of services whose figures are estimates."},"estimates":{"type":"object","additionalProperties":false,"required":["loadOnEstimates","handlingMinutes","visitorsPerDay","plannedCounters","agenciesWithoutServices"],"description":"Berapa bagian perhitungan yang bertumpu pada perkiraan atau bawaan kit (bukan angka daerah). (EN) How much of the sizing rests on estimates or kit defaults (not the region's figures).","properties":{"loadOnEstimates":{"type":"number","minimum":0,"maximum":1},"handlingMinutes":{"$ref":"#/$defs/count"},"visitorsPerDay":{"$ref":"#/$defs/count"},"plannedCounters":{"$ref":"#/$defs/count"},"agenciesWithoutServices":{"$ref":"#/$defs/count"}}}}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}},"checklist":{"$ref":"#/$defs/checklistReview"},"pekppp":{"$ref":"#/$defs/pekppp"}}};
const schema41 = {"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string"},"en":{"type":"string"}}};
const pattern4 = new RegExp("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "u");
const schema42 = {"type":"object","additionalProperties":false,"required":["id","title","weight","score","basis","met","total","lost","counts","reasons"],"properties":{"id":{"$ref":"#/$defs/categoryId"},"title":{"$ref":"#/$defs/localized"},"weight":{"type":"number","exclusiveMinimum":0},"score":{"$ref":"#/$defs/score"},"basis":{"enum":["answers","checklist"]},"met":{"type":"number","minimum":0},"total":{"type":"number","minimum":0},"lost":{"type":"number","minimum":0,"description":"Bagian yang kurang setelah dampak keparahan; skor = 100 x (1 - lost / total). (EN) The missing share after the severity impact; score = 100 x (1 - lost / total)."},"counts":{"$ref":"#/$defs/counts"},"reasons":{"type":"array","items":{"$ref":"#/$defs/localized"},"description":"Alasan skor kategori. (EN) Why the category scores what it does."}}};
const schema43 = {"enum":["kelembagaan-regulasi","standar-pelayanan","kapasitas","aksesibilitas","sistem-informasi"]};
const schema46 = {"type":"object","additionalProperties":false,"required":["blocker","major","minor"],"properties":{"blocker":{"$ref":"#/$defs/count"},"major":{"$ref":"#/$defs/count"},"minor":{"$ref":"#/$defs/count"}}};

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
if(data.blocker === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blocker"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.major === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "major"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.minor === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minor"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "blocker") || (key0 === "major")) || (key0 === "minor"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.blocker !== undefined){
let data0 = data.blocker;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/blocker",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/blocker",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.major !== undefined){
let data1 = data.major;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/major",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/major",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.minor !== undefined){
let data2 = data.minor;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/minor",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/minor",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.weight === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.score === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "score"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.basis === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "basis"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.met === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "met"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.total === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.lost === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lost"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.counts === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counts"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.reasons === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema42.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
let data0 = data.id;
if(!(((((data0 === "kelembagaan-regulasi") || (data0 === "standar-pelayanan")) || (data0 === "kapasitas")) || (data0 === "aksesibilitas")) || (data0 === "sistem-informasi"))){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/categoryId/enum",keyword:"enum",params:{allowedValues: schema43.enum}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.en === undefined){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "id") || (key1 === "en"))){
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.id !== undefined){
if(typeof data1.id !== "string"){
const err15 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.en !== undefined){
if(typeof data1.en !== "string"){
const err16 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.weight !== undefined){
let data4 = data.weight;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err19 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.score !== undefined){
let data5 = data.score;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err20 = {instancePath:instancePath+"/score",schemaPath:"#/$defs/score/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/score",schemaPath:"#/$defs/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/score",schemaPath:"#/$defs/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.basis !== undefined){
let data6 = data.basis;
if(!((data6 === "answers") || (data6 === "checklist"))){
const err23 = {instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/enum",keyword:"enum",params:{allowedValues: schema42.properties.basis.enum}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.met !== undefined){
let data7 = data.met;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/met",schemaPath:"#/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err25 = {instancePath:instancePath+"/met",schemaPath:"#/properties/met/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.total !== undefined){
let data8 = data.total;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err27 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.lost !== undefined){
let data9 = data.lost;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/lost",schemaPath:"#/properties/lost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err29 = {instancePath:instancePath+"/lost",schemaPath:"#/properties/lost/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.counts !== undefined){
if(!(validate25(data.counts, {instancePath:instancePath+"/counts",parentData:data,parentDataProperty:"counts",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.reasons !== undefined){
let data11 = data.reasons;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err30 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data12.en === undefined){
const err31 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key2 in data12){
if(!((key2 === "id") || (key2 === "en"))){
const err32 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.id !== undefined){
if(typeof data12.id !== "string"){
const err33 = {instancePath:instancePath+"/reasons/" + i0+"/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.en !== undefined){
if(typeof data12.en !== "string"){
const err34 = {instancePath:instancePath+"/reasons/" + i0+"/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err35 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err36 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","additionalProperties":false,"required":["code","severity","category","source","path","key","fixKey","params","message","fix"],"properties":{"code":{"enum":["checklist-item-open","checklist-item-not-started","checklist-item-unconfirmed","evidence-file-missing","launch-date-missing","agencies-estimated","standard-component-missing","standard-components-incomplete","counters-overloaded","counters-below-needed","counters-underused","figure-outside-benchmark","sizing-on-estimates","figures-to-confirm","facility-missing","complaint-channel-missing","sp4n-lapor-missing","online-booking-off","online-services-missing","skm-not-started"]},"severity":{"$ref":"#/$defs/severity"},"category":{"$ref":"#/$defs/categoryId"},"source":{"enum":["answers","checklist"],"description":"Berkas yang dirujuk path. (EN) The file the path points into."},"path":{"type":"string","description":"Jalur bidang, misalnya services[3].standard.fee. (EN) Field path, e.g. services[3].standard.fee."},"agency":{"type":"string","description":"Instansi yang dimaksud temuan (pengenal), untuk pengelompokan. (EN) The agency the finding is about (id), for grouping."},"key":{"type":"string","pattern":"^review\\.finding\\."},"fixKey":{"type":"string","pattern":"^review\\.fix\\."},"params":{"type":"object","additionalProperties":{"type":["string","number"]}},"message":{"$ref":"#/$defs/localized"},"fix":{"$ref":"#/$defs/localized"}}};
const schema63 = {"enum":["blocker","major","minor"]};
const pattern5 = new RegExp("^review\\.finding\\.", "u");
const pattern6 = new RegExp("^review\\.fix\\.", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.severity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.category === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.path === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.key === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.fixKey === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fixKey"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.params === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "params"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.message === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.fix === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fix"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema62.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(!((((((((((((((((((((data0 === "checklist-item-open") || (data0 === "checklist-item-not-started")) || (data0 === "checklist-item-unconfirmed")) || (data0 === "evidence-file-missing")) || (data0 === "launch-date-missing")) || (data0 === "agencies-estimated")) || (data0 === "standard-component-missing")) || (data0 === "standard-components-incomplete")) || (data0 === "counters-overloaded")) || (data0 === "counters-below-needed")) || (data0 === "counters-underused")) || (data0 === "figure-outside-benchmark")) || (data0 === "sizing-on-estimates")) || (data0 === "figures-to-confirm")) || (data0 === "facility-missing")) || (data0 === "complaint-channel-missing")) || (data0 === "sp4n-lapor-missing")) || (data0 === "online-booking-off")) || (data0 === "online-services-missing")) || (data0 === "skm-not-started"))){
const err11 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/enum",keyword:"enum",params:{allowedValues: schema62.properties.code.enum}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.severity !== undefined){
let data1 = data.severity;
if(!(((data1 === "blocker") || (data1 === "major")) || (data1 === "minor"))){
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema63.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.category !== undefined){
let data2 = data.category;
if(!(((((data2 === "kelembagaan-regulasi") || (data2 === "standar-pelayanan")) || (data2 === "kapasitas")) || (data2 === "aksesibilitas")) || (data2 === "sistem-informasi"))){
const err13 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/categoryId/enum",keyword:"enum",params:{allowedValues: schema43.enum}};
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
let data3 = data.source;
if(!((data3 === "answers") || (data3 === "checklist"))){
const err14 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema62.properties.source.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err15 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.agency !== undefined){
if(typeof data.agency !== "string"){
const err16 = {instancePath:instancePath+"/agency",schemaPath:"#/properties/agency/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.key !== undefined){
let data6 = data.key;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err17 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^review\\.finding\\."}};
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
const err18 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.fixKey !== undefined){
let data7 = data.fixKey;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err19 = {instancePath:instancePath+"/fixKey",schemaPath:"#/properties/fixKey/pattern",keyword:"pattern",params:{pattern: "^review\\.fix\\."}};
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
const err20 = {instancePath:instancePath+"/fixKey",schemaPath:"#/properties/fixKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.params !== undefined){
let data8 = data.params;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
let data9 = data8[key1];
if((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))){
const err21 = {instancePath:instancePath+"/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/params/additionalProperties/type",keyword:"type",params:{type: schema62.properties.params.additionalProperties.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.message !== undefined){
let data10 = data.message;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err23 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data10.en === undefined){
const err24 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "id") || (key2 === "en"))){
const err25 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.id !== undefined){
if(typeof data10.id !== "string"){
const err26 = {instancePath:instancePath+"/message/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.en !== undefined){
if(typeof data10.en !== "string"){
const err27 = {instancePath:instancePath+"/message/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
else {
const err28 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.fix !== undefined){
let data13 = data.fix;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.id === undefined){
const err29 = {instancePath:instancePath+"/fix",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data13.en === undefined){
const err30 = {instancePath:instancePath+"/fix",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "id") || (key3 === "en"))){
const err31 = {instancePath:instancePath+"/fix",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data13.id !== undefined){
if(typeof data13.id !== "string"){
const err32 = {instancePath:instancePath+"/fix/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.en !== undefined){
if(typeof data13.en !== "string"){
const err33 = {instancePath:instancePath+"/fix/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err34 = {instancePath:instancePath+"/fix",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","additionalProperties":false,"required":["items","applicable","done","withEvidence","reviewed","verified","blockingOpen","entries"],"properties":{"items":{"$ref":"#/$defs/count"},"applicable":{"$ref":"#/$defs/count"},"done":{"$ref":"#/$defs/count"},"withEvidence":{"$ref":"#/$defs/count"},"reviewed":{"$ref":"#/$defs/count"},"verified":{"$ref":"#/$defs/count"},"blockingOpen":{"$ref":"#/$defs/count"},"entries":{"type":"array","items":{"$ref":"#/$defs/reviewedItem"}}}};
const schema75 = {"type":"object","additionalProperties":false,"required":["id","title","phase","status","evidence","verified","blocking","confirm"],"properties":{"id":{"type":"string"},"title":{"$ref":"#/$defs/localized"},"phase":{"type":"string"},"status":{"enum":["belum","proses","selesai","tidak-berlaku"]},"evidence":{"type":"array","items":{"type":"string"}},"evidenceNote":{"type":"string"},"evidenceDate":{"type":"string","format":"date"},"reviewerStatus":{"enum":["sesuai","perlu-perbaikan","tidak-sesuai"]},"reviewerNote":{"type":"string"},"verified":{"type":"boolean","description":"Ada bukti dan pemeriksa menyatakan sesuai. (EN) Evidence given and the reviewer accepted."},"blocking":{"type":"boolean"},"confirm":{"type":"boolean"}}};
const formats0 = require("ajv-formats/dist/formats.js").fullFormats.date;

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.phase === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phase"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.evidence === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.verified === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.blocking === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blocking"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.confirm === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confirm"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema75.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
if(typeof data.id !== "string"){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.en === undefined){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "id") || (key1 === "en"))){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.id !== undefined){
if(typeof data1.id !== "string"){
const err13 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.en !== undefined){
if(typeof data1.en !== "string"){
const err14 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.phase !== undefined){
if(typeof data.phase !== "string"){
const err16 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.status !== undefined){
let data5 = data.status;
if(!((((data5 === "belum") || (data5 === "proses")) || (data5 === "selesai")) || (data5 === "tidak-berlaku"))){
const err17 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema75.properties.status.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.evidence !== undefined){
let data6 = data.evidence;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err18 = {instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/properties/evidence/items/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.evidenceNote !== undefined){
if(typeof data.evidenceNote !== "string"){
const err20 = {instancePath:instancePath+"/evidenceNote",schemaPath:"#/properties/evidenceNote/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.evidenceDate !== undefined){
let data9 = data.evidenceDate;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err21 = {instancePath:instancePath+"/evidenceDate",schemaPath:"#/properties/evidenceDate/format",keyword:"format",params:{format: "date"}};
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
const err22 = {instancePath:instancePath+"/evidenceDate",schemaPath:"#/properties/evidenceDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.reviewerStatus !== undefined){
let data10 = data.reviewerStatus;
if(!(((data10 === "sesuai") || (data10 === "perlu-perbaikan")) || (data10 === "tidak-sesuai"))){
const err23 = {instancePath:instancePath+"/reviewerStatus",schemaPath:"#/properties/reviewerStatus/enum",keyword:"enum",params:{allowedValues: schema75.properties.reviewerStatus.enum}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.reviewerNote !== undefined){
if(typeof data.reviewerNote !== "string"){
const err24 = {instancePath:instancePath+"/reviewerNote",schemaPath:"#/properties/reviewerNote/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.verified !== undefined){
if(typeof data.verified !== "boolean"){
const err25 = {instancePath:instancePath+"/verified",schemaPath:"#/properties/verified/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.blocking !== undefined){
if(typeof data.blocking !== "boolean"){
const err26 = {instancePath:instancePath+"/blocking",schemaPath:"#/properties/blocking/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.confirm !== undefined){
if(typeof data.confirm !== "boolean"){
const err27 = {instancePath:instancePath+"/confirm",schemaPath:"#/properties/confirm/type",keyword:"type",params:{type: "boolean"}};
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
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.applicable === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "applicable"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.done === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "done"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.withEvidence === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "withEvidence"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reviewed === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewed"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.verified === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.blockingOpen === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blockingOpen"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.entries === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "items") || (key0 === "applicable")) || (key0 === "done")) || (key0 === "withEvidence")) || (key0 === "reviewed")) || (key0 === "verified")) || (key0 === "blockingOpen")) || (key0 === "entries"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err9 = {instancePath:instancePath+"/items",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err10 = {instancePath:instancePath+"/items",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.applicable !== undefined){
let data1 = data.applicable;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err11 = {instancePath:instancePath+"/applicable",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err12 = {instancePath:instancePath+"/applicable",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.done !== undefined){
let data2 = data.done;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err13 = {instancePath:instancePath+"/done",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/done",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.withEvidence !== undefined){
let data3 = data.withEvidence;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err15 = {instancePath:instancePath+"/withEvidence",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
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
const err16 = {instancePath:instancePath+"/withEvidence",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.reviewed !== undefined){
let data4 = data.reviewed;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/reviewed",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/reviewed",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.verified !== undefined){
let data5 = data.verified;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/verified",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/verified",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.blockingOpen !== undefined){
let data6 = data.blockingOpen;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err21 = {instancePath:instancePath+"/blockingOpen",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/blockingOpen",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.entries !== undefined){
let data7 = data.entries;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate32(data7[i0], {instancePath:instancePath+"/entries/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"}};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema77 = {"type":"object","additionalProperties":false,"required":["instrument","label","self","reviewer","gradesToConfirm","indicators"],"description":"Pra-penilaian PEKPPP: estimasi, bukan nilai resmi. (EN) PEKPPP pre-assessment: an estimate, not an official score.","properties":{"instrument":{"const":"pekppp"},"label":{"$ref":"#/$defs/localized"},"self":{"$ref":"#/$defs/indexEstimate"},"reviewer":{"$ref":"#/$defs/indexEstimate"},"gradesToConfirm":{"type":"boolean"},"indicators":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["no","aspect","aspectNo","aspectTitle","weight","indexWeight","title","basis","reason","known","evidenceAsked","evidenceGiven","toConfirm"],"properties":{"no":{"type":"integer","minimum":1},"aspect":{"type":"string"},"aspectNo":{"type":"string"},"aspectTitle":{"$ref":"#/$defs/localized"},"weight":{"type":"number"},"indexWeight":{"type":"number"},"title":{"$ref":"#/$defs/localized"},"self":{"type":"integer","minimum":0,"maximum":5},"reviewer":{"type":"integer","minimum":0,"maximum":5},"levelText":{"$ref":"#/$defs/localized"},"basis":{"enum":["derived","self-fill"]},"reason":{"$ref":"#/$defs/localized"},"known":{"type":"array","items":{"$ref":"#/$defs/localized"}},"evidenceAsked":{"type":"array","items":{"$ref":"#/$defs/localized"}},"evidenceGiven":{"type":"array","items":{"type":"string"}},"toConfirm":{"type":"boolean"}}}}}};
const schema79 = {"type":"object","additionalProperties":false,"required":["low","high","coverage","derived","weighted"],"description":"Estimasi IPP, bukan nilai resmi. (EN) An IPP estimate, not an official score.","properties":{"index":{"type":"number","minimum":0,"maximum":5},"grade":{"type":"string","pattern":"^[A-F]-?$"},"gradeLabel":{"$ref":"#/$defs/localized"},"low":{"type":"number","minimum":0,"maximum":5},"high":{"type":"number","minimum":0,"maximum":5},"coverage":{"type":"number","minimum":0,"maximum":100},"derived":{"$ref":"#/$defs/count"},"weighted":{"$ref":"#/$defs/count"}}};
const pattern7 = new RegExp("^[A-F]-?$", "u");

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
if(data.low === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "low"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.high === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "high"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.coverage === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.derived === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.weighted === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weighted"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "index") || (key0 === "grade")) || (key0 === "gradeLabel")) || (key0 === "low")) || (key0 === "high")) || (key0 === "coverage")) || (key0 === "derived")) || (key0 === "weighted"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.index !== undefined){
let data0 = data.index;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 5 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err8 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.grade !== undefined){
let data1 = data.grade;
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
const err9 = {instancePath:instancePath+"/grade",schemaPath:"#/properties/grade/pattern",keyword:"pattern",params:{pattern: "^[A-F]-?$"}};
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
const err10 = {instancePath:instancePath+"/grade",schemaPath:"#/properties/grade/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.gradeLabel !== undefined){
let data2 = data.gradeLabel;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err11 = {instancePath:instancePath+"/gradeLabel",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.en === undefined){
const err12 = {instancePath:instancePath+"/gradeLabel",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "en"))){
const err13 = {instancePath:instancePath+"/gradeLabel",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.id !== undefined){
if(typeof data2.id !== "string"){
const err14 = {instancePath:instancePath+"/gradeLabel/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.en !== undefined){
if(typeof data2.en !== "string"){
const err15 = {instancePath:instancePath+"/gradeLabel/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/gradeLabel",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.low !== undefined){
let data5 = data.low;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 5 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/low",schemaPath:"#/properties/low/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/low",schemaPath:"#/properties/low/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err19 = {instancePath:instancePath+"/low",schemaPath:"#/properties/low/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.high !== undefined){
let data6 = data.high;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 5 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/high",schemaPath:"#/properties/high/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/high",schemaPath:"#/properties/high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err22 = {instancePath:instancePath+"/high",schemaPath:"#/properties/high/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.coverage !== undefined){
let data7 = data.coverage;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 100 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err25 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.derived !== undefined){
let data8 = data.derived;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err26 = {instancePath:instancePath+"/derived",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/derived",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.weighted !== undefined){
let data9 = data.weighted;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/weighted",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
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
const err29 = {instancePath:instancePath+"/weighted",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.instrument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instrument"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.self === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "self"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reviewer === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.gradesToConfirm === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gradesToConfirm"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.indicators === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicators"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "instrument") || (key0 === "label")) || (key0 === "self")) || (key0 === "reviewer")) || (key0 === "gradesToConfirm")) || (key0 === "indicators"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.instrument !== undefined){
if("pekppp" !== data.instrument){
const err7 = {instancePath:instancePath+"/instrument",schemaPath:"#/properties/instrument/const",keyword:"const",params:{allowedValue: "pekppp"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.en === undefined){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "id") || (key1 === "en"))){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.id !== undefined){
if(typeof data1.id !== "string"){
const err11 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.en !== undefined){
if(typeof data1.en !== "string"){
const err12 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err13 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.self !== undefined){
if(!(validate36(data.self, {instancePath:instancePath+"/self",parentData:data,parentDataProperty:"self",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.reviewer !== undefined){
if(!(validate36(data.reviewer, {instancePath:instancePath+"/reviewer",parentData:data,parentDataProperty:"reviewer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.gradesToConfirm !== undefined){
if(typeof data.gradesToConfirm !== "boolean"){
const err14 = {instancePath:instancePath+"/gradesToConfirm",schemaPath:"#/properties/gradesToConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.indicators !== undefined){
let data7 = data.indicators;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.no === undefined){
const err15 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "no"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8.aspect === undefined){
const err16 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "aspect"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8.aspectNo === undefined){
const err17 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "aspectNo"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.aspectTitle === undefined){
const err18 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "aspectTitle"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8.weight === undefined){
const err19 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8.indexWeight === undefined){
const err20 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "indexWeight"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data8.title === undefined){
const err21 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.basis === undefined){
const err22 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "basis"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.reason === undefined){
const err23 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "reason"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8.known === undefined){
const err24 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "known"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data8.evidenceAsked === undefined){
const err25 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "evidenceAsked"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.evidenceGiven === undefined){
const err26 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "evidenceGiven"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.toConfirm === undefined){
const err27 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "toConfirm"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data8){
if(!(func1.call(schema77.properties.indicators.items.properties, key2))){
const err28 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.no !== undefined){
let data9 = data8.no;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err29 = {instancePath:instancePath+"/indicators/" + i0+"/no",schemaPath:"#/properties/indicators/items/properties/no/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/indicators/" + i0+"/no",schemaPath:"#/properties/indicators/items/properties/no/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data8.aspect !== undefined){
if(typeof data8.aspect !== "string"){
const err31 = {instancePath:instancePath+"/indicators/" + i0+"/aspect",schemaPath:"#/properties/indicators/items/properties/aspect/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.aspectNo !== undefined){
if(typeof data8.aspectNo !== "string"){
const err32 = {instancePath:instancePath+"/indicators/" + i0+"/aspectNo",schemaPath:"#/properties/indicators/items/properties/aspectNo/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.aspectTitle !== undefined){
let data12 = data8.aspectTitle;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err33 = {instancePath:instancePath+"/indicators/" + i0+"/aspectTitle",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12.en === undefined){
const err34 = {instancePath:instancePath+"/indicators/" + i0+"/aspectTitle",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key3 in data12){
if(!((key3 === "id") || (key3 === "en"))){
const err35 = {instancePath:instancePath+"/indicators/" + i0+"/aspectTitle",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data12.id !== undefined){
if(typeof data12.id !== "string"){
const err36 = {instancePath:instancePath+"/indicators/" + i0+"/aspectTitle/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.en !== undefined){
if(typeof data12.en !== "string"){
const err37 = {instancePath:instancePath+"/indicators/" + i0+"/aspectTitle/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err38 = {instancePath:instancePath+"/indicators/" + i0+"/aspectTitle",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data8.weight !== undefined){
let data15 = data8.weight;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err39 = {instancePath:instancePath+"/indicators/" + i0+"/weight",schemaPath:"#/properties/indicators/items/properties/weight/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data8.indexWeight !== undefined){
let data16 = data8.indexWeight;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err40 = {instancePath:instancePath+"/indicators/" + i0+"/indexWeight",schemaPath:"#/properties/indicators/items/properties/indexWeight/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data8.title !== undefined){
let data17 = data8.title;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.id === undefined){
const err41 = {instancePath:instancePath+"/indicators/" + i0+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data17.en === undefined){
const err42 = {instancePath:instancePath+"/indicators/" + i0+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key4 in data17){
if(!((key4 === "id") || (key4 === "en"))){
const err43 = {instancePath:instancePath+"/indicators/" + i0+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data17.id !== undefined){
if(typeof data17.id !== "string"){
const err44 = {instancePath:instancePath+"/indicators/" + i0+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data17.en !== undefined){
if(typeof data17.en !== "string"){
const err45 = {instancePath:instancePath+"/indicators/" + i0+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/indicators/" + i0+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data8.self !== undefined){
let data20 = data8.self;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err47 = {instancePath:instancePath+"/indicators/" + i0+"/self",schemaPath:"#/properties/indicators/items/properties/self/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 5 || isNaN(data20)){
const err48 = {instancePath:instancePath+"/indicators/" + i0+"/self",schemaPath:"#/properties/indicators/items/properties/self/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err49 = {instancePath:instancePath+"/indicators/" + i0+"/self",schemaPath:"#/properties/indicators/items/properties/self/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data8.reviewer !== undefined){
let data21 = data8.reviewer;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err50 = {instancePath:instancePath+"/indicators/" + i0+"/reviewer",schemaPath:"#/properties/indicators/items/properties/reviewer/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 5 || isNaN(data21)){
const err51 = {instancePath:instancePath+"/indicators/" + i0+"/reviewer",schemaPath:"#/properties/indicators/items/properties/reviewer/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err52 = {instancePath:instancePath+"/indicators/" + i0+"/reviewer",schemaPath:"#/properties/indicators/items/properties/reviewer/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data8.levelText !== undefined){
let data22 = data8.levelText;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.id === undefined){
const err53 = {instancePath:instancePath+"/indicators/" + i0+"/levelText",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data22.en === undefined){
const err54 = {instancePath:instancePath+"/indicators/" + i0+"/levelText",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key5 in data22){
if(!((key5 === "id") || (key5 === "en"))){
const err55 = {instancePath:instancePath+"/indicators/" + i0+"/levelText",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data22.id !== undefined){
if(typeof data22.id !== "string"){
const err56 = {instancePath:instancePath+"/indicators/" + i0+"/levelText/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data22.en !== undefined){
if(typeof data22.en !== "string"){
const err57 = {instancePath:instancePath+"/indicators/" + i0+"/levelText/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err58 = {instancePath:instancePath+"/indicators/" + i0+"/levelText",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data8.basis !== undefined){
let data25 = data8.basis;
if(!((data25 === "derived") || (data25 === "self-fill"))){
const err59 = {instancePath:instancePath+"/indicators/" + i0+"/basis",schemaPath:"#/properties/indicators/items/properties/basis/enum",keyword:"enum",params:{allowedValues: schema77.properties.indicators.items.properties.basis.enum}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data8.reason !== undefined){
let data26 = data8.reason;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.id === undefined){
const err60 = {instancePath:instancePath+"/indicators/" + i0+"/reason",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data26.en === undefined){
const err61 = {instancePath:instancePath+"/indicators/" + i0+"/reason",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key6 in data26){
if(!((key6 === "id") || (key6 === "en"))){
const err62 = {instancePath:instancePath+"/indicators/" + i0+"/reason",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data26.id !== undefined){
if(typeof data26.id !== "string"){
const err63 = {instancePath:instancePath+"/indicators/" + i0+"/reason/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data26.en !== undefined){
if(typeof data26.en !== "string"){
const err64 = {instancePath:instancePath+"/indicators/" + i0+"/reason/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/indicators/" + i0+"/reason",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data8.known !== undefined){
let data29 = data8.known;
if(Array.isArray(data29)){
const len1 = data29.length;
for(let i1=0; i1<len1; i1++){
let data30 = data29[i1];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.id === undefined){
const err66 = {instancePath:instancePath+"/indicators/" + i0+"/known/" + i1,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data30.en === undefined){
const err67 = {instancePath:instancePath+"/indicators/" + i0+"/known/" + i1,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key7 in data30){
if(!((key7 === "id") || (key7 === "en"))){
const err68 = {instancePath:instancePath+"/indicators/" + i0+"/known/" + i1,schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data30.id !== undefined){
if(typeof data30.id !== "string"){
const err69 = {instancePath:instancePath+"/indicators/" + i0+"/known/" + i1+"/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data30.en !== undefined){
if(typeof data30.en !== "string"){
const err70 = {instancePath:instancePath+"/indicators/" + i0+"/known/" + i1+"/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err71 = {instancePath:instancePath+"/indicators/" + i0+"/known/" + i1,schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/indicators/" + i0+"/known",schemaPath:"#/properties/indicators/items/properties/known/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data8.evidenceAsked !== undefined){
let data33 = data8.evidenceAsked;
if(Array.isArray(data33)){
const len2 = data33.length;
for(let i2=0; i2<len2; i2++){
let data34 = data33[i2];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.id === undefined){
const err73 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceAsked/" + i2,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data34.en === undefined){
const err74 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceAsked/" + i2,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key8 in data34){
if(!((key8 === "id") || (key8 === "en"))){
const err75 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceAsked/" + i2,schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data34.id !== undefined){
if(typeof data34.id !== "string"){
const err76 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceAsked/" + i2+"/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data34.en !== undefined){
if(typeof data34.en !== "string"){
const err77 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceAsked/" + i2+"/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceAsked/" + i2,schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceAsked",schemaPath:"#/properties/indicators/items/properties/evidenceAsked/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data8.evidenceGiven !== undefined){
let data37 = data8.evidenceGiven;
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
if(typeof data37[i3] !== "string"){
const err80 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceGiven/" + i3,schemaPath:"#/properties/indicators/items/properties/evidenceGiven/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/indicators/" + i0+"/evidenceGiven",schemaPath:"#/properties/indicators/items/properties/evidenceGiven/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data8.toConfirm !== undefined){
if(typeof data8.toConfirm !== "boolean"){
const err82 = {instancePath:instancePath+"/indicators/" + i0+"/toConfirm",schemaPath:"#/properties/indicators/items/properties/toConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.region === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.stage === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stage"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.score === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "score"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.scoreLabel === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scoreLabel"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.categories === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.counts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counts"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.figures === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "figures"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.findings === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.pekppp === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pekppp"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema39.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.region !== undefined){
let data0 = data.region;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err10 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data0.kind === undefined){
const err11 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data0.province === undefined){
const err12 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "province"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data0.slug === undefined){
const err13 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "slug"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data0.mppName === undefined){
const err14 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "mppName"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data0.launchStatus === undefined){
const err15 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "launchStatus"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data0){
if(!(((((((key1 === "name") || (key1 === "kind")) || (key1 === "province")) || (key1 === "slug")) || (key1 === "mppName")) || (key1 === "launchStatus")) || (key1 === "launchDate"))){
const err16 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err17 = {instancePath:instancePath+"/region/name",schemaPath:"#/properties/region/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.kind !== undefined){
let data2 = data0.kind;
if(!((data2 === "kabupaten") || (data2 === "kota"))){
const err18 = {instancePath:instancePath+"/region/kind",schemaPath:"#/properties/region/properties/kind/enum",keyword:"enum",params:{allowedValues: schema39.properties.region.properties.kind.enum}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data0.province !== undefined){
if(typeof data0.province !== "string"){
const err19 = {instancePath:instancePath+"/region/province",schemaPath:"#/properties/region/properties/province/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data0.slug !== undefined){
if(typeof data0.slug !== "string"){
const err20 = {instancePath:instancePath+"/region/slug",schemaPath:"#/properties/region/properties/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data0.mppName !== undefined){
if(typeof data0.mppName !== "string"){
const err21 = {instancePath:instancePath+"/region/mppName",schemaPath:"#/properties/region/properties/mppName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data0.launchStatus !== undefined){
let data6 = data0.launchStatus;
if(!(((data6 === "planned") || (data6 === "operating")) || (data6 === "launched"))){
const err22 = {instancePath:instancePath+"/region/launchStatus",schemaPath:"#/properties/region/properties/launchStatus/enum",keyword:"enum",params:{allowedValues: schema39.properties.region.properties.launchStatus.enum}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data0.launchDate !== undefined){
let data7 = data0.launchDate;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err23 = {instancePath:instancePath+"/region/launchDate",schemaPath:"#/properties/region/properties/launchDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}};
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
const err24 = {instancePath:instancePath+"/region/launchDate",schemaPath:"#/properties/region/properties/launchDate/type",keyword:"type",params:{type: "string"}};
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
const err25 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.stage !== undefined){
let data8 = data.stage;
if(!((data8 === "planned") || (data8 === "operating"))){
const err26 = {instancePath:instancePath+"/stage",schemaPath:"#/properties/stage/enum",keyword:"enum",params:{allowedValues: schema39.properties.stage.enum}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.score !== undefined){
let data9 = data.score;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/score",schemaPath:"#/$defs/score/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/score",schemaPath:"#/$defs/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/score",schemaPath:"#/$defs/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.scoreLabel !== undefined){
let data10 = data.scoreLabel;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err30 = {instancePath:instancePath+"/scoreLabel",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.en === undefined){
const err31 = {instancePath:instancePath+"/scoreLabel",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "id") || (key2 === "en"))){
const err32 = {instancePath:instancePath+"/scoreLabel",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.id !== undefined){
if(typeof data10.id !== "string"){
const err33 = {instancePath:instancePath+"/scoreLabel/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.en !== undefined){
if(typeof data10.en !== "string"){
const err34 = {instancePath:instancePath+"/scoreLabel/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err35 = {instancePath:instancePath+"/scoreLabel",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.categories !== undefined){
let data13 = data.categories;
if(Array.isArray(data13)){
if(data13.length > 5){
const err36 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/maxItems",keyword:"maxItems",params:{limit: 5}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data13.length < 5){
const err37 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/minItems",keyword:"minItems",params:{limit: 5}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data13[i0], {instancePath:instancePath+"/categories/" + i0,parentData:data13,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.counts !== undefined){
if(!(validate25(data.counts, {instancePath:instancePath+"/counts",parentData:data,parentDataProperty:"counts",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.figures !== undefined){
let data16 = data.figures;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.agencies === undefined){
const err39 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "agencies"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data16.services === undefined){
const err40 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "services"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16.plannedCounters === undefined){
const err41 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "plannedCounters"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.neededCounters === undefined){
const err42 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "neededCounters"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.componentsGiven === undefined){
const err43 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "componentsGiven"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16.componentsTotal === undefined){
const err44 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "componentsTotal"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16.estimatesShare === undefined){
const err45 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "estimatesShare"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16.estimates === undefined){
const err46 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "estimates"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key3 in data16){
if(!(func1.call(schema39.properties.figures.properties, key3))){
const err47 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.agencies !== undefined){
let data17 = data16.agencies;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err48 = {instancePath:instancePath+"/figures/agencies",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err49 = {instancePath:instancePath+"/figures/agencies",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data16.services !== undefined){
let data18 = data16.services;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err50 = {instancePath:instancePath+"/figures/services",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err51 = {instancePath:instancePath+"/figures/services",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data16.plannedCounters !== undefined){
let data19 = data16.plannedCounters;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err52 = {instancePath:instancePath+"/figures/plannedCounters",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err53 = {instancePath:instancePath+"/figures/plannedCounters",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data16.neededCounters !== undefined){
let data20 = data16.neededCounters;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err54 = {instancePath:instancePath+"/figures/neededCounters",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err55 = {instancePath:instancePath+"/figures/neededCounters",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data16.componentsGiven !== undefined){
let data21 = data16.componentsGiven;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err56 = {instancePath:instancePath+"/figures/componentsGiven",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err57 = {instancePath:instancePath+"/figures/componentsGiven",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data16.componentsTotal !== undefined){
let data22 = data16.componentsTotal;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err58 = {instancePath:instancePath+"/figures/componentsTotal",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err59 = {instancePath:instancePath+"/figures/componentsTotal",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data16.checklistItems !== undefined){
let data23 = data16.checklistItems;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err60 = {instancePath:instancePath+"/figures/checklistItems",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err61 = {instancePath:instancePath+"/figures/checklistItems",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data16.estimatesShare !== undefined){
let data24 = data16.estimatesShare;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err62 = {instancePath:instancePath+"/figures/estimatesShare",schemaPath:"#/properties/figures/properties/estimatesShare/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 100 || isNaN(data24)){
const err63 = {instancePath:instancePath+"/figures/estimatesShare",schemaPath:"#/properties/figures/properties/estimatesShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err64 = {instancePath:instancePath+"/figures/estimatesShare",schemaPath:"#/properties/figures/properties/estimatesShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data16.estimates !== undefined){
let data25 = data16.estimates;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.loadOnEstimates === undefined){
const err65 = {instancePath:instancePath+"/figures/estimates",schemaPath:"#/properties/figures/properties/estimates/required",keyword:"required",params:{missingProperty: "loadOnEstimates"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data25.handlingMinutes === undefined){
const err66 = {instancePath:instancePath+"/figures/estimates",schemaPath:"#/properties/figures/properties/estimates/required",keyword:"required",params:{missingProperty: "handlingMinutes"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data25.visitorsPerDay === undefined){
const err67 = {instancePath:instancePath+"/figures/estimates",schemaPath:"#/properties/figures/properties/estimates/required",keyword:"required",params:{missingProperty: "visitorsPerDay"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data25.plannedCounters === undefined){
const err68 = {instancePath:instancePath+"/figures/estimates",schemaPath:"#/properties/figures/properties/estimates/required",keyword:"required",params:{missingProperty: "plannedCounters"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data25.agenciesWithoutServices === undefined){
const err69 = {instancePath:instancePath+"/figures/estimates",schemaPath:"#/properties/figures/properties/estimates/required",keyword:"required",params:{missingProperty: "agenciesWithoutServices"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key4 in data25){
if(!(((((key4 === "loadOnEstimates") || (key4 === "handlingMinutes")) || (key4 === "visitorsPerDay")) || (key4 === "plannedCounters")) || (key4 === "agenciesWithoutServices"))){
const err70 = {instancePath:instancePath+"/figures/estimates",schemaPath:"#/properties/figures/properties/estimates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data25.loadOnEstimates !== undefined){
let data26 = data25.loadOnEstimates;
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 1 || isNaN(data26)){
const err71 = {instancePath:instancePath+"/figures/estimates/loadOnEstimates",schemaPath:"#/properties/figures/properties/estimates/properties/loadOnEstimates/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data26 < 0 || isNaN(data26)){
const err72 = {instancePath:instancePath+"/figures/estimates/loadOnEstimates",schemaPath:"#/properties/figures/properties/estimates/properties/loadOnEstimates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/figures/estimates/loadOnEstimates",schemaPath:"#/properties/figures/properties/estimates/properties/loadOnEstimates/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data25.handlingMinutes !== undefined){
let data27 = data25.handlingMinutes;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err74 = {instancePath:instancePath+"/figures/estimates/handlingMinutes",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err75 = {instancePath:instancePath+"/figures/estimates/handlingMinutes",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data25.visitorsPerDay !== undefined){
let data28 = data25.visitorsPerDay;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err76 = {instancePath:instancePath+"/figures/estimates/visitorsPerDay",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err77 = {instancePath:instancePath+"/figures/estimates/visitorsPerDay",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data25.plannedCounters !== undefined){
let data29 = data25.plannedCounters;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err78 = {instancePath:instancePath+"/figures/estimates/plannedCounters",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err79 = {instancePath:instancePath+"/figures/estimates/plannedCounters",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
if(data25.agenciesWithoutServices !== undefined){
let data30 = data25.agenciesWithoutServices;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err80 = {instancePath:instancePath+"/figures/estimates/agenciesWithoutServices",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err81 = {instancePath:instancePath+"/figures/estimates/agenciesWithoutServices",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
}
else {
const err82 = {instancePath:instancePath+"/figures/estimates",schemaPath:"#/properties/figures/properties/estimates/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.findings !== undefined){
let data31 = data.findings;
if(Array.isArray(data31)){
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
if(!(validate29(data31[i1], {instancePath:instancePath+"/findings/" + i1,parentData:data31,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err84 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.checklist !== undefined){
if(!(validate31(data.checklist, {instancePath:instancePath+"/checklist",parentData:data,parentDataProperty:"checklist",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.pekppp !== undefined){
if(!(validate35(data.pekppp, {instancePath:instancePath+"/pekppp",parentData:data,parentDataProperty:"pekppp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.file === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.review === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "file") || (key0 === "checklist")) || (key0 === "dashboard")) || (key0 === "review"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.file !== undefined){
if(typeof data.file !== "string"){
const err3 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.checklist !== undefined){
if(typeof data.checklist !== "string"){
const err4 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.dashboard !== undefined){
if(typeof data.dashboard !== "string"){
const err5 = {instancePath:instancePath+"/dashboard",schemaPath:"#/properties/dashboard/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.review !== undefined){
if(!(validate23(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ranking === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ranking"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.regions === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regions"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "schemaVersion") || (key0 === "kind")) || (key0 === "ranking")) || (key0 === "regions"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err5 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
if("review" !== data.kind){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "review"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ranking !== undefined){
let data2 = data.ranking;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.rank === undefined){
const err7 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "rank"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.file === undefined){
const err8 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "file"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.name === undefined){
const err9 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.kind === undefined){
const err10 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.slug === undefined){
const err11 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "slug"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.score === undefined){
const err12 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "score"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.blockers === undefined){
const err13 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "blockers"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.majors === undefined){
const err14 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "majors"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.minors === undefined){
const err15 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "minors"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.stage === undefined){
const err16 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "stage"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.ippCoverage === undefined){
const err17 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "ippCoverage"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3.estimatesShare === undefined){
const err18 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/required",keyword:"required",params:{missingProperty: "estimatesShare"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data3){
if(!(func1.call(schema32.properties.ranking.items.properties, key1))){
const err19 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.rank !== undefined){
let data4 = data3.rank;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err20 = {instancePath:instancePath+"/ranking/" + i0+"/rank",schemaPath:"#/properties/ranking/items/properties/rank/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err21 = {instancePath:instancePath+"/ranking/" + i0+"/rank",schemaPath:"#/properties/ranking/items/properties/rank/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data3.file !== undefined){
if(typeof data3.file !== "string"){
const err22 = {instancePath:instancePath+"/ranking/" + i0+"/file",schemaPath:"#/properties/ranking/items/properties/file/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err23 = {instancePath:instancePath+"/ranking/" + i0+"/name",schemaPath:"#/properties/ranking/items/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.kind !== undefined){
let data7 = data3.kind;
if(!((data7 === "kabupaten") || (data7 === "kota"))){
const err24 = {instancePath:instancePath+"/ranking/" + i0+"/kind",schemaPath:"#/properties/ranking/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema32.properties.ranking.items.properties.kind.enum}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data3.slug !== undefined){
if(typeof data3.slug !== "string"){
const err25 = {instancePath:instancePath+"/ranking/" + i0+"/slug",schemaPath:"#/properties/ranking/items/properties/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.score !== undefined){
let data9 = data3.score;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/ranking/" + i0+"/score",schemaPath:"#/$defs/score/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/ranking/" + i0+"/score",schemaPath:"#/$defs/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/ranking/" + i0+"/score",schemaPath:"#/$defs/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data3.blockers !== undefined){
let data10 = data3.blockers;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err29 = {instancePath:instancePath+"/ranking/" + i0+"/blockers",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err30 = {instancePath:instancePath+"/ranking/" + i0+"/blockers",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data3.majors !== undefined){
let data11 = data3.majors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err31 = {instancePath:instancePath+"/ranking/" + i0+"/majors",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err32 = {instancePath:instancePath+"/ranking/" + i0+"/majors",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data3.minors !== undefined){
let data12 = data3.minors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err33 = {instancePath:instancePath+"/ranking/" + i0+"/minors",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/ranking/" + i0+"/minors",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data3.stage !== undefined){
let data13 = data3.stage;
if(!((data13 === "planned") || (data13 === "operating"))){
const err35 = {instancePath:instancePath+"/ranking/" + i0+"/stage",schemaPath:"#/properties/ranking/items/properties/stage/enum",keyword:"enum",params:{allowedValues: schema32.properties.ranking.items.properties.stage.enum}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data3.launchDate !== undefined){
if(typeof data3.launchDate !== "string"){
const err36 = {instancePath:instancePath+"/ranking/" + i0+"/launchDate",schemaPath:"#/properties/ranking/items/properties/launchDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data3.ipp !== undefined){
let data15 = data3.ipp;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 5 || isNaN(data15)){
const err37 = {instancePath:instancePath+"/ranking/" + i0+"/ipp",schemaPath:"#/properties/ranking/items/properties/ipp/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err38 = {instancePath:instancePath+"/ranking/" + i0+"/ipp",schemaPath:"#/properties/ranking/items/properties/ipp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/ranking/" + i0+"/ipp",schemaPath:"#/properties/ranking/items/properties/ipp/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data3.grade !== undefined){
if(typeof data3.grade !== "string"){
const err40 = {instancePath:instancePath+"/ranking/" + i0+"/grade",schemaPath:"#/properties/ranking/items/properties/grade/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data3.ippCoverage !== undefined){
let data17 = data3.ippCoverage;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
const err41 = {instancePath:instancePath+"/ranking/" + i0+"/ippCoverage",schemaPath:"#/properties/ranking/items/properties/ippCoverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err42 = {instancePath:instancePath+"/ranking/" + i0+"/ippCoverage",schemaPath:"#/properties/ranking/items/properties/ippCoverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err43 = {instancePath:instancePath+"/ranking/" + i0+"/ippCoverage",schemaPath:"#/properties/ranking/items/properties/ippCoverage/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data3.blockingItems !== undefined){
let data18 = data3.blockingItems;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err44 = {instancePath:instancePath+"/ranking/" + i0+"/blockingItems",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err45 = {instancePath:instancePath+"/ranking/" + i0+"/blockingItems",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data3.estimatesShare !== undefined){
let data19 = data3.estimatesShare;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err46 = {instancePath:instancePath+"/ranking/" + i0+"/estimatesShare",schemaPath:"#/properties/ranking/items/properties/estimatesShare/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 100 || isNaN(data19)){
const err47 = {instancePath:instancePath+"/ranking/" + i0+"/estimatesShare",schemaPath:"#/properties/ranking/items/properties/estimatesShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err48 = {instancePath:instancePath+"/ranking/" + i0+"/estimatesShare",schemaPath:"#/properties/ranking/items/properties/estimatesShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data3.dashboard !== undefined){
if(typeof data3.dashboard !== "string"){
const err49 = {instancePath:instancePath+"/ranking/" + i0+"/dashboard",schemaPath:"#/properties/ranking/items/properties/dashboard/type",keyword:"type",params:{type: "string"}};
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
else {
const err50 = {instancePath:instancePath+"/ranking/" + i0,schemaPath:"#/properties/ranking/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/ranking",schemaPath:"#/properties/ranking/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.regions !== undefined){
let data21 = data.regions;
if(Array.isArray(data21)){
if(data21.length < 1){
const err52 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data21[i1], {instancePath:instancePath+"/regions/" + i1,parentData:data21,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err53 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema89 = {"type":"object","additionalProperties":false,"required":["schemaVersion","kind","old","new","diff"],"properties":{"schemaVersion":{"const":1},"kind":{"const":"diff"},"old":{"$ref":"#/$defs/reviewedRegion"},"new":{"$ref":"#/$defs/reviewedRegion"},"diff":{"type":"object","additionalProperties":false,"required":["agencies","services","counters","settings","facilities","readiness","findings"],"properties":{"agencies":{"$ref":"#/$defs/listDiff"},"services":{"$ref":"#/$defs/listDiff"},"counters":{"$ref":"#/$defs/listDiff"},"settings":{"type":"array","items":{"$ref":"#/$defs/fieldChange"}},"facilities":{"type":"object","additionalProperties":false,"required":["added","removed"],"properties":{"added":{"type":"array","items":{"type":"string"}},"removed":{"type":"array","items":{"type":"string"}}}},"readiness":{"type":"object","additionalProperties":false,"required":["before","after","delta","countsBefore","countsAfter","categories"],"properties":{"before":{"$ref":"#/$defs/score"},"after":{"$ref":"#/$defs/score"},"delta":{"type":"integer","minimum":-100,"maximum":100},"countsBefore":{"$ref":"#/$defs/counts"},"countsAfter":{"$ref":"#/$defs/counts"},"categories":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","before","after","delta"],"properties":{"id":{"$ref":"#/$defs/categoryId"},"before":{"$ref":"#/$defs/score"},"after":{"$ref":"#/$defs/score"},"delta":{"type":"integer"}}}}}},"findings":{"type":"object","additionalProperties":false,"required":["added","resolved"],"properties":{"added":{"type":"array","items":{"$ref":"#/$defs/findingRef"}},"resolved":{"type":"array","items":{"$ref":"#/$defs/findingRef"}}}}}}}};
const schema92 = {"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"type":"string"},"before":{},"after":{}}};
const schema90 = {"type":"object","additionalProperties":false,"required":["added","removed","changed"],"properties":{"added":{"type":"array","items":{"$ref":"#/$defs/entityChange"}},"removed":{"type":"array","items":{"$ref":"#/$defs/entityChange"}},"changed":{"type":"array","items":{"$ref":"#/$defs/entityChange"}}}};
const schema91 = {"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"fields":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/fieldChange"}}}};

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "name")) || (key0 === "fields"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.fields !== undefined){
let data2 = data.fields;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.field === undefined){
const err6 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/$defs/fieldChange/required",keyword:"required",params:{missingProperty: "field"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "field") || (key1 === "before")) || (key1 === "after"))){
const err7 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/$defs/fieldChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.field !== undefined){
if(typeof data3.field !== "string"){
const err8 = {instancePath:instancePath+"/fields/" + i0+"/field",schemaPath:"#/$defs/fieldChange/properties/field/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/$defs/fieldChange/type",keyword:"type",params:{type: "object"}};
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
const err10 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"}};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.added === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "added"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.removed === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "removed"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.changed === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changed"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "added") || (key0 === "removed")) || (key0 === "changed"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.added !== undefined){
let data0 = data.added;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate47(data0[i0], {instancePath:instancePath+"/added/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/added",schemaPath:"#/properties/added/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.removed !== undefined){
let data2 = data.removed;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate47(data2[i1], {instancePath:instancePath+"/removed/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/removed",schemaPath:"#/properties/removed/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.changed !== undefined){
let data4 = data.changed;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate47(data4[i2], {instancePath:instancePath+"/changed/" + i2,parentData:data4,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/changed",schemaPath:"#/properties/changed/type",keyword:"type",params:{type: "array"}};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"type":"object","additionalProperties":false,"required":["code","severity","path","message"],"properties":{"code":{"type":"string"},"severity":{"$ref":"#/$defs/severity"},"path":{"type":"string"},"message":{"$ref":"#/$defs/localized"}}};

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
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.severity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.path === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.message === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "code") || (key0 === "severity")) || (key0 === "path")) || (key0 === "message"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.severity !== undefined){
let data1 = data.severity;
if(!(((data1 === "blocker") || (data1 === "major")) || (data1 === "minor"))){
const err6 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema63.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.message !== undefined){
let data3 = data.message;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.en === undefined){
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "id") || (key1 === "en"))){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
if(typeof data3.id !== "string"){
const err11 = {instancePath:instancePath+"/message/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.en !== undefined){
if(typeof data3.en !== "string"){
const err12 = {instancePath:instancePath+"/message/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err13 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.old === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "old"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.new === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "new"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.diff === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "diff"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "schemaVersion") || (key0 === "kind")) || (key0 === "old")) || (key0 === "new")) || (key0 === "diff"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err6 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
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
if("diff" !== data.kind){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "diff"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.old !== undefined){
if(!(validate22(data.old, {instancePath:instancePath+"/old",parentData:data,parentDataProperty:"old",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.new !== undefined){
if(!(validate22(data.new, {instancePath:instancePath+"/new",parentData:data,parentDataProperty:"new",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.diff !== undefined){
let data4 = data.diff;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.agencies === undefined){
const err8 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/required",keyword:"required",params:{missingProperty: "agencies"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.services === undefined){
const err9 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/required",keyword:"required",params:{missingProperty: "services"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.counters === undefined){
const err10 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.settings === undefined){
const err11 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/required",keyword:"required",params:{missingProperty: "settings"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.facilities === undefined){
const err12 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/required",keyword:"required",params:{missingProperty: "facilities"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.readiness === undefined){
const err13 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/required",keyword:"required",params:{missingProperty: "readiness"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.findings === undefined){
const err14 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/required",keyword:"required",params:{missingProperty: "findings"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data4){
if(!(((((((key1 === "agencies") || (key1 === "services")) || (key1 === "counters")) || (key1 === "settings")) || (key1 === "facilities")) || (key1 === "readiness")) || (key1 === "findings"))){
const err15 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.agencies !== undefined){
if(!(validate46(data4.agencies, {instancePath:instancePath+"/diff/agencies",parentData:data4,parentDataProperty:"agencies",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data4.services !== undefined){
if(!(validate46(data4.services, {instancePath:instancePath+"/diff/services",parentData:data4,parentDataProperty:"services",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data4.counters !== undefined){
if(!(validate46(data4.counters, {instancePath:instancePath+"/diff/counters",parentData:data4,parentDataProperty:"counters",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data4.settings !== undefined){
let data8 = data4.settings;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.field === undefined){
const err16 = {instancePath:instancePath+"/diff/settings/" + i0,schemaPath:"#/$defs/fieldChange/required",keyword:"required",params:{missingProperty: "field"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data9){
if(!(((key2 === "field") || (key2 === "before")) || (key2 === "after"))){
const err17 = {instancePath:instancePath+"/diff/settings/" + i0,schemaPath:"#/$defs/fieldChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.field !== undefined){
if(typeof data9.field !== "string"){
const err18 = {instancePath:instancePath+"/diff/settings/" + i0+"/field",schemaPath:"#/$defs/fieldChange/properties/field/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath:instancePath+"/diff/settings/" + i0,schemaPath:"#/$defs/fieldChange/type",keyword:"type",params:{type: "object"}};
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
const err20 = {instancePath:instancePath+"/diff/settings",schemaPath:"#/properties/diff/properties/settings/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.facilities !== undefined){
let data11 = data4.facilities;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.added === undefined){
const err21 = {instancePath:instancePath+"/diff/facilities",schemaPath:"#/properties/diff/properties/facilities/required",keyword:"required",params:{missingProperty: "added"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data11.removed === undefined){
const err22 = {instancePath:instancePath+"/diff/facilities",schemaPath:"#/properties/diff/properties/facilities/required",keyword:"required",params:{missingProperty: "removed"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key3 in data11){
if(!((key3 === "added") || (key3 === "removed"))){
const err23 = {instancePath:instancePath+"/diff/facilities",schemaPath:"#/properties/diff/properties/facilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data11.added !== undefined){
let data12 = data11.added;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(typeof data12[i1] !== "string"){
const err24 = {instancePath:instancePath+"/diff/facilities/added/" + i1,schemaPath:"#/properties/diff/properties/facilities/properties/added/items/type",keyword:"type",params:{type: "string"}};
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
const err25 = {instancePath:instancePath+"/diff/facilities/added",schemaPath:"#/properties/diff/properties/facilities/properties/added/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data11.removed !== undefined){
let data14 = data11.removed;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
if(typeof data14[i2] !== "string"){
const err26 = {instancePath:instancePath+"/diff/facilities/removed/" + i2,schemaPath:"#/properties/diff/properties/facilities/properties/removed/items/type",keyword:"type",params:{type: "string"}};
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
const err27 = {instancePath:instancePath+"/diff/facilities/removed",schemaPath:"#/properties/diff/properties/facilities/properties/removed/type",keyword:"type",params:{type: "array"}};
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
else {
const err28 = {instancePath:instancePath+"/diff/facilities",schemaPath:"#/properties/diff/properties/facilities/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data4.readiness !== undefined){
let data16 = data4.readiness;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.before === undefined){
const err29 = {instancePath:instancePath+"/diff/readiness",schemaPath:"#/properties/diff/properties/readiness/required",keyword:"required",params:{missingProperty: "before"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data16.after === undefined){
const err30 = {instancePath:instancePath+"/diff/readiness",schemaPath:"#/properties/diff/properties/readiness/required",keyword:"required",params:{missingProperty: "after"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data16.delta === undefined){
const err31 = {instancePath:instancePath+"/diff/readiness",schemaPath:"#/properties/diff/properties/readiness/required",keyword:"required",params:{missingProperty: "delta"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data16.countsBefore === undefined){
const err32 = {instancePath:instancePath+"/diff/readiness",schemaPath:"#/properties/diff/properties/readiness/required",keyword:"required",params:{missingProperty: "countsBefore"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data16.countsAfter === undefined){
const err33 = {instancePath:instancePath+"/diff/readiness",schemaPath:"#/properties/diff/properties/readiness/required",keyword:"required",params:{missingProperty: "countsAfter"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data16.categories === undefined){
const err34 = {instancePath:instancePath+"/diff/readiness",schemaPath:"#/properties/diff/properties/readiness/required",keyword:"required",params:{missingProperty: "categories"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key4 in data16){
if(!((((((key4 === "before") || (key4 === "after")) || (key4 === "delta")) || (key4 === "countsBefore")) || (key4 === "countsAfter")) || (key4 === "categories"))){
const err35 = {instancePath:instancePath+"/diff/readiness",schemaPath:"#/properties/diff/properties/readiness/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.before !== undefined){
let data17 = data16.before;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err36 = {instancePath:instancePath+"/diff/readiness/before",schemaPath:"#/$defs/score/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
const err37 = {instancePath:instancePath+"/diff/readiness/before",schemaPath:"#/$defs/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err38 = {instancePath:instancePath+"/diff/readiness/before",schemaPath:"#/$defs/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data16.after !== undefined){
let data18 = data16.after;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err39 = {instancePath:instancePath+"/diff/readiness/after",schemaPath:"#/$defs/score/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 100 || isNaN(data18)){
const err40 = {instancePath:instancePath+"/diff/readiness/after",schemaPath:"#/$defs/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err41 = {instancePath:instancePath+"/diff/readiness/after",schemaPath:"#/$defs/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data16.delta !== undefined){
let data19 = data16.delta;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err42 = {instancePath:instancePath+"/diff/readiness/delta",schemaPath:"#/properties/diff/properties/readiness/properties/delta/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 100 || isNaN(data19)){
const err43 = {instancePath:instancePath+"/diff/readiness/delta",schemaPath:"#/properties/diff/properties/readiness/properties/delta/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data19 < -100 || isNaN(data19)){
const err44 = {instancePath:instancePath+"/diff/readiness/delta",schemaPath:"#/properties/diff/properties/readiness/properties/delta/minimum",keyword:"minimum",params:{comparison: ">=", limit: -100}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data16.countsBefore !== undefined){
if(!(validate25(data16.countsBefore, {instancePath:instancePath+"/diff/readiness/countsBefore",parentData:data16,parentDataProperty:"countsBefore",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data16.countsAfter !== undefined){
if(!(validate25(data16.countsAfter, {instancePath:instancePath+"/diff/readiness/countsAfter",parentData:data16,parentDataProperty:"countsAfter",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data16.categories !== undefined){
let data22 = data16.categories;
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
let data23 = data22[i3];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.id === undefined){
const err45 = {instancePath:instancePath+"/diff/readiness/categories/" + i3,schemaPath:"#/properties/diff/properties/readiness/properties/categories/items/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data23.before === undefined){
const err46 = {instancePath:instancePath+"/diff/readiness/categories/" + i3,schemaPath:"#/properties/diff/properties/readiness/properties/categories/items/required",keyword:"required",params:{missingProperty: "before"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data23.after === undefined){
const err47 = {instancePath:instancePath+"/diff/readiness/categories/" + i3,schemaPath:"#/properties/diff/properties/readiness/properties/categories/items/required",keyword:"required",params:{missingProperty: "after"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data23.delta === undefined){
const err48 = {instancePath:instancePath+"/diff/readiness/categories/" + i3,schemaPath:"#/properties/diff/properties/readiness/properties/categories/items/required",keyword:"required",params:{missingProperty: "delta"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key5 in data23){
if(!((((key5 === "id") || (key5 === "before")) || (key5 === "after")) || (key5 === "delta"))){
const err49 = {instancePath:instancePath+"/diff/readiness/categories/" + i3,schemaPath:"#/properties/diff/properties/readiness/properties/categories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data23.id !== undefined){
let data24 = data23.id;
if(!(((((data24 === "kelembagaan-regulasi") || (data24 === "standar-pelayanan")) || (data24 === "kapasitas")) || (data24 === "aksesibilitas")) || (data24 === "sistem-informasi"))){
const err50 = {instancePath:instancePath+"/diff/readiness/categories/" + i3+"/id",schemaPath:"#/$defs/categoryId/enum",keyword:"enum",params:{allowedValues: schema43.enum}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data23.before !== undefined){
let data25 = data23.before;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err51 = {instancePath:instancePath+"/diff/readiness/categories/" + i3+"/before",schemaPath:"#/$defs/score/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 100 || isNaN(data25)){
const err52 = {instancePath:instancePath+"/diff/readiness/categories/" + i3+"/before",schemaPath:"#/$defs/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data25 < 0 || isNaN(data25)){
const err53 = {instancePath:instancePath+"/diff/readiness/categories/" + i3+"/before",schemaPath:"#/$defs/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data23.after !== undefined){
let data26 = data23.after;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err54 = {instancePath:instancePath+"/diff/readiness/categories/" + i3+"/after",schemaPath:"#/$defs/score/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 100 || isNaN(data26)){
const err55 = {instancePath:instancePath+"/diff/readiness/categories/" + i3+"/after",schemaPath:"#/$defs/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data26 < 0 || isNaN(data26)){
const err56 = {instancePath:instancePath+"/diff/readiness/categories/" + i3+"/after",schemaPath:"#/$defs/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data23.delta !== undefined){
let data27 = data23.delta;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err57 = {instancePath:instancePath+"/diff/readiness/categories/" + i3+"/delta",schemaPath:"#/properties/diff/properties/readiness/properties/categories/items/properties/delta/type",keyword:"type",params:{type: "integer"}};
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
const err58 = {instancePath:instancePath+"/diff/readiness/categories/" + i3,schemaPath:"#/properties/diff/properties/readiness/properties/categories/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/diff/readiness/categories",schemaPath:"#/properties/diff/properties/readiness/properties/categories/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/diff/readiness",schemaPath:"#/properties/diff/properties/readiness/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data4.findings !== undefined){
let data28 = data4.findings;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.added === undefined){
const err61 = {instancePath:instancePath+"/diff/findings",schemaPath:"#/properties/diff/properties/findings/required",keyword:"required",params:{missingProperty: "added"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data28.resolved === undefined){
const err62 = {instancePath:instancePath+"/diff/findings",schemaPath:"#/properties/diff/properties/findings/required",keyword:"required",params:{missingProperty: "resolved"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key6 in data28){
if(!((key6 === "added") || (key6 === "resolved"))){
const err63 = {instancePath:instancePath+"/diff/findings",schemaPath:"#/properties/diff/properties/findings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data28.added !== undefined){
let data29 = data28.added;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
if(!(validate56(data29[i4], {instancePath:instancePath+"/diff/findings/added/" + i4,parentData:data29,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err64 = {instancePath:instancePath+"/diff/findings/added",schemaPath:"#/properties/diff/properties/findings/properties/added/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data28.resolved !== undefined){
let data31 = data28.resolved;
if(Array.isArray(data31)){
const len5 = data31.length;
for(let i5=0; i5<len5; i5++){
if(!(validate56(data31[i5], {instancePath:instancePath+"/diff/findings/resolved/" + i5,parentData:data31,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err65 = {instancePath:instancePath+"/diff/findings/resolved",schemaPath:"#/properties/diff/properties/findings/properties/resolved/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/diff/findings",schemaPath:"#/properties/diff/properties/findings/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/review.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

