# The _warnings module's names are the warnings module's objects, and a
# fresh copy of warnings (as import_fresh_module makes) has its own.
import sys
import warnings
import _warnings

print(_warnings.filters is warnings.filters, _warnings._onceregistry is warnings.onceregistry)
print(_warnings._defaultaction, sorted(n for n in dir(_warnings) if not n.startswith('__')))
saved = sys.modules.pop('warnings'), sys.modules.pop('_warnings')
fresh = __import__('warnings')
print(fresh is saved[0], fresh.filters == saved[0].filters)
sys.modules['warnings'], sys.modules['_warnings'] = saved
try:
    warnings._setoption('bogus::Warning')
except warnings._OptionError as e:
    print('option error:', e)
