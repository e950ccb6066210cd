# The data modules' Go types are types (their metatype is type) and the
# json classes name their submodules, as CPython 3.6 shows them.
import json
import re
import struct

for t in [struct.Struct, type(struct.iter_unpack('b', b'ab')), type(re.compile('a')),
          type(re.match('a', 'a')), type(re.compile('a').scanner('a')),
          type(re.compile('a').finditer('a'))]:
    print(type(t).__name__, isinstance(t, type), issubclass(type(t), type))
print(re._pattern_type, type(re._pattern_type))
for c in [json.JSONDecoder, json.JSONEncoder, json.JSONDecodeError, json.decoder.JSONDecoder,
          json.encoder.JSONEncoder]:
    print(c, c.__module__, c.__qualname__)
print(json.JSONDecoder() .__class__, repr(json.JSONEncoder().__class__))
try:
    json.loads('[1,')
except Exception as e:
    print(type(e).__module__, type(e).__qualname__, e)
print(isinstance(struct.Struct('i'), struct.Struct), type(struct.Struct('i')) is struct.Struct)
