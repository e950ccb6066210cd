package pyutil

import "strings"

// Mangle is CPython's private-name mangling of name inside the class
// named class: __x becomes _Class__x; dunder names, dotted names and
// names in a class whose name is only underscores are left alone. The
// compiler applies it to identifiers, type.__new__ to __slots__ entries.
func Mangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(class, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}
