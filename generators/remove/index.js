// Yeoman finds generators at generators/<name>/index.js; the code is compiled from generator.ts.
export { default } from '../../dist/generators/remove/generator.js';
