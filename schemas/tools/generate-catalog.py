#!/usr/bin/python3
"""Dump Heat's resource catalog and HOT language description as JSON.

Generates, from the installed OpenStack Heat (the Debian package, 19.0.0):

  packages/core/data/heat-catalog-<version>.json   -- ResourceCatalog
  packages/core/data/heat-language-<version>.json  -- LanguageSpec

The shapes are defined in packages/core/src/catalog/catalog-types.ts. Every
value is read from Heat's own code (resource plugin classes, template plugin
classes, parameter schema classes, entry points); nothing is hand-written
except the comments explaining where each value comes from.

How to run (from the repository root):

    apt-get install python3-heat heat-common
    /usr/bin/python3 schemas/tools/generate-catalog.py

Use /usr/bin/python3 (the system interpreter that sees python3-heat), not a
virtualenv/pyenv python. `python3-heat` provides the code; `heat-common`
provides Heat's default global environment (/etc/heat/environment.d and
/etc/heat/templates), which registers the template-backed types
AWS::CloudWatch::Alarm and AWS::RDS::DBInstance. Without heat-common those two
types are missing from the catalog (a warning is printed).

Options: --out-dir DIR (default: packages/core/data/, where @hot-lint/core reads it).

Other releases: --source ../shared/heat-source/heat-16.1.0.tar.gz (or an
extracted tree) imports that release's `heat` package in place of the
installed one, with the installed 19.0.0 package bringing the dependencies
(see ../shared/heat-source/README.md). The plugins (resource types, template
versions, constraints, clients) then come from the tree's own setup.cfg entry
points, not from the installed package's metadata, and the version from the
archive's name. Then run schemas/tools/pack-releases.mjs to fold the per-release
files into the compact store the library ships.

The output is deterministic (sorted keys, fixed indentation), so a re-run
against the same Heat produces byte-identical files.
"""

import argparse
import inspect
import json
import logging
import os
import sys
import types
import warnings

GENERATED_BY = 'schemas/tools/generate-catalog.py'
HOT_VERSION_KEY = 'heat_template_version'


def warn(msg):
    print('warning: %s' % msg, file=sys.stderr)


# ---------------------------------------------------------------------------
# Importing another release's tree
# ---------------------------------------------------------------------------

# Set by use_source_tree(): the version the archive names (pbr would report
# the installed package's version).
SOURCE_VERSION = None


def extract_source(path):
    """An extracted tree for a tarball path (or the path itself if a dir):
    the folder that holds heat/ and setup.cfg."""
    import tarfile
    import tempfile

    if os.path.isdir(path):
        root = path
    else:
        root = tempfile.mkdtemp(prefix='heat-source-')
        with tarfile.open(path) as tar:
            tar.extractall(root)
    for dirpath, dirnames, filenames in os.walk(root):
        if 'setup.cfg' in filenames and 'heat' in dirnames:
            return dirpath
        dirnames.sort()
    raise SystemExit('no heat/ and setup.cfg under %s' % path)


