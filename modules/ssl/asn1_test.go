package ssl_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestASN1Differential compares txt2obj and nid2obj results and errors
// with python3's, element by element (gpython's tuple repr differs).
func TestASN1Differential(t *testing.T) {
	src := `import _ssl
def show(label, f):
    try:
        r = f()
    except ValueError as e:
        print(label, 'ValueError:', str(e))
        return
    print(label, r[0], r[1], r[2], r[3])
show('oid', lambda: _ssl.txt2obj('1.3.6.1.5.5.7.3.1'))
show('oid name=True', lambda: _ssl.txt2obj('1.3.6.1.5.5.7.3.1', name=True))
show('short', lambda: _ssl.txt2obj('serverAuth', name=True))
show('long', lambda: _ssl.txt2obj('TLS Web Client Authentication', True))
show('cn', lambda: _ssl.txt2obj('commonName', name=True))
show('cn by oid only', lambda: _ssl.txt2obj('commonName'))
show('CN', lambda: _ssl.txt2obj('CN'))
show('unnamed oid', lambda: _ssl.txt2obj('1.2.3.4'))
show('empty', lambda: _ssl.txt2obj(''))
show('garbage name', lambda: _ssl.txt2obj('no such thing', True))
show('nid 129', lambda: _ssl.nid2obj(129))
show('nid 130', lambda: _ssl.nid2obj(130))
show('nid 13', lambda: _ssl.nid2obj(13))
show('nid 1', lambda: _ssl.nid2obj(1))
show('nid 0', lambda: _ssl.nid2obj(0))
show('nid -1', lambda: _ssl.nid2obj(-1))
show('nid 99999', lambda: _ssl.nid2obj(99999))
`
	gpy, py3 := ecBoth(t, src)
	assert.Equal(t, py3, gpy)
}
