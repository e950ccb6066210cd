"""distutils.sysconfig: where an installation keeps its library, headers
and configuration, in the shape older packaging code asks for it
(get_python_lib, get_python_inc, get_config_var ...).

The figures are the sysconfig module's; this module only arranges them
as distutils did.  gpython-ssl builds no C extensions, so the Makefile
and pyconfig.h named here do not exist, and customize_compiler only
passes the configuration's and the environment's settings on."""

import os
import re
import sys

import sysconfig as _sysconfig
from .errors import DistutilsPlatformError

PREFIX = os.path.normpath(sys.prefix)
EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
BASE_PREFIX = os.path.normpath(sys.base_prefix)
BASE_EXEC_PREFIX = os.path.normpath(sys.base_exec_prefix)

# The directory of the interpreter's executable; a source-tree build
# (python_build) never applies here.
project_base = os.path.dirname(os.path.abspath(sys.executable))
python_build = False
build_flags = getattr(sys, 'abiflags', '')

_config_vars = None


def get_python_version():
    """The major.minor version, as "3.6"."""
    return '%d.%d' % sys.version_info[:2]


def get_python_inc(plat_specific=0, prefix=None):
    """The directory of the C headers under prefix (the base installation
    by default; its platform-specific one when plat_specific)."""
    if prefix is None:
        prefix = BASE_EXEC_PREFIX if plat_specific else BASE_PREFIX
    if os.name != 'posix':
        raise DistutilsPlatformError(
            "I don't know where Python installs its C header files "
            "on platform '%s'" % os.name)
    return os.path.join(prefix, 'include',
                        'python' + get_python_version() + build_flags)


def get_python_lib(plat_specific=0, standard_lib=0, prefix=None):
    """The directory of third-party packages (site-packages) under prefix,
    or of the standard library itself when standard_lib; prefix defaults
    to the running installation's (its base one for the standard
    library)."""
    if prefix is None:
        if standard_lib:
            prefix = BASE_EXEC_PREFIX if plat_specific else BASE_PREFIX
        else:
            prefix = EXEC_PREFIX if plat_specific else PREFIX
    if os.name != 'posix':
        raise DistutilsPlatformError(
            "I don't know where Python installs its library "
            "on platform '%s'" % os.name)
    library = os.path.join(prefix, 'lib', 'python' + get_python_version())
    if standard_lib:
        return library
    return os.path.join(library, 'site-packages')


def get_makefile_filename():
    """Where CPython keeps the Makefile it was built with."""
    return _sysconfig.get_makefile_filename()


def get_config_h_filename():
    """Where CPython keeps its pyconfig.h."""
    return _sysconfig.get_config_h_filename()


def parse_config_h(fp, g=None):
    """The "#define NAME VALUE" and "/* #undef NAME */" lines of fp, in g
    (a new dict when None)."""
    return _sysconfig.parse_config_h(fp, g)


def parse_makefile(fn, g=None):
    """The variable assignments of the Makefile fn, references expanded,
    in g (a new dict when None)."""
    return _sysconfig._parse_makefile(fn, g)


_reference = re.compile(r'\$\(([A-Za-z][A-Za-z0-9_]*)\)|\$\{([A-Za-z][A-Za-z0-9_]*)\}')


def expand_makefile_vars(s, vars):
    """s with each $(NAME) or ${NAME} replaced by vars[NAME], repeatedly,
    until none is left; a name vars lacks is a TypeError."""
    while True:
        m = _reference.search(s)
        if m is None:
            return s
        name = m.group(1) or m.group(2)
        s = s[:m.start()] + vars.get(name) + s[m.end():]


def get_config_vars(*args):
    """The configuration variables (a dict, made once), or with names the
    list of their values (None for an unknown one)."""
    global _config_vars
    if _config_vars is None:
        _config_vars = dict(_sysconfig.get_config_vars())
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One configuration variable, None when unknown; "SO" is the old
    name of EXT_SUFFIX."""
    if name == 'SO':
        import warnings
        warnings.warn('SO is deprecated, use EXT_SUFFIX',
                      DeprecationWarning, 2)
    return get_config_vars().get(name)


def customize_compiler(compiler):
    """Give a unix compiler object the commands and flags of this
    installation's configuration, overridden by CC, CXX, LDSHARED, CPP,
    LDFLAGS, CFLAGS, CPPFLAGS, AR and ARFLAGS from the environment."""
    if getattr(compiler, 'compiler_type', None) != 'unix':
        return
    names = ('CC', 'CXX', 'CFLAGS', 'CCSHARED', 'LDSHARED', 'SHLIB_SUFFIX',
             'AR', 'ARFLAGS')
    cc, cxx, cflags, ccshared, ldshared, shlib_suffix, ar, ar_flags = (
        get_config_vars(*names))
    cc, cxx, cflags = cc or 'cc', cxx or 'c++', cflags or ''
    ccshared, ldshared = ccshared or '', ldshared or cc + ' -shared'
    ar, ar_flags = ar or 'ar', ar_flags or 'rc'
    env = os.environ
    if 'CC' in env:
        new_cc = env['CC']
        if 'LDSHARED' not in env and ldshared.startswith(cc):
            # The shared-library linker named the old compiler: the new
            # one takes its place.
            ldshared = new_cc + ldshared[len(cc):]
        cc = new_cc
    cxx = env.get('CXX', cxx)
    ldshared = env.get('LDSHARED', ldshared)
    cpp = env.get('CPP', cc + ' -E')
    if 'LDFLAGS' in env:
        ldshared += ' ' + env['LDFLAGS']
    if 'CFLAGS' in env:
        cflags += ' ' + env['CFLAGS']
        ldshared += ' ' + env['CFLAGS']
    if 'CPPFLAGS' in env:
        cpp += ' ' + env['CPPFLAGS']
        cflags += ' ' + env['CPPFLAGS']
        ldshared += ' ' + env['CPPFLAGS']
    ar = env.get('AR', ar)
    archiver = ar + ' ' + env.get('ARFLAGS', ar_flags)
    compiler.set_executables(
        preprocessor=cpp,
        compiler=cc + ' ' + cflags,
        compiler_so=cc + ' ' + cflags + ' ' + ccshared,
        compiler_cxx=cxx,
        linker_so=ldshared,
        linker_exe=cc,
        archiver=archiver)
    compiler.shared_lib_extension = shlib_suffix
