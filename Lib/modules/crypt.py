"""One-way hashing of passwords with the system's crypt(3): crypt(word,
salt) and mksalt(method), with the methods this system supports
(strongest first) in methods."""

import string as _string
from random import SystemRandom as _SystemRandom
from collections import namedtuple as _namedtuple

import _crypt

_saltchars = _string.ascii_letters + _string.digits + './'
_sr = _SystemRandom()


class _Method(_namedtuple('_Method', 'name ident salt_chars total_size')):
    """A hashing method: its name, the $ident$ its salts start with (None
    for traditional crypt), its salt length and its hash length."""

    def __repr__(self):
        return '<crypt.METHOD_{}>'.format(self.name)


def mksalt(method=None):
    """A random salt for method (default: the strongest available)."""
    if method is None:
        method = methods[0]
    prefix = '${}$'.format(method.ident) if method.ident else ''
    return prefix + ''.join(_sr.choice(_saltchars) for _ in range(method.salt_chars))


def crypt(word, salt=None):
    """The hash of word with salt, a string or a method (a random salt of
    that method; default the strongest)."""
    if salt is None or isinstance(salt, _Method):
        salt = mksalt(salt)
    return _crypt.crypt(word, salt)


METHOD_SHA512 = _Method('SHA512', '6', 16, 106)
METHOD_SHA256 = _Method('SHA256', '5', 16, 63)
METHOD_MD5 = _Method('MD5', '1', 8, 34)
METHOD_CRYPT = _Method('CRYPT', None, 2, 13)

methods = [m for m in (METHOD_SHA512, METHOD_SHA256, METHOD_MD5, METHOD_CRYPT)
           if len(crypt('', m) or '') == m.total_size]
