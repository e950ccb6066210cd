"""A mutable, ordered view of a response's header list."""

import re

# Characters that make a parameter value need quoting.
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _formatparam(param, value=None, quote=1):
    """param=value, quoted when quote is set or the value needs it."""
    if value is None or len(value) == 0:
        return param
    if quote or tspecials.search(value):
        escaped = value.replace('\\', '\\\\').replace('"', r'\"')
        return '%s="%s"' % (param, escaped)
    return '%s=%s' % (param, value)


class Headers:
    """Response headers kept in the list of (name, value) pairs given;
    names are matched case-insensitively."""

    def __init__(self, headers=None):
        pairs = [] if headers is None else headers
        if type(pairs) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        self._headers = pairs
        if __debug__:
            for pair in pairs:
                name, value = pair
                self._convert_string_type(name)
                self._convert_string_type(value)

    def _convert_string_type(self, value):
        if type(value) is not str:
            raise AssertionError("Header names/values must be of type str "
                                 "(got {0})".format(repr(value)))
        return value

    def __len__(self):
        return len(self._headers)

    def __setitem__(self, name, val):
        del self[name]
        self._headers.append((self._convert_string_type(name),
                              self._convert_string_type(val)))

    def __delitem__(self, name):
        key = self._convert_string_type(name.lower())
        self._headers[:] = [pair for pair in self._headers
                            if pair[0].lower() != key]

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name):
        """Every value of header name, in order."""
        key = self._convert_string_type(name.lower())
        return [v for k, v in self._headers if k.lower() == key]

    def get(self, name, default=None):
        """The first value of header name, or default."""
        key = self._convert_string_type(name.lower())
        return next((v for k, v in self._headers if k.lower() == key), default)

    def items(self):
        return list(self._headers)

    def keys(self):
        return [pair[0] for pair in self._headers]

    def values(self):
        return [pair[1] for pair in self._headers]

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._headers)

    def __str__(self):
        lines = ["%s: %s" % pair for pair in self._headers]
        return '\r\n'.join(lines + ['', ''])

    def __bytes__(self):
        return str(self).encode('iso-8859-1')

    def setdefault(self, name, value):
        """Add name: value unless name is present; return its value."""
        found = self.get(name)
        if found is None:
            pair = self._convert_string_type(name), self._convert_string_type(value)
            self._headers.append(pair)
            found = value
        return found

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: a keyword with value None adds a
        bare flag; '_' in keyword names becomes '-'."""
        parts = []
        if _value is not None:
            parts.append(self._convert_string_type(_value))
        for key, val in _params.items():
            key = self._convert_string_type(key).replace('_', '-')
            if val is None:
                parts.append(key)
            else:
                parts.append(_formatparam(key, self._convert_string_type(val)))
        self._headers.append((self._convert_string_type(_name), "; ".join(parts)))
