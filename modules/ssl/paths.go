package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

const getDefaultVerifyPathsDoc = "get_default_verify_paths($module, /)\n--\n\n" +
	"Where OpenSSL looks for trusted CA certificates by default, as\nset_default_verify_paths() uses it:\n\n" +
	"(cert_file_env, cert_file, cert_dir_env, cert_dir)."

func ssl_get_default_verify_paths(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if err := pyarg.NoArgs("_ssl.get_default_verify_paths", args, kwargs); err != nil {
		return nil, err
	}
	p := _ssl.GetDefaultVerifyPaths()
	return py.Tuple{py.String(p.CAFileEnv), py.String(p.CAFile), py.String(p.CAPathEnv), py.String(p.CAPath)}, nil
}

// setupPaths is a step of setup (module.go).
func setupPaths() {
	addMethods(method("get_default_verify_paths", ssl_get_default_verify_paths, 0, getDefaultVerifyPathsDoc))
}
