#!/usr/bin/env node
// The executable, an ES module like the bundle it loads. The name stays infoview.js: npx keeps
// links to it in its cache.
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the bundle between runs, in NODE_COMPILE_CACHE or else
// <os temp folder>/node-compile-cache (never the data folder); Node 20 has no compile cache.
// First, so that every module of the bundle is loaded with it.
module.enableCompileCache?.();
await import('../dist/infoview.js');
