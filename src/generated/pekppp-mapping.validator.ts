// Generated from schemas/pekppp-mapping.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/pekppp-mapping.schema.json","title":"PekpppMapping","description":"Aturan kit untuk pra-penilaian PEKPPP dari jawaban dan daftar periksa (bukan angka resmi). (EN) The kit's rules for pre-assessing PEKPPP from the answers and the checklist (not official figures).","type":"object","additionalProperties":false,"required":["schemaVersion","indicators"],"properties":{"schemaVersion":{"const":1},"indicators":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["indicator","rationale"],"properties":{"indicator":{"type":"integer","minimum":1,"description":"Nomor indikator PEKPPP. (EN) PEKPPP indicator number."},"derive":{"enum":["standard-components"],"description":"Tingkat dasar dari jawaban; lihat src/instruments/derive.ts. (EN) Base level from the answers; see src/instruments/derive.ts."},"ladder":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["level","items"],"properties":{"level":{"type":"integer","minimum":1,"maximum":5},"items":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"}}}}},"hints":{"type":"object","additionalProperties":false,"properties":{"items":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"}},"facilities":{"type":"array","items":{"$ref":"region.schema.json#/$defs/facility"}},"complaintChannels":{"const":true},"openingHours":{"const":true},"queue":{"const":true},"onlineServices":{"const":true},"sizing":{"const":true}}},"rationale":{"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}}}}}}}};
const schema92 = {"enum":["information-desk","ticket-kiosk","priority-counter","lactation-room","children-corner","accessible-toilet","wheelchair","ramp","guiding-block","accessible-parking","elevator","complaint-desk","prayer-room","first-aid","cctv","self-service-kiosk","waiting-area","signage","braille-information","sign-language-service"],"description":"Jenis sarana. (EN) Kind of facility."};
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const func2 = require("ajv/dist/runtime/ucs2length.js").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/pekppp-mapping.schema.json" */;
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
if(data.indicators === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicators"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "schemaVersion") || (key0 === "indicators"))){
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
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err3 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.indicators !== undefined){
let data1 = data.indicators;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.indicator === undefined){
const err5 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "indicator"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.rationale === undefined){
const err6 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "rationale"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "indicator") || (key1 === "derive")) || (key1 === "ladder")) || (key1 === "hints")) || (key1 === "rationale"))){
const err7 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.indicator !== undefined){
let data3 = data2.indicator;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/indicators/" + i0+"/indicator",schemaPath:"#/properties/indicators/items/properties/indicator/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/indicators/" + i0+"/indicator",schemaPath:"#/properties/indicators/items/properties/indicator/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data2.derive !== undefined){
if(!(data2.derive === "standard-components")){
const err10 = {instancePath:instancePath+"/indicators/" + i0+"/derive",schemaPath:"#/properties/indicators/items/properties/derive/enum",keyword:"enum",params:{allowedValues: schema31.properties.indicators.items.properties.derive.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.ladder !== undefined){
let data5 = data2.ladder;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.level === undefined){
const err11 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1,schemaPath:"#/properties/indicators/items/properties/ladder/items/required",keyword:"required",params:{missingProperty: "level"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6.items === undefined){
const err12 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1,schemaPath:"#/properties/indicators/items/properties/ladder/items/required",keyword:"required",params:{missingProperty: "items"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "level") || (key2 === "items"))){
const err13 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1,schemaPath:"#/properties/indicators/items/properties/ladder/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.level !== undefined){
let data7 = data6.level;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1+"/level",schemaPath:"#/properties/indicators/items/properties/ladder/items/properties/level/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 5 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1+"/level",schemaPath:"#/properties/indicators/items/properties/ladder/items/properties/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1+"/level",schemaPath:"#/properties/indicators/items/properties/ladder/items/properties/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data6.items !== undefined){
let data8 = data6.items;
if(Array.isArray(data8)){
if(data8.length < 1){
const err17 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1+"/items",schemaPath:"#/properties/indicators/items/properties/ladder/items/properties/items/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err18 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1+"/items/" + i2,schemaPath:"#/properties/indicators/items/properties/ladder/items/properties/items/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err19 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1+"/items/" + i2,schemaPath:"#/properties/indicators/items/properties/ladder/items/properties/items/items/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1+"/items",schemaPath:"#/properties/indicators/items/properties/ladder/items/properties/items/type",keyword:"type",params:{type: "array"}};
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
const err21 = {instancePath:instancePath+"/indicators/" + i0+"/ladder/" + i1,schemaPath:"#/properties/indicators/items/properties/ladder/items/type",keyword:"type",params:{type: "object"}};
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
const err22 = {instancePath:instancePath+"/indicators/" + i0+"/ladder",schemaPath:"#/properties/indicators/items/properties/ladder/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.hints !== undefined){
let data10 = data2.hints;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
if(!(((((((key3 === "items") || (key3 === "facilities")) || (key3 === "complaintChannels")) || (key3 === "openingHours")) || (key3 === "queue")) || (key3 === "onlineServices")) || (key3 === "sizing"))){
const err23 = {instancePath:instancePath+"/indicators/" + i0+"/hints",schemaPath:"#/properties/indicators/items/properties/hints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.items !== undefined){
let data11 = data10.items;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err24 = {instancePath:instancePath+"/indicators/" + i0+"/hints/items/" + i3,schemaPath:"#/properties/indicators/items/properties/hints/properties/items/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err25 = {instancePath:instancePath+"/indicators/" + i0+"/hints/items/" + i3,schemaPath:"#/properties/indicators/items/properties/hints/properties/items/items/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/indicators/" + i0+"/hints/items",schemaPath:"#/properties/indicators/items/properties/hints/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.facilities !== undefined){
let data13 = data10.facilities;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
if(!((((((((((((((((((((data14 === "information-desk") || (data14 === "ticket-kiosk")) || (data14 === "priority-counter")) || (data14 === "lactation-room")) || (data14 === "children-corner")) || (data14 === "accessible-toilet")) || (data14 === "wheelchair")) || (data14 === "ramp")) || (data14 === "guiding-block")) || (data14 === "accessible-parking")) || (data14 === "elevator")) || (data14 === "complaint-desk")) || (data14 === "prayer-room")) || (data14 === "first-aid")) || (data14 === "cctv")) || (data14 === "self-service-kiosk")) || (data14 === "waiting-area")) || (data14 === "signage")) || (data14 === "braille-information")) || (data14 === "sign-language-service"))){
const err27 = {instancePath:instancePath+"/indicators/" + i0+"/hints/facilities/" + i4,schemaPath:"region.schema.json#/$defs/facility/enum",keyword:"enum",params:{allowedValues: schema92.enum}};
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
const err28 = {instancePath:instancePath+"/indicators/" + i0+"/hints/facilities",schemaPath:"#/properties/indicators/items/properties/hints/properties/facilities/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.complaintChannels !== undefined){
if(true !== data10.complaintChannels){
const err29 = {instancePath:instancePath+"/indicators/" + i0+"/hints/complaintChannels",schemaPath:"#/properties/indicators/items/properties/hints/properties/complaintChannels/const",keyword:"const",params:{allowedValue: true}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.openingHours !== undefined){
if(true !== data10.openingHours){
const err30 = {instancePath:instancePath+"/indicators/" + i0+"/hints/openingHours",schemaPath:"#/properties/indicators/items/properties/hints/properties/openingHours/const",keyword:"const",params:{allowedValue: true}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.queue !== undefined){
if(true !== data10.queue){
const err31 = {instancePath:instancePath+"/indicators/" + i0+"/hints/queue",schemaPath:"#/properties/indicators/items/properties/hints/properties/queue/const",keyword:"const",params:{allowedValue: true}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.onlineServices !== undefined){
if(true !== data10.onlineServices){
const err32 = {instancePath:instancePath+"/indicators/" + i0+"/hints/onlineServices",schemaPath:"#/properties/indicators/items/properties/hints/properties/onlineServices/const",keyword:"const",params:{allowedValue: true}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.sizing !== undefined){
if(true !== data10.sizing){
const err33 = {instancePath:instancePath+"/indicators/" + i0+"/hints/sizing",schemaPath:"#/properties/indicators/items/properties/hints/properties/sizing/const",keyword:"const",params:{allowedValue: true}};
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
const err34 = {instancePath:instancePath+"/indicators/" + i0+"/hints",schemaPath:"#/properties/indicators/items/properties/hints/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data2.rationale !== undefined){
let data20 = data2.rationale;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id === undefined){
const err35 = {instancePath:instancePath+"/indicators/" + i0+"/rationale",schemaPath:"#/properties/indicators/items/properties/rationale/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data20.en === undefined){
const err36 = {instancePath:instancePath+"/indicators/" + i0+"/rationale",schemaPath:"#/properties/indicators/items/properties/rationale/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key4 in data20){
if(!((key4 === "id") || (key4 === "en"))){
const err37 = {instancePath:instancePath+"/indicators/" + i0+"/rationale",schemaPath:"#/properties/indicators/items/properties/rationale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data20.id !== undefined){
let data21 = data20.id;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err38 = {instancePath:instancePath+"/indicators/" + i0+"/rationale/id",schemaPath:"#/properties/indicators/items/properties/rationale/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err39 = {instancePath:instancePath+"/indicators/" + i0+"/rationale/id",schemaPath:"#/properties/indicators/items/properties/rationale/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data20.en !== undefined){
let data22 = data20.en;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err40 = {instancePath:instancePath+"/indicators/" + i0+"/rationale/en",schemaPath:"#/properties/indicators/items/properties/rationale/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err41 = {instancePath:instancePath+"/indicators/" + i0+"/rationale/en",schemaPath:"#/properties/indicators/items/properties/rationale/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err42 = {instancePath:instancePath+"/indicators/" + i0+"/rationale",schemaPath:"#/properties/indicators/items/properties/rationale/type",keyword:"type",params:{type: "object"}};
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
const err43 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/type",keyword:"type",params:{type: "object"}};
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
const err44 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"}};
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
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

