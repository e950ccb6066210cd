// Package cjkcodecs implements CPython 3.6's CJK codecs (those of
// _codecs_jp, _codecs_cn, _codecs_kr, _codecs_tw, _codecs_hk and
// _codecs_iso2022) and registers "_cjkcodecs", the native half of
// Lib/modules/_multibytecodec.py, which builds the codec objects,
// incremental coders and streams scripts see.
//
// The mapping tables are data recorded from CPython 3.6 itself (gen/);
// they are embedded compressed and read the first time a codec is used.
package cjkcodecs

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// aliases maps each alias of CPython 3.6's encodings.aliases to its codec.
var aliases = map[string]string{
	"big5_tw": "big5", "csbig5": "big5", "x_mac_trad_chinese": "big5",
	"big5_hkscs": "big5hkscs", "hkscs": "big5hkscs",
	"932": "cp932", "ms932": "cp932", "ms_kanji": "cp932", "mskanji": "cp932",
	"949": "cp949", "ms949": "cp949", "uhc": "cp949",
	"950": "cp950", "ms950": "cp950",
	"euc_jis2004": "euc_jis_2004", "eucjis2004": "euc_jis_2004", "jisx0213": "euc_jis_2004",
	"eucjisx0213": "euc_jisx0213",
	"eucjp":       "euc_jp", "u_jis": "euc_jp", "ujis": "euc_jp",
	"euckr": "euc_kr", "korean": "euc_kr", "ks_c_5601": "euc_kr", "ks_c_5601_1987": "euc_kr",
	"ks_x_1001": "euc_kr", "ksc5601": "euc_kr", "ksx1001": "euc_kr", "x_mac_korean": "euc_kr",
	"gb18030_2000": "gb18030",
	"chinese":      "gb2312", "csiso58gb231280": "gb2312", "euc_cn": "gb2312", "euccn": "gb2312",
	"eucgb2312_cn": "gb2312", "gb2312_1980": "gb2312", "gb2312_80": "gb2312", "iso_ir_58": "gb2312",
	"x_mac_simp_chinese": "gb2312",
	"936":                "gbk", "cp936": "gbk", "ms936": "gbk",
	"hz_gb": "hz", "hz_gb_2312": "hz", "hzgb": "hz",
	"csiso2022jp": "iso2022_jp", "iso2022jp": "iso2022_jp", "iso_2022_jp": "iso2022_jp",
	"iso2022jp_1": "iso2022_jp_1", "iso_2022_jp_1": "iso2022_jp_1",
	"iso2022jp_2": "iso2022_jp_2", "iso_2022_jp_2": "iso2022_jp_2",
	"iso2022jp_2004": "iso2022_jp_2004", "iso_2022_jp_2004": "iso2022_jp_2004",
	"iso2022jp_3": "iso2022_jp_3", "iso_2022_jp_3": "iso2022_jp_3",
	"iso2022jp_ext": "iso2022_jp_ext", "iso_2022_jp_ext": "iso2022_jp_ext",
	"csiso2022kr": "iso2022_kr", "iso2022kr": "iso2022_kr", "iso_2022_kr": "iso2022_kr",
	"cp1361": "johab", "ms1361": "johab",
	"csshiftjis": "shift_jis", "s_jis": "shift_jis", "shiftjis": "shift_jis", "sjis": "shift_jis",
	"x_mac_japanese": "shift_jis",
	"s_jis_2004":     "shift_jis_2004", "shiftjis2004": "shift_jis_2004", "sjis_2004": "shift_jis_2004",
	"s_jisx0213": "shift_jisx0213", "shiftjisx0213": "shift_jisx0213", "sjisx0213": "shift_jisx0213",
}

// known reports whether name is one of the codecs.
func known(name string) bool {
	_, table := tableCodecs[name]
	_, iso := iso2022Configs[name]
	return table || iso || name == "hz"
}

// canonicalName is the codec an encoding name stands for, as CPython
// 3.6's encodings.search_function finds it: lower-cased, each run of
// characters other than letters, digits and '.' made one '_'.
func canonicalName(name string) string {
	var sb strings.Builder
	gap := false
	for _, r := range strings.ToLower(name) {
		if r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
			if gap && sb.Len() > 0 {
				sb.WriteByte('_')
			}
			gap = false
			sb.WriteRune(r)
			continue
		}
		gap = true
	}
	n := sb.String()
	if c, ok := aliases[n]; ok {
		return c
	}
	if c, ok := aliases[strings.ReplaceAll(n, ".", "_")]; ok {
		return c
	}
	if known(n) {
		return n
	}
	return ""
}

