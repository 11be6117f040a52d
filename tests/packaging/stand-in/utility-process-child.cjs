// The child side of the stand-in's utilityProcess.fork (electron-stand-in.cjs): a plain Node
// process that gives the module what an Electron utility process gives it, process.parentPort
// (messages arrive as { data, ports }, as Electron's MessageEvent), and then runs the module
// unchanged. argv[2]: the module's path; the rest are its arguments.
'use strict';
const { EventEmitter } = require('node:events');

const parentPort = new EventEmitter();
parentPort.postMessage = (message) => process.send(message);
process.on('message', (message) => parentPort.emit('message', { data: message, ports: [] }));
process.parentPort = parentPort;

const modulePath = process.argv[2];
process.argv.splice(1, 2, modulePath);
require(modulePath);
