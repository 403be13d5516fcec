// Generated from schemas/checklist.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/checklist.schema.json","title":"ChecklistFile","description":"Daftar periksa kesiapan MPP sebuah daerah. Ubah `status`, `notes`, `evidenceProvided`, `reviewerStatus` dan `reviewerNote`; bagian lain ditulis ulang oleh generator. (EN) A region's MPP readiness checklist. Edit `status`, `notes`, `evidenceProvided`, `reviewerStatus` and `reviewerNote`; the generator rewrites the rest.","type":"object","additionalProperties":false,"required":["schemaVersion","region","phases","items"],"properties":{"schemaVersion":{"const":1},"region":{"type":"object","additionalProperties":false,"required":["name","kind","slug","mpp","organiser"],"properties":{"name":{"type":"string"},"kind":{"enum":["kabupaten","kota"]},"slug":{"type":"string"},"mpp":{"type":"string"},"organiser":{"type":"string"}}},"launchDate":{"type":"string","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$","description":"Tanggal peresmian yang dipakai menghitung tenggat (YYYY-MM-DD, YYYY-MM atau YYYY). (EN) Launch date used for due dates (YYYY-MM-DD, YYYY-MM or YYYY)."},"operating":{"$ref":"#/$defs/operating"},"phases":{"type":"array","items":{"$ref":"#/$defs/phase"}},"items":{"type":"array","items":{"$ref":"#/$defs/item"}}},"$defs":{"localized":{"type":"object","additionalProperties":false,"required":["id","en"],"description":"Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.","properties":{"id":{"type":"string"},"en":{"type":"string"}}},"phaseId":{"enum":["kelembagaan-regulasi","kerja-sama-instansi","infrastruktur-interior","sumber-daya-manusia","sistem-informasi","standar-pelayanan","peluncuran","evaluasi-pengawasan"]},"status":{"enum":["belum","proses","selesai","tidak-berlaku"],"description":"Status butir: belum, proses, selesai, tidak-berlaku. (EN) Item status: not started, in progress, done, not applicable."},"componentKey":{"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"],"description":"Kunci komponen Standar Pelayanan. (EN) Service Standard component key."},"phase":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"$ref":"#/$defs/phaseId"},"title":{"$ref":"#/$defs/localized"}}},"citation":{"type":"object","additionalProperties":false,"required":["rule","citation","title","status"],"properties":{"rule":{"type":"string"},"citation":{"type":"string","description":"Jenis, nomor dan tahun, misalnya PermenPANRB 92/2021. (EN) Type, number and year."},"title":{"type":"string"},"status":{"enum":["in-force","to-confirm"],"description":"Peraturan yang sudah diganti tidak pernah dikutip. (EN) A replaced rule is never cited."},"caveat":{"$ref":"#/$defs/localized"}}},"subject":{"type":"object","additionalProperties":false,"required":["kind","id","name"],"properties":{"kind":{"enum":["agency"]},"id":{"type":"string"},"name":{"type":"string"}}},"gap":{"type":"object","additionalProperties":false,"required":["service","serviceName","missing"],"properties":{"service":{"type":"string"},"serviceName":{"type":"string"},"missing":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/componentKey"}}}},"item":{"type":"object","additionalProperties":false,"required":["id","phase","title","explanation","legalBasis","ownerRole","evidence","blocksLaunch","dueWeeksBefore","applies","status"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$","description":"Pengenal butir; `katalog/instansi` untuk butir per instansi. (EN) Item id; `catalogue/agency` for per-agency items."},"phase":{"$ref":"#/$defs/phaseId"},"title":{"$ref":"#/$defs/localized"},"explanation":{"$ref":"#/$defs/localized"},"subject":{"$ref":"#/$defs/subject"},"gaps":{"type":"array","items":{"$ref":"#/$defs/gap"}},"estimates":{"type":"array","items":{"$ref":"#/$defs/estimate"},"description":"Angka perkiraan yang butir ini minta dipastikan. (EN) The estimated figures this item asks to confirm."},"legalBasis":{"type":"array","items":{"$ref":"#/$defs/citation"}},"examples":{"type":"array","items":{"$ref":"#/$defs/citation"}},"ownerRole":{"$ref":"#/$defs/localized"},"evidence":{"$ref":"#/$defs/localized"},"blocksLaunch":{"type":"boolean"},"dueWeeksBefore":{"type":"integer"},"recurs":{"$ref":"#/$defs/recurrence"},"dueDate":{"type":"string","format":"date","description":"Tenggat; untuk butir berkala MPP yang beroperasi: tenggat berikutnya. (EN) Due date; for a recurring item of an operating MPP: the next due date."},"confirmMet":{"type":"boolean","description":"MPP sudah beroperasi: konfirmasi bahwa butir ini sudah terpenuhi (tanpa tenggat). (EN) The MPP operates: confirm this item is already met (no due date)."},"applies":{"type":"boolean","description":"Butir masih berlaku bagi jawaban daerah saat ini (ditulis generator). (EN) The item still applies to the current answers (written by the generator)."},"status":{"$ref":"#/$defs/status"},"statusBeforeRetired":{"$ref":"#/$defs/status"},"notes":{"type":["string","null"],"description":"Catatan daerah; dipertahankan saat generator dijalankan ulang (kosong boleh). (EN) The region's notes; kept on re-runs (may be left empty)."},"evidenceProvided":{"$ref":"#/$defs/evidenceProvided"},"reviewerStatus":{"$ref":"#/$defs/reviewerStatus"},"reviewerNote":{"type":["string","null"],"description":"Catatan pemeriksa; dipertahankan saat generator dijalankan ulang. (EN) The reviewer's note; kept on re-runs."}}},"operating":{"type":"object","additionalProperties":false,"required":["reason","asOf","asOfSource"],"description":"Ada bila MPP sudah beroperasi: butir sebelum peluncuran menjadi konfirmasi, butir berkala mendapat tenggat berikutnya. (EN) Present when the MPP is operating: pre-launch items become confirmations, recurring items get their next due dates.","properties":{"reason":{"enum":["status","launch-date-passed"],"description":"Status peresmian, atau tanggal peresmian sudah lewat. (EN) The launch status, or a launch date already passed."},"asOf":{"type":"string","format":"date","description":"Tanggal acuan tenggat berikutnya. (EN) Reference date of the next due dates."},"asOfSource":{"enum":["answers","kit-data"],"description":"mpp.asOf dari jawaban, atau tanggal data kit. (EN) mpp.asOf from the answers, or the kit's data date."}}},"recurrence":{"type":"object","additionalProperties":false,"required":["everyMonths"],"properties":{"everyMonths":{"type":"integer","minimum":1,"maximum":60}}},"reviewerStatus":{"enum":["sesuai","perlu-perbaikan","tidak-sesuai"],"description":"Penilaian pemeriksa: sesuai, perlu perbaikan, tidak sesuai. Butir terverifikasi hanya bila ada bukti dan pemeriksa menyatakan sesuai. (EN) The reviewer's verdict: accepted, needs work, rejected. An item is verified only with evidence and the reviewer's `sesuai`."},"evidenceProvided":{"type":"object","additionalProperties":false,"description":"Bukti dukung yang diberikan daerah: berkas di dalam folder deployment, tautan, catatan, tanggal. (EN) Evidence the region provides: files inside the deployment folder, links, a note, a date.","properties":{"files":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500,"pattern":"^(?![/\\\\])(?![A-Za-z]:)(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$))[^\\u0000-\\u001f]+$","description":"Jalur relatif di dalam folder deployment, misalnya bukti/perbup.pdf. (EN) Relative path inside the deployment folder, e.g. bukti/perbup.pdf."}},"urls":{"type":"array","items":{"type":"string","format":"uri","pattern":"^https?://"}},"note":{"type":["string","null"]},"date":{"type":"string","format":"date"}}},"estimate":{"type":"object","additionalProperties":false,"required":["figure","value","note"],"description":"Satu angka perkiraan atau bawaan yang perlu dipastikan: layanan (bila ada), angka, nilai yang dipakai dan asalnya. (EN) One estimated or default figure to confirm: the service (if any), the figure, the value used and where it came from.","properties":{"service":{"type":"string"},"serviceName":{"type":"string"},"figure":{"enum":["handlingMinutes","visitorsPerDay","plannedCounters","kind"]},"value":{"type":["number","string"]},"note":{"$ref":"#/$defs/localized"}}}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["reason","asOf","asOfSource"],"description":"Ada bila MPP sudah beroperasi: butir sebelum peluncuran menjadi konfirmasi, butir berkala mendapat tenggat berikutnya. (EN) Present when the MPP is operating: pre-launch items become confirmations, recurring items get their next due dates.","properties":{"reason":{"enum":["status","launch-date-passed"],"description":"Status peresmian, atau tanggal peresmian sudah lewat. (EN) The launch status, or a launch date already passed."},"asOf":{"type":"string","format":"date","description":"Tanggal acuan tenggat berikutnya. (EN) Reference date of the next due dates."},"asOfSource":{"enum":["answers","kit-data"],"description":"mpp.asOf dari jawaban, atau tanggal data kit. (EN) mpp.asOf from the answers, or the kit's data date."}}};
const pattern4 = new RegExp("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "u");
const formats0 = require("ajv-formats/dist/formats.js").fullFormats.date;
const schema33 = {"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"$ref":"#/$defs/phaseId"},"title":{"$ref":"#/$defs/localized"}}};
const schema34 = {"enum":["kelembagaan-regulasi","kerja-sama-instansi","infrastruktur-interior","sumber-daya-manusia","sistem-informasi","standar-pelayanan","peluncuran","evaluasi-pengawasan"]};
const schema35 = {"type":"object","additionalProperties":false,"required":["id","en"],"description":"Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.","properties":{"id":{"type":"string"},"en":{"type":"string"}}};

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
for(const key0 in data){
if(!((key0 === "id") || (key0 === "title"))){
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
let data0 = data.id;
if(!((((((((data0 === "kelembagaan-regulasi") || (data0 === "kerja-sama-instansi")) || (data0 === "infrastruktur-interior")) || (data0 === "sumber-daya-manusia")) || (data0 === "sistem-informasi")) || (data0 === "standar-pelayanan")) || (data0 === "peluncuran")) || (data0 === "evaluasi-pengawasan"))){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/phaseId/enum",keyword:"enum",params:{allowedValues: schema34.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.en === undefined){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "id") || (key1 === "en"))){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.id !== undefined){
if(typeof data1.id !== "string"){
const err7 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.en !== undefined){
if(typeof data1.en !== "string"){
const err8 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","additionalProperties":false,"required":["id","phase","title","explanation","legalBasis","ownerRole","evidence","blocksLaunch","dueWeeksBefore","applies","status"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$","description":"Pengenal butir; `katalog/instansi` untuk butir per instansi. (EN) Item id; `catalogue/agency` for per-agency items."},"phase":{"$ref":"#/$defs/phaseId"},"title":{"$ref":"#/$defs/localized"},"explanation":{"$ref":"#/$defs/localized"},"subject":{"$ref":"#/$defs/subject"},"gaps":{"type":"array","items":{"$ref":"#/$defs/gap"}},"estimates":{"type":"array","items":{"$ref":"#/$defs/estimate"},"description":"Angka perkiraan yang butir ini minta dipastikan. (EN) The estimated figures this item asks to confirm."},"legalBasis":{"type":"array","items":{"$ref":"#/$defs/citation"}},"examples":{"type":"array","items":{"$ref":"#/$defs/citation"}},"ownerRole":{"$ref":"#/$defs/localized"},"evidence":{"$ref":"#/$defs/localized"},"blocksLaunch":{"type":"boolean"},"dueWeeksBefore":{"type":"integer"},"recurs":{"$ref":"#/$defs/recurrence"},"dueDate":{"type":"string","format":"date","description":"Tenggat; untuk butir berkala MPP yang beroperasi: tenggat berikutnya. (EN) Due date; for a recurring item of an operating MPP: the next due date."},"confirmMet":{"type":"boolean","description":"MPP sudah beroperasi: konfirmasi bahwa butir ini sudah terpenuhi (tanpa tenggat). (EN) The MPP operates: confirm this item is already met (no due date)."},"applies":{"type":"boolean","description":"Butir masih berlaku bagi jawaban daerah saat ini (ditulis generator). (EN) The item still applies to the current answers (written by the generator)."},"status":{"$ref":"#/$defs/status"},"statusBeforeRetired":{"$ref":"#/$defs/status"},"notes":{"type":["string","null"],"description":"Catatan daerah; dipertahankan saat generator dijalankan ulang (kosong boleh). (EN) The region's notes; kept on re-runs (may be left empty)."},"evidenceProvided":{"$ref":"#/$defs/evidenceProvided"},"reviewerStatus":{"$ref":"#/$defs/reviewerStatus"},"reviewerNote":{"type":["string","null"],"description":"Catatan pemeriksa; dipertahankan saat generator dijalankan ulang. (EN) The reviewer's note; kept on re-runs."}}};
const schema40 = {"type":"object","additionalProperties":false,"required":["kind","id","name"],"properties":{"kind":{"enum":["agency"]},"id":{"type":"string"},"name":{"type":"string"}}};
const schema49 = {"type":"object","additionalProperties":false,"required":["everyMonths"],"properties":{"everyMonths":{"type":"integer","minimum":1,"maximum":60}}};
const schema50 = {"enum":["belum","proses","selesai","tidak-berlaku"],"description":"Status butir: belum, proses, selesai, tidak-berlaku. (EN) Item status: not started, in progress, done, not applicable."};
const schema52 = {"type":"object","additionalProperties":false,"description":"Bukti dukung yang diberikan daerah: berkas di dalam folder deployment, tautan, catatan, tanggal. (EN) Evidence the region provides: files inside the deployment folder, links, a note, a date.","properties":{"files":{"type":"array","items":{"type":"string","minLength":1,"maxLength":500,"pattern":"^(?![/\\\\])(?![A-Za-z]:)(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$))[^\\u0000-\\u001f]+$","description":"Jalur relatif di dalam folder deployment, misalnya bukti/perbup.pdf. (EN) Relative path inside the deployment folder, e.g. bukti/perbup.pdf."}},"urls":{"type":"array","items":{"type":"string","format":"uri","pattern":"^https?://"}},"note":{"type":["string","null"]},"date":{"type":"string","format":"date"}}};
const schema53 = {"enum":["sesuai","perlu-perbaikan","tidak-sesuai"],"description":"Penilaian pemeriksa: sesuai, perlu perbaikan, tidak sesuai. Butir terverifikasi hanya bila ada bukti dan pemeriksa menyatakan sesuai. (EN) The reviewer's verdict: accepted, needs work, rejected. An item is verified only with evidence and the reviewer's `sesuai`."};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length.js").default;
const pattern5 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$", "u");
const pattern6 = new RegExp("^(?![/\\\\])(?![A-Za-z]:)(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$))[^\\u0000-\\u001f]+$", "u");
const pattern7 = new RegExp("^https?://", "u");
const schema41 = {"type":"object","additionalProperties":false,"required":["service","serviceName","missing"],"properties":{"service":{"type":"string"},"serviceName":{"type":"string"},"missing":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/componentKey"}}}};
const schema42 = {"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"],"description":"Kunci komponen Standar Pelayanan. (EN) Service Standard component key."};

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
if(data.service === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "service"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.serviceName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceName"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.missing === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "missing"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "service") || (key0 === "serviceName")) || (key0 === "missing"))){
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
if(data.service !== undefined){
if(typeof data.service !== "string"){
const err4 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.serviceName !== undefined){
if(typeof data.serviceName !== "string"){
const err5 = {instancePath:instancePath+"/serviceName",schemaPath:"#/properties/serviceName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.missing !== undefined){
let data2 = data.missing;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!((((((((((((((data3 === "requirements") || (data3 === "procedure")) || (data3 === "completionTime")) || (data3 === "fee")) || (data3 === "product")) || (data3 === "complaints")) || (data3 === "legalBasis")) || (data3 === "facilities")) || (data3 === "staffCompetence")) || (data3 === "internalSupervision")) || (data3 === "staffCount")) || (data3 === "serviceGuarantee")) || (data3 === "securityGuarantee")) || (data3 === "performanceEvaluation"))){
const err7 = {instancePath:instancePath+"/missing/" + i0,schemaPath:"#/$defs/componentKey/enum",keyword:"enum",params:{allowedValues: schema42.enum}};
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
const err8 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "array"}};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","additionalProperties":false,"required":["figure","value","note"],"description":"Satu angka perkiraan atau bawaan yang perlu dipastikan: layanan (bila ada), angka, nilai yang dipakai dan asalnya. (EN) One estimated or default figure to confirm: the service (if any), the figure, the value used and where it came from.","properties":{"service":{"type":"string"},"serviceName":{"type":"string"},"figure":{"enum":["handlingMinutes","visitorsPerDay","plannedCounters","kind"]},"value":{"type":["number","string"]},"note":{"$ref":"#/$defs/localized"}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.figure === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "figure"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.note === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "service") || (key0 === "serviceName")) || (key0 === "figure")) || (key0 === "value")) || (key0 === "note"))){
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
if(data.service !== undefined){
if(typeof data.service !== "string"){
const err4 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.serviceName !== undefined){
if(typeof data.serviceName !== "string"){
const err5 = {instancePath:instancePath+"/serviceName",schemaPath:"#/properties/serviceName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.figure !== undefined){
let data2 = data.figure;
if(!((((data2 === "handlingMinutes") || (data2 === "visitorsPerDay")) || (data2 === "plannedCounters")) || (data2 === "kind"))){
const err6 = {instancePath:instancePath+"/figure",schemaPath:"#/properties/figure/enum",keyword:"enum",params:{allowedValues: schema43.properties.figure.enum}};
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
let data3 = data.value;
if((!((typeof data3 == "number") && (isFinite(data3)))) && (typeof data3 !== "string")){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema43.properties.value.type}};
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
let data4 = data.note;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err8 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.en === undefined){
const err9 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "id") || (key1 === "en"))){
const err10 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.id !== undefined){
if(typeof data4.id !== "string"){
const err11 = {instancePath:instancePath+"/note/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.en !== undefined){
if(typeof data4.en !== "string"){
const err12 = {instancePath:instancePath+"/note/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"type":"object","additionalProperties":false,"required":["rule","citation","title","status"],"properties":{"rule":{"type":"string"},"citation":{"type":"string","description":"Jenis, nomor dan tahun, misalnya PermenPANRB 92/2021. (EN) Type, number and year."},"title":{"type":"string"},"status":{"enum":["in-force","to-confirm"],"description":"Peraturan yang sudah diganti tidak pernah dikutip. (EN) A replaced rule is never cited."},"caveat":{"$ref":"#/$defs/localized"}}};

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
if(data.rule === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.citation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "citation"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
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
for(const key0 in data){
if(!(((((key0 === "rule") || (key0 === "citation")) || (key0 === "title")) || (key0 === "status")) || (key0 === "caveat"))){
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
if(data.rule !== undefined){
if(typeof data.rule !== "string"){
const err5 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.citation !== undefined){
if(typeof data.citation !== "string"){
const err6 = {instancePath:instancePath+"/citation",schemaPath:"#/properties/citation/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(!((data3 === "in-force") || (data3 === "to-confirm"))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema45.properties.status.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.caveat !== undefined){
let data4 = data.caveat;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err9 = {instancePath:instancePath+"/caveat",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.en === undefined){
const err10 = {instancePath:instancePath+"/caveat",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "id") || (key1 === "en"))){
const err11 = {instancePath:instancePath+"/caveat",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.id !== undefined){
if(typeof data4.id !== "string"){
const err12 = {instancePath:instancePath+"/caveat/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.en !== undefined){
if(typeof data4.en !== "string"){
const err13 = {instancePath:instancePath+"/caveat/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/caveat",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats4 = require("ajv-formats/dist/formats.js").fullFormats.uri;

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
if(data.phase === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phase"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.explanation === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "explanation"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.legalBasis === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legalBasis"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.ownerRole === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ownerRole"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.evidence === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.blocksLaunch === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blocksLaunch"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.dueWeeksBefore === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dueWeeksBefore"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.applies === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "applies"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.status === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema36.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$"}};
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
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.phase !== undefined){
let data1 = data.phase;
if(!((((((((data1 === "kelembagaan-regulasi") || (data1 === "kerja-sama-instansi")) || (data1 === "infrastruktur-interior")) || (data1 === "sumber-daya-manusia")) || (data1 === "sistem-informasi")) || (data1 === "standar-pelayanan")) || (data1 === "peluncuran")) || (data1 === "evaluasi-pengawasan"))){
const err14 = {instancePath:instancePath+"/phase",schemaPath:"#/$defs/phaseId/enum",keyword:"enum",params:{allowedValues: schema34.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.en === undefined){
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "en"))){
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.id !== undefined){
if(typeof data2.id !== "string"){
const err18 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.en !== undefined){
if(typeof data2.en !== "string"){
const err19 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.explanation !== undefined){
let data5 = data.explanation;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err21 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.en === undefined){
const err22 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "id") || (key2 === "en"))){
const err23 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.id !== undefined){
if(typeof data5.id !== "string"){
const err24 = {instancePath:instancePath+"/explanation/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.en !== undefined){
if(typeof data5.en !== "string"){
const err25 = {instancePath:instancePath+"/explanation/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.subject !== undefined){
let data8 = data.subject;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.kind === undefined){
const err27 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/subject/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.id === undefined){
const err28 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/subject/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8.name === undefined){
const err29 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/subject/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data8){
if(!(((key3 === "kind") || (key3 === "id")) || (key3 === "name"))){
const err30 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8.kind !== undefined){
if(!(data8.kind === "agency")){
const err31 = {instancePath:instancePath+"/subject/kind",schemaPath:"#/$defs/subject/properties/kind/enum",keyword:"enum",params:{allowedValues: schema40.properties.kind.enum}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.id !== undefined){
if(typeof data8.id !== "string"){
const err32 = {instancePath:instancePath+"/subject/id",schemaPath:"#/$defs/subject/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err33 = {instancePath:instancePath+"/subject/name",schemaPath:"#/$defs/subject/properties/name/type",keyword:"type",params:{type: "string"}};
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
const err34 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/subject/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.gaps !== undefined){
let data12 = data.gaps;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data12[i0], {instancePath:instancePath+"/gaps/" + i0,parentData:data12,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/gaps",schemaPath:"#/properties/gaps/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.estimates !== undefined){
let data14 = data.estimates;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data14[i1], {instancePath:instancePath+"/estimates/" + i1,parentData:data14,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/estimates",schemaPath:"#/properties/estimates/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.legalBasis !== undefined){
let data16 = data.legalBasis;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
if(!(validate28(data16[i2], {instancePath:instancePath+"/legalBasis/" + i2,parentData:data16,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.examples !== undefined){
let data18 = data.examples;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(!(validate28(data18[i3], {instancePath:instancePath+"/examples/" + i3,parentData:data18,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.ownerRole !== undefined){
let data20 = data.ownerRole;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id === undefined){
const err39 = {instancePath:instancePath+"/ownerRole",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data20.en === undefined){
const err40 = {instancePath:instancePath+"/ownerRole",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data20){
if(!((key4 === "id") || (key4 === "en"))){
const err41 = {instancePath:instancePath+"/ownerRole",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data20.id !== undefined){
if(typeof data20.id !== "string"){
const err42 = {instancePath:instancePath+"/ownerRole/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data20.en !== undefined){
if(typeof data20.en !== "string"){
const err43 = {instancePath:instancePath+"/ownerRole/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/ownerRole",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.evidence !== undefined){
let data23 = data.evidence;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.id === undefined){
const err45 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data23.en === undefined){
const err46 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key5 in data23){
if(!((key5 === "id") || (key5 === "en"))){
const err47 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data23.id !== undefined){
if(typeof data23.id !== "string"){
const err48 = {instancePath:instancePath+"/evidence/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data23.en !== undefined){
if(typeof data23.en !== "string"){
const err49 = {instancePath:instancePath+"/evidence/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err50 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.blocksLaunch !== undefined){
if(typeof data.blocksLaunch !== "boolean"){
const err51 = {instancePath:instancePath+"/blocksLaunch",schemaPath:"#/properties/blocksLaunch/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.dueWeeksBefore !== undefined){
let data27 = data.dueWeeksBefore;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err52 = {instancePath:instancePath+"/dueWeeksBefore",schemaPath:"#/properties/dueWeeksBefore/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.recurs !== undefined){
let data28 = data.recurs;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.everyMonths === undefined){
const err53 = {instancePath:instancePath+"/recurs",schemaPath:"#/$defs/recurrence/required",keyword:"required",params:{missingProperty: "everyMonths"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key6 in data28){
if(!(key6 === "everyMonths")){
const err54 = {instancePath:instancePath+"/recurs",schemaPath:"#/$defs/recurrence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data28.everyMonths !== undefined){
let data29 = data28.everyMonths;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err55 = {instancePath:instancePath+"/recurs/everyMonths",schemaPath:"#/$defs/recurrence/properties/everyMonths/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 60 || isNaN(data29)){
const err56 = {instancePath:instancePath+"/recurs/everyMonths",schemaPath:"#/$defs/recurrence/properties/everyMonths/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data29 < 1 || isNaN(data29)){
const err57 = {instancePath:instancePath+"/recurs/everyMonths",schemaPath:"#/$defs/recurrence/properties/everyMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
}
else {
const err58 = {instancePath:instancePath+"/recurs",schemaPath:"#/$defs/recurrence/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.dueDate !== undefined){
let data30 = data.dueDate;
if(typeof data30 === "string"){
if(!(formats0.validate(data30))){
const err59 = {instancePath:instancePath+"/dueDate",schemaPath:"#/properties/dueDate/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/dueDate",schemaPath:"#/properties/dueDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.confirmMet !== undefined){
if(typeof data.confirmMet !== "boolean"){
const err61 = {instancePath:instancePath+"/confirmMet",schemaPath:"#/properties/confirmMet/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.applies !== undefined){
if(typeof data.applies !== "boolean"){
const err62 = {instancePath:instancePath+"/applies",schemaPath:"#/properties/applies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.status !== undefined){
let data33 = data.status;
if(!((((data33 === "belum") || (data33 === "proses")) || (data33 === "selesai")) || (data33 === "tidak-berlaku"))){
const err63 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema50.enum}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.statusBeforeRetired !== undefined){
let data34 = data.statusBeforeRetired;
if(!((((data34 === "belum") || (data34 === "proses")) || (data34 === "selesai")) || (data34 === "tidak-berlaku"))){
const err64 = {instancePath:instancePath+"/statusBeforeRetired",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema50.enum}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.notes !== undefined){
let data35 = data.notes;
if((typeof data35 !== "string") && (data35 !== null)){
const err65 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: schema36.properties.notes.type}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.evidenceProvided !== undefined){
let data36 = data.evidenceProvided;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key7 in data36){
if(!((((key7 === "files") || (key7 === "urls")) || (key7 === "note")) || (key7 === "date"))){
const err66 = {instancePath:instancePath+"/evidenceProvided",schemaPath:"#/$defs/evidenceProvided/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data36.files !== undefined){
let data37 = data36.files;
if(Array.isArray(data37)){
const len4 = data37.length;
for(let i4=0; i4<len4; i4++){
let data38 = data37[i4];
if(typeof data38 === "string"){
if(func2(data38) > 500){
const err67 = {instancePath:instancePath+"/evidenceProvided/files/" + i4,schemaPath:"#/$defs/evidenceProvided/properties/files/items/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(func2(data38) < 1){
const err68 = {instancePath:instancePath+"/evidenceProvided/files/" + i4,schemaPath:"#/$defs/evidenceProvided/properties/files/items/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!pattern6.test(data38)){
const err69 = {instancePath:instancePath+"/evidenceProvided/files/" + i4,schemaPath:"#/$defs/evidenceProvided/properties/files/items/pattern",keyword:"pattern",params:{pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$))[^\\u0000-\\u001f]+$"}};
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
const err70 = {instancePath:instancePath+"/evidenceProvided/files/" + i4,schemaPath:"#/$defs/evidenceProvided/properties/files/items/type",keyword:"type",params:{type: "string"}};
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
const err71 = {instancePath:instancePath+"/evidenceProvided/files",schemaPath:"#/$defs/evidenceProvided/properties/files/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data36.urls !== undefined){
let data39 = data36.urls;
if(Array.isArray(data39)){
const len5 = data39.length;
for(let i5=0; i5<len5; i5++){
let data40 = data39[i5];
if(typeof data40 === "string"){
if(!pattern7.test(data40)){
const err72 = {instancePath:instancePath+"/evidenceProvided/urls/" + i5,schemaPath:"#/$defs/evidenceProvided/properties/urls/items/pattern",keyword:"pattern",params:{pattern: "^https?://"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!(formats4(data40))){
const err73 = {instancePath:instancePath+"/evidenceProvided/urls/" + i5,schemaPath:"#/$defs/evidenceProvided/properties/urls/items/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/evidenceProvided/urls/" + i5,schemaPath:"#/$defs/evidenceProvided/properties/urls/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/evidenceProvided/urls",schemaPath:"#/$defs/evidenceProvided/properties/urls/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data36.note !== undefined){
let data41 = data36.note;
if((typeof data41 !== "string") && (data41 !== null)){
const err76 = {instancePath:instancePath+"/evidenceProvided/note",schemaPath:"#/$defs/evidenceProvided/properties/note/type",keyword:"type",params:{type: schema52.properties.note.type}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data36.date !== undefined){
let data42 = data36.date;
if(typeof data42 === "string"){
if(!(formats0.validate(data42))){
const err77 = {instancePath:instancePath+"/evidenceProvided/date",schemaPath:"#/$defs/evidenceProvided/properties/date/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/evidenceProvided/date",schemaPath:"#/$defs/evidenceProvided/properties/date/type",keyword:"type",params:{type: "string"}};
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
const err79 = {instancePath:instancePath+"/evidenceProvided",schemaPath:"#/$defs/evidenceProvided/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.reviewerStatus !== undefined){
let data43 = data.reviewerStatus;
if(!(((data43 === "sesuai") || (data43 === "perlu-perbaikan")) || (data43 === "tidak-sesuai"))){
const err80 = {instancePath:instancePath+"/reviewerStatus",schemaPath:"#/$defs/reviewerStatus/enum",keyword:"enum",params:{allowedValues: schema53.enum}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.reviewerNote !== undefined){
let data44 = data.reviewerNote;
if((typeof data44 !== "string") && (data44 !== null)){
const err81 = {instancePath:instancePath+"/reviewerNote",schemaPath:"#/properties/reviewerNote/type",keyword:"type",params:{type: schema36.properties.reviewerNote.type}};
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
else {
const err82 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/checklist.schema.json" */;
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
if(data.region === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.phases === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phases"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.items === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "schemaVersion") || (key0 === "region")) || (key0 === "launchDate")) || (key0 === "operating")) || (key0 === "phases")) || (key0 === "items"))){
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
if(data.region !== undefined){
let data1 = data.region;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err6 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.kind === undefined){
const err7 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.slug === undefined){
const err8 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "slug"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.mpp === undefined){
const err9 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "mpp"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.organiser === undefined){
const err10 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "organiser"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "name") || (key1 === "kind")) || (key1 === "slug")) || (key1 === "mpp")) || (key1 === "organiser"))){
const err11 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err12 = {instancePath:instancePath+"/region/name",schemaPath:"#/properties/region/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.kind !== undefined){
let data3 = data1.kind;
if(!((data3 === "kabupaten") || (data3 === "kota"))){
const err13 = {instancePath:instancePath+"/region/kind",schemaPath:"#/properties/region/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.region.properties.kind.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.slug !== undefined){
if(typeof data1.slug !== "string"){
const err14 = {instancePath:instancePath+"/region/slug",schemaPath:"#/properties/region/properties/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.mpp !== undefined){
if(typeof data1.mpp !== "string"){
const err15 = {instancePath:instancePath+"/region/mpp",schemaPath:"#/properties/region/properties/mpp/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.organiser !== undefined){
if(typeof data1.organiser !== "string"){
const err16 = {instancePath:instancePath+"/region/organiser",schemaPath:"#/properties/region/properties/organiser/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.launchDate !== undefined){
let data7 = data.launchDate;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err18 = {instancePath:instancePath+"/launchDate",schemaPath:"#/properties/launchDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"}};
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
const err19 = {instancePath:instancePath+"/launchDate",schemaPath:"#/properties/launchDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.operating !== undefined){
let data8 = data.operating;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.reason === undefined){
const err20 = {instancePath:instancePath+"/operating",schemaPath:"#/$defs/operating/required",keyword:"required",params:{missingProperty: "reason"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data8.asOf === undefined){
const err21 = {instancePath:instancePath+"/operating",schemaPath:"#/$defs/operating/required",keyword:"required",params:{missingProperty: "asOf"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.asOfSource === undefined){
const err22 = {instancePath:instancePath+"/operating",schemaPath:"#/$defs/operating/required",keyword:"required",params:{missingProperty: "asOfSource"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "reason") || (key2 === "asOf")) || (key2 === "asOfSource"))){
const err23 = {instancePath:instancePath+"/operating",schemaPath:"#/$defs/operating/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.reason !== undefined){
let data9 = data8.reason;
if(!((data9 === "status") || (data9 === "launch-date-passed"))){
const err24 = {instancePath:instancePath+"/operating/reason",schemaPath:"#/$defs/operating/properties/reason/enum",keyword:"enum",params:{allowedValues: schema32.properties.reason.enum}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.asOf !== undefined){
let data10 = data8.asOf;
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err25 = {instancePath:instancePath+"/operating/asOf",schemaPath:"#/$defs/operating/properties/asOf/format",keyword:"format",params:{format: "date"}};
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
const err26 = {instancePath:instancePath+"/operating/asOf",schemaPath:"#/$defs/operating/properties/asOf/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.asOfSource !== undefined){
let data11 = data8.asOfSource;
if(!((data11 === "answers") || (data11 === "kit-data"))){
const err27 = {instancePath:instancePath+"/operating/asOfSource",schemaPath:"#/$defs/operating/properties/asOfSource/enum",keyword:"enum",params:{allowedValues: schema32.properties.asOfSource.enum}};
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
const err28 = {instancePath:instancePath+"/operating",schemaPath:"#/$defs/operating/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.phases !== undefined){
let data12 = data.phases;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data12[i0], {instancePath:instancePath+"/phases/" + i0,parentData:data12,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.items !== undefined){
let data14 = data.items;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data14[i1], {instancePath:instancePath+"/items/" + i1,parentData:data14,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

