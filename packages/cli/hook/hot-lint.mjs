#!/usr/bin/env node
import { createRequire as __hotLintCreateRequire } from 'node:module'; const require = __hotLintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter2) => filter2(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var __require2, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder;
var init_dist = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require2 = /* @__PURE__ */ createRequire(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path = directoryPath || ".";
      if (filters.every((filter2) => filter2(path, true))) paths.push(path);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter2) => filter2(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter2) => filter2(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      fs.realpath(path, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs.stat(resolvedPath, (error$1, stat2) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat2, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs.realpathSync(path);
        const stat2 = fs.statSync(resolvedPath);
        if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
        callback$1(stat2, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs.readdir(crawlPath || ".", readdirOpts, (error, entries2 = []) => {
        callback$1(entries2, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries2 = [];
      try {
        entries2 = fs.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries2, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries2, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries2.length; ++i) {
          const entry = entries2[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path)) continue;
            this.pushDirectory(path, paths, filters);
            this.walkDirectory(this.state, path, path, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
              if (stat2.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path;
                const filename = basename(resolvedPath);
                const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require2.resolve("picomatch");
      pm = __require2("picomatch");
    } catch {
    }
    Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path) => isMatch(path));
        return this;
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError2 = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError2("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError2("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError2("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch3.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format7 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format7 ? format7(input) : input;
      if (match === false) {
        output = format7 ? format7(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// node_modules/tinyglobby/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  convertPathToPattern: () => convertPathToPattern,
  escapePath: () => escapePath,
  glob: () => glob,
  globSync: () => globSync,
  isDynamicPattern: () => isDynamicPattern
});
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers2 = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers2[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher2 = matchers2[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher2[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
function convertPosixPathToPattern(path) {
  return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
  return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher2 = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format7 = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format7 : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format7(p, isDirectory);
      const matches = matcher2(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format7(p, isDirectory);
      return matcher2(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative7] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative7) : [];
}
function globSync(globInput, options) {
  const [crawler, relative7] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative7) : [];
}
var import_picomatch, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, ESCAPED_WIN32_BACKSLASHES, convertPathToPattern, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist2 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist();
    import_picomatch = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
    convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// packages/cli/src/report.ts
function summarize(files) {
  const summary = { files: files.length, errors: 0, warnings: 0, infos: 0, fixable: 0, fixed: 0 };
  for (const file of files) {
    summary.fixed += file.fixed;
    for (const d of file.diagnostics) {
      if (d.severity === "error") summary.errors++;
      else if (d.severity === "warning") summary.warnings++;
      else summary.infos++;
      if (certainFix(d)) summary.fixable++;
    }
  }
  return summary;
}
function certainFix(d) {
  return d.fixes?.find((f) => f.certain);
}
function position(d) {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1
  };
}
function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}
var init_report = __esm({
  "packages/cli/src/report.ts"() {
    "use strict";
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap23 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar29 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq20 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar29(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap23;
    exports.isNode = isNode;
    exports.isPair = isPair5;
    exports.isScalar = isScalar29;
    exports.isSeq = isSeq20;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format7, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format7 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep5, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep5) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep5 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep5, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep5 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep5 + cb;
              sep5 = "";
              break;
            }
            case "newline":
              if (comment)
                sep5 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap23 = fc.start.source === "{";
      const fcName = isMap23 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap23 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep5, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep5 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap23 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap23 && !sep5 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep5, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep5 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap23 && !props.found && ctx.options.strict) {
              if (sep5)
                for (const st of sep5) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep5, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap23) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap23 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep5 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep5 === " ")
            sep5 = "\n";
          else if (!prevMoreIndented && sep5 === "\n")
            sep5 = "\n\n";
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep5 === "\n")
            value += "\n";
          else
            sep5 = "\n";
        } else {
          value += sep5 + content;
          sep5 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep5 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep5 === "\n")
            res += sep5;
          else
            sep5 = "\n";
        } else {
          res += sep5 + lm;
          sep5 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep5 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep5, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep5)
        for (const st of sep5)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar29 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar29;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep5;
          if (scalar.end) {
            sep5 = scalar.end;
            sep5.push(this.sourceToken);
            delete scalar.end;
          } else
            sep5 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep5 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep5 = it.sep;
                  sep5.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep5 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep5 = fc.end.splice(1, fc.end.length);
            sep5.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep5 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// packages/core/src/catalog/catalog.ts
var Catalog;
var init_catalog = __esm({
  "packages/core/src/catalog/catalog.ts"() {
    "use strict";
    Catalog = class {
      constructor(resources, language) {
        this.resources = resources;
        this.language = language;
        this.versions = [...language.versions].sort((a, b) => a.version < b.version ? -1 : a.version > b.version ? 1 : 0);
        const names = /* @__PURE__ */ new Set();
        for (const spec of this.versions) {
          this.byName.set(spec.version, spec);
          for (const alias of spec.aliases) this.byName.set(alias, spec);
          for (const fn of Object.keys(spec.functions)) names.add(fn);
          for (const fn of spec.condition_functions) names.add(fn);
        }
        this.allFunctionNames = names;
        this.customConstraints = new Set(language.custom_constraints);
      }
      resources;
      language;
      versions;
      byName = /* @__PURE__ */ new Map();
      /** Every function name any HOT version knows, for telling a misspelling from a plain key. */
      allFunctionNames;
      customConstraints;
      get heatVersion() {
        return this.resources.heat_version;
      }
      /** The spec for a `heat_template_version` value: a date or a release alias. */
      version(value) {
        return this.byName.get(value);
      }
      versionNames() {
        return [...this.byName.keys()];
      }
      resourceType(name) {
        return Object.prototype.hasOwnProperty.call(this.resources.resource_types, name) ? this.resources.resource_types[name] : void 0;
      }
      resourceTypeNames() {
        return Object.keys(this.resources.resource_types);
      }
      /**
       * The catalog type a type name stands for: the name itself when the catalog has it,
       * otherwise its target through Heat's default-environment aliases (exact names first,
       * then globs such as "OS::Quantum*" -> "OS::Neutron*", as Heat's registry does).
       * Undefined when neither leads to a catalog type.
       */
      resolveTypeName(name) {
        let current = name;
        for (let hop = 0; hop < 8; hop++) {
          if (this.resourceType(current)) return current;
          const next = this.aliasTarget(current);
          if (next === void 0 || next === current) return void 0;
          current = next;
        }
        return void 0;
      }
      /** The schema of a type name, following aliases (see resolveTypeName). */
      resolveResourceType(name) {
        const resolved = this.resolveTypeName(name);
        return resolved === void 0 ? void 0 : this.resourceType(resolved);
      }
      aliasTarget(name) {
        const aliases = this.resources.type_aliases ?? {};
        if (Object.prototype.hasOwnProperty.call(aliases, name) && !name.endsWith("*")) return aliases[name];
        for (const [pattern, target] of Object.entries(aliases)) {
          if (!pattern.endsWith("*")) continue;
          const prefix = pattern.slice(0, -1);
          if (name === target || !name.startsWith(prefix)) continue;
          return target.endsWith("*") ? target.slice(0, -1) + name.slice(prefix.length) : target;
        }
        return void 0;
      }
      functionStatus(version, name) {
        return Object.prototype.hasOwnProperty.call(version.functions, name) ? version.functions[name] : void 0;
      }
      /** The first version in which a function is supported, for "needs version X" messages. */
      firstVersionWith(name) {
        return this.versions.find((spec) => spec.functions[name] === "supported");
      }
    };
  }
});

// packages/core/src/catalog/load-catalog.ts
import { readFileSync } from "node:fs";
import { join as join2, resolve as resolve4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function catalogDataDir() {
  const relative7 = true ? "../../core/data/" : "../../data/";
  return fileURLToPath2(new URL(relative7, import.meta.url));
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CatalogLoadError(file, error);
  }
}
function loadCatalog(options = {}) {
  const version = options.heatVersion ?? DEFAULT_HEAT_VERSION;
  const dir = resolve4(options.dataDir ?? catalogDataDir());
  const key = `${dir}\0${version}`;
  let catalog = loaded.get(key);
  if (!catalog) {
    const resources = readJson(join2(dir, `heat-catalog-${version}.json`));
    const language = readJson(join2(dir, `heat-language-${version}.json`));
    catalog = new Catalog(resources, language);
    loaded.set(key, catalog);
  }
  return catalog;
}
var DEFAULT_HEAT_VERSION, CatalogLoadError, loaded;
var init_load_catalog = __esm({
  "packages/core/src/catalog/load-catalog.ts"() {
    "use strict";
    init_catalog();
    DEFAULT_HEAT_VERSION = "19.0.0";
    CatalogLoadError = class extends Error {
      constructor(file, cause) {
        super(
          `Cannot read the Heat catalog file ${file} (${cause.message ?? String(cause)}). It ships inside @hot-lint/core: reinstall the package, or name an available Heat release in the configuration.`
        );
        this.file = file;
        this.name = "CatalogLoadError";
      }
      file;
    };
    loaded = /* @__PURE__ */ new Map();
  }
});

// packages/core/src/model/nodes.ts
var nodes_exports = {};
__export(nodes_exports, {
  asMap: () => asMap,
  asScalar: () => asScalar,
  asSeq: () => asSeq,
  describeNode: () => describeNode,
  entries: () => entries,
  field: () => field,
  keyName: () => keyName,
  resolve: () => resolve5,
  scalarString: () => scalarString,
  toValue: () => toValue
});
function resolve5(node, doc) {
  if ((0, import_yaml.isAlias)(node)) return doc ? node.resolve(doc) ?? null : null;
  return node ?? null;
}
function asMap(node, doc) {
  const target = resolve5(node, doc);
  return (0, import_yaml.isMap)(target) ? target : null;
}
function asSeq(node, doc) {
  const target = resolve5(node, doc);
  return (0, import_yaml.isSeq)(target) ? target : null;
}
function asScalar(node, doc) {
  const target = resolve5(node, doc);
  return (0, import_yaml.isScalar)(target) ? target : null;
}
function keyName(pair) {
  return (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : null;
}
function field(map, name) {
  if (!map) return void 0;
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if ((0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === name) return pair;
  }
  return void 0;
}
function entries(map) {
  if (!map) return [];
  const last = /* @__PURE__ */ new Map();
  for (const pair of map.items) {
    if ((0, import_yaml.isScalar)(pair.key)) last.set(String(pair.key.value), pair);
  }
  return [...last.values()].sort((a, b) => (a.key.range?.[0] ?? 0) - (b.key.range?.[0] ?? 0));
}
function scalarString(node, doc) {
  const scalar = asScalar(node, doc);
  if (!scalar || scalar.value === null || scalar.value === void 0) return null;
  const v = scalar.value;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : null;
}
function toValue(node, doc) {
  const target = resolve5(node, doc);
  if (!target) return null;
  if ((0, import_yaml.isScalar)(target)) return target.value;
  if ((0, import_yaml.isSeq)(target)) return target.items.map((item) => toValue(item, doc));
  if ((0, import_yaml.isMap)(target)) {
    const out = {};
    for (const pair of target.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : JSON.stringify(toValue(pair.key, doc));
      out[key] = toValue(pair.value, doc);
    }
    return out;
  }
  return null;
}
function describeNode(node, doc) {
  const target = resolve5(node, doc);
  if (!target) return "nothing (null)";
  if ((0, import_yaml.isMap)(target)) return "a mapping";
  if ((0, import_yaml.isSeq)(target)) return "a list";
  if ((0, import_yaml.isScalar)(target)) {
    const v = target.value;
    if (v === null || v === void 0) return "nothing (null)";
    if (typeof v === "boolean") return `the boolean ${v}`;
    if (typeof v === "number") return `the number ${v}`;
    return `the string "${String(v).length > 40 ? `${String(v).slice(0, 37)}...` : String(v)}"`;
  }
  return "an unknown value";
}
var import_yaml;
var init_nodes = __esm({
  "packages/core/src/model/nodes.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
  }
});

// packages/core/src/environment/environment.ts
function isTemplateType(type) {
  return TEMPLATE_SUFFIX.test(type);
}
function looksLikeEnvironment(root, doc) {
  const map = asMap(root, doc);
  if (!map || map.items.length === 0) return false;
  return map.items.every((pair) => (0, import_yaml2.isScalar)(pair.key) && ENVIRONMENT_SECTIONS.includes(String(pair.key.value)));
}
function buildEnvironment(path, document) {
  const doc = document.yaml;
  const root = asMap(document.root, doc);
  const sections = new Map(entries(root).map((pair) => [String(pair.key.value), pair]));
  const sectionMap = (name) => new Map(entries(asMap(sections.get(name)?.value, doc)).map((p) => [String(p.key.value), p]));
  const registryPair = sections.get("resource_registry");
  const registryMap = asMap(registryPair?.value, doc);
  const baseUrlNode = registryMap ? entries(registryMap).find((p) => p.key.value === "base_url") : void 0;
  const baseUrl = baseUrlNode && (0, import_yaml2.isScalar)(resolve5(baseUrlNode.value, doc)) ? String(resolve5(baseUrlNode.value, doc).value) : null;
  return {
    path,
    document,
    yaml: doc,
    root,
    sections,
    parameters: sectionMap("parameters"),
    parameterDefaults: sectionMap("parameter_defaults"),
    mergeStrategies: sectionMap("parameter_merge_strategies"),
    registry: registryMap ? readRegistry(registryMap, [], doc) : [],
    baseUrl
  };
}
function readRegistry(map, path, doc) {
  const found = [];
  for (const pair of entries(map)) {
    const name = String(pair.key.value);
    if (path.length === 0 && name === "base_url") continue;
    const value = resolve5(pair.value, doc);
    const here = [...path, name];
    const resourceName = path[0] === "resources" && path.length >= 2 ? path[1] : void 0;
    const entry = (kind, target) => ({
      path: here,
      key: pair.key,
      target,
      valueNode: value,
      kind,
      ...resourceName !== void 0 ? { resourceName } : {}
    });
    if (value === null || (0, import_yaml2.isScalar)(value) && value.value === null) {
      found.push(entry("delete", null));
    } else if (name === "hooks" || name === "restricted_actions") {
      found.push(entry(name, JSON.stringify(toValue(value, doc))));
    } else if ((0, import_yaml2.isMap)(value)) {
      found.push(...readRegistry(value, here, doc));
    } else if ((0, import_yaml2.isScalar)(value) && typeof value.value === "string") {
      const target = value.value;
      const kind = isTemplateType(name) || isTemplateType(target) ? "template" : name.endsWith("*") ? "glob" : "map";
      found.push(entry(kind, target));
    } else {
      found.push(entry("invalid", (0, import_yaml2.isSeq)(value) ? "[list]" : String(value.value)));
    }
  }
  return found;
}
var import_yaml2, ENVIRONMENT_SECTIONS, TEMPLATE_SUFFIX;
var init_environment = __esm({
  "packages/core/src/environment/environment.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_nodes();
    ENVIRONMENT_SECTIONS = [
      "parameters",
      "resource_registry",
      "parameter_defaults",
      "encrypted_param_names",
      "event_sinks",
      "parameter_merge_strategies"
    ];
    TEMPLATE_SUFFIX = /\.(yaml|template)$/;
  }
});

// packages/core/src/environment/registry.ts
var MAX_HOPS, TypeResolver;
var init_registry = __esm({
  "packages/core/src/environment/registry.ts"() {
    "use strict";
    init_environment();
    MAX_HOPS = 32;
    TypeResolver = class {
      constructor(catalog, environments = []) {
        this.catalog = catalog;
        this.environments = environments;
        for (const environment of environments) {
          for (const entry of environment.registry) {
            if (entry.kind === "hooks" || entry.kind === "restricted_actions" || entry.kind === "invalid") continue;
            const type = entry.path[entry.path.length - 1];
            if (entry.resourceName !== void 0) {
              let forResource = this.perResource.get(entry.resourceName);
              if (!forResource) this.perResource.set(entry.resourceName, forResource = /* @__PURE__ */ new Map());
              if (entry.kind === "delete") forResource.delete(type);
              else forResource.set(type, { entry, environment });
            } else if (entry.path.length === 1) {
              if (entry.kind === "delete") {
                const matches = (key) => type.endsWith("*") ? key.startsWith(type.slice(0, -1)) : key === type;
                for (const key of [...this.direct.keys()]) if (matches(key)) this.direct.delete(key);
                for (let i = this.globs.length - 1; i >= 0; i--) if (matches(this.globs[i].entry.path.at(-1))) this.globs.splice(i, 1);
              } else if (entry.kind === "glob") {
                this.globs.unshift({ entry, environment });
              } else {
                this.direct.set(type, { entry, environment });
              }
            }
          }
        }
      }
      catalog;
      environments;
      direct = /* @__PURE__ */ new Map();
      perResource = /* @__PURE__ */ new Map();
      globs = [];
      /** Resolves a type as written in `base` (the template file naming it). */
      resolve(type, base, resourceName) {
        const via = [];
        const seen = [];
        let current = type;
        let currentBase = base;
        for (let hop = 0; hop < MAX_HOPS; hop++) {
          if (seen.includes(current)) return { kind: "cycle", chain: [...seen, current], via };
          seen.push(current);
          if (isTemplateType(current)) return { kind: "template", path: current, base: currentBase, via };
          const layered = this.lookup(current, hop === 0 ? resourceName : void 0);
          if (layered === void 0) {
            const own = this.catalog.resourceType(current);
            const found = own ? { type: current, schema: own } : this.catalogAlias(current);
            if (found) return { kind: "catalog", type: found.type, schema: found.schema, via };
            return { kind: "unknown", type, consulted: this.environments.map((e) => e.path) };
          }
          via.push(layered.entry);
          const target = layered.entry.target;
          if (layered.entry.kind === "template") {
            return { kind: "template", path: target, base: layered.environment.path, via };
          }
          if (layered.entry.kind === "glob") {
            const prefix = layered.entry.path[layered.entry.path.length - 1].slice(0, -1);
            current = target.endsWith("*") ? target.slice(0, -1) + current.slice(prefix.length) : target;
          } else {
            current = target;
          }
          currentBase = layered.environment.path;
        }
        return { kind: "cycle", chain: seen, via };
      }
      /** The user environments' entry for a type, if any. */
      lookup(type, resourceName) {
        if (resourceName !== void 0) {
          const forResource = this.perResource.get(resourceName);
          if (forResource?.has(type)) return forResource.get(type);
        }
        if (this.direct.has(type)) return this.direct.get(type);
        for (const glob2 of this.globs) {
          const pattern = glob2.entry.path[glob2.entry.path.length - 1];
          if (type.startsWith(pattern.slice(0, -1))) return glob2;
        }
        return void 0;
      }
      catalogAlias(type) {
        const target = this.catalog.resolveTypeName(type);
        const schema = target === void 0 ? void 0 : this.catalog.resourceType(target);
        return schema && target !== void 0 ? { type: target, schema } : void 0;
      }
      /** Every type name a user could write here: catalog types and this environment's mappings. */
      knownTypes() {
        return [.../* @__PURE__ */ new Set([...this.catalog.resourceTypeNames(), ...this.direct.keys()])];
      }
    };
  }
});

// packages/core/src/model/template.ts
function buildTemplate(document, catalog) {
  const doc = document.yaml;
  const root = asMap(document.root, doc);
  if (!root) return null;
  const sections = new Map(entries(root).map((pair) => [String(pair.key.value), pair]));
  const versionPair = sections.get("heat_template_version");
  const versionValue = versionPair ? scalarString(versionPair.value, doc) : null;
  const version = versionValue === null ? void 0 : catalog.version(versionValue);
  const template = {
    document,
    yaml: doc,
    root,
    versionPair,
    versionValue,
    version,
    sections,
    parameters: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    conditions: /* @__PURE__ */ new Map(),
    calls: [],
    maps: [],
    strings: []
  };
  for (const entry of sectionEntries(sections.get("parameters"), doc)) {
    template.parameters.set(entry.name, { ...entry, type: scalarString(field(entry.definition, "type")?.value, doc) });
  }
  for (const entry of sectionEntries(sections.get("resources"), doc)) {
    template.resources.set(entry.name, resourceModel(entry, doc));
  }
  for (const entry of sectionEntries(sections.get("outputs"), doc)) template.outputs.set(entry.name, entry);
  for (const entry of sectionEntries(sections.get("conditions"), doc)) template.conditions.set(entry.name, entry);
  const walker = new ValueWalker(template, catalog);
  for (const [name, resource] of template.resources) walker.walkEntry("resources", name, resource.value);
  for (const [name, output] of template.outputs) walker.walkEntry("outputs", name, output.value);
  for (const [name, condition] of template.conditions) walker.walkEntry("conditions", name, condition.value, true);
  return template;
}
function sectionEntries(pair, doc) {
  const map = asMap(pair?.value, doc);
  return entries(map).map((p) => {
    const value = resolve5(p.value, doc);
    return { name: String(p.key.value), key: p.key, value, definition: (0, import_yaml3.isMap)(value) ? value : null, pair: p };
  });
}
function resourceModel(entry, doc) {
  const typePair = field(entry.definition, "type");
  const typeNode = asScalar(typePair?.value, doc);
  const type = typeNode && typeof typeNode.value === "string" ? typeNode.value : null;
  const dependsOnNode = resolve5(field(entry.definition, "depends_on")?.value, doc);
  const dependsOn = [];
  const addName = (node) => {
    const scalar = asScalar(node, doc);
    if (scalar && scalar.value !== null && typeof scalar.value !== "object") {
      dependsOn.push({ name: String(scalar.value), node: scalar });
    }
  };
  if ((0, import_yaml3.isSeq)(dependsOnNode)) dependsOnNode.items.forEach(addName);
  else addName(dependsOnNode);
  return {
    ...entry,
    type,
    typeNode,
    properties: asMap(field(entry.definition, "properties")?.value, doc),
    dependsOn
  };
}
var import_yaml3, ValueWalker;
var init_template = __esm({
  "packages/core/src/model/template.ts"() {
    "use strict";
    import_yaml3 = __toESM(require_dist(), 1);
    init_nodes();
    ValueWalker = class {
      constructor(template, catalog) {
        this.template = template;
        this.catalog = catalog;
        this.doc = template.yaml;
      }
      template;
      catalog;
      doc;
      walkEntry(section, owner, value, conditionContext = false) {
        this.walk(value, { section, owner, path: [] }, conditionContext);
      }
      walk(raw, where2, conditionContext) {
        const node = resolve5(raw, this.doc);
        if (!node) return;
        if ((0, import_yaml3.isScalar)(node)) {
          if (typeof node.value === "string") this.template.strings.push({ ...where2, node, value: node.value });
          return;
        }
        if ((0, import_yaml3.isSeq)(node)) {
          node.items.forEach((item, index) => this.walk(item, { ...where2, path: [...where2.path, index] }, conditionContext));
          return;
        }
        if (!(0, import_yaml3.isMap)(node)) return;
        this.template.maps.push({ ...where2, map: node, conditionContext });
        if (node.items.length === 1) {
          const pair = node.items[0];
          if ((0, import_yaml3.isScalar)(pair.key) && typeof pair.key.value === "string" && this.catalog.allFunctionNames.has(pair.key.value)) {
            const name = pair.key.value;
            const args = resolve5(pair.value, this.doc);
            this.template.calls.push({ ...where2, name, key: pair.key, args, map: node, conditionContext });
            const inner = { ...where2, path: [...where2.path, name] };
            if (name === "if" && (0, import_yaml3.isSeq)(args)) {
              args.items.forEach((item, i) => this.walk(item, { ...inner, path: [...inner.path, i] }, conditionContext || i === 0));
            } else {
              this.walk(args, inner, conditionContext);
            }
            return;
          }
        }
        for (const pair of node.items) {
          if ((0, import_yaml3.isScalar)(pair.key) && typeof pair.key.value === "string") this.template.strings.push({ ...where2, node: pair.key, value: pair.key.value });
          const key = (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : "?";
          const inCondition = conditionContext || where2.path.length === 0 && where2.section !== "conditions" && key === "condition";
          this.walk(pair.value, { ...where2, path: [...where2.path, key] }, inCondition);
        }
      }
    };
  }
});

// packages/core/src/parse/positions.ts
var PositionMapper;
var init_positions = __esm({
  "packages/core/src/parse/positions.ts"() {
    "use strict";
    PositionMapper = class {
      /**
       * @param text the text the parser read
       * @param shifts spaces inserted at the start of some 0-based lines of the original text
       *   before parsing; positions are reported in the original text.
       */
      constructor(text2, shifts = /* @__PURE__ */ new Map()) {
        this.text = text2;
        this.shifts = shifts;
        this.textLength = text2.length;
        this.lineStarts = [0];
        this.lineEnds = [];
        for (let i = 0; i < text2.length; i++) {
          const c = text2.charCodeAt(i);
          if (c !== 10 && c !== 13) continue;
          this.lineEnds.push(i);
          if (c === 13 && text2.charCodeAt(i + 1) === 10) i++;
          this.lineStarts.push(i + 1);
        }
        this.lineEnds.push(text2.length);
      }
      text;
      shifts;
      textLength;
      /** Offsets where each line starts, computed from the text itself. */
      lineStarts;
      /** Offsets where each line's content ends, before its line break. */
      lineEnds;
      get lineCount() {
        return this.lineStarts.length;
      }
      position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.textLength));
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (this.lineStarts[mid] <= clamped) low = mid;
          else high = mid - 1;
        }
        const shift = this.shifts.get(low) ?? 0;
        const within = Math.min(clamped, this.lineEnds[low]) - this.lineStarts[low];
        return { line: low, character: Math.max(0, within - shift) };
      }
      /** The offset of a position, the inverse of position() (before any shift). */
      offset(position2) {
        const start = this.lineStarts[Math.max(0, Math.min(position2.line, this.lineStarts.length - 1))];
        return Math.min(this.textLength, start + position2.character + (this.shifts.get(position2.line) ?? 0));
      }
      /** A range, with the whitespace and line breaks a node's end offset includes left out. */
      range(start, end) {
        const end0 = Math.max(start, end);
        let last = end0;
        while (last > start && /\s/.test(this.text[last - 1] ?? "")) last--;
        if (last === start) last = end0;
        return { start: this.position(start), end: this.position(last) };
      }
      /** The range of a node's value, without trailing comments or whitespace. */
      nodeRange(node) {
        if (!node) return this.range(0, 0);
        if ("key" in node && "value" in node && !("range" in node && node.range)) {
          return this.nodeRange(node.key ?? node.value);
        }
        const r = node.range;
        if (!r) return this.range(0, 0);
        return this.range(r[0], r[1]);
      }
    };
  }
});

// packages/core/src/parse/parse-document.ts
function parseDocument(input, limits = DEFAULT_PARSE_LIMITS) {
  const text2 = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const format7 = /^\s*\{/.test(text2) ? "json" : "yaml";
  const problems = [];
  const fail = (message, at = 0) => {
    const positions2 = new PositionMapper(text2);
    problems.push(problem(message, positions2.range(at, at + 1)));
    return { text: text2, format: format7, positions: positions2, root: null, yaml: null, problems };
  };
  if (text2.length > limits.maxSize) {
    return fail(
      `The file is ${text2.length} characters long, over the limit of ${limits.maxSize}; it was not parsed.`
    );
  }
  const binaryAt = findBinary(text2);
  if (binaryAt >= 0) {
    return fail(`This is not a text file (it has a ${describeChar(text2, binaryAt)} at offset ${binaryAt}).`);
  }
  const deepAt = flowDepthExceeded(text2, limits.maxDepth);
  if (deepAt >= 0) {
    return fail(`Collections are nested deeper than ${limits.maxDepth} levels; the document was not read further.`, deepAt);
  }
  let parsed;
  try {
    parsed = parseTolerant(text2);
  } catch (error) {
    return fail(`The YAML parser failed: ${error.message}`);
  }
  const { doc } = parsed;
  const positions = new PositionMapper(parsed.source, parsed.shifts);
  let overflowReported = false;
  for (const error of doc.errors) {
    if (/Maximum call stack size exceeded/.test(error.message)) {
      if (overflowReported) continue;
      overflowReported = true;
      problems.push(problem("Collections are nested too deeply to read; the document was not read further.", positions.range(error.pos[0], error.pos[1])));
      continue;
    }
    problems.push(problem(yamlMessage(error.code, error.message), positions.range(error.pos[0], error.pos[1])));
  }
  if (problems.length > 0) {
    return { text: text2, format: format7, positions, root: null, yaml: doc, problems };
  }
  const root = doc.contents;
  const shape = measure(root, doc, limits);
  if (shape.expanded > limits.maxExpandedNodes) {
    problems.push(
      problem(
        `Aliases expand this document to more than ${limits.maxExpandedNodes} nodes; it was not read further.`,
        positions.nodeRange(shape.firstAlias ?? root)
      )
    );
    return { text: text2, format: format7, positions, root: null, yaml: doc, problems };
  }
  if (shape.recursive) {
    const name = shape.recursive.source ?? "";
    problems.push(
      problem(`The alias *${name} refers to a node that contains it; a template cannot be recursive.`, positions.nodeRange(shape.recursive))
    );
    return { text: text2, format: format7, positions, root: null, yaml: doc, problems };
  }
  if (shape.tooDeep) {
    problems.push(
      problem(`Collections are nested deeper than ${limits.maxDepth} levels; the document was not read further.`, positions.nodeRange(shape.tooDeep))
    );
    return { text: text2, format: format7, positions, root: null, yaml: doc, problems };
  }
  problems.push(...duplicateKeys(root, positions));
  return { text: text2, format: format7, positions, root, yaml: doc, problems };
}
function parseTolerant(text2) {
  let source = text2;
  const shifts = /* @__PURE__ */ new Map();
  for (let attempt = 0; ; attempt++) {
    const doc = (0, import_yaml4.parseDocument)(source, YAML_OPTIONS);
    const flowError = doc.errors.find((e) => e.code === "BAD_INDENT" && FLOW_INDENT.test(e.message));
    if (!flowError || attempt >= 200) return { doc, source, shifts };
    const patched = indentFlowLine(source, flowError.pos[0], shifts);
    if (patched === null) return { doc, source, shifts };
    source = patched;
  }
}
function indentFlowLine(source, offset, shifts) {
  const parts = source.split(/(\r\n|\r|\n)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const breaks = parts.filter((_, i) => i % 2 === 1);
  let line = lines.length - 1;
  for (let at = 0, i = 0; i < lines.length; i++) {
    const next = at + lines[i].length + (breaks[i]?.length ?? 0);
    if (offset < next) {
      line = i;
      break;
    }
    at = next;
  }
  const indentOf = (l) => l.length - l.trimStart().length;
  const current = indentOf(lines[line]);
  let opener = line - 1;
  for (let balance = 0; opener >= 0; opener--) {
    for (const c of lines[opener]) {
      if (c === "{" || c === "[") balance++;
      else if (c === "}" || c === "]") balance--;
    }
    if (balance > 0) break;
  }
  if (opener < 0) return null;
  const add = indentOf(lines[opener]) + 1 - current;
  if (add <= 0) return null;
  lines[line] = " ".repeat(add) + lines[line];
  shifts.set(line, (shifts.get(line) ?? 0) + add);
  return lines.map((text2, i) => text2 + (breaks[i] ?? "")).join("");
}
function problem(message, range, severity = "error") {
  return { ruleId: PARSE_RULE_ID, severity, message, range };
}
function yamlMessage(code, message) {
  const first = message.split("\n")[0] ?? message;
  const cleaned = first.replace(/ at line \d+, column \d+:?$/, "").replace(/[.:]?$/, ".");
  if (code === "MULTIPLE_DOCS") return 'A template is one YAML document; this file has more than one (a second "---").';
  return `YAML syntax error: ${cleaned}`;
}
function flowDepthExceeded(text2, maxDepth) {
  let depth = 0;
  let quote2 = "";
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (quote2) {
      if (c === "\\" && quote2 === '"') i++;
      else if (c === quote2) quote2 = "";
      else if (c === "\n" && depth === 0) quote2 = "";
    } else if (c === '"' || c === "'") {
      if (depth > 0 || /[\s:\[{,-]/.test(text2[i - 1] ?? " ")) quote2 = c;
    } else if (c === "#" && /\s/.test(text2[i - 1] ?? " ")) {
      const end = text2.indexOf("\n", i);
      i = end === -1 ? text2.length : end - 1;
    } else if (c === "[" || c === "{") {
      if (++depth > maxDepth) return i;
    } else if ((c === "]" || c === "}") && depth > 0) {
      depth--;
    }
  }
  return -1;
}
function findBinary(text2) {
  const limit = Math.min(text2.length, 8192);
  for (let i = 0; i < limit; i++) {
    const c = text2.charCodeAt(i);
    if (c === 0 || c === 65533 || c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) return i;
  }
  const nul = text2.indexOf("\0", limit);
  return nul;
}
function describeChar(text2, at) {
  const c = text2.charCodeAt(at);
  if (c === 0) return "NUL byte";
  if (c === 65533) return "byte that is not UTF-8";
  return `control character U+${c.toString(16).padStart(4, "0").toUpperCase()}`;
}
function measure(root, doc, limits) {
  const sizes = /* @__PURE__ */ new Map();
  const shape = { expanded: 0, tooDeep: null, firstAlias: null, recursive: null };
  const open = /* @__PURE__ */ new Set();
  const sizeOf = (node, depth) => {
    if (shape.tooDeep || shape.recursive) return 0;
    if (depth > limits.maxDepth) {
      shape.tooDeep = node;
      return 0;
    }
    if ((0, import_yaml4.isAlias)(node)) {
      shape.firstAlias ??= node;
      const target = node.resolve(doc);
      if (!target) return 1;
      if (open.has(target)) {
        shape.recursive = node;
        return 0;
      }
      const known = sizes.get(target);
      if (known !== void 0) return known;
      const size2 = sizeOf(target, depth + 1);
      sizes.set(target, size2);
      return size2;
    }
    let size = 1;
    if ((0, import_yaml4.isMap)(node) || (0, import_yaml4.isSeq)(node)) {
      open.add(node);
      for (const item of node.items) {
        if ((0, import_yaml4.isPair)(item)) size += sizeOf(item.key, depth + 1) + sizeOf(item.value, depth + 1);
        else size += sizeOf(item, depth + 1);
        if (size > limits.maxExpandedNodes) break;
      }
      open.delete(node);
    }
    return size;
  };
  shape.expanded = sizeOf(root, 0);
  return shape;
}
function duplicateKeys(root, positions) {
  const found = [];
  const visit2 = (node) => {
    if ((0, import_yaml4.isMap)(node)) {
      checkMap(node, positions, found);
      for (const pair of node.items) visit2(pair.value);
    } else if ((0, import_yaml4.isSeq)(node)) {
      for (const item of node.items) visit2(item);
    }
  };
  visit2(root);
  return found;
}
function checkMap(map, positions, found) {
  if (map.items.length < 2) return;
  const seen = /* @__PURE__ */ new Map();
  for (const pair of map.items) {
    if (!(0, import_yaml4.isScalar)(pair.key)) continue;
    const name = String(pair.key.value);
    const earlier = seen.get(name);
    if (earlier) {
      const line = positions.nodeRange(earlier).start.line + 1;
      found.push({
        ruleId: "duplicate-key",
        severity: "warning",
        message: `Duplicate key "${name}": Heat keeps only this last one and ignores the one on line ${line}.`,
        range: positions.nodeRange(pair.key)
      });
    }
    seen.set(name, pair.key);
  }
}
var import_yaml4, PARSE_RULE_ID, DEFAULT_PARSE_LIMITS, pyYamlBool, YAML_OPTIONS, FLOW_INDENT;
var init_parse_document = __esm({
  "packages/core/src/parse/parse-document.ts"() {
    "use strict";
    import_yaml4 = __toESM(require_dist(), 1);
    init_positions();
    PARSE_RULE_ID = "yaml-syntax";
    DEFAULT_PARSE_LIMITS = {
      maxSize: 10 * 1024 * 1024,
      maxExpandedNodes: 1e6,
      maxDepth: 200
    };
    pyYamlBool = (value, test) => ({
      identify: (v) => v === value,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test,
      resolve: () => value
    });
    YAML_OPTIONS = {
      version: "1.1",
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      customTags: (tags) => [
        pyYamlBool(true, /^(?:[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/),
        pyYamlBool(false, /^(?:[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/),
        ...tags.filter(
          (tag) => tag !== "timestamp" && (typeof tag === "string" || tag.tag !== "tag:yaml.org,2002:timestamp" && tag.tag !== "tag:yaml.org,2002:bool")
        )
      ]
    };
    FLOW_INDENT = /^Flow (map|sequence) in block collection must be sufficiently indented/;
  }
});

// packages/core/src/rules/parameters/python-values.ts
function pyValue(raw, doc) {
  const node = resolve5(raw, doc);
  if (!node) return { kind: "none" };
  if ((0, import_yaml5.isSeq)(node)) return { kind: "list", items: node.items.map((item) => pyValue(item, doc)) };
  if ((0, import_yaml5.isMap)(node)) {
    const entries2 = /* @__PURE__ */ new Map();
    for (const pair of node.items) {
      const key = resolve5(pair.key, doc);
      const name = (0, import_yaml5.isScalar)(key) ? String(key.value) : JSON.stringify(key);
      entries2.delete(name);
      entries2.set(name, pyValue(pair.value, doc));
    }
    return { kind: "dict", entries: entries2 };
  }
  if (!(0, import_yaml5.isScalar)(node)) return { kind: "none" };
  const v = node.value;
  if (v === null || v === void 0) return { kind: "none" };
  if (typeof v === "boolean") return { kind: "bool", value: v };
  if (typeof v === "number") {
    const source = node.source;
    if (typeof source !== "string") return Number.isInteger(v) ? { kind: "int", value: v } : { kind: "float", value: v };
    if (PYYAML_INT.test(source)) return { kind: "int", value: v };
    if (PYYAML_FLOAT.test(source)) return { kind: "float", value: v };
    return { kind: "str", value: source };
  }
  if (typeof v === "bigint") return { kind: "int", value: Number(v) };
  return { kind: "str", value: String(v) };
}
function strToNum(value) {
  switch (value.kind) {
    case "int":
      return { value: value.value, isInt: true };
    case "bool":
      return { value: value.value ? 1 : 0, isInt: true };
    case "float":
      return { value: value.value, isInt: false };
    case "str": {
      const text2 = value.value.trim();
      if (INT.test(text2)) return { value: Number(text2.replace(/_/g, "")), isInt: true };
      if (FLOAT.test(text2)) return { value: Number(text2.replace(/_/g, "")), isInt: false };
      if (SPECIAL.test(text2)) {
        const negative = text2.startsWith("-");
        return { value: /nan/i.test(text2) ? Number.NaN : negative ? -Infinity : Infinity, isInt: false };
      }
      return null;
    }
    default:
      return null;
  }
}
function boolFromString(value) {
  if (value.kind === "bool") return value.value;
  const text2 = pyStr(value);
  if (text2 === void 0) return void 0;
  const lowered = text2.trim().toLowerCase();
  if (TRUE_STRINGS.includes(lowered)) return true;
  if (FALSE_STRINGS.includes(lowered)) return false;
  return null;
}
function pyStr(value) {
  switch (value.kind) {
    case "none":
      return "None";
    case "bool":
      return value.value ? "True" : "False";
    case "int":
      return Number.isSafeInteger(value.value) ? String(value.value) : void 0;
    case "float": {
      const v = value.value;
      if (Number.isNaN(v)) return "nan";
      if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
      const abs = Math.abs(v);
      if (v !== 0 && (abs < 1e-4 || abs >= 1e16)) return void 0;
      return Number.isInteger(v) ? `${v}.0` : String(v);
    }
    case "str":
      return value.value;
    default:
      return void 0;
  }
}
function pyEquals(a, b) {
  const numeric = (v) => v.kind === "int" || v.kind === "float" || v.kind === "bool" ? strToNum(v).value : null;
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== null || nb !== null) return na !== null && nb !== null ? na === nb : false;
  if (a.kind === "str" && b.kind === "str") return a.value === b.value;
  if (a.kind === "none" || b.kind === "none") return a.kind === b.kind;
  if (a.kind === "list" && b.kind === "list") {
    if (a.items.length !== b.items.length) return false;
    let all = true;
    for (let i = 0; i < a.items.length; i++) {
      const same = pyEquals(a.items[i], b.items[i]);
      if (same === false) return false;
      if (same === void 0) all = void 0;
    }
    return all;
  }
  if (a.kind !== b.kind) return false;
  return void 0;
}
function pyMod(a, b) {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}
function pyLen(value) {
  if (value.kind === "str") return [...value.value].length;
  if (value.kind === "list") return value.items.length;
  if (value.kind === "dict") return value.entries.size;
  return null;
}
function showValue(value) {
  switch (value.kind) {
    case "str":
      return JSON.stringify(value.value.length > 60 ? `${value.value.slice(0, 57)}...` : value.value);
    case "list":
      return `[${value.items.map(showValue).join(", ")}]`;
    case "dict":
      return "a mapping";
    case "none":
      return "null";
    default:
      return String(value.value);
  }
}
function pythonMatcher(pattern, value) {
  if (/[\n\r\u2028\u2029]/.test(value) || /[^\x00-\x7f]/.test(value) || /[^\x00-\x7f]/.test(pattern)) return void 0;
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === void 0) return void 0;
      if (/[A-Za-z]/.test(next)) {
        if (next === "A" && !inClass) out += "^";
        else if (next === "Z" && !inClass) out += "$(?![\\s\\S])";
        else if ("dDwWsSbBnrtfv".includes(next)) out += `\\${next}`;
        else return void 0;
      } else if (/[0-9]/.test(next)) {
        return void 0;
      } else {
        out += `\\${next}`;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      else if (c === "[") return void 0;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (pattern[i + 1] === "^") out += pattern[++i];
      if (pattern[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (c === "(" && pattern[i + 1] === "?") {
      const rest = pattern.slice(i + 2);
      if (rest.startsWith("P<")) {
        out += "(?<";
        i += 3;
        continue;
      }
      if (/^(?::|=|!|<=|<!)/.test(rest)) {
        out += c;
        continue;
      }
      return void 0;
    }
    if (c === "{" && /^\{,/.test(pattern.slice(i))) return void 0;
    if (c === "$") {
      out += "$";
      continue;
    }
    out += c;
  }
  if (inClass) return void 0;
  let regex;
  try {
    regex = new RegExp(`^(?:${out})`);
  } catch {
    return void 0;
  }
  return (text2) => {
    const match = regex.exec(text2);
    return match ? match[0].length : null;
  };
}
var import_yaml5, PYYAML_INT, PYYAML_FLOAT, INT, FLOAT, SPECIAL, TRUE_STRINGS, FALSE_STRINGS, BOOLEAN_SPELLINGS;
var init_python_values = __esm({
  "packages/core/src/rules/parameters/python-values.ts"() {
    "use strict";
    import_yaml5 = __toESM(require_dist(), 1);
    init_nodes();
    PYYAML_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
    PYYAML_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
    INT = /^[+-]?\d+(?:_\d+)*$/;
    FLOAT = /^[+-]?(?:(?:\d+(?:_\d+)*)?\.\d+(?:_\d+)*|\d+(?:_\d+)*\.?)(?:[eE][+-]?\d+(?:_\d+)*)?$/;
    SPECIAL = /^[+-]?(?:inf|infinity|nan)$/i;
    TRUE_STRINGS = ["1", "t", "true", "on", "y", "yes"];
    FALSE_STRINGS = ["0", "f", "false", "off", "n", "no"];
    BOOLEAN_SPELLINGS = [...TRUE_STRINGS, ...FALSE_STRINGS];
  }
});

// packages/core/src/environment/merge.ts
function truthy(value) {
  if (value === void 0) return false;
  switch (value.kind) {
    case "none":
      return false;
    case "bool":
      return value.value;
    case "int":
    case "float":
      return value.value !== 0;
    case "str":
      return value.value !== "";
    case "list":
      return value.items.length > 0;
    case "dict":
      return value.entries.size > 0;
  }
}
function pyType(value) {
  if (value === void 0) return "nothing";
  return { none: "NoneType", bool: "bool", int: "int", float: "float", str: "str", list: "list", dict: "dict" }[value.kind];
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function failCombine(old, added) {
  throw new MergeFailure("type-error", `Python cannot combine ${article(pyType(old))} with ${article(pyType(added))}`);
}
function mergeList(old, added) {
  if (!truthy(old)) return added;
  if (added.kind === "list") {
    if (old.kind !== "list") failCombine(old, added);
    old.items.push(...added.items);
    return old;
  }
  if (old.kind !== "str" || added.kind !== "str") failCombine(old, added);
  return { kind: "str", value: `${old.value},${added.value}` };
}
function mergeMap(old, added, deep) {
  if (!truthy(old)) return added;
  if (added.kind !== "dict") failCombine(old, added);
  for (const [key, value] of added.entries) {
    if (value.kind === "none") continue;
    if (old.kind !== "dict") failCombine(old, added);
    const target = old.entries;
    if (!deep) {
      target.set(key, value);
    } else if (value.kind === "dict") {
      const oldValue = target.get(key);
      target.set(key, truthy(oldValue) ? mergeMap(oldValue, value, deep) : value);
    } else if (value.kind === "list") {
      const oldValue = target.get(key);
      target.set(key, truthy(oldValue) ? mergeList(oldValue, value) : value);
    } else if (value.kind === "str") {
      const oldValue = target.get(key) ?? { kind: "str", value: "" };
      if (oldValue.kind !== "str") failCombine(oldValue, value);
      target.set(key, { kind: "str", value: oldValue.value + value.value });
    } else {
      target.set(key, value);
    }
  }
  return old;
}
function clone(value) {
  if (value.kind === "list") return { kind: "list", items: value.items.map(clone) };
  if (value.kind === "dict") return { kind: "dict", entries: new Map([...value.entries].map(([k, v]) => [k, clone(v)])) };
  return value;
}
function parseParam(value, type) {
  if (type === "json") {
    if (value.kind !== "str") return clone(value);
    if (value.value === "") return value;
    try {
      return fromJson(JSON.parse(value.value));
    } catch {
      throw new MergeFailure("invalid-value", "it is a string that is not valid JSON");
    }
  }
  if (value.kind !== "str" && value.kind !== "list") throw new MergeFailure("invalid-value", `only a string or a list can be merged, not ${article(pyType(value))}`);
  return value;
}
function fromJson(value) {
  if (value === null) return { kind: "none" };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (typeof value === "number") return Number.isInteger(value) ? { kind: "int", value } : { kind: "float", value };
  if (typeof value === "string") return { kind: "str", value };
  if (Array.isArray(value)) return { kind: "list", items: value.map(fromJson) };
  return { kind: "dict", entries: new Map(Object.entries(value).map(([k, v]) => [k, fromJson(v)])) };
}
function paramMerge(old, added, type, name, deep) {
  if (type === "boolean") {
    throw new MergeFailure("invalid-strategy", `Invalid merge strategy 'merge' for parameter '${name}'.`);
  }
  const value = parseParam(added, type);
  switch (type) {
    case "json":
      return mergeMap(old ?? { kind: "dict", entries: /* @__PURE__ */ new Map() }, value, deep);
    case "comma_delimited_list":
      return mergeList(old, value);
    case "string": {
      const before = old ?? { kind: "str", value: "" };
      if (before.kind !== "str" || value.kind !== "str") failCombine(before, value);
      return { kind: "str", value: before.value + value.value };
    }
    case "number": {
      const before = old ?? { kind: "int", value: 0 };
      if (before.kind === "str" && value.kind === "str") return { kind: "str", value: before.value + value.value };
      if (before.kind === "list" && value.kind === "list") return { kind: "list", items: [...before.items, ...value.items] };
      return failCombine(before, value);
    }
    default:
      throw new MergeFailure("invalid-strategy", `Invalid merge strategy 'merge' for parameter '${name}'.`);
  }
}
function strategyText(node, doc) {
  const value = pyValue(node, doc);
  if (value.kind === "none") return "None";
  if (value.kind === "str") return value.value;
  if (value.kind === "bool") return value.value ? "True" : "False";
  if (value.kind === "int" || value.kind === "float") return String(value.value);
  return JSON.stringify(value);
}
function fileName(path) {
  return path.split(/[\\/]/).pop() ?? path;
}
function mergeEnvironments(environments, schemata) {
  const result = {
    parameters: /* @__PURE__ */ new Map(),
    parameterDefaults: /* @__PURE__ */ new Map(),
    strategies: /* @__PURE__ */ new Map(),
    problems: []
  };
  for (const environment of environments) {
    const doc = environment.yaml;
    const inFile = /* @__PURE__ */ new Map();
    for (const [name, pair] of environment.mergeStrategies) {
      const node = resolve5(pair.value, doc);
      inFile.set(name, { text: strategyText(node, doc), node, pair });
    }
    const envDefault = inFile.get("default")?.text ?? "overwrite";
    const reported = /* @__PURE__ */ new Set();
    for (const [sectionName, sectionPair] of environment.sections) {
      if (sectionName !== "parameters" && sectionName !== "parameter_defaults") continue;
      const section = sectionName === "parameters" ? environment.parameters : environment.parameterDefaults;
      if (!(0, import_yaml6.isMap)(resolve5(sectionPair.value, doc)) || section.size === 0) continue;
      const values = new Map([...section].map(([name, pair]) => [name, { pair, value: pyValue(pair.value, doc) }]));
      let conflicted = false;
      for (const [name, { value }] of values) {
        if (!schemata.has(name) || value.kind === "none") continue;
        const explicit = inFile.get(name);
        const available = result.strategies.get(name);
        const chosen = explicit?.text ?? available?.strategy ?? envDefault;
        const strategy = MERGE_STRATEGIES.includes(chosen) ? chosen : envDefault;
        if (!available) {
          result.strategies.set(name, { strategy, environment });
        } else if (strategy !== available.strategy) {
          conflicted = true;
          if (reported.has(name)) continue;
          reported.add(name);
          const where2 = available.environment === environment ? "this file" : `'${fileName(available.environment.path)}'`;
          result.problems.push({
            kind: "conflict",
            environment,
            node: explicit?.node ?? explicit?.pair ?? null,
            param: name,
            message: `Conflicting merge strategy '${strategy}' for parameter '${name}' in file '${fileName(environment.path)}'; ${where2} gave it '${available.strategy}' first.`
          });
        }
      }
      if (conflicted) continue;
      const merged = sectionName === "parameters" ? result.parameters : result.parameterDefaults;
      if (merged.size === 0) {
        for (const [name, { pair, value }] of values) merged.set(name, { value, sources: [{ environment, pair }] });
        continue;
      }
      for (const [name, { pair, value }] of values) {
        const type = schemata.get(name);
        if (type === void 0 || value.kind === "none") continue;
        const strategy = result.strategies.get(name).strategy;
        const before = merged.get(name);
        const source = { environment, pair };
        if (strategy !== "merge" && strategy !== "deep_merge") {
          merged.set(name, { value, sources: [source] });
          continue;
        }
        try {
          const combined = paramMerge(before?.value, value, type, name, strategy === "deep_merge");
          merged.set(name, { value: combined, sources: [...before?.sources ?? [], source] });
        } catch (error) {
          if (!(error instanceof MergeFailure)) throw error;
          const node = resolve5(pair.value, doc) ?? pair;
          const message = error.kind === "invalid-strategy" ? `${error.message} Heat cannot ${strategy} ${type} parameters; use overwrite.` : `The value of ${type} parameter "${name}" cannot be merged (strategy ${strategy}): ${error.message}. Heat rejects the environments.`;
          result.problems.push({ kind: error.kind, environment, node, param: name, message });
        }
      }
    }
  }
  return result;
}
function parameterSchemata(parameters, knownTypes) {
  const schemata = /* @__PURE__ */ new Map();
  for (const [name, param] of parameters) if (param.type && knownTypes.includes(param.type)) schemata.set(name, param.type);
  return schemata;
}
var import_yaml6, MERGE_STRATEGIES, MergeFailure;
var init_merge = __esm({
  "packages/core/src/environment/merge.ts"() {
    "use strict";
    import_yaml6 = __toESM(require_dist(), 1);
    init_nodes();
    init_python_values();
    MERGE_STRATEGIES = ["overwrite", "merge", "deep_merge"];
    MergeFailure = class extends Error {
      constructor(kind, message) {
        super(message);
        this.kind = kind;
      }
      kind;
    };
  }
});

// packages/core/src/rules/rule.ts
function defineRule(rule) {
  return rule;
}
var init_rule = __esm({
  "packages/core/src/rules/rule.ts"() {
    "use strict";
  }
});

// packages/core/src/rules/environment/environment-merge-conflict.ts
var environment_merge_conflict_default;
var init_environment_merge_conflict = __esm({
  "packages/core/src/rules/environment/environment-merge-conflict.ts"() {
    "use strict";
    init_merge();
    init_rule();
    environment_merge_conflict_default = defineRule({
      meta: {
        id: "environment-merge-conflict",
        area: "environment",
        description: "Environments must not give a parameter different merge strategies, nor merge values that cannot be combined.",
        severity: "error",
        enabledByDefault: true,
        docs: `Heat merges the environment files in order, and the first file that gives a parameter a
value fixes that parameter's merge strategy (its own entry in \`parameter_merge_strategies\`,
else that file's \`default\`, else overwrite). A later file that names another strategy for
the same parameter makes Heat reject the stack: "Conflicting merge strategy 'overwrite' for
parameter 'x' in file 'b.yaml'."

It also reports values Heat's merge cannot combine: a \`boolean\` parameter with \`merge\` or
\`deep_merge\` ("Invalid merge strategy 'merge' for parameter 'x'."), a number (numbers merge
only as strings, which are concatenated), a json string that is not JSON, or a list merged
into a string or a mapping into a list. Only parameters the template declares are merged.

    # a.yaml
    parameter_merge_strategies:
      ServiceNetMap: merge
    parameter_defaults:
      ServiceNetMap: {a: x}
    # b.yaml (-e a.yaml -e b.yaml)
    parameter_merge_strategies:
      ServiceNetMap: overwrite     # conflicts with a.yaml
    parameter_defaults:
      ServiceNetMap: {b: y}
`
      },
      checkEnvironment({ environment, environments, template, catalog, report: report2 }) {
        if (!template) return;
        const schemata = parameterSchemata(template.parameters, catalog.language.parameter_types);
        const merged = mergeEnvironments(environments.includes(environment) ? environments : [...environments, environment], schemata);
        for (const problem2 of merged.problems) {
          if (problem2.environment === environment) report2(problem2.node, problem2.message);
        }
      }
    });
  }
});

// packages/core/src/util/suggest.ts
function editDistance(a, b, max = Number.MAX_SAFE_INTEGER) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
function closestMatches(name, candidates2, limit = 3) {
  const lower = name.toLowerCase();
  const max = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  const scored = [];
  for (const candidate of candidates2) {
    if (candidate === name) continue;
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) {
      scored.push({ candidate, score: 0 });
      continue;
    }
    const distance = editDistance(lower, candidateLower, max);
    if (distance <= max) scored.push({ candidate, score: distance });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}
function didYouMean(matches) {
  if (matches.length === 0) return "";
  if (matches.length === 1) return ` Did you mean "${matches[0]}"?`;
  return ` Did you mean one of ${matches.map((m) => `"${m}"`).join(", ")}?`;
}
var init_suggest = __esm({
  "packages/core/src/util/suggest.ts"() {
    "use strict";
  }
});

// packages/core/src/rules/environment/environment-merge-strategy.ts
var import_yaml7, STRATEGIES, environment_merge_strategy_default;
var init_environment_merge_strategy = __esm({
  "packages/core/src/rules/environment/environment-merge-strategy.ts"() {
    "use strict";
    import_yaml7 = __toESM(require_dist(), 1);
    init_nodes();
    init_suggest();
    init_rule();
    STRATEGIES = ["overwrite", "merge", "deep_merge"];
    environment_merge_strategy_default = defineRule({
      meta: {
        id: "environment-merge-strategy",
        area: "environment",
        description: "parameter_merge_strategies values must be overwrite, merge or deep_merge.",
        severity: "warning",
        enabledByDefault: true,
        docs: `\`parameter_merge_strategies\` says how a parameter's value from this environment combines
with the same parameter from earlier ones. Heat knows ${STRATEGIES.join(", ")}; any other value
is silently replaced by the file's \`default\` strategy (overwrite), which is rarely what the
author meant.

    parameter_merge_strategies:
      default: overwrite
      ServiceNetMap: deep_merge
      ExtraConfig: deepmerge     # silently overwrite
`
      },
      checkEnvironment({ environment, yaml, report: report2 }) {
        for (const [name, pair] of environment.mergeStrategies) {
          const value = resolve5(pair.value, yaml);
          const text2 = (0, import_yaml7.isScalar)(value) ? String(value.value) : null;
          if (text2 !== null && STRATEGIES.includes(text2)) continue;
          const fallback = name === "default" ? "overwrite" : "the default strategy";
          report2(value ?? pair.key, `Unknown merge strategy "${text2 ?? "?"}" for "${name}"; Heat silently uses ${fallback}. Valid: ${STRATEGIES.join(", ")}.${didYouMean(text2 ? closestMatches(text2, STRATEGIES) : [])}`);
        }
      }
    });
  }
});

// packages/core/src/rules/fixes.ts
function replaceFix(range, newText, title, certain = false) {
  return { title, edits: [{ range, newText }], certain };
}
function suggestionFixes(range, candidates2) {
  return candidates2.map((candidate) => replaceFix(range, candidate, `Change to "${candidate}"`, candidates2.length === 1));
}
var init_fixes = __esm({
  "packages/core/src/rules/fixes.ts"() {
    "use strict";
  }
});

// packages/core/src/rules/environment/environment-parameter-undeclared.ts
var environment_parameter_undeclared_default;
var init_environment_parameter_undeclared = __esm({
  "packages/core/src/rules/environment/environment-parameter-undeclared.ts"() {
    "use strict";
    init_suggest();
    init_fixes();
    init_rule();
    environment_parameter_undeclared_default = defineRule({
      meta: {
        id: "environment-parameter-undeclared",
        area: "environment",
        description: "An environment's parameters must be declared by the template it is used with.",
        severity: "error",
        enabledByDefault: true,
        docs: `Values under an environment's \`parameters\` go to the top-level template only, and Heat
rejects one the template does not declare: "The Parameter (x) was not defined in template.".
Values under \`parameter_defaults\` apply to every nested stack that declares them and are
ignored elsewhere, so they are not reported.

Heat's merge of several environment files (\`-e a.yaml -e b.yaml\`) keeps the first
non-empty \`parameters\` section whole but silently drops undeclared names from the later
ones; there the value is lost without a word, so hot-lint reports it as a warning.

Only checked when hot-lint knows which template the environment goes with (\`-e\` on the
command line, or the configuration file's \`environments\`).
`
      },
      checkEnvironment({ environment, environments, template, report: report2, rangeOf }) {
        if (!template) return;
        const first = environments.find((env) => env.parameters.size > 0);
        const dropped = first !== void 0 && first !== environment;
        for (const [name, pair] of environment.parameters) {
          if (template.parameters.has(name)) continue;
          const matches = closestMatches(name, template.parameters.keys());
          const message = dropped ? `The Parameter (${name}) is not defined in template; Heat silently drops it when merging this environment after an earlier one.` : `The Parameter (${name}) was not defined in template.`;
          report2(pair.key, `${message}${didYouMean(matches)}`, {
            fixes: suggestionFixes(rangeOf(pair.key), matches),
            ...dropped ? { severity: "warning" } : {}
          });
        }
      }
    });
  }
});

// packages/core/src/rules/parameters/constraints.ts
function versionConstraintKinds(version, latest) {
  return (version ?? latest)?.parameter_constraint_kinds ?? HEAT_ORDER;
}
function readConstraints(param, kindsInVersion, doc) {
  const pair = field(param.definition, "constraints");
  const result = { pair, notAList: null, entries: [], notMaps: [] };
  const value = resolve5(pair?.value, doc);
  if (!pair || !value || (0, import_yaml8.isScalar)(value) && value.value === null) return result;
  if (!(0, import_yaml8.isSeq)(value)) {
    result.notAList = value;
    return result;
  }
  const order = HEAT_ORDER.filter((kind) => kindsInVersion.includes(kind));
  for (const raw of value.items) {
    const item = resolve5(raw, doc);
    if (!(0, import_yaml8.isMap)(item)) {
      result.notMaps.push(item ?? raw);
      continue;
    }
    const kinds = [];
    const unknownKeys = [];
    for (const p of entries(item)) {
      const key = String(p.key.value);
      if (key === "description") continue;
      if (CONSTRAINT_ENTRY_KEYS.includes(key)) kinds.push({ kind: key, pair: p, value: resolve5(p.value, doc) });
      else unknownKeys.push(p);
    }
    const chosenKind = order.find((kind) => kinds.some((k) => k.kind === kind));
    result.entries.push({ item, map: item, kinds, chosen: kinds.find((k) => k.kind === chosenKind), unknownKeys });
  }
  return result;
}
function parseConstraint(kind, doc) {
  const problems = [];
  const node = kind.value;
  const at = node ?? kind.pair;
  switch (kind.kind) {
    case "range":
    case "length": {
      if (!(0, import_yaml8.isMap)(node)) {
        problems.push({ node: at, message: `The ${kind.kind} constraint must be a mapping with min and/or max.` });
        return { problems };
      }
      const bounds2 = { min: null, max: null };
      for (const p of entries(node)) {
        const key = String(p.key.value);
        if (key !== "min" && key !== "max") {
          problems.push({ node: p, message: `"${key}" is not a key of a ${kind.kind} constraint: use min and/or max.` });
          continue;
        }
        const value = pyValue(p.value, doc);
        if (value.kind === "none") continue;
        const num = strToNum(value);
        if (!num || Number.isNaN(num.value)) {
          problems.push({ node: resolve5(p.value, doc) ?? p, message: `The ${kind.kind} constraint's ${key} must be a number.` });
          continue;
        }
        if (kind.kind === "length" && !num.isInt) {
          problems.push({ node: resolve5(p.value, doc) ?? p, message: `The length constraint's ${key} must be an integer.` });
          continue;
        }
        bounds2[key] = num.value;
      }
      if (problems.length) return { problems };
      if (bounds2.min === null && bounds2.max === null) {
        problems.push({ node: at, message: `A ${kind.kind} constraint must have a min value and/or a max value.` });
        return { problems };
      }
      if (bounds2.min !== null && bounds2.max !== null && bounds2.min > bounds2.max) {
        problems.push({
          node: at,
          message: `The ${kind.kind} constraint's min (${bounds2.min}) is greater than its max (${bounds2.max}): no value can satisfy it.`,
          warning: true
        });
      }
      return { problems, parsed: { kind: kind.kind, min: bounds2.min, max: bounds2.max } };
    }
    case "modulo": {
      if (!(0, import_yaml8.isMap)(node)) {
        problems.push({ node: at, message: "The modulo constraint must be a mapping with step and offset." });
        return { problems };
      }
      const values = { step: null, offset: null };
      for (const p of entries(node)) {
        const key = String(p.key.value);
        if (key !== "step" && key !== "offset") {
          problems.push({ node: p, message: `"${key}" is not a key of a modulo constraint: use step and offset.` });
          continue;
        }
        const value = pyValue(p.value, doc);
        if (value.kind === "none") continue;
        const num = strToNum(value);
        const target = resolve5(p.value, doc) ?? p;
        if (!num || !Number.isFinite(num.value)) problems.push({ node: target, message: `The modulo constraint's ${key} must be a number.` });
        else if (!Number.isInteger(num.value)) problems.push({ node: target, message: `The modulo constraint's ${key} must be an integer.` });
        else values[key] = num.value;
      }
      if (problems.length) return { problems };
      const { step, offset } = values;
      if (step === null || offset === null) {
        const missing = step === null ? offset === null ? "step and offset" : "step" : "offset";
        problems.push({ node: at, message: `A modulo constraint must have both a step and an offset; ${missing} is missing.` });
      } else if (step === 0) {
        problems.push({ node: at, message: "The modulo constraint's step cannot be 0." });
      } else if (Math.abs(offset) >= Math.abs(step)) {
        problems.push({ node: at, message: `The modulo constraint's offset (${offset}) must be smaller (by absolute value) than its step (${step}).` });
      } else if (step * offset < 0) {
        problems.push({ node: at, message: "The modulo constraint's step and offset must be both positive or both negative." });
      } else {
        return { problems, parsed: { kind: "modulo", step, offset } };
      }
      return { problems };
    }
    case "allowed_values": {
      if (!(0, import_yaml8.isSeq)(node)) {
        problems.push({ node: at, message: "allowed_values must be a list of values." });
        return { problems };
      }
      return { problems, parsed: { kind: "allowed_values", values: node.items.map((item) => pyValue(item, doc)) } };
    }
    case "allowed_pattern": {
      const value = pyValue(node, doc);
      if (value.kind !== "str") {
        problems.push({ node: at, message: "allowed_pattern must be a string (a regular expression); quote it." });
        return { problems };
      }
      return { problems, parsed: { kind: "allowed_pattern", pattern: value.value } };
    }
    default:
      return { problems, parsed: { kind: "custom_constraint", name: (0, import_yaml8.isScalar)(node) ? node.value : null } };
  }
}
var import_yaml8, CONSTRAINT_ENTRY_KEYS, HEAT_ORDER;
var init_constraints = __esm({
  "packages/core/src/rules/parameters/constraints.ts"() {
    "use strict";
    import_yaml8 = __toESM(require_dist(), 1);
    init_nodes();
    init_python_values();
    CONSTRAINT_ENTRY_KEYS = [
      "description",
      "length",
      "range",
      "modulo",
      "allowed_values",
      "allowed_pattern",
      "custom_constraint"
    ];
    HEAT_ORDER = ["modulo", "range", "length", "allowed_values", "allowed_pattern", "custom_constraint"];
  }
});

// packages/core/src/rules/parameters/parameter-value.ts
function applicableConstraints(param, template, catalog) {
  const type = param.type;
  if (type === null) return [];
  const kinds = versionConstraintKinds(template.version, catalog.versions[catalog.versions.length - 1]);
  const applicable = catalog.language.constraint_kinds_by_type[type] ?? [];
  const constraints = [];
  for (const entry of readConstraints(param, kinds, template.yaml).entries) {
    const chosen = entry.chosen;
    if (!chosen || entry.unknownKeys.length || !applicable.includes(chosen.kind)) continue;
    const { problems, parsed } = parseConstraint(chosen, template.yaml);
    if (parsed && !problems.some((p) => !p.warning)) constraints.push(parsed);
  }
  return constraints;
}
function checkParameterValue(context, param, type, node, constraints, origin, value = pyValue(node, context.yaml)) {
  if (value.kind === "none") return;
  if (!checkType(context, param, type, value, node, constraints, origin)) return;
  checkConstraints(context, param, type, value, node, constraints, origin);
}
function checkType(context, param, type, value, node, constraints, origin) {
  const shown = showValue(value);
  const label = origin.label;
  const reads = (...kinds) => origin.fromEnvironment || constraints.some((c) => kinds.includes(c.kind));
  const createOnly = " Stack create fails unless a value is given for it.";
  const rejected = origin.fromEnvironment ? " Heat rejects it." : " Heat rejects it when it checks the default against the constraints.";
  switch (type) {
    case "number": {
      if (strToNum(value)) return true;
      const error = reads("range", "modulo", "allowed_values");
      context.report(node, `${label} ${shown} of number parameter "${param.name}" is not a number.${error ? rejected : createOnly}`, error ? {} : { severity: "warning" });
      return false;
    }
    case "boolean": {
      const parsed = boolFromString(value);
      if (parsed !== null) return true;
      const error = reads("allowed_values");
      context.report(
        node,
        `${label} ${shown} of boolean parameter "${param.name}" is not a boolean; use true or false.${error ? rejected : createOnly}`,
        error ? {} : { severity: "warning" }
      );
      return false;
    }
    case "json": {
      if (value.kind !== "str" || value.value === "" || /NaN|Infinity/.test(value.value)) return true;
      try {
        JSON.parse(value.value);
        return true;
      } catch {
        context.report(
          node,
          `${label} of json parameter "${param.name}" is a string that is not valid JSON; write a mapping or a list instead.${origin.fromEnvironment ? rejected : createOnly}`,
          origin.fromEnvironment ? {} : { severity: "warning" }
        );
        return false;
      }
    }
    case "comma_delimited_list":
      if (value.kind === "str" || value.kind === "list") return true;
      context.report(node, `${label} of comma_delimited_list parameter "${param.name}" must be a comma-separated string or a list, not ${describeNode(node, context.yaml)}.`);
      return false;
    default:
      return true;
  }
}
function checkConstraints(context, param, type, raw, node, constraints, origin) {
  let value = raw;
  if (type === "comma_delimited_list") {
    if (raw.kind === "str") value = { kind: "list", items: raw.value.split(",").map((s) => ({ kind: "str", value: s })) };
    else if (raw.kind === "list") {
      const items = [];
      for (const item of raw.items) {
        const text2 = pyStr(item);
        if (text2 === void 0) return;
        items.push({ kind: "str", value: text2 });
      }
      value = { kind: "list", items };
    }
  }
  const shown = showValue(raw);
  const fail = (message) => context.report(node, `${origin.label} ${shown} of parameter "${param.name}" ${message}`);
  for (const constraint of constraints) {
    switch (constraint.kind) {
      case "range": {
        const num = strToNum(value);
        if (!num) break;
        if (constraint.min !== null && num.value < constraint.min || constraint.max !== null && num.value > constraint.max) {
          fail(`is out of its range (${bounds(constraint.min, constraint.max)}).`);
        }
        break;
      }
      case "length": {
        const length = pyLen(value);
        if (length === null) {
          fail(`has no length for its length constraint to measure; quote it to make it a string.`);
          break;
        }
        if (constraint.min !== null && length < constraint.min || constraint.max !== null && length > constraint.max) {
          fail(`has length ${length}, out of its length constraint (${bounds(constraint.min, constraint.max)}).`);
        }
        break;
      }
      case "modulo": {
        const num = strToNum(value);
        if (num && pyMod(num.value, constraint.step) !== constraint.offset) {
          fail(`is not a multiple of ${constraint.step} with an offset of ${constraint.offset}.`);
        }
        break;
      }
      case "allowed_values": {
        const allowedText = constraint.values.map(showValue).join(", ");
        if (value.kind === "list") {
          const outside = value.items.find((item) => {
            const found = constraint.values.map((allowed) => pyEquals(item, allowed));
            return !found.includes(true) && !found.includes(void 0);
          });
          if (outside) fail(`has ${showValue(outside)}, which is not an allowed value (${allowedText}).`);
          break;
        }
        const convert = (v) => {
          if (type === "string") {
            const text2 = pyStr(v);
            return text2 === void 0 ? void 0 : { kind: "str", value: text2 };
          }
          if (type === "number") {
            const num = strToNum(v);
            return num ? { kind: num.isInt ? "int" : "float", value: num.value } : null;
          }
          if (type === "boolean") {
            const bool = boolFromString(v);
            return bool === null || bool === void 0 ? bool : { kind: "bool", value: bool };
          }
          return v;
        };
        const mine = convert(value);
        if (!mine) break;
        let matched = false;
        let unsure = false;
        for (const allowed of constraint.values) {
          const theirs = convert(allowed);
          if (theirs === null) {
            fail(`cannot be checked: the allowed value ${showValue(allowed)} is not a valid ${type}.`);
            return;
          }
          const same = theirs === void 0 ? void 0 : pyEquals(mine, theirs);
          if (same === true) matched = true;
          if (same === void 0) unsure = true;
        }
        if (!matched && !unsure) fail(`is not an allowed value (${allowedText}).`);
        break;
      }
      case "allowed_pattern": {
        if (value.kind !== "str") {
          fail(`is not a string, so it cannot match allowed_pattern; quote it.`);
          break;
        }
        const match = pythonMatcher(constraint.pattern, value.value);
        if (!match) break;
        const end = match(value.value);
        if (end === null || end !== value.value.length) fail(`does not match the pattern "${constraint.pattern}" (it must match the whole value).`);
        break;
      }
      default:
        break;
    }
  }
}
function bounds(min, max) {
  if (max === null) return `at least ${min}`;
  if (min === null) return `at most ${max}`;
  return `${min} to ${max}`;
}
var init_parameter_value = __esm({
  "packages/core/src/rules/parameters/parameter-value.ts"() {
    "use strict";
    init_nodes();
    init_constraints();
    init_python_values();
  }
});

// packages/core/src/rules/environment/environment-parameter-value.ts
var environment_parameter_value_default;
var init_environment_parameter_value = __esm({
  "packages/core/src/rules/environment/environment-parameter-value.ts"() {
    "use strict";
    init_merge();
    init_nodes();
    init_parameter_value();
    init_rule();
    environment_parameter_value_default = defineRule({
      meta: {
        id: "environment-parameter-value",
        area: "environment",
        description: "A value the environments give a parameter must fit the parameter's type and constraints.",
        severity: "error",
        enabledByDefault: true,
        docs: `Heat merges the environment files in order (\`-e a.yaml -e b.yaml\`) into the stack's
\`parameters\` and \`parameter_defaults\`, then checks each parameter's value against the
template's declaration: its type (\`number\`, \`boolean\`, \`json\`, \`comma_delimited_list\`,
\`string\`) and its constraints (\`allowed_values\`, \`range\`, \`length\`, \`modulo\`,
\`allowed_pattern\`), with Python's rules (a pattern must match from the first character and
cover the whole value). Heat rejects the stack with "Parameter 'x' is invalid".

This rule checks the value Heat ends up with, as Heat computes it: a later file overwrites an
earlier one, or, with \`parameter_merge_strategies\` \`merge\`/\`deep_merge\`, is combined with
it (strings are concatenated, lists and comma-delimited strings joined, json mappings merged).
A \`parameters\` value takes precedence over a \`parameter_defaults\` one, which is then not
checked. The finding is on the value in the last file that contributed; a merged value is
named "The merged value". Only checked when hot-lint knows which template the environments
go with; only the template's own declarations are used (Heat also considers those of nested
templates for \`parameter_defaults\`).

    # template: flavor has allowed_values [m1.small, m1.large]
    parameters:
      flavor: m1.medium     # not an allowed value
`
      },
      checkEnvironment({ environment, environments, template, catalog, report: report2, yaml }) {
        if (!template) return;
        const schemata = parameterSchemata(template.parameters, catalog.language.parameter_types);
        const merged = mergeEnvironments(environments.includes(environment) ? environments : [...environments, environment], schemata);
        for (const [name, type] of schemata) {
          const given = merged.parameters.get(name);
          const effective = given && given.value.kind !== "none" ? given : merged.parameterDefaults.get(name);
          if (!effective || effective.value.kind === "none") continue;
          const last = effective.sources[effective.sources.length - 1];
          if (last.environment !== environment) continue;
          const node = resolve5(last.pair.value, yaml);
          if (!node) continue;
          const param = template.parameters.get(name);
          const constraints = applicableConstraints(param, template, catalog);
          if (effective.sources.length === 1) {
            checkParameterValue({ report: report2, yaml }, param, type, node, constraints, { label: "The value", fromEnvironment: true });
          } else {
            checkParameterValue({ report: report2, yaml }, param, type, node, constraints, { label: "The merged value", fromEnvironment: true }, effective.value);
          }
        }
      }
    });
  }
});

// packages/core/src/rules/environment/environment-registry.ts
var import_yaml9, HOOK_TYPES, RESTRICTED_ACTIONS, environment_registry_default;
var init_environment_registry = __esm({
  "packages/core/src/rules/environment/environment-registry.ts"() {
    "use strict";
    import_yaml9 = __toESM(require_dist(), 1);
    init_registry();
    init_nodes();
    init_suggest();
    init_rule();
    HOOK_TYPES = ["pre-create", "pre-update", "pre-delete", "post-create", "post-update", "post-delete"];
    RESTRICTED_ACTIONS = ["update", "replace"];
    environment_registry_default = defineRule({
      meta: {
        id: "environment-registry",
        area: "environment",
        description: "resource_registry entries must map to existing templates or known types, without cycles.",
        severity: "error",
        enabledByDefault: true,
        docs: `Checks each \`resource_registry\` entry the way Heat's ResourceRegistry reads it:
- a template target (\`My::Server: server.yaml\`) must be a readable file, relative to the
  environment file (URLs are not fetched);
- a type target (\`OS::Nova::Server: My::Server\`, or a glob \`OS::Project::*: OS::Heat::None\`)
  must resolve to a type Heat knows or to another entry;
- entries must not map types in a cycle (\`A: B\`, \`B: A\`);
- \`hooks\` take ${HOOK_TYPES.join(", ")}; \`restricted_actions\` take ${RESTRICTED_ACTIONS.join(", ")}.

    resource_registry:
      My::Server: templates/server.yaml
      OS::Project::*: OS::Heat::None
      resources:
        web:
          hooks: pre-create
`
      },
      checkEnvironment(context) {
        const { environment, yaml, report: report2, catalog, project } = context;
        const resolver = new TypeResolver(catalog, context.environments);
        const reportedCycles = /* @__PURE__ */ new Set();
        for (const entry of environment.registry) {
          const value = resolve5(entry.valueNode, yaml);
          if (entry.kind === "invalid") {
            report2(entry.valueNode ?? entry.key, `Registry entry "${entry.path.join(".")}" must map to a type name or a template file.`);
          } else if (entry.kind === "hooks" || entry.kind === "restricted_actions") {
            const allowed = entry.kind === "hooks" ? HOOK_TYPES : RESTRICTED_ACTIONS;
            const values = (0, import_yaml9.isSeq)(value) ? value.items : [value];
            for (const item of values) {
              const text2 = (0, import_yaml9.isScalar)(item) ? String(item.value) : null;
              if (text2 !== null && allowed.includes(text2)) continue;
              const label = entry.kind === "hooks" ? "hook type" : "restricted_action type";
              report2(item, `Invalid ${label} "${text2 ?? "?"}", acceptable ${entry.kind === "hooks" ? "hook types" : "restricted_action types"} are: ${allowed.join(", ")}.${didYouMean(text2 ? closestMatches(text2, allowed) : [])}`);
            }
          } else if (entry.kind === "template") {
            const written = entry.target.endsWith(".yaml") || entry.target.endsWith(".template") ? entry.target : entry.path.at(-1);
            if (!project) continue;
            const { loader } = project.session;
            const path = loader.resolve(environment.path, written);
            if (path === null) continue;
            const read = loader.isAllowed(path) ? project.session.file(path).read : { ok: false, reason: "it is outside the project root, so it was not read" };
            if (!read.ok) report2(entry.valueNode ?? entry.key, `Template "${written}" for registry entry "${entry.path.at(-1)}" cannot be read: ${read.reason}.`);
          } else if (entry.kind === "map" || entry.kind === "glob") {
            const type = entry.path.at(-1);
            const probe = entry.kind === "glob" ? `${type.slice(0, -1)}Probe` : type;
            const resolution = resolver.resolve(probe, environment.path, entry.resourceName);
            if (resolution.kind === "cycle") {
              const members = [...new Set(resolution.chain)].sort().join("\n");
              if (reportedCycles.has(members)) continue;
              reportedCycles.add(members);
              report2(entry.key, `Registry cycle: ${resolution.chain.join(" -> ")}.`);
            } else if (resolution.kind === "unknown" && entry.kind === "map" && entry.target) {
              const matches = closestMatches(entry.target, catalog.resourceTypeNames());
              report2(entry.valueNode, `Registry entry "${type}" maps to "${entry.target}", which is not a resource type Heat knows nor another registry entry.${didYouMean(matches)}`);
            }
          }
        }
      }
    });
  }
});

// packages/core/src/rules/environment/environment-section.ts
var import_yaml10, environment_section_default;
var init_environment_section = __esm({
  "packages/core/src/rules/environment/environment-section.ts"() {
    "use strict";
    import_yaml10 = __toESM(require_dist(), 1);
    init_environment();
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    environment_section_default = defineRule({
      meta: {
        id: "environment-section",
        area: "environment",
        description: "An environment file is a mapping of known, non-empty sections.",
        severity: "error",
        enabledByDefault: true,
        docs: `Heat accepts only these sections in an environment file: ${ENVIRONMENT_SECTIONS.join(", ")}.
Any other key fails with 'environment has wrong section "x"', and a section left empty
(\`parameters:\` with nothing under it) fails with 'environment has empty section "x"'.

    # bad
    parameter_default:      # did you mean "parameter_defaults"?
      image: cirros
    resource_registry:      # empty
`
      },
      checkEnvironment({ environment, yaml, report: report2, rangeOf }) {
        const root = resolve5(environment.document.root, yaml);
        if (root === null) return;
        if (!(0, import_yaml10.isMap)(root)) {
          report2(root, "The environment is not a valid YAML mapping data type.");
          return;
        }
        for (const [name, pair] of environment.sections) {
          if (!ENVIRONMENT_SECTIONS.includes(name)) {
            const matches = closestMatches(name, ENVIRONMENT_SECTIONS);
            report2(pair.key, `environment has wrong section "${name}".${didYouMean(matches)}`, {
              fixes: suggestionFixes(rangeOf(pair.key), matches)
            });
            continue;
          }
          const value = resolve5(pair.value, yaml);
          if (value === null || value.value === null) {
            report2(pair.key, `environment has empty section "${name}".`);
          }
        }
      }
    });
  }
});

// packages/core/src/rules/environment/index.ts
var environmentRules;
var init_environment2 = __esm({
  "packages/core/src/rules/environment/index.ts"() {
    "use strict";
    init_environment_merge_conflict();
    init_environment_merge_strategy();
    init_environment_parameter_undeclared();
    init_environment_parameter_value();
    init_environment_registry();
    init_environment_section();
    environmentRules = [
      environment_section_default,
      environment_registry_default,
      environment_merge_strategy_default,
      environment_merge_conflict_default,
      environment_parameter_undeclared_default,
      environment_parameter_value_default
    ];
  }
});

// packages/core/src/rules/functions/signatures.ts
function functionSignature(name) {
  return FUNCTION_SIGNATURES.get(name);
}
function functionsInContext(version, conditionContext) {
  if (conditionContext && version.condition_functions.length > 0) return new Set(version.condition_functions);
  return new Set(Object.keys(version.functions).filter((name) => version.functions[name] === "supported"));
}
function isFunctionCall(node, catalog, doc) {
  const target = resolve5(node, doc);
  if (!(0, import_yaml11.isMap)(target) || target.items.length !== 1) return false;
  const key = target.items[0].key;
  return (0, import_yaml11.isScalar)(key) && typeof key.value === "string" && (catalog.allFunctionNames.has(key.value) || key.value === "get_input");
}
function versionAtLeast(version, date) {
  return version.version >= date;
}
var import_yaml11, table, FUNCTION_SIGNATURES, DIGEST_ALGORITHMS, RESOURCE_FACADE_ARGS, MAKE_URL_KEYS;
var init_signatures = __esm({
  "packages/core/src/rules/functions/signatures.ts"() {
    "use strict";
    import_yaml11 = __toESM(require_dist(), 1);
    init_nodes();
    table = [
      {
        name: "get_attr",
        summary: "References an attribute of a resource, resolved at runtime (optionally a key/index path into it).",
        syntax: "[<resource name>, <attribute name>, <key/index 1> (optional), ...]; from 2015-10-15 also [<resource name>] for all attributes",
        example: "{get_attr: [my_instance, first_address]}"
      },
      {
        name: "get_file",
        summary: "Returns the content of a file (a static path or URL) into the template.",
        syntax: "<content key>",
        example: "{get_file: my_instance_user_data.sh}"
      },
      {
        name: "get_param",
        summary: "References an input parameter of the template, resolved to its value at runtime.",
        syntax: "<parameter name> or [<parameter name>, <key/index 1> (optional), ...]",
        example: "{get_param: instance_type}"
      },
      {
        name: "get_resource",
        summary: "References another resource of the same template; resolves to its reference ID.",
        syntax: "<resource name>",
        example: "{get_resource: instance_port}"
      },
      {
        name: "list_join",
        summary: "Joins a list of strings with the given delimiter.",
        syntax: "[<delimiter>, <list to join>]; from 2015-10-15 further lists may follow",
        example: "{list_join: [', ', ['one', 'two', 'and three']]}"
      },
      {
        name: "digest",
        summary: "Returns the hex digest of a value with the given algorithm (md5, sha1, sha256, sha512, ...).",
        syntax: "[<algorithm>, <value>]",
        example: "{digest: ['sha512', {get_param: raw_password}]}"
      },
      {
        name: "repeat",
        summary: "Builds a list by rendering a template once for each item of one or more lists.",
        syntax: "{template: <template>, for_each: {<var>: <list>, ...}, permutations: <boolean> (optional, from 2017-09-01)}",
        example: "{repeat: {for_each: {'<%port%>': [80, 443]}, template: {port_range_min: '<%port%>'}}}"
      },
      {
        name: "resource_facade",
        summary: "Retrieves data of the facade resource from within a provider template.",
        syntax: "metadata | deletion_policy | update_policy",
        example: "{resource_facade: metadata}"
      },
      {
        name: "str_replace",
        summary: "Builds a string by replacing the placeholders of a template string with values.",
        syntax: "{template: <template string>, params: {<placeholder>: <value>, ...}}",
        example: "{str_replace: {template: http://host/app, params: {host: {get_attr: [server, first_address]}}}}"
      },
      {
        name: "str_replace_strict",
        summary: "Like str_replace, but fails if a param is not present in the template.",
        syntax: "{template: <template string>, params: {<placeholder>: <value>, ...}}",
        example: "{str_replace_strict: {template: Hello NAME, params: {NAME: world}}}"
      },
      {
        name: "str_replace_vstrict",
        summary: "Like str_replace_strict, but also fails if a param value is empty.",
        syntax: "{template: <template string>, params: {<placeholder>: <value>, ...}}",
        example: "{str_replace_vstrict: {template: Hello NAME, params: {NAME: world}}}"
      },
      {
        name: "str_split",
        summary: "Splits a string into a list by a delimiter, optionally returning one item by index.",
        syntax: "[<delimiter>, <string to split>, <index> (optional)]",
        example: "{str_split: [',', 'string,to,split', 0]}"
      },
      {
        name: "map_merge",
        summary: "Merges maps; values of later maps override those of earlier ones.",
        syntax: "[<map 1>, <map 2>, ...]",
        example: "{map_merge: [{k1: v1, k2: v2}, {k1: v2}]}"
      },
      {
        name: "map_replace",
        summary: "Replaces keys and/or values of a map.",
        syntax: "[<map>, {keys: {<old key>: <new key>}, values: {<old value>: <new value>}}]",
        example: "{map_replace: [{k1: v1}, {keys: {k1: K1}, values: {v1: V1}}]}"
      },
      {
        name: "yaql",
        summary: "Evaluates a YAQL expression on the given data.",
        syntax: "{expression: <expression>, data: {<var>: <value>, ...}}",
        example: "{yaql: {expression: $.data.a.max(), data: {a: [1, 2, 3]}}}"
      },
      {
        name: "equals",
        summary: "Condition: true when two values are equal.",
        syntax: "[<value 1>, <value 2>]",
        example: "{equals: [{get_param: env_type}, prod]}",
        conditionOnly: true
      },
      {
        name: "if",
        summary: "Returns one of two values depending on a condition.",
        syntax: "[<condition name or definition>, <value if true>, <value if false>]; from 2021-04-16 the last may be omitted",
        example: "{if: [create_prod_res, m1.large, m1.small]}"
      },
      {
        name: "not",
        summary: "Condition: the negation of a condition.",
        syntax: "<condition name or definition>",
        example: "{not: {equals: [{get_param: env_type}, prod]}}",
        conditionOnly: true
      },
      {
        name: "and",
        summary: "Condition: true when all the conditions are true.",
        syntax: "[<condition 1>, <condition 2>, ...] (at least 2)",
        example: "{and: [{equals: [{get_param: env_type}, prod]}, {not: {equals: [{get_param: zone}, beijing]}}]}",
        conditionOnly: true
      },
      {
        name: "or",
        summary: "Condition: true when any of the conditions is true.",
        syntax: "[<condition 1>, <condition 2>, ...] (at least 2)",
        example: "{or: [{equals: [{get_param: env_type}, prod]}, {equals: [{get_param: zone}, beijing]}]}",
        conditionOnly: true
      },
      {
        name: "filter",
        summary: "Removes the given values from a list.",
        syntax: "[<values to remove>, <list>]",
        example: "{filter: [[null], {get_param: list_param}]}"
      },
      {
        name: "make_url",
        summary: "Builds a correctly escaped URL from its parts.",
        syntax: "{scheme:, username:, password:, host:, port:, path:, query: {<key>: <value>}, fragment:} (all optional)",
        example: "{make_url: {scheme: http, host: {get_attr: [server, first_address]}, port: 8080, path: /hello}}"
      },
      {
        name: "list_concat",
        summary: "Concatenates lists.",
        syntax: "[<list 1>, <list 2>, ...]",
        example: "{list_concat: [[a, b], [c]]}"
      },
      {
        name: "list_concat_unique",
        summary: "Concatenates lists, dropping repeated items.",
        syntax: "[<list 1>, <list 2>, ...]",
        example: "{list_concat_unique: [[a, b], [a, c]]}"
      },
      {
        name: "contains",
        summary: "Condition: true when a value is in a sequence.",
        syntax: "[<value>, <sequence>]",
        example: "{contains: [{get_param: env_type}, [dev, test]]}"
      },
      {
        name: "get_input",
        summary: "In the config of an OS::Heat::StructuredConfig: replaced by the deployment with the value of an input.",
        syntax: "<input name>",
        example: "{get_input: foo}",
        structuredConfigOnly: true
      },
      // CloudFormation-style functions of 2013-05-23, removed from later versions.
      { name: "Fn::GetAZs", summary: "CloudFormation: the availability zones.", syntax: "<region>", example: "{'Fn::GetAZs': ''}" },
      { name: "Fn::Join", summary: "CloudFormation: joins strings.", syntax: "[<delimiter>, [<string>, ...]]", example: "{'Fn::Join': [',', [a, b]]}", replacement: "list_join" },
      { name: "Fn::Select", summary: "CloudFormation: selects an item of a list or map.", syntax: "[<index or key>, <list or map>]", example: "{'Fn::Select': [0, [a, b]]}", replacement: "get_attr or get_param with a path, or str_split with an index" },
      { name: "Fn::Split", summary: "CloudFormation: splits a string.", syntax: "[<delimiter>, <string>]", example: "{'Fn::Split': [',', 'a,b']}", replacement: "str_split" },
      { name: "Fn::Replace", summary: "CloudFormation: replaces substrings.", syntax: "[{<old>: <new>}, <string>]", example: "{'Fn::Replace': [{x: y}, 'axb']}", replacement: "str_replace" },
      { name: "Fn::Base64", summary: "CloudFormation: passes a string through.", syntax: "<string>", example: "{'Fn::Base64': text}" },
      { name: "Fn::MemberListToMap", summary: "CloudFormation: converts a member list to a map.", syntax: "[<key name>, <value name>, [<member>, ...]]", example: "{'Fn::MemberListToMap': [Name, Value, ['.member.0.Name=a']]}" },
      { name: "Fn::ResourceFacade", summary: "CloudFormation: data of the facade resource.", syntax: "Metadata | DeletionPolicy | UpdatePolicy", example: "{'Fn::ResourceFacade': Metadata}", replacement: "resource_facade" },
      { name: "Ref", summary: "CloudFormation: a parameter value or resource reference.", syntax: "<parameter or resource name>", example: "{Ref: my_param}", replacement: "get_param or get_resource" }
    ];
    FUNCTION_SIGNATURES = new Map(table.map((s) => [s.name, s]));
    DIGEST_ALGORITHMS = [
      "md5",
      "sha1",
      "sha224",
      "sha256",
      "sha384",
      "sha512",
      "sha3_224",
      "sha3_256",
      "sha3_384",
      "sha3_512",
      "sha512_224",
      "sha512_256",
      "blake2b",
      "blake2s",
      "md5-sha1",
      "ripemd160",
      "sm3"
    ];
    RESOURCE_FACADE_ARGS = ["metadata", "deletion_policy", "update_policy"];
    MAKE_URL_KEYS = ["scheme", "username", "password", "host", "port", "path", "query", "fragment"];
  }
});

// packages/core/src/rules/functions/function-arguments.ts
function itemsOf(c, node = c.args) {
  const seq = resolve5(node, c.doc);
  return seq.items.map((item) => resolve5(item, c.doc));
}
function mapOf(c, node = c.args) {
  return resolve5(node, c.doc);
}
function text(node, doc) {
  const target = resolve5(node, doc);
  return (0, import_yaml12.isScalar)(target) && typeof target.value === "string" ? target.value : null;
}
function parsePythonInt(value) {
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && /^\s*[+-]?\d+(_\d+)*\s*$/.test(value)) return Number(value.replace(/_/g, ""));
  return null;
}
function listOfItems(example, accepts, itemRule) {
  return (c) => {
    const k = c.kind(c.args);
    if (k === "call") return;
    if (k !== "list") {
      c.fail(c.args, `${syntaxError(c, example).slice(0, -1)}, not ${describeNode(c.args, c.doc)}.`);
      return;
    }
    for (const item of itemsOf(c)) {
      const ik = c.kind(item);
      if (!accepts(ik) && ik !== "null") c.fail(item, `Incorrect arguments: ${itemRule}, not ${describeNode(item, c.doc)}.`);
    }
  };
}
function isFalsy(c, node) {
  const target = resolve5(node, c.doc);
  if (!target) return true;
  if ((0, import_yaml12.isScalar)(target)) return !target.value;
  if ((0, import_yaml12.isMap)(target) || (0, import_yaml12.isSeq)(target)) return target.items.length === 0;
  return false;
}
function emptyOrList(c, node) {
  const k = c.kind(node);
  if (k === "list" || k === "call" || k === "null") return true;
  const target = resolve5(node, c.doc);
  if ((0, import_yaml12.isScalar)(target)) return !target.value;
  return (0, import_yaml12.isMap)(target) && target.items.length === 0;
}
var import_yaml12, function_arguments_default, RESOLVES_ARGUMENTS, syntaxError, isListLike, isMapLike, getParam, getResource, getAttr, getFile, strReplace, listJoin, digest, repeat, resourceFacade, strSplit, mapMerge, mapReplace, yaql, exactList, equals, ifFunction, notFunction, andOr, contains, filter, makeUrl, listConcat, getInput, CHECKERS;
var init_function_arguments = __esm({
  "packages/core/src/rules/functions/function-arguments.ts"() {
    "use strict";
    import_yaml12 = __toESM(require_dist(), 1);
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    init_signatures();
    function_arguments_default = defineRule({
      meta: {
        id: "function-arguments",
        area: "functions",
        description: "Each intrinsic function gets arguments of the shape Heat expects.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: "Most shapes are rejected by validate; a few (e.g. str_replace params that are not strings or numbers) only fail when stack create resolves the function.",
        docs: `Every intrinsic function takes arguments of a fixed shape: \`get_attr\` a list
\`[resource, attribute, path...]\`, \`str_replace\` a mapping with \`template\` and \`params\`,
\`list_join\` a list \`[delimiter, list, ...]\`, and so on. Heat rejects a wrong shape when it reads
the template, or fails the stack when it evaluates the function.

Only what is written literally is checked: an argument that is itself a function call is
taken as right, since its value is known only at runtime. The messages follow Heat's.

Also checked: \`digest\` algorithms, \`resource_facade\` data types, \`make_url\` keys and
ports, \`str_split\` indexes, params of \`str_replace_strict\` missing from the template, empty
params of \`str_replace_vstrict\`, items of \`list_join\` that are not strings, lists or maps,
and \`get_input\` (used in structured configs) with anything but an input name.

    # bad: a string, not a list
    value: {get_attr: server.first_address}

    # good
    value: {get_attr: [server, first_address]}
`
      },
      check(context) {
        const { template, catalog, yaml: doc } = context;
        const version = template.version;
        if (!version) return;
        const kind = (node) => {
          const target = resolve5(node, doc);
          if (!target) return "null";
          if (isFunctionCall(target, catalog, doc)) return "call";
          if ((0, import_yaml12.isMap)(target)) return "map";
          if ((0, import_yaml12.isSeq)(target)) return "list";
          if ((0, import_yaml12.isScalar)(target)) {
            const v = target.value;
            if (v === null || v === void 0) return "null";
            if (typeof v === "string") return "string";
            if (typeof v === "number" || typeof v === "bigint") return "number";
            if (typeof v === "boolean") return "boolean";
          }
          return "other";
        };
        const run = (name, key, args) => {
          const checker = CHECKERS[name];
          if (!checker) return;
          const fail = (node, message, options) => {
            const target = resolve5(node, doc);
            const precise = target && target.range && target.range[1] > target.range[0];
            context.report(precise ? target : key, message, options);
          };
          if (kind(args) === "call") {
            if (!RESOLVES_ARGUMENTS.has(name)) {
              fail(
                args,
                `The arguments of "${name}" must be written out, not computed by another function: Heat checks their shape when it reads the template (${functionSignature(name)?.syntax ?? ""}).`
              );
            }
            return;
          }
          checker({ name, key, args, version, doc, catalog, kind, fail, context });
        };
        for (const call of template.calls) {
          const inCondition = call.conditionContext && version.condition_functions.length > 0;
          const evaluated = inCondition ? version.condition_functions.includes(call.name) : catalog.functionStatus(version, call.name) === "supported";
          if (evaluated) run(call.name, call.key, call.args);
        }
        for (const value of template.maps) {
          const pairs = entries(value.map);
          if (pairs.length === 1 && pairs[0].key.value === "get_input") {
            run("get_input", pairs[0].key, resolve5(pairs[0].value, doc));
          }
        }
      }
    });
    RESOLVES_ARGUMENTS = /* @__PURE__ */ new Set([
      "get_param",
      "get_resource",
      "get_file",
      "digest",
      "str_split",
      "map_merge",
      "map_replace",
      "list_concat",
      "list_concat_unique",
      "not",
      "get_input"
    ]);
    syntaxError = (c, example) => `Incorrect arguments to "${c.name}" should be: ${example}.`;
    isListLike = (k) => k === "list" || k === "call";
    isMapLike = (k) => k === "map" || k === "call";
    getParam = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const string = text(c.args, c.doc);
      if (k === "null" || string === "" || k === "list" && itemsOf(c).length === 0) {
        c.fail(c.args, `Function "${c.name}" must have arguments: a parameter name, or a list of a parameter name and a path.`);
        return;
      }
      if (k !== "string" && k !== "list") {
        c.fail(c.args, `Argument to "${c.name}" must be string or list, not ${describeNode(c.args, c.doc)}.`);
        return;
      }
      if (k === "list") {
        const first = itemsOf(c)[0];
        const fk = c.kind(first);
        if (fk !== "string" && fk !== "call") {
          c.fail(first, `Parameter name in "${c.name}" must be string, not ${describeNode(first, c.doc)}.`);
        }
      }
    };
    getResource = (c) => {
      const k = c.kind(c.args);
      if (k === "call" || k === "string" || k === "number") return;
      c.fail(c.args, `Argument to "${c.name}" must be a resource name, not ${describeNode(c.args, c.doc)}.`);
    };
    getAttr = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const allowAll = versionAtLeast(c.version, "2015-10-15");
      const form = allowAll ? "[resource_name] or [resource_name, attribute, (path), ...]" : "[resource_name, attribute, (path), ...]";
      if (k === "list") {
        const list2 = itemsOf(c);
        if (list2.length === 0 || !allowAll && list2.length < 2) {
          c.fail(c.args, `Arguments to "${c.name}" must be of the form ${form}.`);
        }
        return;
      }
      if (k === "null") {
        c.fail(c.args, `Arguments to "${c.name}" must be of the form ${form}.`);
        return;
      }
      const string = text(c.args, c.doc);
      if (allowAll && string !== null && string.length === 1) return;
      let hint = "";
      if (string !== null && /^[^.\s]+\.[^.\s]+$/.test(string)) {
        const [resource, attribute] = string.split(".");
        hint = ` Did you mean {${c.name}: [${resource}, ${attribute}]}?`;
      } else if (string !== null && /^\S+$/.test(string)) {
        hint = ` For example {${c.name}: [${string}, <attribute>]}.`;
      }
      c.fail(c.args, `Argument to "${c.name}" must be a list ${form}, not ${describeNode(c.args, c.doc)}.${hint}`);
    };
    getFile = (c) => {
      const k = c.kind(c.args);
      if (k === "call" || k === "string") return;
      c.fail(c.args, `Argument to "${c.name}" must be a string (a file path or URL), not ${describeNode(c.args, c.doc)}.`);
    };
    strReplace = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const example = `{${c.name}: {template: <string>, params: {<placeholder>: <value>}}}`;
      if (k !== "map") {
        c.fail(c.args, `Arguments to "${c.name}" must be a map with template and params, not ${describeNode(c.args, c.doc)}: ${example}.`);
        return;
      }
      const map = mapOf(c);
      const templatePair = field(map, "template");
      const paramsPair = field(map, "params");
      if (!templatePair || !paramsPair) {
        const missing2 = [!templatePair && "template", !paramsPair && "params"].filter(Boolean).join(" and ");
        c.fail(c.key, `"${c.name}" needs ${missing2}: ${example}.`);
        return;
      }
      const paramsKind = c.kind(paramsPair.value);
      if (paramsKind !== "map" && paramsKind !== "call") {
        c.fail(paramsPair.value ?? paramsPair.key, `"${c.name}" parameters must be a mapping, not ${describeNode(paramsPair.value, c.doc)}.`);
      }
      const templateKind = c.kind(templatePair.value);
      if (templateKind !== "string" && templateKind !== "call") {
        c.fail(templatePair.value ?? templatePair.key, `"${c.name}" template must be a string, not ${describeNode(templatePair.value, c.doc)}.`);
      }
      if (paramsKind !== "map") return;
      const json = versionAtLeast(c.version, "2015-10-15");
      const templateText = text(templatePair.value, c.doc);
      const strict = c.name === "str_replace_strict" || c.name === "str_replace_vstrict";
      const vstrict = c.name === "str_replace_vstrict";
      const missing = [];
      for (const pair of entries(mapOf(c, paramsPair.value))) {
        const placeholder = pair.key.value;
        if (typeof placeholder !== "string") {
          c.fail(pair.key, `"${c.name}" param placeholders must be strings; quote ${String(placeholder)}.`);
          continue;
        }
        const vk = c.kind(pair.value);
        if (!json && (vk === "list" || vk === "map")) {
          c.fail(pair.value, `"${c.name}" params must be strings or numbers, param ${placeholder} is not valid.`);
        }
        const value = resolve5(pair.value, c.doc);
        const empty2 = vk === "null" || vk === "string" && text(value, c.doc) === "" || vk === "list" && value.items.length === 0 || vk === "map" && value.items.length === 0;
        if (vstrict && empty2) {
          c.fail(value ?? pair.key, `${c.name} has an undefined or empty value for param ${placeholder}, must be a defined non-empty value.`);
        }
        if (strict && templateText !== null && placeholder !== "" && !templateText.includes(placeholder)) missing.push(pair.key);
      }
      for (const key of missing) {
        c.fail(key, `The param "${String(key.value)}" is not in the template; "${c.name}" fails with "The following params were not found in the template".`);
      }
    };
    listJoin = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const multiple = versionAtLeast(c.version, "2015-10-15");
      const example = multiple ? `[" ", ["str1", "str2"], ...]` : `[" ", ["str1", "str2"]]`;
      if (k !== "list") {
        c.fail(c.args, `${syntaxError(c, example).slice(0, -1)}, not ${describeNode(c.args, c.doc)}.`);
        return;
      }
      const list2 = itemsOf(c);
      if (multiple ? list2.length < 2 : list2.length !== 2) {
        c.fail(c.args, syntaxError(c, example));
        return;
      }
      const delimiter = list2[0];
      const dk = c.kind(delimiter);
      if (dk !== "string" && dk !== "call") {
        c.fail(delimiter ?? c.args, `"${c.name}" delimiter must be a string, not ${describeNode(delimiter, c.doc)}.`);
      }
      for (const joined of list2.slice(1)) {
        const jk = c.kind(joined);
        if (jk === "call") continue;
        if (jk === "null" || multiple && isFalsy(c, joined)) continue;
        if (jk !== "list") {
          c.fail(joined, `"${c.name}" must operate on a list, not ${describeNode(joined, c.doc)}.`);
          continue;
        }
        for (const item of itemsOf(c, joined)) {
          const ik = c.kind(item);
          const ok = ik === "call" || ik === "null" || ik === "string" || multiple && (ik === "list" || ik === "map");
          if (!ok) {
            const allowed = multiple ? "string, map or list" : "strings";
            c.fail(item, `Items to join must be ${allowed}, not ${describeNode(item, c.doc)}${ik === "number" || ik === "boolean" ? "; quote it" : ""}.`);
          }
        }
      }
    };
    digest = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      if (k !== "list") {
        c.fail(c.args, `Argument to function "${c.name}" must be a list of strings ["<algorithm>", "<value>"], not ${describeNode(c.args, c.doc)}.`);
        return;
      }
      const list2 = itemsOf(c);
      for (const item of list2) {
        const ik = c.kind(item);
        if (ik !== "string" && ik !== "call") {
          c.fail(item ?? c.args, `Argument to function "${c.name}" must be a list of strings, not one with ${describeNode(item, c.doc)}.`);
          return;
        }
      }
      if (list2.length !== 2) {
        c.fail(c.args, `Function "${c.name}" usage: ["<algorithm>", "<value>"].`);
        return;
      }
      const algorithm = text(list2[0], c.doc);
      if (algorithm !== null && !DIGEST_ALGORITHMS.includes(algorithm.toLowerCase())) {
        const matches = closestMatches(algorithm, DIGEST_ALGORITHMS);
        c.fail(list2[0], `Algorithm "${algorithm}" is not available; use one of ${DIGEST_ALGORITHMS.join(", ")}.${didYouMean(matches)}`, {
          fixes: suggestionFixes(c.context.rangeOf(list2[0]), matches)
        });
      }
    };
    repeat = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const example = `{repeat: {template: <template>, for_each: {<var>: <list>}}}`;
      if (k !== "map") {
        c.fail(c.args, `Arguments to "${c.name}" must be a map, not ${describeNode(c.args, c.doc)}: ${example}.`);
        return;
      }
      const map = mapOf(c);
      const forEach = field(map, "for_each");
      const template = field(map, "template");
      if (!forEach || !template) {
        const missing = [!template && "template", !forEach && "for_each"].filter(Boolean).join(" and ");
        c.fail(c.key, `"${c.name}" needs ${missing}: ${example}.`);
        return;
      }
      const nested = versionAtLeast(c.version, "2017-09-01");
      let permutations = true;
      const permutationsPair = nested ? field(map, "permutations") : void 0;
      if (permutationsPair) {
        const pk = c.kind(permutationsPair.value);
        if (pk !== "boolean") {
          c.fail(permutationsPair.value ?? permutationsPair.key, `"permutations" should be boolean type for ${c.name} function, not ${describeNode(permutationsPair.value, c.doc)}.`);
        } else {
          permutations = resolve5(permutationsPair.value, c.doc).value;
        }
      }
      const fk = c.kind(forEach.value);
      if (fk === "call") return;
      if (fk !== "map") {
        c.fail(forEach.value ?? forEach.key, `The "for_each" argument to "${c.name}" must contain a map, not ${describeNode(forEach.value, c.doc)}.`);
        return;
      }
      const mapsAllowed = versionAtLeast(c.version, "2016-10-14") && permutations;
      const lengths = [];
      for (const pair of entries(mapOf(c, forEach.value))) {
        const vk = c.kind(pair.value);
        if (vk === "call" || vk === "null") continue;
        if (vk === "list") lengths.push(itemsOf(c, pair.value).length);
        else if (!(vk === "map" && mapsAllowed)) {
          c.fail(pair.value ?? pair.key, `The values of the "for_each" argument to "${c.name}" must be ${mapsAllowed ? "lists or maps" : "lists"}, not ${describeNode(pair.value, c.doc)}.`);
        }
      }
      if (!permutations && new Set(lengths).size > 1) {
        c.fail(forEach.value, `For ${c.name}, the length of for_each values should be equal if no nested loop (permutations: false).`);
      }
    };
    resourceFacade = (c) => {
      const value = text(c.args, c.doc);
      if (value !== null && RESOURCE_FACADE_ARGS.includes(value)) return;
      const matches = value === null ? [] : closestMatches(value, RESOURCE_FACADE_ARGS);
      c.fail(c.args, `Incorrect arguments to "${c.name}" should be one of: ${RESOURCE_FACADE_ARGS.join(", ")}.${didYouMean(matches)}`, {
        fixes: value === null ? [] : suggestionFixes(c.context.rangeOf(resolve5(c.args, c.doc)), matches)
      });
    };
    strSplit = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const example = `[",", "apples,pears", <index>]`;
      if (k !== "list") {
        c.fail(c.args, `${syntaxError(c, example).slice(0, -1)}, not ${describeNode(c.args, c.doc)}.`);
        return;
      }
      const list2 = itemsOf(c);
      if (list2.length < 2) {
        c.fail(c.args, syntaxError(c, example));
        return;
      }
      const [delimiter, source, index] = list2;
      const dk = c.kind(delimiter);
      const delimiterText = text(delimiter, c.doc);
      if (dk !== "string" && dk !== "call" && dk !== "null") {
        c.fail(delimiter ?? c.args, `The delimiter of "${c.name}" must be a string, not ${describeNode(delimiter, c.doc)}.`);
      } else if (delimiterText === "") {
        c.fail(delimiter, `The delimiter of "${c.name}" must not be empty.`);
      }
      const sk = c.kind(source);
      if (sk !== "string" && sk !== "call" && sk !== "null") {
        c.fail(source, `The string to split with "${c.name}" must be a string, not ${describeNode(source, c.doc)}.`);
      }
      if (list2.length < 3) return;
      const ik = c.kind(index);
      if (ik === "call") return;
      const indexValue = (0, import_yaml12.isScalar)(index) ? index.value : void 0;
      const number = parsePythonInt(indexValue);
      if (number === null) {
        c.fail(index ?? c.args, `Incorrect index to "${c.name}" should be an integer, not ${describeNode(index, c.doc)}.`);
        return;
      }
      const sourceText = text(source, c.doc);
      if (delimiterText && sourceText !== null) {
        const parts = sourceText.split(delimiterText).length;
        if (number >= parts || number < -parts) {
          c.fail(index, `Incorrect index to "${c.name}" should be between 0 and ${parts - 1}.`);
        }
      }
    };
    mapMerge = listOfItems('[{"key1": "val1"}, {"key2": "val2"}]', isMapLike, "Items to merge must be maps");
    mapReplace = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const example = '[{"key1": "val1"}, {"keys": {"key1": "key2"}, "values": {"val1": "val2"}}]';
      if (k !== "list" || itemsOf(c).length !== 2) {
        c.fail(c.args, syntaxError(c, example));
        return;
      }
      const [input, replacements] = itemsOf(c);
      for (const item of [input, replacements]) {
        const ik = c.kind(item);
        if (!isMapLike(ik) && ik !== "null") {
          c.fail(item, `Incorrect arguments: to "${c.name}", arguments must be a list of maps, not one with ${describeNode(item, c.doc)}.`);
        }
      }
      if (c.kind(replacements) !== "map") return;
      for (const pair of entries(mapOf(c, replacements))) {
        const key = String(pair.key.value);
        if (key !== "keys" && key !== "values") {
          const matches = closestMatches(key, ["keys", "values"]);
          c.fail(pair.key, `The replacements of "${c.name}" take only "keys" and "values", not "${key}".${didYouMean(matches)}`, {
            fixes: suggestionFixes(c.context.rangeOf(pair.key), matches)
          });
          continue;
        }
        const vk = c.kind(pair.value);
        if (!isMapLike(vk) && vk !== "null") {
          c.fail(pair.value, `Incorrect arguments: to "${c.name}", "${key}" must be a map, not ${describeNode(pair.value, c.doc)}.`);
        }
      }
    };
    yaql = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const example = "{yaql: {expression: $.data.var1.sum(), data: {var1: [3, 2, 1]}}}";
      if (k !== "map") {
        c.fail(c.args, `Arguments to "${c.name}" must be a map, not ${describeNode(c.args, c.doc)}: ${example}.`);
        return;
      }
      const map = mapOf(c);
      const expression = field(map, "expression");
      if (!expression) {
        c.fail(c.key, `"${c.name}" needs an expression: ${example}.`);
        return;
      }
      for (const pair of entries(map)) {
        const key = String(pair.key.value);
        if (key !== "expression" && key !== "data") {
          const matches = closestMatches(key, ["expression", "data"]);
          c.fail(pair.key, `"${c.name}" takes only "expression" and "data", not "${key}".${didYouMean(matches)}`, {
            fixes: suggestionFixes(c.context.rangeOf(pair.key), matches)
          });
        }
      }
      const ek = c.kind(expression.value);
      if (ek !== "string" && ek !== "call") {
        c.fail(expression.value ?? expression.key, `The "expression" argument to ${c.name} must contain a string, not ${describeNode(expression.value, c.doc)}.`);
      }
    };
    exactList = (count, form) => (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      if (k !== "list" || itemsOf(c).length !== count) {
        c.fail(c.args, `Arguments to "${c.name}" must be of the form: ${form}.`);
      }
    };
    equals = exactList(2, "[value_1, value_2]");
    ifFunction = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      const nullable = versionAtLeast(c.version, "2021-04-16");
      const count = k === "list" ? itemsOf(c).length : -1;
      if (count === 3 || nullable && count === 2) return;
      c.fail(
        c.args,
        `Arguments to "${c.name}" must be of the form: [condition_name, value_if_true, value_if_false]${nullable ? " (value_if_false may be omitted)" : ""}.`
      );
    };
    notFunction = (c) => {
      if (c.kind(c.args) === "null") c.fail(c.args, `Argument to "${c.name}" must be a condition.`);
    };
    andOr = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      if (k !== "list") {
        c.fail(c.args, `Arguments to "${c.name}" must be a list of conditions, not ${describeNode(c.args, c.doc)}.`);
        return;
      }
      if (itemsOf(c).length < 2) c.fail(c.args, `The minimum number of condition arguments to "${c.name}" is 2.`);
    };
    contains = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      if (k !== "list" || itemsOf(c).length !== 2) {
        c.fail(c.args, `Arguments to "${c.name}" must be of the form: [value1, [value1, value2]].`);
        return;
      }
      const sequence = itemsOf(c)[1];
      const sk = c.kind(sequence);
      if (sk !== "list" && sk !== "string" && sk !== "call") {
        c.fail(sequence ?? c.args, `Second argument to "${c.name}" should be a sequence, not ${describeNode(sequence, c.doc)}.`);
      }
    };
    filter = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      if (k !== "list") {
        c.fail(c.args, `Argument to "${c.name}" must be a list [values, sequence], not ${describeNode(c.args, c.doc)}.`);
        return;
      }
      const list2 = itemsOf(c);
      if (list2.length !== 2) {
        c.fail(c.args, `"${c.name}" expected 2 arguments of the form [values, sequence] but got ${list2.length} arguments instead.`);
        return;
      }
      const [values, sequence] = list2;
      if (!emptyOrList(c, sequence)) c.fail(sequence, `"${c.name}" only works with lists, not ${describeNode(sequence, c.doc)}.`);
      else if (!emptyOrList(c, values)) c.fail(values, `"${c.name}" filters a list of values, not ${describeNode(values, c.doc)}.`);
    };
    makeUrl = (c) => {
      const k = c.kind(c.args);
      if (k === "call") return;
      if (k !== "map") {
        c.fail(c.args, `The arguments to "${c.name}" must be a map, not ${describeNode(c.args, c.doc)}.`);
        return;
      }
      for (const pair of entries(mapOf(c))) {
        const key = String(pair.key.value);
        if (!MAKE_URL_KEYS.includes(key)) {
          const matches = closestMatches(key, MAKE_URL_KEYS);
          c.fail(pair.key, `Invalid argument to "${c.name}": ${key}. Valid: ${MAKE_URL_KEYS.join(", ")}.${didYouMean(matches)}`, {
            fixes: suggestionFixes(c.context.rangeOf(pair.key), matches)
          });
          continue;
        }
        const vk = c.kind(pair.value);
        if (vk === "call") continue;
        if (key === "query") {
          if (vk !== "map") c.fail(pair.value ?? pair.key, `The "query" argument to "${c.name}" must be a map, not ${describeNode(pair.value, c.doc)}.`);
        } else if (key === "port") {
          const value = (0, import_yaml12.isScalar)(resolve5(pair.value, c.doc)) ? resolve5(pair.value, c.doc).value : void 0;
          const port = parsePythonInt(value);
          if (port === null) c.fail(pair.value ?? pair.key, `Invalid URL port for "${c.name}": ${describeNode(pair.value, c.doc)}; it must be a number from 1 to 65535.`);
          else if (!(port > 0 && port <= 65535)) c.fail(pair.value, `Invalid URL port ${port}, must be in range 1-65535.`);
        } else if (vk !== "string") {
          c.fail(pair.value ?? pair.key, `The "${key}" argument to "${c.name}" must be a string, not ${describeNode(pair.value, c.doc)}.`);
        }
      }
    };
    listConcat = listOfItems("[[<value 1>, <value 2>], [<value 3>, <value 4>]]", isListLike, "Items to concat must be lists");
    getInput = (c) => {
      const k = c.kind(c.args);
      if (k === "string") return;
      c.fail(c.args, `Argument to "${c.name}" must be an input name (a string), not ${describeNode(c.args, c.doc)}; otherwise the deployment leaves the mapping as it is.`);
    };
    CHECKERS = {
      get_param: getParam,
      get_resource: getResource,
      get_attr: getAttr,
      get_file: getFile,
      str_replace: strReplace,
      str_replace_strict: strReplace,
      str_replace_vstrict: strReplace,
      list_join: listJoin,
      digest,
      repeat,
      resource_facade: resourceFacade,
      str_split: strSplit,
      map_merge: mapMerge,
      map_replace: mapReplace,
      yaql,
      equals,
      if: ifFunction,
      not: notFunction,
      and: andOr,
      or: andOr,
      contains,
      filter,
      make_url: makeUrl,
      list_concat: listConcat,
      list_concat_unique: listConcat,
      get_input: getInput
    };
  }
});

// packages/core/src/rules/functions/function-extra-keys.ts
function keySource(key) {
  return key.source ?? String(key.value);
}
function flowListForm(name, fnPair, others, flow) {
  if (!flow || !LIST_FUNCTIONS.has(name)) return null;
  const first = fnPair.value;
  if (!(0, import_yaml13.isScalar)(first) || first.value === null) return null;
  const parts = [render(first)];
  for (const pair of others) {
    if (pair.value !== null && pair.value !== void 0) return null;
    parts.push(render(pair.key));
  }
  return parts.includes(null) ? null : parts.join(", ");
}
function render(scalar) {
  if (scalar.type === "PLAIN") return scalar.source ?? String(scalar.value);
  if (scalar.type === "QUOTE_DOUBLE") return JSON.stringify(String(scalar.value));
  if (scalar.type === "QUOTE_SINGLE") return `'${String(scalar.value).replace(/'/g, "''")}'`;
  return null;
}
var import_yaml13, LIST_FUNCTIONS, function_extra_keys_default;
var init_function_extra_keys = __esm({
  "packages/core/src/rules/functions/function-extra-keys.ts"() {
    "use strict";
    import_yaml13 = __toESM(require_dist(), 1);
    init_nodes();
    init_fixes();
    init_rule();
    init_signatures();
    LIST_FUNCTIONS = /* @__PURE__ */ new Set(["get_attr", "get_param", "list_join", "str_split", "digest", "list_concat", "list_concat_unique", "map_merge", "equals", "and", "or", "contains", "filter", "if"]);
    function_extra_keys_default = defineRule({
      meta: {
        id: "function-extra-keys",
        area: "functions",
        description: "A function call is a mapping with exactly one key, the function name.",
        severity: "warning",
        enabledByDefault: true,
        docs: `Heat calls a function only when the mapping has a single key. A mapping that holds a
function name and other keys is plain data: the function never runs and its arguments are
passed on as they are. Heat accepts such a template (a mapping is valid data), hence a
warning; the value is almost never what was meant.

The classic cause is a flow mapping written like a list: YAML reads
\`{get_attr: server, console_urls, novnc}\` as a mapping with three keys (\`get_attr\`,
\`console_urls\` and \`novnc\`), not as a call with three arguments.

    # bad
    value: {get_attr: server, console_urls, novnc}

    # good
    value: {get_attr: [server, console_urls, novnc]}
`
      },
      check({ template, report: report2, rangeOf }) {
        const version = template.version;
        if (!version) return;
        const plain = functionsInContext(version, false);
        const conditional = functionsInContext(version, true);
        for (const value of template.maps) {
          const pairs = entries(value.map);
          if (pairs.length < 2) continue;
          const names = value.conditionContext ? conditional : plain;
          const fnPair = pairs.find((pair) => typeof pair.key.value === "string" && names.has(pair.key.value));
          if (!fnPair) continue;
          const name = String(fnPair.key.value);
          const others = pairs.filter((pair) => pair !== fnPair);
          const otherNames = others.map((pair) => `"${keySource(pair.key)}"`).join(", ");
          let suggestion = "";
          let fixes;
          const listForm = flowListForm(name, fnPair, others, value.map.flow === true);
          if (listForm !== null) {
            suggestion = ` Did you mean {${name}: [${listForm}]}?`;
            fixes = [replaceFix(rangeOf(value.map), `{${name}: [${listForm}]}`, `Change to {${name}: [${listForm}]}`)];
          }
          report2(
            fnPair.key,
            `This mapping has "${name}" and other keys (${otherNames}), so Heat takes it as data and "${name}" is never called; a call must be the only key of its mapping.${suggestion}`,
            { fixes }
          );
        }
      }
    });
  }
});

// packages/core/src/rules/functions/function-missing-space.ts
var function_missing_space_default;
var init_function_missing_space = __esm({
  "packages/core/src/rules/functions/function-missing-space.ts"() {
    "use strict";
    init_fixes();
    init_rule();
    init_signatures();
    function_missing_space_default = defineRule({
      meta: {
        id: "function-missing-space",
        area: "functions",
        description: "A function name followed by a colon without a space is read as one string.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: 'YAML reads `get_param:x` as one string, which validate accepts; the resource is then created with the literal text "get_param:x" (or create fails on the property constraints).',
        docs: `In YAML a colon makes a mapping only when a space (or the end of the line) follows
it. \`get_param:image\` is therefore one plain string, and the property receives the text
"get_param:image" instead of the parameter's value. In a flow mapping, \`{get_param:image}\`
is a mapping whose only key is that string.

The fix inserts the missing space.

    # bad
    image: get_param:image

    # good
    image: {get_param: image}
`
      },
      check({ template, catalog, report: report2, positions, rangeOf }) {
        const version = template.version;
        const names = new Set(version ? [...functionsInContext(version, false), ...version.condition_functions] : catalog.allFunctionNames);
        names.add("get_input");
        const keys = /* @__PURE__ */ new Set();
        const flowKeys = /* @__PURE__ */ new Set();
        for (const value of template.maps) {
          for (const pair of value.map.items) {
            keys.add(pair.key);
            if (value.map.flow && (pair.value === null || pair.value === void 0)) flowKeys.add(pair.key);
          }
        }
        for (const string of template.strings) {
          const node = string.node;
          if (node.type !== "PLAIN" || !node.range) continue;
          const match = /^([A-Za-z_:]+?):(\S[^\n]*)$/.exec(string.value);
          if (!match || !names.has(match[1])) continue;
          const name = match[1];
          const range = rangeOf(node);
          if (range.start.line !== range.end.line) continue;
          const isKey = keys.has(node);
          const message = `Missing space after "${name}:"; YAML reads "${string.value}" as one string${isKey ? " (a key)" : ""}.`;
          if (isKey && !flowKeys.has(node)) {
            report2(node, message);
            continue;
          }
          const at = positions.position(node.range[0] + name.length + 1);
          report2(node, message, { fixes: [replaceFix({ start: at, end: at }, " ", `Insert a space after "${name}:"`, true)] });
        }
      }
    });
  }
});

// packages/core/src/rules/functions/function-unknown.ts
function normalize2(name) {
  return name.toLowerCase().replace(/[-\s]/g, "_");
}
function misspelledFunction(name, candidates2, allowShort = false) {
  const norm = normalize2(name);
  const exact = candidates2.filter((c) => normalize2(c) === norm && (allowShort || c.length >= 5));
  if (exact.length > 0) return exact;
  const prefixed = FUNCTION_PREFIXES.some((p) => norm.startsWith(p));
  const scored = [];
  for (const candidate of candidates2) {
    const target = normalize2(candidate);
    if (target.length < 5) continue;
    const max = prefixed && target.length >= 8 ? 2 : 1;
    const distance = editDistance(norm, target, max);
    if (distance <= max && (prefixed || norm.length >= 5)) {
      scored.push({ candidate, score: distance });
    } else if (prefixed && norm.startsWith(target) && norm.length - target.length <= 5 && !norm.slice(target.length).includes("_")) {
      scored.push({ candidate, score: 3 });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  const best = scored[0]?.score;
  return scored.filter((s) => s.score === best).map((s) => s.candidate);
}
function propertyNamesOf(catalog) {
  let names = propertyNamesCache.get(catalog);
  if (names) return names;
  names = /* @__PURE__ */ new Set();
  const add = (schema) => {
    for (const [key, sub] of Object.entries(schema ?? {})) {
      if (key !== "*") names.add(key);
      add(sub.schema);
    }
  };
  for (const name of catalog.resourceTypeNames()) add(catalog.resourceType(name)?.properties);
  propertyNamesCache.set(catalog, names);
  return names;
}
var FUNCTION_PREFIXES, function_unknown_default, propertyNamesCache;
var init_function_unknown = __esm({
  "packages/core/src/rules/functions/function-unknown.ts"() {
    "use strict";
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    init_signatures();
    FUNCTION_PREFIXES = ["get_", "str_", "list_", "map_", "fn::"];
    function_unknown_default = defineRule({
      meta: {
        id: "function-unknown",
        area: "functions",
        description: "A single-key mapping whose key is a misspelled function name.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: `Heat's validate keeps a misspelled function as a plain mapping; at stack create the property receives that mapping instead of a value and fails its type check (e.g. "Value must be a string"), or an output shows the raw mapping.`,
        docs: `A mapping with a single key is a function call only when the key is exactly a function
name of the template's version. \`{get_parame: flavor}\`, \`{Get_Param: flavor}\` or
\`{str-replace: ...}\` are plain data to Heat: the property gets a mapping instead of a value, and
the template fails later or, worse, works with the wrong value.

A key is taken as a misspelling when it differs from a function name only in case or in
\`-\`/\`_\`, or by one or two letters with a function-like prefix (\`get_\`, \`str_\`, \`list_\`,
\`map_\`, \`Fn::\`), or when it is a function name with a short ending added
(\`get_attribute\`); keys that are property names of some resource type are never reported.

    # bad
    flavor: {get_parame: flavor}

    # good
    flavor: {get_param: flavor}
`
      },
      check({ template, catalog, report: report2, rangeOf }) {
        const version = template.version;
        if (!version) return;
        const plain = [...functionsInContext(version, false)];
        const conditional = [...functionsInContext(version, true)];
        const propertyNames = propertyNamesOf(catalog);
        for (const value of template.maps) {
          const pairs = entries(value.map);
          if (pairs.length !== 1) continue;
          const key = pairs[0].key;
          if (typeof key.value !== "string") continue;
          const name = key.value;
          if (catalog.allFunctionNames.has(name) || name === "get_input" || propertyNames.has(name)) continue;
          if (/^[^:]+:[^:]/.test(name)) continue;
          const candidates2 = value.conditionContext && version.condition_functions.length > 0 ? conditional : plain;
          const matches = misspelledFunction(name, candidates2, candidates2 === conditional);
          if (matches.length === 0) continue;
          const suggestion = matches.length === 1 ? `"${matches[0]}"` : `one of ${matches.map((m) => `"${m}"`).join(", ")}`;
          report2(key, `Unknown function "${name}". Did you mean ${suggestion}?`, {
            fixes: suggestionFixes(rangeOf(key), matches)
          });
        }
      }
    });
    propertyNamesCache = /* @__PURE__ */ new WeakMap();
  }
});

// packages/core/src/rules/functions/function-version.ts
function removedMessage(name) {
  const replacement = functionSignature(name)?.replacement;
  return `The function "${name}" is not supported in this version of HOT.${replacement ? ` Use ${replacement} instead.` : ""}`;
}
function needsMessage(name, needed, written, where2) {
  return `The function "${name}" needs heat_template_version ${needed} or later${where2}; this template is ${written}, where Heat takes the mapping as plain data.`;
}
function list(names) {
  return names.map((n) => `"${n}"`).join(", ");
}
var function_version_default;
var init_function_version = __esm({
  "packages/core/src/rules/functions/function-version.ts"() {
    "use strict";
    init_rule();
    init_signatures();
    function_version_default = defineRule({
      meta: {
        id: "function-version",
        area: "functions",
        description: "A function must exist in the template version and be allowed where it is used.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: "A function from a later version is kept as a plain mapping by validate; at stack create the property receives that mapping and fails its type check, or the output shows the raw mapping. Removed functions are rejected by validate itself.",
        docs: `Which intrinsic functions a template may call depends on its \`heat_template_version\`.

- A CloudFormation function removed from HOT (\`Fn::Join\`, \`Ref\`, \`Fn::Select\` from
  2015-10-15, ...) makes Heat reject the template: "The function Fn::Join is not supported in
  this version of HOT."
- A function that only a later version has (\`repeat\` before 2015-04-30, \`yaql\` and \`if\`
  before 2016-10-14, \`filter\` before 2017-02-24, \`contains\` or \`make_url\` before
  2017-09-01) is not called at all: Heat takes the mapping as plain data, which silently
  breaks the template.
- In the \`conditions\` section, in a \`condition:\` field and in the first argument of \`if\`, only
  condition functions (\`get_param\`, \`equals\`, \`not\`, \`and\`, \`or\`, and from 2017-09-01 \`yaql\`
  and \`contains\`) apply: Heat rejects any other ('The function "get_attr" is invalid in this
  context').
- The condition functions \`equals\`, \`not\`, \`and\` and \`or\` mean nothing elsewhere: a
  property written \`{equals: [...]}\` is passed on as a mapping (a warning).

    # bad: yaql needs 2016-10-14
    heat_template_version: 2015-04-30
    outputs:
      total:
        value: {yaql: {expression: $.data.sum(), data: [1, 2]}}

    # good
    heat_template_version: 2016-10-14
`
      },
      check({ template, catalog, report: report2 }) {
        const version = template.version;
        if (!version) return;
        const written = template.versionValue ?? version.version;
        const hasConditions = version.condition_functions.length > 0;
        const conditionFunctions = new Set(version.condition_functions);
        for (const call of template.calls) {
          const { name } = call;
          const status = catalog.functionStatus(version, name);
          if (call.conditionContext && hasConditions) {
            if (conditionFunctions.has(name)) continue;
            if (status === "removed") {
              report2(call.key, removedMessage(name));
            } else if (status === "supported") {
              report2(
                call.key,
                `The function "${name}" is invalid in this context: conditions can only use ${list(version.condition_functions)}.`
              );
            } else {
              const first2 = catalog.versions.find((v) => v.condition_functions.includes(name));
              if (first2 && first2.version > version.version) {
                report2(call.key, needsMessage(name, first2.version, written, " in conditions"));
              }
            }
            continue;
          }
          if (status === "supported") continue;
          if (status === "removed") {
            report2(call.key, removedMessage(name));
            continue;
          }
          const first = catalog.firstVersionWith(name);
          if (first && first.version > version.version) {
            report2(call.key, needsMessage(name, first.version, written, ""));
            continue;
          }
          const signature = functionSignature(name);
          if (hasConditions && signature?.conditionOnly && !status) {
            report2(
              call.key,
              `"${name}" is a condition function: it only works in the conditions section, a condition: field or the first argument of "if"; here Heat passes the mapping on as data.`,
              { severity: "warning" }
            );
          }
        }
      }
    });
  }
});

// packages/core/src/rules/functions/get-input-context.ts
var STRUCTURED_CONFIG, get_input_context_default;
var init_get_input_context = __esm({
  "packages/core/src/rules/functions/get-input-context.ts"() {
    "use strict";
    init_nodes();
    init_rule();
    STRUCTURED_CONFIG = "OS::Heat::StructuredConfig";
    get_input_context_default = defineRule({
      meta: {
        id: "get-input-context",
        area: "functions",
        description: "get_input is only replaced inside the config of an OS::Heat::StructuredConfig.",
        severity: "warning",
        enabledByDefault: true,
        docs: `\`get_input\` is not one of Heat's intrinsic functions. An
\`OS::Heat::StructuredDeployment\` replaces \`{get_input: <name>}\` with the value of that input,
and only inside the \`config\` property of the \`OS::Heat::StructuredConfig\` it deploys
(heat/engine/resources/openstack/heat/structured_config.py). Anywhere else Heat passes the
mapping on unchanged, so the property or output gets \`{get_input: ...}\` instead of a value.
A software config of another kind (\`OS::Heat::SoftwareConfig\`) receives its inputs as
environment variables or through its config tool, not through \`get_input\`.

Resources of types hot-lint does not know (provider templates) are not checked: they may
pass the mapping on to a structured config.

    # bad
    config:
      type: OS::Heat::SoftwareConfig
      properties:
        config: {get_input: script}

    # good
    config:
      type: OS::Heat::StructuredConfig
      properties:
        config:
          files: {/tmp/foo: {content: {get_input: bar}}}
`
      },
      check({ template, catalog, report: report2 }) {
        for (const value of template.maps) {
          const pairs = entries(value.map);
          if (pairs.length !== 1 || pairs[0].key.value !== "get_input") continue;
          let where2;
          if (value.section === "resources") {
            const type = template.resources.get(value.owner)?.type ?? null;
            if (type === null || !catalog.resourceType(type)) continue;
            if (type === STRUCTURED_CONFIG && value.path[0] === "properties" && value.path[1] === "config") continue;
            where2 = type === STRUCTURED_CONFIG ? `outside the config property of "${value.owner}"` : `in "${value.owner}" (${type})`;
          } else {
            where2 = `in the ${value.section} section`;
          }
          report2(
            pairs[0].key,
            `"get_input" is only replaced in the config property of an ${STRUCTURED_CONFIG}; ${where2} Heat leaves {get_input: ...} as data.`
          );
        }
      }
    });
  }
});

// packages/core/src/rules/functions/index.ts
var functionsRules;
var init_functions = __esm({
  "packages/core/src/rules/functions/index.ts"() {
    "use strict";
    init_function_arguments();
    init_function_extra_keys();
    init_function_missing_space();
    init_function_unknown();
    init_function_version();
    init_get_input_context();
    functionsRules = [
      function_unknown_default,
      function_version_default,
      function_arguments_default,
      function_extra_keys_default,
      get_input_context_default,
      function_missing_space_default
    ];
  }
});

// packages/core/src/rules/outputs/output-value.ts
var output_value_default;
var init_output_value = __esm({
  "packages/core/src/rules/outputs/output-value.ts"() {
    "use strict";
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    output_value_default = defineRule({
      meta: {
        id: "output-value",
        area: "outputs",
        description: "Every output needs a value, and only the keys its HOT version allows.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: 'Heat ignores unknown keys in the outputs of a top-level stack, but rejects them ("\\"vaule\\" is not a valid keyword inside a output definition") when the template is used as a nested stack; these are warnings.',
        docs: `An output is a mapping with a \`value\` and optionally a \`description\`, and from HOT
2016-10-14 (newton) a \`condition\`. Heat rejects an output without \`value\` ("Each output
definition must contain a value key."). Other keys (a misspelled \`vaule\`, or \`condition\` in an
older version) are warnings: Heat silently ignores them in a top-level stack, but rejects the
template when it is used as a nested stack.

    # bad
    outputs:
      server_ip:
        description: The IP
        vaule: { get_attr: [server, first_address] }

    # good
    outputs:
      server_ip:
        description: The IP
        value: { get_attr: [server, first_address] }
`
      },
      check({ template, catalog, report: report2, rangeOf }) {
        if (!template.versionPair) return;
        const version = template.version;
        const allowed = version ? version.output_keys : [...new Set(catalog.versions.flatMap((v) => v.output_keys))];
        for (const output of template.outputs.values()) {
          if (!output.definition) continue;
          if (!field(output.definition, "value")) {
            report2(output.key, `Output "${output.name}" has no value: each output definition must contain a value key.`);
          }
          for (const pair of entries(output.definition)) {
            const key = String(pair.key.value);
            if (allowed.includes(key)) continue;
            const since = catalog.versions.find((v) => v.output_keys.includes(key));
            if (since && version) {
              report2(pair, `"${key}" is not an output key in HOT ${version.version} (Heat ignores it here); it needs heat_template_version ${since.version} or later.`, {
                severity: "warning"
              });
              continue;
            }
            const matches = closestMatches(key, allowed);
            report2(pair, `"${key}" is not a valid key in an output definition; allowed: ${allowed.join(", ")}.${didYouMean(matches)}`, {
              severity: "warning",
              fixes: suggestionFixes(rangeOf(pair.key), matches)
            });
          }
        }
      }
    });
  }
});

// packages/core/src/rules/outputs/index.ts
var outputsRules;
var init_outputs = __esm({
  "packages/core/src/rules/outputs/index.ts"() {
    "use strict";
    init_output_value();
    outputsRules = [output_value_default];
  }
});

// packages/core/src/rules/parameters/parameter-constraint.ts
var parameter_constraint_default;
var init_parameter_constraint = __esm({
  "packages/core/src/rules/parameters/parameter-constraint.ts"() {
    "use strict";
    init_suggest();
    init_nodes();
    init_fixes();
    init_rule();
    init_constraints();
    parameter_constraint_default = defineRule({
      meta: {
        id: "parameter-constraint",
        area: "parameters",
        description: "Parameter constraints must be a list of well-formed constraints that apply to the parameter type and version.",
        severity: "error",
        enabledByDefault: true,
        docs: `A parameter's \`constraints\` is a list; each item is a mapping with one constraint kind
(\`length\`, \`range\`, \`modulo\`, \`allowed_values\`, \`allowed_pattern\`, \`custom_constraint\`) and an
optional \`description\`. Heat rejects the template when:

- \`constraints\` is not a list, or an item is not a mapping, or an item has an unknown key
  ("Invalid key 'allowed_valuse' for parameter constraints") or no constraint at all
  ("No constraint expressed");
- a kind does not apply to the parameter's type ("Range constraint invalid for string"):
  \`range\` and \`modulo\` are for numbers, \`allowed_pattern\` for strings, \`length\` for strings,
  lists and json, \`allowed_values\` and \`custom_constraint\` for all but json;
- \`modulo\` is used before HOT 2017-02-24;
- \`range\`/\`length\` has no min and no max, non-numeric bounds or (length) non-integer bounds;
  \`modulo\` lacks step or offset, has step 0, or an offset not smaller than the step or of the
  other sign; \`allowed_values\` is not a list; \`allowed_pattern\` is not a string.

Warnings: an item with several kinds (Heat keeps only one, in its own order, and silently
ignores the others) and a \`range\`/\`length\` whose min is above its max (Heat accepts it, but no
value can ever satisfy it).

    # bad
    parameters:
      port:
        type: string
        constraints:
          - range: { min: 1, max: 65535 }   # range is for numbers
          - allowed_valuse: [a, b]          # misspelled

    # good
    parameters:
      port:
        type: number
        constraints:
          - range: { min: 1, max: 65535 }
            description: A TCP port
`
      },
      check({ template, catalog, yaml, report: report2, rangeOf }) {
        if (!template.versionPair) return;
        const latest = catalog.versions[catalog.versions.length - 1];
        const kindsInVersion = versionConstraintKinds(template.version, latest);
        const byType = catalog.language.constraint_kinds_by_type;
        for (const param of template.parameters.values()) {
          if (!param.definition) continue;
          const constraints = readConstraints(param, kindsInVersion, yaml);
          if (constraints.notAList) {
            report2(constraints.notAList, `The constraints of parameter "${param.name}" must be a list of constraints, not ${describeNode(constraints.notAList, yaml)}.`);
            continue;
          }
          for (const item of constraints.notMaps) {
            report2(item, `Each constraint of parameter "${param.name}" must be a mapping (e.g. "- length: {min: 1}"), not ${describeNode(item, yaml)}.`);
          }
          const typeKinds = param.type !== null && Object.prototype.hasOwnProperty.call(byType, param.type) ? byType[param.type] : void 0;
          for (const entry of constraints.entries) {
            for (const pair of entry.unknownKeys) {
              const name = String(pair.key.value);
              const matches = closestMatches(name, CONSTRAINT_ENTRY_KEYS);
              report2(pair, `"${name}" is not a parameter constraint key; use one of ${CONSTRAINT_ENTRY_KEYS.join(", ")}.${didYouMean(matches)}`, {
                fixes: suggestionFixes(rangeOf(pair.key), matches)
              });
            }
            if (entry.unknownKeys.length) continue;
            if (entry.kinds.length === 0) {
              report2(entry.map, `This constraint of parameter "${param.name}" expresses no constraint (it has only a description).`);
              continue;
            }
            const chosen = entry.chosen;
            for (const kind of entry.kinds) {
              if (kindsInVersion.includes(kind.kind) || !template.version) continue;
              const since = catalog.versions.find((v) => v.parameter_constraint_kinds.includes(kind.kind));
              const sinceText = since ? ` It needs heat_template_version ${since.version} or later.` : "";
              if (chosen) {
                report2(kind.pair, `HOT ${template.version.version} has no "${kind.kind}" constraint: Heat ignores it here and uses "${chosen.kind}".${sinceText}`, {
                  severity: "warning"
                });
              } else {
                report2(kind.pair, `HOT ${template.version.version} has no "${kind.kind}" constraint (Heat: "No constraint expressed").${sinceText}`);
              }
            }
            if (!chosen) continue;
            for (const kind of entry.kinds) {
              if (kind === chosen || !kindsInVersion.includes(kind.kind)) continue;
              report2(kind.pair, `Heat uses only one constraint per list item: it keeps "${chosen.kind}" and ignores "${kind.kind}". Put each constraint in its own "- " item.`, {
                severity: "warning"
              });
            }
            if (typeKinds && !typeKinds.includes(chosen.kind)) {
              const fits = Object.entries(byType).filter(([, kinds]) => kinds.includes(chosen.kind)).map(([type]) => type);
              report2(chosen.pair, `The "${chosen.kind}" constraint does not apply to a ${param.type} parameter ("${param.name}"); it applies to ${fits.join(", ")}.`);
              continue;
            }
            for (const problem2 of parseConstraint(chosen, yaml).problems) {
              report2(problem2.node, problem2.message, problem2.warning ? { severity: "warning" } : {});
            }
          }
        }
      }
    });
  }
});

// packages/core/src/rules/parameters/parameter-custom-constraint.ts
var import_yaml14, parameter_custom_constraint_default;
var init_parameter_custom_constraint = __esm({
  "packages/core/src/rules/parameters/parameter-custom-constraint.ts"() {
    "use strict";
    import_yaml14 = __toESM(require_dist(), 1);
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    init_constraints();
    parameter_custom_constraint_default = defineRule({
      meta: {
        id: "parameter-custom-constraint",
        area: "parameters",
        description: "custom_constraint must name a constraint Heat has (e.g. nova.flavor, neutron.network).",
        severity: "warning",
        enabledByDefault: true,
        stricterThanHeat: `Heat's validate does not look custom constraints up, but stack create checks the parameter value against it and fails with "does not validate <name> (constraint not found)".`,
        docs: `A \`custom_constraint\` checks a parameter value against the cloud (an image that exists, a
flavor, a network...) or a format (\`ip_addr\`, \`cron_expression\`, ...). Heat 19 knows a fixed set
of names. An unknown name is not reported by \`openstack orchestration template validate\`, but
every stack create then fails on that parameter: "\\"m1.small\\" does not validate nova.flavour
(constraint not found)".

    # bad
    parameters:
      flavor:
        type: string
        constraints:
          - custom_constraint: nova.flavour

    # good
    parameters:
      flavor:
        type: string
        constraints:
          - custom_constraint: nova.flavor
`
      },
      check({ template, catalog, yaml, report: report2, rangeOf }) {
        if (!template.versionPair) return;
        const kinds = versionConstraintKinds(template.version, catalog.versions[catalog.versions.length - 1]);
        for (const param of template.parameters.values()) {
          if (!param.definition) continue;
          for (const entry of readConstraints(param, kinds, yaml).entries) {
            const kind = entry.chosen;
            if (kind?.kind !== "custom_constraint") continue;
            const node = kind.value;
            if (!(0, import_yaml14.isScalar)(node) || typeof node.value !== "string") {
              report2(node ?? kind.pair, `custom_constraint must be the name of a constraint (e.g. nova.flavor), not ${describeNode(node, yaml)}.`);
              continue;
            }
            const name = node.value;
            if (catalog.customConstraints.has(name)) continue;
            const matches = closestMatches(name, catalog.customConstraints);
            report2(node, `Unknown custom constraint "${name}": Heat ${catalog.heatVersion} has no such constraint, so stack create will fail on parameter "${param.name}".${didYouMean(matches)}`, {
              fixes: suggestionFixes(rangeOf(node), matches)
            });
          }
        }
      }
    });
  }
});

// packages/core/src/rules/parameters/parameter-default.ts
var parameter_default_default;
var init_parameter_default = __esm({
  "packages/core/src/rules/parameters/parameter-default.ts"() {
    "use strict";
    init_nodes();
    init_rule();
    init_parameter_value();
    init_python_values();
    parameter_default_default = defineRule({
      meta: {
        id: "parameter-default",
        area: "parameters",
        description: "A parameter's default must fit its type and satisfy its own constraints.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: `A default that does not fit the type (a number parameter defaulting to "abc") passes validate when no constraint reads it, but stack create fails with "Parameter 'p' is invalid" unless a value is given; these are warnings.`,
        docs: `Heat checks a parameter's \`default\` against the parameter's constraints when it validates
the template ("Parameter 'port' is invalid: Invalid default 0 (0 is out of range (min: 1,
max: 65535))"), so a default that breaks its own \`allowed_values\`, \`range\`, \`length\`,
\`modulo\` or \`allowed_pattern\` is an error. Patterns follow Python's \`re.match\`: the value must
match from its first character, and the match must cover all of it. A pattern that cannot be
translated with certainty is not checked.

A default must also fit the type: a \`number\` takes a number or numeric string, a \`boolean\`
one of ${BOOLEAN_SPELLINGS.join(", ")} (any case) or true/false, a \`json\` a mapping, a list or
a JSON string, a \`comma_delimited_list\` a string or a list. Heat rejects a
\`comma_delimited_list\` default of another kind at once; the other mismatches are warnings
when no constraint reads the value, since only stack create (without a value for the
parameter) fails on them.

    # bad
    parameters:
      port:
        type: number
        default: 0
        constraints:
          - range: { min: 1, max: 65535 }

    # good
    parameters:
      port:
        type: number
        default: 8080
        constraints:
          - range: { min: 1, max: 65535 }
`
      },
      check(context) {
        const { template, catalog, yaml } = context;
        if (!template.versionPair) return;
        for (const param of template.parameters.values()) {
          const type = param.type;
          if (!param.definition || type === null || !catalog.language.parameter_types.includes(type)) continue;
          const defaultNode = resolve5(field(param.definition, "default")?.value, yaml);
          if (!defaultNode) continue;
          checkParameterValue(context, param, type, defaultNode, applicableConstraints(param, template, catalog), {
            label: "The default",
            fromEnvironment: false
          });
        }
      }
    });
  }
});

// packages/core/src/rules/parameters/parameter-group-undefined.ts
var import_yaml15, GROUPABLE_PSEUDO_PARAMETERS, parameter_group_undefined_default;
var init_parameter_group_undefined = __esm({
  "packages/core/src/rules/parameters/parameter-group-undefined.ts"() {
    "use strict";
    import_yaml15 = __toESM(require_dist(), 1);
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    GROUPABLE_PSEUDO_PARAMETERS = ["OS::stack_id", "OS::project_id"];
    parameter_group_undefined_default = defineRule({
      meta: {
        id: "parameter-group-undefined",
        area: "parameters",
        description: "parameter_groups must list declared parameters, each in one group only.",
        severity: "error",
        enabledByDefault: true,
        docs: `\`parameter_groups\` arranges parameters for user interfaces. Heat validates it: every group
needs a \`parameters\` list ("The parameters must be provided for each parameter group."), every
name in it must be a declared parameter ("The grouped parameter flavour does not reference a
valid parameter.") and a parameter may appear in one group only ("The image parameter must
be assigned to one parameter group only.").

    # bad
    parameter_groups:
      - label: Server
        parameters: [flavour, image]
      - label: Other
        parameters: [image]

    # good
    parameter_groups:
      - label: Server
        parameters: [flavor, image]
`
      },
      check({ template, yaml, report: report2, rangeOf }) {
        if (!template.versionPair) return;
        const groups = resolve5(template.sections.get("parameter_groups")?.value, yaml);
        if (!(0, import_yaml15.isSeq)(groups)) return;
        const declared = /* @__PURE__ */ new Set([...template.parameters.keys(), ...GROUPABLE_PSEUDO_PARAMETERS]);
        const seen = /* @__PURE__ */ new Map();
        for (const raw of groups.items) {
          const group = resolve5(raw, yaml);
          if (!(0, import_yaml15.isMap)(group)) continue;
          const pair = field(group, "parameters");
          const list2 = resolve5(pair?.value, yaml);
          if (!pair || !list2 || (0, import_yaml15.isScalar)(list2) && list2.value === null) {
            const label = scalarString(field(group, "label")?.value, yaml);
            const where2 = label !== null ? ` (group "${label}")` : "";
            report2(pair ?? group, `This parameter group${where2} has no parameters: the parameters must be provided for each parameter group.`);
            continue;
          }
          if (!(0, import_yaml15.isSeq)(list2)) continue;
          for (const item of list2.items) {
            const node = resolve5(item, yaml);
            if (!(0, import_yaml15.isScalar)(node) || node.value === null || typeof node.value === "object") {
              report2(node ?? list2, `A grouped parameter must be a parameter name, not ${describeNode(node, yaml)}.`);
              continue;
            }
            const name = String(node.value);
            const earlier = seen.get(name);
            if (earlier) {
              const line = rangeOf(earlier).start.line + 1;
              report2(node, `The parameter "${name}" must be assigned to one parameter group only; it is already listed on line ${line}.`);
              continue;
            }
            seen.set(name, node);
            if (declared.has(name)) continue;
            const matches = closestMatches(name, template.parameters.keys());
            report2(node, `The grouped parameter "${name}" does not reference a declared parameter.${didYouMean(matches)}`, {
              fixes: suggestionFixes(rangeOf(node), matches)
            });
          }
        }
      }
    });
  }
});

// packages/core/src/rules/parameters/parameter-keys.ts
var CFN_KEYS, parameter_keys_default;
var init_parameter_keys = __esm({
  "packages/core/src/rules/parameters/parameter-keys.ts"() {
    "use strict";
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    CFN_KEYS = {
      NoEcho: "use hidden: true",
      AllowedValues: "use constraints: [{allowed_values: [...]}]",
      AllowedPattern: 'use constraints: [{allowed_pattern: "..."}]',
      MinLength: "use constraints: [{length: {min: ...}}]",
      MaxLength: "use constraints: [{length: {max: ...}}]",
      MinValue: "use constraints: [{range: {min: ...}}]",
      MaxValue: "use constraints: [{range: {max: ...}}]",
      ConstraintDescription: "put a description in the constraint"
    };
    parameter_keys_default = defineRule({
      meta: {
        id: "parameter-keys",
        area: "parameters",
        description: "A parameter definition may only use the keys its HOT version allows.",
        severity: "error",
        enabledByDefault: true,
        docs: `A parameter definition takes \`type\`, \`label\`, \`description\`, \`default\`, \`hidden\`,
\`constraints\`, \`immutable\` and \`schema\`, plus \`tags\` from HOT 2018-03-02 (queens). Heat rejects
any other key: "Invalid key 'defualt' for parameter (flavor)". CloudFormation keys such as
\`AllowedValues\` or \`NoEcho\` have HOT equivalents (\`constraints\`, \`hidden\`).

    # bad
    heat_template_version: 2017-09-01
    parameters:
      flavor:
        type: string
        defualt: m1.small
        tags: [compute]      # needs 2018-03-02

    # good
    heat_template_version: 2018-03-02
    parameters:
      flavor:
        type: string
        default: m1.small
        tags: [compute]
`
      },
      check({ template, catalog, report: report2, rangeOf }) {
        if (!template.versionPair) return;
        const version = template.version;
        const allowed = version ? version.parameter_keys : [...new Set(catalog.versions.flatMap((v) => v.parameter_keys))];
        for (const param of template.parameters.values()) {
          for (const pair of entries(param.definition)) {
            const key = String(pair.key.value);
            if (allowed.includes(key)) continue;
            const since = catalog.versions.find((v) => v.parameter_keys.includes(key));
            if (since && version) {
              report2(pair, `"${key}" is not allowed in a parameter in HOT ${version.version}; it needs heat_template_version ${since.version} or later.`);
              continue;
            }
            const cfn = Object.prototype.hasOwnProperty.call(CFN_KEYS, key) ? CFN_KEYS[key] : void 0;
            if (cfn) {
              report2(pair, `"${key}" is a CloudFormation parameter key, not a HOT one (parameter "${param.name}"): ${cfn}.`);
              continue;
            }
            const matches = closestMatches(key, allowed);
            report2(pair, `"${key}" is not a valid key in a parameter definition (parameter "${param.name}"); allowed: ${allowed.join(", ")}.${didYouMean(matches)}`, {
              fixes: suggestionFixes(rangeOf(pair.key), matches)
            });
          }
        }
      }
    });
  }
});

// packages/core/src/rules/parameters/parameter-type.ts
var import_yaml16, ALIASES, parameter_type_default;
var init_parameter_type = __esm({
  "packages/core/src/rules/parameters/parameter-type.ts"() {
    "use strict";
    import_yaml16 = __toESM(require_dist(), 1);
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    ALIASES = {
      String: "string",
      Number: "number",
      CommaDelimitedList: "comma_delimited_list",
      Json: "json",
      Boolean: "boolean",
      str: "string",
      text: "string",
      int: "number",
      integer: "number",
      float: "number",
      list: "comma_delimited_list",
      array: "comma_delimited_list",
      map: "json",
      dict: "json",
      object: "json",
      bool: "boolean"
    };
    parameter_type_default = defineRule({
      meta: {
        id: "parameter-type",
        area: "parameters",
        description: "A parameter type must be one of string, number, comma_delimited_list, json, boolean.",
        severity: "error",
        enabledByDefault: true,
        docs: `HOT parameters have five types: \`string\`, \`number\`, \`comma_delimited_list\`, \`json\` and
\`boolean\`, written in lower case. The CloudFormation names (\`String\`, \`Number\`,
\`CommaDelimitedList\`, \`Json\`, \`Boolean\`) are not accepted in a HOT template: Heat rejects it
with "Invalid type (String)". A parameter without \`type\` is reported by \`template-structure\`.

    # bad
    parameters:
      flavor:
        type: String

    # good
    parameters:
      flavor:
        type: string
`
      },
      check({ template, catalog, yaml, report: report2, rangeOf }) {
        if (!template.versionPair) return;
        const types = catalog.language.parameter_types;
        for (const param of template.parameters.values()) {
          const pair = field(param.definition, "type");
          if (!pair) continue;
          const node = pair.value;
          const value = (0, import_yaml16.isScalar)(node) && typeof node.value === "string" ? node.value : null;
          if (value !== null && types.includes(value)) continue;
          const valid = types.join(", ");
          if (value === null) {
            report2(node ?? pair, `The type of parameter "${param.name}" must be one of ${valid}, not ${describeNode(node, yaml)}.`);
            continue;
          }
          const alias = Object.prototype.hasOwnProperty.call(ALIASES, value) ? ALIASES[value] : void 0;
          const matches = alias ? [alias] : closestMatches(value, types);
          report2(node, `"${value}" is not a HOT parameter type (parameter "${param.name}"); use one of ${valid}.${didYouMean(matches)}`, {
            fixes: suggestionFixes(rangeOf(node), matches)
          });
        }
      }
    });
  }
});

// packages/core/src/rules/parameters/index.ts
var parametersRules;
var init_parameters = __esm({
  "packages/core/src/rules/parameters/index.ts"() {
    "use strict";
    init_parameter_constraint();
    init_parameter_custom_constraint();
    init_parameter_default();
    init_parameter_group_undefined();
    init_parameter_keys();
    init_parameter_type();
    parametersRules = [
      parameter_type_default,
      parameter_keys_default,
      parameter_default_default,
      parameter_constraint_default,
      parameter_custom_constraint_default,
      parameter_group_undefined_default
    ];
  }
});

// packages/core/src/rules/project/nested.ts
function nestedTemplateOf(context, resource, base = context.project.path) {
  if (!resource.type) return null;
  const resolution = context.types.resolve(resource.type, base, resource.name);
  return loadResolution(context.project, resolution);
}
function loadResolution(project, resolution) {
  if (resolution.kind !== "template") return null;
  const { loader } = project.session;
  const path = loader.resolve(resolution.base, resolution.path);
  if (path === null) return { kind: "url", written: resolution.path };
  if (!loader.isAllowed(path)) {
    return { kind: "unreadable", path, written: resolution.path, reason: "it is outside the project root, so it was not read" };
  }
  const file = project.session.file(path);
  if (!file.read.ok) return { kind: "unreadable", path, written: resolution.path, reason: file.read.reason };
  return { kind: "loaded", path, written: resolution.path, template: project.session.template(path) };
}
function suppliedParameters(project) {
  const names = /* @__PURE__ */ new Set();
  for (const env of project.environments) {
    for (const name of env.parameters.keys()) names.add(name);
    for (const name of env.parameterDefaults.keys()) names.add(name);
  }
  return names;
}
function hasProject(context) {
  return context.project !== void 0;
}
var init_nested = __esm({
  "packages/core/src/rules/project/nested.ts"() {
    "use strict";
  }
});

// packages/core/src/rules/project/get-file-missing.ts
var import_yaml17, get_file_missing_default;
var init_get_file_missing = __esm({
  "packages/core/src/rules/project/get-file-missing.ts"() {
    "use strict";
    import_yaml17 = __toESM(require_dist(), 1);
    init_rule();
    init_nested();
    get_file_missing_default = defineRule({
      meta: {
        id: "get-file-missing",
        area: "project",
        description: "get_file must name a readable file inside the project.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: `Heat's validate does not read get_file targets (the function resolves at stack create); create then fails with 'No content found in the "files" section for get_file path: x'.`,
        docs: `\`get_file\` paths are resolved relative to the file that names them, the way
python-heatclient reads them into the request's \`files\` map. A path that does not exist
makes Heat fail with 'No content found in the "files" section for get_file path: ...'.

For safety hot-lint never reads a path outside the project root (the folder of the
configuration file, or the current directory) and never fetches URLs; such paths are
reported or skipped, not followed.

    # bad: the script is in scripts/, not beside the template
    config: { get_file: install.sh }

    # good
    config: { get_file: scripts/install.sh }
`
      },
      check(context) {
        if (!hasProject(context)) return;
        const { template, project, report: report2 } = context;
        const { loader } = project.session;
        for (const call of template.calls) {
          if (call.name !== "get_file" || !(0, import_yaml17.isScalar)(call.args) || typeof call.args.value !== "string") continue;
          if (context.catalog.functionStatus(template.version ?? context.catalog.versions.at(-1), "get_file") !== "supported") continue;
          const written = call.args.value;
          const path = loader.resolve(project.path, written);
          if (path === null) continue;
          if (!loader.isAllowed(path)) {
            report2(call.args, `get_file path "${written}" is outside the project root; hot-lint does not read it.`);
            continue;
          }
          const file = project.session.file(path);
          if (!file.read.ok) report2(call.args, `get_file path "${written}" cannot be read: ${file.read.reason}.`);
        }
      }
    });
  }
});

// packages/core/src/rules/project/nested-template-attributes.ts
var import_yaml18, nested_template_attributes_default;
var init_nested_template_attributes = __esm({
  "packages/core/src/rules/project/nested-template-attributes.ts"() {
    "use strict";
    import_yaml18 = __toESM(require_dist(), 1);
    init_suggest();
    init_fixes();
    init_rule();
    init_nested();
    nested_template_attributes_default = defineRule({
      meta: {
        id: "nested-template-attributes",
        area: "project",
        description: "get_attr on a nested template resource must name one of the nested template's outputs.",
        severity: "error",
        enabledByDefault: true,
        docs: `The attributes of a resource whose type is a template file are that template's outputs,
plus \`show\` and \`resource.<name>[.<attribute>]\` paths into its resources. Heat rejects
any other name ("The Referenced Attribute (web nope) is incorrect.").

    # web_server.yaml has outputs: first_ip
    outputs:
      ip:
        value: { get_attr: [web, first_address] }   # not an output of web_server.yaml
`
      },
      check(context) {
        if (!hasProject(context)) return;
        const { template, report: report2, rangeOf, catalog } = context;
        const version = template.version ?? catalog.versions.at(-1);
        for (const call of template.calls) {
          if (call.name !== "get_attr" || !(0, import_yaml18.isSeq)(call.args) || call.args.items.length < 2) continue;
          if (catalog.functionStatus(version, "get_attr") !== "supported") continue;
          const [resourceNode, attributeNode] = call.args.items;
          if (!(0, import_yaml18.isScalar)(resourceNode) || !(0, import_yaml18.isScalar)(attributeNode) || typeof attributeNode.value !== "string") continue;
          const resource = template.resources.get(String(resourceNode.value));
          if (!resource) continue;
          const nested = nestedTemplateOf(context, resource);
          if (nested?.kind !== "loaded" || !nested.template) continue;
          const attribute = attributeNode.value;
          const outputs = nested.template.outputs;
          if (outputs.has(attribute) || attribute.startsWith("resource.")) continue;
          if (catalog.language.base_attributes.includes(attribute)) continue;
          const matches = closestMatches(attribute, outputs.keys());
          report2(
            attributeNode,
            `The Referenced Attribute (${resource.name} ${attribute}) is incorrect: nested template "${nested.written}" has no output "${attribute}".${didYouMean(matches)}`,
            { fixes: suggestionFixes(rangeOf(attributeNode), matches) }
          );
        }
      }
    });
  }
});

// packages/core/src/rules/project/nested-template-cycle.ts
function findCycle(context, path, template, chain, depthLeft) {
  if (path === chain[0]) return [...chain, path];
  if (chain.includes(path) || !template || depthLeft <= 0) return null;
  for (const resource of template.resources.values()) {
    const nested = nestedTemplateOf(context, resource, path);
    if (nested?.kind !== "loaded") continue;
    const found = findCycle(context, nested.path, nested.template, [...chain, path], depthLeft - 1);
    if (found) return found;
  }
  return null;
}
function relativeName(path, project) {
  const root = project.session.loader.root;
  return root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}
var nested_template_cycle_default;
var init_nested_template_cycle = __esm({
  "packages/core/src/rules/project/nested-template-cycle.ts"() {
    "use strict";
    init_rule();
    init_nested();
    nested_template_cycle_default = defineRule({
      meta: {
        id: "nested-template-cycle",
        area: "project",
        description: "Nested templates must not include themselves, directly or through others.",
        severity: "error",
        enabledByDefault: true,
        docs: `A template whose resources (directly, or through the \`resource_registry\`) use the template
itself as a type would nest forever; Heat stops at its maximum nesting depth
(\`max_nested_stack_depth\`, 5 by default) and the stack fails. hot-lint follows nested
templates up to the same depth and reports the cycle on the resource that starts it.

    # a.yaml
    resources:
      inner:
        type: b.yaml
    # b.yaml
    resources:
      back:
        type: a.yaml     # a.yaml -> b.yaml -> a.yaml
`
      },
      check(context) {
        if (!hasProject(context)) return;
        const { project, template, report: report2 } = context;
        for (const resource of template.resources.values()) {
          const nested = nestedTemplateOf(context, resource);
          if (nested?.kind !== "loaded") continue;
          const chain = findCycle(context, nested.path, nested.template, [project.path], project.maxDepth);
          if (chain) report2(resource.typeNode, `Nested template cycle: ${chain.map((p) => relativeName(p, project)).join(" -> ")}.`);
        }
      }
    });
  }
});

// packages/core/src/rules/project/nested-template-missing.ts
var nested_template_missing_default;
var init_nested_template_missing = __esm({
  "packages/core/src/rules/project/nested-template-missing.ts"() {
    "use strict";
    init_rule();
    init_nested();
    nested_template_missing_default = defineRule({
      meta: {
        id: "nested-template-missing",
        area: "project",
        description: "A resource type that names a template file (directly or through the registry) must be readable.",
        severity: "error",
        enabledByDefault: true,
        docs: `A resource \`type\` ending in \`.yaml\` or \`.template\` is a nested stack built from that
file, resolved relative to the template (or, for a \`resource_registry\` entry, relative to
the environment file). If the file is missing the stack cannot be created.

URLs are never fetched; paths outside the project root are not read and are reported.

    resources:
      web:
        type: templates/web_server.yaml   # must exist beside this template
`
      },
      check(context) {
        if (!hasProject(context)) return;
        for (const resource of context.template.resources.values()) {
          const nested = nestedTemplateOf(context, resource);
          if (nested?.kind !== "unreadable") continue;
          const via = nested.written === resource.type ? "" : ` (the registry maps "${resource.type}" to it)`;
          context.report(resource.typeNode, `Nested template "${nested.written}"${via} cannot be read: ${nested.reason}.`);
        }
      }
    });
  }
});

// packages/core/src/rules/project/nested-template-properties.ts
var import_yaml19, nested_template_properties_default;
var init_nested_template_properties = __esm({
  "packages/core/src/rules/project/nested-template-properties.ts"() {
    "use strict";
    import_yaml19 = __toESM(require_dist(), 1);
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    init_nested();
    nested_template_properties_default = defineRule({
      meta: {
        id: "nested-template-properties",
        area: "project",
        description: "A nested template resource's properties must match the nested template's parameters.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: 'Missing properties: Heat validate accepts them, stack create fails with "The Parameter (x) was not provided."',
        docs: `The properties of a resource whose type is a template file become that template's
parameters. Heat rejects a property the nested template does not declare ("Unknown
Property"), and stack create fails when a parameter without a default gets no value from
the properties or from an environment's \`parameter_defaults\`.

    # web_server.yaml declares parameters: image, flavor (no defaults)
    resources:
      web:
        type: web_server.yaml
        properties:
          image: cirros
          flavour: m1.small    # unknown: did you mean "flavor"? (and flavor is missing)
`
      },
      check(context) {
        if (!hasProject(context)) return;
        const { template, report: report2, rangeOf, project } = context;
        const supplied = suppliedParameters(project);
        for (const resource of template.resources.values()) {
          const nested = nestedTemplateOf(context, resource);
          if (nested?.kind !== "loaded" || !nested.template) continue;
          const parameters = nested.template.parameters;
          const propertiesPair = field(resource.definition, "properties");
          if (propertiesPair?.value && !resource.properties) continue;
          const given = /* @__PURE__ */ new Set();
          for (const pair of entries(resource.properties)) {
            const name = String(pair.key.value);
            given.add(name);
            if (parameters.has(name)) continue;
            const matches = closestMatches(name, parameters.keys());
            report2(pair.key, `Unknown Property ${name}: nested template "${nested.written}" has no parameter "${name}".${didYouMean(matches)}`, {
              fixes: suggestionFixes(rangeOf(pair.key), matches)
            });
          }
          for (const [name, parameter] of parameters) {
            if (given.has(name) || supplied.has(name)) continue;
            if (field(parameter.definition, "default")) continue;
            const at = propertiesPair && (0, import_yaml19.isScalar)(propertiesPair.key) ? propertiesPair.key : resource.key;
            report2(at, `Property ${name} is required by nested template "${nested.written}" (its parameter has no default) but is not set.`);
          }
        }
      }
    });
  }
});

// packages/core/src/rules/project/parameter-unset.ts
var parameter_unset_default;
var init_parameter_unset = __esm({
  "packages/core/src/rules/project/parameter-unset.ts"() {
    "use strict";
    init_nodes();
    init_rule();
    parameter_unset_default = defineRule({
      meta: {
        id: "parameter-unset",
        area: "project",
        description: "With environments given, a parameter without a default should get a value from one of them.",
        severity: "warning",
        enabledByDefault: true,
        docs: `When a template is linted with its environment files (\`-e\`, or the configuration file's
\`environments\`), a parameter that has no \`default\` and that no environment sets in
\`parameters\` or \`parameter_defaults\` must be passed at stack create
(\`--parameter name=value\`), or the create fails with "The Parameter (name) was not
provided.". It is a warning because passing it on the command line is legitimate.
Without environments this rule stays silent.
`
      },
      check({ template, project, report: report2 }) {
        if (!project || project.environments.length === 0) return;
        const supplied = /* @__PURE__ */ new Set();
        for (const env of project.environments) {
          for (const name of env.parameters.keys()) supplied.add(name);
          for (const name of env.parameterDefaults.keys()) supplied.add(name);
        }
        const names = project.environments.map((e) => `"${e.path.split("/").pop()}"`).join(", ");
        for (const [name, parameter] of template.parameters) {
          if (supplied.has(name) || field(parameter.definition, "default")) continue;
          report2(parameter.key, `Parameter "${name}" has no default and no environment sets it (consulted ${names}); it must be given at stack create.`);
        }
      }
    });
  }
});

// packages/core/src/rules/project/index.ts
var projectRules;
var init_project = __esm({
  "packages/core/src/rules/project/index.ts"() {
    "use strict";
    init_get_file_missing();
    init_nested_template_attributes();
    init_nested_template_cycle();
    init_nested_template_missing();
    init_nested_template_properties();
    init_parameter_unset();
    projectRules = [
      get_file_missing_default,
      nested_template_missing_default,
      nested_template_cycle_default,
      nested_template_properties_default,
      nested_template_attributes_default,
      parameter_unset_default
    ];
  }
});

// packages/core/src/rules/references/graph.ts
function isActiveCall(template, catalog, call) {
  const version = template.version;
  if (!version) return false;
  if (call.conditionContext) return version.condition_functions.includes(call.name);
  return catalog.functionStatus(version, call.name) === "supported";
}
function collectReferences(template, catalog) {
  const cached = cache.get(template);
  if (cached && cached.catalog === catalog) return cached.index;
  const index = buildIndex(template, catalog);
  cache.set(template, { catalog, index });
  return index;
}
function buildIndex(template, catalog) {
  const doc = template.yaml;
  const pseudo = new Set(catalog.language.pseudo_parameters);
  const isParam = (name) => template.parameters.has(name) || pseudo.has(name);
  const references = [];
  const dynamic = { param: [], resource: [], condition: [] };
  const callByMap = new Map(template.calls.map((call) => [call.map, call]));
  const add = (kind, name, node, where2, via, call, extra = {}) => {
    const defined = kind === "param" ? isParam(name) : kind === "condition" ? template.conditions.has(name) : template.resources.has(name);
    references.push({
      kind,
      name,
      node,
      section: where2.section,
      owner: where2.owner,
      path: where2.path,
      via,
      call,
      attribute: extra.attribute ?? null,
      hasPath: extra.hasPath ?? false,
      defined
    });
  };
  const conditionArgument = (raw, where2, via, call) => {
    const node = resolve5(raw, doc);
    if ((0, import_yaml20.isScalar)(node)) {
      if (typeof node.value === "string") add("condition", node.value, node, where2, via, call);
    } else if ((0, import_yaml20.isMap)(node) && node.items.length === 1) {
      const key = node.items[0].key;
      if ((0, import_yaml20.isScalar)(key) && key.value === "get_param") {
        const inner = callByMap.get(node);
        if (inner) dynamic.condition.push(inner);
      }
    }
  };
  const canConditions = template.version?.resource_keys.includes("condition") ?? false;
  for (const [name, resource] of template.resources) {
    for (const [i, entry] of resource.dependsOn.entries()) {
      if (typeof entry.node.value !== "string") continue;
      add("depends_on", entry.name, entry.node, { section: "resources", owner: name, path: ["depends_on", i] }, "depends_on", null);
    }
    if (canConditions) {
      const value = field(resource.definition, "condition")?.value;
      conditionArgument(value, { section: "resources", owner: name, path: ["condition"] }, "condition", null);
    }
  }
  if (template.version?.output_keys.includes("condition")) {
    for (const [name, output] of template.outputs) {
      const value = field(output.definition, "condition")?.value;
      conditionArgument(value, { section: "outputs", owner: name, path: ["condition"] }, "condition", null);
    }
  }
  for (const call of template.calls) {
    if (!isActiveCall(template, catalog, call)) continue;
    const args = call.args;
    switch (call.name) {
      case "get_param": {
        const first = (0, import_yaml20.isSeq)(args) ? resolve5(args.items[0], doc) : args;
        if ((0, import_yaml20.isScalar)(first)) {
          if (typeof first.value === "string" && first.value !== "") add("param", first.value, first, call, "get_param", call);
        } else if ((0, import_yaml20.isMap)(first)) {
          dynamic.param.push(call);
        }
        break;
      }
      case "get_resource": {
        if ((0, import_yaml20.isScalar)(args)) {
          if (typeof args.value === "string") add("resource", args.value, args, call, "get_resource", call);
        } else if ((0, import_yaml20.isMap)(args)) {
          dynamic.resource.push(call);
        }
        break;
      }
      case "Ref": {
        if ((0, import_yaml20.isScalar)(args) && typeof args.value === "string") {
          add(isParam(args.value) ? "param" : "resource", args.value, args, call, "Ref", call);
        } else if ((0, import_yaml20.isMap)(args)) {
          dynamic.param.push(call);
          dynamic.resource.push(call);
        }
        break;
      }
      case "get_attr": {
        if (!(0, import_yaml20.isSeq)(args)) break;
        const target = resolve5(args.items[0], doc);
        if ((0, import_yaml20.isScalar)(target) && typeof target.value === "string") {
          const attr = resolve5(args.items[1], doc);
          const attribute = (0, import_yaml20.isScalar)(attr) && typeof attr.value === "string" ? { name: attr.value, node: attr } : null;
          add("attr", target.value, target, call, "get_attr", call, { attribute, hasPath: args.items.length > 2 });
        } else if ((0, import_yaml20.isMap)(target)) {
          dynamic.resource.push(call);
        }
        break;
      }
      case "if": {
        if ((0, import_yaml20.isSeq)(args)) conditionArgument(args.items[0], call, "if", call);
        break;
      }
      default: {
        if (!CONDITION_OPERATORS.has(call.name)) break;
        if (call.name === "not") conditionArgument(args, call, "not", call);
        else if ((0, import_yaml20.isSeq)(args)) for (const item of args.items) conditionArgument(item, call, call.name, call);
      }
    }
  }
  return { references, dynamic };
}
function ifLiteral(template, raw, branchTrue) {
  const doc = template.yaml;
  let node = resolve5(raw, doc);
  let value = branchTrue;
  for (let hop = 0; hop < MAX_NOT_CHAIN; hop++) {
    if ((0, import_yaml20.isScalar)(node) && typeof node.value === "boolean") return node.value === value;
    if ((0, import_yaml20.isScalar)(node) && typeof node.value === "string") {
      const name = node.value;
      const definition = resolve5(template.conditions.get(name)?.value, doc);
      if ((0, import_yaml20.isScalar)(definition) && typeof definition.value === "boolean") return definition.value === value;
      if ((0, import_yaml20.isMap)(definition) && definition.items.length === 1) {
        const pair = definition.items[0];
        const inner = resolve5(pair.value, doc);
        if ((0, import_yaml20.isScalar)(pair.key) && pair.key.value === "not" && (0, import_yaml20.isScalar)(inner) && typeof inner.value === "string") {
          node = inner;
          value = !value;
          continue;
        }
      }
      return { condition: name, value };
    }
    if ((0, import_yaml20.isMap)(node) && node.items.length === 1) {
      const pair = node.items[0];
      if ((0, import_yaml20.isScalar)(pair.key) && pair.key.value === "not") {
        node = resolve5(pair.value, doc);
        value = !value;
        continue;
      }
    }
    break;
  }
  return { condition: `expression@${node?.range?.[0] ?? -1}`, value };
}
function branchRequirements(template, catalog, reference, calls) {
  if (!reference.path.includes("if")) return [];
  const doc = template.yaml;
  const requires = [];
  let node = template.resources.get(reference.owner)?.definition ?? null;
  const path = reference.path;
  for (let i = 0; i < path.length; i++) {
    const current = resolve5(node, doc);
    const segment = path[i];
    if (segment === "if" && (0, import_yaml20.isMap)(current) && current.items.length === 1 && typeof path[i + 1] === "number") {
      const call = calls.get(current);
      const args = call?.args;
      const branch = path[i + 1];
      if (call && call.name === "if" && isActiveCall(template, catalog, call) && (0, import_yaml20.isSeq)(args) && (branch === 1 || branch === 2)) {
        const literal = ifLiteral(template, args.items[0], branch === 1);
        if (literal === false) return false;
        if (literal !== true && !requires.some((r) => r.condition === literal.condition && r.value === literal.value)) requires.push(literal);
      }
    }
    if ((0, import_yaml20.isMap)(current)) node = field(current, String(segment))?.value ?? null;
    else if ((0, import_yaml20.isSeq)(current) && typeof segment === "number") node = current.items[segment] ?? null;
    else break;
  }
  return requires;
}
function dependencyGraph(template, catalog) {
  const graph = /* @__PURE__ */ new Map();
  for (const name of template.resources.keys()) graph.set(name, []);
  const calls = new Map(template.calls.map((call) => [call.map, call]));
  for (const reference of collectReferences(template, catalog).references) {
    if (reference.section !== "resources" || !reference.defined) continue;
    if (reference.kind !== "resource" && reference.kind !== "attr" && reference.kind !== "depends_on") continue;
    if (reference.kind !== "depends_on") {
      if (!DEPENDENCY_SECTIONS.has(String(reference.path[0]))) continue;
      const resource = template.resources.get(reference.owner);
      const external = resolve5(field(resource?.definition ?? null, "external_id")?.value, template.yaml);
      if (external && !((0, import_yaml20.isScalar)(external) && (external.value === null || external.value === ""))) continue;
    }
    const requires = reference.kind === "depends_on" ? [] : branchRequirements(template, catalog, reference, calls);
    if (requires === false) continue;
    graph.get(reference.owner)?.push({ from: reference.owner, to: reference.name, reference, ...requires.length ? { requires } : {} });
  }
  return graph;
}
function findConditionalCycles(graph) {
  const cycles = [];
  for (const cycle of findCycles(graph)) {
    if (!cycle.edges.some((edge) => edge.requires?.length)) {
      cycles.push(cycle);
      continue;
    }
    const members = new Set(componentOf(graph, cycle.path[0]));
    const conditions = /* @__PURE__ */ new Set();
    for (const member of members) for (const edge of graph.get(member) ?? []) if (members.has(edge.to)) for (const r of edge.requires ?? []) conditions.add(r.condition);
    const names = [...conditions];
    if (names.length > MAX_BRANCH_CONDITIONS) {
      cycles.push(cycle);
      continue;
    }
    for (let mask = 0; mask < 1 << names.length; mask++) {
      const holds = (r) => (mask >> names.indexOf(r.condition) & 1) === (r.value ? 1 : 0);
      const sub = /* @__PURE__ */ new Map();
      for (const member of members) sub.set(member, (graph.get(member) ?? []).filter((e) => members.has(e.to) && (e.requires ?? []).every(holds)));
      const found = findCycles(new Map([...graph.keys()].filter((k) => sub.has(k)).map((k) => [k, sub.get(k)])));
      if (found.length) {
        cycles.push(found[0]);
        break;
      }
    }
  }
  return cycles;
}
function componentOf(graph, start) {
  const reverse = /* @__PURE__ */ new Map();
  for (const [name, edges] of graph) {
    for (const edge of edges) {
      const into = reverse.get(edge.to);
      if (into) into.push(name);
      else reverse.set(edge.to, [name]);
    }
  }
  const reach = (forward) => {
    const seen = /* @__PURE__ */ new Set([start]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head];
      const next = forward ? (graph.get(at) ?? []).map((e) => e.to) : reverse.get(at) ?? [];
      for (const name of next) {
        if (!graph.has(name) || seen.has(name)) continue;
        seen.add(name);
        queue.push(name);
      }
    }
    return seen;
  };
  const backward = reach(false);
  return [...reach(true)].filter((name) => backward.has(name));
}
function conditionGraph(template, catalog) {
  const graph = /* @__PURE__ */ new Map();
  for (const name of template.conditions.keys()) graph.set(name, []);
  for (const reference of collectReferences(template, catalog).references) {
    if (reference.kind !== "condition" || reference.section !== "conditions" || !reference.defined) continue;
    graph.get(reference.owner)?.push({ from: reference.owner, to: reference.name, reference });
  }
  return graph;
}
function findCycles(graph) {
  const order = [...graph.keys()];
  const position2 = new Map(order.map((name, i) => [name, i]));
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const components = [];
  let counter = 0;
  for (const root of order) {
    if (index.has(root)) continue;
    const work = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++].to;
        if (!graph.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(to)));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node), low.get(frame.node)));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  const cycles = [];
  for (const component of components) {
    const members = new Set(component);
    const first = component.reduce((a, b) => position2.get(a) <= position2.get(b) ? a : b);
    const selfEdge = (graph.get(first) ?? []).find((edge) => edge.to === first);
    if (component.length === 1) {
      if (selfEdge) cycles.push({ path: [first, first], edges: [selfEdge] });
      continue;
    }
    const via = /* @__PURE__ */ new Map();
    const queue = [first];
    let closing;
    for (let head = 0; head < queue.length && !closing; head++) {
      for (const edge of graph.get(queue[head]) ?? []) {
        if (!members.has(edge.to)) continue;
        if (edge.to === first) {
          closing = edge;
          break;
        }
        if (via.has(edge.to)) continue;
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
    if (!closing) continue;
    const edges = [closing];
    for (let at = closing.from; at !== first; ) {
      const edge = via.get(at);
      edges.push(edge);
      at = edge.from;
    }
    edges.reverse();
    cycles.push({ path: [first, ...edges.map((e) => e.to)], edges });
  }
  cycles.sort((a, b) => position2.get(a.path[0]) - position2.get(b.path[0]));
  return cycles;
}
function scalarText(node, name) {
  switch (node.type) {
    case "QUOTE_DOUBLE":
      return JSON.stringify(name);
    case "QUOTE_SINGLE":
      return `'${name.replace(/'/g, "''")}'`;
    case "BLOCK_FOLDED":
    case "BLOCK_LITERAL":
      return null;
    default:
      return isPlainSafe(name) ? name : JSON.stringify(name);
  }
}
function isPlainSafe(name) {
  return /^[A-Za-z_][\w.\-]*(?:::?[\w.\-]+)*$/.test(name) && !YAML11_SPECIAL.test(name);
}
var import_yaml20, DEPENDENCY_SECTIONS, CONDITION_OPERATORS, cache, MAX_NOT_CHAIN, MAX_BRANCH_CONDITIONS, YAML11_SPECIAL;
var init_graph = __esm({
  "packages/core/src/rules/references/graph.ts"() {
    "use strict";
    import_yaml20 = __toESM(require_dist(), 1);
    init_nodes();
    DEPENDENCY_SECTIONS = /* @__PURE__ */ new Set(["properties", "metadata"]);
    CONDITION_OPERATORS = /* @__PURE__ */ new Set(["and", "or", "not"]);
    cache = /* @__PURE__ */ new WeakMap();
    MAX_NOT_CHAIN = 16;
    MAX_BRANCH_CONDITIONS = 8;
    YAML11_SPECIAL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
  }
});

// packages/core/src/rules/references/suggest-name.ts
function suggestName(context, node, name, candidates2) {
  const matches = closestMatches(name, candidates2);
  const range = context.rangeOf(node);
  const fixes = [];
  for (const match of matches) {
    const text2 = scalarText(node, match);
    if (text2 !== null) fixes.push({ title: `Change to "${match}"`, edits: [{ range, newText: text2 }], certain: matches.length === 1 });
  }
  return { hint: didYouMean(matches), fixes };
}
var init_suggest_name = __esm({
  "packages/core/src/rules/references/suggest-name.ts"() {
    "use strict";
    init_suggest();
    init_graph();
  }
});

// packages/core/src/rules/references/condition-undefined.ts
var condition_undefined_default;
var init_condition_undefined = __esm({
  "packages/core/src/rules/references/condition-undefined.ts"() {
    "use strict";
    init_rule();
    init_graph();
    init_suggest_name();
    condition_undefined_default = defineRule({
      meta: {
        id: "condition-undefined",
        area: "references",
        description: "Condition names (condition:, if, and/or/not) must be defined in the conditions section, without cycles.",
        severity: "error",
        enabledByDefault: true,
        docs: `From 2016-10-14, a resource's or output's \`condition:\`, the first argument of \`if\`, and the
arguments of \`and\`, \`or\` and \`not\` in a condition take a condition: a boolean, a condition
expression, or the name of a condition defined in the \`conditions\` section. A name that is not
defined makes Heat reject the template ("Invalid condition "x""). Conditions that are defined in
terms of each other are refused too ("Circular definition for condition "a"").

A condition name computed by \`get_param\` is not checked.

    # bad
    conditions:
      is_prod: {equals: [{get_param: env}, prod]}
    resources:
      backup:
        type: OS::Cinder::VolumeBackup
        condition: is_production

    # bad: a cycle
    conditions:
      a: {not: b}
      b: {and: [a, true]}

    # good
        condition: is_prod
`
      },
      check(context) {
        const { template, catalog, report: report2 } = context;
        const names = [...template.conditions.keys()];
        for (const ref of collectReferences(template, catalog).references) {
          if (ref.kind !== "condition" || ref.defined) continue;
          const { hint, fixes } = suggestName(context, ref.node, ref.name, names);
          report2(ref.node, `The condition "${ref.name}" is not defined in the conditions section.${hint}`, { fixes });
        }
        for (const cycle of findCycles(conditionGraph(template, catalog))) {
          const first = cycle.path[0];
          const how = cycle.path.length === 2 ? "refers to itself" : `is defined in terms of itself: ${cycle.path.join(" -> ")}`;
          report2(cycle.edges[0].reference.node, `The condition "${first}" ${how}; Heat refuses a circular definition.`);
        }
      }
    });
  }
});

// packages/core/src/rules/references/dependency-cycle.ts
var dependency_cycle_default;
var init_dependency_cycle = __esm({
  "packages/core/src/rules/references/dependency-cycle.ts"() {
    "use strict";
    init_rule();
    init_graph();
    dependency_cycle_default = defineRule({
      meta: {
        id: "dependency-cycle",
        area: "references",
        description: "Resources must not depend on each other in a cycle (get_resource, get_attr, depends_on).",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: 'A cycle that only closes through the branch of an `if` the default parameter values do not select passes validate; a stack created with values that select it fails with "Circular Dependency Found".',
        docs: `Heat creates a resource after every resource it depends on: those named in its
\`depends_on\`, and those its \`properties\` and \`metadata\` reach with \`get_resource\` or \`get_attr\`.
When these dependencies form a cycle nothing can be created first, and Heat rejects the template
("Circular Dependency Found"). A resource that reads its own attribute or id is a cycle too.

Like Heat, which evaluates \`if\` when it reads the template and keeps only the chosen
branch, a reference inside an \`if\` branch is a dependency only when its condition takes that
value: two resources that refer to each other in opposite branches of the same condition (or
of a condition and its \`not\`) are not a cycle. A cycle whose branches can all be taken
together (distinct conditions are assumed independent) is reported.

Each cycle is reported once, on the reference that leaves its first resource (in source order),
with the whole path. (A resource naming itself in \`depends_on\` is reported by
\`depends-on-undefined\`.)

    # bad: a -> b -> a
    resources:
      a:
        type: OS::Heat::RandomString
        depends_on: b
      b:
        type: OS::Heat::RandomString
        properties:
          salt: {get_attr: [a, value]}

    # good: break the cycle, e.g. drop the depends_on
`
      },
      check(context) {
        const { template, catalog, report: report2 } = context;
        const graph = dependencyGraph(template, catalog);
        for (const cycle of findConditionalCycles(graph)) {
          let edge = cycle.edges[0];
          if (cycle.path.length === 2) {
            const own = graph.get(edge.from).find((e) => e.to === e.from && e.reference.kind !== "depends_on");
            if (!own) continue;
            edge = own;
          }
          const how = cycle.path.length === 2 ? `refers to itself with ${edge.reference.via}` : `is part of a dependency cycle: ${cycle.path.join(" -> ")}`;
          report2(edge.reference.node, `The resource "${cycle.path[0]}" ${how}; Heat cannot order a circular dependency.`);
        }
      }
    });
  }
});

// packages/core/src/rules/references/depends-on-undefined.ts
var import_yaml21, depends_on_undefined_default;
var init_depends_on_undefined = __esm({
  "packages/core/src/rules/references/depends-on-undefined.ts"() {
    "use strict";
    import_yaml21 = __toESM(require_dist(), 1);
    init_nodes();
    init_rule();
    init_graph();
    init_suggest_name();
    depends_on_undefined_default = defineRule({
      meta: {
        id: "depends-on-undefined",
        area: "references",
        description: "depends_on must be a resource name or a list of them, naming other resources of the template.",
        severity: "error",
        enabledByDefault: true,
        docs: `\`depends_on\` orders resources: a resource is created after the ones it names. It takes one
resource name or a list of names, written literally (functions are not evaluated there), each a
key of the \`resources\` section other than the resource itself. Heat rejects anything else:
"Resource r depends_on type must be list or string", "Resource r depends_on must be a list of
strings", "The specified reference "x" (in r) is incorrect.", and "Circular Dependency Found"
for a resource that depends on itself.

    # bad
    resources:
      db:
        type: OS::Trove::Instance
      app:
        type: OS::Nova::Server
        depends_on: [database]

    # good
        depends_on: [db]
`
      },
      check(context) {
        const { template, catalog, yaml, report: report2 } = context;
        for (const resource of template.resources.values()) {
          const pair = field(resource.definition, "depends_on");
          if (!pair) continue;
          const value = resolve5(pair.value, yaml);
          if ((0, import_yaml21.isSeq)(value)) {
            for (const raw of value.items) {
              const item = resolve5(raw, yaml);
              if ((0, import_yaml21.isScalar)(item) && typeof item.value === "string") continue;
              report2(item ?? pair, `Each entry of depends_on must be a resource name (a string), not ${describeNode(item, yaml)}.`);
            }
          } else if (!((0, import_yaml21.isScalar)(value) && typeof value.value === "string")) {
            const what = (0, import_yaml21.isMap)(value) ? "a mapping (functions are not evaluated in depends_on)" : describeNode(value, yaml);
            report2(value ?? pair, `depends_on must be a resource name or a list of resource names, not ${what}.`);
          }
        }
        const names = [...template.resources.keys()];
        for (const ref of collectReferences(template, catalog).references) {
          if (ref.kind !== "depends_on") continue;
          if (ref.name === ref.owner) {
            report2(ref.node, `The resource "${ref.name}" depends on itself; Heat refuses a circular dependency.`);
          } else if (!ref.defined) {
            const { hint, fixes } = suggestName(context, ref.node, ref.name, names.filter((n) => n !== ref.owner));
            report2(ref.node, `The resource "${ref.name}" is not defined in the resources section.${hint}`, { fixes });
          }
        }
      }
    });
  }
});

// packages/core/src/rules/references/get-attr-undefined.ts
function withPeriod(text2) {
  const trimmed = text2.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
var OPEN_ATTRIBUTE_TYPES, get_attr_undefined_default;
var init_get_attr_undefined = __esm({
  "packages/core/src/rules/references/get-attr-undefined.ts"() {
    "use strict";
    init_rule();
    init_graph();
    init_suggest_name();
    OPEN_ATTRIBUTE_TYPES = /* @__PURE__ */ new Set([
      "AWS::CloudFormation::Stack",
      "AWS::CloudWatch::Alarm",
      "AWS::RDS::DBInstance",
      "OS::Heat::AutoScalingGroup",
      "OS::Heat::None",
      "OS::Heat::ResourceChain",
      "OS::Heat::ResourceGroup",
      "OS::Heat::SoftwareDeployment",
      "OS::Heat::SoftwareDeploymentGroup",
      "OS::Heat::SoftwareDeployments",
      "OS::Heat::StructuredDeployment",
      "OS::Heat::StructuredDeploymentGroup",
      "OS::Heat::StructuredDeployments",
      "OS::Senlin::Cluster"
    ]);
    get_attr_undefined_default = defineRule({
      meta: {
        id: "get-attr-undefined",
        area: "references",
        description: "get_attr must name a resource of the template and an attribute its type has.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: 'In the branch of an `if` that the default parameter values do not select, validate does not look at get_attr; a stack created with other values takes that branch and fails with "The Referenced Attribute (r x) is incorrect."',
        docs: `\`get_attr: [resource, attribute, path...]\` reads an attribute of another resource. The
resource must be defined in \`resources\` ("The specified reference "x" (in y) is incorrect."),
and the attribute must be one its type has ("The Referenced Attribute (r nope) is incorrect.").
Every type has \`show\`.

Attributes are not checked on types whose attributes are open-ended: nested templates and
types Heat does not know, \`OS::Heat::ResourceGroup\`, \`OS::Heat::AutoScalingGroup\`,
\`OS::Heat::ResourceChain\` (\`resource.0.x\`), software deployments (the config's outputs),
\`AWS::CloudFormation::Stack\`, \`OS::Senlin::Cluster\`, \`OS::Heat::None\` and the removed types it
stands in for. A name computed by
a function is not checked either.

Attributes Heat hides (e.g. \`first_address\` of \`OS::Nova::Server\`) still work, and are
reported as a warning with Heat's advice.

    # bad: RandomString has no attribute "values"
    resources:
      secret:
        type: OS::Heat::RandomString
    outputs:
      password:
        value: {get_attr: [secret, values]}

    # good
        value: {get_attr: [secret, value]}
`
      },
      check(context) {
        const { template, catalog, report: report2, types } = context;
        const base = context.project?.path ?? "";
        const resourceNames = [...template.resources.keys()];
        const schemas = /* @__PURE__ */ new Map();
        const schemaOf = (name) => {
          if (schemas.has(name)) return schemas.get(name);
          const resource = template.resources.get(name);
          let found = null;
          if (resource?.type) {
            const resolution = types.resolve(resource.type, base, name);
            if (resolution.kind === "catalog" && !OPEN_ATTRIBUTE_TYPES.has(resolution.type) && !resolution.schema.placeholder) {
              found = { type: resolution.type, schema: resolution.schema };
            }
          }
          schemas.set(name, found);
          return found;
        };
        for (const ref of collectReferences(template, catalog).references) {
          if (ref.kind !== "attr") continue;
          if (!ref.defined) {
            const { hint: hint2, fixes: fixes2 } = suggestName(context, ref.node, ref.name, resourceNames);
            report2(ref.node, `The resource "${ref.name}" is not defined in the resources section.${hint2}`, { fixes: fixes2 });
            continue;
          }
          if (!ref.attribute) continue;
          const found = schemaOf(ref.name);
          if (!found) continue;
          const { name, node } = ref.attribute;
          const attributes = found.schema.attributes;
          const own = Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : void 0;
          if (own) {
            if (own.support_status?.status === "HIDDEN") {
              const advice = own.support_status.message ? ` ${withPeriod(own.support_status.message)}` : "";
              report2(node, `The attribute "${name}" of ${found.type} is hidden: Heat still resolves it but no longer documents it.${advice}`, {
                severity: "warning"
              });
            }
            continue;
          }
          if (catalog.language.base_attributes.includes(name)) continue;
          const visible = Object.keys(attributes).filter((a) => attributes[a]?.support_status?.status !== "HIDDEN");
          const { hint, fixes } = suggestName(context, node, name, visible);
          report2(node, `The resource "${ref.name}" (${found.type}) has no attribute "${name}".${hint}`, { fixes });
        }
      }
    });
  }
});

// packages/core/src/rules/references/get-param-undefined.ts
var get_param_undefined_default;
var init_get_param_undefined = __esm({
  "packages/core/src/rules/references/get-param-undefined.ts"() {
    "use strict";
    init_rule();
    init_graph();
    init_suggest_name();
    get_param_undefined_default = defineRule({
      meta: {
        id: "get-param-undefined",
        area: "references",
        description: "get_param must name a parameter declared in the parameters section (or a pseudo parameter).",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: `Heat's validate does not resolve get_param in properties, metadata or outputs; stack create then fails with "The Parameter (x) was not provided."`,
        docs: `\`get_param\` reads a parameter of the stack. The name (a string, or the first item of a
list \`[name, path...]\`) must be declared in \`parameters\`, or be one of the pseudo parameters
\`OS::stack_name\`, \`OS::stack_id\` and \`OS::project_id\`. A misspelled name is not caught by
\`openstack orchestration template validate\`; creating the stack fails with
"The Parameter (x) was not provided." This applies in the \`conditions\` section too, where
\`get_param\` is a condition function.

A name computed by another function (\`get_param: [{get_param: which}]\`) is not checked.

    # bad: "flavour" is not declared
    parameters:
      flavor: {type: string}
    resources:
      server:
        type: OS::Nova::Server
        properties:
          flavor: {get_param: flavour}

    # good
          flavor: {get_param: flavor}
`
      },
      check(context) {
        const { template, catalog, report: report2 } = context;
        const candidates2 = [...template.parameters.keys(), ...catalog.language.pseudo_parameters];
        for (const ref of collectReferences(template, catalog).references) {
          if (ref.kind !== "param" || ref.defined || ref.via !== "get_param") continue;
          const { hint, fixes } = suggestName(context, ref.node, ref.name, candidates2);
          report2(ref.node, `The parameter "${ref.name}" is not declared in the parameters section.${hint}`, { fixes });
        }
      }
    });
  }
});

// packages/core/src/rules/references/get-resource-undefined.ts
var get_resource_undefined_default;
var init_get_resource_undefined = __esm({
  "packages/core/src/rules/references/get-resource-undefined.ts"() {
    "use strict";
    init_rule();
    init_graph();
    init_suggest_name();
    get_resource_undefined_default = defineRule({
      meta: {
        id: "get-resource-undefined",
        area: "references",
        description: "get_resource must name a resource of the template.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: 'In outputs, validate does not resolve get_resource; at stack create the output fails with "The Referenced resource (x) could not be found".',
        docs: `\`get_resource\` returns the id of another resource of the same template, and makes this
resource depend on it. The name must be a key of the \`resources\` section; Heat rejects the
template otherwise ("The specified reference "x" (in y) is incorrect.").

In 2013-05-23 templates \`Ref\` names a parameter or a resource; a name that is neither is
reported here too (stack create fails on it).

A name computed by another function is not checked.

    # bad
    resources:
      net:
        type: OS::Neutron::Net
      subnet:
        type: OS::Neutron::Subnet
        properties:
          network: {get_resource: network}

    # good
          network: {get_resource: net}
`
      },
      check(context) {
        const { template, catalog, report: report2 } = context;
        const candidates2 = [...template.resources.keys()];
        for (const ref of collectReferences(template, catalog).references) {
          if (ref.kind !== "resource" || ref.defined) continue;
          if (ref.via === "Ref") {
            const { hint: hint2, fixes: fixes2 } = suggestName(context, ref.node, ref.name, [...candidates2, ...template.parameters.keys()]);
            report2(ref.node, `"${ref.name}" names neither a parameter nor a resource of this template.${hint2}`, { fixes: fixes2 });
            continue;
          }
          const { hint, fixes } = suggestName(context, ref.node, ref.name, candidates2);
          report2(ref.node, `The resource "${ref.name}" is not defined in the resources section.${hint}`, { fixes });
        }
      }
    });
  }
});

// packages/core/src/rules/references/parameter-unused.ts
var parameter_unused_default;
var init_parameter_unused = __esm({
  "packages/core/src/rules/references/parameter-unused.ts"() {
    "use strict";
    init_rule();
    init_graph();
    parameter_unused_default = defineRule({
      meta: {
        id: "parameter-unused",
        area: "references",
        description: "A declared parameter that no get_param reads.",
        severity: "warning",
        enabledByDefault: true,
        docs: `A parameter that nothing reads with \`get_param\` is usually left over from an edit, or a
sign that a \`get_param\` names the wrong parameter. Users still have to supply it when it has
no default. Mentioning it in \`parameter_groups\` does not count as using it.

Nothing is reported when some \`get_param\` computes the name it reads
(\`get_param: [{get_param: which}]\`), since it could read any parameter.

Nested templates sometimes declare parameters only because their parent passes them; turn the
rule off for those files (\`# hot-lint-disable-file parameter-unused\`) or remove the parameter
from both.

    # bad: "key_name" is never read
    parameters:
      key_name: {type: string}
      image: {type: string}
    resources:
      server:
        type: OS::Nova::Server
        properties:
          image: {get_param: image}
`
      },
      check({ template, catalog, report: report2 }) {
        const index = collectReferences(template, catalog);
        if (index.dynamic.param.length > 0) return;
        const used = /* @__PURE__ */ new Set();
        for (const ref of index.references) if (ref.kind === "param") used.add(ref.name);
        for (const [name, parameter] of template.parameters) {
          if (!used.has(name)) report2(parameter.key, `The parameter "${name}" is declared but never read with get_param.`);
        }
      }
    });
  }
});

// packages/core/src/rules/references/resource-unused.ts
var resource_unused_default;
var init_resource_unused = __esm({
  "packages/core/src/rules/references/resource-unused.ts"() {
    "use strict";
    init_rule();
    init_graph();
    resource_unused_default = defineRule({
      meta: {
        id: "resource-unused",
        area: "references",
        description: "A resource that nothing refers to (get_resource, get_attr, depends_on). Off by default.",
        severity: "warning",
        enabledByDefault: false,
        docs: `Lists resources that no other resource or output refers to with \`get_resource\`,
\`get_attr\` or \`depends_on\`. Many such resources are exactly what the template is for (a
server, a stack's last step), so the rule is off by default; turn it on to review a template for
leftovers, such as a port or volume that was meant to be attached and never was.

A reference from the resource to itself does not count. Nothing is reported when some
\`get_resource\` or \`get_attr\` computes the resource name.

    # reported: "old_port" is never attached
    resources:
      old_port:
        type: OS::Neutron::Port
        properties:
          network: private
`
      },
      check({ template, catalog, report: report2 }) {
        const index = collectReferences(template, catalog);
        if (index.dynamic.resource.length > 0) return;
        const used = /* @__PURE__ */ new Set();
        for (const ref of index.references) {
          if (ref.kind !== "resource" && ref.kind !== "attr" && ref.kind !== "depends_on") continue;
          if (ref.section === "resources" && ref.owner === ref.name) continue;
          used.add(ref.name);
        }
        for (const [name, resource] of template.resources) {
          if (!used.has(name)) report2(resource.key, `The resource "${name}" is not referred to by any other resource or output.`);
        }
      }
    });
  }
});

// packages/core/src/rules/references/index.ts
var referencesRules;
var init_references = __esm({
  "packages/core/src/rules/references/index.ts"() {
    "use strict";
    init_condition_undefined();
    init_dependency_cycle();
    init_depends_on_undefined();
    init_get_attr_undefined();
    init_get_param_undefined();
    init_get_resource_undefined();
    init_parameter_unused();
    init_resource_unused();
    referencesRules = [
      get_param_undefined_default,
      get_resource_undefined_default,
      get_attr_undefined_default,
      depends_on_undefined_default,
      condition_undefined_default,
      dependency_cycle_default,
      parameter_unused_default,
      resource_unused_default
    ];
  }
});

// packages/core/src/rules/resources/shared.ts
function isFunctionCall2(node, catalog, doc) {
  const target = resolve5(node, doc);
  if (!(0, import_yaml22.isMap)(target) || target.items.length !== 1) return false;
  const key = target.items[0].key;
  return (0, import_yaml22.isScalar)(key) && typeof key.value === "string" && catalog.allFunctionNames.has(key.value);
}
function groupMembers({ template, types }) {
  const members = [];
  const doc = template.yaml;
  for (const resource of template.resources.values()) {
    if (resource.type === null) continue;
    const resolution = types.resolve(resource.type, "", resource.name);
    const property = resolution.kind === "catalog" ? GROUP_MEMBER_PROPERTY[resolution.type] : void 0;
    if (!property) continue;
    const pair = field(resource.properties, property);
    const definition = resolve5(pair?.value, doc);
    if (!pair || !(0, import_yaml22.isMap)(definition) || isFunctionCall2(definition, types.catalog, doc)) continue;
    const typeNode = resolve5(field(definition, "type")?.value, doc);
    const scalarType = (0, import_yaml22.isScalar)(typeNode) && typeof typeNode.value === "string" ? typeNode : null;
    const properties = resolve5(field(definition, "properties")?.value, doc);
    members.push({
      name: `${resource.name}:${property}`,
      key: pair.key,
      value: definition,
      definition,
      pair,
      type: scalarType ? scalarType.value : null,
      typeNode: scalarType,
      properties: (0, import_yaml22.isMap)(properties) ? properties : null,
      dependsOn: []
    });
  }
  return members;
}
function isGroupMember(resource) {
  return resource.name.includes(":");
}
function typedResources(scope) {
  const { template, types } = scope;
  const found = [];
  for (const resource of [...template.resources.values(), ...groupMembers(scope)]) {
    if (resource.type === null || !resource.typeNode) continue;
    const resolution = types.resolve(resource.type, "", resource.name);
    if (resolution.kind !== "catalog") continue;
    const resolvedName = resolution.type;
    const schema = resolution.schema;
    found.push({ resource, typeNode: resource.typeNode, typeName: resource.type, resolvedName, schema });
  }
  return found;
}
function propertyPath(resource, path) {
  let text2 = `resources.${resource}.properties`;
  for (const part of path) text2 += typeof part === "number" ? `[${part}]` : `.${part}`;
  return text2;
}
function walkProperties(scope, visitor) {
  const { template, catalog } = scope;
  const doc = template.yaml;
  for (const typed of typedResources(scope)) {
    if (typed.schema.placeholder) continue;
    const externalId = field(typed.resource.definition, "external_id");
    if (externalId && resolve5(externalId.value, doc) !== null) continue;
    const pair = field(typed.resource.definition, "properties");
    if (!pair) {
      visitor.map?.({ typed, map: null, owner: typed.resource.key, schemata: typed.schema.properties, path: [] });
      continue;
    }
    const properties = resolve5(pair.value, doc);
    if (!(0, import_yaml22.isMap)(properties) || isFunctionCall2(properties, catalog, doc)) continue;
    walkMap(typed, properties, pair.key, typed.schema.properties, [], catalog, doc, visitor);
  }
}
function walkMap(typed, map, owner, schemata, path, catalog, doc, visitor) {
  visitor.map?.({ typed, map, owner, schemata, path });
  for (const pair of entries(map)) {
    const name = String(pair.key.value);
    if (!Object.prototype.hasOwnProperty.call(schemata, name)) continue;
    const node = resolve5(pair.value, doc);
    walkValue(typed, node, node ?? pair, pair.key, schemata[name], [...path, name], catalog, doc, visitor);
  }
}
function walkValue(typed, node, target, owner, schema, path, catalog, doc, visitor) {
  if (isFunctionCall2(node, catalog, doc)) return;
  if ((0, import_yaml22.isScalar)(node) && typeof node.value === "string" && node.value.includes("%index%") && isGroupMember(typed.resource)) return;
  visitor.value?.({ typed, node, target, schema, path });
  if (schema.type === "map" && schema.schema && (0, import_yaml22.isMap)(node)) {
    walkMap(typed, node, owner, schema.schema, path, catalog, doc, visitor);
  } else if (schema.type === "list" && schema.schema?.["*"] && (0, import_yaml22.isSeq)(node)) {
    const itemSchema = schema.schema["*"];
    node.items.forEach((raw, index) => {
      const item = resolve5(raw, doc);
      walkValue(typed, item, item ?? node, item ?? node, itemSchema, [...path, index], catalog, doc, visitor);
    });
  }
}
function sinceVersion(status) {
  return status.version ? ` since Heat ${status.version}` : "";
}
function replacementIn(message, self) {
  if (!message) return void 0;
  for (const match of message.matchAll(/\b((?:OS|AWS)::[A-Za-z0-9]+::[A-Za-z0-9]+)\b/g)) {
    if (match[1] !== self) return match[1];
  }
  return void 0;
}
function sentence(text2) {
  const trimmed = text2.trim().replace(/\s+/g, " ");
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function ownerName(typeName, path) {
  if (path.length === 0) return typeName;
  const names = path.filter((p) => typeof p === "string").join(".");
  return typeof path[path.length - 1] === "number" ? `each item of "${names}"` : `"${names}"`;
}
function stringToNumber(text2) {
  if (!PY_FLOAT.test(text2)) return void 0;
  const clean = text2.trim().replace(/_/g, "").toLowerCase();
  if (/^[+-]?inf(inity)?$/.test(clean)) return clean.startsWith("-") ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(clean)) return Number.NaN;
  const value = Number(clean);
  return Number.isNaN(value) ? void 0 : value;
}
var import_yaml22, GROUP_MEMBER_PROPERTY, PY_INT, PY_FLOAT;
var init_shared = __esm({
  "packages/core/src/rules/resources/shared.ts"() {
    "use strict";
    import_yaml22 = __toESM(require_dist(), 1);
    init_nodes();
    GROUP_MEMBER_PROPERTY = {
      "OS::Heat::ResourceGroup": "resource_def",
      "OS::Heat::AutoScalingGroup": "resource"
    };
    PY_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
    PY_FLOAT = /^\s*[+-]?(?:(?:\d+(?:_\d+)*)?\.?\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?|\d+(?:_\d+)*\.|inf(?:inity)?|nan)\s*$/i;
  }
});

// packages/core/src/rules/resources/property-type.ts
function typeProblem(node, schema) {
  if (!node || schema.type === "any") return null;
  if ((0, import_yaml23.isScalar)(node) && (node.value === null || node.value === void 0)) return null;
  const value = (0, import_yaml23.isScalar)(node) ? node.value : void 0;
  switch (schema.type) {
    case "string":
      if (typeof value === "string" || typeof value === "boolean") return null;
      if (typeof value === "number") return Number.isInteger(value) ? null : "Heat converts only integers and booleans to strings";
      return (0, import_yaml23.isScalar)(node) ? null : "";
    case "integer":
      if (typeof value === "number" || typeof value === "boolean") return null;
      if (typeof value === "string") return PY_INT.test(value) ? null : "";
      return (0, import_yaml23.isScalar)(node) ? null : "";
    case "number":
      if (typeof value === "number" || typeof value === "boolean") return null;
      if (typeof value === "string") return stringToNumber(value) === void 0 ? "" : null;
      return (0, import_yaml23.isScalar)(node) ? null : "";
    case "boolean":
      if (typeof value === "boolean") return null;
      if (typeof value === "string") return ["true", "false"].includes(value.toLowerCase()) ? null : "Heat accepts true, false or those words as strings";
      if (typeof value === "number") return "numbers are not booleans for Heat";
      return (0, import_yaml23.isScalar)(node) ? null : "";
    case "map":
      if ((0, import_yaml23.isMap)(node)) return null;
      if (schema.allow_conversion && ((0, import_yaml23.isSeq)(node) || typeof value === "string")) return null;
      return "";
    case "list":
      if ((0, import_yaml23.isSeq)(node)) return null;
      if (schema.allow_conversion && typeof value === "string") return null;
      return typeof value === "string" ? "a string is not a list; write [item] or a YAML list" : "";
    default:
      return null;
  }
}
var import_yaml23, EXPECTED, property_type_default;
var init_property_type = __esm({
  "packages/core/src/rules/resources/property-type.ts"() {
    "use strict";
    import_yaml23 = __toESM(require_dist(), 1);
    init_nodes();
    init_rule();
    init_shared();
    EXPECTED = {
      string: "a string",
      integer: "an integer",
      number: "a number",
      boolean: "a boolean (true or false)",
      map: "a mapping",
      list: "a list"
    };
    property_type_default = defineRule({
      meta: {
        id: "property-type",
        area: "resources",
        description: "A literal property value must have the type the property schema asks for.",
        severity: "warning",
        enabledByDefault: true,
        docs: `Heat converts each property value to the type of its schema when it creates the stack,
and fails when it cannot. It is lenient in known ways, which this rule follows exactly:

- string: numbers (integers) and booleans are converted to text; a list, a mapping or a
  decimal number such as \`1.5\` is refused;
- integer: a number or a string of digits (\`"8"\`); \`"eight"\` or \`"1.5"\` is refused;
- number: anything Python's int() or float() reads (\`"2.5"\`, \`"1e3"\`);
- boolean: true/false, or the strings "true"/"false" in any case; \`1\` or \`"yes"\` (quoted) is
  refused (an unquoted \`yes\` is a YAML 1.1 boolean and fine);
- list: a YAML list; a plain string is not a list;
- map: a YAML mapping.

Values computed by functions (\`get_param\`, \`get_attr\`...) are not known before create and are
not checked. Heat's template validation does not check values at all.

    # bad
    resources:
      volume:
        type: OS::Cinder::Volume
        properties:
          size: ten
          metadata: [a, b]

    # good
    resources:
      volume:
        type: OS::Cinder::Volume
        properties:
          size: 10
          metadata: { purpose: data }
`,
        stricterThanHeat: `Stack create fails converting the value ("Value 'ten' is not an integer", "... is not a map").`
      },
      check({ template, catalog, types, yaml, report: report2 }) {
        walkProperties({ template, catalog, types }, {
          value({ typed, node, target, schema, path }) {
            const problem2 = typeProblem(node, schema);
            if (problem2 === null) return;
            const name = path.filter((p) => typeof p === "string").join(".");
            const item = typeof path[path.length - 1] === "number" ? "Each item of property" : "Property";
            const expected = EXPECTED[schema.type] ?? schema.type;
            report2(
              target,
              `${item} "${name}" must be ${expected}, not ${describeNode(node, yaml)} (${propertyPath(typed.resource.name, path)})${problem2 ? `: ${problem2}` : ""}.`
            );
          }
        });
      }
    });
  }
});

// packages/core/src/rules/resources/property-constraint.ts
function dumps(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(dumps).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${dumps(v)}`).join(", ")}}`;
  }
  return JSON.stringify(String(value));
}
function pyStr2(value) {
  if (typeof value === "boolean") return value ? "True" : "False";
  if (value === null || value === void 0) return "None";
  return String(value);
}
function pyEquals2(a, b) {
  const numeric = (v) => typeof v === "number" || typeof v === "boolean";
  if (numeric(a) && numeric(b)) return Number(a) === Number(b);
  if (typeof a === "object" || typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
function toSchemaType(value, type) {
  if (type === "integer" || type === "number") {
    const n = typeof value === "number" ? value : typeof value === "boolean" ? Number(value) : typeof value === "string" ? stringToNumber(value) : void 0;
    if (n === void 0 || type === "integer" && !Number.isInteger(n)) return void 0;
    return n;
  }
  if (type === "string") return pyStr2(value);
  if (type === "boolean") {
    const s = pyStr2(value).toLowerCase();
    return ["1", "t", "true", "on", "y", "yes"].includes(s) ? true : ["0", "f", "false", "off", "n", "no"].includes(s) ? false : void 0;
  }
  return value;
}
function pythonPattern(pattern) {
  try {
    return new RegExp(`^(?:${pattern.replace(/\(\?P</g, "(?<").replace(/\\Z/g, "$")})`, "u");
  } catch {
    return null;
  }
}
function converted(node, schema, template) {
  const raw = toValue(node, template.yaml);
  switch (schema.type) {
    case "string":
      return pyStr2(raw);
    case "integer":
    case "number":
      return typeof raw === "string" ? stringToNumber(raw) : Number(raw);
    default:
      return raw;
  }
}
function check(constraint, node, schema, template) {
  const value = converted(node, schema, template);
  const fail = (message, at = node) => [{ node: at, message: constraint.description ? constraint.description : message }];
  if ("allowed_values" in constraint) {
    const allowed = constraint.allowed_values;
    const list2 = `[${allowed.map(dumps).join(", ")}]`;
    if (Array.isArray(value) && (0, import_yaml24.isSeq)(node)) {
      const bad = [];
      value.forEach((item, i) => {
        if (!allowed.some((a) => pyEquals2(a, item))) bad.push(...fail(`${dumps(item)} is not an allowed value ${list2}`, node.items[i] ?? node));
      });
      return bad;
    }
    if (schema.type === "map") return [];
    const mine = toSchemaType(value, schema.type);
    if (mine === void 0) return [];
    return allowed.some((a) => pyEquals2(toSchemaType(a, schema.type), mine)) ? [] : fail(`${dumps(value)} is not an allowed value ${list2}`);
  }
  if ("range" in constraint) {
    if (typeof value !== "number" || Number.isNaN(value)) return [];
    const { min, max } = constraint.range;
    if (min !== void 0 && min !== null && value < min || max !== void 0 && max !== null && value > max) {
      return fail(`${pyStr2(value)} is out of range (min: ${min ?? "None"}, max: ${max ?? "None"})`);
    }
    return [];
  }
  if ("length" in constraint) {
    const length = typeof value === "string" ? [...value].length : Array.isArray(value) ? value.length : (0, import_yaml24.isMap)(node) ? node.items.length : void 0;
    if (length === void 0) return [];
    const { min, max } = constraint.length;
    if (min !== void 0 && min !== null && length < min || max !== void 0 && max !== null && length > max) {
      return fail(`length (${length}) is out of range (min: ${min ?? "None"}, max: ${max ?? "None"})`);
    }
    return [];
  }
  if ("modulo" in constraint) {
    if (typeof value !== "number" || !Number.isFinite(value)) return [];
    const { step, offset } = constraint.modulo;
    const remainder = (value % step + step) % step;
    return remainder === offset ? [] : fail(`${pyStr2(value)} is not a multiple of ${step} with an offset of ${offset}`);
  }
  if ("allowed_pattern" in constraint) {
    if (typeof value !== "string") return [];
    const pattern = pythonPattern(constraint.allowed_pattern);
    if (!pattern || pattern.test(value)) return [];
    return fail(`"${value}" does not match pattern "${constraint.allowed_pattern}"`);
  }
  return [];
}
var import_yaml24, property_constraint_default;
var init_property_constraint = __esm({
  "packages/core/src/rules/resources/property-constraint.ts"() {
    "use strict";
    import_yaml24 = __toESM(require_dist(), 1);
    init_nodes();
    init_rule();
    init_shared();
    init_property_type();
    property_constraint_default = defineRule({
      meta: {
        id: "property-constraint",
        area: "resources",
        description: "A literal property value must satisfy the constraints of its schema.",
        severity: "warning",
        enabledByDefault: true,
        docs: `Property schemas carry constraints: allowed values, a numeric range, a length, a modulo
or a pattern. Stack create checks them on the value after conversion (so \`"10"\` counts as
10 for an integer property) and fails with Heat's message, or with the constraint's own
description when it has one. Values computed by functions, and custom constraints (an
image or flavor that must exist in the cloud), are not checked.

    # bad
    resources:
      monitor:
        type: OS::Octavia::HealthMonitor
        properties:
          pool: { get_resource: pool }
          type: HTTPX
          delay: 5
          timeout: 5
          max_retries: 20

    # good
    resources:
      monitor:
        type: OS::Octavia::HealthMonitor
        properties:
          pool: { get_resource: pool }
          type: HTTP
          delay: 5
          timeout: 5
          max_retries: 5
`,
        stricterThanHeat: "Stack create fails validating the property value against its constraints."
      },
      check({ template, catalog, types, report: report2 }) {
        walkProperties({ template, catalog, types }, {
          value({ typed, node, schema, path }) {
            if (!node || !schema.constraints?.length) return;
            if ((0, import_yaml24.isScalar)(node) && (node.value === null || node.value === void 0)) return;
            if (typeProblem(node, schema) !== null) return;
            const name = path.filter((p) => typeof p === "string").join(".");
            for (const constraint of schema.constraints) {
              for (const finding of check(constraint, node, schema, template)) {
                report2(finding.node, `Property "${name}" (${propertyPath(typed.resource.name, path)}): ${finding.message.trim().replace(/[.]?$/, ".")}`);
              }
            }
          }
        });
      }
    });
  }
});

// packages/core/src/rules/resources/property-required.ts
var property_required_default;
var init_property_required = __esm({
  "packages/core/src/rules/resources/property-required.ts"() {
    "use strict";
    init_nodes();
    init_rule();
    init_shared();
    property_required_default = defineRule({
      meta: {
        id: "property-required",
        area: "resources",
        description: "Every required property of a resource (without a default) must be set.",
        severity: "warning",
        enabledByDefault: true,
        docs: `A property the type marks as required and gives no default must have a value, or stack
create fails with "Property flavor not assigned". The same holds inside properties that
have their own schema (e.g. each \`block_device_mapping_v2\` item of a server). Heat's template
validation does not check this.

Only literal values are checked: when \`properties\` (or the value holding a nested mapping)
comes from a function such as \`get_param\`, its keys are unknown until create. A required
property is not reported when a deprecated property that Heat translates into it is set
(\`network_id\` for \`network\`).

    # bad: no flavor
    resources:
      server:
        type: OS::Nova::Server
        properties:
          image: cirros

    # good
    resources:
      server:
        type: OS::Nova::Server
        properties:
          image: cirros
          flavor: m1.small
`,
        stricterThanHeat: 'Stack create fails with "Property X not assigned" for a required property without a value.'
      },
      check({ template, catalog, types, report: report2 }) {
        walkProperties({ template, catalog, types }, {
          map({ typed, map, owner, schemata, path }) {
            const present = new Set(entries(map).map((pair) => String(pair.key.value)));
            const missing = [];
            for (const [name, schema] of Object.entries(schemata)) {
              if (!schema.required || schema.default !== void 0 || schema.implemented === false) continue;
              if (present.has(name)) continue;
              const translated = [...present].some((other) => {
                const status = schemata[other]?.support_status;
                if (!status || status.status === "SUPPORTED") return false;
                return other.startsWith(`${name}_`) || new RegExp(`\\b${name.replace(/[^A-Za-z0-9_]/g, "\\$&")}\\b`).test(status.message ?? "");
              });
              if (!translated) missing.push(name);
            }
            if (missing.length === 0) return;
            const where2 = propertyPath(typed.resource.name, path);
            const names = missing.map((n) => `"${n}"`).join(", ");
            const verb = missing.length === 1 ? "Property" : "Properties";
            report2(owner, `${verb} ${names} not assigned (${where2}): ${ownerName(typed.typeName, path)} requires ${missing.length === 1 ? "it" : "them"}.`);
          }
        });
      }
    });
  }
});

// packages/core/src/rules/resources/property-unknown.ts
var property_unknown_default;
var init_property_unknown = __esm({
  "packages/core/src/rules/resources/property-unknown.ts"() {
    "use strict";
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    init_shared();
    property_unknown_default = defineRule({
      meta: {
        id: "property-unknown",
        area: "resources",
        description: "Every property of a resource must be one its type has.",
        severity: "error",
        enabledByDefault: true,
        docs: `Heat refuses a resource whose \`properties\` name something the type does not have:
"Property error: resources.monitor.properties: Unknown Property max_retries_down". Property
names are case-sensitive.

The same goes for the keys inside properties that have their own schema, such as the
items of \`OS::Nova::Server\` \`networks\` or \`OS::Neutron::Port\` \`fixed_ips\`. Heat's template
validation checks only the top level (an error here); the nested keys fail only at stack
create, with the same message (a warning here). Mappings without a schema (\`metadata\`, \`ResourceGroup\` \`resource_def.properties\`)
accept any key, and \`OS::Heat::None\` accepts any property.

Also reported:
- properties Heat declares but never implemented (some AWS::* ones, e.g. \`KernelId\`):
  "Property KernelId not implemented yet";
- properties Heat has removed from its documentation (hidden), which it still translates
  to their replacement: a warning with Heat's advice.

    # bad
    resources:
      monitor:
        type: OS::Octavia::HealthMonitor
        properties:
          pool: { get_resource: pool }
          type: HTTP
          delay: 5
          timeout: 5
          max_retries_down: 3

    # good
    resources:
      monitor:
        type: OS::Octavia::HealthMonitor
        properties:
          pool: { get_resource: pool }
          type: HTTP
          delay: 5
          timeout: 5
          max_retries: 3
`,
        stricterThanHeat: 'Unknown keys inside nested property schemas (e.g. networks items) and in the members of a ResourceGroup or AutoScalingGroup: stack create fails with "Unknown Property X".'
      },
      check({ template, catalog, types, report: report2, rangeOf }) {
        walkProperties({ template, catalog, types }, {
          map({ typed, map, schemata, path }) {
            if (!map) return;
            const where2 = propertyPath(typed.resource.name, path);
            const owner = ownerName(typed.typeName, path);
            let candidates2;
            for (const pair of entries(map)) {
              const key = String(pair.key.value);
              const schema = Object.prototype.hasOwnProperty.call(schemata, key) ? schemata[key] : void 0;
              if (!schema) {
                candidates2 ??= Object.entries(schemata).filter(([name, s]) => s.implemented !== false && s.support_status?.status !== "HIDDEN" && !map.items.some((p) => String(p.key?.value) === name)).map(([name]) => name);
                const matches = closestMatches(key, candidates2);
                report2(pair.key, `Unknown Property "${key}" (${where2}): ${owner} has no such property.${didYouMean(matches)}`, {
                  fixes: suggestionFixes(rangeOf(pair.key), matches),
                  ...path.length > 0 || isGroupMember(typed.resource) ? { severity: "warning" } : {}
                });
              } else if (schema.implemented === false) {
                report2(pair.key, `Property ${key} not implemented yet (${where2}): Heat rejects any value for it; remove it.`, path.length > 0 ? { severity: "warning" } : {});
              } else if (schema.support_status?.status === "HIDDEN") {
                const why = schema.support_status.message ? ` ${sentence(schema.support_status.message)}` : "";
                report2(pair.key, `Property "${key}" of ${owner} has been removed from Heat's documentation (hidden${sinceVersion(schema.support_status)}).${why}`, {
                  severity: "warning"
                });
              }
            }
          }
        });
      }
    });
  }
});

// packages/core/src/rules/resources/resource-definition.ts
var import_yaml25, MAPPING_FIELDS, resource_definition_default;
var init_resource_definition = __esm({
  "packages/core/src/rules/resources/resource-definition.ts"() {
    "use strict";
    import_yaml25 = __toESM(require_dist(), 1);
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    init_shared();
    MAPPING_FIELDS = ["properties", "metadata", "update_policy"];
    resource_definition_default = defineRule({
      meta: {
        id: "resource-definition",
        area: "resources",
        description: "A resource definition has only the keys its template version allows, each of the right kind.",
        severity: "error",
        enabledByDefault: true,
        docs: `Heat checks the shape of every resource definition before anything else:

- only the keys of the template version are allowed ("Invalid keyword(s) inside a resource
  definition"): \`type\`, \`properties\`, \`metadata\`, \`depends_on\`, \`deletion_policy\`,
  \`update_policy\`, \`description\`, and from 2016-10-14 also \`condition\` and \`external_id\`;
- every resource needs a \`type\`, which is a string ("Resource X type type must be string");
- \`properties\`, \`metadata\` and \`update_policy\` are mappings (or functions that return one):
  an empty \`properties:\` is null, which Heat refuses ("Resource X properties type must be
  object");
- \`description\` is a plain string (functions are not resolved there);
- \`deletion_policy\` is \`Delete\`, \`Retain\` or \`Snapshot\` (lower-case forms from 2016-10-14),
  and \`Snapshot\` only for types that can snapshot (Cinder volumes, Nova servers...).

    # bad
    resources:
      volume:
        type: OS::Cinder::Volume
        propertes:
          size: 1
        deletion_policy: Keep

    # good
    resources:
      volume:
        type: OS::Cinder::Volume
        properties:
          size: 1
        deletion_policy: Retain
`
      },
      check({ template, catalog, yaml, report: report2, rangeOf }) {
        const version = template.version;
        const allowedKeys = version ? new Set(version.resource_keys) : null;
        for (const resource of template.resources.values()) {
          const name = resource.name;
          if (!resource.definition) {
            report2(
              resource.value ?? resource.key,
              `Resource "${name}" must be a mapping with at least a "type" key, not ${describeNode(resource.value, resource.value ? yaml : null)}.`
            );
            continue;
          }
          const definition = resource.definition;
          for (const pair of entries(definition)) {
            const key = String(pair.key.value);
            const value = resolve5(pair.value, yaml);
            if (allowedKeys && !allowedKeys.has(key)) {
              const later = catalog.versions.find((spec) => spec.resource_keys.includes(key));
              if (later) {
                report2(
                  pair.key,
                  `"${key}" is not a valid keyword inside a resource definition in heat_template_version ${template.versionValue}: it needs ${later.version} or later.`
                );
              } else {
                const matches = closestMatches(key, [...allowedKeys].filter((k) => !definition.items.some((p) => (0, import_yaml25.isScalar)(p.key) && p.key.value === k)));
                report2(pair.key, `"${key}" is not a valid keyword inside a resource definition.${didYouMean(matches)}`, {
                  fixes: suggestionFixes(rangeOf(pair.key), matches)
                });
              }
              continue;
            }
            if (key === "type") {
              if (!(0, import_yaml25.isScalar)(value) || typeof value.value !== "string") {
                report2(value ?? pair, `Resource "${name}" type must be a string (a resource type name), not ${describeNode(value, yaml)}.`);
              } else if (value.value === "") {
                report2(value, `Resource "${name}" has no type: the "type" value is empty.`);
              }
            } else if (MAPPING_FIELDS.includes(key)) {
              if (!(0, import_yaml25.isMap)(value)) {
                report2(value ?? pair, `Resource "${name}" ${key} must be a mapping, not ${describeNode(value, yaml)}.`);
              }
            } else if (key === "description") {
              if (!(0, import_yaml25.isScalar)(value) || typeof value.value !== "string") {
                const what = isFunctionCall2(value, catalog, yaml) ? "a function call (Heat does not resolve functions there)" : describeNode(value, yaml);
                report2(value ?? pair, `Resource "${name}" description must be a string, not ${what}.`);
              }
            } else if (key === "deletion_policy") {
              checkDeletionPolicy(value, pair, name);
            } else if (key === "external_id") {
              if (!isFunctionCall2(value, catalog, yaml) && (!(0, import_yaml25.isScalar)(value) || typeof value.value !== "string")) {
                report2(value ?? pair, `Resource "${name}" external_id must be a string, not ${describeNode(value, yaml)}.`);
              }
            }
          }
          if (!field(definition, "type")) {
            report2(resource.key, `Resource "${name}" is missing "type": each resource must contain a type key.`);
          }
        }
        function checkDeletionPolicy(value, pair, name) {
          if (isFunctionCall2(value, catalog, yaml)) return;
          if (!(0, import_yaml25.isScalar)(value) || typeof value.value !== "string") {
            report2(value ?? pair, `Resource "${name}" deletion_policy must be a string (Delete, Retain or Snapshot), not ${describeNode(value, yaml)}.`);
            return;
          }
          const policy = value.value;
          if (!version) return;
          if (!version.deletion_policies.includes(policy)) {
            const later = catalog.versions.find((spec) => spec.deletion_policies.includes(policy));
            const matches = later ? closestMatches(policy, version.deletion_policies, 1) : closestMatches(policy, version.deletion_policies);
            const needs = later ? ` ("${policy}" needs heat_template_version ${later.version} or later)` : "";
            report2(value, `Invalid deletion policy "${policy}"${needs}: expected one of ${version.deletion_policies.map((p) => `"${p}"`).join(", ")}.${didYouMean(matches)}`, {
              fixes: suggestionFixes(rangeOf(value), matches)
            });
            return;
          }
          if (policy.toLowerCase() === "snapshot") {
            const resource = template.resources.get(name);
            const typeName = resource?.type ? catalog.resolveTypeName(resource.type) : void 0;
            const schema = typeName ? catalog.resourceType(typeName) : void 0;
            if (schema && !schema.snapshot_delete) {
              const able = catalog.resourceTypeNames().filter((t) => catalog.resourceType(t)?.snapshot_delete);
              report2(value, `"${policy}" deletion policy not supported by ${resource.type}: only ${able.join(", ")} can take a snapshot. Use "Retain" or "Delete".`);
            }
          }
        }
      }
    });
  }
});

// packages/core/src/rules/resources/resource-type-deprecated.ts
var resource_type_deprecated_default;
var init_resource_type_deprecated = __esm({
  "packages/core/src/rules/resources/resource-type-deprecated.ts"() {
    "use strict";
    init_rule();
    init_shared();
    resource_type_deprecated_default = defineRule({
      meta: {
        id: "resource-type-deprecated",
        area: "resources",
        description: "A resource type Heat has deprecated.",
        severity: "warning",
        enabledByDefault: true,
        docs: `Heat marks resource types that are on their way out as DEPRECATED. They still work,
but a later release hides them (see \`resource-type-removed\`). The message gives Heat's
reason and the replacement it recommends. Alias names count too: \`OS::Ceilometer::Alarm\`
is mapped to the deprecated \`OS::Aodh::Alarm\`.

    # bad: deprecated since Heat 10.0.0
    resources:
      alarm:
        type: OS::Aodh::Alarm

    # good
    resources:
      alarm:
        type: OS::Aodh::GnocchiAggregationByResourcesAlarm
`
      },
      check({ template, catalog, types, report: report2 }) {
        for (const typed of typedResources({ template, catalog, types })) {
          const status = typed.schema.support_status;
          if (status.status !== "DEPRECATED") continue;
          const alias = typed.typeName === typed.resolvedName ? "" : ` (which Heat maps to ${typed.resolvedName})`;
          const why = status.message ? ` ${sentence(status.message)}` : "";
          report2(typed.typeNode, `Resource type "${typed.typeName}"${alias} is deprecated${sinceVersion(status)}.${why}`);
        }
      }
    });
  }
});

// packages/core/src/rules/resources/resource-type-removed.ts
var resource_type_removed_default;
var init_resource_type_removed = __esm({
  "packages/core/src/rules/resources/resource-type-removed.ts"() {
    "use strict";
    init_rule();
    init_shared();
    resource_type_removed_default = defineRule({
      meta: {
        id: "resource-type-removed",
        area: "resources",
        description: "A resource type Heat has removed (hidden) or does not support.",
        severity: "warning",
        enabledByDefault: true,
        docs: `Heat marks resource types it has removed as HIDDEN: they no longer appear in the
resource type list or the docs, and some (\`OS::Designate::Domain\`, \`OS::Heat::HARestarter\`,
\`OS::Magnum::Bay\`) are kept only as placeholders that accept anything and create nothing.
Others (Neutron LBaaS v1, \`OS::Nova::FloatingIP\`) call APIs the clouds no longer have.
Heat 19's template validation still accepts them, so this is a warning; the message says
what to use instead when Heat names a replacement.

Types Heat marks UNSUPPORTED (e.g. \`OS::Neutron::ExtraRoute\`, the networking-sfc types)
work but are not maintained by the Heat team: reported as information.

    # bad: removed in Heat 10.0.0, now a placeholder that does nothing
    resources:
      zone:
        type: OS::Designate::Domain

    # good
    resources:
      zone:
        type: OS::Designate::Zone
`
      },
      check({ template, catalog, types, report: report2 }) {
        for (const typed of typedResources({ template, catalog, types })) {
          const status = typed.schema.support_status;
          const alias = typed.typeName === typed.resolvedName ? "" : ` (which Heat maps to ${typed.resolvedName})`;
          if (status.status === "HIDDEN") {
            const placeholder = typed.schema.placeholder ? " Heat keeps it only as a placeholder that accepts any properties and creates nothing." : "";
            const why = status.message ? ` ${sentence(status.message)}` : "";
            const replacement = replacementIn(status.message, typed.resolvedName);
            const advice = replacement && !why.includes(replacement) ? ` Use ${replacement} instead.` : "";
            report2(
              typed.typeNode,
              `Resource type "${typed.typeName}"${alias} has been removed from Heat (hidden${sinceVersion(status)}).${why}${advice}${placeholder}`
            );
          } else if (status.status === "UNSUPPORTED") {
            const why = status.message ? ` ${sentence(status.message)}` : "";
            report2(
              typed.typeNode,
              `Resource type "${typed.typeName}"${alias} is UNSUPPORTED: it is not maintained by the Heat team.${why}`,
              { severity: "info" }
            );
          }
        }
      }
    });
  }
});

// packages/core/src/rules/resources/resource-type-unknown.ts
var FILE_LIKE, resource_type_unknown_default;
var init_resource_type_unknown = __esm({
  "packages/core/src/rules/resources/resource-type-unknown.ts"() {
    "use strict";
    init_suggest();
    init_fixes();
    init_rule();
    init_shared();
    FILE_LIKE = /\.(yml|json)$/i;
    resource_type_unknown_default = defineRule({
      meta: {
        id: "resource-type-unknown",
        area: "resources",
        description: "A resource type must be one Heat knows, one an environment maps, or a nested template file.",
        severity: "error",
        enabledByDefault: true,
        stricterThanHeat: 'The member type of a ResourceGroup or AutoScalingGroup is resolved only at stack create (a warning): create fails with "The Resource Type (X) could not be found."',
        docs: `Heat looks a resource's \`type\` up in its resource registry and refuses the template when
the type is not there: "The Resource Type (X) could not be found." Type names are
case-sensitive (\`OS::nova::server\` is not \`OS::Nova::Server\`).

Names that Heat's default environment maps to another type (\`OS::Ceilometer::Alarm\` →
\`OS::Aodh::Alarm\`, \`OS::Quantum::*\` → \`OS::Neutron::*\`) are accepted. Heat treats a type as
a nested template file only when it ends in \`.yaml\` or \`.template\`: \`server.yml\` or
\`server.json\` is looked up as a type name and not found.

A custom name such as \`My::Server\` works when an environment's \`resource_registry\` maps
it. hot-lint resolves it through the environments given (\`-e\`, or the configuration file);
without one, Heat rejects the name, and so does this rule, once per name, saying which
environments were consulted.

    # bad: misspelled
    resources:
      server:
        type: OS::Nova::Servr

    # good
    resources:
      server:
        type: OS::Nova::Server
`
      },
      check({ template, catalog, types, report: report2, rangeOf, project }) {
        let candidates2;
        const unknown = /* @__PURE__ */ new Map();
        for (const resource of [...template.resources.values(), ...groupMembers({ template, catalog, types })]) {
          const type = resource.type;
          if (type === null || !resource.typeNode || type === "") continue;
          if (/^[a-z][a-z0-9+.-]*:\/\//i.test(type)) continue;
          const resolution = types.resolve(type, project?.path ?? "", resource.name);
          if (resolution.kind === "cycle") {
            report2(resource.typeNode, `The Resource Type (${type}) could not be found: the resource_registry maps it in a cycle (${resolution.chain.join(" -> ")}).`);
          } else if (resolution.kind === "unknown") {
            const uses = unknown.get(type) ?? [];
            uses.push(resource);
            unknown.set(type, uses);
          }
        }
        const consulted = types.environments.map((e) => `"${e.path.split("/").pop()}"`);
        for (const [type, uses] of unknown) {
          const first = uses[0];
          candidates2 ??= [
            ...types.knownTypes().filter((name) => catalog.resourceType(name)?.support_status.status !== "HIDDEN"),
            ...Object.keys(catalog.resources.type_aliases ?? {}).filter((name) => !name.endsWith("*"))
          ];
          const matches = FILE_LIKE.test(type) ? [] : closestMatches(type, candidates2);
          const hint = FILE_LIKE.test(type) ? " Heat treats a type as a template file only when it ends in .yaml or .template." : type.includes("::") && !catalog.resolveTypeName(type) && consulted.length > 0 ? ` No resource_registry maps it (consulted ${consulted.join(", ")}).` : "";
          const others = uses.length > 1 ? ` (${uses.length - 1} more resource${uses.length > 2 ? "s" : ""} use this type.)` : "";
          const member = isGroupMember(first) ? " (in a group member: stack create fails)" : "";
          report2(first.typeNode, `The Resource Type (${type}) could not be found${member}.${hint}${didYouMean(matches)}${others}`, {
            fixes: suggestionFixes(rangeOf(first.typeNode), matches),
            ...member ? { severity: "warning" } : {}
          });
        }
      }
    });
  }
});

// packages/core/src/rules/resources/index.ts
var resourcesRules;
var init_resources = __esm({
  "packages/core/src/rules/resources/index.ts"() {
    "use strict";
    init_property_constraint();
    init_property_required();
    init_property_type();
    init_property_unknown();
    init_resource_definition();
    init_resource_type_deprecated();
    init_resource_type_removed();
    init_resource_type_unknown();
    resourcesRules = [
      resource_definition_default,
      resource_type_unknown_default,
      resource_type_removed_default,
      resource_type_deprecated_default,
      property_unknown_default,
      property_required_default,
      property_type_default,
      property_constraint_default
    ];
  }
});

// packages/core/src/rules/syntax/duplicate-key.ts
var duplicate_key_default;
var init_duplicate_key = __esm({
  "packages/core/src/rules/syntax/duplicate-key.ts"() {
    "use strict";
    init_rule();
    duplicate_key_default = defineRule({
      meta: {
        id: "duplicate-key",
        area: "syntax",
        description: "A mapping must not repeat a key: Heat silently keeps only the last one.",
        severity: "warning",
        enabledByDefault: true,
        docs: `Heat reads templates with PyYAML, which keeps the last of two equal keys without a word.
The first definition is silently lost, which is almost never what the author meant (two
resources with the same name after a copy and paste, a property given twice).

    # bad: the first server is lost
    resources:
      server:
        type: OS::Nova::Server
      server:
        type: OS::Nova::Server
`
      }
    });
  }
});

// packages/core/src/rules/syntax/unused-suppression.ts
var unused_suppression_default;
var init_unused_suppression = __esm({
  "packages/core/src/rules/syntax/unused-suppression.ts"() {
    "use strict";
    init_rule();
    unused_suppression_default = defineRule({
      meta: {
        id: "unused-suppression",
        area: "syntax",
        description: 'A "# hot-lint-disable" comment must suppress a finding; one that suppresses nothing should go.',
        severity: "warning",
        enabledByDefault: true,
        docs: `Findings can be silenced with comments:

    # hot-lint-disable-next-line RULE[, RULE...]   the next line
    key: value  # hot-lint-disable-line RULE       this line
    # hot-lint-disable [RULE, ...]                  the whole file (no rule: every rule)

Anything after \` -- \` is a free-text reason. A comment that suppresses nothing (the problem
was fixed, the rule name is misspelled, the comment moved away from its line) hides nothing
today but would silently hide a future finding, so it is reported, on the comment or on the
rule name in it that is not needed. A rule that is turned off is not reported as unneeded.

    # bad: nothing on the next line is a duplicate key
    # hot-lint-disable-next-line duplicate-key
    heat_template_version: 2021-04-16

    # good
    heat_template_version: 2021-04-16
    resources:
      server:
        type: OS::Nova::Server
      # hot-lint-disable-next-line duplicate-key -- generated file, the last one wins
      server:
        type: OS::Nova::Server
`
      }
    });
  }
});

// packages/core/src/rules/syntax/yaml-syntax.ts
var yaml_syntax_default;
var init_yaml_syntax = __esm({
  "packages/core/src/rules/syntax/yaml-syntax.ts"() {
    "use strict";
    init_rule();
    yaml_syntax_default = defineRule({
      meta: {
        id: "yaml-syntax",
        area: "syntax",
        description: "The file must be readable YAML or JSON text within the size and nesting limits.",
        severity: "error",
        enabledByDefault: true,
        docs: `Reports what stops the file from being read at all: YAML syntax errors (tabs used for
indentation, unclosed brackets, bad indentation), more than one YAML document in the file, a
binary file, a file over the size limit, collections nested too deeply, and aliases that
expand the document beyond a safe size (the "billion laughs" attack).

Heat would reject the template with a "Error parsing template" message; nothing else is
checked until the file reads.

    # bad: tab used for indentation
    resources:
    	server:
        type: OS::Nova::Server
`
      }
    });
  }
});

// packages/core/src/rules/syntax/index.ts
var syntaxRules;
var init_syntax = __esm({
  "packages/core/src/rules/syntax/index.ts"() {
    "use strict";
    init_duplicate_key();
    init_unused_suppression();
    init_yaml_syntax();
    syntaxRules = [yaml_syntax_default, duplicate_key_default, unused_suppression_default];
  }
});

// packages/core/src/rules/template/section-unknown.ts
var section_unknown_default;
var init_section_unknown = __esm({
  "packages/core/src/rules/template/section-unknown.ts"() {
    "use strict";
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    section_unknown_default = defineRule({
      meta: {
        id: "section-unknown",
        area: "template",
        description: "Top-level keys must be sections of HOT.",
        severity: "error",
        enabledByDefault: true,
        docs: `A HOT template has the sections \`heat_template_version\`, \`description\`, \`parameter_groups\`,
\`parameters\`, \`resources\`, \`outputs\` and (from 2016-10-14) \`conditions\`. Heat rejects any other
top-level key: "The template section is invalid: resource". CloudFormation section names
(\`Resources\`, \`Outputs\`...) are not HOT sections either. A section that exists only in other
HOT versions is reported by \`section-version\`.

    # bad
    heat_template_version: 2021-04-16
    resource:
      server:
        type: OS::Nova::Server

    # good
    heat_template_version: 2021-04-16
    resources:
      server:
        type: OS::Nova::Server
`
      },
      check({ template, catalog, report: report2, rangeOf }) {
        if (!template.versionPair) return;
        const everywhere = new Set(catalog.versions.flatMap((v) => v.sections));
        const sections = template.version?.sections ?? [...everywhere];
        for (const pair of entries(template.root)) {
          const name = String(pair.key.value);
          if (everywhere.has(name)) continue;
          const matches = closestMatches(name, sections);
          const valid = template.version ? ` Sections of HOT ${template.version.version}: ${sections.join(", ")}.` : "";
          report2(pair, `Unknown section "${name}": Heat rejects the template ("The template section is invalid").${didYouMean(matches) || valid}`, {
            fixes: suggestionFixes(rangeOf(pair.key), matches)
          });
        }
      }
    });
  }
});

// packages/core/src/rules/template/section-version.ts
var section_version_default;
var init_section_version = __esm({
  "packages/core/src/rules/template/section-version.ts"() {
    "use strict";
    init_nodes();
    init_rule();
    section_version_default = defineRule({
      meta: {
        id: "section-version",
        area: "template",
        description: "A section must exist in the template's heat_template_version.",
        severity: "error",
        enabledByDefault: true,
        docs: `Some sections belong to later HOT versions: \`conditions\` exists from 2016-10-14 (newton).
In an older template Heat rejects it like any unknown section ("The template section is
invalid: conditions"). Raise \`heat_template_version\` or remove the section.

    # bad
    heat_template_version: 2015-10-15
    conditions:
      is_prod: { equals: [{ get_param: env }, prod] }

    # good
    heat_template_version: 2016-10-14
    conditions:
      is_prod: { equals: [{ get_param: env }, prod] }
`
      },
      check({ template, catalog, report: report2 }) {
        const version = template.version;
        if (!version) return;
        for (const pair of entries(template.root)) {
          const name = String(pair.key.value);
          if (version.sections.includes(name)) continue;
          const having = catalog.versions.filter((v) => v.sections.includes(name));
          if (having.length === 0) continue;
          const later = having.find((v) => v.version > version.version);
          const advice = later ? `it was introduced in ${later.version}${later.aliases.length ? ` (${later.aliases[0]})` : ""}: set heat_template_version to ${later.version} or later` : `it exists only in HOT ${having.map((v) => v.version).join(", ")}`;
          report2(pair, `The section "${name}" is not valid in HOT ${version.version}; ${advice}.`);
        }
      }
    });
  }
});

// packages/core/src/rules/template/template-format.ts
var import_yaml26, CFN_VERSION_KEYS, template_format_default;
var init_template_format = __esm({
  "packages/core/src/rules/template/template-format.ts"() {
    "use strict";
    import_yaml26 = __toESM(require_dist(), 1);
    init_nodes();
    init_rule();
    CFN_VERSION_KEYS = ["AWSTemplateFormatVersion", "HeatTemplateFormatVersion"];
    template_format_default = defineRule({
      meta: {
        id: "template-format",
        area: "template",
        description: "A template is a YAML mapping (or JSON object) with a heat_template_version key.",
        severity: "error",
        enabledByDefault: true,
        docs: `Heat refuses a template that is empty, that is not a mapping at its top level (a list,
a plain string), or that names no format version ("Template format version not found.").

Templates in the CloudFormation-compatible format (\`AWSTemplateFormatVersion\`,
\`HeatTemplateFormatVersion\`) are valid Heat input, but hot-lint checks HOT only; it says
so instead of reporting every CloudFormation key.

    # bad: no version
    resources:
      server:
        type: OS::Nova::Server
`
      },
      checkDocument({ document, yaml, report: report2 }) {
        const root = resolve5(document.root, yaml);
        if (!root) {
          report2(null, "The file is empty: a template needs at least heat_template_version and resources.");
          return;
        }
        if (!(0, import_yaml26.isMap)(root)) {
          report2(root, "The template is not a YAML mapping or JSON object.");
          return;
        }
        const keys = new Set(root.items.map((pair) => String(pair.key?.value)));
        if (keys.has("heat_template_version")) return;
        const cfn = CFN_VERSION_KEYS.find((key) => keys.has(key));
        if (cfn) {
          const pair = root.items.find((p) => String(p.key?.value) === cfn);
          report2(pair, `This is a CloudFormation-format template (${cfn}); hot-lint checks HOT templates only.`, {
            severity: "info"
          });
          return;
        }
        report2(root.items[0] ?? root, "Template format version not found: add heat_template_version (e.g. 2021-04-16).");
      }
    });
  }
});

// packages/core/src/rules/template/template-limits.ts
function pythonReprLength(node, doc) {
  const target = resolve5(node, doc);
  if (!target) return 4;
  if ((0, import_yaml27.isScalar)(target)) {
    const value = target.value;
    if (value === null || value === void 0) return 4;
    if (typeof value === "boolean") return value ? 4 : 5;
    if (typeof value === "number") return String(value).length;
    return String(value).length + 2;
  }
  if ((0, import_yaml27.isSeq)(target)) {
    let length = 2;
    target.items.forEach((item, i) => length += pythonReprLength(item, doc) + (i > 0 ? 2 : 0));
    return length;
  }
  if ((0, import_yaml27.isMap)(target)) {
    let length = 2;
    target.items.forEach((pair, i) => length += pythonReprLength(pair.key, doc) + 2 + pythonReprLength(pair.value, doc) + (i > 0 ? 2 : 0));
    return length;
  }
  return 0;
}
var import_yaml27, MAX_TEMPLATE_SIZE, MAX_RESOURCES_PER_STACK, template_limits_default;
var init_template_limits = __esm({
  "packages/core/src/rules/template/template-limits.ts"() {
    "use strict";
    import_yaml27 = __toESM(require_dist(), 1);
    init_nodes();
    init_rule();
    MAX_TEMPLATE_SIZE = 524288;
    MAX_RESOURCES_PER_STACK = 1e3;
    template_limits_default = defineRule({
      meta: {
        id: "template-limits",
        area: "template",
        description: "A template should stay within Heat's default size and resource-count limits.",
        severity: "warning",
        enabledByDefault: true,
        docs: `Heat refuses a template larger than \`max_template_size\` (${MAX_TEMPLATE_SIZE} by default), measured
on the template as the API receives it ("Template size (N bytes) exceeds maximum allowed
size (${MAX_TEMPLATE_SIZE} bytes)."), and a stack with more than \`max_resources_per_stack\`
resources (${MAX_RESOURCES_PER_STACK} by default) at create. A template the client sends parsed
(\`openstack stack create -t\`) is measured as Python writes the parsed object out, which
hot-lint estimates; one Heat reads as text (a nested template, a \`template_url\`) is measured
as that text, comments and indentation included. Both limits are settings of the cloud, so
these are warnings: split the stack into nested templates, or ask the operator.
`
      },
      check({ template, yaml, report: report2, document }) {
        const target = template.versionPair ?? template.root;
        const parsed = pythonReprLength(template.root, yaml);
        const text2 = document.text.length;
        if (parsed > MAX_TEMPLATE_SIZE) {
          report2(target, `Template size (about ${parsed} bytes as Heat measures it) exceeds Heat's default maximum (${MAX_TEMPLATE_SIZE} bytes, max_template_size).`);
        } else if (text2 > MAX_TEMPLATE_SIZE) {
          report2(
            target,
            `The file is ${text2} characters, over Heat's default max_template_size (${MAX_TEMPLATE_SIZE}) wherever Heat reads it as text (a nested template, a template_url); \`openstack stack create -t\` sends it parsed, about ${parsed}.`
          );
        }
        if (template.resources.size > MAX_RESOURCES_PER_STACK) {
          const section = template.sections.get("resources");
          report2(
            section ?? template.root,
            `${template.resources.size} resources exceed Heat's default maximum per stack (${MAX_RESOURCES_PER_STACK}, max_resources_per_stack); stack create fails: "Maximum resources per stack exceeded."`
          );
        }
      }
    });
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// packages/core/src/schema/hot-template.validator.ts
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string" && data0 !== null) {
        const err0 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema11.properties.description.type }, message: "must be string,null", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data1 = data.parameters;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && data1 !== null) {
        const err1 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: schema11.properties.parameters.type }, message: "must be object,null", schema: schema11.properties.parameters.type, parentSchema: schema11.properties.parameters, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key0 in data1) {
          let data2 = data1[key0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.type === void 0) {
              const err2 = { instancePath: instancePath + "/parameters/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/parameter/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.required, parentSchema: schema12, data: data2 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data2.tags !== void 0) {
              let data3 = data2.tags;
              if (!Array.isArray(data3)) {
                const err3 = { instancePath: instancePath + "/parameters/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/definitions/parameter/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.tags.type, parentSchema: schema12.properties.tags, data: data3 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/parameters/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/parameter/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.resources !== void 0) {
      let data4 = data.resources;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: schema11.properties.resources.type }, message: "must be object,null", schema: schema11.properties.resources.type, parentSchema: schema11.properties.resources, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      let data5 = data.outputs;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err6 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: schema11.properties.outputs.type }, message: "must be object,null", schema: schema11.properties.outputs.type, parentSchema: schema11.properties.outputs, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          let data6 = data5[key1];
          if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
            const err7 = { instancePath: instancePath + "/outputs/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/output/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data6 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.conditions !== void 0) {
      let data7 = data.conditions;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
        const err8 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.conditions.type, parentSchema: schema11.properties.conditions, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.parameter_groups !== void 0) {
      let data8 = data.parameter_groups;
      const _errs22 = errors;
      let valid6 = true;
      const _errs23 = errors;
      const vSchema0 = schema11.properties.parameter_groups.if.enum;
      if (!(func0(data8, vSchema0[0]) || data8 === "" || data8 === 0 || data8 === false)) {
        const err9 = {};
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs23 === errors;
      errors = _errs22;
      if (vErrors !== null) {
        if (_errs22) {
          vErrors.length = _errs22;
        } else {
          vErrors = null;
        }
      }
      if (!_valid0) {
        const _errs24 = errors;
        if (!Array.isArray(data8) && data8 !== null) {
          const err10 = { instancePath: instancePath + "/parameter_groups", schemaPath: "#/properties/parameter_groups/else/type", keyword: "type", params: { type: schema11.properties.parameter_groups.else.type }, message: "must be array,null", schema: schema11.properties.parameter_groups.else.type, parentSchema: schema11.properties.parameter_groups.else, data: data8 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (Array.isArray(data8)) {
          const len0 = data8.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data9 = data8[i0];
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              if (data9.parameters !== void 0) {
                let data10 = data9.parameters;
                if (!Array.isArray(data10) && data10 !== null) {
                  const err11 = { instancePath: instancePath + "/parameter_groups/" + i0 + "/parameters", schemaPath: "#/definitions/parameterGroup/properties/parameters/type", keyword: "type", params: { type: schema14.properties.parameters.type }, message: "must be array,null", schema: schema14.properties.parameters.type, parentSchema: schema14.properties.parameters, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            } else {
              const err12 = { instancePath: instancePath + "/parameter_groups/" + i0, schemaPath: "#/definitions/parameterGroup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data9 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs24 === errors;
        valid6 = _valid0;
      }
      if (!valid6) {
        const err13 = { instancePath: instancePath + "/parameter_groups", schemaPath: "#/properties/parameter_groups/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.parameter_groups.if, parentSchema: schema11.properties.parameter_groups, data: data8 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var import_equal, validate, schema11, schema12, schema13, schema14, func0;
var init_hot_template_validator = __esm({
  "packages/core/src/schema/hot-template.validator.ts"() {
    "use strict";
    import_equal = __toESM(require_equal(), 1);
    validate = validate10;
    schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/hot-lint/hot-lint/schemas/hot-template.schema.json", "title": "HOT template structure", "description": "The shape of a Heat Orchestration Template as Heat 19 validates it, for every HOT version (sections and keys a version adds are checked by the section-* and *-keys rules; resource definitions by resource-definition). x-messages holds the finding for each keyword ({name}: the entry's name, {found}: what was written); x-severity marks what Heat accepts.", "type": "object", "properties": { "description": { "type": ["string", "null"], "x-severity": "warning", "x-messages": { "type": "The template description should be a string, not {found}: Heat accepts it, but tools that show the description expect text." } }, "parameters": { "type": ["object", "null"], "x-messages": { "type": "The parameters section must be a mapping of parameter names to definitions, not {found}." }, "additionalProperties": { "$ref": "#/definitions/parameter" } }, "resources": { "type": ["object", "null"], "x-messages": { "type": "The resources section must be a mapping of resource names to definitions, not {found}." } }, "outputs": { "type": ["object", "null"], "x-messages": { "type": "The outputs section must be a mapping of output names to definitions, not {found}." }, "additionalProperties": { "$ref": "#/definitions/output" } }, "conditions": { "type": "object", "x-messages": { "type": "The conditions section must be a mapping of condition names to definitions, not {found}." } }, "parameter_groups": { "if": { "enum": [{}, "", 0, false] }, "then": true, "else": { "type": ["array", "null"], "x-messages": { "type": "parameter_groups must be a list of groups, not {found}." }, "items": { "$ref": "#/definitions/parameterGroup" } } } }, "definitions": { "parameter": { "type": "object", "required": ["type"], "x-messages": { "type": 'The definition of parameter "{name}" must be a mapping with at least a type, not {found}.', "required": 'Parameter "{name}" has no type: add one of string, number, comma_delimited_list, json, boolean.' }, "properties": { "type": true, "tags": { "type": "array", "x-messages": { "type": 'The tags of parameter "{parent}" must be a list, not {found}.' } } } }, "output": { "type": "object", "x-messages": { "type": 'The definition of output "{name}" must be a mapping with a value, not {found}.' } }, "parameterGroup": { "type": "object", "x-messages": { "type": "Each parameter group must be a mapping (label, description, parameters), not {found}." }, "properties": { "parameters": { "type": ["array", "null"], "x-messages": { "type": "The parameters of a parameter group must be a list of parameter names, not {found}." } } } } } };
    schema12 = { "type": "object", "required": ["type"], "x-messages": { "type": 'The definition of parameter "{name}" must be a mapping with at least a type, not {found}.', "required": 'Parameter "{name}" has no type: add one of string, number, comma_delimited_list, json, boolean.' }, "properties": { "type": true, "tags": { "type": "array", "x-messages": { "type": 'The tags of parameter "{parent}" must be a list, not {found}.' } } } };
    schema13 = { "type": "object", "x-messages": { "type": 'The definition of output "{name}" must be a mapping with a value, not {found}.' } };
    schema14 = { "type": "object", "x-messages": { "type": "Each parameter group must be a mapping (label, description, parameters), not {found}." }, "properties": { "parameters": { "type": ["array", "null"], "x-messages": { "type": "The parameters of a parameter group must be a list of parameter names, not {found}." } } } };
    func0 = import_equal.default.default ?? import_equal.default;
  }
});

// packages/core/src/schema/hot-schema.ts
function checkStructure(root, doc) {
  const validate2 = validate;
  if (validate2(toValue(root, doc))) return [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of validate2.errors ?? []) {
    const annotated = error.parentSchema;
    const template = annotated?.["x-messages"]?.[error.keyword];
    if (!template) continue;
    const key = `${error.instancePath}\0${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const finding = toFinding(error, template, root, doc);
    if (finding) findings.push({ ...finding, ...annotated?.["x-severity"] ? { severity: annotated["x-severity"] } : {} });
  }
  return findings.sort((a, b) => offsetOf(a.target) - offsetOf(b.target));
}
function offsetOf(target) {
  const node = (0, import_yaml28.isPair)(target) ? target.key : target;
  return node?.range?.[0] ?? 0;
}
function toFinding(error, template, root, doc) {
  const path = error.instancePath === "" ? [] : error.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const located = locate(root, path, doc);
  if (!located) return null;
  const { node, pair } = located;
  const message = template.replace(/\{name\}/g, path[path.length - 1] ?? "").replace(/\{parent\}/g, path[path.length - 2] ?? "").replace(/\{found\}/g, describeNode(node, doc));
  const empty2 = !node || (0, import_yaml28.isScalar)(node) && (node.value === null || node.value === void 0);
  const onKey = error.keyword === "required" || empty2 && pair !== null;
  const target = onKey ? pair ?? node : node;
  return target ? { target, message } : null;
}
function locate(root, path, doc) {
  let node = resolve5(root, doc);
  let pair = null;
  for (const segment of path) {
    if ((0, import_yaml28.isMap)(node)) {
      const found = field(node, segment);
      if (!found) return null;
      pair = found;
      node = resolve5(found.value, doc);
    } else if ((0, import_yaml28.isSeq)(node)) {
      const item = node.items[Number(segment)];
      if (item === void 0) return null;
      pair = null;
      node = resolve5(item, doc);
    } else {
      return null;
    }
  }
  return { node, pair };
}
var import_yaml28;
var init_hot_schema = __esm({
  "packages/core/src/schema/hot-schema.ts"() {
    "use strict";
    import_yaml28 = __toESM(require_dist(), 1);
    init_nodes();
    init_hot_template_validator();
  }
});

// packages/core/src/rules/template/template-structure.ts
var template_structure_default;
var init_template_structure = __esm({
  "packages/core/src/rules/template/template-structure.ts"() {
    "use strict";
    init_hot_schema();
    init_rule();
    template_structure_default = defineRule({
      meta: {
        id: "template-structure",
        area: "template",
        description: "Sections and definitions must have the shape Heat expects (mappings, lists, required type).",
        severity: "error",
        enabledByDefault: true,
        docs: `Checks the template against the JSON Schema \`schemas/hot-template.schema.json\`, the shape Heat
validates:

- \`parameters\`, \`resources\` and \`outputs\` are mappings (or empty); \`conditions\` is a mapping
  (Heat rejects an empty one: "Condition definitions must be a map");
- each parameter is a mapping with a \`type\` ("Missing parameter type for parameter: p"), and its
  \`tags\` a list;
- each output is a mapping ("Output definitions must be a map");
- \`parameter_groups\` is a list of mappings, and a group's \`parameters\` a list.

A \`description\` that is not text is a warning: Heat accepts it.

Which keys each definition may have depends on the version and is checked by
\`parameter-keys\`, \`output-value\` and \`resource-definition\` (which also checks that each
resource is a mapping with a \`type\`).

    # bad
    parameters:
      flavor:            # no type
        default: m1.small
    outputs:
      ip: server_ip      # not a mapping

    # good
    parameters:
      flavor:
        type: string
        default: m1.small
    outputs:
      ip:
        value: { get_attr: [server, first_address] }
`
      },
      check({ template, report: report2 }) {
        if (!template.versionPair) return;
        for (const finding of checkStructure(template.root, template.yaml)) {
          report2(finding.target, finding.message, finding.severity ? { severity: finding.severity } : {});
        }
      }
    });
  }
});

// packages/core/src/rules/template/template-version.ts
function validList(versions) {
  return versions.map((v) => v.aliases.length ? `${v.version} (${v.aliases.join(", ")})` : v.version).join(", ");
}
function suggest(value, versions) {
  const date = DATE.exec(value);
  if (date) {
    const time = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    let best;
    for (const spec of versions) {
      const [y, m, d] = spec.version.split("-").map(Number);
      const distance = Math.abs(Date.UTC(y, m - 1, d) - time);
      if (!best || distance < best.distance) best = { version: spec.version, distance };
    }
    return best?.version;
  }
  const names = versions.flatMap((v) => [v.version, ...v.aliases]);
  return closestMatches(value, names, 1)[0];
}
var DATE, template_version_default;
var init_template_version = __esm({
  "packages/core/src/rules/template/template-version.ts"() {
    "use strict";
    init_nodes();
    init_suggest();
    init_fixes();
    init_rule();
    DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
    template_version_default = defineRule({
      meta: {
        id: "template-version",
        area: "template",
        description: "heat_template_version must be a HOT version Heat knows (a date or a release name).",
        severity: "error",
        enabledByDefault: true,
        docs: `\`heat_template_version\` selects the template language: which sections, keys and intrinsic
functions are available. Heat accepts only the dates of its HOT releases (2013-05-23 to
2021-04-16) or their release names (\`newton\`, \`ocata\`, ... \`wallaby\`). Any other date is rejected,
even one that looks plausible.

    # bad: not a HOT version (the nearest is 2021-04-16)
    heat_template_version: 2021-01-03

    # good
    heat_template_version: 2021-04-16
`
      },
      check({ template, catalog, yaml, report: report2, rangeOf }) {
        const pair = template.versionPair;
        if (!pair || template.version) return;
        const value = template.versionValue;
        const valid = validList(catalog.versions);
        if (value === null) {
          report2(pair.value ?? pair, `heat_template_version must be a date or release name, not ${describeNode(pair.value, yaml)}. Valid: ${valid}.`);
          return;
        }
        const suggestion = suggest(value, catalog.versions);
        const replaceWith = suggestion ? ` Did you mean "${suggestion}"?` : "";
        report2(pair.value, `"${value}" is not a HOT template version.${replaceWith} Valid: ${valid}.`, {
          fixes: suggestion ? suggestionFixes(rangeOf(pair.value), [suggestion]) : []
        });
      }
    });
  }
});

// packages/core/src/rules/template/index.ts
var templateRules;
var init_template2 = __esm({
  "packages/core/src/rules/template/index.ts"() {
    "use strict";
    init_section_unknown();
    init_section_version();
    init_template_format();
    init_template_limits();
    init_template_structure();
    init_template_version();
    templateRules = [template_format_default, template_version_default, section_unknown_default, section_version_default, template_structure_default, template_limits_default];
  }
});

// packages/core/src/rules/index.ts
function findRule(id) {
  return allRules.find((rule) => rule.meta.id === id);
}
var allRules;
var init_rules = __esm({
  "packages/core/src/rules/index.ts"() {
    "use strict";
    init_environment2();
    init_functions();
    init_outputs();
    init_parameters();
    init_project();
    init_references();
    init_resources();
    init_syntax();
    init_template2();
    allRules = [
      ...syntaxRules,
      ...templateRules,
      ...parametersRules,
      ...referencesRules,
      ...functionsRules,
      ...resourcesRules,
      ...outputsRules,
      ...projectRules,
      ...environmentRules
    ];
  }
});

// packages/core/src/suppressions/suppressions.ts
function parseSuppressions(text2) {
  const found = [];
  if (!text2.includes("hot-lint-disable")) return found;
  const lines = text2.split("\n");
  for (let line = 0; line < lines.length; line++) {
    const raw = lines[line].replace(/\r$/, "");
    if (!raw.includes("hot-lint-disable")) continue;
    const match = DIRECTIVE.exec(raw);
    if (!match) continue;
    const start = match.index + match[1].length;
    const kind = match[3] === "-next-line" ? "next-line" : match[3] === "-line" ? "line" : "file";
    let rest = match[4];
    const restStart = start + match[2].length;
    const reason = rest.search(/(^|[ \t])--([ \t]|$)/);
    if (reason >= 0) rest = rest.slice(0, reason);
    const rules = [];
    for (const name of rest.matchAll(RULE_NAME)) {
      const at = restStart + name.index;
      rules.push({ id: name[0], range: lineRange(line, at, at + name[0].length) });
    }
    const end = restStart + rest.replace(/[ \t]+$/, "").length;
    found.push({
      kind,
      rules,
      range: lineRange(line, start, end),
      line: kind === "file" ? -1 : kind === "line" ? line : line + 1
    });
  }
  return found;
}
function suppressionsOutside(suppressions, ranges) {
  const before = (a, b) => a.line < b.line || a.line === b.line && a.character < b.character;
  return suppressions.filter((s) => !ranges.some((r) => !before(s.range.start, r.start) && before(s.range.start, r.end)));
}
function lineRange(line, start, end) {
  return { start: { line, character: start }, end: { line, character: end } };
}
function applySuppressions(diagnostics, suppressions, options = {}) {
  if (suppressions.length === 0) return { diagnostics: [...diagnostics], suppressed: [], unused: [] };
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  const suppressed = [];
  for (const diagnostic of diagnostics) {
    let covered = false;
    suppressions.forEach((s, index) => {
      if (s.line !== -1 && s.line !== diagnostic.range.start.line) return;
      if (diagnostic.file !== void 0) return;
      if (s.rules.length === 0) {
        covered = true;
        used.add(`${index}:*`);
        return;
      }
      for (const rule of s.rules) {
        if (rule.id === diagnostic.ruleId) {
          covered = true;
          used.add(`${index}:${rule.id}`);
        }
      }
    });
    (covered ? suppressed : kept).push(diagnostic);
  }
  const known = options.knownRuleIds ? [...options.knownRuleIds] : null;
  const knownSet = known ? new Set(known) : null;
  const unused = [];
  const report2 = (range, message) => unused.push({ ruleId: UNUSED_SUPPRESSION_RULE_ID, severity: "warning", message, range });
  suppressions.forEach((s, index) => {
    const directive = directiveName(s.kind);
    if (s.rules.length === 0) {
      if (!used.has(`${index}:*`)) report2(s.range, `This "${directive}" comment suppresses nothing: remove it.`);
      return;
    }
    const unusedRules = s.rules.filter((rule) => {
      if (used.has(`${index}:${rule.id}`)) return false;
      if (knownSet && !knownSet.has(rule.id)) return true;
      if (rule.id === UNUSED_SUPPRESSION_RULE_ID && s.kind === "file") return false;
      return !options.activeRuleIds || options.activeRuleIds.has(rule.id);
    });
    if (unusedRules.length === s.rules.length && s.rules.every((r) => !knownSet || knownSet.has(r.id))) {
      const names = s.rules.map((r) => `"${r.id}"`).join(", ");
      report2(s.range, `This "${directive}" comment suppresses nothing (no ${names} finding ${where(s.kind)}): remove it.`);
      return;
    }
    for (const rule of unusedRules) {
      if (knownSet && !knownSet.has(rule.id)) {
        report2(rule.range, `Unknown rule "${rule.id}" in a "${directive}" comment.${didYouMean(closestMatches(rule.id, known))}`);
      } else {
        report2(rule.range, `"${rule.id}" is suppressed here but has no finding ${where(s.kind)}: remove it from the comment.`);
      }
    }
  });
  const silenceUnused = suppressions.some(
    (s) => s.kind === "file" && s.rules.some((r) => r.id === UNUSED_SUPPRESSION_RULE_ID)
  );
  return { diagnostics: kept, suppressed, unused: silenceUnused ? [] : unused };
}
function where(kind) {
  return kind === "file" ? "in this file" : kind === "line" ? "on its line" : "on the next line";
}
function directiveName(kind) {
  return kind === "file" ? "hot-lint-disable" : kind === "line" ? "hot-lint-disable-line" : "hot-lint-disable-next-line";
}
var UNUSED_SUPPRESSION_RULE_ID, DIRECTIVE, RULE_NAME;
var init_suppressions = __esm({
  "packages/core/src/suppressions/suppressions.ts"() {
    "use strict";
    init_suggest();
    UNUSED_SUPPRESSION_RULE_ID = "unused-suppression";
    DIRECTIVE = /(^|[ \t])(#[ \t]*hot-lint-disable(-next-line|-line)?)(?=$|[ \t])(.*)$/;
    RULE_NAME = /[^\s,]+/g;
  }
});

// packages/core/src/lint.ts
function lint(text2, options = {}) {
  return lintDocument(text2, options).diagnostics;
}
function lintDocument(text2, options = {}) {
  const document = options.document ?? parseDocument(text2, { ...DEFAULT_PARSE_LIMITS, ...options.limits });
  let catalog;
  try {
    catalog = options.catalog ?? loadCatalog();
  } catch (error) {
    return withoutCatalog(document, error, options);
  }
  const types = new TypeResolver(catalog, options.project?.environments ?? []);
  const diagnostics = [];
  const active = activeRules(options);
  for (const problem2 of document.problems) {
    const severity = effectiveSeverity(problem2.ruleId, problem2.severity, options);
    if (severity) diagnostics.push({ ...problem2, severity });
  }
  const asEnvironment = options.asEnvironment;
  const template = asEnvironment ? null : options.template !== void 0 ? options.template : document.root ? buildTemplate(document, catalog) : null;
  const rangeOf = (target) => {
    if (!target) return document.positions.range(0, 0);
    if ("start" in target && "end" in target) return target;
    if ((0, import_yaml29.isPair)(target)) return document.positions.nodeRange(target.key);
    return document.positions.nodeRange(target);
  };
  const parseFailed = document.problems.some((p) => p.severity === "error" && p.ruleId === "yaml-syntax");
  for (const { rule, severity } of active) {
    const context = {
      document,
      yaml: document.yaml,
      positions: document.positions,
      catalog,
      template,
      rangeOf,
      types,
      ...options.project ? { project: options.project } : {},
      report(target, message, reportOptions = {}) {
        const finding = {
          ruleId: rule.meta.id,
          severity: reportOptions.severity && severity === rule.meta.severity ? reportOptions.severity : severity,
          message,
          range: rangeOf(target)
        };
        if (reportOptions.fixes?.length) finding.fixes = reportOptions.fixes;
        diagnostics.push(finding);
      }
    };
    try {
      if (asEnvironment) {
        if (rule.checkEnvironment && !parseFailed) rule.checkEnvironment({ ...context, ...asEnvironment });
      } else {
        if (rule.checkDocument && !parseFailed) rule.checkDocument(context);
        if (rule.check && template) rule.check(context);
      }
    } catch (error) {
      diagnostics.push({
        ruleId: "internal-error",
        severity: "error",
        message: `Rule ${rule.meta.id} failed on this document (${error.message}). Please report this.`,
        range: document.positions.range(0, 0)
      });
    }
  }
  const { kept, suppressed } = suppress(diagnostics, document, active, options);
  kept.sort(compareDiagnostics);
  return { diagnostics: kept, document, template, suppressed };
}
function withoutCatalog(document, error, options) {
  const diagnostics = [];
  for (const problem2 of document.problems) {
    const severity = effectiveSeverity(problem2.ruleId, problem2.severity, options);
    if (severity) diagnostics.push({ ...problem2, severity });
  }
  diagnostics.push({
    ruleId: "internal-error",
    severity: "error",
    message: `${error.message ?? String(error)} No rule was checked.`,
    range: document.positions.range(0, 0)
  });
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, document, template: null, suppressed: [] };
}
function suppress(diagnostics, document, active, options) {
  if (options.suppressions === false) return { kept: diagnostics, suppressed: [] };
  let comments = parseSuppressions(document.text);
  if (comments.length === 0) return { kept: diagnostics, suppressed: [] };
  if (document.yaml) {
    const scalars = [];
    (0, import_yaml29.visit)(document.yaml, {
      Scalar(_, node) {
        if ((0, import_yaml29.isScalar)(node) && node.range && String(node.value).includes("hot-lint-disable")) {
          scalars.push(document.positions.nodeRange(node));
        }
      }
    });
    comments = suppressionsOutside(comments, scalars);
  }
  const activeRuleIds = new Set(active.map((a) => a.rule.meta.id));
  const result = applySuppressions(diagnostics, comments, {
    activeRuleIds,
    knownRuleIds: [...allRules.map((r) => r.meta.id), "internal-error"]
  });
  const kept = result.diagnostics;
  const unusedSeverity = activeRuleIds.has(UNUSED_SUPPRESSION_RULE_ID) ? effectiveSeverity(UNUSED_SUPPRESSION_RULE_ID, "warning", options) : null;
  if (unusedSeverity) for (const finding of result.unused) kept.push({ ...finding, severity: unusedSeverity });
  return { kept, suppressed: result.suppressed };
}
function activeRules(options) {
  const active = [];
  for (const rule of allRules) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === "off") continue;
    if (setting) active.push({ rule, severity: setting });
    else if (rule.meta.enabledByDefault || options.allRules) active.push({ rule, severity: rule.meta.severity });
  }
  return active;
}
function effectiveSeverity(ruleId, fallback, options) {
  const setting = options.rules?.[ruleId];
  if (setting === "off") return null;
  return setting ?? fallback;
}
function compareDiagnostics(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
var import_yaml29;
var init_lint = __esm({
  "packages/core/src/lint.ts"() {
    "use strict";
    import_yaml29 = __toESM(require_dist(), 1);
    init_load_catalog();
    init_registry();
    init_template();
    init_parse_document();
    init_rules();
    init_suppressions();
  }
});

// packages/core/src/config/config.ts
function emptyConfig() {
  return { rules: {}, ignore: [], environments: [] };
}
function parseConfig(text2, options = {}) {
  const config = emptyConfig();
  const document = parseDocument(text2);
  const problems = document.problems.map((p) => ({
    ...p,
    ruleId: CONFIG_RULE_ID,
    severity: "error"
  }));
  if (problems.length > 0 || !document.root) return { config, problems };
  const ruleIds = [...options.ruleIds ?? allRules.map((r) => r.meta.id)];
  const ruleIdSet = new Set(ruleIds);
  const doc = document.yaml;
  const positions = document.positions;
  const error = (node, message) => {
    problems.push({ ruleId: CONFIG_RULE_ID, severity: "error", message, range: positions.nodeRange(node) });
  };
  const root = resolve5(document.root, doc);
  if ((0, import_yaml30.isScalar)(root) && (root.value === null || root.value === void 0)) return { config, problems };
  if (!(0, import_yaml30.isMap)(root)) {
    error(root, "The configuration must be a mapping with some of the keys rules, ignore, environments, catalog, maxFileSize.");
    return { config, problems };
  }
  for (const pair of root.items) {
    const key = keyOf(pair);
    const value = resolve5(pair.value, doc);
    if (key === null) {
      error(pair.key, "Configuration keys must be plain names.");
      continue;
    }
    switch (key) {
      case "rules":
        readRules(value, pair, config, ruleIds, ruleIdSet, doc, error);
        break;
      case "ignore":
        config.ignore = readStringList(value, pair, "ignore", "a list of globs", doc, error);
        break;
      case "environments":
        readEnvironments(value, pair, config, doc, error);
        break;
      case "catalog": {
        const version = scalarText2(value);
        if (version === null) {
          error(value ?? pair, `"catalog" must be a Heat release, one of ${quoteList(KNOWN_HEAT_VERSIONS)}.`);
        } else if (!KNOWN_HEAT_VERSIONS.includes(version)) {
          error(value, `There is no catalog for Heat "${version}"; the known releases are ${quoteList(KNOWN_HEAT_VERSIONS)}.`);
        } else {
          config.catalog = version;
        }
        break;
      }
      case "maxFileSize": {
        const raw = (0, import_yaml30.isScalar)(value) ? value.value : void 0;
        if (typeof raw === "number" && Number.isSafeInteger(raw) && raw > 0) config.maxFileSize = raw;
        else error(value ?? pair, `"maxFileSize" must be a whole number of bytes greater than 0, such as 1048576.`);
        break;
      }
      default:
        error(pair.key, `Unknown configuration key "${key}".${didYouMean(closestMatches(key, TOP_KEYS))} Known keys: ${TOP_KEYS.join(", ")}.`);
    }
  }
  return { config, problems };
}
function readRules(value, pair, config, ruleIds, known, doc, error) {
  if (isNull(value)) return;
  if (!(0, import_yaml30.isMap)(value)) {
    error(value ?? pair, '"rules" must be a mapping of rule ids to error, warning, info or off.');
    return;
  }
  for (const rulePair of value.items) {
    const id = keyOf(rulePair);
    if (id === null) {
      error(rulePair.key, "Rule ids must be plain names.");
      continue;
    }
    if (!known.has(id)) {
      error(rulePair.key, `Unknown rule "${id}".${didYouMean(closestMatches(id, ruleIds))}`);
      continue;
    }
    const settingNode = resolve5(rulePair.value, doc);
    const setting = scalarText2(settingNode);
    if (setting !== null && RULE_SETTINGS.includes(setting)) {
      config.rules[id] = setting;
      continue;
    }
    const hint = setting === null ? "" : didYouMean(closestMatches(setting, RULE_SETTINGS));
    const shown = setting === null ? "this value" : `"${setting}"`;
    error(settingNode ?? rulePair, `The setting of rule "${id}" must be error, warning, info or off, not ${shown}.${hint}`);
  }
}
function readEnvironments(value, pair, config, doc, error) {
  if (isNull(value)) return;
  if (!(0, import_yaml30.isSeq)(value)) {
    error(value ?? pair, '"environments" must be a list of mappings with "templates" (a glob) and "files" (a list of environment files).');
    return;
  }
  for (const itemNode of value.items) {
    const item = resolve5(itemNode, doc);
    if (!(0, import_yaml30.isMap)(item)) {
      error(item, 'Each item of "environments" must be a mapping with "templates" and "files".');
      continue;
    }
    let templates = null;
    let files = null;
    for (const entry of item.items) {
      const key = keyOf(entry);
      const entryValue = resolve5(entry.value, doc);
      if (key === "templates") {
        templates = scalarText2(entryValue);
        if (templates === null || templates === "") {
          error(entryValue ?? entry, '"templates" must be a glob of template files, e.g. "stacks/*.yaml".');
          templates = null;
        }
      } else if (key === "files") {
        files = readStringList(entryValue, entry, "files", "a list of environment files", doc, error);
      } else {
        const name = key ?? "";
        error(entry.key, `Unknown key "${name}" in an environments item.${didYouMean(closestMatches(name, ENVIRONMENT_KEYS2))} Expected templates and files.`);
      }
    }
    if (templates === null && !item.items.some((e) => keyOf(e) === "templates")) error(item, 'This environments item has no "templates" glob.');
    if (files === null && !item.items.some((e) => keyOf(e) === "files")) error(item, 'This environments item has no "files" list.');
    if (templates !== null && files !== null) config.environments.push({ templates, files });
  }
}
function readStringList(value, pair, name, what, doc, error) {
  if (isNull(value)) return [];
  if (!(0, import_yaml30.isSeq)(value)) {
    error(value ?? pair, `"${name}" must be ${what}.`);
    return [];
  }
  const list2 = [];
  for (const itemNode of value.items) {
    const item = resolve5(itemNode, doc);
    const text2 = scalarText2(item);
    if (text2 === null || text2 === "") error(item, `Each item of "${name}" must be a non-empty string.`);
    else list2.push(text2);
  }
  return list2;
}
function keyOf(pair) {
  return (0, import_yaml30.isScalar)(pair.key) && pair.key.value !== null ? String(pair.key.value) : null;
}
function isNull(node) {
  return node === null || (0, import_yaml30.isScalar)(node) && (node.value === null || node.value === void 0);
}
function scalarText2(node) {
  if (!(0, import_yaml30.isScalar)(node)) return null;
  const value = node.value;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return node.source ?? String(value);
  return null;
}
function quoteList(values) {
  return values.map((v) => `"${v}"`).join(", ");
}
function formatConfigProblem(file, problem2) {
  return `${file}:${problem2.range.start.line + 1}:${problem2.range.start.character + 1}: ${problem2.message}`;
}
var import_yaml30, CONFIG_RULE_ID, KNOWN_HEAT_VERSIONS, RULE_SETTINGS, TOP_KEYS, ENVIRONMENT_KEYS2;
var init_config = __esm({
  "packages/core/src/config/config.ts"() {
    "use strict";
    import_yaml30 = __toESM(require_dist(), 1);
    init_load_catalog();
    init_nodes();
    init_parse_document();
    init_rules();
    init_suggest();
    CONFIG_RULE_ID = "config";
    KNOWN_HEAT_VERSIONS = [DEFAULT_HEAT_VERSION];
    RULE_SETTINGS = ["error", "warning", "info", "off"];
    TOP_KEYS = ["rules", "ignore", "environments", "catalog", "maxFileSize"];
    ENVIRONMENT_KEYS2 = ["templates", "files"];
  }
});

// packages/core/src/config/find-config.ts
import { statSync as statSync3 } from "node:fs";
import { dirname as dirname2, join as join3, resolve as resolve6 } from "node:path";
function findConfigFile(startDir) {
  let dir = resolve6(startDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join3(dir, name);
      try {
        if (statSync3(candidate).isFile()) return candidate;
      } catch {
      }
    }
    const parent = dirname2(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
var CONFIG_FILE_NAMES;
var init_find_config = __esm({
  "packages/core/src/config/find-config.ts"() {
    "use strict";
    CONFIG_FILE_NAMES = [".hot-lint.yaml", ".hot-lint.yml"];
  }
});

// packages/core/src/config/index.ts
var init_config2 = __esm({
  "packages/core/src/config/index.ts"() {
    "use strict";
    init_config();
    init_find_config();
  }
});

// packages/core/src/suppressions/index.ts
var init_suppressions2 = __esm({
  "packages/core/src/suppressions/index.ts"() {
    "use strict";
    init_suppressions();
  }
});

// packages/core/src/project/loader.ts
import { readFileSync as readFileSync2, statSync as statSync4 } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve7 } from "node:path";
function isUrl(target) {
  return URL_LIKE.test(target);
}
var URL_LIKE, NodeFileLoader, MemoryFileLoader;
var init_loader = __esm({
  "packages/core/src/project/loader.ts"() {
    "use strict";
    URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
    NodeFileLoader = class {
      constructor(root, maxSize = 10 * 1024 * 1024) {
        this.maxSize = maxSize;
        this.root = resolve7(root);
      }
      maxSize;
      root;
      resolve(fromFile, target) {
        if (isUrl(target)) return null;
        return isAbsolute2(target) ? resolve7(target) : resolve7(dirname3(fromFile), target);
      }
      isAllowed(path) {
        const rel = relative2(this.root, resolve7(path));
        return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
      }
      read(path) {
        if (!this.isAllowed(path)) return { ok: false, reason: `it is outside the project root ${this.root}` };
        try {
          const stat2 = statSync4(path);
          if (stat2.isDirectory()) return { ok: false, reason: "it is a directory" };
          if (stat2.size > this.maxSize) return { ok: false, reason: `it is larger than ${this.maxSize} bytes` };
          return { ok: true, text: readFileSync2(path, "utf8") };
        } catch (error) {
          const code = error.code;
          return { ok: false, reason: code === "ENOENT" ? "it does not exist" : code === "EACCES" ? "permission denied" : error.message };
        }
      }
    };
    MemoryFileLoader = class {
      constructor(files, root = "/") {
        this.files = files;
        this.root = root;
      }
      files;
      root;
      resolve(fromFile, target) {
        if (isUrl(target)) return null;
        return isAbsolute2(target) ? resolve7(target) : resolve7(dirname3(fromFile), target);
      }
      isAllowed(path) {
        const rel = relative2(this.root, path);
        return !rel.startsWith("..") && !isAbsolute2(rel);
      }
      read(path) {
        if (!this.isAllowed(path)) return { ok: false, reason: `it is outside the project root ${this.root}` };
        const text2 = this.files.get(path);
        return text2 === void 0 ? { ok: false, reason: "it does not exist" } : { ok: true, text: text2 };
      }
    };
  }
});

// packages/core/src/project/session.ts
var ProjectSession;
var init_session = __esm({
  "packages/core/src/project/session.ts"() {
    "use strict";
    init_environment();
    init_template();
    init_parse_document();
    ProjectSession = class {
      constructor(loader, catalog, limits = DEFAULT_PARSE_LIMITS) {
        this.loader = loader;
        this.catalog = catalog;
        this.limits = limits;
      }
      loader;
      catalog;
      limits;
      files = /* @__PURE__ */ new Map();
      templates = /* @__PURE__ */ new Map();
      environments = /* @__PURE__ */ new Map();
      /** Counts of actual reads and parses, for the benchmark and tests. */
      stats = { reads: 0, parses: 0 };
      /**
       * Supplies a file's text from elsewhere (an editor buffer, a file the caller already read),
       * with its parsed document when the caller has one, replacing what was cached.
       */
      setText(path, text2, document = null) {
        this.forget(path);
        this.files.set(path, { path, read: { ok: true, text: text2 }, document });
      }
      forget(path) {
        this.files.delete(path);
        this.templates.delete(path);
        this.environments.delete(path);
      }
      file(path) {
        let file = this.files.get(path);
        if (!file) {
          this.stats.reads++;
          file = { path, read: this.loader.read(path), document: null };
          this.files.set(path, file);
        }
        return file;
      }
      document(path) {
        const file = this.file(path);
        if (!file.read.ok) return null;
        if (!file.document) {
          this.stats.parses++;
          file.document = parseDocument(file.read.text, this.limits);
        }
        return file.document;
      }
      template(path) {
        if (!this.templates.has(path)) {
          const document = this.document(path);
          this.templates.set(path, document?.root ? buildTemplate(document, this.catalog) : null);
        }
        return this.templates.get(path) ?? null;
      }
      environment(path) {
        let environment = this.environments.get(path);
        if (!environment) {
          const document = this.document(path);
          if (!document) return null;
          environment = buildEnvironment(path, document);
          this.environments.set(path, environment);
        }
        return environment;
      }
    };
  }
});

// packages/core/src/project/lint-project.ts
function loadEnvironments(session, paths) {
  return paths.map((path) => session.environment(path)).filter((env) => env !== null);
}
function lintTemplateFile(session, path, options = {}) {
  const file = session.file(path);
  if (!file.read.ok) return { path, diagnostics: null, reason: file.read.reason };
  const document = session.document(path);
  const environments = loadEnvironments(session, options.environments ?? []);
  const { diagnostics } = lintDocument(file.read.text, {
    ...options,
    catalog: session.catalog,
    document,
    template: session.template(path),
    project: { session, path, environments, ancestors: [], maxDepth: options.maxDepth ?? 5 }
  });
  return { path, diagnostics };
}
function lintEnvironmentFile(session, path, options = {}) {
  const file = session.file(path);
  if (!file.read.ok) return { path, diagnostics: null, reason: file.read.reason };
  const document = session.document(path);
  const environment = session.environment(path);
  const others = loadEnvironments(session, options.environments ?? []);
  const environments = others.includes(environment) ? others : [...others, environment];
  const { templatePath, ...lintOptions } = options;
  const template = templatePath ? session.template(templatePath) : null;
  const { diagnostics } = lintDocument(file.read.text, {
    ...lintOptions,
    catalog: session.catalog,
    document,
    asEnvironment: { environment, template, environments },
    project: { session, path, environments, ancestors: [], maxDepth: options.maxDepth ?? 5 }
  });
  return { path, diagnostics };
}
var init_lint_project = __esm({
  "packages/core/src/project/lint-project.ts"() {
    "use strict";
    init_lint();
  }
});

// packages/core/src/project/bindings.ts
import { dirname as dirname4, isAbsolute as isAbsolute3, relative as relative3, resolve as resolve8, sep as sep2 } from "node:path";
function isInside(dir, path) {
  const rel = relative3(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep2}`) && !isAbsolute3(rel);
}
function innermostFolder(path, folders) {
  let best = null;
  for (const folder of folders) {
    if (isInside(folder, path) && (best === null || folder.length > best.length)) best = folder;
  }
  return best;
}
function projectRootFor(file, options = {}) {
  if (options.root !== void 0) return resolve8(options.root);
  const config = options.config;
  if (config && isInside(config.dir, file)) return config.dir;
  return innermostFolder(file, options.folders ?? []) ?? dirname4(file);
}
function boundEnvironments(template, config) {
  const found = [];
  if (!config) return found;
  const rel = globPath(config.dir, template);
  for (const binding of config.config.environments) {
    if (!matcher(binding.templates)(rel)) continue;
    for (const file of binding.files) found.push(resolve8(config.dir, file));
  }
  return found;
}
function environmentsFor(template, config, explicit = []) {
  return [...boundEnvironments(template, config), ...explicit];
}
function isIgnored(file, config) {
  if (!config || config.config.ignore.length === 0) return false;
  const rel = relative3(config.dir, file);
  if (rel === "" || !isInside(config.dir, file)) return false;
  const matchers2 = config.config.ignore.map(matcher);
  const parts = rel.split(sep2);
  for (let i = parts.length; i > 0; i--) {
    const path = parts.slice(0, i).join("/");
    if (matchers2.some((matches) => matches(path))) return true;
  }
  return false;
}
function globPath(dir, file) {
  return relative3(dir, file).split(sep2).join("/");
}
function matcher(glob2) {
  let found = matchers.get(glob2);
  if (!found) {
    try {
      const compiled = (0, import_picomatch2.default)(glob2, { dot: true });
      found = (path) => compiled(path);
    } catch {
      found = NEVER;
    }
    if (matchers.size >= MAX_MATCHERS) matchers.clear();
    matchers.set(glob2, found);
  }
  return found;
}
var import_picomatch2, NEVER, matchers, MAX_MATCHERS;
var init_bindings = __esm({
  "packages/core/src/project/bindings.ts"() {
    "use strict";
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    NEVER = () => false;
    matchers = /* @__PURE__ */ new Map();
    MAX_MATCHERS = 1e3;
  }
});

// packages/core/src/index.ts
var src_exports = {};
__export(src_exports, {
  CONFIG_FILE_NAMES: () => CONFIG_FILE_NAMES,
  CONFIG_RULE_ID: () => CONFIG_RULE_ID,
  Catalog: () => Catalog,
  CatalogLoadError: () => CatalogLoadError,
  DEFAULT_HEAT_VERSION: () => DEFAULT_HEAT_VERSION,
  DEFAULT_PARSE_LIMITS: () => DEFAULT_PARSE_LIMITS,
  ENVIRONMENT_SECTIONS: () => ENVIRONMENT_SECTIONS,
  KNOWN_HEAT_VERSIONS: () => KNOWN_HEAT_VERSIONS,
  MemoryFileLoader: () => MemoryFileLoader,
  NodeFileLoader: () => NodeFileLoader,
  PositionMapper: () => PositionMapper,
  ProjectSession: () => ProjectSession,
  RULE_SETTINGS: () => RULE_SETTINGS,
  TypeResolver: () => TypeResolver,
  UNUSED_SUPPRESSION_RULE_ID: () => UNUSED_SUPPRESSION_RULE_ID,
  allRules: () => allRules,
  applySuppressions: () => applySuppressions,
  boundEnvironments: () => boundEnvironments,
  buildEnvironment: () => buildEnvironment,
  buildTemplate: () => buildTemplate,
  catalogDataDir: () => catalogDataDir,
  closestMatches: () => closestMatches,
  compareDiagnostics: () => compareDiagnostics,
  didYouMean: () => didYouMean,
  editDistance: () => editDistance,
  emptyConfig: () => emptyConfig,
  environmentsFor: () => environmentsFor,
  findConfigFile: () => findConfigFile,
  findRule: () => findRule,
  formatConfigProblem: () => formatConfigProblem,
  innermostFolder: () => innermostFolder,
  isIgnored: () => isIgnored,
  isInside: () => isInside,
  isTemplateType: () => isTemplateType,
  isUrl: () => isUrl,
  lint: () => lint,
  lintDocument: () => lintDocument,
  lintEnvironmentFile: () => lintEnvironmentFile,
  lintTemplateFile: () => lintTemplateFile,
  loadCatalog: () => loadCatalog,
  looksLikeEnvironment: () => looksLikeEnvironment,
  nodes: () => nodes_exports,
  parseConfig: () => parseConfig,
  parseDocument: () => parseDocument,
  parseSuppressions: () => parseSuppressions,
  projectRootFor: () => projectRootFor,
  suppressionsOutside: () => suppressionsOutside
});
var init_src = __esm({
  "packages/core/src/index.ts"() {
    "use strict";
    init_lint();
    init_parse_document();
    init_positions();
    init_template();
    init_nodes();
    init_catalog();
    init_load_catalog();
    init_rules();
    init_suggest();
    init_config2();
    init_suppressions2();
    init_environment();
    init_registry();
    init_loader();
    init_session();
    init_lint_project();
    init_bindings();
  }
});

// packages/cli/src/fix.ts
var fix_exports = {};
__export(fix_exports, {
  applyCertainFixes: () => applyCertainFixes,
  writeAtomically: () => writeAtomically
});
import { chmodSync, renameSync, statSync as statSync5, unlinkSync, writeFileSync } from "node:fs";
import { basename as basename2, dirname as dirname5, join as join4 } from "node:path";
function applyCertainFixes(text2, diagnostics) {
  const bom = text2.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  const body = bom ? text2.slice(1) : text2;
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const offset = (p) => {
    const start = lineStarts[Math.min(p.line, lineStarts.length - 1)] ?? 0;
    return Math.min(start + p.character, body.length);
  };
  const candidates2 = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.find((f) => f.certain);
    if (!fix || fix.edits.length === 0 || d.file !== void 0) continue;
    candidates2.push(fix.edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })));
  }
  candidates2.sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  const taken = [];
  let applied = 0;
  for (const edits of candidates2) {
    const overlaps = edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || e.start === t.start && e.end === t.end));
    if (overlaps) continue;
    taken.push(...edits);
    applied++;
  }
  taken.sort((a, b) => b.start - a.start);
  let result = body;
  for (const edit of taken) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return { text: bom + result, applied };
}
function writeAtomically(path, text2) {
  const mode = statSync5(path).mode & 4095;
  const temp = join4(dirname5(path), `.${basename2(path)}.hot-lint-${process.pid}.tmp`);
  try {
    writeFileSync(temp, text2, { mode });
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
    }
    throw error;
  }
}
var init_fix = __esm({
  "packages/cli/src/fix.ts"() {
    "use strict";
  }
});

// packages/remote/src/credentials.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { homedir } from "node:os";
import { join as join5 } from "node:path";
function resolveCredentials(env = process.env, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const home = options.home ?? homedir();
  const dirs = options.configDirs ?? [cwd, join5(home, ".config", "openstack"), "/etc/openstack"];
  const fields = {};
  let authTypeRaw;
  let source = "environment";
  const cloudName = options.cloud ?? nonEmpty(env.OS_CLOUD);
  if (cloudName) {
    const clouds = loadCloudFile(env.OS_CLIENT_CONFIG_FILE ? [env.OS_CLIENT_CONFIG_FILE] : candidates(dirs, CLOUD_FILES));
    if ("message" in clouds) return { ok: false, message: clouds.message };
    if (!clouds.path) {
      return { ok: false, message: `OS_CLOUD is "${cloudName}" but no clouds.yaml was found in ${dirs.join(", ")}.` };
    }
    const secure = loadCloudFile(env.OS_CLIENT_SECURE_FILE ? [env.OS_CLIENT_SECURE_FILE] : candidates(dirs, SECURE_FILES));
    if ("message" in secure) return { ok: false, message: secure.message };
    const base = cloudEntry(clouds.data, cloudName);
    if (base === void 0) {
      const names = Object.keys(asRecord(asRecord(clouds.data).clouds));
      return {
        ok: false,
        message: `No cloud "${cloudName}" in ${clouds.path}${names.length ? ` (it has: ${names.join(", ")})` : ""}.`
      };
    }
    const cloud = deepMerge(base, cloudEntry(secure.data, cloudName) ?? {});
    const auth = asRecord(cloud.auth);
    for (const [key, field2] of Object.entries(AUTH_KEYS)) {
      const v = auth[key];
      if (typeof v === "string" || typeof v === "number") fields[field2] = String(v);
    }
    if (typeof cloud.region_name === "string") fields.regionName = cloud.region_name;
    const iface = cloud.interface ?? cloud.endpoint_type;
    if (typeof iface === "string") fields.interface = iface;
    if (typeof cloud.cacert === "string") fields.caCert = cloud.cacert;
    if (cloud.verify === false || cloud.insecure === true) fields.insecure = true;
    const heat = cloud.orchestration_endpoint_override ?? cloud.heat_url;
    if (typeof heat === "string") fields.heatUrl = heat;
    if (typeof cloud.auth_type === "string") authTypeRaw = cloud.auth_type;
    source = `cloud "${cloudName}" in ${clouds.path}${secure.path ? ` and ${secure.path}` : ""}`;
  }
  for (const [name, field2] of Object.entries(ENV_KEYS)) {
    const v = nonEmpty(env[name]);
    if (v !== void 0) fields[field2] = v;
  }
  if (options.heatUrl) fields.heatUrl = options.heatUrl;
  if (env.OS_INSECURE && /^(1|true|yes)$/i.test(env.OS_INSECURE)) fields.insecure = true;
  if (nonEmpty(env.OS_AUTH_TYPE)) authTypeRaw = env.OS_AUTH_TYPE;
  const authType = normaliseAuthType(authTypeRaw, fields);
  if (authType === null) {
    return { ok: false, message: `Unsupported auth type "${authTypeRaw}": use v3password, v3applicationcredential or v3token.` };
  }
  const credentials = { ...fields, authType, interface: normaliseInterface(String(fields.interface ?? "public")), source };
  const missing = missingFields(credentials);
  if (missing) return { ok: false, message: `Incomplete credentials from ${source}: ${missing}` };
  return { ok: true, credentials };
}
function normaliseAuthType(raw, fields) {
  if (raw === void 0) {
    if (fields.applicationCredentialSecret) return "applicationcredential";
    if (fields.token && !fields.password) return "token";
    return "password";
  }
  switch (raw.toLowerCase()) {
    case "password":
    case "v3password":
      return "password";
    case "applicationcredential":
    case "application_credential":
    case "v3applicationcredential":
      return "applicationcredential";
    case "token":
    case "v3token":
    case "admin_token":
      return "token";
    default:
      return null;
  }
}
function normaliseInterface(value) {
  const v = value.toLowerCase().replace(/url$/, "");
  return v === "publicurl" ? "public" : v;
}
function missingFields(c) {
  const needs = [];
  if (c.authType === "token") {
    if (!c.token) needs.push("OS_TOKEN");
    if (!c.heatUrl && !c.authUrl) needs.push("HEAT_URL (or OS_AUTH_URL to find Heat in the catalog)");
    if (!c.heatUrl && c.authUrl && !c.projectId && !c.projectName) needs.push("OS_PROJECT_NAME or OS_PROJECT_ID");
  } else if (c.authType === "applicationcredential") {
    if (!c.authUrl) needs.push("OS_AUTH_URL");
    if (!c.applicationCredentialSecret) needs.push("OS_APPLICATION_CREDENTIAL_SECRET");
    if (!c.applicationCredentialId && !c.applicationCredentialName) needs.push("OS_APPLICATION_CREDENTIAL_ID or OS_APPLICATION_CREDENTIAL_NAME");
    if (!c.applicationCredentialId && !c.userId && !c.username) needs.push("OS_USERNAME or OS_USER_ID (with an application credential name)");
  } else {
    if (!c.authUrl) needs.push("OS_AUTH_URL");
    if (!c.username && !c.userId) needs.push("OS_USERNAME or OS_USER_ID");
    if (!c.password) needs.push("OS_PASSWORD");
    if (!c.projectName && !c.projectId) needs.push("OS_PROJECT_NAME or OS_PROJECT_ID");
  }
  return needs.length ? `set ${needs.join(", ")}.` : null;
}
function candidates(dirs, names) {
  return dirs.flatMap((dir) => names.map((name) => join5(dir, name)));
}
function loadCloudFile(paths) {
  for (const path of paths) {
    let text2;
    try {
      text2 = readFileSync3(path, "utf8");
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      return { message: `Cannot read ${path} (${code ?? "error"}).` };
    }
    try {
      return { path, data: (0, import_yaml31.parse)(text2) ?? {} };
    } catch (error) {
      const first = String(error.message).split("\n")[0];
      return { message: `${path} is not valid YAML: ${first}` };
    }
  }
  return { path: null, data: {} };
}
function cloudEntry(data, name) {
  const clouds = asRecord(asRecord(data).clouds);
  const entry = clouds[name];
  return entry === void 0 ? void 0 : asRecord(entry);
}
function asRecord(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function deepMerge(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object" && !Array.isArray(b) ? deepMerge(b, v) : v;
  }
  return out;
}
function nonEmpty(value) {
  return value === void 0 || value === "" ? void 0 : value;
}
function secretsOf(c) {
  return [c.password, c.token, c.applicationCredentialSecret].filter((s) => typeof s === "string" && s !== "");
}
var import_yaml31, AUTH_KEYS, ENV_KEYS, CLOUD_FILES, SECURE_FILES;
var init_credentials = __esm({
  "packages/remote/src/credentials.ts"() {
    "use strict";
    import_yaml31 = __toESM(require_dist(), 1);
    AUTH_KEYS = {
      auth_url: "authUrl",
      username: "username",
      user_id: "userId",
      password: "password",
      user_domain_name: "userDomainName",
      user_domain_id: "userDomainId",
      project_name: "projectName",
      tenant_name: "projectName",
      project_id: "projectId",
      tenant_id: "projectId",
      project_domain_name: "projectDomainName",
      project_domain_id: "projectDomainId",
      application_credential_id: "applicationCredentialId",
      application_credential_name: "applicationCredentialName",
      application_credential_secret: "applicationCredentialSecret",
      token: "token"
    };
    ENV_KEYS = {
      OS_AUTH_URL: "authUrl",
      OS_USERNAME: "username",
      OS_USER_ID: "userId",
      OS_PASSWORD: "password",
      OS_USER_DOMAIN_NAME: "userDomainName",
      OS_USER_DOMAIN_ID: "userDomainId",
      OS_PROJECT_NAME: "projectName",
      OS_TENANT_NAME: "projectName",
      OS_PROJECT_ID: "projectId",
      OS_TENANT_ID: "projectId",
      OS_PROJECT_DOMAIN_NAME: "projectDomainName",
      OS_PROJECT_DOMAIN_ID: "projectDomainId",
      OS_APPLICATION_CREDENTIAL_ID: "applicationCredentialId",
      OS_APPLICATION_CREDENTIAL_NAME: "applicationCredentialName",
      OS_APPLICATION_CREDENTIAL_SECRET: "applicationCredentialSecret",
      OS_TOKEN: "token",
      OS_REGION_NAME: "regionName",
      OS_INTERFACE: "interface",
      OS_ENDPOINT_TYPE: "interface",
      OS_CACERT: "caCert",
      HEAT_URL: "heatUrl"
    };
    CLOUD_FILES = ["clouds.yaml", "clouds.yml"];
    SECURE_FILES = ["secure.yaml", "secure.yml"];
  }
});

// packages/remote/src/errors.ts
function sentence2(text2) {
  const t = text2.trim();
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}
var RemoteError;
var init_errors = __esm({
  "packages/remote/src/errors.ts"() {
    "use strict";
    RemoteError = class extends Error {
      constructor(kind, message, status, requestId) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.requestId = requestId;
        this.name = "RemoteError";
      }
      kind;
      status;
      requestId;
      toFailure() {
        const failure = { kind: this.kind, message: this.message };
        if (this.status !== void 0) failure.status = this.status;
        if (this.requestId !== void 0) failure.requestId = this.requestId;
        return failure;
      }
    };
  }
});

// packages/remote/src/http.ts
import { readFileSync as readFileSync4 } from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
async function send(request, options, redactor) {
  let url;
  try {
    url = new URL(request.url);
  } catch {
    throw new RemoteError("http", `"${redactor.redact(request.url)}" is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new RemoteError("http", `"${redactor.redact(request.url)}" is not an http or https URL.`);
  }
  const shown = redactor.redact(`${url.origin}${url.pathname}${url.search}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers = { Accept: "application/json", ...request.headers };
  if (request.body !== void 0) {
    headers["Content-Type"] ??= "application/json";
    headers["Content-Length"] = String(Buffer.byteLength(request.body));
  }
  const tls = {};
  if (url.protocol === "https:") {
    if (options.insecure) tls.rejectUnauthorized = false;
    if (options.caCert) {
      try {
        tls.ca = readFileSync4(options.caCert);
      } catch (error) {
        throw new RemoteError("tls", `Cannot read the CA file "${options.caCert}" (${error.code ?? "error"}).`);
      }
    }
  }
  options.onRequest?.({
    method: request.method,
    url: redactor.redact(url.href),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, redactor.headerValue(k, v)])),
    body: request.body === void 0 ? void 0 : redactor.redact(request.body)
  });
  options.debugLog?.(`${request.method} ${shown} {${redactor.headers(headers)}}`);
  const started = Date.now();
  return new Promise((resolve11, reject) => {
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.debugLog?.(`${request.method} ${shown} failed: ${error.message}`);
      req.destroy();
      reject(error);
    };
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.request(url, { method: request.method, headers, ...tls, agent: false }, (res) => {
      const chunks = [];
      let size = 0;
      res.on("data", (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY) fail(new RemoteError("http", `The answer from ${shown} is larger than ${MAX_BODY / 1024 / 1024} MB.`));
        else chunks.push(chunk);
      });
      res.on("error", (error) => fail(networkError(error, shown, redactor)));
      res.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const requestId = header(res.headers, "x-openstack-request-id") ?? header(res.headers, "x-compute-request-id");
        options.debugLog?.(
          `${request.method} ${shown} -> ${res.statusCode} ${res.statusMessage ?? ""} in ${Date.now() - started} ms {${redactor.headers(res.headers)}}`
        );
        resolve11({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          requestId
        });
      });
    });
    const timer = setTimeout(() => {
      fail(new RemoteError("timeout", `No answer from ${shown} within ${formatSeconds(timeoutMs)}.`));
    }, timeoutMs);
    req.on("error", (error) => fail(networkError(error, shown, redactor)));
    if (request.body !== void 0) req.write(request.body);
    req.end();
  });
}
function header(headers, name) {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}
function networkError(error, shown, redactor) {
  const code = error.code ?? "";
  const host = (() => {
    try {
      return new URL(shown).host;
    } catch {
      return shown;
    }
  })();
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") {
    return new RemoteError("dns", `Cannot resolve the host name "${new URL(shown).hostname}" (${code}) for ${shown}.`);
  }
  if (code === "ECONNREFUSED") return new RemoteError("connection", `Connection refused by ${host} (${shown}).`);
  if (code === "ECONNRESET" || code === "EPIPE") return new RemoteError("connection", `The connection to ${host} was closed unexpectedly (${code}) during ${shown}.`);
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "EADDRNOTAVAIL") {
    return new RemoteError("connection", `Cannot reach ${host} (${code}).`);
  }
  if (TLS_CODES.test(code)) {
    return new RemoteError(
      "tls",
      `TLS error with ${host}: ${redactor.redact(error.message.split("\n")[0] ?? code)} (${code}). Trust its CA with a CA file (OS_CACERT), or use insecure mode only if you accept the risk.`
    );
  }
  return new RemoteError("connection", `Request to ${shown} failed: ${redactor.redact(error.message.split("\n")[0] ?? "unknown error")}${code ? ` (${code})` : ""}.`);
}
var DEFAULT_TIMEOUT_MS, MAX_BODY, TLS_CODES;
var init_http = __esm({
  "packages/remote/src/http.ts"() {
    "use strict";
    init_errors();
    DEFAULT_TIMEOUT_MS = 3e4;
    MAX_BODY = 32 * 1024 * 1024;
    TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME|EPROTO/;
  }
});

// packages/remote/src/files.ts
import { readFile } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
function defaultReader(options, redactor) {
  return {
    async read(url) {
      if (url.startsWith("file:")) {
        const path = filePathOf(url);
        let bytes;
        try {
          bytes = await readFile(path);
        } catch (error) {
          throw new RemoteError("input", `Cannot read ${path} (${error.code ?? "error"}).`);
        }
        return decodeContent(bytes);
      }
      if (/^https?:/i.test(url)) {
        const response = await send({ method: "GET", url }, options, redactor);
        if (response.status !== 200) throw new RemoteError("input", `Cannot fetch ${url} (HTTP ${response.status}).`);
        return response.body;
      }
      throw new RemoteError("input", `Cannot read "${url}": only files and http(s) URLs are supported.`);
    }
  };
}
function decodeContent(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const b64 = bytes.toString("base64");
    return b64.replace(/.{1,76}/g, (line) => `${line}
`);
  }
}
async function buildBundle(input, reader, sources) {
  const files = {};
  const inProgress = /* @__PURE__ */ new Set();
  const templateUrl = fileUrl(input.templatePath ?? resolvePath("template.yaml"));
  const template = structuredClone(input.template);
  const walk2 = { files, reader, inProgress, sources, from: templateUrl };
  await resolveTemplateFiles(template, baseUrlFor(templateUrl), walk2);
  let environment = structuredClone(input.environment ?? {});
  const environmentFiles = [];
  for (const path of input.environmentFiles ?? []) {
    const envUrl = fileUrl(path);
    const text2 = await reader.read(envUrl);
    const env = parseEnvironment(text2, path);
    const registry = env.resource_registry;
    if (isObject(registry)) await resolveEnvironmentUrls(registry, baseUrlFor(envUrl), { ...walk2, from: envUrl });
    files[envUrl] = pythonJson(env);
    environment = deepUpdate(environment, env);
    environmentFiles.push(envUrl);
  }
  return { template, files, environment, environmentFiles };
}
async function resolveTemplateFiles(template, baseUrl, walk2) {
  const ignore = (key, value) => key !== "get_file" && key !== "type" || typeof value !== "string" || key === "type" && !(value.endsWith(".yaml") || value.endsWith(".template"));
  await getFileContents(template, baseUrl, ignore, true, walk2);
}
async function getFileContents(data, baseUrl, ignore, recurse, walk2) {
  const { files, reader, inProgress, sources } = walk2;
  if (recurse && (Array.isArray(data) || isObject(data))) {
    for (const value of Array.isArray(data) ? data : Object.values(data)) {
      await getFileContents(value, baseUrl, ignore, recurse, walk2);
    }
  }
  if (!isObject(data)) return;
  for (const [key, value] of Object.entries(data)) {
    if (ignore(key, value)) continue;
    let base = baseUrl;
    if (base && !base.endsWith("/")) base += "/";
    const url = urljoin(base, value);
    if (key !== "get_file") sources?.references.push({ from: walk2.from, to: url, value: recurse ? value : key });
    if (!(url in files) && !inProgress.has(url)) {
      let content = await reader.read(url);
      const nested = parseTemplate(content);
      if (nested !== null) {
        sources?.templates.set(url, content);
        inProgress.add(url);
        await resolveTemplateFiles(nested, baseUrlFor(url), { ...walk2, from: url });
        inProgress.delete(url);
        content = pythonJson(nested);
      }
      files[url] = content;
    }
    data[key] = url;
  }
}
async function resolveEnvironmentUrls(registry, envBaseUrl, walk2) {
  const base = typeof registry.base_url === "string" ? registry.base_url : envBaseUrl;
  const ignore = (key, value) => key === "base_url" || typeof value !== "string" || value.includes("::") || key === "hooks" || key === "restricted_actions";
  await getFileContents(registry, base, ignore, false, walk2);
  const resources = registry.resources;
  if (!isObject(resources)) return;
  for (const entry of Object.values(resources)) {
    if (!isObject(entry)) continue;
    const entryBase = typeof entry.base_url === "string" ? entry.base_url : base;
    await getFileContents(entry, entryBase, ignore, false, walk2);
  }
}
function parseTemplate(text2) {
  const doc = parseDocument(text2);
  if (!doc.root || doc.problems.some((p) => p.severity === "error")) return null;
  const value = nodes_exports.toValue(doc.root, doc.yaml);
  if (!isObject(value)) return null;
  return TEMPLATE_VERSION_KEYS.some((k) => k in value) ? value : null;
}
function parseEnvironment(text2, path) {
  const doc = parseDocument(text2);
  const error = doc.problems.find((p) => p.severity === "error");
  if (error) {
    throw new RemoteError("input", `The environment file ${path} is not valid YAML (line ${error.range.start.line + 1}: ${error.message})`);
  }
  const value = doc.root ? nodes_exports.toValue(doc.root, doc.yaml) : {};
  if (value === null || value === void 0) return {};
  if (!isObject(value)) throw new RemoteError("input", `The environment file ${path} is not a YAML mapping.`);
  for (const section of Object.keys(value)) {
    if (!ENVIRONMENT_SECTIONS2.includes(section)) {
      throw new RemoteError("input", `The environment file ${path} has an unknown section "${section}" (expected one of ${ENVIRONMENT_SECTIONS2.join(", ")}).`);
    }
  }
  return value;
}
function deepUpdate(old, update) {
  const out = old ?? {};
  for (const [k, v] of Object.entries(update)) {
    if (isObject(v)) out[k] = deepUpdate(isObject(out[k]) ? out[k] : {}, v);
    else if (v === null && isObject(out[k])) continue;
    else out[k] = v;
  }
  return out;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function fileUrl(path) {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(path) && !/^[a-zA-Z]:[\\/]/.test(path)) return path;
  return `file://${quote(resolvePath(path))}`;
}
function quote(path) {
  return encodeURIComponent(path).replace(/%2F/g, "/").replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function unquote(s) {
  return s.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
function filePathOf(url) {
  return url.startsWith("file:") ? unquote(url.replace(/^file:(\/\/[^/]*)?/, "")) : null;
}
function baseUrlFor(url) {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/.exec(url);
  if (!m) return url;
  const path = m[2];
  const slash = path.lastIndexOf("/");
  const dir = slash <= 0 ? "/" : path.slice(0, slash);
  return m[1] + dir;
}
function urljoin(base, ref) {
  if (!base) return ref;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref)) return ref;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)/.exec(base);
  if (!m) return ref;
  const scheme = m[1];
  const authority = m[2] ?? "";
  if (ref.startsWith("//")) return scheme + ref;
  if (ref === "") return base;
  let path;
  let suffix = "";
  const q = ref.search(/[?#]/);
  const refPath = q >= 0 ? ref.slice(0, q) : ref;
  if (q >= 0) suffix = ref.slice(q);
  if (refPath.startsWith("/")) path = refPath;
  else {
    const basePath = m[3] ?? "";
    path = basePath.slice(0, basePath.lastIndexOf("/") + 1) + refPath;
  }
  return scheme + authority + removeDotSegments(path) + suffix;
}
function removeDotSegments(path) {
  const out = [];
  const segments = path.split("/");
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s === ".") {
      if (i === segments.length - 1) out.push("");
    } else if (s === "..") {
      if (out.length > 1) out.pop();
      if (i === segments.length - 1) out.push("");
    } else out.push(s);
  }
  return out.join("/");
}
function pythonJson(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
  if (typeof value === "string") return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`).join(", ")}}`;
  }
  return JSON.stringify(String(value));
}
var ENVIRONMENT_SECTIONS2, TEMPLATE_VERSION_KEYS;
var init_files = __esm({
  "packages/remote/src/files.ts"() {
    "use strict";
    init_src();
    init_errors();
    init_http();
    ENVIRONMENT_SECTIONS2 = [
      "parameter_defaults",
      "parameters",
      "resource_registry",
      "encrypted_param_names",
      "event_sinks",
      "parameter_merge_strategies"
    ];
    TEMPLATE_VERSION_KEYS = ["heat_template_version", "HeatTemplateFormatVersion", "AWSTemplateFormatVersion"];
  }
});

// packages/remote/src/redact.ts
function redact(text2, secrets) {
  return new Redactor(secrets).redact(text2);
}
var REDACTED, SECRET_HEADERS, SECRET_FIELDS, Redactor;
var init_redact = __esm({
  "packages/remote/src/redact.ts"() {
    "use strict";
    REDACTED = "***";
    SECRET_HEADERS = /^(x-auth-token|x-subject-token|authorization|x-service-token)$/i;
    SECRET_FIELDS = /("(?:password|secret|token|id_token|access_token)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
    Redactor = class {
      secrets = /* @__PURE__ */ new Set();
      constructor(secrets = []) {
        for (const s of secrets) this.add(s);
      }
      /** Remembers a secret, and the forms it takes once JSON- or URL-encoded. */
      add(secret) {
        if (!secret || secret.length < 3) return;
        this.secrets.add(secret);
        this.secrets.add(JSON.stringify(secret).slice(1, -1));
        this.secrets.add(encodeURIComponent(secret));
      }
      redact(text2) {
        let out = text2.replace(SECRET_FIELDS, `$1"${REDACTED}"`);
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
          if (out.includes(secret)) out = out.split(secret).join(REDACTED);
        }
        return out;
      }
      /** One header's value as it may be shown. */
      headerValue(name, value) {
        return SECRET_HEADERS.test(name) ? REDACTED : this.redact(String(value));
      }
      /** Header lines for a debug log, secret header values hidden. */
      headers(headers) {
        return Object.entries(headers).filter((entry) => entry[1] !== void 0).map(([k, v]) => `${k}: ${this.headerValue(k, v)}`).join(", ");
      }
    };
  }
});

// packages/remote/src/keystone.ts
async function authenticate(credentials, options = {}) {
  const redactor = new Redactor(secretsOf(credentials));
  try {
    return { ok: true, ...await authenticateOrThrow(credentials, options, redactor) };
  } catch (error) {
    return { ok: false, failure: toRemoteError(error, redactor).toFailure() };
  }
}
function toRemoteError(error, redactor) {
  if (error instanceof RemoteError) return new RemoteError(error.kind, redactor.redact(error.message), error.status, error.requestId);
  return new RemoteError("http", `Unexpected error: ${redactor.redact(String(error?.message ?? error))}`);
}
function tokenUrl(authUrl) {
  let base = authUrl.trim().replace(/\/+$/, "");
  base = base.replace(/\/v2\.0$/, "");
  if (!/\/v3$/.test(base)) base += "/v3";
  return `${base}/auth/tokens`;
}
async function authenticateOrThrow(credentials, options, redactor) {
  const c = credentials;
  if (c.authType === "token" && c.heatUrl && c.token) {
    return { token: c.token, heatEndpoint: fillProject(c.heatUrl, c.projectId) };
  }
  if (!c.authUrl) throw new RemoteError("credentials", "No OS_AUTH_URL to authenticate against.");
  const url = tokenUrl(c.authUrl);
  const response = await sendWithRetry(
    { method: "POST", url, body: JSON.stringify(authBody(c)) },
    options,
    redactor,
    "Keystone"
  );
  if (response.status === 401) {
    throw new RemoteError("unauthorized", `Keystone refused the credentials from ${c.source} (HTTP 401${rid(response)}): ${errorText(response, redactor)}`, 401, response.requestId);
  }
  if (response.status === 403) {
    throw new RemoteError("forbidden", `Keystone refused a token for this project (HTTP 403${rid(response)}): ${errorText(response, redactor)}`, 403, response.requestId);
  }
  if (response.status !== 201 && response.status !== 200) throw unexpectedAnswer("Keystone", response, redactor);
  const token = header(response.headers, "x-subject-token");
  if (!token) throw new RemoteError("http", `Keystone answered ${response.status} without an X-Subject-Token header (${url}).`, response.status, response.requestId);
  redactor.add(token);
  let body;
  try {
    body = JSON.parse(response.body);
  } catch {
    throw new RemoteError("http", `Keystone's answer is not JSON (${url}).`, response.status, response.requestId);
  }
  const projectId = body.token?.project?.id;
  const session = { token, heatEndpoint: "" };
  if (projectId) session.projectId = projectId;
  if (body.token?.expires_at) session.expiresAt = body.token.expires_at;
  if (response.requestId) session.requestId = response.requestId;
  session.heatEndpoint = c.heatUrl ? fillProject(c.heatUrl, projectId) : findEndpoint(body.token?.catalog ?? [], c.interface, c.regionName);
  return session;
}
function findEndpoint(catalog, iface, region) {
  const services = Array.isArray(catalog) ? catalog.filter((s) => s?.type === "orchestration") : [];
  const endpoints = services.flatMap((s) => Array.isArray(s.endpoints) ? s.endpoints : []);
  const match = endpoints.find(
    (e) => e.interface === iface && typeof e.url === "string" && (!region || e.region_id === region || e.region === region)
  );
  if (match?.url) return match.url.replace(/\/+$/, "");
  const where2 = `interface "${iface}"${region ? ` in region "${region}"` : ""}`;
  if (endpoints.length === 0) {
    throw new RemoteError("no-endpoint", "The service catalog has no orchestration (Heat) endpoint; is Heat deployed in this cloud?");
  }
  const have = endpoints.map((e) => `${e.interface ?? "?"}${e.region_id ?? e.region ? `@${e.region_id ?? e.region}` : ""}`);
  throw new RemoteError("no-endpoint", `The service catalog has no orchestration endpoint for ${where2} (it has: ${[...new Set(have)].join(", ")}).`);
}
function fillProject(url, projectId) {
  const trimmed = url.replace(/\/+$/, "");
  if (!projectId) return trimmed;
  return trimmed.replace(/%\((?:tenant_id|project_id)\)s|\$\((?:tenant_id|project_id)\)s/g, projectId);
}
function authBody(c) {
  const domain = (id, name) => id ? { id } : { name: name ?? "Default" };
  const userDomain = domain(c.userDomainId, c.userDomainName);
  const project = c.projectId ? { id: c.projectId } : {
    name: c.projectName,
    domain: c.projectDomainId || c.projectDomainName ? domain(c.projectDomainId, c.projectDomainName) : userDomain
  };
  const scope = c.projectId || c.projectName ? { project } : void 0;
  if (c.authType === "applicationcredential") {
    const appCred = c.applicationCredentialId ? { id: c.applicationCredentialId, secret: c.applicationCredentialSecret } : {
      name: c.applicationCredentialName,
      secret: c.applicationCredentialSecret,
      user: c.userId ? { id: c.userId } : { name: c.username, domain: userDomain }
    };
    return { auth: { identity: { methods: ["application_credential"], application_credential: appCred } } };
  }
  if (c.authType === "token") {
    return { auth: { identity: { methods: ["token"], token: { id: c.token } }, ...scope ? { scope } : {} } };
  }
  const user = c.userId ? { id: c.userId, password: c.password } : { name: c.username, domain: userDomain, password: c.password };
  return { auth: { identity: { methods: ["password"], password: { user } }, ...scope ? { scope } : {} } };
}
async function sendWithRetry(request, options, redactor, service) {
  const tries = Math.max(1, options.retry?.tries ?? 3);
  const backoff = options.retry?.backoffMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    const response = await send(request, options, redactor);
    if (!RETRIED.has(response.status) || attempt >= tries) {
      if (response.status >= 500) {
        throw new RemoteError(
          "server",
          `${service} answered ${response.status} ${response.statusText}${attempt > 1 ? ` after ${attempt} tries` : ""}${rid(response)}: ${errorText(response, redactor)}`,
          response.status,
          response.requestId
        );
      }
      return response;
    }
    const wait = backoff * 2 ** (attempt - 1);
    options.debugLog?.(`${service} answered ${response.status}; retrying in ${wait} ms (try ${attempt + 1} of ${tries}).`);
    await new Promise((r) => setTimeout(r, wait));
  }
}
function rid(response) {
  return response.requestId ? `, request ${response.requestId}` : "";
}
function errorText(response, redactor) {
  let text2 = "";
  try {
    const body = JSON.parse(response.body);
    const e = body.error;
    const candidate = typeof e === "object" && e && typeof e.message === "string" && e.message || typeof e === "string" && e || typeof body.explanation === "string" && body.explanation || typeof body.message === "string" && body.message || typeof e === "object" && e && typeof e.title === "string" && e.title || typeof body.title === "string" && body.title;
    if (candidate) text2 = candidate;
  } catch {
    text2 = response.body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  }
  if (!text2) text2 = response.statusText || `HTTP ${response.status}`;
  if (text2.length > 300) text2 = `${text2.slice(0, 297)}...`;
  return sentence2(redactor.redact(text2));
}
function unexpectedAnswer(service, response, redactor) {
  return new RemoteError(
    "http",
    `${service} answered ${response.status} ${response.statusText}${rid(response)}: ${errorText(response, redactor)}`,
    response.status,
    response.requestId
  );
}
var RETRIED;
var init_keystone = __esm({
  "packages/remote/src/keystone.ts"() {
    "use strict";
    init_credentials();
    init_errors();
    init_http();
    init_redact();
    RETRIED = /* @__PURE__ */ new Set([502, 503, 504]);
  }
});

// packages/remote/src/map-error.ts
function heatErrorToDiagnostics(message, document, options = {}) {
  const prefix = options.requestId ? `Heat (request ${options.requestId}): ` : "Heat: ";
  const text2 = sentence2(message.replace(/\s*\n\s*/g, " "));
  const severity = options.severity ?? "error";
  const nested = options.nested ? locateInNested(message, document, options.nested) : null;
  if (nested) {
    const label = options.nested.label?.(nested.template) ?? nested.template.file;
    return [
      { ruleId: REMOTE_RULE_ID, severity, message: `${prefix}the nested template ${label} is invalid: ${text2}`, range: nested.parentRange },
      { ruleId: REMOTE_RULE_ID, severity, message: prefix + text2, range: nested.range, file: nested.template.file }
    ];
  }
  return [{ ruleId: REMOTE_RULE_ID, severity, message: prefix + text2, range: locateHeatError(message, document).range }];
}
function locateHeatError(message, document) {
  return locate2(message, document, findPath(message) ?? referencePath(message));
}
function locate2(message, document, found) {
  const firstLine = document.text.split("\n")[0] ?? "";
  const lineOne = document.positions.range(0, firstLine.replace(/\r$/, "").length);
  if (!found && document.root) {
    const node = pathlessNode(message, document);
    if (node) return { path: null, steps: [], resolved: 0, range: document.positions.nodeRange(node), exact: true };
  }
  if (!found || !document.root) {
    return { path: found?.path ?? null, steps: found?.steps ?? [], resolved: 0, range: lineOne, exact: false };
  }
  const { steps } = found;
  const doc = document.yaml;
  let current = nodes_exports.resolve(document.root, doc);
  let lastPair = null;
  let lastItem = null;
  let resolved = 0;
  let depth = 0;
  while (resolved < steps.length && current) {
    const step = steps[resolved];
    if (typeof step === "number") {
      const seq = nodes_exports.asSeq(current, doc);
      const item = seq?.items[step];
      if (!seq || item === void 0) break;
      lastItem = nodes_exports.resolve(item, doc);
      lastPair = null;
      current = lastItem;
      resolved++;
      depth++;
      continue;
    }
    const map = nodes_exports.asMap(current, doc);
    if (!map) break;
    let matched = null;
    for (let end = steps.length; end > resolved && !matched; end--) {
      const run = steps.slice(resolved, end);
      if (run.some((s) => typeof s === "number")) continue;
      const pair = nodes_exports.field(map, run.join("."));
      if (pair) matched = { pair, used: run.length };
    }
    if (!matched) break;
    lastPair = matched.pair;
    lastItem = null;
    current = nodes_exports.resolve(matched.pair.value, doc);
    resolved += matched.used;
    depth++;
  }
  const positions = document.positions;
  let range = lineOne;
  const unknown = /Unknown Property (\S+?)[.,;]?(?:\s|$)/.exec(message);
  const unknownKey = unknown && resolved === steps.length ? nodes_exports.field(nodes_exports.asMap(current, doc), unknown[1]) : void 0;
  const reference = /The specified reference "(.+?)" \(in /.exec(message);
  const referenced = reference && resolved >= 2 ? findScalar(current, reference[1], doc) : null;
  if (unknownKey) {
    range = positions.nodeRange(unknownKey.key);
  } else if (referenced) {
    range = positions.nodeRange(referenced);
  } else if (lastPair) {
    range = pairRange(lastPair, depth, doc, positions);
  } else if (lastItem) {
    range = positions.nodeRange(lastItem);
  }
  const exact = Boolean(unknownKey || referenced) || resolved === steps.length && !unknown && !reference;
  return { path: found.path, steps, resolved, range, exact };
}
function locateInNested(message, document, context) {
  if (!document.root || context.templates.length === 0) return null;
  const byUrl = new Map(context.templates.map((t) => [t.url, t]));
  const found = findPath(message);
  const marks = found?.urls.filter((u) => byUrl.has(u.url)) ?? [];
  if (found && marks.length) {
    const last = marks[marks.length - 1];
    const template = byUrl.get(last.url);
    const tail = { path: found.path, steps: found.steps.slice(last.index + 1), urls: [] };
    const first = found.urls[0];
    const resource = found.steps[0] === "resources" ? found.steps.slice(1, first.index + 1).join(".") : void 0;
    return { template, range: locate2(message, template.document, tail).range, parentRange: parentPointer(document, context, template.url, resource) };
  }
  if (locateHeatError(message, document).exact) return null;
  for (const template of context.templates) {
    const location = locateHeatError(message, template.document);
    if (location.exact) return { template, range: location.range, parentRange: parentPointer(document, context, template.url) };
  }
  return null;
}
function parentPointer(document, context, target, resource) {
  const docs = new Map([[context.templateUrl, document], ...context.templates.map((t) => [t.url, t.document])]);
  const targetsOf = (from, value) => context.references.filter((r) => r.value === value && (r.from === from || !docs.has(r.from))).map((r) => r.to);
  const reaches = (url, seen) => {
    if (url === target) return true;
    const doc = docs.get(url);
    if (!doc || seen.has(url)) return false;
    seen.add(url);
    return typeScalars(doc.root, doc.yaml).some((node) => targetsOf(url, String(node.value)).some((to) => reaches(to, seen)));
  };
  const resources = nodes_exports.asMap(nodes_exports.field(nodes_exports.asMap(document.root, document.yaml), "resources")?.value, document.yaml);
  const entry = resource === void 0 ? void 0 : nodes_exports.field(resources, resource);
  const scope = entry ? entry.value : resources;
  const hit = typeScalars(scope, document.yaml).find((node) => targetsOf(context.templateUrl, String(node.value)).some((to) => reaches(to, /* @__PURE__ */ new Set())));
  if (hit) return document.positions.nodeRange(hit);
  const ownType = entry ? nodes_exports.field(nodes_exports.asMap(entry.value, document.yaml), "type") : void 0;
  if (ownType?.value) return document.positions.nodeRange(ownType.value);
  const firstLine = (document.text.split("\n")[0] ?? "").replace(/\r$/, "");
  return document.positions.range(0, firstLine.length);
}
function typeScalars(node, doc, out = [], depth = 0) {
  const target = nodes_exports.resolve(node, doc);
  if (!target || depth > 50) return out;
  if ((0, import_yaml32.isSeq)(target)) for (const item of target.items) typeScalars(item, doc, out, depth + 1);
  if ((0, import_yaml32.isMap)(target)) {
    for (const pair of target.items) {
      const value = nodes_exports.resolve(pair.value, doc);
      if ((0, import_yaml32.isScalar)(pair.key) && pair.key.value === "type" && (0, import_yaml32.isScalar)(value) && typeof value.value === "string") out.push(value);
      else typeScalars(value, doc, out, depth + 1);
    }
  }
  return out;
}
function pathlessNode(message, document) {
  const doc = document.yaml;
  const root = nodes_exports.asMap(document.root, doc);
  const typeMatch = /The Resource Type \((.+?)\) could not be found/.exec(message);
  if (typeMatch) return findResourceType(document, typeMatch[1]);
  const version = /The template version is invalid: "(\w+): (.*?)"/.exec(message);
  if (version) {
    const value = nodes_exports.asScalar(nodes_exports.field(root, version[1])?.value, doc);
    return value && String(value.value) === version[2] ? value : null;
  }
  const paramType = /^Invalid type \((.*?)\)/.exec(message);
  if (paramType) {
    for (const pair of nodes_exports.entries(nodes_exports.asMap(nodes_exports.field(root, "parameters")?.value, doc))) {
      const value = nodes_exports.asScalar(nodes_exports.field(nodes_exports.asMap(pair.value, doc), "type")?.value, doc);
      if (value && String(value.value) === paramType[1]) return value;
    }
    return null;
  }
  const keyword = /"(.+?)" is not a valid keyword inside an? (\w+) definition/.exec(message);
  if (keyword) {
    const [name, section] = keyword[1] === "%s" ? [keyword[2], "resources"] : [keyword[1], `${keyword[2]}s`];
    for (const pair of nodes_exports.entries(nodes_exports.asMap(nodes_exports.field(root, section)?.value, doc))) {
      const key = nodes_exports.field(nodes_exports.asMap(pair.value, doc), name)?.key;
      if (key) return key;
    }
  }
  return null;
}
function pairRange(pair, depth, doc, positions) {
  const key = pair.key;
  const name = (0, import_yaml32.isScalar)(key) ? String(key.value) : "";
  const value = nodes_exports.resolve(pair.value, doc);
  if (depth <= 2 || FUNCTION_KEY.test(name) || !value || (0, import_yaml32.isMap)(value)) return positions.nodeRange(key);
  if ((0, import_yaml32.isScalar)(value) || (0, import_yaml32.isSeq)(value)) return positions.nodeRange(value);
  return positions.nodeRange((0, import_yaml32.isPair)(pair) ? key : null);
}
function findPath(message) {
  const firstLine = message.split("\n")[0] ?? "";
  const parts = firstLine.split(": ");
  for (let i = 0; i < parts.length - 1; i++) {
    const candidate = parts[i].trim();
    const parsed = parseSteps(candidate);
    if (parsed && typeof parsed.steps[0] === "string" && SECTIONS.test(parsed.steps[0])) return { path: candidate, ...parsed };
  }
  return null;
}
function parseSteps(path) {
  if (!path || /\s/.test(path.replace(/<[^>]*>/g, ""))) return null;
  const steps = [];
  const urls = [];
  const re = /([^.[\]<]+)(?:<([^>]*)>)?|\[(\d+)\]/g;
  let m;
  while (m = re.exec(path)) {
    if (m[3] !== void 0) steps.push(Number(m[3]));
    else {
      steps.push(m[1]);
      if (m[2] !== void 0) urls.push({ index: steps.length - 1, url: m[2] });
    }
  }
  return steps.length ? { steps, urls } : null;
}
function referencePath(message) {
  const m = /The specified reference ".+?" \(in (.+?)\) is incorrect/.exec(message);
  if (!m) return null;
  const steps = parseSteps(m[1])?.steps;
  if (!steps) return null;
  const mapped = steps.map((s, i) => i === 1 && typeof s === "string" ? s.toLowerCase().replace(/^dependson$/, "depends_on") : s);
  return { path: m[1], steps: ["resources", ...mapped], urls: [] };
}
function findScalar(node, text2, doc, depth = 0) {
  const target = nodes_exports.resolve(node, doc);
  if (!target || depth > 50) return null;
  if ((0, import_yaml32.isScalar)(target)) return String(target.value) === text2 ? target : null;
  if ((0, import_yaml32.isSeq)(target)) {
    for (const item of target.items) {
      const hit = findScalar(item, text2, doc, depth + 1);
      if (hit) return hit;
    }
  }
  if ((0, import_yaml32.isMap)(target)) {
    for (const pair of target.items) {
      const hit = findScalar(pair.value, text2, doc, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}
function findResourceType(document, type) {
  const doc = document.yaml;
  const resources = nodes_exports.asMap(nodes_exports.field(nodes_exports.asMap(document.root, doc), "resources")?.value, doc);
  for (const pair of nodes_exports.entries(resources)) {
    const typeNode = nodes_exports.asScalar(nodes_exports.field(nodes_exports.asMap(pair.value, doc), "type")?.value, doc);
    if (typeNode && String(typeNode.value) === type) return typeNode;
  }
  return null;
}
var import_yaml32, REMOTE_RULE_ID, SECTIONS, FUNCTION_KEY;
var init_map_error = __esm({
  "packages/remote/src/map-error.ts"() {
    "use strict";
    import_yaml32 = __toESM(require_dist(), 1);
    init_src();
    init_errors();
    REMOTE_RULE_ID = "heat-remote";
    SECTIONS = /^(heat_template_version|description|parameter_groups|parameters|resources|outputs|conditions|Parameters|Resources|Outputs|Conditions|Mappings|HeatTemplateFormatVersion|AWSTemplateFormatVersion|Description)$/;
    FUNCTION_KEY = /^(get_|list_|str_|map_|yaql$|repeat$|digest$|resolve$|contains$|filter$|make_url$|if$|not$|and$|or$|equals$|Fn::|Ref$)/;
  }
});

// packages/remote/src/validate.ts
import { readFile as readFile2 } from "node:fs/promises";
import { dirname as dirname6, relative as relative4, resolve as resolve9 } from "node:path";
async function validateRemote(options) {
  const redactor = new Redactor([
    ...secretsOf(options.credentials ?? {}),
    options.session?.token
  ]);
  const log2 = options.debugLog;
  const transport = { ...options, debugLog: log2 ? (line) => log2(redactor.redact(line)) : void 0 };
  try {
    let text2 = options.templateText;
    if (text2 === void 0) {
      if (!options.templatePath) throw new RemoteError("input", "No template given (templateText or templatePath).");
      try {
        text2 = await readFile2(options.templatePath, "utf8");
      } catch (error) {
        throw new RemoteError("input", `Cannot read ${options.templatePath} (${error.code ?? "error"}).`);
      }
    }
    const document = parseDocument(text2);
    if (!document.root || document.problems.some((p) => p.ruleId === "yaml-syntax" && p.severity === "error")) {
      throw new RemoteError("input", "The template cannot be read as YAML; fix the yaml-syntax findings before validating remotely.");
    }
    const sources = { templates: /* @__PURE__ */ new Map(), references: [] };
    const bundle = await buildBundle(
      {
        template: nodes_exports.toValue(document.root, document.yaml),
        templatePath: options.templatePath,
        environment: options.environment,
        environmentFiles: options.environmentFiles
      },
      options.reader ?? defaultReader(transport, redactor),
      sources
    );
    let session = options.session;
    if (!session) {
      let credentials = options.credentials;
      if (!credentials) {
        const resolved = resolveCredentials(options.env ?? process.env, options.credentialOptions);
        if (!resolved.ok) throw new RemoteError("credentials", resolved.message);
        credentials = resolved.credentials;
      }
      for (const s of secretsOf(credentials)) redactor.add(s);
      const tls = { caCert: transport.caCert ?? credentials.caCert, insecure: transport.insecure ?? credentials.insecure };
      Object.assign(transport, tls);
      session = await authenticateOrThrow(credentials, transport, redactor);
    }
    redactor.add(session.token);
    const query = new URLSearchParams({ resource_validate: String(options.resourceValidate ?? true) });
    if (options.showNested) query.set("show_nested", "true");
    if (options.ignoreErrors) query.set("ignore_errors", options.ignoreErrors);
    const body = {
      template: bundle.template,
      files: { ...bundle.files, ...options.files },
      environment: bundle.environment
    };
    if (bundle.environmentFiles.length) body.environment_files = bundle.environmentFiles;
    if (options.ignoreErrors) body.ignore_errors = options.ignoreErrors;
    if (options.showNested) body.show_nested = true;
    const headers = { "X-Auth-Token": session.token };
    if (session.projectId) headers["X-Project-Id"] = session.projectId;
    const response = await sendWithRetry(
      { method: "POST", url: `${session.heatEndpoint}/validate?${query}`, headers, body: JSON.stringify(body) },
      transport,
      redactor,
      "Heat"
    );
    const requestId = response.requestId;
    const withId = (r) => requestId ? { ...r, requestId } : r;
    if (response.status === 200) {
      let parsed;
      try {
        parsed = JSON.parse(response.body);
      } catch {
        throw new RemoteError("http", `Heat answered 200 but not with JSON${rid(response)}.`, 200, requestId);
      }
      const result = withId({ ok: true, diagnostics: [], response: parsed });
      if (parsed && typeof parsed.Parameters === "object" && parsed.Parameters) {
        result.parameters = parsed.Parameters;
      }
      return result;
    }
    if (response.status === 400) {
      const message = errorText(response, redactor);
      const nested = nestedContext(sources, options.templatePath);
      return withId({ ok: false, diagnostics: heatErrorToDiagnostics(message, document, { requestId, nested }) });
    }
    if (response.status === 401) {
      throw new RemoteError("unauthorized", `Heat refused the token (HTTP 401${rid(response)}): ${errorText(response, redactor)}`, 401, requestId);
    }
    if (response.status === 403) {
      throw new RemoteError("forbidden", `Heat refused to validate for this project (HTTP 403${rid(response)}): ${errorText(response, redactor)}`, 403, requestId);
    }
    throw unexpectedAnswer("Heat", response, redactor);
  } catch (error) {
    const failure = toRemoteError(error, redactor).toFailure();
    log2?.(redactor.redact(`remote validation failed: ${failure.message}`));
    const result = { ok: false, diagnostics: [], failure };
    if (failure.requestId) result.requestId = failure.requestId;
    return result;
  }
}
function nestedContext(sources, templatePath) {
  const absolute = resolve9(templatePath ?? "template.yaml");
  return {
    templateUrl: fileUrl(absolute),
    templates: [...sources.templates].map(([url, text2]) => ({ url, file: filePathOf(url) ?? url, document: parseDocument(text2) })),
    references: sources.references,
    label: (t) => t.file === t.url ? t.url : relative4(dirname6(absolute), t.file)
  };
}
var init_validate = __esm({
  "packages/remote/src/validate.ts"() {
    "use strict";
    init_src();
    init_credentials();
    init_errors();
    init_files();
    init_keystone();
    init_map_error();
    init_redact();
  }
});

// packages/remote/src/index.ts
var src_exports2 = {};
__export(src_exports2, {
  DEFAULT_TIMEOUT_MS: () => DEFAULT_TIMEOUT_MS,
  REDACTED: () => REDACTED,
  REMOTE_RULE_ID: () => REMOTE_RULE_ID,
  Redactor: () => Redactor,
  authenticate: () => authenticate,
  baseUrlFor: () => baseUrlFor,
  buildBundle: () => buildBundle,
  deepUpdate: () => deepUpdate,
  defaultReader: () => defaultReader,
  fileUrl: () => fileUrl,
  findEndpoint: () => findEndpoint,
  heatErrorToDiagnostics: () => heatErrorToDiagnostics,
  locateHeatError: () => locateHeatError,
  pythonJson: () => pythonJson,
  redact: () => redact,
  resolveCredentials: () => resolveCredentials,
  secretsOf: () => secretsOf,
  tokenUrl: () => tokenUrl,
  urljoin: () => urljoin,
  validateRemote: () => validateRemote
});
var init_src2 = __esm({
  "packages/remote/src/index.ts"() {
    "use strict";
    init_validate();
    init_credentials();
    init_keystone();
    init_map_error();
    init_files();
    init_http();
    init_redact();
  }
});

// packages/cli/src/formatters/json.ts
var json_exports = {};
__export(json_exports, {
  format: () => format
});
function toJson(d) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    ...position(d),
    fixes: (d.fixes ?? []).map((fix) => ({
      title: fix.title,
      certain: fix.certain,
      edits: fix.edits.map((edit) => ({
        line: edit.range.start.line + 1,
        column: edit.range.start.character + 1,
        endLine: edit.range.end.line + 1,
        endColumn: edit.range.end.character + 1,
        newText: edit.newText
      }))
    }))
  };
}
var format;
var init_json = __esm({
  "packages/cli/src/formatters/json.ts"() {
    "use strict";
    init_report();
    format = (report2, context) => `${JSON.stringify(
      {
        version: 1,
        tool: { name: "hot-lint", version: context.version, heatVersion: context.heatVersion },
        files: report2.files.map((file) => ({
          path: file.path,
          diagnostics: file.diagnostics.map(toJson),
          fixed: file.fixed
        })),
        summary: report2.summary
      },
      null,
      2
    )}
`;
  }
});

// packages/cli/src/formatters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  format: () => format2
});
import { isAbsolute as isAbsolute4, relative as relative5, sep as sep3 } from "node:path";
import { pathToFileURL } from "node:url";
function artifactLocation(absolute, cwd) {
  const rel = relative5(cwd, absolute);
  if (rel && !rel.startsWith("..") && !isAbsolute4(rel)) {
    return { uri: rel.split(sep3).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(absolute).href };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function pascal(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}
var LEVELS2, format2;
var init_sarif = __esm({
  "packages/cli/src/formatters/sarif.ts"() {
    "use strict";
    init_report();
    LEVELS2 = { error: "error", warning: "warning", info: "note" };
    format2 = (report2, context) => {
      const rules = context.rules.map((rule) => ({
        id: rule.meta.id,
        name: pascal(rule.meta.id),
        shortDescription: { text: rule.meta.description },
        fullDescription: { text: rule.meta.description },
        help: { text: rule.meta.docs, markdown: rule.meta.docs },
        ...context.repositoryUrl ? { helpUri: `${context.repositoryUrl}/blob/main/docs/rules/${rule.meta.id}.md` } : {},
        defaultConfiguration: { level: LEVELS2[rule.meta.severity], enabled: rule.meta.enabledByDefault },
        properties: { tags: [rule.meta.area] }
      }));
      const index = new Map(rules.map((rule, i) => [rule.id, i]));
      const results = [];
      for (const file of report2.files) {
        const location = artifactLocation(file.absolute, report2.cwd);
        for (const d of file.diagnostics) {
          const p = position(d);
          const ruleIndex = index.get(d.ruleId);
          results.push({
            ruleId: d.ruleId,
            ...ruleIndex === void 0 ? {} : { ruleIndex },
            level: LEVELS2[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: location,
                  region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn }
                }
              }
            ]
          });
        }
      }
      const log2 = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
          {
            tool: {
              driver: {
                name: "hot-lint",
                version: context.version,
                semanticVersion: context.version,
                ...context.repositoryUrl ? { informationUri: context.repositoryUrl } : {},
                rules
              }
            },
            originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(report2.cwd) } },
            columnKind: "utf16CodeUnits",
            results
          }
        ]
      };
      return `${JSON.stringify(log2, null, 2)}
`;
    };
  }
});

// packages/cli/src/formatters/junit.ts
var junit_exports = {};
__export(junit_exports, {
  format: () => format3,
  xml: () => xml
});
function xml(text2) {
  return text2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
var format3;
var init_junit = __esm({
  "packages/cli/src/formatters/junit.ts"() {
    "use strict";
    init_report();
    format3 = (report2) => {
      const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
      const total = report2.files.reduce((n, f) => n + Math.max(1, f.diagnostics.length), 0);
      const failures = report2.files.reduce((n, f) => n + f.diagnostics.length, 0);
      lines.push(`<testsuites name="hot-lint" tests="${total}" failures="${failures}" errors="0">`);
      for (const file of report2.files) {
        const path = xml(file.path);
        const count = file.diagnostics.length;
        lines.push(`  <testsuite name="${path}" tests="${Math.max(1, count)}" failures="${count}" errors="0">`);
        if (count === 0) lines.push(`    <testcase classname="${path}" name="${path}"/>`);
        for (const d of file.diagnostics) {
          const p = position(d);
          lines.push(`    <testcase classname="${path}" name="${path}:${p.line}:${p.column} ${xml(d.ruleId)}">`);
          lines.push(
            `      <failure type="${d.severity}" message="${xml(d.message)}">${path}:${p.line}:${p.column}: ${d.severity} [${xml(d.ruleId)}] ${xml(d.message)}</failure>`
          );
          lines.push("    </testcase>");
        }
        lines.push("  </testsuite>");
      }
      lines.push("</testsuites>");
      return `${lines.join("\n")}
`;
    };
  }
});

// packages/cli/src/formatters/github.ts
var github_exports = {};
__export(github_exports, {
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  format: () => format4
});
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMANDS, format4;
var init_github = __esm({
  "packages/cli/src/formatters/github.ts"() {
    "use strict";
    init_report();
    COMMANDS = { error: "error", warning: "warning", info: "notice" };
    format4 = (report2) => {
      let out = "";
      for (const file of report2.files) {
        for (const d of file.diagnostics) {
          const p = position(d);
          const properties = [
            `file=${escapeProperty(file.path)}`,
            `line=${p.line}`,
            `col=${p.column}`,
            `endLine=${p.endLine}`,
            `endColumn=${p.endColumn}`,
            `title=${escapeProperty(d.ruleId)}`
          ].join(",");
          out += `::${COMMANDS[d.severity]} ${properties}::${escapeData(d.message)}
`;
        }
      }
      return out;
    };
  }
});

// packages/cli/src/formatters/parseable.ts
var parseable_exports = {};
__export(parseable_exports, {
  format: () => format5
});
function oneLine(text2) {
  return text2.replace(/\r?\n/g, " ");
}
var format5;
var init_parseable = __esm({
  "packages/cli/src/formatters/parseable.ts"() {
    "use strict";
    init_report();
    format5 = (report2) => {
      let out = "";
      for (const file of report2.files) {
        for (const d of file.diagnostics) {
          const p = position(d);
          out += `${file.path}:${p.line}:${p.column}: ${d.severity} [${d.ruleId}] ${oneLine(d.message)}
`;
        }
      }
      return out;
    };
  }
});

// packages/cli/src/formatters/stylish.ts
var stylish_exports = {};
__export(stylish_exports, {
  format: () => format6
});
var SGR, format6;
var init_stylish = __esm({
  "packages/cli/src/formatters/stylish.ts"() {
    "use strict";
    init_report();
    SGR = { reset: "\x1B[0m", bold: "\x1B[1m", dim: "\x1B[2m", underline: "\x1B[4m", red: "\x1B[31m", yellow: "\x1B[33m", blue: "\x1B[34m" };
    format6 = (report2, { color }) => {
      const paint = (code, text2) => color ? `${SGR[code]}${text2}${SGR.reset}` : text2;
      const severityColor = { error: "red", warning: "yellow", info: "blue" };
      let out = "";
      for (const file of report2.files) {
        if (file.diagnostics.length === 0) continue;
        out += `${paint("underline", file.path)}
`;
        const rows = file.diagnostics.map((d) => {
          const p = position(d);
          return { where: `${p.line}:${p.column}`, d };
        });
        const whereWidth = Math.max(...rows.map((r) => r.where.length));
        for (const { where: where2, d } of rows) {
          const severity = paint(severityColor[d.severity], d.severity.padEnd(7));
          out += `  ${paint("dim", where2.padEnd(whereWidth))}  ${severity}  ${d.message}  ${paint("dim", d.ruleId)}
`;
        }
        out += "\n";
      }
      const s = report2.summary;
      const problems = s.errors + s.warnings + s.infos;
      if (problems > 0) {
        const line = `${plural(problems, "problem")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info", "infos")}) in ${plural(report2.files.filter((f) => f.diagnostics.length).length, "file")}`;
        out += `${paint("bold", paint(s.errors ? "red" : s.warnings ? "yellow" : "blue", line))}
`;
        if (s.fixable) out += `${plural(s.fixable, "problem")} can be fixed with --fix.
`;
      }
      return out;
    };
  }
});

// packages/cli/src/main.ts
import { closeSync, openSync, readFileSync as readFileSync5, readSync, statSync as statSync6, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname7, isAbsolute as isAbsolute5, relative as relative6, resolve as resolve10, sep as sep4 } from "node:path";

// packages/cli/src/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["stylish", "json", "sarif", "junit", "github", "parseable"];
var LEVELS = ["error", "warning", "info"];
var UsageError = class extends Error {
};
var HELP = `Usage: hot-lint [options] [files, directories or globs...]

Lints OpenStack Heat Orchestration Templates (HOT). A directory is searched recursively for
templates (files with heat_template_version) and Heat environment files; other YAML files
in it are skipped. Without paths, the current directory is linted.

Options:
  -f, --format NAME       Output format: stylish (default), json, sarif, junit, github, parseable
  -o, --output FILE       Write the report to FILE instead of standard output
  -c, --config FILE       Use this configuration instead of the nearest .hot-lint.yaml
  -e, --environment FILE  An environment file for the templates (repeat it; merged in order,
                          like "openstack stack create -e")
      --root DIR          The project root: get_file, nested templates and environments are
                          never read outside it (default: the configuration file's folder,
                          else the current directory)
      --severity LEVEL    Report findings of LEVEL and above: info (default), warning, error
  -q, --quiet             Report errors only (same as --severity error)
      --max-warnings N    Also fail when there are more than N warnings
      --max-file-size BYTES  Do not lint files larger than BYTES (default 10485760, or
                          the configuration's maxFileSize)
      --fix               Apply the certain fixes to the files, then report what is left

Remote validation (asks a real Heat API; credentials as the openstack client takes them:
OS_CLOUD with clouds.yaml, or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME...):
      --remote            Also validate each template with Heat's validate API
      --no-resource-validate  Structural validation only (resource_validate=false)
      --os-cloud NAME     The cloud of clouds.yaml to use (default: OS_CLOUD)
      --heat-url URL      Heat's endpoint, with OS_TOKEN, instead of Keystone's catalog
      --os-cacert FILE    Trust these CA certificates (default: OS_CACERT)
      --insecure          Do not verify TLS certificates (only when you must)
      --timeout SECONDS   Per request (default 30)
      --ignore-errors CODES   Heat error codes to ignore (comma-separated)
      --show-nested       Validate nested stacks too
      --show-parameters   Print Heat's parameter summary of each valid template
      --debug             Print each request and answer (passwords and tokens hidden)
      --no-suppressions   Ignore "# hot-lint-disable" comments
      --all-rules         Turn on every rule, including those off by default
      --list-rules        List the rules: id, severity, enabled, area, description
      --explain RULE      Print the documentation of a rule
  -v, --version           Print the version
  -h, --help              Print this help

Exit status: 0 when no finding fails, 1 when there are errors (or more warnings than
--max-warnings), 2 on a usage error, a bad configuration, an unreadable file or an
internal error.

Configuration (.hot-lint.yaml or .hot-lint.yml, in the file's folder or one above):
  rules: { rule-id: error | warning | info | off }
  ignore: [ globs relative to the configuration file ]
  environments: [ { templates: glob, files: [ environment files ] } ]
  catalog: "19.0.0"

Suppressions in a template:
  # hot-lint-disable-next-line RULE[, RULE]    # hot-lint-disable-line RULE
  # hot-lint-disable [RULE, ...]               (the whole file; no rule means every rule)
`;
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        environment: { type: "string", short: "e", multiple: true },
        root: { type: "string" },
        remote: { type: "boolean" },
        "no-resource-validate": { type: "boolean" },
        "os-cloud": { type: "string" },
        "heat-url": { type: "string" },
        "os-cacert": { type: "string" },
        insecure: { type: "boolean" },
        timeout: { type: "string" },
        "ignore-errors": { type: "string" },
        "show-nested": { type: "boolean" },
        "show-parameters": { type: "boolean" },
        debug: { type: "boolean" },
        severity: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        "max-warnings": { type: "string" },
        "max-file-size": { type: "string" },
        fix: { type: "boolean" },
        "no-suppressions": { type: "boolean" },
        "all-rules": { type: "boolean" },
        "list-rules": { type: "boolean" },
        explain: { type: "string" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(cleanParseError(error.message));
  }
  const v = parsed.values;
  const format7 = v.format ?? "stylish";
  if (!FORMATS.includes(format7)) {
    throw new UsageError(`Unknown format "${format7}"; use one of ${FORMATS.join(", ")}.`);
  }
  let severity = "info";
  if (v.severity !== void 0) {
    if (!LEVELS.includes(v.severity)) {
      throw new UsageError(`Unknown severity "${v.severity}"; use one of ${LEVELS.join(", ")}.`);
    }
    severity = v.severity;
  }
  if (v.quiet) severity = "error";
  let maxWarnings;
  if (v["max-warnings"] !== void 0) {
    if (!/^\d+$/.test(v["max-warnings"])) {
      throw new UsageError(`--max-warnings needs a whole number, not "${v["max-warnings"]}".`);
    }
    maxWarnings = Number(v["max-warnings"]);
  }
  let maxFileSize;
  if (v["max-file-size"] !== void 0) {
    if (!/^\d+$/.test(v["max-file-size"]) || Number(v["max-file-size"]) === 0 || !Number.isSafeInteger(Number(v["max-file-size"]))) {
      throw new UsageError(`--max-file-size needs a whole number of bytes greater than 0, not "${v["max-file-size"]}".`);
    }
    maxFileSize = Number(v["max-file-size"]);
  }
  const options = {
    paths: parsed.positionals,
    format: format7,
    environments: v.environment ?? [],
    severity,
    fix: v.fix ?? false,
    suppressions: !v["no-suppressions"],
    allRules: v["all-rules"] ?? false,
    listRules: v["list-rules"] ?? false,
    version: v.version ?? false,
    help: v.help ?? false
  };
  if (v.output !== void 0) options.output = v.output;
  if (v.config !== void 0) options.config = v.config;
  if (v.root !== void 0) options.root = v.root;
  const remoteOnly = ["no-resource-validate", "os-cloud", "heat-url", "os-cacert", "insecure", "timeout", "ignore-errors", "show-nested", "show-parameters", "debug"];
  if (!v.remote) {
    const stray = remoteOnly.find((name) => v[name] !== void 0);
    if (stray) throw new UsageError(`--${stray} goes with --remote.`);
  } else {
    const remote = {
      resourceValidate: !v["no-resource-validate"],
      insecure: v.insecure ?? false,
      showNested: v["show-nested"] ?? false,
      showParameters: v["show-parameters"] ?? false,
      debug: v.debug ?? false
    };
    if (v.timeout !== void 0) {
      if (!/^\d+(\.\d+)?$/.test(v.timeout) || Number(v.timeout) <= 0) {
        throw new UsageError(`--timeout needs a number of seconds, not "${v.timeout}".`);
      }
      remote.timeoutMs = Number(v.timeout) * 1e3;
    }
    if (v["heat-url"] !== void 0) remote.heatUrl = v["heat-url"];
    if (v["os-cloud"] !== void 0) remote.cloud = v["os-cloud"];
    if (v["os-cacert"] !== void 0) remote.caCert = v["os-cacert"];
    if (v["ignore-errors"] !== void 0) remote.ignoreErrors = v["ignore-errors"];
    options.remote = remote;
  }
  if (v.explain !== void 0) options.explain = v.explain;
  if (maxWarnings !== void 0) options.maxWarnings = maxWarnings;
  if (maxFileSize !== void 0) options.maxFileSize = maxFileSize;
  return options;
}
function cleanParseError(message) {
  const first = message.split("\n")[0] ?? message;
  const unknown = /^Unknown option '([^']+)'/.exec(first);
  if (unknown) return `Unknown option "${unknown[1]}". Run hot-lint --help for the options.`;
  return first.replace(/\. To specify a positional argument.*$/, ".");
}

// packages/cli/src/files.ts
import { readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { join, resolve as resolve3 } from "node:path";
var CANDIDATE_FILE = /\.(ya?ml|json|template)$/i;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var GLOB_CHARS = /[*?[\]{}!]/;
async function expandPaths(args) {
  const targets = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (path, explicit) => {
    const key = resolve3(path);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path, explicit });
  };
  for (const arg of args) {
    let stats;
    try {
      stats = statSync2(arg);
    } catch (error) {
      if (GLOB_CHARS.test(arg)) {
        const { globSync: globSync2 } = await Promise.resolve().then(() => (init_dist2(), dist_exports));
        const matches = globSync2(arg, { ignore: ["**/node_modules/**", "**/.git/**"], onlyFiles: true, expandDirectories: false }).sort();
        if (matches.length === 0) errors.push(`${arg}: no file matches this pattern.`);
        for (const match of matches) add(match, false);
        continue;
      }
      errors.push(`${arg}: ${describeFsError(error)}`);
      continue;
    }
    if (stats.isDirectory()) walk(arg, (file) => add(file, false), errors);
    else add(arg, true);
  }
  return { targets, errors };
}
function walk(dir, found, errors) {
  let entries2;
  try {
    entries2 = readdirSync2(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(`${dir}: ${describeFsError(error)}`);
    return;
  }
  entries2.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries2) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, found, errors);
    } else if (CANDIDATE_FILE.test(entry.name)) {
      if (entry.isFile()) found(path);
      else if (entry.isSymbolicLink()) {
        try {
          if (statSync2(path).isFile()) found(path);
        } catch {
        }
      }
    }
  }
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory.";
    case "EACCES":
    case "EPERM":
      return "permission denied.";
    case "EISDIR":
      return "is a directory.";
    case "ENOTDIR":
      return "a part of the path is not a directory.";
    case "ELOOP":
      return "too many symbolic links.";
    case "EMFILE":
    case "ENFILE":
      return "too many open files.";
    default:
      return `cannot be read (${code ?? error?.message ?? "unknown error"}).`;
  }
}
var ENVIRONMENT_KEYS = /* @__PURE__ */ new Set([
  "parameters",
  "parameter_defaults",
  "resource_registry",
  "parameter_merge_strategies",
  "event_sinks",
  "encrypted_param_names"
]);
var TEMPLATE_KEY = /(^|[\s{,])["']?heat_template_version["']?[ \t]*:/m;
var CFN_KEY = /(^|[\s{,])["']?(AWSTemplateFormatVersion|HeatTemplateFormatVersion)["']?[ \t]*:/m;
function classify(text2, topLevelKeys) {
  if (TEMPLATE_KEY.test(text2) || CFN_KEY.test(text2)) return "template";
  const keys = topLevelKeys();
  if (!keys || keys.length === 0) return "other";
  if (keys.every((key) => ENVIRONMENT_KEYS.has(key))) return "environment";
  if (keys.some((key) => key !== "heat_template_version" && nearVersionKey(key))) return "template";
  return "other";
}
function nearVersionKey(key) {
  const target = "heat_template_version";
  if (Math.abs(key.length - target.length) > 3) return false;
  let previous = Array.from({ length: target.length + 1 }, (_, i) => i);
  for (let i = 1; i <= key.length; i++) {
    const current = [i];
    for (let j = 1; j <= target.length; j++) {
      const cost = key[i - 1].toLowerCase() === target[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[target.length] <= 3;
}

// packages/cli/src/main.ts
init_report();
var RANK = { info: 1, warning: 2, error: 3 };
var HEAD_BYTES = 64 * 1024;
async function main(argv, io) {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`hot-lint: ${error.message}
`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout(`hot-lint ${cliVersion()} (Heat catalog 19.0.0)
`);
    return 0;
  }
  const core = await Promise.resolve().then(() => (init_src(), src_exports));
  const configs = new ConfigResolver(core, io.cwd, options.config);
  if (options.explain !== void 0) return explain(core, options.explain, io);
  if (options.listRules) {
    const found = configs.forDirectory(io.cwd);
    if (configs.errors.length) return reportConfigErrors(configs.errors, io);
    return listRules(core.allRules, found?.config ?? null, options, io);
  }
  let status = 0;
  const fail = (message) => {
    io.stderr(`hot-lint: ${message}
`);
    status = 2;
  };
  const { targets, errors } = await expandPaths(options.paths.length ? options.paths : ["."]);
  for (const error of errors) fail(error);
  const planned = [];
  for (const target of targets) {
    const absolute = resolve10(io.cwd, target.path);
    const config = configs.forDirectory(dirname7(absolute));
    if (core.isIgnored(absolute, config)) continue;
    planned.push({ target, absolute, config });
  }
  if (configs.errors.length) return reportConfigErrors(configs.errors, io);
  const minRank = RANK[options.severity];
  const files = [];
  const reportable = (list2) => list2.filter((d) => RANK[d.severity] >= minRank);
  const project = new ProjectRun(core, io.cwd, options);
  for (const problem2 of project.checkEnvironments()) fail(problem2);
  const environmentTargets = [];
  const nestedFindings = [];
  for (const { target, absolute, config } of planned) {
    const shown = displayPath(absolute, io.cwd);
    const maxSize = options.maxFileSize ?? config?.config.maxFileSize ?? core.DEFAULT_PARSE_LIMITS.maxSize;
    const read = readTarget(absolute, target.explicit, maxSize);
    if (read.kind === "skip") continue;
    if (read.kind === "error") {
      fail(`${shown}: ${read.message}`);
      continue;
    }
    let document;
    const kind = classify(read.text, () => {
      document = core.parseDocument(read.text);
      const root = core.nodes.asMap(document.root, document.yaml);
      return root ? root.items.map((pair) => core.nodes.keyName(pair) ?? "") : null;
    });
    if (kind === "environment") {
      environmentTargets.push({ absolute, config });
      continue;
    }
    if (kind === "other") {
      if (target.explicit) io.stderr(`hot-lint: ${shown}: not a Heat template (no heat_template_version) nor a Heat environment file; skipped.
`);
      continue;
    }
    const lintOptions = {
      limits: { maxSize },
      rules: config?.config.rules ?? {},
      allRules: options.allRules,
      suppressions: options.suppressions
    };
    const session = project.session(absolute, config);
    const environments = project.environmentsFor(absolute, config);
    const lintText = (text3, parsed) => {
      session.setText(absolute, text3, parsed);
      return core.lintTemplateFile(session, absolute, { ...lintOptions, environments }).diagnostics ?? [];
    };
    let text2 = read.text;
    let diagnostics = lintText(text2, document ?? null);
    let fixed = 0;
    if (options.fix && !hasSyntaxError(diagnostics)) {
      const { applyCertainFixes: applyCertainFixes2, writeAtomically: writeAtomically2 } = await Promise.resolve().then(() => (init_fix(), fix_exports));
      for (let pass = 0; pass < 10; pass++) {
        const next = applyCertainFixes2(text2, reportable(diagnostics));
        if (next.applied === 0) break;
        const nextDiagnostics = lintText(next.text, null);
        if (hasSyntaxError(nextDiagnostics)) break;
        text2 = next.text;
        diagnostics = nextDiagnostics;
        fixed += next.applied;
      }
      lintText(text2, null);
      if (fixed > 0) {
        try {
          writeAtomically2(absolute, text2);
          io.stderr(`hot-lint: ${shown}: fixed ${fixed === 1 ? "1 problem" : `${fixed} problems`}.
`);
        } catch (error) {
          fail(`${shown}: the fixes could not be written: ${describeFsError(error)}`);
          fixed = 0;
          diagnostics = lintText(read.text, null);
        }
      }
    }
    if (options.remote) {
      const remote = await validateRemotely(absolute, text2, environments, options.remote, io);
      if (remote.failure) fail(`${shown}: remote validation: ${remote.failure}`);
      diagnostics = [...diagnostics, ...remote.diagnostics.filter((d) => d.file === void 0)];
      nestedFindings.push(...remote.diagnostics.filter((d) => d.file !== void 0));
    }
    files.push({ path: shown, absolute, diagnostics: reportable(diagnostics), fixed });
  }
  for (const { file, ...finding } of nestedFindings) {
    let report3 = files.find((f) => f.absolute === file);
    if (!report3) {
      const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? file : displayPath(file, io.cwd);
      files.push(report3 = { path, absolute: file, diagnostics: [], fixed: 0 });
    }
    report3.diagnostics.push(...reportable([finding]));
  }
  for (const { absolute, config } of project.environmentFiles(environmentTargets)) {
    const shown = displayPath(absolute, io.cwd);
    const session = project.session(absolute, config);
    const usedBy = project.templateUsing(absolute);
    const result = core.lintEnvironmentFile(session, absolute, {
      rules: config?.config.rules ?? {},
      allRules: options.allRules,
      suppressions: options.suppressions,
      environments: usedBy?.environments ?? [absolute],
      ...usedBy ? { templatePath: usedBy.template } : {}
    });
    if (result.diagnostics === null) {
      fail(`${shown}: cannot read the environment file: ${result.reason}`);
      continue;
    }
    files.push({ path: shown, absolute, diagnostics: reportable(result.diagnostics), fixed: 0 });
  }
  if (files.length === 0 && status === 0) {
    io.stderr(`hot-lint: no Heat templates or environment files found in ${options.paths.length ? options.paths.join(", ") : "the current directory"}.
`);
  }
  const report2 = { files, summary: summarize(files), cwd: io.cwd };
  const context = {
    color: options.output === void 0 && io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== "dumb",
    rules: core.allRules,
    version: cliVersion(),
    heatVersion: core.DEFAULT_HEAT_VERSION,
    repositoryUrl: repositoryUrl()
  };
  const formatter = await loadFormatter(options.format);
  const output = formatter(report2, context);
  if (options.output !== void 0) {
    try {
      writeFileSync2(resolve10(io.cwd, options.output), output);
    } catch (error) {
      fail(`${options.output}: the report could not be written: ${describeFsError(error)}`);
    }
  } else if (output) {
    io.stdout(output);
  }
  if (status !== 0) return status;
  const { errors: errorCount, warnings } = report2.summary;
  if (errorCount > 0) return 1;
  if (options.maxWarnings !== void 0 && warnings > options.maxWarnings) {
    io.stderr(`hot-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.
`);
    return 1;
  }
  return 0;
}
async function validateRemotely(path, text2, environmentFiles, options, io) {
  const { validateRemote: validateRemote2 } = await Promise.resolve().then(() => (init_src2(), src_exports2));
  const credentialOptions = { cwd: io.cwd };
  if (options.heatUrl !== void 0) credentialOptions.heatUrl = options.heatUrl;
  if (options.cloud !== void 0) credentialOptions.cloud = options.cloud;
  const result = await validateRemote2({
    templateText: text2,
    templatePath: path,
    environmentFiles,
    resourceValidate: options.resourceValidate,
    showNested: options.showNested,
    insecure: options.insecure,
    env: io.env,
    credentialOptions,
    ...options.ignoreErrors !== void 0 ? { ignoreErrors: options.ignoreErrors } : {},
    ...options.timeoutMs !== void 0 ? { timeoutMs: options.timeoutMs } : {},
    ...options.caCert !== void 0 ? { caCert: options.caCert } : io.env.OS_CACERT ? { caCert: io.env.OS_CACERT } : {},
    ...options.debug ? { debugLog: (line) => io.stderr(`hot-lint: debug: ${line}
`) } : {}
  });
  if (result.failure) return { diagnostics: [], failure: result.failure.message };
  if (result.ok && options.showParameters && result.parameters) {
    const lines = Object.entries(result.parameters).map(
      ([name, p]) => `  ${name}: ${p.Type ?? "?"}${p.Default !== void 0 ? ` = ${JSON.stringify(p.Default)}` : ""}${p.Description ? `  (${p.Description})` : ""}`
    );
    io.stderr(`hot-lint: ${displayPath(path, io.cwd)}: Heat accepts it${result.requestId ? ` (request ${result.requestId})` : ""}; parameters:
${lines.join("\n")}
`);
  }
  return { diagnostics: result.diagnostics };
}
var ProjectRun = class {
  constructor(core, cwd, options) {
    this.core = core;
    this.cwd = cwd;
    this.options = options;
    this.cliEnvironments = options.environments.map((e) => resolve10(cwd, e));
  }
  core;
  cwd;
  options;
  sessions = /* @__PURE__ */ new Map();
  cliEnvironments;
  usage = /* @__PURE__ */ new Map();
  bound = /* @__PURE__ */ new Map();
  /** Problems with the -e files themselves (missing, unreadable); those files are then left out. */
  checkEnvironments() {
    const problems = [];
    const usable = [];
    for (const path of this.cliEnvironments) {
      try {
        if (statSync6(path).isFile()) usable.push(path);
        else problems.push(`${displayPath(path, this.cwd)}: the environment file is not a file.`);
      } catch (error) {
        problems.push(`${displayPath(path, this.cwd)}: cannot read the environment file: ${describeFsError(error)}`);
      }
    }
    this.cliEnvironments = usable;
    return problems;
  }
  session(absolute, config) {
    const root = this.core.projectRootFor(absolute, {
      root: this.options.root === void 0 ? void 0 : resolve10(this.cwd, this.options.root),
      config,
      folders: [this.cwd]
    });
    let session = this.sessions.get(root);
    if (!session) {
      const catalog = this.core.loadCatalog(config?.config.catalog ? { heatVersion: config.config.catalog } : {});
      session = new this.core.ProjectSession(new this.core.NodeFileLoader(root), catalog);
      this.sessions.set(root, session);
    }
    return session;
  }
  /** The configuration's environments whose `templates` glob matches, then the -e files. */
  environmentsFor(template, config) {
    const found = this.core.environmentsFor(template, config, this.cliEnvironments);
    for (const path of this.core.boundEnvironments(template, config)) if (!this.bound.has(path)) this.bound.set(path, config);
    for (const env of found) if (!this.usage.has(env)) this.usage.set(env, { template, environments: found });
    return found;
  }
  templateUsing(environment) {
    return this.usage.get(environment);
  }
  /** Every environment file to lint once: found in the paths, given with -e, or bound by a configuration. */
  environmentFiles(found) {
    const all = /* @__PURE__ */ new Map();
    for (const { absolute, config } of found) all.set(absolute, config);
    for (const path of this.cliEnvironments) if (!all.has(path)) all.set(path, null);
    for (const [path, config] of this.bound) if (!all.has(path)) all.set(path, config);
    return [...all].map(([absolute, config]) => ({ absolute, config }));
  }
};
var ConfigResolver = class {
  constructor(core, cwd, explicit) {
    this.core = core;
    this.cwd = cwd;
    this.explicit = explicit === void 0 ? void 0 : resolve10(cwd, explicit);
  }
  core;
  cwd;
  errors = [];
  byDir = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  explicit;
  forDirectory(dir) {
    if (this.explicit) return this.load(this.explicit);
    let found = this.byDir.get(dir);
    if (found === void 0) {
      const path = this.core.findConfigFile(dir);
      found = path ? this.load(path) : null;
      this.byDir.set(dir, found);
    }
    return found;
  }
  load(path) {
    if (this.byPath.has(path)) return this.byPath.get(path);
    const shown = displayPath(path, this.cwd);
    let loaded2 = null;
    let text2 = null;
    try {
      text2 = readFileSync5(path, "utf8");
    } catch (error) {
      this.errors.push(`${shown}: ${describeFsError(error)}`);
    }
    if (text2 !== null) {
      const { config, problems } = this.core.parseConfig(text2);
      for (const problem2 of problems) this.errors.push(this.core.formatConfigProblem(shown, problem2));
      if (problems.length === 0) loaded2 = { path, dir: dirname7(path), config };
    }
    this.byPath.set(path, loaded2);
    return loaded2;
  }
};
function reportConfigErrors(errors, io) {
  for (const error of errors) io.stderr(`hot-lint: ${error}
`);
  return 2;
}
function readTarget(path, explicit, maxSize) {
  let size;
  try {
    const stats = statSync6(path);
    if (stats.isDirectory()) return { kind: "error", message: "is a directory." };
    size = stats.size;
  } catch (error) {
    return { kind: "error", message: describeFsError(error) };
  }
  try {
    if (size > maxSize) {
      if (!explicit && !/heat_template_version/.test(readHead(path))) return { kind: "skip" };
      return { kind: "error", message: `too large to lint (${megabytes(size)}; the limit is ${megabytes(maxSize)}).` };
    }
    const buffer = readFileSync5(path);
    const nul = buffer.subarray(0, 8192).indexOf(0);
    if (nul >= 0) {
      if (!explicit) return { kind: "skip" };
      return { kind: "error", message: `not a text file (a NUL byte at offset ${nul}); not linted.` };
    }
    return { kind: "text", text: buffer.toString("utf8") };
  } catch (error) {
    return { kind: "error", message: describeFsError(error) };
  }
}
function readHead(path) {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function megabytes(bytes) {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
function hasSyntaxError(diagnostics) {
  return diagnostics.some((d) => d.ruleId === "yaml-syntax" && d.severity === "error");
}
function displayPath(absolute, cwd) {
  const rel = relative6(cwd, absolute);
  if (rel && !rel.startsWith("..") && !isAbsolute5(rel)) return rel.split(sep4).join("/");
  return absolute.split(sep4).join("/");
}
async function loadFormatter(name) {
  switch (name) {
    case "json":
      return (await Promise.resolve().then(() => (init_json(), json_exports))).format;
    case "sarif":
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).format;
    case "junit":
      return (await Promise.resolve().then(() => (init_junit(), junit_exports))).format;
    case "github":
      return (await Promise.resolve().then(() => (init_github(), github_exports))).format;
    case "parseable":
      return (await Promise.resolve().then(() => (init_parseable(), parseable_exports))).format;
    default:
      return (await Promise.resolve().then(() => (init_stylish(), stylish_exports))).format;
  }
}
var packageJson = null;
function readPackageJson() {
  if (!packageJson) {
    try {
      packageJson = JSON.parse(readFileSync5(new URL("../package.json", import.meta.url), "utf8"));
    } catch {
      packageJson = {};
    }
  }
  return packageJson;
}
function cliVersion() {
  return readPackageJson().version ?? "0.0.0";
}
function repositoryUrl() {
  const repo = readPackageJson().repository;
  const url = typeof repo === "string" ? repo : repo?.url;
  if (!url) return null;
  return url.replace(/^git\+/, "").replace(/\.git$/, "");
}
function explain(core, id, io) {
  const rule = core.findRule(id);
  if (!rule) {
    const ids = core.allRules.map((r) => r.meta.id);
    io.stderr(`hot-lint: Unknown rule "${id}".${core.didYouMean(core.closestMatches(id, ids))} Run hot-lint --list-rules for the rules.
`);
    return 2;
  }
  const m = rule.meta;
  let out = `# ${m.id}

${m.description}

Severity: ${m.severity}. Area: ${m.area}. ${m.enabledByDefault ? "On by default." : "Off by default."}
`;
  if (m.stricterThanHeat) out += `Stricter than Heat's validate: ${m.stricterThanHeat}
`;
  out += `
${m.docs.trimEnd()}
`;
  io.stdout(out);
  return 0;
}
function listRules(rules, config, options, io) {
  const rows = rules.map((rule) => {
    const setting = config?.rules[rule.meta.id];
    const enabled = setting ? setting !== "off" : rule.meta.enabledByDefault || options.allRules;
    const severity = setting && setting !== "off" ? setting : rule.meta.severity;
    return [rule.meta.id, severity, enabled ? "yes" : "no", rule.meta.area, rule.meta.description];
  });
  const header2 = ["RULE", "SEVERITY", "ENABLED", "AREA", "DESCRIPTION"];
  const widths = header2.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i])).join("  ");
  io.stdout(`${[header2, ...rows].map(line).join("\n")}
`);
  return 0;
}

// packages/cli/src/bin.ts
var exitCode = 0;
var onPipeError = (error) => {
  if (error.code === "EPIPE") process.exit(exitCode);
  internalError(error);
};
process.stdout.on("error", onPipeError);
process.stderr.on("error", () => process.exit(exitCode));
function internalError(error) {
  const message = error instanceof Error ? error.message : String(error);
  try {
    process.stderr.write(`hot-lint: internal error: ${message.split("\n")[0]}. Please report this, with the command and file that caused it.
`);
    if (process.env.HOT_LINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}
`);
  } finally {
    process.exit(2);
  }
}
process.on("uncaughtException", internalError);
process.on("unhandledRejection", internalError);
main(process.argv.slice(2), {
  stdout: (text2) => void process.stdout.write(text2),
  stderr: (text2) => void process.stderr.write(text2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true
}).then(
  (status) => {
    exitCode = status;
    process.exitCode = status;
  },
  internalError
);
