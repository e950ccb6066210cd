# ssl.py: the Python layer of gpython-ssl's ssl module, over the native _ssl.
#
# It gives the names CPython 3.6's ssl module exports and uses the
# project's standard modules where CPython's does: enum for the constant
# classes (Options, VerifyMode, ...), collections.namedtuple for
# DefaultVerifyPaths and _ASN1Object, base64 for PEM, ipaddress in
# match_hostname and time.strptime/calendar.timegm in cert_time_to_seconds
# (those two imported where they are used: each costs more to import than
# the rest of ssl). Classes that need native state (SSLContext, SSLSocket,
# SSLObject, MemoryBIO, the exceptions) are Go types from _ssl; the policy
# (create_default_context, match_hostname, ...) is here, as in CPython.
"""TLS for gpython, with the API of CPython 3.6's ssl module.

SSLContext holds settings and certificates; its wrap_socket() gives an
SSLSocket (a socket.socket whose traffic is encrypted) and its wrap_bio()
an SSLObject that reads and writes TLS records through MemoryBIOs.
create_default_context() makes a context with safe settings, and
match_hostname(), cert_time_to_seconds(), DER_cert_to_PEM_cert() and
PEM_cert_to_DER_cert() help with certificates. Errors are SSLError and
its subclasses, and CertificateError.
"""

import os
import sys
import base64  # DER <-> PEM
from collections import namedtuple as _namedtuple
from enum import Enum as _Enum, IntEnum as _IntEnum, IntFlag as _IntFlag
from enum import _convert_members
import _ssl
from _ssl import *

# Names import * skips (leading underscore).
_SSLContext = _ssl._SSLContext
_OPENSSL_API_VERSION = _ssl._OPENSSL_API_VERSION
# 3.6's ssl takes these from socket, and scripts reach them as ssl.X.
from socket import (AF_INET, SOCK_STREAM, SOL_SOCKET, SO_TYPE, create_connection,
                    socket)
_txt2obj = getattr(_ssl, 'txt2obj', None)
_nid2obj = getattr(_ssl, 'nid2obj', None)


# ---------------------------------------------------------------------------
# The constant classes. _ssl gives plain ints; each family becomes an enum
# class of this module whose members replace the ints here, as in 3.6:
# members ordered by value (then name), the first name of a value canonical.

def _family(names, prefix, but=()):
    """The (name, value) pairs of _ssl whose names start with prefix (but
    for those in but). names is every name of _ssl, sorted and joined by
    newlines with one at each end, so a family is one run of lines found
    by two searches: no Python step, and no filter call, per name."""
    first = names.find('\n' + prefix)
    if first < 0:
        return []
    last = names.rfind('\n' + prefix)
    run = names[first + 1:names.index('\n', last + 1)].split('\n')
    source = vars(_ssl)
    return [(name, source[name]) for name in run if name not in but]


_names = '\n%s\n' % '\n'.join(sorted(vars(_ssl)))
_convert_members(_IntEnum, '_SSLMethod', __name__,
                 _family(_names, 'PROTOCOL_', ('PROTOCOL_SSLv23',)))
_convert_members(_IntFlag, 'Options', __name__, _family(_names, 'OP_'))
_convert_members(_IntEnum, 'AlertDescription', __name__,
                 _family(_names, 'ALERT_DESCRIPTION_'))
_convert_members(_IntEnum, 'SSLErrorNumber', __name__,
                 _family(_names, 'SSL_ERROR_'))
_convert_members(_IntFlag, 'VerifyFlags', __name__, _family(_names, 'VERIFY_'))
_convert_members(_IntEnum, 'VerifyMode', __name__, _family(_names, 'CERT_'))
del _names, _family, _convert_members

# 3.6 keeps the old name as a class attribute, not as a member.
PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_TLS


# CPython 3.7's TLSVersion: the values minimum_version and maximum_version
# take, in this order, the two bounds being OpenSSL's "no limit" values.
TLSVersion = _IntEnum('TLSVersion', [
    (version, getattr(_ssl, 'PROTO_' + version))
    for version in ('MINIMUM_SUPPORTED', 'SSLv3', 'TLSv1', 'TLSv1_1',
                    'TLSv1_2', 'TLSv1_3', 'MAXIMUM_SUPPORTED')],
    module=__name__)


_ASN1Fields = _namedtuple('_ASN1Object', 'nid shortname longname oid')


