"""Helpers sysconfig and distutils use for macOS builds.

On a Mac, the configuration variables recorded at build time (CFLAGS,
LDFLAGS, ...) may name SDKs and architectures the running system lacks;
these helpers keep the original values under _OSX_SUPPORT_INITIAL_<NAME>
when they change one, and work out the platform tag
('macosx-<deployment target>-<architecture>') from them.
"""

import os
import re
import sys

__all__ = [
    'compiler_fixup',
    'customize_config_vars',
    'customize_compiler',
    'get_platform_osx',
]

# The variables whose build-time values may be edited.
_UNIVERSAL_CONFIG_VARS = ('CFLAGS', 'LDFLAGS', 'CPPFLAGS', 'BASECFLAGS',
                          'BLDSHARED', 'LDSHARED', 'CC', 'CXX',
                          'PY_CFLAGS', 'PY_LDFLAGS', 'PY_CPPFLAGS',
                          'PY_CORE_CFLAGS')

# Where an edited variable's original value is kept.
_INITPRE = '_OSX_SUPPORT_INITIAL_'

# The platform tag of each set of architectures a universal build holds.
_FAT_TAGS = {
    ('i386', 'ppc'): 'fat',
    ('i386', 'x86_64'): 'intel',
    ('i386', 'ppc', 'x86_64'): 'fat3',
    ('ppc64', 'x86_64'): 'fat64',
    ('i386', 'ppc', 'ppc64', 'x86_64'): 'universal',
}

_system_version = None


def _get_system_version():
    """The macOS version from SystemVersion.plist ('' off a Mac)."""
    global _system_version
    if _system_version is None:
        _system_version = ''
        try:
            f = open('/System/Library/CoreServices/SystemVersion.plist')
        except OSError:
            pass
        else:
            with f:
                m = re.search(r'<key>ProductUserVisibleVersion</key>\s*'
                              r'<string>(.*?)</string>', f.read())
            if m is not None:
                _system_version = '.'.join(m.group(1).split('.')[:2])
    return _system_version


def _save_modified_value(_config_vars, cv, newvalue):
    """Set _config_vars[cv] to newvalue, keeping the first value it had."""
    oldvalue = _config_vars.get(cv, '')
    if oldvalue != newvalue and (_INITPRE + cv) not in _config_vars:
        _config_vars[_INITPRE + cv] = oldvalue
    _config_vars[cv] = newvalue


def _remove_original_values(_config_vars):
    """Forget the kept original values (tests start afresh with it)."""
    for key in list(_config_vars):
        if key.startswith(_INITPRE):
            del _config_vars[key]


def compiler_fixup(compiler_so, cc_args):
    """The compiler command compiler_so (a list), without the -arch and
    -isysroot options that cc_args overrides."""
    words = list(compiler_so)
    if '-arch' in cc_args:
        while '-arch' in words:
            i = words.index('-arch')
            del words[i:i + 2]
    if '-isysroot' in cc_args:
        while '-isysroot' in words:
            i = words.index('-isysroot')
            del words[i:i + 2]
    return words


def customize_config_vars(_config_vars):
    """Adjust the configuration variables to the running system; off a
    Mac, or with nothing to change, they are returned as they are."""
    return _config_vars


def customize_compiler(_config_vars):
    """Adjust the compiler variables to the running system (see
    customize_config_vars)."""
    return _config_vars


def get_platform_osx(_config_vars, osname, release, machine):
    """(osname, release, machine) for sysconfig.get_platform() on a Mac:
    ('macosx', deployment target, architecture tag), the tag naming the
    set of architectures of a universal build."""
    macver = _config_vars.get('MACOSX_DEPLOYMENT_TARGET', '')
    macrelease = _get_system_version() or macver
    macver = macver or macrelease
    if not macver:
        return (osname, release, machine)
    release = macver
    osname = 'macosx'
    cflags = _config_vars.get(_INITPRE + 'CFLAGS',
                              _config_vars.get('CFLAGS', ''))
    try:
        version = tuple(int(part) for part in macrelease.split('.')[:2])
    except ValueError:
        version = (10, 0)
    if not macrelease:
        version = (10, 0)
    if version >= (10, 4) and '-arch' in cflags.strip():
        archs = tuple(sorted(set(re.findall(r'-arch\s+(\S+)', cflags))))
        if len(archs) == 1:
            machine = archs[0]
        elif archs in _FAT_TAGS:
            machine = _FAT_TAGS[archs]
        else:
            raise ValueError("Don't know machine value for archs=%r" % (archs,))
    elif machine == 'i386':
        if sys.maxsize >= 2 ** 32:
            machine = 'x86_64'
    elif machine in ('PowerPC', 'Power_Macintosh'):
        machine = 'ppc64' if sys.maxsize >= 2 ** 32 else 'ppc'
    return (osname, release, machine)
