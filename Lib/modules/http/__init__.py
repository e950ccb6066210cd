"""HTTP status codes (http.HTTPStatus), as in CPython 3.6.

HTTPStatus behaves as 3.6's IntEnum of that name: each member is an int
with name, value, phrase and description; HTTPStatus(404) and
HTTPStatus['NOT_FOUND'] look members up, iteration gives them in order of
value, and repr(HTTPStatus.OK) is '<HTTPStatus.OK: 200>'. The project has
no enum module yet, so the enum machinery it needs is here, small.
"""

__all__ = ['HTTPStatus']


class _StatusEnumMeta(type):
    """The metaclass of HTTPStatus: lookup by value, name and iteration."""

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

    def __iter__(cls):
        return iter(cls._member_list_)

    def __reversed__(cls):
        return reversed(cls._member_list_)

    def __len__(cls):
        return len(cls._member_list_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    # Reassigning or deleting a member (AttributeError in CPython) is not
    # refused: the project's interpreter recurses when a metaclass's
    # __setattr__ delegates to type.__setattr__.


class HTTPStatus(int, metaclass=_StatusEnumMeta):
    """The HTTP status codes as an IntEnum-like class: each member is an int
    with a phrase (the standard reason) and a description. The codes are
    those registered by RFC 7231 and the RFCs that extend it (6585, 3229,
    4918, 5842, 7238, 2295, 2774)."""

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, int(self))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        # IntEnum formats as its int value
        return format(int(self), spec)

    def __reduce_ex__(self, proto):
        return type(self), (int(self),)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value',
                'phrase', 'description']

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


