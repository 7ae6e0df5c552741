import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { graphPage } from './graph-page';

export const SHOW_STACK_GRAPH_COMMAND = 'hot-lint.showStackGraph';
const REDRAW_DELAY_MS = 300;

/**
 * "Show stack graph": a webview beside the template with the server's picture of it
 * (hot-lint.stackGraph), drawn again a moment after each edit.
 */
export function registerStackGraph(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, isTemplate: (document: vscode.TextDocument) => boolean): void {
  const panels = new Map<string, vscode.WebviewPanel>();
  const timers = new Map<string, NodeJS.Timeout>();

  const draw = async (document: vscode.TextDocument, panel: vscode.WebviewPanel) => {
    const answer = (await client()?.sendRequest('workspace/executeCommand', { command: 'hot-lint.stackGraph', arguments: [document.uri.toString()] })) as
      | { svg?: string; error?: string }
      | undefined;
    panel.webview.html = graphPage(answer?.svg ?? null, answer?.error ?? 'hot-lint: the language server is not running.');
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_STACK_GRAPH_COMMAND, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || !isTemplate(document)) {
        void vscode.window.showInformationMessage('hot-lint: open a Heat template to see its stack graph.');
        return;
      }
      const key = document.uri.toString();
      let panel = panels.get(key);
      if (panel) panel.reveal(vscode.ViewColumn.Beside, true);
      else {
        panel = vscode.window.createWebviewPanel('hotLintStackGraph', `Stack graph: ${path.basename(document.uri.path)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false });
        panels.set(key, panel);
        panel.onDidDispose(() => {
          panels.delete(key);
          clearTimeout(timers.get(key));
          timers.delete(key);
        });
      }
      await draw(document, panel);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const key = event.document.uri.toString();
      const panel = panels.get(key);
      if (!panel) return;
      clearTimeout(timers.get(key));
      timers.set(key, setTimeout(() => void draw(event.document, panel), REDRAW_DELAY_MS));
    }),
  );
}
