package host

import "github.com/go-python/gpython/py"

// Error-handler resolution for codecs implemented outside this package
// (the CJK codecs of modules/cjkcodecs), with the same built-in handlers
// and registered callables str.encode and bytes.decode use.

// ResolveDecodeError handles input[start:end], which a decoder called
// encoding could not decode for reason, with the error handler named
// errors: the replacement text and where decoding resumes. swapped is the
// new input when a script's handler replaced the exception's object (nil
// otherwise). Under "strict" (or a handler that raises) err is the
// exception.
func ResolveDecodeError(errors, encoding string, input []byte, start, end int, reason string) (text string, resume int, swapped []byte, err error) {
	f := decodeFailure{encoding: encoding, input: input, start: start, end: end, reason: reason}
	rep, swapped, err := resolveDecodeError(errorHandler(errors), &f)
	if err != nil {
		return "", 0, nil, err
	}
	return rep.text, rep.resume, swapped, nil
}

// ResolveEncodeError handles chars[start:end] of text (chars holds its
// characters), which an encoder called encoding could not encode for
// reason: a replacement str (raw nil) or bytes (raw set), and where
// encoding resumes.
func ResolveEncodeError(errors, encoding, text string, chars []rune, start, end int, reason string) (repl string, raw []byte, isBytes bool, resume int, err error) {
	f := encodeFailure{encoding: encoding, text: py.String(text), chars: chars, start: start, end: end, reason: reason}
	rep, err := resolveEncodeError(errorHandler(errors), &f)
	if err != nil {
		return "", nil, false, 0, err
	}
	return rep.text, rep.raw, rep.isBytes, rep.resume, nil
}

// EncodeError is the UnicodeEncodeError an encoder called encoding raises
// for chars[start:end] of text.
func EncodeError(encoding, text string, start, end int, reason string) *py.Exception {
	return unicodeError(py.UnicodeEncodeError, codec(encoding), py.String(text), start, end, reason)
}

// TextRunes is s one rune per character, lone surrogates included.
func TextRunes(s string) []rune { return wtf8Runes(s) }
