import { functionDoc } from '../catalog-help.js';
import { markdown } from './items.js';
import type { HoverProvider } from './items.js';

/** A function's name: what it does and its syntax. */
export const functionName: HoverProvider = (context) => {
  const call = context.functionKey;
  if (!call) return undefined;
  const doc = functionDoc(call.name);
  if (!doc) return null;
  const syntax = doc.syntax ? `\n\n\`\`\`yaml\n${doc.syntax}\n\`\`\`` : '';
  return markdown(context, `**${call.name}**\n\n${doc.summary}${syntax}`, call.key);
};
