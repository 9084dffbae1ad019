// Generated from spec/openapi.yaml by scripts/generate.ts: do not edit. Run `npm run generate`.
// @ts-nocheck: Ajv's standalone output is untyped JavaScript; the typed view is `inputChecks` below.

const listProjectInvitations = validate10;
const schema11 = {"type":"object","additionalProperties":false,"required":["groupId"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"type":"string","format":"email"}}};
const pattern0 = new RegExp("^([a-f0-9]{24})$", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.groupId === undefined) && (missing0 = "groupId")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "groupId") || (key0 === "username"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate10.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate10.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate10.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate10.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

const createProjectInvitation = validate11;
const schema12 = {"type":"object","additionalProperties":false,"required":["groupId","username","roles"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"allOf":[{"type":"string","format":"email"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_BACKUP_MANAGER","GROUP_CLUSTER_MANAGER","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_DATABASE_ACCESS_ADMIN","GROUP_OBSERVABILITY_VIEWER","GROUP_OWNER","GROUP_READ_ONLY","GROUP_SEARCH_INDEX_EDITOR","GROUP_STREAM_PROCESSING_OWNER"]}}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "username")) || (key0 === "roles"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate11.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate11.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate11.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate11.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate11.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate11.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate11.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data3 === "GROUP_BACKUP_MANAGER") || (data3 === "GROUP_CLUSTER_MANAGER")) || (data3 === "GROUP_DATA_ACCESS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data3 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data3 === "GROUP_DATABASE_ACCESS_ADMIN")) || (data3 === "GROUP_OBSERVABILITY_VIEWER")) || (data3 === "GROUP_OWNER")) || (data3 === "GROUP_READ_ONLY")) || (data3 === "GROUP_SEARCH_INDEX_EDITOR")) || (data3 === "GROUP_STREAM_PROCESSING_OWNER"))){
validate11.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate11.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const updateProjectInvitation = validate12;
const schema13 = {"type":"object","additionalProperties":false,"required":["groupId","username","roles"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"allOf":[{"type":"string","format":"email"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_BACKUP_MANAGER","GROUP_CLUSTER_MANAGER","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_DATABASE_ACCESS_ADMIN","GROUP_OBSERVABILITY_VIEWER","GROUP_OWNER","GROUP_READ_ONLY","GROUP_SEARCH_INDEX_EDITOR","GROUP_STREAM_PROCESSING_OWNER"]}}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "username")) || (key0 === "roles"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate12.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate12.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate12.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate12.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate12.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate12.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate12.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data3 === "GROUP_BACKUP_MANAGER") || (data3 === "GROUP_CLUSTER_MANAGER")) || (data3 === "GROUP_DATA_ACCESS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data3 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data3 === "GROUP_DATABASE_ACCESS_ADMIN")) || (data3 === "GROUP_OBSERVABILITY_VIEWER")) || (data3 === "GROUP_OWNER")) || (data3 === "GROUP_READ_ONLY")) || (data3 === "GROUP_SEARCH_INDEX_EDITOR")) || (data3 === "GROUP_STREAM_PROCESSING_OWNER"))){
validate12.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema13.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate12.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const getProjectInvitation = validate13;
const schema14 = {"type":"object","additionalProperties":false,"required":["groupId","invitationId"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.groupId === undefined) && (missing0 = "groupId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "groupId") || (key0 === "invitationId"))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate13.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate13.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate13.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate13.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate13.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate13.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

const deleteProjectInvitation = validate14;
const schema15 = {"type":"object","additionalProperties":false,"required":["groupId","invitationId"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.groupId === undefined) && (missing0 = "groupId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "groupId") || (key0 === "invitationId"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate14.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate14.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate14.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate14.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate14.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate14.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

const updateProjectInvitationById = validate15;
const schema16 = {"type":"object","additionalProperties":false,"required":["groupId","invitationId","roles"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_BACKUP_MANAGER","GROUP_CLUSTER_MANAGER","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_DATABASE_ACCESS_ADMIN","GROUP_OBSERVABILITY_VIEWER","GROUP_OWNER","GROUP_READ_ONLY","GROUP_SEARCH_INDEX_EDITOR","GROUP_STREAM_PROCESSING_OWNER"]}}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "invitationId")) || (key0 === "roles"))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate15.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate15.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate15.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate15.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate15.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate15.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 100){
validate15.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate15.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(typeof data3 !== "string"){
validate15.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data3 === "GROUP_BACKUP_MANAGER") || (data3 === "GROUP_CLUSTER_MANAGER")) || (data3 === "GROUP_DATA_ACCESS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data3 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data3 === "GROUP_DATABASE_ACCESS_ADMIN")) || (data3 === "GROUP_OBSERVABILITY_VIEWER")) || (data3 === "GROUP_OWNER")) || (data3 === "GROUP_READ_ONLY")) || (data3 === "GROUP_SEARCH_INDEX_EDITOR")) || (data3 === "GROUP_STREAM_PROCESSING_OWNER"))){
validate15.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema16.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate15.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

const listOrganizationInvitations = validate16;
const schema17 = {"type":"object","additionalProperties":false,"required":["orgId"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"type":"string","format":"email"}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.orgId === undefined) && (missing0 = "orgId")){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "orgId") || (key0 === "username"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate16.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate16.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate16.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate16.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

const createOrganizationInvitation = validate17;
const schema18 = {"type":"object","additionalProperties":false,"required":["orgId","username","roles"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"allOf":[{"type":"string","format":"email"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["ORG_OWNER","ORG_MEMBER","ORG_GROUP_CREATOR","ORG_BILLING_ADMIN","ORG_BILLING_READ_ONLY","ORG_STREAM_PROCESSING_ADMIN","ORG_READ_ONLY"]}},"teamIds":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^([a-f0-9]{24})$"}},"groupRoleAssignments":{"type":"array","items":{"type":"object","required":["groupId","roles"],"properties":{"groupId":{"allOf":[{"type":"string","pattern":"^([a-f0-9]{24})$"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_BACKUP_MANAGER","GROUP_CLUSTER_MANAGER","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_DATABASE_ACCESS_ADMIN","GROUP_OBSERVABILITY_VIEWER","GROUP_OWNER","GROUP_READ_ONLY","GROUP_SEARCH_INDEX_EDITOR","GROUP_STREAM_PROCESSING_OWNER"]}}}}}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.orgId === undefined) && (missing0 = "orgId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "orgId") || (key0 === "username")) || (key0 === "roles")) || (key0 === "teamIds")) || (key0 === "groupRoleAssignments"))){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate17.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate17.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate17.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate17.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate17.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate17.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate17.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data3 === "ORG_OWNER") || (data3 === "ORG_MEMBER")) || (data3 === "ORG_GROUP_CREATOR")) || (data3 === "ORG_BILLING_ADMIN")) || (data3 === "ORG_BILLING_READ_ONLY")) || (data3 === "ORG_STREAM_PROCESSING_ADMIN")) || (data3 === "ORG_READ_ONLY"))){
validate17.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema18.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate17.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.teamIds !== undefined){
let data4 = data.teamIds;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid4 = true;
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate17.errors = [{instancePath:instancePath+"/teamIds/" + i2,schemaPath:"#/properties/teamIds/items/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/teamIds/" + i2,schemaPath:"#/properties/teamIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs13 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i3 = data4.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data4[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate17.errors = [{instancePath:instancePath+"/teamIds",schemaPath:"#/properties/teamIds/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break;
}
indices1[item1] = i3;
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/teamIds",schemaPath:"#/properties/teamIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupRoleAssignments !== undefined){
let data6 = data.groupRoleAssignments;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid6 = true;
const len2 = data6.length;
for(let i4=0; i4<len2; i4++){
let data7 = data6[i4];
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if(((data7.groupId === undefined) && (missing1 = "groupId")) || ((data7.roles === undefined) && (missing1 = "roles"))){
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4,schemaPath:"#/properties/groupRoleAssignments/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data7.groupId !== undefined){
let data8 = data7.groupId;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/groupId",schemaPath:"#/properties/groupRoleAssignments/items/properties/groupId/allOf/0/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/groupId",schemaPath:"#/properties/groupRoleAssignments/items/properties/groupId/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs19 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.roles !== undefined){
let data9 = data7.roles;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
if(data9.length > 100){
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data9.length < 1){
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid9 = true;
const len3 = data9.length;
for(let i5=0; i5<len3; i5++){
let data10 = data9[i5];
const _errs24 = errors;
if(typeof data10 !== "string"){
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles/" + i5,schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data10 === "GROUP_BACKUP_MANAGER") || (data10 === "GROUP_CLUSTER_MANAGER")) || (data10 === "GROUP_DATA_ACCESS_ADMIN")) || (data10 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data10 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data10 === "GROUP_DATABASE_ACCESS_ADMIN")) || (data10 === "GROUP_OBSERVABILITY_VIEWER")) || (data10 === "GROUP_OWNER")) || (data10 === "GROUP_READ_ONLY")) || (data10 === "GROUP_SEARCH_INDEX_EDITOR")) || (data10 === "GROUP_STREAM_PROCESSING_OWNER"))){
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles/" + i5,schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema18.properties.groupRoleAssignments.items.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs24 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i6 = data9.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data9[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"}];
return false;
break;
}
indices2[item2] = i6;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs22 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4,schemaPath:"#/properties/groupRoleAssignments/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs17 === errors;
if(!valid6){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/groupRoleAssignments",schemaPath:"#/properties/groupRoleAssignments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

const updateOrganizationInvitation = validate18;
const schema19 = {"type":"object","additionalProperties":false,"required":["orgId","username","roles"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"allOf":[{"type":"string","format":"email"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["ORG_OWNER","ORG_MEMBER","ORG_GROUP_CREATOR","ORG_BILLING_ADMIN","ORG_BILLING_READ_ONLY","ORG_STREAM_PROCESSING_ADMIN","ORG_READ_ONLY"]}},"teamIds":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^([a-f0-9]{24})$"}},"groupRoleAssignments":{"type":"array","items":{"type":"object","required":["groupId","roles"],"properties":{"groupId":{"allOf":[{"type":"string","pattern":"^([a-f0-9]{24})$"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_BACKUP_MANAGER","GROUP_CLUSTER_MANAGER","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_DATABASE_ACCESS_ADMIN","GROUP_OBSERVABILITY_VIEWER","GROUP_OWNER","GROUP_READ_ONLY","GROUP_SEARCH_INDEX_EDITOR","GROUP_STREAM_PROCESSING_OWNER"]}}}}}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.orgId === undefined) && (missing0 = "orgId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "orgId") || (key0 === "username")) || (key0 === "roles")) || (key0 === "teamIds")) || (key0 === "groupRoleAssignments"))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate18.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate18.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate18.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate18.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate18.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate18.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate18.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data3 === "ORG_OWNER") || (data3 === "ORG_MEMBER")) || (data3 === "ORG_GROUP_CREATOR")) || (data3 === "ORG_BILLING_ADMIN")) || (data3 === "ORG_BILLING_READ_ONLY")) || (data3 === "ORG_STREAM_PROCESSING_ADMIN")) || (data3 === "ORG_READ_ONLY"))){
validate18.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema19.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate18.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.teamIds !== undefined){
let data4 = data.teamIds;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid4 = true;
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate18.errors = [{instancePath:instancePath+"/teamIds/" + i2,schemaPath:"#/properties/teamIds/items/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/teamIds/" + i2,schemaPath:"#/properties/teamIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs13 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i3 = data4.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data4[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate18.errors = [{instancePath:instancePath+"/teamIds",schemaPath:"#/properties/teamIds/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break;
}
indices1[item1] = i3;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/teamIds",schemaPath:"#/properties/teamIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupRoleAssignments !== undefined){
let data6 = data.groupRoleAssignments;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid6 = true;
const len2 = data6.length;
for(let i4=0; i4<len2; i4++){
let data7 = data6[i4];
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if(((data7.groupId === undefined) && (missing1 = "groupId")) || ((data7.roles === undefined) && (missing1 = "roles"))){
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4,schemaPath:"#/properties/groupRoleAssignments/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data7.groupId !== undefined){
let data8 = data7.groupId;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/groupId",schemaPath:"#/properties/groupRoleAssignments/items/properties/groupId/allOf/0/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/groupId",schemaPath:"#/properties/groupRoleAssignments/items/properties/groupId/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs19 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.roles !== undefined){
let data9 = data7.roles;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
if(data9.length > 100){
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data9.length < 1){
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid9 = true;
const len3 = data9.length;
for(let i5=0; i5<len3; i5++){
let data10 = data9[i5];
const _errs24 = errors;
if(typeof data10 !== "string"){
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles/" + i5,schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data10 === "GROUP_BACKUP_MANAGER") || (data10 === "GROUP_CLUSTER_MANAGER")) || (data10 === "GROUP_DATA_ACCESS_ADMIN")) || (data10 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data10 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data10 === "GROUP_DATABASE_ACCESS_ADMIN")) || (data10 === "GROUP_OBSERVABILITY_VIEWER")) || (data10 === "GROUP_OWNER")) || (data10 === "GROUP_READ_ONLY")) || (data10 === "GROUP_SEARCH_INDEX_EDITOR")) || (data10 === "GROUP_STREAM_PROCESSING_OWNER"))){
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles/" + i5,schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema19.properties.groupRoleAssignments.items.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs24 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i6 = data9.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data9[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"}];
return false;
break;
}
indices2[item2] = i6;
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs22 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4,schemaPath:"#/properties/groupRoleAssignments/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs17 === errors;
if(!valid6){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/groupRoleAssignments",schemaPath:"#/properties/groupRoleAssignments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

const getOrganizationInvitation = validate19;
const schema20 = {"type":"object","additionalProperties":false,"required":["orgId","invitationId"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.orgId === undefined) && (missing0 = "orgId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "orgId") || (key0 === "invitationId"))){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate19.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate19.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate19.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate19.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate19.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate19.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

const deleteOrganizationInvitation = validate20;
const schema21 = {"type":"object","additionalProperties":false,"required":["orgId","invitationId"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.orgId === undefined) && (missing0 = "orgId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "orgId") || (key0 === "invitationId"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate20.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate20.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate20.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate20.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate20.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate20.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

const updateOrganizationInvitationById = validate21;
const schema22 = {"type":"object","additionalProperties":false,"required":["orgId","invitationId","roles"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["ORG_OWNER","ORG_MEMBER","ORG_GROUP_CREATOR","ORG_BILLING_ADMIN","ORG_BILLING_READ_ONLY","ORG_STREAM_PROCESSING_ADMIN","ORG_READ_ONLY"]}},"teamIds":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^([a-f0-9]{24})$"}},"groupRoleAssignments":{"type":"array","items":{"type":"object","required":["groupId","roles"],"properties":{"groupId":{"allOf":[{"type":"string","pattern":"^([a-f0-9]{24})$"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_BACKUP_MANAGER","GROUP_CLUSTER_MANAGER","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_DATABASE_ACCESS_ADMIN","GROUP_OBSERVABILITY_VIEWER","GROUP_OWNER","GROUP_READ_ONLY","GROUP_SEARCH_INDEX_EDITOR","GROUP_STREAM_PROCESSING_OWNER"]}}}}}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.orgId === undefined) && (missing0 = "orgId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "orgId") || (key0 === "invitationId")) || (key0 === "roles")) || (key0 === "teamIds")) || (key0 === "groupRoleAssignments"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate21.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate21.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate21.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate21.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate21.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate21.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 100){
validate21.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate21.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(typeof data3 !== "string"){
validate21.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data3 === "ORG_OWNER") || (data3 === "ORG_MEMBER")) || (data3 === "ORG_GROUP_CREATOR")) || (data3 === "ORG_BILLING_ADMIN")) || (data3 === "ORG_BILLING_READ_ONLY")) || (data3 === "ORG_STREAM_PROCESSING_ADMIN")) || (data3 === "ORG_READ_ONLY"))){
validate21.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate21.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.teamIds !== undefined){
let data4 = data.teamIds;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate21.errors = [{instancePath:instancePath+"/teamIds/" + i2,schemaPath:"#/properties/teamIds/items/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/teamIds/" + i2,schemaPath:"#/properties/teamIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i3 = data4.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data4[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate21.errors = [{instancePath:instancePath+"/teamIds",schemaPath:"#/properties/teamIds/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break;
}
indices1[item1] = i3;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/teamIds",schemaPath:"#/properties/teamIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupRoleAssignments !== undefined){
let data6 = data.groupRoleAssignments;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid5 = true;
const len2 = data6.length;
for(let i4=0; i4<len2; i4++){
let data7 = data6[i4];
const _errs16 = errors;
if(errors === _errs16){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if(((data7.groupId === undefined) && (missing1 = "groupId")) || ((data7.roles === undefined) && (missing1 = "roles"))){
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4,schemaPath:"#/properties/groupRoleAssignments/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data7.groupId !== undefined){
let data8 = data7.groupId;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/groupId",schemaPath:"#/properties/groupRoleAssignments/items/properties/groupId/allOf/0/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/groupId",schemaPath:"#/properties/groupRoleAssignments/items/properties/groupId/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs18 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.roles !== undefined){
let data9 = data7.roles;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
if(data9.length > 100){
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data9.length < 1){
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len3 = data9.length;
for(let i5=0; i5<len3; i5++){
let data10 = data9[i5];
const _errs23 = errors;
if(typeof data10 !== "string"){
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles/" + i5,schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data10 === "GROUP_BACKUP_MANAGER") || (data10 === "GROUP_CLUSTER_MANAGER")) || (data10 === "GROUP_DATA_ACCESS_ADMIN")) || (data10 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data10 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data10 === "GROUP_DATABASE_ACCESS_ADMIN")) || (data10 === "GROUP_OBSERVABILITY_VIEWER")) || (data10 === "GROUP_OWNER")) || (data10 === "GROUP_READ_ONLY")) || (data10 === "GROUP_SEARCH_INDEX_EDITOR")) || (data10 === "GROUP_STREAM_PROCESSING_OWNER"))){
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles/" + i5,schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.groupRoleAssignments.items.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs23 === errors;
if(!valid8){
break;
}
}
if(valid8){
let i6 = data9.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data9[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"}];
return false;
break;
}
indices2[item2] = i6;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4+"/roles",schemaPath:"#/properties/groupRoleAssignments/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments/" + i4,schemaPath:"#/properties/groupRoleAssignments/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs16 === errors;
if(!valid5){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/groupRoleAssignments",schemaPath:"#/properties/groupRoleAssignments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

const opsManagerListProjectInvitations = validate22;
const schema23 = {"type":"object","additionalProperties":false,"required":["groupId"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"type":"string","format":"email"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.groupId === undefined) && (missing0 = "groupId")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "groupId") || (key0 === "username"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate22.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate22.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate22.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate22.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

const opsManagerCreateProjectInvitation = validate23;
const schema24 = {"type":"object","additionalProperties":false,"required":["groupId","username","roles"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"allOf":[{"type":"string","format":"email"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_AUTOMATION_ADMIN","GROUP_BACKUP_ADMIN","GROUP_CHARTS_ADMIN","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_MONITORING_ADMIN","GROUP_OWNER","GROUP_READ_ONLY","GROUP_USER_ADMIN"]}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "username")) || (key0 === "roles"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate23.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate23.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate23.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate23.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate23.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate23.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate23.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data3 === "GROUP_AUTOMATION_ADMIN") || (data3 === "GROUP_BACKUP_ADMIN")) || (data3 === "GROUP_CHARTS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data3 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data3 === "GROUP_MONITORING_ADMIN")) || (data3 === "GROUP_OWNER")) || (data3 === "GROUP_READ_ONLY")) || (data3 === "GROUP_USER_ADMIN"))){
validate23.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema24.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate23.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

const opsManagerUpdateProjectInvitation = validate24;
const schema25 = {"type":"object","additionalProperties":false,"required":["groupId","username","roles"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"allOf":[{"type":"string","format":"email"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_AUTOMATION_ADMIN","GROUP_BACKUP_ADMIN","GROUP_CHARTS_ADMIN","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_MONITORING_ADMIN","GROUP_OWNER","GROUP_READ_ONLY","GROUP_USER_ADMIN"]}}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "username")) || (key0 === "roles"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate24.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate24.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate24.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate24.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate24.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate24.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate24.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data3 === "GROUP_AUTOMATION_ADMIN") || (data3 === "GROUP_BACKUP_ADMIN")) || (data3 === "GROUP_CHARTS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data3 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data3 === "GROUP_MONITORING_ADMIN")) || (data3 === "GROUP_OWNER")) || (data3 === "GROUP_READ_ONLY")) || (data3 === "GROUP_USER_ADMIN"))){
validate24.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema25.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate24.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

const opsManagerGetProjectInvitation = validate25;
const schema26 = {"type":"object","additionalProperties":false,"required":["groupId","invitationId"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.groupId === undefined) && (missing0 = "groupId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "groupId") || (key0 === "invitationId"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate25.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate25.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate25.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate25.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate25.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate25.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

const opsManagerDeleteProjectInvitation = validate26;
const schema27 = {"type":"object","additionalProperties":false,"required":["groupId","invitationId"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.groupId === undefined) && (missing0 = "groupId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "groupId") || (key0 === "invitationId"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate26.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate26.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate26.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate26.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate26.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate26.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

const opsManagerUpdateProjectInvitationById = validate27;
const schema28 = {"type":"object","additionalProperties":false,"required":["groupId","invitationId","roles"],"properties":{"groupId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["GROUP_AUTOMATION_ADMIN","GROUP_BACKUP_ADMIN","GROUP_CHARTS_ADMIN","GROUP_DATA_ACCESS_ADMIN","GROUP_DATA_ACCESS_READ_ONLY","GROUP_DATA_ACCESS_READ_WRITE","GROUP_MONITORING_ADMIN","GROUP_OWNER","GROUP_READ_ONLY","GROUP_USER_ADMIN"]}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "invitationId")) || (key0 === "roles"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate27.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate27.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate27.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate27.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate27.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate27.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 100){
validate27.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate27.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(typeof data3 !== "string"){
validate27.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data3 === "GROUP_AUTOMATION_ADMIN") || (data3 === "GROUP_BACKUP_ADMIN")) || (data3 === "GROUP_CHARTS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_ADMIN")) || (data3 === "GROUP_DATA_ACCESS_READ_ONLY")) || (data3 === "GROUP_DATA_ACCESS_READ_WRITE")) || (data3 === "GROUP_MONITORING_ADMIN")) || (data3 === "GROUP_OWNER")) || (data3 === "GROUP_READ_ONLY")) || (data3 === "GROUP_USER_ADMIN"))){
validate27.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema28.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate27.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}

const opsManagerListOrganizationInvitations = validate28;
const schema29 = {"type":"object","additionalProperties":false,"required":["orgId"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"type":"string","format":"email"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.orgId === undefined) && (missing0 = "orgId")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "orgId") || (key0 === "username"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate28.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate28.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate28.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate28.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

const opsManagerCreateOrganizationInvitation = validate29;
const schema30 = {"type":"object","additionalProperties":false,"required":["orgId","username","roles"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"allOf":[{"type":"string","format":"email"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["ORG_OWNER","ORG_MEMBER","ORG_GROUP_CREATOR","ORG_BILLING_ADMIN","ORG_READ_ONLY"]}},"teamIds":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^([a-f0-9]{24})$"}}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.orgId === undefined) && (missing0 = "orgId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "orgId") || (key0 === "username")) || (key0 === "roles")) || (key0 === "teamIds"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate29.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate29.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate29.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate29.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate29.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate29.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate29.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data3 === "ORG_OWNER") || (data3 === "ORG_MEMBER")) || (data3 === "ORG_GROUP_CREATOR")) || (data3 === "ORG_BILLING_ADMIN")) || (data3 === "ORG_READ_ONLY"))){
validate29.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema30.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate29.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.teamIds !== undefined){
let data4 = data.teamIds;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid4 = true;
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate29.errors = [{instancePath:instancePath+"/teamIds/" + i2,schemaPath:"#/properties/teamIds/items/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/teamIds/" + i2,schemaPath:"#/properties/teamIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs13 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i3 = data4.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data4[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate29.errors = [{instancePath:instancePath+"/teamIds",schemaPath:"#/properties/teamIds/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break;
}
indices1[item1] = i3;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/teamIds",schemaPath:"#/properties/teamIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

const opsManagerUpdateOrganizationInvitation = validate30;
const schema31 = {"type":"object","additionalProperties":false,"required":["orgId","username","roles"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"username":{"allOf":[{"type":"string","format":"email"}]},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["ORG_OWNER","ORG_MEMBER","ORG_GROUP_CREATOR","ORG_BILLING_ADMIN","ORG_READ_ONLY"]}}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.orgId === undefined) && (missing0 = "orgId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "orgId") || (key0 === "username")) || (key0 === "roles"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate30.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate30.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate30.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate30.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate30.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate30.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate30.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data3 === "ORG_OWNER") || (data3 === "ORG_MEMBER")) || (data3 === "ORG_GROUP_CREATOR")) || (data3 === "ORG_BILLING_ADMIN")) || (data3 === "ORG_READ_ONLY"))){
validate30.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate30.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}

const opsManagerGetOrganizationInvitation = validate31;
const schema32 = {"type":"object","additionalProperties":false,"required":["orgId","invitationId"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.orgId === undefined) && (missing0 = "orgId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "orgId") || (key0 === "invitationId"))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate31.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate31.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate31.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate31.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate31.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate31.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

const opsManagerDeleteOrganizationInvitation = validate32;
const schema33 = {"type":"object","additionalProperties":false,"required":["orgId","invitationId"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.orgId === undefined) && (missing0 = "orgId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "orgId") || (key0 === "invitationId"))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate32.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate32.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate32.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate32.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate32.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate32.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

const opsManagerUpdateOrganizationInvitationById = validate33;
const schema34 = {"type":"object","additionalProperties":false,"required":["orgId","invitationId","roles"],"properties":{"orgId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"invitationId":{"type":"string","pattern":"^([a-f0-9]{24})$","minLength":24,"maxLength":24},"roles":{"type":"array","maxItems":100,"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["ORG_OWNER","ORG_MEMBER","ORG_GROUP_CREATOR","ORG_BILLING_ADMIN","ORG_READ_ONLY"]}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.orgId === undefined) && (missing0 = "orgId")) || ((data.invitationId === undefined) && (missing0 = "invitationId"))) || ((data.roles === undefined) && (missing0 = "roles"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "orgId") || (key0 === "invitationId")) || (key0 === "roles"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orgId !== undefined){
let data0 = data.orgId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 24){
validate33.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data0.length < 24){
validate33.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate33.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationId !== undefined){
let data1 = data.invitationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(data1.length > 24){
validate33.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/maxLength",keyword:"maxLength",params:{limit: 24},message:"must NOT have more than 24 characters"}];
return false;
}
else {
if(data1.length < 24){
validate33.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate33.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{24})$"},message:"must match pattern \""+"^([a-f0-9]{24})$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/invitationId",schemaPath:"#/properties/invitationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data2 = data.roles;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 100){
validate33.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate33.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(typeof data3 !== "string"){
validate33.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data3 === "ORG_OWNER") || (data3 === "ORG_MEMBER")) || (data3 === "ORG_GROUP_CREATOR")) || (data3 === "ORG_BILLING_ADMIN")) || (data3 === "ORG_READ_ONLY"))){
validate33.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema34.properties.roles.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate33.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}


