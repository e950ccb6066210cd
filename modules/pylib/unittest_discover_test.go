package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestLoader.discover from a dotted name that is a namespace package
// (searched in each of its directories, subdirectories without
// __init__.py being packages too), from a dotted name it cannot use, and
// a module of the wanted name imported from somewhere else (3.6's "Is
// this module globally installed?" ImportError).
var unittestDiscoverCases = []pytesting.Case{
	{"namespace_dotted", `names(unittest.TestLoader().discover('nsdisc.inner', top_level_dir=ROOT))`},
	{"namespace_implicit_top", `names(unittest.TestLoader().discover('nsdisc.inner'))`},
	{"namespace_outside_top", `names(unittest.TestLoader().discover('nsdisc.inner', top_level_dir=OTHER))`},
	{"plain_package_dotted", `names(unittest.TestLoader().discover('regdisc', top_level_dir=ROOT))`},
	{"builtin_module", `unittest.TestLoader().discover('sys')`},
	{"no_file_no_spec", `(sys.modules.__setitem__('fakedisc', types.ModuleType('fakedisc')), unittest.TestLoader().discover('fakedisc'))`},
	{"module_clash", `clash()`},
	{"clean_up", `(shutil.rmtree(BASE), os.path.exists(BASE))`},
}

const unittestDiscoverPrelude = `import os, shutil, sys, tempfile, types, unittest

BASE = tempfile.mkdtemp()
ROOT = os.path.join(BASE, 'root')
OTHER = os.path.join(BASE, 'other')
TEST = '''import unittest
class T(unittest.TestCase):
    def test_one(self):
        pass
'''
for rel, text in [('nsdisc/inner/test_a.py', TEST), ('nsdisc/inner/deeper/test_b.py', TEST),
                  ('nsdisc/inner/helper.py', ''), ('regdisc/__init__.py', ''),
                  ('regdisc/test_c.py', TEST), ('clash/foodisc.py', TEST)]:
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
os.makedirs(OTHER)
sys.path.insert(0, ROOT)


def names(suite):
    out = []
    def walk(s):
        for t in s:
            if isinstance(t, unittest.TestSuite):
                walk(t)
            else:
                out.append(t.id())
    walk(suite)
    return sorted(out)


def clash():
    stray = types.ModuleType('foodisc')
    stray.__file__ = os.path.join(OTHER, 'foodisc.py')
    sys.modules['foodisc'] = stray
    try:
        unittest.TestLoader().discover(os.path.join(ROOT, 'clash'), pattern='foodisc.py')
    except ImportError as e:
        return str(e).replace(BASE, 'BASE')
    finally:
        del sys.modules['foodisc']
`

func TestUnittestDiscover(t *testing.T) {
	pytesting.DiffCases(t, "unittest_discover_namespace", pytesting.ShowRepr+unittestDiscoverPrelude, unittestDiscoverCases)
}