def tree_entry_points(tree):
    """{group: [(name, 'module:attr')]} from the tree's setup.cfg."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None,
                                       comment_prefixes=('#', ';'),
                                       inline_comment_prefixes=None)
    parser.optionxform = str
    parser.read(os.path.join(tree, 'setup.cfg'))
    groups = {}
    for group, text in parser.items('entry_points'):
        entries = []
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            name, _, value = line.partition('=')
            entries.append((name.strip(), value.strip()))
        groups[group] = entries
    return groups


def use_source_tree(tree):
    """Make `import heat` load the tree, and stevedore list the tree's own
    entry points for Heat's namespaces.

    Shims, each for a change in the installed dependencies that an older
    tree predates (none changes what the tree declares):
     - oslo_utils.fnmatch: dropped from newer oslo.utils; the standard
       library's fnmatch is the drop-in it wrapped (16.x imports it).
     - collections.Mapping & co.: moved to collections.abc in Python 3.10.
     - EntryPoint.module_name: Heat's load-failure callback reads it; newer
       importlib.metadata calls it `module`.
    """
    global SOURCE_VERSION
    import collections
    import collections.abc
    import fnmatch
    import importlib.metadata as md

    sys.path.insert(0, tree)
    for name in list(sys.modules):
        if name == 'heat' or name.startswith('heat.'):
            del sys.modules[name]
    try:
        import oslo_utils.fnmatch  # noqa: F401
    except ImportError:
        sys.modules['oslo_utils.fnmatch'] = fnmatch
    for abc_name in ('Mapping', 'MutableMapping', 'Sequence', 'Iterable',
                     'Callable', 'Set', 'MutableSet', 'Hashable'):
        if not hasattr(collections, abc_name):
            setattr(collections, abc_name, getattr(collections.abc, abc_name))

    class TreeEntryPoint(md.EntryPoint):
        @property
        def module_name(self):
            return self.module

    groups = tree_entry_points(tree)

    import stevedore.extension as ext
    original = ext.ExtensionManager.list_entry_points

    def list_entry_points(self, *args, **kwargs):
        if self.namespace in groups:
            return [TreeEntryPoint(name, value, self.namespace)
                    for name, value in groups[self.namespace]]
        return original(self, *args, **kwargs)

    ext.ExtensionManager.list_entry_points = list_entry_points

    base = os.path.basename(os.path.normpath(tree))
    SOURCE_VERSION = base[len('heat-'):] if base.startswith('heat-') else None
    if not SOURCE_VERSION:
        raise SystemExit('cannot tell the version from the folder name %s' % base)
    return tree


# ---------------------------------------------------------------------------
# Heat set-up
# ---------------------------------------------------------------------------

def setup_heat(tree=None):
    """Initialise oslo.config/logging so Heat can be imported quietly.

    No config file is read, so the local heat.conf cannot change the output,
    and plugin_dirs is emptied so third-party plugins installed on this
    machine are not picked up. environment_dir keeps its default
    (/etc/heat/environment.d, Heat's shipped default environment).
    """
    warnings.simplefilter('ignore')
    # Heat logs every HIDDEN/DEPRECATED type while loading; keep stderr for
    # our own warnings.
    logging.disable(logging.ERROR)

    from oslo_config import cfg
    from heat.common import config  # noqa: F401  registers Heat's options

    cfg.CONF([], project='heat', default_config_files=[])
    cfg.CONF.import_opt('plugin_dirs', 'heat.common.config')
    cfg.CONF.set_override('plugin_dirs', [])
    if tree:
        # The tree's own default environment (the same files heat-common
        # installs under /etc/heat in every release 10..26).
        cfg.CONF.set_override('environment_dir', os.path.join(
            tree, 'etc', 'heat', 'environment.d'))


def heat_version():
    if SOURCE_VERSION:
        return SOURCE_VERSION
    from heat import version
    return version.version_info.version_string()


# ---------------------------------------------------------------------------
# Resource catalog
# ---------------------------------------------------------------------------

def jsonable(value):
    """Return value in a JSON-serialisable form (odd objects become str)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return str(value)  # also turns i18n Message objects into plain str
    if isinstance(value, dict) or hasattr(value, 'items'):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [jsonable(v) for v in value]
        if isinstance(value, (set, frozenset)):
            items.sort(key=lambda v: json.dumps(v, sort_keys=True))
        return items
    return str(value)


def support_status_dict(status):
    # SupportStatus.to_dict() recurses into previous_status itself.
    return jsonable(status.to_dict())


def property_schema_dict(schema):
    """One properties.Schema in the form Heat's resource_schema returns.

    dict(schema) gives type (lower-case), description, default (only when
    not None), required, update_allowed, immutable and constraints (Heat's
    constraint dict forms). The nested 'schema' is rebuilt here rather than
    taken from dict(schema), so that nested entries also carry their
    support_status. Two attributes dict(schema) leaves out are added when
    they differ from the default:
     - implemented: False -- Properties.validate() rejects a value for it
       with "Property X not implemented yet" (37 properties, all on AWS::*
       types, some nested). Kept so a linter can say so instead of
       "unknown".
     - allow_conversion: True -- set on the list/map properties that a
       template resource derives from comma_delimited_list/json
       parameters; Property._get_list/_get_map then accept a string.
    """
    result = {}
    for key in schema:  # Schema is a Mapping over the keys that are set
        if key == schema.SCHEMA:
            continue
        result[key] = jsonable(schema[key])
    if not schema.implemented:
        result['implemented'] = False
    if schema.allow_conversion:
        result['allow_conversion'] = True

    if schema.schema is not None:
        nested = {}
        for name, sub in schema.schema.items():  # list schema -> {'*': ...}
            nested[str(name)] = property_schema_dict(sub)
        if nested:
            result['schema'] = nested

    result['support_status'] = support_status_dict(schema.support_status)
    return result


def attribute_schema_dict(schema):
    # dict(attributes.Schema) gives description and type (lower-case) when
    # they are set.
    result = {key: jsonable(schema[key]) for key in schema}
    result['support_status'] = support_status_dict(schema.support_status)
    return result


def resource_type_dict(resource_class):
    """Schema of one resource plugin class, read from class attributes only.

    Mirrors heat/engine/service.py resource_schema(), except that HIDDEN
    properties and attributes are kept (with their support_status) so a
    linter can report them, and that properties declared with
    implemented=False are kept with "implemented": false (resource_schema()
    drops them; Heat rejects a value for them with "Property ... not
    implemented yet").

    Two facts about the class are added when true:
     - placeholder: a NoneResource subclass (OS::Heat::None and the removed
       types Heat keeps as do-nothing stand-ins). NoneResource.reparse()
       replaces the properties with an empty set, so any property is
       accepted, and create does nothing.
     - snapshot_delete: the class has handle_snapshot_delete, which
       Resource.validate_deletion_policy() requires for the "Snapshot"
       deletion policy ('"Snapshot" deletion policy not supported').
    """
    from heat.engine import attributes
    from heat.engine import properties
    from heat.engine.resources.openstack.heat import none_resource

    props = {}
    for name, schema_data in resource_class.properties_schema.items():
        schema = properties.Schema.from_legacy(schema_data)
        props[name] = property_schema_dict(schema)

    attrs = {}
    all_attrs = dict(resource_class.attributes_schema)
    all_attrs.update(resource_class.base_attributes_schema)
    for name, schema_data in all_attrs.items():
        schema = attributes.Schema.from_attribute(schema_data)
        attrs[name] = attribute_schema_dict(schema)

    # The class's own docstring only: Heat's Resource.getdoc() does not
    # inherit a parent's docstring either.
    doc = resource_class.__dict__.get('__doc__')
    description = inspect.cleandoc(doc) if doc else ''

    result = {
        'description': description,
        'support_status': support_status_dict(resource_class.support_status),
        'properties': props,
        'attributes': attrs,
    }
    if issubclass(resource_class, none_resource.NoneResource):
        result['placeholder'] = True
    if callable(getattr(resource_class, 'handle_snapshot_delete', None)):
        result['snapshot_delete'] = True
    return result


def build_catalog():
    from heat.engine import environment
    from heat.engine import resources

    resources.initialise()
    registry = resources.global_env().registry

    # The global registry maps type name -> ResourceInfo. Like Registry
    # .get_types(), take plugin classes (ClassResourceInfo) and registered
    # templates (TemplateResourceInfo); mappings (MapResourceInfo, e.g.
    # OS::Ceilometer::Alarm -> OS::Aodh::Alarm) and globs are aliases, not
    # types: they go to type_aliases. A glob (a name ending in "*", e.g.
    # OS::Quantum* -> OS::Neutron*) maps every type with that prefix: the
    # rest of the name is appended to the target's prefix
    # (GlobResourceInfo.get_resource_info). Unlike get_types(), HIDDEN
    # types are kept.
    resource_types = {}
    failures = []
    aliases = {}
    template_types = 0
    for name, info in sorted(registry._registry.items()):
        if isinstance(info, environment.MapResourceInfo):  # incl. globs
            aliases[name] = info.value
            continue
        if not isinstance(info, (environment.ClassResourceInfo,
                                 environment.TemplateResourceInfo)):
            continue  # nested dicts: per-resource-name overrides
        try:
            if isinstance(info, environment.TemplateResourceInfo):
                # Builds a TemplateResource subclass whose schemas come from
                # the template's parameters and outputs (no instantiation).
                resource_class = info.get_class()
                template_types += 1
            else:
                resource_class = info.get_class()
            resource_types[name] = resource_type_dict(resource_class)
        except Exception as exc:  # keep going; report at the end
            failures.append(name)
            warn('%s: %s: %s' % (name, type(exc).__name__, exc))

    if not template_types:
        warn('no template-backed types found in the global environment '
             '(is heat-common installed? see /etc/heat/environment.d)')

    catalog = {
        'heat_version': heat_version(),
        'generated_by': GENERATED_BY,
        'resource_types': resource_types,
        'type_aliases': {str(k): str(v) for k, v in aliases.items()},
    }
    return catalog, failures, aliases


# ---------------------------------------------------------------------------
# Language spec
# ---------------------------------------------------------------------------

def hot_template_classes():
    """[(date, class, [aliases])] for every heat_template_version.* plugin.

    Same grouping as heat/engine/service.py list_template_versions(): a name
    that is a date is a version; any other name registered for the same
    class (newton, ocata, ...) is an alias of it.
    """
    import datetime
    from heat.engine import template as templatem

    mgr = templatem._get_template_extension_manager()
    dated = {}
    named = []
    for ext_name in mgr.names():
        key, _, version = ext_name.partition('.')
        if key != HOT_VERSION_KEY:
            continue  # CFN formats (AWSTemplateFormatVersion, ...)
        cls = mgr[ext_name].plugin
        try:
            datetime.datetime.strptime(version, '%Y-%m-%d')
        except ValueError:
            named.append((version, cls))
        else:
            dated[version] = cls

    result = []
    for version in sorted(dated):
        cls = dated[version]
        aliases = sorted(n for n, c in named if c is cls)
        result.append((version, cls, aliases))
    orphans = sorted(n for n, c in named if c not in dated.values())
    for name in orphans:
        warn('template alias %s has no dated version' % name)
    return result


def function_status(func_class):
    from heat.engine import function
    from heat.engine.hot import functions as hot_funcs

    # Most entries are Function subclasses; a few are factory functions
    # (cfn_funcs.Ref in 2013-05-23 picks GetResource or ParamRef), which
    # are usable functions.
    if not inspect.isclass(func_class):
        return 'supported'
    # hot_funcs.Removed: existed in earlier HOT, validate() raises
    # InvalidTemplateVersion "not supported in this version of HOT".
    if issubclass(func_class, hot_funcs.Removed):
        return 'removed'
    # function.Invalid: raises "is invalid in this context" on parse.
    if issubclass(func_class, function.Invalid):
        return 'invalid'
    return 'supported'


def function_class_name(func):
    # A factory function (cfn Ref) has a __name__ as classes do.
    return func.__name__


def digest_algorithms():
    """The algorithms Digest.validate_usage() accepts: hashlib.algorithms_available
    of the Python that runs Heat (this one), less shake_* (their hexdigest()
    needs a length, so Digest.result() fails on them). Listed MD5, SHA-1 and
    SHA-2 first, then SHA-3, truncated SHA-512 and the rest (hashlib's set
    has no order of its own)."""
    import hashlib
    import re

    def family(name):
        if re.match(r'^(md5|sha\d+)$', name):
            return 0
        if name.startswith('sha3_'):
            return 1
        if name.startswith('sha512_'):
            return 2
        return 3
    names = [n for n in hashlib.algorithms_available
             if not n.startswith('shake_')]
    return sorted(names, key=lambda n: (family(n), n))


def function_argument_facts():
    """Values hot/functions.py checks arguments against, the same in every
    HOT version that has the function."""
    from heat.engine.hot import functions as hot_funcs

    return {
        'digest_algorithms': digest_algorithms(),
        # ResourceFacade.validate(): "Incorrect arguments ... should be one of".
        'resource_facade_attributes': list(
            hot_funcs.ResourceFacade._RESOURCE_ATTRIBUTES),
        # MakeURL._check_args(): "Invalid arguments to make_url".
        'make_url_keys': list(hot_funcs.MakeURL._ARG_KEYS),
    }


def constraint_samples():
    """A minimal valid definition for each HOT parameter constraint kind."""
    from heat.engine.hot import parameters as hot_params

    samples = {
        hot_params.LENGTH: {hot_params.MIN: 1},
        hot_params.RANGE: {hot_params.MIN: 1},
        hot_params.MODULO: {hot_params.STEP: 2, hot_params.OFFSET: 1},
        hot_params.ALLOWED_VALUES: ['a'],
        hot_params.ALLOWED_PATTERN: 'a',
        hot_params.CUSTOM_CONSTRAINT: 'nova.flavor',
    }
    kinds = [k for k in hot_params.PARAM_CONSTRAINTS
             if k != hot_params.DESCRIPTION]
    missing = set(kinds) - set(samples)
    if missing:
        warn('no sample for parameter constraint kind(s) %s' % sorted(missing))
    return {k: samples[k] for k in kinds if k in samples}


def accepted_constraint_kinds(param_schema_class):
    """Constraint kinds the class's _constraint_from_def() turns into a
    constraint (e.g. HOTParamSchema rejects modulo with "No constraint
    expressed"; HOTParamSchema20170224 adds it)."""
    from heat.common import exception

    kinds = []
    for kind, definition in constraint_samples().items():
        try:
            param_schema_class._constraint_from_def({kind: definition})
        except exception.InvalidSchemaError:
            continue
        kinds.append(kind)
    return sorted(kinds)


def constraint_kinds_by_type(param_schema_class):
    """For each parameter type, the constraint kinds Schema.validate()
    accepts (each constraint class has valid_types; e.g. range is only for
    number, allowed_pattern only for string)."""
    from heat.common import exception

    by_type = {}
    for type_name in param_schema_class.TYPES:
        kinds = []
        for kind, definition in constraint_samples().items():
            try:
                constraint = param_schema_class._constraint_from_def(
                    {kind: definition})
                param_schema_class(type_name,
                                   constraints=[constraint]).validate()
            except exception.InvalidSchemaError:
                continue
            kinds.append(kind)
        by_type[type_name] = sorted(kinds)
    return by_type


def version_spec(version, cls, aliases):
    # SECTIONS includes MAPPINGS, which HOT sets to the placeholder
    # '__undefined__' (HOT has no mappings section); it is not a real key.
    sections = [s for s in cls.SECTIONS if s != cls.MAPPINGS]

    functions = {name: function_status(func)
                 for name, func in cls.functions.items()}
    # condition_functions is {} (inherited from Template) before 2016-10-14.
    condition_functions = sorted(
        name for name, func in cls.condition_functions.items()
        if function_status(func) == 'supported')

    param_class = cls.param_schema_class
    return {
        'version': version,
        'aliases': aliases,
        'sections': sections,
        'functions': functions,
        # The class implementing each function in this version (e.g. Join
        # before 2015-10-15, JoinMultiple from it): a function's argument
        # forms follow its class (packages/core/src/heat/functions/).
        'function_classes': {name: function_class_name(func)
                             for name, func in cls.functions.items()},
        'condition_functions': condition_functions,
        # Checked in HOTemplate.resource_definitions(): "Invalid keyword(s)
        # inside a resource definition".
        'resource_keys': list(cls._RESOURCE_KEYS),
        # Checked in HOTemplate.validate_section() for outputs.
        'output_keys': list(cls.OUTPUT_KEYS),
        # Checked in parameters.Schema._validate_dict() against
        # PARAMETER_KEYS of the version's param_schema_class.
        'parameter_keys': list(param_class.PARAMETER_KEYS),
        'parameter_constraint_kinds': accepted_constraint_kinds(param_class),
        'deletion_policies': sorted(cls.deletion_policies),
    }


def pseudo_parameter_names():
    """Names HOTParameters actually creates (its PSEUDO_PARAMETERS tuple
    also lists OS::region, but _pseudo_parameters() never yields it)."""
    from heat.engine.hot import parameters as hot_params

    params = hot_params.HOTParameters.__new__(hot_params.HOTParameters)
    identifier = types.SimpleNamespace(stack_id='id', stack_name='name',
                                       tenant='project')
    return sorted(p.name for p in params._pseudo_parameters(identifier))


def custom_constraint_names():
    from heat.engine import resources
    # _get_mapping() is what initialise() registers in the global env.
    return sorted(name for name, _ in resources._get_mapping('heat.constraints'))


def build_language():
    from heat.engine import resource
    from heat.engine.resources import template_resource

    hot = hot_template_classes()
    versions = [version_spec(v, cls, aliases) for v, cls, aliases in hot]

    # Parameter types are the same in every HOT version; use the newest
    # version's parameter schema class.
    latest_param_class = hot[-1][1].param_schema_class

    language = {
        'heat_version': heat_version(),
        'generated_by': GENERATED_BY,
        'versions': versions,
        'parameter_types': list(latest_param_class.TYPES),
        'constraint_kinds_by_type': constraint_kinds_by_type(
            latest_param_class),
        'pseudo_parameters': pseudo_parameter_names(),
        'custom_constraints': custom_constraint_names(),
        # Resource.base_attributes_schema: added to every resource's
        # attributes (currently just "show").
        'base_attributes': sorted(resource.Resource.base_attributes_schema),
        # Template (nested stack) resources: attributes are the nested
        # template's outputs, plus
        #  - OS::stack_id: the output name TemplateResource uses as its
        #    reference id (get_resource); readable with get_attr only when
        #    the nested template defines that output;
        #  - resource.*: "resource.<name>[.<attr>...]" reaches into the
        #    nested stack (TemplateResource.get_attribute(); ResourceGroup
        #    and ResourceChain handle the same prefix).
        'stack_resource_attributes': [template_resource.STACK_ID_OUTPUT,
                                      'resource.*'],
        'function_arguments': function_argument_facts(),
    }
    return language


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def write_json(path, data):
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text + '\n')


