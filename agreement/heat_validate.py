#!/usr/bin/python3
"""Heat 19's own verdict on templates, offline, as a long-lived JSON-lines process.

Run with the system interpreter that sees python3-heat, with PYTHONHASHSEED=0 (the
driver, agreement/run.mjs, sets it: which error Heat names first can depend on it):

    PYTHONHASHSEED=0 /usr/bin/python3 agreement/heat_validate.py

stdin, one JSON object a line:
    {"id": ..., "template": "<text>", "files": {"path": "<text>"}, "environment": "<text>"|null,
     "modes": ["validate", "strict"]}            (modes optional; both by default)
stdout, one JSON object a line, in the same order:
    {"id": ..., "verdict": "accepted"|"rejected"|"error", "message": ..., "error_type": ...,
     "strict": {"verdict": ..., "message": ..., "error_type": ...}, "ms": ...}

"validate" is what `POST /v1/{tenant}/validate` answers: the API's template/environment
parsing, then EngineService.validate_template (strict_validate=False), with the per-service
availability check stubbed out (no Keystone catalog here).

"strict" is what stack create would check before touching any cloud:
heat.engine.stack.Stack(..., strict_validate=True).validate(), with every client plugin and
custom constraint mocked (so image/flavor/network names are taken as existing), a `get_attr`
without a path resolving to a value of the type the attribute's schema declares (as once the
resource it names is created; a list for a ResourceGroup member's attribute, or the member's
"Referenced Attribute ... is incorrect" when its type lacks it; nothing for an attribute of no
declared type), each
resource checked with Resource.validate_template() (property values included; a plugin's own
validate(), which talks to the cloud, is not run), dependencies resolved (cycles), and a
made-up value for every parameter without a default (the user supplies those at create;
parameter values are not validated), and get_file of a file not given resolving to ''.

A template that crashes Heat answers verdict "error" with the exception text; the process
never dies on input. The first line written is {"ready": true, "heat": "<version>"}.
"""

import json
import logging
import os
import sys
import time
import traceback
import warnings


SOURCE = None  # the generator module, when HEAT_SOURCE names another release's tree


def use_source(path):
    """HEAT_SOURCE=../shared/heat-source/heat-13.1.0.tar.gz (or an extracted tree): import that
    release's heat package instead of the installed one, as schemas/tools/generate-catalog.py does
    (its own entry points, the same shims)."""
    global SOURCE
    import importlib.util
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location(
        'generate_catalog', os.path.join(here, '..', 'schemas', 'tools', 'generate-catalog.py'))
    SOURCE = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(SOURCE)
    return SOURCE.use_source_tree(SOURCE.extract_source(path))


def setup():
    warnings.simplefilter('ignore')
    logging.disable(logging.CRITICAL)
    tree = use_source(os.environ['HEAT_SOURCE']) if os.environ.get('HEAT_SOURCE') else None
    from oslo_config import cfg
    from heat.common import config  # noqa: F401  registers Heat's options
    cfg.CONF([], project='heat', default_config_files=[])
    cfg.CONF.import_opt('plugin_dirs', 'heat.common.config')
    cfg.CONF.set_override('plugin_dirs', [])
    if tree:
        cfg.CONF.set_override('environment_dir', os.path.join(tree, 'etc', 'heat', 'environment.d'))
    from heat.engine import resources
    resources.initialise()

    # No service catalog offline: every service counts as available.
    from heat.engine import resource as resource_mod
    resource_mod.Resource._validate_service_availability = classmethod(lambda cls, context, resource_type: None)


def make_context():
    try:
        from heat.tests import utils as test_utils
        return test_utils.dummy_context()
    except Exception:  # heat.tests not shipped: the same context, built here
        from heat.common import context
        return context.RequestContext.from_dict({
            'tenant_id': 'test_tenant_id', 'tenant': 'test_tenant', 'username': 'test_username',
            'user_id': None, 'password': '', 'roles': [], 'is_admin': False,
            'auth_url': 'http://server.test:5000/v2.0', 'auth_token': 'abcd1234',
            'trust_id': None, 'region_name': None,
        })


