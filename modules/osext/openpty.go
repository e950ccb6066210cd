package osext

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pty"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// os.openpty over Linux's Unix 98 pseudo-terminals (internal/pty).

func init() {
	extendOS([]*py.Method{pyutil.MustNewMethod("openpty", osOpenpty, 0,
		"openpty()\n\nOpen a pseudo-terminal.\n\nReturn a tuple of (master_fd, slave_fd) containing open file descriptors\nfor both the master and slave ends.")}, nil, "")
}

func osOpenpty(self py.Object) (py.Object, error) {
	master, slave, err := pty.Open()
	if err != nil {
		return nil, osErr(err, nil)
	}
	return py.Tuple{py.Int(master), py.Int(slave)}, nil
}
