import { describe, expect, it } from 'vitest';
import { graphPage } from '../src/graph-page.js';

describe('the stack graph webview page', () => {
  it('holds the SVG and lets nothing run or load', () => {
    const page = graphPage('<svg xmlns="http://www.w3.org/2000/svg"><title>a</title></svg>', null);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`);
    expect(page).toContain('<body><svg xmlns="http://www.w3.org/2000/svg"><title>a</title></svg></body>');
  });

  it('shows the server\'s message as text', () => {
    expect(graphPage(null, 'Open a <Heat> template & retry')).toContain('<body><p>Open a &#60;Heat&#62; template &#38; retry</p></body>');
  });
});