class Validator:
    def __init__(self):
        from heat.engine import service
        self.service = service.EngineService('agreement-host', 'engine')
        self.ctx = make_context()
        # request_context turns HeatException into ExpectedException; call the function itself.
        self.validate_template = service.EngineService.validate_template.__wrapped__

    # -- the API layer --------------------------------------------------------------------
    def parse(self, template_text, environment_text):
        """What InstantiationData.template() / environment() do; raises HTTP-like errors."""
        from heat.common import environment_format, template_format
        try:
            tmpl = template_format.parse(template_text)
        except ValueError as ex:
            raise ApiError('Template not in valid format: %s' % ex, 'HTTPBadRequest')
        env = {}
        if environment_text:
            try:
                env = environment_format.parse(environment_text)
            except ValueError as ex:
                raise ApiError('Environment not in valid format: %s' % ex, 'HTTPBadRequest')
        environment_format.default_for_missing(env)
        return tmpl, env

    def validate(self, template_text, files, environment_text):
        tmpl, env = self.parse(template_text, environment_text)
        result = self.validate_template(self.service, self.ctx, tmpl, env, files=files or {})
        if isinstance(result, dict) and 'Error' in result:
            return reject(result['Error'], 'StackValidationFailed')
        if hasattr(result, 'explanation'):  # a webob HTTPBadRequest returned, not raised
            return reject(result.explanation, type(result).__name__)
        return {'verdict': 'accepted', 'message': '', 'error_type': None}

    # -- create-time checks ---------------------------------------------------------------
    def strict(self, template_text, files, environment_text):
        from unittest import mock
        from heat.engine import environment, stack as stack_mod, template as templatem
        from heat.common import environment_util as env_util

        tmpl_dict, env = self.parse(template_text, environment_text)
        tmpl = templatem.Template(tmpl_dict, files=files or {})
        env_util.merge_environments(None, files or {}, env, tmpl.all_param_schemata(files or {}))
        tmpl.env = environment.Environment(env)
        self.service._validate_template(self.ctx, tmpl)
        params = tmpl.env.params
        for name, schema in tmpl.param_schemata().items():
            if schema.default is None and name not in params:
                params[name] = sample_value(schema)
        tmpl.env = environment.Environment(dict(env, parameters=params))
        from heat.engine import parameters as parameters_mod
        from heat.engine.hot import functions as hot_functions
        real_validate = parameters_mod.Parameters.validate
        real_get_file = hot_functions.GetFile.result
        real_get_att = {cls: cls.result for cls in (hot_functions.GetAttThenSelect, hot_functions.GetAtt)}

        def validate_params(self, validate_value=True, context=None):
            # The made-up values stand for what a user passes: their values are not the question.
            return real_validate(self, validate_value=False, context=context)

        def get_file(self):
            # Templates are checked alone (as `openstack stack create` would with its files
            # missing); a get_file path resolves to empty content instead of failing.
            try:
                return real_get_file(self)
            except ValueError as ex:
                if 'No content found' in str(ex):
                    return ''
                raise

        def get_att(cls, self):
            # Before create every get_attr is None; create resolves it once the resource exists,
            # to a value of the attribute's declared type (Heat's own schemas).
            value = real_get_att[cls](self)
            if value is not None or function_resolve(self._path_components):
                return value
            try:
                # The function sees a proxy (attribute names only); the stack has the resource.
                resource = stack.resources[function_resolve(self._resource_name)]
                name = function_resolve(self._attribute)
                attribute = resource.attributes._attributes.get(name)
            except Exception:  # noqa: BLE001  a reference Heat reports elsewhere
                return None
            if attribute is None and resource.type() == 'OS::Heat::ResourceGroup' and not name.startswith('resource.'):
                # ResourceGroup.get_attribute: that attribute of every member, a list; a member
                # whose type lacks it fails as Attributes.__getitem__ makes it fail.
                if group_count(resource) == 0:
                    return []
                member = group_member_class(resource)
                if member is not None and name not in member.attributes_schema and name not in member.base_attributes_schema:
                    from heat.common import exception
                    raise exception.InvalidTemplateAttribute(resource='0', key=name)
                return ['a']
            return attribute_sample(attribute.schema.type) if attribute is not None else None

        from heat.engine.function import resolve as function_resolve
        with mock.patch('heat.engine.clients.OpenStackClients.client_plugin', return_value=mock.MagicMock()), \
                mock.patch('heat.engine.clients.OpenStackClients.client', return_value=mock.MagicMock()), \
                mock.patch('heat.engine.constraints.CustomConstraint._is_valid', return_value=True), \
                mock.patch.object(parameters_mod.Parameters, 'validate', validate_params), \
                mock.patch.object(hot_functions.GetFile, 'result', get_file), \
                mock.patch.object(hot_functions.GetAttThenSelect, 'result', lambda f: get_att(hot_functions.GetAttThenSelect, f)), \
                mock.patch.object(hot_functions.GetAtt, 'result', lambda f: get_att(hot_functions.GetAtt, f)):
            stack = stack_mod.Stack(self.ctx, 'dummy', tmpl, strict_validate=True)
            # Resource.validate_template() with strict_validate checks property values
            # (Properties.validate(with_value=True)); the plugins' own validate() would talk to
            # the cloud (image status, nested stack storage) and is left out.
            stack.validate(validate_res_tmpl_only=True)
        return {'verdict': 'accepted', 'message': '', 'error_type': None}


