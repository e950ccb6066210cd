package json

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// DecodeErrorType is json.JSONDecodeError (json.decoder.JSONDecodeError),
// a ValueError subclass whose instances carry msg, doc, pos, lineno and
// colno.
var DecodeErrorType = pyutil.NewExceptionType("JSONDecodeError", decodeErrorDoc, py.ValueError)

const decodeErrorDoc = `Raised when a JSON document cannot be decoded; a ValueError.

Besides the formatted message it records: msg (the message alone), doc
(the document), pos (the character index where decoding stopped), and
lineno and colno (pos as a 1-based line and column).
`

func init() {
	DecodeErrorType.Dict["__module__"] = py.String("json.decoder")
	DecodeErrorType.New = decodeErrorNew
	// Script subclasses get their instances from the loop, which then
	// runs __init__ on them.
	DecodeErrorType.Dict["__init__"] = py.MustNewMethod("__init__", pyutil.Guard(decodeErrorInit), 0, "Set up a new instance from the constructor arguments; help(type(self)) shows them.")
}

// decodeErrorNew is JSONDecodeError(msg, doc, pos).
func decodeErrorNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	e := &py.Exception{Base: t, Dict: py.StringDict{}}
	if err := initDecodeError(e, args, kwargs); err != nil {
		return nil, err
	}
	return e, nil
}

// decodeErrorInit is JSONDecodeError.__init__(self, msg, doc, pos).
func decodeErrorInit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	e, ok := self.(*py.Exception)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor '__init__' requires a 'JSONDecodeError' object but received a '%s'", pyutil.TypeName(self))
	}
	if err := initDecodeError(e, args, kwargs); err != nil {
		return nil, err
	}
	return py.None, nil
}

// initDecodeError sets args and the attributes of e from (msg, doc, pos).
func initDecodeError(e *py.Exception, args py.Tuple, kwargs py.StringDict) error {
	names := []string{"msg", "doc", "pos"}
	vals := make([]py.Object, 3)
	if len(args) > 3 {
		return pyutil.TypeErrorf("__init__() takes 4 positional arguments but %d were given", len(args)+1)
	}
	copy(vals, args)
	for k, v := range kwargs {
		found := false
		for i, n := range names {
			if n == k {
				if vals[i] != nil {
					return pyutil.TypeErrorf("__init__() got multiple values for argument '%s'", k)
				}
				vals[i], found = v, true
			}
		}
		if !found {
			return pyutil.TypeErrorf("__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	var missing []string
	for i, v := range vals {
		if v == nil {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	switch len(missing) {
	case 0:
	case 1:
		return pyutil.TypeErrorf("__init__() missing 1 required positional argument: %s", missing[0])
	case 2:
		return pyutil.TypeErrorf("__init__() missing 2 required positional arguments: %s and %s", missing[0], missing[1])
	default:
		return pyutil.TypeErrorf("__init__() missing 3 required positional arguments: 'msg', 'doc', and 'pos'")
	}
	doc, ok := vals[1].(py.String)
	if !ok {
		return pyutil.TypeErrorf("must be str, not %s", pyutil.TypeName(vals[1]))
	}
	pos, ok := vals[2].(py.Int)
	if !ok {
		return pyutil.TypeErrorf("'%s' object cannot be interpreted as an integer", pyutil.TypeName(vals[2]))
	}
	msg, err := pyutil.StrHook(vals[0])
	if err != nil {
		return err
	}
	built := buildDecodeError(e.Base, msg, string(doc), int(pos))
	e.Args = built.Args
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	for k, v := range built.Dict {
		e.Dict[k] = v
	}
	e.Dict["msg"] = vals[0]
	return nil
}

// buildDecodeError makes the exception for a message at character
// offset pos of doc.
func buildDecodeError(t *py.Type, msg, doc string, pos int) *py.Exception {
	b := byteIndex(doc, pos)
	if b > len(doc) {
		b = len(doc)
	}
	if b < 0 {
		b = 0
	}
	head := doc[:b]
	lineno := strings.Count(head, "\n") + 1
	colno := pos + 1
	if nl := strings.LastIndexByte(head, '\n'); nl >= 0 {
		colno = pos - charIndex(doc, nl)
	}
	text := fmt.Sprintf("%s: line %d column %d (char %d)", msg, lineno, colno, pos)
	return &py.Exception{
		Base: t,
		Args: py.Tuple{py.String(text)},
		Dict: py.StringDict{
			"msg":    py.String(msg),
			"doc":    py.String(doc),
			"pos":    py.Int(pos),
			"lineno": py.Int(lineno),
			"colno":  py.Int(colno),
		},
	}
}

// newDecodeError is the JSONDecodeError the scanner raises.
func newDecodeError(msg, doc string, pos int) error {
	return buildDecodeError(DecodeErrorType, msg, doc, pos)
}
