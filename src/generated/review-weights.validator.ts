// Generated from schemas/review-weights.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/review-weights.schema.json","title":"ReviewWeights","description":"Bobot dan tingkat keparahan penilaian kesiapan `mpp review`, masing-masing dengan alasannya. (EN) Weights and severities of the `mpp review` readiness assessment, each with its rationale.","type":"object","additionalProperties":false,"required":["schemaVersion","categories","statusCredit","statusCreditRationale","institutionalPhases","institutionalPhasesRationale","standard","capacity","checks","severityImpact","severityImpactRationale","operating"],"properties":{"schemaVersion":{"const":1},"categories":{"type":"array","minItems":5,"maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["id","weight","rationale"],"properties":{"id":{"$ref":"#/$defs/categoryId"},"weight":{"type":"number","exclusiveMinimum":0,"maximum":100},"rationale":{"$ref":"#/$defs/localized"}}}},"statusCredit":{"type":"object","additionalProperties":false,"required":["selesai","proses","belum"],"properties":{"selesai":{"type":"number","minimum":0,"maximum":1},"proses":{"type":"number","minimum":0,"maximum":1},"belum":{"type":"number","minimum":0,"maximum":1}}},"statusCreditRationale":{"$ref":"#/$defs/localized"},"institutionalPhases":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["kelembagaan-regulasi","kerja-sama-instansi","infrastruktur-interior","sumber-daya-manusia","sistem-informasi","standar-pelayanan","peluncuran","evaluasi-pengawasan"]}},"institutionalPhasesRationale":{"$ref":"#/$defs/localized"},"standard":{"type":"object","additionalProperties":false,"required":["majorComponents","majorSeverity","otherSeverity","rationale"],"properties":{"majorComponents":{"type":"array","uniqueItems":true,"items":{"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"]}},"majorSeverity":{"$ref":"#/$defs/severity"},"otherSeverity":{"$ref":"#/$defs/severity"},"rationale":{"$ref":"#/$defs/localized"}}},"capacity":{"type":"object","additionalProperties":false,"required":["overloadedSeverity","belowNeededSeverity","underusedSeverity","underusedUtilisation","estimatesSeverity","rationale"],"properties":{"overloadedSeverity":{"$ref":"#/$defs/severity"},"belowNeededSeverity":{"$ref":"#/$defs/severity"},"underusedSeverity":{"$ref":"#/$defs/severity"},"underusedUtilisation":{"type":"number","minimum":0,"maximum":1},"estimatesSeverity":{"$ref":"#/$defs/severity"},"rationale":{"$ref":"#/$defs/localized"}}},"checks":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","category","weight","severity","rationale"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"category":{"$ref":"#/$defs/categoryId"},"facility":{"enum":["information-desk","ticket-kiosk","priority-counter","lactation-room","children-corner","accessible-toilet","wheelchair","ramp","guiding-block","accessible-parking","elevator","complaint-desk","prayer-room","first-aid","cctv","self-service-kiosk","waiting-area","signage","braille-information","sign-language-service"]},"onlyWhen":{"enum":["multipleFloors"]},"weight":{"type":"number","exclusiveMinimum":0,"maximum":100},"severity":{"$ref":"#/$defs/severity"},"rationale":{"$ref":"#/$defs/localized"}}}},"severityImpact":{"type":"object","additionalProperties":false,"required":["blocker","major","minor"],"description":"Bagian dari yang kurang yang dipotong dari skor kategori, menurut keparahan temuannya. (EN) The share of what is missing taken off a category's score, by the severity of its finding.","properties":{"blocker":{"type":"number","minimum":0,"maximum":1},"major":{"type":"number","minimum":0,"maximum":1},"minor":{"type":"number","minimum":0,"maximum":0.5,"description":"Paling banyak 0,5: temuan minor tidak pernah membuat kategori bernilai 0. (EN) At most 0.5: a minor finding never takes a category to 0."}}},"severityImpactRationale":{"$ref":"#/$defs/localized"},"operating":{"type":"object","additionalProperties":false,"required":["standardSeverity","estimatesSeverity","rationale"],"description":"Penilaian MPP yang sudah beroperasi. (EN) How an operating MPP is assessed.","properties":{"standardSeverity":{"$ref":"#/$defs/severity"},"estimatesSeverity":{"$ref":"#/$defs/severity","description":"Keparahan bila jumlah loket atau angka permintaan MPP yang beroperasi hanya perkiraan kit (data belum diketahui). (EN) Severity when an operating MPP's counters or demand figures are only the kit's estimates (data unknown)."},"rationale":{"$ref":"#/$defs/localized"}}}},"$defs":{"categoryId":{"enum":["kelembagaan-regulasi","standar-pelayanan","kapasitas","aksesibilitas","sistem-informasi"]},"severity":{"enum":["blocker","major","minor"]},"localized":{"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}}}}};
const schema32 = {"enum":["kelembagaan-regulasi","standar-pelayanan","kapasitas","aksesibilitas","sistem-informasi"]};
const schema33 = {"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}}};
const schema36 = {"enum":["blocker","major","minor"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length.js").default;
const func0 = require("ajv/dist/runtime/equal.js").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/review-weights.schema.json" */;
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
if(data.categories === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.statusCredit === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statusCredit"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.statusCreditRationale === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statusCreditRationale"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.institutionalPhases === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institutionalPhases"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.institutionalPhasesRationale === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institutionalPhasesRationale"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.standard === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standard"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.capacity === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capacity"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.checks === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checks"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.severityImpact === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severityImpact"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.severityImpactRationale === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severityImpactRationale"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.operating === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operating"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err13 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.categories !== undefined){
let data1 = data.categories;
if(Array.isArray(data1)){
if(data1.length > 5){
const err14 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/maxItems",keyword:"maxItems",params:{limit: 5}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.length < 5){
const err15 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/minItems",keyword:"minItems",params:{limit: 5}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err16 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2.weight === undefined){
const err17 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data2.rationale === undefined){
const err18 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/required",keyword:"required",params:{missingProperty: "rationale"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "id") || (key1 === "weight")) || (key1 === "rationale"))){
const err19 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(!(((((data3 === "kelembagaan-regulasi") || (data3 === "standar-pelayanan")) || (data3 === "kapasitas")) || (data3 === "aksesibilitas")) || (data3 === "sistem-informasi"))){
const err20 = {instancePath:instancePath+"/categories/" + i0+"/id",schemaPath:"#/$defs/categoryId/enum",keyword:"enum",params:{allowedValues: schema32.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.weight !== undefined){
let data4 = data2.weight;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100 || isNaN(data4)){
const err21 = {instancePath:instancePath+"/categories/" + i0+"/weight",schemaPath:"#/properties/categories/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/categories/" + i0+"/weight",schemaPath:"#/properties/categories/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err23 = {instancePath:instancePath+"/categories/" + i0+"/weight",schemaPath:"#/properties/categories/items/properties/weight/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.rationale !== undefined){
let data5 = data2.rationale;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err24 = {instancePath:instancePath+"/categories/" + i0+"/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.en === undefined){
const err25 = {instancePath:instancePath+"/categories/" + i0+"/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "id") || (key2 === "en"))){
const err26 = {instancePath:instancePath+"/categories/" + i0+"/rationale",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err27 = {instancePath:instancePath+"/categories/" + i0+"/rationale/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err28 = {instancePath:instancePath+"/categories/" + i0+"/rationale/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.en !== undefined){
let data7 = data5.en;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err29 = {instancePath:instancePath+"/categories/" + i0+"/rationale/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err30 = {instancePath:instancePath+"/categories/" + i0+"/rationale/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err31 = {instancePath:instancePath+"/categories/" + i0+"/rationale",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err32 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/type",keyword:"type",params:{type: "object"}};
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
else {
const err33 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.statusCredit !== undefined){
let data8 = data.statusCredit;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.selesai === undefined){
const err34 = {instancePath:instancePath+"/statusCredit",schemaPath:"#/properties/statusCredit/required",keyword:"required",params:{missingProperty: "selesai"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data8.proses === undefined){
const err35 = {instancePath:instancePath+"/statusCredit",schemaPath:"#/properties/statusCredit/required",keyword:"required",params:{missingProperty: "proses"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data8.belum === undefined){
const err36 = {instancePath:instancePath+"/statusCredit",schemaPath:"#/properties/statusCredit/required",keyword:"required",params:{missingProperty: "belum"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data8){
if(!(((key3 === "selesai") || (key3 === "proses")) || (key3 === "belum"))){
const err37 = {instancePath:instancePath+"/statusCredit",schemaPath:"#/properties/statusCredit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data8.selesai !== undefined){
let data9 = data8.selesai;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err38 = {instancePath:instancePath+"/statusCredit/selesai",schemaPath:"#/properties/statusCredit/properties/selesai/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err39 = {instancePath:instancePath+"/statusCredit/selesai",schemaPath:"#/properties/statusCredit/properties/selesai/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err40 = {instancePath:instancePath+"/statusCredit/selesai",schemaPath:"#/properties/statusCredit/properties/selesai/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data8.proses !== undefined){
let data10 = data8.proses;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err41 = {instancePath:instancePath+"/statusCredit/proses",schemaPath:"#/properties/statusCredit/properties/proses/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err42 = {instancePath:instancePath+"/statusCredit/proses",schemaPath:"#/properties/statusCredit/properties/proses/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err43 = {instancePath:instancePath+"/statusCredit/proses",schemaPath:"#/properties/statusCredit/properties/proses/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data8.belum !== undefined){
let data11 = data8.belum;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
const err44 = {instancePath:instancePath+"/statusCredit/belum",schemaPath:"#/properties/statusCredit/properties/belum/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err45 = {instancePath:instancePath+"/statusCredit/belum",schemaPath:"#/properties/statusCredit/properties/belum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err46 = {instancePath:instancePath+"/statusCredit/belum",schemaPath:"#/properties/statusCredit/properties/belum/type",keyword:"type",params:{type: "number"}};
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
const err47 = {instancePath:instancePath+"/statusCredit",schemaPath:"#/properties/statusCredit/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.statusCreditRationale !== undefined){
let data12 = data.statusCreditRationale;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err48 = {instancePath:instancePath+"/statusCreditRationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data12.en === undefined){
const err49 = {instancePath:instancePath+"/statusCreditRationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key4 in data12){
if(!((key4 === "id") || (key4 === "en"))){
const err50 = {instancePath:instancePath+"/statusCreditRationale",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data12.id !== undefined){
let data13 = data12.id;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err51 = {instancePath:instancePath+"/statusCreditRationale/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/statusCreditRationale/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data12.en !== undefined){
let data14 = data12.en;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err53 = {instancePath:instancePath+"/statusCreditRationale/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/statusCreditRationale/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/statusCreditRationale",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.institutionalPhases !== undefined){
let data15 = data.institutionalPhases;
if(Array.isArray(data15)){
if(data15.length < 1){
const err56 = {instancePath:instancePath+"/institutionalPhases",schemaPath:"#/properties/institutionalPhases/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(!((((((((data16 === "kelembagaan-regulasi") || (data16 === "kerja-sama-instansi")) || (data16 === "infrastruktur-interior")) || (data16 === "sumber-daya-manusia")) || (data16 === "sistem-informasi")) || (data16 === "standar-pelayanan")) || (data16 === "peluncuran")) || (data16 === "evaluasi-pengawasan"))){
const err57 = {instancePath:instancePath+"/institutionalPhases/" + i1,schemaPath:"#/properties/institutionalPhases/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.institutionalPhases.items.enum}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
let i2 = data15.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data15[i2], data15[j0])){
const err58 = {instancePath:instancePath+"/institutionalPhases",schemaPath:"#/properties/institutionalPhases/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err59 = {instancePath:instancePath+"/institutionalPhases",schemaPath:"#/properties/institutionalPhases/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.institutionalPhasesRationale !== undefined){
let data17 = data.institutionalPhasesRationale;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.id === undefined){
const err60 = {instancePath:instancePath+"/institutionalPhasesRationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data17.en === undefined){
const err61 = {instancePath:instancePath+"/institutionalPhasesRationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key5 in data17){
if(!((key5 === "id") || (key5 === "en"))){
const err62 = {instancePath:instancePath+"/institutionalPhasesRationale",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data17.id !== undefined){
let data18 = data17.id;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err63 = {instancePath:instancePath+"/institutionalPhasesRationale/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err64 = {instancePath:instancePath+"/institutionalPhasesRationale/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data17.en !== undefined){
let data19 = data17.en;
if(typeof data19 === "string"){
if(func2(data19) < 1){
const err65 = {instancePath:instancePath+"/institutionalPhasesRationale/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/institutionalPhasesRationale/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err67 = {instancePath:instancePath+"/institutionalPhasesRationale",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.standard !== undefined){
let data20 = data.standard;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.majorComponents === undefined){
const err68 = {instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/required",keyword:"required",params:{missingProperty: "majorComponents"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data20.majorSeverity === undefined){
const err69 = {instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/required",keyword:"required",params:{missingProperty: "majorSeverity"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data20.otherSeverity === undefined){
const err70 = {instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/required",keyword:"required",params:{missingProperty: "otherSeverity"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data20.rationale === undefined){
const err71 = {instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/required",keyword:"required",params:{missingProperty: "rationale"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key6 in data20){
if(!((((key6 === "majorComponents") || (key6 === "majorSeverity")) || (key6 === "otherSeverity")) || (key6 === "rationale"))){
const err72 = {instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data20.majorComponents !== undefined){
let data21 = data20.majorComponents;
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i3=0; i3<len2; i3++){
let data22 = data21[i3];
if(!((((((((((((((data22 === "requirements") || (data22 === "procedure")) || (data22 === "completionTime")) || (data22 === "fee")) || (data22 === "product")) || (data22 === "complaints")) || (data22 === "legalBasis")) || (data22 === "facilities")) || (data22 === "staffCompetence")) || (data22 === "internalSupervision")) || (data22 === "staffCount")) || (data22 === "serviceGuarantee")) || (data22 === "securityGuarantee")) || (data22 === "performanceEvaluation"))){
const err73 = {instancePath:instancePath+"/standard/majorComponents/" + i3,schemaPath:"#/properties/standard/properties/majorComponents/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.standard.properties.majorComponents.items.enum}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
let i4 = data21.length;
let j1;
if(i4 > 1){
outer1:
for(;i4--;){
for(j1 = i4; j1--;){
if(func0(data21[i4], data21[j1])){
const err74 = {instancePath:instancePath+"/standard/majorComponents",schemaPath:"#/properties/standard/properties/majorComponents/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err75 = {instancePath:instancePath+"/standard/majorComponents",schemaPath:"#/properties/standard/properties/majorComponents/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data20.majorSeverity !== undefined){
let data23 = data20.majorSeverity;
if(!(((data23 === "blocker") || (data23 === "major")) || (data23 === "minor"))){
const err76 = {instancePath:instancePath+"/standard/majorSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data20.otherSeverity !== undefined){
let data24 = data20.otherSeverity;
if(!(((data24 === "blocker") || (data24 === "major")) || (data24 === "minor"))){
const err77 = {instancePath:instancePath+"/standard/otherSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data20.rationale !== undefined){
let data25 = data20.rationale;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.id === undefined){
const err78 = {instancePath:instancePath+"/standard/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data25.en === undefined){
const err79 = {instancePath:instancePath+"/standard/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key7 in data25){
if(!((key7 === "id") || (key7 === "en"))){
const err80 = {instancePath:instancePath+"/standard/rationale",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data25.id !== undefined){
let data26 = data25.id;
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err81 = {instancePath:instancePath+"/standard/rationale/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/standard/rationale/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data25.en !== undefined){
let data27 = data25.en;
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err83 = {instancePath:instancePath+"/standard/rationale/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/standard/rationale/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err85 = {instancePath:instancePath+"/standard/rationale",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.capacity !== undefined){
let data28 = data.capacity;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.overloadedSeverity === undefined){
const err87 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/required",keyword:"required",params:{missingProperty: "overloadedSeverity"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data28.belowNeededSeverity === undefined){
const err88 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/required",keyword:"required",params:{missingProperty: "belowNeededSeverity"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data28.underusedSeverity === undefined){
const err89 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/required",keyword:"required",params:{missingProperty: "underusedSeverity"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data28.underusedUtilisation === undefined){
const err90 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/required",keyword:"required",params:{missingProperty: "underusedUtilisation"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data28.estimatesSeverity === undefined){
const err91 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/required",keyword:"required",params:{missingProperty: "estimatesSeverity"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data28.rationale === undefined){
const err92 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/required",keyword:"required",params:{missingProperty: "rationale"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key8 in data28){
if(!((((((key8 === "overloadedSeverity") || (key8 === "belowNeededSeverity")) || (key8 === "underusedSeverity")) || (key8 === "underusedUtilisation")) || (key8 === "estimatesSeverity")) || (key8 === "rationale"))){
const err93 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data28.overloadedSeverity !== undefined){
let data29 = data28.overloadedSeverity;
if(!(((data29 === "blocker") || (data29 === "major")) || (data29 === "minor"))){
const err94 = {instancePath:instancePath+"/capacity/overloadedSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data28.belowNeededSeverity !== undefined){
let data30 = data28.belowNeededSeverity;
if(!(((data30 === "blocker") || (data30 === "major")) || (data30 === "minor"))){
const err95 = {instancePath:instancePath+"/capacity/belowNeededSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data28.underusedSeverity !== undefined){
let data31 = data28.underusedSeverity;
if(!(((data31 === "blocker") || (data31 === "major")) || (data31 === "minor"))){
const err96 = {instancePath:instancePath+"/capacity/underusedSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data28.underusedUtilisation !== undefined){
let data32 = data28.underusedUtilisation;
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 1 || isNaN(data32)){
const err97 = {instancePath:instancePath+"/capacity/underusedUtilisation",schemaPath:"#/properties/capacity/properties/underusedUtilisation/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data32 < 0 || isNaN(data32)){
const err98 = {instancePath:instancePath+"/capacity/underusedUtilisation",schemaPath:"#/properties/capacity/properties/underusedUtilisation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/capacity/underusedUtilisation",schemaPath:"#/properties/capacity/properties/underusedUtilisation/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data28.estimatesSeverity !== undefined){
let data33 = data28.estimatesSeverity;
if(!(((data33 === "blocker") || (data33 === "major")) || (data33 === "minor"))){
const err100 = {instancePath:instancePath+"/capacity/estimatesSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data28.rationale !== undefined){
let data34 = data28.rationale;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.id === undefined){
const err101 = {instancePath:instancePath+"/capacity/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data34.en === undefined){
const err102 = {instancePath:instancePath+"/capacity/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key9 in data34){
if(!((key9 === "id") || (key9 === "en"))){
const err103 = {instancePath:instancePath+"/capacity/rationale",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data34.id !== undefined){
let data35 = data34.id;
if(typeof data35 === "string"){
if(func2(data35) < 1){
const err104 = {instancePath:instancePath+"/capacity/rationale/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/capacity/rationale/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data34.en !== undefined){
let data36 = data34.en;
if(typeof data36 === "string"){
if(func2(data36) < 1){
const err106 = {instancePath:instancePath+"/capacity/rationale/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/capacity/rationale/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/capacity/rationale",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.checks !== undefined){
let data37 = data.checks;
if(Array.isArray(data37)){
if(data37.length < 1){
const err110 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
const len3 = data37.length;
for(let i5=0; i5<len3; i5++){
let data38 = data37[i5];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.id === undefined){
const err111 = {instancePath:instancePath+"/checks/" + i5,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data38.category === undefined){
const err112 = {instancePath:instancePath+"/checks/" + i5,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "category"}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data38.weight === undefined){
const err113 = {instancePath:instancePath+"/checks/" + i5,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data38.severity === undefined){
const err114 = {instancePath:instancePath+"/checks/" + i5,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "severity"}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data38.rationale === undefined){
const err115 = {instancePath:instancePath+"/checks/" + i5,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "rationale"}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
for(const key10 in data38){
if(!(((((((key10 === "id") || (key10 === "category")) || (key10 === "facility")) || (key10 === "onlyWhen")) || (key10 === "weight")) || (key10 === "severity")) || (key10 === "rationale"))){
const err116 = {instancePath:instancePath+"/checks/" + i5,schemaPath:"#/properties/checks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data38.id !== undefined){
let data39 = data38.id;
if(typeof data39 === "string"){
if(!pattern4.test(data39)){
const err117 = {instancePath:instancePath+"/checks/" + i5+"/id",schemaPath:"#/properties/checks/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/checks/" + i5+"/id",schemaPath:"#/properties/checks/items/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data38.category !== undefined){
let data40 = data38.category;
if(!(((((data40 === "kelembagaan-regulasi") || (data40 === "standar-pelayanan")) || (data40 === "kapasitas")) || (data40 === "aksesibilitas")) || (data40 === "sistem-informasi"))){
const err119 = {instancePath:instancePath+"/checks/" + i5+"/category",schemaPath:"#/$defs/categoryId/enum",keyword:"enum",params:{allowedValues: schema32.enum}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data38.facility !== undefined){
let data41 = data38.facility;
if(!((((((((((((((((((((data41 === "information-desk") || (data41 === "ticket-kiosk")) || (data41 === "priority-counter")) || (data41 === "lactation-room")) || (data41 === "children-corner")) || (data41 === "accessible-toilet")) || (data41 === "wheelchair")) || (data41 === "ramp")) || (data41 === "guiding-block")) || (data41 === "accessible-parking")) || (data41 === "elevator")) || (data41 === "complaint-desk")) || (data41 === "prayer-room")) || (data41 === "first-aid")) || (data41 === "cctv")) || (data41 === "self-service-kiosk")) || (data41 === "waiting-area")) || (data41 === "signage")) || (data41 === "braille-information")) || (data41 === "sign-language-service"))){
const err120 = {instancePath:instancePath+"/checks/" + i5+"/facility",schemaPath:"#/properties/checks/items/properties/facility/enum",keyword:"enum",params:{allowedValues: schema31.properties.checks.items.properties.facility.enum}};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data38.onlyWhen !== undefined){
if(!(data38.onlyWhen === "multipleFloors")){
const err121 = {instancePath:instancePath+"/checks/" + i5+"/onlyWhen",schemaPath:"#/properties/checks/items/properties/onlyWhen/enum",keyword:"enum",params:{allowedValues: schema31.properties.checks.items.properties.onlyWhen.enum}};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data38.weight !== undefined){
let data43 = data38.weight;
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 100 || isNaN(data43)){
const err122 = {instancePath:instancePath+"/checks/" + i5+"/weight",schemaPath:"#/properties/checks/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data43 <= 0 || isNaN(data43)){
const err123 = {instancePath:instancePath+"/checks/" + i5+"/weight",schemaPath:"#/properties/checks/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/checks/" + i5+"/weight",schemaPath:"#/properties/checks/items/properties/weight/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data38.severity !== undefined){
let data44 = data38.severity;
if(!(((data44 === "blocker") || (data44 === "major")) || (data44 === "minor"))){
const err125 = {instancePath:instancePath+"/checks/" + i5+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data38.rationale !== undefined){
let data45 = data38.rationale;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.id === undefined){
const err126 = {instancePath:instancePath+"/checks/" + i5+"/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data45.en === undefined){
const err127 = {instancePath:instancePath+"/checks/" + i5+"/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key11 in data45){
if(!((key11 === "id") || (key11 === "en"))){
const err128 = {instancePath:instancePath+"/checks/" + i5+"/rationale",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data45.id !== undefined){
let data46 = data45.id;
if(typeof data46 === "string"){
if(func2(data46) < 1){
const err129 = {instancePath:instancePath+"/checks/" + i5+"/rationale/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/checks/" + i5+"/rationale/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data45.en !== undefined){
let data47 = data45.en;
if(typeof data47 === "string"){
if(func2(data47) < 1){
const err131 = {instancePath:instancePath+"/checks/" + i5+"/rationale/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/checks/" + i5+"/rationale/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/checks/" + i5+"/rationale",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/checks/" + i5,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.severityImpact !== undefined){
let data48 = data.severityImpact;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.blocker === undefined){
const err136 = {instancePath:instancePath+"/severityImpact",schemaPath:"#/properties/severityImpact/required",keyword:"required",params:{missingProperty: "blocker"}};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data48.major === undefined){
const err137 = {instancePath:instancePath+"/severityImpact",schemaPath:"#/properties/severityImpact/required",keyword:"required",params:{missingProperty: "major"}};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data48.minor === undefined){
const err138 = {instancePath:instancePath+"/severityImpact",schemaPath:"#/properties/severityImpact/required",keyword:"required",params:{missingProperty: "minor"}};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key12 in data48){
if(!(((key12 === "blocker") || (key12 === "major")) || (key12 === "minor"))){
const err139 = {instancePath:instancePath+"/severityImpact",schemaPath:"#/properties/severityImpact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data48.blocker !== undefined){
let data49 = data48.blocker;
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 1 || isNaN(data49)){
const err140 = {instancePath:instancePath+"/severityImpact/blocker",schemaPath:"#/properties/severityImpact/properties/blocker/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data49 < 0 || isNaN(data49)){
const err141 = {instancePath:instancePath+"/severityImpact/blocker",schemaPath:"#/properties/severityImpact/properties/blocker/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/severityImpact/blocker",schemaPath:"#/properties/severityImpact/properties/blocker/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data48.major !== undefined){
let data50 = data48.major;
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 1 || isNaN(data50)){
const err143 = {instancePath:instancePath+"/severityImpact/major",schemaPath:"#/properties/severityImpact/properties/major/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data50 < 0 || isNaN(data50)){
const err144 = {instancePath:instancePath+"/severityImpact/major",schemaPath:"#/properties/severityImpact/properties/major/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/severityImpact/major",schemaPath:"#/properties/severityImpact/properties/major/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data48.minor !== undefined){
let data51 = data48.minor;
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 > 0.5 || isNaN(data51)){
const err146 = {instancePath:instancePath+"/severityImpact/minor",schemaPath:"#/properties/severityImpact/properties/minor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5}};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data51 < 0 || isNaN(data51)){
const err147 = {instancePath:instancePath+"/severityImpact/minor",schemaPath:"#/properties/severityImpact/properties/minor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/severityImpact/minor",schemaPath:"#/properties/severityImpact/properties/minor/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/severityImpact",schemaPath:"#/properties/severityImpact/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data.severityImpactRationale !== undefined){
let data52 = data.severityImpactRationale;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.id === undefined){
const err150 = {instancePath:instancePath+"/severityImpactRationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data52.en === undefined){
const err151 = {instancePath:instancePath+"/severityImpactRationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
for(const key13 in data52){
if(!((key13 === "id") || (key13 === "en"))){
const err152 = {instancePath:instancePath+"/severityImpactRationale",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13}};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data52.id !== undefined){
let data53 = data52.id;
if(typeof data53 === "string"){
if(func2(data53) < 1){
const err153 = {instancePath:instancePath+"/severityImpactRationale/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/severityImpactRationale/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data52.en !== undefined){
let data54 = data52.en;
if(typeof data54 === "string"){
if(func2(data54) < 1){
const err155 = {instancePath:instancePath+"/severityImpactRationale/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/severityImpactRationale/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/severityImpactRationale",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.operating !== undefined){
let data55 = data.operating;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.standardSeverity === undefined){
const err158 = {instancePath:instancePath+"/operating",schemaPath:"#/properties/operating/required",keyword:"required",params:{missingProperty: "standardSeverity"}};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(data55.estimatesSeverity === undefined){
const err159 = {instancePath:instancePath+"/operating",schemaPath:"#/properties/operating/required",keyword:"required",params:{missingProperty: "estimatesSeverity"}};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data55.rationale === undefined){
const err160 = {instancePath:instancePath+"/operating",schemaPath:"#/properties/operating/required",keyword:"required",params:{missingProperty: "rationale"}};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
for(const key14 in data55){
if(!(((key14 === "standardSeverity") || (key14 === "estimatesSeverity")) || (key14 === "rationale"))){
const err161 = {instancePath:instancePath+"/operating",schemaPath:"#/properties/operating/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14}};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data55.standardSeverity !== undefined){
let data56 = data55.standardSeverity;
if(!(((data56 === "blocker") || (data56 === "major")) || (data56 === "minor"))){
const err162 = {instancePath:instancePath+"/operating/standardSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data55.estimatesSeverity !== undefined){
let data57 = data55.estimatesSeverity;
if(!(((data57 === "blocker") || (data57 === "major")) || (data57 === "minor"))){
const err163 = {instancePath:instancePath+"/operating/estimatesSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data55.rationale !== undefined){
let data58 = data55.rationale;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.id === undefined){
const err164 = {instancePath:instancePath+"/operating/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data58.en === undefined){
const err165 = {instancePath:instancePath+"/operating/rationale",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
for(const key15 in data58){
if(!((key15 === "id") || (key15 === "en"))){
const err166 = {instancePath:instancePath+"/operating/rationale",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15}};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data58.id !== undefined){
let data59 = data58.id;
if(typeof data59 === "string"){
if(func2(data59) < 1){
const err167 = {instancePath:instancePath+"/operating/rationale/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/operating/rationale/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data58.en !== undefined){
let data60 = data58.en;
if(typeof data60 === "string"){
if(func2(data60) < 1){
const err169 = {instancePath:instancePath+"/operating/rationale/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/operating/rationale/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/operating/rationale",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/operating",schemaPath:"#/properties/operating/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

