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
  HAVE_GETRANDOM, HAVE_GETRANDOM_SYSCALL
                          1 (os.getrandom exists; os.urandom reads the
                          getrandom() system call, no file descriptor)
  WITH_THREAD             1
  Py_DEBUG, Py_ENABLE_SHARED
                          0
  SIZEOF_VOID_P ...       from struct.calcsize
  LIBDEST, BINLIBDEST, BINDIR, LIBDIR, INCLUDEPY, srcdir
                          derived from the prefixes, as CPython lays
                          them out (the directories need not exist)
  LDFLAGS, LDSHARED       '' and 'cc -shared' (what a C extension would
                          be linked with; none can be loaded)

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
_SCHEME_KEYS = _PATH_NAMES

# Never run from a CPython source tree.
_PYTHON_BUILD = False

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
        'HAVE_GETRANDOM': 1, 'HAVE_GETRANDOM_SYSCALL': 1,
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
        'LDFLAGS': '', 'LDSHARED': 'cc -shared',
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
    return 'posix_prefix' if os.name == 'posix' else os.name


_get_default_scheme = _default_scheme


def _expand_vars(scheme, vars):
    # The paths of scheme with their {name} placeholders filled from
    # vars, then the configuration variables, then the environment.
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    paths = {}
    for name, template in _INSTALL_SCHEMES[scheme].items():
        if os.name in ('posix', 'nt'):
            template = os.path.expanduser(template)
        paths[name] = os.path.normpath(_fill(template, values))
    return paths


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
    if not expand:
        return _INSTALL_SCHEMES[scheme]
    return _expand_vars(scheme, vars)


def get_path(name, scheme=None, vars=None, expand=True):
    """One path of get_paths(scheme, vars, expand)."""
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    """The major.minor version, as '3.6'."""
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """The platform name build tools use: 'linux-x86_64' here (or
    $_PYTHON_HOST_PLATFORM when set); 'win32', 'win-amd64' or 'win-ia64'
    on Windows (from sys.version), 'macosx-<target>-<arch>' on a Mac."""
    if os.name == 'nt':
        compiler = sys.version.lower()
        for word, name in ((' bit (amd64)', 'win-amd64'),
                           (' bit (itanium)', 'win-ia64')):
            if word in compiler:
                return name
        return sys.platform
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    override = os.environ.get("_PYTHON_HOST_PLATFORM")
    if override:
        return override
    system, _, release, _, machine = os.uname()
    system = system.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if system.startswith('linux'):
        return '%s-%s' % (system, machine)
    if system.startswith('sunos') and release[:1] >= '5':
        system = 'solaris'
        release = '%d.%s' % (int(release[0]) - 3, release[2:])
        bits = {2147483647: '32bit', 9223372036854775807: '64bit'}
        machine += '.' + bits.get(sys.maxsize, '')
    elif system.startswith('aix'):
        return '%s-%s.%s' % (system, os.uname()[3], release)
    elif system.startswith('cygwin'):
        system = 'cygwin'
        digits = release.split('.', 1)[0]
        release = ''.join(c for c in digits if c.isdigit() or c == '.')
    elif system.startswith('darwin'):
        import _osx_support
        system, release, machine = _osx_support.get_platform_osx(
            get_config_vars(), system, release, machine)
    return '%s-%s-%s' % (system, release, machine)


def is_python_build(check_home=False):
    """False: this interpreter does not run from a CPython source tree."""
    return False


def _is_python_source_dir(d):
    # A CPython checkout has Modules/Setup(.dist or .local).
    return any(os.path.isfile(os.path.join(d, 'Modules', name))
               for name in ('Setup.dist', 'Setup.local'))


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


def _parse_makefile(filename, vars=None):
    """Read the "NAME = value" lines of a Makefile into vars (a new dict
    when None), $(NAME) and ${NAME} replaced by the value of NAME (from
    the file, else the environment, else empty) and $$ by $; a value
    that reads as an integer is an int."""
    import re
    assignment = re.compile(r'([a-zA-Z][a-zA-Z0-9_]+)\s*=\s*(.*)')
    reference = re.compile(r'\$(?:\(([A-Za-z][A-Za-z0-9_]*)\)|\{([A-Za-z][A-Za-z0-9_]*)\})')
    raw = {}
    with open(filename, errors='surrogateescape') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            m = assignment.match(line)
            if m:
                # A lone "$" is kept; "$$" stands for one.
                raw[m.group(1)] = m.group(2).strip().replace('$$', '\0')
    done = {}

    def value_of(name, active):
        if name in done:
            return done[name]
        if name not in raw or name in active:
            return os.environ.get(name, '')
        active.add(name)
        text = reference.sub(
            lambda m: str(value_of(m.group(1) or m.group(2), active)), raw[name])
        active.discard(name)
        done[name] = text
        return text

    table = {} if vars is None else vars
    for name in raw:
        text = value_of(name, set()).replace('\0', '$')
        try:
            table[name] = int(text)
        except ValueError:
            table[name] = text
    return table


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
    print('Current installation scheme: "%s"' % _get_default_scheme())
    for title, table in (('Paths', get_paths()),
                         ('Variables', get_config_vars())):
        print()
        print('%s: ' % title)
        for key in sorted(table):
            print('\t%s = "%s"' % (key, table[key]))


if __name__ == '__main__':
    _main()
