package ssl

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The enum classes of the ssl module (VerifyMode, Options, VerifyFlags,
// _SSLMethod, TLSVersion, Purpose ...) are classes of the project's enum
// module, made by Lib/ssl.py from _ssl's plain int constants as CPython's
// ssl.py makes them. They are Python objects of one interpreter: each
// interpreter that imports ssl makes its own and hands them to this
// package with _ssl._register_classes, which returns that interpreter's
// ssl.SSLContext: a subclass of _ssl._SSLContext (as in CPython) whose
// instances carry the interpreter's classes, so that their properties
// (options, verify_mode, verify_flags, protocol, minimum_version,
// maximum_version) return members of them. Instances of _ssl._SSLContext
// itself return plain ints, as CPython's _ssl does.

// classKind is one of the classes the properties return members of.
type classKind int

const (
	kindProtocol classKind = iota
	kindOptions
	kindVerifyMode
	kindVerifyFlags
	kindTLSVersion
	numKinds
)

// classKeywords are _register_classes' keyword names, by kind.
var classKeywords = [numKinds]string{"protocol", "options", "verify_mode", "verify_flags", "tls_version"}

// maxCachedMembers bounds each class's value -> member cache (Options
// values are arbitrary combinations); past it, lookups call the class.
const maxCachedMembers = 256

// interpClasses is one interpreter's ssl classes and a cache of the
// members the properties returned.
type interpClasses struct {
	ctx py.Context
	// contextType is the interpreter's ssl.SSLContext, whose instances
	// use these classes.
	contextType *py.Type

	mu      sync.Mutex // guards the fields below
	classes [numKinds]py.Object
	asn1    *py.Type // _ASN1Object, for load_default_certs' check
	members [numKinds]map[int64]py.Object
}

// registry holds one *interpClasses per interpreter that imported ssl and
// is not closed; copied on write, so that lookups take one atomic load.
var (
	registry   atomic.Pointer[[]*interpClasses]
	registryMu sync.Mutex
)

// classesOf returns the entry of ctx, or nil.
func classesOf(ctx py.Context) *interpClasses {
	if list := registry.Load(); list != nil {
		for _, r := range *list {
			if r.ctx == ctx {
				return r
			}
		}
	}
	return nil
}

// classesForType returns the classes whose ssl.SSLContext is t, or nil
// (t is _ssl._SSLContext).
func classesForType(t *py.Type) *interpClasses {
	if list := registry.Load(); list != nil {
		for _, r := range *list {
			if r.contextType == t {
				return r
			}
		}
	}
	return nil
}

// member returns the member of class k for v (calling the class once per
// value and caching the result), or v as a plain int when the class has
// no member for it (its ValueError: an IntEnum given a value OpenSSL
// added later). Other exceptions of the call (KeyboardInterrupt) pass.
func (r *interpClasses) member(k classKind, v int64) (py.Object, error) {
	r.mu.Lock()
	m, ok := r.members[k][v]
	cls := r.classes[k]
	r.mu.Unlock()
	if ok {
		return m, nil
	}
	if cls == nil {
		return py.Int(v), nil
	}
	m, err := vm.Call(cls, py.Tuple{py.Int(v)}, nil)
	if err != nil {
		if py.IsException(py.ValueError, err) {
			return py.Int(v), nil
		}
		return nil, err
	}
	r.mu.Lock()
	if r.classes[k] == cls && len(r.members[k]) < maxCachedMembers {
		r.members[k][v] = m
	}
	r.mu.Unlock()
	return m, nil
}

// isASN1Object reports whether o is an instance of the interpreter's
// _ASN1Object (a Purpose member is one); true when ssl has not registered
// the class.
func (r *interpClasses) isASN1Object(o py.Object) bool {
	r.mu.Lock()
	t := r.asn1
	r.mu.Unlock()
	return t == nil || o.Type().IsSubtype(t)
}

// sslRegisterClasses is _ssl._register_classes(*, protocol, options,
// verify_mode, verify_flags, tls_version, asn1): ssl.py's classes for
// the interpreter of the calling module. It returns the interpreter's
// ssl.SSLContext class. A second call (ssl imported again) replaces the
// classes and returns the same SSLContext class.
func sslRegisterClasses(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	mod, ok := self.(*py.Module)
	if !ok || mod.Context == nil {
		return nil, py.ExceptionNewf(py.SystemError, "_register_classes called without its module")
	}
	if len(args) > 0 {
		return nil, pyutil.TypeErrorf("_register_classes() takes no positional arguments")
	}
	var classes [numKinds]py.Object
	for k, name := range classKeywords {
		cls, ok := kwargs[name].(*py.Type)
		if !ok {
			return nil, pyutil.TypeErrorf("_register_classes() needs the class %s", name)
		}
		classes[k] = cls
	}
	asn1, ok := kwargs["asn1"].(*py.Type)
	if !ok {
		return nil, pyutil.TypeErrorf("_register_classes() needs the class asn1")
	}
	if len(kwargs) != len(classKeywords)+1 {
		return nil, pyutil.TypeErrorf("_register_classes() got an unexpected keyword argument")
	}

	registryMu.Lock()
	defer registryMu.Unlock()
	r := classesOf(mod.Context)
	if r == nil {
		t, err := newContextSubtype()
		if err != nil {
			return nil, err
		}
		r = &interpClasses{ctx: mod.Context, contextType: t}
		var next []*interpClasses
		if old := registry.Load(); old != nil {
			next = append(next, *old...)
		}
		next = append(next, r)
		registry.Store(&next)
	}
	r.mu.Lock()
	r.classes = classes
	r.asn1 = asn1
	for k := range r.members {
		r.members[k] = map[int64]py.Object{}
	}
	r.mu.Unlock()
	return r.contextType, nil
}

// newContextSubtype makes an ssl.SSLContext class: a subclass of
// _ssl._SSLContext with its (guarded) constructor.
func newContextSubtype() (*py.Type, error) {
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       "ssl.SSLContext",
		Doc:        sslContextDoc,
		New:        SSLContextType.New,
		Flags:      SSLContextType.Flags &^ py.TPFLAGS_READY,
		Dict:       py.StringDict{},
		Base:       SSLContextType,
		Bases:      py.Tuple{SSLContextType},
	}
	if err := t.Ready(); err != nil {
		return nil, err
	}
	// _ssl._SSLContext, a Go type made after gpython's set-up, has an
	// empty MRO of its own: list the chain CPython shows.
	t.Mro = py.Tuple{t, SSLContextType, py.ObjectType}
	vm.RegisterValueSubtype(t) // class MyContext(ssl.SSLContext)
	return t, nil
}

