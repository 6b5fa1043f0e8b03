package diag

import "unicode/utf8"

// NotUTF8 is the error of a file that is not UTF-8 (as Chinese Windows
// saves text, GB18030), at its first byte that is not, without the source
// line (it would not print).
func NotUTF8(path string, src []byte) Diagnostic {
	pos := At(path, src, invalidUTF8Offset(src))
	return Diagnostic{File: pos.File, Line: pos.Line, Col: pos.Col, Severity: Error, Message: "file is not valid UTF-8",
		Hint: "save it as UTF-8: in Notepad, 另存为 with 编码 UTF-8; on Linux or macOS, `iconv -f GB18030 -t UTF-8`"}
}

// invalidUTF8Offset is where the first byte that is not UTF-8 is in src.
func invalidUTF8Offset(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(src)
}
