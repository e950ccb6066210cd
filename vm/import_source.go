package vm

// SourceBytesText, installed by the compiler package, is the text of
// Python source given as bytes (exec() or eval() of bytes, an imported
// module's file) decoded as its byte order mark and coding comment say;
// its error is the SyntaxError CPython's tokenizer gives for a
// declaration it cannot honour.
var SourceBytesText func(src []byte, filename string) (string, error)

// sourceBytesText is SourceBytesText(src, filename), or src as it is
// when no compiler installed one.
func sourceBytesText(src []byte, filename string) (string, error) {
	if SourceBytesText == nil {
		return string(src), nil
	}
	return SourceBytesText(src, filename)
}
