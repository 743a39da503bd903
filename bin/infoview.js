#!/usr/bin/env node
import '../dist/infoview.js';
