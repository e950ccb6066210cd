package codecs

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The codec registry: search functions given to codecs.register, asked
// in order with a normalised name (ASCII letters lowered, spaces made
// '-', as CPython 3.6 does) until one answers a CodecInfo (any 4-tuple);
// answers are cached by that name. codecs.py registers the search
// function of the interpreter's own codecs first, at import. Each
// interpreter (context) sees the search functions its own code
// registered, as CPython's registry is per interpreter; those of a closed
// context are dropped when it closes, with its cached answers.

var registry = struct {
	sync.Mutex
	searchers []py.Object
	cache     map[cacheKey]py.Object
}{cache: map[cacheKey]py.Object{}}

// cacheKey is a looked-up name in one context.
type cacheKey struct {
	ctx  py.Context
	name string
}

// searchersFor returns the search functions ctx's code registered (and
// those of no context), dropping those of closed contexts first.
func searchersFor(ctx py.Context) []py.Object {
	registry.Lock()
	defer registry.Unlock()
	live := registry.searchers[:0]
	var mine []py.Object
	dropped := false
	for _, fn := range registry.searchers {
		owner := vm.OwnerContext(fn)
		if owner != nil && !vm.ContextLive(owner) {
			dropped = true
			continue
		}
		live = append(live, fn)
		if owner == nil || owner == ctx {
			mine = append(mine, fn)
		}
	}
	clear(registry.searchers[len(live):])
	registry.searchers = live
	if dropped {
		for k := range registry.cache {
			if k.ctx != nil && !vm.ContextLive(k.ctx) {
				delete(registry.cache, k)
			}
		}
	}
	return mine
}

func init() { vm.OnContextClosed(func(py.Context) { searchersFor(nil) }) }

// registryKey is the name search functions are called with.
func registryKey(name string) string {
	b := []byte(name)
	for i, c := range b {
		switch {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c == ' ':
			b[i] = '-'
		}
	}
	return string(b)
}

// search looks name up in the registry: the CodecInfo, or nil when no
// search function knows it.
func search(name string) (py.Object, error) {
	key := registryKey(name)
	ctx := vm.CurrentContext()
	ck := cacheKey{ctx, key}
	registry.Lock()
	if info, ok := registry.cache[ck]; ok {
		registry.Unlock()
		return info, nil
	}
	registry.Unlock()
	searchers := searchersFor(ctx)
	if len(searchers) == 0 && ctx != nil && vm.ContextLive(ctx) {
		// CPython registers its codecs' search function at start-up; here
		// codecs.py does at import, so a name bytes.decode or open() does
		// not know (a CJK codec) imports it first.
		if _, err := py.ImportModuleLevelObject(ctx, "codecs", nil, nil, nil, 0); err != nil {
			return nil, err
		}
		searchers = searchersFor(ctx)
	}
	for _, fn := range searchers {
		info, err := vm.Call(fn, py.Tuple{py.String(key)}, nil)
		if err != nil {
			return nil, err
		}
		if info == py.None {
			continue
		}
		if !isFourTuple(info) {
			return nil, pyutil.TypeErrorf("codec search functions must return 4-tuples")
		}
		registry.Lock()
		registry.cache[ck] = info
		registry.Unlock()
		return info, nil
	}
	return nil, nil
}

// isFourTuple reports whether o is a tuple (or an instance of a tuple
// subclass, such as CodecInfo) of length 4.
func isFourTuple(o py.Object) bool {
	if t, ok := o.(py.Tuple); ok {
		return len(t) == 4
	}
	if !o.Type().IsSubtype(py.TupleType) {
		return false
	}
	n, ok, err := vm.Len(o)
	if err != nil || !ok {
		return false
	}
	i, _ := n.(py.Int)
	return i == 4
}

func register(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("register() takes exactly one argument (%d given)", len(args))
	}
	if !pyutil.IsCallable(args[0]) {
		return nil, pyutil.TypeErrorf("argument must be callable")
	}
	registry.Lock()
	registry.searchers = append(registry.searchers, args[0])
	registry.Unlock()
	return py.None, nil
}

func lookup(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("lookup() takes exactly one argument (%d given)", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("lookup() argument must be str, not %s", pyutil.TypeName(args[0]))
	}
	if strings.IndexByte(string(name), 0) >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "embedded null character")
	}
	info, err := search(string(name))
	if err != nil {
		return nil, err
	}
	if info == nil && len(searchersFor(vm.CurrentContext())) == 0 {
		return nil, py.ExceptionNewf(py.LookupError, "no codec search functions registered: can't find encoding")
	}
	if info == nil {
		if host.CanonicalCodec(string(name)) == "" && normalizedIs(string(name), "cp65001") {
			return nil, py.ExceptionNewf(py.LookupError, "cp65001 encoding is only available on Windows")
		}
		return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
	}
	return info, nil
}

// normalizedIs reports whether name normalises to key as encoding names do.
func normalizedIs(name, key string) bool {
	return strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(name), "-", "_"), " ", "_") == key
}

func init() { host.SetCodecSearch(search) }
