// Worker threads do not inherit tsx's module hooks on Node 20, so this plain-JS
// entry registers them in the worker before loading the TypeScript shard checker.
import { register } from 'tsx/esm/api';

register();
await import('./validate-worker.ts');
