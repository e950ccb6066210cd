"""Opening URLs: urlopen(), Request and the opener/handler machinery.

An OpenerDirector owns a set of handlers. For each request it runs the
handlers' <scheme>_request pre-processors, asks the <scheme>_open
handlers in turn until one answers, runs the <scheme>_response
post-processors, and routes error replies to http_error_<code> handlers
(falling back to http_error_default). Handlers are tried in
handler_order, lowest first.

Supported here: http, https (through http.client and ssl), ftp (through
ftplib), file, data, proxies from the environment, redirects, Basic and
Digest authentication. The deprecated URLopener and FancyURLopener
classes (one open_<scheme> method per scheme) are here too."""

import http.client
import socket
import ssl
import os
import sys
import io
import re
import time
import base64
import bisect
import string
import tempfile
import warnings
import posixpath
import contextlib

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (
    urlparse, urlsplit, urljoin, unwrap, quote, unquote, unquote_to_bytes,
    splittype, splithost, splitport, splituser, splitpasswd, splitattr,
    splitquery, splitvalue, splittag, to_bytes, urlunparse)
from urllib.response import addinfourl, addclosehook

# The project always has ssl; the flag mirrors CPython's module attribute.
_have_ssl = True

__all__ = [
    # requests and openers
    'Request', 'OpenerDirector', 'build_opener', 'install_opener',
    'urlopen', 'urlretrieve', 'urlcleanup',
    # handlers
    'BaseHandler', 'UnknownHandler', 'HTTPHandler', 'HTTPSHandler',
    'FileHandler', 'DataHandler', 'FTPHandler', 'CacheFTPHandler',
    'ProxyHandler', 'HTTPCookieProcessor',
    'HTTPDefaultErrorHandler', 'HTTPRedirectHandler', 'HTTPErrorProcessor',
    'AbstractBasicAuthHandler', 'HTTPBasicAuthHandler',
    'ProxyBasicAuthHandler', 'AbstractDigestAuthHandler',
    'HTTPDigestAuthHandler', 'ProxyDigestAuthHandler',
    # credentials
    'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',
    'HTTPPasswordMgrWithPriorAuth',
    # helpers
    'pathname2url', 'url2pathname', 'getproxies',
]

# What urllib calls itself in the User-agent header.
__version__ = '%d.%d' % sys.version_info[:2]
_USER_AGENT = 'Python-urllib/' + __version__

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    """Open url (a string or a Request) with the installed opener, or with
    a one-off opener when TLS settings are given; returns the response."""
    global _opener
    if cafile or capath or cadefault:
        warnings.warn("cafile, capath and cadefault are deprecated, use a "
                      "custom context instead.", DeprecationWarning, 2)
        if context is not None:
            raise ValueError("You can't pass both context and any of "
                             "cafile, capath, and cadefault")
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH,
                                             cafile=cafile, capath=capath)
        opener = build_opener(HTTPSHandler(context=context))
    elif context:
        opener = build_opener(HTTPSHandler(context=context))
    else:
        if _opener is None:
            _opener = build_opener()
        opener = _opener
    return opener.open(url, data, timeout)


def install_opener(opener):
    """Make opener the one urlopen() uses (None: a default one again)."""
    globals()['_opener'] = opener


# Files urlretrieve() created, for urlcleanup() to remove.
_url_tempfiles = []


def _copy_reporting(src, out, total, reporthook, block_size=8192):
    """Copy src to out in blocks, telling reporthook (if any) the block
    count after each one (and 0 first); return the bytes copied."""
    report = reporthook or (lambda *args: None)
    report(0, block_size, total)
    copied = 0
    for count, chunk in enumerate(iter(lambda: src.read(block_size), b''),
                                  1):
        out.write(chunk)
        copied += len(chunk)
        report(count, block_size, total)
    return copied


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy url's body to filename (a new temporary file when None) and
    return (filename, headers). reporthook(blocks, block_size, total) is
    called before the first block and after each one."""
    url_type, path = splittype(url)
    with contextlib.closing(urlopen(url, data)) as src:
        headers = src.info()
        if url_type == 'file' and not filename:
            # Already on disk: no copy.
            return os.path.normpath(path), headers
        if not filename:
            out = tempfile.NamedTemporaryFile(delete=False)
            filename = out.name
            _url_tempfiles.append(filename)
        else:
            out = open(filename, 'wb')
        announced = -1
        if 'content-length' in headers:
            announced = int(headers['Content-Length'])
        with out:
            got = _copy_reporting(src, out, announced, reporthook)
    if 0 <= announced and got < announced:
        raise ContentTooShortError(
            'retrieval incomplete: got only %i out of %i bytes'
            % (got, announced), (filename, headers))
    return filename, headers


def urlcleanup():
    """Remove urlretrieve()'s temporary files and forget the installed
    opener."""
    while _url_tempfiles:
        name = _url_tempfiles.pop()
        try:
            os.unlink(name)
        except OSError:
            pass
    install_opener(None)


def _without_port(host):
    """host with a trailing :digits removed."""
    head, colon, tail = host.rpartition(':')
    if colon and tail.isdigit():
        return head
    return host


def request_host(request):
    """The request's host name, lower-cased and without its port (from
    the URL, else from its Host header)."""
    host = urlparse(request.full_url)[1]
    if not host:
        host = request.get_header('Host', '')
    return _without_port(host).lower()


class Request:
    """One URL to open, with the body, headers and method to send.

    Headers are stored under key.capitalize(); unredirected headers are
    not carried over to a redirected request."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.headers, self.unredirected_hdrs = {}, {}
        self._tunnel_host = self._data = None
        self.full_url = url
        self.data = data
        for name in headers:
            self.add_header(name, headers[name])
        self.unverifiable = unverifiable
        self.origin_req_host = (request_host(self) if origin_req_host is None
                                else origin_req_host)
        if method:
            # Otherwise get_method() decides from the body.
            self.method = method

    @property
    def full_url(self):
        """The URL as given, fragment included."""
        if not self.fragment:
            return self._full_url
        return '%s#%s' % (self._full_url, self.fragment)

    @full_url.setter
    def full_url(self, url):
        self._full_url, self.fragment = splittag(unwrap(url))
        self._split_url()

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = None
        self.selector = ''

    def _set_data(self, value):
        if value == self._data:
            return
        self._data = value
        # A length computed for the old body no longer holds.
        self.remove_header('Content-length')

    data = property(lambda self: self._data, _set_data,
                    lambda self: self._set_data(None),
                    doc='The body to send, or None.')

    def _split_url(self):
        self.type, rest = splittype(self._full_url)
        if self.type is None:
            raise ValueError('unknown url type: %r' % self.full_url)
        host, self.selector = splithost(rest)
        self.host = unquote(host) if host else host

    def get_method(self):
        """The method set at construction, else POST with a body, GET
        without."""
        default = 'GET' if self.data is None else 'POST'
        return getattr(self, 'method', default)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        """Send the request through proxy host; https goes through a
        tunnel to the original host instead of a rewritten selector."""
        tunnelled = self.type == 'https' and not self._tunnel_host
        if tunnelled:
            self._tunnel_host = self.host
        else:
            self.type, self.selector = type, self.full_url
        self.host = host

    def has_proxy(self):
        """True once set_proxy() made the selector the whole URL."""
        return self.full_url == self.selector

    # Header names are stored as key.capitalize(); lookups take the
    # stored spelling.

    def header_items(self):
        """(name, value) pairs, redirected headers overriding the others."""
        merged = dict(self.unredirected_hdrs, **self.headers)
        return list(merged.items())

    def get_header(self, header_name, default=None):
        """The header's value (redirected first), else default."""
        for table in (self.headers, self.unredirected_hdrs):
            if header_name in table:
                return table[header_name]
        return default

    def has_header(self, header_name):
        """Whether either header table holds header_name."""
        return any(header_name in table
                   for table in (self.headers, self.unredirected_hdrs))

    def remove_header(self, header_name):
        """Drop header_name from both tables (absent is fine)."""
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def add_header(self, key, val):
        """A header sent with this request and any redirected one."""
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        """A header sent with this request only."""
        self.unredirected_hdrs[key.capitalize()] = val


# Handler method names that look like <proto>_<kind> but are not hooks.
_NOT_HOOKS = frozenset(['redirect_request', 'do_open', 'proxy_open'])


