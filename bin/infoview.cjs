#!/usr/bin/env node
'use strict';
// CommonJS, like the bundle it loads (scripts/rechunk.ts): Node never starts its ES module loader.
require('../dist/infoview.js');
