// Generated from schemas/typical-services.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/typical-services.schema.json","title":"TypicalServices","description":"Katalog layanan yang lazim di MPP dengan lama pelayanan dan bagian permintaan, tiap angka dengan sumber atau alasan asumsi kit, untuk memperkirakan angka yang tidak diberikan daerah. (EN) Catalogue of typical MPP services with handling minutes and demand share, each figure with its source or the kit's rationale, used to estimate the figures a region does not give.","type":"object","additionalProperties":false,"required":["schemaVersion","referenceDailyVisitors","services","agencyKinds"],"properties":{"$schema":{"type":"string","description":"Alamat skema untuk editor (opsional). (EN) Schema address for editors (optional)."},"schemaVersion":{"const":1,"description":"Versi format katalog ini; saat ini 1. (EN) Version of this catalogue's format; currently 1."},"referenceDailyVisitors":{"$ref":"#/$defs/figure","description":"Pengunjung per hari MPP acuan, dasar bagian permintaan. (EN) Visitors per day of the reference MPP the demand shares refer to."},"services":{"type":"array","minItems":1,"description":"Layanan yang lazim, dalam urutan pencocokan. (EN) Typical services, in matching order.","items":{"$ref":"#/$defs/service"}},"agencyKinds":{"type":"array","minItems":1,"description":"Kata kunci nama instansi untuk memperkirakan jenis instansi yang tidak diisi. (EN) Agency-name keywords used to estimate an agency kind that is not given.","items":{"$ref":"#/$defs/agencyKindRule"}}},"$defs":{"bilingual":{"type":"object","additionalProperties":false,"required":["id","en"],"description":"Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.","properties":{"id":{"type":"string","minLength":1,"pattern":"\\S"},"en":{"type":"string","minLength":1,"pattern":"\\S"}}},"keyword":{"type":"string","pattern":"^[a-z0-9]+( [a-z0-9]+)*$","description":"Kata kunci dalam bentuk ternormalisasi: huruf kecil dan angka, satu spasi di antara kata. (EN) A keyword in normalized form: lower-case letters and digits, one space between words."},"source":{"type":"object","additionalProperties":false,"required":["title"],"anyOf":[{"required":["url"]},{"required":["publisher"]}],"description":"Sumber publik sebuah angka. (EN) A public source of a figure.","properties":{"title":{"type":"string","minLength":1},"url":{"type":"string","format":"uri"},"publisher":{"type":"string","minLength":1},"date":{"type":"string","pattern":"^\\d{4}(-\\d{2}(-\\d{2})?)?$"}}},"figure":{"type":"object","additionalProperties":false,"required":["value","basis","rationale"],"description":"Satu angka dengan dasarnya: dari sumber (`sumber`, dengan `sources`) atau asumsi kit (`asumsi-kit`), selalu dengan alasan. (EN) One figure with its basis: read from sources (`sumber`, with `sources`) or a kit assumption (`asumsi-kit`), always with a rationale.","properties":{"value":{"type":"number","exclusiveMinimum":0},"basis":{"enum":["sumber","asumsi-kit"]},"sources":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/source"}},"rationale":{"$ref":"#/$defs/bilingual"}},"if":{"properties":{"basis":{"const":"sumber"}}},"then":{"required":["sources"]}},"service":{"type":"object","additionalProperties":false,"required":["id","label","keywords","category","handlingMinutes","demandShare"],"description":"Satu jenis layanan yang lazim dan cara mencocokkannya. (EN) One typical kind of service and how it is matched.","properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"label":{"$ref":"#/$defs/bilingual"},"keywords":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/keyword"},"description":"Kata kunci nama layanan. (EN) Service-name keywords."},"agencyKeywords":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/keyword"},"description":"Bila ada, nama instansi harus memuat salah satunya. (EN) When given, the agency name must contain one of them."},"agencyKinds":{"type":"array","uniqueItems":true,"items":{"$ref":"region.schema.json#/$defs/agencyKind"},"description":"Bila ada, jenis instansi harus salah satunya. (EN) When given, the agency kind must be one of them."},"agencyFallback":{"type":"boolean","description":"Dipakai untuk layanan instansi yang cocok yang namanya tidak cocok dengan entri mana pun. (EN) Used for services of a matching agency whose names match no entry."},"category":{"enum":["perizinan","non-perizinan"]},"handlingMinutes":{"$ref":"#/$defs/figure"},"demandShare":{"$ref":"#/$defs/figure"}}},"agencyKindRule":{"type":"object","additionalProperties":false,"required":["kind","keywords","rationale"],"description":"Jenis instansi yang diperkirakan dari kata kunci nama. (EN) An agency kind estimated from name keywords.","properties":{"kind":{"$ref":"region.schema.json#/$defs/agencyKind"},"keywords":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/keyword"}},"rationale":{"$ref":"#/$defs/bilingual"}}}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["value","basis","rationale"],"description":"Satu angka dengan dasarnya: dari sumber (`sumber`, dengan `sources`) atau asumsi kit (`asumsi-kit`), selalu dengan alasan. (EN) One figure with its basis: read from sources (`sumber`, with `sources`) or a kit assumption (`asumsi-kit`), always with a rationale.","properties":{"value":{"type":"number","exclusiveMinimum":0},"basis":{"enum":["sumber","asumsi-kit"]},"sources":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/source"}},"rationale":{"$ref":"#/$defs/bilingual"}},"if":{"properties":{"basis":{"const":"sumber"}}},"then":{"required":["sources"]}};
const schema33 = {"type":"object","additionalProperties":false,"required":["title"],"anyOf":[{"required":["url"]},{"required":["publisher"]}],"description":"Sumber publik sebuah angka. (EN) A public source of a figure.","properties":{"title":{"type":"string","minLength":1},"url":{"type":"string","format":"uri"},"publisher":{"type":"string","minLength":1},"date":{"type":"string","pattern":"^\\d{4}(-\\d{2}(-\\d{2})?)?$"}}};
const schema34 = {"type":"object","additionalProperties":false,"required":["id","en"],"description":"Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.","properties":{"id":{"type":"string","minLength":1,"pattern":"\\S"},"en":{"type":"string","minLength":1,"pattern":"\\S"}}};
const func1 = require("ajv/dist/runtime/ucs2length.js").default;
const formats0 = require("ajv-formats/dist/formats.js").fullFormats.uri;
const pattern4 = new RegExp("^\\d{4}(-\\d{2}(-\\d{2})?)?$", "u");
const pattern5 = new RegExp("\\S", "u");

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
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.basis !== undefined){
if("sumber" !== data.basis){
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
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sources === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "sources"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"}};
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
if(data.rationale === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rationale"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "value") || (key0 === "basis")) || (key0 === "sources")) || (key0 === "rationale"))){
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
if(data.value !== undefined){
let data1 = data.value;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.basis !== undefined){
let data2 = data.basis;
if(!((data2 === "sumber") || (data2 === "asumsi-kit"))){
const err9 = {instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/enum",keyword:"enum",params:{allowedValues: schema32.properties.basis.enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sources !== undefined){
let data3 = data.sources;
if(Array.isArray(data3)){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs14 = errors;
let valid6 = false;
const _errs15 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.url === undefined){
const err11 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/source/anyOf/0/required",keyword:"required",params:{missingProperty: "url"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid1 = _errs15 === errors;
valid6 = valid6 || _valid1;
const _errs16 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.publisher === undefined){
const err12 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/source/anyOf/1/required",keyword:"required",params:{missingProperty: "publisher"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err13 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/source/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.title === undefined){
const err14 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/source/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "title") || (key1 === "url")) || (key1 === "publisher")) || (key1 === "date"))){
const err15 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.title !== undefined){
let data5 = data4.title;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err16 = {instancePath:instancePath+"/sources/" + i0+"/title",schemaPath:"#/$defs/source/properties/title/minLength",keyword:"minLength",params:{limit: 1}};
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
const err17 = {instancePath:instancePath+"/sources/" + i0+"/title",schemaPath:"#/$defs/source/properties/title/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.url !== undefined){
let data6 = data4.url;
if(typeof data6 === "string"){
if(!(formats0(data6))){
const err18 = {instancePath:instancePath+"/sources/" + i0+"/url",schemaPath:"#/$defs/source/properties/url/format",keyword:"format",params:{format: "uri"}};
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
const err19 = {instancePath:instancePath+"/sources/" + i0+"/url",schemaPath:"#/$defs/source/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.publisher !== undefined){
let data7 = data4.publisher;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err20 = {instancePath:instancePath+"/sources/" + i0+"/publisher",schemaPath:"#/$defs/source/properties/publisher/minLength",keyword:"minLength",params:{limit: 1}};
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
const err21 = {instancePath:instancePath+"/sources/" + i0+"/publisher",schemaPath:"#/$defs/source/properties/publisher/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.date !== undefined){
let data8 = data4.date;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err22 = {instancePath:instancePath+"/sources/" + i0+"/date",schemaPath:"#/$defs/source/properties/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$"}};
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
const err23 = {instancePath:instancePath+"/sources/" + i0+"/date",schemaPath:"#/$defs/source/properties/date/type",keyword:"type",params:{type: "string"}};
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
const err24 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/source/type",keyword:"type",params:{type: "object"}};
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
const err25 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.rationale !== undefined){
let data9 = data.rationale;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err26 = {instancePath:instancePath+"/rationale",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.en === undefined){
const err27 = {instancePath:instancePath+"/rationale",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "id") || (key2 === "en"))){
const err28 = {instancePath:instancePath+"/rationale",schemaPath:"#/$defs/bilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err29 = {instancePath:instancePath+"/rationale/id",schemaPath:"#/$defs/bilingual/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern5.test(data10)){
const err30 = {instancePath:instancePath+"/rationale/id",schemaPath:"#/$defs/bilingual/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err31 = {instancePath:instancePath+"/rationale/id",schemaPath:"#/$defs/bilingual/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.en !== undefined){
let data11 = data9.en;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err32 = {instancePath:instancePath+"/rationale/en",schemaPath:"#/$defs/bilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern5.test(data11)){
const err33 = {instancePath:instancePath+"/rationale/en",schemaPath:"#/$defs/bilingual/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err34 = {instancePath:instancePath+"/rationale/en",schemaPath:"#/$defs/bilingual/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err35 = {instancePath:instancePath+"/rationale",schemaPath:"#/$defs/bilingual/type",keyword:"type",params:{type: "object"}};
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
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","additionalProperties":false,"required":["id","label","keywords","category","handlingMinutes","demandShare"],"description":"Satu jenis layanan yang lazim dan cara mencocokkannya. (EN) One typical kind of service and how it is matched.","properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"label":{"$ref":"#/$defs/bilingual"},"keywords":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/keyword"},"description":"Kata kunci nama layanan. (EN) Service-name keywords."},"agencyKeywords":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/keyword"},"description":"Bila ada, nama instansi harus memuat salah satunya. (EN) When given, the agency name must contain one of them."},"agencyKinds":{"type":"array","uniqueItems":true,"items":{"$ref":"region.schema.json#/$defs/agencyKind"},"description":"Bila ada, jenis instansi harus salah satunya. (EN) When given, the agency kind must be one of them."},"agencyFallback":{"type":"boolean","description":"Dipakai untuk layanan instansi yang cocok yang namanya tidak cocok dengan entri mana pun. (EN) Used for services of a matching agency whose names match no entry."},"category":{"enum":["perizinan","non-perizinan"]},"handlingMinutes":{"$ref":"#/$defs/figure"},"demandShare":{"$ref":"#/$defs/figure"}}};
const schema37 = {"type":"string","pattern":"^[a-z0-9]+( [a-z0-9]+)*$","description":"Kata kunci dalam bentuk ternormalisasi: huruf kecil dan angka, satu spasi di antara kata. (EN) A keyword in normalized form: lower-case letters and digits, one space between words."};
const schema66 = {"enum":["opd","instansi-vertikal","bumn","bumd","swasta","kantor-bersama","badan-hukum-publik","organisasi-profesi","lainnya"],"description":"Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other."};
const func5 = Object.prototype.hasOwnProperty;
const func0 = require("ajv/dist/runtime/equal.js").default;
const pattern7 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern10 = new RegExp("^[a-z0-9]+( [a-z0-9]+)*$", "u");

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
if(data.keywords === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keywords"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.category === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.handlingMinutes === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handlingMinutes"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.demandShare === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "demandShare"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema35.properties, key0))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.en === undefined){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "en"}};
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
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/bilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
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
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/bilingual/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data2)){
const err13 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/bilingual/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err14 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/bilingual/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.en !== undefined){
let data3 = data1.en;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err15 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/bilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern5.test(data3)){
const err16 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/bilingual/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err17 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/bilingual/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err18 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/bilingual/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.keywords !== undefined){
let data4 = data.keywords;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err19 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/$defs/keyword/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+( [a-z0-9]+)*$"}};
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
const err20 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/$defs/keyword/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
const err21 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.agencyKeywords !== undefined){
let data6 = data.agencyKeywords;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err23 = {instancePath:instancePath+"/agencyKeywords/" + i2,schemaPath:"#/$defs/keyword/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+( [a-z0-9]+)*$"}};
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
const err24 = {instancePath:instancePath+"/agencyKeywords/" + i2,schemaPath:"#/$defs/keyword/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i3 = data6.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data6[i3], data6[j1])){
const err25 = {instancePath:instancePath+"/agencyKeywords",schemaPath:"#/properties/agencyKeywords/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/agencyKeywords",schemaPath:"#/properties/agencyKeywords/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.agencyKinds !== undefined){
let data8 = data.agencyKinds;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i4=0; i4<len2; i4++){
let data9 = data8[i4];
if(!(((((((((data9 === "opd") || (data9 === "instansi-vertikal")) || (data9 === "bumn")) || (data9 === "bumd")) || (data9 === "swasta")) || (data9 === "kantor-bersama")) || (data9 === "badan-hukum-publik")) || (data9 === "organisasi-profesi")) || (data9 === "lainnya"))){
const err27 = {instancePath:instancePath+"/agencyKinds/" + i4,schemaPath:"region.schema.json#/$defs/agencyKind/enum",keyword:"enum",params:{allowedValues: schema66.enum}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let i5 = data8.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data8[i5], data8[j2])){
const err28 = {instancePath:instancePath+"/agencyKinds",schemaPath:"#/properties/agencyKinds/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/agencyKinds",schemaPath:"#/properties/agencyKinds/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.agencyFallback !== undefined){
if(typeof data.agencyFallback !== "boolean"){
const err30 = {instancePath:instancePath+"/agencyFallback",schemaPath:"#/properties/agencyFallback/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.category !== undefined){
let data11 = data.category;
if(!((data11 === "perizinan") || (data11 === "non-perizinan"))){
const err31 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema35.properties.category.enum}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.handlingMinutes !== undefined){
if(!(validate21(data.handlingMinutes, {instancePath:instancePath+"/handlingMinutes",parentData:data,parentDataProperty:"handlingMinutes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.demandShare !== undefined){
if(!(validate21(data.demandShare, {instancePath:instancePath+"/demandShare",parentData:data,parentDataProperty:"demandShare",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema101 = {"type":"object","additionalProperties":false,"required":["kind","keywords","rationale"],"description":"Jenis instansi yang diperkirakan dari kata kunci nama. (EN) An agency kind estimated from name keywords.","properties":{"kind":{"$ref":"region.schema.json#/$defs/agencyKind"},"keywords":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/keyword"}},"rationale":{"$ref":"#/$defs/bilingual"}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.keywords === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keywords"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rationale === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rationale"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "keywords")) || (key0 === "rationale"))){
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
if(data.kind !== undefined){
let data0 = data.kind;
if(!(((((((((data0 === "opd") || (data0 === "instansi-vertikal")) || (data0 === "bumn")) || (data0 === "bumd")) || (data0 === "swasta")) || (data0 === "kantor-bersama")) || (data0 === "badan-hukum-publik")) || (data0 === "organisasi-profesi")) || (data0 === "lainnya"))){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"region.schema.json#/$defs/agencyKind/enum",keyword:"enum",params:{allowedValues: schema66.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.keywords !== undefined){
let data1 = data.keywords;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/minItems",keyword:"minItems",params:{limit: 1}};
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
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern10.test(data2)){
const err6 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/$defs/keyword/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+( [a-z0-9]+)*$"}};
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
const err7 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/$defs/keyword/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err8 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}};
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
const err9 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.rationale !== undefined){
let data3 = data.rationale;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err10 = {instancePath:instancePath+"/rationale",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.en === undefined){
const err11 = {instancePath:instancePath+"/rationale",schemaPath:"#/$defs/bilingual/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "id") || (key1 === "en"))){
const err12 = {instancePath:instancePath+"/rationale",schemaPath:"#/$defs/bilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err13 = {instancePath:instancePath+"/rationale/id",schemaPath:"#/$defs/bilingual/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern5.test(data4)){
const err14 = {instancePath:instancePath+"/rationale/id",schemaPath:"#/$defs/bilingual/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err15 = {instancePath:instancePath+"/rationale/id",schemaPath:"#/$defs/bilingual/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.en !== undefined){
let data5 = data3.en;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err16 = {instancePath:instancePath+"/rationale/en",schemaPath:"#/$defs/bilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern5.test(data5)){
const err17 = {instancePath:instancePath+"/rationale/en",schemaPath:"#/$defs/bilingual/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err18 = {instancePath:instancePath+"/rationale/en",schemaPath:"#/$defs/bilingual/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath:instancePath+"/rationale",schemaPath:"#/$defs/bilingual/type",keyword:"type",params:{type: "object"}};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/typical-services.schema.json" */;
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
if(data.referenceDailyVisitors === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "referenceDailyVisitors"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.services === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.agencyKinds === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agencyKinds"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "$schema") || (key0 === "schemaVersion")) || (key0 === "referenceDailyVisitors")) || (key0 === "services")) || (key0 === "agencyKinds"))){
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
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}};
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
if(data.referenceDailyVisitors !== undefined){
if(!(validate21(data.referenceDailyVisitors, {instancePath:instancePath+"/referenceDailyVisitors",parentData:data,parentDataProperty:"referenceDailyVisitors",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.services !== undefined){
let data3 = data.services;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data3[i0], {instancePath:instancePath+"/services/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.agencyKinds !== undefined){
let data5 = data.agencyKinds;
if(Array.isArray(data5)){
if(data5.length < 1){
const err9 = {instancePath:instancePath+"/agencyKinds",schemaPath:"#/properties/agencyKinds/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate58(data5[i1], {instancePath:instancePath+"/agencyKinds/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/agencyKinds",schemaPath:"#/properties/agencyKinds/type",keyword:"type",params:{type: "array"}};
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
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

