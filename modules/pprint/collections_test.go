package pprint_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // collections and the other modules written in Python
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// collectionsScript wraps the collections classes pprint lays out in
// their own way (OrderedDict, defaultdict, Counter, deque, ChainMap),
// their subclasses with and without a __repr__ of their own, and the
// settings (width, indent, depth, compact).
const collectionsScript = `import pprint, collections
d = collections.OrderedDict((('key%d' % i, list(range(i))) for i in range(6)))
pprint.pprint(d, width=40)
dd = collections.defaultdict(list, {'alpha%d' % i: [i] * 3 for i in range(5)})
pprint.pprint(dd, width=40)
c = collections.Counter('abracadabra' * 3 + 'xyzzy')
pprint.pprint(c, width=30)
pprint.pprint(collections.deque(range(30)), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=30)
pprint.pprint(collections.ChainMap({'a': list(range(10))}, {'b': list(range(12))}), width=30)
print(pprint.pformat(collections.OrderedDict()), pprint.pformat(collections.deque()), pprint.pformat(collections.Counter()))
class MyOD(collections.OrderedDict):
    pass
class ReprOD(collections.OrderedDict):
    def __repr__(self):
        return 'ReprOD<%d>' % len(self)
pprint.pprint({'od': MyOD((str(i) * 5, i) for i in range(8)), 'r': ReprOD((str(i) * 9, i) for i in range(9))}, width=30)
pprint.pprint([collections.deque(range(12)), collections.Counter({'x' * 20: 1, 'y' * 20: 2})], indent=4, width=30)
pprint.pprint(collections.defaultdict(None, {i: 'v' * i for i in range(8)}), width=30)
pprint.pprint(collections.ChainMap({}), width=5)
pprint.pprint(collections.deque([list(range(8))] * 3), width=30, compact=True)
pprint.pprint({'deep': collections.OrderedDict(a=[1, [2, [3, [4]]]])}, depth=2, width=10)
`

func TestCollectionsLikeCPython36(t *testing.T) {
	want := pytesting.CPython36Output(t, "pprint_collections", collectionsScript)
	got, err := pytesting.Run(t, collectionsScript)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}
