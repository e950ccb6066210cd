# With sys.meta_path emptied nothing new can be imported (an
# ImportWarning says why); modules already imported still are.
import sys
import warnings
import json

saved = sys.meta_path[:]
sys.meta_path.clear()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    try:
        import never_imported_before
    except ImportError as e:
        print(type(e).__name__, e)
    import json as again
print([(w.category.__name__, str(w.message)) for w in caught], again is json)
sys.meta_path[:] = saved
