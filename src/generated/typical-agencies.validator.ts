// Generated from schemas/typical-agencies.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/typical-agencies.schema.json","title":"TypicalAgencies","description":"Daftar siap pakai instansi yang lazim ada di MPP, untuk dipilih dalam wawancara. Angka-angkanya nilai awal umum, bukan data daerah mana pun. (EN) Ready list of agencies commonly found in an MPP, to pick from in the interview. Its figures are generic starting values, not any region's data.","type":"object","additionalProperties":false,"required":["schemaVersion","agencies"],"properties":{"$schema":{"type":"string","description":"Alamat skema untuk editor (opsional). (EN) Schema address for editors (optional)."},"schemaVersion":{"const":1,"description":"Versi format daftar ini; saat ini 1. (EN) Version of this list's format; currently 1."},"agencies":{"type":"array","minItems":1,"description":"Instansi yang lazim, dalam urutan tampil di wawancara. (EN) Typical agencies, in the order the interview shows them.","items":{"$ref":"#/$defs/agency"}}},"$defs":{"bilingual":{"type":"object","additionalProperties":false,"required":["id","en"],"description":"Teks dalam Bahasa Indonesia (`id`) dan Inggris (`en`). (EN) Text in Indonesian (`id`) and English (`en`).","properties":{"id":{"type":"string","minLength":1,"maxLength":500,"pattern":"\\S","description":"Bahasa Indonesia. (EN) Indonesian."},"en":{"type":"string","minLength":1,"maxLength":500,"pattern":"\\S","description":"Bahasa Inggris. (EN) English."}}},"agency":{"type":"object","additionalProperties":false,"required":["id","name","kind","defaultCounters","services"],"description":"Satu instansi yang lazim. (EN) One typical agency.","properties":{"id":{"$ref":"region.schema.json#/$defs/id","description":"Pengenal yang disarankan untuk instansi ini di berkas jawaban. (EN) Suggested identifier of this agency in the answers file."},"name":{"$ref":"#/$defs/bilingual","description":"Nama umum instansi; daerah menambahkan nama kabupaten/kota. (EN) Generic agency name; the region adds its own name."},"shortName":{"type":"string","minLength":1,"maxLength":40,"pattern":"\\S","description":"Nama singkat untuk papan loket. (EN) Short name for counter signs."},"kind":{"$ref":"region.schema.json#/$defs/agencyKind"},"defaultCounters":{"type":"integer","minimum":1,"maximum":50,"description":"Jumlah loket awal yang disarankan untuk kabupaten/kota menengah. (EN) Suggested starting number of counters for a mid-sized regency or city."},"note":{"$ref":"#/$defs/bilingual","description":"Catatan untuk pewawancara (misalnya status hukum atau penggabungan layanan). (EN) Note for the interviewer (e.g. legal status or combined services)."},"services":{"type":"array","minItems":1,"description":"Layanan yang lazim diberikan instansi ini di MPP. (EN) Services this agency typically offers in an MPP.","items":{"$ref":"#/$defs/service"}}}},"service":{"type":"object","additionalProperties":false,"required":["id","name","category","handlingMinutes","visitorsPerDay"],"description":"Satu layanan yang lazim, dengan angka awal umum. (EN) One typical service, with generic starting figures.","properties":{"id":{"$ref":"region.schema.json#/$defs/id","description":"Pengenal yang disarankan, unik di seluruh daftar. (EN) Suggested identifier, unique across the list."},"name":{"$ref":"#/$defs/bilingual","description":"Nama layanan. (EN) Service name."},"category":{"enum":["perizinan","non-perizinan"],"description":"Perizinan atau layanan lain. (EN) Licensing or another service."},"handlingMinutes":{"type":"number","exclusiveMinimum":0,"maximum":480,"description":"Rata-rata lama pelayanan di loket yang lazim, dalam menit. (EN) Typical mean handling time at the counter, in minutes."},"visitorsPerDay":{"type":"number","minimum":0,"maximum":100000,"description":"Nilai awal umum pengunjung per hari untuk kabupaten/kota menengah; ganti dengan data daerah. (EN) Generic starting value of visitors per day for a mid-sized regency or city; replace with the region's data."}}}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["id","name","kind","defaultCounters","services"],"description":"Satu instansi yang lazim. (EN) One typical agency.","properties":{"id":{"$ref":"region.schema.json#/$defs/id","description":"Pengenal yang disarankan untuk instansi ini di berkas jawaban. (EN) Suggested identifier of this agency in the answers file."},"name":{"$ref":"#/$defs/bilingual","description":"Nama umum instansi; daerah menambahkan nama kabupaten/kota. (EN) Generic agency name; the region adds its own name."},"shortName":{"type":"string","minLength":1,"maxLength":40,"pattern":"\\S","description":"Nama singkat untuk papan loket. (EN) Short name for counter signs."},"kind":{"$ref":"region.schema.json#/$defs/agencyKind"},"defaultCounters":{"type":"integer","minimum":1,"maximum":50,"description":"Jumlah loket awal yang disarankan untuk kabupaten/kota menengah. (EN) Suggested starting number of counters for a mid-sized regency or city."},"note":{"$ref":"#/$defs/bilingual","description":"Catatan untuk pewawancara (misalnya status hukum atau penggabungan layanan). (EN) Note for the interviewer (e.g. legal status or combined services)."},"services":{"type":"array","minItems":1,"description":"Layanan yang lazim diberikan instansi ini di MPP. (EN) Services this agency typically offers in an MPP.","items":{"$ref":"#/$defs/service"}}}};
const schema37 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Pengenal huruf kecil, angka dan tanda hubung, misalnya `dukcapil`. (EN) Lower-case identifier of letters, digits and hyphens, e.g. `dukcapil`."};
const schema95 = {"type":"object","additionalProperties":false,"required":["id","en"],"description":"Teks dalam Bahasa Indonesia (`id`) dan Inggris (`en`). (EN) Text in Indonesian (`id`) and English (`en`).","properties":{"id":{"type":"string","minLength":1,"maxLength":500,"pattern":"\\S","description":"Bahasa Indonesia. (EN) Indonesian."},"en":{"type":"string","minLength":1,"maxLength":500,"pattern":"\\S","description":"Bahasa Inggris. (EN) English."}}};
const schema60 = {"enum":["opd","instansi-vertikal","bumn","bumd","swasta","kantor-bersama","badan-hukum-publik","organisasi-profesi","lainnya"],"description":"Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other."};
const func2 = require("ajv/dist/runtime/ucs2length.js").default;
const pattern7 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern55 = new RegExp("\\S", "u");
const schema98 = {"type":"object","additionalProperties":false,"required":["id","name","category","handlingMinutes","visitorsPerDay"],"description":"Satu layanan yang lazim, dengan angka awal umum. (EN) One typical service, with generic starting figures.","properties":{"id":{"$ref":"region.schema.json#/$defs/id","description":"Pengenal yang disarankan, unik di seluruh daftar. (EN) Suggested identifier, unique across the list."},"name":{"$ref":"#/$defs/bilingual","description":"Nama layanan. (EN) Service name."},"category":{"enum":["perizinan","non-perizinan"],"description":"Perizinan atau layanan lain. (EN) Licensing or another service."},"handlingMinutes":{"type":"number","exclusiveMinimum":0,"maximum":480,"description":"Rata-rata lama pelayanan di loket yang lazim, dalam menit. (EN) Typical mean handling time at the counter, in minutes."},"visitorsPerDay":{"type":"number","minimum":0,"maximum":100000,"description":"Nilai awal umum pengunjung per hari untuk kabupaten/kota menengah; ganti dengan data daerah. (EN) Generic starting value of visitors per day for a mid-sized regency or city; replace with the region's data."}}};

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
if(data.handlingMinutes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handlingMinutes"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.visitorsPerDay === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "visitorsPerDay"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "name")) || (key0 === "category")) || (key0 === "handlingMinutes")) || (key0 === "visitorsPerDay"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err6 = {instancePath:instancePath+"/id",schemaPath:"region.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"region.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"region.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.en === undefined){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "id") || (key1 === "en"))){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/bilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err12 = {instancePath:instancePath+"/name/id",schemaPath:"#/$defs/bilingual/properties/id/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data2) < 1){
const err13 = {instancePath:instancePath+"/name/id",schemaPath:"#/$defs/bilingual/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern55.test(data2)){
const err14 = {instancePath:instancePath+"/name/id",schemaPath:"#/$defs/bilingual/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err15 = {instancePath:instancePath+"/name/id",schemaPath:"#/$defs/bilingual/properties/id/type",keyword:"type",params:{type: "string"}};
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
let data3 = data1.en;
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err16 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/bilingual/properties/en/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data3) < 1){
const err17 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/bilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern55.test(data3)){
const err18 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/bilingual/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err19 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/bilingual/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/bilingual/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.category !== undefined){
let data4 = data.category;
if(!((data4 === "perizinan") || (data4 === "non-perizinan"))){
const err21 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema98.properties.category.enum}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.handlingMinutes !== undefined){
let data5 = data.handlingMinutes;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 480 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/handlingMinutes",schemaPath:"#/properties/handlingMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 480}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/handlingMinutes",schemaPath:"#/properties/handlingMinutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err24 = {instancePath:instancePath+"/handlingMinutes",schemaPath:"#/properties/handlingMinutes/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.visitorsPerDay !== undefined){
let data6 = data.visitorsPerDay;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100000 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/visitorsPerDay",schemaPath:"#/properties/visitorsPerDay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/visitorsPerDay",schemaPath:"#/properties/visitorsPerDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err27 = {instancePath:instancePath+"/visitorsPerDay",schemaPath:"#/properties/visitorsPerDay/type",keyword:"type",params:{type: "number"}};
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
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.defaultCounters === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultCounters"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.services === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "shortName")) || (key0 === "kind")) || (key0 === "defaultCounters")) || (key0 === "note")) || (key0 === "services"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err6 = {instancePath:instancePath+"/id",schemaPath:"region.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"region.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"region.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.en === undefined){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "id") || (key1 === "en"))){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/bilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err12 = {instancePath:instancePath+"/name/id",schemaPath:"#/$defs/bilingual/properties/id/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data2) < 1){
const err13 = {instancePath:instancePath+"/name/id",schemaPath:"#/$defs/bilingual/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern55.test(data2)){
const err14 = {instancePath:instancePath+"/name/id",schemaPath:"#/$defs/bilingual/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err15 = {instancePath:instancePath+"/name/id",schemaPath:"#/$defs/bilingual/properties/id/type",keyword:"type",params:{type: "string"}};
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
let data3 = data1.en;
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err16 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/bilingual/properties/en/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data3) < 1){
const err17 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/bilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern55.test(data3)){
const err18 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/bilingual/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err19 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/bilingual/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/bilingual/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.shortName !== undefined){
let data4 = data.shortName;
if(typeof data4 === "string"){
if(func2(data4) > 40){
const err21 = {instancePath:instancePath+"/shortName",schemaPath:"#/properties/shortName/maxLength",keyword:"maxLength",params:{limit: 40}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data4) < 1){
const err22 = {instancePath:instancePath+"/shortName",schemaPath:"#/properties/shortName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern55.test(data4)){
const err23 = {instancePath:instancePath+"/shortName",schemaPath:"#/properties/shortName/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err24 = {instancePath:instancePath+"/shortName",schemaPath:"#/properties/shortName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.kind !== undefined){
let data5 = data.kind;
if(!(((((((((data5 === "opd") || (data5 === "instansi-vertikal")) || (data5 === "bumn")) || (data5 === "bumd")) || (data5 === "swasta")) || (data5 === "kantor-bersama")) || (data5 === "badan-hukum-publik")) || (data5 === "organisasi-profesi")) || (data5 === "lainnya"))){
const err25 = {instancePath:instancePath+"/kind",schemaPath:"region.schema.json#/$defs/agencyKind/enum",keyword:"enum",params:{allowedValues: schema60.enum}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.defaultCounters !== undefined){
let data6 = data.defaultCounters;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err26 = {instancePath:instancePath+"/defaultCounters",schemaPath:"#/properties/defaultCounters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 50 || isNaN(data6)){
const err27 = {instancePath:instancePath+"/defaultCounters",schemaPath:"#/properties/defaultCounters/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err28 = {instancePath:instancePath+"/defaultCounters",schemaPath:"#/properties/defaultCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data.note !== undefined){
let data7 = data.note;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err29 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data7.en === undefined){
const err30 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "id") || (key2 === "en"))){
const err31 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/bilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func2(data8) > 500){
const err32 = {instancePath:instancePath+"/note/id",schemaPath:"#/$defs/bilingual/properties/id/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func2(data8) < 1){
const err33 = {instancePath:instancePath+"/note/id",schemaPath:"#/$defs/bilingual/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern55.test(data8)){
const err34 = {instancePath:instancePath+"/note/id",schemaPath:"#/$defs/bilingual/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err35 = {instancePath:instancePath+"/note/id",schemaPath:"#/$defs/bilingual/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.en !== undefined){
let data9 = data7.en;
if(typeof data9 === "string"){
if(func2(data9) > 500){
const err36 = {instancePath:instancePath+"/note/en",schemaPath:"#/$defs/bilingual/properties/en/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func2(data9) < 1){
const err37 = {instancePath:instancePath+"/note/en",schemaPath:"#/$defs/bilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern55.test(data9)){
const err38 = {instancePath:instancePath+"/note/en",schemaPath:"#/$defs/bilingual/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err39 = {instancePath:instancePath+"/note/en",schemaPath:"#/$defs/bilingual/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err40 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/bilingual/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.services !== undefined){
let data10 = data.services;
if(Array.isArray(data10)){
if(data10.length < 1){
const err41 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate53(data10[i0], {instancePath:instancePath+"/services/" + i0,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"}};
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
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/typical-agencies.schema.json" */;
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
if(data.agencies === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agencies"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "$schema") || (key0 === "schemaVersion")) || (key0 === "agencies"))){
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
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err4 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.agencies !== undefined){
let data2 = data.agencies;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/minItems",keyword:"minItems",params:{limit: 1}};
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
if(!(validate21(data2[i0], {instancePath:instancePath+"/agencies/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/type",keyword:"type",params:{type: "array"}};
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
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

