package codecache_test

import (
	"bytes"
	"testing"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache/modlist"
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
// each module the file holds is registered with its code, not its source.
func TestRegisteredWithCode(t *testing.T) {
	mods, err := modlist.Modules()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mods {
		buf := codecache.Lookup(m.Name, m.Src)
		impl := py.GetModuleImpl(m.Name)
		if buf == nil || impl == nil || m.Name == "ssl" || m.Name == "calendar" {
			continue // ssl and calendar are registered by their owners
		}
		if len(impl.CodeBuf) == 0 || impl.CodeSrc != "" {
			t.Errorf("%s is cached but registered with its source", m.Name)
		}
	}
}