def summarise(catalog, failures, aliases, language, paths):
    from collections import Counter

    counts = Counter(t['support_status']['status']
                     for t in catalog['resource_types'].values())
    print('Heat %s' % catalog['heat_version'])
    print('resource types: %d (%s)' % (
        len(catalog['resource_types']),
        ', '.join('%s %d' % kv for kv in sorted(counts.items()))))
    print('failed types: %s' % (', '.join(failures) or 'none'))
    print('type aliases in the global environment: %s' % (
        ', '.join('%s -> %s' % kv for kv in sorted(aliases.items()))
        or 'none'))
    for v in language['versions']:
        print('HOT %s%s: %d functions (%d removed), %d condition functions'
              % (v['version'],
                 ' (%s)' % ', '.join(v['aliases']) if v['aliases'] else '',
                 len(v['functions']),
                 sum(1 for s in v['functions'].values() if s == 'removed'),
                 len(v['condition_functions'])))
    print('custom constraints: %d' % len(language['custom_constraints']))
    for p in paths:
        print('wrote %s' % p)


def main():
    # The data ships inside @hot-lint/core, which reads it from there.
    default_out = os.path.normpath(
        os.path.join(os.path.dirname(os.path.abspath(__file__)),
                     '..', '..', 'packages', 'core', 'data'))
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--out-dir', default=default_out)
    parser.add_argument('--source', help='a heat-N.N.N.tar.gz or extracted '
                        'tree to import instead of the installed Heat')
    args = parser.parse_args()

    tree = use_source_tree(extract_source(args.source)) if args.source else None
    setup_heat(tree)
    if tree:
        import heat
        if not os.path.abspath(heat.__file__).startswith(os.path.abspath(tree)):
            raise SystemExit('imported %s, not the tree' % heat.__file__)
    catalog, failures, aliases = build_catalog()
    language = build_language()

    version = catalog['heat_version']
    paths = [os.path.join(args.out_dir, 'heat-catalog-%s.json' % version),
             os.path.join(args.out_dir, 'heat-language-%s.json' % version)]
    write_json(paths[0], catalog)
    write_json(paths[1], language)
    summarise(catalog, failures, aliases, language, paths)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