class _ASN1Object(_ASN1Fields):
    """An OpenSSL object identifier: nid, shortname, longname and oid."""
    __slots__ = ()

    def __new__(cls, oid):
        # Built from a dotted OID only; fromname also takes names.
        return _ASN1Fields.__new__(cls, *_txt2obj(oid, name=False))

    @classmethod
    def fromnid(cls, nid):
        """The object OpenSSL numbers nid."""
        return _ASN1Fields.__new__(cls, *_nid2obj(nid))

    @classmethod
    def fromname(cls, name):
        """The object with this short name, long name or dotted OID."""
        return _ASN1Fields.__new__(cls, *_txt2obj(name, name=True))


class Purpose(_ASN1Object, _Enum):
    """What a certificate is checked for: its X509v3 extended key usage
    (server or client authentication)."""
    SERVER_AUTH = '1.3.6.1.5.5.7.3.1'
    CLIENT_AUTH = '1.3.6.1.5.5.7.3.2'


_SERVER_AUTH = Purpose.SERVER_AUTH

DefaultVerifyPaths = _namedtuple(
    'DefaultVerifyPaths', 'cafile capath openssl_cafile_env openssl_cafile '
    'openssl_capath_env openssl_capath')

# The properties of SSLContext instances (options, verify_mode, ...) return
# members of these classes: _ssl keeps them for this interpreter and gives
# its SSLContext, a subclass of _SSLContext.
SSLContext = _ssl._register_classes(
    protocol=_SSLMethod, options=Options, verify_mode=VerifyMode,
    verify_flags=VerifyFlags, tls_version=TLSVersion, asn1=_ASN1Object)

try:
    _SSLv2_IF_EXISTS = PROTOCOL_SSLv2
except NameError:
    _SSLv2_IF_EXISTS = None

socket_error = OSError  # 3.6 exports this alias

if getattr(_ssl, 'HAS_TLS_UNIQUE', True):
    CHANNEL_BINDING_TYPES = ['tls-unique']
else:
    CHANNEL_BINDING_TYPES = []

# The cipher strings. Every context starts with CPython 3.10+'s secure
# list (_ssl._DEFAULT_CIPHERS: security level 2, forward-secret ECDHE/DHE
# suites only, no SHA-1, no DSS), which is within what 3.6 documents (high
# encryption, no RC4, no unauthenticated suites); the server side gets the
# same list, as in 3.10+.
_DEFAULT_CIPHERS = _ssl._DEFAULT_CIPHERS
_RESTRICTED_SERVER_CIPHERS = _DEFAULT_CIPHERS

CertificateError = _ssl.CertificateError


_PROTOCOL_NAMES = dict((member.value, name) for name, member
                       in _SSLMethod.__members__.items())


def get_protocol_name(protocol_code):
    return _PROTOCOL_NAMES.get(protocol_code, '<unknown>')


# ---------------------------------------------------------------------------
# Hostname matching (RFC 6125, section 6.4.3), as 3.6 does it, without re.

def _lower_ascii_eq(a, b):
    return a.lower() == b.lower()


def _dnsname_match(dn, hostname):
    """Match one DNS name of a certificate (dn) against hostname.

    At most one wildcard, only in the left-most label; '*' alone matches
    one non-empty label, 'f*' or '*x' part of one; a wildcard next to an
    IDN A-label ('xn--') is taken literally. Case-insensitive.
    """
    if not dn:
        return False

    pieces = dn.split('.')
    leftmost = pieces[0]
    remainder = pieces[1:]

    wildcards = leftmost.count('*')
    if wildcards > 1:
        # Two or more '*' in one label are an error, not a mismatch.
        raise CertificateError(
            "too many wildcards in certificate DNS name: " + repr(dn))

    if not wildcards:
        return dn.lower() == hostname.lower()

    # The left-most label of hostname is what the wildcard label must
    # match: it ends at the first dot, since no pattern matches a dot.
    if remainder:
        dot = hostname.find('.')
        if dot < 0:
            return False
        label = hostname[:dot]
        rest = hostname[dot + 1:]
        if not _lower_ascii_eq(rest, '.'.join(remainder)):
            return False
    else:
        if hostname.find('.') >= 0:
            return False
        label = hostname

    if leftmost == '*':
        # A lone '*' matches a non-empty dotless label.
        return len(label) > 0
    if leftmost.startswith('xn--') or hostname.startswith('xn--'):
        # RFC 6125, 6.4.3, item 3: no wildcard within an A-label; the '*'
        # is then an ordinary character.
        return _lower_ascii_eq(label, leftmost)
    # 'www*', '*x', 'a*b': the '*' matches any dotless run, maybe empty.
    star = leftmost.find('*')
    prefix = leftmost[:star]
    suffix = leftmost[star + 1:]
    if len(label) < len(prefix) + len(suffix):
        return False
    if not _lower_ascii_eq(label[:len(prefix)], prefix):
        return False
    return _lower_ascii_eq(label[len(label) - len(suffix):], suffix)


