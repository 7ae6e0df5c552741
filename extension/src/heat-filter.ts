/**
 * A cheap "might this be Heat?" test on text, so the language server starts only for documents that
 * can be Heat. The server decides with @hot-lint/core's classifyDocument; this filter must never
 * reject what that accepts: any version key, any environment section, or any key long enough to be a
 * misspelled `heat_template_version` (18 to 24 characters), at any depth.
 */
const MIGHT_BE_HEAT =
  /(?:^|[{,])[ \t]*["']?(?:heat_template_version|AWSTemplateFormatVersion|HeatTemplateFormatVersion|parameters|resource_registry|parameter_defaults|encrypted_param_names|event_sinks|parameter_merge_strategies|[^\s:#'"{}[\],][^:\n]{16,22}[^\s:'"])["']?[ \t]*:/m;

export function mightBeHeat(text: string): boolean {
  return MIGHT_BE_HEAT.test(text.slice(0, 65536));
}
