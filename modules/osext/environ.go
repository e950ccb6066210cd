package osext

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// osLiveEnviron is os._live_environ(): the process environment now, as a
// dict of str, which os.environ starts from each time os is imported in
// a context (so that a Go program's os.Setenv before that is seen).
func osLiveEnviron(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, pyutil.TypeErrorf("_live_environ() takes no arguments (%d given)", len(args))
	}
	d := py.NewStringDict()
	for _, kv := range os.Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if ok && k != "" {
			d[pyutil.FSDecode(k)] = py.String(pyutil.FSDecode(v)) // surrogateescape, as os.fsdecode
		}
	}
	return d, nil
}

// envSource runs in every new os module after osSource: os.environ as a
// mapping whose changes reach the process environment (putenv/unsetenv),
// so that os.getenv, os.system, os.popen and subprocess see them;
// os.getenv reading that mapping; os.environb; os.popen over subprocess.
const envSource = `
def _env_str(value):
    if not isinstance(value, str):
        raise TypeError('str expected, not %s' % type(value).__name__)
    return value
def _env_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError('bytes expected, not %s' % type(value).__name__)
    return value
class _Environ:
    def __init__(self, data, check, put, unset, label):
        self._data = data
        self._check = check
        self._put = put
        self._unset = unset
        self._label = label
    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None
    def __setitem__(self, key, value):
        key = self._check(key)
        value = self._check(value)
        self._put(key, value)
        self._data[key] = value
    def __delitem__(self, key):
        k = self._check(key)
        self._unset(k)
        try:
            del self._data[k]
        except KeyError:
            raise KeyError(key) from None
    def __iter__(self):
        return iter(list(self._data))
    def __len__(self):
        return len(self._data)
    def __contains__(self, key):
        return self._check(key) in self._data
    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other
    __hash__ = None
    def __repr__(self):
        return '%s(%r)' % (self._label, self._data)
    def get(self, key, default=None):
        key = self._check(key)
        return self._data.get(key, default)
    # views over the mapping itself, as collections.abc gives every
    # Mapping: iterating one walks a copy of the keys, so setting a
    # variable meanwhile does not break the loop. An interpreter built
    # without the Python library gets lists.
    def _view(self, kind, items):
        try:
            import collections.abc as views
        except ImportError:
            return list(items)
        return getattr(views, kind)(self)
    def keys(self):
        return self._view('KeysView', self._data.keys())
    def values(self):
        return self._view('ValuesView', self._data.values())
    def items(self):
        return self._view('ItemsView', self._data.items())
    def copy(self):
        return dict(self._data)
    _absent = object()
    def pop(self, key, default=_absent):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _Environ._absent:
            raise KeyError(key)
        return default
    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): dictionary is empty')
    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]
    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('update expected at most 1 arguments, got %d' % len(args))
        if args:
            other = args[0]
            if hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value
    def clear(self):
        for key in list(self._data):
            del self[key]
def _env_put_bytes(key, value):
    k, v = key.decode('utf-8', 'surrogateescape'), value.decode('utf-8', 'surrogateescape')
    putenv(k, v)
    environ._data[k] = v
def _env_unset_bytes(key):
    k = key.decode('utf-8', 'surrogateescape')
    unsetenv(k)
    environ._data.pop(k, None)
def _env_put_str(key, value):
    putenv(key, value)
    if environb is not None:
        environb._data[key.encode('utf-8', 'surrogateescape')] = value.encode('utf-8', 'surrogateescape')
def _env_unset_str(key):
    unsetenv(key)
    if environb is not None:
        environb._data.pop(key.encode('utf-8', 'surrogateescape'), None)
environb = None
environ = _Environ(dict(_live_environ()), _env_str, _env_put_str, _env_unset_str, 'environ')
environb = _Environ({k.encode('utf-8', 'surrogateescape'): v.encode('utf-8', 'surrogateescape') for k, v in environ._data.items()},
                    _env_bytes, _env_put_bytes, _env_unset_bytes, 'environ')
def getenv(key, default=None):
    return environ.get(key, default)
def getenvb(key, default=None):
    return environb.get(key, default)
class _wrap_close:
    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc
    def close(self):
        self._stream.close()
        status = self._proc.wait()
        if status == 0:
            return None
        return status << 8
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.close()
    def __getattr__(self, name):
        return getattr(self._stream, name)
    def __iter__(self):
        return iter(self._stream)
def popen(cmd, mode='r', buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    import subprocess
    # the pipes come from subprocess in text mode, as popen's streams are
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, bufsize=buffering, universal_newlines=True)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, bufsize=buffering, universal_newlines=True)
    return _wrap_close(proc.stdin, proc)
`
