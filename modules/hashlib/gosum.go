package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
)

// goSums are the one-shot digests of Go's crypto packages, by the name
// OpenSSL 3 gives the same algorithm (EVP_MD_get0_name of a fetched
// digest). They give byte-identical results and cost no cgo call, no
// OpenSSL context and no cleanup, so a hash object fed little data
// (pendingMax bytes at most) never makes an OpenSSL context at all.
var goSums = map[string]func(data []byte, n int) []byte{
	"MD5":          func(p []byte, _ int) []byte { s := md5.Sum(p); return s[:] },
	"SHA1":         func(p []byte, _ int) []byte { s := sha1.Sum(p); return s[:] },
	"SHA2-224":     func(p []byte, _ int) []byte { s := sha256.Sum224(p); return s[:] },
	"SHA2-256":     func(p []byte, _ int) []byte { s := sha256.Sum256(p); return s[:] },
	"SHA2-384":     func(p []byte, _ int) []byte { s := sha512.Sum384(p); return s[:] },
	"SHA2-512":     func(p []byte, _ int) []byte { s := sha512.Sum512(p); return s[:] },
	"SHA2-512/224": func(p []byte, _ int) []byte { s := sha512.Sum512_224(p); return s[:] },
	"SHA2-512/256": func(p []byte, _ int) []byte { s := sha512.Sum512_256(p); return s[:] },
	"SHA3-224":     func(p []byte, _ int) []byte { s := sha3.Sum224(p); return s[:] },
	"SHA3-256":     func(p []byte, _ int) []byte { s := sha3.Sum256(p); return s[:] },
	"SHA3-384":     func(p []byte, _ int) []byte { s := sha3.Sum384(p); return s[:] },
	"SHA3-512":     func(p []byte, _ int) []byte { s := sha3.Sum512(p); return s[:] },
	"SHAKE-128":    sha3.SumSHAKE128,
	"SHAKE-256":    sha3.SumSHAKE256,
}
