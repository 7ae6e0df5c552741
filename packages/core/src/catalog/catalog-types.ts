/**
 * Shapes of the files that schemas/tools/generate-catalog.py writes from Heat itself.
 * They mirror Heat's own dict forms (heat/engine/properties.py Schema, support.SupportStatus),
 * so a reader of Heat's source recognises them.
 */

export type SupportStatusName = 'SUPPORTED' | 'DEPRECATED' | 'HIDDEN' | 'UNSUPPORTED' | 'UNKNOWN';

export interface SupportStatus {
  status: SupportStatusName;
  /** Heat release that introduced the status, e.g. "5.0.0". */
  version: string | null;
  message: string | null;
  previous_status: SupportStatus | null;
}

export type PropertyType = 'string' | 'integer' | 'number' | 'boolean' | 'map' | 'list' | 'any';

export type Constraint =
  | { allowed_values: unknown[]; description?: string }
  | { range: { min?: number; max?: number }; description?: string }
  | { length: { min?: number; max?: number }; description?: string }
  | { modulo: { step: number; offset: number }; description?: string }
  | { allowed_pattern: string; description?: string }
  | { custom_constraint: string; description?: string };

export interface PropertySchema {
  type: PropertyType;
  description?: string;
  default?: unknown;
  required: boolean;
  update_allowed: boolean;
  immutable: boolean;
  constraints?: Constraint[];
  /** For map: the keys' schemas. For list: `{"*": item schema}`. */
  schema?: Record<string, PropertySchema>;
  support_status?: SupportStatus;
  /** Present (false) only on properties Heat declares but rejects: "Property X not implemented yet". */
  implemented?: false;
  /**
   * Present (true) on list/map properties a template resource derives from
   * comma_delimited_list/json parameters: Heat also accepts a string for them.
   */
  allow_conversion?: true;
  /** In a catalog pulled from a cloud: taken from this release's catalog because the API leaves it out. */
  filled_from?: string;
}

export interface AttributeSchema {
  type?: string;
  description?: string;
  support_status?: SupportStatus;
}

export interface ResourceTypeSchema {
  description: string;
  support_status: SupportStatus;
  properties: Record<string, PropertySchema>;
  attributes: Record<string, AttributeSchema>;
  /**
   * True for Heat's NoneResource and its subclasses (OS::Heat::None and removed types kept
   * as stand-ins): any properties are accepted and create does nothing.
   */
  placeholder?: true;
  /** True when the type supports `deletion_policy: Snapshot` (it has handle_snapshot_delete). */
  snapshot_delete?: true;
  /** In a catalog pulled from a cloud: taken from this release's catalog because the API does not list it. */
  filled_from?: string;
}

export interface ResourceCatalog {
  heat_version: string;
  generated_by: string;
  resource_types: Record<string, ResourceTypeSchema>;
  /**
   * Type names Heat's default environment maps to other types, e.g.
   * "OS::Ceilometer::Alarm" -> "OS::Aodh::Alarm". A name ending in "*" maps every type with
   * that prefix ("OS::Quantum*" -> "OS::Neutron*"). See Catalog.resolveTypeName.
   */
  type_aliases: Record<string, string>;
}

/** Status Heat gives a function name in a template version. */
export type FunctionStatus = 'supported' | 'removed' | 'invalid';

export interface TemplateVersionSpec {
  /** The date form, e.g. "2016-10-14". */
  version: string;
  /** Release names Heat accepts in its place, e.g. ["newton"]. */
  aliases: string[];
  sections: string[];
  functions: Record<string, FunctionStatus>;
  /**
   * The heat/engine/hot/functions.py class (or factory) each function name is registered with,
   * e.g. list_join: "JoinMultiple". Absent from catalogs pulled before it was generated.
   */
  function_classes?: Record<string, string>;
  condition_functions: string[];
  resource_keys: string[];
  output_keys: string[];
  parameter_keys: string[];
  /** Constraint kinds the version's parameter schema knows. */
  parameter_constraint_kinds: string[];
  deletion_policies: string[];
}

export interface LanguageSpec {
  heat_version: string;
  generated_by: string;
  versions: TemplateVersionSpec[];
  parameter_types: string[];
  /** Which constraint kinds apply to which parameter type. */
  constraint_kinds_by_type: Record<string, string[]>;
  pseudo_parameters: string[];
  custom_constraints: string[];
  /** Attributes every resource has (e.g. "show"), and the extra ones of nested stacks. */
  base_attributes: string[];
  stack_resource_attributes: string[];
  /** Values Heat checks function arguments against. Absent from catalogs pulled before it was generated. */
  function_arguments?: FunctionArgumentFacts;
}

export interface FunctionArgumentFacts {
  /** What digest accepts: hashlib.algorithms_available of the Python that ran the generator, less shake_*. */
  digest_algorithms: string[];
  /** What resource_facade accepts (ResourceFacade._RESOURCE_ATTRIBUTES). */
  resource_facade_attributes: string[];
  /** The keys make_url accepts (MakeURL._ARG_KEYS). */
  make_url_keys: string[];
}
