// Generated from schemas/instrument.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/instrument.schema.json","title":"Instrument","description":"Instrumen penilaian resmi sebagai data (data/instruments/): setiap angka menyebut sumbernya (`source`), dan `toConfirm: true` menandai yang belum pasti. (EN) An official evaluation instrument as data (data/instruments/): every figure names its `source`, and `toConfirm: true` marks what is not settled.","type":"object","required":["schemaVersion","id","title","sources"],"properties":{"schemaVersion":{"const":1},"id":{"enum":["pekppp","ombudsman","kemenpanrb-mpp"]}},"allOf":[{"if":{"properties":{"id":{"const":"pekppp"}},"required":["id"]},"then":{"$ref":"#/$defs/pekppp"}},{"if":{"properties":{"id":{"const":"ombudsman"}},"required":["id"]},"then":{"$ref":"#/$defs/ombudsman"}},{"if":{"properties":{"id":{"const":"kemenpanrb-mpp"}},"required":["id"]},"then":{"$ref":"#/$defs/kemenpanrb"}}],"$defs":{"localized":{"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string","minLength":1,"pattern":"\\S"},"en":{"type":"string","minLength":1,"pattern":"\\S"}}},"slug":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"sourceRefs":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/slug"},"description":"Pengenal sumber dari daftar `sources` berkas ini; wajib untuk setiap angka. (EN) Source ids from this file's `sources`; required for every figure."},"toConfirm":{"type":"boolean","description":"Belum pasti menurut sumber (satu sumber saja, atau bukan lampiran resmi). (EN) Not settled by the sources (one source only, or not the official annex)."},"source":{"type":"object","additionalProperties":false,"required":["id","title","where"],"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"type":"string","minLength":1},"where":{"type":"string","minLength":1}}},"sources":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/source"}},"note":{"type":"object","additionalProperties":false,"required":["text","source"],"properties":{"text":{"$ref":"#/$defs/localized"},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"}}},"notes":{"type":"array","items":{"$ref":"#/$defs/note"}},"ruleRefs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/slug"},"description":"Pengenal peraturan dari data/rules.yaml. (EN) Rule ids from data/rules.yaml."},"weighted":{"type":"object","additionalProperties":false,"required":["id","weight","source","title"],"properties":{"id":{"$ref":"#/$defs/slug"},"weight":{"type":"number","minimum":0,"maximum":100,"description":"Bobot dalam persen. (EN) Weight in percent."},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"title":{"$ref":"#/$defs/localized"}}},"pekppp":{"type":"object","additionalProperties":false,"required":["schemaVersion","id","title","basis","scale","sources","aspects","indicators","grades"],"properties":{"schemaVersion":{"const":1},"id":{"const":"pekppp"},"title":{"$ref":"#/$defs/localized"},"basis":{"$ref":"#/$defs/ruleRefs"},"scale":{"type":"object","additionalProperties":false,"required":["min","max"],"properties":{"min":{"const":0},"max":{"const":5}}},"notes":{"$ref":"#/$defs/notes"},"sources":{"$ref":"#/$defs/sources"},"aspects":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","no","weight","source","title"],"properties":{"id":{"$ref":"#/$defs/slug"},"no":{"type":"string","pattern":"^[IVX]+$"},"weight":{"type":"number","minimum":0,"maximum":100,"description":"Bobot aspek dalam indeks, persen. (EN) The aspect's weight in the index, percent."},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"title":{"$ref":"#/$defs/localized"}}}},"indicators":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["no","aspect","weight","source","title","evidence"],"properties":{"no":{"type":"integer","minimum":1},"aspect":{"$ref":"#/$defs/slug"},"weight":{"type":"number","minimum":0,"maximum":100,"description":"Bobot indikator dalam aspeknya, persen. (EN) The indicator's weight within its aspect, percent."},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"title":{"$ref":"#/$defs/localized"},"levels":{"type":"object","additionalProperties":false,"required":["source","texts"],"description":"Teks tingkat 0 sampai 5; tidak ada bila sumber tidak memuatnya. (EN) Level texts 0 to 5; absent when no source gives them.","properties":{"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"texts":{"type":"array","minItems":6,"maxItems":6,"items":{"$ref":"#/$defs/localized"}}}},"evidence":{"type":"object","additionalProperties":false,"required":["source","items"],"properties":{"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"items":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/localized"}}}}}}},"grades":{"type":"object","additionalProperties":false,"required":["source","bands"],"properties":{"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"note":{"$ref":"#/$defs/localized"},"bands":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["min","grade","label"],"properties":{"min":{"type":"number","minimum":0,"maximum":5,"description":"Nilai terendah predikat ini (skala 0-5). (EN) Lowest index of this grade (0-5 scale)."},"grade":{"type":"string","pattern":"^[A-F]-?$"},"label":{"$ref":"#/$defs/localized"}}}}}}},"title":"PekpppInstrument"},"ombudsman":{"type":"object","additionalProperties":false,"required":["schemaVersion","id","title","sources","models"],"properties":{"schemaVersion":{"const":1},"id":{"const":"ombudsman"},"title":{"$ref":"#/$defs/localized"},"sources":{"$ref":"#/$defs/sources"},"models":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","title","basis","parts"],"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"$ref":"#/$defs/localized"},"basis":{"$ref":"#/$defs/ruleRefs"},"parts":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/weighted"}},"bands":{"type":"object","additionalProperties":false,"required":["source","items"],"properties":{"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"note":{"$ref":"#/$defs/localized"},"items":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["min","max","label"],"properties":{"min":{"type":"number"},"max":{"type":"number"},"label":{"$ref":"#/$defs/localized"}}}}}},"notes":{"$ref":"#/$defs/notes"}}}}},"title":"OmbudsmanInstrument"},"kemenpanrb":{"type":"object","additionalProperties":false,"required":["schemaVersion","id","title","basis","sources","prima"],"properties":{"schemaVersion":{"const":1},"id":{"const":"kemenpanrb-mpp"},"title":{"$ref":"#/$defs/localized"},"basis":{"$ref":"#/$defs/ruleRefs"},"sources":{"$ref":"#/$defs/sources"},"notes":{"$ref":"#/$defs/notes"},"prima":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["year","count","of","source"],"properties":{"year":{"type":"integer","minimum":2017,"maximum":2100},"count":{"type":"integer","minimum":0},"of":{"type":"integer","minimum":1},"decree":{"type":"string"},"regions":{"type":"array","items":{"type":"string","minLength":1}},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"}}}}},"title":"KemenpanrbInstrument"}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["schemaVersion","id","title","basis","scale","sources","aspects","indicators","grades"],"properties":{"schemaVersion":{"const":1},"id":{"const":"pekppp"},"title":{"$ref":"#/$defs/localized"},"basis":{"$ref":"#/$defs/ruleRefs"},"scale":{"type":"object","additionalProperties":false,"required":["min","max"],"properties":{"min":{"const":0},"max":{"const":5}}},"notes":{"$ref":"#/$defs/notes"},"sources":{"$ref":"#/$defs/sources"},"aspects":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","no","weight","source","title"],"properties":{"id":{"$ref":"#/$defs/slug"},"no":{"type":"string","pattern":"^[IVX]+$"},"weight":{"type":"number","minimum":0,"maximum":100,"description":"Bobot aspek dalam indeks, persen. (EN) The aspect's weight in the index, percent."},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"title":{"$ref":"#/$defs/localized"}}}},"indicators":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["no","aspect","weight","source","title","evidence"],"properties":{"no":{"type":"integer","minimum":1},"aspect":{"$ref":"#/$defs/slug"},"weight":{"type":"number","minimum":0,"maximum":100,"description":"Bobot indikator dalam aspeknya, persen. (EN) The indicator's weight within its aspect, percent."},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"title":{"$ref":"#/$defs/localized"},"levels":{"type":"object","additionalProperties":false,"required":["source","texts"],"description":"Teks tingkat 0 sampai 5; tidak ada bila sumber tidak memuatnya. (EN) Level texts 0 to 5; absent when no source gives them.","properties":{"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"texts":{"type":"array","minItems":6,"maxItems":6,"items":{"$ref":"#/$defs/localized"}}}},"evidence":{"type":"object","additionalProperties":false,"required":["source","items"],"properties":{"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"items":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/localized"}}}}}}},"grades":{"type":"object","additionalProperties":false,"required":["source","bands"],"properties":{"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"note":{"$ref":"#/$defs/localized"},"bands":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["min","grade","label"],"properties":{"min":{"type":"number","minimum":0,"maximum":5,"description":"Nilai terendah predikat ini (skala 0-5). (EN) Lowest index of this grade (0-5 scale)."},"grade":{"type":"string","pattern":"^[A-F]-?$"},"label":{"$ref":"#/$defs/localized"}}}}}}},"title":"PekpppInstrument"};
const schema33 = {"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string","minLength":1,"pattern":"\\S"},"en":{"type":"string","minLength":1,"pattern":"\\S"}}};
const schema35 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"};
const schema41 = {"type":"boolean","description":"Belum pasti menurut sumber (satu sumber saja, atau bukan lampiran resmi). (EN) Not settled by the sources (one source only, or not the official annex)."};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length.js").default;
const pattern4 = new RegExp("\\S", "u");
const pattern6 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern12 = new RegExp("^[IVX]+$", "u");
const pattern24 = new RegExp("^[A-F]-?$", "u");
const schema34 = {"type":"array","minItems":1,"items":{"$ref":"#/$defs/slug"},"description":"Pengenal peraturan dari data/rules.yaml. (EN) Rule ids from data/rules.yaml."};

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
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1}};
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
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"array","items":{"$ref":"#/$defs/note"}};
const schema37 = {"type":"object","additionalProperties":false,"required":["text","source"],"properties":{"text":{"$ref":"#/$defs/localized"},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"}}};
const schema39 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/slug"},"description":"Pengenal sumber dari daftar `sources` berkas ini; wajib untuk setiap angka. (EN) Source ids from this file's `sources`; required for every figure."};
const func0 = require("ajv/dist/runtime/equal.js").default;

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
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1}};
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
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "source")) || (key0 === "toConfirm"))){
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
if(data.text !== undefined){
let data0 = data.text;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.en === undefined){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "id") || (key1 === "en"))){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/text/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/text/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err8 = {instancePath:instancePath+"/text/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.en !== undefined){
let data2 = data0.en;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/text/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data2)){
const err10 = {instancePath:instancePath+"/text/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err11 = {instancePath:instancePath+"/text/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate26(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.toConfirm !== undefined){
if(typeof data.toConfirm !== "boolean"){
const err13 = {instancePath:instancePath+"/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
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
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"array","minItems":1,"items":{"$ref":"#/$defs/source"}};
const schema43 = {"type":"object","additionalProperties":false,"required":["id","title","where"],"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"type":"string","minLength":1},"where":{"type":"string","minLength":1}}};

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
if(data.where === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "where"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "title")) || (key0 === "where"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
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
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1}};
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
if(data.where !== undefined){
let data2 = data.where;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/minLength",keyword:"minLength",params:{limit: 1}};
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
const err9 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: "string"}};
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
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1}};
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
if(!(validate31(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
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
if(data.basis === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "basis"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.scale === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scale"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sources === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.aspects === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aspects"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.indicators === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicators"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.grades === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grades"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
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
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err10 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
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
if("pekppp" !== data.id){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/const",keyword:"const",params:{allowedValue: "pekppp"}};
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
let data2 = data.title;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.en === undefined){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data2){
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
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err15 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data3)){
const err16 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err17 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.en !== undefined){
let data4 = data2.en;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err18 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern4.test(data4)){
const err19 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err20 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
else {
const err21 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.basis !== undefined){
if(!(validate22(data.basis, {instancePath:instancePath+"/basis",parentData:data,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.scale !== undefined){
let data6 = data.scale;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.min === undefined){
const err22 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.max === undefined){
const err23 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/required",keyword:"required",params:{missingProperty: "max"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "min") || (key2 === "max"))){
const err24 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.min !== undefined){
if(0 !== data6.min){
const err25 = {instancePath:instancePath+"/scale/min",schemaPath:"#/properties/scale/properties/min/const",keyword:"const",params:{allowedValue: 0}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.max !== undefined){
if(5 !== data6.max){
const err26 = {instancePath:instancePath+"/scale/max",schemaPath:"#/properties/scale/properties/max/const",keyword:"const",params:{allowedValue: 5}};
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
const err27 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.notes !== undefined){
if(!(validate24(data.notes, {instancePath:instancePath+"/notes",parentData:data,parentDataProperty:"notes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.sources !== undefined){
if(!(validate30(data.sources, {instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.aspects !== undefined){
let data11 = data.aspects;
if(Array.isArray(data11)){
if(data11.length < 1){
const err28 = {instancePath:instancePath+"/aspects",schemaPath:"#/properties/aspects/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err29 = {instancePath:instancePath+"/aspects/" + i0,schemaPath:"#/properties/aspects/items/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data12.no === undefined){
const err30 = {instancePath:instancePath+"/aspects/" + i0,schemaPath:"#/properties/aspects/items/required",keyword:"required",params:{missingProperty: "no"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data12.weight === undefined){
const err31 = {instancePath:instancePath+"/aspects/" + i0,schemaPath:"#/properties/aspects/items/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12.source === undefined){
const err32 = {instancePath:instancePath+"/aspects/" + i0,schemaPath:"#/properties/aspects/items/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data12.title === undefined){
const err33 = {instancePath:instancePath+"/aspects/" + i0,schemaPath:"#/properties/aspects/items/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data12){
if(!((((((key3 === "id") || (key3 === "no")) || (key3 === "weight")) || (key3 === "source")) || (key3 === "toConfirm")) || (key3 === "title"))){
const err34 = {instancePath:instancePath+"/aspects/" + i0,schemaPath:"#/properties/aspects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.id !== undefined){
let data13 = data12.id;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err35 = {instancePath:instancePath+"/aspects/" + i0+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err36 = {instancePath:instancePath+"/aspects/" + i0+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.no !== undefined){
let data14 = data12.no;
if(typeof data14 === "string"){
if(!pattern12.test(data14)){
const err37 = {instancePath:instancePath+"/aspects/" + i0+"/no",schemaPath:"#/properties/aspects/items/properties/no/pattern",keyword:"pattern",params:{pattern: "^[IVX]+$"}};
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
const err38 = {instancePath:instancePath+"/aspects/" + i0+"/no",schemaPath:"#/properties/aspects/items/properties/no/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data12.weight !== undefined){
let data15 = data12.weight;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 100 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/aspects/" + i0+"/weight",schemaPath:"#/properties/aspects/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err40 = {instancePath:instancePath+"/aspects/" + i0+"/weight",schemaPath:"#/properties/aspects/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err41 = {instancePath:instancePath+"/aspects/" + i0+"/weight",schemaPath:"#/properties/aspects/items/properties/weight/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data12.source !== undefined){
if(!(validate26(data12.source, {instancePath:instancePath+"/aspects/" + i0+"/source",parentData:data12,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data12.toConfirm !== undefined){
if(typeof data12.toConfirm !== "boolean"){
const err42 = {instancePath:instancePath+"/aspects/" + i0+"/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data12.title !== undefined){
let data18 = data12.title;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.id === undefined){
const err43 = {instancePath:instancePath+"/aspects/" + i0+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data18.en === undefined){
const err44 = {instancePath:instancePath+"/aspects/" + i0+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key4 in data18){
if(!((key4 === "id") || (key4 === "en"))){
const err45 = {instancePath:instancePath+"/aspects/" + i0+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data18.id !== undefined){
let data19 = data18.id;
if(typeof data19 === "string"){
if(func2(data19) < 1){
const err46 = {instancePath:instancePath+"/aspects/" + i0+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern4.test(data19)){
const err47 = {instancePath:instancePath+"/aspects/" + i0+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err48 = {instancePath:instancePath+"/aspects/" + i0+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data18.en !== undefined){
let data20 = data18.en;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err49 = {instancePath:instancePath+"/aspects/" + i0+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern4.test(data20)){
const err50 = {instancePath:instancePath+"/aspects/" + i0+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/aspects/" + i0+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
else {
const err52 = {instancePath:instancePath+"/aspects/" + i0+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
else {
const err53 = {instancePath:instancePath+"/aspects/" + i0,schemaPath:"#/properties/aspects/items/type",keyword:"type",params:{type: "object"}};
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
const err54 = {instancePath:instancePath+"/aspects",schemaPath:"#/properties/aspects/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.indicators !== undefined){
let data21 = data.indicators;
if(Array.isArray(data21)){
if(data21.length < 1){
const err55 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.no === undefined){
const err56 = {instancePath:instancePath+"/indicators/" + i1,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "no"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data22.aspect === undefined){
const err57 = {instancePath:instancePath+"/indicators/" + i1,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "aspect"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data22.weight === undefined){
const err58 = {instancePath:instancePath+"/indicators/" + i1,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data22.source === undefined){
const err59 = {instancePath:instancePath+"/indicators/" + i1,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data22.title === undefined){
const err60 = {instancePath:instancePath+"/indicators/" + i1,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data22.evidence === undefined){
const err61 = {instancePath:instancePath+"/indicators/" + i1,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "evidence"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key5 in data22){
if(!((((((((key5 === "no") || (key5 === "aspect")) || (key5 === "weight")) || (key5 === "source")) || (key5 === "toConfirm")) || (key5 === "title")) || (key5 === "levels")) || (key5 === "evidence"))){
const err62 = {instancePath:instancePath+"/indicators/" + i1,schemaPath:"#/properties/indicators/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data22.no !== undefined){
let data23 = data22.no;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err63 = {instancePath:instancePath+"/indicators/" + i1+"/no",schemaPath:"#/properties/indicators/items/properties/no/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 1 || isNaN(data23)){
const err64 = {instancePath:instancePath+"/indicators/" + i1+"/no",schemaPath:"#/properties/indicators/items/properties/no/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data22.aspect !== undefined){
let data24 = data22.aspect;
if(typeof data24 === "string"){
if(!pattern6.test(data24)){
const err65 = {instancePath:instancePath+"/indicators/" + i1+"/aspect",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err66 = {instancePath:instancePath+"/indicators/" + i1+"/aspect",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data22.weight !== undefined){
let data25 = data22.weight;
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 100 || isNaN(data25)){
const err67 = {instancePath:instancePath+"/indicators/" + i1+"/weight",schemaPath:"#/properties/indicators/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data25 < 0 || isNaN(data25)){
const err68 = {instancePath:instancePath+"/indicators/" + i1+"/weight",schemaPath:"#/properties/indicators/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/indicators/" + i1+"/weight",schemaPath:"#/properties/indicators/items/properties/weight/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data22.source !== undefined){
if(!(validate26(data22.source, {instancePath:instancePath+"/indicators/" + i1+"/source",parentData:data22,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data22.toConfirm !== undefined){
if(typeof data22.toConfirm !== "boolean"){
const err70 = {instancePath:instancePath+"/indicators/" + i1+"/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data22.title !== undefined){
let data28 = data22.title;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.id === undefined){
const err71 = {instancePath:instancePath+"/indicators/" + i1+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data28.en === undefined){
const err72 = {instancePath:instancePath+"/indicators/" + i1+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key6 in data28){
if(!((key6 === "id") || (key6 === "en"))){
const err73 = {instancePath:instancePath+"/indicators/" + i1+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data28.id !== undefined){
let data29 = data28.id;
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err74 = {instancePath:instancePath+"/indicators/" + i1+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!pattern4.test(data29)){
const err75 = {instancePath:instancePath+"/indicators/" + i1+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/indicators/" + i1+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data28.en !== undefined){
let data30 = data28.en;
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err77 = {instancePath:instancePath+"/indicators/" + i1+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern4.test(data30)){
const err78 = {instancePath:instancePath+"/indicators/" + i1+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/indicators/" + i1+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
else {
const err80 = {instancePath:instancePath+"/indicators/" + i1+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data22.levels !== undefined){
let data31 = data22.levels;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.source === undefined){
const err81 = {instancePath:instancePath+"/indicators/" + i1+"/levels",schemaPath:"#/properties/indicators/items/properties/levels/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data31.texts === undefined){
const err82 = {instancePath:instancePath+"/indicators/" + i1+"/levels",schemaPath:"#/properties/indicators/items/properties/levels/required",keyword:"required",params:{missingProperty: "texts"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key7 in data31){
if(!(((key7 === "source") || (key7 === "toConfirm")) || (key7 === "texts"))){
const err83 = {instancePath:instancePath+"/indicators/" + i1+"/levels",schemaPath:"#/properties/indicators/items/properties/levels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data31.source !== undefined){
if(!(validate26(data31.source, {instancePath:instancePath+"/indicators/" + i1+"/levels/source",parentData:data31,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data31.toConfirm !== undefined){
if(typeof data31.toConfirm !== "boolean"){
const err84 = {instancePath:instancePath+"/indicators/" + i1+"/levels/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data31.texts !== undefined){
let data34 = data31.texts;
if(Array.isArray(data34)){
if(data34.length > 6){
const err85 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts",schemaPath:"#/properties/indicators/items/properties/levels/properties/texts/maxItems",keyword:"maxItems",params:{limit: 6}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data34.length < 6){
const err86 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts",schemaPath:"#/properties/indicators/items/properties/levels/properties/texts/minItems",keyword:"minItems",params:{limit: 6}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
const len2 = data34.length;
for(let i2=0; i2<len2; i2++){
let data35 = data34[i2];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.id === undefined){
const err87 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data35.en === undefined){
const err88 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key8 in data35){
if(!((key8 === "id") || (key8 === "en"))){
const err89 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2,schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data35.id !== undefined){
let data36 = data35.id;
if(typeof data36 === "string"){
if(func2(data36) < 1){
const err90 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2+"/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!pattern4.test(data36)){
const err91 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2+"/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2+"/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data35.en !== undefined){
let data37 = data35.en;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err93 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2+"/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(!pattern4.test(data37)){
const err94 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2+"/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2+"/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts/" + i2,schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/indicators/" + i1+"/levels/texts",schemaPath:"#/properties/indicators/items/properties/levels/properties/texts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/indicators/" + i1+"/levels",schemaPath:"#/properties/indicators/items/properties/levels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data22.evidence !== undefined){
let data38 = data22.evidence;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.source === undefined){
const err99 = {instancePath:instancePath+"/indicators/" + i1+"/evidence",schemaPath:"#/properties/indicators/items/properties/evidence/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data38.items === undefined){
const err100 = {instancePath:instancePath+"/indicators/" + i1+"/evidence",schemaPath:"#/properties/indicators/items/properties/evidence/required",keyword:"required",params:{missingProperty: "items"}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key9 in data38){
if(!(((key9 === "source") || (key9 === "toConfirm")) || (key9 === "items"))){
const err101 = {instancePath:instancePath+"/indicators/" + i1+"/evidence",schemaPath:"#/properties/indicators/items/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data38.source !== undefined){
if(!(validate26(data38.source, {instancePath:instancePath+"/indicators/" + i1+"/evidence/source",parentData:data38,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data38.toConfirm !== undefined){
if(typeof data38.toConfirm !== "boolean"){
const err102 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data38.items !== undefined){
let data41 = data38.items;
if(Array.isArray(data41)){
if(data41.length < 1){
const err103 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items",schemaPath:"#/properties/indicators/items/properties/evidence/properties/items/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
const len3 = data41.length;
for(let i3=0; i3<len3; i3++){
let data42 = data41[i3];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.id === undefined){
const err104 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data42.en === undefined){
const err105 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3,schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
for(const key10 in data42){
if(!((key10 === "id") || (key10 === "en"))){
const err106 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3,schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data42.id !== undefined){
let data43 = data42.id;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err107 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3+"/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(!pattern4.test(data43)){
const err108 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3+"/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3+"/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data42.en !== undefined){
let data44 = data42.en;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err110 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3+"/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(!pattern4.test(data44)){
const err111 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3+"/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3+"/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items/" + i3,schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/indicators/" + i1+"/evidence/items",schemaPath:"#/properties/indicators/items/properties/evidence/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/indicators/" + i1+"/evidence",schemaPath:"#/properties/indicators/items/properties/evidence/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/indicators/" + i1,schemaPath:"#/properties/indicators/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.grades !== undefined){
let data45 = data.grades;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.source === undefined){
const err118 = {instancePath:instancePath+"/grades",schemaPath:"#/properties/grades/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data45.bands === undefined){
const err119 = {instancePath:instancePath+"/grades",schemaPath:"#/properties/grades/required",keyword:"required",params:{missingProperty: "bands"}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
for(const key11 in data45){
if(!((((key11 === "source") || (key11 === "toConfirm")) || (key11 === "note")) || (key11 === "bands"))){
const err120 = {instancePath:instancePath+"/grades",schemaPath:"#/properties/grades/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data45.source !== undefined){
if(!(validate26(data45.source, {instancePath:instancePath+"/grades/source",parentData:data45,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data45.toConfirm !== undefined){
if(typeof data45.toConfirm !== "boolean"){
const err121 = {instancePath:instancePath+"/grades/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data45.note !== undefined){
let data48 = data45.note;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.id === undefined){
const err122 = {instancePath:instancePath+"/grades/note",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data48.en === undefined){
const err123 = {instancePath:instancePath+"/grades/note",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
for(const key12 in data48){
if(!((key12 === "id") || (key12 === "en"))){
const err124 = {instancePath:instancePath+"/grades/note",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data48.id !== undefined){
let data49 = data48.id;
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err125 = {instancePath:instancePath+"/grades/note/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(!pattern4.test(data49)){
const err126 = {instancePath:instancePath+"/grades/note/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/grades/note/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data48.en !== undefined){
let data50 = data48.en;
if(typeof data50 === "string"){
if(func2(data50) < 1){
const err128 = {instancePath:instancePath+"/grades/note/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(!pattern4.test(data50)){
const err129 = {instancePath:instancePath+"/grades/note/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err130 = {instancePath:instancePath+"/grades/note/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/grades/note",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data45.bands !== undefined){
let data51 = data45.bands;
if(Array.isArray(data51)){
if(data51.length < 1){
const err132 = {instancePath:instancePath+"/grades/bands",schemaPath:"#/properties/grades/properties/bands/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
const len4 = data51.length;
for(let i4=0; i4<len4; i4++){
let data52 = data51[i4];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.min === undefined){
const err133 = {instancePath:instancePath+"/grades/bands/" + i4,schemaPath:"#/properties/grades/properties/bands/items/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data52.grade === undefined){
const err134 = {instancePath:instancePath+"/grades/bands/" + i4,schemaPath:"#/properties/grades/properties/bands/items/required",keyword:"required",params:{missingProperty: "grade"}};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data52.label === undefined){
const err135 = {instancePath:instancePath+"/grades/bands/" + i4,schemaPath:"#/properties/grades/properties/bands/items/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
for(const key13 in data52){
if(!(((key13 === "min") || (key13 === "grade")) || (key13 === "label"))){
const err136 = {instancePath:instancePath+"/grades/bands/" + i4,schemaPath:"#/properties/grades/properties/bands/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13}};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data52.min !== undefined){
let data53 = data52.min;
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 > 5 || isNaN(data53)){
const err137 = {instancePath:instancePath+"/grades/bands/" + i4+"/min",schemaPath:"#/properties/grades/properties/bands/items/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data53 < 0 || isNaN(data53)){
const err138 = {instancePath:instancePath+"/grades/bands/" + i4+"/min",schemaPath:"#/properties/grades/properties/bands/items/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/grades/bands/" + i4+"/min",schemaPath:"#/properties/grades/properties/bands/items/properties/min/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data52.grade !== undefined){
let data54 = data52.grade;
if(typeof data54 === "string"){
if(!pattern24.test(data54)){
const err140 = {instancePath:instancePath+"/grades/bands/" + i4+"/grade",schemaPath:"#/properties/grades/properties/bands/items/properties/grade/pattern",keyword:"pattern",params:{pattern: "^[A-F]-?$"}};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/grades/bands/" + i4+"/grade",schemaPath:"#/properties/grades/properties/bands/items/properties/grade/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data52.label !== undefined){
let data55 = data52.label;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.id === undefined){
const err142 = {instancePath:instancePath+"/grades/bands/" + i4+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(data55.en === undefined){
const err143 = {instancePath:instancePath+"/grades/bands/" + i4+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
for(const key14 in data55){
if(!((key14 === "id") || (key14 === "en"))){
const err144 = {instancePath:instancePath+"/grades/bands/" + i4+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14}};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data55.id !== undefined){
let data56 = data55.id;
if(typeof data56 === "string"){
if(func2(data56) < 1){
const err145 = {instancePath:instancePath+"/grades/bands/" + i4+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(!pattern4.test(data56)){
const err146 = {instancePath:instancePath+"/grades/bands/" + i4+"/label/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/grades/bands/" + i4+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data55.en !== undefined){
let data57 = data55.en;
if(typeof data57 === "string"){
if(func2(data57) < 1){
const err148 = {instancePath:instancePath+"/grades/bands/" + i4+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(!pattern4.test(data57)){
const err149 = {instancePath:instancePath+"/grades/bands/" + i4+"/label/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/grades/bands/" + i4+"/label/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/grades/bands/" + i4+"/label",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/grades/bands/" + i4,schemaPath:"#/properties/grades/properties/bands/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/grades/bands",schemaPath:"#/properties/grades/properties/bands/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/grades",schemaPath:"#/properties/grades/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"type":"object","additionalProperties":false,"required":["schemaVersion","id","title","sources","models"],"properties":{"schemaVersion":{"const":1},"id":{"const":"ombudsman"},"title":{"$ref":"#/$defs/localized"},"sources":{"$ref":"#/$defs/sources"},"models":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","title","basis","parts"],"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"$ref":"#/$defs/localized"},"basis":{"$ref":"#/$defs/ruleRefs"},"parts":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/weighted"}},"bands":{"type":"object","additionalProperties":false,"required":["source","items"],"properties":{"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"note":{"$ref":"#/$defs/localized"},"items":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["min","max","label"],"properties":{"min":{"type":"number"},"max":{"type":"number"},"label":{"$ref":"#/$defs/localized"}}}}}},"notes":{"$ref":"#/$defs/notes"}}}}},"title":"OmbudsmanInstrument"};
const schema62 = {"type":"object","additionalProperties":false,"required":["id","weight","source","title"],"properties":{"id":{"$ref":"#/$defs/slug"},"weight":{"type":"number","minimum":0,"maximum":100,"description":"Bobot dalam persen. (EN) Weight in percent."},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"},"title":{"$ref":"#/$defs/localized"}}};

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
if(data.weight === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "weight")) || (key0 === "source")) || (key0 === "toConfirm")) || (key0 === "title"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.weight !== undefined){
let data1 = data.weight;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err9 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate26(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.toConfirm !== undefined){
if(typeof data.toConfirm !== "boolean"){
const err10 = {instancePath:instancePath+"/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
let data4 = data.title;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.en === undefined){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "id") || (key1 === "en"))){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern4.test(data5)){
const err15 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err16 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.en !== undefined){
let data6 = data4.en;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err17 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern4.test(data6)){
const err18 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
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
if(data.sources === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.models === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "schemaVersion") || (key0 === "id")) || (key0 === "title")) || (key0 === "sources")) || (key0 === "models"))){
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
if(data.id !== undefined){
if("ombudsman" !== data.id){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/const",keyword:"const",params:{allowedValue: "ombudsman"}};
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
let data2 = data.title;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.en === undefined){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "en"))){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
if(data2.en !== undefined){
let data4 = data2.en;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern4.test(data4)){
const err15 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
if(data.sources !== undefined){
if(!(validate30(data.sources, {instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.models !== undefined){
let data6 = data.models;
if(Array.isArray(data6)){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err19 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7.title === undefined){
const err20 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7.basis === undefined){
const err21 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/required",keyword:"required",params:{missingProperty: "basis"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.parts === undefined){
const err22 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/required",keyword:"required",params:{missingProperty: "parts"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data7){
if(!((((((key2 === "id") || (key2 === "title")) || (key2 === "basis")) || (key2 === "parts")) || (key2 === "bands")) || (key2 === "notes"))){
const err23 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err24 = {instancePath:instancePath+"/models/" + i0+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err25 = {instancePath:instancePath+"/models/" + i0+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.title !== undefined){
let data9 = data7.title;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err26 = {instancePath:instancePath+"/models/" + i0+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.en === undefined){
const err27 = {instancePath:instancePath+"/models/" + i0+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key3 in data9){
if(!((key3 === "id") || (key3 === "en"))){
const err28 = {instancePath:instancePath+"/models/" + i0+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
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
if(func2(data10) < 1){
const err29 = {instancePath:instancePath+"/models/" + i0+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern4.test(data10)){
const err30 = {instancePath:instancePath+"/models/" + i0+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err31 = {instancePath:instancePath+"/models/" + i0+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
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
if(func2(data11) < 1){
const err32 = {instancePath:instancePath+"/models/" + i0+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern4.test(data11)){
const err33 = {instancePath:instancePath+"/models/" + i0+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err34 = {instancePath:instancePath+"/models/" + i0+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err35 = {instancePath:instancePath+"/models/" + i0+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.basis !== undefined){
if(!(validate22(data7.basis, {instancePath:instancePath+"/models/" + i0+"/basis",parentData:data7,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data7.parts !== undefined){
let data13 = data7.parts;
if(Array.isArray(data13)){
if(data13.length < 1){
const err36 = {instancePath:instancePath+"/models/" + i0+"/parts",schemaPath:"#/properties/models/items/properties/parts/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
if(!(validate43(data13[i1], {instancePath:instancePath+"/models/" + i0+"/parts/" + i1,parentData:data13,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/models/" + i0+"/parts",schemaPath:"#/properties/models/items/properties/parts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data7.bands !== undefined){
let data15 = data7.bands;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.source === undefined){
const err38 = {instancePath:instancePath+"/models/" + i0+"/bands",schemaPath:"#/properties/models/items/properties/bands/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data15.items === undefined){
const err39 = {instancePath:instancePath+"/models/" + i0+"/bands",schemaPath:"#/properties/models/items/properties/bands/required",keyword:"required",params:{missingProperty: "items"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key4 in data15){
if(!((((key4 === "source") || (key4 === "toConfirm")) || (key4 === "note")) || (key4 === "items"))){
const err40 = {instancePath:instancePath+"/models/" + i0+"/bands",schemaPath:"#/properties/models/items/properties/bands/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data15.source !== undefined){
if(!(validate26(data15.source, {instancePath:instancePath+"/models/" + i0+"/bands/source",parentData:data15,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data15.toConfirm !== undefined){
if(typeof data15.toConfirm !== "boolean"){
const err41 = {instancePath:instancePath+"/models/" + i0+"/bands/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data15.note !== undefined){
let data18 = data15.note;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.id === undefined){
const err42 = {instancePath:instancePath+"/models/" + i0+"/bands/note",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data18.en === undefined){
const err43 = {instancePath:instancePath+"/models/" + i0+"/bands/note",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key5 in data18){
if(!((key5 === "id") || (key5 === "en"))){
const err44 = {instancePath:instancePath+"/models/" + i0+"/bands/note",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data18.id !== undefined){
let data19 = data18.id;
if(typeof data19 === "string"){
if(func2(data19) < 1){
const err45 = {instancePath:instancePath+"/models/" + i0+"/bands/note/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern4.test(data19)){
const err46 = {instancePath:instancePath+"/models/" + i0+"/bands/note/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err47 = {instancePath:instancePath+"/models/" + i0+"/bands/note/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data18.en !== undefined){
let data20 = data18.en;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err48 = {instancePath:instancePath+"/models/" + i0+"/bands/note/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern4.test(data20)){
const err49 = {instancePath:instancePath+"/models/" + i0+"/bands/note/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err50 = {instancePath:instancePath+"/models/" + i0+"/bands/note/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err51 = {instancePath:instancePath+"/models/" + i0+"/bands/note",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data15.items !== undefined){
let data21 = data15.items;
if(Array.isArray(data21)){
if(data21.length < 1){
const err52 = {instancePath:instancePath+"/models/" + i0+"/bands/items",schemaPath:"#/properties/models/items/properties/bands/properties/items/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.min === undefined){
const err53 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2,schemaPath:"#/properties/models/items/properties/bands/properties/items/items/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data22.max === undefined){
const err54 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2,schemaPath:"#/properties/models/items/properties/bands/properties/items/items/required",keyword:"required",params:{missingProperty: "max"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data22.label === undefined){
const err55 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2,schemaPath:"#/properties/models/items/properties/bands/properties/items/items/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key6 in data22){
if(!(((key6 === "min") || (key6 === "max")) || (key6 === "label"))){
const err56 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2,schemaPath:"#/properties/models/items/properties/bands/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data22.min !== undefined){
let data23 = data22.min;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err57 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/min",schemaPath:"#/properties/models/items/properties/bands/properties/items/items/properties/min/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data22.max !== undefined){
let data24 = data22.max;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err58 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/max",schemaPath:"#/properties/models/items/properties/bands/properties/items/items/properties/max/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data22.label !== undefined){
let data25 = data22.label;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.id === undefined){
const err59 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data25.en === undefined){
const err60 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key7 in data25){
if(!((key7 === "id") || (key7 === "en"))){
const err61 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data25.id !== undefined){
let data26 = data25.id;
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err62 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!pattern4.test(data26)){
const err63 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err64 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data25.en !== undefined){
let data27 = data25.en;
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err65 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!pattern4.test(data27)){
const err66 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err68 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2+"/label",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
else {
const err69 = {instancePath:instancePath+"/models/" + i0+"/bands/items/" + i2,schemaPath:"#/properties/models/items/properties/bands/properties/items/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/models/" + i0+"/bands/items",schemaPath:"#/properties/models/items/properties/bands/properties/items/type",keyword:"type",params:{type: "array"}};
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
const err71 = {instancePath:instancePath+"/models/" + i0+"/bands",schemaPath:"#/properties/models/items/properties/bands/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data7.notes !== undefined){
if(!(validate24(data7.notes, {instancePath:instancePath+"/models/" + i0+"/notes",parentData:data7,parentDataProperty:"notes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err72 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"}};
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
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema69 = {"type":"object","additionalProperties":false,"required":["schemaVersion","id","title","basis","sources","prima"],"properties":{"schemaVersion":{"const":1},"id":{"const":"kemenpanrb-mpp"},"title":{"$ref":"#/$defs/localized"},"basis":{"$ref":"#/$defs/ruleRefs"},"sources":{"$ref":"#/$defs/sources"},"notes":{"$ref":"#/$defs/notes"},"prima":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["year","count","of","source"],"properties":{"year":{"type":"integer","minimum":2017,"maximum":2100},"count":{"type":"integer","minimum":0},"of":{"type":"integer","minimum":1},"decree":{"type":"string"},"regions":{"type":"array","items":{"type":"string","minLength":1}},"source":{"$ref":"#/$defs/sourceRefs"},"toConfirm":{"$ref":"#/$defs/toConfirm"}}}}},"title":"KemenpanrbInstrument"};

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
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
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
if(data.basis === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "basis"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sources === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.prima === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prima"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "schemaVersion") || (key0 === "id")) || (key0 === "title")) || (key0 === "basis")) || (key0 === "sources")) || (key0 === "notes")) || (key0 === "prima"))){
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
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err7 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
if("kemenpanrb-mpp" !== data.id){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/const",keyword:"const",params:{allowedValue: "kemenpanrb-mpp"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.en === undefined){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "en"))){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern4.test(data3)){
const err13 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err14 = {instancePath:instancePath+"/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
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
let data4 = data2.en;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err15 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data4)){
const err16 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/pattern",keyword:"pattern",params:{pattern: "\\S"}};
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
const err17 = {instancePath:instancePath+"/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err18 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.basis !== undefined){
if(!(validate22(data.basis, {instancePath:instancePath+"/basis",parentData:data,parentDataProperty:"basis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.sources !== undefined){
if(!(validate30(data.sources, {instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.notes !== undefined){
if(!(validate24(data.notes, {instancePath:instancePath+"/notes",parentData:data,parentDataProperty:"notes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.prima !== undefined){
let data8 = data.prima;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.year === undefined){
const err19 = {instancePath:instancePath+"/prima/" + i0,schemaPath:"#/properties/prima/items/required",keyword:"required",params:{missingProperty: "year"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.count === undefined){
const err20 = {instancePath:instancePath+"/prima/" + i0,schemaPath:"#/properties/prima/items/required",keyword:"required",params:{missingProperty: "count"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.of === undefined){
const err21 = {instancePath:instancePath+"/prima/" + i0,schemaPath:"#/properties/prima/items/required",keyword:"required",params:{missingProperty: "of"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9.source === undefined){
const err22 = {instancePath:instancePath+"/prima/" + i0,schemaPath:"#/properties/prima/items/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data9){
if(!(((((((key2 === "year") || (key2 === "count")) || (key2 === "of")) || (key2 === "decree")) || (key2 === "regions")) || (key2 === "source")) || (key2 === "toConfirm"))){
const err23 = {instancePath:instancePath+"/prima/" + i0,schemaPath:"#/properties/prima/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.year !== undefined){
let data10 = data9.year;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/prima/" + i0+"/year",schemaPath:"#/properties/prima/items/properties/year/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 2100 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/prima/" + i0+"/year",schemaPath:"#/properties/prima/items/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10 < 2017 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/prima/" + i0+"/year",schemaPath:"#/properties/prima/items/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2017}};
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
if(data9.count !== undefined){
let data11 = data9.count;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err27 = {instancePath:instancePath+"/prima/" + i0+"/count",schemaPath:"#/properties/prima/items/properties/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/prima/" + i0+"/count",schemaPath:"#/properties/prima/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data9.of !== undefined){
let data12 = data9.of;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err29 = {instancePath:instancePath+"/prima/" + i0+"/of",schemaPath:"#/properties/prima/items/properties/of/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/prima/" + i0+"/of",schemaPath:"#/properties/prima/items/properties/of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data9.decree !== undefined){
if(typeof data9.decree !== "string"){
const err31 = {instancePath:instancePath+"/prima/" + i0+"/decree",schemaPath:"#/properties/prima/items/properties/decree/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.regions !== undefined){
let data14 = data9.regions;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err32 = {instancePath:instancePath+"/prima/" + i0+"/regions/" + i1,schemaPath:"#/properties/prima/items/properties/regions/items/minLength",keyword:"minLength",params:{limit: 1}};
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
const err33 = {instancePath:instancePath+"/prima/" + i0+"/regions/" + i1,schemaPath:"#/properties/prima/items/properties/regions/items/type",keyword:"type",params:{type: "string"}};
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
const err34 = {instancePath:instancePath+"/prima/" + i0+"/regions",schemaPath:"#/properties/prima/items/properties/regions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.source !== undefined){
if(!(validate26(data9.source, {instancePath:instancePath+"/prima/" + i0+"/source",parentData:data9,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data9.toConfirm !== undefined){
if(typeof data9.toConfirm !== "boolean"){
const err35 = {instancePath:instancePath+"/prima/" + i0+"/toConfirm",schemaPath:"#/$defs/toConfirm/type",keyword:"type",params:{type: "boolean"}};
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
const err36 = {instancePath:instancePath+"/prima/" + i0,schemaPath:"#/properties/prima/items/type",keyword:"type",params:{type: "object"}};
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
const err37 = {instancePath:instancePath+"/prima",schemaPath:"#/properties/prima/type",keyword:"type",params:{type: "array"}};
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
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/instrument.schema.json" */;
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
let missing0;
if((data.id === undefined) && (missing0 = "id")){
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
if(data.id !== undefined){
if("pekppp" !== data.id){
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
const _errs5 = errors;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.id === undefined) && (missing1 = "id")){
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
if(data.id !== undefined){
if("ombudsman" !== data.id){
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
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = true;
}
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.id === undefined) && (missing2 = "id")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.id !== undefined){
if("kemenpanrb-mpp" !== data.id){
const err7 = {};
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
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
if(valid5){
var props2 = true;
}
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.id === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.title === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.sources === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.schemaVersion = true;
props0.id = true;
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
if(data.id !== undefined){
let data4 = data.id;
if(!(((data4 === "pekppp") || (data4 === "ombudsman")) || (data4 === "kemenpanrb-mpp"))){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/enum",keyword:"enum",params:{allowedValues: schema31.properties.id.enum}};
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
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

