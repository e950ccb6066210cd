# The __future__ module as 3.6 has it: its _Feature class, each feature's
# releases and flag, __all__, and what the compiler says of an unknown
# feature.
import __future__

print(type(__future__.division), type(__future__.division).__module__)
print(repr(__future__.generator_stop))
print(__future__.__all__)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    assert isinstance(f, __future__._Feature)
    assert f.optional == f.getOptionalRelease() and f.mandatory == f.getMandatoryRelease()
    print(name, f.optional, f.mandatory, f.compiler_flag)
print(sorted(k for k in dir(__future__) if k.startswith('CO_')))
for src in ('from __future__ import *', 'from __future__ import braces', 'from __future__ import nonsense'):
    try:
        compile(src, 'f.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e)
