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
// function of the interpreter's own codecs first, at import. The
// registry is process-wide, as the error-handler registry is.

var registry = struct {
	sync.Mutex
	searchers []py.Object
	cache     map[string]py.Object
}{cache: map[string]py.Object{}}

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
	registry.Lock()
	if info, ok := registry.cache[key]; ok {
		registry.Unlock()
		return info, nil
	}
	searchers := append([]py.Object(nil), registry.searchers...)
	registry.Unlock()
	if len(searchers) == 0 {
		// CPython registers its codecs' search function at start-up; here
		// codecs.py does at import, so a name bytes.decode or open() does
		// not know (a CJK codec) imports it first.
		if ctx := vm.CurrentContext(); ctx != nil {
			if _, err := py.ImportModuleLevelObject(ctx, "codecs", nil, nil, nil, 0); err != nil {
				return nil, err
			}
			registry.Lock()
			searchers = append(searchers, registry.searchers...)
			registry.Unlock()
		}
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
		registry.cache[key] = info
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
	registry.Lock()
	empty := len(registry.searchers) == 0
	registry.Unlock()
	if empty {
		return nil, py.ExceptionNewf(py.LookupError, "no codec search functions registered: can't find encoding")
	}
	if strings.IndexByte(string(name), 0) >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "embedded null character")
	}
	info, err := search(string(name))
	if err != nil {
		return nil, err
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
