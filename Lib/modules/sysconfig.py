"""Where this Python's files live, and how it was configured.

gpython-ssl is one Go binary: it has no Makefile, no pyconfig.h and no
C compiler settings, and cannot load C extension modules.  Its
configuration variables are therefore the handful that describe the
interpreter itself (versions, prefixes, platform, pointer size); the
build variables CPython reads from its Makefile (CC, CFLAGS, LDSHARED,
...) are absent, so get_config_var() gives None for them.  Values:

  prefix, exec_prefix, base, platbase, installed_base,
  installed_platbase      sys.prefix / sys.exec_prefix
  projectbase             the directory of sys.executable
  userbase                ~/.local, or $PYTHONUSERBASE
  py_version, py_version_short, py_version_nodot, VERSION
                          3.6.15, 3.6, 36, 3.6
  abiflags                sys.abiflags
  EXT_SUFFIX, SO, SHLIB_SUFFIX
                          '.so' (nothing can be loaded from such files)
  SOABI, MULTIARCH        None, '<machine>-linux-gnu'
  MACHDEP                 sys.platform
  HAVE_FORK               0 (a Go process cannot fork)
  WITH_THREAD             1
  Py_DEBUG, Py_ENABLE_SHARED
                          0
  SIZEOF_VOID_P ...       from struct.calcsize
  LIBDEST, BINLIBDEST, BINDIR, LIBDIR, INCLUDEPY, srcdir
                          derived from the prefixes, as CPython lays
                          them out (the directories need not exist)

The installation schemes (get_paths) are CPython 3.6's.
"""

import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars',
    'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths',
    'get_platform', 'get_python_version', 'get_scheme_names',
    'parse_config_h',
]

# The installation schemes: scheme, path name, template.
_SCHEME_TABLE = """
posix_prefix        stdlib       {installed_base}/lib/python{py_version_short}
posix_prefix        platstdlib   {platbase}/lib/python{py_version_short}
posix_prefix        purelib      {base}/lib/python{py_version_short}/site-packages
posix_prefix        platlib      {platbase}/lib/python{py_version_short}/site-packages
posix_prefix        include      {installed_base}/include/python{py_version_short}{abiflags}
posix_prefix        platinclude  {installed_platbase}/include/python{py_version_short}{abiflags}
posix_prefix        scripts      {base}/bin
posix_prefix        data         {base}
posix_home          stdlib       {installed_base}/lib/python
posix_home          platstdlib   {base}/lib/python
posix_home          purelib      {base}/lib/python
posix_home          platlib      {base}/lib/python
posix_home          include      {installed_base}/include/python
posix_home          platinclude  {installed_base}/include/python
posix_home          scripts      {base}/bin
posix_home          data         {base}
posix_user          stdlib       {userbase}/lib/python{py_version_short}
posix_user          platstdlib   {userbase}/lib/python{py_version_short}
posix_user          purelib      {userbase}/lib/python{py_version_short}/site-packages
posix_user          platlib      {userbase}/lib/python{py_version_short}/site-packages
posix_user          include      {userbase}/include/python{py_version_short}
posix_user          scripts      {userbase}/bin
posix_user          data         {userbase}
nt                  stdlib       {installed_base}/Lib
nt                  platstdlib   {base}/Lib
nt                  purelib      {base}/Lib/site-packages
nt                  platlib      {base}/Lib/site-packages
nt                  include      {installed_base}/Include
nt                  platinclude  {installed_base}/Include
nt                  scripts      {base}/Scripts
nt                  data         {base}
nt_user             stdlib       {userbase}/Python{py_version_nodot}
nt_user             platstdlib   {userbase}/Python{py_version_nodot}
nt_user             purelib      {userbase}/Python{py_version_nodot}/site-packages
nt_user             platlib      {userbase}/Python{py_version_nodot}/site-packages
nt_user             include      {userbase}/Python{py_version_nodot}/Include
nt_user             scripts      {userbase}/Python{py_version_nodot}/Scripts
nt_user             data         {userbase}
osx_framework_user  stdlib       {userbase}/lib/python
osx_framework_user  platstdlib   {userbase}/lib/python
osx_framework_user  purelib      {userbase}/lib/python/site-packages
osx_framework_user  platlib      {userbase}/lib/python/site-packages
osx_framework_user  include      {userbase}/include
osx_framework_user  scripts      {userbase}/bin
osx_framework_user  data         {userbase}
"""

_INSTALL_SCHEMES = {}
for _row in _SCHEME_TABLE.split('\n'):
    if _row:
        _scheme, _name, _template = _row.split()
        _INSTALL_SCHEMES.setdefault(_scheme, {})[_name] = _template
del _row, _scheme, _name, _template

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
               'scripts', 'data')

_CONFIG_VARS = None


def _user_base():
    configured = os.environ.get("PYTHONUSERBASE")
    if configured:
        return configured
    return os.path.expanduser("~/.local")


def _machine():
    try:
        return os.uname().machine
    except AttributeError:
        return 'x86_64'


