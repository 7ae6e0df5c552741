/** The webview's page: the server's SVG and nothing that could run or load anything. */
export function graphPage(svg: string | null, message: string | null): string {
  const body = svg ?? `<p>${(message ?? '').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>body { background: #fff; color: #222; margin: 0; padding: 8px; } svg { max-width: none; }</style>
</head><body>${body}</body></html>`;
}
