// Generated from schemas/checklist-catalogue.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/checklist-catalogue.schema.json","title":"ChecklistCatalogue","description":"Katalog butir daftar periksa kesiapan MPP, sebelum disesuaikan dengan daerah. (EN) Catalogue of MPP readiness checklist items, before tailoring to a region.","type":"object","additionalProperties":false,"required":["schemaVersion","dataAsOf","phases","items"],"properties":{"schemaVersion":{"const":1},"dataAsOf":{"type":"string","format":"date","description":"Tanggal data kit (peraturan dan instrumen) terakhir diperiksa: acuan bila jawaban tidak memberi mpp.asOf. (EN) The date the kit's data (rules and instruments) were last checked: the reference date when the answers give no mpp.asOf."},"phases":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/phase"}},"items":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/catalogueItem"}}},"$defs":{"localized":{"type":"object","additionalProperties":false,"required":["id","en"],"description":"Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.","properties":{"id":{"type":"string","minLength":1,"pattern":"\\S"},"en":{"type":"string","minLength":1,"pattern":"\\S"}}},"slug":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"phaseId":{"enum":["kelembagaan-regulasi","kerja-sama-instansi","infrastruktur-interior","sumber-daya-manusia","sistem-informasi","standar-pelayanan","peluncuran","evaluasi-pengawasan"],"description":"Tahap persiapan. (EN) Preparation phase."},"phase":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"$ref":"#/$defs/phaseId"},"title":{"$ref":"#/$defs/localized"}}},"condition":{"description":"Kapan butir berlaku bagi daerah; lihat src/checklist/conditions.ts. (EN) When the item applies to a region; see src/checklist/conditions.ts.","oneOf":[{"enum":["always","hasLicensingServices","hasOnlineServices","multipleFloors","perAgency","perAgencyWithMissingComponents","perAgencyWithEstimatedHandling","perAgencyWithEstimatedVisitors","perAgencyWithEstimatedCounters","perAgencyWithEstimatedKind","perAgencyWithoutServices","estimatedFloors","estimatedOpeningHours"]},{"type":"object","additionalProperties":false,"required":["missingFacility"],"properties":{"missingFacility":{"$ref":"region.schema.json#/$defs/facility"}}},{"type":"object","additionalProperties":false,"required":["missingComplaintChannel"],"properties":{"missingComplaintChannel":{"$ref":"region.schema.json#/$defs/complaintChannel/properties/kind"}}},{"type":"object","additionalProperties":false,"required":["hasAgencyKind"],"properties":{"hasAgencyKind":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"region.schema.json#/$defs/agencyKind"}}}},{"type":"object","additionalProperties":false,"required":["perAgencyOfKind"],"description":"Satu butir per instansi dengan jenis ini, kecuali penyelenggara sendiri. (EN) One item per agency of these kinds, never the organiser itself.","properties":{"perAgencyOfKind":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"region.schema.json#/$defs/agencyKind"}}}},{"type":"object","additionalProperties":false,"required":["allOf"],"properties":{"allOf":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/condition"}}}}]},"catalogueItem":{"type":"object","additionalProperties":false,"required":["id","phase","title","explanation","legalBasis","ownerRole","evidence","blocksLaunch","dueWeeksBefore","appliesWhen"],"properties":{"id":{"$ref":"#/$defs/slug","description":"Pengenal butir katalog. (EN) Catalogue item identifier."},"phase":{"$ref":"#/$defs/phaseId"},"title":{"$ref":"#/$defs/localized"},"explanation":{"$ref":"#/$defs/localized"},"legalBasis":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/slug"},"description":"Pengenal peraturan dari data/rules.yaml. (EN) Rule ids from data/rules.yaml."},"examples":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/slug"},"description":"Contoh dari model Badung atau dari sejarah MPP (pengenal peraturan), bukan dasar hukum. (EN) Examples from the Badung model or from MPP history (rule ids), not a legal basis."},"ownerRole":{"$ref":"#/$defs/localized"},"evidence":{"$ref":"#/$defs/localized"},"blocksLaunch":{"type":"boolean","description":"Wajib selesai sebelum peluncuran. (EN) Must be done before launch."},"dueWeeksBefore":{"type":"integer","minimum":-104,"maximum":104,"description":"Tenggat dalam minggu sebelum peluncuran; negatif berarti sesudah. (EN) Due weeks before launch; negative means after."},"recurs":{"$ref":"#/$defs/recurrence"},"appliesWhen":{"$ref":"#/$defs/condition"}}},"recurrence":{"type":"object","additionalProperties":false,"required":["everyMonths"],"description":"Butir berulang: setiap berapa bulan sejak peresmian. (EN) A recurring item: every how many months from the launch.","properties":{"everyMonths":{"type":"integer","minimum":1,"maximum":60,"description":"Panjang siklus dalam bulan. (EN) Cycle length in months."}}}}};
const formats0 = require("ajv-formats/dist/formats.js").fullFormats.date;
const schema32 = {"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"$ref":"#/$defs/phaseId"},"title":{"$ref":"#/$defs/localized"}}};
const schema33 = {"enum":["kelembagaan-regulasi","kerja-sama-instansi","infrastruktur-interior","sumber-daya-manusia","sistem-informasi","standar-pelayanan","peluncuran","evaluasi-pengawasan"],"description":"Tahap persiapan. (EN) Preparation phase."};
const schema34 = {"type":"object","additionalProperties":false,"required":["id","en"],"description":"Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.","properties":{"id":{"type":"string","minLength":1,"pattern":"\\S"},"en":{"type":"string","minLength":1,"pattern":"\\S"}}};
const func1 = require("ajv/dist/runtime/ucs2length.js").default;
const pattern4 = new RegExp("\\S", "u");

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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/phaseId/enum",keyword:"enum",params:{allowedValues: schema33.enum}};
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
let data2 = data1.id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern4.test(data2)){
const err8 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err9 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.en !== undefined){
let data3 = data1.en;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err10 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data3)){
const err11 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err12 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","additionalProperties":false,"required":["id","phase","title","explanation","legalBasis","ownerRole","evidence","blocksLaunch","dueWeeksBefore","appliesWhen"],"properties":{"id":{"$ref":"#/$defs/slug","description":"Pengenal butir katalog. (EN) Catalogue item identifier."},"phase":{"$ref":"#/$defs/phaseId"},"title":{"$ref":"#/$defs/localized"},"explanation":{"$ref":"#/$defs/localized"},"legalBasis":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/slug"},"description":"Pengenal peraturan dari data/rules.yaml. (EN) Rule ids from data/rules.yaml."},"examples":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/slug"},"description":"Contoh dari model Badung atau dari sejarah MPP (pengenal peraturan), bukan dasar hukum. (EN) Examples from the Badung model or from MPP history (rule ids), not a legal basis."},"ownerRole":{"$ref":"#/$defs/localized"},"evidence":{"$ref":"#/$defs/localized"},"blocksLaunch":{"type":"boolean","description":"Wajib selesai sebelum peluncuran. (EN) Must be done before launch."},"dueWeeksBefore":{"type":"integer","minimum":-104,"maximum":104,"description":"Tenggat dalam minggu sebelum peluncuran; negatif berarti sesudah. (EN) Due weeks before launch; negative means after."},"recurs":{"$ref":"#/$defs/recurrence"},"appliesWhen":{"$ref":"#/$defs/condition"}}};
const schema36 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64};
const schema44 = {"type":"object","additionalProperties":false,"required":["everyMonths"],"description":"Butir berulang: setiap berapa bulan sejak peresmian. (EN) A recurring item: every how many months from the launch.","properties":{"everyMonths":{"type":"integer","minimum":1,"maximum":60,"description":"Panjang siklus dalam bulan. (EN) Cycle length in months."}}};
const func3 = Object.prototype.hasOwnProperty;
const func0 = require("ajv/dist/runtime/equal.js").default;
const pattern6 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema45 = {"description":"Kapan butir berlaku bagi daerah; lihat src/checklist/conditions.ts. (EN) When the item applies to a region; see src/checklist/conditions.ts.","oneOf":[{"enum":["always","hasLicensingServices","hasOnlineServices","multipleFloors","perAgency","perAgencyWithMissingComponents","perAgencyWithEstimatedHandling","perAgencyWithEstimatedVisitors","perAgencyWithEstimatedCounters","perAgencyWithEstimatedKind","perAgencyWithoutServices","estimatedFloors","estimatedOpeningHours"]},{"type":"object","additionalProperties":false,"required":["missingFacility"],"properties":{"missingFacility":{"$ref":"region.schema.json#/$defs/facility"}}},{"type":"object","additionalProperties":false,"required":["missingComplaintChannel"],"properties":{"missingComplaintChannel":{"$ref":"region.schema.json#/$defs/complaintChannel/properties/kind"}}},{"type":"object","additionalProperties":false,"required":["hasAgencyKind"],"properties":{"hasAgencyKind":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"region.schema.json#/$defs/agencyKind"}}}},{"type":"object","additionalProperties":false,"required":["perAgencyOfKind"],"description":"Satu butir per instansi dengan jenis ini, kecuali penyelenggara sendiri. (EN) One item per agency of these kinds, never the organiser itself.","properties":{"perAgencyOfKind":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"region.schema.json#/$defs/agencyKind"}}}},{"type":"object","additionalProperties":false,"required":["allOf"],"properties":{"allOf":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/condition"}}}}]};
const schema106 = {"enum":["information-desk","ticket-kiosk","priority-counter","lactation-room","children-corner","accessible-toilet","wheelchair","ramp","guiding-block","accessible-parking","elevator","complaint-desk","prayer-room","first-aid","cctv","self-service-kiosk","waiting-area","signage","braille-information","sign-language-service"],"description":"Jenis sarana. (EN) Kind of facility."};
const schema108 = {"enum":["sp4n-lapor","desk","phone","whatsapp","email","web","social-media","suggestion-box"],"description":"Jenis saluran. (EN) Kind of channel."};
const schema73 = {"enum":["opd","instansi-vertikal","bumn","bumd","swasta","kantor-bersama","badan-hukum-publik","organisasi-profesi","lainnya"],"description":"Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other."};
const wrapper0 = {validate: validate24};

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
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(((((((((((((data === "always") || (data === "hasLicensingServices")) || (data === "hasOnlineServices")) || (data === "multipleFloors")) || (data === "perAgency")) || (data === "perAgencyWithMissingComponents")) || (data === "perAgencyWithEstimatedHandling")) || (data === "perAgencyWithEstimatedVisitors")) || (data === "perAgencyWithEstimatedCounters")) || (data === "perAgencyWithEstimatedKind")) || (data === "perAgencyWithoutServices")) || (data === "estimatedFloors")) || (data === "estimatedOpeningHours"))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema45.oneOf[0].enum}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.missingFacility === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "missingFacility"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "missingFacility")){
const err2 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.missingFacility !== undefined){
let data0 = data.missingFacility;
if(!((((((((((((((((((((data0 === "information-desk") || (data0 === "ticket-kiosk")) || (data0 === "priority-counter")) || (data0 === "lactation-room")) || (data0 === "children-corner")) || (data0 === "accessible-toilet")) || (data0 === "wheelchair")) || (data0 === "ramp")) || (data0 === "guiding-block")) || (data0 === "accessible-parking")) || (data0 === "elevator")) || (data0 === "complaint-desk")) || (data0 === "prayer-room")) || (data0 === "first-aid")) || (data0 === "cctv")) || (data0 === "self-service-kiosk")) || (data0 === "waiting-area")) || (data0 === "signage")) || (data0 === "braille-information")) || (data0 === "sign-language-service"))){
const err3 = {instancePath:instancePath+"/missingFacility",schemaPath:"region.schema.json#/$defs/facility/enum",keyword:"enum",params:{allowedValues: schema106.enum}};
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
else {
const err4 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
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
var props0 = true;
}
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.missingComplaintChannel === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "missingComplaintChannel"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "missingComplaintChannel")){
const err6 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.missingComplaintChannel !== undefined){
let data1 = data.missingComplaintChannel;
if(!((((((((data1 === "sp4n-lapor") || (data1 === "desk")) || (data1 === "phone")) || (data1 === "whatsapp")) || (data1 === "email")) || (data1 === "web")) || (data1 === "social-media")) || (data1 === "suggestion-box"))){
const err7 = {instancePath:instancePath+"/missingComplaintChannel",schemaPath:"region.schema.json#/$defs/complaintChannel/properties/kind/enum",keyword:"enum",params:{allowedValues: schema108.enum}};
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
const err8 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hasAgencyKind === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "hasAgencyKind"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key2 in data){
if(!(key2 === "hasAgencyKind")){
const err10 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.hasAgencyKind !== undefined){
let data2 = data.hasAgencyKind;
if(Array.isArray(data2)){
if(data2.length < 1){
const err11 = {instancePath:instancePath+"/hasAgencyKind",schemaPath:"#/oneOf/3/properties/hasAgencyKind/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((((((((data3 === "opd") || (data3 === "instansi-vertikal")) || (data3 === "bumn")) || (data3 === "bumd")) || (data3 === "swasta")) || (data3 === "kantor-bersama")) || (data3 === "badan-hukum-publik")) || (data3 === "organisasi-profesi")) || (data3 === "lainnya"))){
const err12 = {instancePath:instancePath+"/hasAgencyKind/" + i0,schemaPath:"region.schema.json#/$defs/agencyKind/enum",keyword:"enum",params:{allowedValues: schema73.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err13 = {instancePath:instancePath+"/hasAgencyKind",schemaPath:"#/oneOf/3/properties/hasAgencyKind/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/hasAgencyKind",schemaPath:"#/oneOf/3/properties/hasAgencyKind/type",keyword:"type",params:{type: "array"}};
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
const err15 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.perAgencyOfKind === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "perAgencyOfKind"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data){
if(!(key3 === "perAgencyOfKind")){
const err17 = {instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.perAgencyOfKind !== undefined){
let data4 = data.perAgencyOfKind;
if(Array.isArray(data4)){
if(data4.length < 1){
const err18 = {instancePath:instancePath+"/perAgencyOfKind",schemaPath:"#/oneOf/4/properties/perAgencyOfKind/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
if(!(((((((((data5 === "opd") || (data5 === "instansi-vertikal")) || (data5 === "bumn")) || (data5 === "bumd")) || (data5 === "swasta")) || (data5 === "kantor-bersama")) || (data5 === "badan-hukum-publik")) || (data5 === "organisasi-profesi")) || (data5 === "lainnya"))){
const err19 = {instancePath:instancePath+"/perAgencyOfKind/" + i2,schemaPath:"region.schema.json#/$defs/agencyKind/enum",keyword:"enum",params:{allowedValues: schema73.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i3 = data4.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data4[i3], data4[j1])){
const err20 = {instancePath:instancePath+"/perAgencyOfKind",schemaPath:"#/oneOf/4/properties/perAgencyOfKind/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/perAgencyOfKind",schemaPath:"#/oneOf/4/properties/perAgencyOfKind/type",keyword:"type",params:{type: "array"}};
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
const err22 = {instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.allOf === undefined){
const err23 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "allOf"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key4 in data){
if(!(key4 === "allOf")){
const err24 = {instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.allOf !== undefined){
let data6 = data.allOf;
if(Array.isArray(data6)){
if(data6.length < 1){
const err25 = {instancePath:instancePath+"/allOf",schemaPath:"#/oneOf/5/properties/allOf/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len2 = data6.length;
for(let i4=0; i4<len2; i4++){
if(!(wrapper0.validate(data6[i4], {instancePath:instancePath+"/allOf/" + i4,parentData:data6,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/allOf",schemaPath:"#/oneOf/5/properties/allOf/type",keyword:"type",params:{type: "array"}};
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
const err27 = {instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
}
if(!valid0){
const err28 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
validate24.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(data.appliesWhen === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "appliesWhen"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema35.properties, key0))){
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
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern6.test(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/phase",schemaPath:"#/$defs/phaseId/enum",keyword:"enum",params:{allowedValues: schema33.enum}};
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
let data3 = data2.id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err18 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern4.test(data3)){
const err19 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err20 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.en !== undefined){
let data4 = data2.en;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err21 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern4.test(data4)){
const err22 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err23 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err24 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.explanation !== undefined){
let data5 = data.explanation;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err25 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data5.en === undefined){
const err26 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "id") || (key2 === "en"))){
const err27 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err28 = {instancePath:instancePath+"/explanation/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern4.test(data6)){
const err29 = {instancePath:instancePath+"/explanation/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err30 = {instancePath:instancePath+"/explanation/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.en !== undefined){
let data7 = data5.en;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err31 = {instancePath:instancePath+"/explanation/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern4.test(data7)){
const err32 = {instancePath:instancePath+"/explanation/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err33 = {instancePath:instancePath+"/explanation/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err34 = {instancePath:instancePath+"/explanation",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.legalBasis !== undefined){
let data8 = data.legalBasis;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(func1(data9) > 64){
const err35 = {instancePath:instancePath+"/legalBasis/" + i0,schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern6.test(data9)){
const err36 = {instancePath:instancePath+"/legalBasis/" + i0,schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err37 = {instancePath:instancePath+"/legalBasis/" + i0,schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i1 = data8.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data8[i1], data8[j0])){
const err38 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.examples !== undefined){
let data10 = data.examples;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i2=0; i2<len1; i2++){
let data11 = data10[i2];
if(typeof data11 === "string"){
if(func1(data11) > 64){
const err40 = {instancePath:instancePath+"/examples/" + i2,schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern6.test(data11)){
const err41 = {instancePath:instancePath+"/examples/" + i2,schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err42 = {instancePath:instancePath+"/examples/" + i2,schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i3 = data10.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data10[i3], data10[j1])){
const err43 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.ownerRole !== undefined){
let data12 = data.ownerRole;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err45 = {instancePath:instancePath+"/ownerRole",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data12.en === undefined){
const err46 = {instancePath:instancePath+"/ownerRole",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key3 in data12){
if(!((key3 === "id") || (key3 === "en"))){
const err47 = {instancePath:instancePath+"/ownerRole",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data12.id !== undefined){
let data13 = data12.id;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err48 = {instancePath:instancePath+"/ownerRole/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern4.test(data13)){
const err49 = {instancePath:instancePath+"/ownerRole/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/ownerRole/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data12.en !== undefined){
let data14 = data12.en;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err51 = {instancePath:instancePath+"/ownerRole/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern4.test(data14)){
const err52 = {instancePath:instancePath+"/ownerRole/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err53 = {instancePath:instancePath+"/ownerRole/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err54 = {instancePath:instancePath+"/ownerRole",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.evidence !== undefined){
let data15 = data.evidence;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.id === undefined){
const err55 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data15.en === undefined){
const err56 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key4 in data15){
if(!((key4 === "id") || (key4 === "en"))){
const err57 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data15.id !== undefined){
let data16 = data15.id;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err58 = {instancePath:instancePath+"/evidence/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern4.test(data16)){
const err59 = {instancePath:instancePath+"/evidence/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err60 = {instancePath:instancePath+"/evidence/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data15.en !== undefined){
let data17 = data15.en;
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err61 = {instancePath:instancePath+"/evidence/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern4.test(data17)){
const err62 = {instancePath:instancePath+"/evidence/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/evidence/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.blocksLaunch !== undefined){
if(typeof data.blocksLaunch !== "boolean"){
const err65 = {instancePath:instancePath+"/blocksLaunch",schemaPath:"#/properties/blocksLaunch/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.dueWeeksBefore !== undefined){
let data19 = data.dueWeeksBefore;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err66 = {instancePath:instancePath+"/dueWeeksBefore",schemaPath:"#/properties/dueWeeksBefore/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 104 || isNaN(data19)){
const err67 = {instancePath:instancePath+"/dueWeeksBefore",schemaPath:"#/properties/dueWeeksBefore/maximum",keyword:"maximum",params:{comparison: "<=", limit: 104}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data19 < -104 || isNaN(data19)){
const err68 = {instancePath:instancePath+"/dueWeeksBefore",schemaPath:"#/properties/dueWeeksBefore/minimum",keyword:"minimum",params:{comparison: ">=", limit: -104}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data.recurs !== undefined){
let data20 = data.recurs;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.everyMonths === undefined){
const err69 = {instancePath:instancePath+"/recurs",schemaPath:"#/$defs/recurrence/required",keyword:"required",params:{missingProperty: "everyMonths"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key5 in data20){
if(!(key5 === "everyMonths")){
const err70 = {instancePath:instancePath+"/recurs",schemaPath:"#/$defs/recurrence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data20.everyMonths !== undefined){
let data21 = data20.everyMonths;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err71 = {instancePath:instancePath+"/recurs/everyMonths",schemaPath:"#/$defs/recurrence/properties/everyMonths/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 60 || isNaN(data21)){
const err72 = {instancePath:instancePath+"/recurs/everyMonths",schemaPath:"#/$defs/recurrence/properties/everyMonths/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err73 = {instancePath:instancePath+"/recurs/everyMonths",schemaPath:"#/$defs/recurrence/properties/everyMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
}
else {
const err74 = {instancePath:instancePath+"/recurs",schemaPath:"#/$defs/recurrence/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.appliesWhen !== undefined){
if(!(validate24(data.appliesWhen, {instancePath:instancePath+"/appliesWhen",parentData:data,parentDataProperty:"appliesWhen",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err75 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/checklist-catalogue.schema.json" */;
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
if(data.dataAsOf === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataAsOf"}};
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
if(!((((key0 === "schemaVersion") || (key0 === "dataAsOf")) || (key0 === "phases")) || (key0 === "items"))){
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
if(data.dataAsOf !== undefined){
let data1 = data.dataAsOf;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/dataAsOf",schemaPath:"#/properties/dataAsOf/format",keyword:"format",params:{format: "date"}};
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
const err7 = {instancePath:instancePath+"/dataAsOf",schemaPath:"#/properties/dataAsOf/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.phases !== undefined){
let data2 = data.phases;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data2[i0], {instancePath:instancePath+"/phases/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.items !== undefined){
let data4 = data.items;
if(Array.isArray(data4)){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data4[i1], {instancePath:instancePath+"/items/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