class ApiError(Exception):
    def __init__(self, message, error_type):
        super().__init__(message)
        self.error_type = error_type


def reject(message, error_type):
    return {'verdict': 'rejected', 'message': str(message), 'error_type': error_type}


def group_count(group):
    try:
        return int(group.properties['count'])
    except Exception:  # noqa: BLE001  computed: taken as some members
        return None


def group_member_class(group):
    """The plugin class of a ResourceGroup's members; None for nested templates and placeholders."""
    from heat.engine.resources import template_resource
    from heat.engine.resources.openstack.heat import none_resource
    try:
        member_type = group.properties['resource_def']['type']
        cls = group.stack.env.get_class(member_type)
    except Exception:  # noqa: BLE001  a computed or unknown type: Heat reports it elsewhere
        return None
    if issubclass(cls, (template_resource.TemplateResource, none_resource.NoneResource)):
        return None
    return cls


def attribute_sample(attribute_type):
    """A value of a declared attribute type (heat.engine.attributes.Schema), None when untyped."""
    return {'String': 'a', 'Integer': 1, 'Boolean': True, 'List': ['a'], 'Map': {'a': 'a'}}.get(attribute_type)


def sample_value(schema):
    """A value a user could pass for a parameter without a default (custom constraints are mocked)."""
    from heat.engine import constraints
    allowed = [c for c in schema.constraints if isinstance(c, constraints.AllowedValues)]
    if allowed and allowed[0].allowed:
        return allowed[0].allowed[0]
    t = str(schema.type).lower()
    lo = None
    for c in schema.constraints:
        if isinstance(c, (constraints.Range, constraints.Length)) and c.min is not None:
            lo = c.min
    if t in ('number', 'integer'):
        return str(lo if lo is not None else 1)
    if t == 'boolean':
        return 'true'
    if t in ('json', 'map'):
        return '{}'
    if t in ('commadelimitedlist', 'comma_delimited_list', 'list'):
        return ','.join(['a'] * int(lo or 1))
    patterns = [c for c in schema.constraints if isinstance(c, constraints.AllowedPattern)]
    if patterns:
        try:
            import exrex  # noqa: F401  (not required)
            return exrex.getone(patterns[0].pattern)
        except Exception:
            pass
    return 'a' * int(max(lo or 1, 1))


def run_mode(fn, *args):
    from heat.common import exception
    from oslo_messaging.rpc.dispatcher import ExpectedException
    try:
        try:
            return fn(*args)
        except ExpectedException as wrapped:  # what @request_context makes of a HeatException
            raise wrapped.exc_info[1]
    except ApiError as ex:
        return reject(str(ex), ex.error_type)
    except exception.HeatException as ex:  # what the API turns into a 400
        return reject(str(ex), type(ex).__name__)
    except (ValueError, TypeError, KeyError, AttributeError, AssertionError, RecursionError) as ex:
        return {'verdict': 'error', 'message': '%s: %s' % (type(ex).__name__, ex),
                'error_type': type(ex).__name__, 'traceback': traceback.format_exc(limit=-4)}
    except Exception as ex:  # noqa: BLE001  never die on input
        return {'verdict': 'error', 'message': '%s: %s' % (type(ex).__name__, ex),
                'error_type': type(ex).__name__, 'traceback': traceback.format_exc(limit=-4)}


def main():
    out = sys.stdout
    sys.stdout = sys.stderr  # anything Heat prints must not corrupt the protocol
    setup()
    validator = Validator()
    from heat import version
    heat_version = SOURCE.SOURCE_VERSION if SOURCE else version.version_info.version_string()
    out.write(json.dumps({'ready': True, 'heat': heat_version,
                          'hashseed': os.environ.get('PYTHONHASHSEED')}) + '\n')
    out.flush()
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        started = time.perf_counter()
        answer = {}
        try:
            req = json.loads(line)
            answer['id'] = req.get('id')
            modes = req.get('modes') or ['validate', 'strict']
            text, files, env = req.get('template') or '', req.get('files') or {}, req.get('environment')
            if 'validate' in modes:
                answer.update(run_mode(validator.validate, text, files, env))
            if 'strict' in modes:
                answer['strict'] = run_mode(validator.strict, text, files, env)
        except Exception as ex:  # noqa: BLE001  a bad request line
            answer.update({'verdict': 'error', 'message': 'bad request: %s' % ex, 'error_type': 'Protocol'})
        answer['ms'] = round((time.perf_counter() - started) * 1000, 1)
        out.write(json.dumps(answer, default=str) + '\n')
        out.flush()


if __name__ == '__main__':
    main()
