package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Stack lists the frames running on ctx's thread, outermost first, as
// the traceback module's extract_stack() sees them (with source lines).
func Stack(ctx py.Context) []pyutil.Frame {
	var frames []pyutil.Frame
	for f := threadOf(ctx).top; f != nil; f = f.back {
		co := f.c.py
		fr := pyutil.Frame{Filename: co.Filename, Lineno: int(f.lineno()), Name: co.Name}
		fr.Line, fr.HasLine = pyutil.SourceLines.Line(fr.Filename, fr.Lineno)
		frames = append(frames, fr)
	}
	for i, j := 0, len(frames)-1; i < j; i, j = i+1, j-1 {
		frames[i], frames[j] = frames[j], frames[i]
	}
	return frames
}