def _collect():
    import struct
    version = '%d.%d.%d' % sys.version_info[:3]
    short = '%d.%d' % sys.version_info[:2]
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    abiflags = getattr(sys, 'abiflags', '')
    executable = sys.executable or ''
    libdest = os.path.join(prefix, 'lib', 'python' + short)
    config = {
        'prefix': prefix, 'exec_prefix': exec_prefix,
        'base': prefix, 'platbase': exec_prefix,
        'installed_base': prefix, 'installed_platbase': exec_prefix,
        'projectbase': os.path.dirname(os.path.abspath(executable)) if executable else os.getcwd(),
        'userbase': _user_base(),
        'py_version': version, 'py_version_short': short,
        'py_version_nodot': short.replace('.', ''), 'VERSION': short,
        'abiflags': abiflags,
        'EXT_SUFFIX': '.so', 'SO': '.so', 'SHLIB_SUFFIX': '.so',
        'SOABI': None,
        'MULTIARCH': _machine() + '-linux-gnu',
        'MACHDEP': sys.platform,
        'HAVE_FORK': 0, 'WITH_THREAD': 1,
        'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0,
        'SIZEOF_VOID_P': struct.calcsize('P'),
        'SIZEOF_LONG': struct.calcsize('l'),
        'SIZEOF_INT': struct.calcsize('i'),
        'SIZEOF_SIZE_T': struct.calcsize('N'),
        'SIZEOF_DOUBLE': struct.calcsize('d'),
        'LIBDEST': libdest, 'BINLIBDEST': libdest,
        'BINDIR': os.path.join(exec_prefix, 'bin'),
        'LIBDIR': os.path.join(exec_prefix, 'lib'),
        'INCLUDEPY': os.path.join(prefix, 'include', 'python' + short + abiflags),
    }
    config['srcdir'] = config['projectbase']
    return config


def get_config_vars(*args):
    """With no arguments, the dict of all configuration variables; with
    names, the list of their values (None for unknown names)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _collect()
    if not args:
        return _CONFIG_VARS
    return [_CONFIG_VARS.get(name) for name in args]


def get_config_var(name):
    """The value of one configuration variable, or None."""
    if name == 'SO':
        import warnings
        warnings.warn('SO is deprecated, use EXT_SUFFIX', DeprecationWarning, 2)
    return get_config_vars().get(name)


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The names of the paths every scheme defines."""
    return _PATH_NAMES


def _default_scheme():
    return 'nt' if os.name == 'nt' else 'posix_prefix'


def _fill(template, values):
    # Replace each {name} in template by values[name] or, when one of the
    # names is missing there, every name by the environment variable; a
    # name missing from both is AttributeError.
    try:
        return _substitute(template, values)
    except KeyError:
        pass
    try:
        return _substitute(template, os.environ)
    except KeyError as missing:
        raise AttributeError('{%r}' % missing.args[0])


def _substitute(template, values):
    pieces = template.split('{')
    out = [pieces[0]]
    for piece in pieces[1:]:
        name, brace, rest = piece.partition('}')
        if not brace:
            out.append('{' + piece)
            continue
        out.append(str(values[name]) + rest)
    return ''.join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The paths of an installation scheme (the default one for this
    platform when scheme is None), as a dict by path name.  With expand,
    the {name} placeholders are filled from vars, then the configuration
    variables, then the environment."""
    if scheme is None:
        scheme = _default_scheme()
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return templates
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    paths = {}
    for name, template in templates.items():
        if os.name in ('posix', 'nt'):
            template = os.path.expanduser(template)
        paths[name] = os.path.normpath(_fill(template, values))
    return paths


def get_path(name, scheme=None, vars=None, expand=True):
    """One path of get_paths(scheme, vars, expand)."""
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    """The major.minor version, as '3.6'."""
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """The platform name build tools use: 'linux-x86_64' here (or
    $_PYTHON_HOST_PLATFORM when set)."""
    override = os.environ.get("_PYTHON_HOST_PLATFORM")
    if override:
        return override
    try:
        info = os.uname()
    except AttributeError:
        return sys.platform
    system = info.sysname.lower().replace('/', '')
    machine = info.machine.replace(' ', '_').replace('/', '-')
    if system == 'linux':
        return '%s-%s' % (system, machine)
    return '%s-%s-%s' % (system, info.release, machine)


def is_python_build(check_home=False):
    """False: this interpreter does not run from a CPython source tree."""
    return False


def get_makefile_filename():
    """Where CPython keeps its Makefile; gpython-ssl has none, so the file
    does not exist."""
    return os.path.join(get_config_var('LIBDEST'),
                        'config-%s%s' % (get_python_version(),
                                         get_config_var('abiflags')),
                        'Makefile')


def get_config_h_filename():
    """Where CPython keeps pyconfig.h; gpython-ssl has none, so the file
    does not exist."""
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def _macro_name(word):
    # pyconfig.h's names: an upper-case letter, then letters, digits, _.
    return (len(word) > 1 and 'A' <= word[0] <= 'Z'
            and word[1:].replace('_', 'a').isalnum()
            and all(c < '\x80' for c in word))


def parse_config_h(fp, vars=None):
    """Read the "#define NAME VALUE" and "/* #undef NAME */" lines of a
    pyconfig.h-style file into vars (a new dict when None): a defined name
    gets its value (an int when it reads as one, else the text), an
    undefined one 0.  Other lines are skipped."""
    table = {} if vars is None else vars
    for line in fp:
        words = line.split()
        if len(words) < 3 or not _macro_name(words[1 if words[0] == '#define' else 2]):
            continue
        if words[0] == '#define':
            text = line.split(None, 2)[2].strip()
            try:
                table[words[1]] = int(text)
            except ValueError:
                table[words[1]] = text
        elif len(words) == 4 and words[:2] == ['/*', '#undef'] and words[3] == '*/':
            table[words[2]] = 0
    return table


def _main():
    print('Platform: "%s"' % get_platform())
    print('Python version: "%s"' % get_python_version())
    print('Current installation scheme: "%s"' % _default_scheme())
    for title, table in (('Paths', get_paths()),
                         ('Variables', get_config_vars())):
        print()
        print('%s: ' % title)
        for key in sorted(table):
            print('\t%s = "%s"' % (key, table[key]))


if __name__ == '__main__':
    _main()
