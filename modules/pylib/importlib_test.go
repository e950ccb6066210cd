package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of importlib, importlib.util and importlib.machinery
// against CPython 3.6: import_module gives the objects the import
// statement gives, relative names resolve against package=, and the
// errors carry CPython's types and messages. Module reprs (which show
// file paths) are left out.

const importlibPrelude = pytesting.ShowRepr + `import importlib, importlib.util, importlib.machinery, importlib.abc, sys, types, os, tempfile
I = importlib.import_module
U = importlib.util
M = importlib.machinery
def err(f):
    try:
        f()
    except ImportError as e:
        return (type(e).__name__, e.name, e.path)
def N(m):
    return m.__name__
D = tempfile.mkdtemp(prefix='implib')
with open(os.path.join(D, 'mymod.py'), 'w') as f:
    f.write('X = 41\ndef f():\n    return X + 1\n')
`

var importlibCases = []pytesting.Case{
	{"plain", `N(I('json'))`},
	{"same object", `(I('json') is sys.modules['json'], I('collections') is __import__('collections'))`},
	{"dotted", `(N(I('http.client')), I('http.client') is sys.modules['http.client'])`},
	{"dotted binds parent", `(lambda m: sys.modules['email'].utils is m)(I('email.utils'))`},
	{"os.path", `(N(I('os.path')), I('os.path') is os.path)`},
	{"os.path in sys.modules", `(I('os.path'), 'os.path' in sys.modules)[1]`},
	{"relative", `N(I('.client', 'http'))`},
	{"relative dot only", `N(I('.', 'http'))`},
	{"relative parent", `N(I('..', 'http.client'))`},
	{"relative absolute with package", `N(I('json', 'nosuchpkg'))`},
	{"missing", `I('nosuch')`},
	{"missing dotted", `I('nosuch.x')`},
	{"not a package", `I('os.nosuch')`},
	{"not a package nested", `I('json.decoder.x')`},
	{"os.path not a package", `I('os.path.x')`},
	{"sys not a package", `I('sys.x')`},
	{"missing submodule", `I('http.nosuch')`},
	{"relative without package", `I('.x')`},
	{"relative package None", `I('.x', None)`},
	{"relative beyond top", `I('..x', 'http')`},
	{"relative beyond top 2", `I('...x', 'a.b')`},
	{"relative missing package", `I('.x', 'nosuchpkg')`},
	{"relative under module", `I('.client', 'http.server')`},
	{"relative package int", `I('.x', 5)`},
	{"empty", `I('')`},
	{"not str", `I(5)`},
	{"bytes", `I(b'json')`},
	{"trailing dot", `I('x.')`},
	{"blank", `I(' ')`},
	{"semicolon", `I('os;x')`},
	{"error attributes", `err(lambda: I("nosuch.x"))`},
	{"error attributes 2", `err(lambda: I("os.nosuch"))`},
	{"resolve_name", `[U.resolve_name('.x', 'a.b'), U.resolve_name('..x', 'a.b'), U.resolve_name('x', None), U.resolve_name('.', 'p.q'), U.resolve_name('x.y', 'p')]`},
	{"resolve_name beyond", `U.resolve_name('...x', 'a.b')`},
	{"resolve_name no package", `U.resolve_name('.x', None)`},
	{"resolve_name empty package", `U.resolve_name('.x', '')`},
	{"find_spec missing", `(U.find_spec('nosuch'), U.find_spec('http.nosuch'))`},
	{"find_spec missing parent", `U.find_spec('nosuch.x')`},
	{"find_spec relative no package", `U.find_spec('.x')`},
	{"find_spec names", `[(s.name, s.parent, s.submodule_search_locations is not None) for s in map(U.find_spec, ['json', 'json.decoder', 'http', 'os.path', 'email.utils'])]`},
	{"find_spec relative", `U.find_spec('.client', 'http').name`},
	{"find_spec not a package", `U.find_spec('os.nosuch')`},
	{"find_spec spec None", `(lambda m: (sys.modules.__setitem__('zzfoo', m), U.find_spec('zzfoo')))(types.ModuleType('zzfoo'))`},
	{"ModuleSpec", `(M.ModuleSpec('a', None), M.ModuleSpec('a', None, origin='x', is_package=True))`},
	{"ModuleSpec attributes", `(lambda s: (s.name, s.origin, s.parent, s.has_location, s.cached, s.submodule_search_locations, s.loader_state, s.loader))(M.ModuleSpec('a.b', None, origin='o'))`},
	{"ModuleSpec package parent", `(lambda s: (s.parent, s.submodule_search_locations))(M.ModuleSpec('a.b', None, is_package=True))`},
	{"ModuleSpec eq", `(M.ModuleSpec('a', None) == M.ModuleSpec('a', None), M.ModuleSpec('a', None) == 3, M.ModuleSpec('a', None, origin='x') == M.ModuleSpec('a', None))`},
	{"ModuleSpec cached", `(lambda s: (s.has_location, s.cached))(M.ModuleSpec('a', None, origin='/x/a.py'))`},
	{"class reprs", `(M.ModuleSpec, M.BuiltinImporter, M.SourceFileLoader)`},
	{"suffixes", `(M.SOURCE_SUFFIXES, M.BYTECODE_SUFFIXES, M.all_suffixes()[:2], len(U.MAGIC_NUMBER), U.MAGIC_NUMBER[2:])`}, // the magic is our own (vm/import_magic.go)
	{"cache_from_source", `tuple(p.replace(sys.implementation.cache_tag, '<TAG>') for p in (U.cache_from_source('/a/b.py'), U.cache_from_source('b.py'), U.source_from_cache('/a/__pycache__/b.cpython-36.pyc')))`},
	{"module_from_spec", `(lambda m: (repr(m), m.__name__, m.__loader__, m.__package__, m.__spec__.name, sorted(vars(m))))(U.module_from_spec(M.ModuleSpec('zz', None)))`},
	{"spec_from_file_location", `(lambda s: (s.name, s.origin == os.path.join(D, 'mymod.py'), s.has_location, s.parent, type(s.loader).__name__, s.cached[len(D):].replace(sys.implementation.cache_tag, '<TAG>')))(U.spec_from_file_location('mymod', os.path.join(D, 'mymod.py')))`},
	{"spec_from_file_location not py", `U.spec_from_file_location('mm', os.path.join(D, 'zz.txt'))`},
	{"spec_from_file_location package", `U.spec_from_file_location('pk', '/tmp/pk/__init__.py').submodule_search_locations`},
	{"load from file", `(lambda s: (lambda m: (s.loader.exec_module(m), m.X, m.f(), m.__name__, sorted(vars(m))))(U.module_from_spec(s)))(U.spec_from_file_location('mymod', os.path.join(D, 'mymod.py')))`},
	{"loader methods", `(lambda l: (l.name, l.get_filename('mymod') == l.path, l.is_package('mymod'), l.get_source('mymod')[:6]))(M.SourceFileLoader('mymod', os.path.join(D, 'mymod.py')))`},
	{"reload not module", `importlib.reload(5)`},
	{"reload returns", `(importlib.reload(sys) is sys, importlib.reload(I('json')) is sys.modules['json'])`},
	{"reload not in sys.modules", `importlib.reload(types.ModuleType('bar'))`},
	{"reload spec None", `(lambda m: (setattr(m, '__spec__', None), sys.modules.__setitem__('zzq', m), importlib.reload(m) is m))(types.ModuleType('zzq'))`},
	{"invalidate_caches", `importlib.invalidate_caches()`},
	{"find_loader missing", `importlib.find_loader('nosuch')`},
	{"public names", `[n for n in ('import_module', 'reload', 'invalidate_caches', 'find_loader') if hasattr(importlib, n)]`},
	{"abc classes", `(lambda A: [(n, [b.__name__ for b in getattr(A, n).__mro__[1:]], sorted(getattr(A, n).__abstractmethods__)) for n in ('Finder', 'MetaPathFinder', 'PathEntryFinder', 'Loader', 'ResourceLoader', 'InspectLoader', 'ExecutionLoader')])(importlib.abc)`},
	{"abc abstract", `(lambda A: A.ResourceLoader())(importlib.abc)`},
	{"abc loader defaults", `(lambda A: (lambda L: (L().create_module(None), err(lambda: L().load_module('x')), A.MetaPathFinder().find_module('x', None), A.MetaPathFinder().invalidate_caches(), A.InspectLoader.source_to_code('x=1').co_names))(type('L', (A.Loader,), {})))(importlib.abc)`},
	{"abc custom loader", `(lambda A: (lambda L: (lambda m: (m.Y, m.__name__, 'zzmod' in sys.modules))(L().load_module('zzmod')))(type('L', (A.InspectLoader,), {'get_source': lambda self, n: 'Y = 7', 'is_package': lambda self, n: False})))(importlib.abc)`},
	{"cleanup", `(__import__('shutil').rmtree(D), 'ok')[1]`},
}

// TestImportlib compares importlib with CPython 3.6's.
func TestImportlib(t *testing.T) {
	pytesting.DiffCases(t, "importlib", importlibPrelude, importlibCases)
}