def _ipaddress_match(cert_ipaddress, host_ip):
    """Whether an 'IP Address' entry of a certificate is host_ip (an
    ipaddress address object). Addresses are compared as addresses, never
    as patterns; the trailing newline OpenSSL may leave on the entry is
    dropped first."""
    import ipaddress
    return ipaddress.ip_address(cert_ipaddress.rstrip()) == host_ip


def _report_mismatch(hostname, names):
    if len(names) == 0:
        raise CertificateError("no appropriate commonName or "
                               "subjectAltName fields were found")
    if len(names) == 1:
        raise CertificateError("hostname " + repr(hostname) +
                               " doesn't match " + repr(names[0]))
    raise CertificateError("hostname " + repr(hostname) +
                           " doesn't match either of " +
                           ", ".join([repr(n) for n in names]))


def match_hostname(cert, hostname):
    """Check that cert, a dict as getpeercert() returns it, is valid for
    hostname; raise CertificateError if it is not, return None if it is.

    The rules are RFC 6125's (section 6.4.3) as Python 3.6 applies them:
    DNS names in subjectAltName, else the commonName of the subject; at
    most one wildcard, in the left-most label only; IP addresses only
    against 'IP Address' entries.
    """
    if not cert:
        raise ValueError("empty or no certificate, match_hostname needs a "
                         "SSL socket or SSL context with either "
                         "CERT_OPTIONAL or CERT_REQUIRED")
    # ipaddress is imported here, not with the module: it is a large
    # module that a script making TLS connections never needs otherwise.
    import ipaddress
    try:
        wanted_ip = ipaddress.ip_address(hostname)
    except ValueError:
        # A DNS name, the usual case.
        wanted_ip = None
    candidates = []
    for kind, value in cert.get('subjectAltName', ()):
        if kind == 'DNS':
            if wanted_ip is None and _dnsname_match(value, hostname):
                return
        elif kind == 'IP Address':
            if wanted_ip is not None and _ipaddress_match(value, wanted_ip):
                return
        else:
            continue
        candidates.append(value)
    if len(candidates) > 0:
        _report_mismatch(hostname, candidates)
    # Without DNS or IP entries the subject's commonName stands in.
    for rdn in cert.get('subject', ()):
        for kind, value in rdn:
            if kind != 'commonName':
                continue
            if _dnsname_match(value, hostname):
                return
            candidates.append(value)
    _report_mismatch(hostname, candidates)


# ---------------------------------------------------------------------------
# Verify paths, purposes, contexts.

def get_default_verify_paths():
    """The CA file and directory OpenSSL would use by default, as a
    DefaultVerifyPaths named tuple. cafile and capath are None when they
    do not exist; the SSL_CERT_FILE / SSL_CERT_DIR environment variables
    take precedence over the built-in paths, as in OpenSSL."""
    file_env, file_default, dir_env, dir_default = _ssl.get_default_verify_paths()
    cafile = os.environ.get(file_env, file_default)
    capath = os.environ.get(dir_env, dir_default)
    if not os.path.isfile(cafile):
        cafile = None
    if not os.path.isdir(capath):
        capath = None
    return DefaultVerifyPaths(cafile, capath, file_env, file_default,
                              dir_env, dir_default)


def _is_purpose(purpose):
    # 3.6 checks isinstance(purpose, _ASN1Object); Purpose members are
    # _ASN1Objects.
    return isinstance(purpose, _ASN1Object)




def _load_default_certs(context, purpose):
    # 3.6's SSLContext.load_default_certs checks the purpose's type; the
    # native method does not, so the check is made here.
    if not _is_purpose(purpose):
        raise TypeError(purpose)
    context.load_default_certs(purpose)


