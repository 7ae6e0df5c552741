import { setFlagsFromString } from 'node:v8';

// Imported first by the bin, before the modules that allocate. V8 doubles the young generation's
// semi-spaces after busy scavenges (up to 2 × 16 MB here) and keeps them committed for the rest of
// the process: about 40 MB of resident memory after a burst of edits that holds nothing. A
// `--max-semi-space-size` flag must be on node's command line, which an editor's `hot-lint-server
// --stdio` does not give, whereas the growth factor is read at each growth: 1 keeps the initial
// size, whatever starts the server. (The VS Code extension passes `--max-semi-space-size=1` too.)
setFlagsFromString('--semi-space-growth-factor=1');
