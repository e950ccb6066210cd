package ssl_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGetDefaultVerifyPathsDifferential(t *testing.T) {
	src := `import _ssl
p = _ssl.get_default_verify_paths()
print(len(p))
for x in p:
    print(x)
`
	gpy, py3 := ecBoth(t, src)
	assert.Equal(t, py3, gpy)
}
