package host

import (
	"reflect"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
)

// TestHelperCodeCompiled: the builtins module's hand-written code is what
// gpython's compiler makes of helperCode.
func TestHelperCodeCompiled(t *testing.T) {
	want, err := compile.Compile(helperCode, "<builtins>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	if got := helperCodeObject(); !reflect.DeepEqual(got, want) {
		t.Errorf("helperCodeObject() = %#v\ncompiled: %#v", got, want)
	}
}