def _base_context(protocol):
    # What every context made by this module starts from: no SSL 2 or 3,
    # no compression.
    context = SSLContext(protocol)
    context.options |= OP_NO_SSLv2 | OP_NO_SSLv3
    context.options |= getattr(_ssl, "OP_NO_COMPRESSION", 0)
    return context


def _load_trust(context, purpose, cafile, capath, cadata):
    # Given CAs win; otherwise a verifying context gets the system's.
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        _load_default_certs(context, purpose)


def _keylog_from_environment(context):
    # 3.8+: SSLKEYLOGFILE names a key log file for the contexts this module
    # makes (not with python -E).
    keylog = os.environ.get('SSLKEYLOGFILE')
    if keylog and not sys.flags.ignore_environment:
        context.keylog_filename = keylog


def create_default_context(purpose=_SERVER_AUTH, *, cafile=None,
                           capath=None, cadata=None):
    """A new SSLContext with the settings this module recommends for
    purpose: Purpose.SERVER_AUTH (the default) for a client that checks
    servers, Purpose.CLIENT_AUTH for a server. cafile, capath and cadata
    are trusted CAs, as for load_verify_locations(); without them a client
    context trusts the system's CAs. The settings may become stricter in
    later versions."""
    if not _is_purpose(purpose):
        raise TypeError(purpose)
    # PROTOCOL_TLS as 3.6 documents; the context's own defaults are 3.10+'s
    # (TLS 1.2 at least, security level 2, _DEFAULT_CIPHERS).
    context = _base_context(PROTOCOL_TLS)
    if purpose == Purpose.SERVER_AUTH:
        context.verify_mode = CERT_REQUIRED
        context.check_hostname = True
    elif purpose == Purpose.CLIENT_AUTH:
        # A server: its cipher order, fresh (EC)DH keys per handshake, and
        # the shorter cipher list of 3.6.
        context.options |= (getattr(_ssl, "OP_CIPHER_SERVER_PREFERENCE", 0) |
                            getattr(_ssl, "OP_SINGLE_DH_USE", 0) |
                            getattr(_ssl, "OP_SINGLE_ECDH_USE", 0))
    _load_trust(context, purpose, cafile, capath, cadata)
    _keylog_from_environment(context)
    return context


def _set_verify_mode(context, cert_reqs):
    """Set context.verify_mode to cert_reqs unless it is None."""
    if cert_reqs is not None:
        context.verify_mode = cert_reqs


def _create_unverified_context(protocol=PROTOCOL_TLS, *, cert_reqs=None,
                               check_hostname=False, purpose=_SERVER_AUTH,
                               certfile=None, keyfile=None,
                               cafile=None, capath=None, cadata=None):
    """A context with 3.6's settings for library code (urllib, http.client,
    ...): like create_default_context() but verifying nothing unless
    cert_reqs asks, so that old callers keep working."""
    if not _is_purpose(purpose):
        raise TypeError(purpose)
    context = SSLContext(protocol)
    context.options |= OP_NO_SSLv2 | OP_NO_SSLv3
    # Name checking is switched off before verify_mode changes (so that a
    # PROTOCOL_TLS_CLIENT context can drop to CERT_NONE) and on only after
    # it, as 3.10+ orders these steps.
    if check_hostname:
        _set_verify_mode(context, cert_reqs)
        context.check_hostname = True
    else:
        context.check_hostname = False
        _set_verify_mode(context, cert_reqs)
    if certfile or keyfile:
        if not certfile:
            raise ValueError("certfile must be specified")
        context.load_cert_chain(certfile, keyfile)
    _load_trust(context, purpose, cafile, capath, cadata)
    _keylog_from_environment(context)
    return context


# The names 3.6 gives these factories elsewhere in its library.
_create_default_https_context = create_default_context
_create_stdlib_context = _create_unverified_context


# ---------------------------------------------------------------------------
# Sockets. SSLSocket and SSLObject are the native types of _ssl; contexts
# make them with wrap_socket() and wrap_bio().