// newCore makes an encoder (or a decoder) of the codec name in its
// initial state.
func newCore(name string, encoder bool) any {
	switch {
	case name == "hz":
		gb := table("gb2312")
		if encoder {
			return &hzEncoder{gb: gb}
		}
		return &hzDecoder{gb: gb}
	case tableCodecs[name] != nil:
		t := table(name)
		if encoder {
			return tableEncoder{t}
		}
		return tableDecoder{t}
	case encoder:
		return newISO2022Encoder(name)
	}
	return newISO2022Decoder(name)
}

func newDecoderCore(name string) decoderCore { return newCore(name, false).(decoderCore) }
func newEncoderCore(name string) encoderCore { return newCore(name, true).(encoderCore) }

// Encode encodes s whole with the codec name (a canonical name): the
// codec's encode function.
func Encode(name, s, errors string) ([]byte, error) {
	out, _, err := runEncode(newEncoderCore(name), name, s, errors, true)
	return out, err
}

// Decode decodes b whole with the codec name.
func Decode(name string, b []byte, errors string) (string, error) {
	s, _, err := runDecode(newDecoderCore(name), name, b, errors, true)
	return s, err
}

// CoderType is the type of the incremental coders' native state.
var CoderType = py.ObjectType.NewType("_cjkcodecs.coder", "The state of an incremental CJK encoder or decoder.", nil, nil)

// coder is an incremental encoder or decoder: its shift state and the
// input it has not used yet (a character that may pair with the next
// one, bytes of a cut sequence).
type coder struct {
	name    string
	enc     encoderCore
	dec     decoderCore
	pendStr string
	pendB   []byte
}

// Type returns CoderType.
func (*coder) Type() *py.Type { return CoderType }

// textArgs reads the text and the error handler's name of an encoding
// call.
func textArgs(text, errs py.Object) (string, string, error) {
	s, ok := text.(py.String)
	if !ok {
		return "", "", pyutil.TypeErrorf("couldn't convert the object to unicode.")
	}
	errors, err := errorsArg(errs)
	return string(s), errors, err
}

// dataArgs reads the bytes and the error handler's name of a decoding
// call.
func dataArgs(data, errs py.Object) ([]byte, string, error) {
	b, err := pyarg.BytesLike(data)
	if err != nil {
		return nil, "", err
	}
	errors, err := errorsArg(errs)
	return b, errors, err
}

func codecArg(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok || !known(string(s)) {
		return "", py.ExceptionNewf(py.LookupError, "no such codec is supported.")
	}
	return string(s), nil
}

func errorsArg(o py.Object) (string, error) {
	if !pyarg.Given(o) {
		return "strict", nil
	}
	s, ok := o.(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("errors must be a string, not %s", pyutil.TypeName(o))
	}
	return string(s), nil
}

// newCoder is a new incremental encoder (or decoder) of the codec named
// by o.
func newCoder(o py.Object, encoder bool) (py.Object, error) {
	name, err := codecArg(o)
	if err != nil {
		return nil, err
	}
	if encoder {
		return &coder{name: name, enc: newEncoderCore(name)}, nil
	}
	return &coder{name: name, dec: newDecoderCore(name)}, nil
}

func coderArg(o py.Object) (*coder, error) {
	c, ok := o.(*coder)
	if !ok {
		return nil, pyutil.TypeErrorf("expected a _cjkcodecs.coder, not %s", pyutil.TypeName(o))
	}
	return c, nil
}

func finalArg(o py.Object) bool {
	b, ok := o.(py.Bool)
	if ok {
		return bool(b)
	}
	i, ok := o.(py.Int)
	return ok && i != 0
}

// sortedPairs is m as a tuple of (key, value) pairs sorted by key.
func sortedPairs(m map[string]string) py.Tuple {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make(py.Tuple, len(keys))
	for i, k := range keys {
		out[i] = py.Tuple{py.String(k), py.String(m[k])}
	}
	return out
}

func fn(name string, nargs int, f func(a []py.Object) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, pyutil.Guard(func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != nargs || len(kwargs) != 0 {
			return nil, pyutil.TypeErrorf("%s() takes exactly %d arguments (%d given)", name, nargs, len(args))
		}
		return f(args)
	}), 0, doc)
}

