#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), like the bundle it loads (scripts/rechunk.ts): Node never starts
// its ES module loader. The name stays infoview.js: npx keeps links to it in its cache.
require('../dist/infoview.js');
