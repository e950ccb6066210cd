"""Information about the underlying platform (CPython 3.6's platform, for
Linux): uname() and its parts, platform(), the Python build, the C
library and the distribution.
"""

import collections
import os
import sys

__version__ = '1.0.8'

uname_result = collections.namedtuple("uname_result",
                                      "system node release version machine processor")

_uname_cache = None

# the null device's name (os.devnull), kept under 3.6's name
DEV_NULL = os.devnull


def popen(cmd, mode='r', bufsize=-1):
    """os.popen(cmd, mode, bufsize), deprecated since 3.3."""
    import warnings
    warnings.warn('use os.popen instead', DeprecationWarning, stacklevel=2)
    return os.popen(cmd, mode, bufsize)


def _run(args):
    """The first line a command prints, '' when it cannot run."""
    try:
        import subprocess
        out = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    except Exception:
        return ''
    text = out.decode('utf-8', 'replace').strip()
    return text.split('\n')[0] if text else ''


def uname():
    """uname_result(system, node, release, version, machine, processor) of this host ('' where unknown)."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    system, node, release, version, machine = os.uname()
    processor = _run(['uname', '-p'])
    if processor == 'unknown':
        processor = ''
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine, processor)
    return _uname_cache


def system():
    """The operating system's name ('Linux')."""
    return uname().system


def node():
    """The host's network name."""
    return uname().node


def release():
    """The operating system's release."""
    return uname().release


def version():
    """The operating system's version."""
    return uname().version


def machine():
    """The machine type ('x86_64')."""
    return uname().machine


def processor():
    """The processor name ('' when unknown)."""
    return uname().processor


def _sys_version():
    """(implementation, version, branch, revision, buildno, builddate, compiler) from sys.version."""
    text = sys.version
    number = text.split(' ', 1)[0]
    buildno = builddate = compiler = ''
    open_at = text.find('(')
    close_at = text.find(')', open_at + 1)
    if open_at >= 0 and close_at >= 0:
        inside = text[open_at + 1:close_at]
        head, sep, tail = inside.partition(',')
        buildno = head.strip()
        builddate = ' '.join(tail.replace(',', ' ').split())
    bracket = text.find('[', close_at + 1 if close_at >= 0 else 0)
    if bracket >= 0:
        end = text.find(']', bracket)
        compiler = text[bracket + 1:end if end >= 0 else len(text)]
    name = getattr(sys, 'implementation', None)
    name = name.name if name is not None else 'cpython'
    implementation = {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
                      'jython': 'Jython'}.get(name, name)
    branch, revision = '', ''
    if hasattr(sys, '_git'):
        _, branch, revision = sys._git
    elif hasattr(sys, '_mercurial'):
        _, branch, revision = sys._mercurial
    parts = number.split('.')
    if len(parts) == 2:
        parts.append('0')
        number = '.'.join(parts)
    return implementation, number, branch, revision, buildno, builddate, compiler


def python_implementation():
    """'CPython' and the like."""
    return _sys_version()[0]


def python_version():
    """'major.minor.patchlevel'."""
    return _sys_version()[1]


def python_version_tuple():
    """(major, minor, patchlevel) as strs."""
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    """The source branch of the build ('' when unknown)."""
    return _sys_version()[2]


def python_revision():
    """The source revision of the build ('' when unknown)."""
    return _sys_version()[3]


def python_build():
    """(buildno, builddate) of the interpreter."""
    return _sys_version()[4:6]


def python_compiler():
    """What compiled the interpreter."""
    return _sys_version()[6]


def _scan_version(data, at):
    """The run of digits and dots at data[at]."""
    end = at
    while end < len(data) and data[end:end + 1] in b'0123456789.' and data[end:end + 1]:
        end += 1
    return data[at:end].decode('latin-1')


# How a word inside a version number ranks against the others (and
# against a number, which ranks 100); a word not named here ranks 0.
_STAGE_RANK = {'dev': 10, 'alpha': 20, 'a': 20, 'beta': 30, 'b': 30,
               'c': 40, 'RC': 50, 'rc': 50, 'pl': 200, 'p': 200}


