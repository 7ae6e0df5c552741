/** Names of Jinja2 sources: `x.j2.yaml`, `x.yaml.j2`, `x.j2`, `x.jinja2`. */
const JINJA2_NAME = /\.(j2|jinja2?)(\.ya?ml)?$/i;
/** A statement, comment or expression tag. */
const TAG = /\{%-?\s*[a-z]|\{#|\{\{-?\s*[\w'"([]/i;
/** A line that starts with a statement or comment tag: never YAML. */
const TAG_LINE = /^[ \t]*(\{%-?\s*[a-z]|\{#)/im;

/**
 * The offset of the first Jinja2 tag when the text is a Jinja2 template, or null. A file named
 * as a Jinja2 source needs only a tag; any other file only counts when its YAML does not parse
 * and a line starts with a statement tag, or the first syntax error's line holds a tag (a
 * `{{ }}` inside a quoted string of valid YAML is text, not templating).
 */
export function jinja2Tag(text: string, path: string | undefined, firstSyntaxErrorLine: string | null): number | null {
  const named = path !== undefined && JINJA2_NAME.test(path);
  if (named) {
    const match = TAG.exec(text);
    return match ? match.index : null;
  }
  if (firstSyntaxErrorLine === null) return null;
  const line = TAG_LINE.exec(text);
  if (line) return line.index + line[0].length - line[1]!.length;
  const onErrorLine = TAG.exec(firstSyntaxErrorLine);
  if (!onErrorLine) return null;
  const anywhere = TAG.exec(text);
  return anywhere ? anywhere.index : null;
}