/** One problem an input check found, as Ajv reports it. */
export interface InputIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A compiled check of one operation's input object: true when valid, else `errors` holds the first problem. */
export interface InputCheck {
  (input: unknown): boolean;
  errors?: readonly InputIssue[] | null;
}

/** The input check of every operation, by operationId. */
export const inputChecks: Readonly<Record<string, InputCheck>> = {
  listProjectInvitations,
  createProjectInvitation,
  updateProjectInvitation,
  getProjectInvitation,
  deleteProjectInvitation,
  updateProjectInvitationById,
  listOrganizationInvitations,
  createOrganizationInvitation,
  updateOrganizationInvitation,
  getOrganizationInvitation,
  deleteOrganizationInvitation,
  updateOrganizationInvitationById,
  opsManagerListProjectInvitations,
  opsManagerCreateProjectInvitation,
  opsManagerUpdateProjectInvitation,
  opsManagerGetProjectInvitation,
  opsManagerDeleteProjectInvitation,
  opsManagerUpdateProjectInvitationById,
  opsManagerListOrganizationInvitations,
  opsManagerCreateOrganizationInvitation,
  opsManagerUpdateOrganizationInvitation,
  opsManagerGetOrganizationInvitation,
  opsManagerDeleteOrganizationInvitation,
  opsManagerUpdateOrganizationInvitationById,
};
