// Generated from schemas/layout.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/layout.schema.json","title":"Layout","description":"Tata ruang MPP yang dihasilkan: perhitungan loket (Erlang C), program ruang dan zona per lantai dalam meter. (EN) The generated MPP interior layout: counter sizing (Erlang C), area programme and zones per floor in metres.","type":"object","additionalProperties":false,"required":["schemaVersion","region","units","serviceLevel","peakFactor","sizing","area","floors","warnings","provenance"],"properties":{"schemaVersion":{"const":1},"region":{"type":"object","additionalProperties":false,"required":["name","slug","mppName"],"properties":{"name":{"type":"string"},"slug":{"type":"string"},"mppName":{"type":"string"}}},"units":{"type":"object","additionalProperties":false,"required":["length","area","time"],"properties":{"length":{"const":"m"},"area":{"const":"m2"},"time":{"const":"min"}}},"serviceLevel":{"type":"object","additionalProperties":false,"required":["targetShare","maxWaitMinutes"],"properties":{"targetShare":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"maxWaitMinutes":{"type":"number","exclusiveMinimum":0}}},"peakFactor":{"type":"number","exclusiveMinimum":0},"provenance":{"$ref":"#/$defs/layoutProvenance"},"sizing":{"type":"object","additionalProperties":false,"required":["agencies","totals"],"properties":{"agencies":{"type":"array","items":{"$ref":"#/$defs/agencySizing"}},"totals":{"type":"object","additionalProperties":false,"required":["arrivalsPerHour","offeredLoad","neededCounters","plannedCounters","layoutCounters","meanQueueLength"],"properties":{"arrivalsPerHour":{"type":"number","minimum":0},"offeredLoad":{"type":"number","minimum":0},"neededCounters":{"type":"integer","minimum":0},"plannedCounters":{"type":"integer","minimum":0},"layoutCounters":{"type":"integer","minimum":0},"meanQueueLength":{"type":"number","minimum":0}}}}},"area":{"type":"object","additionalProperties":false,"required":["items","waitingSeats","ticketKiosks","netArea","circulationFactor","circulationArea","neededArea","availableArea","missingArea"],"properties":{"items":{"type":"array","items":{"$ref":"#/$defs/areaItem"}},"waitingSeats":{"type":"integer","minimum":0},"ticketKiosks":{"type":"integer","minimum":0},"netArea":{"type":"number","minimum":0},"circulationFactor":{"type":"number","minimum":0},"circulationArea":{"type":"number","minimum":0},"neededArea":{"type":"number","minimum":0},"availableArea":{"type":"number","minimum":0},"missingArea":{"type":"number","minimum":0}}},"floors":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/floorPlan"}},"warnings":{"type":"array","items":{"$ref":"#/$defs/warning"}}},"$defs":{"localized":{"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string"},"en":{"type":"string"}}},"zoneKind":{"enum":["entrance","information-desk","ticket-kiosk","priority-counter","complaint-desk","agency-counters","waiting-area","lactation-room","children-corner","accessible-toilet","back-office","circulation","stairs","lift","prayer-room","first-aid","payment-counters"]},"queueFigures":{"type":"object","additionalProperties":false,"required":["counters","utilisation","probWait","serviceLevel","meanWaitMinutes","meanQueueLength"],"properties":{"counters":{"type":"integer","minimum":0},"utilisation":{"type":["number","null"],"minimum":0},"probWait":{"type":"number","minimum":0,"maximum":1},"serviceLevel":{"type":"number","minimum":0,"maximum":1},"meanWaitMinutes":{"type":["number","null"],"minimum":0},"meanQueueLength":{"type":["number","null"],"minimum":0}}},"agencySizing":{"type":"object","additionalProperties":false,"required":["agency","label","name","services","arrivalsPerHour","meanHandlingMinutes","offeredLoad","queueCounters","neededCounters","plannedCounters","layoutCounters","needed","planned"],"properties":{"agency":{"type":"string"},"label":{"type":"string"},"name":{"type":"string"},"services":{"type":"array","items":{"type":"string"}},"arrivalsPerHour":{"type":"number","minimum":0},"meanHandlingMinutes":{"type":"number","minimum":0},"offeredLoad":{"type":"number","minimum":0},"queueCounters":{"type":"integer","minimum":0},"neededCounters":{"type":"integer","minimum":0},"plannedCounters":{"type":"integer","minimum":0},"layoutCounters":{"type":"integer","minimum":0},"needed":{"$ref":"#/$defs/queueFigures"},"planned":{"$ref":"#/$defs/queueFigures"}}},"zone":{"type":"object","additionalProperties":false,"required":["id","kind","x","y","width","depth","area"],"properties":{"id":{"type":"string"},"kind":{"$ref":"#/$defs/zoneKind"},"x":{"type":"number","minimum":0},"y":{"type":"number","minimum":0},"width":{"type":"number","exclusiveMinimum":0},"depth":{"type":"number","exclusiveMinimum":0},"area":{"type":"number","minimum":0},"agency":{"type":"string"},"label":{"type":"string"},"counters":{"type":"integer","minimum":0},"seats":{"type":"integer","minimum":0},"requiredBy":{"type":"string"},"facing":{"enum":["front","back"]}},"allOf":[{"if":{"properties":{"kind":{"const":"agency-counters"}}},"then":{"required":["agency","label","counters"]}}]},"overflowItem":{"type":"object","additionalProperties":false,"required":["id","kind","area"],"properties":{"id":{"type":"string"},"kind":{"$ref":"#/$defs/zoneKind"},"agency":{"type":"string"},"area":{"type":"number","minimum":0}}},"floorPlan":{"type":"object","additionalProperties":false,"required":["floor","name","level","width","depth","entrance","zones","overflow"],"properties":{"floor":{"type":"string"},"name":{"type":"string"},"level":{"type":"integer"},"width":{"type":"number","exclusiveMinimum":0},"depth":{"type":"number","exclusiveMinimum":0},"entrance":{"type":"boolean"},"zones":{"type":"array","items":{"$ref":"#/$defs/zone"}},"overflow":{"type":"array","items":{"$ref":"#/$defs/overflowItem"}}}},"areaItem":{"type":"object","additionalProperties":false,"required":["kind","count","unitArea","area"],"properties":{"kind":{"$ref":"#/$defs/zoneKind"},"count":{"type":"integer","minimum":0},"unitArea":{"type":"number","minimum":0},"area":{"type":"number","minimum":0},"declared":{"type":"boolean"},"requiredBy":{"type":"string"}}},"warning":{"type":"object","additionalProperties":false,"required":["code","severity","message"],"properties":{"code":{"enum":["planned-below-needed","planned-overloaded","no-demand","no-services","area-short","zone-overflow","no-entrance-floor","outside-benchmark"]},"severity":{"enum":["warning","info"]},"path":{"type":"string"},"message":{"$ref":"#/$defs/localized"}}},"provenanceCount":{"type":"object","additionalProperties":false,"required":["diisi","perkiraan","bawaan","total"],"description":"Berapa angka diisi daerah, perkiraan, atau bawaan kit. (EN) How many figures are given, estimated or kit defaults.","properties":{"diisi":{"type":"integer","minimum":0},"perkiraan":{"type":"integer","minimum":0},"bawaan":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0}}},"provenance":{"type":"object","additionalProperties":false,"required":["kind","note"],"description":"Asal satu angka: diisi (daerah), perkiraan (dengan dasarnya) atau bawaan (kit). (EN) Where one figure came from: given, estimated (with what it rests on) or kit default.","properties":{"kind":{"enum":["diisi","perkiraan","bawaan"]},"from":{"enum":["daerah","pengunjung-mpp","katalog","perhitungan-loket","program-ruang","nama-instansi"]},"entry":{"type":"string"},"figureBasis":{"enum":["sumber","asumsi-kit"]},"note":{"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string"},"en":{"type":"string"}}}}},"layoutProvenance":{"type":"object","additionalProperties":false,"required":["loadOnEstimates","figures","mpp","agencies"],"description":"Asal angka yang dipakai perhitungan: bagian beban jam puncak yang bertumpu pada perkiraan, jumlah angka per asal, dan asal angka MPP dan tiap instansi. (EN) Where the figures of the sizing come from: the share of the peak load resting on estimates, counts per origin, and the origin of the MPP's and each agency's figures.","properties":{"loadOnEstimates":{"type":"number","minimum":0,"maximum":1},"figures":{"type":"object","additionalProperties":false,"required":["handlingMinutes","visitorsPerDay","plannedCounters","kinds"],"properties":{"handlingMinutes":{"$ref":"#/$defs/provenanceCount"},"visitorsPerDay":{"$ref":"#/$defs/provenanceCount"},"plannedCounters":{"$ref":"#/$defs/provenanceCount"},"kinds":{"$ref":"#/$defs/provenanceCount"}}},"mpp":{"type":"object","additionalProperties":false,"required":["openingHours","serviceLevel","peakFactor","onlineBookingShare","floors","launchStatus"],"properties":{"openingHours":{"$ref":"#/$defs/provenance"},"serviceLevel":{"$ref":"#/$defs/provenance"},"peakFactor":{"$ref":"#/$defs/provenance"},"onlineBookingShare":{"$ref":"#/$defs/provenance"},"floors":{"$ref":"#/$defs/provenance"},"launchStatus":{"$ref":"#/$defs/provenance"}}},"agencies":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["agency","plannedCounters","kind","handlingMinutes","visitorsPerDay","loadOnEstimates"],"properties":{"agency":{"type":"string"},"plannedCounters":{"$ref":"#/$defs/provenance"},"kind":{"$ref":"#/$defs/provenance"},"handlingMinutes":{"$ref":"#/$defs/provenanceCount"},"visitorsPerDay":{"$ref":"#/$defs/provenanceCount"},"loadOnEstimates":{"type":"number","minimum":0,"maximum":1}}}},"agenciesWithoutServices":{"type":"array","items":{"type":"string"}}}}}};
const func1 = Object.prototype.hasOwnProperty;
const schema32 = {"type":"object","additionalProperties":false,"required":["loadOnEstimates","figures","mpp","agencies"],"description":"Asal angka yang dipakai perhitungan: bagian beban jam puncak yang bertumpu pada perkiraan, jumlah angka per asal, dan asal angka MPP dan tiap instansi. (EN) Where the figures of the sizing come from: the share of the peak load resting on estimates, counts per origin, and the origin of the MPP's and each agency's figures.","properties":{"loadOnEstimates":{"type":"number","minimum":0,"maximum":1},"figures":{"type":"object","additionalProperties":false,"required":["handlingMinutes","visitorsPerDay","plannedCounters","kinds"],"properties":{"handlingMinutes":{"$ref":"#/$defs/provenanceCount"},"visitorsPerDay":{"$ref":"#/$defs/provenanceCount"},"plannedCounters":{"$ref":"#/$defs/provenanceCount"},"kinds":{"$ref":"#/$defs/provenanceCount"}}},"mpp":{"type":"object","additionalProperties":false,"required":["openingHours","serviceLevel","peakFactor","onlineBookingShare","floors","launchStatus"],"properties":{"openingHours":{"$ref":"#/$defs/provenance"},"serviceLevel":{"$ref":"#/$defs/provenance"},"peakFactor":{"$ref":"#/$defs/provenance"},"onlineBookingShare":{"$ref":"#/$defs/provenance"},"floors":{"$ref":"#/$defs/provenance"},"launchStatus":{"$ref":"#/$defs/provenance"}}},"agencies":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["agency","plannedCounters","kind","handlingMinutes","visitorsPerDay","loadOnEstimates"],"properties":{"agency":{"type":"string"},"plannedCounters":{"$ref":"#/$defs/provenance"},"kind":{"$ref":"#/$defs/provenance"},"handlingMinutes":{"$ref":"#/$defs/provenanceCount"},"visitorsPerDay":{"$ref":"#/$defs/provenanceCount"},"loadOnEstimates":{"type":"number","minimum":0,"maximum":1}}}},"agenciesWithoutServices":{"type":"array","items":{"type":"string"}}}};
const schema33 = {"type":"object","additionalProperties":false,"required":["diisi","perkiraan","bawaan","total"],"description":"Berapa angka diisi daerah, perkiraan, atau bawaan kit. (EN) How many figures are given, estimated or kit defaults.","properties":{"diisi":{"type":"integer","minimum":0},"perkiraan":{"type":"integer","minimum":0},"bawaan":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0}}};
const schema37 = {"type":"object","additionalProperties":false,"required":["kind","note"],"description":"Asal satu angka: diisi (daerah), perkiraan (dengan dasarnya) atau bawaan (kit). (EN) Where one figure came from: given, estimated (with what it rests on) or kit default.","properties":{"kind":{"enum":["diisi","perkiraan","bawaan"]},"from":{"enum":["daerah","pengunjung-mpp","katalog","perhitungan-loket","program-ruang","nama-instansi"]},"entry":{"type":"string"},"figureBasis":{"enum":["sumber","asumsi-kit"]},"note":{"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string"},"en":{"type":"string"}}}}};

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
if(data.loadOnEstimates === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "loadOnEstimates"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.figures === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "figures"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.mpp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mpp"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.agencies === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agencies"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "loadOnEstimates") || (key0 === "figures")) || (key0 === "mpp")) || (key0 === "agencies")) || (key0 === "agenciesWithoutServices"))){
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
if(data.loadOnEstimates !== undefined){
let data0 = data.loadOnEstimates;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/loadOnEstimates",schemaPath:"#/properties/loadOnEstimates/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/loadOnEstimates",schemaPath:"#/properties/loadOnEstimates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err7 = {instancePath:instancePath+"/loadOnEstimates",schemaPath:"#/properties/loadOnEstimates/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.figures !== undefined){
let data1 = data.figures;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.handlingMinutes === undefined){
const err8 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "handlingMinutes"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.visitorsPerDay === undefined){
const err9 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "visitorsPerDay"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.plannedCounters === undefined){
const err10 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "plannedCounters"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.kinds === undefined){
const err11 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/required",keyword:"required",params:{missingProperty: "kinds"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "handlingMinutes") || (key1 === "visitorsPerDay")) || (key1 === "plannedCounters")) || (key1 === "kinds"))){
const err12 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.handlingMinutes !== undefined){
let data2 = data1.handlingMinutes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.diisi === undefined){
const err13 = {instancePath:instancePath+"/figures/handlingMinutes",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "diisi"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.perkiraan === undefined){
const err14 = {instancePath:instancePath+"/figures/handlingMinutes",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "perkiraan"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.bawaan === undefined){
const err15 = {instancePath:instancePath+"/figures/handlingMinutes",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "bawaan"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.total === undefined){
const err16 = {instancePath:instancePath+"/figures/handlingMinutes",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "total"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data2){
if(!((((key2 === "diisi") || (key2 === "perkiraan")) || (key2 === "bawaan")) || (key2 === "total"))){
const err17 = {instancePath:instancePath+"/figures/handlingMinutes",schemaPath:"#/$defs/provenanceCount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.diisi !== undefined){
let data3 = data2.diisi;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err18 = {instancePath:instancePath+"/figures/handlingMinutes/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err19 = {instancePath:instancePath+"/figures/handlingMinutes/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.perkiraan !== undefined){
let data4 = data2.perkiraan;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err20 = {instancePath:instancePath+"/figures/handlingMinutes/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err21 = {instancePath:instancePath+"/figures/handlingMinutes/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.bawaan !== undefined){
let data5 = data2.bawaan;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err22 = {instancePath:instancePath+"/figures/handlingMinutes/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/figures/handlingMinutes/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.total !== undefined){
let data6 = data2.total;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err24 = {instancePath:instancePath+"/figures/handlingMinutes/total",schemaPath:"#/$defs/provenanceCount/properties/total/type",keyword:"type",params:{type: "integer"}};
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
const err25 = {instancePath:instancePath+"/figures/handlingMinutes/total",schemaPath:"#/$defs/provenanceCount/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err26 = {instancePath:instancePath+"/figures/handlingMinutes",schemaPath:"#/$defs/provenanceCount/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data1.visitorsPerDay !== undefined){
let data7 = data1.visitorsPerDay;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.diisi === undefined){
const err27 = {instancePath:instancePath+"/figures/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "diisi"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data7.perkiraan === undefined){
const err28 = {instancePath:instancePath+"/figures/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "perkiraan"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data7.bawaan === undefined){
const err29 = {instancePath:instancePath+"/figures/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "bawaan"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data7.total === undefined){
const err30 = {instancePath:instancePath+"/figures/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "total"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data7){
if(!((((key3 === "diisi") || (key3 === "perkiraan")) || (key3 === "bawaan")) || (key3 === "total"))){
const err31 = {instancePath:instancePath+"/figures/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.diisi !== undefined){
let data8 = data7.diisi;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err32 = {instancePath:instancePath+"/figures/visitorsPerDay/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err33 = {instancePath:instancePath+"/figures/visitorsPerDay/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data7.perkiraan !== undefined){
let data9 = data7.perkiraan;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err34 = {instancePath:instancePath+"/figures/visitorsPerDay/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err35 = {instancePath:instancePath+"/figures/visitorsPerDay/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data7.bawaan !== undefined){
let data10 = data7.bawaan;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err36 = {instancePath:instancePath+"/figures/visitorsPerDay/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err37 = {instancePath:instancePath+"/figures/visitorsPerDay/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data7.total !== undefined){
let data11 = data7.total;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err38 = {instancePath:instancePath+"/figures/visitorsPerDay/total",schemaPath:"#/$defs/provenanceCount/properties/total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err39 = {instancePath:instancePath+"/figures/visitorsPerDay/total",schemaPath:"#/$defs/provenanceCount/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err40 = {instancePath:instancePath+"/figures/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data1.plannedCounters !== undefined){
let data12 = data1.plannedCounters;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.diisi === undefined){
const err41 = {instancePath:instancePath+"/figures/plannedCounters",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "diisi"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data12.perkiraan === undefined){
const err42 = {instancePath:instancePath+"/figures/plannedCounters",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "perkiraan"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data12.bawaan === undefined){
const err43 = {instancePath:instancePath+"/figures/plannedCounters",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "bawaan"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data12.total === undefined){
const err44 = {instancePath:instancePath+"/figures/plannedCounters",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "total"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key4 in data12){
if(!((((key4 === "diisi") || (key4 === "perkiraan")) || (key4 === "bawaan")) || (key4 === "total"))){
const err45 = {instancePath:instancePath+"/figures/plannedCounters",schemaPath:"#/$defs/provenanceCount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data12.diisi !== undefined){
let data13 = data12.diisi;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err46 = {instancePath:instancePath+"/figures/plannedCounters/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err47 = {instancePath:instancePath+"/figures/plannedCounters/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data12.perkiraan !== undefined){
let data14 = data12.perkiraan;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err48 = {instancePath:instancePath+"/figures/plannedCounters/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err49 = {instancePath:instancePath+"/figures/plannedCounters/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data12.bawaan !== undefined){
let data15 = data12.bawaan;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err50 = {instancePath:instancePath+"/figures/plannedCounters/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err51 = {instancePath:instancePath+"/figures/plannedCounters/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data12.total !== undefined){
let data16 = data12.total;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err52 = {instancePath:instancePath+"/figures/plannedCounters/total",schemaPath:"#/$defs/provenanceCount/properties/total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err53 = {instancePath:instancePath+"/figures/plannedCounters/total",schemaPath:"#/$defs/provenanceCount/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err54 = {instancePath:instancePath+"/figures/plannedCounters",schemaPath:"#/$defs/provenanceCount/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data1.kinds !== undefined){
let data17 = data1.kinds;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.diisi === undefined){
const err55 = {instancePath:instancePath+"/figures/kinds",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "diisi"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data17.perkiraan === undefined){
const err56 = {instancePath:instancePath+"/figures/kinds",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "perkiraan"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data17.bawaan === undefined){
const err57 = {instancePath:instancePath+"/figures/kinds",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "bawaan"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data17.total === undefined){
const err58 = {instancePath:instancePath+"/figures/kinds",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "total"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key5 in data17){
if(!((((key5 === "diisi") || (key5 === "perkiraan")) || (key5 === "bawaan")) || (key5 === "total"))){
const err59 = {instancePath:instancePath+"/figures/kinds",schemaPath:"#/$defs/provenanceCount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data17.diisi !== undefined){
let data18 = data17.diisi;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err60 = {instancePath:instancePath+"/figures/kinds/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err61 = {instancePath:instancePath+"/figures/kinds/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data17.perkiraan !== undefined){
let data19 = data17.perkiraan;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err62 = {instancePath:instancePath+"/figures/kinds/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err63 = {instancePath:instancePath+"/figures/kinds/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data17.bawaan !== undefined){
let data20 = data17.bawaan;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err64 = {instancePath:instancePath+"/figures/kinds/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err65 = {instancePath:instancePath+"/figures/kinds/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data17.total !== undefined){
let data21 = data17.total;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err66 = {instancePath:instancePath+"/figures/kinds/total",schemaPath:"#/$defs/provenanceCount/properties/total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err67 = {instancePath:instancePath+"/figures/kinds/total",schemaPath:"#/$defs/provenanceCount/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err68 = {instancePath:instancePath+"/figures/kinds",schemaPath:"#/$defs/provenanceCount/type",keyword:"type",params:{type: "object"}};
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
const err69 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.mpp !== undefined){
let data22 = data.mpp;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.openingHours === undefined){
const err70 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/required",keyword:"required",params:{missingProperty: "openingHours"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data22.serviceLevel === undefined){
const err71 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/required",keyword:"required",params:{missingProperty: "serviceLevel"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data22.peakFactor === undefined){
const err72 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/required",keyword:"required",params:{missingProperty: "peakFactor"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data22.onlineBookingShare === undefined){
const err73 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/required",keyword:"required",params:{missingProperty: "onlineBookingShare"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data22.floors === undefined){
const err74 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/required",keyword:"required",params:{missingProperty: "floors"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data22.launchStatus === undefined){
const err75 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/required",keyword:"required",params:{missingProperty: "launchStatus"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key6 in data22){
if(!((((((key6 === "openingHours") || (key6 === "serviceLevel")) || (key6 === "peakFactor")) || (key6 === "onlineBookingShare")) || (key6 === "floors")) || (key6 === "launchStatus"))){
const err76 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data22.openingHours !== undefined){
let data23 = data22.openingHours;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.kind === undefined){
const err77 = {instancePath:instancePath+"/mpp/openingHours",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data23.note === undefined){
const err78 = {instancePath:instancePath+"/mpp/openingHours",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
for(const key7 in data23){
if(!(((((key7 === "kind") || (key7 === "from")) || (key7 === "entry")) || (key7 === "figureBasis")) || (key7 === "note"))){
const err79 = {instancePath:instancePath+"/mpp/openingHours",schemaPath:"#/$defs/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data23.kind !== undefined){
let data24 = data23.kind;
if(!(((data24 === "diisi") || (data24 === "perkiraan")) || (data24 === "bawaan"))){
const err80 = {instancePath:instancePath+"/mpp/openingHours/kind",schemaPath:"#/$defs/provenance/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data23.from !== undefined){
let data25 = data23.from;
if(!((((((data25 === "daerah") || (data25 === "pengunjung-mpp")) || (data25 === "katalog")) || (data25 === "perhitungan-loket")) || (data25 === "program-ruang")) || (data25 === "nama-instansi"))){
const err81 = {instancePath:instancePath+"/mpp/openingHours/from",schemaPath:"#/$defs/provenance/properties/from/enum",keyword:"enum",params:{allowedValues: schema37.properties.from.enum}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data23.entry !== undefined){
if(typeof data23.entry !== "string"){
const err82 = {instancePath:instancePath+"/mpp/openingHours/entry",schemaPath:"#/$defs/provenance/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data23.figureBasis !== undefined){
let data27 = data23.figureBasis;
if(!((data27 === "sumber") || (data27 === "asumsi-kit"))){
const err83 = {instancePath:instancePath+"/mpp/openingHours/figureBasis",schemaPath:"#/$defs/provenance/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema37.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data23.note !== undefined){
let data28 = data23.note;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.id === undefined){
const err84 = {instancePath:instancePath+"/mpp/openingHours/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data28.en === undefined){
const err85 = {instancePath:instancePath+"/mpp/openingHours/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key8 in data28){
if(!((key8 === "id") || (key8 === "en"))){
const err86 = {instancePath:instancePath+"/mpp/openingHours/note",schemaPath:"#/$defs/provenance/properties/note/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data28.id !== undefined){
if(typeof data28.id !== "string"){
const err87 = {instancePath:instancePath+"/mpp/openingHours/note/id",schemaPath:"#/$defs/provenance/properties/note/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data28.en !== undefined){
if(typeof data28.en !== "string"){
const err88 = {instancePath:instancePath+"/mpp/openingHours/note/en",schemaPath:"#/$defs/provenance/properties/note/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/mpp/openingHours/note",schemaPath:"#/$defs/provenance/properties/note/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/mpp/openingHours",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data22.serviceLevel !== undefined){
let data31 = data22.serviceLevel;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.kind === undefined){
const err91 = {instancePath:instancePath+"/mpp/serviceLevel",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data31.note === undefined){
const err92 = {instancePath:instancePath+"/mpp/serviceLevel",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key9 in data31){
if(!(((((key9 === "kind") || (key9 === "from")) || (key9 === "entry")) || (key9 === "figureBasis")) || (key9 === "note"))){
const err93 = {instancePath:instancePath+"/mpp/serviceLevel",schemaPath:"#/$defs/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data31.kind !== undefined){
let data32 = data31.kind;
if(!(((data32 === "diisi") || (data32 === "perkiraan")) || (data32 === "bawaan"))){
const err94 = {instancePath:instancePath+"/mpp/serviceLevel/kind",schemaPath:"#/$defs/provenance/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data31.from !== undefined){
let data33 = data31.from;
if(!((((((data33 === "daerah") || (data33 === "pengunjung-mpp")) || (data33 === "katalog")) || (data33 === "perhitungan-loket")) || (data33 === "program-ruang")) || (data33 === "nama-instansi"))){
const err95 = {instancePath:instancePath+"/mpp/serviceLevel/from",schemaPath:"#/$defs/provenance/properties/from/enum",keyword:"enum",params:{allowedValues: schema37.properties.from.enum}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data31.entry !== undefined){
if(typeof data31.entry !== "string"){
const err96 = {instancePath:instancePath+"/mpp/serviceLevel/entry",schemaPath:"#/$defs/provenance/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data31.figureBasis !== undefined){
let data35 = data31.figureBasis;
if(!((data35 === "sumber") || (data35 === "asumsi-kit"))){
const err97 = {instancePath:instancePath+"/mpp/serviceLevel/figureBasis",schemaPath:"#/$defs/provenance/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema37.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data31.note !== undefined){
let data36 = data31.note;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.id === undefined){
const err98 = {instancePath:instancePath+"/mpp/serviceLevel/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data36.en === undefined){
const err99 = {instancePath:instancePath+"/mpp/serviceLevel/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key10 in data36){
if(!((key10 === "id") || (key10 === "en"))){
const err100 = {instancePath:instancePath+"/mpp/serviceLevel/note",schemaPath:"#/$defs/provenance/properties/note/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data36.id !== undefined){
if(typeof data36.id !== "string"){
const err101 = {instancePath:instancePath+"/mpp/serviceLevel/note/id",schemaPath:"#/$defs/provenance/properties/note/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data36.en !== undefined){
if(typeof data36.en !== "string"){
const err102 = {instancePath:instancePath+"/mpp/serviceLevel/note/en",schemaPath:"#/$defs/provenance/properties/note/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/mpp/serviceLevel/note",schemaPath:"#/$defs/provenance/properties/note/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/mpp/serviceLevel",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data22.peakFactor !== undefined){
let data39 = data22.peakFactor;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.kind === undefined){
const err105 = {instancePath:instancePath+"/mpp/peakFactor",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data39.note === undefined){
const err106 = {instancePath:instancePath+"/mpp/peakFactor",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key11 in data39){
if(!(((((key11 === "kind") || (key11 === "from")) || (key11 === "entry")) || (key11 === "figureBasis")) || (key11 === "note"))){
const err107 = {instancePath:instancePath+"/mpp/peakFactor",schemaPath:"#/$defs/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data39.kind !== undefined){
let data40 = data39.kind;
if(!(((data40 === "diisi") || (data40 === "perkiraan")) || (data40 === "bawaan"))){
const err108 = {instancePath:instancePath+"/mpp/peakFactor/kind",schemaPath:"#/$defs/provenance/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data39.from !== undefined){
let data41 = data39.from;
if(!((((((data41 === "daerah") || (data41 === "pengunjung-mpp")) || (data41 === "katalog")) || (data41 === "perhitungan-loket")) || (data41 === "program-ruang")) || (data41 === "nama-instansi"))){
const err109 = {instancePath:instancePath+"/mpp/peakFactor/from",schemaPath:"#/$defs/provenance/properties/from/enum",keyword:"enum",params:{allowedValues: schema37.properties.from.enum}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data39.entry !== undefined){
if(typeof data39.entry !== "string"){
const err110 = {instancePath:instancePath+"/mpp/peakFactor/entry",schemaPath:"#/$defs/provenance/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data39.figureBasis !== undefined){
let data43 = data39.figureBasis;
if(!((data43 === "sumber") || (data43 === "asumsi-kit"))){
const err111 = {instancePath:instancePath+"/mpp/peakFactor/figureBasis",schemaPath:"#/$defs/provenance/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema37.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data39.note !== undefined){
let data44 = data39.note;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.id === undefined){
const err112 = {instancePath:instancePath+"/mpp/peakFactor/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data44.en === undefined){
const err113 = {instancePath:instancePath+"/mpp/peakFactor/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key12 in data44){
if(!((key12 === "id") || (key12 === "en"))){
const err114 = {instancePath:instancePath+"/mpp/peakFactor/note",schemaPath:"#/$defs/provenance/properties/note/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data44.id !== undefined){
if(typeof data44.id !== "string"){
const err115 = {instancePath:instancePath+"/mpp/peakFactor/note/id",schemaPath:"#/$defs/provenance/properties/note/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data44.en !== undefined){
if(typeof data44.en !== "string"){
const err116 = {instancePath:instancePath+"/mpp/peakFactor/note/en",schemaPath:"#/$defs/provenance/properties/note/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err117 = {instancePath:instancePath+"/mpp/peakFactor/note",schemaPath:"#/$defs/provenance/properties/note/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/mpp/peakFactor",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data22.onlineBookingShare !== undefined){
let data47 = data22.onlineBookingShare;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.kind === undefined){
const err119 = {instancePath:instancePath+"/mpp/onlineBookingShare",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data47.note === undefined){
const err120 = {instancePath:instancePath+"/mpp/onlineBookingShare",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
for(const key13 in data47){
if(!(((((key13 === "kind") || (key13 === "from")) || (key13 === "entry")) || (key13 === "figureBasis")) || (key13 === "note"))){
const err121 = {instancePath:instancePath+"/mpp/onlineBookingShare",schemaPath:"#/$defs/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13}};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data47.kind !== undefined){
let data48 = data47.kind;
if(!(((data48 === "diisi") || (data48 === "perkiraan")) || (data48 === "bawaan"))){
const err122 = {instancePath:instancePath+"/mpp/onlineBookingShare/kind",schemaPath:"#/$defs/provenance/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum}};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data47.from !== undefined){
let data49 = data47.from;
if(!((((((data49 === "daerah") || (data49 === "pengunjung-mpp")) || (data49 === "katalog")) || (data49 === "perhitungan-loket")) || (data49 === "program-ruang")) || (data49 === "nama-instansi"))){
const err123 = {instancePath:instancePath+"/mpp/onlineBookingShare/from",schemaPath:"#/$defs/provenance/properties/from/enum",keyword:"enum",params:{allowedValues: schema37.properties.from.enum}};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data47.entry !== undefined){
if(typeof data47.entry !== "string"){
const err124 = {instancePath:instancePath+"/mpp/onlineBookingShare/entry",schemaPath:"#/$defs/provenance/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data47.figureBasis !== undefined){
let data51 = data47.figureBasis;
if(!((data51 === "sumber") || (data51 === "asumsi-kit"))){
const err125 = {instancePath:instancePath+"/mpp/onlineBookingShare/figureBasis",schemaPath:"#/$defs/provenance/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema37.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data47.note !== undefined){
let data52 = data47.note;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.id === undefined){
const err126 = {instancePath:instancePath+"/mpp/onlineBookingShare/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data52.en === undefined){
const err127 = {instancePath:instancePath+"/mpp/onlineBookingShare/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key14 in data52){
if(!((key14 === "id") || (key14 === "en"))){
const err128 = {instancePath:instancePath+"/mpp/onlineBookingShare/note",schemaPath:"#/$defs/provenance/properties/note/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14}};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data52.id !== undefined){
if(typeof data52.id !== "string"){
const err129 = {instancePath:instancePath+"/mpp/onlineBookingShare/note/id",schemaPath:"#/$defs/provenance/properties/note/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data52.en !== undefined){
if(typeof data52.en !== "string"){
const err130 = {instancePath:instancePath+"/mpp/onlineBookingShare/note/en",schemaPath:"#/$defs/provenance/properties/note/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err131 = {instancePath:instancePath+"/mpp/onlineBookingShare/note",schemaPath:"#/$defs/provenance/properties/note/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/mpp/onlineBookingShare",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data22.floors !== undefined){
let data55 = data22.floors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.kind === undefined){
const err133 = {instancePath:instancePath+"/mpp/floors",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data55.note === undefined){
const err134 = {instancePath:instancePath+"/mpp/floors",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
for(const key15 in data55){
if(!(((((key15 === "kind") || (key15 === "from")) || (key15 === "entry")) || (key15 === "figureBasis")) || (key15 === "note"))){
const err135 = {instancePath:instancePath+"/mpp/floors",schemaPath:"#/$defs/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15}};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data55.kind !== undefined){
let data56 = data55.kind;
if(!(((data56 === "diisi") || (data56 === "perkiraan")) || (data56 === "bawaan"))){
const err136 = {instancePath:instancePath+"/mpp/floors/kind",schemaPath:"#/$defs/provenance/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum}};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data55.from !== undefined){
let data57 = data55.from;
if(!((((((data57 === "daerah") || (data57 === "pengunjung-mpp")) || (data57 === "katalog")) || (data57 === "perhitungan-loket")) || (data57 === "program-ruang")) || (data57 === "nama-instansi"))){
const err137 = {instancePath:instancePath+"/mpp/floors/from",schemaPath:"#/$defs/provenance/properties/from/enum",keyword:"enum",params:{allowedValues: schema37.properties.from.enum}};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data55.entry !== undefined){
if(typeof data55.entry !== "string"){
const err138 = {instancePath:instancePath+"/mpp/floors/entry",schemaPath:"#/$defs/provenance/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data55.figureBasis !== undefined){
let data59 = data55.figureBasis;
if(!((data59 === "sumber") || (data59 === "asumsi-kit"))){
const err139 = {instancePath:instancePath+"/mpp/floors/figureBasis",schemaPath:"#/$defs/provenance/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema37.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data55.note !== undefined){
let data60 = data55.note;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.id === undefined){
const err140 = {instancePath:instancePath+"/mpp/floors/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data60.en === undefined){
const err141 = {instancePath:instancePath+"/mpp/floors/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
for(const key16 in data60){
if(!((key16 === "id") || (key16 === "en"))){
const err142 = {instancePath:instancePath+"/mpp/floors/note",schemaPath:"#/$defs/provenance/properties/note/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16}};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data60.id !== undefined){
if(typeof data60.id !== "string"){
const err143 = {instancePath:instancePath+"/mpp/floors/note/id",schemaPath:"#/$defs/provenance/properties/note/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data60.en !== undefined){
if(typeof data60.en !== "string"){
const err144 = {instancePath:instancePath+"/mpp/floors/note/en",schemaPath:"#/$defs/provenance/properties/note/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/mpp/floors/note",schemaPath:"#/$defs/provenance/properties/note/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/mpp/floors",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data22.launchStatus !== undefined){
let data63 = data22.launchStatus;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.kind === undefined){
const err147 = {instancePath:instancePath+"/mpp/launchStatus",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data63.note === undefined){
const err148 = {instancePath:instancePath+"/mpp/launchStatus",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
for(const key17 in data63){
if(!(((((key17 === "kind") || (key17 === "from")) || (key17 === "entry")) || (key17 === "figureBasis")) || (key17 === "note"))){
const err149 = {instancePath:instancePath+"/mpp/launchStatus",schemaPath:"#/$defs/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17}};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data63.kind !== undefined){
let data64 = data63.kind;
if(!(((data64 === "diisi") || (data64 === "perkiraan")) || (data64 === "bawaan"))){
const err150 = {instancePath:instancePath+"/mpp/launchStatus/kind",schemaPath:"#/$defs/provenance/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum}};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data63.from !== undefined){
let data65 = data63.from;
if(!((((((data65 === "daerah") || (data65 === "pengunjung-mpp")) || (data65 === "katalog")) || (data65 === "perhitungan-loket")) || (data65 === "program-ruang")) || (data65 === "nama-instansi"))){
const err151 = {instancePath:instancePath+"/mpp/launchStatus/from",schemaPath:"#/$defs/provenance/properties/from/enum",keyword:"enum",params:{allowedValues: schema37.properties.from.enum}};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data63.entry !== undefined){
if(typeof data63.entry !== "string"){
const err152 = {instancePath:instancePath+"/mpp/launchStatus/entry",schemaPath:"#/$defs/provenance/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data63.figureBasis !== undefined){
let data67 = data63.figureBasis;
if(!((data67 === "sumber") || (data67 === "asumsi-kit"))){
const err153 = {instancePath:instancePath+"/mpp/launchStatus/figureBasis",schemaPath:"#/$defs/provenance/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema37.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data63.note !== undefined){
let data68 = data63.note;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(data68.id === undefined){
const err154 = {instancePath:instancePath+"/mpp/launchStatus/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data68.en === undefined){
const err155 = {instancePath:instancePath+"/mpp/launchStatus/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
for(const key18 in data68){
if(!((key18 === "id") || (key18 === "en"))){
const err156 = {instancePath:instancePath+"/mpp/launchStatus/note",schemaPath:"#/$defs/provenance/properties/note/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18}};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data68.id !== undefined){
if(typeof data68.id !== "string"){
const err157 = {instancePath:instancePath+"/mpp/launchStatus/note/id",schemaPath:"#/$defs/provenance/properties/note/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data68.en !== undefined){
if(typeof data68.en !== "string"){
const err158 = {instancePath:instancePath+"/mpp/launchStatus/note/en",schemaPath:"#/$defs/provenance/properties/note/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/mpp/launchStatus/note",schemaPath:"#/$defs/provenance/properties/note/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/mpp/launchStatus",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data.agencies !== undefined){
let data71 = data.agencies;
if(Array.isArray(data71)){
const len0 = data71.length;
for(let i0=0; i0<len0; i0++){
let data72 = data71[i0];
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.agency === undefined){
const err162 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "agency"}};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(data72.plannedCounters === undefined){
const err163 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "plannedCounters"}};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data72.kind === undefined){
const err164 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data72.handlingMinutes === undefined){
const err165 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "handlingMinutes"}};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(data72.visitorsPerDay === undefined){
const err166 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "visitorsPerDay"}};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data72.loadOnEstimates === undefined){
const err167 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "loadOnEstimates"}};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
for(const key19 in data72){
if(!((((((key19 === "agency") || (key19 === "plannedCounters")) || (key19 === "kind")) || (key19 === "handlingMinutes")) || (key19 === "visitorsPerDay")) || (key19 === "loadOnEstimates"))){
const err168 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19}};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data72.agency !== undefined){
if(typeof data72.agency !== "string"){
const err169 = {instancePath:instancePath+"/agencies/" + i0+"/agency",schemaPath:"#/properties/agencies/items/properties/agency/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data72.plannedCounters !== undefined){
let data74 = data72.plannedCounters;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.kind === undefined){
const err170 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data74.note === undefined){
const err171 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
for(const key20 in data74){
if(!(((((key20 === "kind") || (key20 === "from")) || (key20 === "entry")) || (key20 === "figureBasis")) || (key20 === "note"))){
const err172 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters",schemaPath:"#/$defs/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20}};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data74.kind !== undefined){
let data75 = data74.kind;
if(!(((data75 === "diisi") || (data75 === "perkiraan")) || (data75 === "bawaan"))){
const err173 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/kind",schemaPath:"#/$defs/provenance/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum}};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data74.from !== undefined){
let data76 = data74.from;
if(!((((((data76 === "daerah") || (data76 === "pengunjung-mpp")) || (data76 === "katalog")) || (data76 === "perhitungan-loket")) || (data76 === "program-ruang")) || (data76 === "nama-instansi"))){
const err174 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/from",schemaPath:"#/$defs/provenance/properties/from/enum",keyword:"enum",params:{allowedValues: schema37.properties.from.enum}};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data74.entry !== undefined){
if(typeof data74.entry !== "string"){
const err175 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/entry",schemaPath:"#/$defs/provenance/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data74.figureBasis !== undefined){
let data78 = data74.figureBasis;
if(!((data78 === "sumber") || (data78 === "asumsi-kit"))){
const err176 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/figureBasis",schemaPath:"#/$defs/provenance/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema37.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data74.note !== undefined){
let data79 = data74.note;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.id === undefined){
const err177 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if(data79.en === undefined){
const err178 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
for(const key21 in data79){
if(!((key21 === "id") || (key21 === "en"))){
const err179 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/note",schemaPath:"#/$defs/provenance/properties/note/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21}};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data79.id !== undefined){
if(typeof data79.id !== "string"){
const err180 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/note/id",schemaPath:"#/$defs/provenance/properties/note/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data79.en !== undefined){
if(typeof data79.en !== "string"){
const err181 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/note/en",schemaPath:"#/$defs/provenance/properties/note/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters/note",schemaPath:"#/$defs/provenance/properties/note/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath:instancePath+"/agencies/" + i0+"/plannedCounters",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data72.kind !== undefined){
let data82 = data72.kind;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.kind === undefined){
const err184 = {instancePath:instancePath+"/agencies/" + i0+"/kind",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data82.note === undefined){
const err185 = {instancePath:instancePath+"/agencies/" + i0+"/kind",schemaPath:"#/$defs/provenance/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
for(const key22 in data82){
if(!(((((key22 === "kind") || (key22 === "from")) || (key22 === "entry")) || (key22 === "figureBasis")) || (key22 === "note"))){
const err186 = {instancePath:instancePath+"/agencies/" + i0+"/kind",schemaPath:"#/$defs/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22}};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data82.kind !== undefined){
let data83 = data82.kind;
if(!(((data83 === "diisi") || (data83 === "perkiraan")) || (data83 === "bawaan"))){
const err187 = {instancePath:instancePath+"/agencies/" + i0+"/kind/kind",schemaPath:"#/$defs/provenance/properties/kind/enum",keyword:"enum",params:{allowedValues: schema37.properties.kind.enum}};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data82.from !== undefined){
let data84 = data82.from;
if(!((((((data84 === "daerah") || (data84 === "pengunjung-mpp")) || (data84 === "katalog")) || (data84 === "perhitungan-loket")) || (data84 === "program-ruang")) || (data84 === "nama-instansi"))){
const err188 = {instancePath:instancePath+"/agencies/" + i0+"/kind/from",schemaPath:"#/$defs/provenance/properties/from/enum",keyword:"enum",params:{allowedValues: schema37.properties.from.enum}};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data82.entry !== undefined){
if(typeof data82.entry !== "string"){
const err189 = {instancePath:instancePath+"/agencies/" + i0+"/kind/entry",schemaPath:"#/$defs/provenance/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data82.figureBasis !== undefined){
let data86 = data82.figureBasis;
if(!((data86 === "sumber") || (data86 === "asumsi-kit"))){
const err190 = {instancePath:instancePath+"/agencies/" + i0+"/kind/figureBasis",schemaPath:"#/$defs/provenance/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema37.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data82.note !== undefined){
let data87 = data82.note;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
if(data87.id === undefined){
const err191 = {instancePath:instancePath+"/agencies/" + i0+"/kind/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(data87.en === undefined){
const err192 = {instancePath:instancePath+"/agencies/" + i0+"/kind/note",schemaPath:"#/$defs/provenance/properties/note/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
for(const key23 in data87){
if(!((key23 === "id") || (key23 === "en"))){
const err193 = {instancePath:instancePath+"/agencies/" + i0+"/kind/note",schemaPath:"#/$defs/provenance/properties/note/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23}};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data87.id !== undefined){
if(typeof data87.id !== "string"){
const err194 = {instancePath:instancePath+"/agencies/" + i0+"/kind/note/id",schemaPath:"#/$defs/provenance/properties/note/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data87.en !== undefined){
if(typeof data87.en !== "string"){
const err195 = {instancePath:instancePath+"/agencies/" + i0+"/kind/note/en",schemaPath:"#/$defs/provenance/properties/note/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/agencies/" + i0+"/kind/note",schemaPath:"#/$defs/provenance/properties/note/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/agencies/" + i0+"/kind",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data72.handlingMinutes !== undefined){
let data90 = data72.handlingMinutes;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.diisi === undefined){
const err198 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "diisi"}};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data90.perkiraan === undefined){
const err199 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "perkiraan"}};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(data90.bawaan === undefined){
const err200 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "bawaan"}};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data90.total === undefined){
const err201 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "total"}};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
for(const key24 in data90){
if(!((((key24 === "diisi") || (key24 === "perkiraan")) || (key24 === "bawaan")) || (key24 === "total"))){
const err202 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes",schemaPath:"#/$defs/provenanceCount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24}};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data90.diisi !== undefined){
let data91 = data90.diisi;
if(!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))){
const err203 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 < 0 || isNaN(data91)){
const err204 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
if(data90.perkiraan !== undefined){
let data92 = data90.perkiraan;
if(!(((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92))) && (isFinite(data92)))){
const err205 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if((typeof data92 == "number") && (isFinite(data92))){
if(data92 < 0 || isNaN(data92)){
const err206 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
if(data90.bawaan !== undefined){
let data93 = data90.bawaan;
if(!(((typeof data93 == "number") && (!(data93 % 1) && !isNaN(data93))) && (isFinite(data93)))){
const err207 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if((typeof data93 == "number") && (isFinite(data93))){
if(data93 < 0 || isNaN(data93)){
const err208 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
if(data90.total !== undefined){
let data94 = data90.total;
if(!(((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94))) && (isFinite(data94)))){
const err209 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes/total",schemaPath:"#/$defs/provenanceCount/properties/total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if((typeof data94 == "number") && (isFinite(data94))){
if(data94 < 0 || isNaN(data94)){
const err210 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes/total",schemaPath:"#/$defs/provenanceCount/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
}
else {
const err211 = {instancePath:instancePath+"/agencies/" + i0+"/handlingMinutes",schemaPath:"#/$defs/provenanceCount/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data72.visitorsPerDay !== undefined){
let data95 = data72.visitorsPerDay;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.diisi === undefined){
const err212 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "diisi"}};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data95.perkiraan === undefined){
const err213 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "perkiraan"}};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data95.bawaan === undefined){
const err214 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "bawaan"}};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(data95.total === undefined){
const err215 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/required",keyword:"required",params:{missingProperty: "total"}};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key25 in data95){
if(!((((key25 === "diisi") || (key25 === "perkiraan")) || (key25 === "bawaan")) || (key25 === "total"))){
const err216 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25}};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data95.diisi !== undefined){
let data96 = data95.diisi;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err217 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < 0 || isNaN(data96)){
const err218 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay/diisi",schemaPath:"#/$defs/provenanceCount/properties/diisi/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
if(data95.perkiraan !== undefined){
let data97 = data95.perkiraan;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err219 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 < 0 || isNaN(data97)){
const err220 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay/perkiraan",schemaPath:"#/$defs/provenanceCount/properties/perkiraan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
if(data95.bawaan !== undefined){
let data98 = data95.bawaan;
if(!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))){
const err221 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if((typeof data98 == "number") && (isFinite(data98))){
if(data98 < 0 || isNaN(data98)){
const err222 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay/bawaan",schemaPath:"#/$defs/provenanceCount/properties/bawaan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
if(data95.total !== undefined){
let data99 = data95.total;
if(!(((typeof data99 == "number") && (!(data99 % 1) && !isNaN(data99))) && (isFinite(data99)))){
const err223 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay/total",schemaPath:"#/$defs/provenanceCount/properties/total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if((typeof data99 == "number") && (isFinite(data99))){
if(data99 < 0 || isNaN(data99)){
const err224 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay/total",schemaPath:"#/$defs/provenanceCount/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
}
}
else {
const err225 = {instancePath:instancePath+"/agencies/" + i0+"/visitorsPerDay",schemaPath:"#/$defs/provenanceCount/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data72.loadOnEstimates !== undefined){
let data100 = data72.loadOnEstimates;
if((typeof data100 == "number") && (isFinite(data100))){
if(data100 > 1 || isNaN(data100)){
const err226 = {instancePath:instancePath+"/agencies/" + i0+"/loadOnEstimates",schemaPath:"#/properties/agencies/items/properties/loadOnEstimates/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(data100 < 0 || isNaN(data100)){
const err227 = {instancePath:instancePath+"/agencies/" + i0+"/loadOnEstimates",schemaPath:"#/properties/agencies/items/properties/loadOnEstimates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
else {
const err228 = {instancePath:instancePath+"/agencies/" + i0+"/loadOnEstimates",schemaPath:"#/properties/agencies/items/properties/loadOnEstimates/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
}
else {
const err229 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data.agenciesWithoutServices !== undefined){
let data101 = data.agenciesWithoutServices;
if(Array.isArray(data101)){
const len1 = data101.length;
for(let i1=0; i1<len1; i1++){
if(typeof data101[i1] !== "string"){
const err231 = {instancePath:instancePath+"/agenciesWithoutServices/" + i1,schemaPath:"#/properties/agenciesWithoutServices/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
}
else {
const err232 = {instancePath:instancePath+"/agenciesWithoutServices",schemaPath:"#/properties/agenciesWithoutServices/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
else {
const err233 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","additionalProperties":false,"required":["agency","label","name","services","arrivalsPerHour","meanHandlingMinutes","offeredLoad","queueCounters","neededCounters","plannedCounters","layoutCounters","needed","planned"],"properties":{"agency":{"type":"string"},"label":{"type":"string"},"name":{"type":"string"},"services":{"type":"array","items":{"type":"string"}},"arrivalsPerHour":{"type":"number","minimum":0},"meanHandlingMinutes":{"type":"number","minimum":0},"offeredLoad":{"type":"number","minimum":0},"queueCounters":{"type":"integer","minimum":0},"neededCounters":{"type":"integer","minimum":0},"plannedCounters":{"type":"integer","minimum":0},"layoutCounters":{"type":"integer","minimum":0},"needed":{"$ref":"#/$defs/queueFigures"},"planned":{"$ref":"#/$defs/queueFigures"}}};
const schema48 = {"type":"object","additionalProperties":false,"required":["counters","utilisation","probWait","serviceLevel","meanWaitMinutes","meanQueueLength"],"properties":{"counters":{"type":"integer","minimum":0},"utilisation":{"type":["number","null"],"minimum":0},"probWait":{"type":"number","minimum":0,"maximum":1},"serviceLevel":{"type":"number","minimum":0,"maximum":1},"meanWaitMinutes":{"type":["number","null"],"minimum":0},"meanQueueLength":{"type":["number","null"],"minimum":0}}};

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
if(data.agency === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agency"}};
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
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.services === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.arrivalsPerHour === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "arrivalsPerHour"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.meanHandlingMinutes === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meanHandlingMinutes"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.offeredLoad === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offeredLoad"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.queueCounters === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queueCounters"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.neededCounters === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "neededCounters"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.plannedCounters === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plannedCounters"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.layoutCounters === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layoutCounters"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.needed === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "needed"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.planned === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "planned"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema47.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.agency !== undefined){
if(typeof data.agency !== "string"){
const err14 = {instancePath:instancePath+"/agency",schemaPath:"#/properties/agency/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err15 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.services !== undefined){
let data3 = data.services;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err17 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/type",keyword:"type",params:{type: "string"}};
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
const err18 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.arrivalsPerHour !== undefined){
let data5 = data.arrivalsPerHour;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/arrivalsPerHour",schemaPath:"#/properties/arrivalsPerHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err20 = {instancePath:instancePath+"/arrivalsPerHour",schemaPath:"#/properties/arrivalsPerHour/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.meanHandlingMinutes !== undefined){
let data6 = data.meanHandlingMinutes;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/meanHandlingMinutes",schemaPath:"#/properties/meanHandlingMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err22 = {instancePath:instancePath+"/meanHandlingMinutes",schemaPath:"#/properties/meanHandlingMinutes/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.offeredLoad !== undefined){
let data7 = data.offeredLoad;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/offeredLoad",schemaPath:"#/properties/offeredLoad/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err24 = {instancePath:instancePath+"/offeredLoad",schemaPath:"#/properties/offeredLoad/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.queueCounters !== undefined){
let data8 = data.queueCounters;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/queueCounters",schemaPath:"#/properties/queueCounters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/queueCounters",schemaPath:"#/properties/queueCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.neededCounters !== undefined){
let data9 = data.neededCounters;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/neededCounters",schemaPath:"#/properties/neededCounters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/neededCounters",schemaPath:"#/properties/neededCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.plannedCounters !== undefined){
let data10 = data.plannedCounters;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err29 = {instancePath:instancePath+"/plannedCounters",schemaPath:"#/properties/plannedCounters/type",keyword:"type",params:{type: "integer"}};
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
const err30 = {instancePath:instancePath+"/plannedCounters",schemaPath:"#/properties/plannedCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.layoutCounters !== undefined){
let data11 = data.layoutCounters;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err31 = {instancePath:instancePath+"/layoutCounters",schemaPath:"#/properties/layoutCounters/type",keyword:"type",params:{type: "integer"}};
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
const err32 = {instancePath:instancePath+"/layoutCounters",schemaPath:"#/properties/layoutCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.needed !== undefined){
let data12 = data.needed;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.counters === undefined){
const err33 = {instancePath:instancePath+"/needed",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12.utilisation === undefined){
const err34 = {instancePath:instancePath+"/needed",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "utilisation"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data12.probWait === undefined){
const err35 = {instancePath:instancePath+"/needed",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "probWait"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.serviceLevel === undefined){
const err36 = {instancePath:instancePath+"/needed",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "serviceLevel"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data12.meanWaitMinutes === undefined){
const err37 = {instancePath:instancePath+"/needed",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "meanWaitMinutes"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data12.meanQueueLength === undefined){
const err38 = {instancePath:instancePath+"/needed",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "meanQueueLength"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key1 in data12){
if(!((((((key1 === "counters") || (key1 === "utilisation")) || (key1 === "probWait")) || (key1 === "serviceLevel")) || (key1 === "meanWaitMinutes")) || (key1 === "meanQueueLength"))){
const err39 = {instancePath:instancePath+"/needed",schemaPath:"#/$defs/queueFigures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data12.counters !== undefined){
let data13 = data12.counters;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err40 = {instancePath:instancePath+"/needed/counters",schemaPath:"#/$defs/queueFigures/properties/counters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err41 = {instancePath:instancePath+"/needed/counters",schemaPath:"#/$defs/queueFigures/properties/counters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data12.utilisation !== undefined){
let data14 = data12.utilisation;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
const err42 = {instancePath:instancePath+"/needed/utilisation",schemaPath:"#/$defs/queueFigures/properties/utilisation/type",keyword:"type",params:{type: schema48.properties.utilisation.type}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err43 = {instancePath:instancePath+"/needed/utilisation",schemaPath:"#/$defs/queueFigures/properties/utilisation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data12.probWait !== undefined){
let data15 = data12.probWait;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1 || isNaN(data15)){
const err44 = {instancePath:instancePath+"/needed/probWait",schemaPath:"#/$defs/queueFigures/properties/probWait/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err45 = {instancePath:instancePath+"/needed/probWait",schemaPath:"#/$defs/queueFigures/properties/probWait/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err46 = {instancePath:instancePath+"/needed/probWait",schemaPath:"#/$defs/queueFigures/properties/probWait/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.serviceLevel !== undefined){
let data16 = data12.serviceLevel;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 1 || isNaN(data16)){
const err47 = {instancePath:instancePath+"/needed/serviceLevel",schemaPath:"#/$defs/queueFigures/properties/serviceLevel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err48 = {instancePath:instancePath+"/needed/serviceLevel",schemaPath:"#/$defs/queueFigures/properties/serviceLevel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/needed/serviceLevel",schemaPath:"#/$defs/queueFigures/properties/serviceLevel/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data12.meanWaitMinutes !== undefined){
let data17 = data12.meanWaitMinutes;
if((!((typeof data17 == "number") && (isFinite(data17)))) && (data17 !== null)){
const err50 = {instancePath:instancePath+"/needed/meanWaitMinutes",schemaPath:"#/$defs/queueFigures/properties/meanWaitMinutes/type",keyword:"type",params:{type: schema48.properties.meanWaitMinutes.type}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err51 = {instancePath:instancePath+"/needed/meanWaitMinutes",schemaPath:"#/$defs/queueFigures/properties/meanWaitMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data12.meanQueueLength !== undefined){
let data18 = data12.meanQueueLength;
if((!((typeof data18 == "number") && (isFinite(data18)))) && (data18 !== null)){
const err52 = {instancePath:instancePath+"/needed/meanQueueLength",schemaPath:"#/$defs/queueFigures/properties/meanQueueLength/type",keyword:"type",params:{type: schema48.properties.meanQueueLength.type}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err53 = {instancePath:instancePath+"/needed/meanQueueLength",schemaPath:"#/$defs/queueFigures/properties/meanQueueLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err54 = {instancePath:instancePath+"/needed",schemaPath:"#/$defs/queueFigures/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.planned !== undefined){
let data19 = data.planned;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.counters === undefined){
const err55 = {instancePath:instancePath+"/planned",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data19.utilisation === undefined){
const err56 = {instancePath:instancePath+"/planned",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "utilisation"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data19.probWait === undefined){
const err57 = {instancePath:instancePath+"/planned",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "probWait"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data19.serviceLevel === undefined){
const err58 = {instancePath:instancePath+"/planned",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "serviceLevel"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data19.meanWaitMinutes === undefined){
const err59 = {instancePath:instancePath+"/planned",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "meanWaitMinutes"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data19.meanQueueLength === undefined){
const err60 = {instancePath:instancePath+"/planned",schemaPath:"#/$defs/queueFigures/required",keyword:"required",params:{missingProperty: "meanQueueLength"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key2 in data19){
if(!((((((key2 === "counters") || (key2 === "utilisation")) || (key2 === "probWait")) || (key2 === "serviceLevel")) || (key2 === "meanWaitMinutes")) || (key2 === "meanQueueLength"))){
const err61 = {instancePath:instancePath+"/planned",schemaPath:"#/$defs/queueFigures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data19.counters !== undefined){
let data20 = data19.counters;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err62 = {instancePath:instancePath+"/planned/counters",schemaPath:"#/$defs/queueFigures/properties/counters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err63 = {instancePath:instancePath+"/planned/counters",schemaPath:"#/$defs/queueFigures/properties/counters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data19.utilisation !== undefined){
let data21 = data19.utilisation;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
const err64 = {instancePath:instancePath+"/planned/utilisation",schemaPath:"#/$defs/queueFigures/properties/utilisation/type",keyword:"type",params:{type: schema48.properties.utilisation.type}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err65 = {instancePath:instancePath+"/planned/utilisation",schemaPath:"#/$defs/queueFigures/properties/utilisation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data19.probWait !== undefined){
let data22 = data19.probWait;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 1 || isNaN(data22)){
const err66 = {instancePath:instancePath+"/planned/probWait",schemaPath:"#/$defs/queueFigures/properties/probWait/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err67 = {instancePath:instancePath+"/planned/probWait",schemaPath:"#/$defs/queueFigures/properties/probWait/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/planned/probWait",schemaPath:"#/$defs/queueFigures/properties/probWait/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data19.serviceLevel !== undefined){
let data23 = data19.serviceLevel;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 1 || isNaN(data23)){
const err69 = {instancePath:instancePath+"/planned/serviceLevel",schemaPath:"#/$defs/queueFigures/properties/serviceLevel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err70 = {instancePath:instancePath+"/planned/serviceLevel",schemaPath:"#/$defs/queueFigures/properties/serviceLevel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/planned/serviceLevel",schemaPath:"#/$defs/queueFigures/properties/serviceLevel/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data19.meanWaitMinutes !== undefined){
let data24 = data19.meanWaitMinutes;
if((!((typeof data24 == "number") && (isFinite(data24)))) && (data24 !== null)){
const err72 = {instancePath:instancePath+"/planned/meanWaitMinutes",schemaPath:"#/$defs/queueFigures/properties/meanWaitMinutes/type",keyword:"type",params:{type: schema48.properties.meanWaitMinutes.type}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err73 = {instancePath:instancePath+"/planned/meanWaitMinutes",schemaPath:"#/$defs/queueFigures/properties/meanWaitMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data19.meanQueueLength !== undefined){
let data25 = data19.meanQueueLength;
if((!((typeof data25 == "number") && (isFinite(data25)))) && (data25 !== null)){
const err74 = {instancePath:instancePath+"/planned/meanQueueLength",schemaPath:"#/$defs/queueFigures/properties/meanQueueLength/type",keyword:"type",params:{type: schema48.properties.meanQueueLength.type}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err75 = {instancePath:instancePath+"/planned/meanQueueLength",schemaPath:"#/$defs/queueFigures/properties/meanQueueLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err76 = {instancePath:instancePath+"/planned",schemaPath:"#/$defs/queueFigures/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","additionalProperties":false,"required":["kind","count","unitArea","area"],"properties":{"kind":{"$ref":"#/$defs/zoneKind"},"count":{"type":"integer","minimum":0},"unitArea":{"type":"number","minimum":0},"area":{"type":"number","minimum":0},"declared":{"type":"boolean"},"requiredBy":{"type":"string"}}};
const schema51 = {"enum":["entrance","information-desk","ticket-kiosk","priority-counter","complaint-desk","agency-counters","waiting-area","lactation-room","children-corner","accessible-toilet","back-office","circulation","stairs","lift","prayer-room","first-aid","payment-counters"]};

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
if(data.count === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.unitArea === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unitArea"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.area === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "area"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "count")) || (key0 === "unitArea")) || (key0 === "area")) || (key0 === "declared")) || (key0 === "requiredBy"))){
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
if(data.kind !== undefined){
let data0 = data.kind;
if(!(((((((((((((((((data0 === "entrance") || (data0 === "information-desk")) || (data0 === "ticket-kiosk")) || (data0 === "priority-counter")) || (data0 === "complaint-desk")) || (data0 === "agency-counters")) || (data0 === "waiting-area")) || (data0 === "lactation-room")) || (data0 === "children-corner")) || (data0 === "accessible-toilet")) || (data0 === "back-office")) || (data0 === "circulation")) || (data0 === "stairs")) || (data0 === "lift")) || (data0 === "prayer-room")) || (data0 === "first-aid")) || (data0 === "payment-counters"))){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/zoneKind/enum",keyword:"enum",params:{allowedValues: schema51.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.count !== undefined){
let data1 = data.count;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"}};
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
const err7 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.unitArea !== undefined){
let data2 = data.unitArea;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/unitArea",schemaPath:"#/properties/unitArea/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err9 = {instancePath:instancePath+"/unitArea",schemaPath:"#/properties/unitArea/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.area !== undefined){
let data3 = data.area;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err11 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.declared !== undefined){
if(typeof data.declared !== "boolean"){
const err12 = {instancePath:instancePath+"/declared",schemaPath:"#/properties/declared/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.requiredBy !== undefined){
if(typeof data.requiredBy !== "string"){
const err13 = {instancePath:instancePath+"/requiredBy",schemaPath:"#/properties/requiredBy/type",keyword:"type",params:{type: "string"}};
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

const schema52 = {"type":"object","additionalProperties":false,"required":["floor","name","level","width","depth","entrance","zones","overflow"],"properties":{"floor":{"type":"string"},"name":{"type":"string"},"level":{"type":"integer"},"width":{"type":"number","exclusiveMinimum":0},"depth":{"type":"number","exclusiveMinimum":0},"entrance":{"type":"boolean"},"zones":{"type":"array","items":{"$ref":"#/$defs/zone"}},"overflow":{"type":"array","items":{"$ref":"#/$defs/overflowItem"}}}};
const schema53 = {"type":"object","additionalProperties":false,"required":["id","kind","x","y","width","depth","area"],"properties":{"id":{"type":"string"},"kind":{"$ref":"#/$defs/zoneKind"},"x":{"type":"number","minimum":0},"y":{"type":"number","minimum":0},"width":{"type":"number","exclusiveMinimum":0},"depth":{"type":"number","exclusiveMinimum":0},"area":{"type":"number","minimum":0},"agency":{"type":"string"},"label":{"type":"string"},"counters":{"type":"integer","minimum":0},"seats":{"type":"integer","minimum":0},"requiredBy":{"type":"string"},"facing":{"enum":["front","back"]}},"allOf":[{"if":{"properties":{"kind":{"const":"agency-counters"}}},"then":{"required":["agency","label","counters"]}}]};

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
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("agency-counters" !== data.kind){
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
if(data.agency === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "agency"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.label === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.counters === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};
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
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.kind === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.x === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "x"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.y === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "y"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.width === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "width"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.depth === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "depth"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.area === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "area"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema53.properties, key0))){
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
if(data.id !== undefined){
if(typeof data.id !== "string"){
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
if(data.kind !== undefined){
let data2 = data.kind;
if(!(((((((((((((((((data2 === "entrance") || (data2 === "information-desk")) || (data2 === "ticket-kiosk")) || (data2 === "priority-counter")) || (data2 === "complaint-desk")) || (data2 === "agency-counters")) || (data2 === "waiting-area")) || (data2 === "lactation-room")) || (data2 === "children-corner")) || (data2 === "accessible-toilet")) || (data2 === "back-office")) || (data2 === "circulation")) || (data2 === "stairs")) || (data2 === "lift")) || (data2 === "prayer-room")) || (data2 === "first-aid")) || (data2 === "payment-counters"))){
const err14 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/zoneKind/enum",keyword:"enum",params:{allowedValues: schema51.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.x !== undefined){
let data3 = data.x;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/x",schemaPath:"#/properties/x/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err16 = {instancePath:instancePath+"/x",schemaPath:"#/properties/x/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.y !== undefined){
let data4 = data.y;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/y",schemaPath:"#/properties/y/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err18 = {instancePath:instancePath+"/y",schemaPath:"#/properties/y/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.width !== undefined){
let data5 = data.width;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err20 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.depth !== undefined){
let data6 = data.depth;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 <= 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err22 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.area !== undefined){
let data7 = data.area;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err24 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.agency !== undefined){
if(typeof data.agency !== "string"){
const err25 = {instancePath:instancePath+"/agency",schemaPath:"#/properties/agency/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err26 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.counters !== undefined){
let data10 = data.counters;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err27 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err28 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.seats !== undefined){
let data11 = data.seats;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err29 = {instancePath:instancePath+"/seats",schemaPath:"#/properties/seats/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err30 = {instancePath:instancePath+"/seats",schemaPath:"#/properties/seats/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.requiredBy !== undefined){
if(typeof data.requiredBy !== "string"){
const err31 = {instancePath:instancePath+"/requiredBy",schemaPath:"#/properties/requiredBy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.facing !== undefined){
let data13 = data.facing;
if(!((data13 === "front") || (data13 === "back"))){
const err32 = {instancePath:instancePath+"/facing",schemaPath:"#/properties/facing/enum",keyword:"enum",params:{allowedValues: schema53.properties.facing.enum}};
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
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"object","additionalProperties":false,"required":["id","kind","area"],"properties":{"id":{"type":"string"},"kind":{"$ref":"#/$defs/zoneKind"},"agency":{"type":"string"},"area":{"type":"number","minimum":0}}};

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
if(data.area === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "area"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "kind")) || (key0 === "agency")) || (key0 === "area"))){
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
if(typeof data.id !== "string"){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!(((((((((((((((((data1 === "entrance") || (data1 === "information-desk")) || (data1 === "ticket-kiosk")) || (data1 === "priority-counter")) || (data1 === "complaint-desk")) || (data1 === "agency-counters")) || (data1 === "waiting-area")) || (data1 === "lactation-room")) || (data1 === "children-corner")) || (data1 === "accessible-toilet")) || (data1 === "back-office")) || (data1 === "circulation")) || (data1 === "stairs")) || (data1 === "lift")) || (data1 === "prayer-room")) || (data1 === "first-aid")) || (data1 === "payment-counters"))){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/zoneKind/enum",keyword:"enum",params:{allowedValues: schema51.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.agency !== undefined){
if(typeof data.agency !== "string"){
const err6 = {instancePath:instancePath+"/agency",schemaPath:"#/properties/agency/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.area !== undefined){
let data3 = data.area;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err8 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/type",keyword:"type",params:{type: "number"}};
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
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.floor === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "floor"}};
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
if(data.level === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.width === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "width"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.depth === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "depth"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.entrance === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entrance"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.zones === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "zones"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.overflow === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "overflow"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "floor") || (key0 === "name")) || (key0 === "level")) || (key0 === "width")) || (key0 === "depth")) || (key0 === "entrance")) || (key0 === "zones")) || (key0 === "overflow"))){
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
if(data.floor !== undefined){
if(typeof data.floor !== "string"){
const err9 = {instancePath:instancePath+"/floor",schemaPath:"#/properties/floor/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.level !== undefined){
let data2 = data.level;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.width !== undefined){
let data3 = data.width;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 <= 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err13 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.depth !== undefined){
let data4 = data.depth;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err15 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.entrance !== undefined){
if(typeof data.entrance !== "boolean"){
const err16 = {instancePath:instancePath+"/entrance",schemaPath:"#/properties/entrance/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.zones !== undefined){
let data6 = data.zones;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate28(data6[i0], {instancePath:instancePath+"/zones/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/zones",schemaPath:"#/properties/zones/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.overflow !== undefined){
let data8 = data.overflow;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate30(data8[i1], {instancePath:instancePath+"/overflow/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/overflow",schemaPath:"#/properties/overflow/type",keyword:"type",params:{type: "array"}};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"object","additionalProperties":false,"required":["code","severity","message"],"properties":{"code":{"enum":["planned-below-needed","planned-overloaded","no-demand","no-services","area-short","zone-overflow","no-entrance-floor","outside-benchmark"]},"severity":{"enum":["warning","info"]},"path":{"type":"string"},"message":{"$ref":"#/$defs/localized"}}};
const schema58 = {"type":"object","additionalProperties":false,"required":["id","en"],"properties":{"id":{"type":"string"},"en":{"type":"string"}}};

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
if(data.message === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "code") || (key0 === "severity")) || (key0 === "path")) || (key0 === "message"))){
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
if(data.code !== undefined){
let data0 = data.code;
if(!((((((((data0 === "planned-below-needed") || (data0 === "planned-overloaded")) || (data0 === "no-demand")) || (data0 === "no-services")) || (data0 === "area-short")) || (data0 === "zone-overflow")) || (data0 === "no-entrance-floor")) || (data0 === "outside-benchmark"))){
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/enum",keyword:"enum",params:{allowedValues: schema57.properties.code.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.severity !== undefined){
let data1 = data.severity;
if(!((data1 === "warning") || (data1 === "info"))){
const err5 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema57.properties.severity.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.message !== undefined){
let data3 = data.message;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.en === undefined){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "id") || (key1 === "en"))){
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.id !== undefined){
if(typeof data3.id !== "string"){
const err10 = {instancePath:instancePath+"/message/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.en !== undefined){
if(typeof data3.en !== "string"){
const err11 = {instancePath:instancePath+"/message/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/layout.schema.json" */;
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
if(data.units === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "units"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.serviceLevel === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceLevel"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.peakFactor === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "peakFactor"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sizing === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sizing"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.area === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "area"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.floors === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "floors"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.warnings === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "warnings"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.provenance === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provenance"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
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
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err11 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.region !== undefined){
let data1 = data.region;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err12 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.slug === undefined){
const err13 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "slug"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1.mppName === undefined){
const err14 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "mppName"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "name") || (key1 === "slug")) || (key1 === "mppName"))){
const err15 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err16 = {instancePath:instancePath+"/region/name",schemaPath:"#/properties/region/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.slug !== undefined){
if(typeof data1.slug !== "string"){
const err17 = {instancePath:instancePath+"/region/slug",schemaPath:"#/properties/region/properties/slug/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.mppName !== undefined){
if(typeof data1.mppName !== "string"){
const err18 = {instancePath:instancePath+"/region/mppName",schemaPath:"#/properties/region/properties/mppName/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.units !== undefined){
let data5 = data.units;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.length === undefined){
const err20 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/required",keyword:"required",params:{missingProperty: "length"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.area === undefined){
const err21 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/required",keyword:"required",params:{missingProperty: "area"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.time === undefined){
const err22 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/required",keyword:"required",params:{missingProperty: "time"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data5){
if(!(((key2 === "length") || (key2 === "area")) || (key2 === "time"))){
const err23 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.length !== undefined){
if("m" !== data5.length){
const err24 = {instancePath:instancePath+"/units/length",schemaPath:"#/properties/units/properties/length/const",keyword:"const",params:{allowedValue: "m"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.area !== undefined){
if("m2" !== data5.area){
const err25 = {instancePath:instancePath+"/units/area",schemaPath:"#/properties/units/properties/area/const",keyword:"const",params:{allowedValue: "m2"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.time !== undefined){
if("min" !== data5.time){
const err26 = {instancePath:instancePath+"/units/time",schemaPath:"#/properties/units/properties/time/const",keyword:"const",params:{allowedValue: "min"}};
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
const err27 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.serviceLevel !== undefined){
let data9 = data.serviceLevel;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.targetShare === undefined){
const err28 = {instancePath:instancePath+"/serviceLevel",schemaPath:"#/properties/serviceLevel/required",keyword:"required",params:{missingProperty: "targetShare"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9.maxWaitMinutes === undefined){
const err29 = {instancePath:instancePath+"/serviceLevel",schemaPath:"#/properties/serviceLevel/required",keyword:"required",params:{missingProperty: "maxWaitMinutes"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data9){
if(!((key3 === "targetShare") || (key3 === "maxWaitMinutes"))){
const err30 = {instancePath:instancePath+"/serviceLevel",schemaPath:"#/properties/serviceLevel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.targetShare !== undefined){
let data10 = data9.targetShare;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 >= 1 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/serviceLevel/targetShare",schemaPath:"#/properties/serviceLevel/properties/targetShare/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10 <= 0 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/serviceLevel/targetShare",schemaPath:"#/properties/serviceLevel/properties/targetShare/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err33 = {instancePath:instancePath+"/serviceLevel/targetShare",schemaPath:"#/properties/serviceLevel/properties/targetShare/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.maxWaitMinutes !== undefined){
let data11 = data9.maxWaitMinutes;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 <= 0 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/serviceLevel/maxWaitMinutes",schemaPath:"#/properties/serviceLevel/properties/maxWaitMinutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err35 = {instancePath:instancePath+"/serviceLevel/maxWaitMinutes",schemaPath:"#/properties/serviceLevel/properties/maxWaitMinutes/type",keyword:"type",params:{type: "number"}};
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
const err36 = {instancePath:instancePath+"/serviceLevel",schemaPath:"#/properties/serviceLevel/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.peakFactor !== undefined){
let data12 = data.peakFactor;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 <= 0 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/peakFactor",schemaPath:"#/properties/peakFactor/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err38 = {instancePath:instancePath+"/peakFactor",schemaPath:"#/properties/peakFactor/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.provenance !== undefined){
if(!(validate21(data.provenance, {instancePath:instancePath+"/provenance",parentData:data,parentDataProperty:"provenance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sizing !== undefined){
let data14 = data.sizing;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.agencies === undefined){
const err39 = {instancePath:instancePath+"/sizing",schemaPath:"#/properties/sizing/required",keyword:"required",params:{missingProperty: "agencies"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data14.totals === undefined){
const err40 = {instancePath:instancePath+"/sizing",schemaPath:"#/properties/sizing/required",keyword:"required",params:{missingProperty: "totals"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data14){
if(!((key4 === "agencies") || (key4 === "totals"))){
const err41 = {instancePath:instancePath+"/sizing",schemaPath:"#/properties/sizing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data14.agencies !== undefined){
let data15 = data14.agencies;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data15[i0], {instancePath:instancePath+"/sizing/agencies/" + i0,parentData:data15,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/sizing/agencies",schemaPath:"#/properties/sizing/properties/agencies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data14.totals !== undefined){
let data17 = data14.totals;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.arrivalsPerHour === undefined){
const err43 = {instancePath:instancePath+"/sizing/totals",schemaPath:"#/properties/sizing/properties/totals/required",keyword:"required",params:{missingProperty: "arrivalsPerHour"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data17.offeredLoad === undefined){
const err44 = {instancePath:instancePath+"/sizing/totals",schemaPath:"#/properties/sizing/properties/totals/required",keyword:"required",params:{missingProperty: "offeredLoad"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data17.neededCounters === undefined){
const err45 = {instancePath:instancePath+"/sizing/totals",schemaPath:"#/properties/sizing/properties/totals/required",keyword:"required",params:{missingProperty: "neededCounters"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17.plannedCounters === undefined){
const err46 = {instancePath:instancePath+"/sizing/totals",schemaPath:"#/properties/sizing/properties/totals/required",keyword:"required",params:{missingProperty: "plannedCounters"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data17.layoutCounters === undefined){
const err47 = {instancePath:instancePath+"/sizing/totals",schemaPath:"#/properties/sizing/properties/totals/required",keyword:"required",params:{missingProperty: "layoutCounters"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data17.meanQueueLength === undefined){
const err48 = {instancePath:instancePath+"/sizing/totals",schemaPath:"#/properties/sizing/properties/totals/required",keyword:"required",params:{missingProperty: "meanQueueLength"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key5 in data17){
if(!((((((key5 === "arrivalsPerHour") || (key5 === "offeredLoad")) || (key5 === "neededCounters")) || (key5 === "plannedCounters")) || (key5 === "layoutCounters")) || (key5 === "meanQueueLength"))){
const err49 = {instancePath:instancePath+"/sizing/totals",schemaPath:"#/properties/sizing/properties/totals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data17.arrivalsPerHour !== undefined){
let data18 = data17.arrivalsPerHour;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err50 = {instancePath:instancePath+"/sizing/totals/arrivalsPerHour",schemaPath:"#/properties/sizing/properties/totals/properties/arrivalsPerHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err51 = {instancePath:instancePath+"/sizing/totals/arrivalsPerHour",schemaPath:"#/properties/sizing/properties/totals/properties/arrivalsPerHour/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data17.offeredLoad !== undefined){
let data19 = data17.offeredLoad;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err52 = {instancePath:instancePath+"/sizing/totals/offeredLoad",schemaPath:"#/properties/sizing/properties/totals/properties/offeredLoad/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err53 = {instancePath:instancePath+"/sizing/totals/offeredLoad",schemaPath:"#/properties/sizing/properties/totals/properties/offeredLoad/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.neededCounters !== undefined){
let data20 = data17.neededCounters;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err54 = {instancePath:instancePath+"/sizing/totals/neededCounters",schemaPath:"#/properties/sizing/properties/totals/properties/neededCounters/type",keyword:"type",params:{type: "integer"}};
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
const err55 = {instancePath:instancePath+"/sizing/totals/neededCounters",schemaPath:"#/properties/sizing/properties/totals/properties/neededCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data17.plannedCounters !== undefined){
let data21 = data17.plannedCounters;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err56 = {instancePath:instancePath+"/sizing/totals/plannedCounters",schemaPath:"#/properties/sizing/properties/totals/properties/plannedCounters/type",keyword:"type",params:{type: "integer"}};
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
const err57 = {instancePath:instancePath+"/sizing/totals/plannedCounters",schemaPath:"#/properties/sizing/properties/totals/properties/plannedCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data17.layoutCounters !== undefined){
let data22 = data17.layoutCounters;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err58 = {instancePath:instancePath+"/sizing/totals/layoutCounters",schemaPath:"#/properties/sizing/properties/totals/properties/layoutCounters/type",keyword:"type",params:{type: "integer"}};
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
const err59 = {instancePath:instancePath+"/sizing/totals/layoutCounters",schemaPath:"#/properties/sizing/properties/totals/properties/layoutCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data17.meanQueueLength !== undefined){
let data23 = data17.meanQueueLength;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err60 = {instancePath:instancePath+"/sizing/totals/meanQueueLength",schemaPath:"#/properties/sizing/properties/totals/properties/meanQueueLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err61 = {instancePath:instancePath+"/sizing/totals/meanQueueLength",schemaPath:"#/properties/sizing/properties/totals/properties/meanQueueLength/type",keyword:"type",params:{type: "number"}};
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
else {
const err62 = {instancePath:instancePath+"/sizing/totals",schemaPath:"#/properties/sizing/properties/totals/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/sizing",schemaPath:"#/properties/sizing/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.area !== undefined){
let data24 = data.area;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.items === undefined){
const err64 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "items"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data24.waitingSeats === undefined){
const err65 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "waitingSeats"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data24.ticketKiosks === undefined){
const err66 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "ticketKiosks"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data24.netArea === undefined){
const err67 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "netArea"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data24.circulationFactor === undefined){
const err68 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "circulationFactor"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data24.circulationArea === undefined){
const err69 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "circulationArea"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data24.neededArea === undefined){
const err70 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "neededArea"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data24.availableArea === undefined){
const err71 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "availableArea"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data24.missingArea === undefined){
const err72 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/required",keyword:"required",params:{missingProperty: "missingArea"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key6 in data24){
if(!(func1.call(schema31.properties.area.properties, key6))){
const err73 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data24.items !== undefined){
let data25 = data24.items;
if(Array.isArray(data25)){
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
if(!(validate25(data25[i1], {instancePath:instancePath+"/area/items/" + i1,parentData:data25,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err74 = {instancePath:instancePath+"/area/items",schemaPath:"#/properties/area/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data24.waitingSeats !== undefined){
let data27 = data24.waitingSeats;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err75 = {instancePath:instancePath+"/area/waitingSeats",schemaPath:"#/properties/area/properties/waitingSeats/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err76 = {instancePath:instancePath+"/area/waitingSeats",schemaPath:"#/properties/area/properties/waitingSeats/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data24.ticketKiosks !== undefined){
let data28 = data24.ticketKiosks;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err77 = {instancePath:instancePath+"/area/ticketKiosks",schemaPath:"#/properties/area/properties/ticketKiosks/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err78 = {instancePath:instancePath+"/area/ticketKiosks",schemaPath:"#/properties/area/properties/ticketKiosks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data24.netArea !== undefined){
let data29 = data24.netArea;
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err79 = {instancePath:instancePath+"/area/netArea",schemaPath:"#/properties/area/properties/netArea/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/area/netArea",schemaPath:"#/properties/area/properties/netArea/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data24.circulationFactor !== undefined){
let data30 = data24.circulationFactor;
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err81 = {instancePath:instancePath+"/area/circulationFactor",schemaPath:"#/properties/area/properties/circulationFactor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err82 = {instancePath:instancePath+"/area/circulationFactor",schemaPath:"#/properties/area/properties/circulationFactor/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data24.circulationArea !== undefined){
let data31 = data24.circulationArea;
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err83 = {instancePath:instancePath+"/area/circulationArea",schemaPath:"#/properties/area/properties/circulationArea/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err84 = {instancePath:instancePath+"/area/circulationArea",schemaPath:"#/properties/area/properties/circulationArea/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data24.neededArea !== undefined){
let data32 = data24.neededArea;
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err85 = {instancePath:instancePath+"/area/neededArea",schemaPath:"#/properties/area/properties/neededArea/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/area/neededArea",schemaPath:"#/properties/area/properties/neededArea/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data24.availableArea !== undefined){
let data33 = data24.availableArea;
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err87 = {instancePath:instancePath+"/area/availableArea",schemaPath:"#/properties/area/properties/availableArea/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/area/availableArea",schemaPath:"#/properties/area/properties/availableArea/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data24.missingArea !== undefined){
let data34 = data24.missingArea;
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err89 = {instancePath:instancePath+"/area/missingArea",schemaPath:"#/properties/area/properties/missingArea/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/area/missingArea",schemaPath:"#/properties/area/properties/missingArea/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.floors !== undefined){
let data35 = data.floors;
if(Array.isArray(data35)){
if(data35.length < 1){
const err92 = {instancePath:instancePath+"/floors",schemaPath:"#/properties/floors/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
const len2 = data35.length;
for(let i2=0; i2<len2; i2++){
if(!(validate27(data35[i2], {instancePath:instancePath+"/floors/" + i2,parentData:data35,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err93 = {instancePath:instancePath+"/floors",schemaPath:"#/properties/floors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.warnings !== undefined){
let data37 = data.warnings;
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
if(!(validate33(data37[i3], {instancePath:instancePath+"/warnings/" + i3,parentData:data37,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err94 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

