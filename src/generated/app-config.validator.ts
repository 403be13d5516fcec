// Generated from schemas/app-config.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/app-config.schema.json","title":"AppConfig","description":"Konfigurasi aplikasi MPP yang dihasilkan mpp-kit (app/app-config.json): antrean, katalog layanan dengan 14 komponen Standar Pelayanan, SKM, pengaduan dan maklumat pelayanan. (EN) MPP application configuration written by mpp-kit (app/app-config.json): queue, service catalogue with the 14 Standar Pelayanan components, SKM survey, complaints and service pledge.","type":"object","additionalProperties":false,"required":["schemaVersion","region","mpp","queue","catalogue","survey","complaints","pledge"],"properties":{"schemaVersion":{"const":1,"description":"Versi format berkas ini. (EN) Version of this file format."},"region":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"kind":{"enum":["kabupaten","kota"]},"province":{"type":"string"},"slug":{"$ref":"#/$defs/id"}},"required":["name","kind","province","slug"],"description":"Daerah. (EN) The region."},"mpp":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"organiser":{"type":"string"},"address":{"type":"string"}},"required":["name","organiser"],"description":"MPP; alamat hanya bila daerah mengisinya. (EN) The MPP; the address only when the region gave it."},"queue":{"$ref":"#/$defs/queue"},"catalogue":{"$ref":"#/$defs/catalogue"},"survey":{"$ref":"#/$defs/survey"},"complaints":{"type":"object","additionalProperties":false,"properties":{"channels":{"type":"array","items":{"$ref":"#/$defs/complaintChannel"},"minItems":1}},"required":["channels"],"description":"Saluran pengaduan; SP4N-LAPOR! selalu tercantum. (EN) Complaint channels; SP4N-LAPOR! is always listed."},"pledge":{"type":"object","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/localized"},"text":{"$ref":"#/$defs/localized"}},"required":["title","text"],"description":"Maklumat pelayanan. (EN) Service pledge (maklumat pelayanan)."}},"$defs":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64},"time":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"weekday":{"enum":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]},"localized":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}},"required":["id","en"],"description":"Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English."},"queue":{"type":"object","additionalProperties":false,"properties":{"agencies":{"type":"array","items":{"$ref":"#/$defs/queueAgency"},"minItems":1,"description":"Instansi dengan awalan nomor antrean. (EN) Agencies with their ticket prefix."},"counters":{"type":"array","items":{"$ref":"#/$defs/counter"},"description":"Loket, termasuk loket prioritas. (EN) Counters, including the priority counter."},"priority":{"$ref":"#/$defs/priority"},"openingHours":{"type":"array","items":{"$ref":"#/$defs/openDay"},"description":"Hari buka dengan jam dan istirahat; hari lain tutup. (EN) Open days with hours and breaks; other days are closed."},"openingHoursProvenance":{"$ref":"#/$defs/provenance","description":"Asal jam layanan. (EN) Where the opening hours came from."},"onlineBookingShare":{"type":"number","minimum":0,"maximum":1},"quotaRule":{"$ref":"#/$defs/localized"},"quotas":{"type":"array","items":{"$ref":"#/$defs/quota"}},"display":{"$ref":"#/$defs/display"}},"required":["agencies","counters","priority","openingHours","openingHoursProvenance","onlineBookingShare","quotaRule","quotas","display"],"description":"Antrean. (EN) Queue."},"queueAgency":{"type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id"},"name":{"type":"string"},"shortName":{"type":"string"},"prefix":{"type":"string","pattern":"^[A-Z]{1,3}$"},"prefixFixed":{"type":"boolean","description":"Awalan ditetapkan dalam jawaban (ticketPrefix). (EN) The prefix was set in the answers (ticketPrefix)."},"services":{"type":"array","items":{"$ref":"#/$defs/id"}},"counters":{"type":"array","items":{"$ref":"#/$defs/id"}},"countersProvenance":{"$ref":"#/$defs/provenance","description":"Asal jumlah loket instansi. (EN) Where the agency's counter count came from."}},"required":["id","name","prefix","prefixFixed","services","counters","countersProvenance"]},"counter":{"type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id"},"agency":{"anyOf":[{"$ref":"#/$defs/id"},{"type":"null"}],"description":"Instansi pemilik; null untuk loket prioritas bersama. (EN) Owning agency; null for the shared priority counter."},"services":{"type":"array","items":{"$ref":"#/$defs/id"}},"priority":{"type":"boolean"},"generated":{"type":"boolean","description":"Loket ditambahkan oleh mpp-kit (loket prioritas bersama). (EN) Counter added by mpp-kit (shared priority counter)."},"floor":{"$ref":"#/$defs/id"},"label":{"$ref":"#/$defs/localized"}},"required":["id","agency","services","priority","generated","label"]},"priority":{"type":"object","additionalProperties":false,"properties":{"basis":{"type":"string"},"groups":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"key":{"enum":["elderly","disability","pregnant","children"]},"label":{"$ref":"#/$defs/localized"}},"required":["key","label"]},"minItems":4},"counters":{"type":"array","items":{"$ref":"#/$defs/id"},"minItems":1},"sharedCounterGenerated":{"type":"boolean"},"rule":{"$ref":"#/$defs/localized"}},"required":["basis","groups","counters","sharedCounterGenerated","rule"],"description":"Perlakuan khusus kelompok rentan (UU 25/2009 Pasal 29). (EN) Special treatment of vulnerable groups (UU 25/2009 Article 29)."},"openDay":{"type":"object","additionalProperties":false,"properties":{"day":{"$ref":"#/$defs/weekday"},"label":{"$ref":"#/$defs/localized"},"open":{"$ref":"#/$defs/time"},"close":{"$ref":"#/$defs/time"},"breaks":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"start":{"$ref":"#/$defs/time"},"end":{"$ref":"#/$defs/time"}},"required":["start","end"]}},"serviceMinutes":{"type":"integer","minimum":0}},"required":["day","label","open","close","breaks","serviceMinutes"]},"quota":{"type":"object","additionalProperties":false,"properties":{"service":{"$ref":"#/$defs/id"},"agency":{"$ref":"#/$defs/id"},"handlingMinutes":{"type":"number","exclusiveMinimum":0},"handlingMinutesProvenance":{"$ref":"#/$defs/provenance"},"visitorsPerDay":{"type":"number","minimum":0,"description":"Pengunjung per hari yang dipakai perhitungan. (EN) Visitors per day the sizing uses."},"visitorsPerDayProvenance":{"$ref":"#/$defs/provenance"},"counterShare":{"type":"number","minimum":0,"description":"Jumlah loket yang melayani layanan ini setelah pembagian loket bersama (4 desimal). (EN) Counters serving this service after sharing is split (4 decimals)."},"countersServing":{"type":"array","items":{"$ref":"#/$defs/id"}},"onlineBooking":{"type":"boolean"},"perDay":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"day":{"$ref":"#/$defs/weekday"},"serviceMinutes":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"online":{"type":"integer","minimum":0},"walkIn":{"type":"integer","minimum":0}},"required":["day","serviceMinutes","total","online","walkIn"]}}},"required":["service","agency","handlingMinutes","counterShare","countersServing","onlineBooking","perDay","handlingMinutesProvenance","visitorsPerDay","visitorsPerDayProvenance"]},"display":{"type":"object","additionalProperties":false,"properties":{"welcome":{"$ref":"#/$defs/localized"},"takeTicket":{"$ref":"#/$defs/localized"},"call":{"$ref":"#/$defs/localized"},"priorityCall":{"$ref":"#/$defs/localized"},"quotaReached":{"$ref":"#/$defs/localized"},"closed":{"$ref":"#/$defs/localized"},"rateService":{"$ref":"#/$defs/localized"}},"required":["welcome","takeTicket","call","priorityCall","quotaReached","closed","rateService"],"description":"Teks papan tampilan dan pengumuman; {ticket} dan {counter} diisi aplikasi. (EN) Display and announcement texts; the application fills {ticket} and {counter}."},"fee":{"type":"object","additionalProperties":false,"properties":{"kind":{"enum":["free","paid","text","note","not-set"]},"currency":{"const":"IDR"},"amount":{"type":"integer","minimum":0},"text":{"type":"string","description":"Biaya sebagaimana diumumkan (beberapa tarif atau syarat). (EN) The fee as published (several tariffs or conditions)."},"note":{"type":"string"}},"required":["kind","currency"],"description":"Biaya untuk ditampilkan: gratis (`amount` 0), berbayar (`amount`), teks sebagaimana diumumkan (`text`, tanpa angka tunggal), hanya keterangan (`note`), atau belum ditetapkan. (EN) The fee to display: free (`amount` 0), paid (`amount`), published text (`text`, no single amount), a note only, or not set."},"component":{"type":"object","additionalProperties":false,"properties":{"key":{"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"]},"group":{"enum":["delivery","management"]},"status":{"enum":["set","missing"]},"value":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"integer"},{"$ref":"#/$defs/standardFee"}]}},"required":["key","group","status"]},"standardFee":{"type":"object","additionalProperties":false,"properties":{"amount":{"type":"integer","minimum":0},"text":{"type":"string","description":"Biaya sebagaimana diumumkan (beberapa tarif atau syarat). (EN) The fee as published (several tariffs or conditions)."},"note":{"type":"string"}},"required":[]},"catalogueService":{"type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id"},"agency":{"$ref":"#/$defs/id"},"agencyName":{"type":"string"},"name":{"type":"string"},"category":{"enum":["perizinan","non-perizinan"]},"estimate":{"type":"boolean"},"fee":{"$ref":"#/$defs/fee"},"components":{"type":"array","items":{"$ref":"#/$defs/component"},"minItems":14,"maxItems":14},"missing":{"type":"array","items":{"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"]}},"complete":{"type":"boolean"}},"required":["id","agency","agencyName","name","category","estimate","fee","components","missing","complete"]},"catalogue":{"type":"object","additionalProperties":false,"properties":{"basis":{"type":"string"},"components":{"type":"array","items":{"$ref":"#/$defs/componentDefinition"},"minItems":14,"maxItems":14,"description":"Ke-14 komponen dengan label, dalam urutan PermenPANRB 15/2014. (EN) The 14 components with their labels, in PermenPANRB 15/2014 order."},"services":{"type":"array","items":{"$ref":"#/$defs/catalogueService"},"minItems":1}},"required":["basis","components","services"],"description":"Katalog layanan dengan 14 komponen Standar Pelayanan (PermenPANRB 15/2014: 6 penyampaian pelayanan, 8 pengelolaan). (EN) Service catalogue with the 14 service-standard components (PermenPANRB 15/2014: 6 delivery, 8 management)."},"survey":{"type":"object","additionalProperties":false,"properties":{"basis":{"type":"string"},"frequency":{"$ref":"#/$defs/localized"},"scale":{"type":"object","additionalProperties":false,"properties":{"min":{"const":1},"max":{"const":4}},"required":["min","max"]},"unsur":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"no":{"type":"integer","minimum":1,"maximum":9},"key":{"type":"string"},"label":{"$ref":"#/$defs/localized"},"question":{"$ref":"#/$defs/localized"},"answers":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"value":{"type":"integer","minimum":1,"maximum":4},"label":{"$ref":"#/$defs/localized"}},"required":["value","label"]},"minItems":4,"maxItems":4}},"required":["no","key","label","question","answers"]},"minItems":9,"maxItems":9},"formula":{"$ref":"#/$defs/localized"},"conversionFactor":{"const":25},"rounding":{"$ref":"#/$defs/localized"},"bands":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"grade":{"enum":["A","B","C","D"]},"min":{"type":"number"},"max":{"type":"number"},"quality":{"$ref":"#/$defs/localized"}},"required":["grade","min","max","quality"]},"minItems":4,"maxItems":4}},"required":["basis","frequency","scale","unsur","formula","conversionFactor","rounding","bands"],"description":"Survei Kepuasan Masyarakat (PermenPANRB 14/2017). (EN) Public satisfaction survey (PermenPANRB 14/2017)."},"complaintChannel":{"type":"object","additionalProperties":false,"properties":{"kind":{"enum":["sp4n-lapor","desk","phone","whatsapp","email","web","social-media","suggestion-box"]},"value":{"type":"string"},"label":{"$ref":"#/$defs/localized"},"national":{"type":"boolean"}},"required":["kind","label","national"]},"componentDefinition":{"type":"object","additionalProperties":false,"required":["key","group","label"],"description":"Satu dari 14 komponen Standar Pelayanan. (EN) One of the 14 service-standard components.","properties":{"key":{"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"]},"group":{"enum":["delivery","management"]},"label":{"$ref":"#/$defs/localized"}}},"provenance":{"type":"object","additionalProperties":false,"required":["kind","note"],"description":"Asal sebuah angka: diisi (daerah), perkiraan (dengan dasarnya) atau bawaan (kit). Angka yang bukan `diisi` harus ditampilkan sebagai perkiraan. (EN) Where a figure came from: given, estimated (with what it rests on) or kit default. A figure that is not `diisi` must be shown as an estimate.","properties":{"kind":{"enum":["diisi","perkiraan","bawaan"]},"from":{"enum":["daerah","pengunjung-mpp","katalog","perhitungan-loket","program-ruang","nama-instansi"]},"entry":{"type":"string"},"figureBasis":{"enum":["sumber","asumsi-kit"]},"note":{"$ref":"#/$defs/localized"}}}}};
const schema32 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64};
const schema39 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}},"required":["id","en"],"description":"Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English."};
const func1 = require("ajv/dist/runtime/ucs2length.js").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema33 = {"type":"object","additionalProperties":false,"properties":{"agencies":{"type":"array","items":{"$ref":"#/$defs/queueAgency"},"minItems":1,"description":"Instansi dengan awalan nomor antrean. (EN) Agencies with their ticket prefix."},"counters":{"type":"array","items":{"$ref":"#/$defs/counter"},"description":"Loket, termasuk loket prioritas. (EN) Counters, including the priority counter."},"priority":{"$ref":"#/$defs/priority"},"openingHours":{"type":"array","items":{"$ref":"#/$defs/openDay"},"description":"Hari buka dengan jam dan istirahat; hari lain tutup. (EN) Open days with hours and breaks; other days are closed."},"openingHoursProvenance":{"$ref":"#/$defs/provenance","description":"Asal jam layanan. (EN) Where the opening hours came from."},"onlineBookingShare":{"type":"number","minimum":0,"maximum":1},"quotaRule":{"$ref":"#/$defs/localized"},"quotas":{"type":"array","items":{"$ref":"#/$defs/quota"}},"display":{"$ref":"#/$defs/display"}},"required":["agencies","counters","priority","openingHours","openingHoursProvenance","onlineBookingShare","quotaRule","quotas","display"],"description":"Antrean. (EN) Queue."};
const func2 = Object.prototype.hasOwnProperty;
const schema34 = {"type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id"},"name":{"type":"string"},"shortName":{"type":"string"},"prefix":{"type":"string","pattern":"^[A-Z]{1,3}$"},"prefixFixed":{"type":"boolean","description":"Awalan ditetapkan dalam jawaban (ticketPrefix). (EN) The prefix was set in the answers (ticketPrefix)."},"services":{"type":"array","items":{"$ref":"#/$defs/id"}},"counters":{"type":"array","items":{"$ref":"#/$defs/id"}},"countersProvenance":{"$ref":"#/$defs/provenance","description":"Asal jumlah loket instansi. (EN) Where the agency's counter count came from."}},"required":["id","name","prefix","prefixFixed","services","counters","countersProvenance"]};
const pattern6 = new RegExp("^[A-Z]{1,3}$", "u");
const schema38 = {"type":"object","additionalProperties":false,"required":["kind","note"],"description":"Asal sebuah angka: diisi (daerah), perkiraan (dengan dasarnya) atau bawaan (kit). Angka yang bukan `diisi` harus ditampilkan sebagai perkiraan. (EN) Where a figure came from: given, estimated (with what it rests on) or kit default. A figure that is not `diisi` must be shown as an estimate.","properties":{"kind":{"enum":["diisi","perkiraan","bawaan"]},"from":{"enum":["daerah","pengunjung-mpp","katalog","perhitungan-loket","program-ruang","nama-instansi"]},"entry":{"type":"string"},"figureBasis":{"enum":["sumber","asumsi-kit"]},"note":{"$ref":"#/$defs/localized"}}};

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
if(data.note === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "kind") || (key0 === "from")) || (key0 === "entry")) || (key0 === "figureBasis")) || (key0 === "note"))){
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
if(data.kind !== undefined){
let data0 = data.kind;
if(!(((data0 === "diisi") || (data0 === "perkiraan")) || (data0 === "bawaan"))){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema38.properties.kind.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.from !== undefined){
let data1 = data.from;
if(!((((((data1 === "daerah") || (data1 === "pengunjung-mpp")) || (data1 === "katalog")) || (data1 === "perhitungan-loket")) || (data1 === "program-ruang")) || (data1 === "nama-instansi"))){
const err4 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/enum",keyword:"enum",params:{allowedValues: schema38.properties.from.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.entry !== undefined){
if(typeof data.entry !== "string"){
const err5 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.figureBasis !== undefined){
let data3 = data.figureBasis;
if(!((data3 === "sumber") || (data3 === "asumsi-kit"))){
const err6 = {instancePath:instancePath+"/figureBasis",schemaPath:"#/properties/figureBasis/enum",keyword:"enum",params:{allowedValues: schema38.properties.figureBasis.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err7 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.en === undefined){
const err8 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "id") || (key1 === "en"))){
const err9 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err10 = {instancePath:instancePath+"/note/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
let data6 = data4.en;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err12 = {instancePath:instancePath+"/note/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err13 = {instancePath:instancePath+"/note/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
if(data.prefix === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prefix"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.prefixFixed === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prefixFixed"}};
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
if(data.counters === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.countersProvenance === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "countersProvenance"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "name")) || (key0 === "shortName")) || (key0 === "prefix")) || (key0 === "prefixFixed")) || (key0 === "services")) || (key0 === "counters")) || (key0 === "countersProvenance"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data0)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.shortName !== undefined){
if(typeof data.shortName !== "string"){
const err12 = {instancePath:instancePath+"/shortName",schemaPath:"#/properties/shortName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.prefix !== undefined){
let data3 = data.prefix;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err13 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{1,3}$"}};
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
const err14 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.prefixFixed !== undefined){
if(typeof data.prefixFixed !== "boolean"){
const err15 = {instancePath:instancePath+"/prefixFixed",schemaPath:"#/properties/prefixFixed/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.services !== undefined){
let data5 = data.services;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func1(data6) > 64){
const err16 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern4.test(data6)){
const err17 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err18 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.counters !== undefined){
let data7 = data.counters;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func1(data8) > 64){
const err20 = {instancePath:instancePath+"/counters/" + i1,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern4.test(data8)){
const err21 = {instancePath:instancePath+"/counters/" + i1,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err22 = {instancePath:instancePath+"/counters/" + i1,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
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
else {
const err23 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.countersProvenance !== undefined){
if(!(validate23(data.countersProvenance, {instancePath:instancePath+"/countersProvenance",parentData:data,parentDataProperty:"countersProvenance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
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
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id"},"agency":{"anyOf":[{"$ref":"#/$defs/id"},{"type":"null"}],"description":"Instansi pemilik; null untuk loket prioritas bersama. (EN) Owning agency; null for the shared priority counter."},"services":{"type":"array","items":{"$ref":"#/$defs/id"}},"priority":{"type":"boolean"},"generated":{"type":"boolean","description":"Loket ditambahkan oleh mpp-kit (loket prioritas bersama). (EN) Counter added by mpp-kit (shared priority counter)."},"floor":{"$ref":"#/$defs/id"},"label":{"$ref":"#/$defs/localized"}},"required":["id","agency","services","priority","generated","label"]};

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
if(data.agency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agency"}};
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
if(data.priority === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "priority"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.generated === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.label === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "agency")) || (key0 === "services")) || (key0 === "priority")) || (key0 === "generated")) || (key0 === "floor")) || (key0 === "label"))){
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
if(func1(data0) > 64){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern4.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.agency !== undefined){
let data1 = data.agency;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err10 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data1)){
const err11 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err12 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs10 = errors;
if(data1 !== null){
const err13 = {instancePath:instancePath+"/agency",schemaPath:"#/properties/agency/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err14 = {instancePath:instancePath+"/agency",schemaPath:"#/properties/agency/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(data.services !== undefined){
let data2 = data.services;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 64){
const err15 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data3)){
const err16 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err17 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
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
if(data.priority !== undefined){
if(typeof data.priority !== "boolean"){
const err19 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.generated !== undefined){
if(typeof data.generated !== "boolean"){
const err20 = {instancePath:instancePath+"/generated",schemaPath:"#/properties/generated/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.floor !== undefined){
let data6 = data.floor;
if(typeof data6 === "string"){
if(func1(data6) > 64){
const err21 = {instancePath:instancePath+"/floor",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern4.test(data6)){
const err22 = {instancePath:instancePath+"/floor",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err23 = {instancePath:instancePath+"/floor",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.label !== undefined){
let data7 = data.label;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err24 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.en === undefined){
const err25 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "id") || (key1 === "en"))){
const err26 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err27 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err28 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.en !== undefined){
let data9 = data7.en;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err29 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err30 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err31 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","additionalProperties":false,"properties":{"basis":{"type":"string"},"groups":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"key":{"enum":["elderly","disability","pregnant","children"]},"label":{"$ref":"#/$defs/localized"}},"required":["key","label"]},"minItems":4},"counters":{"type":"array","items":{"$ref":"#/$defs/id"},"minItems":1},"sharedCounterGenerated":{"type":"boolean"},"rule":{"$ref":"#/$defs/localized"}},"required":["basis","groups","counters","sharedCounterGenerated","rule"],"description":"Perlakuan khusus kelompok rentan (UU 25/2009 Pasal 29). (EN) Special treatment of vulnerable groups (UU 25/2009 Article 29)."};

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
if(data.basis === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "basis"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.groups === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groups"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.counters === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sharedCounterGenerated === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sharedCounterGenerated"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rule === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "basis") || (key0 === "groups")) || (key0 === "counters")) || (key0 === "sharedCounterGenerated")) || (key0 === "rule"))){
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
if(data.basis !== undefined){
if(typeof data.basis !== "string"){
const err6 = {instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.groups !== undefined){
let data1 = data.groups;
if(Array.isArray(data1)){
if(data1.length < 4){
const err7 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/minItems",keyword:"minItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.key === undefined){
const err8 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.label === undefined){
const err9 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "key") || (key1 === "label"))){
const err10 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.key !== undefined){
let data3 = data2.key;
if(!((((data3 === "elderly") || (data3 === "disability")) || (data3 === "pregnant")) || (data3 === "children"))){
const err11 = {instancePath:instancePath+"/groups/" + i0+"/key",schemaPath:"#/properties/groups/items/properties/key/enum",keyword:"enum",params:{allowedValues: schema46.properties.groups.items.properties.key.enum}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.label !== undefined){
let data4 = data2.label;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err12 = {instancePath:instancePath+"/groups/" + i0+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.en === undefined){
const err13 = {instancePath:instancePath+"/groups/" + i0+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "id") || (key2 === "en"))){
const err14 = {instancePath:instancePath+"/groups/" + i0+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/groups/" + i0+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err16 = {instancePath:instancePath+"/groups/" + i0+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
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
if(func1(data6) < 1){
const err17 = {instancePath:instancePath+"/groups/" + i0+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err18 = {instancePath:instancePath+"/groups/" + i0+"/label/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath:instancePath+"/groups/" + i0+"/label",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err20 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/type",keyword:"type",params:{type: "object"}};
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
const err21 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.counters !== undefined){
let data7 = data.counters;
if(Array.isArray(data7)){
if(data7.length < 1){
const err22 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func1(data8) > 64){
const err23 = {instancePath:instancePath+"/counters/" + i1,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern4.test(data8)){
const err24 = {instancePath:instancePath+"/counters/" + i1,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err25 = {instancePath:instancePath+"/counters/" + i1,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.sharedCounterGenerated !== undefined){
if(typeof data.sharedCounterGenerated !== "boolean"){
const err27 = {instancePath:instancePath+"/sharedCounterGenerated",schemaPath:"#/properties/sharedCounterGenerated/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.rule !== undefined){
let data10 = data.rule;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err28 = {instancePath:instancePath+"/rule",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.en === undefined){
const err29 = {instancePath:instancePath+"/rule",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data10){
if(!((key3 === "id") || (key3 === "en"))){
const err30 = {instancePath:instancePath+"/rule",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.id !== undefined){
let data11 = data10.id;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err31 = {instancePath:instancePath+"/rule/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/rule/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.en !== undefined){
let data12 = data10.en;
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err33 = {instancePath:instancePath+"/rule/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err34 = {instancePath:instancePath+"/rule/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err35 = {instancePath:instancePath+"/rule",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","additionalProperties":false,"properties":{"day":{"$ref":"#/$defs/weekday"},"label":{"$ref":"#/$defs/localized"},"open":{"$ref":"#/$defs/time"},"close":{"$ref":"#/$defs/time"},"breaks":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"start":{"$ref":"#/$defs/time"},"end":{"$ref":"#/$defs/time"}},"required":["start","end"]}},"serviceMinutes":{"type":"integer","minimum":0}},"required":["day","label","open","close","breaks","serviceMinutes"]};
const schema51 = {"enum":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]};
const schema53 = {"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"};
const pattern14 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");

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
if(data.day === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "day"}};
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
if(data.open === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "open"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.close === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "close"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.breaks === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "breaks"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.serviceMinutes === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceMinutes"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "day") || (key0 === "label")) || (key0 === "open")) || (key0 === "close")) || (key0 === "breaks")) || (key0 === "serviceMinutes"))){
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
if(data.day !== undefined){
let data0 = data.day;
if(!(((((((data0 === "monday") || (data0 === "tuesday")) || (data0 === "wednesday")) || (data0 === "thursday")) || (data0 === "friday")) || (data0 === "saturday")) || (data0 === "sunday"))){
const err7 = {instancePath:instancePath+"/day",schemaPath:"#/$defs/weekday/enum",keyword:"enum",params:{allowedValues: schema51.enum}};
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
let data2 = data1.id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err12 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.en !== undefined){
let data3 = data1.en;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.open !== undefined){
let data4 = data.open;
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
const err16 = {instancePath:instancePath+"/open",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
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
const err17 = {instancePath:instancePath+"/open",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.close !== undefined){
let data5 = data.close;
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
const err18 = {instancePath:instancePath+"/close",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
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
const err19 = {instancePath:instancePath+"/close",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.breaks !== undefined){
let data6 = data.breaks;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.start === undefined){
const err20 = {instancePath:instancePath+"/breaks/" + i0,schemaPath:"#/properties/breaks/items/required",keyword:"required",params:{missingProperty: "start"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7.end === undefined){
const err21 = {instancePath:instancePath+"/breaks/" + i0,schemaPath:"#/properties/breaks/items/required",keyword:"required",params:{missingProperty: "end"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "start") || (key2 === "end"))){
const err22 = {instancePath:instancePath+"/breaks/" + i0,schemaPath:"#/properties/breaks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.start !== undefined){
let data8 = data7.start;
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
const err23 = {instancePath:instancePath+"/breaks/" + i0+"/start",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
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
const err24 = {instancePath:instancePath+"/breaks/" + i0+"/start",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.end !== undefined){
let data9 = data7.end;
if(typeof data9 === "string"){
if(!pattern14.test(data9)){
const err25 = {instancePath:instancePath+"/breaks/" + i0+"/end",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
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
const err26 = {instancePath:instancePath+"/breaks/" + i0+"/end",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
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
const err27 = {instancePath:instancePath+"/breaks/" + i0,schemaPath:"#/properties/breaks/items/type",keyword:"type",params:{type: "object"}};
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
const err28 = {instancePath:instancePath+"/breaks",schemaPath:"#/properties/breaks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.serviceMinutes !== undefined){
let data10 = data.serviceMinutes;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err29 = {instancePath:instancePath+"/serviceMinutes",schemaPath:"#/properties/serviceMinutes/type",keyword:"type",params:{type: "integer"}};
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
const err30 = {instancePath:instancePath+"/serviceMinutes",schemaPath:"#/properties/serviceMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"type":"object","additionalProperties":false,"properties":{"service":{"$ref":"#/$defs/id"},"agency":{"$ref":"#/$defs/id"},"handlingMinutes":{"type":"number","exclusiveMinimum":0},"handlingMinutesProvenance":{"$ref":"#/$defs/provenance"},"visitorsPerDay":{"type":"number","minimum":0,"description":"Pengunjung per hari yang dipakai perhitungan. (EN) Visitors per day the sizing uses."},"visitorsPerDayProvenance":{"$ref":"#/$defs/provenance"},"counterShare":{"type":"number","minimum":0,"description":"Jumlah loket yang melayani layanan ini setelah pembagian loket bersama (4 desimal). (EN) Counters serving this service after sharing is split (4 decimals)."},"countersServing":{"type":"array","items":{"$ref":"#/$defs/id"}},"onlineBooking":{"type":"boolean"},"perDay":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"day":{"$ref":"#/$defs/weekday"},"serviceMinutes":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"online":{"type":"integer","minimum":0},"walkIn":{"type":"integer","minimum":0}},"required":["day","serviceMinutes","total","online","walkIn"]}}},"required":["service","agency","handlingMinutes","counterShare","countersServing","onlineBooking","perDay","handlingMinutesProvenance","visitorsPerDay","visitorsPerDayProvenance"]};

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
if(data.agency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agency"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.handlingMinutes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handlingMinutes"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.counterShare === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counterShare"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.countersServing === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "countersServing"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.onlineBooking === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "onlineBooking"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.perDay === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "perDay"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.handlingMinutesProvenance === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handlingMinutesProvenance"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.visitorsPerDay === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "visitorsPerDay"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.visitorsPerDayProvenance === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "visitorsPerDayProvenance"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema58.properties, key0))){
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
if(data.service !== undefined){
let data0 = data.service;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err11 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data0)){
const err12 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err13 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
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
let data1 = data.agency;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err14 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern4.test(data1)){
const err15 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err16 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.handlingMinutes !== undefined){
let data2 = data.handlingMinutes;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/handlingMinutes",schemaPath:"#/properties/handlingMinutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err18 = {instancePath:instancePath+"/handlingMinutes",schemaPath:"#/properties/handlingMinutes/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.handlingMinutesProvenance !== undefined){
if(!(validate23(data.handlingMinutesProvenance, {instancePath:instancePath+"/handlingMinutesProvenance",parentData:data,parentDataProperty:"handlingMinutesProvenance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.visitorsPerDay !== undefined){
let data4 = data.visitorsPerDay;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/visitorsPerDay",schemaPath:"#/properties/visitorsPerDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err20 = {instancePath:instancePath+"/visitorsPerDay",schemaPath:"#/properties/visitorsPerDay/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.visitorsPerDayProvenance !== undefined){
if(!(validate23(data.visitorsPerDayProvenance, {instancePath:instancePath+"/visitorsPerDayProvenance",parentData:data,parentDataProperty:"visitorsPerDayProvenance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.counterShare !== undefined){
let data6 = data.counterShare;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/counterShare",schemaPath:"#/properties/counterShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err22 = {instancePath:instancePath+"/counterShare",schemaPath:"#/properties/counterShare/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.countersServing !== undefined){
let data7 = data.countersServing;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func1(data8) > 64){
const err23 = {instancePath:instancePath+"/countersServing/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern4.test(data8)){
const err24 = {instancePath:instancePath+"/countersServing/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err25 = {instancePath:instancePath+"/countersServing/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/countersServing",schemaPath:"#/properties/countersServing/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.onlineBooking !== undefined){
if(typeof data.onlineBooking !== "boolean"){
const err27 = {instancePath:instancePath+"/onlineBooking",schemaPath:"#/properties/onlineBooking/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.perDay !== undefined){
let data10 = data.perDay;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.day === undefined){
const err28 = {instancePath:instancePath+"/perDay/" + i1,schemaPath:"#/properties/perDay/items/required",keyword:"required",params:{missingProperty: "day"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data11.serviceMinutes === undefined){
const err29 = {instancePath:instancePath+"/perDay/" + i1,schemaPath:"#/properties/perDay/items/required",keyword:"required",params:{missingProperty: "serviceMinutes"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data11.total === undefined){
const err30 = {instancePath:instancePath+"/perDay/" + i1,schemaPath:"#/properties/perDay/items/required",keyword:"required",params:{missingProperty: "total"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data11.online === undefined){
const err31 = {instancePath:instancePath+"/perDay/" + i1,schemaPath:"#/properties/perDay/items/required",keyword:"required",params:{missingProperty: "online"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data11.walkIn === undefined){
const err32 = {instancePath:instancePath+"/perDay/" + i1,schemaPath:"#/properties/perDay/items/required",keyword:"required",params:{missingProperty: "walkIn"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key1 in data11){
if(!(((((key1 === "day") || (key1 === "serviceMinutes")) || (key1 === "total")) || (key1 === "online")) || (key1 === "walkIn"))){
const err33 = {instancePath:instancePath+"/perDay/" + i1,schemaPath:"#/properties/perDay/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.day !== undefined){
let data12 = data11.day;
if(!(((((((data12 === "monday") || (data12 === "tuesday")) || (data12 === "wednesday")) || (data12 === "thursday")) || (data12 === "friday")) || (data12 === "saturday")) || (data12 === "sunday"))){
const err34 = {instancePath:instancePath+"/perDay/" + i1+"/day",schemaPath:"#/$defs/weekday/enum",keyword:"enum",params:{allowedValues: schema51.enum}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.serviceMinutes !== undefined){
let data13 = data11.serviceMinutes;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err35 = {instancePath:instancePath+"/perDay/" + i1+"/serviceMinutes",schemaPath:"#/properties/perDay/items/properties/serviceMinutes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err36 = {instancePath:instancePath+"/perDay/" + i1+"/serviceMinutes",schemaPath:"#/properties/perDay/items/properties/serviceMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data11.total !== undefined){
let data14 = data11.total;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err37 = {instancePath:instancePath+"/perDay/" + i1+"/total",schemaPath:"#/properties/perDay/items/properties/total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err38 = {instancePath:instancePath+"/perDay/" + i1+"/total",schemaPath:"#/properties/perDay/items/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data11.online !== undefined){
let data15 = data11.online;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err39 = {instancePath:instancePath+"/perDay/" + i1+"/online",schemaPath:"#/properties/perDay/items/properties/online/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err40 = {instancePath:instancePath+"/perDay/" + i1+"/online",schemaPath:"#/properties/perDay/items/properties/online/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data11.walkIn !== undefined){
let data16 = data11.walkIn;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err41 = {instancePath:instancePath+"/perDay/" + i1+"/walkIn",schemaPath:"#/properties/perDay/items/properties/walkIn/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/perDay/" + i1+"/walkIn",schemaPath:"#/properties/perDay/items/properties/walkIn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err43 = {instancePath:instancePath+"/perDay/" + i1,schemaPath:"#/properties/perDay/items/type",keyword:"type",params:{type: "object"}};
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
const err44 = {instancePath:instancePath+"/perDay",schemaPath:"#/properties/perDay/type",keyword:"type",params:{type: "array"}};
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
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","additionalProperties":false,"properties":{"welcome":{"$ref":"#/$defs/localized"},"takeTicket":{"$ref":"#/$defs/localized"},"call":{"$ref":"#/$defs/localized"},"priorityCall":{"$ref":"#/$defs/localized"},"quotaReached":{"$ref":"#/$defs/localized"},"closed":{"$ref":"#/$defs/localized"},"rateService":{"$ref":"#/$defs/localized"}},"required":["welcome","takeTicket","call","priorityCall","quotaReached","closed","rateService"],"description":"Teks papan tampilan dan pengumuman; {ticket} dan {counter} diisi aplikasi. (EN) Display and announcement texts; the application fills {ticket} and {counter}."};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.welcome === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "welcome"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.takeTicket === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "takeTicket"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.call === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "call"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.priorityCall === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "priorityCall"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.quotaReached === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaReached"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.closed === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "closed"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.rateService === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rateService"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "welcome") || (key0 === "takeTicket")) || (key0 === "call")) || (key0 === "priorityCall")) || (key0 === "quotaReached")) || (key0 === "closed")) || (key0 === "rateService"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.welcome !== undefined){
let data0 = data.welcome;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err8 = {instancePath:instancePath+"/welcome",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0.en === undefined){
const err9 = {instancePath:instancePath+"/welcome",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "id") || (key1 === "en"))){
const err10 = {instancePath:instancePath+"/welcome",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err11 = {instancePath:instancePath+"/welcome/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err12 = {instancePath:instancePath+"/welcome/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.en !== undefined){
let data2 = data0.en;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/welcome/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/welcome/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/welcome",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.takeTicket !== undefined){
let data3 = data.takeTicket;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err16 = {instancePath:instancePath+"/takeTicket",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.en === undefined){
const err17 = {instancePath:instancePath+"/takeTicket",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "id") || (key2 === "en"))){
const err18 = {instancePath:instancePath+"/takeTicket",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err19 = {instancePath:instancePath+"/takeTicket/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err20 = {instancePath:instancePath+"/takeTicket/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.en !== undefined){
let data5 = data3.en;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err21 = {instancePath:instancePath+"/takeTicket/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err22 = {instancePath:instancePath+"/takeTicket/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
else {
const err23 = {instancePath:instancePath+"/takeTicket",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.call !== undefined){
let data6 = data.call;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.id === undefined){
const err24 = {instancePath:instancePath+"/call",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6.en === undefined){
const err25 = {instancePath:instancePath+"/call",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "id") || (key3 === "en"))){
const err26 = {instancePath:instancePath+"/call",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.id !== undefined){
let data7 = data6.id;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err27 = {instancePath:instancePath+"/call/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err28 = {instancePath:instancePath+"/call/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.en !== undefined){
let data8 = data6.en;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err29 = {instancePath:instancePath+"/call/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err30 = {instancePath:instancePath+"/call/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err31 = {instancePath:instancePath+"/call",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.priorityCall !== undefined){
let data9 = data.priorityCall;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err32 = {instancePath:instancePath+"/priorityCall",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data9.en === undefined){
const err33 = {instancePath:instancePath+"/priorityCall",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key4 in data9){
if(!((key4 === "id") || (key4 === "en"))){
const err34 = {instancePath:instancePath+"/priorityCall",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err35 = {instancePath:instancePath+"/priorityCall/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err36 = {instancePath:instancePath+"/priorityCall/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.en !== undefined){
let data11 = data9.en;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err37 = {instancePath:instancePath+"/priorityCall/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err38 = {instancePath:instancePath+"/priorityCall/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err39 = {instancePath:instancePath+"/priorityCall",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.quotaReached !== undefined){
let data12 = data.quotaReached;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err40 = {instancePath:instancePath+"/quotaReached",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data12.en === undefined){
const err41 = {instancePath:instancePath+"/quotaReached",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key5 in data12){
if(!((key5 === "id") || (key5 === "en"))){
const err42 = {instancePath:instancePath+"/quotaReached",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data12.id !== undefined){
let data13 = data12.id;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err43 = {instancePath:instancePath+"/quotaReached/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/quotaReached/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.en !== undefined){
let data14 = data12.en;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err45 = {instancePath:instancePath+"/quotaReached/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err46 = {instancePath:instancePath+"/quotaReached/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err47 = {instancePath:instancePath+"/quotaReached",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.closed !== undefined){
let data15 = data.closed;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.id === undefined){
const err48 = {instancePath:instancePath+"/closed",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data15.en === undefined){
const err49 = {instancePath:instancePath+"/closed",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key6 in data15){
if(!((key6 === "id") || (key6 === "en"))){
const err50 = {instancePath:instancePath+"/closed",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data15.id !== undefined){
let data16 = data15.id;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err51 = {instancePath:instancePath+"/closed/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err52 = {instancePath:instancePath+"/closed/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data15.en !== undefined){
let data17 = data15.en;
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err53 = {instancePath:instancePath+"/closed/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err54 = {instancePath:instancePath+"/closed/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err55 = {instancePath:instancePath+"/closed",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.rateService !== undefined){
let data18 = data.rateService;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.id === undefined){
const err56 = {instancePath:instancePath+"/rateService",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data18.en === undefined){
const err57 = {instancePath:instancePath+"/rateService",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key7 in data18){
if(!((key7 === "id") || (key7 === "en"))){
const err58 = {instancePath:instancePath+"/rateService",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data18.id !== undefined){
let data19 = data18.id;
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err59 = {instancePath:instancePath+"/rateService/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err60 = {instancePath:instancePath+"/rateService/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data18.en !== undefined){
let data20 = data18.en;
if(typeof data20 === "string"){
if(func1(data20) < 1){
const err61 = {instancePath:instancePath+"/rateService/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/rateService/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err63 = {instancePath:instancePath+"/rateService",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.agencies === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agencies"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.counters === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.priority === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "priority"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.openingHours === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "openingHours"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.openingHoursProvenance === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "openingHoursProvenance"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.onlineBookingShare === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "onlineBookingShare"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.quotaRule === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaRule"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.quotas === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotas"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.display === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema33.properties, key0))){
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
if(data.agencies !== undefined){
let data0 = data.agencies;
if(Array.isArray(data0)){
if(data0.length < 1){
const err10 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data0[i0], {instancePath:instancePath+"/agencies/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.counters !== undefined){
let data2 = data.counters;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data2[i1], {instancePath:instancePath+"/counters/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.priority !== undefined){
if(!(validate28(data.priority, {instancePath:instancePath+"/priority",parentData:data,parentDataProperty:"priority",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.openingHours !== undefined){
let data5 = data.openingHours;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate30(data5[i2], {instancePath:instancePath+"/openingHours/" + i2,parentData:data5,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/openingHours",schemaPath:"#/properties/openingHours/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.openingHoursProvenance !== undefined){
if(!(validate23(data.openingHoursProvenance, {instancePath:instancePath+"/openingHoursProvenance",parentData:data,parentDataProperty:"openingHoursProvenance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.onlineBookingShare !== undefined){
let data8 = data.onlineBookingShare;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1 || isNaN(data8)){
const err14 = {instancePath:instancePath+"/onlineBookingShare",schemaPath:"#/properties/onlineBookingShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/onlineBookingShare",schemaPath:"#/properties/onlineBookingShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
const err16 = {instancePath:instancePath+"/onlineBookingShare",schemaPath:"#/properties/onlineBookingShare/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.quotaRule !== undefined){
let data9 = data.quotaRule;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err17 = {instancePath:instancePath+"/quotaRule",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9.en === undefined){
const err18 = {instancePath:instancePath+"/quotaRule",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "id") || (key1 === "en"))){
const err19 = {instancePath:instancePath+"/quotaRule",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err20 = {instancePath:instancePath+"/quotaRule/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err21 = {instancePath:instancePath+"/quotaRule/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.en !== undefined){
let data11 = data9.en;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err22 = {instancePath:instancePath+"/quotaRule/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err23 = {instancePath:instancePath+"/quotaRule/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err24 = {instancePath:instancePath+"/quotaRule",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.quotas !== undefined){
let data12 = data.quotas;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
if(!(validate33(data12[i3], {instancePath:instancePath+"/quotas/" + i3,parentData:data12,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/quotas",schemaPath:"#/properties/quotas/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.display !== undefined){
if(!(validate37(data.display, {instancePath:instancePath+"/display",parentData:data,parentDataProperty:"display",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"type":"object","additionalProperties":false,"properties":{"basis":{"type":"string"},"components":{"type":"array","items":{"$ref":"#/$defs/componentDefinition"},"minItems":14,"maxItems":14,"description":"Ke-14 komponen dengan label, dalam urutan PermenPANRB 15/2014. (EN) The 14 components with their labels, in PermenPANRB 15/2014 order."},"services":{"type":"array","items":{"$ref":"#/$defs/catalogueService"},"minItems":1}},"required":["basis","components","services"],"description":"Katalog layanan dengan 14 komponen Standar Pelayanan (PermenPANRB 15/2014: 6 penyampaian pelayanan, 8 pengelolaan). (EN) Service catalogue with the 14 service-standard components (PermenPANRB 15/2014: 6 delivery, 8 management)."};
const schema72 = {"type":"object","additionalProperties":false,"required":["key","group","label"],"description":"Satu dari 14 komponen Standar Pelayanan. (EN) One of the 14 service-standard components.","properties":{"key":{"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"]},"group":{"enum":["delivery","management"]},"label":{"$ref":"#/$defs/localized"}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.group === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.label === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "key") || (key0 === "group")) || (key0 === "label"))){
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
if(data.key !== undefined){
let data0 = data.key;
if(!((((((((((((((data0 === "requirements") || (data0 === "procedure")) || (data0 === "completionTime")) || (data0 === "fee")) || (data0 === "product")) || (data0 === "complaints")) || (data0 === "legalBasis")) || (data0 === "facilities")) || (data0 === "staffCompetence")) || (data0 === "internalSupervision")) || (data0 === "staffCount")) || (data0 === "serviceGuarantee")) || (data0 === "securityGuarantee")) || (data0 === "performanceEvaluation"))){
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/enum",keyword:"enum",params:{allowedValues: schema72.properties.key.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.group !== undefined){
let data1 = data.group;
if(!((data1 === "delivery") || (data1 === "management"))){
const err5 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/enum",keyword:"enum",params:{allowedValues: schema72.properties.group.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err6 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.en === undefined){
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "en"))){
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err9 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err10 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.en !== undefined){
let data4 = data2.en;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema74 = {"type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/id"},"agency":{"$ref":"#/$defs/id"},"agencyName":{"type":"string"},"name":{"type":"string"},"category":{"enum":["perizinan","non-perizinan"]},"estimate":{"type":"boolean"},"fee":{"$ref":"#/$defs/fee"},"components":{"type":"array","items":{"$ref":"#/$defs/component"},"minItems":14,"maxItems":14},"missing":{"type":"array","items":{"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"]}},"complete":{"type":"boolean"}},"required":["id","agency","agencyName","name","category","estimate","fee","components","missing","complete"]};
const schema77 = {"type":"object","additionalProperties":false,"properties":{"kind":{"enum":["free","paid","text","note","not-set"]},"currency":{"const":"IDR"},"amount":{"type":"integer","minimum":0},"text":{"type":"string","description":"Biaya sebagaimana diumumkan (beberapa tarif atau syarat). (EN) The fee as published (several tariffs or conditions)."},"note":{"type":"string"}},"required":["kind","currency"],"description":"Biaya untuk ditampilkan: gratis (`amount` 0), berbayar (`amount`), teks sebagaimana diumumkan (`text`, tanpa angka tunggal), hanya keterangan (`note`), atau belum ditetapkan. (EN) The fee to display: free (`amount` 0), paid (`amount`), published text (`text`, no single amount), a note only, or not set."};
const schema78 = {"type":"object","additionalProperties":false,"properties":{"key":{"enum":["requirements","procedure","completionTime","fee","product","complaints","legalBasis","facilities","staffCompetence","internalSupervision","staffCount","serviceGuarantee","securityGuarantee","performanceEvaluation"]},"group":{"enum":["delivery","management"]},"status":{"enum":["set","missing"]},"value":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"integer"},{"$ref":"#/$defs/standardFee"}]}},"required":["key","group","status"]};
const schema79 = {"type":"object","additionalProperties":false,"properties":{"amount":{"type":"integer","minimum":0},"text":{"type":"string","description":"Biaya sebagaimana diumumkan (beberapa tarif atau syarat). (EN) The fee as published (several tariffs or conditions)."},"note":{"type":"string"}},"required":[]};

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
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.group === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "key") || (key0 === "group")) || (key0 === "status")) || (key0 === "value"))){
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
if(data.key !== undefined){
let data0 = data.key;
if(!((((((((((((((data0 === "requirements") || (data0 === "procedure")) || (data0 === "completionTime")) || (data0 === "fee")) || (data0 === "product")) || (data0 === "complaints")) || (data0 === "legalBasis")) || (data0 === "facilities")) || (data0 === "staffCompetence")) || (data0 === "internalSupervision")) || (data0 === "staffCount")) || (data0 === "serviceGuarantee")) || (data0 === "securityGuarantee")) || (data0 === "performanceEvaluation"))){
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/enum",keyword:"enum",params:{allowedValues: schema78.properties.key.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.group !== undefined){
let data1 = data.group;
if(!((data1 === "delivery") || (data1 === "management"))){
const err5 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/enum",keyword:"enum",params:{allowedValues: schema78.properties.group.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!((data2 === "set") || (data2 === "missing"))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema78.properties.status.enum}};
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
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
const _errs9 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err8 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/properties/value/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs13 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/2/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
const _errs15 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(((key1 === "amount") || (key1 === "text")) || (key1 === "note"))){
const err11 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/standardFee/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.amount !== undefined){
let data5 = data3.amount;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/value/amount",schemaPath:"#/$defs/standardFee/properties/amount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/value/amount",schemaPath:"#/$defs/standardFee/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data3.text !== undefined){
if(typeof data3.text !== "string"){
const err14 = {instancePath:instancePath+"/value/text",schemaPath:"#/$defs/standardFee/properties/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.note !== undefined){
if(typeof data3.note !== "string"){
const err15 = {instancePath:instancePath+"/value/note",schemaPath:"#/$defs/standardFee/properties/note/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/standardFee/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err17 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(data.agency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agency"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.agencyName === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agencyName"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.category === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.estimate === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "estimate"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.fee === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fee"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.components === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "components"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.missing === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "missing"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.complete === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "complete"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema74.properties, key0))){
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
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
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
let data1 = data.agency;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err14 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern4.test(data1)){
const err15 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err16 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.agencyName !== undefined){
if(typeof data.agencyName !== "string"){
const err17 = {instancePath:instancePath+"/agencyName",schemaPath:"#/properties/agencyName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err18 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.category !== undefined){
let data4 = data.category;
if(!((data4 === "perizinan") || (data4 === "non-perizinan"))){
const err19 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema74.properties.category.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.estimate !== undefined){
if(typeof data.estimate !== "boolean"){
const err20 = {instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.fee !== undefined){
let data6 = data.fee;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.kind === undefined){
const err21 = {instancePath:instancePath+"/fee",schemaPath:"#/$defs/fee/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.currency === undefined){
const err22 = {instancePath:instancePath+"/fee",schemaPath:"#/$defs/fee/required",keyword:"required",params:{missingProperty: "currency"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data6){
if(!(((((key1 === "kind") || (key1 === "currency")) || (key1 === "amount")) || (key1 === "text")) || (key1 === "note"))){
const err23 = {instancePath:instancePath+"/fee",schemaPath:"#/$defs/fee/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.kind !== undefined){
let data7 = data6.kind;
if(!(((((data7 === "free") || (data7 === "paid")) || (data7 === "text")) || (data7 === "note")) || (data7 === "not-set"))){
const err24 = {instancePath:instancePath+"/fee/kind",schemaPath:"#/$defs/fee/properties/kind/enum",keyword:"enum",params:{allowedValues: schema77.properties.kind.enum}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.currency !== undefined){
if("IDR" !== data6.currency){
const err25 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/$defs/fee/properties/currency/const",keyword:"const",params:{allowedValue: "IDR"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.amount !== undefined){
let data9 = data6.amount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/$defs/fee/properties/amount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/$defs/fee/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data6.text !== undefined){
if(typeof data6.text !== "string"){
const err28 = {instancePath:instancePath+"/fee/text",schemaPath:"#/$defs/fee/properties/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.note !== undefined){
if(typeof data6.note !== "string"){
const err29 = {instancePath:instancePath+"/fee/note",schemaPath:"#/$defs/fee/properties/note/type",keyword:"type",params:{type: "string"}};
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
else {
const err30 = {instancePath:instancePath+"/fee",schemaPath:"#/$defs/fee/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.components !== undefined){
let data12 = data.components;
if(Array.isArray(data12)){
if(data12.length > 14){
const err31 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/maxItems",keyword:"maxItems",params:{limit: 14}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12.length < 14){
const err32 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/minItems",keyword:"minItems",params:{limit: 14}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data12[i0], {instancePath:instancePath+"/components/" + i0,parentData:data12,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.missing !== undefined){
let data14 = data.missing;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(!((((((((((((((data15 === "requirements") || (data15 === "procedure")) || (data15 === "completionTime")) || (data15 === "fee")) || (data15 === "product")) || (data15 === "complaints")) || (data15 === "legalBasis")) || (data15 === "facilities")) || (data15 === "staffCompetence")) || (data15 === "internalSupervision")) || (data15 === "staffCount")) || (data15 === "serviceGuarantee")) || (data15 === "securityGuarantee")) || (data15 === "performanceEvaluation"))){
const err34 = {instancePath:instancePath+"/missing/" + i1,schemaPath:"#/properties/missing/items/enum",keyword:"enum",params:{allowedValues: schema74.properties.missing.items.enum}};
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
const err35 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.complete !== undefined){
if(typeof data.complete !== "boolean"){
const err36 = {instancePath:instancePath+"/complete",schemaPath:"#/properties/complete/type",keyword:"type",params:{type: "boolean"}};
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
if(data.basis === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "basis"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.components === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "components"}};
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
for(const key0 in data){
if(!(((key0 === "basis") || (key0 === "components")) || (key0 === "services"))){
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
if(data.basis !== undefined){
if(typeof data.basis !== "string"){
const err4 = {instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.components !== undefined){
let data1 = data.components;
if(Array.isArray(data1)){
if(data1.length > 14){
const err5 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/maxItems",keyword:"maxItems",params:{limit: 14}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 14){
const err6 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/minItems",keyword:"minItems",params:{limit: 14}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate41(data1[i0], {instancePath:instancePath+"/components/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.services !== undefined){
let data3 = data.services;
if(Array.isArray(data3)){
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate43(data3[i1], {instancePath:instancePath+"/services/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"}};
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
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema80 = {"type":"object","additionalProperties":false,"properties":{"basis":{"type":"string"},"frequency":{"$ref":"#/$defs/localized"},"scale":{"type":"object","additionalProperties":false,"properties":{"min":{"const":1},"max":{"const":4}},"required":["min","max"]},"unsur":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"no":{"type":"integer","minimum":1,"maximum":9},"key":{"type":"string"},"label":{"$ref":"#/$defs/localized"},"question":{"$ref":"#/$defs/localized"},"answers":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"value":{"type":"integer","minimum":1,"maximum":4},"label":{"$ref":"#/$defs/localized"}},"required":["value","label"]},"minItems":4,"maxItems":4}},"required":["no","key","label","question","answers"]},"minItems":9,"maxItems":9},"formula":{"$ref":"#/$defs/localized"},"conversionFactor":{"const":25},"rounding":{"$ref":"#/$defs/localized"},"bands":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"grade":{"enum":["A","B","C","D"]},"min":{"type":"number"},"max":{"type":"number"},"quality":{"$ref":"#/$defs/localized"}},"required":["grade","min","max","quality"]},"minItems":4,"maxItems":4}},"required":["basis","frequency","scale","unsur","formula","conversionFactor","rounding","bands"],"description":"Survei Kepuasan Masyarakat (PermenPANRB 14/2017). (EN) Public satisfaction survey (PermenPANRB 14/2017)."};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.basis === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "basis"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.frequency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "frequency"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.scale === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scale"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.unsur === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unsur"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.formula === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "formula"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.conversionFactor === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conversionFactor"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.rounding === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rounding"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.bands === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bands"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "basis") || (key0 === "frequency")) || (key0 === "scale")) || (key0 === "unsur")) || (key0 === "formula")) || (key0 === "conversionFactor")) || (key0 === "rounding")) || (key0 === "bands"))){
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
if(data.basis !== undefined){
if(typeof data.basis !== "string"){
const err9 = {instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.frequency !== undefined){
let data1 = data.frequency;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err10 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.en === undefined){
const err11 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
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
const err12 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
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
let data2 = data1.id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/frequency/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/frequency/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/frequency/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err16 = {instancePath:instancePath+"/frequency/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.scale !== undefined){
let data4 = data.scale;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.min === undefined){
const err18 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.max === undefined){
const err19 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/required",keyword:"required",params:{missingProperty: "max"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "min") || (key2 === "max"))){
const err20 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.min !== undefined){
if(1 !== data4.min){
const err21 = {instancePath:instancePath+"/scale/min",schemaPath:"#/properties/scale/properties/min/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.max !== undefined){
if(4 !== data4.max){
const err22 = {instancePath:instancePath+"/scale/max",schemaPath:"#/properties/scale/properties/max/const",keyword:"const",params:{allowedValue: 4}};
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
else {
const err23 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.unsur !== undefined){
let data7 = data.unsur;
if(Array.isArray(data7)){
if(data7.length > 9){
const err24 = {instancePath:instancePath+"/unsur",schemaPath:"#/properties/unsur/maxItems",keyword:"maxItems",params:{limit: 9}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.length < 9){
const err25 = {instancePath:instancePath+"/unsur",schemaPath:"#/properties/unsur/minItems",keyword:"minItems",params:{limit: 9}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.no === undefined){
const err26 = {instancePath:instancePath+"/unsur/" + i0,schemaPath:"#/properties/unsur/items/required",keyword:"required",params:{missingProperty: "no"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.key === undefined){
const err27 = {instancePath:instancePath+"/unsur/" + i0,schemaPath:"#/properties/unsur/items/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.label === undefined){
const err28 = {instancePath:instancePath+"/unsur/" + i0,schemaPath:"#/properties/unsur/items/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8.question === undefined){
const err29 = {instancePath:instancePath+"/unsur/" + i0,schemaPath:"#/properties/unsur/items/required",keyword:"required",params:{missingProperty: "question"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8.answers === undefined){
const err30 = {instancePath:instancePath+"/unsur/" + i0,schemaPath:"#/properties/unsur/items/required",keyword:"required",params:{missingProperty: "answers"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data8){
if(!(((((key3 === "no") || (key3 === "key")) || (key3 === "label")) || (key3 === "question")) || (key3 === "answers"))){
const err31 = {instancePath:instancePath+"/unsur/" + i0,schemaPath:"#/properties/unsur/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.no !== undefined){
let data9 = data8.no;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err32 = {instancePath:instancePath+"/unsur/" + i0+"/no",schemaPath:"#/properties/unsur/items/properties/no/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9 || isNaN(data9)){
const err33 = {instancePath:instancePath+"/unsur/" + i0+"/no",schemaPath:"#/properties/unsur/items/properties/no/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err34 = {instancePath:instancePath+"/unsur/" + i0+"/no",schemaPath:"#/properties/unsur/items/properties/no/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data8.key !== undefined){
if(typeof data8.key !== "string"){
const err35 = {instancePath:instancePath+"/unsur/" + i0+"/key",schemaPath:"#/properties/unsur/items/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data8.label !== undefined){
let data11 = data8.label;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err36 = {instancePath:instancePath+"/unsur/" + i0+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data11.en === undefined){
const err37 = {instancePath:instancePath+"/unsur/" + i0+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key4 in data11){
if(!((key4 === "id") || (key4 === "en"))){
const err38 = {instancePath:instancePath+"/unsur/" + i0+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.id !== undefined){
let data12 = data11.id;
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err39 = {instancePath:instancePath+"/unsur/" + i0+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err40 = {instancePath:instancePath+"/unsur/" + i0+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.en !== undefined){
let data13 = data11.en;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err41 = {instancePath:instancePath+"/unsur/" + i0+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err42 = {instancePath:instancePath+"/unsur/" + i0+"/label/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err43 = {instancePath:instancePath+"/unsur/" + i0+"/label",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data8.question !== undefined){
let data14 = data8.question;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.id === undefined){
const err44 = {instancePath:instancePath+"/unsur/" + i0+"/question",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data14.en === undefined){
const err45 = {instancePath:instancePath+"/unsur/" + i0+"/question",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key5 in data14){
if(!((key5 === "id") || (key5 === "en"))){
const err46 = {instancePath:instancePath+"/unsur/" + i0+"/question",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data14.id !== undefined){
let data15 = data14.id;
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err47 = {instancePath:instancePath+"/unsur/" + i0+"/question/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err48 = {instancePath:instancePath+"/unsur/" + i0+"/question/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data14.en !== undefined){
let data16 = data14.en;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err49 = {instancePath:instancePath+"/unsur/" + i0+"/question/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err50 = {instancePath:instancePath+"/unsur/" + i0+"/question/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err51 = {instancePath:instancePath+"/unsur/" + i0+"/question",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data8.answers !== undefined){
let data17 = data8.answers;
if(Array.isArray(data17)){
if(data17.length > 4){
const err52 = {instancePath:instancePath+"/unsur/" + i0+"/answers",schemaPath:"#/properties/unsur/items/properties/answers/maxItems",keyword:"maxItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data17.length < 4){
const err53 = {instancePath:instancePath+"/unsur/" + i0+"/answers",schemaPath:"#/properties/unsur/items/properties/answers/minItems",keyword:"minItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.value === undefined){
const err54 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1,schemaPath:"#/properties/unsur/items/properties/answers/items/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data18.label === undefined){
const err55 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1,schemaPath:"#/properties/unsur/items/properties/answers/items/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key6 in data18){
if(!((key6 === "value") || (key6 === "label"))){
const err56 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1,schemaPath:"#/properties/unsur/items/properties/answers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data18.value !== undefined){
let data19 = data18.value;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err57 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/value",schemaPath:"#/properties/unsur/items/properties/answers/items/properties/value/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 4 || isNaN(data19)){
const err58 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/value",schemaPath:"#/properties/unsur/items/properties/answers/items/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err59 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/value",schemaPath:"#/properties/unsur/items/properties/answers/items/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data18.label !== undefined){
let data20 = data18.label;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id === undefined){
const err60 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data20.en === undefined){
const err61 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key7 in data20){
if(!((key7 === "id") || (key7 === "en"))){
const err62 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data20.id !== undefined){
let data21 = data20.id;
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err63 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err64 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data20.en !== undefined){
let data22 = data20.en;
if(typeof data22 === "string"){
if(func1(data22) < 1){
const err65 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err66 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/label/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err67 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1+"/label",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err68 = {instancePath:instancePath+"/unsur/" + i0+"/answers/" + i1,schemaPath:"#/properties/unsur/items/properties/answers/items/type",keyword:"type",params:{type: "object"}};
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
const err69 = {instancePath:instancePath+"/unsur/" + i0+"/answers",schemaPath:"#/properties/unsur/items/properties/answers/type",keyword:"type",params:{type: "array"}};
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
const err70 = {instancePath:instancePath+"/unsur/" + i0,schemaPath:"#/properties/unsur/items/type",keyword:"type",params:{type: "object"}};
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
const err71 = {instancePath:instancePath+"/unsur",schemaPath:"#/properties/unsur/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.formula !== undefined){
let data23 = data.formula;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.id === undefined){
const err72 = {instancePath:instancePath+"/formula",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data23.en === undefined){
const err73 = {instancePath:instancePath+"/formula",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key8 in data23){
if(!((key8 === "id") || (key8 === "en"))){
const err74 = {instancePath:instancePath+"/formula",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data23.id !== undefined){
let data24 = data23.id;
if(typeof data24 === "string"){
if(func1(data24) < 1){
const err75 = {instancePath:instancePath+"/formula/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err76 = {instancePath:instancePath+"/formula/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data23.en !== undefined){
let data25 = data23.en;
if(typeof data25 === "string"){
if(func1(data25) < 1){
const err77 = {instancePath:instancePath+"/formula/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err78 = {instancePath:instancePath+"/formula/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err79 = {instancePath:instancePath+"/formula",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.conversionFactor !== undefined){
if(25 !== data.conversionFactor){
const err80 = {instancePath:instancePath+"/conversionFactor",schemaPath:"#/properties/conversionFactor/const",keyword:"const",params:{allowedValue: 25}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.rounding !== undefined){
let data27 = data.rounding;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.id === undefined){
const err81 = {instancePath:instancePath+"/rounding",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data27.en === undefined){
const err82 = {instancePath:instancePath+"/rounding",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key9 in data27){
if(!((key9 === "id") || (key9 === "en"))){
const err83 = {instancePath:instancePath+"/rounding",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data27.id !== undefined){
let data28 = data27.id;
if(typeof data28 === "string"){
if(func1(data28) < 1){
const err84 = {instancePath:instancePath+"/rounding/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/rounding/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data27.en !== undefined){
let data29 = data27.en;
if(typeof data29 === "string"){
if(func1(data29) < 1){
const err86 = {instancePath:instancePath+"/rounding/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/rounding/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/rounding",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.bands !== undefined){
let data30 = data.bands;
if(Array.isArray(data30)){
if(data30.length > 4){
const err89 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/maxItems",keyword:"maxItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data30.length < 4){
const err90 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/minItems",keyword:"minItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
const len2 = data30.length;
for(let i2=0; i2<len2; i2++){
let data31 = data30[i2];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.grade === undefined){
const err91 = {instancePath:instancePath+"/bands/" + i2,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "grade"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data31.min === undefined){
const err92 = {instancePath:instancePath+"/bands/" + i2,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data31.max === undefined){
const err93 = {instancePath:instancePath+"/bands/" + i2,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "max"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data31.quality === undefined){
const err94 = {instancePath:instancePath+"/bands/" + i2,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "quality"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key10 in data31){
if(!((((key10 === "grade") || (key10 === "min")) || (key10 === "max")) || (key10 === "quality"))){
const err95 = {instancePath:instancePath+"/bands/" + i2,schemaPath:"#/properties/bands/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data31.grade !== undefined){
let data32 = data31.grade;
if(!((((data32 === "A") || (data32 === "B")) || (data32 === "C")) || (data32 === "D"))){
const err96 = {instancePath:instancePath+"/bands/" + i2+"/grade",schemaPath:"#/properties/bands/items/properties/grade/enum",keyword:"enum",params:{allowedValues: schema80.properties.bands.items.properties.grade.enum}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data31.min !== undefined){
let data33 = data31.min;
if(!((typeof data33 == "number") && (isFinite(data33)))){
const err97 = {instancePath:instancePath+"/bands/" + i2+"/min",schemaPath:"#/properties/bands/items/properties/min/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data31.max !== undefined){
let data34 = data31.max;
if(!((typeof data34 == "number") && (isFinite(data34)))){
const err98 = {instancePath:instancePath+"/bands/" + i2+"/max",schemaPath:"#/properties/bands/items/properties/max/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data31.quality !== undefined){
let data35 = data31.quality;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.id === undefined){
const err99 = {instancePath:instancePath+"/bands/" + i2+"/quality",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data35.en === undefined){
const err100 = {instancePath:instancePath+"/bands/" + i2+"/quality",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key11 in data35){
if(!((key11 === "id") || (key11 === "en"))){
const err101 = {instancePath:instancePath+"/bands/" + i2+"/quality",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data35.id !== undefined){
let data36 = data35.id;
if(typeof data36 === "string"){
if(func1(data36) < 1){
const err102 = {instancePath:instancePath+"/bands/" + i2+"/quality/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/bands/" + i2+"/quality/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data35.en !== undefined){
let data37 = data35.en;
if(typeof data37 === "string"){
if(func1(data37) < 1){
const err104 = {instancePath:instancePath+"/bands/" + i2+"/quality/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err105 = {instancePath:instancePath+"/bands/" + i2+"/quality/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/bands/" + i2+"/quality",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/bands/" + i2,schemaPath:"#/properties/bands/items/type",keyword:"type",params:{type: "object"}};
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
const err108 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/type",keyword:"type",params:{type: "array"}};
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
const err109 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema88 = {"type":"object","additionalProperties":false,"properties":{"kind":{"enum":["sp4n-lapor","desk","phone","whatsapp","email","web","social-media","suggestion-box"]},"value":{"type":"string"},"label":{"$ref":"#/$defs/localized"},"national":{"type":"boolean"}},"required":["kind","label","national"]};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
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
if(data.national === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "national"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "value")) || (key0 === "label")) || (key0 === "national"))){
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
if(!((((((((data0 === "sp4n-lapor") || (data0 === "desk")) || (data0 === "phone")) || (data0 === "whatsapp")) || (data0 === "email")) || (data0 === "web")) || (data0 === "social-media")) || (data0 === "suggestion-box"))){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema88.properties.kind.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err6 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.en === undefined){
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "en"))){
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err9 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err10 = {instancePath:instancePath+"/label/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.en !== undefined){
let data4 = data2.en;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
if(data.national !== undefined){
if(typeof data.national !== "boolean"){
const err14 = {instancePath:instancePath+"/national",schemaPath:"#/properties/national/type",keyword:"type",params:{type: "boolean"}};
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
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/app-config.schema.json" */;
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
if(data.queue === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queue"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.catalogue === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalogue"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.survey === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "survey"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.complaints === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "complaints"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.pledge === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pledge"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "schemaVersion") || (key0 === "region")) || (key0 === "mpp")) || (key0 === "queue")) || (key0 === "catalogue")) || (key0 === "survey")) || (key0 === "complaints")) || (key0 === "pledge"))){
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
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err9 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
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
let data1 = data.region;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err10 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.kind === undefined){
const err11 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.province === undefined){
const err12 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "province"}};
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
for(const key1 in data1){
if(!((((key1 === "name") || (key1 === "kind")) || (key1 === "province")) || (key1 === "slug"))){
const err14 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err15 = {instancePath:instancePath+"/region/name",schemaPath:"#/properties/region/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.kind !== undefined){
let data3 = data1.kind;
if(!((data3 === "kabupaten") || (data3 === "kota"))){
const err16 = {instancePath:instancePath+"/region/kind",schemaPath:"#/properties/region/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.region.properties.kind.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.province !== undefined){
if(typeof data1.province !== "string"){
const err17 = {instancePath:instancePath+"/region/province",schemaPath:"#/properties/region/properties/province/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.slug !== undefined){
let data5 = data1.slug;
if(typeof data5 === "string"){
if(func1(data5) > 64){
const err18 = {instancePath:instancePath+"/region/slug",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern4.test(data5)){
const err19 = {instancePath:instancePath+"/region/slug",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
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
const err20 = {instancePath:instancePath+"/region/slug",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
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
const err21 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.mpp !== undefined){
let data6 = data.mpp;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err22 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.organiser === undefined){
const err23 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/required",keyword:"required",params:{missingProperty: "organiser"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data6){
if(!(((key2 === "name") || (key2 === "organiser")) || (key2 === "address"))){
const err24 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err25 = {instancePath:instancePath+"/mpp/name",schemaPath:"#/properties/mpp/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.organiser !== undefined){
if(typeof data6.organiser !== "string"){
const err26 = {instancePath:instancePath+"/mpp/organiser",schemaPath:"#/properties/mpp/properties/organiser/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.address !== undefined){
if(typeof data6.address !== "string"){
const err27 = {instancePath:instancePath+"/mpp/address",schemaPath:"#/properties/mpp/properties/address/type",keyword:"type",params:{type: "string"}};
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
const err28 = {instancePath:instancePath+"/mpp",schemaPath:"#/properties/mpp/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.queue !== undefined){
if(!(validate21(data.queue, {instancePath:instancePath+"/queue",parentData:data,parentDataProperty:"queue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.catalogue !== undefined){
if(!(validate40(data.catalogue, {instancePath:instancePath+"/catalogue",parentData:data,parentDataProperty:"catalogue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.survey !== undefined){
if(!(validate48(data.survey, {instancePath:instancePath+"/survey",parentData:data,parentDataProperty:"survey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.complaints !== undefined){
let data13 = data.complaints;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.channels === undefined){
const err29 = {instancePath:instancePath+"/complaints",schemaPath:"#/properties/complaints/required",keyword:"required",params:{missingProperty: "channels"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data13){
if(!(key3 === "channels")){
const err30 = {instancePath:instancePath+"/complaints",schemaPath:"#/properties/complaints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.channels !== undefined){
let data14 = data13.channels;
if(Array.isArray(data14)){
if(data14.length < 1){
const err31 = {instancePath:instancePath+"/complaints/channels",schemaPath:"#/properties/complaints/properties/channels/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate50(data14[i0], {instancePath:instancePath+"/complaints/channels/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/complaints/channels",schemaPath:"#/properties/complaints/properties/channels/type",keyword:"type",params:{type: "array"}};
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
const err33 = {instancePath:instancePath+"/complaints",schemaPath:"#/properties/complaints/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.pledge !== undefined){
let data16 = data.pledge;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.title === undefined){
const err34 = {instancePath:instancePath+"/pledge",schemaPath:"#/properties/pledge/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data16.text === undefined){
const err35 = {instancePath:instancePath+"/pledge",schemaPath:"#/properties/pledge/required",keyword:"required",params:{missingProperty: "text"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key4 in data16){
if(!((key4 === "title") || (key4 === "text"))){
const err36 = {instancePath:instancePath+"/pledge",schemaPath:"#/properties/pledge/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data16.title !== undefined){
let data17 = data16.title;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.id === undefined){
const err37 = {instancePath:instancePath+"/pledge/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data17.en === undefined){
const err38 = {instancePath:instancePath+"/pledge/title",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key5 in data17){
if(!((key5 === "id") || (key5 === "en"))){
const err39 = {instancePath:instancePath+"/pledge/title",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data17.id !== undefined){
let data18 = data17.id;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err40 = {instancePath:instancePath+"/pledge/title/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err41 = {instancePath:instancePath+"/pledge/title/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data17.en !== undefined){
let data19 = data17.en;
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err42 = {instancePath:instancePath+"/pledge/title/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err43 = {instancePath:instancePath+"/pledge/title/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err44 = {instancePath:instancePath+"/pledge/title",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.text !== undefined){
let data20 = data16.text;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id === undefined){
const err45 = {instancePath:instancePath+"/pledge/text",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data20.en === undefined){
const err46 = {instancePath:instancePath+"/pledge/text",schemaPath:"#/$defs/localized/required",keyword:"required",params:{missingProperty: "en"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key6 in data20){
if(!((key6 === "id") || (key6 === "en"))){
const err47 = {instancePath:instancePath+"/pledge/text",schemaPath:"#/$defs/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data20.id !== undefined){
let data21 = data20.id;
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err48 = {instancePath:instancePath+"/pledge/text/id",schemaPath:"#/$defs/localized/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err49 = {instancePath:instancePath+"/pledge/text/id",schemaPath:"#/$defs/localized/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data20.en !== undefined){
let data22 = data20.en;
if(typeof data22 === "string"){
if(func1(data22) < 1){
const err50 = {instancePath:instancePath+"/pledge/text/en",schemaPath:"#/$defs/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1}};
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
const err51 = {instancePath:instancePath+"/pledge/text/en",schemaPath:"#/$defs/localized/properties/en/type",keyword:"type",params:{type: "string"}};
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
const err52 = {instancePath:instancePath+"/pledge/text",schemaPath:"#/$defs/localized/type",keyword:"type",params:{type: "object"}};
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
const err53 = {instancePath:instancePath+"/pledge",schemaPath:"#/properties/pledge/type",keyword:"type",params:{type: "object"}};
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
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

