/**
 * The argument forms of Heat's intrinsic functions, by the class that implements them in
 * heat/engine/hot/functions.py. Which class a template version registers for a name is generated
 * (`function_classes` of each version in the language spec, from heat/engine/hot/template.py), so
 * a version difference (list_join taking several lists, get_attr taking a resource alone...)
 * follows the class, never a version date. What each class accepts is read from its code.
 */
import type { Catalog } from '../../catalog/catalog.js';
import type { FunctionArgumentFacts, TemplateVersionSpec } from '../../catalog/catalog-types.js';

export interface GetAttForm {
  /** GetAttAllAttributes: `[resource]` alone returns every attribute (and a 1-character string is read as that list). */
  resourceAlone: boolean;
  /** The form Heat's message gives. */
  usage: string;
}

export interface ReplaceForm {
  /** ReplaceJson: list and map params are dumped as JSON; Replace takes strings and numbers only. */
  jsonParams: boolean;
  /** ReplaceJsonStrict: every param must be in the template. */
  strict: boolean;
  /** ReplaceJsonVeryStrict: no param value may be empty. */
  nonEmpty: boolean;
}

export interface JoinForm {
  /** JoinMultiple: `[delimiter, list, list...]`, items may be maps or lists (dumped as JSON), empty lists are skipped. */
  multipleLists: boolean;
  usage: string;
}

export interface RepeatForm {
  /** RepeatWithMap: a for_each value may be a map (its keys are iterated). */
  mapValues: boolean;
  /** RepeatWithNestedLoop: the `permutations` key. */
  permutations: boolean;
}

export interface IfForm {
  /** IfNullable: `value_if_false` may be omitted. */
  optionalElse: boolean;
}

/** Per function name, the form of each class some version registers for it. */
interface FormsByClass {
  get_attr: Record<string, GetAttForm>;
  str_replace: Record<string, ReplaceForm>;
  list_join: Record<string, JoinForm>;
  repeat: Record<string, RepeatForm>;
  if: Record<string, IfForm>;
}

const GET_ATT: GetAttForm = { resourceAlone: false, usage: '[resource_name, attribute, (path), ...]' };
const REPLACE_JSON: ReplaceForm = { jsonParams: true, strict: false, nonEmpty: false };

const FORMS: FormsByClass = {
  get_attr: {
    GetAttThenSelect: GET_ATT,
    GetAtt: GET_ATT,
    GetAttAllAttributes: { resourceAlone: true, usage: '[resource_name] or [resource_name, attribute, (path), ...]' },
  },
  str_replace: {
    Replace: { jsonParams: false, strict: false, nonEmpty: false },
    ReplaceJson: REPLACE_JSON,
    ReplaceJsonStrict: { ...REPLACE_JSON, strict: true },
    ReplaceJsonVeryStrict: { ...REPLACE_JSON, strict: true, nonEmpty: true },
  },
  list_join: {
    Join: { multipleLists: false, usage: '[" ", ["str1", "str2"]]' },
    JoinMultiple: { multipleLists: true, usage: '[" ", ["str1", "str2"], ...]' },
  },
  repeat: {
    Repeat: { mapValues: false, permutations: false },
    RepeatWithMap: { mapValues: true, permutations: false },
    RepeatWithNestedLoop: { mapValues: true, permutations: true },
  },
  if: {
    If: { optionalElse: false },
    IfNullable: { optionalElse: true },
  },
};

/** The str_replace family shares one implementation hierarchy (Replace and its subclasses). */
const FORM_FAMILY: Record<string, keyof FormsByClass> = {
  get_attr: 'get_attr',
  str_replace: 'str_replace',
  str_replace_strict: 'str_replace',
  str_replace_vstrict: 'str_replace',
  list_join: 'list_join',
  repeat: 'repeat',
  if: 'if',
};

/**
 * The argument form a version gives a function: that of the class the version registers. A
 * language without generated classes (a catalog pulled before they were generated) gets the
 * newest class's form, as the newest Heat would read it.
 */
export function argumentForm<F extends keyof FormsByClass>(language: TemplateVersionSpec, family: F, name: string = family): FormsByClass[F][string] {
  const forms = FORMS[family] as Record<string, FormsByClass[F][string]>;
  const cls = language.function_classes?.[name];
  const form = cls === undefined ? undefined : forms[cls];
  return form ?? Object.values(forms)[Object.keys(forms).length - 1]!;
}

/** The form family of a function name, when its arguments differ between classes. */
export function formFamily(name: string): keyof FormsByClass | undefined {
  return FORM_FAMILY[name];
}

/** Every class some form describes, by family (the table test checks each generated class has one). */
export function formClasses(family: keyof FormsByClass): readonly string[] {
  return Object.keys(FORMS[family]);
}

export const FORM_FAMILIES = Object.keys(FORMS) as ReadonlyArray<keyof FormsByClass>;

/** The values Heat checks some arguments against (generated); undefined for a catalog without them. */
export function argumentFacts(catalog: Catalog): FunctionArgumentFacts | undefined {
  return catalog.language.function_arguments;
}
