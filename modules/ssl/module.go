package ssl

import (
	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const nativeDoc = `The native half of the ssl module: contexts, TLS objects, memory BIOs and
certificate helpers over OpenSSL. Use the ssl module instead.`

// nativeModule is the "_ssl" module, filled by setup; gpython copies its
// methods and globals into every context that imports it.
var nativeModule = &py.ModuleImpl{
	Info:    py.ModuleInfo{Name: "_ssl", Doc: nativeDoc},
	Globals: py.StringDict{},
}

// pythonModule is "ssl": Lib/ssl.py, embedded, so no file is needed on disk.
var pythonModule = &py.ModuleImpl{
	Info: py.ModuleInfo{Name: "ssl", FileDesc: vm.EmbeddedFile("ssl", false)},
}

// addMethods registers module-level functions of _ssl.
func addMethods(ms ...*py.Method) {
	nativeModule.Methods = append(nativeModule.Methods, ms...)
}

// addGlobal sets a module-level name of _ssl.
func addGlobal(name string, v py.Object) {
	nativeModule.Globals[name] = v
}

// init is the package's only init(): no other file of this package has
// one (TestOneInit), so file names decide nothing.
func init() {
	setup()
	py.RegisterModule(nativeModule)
	// precompiled code when Lib/modules.codecache has it for this source
	// (located in the library directory as Lib/modules' are, with its
	// lines in tracebacks)
	load := func() string { return lib.SSLSource }
	codecache.SetLazyCode(pythonModule, load)
	py.RegisterModule(pythonModule)
	pyutil.SourceLines.EmbedLazy(pythonModule.Info.FileDesc, load)
}

// setup builds _ssl, each step in the file it names, in this order:
//
//  1. constants (consts.go): OpenSSL's numbers and feature flags as plain
//     ints;
//  2. exceptions (exceptions.go): SSLError and its subclasses;
//  3. module functions (asn1.go, cert.go, paths.go, rand.go);
//  4. types and their methods (context.go, context_conn.go, memorybio.go,
//     session.go, sslobject.go, sslsocket.go);
//  5. enums (enums.go): _register_classes, through which ssl.py hands
//     each interpreter's enum classes (made from step 1's ints) to the
//     SSLContext properties;
//  6. guards (guard.go): every constructor and property recovers panics.
//
// A step refers to what another makes by its Go name, never by looking a
// function up in the module.
func setup() {
	setupConstants()
	setupExceptions()

	setupASN1()
	setupCert()
	setupPaths()
	setupRand()

	setupContext()
	setupContextConn()
	setupMemoryBIO()
	setupSession()
	setupSSLObject()
	setupSSLSocket()
	setupInstanceAttrs()
	setupNativeConn()
	setupContextVersions()
	setupBeyond()

	setupEnums()
	setupContextSubclass() // context_subclass.go: classes deriving from SSLContext

	guardTypes(moduleTypes()...)

	// CPython 3.6 writes these classes, or these properties, in ssl.py:
	// read from the class they are property objects, not the getset
	// descriptors of a type made in C.
	vm.KeepProperties(SSLSocketType)
	vm.KeepProperties(SSLObjectType)
	vm.KeepProperties(SSLContextType, "options", "verify_flags", "verify_mode")
}

// moduleTypes are the types this package defines: _ssl's globals that are
// classes of ours, and the exception classes.
func moduleTypes() []*py.Type {
	var ts []*py.Type
	seen := map[*py.Type]bool{}
	for _, v := range nativeModule.Globals {
		if t, ok := v.(*py.Type); ok && !pyutil.IsInstanceObject(t) && !seen[t] {
			seen[t] = true
			ts = append(ts, t)
		}
	}
	return ts
}