func init() {
	methods := []*py.Method{
		fn("canonical", 1, func(a []py.Object) (py.Object, error) {
			s, ok := a[0].(py.String)
			if !ok {
				return py.None, nil
			}
			if c := canonicalName(string(s)); c != "" {
				return py.String(c), nil
			}
			return py.None, nil
		}, "canonical(name) -> the CJK codec's name, or None"),
		fn("aliases", 0, func(a []py.Object) (py.Object, error) {
			return sortedPairs(aliases), nil
		}, "aliases() -> ((alias, codec), ...) sorted: the CJK codecs' aliases"),
		fn("names", 0, func(a []py.Object) (py.Object, error) {
			names := allCodecs()
			out := make(py.Tuple, len(names))
			for i, n := range names {
				out[i] = py.String(n)
			}
			return out, nil
		}, "names() -> the CJK codecs' names"),
		fn("check", 1, func(a []py.Object) (py.Object, error) {
			_, err := codecArg(a[0])
			return py.None, err
		}, "check(name): LookupError unless name is a CJK codec"),
		fn("encode", 3, func(a []py.Object) (py.Object, error) {
			name, err := codecArg(a[0])
			if err != nil {
				return nil, err
			}
			s, errors, err := textArgs(a[1], a[2])
			if err != nil {
				return nil, err
			}
			out, err := Encode(name, s, errors)
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.Bytes(out), py.Int(len(host.TextRunes(s)))}, nil
		}, "encode(codec, str, errors) -> (bytes, length)"),
		fn("decode", 3, func(a []py.Object) (py.Object, error) {
			name, err := codecArg(a[0])
			if err != nil {
				return nil, err
			}
			b, errors, err := dataArgs(a[1], a[2])
			if err != nil {
				return nil, err
			}
			s, err := Decode(name, b, errors)
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.String(s), py.Int(len(b))}, nil
		}, "decode(codec, data, errors) -> (str, length)"),
		fn("encoder", 1, func(a []py.Object) (py.Object, error) { return newCoder(a[0], true) },
			"encoder(codec) -> the state of a new incremental encoder"),
		fn("decoder", 1, func(a []py.Object) (py.Object, error) { return newCoder(a[0], false) },
			"decoder(codec) -> the state of a new incremental decoder"),
		fn("encode_step", 4, func(a []py.Object) (py.Object, error) {
			c, err := coderArg(a[0])
			if err != nil || c.enc == nil {
				return nil, pyutil.TypeErrorf("encode_step() needs an encoder")
			}
			s, errors, err := textArgs(a[1], a[2])
			if err != nil {
				return nil, err
			}
			text := c.pendStr + s
			out, used, err := runEncode(c.enc, c.name, text, errors, finalArg(a[3]))
			if err != nil {
				return nil, err
			}
			// what is held back is at most a character that may pair
			// with the next one (never a surrogate)
			c.pendStr = string(host.TextRunes(text)[used:])
			return py.Bytes(out), nil
		}, "encode_step(encoder, str, errors, final) -> bytes"),
		fn("decode_step", 4, func(a []py.Object) (py.Object, error) {
			c, err := coderArg(a[0])
			if err != nil || c.dec == nil {
				return nil, pyutil.TypeErrorf("decode_step() needs a decoder")
			}
			b, errors, err := dataArgs(a[1], a[2])
			if err != nil {
				return nil, err
			}
			data := append(append([]byte(nil), c.pendB...), b...)
			s, used, err := runDecode(c.dec, c.name, data, errors, finalArg(a[3]))
			if err != nil {
				return nil, err
			}
			c.pendB = append([]byte(nil), data[used:]...)
			return py.String(s), nil
		}, "decode_step(decoder, data, errors, final) -> str"),
		fn("flush", 2, func(a []py.Object) (py.Object, error) {
			c, err := coderArg(a[0])
			if err != nil || c.enc == nil {
				return nil, pyutil.TypeErrorf("flush() needs an encoder")
			}
			errors, err := errorsArg(a[1])
			if err != nil || c.pendStr == "" {
				return py.Bytes{}, err
			}
			out, _, err := runEncode(c.enc, c.name, c.pendStr, errors, true)
			if err != nil {
				return nil, err
			}
			c.pendStr = ""
			return py.Bytes(out), nil
		}, "flush(encoder, errors) -> the held-back characters encoded, the state reset; nothing when none are held"),
		fn("reset", 1, func(a []py.Object) (py.Object, error) {
			c, err := coderArg(a[0])
			if err != nil {
				return nil, err
			}
			c.pendStr, c.pendB = "", nil
			var out []byte
			if c.enc != nil {
				out = c.enc.flush(nil)
				c.enc.reset()
			} else {
				c.dec.reset()
			}
			return py.Bytes(out), nil
		}, "reset(coder) -> the bytes that return an encoder to its initial state"),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_cjkcodecs", Doc: "The CJK codecs' native half (see _multibytecodec)."},
		Methods: methods,
		Globals: py.StringDict{"coder": CoderType},
	})
}

// allCodecs lists every CJK codec's name, sorted.
func allCodecs() []string {
	var names []string
	for n := range tableCodecs {
		names = append(names, n)
	}
	for n := range iso2022Configs {
		names = append(names, n)
	}
	names = append(names, "hz")
	sort.Strings(names)
	return names
}
