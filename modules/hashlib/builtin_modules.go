package hashlib

import "github.com/go-python/gpython/py"

// CPython 3.6 builds each digest also as a module of its own (_md5, _sha1,
// _sha256, _sha512, _sha3, _blake2) and hashlib finds those through
// __get_builtin_constructor when OpenSSL lacks one. Here they hand out
// hashlib's own constructors and types: code that imports them, or checks
// that they exist, sees the same objects as hashlib's.

// registerBuiltinHashModules registers those modules over hashlib's
// globals (the constructors module.go's init made).
func registerBuiltinHashModules(hashlibGlobals py.StringDict) {
	for mod, names := range map[string][]string{
		"_md5":    {"md5"},
		"_sha1":   {"sha1"},
		"_sha256": {"sha224", "sha256"},
		"_sha512": {"sha384", "sha512"},
	} {
		g := py.StringDict{}
		for _, n := range names {
			g[n] = hashlibGlobals[n]
		}
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: mod, Doc: "The " + names[0] + " family of digests (the same constructors as hashlib's)."},
			Globals: g,
		})
	}
	sha3 := py.StringDict{"keccakopt": py.Int(64), "implementation": py.String("OpenSSL EVP")}
	for n, t := range sha3Types {
		sha3[n] = t
	}
	for n, t := range shakeTypes {
		sha3[n] = t
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_sha3", Doc: "The SHA-3 digests and the SHAKE extendable-output functions."},
		Globals: sha3,
	})
	blake := py.StringDict{}
	for _, v := range []*blake2Variant{blake2bVariant, blake2sVariant} {
		blake[v.name] = v.typ
		prefix := "BLAKE2" + string(v.name[len(v.name)-1]-'a'+'A') + "_"
		blake[prefix+"SALT_SIZE"] = py.Int(v.saltSize)
		blake[prefix+"PERSON_SIZE"] = py.Int(v.personSize)
		blake[prefix+"MAX_KEY_SIZE"] = py.Int(v.maxKey)
		blake[prefix+"MAX_DIGEST_SIZE"] = py.Int(v.maxDigest)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_blake2", Doc: "The BLAKE2b and BLAKE2s digests, keyed, salted and personalised."},
		Globals: blake,
	})
}

// builtinConstructorSource adds hashlib's two private names that CPython's
// tests use: the constructor of an algorithm taken from the module that
// builds it alone (ValueError when that module cannot be imported), and
// the cache of those found, under each spelling of the name.
const builtinConstructorSource = `
__builtin_constructor_cache = {}

def __get_builtin_constructor(name):
    found = __builtin_constructor_cache.get(name)
    if found is not None:
        return found
    for module, spellings in _BUILTIN_HOMES:
        if name in spellings:
            try:
                home = __import__(module)
            except ImportError:
                break
            attr = spellings[-1]
            for spelling in spellings:
                __builtin_constructor_cache[spelling] = getattr(home, attr)
            return __builtin_constructor_cache[name]
    raise ValueError('unsupported hash type ' + name)

_BUILTIN_HOMES = (
    ('_md5', ('MD5', 'md5')), ('_sha1', ('SHA1', 'sha1')),
    ('_sha256', ('SHA224', 'sha224')), ('_sha256', ('SHA256', 'sha256')),
    ('_sha512', ('SHA384', 'sha384')), ('_sha512', ('SHA512', 'sha512')),
    ('_blake2', ('blake2b',)), ('_blake2', ('blake2s',)),
    ('_sha3', ('sha3_224',)), ('_sha3', ('sha3_256',)), ('_sha3', ('sha3_384',)),
    ('_sha3', ('sha3_512',)), ('_sha3', ('shake_128',)), ('_sha3', ('shake_256',)),
)
`