// classLevelProperties makes each property of _ssl._SSLContext read on a
// class (ssl.SSLContext.options, which the loop binds to None) give the
// property itself, as CPython's descriptors do.
func classLevelProperties() {
	for _, v := range SSLContextType.Dict {
		p, ok := v.(*py.Property)
		if !ok || p.Fget == nil {
			continue
		}
		get := p.Fget
		p.Fget = func(self py.Object) (py.Object, error) {
			if self == nil || self == py.None {
				return p, nil
			}
			return get(self)
		}
	}
}

// forgetClasses drops the classes of a closing interpreter (the _ssl
// module's OnContextClosed).
func forgetClasses(m *py.Module) {
	registryMu.Lock()
	defer registryMu.Unlock()
	old := registry.Load()
	if old == nil {
		return
	}
	next := make([]*interpClasses, 0, len(*old))
	for _, r := range *old {
		if r.ctx != m.Context {
			next = append(next, r)
		} else {
			vm.ForgetValueSubtype(r.contextType)
		}
	}
	registry.Store(&next)
}

// setupEnums is a step of setup (module.go).
func setupEnums() {
	addMethods(py.MustNewMethod("_register_classes", sslRegisterClasses, 0,
		"_register_classes(*, protocol, options, verify_mode, verify_flags, tls_version, asn1) -> SSLContext class\n\n"+
			"Called by the ssl module: the classes whose members the properties of this interpreter's SSLContext instances return."))
	nativeModule.OnContextClosed = forgetClasses
	classLevelProperties()
}