def wrap_socket(sock, keyfile=None, certfile=None, server_side=False,
                cert_reqs=CERT_NONE, ssl_version=PROTOCOL_TLS, ca_certs=None,
                do_handshake_on_connect=True, suppress_ragged_eofs=True,
                ciphers=None):
    """Wrap sock in an SSLSocket with a context made from the arguments
    (the pre-SSLContext interface): keyfile/certfile identify this side,
    cert_reqs and ca_certs say how to check the peer."""
    if not certfile:
        if server_side:
            raise ValueError("certfile must be specified for server-side "
                             "operations")
        if keyfile:
            raise ValueError("certfile must be specified")
    context = SSLContext(ssl_version)
    context.verify_mode = cert_reqs
    # In 3.6's order, so that a call with several bad arguments fails on
    # the same one.
    for given, configure, args in (
            (ca_certs, context.load_verify_locations, (ca_certs,)),
            (certfile, context.load_cert_chain, (certfile, keyfile)),
            (ciphers, context.set_ciphers, (ciphers,))):
        if given:
            configure(*args)
    return context.wrap_socket(sock, server_side=server_side,
                               do_handshake_on_connect=do_handshake_on_connect,
                               suppress_ragged_eofs=suppress_ragged_eofs)


_DEFAULT_TIMEOUT = object()  # socket._GLOBAL_DEFAULT_TIMEOUT, imported late


def get_server_certificate(addr, ssl_version=PROTOCOL_TLS, ca_certs=None,
                           timeout=_DEFAULT_TIMEOUT):
    """The certificate of the TLS server at addr, a (host, port) pair, as a
    PEM string. With ca_certs (a CA file) the certificate must verify
    against it; without, it is fetched unverified. The host is sent as
    the server name (SNI); timeout (3.10) bounds the connection."""
    import socket
    if timeout is _DEFAULT_TIMEOUT:
        timeout = socket._GLOBAL_DEFAULT_TIMEOUT
    host, port = addr
    if ca_certs is not None:
        reqs = CERT_REQUIRED
    else:
        reqs = CERT_NONE
    context = _create_stdlib_context(ssl_version, cert_reqs=reqs,
                                     cafile=ca_certs)
    sock = socket.create_connection(addr, timeout)
    try:
        conn = context.wrap_socket(sock, server_hostname=host)
        try:
            der = conn.getpeercert(True)
        finally:
            conn.close()
    finally:
        sock.close()
    return DER_cert_to_PEM_cert(der)


# ---------------------------------------------------------------------------
# Certificate time and encoding utilities.

def cert_time_to_seconds(cert_time):
    """Seconds since the Epoch (an int) for a certificate's notBefore or
    notAfter text, "Jan  5 09:34:43 2018 GMT": English month, day (which
    may be space-padded), time and year, always GMT (RFC 5280)."""
    from time import strptime
    from calendar import timegm

    month_names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    rest_format = ' %d %H:%M:%S %Y GMT'  # the month is matched above it
    try:
        month = month_names.index(cert_time[:3].title()) + 1
    except ValueError:
        raise ValueError('time data %r does not match format "%%b%s"'
                         % (cert_time, rest_format))
    # strptime checks and parses the rest; the month comes from the list
    # above, so that no locale's month names are involved.
    parsed = strptime(cert_time[3:], rest_format)
    return timegm((parsed[0], month) + parsed[2:6])


PEM_HEADER = "-----BEGIN CERTIFICATE-----"
PEM_FOOTER = "-----END CERTIFICATE-----"


def DER_cert_to_PEM_cert(der_cert_bytes):
    """The PEM text (str) of a DER-encoded certificate (bytes)."""

    f = str(base64.standard_b64encode(der_cert_bytes), 'ASCII', 'strict')
    # textwrap.fill(f, 64) of a text without spaces: 64-character lines.
    lines = []
    i = 0
    while i < len(f):
        lines.append(f[i:i + 64])
        i += 64
    return (PEM_HEADER + '\n' +
            '\n'.join(lines) + '\n' +
            PEM_FOOTER + '\n')


def PEM_cert_to_DER_cert(pem_cert_string):
    """The DER bytes of a certificate given as PEM text."""

    if not pem_cert_string.startswith(PEM_HEADER):
        raise ValueError("Invalid PEM encoding; must start with " + PEM_HEADER)
    if not pem_cert_string.strip().endswith(PEM_FOOTER):
        raise ValueError("Invalid PEM encoding; must end with " + PEM_FOOTER)
    d = pem_cert_string.strip()[len(PEM_HEADER):-len(PEM_FOOTER)]
    return base64.decodebytes(d.encode('ASCII', 'strict'))