def _comparable_version(version):
    """A key ordering version strings as their numbers and stage words
    run: '1.2.10' after '1.2.3', '1.2dev' after '1.2spam'; '.', '_', '+'
    and '-' only separate."""
    key = []
    piece = ''
    for ch in version + '.':
        if ch in '._+-' or (piece and piece[-1].isdigit() != ch.isdigit()):
            if piece:
                if piece.isdigit():
                    key += [100, int(piece)]
                else:
                    key += [_STAGE_RANK.get(piece, 0), piece]
            piece = '' if ch in '._+-' else ch
        else:
            piece += ch
    return key


def libc_ver(executable=sys.executable, lib='', version='', chunksize=16384):
    """(lib, version) of the C library executable was linked with, found in its symbols; the arguments when nothing is found."""
    if hasattr(os.path, 'realpath'):
        executable = os.path.realpath(executable)
    with open(executable, 'rb') as f:
        data = f.read()
    pos = 0
    while True:
        g = data.find(b'GLIBC_', pos)
        s = data.find(b'libc.so', pos)
        if g < 0 and s < 0:
            break
        if g >= 0 and (s < 0 or g < s):
            found = _scan_version(data, g + 6)
            pos = g + 6 + len(found)
            if not found or not found[0].isdigit():
                continue
            if lib != 'glibc':
                lib = 'glibc'
                version = found
            elif _comparable_version(found) > _comparable_version(version):
                version = found
        else:
            pos = s + 7
            soversion = ''
            if data[pos:pos + 1] == b'.':
                soversion = _scan_version(data, pos + 1)
                pos += 1 + len(soversion)
            if lib != 'glibc':
                lib = 'libc'
                if soversion and (_comparable_version(soversion) >
                                  _comparable_version(version)):
                    version = soversion
    return lib, version


_supported_dists = (
    'SuSE', 'debian', 'fedora', 'redhat', 'centos',
    'mandrake', 'mandriva', 'rocks', 'slackware', 'yellowdog', 'gentoo',
    'UnitedLinux', 'turbolinux', 'arch', 'mageia')


def _parse_release_file(firstline):
    """(distname, version, id) from a release file's first line."""
    words = firstline.strip().split()
    if ' release ' in firstline:
        name, _, rest = firstline.partition(' release ')
        number = ''
        for c in rest:
            if c in '0123456789.':
                number += c
            else:
                break
        if number:
            ident = ''
            if '(' in rest and ')' in rest:
                ident = rest[rest.index('(') + 1:rest.rindex(')')]
            return name.strip(), number, ident
    version = ident = ''
    if words:
        version = words[0]
        if len(words) > 1:
            ident = words[1]
    return '', version, ident


def _dist_try_harder(distname, version, id):
    return distname, version, id


def _warn_dist_deprecated():
    # dist() and linux_distribution() warn on behalf of their caller
    import warnings
    warnings.warn("dist() and linux_distribution() functions are deprecated "
                  "in Python 3.5", PendingDeprecationWarning, stacklevel=3)


def linux_distribution(distname='', version='', id='',
                       supported_dists=_supported_dists,
                       full_distribution_name=1):
    """(distname, version, id) from /etc's release file (deprecated)."""
    _warn_dist_deprecated()
    return _linux_distribution(distname, version, id, supported_dists,
                               full_distribution_name)


def _linux_distribution(distname, version, id, supported_dists,
                        full_distribution_name):
    """linux_distribution() without its warning."""
    try:
        etc = sorted(os.listdir('/etc'))
    except OSError:
        return distname, version, id
    for file in etc:
        for kind in ('-release', '_release', '-version', '_version'):
            if file.endswith(kind):
                name = file[:-len(kind)]
                if name and all(c.isalnum() or c == '_' for c in name) and name in supported_dists:
                    break
        else:
            continue
        break
    else:
        return _dist_try_harder(distname, version, id)
    with open(os.path.join('/etc', file), 'r') as f:
        firstline = f.readline()
    found_name, found_version, found_id = _parse_release_file(firstline)
    if not (found_name and full_distribution_name):
        found_name = name
    return found_name, found_version or version, found_id or id


