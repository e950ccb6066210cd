// Package crypt registers "_crypt", the native half of Lib/modules/crypt.py:
// crypt(word, salt), the C library's one-way password hash (libcrypt's
// crypt_r, which is safe to call from several threads).
package crypt

/*
#cgo LDFLAGS: -lcrypt
#include <crypt.h>
#include <stdlib.h>

// gocrypt hashes word with salt into a scratch area of its own. Like
// crypt, it gives a failure token ("*0") for a salt it rejects, and NULL
// only when it cannot work at all.
static char *gocrypt(const char *word, const char *salt, struct crypt_data *area) {
	return crypt_r(word, salt, area);
}
*/
import "C"

import (
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// hash is crypt(3) of word with salt; ok is false when the C library
// rejects the salt.
func hash(word, salt string) (string, bool) {
	cw, cs := C.CString(word), C.CString(salt)
	defer C.free(unsafe.Pointer(cw))
	defer C.free(unsafe.Pointer(cs))
	area := (*C.struct_crypt_data)(C.calloc(1, C.size_t(unsafe.Sizeof(C.struct_crypt_data{}))))
	defer C.free(unsafe.Pointer(area))
	out := C.gocrypt(cw, cs, area)
	if out == nil {
		return "", false
	}
	return C.GoString(out), true
}

// text is a str argument of crypt(), which C strings end at a NUL.
func text(o py.Object, pos int) (string, error) {
	s, ok := pyutil.Unwrap(o).(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("crypt() argument %d must be str, not %s", pos, pyutil.TypeName(o))
	}
	if strings.ContainsRune(string(s), 0) {
		return "", pyutil.ValueErrorf("embedded null character")
	}
	return string(s), nil
}

func cryptCrypt(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("crypt() takes exactly 2 arguments (%d given)", len(args))
	}
	word, err := text(args[0], 1)
	if err != nil {
		return nil, err
	}
	salt, err := text(args[1], 2)
	if err != nil {
		return nil, err
	}
	h, ok := hash(word, salt)
	if !ok {
		return py.None, nil
	}
	return py.String(h), nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_crypt", Doc: "The C library's crypt(3).", FileDesc: "<_crypt>"},
		Methods: []*py.Method{
			pyutil.MustNewMethod("crypt", cryptCrypt, 0,
				"crypt($module, word, salt, /)\n--\n\nHash a *word* with the given *salt* and return the hashed password."),
		},
	})
}