def _insert_sorted(items, handler):
    bisect.insort(items, handler)


class OpenerDirector:
    """Runs requests through its handlers (see the module docstring)."""

    def __init__(self):
        # Hook tables: scheme (or error code) -> handlers in order.
        self.handle_open, self.handle_error = {}, {}
        self.process_request, self.process_response = {}, {}
        self.handlers = []
        self.addheaders = [('User-agent', _USER_AGENT)]

    def _hook_table(self, name):
        """(table, key) under which handler method name registers, or
        None when name is no hook."""
        if name in _NOT_HOOKS or '_' not in name:
            return None
        proto, _, what = name.partition('_')
        if what.startswith('error'):
            kind = what.partition('_')[2]
            if kind.isdigit():
                kind = int(kind)
            return self.handle_error.setdefault(proto, {}), kind
        if what == 'open':
            return self.handle_open, proto
        if what == 'response':
            return self.process_response, proto
        if what == 'request':
            return self.process_request, proto
        return None

    def add_handler(self, handler):
        if not hasattr(handler, 'add_parent'):
            raise TypeError('expected BaseHandler instance, got %r'
                            % type(handler))
        registered = False
        for name in dir(handler):
            hook = self._hook_table(name)
            if hook is None:
                continue
            table, key = hook
            chain = table.setdefault(key, [])
            if chain:
                _insert_sorted(chain, handler)
            else:
                chain.append(handler)
            registered = True
        if registered:
            _insert_sorted(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        """Nothing to release: connections close with their responses."""

    def _call_chain(self, chain, kind, meth_name, *args):
        # The first handler that returns something other than None wins.
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None,
             timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Open fullurl (a string or a Request) and return the response."""
        req = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        if req is fullurl and data is not None:
            req.data = data
        req.timeout = timeout
        scheme = req.type
        for handler in self.process_request.get(scheme, []):
            req = getattr(handler, scheme + '_request')(req)
        response = self._open(req, data)
        for handler in self.process_response.get(scheme, []):
            response = getattr(handler, scheme + '_response')(req, response)
        return response

    def _open(self, req, data=None):
        """Ask default_open, then <scheme>_open, then unknown_open
        handlers; the first non-empty answer is the response."""
        found = None
        for kind in ('default', req.type, 'unknown'):
            found = self._call_chain(self.handle_open, kind, kind + '_open',
                                     req)
            if found:
                break
        return found

    def error(self, proto, *args):
        """Hand an error to the handlers: for http(s), args are (request,
        response, code, msg, headers) and http_error_<code> is tried
        before http_error_default."""
        if proto not in ('http', 'https'):
            return self._call_chain(self.handle_error, proto,
                                    proto + '_error', *args)
        table = self.handle_error.get('http', {})
        code = args[2]
        found = self._call_chain(table, code, 'http_error_%s' % code, *args)
        if found:
            return found
        return self._call_chain(table, 'default', 'http_error_default',
                                *args)


def build_opener(*handlers):
    """An OpenerDirector with the standard handlers, except those that a
    given handler (class or instance) subclasses, plus the given ones."""
    standard = [ProxyHandler, UnknownHandler, HTTPHandler,
                HTTPDefaultErrorHandler, HTTPRedirectHandler, FTPHandler,
                FileHandler, HTTPErrorProcessor, DataHandler, HTTPSHandler]

    # Instantiate the classes given; remember which standard classes
    # they stand in for.
    given = [h() if isinstance(h, type) else h for h in handlers]
    kept = [klass for klass in standard
            if not any(isinstance(h, klass) for h in given)]
    opener = OpenerDirector()
    for handler in [klass() for klass in kept] + given:
        opener.add_handler(handler)
    return opener


class BaseHandler:
    """Base of all handlers; handler_order places it among the others
    (lower runs first)."""

    handler_order = 500

    def __lt__(self, other):
        # Anything without an order sorts after handlers.
        theirs = getattr(other, 'handler_order', None)
        return theirs is None or self.handler_order < theirs

    def add_parent(self, parent):
        """Called by the opener this handler joins."""
        self.parent = parent

    def close(self):
        """Release what the handler holds (nothing, by default)."""


class HTTPErrorProcessor(BaseHandler):
    """Sends every reply outside 2xx to the opener's error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if 200 <= code < 300:
            return response
        return self.parent.error('http', request, response, code, msg, hdrs)

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """The last resort: raises the reply as an HTTPError."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


_REDIRECTABLE_SCHEMES = ('http', 'https', 'ftp', '')


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303 and 307 replies, at most max_repeats times to
    one URL and max_redirections times in all."""

    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that would "
               "lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to send to newurl, or raise HTTPError when this
        method and status may not be redirected automatically."""
        method = req.get_method()
        if method in ('GET', 'HEAD'):
            allowed = code in (301, 302, 303, 307)
        elif method == 'POST':
            # The body is dropped: the new request is a GET.
            allowed = code in (301, 302, 303)
        else:
            allowed = False
        if not allowed:
            raise HTTPError(req.full_url, code, msg, headers, fp)
        kept = {}
        for name, value in req.headers.items():
            if name.lower() not in ('content-length', 'content-type'):
                kept[name] = value
        return Request(newurl.replace(' ', '%20'), headers=kept,
                       origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        # Location, or the older URI header; neither: not followed.
        found = [headers[h] for h in ('location', 'uri') if h in headers]
        if not found:
            return None
        target = found[0]
        parts = urlparse(target)
        if parts.scheme not in _REDIRECTABLE_SCHEMES:
            raise HTTPError(
                target, code,
                "%s - Redirection to url '%s' is not allowed" % (msg, target),
                headers, fp)
        if parts.netloc and not parts.path:
            parts = list(parts)
            parts[2] = '/'
            target = urlunparse(parts)
        target = quote(target, encoding='iso-8859-1', safe=string.punctuation)
        target = urljoin(req.full_url, target)

        follow = self.redirect_request(req, fp, code, msg, headers, target)
        if follow is None:
            return None
        # Count visits across the whole chain to stop loops.
        visited = getattr(req, 'redirect_dict', None)
        if visited is None:
            visited = req.redirect_dict = {}
        elif (visited.get(target, 0) >= self.max_repeats or
              len(visited) >= self.max_redirections):
            raise HTTPError(req.full_url, code, self.inf_msg + msg,
                            headers, fp)
        follow.redirect_dict = visited
        visited[target] = visited.get(target, 0) + 1
        # Drain and release the redirect's own body first.
        fp.read()
        fp.close()
        return self.parent.open(follow, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_302


def _parse_proxy(proxy):
    """(scheme, user, password, host:port) of a proxy setting, which may
    be a bare host:port."""
    scheme, rest = splittype(proxy)
    if rest.startswith('/'):
        if not rest.startswith('//'):
            raise ValueError('proxy URL with no authority: %r' % proxy)
        end = rest.find('/', 2)
        authority = rest[2:] if end == -1 else rest[2:end]
    else:
        scheme, authority = None, proxy
    userinfo, hostport = splituser(authority)
    if userinfo is None:
        user = password = None
    else:
        user, password = splitpasswd(userinfo)
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Routes requests of each scheme in proxies (scheme -> proxy URL;
    default: getproxies()) through that proxy."""

    handler_order = 100

    def __init__(self, proxies=None):
        proxies = getproxies() if proxies is None else proxies
        assert hasattr(proxies, 'keys'), 'proxies must be a mapping'
        self.proxies = proxies
        for scheme, url in proxies.items():
            setattr(self, '%s_open' % scheme, self._opener_for(url, scheme))

    def _opener_for(self, proxy, scheme):
        def open_via_proxy(req):
            return self.proxy_open(req, proxy, scheme)
        return open_via_proxy

    def proxy_open(self, req, proxy, type):
        """Point req at proxy; None lets the scheme's own handler send
        it (always so for https, which tunnels)."""
        original = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if req.host and proxy_bypass(req.host):
            return None
        proxy_type = proxy_type or original
        if user and password:
            req.add_header('Proxy-authorization',
                           _basic_credentials(unquote(user),
                                              unquote(password)))
        req.set_proxy(unquote(hostport), proxy_type)
        if proxy_type == original or original == 'https':
            # The opener's next handler for the scheme does the work.
            return None
        return self.parent.open(req, timeout=req.timeout)


def _basic_credentials(user, password):
    """The Basic authorization header value for user and password."""
    token = base64.b64encode(('%s:%s' % (user, password)).encode())
    return 'Basic ' + token.decode('ascii')


class HTTPPasswordMgr:
    """Credentials by realm and URI prefix."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else uri
        by_prefix = self.passwd.setdefault(realm, {})
        for with_port in (True, False):
            key = tuple(self.reduce_uri(u, with_port) for u in uris)
            by_prefix[key] = (user, passwd)

    def find_user_password(self, realm, authuri):
        by_prefix = self.passwd.get(realm, {})
        for with_port in (True, False):
            wanted = self.reduce_uri(authuri, with_port)
            for prefixes, creds in by_prefix.items():
                if any(self.is_suburi(p, wanted) for p in prefixes):
                    return creds
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of uri; with default_port, the scheme's
        default port is made explicit."""
        parts = urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or '/'
        else:
            scheme, authority, path = None, uri, '/'
        host, port = splitport(authority)
        if default_port and port is None and scheme is not None:
            known = {'http': 80, 'https': 443}.get(scheme)
            if known is not None:
                authority = '%s:%d' % (host, known)
        return authority, path

    def is_suburi(self, base, test):
        """True when reduced URI test lies under reduced URI base."""
        same_place = base[0] == test[0]
        return base == test or (same_place and test[1].startswith(base[1]))


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back to credentials added with realm None."""

    def find_user_password(self, realm, authuri):
        for where in (realm, None):
            found = HTTPPasswordMgr.find_user_password(self, where, authuri)
            if found[0] is not None:
                break
        return found


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):
    """Also remembers which URIs take credentials up front, without
    waiting for a 401."""

    def __init__(self, *args, **kwargs):
        HTTPPasswordMgrWithDefaultRealm.__init__(self, *args, **kwargs)
        # reduced URI -> whether to send credentials unasked
        self.authenticated = {}

    def add_password(self, realm, uri, user, passwd, is_authenticated=False):
        """Also file the credentials under the default realm, and record
        is_authenticated for uri."""
        store = HTTPPasswordMgrWithDefaultRealm.add_password
        for where in {realm, None}:
            store(self, where, uri, user, passwd)
        self.update_authenticated(uri, is_authenticated)

    def update_authenticated(self, uri, is_authenticated=False):
        uris = [uri] if isinstance(uri, str) else uri
        for with_port in (True, False):
            for u in uris:
                self.authenticated[self.reduce_uri(u, with_port)] = \
                    is_authenticated

    def is_authenticated(self, authuri):
        for with_port in (True, False):
            wanted = self.reduce_uri(authuri, with_port)
            for prefix, flag in self.authenticated.items():
                if self.is_suburi(prefix, wanted):
                    return flag
        return None


# scheme realm="..." (or realm='...', or unquoted) in an authenticate header.
# one challenge of a WWW-Authenticate value, at its start or after a
# comma: the scheme, then realm= with the value quoted or not
_CHALLENGE = re.compile(r'(?:^|,)[ \t]*([^ \t]+)[ \t]+realm=(["\']?)([^"\']*)\2', re.I)


class AbstractBasicAuthHandler:
    """Answers Basic challenges with credentials from a password
    manager; subclasses say which header carries them."""

    def __init__(self, password_mgr=None):
        self.passwd = (HTTPPasswordMgr() if password_mgr is None
                       else password_mgr)
        self.add_password = self.passwd.add_password

    def _challenges(self, header):
        # (scheme, realm) for each challenge with a realm; a header with
        # none gives its first word and None
        found = False
        for m in _CHALLENGE.finditer(header):
            if m.group(2) not in ('"', "'"):
                warnings.warn("Basic Auth Realm was unquoted", UserWarning, 3)
            found = True
            yield m.group(1), m.group(3)
        if not found:
            yield (header.split()[0] if header else ''), None

    def http_error_auth_reqed(self, authreq, host, req, headers):
        refused = False
        scheme = None
        for header in headers.get_all(authreq) or []:
            for scheme, realm in self._challenges(header):
                if scheme.lower() != 'basic':
                    refused = True
                elif realm is not None:
                    # the first Basic challenge is the one answered
                    return self.retry_http_basic_auth(host, req, realm)
        if refused:
            # CPython names the last scheme seen, whichever was refused
            raise ValueError('AbstractBasicAuthHandler does not support the '
                             'following scheme: %r' % (scheme,))
        return None

    def _basic(self, user, password):
        return _basic_credentials(user, password)

    def retry_http_basic_auth(self, host, req, realm):
        user, password = self.passwd.find_user_password(realm, host)
        if password is None:
            return None
        answer = self._basic(user, password)
        if req.get_header(self.auth_header, None) == answer:
            # These credentials were already refused.
            return None
        req.add_unredirected_header(self.auth_header, answer)
        return self.parent.open(req, timeout=req.timeout)

    def http_request(self, req):
        check = getattr(self.passwd, 'is_authenticated', None)
        if check is None or not check(req.full_url):
            return req
        if not req.has_header('Authorization'):
            user, password = self.passwd.find_user_password(None,
                                                            req.full_url)
            req.add_unredirected_header('Authorization',
                                        self._basic(user, password))
        return req

    def http_response(self, req, response):
        """Record whether prior authentication worked for this URL."""
        update = getattr(self.passwd, 'update_authenticated', None)
        if update is not None and hasattr(self.passwd, 'is_authenticated'):
            update(req.full_url, 200 <= response.code < 300)
        return response

    https_response = http_response
    https_request = http_request


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    """Basic authentication to the server (401 replies); credentials
    are looked up by the request's URL."""

    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        where = req.full_url
        return self.http_error_auth_reqed('www-authenticate', where, req,
                                          headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    """Basic authentication to a proxy (407 replies); credentials are
    looked up by the proxy's host."""

    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        where = req.host
        return self.http_error_auth_reqed('proxy-authenticate', where, req,
                                          headers)


def _digest_hash(algorithm):
    # H() of RFC 2617 for the algorithm a challenge names
    import hashlib
    make = {'MD5': hashlib.md5, 'SHA': hashlib.sha1}.get(algorithm)
    if make is None:
        raise ValueError('Unsupported digest authentication algorithm %r'
                         % algorithm)
    return lambda text: make(text.encode('ascii')).hexdigest()


class AbstractDigestAuthHandler:
    """Answers Digest challenges (RFC 2617: MD5 or SHA, with or without
    qop=auth) with credentials from a password manager; subclasses say
    which header carries the answer. After more than five failed tries
    in a row the 401 is raised as HTTPError("digest auth failed")."""

    def __init__(self, passwd=None):
        self.passwd = HTTPPasswordMgr() if passwd is None else passwd
        self.add_password = self.passwd.add_password
        # tries since the last success; requests answered for last_nonce
        self.retried, self.nonce_count, self.last_nonce = 0, 0, None

    def reset_retry_count(self):
        self.retried = 0

    def http_error_auth_reqed(self, auth_header, host, req, headers):
        challenge = headers.get(auth_header, None)
        if self.retried > 5:
            raise HTTPError(req.full_url, 401, 'digest auth failed',
                            headers, None)
        self.retried += 1
        if not challenge:
            return None
        scheme = challenge.split()[0]
        if scheme.lower() == 'digest':
            return self.retry_http_digest_auth(req, challenge)
        if scheme.lower() != 'basic':
            raise ValueError("AbstractDigestAuthHandler does not support the "
                             "following scheme: '%s'" % scheme)
        return None

    def retry_http_digest_auth(self, req, auth):
        params = parse_keqv_list(
            [item for item in parse_http_list(auth.split(' ', 1)[1]) if item])
        answer = self.get_authorization(req, params)
        if not answer:
            return None
        value = 'Digest ' + answer
        if req.headers.get(self.auth_header, None) == value:
            return None  # this very answer was refused already
        req.add_unredirected_header(self.auth_header, value)
        return self.parent.open(req, timeout=req.timeout)

    def get_cnonce(self, nonce):
        import hashlib
        seed = ('%s:%s:%s:' % (self.nonce_count, nonce, time.ctime())).encode('ascii')
        return hashlib.sha1(seed + os.urandom(8)).hexdigest()[:16]

    def get_algorithm_impls(self, algorithm):
        """(H, KD) of RFC 2617 for algorithm ('MD5' or 'SHA')."""
        H = _digest_hash(algorithm)
        return H, lambda secret, data: H('%s:%s' % (secret, data))

    def get_entity_digest(self, data, chal):
        return None

    def get_authorization(self, req, chal):
        """The Digest answer's parameters for challenge chal, or None when
        the challenge lacks realm or nonce or no credentials are known."""
        if 'realm' not in chal or 'nonce' not in chal:
            return None
        realm, nonce = chal['realm'], chal['nonce']
        qop = chal.get('qop')
        algorithm = chal.get('algorithm', 'MD5')
        opaque = chal.get('opaque', None)
        H, KD = self.get_algorithm_impls(algorithm)
        if H is None:
            return None
        user, password = self.passwd.find_user_password(realm, req.full_url)
        if user is None:
            return None
        entity = (self.get_entity_digest(req.data, chal)
                  if req.data is not None else None)
        secret = H('%s:%s:%s' % (user, realm, password))
        request_hash = H('%s:%s' % (req.get_method(), req.selector))
        if qop is None:
            response = KD(secret, '%s:%s' % (nonce, request_hash))
        elif qop == 'auth':  # a list of choices is refused, as in CPython
            if nonce == self.last_nonce:
                self.nonce_count += 1
            else:
                self.nonce_count, self.last_nonce = 1, nonce
            count = '%08x' % self.nonce_count
            cnonce = self.get_cnonce(nonce)
            response = KD(secret, ':'.join((nonce, count, cnonce, 'auth',
                                            request_hash)))
        else:
            raise URLError("qop '%s' is not supported." % qop)
        parts = ['username="%s"' % user, 'realm="%s"' % realm,
                 'nonce="%s"' % nonce, 'uri="%s"' % req.selector,
                 'response="%s"' % response]
        if opaque:
            parts.append('opaque="%s"' % opaque)
        if entity:
            parts.append('digest="%s"' % entity)
        parts.append('algorithm="%s"' % algorithm)
        if qop:
            parts.append('qop=auth, nc=%s, cnonce="%s"' % (count, cnonce))
        return ', '.join(parts)


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    """Digest authentication to the server (401 replies)."""

    auth_header = 'Authorization'
    handler_order = 490  # before the Basic handler

    def http_error_401(self, req, fp, code, msg, headers):
        # the count of tries survives the error raised after too many
        answer = self.http_error_auth_reqed(
            'www-authenticate', urlparse(req.full_url)[1], req, headers)
        self.reset_retry_count()
        return answer


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    """Digest authentication to a proxy (407 replies)."""

    auth_header = 'Proxy-Authorization'
    handler_order = 490

    def http_error_407(self, req, fp, code, msg, headers):
        answer = self.http_error_auth_reqed('proxy-authenticate', req.host,
                                            req, headers)
        self.reset_retry_count()
        return answer


def _proxy_bypass_macosx_sysconf(host, proxy_settings):
    """Whether host is exempt from proxying under macOS-style settings:
    a dict with 'exclude_simple' (names without a dot are exempt) and
    'exceptions', a list of shell patterns ("*.local") and dotted
    address prefixes with an optional bit count ("169.254/16")."""
    import fnmatch

    def as_number(dotted):
        parts = ([int(p) for p in dotted.split('.')] + [0, 0, 0, 0])[:4]
        return (parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]

    if '.' not in host and proxy_settings['exclude_simple']:
        return True
    address = None
    for rule in proxy_settings.get('exceptions', ()):
        if not rule:
            continue
        prefix = re.match(r"(\d+(?:\.\d+)*)(/\d+)?", rule)
        if prefix is None:
            if fnmatch.fnmatch(host, rule):
                return True
            continue
        if address is None:
            try:
                address = as_number(socket.gethostbyname(splitport(host)[0]))
            except OSError:
                continue
        bits = prefix.group(2)
        bits = int(bits[1:]) if bits else 8 * (prefix.group(1).count('.') + 1)
        shift = 32 - bits
        if address >> shift == as_number(prefix.group(1)) >> shift:
            return True
    return False


_BODY_TYPE_ERROR = ('POST data should be bytes, an iterable of bytes, or a '
                    'file object. It cannot be of type str.')


def _body_length(data):
    """Byte length of a request body, or None when only chunked framing
    can send it (files and other iterables)."""
    if hasattr(data, 'read'):
        return None
    try:
        return memoryview(data).nbytes
    except TypeError:
        pass
    if isinstance(data, str):
        return len(data)
    return None


class AbstractHTTPHandler(BaseHandler):
    """Sends requests with an http.client connection class."""

    def __init__(self, debuglevel=0):
        self.set_http_debuglevel(debuglevel)

    def set_http_debuglevel(self, level):
        """The debug level each new connection gets."""
        self._debuglevel = level

    def _get_content_length(self, request):
        return _body_length(request.data)

    def do_request_(self, request):
        """Fill in the headers the request needs: body type and framing,
        Host, and the opener's addheaders."""
        if not request.host:
            raise URLError('no host given')
        if request.data is not None:
            if isinstance(request.data, str):
                raise TypeError(_BODY_TYPE_ERROR)
            if not request.has_header('Content-type'):
                request.add_unredirected_header(
                    'Content-type', 'application/x-www-form-urlencoded')
            if (not request.has_header('Content-length') and
                    not request.has_header('Transfer-encoding')):
                length = self._get_content_length(request)
                if length is None:
                    request.add_unredirected_header('Transfer-encoding',
                                                    'chunked')
                else:
                    request.add_unredirected_header('Content-length',
                                                    str(length))
        host = request.host
        if request.has_proxy():
            # The selector is the whole URL: name its host, not the proxy.
            host = splithost(splittype(request.selector)[1])[0]
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', host)
        extra = [(name.capitalize(), value)
                 for name, value in self.parent.addheaders]
        for name, value in extra:
            if request.has_header(name):
                continue
            request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send req over a new http_class connection and return the
        response (with .url and .msg set as urllib's callers expect)."""
        if not req.host:
            raise URLError('no host given')
        conn = http_class(req.host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)

        headers = dict(req.unredirected_hdrs)
        for name, value in req.headers.items():
            headers.setdefault(name, value)
        # One request per connection.
        headers['Connection'] = 'close'
        headers = dict((name.title(), value)
                       for name, value in headers.items())
        if req._tunnel_host:
            tunnel = {}
            if 'Proxy-Authorization' in headers:
                tunnel['Proxy-Authorization'] = \
                    headers.pop('Proxy-Authorization')
            conn.set_tunnel(req._tunnel_host, headers=tunnel)

        try:
            try:
                conn.request(req.get_method(), req.selector, req.data,
                             headers,
                             encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except BaseException:
            conn.close()
            raise
        # Let go of the socket: the response reads through its own file.
        sock, conn.sock = conn.sock, None
        if sock:
            sock.close()
        # urllib's callers expect these two on the response.
        response.url, response.msg = req.get_full_url(), response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    """Plain http."""

    http_request = AbstractHTTPHandler.do_request_

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)


class HTTPSHandler(AbstractHTTPHandler):
    """https, with an optional SSLContext and host-name check."""

    def __init__(self, debuglevel=0, context=None, check_hostname=None):
        self._context, self._check_hostname = context, check_hostname
        AbstractHTTPHandler.__init__(self, debuglevel)

    def https_open(self, req):
        return self.do_open(http.client.HTTPSConnection, req,
                            context=self._context,
                            check_hostname=self._check_hostname)

    https_request = AbstractHTTPHandler.do_request_


class HTTPCookieProcessor(BaseHandler):
    """Keeps cookies in a cookie jar (needs http.cookiejar)."""

    def __init__(self, cookiejar=None):
        if cookiejar is None:
            from http.cookiejar import CookieJar
            cookiejar = CookieJar()
        self.cookiejar = cookiejar

    def http_response(self, request, response):
        """Store the cookies the response sets."""
        self.cookiejar.extract_cookies(response, request)
        return response

    def http_request(self, request):
        """Add the jar's cookies for this URL."""
        self.cookiejar.add_cookie_header(request)
        return request

    https_response = http_response
    https_request = http_request


class UnknownHandler(BaseHandler):

    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def parse_keqv_list(l):
    """{key: value} of 'key=value' items, with one level of double quotes
    removed from values."""
    parsed = {}
    for item in l:
        key, value = item.split('=', 1)
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed


def parse_http_list(s):
    """Split a comma-separated header value; commas inside double quotes
    (where backslash escapes one character) do not split. Items are
    stripped and keep their quotes; only a blank last item is dropped."""
    items = []
    current = []
    in_quotes = escaped = False
    for ch in s:
        if escaped:
            current.append(ch)
            escaped = False
        elif in_quotes and ch == '\\':
            escaped = True
        elif ch == '"':
            current.append(ch)
            in_quotes = not in_quotes
        elif ch == ',' and not in_quotes:
            items.append(''.join(current))
            current = []
        else:
            current.append(ch)
    if current:
        items.append(''.join(current))
    return [item.strip() for item in items]


def _http_date(seconds):
    """RFC 1123 date of a POSIX time, in GMT."""
    t = time.gmtime(seconds)
    days = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
    months = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
              'Oct', 'Nov', 'Dec')
    return '%s, %02d %s %04d %02d:%02d:%02d GMT' % (
        days[t.tm_wday], t.tm_mday, months[t.tm_mon - 1], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


def _header_block(pairs):
    """An HTTPMessage holding pairs, as file and data responses carry."""
    text = ''.join('%s: %s\n' % pair for pair in pairs) + '\n'
    return http.client.parse_headers(io.BytesIO(text.encode('latin-1')))


# Content types of common file extensions, for file: URLs (there is no
# mimetypes module); anything else is served as text/plain.
_FILE_TYPES = {
    '.txt': 'text/plain', '.html': 'text/html', '.htm': 'text/html',
    '.css': 'text/css', '.csv': 'text/csv', '.md': 'text/markdown',
    '.py': 'text/x-python', '.c': 'text/x-csrc', '.h': 'text/x-chdr',
    '.sh': 'text/x-sh', '.js': 'text/javascript',
    '.xml': 'application/xml', '.json': 'application/json',
    '.pdf': 'application/pdf', '.zip': 'application/zip',
    '.tar': 'application/x-tar', '.bin': 'application/octet-stream',
    '.pem': 'application/pem-certificate-chain',
    '.crt': 'application/x-x509-ca-cert',
    '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
    '.gif': 'image/gif', '.svg': 'image/svg+xml',
}

# Compression suffixes: the type is that of the name without them.
_COMPRESSED = ('.gz', '.bz2', '.xz', '.z')


def _file_type(path):
    """The content type for a file name, or None when unknown."""
    stem, ext = posixpath.splitext(path)
    if ext.lower() in _COMPRESSED:
        ext = posixpath.splitext(stem)[1]
        if not ext:
            return None
    return _FILE_TYPES.get(ext.lower())


def _safe_gethostbyname(host):
    """host's address, or None when it does not resolve."""
    found = None
    try:
        found = socket.gethostbyname(host)
    except socket.gaierror:
        pass
    return found


class FileHandler(BaseHandler):
    """file: URLs on this machine."""

    names = None

    def file_open(self, req):
        url = req.selector
        remote = (url[:2] == '//' and url[2:3] != '/' and
                  req.host and req.host != 'localhost')
        if remote and req.host not in self.get_names():
            raise URLError('file:// scheme is supported only on localhost')
        return self.open_local_file(req)

    def get_names(self):
        """The addresses this machine answers to (looked up once)."""
        if FileHandler.names is None:
            FileHandler.names = tuple(_local_addresses())
        return FileHandler.names

    def _is_here(self, host):
        """Whether a file: URL's host part names this machine."""
        if not host:
            return True
        name, port = splitport(host)
        if not name:
            return True
        return not port and _safe_gethostbyname(name) in self.get_names()

    def open_local_file(self, req):
        """The file the URL names, with Content-type, Content-length and
        Last-modified headers; URLError if it cannot be opened."""
        path = req.selector
        local = url2pathname(path)
        try:
            info = os.stat(local)
            here = self._is_here(req.host)
            if here:
                headers = _header_block([
                    ('Content-type', _file_type(path) or 'text/plain'),
                    ('Content-length', '%d' % info.st_size),
                    ('Last-modified', _http_date(info.st_mtime)),
                ])
                name = splitport(req.host)[0] if req.host else ''
                return addinfourl(open(local, 'rb'), headers,
                                  'file://%s%s' % (name or '', path))
        except OSError as err:
            raise URLError(err)
        raise URLError('file not on local host')


def _local_addresses():
    """localhost's addresses and this host name's, or failing that the
    first of localhost's."""
    every = getattr(socket, 'gethostbyname_ex', None)
    if every is None:
        # Without gethostbyname_ex: one address per name.
        every = lambda name: (name, [], [socket.gethostbyname(name)])
    try:
        return every('localhost')[2] + every(socket.gethostname())[2]
    except socket.gaierror:
        return [socket.gethostbyname('localhost')]


class DataHandler(BaseHandler):
    """data: URLs (RFC 2397)."""

    def data_open(self, req):
        url = req.full_url
        payload = url.split(':', 1)[1]
        mediatype, payload = payload.split(',', 1)
        body = unquote_to_bytes(payload)
        if mediatype.endswith(';base64'):
            body = base64.decodebytes(body)
            mediatype = mediatype[:-len(';base64')]
        if not mediatype:
            mediatype = 'text/plain;charset=US-ASCII'
        headers = _header_block([('Content-type', mediatype),
                                 ('Content-length', '%d' % len(body))])
        return addinfourl(io.BytesIO(body), headers, url)


class FTPHandler(BaseHandler):
    """ftp: URLs through ftplib: a file (binary unless ;type=a), or the
    LIST of a directory. Each request logs in on a new connection, which
    closes with the returned file object."""

    def ftp_open(self, req):
        import ftplib
        import mimetypes
        import email
        if not req.host:
            raise URLError('ftp error: no host given')
        host, port = splitport(req.host)
        port = ftplib.FTP_PORT if port is None else int(port)
        user, host = splituser(host)
        passwd = None
        if user:
            user, passwd = splitpasswd(user)
        host = unquote(host)
        user, passwd = user or '', passwd or ''
        try:
            host = socket.gethostbyname(host)
        except OSError as err:
            raise URLError(err)
        path, attrs = splitattr(req.selector)
        parts = [unquote(part) for part in path.split('/')]
        dirs, name = parts[:-1], parts[-1]
        if dirs and not dirs[0]:
            dirs = dirs[1:]
        try:
            wrapper = self.connect_ftp(user, passwd, host, port, dirs, req.timeout)
            kind = 'I' if name else 'D'
            for attr in attrs:
                attr, value = splitvalue(attr)
                if attr.lower() == 'type' and value in ('a', 'A', 'i', 'I', 'd', 'D'):
                    kind = value.upper()
            fp, length = wrapper.retrfile(name, kind)
            lines = ""
            mtype = mimetypes.guess_type(req.full_url)[0]
            if mtype:
                lines += "Content-type: %s\n" % mtype
            if length is not None and length >= 0:
                lines += "Content-length: %d\n" % length
            return addinfourl(fp, email.message_from_string(lines), req.full_url)
        except ftplib.all_errors as exc:
            # URLError is an OSError too: a wrapper's own URLError is
            # wrapped once more, as 3.6 does.
            raise URLError('ftp error: %r' % exc).with_traceback(sys.exc_info()[2])

    def connect_ftp(self, user, passwd, host, port, dirs, timeout):
        """A logged-in ftpwrapper in dirs, closed with its transfer."""
        return ftpwrapper(user, passwd, host, port, dirs, timeout, persistent=False)


class CacheFTPHandler(FTPHandler):
    """An FTPHandler that keeps up to max_conns connections, each for
    delay seconds after its last use, keyed by user, host, port,
    directory and timeout. Not safe for use by several threads."""

    def __init__(self):
        self.cache = {}
        self.timeout = {}       # key -> time after which it is closed
        self.soonest = 0
        self.delay = 60
        self.max_conns = 16

    def setTimeout(self, t):
        self.delay = t

    def setMaxConns(self, m):
        self.max_conns = m

    def connect_ftp(self, user, passwd, host, port, dirs, timeout):
        key = user, host, port, '/'.join(dirs), timeout
        if key not in self.cache:
            self.cache[key] = ftpwrapper(user, passwd, host, port, dirs, timeout)
        self.timeout[key] = time.time() + self.delay
        self.check_cache()
        return self.cache[key]

    def check_cache(self):
        """Close the expired connections, then forget the one due soonest
        when the cache is full."""
        now = time.time()
        if self.soonest <= now:
            for key, due in list(self.timeout.items()):
                if due < now:
                    self.cache.pop(key).close()
                    del self.timeout[key]
        self.soonest = min(self.timeout.values())
        if len(self.cache) == self.max_conns:
            for key, due in list(self.timeout.items()):
                if due == self.soonest:
                    # dropped without close(), as 3.6 does
                    del self.cache[key]
                    del self.timeout[key]
                    break
            self.soonest = min(self.timeout.values())

    def clear_cache(self):
        for wrapper in self.cache.values():
            wrapper.close()
        self.cache.clear()
        self.timeout.clear()


def pathname2url(pathname):
    """The URL path of a local (POSIX) path."""
    return quote(pathname)


def url2pathname(pathname):
    """The local (POSIX) path of a URL path."""
    return unquote(pathname)


def getproxies_environment():
    """{scheme: proxy URL} from the <scheme>_proxy variables; the
    lower-case spelling wins, and an empty lower-case one removes the
    scheme. HTTP_PROXY is ignored under CGI (REQUEST_METHOD set)."""
    environ = dict(os.environ)
    suffix = '_proxy'
    # Any spelling first, then the lower-case ones again so they win.
    proxies = dict((name.lower()[:-len(suffix)], value)
                   for name, value in environ.items()
                   if value and name.lower().endswith(suffix))
    if 'REQUEST_METHOD' in environ:
        proxies.pop('http', None)
    lower = [(name[:-len(suffix)], value) for name, value in environ.items()
             if name.endswith(suffix)]
    for scheme, value in lower:
        scheme = scheme.lower()
        if not value:
            proxies.pop(scheme, None)
            continue
        proxies[scheme] = value
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """True when no_proxy (in proxies or the environment) names host or a
    domain it is in; '*' bypasses everything."""
    if proxies is None:
        proxies = getproxies_environment()
    exempt = proxies.get('no')
    if exempt is None:
        return 0
    if exempt == '*':
        return 1
    hostonly = splitport(host)[0].lower()
    whole = host.lower()
    for name in exempt.split(','):
        name = name.strip().lstrip('.').lower()
        if not name:
            continue
        for candidate in (hostonly, whole):
            if candidate == name or candidate.endswith('.' + name):
                return 1
    return 0


def getproxies():
    """The proxies to use, from the environment."""
    return getproxies_environment()


def proxy_bypass(host):
    """Whether host should be reached without a proxy."""
    return proxy_bypass_environment(host)


# -- the legacy interface: URLopener and FancyURLopener ---------------------
#
# The pre-OpenerDirector way of opening URLs, deprecated since 3.3 but
# still present in 3.6: an object with one open_<scheme> method per
# scheme, and http_error_<code> methods for HTTP errors.

# How many FTP connections URLopener objects keep open between requests.
MAXFTPCACHE = 10

# (user, host, port, directory) -> ftpwrapper, shared by every URLopener.
ftpcache = {}

# the results of localhost(), thishost() and noheaders(), looked up once
_looked_up = {}


def _cached_addresses(name, lookup):
    if name not in _looked_up:
        _looked_up[name] = lookup()
    return _looked_up[name]


def localhost():
    """The IP address of localhost."""
    return _cached_addresses('localhost', lambda: socket.gethostbyname('localhost'))


def thishost():
    """The IP addresses of this machine's host name, as a tuple."""
    def lookup():
        try:
            return tuple(socket.gethostbyname_ex(socket.gethostname())[2])
        except socket.gaierror:
            return tuple(socket.gethostbyname_ex('localhost')[2])
    return _cached_addresses('thishost', lookup)


def ftperrors():
    """The exceptions an FTP transfer may raise (ftplib.all_errors)."""
    import ftplib
    return ftplib.all_errors


def noheaders():
    """An empty header object."""
    import email
    return _cached_addresses('noheaders', lambda: email.message_from_string(''))


class URLopener:
    """Opens URLs through its open_<scheme> methods (deprecated: use
    urlopen() or an OpenerDirector). HTTP errors other than 2xx go to
    http_error_<code> if the object has one, else to http_error_default,
    which raises HTTPError."""

    __tempfiles = None

    version = "Python-urllib/%s" % __version__

    def __init__(self, proxies=None, **x509):
        warnings.warn("%s style of invoking requests is deprecated. Use newer "
                      "urlopen functions/methods" % type(self).__name__,
                      DeprecationWarning, stacklevel=3)
        self.proxies = getproxies() if proxies is None else proxies
        assert hasattr(self.proxies, 'keys'), "proxies must be a mapping"
        for name in ('key_file', 'cert_file', 'context'):
            setattr(self, name, x509.get(name))
        self.addheaders = [('User-Agent', self.version), ('Accept', '*/*')]
        # retrieve()'s results by URL, when this is made a dict
        self.tempcache = None
        self.ftpcache = ftpcache
        self.__tempfiles = []
        # kept so that __del__ can still remove files at interpreter exit
        self.__unlink = os.unlink

    def cleanup(self):
        """Remove the temporary files retrieve() made and forget the
        retrievals cached in tempcache."""
        made, self.__tempfiles = self.__tempfiles or [], []
        for name in made:
            try:
                self.__unlink(name)
            except OSError:
                pass
        if self.tempcache:
            self.tempcache.clear()

    def close(self):
        """What cleanup() does."""
        self.cleanup()

    __del__ = close

    def addheader(self, *args):
        """Add a (name, value) header to every request."""
        self.addheaders.append(args)

    def open(self, fullurl, data=None):
        """Open fullurl (a file path when it has no scheme) and return a
        file-like response."""
        fullurl = unwrap(to_bytes(fullurl))
        fullurl = quote(fullurl, safe="%/:=&?~#+!$,;'@()*[]|")
        if self.tempcache and fullurl in self.tempcache:
            filename, headers = self.tempcache[fullurl]
            return addinfourl(open(filename, 'rb'), headers, fullurl)
        urltype, url = splittype(fullurl)
        if not urltype:
            urltype = 'file'
        proxy = self.proxies.get(urltype)
        if proxy is not None:
            proxyhost = splittype(proxy)[1]
            host, selector = splithost(proxyhost)
            url = (host, fullurl)
        self.type = urltype
        name = 'open_' + urltype.replace('-', '_')
        # open_local_file is a helper, never a scheme's opener
        if not hasattr(self, name) or name == 'open_local_file':
            if proxy is not None:
                return self.open_unknown_proxy(proxy, fullurl, data)
            return self.open_unknown(fullurl, data)
        try:
            if data is None:
                return getattr(self, name)(url)
            return getattr(self, name)(url, data)
        except (HTTPError, URLError):
            raise
        except OSError as err:
            raise OSError('socket error', err).with_traceback(sys.exc_info()[2])

    def open_unknown(self, fullurl, data=None):
        urltype = splittype(fullurl)[0]
        raise OSError('url error', 'unknown url type', urltype)

    def open_unknown_proxy(self, proxy, fullurl, data=None):
        urltype = splittype(fullurl)[0]
        raise OSError('url error', 'invalid proxy for %s' % urltype, proxy)

    def retrieve(self, url, filename=None, reporthook=None, data=None):
        """Copy url to filename (a temporary file when None) and return
        (filename, headers); a local file is not copied when no filename
        is given."""
        url = unwrap(to_bytes(url))
        if self.tempcache and url in self.tempcache:
            return self.tempcache[url]
        urltype, rest = splittype(url)
        if filename is None and (not urltype or urltype == 'file'):
            try:
                fp = self.open_local_file(rest)
                headers = fp.info()
                fp.close()
                return url2pathname(splithost(rest)[1]), headers
            except OSError:
                pass
        fp = self.open(url, data)
        try:
            headers = fp.info()
            if filename:
                target = open(filename, 'wb')
            else:
                # the temporary file gets the URL path's extension
                path = splithost(splittype(url)[1])[1] or ""
                path = splitattr(splitquery(splittag(path)[0])[0])[0]
                fd, filename = tempfile.mkstemp(os.path.splitext(path)[1])
                self.__tempfiles.append(filename)
                target = os.fdopen(fd, 'wb')
            result = filename, headers
            if self.tempcache is not None:
                self.tempcache[url] = result
            with target:
                size = -1
                if "content-length" in headers:
                    size = int(headers["Content-Length"])
                got = _copy_reporting(fp, target, size, reporthook)
        finally:
            fp.close()
        if size >= 0 and got < size:
            raise ContentTooShortError(
                "retrieval incomplete: got only %i out of %i bytes" % (got, size), result)
        return result

    def _open_generic_http(self, connection_factory, url, data):
        # url is "//host/path" or, through a proxy, (proxy host, full URL)
        user_passwd = proxy_passwd = None
        if isinstance(url, str):
            hostpart, selector = splithost(url)
            user_passwd, host = splituser(hostpart or '')
            host = realhost = unquote(host) if host else None
        else:
            proxyhost, selector = url
            proxy_passwd, host = splituser(proxyhost)
            urltype, url = splittype(selector)
            realhost = None
            if urltype.lower() == 'http':
                target, path = splithost(url)
                if target:
                    # credentials for the server stay out of the selector
                    user_passwd, target = splituser(target)
                    if user_passwd:
                        selector = "%s://%s%s" % (urltype, target, path)
                    if proxy_bypass(target):
                        host = target
                realhost = target
        if not host:
            raise OSError('http error', 'no host given')
        conn = connection_factory(host)
        headers = {}
        if proxy_passwd:
            headers["Proxy-Authorization"] = "Basic %s" % _basic_token(proxy_passwd)
        if user_passwd:
            headers["Authorization"] = "Basic %s" % _basic_token(user_passwd)
        if realhost:
            headers["Host"] = realhost
        headers["Connection"] = "close"
        for name, value in self.addheaders:
            headers[name] = value
        if data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            conn.request("POST", selector, data, headers)
        else:
            conn.request("GET", selector, headers=headers)
        try:
            response = conn.getresponse()
        except http.client.BadStatusLine:
            raise URLError("http protocol error: bad status line")
        if 200 <= response.status < 300:
            return addinfourl(response, response.msg, "http:" + url, response.status)
        return self.http_error(url, response.fp, response.status,
                               response.reason, response.msg, data)

    def open_http(self, url, data=None):
        """An http: URL."""
        return self._open_generic_http(
            lambda host: http.client.HTTPConnection(host), url, data)

    def open_https(self, url, data=None):
        """An https: URL."""
        def connect(host):
            return http.client.HTTPSConnection(
                host, key_file=self.key_file, cert_file=self.cert_file,
                context=self.context)
        return self._open_generic_http(connect, url, data)

    def http_error(self, url, fp, errcode, errmsg, headers, data=None):
        """Hand an HTTP error to http_error_<errcode>, or, when there is
        none or it returns nothing, to http_error_default."""
        handler = getattr(self, 'http_error_%d' % errcode, None)
        if handler is not None:
            if data is None:
                result = handler(url, fp, errcode, errmsg, headers)
            else:
                result = handler(url, fp, errcode, errmsg, headers, data)
            if result:
                return result
        return self.http_error_default(url, fp, errcode, errmsg, headers)

    def http_error_default(self, url, fp, errcode, errmsg, headers):
        """Raise HTTPError."""
        fp.close()
        raise HTTPError(url, errcode, errmsg, headers, None)

    def open_file(self, url):
        """A file: URL (only for this machine)."""
        if not isinstance(url, str):
            raise URLError('file error: proxy support for file protocol currently not implemented')
        if url[:2] == '//' and url[2:3] != '/' and url[2:12].lower() != 'localhost/':
            raise ValueError("file:// scheme is supported only on localhost")
        return self.open_local_file(url)

    def open_local_file(self, url):
        """A file of this machine, by its URL path."""
        import email
        host, path = splithost(url)
        local = url2pathname(path)
        try:
            info = os.stat(local)
        except OSError as err:
            raise URLError(err.strerror, err.filename)
        headers = email.message_from_string(
            'Content-Type: %s\nContent-Length: %d\nLast-modified: %s\n'
            % (_file_type(url) or 'text/plain', info.st_size, _http_date(info.st_mtime)))
        shown = 'file://' + path if path[:1] == '/' else path
        if not host:
            return addinfourl(open(local, 'rb'), headers, shown)
        host, port = splitport(host)
        if not port and socket.gethostbyname(host) in (localhost(),) + thishost():
            if path[:2] == './':
                raise ValueError("local file url may start with / or file:. "
                                 "Unknown url of type: %s" % url)
            return addinfourl(open(local, 'rb'), headers, shown)
        raise URLError('local file error: not on local host')

    def open_ftp(self, url):
        """An ftp: URL, over a connection kept in ftpcache."""
        import email
        if not isinstance(url, str):
            raise URLError('ftp error: proxy support for ftp protocol currently not implemented')
        host, path = splithost(url)
        if not host:
            raise URLError('ftp error: no host given')
        host, port = splitport(host)
        user, host = splituser(host)
        passwd = None
        if user:
            user, passwd = splitpasswd(user)
        host = socket.gethostbyname(unquote(host))
        user, passwd = unquote(user or ''), unquote(passwd or '')
        if port:
            port = int(port)
        else:
            import ftplib
            port = ftplib.FTP_PORT
        path, attrs = splitattr(path)
        dirs = unquote(path).split('/')
        dirs, name = dirs[:-1], dirs[-1]
        if dirs and not dirs[0]:
            dirs = dirs[1:]
        if dirs and not dirs[0]:
            dirs[0] = '/'
        key = user, host, port, '/'.join(dirs)
        if len(self.ftpcache) > MAXFTPCACHE:
            # too many kept: close all but this one's
            for other in list(self.ftpcache):
                if other != key:
                    self.ftpcache.pop(other).close()
        try:
            if key not in self.ftpcache:
                self.ftpcache[key] = ftpwrapper(user, passwd, host, port, dirs)
            kind = 'I' if name else 'D'
            for attr in attrs:
                attr, value = splitvalue(attr)
                if attr.lower() == 'type' and value in ('a', 'A', 'i', 'I', 'd', 'D'):
                    kind = value.upper()
            fp, length = self.ftpcache[key].retrfile(name, kind)
            lines = ""
            mtype = _file_type("ftp:" + url)
            if mtype:
                lines += "Content-Type: %s\n" % mtype
            if length is not None and length >= 0:
                lines += "Content-Length: %d\n" % length
            return addinfourl(fp, email.message_from_string(lines), "ftp:" + url)
        except ftperrors() as exc:
            raise URLError('ftp error %r' % exc).with_traceback(sys.exc_info()[2])

    def open_data(self, url, data=None):
        """A data: URL (RFC 2397)."""
        import email
        if not isinstance(url, str):
            raise URLError('data error: proxy support for data protocol currently not implemented')
        try:
            mediatype, payload = url.split(',', 1)
        except ValueError:
            raise OSError('data error', 'bad data URL')
        if not mediatype:
            mediatype = 'text/plain;charset=US-ASCII'
        semi = mediatype.rfind(';')
        encoding = ''
        if semi >= 0 and '=' not in mediatype[semi:]:
            mediatype, encoding = mediatype[:semi], mediatype[semi + 1:]
        if encoding == 'base64':
            payload = base64.decodebytes(payload.encode('ascii')).decode('latin-1')
        else:
            payload = unquote(payload)
        text = '\n'.join([
            'Date: %s' % time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime()),
            'Content-type: %s' % mediatype,
            'Content-Length: %d' % len(payload),
            '', payload])
        return addinfourl(io.StringIO(text), email.message_from_string(text), url)


def _basic_token(credentials):
    # the base64 of "user:password" (still %-quoted in the URL)
    return base64.b64encode(unquote(credentials).encode()).decode('ascii')


class FancyURLopener(URLopener):
    """A URLopener that follows redirects (up to maxtries in a row),
    asks for Basic authentication credentials on the terminal, and
    returns other error responses instead of raising."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # redirects followed in a row so far, and the most allowed
        self.tries, self.maxtries = 0, 10
        self.auth_cache = {}

    def http_error_default(self, url, fp, errcode, errmsg, headers):
        """The error response itself, as a file-like object."""
        return addinfourl(fp, headers, "http:" + url, errcode)

    def http_error_302(self, url, fp, errcode, errmsg, headers, data=None):
        """Follow the redirect, unless maxtries were followed in a row."""
        self.tries += 1
        try:
            if self.maxtries and self.tries >= self.maxtries:
                handler = getattr(self, "http_error_500", self.http_error_default)
                return handler(url, fp, 500, "Internal Server Error: Redirect Recursion", headers)
            return self.redirect_internal(url, fp, errcode, errmsg, headers, data)
        finally:
            self.tries = 0

    def redirect_internal(self, url, fp, errcode, errmsg, headers, data):
        if 'location' in headers:
            target = headers['location']
        elif 'uri' in headers:
            target = headers['uri']
        else:
            return None
        fp.close()
        target = urljoin(self.type + ":" + url, target)
        if urlparse(target).scheme not in _REDIRECTABLE_SCHEMES:
            raise HTTPError(target, errcode,
                            errmsg + " Redirection to url '%s' is not allowed." % target,
                            headers, fp)
        return self.open(target)

    def http_error_301(self, url, fp, errcode, errmsg, headers, data=None):
        return self.http_error_302(url, fp, errcode, errmsg, headers, data)

    def http_error_303(self, url, fp, errcode, errmsg, headers, data=None):
        return self.http_error_302(url, fp, errcode, errmsg, headers, data)

    def http_error_307(self, url, fp, errcode, errmsg, headers, data=None):
        # a POST is not redirected: its data would have to be sent again
        if data is None:
            return self.http_error_302(url, fp, errcode, errmsg, headers, data)
        return self.http_error_default(url, fp, errcode, errmsg, headers)

    def _auth_retry(self, url, fp, errcode, errmsg, headers, data, retry, field, prefix):
        # Basic authentication asked for by a 401 or 407 reply: retried
        # (with credentials from get_user_passwd) only when retry is true
        challenge = headers[field] if field in headers else ''
        found = re.match(r'[ \t]*([^ \t]+)[ \t]+realm="([^"]*)"', challenge)
        if not found or found.group(1).lower() != 'basic' or not retry:
            URLopener.http_error_default(self, url, fp, errcode, errmsg, headers)
        method = getattr(self, prefix + self.type + '_basic_auth')
        if data is None:
            return method(url, found.group(2))
        return method(url, found.group(2), data)

    def http_error_401(self, url, fp, errcode, errmsg, headers, data=None, retry=False):
        """HTTPError, or with retry a new try with Basic credentials for
        the realm the server names."""
        return self._auth_retry(url, fp, errcode, errmsg, headers, data, retry,
                                'www-authenticate', 'retry_')

    def http_error_407(self, url, fp, errcode, errmsg, headers, data=None, retry=False):
        """HTTPError, or with retry a new try with Basic credentials for
        the proxy."""
        return self._auth_retry(url, fp, errcode, errmsg, headers, data, retry,
                                'proxy-authenticate', 'retry_proxy_')

    def _with_credentials(self, host, realm):
        """host with the credentials for realm spliced in front of it
        (any it carried dropped), or None when none are known."""
        host = host[host.find('@') + 1:]
        user, passwd = self.get_user_passwd(host, realm, 0)
        if not (user or passwd):
            return None
        return "%s:%s@%s" % (quote(user, safe=''), quote(passwd, safe=''), host)

    def _retry_proxy(self, scheme, url, realm, data):
        urltype, proxyhost = splittype(self.proxies[scheme])
        proxyhost, proxyselector = splithost(proxyhost)
        proxyhost = self._with_credentials(proxyhost, realm)
        if proxyhost is None:
            return None
        self.proxies[scheme] = scheme + '://' + proxyhost + proxyselector
        return self.open(scheme + ':' + url, data)

    def retry_proxy_http_basic_auth(self, url, realm, data=None):
        return self._retry_proxy('http', url, realm, data)

    def retry_proxy_https_basic_auth(self, url, realm, data=None):
        return self._retry_proxy('https', url, realm, data)

    def _retry_host(self, scheme, url, realm, data):
        host, selector = splithost(url)
        host = self._with_credentials(host, realm)
        if host is None:
            return None
        return self.open(scheme + '://' + host + selector, data)

    def retry_http_basic_auth(self, url, realm, data=None):
        return self._retry_host('http', url, realm, data)

    def retry_https_basic_auth(self, url, realm, data=None):
        return self._retry_host('https', url, realm, data)

    def get_user_passwd(self, host, realm, clear_cache=0):
        """(user, password) for realm at host: remembered, or asked for."""
        key = realm + '@' + host.lower()
        if key in self.auth_cache:
            if not clear_cache:
                return self.auth_cache[key]
            del self.auth_cache[key]
        user, passwd = self.prompt_user_passwd(host, realm)
        if user or passwd:
            self.auth_cache[key] = (user, passwd)
        return user, passwd

    def prompt_user_passwd(self, host, realm):
        """Ask on the terminal; (None, None) when interrupted."""
        import getpass
        try:
            user = input("Enter username for %s at %s: " % (realm, host))
            passwd = getpass.getpass("Enter password for %s in %s at %s: " % (user, realm, host))
            return user, passwd
        except KeyboardInterrupt:
            print()
            return None, None


class ftpwrapper:
    """One FTP connection (for URLopener.open_ftp and its cache): logs in,
    changes to dirs, and retrieves files or listings. With persistent, it
    stays connected after its transfers are closed, until close()."""

    def __init__(self, user, passwd, host, port, dirs, timeout=None, persistent=True):
        self.user, self.passwd = user, passwd
        self.host, self.port, self.timeout = host, port, timeout
        self.dirs = dirs
        self.keepalive = persistent
        self.refcount = 0       # transfers handed out and not yet closed
        self.busy = 0
        self.ftp = None
        try:
            self.init()
        except BaseException:
            self.real_close()
            raise

    def init(self):
        """(Re)connect, log in and go to the directory."""
        import ftplib
        self.busy = 0
        connection = self.ftp = ftplib.FTP()
        where = (self.host, self.port)
        if self.timeout is not None:
            where += (self.timeout,)
        connection.connect(*where)
        connection.login(self.user, self.passwd)
        connection.cwd('/'.join(self.dirs))

    def _command(self, command):
        # a command, reconnecting once when the server has gone away
        import ftplib
        try:
            self.ftp.voidcmd(command)
        except ftplib.all_errors:
            self.init()
            self.ftp.voidcmd(command)

    def retrfile(self, file, type):
        """(file object, length or None) of file, or of a directory
        listing for type 'D', an empty file, or a file that is a
        directory."""
        import ftplib
        self.endtransfer()
        listing = type in ('d', 'D')
        self._command('TYPE A' if listing else 'TYPE ' + type)
        transfer = length = None
        if file and not listing:
            try:
                transfer, length = self.ftp.ntransfercmd('RETR ' + file)
            except ftplib.error_perm as reason:
                # only "550 not found" may mean a directory, listed below
                if not str(reason).startswith('550'):
                    raise URLError('ftp error: %r' % reason).with_traceback(sys.exc_info()[2])
        if transfer is None:
            self.ftp.voidcmd('TYPE A')
            command = 'LIST'
            if file:
                self._check_directory(file)
                command += ' ' + file
            transfer, length = self.ftp.ntransfercmd(command)
        self.busy = 1
        self.refcount += 1
        stream = addclosehook(transfer.makefile('rb'), self.file_close)
        transfer.close()
        return stream, length

    def _check_directory(self, name):
        # URLError unless name is a directory one can change into
        import ftplib
        back = self.ftp.pwd()
        try:
            self.ftp.cwd(name)
        except ftplib.error_perm as reason:
            raise URLError('ftp error: %r' % reason) from reason
        finally:
            self.ftp.cwd(back)

    def endtransfer(self):
        self.busy = 0

    def _disconnect_if_idle(self):
        if not self.keepalive and self.refcount <= 0:
            self.real_close()

    def close(self):
        """Disconnect, now or when the last open transfer is closed."""
        self.keepalive = False
        self._disconnect_if_idle()

    def file_close(self):
        # a transfer's file object was closed
        self.busy = 0
        self.refcount -= 1
        self._disconnect_if_idle()

    def real_close(self):
        """Disconnect now."""
        self.busy = 0
        connection, self.ftp = self.ftp, None
        if connection is not None:
            try:
                connection.close()
            except ftperrors():
                pass


__all__ += ['URLopener', 'FancyURLopener']
