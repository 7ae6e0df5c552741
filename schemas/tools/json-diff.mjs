// The patch format of the release store (schemas/releases/*.patch.json.gz), shared by the packer and
// its test; packages/core/src/catalog/release-patch.ts applies it. A patch is either
// {"v": value} (replace whole; arrays are always replaced whole) or
// {"o": {key: patch}, "d": [keys]} (change some keys of an object, delete others).
const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);

export function diffJson(a, b) {
  if (!isObject(a) || !isObject(b)) return { v: b };
  const o = {};
  const d = [];
  for (const key of Object.keys(a)) if (!Object.prototype.hasOwnProperty.call(b, key)) d.push(key);
  for (const key of Object.keys(b)) {
    if (!Object.prototype.hasOwnProperty.call(a, key)) o[key] = { v: b[key] };
    else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) o[key] = diffJson(a[key], b[key]);
  }
  const patch = {};
  if (Object.keys(o).length) patch.o = o;
  if (d.length) patch.d = d;
  return patch;
}