def dist(distname='', version='', id='', supported_dists=_supported_dists):
    """linux_distribution() with the short distribution name (deprecated)."""
    _warn_dist_deprecated()
    return _linux_distribution(distname, version, id, supported_dists, 0)


def system_alias(system, release, version):
    """(system, release, version) under the marketing names of some systems."""
    if system == 'Rhapsody':
        return 'MacOS X Server', system + release, version
    if system == 'SunOS' and release >= '5':
        parts = release.split('.')
        if parts:
            try:
                major = int(parts[0]) - 3
            except ValueError:
                pass
            else:
                parts[0] = str(major)
                release = '.'.join(parts)
        system = 'Solaris'
    elif system == 'IRIX64':
        system = 'IRIX'
        version = version + ' (64bit)' if version else '64bit'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


# what _platform() rewrites in its joined text, in this order
_PLATFORM_REWRITES = ((' ', '_'),) + tuple((ch, '-') for ch in '/\\:;"()') + (
    ('unknown', ''),)


def _platform(*args):
    """args joined by '-' in a form fit for file names."""
    text = '-'.join(x.strip() for x in args if len(x))
    for old, new in _PLATFORM_REWRITES:
        text = text.replace(old, new)
    while '--' in text:
        text = text.replace('--', '-')
    trimmed = text.rstrip('-')
    if not trimmed:
        # CPython's trimming loop indexes past the start of an empty result
        raise IndexError('string index out of range')
    return trimmed


_platform_cache = {}


def _platform_parts(terse, system, release, version, machine, processor):
    # the pieces platform() joins: on Linux the distribution (or, when
    # terse or unknown, the C library); elsewhere the uname fields
    if system == 'Linux':
        distname, distversion, distid = _linux_distribution(
            '', '', '', _supported_dists, 0)
        if distname and not terse:
            return (system, release, machine, processor, 'with', distname,
                    distversion, distid)
        libcname, libcversion = libc_ver(sys.executable)
        return (system, release, machine, processor, 'with',
                libcname + libcversion)
    if terse:
        return system, release
    return system, release, version, machine, processor


def platform(aliased=0, terse=0):
    """One human-readable string naming the platform; aliased uses system_alias(), terse keeps the minimum."""
    key = (bool(aliased), bool(terse))
    if key not in _platform_cache:
        system, node, release, version, machine, processor = uname()
        if aliased:
            system, release, version = system_alias(system, release, version)
        parts = _platform_parts(terse, system, release, version, machine,
                                '' if processor == machine else processor)
        _platform_cache[key] = _platform(*parts)
    return _platform_cache[key]


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of executable, as file(1) tells them."""
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    fileout = ''
    if executable:
        # file(1) is asked about what a symbolic link finally names
        fileout = _run(['file', '-b', os.path.realpath(executable)])
    if not fileout:
        return bits, linkage
    if 'executable' not in fileout and 'shared object' not in fileout:
        return bits, linkage
    linkage_found = _first_phrase(fileout, _FILE_LINKAGES, None)
    if linkage_found == 'PE' and 'Windows' in fileout:
        linkage_found = 'WindowsPE'
    return (_first_phrase(fileout, _FILE_BITS, bits),
            linkage_found or linkage)


# what file(1)'s description says -> architecture()'s answer; first wins
_FILE_BITS = (('32-bit', '32bit'), ('N32', 'n32bit'), ('64-bit', '64bit'))
_FILE_LINKAGES = (('ELF', 'ELF'), ('PE', 'PE'), ('COFF', 'COFF'),
                  ('MS-DOS', 'MSDOS'))


def _first_phrase(text, table, default):
    for phrase, answer in table:
        if phrase in text:
            return answer
    return default


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


if __name__ == '__main__':
    # `python -m platform [terse] [nonaliased]` prints platform()'s string;
    # the words may also be given with two leading dashes.
    _words = set(sys.argv[1:])
    print(platform(aliased=not _words & {'nonaliased', '--nonaliased'},
                   terse=bool(_words & {'terse', '--terse'})))
    sys.exit(0)
