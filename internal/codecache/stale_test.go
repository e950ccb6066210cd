package codecache_test

import (
	"bytes"
	"testing"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache/modlist"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TestFileCurrent fails when Lib/modules.codecache is not what the
// generator writes today: a module's source or the compiler changed since
// it was generated.
func TestFileCurrent(t *testing.T) {
	want, _, err := modlist.BuildFile()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal([]byte(lib.CodeCache), want) {
		t.Fatal("Lib/modules.codecache is stale (a module or the compiler changed): run `go generate ./Lib/` and commit the file")
	}
}

// TestRegisteredWithCode checks that the registered modules use the cache:
// each module the file holds gets its code from it when first imported,
// and nothing is read before (a lazy CodeBuf, no source); a Go module's
// source (os's, posixpath's: every start imports them) is not compiled.
func TestRegisteredWithCode(t *testing.T) {
	mods, err := modlist.Modules()
	if err != nil {
		t.Fatal(err)
	}
	checked, goChecked := 0, 0
	for _, m := range mods {
		buf := codecache.Lookup(m.Name, m.Src)
		impl := py.GetModuleImpl(m.Name)
		if buf == nil || impl == nil || m.Name == "ssl" || m.Name == "calendar" {
			continue // ssl and calendar are registered by their owners
		}
		if m.Go {
			// A Go module keeps its source; the importer asks the cache
			// for that source's code.
			co, err := vm.PrecompiledModuleCode(m.Name, impl.CodeSrc)
			if err != nil || co == nil {
				t.Errorf("Go module %s: its source is compiled at import, not read from the cache (%v)", m.Name, err)
			}
			goChecked++
			continue
		}
		if impl.CodeSrc != "" || !bytes.HasPrefix(impl.CodeBuf, []byte("\x00codecache:lazy:")) {
			t.Errorf("%s is not registered lazily", m.Name)
			continue
		}
		cached, err := codecache.LazyCached(m.Name)
		if err != nil || !cached {
			t.Errorf("%s is cached but its import compiles the source (%v)", m.Name, err)
		}
		checked++
	}
	if checked == 0 || goChecked == 0 {
		t.Fatalf("no cached module checked (%d embedded, %d Go modules)", checked, goChecked)
	}
}

// TestLazyStaleEntryIgnored: a module whose source no longer matches its
// cache entry is compiled from the source it has now.
func TestLazyStaleEntryIgnored(t *testing.T) {
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: "keyword", FileDesc: "<keyword>"}}
	src := "X = 'edited since the cache was made'\n"
	codecache.SetLazyCode(impl, func() string { return src })
	defer func() { // put the real module back
		mods, _ := modlist.Modules()
		for _, m := range mods {
			if m.Name == "keyword" {
				m := m
				codecache.SetLazyCode(impl, func() string { return m.Src })
			}
		}
	}()
	cached, err := codecache.LazyCached("keyword")
	if err != nil || cached {
		t.Fatalf("stale entry used (cached %v, err %v)", cached, err)
	}
	co, err := codecache.Decode(impl.CodeBuf)
	if err != nil || co.Filename != "<keyword>" {
		t.Fatalf("compiled %v, %v", co, err)
	}
}

// TestSysSourceCached: every context's start runs sys's Python part; its
// code comes from the cache, not from the compiler.
func TestSysSourceCached(t *testing.T) {
	if codecache.Lookup(vm.SysSourceName, vm.SysSource) == nil {
		t.Fatal("the code cache does not hold sys's source (go generate ./Lib/)")
	}
	co, err := vm.PrecompiledModuleCode(vm.SysSourceName, vm.SysSource)
	if err != nil || co == nil {
		t.Fatalf("sys's source is compiled at each start (%v)", err)
	}
}