_STATUSES = [
    ('CONTINUE', 100, 'Continue',
     'Request received, please continue'),
    ('SWITCHING_PROTOCOLS', 101, 'Switching Protocols',
     'Switching to new protocol; obey Upgrade header'),
    ('PROCESSING', 102, 'Processing',
     ''),
    ('OK', 200, 'OK',
     'Request fulfilled, document follows'),
    ('CREATED', 201, 'Created',
     'Document created, URL follows'),
    ('ACCEPTED', 202, 'Accepted',
     'Request accepted, processing continues off-line'),
    ('NON_AUTHORITATIVE_INFORMATION', 203, 'Non-Authoritative Information',
     'Request fulfilled from cache'),
    ('NO_CONTENT', 204, 'No Content',
     'Request fulfilled, nothing follows'),
    ('RESET_CONTENT', 205, 'Reset Content',
     'Clear input form for further input'),
    ('PARTIAL_CONTENT', 206, 'Partial Content',
     'Partial content follows'),
    ('MULTI_STATUS', 207, 'Multi-Status',
     ''),
    ('ALREADY_REPORTED', 208, 'Already Reported',
     ''),
    ('IM_USED', 226, 'IM Used',
     ''),
    ('MULTIPLE_CHOICES', 300, 'Multiple Choices',
     'Object has several resources -- see URI list'),
    ('MOVED_PERMANENTLY', 301, 'Moved Permanently',
     'Object moved permanently -- see URI list'),
    ('FOUND', 302, 'Found',
     'Object moved temporarily -- see URI list'),
    ('SEE_OTHER', 303, 'See Other',
     'Object moved -- see Method and URL list'),
    ('NOT_MODIFIED', 304, 'Not Modified',
     'Document has not changed since given time'),
    ('USE_PROXY', 305, 'Use Proxy',
     'You must use proxy specified in Location to access this resource'),
    ('TEMPORARY_REDIRECT', 307, 'Temporary Redirect',
     'Object moved temporarily -- see URI list'),
    ('PERMANENT_REDIRECT', 308, 'Permanent Redirect',
     'Object moved temporarily -- see URI list'),
    ('BAD_REQUEST', 400, 'Bad Request',
     'Bad request syntax or unsupported method'),
    ('UNAUTHORIZED', 401, 'Unauthorized',
     'No permission -- see authorization schemes'),
    ('PAYMENT_REQUIRED', 402, 'Payment Required',
     'No payment -- see charging schemes'),
    ('FORBIDDEN', 403, 'Forbidden',
     'Request forbidden -- authorization will not help'),
    ('NOT_FOUND', 404, 'Not Found',
     'Nothing matches the given URI'),
    ('METHOD_NOT_ALLOWED', 405, 'Method Not Allowed',
     'Specified method is invalid for this resource'),
    ('NOT_ACCEPTABLE', 406, 'Not Acceptable',
     'URI not available in preferred format'),
    ('PROXY_AUTHENTICATION_REQUIRED', 407, 'Proxy Authentication Required',
     'You must authenticate with this proxy before proceeding'),
    ('REQUEST_TIMEOUT', 408, 'Request Timeout',
     'Request timed out; try again later'),
    ('CONFLICT', 409, 'Conflict',
     'Request conflict'),
    ('GONE', 410, 'Gone',
     'URI no longer exists and has been permanently removed'),
    ('LENGTH_REQUIRED', 411, 'Length Required',
     'Client must specify Content-Length'),
    ('PRECONDITION_FAILED', 412, 'Precondition Failed',
     'Precondition in headers is false'),
    ('REQUEST_ENTITY_TOO_LARGE', 413, 'Request Entity Too Large',
     'Entity is too large'),
    ('REQUEST_URI_TOO_LONG', 414, 'Request-URI Too Long',
     'URI is too long'),
    ('UNSUPPORTED_MEDIA_TYPE', 415, 'Unsupported Media Type',
     'Entity body in unsupported format'),
    ('REQUESTED_RANGE_NOT_SATISFIABLE', 416, 'Requested Range Not Satisfiable',
     'Cannot satisfy request range'),
    ('EXPECTATION_FAILED', 417, 'Expectation Failed',
     'Expect condition could not be satisfied'),
    ('UNPROCESSABLE_ENTITY', 422, 'Unprocessable Entity',
     ''),
    ('LOCKED', 423, 'Locked',
     ''),
    ('FAILED_DEPENDENCY', 424, 'Failed Dependency',
     ''),
    ('UPGRADE_REQUIRED', 426, 'Upgrade Required',
     ''),
    ('PRECONDITION_REQUIRED', 428, 'Precondition Required',
     'The origin server requires the request to be conditional'),
    ('TOO_MANY_REQUESTS', 429, 'Too Many Requests',
     'The user has sent too many requests in a given amount of time ("rate limiting")'),
    ('REQUEST_HEADER_FIELDS_TOO_LARGE', 431, 'Request Header Fields Too Large',
     'The server is unwilling to process the request because its header fields are too large'),
    ('INTERNAL_SERVER_ERROR', 500, 'Internal Server Error',
     'Server got itself in trouble'),
    ('NOT_IMPLEMENTED', 501, 'Not Implemented',
     'Server does not support this operation'),
    ('BAD_GATEWAY', 502, 'Bad Gateway',
     'Invalid responses from another server/proxy'),
    ('SERVICE_UNAVAILABLE', 503, 'Service Unavailable',
     'The server cannot process the request due to a high load'),
    ('GATEWAY_TIMEOUT', 504, 'Gateway Timeout',
     'The gateway server did not receive a timely response'),
    ('HTTP_VERSION_NOT_SUPPORTED', 505, 'HTTP Version Not Supported',
     'Cannot fulfill request'),
    ('VARIANT_ALSO_NEGOTIATES', 506, 'Variant Also Negotiates',
     ''),
    ('INSUFFICIENT_STORAGE', 507, 'Insufficient Storage',
     ''),
    ('LOOP_DETECTED', 508, 'Loop Detected',
     ''),
    ('NOT_EXTENDED', 510, 'Not Extended',
     ''),
    ('NETWORK_AUTHENTICATION_REQUIRED', 511, 'Network Authentication Required',
     'The client needs to authenticate to gain network access'),
]


def _make_members():
    members = []
    by_name = {}
    by_value = {}
    for name, value, phrase, description in _STATUSES:
        member = int.__new__(HTTPStatus, value)
        member._name_ = name
        member._value_ = value
        member.phrase = phrase
        member.description = description
        members.append(member)
        by_name[name] = member
        by_value[value] = member
    type.__setattr__(HTTPStatus, '_member_list_', members)
    type.__setattr__(HTTPStatus, '_member_names_', [m._name_ for m in members])
    type.__setattr__(HTTPStatus, '_member_map_', by_name)
    type.__setattr__(HTTPStatus, '_value2member_map_', by_value)
    for member in members:
        type.__setattr__(HTTPStatus, member._name_, member)


_make_members()
del _make_members, _STATUSES
