import type { Connection } from 'vscode-languageserver';

/**
 * Lints many open documents at once (a configuration or settings change, a related file
 * changed) under one `$/progress` report, when the client supports window.workDoneProgress
 * (vscode-languageserver sends nothing otherwise). Between two documents the server answers
 * other requests.
 */
export async function lintWithProgress(connection: Connection, uris: readonly string[], lintOne: (uri: string) => void): Promise<void> {
  const reporter = await connection.window.createWorkDoneProgress();
  reporter.begin('hot-lint', 0, `Linting ${uris.length} documents`);
  try {
    for (const [index, uri] of uris.entries()) {
      lintOne(uri);
      reporter.report(Math.round(((index + 1) / uris.length) * 100), `${index + 1}/${uris.length} documents`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    reporter.done();
  }
}
